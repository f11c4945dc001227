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
settings-words-a-minute = { " " }words a minute
settings-reading-speed = Reading-aloud speed
settings-emergency = Emergency number
settings-emergency-hint = e.g. 112
settings-emergency-help = Shown in every urgent advice. Leave it empty to show "your local emergency number (for example 112, 911 or 999)". A clinic sets it once.
settings-clinic = Clinic name
settings-clinic-hint = e.g. Hill Road Clinic
settings-clinic-help = Printed under the title of every handout.
settings-paper = Handout paper
settings-paper-help = Chosen from this computer's language and country.
settings-percent = { " " }%

## Profiles
profiles-heading = Profiles
profiles-intro = On a shared computer, each person can have their own profile. Each profile keeps its own settings and progress.
profiles-in-use-group = Profile in use
profiles-in-use = (in use)
profiles-name-hint = Name
profiles-new-name = New profile name
profiles-add = Add profile
profiles-rename-hint = New name
profiles-rename-field = Rename profile
profiles-rename = Rename
profiles-export-folder = Folder to export to
profiles-choose-folder = Choose a folder…
profiles-export = Export this profile
profiles-export-help = The file is named after the person and today's date. Leave the folder empty to use the exports folder inside the data folder.
profiles-pin-hint = 4 or more digits
profiles-new-pin = New PIN
profiles-set-pin = Set PIN
profiles-remove-pin = Remove PIN
profiles-pin-help = With a PIN, nobody can switch to this profile without it. Only a scrambled form of the PIN is kept.
profiles-erase = Erase my data…
profiles-import-hint = /media/usb/AnkleBack-Ana-2026-12-01.ron
profiles-import-file = File to import
profiles-choose-file = Choose a file…
profiles-reading-file = Reading the file…
profiles-import = Import profile
profiles-import-conflict = A profile named "{ $name }" already exists. Replace it, or import as a new profile?
import-replace = Replace it
import-as-new = Import as a new profile
import-cancel = Cancel

## Erasing a profile
erase-heading = Erase this profile?
erase-this-profile = this profile
erase-what = The settings, diary, plan and self-checks of the profile "{ $name }" will be deleted from this computer. This cannot be undone.
erase-exports = Export files made earlier are not deleted: they are wherever they were saved (by default the exports folder inside the data folder). Delete them yourself if they should go too.
erase-yes = Yes, erase everything
erase-keep = Keep my data

## About
about-heading = About
about-version = AnkleBack { $version }
about-what = AnkleBack explains, in everyday words or clinician detail, how an ankle problem can lead to back pain and how a back problem can be felt in the ankle, heel or Achilles tendon. It works fully offline: it never connects to the internet.
about-authors-heading = Who wrote the content, and how
about-authors = The AnkleBack project team wrote the articles, the recovery plan and the self-check text, with AI writing tools, from five public web pages and from published guidance (NICE guidelines and summaries, the IFOMPT red-flag framework, the JOSPT Achilles guideline and the research listed below). The team members are software and content engineers, not clinicians. Facts and figures were checked against the published abstract or guideline page; where that was not possible the source says so, and figures that could not be checked were left out.
about-review-heading = Review status
about-review = Not yet reviewed by a clinician. An outside review of an earlier version found errors that have been corrected, but no clinician has yet signed off the current text.
about-funding-heading = Funding and advertising
about-funding = None. The app has no sponsor, shows no advertising and sells nothing.
about-privacy-heading = Privacy
about-privacy = Nothing you enter leaves this computer: the app never connects to the internet, and your diary, plan and self-check answers are saved only in the folder shown below.
about-sources-heading = Sources
about-sources = Every explanation names its source. The articles are written in our own words from:
about-source = { $title } ({ $publisher }, { $year }). { $evidence }.
about-data-heading = Where your data is kept
about-data-folder = { $folder } ({ $reason })
about-data-help = Nothing leaves this computer. To use another folder, start the app with --data-dir FOLDER.
about-data-CommandLine = chosen with --data-dir
about-data-Portable = portable mode: the ankleback-data folder beside the app
about-data-System = this computer's usual folder for app data
