#!/usr/bin/env bash
# The accessibility test: starts the real window under Xvfb with a private D-Bus session and
# the accessibility bus switched on (AccessKit publishes its tree only then), and reads the
# tree over AT-SPI with pyatspi, as Orca does (tests/a11y/atspi_check.py says what it checks).
#   scripts/a11y-test.sh [BINARY]     (default: target/debug/ankleback, built by the caller)
# Packages: scripts/setup.sh --test (xvfb, xauth, dbus, at-spi2-core, python3-pyatspi, xdotool).
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-${CARGO_TARGET_DIR:-target}/debug/ankleback}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR=$work/run; mkdir -m 700 "$XDG_RUNTIME_DIR"
export HOME=$work/home; mkdir "$HOME"
export LIBGL_ALWAYS_SOFTWARE=1 NO_AT_BRIDGE=0 GTK_A11Y=atspi
unset EFRAME_SCREENSHOT_TO DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
# pyatspi is Debian's package: use Debian's Python, not one found earlier on PATH.
timeout 170 xvfb-run -a -s "-screen 0 1280x800x24" \
  dbus-run-session -- /usr/bin/python3 tests/a11y/atspi_check.py "$binary" 2> "$work/stderr.log" || {
  status=$?
  echo "accessibility test FAILED (exit $status); the app's and the bus's messages:" >&2
  grep -v -e 'Failed to set fd limit' -e 'Activating service' -e 'Successfully activated' \
    "$work/stderr.log" | tail -n 30 >&2
  exit "$status"
}
echo "accessibility test passed"
