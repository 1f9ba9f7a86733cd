"""What a Query request carried, read the same way by every test.

A parameter sent with an empty value (``Description=``) is a parameter sent:
it is kept, as '', so that a test sees exactly what the server would.  A
parameter sent twice is an error in itself (the Query protocol never repeats
a name): a ValueError, which fails the test that reads it.
"""

import urllib.parse

import responses


def query_params(body):
    """The parameters of a form-encoded body (bytes, str or None): a dict,
    blank values included.  ValueError if the body is not UTF-8 or names a
    parameter twice."""
    if isinstance(body, bytes):
        body = body.decode('utf-8')
    pairs = urllib.parse.parse_qsl(body or '', keep_blank_values=True)
    params = dict(pairs)
    if len(params) != len(pairs):
        raise ValueError(f'a parameter is sent twice: {body}')
    return params


def sent(index=0, mock=responses):
    """The parameters of request INDEX that MOCK (the default `responses`
    mock, or a ``responses.RequestsMock``) received."""
    return query_params(mock.calls[index].request.body)


def all_sent(mock=responses):
    """The parameters of every request MOCK received, in order."""
    return [query_params(call.request.body) for call in mock.calls]
