#!/usr/bin/env bash
# CI smoke test of the Debian package, as a user gets it: builds the .deb (scripts/package.sh),
# installs it with apt (which must find every dependency), runs the installed programs, takes
# a screenshot of the installed console offscreen, checks the desktop entry, metainfo, icons
# and man pages, then removes the package. It removes an already installed popsell-moderator
# too: run it on a CI or throwaway machine.
#
# Environment: BUILD_DIR (default build/release), JOBS (default: the number of cores).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${BUILD_DIR:-$root/build/release}"
package=popsell-moderator
app_id=com.popsell.Moderator

fail() { echo "smoke-deb: FAILED: $*" >&2; exit 1; }
step() { echo "smoke-deb: $*"; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || fail "need root or sudo to install the package"
  sudo="sudo"
fi

BUILD_DIR="$build" "$root/scripts/package.sh" DEB
debs=("$build"/packages/${package}_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $build/packages"
deb="${debs[0]}"
version="$(dpkg-deb -f "$deb" Version)"

step "control fields of $(basename "$deb")"
depends="$(dpkg-deb -f "$deb" Depends)"
echo "  Depends: $depends"
echo "  Recommends: $(dpkg-deb -f "$deb" Recommends)"
# The plugins (declared by hand) and what dpkg-shlibdeps must have found.
for dependency in qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libqt6network6 libqt6widgets6 \
                  libqt6keychain1; do
  grep -Eq "(^|, )$dependency( |,|$)" <<<"$depends" || fail "Depends lacks $dependency"
done

tmp="$(mktemp -d)"
installed=""
cleanup() {
  if [ -n "$installed" ]; then
    step "removing the package"
    $sudo apt-get remove -y -qq "$package" >/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

step "apt-get install $deb"
export DEBIAN_FRONTEND=noninteractive
# No Recommends: the package must work with its Depends alone.
$sudo apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
installed=yes
dpkg -L "$package" >"$tmp/files"

step "installed files"
expected=(
  /usr/bin/popsell-moderator /usr/bin/popsellctl
  /usr/share/applications/$app_id.desktop /usr/share/metainfo/$app_id.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/$app_id.svg
  /usr/share/man/man1/popsell-moderator.1.gz /usr/share/man/man1/popsellctl.1.gz
)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
  grep -qx "$file" "$tmp/files" || fail "the package does not install $file"
done
# The sandbox server is a development tool (docs/packaging.md).
! grep -q 'popsell-sandbox' "$tmp/files" || fail "the package ships popsell-sandbox"
echo "  ${#expected[@]} expected files present, no popsell-sandbox"

# The programs run from a clean home, with no display, as on a server.
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/runtime"
mkdir -p "$HOME" && mkdir -m 0700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY

step "popsell-moderator --version, popsellctl --version and --help"
got="$(timeout 30 /usr/bin/popsell-moderator --version)" || fail "popsell-moderator --version"
[ "$got" = "popsell-moderator $version" ] || fail "popsell-moderator --version said \"$got\""
echo "  $got"
got="$(timeout 30 /usr/bin/popsellctl --version)" || fail "popsellctl --version"
[ "$got" = "popsellctl $version" ] || fail "popsellctl --version said \"$got\""
echo "  $got"
timeout 30 /usr/bin/popsellctl --help | grep -q '^Usage: popsellctl' || fail "popsellctl --help"
timeout 30 /usr/bin/popsell-moderator --help | grep -q 'popsell-moderator' ||
  fail "popsell-moderator --help"

step "installed console on its sandbox, offscreen screenshot"
shot="$tmp/shot.png"
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/popsell-moderator --sandbox --size 1280x800 \
  --open-chatroom 1 --screenshot "$shot" 2>"$tmp/app.err" ||
  fail "the installed console did not take a screenshot: $(cat "$tmp/app.err")"
[ -f "$shot" ] || fail "no screenshot written"
file "$shot" | grep -q 'PNG image data, 1280 x 800' || fail "not a 1280x800 PNG: $(file "$shot")"
# The window with no data (docs/screenshots/error-state.png) is about 30 kB; the inbox with
# a chatroom and its product cards is over 200 kB.
bytes="$(stat -c %s "$shot")"
[ "$bytes" -gt 100000 ] || fail "the screenshot shows no data ($bytes bytes)"
echo "  $bytes bytes, 1280x800"

step "desktop entry and AppStream metainfo"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "appstreamcli validate"
grep -q "<release version=\"$version\"" "/usr/share/metainfo/$app_id.metainfo.xml" ||
  fail "the metainfo has no <release> entry for $version (packaging/linux)"

step "man pages"
man_dir=/usr/share/man/man1
if [ ! -f "$man_dir/popsellctl.1.gz" ]; then
  # dpkg may be told to skip man pages (path-exclude, as in some container images): read
  # them from the package instead.
  dpkg-deb -x "$deb" "$tmp/deb"
  man_dir="$tmp/deb/usr/share/man/man1"
fi
for page in popsell-moderator popsellctl; do
  text="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$man_dir/$page.1.gz" 2>"$tmp/warnings")"
  [ ! -s "$tmp/warnings" ] || fail "man $page: $(cat "$tmp/warnings")"
  grep -q "^NAME" <<<"$text" || fail "man $page has no NAME section"
  grep -q "Popsell Moderator $version" <<<"$text" || fail "man $page does not show $version"
  echo "  $page(1): $(wc -l <<<"$text") lines"
done

step "apt-get remove"
$sudo apt-get remove -y -qq "$package" >/dev/null
installed=""
[ ! -e /usr/bin/popsell-moderator ] || fail "/usr/bin/popsell-moderator is still there"
echo "smoke-deb: passed ($(basename "$deb"), $(stat -c %s "$deb") bytes)"
