# The bank: well-worded targets, strategies, home activities and ways of checking progress,
# in every language iepress ships, for a school to pick in a plan instead of writing words:
#
#   target: { bank: read-common-words, count: 20, total: 30 }
#
# Each entry is one message, `bank-` and its id. In this file (the source) it carries:
#   .kind    target, strategy (what staff do), home (what the family can do), measure (how
#            progress is checked), assessment, need or strength
#   .area    the area of need it belongs to (cognition-and-learning,
#            communication-and-interaction, social-emotional-mental-health,
#            sensory-and-physical), or any
#   .params  the numbers a plan gives it, by name
# A translation gives the value only. iepress gives every entry $name (the name the pupil
# goes by) and $gender (female, male, or other when the plan does not say), for languages
# whose grammar needs them; a translation may leave out $gender where it does not.
# Write for parents: short sentences, everyday words.

## Cognition and learning

bank-read-common-words = { $name } will read { $count } of the { $total } common words on { $gender ->
        [female] her
        [male] his
       *[other] their
    } word card, on two checks a week apart.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-precision-teaching = Precision teaching: a few minutes of practice each day with word cards, a few words at a time
    .kind = strategy
    .area = cognition-and-learning

bank-words-read-checked-weekly = The words read correctly are recorded every week.
    .kind = measure
    .area = cognition-and-learning

bank-read-card-words-at-bedtime = Read { $count } of the card words together at bedtime.
    .kind = home
    .area = cognition-and-learning
    .params = count

bank-write-sentences-about-picture = { $name } will write { $count ->
        [one] one sentence
       *[other] { $count } sentences
    } about a picture, using a capital letter and a full stop in each.
    .kind = target
    .area = cognition-and-learning
    .params = count

bank-writing-group-sentence-frames = A small writing group that uses sentence frames (the start of a sentence, to finish)
    .kind = strategy
    .area = cognition-and-learning

bank-writing-samples-checked = Samples of { $gender ->
        [female] her
        [male] his
       *[other] their
    } writing are kept and checked every two weeks.
    .kind = measure
    .area = cognition-and-learning

bank-talk-about-picture = Talk about a picture together, and help { $gender ->
        [female] her
        [male] him
       *[other] them
    } say a sentence out loud before writing it.
    .kind = home
    .area = cognition-and-learning

bank-read-together-daily = Please read with { $name } for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } every day, and sign the reading record.
    .kind = home
    .area = cognition-and-learning
    .params = minutes

bank-know-letter-sounds = { $name } will say the sound for { $count } of the { $total ->
        [one] one letter or letter group
       *[other] { $total } letters and letter groups
    } taught in phonics so far.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-blend-short-words = { $name } will sound out and blend short words, such as "cat" and "ship", reading { $count } of { $total ->
        [one] one word
       *[other] { $total } words
    } correctly.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-spell-list-words = { $name } will spell { $count } of the { $total ->
        [one] one word
       *[other] { $total } words
    } on { $gender ->
        [female] her
        [male] his
       *[other] their
    } spelling list correctly, on two checks in a row.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-read-page-few-mistakes = { $name } will read a page of { $gender ->
        [female] her
        [male] his
       *[other] their
    } reading book out loud with no more than { $count ->
        [one] one mistake
       *[other] { $count } mistakes
    }.
    .kind = target
    .area = cognition-and-learning
    .params = count

bank-answer-questions-about-text = { $name } will answer { $count } of { $total ->
        [one] one question
       *[other] { $total } questions
    } about a short text read with an adult.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-number-bonds-to-ten = { $name } will answer { $count } of { $total ->
        [one] one question
       *[other] { $total } questions
    } on number bonds to ten (pairs of numbers that add up to ten) without counting on fingers.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-count-objects-accurately = { $name } will count up to { $count ->
        [one] one object
       *[other] { $count } objects
    } correctly, touching each object once and saying the last number as the total.
    .kind = target
    .area = cognition-and-learning
    .params = count

bank-times-table-facts = { $name } will answer { $count } of { $total ->
        [one] one question
       *[other] { $total } questions
    } on the { $table } times table correctly, without writing the table out.
    .kind = target
    .area = cognition-and-learning
    .params = table count total

bank-finger-spaces = { $name } will leave a finger space between words in { $count } of { $total ->
        [one] one sentence
       *[other] { $total } sentences
    } written in class.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-form-letters-correctly = { $name } will form { $count } of the { $total ->
        [one] one small letter
       *[other] { $total } small letters
    } correctly, starting each one in the right place.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-remember-list-in-order = { $name } will remember a list of { $count ->
        [one] one word
       *[other] { $count } words
    } and say it back in the right order.
    .kind = target
    .area = cognition-and-learning
    .params = count

bank-use-word-mat = { $name } will use a word mat to check spellings without a reminder, in { $times } of { $of ->
        [one] one writing task
       *[other] { $of } writing tasks
    }.
    .kind = target
    .area = cognition-and-learning
    .params = times of

bank-phonics-catch-up-group = A phonics catch-up group: short sessions in a small group, most days, to practise letter sounds and blending them into words
    .kind = strategy
    .area = cognition-and-learning

bank-paired-reading = Paired reading: an adult and { $name } read a book out loud together, and the adult helps with any hard words
    .kind = strategy
    .area = cognition-and-learning

bank-multisensory-spelling = Multisensory spelling: each spelling is learned by saying it, tracing it, writing it and checking it
    .kind = strategy
    .area = cognition-and-learning

bank-maths-with-objects = Maths with things to hold and move, such as counters, cubes and number lines, so numbers can be seen and touched
    .kind = strategy
    .area = cognition-and-learning

bank-pre-teaching-topic-words = Pre-teaching: new words for the class topic are taught in a small group, with pictures, before the lesson
    .kind = strategy
    .area = cognition-and-learning

bank-word-mat-on-table = A word mat on the table: a sheet of useful words and spellings to look at while writing
    .kind = strategy
    .area = cognition-and-learning

bank-task-steps-checklist = Tasks broken into small steps, with a checklist to tick off each step when it is done
    .kind = strategy
    .area = cognition-and-learning

bank-reading-comprehension-group = A reading comprehension group: reading short texts in a small group and talking about what they mean
    .kind = strategy
    .area = cognition-and-learning

bank-i-spy-letter-sounds = Play "I spy" with letter sounds, such as "I spy something beginning with sss".
    .kind = home
    .area = cognition-and-learning

bank-look-say-cover-write-check = Practise the spelling list a few words at a time: look at the word, say it, cover it, write it, then check it.
    .kind = home
    .area = cognition-and-learning

bank-count-everyday-things = Count things together in everyday life, such as stairs, spoons at dinner or red cars on the way to school.
    .kind = home
    .area = cognition-and-learning

bank-card-game-make-ten = Play a card game together: take turns to find two cards that add up to ten.
    .kind = home
    .area = cognition-and-learning

