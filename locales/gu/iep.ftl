# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = મદદ માટેની યોજના: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = મદદ માટેની યોજના: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = વ્યક્તિગત શિક્ષણ યોજના ({ EN("IEP") }): પરિવાર માટેની નકલ

# Under the main heading, for the school's copy.
iep-copy-school = વ્યક્તિગત શિક્ષણ યોજના ({ EN("IEP") }): શાળાની નકલ

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = જૂથમાં શીખવાની યોજના – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = જૂથમાં શીખવાની યોજના: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = જૂથમાં શીખવાની યોજના: પરિવાર માટેની નકલ

# Under the main heading, for the school's copy.
group-copy-school = જૂથમાં શીખવાની યોજના: શાળાની નકલ

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } એક નાના જૂથમાં આ લક્ષ્યો પર કામ કરે છે. જૂથમાં બીજાં બાળકો પણ છે, જેમને આ જ પ્રકારની મદદની જરૂર છે. આ યોજનામાં લખ્યું છે કે જૂથ કઈ બાબતો પર કામ કરે છે, કોણ મદદ કરે છે, અને આપ ઘરે આપના બાળકને કેવી રીતે મદદ કરી શકો છો.

## Opening for parents

iep-intro-heading = આ યોજના વિશે

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = શાળામાં { $name } કઈ વધારાની મદદ મેળવે છે, તે આ યોજનામાં લખ્યું છે. તેમાં એ પણ લખ્યું છે કે { $name } કઈ બાબતો પર કામ કરે છે, કોણ મદદ કરે છે, અને આપ ઘરે કેવી રીતે મદદ કરી શકો છો.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = અમે { $date }ના રોજ આપની સાથે બેસીને આ યોજના ફરીથી જોઈશું. એ બેઠકમાં આપ પ્રશ્નો પૂછી શકો છો અને આપ શું વિચારો છો તે અમને કહી શકો છો. આપ ઇચ્છો તો કોઈને સાથે લાવી શકો છો.

iep-intro-formats = જો આપને આ યોજના બીજી ભાષામાં કે મોટા અક્ષરોમાં જોઈતી હોય, અથવા આપ ઇચ્છતા હો કે કોઈ તે વાંચીને સંભળાવે, તો કૃપા કરીને શાળાની ઑફિસમાં જણાવશો.

## Key facts

facts-heading = મુખ્ય માહિતી
fact-pupil = બાળકનું નામ
fact-known-as = બોલાવવાનું નામ
fact-date-of-birth = જન્મ તારીખ
fact-year-group = શાળાનું વર્ષ ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] શાળાનું પહેલું વર્ષ ({ EN("Reception") })
       *[other] યર { $year }
    }

fact-class = વર્ગ
fact-family = માતા-પિતા અને સંભાળ રાખનારા
fact-stage = મદદનું સ્તર
fact-areas = કઈ બાબતોમાં મદદની જરૂર છે
fact-class-teacher = ક્લાસ ટીચર
fact-written-by = યોજના લખનાર
fact-start = યોજના શરૂ થવાની તારીખ
fact-review = સમીક્ષાની તારીખ ({ EN("review") })

## Stages of support

stage-sen-support = ખાસ શૈક્ષણિક જરૂરિયાતો માટે મદદ ({ EN("SEN Support") })
stage-ehc-plan = શિક્ષણ, આરોગ્ય અને સંભાળની યોજના ({ EN("EHC plan") })
stage-early-years-action = નાની ઉંમરે મદદ ({ EN("Early Years Action") })
stage-early-years-action-plus = નાની ઉંમરે બહારના નિષ્ણાતો સાથે મદદ ({ EN("Early Years Action Plus") })
stage-school-action = શાળા તરફથી મદદ ({ EN("School Action") })
stage-school-action-plus = શાળા અને બહારના નિષ્ણાતો તરફથી મદદ ({ EN("School Action Plus") })
stage-statement = ખાસ શૈક્ષણિક જરૂરિયાતોનું સરકારી નિવેદન ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = વાતચીત અને બીજાઓ સાથે હળવું-મળવું
area-cognition-and-learning = શીખવું અને સમજવું
area-social-emotional-mental-health = સામાજિક, ભાવનાત્મક અને માનસિક સ્વાસ્થ્ય
area-sensory-and-physical = ઇન્દ્રિયો અને શરીરને લગતી જરૂરિયાતો

