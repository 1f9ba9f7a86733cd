from euca2ools.core import BaseCommand, ClientError

# Each service's config option prefix (<name>-url) and URL variable.
SERVICE_URL_VARS = {
    'autoscaling': 'AWS_AUTO_SCALING_URL',
    'bootstrap': 'EUCA_BOOTSTRAP_URL',
    'cloudformation': 'AWS_CLOUDFORMATION_URL',
    'ec2': 'EC2_URL',
    'elasticloadbalancing': 'AWS_ELB_URL',
    'iam': 'AWS_IAM_URL',
    'monitoring': 'AWS_CLOUDWATCH_URL',
    'properties': 'EUCA_PROPERTIES_URL',
    'reporting': 'EUCA_REPORTING_URL',
    's3': 'S3_URL',
    'sts': 'TOKEN_URL',
}


class GenerateEnvironmentConfig(BaseCommand):
    COMMAND = 'euca-generate-environment-config'
    DESCRIPTION = ('Read environment variables and euca2ools.ini(5) files to '
                   'discover the service URLs and credentials for a region, '
                   'then output shellcode with the corresponding environment '
                   'variables for that information.  This output will '
                   'contain secret access keys and should be treated with '
                   'care.')
    ARGS = []
    REGION_OPTION = KEY_OPTIONS = True

    @classmethod
    def common_args(cls, parser):
        parser.add_argument('--simple', action='store_true',
                            help='use a simpler output format intended for '
                                 'consumption by scripts')
        super().common_args(parser)

    def main(self):
        env = self.context.environ
        ru = self.context.regionuser
        values = {}
        for service, var in SERVICE_URL_VARS.items():
            values[var] = env.get(var) or ru.get_option(f'{service}-url')
        try:
            creds = self.context.credentials
        except ClientError:
            creds = None   # print what is known; the keys stay "not set"
        values['AWS_ACCESS_KEY_ID'] = creds.key_id if creds else None
        values['AWS_SECRET_ACCESS_KEY'] = creds.secret_key if creds else None
        values['AWS_SECURITY_TOKEN'] = creds.token if creds else None
        values['AWS_CREDENTIAL_EXPIRATION'] = env.get(
            'AWS_CREDENTIAL_EXPIRATION')
        for var, kind, option in (
                ('EC2_USER_ID', 'user', 'account-id'),
                ('EC2_CERT', 'user', 'certificate'),
                ('EC2_PRIVATE_KEY', 'user', 'private-key'),
                ('EUCALYPTUS_CERT', 'region', 'certificate')):
            lookup = (ru.get_user_option if kind == 'user'
                      else ru.get_option)
            values[var] = env.get(var) or lookup(option)
        return values

    def print_result(self, values):
        ordered = sorted(values.items())
        if self.args.get('simple'):
            for key, value in ordered:
                self.emit(f'{key}={value or ""}')
            return
        # Comments last, so the output also works inside eval.
        for key, value in ordered:
            if value:
                self.emit(f'{key}={value}; export {key};')
        for key, value in ordered:
            if not value:
                self.emit(f'# {key} is not set')
