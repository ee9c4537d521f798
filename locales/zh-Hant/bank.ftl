# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Written Chinese (書面語) in Traditional characters, for families from Hong Kong. Parents
# are addressed as "您" (as in iep.ftl); the child is "她" / "他" by $gender and "孩子"
# (or "自己") when the plan does not say. Chinese has no plural forms, so counts need no
# select. A word card is "字卡", a word mat "詞彙表", phonics "自然拼讀".

## Cognition and learning

bank-read-common-words = 在相隔一星期的兩次檢查中，{ $name }會讀出{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }的字卡上{ $total }個常用字中的{ $count }個。

bank-precision-teaching = 精準教學（{ EN("Precision teaching") }）：每天用字卡練習幾分鐘，每次練習幾個字

bank-words-read-checked-weekly = 每星期記錄讀對了的字。

bank-read-card-words-at-bedtime = 睡前和孩子一起讀字卡上的{ $count }個字。

bank-write-sentences-about-picture = { $name }會根據一幅圖畫寫出{ $count }個句子，每個句子都以大楷字母開頭，並以句號結束。

bank-writing-group-sentence-frames = 寫作小組：使用句子框架（提供句子的開頭，讓孩子完成句子）

bank-writing-samples-checked = 保留{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }的寫作樣本，每兩星期檢查一次。

bank-talk-about-picture = 一起談談一幅圖畫，並在寫下句子之前，幫助{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }先把句子說出來。

bank-read-together-daily = 請每天和{ $name }一起閱讀{ $minutes }分鐘，並在閱讀記錄（{ EN("reading record") }）上簽名。

bank-know-letter-sounds = 在自然拼讀（{ EN("phonics") }）課至今教過的{ $total }個字母及字母組合中，{ $name }會說出其中{ $count }個的讀音。

bank-blend-short-words = { $name }會把短字逐個音讀出，再拼合起來，例如「{ EN("cat") }」和「{ EN("ship") }」，在{ $total }個字中讀對{ $count }個。

bank-spell-list-words = 在連續兩次檢查中，{ $name }會正確拼寫{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }的生字表上{ $total }個字中的{ $count }個。

bank-read-page-few-mistakes = { $name }會朗讀{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }的閱讀圖書中的一頁，錯誤不超過{ $count }個。

bank-answer-questions-about-text = 和成人一起讀完一篇短文後，{ $name }會回答關於短文的{ $total }條問題中的{ $count }條。

bank-number-bonds-to-ten = { $name }會不用手指點算，回答{ $total }條關於「湊十」（{ EN("number bonds to ten") }，即相加等於十的兩個數）的問題中的{ $count }條。

bank-count-objects-accurately = { $name }會正確數出最多{ $count }件物件：每件物件只點一次，並把最後數到的數字說成總數。

bank-times-table-facts = { $name }會在不寫出乘數表的情況下，正確回答{ $total }條{ $table }的乘數表問題中的{ $count }條。

bank-finger-spaces = 在課堂上寫的{ $total }個句子中，{ $name }會在其中{ $count }個句子的字與字之間，留一隻手指寬的空位。

bank-form-letters-correctly = { $name }會正確寫出{ $total }個小楷字母中的{ $count }個，每個字母都從正確的位置起筆。

bank-remember-list-in-order = { $name }會記住由{ $count }個字組成的一串字，並按正確次序說出來。

bank-use-word-mat = 在{ $of }次寫作活動中，{ $name }會有{ $times }次無須提醒，自行使用詞彙表（{ EN("word mat") }）檢查拼寫。

bank-phonics-catch-up-group = 自然拼讀（{ EN("phonics") }）追趕小組：大部分日子都在小組內進行短時間練習，練習字母的讀音，並把讀音拼合成字

bank-paired-reading = 伴讀（{ EN("Paired reading") }）：成人和{ $name }一起朗讀一本書，遇到難讀的字時由成人幫忙

bank-multisensory-spelling = 多感官拼寫（{ EN("Multisensory spelling") }）：每個字都透過讀出來、描寫、書寫和檢查來學習拼寫

bank-maths-with-objects = 用可以拿在手上和移動的教具學數學，例如計數粒、積木和數線，讓孩子看得到、摸得到數字

bank-pre-teaching-topic-words = 預先教授（{ EN("Pre-teaching") }）：上課之前，先在小組內用圖片教授課堂主題的新詞語

bank-word-mat-on-table = 桌上的詞彙表（{ EN("word mat") }）：一張列出常用字和拼寫的紙，讓孩子寫作時參考

bank-task-steps-checklist = 把任務分成小步驟，並附上清單，每完成一步便打勾

bank-reading-comprehension-group = 閱讀理解小組：在小組內閱讀短文，並討論短文的意思

bank-i-spy-letter-sounds = 和孩子玩「我看見」（{ EN("I spy") }）字母讀音遊戲，例如說：「我看見一樣東西，開頭的音是 sss。」

bank-look-say-cover-write-check = 每次練習生字表上的幾個字：看一看、讀出來、蓋起來、寫出來，然後檢查。

bank-count-everyday-things = 在日常生活中一起數東西，例如樓梯的級數、晚飯時的匙羹，或上學途中看到的紅色汽車。

bank-card-game-make-ten = 一起玩紙牌遊戲：輪流找出兩張加起來等於十的紙牌。

bank-letter-sounds-checked-half-termly = 在計劃開始時及每半個學期，檢查{ $name }認識哪些字母讀音。

bank-spelling-scores-charted = 每星期進行簡短的拼寫測驗，並把分數記錄在圖表上。

bank-running-record = 每兩星期做一次朗讀記錄（{ EN("running record") }）：成人聆聽{ $name }朗讀，並記下每個讀對的字。

bank-need-reading-and-spelling = { $name }覺得閱讀和拼寫新的字很困難，也很難把學過的字記到第二天。

