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
iep-title = План за подкрепа на { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = План за подкрепа на { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Индивидуален образователен план ({ EN("IEP") }): копие за семейството

# Under the main heading, for the school's copy.
iep-copy-school = Индивидуален образователен план ({ EN("IEP") }): копие за училището

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = План за обучение в група – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = План за обучение в група: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = План за обучение в група: копие за семейството

# Under the main heading, for the school's copy.
group-copy-school = План за обучение в група: копие за училището

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } работи по тези цели в малка група с други ученици, които имат нужда от същия вид помощ. Този план казва по какво работи групата, кой помага и как можете да помогнете на { $name } у дома.

## Opening for parents

iep-intro-heading = За този план

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Този план показва допълнителната помощ, която { $name } получава в училище. В него пише по какво работи { $name }, кой помага и как можете да помогнете у дома.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = На { $date } ще прегледаме плана отново заедно с Вас. На тази среща можете да задавате въпроси и да ни кажете какво мислите. Можете да доведете някого със себе си.

iep-intro-formats = Ако желаете да получите този план на друг език, с едър шрифт или прочетен на глас, моля, обърнете се към канцеларията на училището.

## Key facts

facts-heading = Основна информация
fact-pupil = Дете
fact-known-as = Име, което използва всеки ден
fact-date-of-birth = Дата на раждане
fact-year-group = Година на обучение в английското училище ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (първата година в училище)
       *[other] Година { $year } ({ EN("Year") } { $year })
    }

fact-class = Клас
fact-family = Родители и хора, които се грижат за детето
fact-stage = Степен на подкрепа
fact-areas = Области, в които е нужна подкрепа
fact-class-teacher = Класен ръководител
fact-written-by = Планът е изготвен от
fact-start = Начало на плана
fact-review = Дата на прегледа на плана ({ EN("review") })

## Stages of support

stage-sen-support = Подкрепа за деца със специални образователни потребности ({ EN("SEN Support") })
stage-ehc-plan = План за образование, здраве и грижа ({ EN("EHC plan") })
stage-early-years-action = Подкрепа в ранна възраст ({ EN("Early Years Action") })
stage-early-years-action-plus = Подкрепа в ранна възраст с участие на външни специалисти ({ EN("Early Years Action Plus") })
stage-school-action = Подкрепа от училището ({ EN("School Action") })
stage-school-action-plus = Подкрепа от училището с участие на външни специалисти ({ EN("School Action Plus") })
stage-statement = Становище за специални образователни потребности ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Общуване и взаимодействие с другите
area-cognition-and-learning = Учене и разбиране
area-social-emotional-mental-health = Отношения с другите, емоции и психично здраве
area-sensory-and-physical = Зрение, слух и физически потребности

## Relationships

relationship-mother = майка
relationship-father = баща
relationship-parent = родител
relationship-carer = човек, който се грижи за детето
relationship-foster-carer = приемен родител
relationship-guardian = настойник
relationship-grandmother = баба
relationship-grandfather = дядо
relationship-aunt = леля
relationship-uncle = чичо / вуйчо
relationship-sister = сестра
relationship-brother = брат

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = помощник на учителя
role-class-teacher = класен ръководител
role-senco = координатор за специалните образователни потребности, { EN("SENCo") }
role-learning-mentor = наставник по учебната работа
role-teacher-of-the-deaf = учител на деца с увреден слух
role-specialist-teacher = специален педагог
role-speech-and-language-therapist = логопед
role-educational-psychologist = образователен психолог
role-occupational-therapist = ерготерапевт
role-physiotherapist = кинезитерапевт
role-school-nurse = училищна медицинска сестра
role-family-support-worker = социален работник за подкрепа на семейството
role-head-teacher = директор на училището
role-lunchtime-supervisor = дежурен по време на обедната почивка

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out, and when-parts puts the parts one after the other ("10 minutes, 4 mornings a
# week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] веднъж седмично сутрин
               *[other] { $times } пъти седмично сутрин
            }
        [afternoon]
            { $times ->
                [one] веднъж седмично следобед
               *[other] { $times } пъти седмично следобед
            }
        [lunchtime]
            { $times ->
                [one] веднъж седмично по време на обедната почивка
               *[other] { $times } пъти седмично по време на обедната почивка
            }
       *[none]
            { $times ->
                [one] веднъж седмично
               *[other] { $times } пъти седмично
            }
    }