bank-letter-sounds-checked-half-termly = The letter sounds { $name } knows are checked at the start of the plan and every half term.
    .kind = measure
    .area = cognition-and-learning

bank-spelling-scores-charted = A short spelling check every week, with the scores kept on a chart.
    .kind = measure
    .area = cognition-and-learning

bank-running-record = A running record every two weeks: an adult listens to { $name } read and notes each word read correctly.
    .kind = measure
    .area = cognition-and-learning

bank-need-reading-and-spelling = { $name } finds it hard to read and spell new words, and to remember them from one day to the next.
    .kind = need
    .area = cognition-and-learning

bank-strength-memory-for-stories = { $name } loves stories, remembers them well and enjoys telling them to others.
    .kind = strength
    .area = cognition-and-learning

bank-read-longer-words = { $name } will read longer words by breaking them into parts, such as "rab-bit" and "sun-set", reading { $count } of { $total ->
        [one] one word
       *[other] { $total } words
    } correctly.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-spell-words-said-aloud = { $name } will sound out and write short words said aloud by an adult, such as "dog" and "shop", spelling { $count } of { $total ->
        [one] one word
       *[other] { $total } words
    } correctly.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-use-spelling-rule = { $name } will use the spelling rule being taught, such as adding "ing" or "ed" to a word, in { $count } of { $total ->
        [one] one word
       *[other] { $total } words
    } in a spelling check.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-read-words-per-minute = { $name } will read { $words ->
        [one] one word
       *[other] { $words } words
    } a minute correctly from a book at the right level.
    .kind = target
    .area = cognition-and-learning
    .params = words

bank-retell-story-in-order = { $name } will retell a story just read, in the right order, including { $count ->
        [one] one main event
       *[other] { $count } main events
    }.
    .kind = target
    .area = cognition-and-learning
    .params = count

bank-plan-writing-with-frame = { $name } will plan a piece of writing on a planning sheet, writing or drawing { $count ->
        [one] one idea
       *[other] { $count } ideas
    } before starting.
    .kind = target
    .area = cognition-and-learning
    .params = count

bank-check-own-writing = { $name } will read back a finished piece of writing and correct at least { $count ->
        [one] one mistake
       *[other] { $count } mistakes
    } without help.
    .kind = target
    .area = cognition-and-learning
    .params = count

bank-letters-on-the-line = { $name } will write on the line, with tall letters and small letters the right size, in { $count } of { $total ->
        [one] one sentence
       *[other] { $total } sentences
    }.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-add-and-take-away = { $name } will add and take away with numbers up to { $limit }, answering { $count } of { $total ->
        [one] one question
       *[other] { $total } questions
    } correctly.
    .kind = target
    .area = cognition-and-learning
    .params = count total limit

bank-tens-and-ones = { $name } will say how many tens and ones are in a two-digit number, for { $count } of { $total ->
        [one] one number
       *[other] { $total } numbers
    }.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-tell-time-on-clock = { $name } will tell the time to the hour and half hour on a clock with hands, getting { $count } of { $total ->
        [one] one clock
       *[other] { $total } clocks
    } right.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-pay-with-coins = { $name } will choose the right coins to pay for something that costs up to { $pence ->
        [one] one penny
       *[other] { $pence } pence
    }, in { $count } of { $total ->
        [one] one try
       *[other] { $total } tries
    }.
    .kind = target
    .area = cognition-and-learning
    .params = count total pence

bank-solve-word-problems = { $name } will solve { $count } of { $total ->
        [one] one word problem
       *[other] { $total } word problems
    } (maths questions told as a short story), drawing a picture or using objects to help.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-work-alone-on-steps = { $name } will do { $steps ->
        [one] one step
       *[other] { $steps } steps
    } of a task alone before checking with an adult.
    .kind = target
    .area = cognition-and-learning
    .params = steps

bank-use-task-board = { $name } will use a task board to see what to do next, without asking an adult, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = cognition-and-learning
    .params = times of

bank-bring-right-things = { $name } will bring the right things to school, such as a reading book, a water bottle and PE kit, checked against a list, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = cognition-and-learning
    .params = days of

bank-finish-tasks-in-time = { $name } will finish { $count } of { $total ->
        [one] one task
       *[other] { $total } tasks
    } in the time given in class, using a visual timer.
    .kind = target
    .area = cognition-and-learning
    .params = count total

bank-decodable-reading-books = Reading books matched to the sounds { $name } knows, so that every word can be sounded out
    .kind = strategy
    .area = cognition-and-learning

bank-reciprocal-reading = Reciprocal reading: a small group takes turns to guess what happens next, ask questions, explain hard words and sum up a text
    .kind = strategy
    .area = cognition-and-learning

bank-spelling-patterns-and-own-list = Spellings taught in groups of words that follow the same pattern, and a personal list of tricky words to practise
    .kind = strategy
    .area = cognition-and-learning

bank-handwriting-practice-group = A handwriting group: a few minutes of practice most days, to learn letter shapes and joins
    .kind = strategy
    .area = cognition-and-learning

bank-number-facts-daily-practice = Number facts practised every day with short games, a few minutes at a time, to help them stick
    .kind = strategy
    .area = cognition-and-learning

bank-desk-memory-aids = Memory aids on the desk, such as an alphabet strip, a number square and a times table grid
    .kind = strategy
    .area = cognition-and-learning

bank-small-chunks-of-information = Information given in small chunks, repeated, and backed up with pictures or written key words
    .kind = strategy
    .area = cognition-and-learning

bank-visual-timer-on-desk = A visual timer on the desk, so { $name } can see how much time is left for a task
    .kind = strategy
    .area = cognition-and-learning

bank-start-then-step-back = An adult helps { $name } start a task, then steps back and checks in after a few minutes, to build working alone
    .kind = strategy
    .area = cognition-and-learning

bank-daily-kit-checklist = A picture checklist of what to bring each day, kept in the school bag, and a labelled tray for books and equipment
    .kind = strategy
    .area = cognition-and-learning

bank-other-ways-to-record = Other ways to record ideas, such as drawing, a mind map, typing, or telling an adult who writes them down
    .kind = strategy
    .area = cognition-and-learning

bank-reader-or-scribe-in-tests = Extra time in tests, and an adult to read the questions or write the answers where { $name } needs it
    .kind = strategy
    .area = cognition-and-learning

bank-play-shops-with-coins = Play shops with real coins: let { $name } pay for things and count the change.
    .kind = home
    .area = cognition-and-learning

bank-tell-time-at-home = Look at a clock together during the day, and ask what time it is at mealtimes or before a favourite programme.
    .kind = home
    .area = cognition-and-learning

bank-pack-bag-night-before = Pack the school bag together the night before, using the picture checklist from school.
    .kind = home
    .area = cognition-and-learning

bank-memory-games = Play memory games, such as "I went to the shop and bought ...", adding one more thing each turn.
    .kind = home
    .area = cognition-and-learning

bank-write-for-real-reasons = Write together for a real reason, such as a shopping list, a birthday card or a note to a relative.
    .kind = home
    .area = cognition-and-learning

