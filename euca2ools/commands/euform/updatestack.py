from euca2ools.core import EMPTY, Arg, MutuallyExclusiveArgList
from euca2ools.commands.euform import (TAG_ARG, StackChangeRequest,
                                       stack_waiter, template_args)


class UpdateStack(StackChangeRequest):
    COMMAND = 'euform-update-stack'
    ACTION = 'UpdateStack'
    DESCRIPTION = "Update a stack's template, parameters, or capabilities"
    WAIT = stack_waiter('UPDATE_COMPLETE', gone='failure', failure=(
        'UPDATE_FAILED', 'UPDATE_ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_FAILED',
        'DELETE_COMPLETE', 'DELETE_FAILED'))
    ARGS = [Arg('StackName', metavar='STACK',
                help='name of the stack to update (required)'),
            template_args('a new', required=False),
            MutuallyExclusiveArgList(
                TAG_ARG,
                Arg('--delete-tags', dest='Tags', action='store_const',
                    const=EMPTY,
                    help='remove all tags associated with the stack'))]

    def preprocess(self):
        super().preprocess()
        if not self.args.get('TemplateBody') and \
                not self.args.get('TemplateURL'):
            # No new template: keep the one the stack has.
            self.params['UsePreviousTemplate'] = True
