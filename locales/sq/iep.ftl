# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Plani i mbështetjes: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Plani i mbështetjes: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Plani arsimor individual ({ EN("IEP") }): kopja për familjen

# Under the main heading, for the school's copy.
iep-copy-school = Plani arsimor individual ({ EN("IEP") }): kopja e shkollës

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Plani i të mësuarit në grup – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Plani i të mësuarit në grup: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Plani i të mësuarit në grup: kopja për familjen

# Under the main heading, for the school's copy.
group-copy-school = Plani i të mësuarit në grup: kopja e shkollës

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } punon për këto objektiva në një grup të vogël, bashkë me fëmijë të tjerë që kanë nevojë për të njëjtin lloj ndihme. Ky plan tregon për çfarë po punon grupi, kush ndihmon dhe si mund ta ndihmoni fëmijën në shtëpi.

## Opening for parents

iep-intro-heading = Rreth këtij plani

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Ky plan tregon ndihmën shtesë që merr { $name } në shkollë. Në të shkruhet në çfarë po punon { $name }, kush e ndihmon dhe si mund të ndihmoni ju në shtëpi.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Më { $date } do ta shohim përsëri planin së bashku me ju. Në atë takim mund të bëni pyetje dhe të na tregoni mendimin tuaj. Nëse dëshironi, mund të vini edhe me dikë tjetër.

iep-intro-formats = Nëse e dëshironi këtë plan në një gjuhë tjetër, me shkronja të mëdha ose të lexuar me zë, ju lutemi drejtohuni te sekretaria e shkollës.

## Key facts

facts-heading = Të dhënat kryesore
fact-pupil = Fëmija
fact-known-as = Emri që përdoret zakonisht
fact-date-of-birth = Data e lindjes
fact-year-group = Viti i shkollimit ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (klasa përgatitore)
       *[other] Viti { $year }
    }

fact-class = Klasa
fact-family = Prindërit dhe kujdestarët
fact-stage = Niveli i mbështetjes
fact-areas = Fushat ku ka nevojë për ndihmë
fact-class-teacher = Mësuesi ose mësuesja e klasës
fact-written-by = Plani u shkrua nga
fact-start = Fillimi i planit
fact-review = Data e rishikimit

## Stages of support

stage-sen-support = Mbështetje në shkollë për nevoja të veçanta arsimore ({ EN("SEN Support") })
stage-ehc-plan = Plani për arsimin, shëndetin dhe kujdesin ({ EN("EHC plan") })
stage-early-years-action = Mbështetje në çerdhe ose në kopsht ({ EN("Early Years Action") })
stage-early-years-action-plus = Mbështetje e shtuar në çerdhe ose në kopsht, me ndihmën e specialistëve ({ EN("Early Years Action Plus") })
stage-school-action = Mbështetje nga shkolla ({ EN("School Action") })
stage-school-action-plus = Mbështetje nga shkolla, me ndihmën e specialistëve nga jashtë ({ EN("School Action Plus") })
stage-statement = Dokument zyrtar për nevojat e veçanta arsimore ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Komunikimi dhe marrëdhëniet me të tjerët
area-cognition-and-learning = Të mësuarit dhe të kuptuarit
area-social-emotional-mental-health = Marrëdhëniet shoqërore, emocionet dhe shëndeti mendor
area-sensory-and-physical = Nevojat shqisore (shikimi, dëgjimi) dhe fizike

## Relationships

