"""What the pages say about the environment and the files.

ENVIRONMENT holds every environment variable euca2ools reads (the service
URL variables aside: they come from the service classes), and
ENVIRONMENT_GROUPS orders them for the pages; CONFIG_FILES and AWS_FILES are
the files the commands read.  What they say of the network settings comes
from the settings table (core/settings.py): network_defaults() gives the
templates' fields.
"""

from ..core.settings import SETTINGS

# Every environment variable euca2ools reads (tests/unit/test_manpages.py
# checks that each still is read): name -> what it does.
ENVIRONMENT = {
    # endpoints (the service URL variables come from the service classes)
    'AWS_AUTH_REGION': 'the region name to sign requests for (SigV4), '
                       'overriding the one from the config or the URL',
    'AWS_ENDPOINT_URL': "every AWS service's endpoint URL, when neither "
                        '`-U`/`--endpoint-url` nor a variable of the '
                        'service itself names one (before the region\'s '
                        '`<service>-url`)',
    # regions and config files
    'EUCA_DEFAULT_REGION': 'the region (and user) when `--region` is not '
                           'given: `[{{USER}}@]{{REGION}}`',
    'AWS_DEFAULT_REGION': 'the region when neither `--region` nor '
                          '`EUCA_DEFAULT_REGION` is given',
    'EUCA_CONFIG_PATH': 'colon-separated file name patterns that replace '
                        'the default list of configuration files',
    # credentials
    'AWS_ACCESS_KEY_ID': 'access key ID (also `AWS_ACCESS_KEY`)',
    'AWS_ACCESS_KEY': 'access key ID, when `AWS_ACCESS_KEY_ID` is not set',
    'AWS_SECRET_ACCESS_KEY': 'secret key (also `AWS_SECRET_KEY`)',
    'AWS_SECRET_KEY': 'secret key, when `AWS_SECRET_ACCESS_KEY` is not set',
    'AWS_SESSION_TOKEN': 'security token of temporary credentials (also '
                         '`AWS_SECURITY_TOKEN`)',
    'AWS_SECURITY_TOKEN': 'security token, when `AWS_SESSION_TOKEN` is not '
                          'set',
    'AWS_CREDENTIAL_EXPIRATION': 'when the credentials in the environment '
                                 'expire (ISO 8601); expired ones are an '
                                 'error',
    'EC2_ACCESS_KEY': 'access key ID, as a eucarc sets it',
    'EC2_SECRET_KEY': 'secret key, as a eucarc sets it',
    'AWS_CREDENTIAL_FILE': 'a file of `AWSAccessKeyId=...` and '
                           '`AWSSecretKey=...` lines',
    'AWS_SHARED_CREDENTIALS_FILE': 'the AWS shared credentials file '
                                   '(default `~/.aws/credentials`)',
    'AWS_CONFIG_FILE': 'the AWS config file (default `~/.aws/config`)',
    'AWS_PROFILE': 'the profile to read in the AWS files when '
                   '`--profile` is not given (default: `default`): its '
                   'keys, `role_arn` (with `source_profile` or '
                   '`credential_source`), `credential_process` and '
                   '`region`',
    'AWS_WEB_IDENTITY_TOKEN_FILE': 'a file holding an OIDC token: with '
                                   '`AWS_ROLE_ARN`, the role is assumed '
                                   'with STS AssumeRoleWithWebIdentity',
    'AWS_ROLE_ARN': 'the role to assume with '
                    '`AWS_WEB_IDENTITY_TOKEN_FILE`',
    'AWS_ROLE_SESSION_NAME': 'the session name for '
                             '`AWS_WEB_IDENTITY_TOKEN_FILE` (default '
                             '`euca2ools-session-` and the time)',
    'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI': 'the path on 169.254.170.2 of '
                                              "the container's credentials "
                                              '(ECS)',
    'AWS_CONTAINER_CREDENTIALS_FULL_URI': "the URL of the container's "
                                          'credentials: a loopback address, '
                                          '`localhost`, 169.254.170.2, '
                                          '169.254.170.23 or '
                                          '`[fd00:ec2::23]` only',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN': 'the Authorization header for the '
                                         'container credentials endpoint',
    'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE': 'a file holding it (read '
                                              'first)',
    'AWS_EC2_METADATA_SERVICE_ENDPOINT': 'the instance metadata service '
                                         '(default '
                                         '`http://169.254.169.254/`), asked '
                                         "for the instance role's keys "
                                         'when no other source has any',
    'AWS_EC2_METADATA_DISABLED': '`true`: never ask the instance metadata '
                                 'service',
    # signing
    'EUCA_SIGNATURE_VERSION': '`2` signs Query API requests with SigV2 '
                              '(HmacSHA256) instead of SigV4, for old '
                              'clouds',
    'EUCA_S3_SIGNATURE_VERSION': '`2` signs object storage requests with '
                                 'S3 SigV2 instead of SigV4, for old clouds',
    # timeouts, retries and answer bounds: from the settings table
    **{setting.env: setting.page_text() for setting in SETTINGS},
    'EUCA_WAIT_INTERVAL': 'seconds between the first polls of `--wait` '
                          '(default 2; they grow to 7.5 times it)',
    # TLS and proxies
    'AWS_CA_BUNDLE': 'a file of CA certificates to verify TLS servers '
                     'against (also `--ca-bundle`, `REQUESTS_CA_BUNDLE`, '
                     '`SSL_CERT_FILE`)',
    'REQUESTS_CA_BUNDLE': 'CA certificates, when `AWS_CA_BUNDLE` is not set',
    'SSL_CERT_FILE': 'CA certificates, when neither `AWS_CA_BUNDLE` nor '
                     '`REQUESTS_CA_BUNDLE` is set',
    'HTTPS_PROXY': 'proxy for https URLs (either case: `https_proxy`)',
    'HTTP_PROXY': 'proxy for http URLs (either case: `http_proxy`)',
    'NO_PROXY': 'comma-separated hosts (and domain suffixes) reached '
                'without a proxy; `*` for all (either case: `no_proxy`)',
    # bundling
    'EC2_USER_ID': 'the account ID that bundles belong to',
    'EC2_CERT': 'your X.509 certificate (also `EUCA_CERT`)',
    'EUCA_CERT': 'your X.509 certificate, when `EC2_CERT` is not set',
    'EC2_PRIVATE_KEY': 'the private key of your certificate (also '
                       '`EUCA_PRIVATE_KEY`)',
    'EUCA_PRIVATE_KEY': 'your private key, when `EC2_PRIVATE_KEY` is not '
                        'set',
    'EUCALYPTUS_CERT': "the cloud's certificate, which bundles are "
                       'encrypted for',
    'EUSTORE_URL': 'the base URL of the image catalog',
    # editing, shells and temporary files
    'VISUAL': 'the editor for `euctl --edit` (also `EDITOR`, else `vi`)',
    'EDITOR': 'the editor, when `VISUAL` is not set',
    'SHELL': 'a name ending in `csh` makes `euare-assumerole` and '
             '`euare-releaserole` print csh commands',
    'TMPDIR': 'where a bundle is made when no directory is given (also '
              '`TEMP`, `TMP`; else `/var/tmp`)',
    'TEMP': 'the same, when `TMPDIR` is not set',
    'TMP': 'the same, when neither `TMPDIR` nor `TEMP` is set',
    'XDG_CACHE_HOME': 'where shell completion caches resource IDs for a '
                      'minute, and role sessions are kept until they '
                      'expire (`euca2ools/` and `euca2ools/credentials/` '
                      'inside it, private; default `~/.cache/euca2ools`)',
    'HOME': 'your home directory: `~/.euca`, `~/.aws` and the completion '
            'cache are in it',
}

