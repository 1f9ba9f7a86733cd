from euca2ools.commands.euform._stackname import StackRequest


class CancelUpdateStack(StackRequest):
    COMMAND = 'euform-cancel-update-stack'
    ACTION = 'CancelUpdateStack'
    DESCRIPTION = 'Cancel a stack update that is currently running'
