"""AWS XML answers to plain dicts and lists, built as the bytes arrive.

Answers are parsed with expat (the standard library's C parser, ~1 ms to
import), straight into data, with no element tree in between:

* namespaces and prefixes are ignored (moto and AWS disagree on them);
* an element becomes a list when its name is in ``list_tags`` or when all its
  children are ``item``/``member`` elements; a leaf becomes its text; an
  empty element becomes None (or [] when it is a list tag); repeated
  siblings (S3 style) collect into a list;
* a DTD of any kind is refused as soon as the parser meets it, so there are
  no entity declarations and nothing to expand or fetch; an undeclared
  entity reference is a syntax error.

``AnswerParser`` can also hand over the items of one list (``stream``, e.g.
``reservationSet``) one at a time as each is complete, so a describe of a
large account prints rows while the answer is still arriving and never
holds more than an item or so in memory.

``parse_xml`` (lxml, imported lazily) stays for documents that need a tree:
bundle manifests and XSLT stylesheets.
"""

import collections

from .errors import ClientError

LIST_CHILD_NAMES = frozenset(('item', 'member'))
REQUEST_ID_NAMES = ('RequestId', 'RequestID', 'requestId')


class XMLError(ClientError):
    pass


# -- answers (expat) ----------------------------------------------------

class HeldTooMuch(ClientError):
    """A streamed answer went on for max_held bytes without an item."""


class _Refused(Exception):
    """Raised inside expat's callbacks; turned into XMLError by feed()."""


def _refuse_dtd(*args):
    raise _Refused('it has a DTD, which is refused')


class AnswerParser:
    """Incremental XML -> data.

    ``feed(bytes)`` as data arrives, then ``close()``; ``root_name`` is known
    after the first element, ``data`` (the root's value) after close().  With
    ``stream=('reservationSet',)`` -- a path of element names below the root
    and its optional ``<ActionResult>`` wrapper -- the items of that list go
    to ``ready`` (a deque) as each ends, instead of into ``data``.
    ``max_held`` bounds the bytes fed while no item was handed over.
    """

    def __init__(self, list_tags=(), stream=None, max_held=None,
                 what='the response'):
        from xml.parsers import expat
        self._expat = expat
        self.list_tags = frozenset(list_tags)
        self.stream = tuple(stream) if stream else None
        self.max_held = max_held
        self.what = what
        self.root_name = None
        self.data = None
        self.ready = collections.deque()
        self.streamed = 0          # items handed over so far
        self._held = 0             # bytes fed since the last item was ready
        self._stack = []           # [name, children or None, text, streams]
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = _refuse_dtd
        parser.EntityDeclHandler = _refuse_dtd
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        self._handlers(parser)
        self._parser = parser

    def feed(self, chunk, final=False):
        try:
            self._parser.Parse(chunk, final)
        except self._expat.ExpatError as err:
            raise XMLError(f'{self.what} is not valid XML: {err}')
        except _Refused as err:
            raise XMLError(f'{self.what}: {err}')
        if self.max_held is not None:
            self._held = 0 if self.ready else self._held + len(chunk)
            if self._held > self.max_held:
                raise HeldTooMuch(self.max_held)

    def close(self):
        self.feed(b'', final=True)
        if self.root_name is None:
            raise XMLError(f'{self.what} is empty')

    def _handlers(self, parser):
        """expat's callbacks, as closures over local names: they run once
        per element, so every attribute lookup saved counts."""
        stack = self._stack
        list_tags = self.list_tags
        list_children = LIST_CHILD_NAMES
        stream = self.stream
        stream_last = stream[-1] if stream else None
        ready = self.ready
        local = {}    # 'prefix:name' -> 'name'

        def start(raw, attrs):
            name = local.get(raw)
            if name is None:
                name = local[raw] = raw.rpartition(':')[2]
            if not stack:
                self.root_name = name
            stack.append([name, None, None,
                          name == stream_last and self._is_stream(name)])

        def text(data):
            frame = stack[-1]
            if frame[1] is None:       # text matters only in leaves
                # buffer_text hands a leaf's text over in one piece, bar
                # the odd buffer boundary.
                frame[2] = data if frame[2] is None else frame[2] + data

        def end(_name):
            name, children, value, streams = stack.pop()
            if children is None and not streams:
                if name in list_tags:
                    value = []
                # Pretty-printed empty containers hold only layout
                # whitespace.
                elif value is not None and '\n' in value \
                        and not value.strip():
                    value = None
            elif streams:
                value = []
            elif name in list_tags:
                value = [v for _, v in children]
            else:
                for child_name, _ in children:
                    if child_name not in list_children:
                        break
                else:
                    value = [v for _, v in children]
                    children = None
                if children is not None:
                    value = {}
                    repeated = set()
                    for child_name, child in children:
                        if child_name not in value:
                            value[child_name] = child
                            continue
                        if child_name not in repeated:
                            value[child_name] = [value[child_name]]
                            repeated.add(child_name)
                        value[child_name].append(child)
            if not stack:
                self.data = value
                return
            parent = stack[-1]
            if parent[3]:
                ready.append(value)
                self.streamed += 1
            elif parent[1] is None:
                parent[1] = [(name, value)]
            else:
                parent[1].append((name, value))

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text

    def _is_stream(self, name):
        path = [frame[0] for frame in self._stack[1:]] + [name]
        if path and path[0].endswith('Result') and path[0] != self.stream[0]:
            path = path[1:]
        return tuple(path) == self.stream


