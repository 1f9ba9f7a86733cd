from euca2ools.core import Arg, UsageError
from euca2ools.commands.euca import EC2Request


class PurchaseReservedInstancesOffering(EC2Request):
    COMMAND = 'euca-purchase-reserved-instances-offering'
    ACTION = 'PurchaseReservedInstancesOffering'
    DESCRIPTION = 'Purchase a reserved instance offering'
    ARGS = [Arg('-o', '--offering', dest='ReservedInstancesOfferingId',
                metavar='OFFERING', required=True,
                help='ID of the offering to purchase (required)'),
            Arg('-c', '--instance-count', dest='InstanceCount',
                metavar='COUNT', type=int, default=1,
                help='number of instances to reserve (default: 1)'),
            Arg('--limit-price', dest='LimitPrice.Amount', metavar='PRICE',
                help='highest total price to pay for the reservation')]

    def configure(self):
        if self.args['InstanceCount'] < 1:
            raise UsageError('argument -c/--instance-count: must be at '
                             'least 1')

    def preprocess(self):
        if self.params.get('LimitPrice.Amount'):
            self.params['LimitPrice.CurrencyCode'] = 'USD'

    def print_result(self, result):
        self.print_row('RESERVEDINSTANCES', result.get('reservedInstancesId'))
