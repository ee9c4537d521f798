# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Qorshaha taageerada: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Qorshaha taageerada: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Qorshe waxbarasho oo shakhsi ah ({ EN("IEP") }): nuqulka qoyska

# Under the main heading, for the school's copy.
iep-copy-school = Qorshe waxbarasho oo shakhsi ah ({ EN("IEP") }): nuqulka dugsiga

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Qorshaha waxbarashada kooxda – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Qorshaha waxbarashada kooxda: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Qorshaha waxbarashada kooxda: nuqulka qoyska

# Under the main heading, for the school's copy.
group-copy-school = Qorshaha waxbarashada kooxda: nuqulka dugsiga

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = Hadafyadan waxaa looga shaqeeyaa koox yar oo ay ku jiraan { $name } iyo carruur kale oo u baahan caawimaad la mid ah. Qorshahan wuxuu sheegayaa waxa kooxdu ka shaqaynayso, cidda caawinaysa, iyo sida aad { $name } guriga ugu caawin karto.

## Opening for parents

iep-intro-heading = Ku saabsan qorshahan

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Qorshahan wuxuu muujinayaa caawimaadda dheeraadka ah ee { $name } dugsiga lagu siiyo. Wuxuu sheegayaa waxyaabaha { $name } lagu caawinayo, cidda caawinaysa, iyo sida aad guriga ugu caawin karto.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Maalinta { $date } ayaan kula kulmi doonnaa si aan qorshaha dib ugu eegno. Kulankaas waxaad ku weydiin kartaa su'aalo, waxaadna noo sheegi kartaa fikraddaada. Haddii aad rabto, qof kale ayaad la iman kartaa.

iep-intro-formats = Haddii aad qorshahan u rabto luqad kale, xarfo waaweyn, ama in laguu akhriyo, fadlan weydii xafiiska dugsiga.

## Key facts

facts-heading = Macluumaadka muhiimka ah
fact-pupil = Ardayga
fact-known-as = Magaca loogu yeero
fact-date-of-birth = Taariikhda dhalashada
fact-year-group = Fasalka ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (sannadka ugu horreeya ee dugsiga)
       *[other] { $year }
    }

fact-class = Magaca fasalka
fact-family = Waalidiinta iyo daryeelayaasha
fact-stage = Heerka taageerada
fact-areas = Waxyaabaha caawimaadda loogu baahan yahay
fact-class-teacher = Macallinka fasalka
fact-written-by = Qofka qoray qorshaha
fact-start = Taariikhda uu qorshuhu bilaabanayo
fact-review = Taariikhda dib-u-eegista ({ EN("review") })

## Stages of support

stage-sen-support = Taageerada baahiyaha waxbarasho ee gaarka ah ({ EN("SEN Support") })
stage-ehc-plan = Qorshaha Waxbarashada, Caafimaadka iyo Daryeelka ({ EN("EHC plan") })
stage-early-years-action = Taageerada sannadaha hore ee carruurnimada ({ EN("Early Years Action") })
stage-early-years-action-plus = Taageerada sannadaha hore ee carruurnimada, oo ay khubaro dibadda ah ka qayb qaataan ({ EN("Early Years Action Plus") })
stage-school-action = Taageerada dugsiga ({ EN("School Action") })
stage-school-action-plus = Taageerada dugsiga, oo ay khubaro dibadda ah ka qayb qaataan ({ EN("School Action Plus") })
stage-statement = Warqadda rasmiga ah ee baahiyaha waxbarasho ee gaarka ah ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Wada hadalka iyo la dhaqanka dadka kale
area-cognition-and-learning = Barashada iyo fahamka
area-social-emotional-mental-health = Xiriirka bulshada, dareenka iyo caafimaadka maskaxda
area-sensory-and-physical = Baahiyaha dareenka iyo jirka (sida aragga iyo maqalka)

## Relationships

