# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = IEP – { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = { $pupil } ਲਈ ਮਦਦ ਦੀ ਯੋਜਨਾ

# Under the main heading, for the family's copy.
iep-copy-parent = ਵਿਅਕਤੀਗਤ ਸਿੱਖਿਆ ਯੋਜਨਾ (IEP): ਪਰਿਵਾਰ ਦੀ ਕਾਪੀ

# Under the main heading, for the school's copy.
iep-copy-school = ਵਿਅਕਤੀਗਤ ਸਿੱਖਿਆ ਯੋਜਨਾ (IEP): ਸਕੂਲ ਦੀ ਕਾਪੀ

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
fact-year-group = ਸਕੂਲ ਦਾ ਸਾਲ (Year group)

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

stage-sen-support = ਖ਼ਾਸ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਲਈ ਮਦਦ (SEN Support)
stage-ehc-plan = ਸਿੱਖਿਆ, ਸਿਹਤ ਅਤੇ ਦੇਖਭਾਲ ਦੀ ਯੋਜਨਾ (EHC plan)
stage-early-years-action = ਛੋਟੀ ਉਮਰ ਵਿੱਚ ਮਦਦ (Early Years Action)
stage-early-years-action-plus = ਛੋਟੀ ਉਮਰ ਵਿੱਚ ਵਾਧੂ ਮਦਦ (Early Years Action Plus)
stage-school-action = ਸਕੂਲ ਵੱਲੋਂ ਮਦਦ (School Action)
stage-school-action-plus = ਸਕੂਲ ਵੱਲੋਂ ਵਾਧੂ ਮਦਦ (School Action Plus)
stage-statement = ਖ਼ਾਸ ਵਿੱਦਿਅਕ ਲੋੜਾਂ ਦਾ ਸਰਕਾਰੀ ਬਿਆਨ (Statement of SEN)

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
relationship-foster-carer = ਪਾਲਣ-ਪੋਸ਼ਣ ਕਰਨ ਵਾਲੇ (foster carer)
relationship-guardian = ਸਰਪ੍ਰਸਤ
relationship-grandmother = ਦਾਦੀ/ਨਾਨੀ
relationship-grandfather = ਦਾਦਾ/ਨਾਨਾ
relationship-aunt = ਮਾਸੀ/ਭੂਆ
relationship-uncle = ਚਾਚਾ/ਮਾਮਾ
relationship-sister = ਭੈਣ
relationship-brother = ਭਰਾ

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

agency-educational-psychology = ਵਿੱਦਿਅਕ ਮਨੋਵਿਗਿਆਨੀ (educational psychologist)
agency-speech-and-language-therapy = ਬੋਲਣ ਅਤੇ ਭਾਸ਼ਾ ਦੀ ਥੈਰੇਪੀ (speech and language therapy)
agency-behaviour-support = ਵਿਹਾਰ ਵਿੱਚ ਮਦਦ ਦੀ ਸੇਵਾ (behaviour support)
agency-hearing-support = ਸੁਣਨ ਵਿੱਚ ਮਦਦ ਦੀ ਸੇਵਾ (hearing support)
agency-vision-support = ਦੇਖਣ ਵਿੱਚ ਮਦਦ ਦੀ ਸੇਵਾ (vision support)
agency-sensory-support = ਇੰਦਰੀਆਂ ਲਈ ਮਦਦ ਦੀ ਸੇਵਾ (sensory support)
agency-occupational-therapy = ਰੋਜ਼ਾਨਾ ਕੰਮਾਂ ਦੇ ਹੁਨਰ ਦੀ ਥੈਰੇਪੀ (occupational therapy)
agency-physiotherapy = ਫ਼ਿਜ਼ੀਓਥੈਰੇਪੀ (physiotherapy)
agency-camhs = ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਦੀ ਮਾਨਸਿਕ ਸਿਹਤ ਦੀ ਸੇਵਾ (CAMHS)
agency-school-nurse = ਸਕੂਲ ਨਰਸ
agency-paediatrician = ਬੱਚਿਆਂ ਦੇ ਡਾਕਟਰ (paediatrician)
agency-early-help = ਪਰਿਵਾਰ ਲਈ ਵੇਲੇ ਸਿਰ ਮਦਦ (early help)

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
contact-senco = ਜੇ ਇਸ ਯੋਜਨਾ ਬਾਰੇ ਤੁਹਾਡਾ ਕੋਈ ਸਵਾਲ ਹੈ, ਤਾਂ ਕਿਰਪਾ ਕਰਕੇ ਕਲਾਸ ਟੀਚਰ ਨਾਲ ਜਾਂ { $senco } (SENCo) ਨਾਲ ਗੱਲ ਕਰੋ। ਉਹ ਸਕੂਲ ਵਿੱਚ ਖ਼ਾਸ ਲੋੜਾਂ ਵਾਲੇ ਬੱਚਿਆਂ ਦੀ ਮਦਦ ਦੇ ਜ਼ਿੰਮੇਵਾਰ ਹਨ।

contact-school-phone = ਸਕੂਲ ਦਾ ਫ਼ੋਨ ਨੰਬਰ

support-intro = ਤੁਸੀਂ ਇੱਕ ਅਜਿਹੀ ਸੇਵਾ ਤੋਂ ਵੀ ਮੁਫ਼ਤ ਸਲਾਹ ਲੈ ਸਕਦੇ ਹੋ, ਜੋ ਸਕੂਲ ਤੋਂ ਵੱਖਰੀ ਹੈ:
support-phone = ਫ਼ੋਨ
support-text = ਟੈਕਸਟ ਮੈਸੇਜ
support-email = ਈਮੇਲ
support-web = ਵੈੱਬਸਾਈਟ
support-drop-in = ਬਿਨਾਂ ਸਮਾਂ ਲਏ ਮੁਲਾਕਾਤ (drop-in)

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
provision-heading = ਵਾਧੂ ਮਦਦ ਦਾ ਨਕਸ਼ਾ (provision map)
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
