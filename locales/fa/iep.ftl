# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = برنامه‌ی حمایتی برای { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = برنامه‌ی حمایتی برای { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = برنامه‌ی آموزشی فردی ({ EN("IEP") }): نسخه‌ی خانواده

# Under the main heading, for the school's copy.
iep-copy-school = برنامه‌ی آموزشی فردی ({ EN("IEP") }): نسخه‌ی مدرسه

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = برنامه‌ی یادگیری گروهی – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = برنامه‌ی یادگیری گروهی: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = برنامه‌ی یادگیری گروهی: نسخه‌ی خانواده

# Under the main heading, for the school's copy.
group-copy-school = برنامه‌ی یادگیری گروهی: نسخه‌ی مدرسه

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } روی این هدف‌ها در یک گروه کوچک کار می‌کند، همراه با دانش‌آموزان دیگری که به همین نوع کمک نیاز دارند. این برنامه نشان می‌دهد گروه روی چه چیزهایی کار می‌کند، چه کسی کمک می‌کند و شما چطور می‌توانید در خانه به { $name } کمک کنید.

## Opening for parents

iep-intro-heading = درباره‌ی این برنامه

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = این برنامه نشان می‌دهد که { $name } در مدرسه چه کمک بیشتری می‌گیرد. در آن نوشته شده که { $name } روی چه چیزهایی کار می‌کند، چه کسی کمک می‌کند و شما چطور می‌توانید در خانه کمک کنید.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = ما در تاریخ { $date } همراه با شما این برنامه را بازنگری می‌کنیم. در این جلسه می‌توانید سؤال بپرسید و نظرتان را به ما بگویید. اگر بخواهید، می‌توانید کسی را هم با خودتان بیاورید.

iep-intro-formats = اگر این برنامه را به زبان دیگری یا با حروف درشت می‌خواهید، یا دوست دارید کسی آن را برایتان بخواند، لطفاً به دفتر مدرسه بگویید.

## Key facts

facts-heading = اطلاعات اصلی
fact-pupil = دانش‌آموز
fact-known-as = نامی که با آن صدا زده می‌شود
fact-date-of-birth = تاریخ تولد
fact-year-group = سال مدرسه ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] ریسپشن (اولین سال مدرسه در انگلستان)
       *[other] سال { $year }
    }

fact-class = کلاس
fact-family = والدین و مراقبان
fact-stage = سطح حمایت
fact-areas = در چه زمینه‌هایی کمک لازم است
fact-class-teacher = معلم کلاس
fact-written-by = نویسنده‌ی برنامه
fact-start = تاریخ شروع برنامه
fact-review = تاریخ بازنگری برنامه ({ EN("review") })

## Stages of support

stage-sen-support = حمایت مدرسه برای نیازهای آموزشی ویژه ({ EN("SEN Support") })
stage-ehc-plan = برنامه‌ی آموزش، سلامت و مراقبت ({ EN("EHC plan") })
stage-early-years-action = حمایت در سال‌های اول کودکی ({ EN("Early Years Action") })
stage-early-years-action-plus = حمایت بیشتر در سال‌های اول کودکی، همراه با متخصصان ({ EN("Early Years Action Plus") })
stage-school-action = حمایت از سوی مدرسه ({ EN("School Action") })
stage-school-action-plus = حمایت بیشتر از سوی مدرسه، همراه با متخصصان بیرون از مدرسه ({ EN("School Action Plus") })
stage-statement = سند رسمی نیازهای آموزشی ویژه ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = ارتباط و تعامل با دیگران
area-cognition-and-learning = یادگیری و فهمیدن
area-social-emotional-mental-health = روابط اجتماعی، احساسات و سلامت روان
area-sensory-and-physical = نیازهای حسی و جسمی

## Relationships

