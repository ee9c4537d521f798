# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = { $pupil } کے لیے مدد کا پلان

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = { $pupil } کے لیے مدد کا پلان

# Under the main heading, for the family's copy.
iep-copy-parent = انفرادی تعلیمی پلان ({ EN("IEP") }): گھر والوں کی کاپی

# Under the main heading, for the school's copy.
iep-copy-school = انفرادی تعلیمی پلان ({ EN("IEP") }): اسکول کی کاپی

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = گروپ میں سیکھنے کا پلان – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = گروپ میں سیکھنے کا پلان: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = گروپ میں سیکھنے کا پلان: گھر والوں کی کاپی

# Under the main heading, for the school's copy.
group-copy-school = گروپ میں سیکھنے کا پلان: اسکول کی کاپی

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = ایک چھوٹے گروپ میں { $name } کے ساتھ ان اہداف پر کام ہوتا ہے۔ گروپ میں دوسرے بچے بھی ہیں جنہیں اسی طرح کی مدد کی ضرورت ہے۔ یہ پلان بتاتا ہے کہ گروپ کن باتوں پر کام کر رہا ہے، کون مدد کرتا ہے، اور آپ گھر پر { $name } کی مدد کیسے کر سکتے ہیں۔

## Opening for parents

iep-intro-heading = اس پلان کے بارے میں

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = یہ پلان بتاتا ہے کہ { $name } کو اسکول میں کون سی اضافی مدد ملتی ہے۔ اس میں لکھا ہے کہ { $name } کے لیے کن باتوں پر کام ہو رہا ہے، کون مدد کرتا ہے، اور آپ گھر پر کیسے مدد کر سکتے ہیں۔

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = ہم { $date } کو آپ کے ساتھ مل کر اس پلان کو دوبارہ دیکھیں گے۔ اس ملاقات میں آپ سوال پوچھ سکتے ہیں اور ہمیں اپنی رائے بتا سکتے ہیں۔ آپ چاہیں تو کسی کو اپنے ساتھ لا سکتے ہیں۔

iep-intro-formats = اگر آپ کو یہ پلان کسی اور زبان میں یا بڑے حروف میں چاہیے، یا آپ چاہتے ہیں کہ کوئی اسے پڑھ کر سنائے، تو براہ کرم اسکول کے دفتر سے کہیں۔

## Key facts

facts-heading = اہم معلومات
fact-pupil = طالب علم
fact-known-as = پکارنے کا نام
fact-date-of-birth = تاریخ پیدائش
fact-year-group = اسکول کا سال ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] ریسپشن (اسکول کا پہلا سال)
       *[other] ایئر { $year }
    }

fact-class = کلاس
fact-family = والدین اور دیکھ بھال کرنے والے
fact-stage = مدد کا درجہ
fact-areas = کن باتوں میں مدد کی ضرورت ہے
fact-class-teacher = کلاس ٹیچر
fact-written-by = پلان لکھنے والے
fact-start = پلان شروع ہونے کی تاریخ
fact-review = جائزے کی تاریخ

## Stages of support

stage-sen-support = خصوصی تعلیمی ضروریات کے لیے مدد ({ EN("SEN Support") })
stage-ehc-plan = تعلیم، صحت اور دیکھ بھال کا پلان ({ EN("EHC plan") })
stage-early-years-action = ابتدائی سالوں میں مدد ({ EN("Early Years Action") })
stage-early-years-action-plus = ابتدائی سالوں میں اضافی مدد ({ EN("Early Years Action Plus") })
stage-school-action = اسکول کی طرف سے مدد ({ EN("School Action") })
stage-school-action-plus = اسکول کی طرف سے اضافی مدد ({ EN("School Action Plus") })
stage-statement = خصوصی تعلیمی ضروریات کا سرکاری بیان ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = بات چیت اور میل جول
area-cognition-and-learning = سیکھنا اور سمجھنا
area-social-emotional-mental-health = سماجی، جذباتی اور ذہنی صحت
area-sensory-and-physical = حسی اور جسمانی ضروریات

## Relationships

