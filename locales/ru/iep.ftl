# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Every value a message puts into its text ({ $name }, { $count }) is set apart from it
# (Unicode's bidi isolates), so that it keeps its place in a sentence of the other
# direction. In a translation, words kept in English (a gloss, "(SEN Support)") are
# written { EN("SEN Support") }: they are then read in an English voice.
# Russian: parents are addressed as "Вы"; the pupil's name stays in the nominative, so
# sentences are built with the name as their subject (or after a colon).

## Document title and headings

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = План поддержки: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = План поддержки: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Индивидуальный учебный план ({ EN("IEP") }): экземпляр для семьи

# Under the main heading, for the school's copy.
iep-copy-school = Индивидуальный учебный план ({ EN("IEP") }): экземпляр для школы

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = План обучения в группе – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = План обучения в группе: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = План обучения в группе: экземпляр для семьи

# Under the main heading, for the school's copy.
group-copy-school = План обучения в группе: экземпляр для школы

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } работает над этими целями в небольшой группе вместе с другими детьми, которым нужна такая же помощь. В этом плане сказано, над чем работает группа, кто помогает и как Вы можете помочь ребёнку дома.

## Opening for parents

iep-intro-heading = Об этом плане

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = В этом плане описано, какую дополнительную помощь { $name } получает в школе. Здесь сказано, над чем { $name } работает, кто помогает и как Вы можете помочь дома.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = { $date } мы снова обсудим этот план вместе с Вами. На этой встрече Вы сможете задать вопросы и сказать, что думаете. Если хотите, можете прийти вместе с кем-нибудь.

iep-intro-formats = Если Вы хотите получить этот план на другом языке, крупным шрифтом или чтобы Вам его прочитали вслух, пожалуйста, обратитесь в администрацию школы ({ EN("school office") }).

## Key facts

facts-heading = Основные сведения
fact-pupil = Ребёнок
fact-known-as = Как ребёнка называют
fact-date-of-birth = Дата рождения
fact-year-group = Год обучения в английской школе ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (первый год в школе)
       *[other] { $year }
    }

fact-class = Класс
fact-family = Родители и те, кто заботится о ребёнке
fact-stage = Уровень поддержки
fact-areas = В чём нужна помощь
fact-class-teacher = Классный руководитель
fact-written-by = Кто составил план
fact-start = Начало действия плана
fact-review = Дата пересмотра плана ({ EN("review") })

## Stages of support

stage-sen-support = Поддержка детей с особыми образовательными потребностями ({ EN("SEN Support") })
stage-ehc-plan = План обучения, здоровья и ухода ({ EN("EHC plan") })
stage-early-years-action = Поддержка в дошкольном возрасте ({ EN("Early Years Action") })
stage-early-years-action-plus = Поддержка в дошкольном возрасте с привлечением специалистов ({ EN("Early Years Action Plus") })
stage-school-action = Поддержка силами школы ({ EN("School Action") })
stage-school-action-plus = Поддержка силами школы с привлечением специалистов ({ EN("School Action Plus") })
stage-statement = Заключение об особых образовательных потребностях ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Общение и взаимодействие с другими
area-cognition-and-learning = Учёба и понимание
area-social-emotional-mental-health = Отношения с другими, эмоции и психическое здоровье
area-sensory-and-physical = Зрение, слух и физические потребности

## Relationships

relationship-mother = мама
relationship-father = папа
relationship-parent = родитель
relationship-carer = человек, который заботится о ребёнке
relationship-foster-carer = приёмный родитель
relationship-guardian = законный опекун
relationship-grandmother = бабушка
relationship-grandfather = дедушка
relationship-aunt = тётя
relationship-uncle = дядя
relationship-sister = сестра
relationship-brother = брат

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.
# Russian: roles are in the nominative, masculine as the generic form, except школьная
# медсестра; role-senco uses a comma, as the role itself stands in brackets after a name.

role-teaching-assistant = помощник учителя
role-class-teacher = классный руководитель
role-senco = координатор по особым образовательным потребностям, { EN("SENCo") }
role-learning-mentor = наставник по учёбе
role-teacher-of-the-deaf = учитель детей с нарушениями слуха
role-specialist-teacher = специальный педагог
role-speech-and-language-therapist = логопед
role-educational-psychologist = педагог-психолог
role-occupational-therapist = эрготерапевт
role-physiotherapist = физиотерапевт
role-school-nurse = школьная медсестра
role-family-support-worker = специалист по поддержке семьи
role-head-teacher = директор школы
role-lunchtime-supervisor = дежурный во время обеденного перерыва

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out, and when-parts puts the parts one after the other ("10 minutes, 4 mornings a
# week, for 6 weeks").
# Russian: "10 минут, 4 раза в неделю по утрам, в течение 6 недель".

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }

