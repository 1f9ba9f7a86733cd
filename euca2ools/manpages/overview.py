"""The pages that are no command's: euca2ools(7), the overview of what
every command shares (endpoints, credentials, signing, timeouts, every
environment variable); euca2ools.ini(5), the configuration files; and
euca2ools-completion(1), the one console script that is no command class.
Their tables of services, URL variables, config options and defaults come
from the code, so they stay true.
"""

from . import template
from .command import CONFIG_PAGE, OVERVIEW, exit_status, services_of
from .environment import (AWS_FILES, CONFIG_FILES, ENVIRONMENT_GROUPS,
                          describe_variable, network_defaults)
from .roff import Page, bold, markup


def services_table(commands):
    """[(service class, command prefixes)] of every service a command
    talks to, by config name."""
    found = {}
    for name, cls in sorted(commands.items()):
        for service in services_of(cls):
            key = (service.NAME, service.URL_ENVVARS)
            entry = found.setdefault(key, [service, []])
            prefix = name.split('-')[0]
            if prefix not in entry[1]:
                entry[1].append(prefix)
    return [tuple(entry) for _, entry in sorted(found.items())]


def overview_page(commands, date=''):
    """euca2ools(7): how every command finds its cloud and keys."""
    from ..core import command as core_command
    page = Page(OVERVIEW[0], OVERVIEW[1], date)
    page.section('NAME')
    page.line('euca2ools \\- command\\-line tools for Eucalyptus, AWS and '
              'other AWS\\-compatible clouds')

    page.section('DESCRIPTION')
    page.prose(
        'The euca2ools commands each make one or a few calls to a cloud '
        'service and print the answer as tab-separated rows, in the formats '
        'of euca2ools 3.x, so that scripts can read them.  Each command has '
        'its own manual page (`man euca-run-instances`) and a summary with '
        '`--help`.  This page describes what they share: where they find '
        'their cloud and their keys, how they sign requests, and how long '
        'they wait.  euca2ools.ini(5) describes the configuration files.',
        'The families of commands and the services they call:')
    families = (
        ('euca-*', 'EC2 (instances, images, volumes, networks), bundling '
                   'and image upload, and the Eucalyptus 3.x-4.1 '
                   'administration tools'),
        ('eulb-*', 'Elastic Load Balancing'),
        ('euscale-*', 'Auto Scaling'),
        ('euwatch-*', 'CloudWatch'),
        ('euform-*', 'CloudFormation'),
        ('euare-*', 'IAM and STS'),
        ('euimage-*', 'image packs'),
        ('eustore-*', 'image catalogs'),
        ('euserv-*, euctl', 'Eucalyptus 4.2+ administration'),
    )
    for prefix, text in families:
        present = any(name.startswith(p.strip().rstrip('*'))
                      for p in prefix.split(',') for name in commands)
        if present:
            page.item(bold(prefix), [markup(text)])

    page.section('GETTING STARTED')
    page.prose(
        'Source a eucarc that names the endpoints and your keys, or keep '
        'them in a configuration file (see euca2ools.ini(5)) and choose it '
        'with `--region`:')
    page.example([
        'export EC2_URL=https://compute.cloud.example.com:8773/',
        'export EC2_ACCESS_KEY=AKI... EC2_SECRET_KEY=...',
        'euca-describe-instances',
        'euca-describe-instances --region admin@mycloud',
    ])

    page.section('SERVICES AND ENDPOINTS')
    page.prose(
        "A command finds each service it calls at the first URL found: the "
        "command's `-U`/`--url`; the service's environment variable; the "
        "`{{SERVICE}}-url` option of the region's configuration section; "
        'and, for a region name that no configuration file knows (such as '
        '`us-west-2`), the AWS endpoint of that region.  A URL written '
        '`{{REGION}}::{{URL}}` also names the region to sign for.  A URL '
        'without a scheme gets `https://`.')
    for service, prefixes in services_table(commands):
        variables = ', '.join(f'`{v}`' for v in service.URL_ENVVARS)
        page.item(markup(f'`{service.NAME}-url`, {variables}'),
                  [markup(f'{service.DESCRIPTION} (' + ', '.join(
                      f'`{p}`' for p in prefixes) + ')')])
    page.prose(
        'The Eucalyptus administration services (bootstrap, properties, '
        'compute) share one host: when only one of their URLs is known, '
        'the others are derived from it.')

    page.section('REGIONS AND USERS')
    page.prose(
        '`--region` {{USER}}`@`{{REGION}} chooses a `[region]` section and '
        'a `[user]` section of the configuration files (either part may be '
        'left out).  Without it the region comes from `EUCA_DEFAULT_REGION`, '
        'then `AWS_DEFAULT_REGION`, then the `default-region` option of the '
        "`[global]` section; the user from the region's `user` option.",
        'A region name that no configuration file knows, such as '
        '`us-east-1`, selects the AWS endpoints of that region.')

    page.section('CREDENTIALS')
    page.prose('The access key is taken from the first of these that gives '
               'both the key ID and the secret key:')
    for number, text in enumerate((
            '`-I`/`--access-key-id` and `-S`/`--secret-key` (with '
            '`--security-token`) on the command line;',
            'the user named with `--region` {{USER}}`@`{{REGION}} '
            '(`key-id`, `secret-key`, `security-token` in its `[user]` '
            'section);',
            '`AWS_ACCESS_KEY_ID` (or `AWS_ACCESS_KEY`) and '
            '`AWS_SECRET_ACCESS_KEY` (or `AWS_SECRET_KEY`), with '
            '`AWS_SESSION_TOKEN` (or `AWS_SECURITY_TOKEN`); an expired '
            '`AWS_CREDENTIAL_EXPIRATION` is an error;',
            "a eucarc's `EC2_ACCESS_KEY` and `EC2_SECRET_KEY`;",
            'the file named by `AWS_CREDENTIAL_FILE`;',
            "the region's configured user (its `user` option);",
            '`~/.aws/credentials` and `~/.aws/config`, profile '
            '`AWS_PROFILE` or `default`.'), 1):
        page.request('IP', f'{number}.', '4')
        page.line(markup(text))
    page.prose(
        'Surrounding whitespace is removed from every value; a value with a '
        'control character left in it is an error that names its source '
        'and never shows it.  `euca-generate-environment-config` prints '
        'what a region resolves to, and `euare-assumerole` prints the '
        'variables for a role.')

    page.section('SIGNING')
    page.prose(
        'Requests are signed with Signature Version 4 (SigV4), the region '
        'name taken from the `{{REGION}}::` prefix of the URL, '
        "`AWS_AUTH_REGION`, the region section's `name`, the region, an "
        'AWS host name, `~/.aws/config`, or else `us-east-1`.',
        'Old clouds may need Signature Version 2: `signature-version = 2` '
        '(or `{{SERVICE}}-signature-version = 2` for one service) in the '
        'region section, or `EUCA_SIGNATURE_VERSION=2`, signs Query API '
        'calls with SigV2 (HmacSHA256); `s3-signature-version = 2` or '
        '`EUCA_S3_SIGNATURE_VERSION=2` signs object storage requests with '
        'S3 SigV2.  The Eucalyptus 3.x-4.1 administration tools '
        '(`euca-describe-services`, `euca-modify-property`, ...) sign with '
        'SigV2 unless told otherwise; `euserv-*` and `euctl` use SigV4.')

    defaults = network_defaults()
    page.section('TIMEOUTS AND RETRIES')
    page.prose(
        'Every call is bounded.  A connection (TCP and TLS) must be made '
        f"within {defaults['connect']} (`--connect-timeout`), and the "
        'complete answer must arrive within '
        f"{defaults['timeout']} of connecting (`--read-timeout`; a large "
        'upload gets one more second for each 64 KiB it sends; downloads '
        'need each 64 KiB within that time).  An answer held in memory may '
        f"be at most {defaults['mib']}; large describes are read as "
        'they arrive and need no such room.',
        f"A failed call is retried up to {defaults['retries']} more times "
        '(`--max-retries`), after a random pause of up to 0.3 s that '
        'doubles each time (at most 15 s).  What is retried: failures '
        'before the request was fully sent, and answers that say the '
        'server refused it (503, 429, throttling); timeouts, broken '
        'connections and 500, 502 and 504 only for calls that are safe to '
        'repeat: those that only read (`Describe*`, `List*`, `Get*`, ...), '
        'and those with an idempotency token (`euca-run-instances` and the '
        'other launch calls send one, the same on every retry).  Refused '
        'connections, unknown hosts and TLS failures are never retried.  A '
        'call that may have acted (say, a `euca-create-volume` whose answer '
        'never came) is not sent again: the error says to check before '
        'running it again.',
        'Each of these settings is taken from the first place that has '
        'it: the command-line option, the environment variable, the '
        "region's section, the `[global]` section, the default:")
    for option, flags, variable in (
            ('connect-timeout', '--connect-timeout', 'EUCA_CONNECT_TIMEOUT'),
            ('timeout', '--read-timeout', 'EUCA_READ_TIMEOUT'),
            ('max-retries', '--max-retries', 'EUCA_MAX_RETRIES'),
            ('max-response-size', None, 'EUCA_MAX_RESPONSE_SIZE')):
        tag = f'`{flags}`, ' if flags else ''
        page.item(markup(f'{tag}`{variable}`, `{option}`'),
                  [markup(describe_variable(variable))])
    flags = [flags for _, flags, *_ in core_command.HTTP_OPTIONS]
    page.prose('The options also have the spellings '
               + ', '.join(f'`{f[1]}`' for f in flags if len(f) > 1)
               + ' (as aws-cli names them).')

    page.section('TLS AND PROXIES')
    page.prose(
        "Servers' certificates are verified, against the system's CA "
        'certificates or those in `AWS_CA_BUNDLE`, `REQUESTS_CA_BUNDLE` or '
        '`SSL_CERT_FILE`.  For a cloud with a self-signed certificate, set '
        '`verify-ssl = false` in its region section.  `HTTPS_PROXY`, '
        '`HTTP_PROXY` and `NO_PROXY` (in either case) are honoured.')

    page.section('OUTPUT AND ERRORS')
    page.prose(
        'Results are tab-separated rows; an empty field keeps its place '
        '(`--show-empty-fields` prints `(nil)` there).  `Describe`, `List` '
        'and `Get` commands also print the parsed answer as JSON with '
        '`--output json`.  `--debug` shows every request and answer, with '
        'keys and signatures removed.',
        'Errors are one line on standard error: `{{prog}}: error (Code): '
        "Message` for the cloud's refusal, `{{prog}}: error: ...` for "
        'anything else.')

    page.section('ENVIRONMENT')
    page.subsection('Service endpoints')
    for service, _ in services_table(commands):
        for var in service.URL_ENVVARS:
            page.item(bold(var), [markup(
                f'the {service.DESCRIPTION.lower()} endpoint URL')])
    for heading, variables in ENVIRONMENT_GROUPS:
        page.subsection(heading)
        for var in variables:
            page.item(bold(var), [markup(describe_variable(var))])

    page.section('FILES')
    page.items(CONFIG_FILES, 'configuration files, read in this order; see '
                             'euca2ools.ini(5)')
    page.items(AWS_FILES, 'AWS credentials and profiles')

    page.section('EXIT STATUS')
    exit_status(page)
    page.see_also([CONFIG_PAGE] + [(name, 1) for name in (
        'euca-describe-instances', 'euca-run-instances',
        'euca-generate-environment-config', 'euare-assumerole')
        if name in commands])
    return page.render()


