# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Plan de soutien pour { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Plan de soutien pour { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Plan éducatif individuel ({ EN("IEP") }) : exemplaire pour la famille

# Under the main heading, for the school's copy.
iep-copy-school = Plan éducatif individuel ({ EN("IEP") }) : exemplaire de l’école

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Plan d’apprentissage en groupe – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Plan d’apprentissage en groupe : { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Plan d’apprentissage en groupe : exemplaire pour la famille

# Under the main heading, for the school's copy.
group-copy-school = Plan d’apprentissage en groupe : exemplaire de l’école

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } travaille sur ces objectifs dans un petit groupe, avec d’autres élèves qui ont besoin du même type d’aide. Ce plan indique sur quoi le groupe travaille, qui apporte de l’aide et comment vous pouvez aider { $name } à la maison.

## Opening for parents

iep-intro-heading = À propos de ce plan

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Ce plan présente l’aide supplémentaire que reçoit { $name } à l’école. Vous y trouverez sur quoi { $name } travaille, qui apporte de l’aide et comment vous pouvez aider à la maison.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Nous referons le point sur ce plan avec vous le { $date }. Lors de cette réunion, vous pourrez poser vos questions et nous dire ce que vous en pensez. Vous pouvez venir avec une personne de votre choix.

iep-intro-formats = Si vous souhaitez recevoir ce plan dans une autre langue, en gros caractères ou lu à voix haute, merci de vous adresser au secrétariat de l’école.

## Key facts

facts-heading = Informations essentielles
fact-pupil = Élève
fact-known-as = Prénom d’usage
fact-date-of-birth = Date de naissance
fact-year-group = Année de scolarité ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (première année d’école)
       *[other] Année { $year }
    }

fact-class = Classe
fact-family = Parents et personnes qui s’occupent de l’enfant
fact-stage = Niveau de soutien
fact-areas = Domaines où une aide est nécessaire
fact-class-teacher = Enseignant(e) de la classe
fact-written-by = Plan rédigé par
fact-start = Début du plan
fact-review = Date du bilan

## Stages of support

stage-sen-support = Soutien à l’école pour besoins éducatifs particuliers ({ EN("SEN Support") })
stage-ehc-plan = Plan pour l’éducation, la santé et l’accompagnement ({ EN("EHC plan") })
stage-early-years-action = Soutien en crèche ou en maternelle ({ EN("Early Years Action") })
stage-early-years-action-plus = Soutien renforcé en crèche ou en maternelle, avec des spécialistes ({ EN("Early Years Action Plus") })
stage-school-action = Soutien à l’école ({ EN("School Action") })
stage-school-action-plus = Soutien à l’école avec des spécialistes extérieurs ({ EN("School Action Plus") })
stage-statement = Document officiel sur les besoins éducatifs particuliers ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Communication et relations avec les autres
area-cognition-and-learning = Apprentissage et compréhension
area-social-emotional-mental-health = Vie sociale, émotions et santé mentale
area-sensory-and-physical = Besoins sensoriels (vue, audition) et physiques

## Relationships

relationship-mother = mère
relationship-father = père
relationship-parent = parent
relationship-carer = personne qui s’occupe de l’enfant
relationship-foster-carer = parent d’accueil
relationship-guardian = tuteur / tutrice
relationship-grandmother = grand-mère
relationship-grandfather = grand-père
relationship-aunt = tante
relationship-uncle = oncle
relationship-sister = sœur
relationship-brother = frère

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = assistant(e) de classe
role-class-teacher = enseignant(e) de la classe
role-senco = responsable des besoins éducatifs particuliers, { EN("SENCo") }
role-learning-mentor = mentor pour la scolarité
role-teacher-of-the-deaf = enseignant(e) spécialisé(e) pour les enfants sourds
role-specialist-teacher = enseignant(e) spécialisé(e)
role-speech-and-language-therapist = orthophoniste
role-educational-psychologist = psychologue scolaire
role-occupational-therapist = ergothérapeute
role-physiotherapist = kinésithérapeute
role-school-nurse = infirmier ou infirmière scolaire
role-family-support-worker = intervenant(e) de soutien aux familles
role-head-teacher = directeur ou directrice de l’école
role-lunchtime-supervisor = surveillant(e) de cantine

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] un matin par semaine
                [many] { $times } matins par semaine
               *[other] { $times } matins par semaine
            }
        [afternoon]
            { $times ->
                [one] un après-midi par semaine
                [many] { $times } après-midi par semaine
               *[other] { $times } après-midi par semaine
            }
        [lunchtime]
            { $times ->
                [one] une fois par semaine pendant la pause de midi
                [many] { $times } fois par semaine pendant la pause de midi
               *[other] { $times } fois par semaine pendant la pause de midi
            }
       *[none]
            { $times ->
                [one] une fois par semaine
                [many] { $times } fois par semaine
               *[other] { $times } fois par semaine
            }
    }

