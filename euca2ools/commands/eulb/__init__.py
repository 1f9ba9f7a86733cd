"""Elastic Load Balancing (eulb-*): the service, the base classes of its
commands and the arguments several commands share."""

import argparse

from euca2ools.core.args import show_long as core_show_long
from euca2ools.core import EMPTY, LOCAL, Arg, BaseService, QueryRequest
from euca2ools.commands.eulb import _argtypes, rows


class ELB(BaseService):
    NAME = 'elasticloadbalancing'
    DESCRIPTION = 'Load balancing service'
    API_VERSION = '2012-06-01'
    TYPES = 'elb'
    DATA_ACTIONS = frozenset((
        'ApplySecurityGroupsToLoadBalancer', 'AttachLoadBalancerToSubnets',
        'ConfigureHealthCheck', 'CreateLoadBalancer',
        'DeregisterInstancesFromLoadBalancer',
        'DetachLoadBalancerFromSubnets',
        'DisableAvailabilityZonesForLoadBalancer',
        'EnableAvailabilityZonesForLoadBalancer',
        'ModifyLoadBalancerAttributes', 'RegisterInstancesWithLoadBalancer'))
    URL_ENVVARS = ('AWS_ELB_URL', 'AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING')
    AWS_SERVICE_ID = 'ELASTIC_LOAD_BALANCING'


# Response elements that are lists even when empty or holding one member.
ELB_LIST_TAGS = [
    'LoadBalancerDescriptions', 'AvailabilityZones', 'Subnets',
    'SecurityGroups', 'Instances', 'ListenerDescriptions', 'PolicyNames',
    'BackendServerDescriptions', 'AppCookieStickinessPolicies',
    'LBCookieStickinessPolicies', 'OtherPolicies', 'InstanceStates',
    'PolicyDescriptions', 'PolicyAttributeDescriptions',
    'PolicyTypeDescriptions', 'PolicyAttributeTypeDescriptions',
    'TagDescriptions', 'Tags', 'AdditionalAttributes',
]


class ELBRequest(QueryRequest):
    SERVICE_CLASS = ELB
    LIST_TAGS = ELB_LIST_TAGS
    # Most ELB commands are mutators that print nothing and have no
    # --show-empty-fields; the ones that print rows set TABULAR = True.
    TABULAR = False


# -- arguments several commands share -------------------------------------

MODIFY_HELP = 'name of the load balancer to modify (required)'


def lb_name(help=MODIFY_HELP):
    return Arg('LoadBalancerName', metavar='ELB', help=help)


def listeners_arg():
    return Arg('-l', '--listener', dest='Listeners.member', action='append',
               required=True, metavar='LISTENER', type=_argtypes.listener,
               help='port/protocol settings for the load balancer, in the '
                    f'form {_argtypes.LISTENER_FORM}, where lb-port is the '
                    'external port number, protocol is the external '
                    'protocol (' + ', '.join(_argtypes.PROTOCOLS) + '), '
                    'instance-port is the back end server '
                    'port number, instance-protocol is the protocol to use '
                    'for routing traffic to back end instances, and cert-id '
                    'is the ARN of the server certificate to use for '
                    'encrypted connections.  lb-port, protocol, and '
                    'instance-port are required.  This option may be used '
                    'multiple times.  (at least 1 required)')


def zones_arg(help, required=True):
    return Arg('-z', '--availability-zones', dest='AvailabilityZones.member',
               metavar='ZONE1,ZONE2,...', type=_argtypes.comma_list(),
               required=required, help=help)


def subnets_arg(help, required=True):
    return Arg('-s', '--subnets', dest='Subnets.member',
               metavar='SUBNET1,SUBNET2,...', type=_argtypes.comma_list(),
               required=required, help=help)


def security_groups_arg(help, required=True):
    return Arg('-g', '--security-groups', dest='SecurityGroups.member',
               metavar='GROUP1,GROUP2,...', type=_argtypes.comma_list(),
               complete='security-group-id',
               required=required, help=help)


def instances_arg(help, required=True):
    return Arg('--instances', dest='Instances.member', required=required,
               metavar='INSTANCE1,INSTANCE2,...',
               type=_argtypes.comma_list(_argtypes.instance_id), help=help)


def tags_arg(help, required=False):
    return Arg('-t', '--tag', dest='Tags.member', action='append',
               required=required, metavar='KEY=VALUE', type=_argtypes.tag,
               help=help)


def policy_name_arg(*flags, help='name of the new policy (required)'):
    return Arg(*(flags or ('-p', '--policy-name')), dest='PolicyName',
               metavar='POLICY', required=True, help=help)


def policy_names_arg(help, required=True, allow_empty=True):
    return Arg('-p', '--policy-names', dest='PolicyNames.member',
               metavar='POLICY1,POLICY2,...', required=required,
               type=_argtypes.comma_list(allow_empty=allow_empty), help=help)


def lb_port_arg(help):
    return Arg('-l', '--lb-port', dest='LoadBalancerPort', metavar='PORT',
               type=_argtypes.port, required=True, help=help)


def show_long_arg(what):
    return core_show_long(f"show all of the {what}' info")


def hidden_force_arg():
    # Accepted for compatibility with older scripts; does nothing.
    return Arg('--force', action='store_true', route_to=LOCAL,
               help=argparse.SUPPRESS)


# -- base classes -------------------------------------------------------------

class JoinedListRequest(ELBRequest):
    """Prints one row: a tag and the list the response returns, joined."""
    TABULAR = True
    ROW_TAG = None
    RESULT_KEY = None
    SEPARATOR = ', '

    def print_result(self, result):
        self.print_row(*rows.joined(self.ROW_TAG, result.get(self.RESULT_KEY),
                                    self.SEPARATOR))


class InstanceListRequest(ELBRequest):
    """Register/deregister: one INSTANCE row for each instance the load
    balancer has after the call."""
    TABULAR = True

    def print_result(self, result):
        for instance in result.get('Instances') or []:
            self.print_row(*rows.instance(instance))


class PolicyListRequest(ELBRequest):
    """Sets a list of policies; an empty list (-p '') clears them."""

    def preprocess(self):
        if not self.params.get('PolicyNames.member'):
            # AWS's way of writing an empty list in a query.
            self.params['PolicyNames.member'] = None
            self.params['PolicyNames'] = EMPTY
