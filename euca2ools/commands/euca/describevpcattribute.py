from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.commands.euca import EC2Request


class DescribeVpcAttribute(EC2Request):
    COMMAND = 'euca-describe-vpc-attribute'
    ACTION = 'DescribeVpcAttribute'
    DESCRIPTION = 'Show an attribute of a VPC'
    ARGS = [Arg('VpcId', metavar='VPC',
                help='ID of the VPC to show info for (required)'),
            MutuallyExclusiveArgList(
                Arg('-d', '--dns-hostnames', dest='Attribute',
                    action='store_const', const='enableDnsHostnames',
                    help='show whether instances in the VPC are assigned '
                         'DNS hostnames'),
                Arg('-s', '--dns-support', dest='Attribute',
                    action='store_const', const='enableDnsSupport',
                    help='show whether DNS resolution is enabled'))
            .required()]

    def print_result(self, result):
        value = result.get(self.args['Attribute']) or {}
        self.print_row('RETURN', value.get('value'))