bank-maths-check-half-termly = A short check of the maths skills being practised, at the start of the plan and every half term.
    .kind = measure
    .area = cognition-and-learning

bank-reading-speed-timed = Every two weeks, an adult listens to { $name } read a short passage for a minute and counts the words read correctly.
    .kind = measure
    .area = cognition-and-learning

bank-tasks-done-alone-counted = The tasks { $name } finishes without adult help are counted each week.
    .kind = measure
    .area = cognition-and-learning

## Communication and interaction

bank-follow-two-step-instruction = { $name } will follow a two-step instruction given to the whole class, without a reminder, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = times of

bank-instructions-in-short-steps = Instructions are given in short steps, with a picture to show each step.
    .kind = strategy
    .area = communication-and-interaction

bank-tally-chart-weekly = A tally chart, checked every week
    .kind = measure
    .area = any

bank-two-step-instructions-at-home = Give two-step instructions at home, and praise { $gender ->
        [female] her
        [male] him
       *[other] them
    } for following them.
    .kind = home
    .area = communication-and-interaction

bank-answer-who-what-where = { $name } will answer { $count } of { $total ->
        [one] one question
       *[other] { $total } questions
    } that start with "who", "what" or "where", about a picture or a short story.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-speak-in-longer-sentences = { $name } will use sentences of at least { $words ->
        [one] one word
       *[other] { $words } words
    } when talking about a picture with an adult.
    .kind = target
    .area = communication-and-interaction
    .params = words

bank-take-turns-in-conversation = { $name } will take { $turns ->
        [one] one turn
       *[other] { $turns } turns
    } in a conversation with a friend, staying on the same topic.
    .kind = target
    .area = communication-and-interaction
    .params = turns

bank-ask-for-help-when-stuck = { $name } will ask for help when stuck, using words or a help card, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = communication-and-interaction
    .params = times of

bank-listen-at-carpet-time = { $name } will sit and listen at carpet time for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, looking at the person speaking.
    .kind = target
    .area = communication-and-interaction
    .params = minutes

bank-learn-topic-words = { $name } will learn { $count ->
        [one] one new word
       *[other] { $count } new words
    } from the class topic each half term, and say what each one means.
    .kind = target
    .area = communication-and-interaction
    .params = count

bank-say-hello-on-arrival = { $name } will say hello to an adult and a friend when arriving in class, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = days of

bank-wait-turn-to-speak = { $name } will wait for a turn to speak in a group, without calling out, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = times of

bank-say-practised-sound = { $name } will say the speech sound being practised clearly at the start of words, in { $count } of { $total ->
        [one] one word
       *[other] { $total } words
    }.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-position-words = { $name } will show { $count } of the { $total ->
        [one] one position word
       *[other] { $total } position words
    }, such as "in", "on" and "under", by putting a toy in the right place.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-move-on-with-visual-timetable = { $name } will check the visual timetable and move to the next activity with no more than one reminder, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = times of

bank-play-shared-game = { $name } will play a shared game with another child for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, with an adult nearby.
    .kind = target
    .area = communication-and-interaction
    .params = minutes

bank-visual-timetable = A visual timetable: pictures on the desk or wall that show the order of the day, so { $name } knows what comes next
    .kind = strategy
    .area = communication-and-interaction

bank-now-and-next-board = A now and next board: two pictures that show the task now and what comes after it
    .kind = strategy
    .area = communication-and-interaction

bank-social-stories = Social stories: short stories with pictures that explain a new or hard situation and what to do
    .kind = strategy
    .area = communication-and-interaction

bank-speech-and-language-programme = A speech and language programme from the therapist, practised with a teaching assistant in short sessions each week
    .kind = strategy
    .area = communication-and-interaction

bank-language-group = A small language group: games that build listening, new words and speaking in sentences
    .kind = strategy
    .area = communication-and-interaction

bank-colourful-semantics = Colourful semantics: colour-coded cards for who, doing what, what and where, to help build longer sentences
    .kind = strategy
    .area = communication-and-interaction

bank-name-first-short-instructions = Adults say { $name } before giving an instruction, give one short step at a time, and wait for an answer
    .kind = strategy
    .area = communication-and-interaction

bank-signs-and-symbols = Signs and picture symbols used alongside speech, so spoken words are easier to understand
    .kind = strategy
    .area = communication-and-interaction

bank-talk-about-picture-book = Share a picture book and talk about what is happening on each page.
    .kind = home
    .area = communication-and-interaction

bank-name-things-on-walks = On a walk or at the shops, name things together, and add one new word each time.
    .kind = home
    .area = communication-and-interaction

bank-my-turn-your-turn = Play a simple game that needs turns, like rolling a ball, and say "my turn, your turn".
    .kind = home
    .area = communication-and-interaction

bank-first-then-at-home = Use "first ... then ..." at home to show what comes next, such as "first shoes, then park".
    .kind = home
    .area = communication-and-interaction

bank-speech-therapist-checks-each-visit = The speech and language therapist checks progress at each visit and writes a short note.
    .kind = measure
    .area = communication-and-interaction

bank-sentence-samples-half-termly = An adult writes down what { $name } says about a picture at the start of the plan and every half term, to see the sentences grow.
    .kind = measure
    .area = communication-and-interaction

bank-group-session-notes = The adult running the group notes each turn and answer in every session, and looks at the notes every two weeks.
    .kind = measure
    .area = communication-and-interaction

bank-need-spoken-instructions = { $name } finds it hard to follow spoken instructions given to the whole class, and to find the right words to explain ideas.
    .kind = need
    .area = communication-and-interaction

bank-say-sound-in-sentences = { $name } will say the speech sound being practised clearly in sentences, while talking with an adult, in { $count } of { $total ->
        [one] one sentence
       *[other] { $total } sentences
    }.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-hear-sound-differences = { $name } will hear the difference between words that sound alike, such as "key" and "tea", pointing to the right picture for { $count } of { $total ->
        [one] one pair of words
       *[other] { $total } pairs of words
    }.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-sort-words-into-groups = { $name } will sort { $count } of { $total ->
        [one] one picture
       *[other] { $total } pictures
    } into groups, such as animals, food and clothes, and name each group.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-describe-an-object = { $name } will describe an object by saying { $count ->
        [one] one thing
       *[other] { $count } things
    } about it, such as its colour, shape, size or what it is used for.
    .kind = target
    .area = communication-and-interaction
    .params = count

bank-follow-key-word-instructions = { $name } will follow an instruction with { $count ->
        [one] one important word
       *[other] { $count } important words
    } to remember, such as "give me the big red ball", in { $times } of { $of ->
        [one] one try
       *[other] { $of } tries
    }.
    .kind = target
    .area = communication-and-interaction
    .params = count times of

bank-answer-why-and-how = { $name } will answer { $count } of { $total ->
        [one] one question
       *[other] { $total } questions
    } that start with "why" or "how", about a story or something that has happened.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-tell-news-in-order = { $name } will tell an adult about something that happened, such as at the weekend, in { $count ->
        [one] one sentence
       *[other] { $count } sentences
    } in the right order.
    .kind = target
    .area = communication-and-interaction
    .params = count