relationship-mother = hooyada
relationship-father = aabbaha
relationship-parent = waalidka
relationship-carer = daryeelaha
relationship-foster-carer = daryeelaha kafaalada ({ EN("foster carer") })
relationship-guardian = mas'uulka sharciga ah ({ EN("guardian") })
relationship-grandmother = ayeeyada
relationship-grandfather = awoowaha
relationship-aunt = eedada / habaryarta
relationship-uncle = adeerka / abtiga
relationship-sister = walaasha
relationship-brother = walaalka

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = kaaliyaha macallinka
role-class-teacher = macallinka fasalka
role-senco = qofka dugsiga ka hoggaamiya taageerada baahiyaha gaarka ah, { EN("SENCo") }
role-learning-mentor = la-taliyaha waxbarashada
role-teacher-of-the-deaf = macallinka carruurta leh dhibaato xagga maqalka ah
role-specialist-teacher = macallinka takhasuska leh
role-speech-and-language-therapist = daaweeyaha hadalka iyo luqadda
role-educational-psychologist = khabiirka cilmi-nafsiga waxbarashada
role-occupational-therapist = daaweeyaha hawlaha maalinlaha ah
role-physiotherapist = daaweeyaha jirka iyo dhaqdhaqaaqa
role-school-nurse = kalkaaliyaha caafimaadka ee dugsiga
role-family-support-worker = hawlwadeenka taageerada qoyska
role-head-teacher = maamulaha dugsiga
role-lunchtime-supervisor = kormeeraha xilliga qadada

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } daqiiqo
       *[other] { $minutes } daqiiqo
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] toddobaadkii hal subax
               *[other] toddobaadkii { $times } subax
            }
        [afternoon]
            { $times ->
                [one] toddobaadkii hal galab
               *[other] toddobaadkii { $times } galab
            }
        [lunchtime]
            { $times ->
                [one] toddobaadkii hal mar xilliga qadada
               *[other] toddobaadkii { $times } jeer xilliga qadada
            }
       *[none]
            { $times ->
                [one] toddobaadkii hal mar
               *[other] toddobaadkii { $times } jeer
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
                [one] { $days } subaxdii
               *[other] { $days } subaxdii
            }
        [afternoon]
            { $count ->
                [one] { $days } galabtii
               *[other] { $days } galabtii
            }
        [lunchtime]
            { $count ->
                [one] { $days } xilliga qadada
               *[other] { $days } xilliga qadada
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
        [lesson] cashar kasta
        [day] maalin kasta
        [morning] subax kasta
        [afternoon] galab kasta
        [lunchtime] maalin kasta xilliga qadada
        [playtime] nasasho kasta
        [after-playtime] nasasho kasta kadib
        [week] toddobaad kasta
        [two-weeks] laba toddobaadba mar
        [half-term] laba mar xilli-waxbarasho kasta
       *[term] hal mar xilli-waxbarasho kasta
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } saacadda { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] muddo hal toddobaad ah
       *[other] muddo { $weeks } toddobaad ah
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
about-heading = Awoodaha iyo xiisaha { $name }

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Waxyaabaha ku adag { $name }

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Waxyaabaha wax u tara { $name }

## Targets

targets-heading = Hadafyada

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] Qorshahan waxaa ku jira hal hadaf oo loogu talagalay { $name }.
       *[other] Qorshahan waxaa ku jira { $count } hadaf oo loogu talagalay { $name }.
    } Hadaf waa tallaabo yar oo aan hubin karno.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Hadaf { $number }

target-who = Cidda caawinaysa
target-does-what = Waxa ay qabanayaan
target-when = Goorma iyo intee jeer
target-success = Sida aan ku ogaan doonno in caawimaaddu shaqaynayso
target-home = Waxa aad guriga ka samayn karto

## The rest of the plan

home-heading = Caawimaadda guriga
exit-heading = Marka caawimaadda dheeraadka ah la joojin karo
further-heading = Baaritaanno iyo adeegyo kale
further-assessments = Baaritaannada aan qorshaynay
further-agencies = Adeegyo ka baxsan dugsiga oo caawinaya