bank-strength-memory-for-stories = { $name }很喜歡故事，能把故事記得很清楚，也喜歡講故事給別人聽。

bank-read-longer-words = { $name }會把較長的字分成幾部分來讀，例如「{ EN("rab-bit") }」和「{ EN("sun-set") }」，在{ $total }個字中讀對{ $count }個。

bank-spell-words-said-aloud = 成人讀出短字，例如「{ EN("dog") }」和「{ EN("shop") }」，{ $name }會逐個音拼出來並寫下，在{ $total }個字中拼對{ $count }個。

bank-use-spelling-rule = 在拼寫測驗中，{ $name }會運用正在學習的拼寫規則，例如在字的後面加上「{ EN("ing") }」或「{ EN("ed") }」，在{ $total }個字中做對{ $count }個。

bank-read-words-per-minute = { $name }會從程度合適的書中，每分鐘正確讀出{ $words }個字。

bank-retell-story-in-order = { $name }會按正確次序複述剛讀完的故事，包括{ $count }個主要情節。

bank-plan-writing-with-frame = { $name }會在開始寫作之前，先在寫作計劃紙上寫下或畫出{ $count }個構思。

bank-check-own-writing = { $name }會重讀寫好的文章，並在無人幫助下改正最少{ $count }個錯誤。

bank-letters-on-the-line = 在{ $total }個句子中，{ $name }會有{ $count }個句子寫在橫線上，而且高字母和矮字母的大小正確。

bank-add-and-take-away = { $name }會做{ $limit }以內的加數和減數，在{ $total }條題目中答對{ $count }條。

bank-tens-and-ones = { $name }會說出一個兩位數中有多少個十和多少個一，在{ $total }個數中做對{ $count }個。

bank-tell-time-on-clock = { $name }會看有指針的時鐘，說出整點和半點的時間，在{ $total }個時鐘中說對{ $count }個。

bank-pay-with-coins = 購買價錢最多{ $pence }便士的東西時，{ $name }會選出正確的硬幣付款，在{ $total }次嘗試中做對{ $count }次。

bank-solve-word-problems = { $name }會畫圖或利用實物幫助自己，解答{ $total }條文字題（以小故事形式提出的數學題）中的{ $count }條。

bank-work-alone-on-steps = { $name }會先獨自完成一項任務的{ $steps }個步驟，然後才請成人檢查。

bank-use-task-board = 在{ $of }節課中，{ $name }會有{ $times }節不用問成人，自行看任務板，知道下一步做甚麼。

bank-bring-right-things = { $name }會按清單帶齊上學需要的物品，例如閱讀圖書、水樽和體育服，在{ $of }天中做到{ $days }天。

bank-finish-tasks-in-time = { $name }會借助視覺計時器，在課堂限時內完成{ $total }項任務中的{ $count }項。

bank-decodable-reading-books = 配合{ $name }已學讀音的閱讀圖書，讓每個字都可以逐個音讀出來

bank-reciprocal-reading = 交互閱讀（{ EN("Reciprocal reading") }）：小組成員輪流預測接下來的情節、提出問題、解釋難字和總結文章

bank-spelling-patterns-and-own-list = 把拼寫規律相同的字放在一起教，並為孩子準備一張個人難字表來練習

bank-handwriting-practice-group = 書寫小組：大部分日子都練習幾分鐘，學習字母的形狀和連寫方法

bank-number-facts-daily-practice = 每天用簡短的遊戲練習基本數學算式，每次幾分鐘，幫助孩子牢記

bank-desk-memory-aids = 放在桌上的記憶輔助工具，例如字母表條、百數表和乘數表

bank-small-chunks-of-information = 把資訊分成小段提供，加以重複，並配合圖片或寫下的關鍵詞

bank-visual-timer-on-desk = 在桌上放一個視覺計時器，讓{ $name }看到完成任務還剩多少時間

bank-start-then-step-back = 成人幫助{ $name }開始一項任務，然後退開，幾分鐘後再來看看，以培養獨立完成工作的能力

bank-daily-kit-checklist = 放在書包裏的圖片清單，列出每天要帶的物品；另有一個貼上標籤的托盤，用來放書本和用品

bank-other-ways-to-record = 用其他方法記錄想法，例如畫圖、畫腦圖、打字，或說給成人聽，由成人寫下來

bank-reader-or-scribe-in-tests = 考試時給予額外時間；如{ $name }有需要，由成人讀出題目或代寫答案

bank-play-shops-with-coins = 用真的硬幣玩買賣遊戲：讓{ $name }付錢買東西，並數算找贖。

bank-tell-time-at-home = 日常生活中一起看時鐘，並在吃飯時或喜愛的節目開始前，問孩子現在是甚麼時間。

bank-pack-bag-night-before = 前一晚用學校的圖片清單，和孩子一起收拾書包。

bank-memory-games = 玩記憶遊戲，例如「我去商店買了……」，每輪多加一樣東西。

bank-write-for-real-reasons = 為實際用途一起寫字，例如購物清單、生日卡，或寫給親戚的短箋。

bank-maths-check-half-termly = 在計劃開始時及每半個學期，簡短檢查正在練習的數學技能。

bank-reading-speed-timed = 每兩星期，成人聆聽{ $name }朗讀一段短文一分鐘，並數算讀對的字數。

bank-tasks-done-alone-counted = 每星期數算{ $name }在沒有成人幫助下完成了多少項任務。

## Communication and interaction

bank-follow-two-step-instruction = 老師向全班發出兩個步驟的指示時，{ $name }會無須提醒便照着做，在{ $of }次中做到{ $times }次。

bank-instructions-in-short-steps = 把指示分成簡短的步驟，每一步都配上圖片說明。

bank-tally-chart-weekly = 用劃記表記錄，每星期檢查

bank-two-step-instructions-at-home = 在家給孩子兩個步驟的指示，並稱讚{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }能照着做。

