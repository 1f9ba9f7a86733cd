#!/usr/bin/env bash
# Runs the whole test suite: creates .venv if needed, installs the project
# with its test dependencies at the versions constraints.txt pins (moto's
# server among them), then runs pytest, whose session fixture starts and stops
# the moto server on 127.0.0.1.  Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
step() { echo "==> $*" >&2; }
if [ ! -x .venv/bin/python ]; then
    step "creating .venv with $("$PYTHON" --version 2>&1)"
    "$PYTHON" -m venv .venv
fi
step 'installing euca2ools and the test dependencies into .venv (about a minute the first time)'
.venv/bin/python -m pip install -q --disable-pip-version-check \
    -c constraints.txt -e '.[test]'
step 'running the tests (pytest starts moto on 127.0.0.1)'
exec .venv/bin/python -m pytest -q "$@" tests
