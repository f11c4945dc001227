#!/bin/sh
# Starts AnkleBack from this folder. It saves in the ankleback-data folder beside it
# (portable mode), so the patients' data stays on this USB stick.
# Any options go to the app, e.g.:  ./start-ankleback.sh --data-dir "$HOME/AnkleBack-data"
here=$(cd "$(dirname "$0")" && pwd)
app="$here/ankleback"
data="$here/ankleback-data"
elsewhere="$HOME/AnkleBack-data"

if [ ! -x "$app" ]; then
  echo "AnkleBack: cannot run $app. If this stick does not allow programs to run, copy the" >&2
  echo "whole ankleback-portable folder to this computer and start it from there." >&2
  exit 126
fi

# A folder chosen on the command line is used as it is.
for arg in "$@"; do
  case $arg in --data-dir|--data-dir=*) exec "$app" "$@" ;; esac
done

# Portable mode needs the ankleback-data folder; make it again if it was deleted.
[ -d "$data" ] || mkdir "$data" 2>/dev/null
probe="$data/.write-check-$$"
if mkdir "$probe" 2>/dev/null; then
  rmdir "$probe"
  exec "$app" "$@"
fi

message="AnkleBack cannot save here: $data cannot be written.
The stick may be locked (read-only switch), full, or a CD.
If you go on, nothing you enter is kept after you close AnkleBack.
To keep it: unlock the stick, or copy the whole ankleback-portable folder to a stick or folder
you can write to, or save on this computer instead:
  $0 --data-dir \"$elsewhere\""
if [ -t 0 ] && [ -t 2 ]; then
  printf '%s\n\nSave on this computer, in %s? [y/N] ' "$message" "$elsewhere" >&2
  read -r answer
  case $answer in
    y | Y | yes | Yes) exec "$app" --data-dir "$elsewhere" "$@" ;;
  esac
elif [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v zenity >/dev/null 2>&1; then
  if zenity --question --title="AnkleBack" --width=480 \
    --ok-label="Save on this computer" --cancel-label="Go on without saving" \
    --text="$message" 2>/dev/null; then
    exec "$app" --data-dir "$elsewhere" "$@"
  fi
else
  printf '%s\n' "$message" >&2
fi
exec "$app" "$@"
