# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# Parents are "voi", as in iep.ftl; the word card is "cartoncino delle parole".

## Cognition and learning

bank-read-common-words = { $name } leggerà { $count } delle { $total } parole più comuni del suo cartoncino delle parole, in due verifiche a una settimana di distanza.

bank-precision-teaching = { EN("Precision teaching") }: pochi minuti di esercizio ogni giorno con i cartoncini delle parole, poche parole alla volta

bank-words-read-checked-weekly = Ogni settimana si annotano le parole lette correttamente.

bank-read-card-words-at-bedtime = Prima di andare a letto, leggete insieme { $count } delle parole del cartoncino.

bank-write-sentences-about-picture = { $name } scriverà { $count ->
        [one] una frase
        [many] { $count } di frasi
       *[other] { $count } frasi
    } su un'immagine, con la lettera maiuscola all'inizio e il punto alla fine di ogni frase.

bank-writing-group-sentence-frames = Un piccolo gruppo di scrittura che usa frasi da completare (l'inizio di una frase, da finire)

bank-writing-samples-checked = Alcuni esempi di quello che scrive vengono conservati e controllati ogni due settimane.

bank-talk-about-picture = Parlate insieme di un'immagine e { $gender ->
        [female] aiutatela
        [male] aiutatelo
       *[other] aiutate vostro figlio o vostra figlia
    } a dire una frase ad alta voce prima di scriverla.

bank-read-together-daily = Per favore, leggete con { $name } per { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    } ogni giorno e firmate il diario di lettura.

## Communication and interaction

bank-follow-two-step-instruction = { $name } seguirà un'istruzione in due passaggi data a tutta la classe, senza bisogno che qualcuno glielo ricordi, { $times ->
        [one] { $times } volta
        [many] { $times } volte
       *[other] { $times } volte
    } su { $of }.

bank-instructions-in-short-steps = Le istruzioni vengono date a piccoli passi, con un'immagine che mostra ogni passo.

bank-tally-chart-weekly = Una tabella di conteggio, controllata ogni settimana

bank-two-step-instructions-at-home = A casa, date istruzioni in due passaggi e { $gender ->
        [female] fatele i complimenti
        [male] fategli i complimenti
       *[other] fate i complimenti a vostro figlio o vostra figlia
    } quando le segue.

## Social, emotional and mental health

bank-calm-card = { $name } userà un cartoncino della calma e un angolo della calma invece di urlare, { $days ->
        [one] { $days } giorno
        [many] { $days } giorni
       *[other] { $days } giorni
    } su { $of }.

bank-feelings-check-in = Ogni mattina, un breve momento per dire come ci si sente, con una scala delle emozioni

bank-feelings-scale-at-home = Usate a casa la stessa scala delle emozioni e { $gender ->
        [female] fatele i complimenti
        [male] fategli i complimenti
       *[other] fate i complimenti a vostro figlio o vostra figlia
    } quando chiede una pausa.
