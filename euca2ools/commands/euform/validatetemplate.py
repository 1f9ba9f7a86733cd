from euca2ools.commands.euform import CloudFormationRequest, rows, \
    template_args


class ValidateTemplate(CloudFormationRequest):
    COMMAND = 'euform-validate-template'
    ROW_TYPES = ('DESCRIPTION', 'CAPABILITY', 'CAPABILITIESREASON',
                 'PARAMETER (template)')
    ACTION = 'ValidateTemplate'
    DESCRIPTION = 'Validate a template'
    ARGS = [template_args('the')]

    def print_result(self, result):
        self.print_row('DESCRIPTION', result.get('Description'))
        for capability in result.get('Capabilities') or []:
            self.print_row('CAPABILITY', capability)
        if result.get('CapabilitiesReason'):
            self.print_row('CAPABILITIESREASON',
                           result.get('CapabilitiesReason'))
        for param in result.get('Parameters') or []:
            self.print_row(*rows.template_parameter(param))
