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
iep-title = सहायता योजना: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = सहायता योजना: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = व्यक्तिगत शिक्षा योजना ({ EN("IEP") }): परिवारका लागि प्रति

# Under the main heading, for the school's copy.
iep-copy-school = व्यक्तिगत शिक्षा योजना ({ EN("IEP") }): विद्यालयका लागि प्रति

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = समूहमा सिकाइ योजना – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = समूहमा सिकाइ योजना: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = समूहमा सिकाइ योजना: परिवारका लागि प्रति

# Under the main heading, for the school's copy.
group-copy-school = समूहमा सिकाइ योजना: विद्यालयका लागि प्रति

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = यी लक्ष्यहरूमा { $name } र उस्तै किसिमको मद्दत चाहिने अरू विद्यार्थीहरू सानो समूहमा सँगै काम गर्छन्। यो योजनामा समूह केमा काम गरिरहेको छ, कसले मद्दत गर्छ र तपाईं घरमा आफ्नो बच्चालाई कसरी मद्दत गर्न सक्नुहुन्छ भन्ने कुरा लेखिएको छ।

## Opening for parents

iep-intro-heading = यो योजनाबारे

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = यो योजनामा विद्यालयमा { $name } लाई दिइने थप मद्दतबारे लेखिएको छ। यसमा { $name } का लागि अहिलेका लक्ष्यहरू, कसले मद्दत गर्छ र तपाईं घरमा कसरी मद्दत गर्न सक्नुहुन्छ भन्ने कुरा छ।

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = हामी { $date } मा तपाईंसँग यो योजना फेरि हेर्नेछौं। त्यो बैठकमा तपाईं प्रश्न सोध्न र आफ्नो विचार बताउन सक्नुहुन्छ। तपाईं चाहनुहुन्छ भने कसैलाई साथमा ल्याउन सक्नुहुन्छ।

iep-intro-formats = यो योजना अर्को भाषामा, ठूला अक्षरमा वा पढेर सुनाइदिने गरी चाहिन्छ भने कृपया विद्यालयको कार्यालयमा सोध्नुहोस्।

## Key facts

facts-heading = मुख्य जानकारी
fact-pupil = विद्यार्थी
fact-known-as = बोलाइने नाम
fact-date-of-birth = जन्म मिति
fact-year-group = विद्यालयको वर्ष ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] विद्यालयको पहिलो वर्ष ({ EN("Reception") })
       *[other] इयर { $year }
    }

fact-class = कक्षा
fact-family = आमाबुबा र हेरचाह गर्नेहरू
fact-stage = सहायताको चरण
fact-areas = आवश्यकताका क्षेत्र
fact-class-teacher = कक्षा शिक्षक
fact-written-by = योजना लेख्ने
fact-start = योजना सुरु हुने मिति
fact-review = समीक्षाको मिति

## Stages of support

stage-sen-support = विशेष शैक्षिक आवश्यकताका लागि सहायता ({ EN("SEN Support") })
stage-ehc-plan = शिक्षा, स्वास्थ्य तथा हेरचाह योजना ({ EN("EHC plan") })
stage-early-years-action = सानो उमेरमा विद्यालयको सहायता ({ EN("Early Years Action") })
stage-early-years-action-plus = सानो उमेरमा बाहिरका विशेषज्ञसहितको सहायता ({ EN("Early Years Action Plus") })
stage-school-action = विद्यालयको आफ्नै सहायता ({ EN("School Action") })
stage-school-action-plus = बाहिरका विशेषज्ञसहित विद्यालयको सहायता ({ EN("School Action Plus") })
stage-statement = विशेष शैक्षिक आवश्यकताको आधिकारिक विवरण ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = बोलचाल र अरूसँग घुलमिल
area-cognition-and-learning = सिकाइ र बुझाइ
area-social-emotional-mental-health = सामाजिक, भावनात्मक र मानसिक स्वास्थ्य
area-sensory-and-physical = दृष्टि, श्रवण र शारीरिक आवश्यकता

## Relationships

