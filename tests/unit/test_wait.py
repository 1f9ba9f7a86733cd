"""--wait, in-process with `responses`: the paths moto cannot produce
(failure states, time-outs, describes that fail) and what the poll loop
sends and prints.  tests/e2e/test_wait.py runs the commands against moto."""

import subprocess
import sys

import pytest
import responses

from tests.unit.error_helpers import error_line
from tests.query_helpers import query_params

from euca2ools.commands.euca.attachvolume import AttachVolume
from euca2ools.commands.euca.createsnapshot import CreateSnapshot
from euca2ools.commands.euca.runinstances import RunInstances
from euca2ools.commands.euca.terminateinstances import TerminateInstances
from euca2ools.commands.eulb.registerinstanceswithloadbalancer import \
    RegisterInstancesWithLoadBalancer
from euca2ools.commands.euform.createstack import CreateStack
from euca2ools.commands.euform.deletestack import DeleteStack
from euca2ools.commands.euform.updatestack import UpdateStack
from euca2ools.commands.euscale.setdesiredcapacity import SetDesiredCapacity
from euca2ools.core.wait import loop
from euca2ools.core.request import QueryRequest

URL = 'http://cloud.test/'
FAST = {'EUCA_WAIT_INTERVAL': '0.001'}
EC2_NS = 'http://ec2.amazonaws.com/doc/2015-10-01/'
CFN_NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/'
ARN = 'arn:aws:cloudformation:us-east-1:123456789012:stack/web/1234'


def ec2(action, body):
    return f'<{action}Response xmlns="{EC2_NS}">{body}</{action}Response>'


def ec2_error(code, message, status=400):
    return status, (f'<Response><Errors><Error><Code>{code}</Code><Message>'
                    f'{message}</Message></Error></Errors><RequestID>r'
                    '</RequestID></Response>')


def query(action, body, ns=CFN_NS):
    return (f'<{action}Response xmlns="{ns}"><{action}Result>{body}'
            f'</{action}Result><ResponseMetadata><RequestId>r</RequestId>'
            f'</ResponseMetadata></{action}Response>')


def query_error(code, message, status=400):
    return status, (f'<ErrorResponse><Error><Type>Sender</Type><Code>{code}'
                    f'</Code><Message>{message}</Message></Error>'
                    '</ErrorResponse>')


def instance(instance_id, state, reason=''):
    reason = (f'<stateReason><code>Server.InternalError</code><message>'
              f'{reason}</message></stateReason>') if reason else ''
    return (f'<item><instanceId>{instance_id}</instanceId><instanceState>'
            f'<code>0</code><name>{state}</name></instanceState>{reason}'
            '</item>')


def reservation(*instances):
    return ('<reservationId>r-1</reservationId><ownerId>1</ownerId>'
            f'<groupSet/><instancesSet>{"".join(instances)}</instancesSet>')


def described(*instances):
    return ec2('DescribeInstances', '<reservationSet><item>'
               f'{reservation(*instances)}</item></reservationSet>')


RUN = ec2('RunInstances', reservation(instance('i-1', 'pending')))


def one_line_error(code, err):
    """The error line of a command that failed with exit 1 (after any
    progress line), checked to be the only one and no crash."""
    assert code == 1, err
    assert 'internal error' not in err and 'Traceback' not in err
    lines = err.rstrip('\n').split('\n')
    assert len(lines) == 1 or lines[-2].startswith('\r'), err
    assert ': error: ' in lines[-1]
    return lines[-1]


def last_drawn(err):
    """What a progress line showed last (it ends with a newline)."""
    assert err.endswith('\n')
    return err.rstrip('\n').rsplit('\r', 1)[-1].rstrip(' ')


class Script:
    """A `responses` callback: each Action gets its answers in turn (the
    last one repeats).  An answer is a body (200) or (status, body)."""

    def __init__(self, **answers):
        self.answers = answers
        self.actions = []

    def __call__(self, request):
        params = query_params(request.body)
        action = params['Action']
        seen = self.actions.count(action)
        self.actions.append(action)
        self.params = getattr(self, 'params', []) + [params]
        replies = self.answers[action]
        reply = replies[min(seen, len(replies) - 1)]
        status, text = reply if isinstance(reply, tuple) else (200, reply)
        return status, {}, text.encode()

    def count(self, action):
        return self.actions.count(action)


