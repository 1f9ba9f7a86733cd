from euca2ools.core import (LOCAL, Arg, ClientError, MutuallyExclusiveArgList,
                            ServerError)
from euca2ools.commands.euca._import import (ImportStorageRequest,
                                             task_disk_containers)


class DeleteDiskImage(ImportStorageRequest):
    COMMAND = 'euca-delete-disk-image'
    ACTION = 'DescribeConversionTasks'   # then object storage only
    JSON_OUTPUT = False
    DESCRIPTION = 'Delete a disk image used for an import task'
    ARGS = [MutuallyExclusiveArgList(
                Arg('-t', '--task', route_to=LOCAL,
                    help='ID of the task to delete the image from'),
                Arg('-u', '--manifest-url', route_to=LOCAL,
                    help='location of the import manifest'))
            .required(),
            Arg('--ignore-active-task', action='store_true', route_to=LOCAL,
                help='delete the image even if the import task is active '
                     '(only works with -t/--task)')]

    def configure(self):
        self.configure_s3()

    def main(self):
        if self.args.get('task'):
            task = self.describe_task(self.args['task'])
            if (task.get('state') == 'active'
                    and not self.args.get('ignore_active_task')):
                raise ClientError(
                    f"import task {self.args['task']} is still active; "
                    'cancel it first, or use --ignore-active-task')
            urls = [(c.get('image') or {}).get('importManifestUrl')
                    for c in task_disk_containers(task)]
        else:
            urls = [self.args['manifest_url']]
        for url in filter(None, urls):
            bucket, key = self.locate(url)
            manifest = self.fetch_manifest(bucket, key)
            if manifest is None:
                raise ClientError(f'import manifest {bucket}/{key} does not '
                                  'exist')
            for part in manifest.parts:
                self._delete(bucket, part.key)
            self._delete(bucket, key)
        return None

    def _delete(self, bucket, key):
        try:
            self.s3.delete_object(bucket, key)
            self.log(f'deleted {bucket}/{key}')
        except ServerError as err:
            if err.status != 404:
                raise
