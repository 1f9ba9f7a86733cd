from euca2ools.core import Arg
from euca2ools.commands.eucadmin import Compute, EuservRequest
from euca2ools.commands.eucadmin._nodes import (NodesMixin,
                                                describe_instances_class)
from euca2ools.commands.eucadmin.euservdescribeservices import (
    SHOW_HEADERS, EuservDescribeServices)


class EuservDescribeNodeControllers(NodesMixin, EuservRequest):
    COMMAND = 'euserv-describe-node-controllers'
    ACTION = 'DescribeServices'
    DESCRIPTION = "List the cloud's node controllers and their instances"
    ARGS = [Arg('--ec2-url', metavar='URL', route_to=None,
                help='compute service endpoint URL'),
            SHOW_HEADERS]
    DESCRIBE_SERVICES = EuservDescribeServices
    DESCRIBE_INSTANCES = describe_instances_class(EuservRequest, Compute)

    def ec2_url(self):
        return self.args.get('ec2_url')

    def print_result(self, nodes):
        for node in nodes:
            self.print_table([(
                'NODE', node['zone'], node['host'], node['state'].lower(),
                ', '.join(d or '' for d in node['details']))],
                ('NODE', 'zone', 'host', 'state', 'details'))
            self.print_table(
                [('INSTANCE', instance_id, 'MIGRATING-TO' if dest else '',
                  dest or '') for instance_id, dest in node['instances']],
                ('INSTANCE', 'ID', 'MIGRATING-TO', 'dest'))
