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
iep-title = መደብ ደገፍ፥ { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = መደብ ደገፍ፥ { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = ውልቃዊ ትምህርታዊ መደብ ({ EN("IEP") })፥ ቅዳሕ ንስድራ ቤት

# Under the main heading, for the school's copy.
iep-copy-school = ውልቃዊ ትምህርታዊ መደብ ({ EN("IEP") })፥ ቅዳሕ ንቤት ትምህርቲ

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = መደብ ትምህርቲ ብጉጅለ – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = መደብ ትምህርቲ ብጉጅለ፥ { $group }

# Under the main heading, for the family's copy.
group-copy-parent = መደብ ትምህርቲ ብጉጅለ፥ ቅዳሕ ንስድራ ቤት

# Under the main heading, for the school's copy.
group-copy-school = መደብ ትምህርቲ ብጉጅለ፥ ቅዳሕ ንቤት ትምህርቲ

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = ኣብዞም ዕላማታት ኣብ ንእሽቶ ጉጅለ ይስራሕ፤ ኣብቲ ጉጅለ { $name }ን ሓደ ዓይነት ሓገዝ ዘድልዮም ካልኦት ተመሃሮን ኣለዉ። እዚ መደብ እቲ ጉጅለ ኣብ እንታይ ይሰርሕ ከም ዘሎ፣ መን ከም ዝሕግዝ፣ ከምኡ'ውን ንናይ { $name } ትምህርቲ ኣብ ገዛ ብኸመይ ክትድግፍዎ ከም እትኽእሉ ይገልጽ።

## Opening for parents

iep-intro-heading = ብዛዕባ እዚ መደብ

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = እዚ መደብ ኣብ ቤት ትምህርቲ ን{ $name } ዝወሃብ ተወሳኺ ሓገዝ የርኢ። ምስ { $name } ኣብ እንታይ ይስራሕ ከም ዘሎ፣ መን ከም ዝሕግዝ፣ ከምኡ'ውን ንስኻትኩም ኣብ ገዛ ብኸመይ ክትሕግዙ ከም እትኽእሉ ይገልጽ።

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = ኣብ { $date } ምሳኹም ብሓባር ነዚ መደብ ደጊምና ክንርእዮ ኢና። ኣብቲ ኣኼባ ሕቶታት ክትሓቱን ሓሳብኩም ክትነግሩናን ትኽእሉ ኢኹም። ሓደ ሰብ ሒዝኩም ክትመጹ'ውን ትኽእሉ ኢኹም፤ ብሓጎስ ኢና እንቕበሎ።

iep-intro-formats = ነዚ መደብ ብኻልእ ቋንቋ፣ ብዓበይቲ ፊደላት ወይ ብድምጺ ተነቢቡ ክትረኽብዎ እንተ ደሊኹም፣ በጃኹም ንቤት ጽሕፈት ቤት ትምህርቲ ሕተቱ።

## Key facts

facts-heading = ቀንዲ ሓበሬታ
fact-pupil = ተምሃራይ
fact-known-as = መጸውዒ ስም
fact-date-of-birth = ዕለተ ልደት
fact-year-group = ደረጃ ዓመት ኣብ ቤት ትምህርቲ እንግሊዝ ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (ቀዳማይ ዓመት ቤት ትምህርቲ)
       *[other] { EN("Year") } { $year }
    }

fact-class = ስም ክፍሊ
fact-family = ወለድን ኣለይትን
fact-stage = ደረጃ ደገፍ
fact-areas = ሓገዝ ዘድልየሉ መዳያት
fact-class-teacher = መምህር ክፍሊ
fact-written-by = መደብ ዘዳለወ
fact-start = መደብ ዝጅምረሉ ዕለት
fact-review = ዕለት ገምጋም መደብ ({ EN("review") })

## Stages of support

stage-sen-support = ደገፍ ንፍሉይ ትምህርታዊ ድሌታት ({ EN("SEN Support") })
stage-ehc-plan = መደብ ትምህርቲ፣ ጥዕናን ክንክንን ({ EN("EHC plan") })
stage-early-years-action = ደገፍ ንንኣሽቱ ቆልዑ ({ EN("Early Years Action") })
stage-early-years-action-plus = ደገፍ ንንኣሽቱ ቆልዑ ምስ ሓገዝ ክኢላታት ({ EN("Early Years Action Plus") })
stage-school-action = ደገፍ ብቤት ትምህርቲ ({ EN("School Action") })
stage-school-action-plus = ደገፍ ብቤት ትምህርቲ ምስ ሓገዝ ክኢላታት ({ EN("School Action Plus") })
stage-statement = ወግዓዊ መግለጺ ፍሉይ ትምህርታዊ ድሌታት ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = ዘረባን ርክብ ምስ ካልኦትን
area-cognition-and-learning = ምምሃርን ምርዳእን
area-social-emotional-mental-health = ማሕበራዊ ርክብ፣ ስምዒታትን ጥዕና ኣእምሮን
area-sensory-and-physical = ድሌታት ህዋሳትን ኣካላትን

## Relationships

relationship-mother = ኣደ
relationship-father = ኣቦ
relationship-parent = ወላዲ
relationship-carer = ኣላዪ
relationship-foster-carer = ኣዕባዪ ወላዲ ({ EN("foster carer") })
relationship-guardian = ሞግዚት
relationship-grandmother = ዓባይ
relationship-grandfather = ኣቦሓጎ
relationship-aunt = ሓትኖ ወይ ሓብትኣደ
relationship-uncle = ሓወቦ ወይ ኣኮ
relationship-sister = ሓብቲ
relationship-brother = ሓው

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = ሓጋዚ መምህር
role-class-teacher = መምህር ክፍሊ
role-senco = ኣወሃሃዲ ፍሉይ ትምህርታዊ ድሌታት፣ { EN("SENCo") }
role-learning-mentor = ኣማኻሪ ትምህርቲ
role-teacher-of-the-deaf = መምህር ጸገም ምስማዕ ዘለዎም ቆልዑ
role-specialist-teacher = ክኢላ መምህር
role-speech-and-language-therapist = ክኢላ ሕክምና ዘረባን ቋንቋን
role-educational-psychologist = ክኢላ ትምህርታዊ ስነ-ኣእምሮ
role-occupational-therapist = ክኢላ ሕክምና ዕለታዊ ንጥፈታት
role-physiotherapist = ክኢላ ፊዚዮቴራፒ
role-school-nurse = ነርስ ቤት ትምህርቲ
role-family-support-worker = ሰራሕተኛ ደገፍ ስድራ
role-head-teacher = ርእሰ መምህር
role-lunchtime-supervisor = ተቖጻጻሪ ግዜ ምሳሕ

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out, and when-parts puts the parts one after the other ("10 minutes, 4 mornings a
# week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } ደቒቕ
       *[other] { $minutes } ደቒቕ
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] ኣብ ሰሙን ሓደ ንግሆ
               *[other] ኣብ ሰሙን { $times } ንግሆ
            }
        [afternoon]
            { $times ->
                [one] ኣብ ሰሙን ሓደ ድሕሪ ቀትሪ
               *[other] ኣብ ሰሙን { $times } ድሕሪ ቀትሪ
            }
        [lunchtime]
            { $times ->
                [one] ኣብ ሰሙን ሓደ መዓልቲ ኣብ ግዜ ምሳሕ
               *[other] ኣብ ሰሙን { $times } መዓልቲ ኣብ ግዜ ምሳሕ
            }
       *[none]
            { $times ->
                [one] ኣብ ሰሙን ሓደ ግዜ
               *[other] ኣብ ሰሙን { $times } ግዜ
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
                [one] { $days } ንግሆ
               *[other] { $days } ንግሆ
            }
        [afternoon]
            { $count ->
                [one] { $days } ድሕሪ ቀትሪ
               *[other] { $days } ድሕሪ ቀትሪ
            }
        [lunchtime]
            { $count ->
                [one] { $days } ኣብ ግዜ ምሳሕ
               *[other] { $days } ኣብ ግዜ ምሳሕ
            }
       *[none] { $days }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] ኣብ ነፍሲ ወከፍ ክፍለ-ግዜ
        [day] ኩሉ መዓልቲ
        [morning] ኩሉ ንግሆ
        [afternoon] ኩሉ ድሕሪ ቀትሪ
        [lunchtime] ኩሉ መዓልቲ ኣብ ግዜ ምሳሕ
        [playtime] ኣብ ነፍሲ ወከፍ ግዜ ዕረፍቲ
        [after-playtime] ድሕሪ ነፍሲ ወከፍ ግዜ ዕረፍቲ
        [week] ኣብ ነፍሲ ወከፍ ሰሙን
        [two-weeks] ኣብ ክልተ ሰሙን ሓደ ግዜ
        [half-term] ኣብ ነፍሲ ወከፍ ፍርቂ ተርም
       *[term] ኣብ ነፍሲ ወከፍ ተርም
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when }፣ ሰዓት { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] ንሓደ ሰሙን
       *[other] ን{ $weeks } ሰሙን
    }

