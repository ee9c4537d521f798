# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# Parents are "vous", as in iep.ftl; the word card is "carte de mots"; an instruction is
# "consigne". A no-break space comes before : ; ? ! as in iep.ftl.

## Cognition and learning

bank-read-common-words = { $name } lira { $count } des { $total } mots courants de sa carte de mots, lors de deux vérifications à une semaine d’intervalle.

bank-precision-teaching = { EN("Precision teaching") } : quelques minutes d’entraînement chaque jour avec des cartes de mots, quelques mots à la fois

bank-words-read-checked-weekly = Les mots lus correctement sont notés chaque semaine.

bank-read-card-words-at-bedtime = Au moment du coucher, lisez ensemble { $count } des mots de la carte.

bank-write-sentences-about-picture = { $name } écrira { $count ->
        [one] une phrase
        [many] { $count } phrases
       *[other] { $count } phrases
    } sur une image, avec une majuscule au début et un point à la fin de chaque phrase.

bank-writing-group-sentence-frames = Un petit groupe d’écriture qui utilise des débuts de phrases (le début d’une phrase, à compléter)

bank-writing-samples-checked = Des exemples de ses écrits sont gardés et vérifiés toutes les deux semaines.

bank-talk-about-picture = Parlez ensemble d’une image, puis { $gender ->
        [female] aidez-la
        [male] aidez-le
       *[other] aidez votre enfant
    } à dire une phrase à voix haute avant de l’écrire.

bank-read-together-daily = Merci de lire avec { $name } pendant { $minutes ->
        [one] une minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    } chaque jour, et de signer le carnet de lecture.

bank-know-letter-sounds = { $name } dira le son de { $count } des { $total ->
        [one] { $total } lettre ou groupe de lettres
        [many] { $total } lettres et groupes de lettres
       *[other] { $total } lettres et groupes de lettres
    } appris jusqu’ici en { EN("phonics") } (la lecture à partir des sons des lettres).

bank-blend-short-words = { $name } dira les sons de mots courts, comme « { EN("cat") } » et « { EN("ship") } », puis les assemblera pour lire le mot. Le but : lire correctement { $count } { $total ->
        [one] mot sur { $total }
        [many] mots sur { $total }
       *[other] mots sur { $total }
    }.

bank-spell-list-words = { $name } écrira correctement { $count } des { $total ->
        [one] { $total } mot
        [many] { $total } mots
       *[other] { $total } mots
    } de sa liste d’orthographe, lors de deux vérifications de suite.

bank-read-page-few-mistakes = { $name } lira à voix haute une page de son livre de lecture, avec { $count ->
        [one] { $count } erreur au plus
        [many] { $count } erreurs au plus
       *[other] { $count } erreurs au plus
    }.

bank-answer-questions-about-text = { $name } répondra correctement à { $count } { $total ->
        [one] question sur { $total }
        [many] questions sur { $total }
       *[other] questions sur { $total }
    } à propos d’un texte court lu avec un adulte.

bank-number-bonds-to-ten = { $name } répondra correctement à { $count } { $total ->
        [one] question sur { $total }
        [many] questions sur { $total }
       *[other] questions sur { $total }
    } à propos des paires de nombres qui font dix ensemble, sans compter sur ses doigts.

bank-count-objects-accurately = { $name } comptera correctement jusqu’à { $count ->
        [one] { $count } objet
        [many] { $count } objets
       *[other] { $count } objets
    }, en touchant chaque objet une seule fois et en disant que le dernier nombre est le total.

bank-times-table-facts = { $name } répondra correctement à { $count } { $total ->
        [one] question sur { $total }
        [many] questions sur { $total }
       *[other] questions sur { $total }
    } à propos de la table de { $table }, sans écrire la table.

bank-finger-spaces = { $name } laissera un espace de la largeur d’un doigt entre les mots, dans { $count } { $total ->
        [one] phrase sur { $total }
        [many] phrases sur { $total }
       *[other] phrases sur { $total }
    } écrites en classe.

bank-form-letters-correctly = { $name } formera correctement { $count } des { $total ->
        [one] { $total } lettre minuscule
        [many] { $total } lettres minuscules
       *[other] { $total } lettres minuscules
    }, en commençant chaque lettre au bon endroit.

bank-remember-list-in-order = { $name } retiendra une liste de { $count ->
        [one] { $count } mot
        [many] { $count } mots
       *[other] { $count } mots
    } et la redira dans le bon ordre.

bank-use-word-mat = { $name } utilisera sa fiche de mots pour vérifier l’orthographe sans qu’on le lui rappelle, dans { $times } { $of ->
        [one] exercice d’écriture sur { $of }
        [many] exercices d’écriture sur { $of }
       *[other] exercices d’écriture sur { $of }
    }.

bank-phonics-catch-up-group = Un groupe de rattrapage en { EN("phonics") } (la lecture à partir des sons des lettres) : de courtes séances en petit groupe, presque tous les jours, pour s’entraîner sur les sons des lettres et les assembler en mots

bank-paired-reading = Lecture à deux : un adulte et { $name } lisent ensemble un livre à voix haute, et l’adulte aide pour les mots difficiles

bank-multisensory-spelling = Orthographe avec plusieurs sens : chaque mot s’apprend en le disant, en suivant ses lettres du doigt, en l’écrivant puis en le vérifiant

bank-maths-with-objects = Des maths avec des objets à prendre en main et à déplacer, comme des jetons, des cubes et des droites graduées, pour voir et toucher les nombres

bank-pre-teaching-topic-words = Apprentissage à l’avance : les nouveaux mots du thème étudié en classe sont enseignés en petit groupe, avec des images, avant la leçon

bank-word-mat-on-table = Une fiche de mots sur la table : une feuille avec des mots utiles et leur orthographe, à regarder pendant l’écriture

bank-task-steps-checklist = Des tâches découpées en petites étapes, avec une liste où cocher chaque étape une fois finie

bank-reading-comprehension-group = Un groupe de compréhension de lecture : lire des textes courts en petit groupe et parler de ce qu’ils veulent dire

bank-i-spy-letter-sounds = Jouez à « Je vois quelque chose » avec les sons des lettres, par exemple : « Je vois quelque chose qui commence par sss ».

bank-look-say-cover-write-check = Travaillez la liste d’orthographe quelques mots à la fois : regarder le mot, le dire, le cacher, l’écrire, puis vérifier.

bank-count-everyday-things = Comptez des choses ensemble dans la vie de tous les jours : les marches, les cuillères au dîner ou les voitures rouges sur le chemin de l’école.

bank-card-game-make-ten = Jouez ensemble à un jeu de cartes : chacun son tour, trouvez deux cartes qui font dix ensemble.

bank-letter-sounds-checked-half-termly = Les sons des lettres que connaît { $name } sont vérifiés au début du plan, puis deux fois par trimestre.

bank-spelling-scores-charted = Une courte dictée de mots chaque semaine, avec les résultats notés sur un tableau.

bank-running-record = Un relevé de lecture toutes les deux semaines : un adulte écoute lire { $name } et note chaque mot lu correctement.

