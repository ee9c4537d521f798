# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "Ви" (as in iep.ftl); the name stays in the nominative, so each
# sentence is built with the name as its subject. A word card is "картка слів".

## Cognition and learning

bank-read-common-words = { $name } прочитає { $count } із { $total } поширених слів на своїй картці слів під час двох перевірок з проміжком у тиждень.

bank-precision-teaching = { EN("Precision teaching") }: щодня кілька хвилин вправ із картками слів, по кілька слів за раз

bank-words-read-checked-weekly = Слова, прочитані правильно, записують щотижня.

bank-read-card-words-at-bedtime = Перед сном прочитайте разом із дитиною { $count ->
        [one] { $count } слово
        [few] { $count } слова
        [many] { $count } слів
       *[other] { $count } слова
    } з картки.

bank-write-sentences-about-picture = { $name } напише { $count ->
        [one] { $count } речення
        [few] { $count } речення
        [many] { $count } речень
       *[other] { $count } речення
    } про малюнок. Кожне речення починатиметься з великої літери і закінчуватиметься крапкою.

bank-writing-group-sentence-frames = Заняття з письма в невеликій групі з шаблонами речень (дитина отримує початок речення і закінчує його)

bank-writing-samples-checked = Зразки { $gender ->
        [female] її письма
        [male] його письма
       *[other] письма дитини
    } зберігають і перевіряють раз на два тижні.

bank-talk-about-picture = Поговоріть разом про малюнок і допоможіть { $gender ->
        [female] їй
        [male] йому
       *[other] дитині
    } сказати речення вголос, перш ніж його записати.

bank-read-together-daily = Нехай { $name } щодня читає разом із Вами { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }. Будь ласка, підписуйте щоденник читання ({ EN("reading record") }).

bank-know-letter-sounds = На заняттях із читання за звуками ({ EN("phonics") }) уже вивчили { $total ->
        [one] { $total } літеру або буквосполучення
        [few] { $total } літери та буквосполучення
        [many] { $total } літер і буквосполучень
       *[other] { $total } літери та буквосполучення
    }. { $name } правильно назве звуки { $count } з них.

bank-blend-short-words = { $name } читатиме короткі слова, як-от «{ EN("cat") }» і «{ EN("ship") }»: вимовлятиме кожен звук і складатиме звуки в слово. { $name } правильно прочитає { $count } із { $total ->
        [one] { $total } слова
        [few] { $total } слів
        [many] { $total } слів
       *[other] { $total } слова
    }.

bank-spell-list-words = { $name } правильно напише { $count } із { $total ->
        [one] { $total } слова
        [few] { $total } слів
        [many] { $total } слів
       *[other] { $total } слова
    } зі свого списку слів для вивчення правопису під час двох перевірок поспіль.

bank-read-page-few-mistakes = { $name } прочитає вголос сторінку зі своєї книжки для читання і зробить не більше ніж { $count ->
        [one] { $count } помилку
        [few] { $count } помилки
        [many] { $count } помилок
       *[other] { $count } помилки
    }.

bank-answer-questions-about-text = { $name } правильно відповість на { $count } із { $total ->
        [one] { $total } запитання
        [few] { $total } запитань
        [many] { $total } запитань
       *[other] { $total } запитання
    } про короткий текст, прочитаний разом із дорослим.

bank-number-bonds-to-ten = { $name } правильно відповість на { $count } із { $total ->
        [one] { $total } запитання
        [few] { $total } запитань
        [many] { $total } запитань
       *[other] { $total } запитання
    } про пари чисел, які разом дають десять ({ EN("number bonds to ten") }), не рахуючи на пальцях.

bank-count-objects-accurately = { $name } правильно порахує до { $count ->
        [one] { $count } предмета
        [few] { $count } предметів
        [many] { $count } предметів
       *[other] { $count } предмета
    }: торкатиметься кожного предмета один раз і назве останнє число як загальну кількість.

