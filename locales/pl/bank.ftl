# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "Państwo" (as in iep.ftl); the name stays in the nominative, so
# each sentence is built with the name as its subject. A word card is "karta ze słowami".

## Cognition and learning

bank-read-common-words = { $name } przeczyta { $count } z { $total } najczęściej używanych słów ze swojej karty ze słowami, przy dwóch sprawdzeniach w odstępie tygodnia.

bank-precision-teaching = { EN("Precision teaching") }: codziennie kilka minut ćwiczeń z kartami ze słowami, po kilka słów naraz

bank-words-read-checked-weekly = Co tydzień zapisujemy słowa przeczytane poprawnie.

bank-read-card-words-at-bedtime = Prosimy przed snem przeczytać razem z dzieckiem { $count ->
        [one] jedno słowo
        [few] { $count } słowa
        [many] { $count } słów
       *[other] { $count } słowa
    } z karty.

bank-write-sentences-about-picture = { $name } napisze { $count ->
        [one] jedno zdanie
        [few] { $count } zdania
        [many] { $count } zdań
       *[other] { $count } zdania
    } o obrazku. W każdym zdaniu użyje wielkiej litery na początku i kropki na końcu.

bank-writing-group-sentence-frames = Zajęcia z pisania w małej grupie, z gotowymi początkami zdań, które dzieci same kończą

bank-writing-samples-checked = { $gender ->
        [female] Jej prace pisemne są zbierane
        [male] Jego prace pisemne są zbierane
       *[other] Prace pisemne dziecka są zbierane
    } i sprawdzane co dwa tygodnie.

bank-talk-about-picture = Prosimy porozmawiać razem o obrazku i pomóc { $gender ->
        [female] jej
        [male] mu
       *[other] dziecku
    } powiedzieć zdanie na głos, zanim je zapisze.

bank-read-together-daily = Niech { $name } codziennie czyta razem z Państwem przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }. Prosimy też podpisywać dzienniczek czytania ({ EN("reading record") }).

bank-know-letter-sounds = { $name } poda głoskę dla { $count } z { $total ->
        [one] jednej litery lub grupy liter poznanej
        [few] { $total } liter i grup liter poznanych
        [many] { $total } liter i grup liter poznanych
       *[other] { $total } litery lub grupy liter poznanej
    } dotąd na zajęciach { EN("phonics") } (nauka głosek i liter).

bank-blend-short-words = { $name } odczyta głoska po głosce i połączy w całość krótkie słowa, takie jak „{ EN("cat") }” i „{ EN("ship") }”: poprawnie przeczyta { $count } z { $total ->
        [one] jednego słowa
        [few] { $total } słów
        [many] { $total } słów
       *[other] { $total } słowa
    }.

bank-spell-list-words = { $name } poprawnie napisze { $count } z { $total ->
        [one] jednego słowa
        [few] { $total } słów
        [many] { $total } słów
       *[other] { $total } słowa
    } ze swojej listy słów do nauki pisowni, przy dwóch kolejnych sprawdzeniach.

bank-read-page-few-mistakes = { $name } przeczyta na głos stronę ze swojej książki do czytania, robiąc najwyżej { $count ->
        [one] jeden błąd
        [few] { $count } błędy
        [many] { $count } błędów
       *[other] { $count } błędu
    }.

bank-answer-questions-about-text = { $name } odpowie na { $count } z { $total ->
        [one] jednego pytania
        [few] { $total } pytań
        [many] { $total } pytań
       *[other] { $total } pytania
    } o krótki tekst przeczytany razem z dorosłym.

bank-number-bonds-to-ten = { $name } odpowie bez liczenia na palcach na { $count } z { $total ->
        [one] jednego pytania
        [few] { $total } pytań
        [many] { $total } pytań
       *[other] { $total } pytania
    } z dopełniania do dziesięciu (pary liczb, które razem dają dziesięć).

bank-count-objects-accurately = { $name } poprawnie policzy do { $count ->
        [one] jednego przedmiotu
        [few] { $count } przedmiotów
        [many] { $count } przedmiotów
       *[other] { $count } przedmiotu
    }: dotknie każdego przedmiotu jeden raz, a ostatnią wypowiedzianą liczbę poda jako wynik.

bank-times-table-facts = { $name } poprawnie odpowie na { $count } z { $total ->
        [one] jednego pytania
        [few] { $total } pytań
        [many] { $total } pytań
       *[other] { $total } pytania
    } z tabliczki mnożenia przez { $table }, bez wypisywania tabliczki na kartce.

bank-finger-spaces = { $name } zostawi odstęp na szerokość palca między słowami w { $count } z { $total ->
        [one] jednego zdania napisanego
        [few] { $total } zdań napisanych
        [many] { $total } zdań napisanych
       *[other] { $total } zdania napisanego
    } w klasie.

bank-form-letters-correctly = { $name } poprawnie napisze { $count } z { $total ->
        [one] jednej małej litery
        [few] { $total } małych liter
        [many] { $total } małych liter
       *[other] { $total } małej litery
    }, zaczynając każdą we właściwym miejscu.

bank-remember-list-in-order = { $name } zapamięta listę { $count ->
        [one] jednego słowa
        [few] { $count } słów
        [many] { $count } słów
       *[other] { $count } słowa
    } i powtórzy ją we właściwej kolejności.

bank-use-word-mat = { $name } bez przypominania sprawdzi pisownię na planszy ze słowami, w { $times } z { $of ->
        [one] jednego zadania pisemnego
        [few] { $of } zadań pisemnych
        [many] { $of } zadań pisemnych
       *[other] { $of } zadania pisemnego
    }.

bank-phonics-catch-up-group = Zajęcia wyrównawcze z { EN("phonics") } (nauki głosek i liter): krótkie zajęcia w małej grupie, prawie codziennie, na których dzieci ćwiczą głoski i łączenie ich w słowa

bank-paired-reading = Czytanie w parze ({ EN("paired reading") }): dorosły i { $name } czytają razem książkę na głos, a dorosły pomaga przy trudnych słowach

bank-multisensory-spelling = Nauka pisowni wieloma zmysłami: dziecko uczy się każdego słowa, wypowiadając je, obrysowując palcem, zapisując i sprawdzając

bank-maths-with-objects = Matematyka z przedmiotami, które można trzymać w ręku i przesuwać, takimi jak liczmany, klocki i osie liczbowe, żeby liczby można było zobaczyć i dotknąć

bank-pre-teaching-topic-words = Wcześniejsze poznanie słów ({ EN("pre-teaching") }): przed lekcją dzieci poznają w małej grupie nowe słowa z tematu klasy, z obrazkami

bank-word-mat-on-table = Plansza ze słowami ({ EN("word mat") }) na stoliku: kartka z przydatnymi słowami i ich pisownią, na którą można patrzeć podczas pisania

bank-task-steps-checklist = Zadania podzielone na małe kroki, z listą, na której dziecko odhacza każdy wykonany krok

bank-reading-comprehension-group = Zajęcia z czytania ze zrozumieniem: czytanie krótkich tekstów w małej grupie i rozmowa o tym, co znaczą

bank-i-spy-letter-sounds = Prosimy bawić się razem w zgadywankę z głoskami ({ EN("I spy") }), na przykład: „Widzę coś, co zaczyna się na sss”.

bank-look-say-cover-write-check = Prosimy ćwiczyć słowa z listy po kilka naraz: popatrzeć na słowo, powiedzieć je, zakryć, napisać, a potem sprawdzić.

bank-count-everyday-things = Prosimy liczyć razem różne rzeczy na co dzień, na przykład stopnie na schodach, łyżki przy obiedzie albo czerwone samochody w drodze do szkoły.

bank-card-game-make-ten = Prosimy zagrać razem w karty: po kolei każdy szuka dwóch kart, które razem dają dziesięć.

bank-letter-sounds-checked-half-termly = Na początku planu i co pół trymestru sprawdzamy, które głoski zna { $name }.

bank-spelling-scores-charted = Co tydzień krótkie sprawdzenie pisowni; wyniki zapisujemy na wykresie.

bank-running-record = Co dwa tygodnie zapis głośnego czytania ({ EN("running record") }): dorosły słucha, jak czyta { $name }, i zaznacza każde słowo przeczytane poprawnie.