relationship-mother = مادر
relationship-father = پدر
relationship-parent = پدر یا مادر
relationship-carer = مراقب
relationship-foster-carer = مراقب جایگزین ({ EN("foster carer") })
relationship-guardian = سرپرست قانونی
relationship-grandmother = مادربزرگ
relationship-grandfather = پدربزرگ
relationship-aunt = عمه/خاله
relationship-uncle = عمو/دایی
relationship-sister = خواهر
relationship-brother = برادر

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps". Written in the form that reads well after a name.

role-teaching-assistant = دستیار معلم
role-class-teacher = معلم کلاس
role-senco = مسئول حمایت از کودکان با نیازهای ویژه، { EN("SENCo") }
role-learning-mentor = راهنمای یادگیری، { EN("learning mentor") }
role-teacher-of-the-deaf = معلم کودکان ناشنوا و کم‌شنوا
role-specialist-teacher = معلم متخصص
role-speech-and-language-therapist = گفتاردرمانگر
role-educational-psychologist = روان‌شناس آموزشی
role-occupational-therapist = کاردرمانگر
role-physiotherapist = فیزیوتراپیست
role-school-nurse = پرستار مدرسه
role-family-support-worker = مددکار حمایت از خانواده، { EN("family support worker") }
role-head-teacher = مدیر مدرسه
role-lunchtime-supervisor = مراقب بچه‌ها در وقت ناهار

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] صبح { $times } روز در هفته
               *[other] صبح { $times } روز در هفته
            }
        [afternoon]
            { $times ->
                [one] بعدازظهر { $times } روز در هفته
               *[other] بعدازظهر { $times } روز در هفته
            }
        [lunchtime]
            { $times ->
                [one] وقت ناهار { $times } روز در هفته
               *[other] وقت ناهار { $times } روز در هفته
            }
       *[none]
            { $times ->
                [one] هفته‌ای { $times } بار
               *[other] هفته‌ای { $times } بار
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
                [one] صبح‌های { $days }
               *[other] صبح‌های { $days }
            }
        [afternoon]
            { $count ->
                [one] بعدازظهرهای { $days }
               *[other] بعدازظهرهای { $days }
            }
        [lunchtime]
            { $count ->
                [one] وقت ناهار در روزهای { $days }
               *[other] وقت ناهار در روزهای { $days }
            }
       *[none]
            { $count ->
                [one] روزهای { $days }
               *[other] روزهای { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] در همه‌ی درس‌ها
        [day] هر روز
        [morning] هر روز صبح
        [afternoon] هر روز بعدازظهر
        [lunchtime] هر روز وقت ناهار
        [playtime] در هر زنگ تفریح
        [after-playtime] بعد از هر زنگ تفریح
        [week] هر هفته
        [two-weeks] هر دو هفته یک بار
        [half-term] هر نیمه‌ی ترم
       *[term] هر ترم
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } ساعت { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] به مدت { $weeks } هفته
       *[other] به مدت { $weeks } هفته
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
about-heading = { $name } در چه کارهایی خوب است و چه چیزهایی را دوست دارد

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = چه چیزهایی برای { $name } سخت است

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = چه چیزهایی به { $name } کمک می‌کند

## Targets

targets-heading = هدف‌ها

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] در این برنامه { $count } هدف برای { $name } هست.
       *[other] در این برنامه { $count } هدف برای { $name } هست.
    } هر هدف یک قدم کوچک است که می‌توانیم ببینیم انجام شده یا نه.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = هدف { $number }

target-who = چه کسی کمک می‌کند
target-does-what = چه کاری انجام می‌دهند
target-when = کی و هر چند وقت یک بار
target-success = از کجا می‌فهمیم که نتیجه می‌دهد
target-home = شما در خانه چه کاری می‌توانید انجام دهید

## The rest of the plan

home-heading = کمک در خانه
exit-heading = کمک اضافه چه زمانی می‌تواند تمام شود
further-heading = بررسی‌ها و خدمات دیگر
further-assessments = بررسی‌هایی که برنامه‌ریزی کرده‌ایم
further-agencies = خدمات بیرون از مدرسه که کمک می‌کنند

