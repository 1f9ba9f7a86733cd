"""euca2ools: command-line tools for AWS-compatible clouds (Eucalyptus,
AWS)."""

__version__ = '4.0.0.dev0'
CODENAME = 'Olympia'
