"""euca2ools: every command is a console script generated from its class.

Each command class names itself (COMMAND, plus any older ALIASES); this file
finds them by reading the command modules' source, so there is no hand-kept
list of names and no import is needed to know them.

The man pages are generated too, by the ``build_man`` step of ``build``
(euca2ools/manpages/): it imports the command classes (which need nothing
beyond the standard library to import) and writes build/man/man1/*.1,
man5/euca2ools.ini.5 and man7/euca2ools.7, which are installed as data files
under share/man -- by ``pip install .`` and ``pip install -e .`` alike.  They
are never kept in git.
"""

import ast
import pathlib

HERE = pathlib.Path(__file__).parent
COMMANDS_DIR = HERE / 'euca2ools' / 'commands'


def _string_values(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [e.value for e in node.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def command_entry_points():
    scripts = {}
    for path in sorted(COMMANDS_DIR.rglob('*.py')):
        module = '.'.join(path.relative_to(HERE).with_suffix('').parts)
        tree = ast.parse(path.read_text(encoding='utf-8'), str(path))
        for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
            names = []
            for stmt in cls.body:
                if isinstance(stmt, ast.Assign):
                    targets = [t.id for t in stmt.targets
                               if isinstance(t, ast.Name)]
                    if 'COMMAND' in targets or 'ALIASES' in targets:
                        names += _string_values(stmt.value)
            for name in names:
                if name in scripts:
                    raise SystemExit(f'{name} is defined twice: '
                                     f'{scripts[name]} and {module}')
                scripts[name] = f'{module}:{cls.name}.run'
    return [f'{name} = {target}' for name, target in sorted(scripts.items())]


MAN_DIR = 'build/man'    # relative: setuptools wants data files so
OVERVIEW_PAGES = ('man5/euca2ools.ini.5', 'man7/euca2ools.7',
                  'man1/euca2ools-completion.1')


def man_pages():
    """The man pages build_man writes, relative to MAN_DIR: one a command
    (and alias), and the overview pages."""
    names = [entry.partition(' = ')[0] for entry in command_entry_points()]
    return [f'man1/{name}.1' for name in names] + list(OVERVIEW_PAGES)


def man_data_files():
    """data_files entries that install the pages under share/man.  Declared
    before the pages exist: install_data runs after build has made them."""
    sections = {}
    for path in man_pages():
        folder = path.split('/')[0]
        sections.setdefault(folder, []).append(f'{MAN_DIR}/{path}')
    return [(f'share/man/{folder}', files)
            for folder, files in sorted(sections.items())]


def build_man_pages():
    """Write the man pages into MAN_DIR (importing the command classes)."""
    import sys
    sys.path.insert(0, str(HERE))
    from euca2ools import manpages
    commands = manpages.load_commands(command_entry_points())
    written = manpages.write_pages(str(HERE / MAN_DIR), commands)
    if sorted(written) != sorted(man_pages()):
        raise SystemExit('build_man: the pages written are not the pages '
                         'setup.py declares: '
                         f'{sorted(set(written) ^ set(man_pages()))}')


def read_version():
    tree = ast.parse((HERE / 'euca2ools' / '__init__.py').read_text())
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and \
                stmt.targets[0].id == '__version__':
            return stmt.value.value
    raise SystemExit('no __version__')


# Guarded so that tests can load command_entry_points() without setuptools
# (venvs of Python 3.12+ have none).
if __name__ == '__main__':
    from setuptools import Command, find_packages, setup
    try:
        from setuptools.command.build import build
    except ImportError:     # setuptools < 62
        from distutils.command.build import build

    class BuildMan(Command):
        """Generate the man pages that data_files installs (share/man)."""

        description = 'generate the man pages from the command classes'
        user_options = []

        def initialize_options(self):
            self.editable_mode = False    # set by setuptools' editable_wheel

        def finalize_options(self):
            pass

        def run(self):
            build_man_pages()
            if self.editable_mode:
                # setuptools' editable wheels leave data_files out (their
                # _run_install('data') asks the distribution for a has_data
                # it does not have), so put the pages into the wheel here;
                # a second run_command would do nothing.
                self.run_command('install_data')

    class Build(build):
        # Runs before install_data (wheels, editable wheels, install).
        sub_commands = build.sub_commands + [('build_man', None)]

    setup(
        name='euca2ools',
        version=read_version(),
        description='Command-line tools for AWS-compatible clouds: '
                    'Eucalyptus, AWS, and any endpoint speaking the EC2, ELB, '
                    'AutoScaling, '
                    'CloudWatch, IAM, STS, CloudFormation and S3 APIs',
        long_description=(HERE / 'README.md').read_text(encoding='utf-8'),
        long_description_content_type='text/markdown',
        license='BSD-2-Clause',
        python_requires='>=3.11',
        packages=find_packages(include=['euca2ools', 'euca2ools.*']),
        package_data={
            # --output json's type tables (scripts/gen_types.py); the
            # paging table is a module (data/paging.py)
            'euca2ools': ['data/types/*.json'],
            # the prose of the overview pages (euca2ools/manpages/template.py)
            'euca2ools.manpages': ['templates/*.txt'],
        },
        install_requires=[
            'lxml>=4.9',
            'cryptography>=41',
            'jmespath>=1.0',     # --query; imported only when it is used
            'PyYAML>=6',         # image packs, euctl; imported only there
        ],
        # Exact versions for tests and the quick start: constraints.txt.
        extras_require={
            # A local cloud to try the commands on (scripts/quickstart.sh,
            # scripts/local_cloud.py): moto's server, every service.
            'local': ['moto[server]>=5.1,<6'],
            'test': [
                'pytest>=8',
                'requests>=2.28',    # tests/requests_transport.py
                'responses>=0.25',
                'moto[server]>=5.1,<6',
                'botocore>=1.34',    # the oracle: pinned in constraints.txt
                'ruff>=0.6',    # the linter (pyproject.toml's [tool.ruff])
            ],
            'bench': ['awscli>=1.32'],
        },
        entry_points={'console_scripts': command_entry_points() + [
            # Prints the bash/zsh completion code (euca2ools/completion).
            'euca2ools-completion = euca2ools.completion:main']},
        cmdclass={'build': Build, 'build_man': BuildMan},
        data_files=man_data_files(),
        classifiers=[
            'Environment :: Console',
            'Intended Audience :: System Administrators',
            'Programming Language :: Python :: 3',
            'Programming Language :: Python :: 3 :: Only',
            'Topic :: System :: Systems Administration',
        ],
    )
