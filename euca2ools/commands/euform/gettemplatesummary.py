from euca2ools.core import Arg
from euca2ools.commands.euform import CloudFormationRequest, rows, \
    template_args


class GetTemplateSummary(CloudFormationRequest):
    COMMAND = 'euform-get-template-summary'
    ACTION = 'GetTemplateSummary'
    DESCRIPTION = 'Summarize a template'
    ARGS = [template_args(
        'a', True,
        Arg('StackName', metavar='STACK', nargs='?',
            help='name or ID of the stack (names cannot be used for deleted '
                 'stacks)'))]

    def print_result(self, result):
        if result.get('Description'):
            self.print_row('DESCRIPTION', result['Description'])
        for capability in result.get('Capabilities') or []:
            self.print_row('CAPABILITY', capability)
        if result.get('CapabilitiesReason'):
            self.print_row('CAPABILITYREASON', result['CapabilitiesReason'])
        for rtype in result.get('ResourceTypes') or []:
            self.print_row('RESOURCETYPES', rtype)
        for param in result.get('Parameters') or []:
            self.print_row(*rows.template_parameter(param))
            constraints = param.get('ParameterConstraints') or {}
            for allowed in constraints.get('AllowedValues') or []:
                self.print_row('ALLOWED-VALUE', param.get('ParameterKey'),
                               allowed)
        if result.get('Metadata'):
            self.print_row('METADATA', result['Metadata'])
