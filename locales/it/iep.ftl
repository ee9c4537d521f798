# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Piano di supporto per { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Piano di supporto per { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Piano educativo individuale ({ EN("IEP") }): copia per la famiglia

# Under the main heading, for the school's copy.
iep-copy-school = Piano educativo individuale ({ EN("IEP") }): copia per la scuola

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Piano di apprendimento di gruppo – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Piano di apprendimento di gruppo: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Piano di apprendimento di gruppo: copia per la famiglia

# Under the main heading, for the school's copy.
group-copy-school = Piano di apprendimento di gruppo: copia per la scuola

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } lavora su questi obiettivi in un piccolo gruppo, insieme ad altri alunni che hanno bisogno dello stesso tipo di aiuto. Questo piano indica su che cosa sta lavorando il gruppo, chi dà una mano e come potete aiutare { $name } a casa.

## Opening for parents

iep-intro-heading = Informazioni su questo piano

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Questo piano spiega quale aiuto in più riceve { $name } a scuola. Indica su che cosa sta lavorando { $name }, chi dà una mano e come potete aiutare a casa.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Rivedremo il piano insieme a voi il giorno { $date }. Durante l'incontro potete fare domande e dirci che cosa ne pensate. Se volete, potete venire con un'altra persona.

iep-intro-formats = Se desiderate ricevere questo piano in un'altra lingua, stampato a caratteri grandi o letto ad alta voce, chiedete pure alla segreteria della scuola.

## Key facts

facts-heading = Informazioni principali
fact-pupil = Nome e cognome
fact-known-as = Nome usato di solito
fact-date-of-birth = Data di nascita
fact-year-group = Anno di scuola ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] Primo anno di scuola ({ EN("Reception") })
       *[other] Anno { $year } ({ EN("Year") } { $year })
    }

fact-class = Classe
fact-family = Genitori e altri adulti di riferimento
fact-stage = Livello di supporto
fact-areas = Aree in cui serve aiuto
fact-class-teacher = Insegnante di classe
fact-written-by = Piano scritto da
fact-start = Inizio del piano
fact-review = Data di revisione del piano ({ EN("review") })

## Stages of support

stage-sen-support = Supporto per bisogni educativi speciali ({ EN("SEN Support") })
stage-ehc-plan = Piano per istruzione, salute e assistenza ({ EN("EHC plan") })
stage-early-years-action = Supporto in età prescolare ({ EN("Early Years Action") })
stage-early-years-action-plus = Supporto in età prescolare con l'aiuto di specialisti ({ EN("Early Years Action Plus") })
stage-school-action = Supporto da parte della scuola ({ EN("School Action") })
stage-school-action-plus = Supporto da parte della scuola con l'aiuto di specialisti ({ EN("School Action Plus") })
stage-statement = Dichiarazione dei bisogni educativi speciali ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Comunicazione e rapporti con gli altri
area-cognition-and-learning = Apprendimento e comprensione
area-social-emotional-mental-health = Vita sociale, emozioni e salute mentale
area-sensory-and-physical = Bisogni sensoriali (vista, udito) e fisici

## Relationships

