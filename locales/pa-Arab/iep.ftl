# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = { $pupil } لئی مدد دا پلان

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = { $pupil } لئی مدد دا پلان

# Under the main heading, for the family's copy.
iep-copy-parent = انفرادی تعلیمی پلان ({ EN("IEP") }): گھر والیاں دی کاپی

# Under the main heading, for the school's copy.
iep-copy-school = انفرادی تعلیمی پلان ({ EN("IEP") }): سکول دی کاپی

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = گروپ وچ سکھن دا پلان – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = گروپ وچ سکھن دا پلان: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = گروپ وچ سکھن دا پلان: گھر والیاں دی کاپی

# Under the main heading, for the school's copy.
group-copy-school = گروپ وچ سکھن دا پلان: سکول دی کاپی

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = اک نکے گروپ وچ { $name } نال ایہناں ہدفاں اُتے کم ہوندا اے۔ گروپ وچ ہور بچے وی نیں جنہاں نوں ایسے طرح دی مدد دی لوڑ اے۔ ایہہ پلان دسدا اے کہ گروپ کیہڑیاں گلاں اُتے کم کر رہیا اے، کون مدد کردا اے، تے تسیں گھر وچ { $name } دی مدد کیویں کر سکدے او۔

## Opening for parents

iep-intro-heading = ایس پلان بارے

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = ایہہ پلان دسدا اے کہ { $name } نوں سکول وچ کیہڑی وادھو مدد ملدی اے۔ ایس وچ لکھیا اے کہ { $name } نال کیہڑیاں گلاں اُتے کم ہو رہیا اے، کون مدد کردا اے، تے تسیں گھر وچ کیویں مدد کر سکدے او۔

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = اسیں { $date } نوں تہاڈے نال مل کے ایس پلان نوں فیر ویکھاں گے۔ اوس ملاقات وچ تسیں سوال پچھ سکدے او تے سانوں دس سکدے او کہ تسیں کیہ سوچدے او۔ جے تسیں چاہو تے کسے نوں اپنے نال لیا سکدے او۔

iep-intro-formats = جے تہانوں ایہہ پلان کسے ہور زبان وچ یا وڈے اکھراں وچ چاہیدا اے، یا تسیں چاہندے او کہ کوئی ایہنوں پڑھ کے سناوے، تے مہربانی کر کے سکول دے دفتر نال گل کرو۔

## Key facts

facts-heading = اہم معلومات
fact-pupil = طالب علم
fact-known-as = پکارن دا ناں
fact-date-of-birth = تاریخ پیدائش
fact-year-group = سکول دا سال ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] ریسپشن (سکول دا پہلا سال)
       *[other] ایئر { $year }
    }

fact-class = کلاس
fact-family = ماپے تے دیکھ بھال کرن والے
fact-stage = مدد دا درجہ
fact-areas = کیہڑیاں گلاں وچ مدد دی لوڑ اے
fact-class-teacher = کلاس ٹیچر
fact-written-by = پلان لکھن والے
fact-start = پلان شروع ہون دی تاریخ
fact-review = جائزے دی تاریخ

## Stages of support

stage-sen-support = خاص تعلیمی لوڑاں لئی مدد ({ EN("SEN Support") })
stage-ehc-plan = تعلیم، صحت تے دیکھ بھال دا پلان ({ EN("EHC plan") })
stage-early-years-action = نکی عمر وچ مدد ({ EN("Early Years Action") })
stage-early-years-action-plus = نکی عمر وچ وادھو مدد ({ EN("Early Years Action Plus") })
stage-school-action = سکول ولوں مدد ({ EN("School Action") })
stage-school-action-plus = سکول ولوں وادھو مدد ({ EN("School Action Plus") })
stage-statement = خاص تعلیمی لوڑاں دا سرکاری بیان ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = گل بات تے میل جول
area-cognition-and-learning = سکھنا تے سمجھنا
area-social-emotional-mental-health = سماجی، جذباتی تے ذہنی صحت
area-sensory-and-physical = حواس تے جسم نال جڑیاں لوڑاں

## Relationships