bank-answer-who-what-where = { $name }會就一幅圖畫或一個短故事，回答{ $total }條以「誰」、「甚麼」或「哪裏」開頭的問題中的{ $count }條。

bank-speak-in-longer-sentences = 和成人談論圖畫時，{ $name }會說最少有{ $words }個字的句子。

bank-take-turns-in-conversation = { $name }會和朋友對話，輪流說話時自己說{ $turns }次，並一直圍繞同一個話題。

bank-ask-for-help-when-stuck = 在{ $of }節課中，{ $name }會有{ $times }節在遇到困難時，用說話或求助卡請人幫忙。

bank-listen-at-carpet-time = { $name }會在地氈時間（{ EN("carpet time") }）坐着聆聽{ $minutes }分鐘，並望着說話的人。

bank-learn-topic-words = { $name }每半個學期會學會課堂主題的{ $count }個新詞語，並說出每個詞語的意思。

bank-say-hello-on-arrival = { $name }回到課室時，會向一位成人和一位朋友打招呼，在{ $of }天中做到{ $days }天。

bank-wait-turn-to-speak = 在小組中，{ $name }會等到輪到自己才說話，不會搶着叫出來，在{ $of }次中做到{ $times }次。

bank-say-practised-sound = { $name }會在字的開頭清楚發出正在練習的語音，在{ $total }個字中做到{ $count }個。

bank-position-words = { $name }會把玩具放在正確的位置，以表示明白{ $total }個方位詞中的{ $count }個，例如「{ EN("in") }」、「{ EN("on") }」和「{ EN("under") }」。

bank-move-on-with-visual-timetable = { $name }會查看視覺時間表（{ EN("visual timetable") }），並在最多一次提醒下轉到下一項活動，在{ $of }次中做到{ $times }次。

bank-play-shared-game = 在有成人在旁的情況下，{ $name }會和另一個孩子一起玩遊戲{ $minutes }分鐘。

bank-visual-timetable = 視覺時間表（{ EN("visual timetable") }）：貼在桌上或牆上的圖片，顯示一天的活動次序，讓{ $name }知道接下來做甚麼

bank-now-and-next-board = 「現在／之後」板（{ EN("now and next board") }）：用兩張圖片顯示現在的任務和之後的活動

bank-social-stories = 社交故事（{ EN("Social stories") }）：配有圖片的短故事，解釋一個新的或困難的情況，以及應該怎樣做

bank-speech-and-language-programme = 言語治療師制定的言語及語言訓練計劃，每星期由教學助理帶領進行短時間練習

bank-language-group = 語言小組：透過遊戲培養聆聽能力、學習新詞語，以及用句子說話

bank-colourful-semantics = 彩色語意（{ EN("Colourful semantics") }）：用不同顏色的卡代表「誰」、「做甚麼」、「甚麼」和「在哪裏」，幫助孩子說出較長的句子

bank-name-first-short-instructions = 成人先叫{ $name }的名字，才發出指示；每次只給一個簡短的步驟，並等待回應

bank-signs-and-symbols = 說話時同時使用手勢和圖像符號，讓孩子更容易明白說話的內容

bank-talk-about-picture-book = 一起看圖畫書，談談每一頁發生了甚麼事。

bank-name-things-on-walks = 散步或購物時，一起說出看到的東西的名稱，每次加入一個新詞語。

bank-my-turn-your-turn = 玩一些需要輪流的簡單遊戲，例如滾球，並說「輪到我，輪到你」。

bank-first-then-at-home = 在家用「先……然後……」說明接下來做甚麼，例如「先穿鞋，然後去公園」。

bank-speech-therapist-checks-each-visit = 言語治療師每次到訪時檢查進展，並寫下簡短的記錄。

bank-sentence-samples-half-termly = 在計劃開始時及每半個學期，成人記下{ $name }描述一幅圖畫時所說的話，以了解句子有沒有變長。

bank-group-session-notes = 帶領小組的成人在每節活動中記下每次輪流發言和回答，並每兩星期查看記錄。

bank-need-spoken-instructions = { $name }覺得很難跟從老師向全班發出的口頭指示，也很難找到合適的字詞來解釋自己的想法。

bank-say-sound-in-sentences = 與成人談話時，{ $name }會在句子中清楚發出正在練習的語音，在{ $total }個句子中做到{ $count }個。

bank-hear-sound-differences = { $name }會分辨讀音相近的字，例如「{ EN("key") }」和「{ EN("tea") }」，在{ $total }對字中，有{ $count }對能指出正確的圖片。

bank-sort-words-into-groups = { $name }會把{ $total }張圖片中的{ $count }張分類，例如動物、食物和衣服，並說出每一類的名稱。

bank-describe-an-object = { $name }會說出一件物件的{ $count }個特點來描述它，例如顏色、形狀、大小或用途。

bank-follow-key-word-instructions = { $name }會跟從一個需要記住{ $count }個重要字詞的指示，例如「把那個紅色大球給我」，在{ $of }次嘗試中做到{ $times }次。

bank-answer-why-and-how = { $name }會就一個故事或一件發生了的事，回答{ $total }條以「為甚麼」或「怎樣」開頭的問題中的{ $count }條。

bank-tell-news-in-order = { $name }會用{ $count }個句子，按正確次序告訴成人一件發生過的事，例如週末做過的事。

bank-tell-story-with-cards = { $name }會借助故事卡講一個短故事，包括卡上所示{ $total }個部分中的{ $count }個，例如人物、地點、發生了甚麼事和結局。

bank-start-a-conversation = 小息時，{ $name }會主動和另一個孩子開始對話，例如打招呼或問問題，在{ $of }天中做到{ $days }天。

bank-ask-friend-a-question = { $name }會就朋友剛說的話向朋友提問，在{ $of }次中做到{ $times }次。

