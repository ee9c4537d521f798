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
iep-title = د { $pupil } لپاره د ملاتړ پلان

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = د { $pupil } لپاره د ملاتړ پلان

# Under the main heading, for the family's copy.
iep-copy-parent = د زده کړې انفرادي پلان ({ EN("IEP") }): د کورنۍ نسخه

# Under the main heading, for the school's copy.
iep-copy-school = د زده کړې انفرادي پلان ({ EN("IEP") }): د ښوونځي نسخه

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = د ډله ییزې زده کړې پلان – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = د ډله ییزې زده کړې پلان: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = د ډله ییزې زده کړې پلان: د کورنۍ نسخه

# Under the main heading, for the school's copy.
group-copy-school = د ډله ییزې زده کړې پلان: د ښوونځي نسخه

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } پر دې هدفونو په یوه کوچنۍ ډله کې کار کوي، له داسې نورو زده کوونکو سره چې همدې ډول مرستې ته اړتیا لري. دا پلان ښيي چې ډله پر څه کار کوي، څوک مرسته کوي، او تاسو څنګه کولای شئ په کور کې له { $name } سره مرسته وکړئ.

## Opening for parents

iep-intro-heading = د دې پلان په اړه

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = دا پلان هغه اضافي مرسته ښيي چې { $name } یې په ښوونځي کې ترلاسه کوي. په دې کې لیکل شوي چې { $name } پر څه کار کوي، څوک مرسته کوي، او تاسو څنګه کولای شئ په کور کې مرسته وکړئ.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = موږ به په { $date } له تاسو سره یو ځای پلان بیا وګورو. په دې غونډه کې تاسو کولای شئ پوښتنې وکړئ او موږ ته خپل نظر ووایئ. که وغواړئ، کولای شئ یو څوک هم له ځان سره راولئ.

iep-intro-formats = که دا پلان په بله ژبه یا په لویو تورو غواړئ، یا غواړئ چې څوک یې درته په لوړ غږ ولولي، مهرباني وکړئ د ښوونځي دفتر ته ووایئ.

## Key facts

facts-heading = اصلي معلومات
fact-pupil = زده کوونکی
fact-known-as = په کوم نوم یادېږي
fact-date-of-birth = د زېږېدو نېټه
fact-year-group = د ښوونځي کال ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] د ښوونځي لومړی کال ({ EN("Reception") })
       *[other] کال { $year }
    }

fact-class = ټولګی
fact-family = والدین او پالونکي
fact-stage = د ملاتړ کچه
fact-areas = د اړتیا برخې
fact-class-teacher = د ټولګي ښوونکی
fact-written-by = د پلان لیکونکی
fact-start = د پلان د پیل نېټه
fact-review = د بیا کتنې نېټه

## Stages of support

stage-sen-support = د ځانګړو زده کړیزو اړتیاوو لپاره ملاتړ ({ EN("SEN Support") })
stage-ehc-plan = د زده کړې، روغتیا او پاملرنې پلان ({ EN("EHC plan") })
stage-early-years-action = په لومړنیو کلونو کې ملاتړ ({ EN("Early Years Action") })
stage-early-years-action-plus = په لومړنیو کلونو کې زیات ملاتړ، د متخصصینو په مرسته ({ EN("Early Years Action Plus") })
stage-school-action = د ښوونځي له لوري ملاتړ ({ EN("School Action") })
stage-school-action-plus = د ښوونځي له لوري زیات ملاتړ، د بهرنیو متخصصینو په مرسته ({ EN("School Action Plus") })
stage-statement = د ځانګړو زده کړیزو اړتیاوو رسمي سند ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = اړیکې نیول او له نورو سره تعامل
area-cognition-and-learning = زده کړه او پوهېدل
area-social-emotional-mental-health = ټولنیزې اړیکې، احساسات او رواني روغتیا
area-sensory-and-physical = حسي او جسمي اړتیاوې

## Relationships

