# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Pagalbos planas: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Pagalbos planas: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Individualus ugdymo planas ({ EN("IEP") }): egzempliorius šeimai

# Under the main heading, for the school's copy.
iep-copy-school = Individualus ugdymo planas ({ EN("IEP") }): egzempliorius mokyklai

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Grupinio mokymosi planas – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Grupinio mokymosi planas: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Grupinio mokymosi planas: egzempliorius šeimai

# Under the main heading, for the school's copy.
group-copy-school = Grupinio mokymosi planas: egzempliorius mokyklai

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } šių tikslų siekia mažoje grupėje su kitais vaikais, kuriems reikia tokios pačios pagalbos. Šiame plane nurodyta, ko grupė dabar mokosi, kas padeda ir kaip Jūs galite padėti vaikui namuose.

## Opening for parents

iep-intro-heading = Apie šį planą

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Šiame plane aprašyta, kokią papildomą pagalbą mokykloje gauna { $name }. Jame nurodyta, ko { $name } dabar mokosi, kas padeda ir kaip Jūs galite padėti namuose.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = { $date } kartu su Jumis vėl aptarsime šį planą. Susitikime galėsite užduoti klausimų ir pasakyti, ką manote. Jei norite, galite atsivesti ką nors kartu.

iep-intro-formats = Jei šį planą norite gauti kita kalba ar didesniu šriftu, arba norite, kad kas nors jį Jums perskaitytų garsiai, kreipkitės į mokyklos raštinę.

## Key facts

facts-heading = Svarbiausia informacija
fact-pupil = Vaikas
fact-known-as = Kasdien vartojamas vardas
fact-date-of-birth = Gimimo data
fact-year-group = Mokymosi metai Anglijos mokykloje ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (pirmieji metai mokykloje)
       *[other] { $year }
    }

fact-class = Klasės pavadinimas
fact-family = Tėvai ir globėjai
fact-stage = Pagalbos lygis
fact-areas = Sritys, kuriose reikia pagalbos
fact-class-teacher = Klasės mokytojas
fact-written-by = Kas parengė planą
fact-start = Plano pradžia
fact-review = Plano aptarimo data ({ EN("review") })

## Stages of support

stage-sen-support = Papildoma pagalba mokykloje ({ EN("SEN Support") })
stage-ehc-plan = Ugdymo, sveikatos ir priežiūros planas ({ EN("EHC plan") })
stage-early-years-action = Pagalba ikimokykliniame amžiuje ({ EN("Early Years Action") })
stage-early-years-action-plus = Pagalba ikimokykliniame amžiuje, padedant išorės specialistams ({ EN("Early Years Action Plus") })
stage-school-action = Pagalba mokykloje ({ EN("School Action") })
stage-school-action-plus = Pagalba mokykloje, padedant išorės specialistams ({ EN("School Action Plus") })
stage-statement = Oficiali išvada dėl specialiųjų ugdymosi poreikių ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Bendravimas ir sąveika su kitais
area-cognition-and-learning = Mokymasis ir supratimas
area-social-emotional-mental-health = Santykiai su kitais, jausmai ir psichikos sveikata
area-sensory-and-physical = Rega, klausa ir fiziniai poreikiai

## Relationships

relationship-mother = mama
relationship-father = tėtis
relationship-parent = vienas iš tėvų
relationship-carer = prižiūrintis asmuo
relationship-foster-carer = globėjas / globėja
relationship-guardian = teisėtas globėjas / teisėta globėja
relationship-grandmother = močiutė
relationship-grandfather = senelis
relationship-aunt = teta
relationship-uncle = dėdė
relationship-sister = sesuo
relationship-brother = brolis

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = mokytojo padėjėjas
role-class-teacher = klasės mokytojas
role-senco = specialiųjų ugdymosi poreikių koordinatorius, { EN("SENCo") }
role-learning-mentor = mokymosi mentorius
role-teacher-of-the-deaf = klausos sutrikimų turinčių vaikų mokytojas
role-specialist-teacher = specialusis pedagogas
role-speech-and-language-therapist = logopedas
role-educational-psychologist = ugdymo psichologas
role-occupational-therapist = ergoterapeutas
role-physiotherapist = kineziterapeutas
role-school-nurse = mokyklos slaugytoja
role-family-support-worker = socialinis darbuotojas, padedantis šeimai
role-head-teacher = mokyklos direktorius
role-lunchtime-supervisor = pietų pertraukos prižiūrėtojas