relationship-mother = والدہ
relationship-father = والد
relationship-parent = والد/والدہ
relationship-carer = دیکھ بھال کرنے والے
relationship-foster-carer = فوسٹر کیئرر (پرورش کرنے والے)
relationship-guardian = سرپرست
relationship-grandmother = دادی/نانی
relationship-grandfather = دادا/نانا
relationship-aunt = خالہ/پھوپھی
relationship-uncle = چچا/ماموں
relationship-sister = بہن
relationship-brother = بھائی

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps". Written in the form that reads well after a name.

role-teaching-assistant = ٹیچنگ اسسٹنٹ
role-class-teacher = کلاس ٹیچر
role-senco = خصوصی ضروریات والے بچوں کی مدد کے ذمہ دار، { EN("SENCo") }
role-learning-mentor = تعلیمی رہنما، { EN("learning mentor") }
role-teacher-of-the-deaf = سماعت کی کمی والے بچوں کے ٹیچر
role-specialist-teacher = ماہر ٹیچر
role-speech-and-language-therapist = بول چال اور زبان کے تھراپسٹ
role-educational-psychologist = تعلیمی ماہر نفسیات
role-occupational-therapist = روزمرہ کاموں کی مہارت کے تھراپسٹ، { EN("occupational therapist") }
role-physiotherapist = فزیوتھراپسٹ
role-school-nurse = اسکول نرس
role-family-support-worker = خاندان کی مدد کے کارکن، { EN("family support worker") }
role-head-teacher = ہیڈ ٹیچر
role-lunchtime-supervisor = دوپہر کے کھانے کے وقفے کے نگران

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] ایک منٹ
       *[other] { $minutes } منٹ
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] ہفتے میں ایک دن صبح کے وقت
               *[other] ہفتے میں { $times } دن صبح کے وقت
            }
        [afternoon]
            { $times ->
                [one] ہفتے میں ایک دن دوپہر کے بعد
               *[other] ہفتے میں { $times } دن دوپہر کے بعد
            }
        [lunchtime]
            { $times ->
                [one] ہفتے میں ایک دن دوپہر کے کھانے کے وقفے میں
               *[other] ہفتے میں { $times } دن دوپہر کے کھانے کے وقفے میں
            }
       *[none]
            { $times ->
                [one] ہفتے میں ایک بار
               *[other] ہفتے میں { $times } بار
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
                [one] ہر { $days } کی صبح
               *[other] ہر { $days } کی صبح
            }
        [afternoon]
            { $count ->
                [one] ہر { $days } کو دوپہر کے بعد
               *[other] ہر { $days } کو دوپہر کے بعد
            }
        [lunchtime]
            { $count ->
                [one] ہر { $days } کو دوپہر کے کھانے کے وقفے میں
               *[other] ہر { $days } کو دوپہر کے کھانے کے وقفے میں
            }
       *[none]
            { $count ->
                [one] ہر { $days } کو
               *[other] ہر { $days } کو
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] ہر پیریڈ میں
        [day] ہر روز
        [morning] ہر صبح
        [afternoon] ہر روز دوپہر کے بعد
        [lunchtime] ہر روز دوپہر کے کھانے کے وقفے میں
        [playtime] ہر تفریح کے وقفے میں
        [after-playtime] ہر تفریح کے وقفے کے بعد
        [week] ہر ہفتے
        [two-weeks] ہر دو ہفتے بعد
        [half-term] ہر ہاف ٹرم میں
       *[term] ہر ٹرم میں
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } { $time } بجے

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] ایک ہفتے تک
       *[other] { $weeks } ہفتوں تک
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
about-heading = { $name } کی خوبیاں اور پسند کی چیزیں

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } کو کن باتوں میں مشکل ہوتی ہے

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = { $name } کو کن چیزوں سے مدد ملتی ہے

## Targets

targets-heading = اہداف

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] اس پلان میں { $name } کے لیے ایک ہدف ہے۔
       *[other] اس پلان میں { $name } کے لیے { $count } اہداف ہیں۔
    } ہدف ایک چھوٹا قدم ہوتا ہے جسے ہم جانچ سکتے ہیں۔

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = ہدف { $number }

target-who = کون مدد کرے گا
target-does-what = وہ کیا کریں گے
target-when = کب اور کتنی بار
target-success = ہمیں کیسے پتا چلے گا کہ فائدہ ہو رہا ہے
target-home = آپ گھر پر کیا کر سکتے ہیں

## The rest of the plan

