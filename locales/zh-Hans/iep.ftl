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
iep-title = { $pupil }的支持计划

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = { $pupil }的支持计划

# Under the main heading, for the family's copy.
iep-copy-parent = 个别化教育计划（{ EN("IEP") }）：家庭版

# Under the main heading, for the school's copy.
iep-copy-school = 个别化教育计划（{ EN("IEP") }）：学校版

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = 小组学习计划——{ $group }——{ $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = 小组学习计划：{ $group }

# Under the main heading, for the family's copy.
group-copy-parent = 小组学习计划：家庭版

# Under the main heading, for the school's copy.
group-copy-school = 小组学习计划：学校版

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name }和其他需要同类帮助的学生一起，在小组里朝这些目标努力。这份计划说明小组正在练习什么、由谁提供帮助，以及您可以怎样在家里帮助{ $name }。

## Opening for parents

iep-intro-heading = 关于这份计划

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = 这份计划说明{ $name }在学校得到的额外帮助。计划写明{ $name }正在努力提高哪些方面、由谁提供帮助，以及您可以怎样在家里帮忙。

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = 我们将于{ $date }和您一起回顾这份计划。在这次会议上，您可以提问，也可以告诉我们您的想法。欢迎您带一个人陪您一起来。

iep-intro-formats = 如果您需要这份计划的其他语言版本、大字版或朗读版，请联系学校办公室。

## Key facts

facts-heading = 基本信息
fact-pupil = 学生
fact-known-as = 平时称呼
fact-date-of-birth = 出生日期
fact-year-group = 英国学校的年级（{ EN("Year group") }）

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") }（学前班，英国小学的第一年）
       *[other] { EN("Year") } { $year }
    }

fact-class = 班级
fact-family = 家长和照顾者
fact-stage = 支持级别
fact-areas = 需要帮助的方面
fact-class-teacher = 班主任
fact-written-by = 计划制定人
fact-start = 计划开始日期
fact-review = 回顾日期

## Stages of support

stage-sen-support = 特殊教育需要支持（{ EN("SEN Support") }）
stage-ehc-plan = 教育、健康和护理计划（{ EN("EHC plan") }）
stage-early-years-action = 幼儿阶段校内支持（{ EN("Early Years Action") }）
stage-early-years-action-plus = 幼儿阶段校内支持加校外专家帮助（{ EN("Early Years Action Plus") }）
stage-school-action = 校内支持（{ EN("School Action") }）
stage-school-action-plus = 校内支持加校外专家帮助（{ EN("School Action Plus") }）
stage-statement = 特殊教育需要认定书（{ EN("Statement of SEN") }）

## Areas of need

area-communication-and-interaction = 沟通与互动
area-cognition-and-learning = 学习与理解
area-social-emotional-mental-health = 社交、情绪与心理健康
area-sensory-and-physical = 感官与身体方面的需要

## Relationships

relationship-mother = 母亲
relationship-father = 父亲
relationship-parent = 家长
relationship-carer = 照顾者
relationship-foster-carer = 寄养家长
relationship-guardian = 监护人
relationship-grandmother = 祖母/外祖母
relationship-grandfather = 祖父/外祖父
relationship-aunt = 姑姑/姨妈
relationship-uncle = 叔叔/舅舅
relationship-sister = 姐姐/妹妹
relationship-brother = 哥哥/弟弟

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = 助教
role-class-teacher = 班主任
role-senco = 特殊教育需要协调员，{ EN("SENCo") }
role-learning-mentor = 学习导师
role-teacher-of-the-deaf = 听障儿童教师
role-specialist-teacher = 特殊教育专业教师
role-speech-and-language-therapist = 言语和语言治疗师
role-educational-psychologist = 教育心理学家
role-occupational-therapist = 作业治疗师
role-physiotherapist = 物理治疗师
role-school-nurse = 学校护士
role-family-support-worker = 家庭支持工作者
role-head-teacher = 校长
role-lunchtime-supervisor = 午餐时间看护员

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out, and when-parts puts the parts one after the other ("10 minutes, 4 mornings a
# week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes = { $minutes }分钟

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning] 每周{ $times }个上午
        [afternoon] 每周{ $times }个下午
        [lunchtime] 每周午餐时间{ $times }次
       *[none] 每周{ $times }次
    }