relationship-mother = आमा
relationship-father = बुबा
relationship-parent = अभिभावक
relationship-carer = हेरचाह गर्ने व्यक्ति
relationship-foster-carer = पालनपोषण गर्ने अभिभावक ({ EN("foster carer") })
relationship-guardian = संरक्षक
relationship-grandmother = हजुरआमा
relationship-grandfather = हजुरबुबा
relationship-aunt = काकी
relationship-uncle = काका
relationship-sister = दिदी वा बहिनी
relationship-brother = दाजु वा भाइ

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = शिक्षण सहायक
role-class-teacher = कक्षा शिक्षक
role-senco = विशेष शैक्षिक आवश्यकता संयोजक, { EN("SENCo") }
role-learning-mentor = सिकाइ सल्लाहकार
role-teacher-of-the-deaf = सुन्न कठिनाइ भएका बालबालिकाका शिक्षक
role-specialist-teacher = विशेषज्ञ शिक्षक
role-speech-and-language-therapist = बोली र भाषा थेरापिस्ट
role-educational-psychologist = शैक्षिक मनोवैज्ञानिक
role-occupational-therapist = अकुपेसनल थेरापिस्ट
role-physiotherapist = फिजियोथेरापिस्ट
role-school-nurse = विद्यालय नर्स
role-family-support-worker = परिवार सहायता कार्यकर्ता
role-head-teacher = प्रधानाध्यापक
role-lunchtime-supervisor = खाजा समयमा हेरचाह गर्ने कर्मचारी

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out, and when-parts puts the parts one after the other ("10 minutes, 4 mornings a
# week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } मिनेट
       *[other] { $minutes } मिनेट
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] हप्तामा एक दिन बिहान
               *[other] हप्तामा { $times } दिन बिहान
            }
        [afternoon]
            { $times ->
                [one] हप्तामा एक दिन दिउँसो
               *[other] हप्तामा { $times } दिन दिउँसो
            }
        [lunchtime]
            { $times ->
                [one] हप्तामा एक दिन खाजा समयमा
               *[other] हप्तामा { $times } दिन खाजा समयमा
            }
       *[none]
            { $times ->
                [one] हप्तामा एक पटक
               *[other] हप्तामा { $times } पटक
            }
    }

# On which days of the week, perhaps at one part of the day.
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] हरेक { $days } बिहान
        [afternoon] हरेक { $days } दिउँसो
        [lunchtime] हरेक { $days } खाजा समयमा
       *[none]
            { $count ->
                [one] हरेक { $days }
               *[other] हरेक { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] हरेक पाठमा
        [day] हरेक दिन
        [morning] हरेक बिहान
        [afternoon] हरेक दिउँसो
        [lunchtime] हरेक दिन खाजा समयमा
        [playtime] हरेक खेल्ने समयमा
        [after-playtime] हरेक खेल्ने समयपछि
        [week] हरेक हप्ता
        [two-weeks] हरेक दुई हप्तामा
        [half-term] हरेक आधा टर्ममा
       *[term] हरेक टर्ममा
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when }, { $time } बजे

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] एक हप्तासम्म
       *[other] { $weeks } हप्तासम्म
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
about-heading = { $name } लाई के राम्ररी आउँछ र के मन पर्छ

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } लाई के गाह्रो लाग्छ

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = { $name } लाई केले मद्दत गर्छ

## Targets

targets-heading = लक्ष्यहरू

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] यो योजनामा { $name } का लागि एउटा लक्ष्य छ।
       *[other] यो योजनामा { $name } का लागि { $count } वटा लक्ष्य छन्।
    } लक्ष्य भनेको हामीले जाँच्न सक्ने एउटा सानो कदम हो।

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = लक्ष्य { $number }

target-who = कसले मद्दत गर्छ
target-does-what = के गरिन्छ
target-when = कहिले र कति पटक
target-success = यसले काम गरिरहेको छ भनेर हामी कसरी थाहा पाउँछौं
target-home = तपाईं घरमा के गर्न सक्नुहुन्छ

## The rest of the plan

home-heading = घरमा मद्दत
exit-heading = थप मद्दत कहिले रोक्न सकिन्छ
further-heading = अरू जाँच र सेवाहरू
further-assessments = योजना गरिएका जाँचहरू
further-agencies = मद्दत गर्ने, विद्यालयबाहिरका सेवाहरू

## Outside agencies