def config_options(commands):
    """(region options, user options, global options): [(name, text)]."""
    urls = [(f'{service.NAME}-url', f'the {service.DESCRIPTION.lower()} '
             'endpoint URL (' + ', '.join(f'`{v}`' for v in
                                          service.URL_ENVVARS) + ')')
            for service, _ in services_table(commands)]
    defaults = network_defaults()
    network = [
        ('connect-timeout', 'seconds to wait for a connection (default '
                            f"{defaults['connect']})"),
        ('timeout', 'seconds to wait for a complete answer once connected '
                    f"(default {defaults['timeout']})"),
        ('max-retries', 'times to retry a failed call, 0 to 50 (default '
                        f"{defaults['retries']})"),
        ('max-response-size', 'the largest answer held in memory, such as '
                              f"`256M` (default {defaults['size']})"),
        ('verify-ssl', '`false` for a cloud whose TLS certificate cannot '
                       'be verified (default `true`)'),
    ]
    region = urls + [
        ('eustore-url', 'the base URL of the image catalog for '
                        '`eustore-*`'),
        ('user', 'the user (a `[user]` section) to act as in this region'),
        ('name', 'the region name to sign requests for (default: the '
                 "section's name after its last `:`)"),
        ('signature-version', '`2` to sign Query API calls with SigV2 '
                              '(HmacSHA256), for old clouds; default `4`'),
        ('{{SERVICE}}-signature-version', 'the same for one service, '
                                          'e.g. `ec2-signature-version`'),
        ('s3-signature-version', '`2` to sign object storage requests with '
                                 'S3 SigV2; default `4`'),
        ('s3-force-sigv4', '`true` forces SigV4 for object storage, as in '
                           'euca2ools 3.x'),
        ('certificate', "the cloud's certificate, which bundles are "
                        'encrypted for'),
        ('vpn-stylesheet', 'the XSLT stylesheet URL for VPN connection '
                           'descriptions (`--format`)'),
        ('ec2-default-keypair', 'the key pair `euca-run-instances` '
                                'launches with when `-k` names none'),
        ('s3-location-constraint', 'the location constraint of the buckets '
                                   'that bundle uploads create (when '
                                   '`--location` gives none)'),
    ] + network
    user = [
        ('key-id', 'the access key ID'),
        ('secret-key', 'the secret key'),
        ('security-token', 'the security token of temporary credentials'),
        ('account-id', 'the account ID, for bundling'),
        ('certificate', 'your X.509 certificate file, for bundling'),
        ('private-key', "your certificate's private key file, for "
                        'bundling'),
    ]
    glob = [
        ('default-region', 'the region (`[{{USER}}@]{{REGION}}`) to use '
                           'when neither `--region` nor '
                           '`EUCA_DEFAULT_REGION` or `AWS_DEFAULT_REGION` '
                           'names one'),
        ('debug', '`true` acts as `--debug` for every command'),
    ] + network
    return region, user, glob


