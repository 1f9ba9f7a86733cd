#!/usr/bin/env bash
# Installs euca2ools into .venv (with moto's server to play the cloud; not the
# test dependencies), starts a local moto server on 127.0.0.1, writes a
# eucarc for it (scripts/local_cloud.py), and runs the EC2 quick start against
# it.  With --keep the cloud stays up afterwards, its eucarc in
# ~/.euca/local-cloud (or $EUCA_LOCAL_CLOUD), for every euca2ools command.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/_venv.sh
install_into_venv local "moto's server"
export PATH="$PWD/.venv/bin:$PATH"   # for this script; the end says how for you
step 'starting a local cloud (moto on 127.0.0.1)'

keep=false
[ "${1:-}" = "--keep" ] && keep=true
workdir=$(mktemp -d)
cloud=$workdir/cloud
$keep && cloud=${EUCA_LOCAL_CLOUD:-$HOME/.euca/local-cloud}
.venv/bin/python scripts/local_cloud.py start --dir "$cloud" >"$workdir/started"
if $keep; then
    trap 'rm -rf "$workdir"' EXIT
else
    trap '.venv/bin/python scripts/local_cloud.py stop --dir "$cloud" >/dev/null; rm -rf "$workdir"' EXIT
fi
echo "# eucarc for the local cloud:"
sed 's/^/#   /' "$cloud/eucarc"
# shellcheck disable=SC1091
source "$cloud/eucarc"
export EUCA_CONFIG_PATH=$workdir/none   # the demo reads no config of yours

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
if $keep; then
    echo "# The local cloud keeps running:"
    sed 's/^/#   /' "$workdir/started"
fi
echo "# The commands are in $PWD/.venv/bin. To type them in your own shell, put"
echo "# that folder on your PATH (add the line to ~/.bashrc to keep it):"
echo "#   export PATH=\"$PWD/.venv/bin:\$PATH\""
