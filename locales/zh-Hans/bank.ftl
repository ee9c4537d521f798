# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "您" (as in iep.ftl), and home activities start "请……". Chinese
# words do not agree with the child; only the written pronoun does (她 / 他). Where a
# sentence uses one, $gender selects it and [other] says 孩子 (the child); elsewhere the
# name, 孩子 or 自己 stands for the child. Chinese has only the plural category other, so
# numbers are never selected on. A word card is "单词卡"; the UK names of interventions
# stay in English as { EN("...") }, with a Chinese explanation.

## Cognition and learning

bank-read-common-words = { $name }能读出自己单词卡上{ $total }个常用单词中的{ $count }个，并在相隔一周的两次检查中都做到。

bank-precision-teaching = 精准教学（{ EN("Precision teaching") }）：每天用单词卡练习几分钟，每次练几个单词

bank-words-read-checked-weekly = 每周记录正确读出的单词。

bank-read-card-words-at-bedtime = 请在睡前和孩子一起读单词卡上的{ $count }个单词。

bank-write-sentences-about-picture = { $name }能根据图片写出{ $count }个句子，每个句子都以大写字母开头、以句号结尾。

bank-writing-group-sentence-frames = 小组写作课，使用句子框架（给出句子的开头，由孩子写完）

bank-writing-samples-checked = 保存{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }的写作样本，每两周检查一次。

bank-talk-about-picture = 请和孩子一起谈论一幅图片，在动笔写之前，先帮{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }把要写的句子大声说出来。

bank-read-together-daily = 请每天陪{ $name }读书{ $minutes }分钟，并在阅读记录本上签字。

bank-know-letter-sounds = 在自然拼读（{ EN("phonics") }）课上已经学过的{ $total }个字母和字母组合中，{ $name }能说出其中{ $count }个的发音。

bank-blend-short-words = { $name }能把短单词（例如“{ EN("cat") }”和“{ EN("ship") }”）一个音一个音地读出来，再拼成整个单词，{ $total }个单词中能正确读出{ $count }个。

bank-spell-list-words = { $name }能正确拼写自己拼写表上{ $total }个单词中的{ $count }个，并在连续两次检查中都做到。

bank-read-page-few-mistakes = { $name }能大声朗读自己阅读书中的一页，错误不超过{ $count }处。

bank-answer-questions-about-text = 和大人一起读完一篇短文后，{ $name }能回答关于这篇短文的{ $total }个问题中的{ $count }个。

bank-number-bonds-to-ten = 在{ $total }道“凑十”题（找出相加等于十的两个数）中，{ $name }不用手指数，能答出其中{ $count }道。

bank-count-objects-accurately = { $name }能正确数出最多{ $count }个物品：每个物品只摸一次，并把最后数到的数说成总数。

bank-times-table-facts = 在{ $table }的乘法表的{ $total }道题中，{ $name }不用把乘法表写出来，能答对其中{ $count }道。

bank-finger-spaces = 在课堂上写的{ $total }个句子中，{ $name }能在其中{ $count }个句子的单词之间留出一指宽的空格。

bank-form-letters-correctly = { $name }能正确书写{ $total }个小写字母中的{ $count }个，每个字母都从正确的位置起笔。

bank-remember-list-in-order = { $name }能记住一组{ $count }个单词，并按正确的顺序说出来。

bank-use-word-mat = 在{ $of }次写作任务中，{ $name }有{ $times }次能在没有提醒的情况下，用单词提示单检查拼写。

bank-phonics-catch-up-group = 自然拼读（{ EN("phonics") }）补习小组：大多数日子都有简短的小组课，练习字母发音，并把发音拼成单词

bank-paired-reading = 结对阅读：一位大人和{ $name }一起大声读书，遇到难读的单词时由大人帮忙

bank-multisensory-spelling = 多感官拼写法：学每个单词的拼写时，先说出来，再描写、书写，然后检查

bank-maths-with-objects = 用可以拿在手里、可以移动的东西学数学，例如计数片、小方块和数字线，让孩子能看到、摸到数字

bank-pre-teaching-topic-words = 提前教学：在上课前，先在小组里借助图片教授本班主题课的新词

bank-word-mat-on-table = 放在桌上的单词提示单：一张写有常用单词和拼写的纸，写作时可以看

bank-task-steps-checklist = 把任务分成几个小步骤，并配一张检查清单，每完成一步就打一个勾

bank-reading-comprehension-group = 阅读理解小组：在小组里读短文，并讨论短文的意思

bank-i-spy-letter-sounds = 请和孩子玩“我看见”（{ EN("I spy") }）的字母发音游戏，例如：“我看见一样东西，它的开头是‘sss’。”

bank-look-say-cover-write-check = 请每次练习拼写表上的几个单词：看单词，读出来，盖住，写出来，然后检查。

bank-count-everyday-things = 请在日常生活中和孩子一起数东西，例如楼梯的台阶、晚饭时的勺子，或上学路上的红色汽车。

bank-card-game-make-ten = 请和孩子一起玩纸牌游戏：轮流找出两张加起来等于十的牌。

bank-letter-sounds-checked-half-termly = 在计划开始时和每半个学期，检查{ $name }掌握了哪些字母发音。

bank-spelling-scores-charted = 每周做一次简短的拼写检查，并把分数记在图表上。

bank-running-record = 每两周做一次朗读记录：大人听{ $name }朗读，并记下每个读对的单词。

bank-need-reading-and-spelling = { $name }觉得读新单词和拼写新单词很难，今天学会的单词，到第二天也很难记住。