bank-read-feelings-in-pictures = { $name }會說出圖畫中的人可能有甚麼感受，以及原因，在{ $total }幅圖畫中做到{ $count }幅。

bank-explain-common-sayings = { $name }會解釋{ $total }個常用說法中{ $count }個的真正意思，例如「{ EN("it's raining cats and dogs") }」（下大雨）。

bank-keep-comfortable-distance = 與人說話時，{ $name }會站在大約一臂距離之外，在{ $of }次中做到{ $times }次。

bank-cope-with-change-to-routine = 當天的安排有變，而變動已預先在視覺時間表上顯示時，{ $name }會保持冷靜，在{ $of }次中做到{ $times }次。

bank-ask-with-picture-cards = { $name }會在一天中用圖片卡或手勢，要求{ $count }樣不同的東西，例如喝水、幫忙或上洗手間。

bank-join-activity-chosen-by-others = { $name }會參與別人選擇的活動{ $minutes }分鐘，然後才回到自己喜愛的活動。

bank-speak-up-in-small-group = 在小組中，{ $name }會不用別人先問，主動回答問題或分享想法，每星期最少{ $times }次。

bank-say-what-helps-when-talking = { $name }會說出{ $count }件在說話感到困難時有幫助的事，例如給予時間，並告訴班主任。

bank-wait-time-to-answer = 給予回答的時間：成人提問後等大約十秒，讓{ $name }思考和回答

bank-model-and-expand-sentences = 成人把{ $name }說的話，用正確而稍長的句子再說一遍，但不要求孩子重說

bank-word-webs = 詞語網（{ EN("word webs") }）：把每個新詞語和它的讀音、意思、圖片及相近的詞語連繫起來，幫助孩子牢記

bank-brick-building-group = 積木小組：小組一起砌一個模型，每個孩子負責一項工作（找積木、砌積木或發出指示），以練習溝通和合作

bank-intensive-interaction = 密集互動（{ EN("Intensive interaction") }）：成人在遊戲中跟隨{ $name }的帶領，模仿聲音和動作，建立共同專注和樂趣

bank-quiet-workstation = 安靜工作區：遠離干擾的座位，任務按次序排好，讓孩子獨立工作

bank-comic-strip-conversations = 連環圖對話（{ EN("Comic strip conversations") }）：用簡單的圖畫，加上說話和思想泡泡，一起談談發生了甚麼事，以及各人當時在想甚麼

bank-warn-before-changes = 變動前預先提示：當天的變動預先在視覺時間表上顯示，活動結束前會倒數

bank-stammering-friendly-talk = 照顧口吃的談話方式：成人等{ $name }說完，不替{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }把字說完；並一起商定在課堂上怎樣在點名時應答和回答問題

bank-talking-partner = 對話夥伴：一位同學，讓孩子在全班面前回答之前，先和這位同學討論想法

bank-communication-passport = 溝通護照（{ EN("communication passport") }）：與家人一起製作的小冊子，告訴職員{ $name }怎樣溝通，以及甚麼對{ $name }有幫助

bank-lunchtime-club-structured-play = 午膳時間小組：和一小組同學一起玩遊戲，並有一位成人幫助孩子們一起玩

bank-speech-sound-games-from-therapist = 每天花幾分鐘玩言語治療師提供的語音遊戲，並稱讚孩子的每一次嘗試。

bank-talk-at-mealtimes = 吃飯時關掉電子屏幕，一起談談當天的事。

bank-prepare-for-changes = 在有變動之前，例如探訪或外出遊玩，給{ $name }看相片，或講一個短故事，說明將會發生甚麼事。

bank-give-time-to-talk = 當{ $name }說話有困難時，請耐心等候，繼續望着{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }，讓{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }自己把話說完，不要代為說出。

bank-describe-and-guess = 玩「描述和猜猜」遊戲：輪流描述房間裏的一樣東西，讓對方猜是甚麼。

bank-new-words-checked-with-pictures = 在計劃開始和結束時，用圖片檢查{ $name }認識的新詞語。

bank-conversations-noted-weekly = 成人每星期記錄{ $name }在課堂上和遊戲時主動開始或加入對話的次數。

bank-playtime-observation = 成人每兩星期在小息時觀察一次，並記下{ $name }和誰一起玩、怎樣玩。

bank-social-communication-checklist = 在計劃開始和結束時，職員和家人填寫一份簡短的社交溝通技巧清單。

## Social, emotional and mental health

bank-calm-card = { $name }會使用冷靜卡和冷靜角，而不是大叫，在{ $of }天中做到{ $days }天。

bank-feelings-check-in = 每天早上用情緒量表做簡短的情緒檢視

bank-feelings-scale-at-home = 在家使用同一個情緒量表，並稱讚{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }懂得要求休息。

bank-name-feelings = { $name }會說出{ $count }種情緒，例如開心、傷心、憤怒和擔心，並把每種情緒配對到一張圖片。

bank-calm-again-within-minutes = { $name }不開心之後，會在成人幫助下，於{ $minutes }分鐘內平靜下來。

bank-use-break-card = { $name }不開心時，會出示休息卡，要求短暫休息，而不是離開房間，在{ $of }次中做到{ $times }次。

bank-start-task-when-asked = { $name }會在被要求後{ $minutes }分鐘內開始做任務，在{ $of }天中做到{ $days }天。

bank-join-playtime-game = 小息時，{ $name }會和其他孩子一起玩遊戲，在{ $of }天中做到{ $days }天。

bank-safe-hands-at-playtime = 小息時，{ $name }會管好自己的手腳，不傷害別人，在{ $of }天中做到{ $days }天。

bank-lose-a-game-calmly = 在{ $of }場遊戲中，{ $name }會有{ $times }場在輸了時保持冷靜，並對勝出者說「做得好」。