relationship-mother = madre
relationship-father = padre
relationship-parent = genitore
relationship-carer = adulto di riferimento
relationship-foster-carer = genitore affidatario
relationship-guardian = tutore legale
relationship-grandmother = nonna
relationship-grandfather = nonno
relationship-aunt = zia
relationship-uncle = zio
relationship-sister = sorella
relationship-brother = fratello

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = assistente di classe
role-class-teacher = insegnante di classe
role-senco = referente per i bisogni educativi speciali, { EN("SENCo") }
role-learning-mentor = tutor per l'apprendimento
role-teacher-of-the-deaf = insegnante specializzato per bambini sordi
role-specialist-teacher = insegnante specializzato
role-speech-and-language-therapist = logopedista
role-educational-psychologist = psicologo scolastico
role-occupational-therapist = terapista occupazionale
role-physiotherapist = fisioterapista
role-school-nurse = infermiere scolastico
role-family-support-worker = operatore di sostegno alle famiglie
role-head-teacher = preside
role-lunchtime-supervisor = assistente della mensa

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minuti
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] una mattina a settimana
               *[other] { $times } mattine a settimana
            }
        [afternoon]
            { $times ->
                [one] un pomeriggio a settimana
               *[other] { $times } pomeriggi a settimana
            }
        [lunchtime]
            { $times ->
                [one] una volta a settimana all'ora di pranzo
               *[other] { $times } volte a settimana all'ora di pranzo
            }
       *[none]
            { $times ->
                [one] una volta a settimana
               *[other] { $times } volte a settimana
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
                [one] ogni { $days } mattina
               *[other] ogni { $days } mattina
            }
        [afternoon]
            { $count ->
                [one] ogni { $days } pomeriggio
               *[other] ogni { $days } pomeriggio
            }
        [lunchtime]
            { $count ->
                [one] ogni { $days } all'ora di pranzo
               *[other] ogni { $days } all'ora di pranzo
            }
       *[none]
            { $count ->
                [one] ogni { $days }
               *[other] ogni { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] a ogni lezione
        [day] ogni giorno
        [morning] ogni mattina
        [afternoon] ogni pomeriggio
        [lunchtime] ogni giorno all'ora di pranzo
        [playtime] a ogni ricreazione
        [after-playtime] dopo ogni ricreazione
        [week] ogni settimana
        [two-weeks] ogni due settimane
        [half-term] due volte a trimestre
       *[term] una volta a trimestre
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } alle { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] per una settimana
       *[other] per { $weeks } settimane
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
assessment-in-month = { $month }: { $entry }



## The pupil

# Variables:
#   $name (String) - the name the pupil goes by
about-heading = Che cosa { $name } sa fare bene e che cosa ama fare

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Che cosa è difficile per { $name }

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Che cosa aiuta { $name }

## Targets

targets-heading = Obiettivi

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] In questo piano { $name } ha un obiettivo.
        [many] In questo piano { $name } ha { $count } di obiettivi.
       *[other] In questo piano { $name } ha { $count } obiettivi.
    } Un obiettivo è un piccolo passo che possiamo verificare.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Obiettivo { $number }

target-who = Chi aiuta
target-does-what = Come aiuta
target-when = Quando e quanto spesso
target-success = Come capiremo che funziona
target-home = Che cosa potete fare a casa

## The rest of the plan

home-heading = Aiuto a casa
exit-heading = Quando l'aiuto in più può finire
further-heading = Altre valutazioni e servizi
further-assessments = Valutazioni in programma
further-agencies = Servizi fuori dalla scuola che danno aiuto

## Outside agencies

agency-educational-psychology = Psicologo scolastico ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Logopedia ({ EN("speech and language therapy") })
agency-behaviour-support = Servizio di supporto per il comportamento ({ EN("behaviour support") })
agency-hearing-support = Servizio di supporto per chi ha problemi di udito ({ EN("hearing support") })
agency-vision-support = Servizio di supporto per chi ha problemi di vista ({ EN("vision support") })
agency-sensory-support = Servizio di supporto per chi ha problemi di vista o di udito ({ EN("sensory support") })
agency-occupational-therapy = Terapia occupazionale ({ EN("occupational therapy") })
agency-physiotherapy = Fisioterapia
agency-camhs = Servizio di salute mentale per bambini e ragazzi ({ EN("CAMHS") })
agency-school-nurse = Infermiere scolastico ({ EN("school nurse") })
agency-paediatrician = Medico dei bambini (pediatra)
agency-early-help = Sostegno precoce alle famiglie ({ EN("Early Help") })

## Review

review-heading = Com'è andato il piano
review-date = Data dell'incontro
review-present = Chi era presente
review-outcomes = Obiettivi e risultati
review-col-target = Obiettivo
review-col-result = Risultato
review-col-comment = Commento

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Obiettivo { $number }

outcome-achieved = Raggiunto
outcome-partly = Raggiunto in parte
outcome-not-yet = Non ancora raggiunto

review-progress = Progressi

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Che cosa ha detto { $name }

review-parent-comment = Che cosa ha detto la famiglia
review-teacher-comment = Che cosa ha detto la scuola
review-next-steps = Prossimi passi
review-next-review = Prossima revisione del piano

## Help for parents

contact-heading = Domande e aiuto

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Se avete domande su questo piano, potete parlare con l'insegnante di classe o con { $senco }, la persona che a scuola coordina il supporto per i bisogni educativi speciali ({ EN("SENCo") }).

contact-school-phone = Numero di telefono della scuola