bank-strength-memory-for-stories = { $name }喜欢故事，能把故事记得很好，也喜欢讲给别人听。

bank-read-longer-words = { $name }能把较长的单词拆成几个部分来读，例如“{ EN("rab-bit") }”和“{ EN("sun-set") }”，{ $total }个单词中能正确读出{ $count }个。

bank-spell-words-said-aloud = 大人念出短单词（例如“{ EN("dog") }”和“{ EN("shop") }”）后，{ $name }能读出每个音并写出来，{ $total }个单词中能正确拼写{ $count }个。

bank-use-spelling-rule = 在拼写检查中，{ $name }能在{ $total }个单词中的{ $count }个里运用正在学习的拼写规则，例如在单词后面加“{ EN("ing") }”或“{ EN("ed") }”。

bank-read-words-per-minute = 朗读难度合适的书时，{ $name }每分钟能正确读出{ $words }个单词。

bank-retell-story-in-order = { $name }能按正确的顺序复述刚读过的故事，讲出{ $count }个主要情节。

bank-plan-writing-with-frame = 开始写作前，{ $name }能在写作计划单上写下或画出{ $count }个想法。

bank-check-own-writing = 写完后，{ $name }能重读自己写的内容，不用帮助就改正至少{ $count }处错误。

bank-letters-on-the-line = { $name }写的{ $total }个句子中，有{ $count }个能写在横线上，高字母和矮字母的大小都合适。

bank-add-and-take-away = { $name }能做{ $limit }以内的加法和减法，{ $total }道题中能答对{ $count }道。

bank-tens-and-ones = { $name }能说出一个两位数里有几个十、几个一，{ $total }个数中能说对{ $count }个。

bank-tell-time-on-clock = { $name }能在有指针的钟面上认出整点和半点，{ $total }个钟面中能认对{ $count }个。

bank-pay-with-coins = 买价格不超过{ $pence }便士的东西时，{ $name }能选出正确的硬币付钱，{ $total }次尝试中做对{ $count }次。

bank-solve-word-problems = { $name }能借助画图或实物，解出{ $total }道应用题（用小故事讲出来的数学题）中的{ $count }道。

bank-work-alone-on-steps = { $name }能独立完成一项任务中的{ $steps }个步骤，然后再请大人检查。

bank-use-task-board = 在{ $of }节课中，{ $name }有{ $times }节课能不问大人，自己看任务板了解下一步做什么。

bank-bring-right-things = { $name }能对照清单，把需要的东西带到学校，例如阅读书、水瓶和体育服，{ $of }天中有{ $days }天做到。

bank-finish-tasks-in-time = { $name }能借助可视计时器，在课堂规定的时间内完成{ $total }项任务中的{ $count }项。

bank-decodable-reading-books = 和{ $name }已经掌握的发音相匹配的读物，让每个单词都能靠拼读读出来

bank-reciprocal-reading = 交互式阅读（{ EN("Reciprocal reading") }）：小组成员轮流猜接下来会发生什么、提出问题、解释难词，并总结文章内容

bank-spelling-patterns-and-own-list = 把拼写规律相同的单词放在一组来教，并为孩子准备一份个人难词表来练习

bank-handwriting-practice-group = 书写小组：大多数日子练习几分钟，学习字母的形状和连笔

bank-number-facts-daily-practice = 每天用简短的游戏练习基本算术，每次几分钟，帮助孩子记牢

bank-desk-memory-aids = 放在桌上的记忆辅助工具，例如字母条、百数表和乘法表

bank-small-chunks-of-information = 把信息分成小块来讲，多次重复，并配上图片或写下关键词

bank-visual-timer-on-desk = 桌上放一个可视计时器，让{ $name }能看到完成任务还剩多少时间

bank-start-then-step-back = 大人先帮{ $name }开始做任务，然后退到一旁，几分钟后再来看看，以培养独立完成任务的能力

bank-daily-kit-checklist = 放在书包里的图片清单，列出每天要带的东西；另外准备一个贴有标签的托盘，用来放书本和学习用品

bank-other-ways-to-record = 用其他方式记录想法，例如画画、思维导图、打字，或者说给大人听，由大人写下来

bank-reader-or-scribe-in-tests = 考试时给予额外时间，并在{ $name }需要时，由大人读题或代写答案

bank-play-shops-with-coins = 请用真的硬币和孩子玩“开商店”游戏：让{ $name }付钱买东西，并数一数找回的零钱。

bank-tell-time-at-home = 请在一天中和孩子一起看钟，并在吃饭时或喜欢的节目开始前，问孩子现在几点了。

bank-pack-bag-night-before = 请在前一天晚上，按照学校给的图片清单，和孩子一起整理书包。

bank-memory-games = 请和孩子玩记忆游戏，例如“我去商店买了……”，每轮多加一样东西。

bank-write-for-real-reasons = 请和孩子一起为真实的需要写东西，例如购物清单、生日卡或给亲戚的便条。

bank-maths-check-half-termly = 在计划开始时和每半个学期，简短检查正在练习的数学技能。

bank-reading-speed-timed = 每两周，大人听{ $name }朗读一小段文章，读一分钟，并数出读对的单词数。

bank-tasks-done-alone-counted = 每周统计{ $name }在没有大人帮助的情况下完成的任务数量。

## Communication and interaction

bank-follow-two-step-instruction = 在给全班下达包含两个步骤的指令时，{ $name }不用提醒就能照做，{ $of }次中有{ $times }次做到。

bank-instructions-in-short-steps = 把指令分成简短的步骤，每一步都配一张图片说明。

