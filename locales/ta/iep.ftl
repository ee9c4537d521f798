# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = ஆதரவுத் திட்டம்: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = ஆதரவுத் திட்டம்: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = தனிநபர் கல்வித் திட்டம் ({ EN("IEP") }): குடும்பத்திற்கான பிரதி

# Under the main heading, for the school's copy.
iep-copy-school = தனிநபர் கல்வித் திட்டம் ({ EN("IEP") }): பாடசாலைக்கான பிரதி

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = குழுக் கற்றல் திட்டம் – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = குழுக் கற்றல் திட்டம்: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = குழுக் கற்றல் திட்டம்: குடும்பத்திற்கான பிரதி

# Under the main heading, for the school's copy.
group-copy-school = குழுக் கற்றல் திட்டம்: பாடசாலைக்கான பிரதி

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = ஒரே வகையான உதவி தேவைப்படும் வேறு சில மாணவர்களுடன் சேர்ந்து, ஒரு சிறிய குழுவில் { $name } இந்த இலக்குகளை அடைய முயல்கிறார். குழு இப்போது எவற்றைக் கற்றுக்கொண்டிருக்கிறது, யார் உதவுகிறார்கள், வீட்டில் நீங்கள் உங்கள் பிள்ளைக்கு எப்படி உதவலாம் என்பதை இந்தத் திட்டம் சொல்கிறது.

## Opening for parents

iep-intro-heading = இந்தத் திட்டத்தைப் பற்றி

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = பாடசாலையில் { $name } பெறும் மேலதிக உதவியை இந்தத் திட்டம் காட்டுகிறது. { $name } இப்போது கற்றுக்கொண்டிருக்கும் விடயங்கள், யார் உதவுகிறார்கள், வீட்டில் நீங்கள் எப்படி உதவலாம் என்பதையும் இது சொல்கிறது.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = { $date } அன்று உங்களுடன் சேர்ந்து இந்தத் திட்டத்தை மீண்டும் பார்ப்போம். அந்தச் சந்திப்பில் நீங்கள் கேள்விகள் கேட்கலாம், உங்கள் கருத்தையும் எங்களிடம் சொல்லலாம். நீங்கள் விரும்பினால் யாரையாவது உங்களுடன் அழைத்து வரலாம்.

iep-intro-formats = இந்தத் திட்டம் வேறொரு மொழியிலோ பெரிய எழுத்திலோ வேண்டுமென்றால், அல்லது யாராவது இதை உங்களுக்கு வாசித்துக் காட்ட வேண்டுமென்றால், தயவுசெய்து பாடசாலை அலுவலகத்தில் கேளுங்கள்.

## Key facts

facts-heading = முக்கிய விபரங்கள்
fact-pupil = மாணவர்
fact-known-as = அழைக்கப்படும் பெயர்
fact-date-of-birth = பிறந்த திகதி
fact-year-group = பாடசாலை ஆண்டு ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] பாடசாலையின் முதல் ஆண்டு ({ EN("Reception") })
       *[other] ஆண்டு { $year }
    }

fact-class = வகுப்பு
fact-family = பெற்றோரும் பராமரிப்பாளர்களும்
fact-stage = ஆதரவின் நிலை
fact-areas = உதவி தேவைப்படும் பகுதிகள்
fact-class-teacher = வகுப்பு ஆசிரியர்
fact-written-by = திட்டத்தை எழுதியவர்
fact-start = திட்டம் தொடங்கும் திகதி
fact-review = மீளாய்வுத் திகதி

## Stages of support

stage-sen-support = சிறப்புக் கல்வித் தேவைகளுக்கான ஆதரவு ({ EN("SEN Support") })
stage-ehc-plan = கல்வி, சுகாதாரம் மற்றும் பராமரிப்புத் திட்டம் ({ EN("EHC plan") })
stage-early-years-action = ஆரம்ப ஆண்டுகளில் உதவி ({ EN("Early Years Action") })
stage-early-years-action-plus = நிபுணர்களின் துணையுடன் ஆரம்ப ஆண்டுகளில் மேலதிக உதவி ({ EN("Early Years Action Plus") })
stage-school-action = பாடசாலை வழங்கும் உதவி ({ EN("School Action") })
stage-school-action-plus = நிபுணர்களின் துணையுடன் பாடசாலை வழங்கும் மேலதிக உதவி ({ EN("School Action Plus") })
stage-statement = சிறப்புக் கல்வித் தேவைகள் பற்றிய உத்தியோகபூர்வ அறிக்கை ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = தொடர்புகொள்ளுதலும் மற்றவர்களுடன் பழகுதலும்
area-cognition-and-learning = கற்றலும் புரிதலும்
area-social-emotional-mental-health = சமூக உறவுகள், உணர்வுகள் மற்றும் மனநலம்
area-sensory-and-physical = புலன்கள் (பார்வை, கேட்டல் போன்றவை) மற்றும் உடல் சார்ந்த தேவைகள்