home-heading = گھر پر مدد
exit-heading = اضافی مدد کب ختم ہو سکتی ہے
further-heading = مزید جانچ اور سروسز
further-assessments = ہم نے جو جانچ طے کی ہے
further-agencies = اسکول سے باہر کی سروسز جو مدد کر رہی ہیں

## Outside agencies

agency-educational-psychology = تعلیمی ماہر نفسیات ({ EN("educational psychologist") })
agency-speech-and-language-therapy = بول چال اور زبان کی تھراپی ({ EN("speech and language therapy") })
agency-behaviour-support = رویے میں مدد کی سروس ({ EN("behaviour support") })
agency-hearing-support = سننے میں مدد کی سروس ({ EN("hearing support") })
agency-vision-support = دیکھنے میں مدد کی سروس ({ EN("vision support") })
agency-sensory-support = حسی مدد کی سروس ({ EN("sensory support") })
agency-occupational-therapy = روزمرہ کاموں کی مہارت کی تھراپی ({ EN("occupational therapy") })
agency-physiotherapy = فزیوتھراپی ({ EN("physiotherapy") })
agency-camhs = بچوں اور نوجوانوں کی ذہنی صحت کی سروس ({ EN("CAMHS") })
agency-school-nurse = اسکول نرس
agency-paediatrician = بچوں کے ڈاکٹر ({ EN("paediatrician") })
agency-early-help = خاندان کے لیے ابتدائی مدد ({ EN("early help") })

## Review

review-heading = پلان کیسا رہا
review-date = ملاقات کی تاریخ
review-present = کون کون آیا
review-outcomes = اہداف اور نتائج
review-col-target = ہدف
review-col-result = نتیجہ
review-col-comment = تبصرہ

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = ہدف { $number }

outcome-achieved = حاصل ہو گیا
outcome-partly = کچھ حد تک حاصل ہوا
outcome-not-yet = ابھی حاصل نہیں ہوا

review-progress = پیش رفت

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } نے کیا کہا

review-parent-comment = گھر والوں نے کیا کہا
review-teacher-comment = اسکول نے کیا کہا
review-next-steps = اگلے قدم
review-next-review = اگلا جائزہ

## Help for parents

contact-heading = سوالات اور مدد

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = اگر اس پلان کے بارے میں آپ کا کوئی سوال ہو تو براہ کرم کلاس ٹیچر سے یا { $senco } ({ EN("SENCo") }) سے بات کریں۔ وہ اسکول میں خصوصی ضروریات والے بچوں کی مدد کے ذمہ دار ہیں۔

contact-school-phone = اسکول کا فون نمبر

support-intro = آپ ایک ایسی سروس سے بھی مفت مشورہ لے سکتے ہیں جو اسکول سے الگ ہے:
support-phone = فون
support-text = ٹیکسٹ میسج
support-email = ای میل
support-web = ویب سائٹ
support-drop-in = بغیر وقت لیے ملاقات ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = صفحہ { $page } از { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = والدین سے ملاقات کی شام کے لیے پرنٹ پیک

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = اس پیک میں { $appointments ->
        [one] ایک ملاقات
       *[other] { $appointments } ملاقاتوں
    } کے لیے { $documents ->
        [one] ایک دستاویز ہے
       *[other] { $documents } دستاویزات ہیں
    }، ملاقاتوں کی ترتیب کے مطابق۔

pack-duplex = براہ کرم اسے کاغذ کے دونوں طرف پرنٹ کریں۔ ہر دستاویز نئے ورق سے شروع ہوتی ہے، اس لیے کسی بھی ورق پر دو مختلف گھرانوں کے کاغذات نہیں ہوتے۔

pack-files = ہر دستاویز ایک الگ فائل کے طور پر بھی محفوظ ہے۔ جب کسی بچے کے گھر والے ای میل پر کاپی مانگیں تو انہیں صرف ان کی اپنی فائل بھیجیں: اسکرین ریڈر اسے پڑھ کر سنا سکتا ہے۔

pack-appointments-heading = ملاقاتیں
pack-col-time = وقت
pack-col-pupil = طالب علم
pack-col-teacher = ٹیچر
pack-col-room = کمرہ
pack-col-parent-copy = گھر والوں کی کاپی
pack-col-school-copy = اسکول کی کاپی
pack-col-page = صفحہ

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = { $language } میں گھر والوں کی کاپی
pack-copy-parent-large = { $language } میں گھر والوں کی کاپی، بڑے حروف میں
pack-copy-school = { $language } میں اسکول کی کاپی

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }، بڑے حروف میں

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } تحریر کا ترجمہ نہیں ہوا
       *[other] { $count } تحریروں کا ترجمہ نہیں ہوا
    })

