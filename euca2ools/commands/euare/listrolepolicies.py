from euca2ools.commands.euare import IAMRequest, role
from euca2ools.commands.euare._policy import ListPoliciesBase
from euca2ools.commands.euare.getrolepolicy import GetRolePolicy


class ListRolePolicies(ListPoliciesBase, IAMRequest):
    COMMAND = 'euare-rolelistpolicies'
    ACTION = 'ListRolePolicies'
    DESCRIPTION = 'List one or all policies attached to a role'
    OWNER = 'RoleName'
    GET_COMMAND = GetRolePolicy
    ARGS = role('role owning the policies to list (required)')
