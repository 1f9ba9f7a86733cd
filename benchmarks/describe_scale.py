#!/usr/bin/env python3
"""Big accounts: euca-describe-instances vs aws ec2 describe-instances.

A canned server on 127.0.0.1 answers DescribeInstances with N realistic
instances in one answer (state, placement, two groups, a block device, an
ENI with its private address, tags), as a cloud without paging does.  Both
tools print text rows to /dev/null; wall time and peak RSS of each run are
measured, runs interleaved, medians compared.

Targets: at 10,000 instances, time <= 0.5x and peak RSS <= 0.5x aws-cli; at
50,000, our peak RSS <= 1.2x our 10,000 figure (flat in the answer's size).
With OUTPUTS=text,json our --output json runs too (it streams: its peak RSS
<= 1.2x our text output's at every size).

--paged: the same instances in pages of PAGE (nextToken, sent unasked, as a
cloud that pages does) against one answer of them all, euca2ools alone:
every row printed either way, and peak RSS within 1.2x (streamed across
pages, memory stays flat).

    python benchmarks/describe_scale.py            # 10,000 and 50,000
    SIZES=2000 RUNS=3 python benchmarks/describe_scale.py
    python benchmarks/describe_scale.py --paged    # 50,000: 50 x 1,000 vs 1
    SIZES=50000 PAGE=1000 python benchmarks/describe_scale.py --paged
    OUTPUTS=text,json AWS_MAX_SIZE=0 python benchmarks/describe_scale.py

Needs the project installed with the bench extra (pip install -e '.[bench]').
"""

import http.server
import os
import urllib.parse
import statistics
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import clean_env, tools   # noqa: E402  (same directory)

SIZES = [int(n) for n in os.environ.get('SIZES', '10000,50000').split(',')]
RUNS = int(os.environ.get('RUNS', '3'))
AWS_MAX_SIZE = int(os.environ.get('AWS_MAX_SIZE', '10000'))
PAGE = int(os.environ.get('PAGE', '1000'))
OUTPUTS = os.environ.get('OUTPUTS', 'text').split(',')

INSTANCE = '''<item><instanceId>i-{n:017x}</instanceId>
<imageId>ami-0abc{n:08x}</imageId>
<instanceState><code>16</code><name>running</name></instanceState>
<privateDnsName>ip-10-0-{a}-{b}.ec2.internal</privateDnsName><dnsName>ec2-54-{a}-{b}-7.compute-1.amazonaws.com</dnsName>
<reason/><keyName>ops-key</keyName><amiLaunchIndex>0</amiLaunchIndex><productCodes/>
<instanceType>m5.large</instanceType><launchTime>2026-11-01T12:00:00.000Z</launchTime>
<placement><availabilityZone>us-east-1a</availabilityZone><groupName/><tenancy>default</tenancy></placement>
<monitoring><state>disabled</state></monitoring><subnetId>subnet-0123456789abcdef0</subnetId>
<vpcId>vpc-0123456789abcdef0</vpcId><privateIpAddress>10.0.{a}.{b}</privateIpAddress>
<ipAddress>54.{a}.{b}.7</ipAddress><sourceDestCheck>true</sourceDestCheck>
<groupSet><item><groupId>sg-0123456789abcdef0</groupId><groupName>web</groupName></item>
<item><groupId>sg-0fedcba9876543210</groupId><groupName>ssh</groupName></item></groupSet>
<architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName>
<blockDeviceMapping><item><deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-{n:017x}</volumeId>
<status>attached</status><attachTime>2026-11-01T12:00:01.000Z</attachTime><deleteOnTermination>true</deleteOnTermination></ebs></item></blockDeviceMapping>
<virtualizationType>hvm</virtualizationType><clientToken/>
<tagSet><item><key>Name</key><value>web-{n}</value></item><item><key>team</key><value>platform</value></item></tagSet>
<hypervisor>xen</hypervisor><networkInterfaceSet><item><networkInterfaceId>eni-{n:017x}</networkInterfaceId>
<subnetId>subnet-0123456789abcdef0</subnetId><vpcId>vpc-0123456789abcdef0</vpcId><description/>
<ownerId>123456789012</ownerId><status>in-use</status><macAddress>0a:00:00:{c}:{d}:01</macAddress>
<privateIpAddress>10.0.{a}.{b}</privateIpAddress><privateDnsName>ip-10-0-{a}-{b}.ec2.internal</privateDnsName>
<sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>sg-0123456789abcdef0</groupId><groupName>web</groupName></item></groupSet>
<attachment><attachmentId>eni-attach-{n:017x}</attachmentId><deviceIndex>0</deviceIndex><status>attached</status>
<attachTime>2026-11-01T12:00:00.000Z</attachTime><deleteOnTermination>true</deleteOnTermination></attachment>
<privateIpAddressesSet><item><privateIpAddress>10.0.{a}.{b}</privateIpAddress><privateDnsName>ip-10-0-{a}-{b}.ec2.internal</privateDnsName><primary>true</primary></item></privateIpAddressesSet>
</item></networkInterfaceSet><ebsOptimized>false</ebsOptimized></item>
'''