# How many times a week, perhaps at one part of the day.
# Russian: $times is at most 14, so one is only 1 and needs no number.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] раз в неделю утром
                [few] { $times } раза в неделю по утрам
                [many] { $times } раз в неделю по утрам
               *[other] { $times } раза в неделю по утрам
            }
        [afternoon]
            { $times ->
                [one] раз в неделю после обеда
                [few] { $times } раза в неделю после обеда
                [many] { $times } раз в неделю после обеда
               *[other] { $times } раза в неделю после обеда
            }
        [lunchtime]
            { $times ->
                [one] раз в неделю во время обеденного перерыва
                [few] { $times } раза в неделю во время обеденного перерыва
                [many] { $times } раз в неделю во время обеденного перерыва
               *[other] { $times } раза в неделю во время обеденного перерыва
            }
       *[none]
            { $times ->
                [one] раз в неделю
                [few] { $times } раза в неделю
                [many] { $times } раз в неделю
               *[other] { $times } раза в неделю
            }
    }

# On which days of the week, perhaps at one part of the day.
# Russian: the day names come in the nominative ("вторник и четверг"), so no "в" stands
# before them (it would need "среду", "пятницу"); timetable style, "вторник и четверг
# по утрам".
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning]
            { $count ->
                [one] { $days } утром
               *[other] { $days } по утрам
            }
        [afternoon] { $days } после обеда
        [lunchtime] { $days } во время обеденного перерыва
       *[none] { $days }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] на каждом уроке
        [day] каждый день
        [morning] каждое утро
        [afternoon] каждый день после обеда
        [lunchtime] каждый день во время обеденного перерыва
        [playtime] на каждой перемене
        [after-playtime] после каждой перемены
        [week] каждую неделю
        [two-weeks] раз в две недели
        [half-term] раз в полтриместра
       *[term] раз в триместр
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } в { $time }

# For how long the help goes on.
# Russian: "в течение" takes the genitive; one also covers 21, 31 …, so it shows the number.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] в течение { $weeks } недели
        [few] в течение { $weeks } недель
        [many] в течение { $weeks } недель
       *[other] в течение { $weeks } недели
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
about-heading = Что { $name } хорошо умеет и любит

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = С чем { $name } справляется с трудом

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Благодаря чему { $name } лучше справляется

## Targets

targets-heading = Цели

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] По этому плану { $name } работает над { $count } целью.
        [few] По этому плану { $name } работает над { $count } целями.
        [many] По этому плану { $name } работает над { $count } целями.
       *[other] По этому плану { $name } работает над { $count } цели.
    } Цель — это небольшой шаг, который мы можем проверить.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Цель { $number }

target-who = Кто помогает
target-does-what = Что именно делают
target-when = Когда и как часто
target-success = Как мы поймём, что это помогает
target-home = Что Вы можете делать дома

## The rest of the plan

home-heading = Помощь дома
exit-heading = Когда дополнительную помощь можно будет прекратить
further-heading = Другие проверки и службы
further-assessments = Проверки, которые мы запланировали
further-agencies = Службы вне школы, которые помогают

## Outside agencies

agency-educational-psychology = Педагог-психолог ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Логопедическая помощь ({ EN("speech and language therapy") })
agency-behaviour-support = Служба помощи при трудностях с поведением ({ EN("behaviour support") })
agency-hearing-support = Служба помощи детям с нарушениями слуха
agency-vision-support = Служба помощи детям с нарушениями зрения
agency-sensory-support = Служба помощи детям с нарушениями зрения или слуха ({ EN("sensory support") })
agency-occupational-therapy = Эрготерапия ({ EN("occupational therapy") })
agency-physiotherapy = Физиотерапия ({ EN("physiotherapy") })
agency-camhs = Служба психического здоровья детей и подростков ({ EN("CAMHS") })
agency-school-nurse = Школьная медсестра
agency-paediatrician = Детский врач (педиатр)
agency-early-help = Ранняя помощь семьям ({ EN("Early Help") })

## Review

review-heading = Как работал план
review-date = Дата встречи
review-present = Кто пришёл на встречу
review-outcomes = Цели и результаты
review-col-target = Цель
review-col-result = Результат
review-col-comment = Комментарий

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Цель { $number }

outcome-achieved = Достигнута
outcome-partly = Частично достигнута
outcome-not-yet = Пока не достигнута

