# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = План підтримки: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = План підтримки: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Індивідуальний навчальний план ({ EN("IEP") }): примірник для родини

# Under the main heading, for the school's copy.
iep-copy-school = Індивідуальний навчальний план ({ EN("IEP") }): примірник для школи

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = План навчання в групі – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = План навчання в групі: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = План навчання в групі: примірник для родини

# Under the main heading, for the school's copy.
group-copy-school = План навчання в групі: примірник для школи

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } працює над цими цілями в невеликій групі разом з іншими дітьми, яким потрібна така сама допомога. У цьому плані сказано, над чим працює група, хто допомагає і як Ви можете допомогти дитині вдома.

## Opening for parents

iep-intro-heading = Про цей план

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = У цьому плані описано, яку додаткову допомогу { $name } отримує в школі. Тут сказано, над чим { $name } працює, хто допомагає і як Ви можете допомогти вдома.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = { $date } ми знову обговоримо цей план разом із Вами. На цій зустрічі Ви зможете поставити запитання і сказати, що думаєте. Якщо хочете, можете прийти разом із кимось.

iep-intro-formats = Якщо Ви хочете отримати цей план іншою мовою, великим шрифтом або щоб Вам його прочитали вголос, будь ласка, зверніться до адміністрації школи ({ EN("school office") }).

## Key facts

facts-heading = Основна інформація
fact-pupil = Дитина
fact-known-as = Як дитину називають
fact-date-of-birth = Дата народження
fact-year-group = Рік навчання в англійській школі ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (перший рік у школі)
       *[other] { $year }
    }

fact-class = Назва класу
fact-family = Батьки та особи, які доглядають дитину
fact-stage = Рівень підтримки
fact-areas = У чому потрібна допомога
fact-class-teacher = Класний керівник
fact-written-by = Хто склав план
fact-start = Початок дії плану
fact-review = Дата перегляду плану ({ EN("review") })

## Stages of support

stage-sen-support = Додаткова підтримка в школі ({ EN("SEN Support") })
stage-ehc-plan = План освіти, здоровʼя та догляду ({ EN("EHC plan") })
stage-early-years-action = Підтримка в дошкільному віці ({ EN("Early Years Action") })
stage-early-years-action-plus = Підтримка в дошкільному віці із залученням фахівців ({ EN("Early Years Action Plus") })
stage-school-action = Підтримка в школі ({ EN("School Action") })
stage-school-action-plus = Підтримка в школі із залученням фахівців ({ EN("School Action Plus") })
stage-statement = Висновок про особливі освітні потреби ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Спілкування та взаємодія з іншими
area-cognition-and-learning = Навчання та розуміння
area-social-emotional-mental-health = Стосунки з іншими, емоції та психічне здоровʼя
area-sensory-and-physical = Зір, слух і фізичні потреби

## Relationships

relationship-mother = мама
relationship-father = тато
relationship-parent = один із батьків
relationship-carer = особа, яка доглядає дитину
relationship-foster-carer = прийомний батько / прийомна мати
relationship-guardian = законний опікун / законна опікунка
relationship-grandmother = бабуся
relationship-grandfather = дідусь
relationship-aunt = тітка
relationship-uncle = дядько
relationship-sister = сестра
relationship-brother = брат

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = асистент учителя
role-class-teacher = класний керівник
role-senco = координатор з особливих освітніх потреб, { EN("SENCo") }
role-learning-mentor = наставник з навчання
role-teacher-of-the-deaf = учитель дітей із порушеннями слуху
role-specialist-teacher = спеціальний педагог
role-speech-and-language-therapist = логопед
role-educational-psychologist = освітній психолог
role-occupational-therapist = ерготерапевт
role-physiotherapist = фізичний терапевт
role-school-nurse = шкільна медсестра
role-family-support-worker = фахівець із підтримки родини
role-head-teacher = директор школи
role-lunchtime-supervisor = черговий під час обідньої перерви

## When and how often
# A target's "when", written out. The parts are joined as a list of measures
# ("10 хвилин, 4 рази на тиждень уранці, протягом 6 тижнів").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }

# How many times a week, perhaps at one part of the day ($times is at most 14, so one is
# only 1 and needs no number).
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] раз на тиждень уранці
                [few] { $times } рази на тиждень уранці
                [many] { $times } разів на тиждень уранці
               *[other] { $times } раза на тиждень уранці
            }
        [afternoon]
            { $times ->
                [one] раз на тиждень після обіду
                [few] { $times } рази на тиждень після обіду
                [many] { $times } разів на тиждень після обіду
               *[other] { $times } раза на тиждень після обіду
            }
        [lunchtime]
            { $times ->
                [one] раз на тиждень під час обідньої перерви
                [few] { $times } рази на тиждень під час обідньої перерви
                [many] { $times } разів на тиждень під час обідньої перерви
               *[other] { $times } раза на тиждень під час обідньої перерви
            }
       *[none]
            { $times ->
                [one] раз на тиждень
                [few] { $times } рази на тиждень
                [many] { $times } разів на тиждень
               *[other] { $times } раза на тиждень
            }
    }

# On which days of the week, perhaps at one part of the day. The day names come in the
# nominative ("вівторок і четвер"), so no "у" stands before them (it would need
# "середу", "пʼятницю"); the number of days does not change the words.
# Variables:
#   $days (String) - the days, already joined as a list: "вівторок і четвер"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] { $days } уранці
        [afternoon] { $days } після обіду
        [lunchtime] { $days } під час обідньої перерви
       *[none]
            { $count ->
                [one] { $days }
                [few] { $days }
                [many] { $days }
               *[other] { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] на кожному уроці
        [day] щодня
        [morning] щоранку
        [afternoon] щодня після обіду
        [lunchtime] щодня під час обідньої перерви
        [playtime] на кожній перерві
        [after-playtime] після кожної перерви
        [week] щотижня
        [two-weeks] раз на два тижні
        [half-term] раз на пів триместру
       *[term] раз на триместр
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it
when-at = { $when } о { $time }

# For how long the help goes on ("протягом" takes the genitive; one also covers 21, 31 …,
# so it shows the number).
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] протягом { $weeks } тижня
        [few] протягом { $weeks } тижнів
        [many] протягом { $weeks } тижнів
       *[other] протягом { $weeks } тижня
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
about-heading = Що { $name } добре вміє і любить

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = З чим { $name } має труднощі

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Завдяки чому { $name } краще дає собі раду

## Targets

targets-heading = Цілі

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } має в цьому плані { $count } ціль.
        [few] { $name } має в цьому плані { $count } цілі.
        [many] { $name } має в цьому плані { $count } цілей.
       *[other] { $name } має в цьому плані { $count } цілі.
    } Ціль — це маленький крок, який ми можемо перевірити.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Ціль { $number }

target-who = Хто допомагає
target-does-what = Як саме допомагають
target-when = Коли і як часто
target-success = Як ми зрозуміємо, що це допомагає
target-home = Що Ви можете робити вдома

## The rest of the plan

home-heading = Допомога вдома
exit-heading = Коли додаткова допомога вже не буде потрібна
further-heading = Інші обстеження та служби
further-assessments = Заплановані обстеження
further-agencies = Служби поза школою, які допомагають

## Outside agencies

agency-educational-psychology = Освітній психолог ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Логопедична допомога ({ EN("speech and language therapy") })
agency-behaviour-support = Допомога з труднощами в поведінці ({ EN("behaviour support") })
agency-hearing-support = Служба допомоги дітям із порушеннями слуху
agency-vision-support = Служба допомоги дітям із порушеннями зору
agency-sensory-support = Служба допомоги дітям із порушеннями зору чи слуху ({ EN("sensory support") })
agency-occupational-therapy = Ерготерапія ({ EN("occupational therapy") })
agency-physiotherapy = Фізична терапія ({ EN("physiotherapy") })
agency-camhs = Служба психічного здоровʼя дітей і підлітків ({ EN("CAMHS") })
agency-school-nurse = Шкільна медсестра
agency-paediatrician = Дитячий лікар (педіатр)
agency-early-help = Рання допомога родинам ({ EN("Early Help") })

## Review

review-heading = Як спрацював план
review-date = Дата зустрічі
review-present = Хто був на зустрічі
review-outcomes = Цілі та результати
review-col-target = Ціль
review-col-result = Результат
review-col-comment = Коментар

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Ціль { $number }

outcome-achieved = Досягнуто
outcome-partly = Частково досягнуто
outcome-not-yet = Ще не досягнуто

review-progress = Прогрес

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Що каже { $name }

review-parent-comment = Що каже родина
review-teacher-comment = Що каже школа
review-next-steps = Наступні кроки
review-next-review = Наступний перегляд плану

## Help for parents