bank-need-reading-and-spelling = Pour { $name }, il est difficile de lire et d’écrire des mots nouveaux, et de s’en souvenir d’un jour à l’autre.

bank-strength-memory-for-stories = { $name } adore les histoires, s’en souvient bien et aime les raconter aux autres.

bank-read-longer-words = { $name } lira des mots plus longs en les découpant en morceaux, comme « { EN("rab-bit") } » et « { EN("sun-set") } ». Le but : lire correctement { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    } sur { $total }.

bank-spell-words-said-aloud = Un adulte dira des mots courts à voix haute, comme « { EN("dog") } » et « { EN("shop") } ». { $name } dira leurs sons un par un, puis les écrira. Le but : écrire correctement { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    } sur { $total }.

bank-use-spelling-rule = Lors d’une dictée de mots, { $name } appliquera la règle d’orthographe apprise en ce moment, comme ajouter « { EN("ing") } » ou « { EN("ed") } » à un mot, dans { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    } sur { $total }.

bank-read-words-per-minute = { $name } lira correctement { $words ->
        [one] { $words } mot
       *[other] { $words } mots
    } par minute, dans un livre de son niveau.

bank-retell-story-in-order = { $name } racontera une histoire qui vient d’être lue, dans le bon ordre, avec { $count ->
        [one] { $count } événement important
       *[other] { $count } événements importants
    }.

bank-plan-writing-with-frame = Avant de commencer un texte, { $name } le préparera sur une fiche de préparation, en écrivant ou en dessinant { $count ->
        [one] { $count } idée
       *[other] { $count } idées
    }.

bank-check-own-writing = { $name } relira un texte terminé et corrigera sans aide au moins { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }.

bank-letters-on-the-line = { $name } écrira sur la ligne, avec les grandes lettres et les petites lettres à la bonne taille, dans { $count ->
        [one] { $count } phrase
       *[other] { $count } phrases
    } sur { $total }.

bank-add-and-take-away = { $name } fera des additions et des soustractions avec des nombres jusqu’à { $limit }, et répondra correctement à { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } sur { $total }.

bank-tens-and-ones = { $name } dira combien il y a de dizaines et d’unités dans un nombre à deux chiffres, pour { $count ->
        [one] { $count } nombre
       *[other] { $count } nombres
    } sur { $total }.

bank-tell-time-on-clock = { $name } lira l’heure pile et la demie sur une horloge à aiguilles, avec la bonne réponse pour { $count ->
        [one] { $count } horloge
       *[other] { $count } horloges
    } sur { $total }.

bank-pay-with-coins = { $name } choisira les bonnes pièces pour payer quelque chose qui coûte jusqu’à { $pence ->
        [one] { $pence } penny
       *[other] { $pence } pence
    }, dans { $count ->
        [one] { $count } essai
       *[other] { $count } essais
    } sur { $total }.

bank-solve-word-problems = { $name } résoudra { $count ->
        [one] { $count } problème
       *[other] { $count } problèmes
    } sur { $total } (des questions de maths racontées comme une petite histoire), en faisant un dessin ou en utilisant des objets pour s’aider.

bank-work-alone-on-steps = { $name } fera { $gender ->
        [female] seule
        [male] seul
       *[other] sans aide
    } { $steps ->
        [one] { $steps } étape
       *[other] { $steps } étapes
    } d’une tâche avant de vérifier avec un adulte.

bank-use-task-board = { $name } regardera un tableau des tâches pour savoir quoi faire ensuite, sans demander à un adulte, dans { $times } cours sur { $of }.

bank-bring-right-things = { $name } apportera à l’école les bonnes affaires, comme le livre de lecture, la gourde et la tenue de sport, en les vérifiant avec une liste, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $of }.

bank-finish-tasks-in-time = { $name } finira { $count ->
        [one] { $count } tâche
       *[other] { $count } tâches
    } sur { $total } dans le temps donné en classe, avec un minuteur visuel.

bank-decodable-reading-books = Des livres de lecture adaptés aux sons que connaît { $name }, pour que chaque mot puisse être lu en assemblant ses sons

bank-reciprocal-reading = Lecture réciproque : chacun son tour, les enfants d’un petit groupe devinent la suite, posent des questions, expliquent les mots difficiles et résument un texte

bank-spelling-patterns-and-own-list = L’orthographe apprise par groupes de mots qui s’écrivent de la même façon, et une liste personnelle de mots difficiles à travailler

bank-handwriting-practice-group = Un groupe d’écriture à la main : quelques minutes d’entraînement presque tous les jours, pour apprendre la forme des lettres et la façon de les attacher

bank-number-facts-daily-practice = Des calculs simples travaillés chaque jour avec de petits jeux, quelques minutes à la fois, pour bien les retenir

bank-desk-memory-aids = Des aide-mémoire sur la table, comme une bande de l’alphabet, un tableau des nombres et un tableau des tables de multiplication

bank-small-chunks-of-information = Des informations données par petits morceaux, répétées, et accompagnées d’images ou de mots clés écrits

bank-visual-timer-on-desk = Un minuteur visuel sur la table : { $name } voit ainsi combien de temps il reste pour une tâche

bank-start-then-step-back = Un adulte aide { $name } à commencer une tâche, puis s’éloigne et revient voir au bout de quelques minutes, pour apprendre à travailler sans aide

bank-daily-kit-checklist = Une liste en images de ce qu’il faut apporter chaque jour, rangée dans le cartable, et un bac avec une étiquette pour les livres et le matériel

bank-other-ways-to-record = D’autres façons de noter ses idées : faire un dessin ou une carte mentale, taper sur un ordinateur, ou les dire à un adulte qui les écrit

bank-reader-or-scribe-in-tests = Plus de temps pendant les contrôles, et un adulte pour lire les questions ou écrire les réponses quand { $name } en a besoin

bank-play-shops-with-coins = Jouez à la marchande avec de vraies pièces : laissez { $name } payer et compter la monnaie.

bank-tell-time-at-home = Regardez une horloge ensemble pendant la journée, et demandez l’heure qu’il est au moment des repas ou avant une émission préférée.

bank-pack-bag-night-before = Préparez le cartable ensemble la veille au soir, avec la liste en images donnée par l’école.

bank-memory-games = Jouez à des jeux de mémoire, comme « Au marché, j’ai acheté… », en ajoutant une chose de plus à chaque tour.

bank-write-for-real-reasons = Écrivez ensemble pour de vrai : une liste de courses, une carte d’anniversaire ou un petit mot pour quelqu’un de la famille.

bank-maths-check-half-termly = Un court contrôle des compétences en maths travaillées, au début du plan puis deux fois par trimestre.

bank-reading-speed-timed = Toutes les deux semaines, un adulte écoute lire { $name } pendant une minute, sur un court passage, et compte les mots lus correctement.

bank-tasks-done-alone-counted = Les tâches que termine { $name } sans l’aide d’un adulte sont comptées chaque semaine.

## Communication and interaction

