#!/usr/bin/env bash
# Runs the whole test suite: creates .venv if needed, installs the project
# with its test dependencies (moto's server among them), then runs pytest,
# whose session fixture starts and stops the moto server on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e '.[test]'
exec .venv/bin/python -m pytest -q "$@" tests