# On which days of the week, perhaps at one part of the day.
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] { $days }上午
        [afternoon] { $days }下午
        [lunchtime] { $days }午餐时间
       *[none]
            { $count ->
               *[other] { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] 每节课
        [day] 每天
        [morning] 每天上午
        [afternoon] 每天下午
        [lunchtime] 每天午餐时间
        [playtime] 每次课间休息
        [after-playtime] 每次课间休息之后
        [week] 每周
        [two-weeks] 每两周
        [half-term] 每半个学期
       *[term] 每个学期
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when }，{ $time }开始

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks = 为期{ $weeks }周

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
about-heading = { $name }擅长和喜欢的事情

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name }觉得困难的事情

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = 对{ $name }有帮助的方法

## Targets

targets-heading = 目标

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro = { $name }在这份计划中有{ $count }个目标。目标是我们可以检查的一小步。

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = 目标{ $number }

target-who = 谁来帮助
target-does-what = 做些什么
target-when = 时间和频率
target-success = 我们怎样知道是否有效
target-home = 您在家里可以做什么

## The rest of the plan

home-heading = 在家里帮助孩子
exit-heading = 什么时候可以停止额外帮助
further-heading = 其他检查和服务
further-assessments = 已经安排的检查
further-agencies = 提供帮助的校外服务机构

## Outside agencies

agency-educational-psychology = 教育心理学家（{ EN("educational psychologist") }）
agency-speech-and-language-therapy = 言语和语言治疗（{ EN("speech and language therapy") }）
agency-behaviour-support = 行为支持服务（{ EN("behaviour support") }）
agency-hearing-support = 听力支持服务
agency-vision-support = 视力支持服务
agency-sensory-support = 视力和听力支持服务（{ EN("sensory support") }）
agency-occupational-therapy = 作业治疗（{ EN("occupational therapy") }）
agency-physiotherapy = 物理治疗
agency-camhs = 儿童和青少年心理健康服务（{ EN("CAMHS") }）
agency-school-nurse = 学校护士
agency-paediatrician = 儿科医生
agency-early-help = 早期家庭支持服务（{ EN("Early Help") }）

## Review

review-heading = 计划进展如何
review-date = 会议日期
review-present = 参会人员
review-outcomes = 目标和结果
review-col-target = 目标
review-col-result = 结果
review-col-comment = 备注

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = 目标{ $number }

outcome-achieved = 已达成
outcome-partly = 部分达成
outcome-not-yet = 尚未达成

review-progress = 进展

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name }的意见

review-parent-comment = 家人的意见
review-teacher-comment = 学校的意见
review-next-steps = 下一步
review-next-review = 下次回顾

## Help for parents

contact-heading = 疑问与帮助

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = 如果您对这份计划有疑问，请和班主任谈一谈，或者和学校特殊教育需要支持的负责人（{ EN("SENCo") }）{ $senco }谈一谈。

contact-school-phone = 学校电话

support-intro = 您也可以从独立于学校的服务机构获得免费建议：
support-phone = 电话
support-text = 短信
support-email = 电子邮件
support-web = 网站
support-drop-in = 无需预约，直接上门

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = 第{ $page }页，共{ $total }页

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = 家长会打印资料包

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = 本资料包包含{ $documents }份文件，对应{ $appointments }个面谈预约，按预约的顺序排列。

pack-duplex = 请双面打印。每份文件都从新的一张纸开始，因此不会有一张纸上同时印有两个家庭的资料。

pack-files = 每份文件也单独保存为一个文件。家长要求通过电子邮件获取副本时，请只发送这个家庭自己的文件：屏幕阅读器可以朗读这个文件。

pack-appointments-heading = 面谈预约
pack-col-time = 时间
pack-col-pupil = 学生
pack-col-teacher = 教师
pack-col-room = 教室
pack-col-parent-copy = 家庭版
pack-col-school-copy = 学校版
pack-col-page = 页码

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = { $language }家庭版
pack-copy-parent-large = { $language }家庭版，大字版
pack-copy-school = { $language }学校版

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }，大字版

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language }（{ $count }段文字未翻译）

