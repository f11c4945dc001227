# Read aloud: the control beside a text (src/ui/read_aloud.rs), what it says when no speech
# program is installed, and the few words read aloud that are not content text
# (src/speech/script.rs). The content itself is read in the content's language.

## The control (also the accessible labels)
readaloud-button = Read aloud
readaloud-button-named = Read aloud: { $what }
readaloud-pause = Pause reading
readaloud-resume = Resume reading
readaloud-stop = Stop reading
readaloud-position = Sentence { $index } of { $total }
readaloud-now = Now reading: { $sentence }

## When it cannot speak
readaloud-no-engine = Reading aloud needs a speech program. On Debian or Ubuntu: sudo apt install espeak-ng
readaloud-no-engine-windows = Reading aloud needs a Windows voice. Add one in Settings › Time & language › Speech.
readaloud-no-engine-macos = Reading aloud needs a system voice. Add one in System Settings › Accessibility › Spoken Content.
readaloud-failed = The speech program stopped with an error. Try again, or restart AnkleBack.

## Words added to what is read
readaloud-answers = The answers are: { $answers }.
