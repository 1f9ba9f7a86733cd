from euca2ools.core import EMPTY, Arg
from euca2ools.core.argtypes import tag_spec
from euca2ools.commands.euca import EC2Request, rows


class CreateTags(EC2Request):
    COMMAND = 'euca-create-tags'
    ROW_TYPES = ('TAG',)
    ACTION = 'CreateTags'
    DESCRIPTION = 'Add or overwrite tags for one or more resources'
    ARGS = [Arg('ResourceId', metavar='RESOURCE', nargs='+',
                help='ID(s) of the resource(s) to tag (required)'),
            Arg('--tag', dest='Tag', metavar='KEY[=VALUE]', type=tag_spec,
                action='append', required=True,
                help='key and optional value of the tag to create '
                     '(repeatable, required)')]

    def print_result(self, result):
        for resource_id in self.args['ResourceId']:
            for tag in self.args['Tag']:
                value = '' if tag['Value'] is EMPTY else tag['Value']
                self.print_row('TAG', rows.resource_type(resource_id),
                               resource_id, tag['Key'], value)
