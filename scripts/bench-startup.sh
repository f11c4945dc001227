#!/usr/bin/env bash
# Startup benchmark: AnkleBack against a minimal eframe window with the same features.
# For each, over RUNS runs: the median time from launch until the window is shown (xdotool
# sees it mapped), the median time until the first frames are saved (eframe's screenshot
# hook saves the second frame as PNG and exits, so this includes encoding that image), and
# the resident memory 2 s after start.
# Usage: scripts/bench-startup.sh [RUNS]   (release builds; Xvfb + Mesa software GL)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
scripts/setup.sh --test
command -v xdotool >/dev/null || apt-get install -y -qq xdotool >/dev/null
cargo build --release --quiet --bin ankleback --example minimal_window
app=target/release/ankleback
minimal=target/release/examples/minimal_window

work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
display=:97
Xvfb $display -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 & xvfb=$!
sleep 1
export DISPLAY=$display LIBGL_ALWAYS_SOFTWARE=1 XDG_RUNTIME_DIR=$work/run
mkdir -m 700 "$XDG_RUNTIME_DIR"

# Data folder already past the welcome, as on a normal start.
mkdir -p "$work/data/profiles/default"
printf '(version: 1, role: Some(HavePain))\n' > "$work/data/profiles/default/settings.ron"
printf '(version: 1, active: "default", list: [(id: "default", name: "Bench")])\n' > "$work/data/profiles.ron"

window_shown_ms() { # command...
  local times=()
  for _ in $(seq "$runs"); do
    local start end pid
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 & pid=$!
    # Poll every few milliseconds (xdotool's own --sync waits in half-second steps).
    # Any visible window: the X server is private to this benchmark.
    until xdotool search --onlyvisible --name '.' >/dev/null 2>&1; do sleep 0.005; done
    end=$(date +%s%N)
    kill "$pid"; wait "$pid" 2>/dev/null || true
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
first_frame_ms() { # command...
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N)
    EFRAME_SCREENSHOT_TO=$work/f.png "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
rss_mb() { # command...
  "$@" >/dev/null 2>&1 & local pid=$!
  sleep 2
  local kb; kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo $(( kb / 1024 ))
}

app_shown=$(window_shown_ms "$app" --data-dir "$work/data")
min_shown=$(window_shown_ms "$minimal")
app_ms=$(first_frame_ms "$app" --data-dir "$work/data")
min_ms=$(first_frame_ms "$minimal")
app_rss=$(rss_mb "$app" --data-dir "$work/data")
min_rss=$(rss_mb "$minimal")
printf '%-16s %14s %22s %10s\n' "" "window shown" "first frames saved" "RSS"
printf '%-16s %11s ms %19s ms %7s MB\n' "minimal window" "$min_shown" "$min_ms" "$min_rss" "AnkleBack" "$app_shown" "$app_ms" "$app_rss"
awk -v as="$app_shown" -v ms="$min_shown" -v a="$app_ms" -v m="$min_ms" -v ar="$app_rss" -v mr="$min_rss" \
  'BEGIN { printf "ratio            %11.2fx %20.2fx %9.2fx   (goal: <= 1.25x time, <= 1.30x memory)\n", as/ms, a/m, ar/mr }'
