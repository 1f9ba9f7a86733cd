from euca2ools.core import Arg
from euca2ools.commands.euca import EC2Request


class CopyImage(EC2Request):
    COMMAND = 'euca-copy-image'
    ACTION = 'CopyImage'
    DELIVERS = ('imageId',)
    CHECK_WITH = 'euca-describe-images'
    DESCRIPTION = ('Copy an image from another region\n\nRun this command '
                   'against the destination region, not the source region.')
    ARGS = [Arg('-r', '--source-region', dest='SourceRegion',
                metavar='REGION', required=True,
                help='name of the region to copy the image from (required)'),
            Arg('-s', '--source-ami-id', dest='SourceImageId',
                metavar='IMAGE', required=True,
                help='ID of the image to copy (required)'),
            Arg('-n', '--name', dest='Name',
                help='name to assign the new copy of the image'),
            Arg('-d', '--description', dest='Description', metavar='DESC',
                help='description to assign the new copy of the image'),
            Arg('-c', '--client-token', dest='ClientToken', metavar='TOKEN',
                help='unique identifier to ensure request idempotency')]

    def print_result(self, result):
        self.print_row('IMAGE', result.get('imageId'))
