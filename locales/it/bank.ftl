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

bank-know-letter-sounds = Tra le lettere e i gruppi di lettere imparati finora in { EN("phonics") } (le lezioni per imparare a leggere partendo dai suoni delle lettere), { $name } saprà dire il suono di { $count } su { $total }.

bank-blend-short-words = { $name } dirà i suoni di parole brevi, come «{ EN("cat") }» e «{ EN("ship") }», e li unirà per leggere la parola. Leggerà bene { $count ->
        [one] { $count } parola
        [many] { $count } di parole
       *[other] { $count } parole
    } su { $total }.

bank-spell-list-words = { $name } scriverà correttamente { $count ->
        [one] { $count } parola
        [many] { $count } di parole
       *[other] { $count } parole
    } su { $total } della sua lista di ortografia, in due verifiche di seguito.

bank-read-page-few-mistakes = { $name } leggerà ad alta voce una pagina del suo libro di lettura, con { $count ->
        [one] un errore al massimo
        [many] { $count } di errori al massimo
       *[other] { $count } errori al massimo
    }.

bank-answer-questions-about-text = { $name } risponderà bene a { $count ->
        [one] { $count } domanda
        [many] { $count } di domande
       *[other] { $count } domande
    } su { $total } riguardo a un breve testo letto con un adulto.

bank-number-bonds-to-ten = { $name } risponderà bene a { $count ->
        [one] { $count } domanda
        [many] { $count } di domande
       *[other] { $count } domande
    } su { $total } sulle coppie di numeri che insieme fanno dieci, senza contare sulle dita.

bank-count-objects-accurately = { $name } conterà correttamente fino a { $count ->
        [one] un oggetto
        [many] { $count } di oggetti
       *[other] { $count } oggetti
    }, toccando ogni oggetto una volta sola e dicendo che l'ultimo numero è il totale.

bank-times-table-facts = { $name } risponderà bene a { $count ->
        [one] { $count } domanda
        [many] { $count } di domande
       *[other] { $count } domande
    } su { $total } sulla tabellina del { $table }, senza scrivere la tabellina.

bank-finger-spaces = { $name } lascerà lo spazio di un dito tra una parola e l'altra in { $count ->
        [one] { $count } frase
        [many] { $count } di frasi
       *[other] { $count } frasi
    } su { $total } scritte in classe.

bank-form-letters-correctly = { $name } scriverà correttamente { $count ->
        [one] { $count } lettera minuscola
        [many] { $count } di lettere minuscole
       *[other] { $count } lettere minuscole
    } su { $total }, iniziando ogni lettera dal punto giusto.

bank-remember-list-in-order = { $name } ricorderà un elenco di { $count ->
        [one] una parola
        [many] { $count } di parole
       *[other] { $count } parole
    } e lo ripeterà nell'ordine giusto.

bank-use-word-mat = { $name } userà il foglio delle parole per controllare come si scrivono le parole, senza bisogno che qualcuno glielo ricordi, in { $times ->
        [one] { $times } compito di scrittura
        [many] { $times } di compiti di scrittura
       *[other] { $times } compiti di scrittura
    } su { $of }.

bank-phonics-catch-up-group = Un gruppo di recupero di { EN("phonics") } (lettura partendo dai suoni delle lettere): brevi incontri in piccolo gruppo, quasi tutti i giorni, per esercitarsi sui suoni delle lettere e unirli per formare parole

bank-paired-reading = Lettura in coppia: un adulto e { $name } leggono insieme un libro ad alta voce, e l'adulto aiuta con le parole difficili

bank-multisensory-spelling = Ortografia con più sensi: ogni parola si impara dicendola, ripassandola con il dito, scrivendola e poi controllandola

bank-maths-with-objects = Matematica con oggetti da prendere in mano e spostare, come gettoni, cubetti e linee dei numeri, per vedere e toccare i numeri

bank-pre-teaching-topic-words = Insegnamento anticipato: le parole nuove dell'argomento della classe vengono insegnate prima della lezione, in piccolo gruppo e con immagini

bank-word-mat-on-table = Un foglio delle parole sul banco: un foglio con parole utili scritte correttamente, da guardare mentre si scrive

bank-task-steps-checklist = Compiti divisi in piccoli passi, con un elenco su cui segnare ogni passo quando è fatto

bank-reading-comprehension-group = Un gruppo di comprensione del testo: leggere brevi testi in piccolo gruppo e parlare di che cosa vogliono dire

bank-i-spy-letter-sounds = Giocate a «Vedo una cosa…» con i suoni delle lettere, per esempio: «Vedo una cosa che comincia con sss».

bank-look-say-cover-write-check = Esercitatevi sulla lista di ortografia con poche parole alla volta: guardare la parola, dirla, coprirla, scriverla e poi controllarla.

bank-count-everyday-things = Contate insieme le cose nella vita di tutti i giorni, come i gradini, i cucchiai a cena o le macchine rosse sulla strada per la scuola.

bank-card-game-make-ten = Fate insieme un gioco di carte: a turno, cercate due carte che sommate fanno dieci.

bank-letter-sounds-checked-half-termly = I suoni delle lettere che { $name } conosce vengono controllati all'inizio del piano e poi due volte a trimestre.

bank-spelling-scores-charted = Un breve dettato di parole ogni settimana, con i punteggi segnati su una tabella.

bank-running-record = Un registro di lettura ogni due settimane: un adulto ascolta { $name } leggere e segna ogni parola letta correttamente.

bank-need-reading-and-spelling = Per { $name } è difficile leggere e scrivere parole nuove, e ricordarle da un giorno all'altro.

bank-strength-memory-for-stories = { $name } ama le storie, le ricorda bene e le racconta volentieri agli altri.

bank-read-longer-words = { $name } leggerà parole più lunghe dividendole in parti, come «{ EN("rab-bit") }» e «{ EN("sun-set") }». Leggerà bene { $count ->
        [one] { $count } parola
        [many] { $count } di parole
       *[other] { $count } parole
    } su { $total }.

bank-spell-words-said-aloud = { $name } scriverà parole brevi dettate da un adulto, come «{ EN("dog") }» e «{ EN("shop") }», dividendole nei loro suoni. Scriverà correttamente { $count ->
        [one] { $count } parola
        [many] { $count } di parole
       *[other] { $count } parole
    } su { $total }.

bank-use-spelling-rule = { $name } userà la regola di ortografia che sta imparando, per esempio aggiungere «{ EN("ing") }» o «{ EN("ed") }» alla fine di una parola. In un dettato di verifica, la userà bene in { $count ->
        [one] { $count } parola
        [many] { $count } di parole
       *[other] { $count } parole
    } su { $total }.

bank-read-words-per-minute = { $name } leggerà correttamente { $words ->
        [one] una parola
        [many] { $words } di parole
       *[other] { $words } parole
    } al minuto, da un libro adatto al suo livello.

bank-retell-story-in-order = { $name } racconterà con parole sue una storia appena letta, nell'ordine giusto, con { $count ->
        [one] un momento importante
        [many] { $count } di momenti importanti
       *[other] { $count } momenti importanti
    } della storia.

