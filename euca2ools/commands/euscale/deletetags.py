from euca2ools.commands.euscale import AutoScalingRequest, tag_arg


class DeleteTags(AutoScalingRequest):
    COMMAND = 'euscale-delete-tags'
    ACTION = 'DeleteTags'
    DESCRIPTION = 'Delete one or more resource tags'
    ARGS = [tag_arg(required=True)]