## Relationships

relationship-mother = தாய்
relationship-father = தந்தை
relationship-parent = பெற்றோர்
relationship-carer = பராமரிப்பாளர்
relationship-foster-carer = வளர்ப்புப் பராமரிப்பாளர்
relationship-guardian = பாதுகாவலர்
relationship-grandmother = பாட்டி
relationship-grandfather = தாத்தா
relationship-aunt = மாமி/சித்தி
relationship-uncle = மாமா/சித்தப்பா
relationship-sister = சகோதரி
relationship-brother = சகோதரர்

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = ஆசிரிய உதவியாளர்
role-class-teacher = வகுப்பு ஆசிரியர்
role-senco = சிறப்புத் தேவைகளுக்கான ஆதரவுப் பொறுப்பாளர், { EN("SENCo") }
role-learning-mentor = கற்றல் வழிகாட்டி
role-teacher-of-the-deaf = செவிப்புலன் குறைபாடுள்ள பிள்ளைகளுக்கான ஆசிரியர்
role-specialist-teacher = நிபுணத்துவ ஆசிரியர்
role-speech-and-language-therapist = பேச்சு மற்றும் மொழி சிகிச்சையாளர்
role-educational-psychologist = கல்வி உளவியலாளர்
role-occupational-therapist = அன்றாடச் செயல்களுக்கான சிகிச்சையாளர்
role-physiotherapist = இயன்முறை சிகிச்சையாளர்
role-school-nurse = பாடசாலைத் தாதி
role-family-support-worker = குடும்ப ஆதரவுப் பணியாளர்
role-head-teacher = பாடசாலை அதிபர்
role-lunchtime-supervisor = மதிய உணவு நேர மேற்பார்வையாளர்

## When and how often
# A target's "when", written out. The parts are joined as a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } நிமிடம்
       *[other] { $minutes } நிமிடங்கள்
    }

# How many times a week, perhaps at one part of the day ("4 mornings a week" is "on 4 days
# a week, in the morning").
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] வாரத்தில் ஒரு நாள் காலையில்
               *[other] வாரத்தில் { $times } நாட்கள் காலையில்
            }
        [afternoon]
            { $times ->
                [one] வாரத்தில் ஒரு நாள் பிற்பகலில்
               *[other] வாரத்தில் { $times } நாட்கள் பிற்பகலில்
            }
        [lunchtime]
            { $times ->
                [one] வாரத்தில் ஒரு நாள் மதிய உணவு நேரத்தில்
               *[other] வாரத்தில் { $times } நாட்கள் மதிய உணவு நேரத்தில்
            }
       *[none]
            { $times ->
                [one] வாரத்திற்கு ஒரு முறை
               *[other] வாரத்திற்கு { $times } முறை
            }
    }

# On which days of the week, perhaps at one part of the day: one day is "செவ்வாய் அன்று",
# more are "செவ்வாய் மற்றும் வியாழன் ஆகிய நாட்களில்", so the day names take no ending.
# Variables:
#   $days (String) - the days, already joined as a list: "செவ்வாய் மற்றும் வியாழன்"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning]
            { $count ->
                [one] { $days } அன்று காலையில்
               *[other] { $days } ஆகிய நாட்களில் காலையில்
            }
        [afternoon]
            { $count ->
                [one] { $days } அன்று பிற்பகலில்
               *[other] { $days } ஆகிய நாட்களில் பிற்பகலில்
            }
        [lunchtime]
            { $count ->
                [one] { $days } அன்று மதிய உணவு நேரத்தில்
               *[other] { $days } ஆகிய நாட்களில் மதிய உணவு நேரத்தில்
            }
       *[none]
            { $count ->
                [one] { $days } அன்று
               *[other] { $days } ஆகிய நாட்களில்
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] ஒவ்வொரு பாடவேளையிலும்
        [day] ஒவ்வொரு நாளும்
        [morning] ஒவ்வொரு நாளும் காலையில்
        [afternoon] ஒவ்வொரு நாளும் பிற்பகலில்
        [lunchtime] ஒவ்வொரு நாளும் மதிய உணவு நேரத்தில்
        [playtime] ஒவ்வொரு இடைவேளையிலும்
        [after-playtime] ஒவ்வொரு இடைவேளைக்குப் பிறகும்
        [week] ஒவ்வொரு வாரமும்
        [two-weeks] இரண்டு வாரங்களுக்கு ஒரு முறை
        [half-term] அரைத் தவணைக்கு ஒரு முறை
       *[term] தவணைக்கு ஒரு முறை
    }

