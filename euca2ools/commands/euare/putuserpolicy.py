from euca2ools.commands.euare import IAMRequest, user
from euca2ools.commands.euare._policy import PutPolicyBase


class PutUserPolicy(PutPolicyBase, IAMRequest):
    COMMAND = 'euare-useruploadpolicy'
    ACTION = 'PutUserPolicy'
    DESCRIPTION = 'Attach a policy to a user'
    ARGS = user('user to attach the policy to (required)')