agency-educational-psychology = शैक्षिक मनोवैज्ञानिक ({ EN("educational psychologist") })
agency-speech-and-language-therapy = बोली र भाषा थेरापी ({ EN("speech and language therapy") })
agency-behaviour-support = व्यवहार सहायता सेवा ({ EN("behaviour support") })
agency-hearing-support = सुन्न कठिनाइ भएका बालबालिकाका लागि सहायता सेवा
agency-vision-support = देख्न कठिनाइ भएका बालबालिकाका लागि सहायता सेवा
agency-sensory-support = देख्न वा सुन्न कठिनाइ भएका बालबालिकाका लागि सहायता सेवा ({ EN("sensory support") })
agency-occupational-therapy = दैनिक कामका सीप सिकाउने थेरापी ({ EN("occupational therapy") })
agency-physiotherapy = फिजियोथेरापी
agency-camhs = बालबालिका र किशोरकिशोरीका लागि मानसिक स्वास्थ्य सेवा ({ EN("CAMHS") })
agency-school-nurse = विद्यालय नर्स
agency-paediatrician = बालबालिकाका डाक्टर (बालरोग विशेषज्ञ)
agency-early-help = परिवारका लागि प्रारम्भिक सहायता ({ EN("Early Help") })

## Review

review-heading = योजना कस्तो रह्यो
review-date = बैठकको मिति
review-present = को-को आउनुभयो
review-outcomes = लक्ष्य र नतिजा
review-col-target = लक्ष्य
review-col-result = नतिजा
review-col-comment = टिप्पणी

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = लक्ष्य { $number }

outcome-achieved = पूरा भयो
outcome-partly = केही हदसम्म पूरा भयो
outcome-not-yet = अझै पूरा भएको छैन

review-progress = प्रगति

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } को भनाइ

review-parent-comment = परिवारको भनाइ
review-teacher-comment = विद्यालयको भनाइ
review-next-steps = अबका कदमहरू
review-next-review = अर्को समीक्षा

## Help for parents

contact-heading = प्रश्न र मद्दत

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = यो योजनाबारे तपाईंको कुनै प्रश्न छ भने कृपया कक्षा शिक्षक वा { $senco } सँग कुरा गर्नुहोस्। उहाँ विद्यालयमा विशेष आवश्यकता भएका बालबालिकाको सहायता हेर्ने मुख्य व्यक्ति हुनुहुन्छ।

contact-school-phone = विद्यालयको फोन नम्बर

support-intro = तपाईं विद्यालयभन्दा अलग एउटा सेवाबाट निःशुल्क सल्लाह पनि लिन सक्नुहुन्छ:
support-phone = फोन
support-text = टेक्स्ट म्यासेज
support-email = इमेल
support-web = वेबसाइट
support-drop-in = समय नलिई सिधै भेट्न जान सकिने ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = पृष्ठ { $page } / { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = अभिभावक भेटघाट साँझ ({ EN("parents' evening") }): छाप्ने कागजातको प्याक

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = यो प्याकमा { $appointments ->
        [one] एउटा भेटघाटका लागि
       *[other] { $appointments } वटा भेटघाटका लागि
    }, भेटघाटकै क्रममा मिलाइएका { $documents ->
        [one] एउटा कागजात छ
       *[other] { $documents } वटा कागजात छन्
    }।

pack-duplex = यसलाई कागजको दुवैतर्फ छाप्नुहोस्। हरेक कागजात नयाँ पानाबाट सुरु हुन्छ, त्यसैले कुनै पनि पानामा दुई परिवारका कागज पर्दैनन्।

pack-files = हरेक कागजात छुट्टै फाइलका रूपमा पनि सुरक्षित गरिएको छ। कुनै परिवारले इमेलबाट प्रति माग्दा उनीहरूलाई उनीहरूकै फाइल पठाउनुहोस्: स्क्रिन रिडरले यसलाई पढेर सुनाउन सक्छ।

pack-appointments-heading = भेटघाटहरू
pack-col-time = समय
pack-col-pupil = विद्यार्थी
pack-col-teacher = शिक्षक
pack-col-room = कोठा
pack-col-parent-copy = परिवारको प्रति
pack-col-school-copy = विद्यालयको प्रति
pack-col-page = पृष्ठ

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = परिवारको प्रति, भाषा: { $language }
pack-copy-parent-large = परिवारको प्रति, भाषा: { $language }, ठूला अक्षरमा
pack-copy-school = विद्यालयको प्रति, भाषा: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, ठूला अक्षरमा

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } वटा लेखाइको अनुवाद भएको छैन
       *[other] { $count } वटा लेखाइको अनुवाद भएको छैन
    })