relationship-mother = والدہ
relationship-father = والد
relationship-parent = والد/والدہ
relationship-carer = دیکھ بھال کرن والے
relationship-foster-carer = پرورش کرن والے ({ EN("foster carer") })
relationship-guardian = سرپرست
relationship-grandmother = دادی/نانی
relationship-grandfather = دادا/نانا
relationship-aunt = ماسی/پھپھی
relationship-uncle = چاچا/ماما
relationship-sister = بھین
relationship-brother = بھرا

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps". Written in the form that reads well after a name.

role-teaching-assistant = ٹیچنگ اسسٹنٹ
role-class-teacher = کلاس ٹیچر
role-senco = خاص لوڑاں لئی مدد دے ذمہ دار، { EN("SENCo") }
role-learning-mentor = سکھن وچ صلاح کار، { EN("learning mentor") }
role-teacher-of-the-deaf = سنن دی کمی والے بچیاں لئی ٹیچر
role-specialist-teacher = ماہر ٹیچر
role-speech-and-language-therapist = بول چال تے زبان دے تھراپسٹ
role-educational-psychologist = تعلیمی ماہر نفسیات
role-occupational-therapist = روز دے کماں دی مہارت لئی تھراپسٹ، { EN("occupational therapist") }
role-physiotherapist = فزیوتھراپسٹ
role-school-nurse = سکول نرس
role-family-support-worker = ٹبر دی مدد لئی کارکن، { EN("family support worker") }
role-head-teacher = ہیڈ ٹیچر
role-lunchtime-supervisor = دوپہر دے کھانے ویلے نگران

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } منٹ
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
                [one] ہفتے وچ { $times } دن سویرے
               *[other] ہفتے وچ { $times } دن سویرے
            }
        [afternoon]
            { $times ->
                [one] ہفتے وچ { $times } دن دوپہر توں بعد
               *[other] ہفتے وچ { $times } دن دوپہر توں بعد
            }
        [lunchtime]
            { $times ->
                [one] ہفتے وچ { $times } دن دوپہر دے کھانے ویلے
               *[other] ہفتے وچ { $times } دن دوپہر دے کھانے ویلے
            }
       *[none]
            { $times ->
                [one] ہفتے وچ { $times } واری
               *[other] ہفتے وچ { $times } واری
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
                [one] ہر { $days } سویرے
               *[other] ہر { $days } سویرے
            }
        [afternoon]
            { $count ->
                [one] ہر { $days } دوپہر توں بعد
               *[other] ہر { $days } دوپہر توں بعد
            }
        [lunchtime]
            { $count ->
                [one] ہر { $days } دوپہر دے کھانے ویلے
               *[other] ہر { $days } دوپہر دے کھانے ویلے
            }
       *[none]
            { $count ->
                [one] ہر { $days } نوں
               *[other] ہر { $days } نوں
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] ہر پیریڈ وچ
        [day] ہر روز
        [morning] ہر روز سویرے
        [afternoon] ہر روز دوپہر توں بعد
        [lunchtime] ہر روز دوپہر دے کھانے ویلے
        [playtime] ہر کھیڈن دی چھٹی ویلے
        [after-playtime] ہر کھیڈن دی چھٹی توں بعد
        [week] ہر ہفتے
        [two-weeks] ہر دو ہفتیاں بعد
        [half-term] ہر ہاف ٹرم وچ
       *[term] ہر ٹرم وچ
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } { $time } وجے

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] { $weeks } ہفتے لئی
       *[other] { $weeks } ہفتیاں لئی
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
about-heading = { $name } دیاں خوبیاں تے پسند دیاں چیزاں

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } نوں کیہڑیاں گلاں اوکھیاں لگدیاں نیں

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = { $name } نوں کیہڑیاں چیزاں نال مدد ملدی اے

## Targets

targets-heading = اہداف

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] ایس پلان وچ { $name } لئی { $count } ہدف اے۔
       *[other] ایس پلان وچ { $name } لئی { $count } ہدف نیں۔
    } ہدف اک نکا جیہا قدم ہوندا اے جس نوں اسیں جانچ سکدے آں۔

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = ہدف { $number }

target-who = کون مدد کرے گا
target-does-what = اوہ کیہ کرن گے
target-when = کدوں تے کنی واری
target-success = سانوں کیویں پتا لگے گا کہ فائدہ ہو رہیا اے
target-home = تسیں گھر وچ کیہ کر سکدے او