support-intro = Potete ricevere consigli gratuiti anche da un servizio che non fa parte della scuola:
support-phone = Telefono
support-text = SMS
support-email = E-mail
support-web = Sito web
support-drop-in = Accesso senza appuntamento

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Pagina { $page } di { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Fascicolo da stampare per i colloqui con le famiglie

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Questo fascicolo contiene { $documents ->
        [one] un documento
        [many] { $documents } di documenti
       *[other] { $documents } documenti
    } per { $appointments ->
        [one] un colloquio
        [many] { $appointments } di colloqui
       *[other] { $appointments } colloqui
    }, nell'ordine dei colloqui.

pack-duplex = Stampate il fascicolo fronte e retro. Ogni documento inizia su un foglio nuovo, così nessun foglio contiene documenti di due famiglie diverse.

pack-files = Ogni documento è salvato anche in un file a parte. Quando una famiglia chiede una copia via e-mail, inviate solo il suo file: può essere letto ad alta voce da un lettore di schermo.

pack-appointments-heading = Colloqui
pack-col-time = Orario
pack-col-pupil = Alunno/a
pack-col-teacher = Insegnante
pack-col-room = Aula
pack-col-parent-copy = Copia per la famiglia
pack-col-school-copy = Copia per la scuola
pack-col-page = Pagina

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Copia per la famiglia in { $language }
pack-copy-parent-large = Copia per la famiglia in { $language }, a caratteri grandi
pack-copy-school = Copia per la scuola in { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, a caratteri grandi

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } testo non tradotto
        [many] { $count } di testi non tradotti
       *[other] { $count } testi non tradotti
    })

pack-missing-heading = Non inclusi in questo fascicolo
pack-missing-intro = Per questi colloqui non ci sono documenti, perché non è stato possibile trasformare i loro piani in documenti. Il riepilogo alla fine dell'elaborazione indica che cosa correggere.
pack-col-problem = Problema

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] inglese
        [pl] polacco
        [ro] rumeno
        [pa] punjabi (alfabeto gurmukhi)
        [pa-Arab] punjabi (alfabeto shahmukhi)
        [ur] urdu
        [pt] portoghese
        [es] spagnolo
        [it] italiano
        [fr] francese
        [bn] bengalese
        [gu] gujarati
        [ar] arabo
        [sq] albanese
        [so] somalo
        [lt] lituano
        [uk] ucraino
        [tr] turco
        [fa] persiano
        [ta] tamil
        [bg] bulgaro
        [hu] ungherese
        [ru] russo
        [zh-Hans] cinese semplificato
        [zh-Hant] cinese tradizionale
        [ps] pashto
        [ti] tigrino
        [ne] nepalese
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
provision-title = Mappa del supporto – { $school }
provision-heading = Mappa del supporto ({ EN("provision map") })
provision-intro = Questa mappa elenca il supporto in più che la scuola offre agli alunni con bisogni educativi speciali: chi se ne occupa, quanto spesso, quanto costa, chi partecipa e che differenza fa.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Totale per quest'area: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Costo totale di tutto il supporto in più: { $amount }

provision-col-support = Supporto
provision-col-staff = Chi se ne occupa
provision-col-group = Alunni per gruppo
provision-col-often = Quanto spesso
provision-col-weeks = Settimane
provision-col-measure = Come si misurano i progressi
provision-col-cost = Costo
provision-col-per-pupil = Costo per ogni alunno
provision-col-pupils = Alunni

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } minuti, { $sessions ->
        [one] una volta a settimana
        [many] { $sessions } volte a settimana
       *[other] { $sessions } volte a settimana
    }

provision-impact-heading = Risultati
provision-impact-intro = Per gli alunni che hanno un punteggio all'inizio e alla fine. Il costo per punto è il costo per ogni alunno diviso per il miglioramento medio.
provision-col-entry = Punteggio medio all'inizio
provision-col-exit = Punteggio medio alla fine
provision-col-gain = Miglioramento medio
provision-col-per-point = Costo per ogni alunno per ogni punto guadagnato
provision-no-scores = Ancora nessun punteggio