pack-missing-heading = यो प्याकमा नभएका
pack-missing-intro = यी भेटघाटका लागि कुनै कागजात छैन, किनभने तिनका योजनाबाट कागजात बनाउन सकिएन। के सच्याउनुपर्छ भन्ने कुरा एकैपटक तयार गरिएका सबै योजनाको अन्त्यमा आउने सारांशमा लेखिएको छ।
pack-col-problem = समस्या

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] अङ्ग्रेजी
        [pl] पोलिस
        [ro] रोमानियाली
        [pa] पञ्जाबी (गुरुमुखी लिपि)
        [pa-Arab] पञ्जाबी (शाहमुखी लिपि)
        [ur] उर्दू
        [pt] पोर्चुगिज
        [es] स्पेनिस
        [it] इटालियन
        [fr] फ्रान्सेली
        [bn] बङ्गाली
        [gu] गुजराती
        [ar] अरबी
        [sq] अल्बानियाली
        [so] सोमाली
        [lt] लिथुआनियाली
        [uk] युक्रेनी
        [tr] टर्किस
        [fa] फारसी
        [ta] तमिल
        [bg] बुल्गेरियाली
        [hu] हङ्गेरियाली
        [ru] रसियाली
        [zh-Hans] सरलिकृत चिनियाँ
        [zh-Hant] परम्परागत चिनियाँ
        [ps] पास्तो
        [ti] टिग्रिन्या
        [ne] नेपाली
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
provision-title = थप सहायताको सूची – { $school }
provision-heading = थप सहायताको सूची ({ EN("provision map") })
provision-intro = यो सूचीमा विशेष शैक्षिक आवश्यकता भएका विद्यार्थीहरूका लागि विद्यालयले चलाउने थप सहायता छ: कसले चलाउँछ, कति पटक, कति खर्च लाग्छ, को-को सहभागी हुन्छन् र यसले के फरक पार्छ।

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = यो क्षेत्रको जम्मा: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = सबै थप सहायताको जम्मा खर्च: { $amount }

provision-col-support = सहायता
provision-col-staff = चलाउने
provision-col-group = समूहको आकार
provision-col-often = कति पटक
provision-col-weeks = हप्ता
provision-col-measure = प्रगति कसरी नापिन्छ
provision-col-cost = खर्च
provision-col-per-pupil = प्रति विद्यार्थी खर्च
provision-col-pupils = विद्यार्थीहरू

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } मिनेट, { $sessions ->
        [one] हप्तामा एक पटक
       *[other] हप्तामा { $sessions } पटक
    }

provision-impact-heading = प्रभाव
provision-impact-intro = सुरु र अन्त्य दुवैमा अङ्क भएका विद्यार्थीहरूका लागि। प्रति अङ्क खर्च भनेको प्रति विद्यार्थी खर्चलाई औसत वृद्धिले भाग गर्दा आउने रकम हो।
provision-col-entry = सुरुको औसत अङ्क
provision-col-exit = अन्त्यको औसत अङ्क
provision-col-gain = औसत वृद्धि
provision-col-per-point = बढेको हरेक अङ्कका लागि प्रति विद्यार्थी खर्च
provision-no-scores = अहिलेसम्म अङ्क छैन

