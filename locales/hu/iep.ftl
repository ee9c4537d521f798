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
iep-title = Támogatási terv: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Támogatási terv: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Egyéni fejlesztési terv ({ EN("IEP") }): családi példány

# Under the main heading, for the school's copy.
iep-copy-school = Egyéni fejlesztési terv ({ EN("IEP") }): iskolai példány

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Csoportos tanulási terv – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Csoportos tanulási terv: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Csoportos tanulási terv: családi példány

# Under the main heading, for the school's copy.
group-copy-school = Csoportos tanulási terv: iskolai példány

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } ezeken a célokon egy kis csoportban dolgozik, olyan tanulókkal együtt, akiknek ugyanilyen segítségre van szükségük. Ez a terv leírja, min dolgozik a csoport, ki segít, és Ön hogyan segítheti otthon { $name } fejlődését.

## Opening for parents

iep-intro-heading = Erről a tervről

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Ez a terv bemutatja, milyen plusz segítséget kap { $name } az iskolában. Leírja, min dolgozik { $name }, ki segít, és Ön hogyan segíthet otthon.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = { $date } napján Önnel együtt újra átnézzük a tervet. Ezen a megbeszélésen kérdezhet, és elmondhatja, mit gondol. Szívesen látjuk, ha valakit magával hoz.

iep-intro-formats = Ha ezt a tervet más nyelven, nagy betűs nyomtatásban vagy felolvasva szeretné megkapni, kérjük, forduljon az iskolatitkársághoz.

## Key facts

facts-heading = A legfontosabb adatok
fact-pupil = Tanuló
fact-known-as = Így szólítják
fact-date-of-birth = Születési dátum
fact-year-group = Évfolyam az angol iskolában ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (az angol általános iskola első, előkészítő éve)
       *[other] { $year }
    }

fact-class = Az osztály neve
fact-family = Szülők és gondviselők
fact-stage = A támogatás szintje
fact-areas = Miben van szükség segítségre
fact-class-teacher = Osztálytanító
fact-written-by = A tervet írta
fact-start = A terv kezdete
fact-review = A terv áttekintésének időpontja ({ EN("review") })

## Stages of support

stage-sen-support = Iskolai támogatás sajátos nevelési igény esetén ({ EN("SEN Support") })
stage-ehc-plan = Oktatási, egészségügyi és gondozási terv ({ EN("EHC plan") })
stage-early-years-action = Támogatás kisgyermekkorban ({ EN("Early Years Action") })
stage-early-years-action-plus = Támogatás kisgyermekkorban, külső szakemberek bevonásával ({ EN("Early Years Action Plus") })
stage-school-action = Iskolai támogatás ({ EN("School Action") })
stage-school-action-plus = Iskolai támogatás, külső szakemberek bevonásával ({ EN("School Action Plus") })
stage-statement = Hivatalos határozat a sajátos nevelési igényekről ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Kommunikáció és kapcsolat másokkal
area-cognition-and-learning = Tanulás és megértés
area-social-emotional-mental-health = Társas kapcsolatok, érzelmek és lelki egészség
area-sensory-and-physical = Érzékszervi és testi szükségletek

## Relationships

