#!/usr/bin/env bash
# Runs the whole test suite: creates .venv if needed, installs the project
# with its test dependencies at the versions constraints.txt pins (moto's
# server among them), then runs pytest, whose session fixture starts and stops
# the moto server on 127.0.0.1.  Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
install_into_venv test 'the test dependencies'
step 'running the tests (pytest starts moto on 127.0.0.1)'
exec .venv/bin/python -m pytest -q "$@" tests