bank-need-reading-and-spelling = { $name } ma trudności z czytaniem nowych słów i z ich poprawnym zapisem, a także z zapamiętaniem ich do następnego dnia.

bank-strength-memory-for-stories = { $name } uwielbia opowiadania, dobrze je zapamiętuje i chętnie opowiada je innym.

bank-read-longer-words = { $name } przeczyta dłuższe słowa, dzieląc je na części, na przykład „{ EN("rab-bit") }” i „{ EN("sun-set") }”: poprawnie przeczyta { $count } z { $total ->
        [one] jednego słowa
        [few] { $total } słów
        [many] { $total } słów
       *[other] { $total } słowa
    }.

bank-spell-words-said-aloud = { $name } zapisze głoska po głosce krótkie słowa podyktowane przez dorosłego, na przykład „{ EN("dog") }” i „{ EN("shop") }”: poprawnie napisze { $count } z { $total ->
        [one] jednego słowa
        [few] { $total } słów
        [many] { $total } słów
       *[other] { $total } słowa
    }.

bank-use-spelling-rule = { $name } zastosuje poznawaną zasadę pisowni, na przykład dodanie „{ EN("ing") }” albo „{ EN("ed") }” do słowa, w { $count } z { $total ->
        [one] jednego słowa
        [few] { $total } słów
        [many] { $total } słów
       *[other] { $total } słowa
    } na sprawdzianie z pisowni.

bank-read-words-per-minute = { $name } przeczyta poprawnie { $words ->
        [one] jedno słowo
        [few] { $words } słowa
        [many] { $words } słów
       *[other] { $words } słowa
    } na minutę z książki na odpowiednim poziomie.

bank-retell-story-in-order = { $name } opowie przed chwilą przeczytaną historyjkę we właściwej kolejności i wymieni { $count ->
        [one] jedno główne wydarzenie
        [few] { $count } główne wydarzenia
        [many] { $count } głównych wydarzeń
       *[other] { $count } głównego wydarzenia
    }.

bank-plan-writing-with-frame = { $name } zaplanuje tekst na karcie do planowania: zanim zacznie pisać, zapisze albo narysuje { $count ->
        [one] jeden pomysł
        [few] { $count } pomysły
        [many] { $count } pomysłów
       *[other] { $count } pomysłu
    }.

bank-check-own-writing = { $name } przeczyta jeszcze raz gotowy tekst i bez pomocy poprawi w nim co najmniej { $count ->
        [one] jeden błąd
        [few] { $count } błędy
        [many] { $count } błędów
       *[other] { $count } błędu
    }.

bank-letters-on-the-line = { $name } będzie pisać równo na linii, z literami wysokimi i małymi we właściwej wielkości, w { $count } z { $total ->
        [one] jednego zdania
        [few] { $total } zdań
        [many] { $total } zdań
       *[other] { $total } zdania
    }.

bank-add-and-take-away = { $name } będzie dodawać i odejmować w zakresie do { $limit } i poprawnie odpowie na { $count } z { $total ->
        [one] jednego pytania
        [few] { $total } pytań
        [many] { $total } pytań
       *[other] { $total } pytania
    }.

bank-tens-and-ones = { $name } powie, ile dziesiątek i ile jedności ma liczba dwucyfrowa, dla { $count } z { $total ->
        [one] jednej liczby
        [few] { $total } liczb
        [many] { $total } liczb
       *[other] { $total } liczby
    }.

bank-tell-time-on-clock = { $name } odczyta na zegarze ze wskazówkami pełne godziny i „wpół do”, poprawnie na { $count } z { $total ->
        [one] jednego zegara
        [few] { $total } zegarów
        [many] { $total } zegarów
       *[other] { $total } zegara
    }.

bank-pay-with-coins = { $name } wybierze właściwe monety, żeby zapłacić za coś, co kosztuje do { $pence ->
        [one] jednego pensa
        [few] { $pence } pensów
        [many] { $pence } pensów
       *[other] { $pence } pensa
    }, w { $count } z { $total ->
        [one] jednej próby
        [few] { $total } prób
        [many] { $total } prób
       *[other] { $total } próby
    }.

bank-solve-word-problems = { $name } rozwiąże { $count } z { $total ->
        [one] jednego zadania tekstowego
        [few] { $total } zadań tekstowych
        [many] { $total } zadań tekstowych
       *[other] { $total } zadania tekstowego
    } (zadań z matematyki opowiedzianych jak krótka historyjka), rysując obrazek albo korzystając z przedmiotów.

bank-work-alone-on-steps = { $name } samodzielnie wykona { $steps ->
        [one] jeden krok
        [few] { $steps } kroki
        [many] { $steps } kroków
       *[other] { $steps } kroku
    } zadania, zanim poprosi dorosłego o sprawdzenie.

bank-use-task-board = { $name } będzie sprawdzać na tablicy zadań, co robić dalej, bez pytania dorosłego, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-bring-right-things = { $name } przyniesie do szkoły potrzebne rzeczy, na przykład książkę do czytania, bidon i strój na WF, sprawdzając je z listą, w { $days } z { $of } dni.

bank-finish-tasks-in-time = { $name } skończy { $count } z { $total ->
        [one] jednego zadania
        [few] { $total } zadań
        [many] { $total } zadań
       *[other] { $total } zadania
    } w czasie wyznaczonym na lekcji, z pomocą timera wizualnego (zegara, na którym widać, ile czasu zostało).

bank-decodable-reading-books = Książki do czytania dopasowane do głosek, które zna { $name }, tak żeby każde słowo dało się odczytać głoska po głosce

bank-reciprocal-reading = { EN("Reciprocal reading") } (czytanie wzajemne): w małej grupie dzieci na zmianę zgadują, co będzie dalej, zadają pytania, wyjaśniają trudne słowa i podsumowują tekst

bank-spelling-patterns-and-own-list = Nauka pisowni w grupach słów, które pisze się według tego samego wzoru, i własna lista trudnych słów do ćwiczenia

bank-handwriting-practice-group = Zajęcia z pisania ręcznego w grupie: kilka minut ćwiczeń prawie codziennie, żeby nauczyć się kształtów liter i ich łączenia

bank-number-facts-daily-practice = Codzienne ćwiczenie prostych działań, takich jak dodawanie do dziesięciu i tabliczka mnożenia, w krótkich grach po kilka minut, żeby dobrze je zapamiętać

bank-desk-memory-aids = Pomoce na ławce, które odciążają pamięć, takie jak pasek z alfabetem, tablica z liczbami do stu i tabliczka mnożenia

bank-small-chunks-of-information = Informacje podawane małymi porcjami, powtarzane i wspierane obrazkami albo zapisanymi słowami kluczowymi

bank-visual-timer-on-desk = Timer wizualny na ławce: zegar, na którym { $name } widzi, ile czasu zostało na zadanie

bank-start-then-step-back = Dorosły pomaga zacząć zadanie, potem odsuwa się i po kilku minutach sprawdza, jak idzie praca: tak { $name } uczy się pracować samodzielnie

bank-daily-kit-checklist = Obrazkowa lista rzeczy do zabrania na każdy dzień, trzymana w szkolnym plecaku, i podpisana szufladka na książki i przybory

bank-other-ways-to-record = Inne sposoby zapisywania pomysłów, takie jak rysunek, mapa myśli, pisanie na komputerze albo opowiedzenie ich dorosłemu, który je zapisuje

bank-reader-or-scribe-in-tests = Dodatkowy czas na sprawdzianach i dorosły, który czyta pytania albo zapisuje odpowiedzi, gdy { $name } tego potrzebuje

bank-play-shops-with-coins = Prosimy bawić się w sklep prawdziwymi monetami: niech { $name } płaci za zakupy i liczy resztę.

bank-tell-time-at-home = Prosimy w ciągu dnia patrzeć razem na zegar i pytać, która jest godzina, na przykład przy posiłkach albo przed ulubionym programem.

bank-pack-bag-night-before = Prosimy pakować razem szkolny plecak wieczorem dzień wcześniej, według obrazkowej listy ze szkoły.

