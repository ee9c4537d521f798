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

bank-read-longer-words = { $name } читатиме довші слова, ділячи їх на частини, як-от «{ EN("rab-bit") }» і «{ EN("sun-set") }», і правильно прочитає { $count } із { $total ->
        [one] { $total } слова
        [few] { $total } слів
        [many] { $total } слів
       *[other] { $total } слова
    }.

bank-spell-words-said-aloud = { $name } запише на слух короткі слова, які вимовляє дорослий, як-от «{ EN("dog") }» і «{ EN("shop") }», розкладаючи їх на звуки, і правильно напише { $count } із { $total ->
        [one] { $total } слова
        [few] { $total } слів
        [many] { $total } слів
       *[other] { $total } слова
    }.

bank-use-spelling-rule = { $name } застосує правило правопису, яке зараз вивчають, наприклад додавання «{ EN("ing") }» чи «{ EN("ed") }» до слова, у { $count } із { $total ->
        [one] { $total } слова
        [few] { $total } слів
        [many] { $total } слів
       *[other] { $total } слова
    } під час перевірки правопису.

bank-read-words-per-minute = { $name } правильно прочитає { $words ->
        [one] { $words } слово
        [few] { $words } слова
        [many] { $words } слів
       *[other] { $words } слова
    } за хвилину з книжки відповідного рівня.

bank-retell-story-in-order = { $name } перекаже щойно прочитану історію в правильному порядку і назве { $count ->
        [one] { $count } головну подію
        [few] { $count } головні події
        [many] { $count } головних подій
       *[other] { $count } головної події
    }.

bank-plan-writing-with-frame = { $name } спланує письмову роботу на аркуші для планування: перш ніж почати писати, запише або намалює { $count ->
        [one] { $count } ідею
        [few] { $count } ідеї
        [many] { $count } ідей
       *[other] { $count } ідеї
    }.

bank-check-own-writing = { $name } перечитає готовий текст і без допомоги виправить у ньому щонайменше { $count ->
        [one] { $count } помилку
        [few] { $count } помилки
        [many] { $count } помилок
       *[other] { $count } помилки
    }.

bank-letters-on-the-line = { $name } писатиме рівно по рядку, з високими й малими літерами правильного розміру, у { $count } із { $total ->
        [one] { $total } речення
        [few] { $total } речень
        [many] { $total } речень
       *[other] { $total } речення
    }.

bank-add-and-take-away = { $name } додаватиме й відніматиме в межах { $limit } і правильно відповість на { $count } із { $total ->
        [one] { $total } запитання
        [few] { $total } запитань
        [many] { $total } запитань
       *[other] { $total } запитання
    }.

bank-tens-and-ones = { $name } скаже, скільки десятків і скільки одиниць у двоцифровому числі, для { $count } із { $total ->
        [one] { $total } числа
        [few] { $total } чисел
        [many] { $total } чисел
       *[other] { $total } числа
    }.

bank-tell-time-on-clock = { $name } визначатиме час на годиннику зі стрілками (рівно година і «пів на …») і правильно назве час на { $count } із { $total ->
        [one] { $total } годинника
        [few] { $total } годинників
        [many] { $total } годинників
       *[other] { $total } годинника
    }.

bank-pay-with-coins = { $name } вибере правильні монети, щоб заплатити за річ, яка коштує до { $pence ->
        [one] { $pence } пенса
        [few] { $pence } пенсів
        [many] { $pence } пенсів
       *[other] { $pence } пенса
    }, у { $count } із { $total ->
        [one] { $total } спроби
        [few] { $total } спроб
        [many] { $total } спроб
       *[other] { $total } спроби
    }.

bank-solve-word-problems = { $name } розвʼяже { $count } із { $total ->
        [one] { $total } текстової задачі
        [few] { $total } текстових задач
        [many] { $total } текстових задач
       *[other] { $total } текстової задачі
    } (задач з математики, розказаних як коротка історія), малюючи малюнок або використовуючи предмети.

bank-work-alone-on-steps = { $name } самостійно виконає { $steps ->
        [one] { $steps } крок
        [few] { $steps } кроки
        [many] { $steps } кроків
       *[other] { $steps } кроку
    } завдання, перш ніж попросити дорослого перевірити.