review-progress = Прогресс

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Что говорит { $name }

review-parent-comment = Что говорит семья
review-teacher-comment = Что говорит школа
review-next-steps = Следующие шаги
review-next-review = Следующий пересмотр плана

## Help for parents

contact-heading = Вопросы и помощь

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Если у Вас есть вопрос по этому плану, пожалуйста, обратитесь к классному руководителю или к человеку, который в школе отвечает за помощь детям с особыми образовательными потребностями ({ EN("SENCo") }). Это { $senco }.

contact-school-phone = Телефон школы

support-intro = Вы также можете получить бесплатную консультацию в службе, которая не относится к школе:
support-phone = Телефон
support-text = СМС
support-email = Электронная почта
support-web = Сайт
support-drop-in = Приём без записи

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Страница { $page } из { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Комплект для печати к вечеру встреч с родителями ({ EN("parents' evening") })

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = В этом комплекте { $documents ->
        [one] { $documents } документ
        [few] { $documents } документа
        [many] { $documents } документов
       *[other] { $documents } документа
    } для { $appointments ->
        [one] { $appointments } встречи
        [few] { $appointments } встреч
        [many] { $appointments } встреч
       *[other] { $appointments } встречи
    }, в порядке встреч.

pack-duplex = Печатайте на обеих сторонах листа. Каждый документ начинается с нового листа, поэтому ни на одном листе нет документов двух разных семей.

pack-files = Каждый документ также сохранён отдельным файлом. Когда семья просит прислать копию по электронной почте, отправьте ей только её собственный файл: его может прочитать вслух программа экранного доступа.

pack-appointments-heading = Встречи
pack-col-time = Время
pack-col-pupil = Ученик
pack-col-teacher = Учитель
pack-col-room = Кабинет
pack-col-parent-copy = Экземпляр для семьи
pack-col-school-copy = Экземпляр для школы
pack-col-page = Страница

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Экземпляр для семьи: { $language }
pack-copy-parent-large = Экземпляр для семьи: { $language }, крупный шрифт
pack-copy-school = Экземпляр для школы: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, крупный шрифт

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } текст без перевода
        [few] { $count } текста без перевода
        [many] { $count } текстов без перевода
       *[other] { $count } текста без перевода
    })

pack-missing-heading = Нет в этом комплекте
pack-missing-intro = Для этих встреч нет документов, потому что их планы не удалось превратить в документы. Что нужно исправить, сказано в сводке в конце пакетной обработки ({ EN("batch") }).
pack-col-problem = Проблема

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] английский
        [pl] польский
        [ro] румынский
        [pa] панджаби (письмо гурмукхи)
        [pa-Arab] панджаби (письмо шахмукхи)
        [ur] урду
        [pt] португальский
        [es] испанский
        [it] итальянский
        [fr] французский
        [bn] бенгальский
        [gu] гуджарати
        [ar] арабский
        [sq] албанский
        [so] сомалийский
        [lt] литовский
        [uk] украинский
        [tr] турецкий
        [fa] персидский
        [ta] тамильский
        [bg] болгарский
        [hu] венгерский
        [ru] русский
        [zh-Hans] китайский, упрощенное письмо
        [zh-Hant] китайский, традиционное письмо
        [ps] пушту
        [ti] тигринья
        [ne] непальский
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
provision-title = Карта дополнительной поддержки – { $school }
provision-heading = Карта дополнительной поддержки ({ EN("provision map") })
provision-intro = В этой карте перечислена дополнительная поддержка, которую школа оказывает детям с особыми образовательными потребностями: кто её проводит, как часто, сколько она стоит, кто в ней участвует и что она меняет.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Итого по этой области: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Общая стоимость всей дополнительной поддержки: { $amount }

provision-col-support = Поддержка
provision-col-staff = Кто проводит
provision-col-group = Детей в группе
provision-col-often = Как часто
provision-col-weeks = Недель
provision-col-measure = Как измеряют прогресс
provision-col-cost = Стоимость
provision-col-per-pupil = Стоимость на одного ребёнка
provision-col-pupils = Дети

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }, { $sessions ->
        [one] { $sessions } раз в неделю
        [few] { $sessions } раза в неделю
        [many] { $sessions } раз в неделю
       *[other] { $sessions } раза в неделю
    }

provision-impact-heading = Результаты
provision-impact-intro = Только для детей, у которых есть балл и в начале, и в конце. Стоимость одного балла — это стоимость на одного ребёнка, делённая на средний прирост.
provision-col-entry = Средний балл в начале
provision-col-exit = Средний балл в конце
provision-col-gain = Средний прирост
provision-col-per-point = Стоимость на одного ребёнка за каждый набранный балл
provision-no-scores = Баллов пока нет

