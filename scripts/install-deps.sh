#!/usr/bin/env bash
# Installs the build, test and packaging dependencies of Popsell Moderator on
# Debian 12 / Ubuntu 22.04+. Idempotent: packages already present are skipped,
# and nothing is downloaded when everything is installed.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ dpkg-dev file clang-format
  # decoder fuzzing (scripts/fuzz.sh): clang and libFuzzer
  clang libclang-rt-14-dev
  # Qt 6 (Widgets, Network, SQL, HttpServer, Test, translations)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 libgl-dev
  # token storage and its real test backend
  qtkeychain-qt6-dev dbus gnome-keyring libsecret-tools
  # headless UI tests and screenshots
  xvfb xauth fonts-dejavu-core fonts-noto-color-emoji
  # sandbox smoke tests
  curl
  # installers (scripts/package.sh): PNG icons, the RPM, and the checks of scripts/smoke-deb.sh
  librsvg2-bin rpm desktop-file-utils appstream man-db
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# Package names differ a little between releases (libFuzzer is in libclang-rt-14-dev on
# Debian 12, in libclang-common-14-dev, which clang pulls in, on Ubuntu 22.04): skip what
# this release does not have instead of failing.
installable=()
for p in "${missing[@]}"; do
  policy=$(apt-cache policy "$p" 2>/dev/null || true)
  if grep -q 'Candidate: [^(]' <<<"$policy"; then
    installable+=("$p")
  else
    echo "install-deps: $p is not available on this release; skipped" >&2
  fi
done
echo "install-deps: installing ${installable[*]}"
$sudo apt-get install -y -qq --no-install-recommends "${installable[@]}"
