# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = { $pupil } ਲਈ ਮਦਦ ਦੀ ਯੋਜਨਾ

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = { $pupil } ਲਈ ਮਦਦ ਦੀ ਯੋਜਨਾ

# Under the main heading, for the family's copy.
iep-copy-parent = ਵਿਅਕਤੀਗਤ ਸਿੱਖਿਆ ਯੋਜਨਾ ({ EN("IEP") }): ਪਰਿਵਾਰ ਦੀ ਕਾਪੀ

# Under the main heading, for the school's copy.
iep-copy-school = ਵਿਅਕਤੀਗਤ ਸਿੱਖਿਆ ਯੋਜਨਾ ({ EN("IEP") }): ਸਕੂਲ ਦੀ ਕਾਪੀ

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = ਗਰੁੱਪ ਵਿੱਚ ਸਿੱਖਣ ਦੀ ਯੋਜਨਾ – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = ਗਰੁੱਪ ਵਿੱਚ ਸਿੱਖਣ ਦੀ ਯੋਜਨਾ: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = ਗਰੁੱਪ ਵਿੱਚ ਸਿੱਖਣ ਦੀ ਯੋਜਨਾ: ਪਰਿਵਾਰ ਦੀ ਕਾਪੀ

# Under the main heading, for the school's copy.
group-copy-school = ਗਰੁੱਪ ਵਿੱਚ ਸਿੱਖਣ ਦੀ ਯੋਜਨਾ: ਸਕੂਲ ਦੀ ਕਾਪੀ

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = ਇੱਕ ਛੋਟੇ ਗਰੁੱਪ ਵਿੱਚ { $name } ਨਾਲ ਇਨ੍ਹਾਂ ਟੀਚਿਆਂ ਉੱਤੇ ਕੰਮ ਹੁੰਦਾ ਹੈ। ਗਰੁੱਪ ਵਿੱਚ ਹੋਰ ਬੱਚੇ ਵੀ ਹਨ, ਜਿਨ੍ਹਾਂ ਨੂੰ ਇਸੇ ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਦੀ ਲੋੜ ਹੈ। ਇਹ ਯੋਜਨਾ ਦੱਸਦੀ ਹੈ ਕਿ ਗਰੁੱਪ ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਉੱਤੇ ਕੰਮ ਕਰ ਰਿਹਾ ਹੈ, ਕੌਣ ਮਦਦ ਕਰਦਾ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਘਰ ਵਿੱਚ { $name } ਦੀ ਮਦਦ ਕਿਵੇਂ ਕਰ ਸਕਦੇ ਹੋ।

## Opening for parents

iep-intro-heading = ਇਸ ਯੋਜਨਾ ਬਾਰੇ

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = ਇਹ ਯੋਜਨਾ ਦੱਸਦੀ ਹੈ ਕਿ { $name } ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਕਿਹੜੀ ਵਾਧੂ ਮਦਦ ਮਿਲਦੀ ਹੈ। ਇਸ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ { $name } ਨਾਲ ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਉੱਤੇ ਕੰਮ ਹੋ ਰਿਹਾ ਹੈ, ਕੌਣ ਮਦਦ ਕਰਦਾ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਕਿਵੇਂ ਮਦਦ ਕਰ ਸਕਦੇ ਹੋ।

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = ਅਸੀਂ { $date } ਨੂੰ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਇਸ ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਦੇਖਾਂਗੇ। ਉਸ ਮੀਟਿੰਗ ਵਿੱਚ ਤੁਸੀਂ ਸਵਾਲ ਪੁੱਛ ਸਕਦੇ ਹੋ ਅਤੇ ਸਾਨੂੰ ਦੱਸ ਸਕਦੇ ਹੋ ਕਿ ਤੁਸੀਂ ਕੀ ਸੋਚਦੇ ਹੋ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਤਾਂ ਕਿਸੇ ਨੂੰ ਆਪਣੇ ਨਾਲ ਲਿਆ ਸਕਦੇ ਹੋ।

iep-intro-formats = ਜੇ ਤੁਹਾਨੂੰ ਇਹ ਯੋਜਨਾ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਜਾਂ ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ, ਜਾਂ ਤੁਸੀਂ ਚਾਹੁੰਦੇ ਹੋ ਕਿ ਕੋਈ ਇਸ ਨੂੰ ਪੜ੍ਹ ਕੇ ਸੁਣਾਵੇ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਸਕੂਲ ਦੇ ਦਫ਼ਤਰ ਨਾਲ ਗੱਲ ਕਰੋ।

## Key facts

facts-heading = ਮੁੱਖ ਜਾਣਕਾਰੀ
fact-pupil = ਵਿਦਿਆਰਥੀ
fact-known-as = ਬੁਲਾਉਣ ਦਾ ਨਾਮ
fact-date-of-birth = ਜਨਮ ਮਿਤੀ
fact-year-group = ਸਕੂਲ ਦਾ ਸਾਲ ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] ਰਿਸੈਪਸ਼ਨ (ਸਕੂਲ ਦਾ ਪਹਿਲਾ ਸਾਲ)
       *[other] ਯੀਅਰ { $year }
    }

fact-class = ਕਲਾਸ
fact-family = ਮਾਪੇ ਅਤੇ ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
fact-stage = ਮਦਦ ਦਾ ਪੱਧਰ
fact-areas = ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ
fact-class-teacher = ਕਲਾਸ ਟੀਚਰ
fact-written-by = ਯੋਜਨਾ ਲਿਖਣ ਵਾਲੇ
fact-start = ਯੋਜਨਾ ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਮਿਤੀ
fact-review = ਸਮੀਖਿਆ ਦੀ ਮਿਤੀ

## Stages of support

stage-sen-support = ਖ਼ਾਸ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਲਈ ਮਦਦ ({ EN("SEN Support") })
stage-ehc-plan = ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਦੀ ਯੋਜਨਾ ({ EN("EHC plan") })
stage-early-years-action = ਛੋਟੀ ਉਮਰ ਵਿੱਚ ਮਦਦ ({ EN("Early Years Action") })
stage-early-years-action-plus = ਛੋਟੀ ਉਮਰ ਵਿੱਚ ਵਾਧੂ ਮਦਦ ({ EN("Early Years Action Plus") })
stage-school-action = ਸਕੂਲ ਵੱਲੋਂ ਮਦਦ ({ EN("School Action") })
stage-school-action-plus = ਸਕੂਲ ਵੱਲੋਂ ਵਾਧੂ ਮਦਦ ({ EN("School Action Plus") })
stage-statement = ਖ਼ਾਸ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਦਾ ਸਰਕਾਰੀ ਬਿਆਨ ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = ਗੱਲਬਾਤ ਅਤੇ ਮੇਲ-ਜੋਲ
area-cognition-and-learning = ਸਿੱਖਣਾ ਅਤੇ ਸਮਝਣਾ
area-social-emotional-mental-health = ਸਮਾਜਿਕ, ਭਾਵਨਾਤਮਕ ਅਤੇ ਮਾਨਸਿਕ ਸਿਹਤ
area-sensory-and-physical = ਇੰਦਰੀਆਂ ਅਤੇ ਸਰੀਰ ਨਾਲ ਜੁੜੀਆਂ ਲੋੜਾਂ

## Relationships