# On which days of the week, perhaps at one part of the day.
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] { $days } сутрин
        [afternoon] { $days } следобед
        [lunchtime] { $days } по време на обедната почивка
       *[none]
            { $count ->
                [one] { $days }
               *[other] { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] на всеки учебен час
        [day] всеки ден
        [morning] всяка сутрин
        [afternoon] всеки следобед
        [lunchtime] по време на всяка обедна почивка
        [playtime] през всяко междучасие
        [after-playtime] след всяко междучасие
        [week] всяка седмица
        [two-weeks] на всеки две седмици
        [half-term] на всеки половин триместър
       *[term] всеки триместър
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } в { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] в продължение на една седмица
       *[other] в продължение на { $weeks } седмици
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
about-heading = Какво { $name } умее добре и какво обича

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Какво е трудно за { $name }

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Какво помага на { $name }

## Targets

targets-heading = Цели

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } има една цел в този план.
       *[other] { $name } има { $count } цели в този план.
    } Целта е малка стъпка, която можем да проверим.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Цел { $number }

target-who = Кой помага
target-does-what = Какво прави
target-when = Кога и колко често
target-success = Как ще разберем, че помага
target-home = Какво можете да правите у дома

## The rest of the plan

home-heading = Помощ у дома
exit-heading = Кога допълнителната помощ може да спре
further-heading = Други проверки и служби
further-assessments = Планирани проверки
further-agencies = Служби извън училището, които помагат

## Outside agencies

agency-educational-psychology = Образователен психолог ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Логопедична помощ ({ EN("speech and language therapy") })
agency-behaviour-support = Служба за подкрепа при трудности с поведението ({ EN("behaviour support") })
agency-hearing-support = Служба за подкрепа на деца с увреден слух
agency-vision-support = Служба за подкрепа на деца с увредено зрение
agency-sensory-support = Служба за подкрепа на деца с увредено зрение или слух ({ EN("sensory support") })
agency-occupational-therapy = Ерготерапия ({ EN("occupational therapy") })
agency-physiotherapy = Кинезитерапия ({ EN("physiotherapy") })
agency-camhs = Служба за психично здраве на деца и юноши ({ EN("CAMHS") })
agency-school-nurse = Училищна медицинска сестра
agency-paediatrician = Детски лекар (педиатър)
agency-early-help = Ранна помощ за семейството ({ EN("Early Help") })

## Review

review-heading = Как премина планът
review-date = Дата на срещата
review-present = Кой присъства
review-outcomes = Цели и резултати
review-col-target = Цел
review-col-result = Резултат
review-col-comment = Коментар

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Цел { $number }

outcome-achieved = Постигната
outcome-partly = Частично постигната
outcome-not-yet = Все още не е постигната

review-progress = Напредък

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Какво каза { $name }

review-parent-comment = Какво каза семейството
review-teacher-comment = Какво каза училището
review-next-steps = Следващи стъпки
review-next-review = Следващ преглед на плана

## Help for parents

contact-heading = Въпроси и помощ

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Ако имате въпрос за този план, моля, говорете с класния ръководител или с { $senco } – човека, който ръководи подкрепата за децата със специални образователни потребности в училището ({ EN("SENCo") }).

contact-school-phone = Телефон на училището

