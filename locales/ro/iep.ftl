# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Plan de sprijin pentru { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Plan de sprijin pentru { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Plan educațional individual ({ EN("IEP") }): exemplar pentru familie

# Under the main heading, for the school's copy.
iep-copy-school = Plan educațional individual ({ EN("IEP") }): exemplar pentru școală

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Plan de învățare în grup – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Plan de învățare în grup: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Plan de învățare în grup: exemplar pentru familie

# Under the main heading, for the school's copy.
group-copy-school = Plan de învățare în grup: exemplar pentru școală

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } lucrează la aceste obiective într-un grup mic, împreună cu alți copii care au nevoie de același fel de ajutor. Planul spune la ce lucrează grupul, cine ajută și cum puteți ajuta și dumneavoastră acasă.

## Opening for parents

iep-intro-heading = Despre acest plan

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Acest plan arată ce ajutor în plus primește { $name } la școală. Planul spune la ce lucrează { $name }, cine ajută și cum puteți ajuta și dumneavoastră acasă.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Vom discuta din nou planul împreună cu dumneavoastră pe { $date }. La această întâlnire puteți pune întrebări și ne puteți spune ce părere aveți. Dacă doriți, puteți veni împreună cu o altă persoană.

iep-intro-formats = Dacă doriți să primiți acest plan într-o altă limbă, tipărit cu litere mari sau citit cu voce tare, vă rugăm să întrebați la secretariatul școlii.

## Key facts

facts-heading = Informații principale
fact-pupil = Numele copilului
fact-known-as = Numele folosit de obicei
fact-date-of-birth = Data nașterii
fact-year-group = Anul de școală ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] Primul an de școală ({ EN("Reception") })
       *[other] Anul { $year } ({ EN("Year") } { $year })
    }

fact-class = Clasa
fact-family = Părinții și cei care au grijă de copil
fact-stage = Nivelul de sprijin
fact-areas = Domeniile în care este nevoie de ajutor
fact-class-teacher = Profesorul clasei
fact-written-by = Planul a fost scris de
fact-start = Data de început a planului
fact-review = Data revizuirii planului ({ EN("review") })

## Stages of support

stage-sen-support = Sprijin la școală pentru nevoi educaționale speciale ({ EN("SEN Support") })
stage-ehc-plan = Plan pentru educație, sănătate și îngrijire ({ EN("EHC plan") })
stage-early-years-action = Sprijin la vârsta preșcolară ({ EN("Early Years Action") })
stage-early-years-action-plus = Sprijin la vârsta preșcolară, cu ajutorul specialiștilor ({ EN("Early Years Action Plus") })
stage-school-action = Sprijin oferit de școală ({ EN("School Action") })
stage-school-action-plus = Sprijin oferit de școală, cu ajutorul specialiștilor ({ EN("School Action Plus") })
stage-statement = Document oficial despre nevoile educaționale speciale ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Comunicarea și relațiile cu ceilalți
area-cognition-and-learning = Învățarea și înțelegerea
area-social-emotional-mental-health = Viața socială, emoțiile și sănătatea mintală
area-sensory-and-physical = Nevoi legate de simțuri (văz, auz) și nevoi fizice

## Relationships

relationship-mother = mamă
relationship-father = tată
relationship-parent = părinte
relationship-carer = persoană care are grijă de copil
relationship-foster-carer = asistent maternal ({ EN("foster carer") })
relationship-guardian = tutore legal
relationship-grandmother = bunică
relationship-grandfather = bunic
relationship-aunt = mătușă
relationship-uncle = unchi
relationship-sister = soră
relationship-brother = frate

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = asistent la clasă
role-class-teacher = profesorul clasei
role-senco = coordonator pentru nevoi educaționale speciale, { EN("SENCo") }
role-learning-mentor = mentor pentru învățare
role-teacher-of-the-deaf = profesor pentru copiii cu probleme de auz
role-specialist-teacher = profesor specializat
role-speech-and-language-therapist = logoped
role-educational-psychologist = psiholog școlar
role-occupational-therapist = terapeut ocupațional
role-physiotherapist = kinetoterapeut
role-school-nurse = asistent medical școlar
role-family-support-worker = lucrător de sprijin pentru familie
role-head-teacher = directorul școlii
role-lunchtime-supervisor = supraveghetor la pauza de prânz