# Grouped for the pages: (heading, variables).  The service URL variables
# come first, from the service classes.
ENVIRONMENT_GROUPS = (
    ('Regions and configuration files', ('EUCA_DEFAULT_REGION',
                                         'AWS_DEFAULT_REGION',
                                         'EUCA_CONFIG_PATH')),
    ('Credentials', ('AWS_ACCESS_KEY_ID', 'AWS_ACCESS_KEY',
                     'AWS_SECRET_ACCESS_KEY', 'AWS_SECRET_KEY',
                     'AWS_SESSION_TOKEN', 'AWS_SECURITY_TOKEN',
                     'AWS_CREDENTIAL_EXPIRATION', 'EC2_ACCESS_KEY',
                     'EC2_SECRET_KEY', 'AWS_CREDENTIAL_FILE',
                     'AWS_SHARED_CREDENTIALS_FILE', 'AWS_CONFIG_FILE',
                     'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE',
                     'AWS_ROLE_ARN', 'AWS_ROLE_SESSION_NAME',
                     'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
                     'AWS_CONTAINER_CREDENTIALS_FULL_URI',
                     'AWS_CONTAINER_AUTHORIZATION_TOKEN',
                     'AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE',
                     'AWS_EC2_METADATA_SERVICE_ENDPOINT',
                     'AWS_EC2_METADATA_DISABLED')),
    ('Endpoints and signing', ('AWS_ENDPOINT_URL', 'AWS_AUTH_REGION',
                               'EUCA_SIGNATURE_VERSION',
                               'EUCA_S3_SIGNATURE_VERSION')),
    ('Timeouts, retries and answer size', tuple(
        setting.env for setting in SETTINGS) + ('EUCA_WAIT_INTERVAL',)),
    ('TLS and proxies', ('AWS_CA_BUNDLE', 'REQUESTS_CA_BUNDLE',
                         'SSL_CERT_FILE', 'HTTPS_PROXY', 'HTTP_PROXY',
                         'NO_PROXY')),
    ('Bundling and images', ('EC2_USER_ID', 'EC2_CERT', 'EUCA_CERT',
                             'EC2_PRIVATE_KEY', 'EUCA_PRIVATE_KEY',
                             'EUCALYPTUS_CERT', 'EUSTORE_URL')),
    ('Other', ('VISUAL', 'EDITOR', 'SHELL', 'TMPDIR', 'TEMP', 'TMP',
               'XDG_CACHE_HOME', 'HOME')),
)

REGION_VARIABLES = ENVIRONMENT_GROUPS[0][1]
KEY_VARIABLES = ENVIRONMENT_GROUPS[1][1]
NETWORK_VARIABLES = (ENVIRONMENT_GROUPS[3][1] + ENVIRONMENT_GROUPS[4][1])

CONFIG_FILES = ('/etc/euca2ools/euca2ools.ini',
                '/etc/euca2ools/conf.d/*.ini', '~/.euca/*.ini')
AWS_FILES = ('~/.aws/credentials', '~/.aws/config')


def network_defaults():
    """{field: text}: the templates' fields of the network settings, from
    the settings table: {NAME} is a setting's default ('10 seconds'),
    {NAME-flag} its flag, {spellings} the flags' other spellings."""
    fields = {setting.name: setting.default_text() for setting in SETTINGS}
    fields.update({f'{setting.name}-flag': f'`{setting.flags[0]}`'
                   for setting in SETTINGS if setting.flags})
    fields['spellings'] = ', '.join(f'`{flag}`' for setting in SETTINGS
                                    for flag in setting.flags[1:])
    return fields


def describe_variable(name):
    """ENVIRONMENT's text for NAME (markup)."""
    return ENVIRONMENT[name]
