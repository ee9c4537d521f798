# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "dumneavoastră" (as in iep.ftl). A word card is "cartonașul cu
# cuvinte"; numbers of twenty and more take "de" (CLDR other).

## Cognition and learning

bank-read-common-words = { $name } va citi { $count } dintre cuvintele uzuale de pe cartonașul său cu cuvinte (din totalul de { $total }), la două verificări făcute la o săptămână distanță.

bank-precision-teaching = { EN("Precision teaching") }: câteva minute de exerciții în fiecare zi, cu cartonașe cu cuvinte, câte câteva cuvinte o dată

bank-words-read-checked-weekly = Cuvintele citite corect sunt notate în fiecare săptămână.

bank-read-card-words-at-bedtime = Citiți împreună, înainte de culcare, { $count ->
        [one] un cuvânt
        [few] { $count } cuvinte
       *[other] { $count } de cuvinte
    } de pe cartonaș.

bank-write-sentences-about-picture = { $name } va scrie { $count ->
        [one] o propoziție
        [few] { $count } propoziții
       *[other] { $count } de propoziții
    } despre o imagine, fiecare cu literă mare la început și cu punct la sfârșit.

bank-writing-group-sentence-frames = Un grup mic de scriere care folosește începuturi de propoziții, pe care copiii le completează

bank-writing-samples-checked = Câteva lucrări scrise de { $gender ->
        [female] ea
        [male] el
       *[other] copil
    } sunt păstrate și verificate o dată la două săptămâni.

bank-talk-about-picture = Vorbiți împreună despre o imagine și { $gender ->
        [female] ajutați-o
        [male] ajutați-l
       *[other] ajutați copilul
    } să spună o propoziție cu voce tare, înainte de a o scrie.

bank-read-together-daily = Vă rugăm să citiți cu { $name } câte { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } în fiecare zi și să semnați caietul de lectură ({ EN("reading record") }).

bank-know-letter-sounds = { $name } va spune sunetul corect pentru { $count } din { $total ->
        [one] { $total } literă sau grup de litere învățat
        [few] { $total } litere și grupuri de litere învățate
       *[other] { $total } de litere și grupuri de litere învățate
    } până acum la orele de { EN("phonics") } (învățarea sunetelor și a literelor).

bank-blend-short-words = { $name } va citi sunet cu sunet cuvinte scurte, precum „{ EN("cat") }” și „{ EN("ship") }”, unind sunetele într-un cuvânt, și va citi corect { $count } din { $total ->
        [one] { $total } cuvânt
        [few] { $total } cuvinte
       *[other] { $total } de cuvinte
    }.

bank-spell-list-words = { $name } va scrie corect { $count } din { $total ->
        [one] { $total } cuvânt
        [few] { $total } cuvinte
       *[other] { $total } de cuvinte
    } de pe lista sa de cuvinte pentru ortografie, la două verificări la rând.

bank-read-page-few-mistakes = { $name } va citi cu voce tare o pagină din cartea sa de citire, cu cel mult { $count ->
        [one] o greșeală
        [few] { $count } greșeli
       *[other] { $count } de greșeli
    }.

bank-answer-questions-about-text = { $name } va răspunde la { $count } din { $total ->
        [one] { $total } întrebare
        [few] { $total } întrebări
       *[other] { $total } de întrebări
    } despre un text scurt citit împreună cu un adult.

bank-number-bonds-to-ten = { $name } va răspunde la { $count } din { $total ->
        [one] { $total } întrebare
        [few] { $total } întrebări
       *[other] { $total } de întrebări
    } despre perechile de numere care adunate fac zece, fără să numere pe degete.

bank-count-objects-accurately = { $name } va număra corect până la { $count ->
        [one] un obiect
        [few] { $count } obiecte
       *[other] { $count } de obiecte
    }, atingând fiecare obiect o singură dată și spunând ultimul număr ca total.

bank-times-table-facts = { $name } va răspunde corect la { $count } din { $total ->
        [one] { $total } întrebare
        [few] { $total } întrebări
       *[other] { $total } de întrebări
    } despre tabla înmulțirii cu { $table }, fără să scrie tabla pe hârtie.

bank-finger-spaces = { $name } va lăsa un spațiu cât un deget între cuvinte în { $count } din { $total ->
        [one] { $total } propoziție scrisă
        [few] { $total } propoziții scrise
       *[other] { $total } de propoziții scrise
    } în clasă.

bank-form-letters-correctly = { $name } va scrie corect { $count } din { $total ->
        [one] { $total } literă mică
        [few] { $total } litere mici
       *[other] { $total } de litere mici
    }, începând fiecare literă din locul potrivit.

bank-remember-list-in-order = { $name } va ține minte o listă de { $count ->
        [one] un cuvânt
        [few] { $count } cuvinte
       *[other] { $count } de cuvinte
    } și o va spune înapoi în ordinea corectă.

bank-use-word-mat = { $name } va folosi fișa cu cuvinte ca să verifice cum se scriu cuvintele, fără să i se reamintească, la { $times } din { $of ->
        [one] { $of } lucrare scrisă
        [few] { $of } lucrări scrise
       *[other] { $of } de lucrări scrise
    }.

bank-phonics-catch-up-group = Un grup de recuperare la { EN("phonics") } (învățarea sunetelor și a literelor): ședințe scurte într-un grup mic, în cele mai multe zile, pentru exersarea sunetelor literelor și unirea lor în cuvinte

bank-paired-reading = Lectura în pereche ({ EN("paired reading") }): un adult și { $name } citesc împreună o carte cu voce tare, iar adultul ajută la cuvintele grele

bank-multisensory-spelling = Ortografie prin mai multe simțuri: fiecare cuvânt se învață spunându-l, urmărindu-l cu degetul, scriindu-l și verificându-l

bank-maths-with-objects = Matematică cu obiecte care pot fi ținute în mână și mutate, cum ar fi jetoane, cuburi și axe numerice, ca numerele să poată fi văzute și atinse

bank-pre-teaching-topic-words = Învățare în avans: cuvintele noi din tema clasei sunt predate într-un grup mic, cu imagini, înainte de lecție

bank-word-mat-on-table = O fișă cu cuvinte ({ EN("word mat") }) pe masă: o foaie cu cuvinte utile și felul în care se scriu, la care copilul se poate uita în timp ce scrie

bank-task-steps-checklist = Sarcini împărțite în pași mici, cu o listă pe care se bifează fiecare pas terminat

bank-reading-comprehension-group = Un grup de înțelegere a textului: citirea unor texte scurte într-un grup mic și discuții despre ce înseamnă

bank-i-spy-letter-sounds = Jucați împreună „Văd ceva…” ({ EN("I spy") }) cu sunetele literelor, de exemplu: „Văd ceva care începe cu sss”.

bank-look-say-cover-write-check = Exersați lista de cuvinte câte câteva odată: priviți cuvântul, spuneți-l, acoperiți-l, scrieți-l, apoi verificați-l.

bank-count-everyday-things = Numărați împreună lucruri din viața de zi cu zi, cum ar fi treptele, lingurile de la masă sau mașinile roșii pe drumul spre școală.

bank-card-game-make-ten = Jucați împreună un joc cu cărți: pe rând, căutați două cărți care adunate fac zece.

bank-letter-sounds-checked-half-termly = Sunetele literelor pe care le știe { $name } sunt verificate la începutul planului și o dată la jumătate de trimestru.

