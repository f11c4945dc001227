# The body map screen, its drawing's words for screen readers, the teaching figures and the
# exercise drawings. Region, pathway and figure texts are content (content/regions.ron,
# pathways.ron, figures.ron), not here.

## Controls
bodymap-title = Body map
bodymap-help = Tab to the parts of the body; F6 jumps between the drawing and the side panel.
bodymap-no-drawing = The body drawing could not be loaded.
bodymap-view = View
bodymap-view-side = Side view
bodymap-view-back = Back view
bodymap-leg = Leg
leg-Right = Right leg
leg-Left = Left leg
bodymap-labels = Labels
bodymap-zoom-in = Zoom in
bodymap-zoom-out = Zoom out
bodymap-reset-view = Reset view
bodymap-consult = Consult mode
bodymap-consult-hint = F5: full screen, step by step, draw on the picture

## Side panel
bodymap-read = Read: { $title }
bodymap-howto = How to use the body map
bodymap-howto-choose = Click a part of the body, or press Tab and the arrow keys to move between parts and Enter to choose one.
bodymap-howto-overlays = Turn on Nerve route, Movement chain or Limp above to see how the back and the ankle are linked. The mouse wheel scrolls the page; Ctrl and the wheel, a pinch or the zoom buttons zoom; drag to move.
bodymap-close = Close
bodymap-links = How it links the back and the ankle
bodymap-signs = Warning signs for this part
bodymap-read-more = Read more
bodymap-start-check = Start a self-check about this area…

## The drawing in words (screen readers)
# $view is the view's name, $leg the leg's name; both start with a capital in their own messages.
drawing-summary-view = Body drawing, { $view }.
drawing-summary-view-leg = Body drawing, { $view }, { $leg }.
drawing-summary-no-overlays = No overlays on.
drawing-summary-overlays = Showing: { $names }.
drawing-summary-selected = Selected: { $name }.
drawing-summary-highlighted = Highlighted: { $names }.
drawing-region-selected = { $name }, selected, details shown
drawing-region-highlighted = { $name }, highlighted
drawing-list-separator = ,{ " " }

## Teaching figures
figure-caption = Figure: { $caption }
figure-foot-outer = Outer side
figure-foot-inner = Inner side
figure-foot-alt-outer = Drawing: the outer side of the foot, with the points { $points }
figure-foot-alt-inner = Drawing: the inner side of the foot, with the points { $points }
figure-point = { $letter }: { $text }.
figure-points-and = { " " }and{ " " }
figure-cm = { $cm } cm

## Exercise drawings
drawing-alt = Drawing: { $name }. { $caption }

## Exercise drawings: what each shows, in words (shown under it and read by screen readers)
exercise-drawing-RestIceElevate = Lying down, the foot up on pillows above the hip, an ice pack wrapped in a towel on the ankle.
exercise-drawing-AnkleAlphabet = Sitting on a chair, the hurt leg out in front, the big toe writing letters in the air.
exercise-drawing-BandPush = Sitting on the floor with the legs straight, a band round the ball of the foot and its ends in the hands. The foot pushes down.
exercise-drawing-HipBridge = Lying on the back, knees bent, feet flat. The hips lift a little way off the floor.
exercise-drawing-SideLegLift = Lying on one side. The top leg lifts, straight.
exercise-drawing-KneeStraighten = Sitting on a chair. One knee straightens until the leg sticks out in front.
exercise-drawing-SingleLegBalance = Standing on the hurt leg next to a counter, one hand ready to hold it.
exercise-drawing-CalfRaise = Standing on both feet, hands on a counter. The heels rise, then lower slowly.
exercise-drawing-OneLegHeelRaise = Standing on the sore leg, the good foot lifted, hands on a counter. The heel lowers slowly.
exercise-drawing-StepHeelDrop = The ball of the sore foot on the edge of a step, knee straight, a hand on the rail. The heel lowers below the step.
exercise-drawing-StepHeelDropBentKnee = The same on the step with the knee a little bent. The heel lowers below the step.
exercise-drawing-Bike = Sitting on an exercise bike, pedalling at an easy pace.
exercise-drawing-RunWithSupport = Jogging on flat ground with a brace on the ankle.
exercise-drawing-CoreBrace = Lying on the back, knees bent, feet flat. The belly draws gently in.
exercise-drawing-Walk = Walking tall at an easy pace on flat ground.
exercise-drawing-KneeRoll = Seen from above: lying on the back, knees bent and together, rolling gently to one side.
