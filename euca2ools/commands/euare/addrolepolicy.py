from euca2ools.commands.euare import IAMRequest, role
from euca2ools.commands.euare._policy import AddPolicyBase


class AddRolePolicy(AddPolicyBase, IAMRequest):
    COMMAND = 'euare-roleaddpolicy'
    ACTION = 'PutRolePolicy'
    DESCRIPTION = ('Add a new policy to a role. To add more complex policies '
                   'than this tool supports, see euare-roleuploadpolicy(1).')
    RESOURCE_FLAG = '-c'    # -r is the old spelling of the role name
    ARGS = role('role to attach the policy to (required)')
