# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = সহায়তা পরিকল্পনা: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = সহায়তা পরিকল্পনা: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = ব্যক্তিগত শিক্ষা পরিকল্পনা ({ EN("IEP") }): পরিবারের কপি

# Under the main heading, for the school's copy.
iep-copy-school = ব্যক্তিগত শিক্ষা পরিকল্পনা ({ EN("IEP") }): স্কুলের কপি

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = দলে শেখার পরিকল্পনা – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = দলে শেখার পরিকল্পনা: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = দলে শেখার পরিকল্পনা: পরিবারের কপি

# Under the main heading, for the school's copy.
group-copy-school = দলে শেখার পরিকল্পনা: স্কুলের কপি

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } একটি ছোট দলে এই লক্ষ্যগুলো নিয়ে কাজ করে। দলে আরও কয়েকজন শিক্ষার্থী আছে, যাদেরও একই ধরনের সাহায্য দরকার। এই পরিকল্পনায় লেখা আছে দলটি কোন কোন বিষয়ে কাজ করছে, কারা সাহায্য করেন, এবং বাড়িতে আপনি কীভাবে আপনার সন্তানকে সাহায্য করতে পারেন।

## Opening for parents

iep-intro-heading = এই পরিকল্পনা সম্পর্কে

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = স্কুলে { $name } কী কী বাড়তি সাহায্য পায়, এই পরিকল্পনায় তা লেখা আছে। এতে আরও লেখা আছে { $name } কোন কোন বিষয়ে কাজ করছে, কারা সাহায্য করেন, এবং আপনি বাড়িতে কীভাবে সাহায্য করতে পারেন।

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = { $date } তারিখে আমরা আপনার সঙ্গে বসে পরিকল্পনাটি আবার দেখব। সেই মিটিংয়ে আপনি প্রশ্ন করতে পারেন এবং আপনার মতামত আমাদের জানাতে পারেন। আপনি চাইলে কাউকে সঙ্গে নিয়ে আসতে পারেন।

iep-intro-formats = আপনি যদি এই পরিকল্পনা অন্য কোনো ভাষায় বা বড় অক্ষরে চান, অথবা চান যে কেউ এটি আপনাকে পড়ে শোনাক, তাহলে অনুগ্রহ করে স্কুল অফিসে জানান।

## Key facts

facts-heading = মূল তথ্য
fact-pupil = শিক্ষার্থী
fact-known-as = যে নামে ডাকা হয়
fact-date-of-birth = জন্মতারিখ
fact-year-group = স্কুলের বছর ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] স্কুলের প্রথম বছর ({ EN("Reception") })
       *[other] ইয়ার { $year }
    }

fact-class = ক্লাস
fact-family = মা-বাবা ও দেখাশোনাকারী
fact-stage = সহায়তার ধাপ
fact-areas = যেসব বিষয়ে সাহায্য দরকার
fact-class-teacher = ক্লাস টিচার
fact-written-by = পরিকল্পনাটি লিখেছেন
fact-start = পরিকল্পনা শুরুর তারিখ
fact-review = পর্যালোচনার তারিখ ({ EN("review") })

## Stages of support

stage-sen-support = বিশেষ শিক্ষাগত চাহিদার জন্য সহায়তা ({ EN("SEN Support") })
stage-ehc-plan = শিক্ষা, স্বাস্থ্য ও পরিচর্যা পরিকল্পনা ({ EN("EHC plan") })
stage-early-years-action = ছোট বয়সে সহায়তা ({ EN("Early Years Action") })
stage-early-years-action-plus = ছোট বয়সে বাইরের বিশেষজ্ঞদের নিয়ে সহায়তা ({ EN("Early Years Action Plus") })
stage-school-action = স্কুলের নিজস্ব সহায়তা ({ EN("School Action") })
stage-school-action-plus = বাইরের বিশেষজ্ঞদের নিয়ে স্কুলের সহায়তা ({ EN("School Action Plus") })
stage-statement = বিশেষ শিক্ষাগত চাহিদার সরকারি বিবৃতি ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = যোগাযোগ ও মেলামেশা
area-cognition-and-learning = শেখা ও বোঝা
area-social-emotional-mental-health = সামাজিক, আবেগীয় ও মানসিক স্বাস্থ্য
area-sensory-and-physical = ইন্দ্রিয় ও শরীর-সংক্রান্ত চাহিদা