# How often, and at what time of day ("every morning at 8:50 o'clock").
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it
when-at = { $when } { $time } மணிக்கு

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] ஒரு வாரத்திற்கு
       *[other] { $weeks } வாரங்களுக்கு
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
about-heading = { $name } நன்றாகச் செய்யும், விரும்பும் விடயங்கள்

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } கடினமாக உணரும் விடயங்கள்

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = { $name } நன்றாகச் செயல்பட உதவுபவை

## Targets

targets-heading = இலக்குகள்

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] இந்தத் திட்டத்தில் { $name } அடைய முயலும் ஒரு இலக்கு உள்ளது.
       *[other] இந்தத் திட்டத்தில் { $name } அடைய முயலும் { $count } இலக்குகள் உள்ளன.
    } இலக்கு என்பது நாங்கள் சரிபார்க்கக்கூடிய ஒரு சிறிய படி.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = இலக்கு { $number }

target-who = யார் உதவுகிறார்கள்
target-does-what = அவர்கள் என்ன செய்வார்கள்
target-when = எப்போது, எத்தனை முறை
target-success = உதவி பலன் தருகிறது என்று எப்படித் தெரிந்துகொள்வோம்
target-home = வீட்டில் நீங்கள் என்ன செய்யலாம்

## The rest of the plan

home-heading = வீட்டில் உதவுதல்
exit-heading = மேலதிக உதவியை எப்போது நிறுத்தலாம்
further-heading = மற்ற மதிப்பீடுகளும் சேவைகளும்
further-assessments = நாங்கள் திட்டமிட்டுள்ள மதிப்பீடுகள்
further-agencies = பாடசாலைக்கு வெளியிலிருந்து உதவும் சேவைகள்

## Outside agencies

agency-educational-psychology = கல்வி உளவியலாளர் ({ EN("educational psychologist") })
agency-speech-and-language-therapy = பேச்சு மற்றும் மொழி சிகிச்சை ({ EN("speech and language therapy") })
agency-behaviour-support = நடத்தை ஆதரவுச் சேவை ({ EN("behaviour support") })
agency-hearing-support = செவிப்புலன் ஆதரவுச் சேவை ({ EN("hearing support") })
agency-vision-support = பார்வை ஆதரவுச் சேவை ({ EN("vision support") })
agency-sensory-support = புலன் ஆதரவுச் சேவை ({ EN("sensory support") })
agency-occupational-therapy = அன்றாடச் செயல்களுக்கான சிகிச்சை ({ EN("occupational therapy") })
agency-physiotherapy = இயன்முறை சிகிச்சை ({ EN("physiotherapy") })
agency-camhs = சிறுவர்கள் மற்றும் இளைஞர்களுக்கான மனநலச் சேவை ({ EN("CAMHS") })
agency-school-nurse = பாடசாலைத் தாதி
agency-paediatrician = சிறுவர் நல வைத்தியர் ({ EN("paediatrician") })
agency-early-help = குடும்பங்களுக்கான ஆரம்ப உதவி ({ EN("early help") })

## Review

review-heading = திட்டம் எப்படி நடந்தது
review-date = சந்திப்பின் திகதி
review-present = யார் வந்திருந்தார்கள்
review-outcomes = இலக்குகளும் முடிவுகளும்
review-col-target = இலக்கு
review-col-result = முடிவு
review-col-comment = கருத்து

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = இலக்கு { $number }

outcome-achieved = அடையப்பட்டது
outcome-partly = ஓரளவு அடையப்பட்டது
outcome-not-yet = இன்னும் அடையப்படவில்லை

review-progress = முன்னேற்றம்

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } சொன்னது

review-parent-comment = குடும்பத்தினர் சொன்னது
review-teacher-comment = பாடசாலை சொன்னது
review-next-steps = அடுத்த படிகள்
review-next-review = அடுத்த மீளாய்வு

## Help for parents

contact-heading = கேள்விகளும் உதவியும்

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = இந்தத் திட்டம் பற்றி உங்களுக்கு ஏதாவது கேள்வி இருந்தால், தயவுசெய்து வகுப்பு ஆசிரியரிடமோ, பாடசாலையில் சிறப்புத் தேவைகளுக்கான ஆதரவுக்குப் பொறுப்பான { $senco } ({ EN("SENCo") }) அவர்களிடமோ பேசுங்கள்.

