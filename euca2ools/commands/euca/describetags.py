from euca2ools.core import filters
from euca2ools.commands.euca import EC2Request


class DescribeTags(EC2Request):
    COMMAND = 'euca-describe-tags'
    ROW_TYPES = ('TAG',)
    ACTION = 'DescribeTags'
    STREAM = 'tagSet'
    DESCRIPTION = 'List tags associated with your account'
    FILTERS = filters('key', 'resource-id', 'resource-type', 'value')

    def print_result(self, result):
        # Type before ID, as the output-formats reference gives 3.4's row
        # (older 3.x commits printed the ID first).
        for tag in result.get('tagSet') or []:
            self.print_row('TAG', tag.get('resourceType'),
                           tag.get('resourceId'), tag.get('key'),
                           tag.get('value'))