relationship-mother = anya
relationship-father = apa
relationship-parent = szülő
relationship-carer = gondviselő
relationship-foster-carer = nevelőszülő
relationship-guardian = gyám
relationship-grandmother = nagymama
relationship-grandfather = nagypapa
relationship-aunt = nagynéni
relationship-uncle = nagybácsi
relationship-sister = lánytestvér
relationship-brother = fiútestvér

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = pedagógiai asszisztens
role-class-teacher = osztálytanító
role-senco = gyógypedagógiai koordinátor, { EN("SENCo") }
role-learning-mentor = tanulási mentor
role-teacher-of-the-deaf = hallássérült gyermekek tanára
role-specialist-teacher = gyógypedagógus
role-speech-and-language-therapist = logopédus
role-educational-psychologist = pedagógiai pszichológus
role-occupational-therapist = ergoterapeuta
role-physiotherapist = gyógytornász
role-school-nurse = iskolai védőnő
role-family-support-worker = családsegítő
role-head-teacher = igazgató
role-lunchtime-supervisor = ebédszüneti felügyelő

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out, and when-parts puts the parts one after the other ("10 minutes, 4 mornings a
# week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } perc
       *[other] { $minutes } perc
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] heti egy reggelen
               *[other] heti { $times } reggelen
            }
        [afternoon]
            { $times ->
                [one] heti egy délutánon
               *[other] heti { $times } délutánon
            }
        [lunchtime]
            { $times ->
                [one] heti egy ebédszünetben
               *[other] heti { $times } ebédszünetben
            }
       *[none]
            { $times ->
                [one] hetente egyszer
               *[other] hetente { $times } alkalommal
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
                [one] { $days } reggel
               *[other] { $days } reggel
            }
        [afternoon]
            { $count ->
                [one] { $days } délután
               *[other] { $days } délután
            }
        [lunchtime]
            { $count ->
                [one] { $days }, ebédszünetben
               *[other] { $days }, ebédszünetben
            }
       *[none] { $days }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] minden órán
        [day] minden nap
        [morning] minden reggel
        [afternoon] minden délután
        [lunchtime] minden ebédszünetben
        [playtime] minden szünetben
        [after-playtime] minden szünet után
        [week] minden héten
        [two-weeks] kéthetente
        [half-term] minden fél trimeszterben
       *[term] minden trimeszterben
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when }, { $time } órakor

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] egy héten át
       *[other] { $weeks } héten át
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
about-heading = Miben ügyes { $name }, és mit szeret

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Mi nehéz { $name } számára

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Mi jelent segítséget { $name } számára

## Targets

targets-heading = Célok

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] Ebben a tervben { $name } számára egy cél szerepel.
       *[other] Ebben a tervben { $name } számára { $count } cél szerepel.
    } A cél egy kis lépés, amelyet ellenőrizni tudunk.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = { $number }. cél

target-who = Ki segít
target-does-what = Mit tesz
target-when = Mikor és milyen gyakran
target-success = Miből látjuk, hogy működik
target-home = Mit tehet Ön otthon

## The rest of the plan

home-heading = Segítség otthon
exit-heading = Mikor állhat le a plusz segítség
further-heading = További felmérések és szolgálatok
further-assessments = Tervezett felmérések
further-agencies = Iskolán kívüli szolgálatok, amelyek segítenek

## Outside agencies

agency-educational-psychology = Pedagógiai pszichológus ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Logopédia ({ EN("speech and language therapy") })
agency-behaviour-support = Magatartási nehézségeknél segítő szolgálat ({ EN("behaviour support") })
agency-hearing-support = Hallássérült gyermekeket segítő szolgálat
agency-vision-support = Látássérült gyermekeket segítő szolgálat
agency-sensory-support = Látás- vagy hallássérült gyermekeket segítő szolgálat ({ EN("sensory support") })
agency-occupational-therapy = Ergoterápia ({ EN("occupational therapy") })
agency-physiotherapy = Gyógytorna (fizioterápia)
agency-camhs = Gyermekek és fiatalok lelki egészségével foglalkozó szolgálat ({ EN("CAMHS") })
agency-school-nurse = Iskolai védőnő
agency-paediatrician = Gyermekorvos (pediáter)
agency-early-help = Korai segítség családoknak ({ EN("Early Help") })

## Review

review-heading = Hogyan alakult a terv
review-date = A megbeszélés időpontja
review-present = Kik vettek részt
review-outcomes = Célok és eredmények
review-col-target = Cél
review-col-result = Eredmény
review-col-comment = Megjegyzés

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = { $number }. cél

outcome-achieved = Teljesült
outcome-partly = Részben teljesült
outcome-not-yet = Még nem teljesült

review-progress = Fejlődés

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Mit mondott { $name }

review-parent-comment = Mit mondott a család
review-teacher-comment = Mit mondott az iskola
review-next-steps = Következő lépések
review-next-review = Következő áttekintés

## Help for parents

contact-heading = Kérdések és segítség

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Ha kérdése van ezzel a tervvel kapcsolatban, kérjük, beszéljen az osztálytanítóval vagy { $senco } kollégánkkal, aki az iskolában a sajátos nevelési igényű tanulók támogatását vezeti ({ EN("SENCo") }).

contact-school-phone = Az iskola telefonszáma

