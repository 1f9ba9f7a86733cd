"""A web service: where it is, which region and signature it uses, how to
call it.

Endpoint: ``-U/--url`` (or its AWS spelling ``--endpoint-url``), then the
service's URL variables (euca2ools' own, EC2_URL, ..., then the AWS CLI's
AWS_ENDPOINT_URL_<SERVICE ID>), then AWS_ENDPOINT_URL (services of AWS
only), then the region's ``<service>-url`` config option, then (for a region
name that is not in any config file) AWS's own endpoint for that region.
A URL written ``REGION::URL`` (REGION a plain name) also names the region to
sign for.
``_resolve`` checks the URL once: http or https, a host, a port in range;
an error names the URL and where it came from.  A URL without a scheme gets
https:// and ``url_note`` says so, for connection and TLS errors to add.

Region name for SigV4: ``REGION::`` prefix, AWS_AUTH_REGION, the config
region's ``name`` (or the last ``:`` part of its section name), the region
given with --region or the environment, the region inside an AWS host name,
~/.aws/config, and last ``us-east-1``.
"""

import re

from .. import __version__
from .credentials import aws_profile_region
from .errors import ClientError, printable
from . import http as _http
from .http import HttpClient
from . import settings
from .signing import SIGNERS
from .answers import (StreamedAnswer, check_root, error_from_response,
                      not_the_answer, _is_throttling)
from .xmlparse import XMLError, parse_answer, payload

# Actions that only read: sending one twice changes nothing.
READ_ONLY_PREFIXES = ('Describe', 'List', 'Get', 'Validate', 'Estimate')

AWS_HOST_REGION = re.compile(
    r'^[a-z0-9-]+\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?$')
AWS_REGION_NAME = re.compile(r'^[a-z]{2}(?:-[a-z]+)+-\d$')
# "REGION::URL": only a plain name may be split off, so "http://[::1]:8773/"
# and "[::1]:8773" keep their colons.
REGION_PREFIX = re.compile(r'^([A-Za-z0-9][A-Za-z0-9_.-]*)::')
URL_SCHEMES = ('http', 'https')
FALLBACK_REGION = 'us-east-1'


def user_agent():
    # os.uname and sys.version_info say what platform would, without its
    # ~4 ms import.
    import os
    import sys
    system, *_, machine = os.uname()
    python = '.'.join(map(str, sys.version_info[:3]))
    return f'euca2ools/{__version__} (Python {python}; {system} {machine})'


