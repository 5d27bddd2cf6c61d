#!/bin/sh
# Runs a command against a real, unlocked gnome-keyring Secret Service on a private
# session bus, with a throwaway HOME (see shared notes qt64.md, "QtKeychain with a real
# Secret Service"). Nothing touches the user's own keyring; everything is removed on exit.
set -eu
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_DATA_HOME="$tmp/.local/share" XDG_CACHE_HOME="$tmp/.cache" XDG_CONFIG_HOME="$tmp/.config"
unset XDG_RUNTIME_DIR DBUS_SESSION_BUS_ADDRESS DISPLAY
# Not exec: the trap must still remove the throwaway HOME.
dbus-run-session -- sh -c '
  printf %s throwaway-keyring-pass | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
  exec "$@"' sh "$@"