def serve(**answers):
    script = Script(**answers)
    responses.add_callback(responses.POST, URL, callback=script)
    return script


# -- instances ------------------------------------------------------------

@responses.activate
def test_without_wait_nothing_is_polled(inprocess):
    script = serve(RunInstances=[RUN])
    code, out, err = inprocess(RunInstances, ['ami-1'], env=FAST)
    assert (code, err) == (0, '')
    assert out.startswith('RESERVATION\tr-1')
    assert script.actions == ['RunInstances']


@responses.activate
def test_run_instances_waits_until_running(inprocess):
    script = serve(RunInstances=[RUN], DescribeInstances=[
        described(instance('i-1', 'pending')),
        described(instance('i-1', 'pending')),
        described(instance('i-1', 'running'))])
    code, out, err = inprocess(RunInstances, ['ami-1', '--wait'], env=FAST)
    assert (code, err) == (0, '')
    # The normal output, unchanged (the launch answer's pending state).
    assert out.splitlines()[1].split('\t')[:2] == ['INSTANCE', 'i-1']
    assert out.splitlines()[1].split('\t')[5] == 'pending'
    assert script.actions == ['RunInstances'] + ['DescribeInstances'] * 3
    assert script.params[1]['InstanceId.1'] == 'i-1'


@responses.activate
def test_instance_terminated_while_waiting_for_running(inprocess):
    serve(RunInstances=[RUN], DescribeInstances=[
        described(instance('i-1', 'pending')),
        described(instance('i-1', 'terminated',
                           'Server.InternalError: Internal error on launch'))])
    code, out, err = inprocess(RunInstances, ['ami-1', '--wait'], env=FAST)
    assert out.startswith('RESERVATION\tr-1\t')      # printed first
    assert one_line_error(code, err) == (
        'euca-run-instances: error: instance i-1 became terminated instead '
        'of running: Server.InternalError: Internal error on launch')


@responses.activate
def test_several_instances_one_fails(inprocess):
    run = ec2('RunInstances', reservation(instance('i-1', 'pending'),
                                          instance('i-2', 'pending')))
    serve(RunInstances=[run], DescribeInstances=[
        described(instance('i-1', 'running'), instance('i-2', 'pending')),
        described(instance('i-2', 'shutting-down'))])
    code, _, err = inprocess(RunInstances, ['ami-1', '-n', '2', '--wait'],
                             env=FAST)
    assert one_line_error(code, err) == (
        'euca-run-instances: error: instance i-2 became shutting-down '
        'instead of running (no reason given)')


@responses.activate
def test_wait_timeout_names_what_and_how_long(inprocess):
    serve(RunInstances=[RUN],
          DescribeInstances=[described(instance('i-1', 'pending'))])
    code, _, err = inprocess(RunInstances, ['ami-1', '--wait-timeout', '0.2'],
                             env=FAST)
    assert one_line_error(code, err) == (
        'euca-run-instances: error: gave up waiting for instance i-1 to be '
        'running after 0.2 s (--wait-timeout): it is pending')


@responses.activate
def test_timeout_with_several_names_the_laggards(inprocess):
    run = ec2('RunInstances', reservation(instance('i-1', 'pending'),
                                          instance('i-2', 'pending')))
    serve(RunInstances=[run], DescribeInstances=[
        described(instance('i-1', 'running'), instance('i-2', 'pending'))])
    code, _, err = inprocess(RunInstances, ['ami-1', '-n', '2',
                                            '--wait-timeout', '0.1'], env=FAST)
    assert one_line_error(code, err) == (
        'euca-run-instances: error: gave up waiting for 2 instances to be '
        'running after 0.1 s (--wait-timeout): i-2 pending (not yet running)')


