#!/usr/bin/env bash
# Installs the build, test and packaging dependencies of Popsell Moderator on
# Debian 12 / Ubuntu 22.04+. Idempotent: packages already present are skipped,
# and nothing is downloaded when everything is installed.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ dpkg-dev file clang-format
  # Qt 6 (Widgets, Network, SQL, HttpServer, Test, translations)
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6svg6 libgl-dev
  # token storage and its real test backend
  qtkeychain-qt6-dev dbus gnome-keyring libsecret-tools
  # headless UI tests and screenshots
  xvfb xauth fonts-dejavu-core
  # sandbox smoke tests
  curl
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

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
