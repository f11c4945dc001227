# The My progress screen: summary, pain diary, recovery plan, shoes, walking tips. Plan,
# exercise and tip texts come from content/, not from here.

## Summary
progress-heading = My progress
progress-intro = Everything here is kept on this computer only.
progress-articles-read = Articles read
progress-articles-read-count = { $read } of { $count }
progress-go-to-learn = Go to Learn
progress-last-check = Last self-check
# The urgency of the last saved check, then the title of its result.
progress-last-check-result = { $urgency }: { $title }
progress-urgency-Emergency = Emergency care now
progress-urgency-SameDay = See a clinician today
progress-urgency-Appointment = Book an appointment
progress-urgency-SelfCare = Self-care with a safety net
progress-none-yet = None yet
progress-go-to-self-check = Go to Self-check
progress-plan = Recovery plan
progress-plan-not-started = Not started
progress-plan-stage = { $programme }: { $stage }
progress-done-today = { $count ->
    [one] 1 exercise done today
   *[other] { $count } exercises done today
}
progress-days-recorded = { $count ->
    [one] 1 day recorded
   *[other] { $count } days recorded
}

## Pain diary
progress-diary = Pain diary
progress-diary-intro = Once a day, how bad is the pain? 0 means no pain, 10 the worst you can imagine. Move a slider to enter a value; what you leave alone is not recorded.
progress-day = Day
progress-day-hint = YYYY-MM-DD
progress-diary-day = Diary day
progress-today = Today
progress-ankle = Ankle
progress-back = Back
progress-ankle-pain = Ankle pain
progress-back-pain = Back pain
progress-clear = Clear
progress-not-entered = not entered
progress-not-entered-hover = Not entered
progress-note = Note (optional)
progress-note-hint = e.g. long walk, new shoes
progress-diary-note = Diary note
progress-update-today = Update today's entry
progress-save-today = Save today's entry
progress-update-day = Update the entry for { $date }
progress-save-day = Save the entry for { $date }
progress-fix-day-first = Fix the day first
progress-enter-something-first = Move a slider or write a note first
progress-date-not-a-date = Type the day as YYYY-MM-DD, e.g. 2026-03-01
progress-date-future = This day has not happened yet
progress-unsaved = Unsaved changes
progress-trend = Trend
progress-trend-axis = Pain (0-10)
progress-last-note = Last note ({ $date }): { $note }
progress-trend-later = The trend appears after two days of entries.
progress-all-entries = All entries ({ $count })
# One recorded day; "-" stands for a value not entered.
progress-day-line = { $date }: ankle { $ankle }, back { $back }
progress-day-line-note = { $line } ({ $note })
progress-edit-day = Edit { $date }
progress-delete-day = Delete { $date }
progress-older-days = Older days: type the day above to edit it.

## Recovery plan
progress-plan-heading = Recovery and prevention plan
progress-plan-intro = Pick the programme that fits. Each has stages; tick off what you did today.
progress-plan-handout = Make a handout of my plan stage (PDF)
progress-programme-now = { $programme } (your programme now)
progress-plan-signs = Stop the plan and get care for these signs
progress-before-you-start = Before you start
progress-stage-now = { $stage } (your stage now)
progress-at-this-stage = I am at this stage
progress-move-on = When to move on: { $when }
progress-from = From: { $sources }
progress-done-today-exercise = Done today: { $exercise }
# One numbered step of an exercise.
progress-step = { $n }. { $step }

## Shoes
progress-shoes = Shoe mileage
progress-distances-in = Distances in
progress-unit-Kilometres = km
progress-unit-Miles = miles
progress-shoe-distance = { $distance } { $unit } since { $since }
progress-shoe-replace = time for a new pair
progress-shoe-zone = in the replace zone ({ $low }-{ $high } { $unit })
progress-shoe-to-go = { $distance } { $unit } to go before the replace zone
progress-shoe-add-to = Distance to add to { $shoe }
progress-shoe-add = Add distance
progress-shoe-remove = Remove
progress-shoe-name = Shoe name
progress-shoe-name-hint = e.g. Blue trainers
progress-shoe-so-far = Distance so far
progress-shoe-so-far-hint = distance so far, { $unit }
progress-shoe-track = Track a pair of shoes

## Walking tips
progress-tips = Walking tips
progress-sources = Sources: { $sources }