pack-missing-heading = اس پیک میں شامل نہیں
pack-missing-intro = ان ملاقاتوں کے لیے کوئی دستاویز نہیں ہے، کیونکہ ان کے پلانوں سے دستاویزات نہیں بن سکیں۔ سب پلانوں کا کام ختم ہونے پر جو خلاصہ دکھایا جاتا ہے، اس میں لکھا ہے کہ کیا ٹھیک کرنا ہے۔
pack-col-problem = مسئلہ

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] انگریزی
        [pl] پولش
        [ro] رومانیائی
        [pa] پنجابی (گرمکھی رسم الخط)
        [pa-Arab] پنجابی (شاہ مکھی رسم الخط)
        [ur] اردو
        [pt] پرتگالی
        [es] ہسپانوی
        [it] اطالوی
        [fr] فرانسیسی
        [bn] بنگالی
        [gu] گجراتی
        [ar] عربی
        [sq] البانوی
        [so] صومالی
        [lt] لتھوانیائی
        [uk] یوکرینی
        [tr] ترکی
        [fa] فارسی
        [ta] تمل
        [bg] بلغاری
        [hu] ہنگیرین
        [ru] روسی
        [zh-Hans] چینی (آسان کردہ)
        [zh-Hant] روایتی چینی
        [ps] پشتو
        [ti] ٹگرینیا
        [ne] نیپالی
       *[other] { $tag }
    }

## Provision map
# The school's costed list of extra support, and a parent's copy with their child's part
# marked. Amounts of money come in already formatted for the language (see money).

# An amount of money in pounds.
# Variables:
#   $amount (String) - the amount, with the language's digits and separators
# The sign and the amount are one left-to-right unit (U+2066 … U+2069, a left-to-right
# isolate), so that the £ stays on the amount's left in a right-to-left line, as in
# "£1,249.17": after Arabic letters it would otherwise move to the amount's right.
money = { "\u2066" }£{ $amount }{ "\u2069" }

# The title in the PDF viewer's window bar of the school's map.
# Variables:
#   $school (String) - the school's name
provision-title = اضافی مدد کا نقشہ – { $school }
provision-heading = اضافی مدد کا نقشہ ({ EN("provision map") })
provision-intro = اس نقشے میں وہ اضافی مدد درج ہے جو اسکول خصوصی تعلیمی ضروریات والے طلبہ کے لیے فراہم کرتا ہے: یہ مدد کون دیتا ہے، کتنی بار، اس پر کتنا خرچ آتا ہے، کون اس میں شامل ہے اور اس سے کیا فرق پڑتا ہے۔

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = اس شعبے کا کل خرچ: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = تمام اضافی مدد کا کل خرچ: { $amount }

provision-col-support = مدد
provision-col-staff = مدد دینے والے
provision-col-group = گروپ میں بچوں کی تعداد
provision-col-often = کتنی بار
provision-col-weeks = ہفتے
provision-col-measure = پیش رفت کیسے ناپی جاتی ہے
provision-col-cost = خرچ
provision-col-per-pupil = ہر طالب علم کا خرچ
provision-col-pupils = طلبہ

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } منٹ، { $sessions ->
        [one] ہفتے میں ایک بار
       *[other] ہفتے میں { $sessions } بار
    }

provision-impact-heading = اثر
provision-impact-intro = یہ حصہ ان طلبہ کے بارے میں ہے جن کا شروع اور آخر، دونوں وقت کا اسکور موجود ہے۔ فی پوائنٹ خرچ کا مطلب ہے: ہر طالب علم کا خرچ، اوسط اضافے سے تقسیم کیا ہوا۔
provision-col-entry = شروع میں اوسط اسکور
provision-col-exit = آخر میں اوسط اسکور
provision-col-gain = اوسط اضافہ
provision-col-per-point = ہر طالب علم کا خرچ، ہر بڑھنے والے پوائنٹ پر
provision-no-scores = ابھی کوئی اسکور نہیں