bank-say-good-things-about-self = 在每星期的情緒檢視時，{ $name }會說出{ $count }件關於{ $gender ->
        [female] 她自己
        [male] 他自己
       *[other] 自己
    }的好事。

bank-come-into-class-calmly = 早上，{ $name }會在門口道別，然後平靜地走進課室，在{ $of }天中做到{ $days }天。

bank-follow-request-after-reminder = { $name }會在最多一次提醒後，按成人的要求去做，在{ $of }次中做到{ $times }次。

bank-stay-in-lesson = 在{ $of }節課中，{ $name }會有{ $times }節整節課都留在課室，有需要時按計劃短暫休息。

bank-sort-out-falling-out = 和朋友發生爭執時，{ $name }會用說話而不是動手解決，有需要時請成人幫忙，在{ $of }次中做到{ $times }次。

bank-feelings-traffic-light = 情緒交通燈：用綠、黃、紅三種顏色的卡，表示{ $name }現在的感受，並為每種顏色訂好有幫助的做法

bank-nurture-group = 培育小組（{ EN("nurture group") }）：每天有部分時間參加由一位熟悉的成人帶領的安靜小組，建立自信和友誼

bank-emotional-literacy-support = 情緒素養支援（{ EN("Emotional literacy support") }）：每星期一節，由受過訓練的教學助理帶領，談論情緒並練習應對方法

bank-social-skills-group = 社交技巧小組：在小組中玩遊戲，練習分享、輪流，以及有風度地接受輸

bank-calm-space-with-timer = 在課室內或附近設一個安靜的空間，讓孩子用沙漏計時，短暫休息，然後回到學習

bank-meet-and-greet = 迎接（{ EN("Meet and greet") }）：每天早上由一位熟悉的成人在門口迎接{ $name }，並幫助孩子安頓下來

bank-praise-and-reward-chart = 對好的選擇給予清楚的稱讚，並使用獎勵表，訂下與{ $name }商定的小目標

bank-restorative-conversations = 修和對話（{ EN("Restorative conversations") }）：發生問題後，成人幫助每個孩子說出發生了甚麼事、當時的感受，以及怎樣補救

bank-best-part-of-the-day = 睡前問孩子當天最好的時刻，以及一件困難的事，並平靜地聆聽。

bank-slow-breathing-together = 在大家都平靜的時候，一起練習慢慢呼吸：吸氣時數到四，呼氣時也數到四。

bank-praise-effort-at-home = 留意{ $name }努力嘗試或作出友善選擇的時候，並具體說出好在哪裏。

bank-tell-school-about-changes = 讓學校知道家中的變化，例如搬家、添了嬰兒或失去親人，好讓職員可以幫忙。

bank-difficult-moments-record = 記錄困難時刻（之前發生了甚麼事、{ $name }做了甚麼、之後發生了甚麼事），每星期查看。

bank-feelings-questionnaire = 在計劃開始和結束時，與{ $name }一起填寫一份簡短的情緒問卷。

bank-daily-smiley-chart = 每日笑臉表：一天中每個時段都用一個笑臉表示，與家人分享，並在每個星期五查看。

bank-need-managing-feelings = { $name }覺得很難處理強烈的情緒，不開心之後也很難平靜下來。

bank-share-a-worry = { $name }會用說話、畫畫或擔憂盒（{ EN("worry box") }），和一位信任的成人分享擔心的事，每星期最少{ $times }次。

bank-use-calm-plan = 感到擔心時，{ $name }會使用{ $gender ->
        [female] 她
        [male] 他
       *[other] 自己
    }的冷靜計劃中的一個方法，例如慢慢呼吸或捏軟球，在{ $of }次中做到{ $times }次。

bank-speak-to-adults-in-school = { $name }會在學校和{ $count }位成人說話，先從在安靜的地方和一位熟悉的成人說話開始。

bank-try-something-new = { $name }每半個學期會嘗試{ $count }項新活動，例如參加興趣小組或玩新遊戲，並有一位熟悉的成人在旁。

bank-notice-early-signs-of-anger = { $name }會察覺自己開始生氣的早期跡象，例如臉部發熱或握緊拳頭，並告訴成人，在{ $of }次中做到{ $times }次。

bank-help-put-things-right = 發生問題後，{ $name }會平靜地和成人談話，並提出補救的方法，在{ $of }次中做到{ $times }次。

bank-attend-school-per-cent = 這個學期，{ $name }的上課日出席率會最少達到{ $percent }%。

bank-time-in-class-each-day = { $name }每天會在課室上課{ $hours }小時，其餘時間則在安靜室，由一位熟悉的成人陪伴。

bank-settle-after-playtime = 小息後，{ $name }會回到課室，在{ $minutes }分鐘內在{ $gender ->
        [female] 她
        [male] 他
       *[other] 自己
    }的座位上坐好，在{ $of }天中做到{ $days }天。

bank-invite-someone-to-play = { $name }會邀請另一個孩子一起玩，每星期最少{ $times }次。

bank-kind-things-for-others = { $name }每天會為其他孩子做{ $count }件好事，例如分享或幫忙，並由成人留意到。

bank-have-a-go-at-hard-tasks = 在{ $of }節課中，{ $name }會有{ $times }節嘗試做困難的任務，說「我可以試試」，而不是拒絕。

bank-cope-with-mistakes = 在{ $of }節課中，{ $name }會有{ $times }節在別人指出錯誤時保持冷靜，並改正錯誤。

bank-share-work-with-pride = { $name }會把一份令{ $gender ->
        [female] 她
        [male] 他
       *[other] 自己
    }感到自豪的作品展示給成人或全班看，每星期最少{ $times }次。

bank-stay-on-task-with-timer = { $name }會借助視覺計時器專心做任務{ $minutes }分鐘，然後按計劃短暫休息。

bank-back-to-work-after-signal = 成人給予安靜的提示後，例如輕敲桌子，{ $name }會重新專心工作，在{ $of }次中做到{ $times }次。