bank-plan-writing-with-frame = Prima di scrivere un testo, { $name } lo preparerà su una scheda, scrivendo o disegnando { $count ->
        [one] un'idea
        [many] { $count } di idee
       *[other] { $count } idee
    }.

bank-check-own-writing = { $name } rileggerà un testo appena finito e correggerà senza aiuto almeno { $count ->
        [one] un errore
        [many] { $count } di errori
       *[other] { $count } errori
    }.

bank-letters-on-the-line = { $name } scriverà sulla riga, con le lettere alte e le lettere piccole della grandezza giusta, in { $count ->
        [one] { $count } frase
        [many] { $count } di frasi
       *[other] { $count } frasi
    } su { $total }.

bank-add-and-take-away = { $name } farà addizioni e sottrazioni con i numeri fino a { $limit }, e risponderà bene a { $count ->
        [one] { $count } domanda
        [many] { $count } di domande
       *[other] { $count } domande
    } su { $total }.

bank-tens-and-ones = { $name } dirà quante decine e quante unità ci sono in un numero di due cifre, per { $count ->
        [one] { $count } numero
        [many] { $count } di numeri
       *[other] { $count } numeri
    } su { $total }.

bank-tell-time-on-clock = { $name } leggerà l'ora esatta e la mezz'ora su un orologio con le lancette, e risponderà bene per { $count ->
        [one] { $count } orologio
        [many] { $count } di orologi
       *[other] { $count } orologi
    } su { $total }.

bank-pay-with-coins = { $name } sceglierà le monete giuste per pagare una cosa che costa fino a { $pence ->
        [one] un { EN("penny") }
        [many] { $pence } di { EN("pence") }
       *[other] { $pence } { EN("pence") }
    } (centesimi di sterlina), in { $count ->
        [one] { $count } tentativo
        [many] { $count } di tentativi
       *[other] { $count } tentativi
    } su { $total }.

bank-solve-word-problems = { $name } risolverà { $count ->
        [one] { $count } problema
        [many] { $count } di problemi
       *[other] { $count } problemi
    } su { $total } (domande di matematica raccontate come una breve storia), facendo un disegno o usando degli oggetti per aiutarsi.

bank-work-alone-on-steps = { $name } farà { $gender ->
        [female] da sola
        [male] da solo
       *[other] senza aiuto
    } { $steps ->
        [one] un passaggio
        [many] { $steps } di passaggi
       *[other] { $steps } passaggi
    } di un compito, prima di chiedere a un adulto se va bene.

bank-use-task-board = { $name } userà una tabella delle attività per vedere che cosa deve fare dopo, senza chiedere a un adulto, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-bring-right-things = { $name } porterà a scuola le cose giuste, come il libro di lettura, la borraccia e la tuta per l'educazione fisica, controllandole su un elenco, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-finish-tasks-in-time = { $name } finirà { $count ->
        [one] { $count } compito
        [many] { $count } di compiti
       *[other] { $count } compiti
    } su { $total } nel tempo dato in classe, con l'aiuto di un timer visivo.

bank-decodable-reading-books = Libri di lettura adatti ai suoni che { $name } conosce, così ogni parola si può leggere unendo i suoni delle lettere

bank-reciprocal-reading = { EN("Reciprocal reading") } (lettura reciproca): in un piccolo gruppo, a turno, si prova a indovinare che cosa succederà, si fanno domande, si spiegano le parole difficili e si riassume il testo

bank-spelling-patterns-and-own-list = Ortografia insegnata con gruppi di parole che seguono la stessa regola, e un elenco personale di parole difficili su cui esercitarsi

bank-handwriting-practice-group = Un gruppo di scrittura a mano: pochi minuti di esercizio quasi tutti i giorni, per imparare la forma delle lettere e come unirle

bank-number-facts-daily-practice = Calcoli di base, come le tabelline e le coppie di numeri che fanno dieci, ripassati ogni giorno con brevi giochi, pochi minuti alla volta, perché restino in mente

bank-desk-memory-aids = Aiuti per la memoria sul banco, come una striscia con l'alfabeto, una tabella con i numeri da uno a cento e la tavola pitagorica

bank-small-chunks-of-information = Informazioni date poco alla volta, ripetute e accompagnate da immagini o da parole chiave scritte

bank-visual-timer-on-desk = Un timer visivo sul banco, perché { $name } possa vedere quanto tempo resta per finire un compito

bank-start-then-step-back = Un adulto aiuta { $name } a iniziare un compito, poi si allontana e torna a vedere come va dopo qualche minuto, per imparare a lavorare in autonomia

bank-daily-kit-checklist = Un elenco con immagini delle cose da portare ogni giorno, tenuto nello zaino, e un cassetto con il nome per i libri e il materiale

bank-other-ways-to-record = Altri modi per mettere le idee su carta, come disegnare, fare una mappa mentale, scrivere al computer o dirle a un adulto che le scrive

bank-reader-or-scribe-in-tests = Più tempo nelle verifiche, e un adulto che legge le domande o scrive le risposte quando { $name } ne ha bisogno

bank-play-shops-with-coins = Giocate al negozio con monete vere: lasciate che { $name } paghi e conti il resto.

bank-tell-time-at-home = Durante la giornata guardate insieme un orologio, e chiedete che ore sono all'ora dei pasti o prima di un programma preferito.

bank-pack-bag-night-before = La sera prima, preparate insieme lo zaino per la scuola, con l'elenco con le immagini dato dalla scuola.

bank-memory-games = Fate giochi di memoria, come «Al mercato ho comprato…»: a ogni turno si aggiunge una cosa in più.

bank-write-for-real-reasons = Scrivete insieme per un motivo vero, come la lista della spesa, un biglietto di auguri per un compleanno o un messaggio per un parente.

bank-maths-check-half-termly = Un breve controllo delle abilità di matematica su cui si sta lavorando, all'inizio del piano e poi due volte a trimestre.

bank-reading-speed-timed = Ogni due settimane, un adulto ascolta { $name } leggere un breve brano per un minuto e conta le parole lette correttamente.

bank-tasks-done-alone-counted = Ogni settimana si contano i compiti che { $name } finisce senza l'aiuto di un adulto.

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

bank-answer-who-what-where = { $name } risponderà bene a { $count ->
        [one] { $count } domanda
        [many] { $count } di domande
       *[other] { $count } domande
    } su { $total } che iniziano con «chi», «che cosa» o «dove», riguardo a un'immagine o a una breve storia.

bank-speak-in-longer-sentences = Quando parla di un'immagine con un adulto, { $name } userà frasi di almeno { $words ->
        [one] una parola
        [many] { $words } di parole
       *[other] { $words } parole
    }.

bank-take-turns-in-conversation = In una conversazione con un compagno o una compagna, { $name } parlerà a turno { $turns ->
        [one] una volta
        [many] { $turns } volte
       *[other] { $turns } volte
    }, senza cambiare argomento.

bank-ask-for-help-when-stuck = Quando non sa come andare avanti, { $name } chiederà aiuto, con le parole o con il cartoncino dell'aiuto, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-listen-at-carpet-time = Quando la classe si siede sul tappeto, { $name } resterà { $gender ->
        [female] seduta
        [male] seduto
       *[other] al suo posto
    } ad ascoltare per { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    }, guardando la persona che parla.

