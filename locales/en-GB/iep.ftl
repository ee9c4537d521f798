# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Every value a message puts into its text ({ $name }, { $count }) is set apart from it
# (Unicode's bidi isolates), so that it keeps its place in a sentence of the other
# direction. In a translation, words kept in English (a gloss, "(SEN Support)") are
# written { EN("SEN Support") }: they are then read in an English voice.

## Document title and headings

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = IEP – { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Support plan for { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Individual education plan (IEP): copy for the family

# Under the main heading, for the school's copy.
iep-copy-school = Individual education plan (IEP): school copy

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Group learning plan – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Group learning plan: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Group learning plan: copy for the family

# Under the main heading, for the school's copy.
group-copy-school = Group learning plan: school copy

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } works on these targets in a small group with other pupils who need the same kind of help. This plan says what the group is working on, who helps, and how you can help { $name } at home.

## Opening for parents

iep-intro-heading = About this plan

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = This plan shows the extra help { $name } gets at school. It says what { $name } is working on, who helps, and how you can help at home.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = We will look at the plan again with you on { $date }. At that meeting you can ask questions and tell us what you think. You are welcome to bring someone with you.

iep-intro-formats = If you would like this plan in another language, in large print or read aloud, please ask the school office.

## Key facts

facts-heading = Key facts
fact-pupil = Pupil
fact-known-as = Known as
fact-date-of-birth = Date of birth
fact-year-group = Year group

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] Reception
       *[other] Year { $year }
    }

fact-class = Class
fact-family = Parents and carers
fact-stage = Stage of support
fact-areas = Areas of need
fact-class-teacher = Class teacher
fact-written-by = Plan written by
fact-start = Plan starts
fact-review = Review date

## Stages of support

stage-sen-support = SEN Support
stage-ehc-plan = Education, Health and Care plan (EHC plan)
stage-early-years-action = Early Years Action
stage-early-years-action-plus = Early Years Action Plus
stage-school-action = School Action
stage-school-action-plus = School Action Plus
stage-statement = Statement of special educational needs

## Areas of need

area-communication-and-interaction = Communication and interaction
area-cognition-and-learning = Learning and understanding
area-social-emotional-mental-health = Social, emotional and mental health
area-sensory-and-physical = Sensory and physical needs

## Relationships

relationship-mother = mother
relationship-father = father
relationship-parent = parent
relationship-carer = carer
relationship-foster-carer = foster carer
relationship-guardian = guardian
relationship-grandmother = grandmother
relationship-grandfather = grandfather
relationship-aunt = aunt
relationship-uncle = uncle
relationship-sister = sister
relationship-brother = brother

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = teaching assistant
role-class-teacher = class teacher
role-senco = SENCo
role-learning-mentor = learning mentor
role-teacher-of-the-deaf = teacher of the deaf
role-specialist-teacher = specialist teacher
role-speech-and-language-therapist = speech and language therapist
role-educational-psychologist = educational psychologist
role-occupational-therapist = occupational therapist
role-physiotherapist = physiotherapist
role-school-nurse = school nurse
role-family-support-worker = family support worker
role-head-teacher = head teacher
role-lunchtime-supervisor = lunchtime supervisor

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out, and when-parts puts the parts one after the other ("10 minutes, 4 mornings a
# week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] one morning a week
               *[other] { $times } mornings a week
            }
        [afternoon]
            { $times ->
                [one] one afternoon a week
               *[other] { $times } afternoons a week
            }
        [lunchtime]
            { $times ->
                [one] one lunchtime a week
               *[other] { $times } lunchtimes a week
            }
       *[none]
            { $times ->
                [one] once a week
                [two] twice a week
               *[other] { $times } times a week
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
                [one] { $days } morning
               *[other] { $days } mornings
            }
        [afternoon]
            { $count ->
                [one] { $days } afternoon
               *[other] { $days } afternoons
            }
        [lunchtime]
            { $count ->
                [one] { $days } lunchtime
               *[other] { $days } lunchtimes
            }
       *[none] { $days }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] every lesson
        [day] every day
        [morning] every morning
        [afternoon] every afternoon
        [lunchtime] every lunchtime
        [playtime] every playtime
        [after-playtime] after every playtime
        [week] every week
        [two-weeks] every two weeks
        [half-term] every half term
       *[term] every term
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } at { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] for one week
       *[other] for { $weeks } weeks
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
about-heading = What { $name } is good at and enjoys

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = What { $name } finds hard

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = What helps { $name }

## Targets

targets-heading = Targets

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } has one target for this plan.
       *[other] { $name } has { $count } targets for this plan.
    } A target is a small step that we can check.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Target { $number }

target-who = Who helps
target-does-what = What they do
target-when = When and how often
target-success = How we will know it is working
target-home = What you can do at home

## The rest of the plan

home-heading = Helping at home
exit-heading = When extra help can stop
further-heading = Other checks and services
further-assessments = Checks we have planned
further-agencies = Services outside school who help

