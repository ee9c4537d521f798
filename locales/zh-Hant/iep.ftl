# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = { $pupil }的支援計劃

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = { $pupil }的支援計劃

# Under the main heading, for the family's copy.
iep-copy-parent = 個別學習計劃（{ EN("IEP") }）：家庭副本

# Under the main heading, for the school's copy.
iep-copy-school = 個別學習計劃（{ EN("IEP") }）：學校副本

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = 小組學習計劃：{ $group }－{ $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = 小組學習計劃：{ $group }

# Under the main heading, for the family's copy.
group-copy-parent = 小組學習計劃：家庭副本

# Under the main heading, for the school's copy.
group-copy-school = 小組學習計劃：學校副本

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name }會和其他需要同類幫助的學生一起，在小組中朝着這些目標努力。這份計劃說明小組正在學習甚麼、由誰幫助，以及您在家可以怎樣幫助{ $name }。

## Opening for parents

iep-intro-heading = 關於這份計劃

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = 這份計劃列出{ $name }在學校得到的額外幫助，說明{ $name }正在學習甚麼、由誰幫助，以及您在家可以怎樣幫忙。

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = 我們會在{ $date }與您再次檢視這份計劃。在會議上，您可以提出問題，並告訴我們您的看法。歡迎您找人陪同出席。

iep-intro-formats = 如您希望取得這份計劃的其他語言版本、大字版或朗讀版本，請向學校校務處查詢。

## Key facts

facts-heading = 重要資料
fact-pupil = 學生
fact-known-as = 常用名字
fact-date-of-birth = 出生日期
fact-year-group = 英國學校的年級（{ EN("Year group") }）

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") }（英國小學的第一年）
       *[other] { $year }
    }

fact-class = 班別
fact-family = 家長及照顧者
fact-stage = 支援階段
fact-areas = 需要支援的範疇
fact-class-teacher = 班主任
fact-written-by = 計劃撰寫人
fact-start = 計劃開始日期
fact-review = 計劃檢討日期（{ EN("review") }）

## Stages of support

stage-sen-support = 特殊教育需要支援（{ EN("SEN Support") }）
stage-ehc-plan = 教育、健康及照顧計劃（{ EN("EHC plan") }）
stage-early-years-action = 幼兒階段支援（{ EN("Early Years Action") }）
stage-early-years-action-plus = 幼兒階段支援，並有校外專家參與（{ EN("Early Years Action Plus") }）
stage-school-action = 學校支援（{ EN("School Action") }）
stage-school-action-plus = 學校支援，並有校外專家參與（{ EN("School Action Plus") }）
stage-statement = 特殊教育需要評定書（{ EN("Statement of SEN") }）

## Areas of need

area-communication-and-interaction = 溝通及與人互動
area-cognition-and-learning = 學習及理解
area-social-emotional-mental-health = 社交、情緒及精神健康
area-sensory-and-physical = 感官及肢體需要

## Relationships

relationship-mother = 母親
relationship-father = 父親
relationship-parent = 家長
relationship-carer = 照顧者
relationship-foster-carer = 寄養家長
relationship-guardian = 監護人
relationship-grandmother = 祖母／外祖母
relationship-grandfather = 祖父／外祖父
relationship-aunt = 姑母／姨母
relationship-uncle = 伯父／叔父／舅父
relationship-sister = 姐姐／妹妹
relationship-brother = 哥哥／弟弟

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = 教學助理
role-class-teacher = 班主任
role-senco = 特殊教育需要統籌主任，{ EN("SENCo") }
role-learning-mentor = 學習導師
role-teacher-of-the-deaf = 聽障兒童教師
role-specialist-teacher = 專科支援教師
role-speech-and-language-therapist = 言語治療師
role-educational-psychologist = 教育心理學家
role-occupational-therapist = 職業治療師
role-physiotherapist = 物理治療師
role-school-nurse = 學校護士
role-family-support-worker = 家庭支援工作員
role-head-teacher = 校長
role-lunchtime-supervisor = 午膳當值人員