## The rest of the plan

home-heading = گھر وچ مدد
exit-heading = وادھو مدد کدوں بند ہو سکدی اے
further-heading = ہور جانچ تے سروساں
further-assessments = اسیں جیہڑی جانچ طے کیتی اے
further-agencies = سکول توں باہر دیاں سروساں جیہڑیاں مدد کر رہیاں نیں

## Outside agencies

agency-educational-psychology = تعلیمی ماہر نفسیات ({ EN("educational psychologist") })
agency-speech-and-language-therapy = بول چال تے زبان دی تھراپی ({ EN("speech and language therapy") })
agency-behaviour-support = رویے وچ مدد دی سروس ({ EN("behaviour support") })
agency-hearing-support = سنن وچ مدد دی سروس ({ EN("hearing support") })
agency-vision-support = ویکھن وچ مدد دی سروس ({ EN("vision support") })
agency-sensory-support = حواس لئی مدد دی سروس ({ EN("sensory support") })
agency-occupational-therapy = روز دے کماں دی مہارت دی تھراپی ({ EN("occupational therapy") })
agency-physiotherapy = فزیوتھراپی ({ EN("physiotherapy") })
agency-camhs = بچیاں تے نوجواناں دی ذہنی صحت دی سروس ({ EN("CAMHS") })
agency-school-nurse = سکول نرس
agency-paediatrician = بچیاں دے ڈاکٹر ({ EN("paediatrician") })
agency-early-help = ٹبر لئی ویلے سر مدد ({ EN("early help") })

## Review

review-heading = پلان کیویں رہیا
review-date = ملاقات دی تاریخ
review-present = کون کون آیا
review-outcomes = اہداف تے نتیجے
review-col-target = ہدف
review-col-result = نتیجہ
review-col-comment = تبصرہ

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = ہدف { $number }

outcome-achieved = پورا ہو گیا
outcome-partly = کجھ حد تک پورا ہویا
outcome-not-yet = اجے پورا نہیں ہویا

review-progress = ترقی

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } نے کیہ آکھیا

review-parent-comment = گھر والیاں نے کیہ آکھیا
review-teacher-comment = سکول نے کیہ آکھیا
review-next-steps = اگلے قدم
review-next-review = اگلا جائزہ

## Help for parents

contact-heading = سوال تے مدد

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = جے ایس پلان بارے تہاڈا کوئی سوال ہووے تے مہربانی کر کے کلاس ٹیچر نال یا { $senco } ({ EN("SENCo") }) نال گل کرو۔ اوہ سکول وچ خاص لوڑاں لئی مدد دے ذمہ دار نیں۔

contact-school-phone = سکول دا فون نمبر

support-intro = تسیں اک اجیہی سروس توں وی مفت صلاح لے سکدے او جیہڑی سکول توں وکھری اے:
support-phone = فون
support-text = ٹیکسٹ میسج
support-email = ای میل
support-web = ویب سائٹ
support-drop-in = وقت لئے بغیر ملاقات ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = { $total } وچوں صفحہ { $page }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = ماپیاں نال ملاقات دی شام لئی پرنٹ پیک

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = ایس پیک وچ { $appointments ->
        [one] { $appointments } ملاقات
       *[other] { $appointments } ملاقاتاں
    } لئی { $documents ->
        [one] { $documents } کاپی اے
       *[other] { $documents } کاپیاں نیں
    }، ملاقاتاں دی ترتیب نال۔

pack-duplex = مہربانی کر کے ایہنوں کاغذ دے دوویں پاسے پرنٹ کرو۔ ہر کاپی نویں شیٹ توں شروع ہوندی اے، ایس لئی کسے وی شیٹ اُتے دو وکھرے گھراں دے صفحے اکٹھے نہیں ہوندے۔

pack-files = ہر کاپی اک وکھری فائل دے طور تے وی سیو کیتی گئی اے۔ جدوں کسے دے گھر والے ای میل راہیں کاپی منگن، تے اوہناں نوں صرف اوہناں دی اپنی فائل بھیجو: سکرین ریڈر ایہنوں پڑھ کے سنا سکدا اے۔