## Relationships

relationship-mother = માતા
relationship-father = પિતા
relationship-parent = માતા/પિતા
relationship-carer = સંભાળ રાખનાર
relationship-foster-carer = પાલક માતા/પિતા ({ EN("foster carer") })
relationship-guardian = વાલી
relationship-grandmother = દાદી/નાની
relationship-grandfather = દાદા/નાના
relationship-aunt = ફોઈ/માસી
relationship-uncle = કાકા/મામા
relationship-sister = બહેન
relationship-brother = ભાઈ

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps". Written in the form that reads well after a name.

role-teaching-assistant = ટીચિંગ આસિસ્ટન્ટ
role-class-teacher = ક્લાસ ટીચર
role-senco = ખાસ જરૂરિયાતોવાળાં બાળકોની મદદનું સંચાલન કરનાર, { EN("SENCo") }
role-learning-mentor = શીખવામાં માર્ગદર્શન આપનાર, { EN("learning mentor") }
role-teacher-of-the-deaf = સાંભળવાની તકલીફવાળાં બાળકો માટેના ટીચર
role-specialist-teacher = નિષ્ણાત ટીચર
role-speech-and-language-therapist = બોલવા અને ભાષાની થેરાપી આપનાર
role-educational-psychologist = શૈક્ષણિક મનોવૈજ્ઞાનિક
role-occupational-therapist = રોજિંદાં કામોની આવડત માટે થેરાપી આપનાર, { EN("occupational therapist") }
role-physiotherapist = ફિઝિયોથેરાપિસ્ટ
role-school-nurse = શાળાની નર્સ
role-family-support-worker = પરિવારોને મદદ કરનાર કાર્યકર, { EN("family support worker") }
role-head-teacher = હેડ ટીચર
role-lunchtime-supervisor = બપોરે જમવાના સમયે દેખરેખ રાખનાર

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } મિનિટ
       *[other] { $minutes } મિનિટ
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] અઠવાડિયામાં { $times } દિવસ સવારે
               *[other] અઠવાડિયામાં { $times } દિવસ સવારે
            }
        [afternoon]
            { $times ->
                [one] અઠવાડિયામાં { $times } દિવસ બપોરે
               *[other] અઠવાડિયામાં { $times } દિવસ બપોરે
            }
        [lunchtime]
            { $times ->
                [one] અઠવાડિયામાં { $times } દિવસ બપોરે જમવાના સમયે
               *[other] અઠવાડિયામાં { $times } દિવસ બપોરે જમવાના સમયે
            }
       *[none]
            { $times ->
                [one] અઠવાડિયામાં { $times } વાર
               *[other] અઠવાડિયામાં { $times } વાર
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
                [one] દર { $days } સવારે
               *[other] દર { $days } સવારે
            }
        [afternoon]
            { $count ->
                [one] દર { $days } બપોરે
               *[other] દર { $days } બપોરે
            }
        [lunchtime]
            { $count ->
                [one] દર { $days } બપોરે જમવાના સમયે
               *[other] દર { $days } બપોરે જમવાના સમયે
            }
       *[none]
            { $count ->
                [one] દર { $days }
               *[other] દર { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] દરેક પિરિયડમાં
        [day] દરરોજ
        [morning] દરરોજ સવારે
        [afternoon] દરરોજ બપોરે
        [lunchtime] દરરોજ બપોરે જમવાના સમયે
        [playtime] દરેક રિસેસમાં
        [after-playtime] દરેક રિસેસ પછી
        [week] દર અઠવાડિયે
        [two-weeks] દર બે અઠવાડિયે
        [half-term] દરેક હાફ-ટર્મમાં
       *[term] દરેક ટર્મમાં
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } { $time } વાગ્યે

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] { $weeks } અઠવાડિયા સુધી
       *[other] { $weeks } અઠવાડિયાં સુધી
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
about-heading = { $name } શું સારી રીતે કરી શકે છે અને શું કરવાનું પસંદ કરે છે

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } માટે શું અઘરું છે

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = { $name } માટે શું મદદરૂપ છે