## When and how often
# A target's "when", written out. The parts are joined with a full-width comma
# ("10分鐘，每星期4個上午，為期6個星期"). Chinese has no plural forms (CLDR: other
# only), so every count is shown as a number and needs no select.

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes = { $minutes }分鐘

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning] 每星期{ $times }個上午
        [afternoon] 每星期{ $times }個下午
        [lunchtime] 每星期{ $times }天的午膳時間
       *[none] 每星期{ $times }次
    }

# On which days of the week, perhaps at one part of the day. "逢" (on every) stands before
# the days ("逢星期二和星期四上午"); the number of days does not change the words.
# Variables:
#   $days (String) - the days, already joined as a list: "星期二和星期四"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] 逢{ $days }上午
        [afternoon] 逢{ $days }下午
        [lunchtime] 逢{ $days }午膳時間
       *[none]
            { $count ->
               *[other] 逢{ $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] 每節課
        [day] 每天
        [morning] 每天上午
        [afternoon] 每天下午
        [lunchtime] 每天午膳時間
        [playtime] 每次小息
        [after-playtime] 每次小息後
        [week] 每星期
        [two-weeks] 每兩星期
        [half-term] 每半個學期
       *[term] 每個學期
    }

# How often, and at what time of day: the time follows with no word between
# ("每天上午8:50").
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when }{ $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks = 為期{ $weeks }個星期

# Two parts of a schedule, one after the other ("10 minutes", "4 mornings a week").
# Variables:
#   $before (String) - the parts so far
#   $after (String) - the next part
when-parts = { $before }，{ $after }

# An assessment planned for a month ("December: A reading and spelling assessment").
# Variables:
#   $month (String) - the month's name, as the language writes it (from CLDR)
#   $entry (String) - the assessment
assessment-in-month = { $month }：{ $entry }



## The pupil

# Variables:
#   $name (String) - the name the pupil goes by
about-heading = { $name }擅長和喜歡的事情

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name }覺得困難的地方

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = 對{ $name }有幫助的方法

## Targets

targets-heading = 目標

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro = 在這份計劃中，{ $name }有{ $count }個目標。目標是一小步，我們可以檢查是否做到。

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = 目標{ $number }

target-who = 由誰幫助
target-does-what = 做甚麼
target-when = 時間和次數
target-success = 怎樣知道有成效
target-home = 您在家可以做甚麼

## The rest of the plan

home-heading = 在家幫助孩子
exit-heading = 甚麼時候可以停止額外幫助
further-heading = 其他評估及服務
further-assessments = 已安排的評估
further-agencies = 提供幫助的校外服務

## Outside agencies

agency-educational-psychology = 教育心理學家（{ EN("educational psychologist") }）
agency-speech-and-language-therapy = 言語治療（{ EN("speech and language therapy") }）
agency-behaviour-support = 行為支援服務（{ EN("behaviour support") }）
agency-hearing-support = 聽力支援服務
agency-vision-support = 視力支援服務
agency-sensory-support = 視力及聽力支援服務（{ EN("sensory support") }）
agency-occupational-therapy = 職業治療（{ EN("occupational therapy") }）
agency-physiotherapy = 物理治療
agency-camhs = 兒童及青少年精神健康服務（{ EN("CAMHS") }）
agency-school-nurse = 學校護士
agency-paediatrician = 兒科醫生（{ EN("paediatrician") }）
agency-early-help = 家庭早期支援（{ EN("Early Help") }）

## Review

review-heading = 計劃進展如何
review-date = 會議日期
review-present = 出席者
review-outcomes = 目標及結果
review-col-target = 目標
review-col-result = 結果
review-col-comment = 備註

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = 目標{ $number }

outcome-achieved = 已達到
outcome-partly = 部分達到
outcome-not-yet = 尚未達到

review-progress = 進展

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name }的意見