contact-school-phone = பாடசாலையின் தொலைபேசி இலக்கம்

support-intro = பாடசாலையிலிருந்து தனியாக இயங்கும் ஒரு சேவையிடமிருந்தும் நீங்கள் இலவச ஆலோசனை பெறலாம்:
support-phone = தொலைபேசி
support-text = குறுஞ்செய்தி
support-email = மின்னஞ்சல்
support-web = இணையத்தளம்
support-drop-in = முன்பதிவு இல்லாமல் நேரில் வருதல் ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = பக்கம் { $page } / { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = பெற்றோர் சந்திப்பு மாலை ({ EN("parents' evening") }): அச்சிடுவதற்கான தொகுப்பு

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = இந்தத் தொகுப்பில், சந்திப்புகளின் வரிசைப்படி, { $appointments ->
        [one] ஒரு சந்திப்புக்கான
       *[other] { $appointments } சந்திப்புகளுக்கான
    } { $documents ->
        [one] ஒரு ஆவணம் உள்ளது
       *[other] { $documents } ஆவணங்கள் உள்ளன
    }.

pack-duplex = தாளின் இரண்டு பக்கங்களிலும் அச்சிடுங்கள். ஒவ்வொரு ஆவணமும் புதிய தாளில் தொடங்குகிறது; எனவே எந்தத் தாளிலும் இரண்டு குடும்பங்களின் ஆவணங்கள் சேர்ந்து வராது.

pack-files = ஒவ்வொரு ஆவணமும் தனிக் கோப்பாகவும் சேமிக்கப்பட்டுள்ளது. ஒரு குடும்பம் மின்னஞ்சலில் பிரதி கேட்டால், அவர்களுடைய கோப்பை மட்டும் அவர்களுக்கு அனுப்புங்கள்: திரை வாசிப்பான் ({ EN("screen reader") }) அதை உரக்க வாசிக்க முடியும்.

pack-appointments-heading = சந்திப்புகள்
pack-col-time = நேரம்
pack-col-pupil = மாணவர்
pack-col-teacher = ஆசிரியர்
pack-col-room = அறை
pack-col-parent-copy = குடும்பத்திற்கான பிரதி
pack-col-school-copy = பாடசாலைக்கான பிரதி
pack-col-page = பக்கம்

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = குடும்பத்திற்கான பிரதி: { $language }
pack-copy-parent-large = குடும்பத்திற்கான பிரதி: { $language }, பெரிய எழுத்தில்
pack-copy-school = பாடசாலைக்கான பிரதி: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, பெரிய எழுத்தில்

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } உரை மொழிபெயர்க்கப்படவில்லை
       *[other] { $count } உரைகள் மொழிபெயர்க்கப்படவில்லை
    })

pack-missing-heading = இந்தத் தொகுப்பில் இல்லாதவை
pack-missing-intro = இந்தச் சந்திப்புகளுக்கு ஆவணங்கள் இல்லை; ஏனெனில் அவற்றின் திட்டங்களிலிருந்து ஆவணங்களை உருவாக்க முடியவில்லை. எதைத் திருத்த வேண்டும் என்பதை, தொகுதிச் செயலாக்கத்தின் ({ EN("batch") }) இறுதியில் உள்ள சுருக்கம் சொல்கிறது.
pack-col-problem = சிக்கல்

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] ஆங்கிலம்
        [pl] போலிஷ்
        [ro] ருமேனியன்
        [pa] பஞ்சாபி (குர்முகி எழுத்து)
        [pa-Arab] பஞ்சாபி (ஷாமுகி எழுத்து)
        [ur] உருது
        [pt] போர்த்துகீசியம்
        [es] ஸ்பானிஷ்
        [it] இத்தாலியன்
        [fr] பிரெஞ்சு
        [bn] வங்காளம்
        [gu] குஜராத்தி
        [ar] அரபு
        [sq] அல்பேனியன்
        [so] சோமாலி
        [lt] லிதுவேனியன்
        [uk] உக்ரைனியன்
        [tr] துருக்கியம்
        [fa] பாரசீகம்
        [ta] தமிழ்
        [bg] பல்கேரியன்
        [hu] ஹங்கேரியன்
        [ru] ரஷியன்
        [zh-Hans] எளிதாக்கப்பட்ட சீனம்
        [zh-Hant] பாரம்பரிய சீனம்
        [ps] பஷ்தோ
        [ti] டிக்ரின்யா
        [ne] நேபாளி
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
provision-title = மேலதிக ஆதரவு வரைபடம் – { $school }
provision-heading = மேலதிக ஆதரவு வரைபடம் ({ EN("provision map") })
provision-intro = சிறப்புக் கல்வித் தேவைகள் உள்ள மாணவர்களுக்குப் பாடசாலை வழங்கும் மேலதிக ஆதரவை இந்த வரைபடம் பட்டியலிடுகிறது: யார் நடத்துகிறார்கள், எத்தனை முறை, எவ்வளவு செலவாகிறது, யார் பங்கேற்கிறார்கள், அதனால் என்ன மாற்றம் ஏற்படுகிறது.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = இந்தப் பகுதிக்கான மொத்தம்: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = எல்லா மேலதிக ஆதரவுக்குமான மொத்தச் செலவு: { $amount }