bank-use-task-board = { $name } дивитиметься на дошку завдань, щоб знати, що робити далі, і не питатиме дорослого: на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-bring-right-things = { $name } приноситиме до школи потрібні речі, як-от книжку для читання, пляшку для води і форму для фізкультури, звіряючись зі списком: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-finish-tasks-in-time = { $name } закінчить { $count } із { $total ->
        [one] { $total } завдання
        [few] { $total } завдань
        [many] { $total } завдань
       *[other] { $total } завдання
    } за час, відведений на уроці, з візуальним таймером (годинником, на якому видно, скільки часу залишилося).

bank-decodable-reading-books = Книжки для читання, підібрані до звуків, які знає { $name }, щоб кожне слово можна було прочитати за звуками

bank-reciprocal-reading = { EN("Reciprocal reading") } («взаємне читання»): діти в невеликій групі по черзі вгадують, що буде далі, ставлять запитання, пояснюють складні слова і підсумовують текст

bank-spelling-patterns-and-own-list = Правопис вивчають групами слів, які пишуться за тим самим зразком, а також за власним списком складних слів для тренування

bank-handwriting-practice-group = Група з письма від руки: кілька хвилин вправ майже щодня, щоб навчитися писати літери і зʼєднувати їх

bank-number-facts-daily-practice = Щоденне тренування простих обчислень, як-от додавання в межах десяти і таблиця множення, у коротких іграх по кілька хвилин, щоб вони добре запамʼяталися

bank-desk-memory-aids = Підказки для памʼяті на парті, як-от смужка з абеткою, таблиця чисел до ста і таблиця множення

bank-small-chunks-of-information = Інформацію дають невеликими частинами, повторюють і підкріплюють малюнками чи записаними ключовими словами

bank-visual-timer-on-desk = Візуальний таймер на парті: годинник, на якому { $name } бачить, скільки часу залишилося на завдання

bank-start-then-step-back = Дорослий допомагає почати завдання, потім відходить і через кілька хвилин перевіряє, як іде робота: так { $name } вчиться працювати самостійно

bank-daily-kit-checklist = Список у картинках того, що треба брати щодня, який лежить у шкільному рюкзаку, і підписаний лоток для книжок і приладдя

bank-other-ways-to-record = Інші способи записати свої думки, як-от малюнок, карта думок, набір тексту на компʼютері або розповідь дорослому, який усе записує

bank-reader-or-scribe-in-tests = Додатковий час на контрольних і дорослий, який читає запитання або записує відповіді, коли { $name } цього потребує

bank-play-shops-with-coins = Пограйте в магазин зі справжніми монетами: нехай { $name } платить за покупки і рахує решту.

bank-tell-time-at-home = Протягом дня разом дивіться на годинник і запитуйте, котра година, наприклад під час їжі або перед улюбленою передачею.

bank-pack-bag-night-before = Складайте разом шкільний рюкзак напередодні ввечері за списком у картинках зі школи.

bank-memory-games = Грайте в ігри на памʼять, наприклад «Я йду до магазину і купую…», де кожен по черзі додає ще одну річ.

bank-write-for-real-reasons = Пишіть разом для справжньої потреби, наприклад список покупок, листівку на день народження чи записку родичам.

bank-maths-check-half-termly = На початку плану і раз на пів триместру коротко перевіряють математичні навички, над якими працюють.

bank-reading-speed-timed = Раз на два тижні дорослий слухає, як { $name } протягом хвилини читає короткий уривок, і рахує правильно прочитані слова.

bank-tasks-done-alone-counted = Щотижня рахують завдання, які { $name } виконує без допомоги дорослого.

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

bank-say-sound-in-sentences = У розмові з дорослим { $name } чітко вимовлятиме звук, над яким зараз працює, у реченнях: у { $count } із { $total ->
        [one] { $total } речення
        [few] { $total } речень
        [many] { $total } речень
       *[other] { $total } речення
    }.

bank-hear-sound-differences = { $name } розрізнятиме на слух схожі слова, як-от «{ EN("key") }» і «{ EN("tea") }», і покаже правильний малюнок для { $count } із { $total ->
        [one] { $total } пари слів
        [few] { $total } пар слів
        [many] { $total } пар слів
       *[other] { $total } пари слів
    }.

