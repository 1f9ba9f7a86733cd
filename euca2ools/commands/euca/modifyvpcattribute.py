from euca2ools.core import Arg, MutuallyExclusiveArgList
from euca2ools.core.argtypes import flexible_bool
from euca2ools.commands.euca._vpc import (PositionalOrOptionRequest,
                                          hidden_positional)


class ModifyVpcAttribute(PositionalOrOptionRequest):
    COMMAND = 'euca-modify-vpc-attribute'
    ACTION = 'ModifyVpcAttribute'
    DESCRIPTION = 'Modify an attribute of a VPC'
    ARGS = [Arg('-c', '--vpc', dest='VpcId', metavar='VPC',
                help='ID of the VPC to modify (required)'),
            hidden_positional('positional_vpc'),
            MutuallyExclusiveArgList(
                Arg('-d', '--dns-hostnames', dest='EnableDnsHostnames.Value',
                    metavar='(true|false)', type=flexible_bool,
                    help='enable or disable assignment of DNS names to '
                         'instances'),
                Arg('-s', '--dns-support', dest='EnableDnsSupport.Value',
                    metavar='(true|false)', type=flexible_bool,
                    help='enable or disable DNS resolution'))
            .required()]
    POSITIONAL, PARAM, OPTION = 'positional_vpc', 'VpcId', '-c/--vpc'
