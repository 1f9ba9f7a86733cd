from euca2ools.core import Arg
from euca2ools.commands.euscale import AutoScalingRequest, group_option, rows


class PutScalingPolicy(AutoScalingRequest):
    COMMAND = 'euscale-put-scaling-policy'
    ACTION = 'PutScalingPolicy'
    DESCRIPTION = "Create or update an auto-scaling group's scaling policy"
    ARGS = [Arg('PolicyName', metavar='POLICY',
                help='name of the policy to create or update (required)'),
            group_option(),
            Arg('-a', '--adjustment', dest='ScalingAdjustment',
                metavar='SCALE', type=int, required=True, dash_value=True,
                help="amount to scale the group's capacity by.  Use a "
                     'negative value, as in "--adjustment=-1", to decrease '
                     'capacity. (required)'),
            Arg('-t', '--type', dest='AdjustmentType', required=True,
                metavar='TYPE', choices=('ChangeInCapacity', 'ExactCapacity',
                                         'PercentChangeInCapacity'),
                help='whether the adjustment is the new desired size '
                     '(ExactCapacity) or an increment to the group\'s '
                     'current capacity, either a fixed number '
                     '(ChangeInCapacity) or a percentage '
                     '(PercentChangeInCapacity) (required)'),
            Arg('--cooldown', dest='Cooldown', metavar='SECONDS', type=int,
                help='waiting period after successful auto-scaling '
                     'activities during which later auto-scaling activities '
                     'will not run'),
            Arg('-s', '--min-adjustment-step', dest='MinAdjustmentStep',
                type=int, metavar='PERCENT',
                help='for a PercentChangeInCapacity policy, change the '
                     "group's desired capacity by at least this much")]

    def main(self):
        result = super().main()
        if not rows.policy_arn(result):
            # Some servers (moto) leave the ARN out: look the policy up.
            from euca2ools.commands.euscale.describepolicies import \
                DescribePolicies
            found = DescribePolicies(
                {'AutoScalingGroupName': self.params['AutoScalingGroupName'],
                 'PolicyNames.member': [self.params['PolicyName']]},
                self.context).main()
            for policy in found.get('ScalingPolicies') or []:
                result = {'PolicyARN': rows.policy_arn(policy)}
        return result

    def print_result(self, result):
        arn = rows.policy_arn(result)
        if arn:
            self.emit(arn)