bank-walk-in-line-safely = { $name }會和全班一起排隊，並安全地在隊伍中行走，在{ $of }次中做到{ $times }次。

bank-visit-new-class = 升班或轉校之前，{ $name }會到新的班別或學校參觀{ $count }次，並說出一件期待的事。

bank-key-adult = 關鍵成人（{ EN("key adult") }）：一位指定的成人，{ $name }有需要時可以找這位成人；這位成人每天都會關心孩子的情況，並與家人保持聯絡

bank-worry-box = 擔憂盒或擔憂簿：{ $name }可以把擔心的事放進去，稍後和成人一起談談

bank-personal-calm-plan = 與{ $name }一起制定的冷靜計劃：列出開始不開心或生氣的早期跡象、甚麼有幫助，以及可以去哪裏平靜下來

bank-emotion-coaching = 情緒輔導（{ EN("Emotion coaching") }）：成人先說出孩子的感受，表示明白，然後才幫助孩子想想下一步怎樣做

bank-gradual-return-plan = 逐步增加在校時間的計劃，設有安靜室和熟悉的成人陪伴；計劃與家人商定，並經常檢討

bank-attendance-support-meeting = 出席支援：孩子缺席的第一天致電家中，並與家人開會，商定可以怎樣幫助

bank-quiet-signal-to-refocus = 與{ $name }商定一個安靜的提示，例如把手放在桌上，讓孩子重新專注在任務上，而不用責備

bank-transition-visits-and-booklet = 協助升班或轉校：多安排幾次參觀新的班別或學校，並提供一本附有新課室和職員相片的小冊子，讓孩子在假期中翻看

bank-circle-of-friends = 朋友圈（{ EN("Circle of friends") }）：一小組同學每星期與一位成人見面，商量怎樣在課堂上和遊戲時幫助{ $name }

bank-playground-buddies = 遊樂場小夥伴（{ EN("Playground buddies") }）：受過訓練的高年級學生，在小息時幫助其他孩子玩遊戲和交朋友

bank-class-job-for-confidence = 在班上擔任一項職務，例如派發書本或照顧植物，以建立自信和歸屬感

bank-mental-health-support-team = 與學校輔導員，或與學校合作的精神健康支援團隊，進行簡短的談話

bank-calm-morning-routine = 讓每天早上保持平靜和一樣的安排，並用圖片列出準備上學的步驟。

bank-regular-bedtime-screens-off = 保持固定的睡覺時間，睡前一小時關掉電子屏幕。

bank-invite-friend-to-play = 邀請一位同班朋友到家中或公園玩，起初只玩一段短時間。

bank-worry-time = 訂立「擔心時間」：每天花幾分鐘談談擔心的事，然後一起做一些開心的事。

bank-small-jobs-at-home = 給{ $name }在家做一些小家務，例如擺放餐具，完成後說聲謝謝。

bank-talk-about-new-class = 假期時，和孩子一起看學校給的小冊子和相片，談談新的班別。

bank-attendance-checked-weekly = 每星期檢查出席和遲到情況，並告知家人。

bank-weekly-feelings-rating = 每星期，{ $name }會在情緒量表上選一個表情，表示在學校的感受；整個計劃期間的答案會拿來比較。

bank-time-on-task-recorded = 成人每星期在兩節課中，為{ $name }專心做任務的時間計時，並記錄下來。

bank-home-school-book = 家校聯絡簿：學校每天寫簡短的記錄，家中有消息時也會寫下，並在檢討時一起查看。

bank-midday-staff-notes = 午膳當值人員每星期寫一份簡短的記錄，說明小息和午膳時間的情況。

## Sensory and physical

bank-pencil-grip = { $name }寫字時會用三指握筆法（用拇指和另外兩隻手指握筆），持續{ $minutes }分鐘。

bank-put-on-coat = { $name }會在無人幫助下穿上{ $gender ->
        [female] 她
        [male] 他
       *[other] 自己
    }的外套，並拉好拉鏈，在{ $of }天中做到{ $days }天。

bank-change-for-pe = { $name }會在無人幫助下，於{ $minutes }分鐘或更短的時間內換好體育服。

bank-cut-along-line = { $name }會用剪刀沿着粗線剪，並貼近線條，在{ $of }次中做到{ $times }次。

bank-balance-on-one-leg = { $name }會左右腳輪流單腳站立，每邊{ $seconds }秒。

bank-wear-hearing-aids = { $name }會整個上課日都戴着{ $gender ->
        [female] 她
        [male] 他
       *[other] 自己
    }的助聽器，在{ $of }天中做到{ $days }天。

bank-say-when-not-heard = 在{ $of }節課中，{ $name }會有{ $times }節在聽不清楚或看不清楚時，用說話或卡片告訴成人。

bank-use-large-print = 在{ $of }節課中，{ $name }會有{ $times }節無須提醒，自行使用大字版或放大鏡閱讀課堂作業。

bank-find-way-around-school = { $name }會獨自由課室走到禮堂、洗手間和操場，在{ $of }天中做到{ $days }天。

bank-write-words-in-time = { $name }會在{ $minutes }分鐘內寫出{ $words }個字，字母清楚易讀。

bank-ask-for-movement-break = 感到坐立不安時，{ $name }會出示卡片，要求活動小休，而不是離開座位，在{ $of }次中做到{ $times }次。

bank-stay-in-assembly = { $name }會留在禮堂參加集會（{ EN("assembly") }）{ $minutes }分鐘，有需要時戴上隔音耳罩。

bank-fine-motor-group = 小肌肉小組：進行穿珠、夾衣夾和「麵團舞」（{ EN("dough disco") }，隨着音樂揉搓麵團）等短時間活動，鍛煉手部力量

bank-therapy-exercise-programme = 職業治療師或物理治療師制定的運動計劃，由教學助理陪同進行