contact-heading = Запитання і допомога

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Якщо у Вас є запитання щодо цього плану, будь ласка, зверніться до класного керівника або до людини, яка в школі відповідає за допомогу дітям з особливими освітніми потребами ({ EN("SENCo") }). Це { $senco }.

contact-school-phone = Номер телефону школи

support-intro = Ви також можете отримати безкоштовну консультацію в службі, яка не належить до школи:
support-phone = Телефон
support-text = { EN("SMS") }
support-email = Електронна пошта
support-web = Вебсайт
support-drop-in = Прийом без попереднього запису

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Сторінка { $page } з { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Комплект для друку: вечір зустрічей із батьками ({ EN("parents' evening") })

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Цей комплект містить { $documents ->
        [one] { $documents } документ
        [few] { $documents } документи
        [many] { $documents } документів
       *[other] { $documents } документа
    } для { $appointments ->
        [one] { $appointments } зустрічі
        [few] { $appointments } зустрічей
        [many] { $appointments } зустрічей
       *[other] { $appointments } зустрічі
    }, у порядку зустрічей.

pack-duplex = Друкуйте з обох боків аркуша. Кожен документ починається з нового аркуша, тож на жодному аркуші немає документів двох різних родин.

pack-files = Кожен документ також збережено окремим файлом. Коли родина просить надіслати копію електронною поштою, надішліть їй лише її власний файл: його може прочитати вголос програма зчитування з екрана.

pack-appointments-heading = Зустрічі
pack-col-time = Час
pack-col-pupil = Дитина
pack-col-teacher = Учитель
pack-col-room = Кабінет
pack-col-parent-copy = Примірник для родини
pack-col-school-copy = Примірник для школи
pack-col-page = Сторінка

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Примірник для родини: { $language }
pack-copy-parent-large = Примірник для родини: { $language }, великий шрифт
pack-copy-school = Примірник для школи: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, великий шрифт

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } текст без перекладу
        [few] { $count } тексти без перекладу
        [many] { $count } текстів без перекладу
       *[other] { $count } тексту без перекладу
    })

pack-missing-heading = Немає в цьому комплекті
pack-missing-intro = Для цих зустрічей немає документів, бо їхні плани не вдалося перетворити на документи. Що треба виправити, сказано в підсумку наприкінці пакетної обробки ({ EN("batch") }).
pack-col-problem = Проблема

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] англійська
        [pl] польська
        [ro] румунська
        [pa] панджабі (письмо гурмукхі)
        [pa-Arab] панджабі (письмо шахмукхі)
        [ur] урду
        [pt] португальська
        [es] іспанська
        [it] італійська
        [fr] французька
        [bn] бенгальська
        [gu] гуджараті
        [ar] арабська
        [sq] албанська
        [so] сомалі
        [lt] литовська
        [uk] українська
        [tr] турецька
        [fa] перська
        [ta] тамільська
        [bg] болгарська
        [hu] угорська
        [ru] російська
        [zh-Hans] китайська (спрощене письмо)
        [zh-Hant] китайська (традиційне письмо)
        [ps] пушту
        [ti] тигринья
        [ne] непальська
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
provision-title = Карта додаткової підтримки – { $school }
provision-heading = Карта додаткової підтримки ({ EN("provision map") })
provision-intro = У цій карті перелічено додаткову підтримку, яку школа надає дітям з особливими освітніми потребами: хто її проводить, як часто, скільки вона коштує, хто бере участь і що вона змінює.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Разом за цією сферою: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Загальна вартість усієї додаткової підтримки: { $amount }

provision-col-support = Підтримка
provision-col-staff = Хто проводить
provision-col-group = Дітей у групі
provision-col-often = Як часто
provision-col-weeks = Тижнів
provision-col-measure = Як вимірюють прогрес
provision-col-cost = Вартість
provision-col-per-pupil = Вартість на одну дитину
provision-col-pupils = Діти

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }, { $sessions ->
        [one] { $sessions } раз на тиждень
        [few] { $sessions } рази на тиждень
        [many] { $sessions } разів на тиждень
       *[other] { $sessions } раза на тиждень
    }

provision-impact-heading = Вплив
provision-impact-intro = Лише для дітей, які мають бал і на початку, і наприкінці. Вартість одного бала — це вартість на одну дитину, поділена на середній приріст.
provision-col-entry = Середній бал на початку
provision-col-exit = Середній бал наприкінці
provision-col-gain = Середній приріст
provision-col-per-point = Вартість на одну дитину за кожен здобутий бал
provision-no-scores = Балів ще немає

