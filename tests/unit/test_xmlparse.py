import pytest

from euca2ools.core.xmlparse import XMLError, parse_error, parse_response

EC2_NS = b'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"'


def test_ec2_items_become_lists_and_namespaces_are_ignored():
    body = b'''<?xml version="1.0"?>
<DescribeKeyPairsResponse ''' + EC2_NS + b'''>
  <requestId>r-1</requestId>
  <keySet>
    <item><keyName>a</keyName><keyFingerprint>f1</keyFingerprint></item>
  </keySet>
  <tagSet>
  </tagSet>
</DescribeKeyPairsResponse>'''
    data = parse_response(body, ['keySet', 'tagSet'])
    assert data == {'keySet': [{'keyName': 'a', 'keyFingerprint': 'f1'}],
                    'tagSet': []}


def test_member_lists_and_result_wrapper_are_unwrapped():
    body = b'''<DescribeLoadBalancersResponse xmlns="urn:x">
  <DescribeLoadBalancersResult>
    <LoadBalancerDescriptions>
      <member><LoadBalancerName>lb</LoadBalancerName>
        <AvailabilityZones><member>a</member><member>b</member></AvailabilityZones>
      </member>
    </LoadBalancerDescriptions>
  </DescribeLoadBalancersResult>
  <ResponseMetadata><RequestId>x</RequestId></ResponseMetadata>
</DescribeLoadBalancersResponse>'''
    data = parse_response(body, action='DescribeLoadBalancers')
    assert data == {'LoadBalancerDescriptions': [
        {'LoadBalancerName': 'lb', 'AvailabilityZones': ['a', 'b']}]}


def test_repeated_siblings_collect_into_a_list():
    body = b'<R><Contents><Key>a</Key></Contents><Contents><Key>b</Key>' \
           b'</Contents><Name>bucket</Name></R>'
    assert parse_response(body) == {
        'Contents': [{'Key': 'a'}, {'Key': 'b'}], 'Name': 'bucket'}


@pytest.mark.parametrize('body', [
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "boom">]><r>&x;</r>',
    b'<!DOCTYPE r SYSTEM "http://example.com/r.dtd"><r/>',
])
def test_dtds_and_entities_are_refused(body):
    with pytest.raises(XMLError):
        parse_response(body)


@pytest.mark.parametrize('body', [b'', b'not xml', b'<a><b></a>'])
def test_malformed_xml_is_a_client_error(body):
    with pytest.raises(XMLError):
        parse_response(body)


def test_error_bodies_of_both_shapes():
    ec2 = (b'<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code>'
           b'<Message>The instance ID i-1 does not exist</Message></Error>'
           b'</Errors><RequestID>req</RequestID></Response>')
    assert parse_error(ec2) == ('InvalidInstanceID.NotFound',
                                'The instance ID i-1 does not exist', 'req')
    query = (b'<ErrorResponse xmlns="urn:x"><Error><Type>Sender</Type>'
             b'<Code>NoSuchEntity</Code><Message>no user</Message></Error>'
             b'<RequestId>r2</RequestId></ErrorResponse>')
    assert parse_error(query) == ('NoSuchEntity', 'no user', 'r2')
    assert parse_error(b'<html><title>500</title></html>') is None
