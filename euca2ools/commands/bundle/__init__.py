"""Bundle commands (euca-bundle-image, euca-unbundle, ...): shared options,
the bundling-credential lookup and the progress options.

The work itself is done by the library, euca2ools.bundle; a command turns
its options into a create_bundle()/unbundle() call.

Bundling credentials, first found wins (as euca2ools 3.x):

* account ID: -u/--user, EC2_USER_ID, the user's ``account-id``;
* user certificate: -c/--cert, EC2_CERT, EUCA_CERT, the user's
  ``certificate``;
* private key: -k/--privatekey, EC2_PRIVATE_KEY, EUCA_PRIVATE_KEY, the
  user's ``private-key``;
* cloud certificate: --ec2cert, EUCALYPTUS_CERT, the region's
  ``certificate``, then the bootstrap service (DescribeServiceCertificates,
  --bootstrap-url / EUCA_BOOTSTRAP_URL / the region's ``bootstrap-url``).

Unbundling checks the manifest's signature against the user certificate,
found the same way (-c/--cert, EC2_CERT, EUCA_CERT, the user's
``certificate``): manifest_certificate().  Without any, one warning line
says the signature was not checked.
"""

import argparse
import os
import tempfile

from euca2ools.core import LOCAL, Arg, BaseCommand
from euca2ools.core.argtypes import size
from euca2ools.core.progress import PROGRESS_ARGS, ProgressMixin
from euca2ools.core.errors import ClientError, ServerError, UsageError

ARCHITECTURES = ('i386', 'x86_64', 'armhf', 'ppc', 'ppc64', 'ppc64le')


# -- argument types -----------------------------------------------------------

def manifest_block_device_mappings(text):
    """VIRTUAL1=DEVICE1,VIRTUAL2=DEVICE2,... -> {virtual: device}"""
    mappings = {}
    for pair in text.split(','):
        virtual, sep, device = pair.strip().partition('=')
        if not sep or not virtual or not device:
            raise argparse.ArgumentTypeError(
                f'block device mapping {pair!r} must have form '
                'VIRTUAL=DEVICE')
        mappings[virtual.strip()] = device.strip()
    return mappings


def comma_list(text):
    return [item.strip() for item in text.split(',') if item.strip()]


def hex128(text):
    try:
        if int(text, 16) >= 1 << 128:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(
            f'{text!r} is not a 128-bit hexadecimal value')
    return text


# -- the bootstrap service (cloud certificate) --------------------------------

def fetch_cloud_certificate(context, url=None):
    """The cloud's image-bundling certificate (PEM bytes) from the
    bootstrap service, or None."""
    from euca2ools.commands.eucadmin import Bootstrap
    service = Bootstrap(context, url=url)
    try:
        result = service.query('DescribeServiceCertificates',
                               {'Format': 'pem',
                                'FingerprintDigest': 'SHA-256'},
                               ('serviceCertificates',), 'eucalyptus')
    except ServerError as err:
        if err.status == 403:
            raise ClientError(
                'permission error retrieving the cloud certificate; supply '
                'one with --ec2cert or obtain an IAM policy that allows '
                '"euserv:DescribeServiceCertificates"')
        raise ClientError('error retrieving the cloud certificate '
                          f'({err}); supply one with --ec2cert')
    for cert in result.get('serviceCertificates') or []:
        if (cert.get('certificateUsage') == 'image-bundling'
                and cert.get('serviceType') == 'compute'
                and cert.get('certificate')):
            return cert['certificate'].encode('ascii')
    return None


# -- credentials --------------------------------------------------------------

def _first(*candidates):
    return next((value for value in candidates if value), None)


def _existing_file(path, what):
    path = os.path.expanduser(os.path.expandvars(path))
    if not os.path.exists(path):
        raise UsageError(f"{what} file '{path}' does not exist")
    if not os.path.isfile(path):
        raise UsageError(f"{what} file '{path}' is not a file")
    return path