provision-gaps-heading = नपुगेका आवश्यकता
provision-no-gaps = योजनामा उल्लेख गरिएका हरेक आवश्यकता, विद्यार्थी सहभागी भएको कुनै न कुनै सहायताले पूरा गर्छ।

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: योजनामा उल्लेख गरिएका केही आवश्यकता विद्यार्थी सहभागी भएको कुनै पनि सहायताले पूरा गर्दैन ({ $areas })।

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = आवश्यकताको यो क्षेत्र कुनै पनि सहायताले पूरा गर्दैन: { $area }।

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = थप सहायताको सूची – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = थप सहायता: { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = यो सूचीले आवश्यक पर्ने विद्यार्थीहरूलाई विद्यालयले दिने थप सहायता देखाउँछ। { $name } ले पाउने सहायतामा अन्तिम स्तम्भमा चिनो लगाइएको छ, र त्यो गाढा अक्षरमा छापिएको छ।

provision-offer-heading = विद्यालयले दिने सहायता

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } का लागि
provision-mine = हो, यसमा सहभागी

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = सहायता कस्तो चलिरहेको छ: { $name }

provision-col-start = सुरु भएको
provision-col-per-week = हप्तामा कति पटक
provision-col-score-start = सुरुको अङ्क
provision-col-score-end = अन्त्यको अङ्क
provision-no-score = अझै छैन

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = हरेक हप्ता { $name } लाई सहायता कहिले दिइन्छ

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = सामान्य विद्यालय हप्तामा { $name } लाई दिइने थप सहायताका सत्रहरू: हरेक सत्र के हो, कसले चलाउँछ र कति लामो हुन्छ।

# The heading of the school's week of support (for staff).
provision-school-week-heading = हप्ताभरिको सहायता

provision-school-week-intro = सामान्य विद्यालय हप्तामा हरेक सहायता कहिले, कसले, कहाँ र कति विद्यार्थीका लागि चलाइन्छ।

# The first column of the week table: the time a session starts.
provision-col-time = समय

# The row for sessions whose days are known but not their time.
provision-week-no-time = समय अझै तय भएको छैन

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } मिनेट
       *[other] { $minutes } मिनेट
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } जना विद्यार्थी
       *[other] { $count } जना विद्यार्थी
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = तपाईंको बच्चाको सहायता योजना ({ EN("IEP") }): अभिभावकका लागि मार्गदर्शिका
leaflet-iep-intro = कतिपय बालबालिकालाई विद्यालयमा सिक्न र राम्रोसँग अघि बढ्न थप मद्दत चाहिन्छ। यो मार्गदर्शिकाले त्यो मद्दतका लागि विद्यालयले लेख्ने योजना, र तपाईं त्यसमा कसरी सहभागी हुन सक्नुहुन्छ भन्ने कुरा बुझाउँछ।

leaflet-what-heading = { EN("IEP") } भनेको के हो
leaflet-what-is = { EN("IEP") } (व्यक्तिगत शिक्षा योजना) एउटा बच्चाका लागि बनाइएको छोटो योजना हो। अहिले धेरै विद्यालयले यसलाई सहायता योजना ({ EN("support plan") }) भन्छन्। यसमा तपाईंको बच्चा केमा काम गरिरहेको छ, मद्दत गर्न विद्यालयले के गर्नेछ, र तपाईं घरमा के गर्न सक्नुहुन्छ भन्ने कुरा हुन्छ।
leaflet-what-who = विद्यालयले यो योजना तपाईंसँग मिलेर, र सम्भव भएसम्म तपाईंको बच्चासँग पनि मिलेर लेख्छ। तपाईंले आफ्नै प्रति पाउनुपर्छ, र तपाईंले पढ्न सक्ने भाषा वा ढाँचामा यो माग्न सक्नुहुन्छ।

leaflet-contents-heading = योजनामा के-के हुन्छ
leaflet-contents-intro = योजनामा प्रायः यी भागहरू हुन्छन्:
leaflet-contents-strengths = तपाईंको बच्चालाई के राम्ररी आउँछ र के मन पर्छ
leaflet-contents-needs = तपाईंको बच्चालाई के गाह्रो लाग्छ
leaflet-contents-targets = तीन वा चार वटा लक्ष्य: तपाईंको बच्चाले अब चाल्ने कदमहरू
leaflet-contents-help = कसले मद्दत गर्छ, के गर्छ र कति पटक
leaflet-contents-home = तपाईं घरमा के गर्न सक्नुहुन्छ
leaflet-contents-review = योजना फेरि कहिले हेरिनेछ

