# The first start.

## First start
welcome-heading = Welcome to AnkleBack
welcome-intro = This app shows how an ankle problem can lead to back pain, and how a back problem can be felt in the ankle, heel or Achilles.
welcome-who = Which best describes you?
welcome-why = We use this to choose everyday words or clinician detail. You can change it later in Settings.

## Who is using AnkleBack (first start, after an erase)
chooser-heading = Who is using AnkleBack?
chooser-cannot-save = AnkleBack cannot save in this folder: { $folder } ({ $problem }). What you enter now is kept only until you close the app. To keep it, start AnkleBack with --data-dir and a folder you can write to, for example: ankleback --data-dir ~/AnkleBack-data
chooser-choose = Choose your profile:
chooser-or-new = Or start a new profile:
chooser-first = Each person keeps their own settings and progress on this computer. Type your name or a nickname to start.
chooser-name-hint = Your name or a nickname
chooser-name = Your name
chooser-start = Start
chooser-import = Or bring your profile from another computer (a file made with "Export this profile"):
chooser-import-hint = /media/usb/AnkleBack-Ana-2026-12-01.ron
chooser-file = File to import
chooser-import-button = Import profile
chooser-name-taken = A profile with this name already exists:

## A profile's PIN
pin-heading = PIN for { $name }
pin-this-profile = this profile
pin-intro = This profile has a PIN. Type it to open the profile.
pin-field = PIN
pin-open = Open profile
pin-cancel = Cancel

## Closing with changes that could not be saved
close-heading = Your changes are not saved
close-intro = AnkleBack could not save { $files }. If you close now, those changes are lost.
close-retry = Try again
close-folder-hint = /media/usb
close-folder = Folder for a copy
close-save-copy = Save a copy there and quit
close-quit = Quit anyway
close-keep-open = Keep the app open