bank-tally-chart-weekly = 计数表，每周检查

bank-two-step-instructions-at-home = 请在家里发出包含两个步骤的指令，并在{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }照做时给予表扬。

bank-answer-who-what-where = 关于一幅图片或一个小故事，{ $name }能回答以“谁”“什么”或“哪里”开头的{ $total }个问题中的{ $count }个。

bank-speak-in-longer-sentences = 和大人一起谈论图片时，{ $name }能说出至少包含{ $words }个词的句子。

bank-take-turns-in-conversation = 和朋友对话时，{ $name }能围绕同一个话题，轮流说{ $turns }次。

bank-ask-for-help-when-stuck = 在{ $of }节课中，{ $name }有{ $times }节课能在遇到困难时，用语言或求助卡请求帮助。

bank-listen-at-carpet-time = 在地毯时间（全班坐在地毯上听讲的时候），{ $name }能坐好并认真听{ $minutes }分钟，眼睛看着说话的人。

bank-learn-topic-words = 每半个学期，{ $name }能学会班级主题课的{ $count }个新词，并说出每个词的意思。

bank-say-hello-on-arrival = 到班级时，{ $name }会向一位大人和一位朋友问好，{ $of }天中有{ $days }天做到。

bank-wait-turn-to-speak = 在小组中，{ $name }能等轮到自己时再说话，不抢着喊出来，{ $of }次中有{ $times }次做到。

bank-say-practised-sound = { $name }能在单词开头清楚地发出正在练习的语音，{ $total }个单词中有{ $count }个做到。

bank-position-words = { $name }能把玩具放到正确的位置，表示出{ $total }个方位词中{ $count }个的意思，例如“{ EN("in") }”（在……里）、“{ EN("on") }”（在……上）和“{ EN("under") }”（在……下）。

bank-move-on-with-visual-timetable = { $name }能查看图片日程表，在最多提醒一次的情况下转到下一项活动，{ $of }次中有{ $times }次做到。

bank-play-shared-game = 在大人就在附近的情况下，{ $name }能和另一个孩子一起玩游戏{ $minutes }分钟。

bank-visual-timetable = 图片日程表：贴在桌上或墙上的图片，按顺序显示一天的安排，让{ $name }知道接下来做什么

bank-now-and-next-board = “现在—接下来”提示板：两张图片，一张显示现在的任务，另一张显示接下来做什么

bank-social-stories = 社交故事（{ EN("Social stories") }）：配有图片的小故事，解释一个新的或困难的情况，以及应该怎么做

bank-speech-and-language-programme = 治疗师制定的言语和语言训练计划，每周由助教带着孩子做简短的练习

bank-language-group = 语言小组：通过游戏练习听、学习新词和用句子说话

bank-colourful-semantics = 彩色语义法（{ EN("Colourful semantics") }）：用不同颜色的卡片代表“谁”“做什么”“什么”和“在哪里”，帮助孩子说出更长的句子

bank-name-first-short-instructions = 大人在下达指令前先叫{ $name }的名字，每次只说一个简短的步骤，并等孩子回答

bank-signs-and-symbols = 说话时配合手势和图片符号，让孩子更容易听懂

bank-talk-about-picture-book = 请和孩子一起看图画书，谈谈每一页上发生了什么。

bank-name-things-on-walks = 散步或购物时，请和孩子一起说出看到的东西的名称，每次加一个新词。

bank-my-turn-your-turn = 请和孩子玩需要轮流的简单游戏，例如滚球，并说“轮到我了，轮到你了”。

bank-first-then-at-home = 请在家里用“先……再……”告诉孩子接下来做什么，例如“先穿鞋，再去公园”。

bank-speech-therapist-checks-each-visit = 言语和语言治疗师每次来访时检查进展，并写一份简短的记录。

bank-sentence-samples-half-termly = 在计划开始时和每半个学期，大人记下{ $name }描述一幅图片时说的话，看看句子是否越说越长。

bank-group-session-notes = 负责小组的大人每次上课都记下孩子的每次发言和回答，并每两周查看一次记录。

bank-need-spoken-instructions = { $name }很难听懂并照做对全班下达的口头指令，也很难找到合适的词语来表达想法。

bank-say-sound-in-sentences = 和大人交谈时，{ $name }能在句子中清楚地发出正在练习的语音，{ $total }个句子中有{ $count }个做到。

bank-hear-sound-differences = { $name }能听出发音相近的单词之间的区别，例如“{ EN("key") }”和“{ EN("tea") }”，{ $total }组单词中有{ $count }组能指出正确的图片。

bank-sort-words-into-groups = { $name }能把{ $total }张图片中的{ $count }张按类别分组，例如动物、食物和衣服，并说出每组的名称。

bank-describe-an-object = { $name }能说出一件物品的{ $count }个特点来描述它，例如颜色、形状、大小或用途。

bank-follow-key-word-instructions = { $name }能听从需要记住{ $count }个关键词的指令，例如“把那个大的红球给我”，{ $of }次尝试中有{ $times }次做到。

bank-answer-why-and-how = 关于一个故事或发生过的一件事，{ $name }能回答以“为什么”或“怎么”开头的{ $total }个问题中的{ $count }个。

bank-tell-news-in-order = { $name }能用{ $count }句话，按正确的顺序告诉大人发生过的一件事，例如周末做了什么。

bank-tell-story-with-cards = { $name }能借助故事卡讲一个小故事，讲到卡片上{ $total }个部分中的{ $count }个，例如人物、地点、发生了什么和结局。