pack-appointments-heading = ملاقاتاں
pack-col-time = وقت
pack-col-pupil = طالب علم
pack-col-teacher = ٹیچر
pack-col-room = کمرہ
pack-col-parent-copy = گھر والیاں دی کاپی
pack-col-school-copy = سکول دی کاپی
pack-col-page = صفحہ

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = { $language } وچ گھر والیاں دی کاپی
pack-copy-parent-large = { $language } وچ گھر والیاں دی کاپی، وڈے اکھراں وچ
pack-copy-school = { $language } وچ سکول دی کاپی

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }، وڈے اکھراں وچ

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } لکھت دا ترجمہ نہیں ہویا
       *[other] { $count } لکھتاں دا ترجمہ نہیں ہویا
    })

pack-missing-heading = ایس پیک وچ نہیں
pack-missing-intro = ایہناں ملاقاتاں لئی کوئی کاپی نہیں، کیوں جے ایہناں دے پلاناں توں کاپیاں نہیں بن سکیاں۔ سارا کم مکن توں بعد جیہڑا خلاصہ وکھایا جاندا اے، اوس وچ لکھیا اے کہ کیہ ٹھیک کرنا اے۔
pack-col-problem = مسئلہ

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] انگریزی
        [pl] پولش
        [ro] رومانیائی
        [pa] پنجابی (گرمکھی لپی)
        [pa-Arab] پنجابی (شاہ مکھی لپی)
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
        [ta] تامل
        [bg] بلغاری
        [hu] ہنگیرین
        [ru] روسی
        [zh-Hans] None (None)
        [zh-Hant] None (None)
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
provision-title = وادھو مدد دا نقشہ – { $school }
provision-heading = وادھو مدد دا نقشہ ({ EN("provision map") })
provision-intro = ایس نقشے وچ اوہ وادھو مدد لکھی اے جیہڑی سکول خاص تعلیمی لوڑاں والے بچیاں لئی دیندا اے: ایہہ مدد کون دیندا اے، کنی واری، ایس اُتے کنا خرچ آندا اے، کون ایس وچ شامل اے تے ایس نال کیہ فرق پیندا اے۔

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = ایس شعبے دا کل خرچ: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = ساری وادھو مدد دا کل خرچ: { $amount }

provision-col-support = مدد
provision-col-staff = مدد دین والے
provision-col-group = گروپ وچ بچیاں دی گنتی
provision-col-often = کنی واری
provision-col-weeks = ہفتے
provision-col-measure = ترقی کیویں ناپی جاندی اے
provision-col-cost = خرچ
provision-col-per-pupil = ہر طالب علم دا خرچ
provision-col-pupils = طالب علم

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } منٹ، { $sessions ->
        [one] ہفتے وچ { $sessions } واری
       *[other] ہفتے وچ { $sessions } واری
    }

provision-impact-heading = اثر
provision-impact-intro = ایہہ حصہ اوہناں بچیاں بارے اے جنہاں دا شروع تے اخیر، دوواں ویلے دا سکور موجود اے۔ فی پوائنٹ خرچ دا مطلب اے: ہر طالب علم دا خرچ، اوسط وادھے نال ونڈیا ہویا۔
provision-col-entry = شروع وچ اوسط سکور
provision-col-exit = اخیر وچ اوسط سکور
provision-col-gain = اوسط وادھا
provision-col-per-point = ہر طالب علم دا خرچ، ہر ودھے پوائنٹ اُتے
provision-no-scores = اجے کوئی سکور نہیں

provision-gaps-heading = کمیاں
provision-no-gaps = پلاناں وچ لکھی ہر لوڑ لئی بچہ کسے نہ کسے مدد وچ شامل اے۔

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: پلان وچ اجیہیاں لوڑاں لکھیاں نیں جنہاں لئی ایہدی کسے وی مدد وچ انتظام نہیں ({ $areas })۔

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = لوڑ دے ایس شعبے لئی کوئی مدد نہیں: { $area }۔

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = وادھو مدد دا نقشہ – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = { $name } لئی وادھو مدد

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = ایہہ نقشہ اوہ وادھو مدد وکھاندا اے جیہڑی سکول اوہناں بچیاں نوں دیندا اے جنہاں نوں ایہدی لوڑ ہووے۔ { $name } نوں جیہڑی مدد ملدی اے، اوہدے اُتے اخیرلے کالم وچ نشان لگیا اے تے اوہ موٹے اکھراں وچ چھپی اے۔

