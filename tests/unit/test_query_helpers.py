"""The one reading of a sent Query body that every test uses."""

import pytest

from tests.query_helpers import query_params


def test_a_blank_value_is_a_parameter_sent():
    assert query_params(b'Action=CreateTags&Tag.1.Key=k&Tag.1.Value=') == {
        'Action': 'CreateTags', 'Tag.1.Key': 'k', 'Tag.1.Value': ''}
    assert query_params('Description') == {'Description': ''}
    assert query_params(None) == query_params(b'') == {}


def test_a_parameter_sent_twice_is_an_error():
    with pytest.raises(ValueError, match='sent twice'):
        query_params('Action=A&InstanceId.1=i-1&InstanceId.1=i-2')