bank-spelling-scores-charted = O scurtă verificare a ortografiei în fiecare săptămână, cu rezultatele notate într-un grafic.

bank-running-record = O fișă de lectură ({ EN("running record") }) o dată la două săptămâni: un adult ascultă cum citește { $name } și notează fiecare cuvânt citit corect.

bank-need-reading-and-spelling = Pentru { $name } este greu să citească și să scrie corect cuvinte noi și să și le amintească de la o zi la alta.

bank-strength-memory-for-stories = { $name } iubește poveștile, și le amintește bine și îi place să le povestească altora.

bank-read-longer-words = { $name } va citi cuvinte mai lungi despărțindu-le în bucăți, cum ar fi „{ EN("rab-bit") }” și „{ EN("sun-set") }”, și va citi corect { $count } din { $total ->
        [one] { $total } cuvânt
        [few] { $total } cuvinte
       *[other] { $total } de cuvinte
    }.

bank-spell-words-said-aloud = Un adult va spune cu voce tare cuvinte scurte, cum ar fi „{ EN("dog") }” și „{ EN("shop") }”. { $name } va spune sunetele fiecărui cuvânt și îl va scrie, scriind corect { $count } din { $total ->
        [one] { $total } cuvânt
        [few] { $total } cuvinte
       *[other] { $total } de cuvinte
    }.

bank-use-spelling-rule = La o verificare a ortografiei, { $name } va folosi regula de scriere învățată acum, cum ar fi adăugarea terminației „{ EN("ing") }” sau „{ EN("ed") }” la un cuvânt, la { $count } din { $total ->
        [one] { $total } cuvânt
        [few] { $total } cuvinte
       *[other] { $total } de cuvinte
    }.

bank-read-words-per-minute = { $name } va citi corect { $words ->
        [one] un cuvânt
        [few] { $words } cuvinte
       *[other] { $words } de cuvinte
    } pe minut, dintr-o carte potrivită pentru nivelul său.

bank-retell-story-in-order = { $name } va povesti din nou o poveste abia citită, în ordinea corectă, cu { $count ->
        [one] o întâmplare principală
        [few] { $count } întâmplări principale
       *[other] { $count } de întâmplări principale
    }.

bank-plan-writing-with-frame = Înainte de a începe să scrie, { $name } își va face un plan pe o fișă de planificare, scriind sau desenând { $count ->
        [one] o idee
        [few] { $count } idei
       *[other] { $count } de idei
    }.

bank-check-own-writing = { $name } va reciti o lucrare terminată și va corecta fără ajutor cel puțin { $count ->
        [one] o greșeală
        [few] { $count } greșeli
       *[other] { $count } de greșeli
    }.

bank-letters-on-the-line = { $name } va scrie pe linie, cu literele înalte și cu cele mici de mărimea potrivită, în { $count } din { $total ->
        [one] { $total } propoziție
        [few] { $total } propoziții
       *[other] { $total } de propoziții
    }.

bank-add-and-take-away = { $name } va aduna și va scădea cu numere până la { $limit }, răspunzând corect la { $count } din { $total ->
        [one] { $total } întrebare
        [few] { $total } întrebări
       *[other] { $total } de întrebări
    }.

bank-tens-and-ones = { $name } va spune câte zeci și câte unități are un număr de două cifre, pentru { $count } din { $total ->
        [one] { $total } număr
        [few] { $total } numere
       *[other] { $total } de numere
    }.

bank-tell-time-on-clock = { $name } va spune cât e ceasul, la ore fixe și la jumătăți de oră, pe un ceas cu limbi, răspunzând corect pentru { $count } din { $total ->
        [one] { $total } ceas
        [few] { $total } ceasuri
       *[other] { $total } de ceasuri
    }.

bank-pay-with-coins = { $name } va alege monedele potrivite ca să plătească ceva care costă până la { $pence ->
        [one] un penny
        [few] { $pence } pence
       *[other] { $pence } de pence
    }, la { $count } din { $total ->
        [one] { $total } încercare
        [few] { $total } încercări
       *[other] { $total } de încercări
    }.

bank-solve-word-problems = { $name } va rezolva { $count } din { $total ->
        [one] { $total } problemă
        [few] { $total } probleme
       *[other] { $total } de probleme
    } (întrebări de matematică spuse ca o poveste scurtă), desenând sau folosind obiecte ca ajutor.

bank-work-alone-on-steps = { $name } va face { $gender ->
        [female] singură
        [male] singur
       *[other] fără ajutor
    } { $steps ->
        [one] un pas
        [few] { $steps } pași
       *[other] { $steps } de pași
    } dintr-o sarcină înainte să verifice cu un adult.

bank-use-task-board = { $name } va folosi un panou cu sarcini ca să vadă ce urmează de făcut, fără să întrebe un adult, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-bring-right-things = { $name } va aduce la școală lucrurile potrivite, cum ar fi cartea de citire, sticla de apă și echipamentul de sport, verificate după o listă, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-finish-tasks-in-time = { $name } va termina { $count } din { $total ->
        [one] { $total } sarcină
        [few] { $total } sarcini
       *[other] { $total } de sarcini
    } în timpul dat în clasă, folosind un cronometru vizual.

bank-decodable-reading-books = Cărți de citire potrivite cu sunetele pe care le știe { $name }, ca fiecare cuvânt să poată fi citit sunet cu sunet

bank-reciprocal-reading = Lectura reciprocă ({ EN("reciprocal reading") }): într-un grup mic, copiii ghicesc pe rând ce urmează, pun întrebări, explică cuvintele grele și rezumă un text

bank-spelling-patterns-and-own-list = Cuvinte învățate în grupuri care se scriu după aceeași regulă și o listă personală de cuvinte grele de exersat

bank-handwriting-practice-group = Un grup pentru scrisul de mână: câteva minute de exerciții în cele mai multe zile, pentru forma literelor și legarea lor

bank-number-facts-daily-practice = Calcule de bază exersate în fiecare zi prin jocuri scurte, câteva minute o dată, ca să fie ținute minte

bank-desk-memory-aids = Ajutoare pentru memorie pe bancă, cum ar fi o bandă cu alfabetul, un tabel cu numere și un tabel cu înmulțirile

bank-small-chunks-of-information = Informații date în bucăți mici, repetate și sprijinite de imagini sau de cuvinte-cheie scrise

bank-visual-timer-on-desk = Un cronometru vizual pe bancă, ca { $name } să vadă cât timp a mai rămas pentru o sarcină

bank-start-then-step-back = Un adult este alături de { $name } la începutul unei sarcini, apoi se retrage și revine după câteva minute, ca { $name } să se obișnuiască să lucreze fără ajutor

bank-daily-kit-checklist = O listă cu imagini a lucrurilor de adus în fiecare zi, ținută în ghiozdan, și o tăviță cu etichetă pentru cărți și rechizite

bank-other-ways-to-record = Alte moduri de a nota ideile, cum ar fi un desen, o hartă a ideilor, scrisul pe calculator sau spunerea lor unui adult care le scrie

bank-reader-or-scribe-in-tests = Timp în plus la teste și un adult care citește întrebările sau scrie răspunsurile, atunci când { $name } are nevoie

bank-play-shops-with-coins = Jucați-vă de-a magazinul cu monede adevărate: { $name } plătește cumpărăturile și numără restul.