provision-offer-heading = سکول ولوں دتی جان والی مدد

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } لئی
provision-mine = ہاں، شامل اے

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name } دی مدد کیویں چل رہی اے

provision-col-start = شروع ہون دی تاریخ
provision-col-per-week = ہفتے وچ کنی واری
provision-col-score-start = شروع وچ سکور
provision-col-score-end = اخیر وچ سکور
provision-no-score = اجے نہیں

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = ہر ہفتے { $name } نوں مدد کدوں ملدی اے

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = عام سکول والے ہفتے وچ { $name } نوں ملن والی وادھو مدد دے سیشن: ہر سیشن کیہ اے، ایہنوں کون چلاندا اے، تے ایہہ کنی دیر چلدا اے۔

# The heading of the school's week of support (for staff).
provision-school-week-heading = ہفتے بھر دی مدد

provision-school-week-intro = عام سکول والے ہفتے وچ ہر مدد کدوں ہوندی اے، ایہنوں کون چلاندا اے، کتھے، تے ایہہ کنے طالب علماں لئی اے۔

# The first column of the week table: the time a session starts.
provision-col-time = وقت

# The row for sessions whose days are known but not their time.
provision-week-no-time = وقت اجے طے نہیں ہویا

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
       *[other] { $count } طالب علم
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = تہاڈے بچے لئی مدد دا پلان ({ EN("IEP") }): ماپیاں لئی رہنمائی
leaflet-iep-intro = کجھ بچیاں نوں سکول وچ سکھن تے چنگی طرح اگے ودھن لئی وادھو مدد دی لوڑ ہوندی اے۔ ایہہ رہنمائی دسدی اے کہ سکول ایس مدد لئی کیہڑا پلان لکھدا اے، تے تسیں ایس وچ کیویں حصہ لے سکدے او۔

leaflet-what-heading = انفرادی تعلیمی پلان ({ EN("IEP") }) کیہ اے
leaflet-what-is = انفرادی تعلیمی پلان ({ EN("IEP") }) اک بچے لئی بنیا ہویا اک چھوٹا جیہا پلان اے۔ ہن بہت سارے سکول ایہنوں مدد دا پلان ({ EN("support plan") }) آکھدے نیں۔ ایس وچ لکھیا ہوندا اے کہ تہاڈا بچہ کیہڑیاں گلاں اُتے کم کر رہیا اے، سکول مدد لئی کیہ کرے گا، تے تسیں گھر وچ کیہ کر سکدے او۔
leaflet-what-who = سکول ایہہ پلان تہاڈے نال مل کے لکھدا اے، تے جتھے ہو سکے، تہاڈے بچے نال وی۔ تہانوں ایہدی اپنی کاپی ملنی چاہیدی اے، تے تسیں ایہنوں اجیہی زبان یا شکل وچ منگ سکدے او جیہڑی تسیں پڑھ سکو۔

leaflet-contents-heading = پلان وچ کیہ لکھیا ہوندا اے
leaflet-contents-intro = پلان وچ عام طور تے ایہہ حصے ہوندے نیں:
leaflet-contents-strengths = تہاڈا بچہ کیہڑے کماں وچ چنگا اے تے اوہنوں کیہ پسند اے
leaflet-contents-needs = تہاڈے بچے نوں کیہڑیاں گلاں اوکھیاں لگدیاں نیں
leaflet-contents-targets = تن یا چار اہداف: اوہ اگلے قدم جنہاں ول تہاڈا بچہ ودھ رہیا اے
leaflet-contents-help = کون مدد کردا اے، اوہ کیہ کردے نیں، تے کنی واری
leaflet-contents-home = تسیں گھر وچ کیہ کر سکدے او
leaflet-contents-review = پلان نوں فیر کدوں ویکھیا جاوے گا