## When and how often
# A target's "when", written out. The parts are joined as a list of measures
# ("10 minučių, 4 kartus per savaitę rytais, 6 savaites").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } minutė
        [few] { $minutes } minutės
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
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
                [one] kartą per savaitę rytais
                [few] { $times } kartus per savaitę rytais
                [many] { $times } karto per savaitę rytais
               *[other] { $times } kartų per savaitę rytais
            }
        [afternoon]
            { $times ->
                [one] kartą per savaitę popiet
                [few] { $times } kartus per savaitę popiet
                [many] { $times } karto per savaitę popiet
               *[other] { $times } kartų per savaitę popiet
            }
        [lunchtime]
            { $times ->
                [one] kartą per savaitę per pietų pertrauką
                [few] { $times } kartus per savaitę per pietų pertrauką
                [many] { $times } karto per savaitę per pietų pertrauką
               *[other] { $times } kartų per savaitę per pietų pertrauką
            }
       *[none]
            { $times ->
                [one] kartą per savaitę
                [few] { $times } kartus per savaitę
                [many] { $times } karto per savaitę
               *[other] { $times } kartų per savaitę
            }
    }

# On which days of the week, perhaps at one part of the day. The day names come in the
# nominative ("antradienis ir ketvirtadienis"), so they cannot be put in the instrumental
# ("antradieniais"); the number of days does not change the words.
# Variables:
#   $days (String) - the days, already joined as a list: "antradienis ir ketvirtadienis"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] { $days } rytais
        [afternoon] { $days } popiet
        [lunchtime] { $days } per pietų pertrauką
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
        [lesson] per kiekvieną pamoką
        [day] kasdien
        [morning] kiekvieną rytą
        [afternoon] kiekvieną popietę
        [lunchtime] per kiekvieną pietų pertrauką
        [playtime] per kiekvieną pertrauką
        [after-playtime] po kiekvienos pertraukos
        [week] kas savaitę
        [two-weeks] kas dvi savaites
        [half-term] kas pusę trimestro
       *[term] kas trimestrą
    }

# How often, and at what time of day ("kiekvieną rytą 08:50 val.").
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it
when-at = { $when } { $time } val.

# For how long the help goes on (the accusative of time; one also covers 21, 31 …, so it
# shows the number).
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] { $weeks } savaitę
        [few] { $weeks } savaites
        [many] { $weeks } savaitės
       *[other] { $weeks } savaičių
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
about-heading = Ką { $name } gerai moka ir mėgsta

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Kur { $name } patiria sunkumų

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Kas padeda, kad { $name } galėtų geriau mokytis

## Targets

targets-heading = Tikslai

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] Šiame plane { $name } turi { $count } tikslą.
        [few] Šiame plane { $name } turi { $count } tikslus.
        [many] Šiame plane { $name } turi { $count } tikslo.
       *[other] Šiame plane { $name } turi { $count } tikslų.
    } Tikslas – tai mažas žingsnis, kurį galime patikrinti.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = { $number } tikslas

target-who = Kas padeda
target-does-what = Kaip padeda
target-when = Kada ir kaip dažnai
target-success = Kaip suprasime, kad tai padeda
target-home = Ką Jūs galite daryti namuose

## The rest of the plan

home-heading = Pagalba namuose
exit-heading = Kada papildomos pagalbos nebereikės
further-heading = Kiti vertinimai ir tarnybos
further-assessments = Suplanuoti vertinimai
further-agencies = Tarnybos už mokyklos ribų, kurios padeda

## Outside agencies

agency-educational-psychology = Ugdymo psichologas ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Logopedo pagalba ({ EN("speech and language therapy") })
agency-behaviour-support = Pagalba dėl elgesio sunkumų ({ EN("behaviour support") })
agency-hearing-support = Pagalbos tarnyba vaikams, turintiems klausos sutrikimų
agency-vision-support = Pagalbos tarnyba vaikams, turintiems regos sutrikimų
agency-sensory-support = Pagalbos tarnyba vaikams, turintiems regos ar klausos sutrikimų ({ EN("sensory support") })
agency-occupational-therapy = Ergoterapija ({ EN("occupational therapy") })
agency-physiotherapy = Kineziterapija ({ EN("physiotherapy") })
agency-camhs = Vaikų ir paauglių psichikos sveikatos tarnyba ({ EN("CAMHS") })
agency-school-nurse = Mokyklos slaugytoja ({ EN("school nurse") })
agency-paediatrician = Vaikų gydytojas (pediatras)
agency-early-help = Ankstyvoji pagalba šeimai ({ EN("Early Help") })