## When and how often
# A target's "when", written out. The parts are joined as a list of measures
# ("10 minute, de 4 ori pe săptămână dimineața, timp de 6 săptămâni").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] o dată pe săptămână dimineața
                [few] de { $times } ori pe săptămână dimineața
               *[other] de { $times } de ori pe săptămână dimineața
            }
        [afternoon]
            { $times ->
                [one] o dată pe săptămână după-amiaza
                [few] de { $times } ori pe săptămână după-amiaza
               *[other] de { $times } de ori pe săptămână după-amiaza
            }
        [lunchtime]
            { $times ->
                [one] o dată pe săptămână la pauza de prânz
                [few] de { $times } ori pe săptămână la pauza de prânz
               *[other] de { $times } de ori pe săptămână la pauza de prânz
            }
       *[none]
            { $times ->
                [one] o dată pe săptămână
                [few] de { $times } ori pe săptămână
               *[other] de { $times } de ori pe săptămână
            }
    }

# On which days of the week, perhaps at one part of the day ("marți și joi dimineața");
# the number of days does not change the words.
# Variables:
#   $days (String) - the days, already joined as a list: "marți și joi"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] { $days } dimineața
        [afternoon] { $days } după-amiaza
        [lunchtime] { $days } la pauza de prânz
       *[none]
            { $count ->
                [one] { $days }
                [few] { $days }
               *[other] { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] la fiecare oră de curs
        [day] în fiecare zi
        [morning] în fiecare dimineață
        [afternoon] în fiecare după-amiază
        [lunchtime] la fiecare pauză de prânz
        [playtime] la fiecare pauză
        [after-playtime] după fiecare pauză
        [week] în fiecare săptămână
        [two-weeks] o dată la două săptămâni
        [half-term] o dată la jumătate de trimestru
       *[term] o dată pe trimestru
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it
when-at = { $when } la ora { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] timp de o săptămână
        [few] timp de { $weeks } săptămâni
       *[other] timp de { $weeks } de săptămâni
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
about-heading = Ce face bine { $name } și ce îi place

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Ce este greu pentru { $name }

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Ce este de ajutor pentru { $name }

## Targets

targets-heading = Obiective

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } are un obiectiv în acest plan.
        [few] { $name } are { $count } obiective în acest plan.
       *[other] { $name } are { $count } de obiective în acest plan.
    } Un obiectiv este un pas mic pe care îl putem verifica.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Obiectivul { $number }

target-who = Cine ajută
target-does-what = Cum ajută
target-when = Când și cât de des
target-success = Cum vom ști că ajută
target-home = Ce puteți face acasă

## The rest of the plan

home-heading = Ajutor acasă
exit-heading = Când se poate încheia ajutorul în plus
further-heading = Alte evaluări și servicii
further-assessments = Evaluări planificate
further-agencies = Servicii din afara școlii care ajută

## Outside agencies

agency-educational-psychology = Psiholog școlar ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Logopedie ({ EN("speech and language therapy") })
agency-behaviour-support = Serviciu de sprijin pentru comportament ({ EN("behaviour support") })
agency-hearing-support = Serviciu de sprijin pentru copiii cu probleme de auz ({ EN("hearing support") })
agency-vision-support = Serviciu de sprijin pentru copiii cu probleme de vedere ({ EN("vision support") })
agency-sensory-support = Serviciu de sprijin pentru copiii cu probleme de auz sau de vedere ({ EN("sensory support") })
agency-occupational-therapy = Terapie ocupațională ({ EN("occupational therapy") })
agency-physiotherapy = Kinetoterapie ({ EN("physiotherapy") })
agency-camhs = Serviciul de sănătate mintală pentru copii și adolescenți ({ EN("CAMHS") })
agency-school-nurse = Asistent medical școlar ({ EN("school nurse") })
agency-paediatrician = Medic pentru copii (pediatru)
agency-early-help = Sprijin timpuriu pentru familii ({ EN("Early Help") })

## Review

review-heading = Cum a mers planul
review-date = Data întâlnirii
review-present = Cine a participat
review-outcomes = Obiective și rezultate
review-col-target = Obiectiv
review-col-result = Rezultat
review-col-comment = Observații

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Obiectivul { $number }

outcome-achieved = Atins
outcome-partly = Atins în parte
outcome-not-yet = Încă nu a fost atins

review-progress = Progrese

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Ce a spus { $name }

review-parent-comment = Ce a spus familia
review-teacher-comment = Ce a spus școala
review-next-steps = Pașii următori
review-next-review = Următoarea revizuire a planului

## Help for parents

contact-heading = Întrebări și ajutor

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Dacă aveți o întrebare despre acest plan, vă rugăm să vorbiți cu profesorul clasei sau cu { $senco }, persoana care coordonează la școală sprijinul pentru copiii cu nevoi speciale ({ EN("SENCo") }).