relationship-mother = ਮਾਤਾ
relationship-father = ਪਿਤਾ
relationship-parent = ਮਾਤਾ/ਪਿਤਾ
relationship-carer = ਦੇਖਭਾਲ ਕਰਨ ਵਾਲੇ
relationship-foster-carer = ਪਾਲਣ-ਪੋਸ਼ਣ ਕਰਨ ਵਾਲੇ ({ EN("foster carer") })
relationship-guardian = ਸਰਪ੍ਰਸਤ
relationship-grandmother = ਦਾਦੀ/ਨਾਨੀ
relationship-grandfather = ਦਾਦਾ/ਨਾਨਾ
relationship-aunt = ਮਾਸੀ/ਭੂਆ
relationship-uncle = ਚਾਚਾ/ਮਾਮਾ
relationship-sister = ਭੈਣ
relationship-brother = ਭਰਾ

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps". Written in the form that reads well after a name.

role-teaching-assistant = ਟੀਚਿੰਗ ਅਸਿਸਟੈਂਟ
role-class-teacher = ਕਲਾਸ ਟੀਚਰ
role-senco = ਖ਼ਾਸ ਲੋੜਾਂ ਵਾਲੇ ਬੱਚਿਆਂ ਦੀ ਮਦਦ ਦੇ ਜ਼ਿੰਮੇਵਾਰ, { EN("SENCo") }
role-learning-mentor = ਸਿੱਖਣ ਵਿੱਚ ਸਲਾਹਕਾਰ, { EN("learning mentor") }
role-teacher-of-the-deaf = ਸੁਣਨ ਦੀ ਕਮੀ ਵਾਲੇ ਬੱਚਿਆਂ ਲਈ ਟੀਚਰ
role-specialist-teacher = ਮਾਹਿਰ ਟੀਚਰ
role-speech-and-language-therapist = ਬੋਲਣ ਅਤੇ ਭਾਸ਼ਾ ਦੇ ਥੈਰੇਪਿਸਟ
role-educational-psychologist = ਵਿੱਦਿਅਕ ਮਨੋਵਿਗਿਆਨੀ
role-occupational-therapist = ਰੋਜ਼ਾਨਾ ਕੰਮਾਂ ਦੇ ਹੁਨਰ ਲਈ ਥੈਰੇਪਿਸਟ, { EN("occupational therapist") }
role-physiotherapist = ਫ਼ਿਜ਼ੀਓਥੈਰੇਪਿਸਟ
role-school-nurse = ਸਕੂਲ ਨਰਸ
role-family-support-worker = ਪਰਿਵਾਰਾਂ ਦੀ ਮਦਦ ਲਈ ਕਰਮਚਾਰੀ, { EN("family support worker") }
role-head-teacher = ਹੈੱਡ ਟੀਚਰ
role-lunchtime-supervisor = ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਵੇਲੇ ਨਿਗਰਾਨ

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } ਮਿੰਟ
       *[other] { $minutes } ਮਿੰਟ
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] ਹਫ਼ਤੇ ਵਿੱਚ { $times } ਦਿਨ ਸਵੇਰੇ
               *[other] ਹਫ਼ਤੇ ਵਿੱਚ { $times } ਦਿਨ ਸਵੇਰੇ
            }
        [afternoon]
            { $times ->
                [one] ਹਫ਼ਤੇ ਵਿੱਚ { $times } ਦਿਨ ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ
               *[other] ਹਫ਼ਤੇ ਵਿੱਚ { $times } ਦਿਨ ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ
            }
        [lunchtime]
            { $times ->
                [one] ਹਫ਼ਤੇ ਵਿੱਚ { $times } ਦਿਨ ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਵੇਲੇ
               *[other] ਹਫ਼ਤੇ ਵਿੱਚ { $times } ਦਿਨ ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਵੇਲੇ
            }
       *[none]
            { $times ->
                [one] ਹਫ਼ਤੇ ਵਿੱਚ { $times } ਵਾਰ
               *[other] ਹਫ਼ਤੇ ਵਿੱਚ { $times } ਵਾਰ
            }
    }

# On which days of the week, perhaps at one part of the day.
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning]
            { $count ->
                [one] ਹਰ { $days } ਸਵੇਰੇ
               *[other] ਹਰ { $days } ਸਵੇਰੇ
            }
        [afternoon]
            { $count ->
                [one] ਹਰ { $days } ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ
               *[other] ਹਰ { $days } ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ
            }
        [lunchtime]
            { $count ->
                [one] ਹਰ { $days } ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਵੇਲੇ
               *[other] ਹਰ { $days } ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਵੇਲੇ
            }
       *[none]
            { $count ->
                [one] ਹਰ { $days } ਨੂੰ
               *[other] ਹਰ { $days } ਨੂੰ
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] ਹਰ ਪੀਰੀਅਡ ਵਿੱਚ
        [day] ਹਰ ਰੋਜ਼
        [morning] ਹਰ ਰੋਜ਼ ਸਵੇਰੇ
        [afternoon] ਹਰ ਰੋਜ਼ ਦੁਪਹਿਰ ਤੋਂ ਬਾਅਦ
        [lunchtime] ਹਰ ਰੋਜ਼ ਦੁਪਹਿਰ ਦੇ ਖਾਣੇ ਵੇਲੇ
        [playtime] ਹਰ ਖੇਡਣ ਦੀ ਛੁੱਟੀ ਵੇਲੇ
        [after-playtime] ਹਰ ਖੇਡਣ ਦੀ ਛੁੱਟੀ ਤੋਂ ਬਾਅਦ
        [week] ਹਰ ਹਫ਼ਤੇ
        [two-weeks] ਹਰ ਦੋ ਹਫ਼ਤਿਆਂ ਬਾਅਦ
        [half-term] ਹਰ ਹਾਫ਼ ਟਰਮ ਵਿੱਚ
       *[term] ਹਰ ਟਰਮ ਵਿੱਚ
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } { $time } ਵਜੇ

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] { $weeks } ਹਫ਼ਤੇ ਲਈ
       *[other] { $weeks } ਹਫ਼ਤਿਆਂ ਲਈ
    }

# Two parts of a schedule, one after the other ("10 minutes", "4 mornings a week").
# Variables:
#   $before (String) - the parts so far
#   $after (String) - the next part
when-parts = { $before }, { $after }

# An assessment planned for a month ("December: A reading and spelling assessment").
# Variables:
#   $month (String) - the month's name, as the language writes it (from CLDR)
#   $entry (String) - the assessment
assessment-in-month = { $month }: { $entry }



## The pupil

# Variables:
#   $name (String) - the name the pupil goes by
about-heading = { $name } ਦੀਆਂ ਖ਼ੂਬੀਆਂ ਅਤੇ ਪਸੰਦ ਦੀਆਂ ਚੀਜ਼ਾਂ

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } ਨੂੰ ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਔਖੀਆਂ ਲੱਗਦੀਆਂ ਹਨ

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = { $name } ਨੂੰ ਕਿਹੜੀਆਂ ਚੀਜ਼ਾਂ ਨਾਲ ਮਦਦ ਮਿਲਦੀ ਹੈ

## Targets

targets-heading = ਟੀਚੇ

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] ਇਸ ਯੋਜਨਾ ਵਿੱਚ { $name } ਲਈ { $count } ਟੀਚਾ ਹੈ।
       *[other] ਇਸ ਯੋਜਨਾ ਵਿੱਚ { $name } ਲਈ { $count } ਟੀਚੇ ਹਨ।
    } ਟੀਚਾ ਇੱਕ ਛੋਟਾ ਕਦਮ ਹੁੰਦਾ ਹੈ, ਜਿਸ ਨੂੰ ਅਸੀਂ ਜਾਂਚ ਸਕਦੇ ਹਾਂ।

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = ਟੀਚਾ { $number }

