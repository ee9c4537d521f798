# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = خطة الدعم: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = خطة الدعم: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = الخطة التعليمية الفردية ({ EN("IEP") }): نسخة الأسرة

# Under the main heading, for the school's copy.
iep-copy-school = الخطة التعليمية الفردية ({ EN("IEP") }): نسخة المدرسة

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = خطة التعلّم في مجموعة – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = خطة التعلّم في مجموعة: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = خطة التعلّم في مجموعة: نسخة الأسرة

# Under the main heading, for the school's copy.
group-copy-school = خطة التعلّم في مجموعة: نسخة المدرسة

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = نعمل مع { $name } على هذه الأهداف في مجموعة صغيرة مع أطفال آخرين يحتاجون إلى النوع نفسه من المساعدة. توضّح هذه الخطة ما تعمل عليه المجموعة، ومَن يقدّم المساعدة، وكيف يمكنكم أن تساعدوا { $name } في البيت.

## Opening for parents

iep-intro-heading = عن هذه الخطة

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = توضّح هذه الخطة المساعدة الإضافية التي نقدّمها في المدرسة إلى { $name }. وتذكر الأمور التي نعمل عليها مع { $name }، ومَن يقدّم المساعدة، وكيف يمكنكم أن تساعدوا في البيت.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = سنراجع الخطة معكم مرة أخرى في { $date }. في هذا اللقاء يمكنكم أن تسألوا ما تريدون، وأن تخبرونا برأيكم. ويسعدنا أن تُحضروا معكم شخصًا آخر إن أحببتم.

iep-intro-formats = إذا أردتم هذه الخطة بلغة أخرى أو بخط كبير، أو أردتم أن يقرأها لكم أحد بصوت عالٍ، فيُرجى أن تطلبوا ذلك من مكتب المدرسة.

## Key facts

facts-heading = معلومات أساسية
fact-pupil = الاسم الكامل
fact-known-as = الاسم الذي يُنادى به
fact-date-of-birth = تاريخ الميلاد
fact-year-group = السنة الدراسية ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] صف الاستقبال، أول سنة في المدرسة ({ EN("Reception") })
       *[other] السنة { $year }
    }

fact-class = الفصل
fact-family = الوالدان ومقدّمو الرعاية
fact-stage = مستوى الدعم
fact-areas = مجالات الحاجة إلى الدعم
fact-class-teacher = معلّم الفصل
fact-written-by = أعدّ الخطة
fact-start = بداية الخطة
fact-review = موعد مراجعة الخطة

## Stages of support

stage-sen-support = دعم الاحتياجات التعليمية الخاصة ({ EN("SEN Support") })
stage-ehc-plan = خطة التعليم والصحة والرعاية ({ EN("EHC plan") })
stage-early-years-action = دعم في السنوات الأولى ({ EN("Early Years Action") })
stage-early-years-action-plus = دعم إضافي في السنوات الأولى بمساعدة مختصّين ({ EN("Early Years Action Plus") })
stage-school-action = دعم من المدرسة ({ EN("School Action") })
stage-school-action-plus = دعم إضافي من المدرسة بمساعدة مختصّين ({ EN("School Action Plus") })
stage-statement = بيان رسمي بالاحتياجات التعليمية الخاصة ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = التواصل والتعامل مع الآخرين
area-cognition-and-learning = التعلّم والفهم
area-social-emotional-mental-health = العلاقات الاجتماعية والمشاعر والصحة النفسية
area-sensory-and-physical = احتياجات تتعلّق بالحواس (مثل السمع والبصر) وبالجسم

## Relationships

relationship-mother = الأم
relationship-father = الأب
relationship-parent = أحد الوالدين
relationship-carer = مقدّم الرعاية
relationship-foster-carer = من الأسرة الحاضنة
relationship-guardian = الوصي
relationship-grandmother = الجدة
relationship-grandfather = الجد
relationship-aunt = العمة أو الخالة
relationship-uncle = العم أو الخال
relationship-sister = الأخت
relationship-brother = الأخ

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps". Written in the form that reads well after a name.