bank-sort-words-into-groups = { $name } розкладе { $count } із { $total ->
        [one] { $total } малюнка
        [few] { $total } малюнків
        [many] { $total } малюнків
       *[other] { $total } малюнка
    } на групи, як-от тварини, їжа й одяг, і назве кожну групу.

bank-describe-an-object = { $name } опише предмет і скаже про нього { $count ->
        [one] { $count } річ
        [few] { $count } речі
        [many] { $count } речей
       *[other] { $count } речі
    }, наприклад його колір, форму, розмір або для чого він потрібен.

bank-follow-key-word-instructions = { $name } виконає вказівку, у якій треба запамʼятати { $count ->
        [one] { $count } важливе слово
        [few] { $count } важливі слова
        [many] { $count } важливих слів
       *[other] { $count } важливого слова
    }, наприклад «дай мені великий червоний мʼяч», у { $times } із { $of ->
        [one] { $of } спроби
        [few] { $of } спроб
        [many] { $of } спроб
       *[other] { $of } спроби
    }.

bank-answer-why-and-how = { $name } правильно відповість на { $count } із { $total ->
        [one] { $total } запитання
        [few] { $total } запитань
        [many] { $total } запитань
       *[other] { $total } запитання
    }, які починаються словами «чому» або «як», про історію чи про те, що сталося.

bank-tell-news-in-order = { $name } розповість дорослому про те, що сталося, наприклад на вихідних, { $count ->
        [one] { $count } реченням
        [few] { $count } реченнями
        [many] { $count } реченнями
       *[other] { $count } речення
    } у правильному порядку.

bank-tell-story-with-cards = { $name } розповість коротку історію з допомогою карток-підказок і згадає { $count } із { $total ->
        [one] { $total } частини
        [few] { $total } частин
        [many] { $total } частин
       *[other] { $total } частини
    } історії з карток: хто, де, що сталося і чим усе закінчилося.

bank-start-a-conversation = На перерві { $name } почне розмову з іншою дитиною, привітавшись або поставивши запитання: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-ask-friend-a-question = Вислухавши друга чи подругу, { $name } поставить запитання про почуте: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-read-feelings-in-pictures = { $name } скаже, що може відчувати людина на малюнку і чому, для { $count } із { $total ->
        [one] { $total } малюнка
        [few] { $total } малюнків
        [many] { $total } малюнків
       *[other] { $total } малюнка
    }.

bank-explain-common-sayings = { $name } пояснить, що насправді означають { $count } із { $total ->
        [one] { $total } поширеного вислову
        [few] { $total } поширених висловів
        [many] { $total } поширених висловів
       *[other] { $total } поширеного вислову
    }, як-от «{ EN("it's raining cats and dogs") }» (ллє як з відра).

bank-keep-comfortable-distance = Під час розмови з іншими { $name } стоятиме приблизно на відстані витягнутої руки: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-cope-with-change-to-routine = { $name } збереже спокій, коли в розпорядку дня щось зміниться, якщо цю зміну заздалегідь показали в розкладі в картинках: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-ask-with-picture-cards = Протягом дня { $name } за допомогою картки з малюнком або жесту попросить про { $count ->
        [one] { $count } річ
        [few] { $count } різні речі
        [many] { $count } різних речей
       *[other] { $count } різної речі
    }, наприклад про воду, допомогу чи туалет.

bank-join-activity-chosen-by-others = { $name } протягом { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } братиме участь у занятті, яке вибрав хтось інший, а потім повернеться до улюбленого заняття.

bank-speak-up-in-small-group = У невеликій групі { $name } з власної ініціативи відповість на запитання або поділиться думкою щонайменше { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } на тиждень.

bank-say-what-helps-when-talking = { $name } назве { $count ->
        [one] { $count } річ, яка допомагає
        [few] { $count } речі, які допомагають
        [many] { $count } речей, які допомагають
       *[other] { $count } речі, які допомагають
    }, коли говорити важко, наприклад більше часу на відповідь, і розповість про це класному керівникові.

bank-wait-time-to-answer = Час на відповідь: поставивши запитання, дорослі чекають близько десяти секунд, і { $name } має час подумати й відповісти

bank-model-and-expand-sentences = Дорослі повторюють те, що каже { $name }, правильним і трохи довшим реченням, не просячи сказати ще раз

