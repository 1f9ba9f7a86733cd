"""The settings table (core/settings.py) and the one byte-size parser:
each fact once, and everything that states it generated from the table."""

import argparse

import pytest

from tests.unit.error_helpers import error_line
from euca2ools import manpages
from euca2ools.core import Context, http
from euca2ools.core.argtypes import positive_size, size
from euca2ools.core.command import BaseCommand
from euca2ools.core.settings import (FLAGGED, SETTINGS, format_size,
                                     parse_size, resolve, setting)
from euca2ools.commands.euca.describeregions import DescribeRegions


# -- one byte-size parser ----------------------------------------------------

@pytest.mark.parametrize('text, expected', [
    # what max-response-size read
    ('128M', 128 * 2 ** 20), ('1G', 2 ** 30), ('128 MiB', 128 * 2 ** 20),
    ('128MB', 128 * 2 ** 20), ('64k', 64 * 2 ** 10), ('2gib', 2 * 2 ** 30),
    # what the bundle commands' --image-size / --part-size read
    ('10485760', 10485760), ('10M', 10485760), ('1.5G', 3 * 2 ** 29),
    ('10MiB', 10485760), ('4T', 4 * 2 ** 40), ('0', 0), (' 7 ', 7),
    ('100B', 100), ('10 m', 10485760), ('.5K', 512), ('1.', 1),
    # what the import commands' --image-size read
    ('1024', 1024), ('4K', 4096), ('2t', 2 * 2 ** 40),
    # a fraction of a byte is dropped
    ('1.0001K', 1024),
])
def test_sizes(text, expected):
    assert parse_size(text) == expected


@pytest.mark.parametrize('text', [
    '', ' ', 'M', 'KiB', '-1', '+1', 'x', '1x', '12 34', '1e6', '1_000',
    'nan', 'inf', '128iB', '1.2.3', '١٢', '5 K B'])
def test_not_sizes(text):
    with pytest.raises(ValueError):
        parse_size(text)


def test_positive_sizes():
    assert parse_size('1', positive=True) == 1
    for text in ('0', '0M', '0.5'):
        with pytest.raises(ValueError):
            parse_size(text, positive=True)


def test_argparse_types_share_the_parser_and_its_message():
    assert size('10M') == positive_size('10M') == 10485760
    assert size('0') == 0
    for convert, text, what in ((size, 'big', 'a'),
                                (positive_size, '0', 'a positive'),
                                (positive_size, '1Q', 'a positive')):
        with pytest.raises(argparse.ArgumentTypeError) as caught:
            convert(text)
        assert str(caught.value) == \
            f'{text!r} is not {what} size in bytes such as 128M or 1G'


def test_format_size():
    assert format_size(128 * 2 ** 20) == '128 MiB'
    assert format_size(3 * 2 ** 29) == '1536 MiB'
    assert format_size(2 ** 40) == '1 TiB'
    assert format_size(1000) == '1000 bytes'
    for value in (2 ** 20, 3 * 2 ** 30, 5 * 2 ** 10):
        assert parse_size(format_size(value)) == value


@pytest.mark.parametrize('command, argv, what', [
    ('euca2ools.commands.bundle.unbundlestream:UnbundleStream',
     ['--enc-key', '0' * 32, '--enc-iv', '0' * 32, '--image-size', '1e6'],
     'a'),
    ('euca2ools.commands.euca.importvolume:ImportVolume',
     ['disk.img', '-f', 'raw', '-z', 'z1', '-b', 'b', '--image-size', '0'],
     'a positive'),
])
def test_a_bad_size_option_is_a_usage_error(inprocess, command, argv, what):
    import importlib
    module, name = command.split(':')
    cls = getattr(importlib.import_module(module), name)
    code, out, err = inprocess(cls, argv)
    assert (code, out) == (2, '')
    assert error_line(err).endswith(
        f"error: argument --image-size: '{argv[-1]}' is not "
        f"{what} size in bytes such as 128M or 1G")


# -- the table ---------------------------------------------------------------

def test_the_table_names_each_setting_once():
    for field in ('name', 'env', 'kwarg'):
        values = [getattr(s, field) for s in SETTINGS]
        assert len(values) == len(set(values)), field
    flags = [flag for s in SETTINGS for flag in s.flags]
    assert len(flags) == len(set(flags))
    assert setting('timeout').dest == 'read_timeout'
    assert setting('max-response-size').dest is None


def test_the_transport_defaults_are_the_tables():
    client = http.HttpClient()
    for s in SETTINGS:
        assert getattr(client, s.kwarg) == s.default, s.name
    assert resolve(Context(environ={'EUCA_CONFIG_PATH': '/nonexistent'})) \
        == {s.kwarg: s.default for s in SETTINGS}


def test_flags_help_and_context_keys_come_from_the_table():
    parser = DescribeRegions.build_parser()
    helps = {tuple(a.option_strings): a.help for a in parser._actions}
    for s in FLAGGED:
        assert helps[s.flags] == (
            f'{s.help} (default {s.kind.show(s.default)}; config {s.name}, '
            f'env {s.env})')
        assert s.dest in BaseCommand.COMMON_DESTS
    assert set(Context(environ={}).http_options) == {s.name for s in FLAGGED}


def test_the_pages_say_what_the_table_says():
    fields = manpages.environment.network_defaults()
    for s in SETTINGS:
        assert manpages.ENVIRONMENT[s.env] == s.page_text()
        assert s.default_text() in s.page_text()
        assert fields[s.name] == s.default_text()
    assert setting('max-retries').page_text() == \
        'times to retry a failed call, 0 to 50 (default 2)'
    from euca2ools.manpages.overview import config_options
    region, _, glob = config_options({})
    for options in (region, glob):
        assert [(s.name, s.page_text()) for s in SETTINGS] == \
            [o for o in options if o[0] in {s.name for s in SETTINGS}]


@pytest.mark.parametrize('value', ['0', '-5', '0.1', 'lots'])
def test_bad_sizes_in_the_environment_are_named(inprocess, value):
    code, out, err = inprocess(DescribeRegions, [],
                               env={'EUCA_MAX_RESPONSE_SIZE': value})
    assert (code, out) == (1, '')
    assert err == ('euca-describe-regions: error: EUCA_MAX_RESPONSE_SIZE: '
                   'expected a positive size in bytes such as 128M or 1G, '
                   f'not {value!r}\n')