bank-start-a-conversation = 课间休息时，{ $name }能主动和另一个孩子开始对话，例如打招呼或问一个问题，{ $of }天中有{ $days }天做到。

bank-ask-friend-a-question = { $name }能就朋友刚说的话，向朋友提一个问题，{ $of }次中有{ $times }次做到。

bank-read-feelings-in-pictures = { $name }能说出图片中的人可能有什么感受，以及为什么，{ $total }张图片中有{ $count }张做到。

bank-explain-common-sayings = { $name }能解释{ $total }句常用俗语中{ $count }句的真正意思，例如“{ EN("it's raining cats and dogs") }”（雨下得很大）。

bank-keep-comfortable-distance = 和别人说话时，{ $name }能站在大约一臂远的地方，{ $of }次中有{ $times }次做到。

bank-cope-with-change-to-routine = 当一天的安排有变化、并且已经提前在图片日程表上显示时，{ $name }能保持冷静，{ $of }次中有{ $times }次做到。

bank-ask-with-picture-cards = 在一天中，{ $name }能用图片卡或手势要{ $count }样不同的东西，例如喝水、帮助或上厕所。

bank-join-activity-chosen-by-others = { $name }能参加别人选择的活动{ $minutes }分钟，然后再回到自己最喜欢的活动。

bank-speak-up-in-small-group = 在小组中，{ $name }能在没有被点名的情况下回答问题或分享想法，每周至少{ $times }次。

bank-say-what-helps-when-talking = { $name }能说出{ $count }件在说话困难时对自己有帮助的事情，例如给自己多一点时间，并告诉班主任。

bank-wait-time-to-answer = 留出回答时间：大人提问后等待大约十秒，让{ $name }有时间思考和回答

bank-model-and-expand-sentences = 大人把{ $name }说的话，用正确、稍长一点的句子重复一遍，但不要求孩子再说一遍

bank-word-webs = 词汇网：把每个新词和它的发音、意思、图片以及相关的词联系起来，帮助孩子记牢

bank-brick-building-group = 积木搭建小组：小组成员一起搭一个模型，每个孩子负责一项工作（找积木、搭建或发出指令），练习交流与合作

bank-intensive-interaction = 密集互动（{ EN("Intensive interaction") }）：大人在游戏中跟随{ $name }的引导，模仿孩子的声音和动作，建立共同的关注和乐趣

bank-quiet-workstation = 安静的学习桌：一张远离干扰的桌子，任务按顺序摆好，供孩子独立完成

bank-comic-strip-conversations = 连环画对话（{ EN("Comic strip conversations") }）：用简单的画和说话框、想法框，一起梳理发生了什么、大家当时在想什么

bank-warn-before-changes = 变化前提前提醒：一天中的变化会提前显示在图片日程表上，活动结束前会倒数计时

bank-stammering-friendly-talk = 对口吃友好的交流方式：大人等{ $name }说完，不替{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }把话说完，并一起商量在课堂上怎样应答点名和回答问题

bank-talking-partner = 讨论伙伴：在当着全班回答之前，先和一位同学一起讨论想法

bank-communication-passport = 沟通护照：和家人一起制作的小册子，告诉学校工作人员{ $name }怎样沟通、什么对孩子有帮助

bank-lunchtime-club-structured-play = 午餐时间俱乐部：在一位大人的帮助下，孩子们在小组里一起玩游戏

bank-speech-sound-games-from-therapist = 请每天花几分钟和孩子玩治疗师给的语音游戏，孩子每次尝试都要表扬。

bank-talk-at-mealtimes = 吃饭时请关掉屏幕，一起聊聊今天的事情。

bank-prepare-for-changes = 在有变化之前，例如外出拜访或出游，请给{ $name }看照片，或讲一个小故事，说明将会发生什么。

bank-give-time-to-talk = 当{ $name }说话有困难时，请耐心等待，一直看着{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }，让{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }自己把话说完，不要替{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }说出来。

bank-describe-and-guess = 请和孩子玩“描述猜猜看”游戏：轮流描述房间里的一样东西，让对方猜是什么。

bank-new-words-checked-with-pictures = 在计划开始和结束时，用图片检查{ $name }认识哪些新词。

bank-conversations-noted-weekly = 大人每周记录{ $name }在课堂上和玩耍时主动开始或加入对话的次数。

bank-playtime-observation = 大人每两周在课间休息时观察一次，记录{ $name }和谁一起玩、怎样玩。

bank-social-communication-checklist = 在计划开始和结束时，学校工作人员和家人各填写一份简短的社交沟通技能检查表。

## Social, emotional and mental health

bank-calm-card = { $name }能使用冷静卡和冷静角，而不是大喊大叫，{ $of }天中有{ $days }天做到。

bank-feelings-check-in = 每天早上用情绪量表简短地了解一下孩子的感受

bank-feelings-scale-at-home = 请在家里使用同样的情绪量表，当{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }请求休息时，要给予表扬。

bank-name-feelings = { $name }能说出{ $count }种情绪，例如开心、难过、生气和担心，并把每种情绪和图片配对。

bank-calm-again-within-minutes = 情绪激动后，{ $name }能在大人的帮助下，在{ $minutes }分钟内平静下来。

bank-use-break-card = 情绪激动时，{ $name }能出示休息卡请求短暂休息，而不是离开教室，{ $of }次中有{ $times }次做到。

bank-start-task-when-asked = 被要求后，{ $name }能在{ $minutes }分钟内开始做任务，{ $of }天中有{ $days }天做到。

bank-join-playtime-game = 课间休息时，{ $name }能加入其他孩子的游戏，{ $of }天中有{ $days }天做到。

