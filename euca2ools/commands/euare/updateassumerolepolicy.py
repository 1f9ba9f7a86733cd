from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euare import IAMRequest, role
from euca2ools.commands.euare._role import apply_service, trust_policy_source


class UpdateAssumeRolePolicy(IAMRequest):
    COMMAND = 'euare-roleupdateassumepolicy'
    ACTION = 'UpdateAssumeRolePolicy'
    DESCRIPTION = ("Update a role's trust policy, the policy that allows "
                   'entities to assume a role')
    ARGS = [*role('role to update (required)'),
            trust_policy_source('PolicyDocument', '-f'),
            Arg('-o', dest='verbose', action='store_true', route_to=LOCAL,
                help="also print the role's new policy")]

    def preprocess(self):
        apply_service(self, 'PolicyDocument')

    def print_result(self, result):
        if self.args.get('verbose'):
            self.emit(self.params.get('PolicyDocument'))
