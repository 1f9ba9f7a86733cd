"""Streamed describes print exactly what the buffered path prints.

Every command that declares STREAM is run twice against the same two-page
answer, once streaming and once with STREAM switched off; the rows must be
byte-identical, and each page must be asked for once.
"""

import importlib
import sys

import pytest
import responses

from euca2ools.core.request import QueryRequest
from tests.conftest import ENTRY_POINTS
from tests.query_helpers import sent

URL = 'http://cloud.test/'
POSITIONAL = {'euform-describe-stack-events': ['stack']}


def streaming_commands():
    found = {}
    for name, (module, cls) in sorted(ENTRY_POINTS.items()):
        klass = getattr(importlib.import_module(module), cls)
        if isinstance(klass, type) and issubclass(klass, QueryRequest) \
                and klass.__dict__.get('STREAM') or getattr(klass, 'STREAM',
                                                            None):
            found.setdefault(klass, name)
    return [(name, klass) for klass, name in found.items()]


def item_xml(klass, n):
    """An item with the fields rows commonly read, all filled."""
    fields = ('instanceId', 'volumeId', 'groupId', 'groupName', 'publicIp',
              'resourceId', 'resourceType', 'key', 'value', 'size',
              'LoadBalancerName', 'DNSName', 'AlarmName', 'StateValue',
              'StackName', 'StackStatus', 'EventId', 'LogicalResourceId',
              'AutoScalingGroupName', 'LaunchConfigurationName', 'ImageId',
              'UserName', 'RoleName', 'GroupName', 'Arn', 'reservationId',
              'ownerId', 'spotInstanceRequestId', 'CreatedTime',
              'Timestamp')
    return ''.join(f'<{f}>{f[:4]}-{n}</{f}>' for f in fields)


def answer(klass, items, token=None):
    action = klass.ACTION
    ec2 = klass.SERVICE_CLASS.NAME == 'ec2'
    member = 'item' if ec2 else 'member'
    path = klass.STREAM.split('.')
    body = ''.join(f'<{member}>{item_xml(klass, n)}</{member}>'
                   for n in items)
    for name in reversed(path):
        body = f'<{name}>{body}</{name}>'
    paging = klass.paging()
    if token and paging:
        if paging.param == 'Marker' and paging.token == 'Marker':
            body += '<IsTruncated>true</IsTruncated>'
        body += f'<{paging.token}>{token}</{paging.token}>'
    elif paging and paging.token == 'Marker':
        body += '<IsTruncated>false</IsTruncated>'
    if not ec2:
        body = f'<{action}Result>{body}</{action}Result>' \
               '<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>'
    return f'<{action}Response>{body}</{action}Response>'.encode()


@pytest.mark.parametrize('name, klass', streaming_commands())
@responses.activate
def test_streamed_rows_equal_buffered_rows(name, klass, inprocess,
                                           monkeypatch):
    paged = klass.paging() is not None
    outputs = []
    for stream in (klass.STREAM, None):
        responses.reset()
        responses.post(URL, body=answer(klass, range(3), 'p2' if paged
                                        else None))
        if paged:
            responses.post(URL, body=answer(klass, range(3, 5)))
        monkeypatch.setattr(klass, 'STREAM', stream)
        argv = ['--show-long'] if any(
            '--show-long' in a.pargs for a in _args(klass)) else []
        argv += POSITIONAL.get(name, [])
        code, out, err = inprocess(klass, argv)
        assert (code, err) == (0, ''), name
        outputs.append(out)
        assert len(responses.calls) == (2 if paged else 1)
        if paged:
            assert sent(1)[klass.paging().param] == 'p2'
    streamed, buffered = outputs
    assert streamed == buffered
    assert ('-4' if paged else '-2') in streamed   # the last item printed


def _args(klass):
    from euca2ools.core.args import iter_args
    return list(iter_args(klass.collected_args()))


def test_describe_instances_rows_from_a_realistic_answer(inprocess,
                                                         monkeypatch):
    sys.path.insert(0, 'benchmarks')
    try:
        from describe_scale import describe_instances_body
    finally:
        sys.path.remove('benchmarks')
    from euca2ools.commands.euca.describeinstances import DescribeInstances
    body = describe_instances_body(300)
    outputs = []
    for stream in ('reservationSet', None):
        with responses.RequestsMock() as mock:
            mock.post(URL, body=body)
            monkeypatch.setattr(DescribeInstances, 'STREAM', stream)
            code, out, err = inprocess(DescribeInstances, [])
        assert (code, err) == (0, '')
        outputs.append(out)
    assert outputs[0] == outputs[1]
    assert outputs[0].count('\nINSTANCE\t') == 300
    assert outputs[0].count('RESERVATION\t') == 300