## Targets

targets-heading = લક્ષ્યો

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] આ યોજનામાં { $name } માટે { $count } લક્ષ્ય છે.
       *[other] આ યોજનામાં { $name } માટે { $count } લક્ષ્યો છે.
    } લક્ષ્ય એટલે એક નાનું પગલું, જેને અમે ચકાસી શકીએ છીએ.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = લક્ષ્ય { $number }

target-who = કોણ મદદ કરે છે
target-does-what = તેઓ શું કરે છે
target-when = ક્યારે અને કેટલી વાર
target-success = મદદ કામ કરે છે કે નહીં, તે અમને કેવી રીતે ખબર પડશે
target-home = આપ ઘરે શું કરી શકો છો

## The rest of the plan

home-heading = ઘરે મદદ
exit-heading = વધારાની મદદ ક્યારે બંધ થઈ શકે
further-heading = બીજાં મૂલ્યાંકનો અને સેવાઓ
further-assessments = અમે નક્કી કરેલાં મૂલ્યાંકનો
further-agencies = શાળાની બહારની સેવાઓ, જે મદદ કરે છે

## Outside agencies

agency-educational-psychology = શૈક્ષણિક મનોવૈજ્ઞાનિક ({ EN("educational psychologist") })
agency-speech-and-language-therapy = બોલવા અને ભાષાની થેરાપી ({ EN("speech and language therapy") })
agency-behaviour-support = વર્તન માટે મદદની સેવા ({ EN("behaviour support") })
agency-hearing-support = સાંભળવામાં મદદની સેવા ({ EN("hearing support") })
agency-vision-support = જોવામાં મદદની સેવા ({ EN("vision support") })
agency-sensory-support = ઇન્દ્રિયો માટે મદદની સેવા ({ EN("sensory support") })
agency-occupational-therapy = રોજિંદાં કામોની આવડત માટે થેરાપી ({ EN("occupational therapy") })
agency-physiotherapy = ફિઝિયોથેરાપી ({ EN("physiotherapy") })
agency-camhs = બાળકો અને કિશોરો માટે માનસિક સ્વાસ્થ્ય સેવા ({ EN("CAMHS") })
agency-school-nurse = શાળાની નર્સ
agency-paediatrician = બાળકોના ડૉક્ટર ({ EN("paediatrician") })
agency-early-help = પરિવાર માટે વહેલી મદદ ({ EN("early help") })

## Review

review-heading = યોજના કેવી રહી
review-date = બેઠકની તારીખ
review-present = કોણ કોણ હાજર હતું
review-outcomes = લક્ષ્યો અને પરિણામો
review-col-target = લક્ષ્ય
review-col-result = પરિણામ
review-col-comment = ટિપ્પણી

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = લક્ષ્ય { $number }

outcome-achieved = પૂરું થયું
outcome-partly = અમુક અંશે પૂરું થયું
outcome-not-yet = હજી પૂરું થયું નથી

review-progress = પ્રગતિ

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } શું કહે છે

review-parent-comment = પરિવાર શું કહે છે
review-teacher-comment = શાળા શું કહે છે
review-next-steps = આગળનાં પગલાં
review-next-review = આગલી સમીક્ષા

## Help for parents

contact-heading = પ્રશ્નો અને મદદ

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = આ યોજના વિશે આપને કોઈ પ્રશ્ન હોય, તો કૃપા કરીને ક્લાસ ટીચર સાથે અથવા શાળામાં ખાસ જરૂરિયાતોવાળાં બાળકોની મદદનું સંચાલન કરતી વ્યક્તિ ({ EN("SENCo") }) સાથે વાત કરશો. તેમનું નામ { $senco } છે.