@responses.activate
def test_not_found_at_first_is_not_visible_yet(inprocess):
    serve(RunInstances=[RUN], DescribeInstances=[
        ec2_error('InvalidInstanceID.NotFound', "The instance ID 'i-1' does "
                  'not exist'),
        described(instance('i-1', 'running'))])
    code, _, err = inprocess(RunInstances, ['ami-1', '--wait'], env=FAST)
    assert (code, err) == (0, '')


@responses.activate
def test_describe_that_keeps_failing(inprocess):
    script = serve(RunInstances=[RUN], DescribeInstances=[
        ec2_error('InternalError', 'the back end is down', 500)])
    code, out, err = inprocess(RunInstances, ['ami-1', '--wait'], env=FAST)
    assert out.startswith('RESERVATION')
    assert one_line_error(code, err) == (
        'euca-run-instances: error: stopped waiting for instance i-1 to be '
        'running: '
        'euca-describe-instances failed 3 times in a row; the last error: '
        '(InternalError): the back end is down')
    # Each describe is retried by the transport (2 retries) first.
    assert script.count('DescribeInstances') == 3 * 3


@responses.activate
def test_describe_that_fails_once_is_tried_again(inprocess):
    serve(RunInstances=[RUN], DescribeInstances=[
        *[ec2_error('InternalError', 'hiccup', 500)] * 3,
        described(instance('i-1', 'running'))])
    code, _, err = inprocess(RunInstances, ['ami-1', '--wait'], env=FAST)
    assert (code, err) == (0, '')


@responses.activate
def test_describe_refused_stops_at_once(inprocess):
    script = serve(RunInstances=[RUN], DescribeInstances=[
        ec2_error('UnauthorizedOperation', 'You are not authorized', 403)])
    code, _, err = inprocess(RunInstances, ['ami-1', '--wait'], env=FAST)
    assert one_line_error(code, err) == (
        'euca-run-instances: error: cannot wait for instance i-1 to be '
        'running: '
        'euca-describe-instances failed: (UnauthorizedOperation): You are '
        'not authorized')
    assert script.count('DescribeInstances') == 1


@responses.activate
def test_terminate_wait_counts_gone_instances_as_terminated(inprocess):
    change = ec2('TerminateInstances', '<instancesSet>' + ''.join(
        f'<item><instanceId>{i}</instanceId><currentState><name>'
        'shutting-down</name></currentState><previousState><name>running'
        '</name></previousState></item>' for i in ('i-1', 'i-2'))
        + '</instancesSet>')
    not_found = ec2_error('InvalidInstanceID.NotFound',
                          "The instance ID 'i-2' does not exist")

    def describe(request):
        params = query_params(request.body)
        ids = [v for k, v in params.items() if k.startswith('InstanceId.')]
        if 'i-2' in ids:
            return 400, {}, not_found[1].encode()
        return 200, {}, described(instance('i-1', 'terminated')).encode()

    def route(request):
        if b'Action=TerminateInstances' in request.body:
            return 200, {}, change.encode()
        return describe(request)

    responses.add_callback(responses.POST, URL, callback=route)
    code, out, err = inprocess(TerminateInstances, ['i-1', 'i-2', '--wait'],
                               env=FAST)
    assert (code, err) == (0, '')
    assert out == ('INSTANCE\ti-1\trunning\tshutting-down\n'
                   'INSTANCE\ti-2\trunning\tshutting-down\n')
    # The "not found" for both was told apart by asking one by one.
    bodies = [call.request.body for call in responses.calls[1:]]
    assert [b.count(b'InstanceId.') for b in bodies] == [2, 1, 1]


# -- the progress line -------------------------------------------------------

@responses.activate
def test_progress_line_when_stderr_is_a_terminal(inprocess, monkeypatch):
    monkeypatch.setattr('euca2ools.core.progress.progress_wanted',
                        lambda args, stream: True)
    serve(RunInstances=[RUN], DescribeInstances=[
        described(instance('i-1', 'pending')),
        described(instance('i-1', 'running'))])
    code, out, err = inprocess(RunInstances, ['ami-1', '--wait'], env=FAST)
    assert code == 0 and out.startswith('RESERVATION')
    assert err.startswith('\rwaiting for i-1 running: pending (0 s)')
    assert last_drawn(err) == 'i-1 running after 0 s'
    assert err.count('\n') == 1


