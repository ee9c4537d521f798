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

## Communication and interaction

bank-follow-two-step-instruction = { $name } suivra une consigne en deux étapes donnée à toute la classe, sans qu’on ait besoin de la lui rappeler, { $times } fois sur { $of }.

bank-instructions-in-short-steps = Les consignes sont données par petites étapes, avec une image pour montrer chaque étape.

bank-tally-chart-weekly = Un tableau de comptage, vérifié chaque semaine

bank-two-step-instructions-at-home = À la maison, donnez des consignes en deux étapes, et { $gender ->
        [female] félicitez-la quand elle les suit
        [male] félicitez-le quand il les suit
       *[other] félicitez votre enfant quand il ou elle les suit
    }.

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
