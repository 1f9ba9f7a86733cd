"""Man pages: one for every command, true to its class, valid roff, installed.

The pages are generated (euca2ools/manpages/; setup.py's build_man step)
and never kept in git, so these tests generate them the same way and check
them against the parsers they come from.
"""

import ast
import importlib
import os
import pathlib
import re
import runpy
import shutil
import subprocess
import sys
import sysconfig

import pytest

from euca2ools import manpages
from euca2ools.core.settings import SETTINGS
from tests.conftest import ENTRY_POINTS, SCRIPTS_DIR

ROOT = pathlib.Path(__file__).resolve().parents[2]
GENERATOR = ROOT / 'euca2ools' / 'manpages'     # the package writing the pages
COMMANDS = {name: getattr(importlib.import_module(module), cls)
            for name, (module, cls) in ENTRY_POINTS.items()}
PRIMARY = sorted(name for name, cls in COMMANDS.items()
                 if name == cls.COMMAND)
ALIASES = sorted(set(COMMANDS) - set(PRIMARY))
OVERVIEW = 'man7/euca2ools.7'
CONFIG = 'man5/euca2ools.ini.5'
COMPLETION = 'man1/euca2ools-completion.1'


@pytest.fixture(scope='module')
def pages():
    return manpages.build_pages(COMMANDS, date='')


def section(page, title):
    """The roff lines of one .SH section."""
    lines = page.splitlines()
    start = lines.index(f'.SH "{manpages.escape(title)}"')
    end = next((i for i in range(start + 1, len(lines))
                if lines[i].startswith('.SH ')), len(lines))
    return lines[start + 1:end]


def existing_pages(pages):
    found = set(manpages.SYSTEM_PAGES)
    for path in pages:
        name, _, number = path.split('/')[1].rpartition('.')
        found.add((name, int(number)))
    return found


def test_a_page_for_every_command_and_the_overviews(pages):
    expected = {f'man1/{name}.1' for name in COMMANDS} | {
        OVERVIEW, CONFIG, COMPLETION}
    assert set(pages) == expected


def test_every_console_script_has_a_page(pages):
    """Every console script setup.py installs, euca2ools-completion too
    (it is no command class), has its page."""
    namespace = runpy.run_path(str(ROOT / 'setup.py'),
                               run_name='euca2ools_setup')
    scripts = [entry.partition(' = ')[0] for entry in
               namespace['command_entry_points']()] + ['euca2ools-completion']
    assert [name for name in scripts if f'man1/{name}.1' not in pages] == []


def test_completion_page_names_its_shells_and_cache(pages):
    from euca2ools.completion import SHELLS
    page = pages[COMPLETION]
    assert '.TH "EUCA2OOLS\\-COMPLETION" "1"' in page
    for shell in SHELLS:
        assert f'\\fB{shell}\\fR' in page
    assert 'XDG_CACHE_HOME' in page and 'eval' in page