## Outside agencies

agency-educational-psychology = Khabiirka cilmi-nafsiga waxbarashada ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Daaweynta hadalka iyo luqadda ({ EN("speech and language therapy") })
agency-behaviour-support = Adeegga taageerada dabeecadda ({ EN("behaviour support") })
agency-hearing-support = Adeegga taageerada maqalka ({ EN("hearing support") })
agency-vision-support = Adeegga taageerada aragga ({ EN("vision support") })
agency-sensory-support = Adeegga taageerada aragga iyo maqalka ({ EN("sensory support") })
agency-occupational-therapy = Daaweynta hawlaha maalinlaha ah ({ EN("occupational therapy") })
agency-physiotherapy = Daaweynta jirka iyo dhaqdhaqaaqa ({ EN("physiotherapy") })
agency-camhs = Adeegga caafimaadka maskaxda ee carruurta iyo dhallinyarada ({ EN("CAMHS") })
agency-school-nurse = Kalkaaliyaha caafimaadka ee dugsiga ({ EN("school nurse") })
agency-paediatrician = Dhakhtarka carruurta ({ EN("paediatrician") })
agency-early-help = Taageerada hore ee qoyska ({ EN("Early Help") })

## Review

review-heading = Sida uu qorshuhu u socday
review-date = Taariikhda kulanka
review-present = Dadka kulanka ka qayb galay
review-outcomes = Hadafyada iyo natiijooyinka
review-col-target = Hadafka
review-col-result = Natiijada
review-col-comment = Faallo

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Hadaf { $number }

outcome-achieved = Waa la gaaray
outcome-partly = Qayb ahaan waa la gaaray
outcome-not-yet = Weli lama gaarin

review-progress = Horumarka

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Aragtida { $name }

review-parent-comment = Aragtida qoyska
review-teacher-comment = Aragtida dugsiga
review-next-steps = Tallaabooyinka xiga
review-next-review = Dib-u-eegista xigta

## Help for parents

contact-heading = Su'aalo iyo caawimaad

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Haddii aad su'aal ka qabto qorshahan, fadlan la hadal macallinka fasalka ama { $senco } ({ EN("SENCo") }). { $senco } waa qofka dugsiga ka hoggaamiya taageerada carruurta leh baahiyo gaar ah.

contact-school-phone = Lambarka taleefanka dugsiga

support-intro = Waxa kale oo aad talo bilaash ah ka heli kartaa adeeg ka madax bannaan dugsiga:
support-phone = Taleefan
support-text = Fariin qoraal ah
support-email = Iimayl
support-web = Websaydh
support-drop-in = Booqasho aan ballan loo baahnayn ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Bogga { $page } ee { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Xirmada daabacaadda ee kulanka waalidiinta ({ EN("parents' evening") })

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Xirmadan waxaa ku jira { $documents ->
        [one] hal dukumenti
       *[other] { $documents } dukumenti
    } oo loogu talagalay { $appointments ->
        [one] hal ballan
       *[other] { $appointments } ballan
    }, sida ay ballamadu isugu xigaan.

pack-duplex = Ku daabac labada dhinac ee warqadda. Dukumenti kastaa wuxuu ka bilaabmaa warqad cusub, sidaas darteed waraaqaha laba qoys kuma wada jiraan hal warqad.

pack-files = Dukumenti kasta waxaa sidoo kale loo kaydiyay fayl gooni ah. Marka qoys uu nuqul ku codsado iimayl, u dir faylkooda oo keliya: barnaamijka shaashadda wax ka akhriya ({ EN("screen reader") }) ayaa kor ugu akhrin kara.

pack-appointments-heading = Ballamada
pack-col-time = Waqtiga
pack-col-pupil = Ardayga
pack-col-teacher = Macallinka
pack-col-room = Qolka
pack-col-parent-copy = Nuqulka qoyska
pack-col-school-copy = Nuqulka dugsiga
pack-col-page = Bogga

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Nuqulka qoyska oo ku qoran { $language }
pack-copy-parent-large = Nuqulka qoyska oo ku qoran { $language }, xarfo waaweyn
pack-copy-school = Nuqulka dugsiga oo ku qoran { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, xarfo waaweyn

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } qoraal aan la turjumin
       *[other] { $count } qoraal aan la turjumin
    })