@responses.activate
def test_progress_line_ends_before_the_error(inprocess, monkeypatch):
    monkeypatch.setattr('euca2ools.core.progress.progress_wanted',
                        lambda args, stream: True)
    serve(RunInstances=[RUN],
          DescribeInstances=[described(instance('i-1', 'pending'))])
    code, _, err = inprocess(RunInstances, ['ami-1', '--wait-timeout',
                                            '0.05'], env=FAST)
    lines = err.split('\n')
    assert lines[0].startswith('\rwaiting for i-1 running: pending (0 s)')
    assert lines[1].startswith('euca-run-instances: error: gave up waiting')
    assert code == 1


def test_intervals_grow_to_fifteen_seconds():
    delays = loop.intervals(2.0)
    assert [round(next(delays), 2) for _ in range(8)] == \
        [2.0, 3.0, 4.5, 6.75, 10.12, 15.0, 15.0, 15.0]
    tiny = loop.intervals(0.01)
    assert max(next(tiny) for _ in range(20)) == pytest.approx(0.075)


@responses.activate
@pytest.mark.parametrize('value', ['0', '-1', 'soon', 'inf'])
def test_bad_wait_interval_variable(inprocess, value):
    serve(RunInstances=[RUN])
    code, _, err = inprocess(RunInstances, ['ami-1', '--wait'],
                             env={'EUCA_WAIT_INTERVAL': value})
    assert one_line_error(code, err) == (
        f'euca-run-instances: error: environment variable EUCA_WAIT_INTERVAL'
        f": {value!r} is not a positive number of seconds")
    # Checked before anything changes: no instance was launched.
    assert len(responses.calls) == 0


@pytest.mark.parametrize('value', ['0', '-5', 'nan', 'inf', 'x'])
def test_bad_wait_timeout_is_a_usage_error(inprocess, value):
    code, _, err = inprocess(RunInstances, ['ami-1', '--wait-timeout', value])
    assert code == 2
    assert error_line(err) == (
        f'euca-run-instances: error: argument --wait-timeout'
        f": {value!r} is not a positive number of seconds")


# -- volumes, snapshots -----------------------------------------------------

def volume(status, attachment=None):
    att = (f'<attachmentSet><item><volumeId>vol-1</volumeId><instanceId>i-1'
           f'</instanceId><device>/dev/sdf</device><status>{attachment}'
           '</status></item></attachmentSet>') if attachment else ''
    return ec2('DescribeVolumes', f'<volumeSet><item><volumeId>vol-1'
               f'</volumeId><status>{status}</status>{att}</item></volumeSet>')


@responses.activate
def test_attach_waits_for_the_attachment_too(inprocess):
    script = serve(AttachVolume=[ec2(
        'AttachVolume', '<volumeId>vol-1</volumeId><instanceId>i-1'
        '</instanceId><device>/dev/sdf</device><status>attaching</status>')],
        DescribeVolumes=[volume('available'), volume('in-use', 'attaching'),
                         volume('in-use', 'attached')])
    code, out, err = inprocess(AttachVolume, ['vol-1', '-i', 'i-1', '-d',
                                              '/dev/sdf', '--wait'], env=FAST)
    assert (code, err) == (0, '')
    assert out.startswith('ATTACHMENT\tvol-1\ti-1\t/dev/sdf\tattaching')
    assert script.count('DescribeVolumes') == 3