bank-tell-time-at-home = Uitați-vă împreună la ceas în timpul zilei și întrebați cât e ceasul la masă sau înainte de emisiunea preferată.

bank-pack-bag-night-before = Faceți ghiozdanul împreună cu o seară înainte, folosind lista cu imagini de la școală.

bank-memory-games = Jucați jocuri de memorie, cum ar fi „Am fost la magazin și am cumpărat…”, adăugând câte un lucru în plus la fiecare rând.

bank-write-for-real-reasons = Scrieți împreună ceva de folos, cum ar fi o listă de cumpărături, o felicitare de ziua cuiva sau un bilet pentru o rudă.

bank-maths-check-half-termly = O scurtă verificare a abilităților de matematică exersate, la începutul planului și o dată la jumătate de trimestru.

bank-reading-speed-timed = O dată la două săptămâni, un adult ascultă cum citește { $name } un text scurt timp de un minut și numără cuvintele citite corect.

bank-tasks-done-alone-counted = Sarcinile pe care { $name } le termină fără ajutorul unui adult sunt numărate în fiecare săptămână.

## Communication and interaction

bank-follow-two-step-instruction = { $name } va urma o instrucțiune în doi pași, dată întregii clase, fără să i se reamintească, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-instructions-in-short-steps = Instrucțiunile sunt date în pași scurți, cu o imagine pentru fiecare pas.

bank-tally-chart-weekly = Un tabel în care se trag liniuțe, verificat în fiecare săptămână

bank-two-step-instructions-at-home = Acasă, dați-i instrucțiuni în doi pași și { $gender ->
        [female] lăudați-o
        [male] lăudați-l
       *[other] lăudați copilul
    } când le urmează.

bank-answer-who-what-where = { $name } va răspunde la { $count } din { $total ->
        [one] { $total } întrebare care începe
        [few] { $total } întrebări care încep
       *[other] { $total } de întrebări care încep
    } cu „cine”, „ce” sau „unde”, despre o imagine sau o poveste scurtă.

bank-speak-in-longer-sentences = Când vorbește cu un adult despre o imagine, { $name } va folosi propoziții de cel puțin { $words ->
        [one] un cuvânt
        [few] { $words } cuvinte
       *[other] { $words } de cuvinte
    }.

bank-take-turns-in-conversation = Într-o conversație cu un prieten sau o prietenă, { $name } va vorbi pe rând { $turns ->
        [one] o dată
        [few] de { $turns } ori
       *[other] de { $turns } de ori
    }, fără să schimbe subiectul.

bank-ask-for-help-when-stuck = Când nu știe cum să continue, { $name } va cere ajutor, în cuvinte sau cu un cartonaș de ajutor, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-listen-at-carpet-time = La activitatea pe covor ({ EN("carpet time") }), { $name } va sta și va asculta { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, privind persoana care vorbește.

bank-learn-topic-words = { $name } va învăța { $count ->
        [one] un cuvânt nou
        [few] { $count } cuvinte noi
       *[other] { $count } de cuvinte noi
    } din tema clasei în fiecare jumătate de trimestru și va spune ce înseamnă fiecare.

bank-say-hello-on-arrival = Când ajunge în clasă, { $name } va saluta un adult și un prieten sau o prietenă, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-wait-turn-to-speak = { $name } își va aștepta rândul să vorbească în grup, fără să strige, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-say-practised-sound = { $name } va pronunța clar sunetul exersat la începutul cuvintelor, în { $count } din { $total ->
        [one] { $total } cuvânt
        [few] { $total } cuvinte
       *[other] { $total } de cuvinte
    }.

bank-position-words = { $name } va arăta ce înseamnă { $count } din { $total ->
        [one] { $total } cuvânt
        [few] { $total } cuvinte
       *[other] { $total } de cuvinte
    } care arată poziția, cum ar fi „în”, „pe” și „sub”, punând o jucărie la locul potrivit.

bank-move-on-with-visual-timetable = { $name } se va uita la orarul cu imagini și va trece la activitatea următoare după cel mult o reamintire, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-play-shared-game = { $name } se va juca un joc împreună cu alt copil timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, cu un adult în apropiere.

bank-visual-timetable = Un orar cu imagini ({ EN("visual timetable") }): imagini pe bancă sau pe perete care arată ordinea activităților din zi, ca { $name } să știe ce urmează

bank-now-and-next-board = Un panou „acum și apoi” ({ EN("now and next board") }): două imagini care arată sarcina de acum și ce urmează după ea

bank-social-stories = { EN("Social stories") } (povești sociale): povești scurte cu imagini care explică o situație nouă sau grea și ce este de făcut

bank-speech-and-language-programme = Un program de la logoped, exersat cu un asistent la clasă în ședințe scurte, în fiecare săptămână

bank-language-group = Un grup mic de limbaj: jocuri care dezvoltă ascultarea, cuvintele noi și vorbirea în propoziții

bank-colourful-semantics = { EN("Colourful semantics") } (semantica în culori): cartonașe colorate pentru cine, ce face, ce și unde, care ajută la formarea unor propoziții mai lungi

bank-name-first-short-instructions = Adulții spun întâi „{ $name }”, apoi dau instrucțiunea câte un pas scurt pe rând și așteaptă un răspuns

bank-signs-and-symbols = Semne și simboluri cu imagini folosite împreună cu vorbirea, ca vorbele să fie mai ușor de înțeles

bank-talk-about-picture-book = Răsfoiți împreună o carte cu imagini și vorbiți despre ce se întâmplă pe fiecare pagină.

bank-name-things-on-walks = La plimbare sau la cumpărături, numiți împreună lucrurile din jur și adăugați de fiecare dată un cuvânt nou.

bank-my-turn-your-turn = Jucați un joc simplu în care fiecare își așteaptă rândul, cum ar fi rostogolitul unei mingi, și spuneți „rândul meu, rândul tău”.

bank-first-then-at-home = Folosiți acasă „întâi …, apoi …” ca să arătați ce urmează, de exemplu „întâi pantofii, apoi parcul”.

bank-speech-therapist-checks-each-visit = Logopedul verifică progresul la fiecare vizită și scrie o notă scurtă.

bank-sentence-samples-half-termly = Un adult notează ce spune { $name } despre o imagine la începutul planului și o dată la jumătate de trimestru, ca să se vadă cum cresc propozițiile.

bank-group-session-notes = Adultul care conduce grupul notează la fiecare ședință fiecare intervenție și fiecare răspuns al copilului și citește notițele o dată la două săptămâni.

bank-need-spoken-instructions = Pentru { $name } este greu să urmeze instrucțiunile spuse cu voce tare întregii clase și să găsească cuvintele potrivite ca să-și explice ideile.

bank-say-sound-in-sentences = Când vorbește în propoziții cu un adult, { $name } va pronunța clar sunetul exersat în { $count } din { $total ->
        [one] { $total } propoziție
        [few] { $total } propoziții
       *[other] { $total } de propoziții
    }.

bank-hear-sound-differences = { $name } va auzi diferența dintre cuvinte care sună asemănător, cum ar fi „{ EN("key") }” și „{ EN("tea") }”, arătând imaginea potrivită pentru { $count } din { $total ->
        [one] { $total } pereche de cuvinte
        [few] { $total } perechi de cuvinte
       *[other] { $total } de perechi de cuvinte
    }.

bank-sort-words-into-groups = { $name } va împărți { $count } din { $total ->
        [one] { $total } imagine
        [few] { $total } imagini
       *[other] { $total } de imagini
    } în grupuri, cum ar fi animale, mâncare și haine, și va spune numele fiecărui grup.

bank-describe-an-object = { $name } va descrie un obiect spunând { $count ->
        [one] un lucru
        [few] { $count } lucruri
       *[other] { $count } de lucruri
    } despre el, cum ar fi culoarea, forma, mărimea sau la ce folosește.

bank-follow-key-word-instructions = { $name } va urma o instrucțiune cu { $count ->
        [one] un cuvânt important
        [few] { $count } cuvinte importante
       *[other] { $count } de cuvinte importante
    } de ținut minte, cum ar fi „dă-mi mingea mare și roșie”, la { $times } din { $of ->
        [one] { $of } încercare
        [few] { $of } încercări
       *[other] { $of } de încercări
    }.

bank-answer-why-and-how = { $name } va răspunde la { $count } din { $total ->
        [one] { $total } întrebare care începe
        [few] { $total } întrebări care încep
       *[other] { $total } de întrebări care încep
    } cu „de ce” sau „cum”, despre o poveste sau despre ceva ce s-a întâmplat.

bank-tell-news-in-order = { $name } îi va povesti unui adult ceva ce s-a întâmplat, de exemplu în weekend, în { $count ->
        [one] o propoziție
        [few] { $count } propoziții
       *[other] { $count } de propoziții
    }, în ordinea corectă.

bank-tell-story-with-cards = { $name } va spune o poveste scurtă cu ajutorul unor cartonașe, incluzând { $count } din { $total ->
        [one] { $total } parte arătată
        [few] { $total } părți arătate
       *[other] { $total } de părți arătate
    } pe cartonașe, cum ar fi cine, unde, ce s-a întâmplat și cum s-a terminat.

bank-start-a-conversation = În pauză, { $name } va începe o conversație cu alt copil, salutând sau punând o întrebare, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-ask-friend-a-question = { $name } va pune o întrebare despre ce tocmai a spus un prieten sau o prietenă, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-read-feelings-in-pictures = { $name } va spune cum s-ar putea simți o persoană dintr-o imagine și de ce, pentru { $count } din { $total ->
        [one] { $total } imagine
        [few] { $total } imagini
       *[other] { $total } de imagini
    }.

bank-explain-common-sayings = { $name } va explica ce înseamnă de fapt { $count } din { $total ->
        [one] { $total } expresie des folosită
        [few] { $total } expresii des folosite
       *[other] { $total } de expresii des folosite
    }, cum ar fi „plouă cu găleata”.

bank-keep-comfortable-distance = Când vorbește cu alții, { $name } va sta la cam o lungime de braț de ei, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-cope-with-change-to-routine = { $name } își va păstra calmul când se schimbă ceva în programul zilei, dacă schimbarea a fost arătată dinainte pe orarul cu imagini, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-ask-with-picture-cards = { $name } va folosi un cartonaș cu imagine sau un semn ca să ceară { $count ->
        [one] un lucru
        [few] { $count } lucruri diferite
       *[other] { $count } de lucruri diferite
    } în timpul zilei, cum ar fi apă, ajutor sau să meargă la toaletă.

bank-join-activity-chosen-by-others = { $name } va participa timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } la o activitate aleasă de altcineva, înainte să se întoarcă la activitatea preferată.