pack-missing-heading = Kuma jiraan xirmadan
pack-missing-intro = Ballamahan ma laha dukumentiyo, sababtoo ah qorshayaashooda looma samayn karin dukumentiyo. Soo-koobidda ku jirta dhammaadka dufcadda ({ EN("batch") }) ayaa sheegaysa waxa loo baahan yahay in la saxo.
pack-col-problem = Dhibaatada

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] af-Ingiriis
        [pl] af-Boolish
        [ro] af-Romaaniyaan
        [pa] af-Bunjaabi (farta Gurmukhi)
        [pa-Arab] af-Bunjaabi (farta Shahmukhi)
        [ur] af-Urduu
        [pt] af-Boortaqiis
        [es] af-Isbaanish
        [it] af-Talyaani
        [fr] af-Faransiis
        [bn] af-Bangaali
        [gu] af-Gujaraati
        [ar] af-Carabi
        [sq] af-Albaaniyaan
        [so] af-Soomaali
        [lt] af-Lituwaaniyaan
        [uk] af-Yukreeniyaan
        [tr] af-Turki
        [fa] af-Faarsi
        [ta] af-Tamil
        [bg] Bulgeeriyaan
        [hu] Hangariyaan
        [ru] Ruush
        [zh-Hans] Shiinaha Rasmiga ah
        [zh-Hant] Af-Shiineeska Qadiimiga ah
        [ps] Bashtuu
        [ti] Tigrinya
        [ne] Nebaali
       *[other] { $tag }
    }

## Provision map
# The school's costed list of extra support, and a parent's copy with their child's part
# marked. Amounts of money come in already formatted for the language (see money).

# An amount of money in pounds.
# Variables:
#   $amount (String) - the amount, with the language's digits and separators
money = £{ $amount }

# The title in the PDF viewer's window bar of the school's map.
# Variables:
#   $school (String) - the school's name
provision-title = Khariidadda taageerada dheeraadka ah – { $school }
provision-heading = Khariidadda taageerada dheeraadka ah ({ EN("provision map") })
provision-intro = Khariidaddan waxay muujinaysaa taageerada dheeraadka ah ee dugsigu siiyo carruurta leh baahiyaha waxbarasho ee gaarka ah: cidda bixisa, intee jeer, inta ay ku kacdo, cidda ka qayb qaadata iyo isbeddelka ay keento.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Wadarta qaybtan: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Wadarta kharashka taageerada dheeraadka ah oo dhan: { $amount }

provision-col-support = Taageerada
provision-col-staff = Cidda bixisa
provision-col-group = Tirada kooxda
provision-col-often = Intee jeer
provision-col-weeks = Toddobaadyo
provision-col-measure = Sida horumarka loo cabbiro
provision-col-cost = Kharashka
provision-col-per-pupil = Kharashka arday kasta
provision-col-pupils = Ardayda

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } daqiiqo, { $sessions ->
        [one] toddobaadkii hal mar
       *[other] toddobaadkii { $sessions } jeer
    }

provision-impact-heading = Saameynta
provision-impact-intro = Waxaa lagu xisaabiyay oo keliya ardayda leh dhibco bilowga iyo dhammaadka labadaba. Kharashka dhibic kasta waa kharashka arday kasta oo loo qaybiyay celceliska korodhka.
provision-col-entry = Celceliska dhibcaha bilowga
provision-col-exit = Celceliska dhibcaha dhammaadka
provision-col-gain = Celceliska korodhka
provision-col-per-point = Kharashka arday kasta, dhibic kasta oo korodhay
provision-no-scores = Weli dhibco ma jiraan