# On which days of the week, perhaps at one part of the day.
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning]
            { $count ->
                [one] chaque { $days } matin
               *[other] chaque { $days } matin
            }
        [afternoon]
            { $count ->
                [one] chaque { $days } après-midi
               *[other] chaque { $days } après-midi
            }
        [lunchtime]
            { $count ->
                [one] chaque { $days } midi
               *[other] chaque { $days } midi
            }
       *[none]
            { $count ->
                [one] chaque { $days }
               *[other] chaque { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] à chaque cours
        [day] tous les jours
        [morning] tous les matins
        [afternoon] tous les après-midi
        [lunchtime] tous les midis
        [playtime] à chaque récréation
        [after-playtime] après chaque récréation
        [week] toutes les semaines
        [two-weeks] toutes les deux semaines
        [half-term] deux fois par trimestre
       *[term] une fois par trimestre
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } à { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] pendant une semaine
        [many] pendant { $weeks } semaines
       *[other] pendant { $weeks } semaines
    }

# Two parts of a schedule, one after the other ("10 minutes", "4 mornings a week").
# Variables:
#   $before (String) - the parts so far
#   $after (String) - the next part
when-parts = { $before }, { $after }

# An assessment planned for a month ("December: A reading and spelling assessment").
# Variables:
#   $month (String) - the month's name, as the language writes it (from CLDR)
#   $entry (String) - the assessment
assessment-in-month = { $month } : { $entry }



## The pupil

# Variables:
#   $name (String) - the name the pupil goes by
about-heading = { $name } : ses points forts et ce qui lui plaît

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Ce qui est difficile pour { $name }

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Ce qui aide { $name }

## Targets

targets-heading = Objectifs

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } a un objectif dans ce plan.
        [many] { $name } a { $count } objectifs dans ce plan.
       *[other] { $name } a { $count } objectifs dans ce plan.
    } Un objectif est une petite étape que nous pouvons vérifier.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Objectif { $number }

target-who = Qui aide
target-does-what = L’aide apportée
target-when = Quand et combien de fois
target-success = Comment nous verrons que cela fonctionne
target-home = Ce que vous pouvez faire à la maison

## The rest of the plan

home-heading = Aider à la maison
exit-heading = Quand l’aide supplémentaire pourra s’arrêter
further-heading = Autres évaluations et services
further-assessments = Évaluations prévues
further-agencies = Services extérieurs à l’école qui apportent leur aide

## Outside agencies

agency-educational-psychology = Psychologue scolaire ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Orthophonie ({ EN("speech and language therapy") })
agency-behaviour-support = Service d’aide pour le comportement ({ EN("behaviour support") })
agency-hearing-support = Service d’aide pour les problèmes d’audition ({ EN("hearing support") })
agency-vision-support = Service d’aide pour les problèmes de vue ({ EN("vision support") })
agency-sensory-support = Service d’aide pour les problèmes de vue ou d’audition ({ EN("sensory support") })
agency-occupational-therapy = Ergothérapie ({ EN("occupational therapy") })
agency-physiotherapy = Kinésithérapie ({ EN("physiotherapy") })
agency-camhs = Service de santé mentale pour les enfants et les adolescents ({ EN("CAMHS") })
agency-school-nurse = Infirmier ou infirmière scolaire
agency-paediatrician = Médecin pour enfants (pédiatre)
agency-early-help = Aide précoce aux familles ({ EN("Early Help") })

## Review

review-heading = Comment le plan s’est déroulé
review-date = Date de la réunion
review-present = Personnes présentes
review-outcomes = Objectifs et résultats
review-col-target = Objectif
review-col-result = Résultat
review-col-comment = Commentaire

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Objectif { $number }

outcome-achieved = Atteint
outcome-partly = En partie atteint
outcome-not-yet = Pas encore atteint

review-progress = Progrès

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Ce qu’a dit { $name }

review-parent-comment = Ce qu’a dit la famille
review-teacher-comment = Ce qu’a dit l’école
review-next-steps = Prochaines étapes
review-next-review = Prochain bilan

## Help for parents

contact-heading = Questions et aide

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Si vous avez une question sur ce plan, n’hésitez pas à en parler avec l’enseignant(e) de la classe ou avec { $senco } ({ EN("SENCo") }), qui coordonne l’aide aux élèves ayant des besoins particuliers à l’école.