bank-learn-topic-words = { $name } imparerà { $count ->
        [one] una parola nuova
        [many] { $count } di parole nuove
       *[other] { $count } parole nuove
    } dell'argomento della classe ogni metà trimestre, e saprà dire che cosa vuol dire ognuna.

bank-say-hello-on-arrival = Quando arriva in classe, { $name } saluterà un adulto e un compagno o una compagna, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-wait-turn-to-speak = In gruppo, { $name } aspetterà il suo turno per parlare, senza interrompere, { $times ->
        [one] { $times } volta
        [many] { $times } volte
       *[other] { $times } volte
    } su { $of }.

bank-say-practised-sound = { $name } pronuncerà con chiarezza il suono su cui si sta esercitando all'inizio delle parole, in { $count ->
        [one] { $count } parola
        [many] { $count } di parole
       *[other] { $count } parole
    } su { $total }.

bank-position-words = { $name } mostrerà di capire { $count ->
        [one] { $count } parola di posizione
        [many] { $count } di parole di posizione
       *[other] { $count } parole di posizione
    } su { $total }, come «dentro», «sopra» e «sotto», mettendo un giocattolo al posto giusto.

bank-move-on-with-visual-timetable = { $name } guarderà l'agenda visiva e passerà all'attività successiva con un solo promemoria al massimo, { $times ->
        [one] { $times } volta
        [many] { $times } volte
       *[other] { $times } volte
    } su { $of }.

bank-play-shared-game = { $name } farà un gioco insieme a un altro bambino o a un'altra bambina per { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    }, con un adulto vicino.

bank-visual-timetable = Un'agenda visiva: immagini sul banco o sul muro che mostrano l'ordine della giornata, perché { $name } sappia che cosa viene dopo

bank-now-and-next-board = Una tabella «adesso e dopo»: due immagini che mostrano l'attività di adesso e quella che viene dopo

bank-social-stories = { EN("Social stories") } (storie sociali): brevi storie con immagini che spiegano una situazione nuova o difficile e che cosa fare

bank-speech-and-language-programme = Un programma di esercizi preparato dal logopedista, da fare con l'assistente di classe in brevi incontri ogni settimana

bank-language-group = Un piccolo gruppo di linguaggio: giochi per imparare ad ascoltare, imparare parole nuove e parlare con frasi complete

bank-colourful-semantics = { EN("Colourful semantics") }: cartoncini di colori diversi per chi, che cosa fa, che cosa e dove, che aiutano a costruire frasi più lunghe

bank-name-first-short-instructions = Gli adulti chiamano { $name } per nome prima di dare un'istruzione, danno un solo passaggio breve alla volta e aspettano la risposta

bank-signs-and-symbols = Segni fatti con le mani e simboli illustrati insieme alle parole, per rendere più facile capire quello che si dice

bank-talk-about-picture-book = Guardate insieme un libro illustrato e parlate di quello che succede in ogni pagina.

bank-name-things-on-walks = Durante una passeggiata o al supermercato, dite insieme i nomi delle cose, e aggiungete una parola nuova ogni volta.

bank-my-turn-your-turn = Fate un gioco semplice a turno, come passarvi una palla facendola rotolare, e dite «tocca a me, tocca a te».

bank-first-then-at-home = A casa usate «prima…, poi…» per mostrare che cosa viene dopo, per esempio: «prima le scarpe, poi il parco».

bank-speech-therapist-checks-each-visit = Il logopedista controlla i progressi a ogni visita e scrive una breve nota.

bank-sentence-samples-half-termly = Un adulto scrive quello che { $name } dice su un'immagine all'inizio del piano e poi due volte a trimestre, per vedere le frasi diventare più lunghe.

bank-group-session-notes = L'adulto che guida il gruppo annota ogni intervento e ogni risposta a ogni incontro, e rilegge gli appunti ogni due settimane.

bank-need-spoken-instructions = Per { $name } è difficile seguire le istruzioni date a voce a tutta la classe, e trovare le parole giuste per spiegare le proprie idee.

bank-say-sound-in-sentences = Parlando con un adulto, { $name } pronuncerà con chiarezza dentro le frasi il suono su cui si sta esercitando, in { $count ->
        [one] { $count } frase
        [many] { $count } di frasi
       *[other] { $count } frasi
    } su { $total }.

bank-hear-sound-differences = { $name } sentirà la differenza tra parole che si somigliano, come «{ EN("key") }» e «{ EN("tea") }», e indicherà l'immagine giusta per { $count ->
        [one] { $count } coppia di parole
        [many] { $count } di coppie di parole
       *[other] { $count } coppie di parole
    } su { $total }.

bank-sort-words-into-groups = { $name } metterà nel gruppo giusto, come animali, cibi o vestiti, { $count ->
        [one] { $count } immagine
        [many] { $count } di immagini
       *[other] { $count } immagini
    } su { $total }, e dirà il nome di ogni gruppo.

bank-describe-an-object = { $name } descriverà un oggetto dicendo { $count ->
        [one] una cosa
        [many] { $count } di cose
       *[other] { $count } cose
    } su di esso, come il colore, la forma, la grandezza o a che cosa serve.

bank-follow-key-word-instructions = { $name } seguirà un'istruzione con { $count ->
        [one] una parola importante
        [many] { $count } di parole importanti
       *[other] { $count } parole importanti
    } da ricordare, come «dammi la palla rossa grande», in { $times ->
        [one] { $times } tentativo
        [many] { $times } di tentativi
       *[other] { $times } tentativi
    } su { $of }.

bank-answer-why-and-how = { $name } risponderà bene a { $count ->
        [one] { $count } domanda
        [many] { $count } di domande
       *[other] { $count } domande
    } su { $total } che iniziano con «perché» o «come», riguardo a una storia o a una cosa successa.

bank-tell-news-in-order = { $name } racconterà a un adulto una cosa successa, per esempio nel fine settimana, con { $count ->
        [one] una frase
        [many] { $count } di frasi
       *[other] { $count } frasi
    } nell'ordine giusto.

bank-tell-story-with-cards = { $name } racconterà una breve storia con l'aiuto delle carte delle storie, con { $count ->
        [one] { $count } parte
        [many] { $count } di parti
       *[other] { $count } parti
    } su { $total } di quelle mostrate sulle carte, come chi, dove, che cosa è successo e come è finita.

bank-start-a-conversation = Durante la ricreazione, { $name } inizierà una conversazione con un altro bambino o un'altra bambina, salutando o facendo una domanda, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-ask-friend-a-question = Quando un compagno o una compagna finisce di parlare, { $name } farà una domanda su quello che ha appena sentito, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-read-feelings-in-pictures = { $name } dirà come si potrebbe sentire una persona in un'immagine, e perché, per { $count ->
        [one] { $count } immagine
        [many] { $count } di immagini
       *[other] { $count } immagini
    } su { $total }.

bank-explain-common-sayings = { $name } spiegherà il vero significato di { $count ->
        [one] { $count } modo di dire
        [many] { $count } di modi di dire
       *[other] { $count } modi di dire
    } su { $total }, come «{ EN("it's raining cats and dogs") }» (piove a catinelle).

