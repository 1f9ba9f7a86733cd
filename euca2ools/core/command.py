"""The command life cycle: parse -> configure -> main -> print, and errors.

``BaseCommand.run()`` is every console script's entry point.  It turns every
failure into one line on stderr and an exit code: 2 for usage errors, 1 for
client and server errors (standard output closed or full among them), 130 for
Ctrl-C, 128 + signum for SIGTERM and SIGHUP (which clean up as Ctrl-C does);
a reader of standard output that goes away (``| head``) is no error.  Only
--debug shows a traceback.

What comes from outside is checked where it enters: arguments and
environment variables that are not UTF-8 are errors naming them (the
Context's ``environ`` is a read-only view that checks each value read).
The Context is context.py's; the process around a run (standard
descriptors, guarded output, signals, the argument check) is process.py's;
the help formatter helpformat.py's; reading a secret prompt.py's.
"""

import argparse
import os
import sys

from .. import CODENAME, __version__
from .args import PARAMS, iter_args, join_dash_values
# Environ: still importable from here, where it was defined before.
from .context import Context, Environ  # noqa: F401
from .errors import (EucaError, OutputGone, ServerError, UsageError,
                     printable)
from .helpformat import HelpFormatter, explain, short_usage
from .process import (GuardedOutput, catch_stop_signals, check_argv_encoding,
                      hold_standard_fds, restore_signals, say, set_prog)
from .settings import FLAGGED


COMMON_OPTIONS = 'common options'    # the title of the group in --help


def format_version():
    return f'euca2ools {__version__} ({CODENAME})'