class BaseService:
    NAME = None            # config key prefix: "ec2" reads "ec2-url"
    SIGNING_NAME = None    # SigV4 scope service name; defaults to NAME
    DESCRIPTION = ''
    API_VERSION = None
    URL_ENVVARS = ()       # e.g. ('EC2_URL', 'AWS_ENDPOINT_URL_EC2')
    # botocore's service ID (upper case, _ for spaces): the services of AWS
    # have one, and only they take AWS_ENDPOINT_URL.
    AWS_SERVICE_ID = None
    AWS_URL = 'https://{service}.{region}.amazonaws.com/'
    GLOBAL_AWS_URL = None  # for global services such as IAM
    DEFAULT_SIGNATURE_VERSION = 4   # when neither config nor environment say
    # --output json: the table of the answers' types,
    # euca2ools/data/types/<TYPES>.json (scripts/gen_types.py makes it from
    # botocore's model); None: no model, every value stays a string.
    TYPES = None
    # Actions beyond Describe*/List*/Get* whose answers carry data: their
    # commands have --output json (a test checks them against the model).
    DATA_ACTIONS = frozenset()

    def __init__(self, context, url=None, url_source='-U/--url'):
        """URL (if given) came from URL_SOURCE: named in errors about it."""
        self.context = context
        self.regionuser = context.regionuser
        self.url_note = None   # set by _resolve for a URL with no scheme
        self.url, self.region_name = self._resolve(url, url_source)
        self._http = None

    # -- endpoint and region ----------------------------------------------

    def _find_url(self, url_arg, url_source):
        """(URL as written, where it came from) or (None, None)."""
        if url_arg and url_arg.strip():
            return url_arg.strip(), url_source
        env = self.context.environ
        for var in self.URL_ENVVARS:
            value = (env.get(var) or '').strip()
            if value:
                return value, var
        if self.AWS_SERVICE_ID:
            value = (env.get('AWS_ENDPOINT_URL') or '').strip()
            if value:
                return value, 'AWS_ENDPOINT_URL'
        ru = self.regionuser
        value = (ru.get_option(f'{self.NAME}-url') or '').strip()
        if value:
            return value, f"{self.NAME}-url in region '{ru.region}'"
        return None, None

    def _resolve(self, url_arg, url_source='-U/--url'):
        """(endpoint URL, signing region); checks the URL once, here, so a
        bad one is one line naming it and where it came from."""
        env = self.context.environ
        ru = self.regionuser
        self.url_note = None
        url, source = self._find_url(url_arg, url_source)
        region_from_url = None
        if url:
            region_from_url, url = split_region_prefix(url)
            if '://' not in url:
                self.url_note = (
                    f'{source} {url!r} has no scheme; https:// was assumed '
                    '(write http:// for a plain-HTTP endpoint)')
                url = 'https://' + url
            check_url(url, source)
            if source in self.URL_ENVVARS + ('AWS_ENDPOINT_URL',):
                self._warn_unknown_region(url, source)

        region = (region_from_url or env.get('AWS_AUTH_REGION')
                  or (ru.region_name if ru.region else None))
        if not region and url:
            match = AWS_HOST_REGION.match(_hostname(url))
            region = match.group(1) if match else None
        if not region:
            region = aws_profile_region(
                env, getattr(self.context, 'profile', None))
        if not url and region and not ru.region_is_configured \
                and AWS_REGION_NAME.match(region):
            url = self.aws_url(region)
        if not url:
            envs = ', '.join(self.URL_ENVVARS)
            unknown = (f"; region '{ru.region}' is in no config file"
                       if ru.region and not ru.region_is_configured else '')
            raise ClientError(
                f'no {self.NAME} endpoint: give -U/--url, set {envs}, or '
                f'choose a region (--region) whose config has '
                f'{self.NAME}-url{unknown}')
        region = region or FALLBACK_REGION
        if not SIGNING_REGION.fullmatch(region):
            raise ClientError(f'region name {printable(region, 100)!r} cannot '
                              'sign requests: use letters, digits, - _ and .')
        return url, region

    def _warn_unknown_region(self, url, source):
        """--region NAME that no config defines, with an endpoint from the
        environment: the region chose nothing, so say (once a run) which
        endpoint is used."""
        ru = self.regionuser
        if ru.source != '--region' or not ru.region \
                or ru.region_is_configured \
                or getattr(self.context, 'warned_unknown_region', False):
            return
        self.context.warned_unknown_region = True
        from .process import warn
        warn(f"region {printable(ru.region, 100)!r} is in no config file; "
             f'using {source} {url}')

    @classmethod
    def aws_url(cls, region):
        if cls.GLOBAL_AWS_URL:
            return cls.GLOBAL_AWS_URL
        return cls.AWS_URL.format(service=cls.NAME, region=region)

    @property
    def signing_name(self):
        return self.SIGNING_NAME or self.NAME

    # -- transport ----------------------------------------------------------

    @property
    def http(self):
        if self._http is None:
            options = settings.resolve(self.context)
            self._http = HttpClient(
                verify=verify_ssl(self.context),
                debug=self.context.debug, user_agent=user_agent(),
                stderr=self.context.stderr, environ=self.context.environ,
                url_note=self.url_note, **options)
        return self._http

    def signature_version(self):
        value = (self.regionuser.get_option(f'{self.NAME}-signature-version')
                 or self.regionuser.get_option('signature-version')
                 or self.context.environ.get('EUCA_SIGNATURE_VERSION')
                 or str(self.DEFAULT_SIGNATURE_VERSION))
        version = value.strip().lower().lstrip('v').replace('sigv', '')
        if version not in ('2', '4'):
            raise ClientError(f'config: signature-version must be 2 or 4, '
                              f'not {value!r}')
        return int(version)

    def signer(self):
        cls = SIGNERS[self.signature_version()]
        return cls(self.context.credentials, self.region_name,
                   self.signing_name)

    # Action -> the parameter that carries its idempotency token, for the
    # actions whose API (at the version we send) takes one.  query() fills
    # it when the user gave none, so a retried call cannot act twice.
    IDEMPOTENCY_TOKENS = {}

    def query(self, action, params, list_tags=(), version=None,
              stream=None):
        """Send one Query API call; return the parsed response data.

        With ``stream`` (a path of element names, e.g. ('reservationSet',))
        return a StreamedAnswer instead, whose items are parsed as the
        answer arrives.
        """
        params = {'Action': action, 'Version': version or self.API_VERSION,
                  **params}
        token = self.IDEMPOTENCY_TOKENS.get(action)
        if token and not params.get(token):
            import uuid
            params[token] = str(uuid.uuid4())
        read_only = action.startswith(READ_ONLY_PREFIXES)
        idempotent = bool(token) or read_only
        hint = None
        if token:
            hint = (f'it carried {token} {params[token]}, so running it '
                    f'again with --client-token {params[token]} finishes it '
                    'without doing it twice')
        signer = self.signer()

        def prepare(url):
            headers = {'Content-Type':
                       'application/x-www-form-urlencoded; charset=utf-8'}
            body, debug = signer.sign_query('POST', url, headers, params)
            if self.context.debug:
                self.http.log('    ' + debug.get('string_to_sign', '')
                              .replace('\n', '\n    '))
            return headers, body

        response = self.http.request('POST', self.url, prepare,
                                     throttled=_is_throttling,
                                     idempotent=idempotent, what=action,
                                     stream=bool(stream), redirects='never',
                                     changes=not read_only, retry_hint=hint)
        if response.status_code >= 300:
            error = error_from_response(response)
            if response.uncertain:
                raise _http.OutcomeUnknown(
                    _http.outcome_unknown(error, action, hint))
            raise error
        if stream:
            return StreamedAnswer(response, action, list_tags, stream,
                                  self.http.max_response_size)
        try:
            root_name, data = parse_answer(response.content, list_tags)
        except XMLError as err:
            raise not_the_answer(response, action, response.content, err)
        check_root(response, action, root_name, data)
        return payload(data, action)