## Review

review-heading = Kaip sekėsi įgyvendinti planą
review-date = Susitikimo data
review-present = Kas dalyvavo
review-outcomes = Tikslai ir rezultatai
review-col-target = Tikslas
review-col-result = Rezultatas
review-col-comment = Pastabos

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = { $number } tikslas

outcome-achieved = Pasiektas
outcome-partly = Iš dalies pasiektas
outcome-not-yet = Dar nepasiektas

review-progress = Pažanga

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Ką pasakė { $name }

review-parent-comment = Ką pasakė šeima
review-teacher-comment = Ką pasakė mokykla
review-next-steps = Tolesni žingsniai
review-next-review = Kitas plano aptarimas

## Help for parents

contact-heading = Klausimai ir pagalba

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Jei turite klausimų apie šį planą, kreipkitės į klasės mokytoją arba į asmenį, kuris mokykloje atsakingas už pagalbą vaikams, turintiems specialiųjų ugdymosi poreikių ({ EN("SENCo") }). Tai { $senco }.

contact-school-phone = Mokyklos telefono numeris

support-intro = Nemokamai pasikonsultuoti taip pat galite tarnyboje, kuri nepriklauso mokyklai:
support-phone = Telefonas
support-text = SMS žinutė
support-email = El. paštas
support-web = Interneto svetainė
support-drop-in = Galima užeiti be registracijos

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Puslapis { $page } iš { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Tėvų vakaro ({ EN("parents' evening") }) spausdinimo rinkinys

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Šiame rinkinyje yra { $documents ->
        [one] { $documents } dokumentas
        [few] { $documents } dokumentai
        [many] { $documents } dokumento
       *[other] { $documents } dokumentų
    } { $appointments ->
        [one] { $appointments } susitikimui
        [few] { $appointments } susitikimams
        [many] { $appointments } susitikimo
       *[other] { $appointments } susitikimų
    }. Dokumentai sudėti susitikimų eilės tvarka.

pack-duplex = Spausdinkite abiejose lapo pusėse. Kiekvienas dokumentas prasideda naujame lape, todėl viename lape niekada nebūna dviejų šeimų dokumentų.

pack-files = Kiekvienas dokumentas taip pat išsaugotas kaip atskiras failas. Jei šeima paprašo kopijos el. paštu, siųskite jai tik jos failą: ekrano skaityklė gali jį perskaityti garsiai.

pack-appointments-heading = Susitikimai
pack-col-time = Laikas
pack-col-pupil = Vaikas
pack-col-teacher = Mokytojas
pack-col-room = Kabinetas
pack-col-parent-copy = Egzempliorius šeimai
pack-col-school-copy = Egzempliorius mokyklai
pack-col-page = Puslapis

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Egzempliorius šeimai: { $language }
pack-copy-parent-large = Egzempliorius šeimai: { $language }, didesniu šriftu
pack-copy-school = Egzempliorius mokyklai: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, didesniu šriftu

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } tekstas be vertimo
        [few] { $count } tekstai be vertimo
        [many] { $count } teksto be vertimo
       *[other] { $count } tekstų be vertimo
    })