bank-tell-story-with-cards = { $name } will tell a short story with help from story cards, including { $count } of the { $total ->
        [one] one part
       *[other] { $total } parts
    } shown on the cards, such as who, where, what happened and how it ended.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-start-a-conversation = { $name } will start a conversation with another child, by saying hello or asking a question, at playtime on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = days of

bank-ask-friend-a-question = { $name } will ask a friend a question about what the friend has just said, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = times of

bank-read-feelings-in-pictures = { $name } will say how a person in a picture may be feeling, and why, for { $count } of { $total ->
        [one] one picture
       *[other] { $total } pictures
    }.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-explain-common-sayings = { $name } will explain what { $count } of { $total ->
        [one] one common saying
       *[other] { $total } common sayings
    }, such as "it's raining cats and dogs", really mean.
    .kind = target
    .area = communication-and-interaction
    .params = count total

bank-keep-comfortable-distance = { $name } will stand about an arm's length away when talking to others, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = times of

bank-cope-with-change-to-routine = { $name } will stay calm when there is a change to the day that was shown in advance on the visual timetable, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = communication-and-interaction
    .params = times of

bank-ask-with-picture-cards = { $name } will use a picture card or a sign to ask for { $count ->
        [one] one thing
       *[other] { $count } different things
    } during the day, such as a drink, help or the toilet.
    .kind = target
    .area = communication-and-interaction
    .params = count

bank-join-activity-chosen-by-others = { $name } will take part in an activity chosen by someone else for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, before going back to a favourite activity.
    .kind = target
    .area = communication-and-interaction
    .params = minutes

bank-speak-up-in-small-group = { $name } will answer a question or share an idea in a small group, without being asked first, at least { $times ->
        [one] once
       *[other] { $times } times
    } a week.
    .kind = target
    .area = communication-and-interaction
    .params = times

bank-say-what-helps-when-talking = { $name } will say { $count ->
        [one] one thing
       *[other] { $count } things
    } that help when talking feels hard, such as being given time, and share them with the class teacher.
    .kind = target
    .area = communication-and-interaction
    .params = count

bank-wait-time-to-answer = Time to answer: adults wait about ten seconds after asking a question, so { $name } can think and reply
    .kind = strategy
    .area = communication-and-interaction

bank-model-and-expand-sentences = Adults say back what { $name } says as a correct, slightly longer sentence, without asking for it to be said again
    .kind = strategy
    .area = communication-and-interaction

bank-word-webs = Word webs: each new word is linked to its sounds, its meaning, a picture and words like it, to help it stick
    .kind = strategy
    .area = communication-and-interaction

bank-brick-building-group = A brick-building group: a small group builds a model together, each child with a job (finding the bricks, building or giving the instructions), to practise talking and working together
    .kind = strategy
    .area = communication-and-interaction

bank-intensive-interaction = Intensive interaction: an adult follows the lead of { $name } in play, copying sounds and actions, to build shared attention and enjoyment
    .kind = strategy
    .area = communication-and-interaction

bank-quiet-workstation = A quiet workstation: a desk away from distractions, with the tasks set out in order, for working alone
    .kind = strategy
    .area = communication-and-interaction

bank-comic-strip-conversations = Comic strip conversations: simple drawings with speech and thought bubbles, to talk through what happened and what people were thinking
    .kind = strategy
    .area = communication-and-interaction

bank-warn-before-changes = Warnings before changes: changes to the day shown in advance on the visual timetable, and a countdown before an activity ends
    .kind = strategy
    .area = communication-and-interaction

bank-stammering-friendly-talk = Stammering-friendly talk: adults wait for { $name } to finish without finishing words for { $gender ->
        [female] her
        [male] him
       *[other] them
    }, and agree together how to answer the register and questions in class
    .kind = strategy
    .area = communication-and-interaction

bank-talking-partner = A talking partner: a classmate to talk ideas through with before answering in front of the class
    .kind = strategy
    .area = communication-and-interaction

bank-communication-passport = A communication passport: a short booklet, made with the family, that tells staff how { $name } communicates and what helps
    .kind = strategy
    .area = communication-and-interaction

bank-lunchtime-club-structured-play = A lunchtime club: games with a small group and an adult who helps the children play together
    .kind = strategy
    .area = communication-and-interaction

bank-speech-sound-games-from-therapist = Play the speech sound games from the therapist for a few minutes each day, and praise every try.
    .kind = home
    .area = communication-and-interaction

bank-talk-at-mealtimes = Turn off screens at mealtimes, and talk together about the day.
    .kind = home
    .area = communication-and-interaction

bank-prepare-for-changes = Before a change, such as a visit or a day out, show { $name } photos or tell a short story about what will happen.
    .kind = home
    .area = communication-and-interaction

bank-give-time-to-talk = When talking is hard for { $name }, wait calmly, keep looking at { $gender ->
        [female] her
        [male] him
       *[other] them
    }, and let { $gender ->
        [female] her
        [male] him
       *[other] them
    } finish without finishing the words.
    .kind = home
    .area = communication-and-interaction

bank-describe-and-guess = Play describe and guess: take turns to describe something in the room, and guess what it is.
    .kind = home
    .area = communication-and-interaction

bank-new-words-checked-with-pictures = The new words { $name } knows are checked with pictures at the start and at the end of the plan.
    .kind = measure
    .area = communication-and-interaction

bank-conversations-noted-weekly = An adult notes each week how often { $name } starts or joins a conversation in class and at play.
    .kind = measure
    .area = communication-and-interaction

bank-playtime-observation = An adult watches at playtime every two weeks, and notes who { $name } plays with and how.
    .kind = measure
    .area = communication-and-interaction

bank-social-communication-checklist = Staff and family fill in a short checklist of social communication skills at the start and at the end of the plan.
    .kind = measure
    .area = communication-and-interaction

## Social, emotional and mental health

bank-calm-card = { $name } will use a calm card and a calm corner instead of shouting, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = days of

bank-feelings-check-in = A short check-in each morning with a feelings scale
    .kind = strategy
    .area = social-emotional-mental-health

bank-feelings-scale-at-home = Use the same feelings scale at home, and praise { $gender ->
        [female] her
        [male] him
       *[other] them
    } for asking for a break.
    .kind = home
    .area = social-emotional-mental-health

bank-name-feelings = { $name } will name { $count ->
        [one] one feeling
       *[other] { $count } feelings
    }, such as happy, sad, angry and worried, and match each one to a picture.
    .kind = target
    .area = social-emotional-mental-health
    .params = count

bank-calm-again-within-minutes = { $name } will be calm again within { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } after getting upset, with help from an adult.
    .kind = target
    .area = social-emotional-mental-health
    .params = minutes