bank-follow-two-step-instruction = { $name } suivra une consigne en deux étapes donnée à toute la classe, sans qu’on ait besoin de la lui rappeler, { $times } fois sur { $of }.

bank-instructions-in-short-steps = Les consignes sont données par petites étapes, avec une image pour montrer chaque étape.

bank-tally-chart-weekly = Un tableau de comptage, vérifié chaque semaine

bank-two-step-instructions-at-home = À la maison, donnez des consignes en deux étapes, et { $gender ->
        [female] félicitez-la quand elle les suit
        [male] félicitez-le quand il les suit
       *[other] félicitez votre enfant quand il ou elle les suit
    }.

bank-answer-who-what-where = { $name } répondra correctement à { $count } { $total ->
        [one] question sur { $total }
        [many] questions sur { $total }
       *[other] questions sur { $total }
    } qui commencent par « qui », « quoi » ou « où », à propos d’une image ou d’une courte histoire.

bank-speak-in-longer-sentences = Pour parler d’une image avec un adulte, { $name } fera des phrases d’au moins { $words ->
        [one] { $words } mot
        [many] { $words } mots
       *[other] { $words } mots
    }.

bank-take-turns-in-conversation = Dans une conversation avec un ou une camarade, { $name } prendra la parole { $turns } fois, chacun son tour, sans changer de sujet.

bank-ask-for-help-when-stuck = { $name } demandera de l’aide en cas de blocage, avec des mots ou une carte d’aide, dans { $times } cours sur { $of }.

bank-listen-at-carpet-time = Pendant le regroupement sur le tapis, { $name } restera { $gender ->
        [female] assise
        [male] assis
       *[other] à sa place
    } et écoutera pendant { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }, en regardant la personne qui parle.

bank-learn-topic-words = { $name } apprendra { $count ->
        [one] { $count } mot nouveau
        [many] { $count } mots nouveaux
       *[other] { $count } mots nouveaux
    } du thème étudié en classe, à chaque demi-trimestre, et saura dire ce que veut dire chaque mot.

bank-say-hello-on-arrival = En arrivant en classe, { $name } dira bonjour à un adulte et à un ou une camarade, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-wait-turn-to-speak = En groupe, { $name } attendra son tour pour parler, sans interrompre les autres, { $times } fois sur { $of }.

bank-say-practised-sound = { $name } prononcera clairement le son travaillé au début des mots, dans { $count } { $total ->
        [one] mot sur { $total }
        [many] mots sur { $total }
       *[other] mots sur { $total }
    }.

bank-position-words = { $name } montrera le sens de { $count } des { $total ->
        [one] { $total } mot de position
        [many] { $total } mots de position
       *[other] { $total } mots de position
    }, comme « dans », « sur » et « sous », en plaçant un jouet au bon endroit.

bank-move-on-with-visual-timetable = { $name } regardera l’emploi du temps en images et passera à l’activité suivante avec un seul rappel au plus, { $times } fois sur { $of }.

bank-play-shared-game = { $name } jouera à un jeu avec un autre enfant pendant { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }, avec un adulte tout près.

bank-visual-timetable = Un emploi du temps en images : des images sur la table ou au mur qui montrent l’ordre de la journée, pour que l’enfant sache ce qui vient ensuite

bank-now-and-next-board = Un tableau « maintenant, ensuite » : deux images qui montrent l’activité du moment et celle qui vient après

bank-social-stories = { EN("Social stories") } (histoires sociales) : de courtes histoires en images qui expliquent une situation nouvelle ou difficile, et ce qu’il faut faire

bank-speech-and-language-programme = Un programme d’exercices de langage donné par l’orthophoniste, travaillé avec l’assistant(e) de classe en courtes séances chaque semaine

bank-language-group = Un petit groupe de langage : des jeux pour apprendre à écouter, apprendre des mots nouveaux et parler en phrases

bank-colourful-semantics = { EN("Colourful semantics") } : des cartes de couleurs différentes pour qui, fait quoi, quoi et où, qui aident à faire des phrases plus longues

bank-name-first-short-instructions = Avant de donner une consigne, les adultes appellent { $name } par son prénom, donnent une seule petite étape à la fois, et attendent la réponse

bank-signs-and-symbols = Des signes faits avec les mains et des pictogrammes, en plus de la parole, pour que les mots dits soient plus faciles à comprendre

bank-talk-about-picture-book = Regardez ensemble un livre d’images et parlez de ce qui se passe à chaque page.

bank-name-things-on-walks = En promenade ou dans les magasins, nommez ensemble ce que vous voyez, et ajoutez un mot nouveau à chaque fois.

bank-my-turn-your-turn = Jouez à un jeu simple où l’on joue chacun son tour, comme se faire rouler un ballon, en disant « à moi, à toi ».

bank-first-then-at-home = À la maison, dites « d’abord…, ensuite… » pour montrer ce qui vient après, par exemple : « d’abord les chaussures, ensuite le parc ».

bank-speech-therapist-checks-each-visit = L’orthophoniste vérifie les progrès à chaque visite et écrit une courte note.

bank-sentence-samples-half-termly = Un adulte note ce que dit { $name } à propos d’une image, au début du plan puis deux fois par trimestre, pour voir les phrases s’allonger.

bank-group-session-notes = L’adulte qui anime le groupe note chaque prise de parole et chaque réponse à chaque séance, et relit ses notes toutes les deux semaines.

bank-need-spoken-instructions = Pour { $name }, il est difficile de suivre les consignes données à voix haute à toute la classe, et de trouver les bons mots pour expliquer ses idées.

bank-say-sound-in-sentences = Pendant une conversation avec un adulte, { $name } prononcera clairement le son travaillé en faisant des phrases, dans { $count ->
        [one] { $count } phrase
       *[other] { $count } phrases
    } sur { $total }.

bank-hear-sound-differences = { $name } entendra la différence entre des mots qui se ressemblent, comme « { EN("key") } » et « { EN("tea") } », et montrera la bonne image pour { $count ->
        [one] { $count } paire de mots
       *[other] { $count } paires de mots
    } sur { $total }.

bank-sort-words-into-groups = { $name } classera { $count ->
        [one] { $count } image
       *[other] { $count } images
    } sur { $total } en groupes, comme les animaux, la nourriture et les vêtements, et donnera un nom à chaque groupe.

bank-describe-an-object = { $name } décrira un objet en disant { $count ->
        [one] { $count } chose
       *[other] { $count } choses
    } à son sujet, comme sa couleur, sa forme, sa taille ou à quoi il sert.

bank-follow-key-word-instructions = { $name } suivra une consigne avec { $count ->
        [one] { $count } mot important
       *[other] { $count } mots importants
    } à retenir, comme « donne-moi le gros ballon rouge », { $times } fois sur { $of }.

bank-answer-why-and-how = { $name } répondra à { $count ->
        [one] { $count } question
       *[other] { $count } questions
    } sur { $total } qui commencent par « pourquoi » ou « comment », à propos d’une histoire ou de quelque chose qui s’est passé.

bank-tell-news-in-order = { $name } racontera à un adulte quelque chose qui s’est passé, par exemple pendant le week-end, en { $count ->
        [one] { $count } phrase
       *[other] { $count } phrases
    } dans le bon ordre.