class _Parser(argparse.ArgumentParser):
    """argparse's, with usage errors raised, and ``common``: the group of
    the options every command (of a kind) has, which --help lists after the
    command's own and the man page under COMMON OPTIONS."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.common = self.add_argument_group(COMMON_OPTIONS)
        # What --help shows after the options (the EPILOG, a filter list,
        # the examples): texts, or functions made into texts only when the
        # help is shown, so that a run pays nothing for them.
        self.epilog_parts = [self.epilog] if self.epilog else []

    def add_epilog(self, part):
        self.epilog_parts.append(part)

    def format_help(self):
        texts = (part() if callable(part) else part
                 for part in self.epilog_parts)
        self.epilog = '\n\n'.join(text for text in texts if text) or None
        return super().format_help()

    def error(self, message):
        raise UsageError(explain(self, message))

    def parse_known_args(self, args=None, namespace=None):
        # What was given, for an action that looks further (--show-columns
        # at --show-long).
        self.given_args = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)


class BaseCommand:
    COMMAND = None        # the program name, e.g. "euca-describe-instances"
    ALIASES = ()          # older names that run the same command
    DESCRIPTION = ''
    ARGS = []
    EPILOG = None
    JSON_OUTPUT = False   # --output json prints main()'s result as JSON
    REGION_OPTION = False  # --region USER@REGION (config region and user)
    KEY_OPTIONS = False    # -I/-S/--security-token
    REGION_HELP = 'region and/or user names to search for in config files'
    # ((what it does, the command line), ...): --help's "examples:" and the
    # man page's EXAMPLES; without them, one is made from the parser.
    EXAMPLES = ()
    # The row types it prints (names of its family's rows.COLUMNS): the
    # man page's OUTPUT and --show-columns.
    ROW_TYPES = ()

    def __init__(self, args=None, context=None):
        self.args = self.default_args()
        self.args.update(args or {})
        self.context = context or Context()

    # -- declarations ------------------------------------------------------

    @classmethod
    def collected_args(cls):
        """ARGS of every class in the MRO, base classes first."""
        declared = []
        for klass in reversed(cls.__mro__):
            declared.extend(klass.__dict__.get('ARGS', ()))
        return declared

    @classmethod
    def default_args(cls):
        return {arg.dest: arg.kwargs.get('default')
                for arg in iter_args(cls.collected_args())}

    @classmethod
    def routed_dests(cls, route=PARAMS):
        return [arg.dest for arg in iter_args(cls.collected_args())
                if arg.route_to == route]

    @classmethod
    def wants_json(cls):
        return bool(cls.JSON_OUTPUT)

    @classmethod
    def common_args(cls, parser):
        """Options every command (of a kind) has, in ``parser.common``;
        subclasses add theirs (and family options of their own, in
        ``parser``)."""
        common = parser.common
        if cls.REGION_OPTION:
            common.add_argument('--region', metavar='USER@REGION',
                                help=cls.REGION_HELP)
            # A command with a --profile of its own (euimage-install-pack)
            # takes the AWS profile from AWS_PROFILE only.
            if '--profile' not in parser._option_string_actions:
                common.add_argument(
                    '--profile', metavar='NAME', dest='aws_profile',
                        help='the profile of ~/.aws/config and '
                         '~/.aws/credentials to take keys (or a role to '
                         'assume) and a region from when no euca2ools '
                         'source has them (default: AWS_PROFILE, else '
                         'default)')
            for setting in FLAGGED:
                common.add_argument(*setting.flags, dest=setting.dest,
                                    metavar=setting.metavar,
                                    help=setting.flag_help())
            common.add_argument(
                '--no-verify-ssl', action='store_true',
                help="do not verify the servers' TLS certificates (as "
                     'config verify-ssl = false; for a self-signed cloud)')
            common.add_argument(
                '--ca-bundle', metavar='FILE',
                help='verify TLS servers against the CA certificates in '
                     'FILE (as AWS_CA_BUNDLE)')
        if cls.KEY_OPTIONS:
            common.add_argument(
                '-I', '--access-key-id', metavar='KEY_ID',
                help='access key ID to sign requests with (default: from '
                     'the environment, the config user or ~/.aws; see '
                     'euca2ools(7))')
            common.add_argument(
                '-S', '--secret-key', metavar='KEY',
                help='the secret key that goes with -I (other users can see '
                     'it in ps; the environment or a config file keeps it '
                     'private)')
            common.add_argument(
                '--security-token', metavar='TOKEN',
                help='security token of temporary credentials given with '
                     '-I and -S')
        if cls.wants_json():
            common.add_argument('--output', choices=('text', 'json'),
                                help='output format (default: text rows; '
                                     'json: the answer as one typed JSON '
                                     'document)')
            common.add_argument('--query', metavar='JMESPATH',
                                help='print only what this JMESPath '
                                     'expression selects from the JSON '
                                     'document: as JSON, or with --output '
                                     'text as tab-separated rows (as aws '
                                     '--output text prints them)')
        if cls.ROW_TYPES:
            from .selfdoc import ShowColumns, row_columns
            common.add_argument(
                '--show-columns', action=ShowColumns,
                columns=row_columns(cls),
                help='print the names of the output columns (a line for '
                     'each row type, tab-separated) and exit')
        common.add_argument('--debug', action='store_true',
                            help='show debugging output')
        common.add_argument('--debugger', action='store_true',
                            help=argparse.SUPPRESS)
        common.add_argument('--version', action='version',
                            version=format_version(),
                            help='show the version and exit')

    # Read into the Context, not the command's own args.
    COMMON_DESTS = ('debug', 'debugger', 'region', 'aws_profile',
                    'no_verify_ssl', 'ca_bundle', 'access_key_id',
                    'secret_key', 'security_token') + tuple(
                        setting.dest for setting in FLAGGED)

    @classmethod
    def build_parser(cls, prog=None):
        declared = cls.collected_args()
        # Some upstream commands use -h for an option of their own
        # (--honor-cooldown, --host); help is then --help alone.
        short_help = not any('-h' in arg.pargs for arg in iter_args(declared))
        parser = _Parser(prog=prog or cls.COMMAND,
                         description=cls.DESCRIPTION, epilog=cls.EPILOG,
                         formatter_class=HelpFormatter,
                         add_help=False)
        parser.common.add_argument(*(('-h', '--help') if short_help else
                                     ('--help',)),
                                   action='help',
                                   help='show this help and exit')
        for item in declared:
            item.add_to(parser)
        cls.common_args(parser)
        parser.add_epilog(lambda: cls.help_examples(parser))
        return parser

    @classmethod
    def help_examples(cls, parser):
        from .selfdoc import examples, help_examples
        return help_examples(examples(cls, parser))

    # -- life cycle --------------------------------------------------------

    @classmethod
    def context_from_cli(cls, namespace):
        """The Context from the options every family may declare:
        --region, --profile, -I/-S/--security-token, --debug, the timeouts
        and retries (Context.http_options), --no-verify-ssl and
        --ca-bundle."""
        return Context(region=namespace.get('region'),
                       profile=namespace.get('aws_profile'),
                       verify_ssl=(False if namespace.get('no_verify_ssl')
                                   else None),
                       ca_bundle=namespace.get('ca_bundle'),
                       key_id=namespace.get('access_key_id'),
                       secret_key=namespace.get('secret_key'),
                       token=namespace.get('security_token'),
                       debug=namespace.get('debug', False),
                       http_options={s.name: namespace.get(s.dest)
                                     for s in FLAGGED})

    @classmethod
    def check_argv(cls, parser, argv):
        """Before parsing: raise UsageError for a command line argparse
        would misread (a flag of euca2ools 3.x used the old way) with a
        message naming what is wrong."""

    def configure(self):
        """Check the arguments; raise UsageError for a bad combination."""

    def configure_output(self):
        """--output and --query, checked before configure(): --query
        selects from the JSON document, so the command makes that document
        (output 'json'); what it selects prints as JSON, or with --output
        text as rows (``query_rows``).  A bad expression is a usage
        error."""
        self.json_query = None
        self.query_rows = False
        text = self.args.get('query')
        if text is None:
            return
        self.query_rows = self.args.get('output') == 'text'
        self.args['output'] = 'json'
        from .jsonout import compile_query
        self.json_query = compile_query(text)

    def main(self):
        raise NotImplementedError

    def output(self, result):
        if self.args.get('output') == 'json':
            self.print_json(result)
        else:
            self.print_result(result)

    def print_json(self, result):
        """The result as one JSON document, its values typed, narrowed by
        --query (and printed as rows with --output text); nothing when
        there was no answer (e.g. a dry run)."""
        if result is None:
            return
        from . import jsonout
        result = self.typed_result(result)
        query = getattr(self, 'json_query', None)
        if query is not None:
            result = jsonout.search(query, result)
            if getattr(self, 'query_rows', False):
                jsonout.dump_text(result, self.out, self.output_limit())
                return
        jsonout.dump(result, self.out, self.output_limit())

    def output_limit(self):
        """The most characters one JSON document may have: the answer
        size bound (max-response-size)."""
        from .settings import resolve
        return resolve(self.context)['max_response_size']

    def typed_result(self, result):
        """The result with its numbers, booleans and lists typed (hook:
        Query commands follow their service's type table)."""
        return result

    def print_result(self, result):
        """Silent by default."""

    def after_output(self, result):
        """Work that follows the printed (and flushed) output: QueryRequest
        waits here for --wait."""

    @property
    def out(self):
        return self.context.stdout or sys.stdout

    def emit(self, line=''):
        self.out.write(f'{line}\n')   # one write a row: rows can be many

    def read_secret(self, what, prompt, retype_prompt=None, hint=''):
        """A password or key the user types (on a terminal, with a retype
        to check when RETYPE_PROMPT is given) or one line of standard
        input: see prompt.read_secret."""
        from .prompt import read_secret
        return read_secret(what, prompt, retype_prompt, hint)

    @classmethod
    def prog_name(cls):
        invoked = os.path.basename(sys.argv[0]) if sys.argv else ''
        if invoked in (cls.COMMAND,) + tuple(cls.ALIASES):
            return invoked
        return cls.COMMAND or invoked

    @classmethod
    def run(cls, argv=None):
        """Console-script entry point; returns the exit code.

        For the length of the run: SIGTERM and SIGHUP raise Stopped (a
        KeyboardInterrupt, so the cleanup Ctrl-C gets runs too); standard
        output is guarded, so a write that fails is an OutputError; closed
        standard descriptors are held open on /dev/null, so that no file the
        command opens can land on them.
        """
        prog = cls.prog_name()
        saved = sys.stdin, sys.stdout, sys.stderr
        handlers = {}
        try:
            hold_standard_fds()
            sys.stdout = GuardedOutput(sys.stdout)
            handlers = catch_stop_signals()
            return cls._run(prog, argv)
        finally:
            # Rows printed before a failure are still buffered: flush them
            # now, so that a reader that went away is noticed here (and
            # silenced) rather than complained of at interpreter exit.
            try:
                sys.stdout.flush()
            except (EucaError, OSError, ValueError):
                pass
            restore_signals(handlers)
            sys.stdin, sys.stdout, sys.stderr = saved

    @classmethod
    def _run(cls, prog, argv):
        parser = None
        debug = False
        debugger = False
        set_prog(prog)
        try:
            parser = cls.build_parser(prog)
            if argv is None:
                argv = sys.argv[1:]
            check_argv_encoding(parser, argv)
            argv = join_dash_values(argv, cls.collected_args())
            cls.check_argv(parser, argv)
            namespace = vars(parser.parse_args(argv))
            debug = namespace.get('debug') or False
            debugger = namespace.get('debugger') or False
            context = cls.context_from_cli(namespace)
            debug = context.debug
            args = {k: v for k, v in namespace.items()
                    if k not in cls.COMMON_DESTS}
            command = cls(args, context)
            command.configure_output()
            command.configure()
            result = command.main()
            command.output(result)
            sys.stdout.flush()
            command.after_output(result)
            return 0
        except UsageError as err:
            # The error first, then one usage line and where the rest is:
            # never a page of usage before the one useful line.
            say(f'{prog}: error: {err}')
            if parser is not None:
                say(short_usage(parser, prog))
                say(f"see '{prog} --help'")
            return err.exit_code
        except OutputGone:
            # The reader (e.g. head) went away: not an error of ours.
            return 0
        except ServerError as err:
            if debug:
                _print_traceback()
            say(f'{prog}: error {err}')
            hint = server_error_hint(err, debug)
            if hint:
                say(f'{prog}: {hint}')
            return err.exit_code
        except EucaError as err:
            if debug:
                _print_traceback()
            say(f'{prog}: error: {err}')
            return err.exit_code
        except KeyboardInterrupt as err:
            signum = getattr(err, 'signum', None)
            # A call in flight when it came may have acted (client.request).
            outcome = getattr(err, 'outcome', None)
            if signum:
                import signal
                name = signal.Signals(signum).name
                say(f'{prog}: stopped by {name}' + (
                    outcome.replace('interrupted', '', 1) if outcome
                    else ''))
                return 128 + signum
            say(f'{prog}: {outcome or "interrupted"}')
            return 130
        except Exception as err:   # noqa: BLE001 -- the last line of defence
            if debugger:
                import pdb
                pdb.post_mortem()
            if debug:
                _print_traceback()
            say(f'{prog}: error: internal error: {type(err).__name__}: '
                f'{err} (run with --debug for details)')
            return 1


def server_error_hint(err, debug=False):
    """The line after a server's error: its request ID when it carried one
    (what the provider's support asks for) and, without --debug, how to see
    the exchange.  The error's own line stays as it is: scripts parse it."""
    parts = []
    if getattr(err, 'request_id', None):
        parts.append(f'request ID {printable(err.request_id, 200)}')
    if not debug:
        parts.append('run with --debug to see the exchange')
    return '; '.join(parts)


def _print_traceback():
    """The --debug traceback, with the secrets --debug output hides
    hidden here too (a password in a URL, a signature)."""
    import traceback
    from .http.redact import redact
    say(redact(traceback.format_exc().rstrip('\n')))

