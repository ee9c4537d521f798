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

## Any area

bank-strength-kind-and-helpful = { $name } è gentile e ama aiutare gli adulti e gli altri bambini.

bank-strength-creative = { $name } { $gender ->
        [female] è creativa
        [male] è creativo
       *[other] ha molta fantasia
    } e ama disegnare, creare e costruire.

bank-strength-keeps-trying = { $name } continua a provarci, anche quando un compito è difficile.

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