bank-speak-up-in-small-group = Într-un grup mic, { $name } va răspunde la o întrebare sau va spune o idee fără să i se ceară, cel puțin { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } pe săptămână.

bank-say-what-helps-when-talking = { $name } va spune { $count ->
        [one] un lucru care ajută
        [few] { $count } lucruri care ajută
       *[other] { $count } de lucruri care ajută
    } atunci când vorbitul este greu, cum ar fi să primească timp, și va vorbi despre asta cu profesorul clasei.

bank-wait-time-to-answer = Timp pentru răspuns: după ce pun o întrebare, adulții așteaptă cam zece secunde, ca { $name } să poată gândi și răspunde

bank-model-and-expand-sentences = Adulții repetă ce spune { $name } într-o propoziție corectă, puțin mai lungă, fără să ceară ca propoziția să fie spusă din nou

bank-word-webs = Rețele de cuvinte: fiecare cuvânt nou este legat de sunetele lui, de înțelesul lui, de o imagine și de cuvinte asemănătoare, ca să fie ținut minte mai ușor

bank-brick-building-group = Un grup de construit cu piese: un grup mic construiește împreună o machetă, fiecare copil cu rolul lui (caută piesele, construiește sau dă instrucțiunile), ca să exerseze vorbitul și lucrul împreună

bank-intensive-interaction = { EN("Intensive interaction") } (interacțiune intensivă): în joacă, adultul urmează ce face { $name } și îi imită sunetele și gesturile, ca să împartă atenția și bucuria jocului

bank-quiet-workstation = Un loc de lucru liniștit: o bancă departe de ce distrage atenția, cu sarcinile așezate în ordine, pentru lucrul fără ajutor

bank-comic-strip-conversations = { EN("Comic strip conversations") } (conversații în benzi desenate): desene simple cu baloane de vorbire și de gânduri, ca să se discute ce s-a întâmplat și ce gândea fiecare

bank-warn-before-changes = Anunțarea schimbărilor: schimbările din programul zilei sunt arătate dinainte pe orarul cu imagini, iar sfârșitul unei activități este anunțat printr-o numărătoare inversă

bank-stammering-friendly-talk = Un fel de a vorbi care ajută la bâlbâială: adulții așteaptă ca { $name } să termine, fără să termine ei cuvintele, și stabilesc împreună cu { $gender ->
        [female] ea
        [male] el
       *[other] copilul
    } cum să răspundă la apel și la întrebările din clasă

bank-talking-partner = Un partener de discuție: un coleg sau o colegă cu care să discute ideile înainte de a răspunde în fața clasei

bank-communication-passport = Un pașaport de comunicare: o broșură scurtă, făcută împreună cu familia, care le spune adulților din școală cum comunică { $name } și ce ajută

bank-lunchtime-club-structured-play = Un club în pauza de prânz: jocuri într-un grup mic, cu un adult care ajută copiii să se joace împreună

bank-speech-sound-games-from-therapist = Jucați în fiecare zi, câteva minute, jocurile cu sunete date de logoped și lăudați fiecare încercare.

bank-talk-at-mealtimes = Închideți ecranele la masă și vorbiți împreună despre ziua care a trecut.

bank-prepare-for-changes = Înainte de o schimbare, cum ar fi o vizită sau o excursie, arătați fotografii sau spuneți o poveste scurtă, ca { $name } să știe ce se va întâmpla.

bank-give-time-to-talk = Când pentru { $name } vorbitul este greu, așteptați cu calm, { $gender ->
        [female] priviți-o în continuare și lăsați-o
        [male] priviți-l în continuare și lăsați-l
       *[other] priviți copilul în continuare și lăsați-l
    } să termine, fără să terminați dumneavoastră cuvintele.

bank-describe-and-guess = Jucați „Descrie și ghicește”: pe rând, descrieți ceva din cameră, iar ceilalți ghicesc ce este.

bank-new-words-checked-with-pictures = Cuvintele noi pe care le știe { $name } sunt verificate cu imagini la începutul și la sfârșitul planului.

bank-conversations-noted-weekly = În fiecare săptămână, un adult notează cât de des începe { $name } o conversație sau intră într-una, în clasă și la joacă.