provision-gaps-heading = Пробелы
provision-no-gaps = Каждую потребность, названную в плане, покрывает хотя бы одна поддержка, в которой участвует ребёнок.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: в плане названы потребности, которые не покрывает ни одна поддержка, в которой участвует ребёнок ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Ни одна поддержка не покрывает эту область потребностей: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Карта дополнительной поддержки – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Дополнительная поддержка: { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Эта карта показывает, какую дополнительную поддержку школа предлагает детям, которым она нужна. Поддержка, которую получает { $name }, отмечена в последнем столбце и напечатана жирным шрифтом.

provision-offer-heading = Поддержка, которую предлагает школа

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Участвует ли { $name }
provision-mine = Да, участвует

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Как идёт поддержка: { $name }

provision-col-start = Начало
provision-col-per-week = Раз в неделю
provision-col-score-start = Балл в начале
provision-col-score-end = Балл в конце
provision-no-score = Пока нет

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Когда { $name } получает поддержку в течение недели

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Занятия дополнительной поддержки, которые { $name } посещает в обычную школьную неделю: что это за занятие, кто его проводит и сколько оно длится.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Расписание поддержки на неделю

provision-school-week-intro = Когда в обычную школьную неделю проходит каждый вид поддержки, кто его проводит, где и для скольких детей.

# The first column of the week table: the time a session starts.
provision-col-time = Время

# The row for sessions whose days are known but not their time.
provision-week-no-time = Время пока не назначено

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } минута
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } ребёнок
        [few] { $count } ребёнка
        [many] { $count } детей
       *[other] { $count } ребёнка
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.
# Russian: the guide (and "this leaflet") is "памятка", the question card "карточка", a
# review "пересмотр плана".

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = План поддержки Вашего ребёнка ({ EN("IEP") }): памятка для родителей
leaflet-iep-intro = Некоторым детям нужна дополнительная помощь в школе, чтобы учиться и успешно справляться. В этой памятке объясняется, какой план школа составляет для такой помощи и как Вы можете в этом участвовать.

leaflet-what-heading = Что такое { EN("IEP") }
leaflet-what-is = { EN("IEP") } (индивидуальный учебный план) — это короткий план для одного ребёнка. Многие школы сейчас называют его планом поддержки ({ EN("support plan") }). В нём сказано, над чем работает Ваш ребёнок, что будет делать школа, чтобы ему помочь, и что Вы можете делать дома.
leaflet-what-who = Школа составляет план вместе с Вами и, если возможно, вместе с Вашим ребёнком. Вы должны получить свой экземпляр. Вы можете попросить его на языке или в формате, который Вам удобно читать.

leaflet-contents-heading = Что в нём есть
leaflet-contents-intro = Обычно в плане есть такие части:
leaflet-contents-strengths = что Ваш ребёнок хорошо умеет и что любит
leaflet-contents-needs = что Вашему ребёнку даётся трудно
leaflet-contents-targets = три или четыре цели: следующие шаги, к которым идёт Ваш ребёнок
leaflet-contents-help = кто помогает, что именно делает и как часто
leaflet-contents-home = что Вы можете делать дома
leaflet-contents-review = когда план пересмотрят снова

leaflet-smart-heading = Цели { EN("SMART") }
leaflet-smart-intro = Хорошие цели — это цели { EN("SMART") }. Это значит, что они:
leaflet-smart-specific = { EN("Specific") } (конкретные): в них точно сказано, чему именно научится Ваш ребёнок.
leaflet-smart-measurable = { EN("Measurable") } (измеримые): все могут увидеть, когда цель достигнута.
leaflet-smart-achievable = { EN("Achievable") } (достижимые): Ваш ребёнок может их достичь, если получит нужную помощь.
leaflet-smart-relevant = { EN("Relevant") } (значимые): они важны для учёбы и жизни Вашего ребёнка.
leaflet-smart-time-bound = { EN("Time-bound") } (со сроком): в них сказано, к какому времени их нужно достичь, обычно к следующему пересмотру плана.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Например, «лучше читать» — это не цель { EN("SMART") }. А «прочитать { $read } из { $total ->
        [one] { $total } часто встречающегося слова
        [few] { $total } часто встречающихся слов
        [many] { $total } часто встречающихся слов
       *[other] { $total } часто встречающегося слова
    } на карточке со словами на двух проверках с промежутком в неделю, к пересмотру плана в январе» — это цель { EN("SMART") }.

