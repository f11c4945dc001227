#!/usr/bin/env bash
# Builds and starts AnkleBack. Any arguments go to the app, e.g. scripts/run.sh --data-dir /media/usb/ankleback
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec cargo run --release --quiet -- "$@"
