"""Helpers the euscale and euwatch request tests share: AWS-shaped Query
responses and the parameters a mocked call received."""

import importlib

from tests.conftest import ENTRY_POINTS
from tests.query_helpers import sent


def command(name):
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls)


def aws_xml(namespace, action, result=''):
    return (f'<{action}Response xmlns="{namespace}"><{action}Result>{result}'
            f'</{action}Result><ResponseMetadata><RequestId>7c6e177f-f082-'
            f'11e1-ac58-3714bEXAMPLE</RequestId></ResponseMetadata>'
            f'</{action}Response>').encode()


def members(*values):
    return ''.join(f'<member>{v}</member>' for v in values)


def sent_params(version, index=0):
    """The form parameters of call INDEX, with its API version checked."""
    params = sent(index)
    assert params.pop('Version') == version
    return params