bank-use-break-card = { $name } will show a break card to ask for a short break when upset, instead of leaving the room, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-start-task-when-asked = { $name } will start a task within { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } of being asked, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = days of minutes

bank-join-playtime-game = { $name } will join in a game with other children at playtime, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = days of

bank-safe-hands-at-playtime = { $name } will keep hands and feet safe at playtime, with no hurting, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = days of

bank-lose-a-game-calmly = { $name } will stay calm when losing a game and say "well done" to the winner, in { $times } of { $of ->
        [one] one game
       *[other] { $of } games
    }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-say-good-things-about-self = { $name } will say { $count ->
        [one] one good thing
       *[other] { $count } good things
    } about { $gender ->
        [female] herself
        [male] himself
       *[other] themselves
    } at the weekly check-in.
    .kind = target
    .area = social-emotional-mental-health
    .params = count

bank-come-into-class-calmly = { $name } will say goodbye at the door and come into class calmly in the morning, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = days of

bank-follow-request-after-reminder = { $name } will do what an adult asks after no more than one reminder, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-stay-in-lesson = { $name } will stay in the classroom for the whole lesson, taking a planned break if needed, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-sort-out-falling-out = { $name } will use words, not hands, to sort out a falling-out with a friend, with an adult's help if needed, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-feelings-traffic-light = A feelings traffic light: green, amber and red cards to show how { $name } is feeling, with a plan for what helps at each colour
    .kind = strategy
    .area = social-emotional-mental-health

bank-nurture-group = A nurture group: a small, calm group with a familiar adult, for part of the day, to build confidence and friendships
    .kind = strategy
    .area = social-emotional-mental-health

bank-emotional-literacy-support = Emotional literacy support: a weekly session with a trained teaching assistant to talk about feelings and practise ways to cope
    .kind = strategy
    .area = social-emotional-mental-health

bank-social-skills-group = A social skills group: games in a small group to practise sharing, taking turns and losing well
    .kind = strategy
    .area = social-emotional-mental-health

bank-calm-space-with-timer = A quiet, calm space in or near the classroom for a short break with a sand timer, then back to learning
    .kind = strategy
    .area = social-emotional-mental-health

bank-meet-and-greet = Meet and greet: a familiar adult welcomes { $name } at the door each morning and helps with settling in
    .kind = strategy
    .area = social-emotional-mental-health

bank-praise-and-reward-chart = Clear praise for good choices, and a reward chart with small goals agreed with { $name }
    .kind = strategy
    .area = social-emotional-mental-health

bank-restorative-conversations = Restorative conversations: after a problem, an adult helps each child say what happened, how they felt and how to put it right
    .kind = strategy
    .area = social-emotional-mental-health

bank-best-part-of-the-day = Before bed, ask about the best part of the day and one thing that was hard, and listen calmly.
    .kind = home
    .area = social-emotional-mental-health

bank-slow-breathing-together = Practise slow breathing together when everyone is calm: breathe in while counting to four, then out while counting to four.
    .kind = home
    .area = social-emotional-mental-health

bank-praise-effort-at-home = Notice when { $name } tries hard or makes a kind choice, and say exactly what was good.
    .kind = home
    .area = social-emotional-mental-health

bank-tell-school-about-changes = Let the school know about changes at home, such as a house move, a new baby or a loss, so staff can help.
    .kind = home
    .area = social-emotional-mental-health

bank-difficult-moments-record = A record of difficult moments (what happened before, what { $name } did and what happened after), looked at every week.
    .kind = measure
    .area = social-emotional-mental-health

bank-feelings-questionnaire = A short questionnaire about feelings, filled in with { $name } at the start and at the end of the plan.
    .kind = measure
    .area = social-emotional-mental-health

bank-daily-smiley-chart = A daily chart with a smiley face for each part of the day, shared with home and looked at every Friday.
    .kind = measure
    .area = social-emotional-mental-health

bank-need-managing-feelings = { $name } finds it hard to manage strong feelings, and to calm down after being upset.
    .kind = need
    .area = social-emotional-mental-health

bank-share-a-worry = { $name } will share a worry with a trusted adult, by talking, drawing or using a worry box, at least { $times ->
        [one] once
       *[other] { $times } times
    } a week.
    .kind = target
    .area = social-emotional-mental-health
    .params = times

bank-use-calm-plan = { $name } will use an idea from { $gender ->
        [female] her
        [male] his
       *[other] their
    } calm plan, such as slow breathing or squeezing a soft ball, when feeling worried, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-speak-to-adults-in-school = { $name } will speak to { $count ->
        [one] one adult
       *[other] { $count } adults
    } in school, starting with a familiar adult in a quiet place.
    .kind = target
    .area = social-emotional-mental-health
    .params = count

bank-try-something-new = { $name } will try { $count ->
        [one] one new activity
       *[other] { $count } new activities
    } each half term, such as a club or a new game, with a familiar adult nearby.
    .kind = target
    .area = social-emotional-mental-health
    .params = count

bank-notice-early-signs-of-anger = { $name } will notice the early signs of getting angry, such as a hot face or tight fists, and tell an adult, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-help-put-things-right = { $name } will talk calmly with an adult after a problem and suggest a way to put things right, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-attend-school-per-cent = { $name } will be in school for at least { $percent } per cent of the school days this term.
    .kind = target
    .area = social-emotional-mental-health
    .params = percent

bank-time-in-class-each-day = { $name } will spend { $hours ->
        [one] one hour
       *[other] { $hours } hours
    } a day in class, with a quiet base and a familiar adult for the rest of the day.
    .kind = target
    .area = social-emotional-mental-health
    .params = hours