def payload(data, action=None):
    """The root's value without the metadata and the ``<ActionResult>``
    wrapper, so every service's commands see the same shape."""
    if not isinstance(data, dict):
        return data if data is not None else {}
    data.pop('ResponseMetadata', None)
    data.pop('requestId', None)
    if action and set(data) == {f'{action}Result'}:
        data = data[f'{action}Result'] or {}
    return data


def parse_answer(body, list_tags=(), what='the response'):
    """(root element name, root value) of a complete answer."""
    parser = AnswerParser(list_tags, what=what)
    parser.feed(body)
    parser.close()
    return parser.root_name, parser.data


def parse_response(body, list_tags=frozenset(), action=None):
    """The answer's data, the root element and metadata stripped."""
    return payload(parse_answer(body, list_tags)[1], action)


def find_error(data):
    """(code, message, request_id) from an error document's data (as
    ``{root name: root value}``: S3's root is <Error> itself), or None."""
    error = _first(data, 'Error')
    if isinstance(error, list):
        error = error[0] if error else None
    if not isinstance(error, dict) or not _text(error.get('Code')):
        return None
    request_id = None
    for name in REQUEST_ID_NAMES:
        found = _first(data, name)
        if isinstance(found, str):
            request_id = found
    return (_text(error.get('Code')), _text(error.get('Message')),
            request_id)


def parse_error(body):
    """(code, message, request_id) from an AWS error body, or None."""
    try:
        root_name, data = parse_answer(body)
    except XMLError:
        return None
    return find_error({root_name: data})


def _first(data, key):
    """The value of the first ``key`` anywhere in data (depth first)."""
    if isinstance(data, dict):
        if key in data:
            return data[key]
        values = data.values()
    elif isinstance(data, list):
        values = data
    else:
        return None
    for value in values:
        found = _first(value, key)
        if found is not None:
            return found
    return None


def _text(value):
    return value.strip() if isinstance(value, str) else ''


# -- documents that need a tree (lxml) ----------------------------------

def _parser():
    from lxml import etree   # lazy: only manifests and stylesheets need it
    return etree, etree.XMLParser(resolve_entities=False, no_network=True,
                                  load_dtd=False, huge_tree=False,
                                  remove_comments=True, remove_pis=True)


def parse_xml(body, what='the response'):
    """Parse bytes into an lxml element, refusing DTDs and entities.
    WHAT names the document in error messages."""
    etree, parser = _parser()
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError as err:
        raise XMLError(f'{what} is not valid XML: {err}')
    if root is None:
        raise XMLError(f'{what} is empty')
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None:
        raise XMLError(f'{what} has a DTD, which is refused')
    return root