@responses.activate
def test_snapshot_in_error(inprocess):
    snapshot = ('<snapshotSet><item><snapshotId>snap-1</snapshotId><status>'
                '{}</status><progress>{}</progress>{}</item></snapshotSet>')
    script = serve(
        CreateSnapshot=[ec2('CreateSnapshot', '<snapshotId>snap-1'
                            '</snapshotId><volumeId>vol-1</volumeId><status>'
                            'pending</status>')],
        DescribeSnapshots=[
            ec2('DescribeSnapshots', snapshot.format('pending', '10%', '')),
            ec2('DescribeSnapshots', snapshot.format(
                'error', '10%', '<statusMessage>the volume went away'
                '</statusMessage>'))])
    code, out, err = inprocess(CreateSnapshot, ['vol-1', '--wait'], env=FAST)
    assert out.startswith('SNAPSHOT\tsnap-1\tvol-1\tpending')
    assert one_line_error(code, err) == (
        'euca-create-snapshot: error: snapshot snap-1 became error instead '
        'of completed: the volume went away')
    # One describe a poll: the snapshot by ID, whoever owns it.
    assert script.params[1]['SnapshotId.1'] == 'snap-1'
    assert script.count('DescribeSnapshots') == 2


# -- stacks -----------------------------------------------------------------

def stack(status, reason=''):
    reason = f'<StackStatusReason>{reason}</StackStatusReason>' \
        if reason else ''
    return query('DescribeStacks', f'<Stacks><member><StackName>web'
                 f'</StackName><StackId>{ARN}</StackId><StackStatus>{status}'
                 f'</StackStatus>{reason}</member></Stacks>')


@responses.activate
def test_stack_rollback_complete_with_its_reason(inprocess, tmp_path):
    template = tmp_path / 't.json'
    template.write_text('{"Resources": {}}')
    script = serve(
        CreateStack=[query('CreateStack', f'<StackId>{ARN}</StackId>')],
        DescribeStacks=[
            stack('CREATE_IN_PROGRESS'),
            stack('ROLLBACK_IN_PROGRESS', 'The following resource(s) failed '
                  'to create: [Group].'),
            stack('ROLLBACK_COMPLETE', 'The following resource(s) failed to '
                  'create: [Group].')])
    code, out, err = inprocess(CreateStack, ['web', '--template-file',
                                             template, '--wait'], env=FAST)
    assert out == ARN + '\n'
    assert one_line_error(code, err) == (
        'euform-create-stack: error: stack web became ROLLBACK_COMPLETE '
        'instead of CREATE_COMPLETE: The following resource(s) failed to '
        'create: [Group].; see euform-describe-stack-events web')
    # Described by the ID the answer named, until the rollback ended.
    assert [p['StackName'] for p in script.params[1:]] == [ARN] * 3


@responses.activate
def test_stack_update_failed(inprocess):
    serve(UpdateStack=[query('UpdateStack', f'<StackId>{ARN}</StackId>')],
          DescribeStacks=[stack('UPDATE_ROLLBACK_COMPLETE')])
    code, _, err = inprocess(UpdateStack, ['web', '-p', 'a=b', '--wait'],
                             env=FAST)
    assert one_line_error(code, err) == (
        'euform-update-stack: error: stack web became '
        'UPDATE_ROLLBACK_COMPLETE instead of UPDATE_COMPLETE (no reason '
        'given); see euform-describe-stack-events web')


@responses.activate
def test_stack_delete_ends_when_the_stack_is_gone(inprocess):
    script = serve(DeleteStack=[query('DeleteStack', '')], DescribeStacks=[
        stack('DELETE_IN_PROGRESS'),
        query_error('ValidationError', 'Stack with id web does not exist')])
    code, out, err = inprocess(DeleteStack, ['web', '--wait'], env=FAST)
    assert (code, out, err) == (0, '', '')
    assert script.count('DescribeStacks') == 2


@responses.activate
def test_stack_delete_failed(inprocess):
    serve(DeleteStack=[query('DeleteStack', '')], DescribeStacks=[
        stack('DELETE_FAILED', 'Resource Bucket: The bucket is not empty')])
    code, _, err = inprocess(DeleteStack, ['web', '--wait'], env=FAST)
    assert one_line_error(code, err).endswith(
        'stack web became DELETE_FAILED instead of DELETE_COMPLETE: '
        'Resource Bucket: The bucket is not empty; see '
        'euform-describe-stack-events web')


# -- load balancers, auto-scaling groups --------------------------------------