# Two parts of a schedule, one after the other ("10 minutes", "4 mornings a week").
# Variables:
#   $before (String) - the parts so far
#   $after (String) - the next part
when-parts = { $before }፣ { $after }

# An assessment planned for a month ("December: A reading and spelling assessment").
# Variables:
#   $month (String) - the month's name, as the language writes it (from CLDR)
#   $entry (String) - the assessment
assessment-in-month = { $month }፥ { $entry }



## The pupil

# Variables:
#   $name (String) - the name the pupil goes by
about-heading = ናይ { $name } ክእለታትን ተገዳስነታትን

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = ን{ $name } ከቢድ ዝኾኑ ነገራት

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = ን{ $name } ሓጋዚ ዝኾኑ ነገራት

## Targets

targets-heading = ዕላማታት

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] ኣብዚ መደብ ን{ $name } { $count } ዕላማ ኣሎ።
       *[other] ኣብዚ መደብ ን{ $name } { $count } ዕላማታት ኣለዉ።
    } ዕላማ ክንፍትሾ እንኽእል ንእሽቶ ስጉምቲ እዩ።

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = ዕላማ { $number }

target-who = መን ይሕግዝ
target-does-what = እንታይ ይገብሩ
target-when = መዓስን ክንደይ ግዜን
target-success = ከም ዝሰርሕ ብኸመይ ክንፈልጥ ኢና
target-home = ኣብ ገዛ እንታይ ክትገብሩ ትኽእሉ

