#!/usr/bin/env bash
# Fresh machine to a full test run in one command: installs the dependencies, builds
# the dev preset (warnings are errors) and runs every test with ctest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh" dev
# Qt warns at every start without a private runtime directory.
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d)"
  chmod 0700 "$XDG_RUNTIME_DIR"
  export XDG_RUNTIME_DIR
fi
cd "$root"
ctest --preset dev -j "$(nproc)" "$@"
