"""What every euform-* command sends and prints, checked in-process."""

import pytest
import responses

from tests.query_helpers import query_xml, sent

from euca2ools.commands.euform.cancelupdatestack import CancelUpdateStack
from euca2ools.commands.euform.continueupdaterollback import \
    ContinueUpdateRollback
from euca2ools.commands.euform.createstack import CreateStack
from euca2ools.commands.euform.deletestack import DeleteStack
from euca2ools.commands.euform.describestackevents import \
    DescribeStackEvents
from euca2ools.commands.euform.describestackresource import \
    DescribeStackResource
from euca2ools.commands.euform.describestackresources import \
    DescribeStackResources
from euca2ools.commands.euform.describestacks import DescribeStacks
from euca2ools.commands.euform.gettemplate import GetTemplate
from euca2ools.commands.euform.gettemplatesummary import GetTemplateSummary
from euca2ools.commands.euform.liststackresources import ListStackResources
from euca2ools.commands.euform.liststacks import ListStacks
from euca2ools.commands.euform.updatestack import UpdateStack
from euca2ools.commands.euform.validatetemplate import ValidateTemplate

URL = 'http://cloud.test/'
NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/'
ARN = 'arn:aws:cloudformation:us-east-1:123456789012:stack/web/1234'
TEMPLATE = '{"Resources": {"G": {"Type": "AWS::EC2::SecurityGroup"}}}'


def reply(action, result=''):
    return query_xml(NS, action, result)


@pytest.fixture
def template(tmp_path):
    path = tmp_path / 'stack.json'
    path.write_text(TEMPLATE)
    return path


@responses.activate
def test_create_stack_parameters_keep_commas(inprocess, template):
    responses.post(URL, body=reply('CreateStack',
                                   f'<StackId>{ARN}</StackId>'))
    code, out, err = inprocess(CreateStack, [
        'web', '--template-file', template, '-p',
        'Subnets=subnet-a,subnet-b', '-p', 'Size=2;Name=x;y', '-p', 'Empty=',
        '--capabilities', 'CAPABILITY_IAM,CAPABILITY_NAMED_IAM', '-d',
        '-n', 'arn:sns:a,arn:sns:b', '-n', 'arn:sns:c', '-t', '5',
        '--tag', 'owner=me', '--tag', 'bare'])
    assert (code, err, out) == (0, '', ARN + '\n')
    params = sent()
    assert params['Action'] == 'CreateStack'
    assert params['Version'] == '2010-05-15'
    assert params['StackName'] == 'web'
    assert params['TemplateBody'] == TEMPLATE
    members = {(params[f'Parameters.member.{i}.ParameterKey'],
                params[f'Parameters.member.{i}.ParameterValue'])
               for i in range(1, 5)}
    assert members == {('Subnets', 'subnet-a,subnet-b'), ('Size', '2'),
                       ('Name', 'x;y'), ('Empty', '')}
    assert 'Parameters.member.5.ParameterKey' not in params
    assert params['Capabilities.member.2'] == 'CAPABILITY_NAMED_IAM'
    assert params['DisableRollback'] == 'true'
    assert [params[f'NotificationARNs.member.{i}'] for i in (1, 2, 3)] == \
        ['arn:sns:a', 'arn:sns:b', 'arn:sns:c']
    assert params['TimeoutInMinutes'] == '5'
    assert (params['Tags.member.1.Key'], params['Tags.member.1.Value'],
            params['Tags.member.2.Key'], params['Tags.member.2.Value']) == \
        ('owner', 'me', 'bare', '')


@responses.activate
def test_create_stack_template_url_and_no_body(inprocess):
    responses.post(URL, body=reply('CreateStack',
                                   f'<StackId>{ARN}</StackId>'))
    code, out, _ = inprocess(CreateStack, [
        'web', '--template-url', 'http://s3.test/t.json'])
    assert code == 0
    params = sent()
    assert params['TemplateURL'] == 'http://s3.test/t.json'
    assert 'TemplateBody' not in params and 'DisableRollback' not in params