bank-safe-hands-at-playtime = 课间休息时，{ $name }能管好自己的手脚，不伤害别人，{ $of }天中有{ $days }天做到。

bank-lose-a-game-calmly = 输掉游戏时，{ $name }能保持冷静，并对赢的人说“真棒”，{ $of }局游戏中有{ $times }局做到。

bank-say-good-things-about-self = 在每周的谈心时间，{ $name }能说出自己的{ $count }个优点。

bank-come-into-class-calmly = 早上，{ $name }能在门口说再见，平静地走进教室，{ $of }天中有{ $days }天做到。

bank-follow-request-after-reminder = 在最多提醒一次后，{ $name }能按大人的要求去做，{ $of }次中有{ $times }次做到。

bank-stay-in-lesson = { $name }能整节课都留在教室里，需要时按计划休息，{ $of }节课中有{ $times }节做到。

bank-sort-out-falling-out = 和朋友闹矛盾时，{ $name }能用说话而不是动手来解决，需要时请大人帮忙，{ $of }次中有{ $times }次做到。

bank-feelings-traffic-light = 情绪红绿灯：用绿色、黄色和红色卡片表示{ $name }的感受，并计划好在每种颜色时怎样做能帮到孩子

bank-nurture-group = 关爱小组（{ EN("nurture group") }）：一天中有部分时间，孩子在一个安静的小组里，由熟悉的大人带领，建立自信、结交朋友

bank-emotional-literacy-support = 情绪素养支持：每周和受过培训的助教谈一次，谈论感受，练习应对的方法

bank-social-skills-group = 社交技能小组：在小组里玩游戏，练习分享、轮流，以及输了也能保持风度

bank-calm-space-with-timer = 教室里或教室附近的安静空间，可以用沙漏计时，短暂休息，然后回来继续学习

bank-meet-and-greet = 门口迎接：每天早上由一位熟悉的大人在门口迎接{ $name }，并帮助孩子安顿下来

bank-praise-and-reward-chart = 孩子做出好的选择时给予明确的表扬，并使用奖励表，小目标和{ $name }一起商定

bank-restorative-conversations = 修复式谈话：出现问题后，大人帮助每个孩子说出发生了什么、自己有什么感受，以及怎样弥补

bank-best-part-of-the-day = 睡前请问问孩子：今天最开心的是什么，有什么事比较难，并耐心地听。

bank-slow-breathing-together = 在大家都平静的时候，请和孩子一起练习慢慢呼吸：吸气时数到四，呼气时也数到四。

bank-praise-effort-at-home = 当{ $name }努力尝试或做出友善的选择时，请留意，并具体说出好在哪里。

bank-tell-school-about-changes = 家里有变化时，例如搬家、添了小宝宝或失去亲人，请告诉学校，以便学校工作人员提供帮助。

bank-difficult-moments-record = 记录困难时刻（之前发生了什么、{ $name }做了什么、之后发生了什么），每周查看一次。

bank-feelings-questionnaire = 在计划开始和结束时，和{ $name }一起填写一份关于情绪的简短问卷。

bank-daily-smiley-chart = 每日笑脸表：一天中的每个时段都用笑脸表情记录，和家里分享，每周五查看。

bank-need-managing-feelings = { $name }很难控制强烈的情绪，情绪激动后也很难平静下来。

bank-share-a-worry = { $name }能通过说话、画画或使用烦恼箱，把烦恼告诉一位信任的大人，每周至少{ $times }次。

bank-use-calm-plan = 感到担心时，{ $name }能使用自己冷静计划中的一个方法，例如慢慢呼吸或捏软球，{ $of }次中有{ $times }次做到。

bank-speak-to-adults-in-school = { $name }能在学校里和{ $count }位大人说话，先从在安静的地方和熟悉的大人说话开始。

bank-try-something-new = 每半个学期，{ $name }能在熟悉的大人陪伴下，尝试{ $count }项新活动，例如参加兴趣小组或玩新游戏。

bank-notice-early-signs-of-anger = { $name }能注意到自己开始生气的早期信号，例如脸发热或握紧拳头，并告诉大人，{ $of }次中有{ $times }次做到。

bank-help-put-things-right = 出现问题后，{ $name }能平静地和大人谈话，并提出一个弥补的办法，{ $of }次中有{ $times }次做到。

bank-attend-school-per-cent = 本学期，{ $name }至少在{ $percent }%的上学日到校上课。

bank-time-in-class-each-day = { $name }每天在教室里待{ $hours }小时，其余时间待在安静的专用空间，由熟悉的大人陪伴。

bank-settle-after-playtime = 课间休息后回到教室，{ $name }能在{ $minutes }分钟内在自己的座位上安静下来，{ $of }天中有{ $days }天做到。

bank-invite-someone-to-play = { $name }能邀请另一个孩子一起玩，每周至少{ $times }次。

bank-kind-things-for-others = { $name }每天能为其他孩子做{ $count }件好事，例如分享或帮忙，并被大人注意到。

bank-have-a-go-at-hard-tasks = 遇到难的任务时，{ $name }能说“我可以试试”并去尝试，而不是拒绝，{ $of }节课中有{ $times }节做到。

bank-cope-with-mistakes = 别人指出错误时，{ $name }能保持冷静并改正，{ $of }节课中有{ $times }节做到。

bank-share-work-with-pride = { $name }能把一件让{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }感到骄傲的作品展示给大人或全班看，每周至少{ $times }次。

bank-stay-on-task-with-timer = 在计划好的短暂休息之前，{ $name }能借助可视计时器，专心做任务{ $minutes }分钟。

