# The bank: well-worded targets, strategies, home activities and ways of checking progress,
# in every language iepress ships, for a school to pick in a plan instead of writing words:
#
#   target: { bank: read-common-words, count: 20, total: 30 }
#
# Each entry is one message, `bank-` and its id. In this file (the source) it carries:
#   .kind    target, strategy (what staff do), home (what the family can do), measure (how
#            progress is checked), assessment, need or strength
#   .area    the area of need it belongs to (cognition-and-learning,
#            communication-and-interaction, social-emotional-mental-health,
#            sensory-and-physical), or any
#   .params  the numbers a plan gives it, by name
# A translation gives the value only. iepress gives every entry $name (the name the pupil
# goes by) and $gender (female, male, or other when the plan does not say), for languages
# whose grammar needs them; a translation may leave out $gender where it does not.
# Write for parents: short sentences, everyday words.

## Cognition and learning

bank-read-common-words = { $name } will read { $count } of the { $total } common words on { $gender ->
        [female] her
        [male] his
       *[other] their
    } word card, on two checks a week apart.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-precision-teaching = Precision teaching: a few minutes of practice each day with word cards, a few words at a time
    .kind = strategy
    .area = cognition-and-learning

bank-words-read-checked-weekly = The words read correctly are recorded every week.
    .kind = measure
    .area = cognition-and-learning

bank-read-card-words-at-bedtime = Read { $count } of the card words together at bedtime.
    .kind = home
    .area = cognition-and-learning
    .params = count

bank-write-sentences-about-picture = { $name } will write { $count ->
        [one] one sentence
       *[other] { $count } sentences
    } about a picture, using a capital letter and a full stop in each.
    .kind = target
    .area = cognition-and-learning
    .params = count

bank-writing-group-sentence-frames = A small writing group that uses sentence frames (the start of a sentence, to finish)
    .kind = strategy
    .area = cognition-and-learning

bank-writing-samples-checked = Samples of { $gender ->
        [female] her
        [male] his
       *[other] their
    } writing are kept and checked every two weeks.
    .kind = measure
    .area = cognition-and-learning

bank-talk-about-picture = Talk about a picture together, and help { $gender ->
        [female] her
        [male] him
       *[other] them
    } say a sentence out loud before writing it.
    .kind = home
    .area = cognition-and-learning

bank-read-together-daily = Please read with { $name } for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } every day, and sign the reading record.
    .kind = home
    .area = cognition-and-learning
    .params = minutes

## Communication and interaction

bank-follow-two-step-instruction = { $name } will follow a two-step instruction given to the whole class, without a reminder, { $times } times out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = times of

bank-instructions-in-short-steps = Instructions are given in short steps, with a picture to show each step.
    .kind = strategy
    .area = communication-and-interaction

bank-tally-chart-weekly = A tally chart, checked every week
    .kind = measure
    .area = any

bank-two-step-instructions-at-home = Give two-step instructions at home, and praise { $gender ->
        [female] her
        [male] him
       *[other] them
    } for following them.
    .kind = home
    .area = communication-and-interaction

## Social, emotional and mental health

bank-calm-card = { $name } will use a calm card and a calm corner instead of shouting, on { $days } days out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = days of

bank-feelings-check-in = A short check-in each morning with a feelings scale
    .kind = strategy
    .area = social-emotional-mental-health

bank-feelings-scale-at-home = Use the same feelings scale at home, and praise { $gender ->
        [female] her
        [male] him
       *[other] them
    } for asking for a break.
    .kind = home
    .area = social-emotional-mental-health