support-intro = Ingyenes tanácsot egy olyan szolgálattól is kaphat, amely független az iskolától:
support-phone = Telefon
support-text = SMS
support-email = E-mail
support-web = Weboldal
support-drop-in = Előzetes bejelentkezés nélkül felkereshető

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = { $page }. oldal, összesen { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Nyomtatási csomag a fogadóórához ({ EN("parents' evening") })

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Ez a csomag { $documents ->
        [one] egy dokumentumot
       *[other] { $documents } dokumentumot
    } tartalmaz { $appointments ->
        [one] egy időponthoz
       *[other] { $appointments } időponthoz
    }, az időpontok sorrendjében.

pack-duplex = Kétoldalasan nyomtassa ki. Minden dokumentum új lapon kezdődik, így egyik lapra sem kerülnek két család iratai.

pack-files = Minden dokumentum külön fájlként is el van mentve. Ha egy család e-mailben kér másolatot, a család saját fájlját küldje el: ezt egy képernyőolvasó fel tudja olvasni.

pack-appointments-heading = Időpontok
pack-col-time = Időpont
pack-col-pupil = Tanuló
pack-col-teacher = Tanár
pack-col-room = Terem
pack-col-parent-copy = Szülői példány
pack-col-school-copy = Iskolai példány
pack-col-page = Oldal

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Szülői példány: { $language }
pack-copy-parent-large = Szülői példány: { $language }, nagy betűs
pack-copy-school = Iskolai példány: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, nagy betűs

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } szöveg nincs lefordítva
       *[other] { $count } szöveg nincs lefordítva
    })

pack-missing-heading = Nincs ebben a csomagban
pack-missing-intro = Ezekhez az időpontokhoz nincs dokumentum, mert a terveikből nem sikerült dokumentumot készíteni. A feldolgozás ({ EN("batch") }) végén megjelenő összefoglaló megmutatja, mit kell kijavítani.
pack-col-problem = Probléma

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] angol
        [pl] lengyel
        [ro] román
        [pa] pandzsábi (gurmukhi írás)
        [pa-Arab] pandzsábi (sahmukhi írás)
        [ur] urdu
        [pt] portugál
        [es] spanyol
        [it] olasz
        [fr] francia
        [bn] bengáli
        [gu] gudzsaráti
        [ar] arab
        [sq] albán
        [so] szomáli
        [lt] litván
        [uk] ukrán
        [tr] török
        [fa] perzsa
        [ta] tamil
        [bg] bolgár
        [hu] magyar
        [ru] orosz
        [zh-Hans] egyszerűsített kínai
        [zh-Hant] hagyományos kínai
        [ps] pastu
        [ti] tigrinya
        [ne] nepáli
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
provision-title = Támogatási térkép – { $school }
provision-heading = Támogatási térkép ({ EN("provision map") })
provision-intro = Ez a térkép felsorolja, milyen plusz támogatást nyújt az iskola a sajátos nevelési igényű tanulóknak: ki vezeti, milyen gyakran, mennyibe kerül, kik vesznek részt benne, és milyen változást hoz.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Összesen ezen a területen: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Az összes plusz támogatás költsége: { $amount }

provision-col-support = Támogatás
provision-col-staff = Ki vezeti
provision-col-group = Csoportlétszám
provision-col-often = Milyen gyakran
provision-col-weeks = Hetek
provision-col-measure = Hogyan mérik a fejlődést
provision-col-cost = Költség
provision-col-per-pupil = Költség tanulónként
provision-col-pupils = Tanulók

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } perc, { $sessions ->
        [one] hetente egyszer
       *[other] hetente { $sessions } alkalommal
    }

provision-impact-heading = Hatás
provision-impact-intro = Azokra a tanulókra vonatkozik, akiknek van kezdő és záró pontszámuk. Az egy pontra jutó költség: a tanulónkénti költség osztva az átlagos javulással.
provision-col-entry = Átlagos pontszám az elején
provision-col-exit = Átlagos pontszám a végén
provision-col-gain = Átlagos javulás
provision-col-per-point = Tanulónkénti költség egy pont javulásra
provision-no-scores = Még nincs pontszám

provision-gaps-heading = Hiányok
provision-no-gaps = A tervekben megnevezett minden szükségletre jut támogatás azok közül, amelyekben a tanuló részt vesz.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: a terv olyan szükségleteket nevez meg, amelyekre a tanuló egyik támogatása sem ad választ ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Erre a szükségleti területre nem jut támogatás: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Támogatási térkép – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Plusz támogatás { $name } számára

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Ez a térkép bemutatja, milyen plusz támogatást nyújt az iskola azoknak a tanulóknak, akiknek szükségük van rá. Azt a támogatást, amelyet { $name } kap, az utolsó oszlop jelöli, és félkövér betűvel van nyomtatva.