bank-back-to-work-after-signal = 大人给出安静的信号后，例如轻敲桌子，{ $name }能回到任务上，{ $of }次中有{ $times }次做到。

bank-walk-in-line-safely = { $name }能和全班一起排队，安全地走，不离开队伍，{ $of }次中有{ $times }次做到。

bank-visit-new-class = 在升班或转学之前，{ $name }会去新班级或新学校参观{ $count }次，并说出一件期待的事情。

bank-key-adult = 固定联系的大人（{ EN("key adult") }）：一位指定的大人，{ $name }有事可以去找这位大人；这位大人每天了解孩子的情况，并和家里保持联系

bank-worry-box = 烦恼箱或烦恼本：{ $name }可以把烦恼放进去，之后再和大人一起谈

bank-personal-calm-plan = 和{ $name }一起制定的冷静计划：写明开始难过或生气时的早期信号、什么方法有帮助，以及可以去哪里冷静下来

bank-emotion-coaching = 情绪辅导（{ EN("Emotion coaching") }）：大人先说出孩子的感受，表示理解，然后再帮助孩子想接下来怎么做

bank-gradual-return-plan = 逐步增加在校时间的计划：配有安静的专用空间和熟悉的大人，由学校和家庭共同商定，并经常检查

bank-attendance-support-meeting = 出勤支持：孩子缺勤的第一天打电话到家里，并和家人开会，商定什么能帮到孩子

bank-quiet-signal-to-refocus = 和{ $name }约定的安静信号，例如把手放在桌上，不用批评就能让孩子把注意力转回任务上

bank-transition-visits-and-booklet = 帮助孩子适应升班或转学：额外安排参观新班级或新学校，并提供一本有新教室和新的学校工作人员照片的小册子，让孩子在假期里翻看

bank-circle-of-friends = 友伴圈（{ EN("Circle of friends") }）：几位同学每周和一位大人见面，商量在课堂上和玩耍时怎样帮助{ $name }

bank-playground-buddies = 操场伙伴：受过培训的高年级孩子，在课间休息时帮助大家一起玩游戏、交朋友

bank-class-job-for-confidence = 在班级里承担一项工作，例如发书或照顾植物，以建立自信和归属感

bank-mental-health-support-team = 和学校心理辅导员，或和学校合作的心理健康支持团队，进行简短的谈话

bank-calm-morning-routine = 请让早晨保持平静，每天的安排都一样，并用图片流程表帮助孩子做好上学准备。

bank-regular-bedtime-screens-off = 请坚持固定的睡觉时间，睡前一小时关掉屏幕。

bank-invite-friend-to-play = 请邀请一位同班同学来家里或到公园一起玩，开始时时间短一些。

bank-worry-time = 请设定“烦恼时间”：每天花几分钟谈谈烦恼，然后一起做一件开心的事。

bank-small-jobs-at-home = 请在家里给{ $name }安排一件小事，例如摆餐具，做完后对孩子说谢谢。

bank-talk-about-new-class = 假期里，请和孩子一起看学校给的小册子和照片，聊聊新的班级。

bank-attendance-checked-weekly = 每周检查出勤和迟到情况，并告知家人。

bank-weekly-feelings-rating = 每周，{ $name }在情绪量表上选一个表情，表示在学校的感受；在整个计划期间比较这些回答。

bank-time-on-task-recorded = 每周选两节课，大人记录{ $name }专心做任务的时间，并写下来。

bank-home-school-book = 家校联系本：学校每天写几句简短的话，家里有消息时也写下来，回顾会议时一起查看。

bank-midday-staff-notes = 午餐时间看护员每周写一份简短的记录，说明课间休息和午餐时间的情况。

## Sensory and physical

bank-pencil-grip = 写字时，{ $name }能用三指握笔（用拇指和两根手指握住铅笔）坚持{ $minutes }分钟。

bank-put-on-coat = { $name }能不用帮助，自己穿上外套并拉好拉链，{ $of }天中有{ $days }天做到。

bank-change-for-pe = { $name }能不用帮助，在{ $minutes }分钟或更短的时间内换好体育课的衣服。

bank-cut-along-line = { $name }能用剪刀沿着粗线剪，不偏离线太远，{ $of }次中有{ $times }次做到。

bank-balance-on-one-leg = { $name }能单脚站立{ $seconds }秒，左右脚都能做到。

bank-wear-hearing-aids = { $name }能在整个上学日都戴着自己的助听器，{ $of }天中有{ $days }天做到。

bank-say-when-not-heard = 没听清或没看清时，{ $name }能用语言或卡片告诉大人，{ $of }节课中有{ $times }节做到。

bank-use-large-print = { $name }能不用提醒，自己使用大字材料或放大镜阅读课堂作业，{ $of }节课中有{ $times }节做到。

bank-find-way-around-school = { $name }能独自从教室走到礼堂、厕所和操场，{ $of }天中有{ $days }天做到。

bank-write-words-in-time = { $name }能在{ $minutes }分钟内写出{ $words }个单词，字迹清楚易读。

bank-ask-for-movement-break = 感到坐不住时，{ $name }能出示卡片请求活动休息，而不是离开座位，{ $of }次中有{ $times }次做到。

bank-stay-in-assembly = 需要时戴上降噪耳罩，{ $name }能在礼堂里参加集会{ $minutes }分钟。

bank-fine-motor-group = 精细动作小组：做简短的活动，例如穿珠子、夹夹子和“橡皮泥律动操”（{ EN("dough disco") }，跟着音乐捏、搓橡皮泥），让双手更有力

