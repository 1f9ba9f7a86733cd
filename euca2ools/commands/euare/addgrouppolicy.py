from euca2ools.commands.euare import IAMRequest, group
from euca2ools.commands.euare._policy import AddPolicyBase


class AddGroupPolicy(AddPolicyBase, IAMRequest):
    COMMAND = 'euare-groupaddpolicy'
    ACTION = 'PutGroupPolicy'
    DESCRIPTION = ('Add a new policy to a group. To add more complex '
                   'policies than this tool supports, see '
                   'euare-groupuploadpolicy(1).')
    ARGS = group('group to attach the policy to (required)')
