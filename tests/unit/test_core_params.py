"""Parameter flattening, filters and argument declarations."""

import argparse

import pytest

from euca2ools.core import EMPTY, UsageError
from euca2ools.core.argtypes import block_device_mapping, tag_spec
from euca2ools.core.args import join_dash_values, Arg
from euca2ools.core.request import flatten_params
from euca2ools.commands.euca.describeinstances import DescribeInstances
from euca2ools.commands.euca.runinstances import RunInstances, instance_count


def test_flatten_nested_dicts_lists_and_scalars():
    flat = flatten_params({
        'InstanceId': ['i-1', 'i-2'],
        'Placement.AvailabilityZone': 'zone-a',
        'BlockDeviceMapping': [{'DeviceName': '/dev/sdb',
                                'Ebs': {'VolumeSize': 10,
                                        'DeleteOnTermination': False}}],
        'LoadBalancerNames.member': ['lb1'],
        'DryRun': None, 'Description': '', 'NoDevice': EMPTY,
        'Monitoring.Enabled': True})
    assert flat == {
        'InstanceId.1': 'i-1', 'InstanceId.2': 'i-2',
        'Placement.AvailabilityZone': 'zone-a',
        'BlockDeviceMapping.1.DeviceName': '/dev/sdb',
        'BlockDeviceMapping.1.Ebs.VolumeSize': '10',
        'BlockDeviceMapping.1.Ebs.DeleteOnTermination': 'false',
        'LoadBalancerNames.member.1': 'lb1',
        'NoDevice': '', 'Monitoring.Enabled': 'true'}


def test_filters_group_values_by_name_and_accept_tag_keys():
    params = DescribeInstances.filter_params(
        ['instance-state-name=running', 'tag:Name=web',
         'instance-state-name=stopped', 'key-name='])
    assert flatten_params(params) == {
        'Filter.1.Name': 'instance-state-name',
        'Filter.1.Value.1': 'running', 'Filter.1.Value.2': 'stopped',
        'Filter.2.Name': 'tag:Name', 'Filter.2.Value.1': 'web',
        'Filter.3.Name': 'key-name', 'Filter.3.Value.1': ''}


@pytest.mark.parametrize('spec, message', [
    ('bogus-name=1', 'unknown filter name'),
    ('no-equals-sign', 'must have form NAME=VALUE'),
    ('tag:=x', 'unknown filter name')])
def test_bad_filters_are_usage_errors(spec, message):
    with pytest.raises(UsageError, match=message):
        DescribeInstances.filter_params([spec])


@pytest.mark.parametrize('text, expected', [
    ('/dev/sdb=ephemeral0', {'DeviceName': '/dev/sdb',
                             'VirtualName': 'ephemeral0'}),
    ('/dev/sdc=none', {'DeviceName': '/dev/sdc', 'NoDevice': EMPTY}),
    ('/dev/sdd=snap-1234:20:true:io1:500',
     {'DeviceName': '/dev/sdd', 'Ebs': {
         'SnapshotId': 'snap-1234', 'VolumeSize': '20',
         'DeleteOnTermination': 'true', 'VolumeType': 'io1',
         'Iops': '500'}}),
    ('/dev/sde=:10', {'DeviceName': '/dev/sde',
                      'Ebs': {'VolumeSize': '10'}}),
])
def test_block_device_mappings(text, expected):
    assert block_device_mapping(text) == expected


@pytest.mark.parametrize('text', ['/dev/sdb', '/dev/sdb=:', '/dev/sdb=x:1',
                                  '/dev/sdb=:ten', '/dev/sdb=:1:maybe'])
def test_bad_block_device_mappings(text):
    with pytest.raises(argparse.ArgumentTypeError):
        block_device_mapping(text)


def test_tag_spec_without_value_sends_empty_value():
    assert tag_spec('Name=web=1') == {'Key': 'Name', 'Value': 'web=1'}
    assert tag_spec('flag') == {'Key': 'flag', 'Value': EMPTY}


def test_instance_count():
    assert instance_count('3') == (3, 3)
    assert instance_count('2-5') == (2, 5)
    assert instance_count('5-2') == (2, 5)    # 3.x swaps a reversed range
    for bad in ('0', '0-2', 'x'):
        with pytest.raises(argparse.ArgumentTypeError):
            instance_count(bad)


def test_dash_values_are_joined_to_their_option():
    declared = [Arg('-t', dash_value=True), Arg('-p', '--port-range',
                                                 dash_value=True)]
    assert join_dash_values(['g', '-t', '-1:-1', '--port-range', '-1', '-P',
                             'icmp'], declared) == \
        ['g', '-t=-1:-1', '--port-range=-1', '-P', 'icmp']


def test_store_true_flags_are_not_sent_when_absent():
    command = RunInstances({'ImageId': 'ami-1'}, context=object())
    assert command.params['Monitoring.Enabled'] is None
    assert 'Monitoring.Enabled' not in flatten_params(command.params)