provision-gaps-heading = کمیاں
provision-no-gaps = پلانوں میں لکھی ہر ضرورت کے لیے طالب علم کسی نہ کسی مدد میں شامل ہے۔

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: پلان میں ایسی ضروریات لکھی ہیں جن کے لیے اس کی کسی بھی مدد میں انتظام نہیں ({ $areas })۔

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = ضرورت کے اس شعبے کے لیے کوئی مدد نہیں: { $area }۔

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = اضافی مدد کا نقشہ – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = { $name } کے لیے اضافی مدد

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = یہ نقشہ وہ اضافی مدد دکھاتا ہے جو اسکول ان بچوں کو دیتا ہے جنہیں اس کی ضرورت ہو۔ { $name } کو جو مدد ملتی ہے، اس پر آخری کالم میں نشان لگا ہے اور وہ موٹے حروف میں چھپی ہے۔

provision-offer-heading = اسکول کی طرف سے دی جانے والی مدد

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } کے لیے
provision-mine = ہاں، شامل ہے

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name } کی مدد کیسی چل رہی ہے

provision-col-start = شروع ہونے کی تاریخ
provision-col-per-week = ہفتے میں کتنی بار
provision-col-score-start = شروع میں اسکور
provision-col-score-end = آخر میں اسکور
provision-no-score = ابھی نہیں

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = ہر ہفتے { $name } کو مدد کب ملتی ہے

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = اسکول کے ایک عام ہفتے میں { $name } کو ملنے والی اضافی مدد کے سیشن: ہر سیشن کیا ہے، اسے کون چلاتا ہے، اور یہ کتنی دیر چلتا ہے۔

# The heading of the school's week of support (for staff).
provision-school-week-heading = ہفتے بھر کی مدد

provision-school-week-intro = اسکول کے ایک عام ہفتے میں ہر مدد کب ہوتی ہے، اسے کون چلاتا ہے، کہاں، اور یہ کتنے طلبہ کے لیے ہے۔

# The first column of the week table: the time a session starts.
provision-col-time = وقت

# The row for sessions whose days are known but not their time.
provision-week-no-time = وقت ابھی طے نہیں ہوا

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } طالب علم
       *[other] { $count } طلبہ
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = آپ کے بچے کے لیے مدد کا پلان ({ EN("IEP") }): والدین کے لیے رہنمائی
leaflet-iep-intro = کچھ بچوں کو اسکول میں سیکھنے اور اچھی طرح آگے بڑھنے کے لیے اضافی مدد کی ضرورت ہوتی ہے۔ یہ رہنمائی بتاتی ہے کہ اسکول اس مدد کے لیے کون سا پلان لکھتا ہے، اور آپ اس میں کیسے حصہ لے سکتے ہیں۔

leaflet-what-heading = انفرادی تعلیمی پلان ({ EN("IEP") }) کیا ہے
leaflet-what-is = انفرادی تعلیمی پلان ({ EN("IEP") }) ایک بچے کے لیے بنا ہوا ایک مختصر پلان ہے۔ اب بہت سے اسکول اسے مدد کا پلان ({ EN("support plan") }) کہتے ہیں۔ اس میں لکھا ہوتا ہے کہ آپ کا بچہ کن باتوں پر کام کر رہا ہے، اسکول مدد کے لیے کیا کرے گا، اور آپ گھر پر کیا کر سکتے ہیں۔
leaflet-what-who = اسکول یہ پلان آپ کے ساتھ مل کر لکھتا ہے، اور جہاں ممکن ہو، آپ کے بچے کے ساتھ بھی۔ آپ کو اس کی اپنی کاپی ملنی چاہیے، اور آپ اسے ایسی زبان یا شکل میں مانگ سکتے ہیں جو آپ پڑھ سکیں۔

leaflet-contents-heading = پلان میں کیا لکھا ہوتا ہے
leaflet-contents-intro = پلان میں عام طور پر یہ حصے ہوتے ہیں:
leaflet-contents-strengths = آپ کا بچہ کن کاموں میں اچھا ہے اور اسے کیا پسند ہے
leaflet-contents-needs = آپ کے بچے کو کن باتوں میں مشکل ہوتی ہے
leaflet-contents-targets = تین یا چار اہداف: وہ اگلے قدم جن کی طرف آپ کا بچہ بڑھ رہا ہے
leaflet-contents-help = کون مدد کرتا ہے، وہ کیا کرتے ہیں، اور کتنی بار
leaflet-contents-home = آپ گھر پر کیا کر سکتے ہیں
leaflet-contents-review = پلان کو دوبارہ کب دیکھا جائے گا