bank-keep-comfortable-distance = Quando parla con gli altri, { $name } starà a circa un braccio di distanza, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-cope-with-change-to-routine = Quando c'è un cambiamento nella giornata, mostrato prima sull'agenda visiva, { $name } { $gender ->
        [female] resterà calma
        [male] resterà calmo
       *[other] manterrà la calma
    }, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-ask-with-picture-cards = Durante la giornata, { $name } userà un cartoncino con un'immagine o un segno fatto con le mani per chiedere { $count ->
        [one] una cosa
        [many] { $count } di cose diverse
       *[other] { $count } cose diverse
    }, come da bere, aiuto o di andare in bagno.

bank-join-activity-chosen-by-others = { $name } parteciperà per { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    } a un'attività scelta da un'altra persona, prima di tornare alla sua attività preferita.

bank-speak-up-in-small-group = In un piccolo gruppo, { $name } risponderà a una domanda o dirà un'idea di sua iniziativa, almeno { $times ->
        [one] una volta
        [many] { $times } di volte
       *[other] { $times } volte
    } a settimana.

bank-say-what-helps-when-talking = { $name } dirà { $count ->
        [one] una cosa che aiuta
        [many] { $count } di cose che aiutano
       *[other] { $count } cose che aiutano
    } quando parlare è difficile, come avere più tempo, e ne parlerà con l'insegnante di classe.

bank-wait-time-to-answer = Tempo per rispondere: dopo una domanda, gli adulti aspettano circa dieci secondi, perché { $name } possa pensare e rispondere

bank-model-and-expand-sentences = Gli adulti ripetono quello che { $name } dice con una frase corretta e un po' più lunga, senza chiedere di ripeterla

bank-word-webs = Reti di parole: ogni parola nuova viene collegata ai suoi suoni, al suo significato, a un'immagine e a parole simili, per ricordarla meglio

bank-brick-building-group = Un gruppo di costruzioni con i mattoncini: un piccolo gruppo costruisce un modellino insieme, e ogni bambino ha un compito (trovare i mattoncini, costruire o dare le istruzioni), per esercitarsi a parlare e a lavorare insieme

bank-intensive-interaction = { EN("Intensive interaction") } (interazione intensiva): durante il gioco, un adulto segue { $name } e ne imita i suoni e i gesti, per condividere l'attenzione e il divertimento

bank-quiet-workstation = Una postazione di lavoro tranquilla: un banco lontano dalle distrazioni, con i compiti messi in ordine, per lavorare in autonomia

bank-comic-strip-conversations = { EN("Comic strip conversations") } (conversazioni a fumetti): semplici disegni con le nuvolette per le parole e per i pensieri, per parlare di che cosa è successo e di che cosa pensavano le persone

bank-warn-before-changes = Avvisi prima dei cambiamenti: i cambiamenti nella giornata sono mostrati in anticipo sull'agenda visiva, e c'è un conto alla rovescia prima della fine di un'attività

bank-stammering-friendly-talk = Un modo di parlare che aiuta chi balbetta: gli adulti aspettano che { $name } finisca di parlare, senza finire le parole al posto suo, e decidono insieme come rispondere all'appello e alle domande in classe

bank-talking-partner = Un compagno di conversazione: un compagno o una compagna di classe con cui parlare delle idee prima di rispondere davanti a tutta la classe

bank-communication-passport = Un passaporto della comunicazione: un breve libretto, preparato con la famiglia, che spiega al personale della scuola come comunica { $name } e che cosa aiuta

bank-lunchtime-club-structured-play = Un club all'ora di pranzo: giochi in piccolo gruppo con un adulto che aiuta i bambini a giocare insieme

bank-speech-sound-games-from-therapist = Fate ogni giorno, per qualche minuto, i giochi sui suoni dati dal logopedista, e fate i complimenti per ogni tentativo.

bank-talk-at-mealtimes = Durante i pasti spegnete gli schermi e parlate insieme della giornata.

bank-prepare-for-changes = Prima di un cambiamento, come una visita o una gita, mostrate a { $name } delle foto o raccontate una breve storia su che cosa succederà.

bank-give-time-to-talk = Quando per { $name } è difficile parlare, aspettate con calma, continuate a { $gender ->
        [female] guardarla
        [male] guardarlo
       *[other] guardare vostro figlio o vostra figlia
    } e lasciate che finisca di parlare, senza finire le parole al posto suo.

bank-describe-and-guess = Giocate a «descrivi e indovina»: a turno, uno descrive una cosa che si trova nella stanza e gli altri indovinano che cos'è.

bank-new-words-checked-with-pictures = Le parole nuove che { $name } conosce vengono controllate con delle immagini all'inizio e alla fine del piano.

bank-conversations-noted-weekly = Ogni settimana un adulto annota quanto spesso { $name } inizia una conversazione o si unisce a una conversazione, in classe e durante il gioco.

bank-playtime-observation = Ogni due settimane un adulto osserva la ricreazione e annota con chi gioca { $name } e come.

bank-social-communication-checklist = All'inizio e alla fine del piano, il personale della scuola e la famiglia compilano un breve elenco delle abilità di comunicazione sociale.

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

bank-name-feelings = { $name } saprà dare il nome a { $count ->
        [one] un'emozione
        [many] { $count } di emozioni
       *[other] { $count } emozioni
    }, come felicità, tristezza, rabbia e preoccupazione, e abbinerà ognuna a un'immagine.

bank-calm-again-within-minutes = Quando si agita, { $name } { $gender ->
        [female] tornerà calma
        [male] tornerà calmo
       *[other] ritroverà la calma
    } entro { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    }, con l'aiuto di un adulto.

bank-use-break-card = Quando si agita, { $name } mostrerà il cartoncino della pausa per chiedere una breve pausa, invece di uscire dall'aula, { $times ->
        [one] { $times } volta
        [many] { $times } volte
       *[other] { $times } volte
    } su { $of }.

bank-start-task-when-asked = { $name } inizierà un compito entro { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    } dalla richiesta, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-join-playtime-game = Durante la ricreazione, { $name } giocherà con altri bambini, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-safe-hands-at-playtime = Durante la ricreazione, { $name } non farà male a nessuno con le mani o con i piedi, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-lose-a-game-calmly = Quando perde, { $name } { $gender ->
        [female] resterà calma
        [male] resterà calmo
       *[other] manterrà la calma
    } e dirà «bravo!» a chi ha vinto, in { $times ->
        [one] { $times } partita
        [many] { $times } di partite
       *[other] { $times } partite
    } su { $of }.

bank-say-good-things-about-self = All'incontro di ogni settimana, { $name } dirà { $count ->
        [one] una cosa bella
        [many] { $count } di cose belle
       *[other] { $count } cose belle
    } su { $gender ->
        [female] se stessa
        [male] se stesso
       *[other] se stesso o se stessa
    }.

bank-come-into-class-calmly = Al mattino, { $name } saluterà sulla porta ed entrerà in classe con calma, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-follow-request-after-reminder = { $name } farà quello che un adulto chiede con un solo promemoria al massimo, { $times ->
        [one] { $times } volta
        [many] { $times } volte
       *[other] { $times } volte
    } su { $of }.

