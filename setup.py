"""euca2ools: every command is a console script generated from its class.

Each command class names itself (COMMAND, plus any older ALIASES); this file
finds them by reading the command modules' source, so there is no hand-kept
list of names and nothing is imported at build time.
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


def read_version():
    tree = ast.parse((HERE / 'euca2ools' / '__init__.py').read_text())
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and stmt.targets[0].id == '__version__':
            return stmt.value.value
    raise SystemExit('no __version__')


# Guarded so that tests can load command_entry_points() without setuptools
# (venvs of Python 3.12+ have none).
if __name__ == '__main__':
    from setuptools import find_packages, setup

    setup(
        name='euca2ools',
        version=read_version(),
        description='Command-line tools for AWS-compatible clouds: Eucalyptus, '
                    'AWS, and any endpoint speaking the EC2, ELB, AutoScaling, '
                    'CloudWatch, IAM, STS, CloudFormation and S3 APIs',
        long_description=(HERE / 'README.md').read_text(encoding='utf-8'),
        long_description_content_type='text/markdown',
        license='BSD-2-Clause',
        python_requires='>=3.11',
        packages=find_packages(include=['euca2ools', 'euca2ools.*']),
        install_requires=[
            'lxml>=4.9',
            'cryptography>=41',
        ],
        extras_require={
            'test': [
                'pytest>=8',
                'requests>=2.28',    # tests/requests_transport.py
                'responses>=0.25',
                'moto[server]>=5.1,<6',
                'botocore>=1.34',
            ],
            'bench': ['awscli>=1.32'],
        },
        entry_points={'console_scripts': command_entry_points() + [
            # Prints the bash/zsh completion code (euca2ools/completion).
            'euca2ools-completion = euca2ools.completion:main']},
        classifiers=[
            'Environment :: Console',
            'Intended Audience :: System Administrators',
            'Programming Language :: Python :: 3',
            'Programming Language :: Python :: 3 :: Only',
            'Topic :: System :: Systems Administration',
        ],
    )