bank-memory-games = Prosimy grać w gry pamięciowe, na przykład „Idę do sklepu i kupuję…”, w których każdy po kolei dodaje jedną rzecz.

bank-write-for-real-reasons = Prosimy pisać razem w prawdziwym celu, na przykład listę zakupów, kartkę urodzinową albo liścik do kogoś z rodziny.

bank-maths-check-half-termly = Krótkie sprawdzenie ćwiczonych umiejętności matematycznych na początku planu i co pół trymestru.

bank-reading-speed-timed = Co dwa tygodnie dorosły słucha, jak { $name } przez minutę czyta krótki fragment tekstu, i liczy słowa przeczytane poprawnie.

bank-tasks-done-alone-counted = Co tydzień liczymy zadania, które { $name } kończy bez pomocy dorosłego.

## Communication and interaction

bank-follow-two-step-instruction = { $name } wykona polecenie z dwóch kroków, wydane całej klasie, bez przypominania: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-instructions-in-short-steps = Polecenia są podawane krótkimi krokami, a każdy krok pokazuje obrazek.

bank-tally-chart-weekly = Tabelka, w której zaznacza się kreskami, ile razy się udało, sprawdzana co tydzień

bank-two-step-instructions-at-home = Prosimy dawać w domu polecenia z dwóch kroków i chwalić { $gender ->
        [female] ją
        [male] go
       *[other] dziecko
    } za ich wykonanie.

bank-answer-who-what-where = { $name } odpowie na { $count } z { $total ->
        [one] jednego pytania zaczynającego
        [few] { $total } pytań zaczynających
        [many] { $total } pytań zaczynających
       *[other] { $total } pytania zaczynającego
    } się od „kto”, „co” albo „gdzie”, o obrazku lub krótkiej historyjce.

bank-speak-in-longer-sentences = { $name } w rozmowie z dorosłym o obrazku będzie mówić zdaniami z co najmniej { $words ->
        [one] jednego słowa
        [few] { $words } słów
        [many] { $words } słów
       *[other] { $words } słowa
    }.

bank-take-turns-in-conversation = { $name } w rozmowie z kolegą lub koleżanką zabierze głos { $turns ->
        [one] jeden raz
        [few] { $turns } razy
        [many] { $turns } razy
       *[other] { $turns } razy
    }, trzymając się tego samego tematu.

bank-ask-for-help-when-stuck = { $name } poprosi o pomoc, gdy nie wie, co dalej, słowami albo kartą pomocy, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-listen-at-carpet-time = { $name } będzie siedzieć i słuchać podczas zajęć na dywanie przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }, patrząc na osobę, która mówi.

bank-learn-topic-words = { $name } co pół trymestru nauczy się { $count ->
        [one] jednego nowego słowa
        [few] { $count } nowych słów
        [many] { $count } nowych słów
       *[other] { $count } nowego słowa
    } z tematu klasy i powie, co każde z nich znaczy.

bank-say-hello-on-arrival = { $name } po przyjściu do klasy przywita się z dorosłym i z kolegą lub koleżanką, w { $days } z { $of } dni.

bank-wait-turn-to-speak = { $name } w grupie poczeka na swoją kolej, żeby coś powiedzieć, i nie będzie wykrzykiwać: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-say-practised-sound = { $name } wyraźnie wypowie ćwiczoną głoskę na początku słowa w { $count } z { $total ->
        [one] jednego słowa
        [few] { $total } słów
        [many] { $total } słów
       *[other] { $total } słowa
    }.

bank-position-words = { $name } pokaże znaczenie { $count } z { $total ->
        [one] jednego słowa opisującego
        [few] { $total } słów opisujących
        [many] { $total } słów opisujących
       *[other] { $total } słowa opisującego
    } położenie, na przykład „w”, „na” i „pod”, kładąc zabawkę we właściwym miejscu.

bank-move-on-with-visual-timetable = { $name } sprawdzi plan dnia w obrazkach i przejdzie do kolejnej czynności najwyżej po jednym przypomnieniu: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-play-shared-game = { $name } będzie grać z innym dzieckiem we wspólną grę przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }, z dorosłym w pobliżu.

bank-visual-timetable = Plan dnia w obrazkach ({ EN("visual timetable") }): obrazki na ławce lub na ścianie pokazują kolejność zajęć w ciągu dnia, więc { $name } wie, co będzie dalej

bank-now-and-next-board = Tablica „teraz i potem” ({ EN("now and next board") }): dwa obrazki pokazują zadanie, które jest teraz, i to, co będzie po nim

bank-social-stories = { EN("Social stories") } (historyjki społeczne): krótkie historyjki z obrazkami, które wyjaśniają nową lub trudną sytuację i to, co wtedy robić

bank-speech-and-language-programme = Program ćwiczeń od logopedy, wykonywanych z asystentem nauczyciela na krótkich zajęciach w każdym tygodniu

bank-language-group = Zajęcia językowe w małej grupie: gry, które ćwiczą słuchanie, uczą nowych słów i mówienia całymi zdaniami

bank-colourful-semantics = { EN("Colourful semantics") } (kolorowa semantyka): karty w różnych kolorach dla „kto”, „co robi”, „co” i „gdzie”, które pomagają budować dłuższe zdania

bank-name-first-short-instructions = Dorośli mówią „{ $name }”, zanim wydadzą polecenie, podają jeden krótki krok naraz i czekają na odpowiedź

bank-signs-and-symbols = Gesty i symbole obrazkowe używane razem z mową, żeby łatwiej było zrozumieć wypowiadane słowa

bank-talk-about-picture-book = Prosimy oglądać razem książeczkę z obrazkami i rozmawiać o tym, co dzieje się na każdej stronie.

bank-name-things-on-walks = Na spacerze albo w sklepie prosimy razem nazywać różne rzeczy i za każdym razem dodać jedno nowe słowo.

bank-my-turn-your-turn = Prosimy grać w prostą grę, w której każdy czeka na swoją kolej, na przykład w toczenie piłki, i mówić: „moja kolej, twoja kolej”.

bank-first-then-at-home = Prosimy mówić w domu „najpierw …, potem …”, żeby pokazać, co będzie dalej, na przykład: „najpierw buty, potem park”.

bank-speech-therapist-checks-each-visit = Logopeda sprawdza postępy przy każdej wizycie i pisze krótką notatkę.

bank-sentence-samples-half-termly = Na początku planu i co pół trymestru dorosły zapisuje, co { $name } mówi o obrazku, żeby zobaczyć, jak zdania się wydłużają.

bank-group-session-notes = Dorosły, który prowadzi grupę, na każdych zajęciach notuje każdą wypowiedź i odpowiedź dziecka, a co dwa tygodnie przegląda notatki.

bank-need-spoken-instructions = { $name } ma trudności z wykonywaniem poleceń wydawanych ustnie całej klasie oraz z doborem właściwych słów, żeby wyjaśnić swoje pomysły.

bank-say-sound-in-sentences = { $name } w rozmowie z dorosłym wyraźnie wypowie ćwiczoną głoskę w zdaniach, w { $count } z { $total ->
        [one] jednego zdania
        [few] { $total } zdań
        [many] { $total } zdań
       *[other] { $total } zdania
    }.

bank-hear-sound-differences = { $name } usłyszy różnicę między podobnie brzmiącymi słowami, na przykład „{ EN("key") }” i „{ EN("tea") }”, i wskaże właściwy obrazek dla { $count } z { $total ->
        [one] jednej pary słów
        [few] { $total } par słów
        [many] { $total } par słów
       *[other] { $total } pary słów
    }.

bank-sort-words-into-groups = { $name } podzieli { $count } z { $total ->
        [one] jednego obrazka
        [few] { $total } obrazków
        [many] { $total } obrazków
       *[other] { $total } obrazka
    } na grupy, takie jak zwierzęta, jedzenie i ubrania, i nazwie każdą grupę.

bank-describe-an-object = { $name } opisze przedmiot, mówiąc o nim { $count ->
        [one] jedną rzecz
        [few] { $count } rzeczy
        [many] { $count } rzeczy
       *[other] { $count } rzeczy
    }, na przykład jaki ma kolor, kształt i wielkość albo do czego służy.