## Relationships

relationship-mother = মা
relationship-father = বাবা
relationship-parent = মা/বাবা
relationship-carer = দেখাশোনাকারী
relationship-foster-carer = পালক অভিভাবক ({ EN("foster carer") })
relationship-guardian = অভিভাবক
relationship-grandmother = দাদি/নানি
relationship-grandfather = দাদা/নানা
relationship-aunt = খালা/ফুপু
relationship-uncle = চাচা/মামা
relationship-sister = বোন
relationship-brother = ভাই

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = শিক্ষকের সহকারী
role-class-teacher = ক্লাস টিচার
role-senco = বিশেষ চাহিদার সহায়তার দায়িত্বে থাকা শিক্ষক, { EN("SENCo") }
role-learning-mentor = পড়াশোনায় সাহায্যকারী পরামর্শদাতা
role-teacher-of-the-deaf = শোনার সমস্যা আছে এমন শিশুদের শিক্ষক
role-specialist-teacher = বিশেষজ্ঞ শিক্ষক
role-speech-and-language-therapist = কথা বলা ও ভাষার থেরাপিস্ট
role-educational-psychologist = শিক্ষা মনোবিজ্ঞানী
role-occupational-therapist = দৈনন্দিন কাজের দক্ষতা বাড়ানোর থেরাপিস্ট
role-physiotherapist = ফিজিওথেরাপিস্ট
role-school-nurse = স্কুলের নার্স
role-family-support-worker = পরিবারকে সহায়তাকারী কর্মী
role-head-teacher = প্রধান শিক্ষক
role-lunchtime-supervisor = দুপুরের খাবারের সময় দেখাশোনার কর্মী

## When and how often
# A target's "when", written out. The parts are joined as a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks"). Bengali "one" also covers 0, so both
# branches of each plural select show the number.

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } মিনিট
       *[other] { $minutes } মিনিট
    }

# How many times a week, perhaps at one part of the day ("4 mornings a week" is "on 4 days
# a week, in the morning").
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] সপ্তাহে { $times } দিন সকালে
               *[other] সপ্তাহে { $times } দিন সকালে
            }
        [afternoon]
            { $times ->
                [one] সপ্তাহে { $times } দিন দুপুরের পরে
               *[other] সপ্তাহে { $times } দিন দুপুরের পরে
            }
        [lunchtime]
            { $times ->
                [one] সপ্তাহে { $times } দিন দুপুরের খাবারের সময়
               *[other] সপ্তাহে { $times } দিন দুপুরের খাবারের সময়
            }
       *[none]
            { $times ->
                [one] সপ্তাহে { $times } বার
               *[other] সপ্তাহে { $times } বার
            }
    }

# On which days of the week, perhaps at one part of the day ("every Tuesday and Thursday
# morning"); the number of days does not change the words.
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] প্রতি { $days } সকালে
        [afternoon] প্রতি { $days } দুপুরের পরে
        [lunchtime] প্রতি { $days } দুপুরের খাবারের সময়
       *[none]
            { $count ->
                [one] প্রতি { $days }
               *[other] প্রতি { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] প্রতিটি ক্লাসে
        [day] প্রতিদিন
        [morning] প্রতিদিন সকালে
        [afternoon] প্রতিদিন দুপুরের পরে
        [lunchtime] প্রতিদিন দুপুরের খাবারের সময়
        [playtime] প্রতিটি বিরতিতে
        [after-playtime] প্রতিটি বিরতির পরে
        [week] প্রতি সপ্তাহে
        [two-weeks] দুই সপ্তাহ পরপর
        [half-term] প্রতি হাফ টার্মে
       *[term] প্রতি টার্মে
    }