role-teaching-assistant = مساعد المعلّم
role-class-teacher = معلّم الفصل
role-senco = المسؤول عن دعم الاحتياجات الخاصة، { EN("SENCo") }
role-learning-mentor = مرشد تعليمي، { EN("learning mentor") }
role-teacher-of-the-deaf = معلّم الصمّ وضعاف السمع
role-specialist-teacher = معلّم متخصّص
role-speech-and-language-therapist = أخصائي النطق واللغة
role-educational-psychologist = أخصائي علم النفس التربوي
role-occupational-therapist = أخصائي العلاج الوظيفي
role-physiotherapist = أخصائي العلاج الطبيعي
role-school-nurse = ممرّضة المدرسة
role-family-support-worker = موظّف دعم الأسرة، { EN("family support worker") }
role-head-teacher = مدير المدرسة
role-lunchtime-supervisor = مشرف استراحة الغداء

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [zero] صباح { $times } يوم في الأسبوع
                [one] صباح يوم واحد في الأسبوع
                [two] صباح يومين في الأسبوع
                [few] صباح { $times } أيام في الأسبوع
                [many] صباح { $times } يومًا في الأسبوع
               *[other] صباح { $times } يوم في الأسبوع
            }
        [afternoon]
            { $times ->
                [zero] بعد ظهر { $times } يوم في الأسبوع
                [one] بعد ظهر يوم واحد في الأسبوع
                [two] بعد ظهر يومين في الأسبوع
                [few] بعد ظهر { $times } أيام في الأسبوع
                [many] بعد ظهر { $times } يومًا في الأسبوع
               *[other] بعد ظهر { $times } يوم في الأسبوع
            }
        [lunchtime]
            { $times ->
                [zero] في استراحة الغداء { $times } يوم في الأسبوع
                [one] في استراحة الغداء يومًا واحدًا في الأسبوع
                [two] في استراحة الغداء يومين في الأسبوع
                [few] في استراحة الغداء { $times } أيام في الأسبوع
                [many] في استراحة الغداء { $times } يومًا في الأسبوع
               *[other] في استراحة الغداء { $times } يوم في الأسبوع
            }
       *[none]
            { $times ->
                [zero] { $times } مرة في الأسبوع
                [one] مرة واحدة في الأسبوع
                [two] مرتين في الأسبوع
                [few] { $times } مرات في الأسبوع
                [many] { $times } مرةً في الأسبوع
               *[other] { $times } مرة في الأسبوع
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
                [zero] صباح أيام { $days }
                [one] صباح يوم { $days }
                [two] صباح يومَي { $days }
                [few] صباح أيام { $days }
                [many] صباح أيام { $days }
               *[other] صباح أيام { $days }
            }
        [afternoon]
            { $count ->
                [zero] بعد ظهر أيام { $days }
                [one] بعد ظهر يوم { $days }
                [two] بعد ظهر يومَي { $days }
                [few] بعد ظهر أيام { $days }
                [many] بعد ظهر أيام { $days }
               *[other] بعد ظهر أيام { $days }
            }
        [lunchtime]
            { $count ->
                [zero] في استراحة الغداء أيام { $days }
                [one] في استراحة الغداء يوم { $days }
                [two] في استراحة الغداء يومَي { $days }
                [few] في استراحة الغداء أيام { $days }
                [many] في استراحة الغداء أيام { $days }
               *[other] في استراحة الغداء أيام { $days }
            }
       *[none]
            { $count ->
                [zero] أيام { $days }
                [one] يوم { $days }
                [two] يومَي { $days }
                [few] أيام { $days }
                [many] أيام { $days }
               *[other] أيام { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] في كل حصة
        [day] كل يوم
        [morning] كل صباح
        [afternoon] كل يوم بعد الظهر
        [lunchtime] كل يوم في استراحة الغداء
        [playtime] في كل فسحة
        [after-playtime] بعد كل فسحة
        [week] كل أسبوع
        [two-weeks] كل أسبوعين
        [half-term] كل نصف فصل دراسي
       *[term] كل فصل دراسي
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } في الساعة { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [zero] لمدة { $weeks } أسبوع
        [one] لمدة أسبوع واحد
        [two] لمدة أسبوعين
        [few] لمدة { $weeks } أسابيع
        [many] لمدة { $weeks } أسبوعًا
       *[other] لمدة { $weeks } أسبوع
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
about-heading = نقاط القوة والاهتمامات لدى { $name }

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = ما يصعب على { $name }

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = ما يساعد { $name }

## Targets

targets-heading = الأهداف

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [zero] ليس لدى { $name } أي هدف في هذه الخطة.
        [one] لدى { $name } هدف واحد في هذه الخطة.
        [two] لدى { $name } هدفان في هذه الخطة.
        [few] لدى { $name } { $count } أهداف في هذه الخطة.
        [many] لدى { $name } { $count } هدفًا في هذه الخطة.
       *[other] لدى { $name } { $count } هدف في هذه الخطة.
    } الهدف خطوة صغيرة يمكننا أن نتحقّق منها.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = الهدف { $number }

