# Messages at the top of the window, and the reasons shown on buttons that cannot save.

## Read-only and saving
read-only-why = Read-only: AnkleBack is open on this profile in another window, so nothing can be saved here. Close the other copy and start this one again.
read-only-banner = Read-only: AnkleBack is already open on this profile in another window or on another computer sharing this folder. So that neither copy loses the other's changes, nothing you change here is saved. Close the other copy and start this one again to make changes.
read-only-list = This copy of AnkleBack opened read-only, so it does not change the list of profiles. Close the other copy and start this one again.
folder-not-writable = This data folder cannot be written ({ $problem }): { $folder }. The app keeps working and keeps your changes in memory; it saves them as soon as it can.
save-failed = Could not save your changes ({ $problems }). The app keeps working and keeps your changes; it will save them as soon as it can.
save-blocked = { $file } is kept as it was, because it could not be read
saved-now = Your changes are saved now.
close-still-unsaved = Still not saved. Try again after fixing the folder, or save a copy elsewhere.
close-copy-failed = Could not save a copy there ({ $problem })

## Saved files that could not be read (each problem is a reason, then what was done)
store-unreadable = Your saved { $file } could not be read ({ $why }).
store-not-text = Your saved { $file } is not a text file (line { $line }, column { $col }).
store-broken = Your saved { $file } could not be read (line { $line }, column { $col }).
store-not-understood = Your saved { $file } could not be understood (line { $line }, column { $col }).
store-not-carried-over = Your saved { $file } could not be brought up to date ({ $detail }).
store-kept-aside = It was kept as { $kept } and the app started with defaults.
store-left-in-place = It could not be moved aside ({ $why }). It is left untouched, and nothing is saved over it until the app is started again: { $path }
store-newer = { $file } was saved by a newer version of AnkleBack (format { $version }; this one reads { $reads }).
store-newer-kept = The original is kept as { $kept }; this copy uses what it understands.
store-newer-left = It could not be moved aside ({ $why }). To keep it safe, changes to it are not saved: { $path }
save-write-failed = could not save { $file }: { $why }
profiles-dropped = { $count ->
    [one] profiles.ron named 1 profile in a form this app does not use ({ $ids }); it was left out of the list. No file outside the data folder was touched.
   *[other] profiles.ron named { $count } profiles in a form this app does not use ({ $ids }); they were left out of the list. No file outside the data folder was touched.
}
profiles-rebuilt = { $count ->
    [one] The list of profiles was rebuilt from the 1 profile folder found, so no one's data is hidden.
   *[other] The list of profiles was rebuilt from the { $count } profile folders found, so no one's data is hidden.
}
profiles-added-back = { $count ->
    [one] 1 profile folder was missing from profiles.ron and was added back to the list.
   *[other] { $count } profile folders were missing from profiles.ron and were added back to the list.
}

## Why a file operation failed
io-disk-full = the disk is full
io-no-permission = no permission
io-read-only = the disk or folder is read-only
io-not-found = it is not there
io-other = { $text }

## Start
body-not-loaded = The body drawing could not be loaded ({ $problem }).
content-folder-problems = { $count ->
    [one] The content folder { $folder } has 1 problem, so the built-in content is used. Run `ankleback check-content { $folder }` for details:
   *[other] The content folder { $folder } has { $count } problems, so the built-in content is used. Run `ankleback check-content { $folder }` for details. The first ones:
}

## Profiles
profile-stays = Your changes to this profile could not be saved yet, so the app stays on it. Try again in a moment, or export the profile to keep a copy.
profile-cannot-open = This profile cannot be opened ({ $problem }).
profile-cannot-erase = This profile cannot be erased now (another copy of the app has it open).
profile-erased = The profile and all its data on this computer were erased. Copies you exported earlier were not touched.
profile-erase-failed = Could not erase this profile ({ $problem }).
pin-wrong = That PIN is not right. Try again.
pin-not-set = The PIN was not set: { $problem }.
pin-too-short = a PIN has at least { $digits } digits
pin-removed = This profile has no PIN now.
pin-set = PIN set. It is asked when someone switches to this profile.

## Export and import
exported = Exported to { $file }. Copy this file to the other computer and import it there.
export-failed = Could not export ({ $problem })
export-no-profile = no profile is open
export-not-folder = this is not a folder: { $folder }
import-not-started = Could not start the import ({ $problem }).
import-failed = Could not import. { $problem }.
import-pin-guarded = That profile has a PIN. Open it first (with its PIN) and import there, or import as a new profile.
imported = Imported the profile "{ $name }".
import-write-failed = Could not import ({ $problem }).
import-not-found = There is no file there: { $file }
import-no-permission = This file cannot be opened (no permission): { $file }
import-not-text = This file is not an AnkleBack export ({ $problem }): { $file }
import-unreadable = { $problem }: { $file }
import-damaged = This file is not an AnkleBack export, or it is damaged (line { $line }, column { $col }: { $problem }): { $file }
import-newer = This file was made by a newer AnkleBack (export format { $version }). Update the app to import it: { $file }
import-no-name = The profile in this file has no name: { $file }
import-stopped = The import stopped unexpectedly
