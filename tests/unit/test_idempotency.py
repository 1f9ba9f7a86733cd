"""Idempotency tokens: which actions carry one, and that one is always sent."""

import importlib

import pytest
import responses

from euca2ools.commands.euca import EC2
from euca2ools.core.request import QueryRequest
from tests.conftest import ENTRY_POINTS
from tests.query_helpers import all_sent
from tests.requests_transport import answer

# Actions of ours whose current API has a ClientToken that the API version
# we send (EC2 2015-10-01) does not: older clouds reject it as unknown.
NEWER_THAN_OUR_VERSION = {'CreateVolume', 'CreateNetworkAcl',
                          'CreateNetworkInterface', 'CreateRouteTable'}


def query_commands():
    seen = {}
    for name, (module, cls) in sorted(ENTRY_POINTS.items()):
        klass = getattr(importlib.import_module(module), cls)
        if isinstance(klass, type) and issubclass(klass, QueryRequest) \
                and klass.ACTION and klass.SERVICE_CLASS is EC2:
            seen.setdefault(klass.ACTION, (name, klass))
    return seen


def test_the_token_table_matches_the_ec2_model():
    botocore = pytest.importorskip('botocore.session')
    model = botocore.get_session().get_service_model('ec2')
    ours = query_commands()
    with_token = {action for action in ours
                  if action in model.operation_names
                  and 'ClientToken' in (model.operation_model(action)
                                        .input_shape.members
                                        if model.operation_model(action)
                                        .input_shape else {})}
    assert set(EC2.IDEMPOTENCY_TOKENS) == with_token - NEWER_THAN_OUR_VERSION
    assert NEWER_THAN_OUR_VERSION <= with_token


@pytest.mark.parametrize('action', sorted(EC2.IDEMPOTENCY_TOKENS))
@responses.activate
def test_every_token_action_sends_a_fresh_token(action, inprocess):
    name, klass = query_commands()[action]
    argv = {'RunInstances': ['ami-1'], 'RequestSpotInstances':
            ['ami-1', '-p', '0.1'], 'CopyImage': ['-r', 'r1', '-s', 'ami-1'],
            'CreateNatGateway': ['-s', 'subnet-1', '-a', 'eipalloc-1']}
    responses.add_callback(responses.POST, 'http://cloud.test/',
                           callback=answer(b'<R></R>'))
    for _ in range(2):
        inprocess(klass, argv[action])
    tokens = [params.get(EC2.IDEMPOTENCY_TOKENS[action])
              for params in all_sent()]
    assert len(tokens) == 2 and all(tokens), name
    assert tokens[0] != tokens[1]    # one token per command, not per process