provision-col-support = ஆதரவு
provision-col-staff = நடத்துபவர்
provision-col-group = குழுவில் எத்தனை பேர்
provision-col-often = எத்தனை முறை
provision-col-weeks = வாரங்கள்
provision-col-measure = முன்னேற்றம் எப்படி அளவிடப்படுகிறது
provision-col-cost = செலவு
provision-col-per-pupil = ஒரு மாணவருக்கான செலவு
provision-col-pupils = மாணவர்கள்

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } நிமிடம்
       *[other] { $minutes } நிமிடங்கள்
    }, { $sessions ->
        [one] வாரத்திற்கு ஒரு முறை
       *[other] வாரத்திற்கு { $sessions } முறை
    }

provision-impact-heading = தாக்கம்
provision-impact-intro = தொடக்கத்திலும் முடிவிலும் மதிப்பெண் உள்ள மாணவர்களுக்கு மட்டும். ஒரு புள்ளிக்கான செலவு என்பது, ஒரு மாணவருக்கான செலவைச் சராசரி உயர்வால் வகுத்து வரும் தொகை.
provision-col-entry = தொடக்கத்தில் சராசரி மதிப்பெண்
provision-col-exit = முடிவில் சராசரி மதிப்பெண்
provision-col-gain = சராசரி உயர்வு
provision-col-per-point = உயர்ந்த ஒவ்வொரு புள்ளிக்கும், ஒரு மாணவருக்கான செலவு
provision-no-scores = இன்னும் மதிப்பெண்கள் இல்லை

provision-gaps-heading = ஆதரவு கிடைக்காத தேவைகள்
provision-no-gaps = திட்டங்களில் குறிப்பிட்டுள்ள ஒவ்வொரு தேவைக்கும், மாணவர் பங்கேற்கும் ஆதரவுகளில் ஏதாவது ஒன்று உதவுகிறது.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: மாணவர் பங்கேற்கும் எந்த ஆதரவும் உதவாத சில தேவைகளைத் திட்டம் குறிப்பிடுகிறது ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = இந்தத் தேவைப் பகுதிக்கு எந்த ஆதரவும் இல்லை: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = மேலதிக ஆதரவு வரைபடம் – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = மேலதிக ஆதரவு: { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = தேவைப்படும் மாணவர்களுக்குப் பாடசாலை வழங்கும் மேலதிக ஆதரவை இந்த வரைபடம் காட்டுகிறது. { $name } பெறும் ஆதரவு கடைசி நிரலில் குறிக்கப்பட்டு, தடித்த எழுத்தில் அச்சிடப்பட்டுள்ளது.

provision-offer-heading = பாடசாலை வழங்கும் ஆதரவு

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } பங்கேற்கிறாரா
provision-mine = ஆம், பங்கேற்கிறார்

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name } பெறும் ஆதரவு எப்படிப் போகிறது

provision-col-start = தொடங்கிய திகதி
provision-col-per-week = வாரத்திற்கு எத்தனை முறை
provision-col-score-start = தொடக்க மதிப்பெண்
provision-col-score-end = இறுதி மதிப்பெண்
provision-no-score = இன்னும் இல்லை

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = ஒவ்வொரு வாரமும் { $name } ஆதரவு பெறும் நேரங்கள்

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = வழக்கமான ஒரு பாடசாலை வாரத்தில் { $name } பெறும் மேலதிக ஆதரவு அமர்வுகள்: ஒவ்வொன்றும் என்ன, யார் நடத்துகிறார்கள், எவ்வளவு நேரம் நடக்கும்.

# The heading of the school's week of support (for staff).
provision-school-week-heading = வாராந்த ஆதரவு அட்டவணை

provision-school-week-intro = வழக்கமான ஒரு பாடசாலை வாரத்தில் ஒவ்வொரு ஆதரவும் எப்போது, எங்கே நடக்கிறது, யார் நடத்துகிறார்கள், எத்தனை மாணவர்களுக்கானது.