bank-follow-key-word-instructions = { $name } wykona polecenie, w którym trzeba zapamiętać { $count ->
        [one] jedno ważne słowo
        [few] { $count } ważne słowa
        [many] { $count } ważnych słów
       *[other] { $count } ważnego słowa
    }, na przykład „daj mi dużą czerwoną piłkę”, w { $times } z { $of ->
        [one] jednej próby
        [few] { $of } prób
        [many] { $of } prób
       *[other] { $of } próby
    }.

bank-answer-why-and-how = { $name } odpowie na { $count } z { $total ->
        [one] jednego pytania zaczynającego
        [few] { $total } pytań zaczynających
        [many] { $total } pytań zaczynających
       *[other] { $total } pytania zaczynającego
    } się od „dlaczego” albo „jak”, o historyjce albo o czymś, co się wydarzyło.

bank-tell-news-in-order = { $name } opowie dorosłemu o czymś, co się wydarzyło, na przykład w weekend, w { $count ->
        [one] jednym zdaniu
        [few] { $count } zdaniach
        [many] { $count } zdaniach
       *[other] { $count } zdania
    }, we właściwej kolejności.

bank-tell-story-with-cards = { $name } opowie krótką historyjkę z pomocą kart z obrazkami i powie o { $count } z { $total ->
        [one] jednej części pokazanej
        [few] { $total } części pokazanych
        [many] { $total } części pokazanych
       *[other] { $total } części pokazanej
    } na kartach, takich jak kto, gdzie, co się stało i jak się skończyło.

bank-start-a-conversation = { $name } na przerwie zacznie rozmowę z innym dzieckiem, mówiąc „cześć” albo zadając pytanie, w { $days } z { $of } dni.

bank-ask-friend-a-question = { $name } po wysłuchaniu kolegi lub koleżanki zada pytanie o to, o czym była mowa: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-read-feelings-in-pictures = { $name } powie, co może czuć osoba na obrazku i dlaczego, dla { $count } z { $total ->
        [one] jednego obrazka
        [few] { $total } obrazków
        [many] { $total } obrazków
       *[other] { $total } obrazka
    }.

bank-explain-common-sayings = { $name } wyjaśni, co naprawdę znaczy { $count } z { $total ->
        [one] jednego popularnego powiedzenia
        [few] { $total } popularnych powiedzeń
        [many] { $total } popularnych powiedzeń
       *[other] { $total } popularnego powiedzenia
    }, na przykład „{ EN("it's raining cats and dogs") }” (leje jak z cebra).

bank-keep-comfortable-distance = { $name } w rozmowie z innymi będzie stać w odległości mniej więcej wyciągniętej ręki: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-cope-with-change-to-routine = { $name } zachowa spokój przy zmianie w planie dnia, jeśli wcześniej pokazano ją na planie dnia w obrazkach: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-ask-with-picture-cards = { $name } w ciągu dnia poprosi kartą z obrazkiem albo gestem o { $count ->
        [one] jedną rzecz
        [few] { $count } różne rzeczy
        [many] { $count } różnych rzeczy
       *[other] { $count } różnej rzeczy
    }, na przykład o picie, o pomoc albo o wyjście do toalety.

bank-join-activity-chosen-by-others = { $name } przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } weźmie udział w zajęciu wybranym przez kogoś innego, zanim wróci do ulubionego zajęcia.

bank-speak-up-in-small-group = { $name } w małej grupie z własnej inicjatywy odpowie na pytanie albo podzieli się pomysłem, co najmniej { $times ->
        [one] raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } w tygodniu.

bank-say-what-helps-when-talking = { $name } wymieni { $count ->
        [one] jedną rzecz, która pomaga
        [few] { $count } rzeczy, które pomagają
        [many] { $count } rzeczy, które pomagają
       *[other] { $count } rzeczy, które pomagają
    }, gdy mówienie jest trudne, na przykład więcej czasu na odpowiedź, i powie o tym wychowawcy klasy.

bank-wait-time-to-answer = Czas na odpowiedź: po zadaniu pytania dorośli czekają około dziesięciu sekund, a { $name } ma czas, żeby pomyśleć i odpowiedzieć

bank-model-and-expand-sentences = Dorośli powtarzają to, co mówi { $name }, w formie poprawnego, trochę dłuższego zdania, nie prosząc o powtórzenie

bank-word-webs = Sieci słów: każde nowe słowo łączy się z jego głoskami, znaczeniem, obrazkiem i podobnymi słowami, żeby lepiej zostało w pamięci

bank-brick-building-group = Grupa budowania z klocków: mała grupa wspólnie buduje model, a każde dziecko ma swoje zadanie (szuka klocków, buduje albo podaje instrukcje), żeby ćwiczyć rozmowę i współpracę

bank-intensive-interaction = { EN("Intensive interaction") } (intensywna interakcja): dorosły w zabawie podąża za tym, co robi { $name }, i naśladuje dźwięki i ruchy, żeby budować wspólną uwagę i radość z bycia razem

bank-quiet-workstation = Ciche stanowisko pracy: ławka z dala od tego, co rozprasza, z zadaniami ułożonymi po kolei, do samodzielnej pracy

bank-comic-strip-conversations = { EN("Comic strip conversations") } (rozmowy w formie komiksu): proste rysunki z dymkami mowy i myśli, żeby omówić, co się stało i kto co myślał

bank-warn-before-changes = Uprzedzanie o zmianach: zmiany w planie dnia pokazywane wcześniej na planie dnia w obrazkach i odliczanie, zanim skończy się zajęcie

bank-stammering-friendly-talk = Rozmowa przyjazna przy jąkaniu: dorośli czekają, aż { $name } skończy mówić, nie kończą za { $gender ->
        [female] nią
        [male] niego
       *[other] dziecko
    } słów i wspólnie ustalają, jak odpowiadać przy sprawdzaniu obecności i na pytania w klasie

bank-talking-partner = Partner do rozmowy: ktoś z klasy, z kim można omówić pomysły, zanim padnie odpowiedź przed całą klasą

bank-communication-passport = Paszport komunikacyjny: krótka książeczka, przygotowana razem z rodziną, która mówi pracownikom szkoły, jak { $name } się porozumiewa i co pomaga

bank-lunchtime-club-structured-play = Klub w przerwie obiadowej: gry w małej grupie z dorosłym, który pomaga dzieciom bawić się razem

bank-speech-sound-games-from-therapist = Prosimy codziennie przez kilka minut bawić się w gry z głoskami od logopedy i chwalić każdą próbę.

bank-talk-at-mealtimes = Prosimy wyłączać ekrany przy posiłkach i rozmawiać razem o tym, jak minął dzień.

bank-prepare-for-changes = Przed zmianą, na przykład wizytą albo wycieczką, prosimy pokazać zdjęcia albo opowiedzieć krótką historyjkę o tym, co się wydarzy. Dzięki temu { $name } wie, czego się spodziewać.

bank-give-time-to-talk = Kiedy { $name } ma trudność z mówieniem, prosimy spokojnie poczekać, nadal patrzeć na { $gender ->
        [female] nią
        [male] niego
       *[other] dziecko
    } i pozwolić { $gender ->
        [female] jej
        [male] mu
       *[other] dziecku
    } dokończyć, bez kończenia słów za { $gender ->
        [female] nią
        [male] niego
       *[other] dziecko
    }.

bank-describe-and-guess = Prosimy zagrać w „opisz i zgadnij”: na zmianę opisywać coś, co jest w pokoju, i zgadywać, co to jest.

bank-new-words-checked-with-pictures = Na początku i na końcu planu sprawdzamy z obrazkami, jakie nowe słowa zna { $name }.

bank-conversations-noted-weekly = Co tydzień dorosły zapisuje, jak często { $name } zaczyna rozmowę albo dołącza do rozmowy w klasie i na przerwie.

bank-playtime-observation = Co dwa tygodnie dorosły obserwuje przerwę i zapisuje, z kim i jak bawi się { $name }.

bank-social-communication-checklist = Pracownicy szkoły i rodzina wypełniają krótką listę umiejętności porozumiewania się z innymi, na początku i na końcu planu.

## Social, emotional and mental health

