from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class DescribeAccountAttributes(EC2Request):
    COMMAND = 'euca-describe-account-attributes'
    ACTION = 'DescribeAccountAttributes'
    DESCRIPTION = 'Show information about your account'
    ARGS = [Arg('AttributeName', metavar='ATTRIBUTE', nargs='*',
                help='limit results to specific account attributes')]

    def print_result(self, result):
        for attr in result.get('accountAttributeSet') or []:
            self.print_row('ACCOUNTATTRIBUTE', attr.get('attributeName'))
            for value in attr.get('attributeValueSet') or []:
                self.print_row('VALUE', value.get('attributeValue'))