bank-therapy-exercise-programme = 作业治疗师或物理治疗师制定的训练计划，由助教带孩子练习

bank-radio-aid = 无线调频助听系统（{ EN("radio aid") }）：老师佩戴一个小麦克风，把声音直接传到{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }的助听器里

bank-seat-near-the-front = 座位靠前，面向老师，光线好，远离噪音

bank-large-print-materials = 根据视力和听力支持服务的建议，制作对比度高的大字版练习纸和书本

bank-sensory-circuit = 感统循环训练（{ EN("sensory circuit") }）：每天早上做一组简短的运动，帮助{ $name }平静下来，做好学习的准备

bank-movement-breaks = 有计划的活动休息：上课期间做一些简短的小任务或运动，例如帮忙把口信送到办公室

bank-ear-defenders-and-quiet-place = 降噪耳罩，以及在教室太吵时可以去的安静地方

bank-finger-games-at-home = 请和孩子玩需要手指做细小动作的游戏，例如穿珠子、用小积木搭东西或用夹子晾衣服。

bank-dressing-practice = 早上请给{ $name }时间自己穿衣服，只在最难的地方帮忙。

bank-check-hearing-aids-daily = 上学前请检查助听器是否正常工作，并在书包里放好备用电池。

bank-active-play-at-the-park = 请和孩子一起去公园，玩攀爬架、秋千和需要保持平衡的设施。

bank-therapist-checks-goals = 作业治疗师或物理治疗师每次来访时，对照自己设定的目标检查进展。

bank-time-taken-recorded-weekly = 每周记录完成一项任务所用的时间，例如换体育课的衣服，看看时间是否缩短。

bank-specialist-teacher-report = 视力和听力支持服务的专业教师每半个学期来听一次课，并写一份简短的报告。

bank-need-fine-motor-skills = { $name }觉得写字、剪纸以及其他需要手部做细小、仔细动作的事情很难。

bank-check-own-hearing-aids = 每天早上，{ $name }能和大人一起检查自己的助听器，并说出声音是否正常，{ $of }天中有{ $days }天做到。

bank-hand-over-radio-aid = 上课开始时，{ $name }能不用提醒，就把无线调频助听系统的麦克风交给老师，{ $of }节课中有{ $times }节做到。

bank-read-braille-words = { $name }能正确读出{ $total }个盲文单词中的{ $count }个。

bank-walk-with-walking-aid = 在大人就在附近的情况下，{ $name }能借助助行器从教室走到礼堂再走回来，{ $of }天中有{ $days }天做到。

bank-ask-for-rest-or-change-of-position = 需要休息或换个姿势时，{ $name }能告诉大人，{ $of }次中有{ $times }次做到。

bank-use-stairs-safely = { $name }能扶着扶手，两脚交替、每级台阶踩一只脚，安全地上下楼梯，{ $of }天中有{ $days }天做到。

bank-catch-a-ball = 有人从{ $steps }步远的地方轻轻扔出一个大球时，{ $name }能接住，{ $of }次中有{ $times }次接住。

bank-hop-on-each-foot = { $name }能左右脚各单脚跳{ $times }下，不摔倒。

bank-do-up-buttons = { $name }能不用帮助，扣好衬衫或开衫上的{ $count }颗扣子。

bank-type-words-per-minute = { $name }能用双手打字，每分钟打{ $words }个单词。

bank-use-knife-and-fork = 午餐时，{ $name }能用刀叉切开软的食物，{ $of }天中有{ $days }天做到。

bank-open-lunch-items = { $name }能不用帮助，打开自带午餐里{ $total }个包装袋和盒子中的{ $count }个。

bank-try-new-foods = 每半个学期，{ $name }能在午餐时间尝试{ $count }种新食物，可以是看看、摸摸、闻闻或尝尝。

bank-join-messy-play = { $name }能参加会弄脏手的活动，例如画画或做饭，坚持{ $minutes }分钟，想戴手套时可以戴。

bank-use-sensory-tools = { $name }能使用自己感官工具包里的工具，例如平衡坐垫或可以拿在手里摆弄的东西，让自己保持安定，{ $of }节课中有{ $times }节做到。

bank-know-signs-of-feeling-unwell = { $name }能说出{ $count }个信号，表明自己因为身体状况需要帮助，例如发抖或喘不过气，并说出应该告诉哪位大人。

bank-help-with-own-medical-care = 在大人看着的情况下，{ $name }能参与自己的医疗护理，例如测血糖，{ $of }天中有{ $days }天做到。

bank-ask-for-toilet-in-time = { $name }能用语言或卡片及时提出要上厕所，每周尿湿或弄脏裤子不超过{ $count }次。

bank-wash-hands-after-toilet = 上完厕所后，{ $name }能不用提醒就洗手并擦干，{ $of }次中有{ $times }次做到。

bank-deaf-friendly-teaching = 适合听障孩子的教学方式：老师说话时面向全班，关键词写在黑板上，视频配有字幕

bank-braille-teaching = 由专业教师上盲文课，并在每节课前把课堂作业准备成盲文版

bank-mobility-training = 由专业人员进行定向行走训练，学习在学校里安全、独立地行走和找路

bank-sloped-board-and-pencil-grip = 斜面书写板和橡胶握笔器，让写字更容易、更舒服

bank-typing-for-longer-writing = 写较长的文章时使用笔记本电脑或平板电脑，并每周练习打字

bank-moving-and-handling-plan = 和物理治疗师一起制定的移动和搬运计划，确保安全地抱起、移动和改变姿势，由受过培训的工作人员执行