@pytest.mark.parametrize('content, message', [
    ('{"Resources": {"G": }', 'invalid JSON template: Expecting value: '
                              'line 1 column 21 (char 20)'),
    ('Resources:\n\tG: 1\n', 'invalid YAML template: line 2 column 1: tab'),
    ('  \n', 'the template is empty'),
])
def test_bad_templates_fail_before_sending(inprocess, tmp_path, content,
                                           message):
    path = tmp_path / 'bad.template'
    path.write_text(content)
    for command, argv in ((CreateStack, ['web']), (ValidateTemplate, []),
                          (UpdateStack, ['web'])):
        code, out, err = inprocess(command,
                                   argv + ['--template-file', path])
        assert (code, out) == (1, '')
        assert f'{path}: {message}' in err
        assert len(err.strip().splitlines()) == 1


def test_missing_template_and_usage_errors(inprocess, tmp_path):
    code, out, err = inprocess(CreateStack, ['web', '--template-file',
                                             tmp_path / 'nope.json'])
    assert (code, out) == (1, '')
    assert err == ('euform-create-stack: error: No such file or directory: '
                   f'{tmp_path / "nope.json"}\n')
    code, _, err = inprocess(CreateStack, ['web'])
    assert code == 2 and 'one of the arguments --template-file' in err
    code, _, err = inprocess(CreateStack, ['web', '--template-url', 'u',
                                           '-p', 'novalue'])
    assert code == 2 and "must have form KEY=VALUE" in err


@responses.activate
def test_yaml_template_is_sent_as_is(inprocess, tmp_path):
    path = tmp_path / 'stack.yaml'
    path.write_text('Resources:\n  G:\n    Type: AWS::EC2::SecurityGroup\n')
    responses.post(URL, body=reply('ValidateTemplate',
                                   '<Description>d</Description>'
                                   '<Parameters/>'))
    code, out, _ = inprocess(ValidateTemplate, ['--template-file', path])
    assert code == 0
    assert sent()['TemplateBody'] == path.read_text()
    assert out == 'DESCRIPTION\td\n'


@responses.activate
def test_validate_template_rows(inprocess, template):
    responses.post(URL, body=reply('ValidateTemplate', (
        '<Description>My stack</Description>'
        '<Capabilities><member>CAPABILITY_IAM</member></Capabilities>'
        '<CapabilitiesReason>The following resource(s) require '
        'capabilities: [AWS::IAM::Role]</CapabilitiesReason>'
        '<Parameters><member><ParameterKey>Size</ParameterKey>'
        '<NoEcho>false</NoEcho><DefaultValue>2</DefaultValue>'
        '<Description>how many</Description></member>'
        '<member><ParameterKey>Password</ParameterKey><NoEcho>true</NoEcho>'
        '</member></Parameters>')))
    code, out, _ = inprocess(ValidateTemplate, ['--template-file', template])
    assert code == 0
    params = sent()
    assert (params['Action'], params['TemplateBody']) == \
        ('ValidateTemplate', TEMPLATE)
    assert out.splitlines() == [
        'DESCRIPTION\tMy stack', 'CAPABILITY\tCAPABILITY_IAM',
        'CAPABILITIESREASON\tThe following resource(s) require '
        'capabilities: [AWS::IAM::Role]',
        'PARAMETER\tSize\tfalse\t2\thow many',
        'PARAMETER\tPassword\ttrue\t\t']


