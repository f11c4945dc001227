# The Settings screen.

## Settings
settings-heading = Settings
settings-intro = Changes apply at once and are saved on this computer.
settings-language = Language
settings-who = Who is using the app
settings-level = Reading level
settings-text-size = Text size
settings-theme = Theme
settings-motion = Motion
settings-reduce-motion = Reduce motion
settings-reading-aloud = Reading aloud
settings-words-a-minute = { " " }words a minute
settings-reading-speed = Reading speed
settings-emergency = Emergency number
settings-emergency-hint = e.g. 112
settings-emergency-help = Shown in every urgent advice. Leave it empty to show "your local emergency number (for example 112, 911 or 999)". A clinic sets it once.
