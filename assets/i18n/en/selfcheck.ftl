# The Self-check screens: the start screen and the saved checks, the questions, the result.
# The questions, answers, outcomes and warning signs are content (content/selfcheck/,
# content/warning-signs.ron), not here.

## What guidance advises (Urgency::message_id, Urgency::short_message_id); also used by
## My progress
urgency-Emergency = Guidance for answers like these: get emergency care now
urgency-SameDay = Guidance for answers like these: see a clinician today
urgency-Appointment = Guidance for answers like these: book an appointment
urgency-SelfCare = Guidance for answers like these: self-care, with the safety net below
urgency-short-Emergency = emergency care now
urgency-short-SameDay = see a clinician today
urgency-short-Appointment = book an appointment
urgency-short-SelfCare = self-care with a safety net

## Start screen and saved checks
selfcheck-not-loaded = The self-check could not be loaded.
selfcheck-words = Words on this screen:
selfcheck-from-body-map = You came from the body map. "{ $answer }" will be ticked for you to confirm.
selfcheck-start = Start the self-check
selfcheck-earlier = Your earlier self-checks
selfcheck-view = View
selfcheck-delete = Delete
selfcheck-delete-confirm = Delete this check for good?
selfcheck-delete-yes = Yes, delete it
selfcheck-delete-no = No, keep it
# A saved check: "2026-03-01: book an appointment. Heel pain that may come from the back"
selfcheck-record-line = { $date }: { $urgency }. { $title }
selfcheck-record-warning-sign = Warning sign: { $sign }
selfcheck-back-to-start = Back to the self-check
selfcheck-viewing-date = Self-check of { $date }

## Questions
selfcheck-part-warning = Warning signs, screen { $index } of { $total }
selfcheck-part-pain = About your pain, screen { $index } of { $total }
# What "Read aloud" reads here
selfcheck-read-screen = the questions on this screen
selfcheck-not-sure-help = Answer each question. If you cannot tell, pick Not sure: for warning signs it counts the same as Yes, to keep you safe.
# The name of a question's answers, for screen readers
selfcheck-answers-group = Answers: { $question }
# One answer's accessible name: "No: Is there new numbness…?"
selfcheck-answer-name = { $answer }: { $question }
selfcheck-none-of-these = None of these
selfcheck-pain-scale-help = 0 means no pain, 10 the worst pain you can imagine.
selfcheck-pain-score = Pain { $score } out of 10
selfcheck-next = Next
selfcheck-next-disabled = Answer every question on this screen first.
selfcheck-answered = { $answered } of { $total } answered
selfcheck-previous = Previous screen
selfcheck-restart = Stop and start again
selfcheck-restart-confirm = Throw away your answers and start again?
selfcheck-restart-yes = Yes, start again
selfcheck-restart-no = No, keep my answers

## Result
selfcheck-saving = Saving the result…
# The urgent banner's accessible name: what guidance advises, then the action
selfcheck-banner-name = { $urgency }. { $action }
selfcheck-result = Result
selfcheck-result-missing = This result ({ $outcome }) is not in the current content.
selfcheck-start-new = Start a new self-check
selfcheck-handout = Make a handout of this result (PDF)
selfcheck-read-result = this result
selfcheck-show-on-body-map = Show on body map
selfcheck-signs-heading = Your answers included these warning signs
selfcheck-sign-not-diagnosis = A warning sign is not a diagnosis. It means guidance advises that a clinician checks it, as soon as the box above says.
selfcheck-sources = Sources: { $sources }
selfcheck-floors-heading = Why the advice is at least an appointment, whatever the pattern
selfcheck-floors-list = Your answers
selfcheck-you-answered = You answered: { $answer }
selfcheck-helps-heading = What tends to help, according to the sources
selfcheck-helps-list = What tends to help
selfcheck-care-heading = When to get care
selfcheck-care-list = Reasons to get care
selfcheck-read-more = Read more
selfcheck-compared-heading = Compared with your last self-check
selfcheck-compared-line = On { $date }: { $urgency }. { $title }
selfcheck-compared-more = The advice is more urgent now than last time.
selfcheck-compared-less = The advice is less urgent now than last time.
selfcheck-compared-same = The advice is as urgent as last time.
