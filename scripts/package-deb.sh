#!/usr/bin/env bash
# Builds the Debian package: target/debian/ankleback_<version>-1_<arch>.deb
#   scripts/package-deb.sh           build it (a release build: 7-11 minutes on 2 cores when
#                                    nothing is built yet; cargo-deb is installed if missing)
#   scripts/package-deb.sh --check   build it, then install it with apt on this machine, check
#                                    the command, the man page, the menu entry, the icons, the
#                                    completions and the window, run lintian, and remove it
# Install a built package with:  sudo apt install ./target/debian/ankleback_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[[ ${1:-} == --check ]] && check=true

if ! command -v cargo-deb >/dev/null; then
  echo "package-deb: installing cargo-deb (a few minutes, once)" >&2
  cargo install cargo-deb --locked --quiet
fi
# Man pages and completions from the clap definition (src/cli.rs), into target/assets/.
cargo run --quiet --example gen-assets -- target/assets >/dev/null
deb=$(cargo deb --quiet | tail -n 1)
echo "package-deb: built $deb"
$check || exit 0

sudo_cmd=()
[[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
fail() { echo "package-deb --check FAILED: $*" >&2; exit 1; }
pass=0
ok() { echo "  ok: $*"; pass=$((pass + 1)); }
tools=(lintian desktop-file-validate appstreamcli man xvfb-run identify)
pkgs=(lintian desktop-file-utils appstream man-db xvfb imagemagick)
need=()
for i in "${!tools[@]}"; do command -v "${tools[$i]}" >/dev/null || need+=("${pkgs[$i]}"); done
if [[ ${#need[@]} -gt 0 ]]; then
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
if dpkg-query -W -f='${Status}' ankleback 2>/dev/null | grep -q "install ok installed"; then
  fail "ankleback is already installed on this machine; remove it first (apt remove ankleback)"
fi

echo "package-deb: lintian"
lintian --fail-on error "$deb" || fail "lintian reported errors"
ok "lintian: no errors"

tree=$(mktemp -d)
dpkg-deb -x "$deb" "$tree"
appstreamcli validate-tree --no-net "$tree" >/dev/null || fail "appstreamcli validate-tree (metainfo and desktop entry together)"
rm -rf "$tree"
ok "AppStream: the metainfo and the desktop entry it launches validate together"

echo "package-deb: apt install $deb"
trap '"${sudo_cmd[@]}" apt-get remove -y -qq ankleback >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "$(realpath "$deb")" >/dev/null
[[ $(command -v ankleback) == /usr/bin/ankleback ]] || fail "ankleback is not in /usr/bin"
version=$(ankleback --version)
echo "$version" | sed 's/^/    /'
grep -q '^review: ' <<<"$version" || fail "--version has no review status"
ok "ankleback --version"
ankleback --about --data-dir /tmp | grep -q 'Where your data is kept' || fail "--about"
ok "ankleback --about"
man -w ankleback | grep -q '/usr/share/man/man1/ankleback.1.gz' || fail "man -w ankleback"
MANWIDTH=80 man ankleback 2>/dev/null | grep -q 'DATA FOLDER' || fail "man ankleback"
for page in ankleback-check-content ankleback-assess; do man -w "$page" >/dev/null || fail "no man page $page"; done
ok "man ankleback (and the check-content and assess pages)"
desktop-file-validate /usr/share/applications/ankleback.desktop || fail "desktop-file-validate"
ok "desktop entry installed and valid"
appstreamcli validate --no-net /usr/share/metainfo/org.ankleback.AnkleBack.metainfo.xml >/dev/null \
  || fail "appstreamcli validate"
ok "AppStream metainfo installed and valid"
for size in 48 64 128 256 512; do
  [[ -f /usr/share/icons/hicolor/${size}x${size}/apps/ankleback.png ]] || fail "no ${size}px icon"
done
[[ -f /usr/share/icons/hicolor/scalable/apps/ankleback.svg ]] || fail "no scalable icon"
ok "icons 48-512 px and scalable"
bash -c 'source /usr/share/bash-completion/completions/ankleback && complete -p ankleback' >/dev/null \
  || fail "bash completion does not load"
[[ -f /usr/share/zsh/vendor-completions/_ankleback && -f /usr/share/fish/vendor_completions.d/ankleback.fish ]] \
  || fail "zsh or fish completion missing"
ok "bash, zsh and fish completions"
grep -q "^License: MIT or Apache-2.0" /usr/share/doc/ankleback/copyright || fail "copyright file"
ok "licence files"

echo "package-deb: the installed app's first frame under Xvfb"
work=$(mktemp -d)
trap 'rm -rf "$work"; "${sudo_cmd[@]}" apt-get remove -y -qq ankleback >/dev/null 2>&1 || true' EXIT
mkdir -m 700 "$work/run"
XDG_RUNTIME_DIR=$work/run LIBGL_ALWAYS_SOFTWARE=1 EFRAME_SCREENSHOT_TO=$work/frame.png \
  xvfb-run -a -s "-screen 0 1280x800x24" ankleback --data-dir "$work/data" 2>/dev/null
colours=$(identify -format '%k' "$work/frame.png")
[[ $colours -ge 16 ]] || fail "the first frame is blank ($colours colours)"
ok "the installed app opens its window (first frame: $colours colours)"

echo "package-deb: apt remove"
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get remove -y -qq ankleback >/dev/null
[[ ! -e /usr/bin/ankleback && ! -e /usr/share/applications/ankleback.desktop ]] || fail "files left after remove"
ok "removed cleanly"
echo "$pass passed, 0 failed: package-deb --check"