support-intro = Можете да получите и безплатен съвет от служба, която не е част от училището:
support-phone = Телефон
support-text = Текстово съобщение (SMS)
support-email = Имейл
support-web = Уебсайт
support-drop-in = Посещение без предварително записване

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Страница { $page } от { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Пакет за печат за срещите с родители ({ EN("parents' evening") })

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Този пакет съдържа { $documents ->
        [one] един документ
       *[other] { $documents } документа
    } за { $appointments ->
        [one] една среща
       *[other] { $appointments } срещи
    }, подредени по реда на срещите.

pack-duplex = Отпечатайте го двустранно. Всеки документ започва на нов лист, така че на нито един лист няма документи за две семейства.

pack-files = Всеки документ е запазен и като отделен файл. Когато някое семейство поиска копие по имейл, изпратете му неговия собствен файл: програма за четене на екрана може да го прочете на глас.

pack-appointments-heading = Срещи
pack-col-time = Час
pack-col-pupil = Ученик
pack-col-teacher = Учител
pack-col-room = Стая
pack-col-parent-copy = Копие за семейството
pack-col-school-copy = Копие за училището
pack-col-page = Страница

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Копие за семейството, език: { $language }
pack-copy-parent-large = Копие за семейството, език: { $language }, едър шрифт
pack-copy-school = Копие за училището, език: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, едър шрифт

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } текст без превод
       *[other] { $count } текста без превод
    })

pack-missing-heading = Не са включени в този пакет
pack-missing-intro = За тези срещи няма документи, защото от плановете им не можаха да се изготвят документи. Обобщението в края на обработката казва какво трябва да се поправи.
pack-col-problem = Проблем

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] английски
        [pl] полски
        [ro] румънски
        [pa] пенджабски (писменост гурмукхи)
        [pa-Arab] пенджабски (писменост шахмукхи)
        [ur] урду
        [pt] португалски
        [es] испански
        [it] италиански
        [fr] френски
        [bn] бенгалски
        [gu] гуджарати
        [ar] арабски
        [sq] албански
        [so] сомалийски
        [lt] литовски
        [uk] украински
        [tr] турски
        [fa] персийски
        [ta] тамилски
        [bg] български
        [hu] унгарски
        [ru] руски
        [zh-Hans] китайски (опростен)
        [zh-Hant] китайски (традиционен)
        [ps] пущу
        [ti] тигриня
        [ne] непалски
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
provision-title = Карта на допълнителната подкрепа – { $school }
provision-heading = Карта на допълнителната подкрепа ({ EN("provision map") })
provision-intro = Тази карта изброява допълнителната подкрепа, която училището осигурява за учениците със специални образователни потребности: кой я провежда, колко често, колко струва, кой участва и каква промяна постига.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Общо за тази област: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Обща цена на цялата допълнителна подкрепа: { $amount }

provision-col-support = Подкрепа
provision-col-staff = Кой я провежда
provision-col-group = Брой ученици в групата
provision-col-often = Колко често
provision-col-weeks = Седмици
provision-col-measure = Как се измерва напредъкът
provision-col-cost = Цена
provision-col-per-pupil = Цена за един ученик
provision-col-pupils = Ученици

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    }, { $sessions ->
        [one] веднъж седмично
       *[other] { $sessions } пъти седмично
    }

provision-impact-heading = Ефект
provision-impact-intro = За учениците, които имат резултат в началото и в края. Цената за точка е цената за един ученик, разделена на средното подобрение.
provision-col-entry = Среден резултат в началото
provision-col-exit = Среден резултат в края
provision-col-gain = Средно подобрение
provision-col-per-point = Цена за един ученик за всяка спечелена точка
provision-no-scores = Все още няма резултати