bank-stay-in-lesson = { $name } resterà in aula per tutta la lezione, facendo una pausa concordata se serve, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-sort-out-falling-out = Quando litiga con un compagno o una compagna, { $name } userà le parole, non le mani, per fare pace, con l'aiuto di un adulto se serve, { $times ->
        [one] { $times } volta
        [many] { $times } volte
       *[other] { $times } volte
    } su { $of }.

bank-feelings-traffic-light = Un semaforo delle emozioni: cartoncini verde, giallo e rosso per mostrare come si sente { $name }, con un piano di che cosa aiuta per ogni colore

bank-nurture-group = Un { EN("nurture group") } (gruppo di accoglienza): un piccolo gruppo tranquillo, con un adulto che { $name } conosce bene, per una parte della giornata, per acquistare fiducia e fare amicizia

bank-emotional-literacy-support = Aiuto per capire le emozioni: un incontro ogni settimana con un assistente di classe preparato, per parlare di quello che si prova ed esercitarsi ad affrontarlo

bank-social-skills-group = Un gruppo per le abilità sociali: giochi in piccolo gruppo per esercitarsi a condividere, aspettare il proprio turno e saper perdere

bank-calm-space-with-timer = Uno spazio tranquillo in classe o lì vicino, per una breve pausa con una clessidra, e poi di nuovo al lavoro

bank-meet-and-greet = Accoglienza del mattino: ogni mattina un adulto conosciuto dà il benvenuto a { $name } alla porta e { $gender ->
        [female] la aiuta
        [male] lo aiuta
       *[other] dà una mano
    } a iniziare la giornata con calma

bank-praise-and-reward-chart = Lodi chiare per le scelte giuste, e una tabella dei premi con piccoli obiettivi decisi insieme a { $name }

bank-restorative-conversations = Conversazioni per rimediare: dopo un problema, un adulto aiuta ogni bambino a dire che cosa è successo, come si è sentito e come rimediare

bank-best-part-of-the-day = Prima di andare a letto, chiedete qual è stato il momento più bello della giornata e che cosa è stato difficile, e ascoltate con calma.

bank-slow-breathing-together = Quando tutti sono tranquilli, esercitatevi insieme a respirare lentamente: inspirare contando fino a quattro, poi espirare contando fino a quattro.

bank-praise-effort-at-home = Fate caso a quando { $name } si impegna o fa un gesto gentile, e { $gender ->
        [female] ditele
        [male] ditegli
       *[other] dite a vostro figlio o vostra figlia
    } con precisione che cosa è andato bene.

bank-tell-school-about-changes = Informate la scuola dei cambiamenti a casa, come un trasloco, la nascita di un fratellino o di una sorellina, o un lutto, così il personale può aiutare.

bank-difficult-moments-record = Un registro dei momenti difficili (che cosa è successo prima, che cosa ha fatto { $name } e che cosa è successo dopo), esaminato ogni settimana.

bank-feelings-questionnaire = Un breve questionario sulle emozioni, compilato con { $name } all'inizio e alla fine del piano.

bank-daily-smiley-chart = Una tabella giornaliera con una faccina sorridente per ogni parte della giornata, condivisa con la famiglia ed esaminata ogni venerdì.

bank-need-managing-feelings = Per { $name } è difficile gestire le emozioni forti e calmarsi quando si agita.

bank-share-a-worry = { $name } racconterà una preoccupazione a un adulto di fiducia, parlando, disegnando o usando la scatola delle preoccupazioni, almeno { $times ->
        [one] una volta
        [many] { $times } di volte
       *[other] { $times } volte
    } a settimana.

bank-use-calm-plan = Quando è { $gender ->
        [female] preoccupata
        [male] preoccupato
       *[other] in ansia
    }, { $name } userà un'idea del suo piano della calma, come respirare lentamente o stringere una pallina morbida, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-speak-to-adults-in-school = { $name } parlerà con { $count ->
        [one] un adulto
        [many] { $count } di adulti
       *[other] { $count } adulti
    } a scuola, cominciando da un adulto che conosce bene, in un posto tranquillo.

bank-try-something-new = Ogni metà trimestre, { $name } proverà { $count ->
        [one] un'attività nuova
        [many] { $count } di attività nuove
       *[other] { $count } attività nuove
    }, come un club o un gioco nuovo, con vicino un adulto che conosce bene.

bank-notice-early-signs-of-anger = { $name } si accorgerà dei primi segnali della rabbia, come il viso caldo o i pugni stretti, e lo dirà a un adulto, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-help-put-things-right = Dopo un problema, { $name } parlerà con calma con un adulto e proporrà un modo per rimediare, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-attend-school-per-cent = In questo trimestre, { $name } sarà presente a scuola almeno { $percent } giorni su cento.

bank-time-in-class-each-day = { $name } passerà { $hours ->
        [one] un'ora
        [many] { $hours } di ore
       *[other] { $hours } ore
    } al giorno in classe, e il resto della giornata in uno spazio tranquillo, con un adulto che conosce bene.

bank-settle-after-playtime = Dopo la ricreazione, { $name } rientrerà in classe e { $gender ->
        [female] sarà seduta tranquilla
        [male] sarà seduto tranquillo
       *[other] si siederà con calma
    } al suo banco entro { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    }, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-invite-someone-to-play = { $name } chiederà a un altro bambino o a un'altra bambina di giocare insieme, almeno { $times ->
        [one] una volta
        [many] { $times } di volte
       *[other] { $times } volte
    } a settimana.

bank-kind-things-for-others = Ogni giorno, { $name } farà { $count ->
        [one] un gesto gentile
        [many] { $count } di gesti gentili
       *[other] { $count } gesti gentili
    } per gli altri bambini, come condividere o aiutare, e un adulto se ne accorgerà.

bank-have-a-go-at-hard-tasks = { $name } proverà a fare un compito difficile, dicendo «posso provarci» invece di rifiutarsi, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-cope-with-mistakes = Quando qualcuno fa notare un errore, { $name } { $gender ->
        [female] resterà calma
        [male] resterà calmo
       *[other] manterrà la calma
    } e lo correggerà, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-share-work-with-pride = { $name } mostrerà a un adulto o alla classe un lavoro di cui è { $gender ->
        [female] orgogliosa
        [male] orgoglioso
       *[other] orgoglioso o orgogliosa
    }, almeno { $times ->
        [one] una volta
        [many] { $times } di volte
       *[other] { $times } volte
    } a settimana.

bank-stay-on-task-with-timer = { $name } lavorerà a un compito per { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    }, con un timer visivo, prima di una breve pausa programmata.

bank-back-to-work-after-signal = Dopo un segnale silenzioso di un adulto, come un colpetto sul banco, { $name } tornerà al lavoro, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-walk-in-line-safely = { $name } si metterà in fila e camminerà con la classe senza pericoli, restando nella fila, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-visit-new-class = Prima del passaggio, { $name } farà { $count ->
        [one] una visita
        [many] { $count } di visite
       *[other] { $count } visite
    } alla nuova classe o alla nuova scuola, e dirà una cosa che non vede l'ora di fare.

