"""What the providers share: bounds, endpoints, checks, STS and the
HTTP client for unsigned fetches."""

import json
import time

from ..credentials import Credentials, parse_expiration
from ..errors import ClientError, printable


# A cached role session is used while at least this many seconds are left.
REFRESH_MARGIN = 300
PROCESS_TIMEOUT = 60.0           # seconds a credential_process may take
PROCESS_OUTPUT_LIMIT = 1 << 20   # bytes of its output read at most
ANSWER_LIMIT = 1 << 20           # bytes of a metadata answer
MAX_CHAIN = 5                    # source_profile hops
IMDS_TIMEOUT = 1.0
IMDS_TOKEN_TTL = '21600'
IMDS_URL = 'http://169.254.169.254/'
IMDS_ROLES = 'latest/meta-data/iam/security-credentials/'
CONTAINER_TIMEOUT = 2.0
CONTAINER_HOST = 'http://169.254.170.2'
# Besides loopback addresses, the hosts AWS_CONTAINER_CREDENTIALS_FULL_URI
# may name (botocore's list: ECS, EKS Pod Identity over IPv4 and IPv6).
CONTAINER_HOSTS = ('169.254.170.2', '169.254.170.23', 'fd00:ec2::23',
                   'localhost')


def _sts(context):
    from ...commands.euare import STS
    return STS(context)


def _sts_credentials(answer, what):
    creds = answer.get('Credentials') if isinstance(answer, dict) else None
    if not isinstance(creds, dict):
        raise ClientError(f'{what} holds no Credentials')
    return _check_values({
        'AccessKeyId': creds.get('AccessKeyId'),
        'SecretAccessKey': creds.get('SecretAccessKey'),
        'SessionToken': creds.get('SessionToken'),
        'Expiration': creds.get('Expiration')}, what, need_token=True)


def _check_values(values, what, need_token=False):
    """VALUES ({AccessKeyId, SecretAccessKey, SessionToken, Expiration})
    with every value a string and present where needed, and not expired;
    a ClientError naming WHAT (never a value) otherwise."""
    needed = ['AccessKeyId', 'SecretAccessKey'] + (
        ['SessionToken'] if need_token else [])
    for name, value in values.items():
        if value is not None and not isinstance(value, str):
            raise ClientError(f'{what}: {name} is not a string')
    missing = [name for name in needed if not (values.get(name) or '').strip()]
    if missing:
        raise ClientError(f'{what} has no {" or ".join(missing)}')
    if values.get('Expiration'):
        when = parse_expiration(values['Expiration'], f'{what}: Expiration')
        if when <= time.time():
            raise ClientError(f'{what}: the credentials expired at '
                              f'{printable(values["Expiration"], 40)}')
    return values


def _credentials(values, source):
    return Credentials(values['AccessKeyId'], values['SecretAccessKey'],
                       values.get('SessionToken'), source=source)


def _unsigned_query(service, action, params):
    """One Query API call without a signature (STS's web identity call)."""
    import urllib.parse

    from ..answers import check_root, error_from_response
    from ..xmlparse import XMLError, parse_answer, payload
    body = urllib.parse.urlencode({'Action': action,
                                   'Version': service.API_VERSION,
                                   **params}).encode('ascii')

    def prepare(url):
        return {'Content-Type':
                'application/x-www-form-urlencoded; charset=utf-8'}, body

    response = service.http.request('POST', service.url, prepare,
                                    idempotent=True, what=action,
                                    redirects='never')
    if response.status_code >= 300:
        raise error_from_response(response)
    try:
        root_name, data = parse_answer(response.content)
    except XMLError as err:
        raise ClientError(f'the {action} answer is not XML ({err})')
    check_root(response, action, root_name, data)
    return payload(data, action)


def _client(context, timeout, retries):
    from ..http import HttpClient
    from ..service import user_agent, verify_ssl
    return HttpClient(timeout=timeout, connect_timeout=timeout,
                      max_retries=retries, verify=verify_ssl(context),
                      debug=False, user_agent=user_agent(),
                      stderr=context.stderr, environ=context.environ,
                      max_response_size=ANSWER_LIMIT,
                      answer_deadline=timeout * 2)


def _get(client, method, url, headers):
    return client.request(method, url, lambda _url: (dict(headers), None),
                          idempotent=True, what=f'{method} {url}',
                          redirects='same-origin')


def _debug(context, text):
    from ..http.redact import debug
    debug(context, text)


def _json_answer(content, what, verb='answered'):
    """The JSON object CONTENT holds; else one line: WHAT VERB no JSON..."""
    try:
        values = json.loads(content.decode('utf-8'))
    except (UnicodeDecodeError, ValueError):
        raise ClientError(f'{what} {verb} no JSON document') from None
    if not isinstance(values, dict):
        raise ClientError(f'{what} {verb} no JSON object')
    return values