## The rest of the plan

home-heading = ኣብ ገዛ ምሕጋዝ
exit-heading = ተወሳኺ ሓገዝ መዓስ ክቋረጽ ይኽእል
further-heading = ካልኦት ገምጋማትን ኣገልግሎታትን
further-assessments = ዝተመደቡ ገምጋማት
further-agencies = ካብ ደገ ቤት ትምህርቲ ዝሕግዙ ኣገልግሎታት

## Outside agencies

agency-educational-psychology = ክኢላ ትምህርታዊ ስነ-ኣእምሮ ({ EN("educational psychologist") })
agency-speech-and-language-therapy = ሕክምና ዘረባን ቋንቋን ({ EN("speech and language therapy") })
agency-behaviour-support = ኣገልግሎት ደገፍ ጠባይ ({ EN("behaviour support") })
agency-hearing-support = ኣገልግሎት ደገፍ ምስማዕ
agency-vision-support = ኣገልግሎት ደገፍ ምርኣይ
agency-sensory-support = ኣገልግሎት ደገፍ ምስማዕን ምርኣይን ({ EN("sensory support") })
agency-occupational-therapy = ሕክምና ዕለታዊ ንጥፈታት ({ EN("occupational therapy") })
agency-physiotherapy = ፊዚዮቴራፒ
agency-camhs = ኣገልግሎት ጥዕና ኣእምሮ ቆልዑን መንእሰያትን ({ EN("CAMHS") })
agency-school-nurse = ነርስ ቤት ትምህርቲ
agency-paediatrician = ሓኪም ቆልዑ ({ EN("paediatrician") })
agency-early-help = ብእዋኑ ዝወሃብ ደገፍ ንስድራ ({ EN("Early Help") })

## Review

review-heading = መደብ ከመይ ከም ዝኸደ
review-date = ዕለት ኣኼባ
review-present = ኣብ ኣኼባ ዝተረኽቡ
review-outcomes = ዕላማታትን ውጽኢታትን
review-col-target = ዕላማ
review-col-result = ውጽኢት
review-col-comment = ርእይቶ

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = ዕላማ { $number }

outcome-achieved = ተበጺሑ
outcome-partly = ብኸፊል ተበጺሑ
outcome-not-yet = ገና ኣይተበጽሐን

review-progress = ምዕባለ

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = ናይ { $name } ርእይቶ

review-parent-comment = ናይ ስድራ ርእይቶ
review-teacher-comment = ናይ ቤት ትምህርቲ ርእይቶ
review-next-steps = ዝቕጽሉ ስጉምትታት
review-next-review = ዝቕጽል ገምጋም

## Help for parents

contact-heading = ሕቶታትን ሓገዝን

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = ብዛዕባ እዚ መደብ ሕቶ እንተሃልዩኩም፣ በጃኹም ምስ መምህር ክፍሊ ወይ ምስቲ ኣብ ቤት ትምህርቲ ንደገፍ ፍሉይ ድሌታት ዝመርሕ ሰብ ({ EN("SENCo") })፣ { $senco }፣ ተዘራረቡ።

contact-school-phone = ቁጽሪ ስልኪ ቤት ትምህርቲ

