#!/usr/bin/env bash
# Installs what AnkleBack needs on Debian or Ubuntu, once. Safe to run again.
#   scripts/setup.sh          packages to run the app (X11/OpenGL libraries, Mesa software GL)
#   scripts/setup.sh --test   also the packages the test suite uses (Xvfb, ImageMagick, strace,
#                             espeak-ng, poppler-utils and qpdf for the handout PDFs)
set -euo pipefail

packages=(libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 libgl1 libegl1 libgl1-mesa-dri)
if [[ ${1:-} == --test ]]; then
  packages+=(xvfb xauth imagemagick strace espeak-ng poppler-utils qpdf)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "setup: installing ${missing[*]}" >&2
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  echo "setup: Rust is not installed. Install it from rustup (https://rustup.rs), then run this again." >&2
  exit 1
fi