target-who = ਕੌਣ ਮਦਦ ਕਰੇਗਾ
target-does-what = ਉਹ ਕੀ ਕਰਨਗੇ
target-when = ਕਦੋਂ ਅਤੇ ਕਿੰਨੀ ਵਾਰ
target-success = ਸਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ ਕਿ ਫ਼ਾਇਦਾ ਹੋ ਰਿਹਾ ਹੈ
target-home = ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਕੀ ਕਰ ਸਕਦੇ ਹੋ

## The rest of the plan

home-heading = ਘਰ ਵਿੱਚ ਮਦਦ
exit-heading = ਵਾਧੂ ਮਦਦ ਕਦੋਂ ਬੰਦ ਹੋ ਸਕਦੀ ਹੈ
further-heading = ਹੋਰ ਜਾਂਚਾਂ ਅਤੇ ਸੇਵਾਵਾਂ
further-assessments = ਅਸੀਂ ਜਿਹੜੀਆਂ ਜਾਂਚਾਂ ਤੈਅ ਕੀਤੀਆਂ ਹਨ
further-agencies = ਸਕੂਲ ਤੋਂ ਬਾਹਰ ਦੀਆਂ ਸੇਵਾਵਾਂ ਜੋ ਮਦਦ ਕਰਦੀਆਂ ਹਨ

## Outside agencies

agency-educational-psychology = ਵਿੱਦਿਅਕ ਮਨੋਵਿਗਿਆਨੀ ({ EN("educational psychologist") })
agency-speech-and-language-therapy = ਬੋਲਣ ਅਤੇ ਭਾਸ਼ਾ ਦੀ ਥੈਰੇਪੀ ({ EN("speech and language therapy") })
agency-behaviour-support = ਵਿਹਾਰ ਵਿੱਚ ਮਦਦ ਦੀ ਸੇਵਾ ({ EN("behaviour support") })
agency-hearing-support = ਸੁਣਨ ਵਿੱਚ ਮਦਦ ਦੀ ਸੇਵਾ ({ EN("hearing support") })
agency-vision-support = ਦੇਖਣ ਵਿੱਚ ਮਦਦ ਦੀ ਸੇਵਾ ({ EN("vision support") })
agency-sensory-support = ਇੰਦਰੀਆਂ ਲਈ ਮਦਦ ਦੀ ਸੇਵਾ ({ EN("sensory support") })
agency-occupational-therapy = ਰੋਜ਼ਾਨਾ ਕੰਮਾਂ ਦੇ ਹੁਨਰ ਦੀ ਥੈਰੇਪੀ ({ EN("occupational therapy") })
agency-physiotherapy = ਫ਼ਿਜ਼ੀਓਥੈਰੇਪੀ ({ EN("physiotherapy") })
agency-camhs = ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਦੀ ਮਾਨਸਿਕ ਸਿਹਤ ਦੀ ਸੇਵਾ ({ EN("CAMHS") })
agency-school-nurse = ਸਕੂਲ ਨਰਸ
agency-paediatrician = ਬੱਚਿਆਂ ਦੇ ਡਾਕਟਰ ({ EN("paediatrician") })
agency-early-help = ਪਰਿਵਾਰ ਲਈ ਵੇਲੇ ਸਿਰ ਮਦਦ ({ EN("early help") })

## Review

review-heading = ਯੋਜਨਾ ਕਿਵੇਂ ਰਹੀ
review-date = ਮੀਟਿੰਗ ਦੀ ਮਿਤੀ
review-present = ਕੌਣ-ਕੌਣ ਆਇਆ
review-outcomes = ਟੀਚੇ ਅਤੇ ਨਤੀਜੇ
review-col-target = ਟੀਚਾ
review-col-result = ਨਤੀਜਾ
review-col-comment = ਟਿੱਪਣੀ

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = ਟੀਚਾ { $number }

outcome-achieved = ਪੂਰਾ ਹੋ ਗਿਆ
outcome-partly = ਕੁਝ ਹੱਦ ਤੱਕ ਪੂਰਾ ਹੋਇਆ
outcome-not-yet = ਅਜੇ ਪੂਰਾ ਨਹੀਂ ਹੋਇਆ

review-progress = ਤਰੱਕੀ

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } ਨੇ ਕੀ ਕਿਹਾ

review-parent-comment = ਪਰਿਵਾਰ ਨੇ ਕੀ ਕਿਹਾ
review-teacher-comment = ਸਕੂਲ ਨੇ ਕੀ ਕਿਹਾ
review-next-steps = ਅਗਲੇ ਕਦਮ
review-next-review = ਅਗਲੀ ਸਮੀਖਿਆ

## Help for parents

contact-heading = ਸਵਾਲ ਅਤੇ ਮਦਦ

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = ਜੇ ਇਸ ਯੋਜਨਾ ਬਾਰੇ ਤੁਹਾਡਾ ਕੋਈ ਸਵਾਲ ਹੈ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਕਲਾਸ ਟੀਚਰ ਨਾਲ ਜਾਂ { $senco } ({ EN("SENCo") }) ਨਾਲ ਗੱਲ ਕਰੋ। ਉਹ ਸਕੂਲ ਵਿੱਚ ਖ਼ਾਸ ਲੋੜਾਂ ਵਾਲੇ ਬੱਚਿਆਂ ਦੀ ਮਦਦ ਦੇ ਜ਼ਿੰਮੇਵਾਰ ਹਨ।

contact-school-phone = ਸਕੂਲ ਦਾ ਫ਼ੋਨ ਨੰਬਰ

support-intro = ਤੁਸੀਂ ਇੱਕ ਅਜਿਹੀ ਸੇਵਾ ਤੋਂ ਵੀ ਮੁਫ਼ਤ ਸਲਾਹ ਲੈ ਸਕਦੇ ਹੋ, ਜੋ ਸਕੂਲ ਤੋਂ ਵੱਖਰੀ ਹੈ:
support-phone = ਫ਼ੋਨ
support-text = ਟੈਕਸਟ ਮੈਸੇਜ
support-email = ਈਮੇਲ
support-web = ਵੈੱਬਸਾਈਟ
support-drop-in = ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਮੁਲਾਕਾਤ ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = { $total } ਵਿੱਚੋਂ ਪੰਨਾ { $page }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = ਮਾਪਿਆਂ ਨਾਲ ਮੁਲਾਕਾਤ ਦੀ ਸ਼ਾਮ ਲਈ ਪ੍ਰਿੰਟ ਪੈਕ

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = ਇਸ ਪੈਕ ਵਿੱਚ { $appointments ->
        [one] { $appointments } ਮੁਲਾਕਾਤ
       *[other] { $appointments } ਮੁਲਾਕਾਤਾਂ
    } ਲਈ { $documents ->
        [one] { $documents } ਕਾਪੀ ਹੈ
       *[other] { $documents } ਕਾਪੀਆਂ ਹਨ
    }, ਮੁਲਾਕਾਤਾਂ ਦੀ ਤਰਤੀਬ ਨਾਲ।