bank-settle-after-playtime = { $name } will come in from playtime and be settled at { $gender ->
        [female] her
        [male] his
       *[other] their
    } table within { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = days of minutes

bank-invite-someone-to-play = { $name } will ask another child to play, at least { $times ->
        [one] once
       *[other] { $times } times
    } a week.
    .kind = target
    .area = social-emotional-mental-health
    .params = times

bank-kind-things-for-others = { $name } will do { $count ->
        [one] one kind thing
       *[other] { $count } kind things
    } for other children each day, such as sharing or helping, noticed by an adult.
    .kind = target
    .area = social-emotional-mental-health
    .params = count

bank-have-a-go-at-hard-tasks = { $name } will have a go at a hard task, saying "I can try" instead of refusing, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-cope-with-mistakes = { $name } will stay calm when a mistake is pointed out, and put it right, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-share-work-with-pride = { $name } will show an adult or the class a piece of work { $gender ->
        [female] she is
        [male] he is
       *[other] they are
    } proud of, at least { $times ->
        [one] once
       *[other] { $times } times
    } a week.
    .kind = target
    .area = social-emotional-mental-health
    .params = times

bank-stay-on-task-with-timer = { $name } will stay on a task for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, with a visual timer, before a short planned break.
    .kind = target
    .area = social-emotional-mental-health
    .params = minutes

bank-back-to-work-after-signal = { $name } will get back to work after a quiet signal from an adult, such as a tap on the desk, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-walk-in-line-safely = { $name } will line up and walk with the class safely, staying in the line, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = social-emotional-mental-health
    .params = times of

bank-visit-new-class = { $name } will make { $count ->
        [one] one visit
       *[other] { $count } visits
    } to the new class or school before the move, and say one thing to look forward to.
    .kind = target
    .area = social-emotional-mental-health
    .params = count

bank-key-adult = A key adult: one named adult { $name } can go to, who checks in every day and keeps in touch with home
    .kind = strategy
    .area = social-emotional-mental-health

bank-worry-box = A worry box or worry book, where { $name } can put worries to talk through later with an adult
    .kind = strategy
    .area = social-emotional-mental-health

bank-personal-calm-plan = A calm plan made with { $name }: the early signs of getting upset or angry, what helps, and where to go to calm down
    .kind = strategy
    .area = social-emotional-mental-health

bank-emotion-coaching = Emotion coaching: adults name the feeling and show they understand it first, then help with what to do next
    .kind = strategy
    .area = social-emotional-mental-health

bank-gradual-return-plan = A plan to build up time in school step by step, with a quiet base and a familiar adult, agreed with the family and checked often
    .kind = strategy
    .area = social-emotional-mental-health

bank-attendance-support-meeting = Attendance support: a phone call home on the first day of absence, and a meeting with the family to agree what will help
    .kind = strategy
    .area = social-emotional-mental-health

bank-quiet-signal-to-refocus = A quiet signal agreed with { $name }, such as a hand on the desk, to bring attention back to the task without a telling-off
    .kind = strategy
    .area = social-emotional-mental-health

bank-transition-visits-and-booklet = Help with moving on: extra visits to the new class or school, and a booklet with photos of the new rooms and staff to look at over the holidays
    .kind = strategy
    .area = social-emotional-mental-health

bank-circle-of-friends = Circle of friends: a small group of classmates who meet each week with an adult and agree ways to help { $name } in class and at play
    .kind = strategy
    .area = social-emotional-mental-health

bank-playground-buddies = Playground buddies: trained older children who help with games and friendships at playtime
    .kind = strategy
    .area = social-emotional-mental-health

bank-class-job-for-confidence = A job in class, such as giving out books or looking after the plants, to build confidence and a sense of belonging
    .kind = strategy
    .area = social-emotional-mental-health

bank-mental-health-support-team = Short talking sessions with the school counsellor or the mental health support team that works with the school
    .kind = strategy
    .area = social-emotional-mental-health

bank-calm-morning-routine = Keep mornings calm and the same each day, with a picture routine for getting ready for school.
    .kind = home
    .area = social-emotional-mental-health

bank-regular-bedtime-screens-off = Keep to a regular bedtime, with screens off an hour before sleep.
    .kind = home
    .area = social-emotional-mental-health

bank-invite-friend-to-play = Invite a friend from class to play at home or in the park, for a short time at first.
    .kind = home
    .area = social-emotional-mental-health

bank-worry-time = Set a worry time: a few minutes each day to talk about worries, then do something nice together.
    .kind = home
    .area = social-emotional-mental-health

bank-small-jobs-at-home = Give { $name } a small job at home, such as laying the table, and say thank you when it is done.
    .kind = home
    .area = social-emotional-mental-health

bank-talk-about-new-class = Over the holidays, look at the booklet and photos from school together and talk about the new class.
    .kind = home
    .area = social-emotional-mental-health

bank-attendance-checked-weekly = Attendance and lateness are checked every week and shared with the family.
    .kind = measure
    .area = social-emotional-mental-health

bank-weekly-feelings-rating = Each week { $name } picks a face on a feelings scale to show how school feels, and the answers are compared across the plan.
    .kind = measure
    .area = social-emotional-mental-health

bank-time-on-task-recorded = An adult times how long { $name } stays on a task in two lessons each week, and writes it down.
    .kind = measure
    .area = social-emotional-mental-health

bank-home-school-book = A home-school book: a short note from school each day, and from home when there is news, looked at together at the review.
    .kind = measure
    .area = social-emotional-mental-health

bank-midday-staff-notes = The lunchtime staff write a short note each week about how playtimes and lunchtimes have gone.
    .kind = measure
    .area = social-emotional-mental-health

## Sensory and physical

bank-pencil-grip = { $name } will hold a pencil with a tripod grip (between the thumb and two fingers) for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } of writing.
    .kind = target
    .area = sensory-and-physical
    .params = minutes

bank-put-on-coat = { $name } will put on { $gender ->
        [female] her
        [male] his
       *[other] their
    } coat and do up the zip without help, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = days of

bank-change-for-pe = { $name } will get changed for PE without help in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } or less.
    .kind = target
    .area = sensory-and-physical
    .params = minutes

bank-cut-along-line = { $name } will cut along a thick line with scissors, staying close to the line, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = times of

bank-balance-on-one-leg = { $name } will stand on one leg, on each side, for { $seconds ->
        [one] one second
       *[other] { $seconds } seconds
    }.
    .kind = target
    .area = sensory-and-physical
    .params = seconds

bank-wear-hearing-aids = { $name } will wear { $gender ->
        [female] her
        [male] his
       *[other] their
    } hearing aids for the whole school day, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = days of

bank-say-when-not-heard = { $name } will tell an adult when something was not heard or seen clearly, using words or a card, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = sensory-and-physical
    .params = times of

bank-use-large-print = { $name } will use large print or a magnifier to read class work without a reminder, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = sensory-and-physical
    .params = times of

bank-find-way-around-school = { $name } will find the way alone from the classroom to the hall, the toilets and the playground, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = days of

bank-write-words-in-time = { $name } will write { $words ->
        [one] one word
       *[other] { $words } words
    } in { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, with letters that are easy to read.
    .kind = target
    .area = sensory-and-physical
    .params = minutes words

bank-ask-for-movement-break = { $name } will show a card to ask for a movement break when feeling restless, instead of leaving the seat, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = times of

bank-stay-in-assembly = { $name } will stay in the hall for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } of assembly, using ear defenders if needed.
    .kind = target
    .area = sensory-and-physical
    .params = minutes

bank-fine-motor-group = A fine motor group: short activities such as threading, pegs and dough disco (squeezing and rolling dough to music) to build strong hands
    .kind = strategy
    .area = sensory-and-physical

bank-therapy-exercise-programme = An exercise programme from the occupational therapist or physiotherapist, done with a teaching assistant
    .kind = strategy
    .area = sensory-and-physical

bank-radio-aid = A radio aid: the teacher wears a small microphone that sends the voice straight to { $gender ->
        [female] her
        [male] his
       *[other] their
    } hearing aids
    .kind = strategy
    .area = sensory-and-physical

bank-seat-near-the-front = A seat near the front, facing the teacher, with good light and away from noise
    .kind = strategy
    .area = sensory-and-physical

bank-large-print-materials = Worksheets and books in large print with strong contrast, made with advice from the sensory support service
    .kind = strategy
    .area = sensory-and-physical

