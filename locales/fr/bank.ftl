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

bank-visual-timetable = Un emploi du temps en images : des images sur la table ou au mur qui montrent l’ordre de la journée, pour que { $name } sache ce qui vient ensuite

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
