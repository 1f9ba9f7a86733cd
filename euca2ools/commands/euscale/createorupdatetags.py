from euca2ools.commands.euscale import AutoScalingRequest, tag_arg


class CreateOrUpdateTags(AutoScalingRequest):
    COMMAND = 'euscale-create-or-update-tags'
    ACTION = 'CreateOrUpdateTags'
    DESCRIPTION = 'Create or update one or more resource tags'
    ARGS = [tag_arg(required=True)]