bank-word-webs = Павутинки слів: кожне нове слово повʼязують з його звуками, значенням, малюнком і схожими словами, щоб воно краще запамʼяталося

bank-brick-building-group = Група будування з конструктора: діти в невеликій групі разом будують модель, і кожен має своє завдання (шукає деталі, будує або дає вказівки), щоб учитися розмовляти і працювати разом

bank-intensive-interaction = { EN("Intensive interaction") } («інтенсивна взаємодія»): дорослий у грі йде за тим, що робить { $name }, повторює звуки й рухи, щоб зʼявилися спільна увага і радість від гри разом

bank-quiet-workstation = Тихе робоче місце: парта подалі від того, що відволікає, із завданнями, розкладеними по черзі, для самостійної роботи

bank-comic-strip-conversations = { EN("Comic strip conversations") } («розмови в коміксах»): прості малюнки з хмаринками для слів і думок, щоб обговорити, що сталося і хто що думав

bank-warn-before-changes = Попередження про зміни: зміни в дні заздалегідь показують у розкладі в картинках, а перед кінцем заняття ведуть зворотний відлік

bank-stammering-friendly-talk = Підтримка під час заїкання: дорослі чекають, поки { $name } договорить, не закінчують слова за { $gender ->
        [female] неї
        [male] нього
       *[other] дитину
    } і разом домовляються, як відповідати на перекличці та на запитання в класі

bank-talking-partner = Партнер для розмови: хтось з однокласників, з ким можна обговорити думки, перш ніж відповідати перед усім класом

bank-communication-passport = Комунікаційний паспорт: коротка книжечка, складена разом із родиною, яка розповідає працівникам школи, як { $name } спілкується і що допомагає

bank-lunchtime-club-structured-play = Клуб під час обідньої перерви: ігри в невеликій групі з дорослим, який допомагає дітям гратися разом

bank-speech-sound-games-from-therapist = Щодня кілька хвилин грайте в ігри зі звуками від логопеда і хваліть за кожну спробу.

bank-talk-at-mealtimes = Під час їжі вимикайте екрани і розмовляйте разом про те, як минув день.

bank-prepare-for-changes = Перед змінами, як-от гостини чи поїздки, покажіть фотографії або розкажіть коротку історію про те, що буде. Так { $name } знатиме, чого чекати.

bank-give-time-to-talk = Коли { $name } має труднощі з мовленням, спокійно зачекайте, далі дивіться на { $gender ->
        [female] неї
        [male] нього
       *[other] дитину
    } і дайте { $gender ->
        [female] їй
        [male] йому
       *[other] дитині
    } договорити, не закінчуючи слова за { $gender ->
        [female] неї
        [male] нього
       *[other] дитину
    }.

bank-describe-and-guess = Пограйте в «Опиши й вгадай»: по черзі описуйте щось у кімнаті й відгадуйте, що це.

bank-new-words-checked-with-pictures = На початку і наприкінці плану з малюнками перевіряють, які нові слова знає { $name }.

bank-conversations-noted-weekly = Щотижня дорослий записує, як часто { $name } починає розмову або приєднується до неї в класі та на перерві.

bank-playtime-observation = Раз на два тижні дорослий спостерігає за перервою і записує, з ким і як грається { $name }.

bank-social-communication-checklist = Працівники школи і родина заповнюють короткий список навичок спілкування з іншими на початку і наприкінці плану.

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

bank-share-a-worry = { $name } щонайменше { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } на тиждень розповість дорослому, якому довіряє, про те, що турбує: словами, малюнком або через скриньку для тривог.

bank-use-calm-plan = Коли { $name } відчує тривогу, то скористається ідеєю зі свого плану заспокоєння, наприклад повільно подихає або стисне мʼякий мʼячик: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-speak-to-adults-in-school = { $name } поговорить у школі з { $count ->
        [one] { $count } дорослим
        [few] { $count } дорослими
        [many] { $count } дорослими
       *[other] { $count } дорослого
    }, починаючи зі знайомого дорослого в тихому місці.

bank-try-something-new = Кожні пів триместру { $name } спробує { $count ->
        [one] { $count } нове заняття
        [few] { $count } нові заняття
        [many] { $count } нових занять
       *[other] { $count } нового заняття
    }, як-от гурток чи нову гру, коли поруч є знайомий дорослий.