bank-playtime-observation = O dată la două săptămâni, un adult urmărește pauza și notează cu cine se joacă { $name } și cum.

bank-social-communication-checklist = Personalul școlii și familia completează o listă scurtă cu abilitățile de comunicare socială, la începutul și la sfârșitul planului.

## Social, emotional and mental health

bank-calm-card = { $name } va folosi un cartonaș de calmare și colțul liniștit în loc să țipe, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-feelings-check-in = O scurtă discuție în fiecare dimineață despre cum se simte copilul, cu o scală a emoțiilor

bank-feelings-scale-at-home = Folosiți acasă aceeași scală a emoțiilor și { $gender ->
        [female] lăudați-o
        [male] lăudați-l
       *[other] lăudați copilul
    } când cere o pauză.

bank-name-feelings = { $name } va numi { $count ->
        [one] o emoție
        [few] { $count } emoții
       *[other] { $count } de emoții
    }, cum ar fi bucuria, tristețea, furia și îngrijorarea, și va potrivi fiecare emoție cu o imagine.

bank-calm-again-within-minutes = { $name } se va liniști în cel mult { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } după ce s-a supărat, cu ajutorul unui adult.

bank-use-break-card = Când se supără, { $name } va arăta un cartonaș de pauză ca să ceară o pauză scurtă, în loc să iasă din clasă, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-start-task-when-asked = { $name } va începe o sarcină în cel mult { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } de când i se cere, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-join-playtime-game = În pauză, { $name } se va alătura unui joc cu alți copii, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-safe-hands-at-playtime = În pauză, { $name } se va juca în siguranță, fără să lovească sau să rănească pe nimeni, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-lose-a-game-calmly = Când pierde un joc, { $name } { $gender ->
        [female] va rămâne calmă
        [male] va rămâne calm
       *[other] își va păstra calmul
    } și îi va spune câștigătorului „bravo”, la { $times } din { $of ->
        [one] { $of } joc
        [few] { $of } jocuri
       *[other] { $of } de jocuri
    }.

bank-say-good-things-about-self = La discuția săptămânală, { $name } va spune { $count ->
        [one] un lucru bun
        [few] { $count } lucruri bune
       *[other] { $count } de lucruri bune
    } despre sine.

bank-come-into-class-calmly = Dimineața, { $name } își va lua la revedere la ușă și va intra cu calm în clasă, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-follow-request-after-reminder = { $name } va face ce îi cere un adult după cel mult o reamintire, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-stay-in-lesson = { $name } va rămâne în clasă toată ora, cu o pauză planificată dacă are nevoie, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-sort-out-falling-out = Când se ceartă cu un prieten, { $name } va rezolva neînțelegerea prin cuvinte, nu cu mâinile, cu ajutorul unui adult dacă e nevoie, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-feelings-traffic-light = Un semafor al emoțiilor: cartonașe verzi, galbene și roșii care arată cum se simte { $name }, cu un plan pentru ce ajută la fiecare culoare

bank-nurture-group = Un grup de sprijin ({ EN("nurture group") }): un grup mic și liniștit, cu un adult cunoscut, pentru o parte din zi, ca să crească încrederea în sine și prieteniile

bank-emotional-literacy-support = Sprijin pentru înțelegerea emoțiilor ({ EN("emotional literacy support") }): o ședință pe săptămână cu un asistent la clasă pregătit special, pentru a vorbi despre emoții și a exersa moduri de a le face față

bank-social-skills-group = Un grup pentru abilități sociale: jocuri într-un grup mic pentru a exersa împărțitul, așteptarea rândului și acceptarea înfrângerii

bank-calm-space-with-timer = Un loc liniștit în clasă sau lângă ea, pentru o pauză scurtă cu o clepsidră, apoi înapoi la învățat

bank-meet-and-greet = Primirea la ușă ({ EN("meet and greet") }): în fiecare dimineață, când sosește { $name }, un adult cunoscut îi urează bun venit la ușă și ajută la acomodare

bank-praise-and-reward-chart = Laude clare pentru alegerile bune și un tabel de recompense cu obiective mici, stabilite împreună cu { $name }

bank-restorative-conversations = Discuții de reparare: după o problemă, un adult îl ajută pe fiecare copil să spună ce s-a întâmplat, cum s-a simțit și cum se pot îndrepta lucrurile

bank-best-part-of-the-day = Înainte de culcare, întrebați care a fost cea mai frumoasă parte a zilei și ce a fost greu, și ascultați cu calm.

bank-slow-breathing-together = Exersați împreună respirația lentă când toată lumea este calmă: inspirați numărând până la patru, apoi expirați numărând până la patru.

bank-praise-effort-at-home = Observați când { $name } se străduiește sau face un gest frumos și spuneți exact ce a fost bine.

bank-tell-school-about-changes = Anunțați școala despre schimbările de acasă, cum ar fi o mutare, un bebeluș nou sau pierderea cuiva drag, ca personalul să poată ajuta.

bank-difficult-moments-record = O evidență a momentelor dificile (ce s-a întâmplat înainte, ce a făcut { $name } și ce s-a întâmplat după), analizată în fiecare săptămână.

bank-feelings-questionnaire = Un scurt chestionar despre emoții, completat împreună cu { $name } la începutul și la sfârșitul planului.

bank-daily-smiley-chart = Un tabel zilnic cu o față zâmbitoare pentru fiecare parte a zilei, trimis și acasă și analizat în fiecare vineri.

bank-need-managing-feelings = Pentru { $name } este greu să-și stăpânească emoțiile puternice și să se liniștească după ce s-a supărat.

bank-share-a-worry = { $name } va împărtăși o grijă unui adult de încredere, vorbind, desenând sau folosind o cutie pentru griji, cel puțin { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } pe săptămână.

bank-use-calm-plan = Când își face griji, { $name } va folosi o idee din planul său de liniștire, cum ar fi respirația lentă sau strânsul unei mingi moi, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-speak-to-adults-in-school = { $name } va vorbi cu { $count ->
        [one] un adult
        [few] { $count } adulți
       *[other] { $count } de adulți
    } din școală, începând cu un adult cunoscut, într-un loc liniștit.

bank-try-something-new = { $name } va încerca { $count ->
        [one] o activitate nouă
        [few] { $count } activități noi
       *[other] { $count } de activități noi
    } în fiecare jumătate de trimestru, cum ar fi un club sau un joc nou, cu un adult cunoscut în apropiere.

bank-notice-early-signs-of-anger = { $name } va observa primele semne ale furiei, cum ar fi fața fierbinte sau pumnii strânși, și îi va spune unui adult, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-help-put-things-right = După o problemă, { $name } va vorbi cu calm cu un adult și va propune o cale de a îndrepta lucrurile, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-attend-school-per-cent = În acest trimestru, { $name } va fi la școală în cel puțin { $percent } la sută din zilele de școală.

bank-time-in-class-each-day = { $name } va petrece { $hours ->
        [one] o oră
        [few] { $hours } ore
       *[other] { $hours } de ore
    } pe zi în clasă, iar restul zilei într-un loc liniștit, cu un adult cunoscut.