pack-missing-heading = 不在本资料包中
pack-missing-intro = 以下预约没有文件，因为相关的计划未能生成文件。批量处理结束时的摘要说明了需要更正的地方。
pack-col-problem = 问题

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] 英语
        [pl] 波兰语
        [ro] 罗马尼亚语
        [pa] 旁遮普语（果鲁穆奇文）
        [pa-Arab] 旁遮普语（沙木基文）
        [ur] 乌尔都语
        [pt] 葡萄牙语
        [es] 西班牙语
        [it] 意大利语
        [fr] 法语
        [bn] 孟加拉语
        [gu] 古吉拉特语
        [ar] 阿拉伯语
        [sq] 阿尔巴尼亚语
        [so] 索马里语
        [lt] 立陶宛语
        [uk] 乌克兰语
        [tr] 土耳其语
        [fa] 波斯语
        [ta] 泰米尔语
        [bg] 保加利亚语
        [hu] 匈牙利语
        [ru] 俄语
        [zh-Hans] 简体中文
        [zh-Hant] 繁体中文
        [ps] 普什图语
        [ti] 提格利尼亚语
        [ne] 尼泊尔语
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
provision-title = 额外支持一览表——{ $school }
provision-heading = 额外支持一览表（{ EN("provision map") }）
provision-intro = 这份一览表列出学校为有特殊教育需要的学生开展的额外支持：由谁负责、多久一次、费用多少、哪些学生参加，以及带来了什么改变。

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = 这一需要领域合计：{ $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = 全部额外支持的总费用：{ $amount }

provision-col-support = 支持措施
provision-col-staff = 负责人员
provision-col-group = 小组人数
provision-col-often = 频率
provision-col-weeks = 周数
provision-col-measure = 怎样衡量进展
provision-col-cost = 费用
provision-col-per-pupil = 每名学生的费用
provision-col-pupils = 学生

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes }分钟，每周{ $sessions }次

provision-impact-heading = 成效
provision-impact-intro = 只统计有开始和结束分数的学生。每提高一分的费用，等于每名学生的费用除以平均提高的分数。
provision-col-entry = 开始时的平均分
provision-col-exit = 结束时的平均分
provision-col-gain = 平均提高分数
provision-col-per-point = 每名学生每提高一分的费用
provision-no-scores = 暂无分数

provision-gaps-heading = 缺口
provision-no-gaps = 计划中列出的每一项需要，都有学生参加的某项支持来满足。

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }：计划中列出的一些需要，该学生参加的支持都没有满足（{ $areas }）。

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = 没有任何支持满足这一需要领域：{ $area }。

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = 额外支持一览表——{ $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = { $name }得到的额外支持

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = 这份一览表列出学校为有需要的学生提供的额外支持。{ $name }得到的支持在最后一栏中标出，并用粗体印刷。

provision-offer-heading = 学校提供的支持

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name }是否参加
provision-mine = 是，参加

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name }的支持进展如何

provision-col-start = 开始日期
provision-col-per-week = 每周次数
provision-col-score-start = 开始时的分数
provision-col-score-end = 结束时的分数
provision-no-score = 暂无

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = { $name }每周什么时候得到支持

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = 在平常的教学周里，{ $name }参加的额外支持课：每项是什么、由谁负责、持续多长时间。

# The heading of the school's week of support (for staff).
provision-school-week-heading = 每周支持安排

provision-school-week-intro = 在平常的教学周里，每项支持在什么时间进行、由谁负责、在哪里进行，以及面向多少名学生。

# The first column of the week table: the time a session starts.
provision-col-time = 时间

# The row for sessions whose days are known but not their time.
provision-week-no-time = 时间尚未确定

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes }分钟

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count }名学生

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = 您孩子的支持计划（{ EN("IEP") }）：家长指南
leaflet-iep-intro = 有些孩子在学校需要额外的帮助，才能更好地学习和适应学校生活。这份指南介绍学校为这些帮助制定的计划，以及您可以怎样参与。

leaflet-what-heading = 什么是{ EN("IEP") }
leaflet-what-is = { EN("IEP") }（个别化教育计划）是为一个孩子制定的简短计划。现在很多学校把它叫做支持计划。计划写明您的孩子正在努力提高哪些方面、学校会做什么来帮助孩子，以及您在家里可以做什么。
leaflet-what-who = 学校会和您一起制定这份计划，在可能的情况下也会让孩子参与。您应该拿到属于自己的一份，也可以要求用您能阅读的语言或格式提供。

leaflet-contents-heading = 计划包括哪些内容
leaflet-contents-intro = 计划通常包括以下几个部分：
leaflet-contents-strengths = 您的孩子擅长和喜欢的事情
leaflet-contents-needs = 您的孩子觉得困难的事情
leaflet-contents-targets = 三到四个目标：孩子正在努力迈出的下一步
leaflet-contents-help = 谁来帮助、做些什么、多久一次
leaflet-contents-home = 您在家里可以做什么
leaflet-contents-review = 什么时候再次回顾这份计划

