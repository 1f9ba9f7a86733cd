"""Secrets out of --debug output: signatures, tokens, keys and passwords."""

import re

from ..errors import redact_userinfo

_SECRET_PATTERNS = (
    (re.compile(r'(Signature=)[^,&\s]+'), r'\1<redacted>'),
    # S3 SigV2: "Authorization: AWS KEY_ID:SIGNATURE"
    (re.compile(r'(Authorization: AWS [^:\s]+:)\S+'), r'\1<redacted>'),
    (re.compile(r'((?:SecurityToken|X-Amz-Security-Token|SecretAccessKey|'
                r'Password|NewPassword|OldPassword|PrivateKey|'
                r'WebIdentityToken|X-aws-ec2-metadata-token)(?:=|: ))'
                r'[^&\s]+', re.IGNORECASE), r'\1<redacted>'),
    (re.compile(r'(<(SecretAccessKey|SessionToken|Password|PrivateKey|'
                r'keyMaterial)>)[^<]*(</\2>)'), r'\1<redacted>\3'),
)


def redact(text):
    for pattern, repl in _SECRET_PATTERNS:
        text = pattern.sub(repl, text)
    return redact_userinfo(text)


def debug(context, text):
    """Print TEXT on stderr when --debug is on, its secrets redacted: the
    one --debug printer outside the HTTP client's own log."""
    if context.debug:
        import sys
        print(redact(text), file=context.stderr or sys.stderr)
