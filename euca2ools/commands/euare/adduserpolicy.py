from euca2ools.commands.euare import IAMRequest, user
from euca2ools.commands.euare._policy import AddPolicyBase


class AddUserPolicy(AddPolicyBase, IAMRequest):
    COMMAND = 'euare-useraddpolicy'
    ACTION = 'PutUserPolicy'
    DESCRIPTION = ('Add a new policy to a user. To add more complex policies '
                   'than this tool supports, see euare-useruploadpolicy(1).')
    ARGS = user('user to attach the policy to (required)')