bank-gross-motor-group = 运动小组：简短的平衡、跳跃、扔球和接球游戏，增强力量和协调能力

bank-sensory-diet = 感觉餐单（{ EN("sensory diet") }）：由作业治疗师安排的全天活动，例如搬东西、推东西或安静时间，帮助{ $name }保持平静和专注

bank-sensory-tool-kit = 感官工具包：例如平衡坐垫、减压玩具和可以安全咀嚼的东西，帮助{ $name }在课堂上保持安定

bank-individual-health-care-plan = 个人健康护理计划：和家人及学校护士一起制定，写明工作人员每天要做什么，以及紧急情况下要做什么

bank-staff-medical-training = 工作人员接受培训，能够给药，并协助处理孩子的健康问题，例如使用吸入器或肾上腺素笔

bank-intimate-care-plan = 和家人商定的私密护理计划：由指定的工作人员按固定的安排，在私密的环境中帮助孩子如厕和更换衣物

bank-toilet-timetable = 在一天中的固定时间提醒孩子上厕所，并提供一张卡片，孩子随时可以用它提出要上厕所

bank-lunchtime-eating-support = 午餐时间的帮助：较安静的用餐地方，需要时把食物切好，并有一位大人鼓励孩子尝试新食物

bank-throw-and-catch = 请和孩子用一个大的软球玩扔球和接球，孩子接得越来越好时，两人站得远一些。

bank-help-in-the-kitchen = 请让{ $name }在厨房帮忙，例如搅拌、倒东西、涂抹和切软的食物。

bank-new-food-next-to-favourite = 请在孩子最喜欢的食物旁边放一小份新食物，不要施加压力，孩子看看、摸摸或尝尝时都要表扬。

bank-toilet-routine-at-home = 请在家里保持固定的如厕习惯，例如饭后上厕所，并使用和学校一样的说法和图片。

bank-therapy-exercises-at-home = 请每周和孩子一起做几次物理治疗师或作业治疗师布置的练习。

bank-update-school-on-health = 孩子的健康状况或用药有任何变化时，请告诉学校，并检查放在学校的药品是否在有效期内。

bank-glasses-every-day = 请确保{ $name }每天戴着干净的眼镜上学。

bank-hearing-aid-check-log = 每天记录早上检查助听器的结果和出现的问题，每周查看一次。

bank-toileting-chart = 如厕记录表：每天记录保持干爽的时间和尿湿或弄脏裤子的情况，每周查看一次。

bank-foods-tried-record = 午餐时间看护员记录{ $name }尝试过的食物。

bank-movement-skills-check = 在计划开始和结束时，简短检查运动技能，例如平衡、单脚跳和接球。

bank-medical-log = 记录给药情况和{ $name }感到不舒服的时间，每半个学期和家人及学校护士一起查看。

## Any area

bank-strength-kind-and-helpful = { $name }善良友好，喜欢帮助大人和其他孩子。

bank-strength-creative = { $name }富有创造力，喜欢画画、做手工和搭东西。

bank-strength-keeps-trying = 即使任务很难，{ $name }也会坚持尝试。

bank-pupil-views-before-review = 每次回顾会议之前，都会问{ $name }哪些方面进展顺利、哪些方面有困难，并把回答记录下来。

bank-termly-review-meeting = 每个学期和家人开一次会，一起查看目标，并商定下一步。

## Assessments

bank-reading-and-spelling-assessment = 阅读和拼写评估

bank-maths-assessment = 数学评估，了解哪些数学技能需要更多练习

bank-dyslexia-screening = 读写障碍筛查：简短检查阅读、拼写和记忆能力

bank-educational-psychologist-assessment = 由教育心理学家进行的评估

bank-speech-and-language-assessment = 由言语和语言治疗师进行的评估

bank-autism-assessment-referral = 转介到当地医疗服务机构，进行孤独症（自闭症）评估

bank-mental-health-assessment = 由当地儿童和青少年心理健康服务（{ EN("CAMHS") }）进行的评估

bank-hearing-test-audiology = 在听力科进行听力测试

bank-eye-clinic-assessment = 在医院眼科进行视力检查

bank-occupational-therapy-assessment = 由作业治疗师评估动作、书写和生活自理能力

bank-specialist-teacher-learning-assessment = 由学习方面的专业教师评估阅读、写作、数学和记忆能力

bank-handwriting-speed-check = 检查书写速度，看看延长时间或改用打字是否有帮助

bank-autism-outreach-observation = 由孤独症（自闭症）外展团队在课堂上和玩耍时进行观察，并给学校工作人员提出建议

bank-stammering-assessment = 由专门帮助口吃儿童的言语和语言治疗师进行的评估

bank-adhd-assessment-referral = 转介到当地医疗服务机构，进行注意缺陷多动障碍（{ EN("ADHD") }）评估

bank-behaviour-support-observation = 由行为支持服务在课堂上进行观察，并给学校工作人员提出建议

bank-physiotherapy-assessment = 由物理治疗师评估动作、平衡和力量

bank-functional-vision-assessment = 由视障儿童专业教师进行评估，了解{ $name }在课堂上怎样使用视力

bank-paediatrician-referral = 转介给社区儿科医生，由这位儿童医生检查健康和发育情况

bank-early-help-assessment = 早期帮助评估（{ EN("Early Help") }）：把家庭和当地服务机构召集在一起，商定需要哪些支持

bank-ehc-needs-assessment = 向地方政府申请教育、健康和护理需要评估，评估可能促成一份教育、健康和护理计划（{ EN("EHC plan") }）
