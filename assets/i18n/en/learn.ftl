# The Learn screen: the article list, search, the reader, its blocks and sources. Article,
# glossary and source texts come from content/, not from here.

## The list
learn-heading = Learn
learn-intro = Short articles on how the ankle and the lower back affect each other, from five public sources.
learn-group = Group articles
learn-by-area = By body area
learn-by-direction = By direction
learn-read-mark = (read)
area-LowerBack = Lower back
area-Hip = Hip and pelvis
area-Ankle = Ankle and foot
area-AchillesHeel = Achilles, calf and heel
direction-AnkleToBack = From the ankle to the back
direction-BackToAnkle = From the back to the ankle

## Search
learn-search = Search
learn-search-hint = Search articles and glossary, e.g. Achilles reflex
learn-search-nothing = Nothing matches "{ $query }". Try fewer or simpler words, for example:
learn-search-results = { $count ->
    [one] 1 result. Press Enter to open it, or Tab to it.
   *[other] { $count } results. Press Enter to open the first, or Tab to the one you want.
}
# A result: its heading, then where it was found.
learn-search-hit = { $heading } ({ $kind })
search-kind-Title = Article
search-kind-Glossary = Glossary
search-kind-Patient = Everyday words
search-kind-Clinician = Clinician detail
# Words to try when nothing matches (they must find something in this language's content).
learn-suggestion-1 = sciatic nerve
learn-suggestion-2 = Achilles
learn-suggestion-3 = sprain
learn-suggestion-4 = limp
learn-suggestion-5 = shoes
learn-suggestion-6 = warning signs

## The reader
learn-back-to-list = Back to all articles
learn-article-level-label = Reading level for this article:
learn-article-level = Reading level for this article
learn-handout = Make a handout of this article (PDF)
review-Draft = Not yet reviewed by a clinician
review-Reviewed = Reviewed by a clinician
learn-review-draft = Review status: { $status }. Text last revised { $date }.
learn-review-reviewed = Review status: { $status }, { $date }.
learn-review-reviewed-by = Review status: { $status } ({ $by }), { $date }.
learn-show-on-body-map = Show on body map
learn-see-also = See also: { $title }
learn-from = From: { $sources }

## Blocks
learn-list = List
learn-steps = Steps
learn-key-figure = Key figure: { $figure } { $label }
learn-note = Note: { $title }
learn-table = Table: { $caption }
learn-steps-to-take = Steps to take
learn-what-to-tell = What to tell your clinician
learn-things-to-tell = Things to tell
learn-in-this-app = In this app
learn-action-plan-stage = Open the plan "{ $programme }" at stage { $stage }
learn-action-plan = Open the recovery plan at stage { $stage }
learn-action-diary = Open the pain diary
learn-action-self-check = Open the self-check

## Sources
learn-sources-heading = Sources for this article
learn-sources = Sources