## Outside agencies

agency-educational-psychology = روان‌شناس آموزشی ({ EN("educational psychologist") })
agency-speech-and-language-therapy = گفتاردرمانی ({ EN("speech and language therapy") })
agency-behaviour-support = خدمات کمک به رفتار ({ EN("behaviour support") })
agency-hearing-support = خدمات کمک به شنوایی ({ EN("hearing support") })
agency-vision-support = خدمات کمک به بینایی ({ EN("vision support") })
agency-sensory-support = خدمات کمک به بینایی و شنوایی ({ EN("sensory support") })
agency-occupational-therapy = کاردرمانی ({ EN("occupational therapy") })
agency-physiotherapy = فیزیوتراپی ({ EN("physiotherapy") })
agency-camhs = خدمات سلامت روان کودکان و نوجوانان ({ EN("CAMHS") })
agency-school-nurse = پرستار مدرسه
agency-paediatrician = پزشک کودکان ({ EN("paediatrician") })
agency-early-help = حمایت زودهنگام از خانواده ({ EN("early help") })

## Review

review-heading = برنامه چطور پیش رفت
review-date = تاریخ جلسه
review-present = چه کسانی در جلسه بودند
review-outcomes = هدف‌ها و نتیجه‌ها
review-col-target = هدف
review-col-result = نتیجه
review-col-comment = توضیح

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = هدف { $number }

outcome-achieved = انجام شد
outcome-partly = تا حدی انجام شد
outcome-not-yet = هنوز انجام نشده

review-progress = پیشرفت

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } چه گفت

review-parent-comment = خانواده چه گفت
review-teacher-comment = مدرسه چه گفت
review-next-steps = قدم‌های بعدی
review-next-review = بازنگری بعدی

## Help for parents

contact-heading = سؤال‌ها و کمک

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = اگر درباره‌ی این برنامه سؤالی دارید، لطفاً با معلم کلاس یا با { $senco } ({ EN("SENCo") }) صحبت کنید. ایشان در مدرسه مسئول حمایت از کودکان با نیازهای ویژه هستند.

contact-school-phone = شماره‌ی تلفن مدرسه

support-intro = همچنین می‌توانید از مرکزی که جدا از مدرسه است، راهنمایی رایگان بگیرید:
support-phone = تلفن
support-text = پیامک
support-email = ایمیل
support-web = وب‌سایت
support-drop-in = مراجعه‌ی حضوری بدون وقت قبلی ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = صفحه { $page } از { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = بسته‌ی چاپی جلسه‌ی ملاقات با والدین ({ EN("parents' evening") })

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = در این بسته { $documents ->
        [one] { $documents } سند
       *[other] { $documents } سند
    } برای { $appointments ->
        [one] { $appointments } وقت ملاقات
       *[other] { $appointments } وقت ملاقات
    } هست، به ترتیب وقت‌های ملاقات.

pack-duplex = آن را دورو چاپ کنید. هر سند از یک برگه‌ی تازه شروع می‌شود، پس کاغذهای دو خانواده هیچ‌وقت روی یک برگه نمی‌آیند.

pack-files = هر سند جداگانه به‌صورت یک فایل هم ذخیره شده است. اگر خانواده‌ای نسخه‌ای را با ایمیل خواست، فقط فایل خودش را برایش بفرستید: صفحه‌خوان می‌تواند آن را با صدای بلند بخواند.

pack-appointments-heading = وقت‌های ملاقات
pack-col-time = ساعت
pack-col-pupil = دانش‌آموز
pack-col-teacher = معلم
pack-col-room = اتاق
pack-col-parent-copy = نسخه‌ی خانواده
pack-col-school-copy = نسخه‌ی مدرسه
pack-col-page = صفحه

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = نسخه‌ی خانواده به زبان { $language }
pack-copy-parent-large = نسخه‌ی خانواده به زبان { $language }، با حروف درشت
pack-copy-school = نسخه‌ی مدرسه به زبان { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }، با حروف درشت

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } متن ترجمه نشده
       *[other] { $count } متن ترجمه نشده
    })