bank-sensory-circuit = A sensory circuit: a short set of movement activities each morning, to help { $name } feel calm and ready to learn
    .kind = strategy
    .area = sensory-and-physical

bank-movement-breaks = Planned movement breaks: short jobs or exercises during lessons, such as taking a message to the office
    .kind = strategy
    .area = sensory-and-physical

bank-ear-defenders-and-quiet-place = Ear defenders, and a quiet place to go when the room is too noisy
    .kind = strategy
    .area = sensory-and-physical

bank-finger-games-at-home = Play games that use small finger movements, such as threading beads, building with small bricks or pegging out washing.
    .kind = home
    .area = sensory-and-physical

bank-dressing-practice = Give { $name } time to get dressed alone in the morning, and help only with the hardest part.
    .kind = home
    .area = sensory-and-physical

bank-check-hearing-aids-daily = Check that the hearing aids work before school, and pack spare batteries in the school bag.
    .kind = home
    .area = sensory-and-physical

bank-active-play-at-the-park = Go to the park together and play on the climbing frame, the swings and anything that needs balance.
    .kind = home
    .area = sensory-and-physical

bank-therapist-checks-goals = The occupational therapist or physiotherapist checks progress at each visit, against the goals they set.
    .kind = measure
    .area = sensory-and-physical

bank-time-taken-recorded-weekly = The time a task takes, such as changing for PE, is written down every week, to see it get shorter.
    .kind = measure
    .area = sensory-and-physical

bank-specialist-teacher-report = The specialist teacher from the sensory support service watches a lesson each half term and writes a short report.
    .kind = measure
    .area = sensory-and-physical

bank-need-fine-motor-skills = { $name } finds handwriting, cutting and other tasks that need small, careful hand movements hard.
    .kind = need
    .area = sensory-and-physical

bank-check-own-hearing-aids = { $name } will check { $gender ->
        [female] her
        [male] his
       *[other] their
    } hearing aids with an adult each morning and say if they sound right, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = days of

bank-hand-over-radio-aid = { $name } will give the teacher the radio aid microphone at the start of the lesson without a reminder, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = sensory-and-physical
    .params = times of

bank-read-braille-words = { $name } will read { $count } of { $total ->
        [one] one word
       *[other] { $total } words
    } in braille correctly.
    .kind = target
    .area = sensory-and-physical
    .params = count total

bank-walk-with-walking-aid = { $name } will use a walking aid to get from the classroom to the hall and back, with an adult nearby, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = days of

bank-ask-for-rest-or-change-of-position = { $name } will tell an adult when { $gender ->
        [female] she needs
        [male] he needs
       *[other] they need
    } a rest or a change of position, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = times of

bank-use-stairs-safely = { $name } will walk up and down the stairs safely, one foot on each step and holding the rail, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = days of

bank-catch-a-ball = { $name } will catch a large ball thrown gently from { $steps ->
        [one] one step
       *[other] { $steps } steps
    } away, in { $times } of { $of ->
        [one] one throw
       *[other] { $of } throws
    }.
    .kind = target
    .area = sensory-and-physical
    .params = times of steps

bank-hop-on-each-foot = { $name } will hop { $times ->
        [one] once
       *[other] { $times } times
    } on each foot without falling.
    .kind = target
    .area = sensory-and-physical
    .params = times

bank-do-up-buttons = { $name } will do up { $count ->
        [one] one button
       *[other] { $count } buttons
    } on a shirt or cardigan without help.
    .kind = target
    .area = sensory-and-physical
    .params = count

bank-type-words-per-minute = { $name } will type { $words ->
        [one] one word
       *[other] { $words } words
    } a minute, using both hands.
    .kind = target
    .area = sensory-and-physical
    .params = words

bank-use-knife-and-fork = { $name } will use a knife and fork to cut up soft food at lunch, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = days of

bank-open-lunch-items = { $name } will open { $count } of the { $total ->
        [one] one packet or pot
       *[other] { $total } packets and pots
    } in a packed lunch without help.
    .kind = target
    .area = sensory-and-physical
    .params = count total

bank-try-new-foods = { $name } will try { $count ->
        [one] one new food
       *[other] { $count } new foods
    } at lunchtime each half term, by looking at, touching, smelling or tasting each one.
    .kind = target
    .area = sensory-and-physical
    .params = count

bank-join-messy-play = { $name } will join in a messy activity, such as painting or cooking, for { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    }, wearing gloves if wanted.
    .kind = target
    .area = sensory-and-physical
    .params = minutes

bank-use-sensory-tools = { $name } will use a tool from { $gender ->
        [female] her
        [male] his
       *[other] their
    } sensory kit, such as a wobble cushion or something to fiddle with, to stay settled, in { $times } of { $of ->
        [one] one lesson
       *[other] { $of } lessons
    }.
    .kind = target
    .area = sensory-and-physical
    .params = times of

bank-know-signs-of-feeling-unwell = { $name } will name { $count ->
        [one] one sign
       *[other] { $count } signs
    } that show { $gender ->
        [female] she needs
        [male] he needs
       *[other] they need
    } help with a medical condition, such as feeling shaky or short of breath, and say which adult to tell.
    .kind = target
    .area = sensory-and-physical
    .params = count