provision-gaps-heading = Baahiyaha aan la daboolin
provision-no-gaps = Baahi kasta oo qorshe ku qoran waxaa daboola ugu yaraan hal taageero oo ardaygu ka qayb qaato.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: qorshaha waxaa ku qoran baahiyo aan lagu daboolin taageerada ardaygu ka qayb qaato ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Ma jirto taageero daboosha baahidan: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Khariidadda taageerada dheeraadka ah – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Taageerada dheeraadka ah ee { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Khariidaddan waxay muujinaysaa taageerada dheeraadka ah ee dugsigu siiyo carruurta u baahan. Taageerada { $name } la siiyo waxaa lagu calaamadeeyay tiirka ugu dambeeya, waxaana lagu daabacay far madow.

provision-offer-heading = Taageerada dugsigu bixiyo

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Loogu talagalay { $name }
provision-mine = Haa, waa la siiyaa

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Sida ay u socoto taageerada { $name }

provision-col-start = Taariikhda bilowga
provision-col-per-week = Intee jeer toddobaadkii
provision-col-score-start = Dhibcaha bilowga
provision-col-score-end = Dhibcaha dhammaadka
provision-no-score = Weli ma jiro

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Goorta { $name } la siiyo taageerada toddobaad kasta

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Fadhiyada taageerada dheeraadka ah ee { $name } la siiyo toddobaadka dugsiga ee caadiga ah: nooca fadhi kasta, cidda bixisa iyo inta uu qaato.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Taageerada toddobaadka oo dhan

provision-school-week-intro = Goorta taageero kasta la bixiyo toddobaadka dugsiga ee caadiga ah, cidda bixisa, meesha lagu qabto, iyo inta arday ee loogu talagalay.

# The first column of the week table: the time a session starts.
provision-col-time = Waqtiga

# The row for sessions whose days are known but not their time.
provision-week-no-time = Waqtiga weli lama go'aamin

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } daqiiqo
       *[other] { $minutes } daqiiqo
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } arday
       *[other] { $count } arday
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Qorshaha taageerada ilmahaaga ({ EN("IEP") }): hage loogu talagalay waalidiinta
leaflet-iep-intro = Carruurta qaarkood waxay dugsiga ugu baahan yihiin caawimaad dheeraad ah si ay wax u bartaan oo ay si fiican ula qabsadaan. Hagahan wuxuu sharxayaa qorshaha uu dugsigu u qoro caawimaaddaas, iyo sida aad adiguna uga qayb qaadan karto.

leaflet-what-heading = Waa maxay { EN("IEP") }
leaflet-what-is = { EN("IEP") } (qorshe waxbarasho oo shakhsi ah) waa qorshe gaaban oo loogu talagalay hal ilmo. Dugsiyo badan hadda waxay u yaqaanaan qorshaha taageerada ({ EN("support plan") }). Wuxuu sheegayaa waxa ilmahaagu ka shaqaynayo, waxa dugsigu samayn doono si uu u caawiyo, iyo waxa aad guriga ka samayn karto.
leaflet-what-who = Dugsigu qorshaha wuxuu la qoraa adiga, haddii ay suurtowdona ilmahaaga. Waa inaad heshaa nuqul adiga kuu gaar ah. Waxaad ku codsan kartaa luqad ama qaab aad akhrin karto.

leaflet-contents-heading = Waxa ku jira qorshaha
leaflet-contents-intro = Qorshuhu badanaa wuxuu leeyahay qaybahan:
leaflet-contents-strengths = waxa ilmahaagu ku fiican yahay iyo waxa uu jecel yahay
leaflet-contents-needs = waxa ku adag ilmahaaga
leaflet-contents-targets = saddex ama afar hadaf: tallaabooyinka xiga ee ilmahaagu u shaqaynayo
leaflet-contents-help = cidda caawinaysa, waxa ay qabanayaan, iyo intee jeer
leaflet-contents-home = waxa aad guriga ka samayn karto
leaflet-contents-review = goorta qorshaha dib loo eegi doono