@responses.activate
def test_get_template_summary_rows(inprocess):
    responses.post(URL, body=reply('GetTemplateSummary', (
        '<Description>d</Description><Capabilities><member>CAPABILITY_IAM'
        '</member></Capabilities><CapabilitiesReason>iam</CapabilitiesReason>'
        '<ResourceTypes><member>AWS::IAM::Role</member></ResourceTypes>'
        '<Parameters><member><ParameterKey>Size</ParameterKey><NoEcho>false'
        '</NoEcho><ParameterConstraints><AllowedValues><member>1</member>'
        '<member>2</member></AllowedValues></ParameterConstraints></member>'
        '</Parameters><Metadata>{"a": 1}</Metadata>')))
    code, out, _ = inprocess(GetTemplateSummary, ['web'])
    assert code == 0
    assert sent()['StackName'] == 'web'
    assert out.splitlines() == [
        'DESCRIPTION\td', 'CAPABILITY\tCAPABILITY_IAM',
        'CAPABILITYREASON\tiam', 'RESOURCETYPES\tAWS::IAM::Role',
        'PARAMETER\tSize\tfalse\t\t', 'ALLOWED-VALUE\tSize\t1',
        'ALLOWED-VALUE\tSize\t2', 'METADATA\t{"a": 1}']
    code, _, err = inprocess(GetTemplateSummary, [
        'web', '--template-url', 'u'])
    assert code == 2 and 'not allowed with' in err


STACK = (
    '<member><StackName>web</StackName><StackId>' + ARN + '</StackId>'
    '<StackStatus>CREATE_COMPLETE</StackStatus><Description>My stack'
    '</Description><CreationTime>2017-01-02T03:04:05Z</CreationTime>'
    '<NotificationARNs><member>arn:sns:a</member></NotificationARNs>'
    '<Parameters><member><ParameterKey>Subnets</ParameterKey>'
    '<ParameterValue>subnet-a,subnet-b</ParameterValue></member>'
    '</Parameters><Outputs><member><OutputKey>Url</OutputKey>'
    '<OutputValue>http://x</OutputValue></member></Outputs></member>')


@responses.activate
def test_describe_stacks_rows_show_long_and_pages(inprocess):
    responses.post(URL, body=reply('DescribeStacks', (
        f'<Stacks>{STACK}</Stacks><NextToken>t2</NextToken>')))
    responses.post(URL, body=reply('DescribeStacks', (
        '<Stacks><member><StackName>db</StackName><StackStatus>'
        'ROLLBACK_COMPLETE</StackStatus><StackStatusReason>oops'
        '</StackStatusReason></member></Stacks>')))
    code, out, _ = inprocess(DescribeStacks, ['--show-long'])
    assert code == 0
    assert sent(1)['NextToken'] == 't2'
    assert out.splitlines() == [
        'STACK\tweb\tCREATE_COMPLETE\t\tMy stack\t2017-01-02T03:04:05Z',
        ARN, 'arn:sns:a',
        'PARAMETER\tSubnets\t\tsubnet-a,subnet-b', 'OUTPUT\tUrl\thttp://x',
        'STACK\tdb\tROLLBACK_COMPLETE\toops\t\t', '', '']


@responses.activate
def test_describe_stacks_one_stack_and_unknown_stack(inprocess):
    responses.post(URL, body=reply('DescribeStacks',
                                   f'<Stacks>{STACK}</Stacks>'))
    code, out, _ = inprocess(DescribeStacks, ['web', '--show-empty-fields'])
    assert code == 0 and sent()['StackName'] == 'web'
    assert out.splitlines()[0] == ('STACK\tweb\tCREATE_COMPLETE\t(nil)\t'
                                   'My stack\t2017-01-02T03:04:05Z')
    responses.post(URL, status=400, body=(
        '<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError'
        '</Code><Message>Stack with id nope does not exist</Message></Error>'
        '</ErrorResponse>').encode())
    code, out, err = inprocess(DescribeStacks, ['nope'])
    assert (code, out) == (1, '')
    assert err == ('euform-describe-stacks: error (ValidationError): Stack '
                   'with id nope does not exist\n'
                   'euform-describe-stacks: run with --debug to see the '
                   'exchange\n')