ELB_NS = 'http://elasticloadbalancing.amazonaws.com/doc/2012-06-01/'


def health(state, description='N/A'):
    return query('DescribeInstanceHealth', '<InstanceStates><member>'
                 f'<InstanceId>i-1</InstanceId><State>{state}</State>'
                 f'<Description>{description}</Description></member>'
                 '</InstanceStates>', ELB_NS)


@responses.activate
def test_register_with_lb_waits_for_in_service(inprocess):
    script = serve(
        RegisterInstancesWithLoadBalancer=[query(
            'RegisterInstancesWithLoadBalancer', '<Instances><member>'
            '<InstanceId>i-1</InstanceId></member></Instances>', ELB_NS)],
        DescribeInstanceHealth=[
            query_error('InvalidInstance', 'not registered yet'),
            health('OutOfService', 'Instance registration is in progress.'),
            health('InService')])
    code, _, err = inprocess(RegisterInstancesWithLoadBalancer,
                             ['web', '--instances', 'i-1', '--wait'],
                             env=FAST)
    assert (code, err) == (0, '')
    assert script.params[1]['LoadBalancerName'] == 'web'
    assert script.params[1]['Instances.member.1.InstanceId'] == 'i-1'
    assert script.count('DescribeInstanceHealth') == 3


@responses.activate
def test_register_with_lb_timeout_shows_the_description(inprocess):
    serve(RegisterInstancesWithLoadBalancer=[query(
        'RegisterInstancesWithLoadBalancer', '', ELB_NS)],
        DescribeInstanceHealth=[health('OutOfService', 'Instance has failed '
                                       'at least the UnhealthyThreshold')])
    code, _, err = inprocess(RegisterInstancesWithLoadBalancer,
                             ['web', '--instances', 'i-1', '--wait-timeout',
                              '0.05'], env=FAST)
    assert one_line_error(code, err).endswith(
        'gave up waiting for instance i-1 to be InService after 0.05 s '
        '(--wait-timeout): it is OutOfService (Instance has failed at '
        'least the UnhealthyThreshold)')


ASG_NS = 'http://autoscaling.amazonaws.com/doc/2011-01-01/'


def group(desired, *states):
    instances = ''.join(f'<member><InstanceId>i-{n}</InstanceId>'
                        f'<LifecycleState>{state}</LifecycleState></member>'
                        for n, state in enumerate(states))
    return query('DescribeAutoScalingGroups', '<AutoScalingGroups><member>'
                 '<AutoScalingGroupName>web</AutoScalingGroupName>'
                 f'<DesiredCapacity>{desired}</DesiredCapacity><Instances>'
                 f'{instances}</Instances></member></AutoScalingGroups>',
                 ASG_NS)


@responses.activate
def test_set_desired_capacity_waits_for_in_service_instances(
        inprocess, monkeypatch):
    monkeypatch.setattr('euca2ools.core.progress.progress_wanted',
                        lambda args, stream: True)
    script = serve(
        SetDesiredCapacity=[query('SetDesiredCapacity', '', ASG_NS)],
        DescribeAutoScalingGroups=[
            group(1, 'InService'),                  # not yet the new value
            group(3, 'InService', 'Pending', 'Pending'),
            group(3, 'InService', 'InService', 'InService')])
    code, out, err = inprocess(SetDesiredCapacity, ['web', '-c', '3',
                                                    '--wait'], env=FAST)
    assert (code, out) == (0, '')
    assert '\rwaiting for web at desired capacity: 1 of 3 InService' in err
    assert last_drawn(err) == 'web at desired capacity after 0 s'
    assert script.count('DescribeAutoScalingGroups') == 3
    assert script.params[1]['AutoScalingGroupNames.member.1'] == 'web'


@responses.activate
def test_group_deleted_while_waiting(inprocess):
    serve(SetDesiredCapacity=[query('SetDesiredCapacity', '', ASG_NS)],
          DescribeAutoScalingGroups=[query('DescribeAutoScalingGroups',
                                           '<AutoScalingGroups/>', ASG_NS)])
    code, _, err = inprocess(SetDesiredCapacity, ['web', '-c', '3',
                                                  '--wait'], env=FAST)
    assert one_line_error(code, err) == (
        'euscale-set-desired-capacity: error: auto-scaling group web no '
        'longer exists (while waiting for it to be at desired capacity)')