bank-settle-after-playtime = După pauză, { $name } va intra în clasă și se va așeza cu calm la banca sa în cel mult { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-invite-someone-to-play = { $name } va invita alt copil la joacă, cel puțin { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } pe săptămână.

bank-kind-things-for-others = În fiecare zi, { $name } va face { $count ->
        [one] un gest frumos
        [few] { $count } gesturi frumoase
       *[other] { $count } de gesturi frumoase
    } pentru alți copii, cum ar fi să împartă ceva sau să ajute, iar un adult va urmări acest lucru.

bank-have-a-go-at-hard-tasks = { $name } va încerca o sarcină grea, spunând „pot să încerc” în loc să refuze, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-cope-with-mistakes = { $name } își va păstra calmul când i se arată o greșeală și o va corecta, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-share-work-with-pride = { $name } va arăta unui adult sau clasei o lucrare cu care se mândrește, cel puțin { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } pe săptămână.

bank-stay-on-task-with-timer = { $name } va lucra la o sarcină timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, cu un cronometru vizual, înainte de o pauză scurtă planificată.

bank-back-to-work-after-signal = { $name } se va întoarce la lucru după un semn discret de la un adult, cum ar fi o bătaie ușoară în bancă, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-walk-in-line-safely = { $name } se va așeza în rând și va merge cu clasa în siguranță, fără să iasă din rând, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-visit-new-class = Înainte de mutare, { $name } va face { $count ->
        [one] o vizită
        [few] { $count } vizite
       *[other] { $count } de vizite
    } în noua clasă sau școală și va spune un lucru pe care îl așteaptă cu drag.

bank-key-adult = Un adult de referință: un anumit adult la care { $name } poate merge, care vede zilnic cum merg lucrurile și ține legătura cu familia

bank-worry-box = O cutie sau un caiet pentru griji, unde { $name } își poate lăsa grijile, ca să vorbească despre ele mai târziu cu un adult

bank-personal-calm-plan = Un plan de liniștire făcut împreună cu { $name }: primele semne ale supărării sau ale furiei, ce ajută și unde se poate merge pentru liniștire

bank-emotion-coaching = { EN("Emotion coaching") } (îndrumarea emoțiilor): adulții numesc întâi emoția și arată că o înțeleg, apoi ajută la găsirea pasului următor

bank-gradual-return-plan = Un plan pentru creșterea treptată a timpului petrecut la școală, cu un loc liniștit și un adult cunoscut, stabilit împreună cu familia și verificat des

bank-attendance-support-meeting = Sprijin pentru prezența la școală: un telefon acasă în prima zi de absență și o întâlnire cu familia, ca să se stabilească ce va ajuta

bank-quiet-signal-to-refocus = Un semn discret stabilit împreună cu { $name }, cum ar fi o mână pe bancă, ca atenția să revină la sarcină fără mustrări

bank-transition-visits-and-booklet = Ajutor la trecerea într-o clasă sau școală nouă: vizite în plus și o broșură cu fotografii ale sălilor și ale adulților noi, de răsfoit în vacanță

bank-circle-of-friends = { EN("Circle of friends") } (cercul de prieteni): un grup mic de colegi care se întâlnesc în fiecare săptămână cu un adult și stabilesc cum pot fi de ajutor pentru { $name } în clasă și la joacă

bank-playground-buddies = { EN("Playground buddies") } (prieteni de joacă în curte): copii mai mari, pregătiți pentru asta, care ajută la joacă și la prietenii în pauze

bank-class-job-for-confidence = O sarcină în clasă, cum ar fi împărțitul cărților sau îngrijirea plantelor, pentru încredere în sine și sentimentul că face parte din clasă

bank-mental-health-support-team = Discuții scurte cu consilierul școlar sau cu echipa de sănătate mintală care lucrează cu școala

bank-calm-morning-routine = Păstrați diminețile liniștite și la fel în fiecare zi, cu o rutină în imagini pentru pregătirea de școală.

bank-regular-bedtime-screens-off = Păstrați o oră fixă de culcare și închideți ecranele cu o oră înainte de somn.

bank-invite-friend-to-play = Invitați un coleg sau o colegă de clasă la joacă, acasă sau în parc, la început pentru puțin timp.

bank-worry-time = Stabiliți un timp pentru griji: câteva minute în fiecare zi pentru a vorbi despre griji, apoi faceți ceva plăcut împreună.

bank-small-jobs-at-home = Acasă, { $name } poate primi o mică sarcină, cum ar fi să pună masa: mulțumiți-i când a terminat.

bank-talk-about-new-class = În vacanță, răsfoiți împreună broșura și fotografiile de la școală și vorbiți despre noua clasă.

bank-attendance-checked-weekly = Prezența și întârzierile sunt verificate în fiecare săptămână și comunicate familiei.

bank-weekly-feelings-rating = În fiecare săptămână, { $name } alege o față pe o scală a emoțiilor, ca să arate cum se simte la școală, iar răspunsurile sunt comparate de-a lungul planului.

bank-time-on-task-recorded = La două ore de curs pe săptămână, un adult cronometrează cât timp lucrează { $name } la o sarcină și notează rezultatul.

bank-home-school-book = Un caiet de legătură între casă și școală: o notă scurtă de la școală în fiecare zi și de acasă când sunt noutăți, citit împreună la revizuirea planului.

bank-midday-staff-notes = În fiecare săptămână, supraveghetorii de la pauza de prânz scriu o notă scurtă despre cum au mers pauzele și prânzul.

## Sensory and physical

bank-pencil-grip = { $name } va ține creionul între degetul mare și alte două degete (priza în trei degete) timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } de scris.

bank-put-on-coat = { $name } își va pune geaca și va închide fermoarul fără ajutor, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-change-for-pe = { $name } se va schimba pentru ora de sport fără ajutor, în cel mult { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }.

bank-cut-along-line = { $name } va tăia cu foarfeca de-a lungul unei linii groase, rămânând aproape de linie, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-balance-on-one-leg = { $name } va sta într-un picior, pe rând pe stângul și pe dreptul, câte { $seconds ->
        [one] o secundă
        [few] { $seconds } secunde
       *[other] { $seconds } de secunde
    }.

bank-wear-hearing-aids = { $name } își va purta aparatele auditive toată ziua de școală, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-say-when-not-heard = { $name } îi va spune unui adult când nu a auzit sau nu a văzut ceva clar, în cuvinte sau cu un cartonaș, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-use-large-print = { $name } va folosi, fără să i se reamintească, texte tipărite cu litere mari sau o lupă ca să citească sarcinile din clasă, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-find-way-around-school = { $name } va găsi { $gender ->
        [female] singură
        [male] singur
       *[other] fără ajutor
    } drumul din clasă până la sala mare, la toalete și în curtea școlii, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-write-words-in-time = { $name } va scrie { $words ->
        [one] un cuvânt
        [few] { $words } cuvinte
       *[other] { $words } de cuvinte
    } în { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    }, cu litere ușor de citit.

bank-ask-for-movement-break = Când nu mai poate sta locului, { $name } va arăta un cartonaș ca să ceară o pauză de mișcare, în loc să se ridice din bancă, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-stay-in-assembly = { $name } va rămâne în sală timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } la adunarea școlii ({ EN("assembly") }), cu căști antifonice dacă este nevoie.

bank-fine-motor-group = Un grup pentru motricitatea fină: activități scurte, cum ar fi înșiratul, cârligele de rufe și { EN("dough disco") } (frământat și rulat plastilină pe muzică), pentru mâini mai puternice

bank-therapy-exercise-programme = Un program de exerciții de la terapeutul ocupațional sau de la kinetoterapeut, făcut cu un asistent la clasă

