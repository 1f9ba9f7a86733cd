"""What a command shows about itself: its examples and its output columns.

Examples: a command declares ``EXAMPLES``, ((what it does, the command
line), ...); one that declares none gets one made from its parser (its
required arguments, each with a sample value of its kind).  --help shows
them in an "examples:" section, the man page in EXAMPLES.

Columns: each family's rows.py names the fields of its row types once, in
``COLUMNS`` (('INSTANCE', ['"INSTANCE"', 'instance ID', ...]), ...); a
command declares the row types it prints in ``ROW_TYPES``.  The man page
shows them in OUTPUT, and --show-columns prints them (a line a row type,
the names tab-separated) instead of calling the service.
"""

import argparse
import importlib
import re

# Sample values by metavar (its letters before any digit or comma).
SAMPLES = {
    'ACCOUNT': '123456789012', 'ACL': 'acl-0123456789abcdef0',
    'ACLASSOC': 'aclassoc-0123456789abcdef0', 'ADDRESS': '203.0.113.10',
    'ALARM': 'cpu-high', 'ALLOC': 'eipalloc-0123456789abcdef0',
    'ARCH': 'x86_64', 'ARN': 'arn:aws:iam::123456789012:role/deploy',
    'ASGROUP': 'web-asg', 'ATTACHMENT': 'eni-attach-0123456789abcdef0',
    'BUCKET': 'my-bucket', 'BUCKET[/PREFIX]': 'my-bucket/images',
    'CERT': 'web-cert', 'CGATEWAY': 'cgw-0123456789abcdef0',
    'CIDR': '10.0.0.0/16', 'COOKIENAME': 'SESSIONID', 'COUNT': '2',
    'DESC': 'web servers', 'DESIREDCAPACITY': '2',
    'DESTINATIONCIDRBLOCK': '0.0.0.0/0', 'DHCPOPTS': 'dopt-0123456789abcdef0',
    'DEVICE': '/dev/sdf', 'ELB': 'web-lb', 'FILE': 'file.txt',
    'FLOAT': '80', 'FORMAT': 'raw', 'GROUP': 'web', 'GRANULARITY': '1Minute',
    'HEX': '0123456789abcdef0123456789abcdef', 'HOST': 'node1.example.com',
    'IGATEWAY': 'igw-0123456789abcdef0', 'IMAGE': 'ami-0123456789abcdef0',
    'IMAGE_FILE': 'centos.img', 'INSTANCE': 'i-0123456789abcdef0',
    'INSTANCETYPE': 'm1.small', 'INT': '1',
    'INTERFACE': 'eni-0123456789abcdef0', 'IP': '10.0.0.12',
    'IPROFILE': 'web-profile', 'KEY': 'Name', 'KEY=VALUE': 'Name=web',
    'KEY=VALUE,...': 'domain-name-servers=10.0.0.2', 'KEYPAIR': 'mykey',
    'KEY[=VALUE]': 'Name=web', 'KEY[=[VALUE]]': 'Name',
    'KEY_ID': 'AKIAIOSFODNN7EXAMPLE', 'LAUNCHCONFIG': 'web-lc',
    'LISTENER': 'lb-port=80,protocol=HTTP,instance-port=80',
    'MD_FILE': 'image.manifest.xml', 'METRIC': 'CPUUtilization',
    'NACL': 'acl-0123456789abcdef0', 'NAME': 'web',
    'NAMESPACE': 'AWS/EC2', 'NGATEWAY': 'nat-0123456789abcdef0',
    'OFFERING': '438012d3-4052-4cc7-b2e3-8d3372e0e706',
    'OIDC': 'arn:aws:iam::123456789012:oidc-provider/example.com',
    'PEERCON': 'pcx-0123456789abcdef0', 'PLGROUP': 'cluster-1',
    'POLICY': 'web-policy', 'POLTYPE': 'AppCookieStickinessPolicyType',
    'PORT': '80', 'PREFIX': 'images/', 'PRICE': '0.05',
    'PROTOCOL:PORT[/PATH]': 'HTTP:80/index.html', 'REASON': 'maintenance',
    'REGION': 'us-east-1', 'REQUEST': 'sir-0123456789abcdef0',
    'RESOURCE': 'i-0123456789abcdef0', 'ROLE': 'deploy',
    'RTABLE': 'rtb-0123456789abcdef0',
    'RTBASSOC': 'rtbassoc-0123456789abcdef0',
    'RULENUMBER': '100', 'SCALE': '2', 'SECONDS': '300',
    'SERIAL': 'arn:aws:iam::123456789012:mfa/alice',
    'SNAPSHOT': 'snap-0123456789abcdef0', 'STACK': 'web-stack',
    'STAT': 'Average,Maximum', 'STATE': 'ALARM',
    'SUBNET': 'subnet-0123456789abcdef0', 'TASK': 'import-i-0123abcd',
    'TASK-ID': 'import-i-0123abcd', 'TOPIC':
    'arn:aws:sns:us-east-1:123456789012:alerts', 'TYPE': 'gp2',
    'URL': 'https://example.com/template.json', 'USER': 'alice',
    'USERNAME': 'alice', 'VGATEWAY': 'vgw-0123456789abcdef0',
    'VOLUME': 'vol-0123456789abcdef0', 'VPC': 'vpc-0123456789abcdef0',
    'VPCID': 'vpc-0123456789abcdef0', 'VPNCONN': 'vpn-0123456789abcdef0',
    'ZONE': 'us-east-1a', '(TRUE|FALSE)': 'true',
    'DEVICE=::(TRUE|FALSE)': '/dev/sda1=::true',
    'NAME=VALUE': 'cloud.vmstate.instance_timeout=60',
    'ATTR=VALUE': 'ConnectionDraining.Enabled=true',
    'TAG': 'k=Name,id=web-asg,t=auto-scaling-group,v=web,p=true',
}