bank-calm-card = { $name } będzie korzystać z karty spokoju i kącika spokoju zamiast krzyczeć, w { $days } z { $of } dni.

bank-feelings-check-in = Każdego ranka krótka rozmowa o tym, jak dziecko się czuje, ze skalą uczuć

bank-feelings-scale-at-home = Prosimy używać w domu tej samej skali uczuć i chwalić { $gender ->
        [female] ją
        [male] go
       *[other] dziecko
    } za to, że prosi o przerwę.

bank-name-feelings = { $name } nazwie { $count ->
        [one] jedno uczucie
        [few] { $count } uczucia
        [many] { $count } uczuć
       *[other] { $count } uczucia
    }, takie jak radość, smutek, złość i niepokój, i dopasuje każde z nich do obrazka.

bank-calm-again-within-minutes = { $name } z pomocą dorosłego uspokoi się w ciągu { $minutes ->
        [one] minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } od chwili, gdy się zdenerwuje.

bank-use-break-card = Gdy { $name } się zdenerwuje, pokaże kartę przerwy, żeby poprosić o krótką przerwę, zamiast wychodzić z sali: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-start-task-when-asked = { $name } zacznie zadanie w ciągu { $minutes ->
        [one] minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } od prośby dorosłego, w { $days } z { $of } dni.

bank-join-playtime-game = { $name } na przerwie dołączy do zabawy z innymi dziećmi, w { $days } z { $of } dni.

bank-safe-hands-at-playtime = { $name } na przerwie będzie trzymać ręce i nogi przy sobie i nikogo nie skrzywdzi, w { $days } z { $of } dni.

bank-lose-a-game-calmly = { $name } zachowa spokój po przegranej i powie zwycięzcy „brawo”, w { $times } z { $of ->
        [one] jednej gry
        [few] { $of } gier
        [many] { $of } gier
       *[other] { $of } gry
    }.

bank-say-good-things-about-self = { $name } na cotygodniowej rozmowie powie o sobie { $count ->
        [one] jedną dobrą rzecz
        [few] { $count } dobre rzeczy
        [many] { $count } dobrych rzeczy
       *[other] { $count } dobrej rzeczy
    }.

bank-come-into-class-calmly = { $name } rano pożegna się przy drzwiach i spokojnie wejdzie do klasy, w { $days } z { $of } dni.

bank-follow-request-after-reminder = { $name } zrobi to, o co prosi dorosły, najwyżej po jednym przypomnieniu: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-stay-in-lesson = { $name } zostanie w klasie przez całą lekcję, w razie potrzeby z zaplanowaną przerwą, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-sort-out-falling-out = { $name } rozwiąże kłótnię z kolegą lub koleżanką słowami, a nie rękami, w razie potrzeby z pomocą dorosłego: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-feelings-traffic-light = Sygnalizator uczuć: zielona, żółta i czerwona karta pokazują, jak czuje się { $name }, a dla każdego koloru jest plan, co wtedy pomaga

bank-nurture-group = Grupa wsparcia ({ EN("nurture group") }): mała, spokojna grupa ze znanym dziecku dorosłym, przez część dnia, żeby budować pewność siebie i przyjaźnie

bank-emotional-literacy-support = Wsparcie w rozumieniu uczuć ({ EN("emotional literacy support") }): co tydzień spotkanie z przeszkolonym asystentem nauczyciela, żeby rozmawiać o uczuciach i ćwiczyć sposoby radzenia sobie z nimi

bank-social-skills-group = Zajęcia rozwijające umiejętności społeczne: gry w małej grupie, żeby ćwiczyć dzielenie się, czekanie na swoją kolej i spokojne przyjmowanie przegranej

bank-calm-space-with-timer = Ciche, spokojne miejsce w klasie lub obok niej na krótką przerwę z klepsydrą, a potem powrót do nauki

bank-meet-and-greet = Powitanie przy drzwiach ({ EN("meet and greet") }): każdego ranka, gdy { $name } przychodzi do szkoły, znany dorosły wita się z dzieckiem przy drzwiach i pomaga mu spokojnie zacząć dzień

bank-praise-and-reward-chart = Wyraźna pochwała za dobre wybory i tabela nagród z małymi celami, które { $name } ustala razem z dorosłym

bank-restorative-conversations = Rozmowy naprawcze: po problemie dorosły pomaga każdemu dziecku powiedzieć, co się stało, co czuło i jak to naprawić

bank-best-part-of-the-day = Przed snem prosimy zapytać o najlepszą chwilę dnia i o jedną rzecz, która była trudna, i spokojnie wysłuchać.

bank-slow-breathing-together = Kiedy wszyscy są spokojni, prosimy ćwiczyć razem powolne oddychanie: wdech, licząc do czterech, potem wydech, licząc do czterech.

bank-praise-effort-at-home = Prosimy zauważać, kiedy { $name } się stara albo postępuje życzliwie, i mówić dokładnie, co było dobre.

bank-tell-school-about-changes = Prosimy mówić szkole o zmianach w domu, takich jak przeprowadzka, narodziny rodzeństwa albo śmierć bliskiej osoby, żeby pracownicy szkoły mogli pomóc.

bank-difficult-moments-record = Zapis trudnych sytuacji (co działo się wcześniej, { $gender ->
        [female] co zrobiła
        [male] co zrobił
       *[other] co zrobił(a)
    } { $name } i co działo się potem), omawiany co tydzień.

bank-feelings-questionnaire = Krótki kwestionariusz o uczuciach, który { $name } wypełnia razem z dorosłym na początku i na końcu planu.

bank-daily-smiley-chart = Codzienna tabelka z buźką za każdą część dnia, przekazywana do domu i omawiana w każdy piątek.

bank-need-managing-feelings = { $name } ma trudności z radzeniem sobie z silnymi emocjami i z uspokojeniem się po zdenerwowaniu.

bank-share-a-worry = { $name } podzieli się zmartwieniem z zaufanym dorosłym, mówiąc, rysując albo korzystając ze skrzynki na zmartwienia, co najmniej { $times ->
        [one] raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } w tygodniu.

bank-use-calm-plan = { $name } skorzysta z pomysłu ze swojego planu na wyciszenie, na przykład z powolnego oddychania albo ściskania miękkiej piłki, gdy poczuje niepokój: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-speak-to-adults-in-school = { $name } porozmawia w szkole z { $count ->
        [one] jedną osobą dorosłą
        [few] { $count } osobami dorosłymi
        [many] { $count } osobami dorosłymi
       *[other] { $count } osoby dorosłej
    }, zaczynając od dobrze znanej osoby, w cichym miejscu.

bank-try-something-new = { $name } co pół trymestru spróbuje { $count ->
        [one] jednego nowego zajęcia
        [few] { $count } nowych zajęć
        [many] { $count } nowych zajęć
       *[other] { $count } nowego zajęcia
    }, na przykład kółka zainteresowań albo nowej gry, ze znanym dorosłym w pobliżu.

bank-notice-early-signs-of-anger = { $name } zauważy pierwsze oznaki złości, na przykład gorącą twarz albo zaciśnięte pięści, i powie o tym dorosłemu: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-help-put-things-right = { $name } po problemie spokojnie porozmawia z dorosłym i zaproponuje, jak to naprawić: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-attend-school-per-cent = { $name } będzie w szkole przez co najmniej { $percent } procent dni szkolnych w tym trymestrze.

bank-time-in-class-each-day = { $name } będzie spędzać w klasie { $hours ->
        [one] godzinę
        [few] { $hours } godziny
        [many] { $hours } godzin
       *[other] { $hours } godziny
    } dziennie, a przez resztę dnia będzie w cichym miejscu ze znanym dorosłym.

bank-settle-after-playtime = { $name } po przerwie wróci do klasy i w ciągu { $minutes ->
        [one] minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } spokojnie usiądzie przy swoim stoliku, w { $days } z { $of } dni.

bank-invite-someone-to-play = { $name } zaprosi inne dziecko do zabawy, co najmniej { $times ->
        [one] raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } w tygodniu.

bank-kind-things-for-others = { $name } każdego dnia zrobi dla innych dzieci { $count ->
        [one] jedną miłą rzecz
        [few] { $count } miłe rzeczy
        [many] { $count } miłych rzeczy
       *[other] { $count } miłej rzeczy
    }, na przykład podzieli się czymś albo pomoże, a dorosły to zauważy.