bank-notice-early-signs-of-anger = { $name } помітить перші ознаки злості, як-от гаряче обличчя чи стиснуті кулаки, і скаже про це дорослому: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-help-put-things-right = Після проблеми { $name } спокійно поговорить з дорослим і запропонує, як усе виправити: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-attend-school-per-cent = { $name } буде в школі щонайменше { $percent ->
        [one] { $percent } відсоток
        [few] { $percent } відсотки
        [many] { $percent } відсотків
       *[other] { $percent } відсотка
    } шкільних днів цього триместру.

bank-time-in-class-each-day = { $name } проводитиме в класі { $hours ->
        [one] { $hours } годину
        [few] { $hours } години
        [many] { $hours } годин
       *[other] { $hours } години
    } на день, а решту дня буде в тихому місці зі знайомим дорослим.

bank-settle-after-playtime = Після перерви { $name } повернеться до класу і протягом { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } спокійно сяде на своє місце: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-invite-someone-to-play = { $name } запросить іншу дитину погратися щонайменше { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } на тиждень.

bank-kind-things-for-others = Щодня { $name } зробить для інших дітей { $count ->
        [one] { $count } добру справу
        [few] { $count } добрі справи
        [many] { $count } добрих справ
       *[other] { $count } доброї справи
    }, як-от поділиться чимось або допоможе, і дорослий це помітить.

bank-have-a-go-at-hard-tasks = { $name } візьметься за складне завдання і скаже «Я спробую», а не відмовлятиметься: на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-cope-with-mistakes = { $name } збереже спокій, коли вкажуть на помилку, і виправить її: на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-share-work-with-pride = { $name } покаже дорослому або класу роботу, якою пишається, щонайменше { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } на тиждень.

bank-stay-on-task-with-timer = { $name } працюватиме над завданням { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } з візуальним таймером, а потім матиме коротку заплановану перерву.

bank-back-to-work-after-signal = { $name } повернеться до роботи після тихого сигналу дорослого, наприклад постукування по парті: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-walk-in-line-safely = { $name } шикуватиметься разом із класом і безпечно йтиме в колоні, не виходячи з неї: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-visit-new-class = Перед переходом { $name } { $count ->
        [one] { $count } раз
        [few] { $count } рази
        [many] { $count } разів
       *[other] { $count } раза
    } відвідає новий клас чи нову школу і назве одну річ, якої чекає з радістю.

bank-key-adult = Ключовий дорослий ({ EN("key adult") }): один визначений дорослий, до якого може звернутися { $name }; він щодня питає, як справи, і підтримує звʼязок із родиною

bank-worry-box = Скринька або зошит для тривог, куди { $name } може класти чи записувати те, що турбує, щоб потім поговорити про це з дорослим

bank-personal-calm-plan = План заспокоєння, який { $name } складає разом із дорослим: перші ознаки засмучення чи злості, що допомагає і куди піти, щоб заспокоїтися

bank-emotion-coaching = { EN("Emotion coaching") } («емоційний коучинг»): дорослі спершу називають почуття і показують, що розуміють його, а потім допомагають вирішити, що робити далі

bank-gradual-return-plan = План поступово, крок за кроком, збільшувати час у школі, з тихим місцем і знайомим дорослим; його узгоджують із родиною і часто переглядають

bank-attendance-support-meeting = Підтримка з відвідуванням: дзвінок додому в перший день відсутності і зустріч із родиною, щоб домовитися, що допоможе

bank-quiet-signal-to-refocus = Тихий сигнал, заздалегідь узгоджений із дитиною, наприклад рука на парті: завдяки йому { $name } повертається до завдання без догани

bank-transition-visits-and-booklet = Допомога з переходом: додаткові відвідини нового класу чи школи і книжечка з фотографіями нових приміщень і працівників, щоб переглядати її на канікулах

bank-circle-of-friends = { EN("Circle of friends") } («коло друзів»): невелика група однокласників, які щотижня зустрічаються з дорослим і домовляються, як допомагати в класі та на перерві; завдяки цьому { $name } має підтримку однокласників

bank-playground-buddies = Помічники на майданчику ({ EN("playground buddies") }): навчені старші діти, які на перерві допомагають з іграми і дружбою