contact-school-phone = શાળાનો ફોન નંબર

support-intro = આપ શાળાથી અલગ એવી એક સેવા પાસેથી પણ મફત સલાહ મેળવી શકો છો:
support-phone = ફોન
support-text = ટેક્સ્ટ મેસેજ
support-email = ઈ-મેલ
support-web = વેબસાઇટ
support-drop-in = સમય લીધા વગર મળવા આવવું ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = પાનું { $page } (કુલ { $total })

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = વાલીઓ સાથેની સાંજની બેઠક ({ EN("parents' evening") }): છાપવા માટેનો સેટ

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = આ સેટમાં { $appointments ->
        [one] { $appointments } મુલાકાત
       *[other] { $appointments } મુલાકાતો
    } માટે { $documents ->
        [one] { $documents } દસ્તાવેજ
       *[other] { $documents } દસ્તાવેજો
    } છે. દસ્તાવેજો મુલાકાતોના ક્રમમાં ગોઠવેલા છે.

pack-duplex = કાગળની બંને બાજુ છાપશો. દરેક દસ્તાવેજ નવા કાગળ પર શરૂ થાય છે, એટલે કોઈ પણ કાગળ પર બે પરિવારોનું લખાણ સાથે આવતું નથી.

pack-files = દરેક દસ્તાવેજ અલગ ફાઇલ તરીકે પણ સાચવેલો છે. કોઈ પરિવાર ઈ-મેલથી નકલ માગે, તો તેમને ફક્ત તેમની પોતાની ફાઇલ મોકલશો: સ્ક્રીન રીડર તેને વાંચીને સંભળાવી શકે છે.

pack-appointments-heading = મુલાકાતો
pack-col-time = સમય
pack-col-pupil = બાળકનું નામ
pack-col-teacher = ટીચર
pack-col-room = રૂમ
pack-col-parent-copy = પરિવાર માટેની નકલ
pack-col-school-copy = શાળાની નકલ
pack-col-page = પાનું

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = પરિવાર માટેની નકલ: { $language }
pack-copy-parent-large = પરિવાર માટેની નકલ: { $language }, મોટા અક્ષરોમાં
pack-copy-school = શાળાની નકલ: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, મોટા અક્ષરોમાં

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } લખાણનો અનુવાદ થયો નથી
       *[other] { $count } લખાણોનો અનુવાદ થયો નથી
    })

pack-missing-heading = આ સેટમાં નથી
pack-missing-intro = આ મુલાકાતો માટે કોઈ દસ્તાવેજ નથી, કારણ કે તેમની યોજનાઓમાંથી દસ્તાવેજ બનાવી શકાયા નથી. શું સુધારવાનું છે, તે બેચના અંતે આપેલા સારાંશમાં લખ્યું છે.
pack-col-problem = સમસ્યા

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] અંગ્રેજી
        [pl] પોલિશ
        [ro] રોમાનિયન
        [pa] પંજાબી (ગુરમુખી લિપિ)
        [pa-Arab] પંજાબી (શાહમુખી લિપિ)
        [ur] ઉર્દૂ
        [pt] પોર્ટુગીઝ
        [es] સ્પેનિશ
        [it] ઇટાલિયન
        [fr] ફ્રેન્ચ
        [bn] બંગાળી
        [gu] ગુજરાતી
        [ar] અરબી
        [sq] આલ્બેનિયન
        [so] સોમાલી
        [lt] લિથુએનિયન
        [uk] યુક્રેનિયન
        [tr] તુર્કી
        [fa] ફારસી
        [ta] તમિલ
        [bg] બલ્ગેરિયન
        [hu] હંગેરિયન
        [ru] રશિયન
        [zh-Hans] સરળીકૃત ચાઇનીઝ
        [zh-Hant] પારંપરિક ચાઇનીઝ
        [ps] પશ્તો
        [ti] ટાઇગ્રિનિયા
        [ne] નેપાળી
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
provision-title = વધારાની મદદનો નકશો – { $school }
provision-heading = વધારાની મદદનો નકશો ({ EN("provision map") })
provision-intro = આ નકશામાં ખાસ શૈક્ષણિક જરૂરિયાતોવાળાં બાળકો માટે શાળા જે વધારાની મદદ આપે છે, તેની યાદી છે: તે કોણ આપે છે, કેટલી વાર, તેનો ખર્ચ કેટલો છે, કોણ ભાગ લે છે અને તેનાથી શો ફરક પડે છે.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = આ પ્રકારની જરૂરિયાત માટે કુલ: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = બધી વધારાની મદદનો કુલ ખર્ચ: { $amount }