review-parent-comment = 家人的意見
review-teacher-comment = 學校的意見
review-next-steps = 下一步
review-next-review = 下次檢討

## Help for parents

contact-heading = 查詢及協助

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = 如您對這份計劃有任何疑問，請與班主任，或與學校負責特殊教育需要支援的特殊教育需要統籌主任（{ EN("SENCo") }）{ $senco }聯絡。

contact-school-phone = 學校電話號碼

support-intro = 您也可以向獨立於學校的機構免費尋求意見：
support-phone = 電話
support-text = 短訊
support-email = 電郵
support-web = 網站
support-drop-in = 無須預約，親臨查詢

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = 第{ $page }頁，共{ $total }頁

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = 家長日（{ EN("parents' evening") }）列印文件包

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = 這個文件包載有{ $documents }份文件，供{ $appointments }個面談使用，並按面談的先後次序排列。

pack-duplex = 請雙面列印。每份文件都由新的一張紙開始，所以每張紙都不會印有兩個家庭的文件。

pack-files = 每份文件亦另存為獨立的檔案。如家庭要求以電郵收取副本，請只把該家庭自己的檔案寄給他們：屏幕閱讀器可以朗讀這個檔案。

pack-appointments-heading = 面談
pack-col-time = 時間
pack-col-pupil = 學生
pack-col-teacher = 老師
pack-col-room = 房間
pack-col-parent-copy = 家長副本
pack-col-school-copy = 學校副本
pack-col-page = 頁碼

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = 家長副本（{ $language }）
pack-copy-parent-large = 家長副本（{ $language }，大字版）
pack-copy-school = 學校副本（{ $language }）

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }，大字版

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language }（{ $count }段文字未翻譯）

pack-missing-heading = 不在這個文件包內
pack-missing-intro = 以下面談沒有文件，因為未能把這些面談的計劃製作成文件。批次處理（{ EN("batch") }）完成時的總結會說明需要更正甚麼。
pack-col-problem = 問題

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] 英文
        [pl] 波蘭文
        [ro] 羅馬尼亞文
        [pa] 旁遮普文（古木基文字）
        [pa-Arab] 旁遮普文（沙木基文字）
        [ur] 烏爾都文
        [pt] 葡萄牙文
        [es] 西班牙文
        [it] 意大利文
        [fr] 法文
        [bn] 孟加拉文
        [gu] 古吉拉特文
        [ar] 阿拉伯文
        [sq] 阿爾巴尼亞文
        [so] 索馬里文
        [lt] 立陶宛文
        [uk] 烏克蘭文
        [tr] 土耳其文
        [fa] 波斯文
        [ta] 泰米爾文
        [bg] 保加利亞文
        [hu] 匈牙利文
        [ru] 俄文
        [zh-Hans] 簡體中文
        [zh-Hant] 繁體中文
        [ps] 普什圖文
        [ti] 提格利尼亞文
        [ne] 尼泊爾文
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
provision-title = 額外支援一覽表：{ $school }
provision-heading = 額外支援一覽表（{ EN("provision map") }）
provision-intro = 這份一覽表列出學校為有特殊教育需要的學生提供的額外支援：由誰負責、多久一次、費用多少、哪些學生參加，以及帶來甚麼成效。

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = 這個範疇的總費用：{ $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = 所有額外支援的總費用：{ $amount }

provision-col-support = 支援項目
provision-col-staff = 負責人員
provision-col-group = 小組人數
provision-col-often = 次數
provision-col-weeks = 星期數
provision-col-measure = 怎樣評估進展
provision-col-cost = 費用
provision-col-per-pupil = 每名學生的費用
provision-col-pupils = 學生

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = 每次{ $minutes }分鐘，每星期{ $sessions }次

provision-impact-heading = 成效
provision-impact-intro = 只計算開始時和結束時都有分數的學生。每分費用是每名學生的費用除以平均進步分數。
provision-col-entry = 開始時的平均分數
provision-col-exit = 結束時的平均分數
provision-col-gain = 平均進步分數
provision-col-per-point = 每名學生每進步一分的費用
provision-no-scores = 暫時未有分數

provision-gaps-heading = 支援缺口
provision-no-gaps = 計劃中列出的每項需要，都有學生參加的支援項目照顧到。

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }：計劃列出的一些需要，沒有任何該生參加的支援項目照顧到（{ $areas }）。

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = 沒有支援項目照顧這個需要範疇：{ $area }。

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = 額外支援一覽表：{ $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = { $name }得到的額外支援

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = 這份一覽表列出學校為有需要的學生提供的額外支援。{ $name }得到的支援在最後一欄標示，並以粗體印出。

provision-offer-heading = 學校提供的支援

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name }是否參加
provision-mine = 是，有參加

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name }的支援進展如何