## Outside agencies

agency-educational-psychology = Educational psychologist
agency-speech-and-language-therapy = Speech and language therapy
agency-behaviour-support = Behaviour support service
agency-hearing-support = Hearing support service
agency-vision-support = Vision support service
agency-sensory-support = Sensory support service
agency-occupational-therapy = Occupational therapy
agency-physiotherapy = Physiotherapy
agency-camhs = Child and adolescent mental health service (CAMHS)
agency-school-nurse = School nurse
agency-paediatrician = Children's doctor (paediatrician)
agency-early-help = Early help family support

## Review

review-heading = How the plan went
review-date = Date of the meeting
review-present = Who came
review-outcomes = Targets and results
review-col-target = Target
review-col-result = Result
review-col-comment = Comment

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Target { $number }

outcome-achieved = Achieved
outcome-partly = Partly achieved
outcome-not-yet = Not achieved yet

review-progress = Progress

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = What { $name } said

review-parent-comment = What the family said
review-teacher-comment = What the school said
review-next-steps = Next steps
review-next-review = Next review

## Help for parents

contact-heading = Questions and help

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = If you have a question about this plan, please talk to the class teacher or to { $senco }, who leads support for special needs at the school.

contact-school-phone = School phone number

support-intro = You can also get free advice from a service that is separate from the school:
support-phone = Phone
support-text = Text message
support-email = E-mail
support-web = Website
support-drop-in = Drop in

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Page { $page } of { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Parents' evening print pack

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = This pack holds { $documents ->
        [one] one document
       *[other] { $documents } documents
    } for { $appointments ->
        [one] one appointment
       *[other] { $appointments } appointments
    }, in the order of the appointments.

pack-duplex = Print it on both sides of the paper. Every document starts on a new sheet, so no sheet holds papers for two families.

pack-files = Each document is also saved as a file of its own. Send a family their own file when they ask for a copy by e-mail: it can be read aloud by a screen reader.

pack-appointments-heading = Appointments
pack-col-time = Time
pack-col-pupil = Pupil
pack-col-teacher = Teacher
pack-col-room = Room
pack-col-parent-copy = Parent copy
pack-col-school-copy = School copy
pack-col-page = Page

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Parent copy in { $language }
pack-copy-parent-large = Parent copy in { $language }, large print
pack-copy-school = School copy in { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, large print

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } text not translated
       *[other] { $count } texts not translated
    })

pack-missing-heading = Not in this pack
pack-missing-intro = These appointments have no documents, because their plans could not be made into documents. The summary at the end of the batch says what to correct.
pack-col-problem = Problem

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] English
        [pl] Polish
        [ro] Romanian
        [pa] Punjabi (Gurmukhi script)
        [pa-Arab] Punjabi (Shahmukhi script)
        [ur] Urdu
        [pt] Portuguese
        [es] Spanish
        [it] Italian
        [fr] French
        [bn] Bengali
        [gu] Gujarati
        [ar] Arabic
        [sq] Albanian
        [so] Somali
        [lt] Lithuanian
        [uk] Ukrainian
        [tr] Turkish
        [fa] Persian
        [ta] Tamil
        [bg] Bulgarian
        [hu] Hungarian
        [ru] Russian
        [zh-Hans] Simplified Chinese
        [zh-Hant] Traditional Chinese
        [ps] Pashto
        [ti] Tigrinya
        [ne] Nepali
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
provision-title = Provision map – { $school }
provision-heading = Provision map
provision-intro = This map lists the extra support the school runs for pupils with special educational needs: who runs it, how often, what it costs, who takes part and what difference it makes.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Total for this area: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Total cost of all extra support: { $amount }

provision-col-support = Support
provision-col-staff = Run by
provision-col-group = Group size
provision-col-often = How often
provision-col-weeks = Weeks
provision-col-measure = How progress is measured
provision-col-cost = Cost
provision-col-per-pupil = Cost for each pupil
provision-col-pupils = Pupils

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } minutes, { $sessions ->
        [one] once a week
       *[other] { $sessions } times a week
    }

provision-impact-heading = Impact
provision-impact-intro = For the pupils with a score at the start and at the end. The cost per point is the cost for each pupil divided by the average gain.
provision-col-entry = Average score at the start
provision-col-exit = Average score at the end
provision-col-gain = Average gain
provision-col-per-point = Cost for each pupil per point gained
provision-no-scores = No scores yet

provision-gaps-heading = Gaps
provision-no-gaps = Every need named in a plan is met by some of the support the pupil takes part in.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: the plan names needs that none of the pupil's support meets ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = No support meets this area of need: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Provision map – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Extra support for { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = This map shows the extra support the school offers to pupils who need it. The support { $name } gets is marked in the last column and printed in bold.

provision-offer-heading = Support the school offers

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = For { $name }
provision-mine = Yes, takes part

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = How { $name }'s support is going

