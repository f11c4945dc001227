# AnkleBack's own words (buttons, headings, labels), English. Every message here must also be
# in every other language's file (tests). Content text (articles, self-check, warning signs)
# is not here: it lives in content/ and content/i18n/<lang>/.

## Navigation (also the accessible labels)
nav-BodyMap = Body map
nav-Learn = Learn
nav-SelfCheck = Self-check
nav-Progress = My progress
nav-Settings = Settings & About
nav-settings = { nav-Settings }

## First start
welcome-heading = Welcome to AnkleBack
welcome-intro = This app shows how an ankle problem can lead to back pain, and how a back problem can be felt in the ankle, heel or Achilles.
welcome-who = Which best describes you?
welcome-why = We use this to choose everyday words or clinician detail. You can change it later in Settings.

## Choices
role-HavePain = I have pain
role-Carer = I care for someone
role-Clinician = I am a clinician
level-Patient = Everyday words
level-Clinician = Clinician detail
theme-Light = Light
theme-Dark = Dark
theme-HighContrast = High contrast

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

## Counts (plural rules)
checks-saved = { $count ->
    [one] { $count } saved check
   *[other] { $count } saved checks
}