# The first column of the week table: the time a session starts.
provision-col-time = நேரம்

# The row for sessions whose days are known but not their time.
provision-week-no-time = நேரம் இன்னும் தீர்மானிக்கப்படவில்லை

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } நிமிடம்
       *[other] { $minutes } நிமிடங்கள்
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } மாணவர்
       *[other] { $count } மாணவர்கள்
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = உங்கள் பிள்ளையின் ஆதரவுத் திட்டம் ({ EN("IEP") }): பெற்றோருக்கான வழிகாட்டி
leaflet-iep-intro = சில பிள்ளைகளுக்குப் பாடசாலையில் கற்கவும் நன்றாக முன்னேறவும் மேலதிக உதவி தேவைப்படுகிறது. அந்த உதவிக்காகப் பாடசாலை எழுதும் திட்டத்தைப் பற்றியும், அதில் நீங்கள் எப்படிப் பங்கேற்கலாம் என்பதைப் பற்றியும் இந்த வழிகாட்டி விளக்குகிறது.

leaflet-what-heading = { EN("IEP") } என்றால் என்ன
leaflet-what-is = { EN("IEP") } (தனிநபர் கல்வித் திட்டம்) என்பது ஒரு பிள்ளைக்கான சிறிய திட்டம். இப்போது பல பாடசாலைகள் இதை ஆதரவுத் திட்டம் ({ EN("support plan") }) என்று அழைக்கின்றன. உங்கள் பிள்ளை இப்போது எவற்றைக் கற்றுக்கொண்டிருக்கிறது, உதவுவதற்குப் பாடசாலை என்ன செய்யும், வீட்டில் நீங்கள் என்ன செய்யலாம் என்பதை இது சொல்கிறது.
leaflet-what-who = பாடசாலை இதை உங்களுடன் சேர்ந்து எழுதுகிறது; முடிந்தால் உங்கள் பிள்ளையுடனும் சேர்ந்து எழுதுகிறது. உங்களுக்கென்று ஒரு பிரதி கிடைக்க வேண்டும். நீங்கள் வாசிக்கக்கூடிய மொழியிலோ வடிவத்திலோ அதைக் கேட்டுப் பெறலாம்.

leaflet-contents-heading = இதில் என்ன இருக்கும்
leaflet-contents-intro = ஒரு திட்டத்தில் பொதுவாக இந்தப் பகுதிகள் இருக்கும்:
leaflet-contents-strengths = உங்கள் பிள்ளை நன்றாகச் செய்யும், விரும்பும் விடயங்கள்
leaflet-contents-needs = உங்கள் பிள்ளை கடினமாக உணரும் விடயங்கள்
leaflet-contents-targets = மூன்று அல்லது நான்கு இலக்குகள்: உங்கள் பிள்ளை அடைய முயலும் அடுத்த படிகள்
leaflet-contents-help = யார் உதவுகிறார்கள், அவர்கள் என்ன செய்கிறார்கள், எத்தனை முறை
leaflet-contents-home = வீட்டில் நீங்கள் என்ன செய்யலாம்
leaflet-contents-review = திட்டம் மீண்டும் எப்போது பார்க்கப்படும்

leaflet-smart-heading = { EN("SMART") } இலக்குகள்
leaflet-smart-intro = நல்ல இலக்குகள் { EN("SMART") } ஆக இருக்கும். { EN("SMART") } என்பது ஐந்து ஆங்கிலச் சொற்களின் முதல் எழுத்துகள். அதன் பொருள்:
leaflet-smart-specific = { EN("Specific") } (தெளிவானவை): உங்கள் பிள்ளை சரியாக என்ன செய்யக் கற்றுக்கொள்ளும் என்பதை இலக்குகள் சொல்கின்றன.
leaflet-smart-measurable = { EN("Measurable") } (அளவிடக்கூடியவை): இலக்கு எப்போது அடையப்பட்டது என்பதை எல்லோராலும் பார்க்க முடியும்.
leaflet-smart-achievable = { EN("Achievable") } (அடையக்கூடியவை): சரியான உதவி கிடைத்தால் உங்கள் பிள்ளை அவற்றை அடைய முடியும்.
leaflet-smart-relevant = { EN("Relevant") } (பொருத்தமானவை): அவை உங்கள் பிள்ளையின் கற்றலுக்கும் வாழ்க்கைக்கும் முக்கியமானவை.
leaflet-smart-time-bound = { EN("Time-bound") } (காலவரையறை உள்ளவை): எப்போதுக்குள் அடைய வேண்டும் என்பதை அவை சொல்கின்றன; பொதுவாக அடுத்த மீளாய்வுக்குள்.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = உதாரணமாக, "இன்னும் நன்றாக வாசிப்பது" என்பது { EN("SMART") } இலக்கு அல்ல. ஆனால் "ஜனவரி மீளாய்வுக்குள், சொல் அட்டையில் உள்ள { $total } பொதுவான சொற்களில் { $read } சொற்களை வாசிப்பது; ஒரு வார இடைவெளியில் இரண்டு முறை சரிபார்க்கப்படும்" என்பது { EN("SMART") } இலக்கு.