bank-tell-story-with-cards = { $name } racontera une courte histoire à l’aide de cartes, avec { $count ->
        [one] { $count } élément
       *[other] { $count } éléments
    } sur les { $total } montrés par les cartes, comme qui, où, ce qui s’est passé et comment l’histoire finit.

bank-start-a-conversation = À la récréation, { $name } commencera une conversation avec un autre enfant, en disant bonjour ou en posant une question, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $of }.

bank-ask-friend-a-question = { $name } posera à un ou une camarade une question sur ce qu’il ou elle vient de dire, { $times } fois sur { $of }.

bank-read-feelings-in-pictures = { $name } dira ce que ressent peut-être une personne sur une image, et pourquoi, pour { $count ->
        [one] { $count } image
       *[other] { $count } images
    } sur { $total }.

bank-explain-common-sayings = { $name } expliquera le vrai sens de { $count ->
        [one] { $count } expression courante
       *[other] { $count } expressions courantes
    } sur { $total }, comme « il pleut des cordes ».

bank-keep-comfortable-distance = En parlant avec les autres, { $name } se tiendra à environ une longueur de bras, { $times } fois sur { $of }.

bank-cope-with-change-to-routine = { $name } restera calme quand la journée change, si le changement a été montré à l’avance sur l’emploi du temps en images, { $times } fois sur { $of }.

bank-ask-with-picture-cards = { $name } utilisera une carte image ou un signe pour demander { $count ->
        [one] { $count } chose
       *[other] { $count } choses différentes
    } pendant la journée, comme à boire, de l’aide ou aller aux toilettes.

bank-join-activity-chosen-by-others = { $name } participera pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } à une activité choisie par quelqu’un d’autre, avant de revenir à son activité préférée.

bank-speak-up-in-small-group = En petit groupe, { $name } répondra à une question ou donnera une idée sans qu’on le lui demande, au moins { $times } fois par semaine.

bank-say-what-helps-when-talking = { $name } dira { $count ->
        [one] { $count } chose qui l’aide
       *[other] { $count } choses qui l’aident
    } quand parler est difficile, comme avoir du temps, et en parlera avec l’enseignant(e) de la classe.

bank-wait-time-to-answer = Du temps pour répondre : après avoir posé une question, les adultes attendent environ dix secondes, pour laisser à { $name } le temps de réfléchir et de répondre

bank-model-and-expand-sentences = Les adultes redisent ce que dit { $name } dans une phrase correcte et un peu plus longue, sans lui demander de la répéter

bank-word-webs = Des toiles de mots : chaque mot nouveau est relié à ses sons, à son sens, à une image et à des mots proches, pour mieux le retenir

bank-brick-building-group = Un groupe de construction en briques : en petit groupe, les enfants construisent ensemble un modèle, chacun avec un rôle (trouver les briques, construire ou donner les consignes), pour s’entraîner à parler et à travailler ensemble

bank-intensive-interaction = { EN("Intensive interaction") } (interaction intensive) : pendant le jeu, un adulte se laisse guider par { $name } et imite ses sons et ses gestes, pour partager l’attention et le plaisir

bank-quiet-workstation = Un poste de travail au calme : une table à l’écart de ce qui distrait, avec les tâches rangées dans l’ordre, pour travailler sans aide

bank-comic-strip-conversations = { EN("Comic strip conversations") } (conversations en bande dessinée) : des dessins simples avec des bulles de paroles et de pensées, pour reparler de ce qui s’est passé et de ce que chacun pensait

bank-warn-before-changes = Prévenir avant les changements : les changements de la journée sont montrés à l’avance sur l’emploi du temps en images, et un compte à rebours annonce la fin d’une activité

bank-stammering-friendly-talk = Une façon de parler adaptée au bégaiement : les adultes laissent { $name } finir de parler, sans finir les mots à sa place, et décident avec { $gender ->
        [female] elle
        [male] lui
       *[other] l’enfant
    } comment répondre à l’appel et aux questions en classe

bank-talking-partner = Un ou une partenaire de discussion : un ou une camarade de classe avec qui parler de ses idées avant de répondre devant toute la classe

bank-communication-passport = Un passeport de communication : un petit livret, fait avec la famille, qui explique à l’équipe comment { $name } communique et ce qui l’aide

bank-lunchtime-club-structured-play = Un club du midi : des jeux en petit groupe, avec un adulte qui aide les enfants à jouer ensemble

bank-speech-sound-games-from-therapist = Jouez quelques minutes chaque jour aux jeux de sons donnés par l’orthophoniste, et félicitez chaque essai.

bank-talk-at-mealtimes = Éteignez les écrans pendant les repas, et parlez ensemble de la journée.

bank-prepare-for-changes = Avant un changement, comme une visite ou une sortie, montrez des photos à { $name } ou racontez une courte histoire sur ce qui va se passer.

bank-give-time-to-talk = Quand parler est difficile pour { $name }, attendez calmement, continuez à { $gender ->
        [female] la regarder, et laissez-la finir
        [male] le regarder, et laissez-le finir
       *[other] regarder votre enfant, et laissez-lui le temps de finir
    }, sans finir les mots à sa place.

bank-describe-and-guess = Jouez à « Décris et devine » : chacun son tour, décrivez quelque chose dans la pièce, et devinez ce que c’est.

bank-new-words-checked-with-pictures = Les mots nouveaux que connaît { $name } sont vérifiés avec des images, au début et à la fin du plan.

bank-conversations-noted-weekly = Chaque semaine, un adulte note combien de fois { $name } commence une conversation ou s’y joint, en classe et pendant les jeux.

bank-playtime-observation = Toutes les deux semaines, un adulte observe la récréation et note avec qui joue { $name }, et comment.

bank-social-communication-checklist = L’équipe et la famille remplissent une courte liste des compétences de communication avec les autres, au début et à la fin du plan.

## Social, emotional and mental health

bank-calm-card = { $name } utilisera une carte du calme et un coin calme au lieu de crier, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-feelings-check-in = Chaque matin, un court moment pour dire comment on se sent, avec une échelle des émotions

bank-feelings-scale-at-home = Utilisez la même échelle des émotions à la maison, et { $gender ->
        [female] félicitez-la quand elle demande une pause
        [male] félicitez-le quand il demande une pause
       *[other] félicitez votre enfant quand il ou elle demande une pause
    }.

bank-name-feelings = { $name } nommera { $count ->
        [one] { $count } émotion
        [many] { $count } émotions
       *[other] { $count } émotions
    }, comme la joie, la tristesse, la colère et l’inquiétude, et associera chacune à une image.

bank-calm-again-within-minutes = { $name } retrouvera son calme en { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    } au plus après avoir été { $gender ->
        [female] contrariée
        [male] contrarié
       *[other] contrarié ou contrariée
    }, avec l’aide d’un adulte.

bank-use-break-card = Quand quelque chose ne va pas, { $name } montrera une carte de pause pour demander une courte pause, au lieu de quitter la salle, { $times } fois sur { $of }.

