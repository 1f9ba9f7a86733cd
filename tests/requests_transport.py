"""Route HttpClient's single attempts through `requests`, so that the
`responses` library can stand in for a server in in-process tests.

The real transport (http.client with deadlines, size bounds and keep-alive)
is exercised against real sockets: moto in the end-to-end tests and the
hostile server in tests/unit/test_hostile_server.py (marked ``real_http``).
Everything above one attempt -- retries, idempotency, error shapes, answer
checks -- runs unchanged on top of this shim.
"""

import requests

from euca2ools.core import http
from tests.query_helpers import query_params


class _RawReader:
    def __init__(self, response):
        self.response = response

    def read1(self, size):
        try:
            return self.response.raw.read(size)
        except requests.RequestException as err:
            raise http.TransportError(str(err), sent=True)

    def close(self):
        self.response.close()


def send_once(self, method, url, headers, body, stream=False):
    session = getattr(self, '_requests_session', None)
    if session is None:
        session = self._requests_session = requests.Session()
    http.refuse_control_characters(headers)
    try:
        response = session.request(method, url, headers=headers, data=body,
                                   allow_redirects=False, stream=True,
                                   timeout=self.timeout)
    except requests.ConnectionError as err:
        text = str(err)
        sent = 'Connection refused' not in text
        raise http.TransportError(f'could not connect to {http.host_of(url)}: '
                                  f'{text[:200]}', sent=sent)
    reply = http.Response(response.status_code, response.reason,
                          http.Headers(response.headers.items()),
                          reader=_RawReader(response),
                          max_size=self.max_response_size, url=url)
    if not stream:
        reply.content
    return reply


def answer(body, status=200):
    """A `responses` callback whose answer's root names the action asked
    for: ``<R>...</R>`` in ``body`` becomes ``<ActionResponse>...``."""
    def callback(request):
        action = query_params(request.body).get('Action', 'Unknown')
        text = body.replace(b'<R>', f'<{action}Response>'.encode()) \
            .replace(b'</R>', f'</{action}Response>'.encode())
        return status, {}, text
    return callback