# How often, and at what time of day ("every morning, time 8:50").
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it
when-at = { $when }, সময় { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] { $weeks } সপ্তাহ ধরে
       *[other] { $weeks } সপ্তাহ ধরে
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
about-heading = { $name } কী ভালো পারে এবং কী করতে ভালোবাসে

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } কোন কোন কাজ কঠিন মনে করে

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = কী করলে { $name } সুবিধা পায়

## Targets

targets-heading = লক্ষ্য

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] এই পরিকল্পনায় { $name } { $count }টি লক্ষ্য নিয়ে কাজ করবে।
       *[other] এই পরিকল্পনায় { $name } { $count }টি লক্ষ্য নিয়ে কাজ করবে।
    } লক্ষ্য মানে একটি ছোট ধাপ, যা আমরা যাচাই করে দেখতে পারি।

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = লক্ষ্য { $number }

target-who = কারা সাহায্য করেন
target-does-what = তাঁরা কী করেন
target-when = কখন এবং কতবার
target-success = কাজ হচ্ছে কি না, তা আমরা কীভাবে বুঝব
target-home = আপনি বাড়িতে কী করতে পারেন

## The rest of the plan

home-heading = বাড়িতে সাহায্য
exit-heading = বাড়তি সাহায্য কখন বন্ধ হতে পারে
further-heading = আরও মূল্যায়ন ও সেবা
further-assessments = আমরা যেসব মূল্যায়নের পরিকল্পনা করেছি
further-agencies = স্কুলের বাইরের যেসব সেবা সাহায্য করছে

## Outside agencies

agency-educational-psychology = শিক্ষা মনোবিজ্ঞানী ({ EN("educational psychologist") })
agency-speech-and-language-therapy = কথা বলা ও ভাষার থেরাপি ({ EN("speech and language therapy") })
agency-behaviour-support = আচরণ বিষয়ে সহায়তা সেবা ({ EN("behaviour support") })
agency-hearing-support = শোনার সমস্যায় সহায়তা সেবা ({ EN("hearing support") })
agency-vision-support = দেখার সমস্যায় সহায়তা সেবা ({ EN("vision support") })
agency-sensory-support = ইন্দ্রিয়-সংক্রান্ত সহায়তা সেবা ({ EN("sensory support") })
agency-occupational-therapy = দৈনন্দিন কাজের দক্ষতা বাড়ানোর থেরাপি ({ EN("occupational therapy") })
agency-physiotherapy = ফিজিওথেরাপি ({ EN("physiotherapy") })
agency-camhs = শিশু ও কিশোরদের মানসিক স্বাস্থ্য সেবা ({ EN("CAMHS") })
agency-school-nurse = স্কুলের নার্স
agency-paediatrician = শিশু বিশেষজ্ঞ ডাক্তার ({ EN("paediatrician") })
agency-early-help = পরিবারের জন্য শুরুতেই সহায়তা ({ EN("early help") })

## Review

review-heading = পরিকল্পনাটি কেমন চলল
review-date = মিটিংয়ের তারিখ
review-present = কারা উপস্থিত ছিলেন
review-outcomes = লক্ষ্য ও ফলাফল
review-col-target = লক্ষ্য
review-col-result = ফলাফল
review-col-comment = মন্তব্য

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = লক্ষ্য { $number }

outcome-achieved = পূরণ হয়েছে
outcome-partly = কিছুটা পূরণ হয়েছে
outcome-not-yet = এখনও পূরণ হয়নি

review-progress = অগ্রগতি

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } কী বলেছে

review-parent-comment = পরিবার কী বলেছে
review-teacher-comment = স্কুল কী বলেছে
review-next-steps = পরবর্তী পদক্ষেপ
review-next-review = পরবর্তী পর্যালোচনা

## Help for parents

contact-heading = প্রশ্ন ও সাহায্য

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = এই পরিকল্পনা নিয়ে আপনার কোনো প্রশ্ন থাকলে অনুগ্রহ করে ক্লাস টিচারের সঙ্গে কথা বলুন, অথবা স্কুলে বিশেষ চাহিদার সহায়তার দায়িত্বে থাকা শিক্ষকের ({ EN("SENCo") }) সঙ্গে কথা বলুন। তাঁর নাম { $senco }।

