#!/usr/bin/env bash
# Fresh machine to running product in one command: installs the dependencies, builds,
# and opens the moderator console on its embedded sandbox with demo data (no account
# needed; the window title says "Sandbox"). The demo data lives in memory and is new at
# every start.
# Extra arguments go to popsell-moderator (try --help); --base-url URL (with the key in
# POPSELL_API_KEY) connects to a real Popsell API instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" dev
echo "Starting the Popsell moderator console on the embedded sandbox"
exec "$root/build/dev/src/app/popsell-moderator" --sandbox "$@"