provision-gaps-heading = Пропуски
provision-no-gaps = Всяка потребност, посочена в план, се покрива от някоя от формите на подкрепа, в които ученикът участва.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: планът посочва потребности, които не се покриват от нито една от формите на подкрепа, в които ученикът участва ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Нито една форма на подкрепа не покрива тази област на потребности: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Карта на допълнителната подкрепа – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Допълнителна подкрепа за { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Тази карта показва допълнителната подкрепа, която училището предлага на учениците, които имат нужда от нея. Подкрепата, която получава { $name }, е отбелязана в последната колона и е отпечатана с удебелен шрифт.

provision-offer-heading = Подкрепа, която училището предлага

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = За { $name }
provision-mine = Да, участва

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Как върви подкрепата за { $name }

provision-col-start = Начало
provision-col-per-week = Пъти седмично
provision-col-score-start = Резултат в началото
provision-col-score-end = Резултат в края
provision-no-score = Все още няма

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Кога { $name } получава подкрепа през седмицата

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Заниманията с допълнителна подкрепа, които { $name } има в обикновена училищна седмица: какво е всяко от тях, кой го провежда и колко време продължава.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Седмичен график на подкрепата

provision-school-week-intro = Кога се провежда всяка форма на подкрепа в обикновена училищна седмица, кой я провежда, къде и за колко ученици е.

# The first column of the week table: the time a session starts.
provision-col-time = Час

# The row for sessions whose days are known but not their time.
provision-week-no-time = Часът още не е определен

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } ученик
       *[other] { $count } ученици
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Планът за подкрепа на Вашето дете ({ EN("IEP") }): ръководство за родители
leaflet-iep-intro = Някои деца имат нужда от допълнителна помощ в училище, за да учат и да се чувстват добре. Това ръководство обяснява плана, който училището изготвя за тази помощ, и как можете да участвате.

leaflet-what-heading = Какво е { EN("IEP") }
leaflet-what-is = { EN("IEP") } (индивидуален образователен план) е кратък план за едно дете. Много училища вече го наричат план за подкрепа ({ EN("support plan") }). В него пише по какво работи Вашето дете, какво ще направи училището, за да помогне, и какво можете да правите у дома.
leaflet-what-who = Училището го изготвя заедно с Вас и, когато е възможно, с Вашето дете. Трябва да получите собствено копие и можете да го поискате на език или във формат, който можете да четете.

leaflet-contents-heading = Какво съдържа планът
leaflet-contents-intro = Обикновено планът има следните части:
leaflet-contents-strengths = какво Вашето дете умее добре и какво обича
leaflet-contents-needs = какво е трудно за Вашето дете
leaflet-contents-targets = три или четири цели: следващите стъпки, към които върви Вашето дете
leaflet-contents-help = кой помага, какво прави и колко често
leaflet-contents-home = какво можете да правите у дома
leaflet-contents-review = кога планът ще бъде прегледан отново

leaflet-smart-heading = Цели { EN("SMART") }
leaflet-smart-intro = Добрите цели са { EN("SMART") }. Това означава, че те са:
leaflet-smart-specific = { EN("Specific") } (конкретни): казват точно какво ще се научи да прави Вашето дете.
leaflet-smart-measurable = { EN("Measurable") } (измерими): всеки може да види кога целта е постигната.
leaflet-smart-achievable = { EN("Achievable") } (постижими): Вашето дете може да ги постигне с подходящата помощ.
leaflet-smart-relevant = { EN("Relevant") } (важни): имат значение за ученето и живота на Вашето дете.
leaflet-smart-time-bound = { EN("Time-bound") } (със срок): казват до кога трябва да бъдат постигнати, обикновено до следващия преглед.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Например „да чете по-добре“ не е цел { EN("SMART") }. А „да прочете { $read } от { $total } често срещани думи от картата с думи при две проверки с една седмица разлика, до прегледа през януари“ е цел { EN("SMART") }.

leaflet-review-heading = Прегледи
leaflet-review-when = Планът се преглежда отново на среща за преглед, обикновено веднъж на триместър ({ EN("term") }), тоест около три пъти годишно. Училището проверява с Вас всяка цел: постигната ли е и какво помогна?
leaflet-review-you = Поканени сте на всеки преглед. Вашето мнение е важно: кажете на училището какво виждате у дома и какво Ви тревожи. Вашето дете също може да участва – като дойде за част от срещата или като сподели мнението си преди нея. След това се договарят нови цели.