contact-school-phone = স্কুলের ফোন নম্বর

support-intro = স্কুল থেকে আলাদা একটি সেবা থেকেও আপনি বিনামূল্যে পরামর্শ নিতে পারেন:
support-phone = ফোন
support-text = টেক্সট মেসেজ
support-email = ই-মেইল
support-web = ওয়েবসাইট
support-drop-in = আগে সময় না নিয়ে সরাসরি দেখা করা ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = পৃষ্ঠা { $page } (মোট { $total })

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = অভিভাবকদের সঙ্গে সাক্ষাতের সন্ধ্যার প্রিন্ট প্যাক

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = এই প্যাকে { $appointments ->
        [one] { $appointments }টি অ্যাপয়েন্টমেন্টের
       *[other] { $appointments }টি অ্যাপয়েন্টমেন্টের
    } জন্য { $documents ->
        [one] { $documents }টি ডকুমেন্ট
       *[other] { $documents }টি ডকুমেন্ট
    } আছে, অ্যাপয়েন্টমেন্টের ক্রম অনুযায়ী সাজানো।

pack-duplex = অনুগ্রহ করে এটি কাগজের দুই পাশেই প্রিন্ট করুন। প্রতিটি ডকুমেন্ট নতুন একটি কাগজে শুরু হয়, তাই একই কাগজে কখনো দুটি পরিবারের কাগজপত্র থাকে না।

pack-files = প্রতিটি ডকুমেন্ট আলাদা ফাইল হিসেবেও সেভ করা আছে। কোনো পরিবার ই-মেইলে কপি চাইলে তাঁদের শুধু তাঁদের নিজেদের ফাইলটি পাঠান: স্ক্রিন রিডার এটি পড়ে শোনাতে পারে।

pack-appointments-heading = অ্যাপয়েন্টমেন্ট
pack-col-time = সময়
pack-col-pupil = শিক্ষার্থী
pack-col-teacher = শিক্ষক
pack-col-room = কক্ষ
pack-col-parent-copy = পরিবারের কপি
pack-col-school-copy = স্কুলের কপি
pack-col-page = পৃষ্ঠা

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = পরিবারের কপি, ভাষা: { $language }
pack-copy-parent-large = পরিবারের কপি, বড় অক্ষরে, ভাষা: { $language }
pack-copy-school = স্কুলের কপি, ভাষা: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, বড় অক্ষরে

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count }টি লেখা অনুবাদ করা হয়নি
       *[other] { $count }টি লেখা অনুবাদ করা হয়নি
    })

pack-missing-heading = এই প্যাকে নেই
pack-missing-intro = এই অ্যাপয়েন্টমেন্টগুলোর কোনো ডকুমেন্ট নেই, কারণ এগুলোর পরিকল্পনা থেকে ডকুমেন্ট তৈরি করা যায়নি। কী ঠিক করতে হবে, তা সব কাজ শেষে দেখানো সারসংক্ষেপে লেখা আছে।
pack-col-problem = সমস্যা

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] ইংরেজি
        [pl] পোলিশ
        [ro] রোমানীয়
        [pa] পাঞ্জাবি (গুরুমুখী লিপি)
        [pa-Arab] পাঞ্জাবি (শাহমুখী লিপি)
        [ur] উর্দু
        [pt] পর্তুগিজ
        [es] স্প্যানিশ
        [it] ইতালীয়
        [fr] ফরাসি
        [bn] বাংলা
        [gu] গুজরাটি
        [ar] আরবি
        [sq] আলবেনীয়
        [so] সোমালি
        [lt] লিথুয়ানীয়
        [uk] ইউক্রেনীয়
        [tr] তুর্কি
        [fa] ফারসি
        [ta] তামিল
        [bg] বুলগেরীয়
        [hu] হাঙ্গেরীয়
        [ru] রুশ
        [zh-Hans] চীনা ম্যান্ডারিন (সরলীকৃত)
        [zh-Hant] ম্যান্ডারিন চীনা (ঐতিহ্যবাহী)
        [ps] পশতু
        [ti] তিগরিনিয়া
        [ne] নেপালি
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
provision-title = বাড়তি সহায়তার তালিকা – { $school }
provision-heading = বাড়তি সহায়তার তালিকা ({ EN("provision map") })
provision-intro = বিশেষ শিক্ষাগত চাহিদা আছে এমন শিক্ষার্থীদের জন্য স্কুল যে বাড়তি সহায়তা চালায়, এই তালিকায় তা লেখা আছে: কারা এটি চালান, কতবার হয়, কত খরচ হয়, কারা এতে অংশ নেয় এবং এতে কী পরিবর্তন আসে।

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = এই ক্ষেত্রের মোট খরচ: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = সব বাড়তি সহায়তার মোট খরচ: { $amount }

