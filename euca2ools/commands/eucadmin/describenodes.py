from euca2ools.commands.eucadmin import EucadminRequest, LegacyCompute
from euca2ools.commands.eucadmin._nodes import (NodesMixin,
                                                describe_instances_class)
from euca2ools.commands.eucadmin.describeservices import DescribeServices


class DescribeNodes(NodesMixin, EucadminRequest):
    COMMAND = 'euca-describe-nodes'
    ACTION = 'DescribeServices'
    DESCRIPTION = "List the cloud's node controllers and their instances"
    DESCRIBE_SERVICES = DescribeServices
    DESCRIBE_INSTANCES = describe_instances_class(EucadminRequest,
                                                  LegacyCompute)
    SERVICE_ARGS = {'ListAll': True, 'ByServiceType': 'node'}

    def print_result(self, nodes):
        for node in nodes:
            self.emit('\t'.join((
                'NODE', node['zone'] or '', node['host'], node['name'] or '',
                node['state'], ', '.join(d or '' for d in node['details']))))
            for instance_id, dest in node['instances']:
                if dest:
                    self.emit(f'INSTANCE\t{instance_id}\tMIGRATING-TO\t{dest}')
                else:
                    self.emit(f'INSTANCE\t{instance_id}')
