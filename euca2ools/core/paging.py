"""Paging: every page of every action that pages, from one table
(data/paging.py, made from botocore's paginators by scripts/gen_paging.py),
and the AWS CLI's paging options (--max-items, --starting-token,
--page-size, --no-paginate) with its resume tokens."""

import argparse

from .errors import UsageError


MAX_PAGES = 10000   # beyond any real account; a server that never ends stops
# The starting token's count of items already printed from its page, as
# the AWS CLI (botocore) writes it, so that the tokens of either resume in
# the other.
TRUNCATED = 'boto_truncate_amount'


def paging_table():
    """{service: {action: row}}: data/paging.py (scripts/gen_paging.py
    makes it from botocore's paginators)."""
    from ..data.paging import TABLE
    return TABLE


def paging_for(service, action):
    """The Pagination of ACTION of SERVICE (a TYPES name), or None."""
    row = paging_table().get(service or '', {}).get(action)
    return Pagination(**row) if row else None


class Pagination:
    """How an action pages: one row of data/paging.py, its names as they
    are on the wire.  ``param`` is the request's token, ``token`` the
    answer's, ``lists`` the lists joined over pages (the first is what
    --max-items counts), ``limit`` the page size parameter (None: the
    action has none), ``more`` the answer's "is there more" flag and
    ``no_limit_with`` the parameters the limit may not be sent with.
    """

    def __init__(self, lists, input='NextToken', output='NextToken',
                 limit=None, more=None, no_limit_with=()):
        self.lists = tuple(lists)
        self.param = input
        self.token = output
        self.limit = limit
        self.more = more
        self.no_limit_with = tuple(no_limit_with)

    def next_token(self, page):
        if self.more and str(page.get(self.more, '')).lower() == 'false':
            return None
        return page.get(self.token) or None

    def refuses_limit(self, params):
        """Whether PARAMS hold one the limit may not go with (EC2's
        DescribeInstances with instance IDs)."""
        from .request import flatten_params
        names = self.no_limit_with
        return bool(names) and any(
            key == name or key.startswith(name + '.')
            for key in flatten_params(params) for name in names)


def resume_token(param, token, skip=0):
    """The token --starting-token resumes from: the request token of the
    page to ask for (None: the first) and how many of its items were
    printed already; base64 JSON, as the AWS CLI writes it."""
    import base64
    import json
    fields = {param: token} if token else {}
    if skip:
        fields[TRUNCATED] = skip
    return base64.b64encode(json.dumps(fields).encode()).decode('ascii')


def read_starting_token(text, param):
    """(request token or None, items to skip) from --starting-token: a
    token resume_token() (or the AWS CLI) wrote, or a server's own token
    (--no-paginate prints that)."""
    import base64
    import binascii
    import json
    try:
        fields = json.loads(base64.b64decode(text, validate=True))
    except (ValueError, binascii.Error):
        return text, 0
    if not isinstance(fields, dict):
        return text, 0
    token, skip = fields.get(param), fields.get(TRUNCATED, 0)
    if set(fields) - {param, TRUNCATED} or not fields or \
            not isinstance(token, (str, type(None))) or \
            not isinstance(skip, int) or isinstance(skip, bool) or skip < 0:
        raise UsageError('--starting-token: not a token this command '
                         f'printed (it names {", ".join(sorted(fields))})'
                         if fields else '--starting-token: an empty token')
    return token, skip


class Pager:
    """One paged call as the paging options ask: the request of each page
    (--starting-token, --page-size), the items the output gets (those the
    starting token skips left out, --max-items) and the token the output
    ends with (``resume``) when it stops before the end."""

    def __init__(self, command, paging, params):
        args = command.args
        self.command = command
        self.paging = paging
        self.params = params
        self.max_items = args.get('max_items')
        self.page_size = args.get('page_size')
        self.one_page = bool(args.get('no_paginate'))
        start = args.get('starting_token')
        self.token, self.skip = (read_starting_token(start, paging.param)
                                 if start else (None, 0))
        self.count = 0          # items the output got so far
        self.seen = set()       # tokens so far (a loop is an error)
        self.resume = None
        self.done = False

    def request(self):
        paging = self.paging
        params = dict(self.params)
        if self.token:
            params[paging.param] = self.token
        if self.page_size and paging.limit and \
                not paging.refuses_limit(params):
            params[paging.limit] = self.page_size
        return params

    def take(self, items):
        """The page's items the output gets; stopping inside the page (one
        more item came after --max-items) sets ``resume`` to this page
        with the items printed skipped."""
        skip, self.skip = self.skip, 0
        for index, item in enumerate(items):
            if index < skip:
                continue
            if self.max_items is not None and self.count >= self.max_items:
                self.resume = resume_token(self.paging.param, self.token,
                                           index)
                self.done = True
                return
            self.count += 1
            yield item

    def turn(self, page):
        """After a page (its items taken): True when the next one is to
        be asked for; otherwise ``resume`` says where the output stopped,
        if that was before the end."""
        if self.done:
            return False
        token = self.command.next_token(page, self.seen, self.paging)
        self.done = True
        if not token:
            return False
        if self.one_page:
            self.resume = token
        elif self.max_items is not None and self.count >= self.max_items:
            self.resume = resume_token(self.paging.param, token)
        else:
            self.done = False
            self.token = token
        return not self.done


class StreamedPages:
    """What a STREAM command's main() returns for text output and for JSON
    without --query: iterating it sends each request in turn and yields,
    per page, ``{list: items}`` whose items are parsed while the answer
    arrives (print_result prints them; JSON output writes them as they
    come).  The next page is asked for only after this one's items were
    taken.  ``rest`` is then the last page's payload without the list, and
    ``token`` the name of its paging token."""

    rest = None

    def __init__(self, command):
        self.command = command
        paging = command.paging()
        self.token = paging.token if paging else None

    def __iter__(self):
        command = self.command
        path = tuple(command.STREAM.split('.'))
        paging = command.paging()
        pager = Pager(command, paging, command.params) if paging else None
        while True:
            answer = command.send(pager.request() if pager else None,
                                  stream=path)
            items = answer.items()
            page = target = {}
            for key in path[:-1]:
                target = target.setdefault(key, {})
            target[path[-1]] = pager.take(items) if pager else items
            yield page
            if pager is None:
                self.rest = answer.rest()
                return
            if pager.done:      # --max-items stopped inside this page
                answer.close()
                command.resume = pager.resume
                return
            self.rest = answer.rest()
            more = pager.turn(self.rest)
            command.resume = pager.resume
            if not more:
                return


def positive_count(text):
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f'{text!r} is not a whole number '
                                         'of at least 1')
    return value


def paging_args(group, paging):
    """The AWS CLI's paging options, for a command whose action pages."""
    group.add_argument(
        '--max-items', metavar='N', type=positive_count,
        help='print at most N items, then a last row NEXTTOKEN and the '
             'token that --starting-token resumes from (JSON: a NextToken '
             'key)')
    group.add_argument(
        '--starting-token', metavar='TOKEN',
        help='resume a listing from the token an earlier --max-items or '
             '--no-paginate run printed')
    if paging.limit:
        group.add_argument(
            '--page-size', metavar='N', type=positive_count,
            help=f'ask for N items a call ({paging.limit}); every page is '
                 'still read: this is no bound on the total')
    group.add_argument(
        '--no-paginate', action='store_true',
        help='make one call and print its page, then the server\'s token '
             'for more (if any) as with --max-items')