def find_private_key(args, context, required=True):
    """-k/--privatekey, EC2_PRIVATE_KEY, EUCA_PRIVATE_KEY, user private-key."""
    env = context.environ
    ru = context.regionuser
    path = _first(args.get('privatekey'), env.get('EC2_PRIVATE_KEY'),
                  env.get('EUCA_PRIVATE_KEY'),
                  ru.get_user_option('private-key'))
    if not path:
        if required:
            raise UsageError('missing private key; please supply one with '
                             '-k/--privatekey')
        return None
    return _existing_file(path, 'private key')


def find_certificate(args, context):
    """The user certificate: -c/--cert, EC2_CERT, EUCA_CERT, the user's
    ``certificate``; None when there is none."""
    env = context.environ
    cert = _first(args.get('cert'), env.get('EC2_CERT'), env.get('EUCA_CERT'),
                  context.regionuser.get_user_option('certificate'))
    return _existing_file(cert, 'user certificate') if cert else None


CHECK_CERT_ARG = Arg(
    '-c', '--cert', metavar='FILE', route_to=LOCAL,
    help="file containing your X.509 certificate, to check the manifest's "
         'signature against (default: EC2_CERT, EUCA_CERT or the config '
         "user's certificate; without one the signature is not checked)")


def manifest_certificate(command):
    """The certificate to check the manifest's signature against, for
    unbundle(cert=...); None, after one warning line on stderr, when there
    is none."""
    cert = find_certificate(command.args, command.context)
    if cert is None:
        import sys
        print(f'{command.prog_name()}: warning: no certificate (-c/--cert, '
              'EC2_CERT): the manifest signature was not checked',
              file=command.context.stderr or sys.stderr)
    return cert


def find_bundle_credentials(args, context, need_ec2cert=True):
    """Fill args['user'], ['cert'], ['privatekey'] and ['ec2cert'] from the
    options, the environment and the config (see the module docstring).
    ec2cert may become PEM bytes fetched from the bootstrap service."""
    env = context.environ
    ru = context.regionuser
    user = _first(args.get('user'), env.get('EC2_USER_ID'),
                  ru.get_user_option('account-id'))
    if not user:
        raise UsageError('missing account ID; please supply one with '
                         '-u/--user')
    args['user'] = user.replace('-', '')
    args['cert'] = find_certificate(args, context)
    args['privatekey'] = find_private_key(args, context, required=False)
    ec2cert = _first(args.get('ec2cert'), env.get('EUCALYPTUS_CERT'),
                     ru.get_option('certificate'))
    if ec2cert:
        args['ec2cert'] = _existing_file(ec2cert, 'cloud certificate')
    elif need_ec2cert:
        url = _first(args.get('bootstrap_url'),
                     env.get('EUCA_BOOTSTRAP_URL'),
                     ru.get_option('bootstrap-url'))
        fetched = fetch_cloud_certificate(context, url) if url else None
        if not fetched:
            raise UsageError('missing cloud certificate; please supply one '
                             'with --ec2cert or use --bootstrap-url to fetch '
                             'one automatically')
        args['ec2cert'] = fetched
    return args


def default_bundle_dir(environ=os.environ):
    """A new bundle-XXXX directory under TMPDIR/TEMP/TMP or /var/tmp."""
    base = _first(environ.get('TMPDIR'), environ.get('TEMP'),
                  environ.get('TMP')) or '/var/tmp'
    try:
        return tempfile.mkdtemp(prefix='bundle-', dir=base)
    except OSError as err:
        raise ClientError(f'cannot create a bundle directory in {base}: '
                          f'{err.strerror}')


# -- command base classes -----------------------------------------------------

class BundleCommand(ProgressMixin, BaseCommand):
    """A local bundle command: --region (for config lookups), progress
    options; KEY_OPTIONS adds -I/-S/--security-token (bootstrap requests)."""

    ARGS = PROGRESS_ARGS
    REGION_OPTION = True
    REGION_HELP = ('use encryption keys and certificates specified for a '
                   'user and/or region in configuration files')



