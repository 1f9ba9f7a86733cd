"""Node controllers and the instances on them, for euca-describe-nodes and
euserv-describe-node-controllers: a DescribeServices for the nodes, then an
EC2 DescribeInstances with the "verbose" ID, which lists every account's
instances with their euca:node tags."""

from euca2ools.commands.eucadmin import entries
from euca2ools.commands.eucadmin.rows import node_host


class NodesMixin:
    DESCRIBE_SERVICES = None    # the generation's DescribeServices class
    DESCRIBE_INSTANCES = None   # ... and its DescribeInstances class
    SERVICE_ARGS = {'ListAll': True}

    def ec2_url(self):
        return None

    def main(self):
        services = self.other(self.DESCRIBE_SERVICES,
                              self.SERVICE_ARGS).main()
        nodes = {}
        for status in services.get('serviceStatuses') or []:
            sid = status.get('serviceId') or {}
            if sid.get('type') == 'node':
                nodes[sid.get('name')] = {
                    'zone': sid.get('partition'), 'host': node_host(sid),
                    'name': sid.get('name'),
                    'state': status.get('localState') or '',
                    'details': entries(status.get('details')),
                    'instances': []}
        describe = self.other(self.DESCRIBE_INSTANCES,
                              {'InstanceId': ['verbose']})
        if self.ec2_url():
            describe.url = self.ec2_url()
        reservations = describe.main().get('reservationSet') or []
        for reservation in reservations:
            for instance in reservation.get('instancesSet') or []:
                tags = {tag.get('key'): tag.get('value')
                        for tag in instance.get('tagSet') or []}
                node = nodes.get(tags.get('euca:node'))
                if node is not None:
                    node['instances'].append(
                        (instance.get('instanceId'),
                         tags.get('euca:node:migration:destination')))
        return [nodes[name] for name in sorted(nodes)]


def describe_instances_class(base, service_class):
    """DescribeInstances in a generation's style (a helper, not a tool)."""
    from euca2ools.core import Arg

    class DescribeInstances(base):
        ACTION = 'DescribeInstances'
        SERVICE_CLASS = service_class
        ARGS = [Arg('InstanceId', nargs='*')]
    return DescribeInstances
