"""Query requests and answers for in-process tests: what a request carried,
read the same way by every test, and answers shaped like the services' own.

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


EC2_NS = 'http://ec2.amazonaws.com/doc/2015-10-01/'


def ec2_xml(action, inner='', namespace=EC2_NS):
    """An EC2-shaped answer: INNER in <ACTIONResponse>, after a requestId."""
    return (f'<{action}Response xmlns="{namespace}"><requestId>r-1'
            f'</requestId>{inner}</{action}Response>').encode()


def query_xml(namespace, action, result=''):
    """A Query-shaped answer (ELB, Auto Scaling, CloudWatch, CloudFormation,
    IAM, STS): RESULT in <ACTIONResult>, then the ResponseMetadata."""
    return (f'<{action}Response xmlns="{namespace}"><{action}Result>{result}'
            f'</{action}Result><ResponseMetadata><RequestId>7c6e177f-f082-'
            f'11e1-ac58-3714bEXAMPLE</RequestId></ResponseMetadata>'
            f'</{action}Response>').encode()


def members(*values):
    """<member> elements, one a value."""
    return ''.join(f'<member>{value}</member>' for value in values)


# EC2's answer to DescribeAvailabilityZones: one zone, available.
ZONES = (b'<DescribeAvailabilityZonesResponse><availabilityZoneInfo><item>'
         b'<zoneName>z1</zoneName><zoneState>available</zoneState>'
         b'<messageSet/></item></availabilityZoneInfo>'
         b'</DescribeAvailabilityZonesResponse>')