target-who = مَن يساعد
target-does-what = ماذا يفعلون
target-when = متى وكم مرة
target-success = كيف سنعرف أن المساعدة تنفع
target-home = ما يمكنكم فعله في البيت

## The rest of the plan

home-heading = المساعدة في البيت
exit-heading = متى يمكن أن تتوقف المساعدة الإضافية
further-heading = تقييمات وخدمات أخرى
further-assessments = التقييمات التي خطّطنا لها
further-agencies = خدمات من خارج المدرسة تقدّم المساعدة

## Outside agencies

agency-educational-psychology = أخصائي علم النفس التربوي ({ EN("educational psychologist") })
agency-speech-and-language-therapy = علاج النطق واللغة ({ EN("speech and language therapy") })
agency-behaviour-support = خدمة دعم السلوك ({ EN("behaviour support") })
agency-hearing-support = خدمة دعم السمع ({ EN("hearing support") })
agency-vision-support = خدمة دعم البصر ({ EN("vision support") })
agency-sensory-support = خدمة دعم الحواس ({ EN("sensory support") })
agency-occupational-therapy = العلاج الوظيفي ({ EN("occupational therapy") })
agency-physiotherapy = العلاج الطبيعي ({ EN("physiotherapy") })
agency-camhs = خدمة الصحة النفسية للأطفال والمراهقين ({ EN("CAMHS") })
agency-school-nurse = ممرّضة المدرسة
agency-paediatrician = طبيب الأطفال ({ EN("paediatrician") })
agency-early-help = الدعم المبكر للأسرة ({ EN("early help") })

## Review

review-heading = كيف سارت الخطة
review-date = تاريخ الاجتماع
review-present = مَن حضر
review-outcomes = الأهداف والنتائج
review-col-target = الهدف
review-col-result = النتيجة
review-col-comment = ملاحظات

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = الهدف { $number }

outcome-achieved = تحقّق
outcome-partly = تحقّق جزئيًا
outcome-not-yet = لم يتحقّق بعد

review-progress = التقدّم

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = رأي { $name }

review-parent-comment = رأي الأسرة
review-teacher-comment = رأي المدرسة
review-next-steps = الخطوات التالية
review-next-review = المراجعة القادمة

## Help for parents

contact-heading = أسئلة ومساعدة

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = إذا كان لديكم سؤال عن هذه الخطة، فيُرجى التحدّث مع معلّم الفصل، أو مع الشخص المسؤول عن دعم الاحتياجات الخاصة في المدرسة ({ EN("SENCo") }): { $senco }.

contact-school-phone = رقم هاتف المدرسة