pack-duplex = ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਨੂੰ ਕਾਗ਼ਜ਼ ਦੇ ਦੋਵੇਂ ਪਾਸੇ ਪ੍ਰਿੰਟ ਕਰੋ। ਹਰ ਕਾਪੀ ਨਵੀਂ ਸ਼ੀਟ ਤੋਂ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ, ਇਸ ਲਈ ਕਿਸੇ ਵੀ ਸ਼ੀਟ ਉੱਤੇ ਦੋ ਵੱਖਰੇ ਪਰਿਵਾਰਾਂ ਦੇ ਪੰਨੇ ਇਕੱਠੇ ਨਹੀਂ ਹੁੰਦੇ।

pack-files = ਹਰ ਕਾਪੀ ਇੱਕ ਵੱਖਰੀ ਫ਼ਾਈਲ ਵਜੋਂ ਵੀ ਸੇਵ ਕੀਤੀ ਗਈ ਹੈ। ਜਦੋਂ ਕੋਈ ਪਰਿਵਾਰ ਈਮੇਲ ਰਾਹੀਂ ਕਾਪੀ ਮੰਗੇ, ਤਾਂ ਉਸ ਨੂੰ ਸਿਰਫ਼ ਉਸ ਦੀ ਆਪਣੀ ਫ਼ਾਈਲ ਭੇਜੋ: ਸਕਰੀਨ ਰੀਡਰ ਇਸ ਨੂੰ ਪੜ੍ਹ ਕੇ ਸੁਣਾ ਸਕਦਾ ਹੈ।

pack-appointments-heading = ਮੁਲਾਕਾਤਾਂ
pack-col-time = ਸਮਾਂ
pack-col-pupil = ਵਿਦਿਆਰਥੀ
pack-col-teacher = ਟੀਚਰ
pack-col-room = ਕਮਰਾ
pack-col-parent-copy = ਪਰਿਵਾਰ ਦੀ ਕਾਪੀ
pack-col-school-copy = ਸਕੂਲ ਦੀ ਕਾਪੀ
pack-col-page = ਪੰਨਾ

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = { $language } ਵਿੱਚ ਪਰਿਵਾਰ ਦੀ ਕਾਪੀ
pack-copy-parent-large = { $language } ਵਿੱਚ ਪਰਿਵਾਰ ਦੀ ਕਾਪੀ, ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ
pack-copy-school = { $language } ਵਿੱਚ ਸਕੂਲ ਦੀ ਕਾਪੀ

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } ਲਿਖਤ ਦਾ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ
       *[other] { $count } ਲਿਖਤਾਂ ਦਾ ਅਨੁਵਾਦ ਨਹੀਂ ਹੋਇਆ
    })

pack-missing-heading = ਇਸ ਪੈਕ ਵਿੱਚ ਨਹੀਂ
pack-missing-intro = ਇਨ੍ਹਾਂ ਮੁਲਾਕਾਤਾਂ ਲਈ ਕੋਈ ਕਾਪੀ ਨਹੀਂ ਹੈ, ਕਿਉਂਕਿ ਇਨ੍ਹਾਂ ਦੀਆਂ ਯੋਜਨਾਵਾਂ ਤੋਂ ਕਾਪੀਆਂ ਨਹੀਂ ਬਣ ਸਕੀਆਂ। ਸਾਰਾ ਕੰਮ ਪੂਰਾ ਹੋਣ ਤੋਂ ਬਾਅਦ ਜੋ ਸਾਰ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ, ਉਸ ਵਿੱਚ ਲਿਖਿਆ ਹੈ ਕਿ ਕੀ ਠੀਕ ਕਰਨਾ ਹੈ।
pack-col-problem = ਸਮੱਸਿਆ

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] ਅੰਗਰੇਜ਼ੀ
        [pl] ਪੋਲਿਸ਼
        [ro] ਰੋਮਾਨੀਆਈ
        [pa] ਪੰਜਾਬੀ (ਗੁਰਮੁਖੀ ਲਿਪੀ)
        [pa-Arab] ਪੰਜਾਬੀ (ਸ਼ਾਹਮੁਖੀ ਲਿਪੀ)
        [ur] ਉਰਦੂ
        [pt] ਪੁਰਤਗਾਲੀ
        [es] ਸਪੇਨੀ
        [it] ਇਤਾਲਵੀ
        [fr] ਫ਼ਰਾਂਸੀਸੀ
        [bn] ਬੰਗਾਲੀ
        [gu] ਗੁਜਰਾਤੀ
        [ar] ਅਰਬੀ
        [sq] ਅਲਬਾਨੀਆਈ
        [so] ਸੋਮਾਲੀ
        [lt] ਲਿਥੁਆਨੀਆਈ
        [uk] ਯੂਕਰੇਨੀ
        [tr] ਤੁਰਕੀ
        [fa] ਫ਼ਾਰਸੀ
        [ta] ਤਾਮਿਲ
        [bg] ਬੁਲਗਾਰੀਆਈ
        [hu] ਹੰਗਰੀਆਈ
        [ru] ਰੂਸੀ
        [zh-Hans] ਚੀਨੀ ਮੈਂਡਰਿਨ (ਸਰਲ)
        [zh-Hant] ਚੀਨੀ ਮੈਂਡਰਿਨ (ਰਵਾਇਤੀ)
        [ps] ਪਸ਼ਤੋ
        [ti] ਤਿਗ੍ਰੀਨਿਆ
        [ne] ਨੇਪਾਲੀ
       *[other] { $tag }
    }

## Provision map
# The school's costed list of extra support, and a parent's copy with their child's part
# marked. Amounts of money come in already formatted for the language (see money).

# An amount of money in pounds.
# Variables:
#   $amount (String) - the amount, with the language's digits and separators
money = £{ $amount }

# The title in the PDF viewer's window bar of the school's map.
# Variables:
#   $school (String) - the school's name
provision-title = ਵਾਧੂ ਮਦਦ ਦਾ ਨਕਸ਼ਾ – { $school }
provision-heading = ਵਾਧੂ ਮਦਦ ਦਾ ਨਕਸ਼ਾ ({ EN("provision map") })
provision-intro = ਇਸ ਨਕਸ਼ੇ ਵਿੱਚ ਉਹ ਵਾਧੂ ਮਦਦ ਲਿਖੀ ਹੈ, ਜੋ ਸਕੂਲ ਖ਼ਾਸ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਵਾਲੇ ਬੱਚਿਆਂ ਲਈ ਦਿੰਦਾ ਹੈ: ਇਹ ਮਦਦ ਕੌਣ ਦਿੰਦਾ ਹੈ, ਕਿੰਨੀ ਵਾਰ, ਇਸ ਉੱਤੇ ਕਿੰਨਾ ਖ਼ਰਚ ਆਉਂਦਾ ਹੈ, ਕੌਣ ਇਸ ਵਿੱਚ ਸ਼ਾਮਲ ਹੈ ਅਤੇ ਇਸ ਨਾਲ ਕੀ ਫ਼ਰਕ ਪੈਂਦਾ ਹੈ।

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = ਇਸ ਖੇਤਰ ਦਾ ਕੁੱਲ ਖ਼ਰਚ: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = ਸਾਰੀ ਵਾਧੂ ਮਦਦ ਦਾ ਕੁੱਲ ਖ਼ਰਚ: { $amount }