@responses.activate
def test_list_stacks_rows(inprocess):
    responses.post(URL, body=reply('ListStacks', (
        '<StackSummaries><member><StackName>web</StackName><StackStatus>'
        'DELETE_COMPLETE</StackStatus><TemplateDescription>t'
        '</TemplateDescription><CreationTime>c</CreationTime></member>'
        '</StackSummaries>')))
    code, out, _ = inprocess(ListStacks, [])
    assert code == 0 and sent()['Action'] == 'ListStacks'
    assert out == 'STACK\tweb\tDELETE_COMPLETE\t\tt\tc\n'


RESOURCE = ('<LogicalResourceId>G</LogicalResourceId><PhysicalResourceId>'
            'sg-1</PhysicalResourceId><ResourceType>AWS::EC2::SecurityGroup'
            '</ResourceType>{time}<ResourceStatus>CREATE_COMPLETE'
            '</ResourceStatus>')


@responses.activate
def test_resource_commands_rows(inprocess):
    responses.post(URL, body=reply('DescribeStackResources', (
        '<StackResources><member>'
        + RESOURCE.format(time='<Timestamp>t1</Timestamp>')
        + '</member></StackResources>')))
    responses.post(URL, body=reply('DescribeStackResource', (
        '<StackResourceDetail>'
        + RESOURCE.format(time='<LastUpdatedTimestamp>t2'
                               '</LastUpdatedTimestamp>')
        + '</StackResourceDetail>')))
    responses.post(URL, body=reply('ListStackResources', (
        '<StackResourceSummaries><member>'
        + RESOURCE.format(time='<LastUpdatedTimestamp>t3'
                               '</LastUpdatedTimestamp>')
        + '</member></StackResourceSummaries>')))
    code, out, _ = inprocess(DescribeStackResources, [
        '-n', 'web', '-l', 'G', '-p', 'sg-1'])
    assert code == 0
    assert out == 'RESOURCE\tG\tsg-1\tAWS::EC2::SecurityGroup\t\t' \
                  'CREATE_COMPLETE\t\n'
    params = sent(0)
    assert (params['Action'], params['StackName'],
            params['LogicalResourceId'], params['PhysicalResourceId']) == \
        ('DescribeStackResources', 'web', 'G', 'sg-1')
    code, out, _ = inprocess(DescribeStackResource, ['web', '-l', 'G'])
    assert code == 0
    assert (sent(1)['Action'], sent(1)['StackName'],
            sent(1)['LogicalResourceId']) == \
        ('DescribeStackResource', 'web', 'G')
    assert out.split('\t')[4] == 't2'
    code, out, _ = inprocess(ListStackResources, ['web'])
    assert code == 0 and sent(2)['StackName'] == 'web'
    assert out.split('\t')[:5] == ['RESOURCE', 'G', 'sg-1',
                                   'AWS::EC2::SecurityGroup', 't3']
    code, _, err = inprocess(DescribeStackResource, ['web'])
    assert code == 2 and '-l/--logical-resource-id' in err


@responses.activate
def test_describe_stack_events_rows(inprocess):
    responses.post(URL, body=reply('DescribeStackEvents', (
        '<StackEvents><member><StackName>web</StackName><EventId>e1'
        '</EventId><ResourceType>AWS::CloudFormation::Stack</ResourceType>'
        '<LogicalResourceId>web</LogicalResourceId><PhysicalResourceId>'
        + ARN + '</PhysicalResourceId><Timestamp>t</Timestamp>'
        '<ResourceStatus>CREATE_IN_PROGRESS</ResourceStatus>'
        '<ResourceStatusReason>User Initiated</ResourceStatusReason>'
        '</member></StackEvents>')))
    code, out, _ = inprocess(DescribeStackEvents, ['web'])
    assert code == 0 and sent()['StackName'] == 'web'
    assert out == (f'EVENT\tweb\te1\tAWS::CloudFormation::Stack\tweb\t{ARN}'
                   '\tt\tCREATE_IN_PROGRESS\tUser Initiated\n')