pack-missing-heading = در این بسته نیست
pack-missing-intro = این وقت‌های ملاقات سندی ندارند، چون از برنامه‌هایشان نشد سند ساخت. خلاصه‌ای که در پایان کار دسته‌ای ({ EN("batch") }) می‌آید، می‌گوید چه چیزی را باید درست کرد.
pack-col-problem = مشکل

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] انگلیسی
        [pl] لهستانی
        [ro] رومانیایی
        [pa] پنجابی (خط گورمکھی)
        [pa-Arab] پنجابی (خط شاهمکھی)
        [ur] اردو
        [pt] پرتغالی
        [es] اسپانیایی
        [it] ایتالیایی
        [fr] فرانسوی
        [bn] بنگالی
        [gu] گجراتی
        [ar] عربی
        [sq] آلبانیایی
        [so] سومالیایی
        [lt] لیتوانیایی
        [uk] اوکراینی
        [tr] ترکی
        [fa] فارسی
        [ta] تامیلی
        [bg] بلغاری
        [hu] مجاری
        [ru] روسی
        [zh-Hans] چینی ساده‌شده
        [zh-Hant] چینی سنتی
        [ps] پشتو
        [ti] تیگرینیایی
        [ne] نپالی
       *[other] { $tag }
    }

## Provision map
# The school's costed list of extra support, and a parent's copy with their child's part
# marked. Amounts of money come in already formatted for the language (see money).

# An amount of money in pounds.
# Variables:
#   $amount (String) - the amount, with the language's digits and separators
money = { $amount } £

# The title in the PDF viewer's window bar of the school's map.
# Variables:
#   $school (String) - the school's name
provision-title = نقشه‌ی حمایت اضافی – { $school }
provision-heading = نقشه‌ی حمایت اضافی ({ EN("provision map") })
provision-intro = این نقشه حمایت‌های اضافی‌ای را که مدرسه برای دانش‌آموزان با نیازهای آموزشی ویژه اجرا می‌کند فهرست می‌کند: چه کسی آن را اجرا می‌کند، چند وقت یک بار، چقدر هزینه دارد، چه کسانی در آن شرکت می‌کنند و چه تفاوتی ایجاد می‌کند.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = جمع این زمینه: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = هزینه‌ی کل همه‌ی حمایت‌های اضافی: { $amount }

provision-col-support = حمایت
provision-col-staff = چه کسی اجرا می‌کند
provision-col-group = تعداد دانش‌آموزان در گروه
provision-col-often = چند وقت یک بار
provision-col-weeks = تعداد هفته‌ها
provision-col-measure = پیشرفت چطور سنجیده می‌شود
provision-col-cost = هزینه
provision-col-per-pupil = هزینه برای هر دانش‌آموز
provision-col-pupils = دانش‌آموزان

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } دقیقه، { $sessions ->
        [one] هفته‌ای { $sessions } بار
       *[other] هفته‌ای { $sessions } بار
    }

provision-impact-heading = اثر
provision-impact-intro = فقط برای دانش‌آموزانی که هم در شروع و هم در پایان نمره دارند. هزینه‌ی هر نمره یعنی هزینه برای هر دانش‌آموز، تقسیم بر میانگین افزایش نمره.
provision-col-entry = میانگین نمره در شروع
provision-col-exit = میانگین نمره در پایان
provision-col-gain = میانگین افزایش نمره
provision-col-per-point = هزینه برای هر دانش‌آموز به ازای هر نمره افزایش
provision-no-scores = هنوز نمره‌ای نیست

