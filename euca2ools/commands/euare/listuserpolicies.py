from euca2ools.commands.euare import IAMRequest, user
from euca2ools.commands.euare._policy import ListPoliciesBase
from euca2ools.commands.euare.getuserpolicy import GetUserPolicy


class ListUserPolicies(ListPoliciesBase, IAMRequest):
    COMMAND = 'euare-userlistpolicies'
    ACTION = 'ListUserPolicies'
    DESCRIPTION = 'List one or all policies attached to a user'
    OWNER = 'UserName'
    GET_COMMAND = GetUserPolicy
    ARGS = user('user owning the policies to list (required)')