provision-col-support = সহায়তা
provision-col-staff = কে চালান
provision-col-group = দলে কতজন
provision-col-often = কতবার
provision-col-weeks = কত সপ্তাহ
provision-col-measure = অগ্রগতি কীভাবে মাপা হয়
provision-col-cost = খরচ
provision-col-per-pupil = প্রতি শিক্ষার্থীর খরচ
provision-col-pupils = শিক্ষার্থী

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } মিনিট, { $sessions ->
        [one] সপ্তাহে { $sessions } বার
       *[other] সপ্তাহে { $sessions } বার
    }

provision-impact-heading = প্রভাব
provision-impact-intro = এই অংশে শুধু সেই শিক্ষার্থীরা আছে, যাদের শুরুর ও শেষের, দুটি স্কোরই আছে। প্রতি পয়েন্টের খরচ মানে প্রতি শিক্ষার্থীর খরচকে গড় উন্নতি দিয়ে ভাগ করা।
provision-col-entry = শুরুতে গড় স্কোর
provision-col-exit = শেষে গড় স্কোর
provision-col-gain = গড় উন্নতি
provision-col-per-point = প্রতি শিক্ষার্থীর খরচ, প্রতি পয়েন্ট উন্নতিতে
provision-no-scores = এখনও কোনো স্কোর নেই

provision-gaps-heading = ঘাটতি
provision-no-gaps = পরিকল্পনায় লেখা প্রতিটি চাহিদার জন্য শিক্ষার্থী কোনো না কোনো সহায়তায় অংশ নিচ্ছে।

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: পরিকল্পনায় এমন কিছু চাহিদা লেখা আছে, যার জন্য শিক্ষার্থী কোনো সহায়তায় অংশ নিচ্ছে না ({ $areas })।

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = চাহিদার এই ক্ষেত্রের জন্য কোনো সহায়তা নেই: { $area }।

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = বাড়তি সহায়তার তালিকা – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = বাড়তি সহায়তা: { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = যেসব শিক্ষার্থীর দরকার, তাদের জন্য স্কুল যে বাড়তি সহায়তা দেয়, এই তালিকায় তা দেখানো হয়েছে। { $name } যে সহায়তা পায়, তা শেষ কলামে চিহ্ন দিয়ে দেখানো আছে এবং মোটা অক্ষরে ছাপা হয়েছে।

provision-offer-heading = স্কুল যে সহায়তা দেয়

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } কি অংশ নেয়
provision-mine = হ্যাঁ, অংশ নেয়

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name } যে সহায়তা পাচ্ছে, তা কেমন চলছে

provision-col-start = শুরুর তারিখ
provision-col-per-week = সপ্তাহে কতবার
provision-col-score-start = শুরুতে স্কোর
provision-col-score-end = শেষে স্কোর
provision-no-score = এখনও নয়

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = প্রতি সপ্তাহে { $name } কখন সহায়তা পায়

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = স্কুলের একটি সাধারণ সপ্তাহে { $name } বাড়তি সহায়তার যেসব পাঠে অংশ নেয়: প্রতিটি পাঠ কী, কে চালান, আর কতক্ষণ চলে।

# The heading of the school's week of support (for staff).
provision-school-week-heading = সপ্তাহজুড়ে সহায়তা