provision-gaps-heading = کمبودها
provision-no-gaps = به هر نیازی که در برنامه‌ها آمده، دست‌کم یکی از حمایت‌هایی که دانش‌آموز در آن‌ها شرکت می‌کند پاسخ می‌دهد.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: در برنامه نیازهایی آمده که هیچ‌کدام از حمایت‌هایی که این دانش‌آموز در آن‌ها شرکت می‌کند به آن‌ها پاسخ نمی‌دهد ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = هیچ حمایتی به این زمینه‌ی نیاز پاسخ نمی‌دهد: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = نقشه‌ی حمایت اضافی – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = حمایت اضافی برای { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = این نقشه حمایت‌های اضافی‌ای را نشان می‌دهد که مدرسه به دانش‌آموزانی که به آن نیاز دارند ارائه می‌کند. حمایت‌هایی که { $name } می‌گیرد، در ستون آخر علامت خورده‌اند و پررنگ چاپ شده‌اند.

provision-offer-heading = حمایت‌هایی که مدرسه ارائه می‌کند

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = برای { $name }
provision-mine = بله، شرکت می‌کند

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = حمایت از { $name } چطور پیش می‌رود

provision-col-start = تاریخ شروع
provision-col-per-week = چند بار در هفته
provision-col-score-start = نمره در شروع
provision-col-score-end = نمره در پایان
provision-no-score = هنوز نه

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = { $name } هر هفته چه زمانی حمایت می‌گیرد

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = جلسه‌های حمایت اضافی که { $name } در یک هفته‌ی معمولی مدرسه دارد: هر جلسه چیست، چه کسی آن را اجرا می‌کند و چقدر طول می‌کشد.

# The heading of the school's week of support (for staff).
provision-school-week-heading = برنامه‌ی هفتگی حمایت‌ها

provision-school-week-intro = هر حمایت در یک هفته‌ی معمولی مدرسه چه زمانی اجرا می‌شود، چه کسی آن را اجرا می‌کند، کجا، و برای چند دانش‌آموز است.

# The first column of the week table: the time a session starts.
provision-col-time = ساعت

# The row for sessions whose days are known but not their time.
provision-week-no-time = ساعت هنوز مشخص نشده

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } دقیقه
       *[other] { $minutes } دقیقه
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } دانش‌آموز
       *[other] { $count } دانش‌آموز
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = برنامه‌ی حمایتی فرزندتان ({ EN("IEP") }): راهنمایی برای والدین
leaflet-iep-intro = بعضی از بچه‌ها برای یادگیری و پیشرفت خوب در مدرسه به کمک بیشتری نیاز دارند. این راهنما توضیح می‌دهد که مدرسه برای این کمک چه برنامه‌ای می‌نویسد و شما چطور می‌توانید در آن شرکت کنید.

leaflet-what-heading = برنامه‌ی آموزشی فردی ({ EN("IEP") }) چیست
leaflet-what-is = برنامه‌ی آموزشی فردی ({ EN("IEP") }) برنامه‌ای کوتاه برای یک کودک است. امروزه بسیاری از مدرسه‌ها به آن برنامه‌ی حمایتی ({ EN("support plan") }) می‌گویند. در آن نوشته شده که فرزندتان روی چه چیزهایی کار می‌کند، مدرسه برای کمک به او چه کاری می‌کند و شما در خانه چه کاری می‌توانید انجام دهید.
leaflet-what-who = مدرسه این برنامه را همراه با شما، و اگر ممکن باشد همراه با فرزندتان، می‌نویسد. شما باید نسخه‌ی خودتان را بگیرید و می‌توانید آن را به زبانی یا به شکلی بخواهید که بتوانید بخوانید.