provision-col-support = મદદ
provision-col-staff = કોણ આપે છે
provision-col-group = જૂથમાં કેટલાં બાળકો
provision-col-often = કેટલી વાર
provision-col-weeks = અઠવાડિયાં
provision-col-measure = પ્રગતિ કેવી રીતે માપવામાં આવે છે
provision-col-cost = ખર્ચ
provision-col-per-pupil = દરેક બાળક દીઠ ખર્ચ
provision-col-pupils = બાળકો

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } મિનિટ, { $sessions ->
        [one] અઠવાડિયામાં { $sessions } વાર
       *[other] અઠવાડિયામાં { $sessions } વાર
    }

provision-impact-heading = અસર
provision-impact-intro = આ આંકડા ફક્ત એવાં બાળકો માટે છે, જેમના શરૂઆતના અને અંતના બંને ગુણ નોંધાયેલા છે. એક ગુણ દીઠ ખર્ચ એટલે દરેક બાળક દીઠ ખર્ચને ગુણમાં થયેલા સરેરાશ વધારાથી ભાગતાં મળતી રકમ.
provision-col-entry = શરૂઆતમાં સરેરાશ ગુણ
provision-col-exit = અંતે સરેરાશ ગુણ
provision-col-gain = ગુણમાં સરેરાશ વધારો
provision-col-per-point = દરેક બાળક દીઠ, એક ગુણ વધવાનો ખર્ચ
provision-no-scores = હજી કોઈ ગુણ નોંધાયા નથી

provision-gaps-heading = જ્યાં મદદ ખૂટે છે
provision-no-gaps = યોજનાઓમાં લખેલી દરેક જરૂરિયાત માટે, બાળક જે મદદમાં ભાગ લે છે તેમાંથી કોઈ ને કોઈ મદદ મળે છે.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: યોજનામાં અમુક જરૂરિયાતો લખેલી છે, પણ બાળક જે મદદમાં ભાગ લે છે તેમાંથી કોઈ મદદ એ જરૂરિયાતો માટે નથી ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = આ પ્રકારની જરૂરિયાત માટે કોઈ મદદ નથી: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = વધારાની મદદનો નકશો – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = { $name } માટે વધારાની મદદ

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = જે બાળકોને જરૂર હોય, તેમને શાળા કઈ વધારાની મદદ આપે છે, તે આ નકશામાં બતાવ્યું છે. { $name } જે મદદ મેળવે છે, તેની સામે છેલ્લી કૉલમમાં નિશાની કરેલી છે અને તે ઘાટા અક્ષરોમાં છાપેલી છે.

provision-offer-heading = શાળા જે મદદ આપે છે

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } માટે
provision-mine = હા, ભાગ લે છે

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name } માટેની મદદ કેવી ચાલે છે

provision-col-start = ક્યારે શરૂ થઈ
provision-col-per-week = અઠવાડિયામાં કેટલી વાર
provision-col-score-start = શરૂઆતમાં ગુણ
provision-col-score-end = અંતે ગુણ
provision-no-score = હજી નથી

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = દર અઠવાડિયે { $name } માટે મદદ ક્યારે હોય છે

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = શાળાના સામાન્ય અઠવાડિયામાં { $name } માટેના વધારાની મદદના સેશન: દરેક સેશન શું છે, તે કોણ ચલાવે છે, અને તે કેટલો સમય ચાલે છે.

# The heading of the school's week of support (for staff).
provision-school-week-heading = આખા અઠવાડિયાની મદદ

