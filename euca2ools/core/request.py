"""Query API commands: arguments -> flattened parameters -> call -> data.

A command class declares SERVICE_CLASS, ACTION, ARGS, FILTERS and LIST_TAGS;
it prints with ``print_result``.  Everything else -- the common options,
filters, flattening, paging, JSON output -- is here, once.  An action that
pages (data/paging.py, made from botocore's paginators) has every page
read and the AWS CLI's paging options (--max-items, --starting-token,
--page-size, --no-paginate).
"""

import argparse

from .args import EMPTY, PARAMS
from .command import BaseCommand
from .errors import ClientError, EucaError, UsageError
from .output import tabify
from .paging import MAX_PAGES, Pager, StreamedPages, paging_args, paging_for
from .wait import DEFAULT_WAIT_TIMEOUT, first_value, wait_seconds


def flatten_params(params):
    """AWS Query flattening: dicts join with '.', lists count from .1.

    None and '' are dropped (EMPTY sends ''); booleans become true/false;
    an open file is read.
    """
    flat = {}

    def walk(prefix, value):
        if value is None:
            return
        if isinstance(value, dict):
            for key, sub in value.items():
                walk(f'{prefix}.{key}' if prefix else key, sub)
        elif isinstance(value, (list, tuple)):
            for index, sub in enumerate(value, 1):
                walk(f'{prefix}.{index}', sub)
        elif value is EMPTY:
            flat[prefix] = ''
        elif isinstance(value, bool):
            flat[prefix] = 'true' if value else 'false'
        elif hasattr(value, 'read'):
            walk(prefix, value.read())
        elif isinstance(value, bytes):
            flat[prefix] = value.decode('utf-8')
        elif value != '':
            flat[prefix] = str(value)

    walk('', params)
    return flat