leaflet-review-heading = மீளாய்வு ({ EN("review") })
leaflet-review-when = மீளாய்வுச் சந்திப்பில் திட்டம் மீண்டும் பார்க்கப்படுகிறது. இது பொதுவாகத் தவணைக்கு ஒரு முறை, அதாவது ஆண்டுக்குச் சுமார் மூன்று முறை நடக்கும். பாடசாலை உங்களுடன் சேர்ந்து ஒவ்வொரு இலக்கையும் சரிபார்க்கும்: இலக்கு அடையப்பட்டதா, எது உதவியது?
leaflet-review-you = ஒவ்வொரு மீளாய்வுக்கும் நீங்கள் அழைக்கப்படுவீர்கள். உங்கள் கருத்து முக்கியம்: வீட்டில் நீங்கள் பார்ப்பதையும், உங்களுக்குக் கவலை தருவதையும் பாடசாலையிடம் சொல்லுங்கள். உங்கள் பிள்ளையும் பங்கேற்கலாம்: சந்திப்பின் ஒரு பகுதிக்கு வந்தோ, சந்திப்புக்கு முன்பே தன் கருத்தைச் சொல்லியோ. பிறகு புதிய இலக்குகள் சேர்ந்து முடிவு செய்யப்படும்.

leaflet-map-heading = மேலதிக ஆதரவு வரைபடம் ({ EN("provision map") })
leaflet-map-what = மேலதிக ஆதரவு வரைபடம் என்பது பாடசாலை நடத்தும் எல்லா மேலதிக ஆதரவுகளின் பட்டியல்; உதாரணமாக, சிறிய வாசிப்புக் குழுக்கள், அல்லது ஒவ்வொரு நாளும் சிறிது நேரம் பிள்ளையிடம் நலம் விசாரிப்பது. ஒவ்வொரு வகை ஆதரவையும் யார் நடத்துகிறார்கள், எத்தனை முறை, அதனால் என்ன மாற்றம் ஏற்படுகிறது என்பதை அது காட்டுகிறது.
leaflet-map-yours = உங்கள் பிள்ளைக்கான மேலதிக ஆதரவு வரைபடத்தை நீங்கள் கேட்கலாம். பாடசாலை வழங்கும் ஆதரவை அது காட்டும்; உங்கள் பிள்ளை பெறும் ஆதரவு அதில் குறிக்கப்பட்டிருக்கும். தொடக்கத்திலும் முடிவிலும் உங்கள் பிள்ளை பெற்ற மதிப்பெண்களும் அதில் இருக்கும்.

leaflet-stages-heading = ஆதரவின் நிலைகள்
leaflet-stages-intro = மேலதிக உதவியின் நிலைகளுக்குப் பாடசாலை இந்தப் பெயர்களைப் பயன்படுத்துகிறது:
leaflet-stage-sen-support = சிறப்புக் கல்வித் தேவைகளுக்கான ஆதரவு ({ EN("SEN Support") }): பாடசாலை தன் சொந்த ஊழியர்களையும் வளங்களையும் கொண்டு மேலதிக உதவியைத் திட்டமிடுகிறது; அது ஓர் ஆதரவுத் திட்டத்தில் எழுதப்படுகிறது.
leaflet-stage-ehc-plan = கல்வி, சுகாதாரம் மற்றும் பராமரிப்புத் திட்டம் ({ EN("EHC plan") }): பாடசாலை தன் சொந்த வளங்களைக் கொண்டு தரக்கூடியதை விட அதிக உதவி தேவைப்படும் பிள்ளைக்காக, உள்ளூராட்சி சபை ({ EN("local council") }) வழங்கும் சட்டப்பூர்வத் திட்டம்.
leaflet-stage-school-action = பாடசாலை வழங்கும் உதவி ({ EN("School Action") }): பாடசாலை தன் சொந்த ஊழியர்களையும் வளங்களையும் கொண்டு மேலதிக உதவி தருகிறது.
leaflet-stage-school-action-plus = நிபுணர்களின் துணையுடன் பாடசாலை வழங்கும் மேலதிக உதவி ({ EN("School Action Plus") }): பாடசாலைக்கு வெளியே உள்ள நிபுணர்களிடமிருந்தும் பாடசாலை ஆலோசனை அல்லது உதவி பெறுகிறது.
leaflet-stage-statement = சிறப்புக் கல்வித் தேவைகள் பற்றிய உத்தியோகபூர்வ அறிக்கை ({ EN("Statement of SEN") }): ஒரு பிள்ளைக்குக் கட்டாயம் கிடைக்க வேண்டிய உதவியை விவரிக்கும், உள்ளூராட்சி சபையின் ({ EN("local council") }) சட்டப்பூர்வ ஆவணம்.