leaflet-smart-heading = اجیہے اہداف جیہڑے { EN("SMART") } ہون
leaflet-smart-intro = چنگے اہداف { EN("SMART") } ہوندے نیں۔ ایہہ لفظ انگریزی دے پنج لفظاں دے پہلے اکھراں توں بنیا اے۔ ایہدا مطلب اے:
leaflet-smart-specific = { EN("Specific") } (واضح): ایہناں وچ صاف لکھیا ہوندا اے کہ تہاڈا بچہ کیہ کرنا سکھے گا۔
leaflet-smart-measurable = { EN("Measurable") } (ناپن جوگ): ہر کوئی ویکھ سکدا اے کہ ہدف کدوں پورا ہو گیا۔
leaflet-smart-achievable = { EN("Achievable") } (ممکن): ٹھیک مدد ملے تے تہاڈا بچہ ایہناں نوں پورا کر سکدا اے۔
leaflet-smart-relevant = { EN("Relevant") } (متعلقہ): ایہہ تہاڈے بچے دی پڑھائی تے زندگی لئی اہم ہوندے نیں۔
leaflet-smart-time-bound = { EN("Time-bound") } (مقررہ ویلا): ایہناں وچ لکھیا ہوندا اے کہ ہدف کدوں تک پورا کرنا اے، عام طور تے اگلے جائزے تک۔
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = مثال دے طور تے، “ہور چنگا پڑھنا” { EN("SMART") } ہدف نہیں۔ پر “جنوری دے جائزے تک، لفظاں والے کارڈ اُتے لکھے { $total } عام لفظاں وچوں { $read } لفظ پڑھ لینا، اک ہفتے دے وقفے نال دو واری جانچن اُتے” { EN("SMART") } ہدف اے۔

leaflet-review-heading = جائزے
leaflet-review-when = جائزے دی ملاقات وچ پلان نوں فیر ویکھیا جاندا اے۔ ایہہ ملاقات عام طور تے ہر ٹرم وچ اک واری ہوندی اے، یعنی سال وچ تقریباً تن واری۔ سکول تہاڈے نال مل کے ہر ہدف ویکھدا اے: کیہ ایہہ پورا ہویا، تے کیہڑی چیز نال مدد ملی؟
leaflet-review-you = تہانوں ہر جائزے وچ سدیا جاندا اے۔ تہاڈی رائے اہم اے: سکول نوں دسو کہ تسیں گھر وچ کیہ ویکھدے او تے تہانوں کیہڑی گل دی فکر اے۔ تہاڈا بچہ وی حصہ لے سکدا اے، ملاقات دے کجھ حصے وچ آ کے یا ملاقات توں پہلاں اپنی رائے دس کے۔ فیر نویں اہداف طے کیتے جاندے نیں۔

leaflet-map-heading = وادھو مدد دا نقشہ ({ EN("provision map") })
leaflet-map-what = وادھو مدد دا نقشہ سکول دی اک لسٹ اے۔ ایس وچ اوہ ساری وادھو مدد لکھی ہوندی اے جیہڑی سکول دیندا اے، جیویں نکے گروپاں وچ پڑھائی یا ہر روز بچے دا حال پچھنا۔ ایس وچ لکھیا ہوندا اے کہ ہر طرح دی مدد کون دیندا اے، کنی واری، تے ایس نال کیہ فرق پیندا اے۔
leaflet-map-yours = تسیں اپنے بچے لئی وادھو مدد دا نقشہ منگ سکدے او۔ ایس وچ اوہ مدد وکھائی جاندی اے جیہڑی سکول دیندا اے، تے جیہڑی مدد تہاڈے بچے نوں ملدی اے اوہدے اُتے نشان لگیا ہوندا اے۔ نال ای شروع تے اخیر وچ تہاڈے بچے دے سکور وی لکھے ہوندے نیں۔