relationship-mother = nëna
relationship-father = babai
relationship-parent = prindi
relationship-carer = personi që kujdeset për fëmijën
relationship-foster-carer = prindi kujdestar
relationship-guardian = kujdestari ligjor
relationship-grandmother = gjyshja
relationship-grandfather = gjyshi
relationship-aunt = tezja / halla
relationship-uncle = daja / xhaxhai
relationship-sister = motra
relationship-brother = vëllai

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = ndihmësi i mësuesit
role-class-teacher = mësuesi ose mësuesja e klasës
role-senco = personi që drejton ndihmën për nevojat e veçanta arsimore, { EN("SENCo") }
role-learning-mentor = mentori për të mësuarit
role-teacher-of-the-deaf = mësuesi për fëmijët me vështirësi në dëgjim
role-specialist-teacher = mësuesi i specializuar
role-speech-and-language-therapist = terapisti i të folurit dhe i gjuhës
role-educational-psychologist = psikologu arsimor
role-occupational-therapist = terapisti për aftësitë e përditshme
role-physiotherapist = fizioterapisti
role-school-nurse = infermieri i shkollës
role-family-support-worker = punonjësi për ndihmën e familjeve
role-head-teacher = drejtori i shkollës
role-lunchtime-supervisor = personi që kujdeset për fëmijët gjatë drekës

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] një mëngjes në javë
               *[other] { $times } mëngjese në javë
            }
        [afternoon]
            { $times ->
                [one] një pasdite në javë
               *[other] { $times } pasdite në javë
            }
        [lunchtime]
            { $times ->
                [one] një herë në javë gjatë pushimit të drekës
               *[other] { $times } herë në javë gjatë pushimit të drekës
            }
       *[none]
            { $times ->
                [one] një herë në javë
               *[other] { $times } herë në javë
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
                [one] { $days } në mëngjes
               *[other] { $days } në mëngjes
            }
        [afternoon]
            { $count ->
                [one] { $days } pasdite
               *[other] { $days } pasdite
            }
        [lunchtime]
            { $count ->
                [one] { $days } gjatë pushimit të drekës
               *[other] { $days } gjatë pushimit të drekës
            }
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
        [lesson] në çdo orë mësimi
        [day] çdo ditë
        [morning] çdo mëngjes
        [afternoon] çdo pasdite
        [lunchtime] çdo ditë gjatë pushimit të drekës
        [playtime] në çdo pushim
        [after-playtime] pas çdo pushimi
        [week] çdo javë
        [two-weeks] çdo dy javë
        [half-term] dy herë në çdo periudhë shkollore
       *[term] një herë në çdo periudhë shkollore
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } në orën { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] për një javë
       *[other] për { $weeks } javë
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
about-heading = { $name }: çfarë di të bëjë mirë dhe çfarë i pëlqen

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name }: çfarë e ka të vështirë

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = { $name }: çfarë e ndihmon

## Targets

targets-heading = Objektivat

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } ka një objektiv në këtë plan.
       *[other] { $name } ka { $count } objektiva në këtë plan.
    } Një objektiv është një hap i vogël që ne mund ta kontrollojmë.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Objektivi { $number }

target-who = Kush ndihmon
target-does-what = Çfarë bëhet
target-when = Kur dhe sa shpesh
target-success = Si do ta kuptojmë që po jep rezultat
target-home = Çfarë mund të bëni ju në shtëpi

## The rest of the plan

home-heading = Ndihma në shtëpi
exit-heading = Kur mund të ndalet ndihma shtesë
further-heading = Vlerësime dhe shërbime të tjera
further-assessments = Vlerësimet e planifikuara
further-agencies = Shërbimet jashtë shkollës që ndihmojnë

## Outside agencies

agency-educational-psychology = Psikolog arsimor ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Terapi e të folurit dhe e gjuhës ({ EN("speech and language therapy") })
agency-behaviour-support = Shërbimi për ndihmë me sjelljen ({ EN("behaviour support") })
agency-hearing-support = Shërbimi për ndihmë me dëgjimin ({ EN("hearing support") })
agency-vision-support = Shërbimi për ndihmë me shikimin ({ EN("vision support") })
agency-sensory-support = Shërbimi për ndihmë me shikimin dhe dëgjimin ({ EN("sensory support") })
agency-occupational-therapy = Terapi për aftësitë e përditshme ({ EN("occupational therapy") })
agency-physiotherapy = Fizioterapi ({ EN("physiotherapy") })
agency-camhs = Shërbimi i shëndetit mendor për fëmijë dhe të rinj ({ EN("CAMHS") })
agency-school-nurse = Shërbimi infermieror i shkollës
agency-paediatrician = Mjek për fëmijë (pediatër)
agency-early-help = Ndihmë e hershme për familjet ({ EN("Early Help") })