bank-class-job-for-confidence = Доручення в класі, як-от роздавати книжки чи доглядати рослини, щоб зміцнити впевненість і відчуття, що дитина тут своя

bank-mental-health-support-team = Короткі розмови зі шкільним психологом ({ EN("school counsellor") }) або з командою підтримки психічного здоровʼя ({ EN("mental health support team") }), яка працює зі школою

bank-calm-morning-routine = Нехай ранки будуть спокійними й однаковими щодня, з розпорядком у картинках, як збиратися до школи.

bank-regular-bedtime-screens-off = Дотримуйтеся сталого часу сну і вимикайте екрани за годину до сну.

bank-invite-friend-to-play = Запросіть друга чи подругу з класу погратися вдома або в парку, спершу ненадовго.

bank-worry-time = Визначте час для тривог: кілька хвилин щодня, щоб поговорити про те, що турбує, а потім зробіть разом щось приємне.

bank-small-jobs-at-home = Доручіть дитині маленьку справу вдома, наприклад накрити на стіл, і подякуйте, коли { $name } її зробить.

bank-talk-about-new-class = На канікулах разом розгляньте книжечку і фотографії зі школи та поговоріть про новий клас.

bank-attendance-checked-weekly = Щотижня перевіряють відвідування і запізнення та повідомляють про них родину.

bank-weekly-feelings-rating = Щотижня { $name } вибирає обличчя на шкалі почуттів, щоб показати, як почувається в школі, а відповіді порівнюють протягом усього плану.

bank-time-on-task-recorded = На двох уроках щотижня дорослий засікає, як довго { $name } працює над завданням, і записує це.

bank-home-school-book = Зошит звʼязку між домом і школою: щодня коротка нотатка зі школи, а з дому тоді, коли є новини; його разом обговорюють під час перегляду плану.

bank-midday-staff-notes = Чергові під час обідньої перерви щотижня пишуть коротку нотатку про те, як минули перерви й обід.

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

bank-check-own-hearing-aids = Щоранку { $name } разом із дорослим перевірятиме свої слухові апарати і скаже, чи добре в них чути: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-hand-over-radio-aid = На початку уроку { $name } без нагадування віддасть учителеві мікрофон радіосистеми: на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-read-braille-words = { $name } правильно прочитає шрифтом Брайля { $count } із { $total ->
        [one] { $total } слова
        [few] { $total } слів
        [many] { $total } слів
       *[other] { $total } слова
    }.

bank-walk-with-walking-aid = { $name } із засобом для ходьби пройде з класу до шкільної зали і назад, коли поруч є дорослий: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-ask-for-rest-or-change-of-position = { $name } скаже дорослому, коли потрібно відпочити або змінити положення тіла: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-use-stairs-safely = { $name } безпечно підніматиметься і спускатиметься сходами, ставлячи на кожну сходинку одну ногу і тримаючись за поручень: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-catch-a-ball = { $name } зловить великий мʼяч, який легенько кидають з відстані { $steps ->
        [one] { $steps } кроку
        [few] { $steps } кроків
        [many] { $steps } кроків
       *[other] { $steps } кроку
    }, у { $times } із { $of ->
        [one] { $of } кидка
        [few] { $of } кидків
        [many] { $of } кидків
       *[other] { $of } кидка
    }.

bank-hop-on-each-foot = { $name } підстрибне { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } на правій нозі і стільки ж на лівій і не впаде.

bank-do-up-buttons = { $name } без допомоги застебне { $count ->
        [one] { $count } ґудзик
        [few] { $count } ґудзики
        [many] { $count } ґудзиків
       *[other] { $count } ґудзика
    } на сорочці чи кофті.

bank-type-words-per-minute = { $name } набиратиме на клавіатурі обома руками { $words ->
        [one] { $words } слово
        [few] { $words } слова
        [many] { $words } слів
       *[other] { $words } слова
    } за хвилину.

bank-use-knife-and-fork = Під час обіду { $name } різатиме мʼяку їжу ножем і виделкою: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-open-lunch-items = { $name } без допомоги відкриє { $count } із { $total ->
        [one] { $total } пакетика чи баночки
        [few] { $total } пакетиків і баночок
        [many] { $total } пакетиків і баночок
       *[other] { $total } пакетика чи баночки
    } у своєму обіді, принесеному з дому.