bank-times-table-facts = { $name } правильно відповість на { $count } із { $total ->
        [one] { $total } запитання
        [few] { $total } запитань
        [many] { $total } запитань
       *[other] { $total } запитання
    } з таблиці множення на { $table }, не виписуючи таблицю.

bank-finger-spaces = { $name } у класі залишатиме між словами проміжок завширшки з палець у { $count } із { $total ->
        [one] { $total } речення
        [few] { $total } речень
        [many] { $total } речень
       *[other] { $total } речення
    }.

bank-form-letters-correctly = { $name } правильно напише { $count } із { $total ->
        [one] { $total } малої літери
        [few] { $total } малих літер
        [many] { $total } малих літер
       *[other] { $total } малої літери
    } і почне кожну з правильного місця.

bank-remember-list-in-order = { $name } запамʼятає список із { $count ->
        [one] { $count } слова
        [few] { $count } слів
        [many] { $count } слів
       *[other] { $count } слова
    } і повторить його в правильному порядку.

bank-use-word-mat = { $name } без нагадування користуватиметься аркушем зі словами ({ EN("word mat") }), щоб перевірити правопис, у { $times } із { $of ->
        [one] { $of } письмового завдання
        [few] { $of } письмових завдань
        [many] { $of } письмових завдань
       *[other] { $of } письмового завдання
    }.

bank-phonics-catch-up-group = Група, щоб наздогнати інших у читанні за звуками ({ EN("phonics") }): короткі заняття в невеликій групі майже щодня, щоб тренувати звуки літер і складати з них слова

bank-paired-reading = Читання в парі ({ EN("Paired reading") }): дорослий і { $name } читають книжку вголос разом, а дорослий допомагає зі складними словами

bank-multisensory-spelling = Правопис через різні чуття ({ EN("Multisensory spelling") }): кожне слово вчать так: промовляють, обводять пальцем, пишуть і перевіряють

bank-maths-with-objects = Математика з предметами, які можна тримати й пересувати, як-от фішки, кубики та числові прямі, щоб числа можна було побачити й помацати

bank-pre-teaching-topic-words = Попереднє навчання ({ EN("Pre-teaching") }): нові слова з теми класу вчать у невеликій групі з малюнками ще до уроку

bank-word-mat-on-table = Аркуш зі словами на парті ({ EN("word mat") }): аркуш із корисними словами та їх написанням, на який можна дивитися під час письма

bank-task-steps-checklist = Завдання, поділені на маленькі кроки, і список, у якому позначають кожен виконаний крок

bank-reading-comprehension-group = Група з розуміння прочитаного: читання коротких текстів у невеликій групі й розмова про їхній зміст

bank-i-spy-letter-sounds = Пограйте в «Я бачу» ({ EN("I spy") }) зі звуками літер, наприклад: «Я бачу щось, що починається на ссс».

bank-look-say-cover-write-check = Вчіть слова зі списку для правопису по кілька за раз: подивіться на слово, скажіть його, закрийте, напишіть, а потім перевірте.

bank-count-everyday-things = Рахуйте разом різні речі в повсякденному житті, наприклад сходинки, ложки за обідом або червоні машини дорогою до школи.

bank-card-game-make-ten = Пограйте разом у карти: по черзі шукайте дві карти, які разом дають десять.

bank-letter-sounds-checked-half-termly = Які звуки літер знає { $name }, перевіряють на початку плану і раз на пів триместру.

bank-spelling-scores-charted = Щотижня проводять коротку перевірку правопису, а бали позначають на графіку.

bank-running-record = Раз на два тижні роблять запис читання ({ EN("running record") }): дорослий слухає, як читає { $name }, і позначає кожне правильно прочитане слово.

bank-need-reading-and-spelling = { $name } має труднощі з читанням і написанням нових слів, а також із тим, щоб запамʼятати їх з одного дня на наступний.

bank-strength-memory-for-stories = { $name } любить історії, добре їх запамʼятовує і залюбки розповідає іншим.

## Communication and interaction

bank-follow-two-step-instruction = { $name } виконає вказівку з двох кроків, яку дають усьому класу, без нагадування: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-instructions-in-short-steps = Вказівки дають короткими кроками, і кожен крок показують на малюнку.

