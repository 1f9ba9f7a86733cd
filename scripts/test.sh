#!/usr/bin/env bash
# Runs the whole test suite: creates .venv if needed, installs the project
# with its test dependencies at the versions constraints.txt pins (moto's
# server among them), checks the code with the linter (ruff, configured in
# pyproject.toml), then runs pytest, whose session fixture starts and stops
# the moto server on 127.0.0.1.  Arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
install_into_venv test 'the test dependencies'
step 'linting (ruff check)'
.venv/bin/ruff check --quiet .
step 'running the tests (pytest starts moto on 127.0.0.1)'
exec .venv/bin/python -m pytest -q "$@" tests
