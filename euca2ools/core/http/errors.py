"""Transport failures and their one-line messages.

The classifiers are pure: they take what an attempt knows (the host, the
exception, which watchdog deadline fired, the bounds) and return the error
to raise, with ``sent`` and ``final`` set for the retry policy.
"""

import http.client
import socket
import urllib.parse

from ..errors import ClientError, redact_userinfo
from ..settings import setting
from .limits import STREAM_PROGRESS


class TransportError(ClientError):
    """One attempt failed without an HTTP answer.

    ``sent`` says whether the whole request reached the server (so it may
    have acted on it); ``final`` that retrying cannot help.
    """

    def __init__(self, message, sent=False, final=False):
        super().__init__(message)
        self.sent = sent
        self.final = final


class OutcomeUnknown(ClientError):
    """A request that must not be sent twice was sent, and no answer came."""


def host_of(url):
    """The host (and port) that messages name for ``url``, never its
    user name or password."""
    parts = urllib.parse.urlsplit(url)
    return parts.netloc.rpartition('@')[2] or redact_userinfo(url)


def reason(err):
    """A short reason without repr noise (and never a header value)."""
    if isinstance(err, OSError) and err.strerror:
        return err.strerror
    text = str(err) or type(err).__name__
    return text.splitlines()[0][:200]


def connect_error(host, err, fired, connect_timeout, url_note=None):
    """Connecting (TCP and TLS) failed with ``err``; ``fired`` is the phase
    whose deadline the watchdog saw pass, if any."""
    import ssl
    note = f' ({url_note})' if url_note else ''
    if fired or isinstance(err, (TimeoutError, socket.timeout)):
        return TransportError(f'could not connect to {host} within '
                              f'{connect_timeout:g} s{note}')
    if isinstance(err, ssl.SSLCertVerificationError):
        return TransportError(
            f'TLS error talking to {host}: {err.verify_message or err}'
            f'{note} (for a self-signed cloud set verify-ssl = false in '
            'the region config, or name its CA with AWS_CA_BUNDLE)',
            final=True)
    if isinstance(err, ssl.SSLError):
        why = err.reason or str(err)
        return TransportError(f'TLS error talking to {host}: {why}{note}',
                              final=True)
    if isinstance(err, socket.gaierror):
        return TransportError(f'could not connect to {host}: unknown host '
                              f'({err.strerror}){note}', final=True)
    if isinstance(err, ConnectionRefusedError):
        return TransportError(f'could not connect to {host}: Connection '
                              f'refused{note}', final=True)
    if isinstance(err, ClientError):
        return TransportError(str(err), final=True)
    if isinstance(err, (OSError, http.client.HTTPException)):
        return TransportError(f'could not connect to {host}: '
                              f'{reason(err)}{note}')
    return TransportError(f'could not connect to {host}: {err}{note}',
                          final=True)


def send_error(host, err, fired, bound):
    """Sending the request failed with ``err`` (``bound``: its deadline)."""
    if fired:
        return TransportError(f'connected to {host}, but could not send the '
                              f'request within {bound:g} s')
    return TransportError(f'the connection to {host} broke while sending: '
                          f'{reason(err)}')


def answer_error(host, err, fired, timeout, total=None):
    """Receiving the answer failed with ``err`` (None when only the
    watchdog's ``fired`` deadline says so); ``total``: the answer's whole
    deadline (answer-deadline), the phase 'total'."""
    if fired == 'total':
        bound = setting('answer-deadline')
        return TransportError(
            f'the answer from {host} was still arriving after {total:g} s '
            f'({bound.name}; raise it in the config or with {bound.env})',
            sent=True)
    if fired == 'stream':
        return TransportError(
            f'the download from {host} stalled: less than '
            f'{STREAM_PROGRESS // 1024} KiB in {timeout:g} s', sent=True)
    if fired:
        return TransportError(f'connected to {host}, but no complete '
                              f'answer within {timeout:g} s', sent=True)
    if isinstance(err, (TimeoutError, socket.timeout)):
        return TransportError(f'connected to {host}, but it sent nothing '
                              f'for {timeout:g} s', sent=True)
    if isinstance(err, http.client.IncompleteRead):
        return TransportError(f'the connection to {host} closed before '
                              'the answer was complete', sent=True)
    if isinstance(err, http.client.RemoteDisconnected):
        return TransportError(f'{host} closed the connection without '
                              'answering', sent=True)
    if isinstance(err, http.client.HTTPException):
        return TransportError(f'{host} sent a malformed HTTP answer: '
                              f'{reason(err)}', sent=True)
    return TransportError(f'the connection to {host} broke before the '
                          f'answer was complete: {reason(err)}', sent=True)