provision-col-start = 開始日期
provision-col-per-week = 每星期次數
provision-col-score-start = 開始時的分數
provision-col-score-end = 結束時的分數
provision-no-score = 暫時未有

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = { $name }每星期接受支援的時間

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = { $name }在平常一個上課星期內接受的額外支援：每項支援是甚麼、由誰負責，以及每次多長時間。

# The heading of the school's week of support (for staff).
provision-school-week-heading = 每星期支援時間表

provision-school-week-intro = 在平常一個上課星期內，每項支援在甚麼時間進行、由誰負責、在哪裏進行，以及供多少名學生參加。

# The first column of the week table: the time a session starts.
provision-col-time = 時間

# The row for sessions whose days are known but not their time.
provision-week-no-time = 時間尚未確定

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes }分鐘

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count }名學生

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = 您孩子的支援計劃（{ EN("IEP") }）：家長指南
leaflet-iep-intro = 有些孩子在學校需要額外幫助，才能好好學習和適應。這份指南介紹學校為這些幫助而撰寫的計劃，以及您可以怎樣參與。

leaflet-what-heading = 甚麼是個別學習計劃（{ EN("IEP") }）
leaflet-what-is = 個別學習計劃（{ EN("IEP") }）是為一個孩子而設的簡短計劃。現在很多學校稱它為支援計劃（{ EN("support plan") }）。計劃說明您的孩子正在學習甚麼、學校會怎樣幫助，以及您在家可以做甚麼。
leaflet-what-who = 學校會與您一起撰寫這份計劃，並在可能的情況下讓孩子一同參與。您應該得到一份自己的副本，也可以要求學校以您看得懂的語言或形式提供。

leaflet-contents-heading = 計劃包括甚麼
leaflet-contents-intro = 一份計劃通常包括以下部分：
leaflet-contents-strengths = 您的孩子擅長和喜歡的事情
leaflet-contents-needs = 您的孩子覺得困難的地方
leaflet-contents-targets = 三至四個目標：孩子正在努力達到的下一步
leaflet-contents-help = 由誰幫助、做甚麼，以及多久一次
leaflet-contents-home = 您在家可以做甚麼
leaflet-contents-review = 甚麼時候再檢討計劃

leaflet-smart-heading = { EN("SMART") }目標
leaflet-smart-intro = 好的目標符合{ EN("SMART") }原則，即是：
leaflet-smart-specific = { EN("Specific") }（具體）：清楚說明孩子會學會做甚麼。
leaflet-smart-measurable = { EN("Measurable") }（可量度）：每個人都能看到目標甚麼時候達到。
leaflet-smart-achievable = { EN("Achievable") }（做得到）：孩子得到適當的幫助，就能達到目標。
leaflet-smart-relevant = { EN("Relevant") }（切合需要）：對孩子的學習和生活很重要。
leaflet-smart-time-bound = { EN("Time-bound") }（有時限）：說明要在甚麼時候之前達到，通常是下次檢討之前。
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = 例如，「讀得更好」不是{ EN("SMART") }目標。「在一月的檢討之前，在相隔一星期的兩次檢查中，讀出字卡上{ $total }個常用字中的{ $read }個」才是{ EN("SMART") }目標。