provision-school-week-intro = স্কুলের একটি সাধারণ সপ্তাহে প্রতিটি সহায়তা কখন হয়, কে চালান, কোথায় হয়, আর কতজন শিক্ষার্থীর জন্য।

# The first column of the week table: the time a session starts.
provision-col-time = সময়

# The row for sessions whose days are known but not their time.
provision-week-no-time = সময় এখনও ঠিক হয়নি

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } মিনিট
       *[other] { $minutes } মিনিট
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } জন শিক্ষার্থী
       *[other] { $count } জন শিক্ষার্থী
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = আপনার সন্তানের সহায়তা পরিকল্পনা ({ EN("IEP") }): মা-বাবার জন্য নির্দেশিকা
leaflet-iep-intro = কিছু শিশুর স্কুলে শিখতে এবং ভালোভাবে এগিয়ে যেতে বাড়তি সাহায্য দরকার হয়। সেই সাহায্যের জন্য স্কুল যে পরিকল্পনা লেখে, এবং আপনি কীভাবে তাতে অংশ নিতে পারেন, এই নির্দেশিকায় তা বুঝিয়ে বলা হয়েছে।

leaflet-what-heading = { EN("IEP") } কী
leaflet-what-is = { EN("IEP") } (ব্যক্তিগত শিক্ষা পরিকল্পনা) হলো একটি শিশুর জন্য লেখা একটি ছোট পরিকল্পনা। এখন অনেক স্কুল একে সহায়তা পরিকল্পনা ({ EN("support plan") }) বলে। এতে লেখা থাকে আপনার সন্তান কোন কোন বিষয়ে কাজ করছে, সাহায্যের জন্য স্কুল কী করবে, এবং আপনি বাড়িতে কী করতে পারেন।
leaflet-what-who = স্কুল আপনার সঙ্গে মিলে এটি লেখে, এবং সম্ভব হলে আপনার সন্তানের সঙ্গেও। আপনার নিজের একটি কপি পাওয়ার কথা। যে ভাষায় বা যে রূপে আপনি পড়তে পারেন, সেভাবে এটি চেয়ে নিতে পারেন।

leaflet-contents-heading = এতে কী কী থাকে
leaflet-contents-intro = একটি পরিকল্পনায় সাধারণত এই অংশগুলো থাকে:
leaflet-contents-strengths = আপনার সন্তান কী ভালো পারে এবং কী করতে ভালোবাসে
leaflet-contents-needs = আপনার সন্তানের কাছে কোন কোন কাজ কঠিন
leaflet-contents-targets = তিন বা চারটি লক্ষ্য: পরের যে ধাপগুলোর দিকে আপনার সন্তান এগোচ্ছে
leaflet-contents-help = কারা সাহায্য করেন, তাঁরা কী করেন, এবং কতবার
leaflet-contents-home = আপনি বাড়িতে কী করতে পারেন
leaflet-contents-review = পরিকল্পনাটি আবার কবে দেখা হবে

leaflet-smart-heading = { EN("SMART") } লক্ষ্য
leaflet-smart-intro = ভালো লক্ষ্য { EN("SMART") } হয়। { EN("SMART") } কথাটি পাঁচটি ইংরেজি শব্দের প্রথম অক্ষর দিয়ে তৈরি। এর মানে:
leaflet-smart-specific = { EN("Specific") } (সুনির্দিষ্ট): লক্ষ্যে পরিষ্কার করে বলা থাকে, আপনার সন্তান ঠিক কী করতে শিখবে।
leaflet-smart-measurable = { EN("Measurable") } (মাপা যায়): লক্ষ্য কখন পূরণ হলো, তা সবাই দেখতে পারে।
leaflet-smart-achievable = { EN("Achievable") } (পূরণ করা সম্ভব): ঠিকমতো সাহায্য পেলে আপনার সন্তান লক্ষ্যে পৌঁছাতে পারে।
leaflet-smart-relevant = { EN("Relevant") } (প্রাসঙ্গিক): লক্ষ্যগুলো আপনার সন্তানের শেখা ও জীবনের জন্য গুরুত্বপূর্ণ।
leaflet-smart-time-bound = { EN("Time-bound") } (সময় বাঁধা): কবের মধ্যে পূরণ হবে, তা বলা থাকে, সাধারণত পরবর্তী পর্যালোচনার মধ্যে।
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = যেমন, "আরও ভালো পড়া" { EN("SMART") } লক্ষ্য নয়। কিন্তু "জানুয়ারির পর্যালোচনার মধ্যে শব্দ-কার্ডের { $total }টি সাধারণ শব্দের মধ্যে { $read }টি পড়তে পারা, এক সপ্তাহ পরপর দুবার যাচাই করে" হলো একটি { EN("SMART") } লক্ষ্য।

