#!/usr/bin/env bash
# Builds the portable folder for a USB stick, packed as
# target/portable/ankleback-portable-<version>-linux-<arch>.tar.gz:
#   ankleback-portable/ankleback            the release binary
#   ankleback-portable/ankleback-data/      empty: its presence turns on portable mode
#   ankleback-portable/start-ankleback.sh   launcher (says so when the stick is read-only)
#   ankleback-portable/README-USB.txt       plain-words instructions, and the licences
#   scripts/package-portable.sh           build it (a release build: 7-11 min from nothing)
#   scripts/package-portable.sh --check   also unpack it, start it under Xvfb with a fresh home
#                                         folder, check it saves only in its ankleback-data,
#                                         and start it again from a read-only copy (root)
set -euo pipefail
cd "$(dirname "$0")/.."
check=false
[[ ${1:-} == --check ]] && check=true

cargo build --release --quiet --bin ankleback
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
name=ankleback-portable-$version-linux-$(uname -m)
out=target/portable
rm -rf "$out/ankleback-portable"
mkdir -p "$out/ankleback-portable/ankleback-data"
install -m 755 target/release/ankleback "$out/ankleback-portable/"
install -m 755 assets/portable/start-ankleback.sh "$out/ankleback-portable/"
install -m 644 assets/portable/README-USB.txt LICENSE-MIT LICENSE-APACHE "$out/ankleback-portable/"
tar -C "$out" --owner=0 --group=0 --numeric-owner -czf "$out/$name.tar.gz" ankleback-portable
echo "package-portable: built $out/$name.tar.gz ($(du -h "$out/$name.tar.gz" | cut -f1))"
$check || exit 0

fail() { echo "package-portable --check FAILED: $*" >&2; exit 1; }
pass=0
ok() { echo "  ok: $*"; pass=$((pass + 1)); }
work=$(mktemp -d)
trap 'umount "$work/ro" 2>/dev/null || true; rm -rf "$work"' EXIT
tar -C "$work" -xzf "$out/$name.tar.gz"
stick=$work/ankleback-portable
[[ -x $stick/ankleback && -x $stick/start-ankleback.sh && -d $stick/ankleback-data ]] || fail "layout"
[[ -z $(ls -A "$stick/ankleback-data") ]] || fail "ankleback-data is not empty"
ok "the archive unpacks: program, launcher, README-USB.txt, empty ankleback-data"
"$stick/ankleback" --about | grep -qF "$stick/ankleback-data (portable mode" || fail "--about does not show portable mode"
ok "--about shows the portable data folder"

# A fresh home folder shows whether anything is written outside ankleback-data.
export HOME=$work/home XDG_RUNTIME_DIR=$work/run LIBGL_ALWAYS_SOFTWARE=1
mkdir "$HOME"; mkdir -m 700 "$XDG_RUNTIME_DIR"; unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
touch "$work/before"
EFRAME_SCREENSHOT_TO=$work/frame.png xvfb-run -a -s "-screen 0 1280x800x24" \
  "$stick/start-ankleback.sh" </dev/null 2>"$work/stderr" || fail "the app did not start: $(cat "$work/stderr")"
colours=$(identify -format '%k' "$work/frame.png")
[[ $colours -ge 16 ]] || fail "the first frame is blank"
ok "starts from the launcher (first frame: $colours colours)"
[[ -n $(ls -A "$stick/ankleback-data") ]] || fail "nothing was saved in ankleback-data"
outside=$(find "$work" -newer "$work/before" \( -type f -o -type d \) \
  ! -path "$stick/ankleback-data*" ! -path "$work/frame.png" ! -path "$work/stderr" \
  ! -path "$HOME/.cache/mesa_shader_cache*" ! -path "$XDG_RUNTIME_DIR*" ! -path "$work/home" \
  ! -path "$work/home/.cache" ! -path "$stick" ! -path "$work")
[[ -z $outside ]] || fail "written outside ankleback-data: $outside"
ok "saves in its own ankleback-data and nowhere else"

# The same folder on a read-only medium: a read-only bind mount, in a private mount namespace.
mkdir "$work/ro"
if unshare -m true 2>/dev/null; then
  # shellcheck disable=SC2016 # $1 and $2 are the inner shell's arguments
  EFRAME_SCREENSHOT_TO=$work/ro-frame.png unshare -m --propagation private sh -c \
    'mount --bind -o ro "$1" "$2" && exec xvfb-run -a -s "-screen 0 1280x800x24" "$2/start-ankleback.sh"' \
    sh "$stick" "$work/ro" </dev/null 2>"$work/ro-stderr" || fail "read-only start: $(cat "$work/ro-stderr")"
  grep -q "cannot be written" "$work/ro-stderr" || fail "the launcher did not say the stick is read-only"
  grep -q -- "--data-dir" "$work/ro-stderr" || fail "the launcher did not offer --data-dir"
  grep -q "AnkleBack cannot save in" "$work/ro-stderr" || fail "the app did not say it cannot save"
  [[ -f $work/ro-frame.png ]] || fail "the app did not open on a read-only stick"
  ok "on a read-only stick the launcher and the app say so, offer --data-dir, and the app opens"
else
  echo "  skipped: read-only start (no permission to make a mount namespace here)"
fi
echo "$pass passed, 0 failed: package-portable --check"
