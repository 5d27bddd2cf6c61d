#!/usr/bin/env bash
# Renders the console's pictures for the README into docs/screenshots/, offscreen (no
# display needed), at 1280x800 and at 200 % scale (QT_SCALE_FACTOR=2):
#   inbox-room.png      the inbox and chatroom 1 with its product and rating cards
#   error-state.png     the window when the API cannot be reached
#   inbox-room-dark.png the same in the dark appearance
#   inbox-room-LANG.png the same in each catalog language (en, fr, es, de; --locale), 100 % only
#   dialog-*.png        each action dialog (with busy and field-error states) and the
#                       sign-in dialog, from the GUI suites' screenshot steps
# and the same names with @2x for 200 %. Look at every picture before committing it.
#
# Usage: scripts/screenshots.sh [path/to/popsell-moderator]
# Without an argument it builds the dev preset and uses build/dev.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
app="${1:-}"
if [ -z "$app" ]; then
  "$root/scripts/build.sh" dev
  app="$root/build/dev/src/app/popsell-moderator"
fi
out="$root/docs/screenshots"
mkdir -p "$out"

export QT_QPA_PLATFORM=offscreen
# Qt warns at every start without a private runtime directory.
if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "${XDG_RUNTIME_DIR}" ]; then
  XDG_RUNTIME_DIR="$(mktemp -d)"
  chmod 0700 "$XDG_RUNTIME_DIR"
  export XDG_RUNTIME_DIR
fi
# Pictures should not depend on the machine's locale or time zone.
export LANG=C.UTF-8 TZ=Europe/Paris
unset LC_ALL

# Nothing listens on port 9 of the loopback (discard): the connection is refused at once.
unreachable="http://127.0.0.1:9/api/v2"

render() { # scale suffix
  local scale="$1" suffix="$2"
  QT_SCALE_FACTOR="$scale" "$app" --sandbox --size 1280x800 --open-chatroom 1 \
    --screenshot "$out/inbox-room$suffix.png"
  QT_SCALE_FACTOR="$scale" POPSELL_API_KEY=not-a-real-key "$app" --size 1280x800 \
    --base-url "$unreachable" --domain demo.popsell.test --brand 3 \
    --screenshot "$out/error-state$suffix.png"
}

render 1 ""
render 2 "@2x"

# The main window in each language of translations/ (docs/translations.md).
for lang in en fr es de; do
  "$app" --sandbox --locale "$lang" --size 1280x800 --open-chatroom 1 \
    --screenshot "$out/inbox-room-$lang.png"
done

# The dark appearance (Settings ▸ Appearance), at 100 % and 200 %.
for scale in 1 2; do
  suffix=""; [ "$scale" = 2 ] && suffix="@2x"
  QT_SCALE_FACTOR="$scale" "$app" --sandbox --theme dark --size 1280x800 --open-chatroom 1 \
    --screenshot "$out/inbox-room-dark$suffix.png"
done

# The dialogs, in their normal, busy and field-error states, as the GUI suites drive them
# (the session suite under a throwaway keychain, as ctest runs it).
tests="$(dirname "$app")/../../tests"
for suite in tst_gui_actions tst_gui_session; do
  [ -x "$tests/$suite" ] || continue
  wrapper=()
  functions=()
  if [ "$suite" = tst_gui_session ]; then
    wrapper=("$root/tests/support/with-keyring.sh")
    # Its nobus_ functions expect no session bus (ctest runs them apart, without one).
    mapfile -t functions < <("$tests/$suite" -functions | sed -n 's/()$//p' | grep -v '^nobus_')
  fi
  for scale in 1 2; do
    suffix=""; [ "$scale" = 2 ] && suffix="@2x"
    dir="$(mktemp -d)"
    QT_SCALE_FACTOR="$scale" POPSELL_GUI_SHOTS="$dir" "${wrapper[@]}" "$tests/$suite" "${functions[@]}" >/dev/null
    for png in "$dir"/*.png; do
      cp "$png" "$out/dialog-$(basename "$png" .png)$suffix.png"
    done
    rm -rf "$dir"
  done
done
echo "Screenshots in $out:"
ls -1 "$out"
