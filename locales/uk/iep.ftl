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
iep-heading = План підтримки: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Індивідуальний навчальний план (IEP): примірник для родини

# Under the main heading, for the school's copy.
iep-copy-school = Індивідуальний навчальний план (IEP): примірник для школи

## Opening for parents

iep-intro-heading = Про цей план

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = У цьому плані описано, яку додаткову допомогу { $name } отримує в школі. Тут сказано, над чим { $name } працює, хто допомагає і як Ви можете допомогти вдома.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = { $date } ми знову обговоримо цей план разом із Вами. На цій зустрічі Ви зможете поставити запитання і сказати, що думаєте. Якщо хочете, можете прийти разом із кимось.

iep-intro-formats = Якщо Ви хочете отримати цей план іншою мовою, великим шрифтом або щоб Вам його прочитали вголос, будь ласка, зверніться до адміністрації школи (school office).

## Key facts

facts-heading = Основна інформація
fact-pupil = Дитина
fact-known-as = Як дитину називають
fact-date-of-birth = Дата народження
fact-year-group = Клас (Year group)

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] Reception (перший рік у школі)
       *[other] { $year } клас
    }

fact-class = Назва класу
fact-family = Батьки та опікуни
fact-stage = Рівень підтримки
fact-areas = У чому потрібна допомога
fact-class-teacher = Класний керівник
fact-written-by = Хто склав план
fact-start = Початок дії плану
fact-review = Дата перегляду плану (review)

## Stages of support

stage-sen-support = Додаткова підтримка в школі (SEN Support)
stage-ehc-plan = План освіти, здоровʼя та догляду (EHC plan)
stage-early-years-action = Підтримка в дошкільному віці (Early Years Action)
stage-early-years-action-plus = Підтримка в дошкільному віці із залученням фахівців (Early Years Action Plus)
stage-school-action = Підтримка в школі (School Action)
stage-school-action-plus = Підтримка в школі із залученням фахівців (School Action Plus)
stage-statement = Висновок про особливі освітні потреби (Statement of SEN)

## Areas of need

area-communication-and-interaction = Спілкування та взаємодія з іншими
area-cognition-and-learning = Навчання та розуміння
area-social-emotional-mental-health = Стосунки з іншими, емоції та психічне здоровʼя
area-sensory-and-physical = Зір, слух і фізичні потреби

## Relationships

relationship-mother = мама
relationship-father = тато
relationship-parent = один із батьків
relationship-carer = опікун / опікунка
relationship-foster-carer = прийомний батько / прийомна мати
relationship-guardian = законний опікун / законна опікунка
relationship-grandmother = бабуся
relationship-grandfather = дідусь
relationship-aunt = тітка
relationship-uncle = дядько
relationship-sister = сестра
relationship-brother = брат

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

agency-educational-psychology = Освітній психолог (educational psychologist)
agency-speech-and-language-therapy = Логопедична допомога (speech and language therapy)
agency-behaviour-support = Допомога з труднощами в поведінці (behaviour support)
agency-hearing-support = Служба допомоги дітям із порушеннями слуху
agency-vision-support = Служба допомоги дітям із порушеннями зору
agency-sensory-support = Служба допомоги дітям із порушеннями зору чи слуху (sensory support)
agency-occupational-therapy = Ерготерапія (occupational therapy)
agency-physiotherapy = Фізична терапія (physiotherapy)
agency-camhs = Служба психічного здоровʼя дітей і підлітків (CAMHS)
agency-school-nurse = Шкільна медсестра
agency-paediatrician = Дитячий лікар (педіатр)
agency-early-help = Рання допомога родинам (Early Help)

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
contact-senco = Якщо у Вас є запитання щодо цього плану, будь ласка, зверніться до класного керівника або до людини, яка в школі відповідає за допомогу дітям з особливими освітніми потребами (SENCo). Це { $senco }.

contact-school-phone = Номер телефону школи

support-intro = Ви також можете отримати безкоштовну консультацію в службі, яка не належить до школи:
support-phone = Телефон
support-text = SMS
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
pack-title = Комплект для друку: вечір зустрічей із батьками (parents' evening)

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

pack-missing-heading = Немає в цьому комплекті
pack-missing-intro = Для цих зустрічей немає документів, бо їхні плани не вдалося перетворити на документи. Що треба виправити, сказано в підсумку наприкінці пакетної обробки (batch).
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
provision-heading = Карта додаткової підтримки (provision map)
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