support-intro = يمكنكم أيضًا الحصول على نصائح مجانية من خدمة مستقلة عن المدرسة:
support-phone = الهاتف
support-text = رسالة نصية
support-email = البريد الإلكتروني
support-web = الموقع الإلكتروني
support-drop-in = الحضور دون موعد ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = الصفحة { $page } من { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = أمسية أولياء الأمور: مجموعة المستندات للطباعة

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = { $documents ->
        [zero] لا تضمّ هذه المجموعة أي مستند
        [one] تضمّ هذه المجموعة مستندًا واحدًا
        [two] تضمّ هذه المجموعة مستندَين
        [few] تضمّ هذه المجموعة { $documents } مستندات
        [many] تضمّ هذه المجموعة { $documents } مستندًا
       *[other] تضمّ هذه المجموعة { $documents } مستند
    } { $appointments ->
        [zero] دون أي موعد
        [one] لموعد واحد
        [two] لموعدَين
        [few] لـ{ $appointments } مواعيد
        [many] لـ{ $appointments } موعدًا
       *[other] لـ{ $appointments } موعد
    }، وفق ترتيب المواعيد.

pack-duplex = يُرجى طباعتها على وجهَي الورقة. يبدأ كل مستند على ورقة جديدة، فلا تحمل أي ورقة مستندات أسرتين مختلفتين.

pack-files = كل مستند محفوظ أيضًا في ملف مستقل. إذا طلبت أسرة نسخة بالبريد الإلكتروني، فيُرجى أن تُرسلوا إليها ملفها وحده: يمكن لقارئ الشاشة أن يقرأه بصوت عالٍ.

pack-appointments-heading = المواعيد
pack-col-time = الوقت
pack-col-pupil = الطفل
pack-col-teacher = المعلّم
pack-col-room = القاعة
pack-col-parent-copy = نسخة الأسرة
pack-col-school-copy = نسخة المدرسة
pack-col-page = الصفحة

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = نسخة الأسرة باللغة { $language }
pack-copy-parent-large = نسخة الأسرة باللغة { $language }، بخط كبير
pack-copy-school = نسخة المدرسة باللغة { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }، بخط كبير

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [zero] { $count } نصّ غير مترجَم
        [one] { $count } نصّ غير مترجَم
        [two] { $count } نصّان غير مترجَمَين
        [few] { $count } نصوص غير مترجَمة
        [many] { $count } نصًّا غير مترجَم
       *[other] { $count } نصّ غير مترجَم
    })

pack-missing-heading = ليست في هذه المجموعة
pack-missing-intro = ليس لهذه المواعيد مستندات، لأنه تعذّر تحويل خططها إلى مستندات. ويبيّن الملخّص في نهاية الدفعة ما يجب تصحيحه.
pack-col-problem = المشكلة

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] الإنجليزية
        [pl] البولندية
        [ro] الرومانية
        [pa] البنجابية (بخط غورموخي)
        [pa-Arab] البنجابية (بخط شاهموخي)
        [ur] الأردية
        [pt] البرتغالية
        [es] الإسبانية
        [it] الإيطالية
        [fr] الفرنسية
        [bn] البنغالية
        [gu] الغوجاراتية
        [ar] العربية
        [sq] الألبانية
        [so] الصومالية
        [lt] الليتوانية
        [uk] الأوكرانية
        [tr] التركية
        [fa] الفارسية
        [ta] التاميلية
        [bg] البلغارية
        [hu] الهنغارية
        [ru] الروسية
        [zh-Hans] الصينية المبسطة
        [zh-Hant] الصينية التقليدية
        [ps] البشتو
        [ti] التغرينية
        [ne] النيبالية
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
provision-title = خريطة الدعم الإضافي – { $school }
provision-heading = خريطة الدعم الإضافي ({ EN("provision map") })
provision-intro = تعرض هذه الخريطة الدعم الإضافي الذي تقدّمه المدرسة للأطفال ذوي الاحتياجات التعليمية الخاصة: مَن يقدّمه، وكم مرة، وكم يكلّف، ومَن يشارك فيه، وما الفرق الذي يُحدثه.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = المجموع لهذا المجال: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = التكلفة الإجمالية لكل الدعم الإضافي: { $amount }

