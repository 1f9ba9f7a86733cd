"""The options of the bundle commands that use object storage: where the
bundle is (-b, -m/-p/--local-manifest), its canned ACL, upload policies;
and the transfer bounds."""

import base64

from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList
from euca2ools.core.argtypes import read_file_arg

TRANSFER_THREADS = 8      # parts in flight at once
PART_RETRIES = 2          # extra attempts per part (5 with --retry)
MANIFEST_SUFFIX = '.manifest.xml'


def _policy_file(path):
    return base64.b64encode(read_file_arg(path)).decode('ascii')


def _policy_text(text):
    return base64.b64encode(text.encode('utf-8')).decode('ascii')


BUCKET_ARG = Arg('-b', '--bucket', metavar='BUCKET[/PREFIX]', required=True,
                 route_to=LOCAL,
                 help='bucket to upload the bundle to (required)')

# Canned ACLs for a bundle.  aws-exec-read and ec2-bundle-read are AWS's
# (and Eucalyptus'): other S3 servers (Ceph's radosgw) refuse them, and
# private or public-read then work.
ACLS = ('aws-exec-read', 'ec2-bundle-read', 'private', 'public-read')
ACL_ARG = Arg('--acl', default='aws-exec-read', route_to=LOCAL,
              metavar='ACL', choices=ACLS,
              help='canned ACL to apply to the bundle: aws-exec-read (the '
                   'default), ec2-bundle-read, private or public-read (S3 '
                   'servers other than AWS and Eucalyptus may know only '
                   'the last two)')

UPLOAD_ARGS = [
    BUCKET_ARG,
    ACL_ARG,
    MutuallyExclusiveArgList(
        Arg('--upload-policy', dest='upload_policy', metavar='POLICY',
            type=_policy_text, route_to=LOCAL,
            help='upload policy to use for authorization'),
        Arg('--upload-policy-file', dest='upload_policy', metavar='FILE',
            type=_policy_file, route_to=LOCAL,
            help='file containing an upload policy to use for '
                 'authorization')),
    Arg('--upload-policy-signature', metavar='SIGNATURE', route_to=LOCAL,
        help='signature for the upload policy (required when an upload '
             'policy is used)'),
    Arg('--location', route_to=LOCAL,
        help='location constraint of the destination bucket (default: '
             'inferred from s3-location-constraint in configuration, or '
             'otherwise none)'),
    Arg('--retry', dest='retries', action='store_const', const=5,
        default=PART_RETRIES, route_to=LOCAL,
        help='retry failed uploads up to 5 times')]

DOWNLOAD_ARGS = [
    Arg('-b', '--bucket', metavar='BUCKET[/PREFIX]', required=True,
        route_to=LOCAL, help='the bucket that contains the bundle, with an '
                             'optional path prefix (required)'),
    MutuallyExclusiveArgList(
        Arg('-m', '--manifest', dest='manifest', route_to=LOCAL,
            help="the manifest's complete file name, not including any "
                 'path that may be specified using -b'),
        Arg('-p', '--prefix', dest='manifest', route_to=LOCAL,
            type=lambda prefix: prefix + MANIFEST_SUFFIX,
            help="the portion of the manifest's file name that precedes "
                 '".manifest.xml"'),
        Arg('--local-manifest', metavar='FILE', route_to=LOCAL,
            help='use a manifest on disk and ignore any that appear on the '
                 'server')).required()]
