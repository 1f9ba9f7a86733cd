from euca2ools.commands.euare import IAMRequest, group
from euca2ools.commands.euare._policy import ListPoliciesBase
from euca2ools.commands.euare.getgrouppolicy import GetGroupPolicy


class ListGroupPolicies(ListPoliciesBase, IAMRequest):
    COMMAND = 'euare-grouplistpolicies'
    ACTION = 'ListGroupPolicies'
    DESCRIPTION = 'List one or all policies attached to a group'
    OWNER = 'GroupName'
    GET_COMMAND = GetGroupPolicy
    SHOW_TRUNCATED = False    # 3.4 printed the trailer for users/roles only
    ARGS = group('group owning the policies to list (required)')