bank-radio-aid = Un sistem FM ({ EN("radio aid") }): profesorul poartă un microfon mic care trimite vocea direct în aparatele auditive ale { $gender ->
        [female] ei
        [male] lui
       *[other] copilului
    }

bank-seat-near-the-front = Un loc în față, cu fața spre profesor, cu lumină bună și departe de zgomot

bank-large-print-materials = Fișe de lucru și cărți tipărite cu litere mari și contrast puternic, făcute după sfaturile serviciului de sprijin pentru copiii cu probleme de auz sau de vedere ({ EN("sensory support") })

bank-sensory-circuit = Un circuit senzorial ({ EN("sensory circuit") }): un set scurt de activități de mișcare în fiecare dimineață, ca { $name } să se liniștească și să fie gata de învățat

bank-movement-breaks = Pauze de mișcare planificate: sarcini sau exerciții scurte în timpul orelor, cum ar fi dusul unui mesaj la secretariat

bank-ear-defenders-and-quiet-place = Căști antifonice și un loc liniștit unde copilul poate merge când în clasă este prea mult zgomot

bank-finger-games-at-home = Jucați jocuri cu mișcări mici ale degetelor, cum ar fi înșiratul mărgelelor, construitul cu piese mici sau prinsul rufelor cu cârlige.

bank-dressing-practice = Dimineața, lăsați destul timp ca { $name } să se îmbrace fără ajutor și ajutați doar la partea cea mai grea.

bank-check-hearing-aids-daily = Înainte de școală, verificați dacă aparatele auditive funcționează și puneți baterii de rezervă în ghiozdan.

bank-active-play-at-the-park = Mergeți împreună în parc și jucați-vă pe structura de cățărat, pe leagăne și pe tot ce cere echilibru.

bank-therapist-checks-goals = Terapeutul ocupațional sau kinetoterapeutul verifică progresul la fiecare vizită, față de obiectivele pe care le-a stabilit.

bank-time-taken-recorded-weekly = Timpul necesar pentru o sarcină, cum ar fi schimbatul pentru ora de sport, este notat în fiecare săptămână, ca să se vadă cum scade.

bank-specialist-teacher-report = Profesorul specializat de la serviciul de sprijin pentru copiii cu probleme de auz sau de vedere asistă la o oră o dată la jumătate de trimestru și scrie un scurt raport.

bank-need-fine-motor-skills = Pentru { $name } sunt grele scrisul de mână, tăiatul și alte activități care cer mișcări mici și atente ale mâinii.

bank-check-own-hearing-aids = În fiecare dimineață, { $name } își va verifica aparatele auditive împreună cu un adult și va spune dacă sună bine, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-hand-over-radio-aid = La începutul orei, { $name } îi va da profesorului microfonul sistemului FM fără să i se reamintească, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-read-braille-words = { $name } va citi corect în braille { $count } din { $total ->
        [one] { $total } cuvânt
        [few] { $total } cuvinte
       *[other] { $total } de cuvinte
    }.

bank-walk-with-walking-aid = { $name } va folosi un ajutor pentru mers, cum ar fi un cadru sau un baston, ca să meargă din clasă până în sala mare și înapoi, cu un adult în apropiere, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-ask-for-rest-or-change-of-position = { $name } îi va spune unui adult când are nevoie de o pauză sau de o schimbare a poziției, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-use-stairs-safely = { $name } va urca și va coborî scările în siguranță, cu câte un picior pe fiecare treaptă și ținându-se de balustradă, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-catch-a-ball = { $name } va prinde o minge mare aruncată ușor de la { $steps ->
        [one] un pas
        [few] { $steps } pași
       *[other] { $steps } de pași
    } distanță, la { $times } din { $of ->
        [one] { $of } aruncare
        [few] { $of } aruncări
       *[other] { $of } de aruncări
    }.

bank-hop-on-each-foot = { $name } va sări într-un picior { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } pe fiecare picior, fără să cadă.

bank-do-up-buttons = { $name } va încheia fără ajutor { $count ->
        [one] un nasture
        [few] { $count } nasturi
       *[other] { $count } de nasturi
    } la o cămașă sau la o jachetă.

bank-type-words-per-minute = { $name } va scrie la tastatură { $words ->
        [one] un cuvânt
        [few] { $words } cuvinte
       *[other] { $words } de cuvinte
    } pe minut, folosind ambele mâini.

bank-use-knife-and-fork = La prânz, { $name } va folosi cuțitul și furculița ca să taie mâncare moale, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-open-lunch-items = { $name } va deschide fără ajutor { $count } din { $total ->
        [one] { $total } ambalaj
        [few] { $total } ambalaje
       *[other] { $total } de ambalaje
    } ale mâncării aduse de acasă, cum ar fi pungi și cutii.

bank-try-new-foods = În fiecare jumătate de trimestru, { $name } va încerca la prânz { $count ->
        [one] un aliment nou
        [few] { $count } alimente noi
       *[other] { $count } de alimente noi
    }, uitându-se la fiecare, atingându-l, mirosindu-l sau gustându-l.

bank-join-messy-play = { $name } va participa timp de { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } la o activitate la care se murdărește, cum ar fi pictura sau gătitul, cu mănuși dacă vrea.

bank-use-sensory-tools = Ca să-și păstreze calmul, { $name } va folosi un obiect din trusa sa senzorială, cum ar fi o pernă de echilibru sau o jucărie de frământat în mână, la { $times } din { $of ->
        [one] { $of } oră de curs
        [few] { $of } ore de curs
       *[other] { $of } de ore de curs
    }.

bank-know-signs-of-feeling-unwell = { $name } va numi { $count ->
        [one] un semn care arată
        [few] { $count } semne care arată
       *[other] { $count } de semne care arată
    } că are nevoie de ajutor din cauza problemei de sănătate, cum ar fi tremurul sau respirația grea, și va spune cărui adult trebuie să-i spună.

bank-help-with-own-medical-care = { $name } va ajuta la propria îngrijire medicală, cum ar fi verificarea zahărului din sânge, sub privirea unui adult, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-ask-for-toilet-in-time = { $name } va cere la timp să meargă la toaletă, în cuvinte sau cu un cartonaș, cu cel mult { $count ->
        [one] un accident
        [few] { $count } accidente
       *[other] { $count } de accidente
    } pe săptămână.

bank-wash-hands-after-toilet = { $name } își va spăla și își va usca mâinile după ce merge la toaletă, fără să i se reamintească, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-deaf-friendly-teaching = Predare potrivită pentru copiii cu probleme de auz: profesorul stă cu fața spre clasă când vorbește, cuvintele importante sunt scrise pe tablă, iar filmele au subtitrare

bank-braille-teaching = Lecții de braille cu un profesor specializat și lucrul din clasă pregătit în braille înainte de fiecare oră

bank-mobility-training = Lecții de orientare și mobilitate cu un specialist, pentru a învăța să se deplaseze prin școală și să-și găsească drumul în siguranță și fără ajutor

bank-sloped-board-and-pencil-grip = O planșetă înclinată pentru scris și un manșon de cauciuc pentru creion, ca scrisul să fie mai ușor și mai comod

bank-typing-for-longer-writing = Un laptop sau o tabletă pentru lucrările scrise mai lungi, cu exerciții de scris la tastatură în fiecare săptămână