leaflet-smart-heading = { EN("SMART") } लक्ष्यहरू
leaflet-smart-intro = राम्रा लक्ष्यहरू { EN("SMART") } हुन्छन्। यो शब्द पाँच वटा अङ्ग्रेजी शब्दका पहिला अक्षरबाट बनेको हो। यसको अर्थ लक्ष्यहरू यस्ता हुन्छन्:
leaflet-smart-specific = { EN("Specific") } (स्पष्ट): तपाईंको बच्चाले ठ्याक्कै के गर्न सिक्नेछ भनेर बताउँछन्।
leaflet-smart-measurable = { EN("Measurable") } (नाप्न सकिने): लक्ष्य कहिले पूरा भयो भनेर सबैले देख्न सक्छन्।
leaflet-smart-achievable = { EN("Achievable") } (पूरा गर्न सकिने): सही मद्दत पाए तपाईंको बच्चाले ती पूरा गर्न सक्छ।
leaflet-smart-relevant = { EN("Relevant") } (सान्दर्भिक): तपाईंको बच्चाको सिकाइ र जीवनका लागि ती महत्त्वपूर्ण छन्।
leaflet-smart-time-bound = { EN("Time-bound") } (समयसीमा भएका): कहिलेसम्म पूरा गर्ने भनेर बताउँछन्, प्रायः अर्को समीक्षासम्म।
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = उदाहरणका लागि, "अझ राम्रोसँग पढ्ने" { EN("SMART") } लक्ष्य होइन। "जनवरीको समीक्षासम्म, एक हप्ताको फरकमा गरिने दुई वटा जाँचमा, शब्द-कार्डका { $total } वटा धेरै प्रयोग हुने शब्दमध्ये { $read } वटा पढ्ने" चाहिँ { EN("SMART") } लक्ष्य हो।

leaflet-review-heading = समीक्षा
leaflet-review-when = योजनालाई समीक्षा बैठकमा फेरि हेरिन्छ, प्रायः हरेक टर्ममा ({ EN("term") }) एक पटक, अर्थात् वर्षमा करिब तीन पटक। विद्यालयले तपाईंसँग मिलेर हरेक लक्ष्य जाँच्छ: लक्ष्य पूरा भयो कि भएन, र के कुराले मद्दत पुग्यो?
leaflet-review-you = तपाईंलाई हरेक समीक्षामा बोलाइन्छ। तपाईंको विचारको महत्त्व छ: घरमा तपाईं के देख्नुहुन्छ र तपाईंलाई केको चिन्ता छ, विद्यालयलाई भन्नुहोस्। तपाईंको बच्चा पनि बैठकको केही भागमा आएर, वा बैठकअघि नै आफ्नो विचार बताएर सहभागी हुन सक्छ। त्यसपछि नयाँ लक्ष्यहरूमा सहमति गरिन्छ।

leaflet-map-heading = थप सहायताको सूची ({ EN("provision map") })
leaflet-map-what = थप सहायताको सूची भनेको विद्यालयले चलाउने सबै थप सहायताको सूची हो, जस्तै पढाइका साना समूह वा हरेक दिन छोटो भेटेर हालखबर सोध्ने। यसले हरेक किसिमको सहायता कसले चलाउँछ, कति पटक, र यसले के फरक पार्छ भन्ने देखाउँछ।
leaflet-map-yours = तपाईं आफ्नो बच्चाका लागि थप सहायताको सूची माग्न सक्नुहुन्छ। यसले विद्यालयले दिने सहायता देखाउँछ, तपाईंको बच्चाले पाउने सहायतामा चिनो लगाउँछ, र सुरु तथा अन्त्यमा तपाईंको बच्चाले पाएका अङ्क पनि देखाउँछ।