relationship-mother = مور
relationship-father = پلار
relationship-parent = مور یا پلار
relationship-carer = پالونکی
relationship-foster-carer = روزونکی پالونکی ({ EN("foster carer") })
relationship-guardian = قانوني سرپرست
relationship-grandmother = انا
relationship-grandfather = نیکه
relationship-aunt = ترور یا خاله
relationship-uncle = تره یا ماما
relationship-sister = خور
relationship-brother = ورور

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = د ښوونکي مرستیال
role-class-teacher = د ټولګي ښوونکی
role-senco = د ځانګړو اړتیاوو د ملاتړ مسؤول، { EN("SENCo") }
role-learning-mentor = د زده کړې لارښود، { EN("learning mentor") }
role-teacher-of-the-deaf = د هغو ماشومانو ښوونکی چې د اورېدو ستونزه لري
role-specialist-teacher = متخصص ښوونکی
role-speech-and-language-therapist = د وینا او ژبې د درملنې متخصص
role-educational-psychologist = تعلیمي ارواپوه
role-occupational-therapist = د ورځنیو کارونو د درملنې متخصص، { EN("occupational therapist") }
role-physiotherapist = فزیوتراپیست
role-school-nurse = د ښوونځي نرس
role-family-support-worker = د کورنۍ د ملاتړ کارکوونکی، { EN("family support worker") }
role-head-teacher = د ښوونځي مدیر
role-lunchtime-supervisor = د غرمې د ډوډۍ پر وخت څارونکی

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out, and when-parts puts the parts one after the other ("10 minutes, 4 mornings a
# week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقې
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] په اونۍ کې یوه ورځ، د سهار لخوا
               *[other] په اونۍ کې { $times } ورځې، د سهار لخوا
            }
        [afternoon]
            { $times ->
                [one] په اونۍ کې یوه ورځ، د ماسپښین لخوا
               *[other] په اونۍ کې { $times } ورځې، د ماسپښین لخوا
            }
        [lunchtime]
            { $times ->
                [one] په اونۍ کې یوه ورځ، د غرمې د ډوډۍ پر وخت
               *[other] په اونۍ کې { $times } ورځې، د غرمې د ډوډۍ پر وخت
            }
       *[none]
            { $times ->
                [one] په اونۍ کې یو ځل
               *[other] په اونۍ کې { $times } ځله
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
                [one] { $days }، د سهار لخوا
               *[other] { $days }، د سهار لخوا
            }
        [afternoon]
            { $count ->
                [one] { $days }، د ماسپښین لخوا
               *[other] { $days }، د ماسپښین لخوا
            }
        [lunchtime]
            { $count ->
                [one] { $days }، د غرمې د ډوډۍ پر وخت
               *[other] { $days }، د غرمې د ډوډۍ پر وخت
            }
       *[none] { $days }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] په هر درس کې
        [day] هره ورځ
        [morning] هر سهار
        [afternoon] هره ورځ د ماسپښین لخوا
        [lunchtime] هره ورځ د غرمې د ډوډۍ پر وخت
        [playtime] د هرې تفریح پر وخت
        [after-playtime] له هرې تفریح وروسته
        [week] هره اونۍ
        [two-weeks] په هرو دوو اونیو کې یو ځل
        [half-term] په هر نیم ترم کې
       *[term] په هر ترم کې
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when }، په { $time } بجو

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] د یوې اونۍ لپاره
       *[other] د { $weeks } اونیو لپاره
    }

# Two parts of a schedule, one after the other ("10 minutes", "4 mornings a week").
# Variables:
#   $before (String) - the parts so far
#   $after (String) - the next part
when-parts = { $before }، { $after }

# An assessment planned for a month ("December: A reading and spelling assessment").
# Variables:
#   $month (String) - the month's name, as the language writes it (from CLDR)
#   $entry (String) - the assessment
assessment-in-month = { $month }: { $entry }



## The pupil

# Variables:
#   $name (String) - the name the pupil goes by
about-heading = د { $name } وړتیاوې او خوښې

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } ته څه شی سخت دی

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = له { $name } سره څه شی مرسته کوي

## Targets

targets-heading = هدفونه

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } په دې پلان کې یو هدف لري.
       *[other] { $name } په دې پلان کې { $count } هدفونه لري.
    } هدف یو کوچنی ګام دی، او موږ کولای شو وګورو چې ترسره شوی که نه.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = هدف { $number }