bank-try-new-foods = Кожні пів триместру { $name } спробує під час обіду { $count ->
        [one] { $count } нову страву
        [few] { $count } нові страви
        [many] { $count } нових страв
       *[other] { $count } нової страви
    } будь-яким способом: подивиться, доторкнеться, понюхає або скуштує.

bank-join-messy-play = { $name } протягом { $minutes ->
        [one] { $minutes } хвилини
        [few] { $minutes } хвилин
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } братиме участь у занятті, де можна забруднитися, як-от малювання фарбами чи приготування їжі, за бажання в рукавичках.

bank-use-sensory-tools = { $name } користуватиметься річчю зі свого сенсорного набору, як-от балансувальною подушкою чи іграшкою для рук, щоб зберігати спокій: на { $times } із { $of ->
        [one] { $of } уроку
        [few] { $of } уроків
        [many] { $of } уроків
       *[other] { $of } уроку
    }.

bank-know-signs-of-feeling-unwell = { $name } назве { $count ->
        [one] { $count } ознаку
        [few] { $count } ознаки
        [many] { $count } ознак
       *[other] { $count } ознаки
    } того, що через хворобу потрібна допомога, як-от тремтіння чи задишка, і скаже, якому дорослому про це сказати.

bank-help-with-own-medical-care = { $name } братиме участь у догляді за своїм здоровʼям, наприклад перевірятиме рівень цукру в крові, під наглядом дорослого: { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-ask-for-toilet-in-time = { $name } вчасно проситиметься в туалет, словами або карткою, і матиме не більше ніж { $count ->
        [one] { $count } неприємний випадок
        [few] { $count } неприємні випадки
        [many] { $count } неприємних випадків
       *[other] { $count } неприємного випадку
    } на тиждень.

bank-wash-hands-after-toilet = Після туалету { $name } без нагадування помиє і витре руки: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-deaf-friendly-teaching = Навчання з урахуванням порушень слуху: учитель говорить, повернувшись обличчям до класу, важливі слова записані на дошці, а відео мають субтитри

bank-braille-teaching = Уроки шрифту Брайля зі спеціальним педагогом і класні завдання, підготовлені шрифтом Брайля перед кожним уроком

bank-mobility-training = Навчання орієнтування з фахівцем: як безпечно і самостійно пересуватися школою і знаходити дорогу

bank-sloped-board-and-pencil-grip = Похила дошка для письма і гумова насадка на олівець, щоб писати було легше і зручніше

bank-typing-for-longer-writing = Ноутбук або планшет для довших письмових робіт і щотижневі вправи з набору тексту

bank-moving-and-handling-plan = План безпечного переміщення, складений із фізичним терапевтом: як безпечно піднімати дитину, переміщати її і змінювати положення тіла; його виконують навчені працівники

bank-gross-motor-group = Рухова група: короткі заняття з іграми на рівновагу, стрибки, кидання і ловлю, щоб розвивати силу і координацію

bank-sensory-diet = { EN("Sensory diet") } («сенсорна дієта»): заплановані протягом дня заняття, як-от носити речі, штовхати щось або тихий час, які призначає ерготерапевт; завдяки їм { $name } легше зберігає спокій і уважність

bank-sensory-tool-kit = Сенсорний набір: речі, як-от балансувальна подушка, іграшка для рук і щось безпечне, що можна гризти; завдяки їм { $name } легше зберігає спокій на уроках

bank-individual-health-care-plan = Індивідуальний план медичного догляду, складений із родиною і шкільною медсестрою, де сказано, що працівники роблять щодня і в екстреній ситуації

bank-staff-medical-training = Працівники, навчені давати ліки і допомагати у звʼязку з хворобою, наприклад користуватися інгалятором чи автоінжектором з адреналіном

bank-intimate-care-plan = План особистої гігієни, погоджений із родиною: приватний, заздалегідь продуманий порядок допомоги з туалетом і переодяганням, з визначеними працівниками

bank-toilet-timetable = Нагадування ходити в туалет у визначений час протягом дня і картка, щоб попроситися в будь-який момент

bank-lunchtime-eating-support = Допомога під час обіду: тихіше місце для їжі, за потреби нарізана їжа і дорослий, який заохочує куштувати нові страви

bank-throw-and-catch = Грайте в кидання і ловлю з великим мʼяким мʼячем і ставайте далі одне від одного, коли стане легше.

bank-help-in-the-kitchen = Нехай { $name } допомагає на кухні: розмішує, наливає, намазує і ріже мʼяку їжу.

bank-new-food-next-to-favourite = Покладіть трохи нової страви поруч з улюбленою, не змушуючи, і хваліть, коли дитина дивиться на неї, торкається чи куштує.

bank-toilet-routine-at-home = Дотримуйтеся вдома сталого розпорядку походів у туалет, наприклад після їжі, і вживайте ті самі слова і картинки, що й у школі.

bank-therapy-exercises-at-home = Кілька разів на тиждень виконуйте разом вправи від фізичного терапевта чи ерготерапевта.

bank-update-school-on-health = Повідомляйте школу про будь-які зміни здоровʼя чи ліків і перевіряйте, чи не минув термін придатності ліків, які зберігаються в школі.

bank-glasses-every-day = Щоранку перевіряйте, чи { $name } має чисті окуляри і чи вдягає їх до школи.

bank-hearing-aid-check-log = Щодня записують результат ранкової перевірки слухових апаратів і всі проблеми, а записи переглядають щотижня.

bank-toileting-chart = Таблиця туалету: щодня позначають, коли все було гаразд, а коли стався неприємний випадок, і щотижня її переглядають.

bank-foods-tried-record = Чергові під час обідньої перерви записують, які страви куштує { $name }.

bank-movement-skills-check = На початку і наприкінці плану коротко перевіряють рухові навички, як-от рівновагу, стрибки на одній нозі і ловлю мʼяча.

bank-medical-log = Записують, які ліки давали і коли { $name } погано почувається; ці записи раз на пів триместру переглядають разом із родиною і шкільною медсестрою.

## Any area

bank-strength-kind-and-helpful = { $name } { $gender ->
        [female] добра
        [male] добрий
       *[other] має добре серце
    } і любить допомагати дорослим та іншим дітям.

bank-strength-creative = { $name } має багату уяву і любить малювати, майструвати й будувати.

bank-strength-keeps-trying = { $name } не здається і старається далі, навіть коли завдання складне.

bank-pupil-views-before-review = Перед кожним переглядом плану { $name } розповідає, що вдається добре, а що важко, і ці відповіді записують.

bank-termly-review-meeting = Раз на триместр школа зустрічається з родиною, щоб разом переглянути цілі й домовитися про наступні кроки.

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

bank-specialist-teacher-learning-assessment = Обстеження в спеціального педагога з питань навчання: читання, письмо, математика і памʼять

bank-handwriting-speed-check = Перевірка швидкості письма від руки, щоб зрозуміти, чи допоможе додатковий час або набір тексту на компʼютері

bank-autism-outreach-observation = Спостереження в класі й на перерві від виїзної команди з питань аутизму ({ EN("autism outreach team") }), з порадами для працівників школи

bank-stammering-assessment = Обстеження в логопеда, який працює з дітьми, що заїкаються

bank-adhd-assessment-referral = Направлення на обстеження щодо СДУГ (синдрому дефіциту уваги та гіперактивності, { EN("ADHD") }) у місцевій службі охорони здоровʼя

bank-behaviour-support-observation = Спостереження в класі від служби допомоги з труднощами в поведінці ({ EN("behaviour support") }), з порадами для працівників школи

bank-physiotherapy-assessment = Обстеження у фізичного терапевта: рухи, рівновага і сила

bank-functional-vision-assessment = Обстеження в спеціального педагога для дітей із порушеннями зору: як { $name } користується зором у класі

bank-paediatrician-referral = Направлення до педіатра громади ({ EN("community paediatrician") }), тобто дитячого лікаря, який перевіряє здоровʼя і розвиток

bank-early-help-assessment = Оцінка в межах ранньої допомоги родинам ({ EN("Early Help") }), яка обʼєднує родину і місцеві служби, щоб разом вирішити, яка підтримка потрібна

bank-ehc-needs-assessment = Запит до місцевої влади про оцінку потреб дитини в освіті, здоровʼї та догляді, яка може привести до плану освіти, здоровʼя та догляду ({ EN("EHC plan") })
