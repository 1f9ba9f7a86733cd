import argparse

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euca import rows
from euca2ools.commands.euca._vpc import PositionalOrOptionRequest, RowsRequest


class CreateSubnet(PositionalOrOptionRequest, RowsRequest):
    COMMAND = 'euca-create-subnet'
    ACTION = 'CreateSubnet'
    DELIVERS = ('subnet.subnetId',)
    CHECK_WITH = 'euca-describe-subnets'
    DESCRIPTION = 'Create a new VPC subnet'
    ARGS = [Arg('cidr', metavar='CIDR', nargs='?', route_to=LOCAL,
                help='CIDR address block for the new subnet (required)'),
            Arg('-i', '--cidr', dest='CidrBlock', help=argparse.SUPPRESS),
            Arg('-c', '--vpc', dest='VpcId', metavar='VPCID', required=True,
                help='ID of the VPC to create the new subnet in (required)'),
            Arg('-z', '--availability-zone', dest='AvailabilityZone',
                metavar='ZONE',
                help='availability zone in which to create the new subnet')]
    POSITIONAL, PARAM, OPTION = 'cidr', 'CidrBlock', 'CIDR'
    RESULT = 'subnet'
    ROWS = rows.subnet