bank-radio-aid = 無線調頻系統（{ EN("radio aid") }）：老師戴上一個小型咪高峰，把聲音直接傳送到{ $gender ->
        [female] 她
        [male] 他
       *[other] 孩子
    }的助聽器

bank-seat-near-the-front = 安排坐在前排，面向老師，光線充足，遠離噪音

bank-large-print-materials = 根據感官支援服務（{ EN("sensory support service") }）的建議，提供大字體、對比強烈的工作紙和書本

bank-sensory-circuit = 感官循環活動（{ EN("sensory circuit") }）：每天早上進行一組簡短的身體活動，幫助{ $name }保持平靜，準備好學習

bank-movement-breaks = 預先安排的活動小休：在課堂中做一些簡短的差事或運動，例如把口訊送到校務處

bank-ear-defenders-and-quiet-place = 隔音耳罩，以及在房間太嘈吵時可以去的安靜地方

bank-finger-games-at-home = 玩一些需要手指細微動作的遊戲，例如穿珠、砌細小的積木，或用衣夾晾衣服。

bank-dressing-practice = 早上給{ $name }時間自己穿衣服，只在最困難的部分幫忙。

bank-check-hearing-aids-daily = 上學前檢查助聽器是否運作正常，並在書包裏放好後備電池。

bank-active-play-at-the-park = 一起去公園玩攀爬架、鞦韆和任何需要平衡的設施。

bank-therapist-checks-goals = 職業治療師或物理治療師每次到訪時，按照他們訂立的目標檢查進展。

bank-time-taken-recorded-weekly = 每星期記錄完成一項任務所需的時間，例如換體育服，以看到時間逐漸縮短。

bank-specialist-teacher-report = 感官支援服務的專科教師每半個學期觀課一次，並撰寫簡短的報告。

bank-need-fine-motor-skills = { $name }覺得寫字、剪紙和其他需要手部細緻動作的工作很困難。

bank-check-own-hearing-aids = { $name }每天早上會和成人一起檢查{ $gender ->
        [female] 她
        [male] 他
       *[other] 自己
    }的助聽器，並說出聲音是否正常，在{ $of }天中做到{ $days }天。

bank-hand-over-radio-aid = 在{ $of }節課中，{ $name }會有{ $times }節在課堂開始時，無須提醒便把無線調頻系統的咪高峰交給老師。

bank-read-braille-words = { $name }會正確讀出以點字寫成的{ $total }個字中的{ $count }個。

bank-walk-with-walking-aid = 在有成人在旁的情況下，{ $name }會使用助行器由課室走到禮堂，再走回來，在{ $of }天中做到{ $days }天。

bank-ask-for-rest-or-change-of-position = { $name }會在需要休息或轉換姿勢時告訴成人，在{ $of }次中做到{ $times }次。

bank-use-stairs-safely = { $name }會安全地上下樓梯，每級只踏一隻腳，並扶着扶手，在{ $of }天中做到{ $days }天。

bank-catch-a-ball = 成人在{ $steps }步以外輕輕拋出大球時，{ $name }會接住，在{ $of }次中做到{ $times }次。

bank-hop-on-each-foot = { $name }會左右腳各單腳跳{ $times }次而不跌倒。

bank-do-up-buttons = { $name }會在無人幫助下扣好恤衫或開胸毛衣上的{ $count }粒鈕扣。

bank-type-words-per-minute = { $name }會用雙手打字，每分鐘打{ $words }個字。

bank-use-knife-and-fork = 午膳時，{ $name }會用刀叉切開軟的食物，在{ $of }天中做到{ $days }天。

bank-open-lunch-items = { $name }會在無人幫助下，打開自備午餐中{ $total }個包裝或盒子中的{ $count }個。

bank-try-new-foods = { $name }每半個學期會在午膳時嘗試{ $count }種新食物，方法是看一看、摸一摸、聞一聞或嚐一嚐每種食物。

bank-join-messy-play = { $name }會參加一項會弄髒手的活動，例如繪畫或烹飪，為時{ $minutes }分鐘，想戴手套的話可以戴上。

bank-use-sensory-tools = 在{ $of }節課中，{ $name }會有{ $times }節使用{ $gender ->
        [female] 她
        [male] 他
       *[other] 自己
    }的感官工具包中的工具，例如平衡氣墊或可以拿在手中把玩的小物件，幫助自己安頓下來。

bank-know-signs-of-feeling-unwell = { $name }會說出{ $count }個跡象，顯示{ $gender ->
        [female] 她
        [male] 他
       *[other] 自己
    }因身體狀況需要幫助，例如發抖或氣促，並說出應該告訴哪位成人。

bank-help-with-own-medical-care = 在成人看顧下，{ $name }會協助處理{ $gender ->
        [female] 她自己
        [male] 他自己
       *[other] 自己
    }的醫療護理，例如驗血糖，在{ $of }天中做到{ $days }天。

bank-ask-for-toilet-in-time = { $name }會用說話或卡片，及時要求去洗手間，每星期弄濕褲子不超過{ $count }次。

bank-wash-hands-after-toilet = 如廁後，{ $name }會無須提醒便洗手和擦乾手，在{ $of }次中做到{ $times }次。

bank-deaf-friendly-teaching = 照顧聽障學生的教學：老師說話時面向全班，把關鍵詞寫在白板上，影片配有字幕

bank-braille-teaching = 由專科教師教授點字，並在每節課前把課堂作業預備成點字版

bank-mobility-training = 由專業人員提供定向行走訓練，讓孩子學會安全地獨自在校內走動和找路

bank-sloped-board-and-pencil-grip = 斜面書寫板和橡膠握筆器，令寫字更容易、更舒適

bank-typing-for-longer-writing = 寫較長的文章時使用手提電腦或平板電腦，並每星期練習打字