leaflet-review-heading = পর্যালোচনা ({ EN("review") })
leaflet-review-when = পর্যালোচনা মিটিংয়ে পরিকল্পনাটি আবার দেখা হয়। এই মিটিং সাধারণত প্রতি টার্মে একবার হয়, অর্থাৎ বছরে প্রায় তিনবার। স্কুল আপনার সঙ্গে বসে প্রতিটি লক্ষ্য যাচাই করে: লক্ষ্যটি পূরণ হয়েছে কি না, আর কী সাহায্য করেছে?
leaflet-review-you = প্রতিটি পর্যালোচনায় আপনাকে ডাকা হয়। আপনার মতামত গুরুত্বপূর্ণ: বাড়িতে আপনি কী দেখেন এবং কোন বিষয়ে আপনার চিন্তা হয়, তা স্কুলকে জানান। আপনার সন্তানও অংশ নিতে পারে: মিটিংয়ের কিছু অংশে এসে, অথবা মিটিংয়ের আগে নিজের মতামত জানিয়ে। তারপর সবাই মিলে নতুন লক্ষ্য ঠিক করা হয়।

leaflet-map-heading = বাড়তি সহায়তার তালিকা ({ EN("provision map") })
leaflet-map-what = বাড়তি সহায়তার তালিকায় স্কুলের চালানো সব বাড়তি সহায়তা লেখা থাকে, যেমন পড়ার ছোট দল, বা প্রতিদিন অল্প সময়ের জন্য শিশুর খোঁজখবর নেওয়া। প্রতিটি সহায়তা কারা চালান, কতবার হয়, এবং এতে কী পরিবর্তন আসে, তালিকায় তা দেখানো হয়।
leaflet-map-yours = আপনি আপনার সন্তানের জন্য বাড়তি সহায়তার তালিকা চাইতে পারেন। এতে স্কুল যে সহায়তা দেয় তা দেখানো থাকে, আর আপনার সন্তান যে সহায়তা পায় তাতে চিহ্ন দেওয়া থাকে। সঙ্গে থাকে শুরুতে ও শেষে আপনার সন্তানের স্কোর।

leaflet-stages-heading = সহায়তার ধাপ
leaflet-stages-intro = বাড়তি সাহায্যের বিভিন্ন ধাপের জন্য স্কুল এই নামগুলো ব্যবহার করে:
leaflet-stage-sen-support = বিশেষ শিক্ষাগত চাহিদার জন্য সহায়তা ({ EN("SEN Support") }): স্কুল নিজের কর্মী ও নিজের সম্পদ দিয়ে বাড়তি সাহায্যের পরিকল্পনা করে, যা একটি সহায়তা পরিকল্পনায় লেখা থাকে।
leaflet-stage-ehc-plan = শিক্ষা, স্বাস্থ্য ও পরিচর্যা পরিকল্পনা ({ EN("EHC plan") }): স্থানীয় কাউন্সিলের তৈরি একটি আইনি পরিকল্পনা, এমন শিশুর জন্য যার এত বেশি সাহায্য দরকার, যা স্কুল নিজের সম্পদ দিয়ে দিতে পারে না।
leaflet-stage-school-action = স্কুলের নিজস্ব সহায়তা ({ EN("School Action") }): স্কুল নিজের কর্মী ও নিজের সম্পদ দিয়ে বাড়তি সাহায্য দেয়।
leaflet-stage-school-action-plus = বাইরের বিশেষজ্ঞদের নিয়ে স্কুলের সহায়তা ({ EN("School Action Plus") }): স্কুল বাইরের বিশেষজ্ঞদের কাছ থেকেও পরামর্শ বা সাহায্য নেয়।
leaflet-stage-statement = বিশেষ শিক্ষাগত চাহিদার সরকারি বিবৃতি ({ EN("Statement of SEN") }): স্থানীয় কাউন্সিলের একটি আইনি কাগজ, যাতে লেখা থাকে একটি শিশুকে কী কী সাহায্য অবশ্যই দিতে হবে।