bank-key-adult = Un adulto di fiducia: un adulto indicato per nome, a cui { $name } può rivolgersi, che ogni giorno chiede come va e tiene i contatti con la famiglia

bank-worry-box = Una scatola o un quaderno delle preoccupazioni, dove { $name } può mettere le sue preoccupazioni, per parlarne più tardi con un adulto

bank-personal-calm-plan = Un piano della calma preparato con { $name }: i primi segnali di agitazione o di rabbia, che cosa aiuta e dove andare per calmarsi

bank-emotion-coaching = { EN("Emotion coaching") } (accompagnare le emozioni): gli adulti prima danno un nome all'emozione e mostrano di capirla, poi aiutano a decidere che cosa fare

bank-gradual-return-plan = Un piano per aumentare poco alla volta il tempo passato a scuola, con uno spazio tranquillo e un adulto conosciuto, deciso con la famiglia e controllato spesso

bank-attendance-support-meeting = Aiuto per la frequenza: una telefonata a casa il primo giorno di assenza, e un incontro con la famiglia per decidere che cosa può aiutare

bank-quiet-signal-to-refocus = Un segnale silenzioso concordato con { $name }, come una mano appoggiata sul banco, per riportare l'attenzione sul compito senza rimproveri

bank-transition-visits-and-booklet = Aiuto per il passaggio: visite in più alla nuova classe o alla nuova scuola, e un libretto con le foto delle nuove aule e del nuovo personale, da guardare durante le vacanze

bank-circle-of-friends = { EN("Circle of friends") } (cerchio di amici): un piccolo gruppo di compagni di classe che si incontra ogni settimana con un adulto e decide come aiutare { $name } in classe e durante il gioco

bank-playground-buddies = Amici del cortile: bambini più grandi, preparati apposta, che aiutano con i giochi e le amicizie durante la ricreazione

bank-class-job-for-confidence = Un incarico in classe, come distribuire i libri o occuparsi delle piante, per acquistare fiducia e sentirsi parte della classe

bank-mental-health-support-team = Brevi incontri per parlare con il consulente psicologico della scuola ({ EN("school counsellor") }) o con la squadra per la salute mentale che lavora con la scuola

bank-calm-morning-routine = Fate in modo che le mattine siano tranquille e sempre uguali, con una sequenza di immagini per prepararsi per la scuola.

bank-regular-bedtime-screens-off = Tenete un orario fisso per andare a letto, e spegnete gli schermi un'ora prima di dormire.

bank-invite-friend-to-play = Invitate un compagno o una compagna di classe a giocare a casa o al parco, all'inizio per poco tempo.

bank-worry-time = Stabilite un momento per le preoccupazioni: ogni giorno qualche minuto per parlarne, e poi fate insieme qualcosa di piacevole.

bank-small-jobs-at-home = Date a { $name } un piccolo incarico a casa, come apparecchiare la tavola, e dite grazie quando è fatto.

bank-talk-about-new-class = Durante le vacanze, guardate insieme il libretto e le foto della scuola, e parlate della nuova classe.

bank-attendance-checked-weekly = Le presenze e i ritardi vengono controllati ogni settimana e comunicati alla famiglia.

bank-weekly-feelings-rating = Ogni settimana { $name } sceglie una faccina su una scala delle emozioni per mostrare come si sente a scuola, e le risposte vengono confrontate nel corso del piano.

bank-time-on-task-recorded = In due lezioni alla settimana, un adulto misura per quanto tempo { $name } lavora a un compito senza interrompersi, e lo annota.

bank-home-school-book = Un quaderno scuola-famiglia: ogni giorno una breve nota della scuola, e della famiglia quando ci sono novità, da guardare insieme alla revisione del piano.

bank-midday-staff-notes = Ogni settimana il personale della mensa scrive una breve nota su come sono andate la ricreazione e l'ora di pranzo.

## Sensory and physical

bank-pencil-grip = { $name } terrà la matita con la presa a tre dita (tra il pollice e due dita) per { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    } di scrittura.

bank-put-on-coat = { $name } si metterà il cappotto e chiuderà la cerniera senza aiuto, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-change-for-pe = { $name } si cambierà per l'educazione fisica senza aiuto in { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    } o meno.

bank-cut-along-line = { $name } taglierà con le forbici lungo una linea spessa, restando vicino alla linea, { $times ->
        [one] { $times } volta
        [many] { $times } volte
       *[other] { $times } volte
    } su { $of }.

bank-balance-on-one-leg = { $name } starà in equilibrio su una gamba, prima su una e poi sull'altra, per { $seconds ->
        [one] un secondo
        [many] { $seconds } di secondi
       *[other] { $seconds } secondi
    }.

bank-wear-hearing-aids = { $name } porterà gli apparecchi acustici per tutta la giornata a scuola, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-say-when-not-heard = { $name } dirà a un adulto quando non ha sentito o visto bene qualcosa, con le parole o con un cartoncino, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-use-large-print = { $name } userà i caratteri grandi o una lente d'ingrandimento per leggere il lavoro in classe, senza bisogno che qualcuno glielo ricordi, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-find-way-around-school = { $name } andrà { $gender ->
        [female] da sola
        [male] da solo
       *[other] senza aiuto
    } dalla classe al salone, ai bagni e al cortile, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-write-words-in-time = { $name } scriverà { $words ->
        [one] una parola
        [many] { $words } di parole
       *[other] { $words } parole
    } in { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    }, con lettere facili da leggere.

bank-ask-for-movement-break = Quando non riesce a stare { $gender ->
        [female] ferma
        [male] fermo
       *[other] al suo posto
    }, { $name } mostrerà un cartoncino per chiedere una pausa per muoversi, invece di alzarsi dal posto, { $times ->
        [one] { $times } volta
        [many] { $times } volte
       *[other] { $times } volte
    } su { $of }.

bank-stay-in-assembly = Durante l'assemblea di tutta la scuola ({ EN("assembly") }), { $name } resterà nel salone per { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    }, con le cuffie antirumore se servono.

bank-fine-motor-group = Un gruppo per la motricità fine: brevi attività come infilare perline, usare le mollette e il { EN("dough disco") } (schiacciare e arrotolare la pasta da modellare a ritmo di musica), per rinforzare le mani

bank-therapy-exercise-programme = Un programma di esercizi del terapista occupazionale o del fisioterapista, da fare con l'assistente di classe

bank-radio-aid = Un sistema FM: l'insegnante porta un piccolo microfono che manda la voce direttamente negli apparecchi acustici di { $name }

bank-seat-near-the-front = Un posto nelle prime file, di fronte all'insegnante, con una buona luce e lontano dal rumore

bank-large-print-materials = Schede e libri a caratteri grandi e ben contrastati, preparati con i consigli del servizio di supporto per chi ha problemi di vista o di udito

bank-sensory-circuit = Un percorso sensoriale: una breve serie di attività di movimento ogni mattina, per aiutare { $name } a sentirsi { $gender ->
        [female] calma e pronta a imparare
        [male] calmo e pronto a imparare
       *[other] in calma e pronto o pronta a imparare
    }

