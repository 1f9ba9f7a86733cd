"""The AWS CLI's credential providers, tried after euca2ools' own sources.

Imported only when none of those sources had keys (a run with keys in the
environment or a config file never loads this module).  In order:

* the AWS profile (``--profile``, else AWS_PROFILE, else ``default``) with
  ``role_arn`` and ``web_identity_token_file``: as the variables below; with
  ``role_arn`` alone: STS AssumeRole, signed with the keys of its
  ``source_profile`` (static keys, another role profile, or a
  ``credential_process``) or of its ``credential_source``
  (``Environment``, ``Ec2InstanceMetadata``, ``EcsContainer``).  The
  session is cached until shortly before it expires, in a private folder
  (``$XDG_CACHE_HOME/euca2ools/credentials``, else
  ``~/.cache/euca2ools/credentials``; 0700, files 0600), keyed by the
  profile's settings;
* the profile's ``credential_process``: the command (split as a shell
  would, run without one) prints JSON: Version 1, AccessKeyId,
  SecretAccessKey and optionally SessionToken and Expiration;
* AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN (+ AWS_ROLE_SESSION_NAME): STS
  AssumeRoleWithWebIdentity, unsigned;
* the container endpoint: AWS_CONTAINER_CREDENTIALS_RELATIVE_URI on
  169.254.170.2, or AWS_CONTAINER_CREDENTIALS_FULL_URI on a loopback
  address or one of the container hosts botocore allows, with
  AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE or AWS_CONTAINER_AUTHORIZATION_TOKEN
  as its Authorization header;
* the instance's role from the instance metadata service (IMDSv2 token
  first; IMDSv1 only when the server has no token endpoint: it answers the
  token request 403, 404 or 405, or not in time), at
  AWS_EC2_METADATA_SERVICE_ENDPOINT or 169.254.169.254, unless
  AWS_EC2_METADATA_DISABLED is true.  One attempt with one-second timeouts:
  a machine without the service waits at most about a second.

Every fetch goes through HttpClient to the one endpoint configured, and
follows a redirect only to that same endpoint.  Credentials whose
Expiration has passed are never used: a cached session is fetched again,
an answer with them is an error.  Errors are one line naming the source,
never a secret.
"""

from .common import CONTAINER_HOST, IMDS_URL, PROCESS_OUTPUT_LIMIT
from .profile import from_profile
from .remote import (_imds_enabled, from_container, from_instance_metadata,
                     imds_url)
from .webidentity import from_web_identity


# Named through the package by callers and tests.
__all__ = ['CONTAINER_HOST', 'IMDS_URL', 'PROCESS_OUTPUT_LIMIT', 'imds_url',
           'sources']


def sources(context, environ, profile):
    """[(name, callable returning Credentials or None)], in order."""
    return [
        (f'~/.aws profile {profile!r} (role_arn, credential_process)',
         lambda: from_profile(context, environ, profile)),
        ('AWS_WEB_IDENTITY_TOKEN_FILE',
         lambda: from_web_identity(context, environ)),
        ('the container credentials endpoint',
         lambda: from_container(context, environ)),
        ('the instance metadata service' + (
            '' if _imds_enabled(environ)
            else ' (not asked: AWS_EC2_METADATA_DISABLED)'),
         lambda: from_instance_metadata(context, environ)),
    ]