bank-start-task-when-asked = Quand on lui demande de commencer une tâche, { $name } s’y mettra en { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    } au plus, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-join-playtime-game = À la récréation, { $name } jouera avec d’autres enfants, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-safe-hands-at-playtime = À la récréation, { $name } ne fera mal à personne, ni avec les mains ni avec les pieds, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-lose-a-game-calmly = { $name } restera calme en perdant une partie et dira « bravo ! » au gagnant, dans { $times } { $of ->
        [one] partie sur { $of }
        [many] parties sur { $of }
       *[other] parties sur { $of }
    }.

bank-say-good-things-about-self = Lors du petit moment d’échange de chaque semaine, { $name } dira { $count ->
        [one] { $count } chose positive
        [many] { $count } choses positives
       *[other] { $count } choses positives
    } sur { $gender ->
        [female] elle-même
        [male] lui-même
       *[other] lui-même ou elle-même
    }.

bank-come-into-class-calmly = Le matin, { $name } dira au revoir à la porte et entrera calmement en classe, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-follow-request-after-reminder = { $name } fera ce qu’un adulte demande, avec un seul rappel au plus, { $times } fois sur { $of }.

bank-stay-in-lesson = { $name } restera en classe pendant tout le cours, avec une pause prévue si besoin, dans { $times } cours sur { $of }.

bank-sort-out-falling-out = En cas de dispute avec un ou une camarade, { $name } utilisera les mots, pas les mains, pour régler le problème, avec l’aide d’un adulte si besoin, { $times } fois sur { $of }.

bank-feelings-traffic-light = Un feu des émotions : des cartes verte, orange et rouge pour montrer comment se sent { $name }, avec un plan de ce qui aide pour chaque couleur

bank-nurture-group = Un { EN("nurture group") } (groupe d’accueil bienveillant) : un petit groupe calme, avec un adulte bien connu, pendant une partie de la journée, pour prendre confiance et se faire des amis

bank-emotional-literacy-support = Aide pour comprendre ses émotions : une séance chaque semaine avec un(e) assistant(e) de classe formé(e), pour parler de ce qu’on ressent et s’entraîner à y faire face

bank-social-skills-group = Un groupe de compétences sociales : des jeux en petit groupe pour apprendre à partager, à attendre son tour et à savoir perdre

bank-calm-space-with-timer = Un espace calme, dans la classe ou tout près, pour une courte pause avec un sablier, avant de se remettre au travail

bank-meet-and-greet = Accueil du matin : chaque matin, un adulte bien connu accueille { $name } à la porte et l’aide à bien commencer la journée

bank-praise-and-reward-chart = Des félicitations claires pour les bons choix, et un tableau de récompenses avec de petits objectifs choisis avec { $name }

bank-restorative-conversations = Des discussions pour réparer : après un problème, un adulte aide chaque enfant à dire ce qui s’est passé, ce qu’il a ressenti et comment arranger les choses

bank-best-part-of-the-day = Avant le coucher, demandez quel a été le meilleur moment de la journée, et ce qui a été difficile, puis écoutez calmement.

bank-slow-breathing-together = Entraînez-vous ensemble à respirer lentement quand tout le monde est calme : inspirer en comptant jusqu’à quatre, puis expirer en comptant jusqu’à quatre.

bank-praise-effort-at-home = Remarquez quand { $name } fait des efforts ou un geste gentil, et dites-lui exactement ce qui était bien.

bank-tell-school-about-changes = Prévenez l’école des changements à la maison, comme un déménagement, une naissance ou un deuil, pour que l’équipe puisse aider.

bank-difficult-moments-record = Un relevé des moments difficiles (ce qui s’est passé avant, ce qu’a fait { $name } et ce qui s’est passé après), regardé chaque semaine.

bank-feelings-questionnaire = Un court questionnaire sur les émotions, rempli avec { $name } au début et à la fin du plan.

bank-daily-smiley-chart = Un tableau quotidien, avec un smiley pour chaque moment de la journée, partagé avec la famille et regardé chaque vendredi.

bank-need-managing-feelings = Pour { $name }, il est difficile de gérer les émotions fortes, et de se calmer après avoir été { $gender ->
        [female] contrariée
        [male] contrarié
       *[other] contrarié ou contrariée
    }.

bank-share-a-worry = { $name } confiera une inquiétude à un adulte de confiance, en parlant, en dessinant ou avec une boîte à soucis, au moins { $times } fois par semaine.

bank-use-calm-plan = En cas d’inquiétude, { $name } utilisera une idée de son plan de calme, comme respirer lentement ou serrer une balle souple, { $times } fois sur { $of }.

bank-speak-to-adults-in-school = { $name } parlera à { $count ->
        [one] { $count } adulte
       *[other] { $count } adultes
    } à l’école, en commençant par un adulte bien connu, dans un endroit calme.

bank-try-something-new = À chaque demi-trimestre, { $name } essaiera { $count ->
        [one] { $count } activité nouvelle
       *[other] { $count } activités nouvelles
    }, comme un club ou un nouveau jeu, avec un adulte bien connu tout près.

bank-notice-early-signs-of-anger = { $name } remarquera les premiers signes de la colère, comme le visage qui chauffe ou les poings serrés, et le dira à un adulte, { $times } fois sur { $of }.

bank-help-put-things-right = Après un problème, { $name } parlera calmement avec un adulte et proposera une façon de réparer les choses, { $times } fois sur { $of }.

bank-attend-school-per-cent = Ce trimestre, { $name } viendra à l’école au moins { $percent } % des jours d’école.

bank-time-in-class-each-day = { $name } passera { $hours ->
        [one] { $hours } heure
       *[other] { $hours } heures
    } par jour en classe, et le reste de la journée dans un endroit calme, avec un adulte bien connu.

bank-settle-after-playtime = Après la récréation, { $name } rentrera et s’installera calmement à sa table en { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } au plus, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $of }.

bank-invite-someone-to-play = { $name } proposera à un autre enfant de jouer, au moins { $times } fois par semaine.

bank-kind-things-for-others = Chaque jour, { $name } aura { $count ->
        [one] { $count } geste gentil
       *[other] { $count } gestes gentils
    } envers d’autres enfants, comme partager ou aider, et un adulte y fera attention.

bank-have-a-go-at-hard-tasks = Devant une tâche difficile, { $name } essaiera, en disant « je peux essayer » au lieu de refuser, dans { $times } cours sur { $of }.

bank-cope-with-mistakes = { $name } restera calme quand on lui montre une erreur, et la corrigera, dans { $times } cours sur { $of }.

bank-share-work-with-pride = Au moins { $times } fois par semaine, { $name } montrera à un adulte ou à la classe un travail { $gender ->
        [female] dont elle est fière
        [male] dont il est fier
       *[other] qui lui donne de la fierté
    }.

bank-stay-on-task-with-timer = { $name } travaillera sur une tâche pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, avec un minuteur visuel, avant une courte pause prévue.

bank-back-to-work-after-signal = { $name } se remettra au travail après un signal discret d’un adulte, comme une petite tape sur la table, { $times } fois sur { $of }.

