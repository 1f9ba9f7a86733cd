"""The pages that are no command's: euca2ools(7), the overview of what
every command shares (endpoints, credentials, signing, timeouts, every
environment variable); euca2ools.ini(5), the configuration files; and
euca2ools-completion(1), the one console script that is no command class.
Their prose is in templates/<page>.txt (template.py reads them); their
tables of services, URL variables, config options and defaults come from
the code, so they stay true.
"""

from ..core.settings import SETTINGS
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


# The families of commands and the services they call, for euca2ools(7):
# each one with a command installed.
FAMILIES = (
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


def overview_page(commands, date=''):
    """euca2ools(7): how every command finds its cloud and keys."""
    services = services_table(commands)

    def families(page):
        for prefix, text in FAMILIES:
            present = any(name.startswith(p.strip().rstrip('*'))
                          for p in prefix.split(',') for name in commands)
            if present:
                page.item(bold(prefix), [markup(text)])

    def service_urls(page):
        for service, prefixes in services:
            variables = ', '.join(f'`{v}`' for v in service.URL_ENVVARS)
            page.item(markup(f'`{service.NAME}-url`, {variables}'),
                      [markup(f'{service.DESCRIPTION} (' + ', '.join(
                          f'`{p}`' for p in prefixes) + ')')])

    def network_settings(page):
        for setting in SETTINGS:
            tag = f'`{setting.flags[0]}`, ' if setting.flags else ''
            page.item(markup(f'{tag}`{setting.env}`, `{setting.name}`'),
                      [markup(setting.page_text())])

    def service_variables(page):
        for service, _ in services:
            for var in service.URL_ENVVARS:
                page.item(bold(var), [markup(
                    f'the {service.DESCRIPTION.lower()} endpoint URL')])

    def variables(page):
        for heading, names in ENVIRONMENT_GROUPS:
            page.subsection(heading)
            for var in names:
                page.item(bold(var), [markup(describe_variable(var))])

    page = Page(OVERVIEW[0], OVERVIEW[1], date)
    template.render(page, 'euca2ools.7', {
        **network_defaults(),
        'families': families,
        'services': service_urls,
        'network-settings': network_settings,
        'service-variables': service_variables,
        'variables': variables,
        'config-files': CONFIG_FILES,
        'aws-files': AWS_FILES,
        'exit-status': exit_status,
        'see-also': lambda page: page.references([CONFIG_PAGE] + [
            (name, 1) for name in (
                'euca-describe-instances', 'euca-run-instances',
                'euca-generate-environment-config', 'euare-assumerole')
            if name in commands]),
    })
    return page.render()


def config_options(commands):
    """(region options, user options, global options): [(name, text)]."""
    urls = [(f'{service.NAME}-url', f'the {service.DESCRIPTION.lower()} '
             'endpoint URL (' + ', '.join(f'`{v}`' for v in
                                          service.URL_ENVVARS) + ')')
            for service, _ in services_table(commands)]
    network = [(setting.name, setting.page_text()) for setting in SETTINGS]
    network.append(('verify-ssl', '`false` for a cloud whose TLS '
                                  'certificate cannot be verified (default '
                                  '`true`)'))
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