contact-school-phone = Numărul de telefon al școlii

support-intro = Puteți primi sfaturi gratuite și de la un serviciu care nu face parte din școală:
support-phone = Telefon
support-text = SMS
support-email = E-mail
support-web = Site web
support-drop-in = Vizită fără programare

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Pagina { $page } din { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Pachet de documente de tipărit pentru întâlnirile cu părinții

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Acest pachet conține { $documents ->
        [one] un document
        [few] { $documents } documente
       *[other] { $documents } de documente
    } pentru { $appointments ->
        [one] o programare
        [few] { $appointments } programări
       *[other] { $appointments } de programări
    }, în ordinea programărilor.

pack-duplex = Vă rugăm să tipăriți pachetul față-verso (pe ambele fețe ale foii). Fiecare document începe pe o foaie nouă, astfel încât nicio foaie nu cuprinde documente pentru două familii.

pack-files = Fiecare document este salvat și ca fișier separat. Când o familie cere o copie prin e-mail, trimiteți-i doar fișierul ei: acesta poate fi citit cu voce tare de un cititor de ecran.

pack-appointments-heading = Programări
pack-col-time = Ora
pack-col-pupil = Elev
pack-col-teacher = Profesor
pack-col-room = Sala
pack-col-parent-copy = Exemplar pentru familie
pack-col-school-copy = Exemplar pentru școală
pack-col-page = Pagina

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Exemplar pentru familie, în limba { $language }
pack-copy-parent-large = Exemplar pentru familie, în limba { $language }, tipărit cu litere mari
pack-copy-school = Exemplar pentru școală, în limba { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, tipărit cu litere mari

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } text netradus
        [few] { $count } texte netraduse
       *[other] { $count } de texte netraduse
    })

pack-missing-heading = Nu sunt incluse în acest pachet
pack-missing-intro = Aceste programări nu au documente, deoarece planurile lor nu au putut fi transformate în documente. Rezumatul de la sfârșitul procesării arată ce trebuie corectat.
pack-col-problem = Problema

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] engleză
        [pl] polonă
        [ro] română
        [pa] punjabi (scrierea gurmukhi)
        [pa-Arab] punjabi (scrierea shahmukhi)
        [ur] urdu
        [pt] portugheză
        [es] spaniolă
        [it] italiană
        [fr] franceză
        [bn] bengaleză
        [gu] gujarati
        [ar] arabă
        [sq] albaneză
        [so] somaleză
        [lt] lituaniană
        [uk] ucraineană
        [tr] turcă
        [fa] persană
        [ta] tamilă
        [bg] bulgară
        [hu] maghiară
        [ru] rusă
        [zh-Hans] chineză simplificată
        [zh-Hant] chineză tradițională
        [ps] paștună
        [ti] tigrină
        [ne] nepaleză
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
provision-title = Lista sprijinului suplimentar – { $school }
provision-heading = Lista sprijinului suplimentar ({ EN("provision map") })
provision-intro = Această listă arată sprijinul suplimentar pe care școala îl organizează pentru elevii cu nevoi educaționale speciale: cine se ocupă de el, cât de des are loc, cât costă, cine participă și ce schimbări aduce.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Total pentru acest domeniu: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Costul total al sprijinului suplimentar: { $amount }

provision-col-support = Tipul de sprijin
provision-col-staff = Cine se ocupă
provision-col-group = Mărimea grupului
provision-col-often = Cât de des
provision-col-weeks = Număr de săptămâni
provision-col-measure = Cum se măsoară progresul
provision-col-cost = Cost
provision-col-per-pupil = Cost pentru fiecare elev
provision-col-pupils = Elevi

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, { $sessions ->
        [one] o dată pe săptămână
        [few] de { $sessions } ori pe săptămână
       *[other] de { $sessions } de ori pe săptămână
    }

provision-impact-heading = Rezultate
provision-impact-intro = Pentru elevii care au un scor la început și unul la sfârșit. Costul pe punct este costul pentru fiecare elev împărțit la creșterea medie a scorului.
provision-col-entry = Scorul mediu la început
provision-col-exit = Scorul mediu la sfârșit
provision-col-gain = Creșterea medie
provision-col-per-point = Cost pentru fiecare elev, pe fiecare punct câștigat
provision-no-scores = Încă nu există scoruri