contact-school-phone = Numéro de téléphone de l’école

support-intro = Vous pouvez aussi recevoir des conseils gratuits d’un service indépendant de l’école :
support-phone = Téléphone
support-text = SMS
support-email = Adresse e-mail
support-web = Site internet
support-drop-in = Accueil sans rendez-vous

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Page { $page } sur { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Dossier à imprimer pour les rencontres parents-enseignants

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Ce dossier contient { $documents ->
        [one] { $documents } document
        [many] { $documents } documents
       *[other] { $documents } documents
    } pour { $appointments } rendez-vous, dans l’ordre des rendez-vous.

pack-duplex = Imprimez ce dossier en recto verso. Chaque document commence sur une nouvelle feuille, si bien qu’aucune feuille ne mélange les documents de deux familles.

pack-files = Chaque document est aussi enregistré dans un fichier séparé. Quand une famille demande un exemplaire par e-mail, envoyez-lui uniquement son propre fichier : il peut être lu à voix haute par un lecteur d’écran.

pack-appointments-heading = Rendez-vous
pack-col-time = Heure
pack-col-pupil = Élève
pack-col-teacher = Enseignant(e)
pack-col-room = Salle
pack-col-parent-copy = Exemplaire pour la famille
pack-col-school-copy = Exemplaire de l’école
pack-col-page = Page

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Exemplaire pour la famille en { $language }
pack-copy-parent-large = Exemplaire pour la famille en { $language }, en gros caractères
pack-copy-school = Exemplaire de l’école en { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, en gros caractères

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } texte non traduit
        [many] { $count } textes non traduits
       *[other] { $count } textes non traduits
    })

pack-missing-heading = Non inclus dans ce dossier
pack-missing-intro = Ces rendez-vous n’ont pas de documents, car leurs plans n’ont pas pu être transformés en documents. Le récapitulatif affiché à la fin du traitement indique ce qu’il faut corriger.
pack-col-problem = Problème

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] anglais
        [pl] polonais
        [ro] roumain
        [pa] pendjabi (écriture gurmukhi)
        [pa-Arab] pendjabi (écriture shahmukhi)
        [ur] ourdou
        [pt] portugais
        [es] espagnol
        [it] italien
        [fr] français
        [bn] bengali
        [gu] goudjarati
        [ar] arabe
        [sq] albanais
        [so] somali
        [lt] lituanien
        [uk] ukrainien
        [tr] turc
        [fa] persan
        [ta] tamoul
        [bg] bulgare
        [hu] hongrois
        [ru] russe
        [zh-Hans] chinois simplifié
        [zh-Hant] chinois traditionnel
        [ps] pachto
        [ti] tigrigna
        [ne] népalais
       *[other] { $tag }
    }

## Provision map
# The school's costed list of extra support, and a parent's copy with their child's part
# marked. Amounts of money come in already formatted for the language (see money).

# An amount of money in pounds.
# Variables:
#   $amount (String) - the amount, with the language's digits and separators
money = { $amount } £

# The title in the PDF viewer's window bar of the school's map.
# Variables:
#   $school (String) - the school's name
provision-title = Tableau du soutien – { $school }
provision-heading = Tableau du soutien supplémentaire ({ EN("provision map") })
provision-intro = Ce tableau présente le soutien supplémentaire que l’école organise pour les élèves ayant des besoins éducatifs particuliers : qui s’en charge, à quelle fréquence, combien il coûte, qui y participe et ce qu’il apporte.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Total pour ce domaine : { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Coût total de tout le soutien supplémentaire : { $amount }

provision-col-support = Soutien
provision-col-staff = Assuré par
provision-col-group = Taille du groupe
provision-col-often = Fréquence
provision-col-weeks = Semaines
provision-col-measure = Comment les progrès sont mesurés
provision-col-cost = Coût
provision-col-per-pupil = Coût par élève
provision-col-pupils = Élèves

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } minutes, { $sessions ->
        [one] { $sessions } fois par semaine
        [many] { $sessions } fois par semaine
       *[other] { $sessions } fois par semaine
    }

provision-impact-heading = Résultats
provision-impact-intro = Pour les élèves qui ont un score au début et à la fin. Le coût par point est le coût par élève divisé par la progression moyenne.
provision-col-entry = Score moyen au début
provision-col-exit = Score moyen à la fin
provision-col-gain = Progression moyenne
provision-col-per-point = Coût par élève pour chaque point gagné
provision-no-scores = Pas encore de scores