leaflet-smart-heading = ایسے اہداف جو { EN("SMART") } ہوں
leaflet-smart-intro = اچھے اہداف { EN("SMART") } ہوتے ہیں۔ یہ لفظ انگریزی کے پانچ لفظوں کے پہلے حروف سے بنا ہے۔ اس کا مطلب یہ ہے:
leaflet-smart-specific = { EN("Specific") } (واضح): ان میں صاف لکھا ہوتا ہے کہ آپ کا بچہ کیا کرنا سیکھے گا۔
leaflet-smart-measurable = { EN("Measurable") } (ناپنے کے قابل): سب دیکھ سکتے ہیں کہ ہدف کب حاصل ہو گیا۔
leaflet-smart-achievable = { EN("Achievable") } (ممکن): صحیح مدد ملے تو آپ کا بچہ انہیں حاصل کر سکتا ہے۔
leaflet-smart-relevant = { EN("Relevant") } (متعلقہ): یہ آپ کے بچے کی پڑھائی اور زندگی کے لیے اہم ہوتے ہیں۔
leaflet-smart-time-bound = { EN("Time-bound") } (مقررہ وقت): ان میں لکھا ہوتا ہے کہ ہدف کب تک حاصل کرنا ہے، عام طور پر اگلے جائزے تک۔
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = مثال کے طور پر، “بہتر پڑھنا” { EN("SMART") } ہدف نہیں ہے۔ لیکن “جنوری کے جائزے تک، لفظوں کے کارڈ پر لکھے { $total } عام لفظوں میں سے { $read } لفظ پڑھ لینا، ایک ہفتے کے فرق سے دو بار جانچنے پر” { EN("SMART") } ہدف ہے۔

leaflet-review-heading = جائزے
leaflet-review-when = جائزے کی ملاقات میں پلان کو دوبارہ دیکھا جاتا ہے۔ یہ ملاقات عام طور پر ہر ٹرم میں ایک بار ہوتی ہے، یعنی سال میں تقریباً تین بار۔ اسکول آپ کے ساتھ مل کر ہر ہدف کو دیکھتا ہے: کیا یہ حاصل ہوا، اور کس چیز سے مدد ملی؟
leaflet-review-you = آپ کو ہر جائزے میں بلایا جاتا ہے۔ آپ کی رائے اہم ہے: اسکول کو بتائیں کہ آپ گھر پر کیا دیکھتے ہیں اور آپ کو کس بات کی فکر ہے۔ آپ کا بچہ بھی حصہ لے سکتا ہے، ملاقات کے کچھ حصے میں آ کر یا ملاقات سے پہلے اپنی رائے بتا کر۔ پھر نئے اہداف طے کیے جاتے ہیں۔

leaflet-map-heading = اضافی مدد کا نقشہ ({ EN("provision map") })
leaflet-map-what = اضافی مدد کا نقشہ اسکول کی ایک فہرست ہے۔ اس میں وہ ساری اضافی مدد لکھی ہوتی ہے جو اسکول دیتا ہے، جیسے چھوٹے گروپوں میں پڑھائی یا ہر روز بچے کا حال پوچھنا۔ اس میں لکھا ہوتا ہے کہ ہر طرح کی مدد کون دیتا ہے، کتنی بار، اور اس سے کیا فرق پڑتا ہے۔
leaflet-map-yours = آپ اپنے بچے کے لیے اضافی مدد کا نقشہ مانگ سکتے ہیں۔ اس میں وہ مدد دکھائی جاتی ہے جو اسکول دیتا ہے، اور جو مدد آپ کے بچے کو ملتی ہے اس پر نشان لگا ہوتا ہے۔ ساتھ میں شروع اور آخر میں آپ کے بچے کے اسکور بھی لکھے ہوتے ہیں۔

