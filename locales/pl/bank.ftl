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