@pytest.mark.parametrize('name', PRIMARY)
def test_page_matches_its_class(name, pages):
    cls = COMMANDS[name]
    page = pages[f'man1/{name}.1']
    parser = cls.build_parser(name)
    esc = manpages.escape

    assert f'.TH "{esc(name.upper())}" "1" ' in page
    names = ', '.join(esc(n) for n in (name,) + tuple(cls.ALIASES))
    name_line = section(page, 'NAME')[0]
    assert name_line.startswith(f'{names} \\- ')
    assert len(name_line) > len(names) + 4          # a summary follows
    assert manpages.bold(name) in section(page, 'SYNOPSIS')

    for title in ('DESCRIPTION', 'COMMON OPTIONS', 'EXIT STATUS',
                  'SEE ALSO'):
        assert section(page, title), title
    # Every option the parser accepts (and shows), with its help text.
    for action in manpages.visible_actions(parser):
        for option in action.option_strings:
            assert manpages.bold(option) in page, option
        if not action.option_strings:
            args = manpages.formatted_args(parser, action)
            assert manpages.metavar(args) in page, args
        text = manpages.help_text(parser, action)
        assert text and manpages.with_references(text) in page, action.dest
    # Every filter name.
    for filt in getattr(cls, 'FILTERS', None) or ():
        assert manpages.bold(filt.name) in '\n'.join(
            section(page, 'FILTERS')), filt.name
    # The service's URL variable, and the config files when it reads them.
    service = getattr(cls, 'SERVICE_CLASS', None)
    for var in service.URL_ENVVARS if service else ():
        assert manpages.bold(var) in '\n'.join(section(page, 'ENVIRONMENT'))
    if cls.REGION_OPTION:
        assert manpages.bold('~/.euca/*.ini') in '\n'.join(
            section(page, 'FILES'))
    # SEE ALSO names only pages that exist.
    see_also = '\n'.join(section(page, 'SEE ALSO'))
    refs = set(re.findall(r'\\fB(.*?)\\fR\((\d)\)', see_also))
    known = {(esc(n), str(s)) for n, s in existing_pages(pages)}
    assert refs and refs <= known, refs - known


@pytest.mark.parametrize('name', PRIMARY)
def test_common_options_are_the_help_group(name, pages):
    """COMMON OPTIONS lists the options of --help's "common options"
    group, in its order; OPTIONS the command's own, none of those."""
    from euca2ools.manpages.command import option_tag

    def tags(title):
        lines = section(page, title) if f'.SH "{title}"' in page else []
        return [lines[i + 1] for i, line in enumerate(lines)
                if line == '.TP']

    cls = COMMANDS[name]
    parser = cls.build_parser(name)
    page = pages[f'man1/{name}.1']
    common = [option_tag(parser, action)
              for action in manpages.common_actions(parser)]
    assert tags('COMMON OPTIONS') == common
    assert not set(tags('OPTIONS')) & set(common)
    assert len(tags('OPTIONS')) + len(common) == \
        len(manpages.visible_actions(parser))


@pytest.mark.parametrize('name', PRIMARY)
def test_every_page_a_help_text_names_exists(name, pages):
    """--help texts point to euca2ools.ini(5), euare-releaserole(1), ...:
    each such page must exist (ours, or a system page we name)."""
    cls = COMMANDS[name]
    texts = manpages.command_texts(cls, cls.build_parser(name))
    cited = set().union(*map(manpages.page_references, texts))
    assert cited <= existing_pages(pages)


@pytest.mark.parametrize('alias', ALIASES)
def test_alias_page_shows_its_command(alias, pages):
    command = COMMANDS[alias].COMMAND
    assert pages[f'man1/{alias}.1'] == f'.so man1/{command}.1\n'
    assert manpages.escape(alias) in section(pages[f'man1/{command}.1'],
                                            'NAME')[0]


def test_overview_names_every_service_setting_and_variable(pages):
    page = pages[OVERVIEW]
    for cls in COMMANDS.values():
        service = getattr(cls, 'SERVICE_CLASS', None)
        if service is not None:
            assert manpages.bold(f'{service.NAME}-url') in page
            for var in service.URL_ENVVARS:
                assert manpages.bold(var) in page, var
    for var in manpages.ENVIRONMENT:
        assert manpages.bold(var) in page, var
    for setting in SETTINGS:
        for flag in setting.flags:
            assert manpages.bold(flag) in page, flag
        assert manpages.bold(setting.env) in page, setting.env
    for title in ('CREDENTIALS', 'REGIONS AND USERS', 'SIGNING',
                  'TIMEOUTS AND RETRIES', 'ENVIRONMENT', 'FILES'):
        assert section(page, title), title


