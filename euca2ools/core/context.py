"""What commands that run together share: the Context.

A Context holds the environment (as ``Environ``, a read-only view that
checks each value as it is read: a variable that is not UTF-8 is an error
naming it), the config files, the region and user, the keys given on the
command line and, found lazily, the credentials.
"""

import collections.abc
import os

from .config import Config, RegionUser, TRUE_WORDS
from .credentials import find_credentials
from .errors import ClientError
from .process import is_utf8
from .settings import FLAGGED


class Environ(collections.abc.Mapping):
    """A read-only view of the environment that checks a value when it is
    read: one that was not UTF-8 is a ClientError naming the variable (and
    not showing the value, which may be a key)."""

    def __init__(self, environ):
        self._environ = environ

    def __getitem__(self, name):
        value = self._environ[name]
        if isinstance(value, str) and not is_utf8(value):
            raise ClientError(f'environment variable {name} is not valid '
                              'UTF-8 (the value is not shown)')
        return value

    def __contains__(self, name):
        return name in self._environ

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def __repr__(self):
        return f'Environ({len(self)} variables)'


class Context:
    """What commands that run together share: environment, config, keys."""

    def __init__(self, environ=None, region=None, key_id=None,
                 secret_key=None, token=None, debug=False, stdout=None,
                 stderr=None, http_options=None, profile=None,
                 verify_ssl=None, ca_bundle=None):
        """PROFILE: --profile (else AWS_PROFILE); VERIFY_SSL: False for
        --no-verify-ssl (None: the config's verify-ssl says); CA_BUNDLE:
        --ca-bundle, which stands for AWS_CA_BUNDLE."""
        environ = os.environ if environ is None else environ
        if ca_bundle is not None and str(ca_bundle).strip():
            if isinstance(environ, Environ):
                environ = environ._environ
            environ = {**environ, 'AWS_CA_BUNDLE': str(ca_bundle).strip()}
        self.environ = (environ if isinstance(environ, Environ)
                        else Environ(environ))
        self.config = Config.load(self.environ)
        self.regionuser = RegionUser(self.config, region, self.environ)
        self.cli_keys = (key_id, secret_key, token)
        self.profile = (profile or '').strip() or None
        self.verify_ssl = verify_ssl
        configured = str(self.config.get_global('debug', '')).lower()
        self.debug = debug or configured in TRUE_WORDS or configured == 'color'
        self.stdout = stdout
        self.stderr = stderr
        # The settings' flags (--connect-timeout, ...) as given, by setting
        # name (raw strings, None when absent); settings.resolve checks
        # and uses them.
        self.http_options = {s.name: None for s in FLAGGED}
        self.http_options.update(http_options or {})
        self._credentials = None

    @property
    def credentials(self):
        if self._credentials is None:
            key_id, secret_key, token = self.cli_keys
            self._credentials = find_credentials(
                self.regionuser, key_id, secret_key, token, self.environ,
                profile=self.profile, context=self)
        return self._credentials

    def verify(self):
        """Whether TLS certificates are verified: not with
        --no-verify-ssl, else as the region's verify-ssl says."""
        if self.verify_ssl is not None:
            return self.verify_ssl
        return self.regionuser.get_bool('verify-ssl', True)

    def with_keys(self, key_id, secret_key, token=None):
        """A Context like this one (the same environment, config, region
        and user, debug, streams and HTTP options) that signs with these
        keys instead, as if they had been given with -I/-S/--security-token.

        The keys are found (and checked) when first used, as this
        Context's are; this Context is left as it was.
        """
        import copy
        other = copy.copy(self)
        other.cli_keys = (key_id, secret_key, token)
        other._credentials = None
        return other