provision-col-support = ਮਦਦ
provision-col-staff = ਮਦਦ ਦੇਣ ਵਾਲੇ
provision-col-group = ਗਰੁੱਪ ਵਿੱਚ ਬੱਚਿਆਂ ਦੀ ਗਿਣਤੀ
provision-col-often = ਕਿੰਨੀ ਵਾਰ
provision-col-weeks = ਹਫ਼ਤੇ
provision-col-measure = ਤਰੱਕੀ ਕਿਵੇਂ ਮਾਪੀ ਜਾਂਦੀ ਹੈ
provision-col-cost = ਖ਼ਰਚ
provision-col-per-pupil = ਹਰ ਵਿਦਿਆਰਥੀ ਦਾ ਖ਼ਰਚ
provision-col-pupils = ਵਿਦਿਆਰਥੀ

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } ਮਿੰਟ, { $sessions ->
        [one] ਹਫ਼ਤੇ ਵਿੱਚ { $sessions } ਵਾਰ
       *[other] ਹਫ਼ਤੇ ਵਿੱਚ { $sessions } ਵਾਰ
    }

provision-impact-heading = ਅਸਰ
provision-impact-intro = ਇਹ ਹਿੱਸਾ ਉਨ੍ਹਾਂ ਵਿਦਿਆਰਥੀਆਂ ਬਾਰੇ ਹੈ, ਜਿਨ੍ਹਾਂ ਦਾ ਸ਼ੁਰੂ ਅਤੇ ਅਖ਼ੀਰ, ਦੋਵੇਂ ਵੇਲੇ ਦਾ ਸਕੋਰ ਮੌਜੂਦ ਹੈ। ਪ੍ਰਤੀ ਅੰਕ ਖ਼ਰਚ ਦਾ ਮਤਲਬ ਹੈ: ਹਰ ਵਿਦਿਆਰਥੀ ਦਾ ਖ਼ਰਚ, ਔਸਤ ਵਾਧੇ ਨਾਲ ਵੰਡਿਆ ਹੋਇਆ।
provision-col-entry = ਸ਼ੁਰੂ ਵਿੱਚ ਔਸਤ ਸਕੋਰ
provision-col-exit = ਅਖ਼ੀਰ ਵਿੱਚ ਔਸਤ ਸਕੋਰ
provision-col-gain = ਔਸਤ ਵਾਧਾ
provision-col-per-point = ਹਰ ਵਿਦਿਆਰਥੀ ਦਾ ਖ਼ਰਚ, ਹਰ ਵਧੇ ਅੰਕ ਉੱਤੇ
provision-no-scores = ਅਜੇ ਕੋਈ ਸਕੋਰ ਨਹੀਂ

provision-gaps-heading = ਕਮੀਆਂ
provision-no-gaps = ਯੋਜਨਾਵਾਂ ਵਿੱਚ ਲਿਖੀ ਹਰ ਲੋੜ ਲਈ ਵਿਦਿਆਰਥੀ ਕਿਸੇ ਨਾ ਕਿਸੇ ਮਦਦ ਵਿੱਚ ਸ਼ਾਮਲ ਹੈ।

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: ਯੋਜਨਾ ਵਿੱਚ ਅਜਿਹੀਆਂ ਲੋੜਾਂ ਲਿਖੀਆਂ ਹਨ, ਜਿਨ੍ਹਾਂ ਲਈ ਇਸ ਦੀ ਕਿਸੇ ਵੀ ਮਦਦ ਵਿੱਚ ਪ੍ਰਬੰਧ ਨਹੀਂ ({ $areas })।

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = ਲੋੜ ਦੇ ਇਸ ਖੇਤਰ ਲਈ ਕੋਈ ਮਦਦ ਨਹੀਂ: { $area }।

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = ਵਾਧੂ ਮਦਦ ਦਾ ਨਕਸ਼ਾ – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = { $name } ਲਈ ਵਾਧੂ ਮਦਦ

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = ਇਹ ਨਕਸ਼ਾ ਉਹ ਵਾਧੂ ਮਦਦ ਦਿਖਾਉਂਦਾ ਹੈ, ਜੋ ਸਕੂਲ ਲੋੜਵੰਦ ਬੱਚਿਆਂ ਨੂੰ ਦਿੰਦਾ ਹੈ। { $name } ਨੂੰ ਜੋ ਮਦਦ ਮਿਲਦੀ ਹੈ, ਉਸ ਉੱਤੇ ਆਖ਼ਰੀ ਕਾਲਮ ਵਿੱਚ ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੈ ਅਤੇ ਉਹ ਮੋਟੇ ਅੱਖਰਾਂ ਵਿੱਚ ਛਪੀ ਹੈ।

provision-offer-heading = ਸਕੂਲ ਵੱਲੋਂ ਦਿੱਤੀ ਜਾਂਦੀ ਮਦਦ

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } ਲਈ
provision-mine = ਹਾਂ, ਸ਼ਾਮਲ ਹੈ

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name } ਦੀ ਮਦਦ ਕਿਵੇਂ ਚੱਲ ਰਹੀ ਹੈ

provision-col-start = ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਮਿਤੀ
provision-col-per-week = ਹਫ਼ਤੇ ਵਿੱਚ ਕਿੰਨੀ ਵਾਰ
provision-col-score-start = ਸ਼ੁਰੂ ਵਿੱਚ ਸਕੋਰ
provision-col-score-end = ਅਖ਼ੀਰ ਵਿੱਚ ਸਕੋਰ
provision-no-score = ਅਜੇ ਨਹੀਂ

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = ਹਰ ਹਫ਼ਤੇ { $name } ਨੂੰ ਮਦਦ ਕਦੋਂ ਮਿਲਦੀ ਹੈ

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = ਆਮ ਸਕੂਲੀ ਹਫ਼ਤੇ ਵਿੱਚ { $name } ਨੂੰ ਮਿਲਣ ਵਾਲੀ ਵਾਧੂ ਮਦਦ ਦੇ ਸੈਸ਼ਨ: ਹਰ ਸੈਸ਼ਨ ਕੀ ਹੈ, ਇਸ ਨੂੰ ਕੌਣ ਚਲਾਉਂਦਾ ਹੈ, ਅਤੇ ਇਹ ਕਿੰਨਾ ਸਮਾਂ ਚੱਲਦਾ ਹੈ।

# The heading of the school's week of support (for staff).
provision-school-week-heading = ਹਫ਼ਤੇ ਭਰ ਦੀ ਮਦਦ

provision-school-week-intro = ਆਮ ਸਕੂਲੀ ਹਫ਼ਤੇ ਵਿੱਚ ਹਰ ਮਦਦ ਕਦੋਂ ਹੁੰਦੀ ਹੈ, ਇਸ ਨੂੰ ਕੌਣ ਚਲਾਉਂਦਾ ਹੈ, ਕਿੱਥੇ, ਅਤੇ ਇਹ ਕਿੰਨੇ ਵਿਦਿਆਰਥੀਆਂ ਲਈ ਹੈ।

# The first column of the week table: the time a session starts.
provision-col-time = ਸਮਾਂ

# The row for sessions whose days are known but not their time.
provision-week-no-time = ਸਮਾਂ ਅਜੇ ਤੈਅ ਨਹੀਂ

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } ਮਿੰਟ
       *[other] { $minutes } ਮਿੰਟ
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } ਵਿਦਿਆਰਥੀ
       *[other] { $count } ਵਿਦਿਆਰਥੀ
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਮਦਦ ਦੀ ਯੋਜਨਾ ({ EN("IEP") }): ਮਾਪਿਆਂ ਲਈ ਜਾਣਕਾਰੀ
leaflet-iep-intro = ਕੁਝ ਬੱਚਿਆਂ ਨੂੰ ਸਕੂਲ ਵਿੱਚ ਸਿੱਖਣ ਲਈ ਅਤੇ ਚੰਗੀ ਤਰ੍ਹਾਂ ਅੱਗੇ ਵਧਣ ਲਈ ਵਾਧੂ ਮਦਦ ਚਾਹੀਦੀ ਹੈ। ਇਹ ਪਰਚਾ ਦੱਸਦਾ ਹੈ ਕਿ ਸਕੂਲ ਇਸ ਮਦਦ ਲਈ ਕਿਹੜੀ ਯੋਜਨਾ ਲਿਖਦਾ ਹੈ, ਅਤੇ ਤੁਸੀਂ ਇਸ ਵਿੱਚ ਕਿਵੇਂ ਹਿੱਸਾ ਲੈ ਸਕਦੇ ਹੋ।