leaflet-help-heading = பாடசாலையைச் சாராத உதவி
leaflet-help-intro = வகுப்பு ஆசிரியரிடமோ, பாடசாலையில் சிறப்புத் தேவைகளுக்கான ஆதரவுக்குப் பொறுப்பானவரிடமோ நீங்கள் எப்போது வேண்டுமானாலும் பேசலாம். பாடசாலையிலிருந்து தனியாக இயங்கும் சேவைகளிடமிருந்தும் நீங்கள் இலவச ஆலோசனை பெறலாம்:
leaflet-help-none = உங்கள் பகுதியில் சிறப்புக் கல்வித் தேவைகள் பற்றித் தகவல், ஆலோசனை, ஆதரவு வழங்கும் சேவையின் விபரங்களைப் பாடசாலையிடம் கேளுங்கள். அதன் ஆலோசனை இலவசம்; அது பாடசாலையிலிருந்து தனியாக இயங்குகிறது.

leaflet-formats-heading = வேறொரு மொழி அல்லது வடிவம்
leaflet-formats-ask = இந்தத் துண்டுப்பிரசுரத்தையும் உங்கள் பிள்ளையின் திட்டத்தையும் வேறொரு மொழியில், பெரிய எழுத்தில், பிரெய்லில் ({ EN("Braille") }) அல்லது ஒலிப்பதிவாகப் பாடசாலையிடம் கேட்கலாம். அவற்றை மின்னஞ்சலில் அனுப்பும்படியும் கேட்கலாம். வகுப்பு ஆசிரியரிடமோ பாடசாலை அலுவலகத்திலோ சொன்னால் போதும்.

leaflet-languages-heading = உங்கள் மொழியில் இந்தத் துண்டுப்பிரசுரம்

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = இந்தத் துண்டுப்பிரசுரம் தமிழில் கிடைக்கிறது. ஒரு பிரதி வேண்டுமென்றால் பாடசாலையிடம் கேளுங்கள்.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = மீளாய்வில் கேட்கக்கூடிய கேள்விகள்
leaflet-questions-intro = உங்கள் பிள்ளையின் மீளாய்வுச் சந்திப்புக்கு இந்த அட்டையை எடுத்துச் செல்லலாம். உங்களுக்கு முக்கியமான கேள்விகளைத் தேர்ந்தெடுத்து, ஒவ்வொரு கேள்விக்கும் கீழே உள்ள இடத்தில் குறிப்புகளை எழுதுங்கள்.
leaflet-question-progress = ஒவ்வொரு இலக்கிலும் என் பிள்ளை எப்படி முன்னேறியிருக்கிறது?
leaflet-question-helped = என் பிள்ளைக்கு எது அதிகம் உதவியது, எது பலன் தரவில்லை?
leaflet-question-next = புதிய இலக்குகள் என்ன, ஏன் இவை?
leaflet-question-who = என் பிள்ளைக்கு யார் உதவுவார்கள், எத்தனை முறை?
leaflet-question-home = உதவுவதற்கு வீட்டில் நான் என்ன செய்யலாம்?
leaflet-question-child = என் பிள்ளை என்ன நினைக்கிறது, அது எப்படிப் பங்கேற்கலாம்?
leaflet-question-friends = மற்ற பிள்ளைகளுடன் என் பிள்ளை எப்படிப் பழகுகிறது?
leaflet-question-assess = பாடசாலைக்கு வெளியிலிருந்து ஏதாவது மதிப்பீடுகளோ உதவியோ திட்டமிடப்பட்டுள்ளதா?
leaflet-question-contact = அடுத்த மீளாய்வுக்கு முன் எனக்குக் கவலை ஏற்பட்டால், நான் யாரிடம் பேச வேண்டும்?
leaflet-question-next-review = அடுத்த மீளாய்வு எப்போது?