bank-moving-and-handling-plan = Un plan pentru mutarea și ridicarea în siguranță, scris împreună cu kinetoterapeutul, pentru ridicat, mutat și schimbarea poziției, urmat de personal instruit

bank-gross-motor-group = Un grup de mișcare: ședințe scurte cu jocuri de echilibru, sărituri, aruncat și prins, pentru forță și coordonare

bank-sensory-diet = O „dietă senzorială” ({ EN("sensory diet") }): activități planificate de-a lungul zilei, cum ar fi căratul, împinsul sau momente de liniște, stabilite de terapeutul ocupațional, ca { $name } să-și păstreze calmul și atenția

bank-sensory-tool-kit = O trusă senzorială: obiecte precum o pernă de echilibru, o jucărie de frământat și ceva sigur de mestecat, ca { $name } să-și păstreze calmul la ore

bank-individual-health-care-plan = Un plan individual de îngrijire a sănătății, scris împreună cu familia și cu asistentul medical școlar, care spune ce face personalul în fiecare zi și în caz de urgență

bank-staff-medical-training = Personal instruit să dea medicamente și să ajute în cazul problemei de sănătate, de exemplu cu inhalatorul sau cu stiloul cu adrenalină

bank-intimate-care-plan = Un plan de igienă intimă stabilit împreună cu familia: o rutină discretă și planificată pentru toaletă și schimbat, cu anumite persoane din personal

bank-toilet-timetable = Mementouri pentru mersul la toaletă la ore fixe în timpul zilei și un cartonaș pentru a cere oricând

bank-lunchtime-eating-support = Ajutor la prânz: un loc mai liniștit pentru masă, mâncarea tăiată dacă e nevoie și un adult care încurajează gustarea alimentelor noi

bank-throw-and-catch = Jucați-vă cu o minge mare și moale, aruncând-o și prinzând-o, și depărtați-vă puțin câte puțin pe măsură ce devine mai ușor.

bank-help-in-the-kitchen = În bucătărie, { $name } vă poate ajuta la amestecat, turnat, uns și tăiat mâncare moale.

bank-new-food-next-to-favourite = Puneți puțin dintr-un aliment nou lângă unul preferat, fără presiune, și lăudați când se uită la el, îl atinge sau îl gustă.

bank-toilet-routine-at-home = Păstrați acasă o rutină regulată pentru toaletă, de exemplu după mese, cu aceleași cuvinte și imagini ca la școală.

bank-therapy-exercises-at-home = Faceți împreună, de câteva ori pe săptămână, exercițiile de la kinetoterapeut sau de la terapeutul ocupațional.

bank-update-school-on-health = Anunțați școala despre orice schimbare de sănătate sau de medicamente și verificați ca medicamentele păstrate la școală să nu fie expirate.

bank-glasses-every-day = Aveți grijă ca { $name } să poarte ochelari curați la școală în fiecare zi.

bank-hearing-aid-check-log = Verificarea de dimineață a aparatelor auditive este notată în fiecare zi, împreună cu orice problemă, și analizată în fiecare săptămână.

bank-toileting-chart = Un tabel pentru toaletă: momentele fără accidente și accidentele sunt notate în fiecare zi și analizate în fiecare săptămână.

bank-foods-tried-record = Supraveghetorii de la pauza de prânz notează alimentele pe care le încearcă { $name }.

bank-movement-skills-check = O scurtă verificare a mișcărilor, cum ar fi echilibrul, săritul într-un picior și prinsul mingii, la începutul și la sfârșitul planului.

bank-medical-log = O evidență a medicamentelor date și a momentelor în care { $name } nu s-a simțit bine, analizată o dată la jumătate de trimestru cu familia și cu asistentul medical școlar.

## Any area

bank-strength-kind-and-helpful = { $name } este { $gender ->
        [female] bună la suflet
        [male] bun la suflet
       *[other] un copil bun la suflet
    } și îi place să-i ajute pe adulți și pe ceilalți copii.

bank-strength-creative = { $name } este { $gender ->
        [female] creativă
        [male] creativ
       *[other] un copil creativ
    } și îi place să deseneze, să construiască și să facă tot felul de lucruri.

bank-strength-keeps-trying = { $name } nu renunță, chiar și atunci când o sarcină este grea.

bank-pupil-views-before-review = Înainte de fiecare revizuire a planului, { $name } spune ce merge bine și ce este greu, iar răspunsurile sunt notate.

bank-termly-review-meeting = O întâlnire cu familia în fiecare trimestru, pentru a discuta împreună obiectivele și a stabili pașii următori.

## Assessments

bank-reading-and-spelling-assessment = O evaluare la citire și ortografie

bank-maths-assessment = O evaluare la matematică, pentru a afla ce abilități legate de numere au nevoie de mai mult exercițiu

bank-dyslexia-screening = O evaluare pentru dislexie: o verificare scurtă a cititului, a ortografiei și a memoriei

bank-educational-psychologist-assessment = O evaluare făcută de psihologul școlar

bank-speech-and-language-assessment = O evaluare făcută de logoped

bank-autism-assessment-referral = O trimitere pentru o evaluare pentru autism la serviciul local de sănătate

bank-mental-health-assessment = O evaluare la { EN("CAMHS") }, serviciul local de sănătate mintală pentru copii și tineri

bank-hearing-test-audiology = Un test de auz la serviciul de audiologie

bank-eye-clinic-assessment = Un control al vederii la clinica oftalmologică a spitalului

bank-occupational-therapy-assessment = O evaluare făcută de terapeutul ocupațional: mișcarea, scrisul de mână și autoîngrijirea

bank-specialist-teacher-learning-assessment = O evaluare făcută de profesorul specializat pentru dificultăți de învățare: cititul, scrisul, matematica și memoria

bank-handwriting-speed-check = O verificare a vitezei scrisului de mână, ca să se vadă dacă ar ajuta timpul în plus sau scrisul la tastatură

bank-autism-outreach-observation = O observare la ore și la joacă, făcută de echipa de sprijin pentru autism ({ EN("autism outreach team") }), cu sfaturi pentru personalul școlii

bank-stammering-assessment = O evaluare făcută de un logoped care lucrează cu copiii care se bâlbâie

bank-adhd-assessment-referral = O trimitere pentru o evaluare pentru ADHD (tulburarea de deficit de atenție și hiperactivitate) la serviciul local de sănătate

bank-behaviour-support-observation = O observare la ore, făcută de serviciul de sprijin pentru comportament, cu sfaturi pentru personalul școlii

bank-physiotherapy-assessment = O evaluare făcută de kinetoterapeut: mișcarea, echilibrul și forța

bank-functional-vision-assessment = O evaluare făcută de profesorul specializat pentru copiii cu probleme de vedere, ca să se vadă cum își folosește { $name } vederea la ore

bank-paediatrician-referral = O trimitere la medicul pediatru din comunitate ({ EN("community paediatrician") }), un medic pentru copii care verifică sănătatea și dezvoltarea

bank-early-help-assessment = O evaluare pentru sprijin timpuriu ({ EN("Early Help") }), care aduce împreună familia și serviciile locale ca să stabilească de ce sprijin este nevoie

bank-ehc-needs-assessment = O cerere către autoritatea locală ({ EN("local council") }) pentru o evaluare a nevoilor de educație, sănătate și îngrijire, care poate duce la un plan pentru educație, sănătate și îngrijire ({ EN("EHC plan") })