bank-moving-and-handling-plan = 與物理治療師一起制定的移動及搬運計劃，說明怎樣安全地抱起、移動和轉換姿勢，由受過訓練的職員執行

bank-gross-motor-group = 大肌肉活動小組：短時間的平衡、跳躍、拋球和接球遊戲，增強力量和協調能力

bank-sensory-diet = 感官餐單（{ EN("Sensory diet") }）：由職業治療師訂立，在一天中安排好的活動，例如搬東西、推東西或安靜時間，幫助{ $name }保持平靜和專注

bank-sensory-tool-kit = 感官工具包：例如平衡氣墊、手指玩具和可以安全咬的東西，幫助{ $name }在課堂上安頓下來

bank-individual-health-care-plan = 個人健康護理計劃：與家人和學校護士一起制定，說明職員每天和在緊急情況下要做甚麼

bank-staff-medical-training = 職員接受訓練，懂得給予藥物和協助處理身體狀況，例如使用吸入器或腎上腺素注射筆

bank-intimate-care-plan = 與家人商定的私人護理計劃：由指定的職員，在私隱得到保障的地方，按計劃協助如廁和更換衣物

bank-toilet-timetable = 在一天中的指定時間提醒孩子去洗手間，並提供一張卡，讓孩子隨時可以要求去洗手間

bank-lunchtime-eating-support = 午膳時的協助：較安靜的用餐地方，有需要時把食物切小，並有成人鼓勵孩子嘗試新食物

bank-throw-and-catch = 用一個大的軟球玩拋接遊戲，越來越容易時，便站得遠一點。

bank-help-in-the-kitchen = 讓{ $name }在廚房幫忙攪拌、倒水、塗醬和切開軟的食物。

bank-new-food-next-to-favourite = 在喜愛的食物旁邊放少量新食物，不要施加壓力；孩子看一看、摸一摸或嚐一嚐，都要稱讚。

bank-toilet-routine-at-home = 在家保持固定的如廁習慣，例如飯後去洗手間，並使用和學校相同的字詞和圖片。

bank-therapy-exercises-at-home = 每星期和孩子一起做幾次物理治療師或職業治療師教的運動。

bank-update-school-on-health = 如孩子的健康或藥物有任何改變，請告訴學校，並檢查存放在學校的藥物是否過期。

bank-glasses-every-day = 確保{ $name }每天都戴着乾淨的眼鏡上學。

bank-hearing-aid-check-log = 每天記錄早上的助聽器檢查和任何問題，並每星期查看。

bank-toileting-chart = 如廁記錄表：每天記下保持乾爽的時間和弄濕褲子的情況，並每星期查看。

bank-foods-tried-record = 午膳當值人員記錄{ $name }嘗試過的食物。

bank-movement-skills-check = 在計劃開始和結束時，簡短檢查活動技能，例如平衡、單腳跳和接球。

bank-medical-log = 記錄給予藥物的情況和{ $name }感到不適的時間，每半個學期與家人和學校護士一起查看。

## Any area

bank-strength-kind-and-helpful = { $name }心地善良，喜歡幫助成人和其他孩子。

bank-strength-creative = { $name }富有創意，喜歡繪畫、做手工和砌東西。

bank-strength-keeps-trying = 即使任務困難，{ $name }仍會繼續嘗試。

bank-pupil-views-before-review = 每次檢討之前，都會問{ $name }哪些方面進展順利、哪些方面有困難，並把答案記錄下來。

bank-termly-review-meeting = 每個學期與家人開會，一起檢視目標，並商定下一步。

## Assessments

bank-reading-and-spelling-assessment = 閱讀及拼寫評估

bank-maths-assessment = 數學評估，以找出哪些數學技能需要更多練習

bank-dyslexia-screening = 讀寫障礙初步篩選：簡短檢查閱讀、拼寫和記憶能力

bank-educational-psychologist-assessment = 由教育心理學家進行的評估

bank-speech-and-language-assessment = 由言語治療師進行的評估

bank-autism-assessment-referral = 轉介至本地的衞生服務，進行自閉症評估

bank-mental-health-assessment = 由{ EN("CAMHS") }（本地的兒童及青少年精神健康服務）進行的評估

bank-hearing-test-audiology = 由聽力學服務（{ EN("audiology") }）進行的聽力測試

bank-eye-clinic-assessment = 在醫院眼科診所進行的視力檢查

bank-occupational-therapy-assessment = 由職業治療師評估活動能力、書寫和自理能力

bank-specialist-teacher-learning-assessment = 由學習支援專科教師評估閱讀、寫作、數學和記憶能力

bank-handwriting-speed-check = 檢查書寫速度，看看額外時間或打字是否有幫助

bank-autism-outreach-observation = 由自閉症外展支援隊（{ EN("autism outreach team") }）在課堂上和遊戲時觀察孩子，並向職員提供建議

bank-stammering-assessment = 由專門協助口吃兒童的言語治療師進行的評估

bank-adhd-assessment-referral = 轉介至本地的衞生服務，進行專注力不足／過度活躍症（{ EN("ADHD") }）評估

bank-behaviour-support-observation = 由行為支援服務在課堂上觀察孩子，並向職員提供建議

bank-physiotherapy-assessment = 由物理治療師評估活動能力、平衡和力量

bank-functional-vision-assessment = 由視障兒童專科教師評估{ $name }在課堂上怎樣運用視力

bank-paediatrician-referral = 轉介至社區兒科醫生（{ EN("community paediatrician") }），即檢查健康和發展情況的兒童醫生

bank-early-help-assessment = 早期支援評估（{ EN("early help assessment") }）：讓家庭和本地服務機構一起商定需要甚麼支援

bank-ehc-needs-assessment = 向地方政府申請教育、健康及照顧需要評估，評估後可能會發出教育、健康及照顧計劃（{ EN("EHC plan") }）
