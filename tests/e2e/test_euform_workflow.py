"""A CloudFormation stack's life against moto, through the euform commands."""

import json
import re
import time

TEMPLATE = {
    'AWSTemplateFormatVersion': '2010-09-09',
    'Description': 'euform e2e stack',
    'Parameters': {
        'GroupDescription': {'Type': 'String', 'Default': 'a group'},
        'Subnets': {'Type': 'CommaDelimitedList'},
    },
    'Resources': {
        'Group': {'Type': 'AWS::EC2::SecurityGroup',
                  'Properties': {
                      'GroupDescription': {'Ref': 'GroupDescription'},
                      'Tags': [{'Key': 'subnets', 'Value': {
                          'Fn::Join': [':', {'Ref': 'Subnets'}]}}]}},
    },
    'Outputs': {'GroupName': {'Value': {'Ref': 'Group'}}},
}


def test_stack_life_cycle(cli, tmp_path):
    path = tmp_path / 'stack.json'
    path.write_text(json.dumps(TEMPLATE, indent=2))

    # moto's ValidateTemplate runs cfn-lint and answers with rows we can
    # only check loosely; tests/unit checks the exact rows.
    validated = cli('euform-validate-template', '--template-file', path,
                    check=False)
    if validated.returncode == 0:
        assert validated.stdout.splitlines()[0] == \
            'DESCRIPTION\teuform e2e stack'

    stack_id = cli('euform-create-stack', 'web', '--template-file', path,
                   '-p', 'Subnets=subnet-a,subnet-b',
                   '-p', 'GroupDescription=web servers',
                   '--tag', 'owner=qa').stdout.strip()
    assert stack_id.startswith('arn:aws:cloudformation:')
    assert ':stack/web/' in stack_id

    for _ in range(50):
        rows = cli.rows('euform-describe-stacks', 'web')
        if rows[0][2] != 'CREATE_IN_PROGRESS':
            break
        time.sleep(0.2)
    assert rows[0][:3] == ['STACK', 'web', 'CREATE_COMPLETE']
    assert rows[0][4] == 'euform e2e stack'
    params = {row[1]: row for row in rows if row[0] == 'PARAMETER'}
    assert params['GroupDescription'] == ['PARAMETER', 'GroupDescription', '',
                                          'web servers']
    # One parameter, commas and all (moto shows list values as a list).
    assert 'subnet-a' in params['Subnets'][3]
    assert 'subnet-b' in params['Subnets'][3]
    outputs = [row for row in rows if row[0] == 'OUTPUT']
    assert len(outputs) == 1 and outputs[0][1] == 'GroupName'
    group = outputs[0][2]

    long_lines = cli('euform-describe-stacks', '--show-long').stdout
    assert long_lines.splitlines()[1:3] == [stack_id, '']

    resources = cli.rows('euform-describe-stack-resources', '-n', 'web')
    assert [row[:4] for row in resources] == [
        ['RESOURCE', 'Group', group, 'AWS::EC2::SecurityGroup']]
    assert resources[0][5] == 'CREATE_COMPLETE'
    listed = cli.rows('euform-list-stack-resources', 'web')
    assert listed[0][:3] == ['RESOURCE', 'Group', group]
    one = cli.rows('euform-describe-stack-resource', 'web', '-l', 'Group')
    assert one[0][:3] == ['RESOURCE', 'Group', group]

    events = cli.rows('euform-describe-stack-events', 'web')
    assert events and all(row[0] == 'EVENT' and row[1] == 'web'
                          for row in events)
    assert 'CREATE_COMPLETE' in {row[7] for row in events}

    assert json.loads(cli('euform-get-template', 'web').stdout) == TEMPLATE
    stacks = cli.rows('euform-list-stacks')
    assert ['web', 'CREATE_COMPLETE'] in [row[1:3] for row in stacks]

    updated = cli('euform-update-stack', 'web', '-p', 'Subnets=subnet-c',
                  '-p', 'GroupDescription=web servers').stdout.strip()
    assert updated == stack_id

    assert cli('euform-delete-stack', 'web').stdout == ''
    gone = cli('euform-describe-stacks', 'web', check=False)
    assert gone.returncode == 1 and gone.stdout == ''
    assert gone.stderr.startswith('euform-describe-stacks: error (')
    assert 'does not exist' in gone.stderr
    assert len(gone.stderr.splitlines()) == 2
    assert re.fullmatch(r'euform-describe-stacks: request ID [\w-]+; run '
                        r'with --debug to see the exchange',
                        gone.stderr.splitlines()[1])
