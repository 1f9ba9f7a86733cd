import argparse

from euca2ools.core import LOCAL, Arg
from euca2ools.commands.euca._import import (EXPIRES_ARG, PROGRESS_ARGS,
                                             ImportStorageRequest)


class ResumeImport(ImportStorageRequest):
    COMMAND = 'euca-resume-import'
    ACTION = 'DescribeConversionTasks'   # then object storage only
    JSON_OUTPUT = False
    DESCRIPTION = 'Perform the upload step of an import task'
    ARGS = [Arg('source', metavar='FILE', route_to=LOCAL,
                help='file containing the disk image to import (required)'),
            Arg('-t', '--task', required=True, route_to=LOCAL,
                help='the ID of the import task to resume (required)'),
            EXPIRES_ARG,
            Arg('--part-size', metavar='MiB', type=int, default=10,
                route_to=LOCAL, help=argparse.SUPPRESS),
            Arg('--user-threads', type=int, route_to=LOCAL,
                help=argparse.SUPPRESS),
            Arg('--dont-verify-format', action='store_true', route_to=LOCAL,
                help=argparse.SUPPRESS),
            Arg('--dry-run', action='store_true', route_to=LOCAL,
                help=argparse.SUPPRESS),
            *PROGRESS_ARGS]

    def configure(self):
        self.configure_s3()

    def main(self):
        if self.args.get('dry_run'):
            return None
        self.upload_image(self.args['task'], self.args['source'],
                          self.args['expires'],
                          self.args.get('part_size') or 10)
        return None