support-intro = ካብ ቤት ትምህርቲ ዝተፈልየ ኣገልግሎት'ውን ብነጻ ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም፥
support-phone = ስልኪ
support-text = ናይ ጽሑፍ መልእኽቲ
support-email = ኢ-መይል
support-web = መርበብ ሓበሬታ
support-drop-in = ብዘይ ቆጸራ ምብጻሕ

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = ገጽ { $page } ካብ { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = ንምሸት ወለዲ ዝሕተም ጥቕላል ሰነዳት ({ EN("parents' evening") })

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = እዚ ጥቕላል { $documents ->
        [one] { $documents } ሰነድ
       *[other] { $documents } ሰነዳት
    } ን{ $appointments ->
        [one] { $appointments } ቆጸራ
       *[other] { $appointments } ቆጸራታት
    } ሒዙ ኣሎ፣ ብመስርዕ ናይቶም ቆጸራታት።

pack-duplex = ኣብ ክልቲኡ ገጻት ወረቐት ሕተምዎ። ነፍሲ ወከፍ ሰነድ ኣብ ሓድሽ ወረቐት ይጅምር፣ ስለዚ ዝኾነ ወረቐት ናይ ክልተ ስድራ ሰነዳት ኣይሕዝን።

pack-files = ነፍሲ ወከፍ ሰነድ ከም በይኑ ፋይል'ውን ተዓቂቡ ኣሎ። ስድራ ቤት ብኢ-መይል ቅዳሕ ምስ ዝሓቱ፣ ናቶም ፋይል ጥራይ ስደዱሎም፥ ብኣንባቢ ስክሪን ብድምጺ ክንበብ ይኽእል እዩ።

pack-appointments-heading = ቆጸራታት
pack-col-time = ሰዓት
pack-col-pupil = ተምሃራይ
pack-col-teacher = መምህር
pack-col-room = ክፍሊ
pack-col-parent-copy = ቅዳሕ ወለዲ
pack-col-school-copy = ቅዳሕ ቤት ትምህርቲ
pack-col-page = ገጽ

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = ቅዳሕ ወለዲ ብቋንቋ { $language }
pack-copy-parent-large = ቅዳሕ ወለዲ ብቋንቋ { $language }፣ ብዓበይቲ ፊደላት
pack-copy-school = ቅዳሕ ቤት ትምህርቲ ብቋንቋ { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }፣ ብዓበይቲ ፊደላት

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } ዘይተተርጎመ ጽሑፍ
       *[other] { $count } ዘይተተርጎሙ ጽሑፋት
    })

pack-missing-heading = ኣብዚ ጥቕላል ዘይተኻተቱ
pack-missing-intro = ነዞም ቆጸራታት ሰነዳት የብሎምን፣ ምኽንያቱ መደባቶም ናብ ሰነዳት ክቕየሩ ኣይከኣሉን። ኣብ መወዳእታ ናይቲ ብሓባር ዝተሰርሑ መደባት ዘሎ ጽማቕ እንታይ ክእረም ከም ዘለዎ ይገልጽ።
pack-col-problem = ጸገም

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] እንግሊዝኛ
        [pl] ፖላንድኛ
        [ro] ሩማንኛ
        [pa] ፑንጃቢ (ፊደል ጉርሙኺ)
        [pa-Arab] ፑንጃቢ (ፊደል ሻህሙኺ)
        [ur] ኡርዱ
        [pt] ፖርቱጋልኛ
        [es] ስጳንኛ
        [it] ጣልያንኛ
        [fr] ፈረንሳይኛ
        [bn] ቤንጋሊ
        [gu] ጉጃራቲ
        [ar] ዓረብኛ
        [sq] ኣልባንኛ
        [so] ሶማልኛ
        [lt] ሊትዌንኛ
        [uk] ዩክሬንኛ
        [tr] ቱርክኛ
        [fa] ፋርስኛ
        [ta] ታሚል
        [bg] ቡልጋርኛ
        [hu] ሃንጋርኛ
        [ru] ሩስኛ
        [zh-Hans] ቻይንኛ (ቀሊል ፊደል)
        [zh-Hant] ቻይንኛ (ልሙድ ፊደል)
        [ps] ፓሽቶ
        [ti] ትግርኛ
        [ne] ኔፓሊ
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
provision-title = ዝርዝር ተወሳኺ ደገፍ – { $school }
provision-heading = ዝርዝር ተወሳኺ ደገፍ ({ EN("provision map") })
provision-intro = እዚ ዝርዝር፣ ቤት ትምህርቲ ንፍሉይ ትምህርታዊ ድሌታት ዘለዎም ተመሃሮ ዘካይዶ ተወሳኺ ደገፍ የርኢ፥ መን ከም ዘካይዶ፣ ክንደይ ግዜ፣ ክንደይ ከም ዘኽፍል፣ መን ከም ዝሳተፎን እንታይ ለውጢ ከም ዘምጽእን።

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = ድምር ናይዚ መዳይ፥ { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = ጠቕላላ ወጻኢ ኩሉ ተወሳኺ ደገፍ፥ { $amount }

provision-col-support = ደገፍ
provision-col-staff = ዘካይዶ
provision-col-group = ዓቐን ጉጅለ
provision-col-often = ክንደይ ግዜ
provision-col-weeks = ሰሙናት
provision-col-measure = ምዕባለ ብኸመይ ይዕቀን
provision-col-cost = ወጻኢ
provision-col-per-pupil = ወጻኢ ንነፍሲ ወከፍ ተምሃራይ
provision-col-pupils = ተመሃሮ

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } ደቒቕ፣ { $sessions ->
        [one] ኣብ ሰሙን ሓደ ግዜ
       *[other] ኣብ ሰሙን { $sessions } ግዜ
    }