bank-tally-chart-weekly = Таблиця з позначками-рисками, яку перевіряють щотижня

bank-two-step-instructions-at-home = Давайте вдома вказівки з двох кроків і хваліть { $gender ->
        [female] її
        [male] його
       *[other] дитину
    } за те, що їх виконує.

bank-answer-who-what-where = { $name } правильно відповість на { $count } із { $total ->
        [one] { $total } запитання
        [few] { $total } запитань
        [many] { $total } запитань
       *[other] { $total } запитання
    }, які починаються словами «хто», «що» або «де», про малюнок чи коротку історію.

bank-speak-in-longer-sentences = У розмові з дорослим про малюнок { $name } говоритиме реченнями щонайменше з { $words ->
        [one] { $words } слова
        [few] { $words } слів
        [many] { $words } слів
       *[other] { $words } слова
    }.

bank-take-turns-in-conversation = У розмові з другом чи подругою { $name } { $turns ->
        [one] { $turns } раз
        [few] { $turns } рази
        [many] { $turns } разів
       *[other] { $turns } раза
    } візьме слово у свою чергу і не відходитиме від теми.

bank-ask-for-help-when-stuck = Коли щось не виходить, { $name } попросить про допомогу словами або карткою допомоги на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-listen-at-carpet-time = Коли клас збирається на килимку ({ EN("carpet time") }), { $name } сидітиме й слухатиме { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } і дивитиметься на того, хто говорить.

bank-learn-topic-words = Кожні пів триместру { $name } вивчить { $count ->
        [one] { $count } нове слово
        [few] { $count } нові слова
        [many] { $count } нових слів
       *[other] { $count } нового слова
    } з теми класу і пояснить, що означає кожне з них.

bank-say-hello-on-arrival = Приходячи до класу, { $name } привітається з дорослим і з другом чи подругою: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-wait-turn-to-speak = У групі { $name } чекатиме своєї черги говорити і не вигукуватиме: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-say-practised-sound = { $name } чітко вимовлятиме звук, над яким зараз працює, на початку слів: у { $count } із { $total ->
        [one] { $total } слова
        [few] { $total } слів
        [many] { $total } слів
       *[other] { $total } слова
    }.

bank-position-words = { $name } покаже, що означають { $count } із { $total ->
        [one] { $total } слова
        [few] { $total } слів
        [many] { $total } слів
       *[other] { $total } слова
    } про місце, як-от «в» ({ EN("in") }), «на» ({ EN("on") }) і «під» ({ EN("under") }): поставить іграшку в правильне місце.

bank-move-on-with-visual-timetable = { $name } подивиться на розклад у картинках ({ EN("visual timetable") }) і перейде до наступного заняття не більше ніж після одного нагадування: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-play-shared-game = { $name } гратиме в спільну гру з іншою дитиною { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }, поки поруч є дорослий.

bank-visual-timetable = Розклад у картинках ({ EN("visual timetable") }): картинки на парті чи на стіні показують порядок дня, тож { $name } знає, що буде далі

bank-now-and-next-board = Дошка «Зараз і потім» ({ EN("now and next board") }): дві картинки показують, яке завдання зараз і що буде після нього

bank-social-stories = Соціальні історії ({ EN("Social stories") }): короткі історії з малюнками, які пояснюють нову чи складну ситуацію і що в ній робити

bank-speech-and-language-programme = Програма вправ від логопеда, які дитина щотижня виконує на коротких заняттях з асистентом учителя

bank-language-group = Невелика мовна група: ігри, які розвивають уміння слухати, нові слова і мовлення реченнями

bank-colourful-semantics = { EN("Colourful semantics") } («кольорові речення»): картки різних кольорів для «хто», «що робить», «що» і «де», які допомагають складати довші речення

bank-name-first-short-instructions = Перш ніж дати вказівку, дорослі звертаються на імʼя («{ $name }»), дають один короткий крок за раз і чекають на відповідь