provision-gaps-heading = Прогалини
provision-no-gaps = Кожну потребу, названу в плані, покриває хоча б одна підтримка, у якій бере участь дитина.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: у плані названо потреби, яких не покриває жодна підтримка, у якій бере участь дитина ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Жодна підтримка не покриває цієї сфери потреб: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Карта додаткової підтримки – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Додаткова підтримка: { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Ця карта показує, яку додаткову підтримку школа пропонує дітям, яким вона потрібна. Підтримку, яку отримує { $name }, позначено в останньому стовпці й надруковано жирним шрифтом.

provision-offer-heading = Підтримка, яку пропонує школа

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Чи бере участь { $name }
provision-mine = Так, бере участь

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Як проходить підтримка: { $name }

provision-col-start = Початок
provision-col-per-week = Разів на тиждень
provision-col-score-start = Бал на початку
provision-col-score-end = Бал наприкінці
provision-no-score = Ще немає

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Коли { $name } отримує підтримку протягом тижня

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Заняття з додаткової підтримки, які { $name } має у звичайний шкільний тиждень: що це за заняття, хто їх проводить і скільки триває кожне.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Розклад підтримки на тиждень

provision-school-week-intro = Коли у звичайний шкільний тиждень відбувається кожен вид підтримки, хто його проводить, де і для скількох дітей.

# The first column of the week table: the time a session starts.
provision-col-time = Час

# The row for sessions whose days are known but not their time.
provision-week-no-time = Час ще не визначено

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } хвилина
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } дитина
        [few] { $count } дитини
        [many] { $count } дітей
       *[other] { $count } дитини
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = План підтримки Вашої дитини ({ EN("IEP") }): посібник для батьків
leaflet-iep-intro = Деяким дітям потрібна додаткова допомога в школі, щоб навчатися і добре почуватися. У цьому посібнику пояснено, який план школа складає для такої допомоги і як Ви можете брати в цьому участь.

leaflet-what-heading = Що таке { EN("IEP") }
leaflet-what-is = { EN("IEP") } (індивідуальний навчальний план) — це короткий план для однієї дитини. Багато шкіл тепер називають його планом підтримки ({ EN("support plan") }). У ньому сказано, над чим працює Ваша дитина, що робитиме школа, щоб їй допомогти, і що Ви можете робити вдома.
leaflet-what-who = Школа складає план разом із Вами і, якщо можливо, разом із Вашою дитиною. Ви маєте отримати власний примірник. Ви можете попросити його мовою або у форматі, які Вам зручно читати.

leaflet-contents-heading = Що є в плані
leaflet-contents-intro = Зазвичай план має такі частини:
leaflet-contents-strengths = що Ваша дитина добре вміє і що любить
leaflet-contents-needs = що Вашій дитині важко
leaflet-contents-targets = три або чотири цілі: наступні кроки, до яких прямує Ваша дитина
leaflet-contents-help = хто допомагає, що саме робить і як часто
leaflet-contents-home = що Ви можете робити вдома
leaflet-contents-review = коли план переглянуть знову

leaflet-smart-heading = Цілі { EN("SMART") }
leaflet-smart-intro = Добрі цілі — це цілі { EN("SMART") }. Це слово складено з перших літер пʼяти англійських слів. Воно означає, що цілі:
leaflet-smart-specific = { EN("Specific") } (конкретні): у них точно сказано, що саме Ваша дитина навчиться робити.
leaflet-smart-measurable = { EN("Measurable") } (вимірювані): усі можуть побачити, коли ціль досягнуто.
leaflet-smart-achievable = { EN("Achievable") } (досяжні): Ваша дитина може їх досягти, якщо отримає потрібну допомогу.
leaflet-smart-relevant = { EN("Relevant") } (доречні): вони важливі для навчання і життя Вашої дитини.
leaflet-smart-time-bound = { EN("Time-bound") } (обмежені в часі): у них сказано, до якого часу їх треба досягти, зазвичай до наступного перегляду плану.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Наприклад, «краще читати» — це не ціль { EN("SMART") }. А «прочитати { $read } із { $total } поширених слів на картці слів під час двох перевірок з проміжком у тиждень, до перегляду плану в січні» — це ціль { EN("SMART") }.

