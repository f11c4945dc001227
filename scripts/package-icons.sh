#!/usr/bin/env bash
# Renders assets/icon.svg to the hicolor PNG sizes the .deb installs (assets/icons/hicolor/).
# Run after changing the SVG, and commit the PNGs. Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || {
  echo "package-icons: rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 48 64 128 256 512; do
  dir=assets/icons/hicolor/${size}x${size}/apps
  mkdir -p "$dir"
  rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "$dir/ankleback.png"
done
echo "package-icons: assets/icons/hicolor/{48,64,128,256,512}/apps/ankleback.png"
