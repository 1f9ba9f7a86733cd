import argparse

from euca2ools.core import LOCAL, Arg, ClientError, UsageError
from euca2ools.commands.eulb import (ELBRequest, _argtypes, lb_name,
                                     policy_name_arg)


class CreateLoadBalancerPolicy(ELBRequest):
    COMMAND = 'eulb-create-lb-policy'
    ACTION = 'CreateLoadBalancerPolicy'
    DESCRIPTION = 'Add a new policy to a load balancer'
    ARGS = [lb_name(),
            policy_name_arg('-n', '--policy-name'),
            Arg('-t', '--policy-type', dest='PolicyTypeName',
                metavar='POLTYPE', required=True,
                help='type of the new policy.  For a list of policy types, '
                     'use eulb-describe-lb-policy-types.  (required)'),
            Arg('-a', '--attribute', dest='PolicyAttributes.member',
                action='append', metavar='"name=NAME, value=VALUE"',
                type=_argtypes.policy_attribute,
                help='name and value for each attribute associated with the '
                     'new policy.  Use this option multiple times to supply '
                     'multiple attributes.'),
            Arg('-A', '--attributes', dest='attribute_lists', route_to=LOCAL,
                metavar='NAME=VALUE,...', action='append',
                type=_argtypes.comma_list(_argtypes.name_value_attribute),
                help='a comma-delimited list of attribute names and values '
                     'to associate with the new policy, each pair of which '
                     'is separated by "=".  This is a more concise '
                     'alternative to the -a/--attribute option.'),
            Arg('--attributes-from-file', dest='attributes_file',
                metavar='FILE', route_to=LOCAL,
                help='a file containing attribute names and values to '
                     'associate with the new policy, one per line, each pair '
                     'of which is separated by "=".  Lines that are blank or '
                     'begin with "#" are ignored.  ("-" reads stdin)')]

    def configure(self):
        attrs = list(self.params.get('PolicyAttributes.member') or [])
        for attr_list in self.args.get('attribute_lists') or []:
            attrs.extend(attr_list)
        if self.args.get('attributes_file'):
            attrs.extend(self._read_attributes(self.args['attributes_file']))
        self.params['PolicyAttributes.member'] = attrs

    @staticmethod
    def _read_attributes(path):
        import sys
        try:
            if path == '-':
                text = sys.stdin.read()
            else:
                with open(path, encoding='utf-8') as fileobj:
                    text = fileobj.read()
        except OSError as err:
            raise ClientError(f'cannot read {path}: {err.strerror}')
        attrs = []
        for line_no, line in enumerate(text.splitlines(), 1):
            if line.strip() and not line.lstrip().startswith('#'):
                try:
                    attrs.append(_argtypes.name_value_attribute(line))
                except argparse.ArgumentTypeError as err:
                    raise UsageError(f'{path} line {line_no}: {err}')
        return attrs