provision-impact-heading = ጽልዋ
provision-impact-intro = ኣብ መጀመርታን ኣብ መወዳእታን ነጥቢ ዘለዎም ተመሃሮ ጥራይ። ወጻኢ ንነፍሲ ወከፍ ነጥቢ፣ ወጻኢ ንነፍሲ ወከፍ ተምሃራይ ብማእከላይ ወሰኽ ተመቒሉ እዩ።
provision-col-entry = ማእከላይ ነጥቢ ኣብ መጀመርታ
provision-col-exit = ማእከላይ ነጥቢ ኣብ መወዳእታ
provision-col-gain = ማእከላይ ወሰኽ
provision-col-per-point = ወጻኢ ንነፍሲ ወከፍ ተምሃራይ ንነፍሲ ወከፍ ዝተወሰኸ ነጥቢ
provision-no-scores = ገና ነጥቢ የለን

provision-gaps-heading = ዘይተማልኡ ድሌታት
provision-no-gaps = ኣብ መደብ ዝተጠቕሰ ነፍሲ ወከፍ ድሌት፣ ብሓደ ካብቲ እቲ ተምሃራይ ዝሳተፎ ደገፍ ይማላእ።

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }፥ ኣብቲ መደብ ዝተጠቕሱ ገሊኦም ድሌታት ብዝኾነ ካብቲ ናይቲ ተምሃራይ ደገፍ ኣይማልኡን ({ $areas })።

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = ነዚ መዳይ ድሌት ዘማልእ ደገፍ የለን፥ { $area }።

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = ዝርዝር ተወሳኺ ደገፍ – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = ናይ { $name } ተወሳኺ ደገፍ

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = እዚ ዝርዝር፣ ቤት ትምህርቲ ነቶም ዘድልዮም ተመሃሮ ዘቕርቦ ተወሳኺ ደገፍ የርኢ። ን{ $name } ዝወሃብ ደገፍ ኣብቲ ናይ መወዳእታ ዓምዲ ምልክት ተገይሩሉ፣ ብደማቕ ፊደላት ተሓቲሙ ኣሎ።

provision-offer-heading = ቤት ትምህርቲ ዘቕርቦ ደገፍ

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = ን{ $name }
provision-mine = እወ፣ ተሳትፎ ኣሎ

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = ናይ { $name } ደገፍ ከመይ ይኸይድ ኣሎ

provision-col-start = ዝጀመረሉ ዕለት
provision-col-per-week = ኣብ ሰሙን ክንደይ ግዜ
provision-col-score-start = ነጥቢ ኣብ መጀመርታ
provision-col-score-end = ነጥቢ ኣብ መወዳእታ
provision-no-score = ገና የለን

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = ን{ $name } ኣብ ሰሙን ደገፍ መዓስ ይወሃብ

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = ኣብ ንቡር ሰሙን ትምህርቲ ን{ $name } ዝወሃቡ ክፍለ-ግዜታት ተወሳኺ ደገፍ፥ ነፍሲ ወከፍ እንታይ ምዃኑ፣ መን ከም ዘካይዶን ክንደይ ግዜ ከም ዝወስድን።

# The heading of the school's week of support (for staff).
provision-school-week-heading = ሰሙናዊ መደብ ደገፍ

provision-school-week-intro = ኣብ ንቡር ሰሙን ትምህርቲ ነፍሲ ወከፍ ደገፍ መዓስ ከም ዝካየድ፣ መን ከም ዘካይዶ፣ ኣበይ፣ ከምኡ'ውን ንክንደይ ተመሃሮ ምዃኑ።

# The first column of the week table: the time a session starts.
provision-col-time = ሰዓት

