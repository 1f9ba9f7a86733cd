"""What an answer is: a 200 is the answer only when its root names the
action asked for; an error document (at any status) is the server's
(Code): Message; anything else is one line naming what came.  Also the
answer parsed while it arrives (StreamedAnswer)."""

import re

from . import http as _http
from .errors import ClientError, ServerError, printable
from .http import THROTTLING_CODES
from .xmlparse import (AnswerParser, HeldTooMuch, XMLError, find_error,
                       parse_answer, parse_error, payload)


class StreamedAnswer:
    """A 200 answer parsed while it arrives.

    ``items()`` yields the streamed list's items one at a time, each as soon
    as it is complete; ``rest()`` reads to the end and returns the rest of
    the payload (paging tokens follow the list).  Memory holds about one
    item, however long the answer.
    """

    def __init__(self, response, action, list_tags, stream, max_held):
        self.response = response
        self.action = action
        self.parser = AnswerParser(list_tags, stream=stream,
                                   max_held=max_held)
        self.seen = bytearray()    # the answer's first bytes, for errors
        self.done = False

    def _pump(self):
        parser = self.parser
        chunk = self.response.read1(_http.READ_CHUNK)
        if len(self.seen) < 65536:
            self.seen += chunk[:65536 - len(self.seen)]
        try:
            if chunk:
                parser.feed(chunk)
            else:
                parser.close()
                self.done = True
        except HeldTooMuch as err:
            self.response.close()
            raise _http.too_big(self.response.url, err.args[0],
                                'in one piece')
        except XMLError as err:
            self.response.close()
            raise not_the_answer(self.response, self.action,
                                 bytes(self.seen), err)
        if parser.root_name is not None and not _expected(
                parser.root_name, self.action):
            # Not our answer: read it whole (bounded) to say what it is.
            rest = self.response.read()
            try:
                root_name, data = parse_answer(bytes(self.seen) + rest)
            except XMLError as err:
                raise not_the_answer(self.response, self.action,
                                     bytes(self.seen), err)
            check_root(self.response, self.action, root_name, data)

    def items(self):
        ready = self.parser.ready
        while True:
            while ready:
                yield ready.popleft()
            if self.done:
                return
            self._pump()

    def rest(self):
        for _ in self.items():
            pass
        return payload(self.parser.data, self.action)

    def close(self):
        """Leave the rest of the answer unread (--max-items stopped inside
        it): its connection is closed, not reused."""
        self.response.close()
        self.done = True


def _expected(root_name, action):
    return root_name in (f'{action}Response', f'{action}ResponseType', action)


def check_root(response, action, root_name, data):
    """A 200 is success only when its root element names the action asked
    for: ``<ActionResponse>``, Eucalyptus' own services'
    ``<ActionResponseType>``, or plain ``<Action>`` (AWS documents
    AssignPrivateIpAddresses' answer so).  A proxy's HTML login page, another
    action's answer or an error document sent with status 200 is not."""
    if _expected(root_name, action):
        return
    parsed = find_error({root_name: data})
    if parsed:
        code, message, request_id = parsed
        raise ServerError(code, message or response.reason,
                          response.status_code, request_id)
    raise ClientError(f'{_answer_from(response)} is a <{root_name}> '
                      f'document, not the {action}Response asked for')


def not_the_answer(response, action, body, err):
    return ClientError(f'{_answer_from(response)} is not the {action}'
                       f'Response asked for: {describe_body(body) or err}')


def _answer_from(response):
    return (f'the answer from {_http.host_of(response.url) or "the server"} '
            f'(HTTP {response.status_code})')


def describe_body(body):
    """A few words on a body that is not XML: an HTML page's title, empty.
    None when there is nothing better to say than the parser's error."""
    body = body or b''
    if not body.strip():
        return 'it is empty'
    title = re.search(rb'<title[^>]*>([^<]*)</title>', body[:65536],
                      re.IGNORECASE)
    if title and title.group(1).strip():
        text = printable(title.group(1).decode('utf-8', 'replace').strip(),
                         100)
        return f'it is an HTML page titled "{text}"'
    if re.search(rb'<html|<!doctype html', body[:4096], re.IGNORECASE):
        return 'it is an HTML page'
    return None


def _is_throttling(response):
    parsed = parse_error(response.content)
    return bool(parsed) and parsed[0] in THROTTLING_CODES


def error_from_response(response):
    parsed = parse_error(response.content)
    if parsed:
        code, message, request_id = parsed
        return ServerError(code, message or response.reason,
                           response.status_code,
                           request_id or header_request_id(response))
    message = response.reason or 'error'
    title = re.search(rb'<title>([^<]*)</title>', response.content or b'',
                      re.IGNORECASE)
    if title and title.group(1).strip():
        message = title.group(1).decode('utf-8', 'replace').strip()
    return ServerError(response.status_code, message, response.status_code,
                       header_request_id(response))


# Where an answer without an error document may still name its request.
REQUEST_ID_HEADERS = ('x-amzn-RequestId', 'x-amz-request-id')


def header_request_id(response):
    headers = getattr(response, 'headers', None) or {}
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return value
    return None