BUNDLE_CREATING_ARGS = [
    Arg('-i', '--image', metavar='FILE', required=True,
        help='file containing the image to bundle, or - for stdin '
             '(required)'),
    Arg('-p', '--prefix',
        help="the file name prefix to give the bundle's files (required "
             "when bundling stdin; otherwise defaults to the image's file "
             "name)"),
    Arg('-d', '--destination', metavar='DIR',
        help="location to place the bundle's files (default: a new "
             "directory under TMPDIR, TEMP or TMP, or otherwise /var/tmp)"),
    Arg('-r', '--arch', required=True, choices=ARCHITECTURES,
        help="the image's architecture (required)"),
    Arg('-k', '--privatekey', metavar='FILE',
        help="file containing your private key to sign the bundle's "
             "manifest with (default: EC2_PRIVATE_KEY, EUCA_PRIVATE_KEY or "
             "the config user's private-key).  If one is not available the "
             "bundle will not be signed."),
    Arg('-c', '--cert', metavar='FILE',
        help='file containing your X.509 certificate (default: EC2_CERT, '
             "EUCA_CERT or the config user's certificate).  If one is not "
             'available it will not be possible to unbundle the bundle '
             'without cloud administrator assistance.'),
    Arg('--ec2cert', metavar='FILE',
        help="file containing the cloud's X.509 certificate (default: "
             "EUCALYPTUS_CERT or the region's certificate).  If one is not "
             'available locally it must be available from the bootstrap '
             'service.'),
    Arg('-u', '--user', metavar='ACCOUNT',
        help="your account ID (default: EC2_USER_ID or the config user's "
             'account-id)'),
    Arg('--kernel', metavar='IMAGE', complete='kernel',
        help='ID of the kernel image to associate with this machine image'),
    Arg('--ramdisk', metavar='IMAGE', complete='ramdisk',
        help='ID of the ramdisk image to associate with this machine image'),
    Arg('--bootstrap-url', metavar='URL',
        help='[Eucalyptus only] bootstrap service endpoint URL (used for '
             'obtaining --ec2cert automatically; default: '
             "EUCA_BOOTSTRAP_URL or the region's bootstrap-url)"),
    Arg('--bootstrap-service', help=argparse.SUPPRESS),
    Arg('--bootstrap-auth', help=argparse.SUPPRESS),
    Arg('-B', '--block-device-mappings',
        metavar='VIRTUAL1=DEVICE1,VIRTUAL2=DEVICE2,...',
        type=manifest_block_device_mappings,
        help='block device mapping scheme with which to launch instances '
             'of this machine image'),
    Arg('--productcodes', metavar='CODE1,CODE2,...', type=comma_list,
        help='comma-separated list of product codes for the image'),
    Arg('--image-type', choices=('machine', 'kernel', 'ramdisk'),
        default='machine', help=argparse.SUPPRESS),
    Arg('--image-size', type=size,
        help="the image's size (required when bundling stdin)"),
    Arg('--part-size', type=size, default=10485760,
        help=argparse.SUPPRESS),
    Arg('--enc-key', type=hex128, help=argparse.SUPPRESS),
    Arg('--enc-iv', type=hex128, help=argparse.SUPPRESS),
    Arg('--batch', action='store_true', help=argparse.SUPPRESS),
]