# The row for sessions whose days are known but not their time.
provision-week-no-time = ሰዓት ገና ኣይተወሰነን

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } ደቒቕ
       *[other] { $minutes } ደቒቕ
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } ተምሃራይ
       *[other] { $count } ተመሃሮ
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = መደብ ደገፍ ውላድኩም ({ EN("IEP") })፥ መምርሒ ንወለዲ
leaflet-iep-intro = ገለ ቆልዑ ኣብ ቤት ትምህርቲ ንኽመሃሩን ብጽቡቕ ንኽቕጽሉን ተወሳኺ ሓገዝ የድልዮም። እዚ መምርሒ፣ ቤት ትምህርቲ ነቲ ሓገዝ ዝጽሕፎ መደብ፣ ከምኡ'ውን ንስኻትኩም ብኸመይ ክትሳተፉ ከም እትኽእሉ ይገልጽ።

leaflet-what-heading = ውልቃዊ ትምህርታዊ መደብ ({ EN("IEP") }) እንታይ እዩ
leaflet-what-is = ውልቃዊ ትምህርታዊ መደብ ({ EN("IEP") }) ንሓደ ቆልዓ ዝዳሎ ሓጺር መደብ እዩ። ሕጂ ብዙሓት ኣብያተ ትምህርቲ «መደብ ደገፍ» ይብልዎ። ውላድኩም ኣብ እንታይ ይሰርሕ ከም ዘሎ፣ ቤት ትምህርቲ ንምሕጋዝ እንታይ ከም ዝገብርን፣ ንስኻትኩም ኣብ ገዛ እንታይ ክትገብሩ ከም እትኽእሉን ይገልጽ።
leaflet-what-who = ቤት ትምህርቲ ምሳኹም፣ ዝከኣል እንተኾይኑ ድማ ምስ ውላድኩም፣ ብሓባር ይጽሕፎ። ናይ ገዛእ ርእስኹም ቅዳሕ ክወሃበኩም ይግባእ፣ ከምኡ'ውን ብእትንብብዎ ቋንቋ ወይ ቅርጺ ክትሓትዎ ትኽእሉ ኢኹም።

leaflet-contents-heading = ኣብኡ እንታይ ይርከብ
leaflet-contents-intro = ሓደ መደብ መብዛሕትኡ ግዜ እዞም ክፋላት ኣለውዎ፥
leaflet-contents-strengths = ውላድኩም ኣብ እንታይ ከም ዝበልጽን እንታይ ከም ዝፈቱን
leaflet-contents-needs = ንውላድኩም እንታይ ከም ዝኸብዶ
leaflet-contents-targets = ሰለስተ ወይ ኣርባዕተ ዕላማታት፥ ውላድኩም ክበጽሖም ዝሰርሓሎም ዝቕጽሉ ስጉምትታት
leaflet-contents-help = መን ከም ዝሕግዝ፣ እንታይ ከም ዝገብሩን ክንደይ ግዜ ከም ዝገብርዎን
leaflet-contents-home = ኣብ ገዛ እንታይ ክትገብሩ ከም እትኽእሉ
leaflet-contents-review = እቲ መደብ መዓስ ብሓድሽ ከም ዝግምገም

leaflet-smart-heading = ዕላማታት { EN("SMART") }
leaflet-smart-intro = ጽቡቓት ዕላማታት { EN("SMART") } እዮም። እዚ ቃል ካብ ቀዳሞት ፊደላት ሓሙሽተ ቃላት እንግሊዝኛ ዝተሰርሐ እዩ። ትርጉሙ፣ እቶም ዕላማታት፥
leaflet-smart-specific = { EN("Specific") } (ንጹራት)፥ ውላድኩም እንታይ ክገብር ከም ዝመሃር ብልክዕ ይገልጹ።
leaflet-smart-measurable = { EN("Measurable") } (ዝዕቀኑ)፥ እቲ ዕላማ መዓስ ከም ዝተበጽሐ ኩሉ ሰብ ክርኢ ይኽእል።
leaflet-smart-achievable = { EN("Achievable") } (ክብጻሑ ዝኽእሉ)፥ ውላድኩም ብግቡእ ሓገዝ ክበጽሖም ይኽእል።
leaflet-smart-relevant = { EN("Relevant") } (ኣገደስቲ)፥ ንትምህርትን ንህይወትን ውላድኩም ኣገደስቲ እዮም።
leaflet-smart-time-bound = { EN("Time-bound") } (ግዜ ዝተወሰነሎም)፥ ክሳብ መዓስ ክብጻሑ ከም ዘለዎም ይገልጹ፣ መብዛሕትኡ ግዜ ክሳብ ዝቕጽል ገምጋም።
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = ንኣብነት፣ «ብዝበለጸ ምንባብ» ዕላማ { EN("SMART") } ኣይኮነን። «ክሳብ ገምጋም ጥሪ፣ ካብቶም ኣብ ካርድ ቃላት ዘለዉ { $total } ልሙዳት ቃላት { $read } ምንባብ፣ ኣብ ሰሙን ፍልልይ ዘለዎም ክልተ ፈተናታት» ግን ዕላማ { EN("SMART") } እዩ።