target-who = څوک مرسته کوي
target-does-what = هغوی څه کوي
target-when = کله او څو ځله
target-success = موږ به څنګه پوه شو چې ګټه کوي
target-home = تاسو په کور کې څه کولای شئ

## The rest of the plan

home-heading = په کور کې مرسته
exit-heading = اضافي مرسته کله درېدای شي
further-heading = نورې کتنې او خدمتونه
further-assessments = هغه کتنې چې موږ پلان کړې دي
further-agencies = د ښوونځي بهر خدمتونه چې مرسته کوي

## Outside agencies

agency-educational-psychology = تعلیمي ارواپوه ({ EN("educational psychologist") })
agency-speech-and-language-therapy = د وینا او ژبې درملنه ({ EN("speech and language therapy") })
agency-behaviour-support = د چلند د ملاتړ خدمت ({ EN("behaviour support") })
agency-hearing-support = د اورېدو د ملاتړ خدمت ({ EN("hearing support") })
agency-vision-support = د لید د ملاتړ خدمت ({ EN("vision support") })
agency-sensory-support = د لید او اورېدو د ملاتړ خدمت ({ EN("sensory support") })
agency-occupational-therapy = د ورځنیو کارونو درملنه ({ EN("occupational therapy") })
agency-physiotherapy = فزیوتراپي ({ EN("physiotherapy") })
agency-camhs = د ماشومانو او ځوانانو د رواني روغتیا خدمت ({ EN("CAMHS") })
agency-school-nurse = د ښوونځي نرس
agency-paediatrician = د ماشومانو ډاکټر ({ EN("paediatrician") })
agency-early-help = کورنۍ ته ژر ملاتړ ({ EN("early help") })

## Review

review-heading = پلان څنګه پرمخ ولاړ
review-date = د غونډې نېټه
review-present = په غونډه کې څوک وو
review-outcomes = هدفونه او پایلې
review-col-target = هدف
review-col-result = پایله
review-col-comment = تبصره

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = هدف { $number }

outcome-achieved = ترلاسه شوی
outcome-partly = تر یوه حده ترلاسه شوی
outcome-not-yet = لا ترلاسه شوی نه دی

review-progress = پرمختګ

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } څه وویل

review-parent-comment = کورنۍ څه وویل
review-teacher-comment = ښوونځي څه وویل
review-next-steps = راتلونکي ګامونه
review-next-review = راتلونکې بیا کتنه

## Help for parents

contact-heading = پوښتنې او مرسته

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = که د دې پلان په اړه پوښتنه لرئ، مهرباني وکړئ د ټولګي له ښوونکي یا له { $senco } سره خبرې وکړئ، چې په ښوونځي کې د ځانګړو اړتیاوو ملاتړ رهبري کوي.

contact-school-phone = د ښوونځي د تلیفون شمېره

support-intro = تاسو کولای شئ له داسې خدمت څخه هم وړیا مشوره ترلاسه کړئ چې له ښوونځي جلا دی:
support-phone = تلیفون
support-text = لیکلی پیغام
support-email = برېښنالیک
support-web = وېبپاڼه
support-drop-in = پرته له مخکینۍ وعدې ورتلل ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = مخ { $page } له { $total } څخه

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = د والدینو د ماښامنۍ غونډې ({ EN("parents' evening") }) لپاره د چاپ بسته

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = دا بسته د { $appointments ->
        [one] یوې لیدنې
       *[other] { $appointments } لیدنو
    } لپاره { $documents ->
        [one] یو سند
       *[other] { $documents } سندونه
    } لري، د لیدنو په ترتیب.

pack-duplex = د کاغذ پر دواړو مخونو یې چاپ کړئ. هر سند په نوې پاڼه پیلېږي، نو په هېڅ پاڼه کې د دوو کورنیو کاغذونه نه وي.

pack-files = هر سند په یوه جلا فایل کې هم خوندي شوی دی. کله چې یوه کورنۍ د برېښنالیک له لارې نسخه وغواړي، هغې ته یوازې د هماغې کورنۍ فایل ولېږئ: د سکرین لوستونکی پروګرام یې په لوړ غږ لوستلای شي.

