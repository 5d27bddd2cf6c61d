#!/usr/bin/env bash
# Fresh machine to running product in one command: installs the dependencies, builds,
# and starts the local Popsell API sandbox with demo data (no account needed).
# Extra arguments go to popsell-sandbox (try --help).
#
# The data file lives in the build tree and is reused on the next run; delete it (or
# pass --data another.sqlite) for a fresh demo.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" dev
data="$root/build/dev/demo-sandbox.sqlite"
echo "Starting the Popsell API sandbox (Ctrl+C to stop); demo data in $data"
exec "$root/build/dev/src/sandbox/popsell-sandbox" --data "$data" "$@"