leaflet-what-heading = { EN("IEP") } ਕੀ ਹੈ
leaflet-what-is = { EN("IEP") } (ਵਿਅਕਤੀਗਤ ਸਿੱਖਿਆ ਯੋਜਨਾ) ਇੱਕ ਬੱਚੇ ਲਈ ਇੱਕ ਛੋਟੀ ਯੋਜਨਾ ਹੈ। ਹੁਣ ਬਹੁਤ ਸਾਰੇ ਸਕੂਲ ਇਸ ਨੂੰ ਮਦਦ ਦੀ ਯੋਜਨਾ ({ EN("support plan") }) ਕਹਿੰਦੇ ਹਨ। ਇਸ ਵਿੱਚ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਤੁਹਾਡਾ ਬੱਚਾ ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਉੱਤੇ ਕੰਮ ਕਰ ਰਿਹਾ ਹੈ, ਸਕੂਲ ਮਦਦ ਲਈ ਕੀ ਕਰੇਗਾ, ਅਤੇ ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਕੀ ਕਰ ਸਕਦੇ ਹੋ।
leaflet-what-who = ਸਕੂਲ ਇਹ ਯੋਜਨਾ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਲਿਖਦਾ ਹੈ, ਅਤੇ ਜਿੱਥੇ ਹੋ ਸਕੇ, ਤੁਹਾਡੇ ਬੱਚੇ ਨਾਲ ਵੀ। ਤੁਹਾਨੂੰ ਇਸ ਦੀ ਆਪਣੀ ਕਾਪੀ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਅਜਿਹੀ ਭਾਸ਼ਾ ਵਿੱਚ ਜਾਂ ਅਜਿਹੇ ਰੂਪ ਵਿੱਚ ਮੰਗ ਸਕਦੇ ਹੋ, ਜੋ ਤੁਸੀਂ ਪੜ੍ਹ ਸਕੋ।

leaflet-contents-heading = ਇਸ ਵਿੱਚ ਕੀ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ
leaflet-contents-intro = ਯੋਜਨਾ ਵਿੱਚ ਆਮ ਤੌਰ ਤੇ ਇਹ ਹਿੱਸੇ ਹੁੰਦੇ ਹਨ:
leaflet-contents-strengths = ਤੁਹਾਡਾ ਬੱਚਾ ਕਿਹੜੇ ਕੰਮ ਚੰਗੀ ਤਰ੍ਹਾਂ ਕਰਦਾ ਹੈ ਅਤੇ ਉਸ ਨੂੰ ਕੀ ਕਰਨਾ ਪਸੰਦ ਹੈ
leaflet-contents-needs = ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਕਿਹੜੀਆਂ ਗੱਲਾਂ ਔਖੀਆਂ ਲੱਗਦੀਆਂ ਹਨ
leaflet-contents-targets = ਤਿੰਨ ਜਾਂ ਚਾਰ ਟੀਚੇ: ਅਗਲੇ ਕਦਮ, ਜਿਨ੍ਹਾਂ ਵੱਲ ਤੁਹਾਡਾ ਬੱਚਾ ਕੰਮ ਕਰ ਰਿਹਾ ਹੈ
leaflet-contents-help = ਕੌਣ ਮਦਦ ਕਰਦਾ ਹੈ, ਉਹ ਕੀ ਕਰਦੇ ਹਨ, ਅਤੇ ਕਿੰਨੀ ਵਾਰ
leaflet-contents-home = ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਕੀ ਕਰ ਸਕਦੇ ਹੋ
leaflet-contents-review = ਯੋਜਨਾ ਨੂੰ ਦੁਬਾਰਾ ਕਦੋਂ ਦੇਖਿਆ ਜਾਵੇਗਾ

leaflet-smart-heading = { EN("SMART") } ਟੀਚੇ
leaflet-smart-intro = ਚੰਗੇ ਟੀਚੇ { EN("SMART") } ਹੁੰਦੇ ਹਨ। { EN("SMART") } ਪੰਜ ਅੰਗਰੇਜ਼ੀ ਸ਼ਬਦਾਂ ਦੇ ਪਹਿਲੇ ਅੱਖਰਾਂ ਤੋਂ ਬਣਿਆ ਹੈ। ਇਸ ਦਾ ਮਤਲਬ ਹੈ:
leaflet-smart-specific = { EN("Specific") } (ਸਪਸ਼ਟ): ਟੀਚੇ ਠੀਕ-ਠੀਕ ਦੱਸਦੇ ਹਨ ਕਿ ਤੁਹਾਡਾ ਬੱਚਾ ਕੀ ਕਰਨਾ ਸਿੱਖੇਗਾ।
leaflet-smart-measurable = { EN("Measurable") } (ਜਿਨ੍ਹਾਂ ਨੂੰ ਮਾਪਿਆ ਜਾ ਸਕੇ): ਹਰ ਕੋਈ ਦੇਖ ਸਕਦਾ ਹੈ ਕਿ ਟੀਚਾ ਕਦੋਂ ਪੂਰਾ ਹੋ ਗਿਆ।
leaflet-smart-achievable = { EN("Achievable") } (ਜਿਨ੍ਹਾਂ ਨੂੰ ਪੂਰਾ ਕੀਤਾ ਜਾ ਸਕੇ): ਸਹੀ ਮਦਦ ਨਾਲ ਤੁਹਾਡਾ ਬੱਚਾ ਇਹ ਟੀਚੇ ਪੂਰੇ ਕਰ ਸਕਦਾ ਹੈ।
leaflet-smart-relevant = { EN("Relevant") } (ਢੁਕਵੇਂ): ਇਹ ਟੀਚੇ ਤੁਹਾਡੇ ਬੱਚੇ ਦੀ ਪੜ੍ਹਾਈ ਅਤੇ ਜ਼ਿੰਦਗੀ ਲਈ ਅਹਿਮ ਹਨ।
leaflet-smart-time-bound = { EN("Time-bound") } (ਸਮੇਂ ਦੀ ਹੱਦ ਵਾਲੇ): ਇਹ ਦੱਸਦੇ ਹਨ ਕਿ ਟੀਚਾ ਕਦੋਂ ਤੱਕ ਪੂਰਾ ਕਰਨਾ ਹੈ, ਆਮ ਤੌਰ ਤੇ ਅਗਲੀ ਸਮੀਖਿਆ ਤੱਕ।
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = ਮਿਸਾਲ ਵਜੋਂ, "ਹੋਰ ਵਧੀਆ ਪੜ੍ਹਨਾ" { EN("SMART") } ਟੀਚਾ ਨਹੀਂ ਹੈ। ਪਰ "ਜਨਵਰੀ ਦੀ ਸਮੀਖਿਆ ਤੱਕ ਸ਼ਬਦ-ਕਾਰਡ ਦੇ { $total } ਆਮ ਸ਼ਬਦਾਂ ਵਿੱਚੋਂ { $read } ਸ਼ਬਦ ਪੜ੍ਹਨਾ, ਇੱਕ ਹਫ਼ਤੇ ਦੇ ਫ਼ਰਕ ਨਾਲ ਦੋ ਵਾਰ ਜਾਂਚ ਕਰਕੇ" { EN("SMART") } ਟੀਚਾ ਹੈ।

