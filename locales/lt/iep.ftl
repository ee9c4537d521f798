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
iep-heading = Pagalbos planas: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Individualus ugdymo planas (IEP): egzempliorius šeimai

# Under the main heading, for the school's copy.
iep-copy-school = Individualus ugdymo planas (IEP): egzempliorius mokyklai

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
fact-year-group = Klasė (Year group)

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] Reception (pirmieji metai mokykloje)
       *[other] { $year } klasė
    }

fact-class = Klasės pavadinimas
fact-family = Tėvai ir globėjai
fact-stage = Pagalbos lygis
fact-areas = Sritys, kuriose reikia pagalbos
fact-class-teacher = Klasės mokytojas
fact-written-by = Kas parengė planą
fact-start = Plano pradžia
fact-review = Plano aptarimo data (review)

## Stages of support

stage-sen-support = Papildoma pagalba mokykloje (SEN Support)
stage-ehc-plan = Ugdymo, sveikatos ir priežiūros planas (EHC plan)
stage-early-years-action = Pagalba ikimokykliniame amžiuje (Early Years Action)
stage-early-years-action-plus = Pagalba ikimokykliniame amžiuje, padedant išorės specialistams (Early Years Action Plus)
stage-school-action = Pagalba mokykloje (School Action)
stage-school-action-plus = Pagalba mokykloje, padedant išorės specialistams (School Action Plus)
stage-statement = Oficiali išvada dėl specialiųjų ugdymosi poreikių (Statement of SEN)

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

agency-educational-psychology = Ugdymo psichologas (educational psychologist)
agency-speech-and-language-therapy = Logopedo pagalba (speech and language therapy)
agency-behaviour-support = Pagalba dėl elgesio sunkumų (behaviour support)
agency-hearing-support = Pagalbos tarnyba vaikams, turintiems klausos sutrikimų
agency-vision-support = Pagalbos tarnyba vaikams, turintiems regos sutrikimų
agency-sensory-support = Pagalbos tarnyba vaikams, turintiems regos ar klausos sutrikimų (sensory support)
agency-occupational-therapy = Ergoterapija (occupational therapy)
agency-physiotherapy = Kineziterapija (physiotherapy)
agency-camhs = Vaikų ir paauglių psichikos sveikatos tarnyba (CAMHS)
agency-school-nurse = Mokyklos slaugytoja (school nurse)
agency-paediatrician = Vaikų gydytojas (pediatras)
agency-early-help = Ankstyvoji pagalba šeimai (Early Help)

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
contact-senco = Jei turite klausimų apie šį planą, kreipkitės į klasės mokytoją arba į asmenį, kuris mokykloje atsakingas už pagalbą vaikams, turintiems specialiųjų ugdymosi poreikių (SENCo). Tai { $senco }.

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
pack-title = Tėvų vakaro (parents' evening) spausdinimo rinkinys

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

pack-missing-heading = Neįtraukta į šį rinkinį
pack-missing-intro = Šiems susitikimams dokumentų nėra, nes jų planų nepavyko paversti dokumentais. Ką reikia pataisyti, nurodyta suvestinėje, kuri pateikiama viso paketo (batch) pabaigoje.
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
provision-heading = Papildomos pagalbos žemėlapis (provision map)
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