def option_items(page, options):
    """The config options [(name, text)], a tagged paragraph each."""
    for option, text in options:
        page.item(markup(f'`{option}`' if '{{' not in option
                         else option.replace('{{', '`{{', 1)
                         .replace('}}', '}}`', 1)),
                  [markup(text)])


def config_page(commands, date=''):
    """euca2ools.ini(5): the configuration files."""
    def synopsis(page):
        for path in CONFIG_FILES:
            page.line(bold(path))
            page.request('br')

    region, user, glob = config_options(commands)
    page = Page(CONFIG_PAGE[0], CONFIG_PAGE[1], date)
    template.render(page, 'euca2ools.ini.5', {
        'synopsis': synopsis,
        'region-options': lambda page: option_items(page, region),
        'user-options': lambda page: option_items(page, user),
        'global-options': lambda page: option_items(page, glob),
        'config-files': CONFIG_FILES,
        'see-also': lambda page: page.references([OVERVIEW] + [
            (name, 1) for name in ('euca-generate-environment-config',)
            if name in commands]),
    })
    return page.render()


COMPLETION = ('euca2ools-completion', 1)


def completion_page(date=''):
    """euca2ools-completion(1): the one console script that is no command
    class (euca2ools/completion)."""
    from ..completion import SHELLS

    def shell_options(page):
        for shell in SHELLS:
            page.item(bold(shell), [markup(f'print the {shell} code')])

    page = Page(COMPLETION[0], COMPLETION[1], date)
    template.render(page, 'euca2ools-completion.1', {
        'shells': '{' + '|'.join(SHELLS) + '}',
        'shell-options': shell_options,
        'see-also': lambda page: page.references([OVERVIEW, CONFIG_PAGE]),
    })
    return page.render()