bank-have-a-go-at-hard-tasks = { $name } spróbuje zmierzyć się z trudnym zadaniem i powie „spróbuję” zamiast odmawiać, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-cope-with-mistakes = { $name } zachowa spokój, gdy ktoś wskaże błąd, i go poprawi, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-share-work-with-pride = { $name } pokaże dorosłemu albo klasie { $gender ->
        [female] pracę, z której jest dumna
        [male] pracę, z której jest dumny
       *[other] pracę, która jest powodem do dumy
    }, co najmniej { $times ->
        [one] raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } w tygodniu.

bank-stay-on-task-with-timer = { $name } będzie pracować nad zadaniem przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }, z timerem wizualnym, zanim zrobi krótką zaplanowaną przerwę.

bank-back-to-work-after-signal = { $name } wróci do pracy po cichym sygnale od dorosłego, na przykład po stuknięciu w ławkę: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-walk-in-line-safely = { $name } ustawi się w szeregu i bezpiecznie przejdzie z klasą, nie wychodząc z szeregu: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-visit-new-class = { $name } przed przejściem odwiedzi nową klasę albo szkołę { $count ->
        [one] jeden raz
        [few] { $count } razy
        [many] { $count } razy
       *[other] { $count } razy
    } i powie jedną rzecz, na którą się cieszy.

bank-key-adult = Osoba zaufana ({ EN("key adult") }): jeden wyznaczony dorosły, do którego { $name } może przyjść, który codziennie pyta, jak dziecko się czuje, i utrzymuje kontakt z rodziną

bank-worry-box = Skrzynka albo zeszyt na zmartwienia, do których { $name } może wkładać lub wpisywać zmartwienia, żeby później porozmawiać o nich z dorosłym

bank-personal-calm-plan = Plan na wyciszenie, który { $name } przygotowuje razem z dorosłym: pierwsze oznaki zdenerwowania lub złości, co pomaga i dokąd pójść, żeby się uspokoić

bank-emotion-coaching = { EN("Emotion coaching") } (wspieranie w przeżywaniu emocji): dorośli najpierw nazywają uczucie i pokazują, że je rozumieją, a potem pomagają ustalić, co zrobić dalej

bank-gradual-return-plan = Plan stopniowego wydłużania czasu w szkole, krok po kroku, z cichym miejscem i znanym dorosłym, uzgodniony z rodziną i często sprawdzany

bank-attendance-support-meeting = Wsparcie w regularnym chodzeniu do szkoły: telefon do domu w pierwszym dniu nieobecności i spotkanie z rodziną, żeby ustalić, co pomoże

bank-quiet-signal-to-refocus = Cichy sygnał, wcześniej uzgodniony z dzieckiem, na przykład dłoń położona na ławce: dzięki niemu { $name } wraca do zadania bez upominania

bank-transition-visits-and-booklet = Pomoc przy przejściu do nowej klasy lub szkoły: dodatkowe wizyty w nowym miejscu i książeczka ze zdjęciami nowych sal i pracowników do oglądania w wakacje

bank-circle-of-friends = { EN("Circle of friends") } (krąg przyjaciół): mała grupa dzieci z klasy, które co tydzień spotykają się z dorosłym i ustalają, jak pomagać w klasie i na przerwie: dzięki temu { $name } ma wsparcie kolegów

bank-playground-buddies = Opiekunowie na boisku ({ EN("playground buddies") }): przeszkolone starsze dzieci, które na przerwie pomagają w zabawach i w nawiązywaniu przyjaźni

bank-class-job-for-confidence = Dyżur w klasie, na przykład rozdawanie książek albo podlewanie roślin, żeby budować pewność siebie i poczucie przynależności

bank-mental-health-support-team = Krótkie rozmowy z psychologiem szkolnym ({ EN("school counsellor") }) albo z zespołem wsparcia zdrowia psychicznego ({ EN("mental health support team") }), który współpracuje ze szkołą

bank-calm-morning-routine = Prosimy, żeby poranki były spokojne i każdego dnia takie same, z obrazkowym planem przygotowań do szkoły.

bank-regular-bedtime-screens-off = Prosimy pilnować stałej pory snu i wyłączać ekrany godzinę przed snem.

bank-invite-friend-to-play = Prosimy zaprosić kolegę lub koleżankę z klasy do zabawy w domu albo w parku, na początek na krótko.

bank-worry-time = Prosimy wyznaczyć czas na zmartwienia: kilka minut dziennie na rozmowę o tym, co martwi, a potem zrobić razem coś miłego.

bank-small-jobs-at-home = Prosimy dać dziecku małe zadanie w domu, na przykład nakrywanie do stołu, i podziękować, kiedy { $name } je wykona.

bank-talk-about-new-class = W wakacje prosimy oglądać razem książeczkę i zdjęcia ze szkoły i rozmawiać o nowej klasie.

bank-attendance-checked-weekly = Co tydzień sprawdzamy obecność i spóźnienia i przekazujemy wyniki rodzinie.

bank-weekly-feelings-rating = Co tydzień { $name } wybiera buźkę na skali uczuć, żeby pokazać, jak się czuje w szkole, a odpowiedzi porównujemy przez cały czas trwania planu.

bank-time-on-task-recorded = Na dwóch lekcjach w tygodniu dorosły mierzy, jak długo { $name } pracuje nad zadaniem, i zapisuje wynik.

bank-home-school-book = Zeszyt do kontaktu między domem a szkołą: codziennie krótka notatka ze szkoły, a z domu, gdy jest coś nowego; przeglądamy go razem na omówieniu planu.

bank-midday-staff-notes = Opiekunowie na przerwie obiadowej co tydzień piszą krótką notatkę o tym, jak minęły przerwy i pora obiadu.

## Sensory and physical

bank-pencil-grip = { $name } będzie trzymać ołówek chwytem trzypalcowym (między kciukiem a dwoma palcami) przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } pisania.

bank-put-on-coat = { $name } bez pomocy założy kurtkę i zapnie zamek, w { $days } z { $of } dni.

bank-change-for-pe = { $name } bez pomocy przebierze się na WF w ciągu { $minutes ->
        [one] minuty
        [few] { $minutes } minut
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } lub szybciej.

bank-cut-along-line = { $name } wytnie nożyczkami wzdłuż grubej linii, trzymając się blisko niej: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-balance-on-one-leg = { $name } postoi na jednej nodze, na prawej i na lewej, przez { $seconds ->
        [one] sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    }.

bank-wear-hearing-aids = { $name } będzie nosić aparaty słuchowe przez cały dzień w szkole, w { $days } z { $of } dni.

bank-say-when-not-heard = { $name } powie dorosłemu, gdy czegoś nie usłyszy albo nie zobaczy wyraźnie, słowami albo za pomocą karty, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-use-large-print = { $name } bez przypominania będzie korzystać z dużego druku albo z lupy, żeby czytać zadania w klasie, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-find-way-around-school = { $name } samodzielnie trafi z klasy do auli, do toalet i na boisko, w { $days } z { $of } dni.

bank-write-words-in-time = { $name } napisze { $words ->
        [one] jedno słowo
        [few] { $words } słowa
        [many] { $words } słów
       *[other] { $words } słowa
    } w { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }, czytelnymi literami.

bank-ask-for-movement-break = Gdy { $name } nie może usiedzieć w miejscu, pokaże kartę, żeby poprosić o przerwę na ruch, zamiast wstawać z ławki: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-stay-in-assembly = { $name } zostanie w auli przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } apelu ({ EN("assembly") }), w razie potrzeby w słuchawkach wyciszających.

bank-fine-motor-group = Zajęcia z małej motoryki w grupie: krótkie ćwiczenia, takie jak nawlekanie, przypinanie spinaczy i { EN("dough disco") } (ściskanie i wałkowanie ciastoliny przy muzyce), żeby wzmocnić dłonie

bank-therapy-exercise-programme = Program ćwiczeń od terapeuty zajęciowego lub fizjoterapeuty, wykonywany z asystentem nauczyciela