pack-appointments-heading = لیدنې
pack-col-time = وخت
pack-col-pupil = زده کوونکی
pack-col-teacher = ښوونکی
pack-col-room = کوټه
pack-col-parent-copy = د کورنۍ نسخه
pack-col-school-copy = د ښوونځي نسخه
pack-col-page = مخ

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = د کورنۍ نسخه، ژبه: { $language }
pack-copy-parent-large = د کورنۍ نسخه، ژبه: { $language }، په لویو تورو
pack-copy-school = د ښوونځي نسخه، ژبه: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }، په لویو تورو

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } متن نه دی ژباړل شوی
       *[other] { $count } متنونه نه دي ژباړل شوي
    })

pack-missing-heading = په دې بسته کې نشته
pack-missing-intro = د دې لیدنو لپاره سندونه نشته، ځکه چې د دوی پلانونه په سندونو بدل نه شول. هغه لنډیز چې د ټولې ډلې ({ EN("batch") }) په پای کې راځي، ښيي چې څه باید سم شي.
pack-col-problem = ستونزه

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] انګلیسي
        [pl] پولنډي
        [ro] رومانیایي
        [pa] پنجابي (ګورمکهي لیک)
        [pa-Arab] پنجابي (شاهمکهي لیک)
        [ur] اردو
        [pt] پرتګالي
        [es] هسپانوي
        [it] ایټالوي
        [fr] فرانسوي
        [bn] بنګالي
        [gu] ګجراتي
        [ar] عربي
        [sq] البانیایي
        [so] سومالیایي
        [lt] لیتوانیایي
        [uk] اوکرایني
        [tr] ترکي
        [fa] فارسي
        [ta] تامیل
        [bg] بلغاري
        [hu] هنګري
        [ru] روسي
        [zh-Hans] ساده شوې چیني
        [zh-Hant] دوديزه چيني
        [ps] پښتو
        [ti] تيګريني
        [ne] نېپالي
       *[other] { $tag }
    }

## Provision map
# The school's costed list of extra support, and a parent's copy with their child's part
# marked. Amounts of money come in already formatted for the language (see money).

# An amount of money in pounds.
# Variables:
#   $amount (String) - the amount, with the language's digits and separators
money = { $amount } £

# The title in the PDF viewer's window bar of the school's map.
# Variables:
#   $school (String) - the school's name
provision-title = د اضافي ملاتړ نقشه – { $school }
provision-heading = د اضافي ملاتړ نقشه ({ EN("provision map") })
provision-intro = دا نقشه هغه اضافي ملاتړ لیست کوي چې ښوونځی یې د ځانګړو زده کړیزو اړتیاوو لرونکو زده کوونکو لپاره چلوي: څوک یې چلوي، څو ځله، څومره لګښت لري، څوک پکې ګډون کوي او څه توپیر راولي.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = د دې برخې ټولټال: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = د ټول اضافي ملاتړ ټول لګښت: { $amount }

provision-col-support = ملاتړ
provision-col-staff = څوک یې چلوي
provision-col-group = په ډله کې د زده کوونکو شمېر
provision-col-often = څو ځله
provision-col-weeks = د اونیو شمېر
provision-col-measure = پرمختګ څنګه اندازه کېږي
provision-col-cost = لګښت
provision-col-per-pupil = د هر زده کوونکي لګښت
provision-col-pupils = زده کوونکي

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقې
    }، { $sessions ->
        [one] په اونۍ کې یو ځل
       *[other] په اونۍ کې { $sessions } ځله
    }

provision-impact-heading = اغېز
provision-impact-intro = یوازې د هغو زده کوونکو لپاره چې په پیل او پای کې نمره لري. د هرې نمرې لګښت د هر زده کوونکي لګښت دی، چې د نمرو پر منځني زیاتوالي وېشل شوی وي.
provision-col-entry = په پیل کې منځنۍ نمره
provision-col-exit = په پای کې منځنۍ نمره
provision-col-gain = د نمرو منځنی زیاتوالی
provision-col-per-point = د هر زده کوونکي لګښت د هرې زیاتې شوې نمرې لپاره
provision-no-scores = لا تر اوسه نمرې نشته

