import base64
import datetime
import hashlib
import hmac
import json

from euca2ools.core import LOCAL, Arg, UsageError
from euca2ools.commands.euca import EC2Request
from euca2ools.commands.bundle import rows


def upload_policy(bucket, prefix, expires):
    """The S3 POST policy EC2 needs to upload the bundle on our behalf,
    base64-encoded."""
    policy = {'conditions': [{'acl': 'ec2-bundle-read'}, {'bucket': bucket},
                             ['starts-with', '$key', prefix]],
              'expiration': expires.strftime('%Y-%m-%dT%H:%M:%SZ')}
    return base64.b64encode(json.dumps(policy).encode('utf-8')).decode()


def sign_policy(policy_b64, secret_key):
    """base64(HMAC-SHA1(secret key, the base64 policy))."""
    digest = hmac.new(secret_key.encode('utf-8'), policy_b64.encode('ascii'),
                      hashlib.sha1).digest()
    return base64.b64encode(digest).decode('ascii')


class BundleInstance(EC2Request):
    COMMAND = 'euca-bundle-instance'
    ROW_TYPES = ('BUNDLE',)
    ACTION = 'BundleInstance'
    DESCRIPTION = 'Bundle an S3-backed Windows instance'
    ARGS = [Arg('InstanceId', metavar='INSTANCE',
                help='ID of the instance to bundle (required)'),
            Arg('-b', '--bucket', dest='Storage.S3.Bucket', metavar='BUCKET',
                required=True, help='bucket in which to store the new '
                                    'machine image (required)'),
            Arg('-p', '--prefix', dest='Storage.S3.Prefix', metavar='PREFIX',
                required=True, help='beginning of the machine image bundle '
                                    'name (required)'),
            Arg('-o', '--owner-akid', '--user-access-key', metavar='KEY-ID',
                dest='Storage.S3.AWSAccessKeyId',
                help="bucket owner's access key ID (default: the access key "
                     'this command uses)'),
            Arg('-c', '--policy', metavar='POLICY',
                dest='Storage.S3.UploadPolicy',
                help='Base64-encoded upload policy that allows the server to '
                     'upload a bundle on your behalf.  If unused, a secret '
                     'key is required.'),
            Arg('-s', '--policy-signature', metavar='SIGNATURE',
                dest='Storage.S3.UploadPolicySignature',
                help='signature of the Base64-encoded upload policy.  If '
                     'unused, a secret key is required.'),
            Arg('-w', '--owner-sak', '--user-secret-key', metavar='KEY',
                dest='owner_sak', route_to=LOCAL,
                help="bucket owner's secret access key, used to sign upload "
                     'policies (default: the secret key this command uses)'),
            Arg('-x', '--expires', metavar='HOURS', type=int, default=24,
                route_to=LOCAL, help='generated upload policy expiration '
                                     'time (default: 24)')]

    def configure(self):
        if self.args.get('expires') is not None and self.args['expires'] <= 0:
            raise UsageError('argument -x/--expires: must be a positive '
                             'number of hours')

    def preprocess(self):
        params = self.params
        if not params.get('Storage.S3.AWSAccessKeyId'):
            params['Storage.S3.AWSAccessKeyId'] = \
                self.context.credentials.key_id
        if not params.get('Storage.S3.UploadPolicy'):
            expires = (datetime.datetime.now(datetime.timezone.utc)
                       + datetime.timedelta(hours=self.args['expires']))
            params['Storage.S3.UploadPolicy'] = upload_policy(
                params['Storage.S3.Bucket'], params['Storage.S3.Prefix'],
                expires.replace(microsecond=0))
        if not params.get('Storage.S3.UploadPolicySignature'):
            secret = (self.args.get('owner_sak')
                      or self.context.credentials.secret_key)
            params['Storage.S3.UploadPolicySignature'] = sign_policy(
                params['Storage.S3.UploadPolicy'], secret)

    def print_result(self, result):
        self.print_rows(rows.bundle_task(result.get('bundleInstanceTask')
                                         or {}))
