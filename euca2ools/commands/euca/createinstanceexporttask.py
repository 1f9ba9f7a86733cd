from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request, rows


class CreateInstanceExportTask(EC2Request):
    COMMAND = 'euca-create-instance-export-task'
    ACTION = 'CreateInstanceExportTask'
    DESCRIPTION = 'Export an instance to a disk image in a bucket'
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to export (required)'),
            Arg('-e', '--target-environment', dest='TargetEnvironment',
                required=True, choices=('citrix', 'microsoft', 'vmware'),
                help='virtualization environment to export to (required)'),
            Arg('-b', '--bucket', dest='ExportToS3.S3Bucket',
                metavar='BUCKET', required=True,
                help='bucket to write the exported image to (required)'),
            Arg('-f', '--disk-image-format', dest='ExportToS3.DiskImageFormat',
                choices=('vmdk', 'vhd', 'raw'),
                help='format of the exported disk image'),
            Arg('-c', '--container-format', dest='ExportToS3.ContainerFormat',
                choices=('ova',),
                help='container to wrap the disk image in'),
            Arg('-p', '--prefix', dest='ExportToS3.S3Prefix', metavar='PREFIX',
                help='prefix for the name of the exported object'),
            Arg('-d', '--description', dest='Description', metavar='DESC',
                help='description of the export task')]

    def print_result(self, result):
        task = result.get('exportTask')
        if isinstance(task, dict):
            self.print_rows(rows.export_task(task))