@responses.activate
def test_get_template_prints_the_body(inprocess):
    responses.post(URL, body=reply(
        'GetTemplate', '<TemplateBody>{\n  "a": 1\n}\n</TemplateBody>'))
    code, out, _ = inprocess(GetTemplate, ['web'])
    assert code == 0 and sent()['Action'] == 'GetTemplate'
    # Printed as sent plus a newline: a trailing newline leaves a blank line.
    assert out == '{\n  "a": 1\n}\n\n'


@responses.activate
def test_continue_rollback_role_must_be_an_arn(inprocess):
    responses.post(URL, body=reply('ContinueUpdateRollback'))
    code, out, err = inprocess(ContinueUpdateRollback,
                               ['web', '--role', 'my-role'])
    assert (code, out) == (2, '')
    assert 'argument --role: ARN must begin with "arn:"' in err
    assert not responses.calls


@responses.activate
def test_update_stack_previous_template_and_delete_tags(inprocess, template):
    responses.post(URL, body=reply('UpdateStack',
                                   f'<StackId>{ARN}</StackId>'))
    responses.post(URL, body=reply('UpdateStack',
                                   f'<StackId>{ARN}</StackId>'))
    code, out, _ = inprocess(UpdateStack, ['web', '-p', 'Size=3',
                                           '--delete-tags'])
    assert (code, out) == (0, ARN + '\n')
    params = sent(0)
    assert params['UsePreviousTemplate'] == 'true'
    assert params['Tags'] == ''
    assert params['Parameters.member.1.ParameterValue'] == '3'
    code, _, _ = inprocess(UpdateStack, ['web', '--template-file', template,
                                         '--tag', 'a=b', '--capabilities',
                                         'CAPABILITY_IAM'])
    params = sent(1)
    assert code == 0 and 'UsePreviousTemplate' not in params
    assert (params['TemplateBody'], params['Tags.member.1.Key'],
            params['Capabilities.member.1']) == (TEMPLATE, 'a',
                                                 'CAPABILITY_IAM')
    code, _, err = inprocess(UpdateStack, ['web', '--tag', 'a',
                                           '--delete-tags'])
    assert code == 2 and 'not allowed with' in err


@pytest.mark.parametrize('command, argv, expected', [
    (DeleteStack, ['web', '--force'],
     {'Action': 'DeleteStack', 'StackName': 'web'}),
    (CancelUpdateStack, ['web'],
     {'Action': 'CancelUpdateStack', 'StackName': 'web'}),
    (ContinueUpdateRollback, ['web', '--skip', 'A', '--skip', 'B',
                              '--role', 'arn:role'],
     {'Action': 'ContinueUpdateRollback', 'StackName': 'web',
      'ResourcesToSkip.member.1': 'A', 'ResourcesToSkip.member.2': 'B',
      'RoleARN': 'arn:role'}),
])
@responses.activate
def test_silent_commands(inprocess, command, argv, expected):
    responses.post(URL, body=reply(command.ACTION))
    code, out, err = inprocess(command, argv)
    assert (code, out, err) == (0, '', '')
    params = sent()
    assert {k: params[k] for k in expected} == expected
    assert params['Version'] == '2010-05-15'
    assert 'force' not in ''.join(params).lower()


@pytest.mark.parametrize('command', [
    CancelUpdateStack, ContinueUpdateRollback, CreateStack, DeleteStack,
    DescribeStackEvents, DescribeStackResource, DescribeStackResources,
    DescribeStacks, GetTemplate, GetTemplateSummary, ListStackResources,
    ListStacks, UpdateStack, ValidateTemplate])
def test_help(inprocess, command):
    with pytest.raises(SystemExit) as exit_info:
        inprocess(command, ['--help'])
    assert exit_info.value.code == 0
    assert command.COMMAND.startswith('euform-')
