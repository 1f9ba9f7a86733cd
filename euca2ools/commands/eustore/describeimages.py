from euca2ools.core import LOCAL, Arg
from euca2ools.core.output import tabify
from euca2ools.commands.eustore import EuStoreCommand


class DescribeImages(EuStoreCommand):
    COMMAND = 'eustore-describe-images'
    DESCRIPTION = 'List images available for installation from an image store'
    JSON_OUTPUT = True
    ARGS = [Arg('-v', '--verbose', action='store_true', route_to=LOCAL,
                help='also show each image\'s date, stamp, recipe and '
                     'contact'),
            Arg('--show-empty-fields', action='store_true', route_to=LOCAL,
                help='show empty values as "(nil)"')]

    def main(self):
        return self.fetch_catalog()

    def print_result(self, catalog):
        for image in catalog['images']:
            fields = [image.get('name'), image.get('os'),
                      image.get('architecture'), image.get('version'),
                      ','.join(image.get('hypervisors-supported') or []),
                      image.get('description')]
            if self.args.get('verbose'):
                fields += [image.get('date'), image.get('stamp'),
                           image.get('recipe'), image.get('contact')]
            self.emit(tabify(fields, self.args.get('show_empty_fields')))
