# The take-home handout (PDF) and the buttons that make it. Content text (articles, results,
# the plan, warning signs) comes from content/; these are the handout's own words.

## Buttons (Learn, self-check result, plan, consult mode)
handout-save-as = Save as…
handout-add-diary = Add my pain diary chart
handout-saved = Handout saved: { $path }
handout-topic-self-check = self-check
handout-topic-plan = exercise plan
handout-topic-consult = consult
handout-open = Open the handout
handout-show-folder = Show in folder
handout-failed = Could not make the handout: { $why }

## Why a handout could not be made (shown under the button)
handout-error-article = There is no article “{ $id }”.
handout-error-section = The article “{ $id }” has no section “{ $section }”.
handout-error-language = There is no handout text in the language “{ $lang }”.
handout-error-empty = There is nothing to put in the handout yet.
handout-error-plan = The content has no plan.
handout-error-selfcheck = The content has no self-check.
handout-error-pdf = The PDF could not be made ({ $why }).
handout-error-write = Could not write { $path } ({ $why }).
handout-error-folder = This computer has no documents or home folder to save handouts in.

## Title, footer, notice
handout-title = Your AnkleBack handout
handout-footer = AnkleBack handout · { $date } · page { $page } of { $pages }
handout-sources-heading = Sources
handout-notice-title = For learning, not a diagnosis
handout-notice = AnkleBack explains what published articles and guidelines say. It does not diagnose you or replace a doctor, nurse or physiotherapist. Warning signs need care: if one of them applies to you, get help as the app advises, whatever else you read here. Every explanation shows the source it comes from.
handout-no-review = No clinician review is recorded for the self-check and plan texts.
handout-review-line = “{ $title }”: { $status }, last checked { $date }.
handout-review-line-by = “{ $title }”: { $status } ({ $name }), last checked { $date }.
handout-review-Draft = Not yet reviewed by a clinician
handout-review-Reviewed = Reviewed by a clinician
handout-translation = Translation: { $status }.

## Sources of a part
handout-sources-line = Sources: { $sources }
handout-source = { $title } ({ $publisher }, { $year }; { $kind })

## The self-check result
handout-result = Your self-check
handout-signs-raised = Your answers included these warning signs
handout-not-a-diagnosis = A warning sign is not a diagnosis. It means guidance advises that a clinician checks it, as soon as the box above says.
handout-why-floor = Why the advice is at least an appointment, whatever the pattern
handout-you-answered = You answered: { $answer }
handout-pain-answer = pain { $value } out of 10
handout-what-helps = What tends to help, according to the sources
handout-when-care = When to get care
handout-read-more = Read more in the app
handout-tell-clinician = What to tell your clinician

## The body drawing
handout-figure-alt = Drawing of the lower back, pelvis and right leg, from the side and from the back.
handout-highlighted = Highlighted: { $names }.
handout-lines-drawn = Lines drawn: { $names }.
handout-legend-highlight = Parts your result is about (thick outline)
handout-legend-shown = Parts the consult showed (thick outline)
handout-legend-part = { $name }: { $part }
handout-view-side = Side view
handout-view-back = Back view
handout-view-both = Both legs, from behind
handout-view-leg = { $view }, { $leg ->
    [left] left leg
   *[right] right leg
}

## The plan
handout-plan-heading = Your plan ({ $programme }), stage { $stage } of { $stages }: { $name }
handout-before-you-start = Before you start
handout-move-on = Move on when: { $text }
handout-stop-signs = Stop and get care if
handout-note = Note for clinicians: { $text }
handout-exercise-RestIceElevate = Lying down, the foot up on pillows above the hip, an ice pack wrapped in a towel on the ankle.
handout-exercise-AnkleAlphabet = Sitting on a chair, the hurt leg out in front, the big toe writing letters in the air.
handout-exercise-BandPush = Sitting on the floor with the legs straight, a band round the ball of the foot and its ends in the hands. The foot pushes down.
handout-exercise-HipBridge = Lying on the back, knees bent, feet flat. The hips lift a little way off the floor.
handout-exercise-SideLegLift = Lying on one side. The top leg lifts, straight.
handout-exercise-KneeStraighten = Sitting on a chair. One knee straightens until the leg sticks out in front.
handout-exercise-SingleLegBalance = Standing on the hurt leg next to a counter, one hand ready to hold it.
handout-exercise-CalfRaise = Standing on both feet, hands on a counter. The heels rise, then lower slowly.
handout-exercise-OneLegHeelRaise = Standing on the sore leg, the good foot lifted, hands on a counter. The heel lowers slowly.
handout-exercise-StepHeelDrop = The ball of the sore foot on the edge of a step, knee straight, a hand on the rail. The heel lowers below the step.
handout-exercise-StepHeelDropBentKnee = The same on the step with the knee a little bent. The heel lowers below the step.
handout-exercise-Bike = Sitting on an exercise bike, pedalling at an easy pace.
handout-exercise-RunWithSupport = Jogging on flat ground with a brace on the ankle.
handout-exercise-CoreBrace = Lying on the back, knees bent, feet flat. The belly draws gently in.
handout-exercise-Walk = Walking tall at an easy pace on flat ground.
handout-exercise-KneeRoll = Seen from above: lying on the back, knees bent and together, rolling gently to one side.

## The pain diary
handout-diary = Your pain diary
handout-diary-empty = The pain diary has no pain scores yet.
handout-chart-ankle = Ankle pain
handout-chart-back = Back pain
handout-chart-alt = Chart of the pain diary from { $from } to { $to }, { $count ->
    [one] { $count } day
   *[other] { $count } days
} recorded, pain from 0 (none) to 10 (worst).
handout-chart-series = { $name }: { $start } on the first day, { $end } on the last; lowest { $low }, highest { $high }.

## What was shown in consult mode
handout-consult = What we looked at together
handout-consult-step = { $story }, step { $step } of { $steps }: { $caption }
handout-consult-figure-alt = The clinician's drawing: { $view }. { $marks }
handout-consult-no-marks = Nothing was drawn.
handout-consult-marks = The marks
