"""``--output json`` of moto's answers is botocore's parse of the same XML.

The commands run in this process against the moto server, with the answer
bodies they read recorded; botocore parses each body and our document must
be what it made of it (tests/botocore_oracle.py).
"""

import json

import pytest

from tests.botocore_oracle import assert_same, botocore_parse
from tests.conftest import ENTRY_POINTS, SERVICE_URL_VARS

pytest.importorskip('botocore')

ARN = 'arn:aws:iam::123456789012'
TRUST = {'Version': '2012-10-17', 'Statement': [
    {'Effect': 'Allow', 'Principal': {'AWS': f'{ARN}:root'},
     'Action': 'sts:AssumeRole'}]}
TEMPLATE = {'Resources': {'G': {'Type': 'AWS::EC2::SecurityGroup',
                                'Properties': {'GroupDescription': 'g'}}},
            'Outputs': {'Name': {'Value': {'Ref': 'G'}}}}


@pytest.fixture
def recorded(monkeypatch):
    """The answer bodies commands read in this process, in order."""
    from euca2ools.core import answers, service
    bodies = []
    real_parse = service.parse_answer

    def parse_answer(body, *args, **kwargs):
        bodies.append(bytes(body))
        return real_parse(body, *args, **kwargs)

    class Recording(answers.AnswerParser):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.body = bytearray()
            bodies.append(self.body)

        def feed(self, chunk, final=False):
            self.body += chunk
            super().feed(chunk, final)

    # Buffered answers are parsed in service.py, streamed ones in
    # answers.py (StreamedAnswer).
    monkeypatch.setattr(service, 'parse_answer', parse_answer)
    monkeypatch.setattr(answers, 'parse_answer', parse_answer)
    monkeypatch.setattr(answers, 'AnswerParser', Recording)
    return bodies


def command_class(name):
    import importlib
    module, cls = ENTRY_POINTS[name]
    return getattr(importlib.import_module(module), cls)


@pytest.mark.real_http
def test_output_json_of_moto_answers_is_botocores_parse(cli, aws, inprocess,
                                                        recorded, tmp_path):
    cli('euca-create-group', 'web', '-d', 'Web servers')
    cli('euca-authorize', 'web', '-P', 'tcp', '-p', '80', '-s', '0.0.0.0/0')
    cli('eulb-create-lb', 'web-lb', '-z', 'us-east-1a', '-l',
        'lb-port=80, protocol=HTTP, instance-port=8080')
    cli('euscale-create-launch-config', 'lc', '-i', 'ami-12345678', '-t',
        'm1.small')
    cli('euscale-create-auto-scaling-group', 'grp', '-l', 'lc', '-m', '1',
        '-M', '2', '-z', 'us-east-1a', '--load-balancers', 'web-lb')
    cli('euwatch-put-metric-alarm', 'cpu-high', '--metric-name',
        'CPUUtilization', '--namespace', 'AWS/EC2', '--statistic', 'Average',
        '--period', '60', '--threshold', '80', '--comparison-operator',
        'GreaterThanThreshold', '--evaluation-periods', '2', '--dimensions',
        'AutoScalingGroupName=grp', '--unit', 'Percent')
    template = tmp_path / 'stack.json'
    template.write_text(json.dumps(TEMPLATE))
    cli('euform-create-stack', 'web', '--template-file', template)
    cli('euare-usercreate', 'alice')
    trust = tmp_path / 'trust.json'
    trust.write_text(json.dumps(TRUST))
    cli('euare-rolecreate', 'deployer', '-f', trust)

    env = {var: aws + '/' for var in SERVICE_URL_VARS}
    env.update({'EC2_USER_ID': '123456789012'})
    runs = [
        ('euca-run-instances', ['ami-12345678', '-n', '2', '-g', 'web']),
        ('euca-create-volume', ['-z', 'us-east-1a', '-s', '5']),
        ('euca-describe-instances', []),
        ('euca-describe-volumes', []),
        ('euca-describe-images', ['-a']),
        ('euca-describe-groups', []),
        ('euca-describe-availability-zones', []),
        ('euca-describe-keypairs', []),
        ('eulb-describe-lbs', []),
        ('euscale-describe-auto-scaling-groups', []),
        ('euscale-describe-launch-configs', []),
        ('euwatch-describe-alarms', []),
        ('euform-describe-stacks', []),
        ('euform-describe-stack-resources', ['-n', 'web']),
        ('euare-userlistbypath', []),
        ('euare-usergetattributes', ['-u', 'alice']),
        ('euare-rolelistbypath', []),
        ('euare-assumerole', ['deployer']),
    ]
    compared = []
    for name, argv in runs:
        cls = command_class(name)
        del recorded[:]
        code, out, err = inprocess(cls, argv + ['--output', 'json'], env=env)
        assert code == 0, (name, err)
        ours = json.loads(out)
        action = cls.ACTION
        answers = [bytes(body) for body in recorded
                   if f'<{action}Response'.encode() in bytes(body)[:300]]
        assert len(answers) == 1, (name, len(answers))
        theirs = botocore_parse(cls.SERVICE_CLASS.TYPES, action, answers[0])
        assert_same(ours, theirs, name)
        compared.append(action)
    assert len(compared) == len(runs)