provision-offer-heading = Az iskola által nyújtott támogatás

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } számára
provision-mine = Igen, részt vesz

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Hogyan halad { $name } támogatása

provision-col-start = Kezdete
provision-col-per-week = Hetente hányszor
provision-col-score-start = Pontszám az elején
provision-col-score-end = Pontszám a végén
provision-no-score = Még nincs

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Mikor kap { $name } támogatást a héten

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = A plusz támogató foglalkozások, amelyeken { $name } egy átlagos iskolai héten részt vesz: mi az egyes foglalkozások tartalma, ki vezeti őket, és meddig tartanak.

# The heading of the school's week of support (for staff).
provision-school-week-heading = A támogatás heti rendje

provision-school-week-intro = Mikor zajlanak az egyes támogatások egy átlagos iskolai héten, ki vezeti őket, hol, és hány tanulónak szólnak.

# The first column of the week table: the time a session starts.
provision-col-time = Időpont

# The row for sessions whose days are known but not their time.
provision-week-no-time = Az időpont még nincs meghatározva

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } perc
       *[other] { $minutes } perc
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } tanuló
       *[other] { $count } tanuló
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Gyermeke támogatási terve ({ EN("IEP") }): tájékoztató szülőknek
leaflet-iep-intro = Néhány gyermeknek plusz segítségre van szüksége az iskolában ahhoz, hogy tanuljon és jól boldoguljon. Ez a tájékoztató elmagyarázza, milyen tervet ír az iskola erről a segítségről, és hogyan vehet részt Ön is benne.

leaflet-what-heading = Mi az { EN("IEP") }
leaflet-what-is = Az { EN("IEP") } (egyéni fejlesztési terv) egy rövid terv egyetlen gyermek számára. Sok iskola ma már támogatási tervnek hívja. Leírja, min dolgozik a gyermeke, mit tesz az iskola a segítése érdekében, és mit tehet Ön otthon.
leaflet-what-who = Az iskola Önnel együtt írja meg, és ha lehet, a gyermekével is. Önnek saját példányt kell kapnia, és kérheti olyan nyelven vagy formában, amelyet el tud olvasni.

leaflet-contents-heading = Mi áll benne
leaflet-contents-intro = Egy terv általában ezekből a részekből áll:
leaflet-contents-strengths = miben ügyes a gyermeke, és mit szeret
leaflet-contents-needs = mi nehéz a gyermeke számára
leaflet-contents-targets = három vagy négy cél: a következő lépések, amelyek felé a gyermeke halad
leaflet-contents-help = ki segít, mit tesz, és milyen gyakran
leaflet-contents-home = mit tehet Ön otthon
leaflet-contents-review = mikor nézik át újra a tervet

leaflet-smart-heading = { EN("SMART") } célok
leaflet-smart-intro = A jó célok { EN("SMART") } célok. Ez azt jelenti, hogy a célok:
leaflet-smart-specific = { EN("Specific") } (konkrétak): pontosan megmondják, mit tanul meg a gyermeke.
leaflet-smart-measurable = { EN("Measurable") } (mérhetők): mindenki látja, mikor teljesült a cél.
leaflet-smart-achievable = { EN("Achievable") } (elérhetők): a gyermeke a megfelelő segítséggel el tudja érni őket.
leaflet-smart-relevant = { EN("Relevant") } (fontosak): számítanak a gyermeke tanulásában és életében.
leaflet-smart-time-bound = { EN("Time-bound") } (határidősek): megmondják, mikorra kell teljesülniük, általában a következő áttekintésig.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Például a „jobban olvasson” nem { EN("SMART") } cél. Ez viszont az: „A szókártyán lévő { $total } gyakori szó közül { $read } szót olvasson el helyesen, két, egymástól egy hét különbséggel tartott ellenőrzésen, a januári áttekintésig.”

leaflet-review-heading = Áttekintések
leaflet-review-when = A tervet egy áttekintő megbeszélésen nézik át újra, általában trimeszterenként egyszer, vagyis évente körülbelül háromszor. Az iskola Önnel együtt átnéz minden célt: teljesült-e, és mi segített?
leaflet-review-you = Minden áttekintésre meghívást kap. Az Ön véleménye számít: mondja el az iskolának, mit lát otthon, és mi aggasztja. A gyermeke is részt vehet: eljöhet a megbeszélés egy részére, vagy előtte elmondhatja a véleményét. Ezután közösen megállapodnak az új célokban.