# -- the declarations -------------------------------------------------------

WAITING = {
    'euca-run-instances': 'running', 'euca-start-instances': 'running',
    'euca-stop-instances': 'stopped',
    'euca-terminate-instances': 'terminated',
    'euca-create-volume': 'available', 'euca-attach-volume': 'attached',
    'euca-detach-volume': 'available', 'euca-create-snapshot': 'completed',
    'euca-create-image': 'available', 'euca-register': 'available',
    'euform-create-stack': 'CREATE_COMPLETE',
    'euform-update-stack': 'UPDATE_COMPLETE',
    'euform-delete-stack': 'DELETE_COMPLETE',
    'eulb-register-instances-with-lb': 'InService',
    'euscale-update-auto-scaling-group': 'at desired capacity',
    'euscale-set-desired-capacity': 'at desired capacity',
}


def all_commands():
    import importlib
    from tests.conftest import ENTRY_POINTS
    for name, (module, cls) in sorted(ENTRY_POINTS.items()):
        yield name, getattr(importlib.import_module(module), cls)


def test_exactly_these_commands_wait():
    waiting = {name: cls.WAIT.goal for name, cls in all_commands()
               if issubclass(cls, QueryRequest) and cls.WAIT is not None}
    assert waiting == WAITING


@pytest.mark.parametrize('name', sorted(WAITING))
def test_waiter_declarations_fit_their_describe(name):
    from euca2ools.core.args import iter_args
    cls = dict(all_commands())[name]
    waiter = cls.WAIT
    describe = waiter.describe_class()
    assert issubclass(describe, QueryRequest)
    assert describe.ACTION.startswith('Describe')
    assert describe.SERVICE_CLASS is cls.SERVICE_CLASS
    dests = {arg.dest for arg in iter_args(describe.collected_args())}
    assert waiter.id_param in dests
    assert set(waiter.fixed_args) <= dests
    assert waiter.items.split('.')[0] in describe.LIST_TAGS
    own = {arg.dest for arg in iter_args(cls.collected_args())}
    for source in waiter.id_sources:
        if source.startswith('args:'):
            assert source[5:] in own
    help_text = cls.build_parser().format_help()
    assert '--wait ' in help_text and '--wait-timeout SECONDS' in help_text


def test_a_normal_run_does_not_import_the_wait_loop():
    code = ('import sys\n'
            'from euca2ools.commands.euca.runinstances import RunInstances\n'
            'RunInstances.build_parser().parse_args(["ami-1"])\n'
            'print(sorted(m for m in sys.modules if m.startswith('
            '"euca2ools.core")))\n')
    out = subprocess.run([sys.executable, '-c', code], capture_output=True,
                         text=True, check=True).stdout
    assert 'euca2ools.core.wait.loop' not in out
    assert 'euca2ools.core.progress' not in out


# -- the real transport: a describe that never answers ----------------------

@pytest.mark.real_http
def test_describes_that_hang_end_the_wait(inprocess, server):
    from tests.hostile_server import hang, reply
    server.script = [reply(200, RUN.encode()), hang()]
    code, out, err = inprocess(RunInstances, ['ami-1', '--wait'], env={
        'EC2_URL': server.url, 'EUCA_READ_TIMEOUT': '0.3',
        'EUCA_MAX_RETRIES': '0', **FAST})
    assert out.startswith('RESERVATION\tr-1')
    assert one_line_error(code, err) == (
        'euca-run-instances: error: stopped waiting for instance i-1 to be '
        'running: euca-describe-instances failed 3 times in a row; the last '
        f'error: connected to 127.0.0.1:{server.port}, but no complete '
        'answer within 0.3 s')
    assert [r.params['Action'] for r in server.requests] == \
        ['RunInstances'] + ['DescribeInstances'] * 3