class QueryRequest(BaseCommand):
    SERVICE_CLASS = None
    ACTION = None
    API_VERSION = None     # defaults to the service's
    FILTERS = []
    LIST_TAGS = []
    # The list whose items print_result prints one by one with no state
    # between them ('reservationSet', 'LoadBalancerDescriptions'): text
    # output then prints each item's rows as soon as the item has arrived,
    # page by page, and print_result sees only that list (an iterator).
    STREAM = None
    TABULAR = True         # has --show-empty-fields
    REGION_OPTION = KEY_OPTIONS = True
    # A Waiter: --wait and --wait-timeout, polling after the output until
    # the change is done (core/wait/).
    WAIT = None
    JSON_OUTPUT = None     # --output json; default: see wants_json
    # Elements main() adds beside the answer, {key: the action whose answer
    # has that member}: the JSON document keeps them, shaped as there.
    JSON_ADDED = {}
    # False for an action of Eucalyptus's own that an AWS action's name
    # (and a different answer) came to share: its JSON keeps the names it
    # came with (scripts/gen_types.py leaves it out of the tables).
    JSON_MODELLED = True
    # What the answer exists to deliver: paths (as first_value reads them)
    # that must be non-empty -- a secret only the answer carries, or the ID
    # of what the call made.  Without one the call is an error, after
    # discard_undelivered() undid what it can (see there).
    DELIVERS = ()
    CHECK_WITH = None      # the command that shows what the call may have made

    def __init__(self, args=None, context=None):
        super().__init__(args, context)
        self.url = self.args.get('url')
        self.show_empty_fields = bool(self.args.get('show_empty_fields'))
        self._service = None
        self.params = {dest: self.args.get(dest)
                       for dest in self.routed_dests(PARAMS)}
        self.params.update(self.filter_params(self.args.get('filter')))
        self.resume = None     # the token the output ends with (paging)

    # -- parser ------------------------------------------------------------

    @classmethod
    def paging(cls):
        """How the action pages (its service's row of data/paging.py),
        or None."""
        return paging_for(getattr(cls.SERVICE_CLASS, 'TYPES', None),
                          cls.ACTION)

    @classmethod
    def wants_json(cls):
        """--output json for actions whose answers carry data: Describe*,
        List*, Get* and the service's DATA_ACTIONS (RunInstances,
        CreateVolume, ...), unless JSON_OUTPUT says otherwise."""
        if cls.JSON_OUTPUT is not None:
            return cls.JSON_OUTPUT
        action = cls.ACTION
        return bool(action) and (
            action.startswith(('Describe', 'List', 'Get'))
            or action in cls.SERVICE_CLASS.DATA_ACTIONS)

    @classmethod
    def common_args(cls, parser):
        service = cls.SERVICE_CLASS
        urlvars = '/'.join(service.URL_ENVVARS) if service else ''
        parser.common.add_argument(
            '-U', '--url', '--endpoint-url', metavar='URL',
            help=f'{service.DESCRIPTION if service else ""} endpoint URL '
                 f'(default: {urlvars} or the region config)'.strip())
        if cls.FILTERS:
            parser.add_argument(
                '--filter', metavar='NAME=VALUE', action='append',
                help='restrict results to those that meet criteria '
                     '(repeatable; see the list of filter names below)')
            parser.add_epilog(cls.filter_list)
        paging = cls.paging()
        if paging is not None:
            paging_args(parser.common, paging)
        if cls.TABULAR:
            parser.common.add_argument('--show-empty-fields',
                                       action='store_true',
                                       help='show empty values as "(nil)"')
        if cls.WAIT is not None:
            parser.add_argument(
                '--wait', action='store_true',
                help=f'after the output, wait until {cls.WAIT.help} '
                     '(progress on stderr when it is a terminal; exit 1 if '
                     'it fails)')
            parser.add_argument(
                '--wait-timeout', metavar='SECONDS', type=wait_seconds,
                help=f'give up waiting after SECONDS (default '
                     f'{DEFAULT_WAIT_TIMEOUT}; implies --wait)')
        super().common_args(parser)

    # -- filters -----------------------------------------------------------

    @classmethod
    def filter_list(cls):
        """--help's list of the filters, within 80 columns; a filter and
        its values stay on one line (\xa0 binds them while wrapping)."""
        import textwrap
        return textwrap.fill(
            'allowed filter names: ' + ', '.join(
                f.described().replace(' (', '\xa0(') for f in cls.FILTERS),
            79, break_on_hyphens=False, break_long_words=False
        ).replace('\xa0', ' ')

    @classmethod
    def filter_params(cls, specs):
        """--filter NAME=VALUE strings -> Filter.N.Name / Filter.N.Value.M."""
        if not specs:
            return {}
        grouped = {}
        for spec in specs:
            name, sep, value = spec.partition('=')
            if not sep or not name:
                raise UsageError(f'filter {spec!r} must have form NAME=VALUE')
            known = next((f for f in cls.FILTERS if f.matches(name)), None)
            if known is None:
                from .helpformat import did_you_mean
                raise UsageError(
                    f'unknown filter name {name!r}'
                    + did_you_mean(name, [f.name for f in cls.FILTERS])
                    + '; --help lists the filters')
            try:
                value = known.convert(value) if value != '' else EMPTY
            except argparse.ArgumentTypeError as err:
                raise UsageError(str(err))
            grouped.setdefault(name, []).append(value)
        return {'Filter': [{'Name': name, 'Value': values}
                           for name, values in grouped.items()]}

    # -- sending -----------------------------------------------------------

    @property
    def service(self):
        if self._service is None:
            self._service = self.SERVICE_CLASS(self.context, url=self.url)
        return self._service

    def preprocess(self):
        """Adjust self.params before sending (hook)."""

    def send(self, params=None, stream=None):
        params = self.params if params is None else params
        version = self.API_VERSION or self.SERVICE_CLASS.API_VERSION
        data = self.service.query(self.ACTION, flatten_params(params),
                                  self.LIST_TAGS, version, stream=stream)
        if self.DELIVERS and stream is None:
            self.check_delivered(data)
        return data

    def check_delivered(self, result):
        missing = [path for path in self.DELIVERS
                   if first_value(result, path) is None]
        if missing:
            raise ClientError(
                f'the {self.ACTION} answer has no {", ".join(missing)}; '
                f'{self.discard_undelivered(result, missing)}')

    def discard_undelivered(self, result, missing):
        """Undo what an answer that lacks what it exists to deliver made,
        where that is possible (a key nobody has the secret of is deleted);
        returns what the user should know (hook)."""
        check = f': check with {self.CHECK_WITH}' if self.CHECK_WITH else ''
        return f'what it made, if anything, may exist{check}'

    def undo_with(self, command, args, what, manual):
        """Run COMMAND (a deleting command class) with ARGS to remove WHAT
        this run made but cannot hand over; says how it went, with the
        MANUAL command line when it failed."""
        try:
            command({'url': self.url, **args}, self.context).main()
        except EucaError as err:
            return (f'deleting {what} failed too ({err}): delete it with '
                    f'{manual}')
        return f'{what} was deleted'

    def main(self):
        self.preprocess()
        # --query needs the whole document; everything else streams.
        if self.STREAM and (self.args.get('output') != 'json' or
                            getattr(self, 'json_query', None) is None):
            return StreamedPages(self)
        return self.fetch_pages()

    def fetch_pages(self, params=None):
        """The answer to PARAMS (default: self.params) with the lists of
        every page joined, as the paging options ask (``resume`` is then
        the token the output ends with, if any); one call for an action
        that does not page."""
        params = self.params if params is None else params
        paging = self.paging()
        if paging is None:
            return self.send(params)
        pager = Pager(self, paging, params)
        data = None
        while True:
            page = self.send(pager.request())
            for index, key in enumerate(paging.lists):
                items = page.get(key)
                if not isinstance(items, list):
                    if key not in page and (data is None or key not in data):
                        continue
                    items = []
                if index == 0:
                    items = list(pager.take(items))
                if data is None:
                    page[key] = items
                else:
                    data[key] = (data.get(key) or []) + items
            if data is None:
                data = page
            more = pager.turn(page)
            if not more:
                break
        data.pop(paging.token, None)
        if paging.more and paging.more in page:
            data[paging.more] = page[paging.more]   # the last page's word
        self.resume = pager.resume
        return data

    def paging_options_given(self):
        """The options that make the output a part of the listing."""
        return [flag for flag, dest in (('--max-items', 'max_items'),
                                        ('--starting-token', 'starting_token'),
                                        ('--no-paginate', 'no_paginate'))
                if self.args.get(dest)]

    def next_token(self, page, seen, paging=None):
        """The token that asks for the page after ``page`` (None at the
        end); ``seen`` holds the tokens so far, so a server that repeats
        one, or never stops, is an error rather than a loop."""
        paging = paging or self.paging()
        token = paging.next_token(page) if paging else None
        if not token:
            return None
        if token in seen:
            raise ClientError(
                f'the server sent the same {paging.token} twice (after '
                f'{len(seen) + 1} pages); stopping rather than looping over '
                'the same results')
        if len(seen) + 1 >= MAX_PAGES:
            raise ClientError(f'the server is still paging after '
                              f'{MAX_PAGES} pages; stopping')
        seen.add(token)
        return token

    # -- output ------------------------------------------------------------

    def tabify(self, *fields):
        return tabify(fields, self.show_empty_fields)

    def print_row(self, *fields):
        self.emit(self.tabify(*fields))

    def print_rows(self, rows):
        for row in rows:
            self.print_row(*row)

    def output(self, result):
        if isinstance(result, StreamedPages):
            if self.args.get('output') == 'json':
                from .jsonout import dump_stream
                dump_stream(self.SERVICE_CLASS.TYPES, self.ACTION,
                            self.STREAM, result, self.out)
                return
            for page in result:
                self.print_result(page)
        else:
            super().output(result)
        if self.resume and self.args.get('output') != 'json':
            # As the AWS CLI's text output ends a part of a listing.
            self.print_row('NEXTTOKEN', self.resume)

    def typed_result(self, result):
        from .jsonout import typed
        result = typed(self.SERVICE_CLASS.TYPES, self.ACTION, result,
                       self.JSON_ADDED)
        if self.resume and isinstance(result, dict):
            result['NextToken'] = self.resume      # as the AWS CLI has it
        return result

    def print_result(self, result):
        """Silent unless the command prints rows."""

    def configure_output(self):
        super().configure_output()
        if self.args.get('no_paginate') and self.args.get('max_items'):
            raise UsageError('--no-paginate makes one call: --max-items '
                             'cannot be used with it')
        # Every setting the run will need is checked before anything
        # changes: a bad poll interval must not surface after the launch.
        if self.waits():
            from .wait.loop import poll_interval
            poll_interval(self.context.environ)

    def waits(self):
        return self.WAIT is not None and bool(self.args.get('wait') or
                                              self.args.get('wait_timeout'))

    def after_output(self, result):
        """--wait (or --wait-timeout): poll until the change is done."""
        if self.waits():
            from .wait.loop import wait_for
            wait_for(self, result)
