"""IAM and STS (euare-*): the services, base requests and shared arguments.

IAM output is mostly untagged, one value per line
(euca2ools-output-formats.md, section 9); the few tab-separated commands set
TABULAR.  Most commands take ``--as-account`` (Eucalyptus DelegateAccount)
and name their object with a positional that older docs wrote as a flag
(``-u USER``): that flag is kept as a hidden no-op.
"""

import argparse

from euca2ools.core import (LOCAL, Arg, BaseService, MutuallyExclusiveArgList,
                            QueryRequest)
from euca2ools.core.argtypes import file_contents, inline_text


class IAM(BaseService):
    NAME = 'iam'
    DESCRIPTION = 'Identity and access management service'
    API_VERSION = '2010-05-08'
    TYPES = 'iam'
    DATA_ACTIONS = frozenset((
        'CreateAccessKey', 'CreateGroup', 'CreateInstanceProfile',
        'CreateLoginProfile', 'CreateOpenIDConnectProvider', 'CreateRole',
        'CreateUser', 'UploadServerCertificate', 'UploadSigningCertificate',
        # Eucalyptus's own
        'CreateAccount', 'CreateSigningCertificate'))
    URL_ENVVARS = ('AWS_IAM_URL', 'AWS_ENDPOINT_URL_IAM')
    AWS_SERVICE_ID = 'IAM'
    GLOBAL_AWS_URL = 'https://iam.amazonaws.com/'


class STS(BaseService):
    NAME = 'sts'
    DESCRIPTION = 'Security token service'
    API_VERSION = '2011-06-15'
    TYPES = 'sts'
    DATA_ACTIONS = frozenset(('AssumeRole',))
    URL_ENVVARS = ('TOKEN_URL', 'AWS_ENDPOINT_URL_STS')
    AWS_SERVICE_ID = 'STS'
    GLOBAL_AWS_URL = 'https://sts.amazonaws.com/'


# Lists whose children are not <member> (or that must stay lists when empty).
IAM_LIST_TAGS = ['SummaryMap']


def named(dest, metavar, help, hidden=(), nargs=None, complete=None):
    """The positional naming a command's object, plus the hidden flag older
    syntax put before it (``euare-usercreate -u NAME`` still works).
    COMPLETE: the resource kind it names (None for a new object's name)."""
    extra = {'nargs': nargs} if nargs else {}
    args = [Arg(dest, metavar=metavar, help=help, complete=complete,
                **extra)]
    if hidden:
        args.append(Arg(*hidden, action='store_true', dest='_old_syntax',
                        route_to=LOCAL, help=argparse.SUPPRESS))
    return args


def user(help='name of the user (required)', nargs=None,
         complete='iam-user'):
    return named('UserName', 'USER', help, ('-u', '--user-name'), nargs,
                 complete)


def group(help='name of the group (required)', complete='iam-group'):
    return named('GroupName', 'GROUP', help, ('-g', '--group-name'),
                 complete=complete)


def role(help='name of the role (required)', hidden=('-r', '--role-name'),
         complete='iam-role'):
    return named('RoleName', 'ROLE', help, hidden, complete=complete)


def iprofile(help='name of the instance profile (required)',
             complete='iam-instance-profile'):
    return named('InstanceProfileName', 'IPROFILE', help,
                 ('-s', '--instance-profile-name'), complete=complete)


def server_cert(help='name of the server certificate (required)'):
    return named('ServerCertificateName', 'CERT', help,
                 ('-s', '--server-certificate-name'))


def account(help='name or ID of the account (required)', nargs=None):
    return named('AccountName', 'ACCOUNT', help, ('-a', '--account-name'),
                 nargs)


def path_prefix(what):
    return Arg('-p', '--path-prefix', dest='PathPrefix', metavar='PREFIX',
               help=f'limit results to {what} whose paths begin with a '
                    'given prefix')


def user_option(help='user the object belongs to (default: current user)'):
    return Arg('-u', '--user-name', dest='UserName', metavar='USER',
               complete='iam-user', help=help)


def policy_source(dest='PolicyDocument', what='policy'):
    """-o/--policy-content TEXT | -f/--policy-document FILE (one required)."""
    return MutuallyExclusiveArgList(
        Arg('-o', '--policy-content', dest=dest, metavar='POLICY_CONTENT',
            type=inline_text,
            help=f'the {what} to use (or file://FILE)'),
        Arg('-f', '--policy-document', dest=dest, metavar='FILE',
            type=file_contents,
            help=f'file containing the {what} to use')).required()


# -w/-d/-l: print a euca2ools.ini fragment for a new access key.
WRITE_CONFIG = Arg('-w', '--write-config', action='store_true', route_to=LOCAL,
                   help='output access keys and region information in the '
                        'form of a euca2ools.ini(5) configuration file '
                        'instead of by themselves')
CONFIG_ARGS = [
    Arg('-d', '--domain', route_to=LOCAL,
        help='the DNS domain to use for region information in '
             'configuration file output (default: based on IAM URL)'),
    Arg('-l', '--set-default-user', action='store_true', route_to=LOCAL,
        help='set this user as the default user for the region in '
             'euca2ools.ini(5) configuration file output.  This option is '
             'only useful when used with -w.')]

AS_ACCOUNT = [
    Arg('--as-account', dest='DelegateAccount', metavar='ACCOUNT',
        help='[Eucalyptus cloud admin only] run this command as the '
             'administrator of another account'),
    Arg('--delegate', dest='DelegateAccount', help=argparse.SUPPRESS)]


class IAMAdminRequest(QueryRequest):
    """An IAM command; the Eucalyptus account actions use this directly."""
    SERVICE_CLASS = IAM
    LIST_TAGS = IAM_LIST_TAGS
    TABULAR = False
    ITEMS = None   # the list a List*/Get* response holds

    def sub(self, command_class, **args):
        """Another command sharing this one's context, endpoint and
        delegated account (composite commands run several actions)."""
        args.setdefault('url', self.url)
        args.setdefault('DelegateAccount', self.args.get('DelegateAccount'))
        return command_class(args, self.context)

    def items(self, result):
        return result.get(self.ITEMS) or []

    def lines(self, *values):
        for value in values:
            self.emit('' if value is None else str(value))


class IAMRequest(IAMAdminRequest):
    """An IAM command a cloud admin may run as another account."""
    ARGS = AS_ACCOUNT


class ArnListRequest(IAMRequest):
    """List*: one ARN per line, every page fetched."""

    def print_result(self, result):
        for item in self.items(result):
            self.lines(item.get('Arn'))


class STSRequest(QueryRequest):
    SERVICE_CLASS = STS
    TABULAR = False