provision-gaps-heading = Bisogni senza supporto
provision-no-gaps = Ogni bisogno indicato in un piano è coperto da almeno uno dei supporti a cui l'alunno partecipa.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: il piano indica bisogni che nessuno dei suoi supporti copre ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Nessun supporto copre quest'area di bisogno: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Mappa del supporto – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Supporto in più per { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Questa mappa mostra il supporto in più che la scuola offre ai bambini e ai ragazzi che ne hanno bisogno. Il supporto che riceve { $name } è segnato nell'ultima colonna e stampato in grassetto.

provision-offer-heading = Il supporto offerto dalla scuola

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Per { $name }
provision-mine = Sì, partecipa

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Come sta andando il supporto per { $name }

provision-col-start = Inizio
provision-col-per-week = Volte a settimana
provision-col-score-start = Punteggio all'inizio
provision-col-score-end = Punteggio alla fine
provision-no-score = Non ancora

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Quando { $name } riceve il supporto durante la settimana

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Gli incontri di supporto in più che { $name } ha in una normale settimana di scuola: in che cosa consiste ciascuno, chi se ne occupa e quanto dura.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Il supporto durante la settimana

provision-school-week-intro = Quando si svolge ogni supporto in una normale settimana di scuola, chi se ne occupa, dove e per quanti alunni è.

# The first column of the week table: the time a session starts.
provision-col-time = Ora

# The row for sessions whose days are known but not their time.
provision-week-no-time = Ora non ancora stabilita

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } alunno
        [many] { $count } di alunni
       *[other] { $count } alunni
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Il piano di supporto ({ EN("IEP") }) di vostro figlio o vostra figlia: guida per i genitori
leaflet-iep-intro = Alcuni bambini e ragazzi hanno bisogno di un aiuto in più a scuola per imparare e per stare bene. Questa guida spiega il piano che la scuola scrive per questo aiuto e come potete partecipare anche voi.

leaflet-what-heading = Che cos'è un { EN("IEP") }
leaflet-what-is = Un { EN("IEP") } (piano educativo individuale) è un breve piano pensato per un solo bambino o ragazzo. Oggi molte scuole lo chiamano piano di supporto. Indica su che cosa sta lavorando vostro figlio o vostra figlia, che cosa farà la scuola per aiutare e che cosa potete fare voi a casa.
leaflet-what-who = La scuola lo scrive insieme a voi e, quando è possibile, anche insieme a vostro figlio o vostra figlia. Dovreste ricevere una copia tutta vostra e potete chiederla in una lingua o in un formato che riuscite a leggere.

leaflet-contents-heading = Che cosa contiene
leaflet-contents-intro = Di solito un piano ha queste parti:
leaflet-contents-strengths = che cosa vostro figlio o vostra figlia sa fare bene e che cosa ama fare
leaflet-contents-needs = che cosa trova difficile
leaflet-contents-targets = tre o quattro obiettivi: i prossimi passi su cui sta lavorando
leaflet-contents-help = chi aiuta, che cosa fa e quanto spesso
leaflet-contents-home = che cosa potete fare voi a casa
leaflet-contents-review = quando il piano verrà rivisto

leaflet-smart-heading = Obiettivi { EN("SMART") }
leaflet-smart-intro = I buoni obiettivi sono { EN("SMART") }. Vuol dire che sono:
leaflet-smart-specific = Specific (specifici): dicono con precisione che cosa imparerà a fare vostro figlio o vostra figlia.
leaflet-smart-measurable = Measurable (misurabili): tutti possono vedere quando l'obiettivo è stato raggiunto.
leaflet-smart-achievable = Achievable (raggiungibili): sono alla sua portata, con l'aiuto giusto.
leaflet-smart-relevant = Relevant (importanti): contano per il suo apprendimento e per la sua vita.
leaflet-smart-time-bound = Time-bound (con una scadenza): dicono entro quando, di solito entro la prossima revisione del piano.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Per esempio, «leggere meglio» non è un obiettivo { EN("SMART") }. Questo invece lo è: «Leggere { $read } delle { $total } parole più comuni del cartoncino delle parole, in due verifiche a una settimana di distanza, entro la revisione di gennaio».

leaflet-review-heading = Le revisioni del piano
leaflet-review-when = Il piano viene rivisto in un incontro di revisione ({ EN("review") }), di solito una volta a trimestre, cioè circa tre volte all'anno. La scuola controlla con voi ogni obiettivo: è stato raggiunto? Che cosa ha aiutato?
leaflet-review-you = Siete invitati a ogni revisione. La vostra opinione conta: dite alla scuola che cosa vedete a casa e che cosa vi preoccupa. Anche vostro figlio o vostra figlia può partecipare: può venire per una parte dell'incontro o dire prima che cosa ne pensa. Poi si decidono insieme i nuovi obiettivi.