bank-radio-aid = System FM ({ EN("radio aid") }): nauczyciel nosi mały mikrofon, który przesyła głos prosto do { $gender ->
        [female] jej aparatów słuchowych
        [male] jego aparatów słuchowych
       *[other] aparatów słuchowych dziecka
    }

bank-seat-near-the-front = Miejsce z przodu klasy, twarzą do nauczyciela, w dobrym świetle i z dala od hałasu

bank-large-print-materials = Karty pracy i książki w dużym druku i z wyraźnym kontrastem, przygotowane według porad zespołu, który pomaga dzieciom z problemami ze wzrokiem lub słuchem ({ EN("sensory support") })

bank-sensory-circuit = Ścieżka sensoryczna ({ EN("sensory circuit") }): każdego ranka krótki zestaw ćwiczeń ruchowych, dzięki którym { $name } łatwiej się wycisza i skupia na nauce

bank-movement-breaks = Zaplanowane przerwy na ruch: krótkie zadania lub ćwiczenia w czasie lekcji, na przykład zaniesienie wiadomości do sekretariatu

bank-ear-defenders-and-quiet-place = Słuchawki wyciszające i ciche miejsce, do którego można pójść, gdy w sali jest za głośno

bank-finger-games-at-home = Prosimy bawić się w zabawy, w których pracują palce, na przykład nawlekanie koralików, budowanie z małych klocków albo przypinanie prania spinaczami.

bank-dressing-practice = Rano prosimy zostawić tyle czasu, ile { $name } potrzebuje na samodzielne ubranie się, i pomagać tylko przy najtrudniejszej części.

bank-check-hearing-aids-daily = Przed szkołą prosimy sprawdzić, czy aparaty słuchowe działają, i włożyć zapasowe baterie do szkolnego plecaka.

bank-active-play-at-the-park = Prosimy chodzić razem na plac zabaw i bawić się na drabinkach, huśtawkach i wszystkim, co wymaga utrzymania równowagi.

bank-therapist-checks-goals = Terapeuta zajęciowy lub fizjoterapeuta przy każdej wizycie sprawdza postępy w osiąganiu celów, które wyznaczył.

bank-time-taken-recorded-weekly = Co tydzień zapisujemy, ile czasu zajmuje zadanie, na przykład przebieranie się na WF, żeby widzieć, jak ten czas się skraca.

bank-specialist-teacher-report = Pedagog specjalny z zespołu, który pomaga dzieciom z problemami ze wzrokiem lub słuchem, co pół trymestru obserwuje lekcję i pisze krótkie sprawozdanie.

bank-need-fine-motor-skills = { $name } ma trudności z pisaniem ręcznym, wycinaniem i innymi zadaniami, które wymagają małych, precyzyjnych ruchów dłoni.

bank-check-own-hearing-aids = { $name } każdego ranka sprawdzi z dorosłym swoje aparaty słuchowe i powie, czy dobrze w nich słychać, w { $days } z { $of } dni.

bank-hand-over-radio-aid = { $name } na początku lekcji bez przypominania da nauczycielowi mikrofon systemu FM, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-read-braille-words = { $name } poprawnie przeczyta w brajlu { $count } z { $total ->
        [one] jednego słowa
        [few] { $total } słów
        [many] { $total } słów
       *[other] { $total } słowa
    }.

bank-walk-with-walking-aid = { $name } przejdzie z pomocą sprzętu do chodzenia z klasy do auli i z powrotem, z dorosłym w pobliżu, w { $days } z { $of } dni.

bank-ask-for-rest-or-change-of-position = { $name } powie dorosłemu, kiedy potrzebuje odpoczynku albo zmiany pozycji: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-use-stairs-safely = { $name } będzie bezpiecznie wchodzić i schodzić po schodach, stawiając na każdym stopniu jedną stopę i trzymając się poręczy, w { $days } z { $of } dni.

bank-catch-a-ball = { $name } złapie dużą piłkę rzuconą delikatnie z odległości { $steps ->
        [one] jednego kroku
        [few] { $steps } kroków
        [many] { $steps } kroków
       *[other] { $steps } kroku
    }, w { $times } z { $of ->
        [one] jednego rzutu
        [few] { $of } rzutów
        [many] { $of } rzutów
       *[other] { $of } rzutu
    }.

bank-hop-on-each-foot = { $name } podskoczy { $times ->
        [one] jeden raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na prawej nodze i tyle samo na lewej, i się nie przewróci.

bank-do-up-buttons = { $name } bez pomocy zapnie { $count ->
        [one] jeden guzik
        [few] { $count } guziki
        [many] { $count } guzików
       *[other] { $count } guzika
    } w koszuli albo w rozpinanym swetrze.

bank-type-words-per-minute = { $name } napisze na klawiaturze { $words ->
        [one] jedno słowo
        [few] { $words } słowa
        [many] { $words } słów
       *[other] { $words } słowa
    } na minutę, używając obu rąk.

bank-use-knife-and-fork = { $name } w czasie obiadu pokroi miękkie jedzenie nożem i widelcem, w { $days } z { $of } dni.

bank-open-lunch-items = { $name } bez pomocy otworzy { $count } z { $total ->
        [one] jednego opakowania lub pojemnika
        [few] { $total } opakowań i pojemników
        [many] { $total } opakowań i pojemników
       *[other] { $total } opakowania lub pojemnika
    } z jedzeniem przyniesionym z domu na obiad.

bank-try-new-foods = { $name } co pół trymestru spróbuje w czasie obiadu { $count ->
        [one] jednej nowej potrawy
        [few] { $count } nowych potraw
        [many] { $count } nowych potraw
       *[other] { $count } nowej potrawy
    } w dowolny sposób: patrząc, dotykając, wąchając albo smakując.

bank-join-messy-play = { $name } przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    } weźmie udział w zajęciach, przy których można się pobrudzić, na przykład w malowaniu albo gotowaniu, w rękawiczkach, jeśli zechce.

bank-use-sensory-tools = { $name } skorzysta z rzeczy ze swojego zestawu sensorycznego, na przykład z poduszki sensorycznej albo czegoś do zajęcia rąk, żeby zachować spokój, na { $times } z { $of ->
        [one] jednej lekcji
        [few] { $of } lekcji
        [many] { $of } lekcji
       *[other] { $of } lekcji
    }.

bank-know-signs-of-feeling-unwell = { $name } wymieni { $count ->
        [one] jeden objaw, który pokazuje
        [few] { $count } objawy, które pokazują
        [many] { $count } objawów, które pokazują
       *[other] { $count } objawu, który pokazuje
    }, że potrzebuje pomocy w związku ze swoją chorobą, na przykład drżenie albo brak tchu, i powie, któremu dorosłemu trzeba o tym powiedzieć.

bank-help-with-own-medical-care = { $name } będzie pomagać przy swoim leczeniu, na przykład przy mierzeniu cukru we krwi, pod okiem dorosłego, w { $days } z { $of } dni.

bank-ask-for-toilet-in-time = { $name } w porę poprosi o wyjście do toalety, słowami albo kartą, a w tygodniu { $count ->
        [one] zdarzy się najwyżej jedna wpadka
        [few] zdarzą się najwyżej { $count } wpadki
        [many] zdarzy się najwyżej { $count } wpadek
       *[other] zdarzy się najwyżej { $count } wpadki
    }.

bank-wash-hands-after-toilet = { $name } bez przypominania umyje i wytrze ręce po skorzystaniu z toalety: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-deaf-friendly-teaching = Nauczanie dostosowane do dzieci z problemami ze słuchem: nauczyciel mówi zwrócony twarzą do klasy, ważne słowa są zapisane na tablicy, a filmy mają napisy

bank-braille-teaching = Lekcje brajla z pedagogiem specjalnym i materiały do pracy w klasie przygotowane w brajlu przed każdą lekcją

bank-mobility-training = Nauka orientacji przestrzennej ze specjalistą: jak bezpiecznie i samodzielnie poruszać się po szkole i trafiać we właściwe miejsca

bank-sloped-board-and-pencil-grip = Pochyła podkładka do pisania i gumowa nakładka na ołówek, żeby pisanie było łatwiejsze i wygodniejsze