pack-missing-heading = Neįtraukta į šį rinkinį
pack-missing-intro = Šiems susitikimams dokumentų nėra, nes jų planų nepavyko paversti dokumentais. Ką reikia pataisyti, nurodyta suvestinėje, kuri pateikiama viso paketo ({ EN("batch") }) pabaigoje.
pack-col-problem = Problema

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] anglų kalba
        [pl] lenkų kalba
        [ro] rumunų kalba
        [pa] pandžabų kalba (gurmukhi raštas)
        [pa-Arab] pandžabų kalba (šahmukhi raštas)
        [ur] urdu kalba
        [pt] portugalų kalba
        [es] ispanų kalba
        [it] italų kalba
        [fr] prancūzų kalba
        [bn] bengalų kalba
        [gu] gudžaratų kalba
        [ar] arabų kalba
        [sq] albanų kalba
        [so] somalių kalba
        [lt] lietuvių kalba
        [uk] ukrainiečių kalba
        [tr] turkų kalba
        [fa] persų kalba
        [ta] tamilų kalba
        [bg] bulgarų
        [hu] vengrų
        [ru] rusų
        [zh-Hans] supaprastintoji kinų
        [zh-Hant] tradicinė kinų
        [ps] puštūnų
        [ti] tigrajų
        [ne] nepaliečių
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
provision-title = Papildomos pagalbos žemėlapis – { $school }
provision-heading = Papildomos pagalbos žemėlapis ({ EN("provision map") })
provision-intro = Šiame žemėlapyje išvardyta papildoma pagalba, kurią mokykla teikia vaikams, turintiems specialiųjų ugdymosi poreikių: kas ją teikia, kaip dažnai, kiek ji kainuoja, kas joje dalyvauja ir kokią naudą ji duoda.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Iš viso šiai sričiai: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Visos papildomos pagalbos kaina: { $amount }

provision-col-support = Pagalba
provision-col-staff = Kas teikia
provision-col-group = Vaikų grupėje
provision-col-often = Kaip dažnai
provision-col-weeks = Savaičių
provision-col-measure = Kaip vertinama pažanga
provision-col-cost = Kaina
provision-col-per-pupil = Kaina vienam vaikui
provision-col-pupils = Vaikai

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } minutė
        [few] { $minutes } minutės
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }, { $sessions ->
        [one] { $sessions } kartą per savaitę
        [few] { $sessions } kartus per savaitę
        [many] { $sessions } karto per savaitę
       *[other] { $sessions } kartų per savaitę
    }

provision-impact-heading = Poveikis
provision-impact-intro = Skaičiuojama tik tiems vaikams, kurie turi rezultatą ir pradžioje, ir pabaigoje. Vieno taško kaina – tai kaina vienam vaikui, padalyta iš vidutinio pagerėjimo.
provision-col-entry = Vidutinis rezultatas pradžioje
provision-col-exit = Vidutinis rezultatas pabaigoje
provision-col-gain = Vidutinis pagerėjimas
provision-col-per-point = Kaina vienam vaikui už kiekvieną pagerėjimo tašką
provision-no-scores = Rezultatų dar nėra

provision-gaps-heading = Spragos
provision-no-gaps = Kiekvieną plane nurodytą poreikį atliepia bent viena pagalba, kurioje dalyvauja vaikas.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: plane nurodyti poreikiai, kurių neatliepia nė viena pagalba, kurioje dalyvauja vaikas ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Šios poreikių srities neatliepia jokia pagalba: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Papildomos pagalbos žemėlapis – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Papildoma pagalba: { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Šiame žemėlapyje parodyta papildoma pagalba, kurią mokykla teikia vaikams, kuriems jos reikia. Pagalba, kurią gauna { $name }, pažymėta paskutiniame stulpelyje ir išspausdinta paryškintu šriftu.

provision-offer-heading = Pagalba, kurią teikia mokykla

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Ar dalyvauja { $name }
provision-mine = Taip, dalyvauja

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Kaip vyksta pagalba: { $name }

provision-col-start = Pradžia
provision-col-per-week = Kartų per savaitę
provision-col-score-start = Rezultatas pradžioje
provision-col-score-end = Rezultatas pabaigoje
provision-no-score = Dar nėra

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Kada { $name } gauna pagalbą per savaitę

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Papildomos pagalbos užsiėmimai, kuriuos { $name } turi įprastą mokyklos savaitę: kokie tai užsiėmimai, kas juos veda ir kiek laiko kiekvienas trunka.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Savaitės pagalbos tvarkaraštis

provision-school-week-intro = Kada įprastą mokyklos savaitę vyksta kiekviena pagalba, kas ją teikia, kur ir keliems vaikams ji skirta.

# The first column of the week table: the time a session starts.
provision-col-time = Laikas

# The row for sessions whose days are known but not their time.
provision-week-no-time = Laikas dar nenustatytas

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } minutė
        [few] { $minutes } minutės
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } vaikas
        [few] { $count } vaikai
        [many] { $count } vaiko
       *[other] { $count } vaikų
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Jūsų vaiko pagalbos planas ({ EN("IEP") }): informacija tėvams
leaflet-iep-intro = Kai kuriems vaikams mokykloje reikia papildomos pagalbos, kad jie galėtų mokytis ir kad jiems gerai sektųsi. Šiame lankstinuke paaiškinama, kokį planą mokykla parengia šiai pagalbai ir kaip Jūs galite prisidėti.