leaflet-contents-heading = در برنامه چه چیزهایی هست
leaflet-contents-intro = یک برنامه معمولاً این بخش‌ها را دارد:
leaflet-contents-strengths = فرزندتان در چه کارهایی خوب است و از چه چیزهایی لذت می‌برد
leaflet-contents-needs = چه چیزهایی برای فرزندتان سخت است
leaflet-contents-targets = سه یا چهار هدف: قدم‌های بعدی که فرزندتان برای رسیدن به آن‌ها کار می‌کند
leaflet-contents-help = چه کسی کمک می‌کند، چه کاری انجام می‌دهد و هر چند وقت یک بار
leaflet-contents-home = شما در خانه چه کاری می‌توانید انجام دهید
leaflet-contents-review = برنامه کی بازنگری می‌شود

leaflet-smart-heading = هدف‌های { EN("SMART") }
leaflet-smart-intro = هدف‌های خوب { EN("SMART") } هستند. این کلمه از حرف اول پنج کلمه‌ی انگلیسی ساخته شده است. یعنی هدف‌ها:
leaflet-smart-specific = { EN("Specific") } (مشخص): دقیقاً می‌گویند فرزندتان چه کاری را یاد می‌گیرد.
leaflet-smart-measurable = { EN("Measurable") } (قابل اندازه‌گیری): همه می‌توانند ببینند که هدف چه زمانی انجام شده است.
leaflet-smart-achievable = { EN("Achievable") } (دست‌یافتنی): فرزندتان با کمک درست می‌تواند به آن‌ها برسد.
leaflet-smart-relevant = { EN("Relevant") } (مرتبط): برای یادگیری و زندگی فرزندتان مهم هستند.
leaflet-smart-time-bound = { EN("Time-bound") } (زمان‌دار): می‌گویند تا چه زمانی باید انجام شوند، معمولاً تا بازنگری بعدی.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = برای مثال، «بهتر خواندن» هدف { EN("SMART") } نیست. اما «خواندن { $read } کلمه از { $total } کلمه‌ی پرکاربرد روی کارت کلمه‌ها، در دو بار بررسی به فاصله‌ی یک هفته، تا جلسه‌ی بازنگری در ژانویه» یک هدف { EN("SMART") } است.

leaflet-review-heading = جلسه‌های بازنگری
leaflet-review-when = برنامه در جلسه‌ای به نام بازنگری ({ EN("review") }) دوباره مرور می‌شود. این جلسه معمولاً هر ترم یک بار است، یعنی حدود سه بار در سال. مدرسه همراه با شما هر هدف را بررسی می‌کند: آیا انجام شد، و چه چیزی کمک کرد؟
leaflet-review-you = شما به همه‌ی جلسه‌های بازنگری دعوت می‌شوید. نظر شما مهم است: به مدرسه بگویید در خانه چه می‌بینید و چه چیزی نگرانتان می‌کند. فرزندتان هم می‌تواند شرکت کند، با آمدن به بخشی از جلسه یا با گفتن نظرش پیش از جلسه. سپس هدف‌های تازه با توافق تعیین می‌شوند.

leaflet-map-heading = نقشه‌ی حمایت اضافی ({ EN("provision map") })
leaflet-map-what = نقشه‌ی حمایت اضافی فهرست همه‌ی حمایت‌های اضافی‌ای است که مدرسه اجرا می‌کند، مثل گروه‌های کوچک خواندن یا یک گفت‌وگوی کوتاه روزانه برای احوال‌پرسی. این نقشه نشان می‌دهد هر نوع حمایت را چه کسی اجرا می‌کند، چند وقت یک بار، و چه تفاوتی ایجاد می‌کند.
leaflet-map-yours = می‌توانید نقشه‌ی حمایت اضافی فرزندتان را از مدرسه بخواهید. این نقشه حمایت‌هایی را که مدرسه ارائه می‌کند نشان می‌دهد و روی حمایت‌هایی که فرزندتان می‌گیرد علامت می‌زند، همراه با نمره‌های فرزندتان در شروع و در پایان.