provision-school-week-intro = શાળાના સામાન્ય અઠવાડિયામાં દરેક મદદ ક્યારે હોય છે, તે કોણ ચલાવે છે, ક્યાં, અને કેટલાં બાળકો માટે છે.

# The first column of the week table: the time a session starts.
provision-col-time = સમય

# The row for sessions whose days are known but not their time.
provision-week-no-time = સમય હજી નક્કી નથી

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } મિનિટ
       *[other] { $minutes } મિનિટ
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } બાળક
       *[other] { $count } બાળકો
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = આપના બાળક માટે મદદની યોજના ({ EN("IEP") }): માતા-પિતા માટે માર્ગદર્શિકા
leaflet-iep-intro = કેટલાંક બાળકોને શાળામાં શીખવા માટે અને સારી રીતે આગળ વધવા માટે વધારાની મદદની જરૂર હોય છે. એ મદદ માટે શાળા કઈ યોજના લખે છે, અને આપ તેમાં કેવી રીતે ભાગ લઈ શકો છો, તે આ માર્ગદર્શિકા સમજાવે છે.

leaflet-what-heading = { EN("IEP") } એટલે શું
leaflet-what-is = { EN("IEP") } (વ્યક્તિગત શિક્ષણ યોજના) એક બાળક માટેની ટૂંકી યોજના છે. હવે ઘણી શાળાઓ તેને મદદ માટેની યોજના ({ EN("support plan") }) કહે છે. તેમાં લખેલું હોય છે કે આપનું બાળક કઈ બાબતો પર કામ કરી રહ્યું છે, મદદ માટે શાળા શું કરશે, અને આપ ઘરે શું કરી શકો છો.
leaflet-what-who = શાળા આ યોજના આપની સાથે મળીને લખે છે, અને શક્ય હોય ત્યાં આપના બાળકની સાથે પણ. આપને તેની પોતાની નકલ મળવી જોઈએ. આપ વાંચી શકો એવી ભાષામાં કે એવા સ્વરૂપમાં આપ તે માગી શકો છો.

leaflet-contents-heading = તેમાં શું હોય છે
leaflet-contents-intro = યોજનામાં સામાન્ય રીતે આ ભાગો હોય છે:
leaflet-contents-strengths = આપનું બાળક શું સારી રીતે કરી શકે છે અને શું કરવાનું પસંદ કરે છે
leaflet-contents-needs = આપના બાળક માટે શું અઘરું છે
leaflet-contents-targets = ત્રણ કે ચાર લક્ષ્યો: આગળનાં પગલાં, જેના તરફ આપનું બાળક કામ કરી રહ્યું છે
leaflet-contents-help = કોણ મદદ કરે છે, તેઓ શું કરે છે, અને કેટલી વાર
leaflet-contents-home = આપ ઘરે શું કરી શકો છો
leaflet-contents-review = યોજના ફરીથી ક્યારે જોવામાં આવશે

leaflet-smart-heading = { EN("SMART") } લક્ષ્યો
leaflet-smart-intro = સારાં લક્ષ્યો { EN("SMART") } હોય છે. { EN("SMART") } શબ્દ પાંચ અંગ્રેજી શબ્દોના પહેલા અક્ષરોથી બનેલો છે. તેનો અર્થ છે:
leaflet-smart-specific = { EN("Specific") } (ચોક્કસ): લક્ષ્યો સ્પષ્ટ જણાવે છે કે આપનું બાળક બરાબર શું કરતાં શીખશે.
leaflet-smart-measurable = { EN("Measurable") } (માપી શકાય એવાં): લક્ષ્ય ક્યારે પૂરું થયું, તે બધા જોઈ શકે છે.
leaflet-smart-achievable = { EN("Achievable") } (પહોંચી શકાય એવાં): યોગ્ય મદદ મળે તો આપનું બાળક તે પૂરાં કરી શકે છે.
leaflet-smart-relevant = { EN("Relevant") } (ઉપયોગી): તે આપના બાળકના શિક્ષણ અને જીવન માટે મહત્ત્વનાં છે.
leaflet-smart-time-bound = { EN("Time-bound") } (સમયમર્યાદાવાળાં): તે ક્યાં સુધીમાં પૂરાં કરવાનાં છે, તે જણાવે છે; સામાન્ય રીતે આગલી સમીક્ષા સુધીમાં.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = દાખલા તરીકે, "વધુ સારું વાંચવું" { EN("SMART") } લક્ષ્ય નથી. પણ "જાન્યુઆરીની સમીક્ષા સુધીમાં શબ્દ-કાર્ડ પરના { $total } સામાન્ય શબ્દોમાંથી { $read } શબ્દો વાંચવા, એક અઠવાડિયાના અંતરે બે વાર ચકાસીને" { EN("SMART") } લક્ષ્ય છે.