provision-col-start = Started
provision-col-per-week = Times a week
provision-col-score-start = Score at the start
provision-col-score-end = Score at the end
provision-no-score = Not yet

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = When { $name } gets support each week

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = The sessions of extra support { $name } has in a usual school week: what each one is, who runs it and how long it lasts.

# The heading of the school's week of support (for staff).
provision-school-week-heading = The week of support

provision-school-week-intro = When each piece of support runs in a usual school week, who runs it, where, and how many pupils it is for.

# The first column of the week table: the time a session starts.
provision-col-time = Time

# The row for sessions whose days are known but not their time.
provision-week-no-time = Time not set yet

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } pupil
       *[other] { $count } pupils
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Your child's support plan (IEP): a guide for parents
leaflet-iep-intro = Some children need extra help at school to learn and to get on well. This guide explains the plan the school writes for that help, and how you can take part.

leaflet-what-heading = What an IEP is
leaflet-what-is = An IEP (individual education plan) is a short plan for one child. Many schools now call it a support plan. It says what your child is working on, what the school will do to help, and what you can do at home.
leaflet-what-who = The school writes it with you and, where possible, with your child. You should get your own copy, and you can ask for it in a language or format you can read.

leaflet-contents-heading = What goes in it
leaflet-contents-intro = A plan usually has these parts:
leaflet-contents-strengths = what your child is good at and enjoys
leaflet-contents-needs = what your child finds hard
leaflet-contents-targets = three or four targets: the next steps your child is working towards
leaflet-contents-help = who helps, what they do, and how often
leaflet-contents-home = what you can do at home
leaflet-contents-review = when the plan will be looked at again

leaflet-smart-heading = Targets that are SMART
leaflet-smart-intro = Good targets are SMART. That means they are:
leaflet-smart-specific = Specific: they say exactly what your child will learn to do.
leaflet-smart-measurable = Measurable: everyone can see when the target has been reached.
leaflet-smart-achievable = Achievable: your child can reach them with the right help.
leaflet-smart-relevant = Relevant: they matter for your child's learning and life.
leaflet-smart-time-bound = Time-bound: they say by when, usually by the next review.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = For example, "read better" is not a SMART target. "Read { $read } of the { $total } common words on the word card, on two checks a week apart, by the review in January" is.

leaflet-review-heading = Reviews
leaflet-review-when = The plan is looked at again at a review meeting, usually once a term, or about three times a year. The school checks each target with you: was it reached, and what helped?
leaflet-review-you = You are invited to every review. Your views count: tell the school what you see at home and what worries you. Your child can take part too, by coming for part of the meeting or by sharing their views before it. Then new targets are agreed.

leaflet-map-heading = Provision maps
leaflet-map-what = A provision map is the school's list of all the extra support it runs, such as small reading groups or a daily check-in. It shows who runs each kind of support, how often, and what difference it makes.
leaflet-map-yours = You can ask for a provision map for your child. It shows the support the school offers and marks the support your child gets, with your child's scores at the start and at the end.

leaflet-stages-heading = Stages of support
leaflet-stages-intro = The school uses these names for the levels of extra help:
leaflet-stage-sen-support = SEN Support: the school plans extra help from its own staff and resources, written in a support plan.
leaflet-stage-ehc-plan = Education, Health and Care plan (EHC plan): a legal plan from the local council for a child who needs more help than the school can give from its own resources.
leaflet-stage-school-action = School Action: the school gives extra help from its own staff and resources.
leaflet-stage-school-action-plus = School Action Plus: the school also gets advice or help from specialists outside the school.
leaflet-stage-statement = Statement of special educational needs: a legal document from the local council that sets out the help a child must get.

leaflet-help-heading = Independent help
leaflet-help-intro = You can talk to the class teacher or to the person who leads support for special needs at the school at any time. You can also get free advice that is separate from the school:
leaflet-help-none = Ask the school for the details of your local information, advice and support service for special educational needs. Its advice is free and separate from the school.

leaflet-formats-heading = Another language or format
leaflet-formats-ask = You can ask the school for this leaflet and for your child's plan in another language, in large print, in Braille or as a recording. You can also ask for them by e-mail. Just tell the class teacher or the school office.

leaflet-languages-heading = This leaflet in your language

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = This leaflet is available in English. Ask the school for a copy.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Questions to ask at a review
leaflet-questions-intro = You may like to take this card to your child's review meeting. Pick the questions that matter to you, and write notes in the space under each one.
leaflet-question-progress = How has my child done with each target?
leaflet-question-helped = What has helped my child most, and what has not worked?
leaflet-question-next = What are the new targets, and why these?
leaflet-question-who = Who will help my child, and how often?
leaflet-question-home = What can I do at home to help?
leaflet-question-child = What does my child think, and how can they take part?
leaflet-question-friends = How is my child getting on with other children?
leaflet-question-assess = Are any checks or help from outside the school planned?
leaflet-question-contact = Who do I talk to if I am worried before the next review?
leaflet-question-next-review = When is the next review?
