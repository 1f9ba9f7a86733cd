"""botocore as the oracle of ``--output json``: what its parser makes of an
answer's XML is what the AWS CLI prints, and so what we must print.

botocore is a test dependency (via moto); nothing of euca2ools imports it.
"""

import base64
import datetime

_models = {}


def service_model(service):
    import botocore.session
    model = _models.get(service)
    if model is None:
        model = _models[service] = \
            botocore.session.get_session().get_service_model(service)
    return model


def modelled(service, action):
    """Whether botocore's model of SERVICE has ACTION, with an output."""
    if not service:
        return False
    model = service_model(service)
    return (action in model.operation_names and
            model.operation_model(action).output_shape is not None)


def botocore_parse(service, action, body):
    """botocore's parse of BODY, ACTION's answer, without the
    ResponseMetadata (the AWS CLI leaves it out).

    Timestamps stay the strings that came, as the AWS CLI has them parsed
    (its cli_timestamp_format "none", v1's default): exactly what we print.
    """
    from botocore import parsers
    model = service_model(service)
    # CloudWatch's model names a newer protocol first; we speak Query.
    protocols = model.metadata.get('protocols') or [model.metadata['protocol']]
    protocol = 'ec2' if 'ec2' in protocols else 'query'
    assert protocol in protocols, (service, protocols)
    factory = parsers.ResponseParserFactory()
    factory.set_parser_defaults(timestamp_parser=lambda text: text)
    parser = factory.create_parser(protocol)
    parsed = parser.parse({'body': body, 'headers': {}, 'status_code': 200},
                          model.operation_model(action).output_shape)
    parsed.pop('ResponseMetadata', None)
    return parsed


def assert_same(ours, theirs, path='$'):
    """Our JSON document (parsed) is botocore's parse: the same names, the
    same types, the same values; a timestamp is the string that came (it
    reads as botocore's datetime, when it made one), a blob its base64
    text."""
    if isinstance(theirs, datetime.datetime):
        from botocore.utils import parse_timestamp
        assert isinstance(ours, str), (path, ours, theirs)
        assert parse_timestamp(ours) == theirs, (path, ours, theirs)
    elif isinstance(theirs, bytes):
        assert isinstance(ours, str), (path, ours, theirs)
        assert base64.b64decode(ours) == theirs, (path, ours, theirs)
    elif isinstance(theirs, dict):
        assert isinstance(ours, dict), (path, ours, theirs)
        assert sorted(ours) == sorted(theirs), (path, sorted(ours),
                                                sorted(theirs))
        for key, value in theirs.items():
            assert_same(ours[key], value, f'{path}.{key}')
    elif isinstance(theirs, list):
        assert isinstance(ours, list), (path, ours, theirs)
        assert len(ours) == len(theirs), (path, ours, theirs)
        for index, (mine, value) in enumerate(zip(ours, theirs)):
            assert_same(mine, value, f'{path}[{index}]')
    else:
        assert type(ours) is type(theirs) and ours == theirs, \
            (path, ours, theirs)
