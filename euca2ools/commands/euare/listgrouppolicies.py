from euca2ools.commands.euare import IAMRequest, group
from euca2ools.commands.euare._policy import ListPoliciesBase
from euca2ools.commands.euare.getgrouppolicy import GetGroupPolicy


class ListGroupPolicies(ListPoliciesBase, IAMRequest):
    COMMAND = 'euare-grouplistpolicies'
    ACTION = 'ListGroupPolicies'
    DESCRIPTION = 'List one or all policies attached to a group'
    OWNER = 'GroupName'
    GET_COMMAND = GetGroupPolicy
    ARGS = group('group owning the policies to list (required)')
