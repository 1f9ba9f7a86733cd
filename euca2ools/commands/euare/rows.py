"""What IAM and STS commands print, each format defined once
(euca2ools-output-formats.md, section 9): policies, ini fragments for new
keys, and the shell code that sets or unsets temporary credentials."""

import datetime
import json
import shlex
import urllib.parse

from euca2ools.core import ClientError

# The "<service>-url" lines of a region section written by -w/--write-config.
CONFIG_SERVICES = ('autoscaling', 'bootstrap', 'cloudformation', 'ec2',
                   'elasticloadbalancing', 'iam', 'monitoring', 'properties',
                   'reporting', 's3', 'sts')

# Every variable the toolkit reads credentials from, in the order
# euare-assumerole sets them and euare-releaserole unsets them.
CREDENTIAL_VARS = (
    ('AWS_ACCESS_KEY_ID', 'AccessKeyId'), ('AWS_ACCESS_KEY', 'AccessKeyId'),
    ('EC2_ACCESS_KEY', 'AccessKeyId'),
    ('AWS_SECRET_ACCESS_KEY', 'SecretAccessKey'),
    ('AWS_SECRET_KEY', 'SecretAccessKey'),
    ('EC2_SECRET_KEY', 'SecretAccessKey'),
    ('AWS_SESSION_TOKEN', 'SessionToken'),
    ('AWS_SECURITY_TOKEN', 'SessionToken'),
    ('AWS_CREDENTIAL_EXPIRATION', 'Expiration'),
    ('EC2_USER_ID', 'account'),
    ('AWS_CREDENTIAL_FILE', None))


def policy_text(document, pretty=False, name=None):
    """A policy document as IAM returns it (URL-encoded), ready to print.

    Pretty-printed, it keeps the document's key order and has no trailing
    spaces (3.x's Python 2 json.dumps left one after each comma at a line
    end: a deliberate departure, see docs/ARCHITECTURE.md)."""
    text = urllib.parse.unquote(document or '')
    if pretty:
        try:
            text = json.dumps(json.loads(text), indent=4)
        except ValueError:
            raise ClientError(f"policy '{name}' does not appear to be valid "
                              'JSON')
    return text


def simple_policy(effect, actions, resources):
    """The one-statement-per-resource policy the *addpolicy commands build.

    Deliberate departures from euca2ools 3.4: it sent no Version, which
    moto's IAM policy validator refuses with MalformedPolicyDocument ("must
    be version 2012-10-17 or greater"), and it stamped each Sid with the
    time alone, so two statements could share one; the index suffix keeps
    them unique.
    """
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime(
        'Stmt%Y%m%d%H%M%S%f')
    return json.dumps({'Version': '2012-10-17', 'Statement': [
        {'Sid': f'{stamp}{index}' if index else stamp, 'Effect': effect,
         'Action': list(actions), 'Resource': resource}
        for index, resource in enumerate(resources)]})


def trust_policy(service):
    """A role trust policy letting one service (ec2.amazonaws.com) in."""
    return json.dumps({'Version': '2008-10-17', 'Statement': [
        {'Effect': 'Allow', 'Principal': {'Service': [service]},
         'Action': ['sts:AssumeRole']}]})


def config_fragment(iam_url, key, account_id=None, region=None, domain=None,
                    default_user=False, warn=None):
    """Lines of a euca2ools.ini fragment for a new access key.

    ``[region R]`` has one ``<service>-url`` per service under the domain
    (taken from the IAM URL unless given; an IP address gives none), and
    ``[user ACCOUNT:USER]`` has the key.
    """
    parsed = urllib.parse.urlsplit(iam_url)
    host, _, port = parsed.netloc.partition(':')
    if not domain:
        if all(label.isdigit() for label in host.split('.')) \
                or '.' not in host:
            if warn:
                warn(f'warning: IAM URL {iam_url} refers to a specific IP; '
                     'for a complete configuration file supply the '
                     "region's DNS domain with -d/--domain")
        else:
            domain = host.split('.', 1)[1]
    user_name = key.get('UserName') or 'root'
    if account_id:
        user_name = f'{account_id}:{user_name}'
    lines = []
    if domain:
        if ':' not in domain and port:
            domain = f'{domain}:{port}'
        lines.append(f"[region {(region or domain).split(':')[0]}]")
        lines += [f'{service}-url = {parsed.scheme}://{service}.{domain}/'
                  for service in CONFIG_SERVICES]
        if default_user:
            lines.append(f'user = {user_name}')
        lines.append('')
    lines.append(f'[user {user_name}]')
    lines.append(f"key-id = {key.get('AccessKeyId')}")
    lines.append(f"secret-key = {key.get('SecretAccessKey')}")
    if account_id:
        lines.append(f'account-id = {account_id}')
    lines.append('')
    return lines


def wants_csh(args, environ):
    """-c / -s, else the user's SHELL."""
    if args.get('csh_output'):
        return True
    if args.get('sh_output'):
        return False
    return environ.get('SHELL', '').endswith('csh')


def set_var(name, value, csh):
    if value in (None, ''):
        return f'unsetenv {name};' if csh else f'unset {name};'
    value = shlex.quote(str(value))
    return f'setenv {name} {value};' if csh else \
        f'{name}={value}; export {name};'


def eval_hint(argv):
    return ['', '# If you can read this, rerun this program with eval:',
            '#     eval `' + ' '.join(shlex.quote(a) for a in argv) + '`']


# -- the columns' names (see euca2ools.commands.euca.rows.COLUMNS).  Most
# IAM output is one value a line; these are its tab-separated rows, all
# untagged -----------------------------------------------------------------

COLUMNS = (
    ('ACCOUNT', ['account name', 'account ID']),
    ('USER INFO', ['key', 'value']),
    ('LDAP SYNC STATUS', ['key (SyncEnabled, InSync)', 'value']),
)
