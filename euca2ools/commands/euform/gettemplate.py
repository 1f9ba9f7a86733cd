from euca2ools.commands.euform._stackname import StackRequest


class GetTemplate(StackRequest):
    COMMAND = 'euform-get-template'
    ACTION = 'GetTemplate'
    DESCRIPTION = "Show a stack's template"

    def print_result(self, result):
        # The body exactly as sent, then a newline (as euca2ools 3 printed
        # it), so a body ending in a newline ends in a blank line.
        self.emit(result.get('TemplateBody') or '')