bank-signs-and-symbols = Жести й символи-картинки разом із мовленням, щоб сказане було легше зрозуміти

bank-talk-about-picture-book = Розглядайте разом книжку з картинками й говоріть про те, що відбувається на кожній сторінці.

bank-name-things-on-walks = На прогулянці чи в магазині називайте разом різні речі й щоразу додавайте одне нове слово.

bank-my-turn-your-turn = Грайте в просту гру по черзі, наприклад котіть мʼяч одне одному, і кажіть: «Мій хід, твій хід».

bank-first-then-at-home = Кажіть удома «спочатку ..., потім ...», щоб показати, що буде далі, наприклад: «Спочатку взуття, потім парк».

bank-speech-therapist-checks-each-visit = Логопед перевіряє прогрес під час кожного візиту і пише коротку нотатку.

bank-sentence-samples-half-termly = На початку плану і раз на пів триместру дорослий записує, що { $name } розповідає про малюнок, щоб побачити, як речення стають довшими.

bank-group-session-notes = Дорослий, який веде групу, на кожному занятті записує кожну репліку і відповідь, а раз на два тижні переглядає записи.

bank-need-spoken-instructions = { $name } має труднощі з тим, щоб виконувати усні вказівки, які дають усьому класу, і добирати правильні слова, щоб пояснити свою думку.

## Social, emotional and mental health