provision-gaps-heading = Nevoi neacoperite
provision-no-gaps = Fiecare nevoie scrisă într-un plan este acoperită de cel puțin una dintre formele de sprijin la care participă elevul.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: planul numește nevoi pe care nu le acoperă niciuna dintre formele de sprijin la care participă ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Nicio formă de sprijin nu acoperă acest domeniu de nevoi: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Lista sprijinului suplimentar – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Sprijin în plus pentru { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Această listă arată sprijinul în plus pe care școala îl oferă copiilor care au nevoie de el. Sprijinul pe care îl primește { $name } este marcat în ultima coloană și tipărit cu litere îngroșate.

provision-offer-heading = Sprijinul oferit de școală

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Pentru { $name }
provision-mine = Da, participă

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Cum merge sprijinul pentru { $name }

provision-col-start = Data de început
provision-col-per-week = De câte ori pe săptămână
provision-col-score-start = Scorul la început
provision-col-score-end = Scorul la sfârșit
provision-no-score = Încă nu

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Când primește { $name } sprijin în timpul săptămânii

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Ședințele de sprijin în plus pe care le are { $name } într-o săptămână obișnuită de școală: în ce constă fiecare, cine se ocupă de ea și cât durează.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Programul săptămânal al sprijinului

provision-school-week-intro = Când are loc fiecare formă de sprijin într-o săptămână obișnuită de școală, cine se ocupă de ea, unde și pentru câți elevi este.

# The first column of the week table: the time a session starts.
provision-col-time = Ora

# The row for sessions whose days are known but not their time.
provision-week-no-time = Ora nu este stabilită încă

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } elev
        [few] { $count } elevi
       *[other] { $count } de elevi
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Planul de sprijin al copilului dumneavoastră ({ EN("IEP") }): ghid pentru părinți
leaflet-iep-intro = Unii copii au nevoie de ajutor în plus la școală ca să învețe și să se descurce bine. Acest ghid explică planul pe care școala îl scrie pentru acest ajutor și cum puteți lua parte și dumneavoastră.

leaflet-what-heading = Ce este un { EN("IEP") }
leaflet-what-is = Un { EN("IEP") } (plan educațional individual) este un plan scurt pentru un singur copil. Multe școli îl numesc acum plan de sprijin. Planul spune la ce lucrează copilul dumneavoastră, ce va face școala ca să-l ajute și ce puteți face dumneavoastră acasă.
leaflet-what-who = Școala scrie planul împreună cu dumneavoastră și, când este posibil, împreună cu copilul. Ar trebui să primiți propriul exemplar. Puteți cere planul într-o limbă sau într-un format pe care îl puteți citi.

leaflet-contents-heading = Ce conține planul
leaflet-contents-intro = De obicei, un plan are aceste părți:
leaflet-contents-strengths = ce face bine copilul dumneavoastră și ce îi place
leaflet-contents-needs = ce este greu pentru copil
leaflet-contents-targets = trei sau patru obiective: următorii pași la care lucrează copilul
leaflet-contents-help = cine ajută, ce face și cât de des
leaflet-contents-home = ce puteți face acasă
leaflet-contents-review = când va fi discutat din nou planul

leaflet-smart-heading = Obiective { EN("SMART") }
leaflet-smart-intro = Obiectivele bune sunt { EN("SMART") }. Asta înseamnă că sunt:
leaflet-smart-specific = Specific (precise): spun exact ce va învăța copilul să facă.
leaflet-smart-measurable = Measurable (măsurabile): toată lumea poate vedea când obiectivul a fost atins.
leaflet-smart-achievable = Achievable (realizabile): copilul le poate atinge cu ajutorul potrivit.
leaflet-smart-relevant = Relevant (importante): contează pentru învățătura și pentru viața copilului.
leaflet-smart-time-bound = Time-bound (cu termen): spun până când trebuie atinse, de obicei până la următoarea revizuire a planului.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = De exemplu, „să citească mai bine” nu este un obiectiv { EN("SMART") }. Iată un obiectiv { EN("SMART") }: „Să citească { $read } dintre cuvintele uzuale de pe cartonașul cu cuvinte (din totalul de { $total }), la două verificări făcute la o săptămână distanță, până la revizuirea din ianuarie”.

leaflet-review-heading = Revizuirea planului
leaflet-review-when = Planul este discutat din nou la o întâlnire de revizuire ({ EN("review") }), de obicei o dată pe trimestru, adică de aproximativ trei ori pe an. Școala verifică împreună cu dumneavoastră fiecare obiectiv: a fost atins? Ce a ajutat?
leaflet-review-you = Vă invităm la fiecare revizuire. Părerea dumneavoastră contează: spuneți școlii ce vedeți acasă și ce vă îngrijorează. Și copilul poate lua parte: poate veni la o parte din întâlnire sau își poate spune părerea înainte de întâlnire. Apoi se stabilesc împreună noile obiective.