leaflet-review-heading = ਸਮੀਖਿਆ ({ EN("review") })
leaflet-review-when = ਯੋਜਨਾ ਨੂੰ ਸਮੀਖਿਆ ਮੀਟਿੰਗ ਵਿੱਚ ਦੁਬਾਰਾ ਦੇਖਿਆ ਜਾਂਦਾ ਹੈ। ਇਹ ਮੀਟਿੰਗ ਆਮ ਤੌਰ ਤੇ ਹਰ ਟਰਮ ਵਿੱਚ ਇੱਕ ਵਾਰ ਹੁੰਦੀ ਹੈ, ਯਾਨੀ ਸਾਲ ਵਿੱਚ ਲਗਭਗ ਤਿੰਨ ਵਾਰ। ਸਕੂਲ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਹਰ ਟੀਚੇ ਨੂੰ ਜਾਂਚਦਾ ਹੈ: ਕੀ ਟੀਚਾ ਪੂਰਾ ਹੋਇਆ, ਅਤੇ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੀ?
leaflet-review-you = ਤੁਹਾਨੂੰ ਹਰ ਸਮੀਖਿਆ ਮੀਟਿੰਗ ਵਿੱਚ ਬੁਲਾਇਆ ਜਾਂਦਾ ਹੈ। ਤੁਹਾਡੀ ਰਾਇ ਮਾਇਨੇ ਰੱਖਦੀ ਹੈ: ਸਕੂਲ ਨੂੰ ਦੱਸੋ ਕਿ ਤੁਸੀਂ ਘਰ ਵਿੱਚ ਕੀ ਦੇਖਦੇ ਹੋ ਅਤੇ ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਗੱਲ ਦੀ ਚਿੰਤਾ ਹੈ। ਤੁਹਾਡਾ ਬੱਚਾ ਵੀ ਹਿੱਸਾ ਲੈ ਸਕਦਾ ਹੈ: ਮੀਟਿੰਗ ਦੇ ਕੁਝ ਹਿੱਸੇ ਲਈ ਆ ਕੇ, ਜਾਂ ਮੀਟਿੰਗ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੀ ਰਾਇ ਦੱਸ ਕੇ। ਫਿਰ ਨਵੇਂ ਟੀਚੇ ਮਿਲ ਕੇ ਤੈਅ ਕੀਤੇ ਜਾਂਦੇ ਹਨ।

leaflet-map-heading = ਵਾਧੂ ਮਦਦ ਦਾ ਨਕਸ਼ਾ ({ EN("provision map") })
leaflet-map-what = ਵਾਧੂ ਮਦਦ ਦਾ ਨਕਸ਼ਾ ਉਸ ਸਾਰੀ ਵਾਧੂ ਮਦਦ ਦੀ ਸੂਚੀ ਹੈ, ਜੋ ਸਕੂਲ ਚਲਾਉਂਦਾ ਹੈ, ਜਿਵੇਂ ਪੜ੍ਹਨ ਦੇ ਛੋਟੇ ਗਰੁੱਪ, ਜਾਂ ਹਰ ਰੋਜ਼ ਥੋੜ੍ਹੇ ਸਮੇਂ ਲਈ ਬੱਚੇ ਦਾ ਹਾਲ-ਚਾਲ ਪੁੱਛਣਾ। ਇਸ ਵਿੱਚ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ ਕਿ ਹਰ ਤਰ੍ਹਾਂ ਦੀ ਮਦਦ ਕੌਣ ਦਿੰਦਾ ਹੈ, ਕਿੰਨੀ ਵਾਰ, ਅਤੇ ਇਸ ਨਾਲ ਕੀ ਫ਼ਰਕ ਪੈਂਦਾ ਹੈ।
leaflet-map-yours = ਤੁਸੀਂ ਆਪਣੇ ਬੱਚੇ ਲਈ ਵਾਧੂ ਮਦਦ ਦਾ ਨਕਸ਼ਾ ਮੰਗ ਸਕਦੇ ਹੋ। ਇਸ ਵਿੱਚ ਸਕੂਲ ਵੱਲੋਂ ਦਿੱਤੀ ਜਾਂਦੀ ਮਦਦ ਦਿਖਾਈ ਜਾਂਦੀ ਹੈ, ਅਤੇ ਤੁਹਾਡੇ ਬੱਚੇ ਨੂੰ ਮਿਲਣ ਵਾਲੀ ਮਦਦ ਉੱਤੇ ਨਿਸ਼ਾਨ ਲੱਗਿਆ ਹੁੰਦਾ ਹੈ। ਇਸ ਵਿੱਚ ਤੁਹਾਡੇ ਬੱਚੇ ਦੇ ਸ਼ੁਰੂ ਵਿੱਚ ਅਤੇ ਅਖ਼ੀਰ ਵਿੱਚ ਸਕੋਰ ਵੀ ਹੁੰਦੇ ਹਨ।

leaflet-stages-heading = ਮਦਦ ਦੇ ਪੱਧਰ
leaflet-stages-intro = ਸਕੂਲ ਵਾਧੂ ਮਦਦ ਦੇ ਪੱਧਰਾਂ ਲਈ ਇਹ ਨਾਮ ਵਰਤਦਾ ਹੈ:
leaflet-stage-sen-support = ਖ਼ਾਸ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਲਈ ਮਦਦ ({ EN("SEN Support") }): ਸਕੂਲ ਆਪਣੇ ਸਟਾਫ਼ ਅਤੇ ਆਪਣੇ ਸਾਧਨਾਂ ਨਾਲ ਵਾਧੂ ਮਦਦ ਦੀ ਯੋਜਨਾ ਬਣਾਉਂਦਾ ਹੈ। ਇਹ ਮਦਦ ਦੀ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖੀ ਜਾਂਦੀ ਹੈ।
leaflet-stage-ehc-plan = ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਦੀ ਯੋਜਨਾ ({ EN("EHC plan") }): ਸਥਾਨਕ ਕੌਂਸਲ ਵੱਲੋਂ ਬਣਾਈ ਕਾਨੂੰਨੀ ਯੋਜਨਾ, ਉਸ ਬੱਚੇ ਲਈ ਜਿਸ ਨੂੰ ਉਸ ਤੋਂ ਵੱਧ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਜਿੰਨੀ ਸਕੂਲ ਆਪਣੇ ਸਾਧਨਾਂ ਨਾਲ ਦੇ ਸਕਦਾ ਹੈ।
leaflet-stage-school-action = ਸਕੂਲ ਵੱਲੋਂ ਮਦਦ ({ EN("School Action") }): ਸਕੂਲ ਆਪਣੇ ਸਟਾਫ਼ ਅਤੇ ਆਪਣੇ ਸਾਧਨਾਂ ਨਾਲ ਵਾਧੂ ਮਦਦ ਦਿੰਦਾ ਹੈ।
leaflet-stage-school-action-plus = ਸਕੂਲ ਵੱਲੋਂ ਵਾਧੂ ਮਦਦ ({ EN("School Action Plus") }): ਸਕੂਲ ਬਾਹਰਲੇ ਮਾਹਿਰਾਂ ਤੋਂ ਸਲਾਹ ਜਾਂ ਮਦਦ ਵੀ ਲੈਂਦਾ ਹੈ।
leaflet-stage-statement = ਖ਼ਾਸ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਦਾ ਸਰਕਾਰੀ ਬਿਆਨ ({ EN("Statement of SEN") }): ਸਥਾਨਕ ਕੌਂਸਲ ਦਾ ਇੱਕ ਕਾਨੂੰਨੀ ਦਸਤਾਵੇਜ਼, ਜਿਸ ਵਿੱਚ ਲਿਖਿਆ ਹੁੰਦਾ ਹੈ ਕਿ ਬੱਚੇ ਨੂੰ ਕਿਹੜੀ ਮਦਦ ਜ਼ਰੂਰ ਮਿਲਣੀ ਚਾਹੀਦੀ ਹੈ।