def sample_value(action):
    """A plausible value for ACTION, by its choices, metavar or name."""
    if action.choices:
        return str(next(iter(action.choices)))
    name = action.metavar or action.dest
    if isinstance(name, tuple):
        name = name[0]
    name = str(name)
    for key in (name, name.upper(), re.sub(r'[0-9]*(,.*)?$', '',
                                           name).upper()):
        if key in SAMPLES:
            return SAMPLES[key]
    return re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-') or 'value'


def _values(action):
    if action.option_strings and action.nargs == 0:
        return []
    if isinstance(action.nargs, int):
        return [sample_value(action)] * action.nargs
    return [sample_value(action)]


def generated_example(cls, parser):
    """(what, line): the command with its required arguments, each with a
    sample value; an option of each required group of alternatives."""
    argv = []
    chosen = set()
    for group in parser._mutually_exclusive_groups:
        if group.required and group._group_actions:
            chosen.add(group._group_actions[0])
    for action in parser._actions:
        if action.help is argparse.SUPPRESS and action not in chosen:
            continue
        if action.option_strings:
            if action.required or action in chosen:
                argv += [action.option_strings[0]] + _values(action)
    for action in parser._actions:
        if not action.option_strings and (
                action in chosen or action.nargs not in ('?', '*')):
            argv += _values(action)
    what = first_sentence(cls.DESCRIPTION) or 'Run the command'
    import shlex     # only when an example is shown
    return what, shlex.join([parser.prog] + argv)


def first_sentence(text):
    text = ' '.join((text or '').split())
    return re.split(r'(?<=[a-z)])\.\s', text, maxsplit=1)[0].rstrip('.')


def examples(cls, parser):
    """The command's examples: declared, else one made from PARSER."""
    declared = getattr(cls, 'EXAMPLES', ())
    return list(declared) or [generated_example(cls, parser)]


def help_examples(items):
    """The --help epilog section of ITEMS."""
    lines = ['examples:']
    for what, line in items:
        lines += [f'  {what}:', f'    {line}']
    return '\n'.join(lines)


# -- output columns ---------------------------------------------------------

def family_columns(cls):
    """{row type: names} of the family of CLS (its package's rows.py),
    then the EC2 family's (rows other families print, e.g. IMAGE)."""
    table = {}
    package = cls.__module__.rpartition('.')[0]
    for name in ('euca2ools.commands.euca.rows', f'{package}.rows'):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        table.update(getattr(module, 'COLUMNS', ()))
    return table


def row_columns(cls):
    """[(row type, names)] of the row types CLS declares in ROW_TYPES."""
    table = family_columns(cls)
    return [(row, table[row]) for row in cls.ROW_TYPES]


def numbered(names):
    """'1 "INSTANCE", 2 instance ID, ...'"""
    return ', '.join(f'{n} {name}' for n, name in enumerate(names, 1))


class ShowColumns(argparse.Action):
    """--show-columns: the column names of the command's rows, then exit."""

    def __init__(self, option_strings, dest, columns=(), **kwargs):
        super().__init__(option_strings, dest, nargs=0,
                         default=argparse.SUPPRESS, **kwargs)
        self.columns = columns

    def __call__(self, parser, namespace, values, option_string=None):
        import sys
        given = getattr(parser, 'given_args', None) or ()
        for _, names in shown_columns(self.columns, '--show-long' in given):
            sys.stdout.write('\t'.join(names) + '\n')
        parser.exit()


LONG = '--show-long'


def long_form_of(row):
    """The row type whose --show-long form ROW is ('LOAD_BALANCER
    (--show-long)', 'INSTANCE (health, --show-long)'), or None."""
    if row.endswith(f' ({LONG})'):
        return row[:-len(LONG) - 3]
    if row.endswith(f', {LONG})'):
        return row[:-len(LONG) - 3] + ')'
    return None


def shown_columns(columns, long):
    """COLUMNS as the command prints them: with LONG, a row type's
    --show-long form in its place; without, not."""
    longs = {long_form_of(row) for row, _ in columns} - {None}
    return [(row, names) for row, names in columns
            if (long_form_of(row) is None and not (long and row in longs))
            or (long_form_of(row) is not None and long)]