provision-col-support = الدعم
provision-col-staff = مَن يقدّمه
provision-col-group = عدد الأطفال في المجموعة
provision-col-often = كم مرة
provision-col-weeks = عدد الأسابيع
provision-col-measure = كيف يُقاس التقدّم
provision-col-cost = التكلفة
provision-col-per-pupil = التكلفة لكل طفل
provision-col-pupils = الأطفال

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، { $sessions ->
        [zero] دون أي جلسة في الأسبوع
        [one] مرة واحدة في الأسبوع
        [two] مرتين في الأسبوع
        [few] { $sessions } مرات في الأسبوع
        [many] { $sessions } مرةً في الأسبوع
       *[other] { $sessions } مرة في الأسبوع
    }

provision-impact-heading = الأثر
provision-impact-intro = تشمل هذه الأرقام الأطفال الذين لديهم درجة في البداية ودرجة في النهاية فقط. تكلفة النقطة هي التكلفة لكل طفل مقسومةً على متوسط التحسّن.
provision-col-entry = متوسط الدرجة في البداية
provision-col-exit = متوسط الدرجة في النهاية
provision-col-gain = متوسط التحسّن
provision-col-per-point = التكلفة لكل طفل عن كل نقطة تحسّن
provision-no-scores = لا توجد درجات بعد