bank-movement-breaks = Pause di movimento programmate: piccoli incarichi o esercizi durante le lezioni, come portare un messaggio in segreteria

bank-ear-defenders-and-quiet-place = Cuffie antirumore, e un posto tranquillo dove andare quando in classe c'è troppo rumore

bank-finger-games-at-home = Fate giochi con piccoli movimenti delle dita, come infilare perline, costruire con mattoncini piccoli o stendere il bucato con le mollette.

bank-dressing-practice = Al mattino, lasciate a { $name } il tempo di vestirsi { $gender ->
        [female] da sola
        [male] da solo
       *[other] senza aiuto
    }, e aiutate solo nella parte più difficile.

bank-check-hearing-aids-daily = Prima della scuola, controllate che gli apparecchi acustici funzionino, e mettete delle pile di ricambio nello zaino.

bank-active-play-at-the-park = Andate insieme al parco e giocate sulle strutture per arrampicarsi, sulle altalene e su tutto quello che richiede equilibrio.

bank-therapist-checks-goals = Il terapista occupazionale o il fisioterapista controlla i progressi a ogni visita, in base agli obiettivi che ha fissato.

bank-time-taken-recorded-weekly = Il tempo che serve per un compito, come cambiarsi per l'educazione fisica, viene annotato ogni settimana, per vedere se diminuisce.

bank-specialist-teacher-report = L'insegnante specializzato del servizio di supporto per chi ha problemi di vista o di udito osserva una lezione due volte a trimestre e scrive una breve relazione.

bank-need-fine-motor-skills = Per { $name } sono difficili la scrittura a mano, il ritaglio e altri lavori che richiedono movimenti piccoli e precisi della mano (motricità fine).

bank-check-own-hearing-aids = Ogni mattina, { $name } controllerà i suoi apparecchi acustici con un adulto e dirà se il suono è giusto, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-hand-over-radio-aid = All'inizio della lezione, { $name } darà all'insegnante il microfono del sistema FM, senza bisogno che qualcuno glielo ricordi, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-read-braille-words = { $name } leggerà correttamente in braille { $count ->
        [one] { $count } parola
        [many] { $count } di parole
       *[other] { $count } parole
    } su { $total }.

bank-walk-with-walking-aid = { $name } userà un ausilio per camminare per andare dalla classe al salone e tornare, con un adulto vicino, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-ask-for-rest-or-change-of-position = { $name } dirà a un adulto quando ha bisogno di riposare o di cambiare posizione, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-use-stairs-safely = { $name } salirà e scenderà le scale senza pericoli, un piede su ogni gradino e tenendosi al corrimano, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-catch-a-ball = { $name } prenderà al volo una palla grande lanciata piano da { $steps ->
        [one] un passo
        [many] { $steps } di passi
       *[other] { $steps } passi
    } di distanza, in { $times ->
        [one] { $times } lancio
        [many] { $times } di lanci
       *[other] { $times } lanci
    } su { $of }.

bank-hop-on-each-foot = { $name } farà { $times ->
        [one] un saltello
        [many] { $times } di saltelli
       *[other] { $times } saltelli
    } su un piede, prima su uno e poi sull'altro, senza cadere.

bank-do-up-buttons = { $name } abbottonerà { $count ->
        [one] un bottone
        [many] { $count } di bottoni
       *[other] { $count } bottoni
    } di una camicia o di un cardigan senza aiuto.

bank-type-words-per-minute = { $name } scriverà al computer { $words ->
        [one] una parola
        [many] { $words } di parole
       *[other] { $words } parole
    } al minuto, usando tutte e due le mani.

bank-use-knife-and-fork = A pranzo, { $name } userà coltello e forchetta per tagliare i cibi morbidi, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-open-lunch-items = { $name } aprirà senza aiuto { $count ->
        [one] { $count } confezione
        [many] { $count } di confezioni
       *[other] { $count } confezioni
    } su { $total } del suo pranzo al sacco, come pacchetti e vasetti.

bank-try-new-foods = Ogni metà trimestre, a pranzo, { $name } proverà { $count ->
        [one] un cibo nuovo
        [many] { $count } di cibi nuovi
       *[other] { $count } cibi nuovi
    }: ogni cibo potrà guardarlo, toccarlo, annusarlo o assaggiarlo.

bank-join-messy-play = { $name } parteciperà per { $minutes ->
        [one] un minuto
        [many] { $minutes } di minuti
       *[other] { $minutes } minuti
    } a un'attività in cui ci si sporca, come dipingere o cucinare, con i guanti se vuole.

bank-use-sensory-tools = Per mantenere la calma, { $name } userà un oggetto del suo kit sensoriale, come un cuscino di equilibrio o qualcosa da tenere tra le mani, in { $times ->
        [one] { $times } lezione
        [many] { $times } di lezioni
       *[other] { $times } lezioni
    } su { $of }.

bank-know-signs-of-feeling-unwell = { $name } saprà dire { $count ->
        [one] un segnale che mostra
        [many] { $count } di segnali che mostrano
       *[other] { $count } segnali che mostrano
    } che ha bisogno di aiuto per il suo problema di salute, come tremare o avere il fiato corto, e a quale adulto dirlo.

bank-help-with-own-medical-care = { $name } farà una parte delle sue cure, come misurare lo zucchero nel sangue, con un adulto che guarda, { $days ->
        [one] { $days } giorno
        [many] { $days } di giorni
       *[other] { $days } giorni
    } su { $of }.

bank-ask-for-toilet-in-time = { $name } chiederà in tempo di andare in bagno, con le parole o con un cartoncino, con al massimo { $count ->
        [one] un piccolo incidente
        [many] { $count } di piccoli incidenti
       *[other] { $count } piccoli incidenti
    } a settimana.

bank-wash-hands-after-toilet = Dopo aver usato il bagno, { $name } si laverà e asciugherà le mani senza bisogno che qualcuno glielo ricordi, { $times ->
        [one] { $times } volta
        [many] { $times } di volte
       *[other] { $times } volte
    } su { $of }.

bank-deaf-friendly-teaching = Un insegnamento adatto ai bambini sordi: l'insegnante parla guardando la classe, le parole chiave sono scritte alla lavagna e i video hanno i sottotitoli

bank-braille-teaching = Lezioni di braille con un insegnante specializzato, e il lavoro di classe preparato in braille prima di ogni lezione

bank-mobility-training = Lezioni di orientamento e mobilità con uno specialista, per imparare a muoversi nella scuola e a trovare la strada in autonomia e senza pericoli

bank-sloped-board-and-pencil-grip = Un piano inclinato per scrivere e un impugnatore di gomma per la matita, per scrivere con più facilità e più comodità

bank-typing-for-longer-writing = Un computer portatile o un tablet per i testi più lunghi, con esercizi di scrittura al computer ogni settimana

bank-moving-and-handling-plan = Un piano per gli spostamenti, scritto con il fisioterapista, per sollevare, spostare e cambiare posizione in modo sicuro, seguito da personale preparato

bank-gross-motor-group = Un gruppo di movimento: brevi incontri con giochi di equilibrio, salti, lanci e prese, per rinforzare i muscoli e la coordinazione