leaflet-map-heading = Lista sprijinului suplimentar ({ EN("provision map") })
leaflet-map-what = Lista sprijinului suplimentar ({ EN("provision map") }) cuprinde tot sprijinul suplimentar pe care îl organizează școala, de exemplu grupuri mici de citit sau o scurtă discuție zilnică despre cum se simte copilul. Lista arată cine se ocupă de fiecare tip de sprijin, cât de des are loc și ce schimbări aduce.
leaflet-map-yours = Puteți cere o listă a sprijinului suplimentar pentru copilul dumneavoastră. Ea arată sprijinul oferit de școală și îl marchează pe cel pe care îl primește copilul dumneavoastră, cu scorurile lui la început și la sfârșit.

leaflet-stages-heading = Nivelurile de sprijin
leaflet-stages-intro = Școala folosește aceste denumiri pentru nivelurile de ajutor în plus:
leaflet-stage-sen-support = Sprijin la școală pentru nevoi educaționale speciale ({ EN("SEN Support") }): școala planifică ajutor în plus cu propriul personal și cu propriile resurse. Acest ajutor este scris într-un plan de sprijin.
leaflet-stage-ehc-plan = Plan pentru educație, sănătate și îngrijire ({ EN("EHC plan") }): un plan cu putere legală, făcut de autoritatea locală ({ EN("local council") }) pentru un copil care are nevoie de mai mult ajutor decât poate oferi școala din propriile resurse.
leaflet-stage-school-action = Sprijin oferit de școală ({ EN("School Action") }): școala oferă ajutor în plus cu propriul personal și cu propriile resurse.
leaflet-stage-school-action-plus = Sprijin oferit de școală, cu ajutorul specialiștilor ({ EN("School Action Plus") }): școala primește în plus sfaturi sau ajutor de la specialiști din afara școlii.
leaflet-stage-statement = Document oficial despre nevoile educaționale speciale ({ EN("Statement of SEN") }): un document cu putere legală, făcut de autoritatea locală, care stabilește ce ajutor trebuie să primească un copil.

leaflet-help-heading = Ajutor independent
leaflet-help-intro = Puteți vorbi oricând cu profesorul clasei sau cu persoana care coordonează la școală sprijinul pentru copiii cu nevoi speciale. Puteți primi și sfaturi gratuite de la un serviciu care nu face parte din școală:
leaflet-help-none = Vă rugăm să cereți școlii datele de contact ale serviciului local de informare, consiliere și sprijin pentru nevoi educaționale speciale. Sfaturile acestui serviciu sunt gratuite și independente de școală.

leaflet-formats-heading = Altă limbă sau alt format
leaflet-formats-ask = Puteți cere școlii acest pliant și planul copilului dumneavoastră într-o altă limbă, tipărite cu litere mari, în Braille sau ca înregistrare audio. Puteți cere și să vi le trimită prin e-mail. Este suficient să spuneți profesorului clasei sau la secretariatul școlii.

leaflet-languages-heading = Acest pliant în limba dumneavoastră

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Acest pliant este disponibil în limba română. Cereți un exemplar la școală.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Întrebări pentru revizuirea planului
leaflet-questions-intro = Puteți lua acest cartonaș cu dumneavoastră la întâlnirea de revizuire a planului copilului. Alegeți întrebările care sunt importante pentru dumneavoastră și scrieți notițe în spațiul de sub fiecare întrebare.
leaflet-question-progress = Cum s-a descurcat copilul meu cu fiecare obiectiv?
leaflet-question-helped = Ce l-a ajutat cel mai mult pe copilul meu și ce nu a funcționat?
leaflet-question-next = Care sunt noile obiective și de ce au fost alese acestea?
leaflet-question-who = Cine îl va ajuta pe copilul meu și cât de des?
leaflet-question-home = Ce pot face acasă ca să ajut?
leaflet-question-child = Ce crede copilul meu și cum poate să ia parte?
leaflet-question-friends = Cum se înțelege copilul meu cu ceilalți copii?
leaflet-question-assess = Sunt planificate evaluări sau ajutor din afara școlii?
leaflet-question-contact = Cu cine pot vorbi dacă ceva mă îngrijorează înainte de următoarea revizuire?
leaflet-question-next-review = Când este următoarea revizuire?