leaflet-review-heading = સમીક્ષા ({ EN("review") })
leaflet-review-when = સમીક્ષાની બેઠકમાં યોજના ફરીથી જોવામાં આવે છે. આ બેઠક સામાન્ય રીતે દરેક ટર્મમાં એક વાર થાય છે, એટલે કે વર્ષમાં આશરે ત્રણ વાર. શાળા આપની સાથે દરેક લક્ષ્ય ચકાસે છે: લક્ષ્ય પૂરું થયું કે નહીં, અને શેનાથી મદદ મળી?
leaflet-review-you = દરેક સમીક્ષામાં આપને બોલાવવામાં આવે છે. આપના વિચારો મહત્ત્વના છે: આપ ઘરે શું જુઓ છો અને આપને શેની ચિંતા છે, તે શાળાને જણાવશો. આપનું બાળક પણ ભાગ લઈ શકે છે: બેઠકના થોડા ભાગ માટે આવીને, અથવા બેઠક પહેલાં પોતાના વિચારો જણાવીને. પછી નવાં લક્ષ્યો સાથે મળીને નક્કી કરવામાં આવે છે.

leaflet-map-heading = વધારાની મદદનો નકશો ({ EN("provision map") })
leaflet-map-what = વધારાની મદદનો નકશો એટલે શાળા જે બધી વધારાની મદદ ચલાવે છે તેની યાદી, જેમ કે વાંચન માટેનાં નાનાં જૂથો, અથવા રોજ થોડી વાર બાળકના ખબરઅંતર પૂછવા. દરેક પ્રકારની મદદ કોણ ચલાવે છે, કેટલી વાર, અને તેનાથી શો ફરક પડે છે, તે તેમાં બતાવ્યું હોય છે.
leaflet-map-yours = આપ આપના બાળક માટે વધારાની મદદનો નકશો માગી શકો છો. તેમાં શાળા જે મદદ આપે છે તે બતાવેલી હોય છે, અને આપના બાળકને મળતી મદદ સામે નિશાની કરેલી હોય છે. સાથે શરૂઆતમાં અને અંતે આપના બાળકના ગુણ પણ હોય છે.

leaflet-stages-heading = મદદનાં સ્તરો
leaflet-stages-intro = વધારાની મદદનાં જુદાં જુદાં સ્તરો માટે શાળા આ નામો વાપરે છે:
leaflet-stage-sen-support = ખાસ શૈક્ષણિક જરૂરિયાતો માટે મદદ ({ EN("SEN Support") }): શાળા પોતાના સ્ટાફ અને પોતાનાં સાધનોથી વધારાની મદદનું આયોજન કરે છે, જે મદદ માટેની યોજનામાં લખવામાં આવે છે.
leaflet-stage-ehc-plan = શિક્ષણ, આરોગ્ય અને સંભાળની યોજના ({ EN("EHC plan") }): સ્થાનિક કાઉન્સિલની કાયદેસરની યોજના, એવા બાળક માટે જેને શાળા પોતાનાં સાધનોથી આપી શકે તેના કરતાં વધુ મદદની જરૂર હોય.
leaflet-stage-school-action = શાળા તરફથી મદદ ({ EN("School Action") }): શાળા પોતાના સ્ટાફ અને પોતાનાં સાધનોથી વધારાની મદદ આપે છે.
leaflet-stage-school-action-plus = શાળા અને બહારના નિષ્ણાતો તરફથી મદદ ({ EN("School Action Plus") }): શાળા બહારના નિષ્ણાતો પાસેથી સલાહ કે મદદ પણ લે છે.
leaflet-stage-statement = ખાસ શૈક્ષણિક જરૂરિયાતોનું સરકારી નિવેદન ({ EN("Statement of SEN") }): સ્થાનિક કાઉન્સિલનો કાયદેસરનો દસ્તાવેજ, જેમાં લખેલું હોય છે કે બાળકને કઈ મદદ મળવી જ જોઈએ.

