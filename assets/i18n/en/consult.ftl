# Consult mode: a story told step by step over a large picture the clinician draws on.

## The screen
consult-label = Consult
consult-heading = Consult mode
consult-no-stories = This content has no stories (content/stories.ron).
consult-no-drawing = The body drawing could not be loaded.
consult-leave = Leave consult mode (Esc)
consult-previous = ‹ Previous
consult-previous-keys = Left arrow or Page Up
consult-next = Next ›
consult-next-keys = Right arrow, Page Down or Space
consult-step = Step { $step } of { $steps }
consult-progress = Progress: step { $step } of { $steps }
consult-words = Words:
consult-read = Read: { $title }
consult-notice = For learning, not a diagnosis
consult-picture = Picture: { $view }. Highlighted: { $highlighted }.
consult-nothing = nothing

## Showing one thing
consult-show = Show
consult-view-side = Side view
consult-view-back = Back view
consult-view-both = Both legs, from behind
consult-view-leg = { $view }, { $leg ->
    [left] left leg
   *[right] right leg
}
consult-both-legs = Both legs
consult-leg-Right = Right leg
consult-leg-Left = Left leg
consult-one-root = One nerve root:
consult-only = Only:
consult-only-hint = Hide the rest of the body
consult-as-shown = As the step shows it

## Drawing
consult-draw = Draw
consult-tool-Move = Move
consult-tool-Pen = Pen
consult-tool-Arrow = Arrow
consult-tool-Circle = Circle
consult-ink = Ink { $number }
consult-zoom-in = Zoom in
consult-zoom-out = Zoom out
consult-undo = Undo
consult-clear = Clear drawing
consult-no-marks = No marks yet: choose Pen, Arrow or Circle and drag on the picture.
consult-other-view = { $mark } (another view)
consult-delete-mark = Delete mark { $number }

## Marks in words ("Mark 2: circle near the right Achilles tendon")
consult-mark-number = Mark { $number }
consult-mark = Mark { $number }: { $shape }
consult-mark-near = Mark { $number }: { $shape } near the { $side ->
    [left] left
   *[right] right
} { $region }
consult-mark-midline = Mark { $number }: { $shape } near the { $region }
consult-shape-line = line
consult-shape-arrow = arrow
consult-shape-circle = circle

## The patient
consult-handout = Make a handout of this consult (PDF)
consult-saved-to = Saved to { $name }'s profile.
consult-not-saved = Nothing is saved unless you choose to.
consult-shown-so-far = Shown so far: { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
}, { $sections ->
    [one] { $sections } article section
   *[other] { $sections } article sections
}, { $marks ->
    [one] { $marks } mark
   *[other] { $marks } marks
}. { $saved }
consult-save = Save to a patient profile…
consult-new-patient-question = Clear the drawing and the record of what was shown, for the next patient?
consult-new-patient-clear = Clear for a new patient
consult-new-patient-keep = Keep
consult-new-patient = New patient…
consult-save-which = Save the steps, sections and marks shown to which patient profile?
consult-save-to = Save to { $name }
consult-new-profile = New profile:
consult-new-profile-hint = Patient's name
consult-new-profile-name = New patient profile name
consult-save-new = Save to a new profile
consult-cancel = Cancel

## Saving to a profile (messages after the button)
consult-nothing-shown = Nothing has been shown yet, so there is nothing to save.
consult-profile-gone = That profile no longer exists; nothing was saved.
consult-type-name = Type a name for the new profile first.
consult-not-saved-to = Nothing was saved to { $name }'s profile: { $why }
consult-saved-shown = Saved what was shown to { $name }'s profile.
consult-open-elsewhere = AnkleBack has that profile open in another window. Close it and try again.
consult-folder-locked = its folder cannot be written ({ $why }).
consult-file-unreadable = its progress file could not be read, so it was left as it is ({ $why }).
