"""-c / -s: which shell syntax the credential commands print."""

from euca2ools.core import LOCAL, Arg, MutuallyExclusiveArgList

SHELL_SYNTAX = MutuallyExclusiveArgList(
    Arg('-c', dest='csh_output', action='store_true', route_to=LOCAL,
        help='generate C-shell commands on stdout (default if SHELL looks '
             'like a csh-style shell)'),
    Arg('-s', dest='sh_output', action='store_true', route_to=LOCAL,
        help='generate Bourne shell commands on stdout (default if SHELL '
             'does not look like a csh-style shell)'))