leaflet-review-heading = 檢討（{ EN("review") }）
leaflet-review-when = 計劃會在檢討會議上再次檢視，通常每個學期一次，即大約每年三次。學校會與您一起檢查每個目標：有沒有達到？甚麼方法有幫助？
leaflet-review-you = 每次檢討，您都會獲邀出席。您的意見很重要：請告訴學校您在家看到的情況，以及您擔心的事情。孩子也可以參與，例如出席部分會議，或在會議前說出自己的想法。然後，大家會一起訂立新的目標。

leaflet-map-heading = 額外支援一覽表（{ EN("provision map") }）
leaflet-map-what = 額外支援一覽表列出學校提供的所有額外支援，例如閱讀小組，或每天簡短地了解孩子的情況。一覽表說明每種支援由誰負責、多久一次，以及帶來甚麼成效。
leaflet-map-yours = 您可以要求學校提供您孩子的額外支援一覽表。一覽表會列出學校提供的支援，並標示您的孩子得到的支援，以及孩子在開始時和結束時的分數。

leaflet-stages-heading = 支援階段
leaflet-stages-intro = 學校用以下名稱表示不同程度的額外幫助：
leaflet-stage-sen-support = 特殊教育需要支援（{ EN("SEN Support") }）：學校運用本身的人手和資源，計劃額外的幫助，並寫在支援計劃中。
leaflet-stage-ehc-plan = 教育、健康及照顧計劃（{ EN("EHC plan") }）：由地方政府（{ EN("local council") }）制定、具法律效力的計劃，適用於所需幫助多於學校本身資源所能提供的孩子。
leaflet-stage-school-action = 學校支援（{ EN("School Action") }）：學校運用本身的人手和資源提供額外幫助。
leaflet-stage-school-action-plus = 學校支援，並有校外專家參與（{ EN("School Action Plus") }）：學校還會向校外的專家尋求意見或幫助。
leaflet-stage-statement = 特殊教育需要評定書（{ EN("Statement of SEN") }）：由地方政府發出、具法律效力的文件，列明孩子必須得到的幫助。

leaflet-help-heading = 獨立的協助
leaflet-help-intro = 您可以隨時與班主任，或與學校負責特殊教育需要支援的人員商量。您也可以免費取得獨立於學校的意見：
leaflet-help-none = 請向學校索取您所在地區的特殊教育需要資訊、意見及支援服務的聯絡資料。這項服務提供的意見是免費的，而且獨立於學校。

leaflet-formats-heading = 其他語言或形式
leaflet-formats-ask = 您可以要求學校提供這份單張和您孩子的計劃的其他語言版本、大字版、點字版或錄音版本，也可以要求以電郵收取。只需告訴班主任或學校校務處便可以。

leaflet-languages-heading = 以您的語言閱讀這份單張

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = 這份單張備有中文（繁體）版本，請向學校索取。

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = 檢討會議上可以問的問題
leaflet-questions-intro = 您可以帶這張問題卡出席孩子的檢討會議。請選出對您重要的問題，並在每條問題下面的空位寫下筆記。
leaflet-question-progress = 我的孩子在每個目標上的表現怎樣？
leaflet-question-helped = 甚麼對我的孩子最有幫助？甚麼方法沒有效？
leaflet-question-next = 新的目標是甚麼？為甚麼選這些目標？
leaflet-question-who = 誰會幫助我的孩子？多久一次？
leaflet-question-home = 我在家可以做甚麼來幫忙？
leaflet-question-child = 我的孩子有甚麼想法？孩子可以怎樣參與？
leaflet-question-friends = 我的孩子和其他孩子相處得怎樣？
leaflet-question-assess = 有沒有安排任何評估，或校外的幫助？
leaflet-question-contact = 如果我在下次檢討之前有擔心，應該找誰？
leaflet-question-next-review = 下次檢討是甚麼時候？