def describe_instances_body(count, first=0, token=None):
    """One DescribeInstancesResponse: one reservation per instance, COUNT
    of them from number FIRST on, and TOKEN (if any) for the next page."""
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n'
             '<DescribeInstancesResponse '
             'xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>'
             'bench</requestId><reservationSet>']
    for n in range(first, first + count):
        a, b = (n // 250) % 250 + 1, n % 250 + 1
        parts.append(f'<item><reservationId>r-{n:017x}</reservationId><ownerId>'
                     '123456789012</ownerId><groupSet/><instancesSet>')
        parts.append(INSTANCE.format(n=n, a=a, b=b, c=f'{(n >> 8) & 255:02x}',
                                     d=f'{n & 255:02x}'))
        parts.append('</instancesSet></item>')
    parts.append('</reservationSet>')
    if token:
        parts.append(f'<nextToken>{token}</nextToken>')
    parts.append('</DescribeInstancesResponse>')
    return ''.join(parts).encode('utf-8')


def paged_bodies(count, page):
    """{request token (None: the first page): answer} of COUNT instances,
    PAGE a page."""
    bodies = {}
    for index, first in enumerate(range(0, count, page)):
        more = f'page-{index + 1}' if first + page < count else None
        bodies[f'page-{index}' if index else None] = \
            describe_instances_body(min(page, count - first), first, more)
    return bodies


class CannedServer:
    """Answers every POST with the same body, or with the body for the
    request's NextToken when given a dict of them, on 127.0.0.1 (in this
    process: see ServerProcess for the benchmark's own use)."""

    def __init__(self, body):
        pages = body if isinstance(body, dict) else {None: body}

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = 'HTTP/1.1'

            def do_POST(self):
                form = self.rfile.read(
                    int(self.headers.get('Content-Length') or 0))
                token = urllib.parse.parse_qs(form.decode()).get(
                    'NextToken', [None])[0]
                canned = pages.get(token, pages[None])
                self.send_response(200)
                self.send_header('Content-Type', 'text/xml;charset=UTF-8')
                self.send_header('Content-Length', str(len(canned)))
                self.end_headers()
                self.wfile.write(canned)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(('127.0.0.1', 0),
                                                      Handler)
        self.url = f'http://127.0.0.1:{self.server.server_port}/'
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()


class ServerProcess:
    """A CannedServer of COUNT instances in a process of its own, so that
    the benchmark process stays small: a child's peak RSS counts the
    parent's pages it was forked with."""

    def __init__(self, count, page=0):
        self.proc = subprocess.Popen(
            [sys.executable, __file__, '--serve', str(count), str(page)],
            stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline().split()
        self.url, self.size = line[0], int(line[1])

    def close(self):
        self.proc.terminate()
        self.proc.wait()


def serve(count, page=0):
    if page:
        body = paged_bodies(count, page)
        size = sum(len(part) for part in body.values())
    else:
        body = describe_instances_body(count)
        size = len(body)
    server = CannedServer(body)
    print(server.url, size, flush=True)
    threading.Event().wait()


def measure(argv, env, rows=None):
    """(wall seconds, peak RSS in MB) of one run; it must succeed.  With
    ROWS (a list), the INSTANCE rows it printed are counted into it."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL if rows is None
                            else subprocess.PIPE)
    if rows is not None:
        count, tail = 0, b'\n'
        while chunk := proc.stdout.read(1 << 16):
            count += (tail + chunk).count(b'\nINSTANCE\t')
            tail = chunk[-9:]
        rows.append(count)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors='replace')
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f'{argv[0]} failed: {err[-500:]}')
    return elapsed, usage.ru_maxrss / 1024


def main_paged():
    """euca-describe-instances over pages of PAGE against one answer."""
    import sysconfig
    euca = os.path.join(sysconfig.get_path('scripts'),
                        'euca-describe-instances')
    if not os.path.exists(euca):
        sys.exit("install first: pip install -e .")
    base_env = clean_env(tempfile.mkdtemp())
    for size in (SIZES if 'SIZES' in os.environ else [50000]):
        results = {}
        for label, page in (('one page', 0),
                            (f'{-(-size // PAGE)} pages', PAGE)):
            server = ServerProcess(size, page)
            env = dict(base_env, EC2_URL=server.url)
            rows, runs = [], []
            for _ in range(RUNS):
                runs.append(measure([euca], env, rows))
            server.close()
            results[label] = statistics.median(r for _, r in runs)
            print(f'{size:,} instances, {label} ({server.size / 2**20:.1f} '
                  f'MiB): rows {sorted(set(rows))}, median '
                  f'{statistics.median(t for t, _ in runs):6.2f} s, peak RSS '
                  f'{results[label]:6.1f} MB over {RUNS} runs')
            if set(rows) != {size}:
                sys.exit(f'  expected {size} INSTANCE rows')
        one, paged = results.values()
        print(f'  peak RSS paged / one page: {paged / one:.2f} '
              '(target <= 1.2, and >= 1/1.2)')


def main():
    _, euca, aws = tools(need_aws=AWS_MAX_SIZE > 0)
    base_env = clean_env(tempfile.mkdtemp())
    ours_rss = {}
    json_rss = {}
    for size in SIZES:
        server = ServerProcess(size)
        env = dict(base_env, EC2_URL=server.url)
        runs = {'euca': [], 'aws': [], 'json': []}
        with_aws = size <= AWS_MAX_SIZE
        for _ in range(RUNS):
            if 'text' in OUTPUTS:
                runs['euca'].append(measure([euca], env))
            if 'json' in OUTPUTS:
                runs['json'].append(measure([euca, '--output', 'json'], env))
            if with_aws:
                runs['aws'].append(measure(
                    [aws, 'ec2', 'describe-instances', '--output', 'text',
                     '--endpoint-url', server.url], env))
        server.close()
        print(f'{size:,} instances, one answer of {server.size / 2**20:.1f} '
              'MiB')
        for name in ('euca', 'json', 'aws'):
            if not runs[name]:
                continue
            times = [t for t, _ in runs[name]]
            rss = [r for _, r in runs[name]]
            print(f'  {name:5} median {statistics.median(times):6.2f} s, '
                  f'peak RSS {statistics.median(rss):6.1f} MB '
                  f'over {RUNS} runs')
        if runs['json']:
            json_rss[size] = statistics.median(r for _, r in runs['json'])
        if not runs['euca']:
            continue
        ours_rss[size] = statistics.median(r for _, r in runs['euca'])
        if size in json_rss:
            print(f'  --output json peak RSS / text: '
                  f'{json_rss[size] / ours_rss[size]:.2f} (target <= 1.2)')
        if with_aws:
            t_ratio = (statistics.median(t for t, _ in runs['euca'])
                       / statistics.median(t for t, _ in runs['aws']))
            m_ratio = ours_rss[size] / statistics.median(
                r for _, r in runs['aws'])
            print(f'  time ratio {t_ratio:.2f} (target <= 0.5), '
                  f'memory ratio {m_ratio:.2f} (target <= 0.5)')
    if len(ours_rss) > 1:
        small, big = min(ours_rss), max(ours_rss)
        print(f'peak RSS at {big:,} / at {small:,}: '
              f'{ours_rss[big] / ours_rss[small]:.2f} (target <= 1.2)')


if __name__ == '__main__':
    if sys.argv[1:2] == ['--serve']:
        serve(int(sys.argv[2]), int(sys.argv[3]) if sys.argv[3:] else 0)
    elif sys.argv[1:2] == ['--paged']:
        main_paged()
    else:
        main()