leaflet-review-heading = ገምጋማት
leaflet-review-when = እቲ መደብ ኣብ ኣኼባ ገምጋም ብሓድሽ ይርአ፣ መብዛሕትኡ ግዜ ኣብ ነፍሲ ወከፍ ተርም ({ EN("term") }) ሓደ ግዜ፣ ማለት ኣብ ዓመት ሰለስተ ግዜ ኣቢሉ። ቤት ትምህርቲ ነፍሲ ወከፍ ዕላማ ምሳኹም ይፍትሽ፥ ተበጺሑ ድዩ፣ እንታይከ ሓጊዙ?
leaflet-review-you = ናብ ነፍሲ ወከፍ ገምጋም ትዕደሙ ኢኹም። ርእይቶኹም ኣገዳሲ እዩ፥ ኣብ ገዛ እትርእይዎን ዘሻቕለኩምን ንቤት ትምህርቲ ንገሩ። ውላድኩም'ውን ክሳተፍ ይኽእል እዩ፣ ንገለ ክፋል ናይቲ ኣኼባ ብምምጻእ ወይ ቅድሚኡ ሓሳባቱ ብምካፋል። ድሕሪኡ ብዛዕባ ሓደስቲ ዕላማታት ስምምዕ ይግበር።

leaflet-map-heading = ዝርዝር ተወሳኺ ደገፍ ({ EN("provision map") })
leaflet-map-what = ዝርዝር ተወሳኺ ደገፍ፣ ቤት ትምህርቲ ዘካይዶ ኩሉ ተወሳኺ ደገፍ ዝሓዘ ዝርዝር እዩ፣ ንኣብነት ንኣሽቱ ጉጅለታት ንባብ ወይ መዓልታዊ ሓጺር ርክብ ምስ ሓደ ዓቢ ሰብ። ነፍሲ ወከፍ ዓይነት ደገፍ መን ከም ዘካይዶ፣ ክንደይ ግዜ፣ እንታይ ለውጢ ከም ዘምጽእን የርኢ።
leaflet-map-yours = ንውላድኩም ዝምልከት ዝርዝር ተወሳኺ ደገፍ ክትሓቱ ትኽእሉ ኢኹም። ቤት ትምህርቲ ዘቕርቦ ደገፍ የርኢ፣ ውላድኩም ዝረኽቦ ደገፍ ድማ ብምልክት የፍልጥ፣ ምስ ነጥብታት ውላድኩም ኣብ መጀመርታን ኣብ መወዳእታን።

leaflet-stages-heading = ደረጃታት ደገፍ
leaflet-stages-intro = ቤት ትምህርቲ ነቶም ደረጃታት ተወሳኺ ሓገዝ እዞም ኣስማት ይጥቀም፥
leaflet-stage-sen-support = ደገፍ ንፍሉይ ትምህርታዊ ድሌታት ({ EN("SEN Support") })፥ ቤት ትምህርቲ ካብ ናይ ገዛእ ርእሱ ሰራሕተኛታትን ጸጋታትን ተወሳኺ ሓገዝ ይመድብ፣ ኣብ መደብ ደገፍ ድማ ይጽሕፎ።
leaflet-stage-ehc-plan = መደብ ትምህርቲ፣ ጥዕናን ክንክንን ({ EN("EHC plan") })፥ ካብ ከባቢያዊ ምምሕዳር ({ EN("local council") }) ዝወሃብ ሕጋዊ መደብ እዩ፤ ቤት ትምህርቲ ካብ ናይ ገዛእ ርእሱ ጸጋታት ክህቦ ካብ ዝኽእል ዝያዳ ሓገዝ ንዘድልዮ ቆልዓ ዝወሃብ።
leaflet-stage-school-action = ደገፍ ብቤት ትምህርቲ ({ EN("School Action") })፥ ቤት ትምህርቲ ካብ ናይ ገዛእ ርእሱ ሰራሕተኛታትን ጸጋታትን ተወሳኺ ሓገዝ ይህብ።
leaflet-stage-school-action-plus = ደገፍ ብቤት ትምህርቲ ምስ ሓገዝ ክኢላታት ({ EN("School Action Plus") })፥ ቤት ትምህርቲ ካብ ደገ ቤት ትምህርቲ ካብ ዘለዉ ክኢላታት'ውን ምኽሪ ወይ ሓገዝ ይረክብ።
leaflet-stage-statement = ወግዓዊ መግለጺ ፍሉይ ትምህርታዊ ድሌታት ({ EN("Statement of SEN") })፥ ሓደ ቆልዓ ክረኽቦ ዘለዎ ሓገዝ ዝገልጽ፣ ካብ ከባቢያዊ ምምሕዳር ዝወሃብ ሕጋዊ ሰነድ እዩ።

