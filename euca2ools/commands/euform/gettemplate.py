from euca2ools.commands.euform._stackname import StackRequest


class GetTemplate(StackRequest):
    COMMAND = 'euform-get-template'
    ACTION = 'GetTemplate'
    DESCRIPTION = "Show a stack's template"

    def print_result(self, result):
        self.emit((result.get('TemplateBody') or '').rstrip('\n'))
