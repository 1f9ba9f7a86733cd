"""CloudFormation (euform-*): the service, the base request class, and the
argument types the stack commands share (templates, parameters)."""

import argparse
import json
import re

from euca2ools.core import (EMPTY, LOCAL, Arg, BaseService, ClientError,
                            MutuallyExclusiveArgList, QueryRequest,
                            Waiter)
from euca2ools.core.argtypes import delimited_list, read_file_arg, tag_spec


class CloudFormation(BaseService):
    NAME = 'cloudformation'
    DESCRIPTION = 'Deployment templating service'
    API_VERSION = '2010-05-15'
    TYPES = 'cloudformation'
    DATA_ACTIONS = frozenset(('CreateStack', 'UpdateStack',
                              'ValidateTemplate'))
    URL_ENVVARS = ('AWS_CLOUDFORMATION_URL',
                   'AWS_ENDPOINT_URL_CLOUDFORMATION')
    AWS_SERVICE_ID = 'CLOUDFORMATION'


CFN_LIST_TAGS = [
    'Stacks', 'Parameters', 'Outputs', 'NotificationARNs', 'Capabilities',
    'Tags', 'StackEvents', 'StackResources', 'StackResourceSummaries',
    'StackSummaries', 'ResourceTypes', 'AllowedValues', 'DeclaredTransforms',
]


class CloudFormationRequest(QueryRequest):
    SERVICE_CLASS = CloudFormation
    LIST_TAGS = CFN_LIST_TAGS

    def configure(self):
        if self.args.get('TemplateBody') is not None:
            check_template(self.args['TemplateBody'])


def stack_waiter(goal, failure=(), gone='wait',
                 ids=('StackId', 'args:StackName')):
    """--wait for a stack (by the StackId the answer names, else by the
    STACK argument) to reach GOAL.  A stack in a failure state says why in
    its StackStatusReason; its events say more."""
    return Waiter(
        'stack', 'euca2ools.commands.euform.describestacks:DescribeStacks',
        ids=ids, id_param='StackName', per_id=True, items='Stacks',
        item_id=('StackId', 'StackName'), name='StackName',
        state='StackStatus', success=(goal,), failure=failure,
        reason='StackStatusReason', not_found=('ValidationError',),
        gone=gone, hint='euform-describe-stack-events {id}')


# -- templates ---------------------------------------------------------------

class Template(str):
    """A template body read from a file; ``name`` is where it came from."""

    name = None


def template_file(path):
    """--template-file: the file's text ('-' for stdin)."""
    data = read_file_arg(path)
    try:
        body = Template(data.decode('utf-8'))
    except UnicodeDecodeError as err:
        raise argparse.ArgumentTypeError(
            f'template {path} is not UTF-8 text (byte {err.start})')
    body.name = 'stdin' if path == '-' else path
    return body


def check_template(body):
    """Catch the template mistakes we can see without a YAML parser.

    A body that starts with '{' is JSON and must parse; anything else is
    YAML, which may not indent with tabs.  The server judges the rest.
    """
    name = getattr(body, 'name', None) or 'template'
    if not body.strip():
        raise ClientError(f'{name}: the template is empty')
    if body.lstrip().startswith('{'):
        try:
            json.loads(body)
        except ValueError as err:
            raise ClientError(f'{name}: invalid JSON template: {err}')
        return
    for number, line in enumerate(body.splitlines(), 1):
        indent = re.match(r'[ \t]*', line).group(0)
        if '\t' in indent and line.strip():
            raise ClientError(
                f'{name}: invalid YAML template: line {number} column '
                f'{indent.index(chr(9)) + 1}: tab character in indentation '
                '(YAML indents with spaces)')


def template_args(what, required=True, *others):
    """--template-file | --template-url (| any of ``others``)."""
    group = MutuallyExclusiveArgList(
        *others,
        Arg('--template-file', dest='TemplateBody', metavar='FILE',
            type=template_file,
            help=f'file containing {what} JSON or YAML template '
                 '("-" for stdin)'),
        Arg('--template-url', dest='TemplateURL', metavar='URL',
            help=f'URL pointing to {what} template'))
    return group.required() if required else group


# -- stack parameters --------------------------------------------------

# ";" separates parameters only before another KEY= (CloudFormation
# parameter names are alphanumeric), so values keep their commas and
# ordinary semicolons.
_PARAM_SPLIT = re.compile(r';(?=[A-Za-z0-9]+=)')


def stack_parameters(text):
    """-p KEY=VALUE[;KEY=VALUE...]: commas stay inside the value."""
    params = []
    for item in _PARAM_SPLIT.split(text):
        key, sep, value = item.partition('=')
        if not sep or not key:
            raise argparse.ArgumentTypeError(
                f'parameter {item!r} must have form KEY=VALUE')
        params.append({'ParameterKey': key,
                       'ParameterValue': value if value else EMPTY})
    return params


TAG_ARG = Arg('--tag', dest='Tags.member', metavar='KEY[=VALUE]',
              type=tag_spec, action='append',
              help='key and optional value of a tag to add, separated by '
                   '"=".  If no value is given the tag\'s value is set to an '
                   'empty string.  (repeatable)')


class StackChangeRequest(CloudFormationRequest):
    """Shared by create and update: parameters, capabilities, tags."""

    ARGS = [Arg('-p', '--parameter', dest='param_sets', route_to=LOCAL,
                metavar='KEY=VALUE', type=stack_parameters, action='append',
                help="key and value of a parameter to use with the stack's "
                     'template, separated by "=" (repeatable; a value may '
                     'contain commas)'),
            Arg('--capabilities', dest='Capabilities.member',
                metavar='CAP[,...]', type=delimited_list(','),
                help='capabilities the template needs, such as '
                     'CAPABILITY_IAM')]

    def preprocess(self):
        sets = self.args.get('param_sets') or []
        self.params['Parameters.member'] = [p for s in sets for p in s]

    def print_result(self, result):
        self.emit(result.get('StackId') or '')