provision-gaps-heading = تشې
provision-no-gaps = په پلانونو کې یاده شوې هره اړتیا د هغه ملاتړ یوې برخې له لارې پوره کېږي چې زده کوونکی پکې ګډون کوي.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: پلان داسې اړتیاوې یادوي چې د دې زده کوونکي هېڅ ملاتړ یې نه پوره کوي ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = هېڅ ملاتړ د اړتیا دا برخه نه پوره کوي: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = د اضافي ملاتړ نقشه – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = د { $name } لپاره اضافي ملاتړ

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = دا نقشه هغه اضافي ملاتړ ښيي چې ښوونځی یې هغو زده کوونکو ته وړاندې کوي چې ورته اړتیا لري. هغه ملاتړ چې { $name } یې ترلاسه کوي، په وروستي ستون کې نښه شوی او په پنډو تورو چاپ شوی دی.

provision-offer-heading = هغه ملاتړ چې ښوونځی یې وړاندې کوي

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = د { $name } لپاره
provision-mine = هو، ګډون کوي

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = د { $name } ملاتړ څنګه پرمخ ځي

provision-col-start = د پیل نېټه
provision-col-per-week = په اونۍ کې څو ځله
provision-col-score-start = په پیل کې نمره
provision-col-score-end = په پای کې نمره
provision-no-score = لا نه

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = { $name } هره اونۍ کله ملاتړ ترلاسه کوي

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = د اضافي ملاتړ هغه ناستې چې { $name } یې د ښوونځي په یوه عادي اونۍ کې لري: هره ناسته څه ده، څوک یې چلوي او څومره وخت نیسي.

# The heading of the school's week of support (for staff).
provision-school-week-heading = د ملاتړ اونیز مهالوېش

provision-school-week-intro = د ښوونځي په یوه عادي اونۍ کې هر ملاتړ کله ترسره کېږي، څوک یې چلوي، چېرته، او د څو زده کوونکو لپاره دی.

# The first column of the week table: the time a session starts.
provision-col-time = وخت

# The row for sessions whose days are known but not their time.
provision-week-no-time = وخت لا نه دی ټاکل شوی

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقې
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } زده کوونکی
       *[other] { $count } زده کوونکي
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = ستاسو د ماشوم د ملاتړ پلان ({ EN("IEP") }): د والدینو لپاره لارښود
leaflet-iep-intro = ځینې ماشومان په ښوونځي کې د زده کړې او ښه پرمختګ لپاره اضافي مرستې ته اړتیا لري. دا لارښود هغه پلان تشریح کوي چې ښوونځی یې د دې مرستې لپاره لیکي، او دا چې تاسو څنګه پکې برخه اخیستلای شئ.

leaflet-what-heading = د زده کړې انفرادي پلان ({ EN("IEP") }) څه شی دی
leaflet-what-is = د زده کړې انفرادي پلان ({ EN("IEP") }) د یوه ماشوم لپاره یو لنډ پلان دی. اوس ډېر ښوونځي ورته د ملاتړ پلان ({ EN("support plan") }) وايي. په دې کې لیکل شوي چې ستاسو ماشوم پر څه کار کوي، ښوونځی به د مرستې لپاره څه کوي، او تاسو په کور کې څه کولای شئ.
leaflet-what-who = ښوونځی دا پلان له تاسو سره، او که شونې وي له ستاسو له ماشوم سره هم، یو ځای لیکي. تاسو باید خپله نسخه ترلاسه کړئ، او کولای شئ هغه په داسې ژبه یا بڼه وغواړئ چې تاسو یې لوستلای شئ.

leaflet-contents-heading = په پلان کې څه وي
leaflet-contents-intro = یو پلان معمولاً دا برخې لري:
leaflet-contents-strengths = ستاسو د ماشوم وړتیاوې او خوښې
leaflet-contents-needs = ستاسو ماشوم ته څه شی سخت دی
leaflet-contents-targets = درې یا څلور هدفونه: هغه راتلونکي ګامونه چې ستاسو ماشوم یې د ترلاسه کولو لپاره کار کوي
leaflet-contents-help = څوک مرسته کوي، څه کوي، او څو ځله
leaflet-contents-home = تاسو په کور کې څه کولای شئ
leaflet-contents-review = پلان به بیا کله وکتل شي

