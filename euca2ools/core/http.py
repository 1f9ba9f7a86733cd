"""HTTP transport: one requests session per command, timeouts, retries, --debug.

Retries (``max-retries``, default 2) happen on throttling, on HTTP
429/500/502/503/504, on timeouts and on connections the server reset; the wait
is exponential with full jitter, capped at MAX_BACKOFF seconds.  A refused
connection or an unknown host fails at once: waiting will not fix it.
"""

import random
import re
import sys
import time
import urllib.parse

from .errors import ClientError

RETRY_STATUSES = frozenset((429, 500, 502, 503, 504))
THROTTLING_CODES = frozenset((
    'Throttling', 'ThrottlingException', 'ThrottledException',
    'RequestThrottled', 'RequestLimitExceeded', 'SlowDown',
    'TooManyRequestsException', 'RequestThrottledException',
    'PriorRequestNotComplete', 'EC2ThrottledException'))
BASE_BACKOFF = 0.3
MAX_BACKOFF = 15.0
MAX_REDIRECTS = 5
DEFAULT_TIMEOUT = 30.0

_SECRET_PATTERNS = (
    (re.compile(r'(Signature=)[^,&\s]+'), r'\1<redacted>'),
    # S3 SigV2: "Authorization: AWS KEY_ID:SIGNATURE"
    (re.compile(r'(Authorization: AWS [^:\s]+:)\S+'), r'\1<redacted>'),
    (re.compile(r'((?:SecurityToken|X-Amz-Security-Token|SecretAccessKey|'
                r'Password|NewPassword|OldPassword|PrivateKey)(?:=|: ))'
                r'[^&\s]+', re.IGNORECASE), r'\1<redacted>'),
    (re.compile(r'(<(SecretAccessKey|SessionToken|Password|PrivateKey|'
                r'keyMaterial)>)[^<]*(</\2>)'), r'\1<redacted>\3'),
)


def redact(text):
    for pattern, repl in _SECRET_PATTERNS:
        text = pattern.sub(repl, text)
    return text


def backoff_delay(attempt):
    """Full-jitter exponential backoff for retry number ``attempt`` (0-based)."""
    return random.uniform(0, min(MAX_BACKOFF, BASE_BACKOFF * 2 ** attempt))


def _is_definitive_connect_failure(err):
    """True for refused connections and DNS failures (no point retrying)."""
    text = repr(err)
    return any(word in text for word in (
        'NewConnectionError', 'NameResolutionError', 'Connection refused',
        'Name or service not known', 'nodename nor servname'))


def describe_connection_error(err):
    text = str(err)
    for pattern in (r"Connection refused", r"Name or service not known",
                    r"Temporary failure in name resolution",
                    r"timed out", r"Connection reset by peer",
                    r"CERTIFICATE_VERIFY_FAILED[^'\"]*",
                    r"RemoteDisconnected\('([^']*)'"):
        match = re.search(pattern, text)
        if match:
            return match.group(1) if match.groups() else match.group(0)
    return text.splitlines()[0][:200] if text else type(err).__name__


class HttpClient:
    def __init__(self, timeout=DEFAULT_TIMEOUT, max_retries=2, verify=True,
                 debug=False, user_agent=None, stderr=None):
        self.timeout = timeout
        self.max_retries = max_retries
        self.verify = verify
        self.debug = debug
        self.user_agent = user_agent
        self.stderr = stderr or sys.stderr
        self._session = None
        self.sleep = time.sleep

    @property
    def session(self):
        if self._session is None:
            import requests   # lazy: the biggest import we have
            self._session = requests.Session()
            if self.user_agent:
                self._session.headers['User-Agent'] = self.user_agent
        return self._session

    def log(self, text):
        if self.debug:
            print(redact(text), file=self.stderr)

    def request(self, method, url, prepare, throttled=None, stream=False):
        """Send a request, retrying as the module docstring says.

        ``prepare(url)`` returns fresh ``(headers, body)``: it is called for
        every attempt so that each one is signed with the current time.
        ``throttled(response)`` says whether an error response is throttling.
        """
        import requests
        attempt = 0
        redirects = 0
        while True:
            headers, body = prepare(url)
            self.log(f'--> {method} {url}\n'
                     + ''.join(f'    {k}: {v}\n' for k, v in headers.items())
                     + (f'    {body.decode("utf-8", "replace")}'
                        if body and isinstance(body, bytes) and
                        len(body) < 65536 else ''))
            try:
                response = self.session.request(
                    method, url, headers=headers, data=body,
                    timeout=(min(10.0, self.timeout), self.timeout),
                    verify=self.verify, allow_redirects=False, stream=stream)
            except requests.exceptions.SSLError as err:
                raise ClientError(
                    f'TLS error talking to {_host(url)}: '
                    f'{describe_connection_error(err)} (set verify-ssl = '
                    'false in the region config for a self-signed cloud)')
            except (requests.exceptions.ConnectionError,
                    requests.exceptions.Timeout) as err:
                if (attempt < self.max_retries
                        and not _is_definitive_connect_failure(err)):
                    self._wait(attempt, f'{type(err).__name__}')
                    attempt += 1
                    continue
                raise ClientError(f'could not connect to {_host(url)}: '
                                  f'{describe_connection_error(err)}')
            except requests.exceptions.RequestException as err:
                raise ClientError(f'request to {_host(url)} failed: {err}')
            if not stream:
                self.log(f'<-- {response.status_code} {response.reason}\n'
                         + response.content.decode('utf-8', 'replace'))
            else:
                self.log(f'<-- {response.status_code} {response.reason}')
            if (response.status_code in (301, 302, 307, 308)
                    and response.headers.get('Location')
                    and redirects < MAX_REDIRECTS):
                url = urllib.parse.urljoin(url, response.headers['Location'])
                redirects += 1
                continue
            retry = (response.status_code in RETRY_STATUSES or
                     (response.status_code >= 400 and throttled is not None
                      and throttled(response)))
            if retry and attempt < self.max_retries:
                self._wait(attempt, f'HTTP {response.status_code}')
                attempt += 1
                continue
            return response

    def _wait(self, attempt, why):
        delay = backoff_delay(attempt)
        self.log(f'... {why}; retry {attempt + 1}/{self.max_retries} '
                 f'in {delay:.2f}s')
        self.sleep(delay)


def _host(url):
    parts = urllib.parse.urlsplit(url)
    return parts.netloc or url