leaflet-stages-heading = सहायताका चरणहरू
leaflet-stages-intro = विद्यालयले थप मद्दतका तहहरूलाई यी नामले बोलाउँछ:
leaflet-stage-sen-support = विशेष शैक्षिक आवश्यकताका लागि सहायता ({ EN("SEN Support") }): विद्यालयले आफ्नै कर्मचारी र साधनबाट थप मद्दतको योजना बनाउँछ, र त्यो मद्दत सहायता योजनामा लेखिन्छ।
leaflet-stage-ehc-plan = शिक्षा, स्वास्थ्य तथा हेरचाह योजना ({ EN("EHC plan") }): विद्यालयले आफ्नै साधनबाट दिन सक्नेभन्दा बढी मद्दत चाहिने बच्चाका लागि स्थानीय काउन्सिलले बनाउने कानुनी योजना।
leaflet-stage-school-action = विद्यालयको आफ्नै सहायता ({ EN("School Action") }): विद्यालयले आफ्नै कर्मचारी र साधनबाट थप मद्दत दिन्छ।
leaflet-stage-school-action-plus = बाहिरका विशेषज्ञसहित विद्यालयको सहायता ({ EN("School Action Plus") }): विद्यालयले बाहिरका विशेषज्ञहरूबाट सल्लाह वा मद्दत पनि लिन्छ।
leaflet-stage-statement = विशेष शैक्षिक आवश्यकताको आधिकारिक विवरण ({ EN("Statement of SEN") }): बच्चाले पाउनैपर्ने मद्दत तोकिएको, स्थानीय काउन्सिलको कानुनी कागजात।

leaflet-help-heading = स्वतन्त्र मद्दत
leaflet-help-intro = तपाईं जुनसुकै बेला कक्षा शिक्षक वा विद्यालयमा विशेष आवश्यकताको सहायता हेर्ने व्यक्तिसँग ({ EN("SENCo") }) कुरा गर्न सक्नुहुन्छ। विद्यालयभन्दा अलग सेवाबाट निःशुल्क सल्लाह पनि लिन सक्नुहुन्छ:
leaflet-help-none = तपाईंको क्षेत्रमा विशेष शैक्षिक आवश्यकताबारे जानकारी, सल्लाह र सहायता दिने सेवाको विवरण विद्यालयसँग माग्नुहोस्। त्यो सेवाको सल्लाह निःशुल्क हुन्छ, र त्यो सेवा विद्यालयभन्दा अलग हुन्छ।

leaflet-formats-heading = अर्को भाषा वा ढाँचा
leaflet-formats-ask = तपाईं यो पर्चा र तपाईंको बच्चाको योजना अर्को भाषामा, ठूला अक्षरमा, ब्रेलमा वा रेकर्डिङका रूपमा विद्यालयसँग माग्न सक्नुहुन्छ। यी इमेलबाट पठाइदिन पनि भन्न सक्नुहुन्छ। कक्षा शिक्षक वा विद्यालयको कार्यालयलाई भने पुग्छ।

leaflet-languages-heading = यो पर्चा तपाईंको भाषामा

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = यो पर्चा नेपाली भाषामा पाइन्छ। विद्यालयसँग एक प्रति माग्नुहोस्।

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = समीक्षामा सोध्ने प्रश्नहरू
leaflet-questions-intro = तपाईं यो कार्ड आफ्नो बच्चाको समीक्षा बैठकमा लैजान सक्नुहुन्छ। तपाईंलाई महत्त्वपूर्ण लाग्ने प्रश्नहरू छान्नुहोस्, र हरेक प्रश्नमुनिको खाली ठाउँमा टिपोट लेख्नुहोस्।
leaflet-question-progress = हरेक लक्ष्यमा मेरो बच्चाको प्रगति कस्तो रह्यो?
leaflet-question-helped = मेरो बच्चालाई सबैभन्दा बढी के कुराबाट मद्दत पुग्यो, र के कुराले काम गरेन?
leaflet-question-next = नयाँ लक्ष्यहरू के हुन्, र यिनै लक्ष्य किन?
leaflet-question-who = मेरो बच्चालाई कसले, कति पटक मद्दत गर्नेछ?
leaflet-question-home = मद्दत गर्न म घरमा के गर्न सक्छु?
leaflet-question-child = मेरो बच्चाको विचार के छ, र उसले कसरी भाग लिन सक्छ?
leaflet-question-friends = अरू बालबालिकासँग मेरो बच्चाको सम्बन्ध कस्तो छ?
leaflet-question-assess = विद्यालयबाहिरबाट कुनै जाँच वा मद्दतको योजना छ?
leaflet-question-contact = अर्को समीक्षाअघि मलाई चिन्ता लागेमा म कोसँग कुरा गर्ने?
leaflet-question-next-review = अर्को समीक्षा कहिले हुन्छ?
