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