leaflet-what-heading = Kas yra { EN("IEP") }
leaflet-what-is = { EN("IEP") } (individualus ugdymo planas) – tai trumpas planas vienam vaikui. Daugelis mokyklų dabar jį vadina pagalbos planu ({ EN("support plan") }). Jame nurodyta, ko Jūsų vaikas dabar mokosi, ką mokykla darys, kad jam padėtų, ir ką Jūs galite daryti namuose.
leaflet-what-who = Mokykla planą rengia kartu su Jumis ir, jei įmanoma, su Jūsų vaiku. Jūs turėtumėte gauti savo plano egzempliorių. Galite paprašyti, kad jis būtų parengtas tokia kalba ar forma, kurią galite perskaityti.

leaflet-contents-heading = Kas rašoma plane
leaflet-contents-intro = Planą paprastai sudaro šios dalys:
leaflet-contents-strengths = ką Jūsų vaikas gerai moka ir mėgsta
leaflet-contents-needs = kas Jūsų vaikui sunku
leaflet-contents-targets = trys ar keturi tikslai: artimiausi žingsniai, kurių siekia Jūsų vaikas
leaflet-contents-help = kas padeda, ką daro ir kaip dažnai
leaflet-contents-home = ką Jūs galite daryti namuose
leaflet-contents-review = kada planas vėl bus aptariamas

leaflet-smart-heading = { EN("SMART") } tikslai
leaflet-smart-intro = Geri tikslai yra { EN("SMART") }. Šis žodis sudarytas iš penkių angliškų žodžių pirmųjų raidžių. Tai reiškia, kad tikslai yra:
leaflet-smart-specific = Specific (konkretūs): juose tiksliai nurodyta, ką Jūsų vaikas išmoks daryti.
leaflet-smart-measurable = Measurable (išmatuojami): visi gali matyti, kada tikslas pasiektas.
leaflet-smart-achievable = Achievable (pasiekiami): Jūsų vaikas gali juos pasiekti, jei gauna tinkamą pagalbą.
leaflet-smart-relevant = Relevant (svarbūs): jie svarbūs Jūsų vaiko mokymuisi ir gyvenimui.
leaflet-smart-time-bound = Time-bound (turi terminą): juose nurodyta, iki kada juos reikia pasiekti, dažniausiai iki kito plano aptarimo.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Pavyzdžiui, „geriau skaityti“ nėra { EN("SMART") } tikslas. O „perskaityti { $read } iš { $total } dažnų žodžių, esančių žodžių kortelėje, per du patikrinimus su savaitės pertrauka, iki plano aptarimo sausio mėnesį“ – yra { EN("SMART") } tikslas.

leaflet-review-heading = Plano aptarimai
leaflet-review-when = Planas vėl aptariamas susitikime, paprastai kartą per trimestrą ({ EN("term") }), tai yra maždaug tris kartus per metus. Mokykla kartu su Jumis peržiūri kiekvieną tikslą: ar jis pasiektas ir kas padėjo?
leaflet-review-you = Mokykla Jus kviečia į kiekvieną plano aptarimą. Jūsų nuomonė svarbi: pasakykite mokyklai, ką matote namuose ir kas Jums kelia nerimą. Jūsų vaikas taip pat gali dalyvauti: ateiti į dalį susitikimo arba iš anksto pasakyti savo nuomonę. Tada kartu susitariama dėl naujų tikslų.

leaflet-map-heading = Papildomos pagalbos žemėlapis ({ EN("provision map") })
leaflet-map-what = Papildomos pagalbos žemėlapis – tai visos mokyklos teikiamos papildomos pagalbos sąrašas, pavyzdžiui, skaitymo užsiėmimai mažose grupėse ar trumpas kasdienis pokalbis su suaugusiuoju. Jame parodyta, kas teikia kiekvieną pagalbą, kaip dažnai ir kokią naudą ji duoda.
leaflet-map-yours = Galite paprašyti savo vaiko papildomos pagalbos žemėlapio. Jame parodyta, kokią pagalbą siūlo mokykla, ir pažymėta, kokią pagalbą gauna Jūsų vaikas. Taip pat nurodyti vaiko rezultatai pradžioje ir pabaigoje.

