# The app's own file and folder chooser (open and "Save as…").

## Chooser
files-folder = Folder: { $folder }
files-up = Up one folder
files-home = Home
files-documents = Documents
files-usb = USB sticks
files-cannot-open = This folder cannot be opened ({ $problem }).
files-folder-entry = Folder: { $name }
files-file-entry = File: { $name }
files-truncated = Only the first 500 entries are shown.
files-no-folders = No folders here.
files-no-files = No AnkleBack files or folders here.
files-use-folder = Use this folder
files-cancel = Cancel
files-name = File name
files-exists = "{ $name }" is already there. Replace it?
files-replace = Replace it
files-keep = Keep it
files-save-here = Save here
files-name-empty = Type a name for the file.
files-name-separator = A file name cannot contain / or \.
files-name-dot = A file name cannot start with a dot.
files-name-folder = There is a folder with that name here.