leaflet-map-heading = Карти на допълнителната подкрепа ({ EN("provision map") })
leaflet-map-what = Картата на допълнителната подкрепа е списъкът на училището с цялата допълнителна подкрепа, която то осигурява, например четене в малки групи или кратък разговор с възрастен всеки ден. Тя показва кой провежда всеки вид подкрепа, колко често и каква промяна постига.
leaflet-map-yours = Можете да поискате карта на допълнителната подкрепа за Вашето дете. Тя показва подкрепата, която училището предлага, и отбелязва подкрепата, която получава Вашето дете, заедно с резултатите на детето в началото и в края.

leaflet-stages-heading = Степени на подкрепа
leaflet-stages-intro = Училището използва следните наименования за степените на допълнителна помощ:
leaflet-stage-sen-support = Подкрепа за деца със специални образователни потребности ({ EN("SEN Support") }): училището планира допълнителна помощ със собствения си персонал и ресурси и я записва в план за подкрепа.
leaflet-stage-ehc-plan = План за образование, здраве и грижа ({ EN("EHC plan") }): план със законова сила от местната власт ({ EN("local council") }) за дете, което има нужда от повече помощ, отколкото училището може да даде със собствените си ресурси.
leaflet-stage-school-action = Подкрепа от училището ({ EN("School Action") }): училището дава допълнителна помощ със собствения си персонал и ресурси.
leaflet-stage-school-action-plus = Подкрепа от училището с участие на външни специалисти ({ EN("School Action Plus") }): училището получава и съвет или помощ от специалисти извън училището.
leaflet-stage-statement = Становище за специални образователни потребности ({ EN("Statement of SEN") }): официален документ от местната власт ({ EN("local council") }), в който е записана помощта, която детето трябва да получи.

leaflet-help-heading = Независима помощ
leaflet-help-intro = По всяко време можете да говорите с класния ръководител или с човека, който ръководи подкрепата за децата със специални образователни потребности в училището ({ EN("SENCo") }). Можете да получите и безплатен съвет от служба, която не е част от училището:
leaflet-help-none = Попитайте училището за данните за контакт на местната служба за информация, съвети и подкрепа при специални образователни потребности. Съветите ѝ са безплатни и тя не е част от училището.

leaflet-formats-heading = Друг език или формат
leaflet-formats-ask = Можете да поискате от училището тази брошура и плана на Вашето дете на друг език, с едър шрифт, на брайлов шрифт или като аудиозапис. Можете да ги поискате и по имейл. Просто кажете на класния ръководител или в канцеларията на училището.

leaflet-languages-heading = Тази брошура на Вашия език

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Тази брошура е налична на български език. Поискайте копие от училището.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Въпроси за срещата за преглед на плана
leaflet-questions-intro = Можете да вземете тази карта на срещата за преглед на плана на Вашето дете. Изберете въпросите, които са важни за Вас, и си записвайте бележки в мястото под всеки от тях.
leaflet-question-progress = Как се справи детето ми с всяка цел?
leaflet-question-helped = Какво помогна най-много на детето ми и какво не подейства?
leaflet-question-next = Кои са новите цели и защо точно тези?
leaflet-question-who = Кой ще помага на детето ми и колко често?
leaflet-question-home = Какво мога да правя у дома, за да помогна?
leaflet-question-child = Какво мисли детето ми и как може да участва?
leaflet-question-friends = Как се разбира детето ми с другите деца?
leaflet-question-assess = Планирани ли са проверки или помощ извън училището?
leaflet-question-contact = С кого да говоря, ако се тревожа за нещо преди следващия преглед?
leaflet-question-next-review = Кога е следващият преглед?