provision-gaps-heading = الثغرات
provision-no-gaps = كل احتياج مذكور في أي خطة يلبّيه دعم واحد على الأقل من الدعم الذي يشارك فيه الطفل.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: تذكر الخطة احتياجات لا يلبّيها أي دعم يشارك فيه الطفل ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = لا يوجد دعم لهذا المجال من مجالات الحاجة: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = خريطة الدعم الإضافي – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = الدعم الإضافي المقدَّم إلى { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = تعرض هذه الخريطة الدعم الإضافي الذي تقدّمه المدرسة للأطفال الذين يحتاجون إليه. الدعم المقدَّم إلى { $name } معلَّم في العمود الأخير ومطبوع بخط عريض.

provision-offer-heading = الدعم الذي تقدّمه المدرسة

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = مشاركة { $name }
provision-mine = نعم، من المشاركين

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = كيف يسير الدعم المقدَّم إلى { $name }

provision-col-start = تاريخ البدء
provision-col-per-week = عدد المرات في الأسبوع
provision-col-score-start = الدرجة في البداية
provision-col-score-end = الدرجة في النهاية
provision-no-score = لم تُسجَّل بعد

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = مواعيد الدعم المقدَّم إلى { $name } كل أسبوع

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = جلسات الدعم الإضافي المقدَّم إلى { $name } في أسبوع دراسي عادي: ما هي كل جلسة، ومَن يقدّمها، وكم تستغرق.

# The heading of the school's week of support (for staff).
provision-school-week-heading = الدعم على مدار الأسبوع

provision-school-week-intro = متى يُقدَّم كل دعم في أسبوع دراسي عادي، ومَن يقدّمه، وأين، وكم طفلًا يشارك فيه.

# The first column of the week table: the time a session starts.
provision-col-time = الوقت

# The row for sessions whose days are known but not their time.
provision-week-no-time = لم يُحدَّد الوقت بعد

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [zero] { $minutes } دقيقة
        [one] { $minutes } دقيقة
        [two] { $minutes } دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [zero] { $count } طفل
        [one] { $count } طفل
        [two] { $count } طفلان
        [few] { $count } أطفال
        [many] { $count } طفلًا
       *[other] { $count } طفل
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = خطة الدعم لطفلكم ({ EN("IEP") }): دليل لأولياء الأمور
leaflet-iep-intro = يحتاج بعض الأطفال إلى مساعدة إضافية في المدرسة، ليتعلّموا ويتقدّموا بشكل جيد. يشرح هذا الدليل الخطة التي تكتبها المدرسة لهذه المساعدة، وكيف يمكنكم أن تشاركوا فيها.

leaflet-what-heading = ما هي الخطة التعليمية الفردية ({ EN("IEP") })؟
leaflet-what-is = الخطة التعليمية الفردية ({ EN("IEP") }) خطة قصيرة لطفل واحد. وكثير من المدارس تسمّيها الآن خطة الدعم ({ EN("support plan") }). تذكر الخطة ما يعمل عليه طفلكم، وما ستفعله المدرسة لمساعدته، وما يمكنكم فعله في البيت.
leaflet-what-who = تكتب المدرسة الخطة معكم، ومع طفلكم أيضًا إن أمكن. يجب أن تحصلوا على نسخة خاصة بكم، ويمكنكم أن تطلبوها بلغة أو بشكل تستطيعون قراءته.

leaflet-contents-heading = ماذا تتضمّن الخطة
leaflet-contents-intro = تتضمّن الخطة عادةً هذه الأجزاء:
leaflet-contents-strengths = ما يُجيده طفلكم وما يستمتع به
leaflet-contents-needs = ما يصعب على طفلكم
leaflet-contents-targets = ثلاثة أو أربعة أهداف: الخطوات التالية التي يعمل طفلكم للوصول إليها
leaflet-contents-help = مَن يساعد، وماذا يفعل، وكم مرة
leaflet-contents-home = ما يمكنكم فعله في البيت
leaflet-contents-review = متى ستُراجَع الخطة مرة أخرى

leaflet-smart-heading = أهداف من نوع { EN("SMART") }
leaflet-smart-intro = الأهداف الجيدة أهداف من نوع { EN("SMART") }. هذه الكلمة مكوّنة من الحروف الأولى لخمس كلمات إنجليزية. ومعنى ذلك أن الأهداف:
leaflet-smart-specific = { EN("Specific") } (محدّدة): تذكر بالضبط ما سيتعلّم طفلكم أن يفعله.
leaflet-smart-measurable = { EN("Measurable") } (قابلة للقياس): يستطيع الجميع أن يروا متى تحقّق الهدف.
leaflet-smart-achievable = { EN("Achievable") } (قابلة للتحقيق): يستطيع طفلكم أن يصل إليها بالمساعدة المناسبة.
leaflet-smart-relevant = { EN("Relevant") } (ذات صلة): مهمّة لتعلّم طفلكم ولحياته.
leaflet-smart-time-bound = { EN("Time-bound") } (محدّدة بوقت): تذكر متى يجب أن يتحقّق الهدف، وعادةً يكون ذلك بحلول المراجعة القادمة.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = مثلًا، «القراءة بشكل أفضل» ليس هدفًا من نوع { EN("SMART") }. أما «قراءة { $read } من أصل { $total } من الكلمات الشائعة في بطاقة الكلمات، عند التحقّق مرتين يفصل بينهما أسبوع، بحلول المراجعة في يناير (كانون الثاني)» فهو هدف من نوع { EN("SMART") }.

leaflet-review-heading = اجتماعات المراجعة
leaflet-review-when = تُراجَع الخطة مرة أخرى في اجتماع مراجعة، يُعقد عادةً مرة في كل فصل دراسي، أي نحو ثلاث مرات في السنة. وتتحقّق المدرسة معكم من كل هدف: هل تحقّق؟ وما الذي ساعد؟
leaflet-review-you = أنتم مدعوّون إلى كل اجتماع مراجعة. ورأيكم مهم: أخبروا المدرسة بما ترونه في البيت وبما يقلقكم. ويمكن لطفلكم أن يشارك أيضًا، بأن يحضر جزءًا من الاجتماع أو بأن يعبّر عن رأيه قبله. ثم يُتَّفق على أهداف جديدة.

leaflet-map-heading = خريطة الدعم الإضافي ({ EN("provision map") })
leaflet-map-what = خريطة الدعم الإضافي قائمة بكل الدعم الإضافي الذي تقدّمه المدرسة، مثل مجموعات القراءة الصغيرة أو لقاء قصير كل يوم للاطمئنان على الطفل. وهي تبيّن مَن يقدّم كل نوع من الدعم، وكم مرة، وما الفرق الذي يُحدثه.
leaflet-map-yours = يمكنكم أن تطلبوا خريطة الدعم الإضافي الخاصة بطفلكم. فهي تعرض الدعم الذي تقدّمه المدرسة، وتضع علامة على الدعم الذي يحصل عليه طفلكم، مع درجات طفلكم في البداية وفي النهاية.

leaflet-stages-heading = مستويات الدعم
leaflet-stages-intro = تستخدم المدرسة هذه الأسماء لمستويات المساعدة الإضافية:
leaflet-stage-sen-support = دعم الاحتياجات التعليمية الخاصة ({ EN("SEN Support") }): تخطّط المدرسة لمساعدة إضافية من موظّفيها ومواردها، وتكتبها في خطة دعم.
leaflet-stage-ehc-plan = خطة التعليم والصحة والرعاية ({ EN("EHC plan") }): خطة قانونية يضعها المجلس المحلي لطفل يحتاج إلى مساعدة أكثر مما تستطيع المدرسة أن تقدّمه من مواردها الخاصة.
leaflet-stage-school-action = دعم من المدرسة ({ EN("School Action") }): تقدّم المدرسة مساعدة إضافية من موظّفيها ومواردها.
leaflet-stage-school-action-plus = دعم إضافي من المدرسة بمساعدة مختصّين ({ EN("School Action Plus") }): تحصل المدرسة أيضًا على نصيحة أو مساعدة من مختصّين من خارج المدرسة.
leaflet-stage-statement = بيان رسمي بالاحتياجات التعليمية الخاصة ({ EN("Statement of SEN") }): وثيقة قانونية من المجلس المحلي تحدّد المساعدة التي يجب أن يحصل عليها الطفل.

leaflet-help-heading = مساعدة مستقلة عن المدرسة
leaflet-help-intro = يمكنكم في أي وقت أن تتحدّثوا مع معلّم الفصل أو مع الشخص المسؤول عن دعم الاحتياجات الخاصة في المدرسة. ويمكنكم أيضًا الحصول على نصائح مجانية من خدمة مستقلة عن المدرسة:
leaflet-help-none = اطلبوا من المدرسة تفاصيل الخدمة المحلية التي تقدّم المعلومات والنصائح والدعم في مجال الاحتياجات التعليمية الخاصة. نصائحها مجانية، وهي مستقلة عن المدرسة.

leaflet-formats-heading = بلغة أخرى أو بشكل آخر
leaflet-formats-ask = يمكنكم أن تطلبوا من المدرسة هذه النشرة وخطة طفلكم بلغة أخرى، أو بخط كبير، أو بطريقة برايل، أو في تسجيل صوتي. ويمكنكم أيضًا أن تطلبوها بالبريد الإلكتروني. يكفي أن تخبروا معلّم الفصل أو مكتب المدرسة.

leaflet-languages-heading = هذه النشرة بلغتكم

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = هذه النشرة متوفّرة باللغة العربية. اطلبوا نسخة منها من المدرسة.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = أسئلة لطرحها في اجتماع المراجعة
leaflet-questions-intro = قد ترغبون في أخذ هذه البطاقة معكم إلى اجتماع المراجعة الخاص بطفلكم. اختاروا الأسئلة المهمّة لكم، واكتبوا ملاحظاتكم في المساحة تحت كل سؤال.
leaflet-question-progress = كيف كان تقدّم طفلي في كل هدف؟
leaflet-question-helped = ما الذي ساعد طفلي أكثر من غيره، وما الذي لم ينفع؟
leaflet-question-next = ما الأهداف الجديدة، ولماذا اخترتم هذه الأهداف؟
leaflet-question-who = مَن سيساعد طفلي، وكم مرة؟
leaflet-question-home = ماذا يمكنني أن أفعل في البيت للمساعدة؟
leaflet-question-child = ما رأي طفلي، وكيف يمكنه أن يشارك؟
leaflet-question-friends = كيف يتعامل طفلي مع الأطفال الآخرين؟
leaflet-question-assess = هل هناك أي تقييمات أو مساعدة من خارج المدرسة مخطّط لها؟
leaflet-question-contact = مع مَن أتحدّث إذا شعرت بالقلق قبل المراجعة القادمة؟
leaflet-question-next-review = متى المراجعة القادمة؟