## Review

review-heading = Si shkoi plani
review-date = Data e takimit
review-present = Kush mori pjesë
review-outcomes = Objektivat dhe rezultatet
review-col-target = Objektivi
review-col-result = Rezultati
review-col-comment = Komenti

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Objektivi { $number }

outcome-achieved = U arrit
outcome-partly = U arrit pjesërisht
outcome-not-yet = Nuk është arritur ende

review-progress = Përparimi

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Çfarë tha { $name }

review-parent-comment = Çfarë tha familja
review-teacher-comment = Çfarë tha shkolla
review-next-steps = Hapat e ardhshëm
review-next-review = Rishikimi i ardhshëm

## Help for parents

contact-heading = Pyetje dhe ndihmë

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Nëse keni ndonjë pyetje për këtë plan, ju lutemi flisni me mësuesin ose mësuesen e klasës, ose me personin që drejton ndihmën për nevojat e veçanta arsimore në shkollë ({ EN("SENCo") }): { $senco }.

contact-school-phone = Numri i telefonit të shkollës

support-intro = Mund të merrni këshilla falas edhe nga një shërbim që është i pavarur nga shkolla:
support-phone = Telefoni
support-text = Mesazh (SMS)
support-email = Posta elektronike ({ EN("e-mail") })
support-web = Faqja e internetit
support-drop-in = Pritje pa takim paraprak

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Faqja { $page } nga { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Dosja për printim për takimin me prindërit ({ EN("parents' evening") })

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Kjo dosje përmban { $documents ->
        [one] një dokument
       *[other] { $documents } dokumente
    } për { $appointments ->
        [one] një takim
       *[other] { $appointments } takime
    }, sipas radhës së takimeve.

pack-duplex = Printojeni nga të dyja anët e letrës. Çdo dokument fillon në një fletë të re, prandaj asnjë fletë nuk ka dokumente të dy familjeve.

pack-files = Çdo dokument është ruajtur edhe si skedar më vete. Kur një familje kërkon një kopje me e-mail, dërgoni vetëm skedarin e asaj familjeje: atë mund ta lexojë me zë një lexues ekrani.

pack-appointments-heading = Takimet
pack-col-time = Ora
pack-col-pupil = Fëmija
pack-col-teacher = Mësuesi/ja
pack-col-room = Salla
pack-col-parent-copy = Kopja për familjen
pack-col-school-copy = Kopja e shkollës
pack-col-page = Faqja

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Kopja për familjen në { $language }
pack-copy-parent-large = Kopja për familjen në { $language }, me shkronja të mëdha
pack-copy-school = Kopja e shkollës në { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, me shkronja të mëdha

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } tekst i papërkthyer
       *[other] { $count } tekste të papërkthyera
    })

pack-missing-heading = Nuk janë në këtë dosje
pack-missing-intro = Këto takime nuk kanë dokumente, sepse planet e tyre nuk u bënë dot dokumente. Përmbledhja në fund të përpunimit ({ EN("batch") }) tregon çfarë duhet ndrequr.
pack-col-problem = Problemi

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] anglisht
        [pl] polonisht
        [ro] rumanisht
        [pa] panxhabisht (shkrimi gurmuki)
        [pa-Arab] panxhabisht (shkrimi shahmuki)
        [ur] urdu
        [pt] portugalisht
        [es] spanjisht
        [it] italisht
        [fr] frëngjisht
        [bn] bengalisht
        [gu] guxharatisht
        [ar] arabisht
        [sq] shqip
        [so] somalisht
        [lt] lituanisht
        [uk] ukrainisht
        [tr] turqisht
        [fa] persisht
        [ta] tamilisht
        [bg] bullgarisht
        [hu] hungarisht
        [ru] rusisht
        [zh-Hans] kinezishte e thjeshtuar
        [zh-Hant] kinezishte tradicionale
        [ps] pashtoisht
        [ti] tigrinjaisht
        [ne] nepalisht
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
provision-title = Harta e mbështetjes shtesë – { $school }
provision-heading = Harta e mbështetjes shtesë ({ EN("provision map") })
provision-intro = Kjo hartë rendit mbështetjen shtesë që shkolla ofron për fëmijët me nevoja të veçanta arsimore: kush e jep, sa shpesh, sa kushton, kush merr pjesë dhe çfarë ndryshimi sjell.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Gjithsej për këtë fushë: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Kostoja gjithsej e mbështetjes shtesë: { $amount }

