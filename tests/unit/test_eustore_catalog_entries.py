"""A catalog entry of the wrong type is an error naming the entry, not an
"internal error"."""

import pytest
import responses

from euca2ools.commands.eustore.describeimages import DescribeImages

from tests.unit.error_helpers import one_line_error

URL = 'http://cloud.test/'


@pytest.mark.parametrize('entry, shown', [
    ('"centos"', 'image entry 2 is a string, not an object'),
    ('["centos"]', 'image entry 2 is a list, not an object'),
    ('null', 'image entry 2 is null, not an object'),
    ('{"name": "c7", "url": 5}', 'image entry 2 (c7): "url" is a number, '
                                 'not a string'),
    ('{"name": "c7", "hypervisors-supported": "kvm"}',
     '"hypervisors-supported" is a string, not a list of strings'),
    ('{"name": {"x": 1}}', '"name" is an object, not a string'),
])
@responses.activate
def test_a_catalog_entry_of_the_wrong_type_is_named(inprocess, entry, shown):
    responses.get(URL + 'catalog', body=(
        '{"version": "eustore-catalog-2011-12-29", "images": '
        f'[{{"name": "ok", "url": "ok.tgz"}}, {entry}]}}'))
    code, _, err = inprocess(DescribeImages, [], env={'EUSTORE_URL': URL})
    last = one_line_error(code, err)
    assert f'the catalog at {URL}catalog: {shown}' in last or shown in last