leaflet-stages-heading = مدد کے درجے
leaflet-stages-intro = اسکول اضافی مدد کے درجوں کے لیے یہ نام استعمال کرتا ہے:
leaflet-stage-sen-support = خصوصی تعلیمی ضروریات کے لیے مدد ({ EN("SEN Support") }): اسکول اپنے عملے اور وسائل سے اضافی مدد کا انتظام کرتا ہے، اور اسے مدد کے پلان میں لکھتا ہے۔
leaflet-stage-ehc-plan = تعلیم، صحت اور دیکھ بھال کا پلان ({ EN("EHC plan") }): مقامی کونسل کی طرف سے ایک قانونی پلان۔ یہ اس بچے کے لیے ہوتا ہے جسے اس سے زیادہ مدد چاہیے جتنی اسکول اپنے وسائل سے دے سکتا ہے۔
leaflet-stage-school-action = اسکول کی طرف سے مدد ({ EN("School Action") }): اسکول اپنے عملے اور وسائل سے اضافی مدد دیتا ہے۔
leaflet-stage-school-action-plus = اسکول کی طرف سے اضافی مدد ({ EN("School Action Plus") }): اسکول، اسکول سے باہر کے ماہرین سے بھی مشورہ یا مدد لیتا ہے۔
leaflet-stage-statement = خصوصی تعلیمی ضروریات کا سرکاری بیان ({ EN("Statement of SEN") }): مقامی کونسل کی طرف سے ایک قانونی دستاویز، جس میں لکھا ہوتا ہے کہ بچے کو کون سی مدد لازمی ملنی چاہیے۔

leaflet-help-heading = اسکول سے الگ مدد اور مشورہ
leaflet-help-intro = آپ کسی بھی وقت کلاس ٹیچر سے، یا اسکول میں خصوصی ضروریات والے بچوں کی مدد کے ذمہ دار سے بات کر سکتے ہیں۔ آپ ایک ایسی سروس سے بھی مفت مشورہ لے سکتے ہیں جو اسکول سے الگ ہے:
leaflet-help-none = اسکول سے اپنے علاقے کی اس سروس کی تفصیلات مانگیں جو خصوصی تعلیمی ضروریات کے بارے میں معلومات، مشورہ اور مدد دیتی ہے۔ اس کا مشورہ مفت ہے اور یہ سروس اسکول سے الگ ہے۔

leaflet-formats-heading = کوئی اور زبان یا شکل
leaflet-formats-ask = آپ اسکول سے یہ کتابچہ اور اپنے بچے کا پلان کسی اور زبان میں، بڑے حروف میں، بریل میں یا ریکارڈنگ کی شکل میں مانگ سکتے ہیں۔ آپ انہیں ای میل پر بھی منگوا سکتے ہیں۔ بس کلاس ٹیچر یا اسکول کے دفتر کو بتا دیں۔

leaflet-languages-heading = یہ کتابچہ آپ کی زبان میں

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = یہ کتابچہ اردو میں دستیاب ہے۔ اس کی کاپی کے لیے اسکول سے کہیں۔

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = جائزے کی ملاقات میں پوچھنے کے لیے سوالات
leaflet-questions-intro = ہو سکتا ہے آپ یہ کارڈ اپنے بچے کے جائزے کی ملاقات میں ساتھ لے جانا چاہیں۔ وہ سوال چنیں جو آپ کے لیے اہم ہیں، اور ہر سوال کے نیچے خالی جگہ میں نوٹ لکھیں۔
leaflet-question-progress = میرا بچہ ہر ہدف میں کتنا آگے بڑھا؟
leaflet-question-helped = میرے بچے کو سب سے زیادہ کس چیز سے مدد ملی، اور کیا چیز کام نہیں آئی؟
leaflet-question-next = نئے اہداف کیا ہیں، اور یہی اہداف کیوں؟
leaflet-question-who = میرے بچے کی مدد کون کرے گا، اور کتنی بار؟
leaflet-question-home = گھر پر مدد کے لیے میں کیا کروں؟
leaflet-question-child = میرا بچہ کیا سوچتا ہے، اور وہ کیسے حصہ لے سکتا ہے؟
leaflet-question-friends = دوسرے بچوں کے ساتھ میرے بچے کا میل جول کیسا ہے؟
leaflet-question-assess = کیا اسکول سے باہر کے ماہرین کی طرف سے کوئی جانچ یا مدد طے کی گئی ہے؟
leaflet-question-contact = اگر اگلے جائزے سے پہلے مجھے کوئی فکر ہو تو میں کس سے بات کروں؟
leaflet-question-next-review = اگلا جائزہ کب ہے؟
