# Sourced by test.sh and quickstart.sh: `step` prints one progress line on
# stderr; `install_into_venv EXTRA` creates .venv if needed ($PYTHON, default
# python3) and installs the project with that extra at the versions
# constraints.txt pins.
step() { echo "==> $*" >&2; }

install_into_venv() {
    local extra=$1 what=$2
    if [ ! -x .venv/bin/python ]; then
        step "creating .venv with $("${PYTHON:-python3}" --version 2>&1)"
        "${PYTHON:-python3}" -m venv .venv
    fi
    step "installing euca2ools and $what into .venv (about a minute the first time)"
    .venv/bin/python -m pip install -q --disable-pip-version-check \
        -c constraints.txt -e ".[$extra]"
}