bank-typing-for-longer-writing = Laptop albo tablet do pisania dłuższych tekstów i co tydzień ćwiczenia w pisaniu na klawiaturze

bank-moving-and-handling-plan = Plan bezpiecznego podnoszenia i przemieszczania, przygotowany z fizjoterapeutą: jak bezpiecznie podnosić dziecko, przenosić je i zmieniać jego pozycję; stosują go przeszkoleni pracownicy

bank-gross-motor-group = Zajęcia ruchowe w grupie: krótkie zajęcia z ćwiczeniami równowagi, skakaniem, rzucaniem i łapaniem, żeby budować siłę i koordynację

bank-sensory-diet = { EN("Sensory diet") } (plan zajęć sensorycznych): zaplanowane w ciągu dnia czynności, takie jak noszenie, pchanie albo chwila ciszy, ustalone przez terapeutę zajęciowego, dzięki którym { $name } łatwiej zachowuje spokój i uwagę

bank-sensory-tool-kit = Zestaw sensoryczny: rzeczy takie jak poduszka sensoryczna, gniotek i coś bezpiecznego do gryzienia, dzięki którym { $name } łatwiej zachowuje spokój na lekcjach

bank-individual-health-care-plan = Indywidualny plan opieki zdrowotnej, przygotowany z rodziną i pielęgniarką szkolną, który mówi, co pracownicy szkoły robią na co dzień i w nagłej sytuacji

bank-staff-medical-training = Pracownicy przeszkoleni w podawaniu leków i w pomocy przy chorobie dziecka, na przykład w używaniu inhalatora albo automatycznego wstrzykiwacza z adrenaliną

bank-intimate-care-plan = Plan opieki higienicznej uzgodniony z rodziną: zaplanowany, dyskretny sposób pomocy przy korzystaniu z toalety i przebieraniu, z wyznaczonymi pracownikami

bank-toilet-timetable = Przypomnienia o wyjściu do toalety o stałych porach w ciągu dnia i karta, którą można poprosić o wyjście w każdej chwili

bank-lunchtime-eating-support = Pomoc w czasie obiadu: spokojniejsze miejsce do jedzenia, pokrojone jedzenie, jeśli trzeba, i dorosły, który zachęca do próbowania nowych potraw

bank-throw-and-catch = Prosimy bawić się w rzucanie i łapanie dużej, miękkiej piłki i stawać coraz dalej od siebie, gdy idzie coraz lepiej.

bank-help-in-the-kitchen = Niech { $name } pomaga w kuchni: miesza, nalewa, smaruje i kroi miękkie jedzenie.

bank-new-food-next-to-favourite = Prosimy kłaść małą porcję nowej potrawy obok ulubionej, bez naciskania, i chwalić za patrzenie, dotykanie albo próbowanie.

bank-toilet-routine-at-home = Prosimy trzymać się w domu stałych pór korzystania z toalety, na przykład po posiłkach, i używać tych samych słów i obrazków co w szkole.

bank-therapy-exercises-at-home = Prosimy kilka razy w tygodniu wykonywać razem ćwiczenia od fizjoterapeuty albo terapeuty zajęciowego.

bank-update-school-on-health = Prosimy informować szkołę o każdej zmianie w zdrowiu dziecka albo w lekach i sprawdzać, czy leki przechowywane w szkole nie straciły ważności.

bank-glasses-every-day = Prosimy sprawdzać każdego ranka, czy { $name } ma czyste okulary i zakłada je do szkoły.

bank-hearing-aid-check-log = Codziennie zapisujemy wynik porannego sprawdzenia aparatów słuchowych i ewentualne problemy, a zapis przeglądamy co tydzień.

bank-toileting-chart = Tabelka korzystania z toalety: codziennie zapisujemy, kiedy dziecko było suche, a kiedy zdarzyła się wpadka, i przeglądamy ją co tydzień.

bank-foods-tried-record = Opiekunowie na przerwie obiadowej zapisują, jakich potraw próbuje { $name }.

bank-movement-skills-check = Krótkie sprawdzenie umiejętności ruchowych, takich jak utrzymanie równowagi, skakanie na jednej nodze i łapanie, na początku i na końcu planu.

bank-medical-log = Zapis podanych leków i chwil, w których { $name } źle się czuje, omawiany co pół trymestru z rodziną i pielęgniarką szkolną.

## Any area

bank-strength-kind-and-helpful = { $name } { $gender ->
        [female] jest życzliwa
        [male] jest życzliwy
       *[other] ma dobre serce
    } i lubi pomagać dorosłym i innym dzieciom.

bank-strength-creative = { $name } { $gender ->
        [female] jest twórcza
        [male] jest twórczy
       *[other] ma twórczą wyobraźnię
    } i lubi rysować, tworzyć i budować różne rzeczy.

bank-strength-keeps-trying = { $name } nie poddaje się, nawet gdy zadanie jest trudne.

bank-pupil-views-before-review = Przed każdym omówieniem planu { $name } mówi, co idzie dobrze, a co jest trudne, a my zapisujemy odpowiedzi.

bank-termly-review-meeting = W każdym trymestrze spotykamy się z rodziną, żeby razem przejrzeć cele i ustalić kolejne kroki.

## Assessments

bank-reading-and-spelling-assessment = Badanie umiejętności czytania i pisowni

bank-maths-assessment = Badanie umiejętności matematycznych, żeby sprawdzić, które umiejętności liczenia wymagają więcej ćwiczeń

bank-dyslexia-screening = Badanie przesiewowe w kierunku dysleksji: krótkie sprawdzenie czytania, pisowni i pamięci

bank-educational-psychologist-assessment = Badanie u psychologa edukacyjnego

bank-speech-and-language-assessment = Badanie u logopedy

bank-autism-assessment-referral = Skierowanie na diagnozę w kierunku autyzmu w lokalnej służbie zdrowia

bank-mental-health-assessment = Badanie w { EN("CAMHS") }, lokalnej poradni zdrowia psychicznego dla dzieci i młodzieży

bank-hearing-test-audiology = Badanie słuchu w poradni audiologicznej

bank-eye-clinic-assessment = Badanie wzroku w szpitalnej poradni okulistycznej

bank-occupational-therapy-assessment = Badanie u terapeuty zajęciowego: ruch, pisanie ręczne i samodzielność w codziennych czynnościach

bank-specialist-teacher-learning-assessment = Badanie u pedagoga specjalnego od trudności w uczeniu się: czytanie, pisanie, matematyka i pamięć

bank-handwriting-speed-check = Sprawdzenie tempa pisania ręcznego, żeby ocenić, czy pomoże dodatkowy czas albo pisanie na klawiaturze

bank-autism-outreach-observation = Obserwacja w klasie i na przerwie przez zespół wspierający szkoły w pracy z dziećmi z autyzmem ({ EN("autism outreach team") }), z poradami dla pracowników szkoły

bank-stammering-assessment = Badanie u logopedy, który pracuje z dziećmi z jąkaniem

bank-adhd-assessment-referral = Skierowanie na diagnozę w kierunku ADHD (zespołu nadpobudliwości psychoruchowej z deficytem uwagi) w lokalnej służbie zdrowia

bank-behaviour-support-observation = Obserwacja w klasie przez zespół pomocy w trudnościach z zachowaniem ({ EN("behaviour support") }), z poradami dla pracowników szkoły

bank-physiotherapy-assessment = Badanie u fizjoterapeuty: ruch, równowaga i siła

bank-functional-vision-assessment = Badanie u nauczyciela dzieci z problemami ze wzrokiem: jak { $name } korzysta ze wzroku w klasie

bank-paediatrician-referral = Skierowanie do pediatry środowiskowego ({ EN("community paediatrician") }), czyli lekarza dziecięcego, który sprawdza zdrowie i rozwój

bank-early-help-assessment = Ocena w ramach wczesnego wsparcia dla rodzin ({ EN("Early Help") }), która łączy rodzinę i lokalne służby, żeby razem ustalić, jakiej pomocy potrzeba

bank-ehc-needs-assessment = Wniosek do władz lokalnych o ocenę potrzeb edukacyjnych, zdrowotnych i opiekuńczych, która może prowadzić do planu edukacji, zdrowia i opieki ({ EN("EHC plan") })