bank-help-with-own-medical-care = { $name } will help with { $gender ->
        [female] her
        [male] his
       *[other] their
    } own medical care, such as checking blood sugar, with an adult watching, on { $days ->
        [one] one day
       *[other] { $days } days
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = days of

bank-ask-for-toilet-in-time = { $name } will ask to go to the toilet in time, using words or a card, with no more than { $count ->
        [one] one accident
       *[other] { $count } accidents
    } a week.
    .kind = target
    .area = sensory-and-physical
    .params = count

bank-wash-hands-after-toilet = { $name } will wash and dry hands after using the toilet, without a reminder, { $times ->
        [one] once
       *[other] { $times } times
    } out of { $of }.
    .kind = target
    .area = sensory-and-physical
    .params = times of

bank-deaf-friendly-teaching = Deaf-friendly teaching: the teacher faces the class when speaking, key words are written on the board, and videos have subtitles
    .kind = strategy
    .area = sensory-and-physical

bank-braille-teaching = Braille lessons with a specialist teacher, and class work made ready in braille before each lesson
    .kind = strategy
    .area = sensory-and-physical

bank-mobility-training = Mobility training from a specialist, to learn to move around school and find the way safely and alone
    .kind = strategy
    .area = sensory-and-physical

bank-sloped-board-and-pencil-grip = A sloped writing board and a rubber pencil grip, to make writing easier and more comfortable
    .kind = strategy
    .area = sensory-and-physical

bank-typing-for-longer-writing = A laptop or tablet for longer pieces of writing, with typing practice each week
    .kind = strategy
    .area = sensory-and-physical

bank-moving-and-handling-plan = A moving and handling plan, written with the physiotherapist, for safe lifting, moving and changing position, followed by trained staff
    .kind = strategy
    .area = sensory-and-physical

bank-gross-motor-group = A movement group: short sessions of balancing, jumping, throwing and catching games, to build strength and coordination
    .kind = strategy
    .area = sensory-and-physical

bank-sensory-diet = A sensory diet: planned activities through the day, such as carrying, pushing or quiet time, set by the occupational therapist, to help { $name } stay calm and alert
    .kind = strategy
    .area = sensory-and-physical

bank-sensory-tool-kit = A sensory kit: things such as a wobble cushion, a fiddle toy and something safe to chew, to help { $name } stay settled in lessons
    .kind = strategy
    .area = sensory-and-physical

bank-individual-health-care-plan = An individual health care plan, written with the family and the school nurse, that says what staff do each day and in an emergency
    .kind = strategy
    .area = sensory-and-physical

bank-staff-medical-training = Staff trained to give medicines and to help with the medical condition, such as using an inhaler or an adrenaline pen
    .kind = strategy
    .area = sensory-and-physical

bank-intimate-care-plan = An intimate care plan agreed with the family: a private, planned routine for toileting and changing, with named staff
    .kind = strategy
    .area = sensory-and-physical

bank-toilet-timetable = Reminders to go to the toilet at set times in the day, and a card to ask at any time
    .kind = strategy
    .area = sensory-and-physical

bank-lunchtime-eating-support = Help at lunchtime: a quieter place to eat, food cut up if needed, and an adult to encourage trying new foods
    .kind = strategy
    .area = sensory-and-physical

bank-throw-and-catch = Play throwing and catching with a large, soft ball, and stand further apart as it gets easier.
    .kind = home
    .area = sensory-and-physical

bank-help-in-the-kitchen = Let { $name } help in the kitchen with stirring, pouring, spreading and cutting soft food.
    .kind = home
    .area = sensory-and-physical

bank-new-food-next-to-favourite = Put a small amount of a new food next to a favourite one, without pressure, and praise looking, touching or tasting.
    .kind = home
    .area = sensory-and-physical

bank-toilet-routine-at-home = Keep a regular toilet routine at home, such as after meals, using the same words and pictures as school.
    .kind = home
    .area = sensory-and-physical

bank-therapy-exercises-at-home = Do the exercises from the physiotherapist or occupational therapist together a few times a week.
    .kind = home
    .area = sensory-and-physical

bank-update-school-on-health = Tell the school about any change in health or medicine, and check that medicines kept in school are in date.
    .kind = home
    .area = sensory-and-physical

bank-glasses-every-day = Make sure { $name } wears clean glasses to school every day.
    .kind = home
    .area = sensory-and-physical

bank-hearing-aid-check-log = The morning hearing aid check is written down each day, with any problems, and looked at every week.
    .kind = measure
    .area = sensory-and-physical

bank-toileting-chart = A toileting chart: dry times and accidents noted each day, and looked at every week.
    .kind = measure
    .area = sensory-and-physical

bank-foods-tried-record = The lunchtime staff keep a record of the foods { $name } tries.
    .kind = measure
    .area = sensory-and-physical

bank-movement-skills-check = A short check of movement skills, such as balancing, hopping and catching, at the start and at the end of the plan.
    .kind = measure
    .area = sensory-and-physical

bank-medical-log = A log of medicines given and times { $name } felt unwell, looked at each half term with the family and the school nurse.
    .kind = measure
    .area = sensory-and-physical

## Any area

bank-strength-kind-and-helpful = { $name } is kind and likes to help adults and other children.
    .kind = strength
    .area = any

bank-strength-creative = { $name } is creative and enjoys drawing, making and building things.
    .kind = strength
    .area = any

bank-strength-keeps-trying = { $name } keeps trying, even when a task is hard.
    .kind = strength
    .area = any

bank-pupil-views-before-review = Before each review, { $name } is asked what is going well and what is hard, and the answers are written down.
    .kind = measure
    .area = any

bank-termly-review-meeting = A meeting with the family each term to look at the targets together and agree the next steps.
    .kind = measure
    .area = any

## Assessments

bank-reading-and-spelling-assessment = A reading and spelling assessment
    .kind = assessment
    .area = cognition-and-learning

bank-maths-assessment = A maths assessment, to find out which number skills need more practice
    .kind = assessment
    .area = cognition-and-learning

bank-dyslexia-screening = A dyslexia screening: a short check of reading, spelling and memory skills
    .kind = assessment
    .area = cognition-and-learning

bank-educational-psychologist-assessment = An assessment by the educational psychologist
    .kind = assessment
    .area = any

bank-speech-and-language-assessment = An assessment by the speech and language therapist
    .kind = assessment
    .area = communication-and-interaction

bank-autism-assessment-referral = A referral for an autism assessment with the local health service
    .kind = assessment
    .area = communication-and-interaction

bank-mental-health-assessment = An assessment by CAMHS, the local mental health service for children and young people
    .kind = assessment
    .area = social-emotional-mental-health

bank-hearing-test-audiology = A hearing test with the audiology service
    .kind = assessment
    .area = sensory-and-physical

bank-eye-clinic-assessment = An eye test at the hospital eye clinic
    .kind = assessment
    .area = sensory-and-physical

bank-occupational-therapy-assessment = An assessment by the occupational therapist of movement, handwriting and self-care
    .kind = assessment
    .area = sensory-and-physical

bank-specialist-teacher-learning-assessment = An assessment by the specialist teacher for learning, of reading, writing, maths and memory
    .kind = assessment
    .area = cognition-and-learning

bank-handwriting-speed-check = A check of handwriting speed, to see whether extra time or typing would help
    .kind = assessment
    .area = cognition-and-learning

bank-autism-outreach-observation = An observation in class and at play by the autism outreach team, with advice for staff
    .kind = assessment
    .area = communication-and-interaction

bank-stammering-assessment = An assessment by a speech and language therapist who works with children who stammer
    .kind = assessment
    .area = communication-and-interaction

bank-adhd-assessment-referral = A referral for an ADHD assessment (attention deficit hyperactivity disorder) with the local health service
    .kind = assessment
    .area = social-emotional-mental-health

bank-behaviour-support-observation = An observation in class by the behaviour support service, with advice for staff
    .kind = assessment
    .area = social-emotional-mental-health

bank-physiotherapy-assessment = An assessment by the physiotherapist of movement, balance and strength
    .kind = assessment
    .area = sensory-and-physical

bank-functional-vision-assessment = An assessment by the specialist teacher for children with vision impairment, of how { $name } uses sight in class
    .kind = assessment
    .area = sensory-and-physical

bank-paediatrician-referral = A referral to the community paediatrician, a children's doctor who checks health and development
    .kind = assessment
    .area = any

bank-early-help-assessment = An early help assessment, which brings the family and local services together to agree what support is needed
    .kind = assessment
    .area = any

bank-ehc-needs-assessment = A request to the local authority for an education, health and care needs assessment, which can lead to an EHC plan
    .kind = assessment
    .area = any
