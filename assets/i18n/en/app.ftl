# AnkleBack's own words (buttons, headings, labels, help lines), English. One folder per
# language, one file per screen (app.ftl for words every screen shares); each file in another
# language's folder has exactly the ids of its English twin (the tests check). Ids start with
# the screen or the thing they name: `selfcheck-…`, `learn-…`; enum labels are
# `<enum>-<Variant>` (`role-HavePain`). Content text (articles, self-check questions, warning
# signs) is not here: it lives in content/ and content/i18n/<lang>/.

## Navigation (also the accessible labels)
nav-BodyMap = Body map
nav-Learn = Learn
nav-SelfCheck = Self-check
nav-Progress = My progress
nav-Settings = Settings & About
nav-settings = { nav-Settings }

## Choices
role-HavePain = I have pain
role-Carer = I care for someone
role-Clinician = I am a clinician
level-Patient = Everyday words
level-Clinician = Clinician detail
theme-Light = Light
theme-Dark = Dark
theme-HighContrast = High contrast

## Counts (plural rules)
checks-saved = { $count ->
    [one] { $count } saved check
   *[other] { $count } saved checks
}
