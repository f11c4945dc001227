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
unit-Kilometres = km
unit-Miles = miles
paper-A4 = A4
paper-Letter = US Letter
evidence-ResearchStudy = Research study
evidence-Guideline = Guideline
evidence-ClinicianAdvice = Clinician advice
evidence-ClinicAdvice = Clinic advice
evidence-HealthWebsite = General health website, no named author
evidence-AiSummary = AI-written summary, pending human review
evidence-PublicHealthAdvice = Public health service advice for patients

## The toolbar and the window
toolbar-places = Places
toolbar-back = Back
toolbar-back-key = Alt+Left
toolbar-shortcut = Ctrl+{ $digit }
toolbar-profile = Profile: { $name }
toolbar-read-only = Read-only
toolbar-main = Screen: { $screen }
window-consult = Consult mode
window-title = AnkleBack — { $screen }
window-title-person = AnkleBack — { $screen } — { $name }
banner-dismiss = Dismiss

## The educational-use notice (shown wherever a result or an article is)
notice-title = For learning, not a diagnosis
notice-body = AnkleBack explains what published articles and guidelines say. It does not diagnose you or replace a doctor, nurse or physiotherapist. Warning signs need care: if one of them applies to you, get help as the app advises, whatever else you read here. Every explanation shows the source it comes from.

## The "Words:" switch of a screen
words-for-this-screen = (for this screen; the setting stays { $level })