provision-col-support = Mbështetja
provision-col-staff = Kush e jep
provision-col-group = Sa fëmijë në grup
provision-col-often = Sa shpesh
provision-col-weeks = Sa javë
provision-col-measure = Si matet përparimi
provision-col-cost = Kostoja
provision-col-per-pupil = Kostoja për çdo fëmijë
provision-col-pupils = Fëmijët

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    }, { $sessions ->
        [one] një herë në javë
       *[other] { $sessions } herë në javë
    }

provision-impact-heading = Ndikimi
provision-impact-intro = Këtu llogariten vetëm fëmijët që kanë pikë si në fillim, ashtu edhe në fund. Kostoja për pikë është kostoja për çdo fëmijë, e pjesëtuar me rritjen mesatare.
provision-col-entry = Pikët mesatare në fillim
provision-col-exit = Pikët mesatare në fund
provision-col-gain = Rritja mesatare
provision-col-per-point = Kostoja për çdo fëmijë për çdo pikë të fituar
provision-no-scores = Ende nuk ka pikë

provision-gaps-heading = Mangësitë
provision-no-gaps = Çdo nevojë që përmendet në një plan mbulohet nga ndonjë prej mbështetjeve ku merr pjesë fëmija.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: plani përmend nevoja që nuk i mbulon asnjë nga mbështetjet ku merr pjesë fëmija ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Asnjë mbështetje nuk e mbulon këtë fushë: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Harta e mbështetjes shtesë – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = { $name }: mbështetja shtesë

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Kjo hartë tregon mbështetjen shtesë që shkolla u ofron fëmijëve që kanë nevojë për të. Mbështetja që merr { $name } është shënuar në kolonën e fundit dhe është shtypur me shkronja të trasha.

provision-offer-heading = Mbështetja që ofron shkolla

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = A merr pjesë { $name }?
provision-mine = Po, merr pjesë

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name }: si po shkon mbështetja

provision-col-start = Data e fillimit
provision-col-per-week = Herë në javë
provision-col-score-start = Pikët në fillim
provision-col-score-end = Pikët në fund
provision-no-score = Ende jo

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = { $name }: kur e merr mbështetjen gjatë javës

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Seancat e mbështetjes shtesë që ka { $name } në një javë të zakonshme shkolle: çfarë është secila, kush e drejton dhe sa zgjat.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Mbështetja gjatë javës

provision-school-week-intro = Kur zhvillohet çdo mbështetje në një javë të zakonshme shkolle, kush e jep, ku dhe për sa fëmijë është.

# The first column of the week table: the time a session starts.
provision-col-time = Ora

# The row for sessions whose days are known but not their time.
provision-week-no-time = Ora nuk është caktuar ende

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } minutë
       *[other] { $minutes } minuta
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } fëmijë
       *[other] { $count } fëmijë
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Plani i mbështetjes për fëmijën tuaj ({ EN("IEP") }): udhëzues për prindërit
leaflet-iep-intro = Disa fëmijë kanë nevojë për ndihmë shtesë në shkollë, që të mësojnë dhe të ndihen mirë. Ky udhëzues shpjegon planin që shkruan shkolla për këtë ndihmë dhe si mund të merrni pjesë edhe ju.

