"""AWS XML responses to plain dicts and lists.

Namespaces are ignored (moto and AWS disagree on them), DTDs and entities are
refused.  An element becomes a list when its name is in ``list_tags`` or when
all its children are ``item``/``member`` elements; a leaf becomes its text;
an empty element becomes None (or [] when it is a list tag).
"""

from .errors import ClientError

LIST_CHILD_NAMES = frozenset(('item', 'member'))


class XMLError(ClientError):
    pass


def _parser():
    from lxml import etree   # lazy: keeps --help and start-up fast
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


def localname(element):
    tag = element.tag
    if not isinstance(tag, str):
        return None
    return tag.rpartition('}')[2]


def element_to_data(element, list_tags=frozenset()):
    name = localname(element)
    children = [c for c in element if isinstance(c.tag, str)]
    if name in list_tags:
        return [element_to_data(c, list_tags) for c in children]
    if not children:
        text = element.text
        # Pretty-printed empty containers hold only layout whitespace.
        if text is None or (not text.strip() and '\n' in text):
            return None
        return text
    names = [localname(c) for c in children]
    if all(n in LIST_CHILD_NAMES for n in names):
        return [element_to_data(c, list_tags) for c in children]
    data = {}
    repeated = set()
    for child, child_name in zip(children, names):
        value = element_to_data(child, list_tags)
        if child_name not in data:
            data[child_name] = value
            continue
        # Repeated siblings (S3 style) collect into a list.
        if child_name not in repeated:
            data[child_name] = [data[child_name]]
            repeated.add(child_name)
        data[child_name].append(value)
    return data


def parse_response(body, list_tags=frozenset(), action=None):
    """The response body (bytes or a parsed root) as data, the root element
    and metadata stripped.

    Non-EC2 services wrap the payload in ``<ActionResult>``; that wrapper is
    removed too, so every service's commands see the same shape.
    """
    root = parse_xml(body) if isinstance(body, (bytes, str)) else body
    data = element_to_data(root, frozenset(list_tags))
    if not isinstance(data, dict):
        return data if data is not None else {}
    data.pop('ResponseMetadata', None)
    data.pop('requestId', None)
    if action and set(data) == {f'{action}Result'}:
        data = data[f'{action}Result'] or {}
    return data


def error_element(root):
    """The <Error> element of an AWS error document, or None."""
    for element in root.iter():
        if localname(element) == 'Error':
            return element
    return None


def parse_error(body):
    """(code, message, request_id) from an AWS error body (bytes or a
    parsed root), or None."""
    try:
        root = parse_xml(body) if isinstance(body, (bytes, str)) else body
    except XMLError:
        return None
    error = error_element(root)
    if error is None:
        return None
    fields = {localname(c): (c.text or '').strip() for c in error}
    request_id = None
    for element in root.iter():
        if localname(element) in ('RequestId', 'RequestID', 'requestId'):
            request_id = element.text
    if not fields.get('Code'):
        return None
    return fields['Code'], fields.get('Message', ''), request_id