leaflet-help-heading = શાળાથી અલગ મદદ
leaflet-help-intro = આપ ગમે ત્યારે ક્લાસ ટીચર સાથે, અથવા શાળામાં ખાસ જરૂરિયાતોવાળાં બાળકોની મદદનું સંચાલન કરતી વ્યક્તિ સાથે વાત કરી શકો છો. આપ શાળાથી અલગ એવી મફત સલાહ પણ મેળવી શકો છો:
leaflet-help-none = આપના વિસ્તારમાં ખાસ શૈક્ષણિક જરૂરિયાતો વિશે માહિતી, સલાહ અને મદદ આપતી સેવાની વિગતો શાળા પાસેથી માગશો. તેની સલાહ મફત છે, અને તે શાળાથી અલગ છે.

leaflet-formats-heading = બીજી ભાષા કે બીજું સ્વરૂપ
leaflet-formats-ask = આપ શાળા પાસેથી આ પત્રિકા અને આપના બાળકની યોજના બીજી ભાષામાં, મોટા અક્ષરોમાં, બ્રેઇલમાં ({ EN("Braille") }) કે રેકોર્ડિંગ તરીકે માગી શકો છો. આપ તે ઈ-મેલથી પણ મંગાવી શકો છો. બસ ક્લાસ ટીચરને કે શાળાની ઑફિસમાં જણાવશો.

leaflet-languages-heading = આપની ભાષામાં આ પત્રિકા

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = આ પત્રિકા ગુજરાતીમાં ઉપલબ્ધ છે. તેની નકલ માટે શાળાને કહેશો.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = સમીક્ષામાં પૂછવા જેવા પ્રશ્નો
leaflet-questions-intro = આપ આ કાર્ડ આપના બાળકની સમીક્ષાની બેઠકમાં સાથે લઈ જઈ શકો છો. આપને મહત્ત્વના લાગે એવા પ્રશ્નો પસંદ કરશો, અને દરેક પ્રશ્નની નીચેની ખાલી જગ્યામાં નોંધ લખશો.
leaflet-question-progress = દરેક લક્ષ્યમાં મારા બાળકની પ્રગતિ કેવી રહી?
leaflet-question-helped = મારા બાળકને સૌથી વધુ શેનાથી મદદ મળી, અને શું કામ ન આવ્યું?
leaflet-question-next = નવાં લક્ષ્યો કયાં છે, અને આ જ લક્ષ્યો કેમ?
leaflet-question-who = મારા બાળકને કોણ મદદ કરશે, અને કેટલી વાર?
leaflet-question-home = મદદ કરવા હું ઘરે શું કરી શકું?
leaflet-question-child = મારું બાળક શું વિચારે છે, અને તે કેવી રીતે ભાગ લઈ શકે?
leaflet-question-friends = બીજાં બાળકો સાથે મારા બાળકનું હળવું-મળવું કેવું છે?
leaflet-question-assess = શાળાની બહારથી કોઈ મૂલ્યાંકન કે મદદનું આયોજન કરેલું છે?
leaflet-question-contact = આગલી સમીક્ષા પહેલાં મને કોઈ ચિંતા થાય, તો હું કોની સાથે વાત કરું?
leaflet-question-next-review = આગલી સમીક્ષા ક્યારે છે?