leaflet-what-heading = Çfarë është plani { EN("IEP") }
leaflet-what-is = { EN("IEP") } (Plani arsimor individual) është një plan i shkurtër për një fëmijë të vetëm. Shumë shkolla tani e quajnë «plani i mbështetjes» ({ EN("support plan") }). Në të shkruhet në çfarë po punon fëmija juaj, çfarë do të bëjë shkolla për ta ndihmuar dhe çfarë mund të bëni ju në shtëpi.
leaflet-what-who = Shkolla e shkruan planin bashkë me ju dhe, kur është e mundur, edhe me fëmijën tuaj. Ju duhet të merrni një kopje për vete. Mund ta kërkoni në një gjuhë ose në një formë që mund ta lexoni.

leaflet-contents-heading = Çfarë përmban plani
leaflet-contents-intro = Zakonisht një plan ka këto pjesë:
leaflet-contents-strengths = çfarë di të bëjë mirë fëmija juaj dhe çfarë i pëlqen
leaflet-contents-needs = çfarë e ka të vështirë fëmija juaj
leaflet-contents-targets = tre ose katër objektiva: hapat e ardhshëm, drejt të cilëve po punon fëmija juaj
leaflet-contents-help = kush ndihmon, çfarë bën dhe sa shpesh
leaflet-contents-home = çfarë mund të bëni ju në shtëpi
leaflet-contents-review = kur do ta shohim përsëri planin

leaflet-smart-heading = Objektiva { EN("SMART") }
leaflet-smart-intro = Një objektiv i mirë është { EN("SMART") }. Kjo fjalë përbëhet nga shkronjat e para të pesë fjalëve në anglisht. Do të thotë që objektivi është:
leaflet-smart-specific = Specific (i saktë): thotë saktë se çfarë do të mësojë të bëjë fëmija juaj.
leaflet-smart-measurable = Measurable (i matshëm): të gjithë mund ta shohin kur objektivi është arritur.
leaflet-smart-achievable = Achievable (i arritshëm): fëmija juaj mund ta arrijë me ndihmën e duhur.
leaflet-smart-relevant = Relevant (i dobishëm): ka rëndësi për mësimin dhe për jetën e fëmijës suaj.
leaflet-smart-time-bound = Time-bound (me afat): thotë deri kur duhet arritur, zakonisht deri në rishikimin e ardhshëm.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Për shembull, «të lexojë më mirë» nuk është objektiv { EN("SMART") }. Por «të lexojë { $read } nga { $total } fjalët e zakonshme të kartës së fjalëve, në dy kontrolle me një javë ndërmjet tyre, deri në rishikimin e janarit» është objektiv { EN("SMART") }.

leaflet-review-heading = Rishikimet
leaflet-review-when = Plani shihet përsëri në një takim rishikimi, zakonisht një herë në çdo periudhë shkollore ({ EN("term") }), pra rreth tri herë në vit. Shkolla kontrollon me ju çdo objektiv: a u arrit dhe çfarë ndihmoi?
leaflet-review-you = Ju jeni të ftuar në çdo rishikim. Mendimi juaj ka rëndësi: tregojini shkollës çfarë shihni në shtëpi dhe çfarë ju shqetëson. Edhe fëmija juaj mund të marrë pjesë: mund të vijë për një pjesë të takimit ose mund ta tregojë mendimin e vet para takimit. Pastaj bini dakord së bashku për objektivat e reja.

leaflet-map-heading = Harta e mbështetjes shtesë ({ EN("provision map") })
leaflet-map-what = Harta e mbështetjes shtesë është lista e shkollës me gjithë mbështetjen shtesë që ofron, për shembull grupe të vogla leximi ose një bisedë e shkurtër çdo ditë me një të rritur. Ajo tregon kush e jep çdo lloj mbështetjeje, sa shpesh dhe çfarë ndryshimi sjell.
leaflet-map-yours = Mund të kërkoni hartën e mbështetjes shtesë për fëmijën tuaj. Ajo tregon mbështetjen që ofron shkolla dhe shënon mbështetjen që merr fëmija juaj, me pikët e fëmijës në fillim dhe në fund.