bank-calm-card = { $name } замість того, щоб кричати, користуватиметься карткою спокою і куточком спокою { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-feelings-check-in = Щоранку коротка розмова про те, як дитина почувається, зі шкалою почуттів

bank-feelings-scale-at-home = Використовуйте вдома ту саму шкалу почуттів і хваліть { $gender ->
        [female] її
        [male] його
       *[other] дитину
    } за те, що просить про перерву.

bank-name-feelings = { $name } назве { $count ->
        [one] { $count } почуття
        [few] { $count } почуття
        [many] { $count } почуттів
       *[other] { $count } почуття
    }, як-от радість, сум, злість і тривогу, і до кожного добере малюнок.

bank-calm-again-within-minutes = Коли { $name } засмутиться, то з допомогою дорослого заспокоїться протягом { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }.

bank-use-break-card = Коли { $name } засмутиться, то замість того, щоб вийти з класу, покаже картку перерви і попросить коротку перерву: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-start-task-when-asked = { $name } почне завдання протягом { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } після прохання: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-join-playtime-game = На перерві { $name } приєднається до гри з іншими дітьми: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-safe-hands-at-playtime = На перерві { $name } нікого не зачепить ні руками, ні ногами і нікому не зробить боляче: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-lose-a-game-calmly = { $name } збереже спокій, коли програє, і скаже переможцеві «Молодець» у { $times } із { $of ->
        [one] { $of } гри
        [few] { $of } ігор
        [many] { $of } ігор
       *[other] { $of } гри
    }.

bank-say-good-things-about-self = Під час щотижневої розмови { $name } скаже про себе { $count ->
        [one] { $count } хорошу річ
        [few] { $count } хороші речі
        [many] { $count } хороших речей
       *[other] { $count } хорошої речі
    }.

bank-come-into-class-calmly = Уранці { $name } попрощається біля дверей і спокійно зайде до класу: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-follow-request-after-reminder = { $name } виконає прохання дорослого не більше ніж після одного нагадування: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-stay-in-lesson = { $name } залишатиметься в класі весь урок, а за потреби робитиме заплановану перерву: на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-sort-out-falling-out = Коли { $name } посвариться з другом чи подругою, то розвʼяже сварку словами, а не руками, за потреби з допомогою дорослого: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-feelings-traffic-light = Світлофор почуттів: зелена, жовта й червона картки, щоб показати, як почувається { $name }, і план, що робити за кожного кольору

bank-nurture-group = Група підтримки ({ EN("nurture group") }): невелика спокійна група зі знайомим дорослим на частину дня, щоб дитина стала впевненішою і знайшла друзів

bank-emotional-literacy-support = Підтримка емоційної грамотності ({ EN("Emotional literacy support") }): щотижневе заняття з навченим асистентом учителя, щоб говорити про почуття і вчитися з ними справлятися

bank-social-skills-group = Група соціальних навичок: ігри в невеликій групі, щоб учитися ділитися, чекати своєї черги і спокійно програвати

bank-calm-space-with-timer = Тихе, спокійне місце в класі чи поруч для короткої перерви з пісковим годинником, а потім назад до навчання

bank-meet-and-greet = Зустріч біля дверей ({ EN("Meet and greet") }): щоранку, коли приходить { $name }, знайомий дорослий вітає { $gender ->
        [female] її
        [male] його
       *[other] дитину
    } біля дверей і допомагає влаштуватися в класі

bank-praise-and-reward-chart = Чітка похвала за добрий вибір і таблиця винагород із маленькими цілями, які { $name } обирає разом із дорослими

bank-restorative-conversations = Відновлювальні розмови ({ EN("Restorative conversations") }): після проблеми дорослий допомагає кожній дитині розповісти, що сталося, що вона відчувала і як усе виправити

bank-best-part-of-the-day = Перед сном запитайте про найкращу частину дня і про одну річ, яка була важкою, і спокійно вислухайте.

bank-slow-breathing-together = Коли всі спокійні, потренуйтеся разом повільно дихати: вдих, рахуючи до чотирьох, потім видих, рахуючи до чотирьох.

bank-praise-effort-at-home = Помічайте, коли { $name } старається або робить щось добре для інших, і кажіть, що саме було добре.

bank-tell-school-about-changes = Повідомляйте школу про зміни вдома, як-от переїзд, народження дитини чи втрату близької людини, щоб працівники школи могли допомогти.

bank-difficult-moments-record = Записи про складні моменти (що відбувається перед тим, що робить { $name } і що відбувається після), які переглядають щотижня.

bank-feelings-questionnaire = Коротка анкета про почуття, яку { $name } заповнює разом із дорослим на початку і наприкінці плану.

bank-daily-smiley-chart = Щоденна таблиця зі смайликом для кожної частини дня; її показують родині й переглядають щопʼятниці.

bank-need-managing-feelings = { $name } має труднощі з тим, щоб упоратися із сильними почуттями і заспокоїтися, коли засмутиться.

## Sensory and physical

bank-pencil-grip = { $name } триматиме олівець трьома пальцями (між великим і двома іншими пальцями) протягом { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } письма.

bank-put-on-coat = { $name } без допомоги вдягне свою куртку і застебне блискавку: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-change-for-pe = { $name } без допомоги перевдягнеться на фізкультуру ({ EN("PE") }) за { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } або швидше.

bank-cut-along-line = { $name } вирізатиме ножицями вздовж товстої лінії і не відходитиме від неї далеко: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-balance-on-one-leg = { $name } простоїть на одній нозі { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    }, спершу на лівій, потім на правій.

bank-wear-hearing-aids = { $name } носитиме свої слухові апарати ({ EN("hearing aids") }) весь шкільний день: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-say-when-not-heard = Якщо { $name } чогось чітко не почує чи не побачить, то скаже про це дорослому словами або карткою: на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-use-large-print = { $name } без нагадування користуватиметься великим шрифтом або лупою, щоб читати завдання в класі: на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-find-way-around-school = { $name } самостійно знайде дорогу з класу до шкільної зали, до туалетів і на ігровий майданчик: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-write-words-in-time = { $name } напише { $words ->
        [one] { $words } слово
        [few] { $words } слова
        [many] { $words } слів
       *[other] { $words } слова
    } за { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } розбірливими літерами.

bank-ask-for-movement-break = Коли важко всидіти на місці, { $name } покаже картку і попросить перерву на рух, а не вставатиме з місця: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-stay-in-assembly = Під час загального зібрання школи ({ EN("assembly") }) { $name } залишатиметься в залі { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }, за потреби в навушниках від шуму.

bank-fine-motor-group = Група дрібної моторики ({ EN("fine motor group") }): короткі вправи, як-от нанизування намистин, прищіпки та { EN("dough disco") } (мʼяти й катати тісто під музику), щоб зміцнити руки

bank-therapy-exercise-programme = Програма вправ від ерготерапевта або фізичного терапевта, яку дитина виконує з асистентом учителя

bank-radio-aid = Радіосистема ({ EN("radio aid") }): учитель носить маленький мікрофон, який передає голос прямо в { $gender ->
        [female] її слухові апарати
        [male] його слухові апарати
       *[other] слухові апарати дитини
    }

bank-seat-near-the-front = Місце попереду, обличчям до вчителя, з добрим освітленням і подалі від шуму

bank-large-print-materials = Робочі аркуші й книжки великим шрифтом і з чітким контрастом, підготовлені за порадою служби допомоги дітям із порушеннями зору чи слуху ({ EN("sensory support service") })

bank-sensory-circuit = Сенсорна доріжка ({ EN("sensory circuit") }): щоранку короткий набір рухливих вправ, після яких { $name } почувається спокійніше і може зосередитися на навчанні

bank-movement-breaks = Заплановані перерви на рух: короткі доручення чи вправи під час уроків, як-от віднести записку до адміністрації школи

bank-ear-defenders-and-quiet-place = Навушники від шуму і тихе місце, куди можна піти, коли в класі надто гамірно

bank-finger-games-at-home = Грайте в ігри, де потрібні дрібні рухи пальців: нанизуйте намистинки, будуйте з маленьких деталей конструктора або вішайте білизну на прищіпки.

bank-dressing-practice = Уранці не поспішайте: нехай { $name } одягається самостійно, а Ви допомагайте лише з найважчим.

bank-check-hearing-aids-daily = Перед школою перевірте, чи працюють слухові апарати, і покладіть запасні батарейки в шкільний рюкзак.

bank-active-play-at-the-park = Ходіть разом до парку і грайтеся на драбинках, гойдалках і всьому, де треба тримати рівновагу.

bank-therapist-checks-goals = Ерготерапевт або фізичний терапевт під час кожного візиту перевіряє, як дитина просувається до поставлених цілей.

bank-time-taken-recorded-weekly = Щотижня записують, скільки часу займає якесь завдання, наприклад перевдягання на фізкультуру, щоб побачити, як цей час скорочується.

bank-specialist-teacher-report = Спеціальний педагог зі служби допомоги дітям із порушеннями зору чи слуху раз на пів триместру спостерігає за уроком і пише короткий звіт.

bank-need-fine-motor-skills = { $name } має труднощі з письмом, вирізанням та іншими завданнями, для яких потрібні дрібні, точні рухи рук.

## Any area

bank-strength-kind-and-helpful = { $name } { $gender ->
        [female] добра
        [male] добрий
       *[other] має добре серце
    } і любить допомагати дорослим та іншим дітям.

bank-strength-creative = { $name } має багату уяву і любить малювати, майструвати й будувати.

bank-strength-keeps-trying = { $name } не здається і старається далі, навіть коли завдання складне.

## Assessments

bank-reading-and-spelling-assessment = Обстеження навичок читання і правопису

bank-maths-assessment = Обстеження з математики, щоб зʼясувати, які навички роботи з числами потребують більше практики

bank-dyslexia-screening = Перевірка на дислексію: коротка перевірка навичок читання, правопису та памʼяті

bank-educational-psychologist-assessment = Обстеження в освітнього психолога

bank-speech-and-language-assessment = Обстеження в логопеда

bank-autism-assessment-referral = Направлення на обстеження щодо аутизму в місцевій службі охорони здоровʼя

bank-mental-health-assessment = Обстеження в місцевій службі психічного здоровʼя дітей і підлітків ({ EN("CAMHS") })

bank-hearing-test-audiology = Перевірка слуху в аудіологічній службі ({ EN("audiology") })

bank-eye-clinic-assessment = Перевірка зору в очній клініці при лікарні

bank-occupational-therapy-assessment = Обстеження в ерготерапевта: рухи, письмо і самообслуговування