leaflet-smart-heading = { EN("SMART") } هدفونه
leaflet-smart-intro = ښه هدفونه { EN("SMART") } وي. دا کلمه د پنځو انګلیسي کلمو له لومړیو تورو جوړه شوې ده. مانا دا چې هدفونه:
leaflet-smart-specific = { EN("Specific") } (مشخص): په دقیق ډول وايي چې ستاسو ماشوم به د کوم کار کول زده کړي.
leaflet-smart-measurable = { EN("Measurable") } (د اندازه کولو وړ): هر څوک لیدلای شي چې هدف کله ترلاسه شو.
leaflet-smart-achievable = { EN("Achievable") } (د ترلاسه کولو وړ): ستاسو ماشوم کولای شي د سمې مرستې په ملاتړ یې ترلاسه کړي.
leaflet-smart-relevant = { EN("Relevant") } (اړوند): ستاسو د ماشوم د زده کړې او ژوند لپاره مهم دي.
leaflet-smart-time-bound = { EN("Time-bound") } (وخت ټاکلی): وايي چې تر کومه وخته باید ترلاسه شي، معمولاً تر راتلونکې بیا کتنې پورې.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = د بېلګې په توګه، «ښه لوستل» { EN("SMART") } هدف نه دی. خو «د کلمو پر کارت له { $total } عامو کلمو څخه { $read } کلمې لوستل، په دوو کتنو کې چې ترمنځ یې یوه اونۍ وي، د جنورۍ تر بیا کتنې پورې» { EN("SMART") } هدف دی.

leaflet-review-heading = بیا کتنې
leaflet-review-when = پلان د بیا کتنې په غونډه کې بیا کتل کېږي، معمولاً په هر ترم کې یو ځل، یعنې په کال کې شاوخوا درې ځله. ښوونځی له تاسو سره هر هدف ګوري: ایا ترلاسه شو، او څه شي مرسته وکړه؟
leaflet-review-you = تاسو هرې بیا کتنې ته رابلل کېږئ. ستاسو نظر مهم دی: ښوونځي ته ووایئ چې په کور کې څه وینئ او د څه شي په اړه اندېښنه لرئ. ستاسو ماشوم هم کولای شي برخه واخلي، د غونډې یوې برخې ته په راتلو، یا له غونډې مخکې د خپل نظر په شریکولو. بیا پر نویو هدفونو هوکړه کېږي.

leaflet-map-heading = د اضافي ملاتړ نقشې ({ EN("provision map") })
leaflet-map-what = د اضافي ملاتړ نقشه د هغه ټول اضافي ملاتړ لیست دی چې ښوونځی یې چلوي، لکه د لوستلو کوچنۍ ډلې یا هره ورځ لنډه احوال پوښتنه. دا ښيي چې هر ډول ملاتړ څوک چلوي، څو ځله، او څه توپیر راولي.
leaflet-map-yours = تاسو کولای شئ د خپل ماشوم لپاره د اضافي ملاتړ نقشه وغواړئ. دا هغه ملاتړ ښيي چې ښوونځی یې وړاندې کوي، او هغه ملاتړ نښه کوي چې ستاسو ماشوم یې ترلاسه کوي، د پیل او پای په وخت کې ستاسو د ماشوم له نمرو سره.

