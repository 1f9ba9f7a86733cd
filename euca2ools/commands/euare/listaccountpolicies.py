from euca2ools.commands.euare import account
from euca2ools.commands.euare._policy import ListPoliciesBase
from euca2ools.commands.euare.getaccountpolicy import GetAccountPolicy


class ListAccountPolicies(ListPoliciesBase):
    COMMAND = 'euare-accountlistpolicies'
    ACTION = 'ListAccountPolicies'
    DESCRIPTION = ('[Eucalyptus only] List one or all policies attached to '
                   'an account')
    OWNER = 'AccountName'
    GET_COMMAND = GetAccountPolicy
    SHOW_TRUNCATED = False
    ARGS = account('account owning the policies to list (required)')
