#!/usr/bin/env bash
# Builds the Linux installers from the release preset: the .deb, .rpm and .tar.gz land in
# build/release/packages/ (docs/packaging.md). Only the shipped programs and their data files
# are built, not the test suites.
#
# Usage: scripts/package.sh [GENERATORS]     GENERATORS: a CPack list, default "DEB;RPM;TGZ"
# Environment: BUILD_DIR (default build/release), JOBS (default: the number of cores).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
generators="${1:-DEB;RPM;TGZ}"
build="${BUILD_DIR:-$root/build/release}"
"$root/scripts/install-deps.sh"

cd "$root"
cmake --preset release -B "$build" >/dev/null
cmake --build "$build" --target popsell_package_contents -j "${JOBS:-$(nproc)}"
# A package of an older version left in the directory would be picked up by the smoke test.
rm -rf "$build/packages"
(cd "$build" && cpack -G "$generators" --config CPackConfig.cmake)
echo "package: built in $build/packages:"
find "$build/packages" -maxdepth 1 -type f -printf '  %f  %s bytes\n' | sort