# The transport's settings for a command (settings.resolve), by the name
# eustore calls it.
http_options = settings.resolve


def split_region_prefix(url):
    """("REGION", "URL") for "REGION::URL"; (None, URL) otherwise."""
    match = REGION_PREFIX.match(url)
    if match:
        return match.group(1), url[match.end():]
    return None, url


SIGNING_REGION = re.compile(r'[A-Za-z0-9._-]{1,100}')


def check_url(url, source):
    """ClientError unless URL is http(s)://HOST[:PORT]/... with a port in
    range; the message names the URL and SOURCE (-U/--url, EC2_URL, ...)."""
    import urllib.parse

    def bad(why):
        return ClientError(f'{source} {url!r} is not a usable endpoint URL: '
                           f'{why}')

    if any(char < ' ' or char == '\x7f' for char in url):
        raise bad('it contains a control character')
    if not url.isascii():
        raise bad('it contains non-ASCII characters (write the host in its '
                  'ASCII form, xn--..., and percent-encode the path)')
    try:
        parts = urllib.parse.urlsplit(url)
        hostname = parts.hostname
    except ValueError as err:
        raise bad(str(err))
    if parts.scheme.lower() not in URL_SCHEMES:
        raise bad(f'unknown scheme {parts.scheme!r} (use http:// or '
                  'https://)')
    if not hostname:
        raise bad('it has no host name')
    hostport = parts.netloc.rpartition('@')[2]
    port = (hostport.partition(']')[2] if hostport.startswith('[')
            else hostport).partition(':')[2]
    if port:
        if not (port.isascii() and port.isdigit()):
            raise bad(f'port {port!r} is not a number')
        if not 1 <= int(port) <= 65535:
            raise bad(f'port {port} is out of range (1-65535)')


def verify_ssl(context):
    """False for --no-verify-ssl, else the region's verify-ssl."""
    verify = getattr(context, 'verify', None)
    if verify is not None:
        return verify()
    return context.regionuser.get_bool('verify-ssl', True)


def _hostname(url):
    import urllib.parse
    return urllib.parse.urlsplit(url).hostname or ''