leaflet-review-heading = Перегляд плану
leaflet-review-when = План знову розглядають на зустрічі для перегляду плану, зазвичай раз на триместр ({ EN("term") }), тобто приблизно тричі на рік. Школа разом із Вами перевіряє кожну ціль: чи її досягнуто і що допомогло?
leaflet-review-you = Вас запрошують на кожен перегляд плану. Ваша думка важлива: розкажіть школі, що Ви бачите вдома і що Вас турбує. Ваша дитина теж може брати участь: прийти на частину зустрічі або заздалегідь розповісти, що вона думає. Потім разом домовляються про нові цілі.

leaflet-map-heading = Карта додаткової підтримки ({ EN("provision map") })
leaflet-map-what = Карта додаткової підтримки — це перелік усієї додаткової підтримки, яку надає школа, наприклад, заняття з читання в малих групах або коротка щоденна розмова з дорослим. У ній показано, хто проводить кожен вид підтримки, як часто і що вона змінює.
leaflet-map-yours = Ви можете попросити карту додаткової підтримки для своєї дитини. Вона показує підтримку, яку пропонує школа, і позначає ту, яку отримує Ваша дитина. Там також є бали дитини на початку і наприкінці.

leaflet-stages-heading = Рівні підтримки
leaflet-stages-intro = Школа називає рівні додаткової допомоги так:
leaflet-stage-sen-support = Додаткова підтримка в школі ({ EN("SEN Support") }): школа планує додаткову допомогу силами своїх працівників і власними ресурсами. Цю допомогу записують у план підтримки.
leaflet-stage-ehc-plan = План освіти, здоровʼя та догляду ({ EN("EHC plan") }): юридично обовʼязковий план від місцевої влади ({ EN("local council") }). Його складають для дитини, якій потрібно більше допомоги, ніж школа може дати власними ресурсами.
leaflet-stage-school-action = Підтримка в школі ({ EN("School Action") }): школа надає додаткову допомогу силами своїх працівників і власними ресурсами.
leaflet-stage-school-action-plus = Підтримка в школі із залученням фахівців ({ EN("School Action Plus") }): школа також отримує поради чи допомогу від фахівців, які працюють поза школою.
leaflet-stage-statement = Висновок про особливі освітні потреби ({ EN("Statement of SEN") }): юридичний документ від місцевої влади ({ EN("local council") }), у якому визначено, яку допомогу дитина обовʼязково має отримати.

leaflet-help-heading = Незалежна допомога
leaflet-help-intro = Ви можете будь-коли поговорити з класним керівником або з людиною, яка в школі відповідає за допомогу дітям з особливими освітніми потребами ({ EN("SENCo") }). Ви також можете отримати безкоштовну консультацію в службі, яка не належить до школи:
leaflet-help-none = Попросіть у школи контакти місцевої служби, яка надає інформацію, поради та підтримку щодо особливих освітніх потреб. Її консультації безкоштовні, і вона не належить до школи.

leaflet-formats-heading = Інша мова чи формат
leaflet-formats-ask = Ви можете попросити в школи цей посібник і план Вашої дитини іншою мовою, великим шрифтом, шрифтом Брайля або в аудіозаписі. Також можна попросити надіслати їх електронною поштою. Просто скажіть про це класному керівникові або в адміністрації школи.

leaflet-languages-heading = Цей посібник Вашою мовою

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Цей посібник можна отримати українською мовою. Попросіть примірник у школі.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Запитання для зустрічі з перегляду плану
leaflet-questions-intro = Можливо, Ви захочете взяти цю картку на зустріч із перегляду плану Вашої дитини. Виберіть запитання, які важливі для Вас, і записуйте нотатки у вільному місці під кожним із них.
leaflet-question-progress = Яких успіхів досягла моя дитина щодо кожної цілі?
leaflet-question-helped = Що найбільше допомогло моїй дитині, а що не спрацювало?
leaflet-question-next = Які нові цілі і чому саме ці?
leaflet-question-who = Хто допомагатиме моїй дитині і як часто?
leaflet-question-home = Що я можу робити вдома, щоб допомогти?
leaflet-question-child = Що думає моя дитина і як вона може брати участь?
leaflet-question-friends = Як моя дитина ладнає з іншими дітьми?
leaflet-question-assess = Чи заплановано якісь обстеження або допомогу фахівців поза школою?
leaflet-question-contact = До кого звернутися, якщо мене щось турбуватиме до наступного перегляду плану?
leaflet-question-next-review = Коли буде наступний перегляд плану?