leaflet-review-heading = Пересмотр плана
leaflet-review-when = План снова рассматривают на встрече по пересмотру плана, обычно раз в триместр ({ EN("term") }), то есть примерно три раза в год. Школа вместе с Вами проверяет каждую цель: достигнута ли она и что помогло?
leaflet-review-you = Вас приглашают на каждый пересмотр плана. Ваше мнение важно: расскажите школе, что Вы видите дома и что Вас беспокоит. Ваш ребёнок тоже может участвовать: прийти на часть встречи или заранее рассказать, что он думает. Потом вместе договариваются о новых целях.

leaflet-map-heading = Карта дополнительной поддержки ({ EN("provision map") })
leaflet-map-what = Карта дополнительной поддержки — это список всей дополнительной поддержки, которую оказывает школа, например занятия по чтению в небольших группах или короткая ежедневная беседа со взрослым. В ней показано, кто проводит каждый вид поддержки, как часто и что она меняет.
leaflet-map-yours = Вы можете попросить карту дополнительной поддержки для своего ребёнка. Она показывает поддержку, которую предлагает школа, и отмечает ту, которую получает Ваш ребёнок. В ней также есть баллы ребёнка в начале и в конце.

leaflet-stages-heading = Уровни поддержки
leaflet-stages-intro = Школа называет уровни дополнительной помощи так:
leaflet-stage-sen-support = Поддержка детей с особыми образовательными потребностями ({ EN("SEN Support") }): школа планирует дополнительную помощь силами своих сотрудников и за счёт своих ресурсов. Эту помощь записывают в план поддержки.
leaflet-stage-ehc-plan = План обучения, здоровья и ухода ({ EN("EHC plan") }): юридически обязательный план от местных органов власти ({ EN("local council") }). Его составляют для ребёнка, которому нужно больше помощи, чем школа может дать за счёт своих ресурсов.
leaflet-stage-school-action = Поддержка силами школы ({ EN("School Action") }): школа оказывает дополнительную помощь силами своих сотрудников и за счёт своих ресурсов.
leaflet-stage-school-action-plus = Поддержка силами школы с привлечением специалистов ({ EN("School Action Plus") }): школа также получает советы или помощь от специалистов, которые работают вне школы.
leaflet-stage-statement = Заключение об особых образовательных потребностях ({ EN("Statement of SEN") }): юридический документ от местных органов власти ({ EN("local council") }), в котором указано, какую помощь ребёнок обязательно должен получать.

leaflet-help-heading = Независимая помощь
leaflet-help-intro = Вы можете в любое время поговорить с классным руководителем или с человеком, который в школе отвечает за помощь детям с особыми образовательными потребностями ({ EN("SENCo") }). Вы также можете получить бесплатную консультацию в службе, которая не относится к школе:
leaflet-help-none = Попросите в школе контакты местной службы, которая даёт информацию, советы и поддержку по вопросам особых образовательных потребностей. Её консультации бесплатны, и она не относится к школе.

leaflet-formats-heading = Другой язык или формат
leaflet-formats-ask = Вы можете попросить в школе эту памятку и план Вашего ребёнка на другом языке, крупным шрифтом, шрифтом Брайля или в аудиозаписи. Можно также попросить прислать их по электронной почте. Просто скажите об этом классному руководителю или в администрации школы.

leaflet-languages-heading = Эта памятка на Вашем языке

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Эта памятка есть на русском языке. Попросите экземпляр в школе.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Вопросы для встречи по пересмотру плана
leaflet-questions-intro = Возможно, Вы захотите взять эту карточку на встречу по пересмотру плана Вашего ребёнка. Выберите вопросы, которые важны для Вас, и записывайте заметки в свободном месте под каждым из них.
leaflet-question-progress = Каких успехов добился мой ребёнок по каждой цели?
leaflet-question-helped = Что больше всего помогло моему ребёнку, а что не сработало?
leaflet-question-next = Какие новые цели и почему именно эти?
leaflet-question-who = Кто будет помогать моему ребёнку и как часто?
leaflet-question-home = Что я могу делать дома, чтобы помочь?
leaflet-question-child = Что думает мой ребёнок и как он может участвовать?
leaflet-question-friends = Как мой ребёнок ладит с другими детьми?
leaflet-question-assess = Запланированы ли какие-то проверки или помощь специалистов вне школы?
leaflet-question-contact = К кому обратиться, если меня что-то будет беспокоить до следующего пересмотра плана?
leaflet-question-next-review = Когда будет следующий пересмотр плана?