bank-sensory-diet = Una «dieta sensoriale» ({ EN("sensory diet") }): attività programmate durante la giornata, come portare oggetti, spingere o stare un po' in tranquillità, decise dal terapista occupazionale, per aiutare { $name } a { $gender ->
        [female] restare calma e attenta
        [male] restare calmo e attento
       *[other] mantenere la calma e l'attenzione
    }

bank-sensory-tool-kit = Un kit sensoriale: oggetti come un cuscino di equilibrio, un gioco da tenere tra le mani e qualcosa di sicuro da masticare, per aiutare { $name } a mantenere la calma durante le lezioni

bank-individual-health-care-plan = Un piano sanitario individuale, scritto con la famiglia e con l'infermiere scolastico, che dice che cosa fa il personale ogni giorno e in caso di emergenza

bank-staff-medical-training = Personale preparato a dare le medicine e ad aiutare con il problema di salute, per esempio a usare un inalatore o una penna di adrenalina

bank-intimate-care-plan = Un piano per l'igiene personale concordato con la famiglia: una routine riservata e programmata per andare in bagno e cambiarsi, con persone del personale indicate per nome

bank-toilet-timetable = Promemoria per andare in bagno a orari fissi durante la giornata, e un cartoncino per chiedere in qualsiasi momento

bank-lunchtime-eating-support = Aiuto all'ora di pranzo: un posto più tranquillo dove mangiare, il cibo tagliato se serve e un adulto che incoraggia ad assaggiare cibi nuovi

bank-throw-and-catch = Giocate a lanciare e prendere una palla grande e morbida, e allontanatevi un po' alla volta quando diventa più facile.

bank-help-in-the-kitchen = Lasciate che { $name } vi aiuti in cucina a mescolare, versare, spalmare e tagliare cibi morbidi.

bank-new-food-next-to-favourite = Mettete un po' di un cibo nuovo accanto a un cibo preferito, senza insistere, e fate i complimenti quando lo guarda, lo tocca o lo assaggia.

bank-toilet-routine-at-home = A casa tenete orari regolari per andare in bagno, per esempio dopo i pasti, con le stesse parole e le stesse immagini della scuola.

bank-therapy-exercises-at-home = Fate insieme, alcune volte a settimana, gli esercizi dati dal fisioterapista o dal terapista occupazionale.

bank-update-school-on-health = Informate la scuola di ogni cambiamento nella salute o nelle medicine, e controllate che le medicine tenute a scuola non siano scadute.

bank-glasses-every-day = Fate in modo che { $name } porti ogni giorno gli occhiali a scuola, ben puliti.

bank-hearing-aid-check-log = Il controllo degli apparecchi acustici fatto ogni mattina viene annotato ogni giorno, con gli eventuali problemi, e riletto ogni settimana.

bank-toileting-chart = Una tabella per il bagno: ogni giorno si annotano le volte in cui è andato tutto bene e i piccoli incidenti, e la tabella viene esaminata ogni settimana.

bank-foods-tried-record = Il personale della mensa annota i cibi che { $name } assaggia.

bank-movement-skills-check = Un breve controllo delle abilità di movimento, come stare in equilibrio, saltare su un piede e prendere una palla, all'inizio e alla fine del piano.

bank-medical-log = Un registro delle medicine date e delle volte in cui { $name } { $gender ->
        [female] è stata male
        [male] è stato male
       *[other] ha avuto un malessere
    }, esaminato due volte a trimestre con la famiglia e con l'infermiere scolastico.

## Any area

bank-strength-kind-and-helpful = { $name } è gentile e ama aiutare gli adulti e gli altri bambini.

bank-strength-creative = { $name } { $gender ->
        [female] è creativa
        [male] è creativo
       *[other] ha molta fantasia
    } e ama disegnare, creare e costruire.

bank-strength-keeps-trying = { $name } continua a provarci, anche quando un compito è difficile.

bank-pupil-views-before-review = Prima di ogni revisione del piano, si chiede a { $name } che cosa sta andando bene e che cosa è difficile, e si scrivono le risposte.

bank-termly-review-meeting = Ogni trimestre, un incontro con la famiglia per guardare insieme gli obiettivi e decidere i prossimi passi.

## Assessments

bank-reading-and-spelling-assessment = Una valutazione della lettura e dell'ortografia

bank-maths-assessment = Una valutazione di matematica, per capire quali abilità con i numeri hanno bisogno di più esercizio

bank-dyslexia-screening = Uno screening per la dislessia: un breve controllo della lettura, dell'ortografia e della memoria

bank-educational-psychologist-assessment = Una valutazione da parte dello psicologo scolastico

bank-speech-and-language-assessment = Una valutazione da parte del logopedista

bank-autism-assessment-referral = Una richiesta al servizio sanitario locale per una valutazione dell'autismo

bank-mental-health-assessment = Una valutazione da parte del { EN("CAMHS") }, il servizio locale di salute mentale per bambini e ragazzi

bank-hearing-test-audiology = Un esame dell'udito presso il servizio di audiologia

bank-eye-clinic-assessment = Un controllo della vista presso l'ambulatorio oculistico dell'ospedale

bank-occupational-therapy-assessment = Una valutazione del movimento, della scrittura a mano e dell'autonomia nella cura di sé (vestirsi, mangiare, lavarsi), da parte del terapista occupazionale

bank-specialist-teacher-learning-assessment = Una valutazione della lettura, della scrittura, della matematica e della memoria da parte dell'insegnante specializzato nelle difficoltà di apprendimento

bank-handwriting-speed-check = Un controllo della velocità di scrittura a mano, per vedere se possono aiutare più tempo o la scrittura al computer

bank-autism-outreach-observation = Un'osservazione in classe e durante il gioco da parte del servizio esterno per l'autismo ({ EN("autism outreach team") }), con consigli per il personale della scuola

bank-stammering-assessment = Una valutazione da parte di un logopedista che lavora con i bambini che balbettano

bank-adhd-assessment-referral = Una richiesta al servizio sanitario locale per una valutazione dell'ADHD (disturbo da deficit di attenzione e iperattività)

bank-behaviour-support-observation = Un'osservazione in classe da parte del servizio di supporto per il comportamento, con consigli per il personale della scuola

bank-physiotherapy-assessment = Una valutazione del movimento, dell'equilibrio e della forza da parte del fisioterapista

bank-functional-vision-assessment = Una valutazione da parte dell'insegnante specializzato per bambini con problemi di vista, per capire come { $name } usa la vista in classe

bank-paediatrician-referral = Una richiesta di visita dal pediatra del servizio sanitario locale ({ EN("community paediatrician") }), un medico dei bambini che controlla la salute e lo sviluppo

bank-early-help-assessment = Una valutazione per il sostegno precoce alle famiglie ({ EN("Early Help") }), che riunisce la famiglia e i servizi locali per decidere quale aiuto serve

bank-ehc-needs-assessment = Una richiesta all'ente locale per una valutazione dei bisogni di istruzione, salute e assistenza, che può portare a un piano per istruzione, salute e assistenza ({ EN("EHC plan") })