leaflet-stages-heading = Nivelet e mbështetjes
leaflet-stages-intro = Shkolla i përdor këta emra për nivelet e ndihmës shtesë:
leaflet-stage-sen-support = Mbështetje në shkollë për nevoja të veçanta arsimore ({ EN("SEN Support") }): shkolla planifikon ndihmë shtesë me stafin dhe mjetet e veta. Kjo ndihmë shkruhet në një plan mbështetjeje.
leaflet-stage-ehc-plan = Plani për arsimin, shëndetin dhe kujdesin ({ EN("EHC plan") }): një plan me fuqi ligjore nga pushteti vendor ({ EN("local council") }), për një fëmijë që ka nevojë për më shumë ndihmë nga sa mund të japë shkolla me mjetet e veta.
leaflet-stage-school-action = Mbështetje nga shkolla ({ EN("School Action") }): shkolla jep ndihmë shtesë me stafin dhe mjetet e veta.
leaflet-stage-school-action-plus = Mbështetje nga shkolla, me ndihmën e specialistëve nga jashtë ({ EN("School Action Plus") }): shkolla merr edhe këshilla ose ndihmë nga specialistë jashtë shkollës.
leaflet-stage-statement = Dokument zyrtar për nevojat e veçanta arsimore ({ EN("Statement of SEN") }): një dokument me fuqi ligjore nga pushteti vendor ({ EN("local council") }), që përcakton ndihmën që duhet të marrë fëmija.

leaflet-help-heading = Ndihmë e pavarur
leaflet-help-intro = Në çdo kohë mund të flisni me mësuesin ose mësuesen e klasës, ose me personin që drejton ndihmën për nevojat e veçanta arsimore në shkollë ({ EN("SENCo") }). Mund të merrni edhe këshilla falas nga një shërbim që është i pavarur nga shkolla:
leaflet-help-none = Kërkojini shkollës të dhënat e shërbimit vendor të informacionit, këshillimit dhe mbështetjes për nevojat e veçanta arsimore. Këshillat e këtij shërbimi janë falas, dhe ai është i pavarur nga shkolla.

leaflet-formats-heading = Në një gjuhë ose formë tjetër
leaflet-formats-ask = Mund t'i kërkoni shkollës këtë fletëpalosje dhe planin e fëmijës suaj në një gjuhë tjetër, me shkronja të mëdha, në shkrimin Braille ose të regjistruar me zë. Mund të kërkoni edhe që t'jua dërgojnë me e-mail. Mjafton t'ia thoni mësuesit ose mësueses së klasës, ose sekretarisë së shkollës.

leaflet-languages-heading = Kjo fletëpalosje në gjuhën tuaj

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Kjo fletëpalosje gjendet në shqip. Kërkojini shkollës një kopje.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Pyetje për takimin e rishikimit
leaflet-questions-intro = Mund ta merrni këtë fletë me vete në takimin e rishikimit të fëmijës suaj. Zgjidhni pyetjet që kanë rëndësi për ju dhe shkruani shënime në hapësirën poshtë secilës pyetje.
leaflet-question-progress = Si ka ecur fëmija im me secilin objektiv?
leaflet-question-helped = Çfarë e ka ndihmuar më shumë fëmijën tim dhe çfarë nuk ka dhënë rezultat?
leaflet-question-next = Cilat janë objektivat e reja dhe pse pikërisht këto?
leaflet-question-who = Kush do ta ndihmojë fëmijën tim dhe sa shpesh?
leaflet-question-home = Çfarë mund të bëj unë në shtëpi për ta ndihmuar?
leaflet-question-child = Çfarë mendon fëmija im dhe si mund të marrë pjesë?
leaflet-question-friends = Si shkon fëmija im me fëmijët e tjerë?
leaflet-question-assess = A janë planifikuar vlerësime ose ndihmë nga jashtë shkollës?
leaflet-question-contact = Me kë duhet të flas, nëse më shqetëson diçka para rishikimit të ardhshëm?
leaflet-question-next-review = Kur është rishikimi i ardhshëm?
