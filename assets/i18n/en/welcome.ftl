# The first start.

## First start
welcome-heading = Welcome to AnkleBack
welcome-intro = This app shows how an ankle problem can lead to back pain, and how a back problem can be felt in the ankle, heel or Achilles.
welcome-who = Which best describes you?
welcome-why = We use this to choose everyday words or clinician detail. You can change it later in Settings.
