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