leaflet-help-heading = স্কুল থেকে আলাদা সাহায্য
leaflet-help-intro = আপনি যেকোনো সময় ক্লাস টিচারের সঙ্গে, অথবা স্কুলে বিশেষ চাহিদার সহায়তার দায়িত্বে থাকা ব্যক্তির সঙ্গে কথা বলতে পারেন। স্কুল থেকে আলাদা জায়গা থেকেও আপনি বিনামূল্যে পরামর্শ নিতে পারেন:
leaflet-help-none = আপনার এলাকায় বিশেষ শিক্ষাগত চাহিদা নিয়ে তথ্য, পরামর্শ ও সহায়তা দেয় যে সেবা, তার বিস্তারিত তথ্য স্কুলের কাছে চেয়ে নিন। তাদের পরামর্শ বিনামূল্যে, আর এই সেবা স্কুল থেকে আলাদা।

leaflet-formats-heading = অন্য ভাষায় বা অন্য রূপে
leaflet-formats-ask = এই লিফলেট এবং আপনার সন্তানের পরিকল্পনা আপনি স্কুলের কাছে অন্য ভাষায়, বড় অক্ষরে, ব্রেইলে ({ EN("Braille") }) বা রেকর্ডিং হিসেবে চাইতে পারেন। এগুলো ই-মেইলে পাঠাতেও বলতে পারেন। শুধু ক্লাস টিচার বা স্কুল অফিসকে জানান।

leaflet-languages-heading = আপনার ভাষায় এই লিফলেট

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = এই লিফলেটটি বাংলায় পাওয়া যায়। একটি কপির জন্য স্কুলকে বলুন।

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = পর্যালোচনায় যেসব প্রশ্ন করতে পারেন
leaflet-questions-intro = আপনার সন্তানের পর্যালোচনা মিটিংয়ে এই কার্ডটি সঙ্গে নিয়ে যেতে পারেন। যে প্রশ্নগুলো আপনার কাছে গুরুত্বপূর্ণ, সেগুলো বেছে নিন, আর প্রতিটি প্রশ্নের নিচের ফাঁকা জায়গায় নোট লিখে রাখুন।
leaflet-question-progress = প্রতিটি লক্ষ্যে আমার সন্তান কেমন করেছে?
leaflet-question-helped = আমার সন্তানকে সবচেয়ে বেশি কী সাহায্য করেছে, আর কী কাজে আসেনি?
leaflet-question-next = নতুন লক্ষ্যগুলো কী, আর কেন এগুলোই?
leaflet-question-who = আমার সন্তানকে কে সাহায্য করবেন, আর কতবার?
leaflet-question-home = সাহায্য করার জন্য আমি বাড়িতে কী করতে পারি?
leaflet-question-child = আমার সন্তান নিজে কী ভাবে, আর সে কীভাবে অংশ নিতে পারে?
leaflet-question-friends = অন্য বাচ্চাদের সঙ্গে আমার সন্তানের মেলামেশা কেমন চলছে?
leaflet-question-assess = স্কুলের বাইরে থেকে কোনো মূল্যায়ন বা সাহায্যের পরিকল্পনা আছে কি?
leaflet-question-contact = পরবর্তী পর্যালোচনার আগে কোনো বিষয়ে চিন্তা হলে আমি কার সঙ্গে কথা বলব?
leaflet-question-next-review = পরবর্তী পর্যালোচনা কবে?
