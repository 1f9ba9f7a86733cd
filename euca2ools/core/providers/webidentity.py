"""STS AssumeRoleWithWebIdentity (AWS_WEB_IDENTITY_TOKEN_FILE)."""

import time

from ..credentials import clean_credential
from ..errors import ClientError, EucaError
from .common import _credentials, _sts, _sts_credentials, _unsigned_query


def from_web_identity(context, environ):
    token_file = (environ.get('AWS_WEB_IDENTITY_TOKEN_FILE') or '').strip()
    if not token_file:
        return None
    role_arn = (environ.get('AWS_ROLE_ARN') or '').strip()
    if not role_arn:
        raise ClientError('AWS_WEB_IDENTITY_TOKEN_FILE is set but '
                          'AWS_ROLE_ARN is not')
    return web_identity(context, token_file, 'AWS_WEB_IDENTITY_TOKEN_FILE',
                        role_arn, environ.get('AWS_ROLE_SESSION_NAME'))


def web_identity(context, token_file, where, role_arn, session):
    """STS AssumeRoleWithWebIdentity with the token in TOKEN_FILE (named
    WHERE in errors)."""
    from ..config import read_text
    try:
        token = read_text(token_file, where)
    except OSError as err:
        raise ClientError(f'cannot read {where} {token_file}: '
                          f'{err.strerror or err}')
    token = clean_credential(token, f'the token in {where} {token_file}')
    if not token:
        raise ClientError(f'{where} {token_file} is empty')
    session = ((session or '').strip()
               or f'euca2ools-session-{int(time.time())}')
    sts = _sts(context)
    what = f'the AssumeRoleWithWebIdentity answer for {role_arn}'
    try:
        answer = _unsigned_query(sts, 'AssumeRoleWithWebIdentity', {
            'RoleArn': role_arn, 'RoleSessionName': session,
            'WebIdentityToken': token})
    except EucaError as err:
        raise ClientError(f'assuming role {role_arn} with {where} failed: '
                          f'{err}') from None
    values = _sts_credentials(answer, what)
    return _credentials(values, f'role {role_arn} (web identity)')