leaflet-map-heading = Támogatási térképek ({ EN("provision map") })
leaflet-map-what = A támogatási térkép az iskola listája minden plusz támogatásról, amelyet nyújt, például a kiscsoportos olvasásról vagy egy mindennapi rövid beszélgetésről arról, hogy van a gyermek. Megmutatja, ki vezeti az egyes támogatásokat, milyen gyakran, és milyen változást hoznak.
leaflet-map-yours = Kérhet támogatási térképet a gyermeke számára. Ez megmutatja, milyen támogatást nyújt az iskola, és megjelöli azt, amelyet a gyermeke kap, a gyermeke kezdő és záró pontszámaival együtt.

leaflet-stages-heading = A támogatás szintjei
leaflet-stages-intro = Az iskola ezeket a neveket használja a plusz segítség szintjeire:
leaflet-stage-sen-support = Iskolai támogatás sajátos nevelési igény esetén ({ EN("SEN Support") }): az iskola a saját munkatársaival és eszközeivel tervez plusz segítséget, és ezt egy támogatási tervben írja le.
leaflet-stage-ehc-plan = Oktatási, egészségügyi és gondozási terv ({ EN("EHC plan") }): a helyi önkormányzat ({ EN("local council") }) jogilag kötelező terve olyan gyermek számára, akinek több segítségre van szüksége, mint amennyit az iskola a saját eszközeiből adni tud.
leaflet-stage-school-action = Iskolai támogatás ({ EN("School Action") }): az iskola a saját munkatársaival és eszközeivel nyújt plusz segítséget.
leaflet-stage-school-action-plus = Iskolai támogatás, külső szakemberek bevonásával ({ EN("School Action Plus") }): az iskola az iskolán kívüli szakemberektől is tanácsot vagy segítséget kap.
leaflet-stage-statement = Hivatalos határozat a sajátos nevelési igényekről ({ EN("Statement of SEN") }): a helyi önkormányzat jogi dokumentuma, amely rögzíti, milyen segítséget kell kapnia a gyermeknek.

leaflet-help-heading = Független segítség
leaflet-help-intro = Bármikor beszélhet az osztálytanítóval vagy azzal a kollégával, aki az iskolában a sajátos nevelési igényű tanulók támogatását vezeti. Ingyenes tanácsot olyan helyről is kaphat, amely független az iskolától:
leaflet-help-none = Kérje el az iskolától a helyi tájékoztató, tanácsadó és támogató szolgálat elérhetőségét, amely a sajátos nevelési igényekkel foglalkozik. Tanácsai ingyenesek, és a szolgálat független az iskolától.

leaflet-formats-heading = Más nyelv vagy forma
leaflet-formats-ask = Ezt a tájékoztatót és a gyermeke tervét más nyelven, nagy betűs nyomtatásban, Braille-írással vagy hangfelvételként is kérheti az iskolától. E-mailben is kérheti őket. Csak szóljon az osztálytanítónak vagy az iskolatitkárságon.

leaflet-languages-heading = Ez a tájékoztató az Ön nyelvén

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Ez a tájékoztató magyarul is elérhető. Kérjen egy példányt az iskolától.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Kérdések az áttekintő megbeszélésre
leaflet-questions-intro = Ezt a kártyát magával viheti a gyermeke áttekintő megbeszélésére. Válassza ki az Önnek fontos kérdéseket, és írjon jegyzeteket az egyes kérdések alatti helyre.
leaflet-question-progress = Hogyan haladt a gyermekem az egyes célokkal?
leaflet-question-helped = Mi segített a legtöbbet a gyermekemnek, és mi nem vált be?
leaflet-question-next = Melyek az új célok, és miért éppen ezek?
leaflet-question-who = Ki fog segíteni a gyermekemnek, és milyen gyakran?
leaflet-question-home = Mit tehetek otthon, hogy segítsek?
leaflet-question-child = Mit gondol a gyermekem, és hogyan vehet részt?
leaflet-question-friends = Hogyan jön ki a gyermekem a többi gyerekkel?
leaflet-question-assess = Terveznek-e valamilyen felmérést vagy iskolán kívüli segítséget?
leaflet-question-contact = Kihez fordulhatok, ha a következő áttekintés előtt aggódom valami miatt?
leaflet-question-next-review = Mikor lesz a következő áttekintés?