provision-gaps-heading = Besoins sans soutien
provision-no-gaps = Chaque besoin indiqué dans un plan est couvert par au moins un des soutiens suivis par l’élève.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil } : le plan indique des besoins qu’aucun des soutiens suivis ne couvre ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Aucun soutien ne couvre ce domaine de besoins : { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Tableau du soutien – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Soutien supplémentaire pour { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Ce tableau présente le soutien supplémentaire que l’école propose aux élèves qui en ont besoin. Le soutien que reçoit { $name } est signalé dans la dernière colonne et imprimé en gras.

provision-offer-heading = Le soutien proposé par l’école

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Pour { $name }
provision-mine = Oui, y participe

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Où en est le soutien pour { $name }

provision-col-start = Début
provision-col-per-week = Fois par semaine
provision-col-score-start = Score au début
provision-col-score-end = Score à la fin
provision-no-score = Pas encore

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Quand { $name } reçoit du soutien dans la semaine

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Les séances de soutien supplémentaire que suit { $name } pendant une semaine d’école habituelle : en quoi consiste chacune, qui l’assure et combien de temps elle dure.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Le soutien au fil de la semaine

provision-school-week-intro = Quand a lieu chaque soutien pendant une semaine d’école habituelle, qui l’assure, où, et pour combien d’élèves.

# The first column of the week table: the time a session starts.
provision-col-time = Heure

# The row for sessions whose days are known but not their time.
provision-week-no-time = Heure pas encore fixée

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } élève
        [many] { $count } élèves
       *[other] { $count } élèves
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Le plan de soutien de votre enfant ({ EN("IEP") }) : guide pour les parents
leaflet-iep-intro = Certains enfants ont besoin d’une aide supplémentaire à l’école pour apprendre et pour que tout se passe bien. Ce guide vous explique le plan que l’école rédige pour organiser cette aide, et comment vous pouvez y participer.

leaflet-what-heading = Qu’est-ce qu’un { EN("IEP") } ?
leaflet-what-is = L’{ EN("IEP") } (plan éducatif individuel, en anglais individual education plan) est un plan court, fait pour un seul enfant. Beaucoup d’écoles l’appellent maintenant « plan de soutien » ({ EN("support plan") }). Il indique sur quoi votre enfant travaille, ce que l’école va faire pour l’aider et ce que vous pouvez faire à la maison.
leaflet-what-who = L’école le rédige avec vous et, si possible, avec votre enfant. Vous devriez recevoir votre propre exemplaire. Vous pouvez le demander dans une langue ou sous une forme que vous pouvez lire.

leaflet-contents-heading = Ce que contient le plan
leaflet-contents-intro = En général, un plan comprend ces parties :
leaflet-contents-strengths = ce que votre enfant sait bien faire et ce qui lui plaît
leaflet-contents-needs = ce qui est difficile pour votre enfant
leaflet-contents-targets = trois ou quatre objectifs : les prochaines étapes que votre enfant s’efforce d’atteindre
leaflet-contents-help = qui aide votre enfant, ce que fait chaque personne et combien de fois
leaflet-contents-home = ce que vous pouvez faire à la maison
leaflet-contents-review = quand on refera le point sur le plan

leaflet-smart-heading = Des objectifs { EN("SMART") }
leaflet-smart-intro = Les bons objectifs sont « { EN("SMART") } ». Ce mot est formé des premières lettres de cinq mots anglais. Il veut dire que les objectifs sont :
leaflet-smart-specific = Specific (précis) : ils disent exactement ce que votre enfant va apprendre à faire.
leaflet-smart-measurable = Measurable (mesurables) : tout le monde peut voir quand l’objectif est atteint.
leaflet-smart-achievable = Achievable (réalistes) : votre enfant peut les atteindre avec une aide adaptée.
leaflet-smart-relevant = Relevant (utiles) : ils sont importants pour les apprentissages et la vie de votre enfant.
leaflet-smart-time-bound = Time-bound (avec une date limite) : ils disent pour quand ils doivent être atteints, en général pour le prochain bilan.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Par exemple, « mieux lire » n’est pas un objectif { EN("SMART") }. Mais « lire { $read } des { $total } mots courants de la carte de mots, lors de deux vérifications à une semaine d’intervalle, d’ici le bilan de janvier » en est un.

leaflet-review-heading = Les bilans
leaflet-review-when = On refait le point sur le plan lors d’une réunion de bilan, en général une fois par trimestre, soit environ trois fois par an. L’école regarde chaque objectif avec vous : a-t-il été atteint, et qu’est-ce qui a aidé ?
leaflet-review-you = L’école vous invite à chaque bilan. Votre avis compte : dites à l’école ce que vous voyez à la maison et ce qui vous inquiète. Votre enfant peut aussi participer, en venant à une partie de la réunion ou en donnant son avis avant. Ensuite, vous fixez ensemble de nouveaux objectifs.

leaflet-map-heading = Le tableau du soutien supplémentaire ({ EN("provision map") })
leaflet-map-what = Le tableau du soutien supplémentaire est la liste de tout le soutien en plus que l’école organise, par exemple de petits groupes de lecture ou un court moment chaque jour avec un adulte pour voir comment ça va. Il montre qui assure chaque soutien, combien de fois, et ce qu’il apporte.
leaflet-map-yours = Vous pouvez demander le tableau du soutien de votre enfant. Il présente le soutien que l’école propose et signale celui que reçoit votre enfant, avec ses scores au début et à la fin.

leaflet-stages-heading = Les niveaux de soutien
leaflet-stages-intro = L’école utilise ces noms pour les différents niveaux d’aide supplémentaire :
leaflet-stage-sen-support = Soutien à l’école pour besoins éducatifs particuliers ({ EN("SEN Support") }) : l’école organise une aide supplémentaire avec son propre personnel et ses propres moyens. Cette aide est décrite dans un plan de soutien.
leaflet-stage-ehc-plan = Plan pour l’éducation, la santé et l’accompagnement ({ EN("EHC plan") }) : un plan officiel, prévu par la loi, établi par la collectivité locale ({ EN("local council") }). Il concerne un enfant qui a besoin de plus d’aide que l’école ne peut en donner avec ses propres moyens.
leaflet-stage-school-action = Soutien à l’école ({ EN("School Action") }) : l’école donne une aide supplémentaire avec son propre personnel et ses propres moyens.
leaflet-stage-school-action-plus = Soutien à l’école avec des spécialistes extérieurs ({ EN("School Action Plus") }) : l’école reçoit aussi des conseils ou de l’aide de spécialistes qui ne font pas partie de l’école.
leaflet-stage-statement = Document officiel sur les besoins éducatifs particuliers ({ EN("Statement of SEN") }) : un document prévu par la loi, établi par la collectivité locale ({ EN("local council") }), qui indique l’aide que l’enfant doit recevoir.

leaflet-help-heading = Une aide indépendante
leaflet-help-intro = Vous pouvez parler à tout moment avec l’enseignant(e) de la classe ou avec la personne qui coordonne l’aide aux élèves ayant des besoins particuliers à l’école ({ EN("SENCo") }). Vous pouvez aussi recevoir des conseils gratuits d’un service indépendant de l’école :
leaflet-help-none = Demandez à l’école les coordonnées du service local d’information, de conseil et de soutien pour les besoins éducatifs particuliers. Ses conseils sont gratuits, et ce service est indépendant de l’école.

leaflet-formats-heading = Dans une autre langue ou sous une autre forme
leaflet-formats-ask = Vous pouvez demander à l’école ce dépliant et le plan de votre enfant dans une autre langue, en gros caractères, en braille ou en version audio. Vous pouvez aussi demander à les recevoir par e-mail. Il suffit de le dire à l’enseignant(e) de la classe ou au secrétariat de l’école.

leaflet-languages-heading = Ce dépliant dans votre langue

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Ce dépliant existe en français. Demandez-en un exemplaire à l’école.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Questions à poser lors d’un bilan
leaflet-questions-intro = Vous pouvez apporter cette fiche à la réunion de bilan de votre enfant. Choisissez les questions qui comptent pour vous, et prenez des notes dans l’espace sous chaque question.
leaflet-question-progress = Comment mon enfant a-t-il avancé pour chaque objectif ?
leaflet-question-helped = Qu’est-ce qui a le plus aidé mon enfant, et qu’est-ce qui n’a pas marché ?
leaflet-question-next = Quels sont les nouveaux objectifs, et pourquoi ceux-là ?
leaflet-question-who = Qui va aider mon enfant, et combien de fois ?
leaflet-question-home = Que puis-je faire à la maison pour aider ?
leaflet-question-child = Qu’en pense mon enfant, et comment peut-il participer ?
leaflet-question-friends = Comment mon enfant s’entend-il avec les autres enfants ?
leaflet-question-assess = Des évaluations ou une aide venant de l’extérieur de l’école sont-elles prévues ?
leaflet-question-contact = À qui puis-je parler si quelque chose m’inquiète avant le prochain bilan ?
leaflet-question-next-review = Quand aura lieu le prochain bilan ?