leaflet-stages-heading = مدد دے درجے
leaflet-stages-intro = سکول وادھو مدد دے درجیاں لئی ایہہ ناں ورتدا اے:
leaflet-stage-sen-support = خاص تعلیمی لوڑاں لئی مدد ({ EN("SEN Support") }): سکول اپنے عملے تے وسیلیاں نال وادھو مدد دا بندوبست کردا اے، تے ایہنوں مدد دے پلان وچ لکھدا اے۔
leaflet-stage-ehc-plan = تعلیم، صحت تے دیکھ بھال دا پلان ({ EN("EHC plan") }): مقامی کونسل ولوں اک قانونی پلان۔ ایہہ اوس بچے لئی ہوندا اے جس نوں اوس توں ودھ مدد دی لوڑ ہووے جنی سکول اپنے وسیلیاں نال دے سکدا اے۔
leaflet-stage-school-action = سکول ولوں مدد ({ EN("School Action") }): سکول اپنے عملے تے وسیلیاں نال وادھو مدد دیندا اے۔
leaflet-stage-school-action-plus = سکول ولوں وادھو مدد ({ EN("School Action Plus") }): سکول، سکول توں باہر دے ماہراں کولوں وی صلاح یا مدد لیندا اے۔
leaflet-stage-statement = خاص تعلیمی لوڑاں دا سرکاری بیان ({ EN("Statement of SEN") }): مقامی کونسل ولوں اک قانونی دستاویز، جس وچ لکھیا ہوندا اے کہ بچے نوں کیہڑی مدد ضرور ملنی چاہیدی اے۔

leaflet-help-heading = سکول توں وکھری مدد تے صلاح
leaflet-help-intro = تسیں کسے ویلے وی کلاس ٹیچر نال، یا سکول وچ خاص لوڑاں لئی مدد دے ذمہ دار نال گل کر سکدے او۔ تسیں اک اجیہی سروس توں وی مفت صلاح لے سکدے او جیہڑی سکول توں وکھری اے:
leaflet-help-none = سکول کولوں اپنے علاقے دی اوس سروس دی تفصیل منگو جیہڑی خاص تعلیمی لوڑاں بارے معلومات، صلاح تے مدد دیندی اے۔ ایہدی صلاح مفت اے تے ایہہ سروس سکول توں وکھری اے۔

leaflet-formats-heading = کوئی ہور زبان یا شکل
leaflet-formats-ask = تسیں سکول کولوں ایہہ کتابچہ تے اپنے بچے دا پلان کسے ہور زبان وچ، وڈے اکھراں وچ، بریل وچ یا ریکارڈنگ دی شکل وچ منگ سکدے او۔ تسیں ایہناں نوں ای میل راہیں وی منگوا سکدے او۔ بس کلاس ٹیچر یا سکول دے دفتر نوں دس دیو۔

leaflet-languages-heading = ایہہ کتابچہ تہاڈی زبان وچ

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = ایہہ کتابچہ پنجابی وچ ملدا اے۔ ایہدی کاپی لئی سکول نوں آکھو۔

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = جائزے دی ملاقات وچ پچھن لئی سوال
leaflet-questions-intro = ہو سکدا اے تسیں ایہہ کارڈ اپنے بچے دے جائزے دی ملاقات وچ نال لے جانا چاہو۔ اوہ سوال چنو جیہڑے تہاڈے لئی اہم نیں، تے ہر سوال دے ہیٹھاں خالی تھاں وچ نوٹ لکھو۔
leaflet-question-progress = میرا بچہ ہر ہدف وچ کنا اگے ودھیا؟
leaflet-question-helped = میرے بچے نوں سب توں ودھ کیہڑی چیز نال مدد ملی، تے کیہڑی چیز کم نہیں آئی؟
leaflet-question-next = نویں اہداف کیہ نیں، تے ایہو اہداف کیوں؟
leaflet-question-who = میرے بچے دی مدد کون کرے گا، تے کنی واری؟
leaflet-question-home = گھر وچ مدد لئی میں کیہ کراں؟
leaflet-question-child = میرا بچہ کیہ سوچدا اے، تے اوہ کیویں حصہ لے سکدا اے؟
leaflet-question-friends = دوجے بچیاں نال میرے بچے دا میل جول کیہو جیہا اے؟
leaflet-question-assess = کیہ سکول توں باہر دے ماہراں ولوں کوئی جانچ یا مدد طے کیتی گئی اے؟
leaflet-question-contact = جے اگلے جائزے توں پہلاں مینوں کوئی فکر ہووے تے میں کس نال گل کراں؟
leaflet-question-next-review = اگلا جائزہ کدوں اے؟
