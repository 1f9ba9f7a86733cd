"""Eucalyptus cloud administration: euca-* admin tools (eucadmin, 3.x-4.1),
euserv-* and euctl (eucalyptus-admin, 4.2+).

Both generations talk to the same Eucalyptus services at fixed paths on the
cloud controller.  An endpoint comes from -U/--url, the service's own
variable or config option (EUCA_BOOTSTRAP_URL / bootstrap-url,
EUCA_PROPERTIES_URL / properties-url, EC2_URL / ec2-url), or else is derived
from another of those URLs: same scheme, host and port, the service's path.

The older tools sign with SigV2 and send Version=eucalyptus; the newer ones
sign with SigV4.  ``signature-version`` (or ``bootstrap-signature-version``,
...) in a region section, or EUCA_SIGNATURE_VERSION, overrides either.
"""

import urllib.parse

from euca2ools.core import BaseService, ClientError, QueryRequest
from euca2ools.core.errors import MAX_SERVER_TEXT, printable
from euca2ools.core.service import split_region_prefix

EMPYREAN_PATH = '/services/Empyrean/'
PROPERTIES_PATH = '/services/Properties/'
COMPUTE_PATH = '/services/compute/'

# Where each kind of endpoint may be found: (variables, config option).
BOOTSTRAP_SOURCE = (('EUCA_BOOTSTRAP_URL',), 'bootstrap-url')
PROPERTIES_SOURCE = (('EUCA_PROPERTIES_URL',), 'properties-url')
COMPUTE_SOURCE = (('EC2_URL',), 'ec2-url')


class EucalyptusService(BaseService):
    SERVICE_PATH = '/'
    DONORS = ()    # sources whose host serves this service too
    # No botocore model (TYPES None: JSON values stay strings); these
    # answers name what was registered or changed.
    DATA_ACTIONS = frozenset(('RegisterService', 'DeregisterService',
                              'ModifyPropertyValue'))

    def __init__(self, context, url=None, url_source='-U/--url'):
        if not url and not _find_url(context, (self.URL_ENVVARS,
                                               f'{self.NAME}-url'))[0]:
            url, url_source = self.derived_url(context)
        super().__init__(context, url=url, url_source=url_source)

    @classmethod
    def derived_url(cls, context):
        """(URL, where it came from) from the first donor found."""
        for source in cls.DONORS:
            donor, where = _find_url(context, source)
            if donor:
                return cls.url_near(donor), f'the URL derived from {where}'
        return None, None

    @classmethod
    def url_near(cls, url):
        """This service's URL on the host of another service's URL."""
        region, url = split_region_prefix(url.strip())
        if '://' not in url:
            url = 'http://' + url
        try:
            parts = urllib.parse.urlsplit(url)
        except ValueError:
            pass    # left as it is, for BaseService to report
        else:
            url = urllib.parse.urlunsplit(
                (parts.scheme, parts.netloc, cls.SERVICE_PATH, '', ''))
        return f'{region}::{url}' if region else url


def _find_url(context, source):
    """(URL, the variable or option it came from) or (None, None)."""
    envvars, option = source
    for var in envvars:
        value = (context.environ.get(var) or '').strip()
        if value:
            return value, var
    value = (context.regionuser.get_option(option) or '').strip()
    if value:
        return value, f"{option} in region '{context.regionuser.region}'"
    return None, None


class Bootstrap(EucalyptusService):
    NAME = 'bootstrap'
    DESCRIPTION = 'Bootstrap service'
    API_VERSION = 'eucalyptus'
    URL_ENVVARS = BOOTSTRAP_SOURCE[0]
    SERVICE_PATH = EMPYREAN_PATH
    DONORS = (PROPERTIES_SOURCE, COMPUTE_SOURCE)


class Properties(EucalyptusService):
    NAME = 'properties'
    DESCRIPTION = 'Cloud properties service'
    API_VERSION = 'eucalyptus'
    URL_ENVVARS = PROPERTIES_SOURCE[0]
    SERVICE_PATH = PROPERTIES_PATH
    DONORS = (BOOTSTRAP_SOURCE, COMPUTE_SOURCE)


class Compute(EucalyptusService):
    NAME = 'ec2'
    DESCRIPTION = 'Compute service'
    API_VERSION = '2014-10-01'
    URL_ENVVARS = COMPUTE_SOURCE[0]
    SERVICE_PATH = COMPUTE_PATH
    DONORS = (BOOTSTRAP_SOURCE, PROPERTIES_SOURCE)


# The 3.x-4.1 tools' services: the same endpoints, signed with SigV2.
class LegacyBootstrap(Bootstrap):
    DEFAULT_SIGNATURE_VERSION = 2


class LegacyProperties(Properties):
    DEFAULT_SIGNATURE_VERSION = 2


class LegacyCompute(Compute):
    API_VERSION = '2012-07-20'
    DEFAULT_SIGNATURE_VERSION = 2


ADMIN_LIST_TAGS = [
    'serviceStatuses', 'uris', 'details', 'statusDetails', 'serviceAccounts',
    'properties', 'registeredServices', 'deregisteredServices',
    'statusMessages', 'available', 'serviceGroups', 'serviceGroupMembers',
    'registered', 'instances', '_services', '_disabledServices',
    '_notreadyServices', '_stoppedServices',
    # EC2 DescribeInstances, for the node listings
    'reservationSet', 'instancesSet', 'tagSet',
]


def entries(items):
    """A list of strings as Eucalyptus sends it: item/entry elements."""
    return [item.get('entry') if isinstance(item, dict) else item
            for item in items or []]


class AdminRequest(QueryRequest):
    """Shared by both generations: HTTP-200 failures are errors too."""

    LIST_TAGS = ADMIN_LIST_TAGS
    FAILURE = 'request failed'

    def main(self):
        result = super().main()
        if str(result.get('_return', '')).lower() == 'false':
            raise ClientError(self.failure_message(result))
        return result

    def failure_message(self, result):
        message = result.get('statusMessage')
        return printable(message, MAX_SERVER_TEXT) if message \
            else self.FAILURE

    def other(self, command_class, args):
        """Another command of this run; with -U, on the same host."""
        url = None
        if self.url:
            url = command_class.SERVICE_CLASS.url_near(self.url)
        return command_class(dict(args, url=url), self.context)


class EucadminRequest(AdminRequest):
    """A 3.x-4.1 eucadmin tool: SigV2, Version=eucalyptus, tab rows."""

    SERVICE_CLASS = LegacyBootstrap
    TABULAR = False


class EuservRequest(AdminRequest):
    """A 4.2+ eucalyptus-admin tool: SigV4, space-aligned tables."""

    SERVICE_CLASS = Bootstrap

    def print_table(self, rows, headers=None, sort_column=None):
        from euca2ools.commands.eucadmin.rows import table
        for line in table(rows, headers if self.args.get('show_headers')
                          else None, self.show_empty_fields, sort_column):
            self.emit(line)