leaflet-stages-heading = Pagalbos lygiai
leaflet-stages-intro = Papildomos pagalbos lygius mokykla vadina taip:
leaflet-stage-sen-support = Papildoma pagalba mokykloje ({ EN("SEN Support") }): mokykla planuoja papildomą pagalbą savo darbuotojų jėgomis ir savo ištekliais. Ši pagalba aprašoma pagalbos plane.
leaflet-stage-ehc-plan = Ugdymo, sveikatos ir priežiūros planas ({ EN("EHC plan") }): teisinę galią turintis vietos savivaldybės ({ EN("local council") }) planas. Jis rengiamas vaikui, kuriam reikia daugiau pagalbos, nei mokykla gali suteikti savo ištekliais.
leaflet-stage-school-action = Pagalba mokykloje ({ EN("School Action") }): mokykla teikia papildomą pagalbą savo darbuotojų jėgomis ir savo ištekliais.
leaflet-stage-school-action-plus = Pagalba mokykloje, padedant išorės specialistams ({ EN("School Action Plus") }): mokykla dar gauna patarimų ar pagalbos iš specialistų, kurie dirba ne mokykloje.
leaflet-stage-statement = Oficiali išvada dėl specialiųjų ugdymosi poreikių ({ EN("Statement of SEN") }): teisinę galią turintis vietos savivaldybės ({ EN("local council") }) dokumentas, kuriame nurodyta, kokią pagalbą vaikas turi gauti.

leaflet-help-heading = Nepriklausoma pagalba
leaflet-help-intro = Bet kada galite pasikalbėti su klasės mokytoju arba su asmeniu, kuris mokykloje atsakingas už pagalbą vaikams, turintiems specialiųjų ugdymosi poreikių ({ EN("SENCo") }). Nemokamai pasikonsultuoti taip pat galite tarnyboje, kuri nepriklauso mokyklai:
leaflet-help-none = Paprašykite, kad mokykla duotų Jums vietos tarnybos kontaktus. Ši tarnyba teikia informaciją, patarimus ir pagalbą dėl specialiųjų ugdymosi poreikių. Jos konsultacijos nemokamos, ir ji nepriklauso mokyklai.

leaflet-formats-heading = Kita kalba ar kitokia forma
leaflet-formats-ask = Galite paprašyti mokyklos šio lankstinuko ir savo vaiko plano kita kalba, didesniu šriftu, Brailio raštu arba garso įrašu. Taip pat galite paprašyti, kad juos atsiųstų el. paštu. Tiesiog pasakykite klasės mokytojui arba mokyklos raštinei.

leaflet-languages-heading = Šis lankstinukas Jūsų kalba

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Šį lankstinuką galima gauti lietuvių kalba. Paprašykite jo mokykloje.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Klausimai, kuriuos galite užduoti plano aptarime
leaflet-questions-intro = Šią kortelę galite pasiimti į savo vaiko plano aptarimo susitikimą. Pasirinkite Jums svarbius klausimus ir užsirašykite pastabas tuščioje vietoje po kiekvienu klausimu.
leaflet-question-progress = Kaip mano vaikui sekėsi siekti kiekvieno tikslo?
leaflet-question-helped = Kas mano vaikui padėjo labiausiai, o kas nepasiteisino?
leaflet-question-next = Kokie bus nauji tikslai ir kodėl būtent šie?
leaflet-question-who = Kas padės mano vaikui ir kaip dažnai?
leaflet-question-home = Ką galiu daryti namuose, kad padėčiau?
leaflet-question-child = Ką galvoja mano vaikas ir kaip jis gali dalyvauti?
leaflet-question-friends = Kaip mano vaikas sutaria su kitais vaikais?
leaflet-question-assess = Ar planuojami kokie nors vertinimai ar pagalba iš specialistų už mokyklos ribų?
leaflet-question-contact = Į ką kreiptis, jei kas nors man kels nerimą iki kito plano aptarimo?
leaflet-question-next-review = Kada bus kitas plano aptarimas?