leaflet-stages-heading = د ملاتړ کچې
leaflet-stages-intro = ښوونځی د اضافي مرستې د کچو لپاره دا نومونه کاروي:
leaflet-stage-sen-support = د ځانګړو زده کړیزو اړتیاوو لپاره ملاتړ ({ EN("SEN Support") }): ښوونځی د خپلو کارکوونکو او سرچینو په مرسته اضافي مرسته پلان کوي، او د ملاتړ په پلان کې یې لیکي.
leaflet-stage-ehc-plan = د زده کړې، روغتیا او پاملرنې پلان ({ EN("EHC plan") }): د سیمه ییزې ادارې له خوا قانوني پلان، د هغه ماشوم لپاره چې له هغې مرستې ډېرې مرستې ته اړتیا لري چې ښوونځی یې له خپلو سرچینو ورکولای شي.
leaflet-stage-school-action = د ښوونځي له لوري ملاتړ ({ EN("School Action") }): ښوونځی د خپلو کارکوونکو او سرچینو په مرسته اضافي مرسته ورکوي.
leaflet-stage-school-action-plus = د ښوونځي له لوري زیات ملاتړ، د بهرنیو متخصصینو په مرسته ({ EN("School Action Plus") }): ښوونځی د ښوونځي بهر له متخصصینو څخه هم مشوره یا مرسته ترلاسه کوي.
leaflet-stage-statement = د ځانګړو زده کړیزو اړتیاوو رسمي سند ({ EN("Statement of SEN") }): د سیمه ییزې ادارې له خوا قانوني سند چې هغه مرسته ټاکي چې ماشوم یې باید ترلاسه کړي.

leaflet-help-heading = له ښوونځي جلا مرسته
leaflet-help-intro = تاسو هر وخت کولای شئ د ټولګي له ښوونکي یا په ښوونځي کې د ځانګړو اړتیاوو د ملاتړ له مسؤول سره خبرې وکړئ. تاسو کولای شئ داسې وړیا مشوره هم ترلاسه کړئ چې له ښوونځي جلا وي:
leaflet-help-none = له ښوونځي څخه وغواړئ چې تاسو ته د ځانګړو زده کړیزو اړتیاوو لپاره د خپلې سیمې د معلوماتو، مشورې او ملاتړ د خدمت جزییات درکړي. د دې خدمت مشوره وړیا ده، او دا خدمت له ښوونځي جلا دی.

leaflet-formats-heading = بله ژبه یا بله بڼه
leaflet-formats-ask = تاسو کولای شئ له ښوونځي څخه دا پاڼه او د خپل ماشوم پلان په بله ژبه، په لویو تورو، په بریل لیک، یا د غږ د ثبت په بڼه وغواړئ. تاسو کولای شئ هغه د برېښنالیک له لارې هم وغواړئ. یوازې د ټولګي ښوونکي یا د ښوونځي دفتر ته ووایئ.

leaflet-languages-heading = دا پاڼه ستاسو په ژبه

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = دا پاڼه په پښتو ژبه شته. له ښوونځي څخه یې یوه نسخه وغواړئ.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = د بیا کتنې په غونډه کې د پوښتلو لپاره پوښتنې
leaflet-questions-intro = کېدای شي وغواړئ دا کارت د خپل ماشوم د بیا کتنې غونډې ته له ځان سره یوسئ. هغه پوښتنې وټاکئ چې تاسو ته مهمې دي، او د هرې پوښتنې لاندې په تش ځای کې خپل یادښتونه ولیکئ.
leaflet-question-progress = زما ماشوم په هر هدف کې څنګه پرمختګ کړی دی؟
leaflet-question-helped = له زما ماشوم سره تر ټولو ډېره مرسته په څه شي شوې ده، او څه شي ګټه نه ده کړې؟
leaflet-question-next = نوي هدفونه کوم دي، او ولې همدا هدفونه؟
leaflet-question-who = څوک به له زما ماشوم سره مرسته کوي، او څو ځله؟
leaflet-question-home = زه په کور کې د مرستې لپاره څه کولای شم؟
leaflet-question-child = زما ماشوم څه فکر کوي، او څنګه برخه اخیستلای شي؟
leaflet-question-friends = زما ماشوم له نورو ماشومانو سره څنګه اړیکې لري؟
leaflet-question-assess = ایا د ښوونځي بهر څخه کومه کتنه یا مرسته پلان شوې ده؟
leaflet-question-contact = که له راتلونکې بیا کتنې مخکې اندېښنه ولرم، له چا سره خبرې وکړم؟
leaflet-question-next-review = راتلونکې بیا کتنه کله ده؟