class BundleCreatingMixin:
    """Configuration and the create_bundle() call for commands that bundle
    (bundle-image, bundle-vol, bundle-and-upload-image, install-image)."""

    def configure_bundle_properties(self):
        args = self.args
        if args.get('kernel') == 'true':
            args['image_type'] = 'kernel'
        if args.get('ramdisk') == 'true':
            args['image_type'] = 'ramdisk'
        image_type = args.get('image_type') or 'machine'
        args['image_type'] = image_type
        if image_type in ('kernel', 'ramdisk'):
            own, other = (('kernel', 'ramdisk') if image_type == 'kernel'
                          else ('ramdisk', 'kernel'))
            if args.get(own) and args[own] != 'true':
                raise UsageError(f'argument --{own}: not compatible with '
                                 f"image type '{image_type}'")
            if args.get(other):
                raise UsageError(f'argument --{other}: not compatible with '
                                 f"image type '{image_type}'")
            if args.get('block_device_mappings'):
                raise UsageError('argument -B/--block-device-mappings: not '
                                 f"compatible with image type '{image_type}'")
        if args.get('part_size') is not None and args['part_size'] < 1:
            raise UsageError('argument --part-size: must be positive')

    def configure_bundle_output(self):
        args = self.args
        dest = args.get('destination')
        if dest and os.path.exists(dest) and not os.path.isdir(dest):
            raise UsageError(f"argument -d/--destination: '{dest}' is not a "
                             "directory")
        if args.get('image') == '-':
            if not args.get('prefix'):
                raise UsageError('argument --prefix is required when '
                                 'bundling stdin')
            if args.get('image_size') is None:
                raise UsageError('argument --image-size is required when '
                                 'bundling stdin')
        elif isinstance(args.get('image'), str):
            if not os.path.exists(args['image']):
                raise UsageError(f"image file '{args['image']}' does not "
                                 "exist")
            if os.path.isdir(args['image']):
                raise UsageError(f"image file '{args['image']}' is a "
                                 "directory")

    def configure_bundle_creating(self):
        self.configure_bundle_properties()
        self.configure_bundle_output()
        find_bundle_credentials(self.args, self.context)

    def create_bundle(self, on_part=None, destination=None):
        """Run create_bundle() with this command's options; returns its
        BundleResult.  Warns (stderr) about images over EC2's 10 GiB."""
        import sys
        from euca2ools.bundle import EC2_BUNDLE_SIZE_LIMIT, create_bundle
        args = self.args
        destination = destination or args.get('destination')
        made_dir = False
        if not destination:
            destination = default_bundle_dir(self.context.environ)
            made_dir = True
        elif not os.path.isdir(destination):
            try:
                os.makedirs(destination)
            except OSError as err:
                raise ClientError(f'cannot create {destination}: '
                                  f'{err.strerror}')
        image = args['image']
        if image == '-':
            image = sys.stdin.buffer
        size = args.get('image_size')
        if size is None and isinstance(image, str):
            size = _image_size(image)
        if size is not None and size > EC2_BUNDLE_SIZE_LIMIT:
            print(f'{self.prog_name()}: warning: image is incompatible with '
                  f'EC2 due to its size ({size} > {EC2_BUNDLE_SIZE_LIMIT})',
                  file=sys.stderr)
        label = args.get('prefix') or (os.path.basename(image)
                                       if isinstance(image, str) else '')
        try:
            return create_bundle(
                image, destination, args['arch'], ec2cert=args['ec2cert'],
                user=args.get('user'), cert=args.get('cert'),
                privatekey=args.get('privatekey'),
                prefix=args.get('prefix'), image_size=size,
                image_type=args.get('image_type') or 'machine',
                kernel_id=args.get('kernel'), ramdisk_id=args.get('ramdisk'),
                block_device_mappings=args.get('block_device_mappings'),
                product_codes=args.get('productcodes'),
                part_size=args.get('part_size') or 10485760,
                enc_key=args.get('enc_key'), enc_iv=args.get('enc_iv'),
                on_part=on_part, progress=self.progress_meter(size, label))
        except BaseException:
            if made_dir:
                try:
                    os.rmdir(destination)
                except OSError:
                    pass
            raise


def _image_size(path):
    from euca2ools.bundle.create import check_image_file
    check_image_file(path)
    try:
        with open(path, 'rb') as fileobj:
            return fileobj.seek(0, os.SEEK_END)
    except OSError as err:
        raise ClientError(f'cannot read image {path}: {err.strerror}')
