#!/usr/bin/env bash
# Installs euca2ools into .venv, starts a local moto server on 127.0.0.1,
# writes a eucarc for it, and runs the EC2 quick start against it.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q -e '.[test]'

workdir=$(mktemp -d)
port=$(.venv/bin/python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
MOTO_EC2_LOAD_DEFAULT_AMIS=false .venv/bin/python -m moto.server \
    -H 127.0.0.1 -p "$port" >"$workdir/moto.log" 2>&1 &
moto_pid=$!
trap 'kill $moto_pid 2>/dev/null; rm -rf "$workdir"' EXIT
for _ in $(seq 100); do
    .venv/bin/python -c "import urllib.request as u; u.urlopen('http://127.0.0.1:$port/moto-api/', timeout=2)" \
        2>/dev/null && break
    sleep 0.2
done

cat >"$workdir/eucarc" <<EOT
export EC2_URL=http://127.0.0.1:$port/
export S3_URL=http://127.0.0.1:$port/
export EC2_ACCESS_KEY=AKIDQUICKSTART
export EC2_SECRET_KEY=quickstart-secret
export EUCA_CONFIG_PATH=$workdir/none
EOT
echo "# eucarc for the local cloud (moto on 127.0.0.1:$port):"
sed 's/^/#   /' "$workdir/eucarc"
# shellcheck disable=SC1091
source "$workdir/eucarc"
export PATH="$PWD/.venv/bin:$PATH"

run() { echo "\$ $*"; "$@"; echo; }
run euca-describe-availability-zones
run euca-create-keypair -f "$workdir/mykey.pem" mykey
run euca-describe-keypairs
reservation=$(euca-run-instances -n 2 -k mykey -t m1.small ami-12345678)
echo "\$ euca-run-instances -n 2 -k mykey -t m1.small ami-12345678"
echo "$reservation"; echo
ids=$(echo "$reservation" | awk -F'\t' '$1 == "INSTANCE" {print $2}')
first=$(echo "$ids" | head -1)
run euca-describe-instances --filter instance-state-name=running
run euca-create-tags "$first" --tag Name=web
run euca-describe-instances --filter tag:Name=web
created=$(euca-create-volume -z us-east-1a -s 1)
echo "\$ euca-create-volume -z us-east-1a -s 1"; echo "$created"; echo
volume=$(echo "$created" | cut -f2)
run euca-attach-volume "$volume" -i "$first" -d /dev/sdf
run euca-describe-volumes
# shellcheck disable=SC2086
run euca-terminate-instances $ids