leaflet-smart-heading = Hadafyo { EN("SMART") } ah
leaflet-smart-intro = Hadafyada wanaagsan waa { EN("SMART") }. Ereygan waxaa laga sameeyay xarafka ugu horreeya ee shan eray oo af-Ingiriis ah. Macnihiisu waa in hadafyadu yihiin:
leaflet-smart-specific = Specific (cad): waxay si sax ah u sheegayaan waxa ilmahaagu baran doono inuu sameeyo.
leaflet-smart-measurable = Measurable (la cabbiri karo): qof kastaa wuu arki karaa marka hadafka la gaaro.
leaflet-smart-achievable = Achievable (la gaari karo): ilmahaagu wuu gaari karaa haddii uu helo caawimaad ku habboon.
leaflet-smart-relevant = Relevant (khuseeya): waxay muhiim u yihiin waxbarashada iyo nolosha ilmahaaga.
leaflet-smart-time-bound = Time-bound (waqti go'an leh): waxay sheegayaan goorta la gaarayo, badanaa dib-u-eegista xigta.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Tusaale ahaan, "si fiican wax u akhri" ma aha hadaf { EN("SMART") } ah. Laakiin "akhri { $read } ka mid ah { $total } erey oo caadi ah oo ku qoran kaarka ereyada, laba jeer oo la hubiyo oo toddobaad u dhexeeyo, ilaa dib-u-eegista Janaayo" waa hadaf { EN("SMART") } ah.

leaflet-review-heading = Dib-u-eegista
leaflet-review-when = Qorshaha waxaa dib loo eegaa kulan dib-u-eegis ah, badanaa hal mar xilli-waxbarasho kasta ({ EN("term") }), taas oo ah qiyaastii saddex jeer sannadkii. Dugsigu wuxuu adiga kula eegaa hadaf kasta: ma la gaaray, maxaase caawiyay?
leaflet-review-you = Waxaa lagugu martiqaadaa dib-u-eegis kasta. Fikraddaadu waa muhiim: u sheeg dugsiga waxa aad guriga ku aragto iyo waxa ku walwal geliya. Ilmahaaguna wuu ka qayb qaadan karaa: wuxuu iman karaa qayb ka mid ah kulanka, ama wuxuu fikraddiisa sheegi karaa kulanka ka hor. Kadibna waxaa la isku raacaa hadafyo cusub.

leaflet-map-heading = Khariidadda taageerada dheeraadka ah ({ EN("provision map") })
leaflet-map-what = Khariidadda taageerada dheeraadka ah waa liiska dugsiga ee dhammaan taageerada dheeraadka ah ee uu bixiyo, sida kooxo yaryar oo akhris ah ama wada-hadal gaaban oo maalin kasta lala yeesho qof weyn. Waxay muujinaysaa cidda bixisa nooc kasta oo taageero ah, intee jeer, iyo isbeddelka ay keento.
leaflet-map-yours = Waxaad codsan kartaa khariidadda taageerada ee ilmahaaga. Waxay muujinaysaa taageerada dugsigu bixiyo, waxayna calaamad u samaynaysaa taageerada ilmahaagu helo, iyadoo ay la socdaan dhibcaha ilmahaaga ee bilowga iyo dhammaadka.

leaflet-stages-heading = Heerarka taageerada
leaflet-stages-intro = Dugsigu wuxuu magacyadan u isticmaalaa heerarka caawimaadda dheeraadka ah:
leaflet-stage-sen-support = Taageerada baahiyaha waxbarasho ee gaarka ah ({ EN("SEN Support") }): dugsigu wuxuu qorsheeyaa caawimaad dheeraad ah oo ka timaadda shaqaalihiisa iyo agabkiisa. Caawimaaddaas waxaa lagu qoraa qorshaha taageerada.
leaflet-stage-ehc-plan = Qorshaha Waxbarashada, Caafimaadka iyo Daryeelka ({ EN("EHC plan") }): qorshe sharci ah oo ka yimaada dawladda hoose ({ EN("local council") }). Waxaa loo sameeyaa ilmo u baahan caawimaad ka badan inta dugsigu ka bixin karo agabkiisa.
leaflet-stage-school-action = Taageerada dugsiga ({ EN("School Action") }): dugsigu wuxuu caawimaad dheeraad ah ka bixiyaa shaqaalihiisa iyo agabkiisa.
leaflet-stage-school-action-plus = Taageerada dugsiga, oo ay khubaro dibadda ah ka qayb qaataan ({ EN("School Action Plus") }): dugsigu wuxuu sidoo kale talo ama caawimaad ka helaa khubaro ka baxsan dugsiga.
leaflet-stage-statement = Warqadda rasmiga ah ee baahiyaha waxbarasho ee gaarka ah ({ EN("Statement of SEN") }): dukumenti sharci ah oo ka yimaada dawladda hoose ({ EN("local council") }), kaas oo qeexaya caawimaadda ay tahay in ilmuhu helo.

leaflet-help-heading = Caawimaad madax bannaan
leaflet-help-intro = Waqti kasta waxaad la hadli kartaa macallinka fasalka ama qofka dugsiga ka hoggaamiya taageerada carruurta leh baahiyo gaar ah ({ EN("SENCo") }). Waxa kale oo aad talo bilaash ah ka heli kartaa adeeg ka madax bannaan dugsiga:
leaflet-help-none = Dugsiga weydii macluumaadka xiriirka ee adeegga deegaankaaga ee bixiya macluumaad, talo iyo taageero ku saabsan baahiyaha waxbarasho ee gaarka ah. Taladiisu waa bilaash, adeeggaasna wuu ka madax bannaan yahay dugsiga.

leaflet-formats-heading = Luqad ama qaab kale
leaflet-formats-ask = Waxaad dugsiga ka codsan kartaa warqaddan iyo qorshaha ilmahaaga oo ku qoran luqad kale, xarfo waaweyn, ama farta indhoolayaasha ({ EN("Braille") }), ama cod duuban. Waxa kale oo aad codsan kartaa in iimayl laguugu soo diro. Kaliya u sheeg macallinka fasalka ama xafiiska dugsiga.

leaflet-languages-heading = Warqaddan oo ku qoran luqaddaada

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Warqaddan waxaa laga heli karaa af-Soomaali. Dugsiga weydii nuqul.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Su'aalo aad weydiin karto kulanka dib-u-eegista
leaflet-questions-intro = Haddii aad rabto, kaarkan la imow kulanka dib-u-eegista ilmahaaga. Dooro su'aalaha adiga kuu muhiimka ah, oo qoraal ku qor meesha bannaan ee su'aal kasta hoosteeda ah.
leaflet-question-progress = Sidee buu ilmahaygu ugu horumaray hadaf kasta?
leaflet-question-helped = Maxaa sida ugu badan u caawiyay ilmahayga, maxaase aan shaqayn?
leaflet-question-next = Waa maxay hadafyada cusub, maxaase loo doortay kuwan?
leaflet-question-who = Yaa caawin doona ilmahayga, intee jeerse?
leaflet-question-home = Maxaan guriga ka samayn karaa si aan u caawiyo?
leaflet-question-child = Ilmahaygu muxuu ka qabaa, sideese uu uga qayb qaadan karaa?
leaflet-question-friends = Sidee buu ilmahaygu ula dhaqmaa carruurta kale?
leaflet-question-assess = Ma jiraan baaritaanno ama caawimaad dibadda dugsiga ka timaadda oo la qorsheeyay?
leaflet-question-contact = Yaan la hadlaa haddii aan wax ka walwalo ka hor dib-u-eegista xigta?
leaflet-question-next-review = Goorma ayay tahay dib-u-eegista xigta?