def _string_args(method_names):
    """The literal first arguments of calls to METHOD_NAMES in the code."""
    found = set()
    for path in (ROOT / 'euca2ools').rglob('*.py'):
        for node in ast.walk(ast.parse(path.read_text(encoding='utf-8'))):
            if isinstance(node, ast.Call) and \
                    isinstance(node.func, ast.Attribute) and \
                    node.func.attr in method_names and node.args and \
                    isinstance(node.args[0], ast.Constant) and \
                    isinstance(node.args[0].value, str):
                found.add(node.args[0].value)
    return found


def test_config_page_names_every_option_the_code_reads(pages):
    page = pages[CONFIG]
    options = _string_args({'get_option', 'get_user_option', 'get_global',
                            'get_bool'})
    options |= {setting.name for setting in SETTINGS} | {'max-response-size'}
    options |= {'key-id', 'secret-key', 'security-token'}
    for cls in COMMANDS.values():
        service = getattr(cls, 'SERVICE_CLASS', None)
        if service is not None:
            options.add(f'{service.NAME}-url')
    assert len(options) > 20
    missing = sorted(o for o in options if manpages.bold(o) not in page)
    assert missing == []


def _code_files():
    """The modules of euca2ools that commands run: all but the generator
    (which reads SOURCE_DATE_EPOCH at build time, and names every variable
    in its tables)."""
    assert (GENERATOR / '__init__.py').is_file()
    return [path for path in sorted((ROOT / 'euca2ools').rglob('*.py'))
            if GENERATOR not in path.parents]


def _read_variables():
    """Variables the code reads by name: env.get('X'), environ['X']."""
    def is_environ(node):
        name = node.attr if isinstance(node, ast.Attribute) else \
            getattr(node, 'id', '')
        return name in ('env', 'environ')

    found = set()
    for path in _code_files():
        for node in ast.walk(ast.parse(path.read_text(encoding='utf-8'))):
            value = None
            if isinstance(node, ast.Call) and \
                    isinstance(node.func, ast.Attribute) and \
                    node.func.attr == 'get' and is_environ(node.func.value) \
                    and node.args and isinstance(node.args[0], ast.Constant):
                value = node.args[0].value
            elif isinstance(node, ast.Subscript) and \
                    is_environ(node.value) and \
                    isinstance(node.slice, ast.Constant):
                value = node.slice.value
            if isinstance(value, str):
                found.add(value)
    return found


def test_every_variable_the_code_reads_is_described():
    read = _read_variables()
    assert {'EUCA_CONFIG_PATH', 'AWS_PROFILE', 'EC2_CERT'} <= read
    urls = {var for cls in COMMANDS.values()
            for var in getattr(getattr(cls, 'SERVICE_CLASS', None),
                               'URL_ENVVARS', ())}
    undocumented = sorted(read - set(manpages.ENVIRONMENT) - urls - {'PATH'})
    assert undocumented == []


def test_every_variable_described_is_read():
    """The table says what the code does: each variable is still in it
    (the proxy variables are built from the scheme, so they are tried)."""
    from euca2ools.core.http import proxy_for
    source = '\n'.join(path.read_text(encoding='utf-8')
                       for path in _code_files())
    dynamic = {'HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY'}
    stale = sorted(var for var in set(manpages.ENVIRONMENT) - dynamic
                   if not re.search(rf"['\"]{var}['\"]", source))
    assert stale == []
    env = {'HTTPS_PROXY': 'proxy:3128', 'NO_PROXY': 'example.org'}
    assert proxy_for('https', 'cloud.test', env) == 'http://proxy:3128'
    assert proxy_for('https', 'a.example.org', env) is None
    assert proxy_for('http', 'cloud.test', {'HTTP_PROXY': 'p:1'}) == \
        'http://p:1'


def test_setup_declares_every_page(pages):
    """setup.py lists the pages as data files before they exist."""
    namespace = runpy.run_path(str(ROOT / 'setup.py'),
                               run_name='euca2ools_setup')
    assert sorted(namespace['man_pages']()) == sorted(pages)
    installed = {f'{folder}/{pathlib.PurePath(f).name}'
                 for folder, files in namespace['man_data_files']()
                 for f in files}
    assert installed == {f'share/man/{path}' for path in pages}