bank-walk-in-line-safely = { $name } se mettra en rang et marchera avec la classe sans danger, en restant dans le rang, { $times } fois sur { $of }.

bank-visit-new-class = Avant le changement, { $name } fera { $count ->
        [one] { $count } visite
       *[other] { $count } visites
    } dans sa nouvelle classe ou sa nouvelle école, et dira une chose qui lui donne envie d’y aller.

bank-key-adult = Un adulte référent : un adulte bien précis vers qui { $name } peut aller, qui prend des nouvelles chaque jour et reste en contact avec la famille

bank-worry-box = Une boîte ou un cahier à soucis, où { $name } peut déposer ses inquiétudes pour en parler plus tard avec un adulte

bank-personal-calm-plan = Un plan de calme fait avec { $name } : les premiers signes de la contrariété ou de la colère, ce qui aide, et où aller pour se calmer

bank-emotion-coaching = { EN("Emotion coaching") } (accompagnement des émotions) : les adultes nomment d’abord l’émotion et montrent qu’ils la comprennent, puis aident à trouver quoi faire ensuite

bank-gradual-return-plan = Un plan pour augmenter peu à peu le temps passé à l’école, avec un endroit calme et un adulte bien connu, décidé avec la famille et revu souvent

bank-attendance-support-meeting = Aide pour venir à l’école régulièrement : un appel à la famille dès le premier jour d’absence, et une réunion avec la famille pour décider de ce qui aidera

bank-quiet-signal-to-refocus = Un signal discret choisi avec { $name }, comme une main posée sur la table, pour ramener l’attention sur la tâche sans gronder

bank-transition-visits-and-booklet = Aide pour le passage dans une nouvelle classe ou une nouvelle école : des visites en plus, et un livret avec des photos des nouvelles salles et des adultes, à regarder pendant les vacances

bank-circle-of-friends = { EN("Circle of friends") } (cercle d’amis) : un petit groupe de camarades de classe qui se réunit chaque semaine avec un adulte, et qui trouve des façons d’aider { $name } en classe et pendant les jeux

bank-playground-buddies = { EN("Playground buddies") } (copains de cour) : des enfants plus grands, formés pour cela, qui aident pour les jeux et les amitiés à la récréation

bank-class-job-for-confidence = Une responsabilité en classe, comme distribuer les livres ou s’occuper des plantes, pour prendre confiance et se sentir à sa place

bank-mental-health-support-team = De courtes séances pour parler, avec le conseiller ou la conseillère de l’école ({ EN("school counsellor") }) ou avec l’équipe de santé mentale qui travaille avec l’école

bank-calm-morning-routine = Gardez des matins calmes et pareils chaque jour, avec une routine en images pour se préparer pour l’école.

bank-regular-bedtime-screens-off = Gardez une heure de coucher régulière, et éteignez les écrans une heure avant de dormir.

bank-invite-friend-to-play = Invitez un ou une camarade de classe à jouer à la maison ou au parc, pour peu de temps au début.

bank-worry-time = Prévoyez un moment pour les soucis : quelques minutes chaque jour pour parler des inquiétudes, puis faites ensemble quelque chose d’agréable.

bank-small-jobs-at-home = À la maison, donnez une petite tâche à { $name }, comme mettre la table, et dites merci quand c’est fait.

bank-talk-about-new-class = Pendant les vacances, regardez ensemble le livret et les photos donnés par l’école, et parlez de la nouvelle classe.

bank-attendance-checked-weekly = Les absences et les retards sont vérifiés chaque semaine et communiqués à la famille.

bank-weekly-feelings-rating = Chaque semaine, { $name } choisit un visage sur une échelle des émotions pour montrer comment se passe l’école, et on compare les réponses tout au long du plan.

bank-time-on-task-recorded = Dans deux cours chaque semaine, un adulte mesure combien de temps { $name } reste sur une tâche, et le note.

bank-home-school-book = Un cahier de liaison : un petit mot de l’école chaque jour, et de la maison quand il y a des nouvelles, relu ensemble au bilan.

bank-midday-staff-notes = Chaque semaine, les surveillant(e)s de cantine écrivent un petit mot sur la façon dont se sont passés les récréations et les repas de midi.

## Sensory and physical

bank-pencil-grip = { $name } tiendra son crayon en pince, entre le pouce et deux doigts, pendant { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    } d’écriture.

bank-put-on-coat = { $name } mettra son manteau et fermera la fermeture éclair sans aide, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-change-for-pe = { $name } se changera pour le sport sans aide, en { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    } ou moins.

bank-cut-along-line = { $name } découpera aux ciseaux le long d’un trait épais, en restant près du trait, { $times } fois sur { $of }.

bank-balance-on-one-leg = { $name } tiendra sur une jambe, de chaque côté, pendant { $seconds ->
        [one] { $seconds } seconde
        [many] { $seconds } secondes
       *[other] { $seconds } secondes
    }.

bank-wear-hearing-aids = { $name } portera ses appareils auditifs pendant toute la journée d’école, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-say-when-not-heard = { $name } dira à un adulte quand { $gender ->
        [female] elle n’a pas bien entendu ou bien vu
        [male] il n’a pas bien entendu ou bien vu
       *[other] il ou elle n’a pas bien entendu ou bien vu
    }, avec des mots ou une carte, dans { $times } cours sur { $of }.

bank-use-large-print = { $name } utilisera des documents en gros caractères ou une loupe pour lire le travail en classe, sans qu’on le lui rappelle, dans { $times } cours sur { $of }.

bank-find-way-around-school = { $name } trouvera { $gender ->
        [female] seule
        [male] seul
       *[other] sans aide
    } son chemin entre la classe et la grande salle, les toilettes et la cour, { $days ->
        [one] { $days } jour
        [many] { $days } jours
       *[other] { $days } jours
    } sur { $of }.

bank-write-words-in-time = { $name } écrira { $words ->
        [one] { $words } mot
        [many] { $words } mots
       *[other] { $words } mots
    } en { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }, avec des lettres faciles à lire.

bank-ask-for-movement-break = Quand il devient difficile de rester en place, { $name } montrera une carte pour demander une pause pour bouger, au lieu de quitter sa place, { $times } fois sur { $of }.

bank-stay-in-assembly = Lors du rassemblement de toute l’école ({ EN("assembly") }), { $name } restera { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    } dans la grande salle, avec un casque antibruit si besoin.

bank-fine-motor-group = Un groupe de motricité fine : de courtes activités, comme enfiler des perles, utiliser des pinces à linge ou le { EN("dough disco") } (serrer et rouler de la pâte à modeler en musique), pour muscler les mains

bank-therapy-exercise-programme = Un programme d’exercices donné par l’ergothérapeute ou le kinésithérapeute, fait avec l’assistant(e) de classe

bank-radio-aid = Un système FM : l’enseignant(e) porte un petit micro qui envoie sa voix directement dans les appareils auditifs de l’enfant

bank-seat-near-the-front = Une place près du tableau, face à l’enseignant(e), avec une bonne lumière et loin du bruit