leaflet-help-heading = ካብ ቤት ትምህርቲ ናጻ ዝኾነ ሓገዝ
leaflet-help-intro = ኣብ ዝኾነ ግዜ ምስ መምህር ክፍሊ ወይ ምስቲ ኣብ ቤት ትምህርቲ ንደገፍ ፍሉይ ድሌታት ዝመርሕ ሰብ ክትዘራረቡ ትኽእሉ ኢኹም። ካብ ቤት ትምህርቲ ዝተፈልየ ናይ ብነጻ ምኽሪ'ውን ክትረኽቡ ትኽእሉ ኢኹም፥
leaflet-help-none = ናይ ከባቢኹም ኣገልግሎት ሓበሬታ፣ ምኽርን ደገፍን ንፍሉይ ትምህርታዊ ድሌታት ዝርዝር ሓበሬታ ካብ ቤት ትምህርቲ ሕተቱ። ምኽሩ ብነጻ እዩ፣ ካብ ቤት ትምህርቲ ድማ ዝተፈልየ እዩ።

leaflet-formats-heading = ካልእ ቋንቋ ወይ ቅርጺ
leaflet-formats-ask = ነዚ ወረቐት ሓበሬታን ነቲ መደብ ውላድኩምን ብኻልእ ቋንቋ፣ ብዓበይቲ ፊደላት፣ ብፊደል ብሬል ወይ ከም ድምጺ ተቐዲሑ ካብ ቤት ትምህርቲ ክትሓቱ ትኽእሉ ኢኹም። ብኢ-መይል'ውን ክትሓትዎም ትኽእሉ ኢኹም። ንመምህር ክፍሊ ወይ ንቤት ጽሕፈት ቤት ትምህርቲ ጥራይ ንገሩ።

leaflet-languages-heading = እዚ ወረቐት ሓበሬታ ብቋንቋኹም

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = እዚ ወረቐት ሓበሬታ ብትግርኛ ይርከብ። ካብ ቤት ትምህርቲ ቅዳሕ ሕተቱ።

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = ኣብ ገምጋም ክሕተቱ ዝኽእሉ ሕቶታት
leaflet-questions-intro = ነዚ ካርድ ናብ ኣኼባ ገምጋም ውላድኩም ሒዝኩምዎ ክትከዱ ትኽእሉ ኢኹም። ንኣኻትኩም ኣገደስቲ ዝኾኑ ሕቶታት ምረጹ፣ ኣብቲ ትሕቲ ነፍሲ ወከፍ ሕቶ ዘሎ ባዶ ቦታ ድማ መዘኻኸሪ ጽሓፉ።
leaflet-question-progress = ውላደይ ኣብ ነፍሲ ወከፍ ዕላማ ከመይ ገይሩ?
leaflet-question-helped = ንውላደይ ዝያዳ ዝሓገዞ እንታይ እዩ፣ እንታይከ ኣይሰርሐን?
leaflet-question-next = ሓደስቲ ዕላማታት እንታይ እዮም፣ ስለምንታይከ እዚኣቶም ተመሪጾም?
leaflet-question-who = ንውላደይ መን ክሕግዞ እዩ፣ ክንደይ ግዜኸ?
leaflet-question-home = ንምሕጋዝ ኣብ ገዛ እንታይ ክገብር እኽእል?
leaflet-question-child = ውላደይ እንታይ ይሓስብ፣ ብኸመይከ ክሳተፍ ይኽእል?
leaflet-question-friends = ውላደይ ምስ ካልኦት ቆልዑ ከመይ ይሰማማዕ ኣሎ?
leaflet-question-assess = ካብ ደገ ቤት ትምህርቲ ዝተመደበ ገምጋም ወይ ሓገዝ ኣሎ ድዩ?
leaflet-question-contact = ቅድሚ ዝቕጽል ገምጋም እንተ ተሻቒለ ምስ መን እዘራረብ?
leaflet-question-next-review = ዝቕጽል ገምጋም መዓስ እዩ?