leaflet-help-heading = ਸਕੂਲ ਤੋਂ ਵੱਖਰੀ ਮਦਦ
leaflet-help-intro = ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਕਲਾਸ ਟੀਚਰ ਨਾਲ, ਜਾਂ ਸਕੂਲ ਵਿੱਚ ਖ਼ਾਸ ਲੋੜਾਂ ਵਾਲੇ ਬੱਚਿਆਂ ਦੀ ਮਦਦ ਦੇ ਜ਼ਿੰਮੇਵਾਰ ਵਿਅਕਤੀ ਨਾਲ ਗੱਲ ਕਰ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਸਕੂਲ ਤੋਂ ਵੱਖਰੀ ਮੁਫ਼ਤ ਸਲਾਹ ਵੀ ਲੈ ਸਕਦੇ ਹੋ:
leaflet-help-none = ਕਿਰਪਾ ਕਰਕੇ ਸਕੂਲ ਤੋਂ ਉਸ ਸੇਵਾ ਦੇ ਵੇਰਵੇ ਮੰਗੋ, ਜੋ ਤੁਹਾਡੇ ਇਲਾਕੇ ਵਿੱਚ ਖ਼ਾਸ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਬਾਰੇ ਜਾਣਕਾਰੀ, ਸਲਾਹ ਅਤੇ ਮਦਦ ਦਿੰਦੀ ਹੈ। ਇਸ ਦੀ ਸਲਾਹ ਮੁਫ਼ਤ ਹੈ ਅਤੇ ਇਹ ਸੇਵਾ ਸਕੂਲ ਤੋਂ ਵੱਖਰੀ ਹੈ।

leaflet-formats-heading = ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਜਾਂ ਰੂਪ ਵਿੱਚ
leaflet-formats-ask = ਤੁਸੀਂ ਸਕੂਲ ਤੋਂ ਇਹ ਪਰਚਾ ਅਤੇ ਆਪਣੇ ਬੱਚੇ ਦੀ ਯੋਜਨਾ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ, ਵੱਡੇ ਅੱਖਰਾਂ ਵਿੱਚ, ਬ੍ਰੇਲ ({ EN("Braille") }) ਵਿੱਚ ਜਾਂ ਰਿਕਾਰਡਿੰਗ ਦੇ ਰੂਪ ਵਿੱਚ ਮੰਗ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਇਹ ਈਮੇਲ ਰਾਹੀਂ ਵੀ ਮੰਗਵਾ ਸਕਦੇ ਹੋ। ਬੱਸ ਕਲਾਸ ਟੀਚਰ ਨੂੰ ਜਾਂ ਸਕੂਲ ਦੇ ਦਫ਼ਤਰ ਵਿੱਚ ਦੱਸ ਦਿਓ।

leaflet-languages-heading = ਇਹ ਪਰਚਾ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = ਇਹ ਪਰਚਾ ਪੰਜਾਬੀ ਵਿੱਚ ਮਿਲਦਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਕੂਲ ਤੋਂ ਇਸ ਦੀ ਕਾਪੀ ਮੰਗੋ।

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = ਸਮੀਖਿਆ ਮੀਟਿੰਗ ਵਿੱਚ ਪੁੱਛਣ ਲਈ ਸਵਾਲ
leaflet-questions-intro = ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਇਹ ਕਾਰਡ ਆਪਣੇ ਬੱਚੇ ਦੀ ਸਮੀਖਿਆ ਮੀਟਿੰਗ ਵਿੱਚ ਨਾਲ ਲੈ ਕੇ ਜਾ ਸਕਦੇ ਹੋ। ਜਿਹੜੇ ਸਵਾਲ ਤੁਹਾਡੇ ਲਈ ਜ਼ਰੂਰੀ ਹਨ, ਉਹ ਚੁਣੋ, ਅਤੇ ਹਰ ਸਵਾਲ ਦੇ ਹੇਠਾਂ ਖ਼ਾਲੀ ਥਾਂ ਵਿੱਚ ਨੋਟ ਲਿਖੋ।
leaflet-question-progress = ਹਰ ਟੀਚੇ ਵਿੱਚ ਮੇਰੇ ਬੱਚੇ ਨੇ ਕਿੰਨੀ ਤਰੱਕੀ ਕੀਤੀ ਹੈ?
leaflet-question-helped = ਮੇਰੇ ਬੱਚੇ ਨੂੰ ਸਭ ਤੋਂ ਵੱਧ ਕਿਸ ਚੀਜ਼ ਨਾਲ ਮਦਦ ਮਿਲੀ, ਅਤੇ ਕੀ ਕੰਮ ਨਹੀਂ ਆਇਆ?
leaflet-question-next = ਨਵੇਂ ਟੀਚੇ ਕਿਹੜੇ ਹਨ, ਅਤੇ ਇਹੀ ਟੀਚੇ ਕਿਉਂ?
leaflet-question-who = ਮੇਰੇ ਬੱਚੇ ਦੀ ਮਦਦ ਕੌਣ ਕਰੇਗਾ, ਅਤੇ ਕਿੰਨੀ ਵਾਰ?
leaflet-question-home = ਮਦਦ ਲਈ ਮੈਂ ਘਰ ਵਿੱਚ ਕੀ ਕਰਾਂ?
leaflet-question-child = ਮੇਰਾ ਬੱਚਾ ਕੀ ਸੋਚਦਾ ਹੈ, ਅਤੇ ਉਹ ਕਿਵੇਂ ਹਿੱਸਾ ਲੈ ਸਕਦਾ ਹੈ?
leaflet-question-friends = ਦੂਜੇ ਬੱਚਿਆਂ ਨਾਲ ਮੇਰੇ ਬੱਚੇ ਦਾ ਮੇਲ-ਜੋਲ ਕਿਹੋ ਜਿਹਾ ਹੈ?
leaflet-question-assess = ਕੀ ਸਕੂਲ ਤੋਂ ਬਾਹਰ ਦੀ ਕੋਈ ਜਾਂਚ ਜਾਂ ਮਦਦ ਤੈਅ ਕੀਤੀ ਗਈ ਹੈ?
leaflet-question-contact = ਜੇ ਅਗਲੀ ਸਮੀਖਿਆ ਤੋਂ ਪਹਿਲਾਂ ਮੈਨੂੰ ਕੋਈ ਚਿੰਤਾ ਹੋਵੇ, ਤਾਂ ਮੈਂ ਕਿਸ ਨਾਲ ਗੱਲ ਕਰਾਂ?
leaflet-question-next-review = ਅਗਲੀ ਸਮੀਖਿਆ ਕਦੋਂ ਹੈ?