leaflet-smart-heading = 符合{ EN("SMART") }原则的目标
leaflet-smart-intro = 好的目标符合{ EN("SMART") }原则，也就是说，目标是：
leaflet-smart-specific = { EN("Specific") }（具体的）：清楚地说明您的孩子将学会做什么。
leaflet-smart-measurable = { EN("Measurable") }（可衡量的）：每个人都能看出目标什么时候已经达到。
leaflet-smart-achievable = { EN("Achievable") }（可实现的）：在适当的帮助下，您的孩子能够达到这些目标。
leaflet-smart-relevant = { EN("Relevant") }（相关的）：这些目标对孩子的学习和生活很重要。
leaflet-smart-time-bound = { EN("Time-bound") }（有时限的）：写明在什么时候之前达到，通常是在下次回顾之前。
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = 例如，“读得更好”不是{ EN("SMART") }目标。“在一月份的回顾之前，读出单词卡上{ $total }个常用单词中的{ $read }个，并在相隔一周的两次检查中都做到”才是。

leaflet-review-heading = 回顾会议
leaflet-review-when = 学校会在回顾会议上再次讨论这份计划，通常每个学期一次，也就是每年大约三次。学校会和您一起检查每个目标：目标达到了吗？哪些做法有帮助？
leaflet-review-you = 每次回顾会议都会邀请您参加。您的意见很重要：请告诉学校您在家里看到的情况，以及您担心的事情。您的孩子也可以参与，可以参加会议的一部分，也可以在会前说说自己的想法。然后大家一起商定新的目标。

leaflet-map-heading = 额外支持一览表（{ EN("provision map") }）
leaflet-map-what = 额外支持一览表（{ EN("provision map") }）是学校开展的所有额外支持的清单，例如小组阅读或每天的简短谈心。它说明每种支持由谁负责、多久一次，以及带来了什么改变。
leaflet-map-yours = 您可以要求学校为您的孩子提供一份额外支持一览表。它列出学校提供的支持，并标出您的孩子得到的支持，还有孩子在开始和结束时的分数。

leaflet-stages-heading = 支持级别
leaflet-stages-intro = 学校用以下名称来称呼不同级别的额外帮助：
leaflet-stage-sen-support = 特殊教育需要支持（{ EN("SEN Support") }）：学校用自己的教职员工和资源安排额外帮助，并写在支持计划里。
leaflet-stage-ehc-plan = 教育、健康和护理计划（{ EN("EHC plan") }）：由地方政府（{ EN("local council") }）制定、具有法律效力的计划，适用于所需帮助超出学校自身资源所能提供的孩子。
leaflet-stage-school-action = 校内支持（{ EN("School Action") }）：学校用自己的教职员工和资源提供额外帮助。
leaflet-stage-school-action-plus = 校内支持加校外专家帮助（{ EN("School Action Plus") }）：学校还会从校外专家那里获得建议或帮助。
leaflet-stage-statement = 特殊教育需要认定书（{ EN("Statement of SEN") }）：由地方政府出具的法律文件，写明孩子必须得到的帮助。

leaflet-help-heading = 独立的帮助
leaflet-help-intro = 您随时可以和班主任或学校特殊教育需要支持的负责人谈一谈。您也可以获得独立于学校的免费建议：
leaflet-help-none = 请向学校索取当地特殊教育需要信息、建议和支持服务的联系方式。这个服务机构的建议是免费的，并且独立于学校。

leaflet-formats-heading = 其他语言或格式
leaflet-formats-ask = 您可以向学校索取其他语言、大字版、盲文版或录音版的本小册子和您孩子的计划，也可以要求通过电子邮件发送。只需告诉班主任或学校办公室即可。

leaflet-languages-heading = 用您的语言阅读本小册子

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = 本小册子有简体中文版。请向学校索取。

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = 回顾会议上可以问的问题
leaflet-questions-intro = 您可以把这张卡片带到孩子的回顾会议上。请挑选您关心的问题，并在每个问题下面的空白处做笔记。
leaflet-question-progress = 我的孩子在每个目标上做得怎么样？
leaflet-question-helped = 什么对我的孩子帮助最大？哪些做法没有效果？
leaflet-question-next = 新的目标是什么？为什么选这些目标？
leaflet-question-who = 谁会帮助我的孩子？多久一次？
leaflet-question-home = 我在家里可以做些什么来帮忙？
leaflet-question-child = 我的孩子是怎么想的？孩子可以怎样参与？
leaflet-question-friends = 我的孩子和其他孩子相处得怎么样？
leaflet-question-assess = 有没有安排检查，或者校外的帮助？
leaflet-question-contact = 如果在下次回顾之前我有担心，应该找谁谈？
leaflet-question-next-review = 下次回顾是什么时候？
