import os
import sys

from euca2ools.core import Arg
from euca2ools.core.argtypes import size
from euca2ools.commands.bundle import BundleCommand, hex128


class UnbundleStream(BundleCommand):
    COMMAND = 'euca-unbundle-stream'
    DESCRIPTION = ('Recreate an image solely from its combined bundled parts '
                   'without using a manifest\n\nUsually one would want to use '
                   'euca-unbundle instead.')
    ARGS = [Arg('-i', dest='source', metavar='FILE',
                help='file to read the bundle from (default: stdin)'),
            Arg('-o', dest='dest', metavar='FILE',
                help='file to write the unbundled image to (default: '
                     'stdout)'),
            Arg('--enc-key', metavar='HEX', required=True, type=hex128,
                help='the symmetric key used to encrypt the bundle '
                     '(required)'),
            Arg('--enc-iv', metavar='HEX', required=True, type=hex128,
                help='the initialization vector used to encrypt the bundle '
                     '(required)'),
            Arg('--image-size', metavar='BYTES', type=size,
                help='verify the unbundled image is a certain size'),
            Arg('--sha1-digest', metavar='HEX',
                help="verify the image's contents against a SHA1 digest "
                     "from its manifest file")]

    def main(self):
        from euca2ools.bundle import BundleError, unbundle_stream
        source = self.args.get('source')
        dest = self.args.get('dest')
        to_stdout = not dest or dest == '-'
        if to_stdout:
            # The image goes to stdout: never mix a progress line into it
            # when both are the same terminal.
            self.args['progress'] = self.args.get('progress') and \
                not sys.stdout.isatty()
        digest = self.args.get('sha1_digest')
        if digest:
            digest = digest.strip().lower()
            digest = digest[2:] if digest.startswith('0x') else digest
        try:
            infile = (sys.stdin.buffer if not source or source == '-'
                      else open(source, 'rb'))
        except OSError as err:
            raise BundleError(f'cannot read {source}: {err.strerror}')
        total = None
        if infile is not sys.stdin.buffer:
            total = os.fstat(infile.fileno()).st_size or None
        try:
            unbundle_stream(infile, sys.stdout.buffer if to_stdout else dest,
                            self.args['enc_key'], self.args['enc_iv'],
                            image_size=self.args.get('image_size'),
                            sha1_digest=digest,
                            progress=self.progress_meter(total))
        finally:
            if infile is not sys.stdin.buffer:
                infile.close()