@pytest.mark.skipif(not shutil.which('groff'), reason='groff not installed')
def test_pages_are_roff_without_warnings(pages, tmp_path):
    paths = manpages.write_pages(str(tmp_path), COMMANDS, date='')
    # All pages in one groff run (.so resolves from the current directory).
    proc = subprocess.run(
        ['groff', '-man', '-Tutf8', '-ww', '-z', '-rLL=80n', '-rLT=80n']
        + paths, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0
    assert proc.stderr == ''


@pytest.mark.skipif(not shutil.which('man'), reason='man not installed')
@pytest.mark.parametrize('path', ['man1/euca-run-instances.1',
                                  'man1/euca-describe-instances.1',
                                  'man1/eulb-create-lb.1', OVERVIEW, CONFIG,
                                  COMPLETION])
def test_man_renders_without_warnings(path, pages, tmp_path):
    target = tmp_path / path
    target.parent.mkdir(parents=True)
    target.write_text(pages[path], encoding='utf-8')
    env = dict(os.environ, MANWIDTH='80', MAN_KEEP_FORMATTING='',
               LANG='C.UTF-8')
    proc = subprocess.run(['man', '--warnings', '-l', str(target)],
                          capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ''
    name = pathlib.PurePath(path).name.rpartition('.')[0]
    assert proc.stdout.split()[0].startswith(name.upper())


def test_generating_needs_only_the_standard_library(tmp_path):
    """setup.py builds the pages in pip's build environment, which has
    setuptools and nothing else: no command module may import a dependency
    at import time (they would not start fast either)."""
    script = f'''
import importlib.abc, runpy, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('lxml', 'cryptography', 'requests',
                                  'yaml', 'botocore'):
            raise ImportError(f'{{name}} is not in the build environment')
sys.meta_path.insert(0, Block())
sys.path.insert(0, {str(ROOT)!r})
setup = runpy.run_path({str(ROOT / 'setup.py')!r}, run_name='check')
from euca2ools import manpages
commands = manpages.load_commands(setup['command_entry_points']())
paths = manpages.write_pages({str(tmp_path)!r}, commands)
print(len(paths))
'''
    proc = subprocess.run([sys.executable, '-I', '-c', script],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert int(proc.stdout) == len(COMMANDS) + 3


def test_nothing_a_command_runs_imports_the_generator():
    users = [path.relative_to(ROOT) for path in _code_files()
             if 'manpages' in path.read_text(encoding='utf-8')]
    assert users == []


def test_installed_pages_are_found_by_man():
    """`pip install -e .` (scripts/test.sh) installs the pages under the
    venv's share/man, where man finds them with the venv's bin on PATH."""
    if not os.path.exists(os.path.join(SCRIPTS_DIR, 'euca-version')):
        pytest.skip('the package is not installed in this environment')
    mandir = pathlib.Path(sysconfig.get_path('data')) / 'share' / 'man'
    missing = [name for name in COMMANDS
               if not (mandir / 'man1' / f'{name}.1').is_file()]
    missing += [path for path in (OVERVIEW, CONFIG, COMPLETION)
                if not (mandir / path).is_file()]
    assert missing == [], 'run pip install -e . again'
    if not shutil.which('man'):
        pytest.skip('man not installed')
    env = {k: v for k, v in os.environ.items() if k != 'MANPATH'}
    env['PATH'] = SCRIPTS_DIR + os.pathsep + '/usr/bin:/bin'
    proc = subprocess.run(['man', '-w', 'euca-run-instances', 'euca2ools',
                           'euca2ools.ini', 'euca2ools-completion'],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [
        str(mandir / 'man1' / 'euca-run-instances.1'),
        str(mandir / OVERVIEW), str(mandir / CONFIG),
        str(mandir / COMPLETION)]


# -- the roff writer ----------------------------------------------------------

def test_escape():
    assert manpages.escape(r"-a \b 'c' `d` é") == \
        r"\-a \eb \(aqc\(aq \(gad\(ga \[u00E9]"


def test_text_lines_never_start_a_request():
    page = manpages.Page('x', 1)
    page.line('.hidden')
    page.line("'quoted")
    assert page.lines[-2:] == ['\\&.hidden', "\\&'quoted"]


def test_text_blocks():
    text = 'Summary line.\n\nFirst para\ncontinues:\n\n    $ cmd -x\n\nEnd'
    assert manpages.text_blocks(text) == [
        ('paragraph', 'Summary line.'),
        ('paragraph', 'First para continues:'),
        ('example', ['$ cmd -x']), ('paragraph', 'End')]


def test_summary():
    assert manpages.summary('Show images. Long text.') == 'Show images'
    assert manpages.summary('***TECH PREVIEW***\n\nPack an image') == \
        'Pack an image'


def test_metavar():
    assert manpages.metavar('MIN[-MAX]') == r'\fIMIN\fR[\-\fIMAX\fR]'
    assert manpages.metavar('{text,json}') == '{text,json}'


# -- the templates of the overview pages --------------------------------------

def test_template_blocks():
    from euca2ools.manpages import template
    text = ('# a comment\n@section NAME\nx - a page\nof two lines\n\n'
            '    [a]\n    b = 1\n\n    [c]\n\n@item `-a`\n@items files\n'
            'shared text\n@step\none\n@step\ntwo\n\n@fill table\nEnd\n')
    assert template.blocks(text) == [
        ('section', 'NAME'), ('paragraph', 'x - a page of two lines'),
        ('example', ['[a]', 'b = 1', '', '[c]']),
        ('item', [('markup', '`-a`'), ('list', 'files')], 'shared text'),
        ('step', 'one'), ('step', 'two'), ('fill', 'table'),
        ('paragraph', 'End')]
    for bad in ('@item `-a`\n\ntext\n', '@step\n@section X\n', '@bold x\n'):
        with pytest.raises(template.TemplateError):
            template.blocks(bad)


def test_template_fields_are_not_placeholders():
    from euca2ools.manpages import template
    assert template.FIELD.findall('{a} {{B}} `{{prog}}:` {b-c}.') == \
        ['a', 'b-c']


@pytest.mark.parametrize('name', ['euca2ools.7', 'euca2ools.ini.5',
                                  'euca2ools-completion.1'])
def test_a_template_without_its_values_is_an_error(name):
    from euca2ools.manpages import template
    with pytest.raises(template.TemplateError):
        template.render(manpages.Page('x', 1), name, {})


def test_python_m_writes_the_installed_pages(tmp_path):
    """`python -m euca2ools.manpages DIR` reads the installed entry points,
    euca2ools-completion's (no command class) among them."""
    if not os.path.exists(os.path.join(SCRIPTS_DIR, 'euca-version')):
        pytest.skip('the package is not installed in this environment')
    proc = subprocess.run([sys.executable, '-m', 'euca2ools.manpages',
                           str(tmp_path)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / COMPLETION).is_file()
    assert (tmp_path / 'man1' / 'euca-run-instances.1').is_file()


def test_eustore_page_documents_the_catalog_and_its_example(pages):
    page = pages['man1/eustore-describe-images.1']
    text = page.replace('\\-', '-').replace('\\(dq', '"')
    for words in ('eustore-catalog-2011-12-29', '"hypervisors-supported"',
                  'docs/eustore-example', 'python3 -m http.server'):
        assert words in text
    # The example catalog it names is real and holds the image shown.
    catalog = (ROOT / 'docs' / 'eustore-example' / 'catalog').read_text()
    assert '"tiny-hvm.tgz"' in catalog
