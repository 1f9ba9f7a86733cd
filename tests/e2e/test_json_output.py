"""--output json and --query through the real transport against moto."""

import json

from tests.unit.error_helpers import error_line


def test_run_describe_and_create_volume_as_typed_json(cli):
    launched = cli.json('euca-run-instances', 'ami-12345678', '-n', '1')
    instance, = launched['Instances']          # one, still a list
    assert isinstance(instance['State']['Code'], int)
    assert instance['AmiLaunchIndex'] == 0
    instance_id = instance['InstanceId']

    out = cli('euca-describe-instances', '--query',
              'Reservations[].Instances[?State.Code==`16`][].InstanceId'
              ).stdout
    assert json.loads(out) == [instance_id]
    # As aws --output text prints it: ids=$(...) works without jq.
    out = cli('euca-describe-instances', '--query',
              'Reservations[].Instances[].[InstanceId, State.Name]',
              '--output', 'text').stdout
    assert out == f'{instance_id}\trunning\n'

    volume = cli.json('euca-create-volume', '-z', 'us-east-1a', '-s', '5')
    assert volume['Size'] == 5
    assert volume['Encrypted'] is False


def test_elb_and_iam_as_typed_json(cli):
    cli('eulb-create-lb', 'web', '-z', 'us-east-1a', '-l',
        'lb-port=80, protocol=HTTP, instance-port=8080')
    lb, = cli.json('eulb-describe-lbs')['LoadBalancerDescriptions']
    listener, = lb['ListenerDescriptions']
    assert listener['Listener']['LoadBalancerPort'] == 80
    assert listener['Listener']['InstancePort'] == 8080

    cli('euare-usercreate', 'alice')
    users = cli.json('euare-userlistbypath')
    assert users['IsTruncated'] is False
    assert [u['UserName'] for u in users['Users']] == ['alice']

    proc = cli('euare-userlistbypath', '--query', 'Users[', check=False)
    assert proc.returncode == 2 and proc.stdout == ''
    assert error_line(proc.stderr) == (
        "euare-userlistbypath: error: bad --query expression 'Users[': "
        'incomplete expression at the end')