leaflet-map-heading = Mappa del supporto ({ EN("provision map") })
leaflet-map-what = La mappa del supporto ({ EN("provision map") }) è l'elenco di tutto il supporto in più che la scuola offre, come piccoli gruppi di lettura o un breve incontro ogni giorno per vedere come va. Indica chi se ne occupa, quanto spesso e che differenza fa.
leaflet-map-yours = Potete chiedere una mappa del supporto per vostro figlio o vostra figlia. Mostra il supporto che la scuola offre e segna quello che riceve, con i suoi punteggi all'inizio e alla fine.

leaflet-stages-heading = Livelli di supporto
leaflet-stages-intro = La scuola usa questi nomi per i livelli di aiuto in più:
leaflet-stage-sen-support = Supporto per bisogni educativi speciali ({ EN("SEN Support") }): la scuola organizza un aiuto in più con il proprio personale e le proprie risorse, e lo scrive in un piano di supporto.
leaflet-stage-ehc-plan = Piano per istruzione, salute e assistenza ({ EN("EHC plan") }): un piano con valore legale, preparato dall'ente locale ({ EN("local council") }) per un bambino o ragazzo che ha bisogno di più aiuto di quanto la scuola possa dare con le proprie risorse.
leaflet-stage-school-action = Supporto da parte della scuola ({ EN("School Action") }): la scuola dà un aiuto in più con il proprio personale e le proprie risorse.
leaflet-stage-school-action-plus = Supporto da parte della scuola con l'aiuto di specialisti ({ EN("School Action Plus") }): la scuola riceve anche consigli o aiuto da specialisti esterni.
leaflet-stage-statement = Dichiarazione dei bisogni educativi speciali ({ EN("Statement of SEN") }): un documento con valore legale dell'ente locale, che stabilisce l'aiuto che un bambino o ragazzo deve ricevere.

leaflet-help-heading = Aiuto indipendente
leaflet-help-intro = Potete parlare in qualsiasi momento con l'insegnante di classe o con la persona che a scuola coordina il supporto per i bisogni educativi speciali. Potete anche ricevere consigli gratuiti da un servizio che non fa parte della scuola:
leaflet-help-none = Chiedete alla scuola i contatti del servizio locale di informazione, consulenza e supporto per i bisogni educativi speciali. I suoi consigli sono gratuiti e indipendenti dalla scuola.

leaflet-formats-heading = Un'altra lingua o un altro formato
leaflet-formats-ask = Potete chiedere alla scuola questo opuscolo e il piano di vostro figlio o vostra figlia in un'altra lingua, a caratteri grandi, in Braille o come registrazione audio. Potete anche chiedere di riceverli via e-mail. Basta dirlo all'insegnante di classe o alla segreteria della scuola.

leaflet-languages-heading = Questo opuscolo nella vostra lingua

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Questo opuscolo è disponibile in italiano. Chiedetene una copia alla scuola.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Domande da fare alla revisione
leaflet-questions-intro = Potete portare questa scheda all'incontro di revisione del piano di vostro figlio o vostra figlia. Scegliete le domande che vi stanno a cuore e scrivete i vostri appunti nello spazio sotto ciascuna.
leaflet-question-progress = Quali progressi ha fatto mio figlio o mia figlia per ogni obiettivo?
leaflet-question-helped = Che cosa ha aiutato di più mio figlio o mia figlia, e che cosa non ha funzionato?
leaflet-question-next = Quali sono i nuovi obiettivi, e perché proprio questi?
leaflet-question-who = Chi aiuterà mio figlio o mia figlia, e quanto spesso?
leaflet-question-home = Che cosa posso fare a casa per aiutare?
leaflet-question-child = Che cosa ne pensa mio figlio o mia figlia, e come può partecipare?
leaflet-question-friends = Come si trova mio figlio o mia figlia con gli altri bambini e ragazzi?
leaflet-question-assess = Sono in programma valutazioni, o aiuti da servizi fuori dalla scuola?
leaflet-question-contact = Con chi posso parlare se ho qualche preoccupazione prima della prossima revisione?
leaflet-question-next-review = Quando sarà la prossima revisione?