leaflet-stages-heading = سطح‌های حمایت
leaflet-stages-intro = مدرسه برای سطح‌های کمک اضافه این نام‌ها را به کار می‌برد:
leaflet-stage-sen-support = حمایت مدرسه برای نیازهای آموزشی ویژه ({ EN("SEN Support") }): مدرسه با کارکنان و امکانات خودش کمک اضافه را برنامه‌ریزی می‌کند و آن را در یک برنامه‌ی حمایتی می‌نویسد.
leaflet-stage-ehc-plan = برنامه‌ی آموزش، سلامت و مراقبت ({ EN("EHC plan") }): برنامه‌ای قانونی از شورای محلی، برای کودکی که به کمکی بیشتر از آنچه مدرسه با امکانات خودش می‌تواند بدهد نیاز دارد.
leaflet-stage-school-action = حمایت از سوی مدرسه ({ EN("School Action") }): مدرسه با کارکنان و امکانات خودش کمک اضافه می‌دهد.
leaflet-stage-school-action-plus = حمایت بیشتر از سوی مدرسه، همراه با متخصصان بیرون از مدرسه ({ EN("School Action Plus") }): مدرسه از متخصصان بیرون از مدرسه هم راهنمایی یا کمک می‌گیرد.
leaflet-stage-statement = سند رسمی نیازهای آموزشی ویژه ({ EN("Statement of SEN") }): سندی قانونی از شورای محلی که کمکی را که کودک باید حتماً بگیرد مشخص می‌کند.

leaflet-help-heading = کمک و راهنمایی جدا از مدرسه
leaflet-help-intro = هر وقت بخواهید می‌توانید با معلم کلاس یا با مسئول حمایت از کودکان با نیازهای ویژه در مدرسه صحبت کنید. همچنین می‌توانید از مرکزی که جدا از مدرسه است، راهنمایی رایگان بگیرید:
leaflet-help-none = مشخصات مرکز محلی اطلاعات، راهنمایی و حمایت برای نیازهای آموزشی ویژه را از مدرسه بخواهید. راهنمایی این مرکز رایگان است و این مرکز جدا از مدرسه است.

leaflet-formats-heading = به زبان یا شکلی دیگر
leaflet-formats-ask = می‌توانید این بروشور و برنامه‌ی فرزندتان را به زبانی دیگر، با حروف درشت، به خط بریل یا به‌صورت فایل صوتی از مدرسه بخواهید. می‌توانید آن‌ها را با ایمیل هم درخواست کنید. کافی است به معلم کلاس یا دفتر مدرسه بگویید.

leaflet-languages-heading = این بروشور به زبان شما

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = این بروشور به زبان فارسی موجود است. برای گرفتن یک نسخه به مدرسه بگویید.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = سؤال‌هایی برای پرسیدن در جلسه‌ی بازنگری
leaflet-questions-intro = شاید بخواهید این کارت را به جلسه‌ی بازنگری برنامه‌ی فرزندتان ببرید. سؤال‌هایی را که برایتان مهم است انتخاب کنید و یادداشت‌هایتان را در جای خالی زیر هر سؤال بنویسید.
leaflet-question-progress = فرزندم در هر هدف چقدر پیش رفته است؟
leaflet-question-helped = چه چیزی بیشتر از همه به فرزندم کمک کرده، و چه چیزی نتیجه نداده است؟
leaflet-question-next = هدف‌های تازه چیست، و چرا این هدف‌ها؟
leaflet-question-who = چه کسی به فرزندم کمک می‌کند، و هر چند وقت یک بار؟
leaflet-question-home = من در خانه برای کمک چه کاری می‌توانم انجام دهم؟
leaflet-question-child = نظر فرزندم چیست، و او چطور می‌تواند شرکت کند؟
leaflet-question-friends = رابطه‌ی فرزندم با بچه‌های دیگر چطور است؟
leaflet-question-assess = آیا بررسی یا کمکی از بیرون مدرسه برنامه‌ریزی شده است؟
leaflet-question-contact = اگر پیش از بازنگری بعدی نگران شدم، با چه کسی صحبت کنم؟
leaflet-question-next-review = بازنگری بعدی کی است؟