bank-large-print-materials = Des fiches et des livres en gros caractères, bien contrastés, préparés avec les conseils du service d’aide pour les problèmes de vue ou d’audition

bank-sensory-circuit = Un parcours sensoriel : une courte série d’activités physiques chaque matin, pour aider { $name } à se sentir calme et { $gender ->
        [female] prête à apprendre
        [male] prêt à apprendre
       *[other] disponible pour apprendre
    }

bank-movement-breaks = Des pauses pour bouger, prévues à l’avance : de petites missions ou des exercices pendant les cours, comme porter un message au secrétariat

bank-ear-defenders-and-quiet-place = Un casque antibruit, et un endroit calme où aller quand la classe est trop bruyante

bank-finger-games-at-home = Jouez à des jeux qui font travailler les doigts, comme enfiler des perles, construire avec de petites briques ou étendre le linge avec des pinces.

bank-dressing-practice = Le matin, laissez { $name } le temps de s’habiller { $gender ->
        [female] seule
        [male] seul
       *[other] sans aide
    }, et aidez seulement pour la partie la plus difficile.

bank-check-hearing-aids-daily = Avant l’école, vérifiez que les appareils auditifs fonctionnent, et mettez des piles de rechange dans le cartable.

bank-active-play-at-the-park = Allez ensemble au parc et jouez sur les jeux à grimper, les balançoires et tout ce qui demande de l’équilibre.

bank-therapist-checks-goals = L’ergothérapeute ou le kinésithérapeute vérifie les progrès à chaque visite, par rapport aux objectifs fixés.

bank-time-taken-recorded-weekly = Le temps mis pour une tâche, comme se changer pour le sport, est noté chaque semaine, pour voir s’il diminue.

bank-specialist-teacher-report = L’enseignant(e) spécialisé(e) du service d’aide pour les problèmes de vue ou d’audition observe un cours deux fois par trimestre et écrit un court compte rendu.

bank-need-fine-motor-skills = Pour { $name }, il est difficile d’écrire à la main, de découper et de faire d’autres tâches qui demandent des gestes de la main petits et précis (motricité fine).

bank-check-own-hearing-aids = Chaque matin, { $name } vérifiera ses appareils auditifs avec un adulte et dira si le son est bon, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $of }.

bank-hand-over-radio-aid = Au début du cours, { $name } donnera le micro du système FM à l’enseignant(e), sans qu’on le lui rappelle, dans { $times } cours sur { $of }.

bank-read-braille-words = { $name } lira correctement en braille { $count ->
        [one] { $count } mot
       *[other] { $count } mots
    } sur { $total }.

bank-walk-with-walking-aid = { $name } utilisera une aide à la marche pour aller de la classe à la grande salle et revenir, avec un adulte tout près, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $of }.

bank-ask-for-rest-or-change-of-position = { $name } dira à un adulte { $gender ->
        [female] quand elle a besoin
        [male] quand il a besoin
       *[other] quand il ou elle a besoin
    } d’une pause ou d’un changement de position, { $times } fois sur { $of }.

bank-use-stairs-safely = { $name } montera et descendra les escaliers sans danger, un pied sur chaque marche, en tenant la rampe, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $of }.

bank-catch-a-ball = { $name } attrapera un gros ballon lancé doucement à { $steps } pas de distance, { $times } fois sur { $of }.

bank-hop-on-each-foot = { $name } sautera à cloche-pied { $times } fois sur chaque pied, sans tomber.

bank-do-up-buttons = { $name } fermera sans aide { $count ->
        [one] { $count } bouton
       *[other] { $count } boutons
    } d’une chemise ou d’un gilet.

bank-type-words-per-minute = { $name } tapera au clavier { $words ->
        [one] { $words } mot
       *[other] { $words } mots
    } par minute, avec les deux mains.

bank-use-knife-and-fork = Au repas de midi, { $name } utilisera un couteau et une fourchette pour couper des aliments tendres, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $of }.

bank-open-lunch-items = { $name } ouvrira sans aide { $count ->
        [one] { $count } emballage
       *[other] { $count } emballages
    } sur { $total } dans son panier-repas, comme les sachets et les pots.

bank-try-new-foods = À chaque demi-trimestre, { $name } découvrira { $count ->
        [one] { $count } aliment nouveau
       *[other] { $count } aliments nouveaux
    } au repas de midi, en regardant, en touchant, en sentant ou en goûtant chacun.

bank-join-messy-play = { $name } participera pendant { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } à une activité salissante, comme la peinture ou la cuisine, avec des gants au choix.

bank-use-sensory-tools = Pour rester calme, { $name } utilisera un objet de son kit sensoriel, comme un coussin d’équilibre ou un petit objet à manipuler, dans { $times } cours sur { $of }.

bank-know-signs-of-feeling-unwell = { $name } nommera { $count ->
        [one] { $count } signe qui montre
       *[other] { $count } signes qui montrent
    } { $gender ->
        [female] qu’elle a besoin
        [male] qu’il a besoin
       *[other] qu’il ou elle a besoin
    } d’aide pour son problème de santé, comme des tremblements ou du mal à respirer, et dira à quel adulte en parler.

bank-help-with-own-medical-care = { $name } participera à ses propres soins, comme vérifier sa glycémie (le sucre dans le sang), sous le regard d’un adulte, { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } sur { $of }.

bank-ask-for-toilet-in-time = { $name } demandera à temps à aller aux toilettes, avec des mots ou une carte, avec { $count ->
        [one] { $count } petit accident
       *[other] { $count } petits accidents
    } au plus par semaine.

bank-wash-hands-after-toilet = Après le passage aux toilettes, { $name } se lavera et se séchera les mains sans qu’on le lui rappelle, { $times } fois sur { $of }.

bank-deaf-friendly-teaching = Un enseignement adapté aux enfants sourds ou malentendants : l’enseignant(e) regarde la classe en parlant, les mots importants sont écrits au tableau, et les vidéos ont des sous-titres

bank-braille-teaching = Des leçons de braille avec un(e) enseignant(e) spécialisé(e), et le travail de classe préparé en braille avant chaque cours

bank-mobility-training = Des séances avec un ou une spécialiste de la mobilité, pour apprendre à se déplacer dans l’école et à trouver son chemin sans danger et sans aide

bank-sloped-board-and-pencil-grip = Un pupitre incliné pour écrire et un embout en caoutchouc sur le crayon, pour écrire plus facilement et plus confortablement

bank-typing-for-longer-writing = Un ordinateur portable ou une tablette pour les textes plus longs, avec un entraînement à taper au clavier chaque semaine

bank-moving-and-handling-plan = Un plan pour porter et déplacer l’enfant, écrit avec le ou la kinésithérapeute : comment soulever, déplacer et changer de position sans danger, appliqué par des adultes formés

bank-gross-motor-group = Un groupe de motricité : de courtes séances de jeux pour garder l’équilibre, sauter, lancer et attraper, pour gagner en force et en coordination

