#!/usr/bin/env bash
# Runs every test: unit and kittest UI tests, then a smoke test of the real window under Xvfb
# with Mesa's software renderer (its first frame must not be blank, and it must open no
# network socket), and the accessibility test over AT-SPI.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}

cargo test --all-targets
cargo test --doc
# The smoke test runs the binary it has just built (cargo test alone need not build it).
cargo build --bin ankleback
binary=${CARGO_TARGET_DIR:-target}/debug/ankleback

echo "packaging: the desktop entry and the AppStream metainfo validate"
desktop-file-validate assets/ankleback.desktop
appstreamcli validate --no-net --no-color assets/org.ankleback.AnkleBack.metainfo.xml

echo "smoke test: first frame of the real window under Xvfb"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=$work/run; mkdir -m 700 "$XDG_RUNTIME_DIR"
# A fresh home folder shows whether the app writes anywhere but --data-dir.
export HOME=$work/home; mkdir "$HOME"; unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME
export LIBGL_ALWAYS_SOFTWARE=1 EFRAME_SCREENSHOT_TO=$work/first-frame.png
if ! strace -f -qq -o /dev/null true 2>/dev/null; then
  echo "smoke test FAILED: strace cannot trace here (ptrace is not allowed in this container);" >&2
  echo "the offline check needs it" >&2
  exit 1
fi
xvfb-run -a -s "-screen 0 1280x800x24" \
  strace -f -qq -e trace=socket -o "$work/sockets.log" \
  "$binary" --data-dir "$work/data"
colours=$(identify -format '%k' "$work/first-frame.png")
echo "smoke test: first frame has $colours colours"
if [[ $colours -lt 16 ]]; then echo "smoke test FAILED: the first frame is blank" >&2; exit 1; fi
if grep -E 'AF_INET6?[,)]' "$work/sockets.log"; then
  echo "smoke test FAILED: the app opened a network socket (above)" >&2; exit 1
fi
echo "smoke test: no network socket opened"
# Mesa's own shader cache (~/.cache/mesa_shader_cache) belongs to the graphics driver.
unexpected=$(find "$HOME" -type f ! -path "$HOME/.cache/mesa_shader_cache*")
if [[ -n $unexpected ]]; then echo "smoke test FAILED: files written outside --data-dir: $unexpected" >&2; exit 1; fi
# The first start makes the data folder (owner-only) and nothing else outside it.
if [[ ! -d $work/data ]]; then echo "smoke test FAILED: no data folder at $work/data" >&2; exit 1; fi
echo "smoke test passed"

echo "accessibility test: the AT-SPI tree of the real window (scripts/a11y-test.sh)"
scripts/a11y-test.sh "$binary"
