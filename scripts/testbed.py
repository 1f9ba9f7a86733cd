"""What the test suite, the benchmarks and local_cloud.py share: a moto
server on 127.0.0.1 and throwaway RSA identities.

Standard library only, besides moto (run as a subprocess) and cryptography
(imported when an identity is made); no pytest.  scripts/local_cloud.py
imports it from its own folder; tests/conftest.py and benchmarks/_common.py
put this folder on sys.path first.
"""

import contextlib
import datetime
import os
import socket
import subprocess
import sys
import time
import urllib.request

HOST = '127.0.0.1'     # moto listens here, never on every interface
LOOPBACK = (HOST, '::1')


class MotoError(Exception):
    """moto did not start."""


def free_port():
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def die_with_parent():
    """For Popen(preexec_fn=...): the child gets SIGTERM when its parent
    dies (Linux), so a killed test run leaves no server behind."""
    import ctypes
    import signal
    try:
        libc = ctypes.CDLL('libc.so.6', use_errno=True)
        libc.prctl(1, signal.SIGTERM)   # PR_SET_PDEATHSIG
    except OSError:
        pass


def start_moto(port=0, log=subprocess.DEVNULL, timeout=60, attempts=3,
               host=HOST, **popen):
    """Start moto's server on 127.0.0.1:PORT (or HOST, the other loopback
    address ::1) and wait until it answers.

    With PORT 0, a free port is picked, and another one if the server
    exits at once (someone took the port meanwhile), ATTEMPTS times at the
    most.  LOG is where its output goes; POPEN are more Popen arguments
    (start_new_session, preexec_fn).  Returns (the process, its URL, with a
    trailing slash); raises MotoError, having ended the process, if moto
    exits or does not answer within TIMEOUT seconds.
    """
    if host not in LOOPBACK:
        raise ValueError(f'moto listens on a loopback address only, not '
                         f'{host}')
    if not port and host != HOST:
        raise ValueError(f'name the port to use on {host}')
    env = dict(os.environ, MOTO_EC2_LOAD_DEFAULT_AMIS='false')
    for attempt in range(1 if port else attempts):
        chosen = port or free_port()
        url = f'http://[{host}]:{chosen}/' if ':' in host else \
            f'http://{host}:{chosen}/'
        proc = subprocess.Popen(
            [sys.executable, '-m', 'moto.server', '-H', host, '-p',
             str(chosen)], stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, env=env, **popen)
        deadline = time.monotonic() + timeout
        while proc.poll() is None:
            try:
                urllib.request.urlopen(url + 'moto-api/', timeout=2)
                return proc, url
            except OSError as err:
                error = err
            if time.monotonic() > deadline:
                stop_moto(proc)
                raise MotoError(f'moto did not answer on {url} within '
                                f'{timeout} s: {error}')
            time.sleep(0.2)
    raise MotoError(f'moto exited at once (status {proc.returncode})')


def stop_moto(proc, grace=20):
    """End the server: SIGTERM, then SIGKILL after GRACE seconds."""
    proc.terminate()
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextlib.contextmanager
def moto_server(**kwargs):
    """A moto server for the duration (see start_moto); yields its URL."""
    proc, url = start_moto(**kwargs)
    try:
        yield url
    finally:
        stop_moto(proc)


def make_identity(directory, name, ip=None, days=365):
    """A fresh 2048-bit RSA key and a self-signed certificate for NAME
    (valid for the IP address IP too, for a TLS server), written to
    DIRECTORY as NAME-pk.pem (mode 0600) and NAME-cert.pem: returns their
    paths (str)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(subject)
               .issuer_name(subject).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(days=1))
               .not_valid_after(now + datetime.timedelta(days=days)))
    if ip:
        import ipaddress
        builder = builder.add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address(ip))]), critical=False)
    cert = builder.sign(key, hashes.SHA256())
    key_path = os.path.join(directory, f'{name}-pk.pem')
    cert_path = os.path.join(directory, f'{name}-cert.pem')
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, 'wb') as out:
        out.write(key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption()))
    with open(cert_path, 'wb') as out:
        out.write(cert.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


def make_identities(directory, names=('user', 'cloud', 'other')):
    """{name: (key path, cert path)}, one fresh identity a name."""
    return {name: make_identity(directory, name) for name in names}