bank-sensory-diet = Un programme sensoriel ({ EN("sensory diet") }) : des activités prévues tout au long de la journée, comme porter, pousser ou des moments au calme, choisies par l’ergothérapeute, pour aider { $name } à garder son calme et son attention

bank-sensory-tool-kit = Un kit sensoriel : des objets comme un coussin d’équilibre, un jouet à manipuler et quelque chose à mâchouiller sans danger, pour aider { $name } à rester calme en classe

bank-individual-health-care-plan = Un plan de soins individuel, écrit avec la famille et l’infirmier ou l’infirmière scolaire, qui dit ce que fait l’équipe chaque jour et en cas d’urgence

bank-staff-medical-training = Des adultes formés pour donner les médicaments et pour aider avec le problème de santé, par exemple utiliser un inhalateur ou un stylo d’adrénaline

bank-intimate-care-plan = Un plan pour les soins intimes, décidé avec la famille : une routine prévue et discrète pour les toilettes et le change, avec des adultes désignés

bank-toilet-timetable = Des rappels pour aller aux toilettes à des heures fixes dans la journée, et une carte pour demander à tout moment

bank-lunchtime-eating-support = De l’aide au repas de midi : un endroit plus calme pour manger, les aliments coupés si besoin, et un adulte qui encourage à goûter des aliments nouveaux

bank-throw-and-catch = Jouez à lancer et à attraper un gros ballon souple, et éloignez-vous un peu plus quand cela devient facile.

bank-help-in-the-kitchen = Laissez { $name } vous aider à la cuisine : mélanger, verser, tartiner et couper des aliments tendres.

bank-new-food-next-to-favourite = Mettez un petit peu d’un aliment nouveau à côté d’un aliment préféré, sans forcer, et { $gender ->
        [female] félicitez-la si elle le regarde
        [male] félicitez-le s’il le regarde
       *[other] félicitez votre enfant s’il ou elle le regarde
    }, le touche ou le goûte.

bank-toilet-routine-at-home = À la maison, gardez une routine régulière pour les toilettes, par exemple après les repas, avec les mêmes mots et les mêmes images qu’à l’école.

bank-therapy-exercises-at-home = Faites ensemble, quelques fois par semaine, les exercices donnés par le ou la kinésithérapeute ou l’ergothérapeute.

bank-update-school-on-health = Prévenez l’école de tout changement de santé ou de médicament, et vérifiez que les médicaments gardés à l’école ne sont pas périmés.

bank-glasses-every-day = Chaque jour, aidez { $name } à mettre des lunettes propres pour aller à l’école.

bank-hearing-aid-check-log = La vérification du matin des appareils auditifs est notée chaque jour, avec les problèmes éventuels, et relue chaque semaine.

bank-toileting-chart = Un tableau de propreté : les moments au sec et les petits accidents sont notés chaque jour, et relus chaque semaine.

bank-foods-tried-record = Les surveillant(e)s de cantine notent les aliments que goûte { $name }.

bank-movement-skills-check = Un court contrôle de la motricité, comme l’équilibre, les sauts à cloche-pied et l’attrape du ballon, au début et à la fin du plan.

bank-medical-log = Un carnet des médicaments donnés et des moments où { $name } ne se sentait pas bien, relu chaque demi-trimestre avec la famille et l’infirmier ou l’infirmière scolaire.

## Any area

bank-strength-kind-and-helpful = { $name } { $gender ->
        [female] est gentille
        [male] est gentil
       *[other] a beaucoup de gentillesse
    } et aime aider les adultes et les autres enfants.

bank-strength-creative = { $name } { $gender ->
        [female] est créative
        [male] est créatif
       *[other] a beaucoup d’imagination
    } et aime dessiner, fabriquer et construire des choses.

bank-strength-keeps-trying = { $name } continue d’essayer, même quand une tâche est difficile.

bank-pupil-views-before-review = Avant chaque bilan, on demande à { $name } ce qui va bien et ce qui est difficile, et on note les réponses.

bank-termly-review-meeting = Une réunion avec la famille chaque trimestre, pour regarder ensemble les objectifs et décider des prochaines étapes.

## Assessments

bank-reading-and-spelling-assessment = Une évaluation de la lecture et de l’orthographe

bank-maths-assessment = Une évaluation en maths, pour savoir quelles compétences avec les nombres demandent plus d’entraînement

bank-dyslexia-screening = Un dépistage de la dyslexie : un court test de la lecture, de l’orthographe et de la mémoire

bank-educational-psychologist-assessment = Une évaluation par le ou la psychologue scolaire

bank-speech-and-language-assessment = Un bilan orthophonique (une évaluation par l’orthophoniste)

bank-autism-assessment-referral = Une demande d’évaluation pour l’autisme auprès du service de santé local

bank-mental-health-assessment = Une évaluation par le { EN("CAMHS") }, le service local de santé mentale pour les enfants et les jeunes

bank-hearing-test-audiology = Un test de l’audition au service d’audiologie

bank-eye-clinic-assessment = Un examen de la vue à la consultation d’ophtalmologie de l’hôpital

bank-occupational-therapy-assessment = Un bilan d’ergothérapie : l’ergothérapeute évalue les mouvements, l’écriture à la main et l’autonomie au quotidien (s’habiller, manger, se laver)

bank-specialist-teacher-learning-assessment = Une évaluation par l’enseignant(e) spécialisé(e) dans les difficultés d’apprentissage : lecture, écriture, maths et mémoire

bank-handwriting-speed-check = Un test de la vitesse d’écriture à la main, pour voir si plus de temps ou l’écriture au clavier aiderait

bank-autism-outreach-observation = Une observation en classe et pendant les jeux par l’équipe mobile pour l’autisme ({ EN("autism outreach team") }), avec des conseils pour l’équipe de l’école

bank-stammering-assessment = Un bilan par un ou une orthophoniste qui travaille avec les enfants qui bégaient

bank-adhd-assessment-referral = Une demande d’évaluation pour le TDAH (trouble du déficit de l’attention avec ou sans hyperactivité) auprès du service de santé local

bank-behaviour-support-observation = Une observation en classe par le service d’aide pour le comportement, avec des conseils pour l’équipe de l’école

bank-physiotherapy-assessment = Un bilan de kinésithérapie : le ou la kinésithérapeute évalue les mouvements, l’équilibre et la force

bank-functional-vision-assessment = Une évaluation par l’enseignant(e) spécialisé(e) pour les enfants malvoyants, pour voir comment { $name } utilise sa vue en classe

bank-paediatrician-referral = Une demande de rendez-vous avec le ou la pédiatre du secteur ({ EN("community paediatrician") }), un médecin pour enfants qui vérifie la santé et le développement

bank-early-help-assessment = Une évaluation d’aide précoce aux familles ({ EN("Early Help") }), qui réunit la famille et les services locaux pour décider de l’aide nécessaire

bank-ehc-needs-assessment = Une demande d’évaluation des besoins en éducation, santé et accompagnement, faite à la collectivité locale ({ EN("local council") }), qui peut mener à un plan pour l’éducation, la santé et l’accompagnement ({ EN("EHC plan") })
