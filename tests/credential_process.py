"""A credential_process for the tests: prints what its argument asks for.

    python credential_process.py MODE

ok (keys, a token and an expiry an hour away), keys-only, expired,
version2, not-json, list, no-secret, number-key, fail (exit 3 with a
message on stderr), sleep (never finishes in time), big (more output than
anyone reads), env (keys named by the variables TEST_KEY/TEST_SECRET).
"""

import datetime
import json
import os
import sys
import time

SECRET = 'process-secret-KEEPOUT'


def when(hours):
    moment = datetime.datetime.now(datetime.timezone.utc) + \
        datetime.timedelta(hours=hours)
    return moment.strftime('%Y-%m-%dT%H:%M:%SZ')


def main(mode):
    document = {'Version': 1, 'AccessKeyId': 'AKIDPROCESS',
                'SecretAccessKey': SECRET, 'SessionToken': 'process-token',
                'Expiration': when(1)}
    if mode == 'keys-only':
        del document['SessionToken'], document['Expiration']
    elif mode == 'expired':
        document['Expiration'] = when(-1)
    elif mode == 'version2':
        document['Version'] = 2
    elif mode == 'not-json':
        sys.stdout.write(f'AccessKeyId={SECRET}\n')
        return 0
    elif mode == 'list':
        document = [document]
    elif mode == 'no-secret':
        del document['SecretAccessKey']
    elif mode == 'number-key':
        document['AccessKeyId'] = 12345
    elif mode == 'fail':
        sys.stderr.write('credential helper: not logged in\n')
        return 3
    elif mode == 'sleep':
        time.sleep(30)
    elif mode == 'big':
        chunk = 'x' * 65536
        try:
            for _ in range(64):
                sys.stdout.write(chunk)
            sys.stdout.flush()
        except BrokenPipeError:
            pass
        return 0
    elif mode == 'env':
        document['AccessKeyId'] = os.environ['TEST_KEY']
    json.dump(document, sys.stdout)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
