#!/usr/bin/env bash
# Installs what AnkleBack needs on Debian or Ubuntu, once. Safe to run again.
#   scripts/setup.sh          packages to run the app (X11/OpenGL libraries, Mesa software GL)
#   scripts/setup.sh --test   also the packages the test suite uses (Xvfb, ImageMagick, strace,
#                             espeak-ng, the desktop-entry and AppStream validators, and
#                             poppler-utils and qpdf for the handout PDFs, and for the
#                             accessibility test D-Bus, at-spi2-core, python3-pyatspi and xdotool)
# Rust is checked first. Without root or sudo it prints the apt-get line for an administrator
# and exits 1.
set -euo pipefail
cd "$(dirname "$0")/.."

# 1. Rust: rustup reads rust-toolchain.toml and installs the pinned toolchain by itself.
need_rust=$(sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
if ! command -v cargo >/dev/null || ! command -v rustc >/dev/null; then
  echo "setup: Rust is not installed. Install rustup (https://rustup.rs), then run this again;" >&2
  echo "setup: it installs Rust $need_rust (rust-toolchain.toml) on the first cargo command." >&2
  exit 1
fi
have_rust=$(rustc --version | awk '{print $2}')
if [[ $(printf '%s\n%s\n' "$need_rust" "$have_rust" | sort -V | head -n1) != "$need_rust" ]]; then
  echo "setup: Rust $have_rust is too old; AnkleBack needs $need_rust (rust-toolchain.toml)." >&2
  if ! command -v rustup >/dev/null; then
    echo "setup: this cargo is not from rustup (a distribution package?). Install rustup" >&2
    echo "setup: (https://rustup.rs): it picks the right version by itself." >&2
  else
    echo "setup: run: rustup toolchain install $need_rust --component rustfmt clippy" >&2
  fi
  exit 1
fi

# 2. System packages.
packages=(libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 libgl1 libegl1 libgl1-mesa-dri)
if [[ ${1:-} == --test ]]; then
  packages+=(xvfb xauth imagemagick strace espeak-ng desktop-file-utils appstream poppler-utils qpdf
    dbus at-spi2-core python3-pyatspi xdotool)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
install_line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  sudo_cmd=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo_cmd=(sudo -n)
elif command -v sudo >/dev/null && [[ -t 0 ]]; then
  sudo_cmd=(sudo)
else
  echo "setup: these packages are missing: ${missing[*]}" >&2
  echo "setup: this account cannot install them (no root, no sudo). Ask an administrator to run:" >&2
  echo "    $install_line" >&2
  exit 1
fi
echo "setup: installing ${missing[*]}" >&2
if ! { "${sudo_cmd[@]}" apt-get update -qq &&
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
  echo "setup: installing failed. An administrator can run:" >&2
  echo "    $install_line" >&2
  exit 1
fi
