# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "Ön" (formal), as in iep.ftl; home activities done together with
# the child use the formal plural ("Játsszanak együtt ..."). No suffix is ever put on
# { $name } or on a number: the name is a subject, a possessor ("{ $name } nevét") or stands
# before a postposition ("{ $name } számára"); counts are "{ $total } szóból { $count } szót",
# "{ $of } alkalomból { $times } alkalommal", "{ $of } napból { $days } napon".
# Hungarian needs no gender, so no entry uses $gender. A word card is "szókártya"; half
# term is "fél trimeszter", as in iep.ftl. England's names (phonics, Social stories, CAMHS
# ...) stay in English with EN() and are explained in Hungarian.

## Cognition and learning

bank-read-common-words = { $name } a szókártyáján lévő { $total } gyakori szóból { $count } szót elolvas, két ellenőrzésen, amelyek között egy hét telik el.

bank-precision-teaching = { EN("Precision teaching") }: naponta néhány perc gyakorlás szókártyákkal, egyszerre csak néhány szóval

bank-words-read-checked-weekly = A helyesen elolvasott szavakat minden héten feljegyezzük.

bank-read-card-words-at-bedtime = Lefekvés előtt olvasson el a gyermekével együtt { $count } szót a kártyáról.

bank-write-sentences-about-picture = { $name } { $count ->
        [one] egy mondatot
       *[other] { $count } mondatot
    } ír egy képről, és minden mondatot nagybetűvel kezd és ponttal zár.

bank-writing-group-sentence-frames = Kiscsoportos írásfoglalkozás mondatkezdésekkel (a mondat eleje adott, a gyermek fejezi be)

bank-writing-samples-checked = Az írásaiból mintákat őrzünk meg, és kéthetente átnézzük őket.

bank-talk-about-picture = Beszélgessen a gyermekével egy képről, és segítsen neki egy mondatot hangosan elmondani, mielőtt leírja.

bank-read-together-daily = Kérjük, hogy { $name } és Ön minden nap olvassanak együtt { $minutes ->
        [one] egy percig
       *[other] { $minutes } percig
    }, az olvasási naplót pedig írja alá.

bank-know-letter-sounds = { $name } a { EN("phonics") } órákon (betűk és hangok tanulása) eddig tanult { $total ->
        [one] egy betű vagy betűcsoport
       *[other] { $total } betű és betűcsoport
    } közül { $count } esetében kimondja a hozzá tartozó hangot.

bank-blend-short-words = { $name } rövid szavakat, például „{ EN("cat") }” (macska) és „{ EN("ship") }” (hajó), hangokra bont és összeolvas: { $total ->
        [one] egy szóból
       *[other] { $total } szóból
    } { $count } szót helyesen olvas el.

bank-spell-list-words = { $name } a helyesírási listáján szereplő { $total ->
        [one] egy szóból
       *[other] { $total } szóból
    } { $count } szót helyesen ír le, két egymást követő ellenőrzésen.

bank-read-page-few-mistakes = { $name } az olvasókönyvéből egy oldalt hangosan felolvas, legfeljebb { $count ->
        [one] egy hibával
       *[other] { $count } hibával
    }.

bank-answer-questions-about-text = { $name } egy felnőttel közösen olvasott rövid szövegről feltett { $total ->
        [one] egy kérdésből
       *[other] { $total } kérdésből
    } { $count } kérdésre válaszol.

bank-number-bonds-to-ten = { $name } a tízes számpárokról (két szám, amelyek összege tíz) feltett { $total ->
        [one] egy kérdésből
       *[other] { $total } kérdésből
    } { $count } kérdésre válaszol, ujjon számolás nélkül.

bank-count-objects-accurately = { $name } helyesen megszámol { $count ->
        [one] egy tárgyat
       *[other] legfeljebb { $count } tárgyat
    }: minden tárgyat egyszer érint meg, és az utolsó számot mondja ki végeredményként.

bank-times-table-facts = { $name } { $total ->
        [one] egy kérdésből
       *[other] { $total } kérdésből
    } { $count } kérdésre helyesen válaszol { $table } szorzótáblájából, anélkül hogy leírná a szorzótáblát.

bank-finger-spaces = { $name } az órán írt { $total ->
        [one] egy mondatból
       *[other] { $total } mondatból
    } { $count } mondatban egy ujjnyi helyet hagy a szavak között.

bank-form-letters-correctly = { $name } { $total ->
        [one] egy kisbetűből
       *[other] { $total } kisbetűből
    } { $count } betűt helyesen formál meg, és mindegyiket a megfelelő helyen kezdi.

bank-remember-list-in-order = { $name } megjegyez egy listát, amely { $count ->
        [one] egy szóból
       *[other] { $count } szóból
    } áll, és a helyes sorrendben visszamondja.

bank-use-word-mat = { $name } emlékeztetés nélkül használja a szógyűjtő lapot a helyesírás ellenőrzésére, { $of ->
        [one] egy írásfeladatból
       *[other] { $of } írásfeladatból
    } { $times } alkalommal.

bank-phonics-catch-up-group = Felzárkóztató { EN("phonics") } csoport (betűk és hangok): rövid foglalkozások kis csoportban, a legtöbb napon, a betűk hangjainak gyakorlására és szavakká való összeolvasására

bank-paired-reading = Páros olvasás: egy felnőtt és { $name } együtt, hangosan olvasnak egy könyvet, és a felnőtt segít a nehéz szavaknál

bank-multisensory-spelling = Több érzékszervet bevonó helyesírás-tanulás: minden szót úgy tanul meg, hogy kimondja, ujjával követi, leírja és ellenőrzi

bank-maths-with-objects = Matematika kézbe vehető, mozgatható eszközökkel, például korongokkal, kockákkal és számegyenessel, hogy a számokat látni és érinteni lehessen

bank-pre-teaching-topic-words = Előzetes tanítás: az osztály témájához tartozó új szavakat az óra előtt, kis csoportban, képekkel tanítjuk meg

bank-word-mat-on-table = Szógyűjtő lap az asztalon: hasznos szavak és helyesírásuk egy lapon, amelyre írás közben rá lehet nézni

bank-task-steps-checklist = Kis lépésekre bontott feladatok, ellenőrzőlistával, amelyen minden elvégzett lépést ki lehet pipálni

bank-reading-comprehension-group = Szövegértési csoport: rövid szövegek olvasása kis csoportban, és beszélgetés arról, mit jelentenek

bank-i-spy-letter-sounds = Játsszanak együtt „Kis kém” játékot ({ EN("I spy") }) a betűk hangjaival, például: „Látok valamit, ami sss hanggal kezdődik.”

bank-look-say-cover-write-check = Gyakorolják együtt a helyesírási listát, egyszerre néhány szóval: a gyermek nézze meg a szót, mondja ki, takarja le, írja le, majd ellenőrizze.

bank-count-everyday-things = Számoljanak együtt a mindennapokban, például lépcsőfokokat, kanalakat vacsoránál vagy piros autókat az iskolába menet.

bank-card-game-make-ten = Játsszanak együtt kártyajátékot: felváltva keressenek két lapot, amelyek összege tíz.

bank-letter-sounds-checked-half-termly = Felmérjük, mely betűk hangját ismeri { $name }: a terv elején, majd minden fél trimeszterben.

bank-spelling-scores-charted = Minden héten rövid helyesírási ellenőrzés, az eredményeket egy táblázatban vezetjük.

bank-running-record = Kéthetente olvasási megfigyelés: egy felnőtt meghallgatja, ahogy { $name } olvas, és feljegyzi a helyesen elolvasott szavakat.

bank-need-reading-and-spelling = { $name } számára nehéz új szavakat elolvasni és helyesen leírni, és nehéz megjegyezni őket egyik napról a másikra.

bank-strength-memory-for-stories = { $name } szereti a történeteket, jól megjegyzi őket, és szívesen elmeséli őket másoknak.

bank-read-longer-words = { $name } a hosszabb szavakat részekre bontva olvassa el, például „{ EN("rab-bit") }” (nyúl) és „{ EN("sun-set") }” (naplemente): { $total ->
        [one] egy szóból
       *[other] { $total } szóból
    } { $count } szót helyesen olvas el.

bank-spell-words-said-aloud = { $name } egy felnőtt által hangosan kimondott rövid szavakat, például „{ EN("dog") }” (kutya) és „{ EN("shop") }” (bolt), hangokra bont és leír: { $total ->
        [one] egy szóból
       *[other] { $total } szóból
    } { $count } szót helyesen ír le.

bank-use-spelling-rule = { $name } egy helyesírási ellenőrzésen { $total ->
        [one] egy szóból
       *[other] { $total } szóból
    } { $count } szóban alkalmazza az éppen tanult helyesírási szabályt, például az „{ EN("ing") }” vagy „{ EN("ed") }” végződés hozzáadását.

bank-read-words-per-minute = { $name } egy neki megfelelő szintű könyvből percenként { $words ->
        [one] egy szót
       *[other] { $words } szót
    } helyesen elolvas.

bank-retell-story-in-order = { $name } egy éppen elolvasott történetet a helyes sorrendben újra elmesél, { $count ->
        [one] egy fő eseménnyel
       *[other] { $count } fő eseménnyel
    }.

bank-plan-writing-with-frame = { $name } egy tervezőlapon megtervezi az írását: mielőtt elkezdené, leír vagy lerajzol { $count ->
        [one] egy ötletet
       *[other] { $count } ötletet
    }.

bank-check-own-writing = { $name } egy elkészült írását visszaolvassa, és segítség nélkül kijavít legalább { $count ->
        [one] egy hibát
       *[other] { $count } hibát
    }.

bank-letters-on-the-line = { $name } a vonalra ír, a magas és a kis betűket a megfelelő méretben, { $total ->
        [one] egy mondatból
       *[other] { $total } mondatból
    } { $count } mondatban.

bank-add-and-take-away = { $name } legfeljebb { $limit } nagyságú számokkal összead és kivon: { $total ->
        [one] egy kérdésből
       *[other] { $total } kérdésből
    } { $count } kérdésre helyesen válaszol.

bank-tens-and-ones = { $name } megmondja, hány tízes és hány egyes van egy kétjegyű számban, { $total ->
        [one] egy számból
       *[other] { $total } számból
    } { $count } szám esetében.

bank-tell-time-on-clock = { $name } a mutatós órán leolvassa az egész és a fél órákat: { $total ->
        [one] egy órából
       *[other] { $total } órából
    } { $count } órát helyesen olvas le.

bank-pay-with-coins = { $name } kiválasztja a megfelelő érméket, hogy kifizessen valamit, ami legfeljebb { $pence ->
        [one] egy pennybe
       *[other] { $pence } pennybe
    } kerül, { $total ->
        [one] egy próbálkozásból
       *[other] { $total } próbálkozásból
    } { $count } alkalommal.

bank-solve-word-problems = { $name } { $total ->
        [one] egy szöveges feladatból
       *[other] { $total } szöveges feladatból
    } (rövid történetként elmondott matematikai kérdés) { $count } feladatot megold, rajz vagy tárgyak segítségével.

bank-work-alone-on-steps = { $name } egy feladat { $steps ->
        [one] egy lépését
       *[other] { $steps } lépését
    } önállóan elvégzi, mielőtt egy felnőttel ellenőrizné.

bank-use-task-board = { $name } a feladattábláról nézi meg, mi a következő teendő, anélkül hogy egy felnőttet kérdezne, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-bring-right-things = { $name } egy lista alapján a megfelelő dolgokat hozza magával az iskolába, például olvasókönyvet, kulacsot és tornafelszerelést, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-finish-tasks-in-time = { $name } az órán { $total ->
        [one] egy feladatból
       *[other] { $total } feladatból
    } { $count } feladatot a megadott időn belül befejez, egy látható időzítő segítségével.

bank-decodable-reading-books = Olyan olvasókönyvek, amelyek azokra a hangokra épülnek, amelyeket { $name } már ismer, így minden szót ki tud hangoztatni

bank-reciprocal-reading = { EN("Reciprocal reading") } (kölcsönös olvasás): egy kis csoport felváltva találgatja, mi történik ezután, kérdéseket tesz fel, elmagyarázza a nehéz szavakat, és összefoglalja a szöveget

bank-spelling-patterns-and-own-list = A helyesírást azonos mintát követő szócsoportokban tanítjuk, és a gyermeknek saját listája van a nehéz szavakról, amelyeket gyakorol

bank-handwriting-practice-group = Írásgyakorló csoport: a legtöbb napon néhány perc gyakorlás a betűformák és a betűkötések megtanulására

bank-number-facts-daily-practice = Számolási alapok gyakorlása minden nap rövid játékokkal, egyszerre néhány percig, hogy jobban megmaradjanak

bank-desk-memory-aids = Emlékeztetők a padon, például ábécécsík, számtáblázat és szorzótábla

bank-small-chunks-of-information = Az információt kis részekben adjuk át, megismételjük, és képekkel vagy leírt kulcsszavakkal támasztjuk alá

bank-visual-timer-on-desk = Látható időzítő a padon, hogy { $name } lássa, mennyi idő maradt még a feladatra

bank-start-then-step-back = Egy felnőtt segít elkezdeni a feladatot, aztán hátrébb lép, és néhány perc múlva megnézi, hogyan halad { $name }, így erősödik az önálló munka

bank-daily-kit-checklist = Képes ellenőrzőlista arról, mit kell minden nap hozni, az iskolatáskában tartva, és felcímkézett tálca a könyveknek és eszközöknek

bank-other-ways-to-record = Más módok az ötletek rögzítésére, például rajz, gondolattérkép, gépelés, vagy elmondás egy felnőttnek, aki leírja őket

bank-reader-or-scribe-in-tests = Több idő a dolgozatoknál, és egy felnőtt, aki felolvassa a kérdéseket vagy leírja a válaszokat, ha { $name } számára erre szükség van

bank-play-shops-with-coins = Játsszanak boltosat valódi pénzérmékkel: hagyja, hogy { $name } fizessen, és megszámolja a visszajárót.

bank-tell-time-at-home = Napközben nézzék meg együtt az órát, és kérdezze meg, hány óra van, például étkezéskor vagy egy kedvenc műsor előtt.

bank-pack-bag-night-before = Előző este pakolják be együtt az iskolatáskát, az iskolától kapott képes ellenőrzőlista alapján.

bank-memory-games = Játsszanak memóriajátékokat, például: „Elmentem a boltba, és vettem …”, amelyben mindenki a saját körében hozzátesz még egy dolgot.

bank-write-for-real-reasons = Írjanak együtt valódi céllal, például bevásárlólistát, születésnapi üdvözlőlapot vagy egy rövid üzenetet egy rokonnak.

bank-maths-check-half-termly = A gyakorolt matematikai készségek rövid felmérése a terv elején, majd minden fél trimeszterben.

bank-reading-speed-timed = Kéthetente egy felnőtt egy percig hallgatja, ahogy { $name } egy rövid szövegrészt olvas, és megszámolja a helyesen elolvasott szavakat.

bank-tasks-done-alone-counted = Minden héten megszámoljuk azokat a feladatokat, amelyeket { $name } felnőtt segítsége nélkül fejez be.

## Communication and interaction

bank-follow-two-step-instruction = { $name } az egész osztálynak adott kétlépéses utasítást emlékeztetés nélkül követi, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-instructions-in-short-steps = Az utasításokat rövid lépésekben adjuk, és minden lépést egy kép is mutat.

bank-tally-chart-weekly = Strigulázós táblázat, amelyet minden héten átnézünk

bank-two-step-instructions-at-home = Adjon otthon kétlépéses utasításokat, és dicsérje meg a gyermekét, amikor követi őket.

bank-answer-who-what-where = { $name } egy képről vagy rövid történetről feltett, „ki”, „mi” vagy „hol” szóval kezdődő { $total ->
        [one] egy kérdésből
       *[other] { $total } kérdésből
    } { $count } kérdésre válaszol.

bank-speak-in-longer-sentences = { $name } legalább { $words ->
        [one] egy szóból
       *[other] { $words } szóból
    } álló mondatokat használ, amikor egy felnőttel egy képről beszélget.

bank-take-turns-in-conversation = { $name } egy barátjával beszélgetve { $turns ->
        [one] egyszer
       *[other] { $turns } alkalommal
    } szólal meg, amikor sorra kerül, és a témánál marad.

bank-ask-for-help-when-stuck = { $name } szavakkal vagy segítségkérő kártyával segítséget kér, amikor elakad, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-listen-at-carpet-time = { $name } a szőnyegen tartott közös foglalkozáson { $minutes ->
        [one] egy percig
       *[other] { $minutes } percig
    } ülve figyel, és arra néz, aki beszél.

bank-learn-topic-words = { $name } minden fél trimeszterben megtanul { $count ->
        [one] egy új szót
       *[other] { $count } új szót
    } az osztály témájából, és mindegyiknek elmondja a jelentését.

bank-say-hello-on-arrival = { $name } az osztályba érkezéskor köszön egy felnőttnek és egy barátjának, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-wait-turn-to-speak = { $name } csoportban kivárja, amíg sorra kerül, és nem kiabál közbe, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-say-practised-sound = { $name } a gyakorolt beszédhangot tisztán ejti a szavak elején, { $total ->
        [one] egy szóból
       *[other] { $total } szóból
    } { $count } szóban.

bank-position-words = { $name } { $total ->
        [one] egy helyet jelölő szóból
       *[other] { $total } helyet jelölő szóból
    } { $count } szó jelentését, például „{ EN("in") }” (benne), „{ EN("on") }” (rajta) és „{ EN("under") }” (alatta), úgy mutatja meg, hogy egy játékot a megfelelő helyre tesz.

bank-move-on-with-visual-timetable = { $name } megnézi a képes napirendet, és legfeljebb egy emlékeztetéssel továbblép a következő tevékenységre, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-play-shared-game = { $name } { $minutes ->
        [one] egy percig
       *[other] { $minutes } percig
    } közös játékot játszik egy másik gyerekkel, miközben egy felnőtt a közelben van.

bank-visual-timetable = Képes napirend: képek a padon vagy a falon, amelyek a nap menetét mutatják, hogy { $name } tudja, mi következik

bank-now-and-next-board = „Most és utána” tábla: két kép, amely a mostani feladatot és az utána következőt mutatja

bank-social-stories = { EN("Social stories") } (szociális történetek): rövid, képes történetek, amelyek elmagyaráznak egy új vagy nehéz helyzetet, és azt, hogy mit lehet tenni benne

bank-speech-and-language-programme = A logopédus fejlesztő programja, amelyet a gyermek egy pedagógiai asszisztenssel gyakorol, minden héten rövid foglalkozásokon

bank-language-group = Kis nyelvi csoport: játékok, amelyek fejlesztik a figyelmes hallgatást, a szókincset és a mondatokban való beszédet

bank-colourful-semantics = { EN("Colourful semantics") } (színes mondatépítés): színekkel jelölt kártyák arra, hogy ki, mit csinál, mit és hol, a hosszabb mondatok építéséhez

bank-name-first-short-instructions = A felnőttek először kimondják { $name } nevét, mielőtt utasítást adnak, egyszerre egy rövid lépést mondanak, és megvárják a választ

bank-signs-and-symbols = Jelek és képszimbólumok a beszéd mellett, hogy a kimondott szavakat könnyebb legyen megérteni

bank-talk-about-picture-book = Nézzenek meg együtt egy képeskönyvet, és beszélgessenek arról, mi történik az egyes oldalakon.

bank-name-things-on-walks = Séta vagy vásárlás közben nevezzenek meg együtt dolgokat, és minden alkalommal tegyenek hozzá egy új szót.

bank-my-turn-your-turn = Játsszanak egy egyszerű játékot, amelyben felváltva kerülnek sorra, például gurítsanak egymásnak egy labdát, és mondják: „Most én jövök, most te jössz.”

bank-first-then-at-home = Használják otthon az „először …, aztán …” mondatot, hogy megmutassák, mi következik, például: „Először cipő, aztán játszótér.”

bank-speech-therapist-checks-each-visit = A logopédus minden látogatáskor felméri a fejlődést, és rövid feljegyzést ír.

bank-sentence-samples-half-termly = Egy felnőtt a terv elején, majd minden fél trimeszterben leírja, mit mond { $name } egy képről, hogy látszódjon, hogyan lesznek hosszabbak a mondatok.

bank-group-session-notes = A csoportot vezető felnőtt minden foglalkozáson feljegyzi a gyerekek megszólalásait és válaszait, és kéthetente átnézi a jegyzeteket.

bank-need-spoken-instructions = { $name } számára nehéz követni az egész osztálynak szóló szóbeli utasításokat, és megtalálni a megfelelő szavakat, amikor el akar magyarázni valamit.

bank-say-sound-in-sentences = { $name } egy felnőttel beszélgetve a gyakorolt beszédhangot mondatokban is tisztán ejti, { $total ->
        [one] egy mondatból
       *[other] { $total } mondatból
    } { $count } mondatban.

bank-hear-sound-differences = { $name } meghallja a különbséget a hasonló hangzású szavak között, például „{ EN("key") }” (kulcs) és „{ EN("tea") }” (tea), és { $total ->
        [one] egy szópárból
       *[other] { $total } szópárból
    } { $count } szópár esetében a helyes képre mutat.

bank-sort-words-into-groups = { $name } { $total ->
        [one] egy képből
       *[other] { $total } képből
    } { $count } képet csoportokba rendez, például állatok, ételek és ruhák szerint, és megnevezi az egyes csoportokat.

bank-describe-an-object = { $name } úgy ír le szóban egy tárgyat, hogy { $count ->
        [one] egy dolgot
       *[other] { $count } dolgot
    } elmond róla, például a színét, az alakját, a méretét vagy azt, hogy mire használjuk.

bank-follow-key-word-instructions = { $name } követ egy olyan utasítást, amelyben { $count ->
        [one] egy fontos szót
       *[other] { $count } fontos szót
    } kell megjegyezni, például: „Add ide a nagy piros labdát!”, { $of ->
        [one] egy próbálkozásból
       *[other] { $of } próbálkozásból
    } { $times } alkalommal.

bank-answer-why-and-how = { $name } egy történetről vagy egy megtörtént eseményről feltett, „miért” vagy „hogyan” szóval kezdődő { $total ->
        [one] egy kérdésből
       *[other] { $total } kérdésből
    } { $count } kérdésre válaszol.

bank-tell-news-in-order = { $name } elmeséli egy felnőttnek, mi történt, például a hétvégén, { $count ->
        [one] egy mondatban
       *[other] { $count } mondatban
    }, a helyes sorrendben.

bank-tell-story-with-cards = { $name } történetkártyák segítségével elmesél egy rövid történetet, amelyben a kártyákon látható { $total ->
        [one] egy részből
       *[other] { $total } részből
    } { $count } rész szerepel, például ki, hol, mi történt, és hogyan végződött.

bank-start-a-conversation = { $name } a szünetben beszélgetést kezdeményez egy másik gyerekkel, köszönéssel vagy egy kérdéssel, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-ask-friend-a-question = { $name } kérdést tesz fel egy barátjának arról, amit a barátja éppen mondott, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-read-feelings-in-pictures = { $name } elmondja, hogyan érezhet egy képen látható ember, és miért, { $total ->
        [one] egy képből
       *[other] { $total } képből
    } { $count } kép esetében.

bank-explain-common-sayings = { $name } { $total ->
        [one] egy gyakori szólásból
       *[other] { $total } gyakori szólásból
    } { $count } szólás valódi jelentését elmagyarázza, például: „{ EN("it's raining cats and dogs") }” (ömlik az eső).

bank-keep-comfortable-distance = { $name } beszélgetés közben nagyjából egy karnyújtásnyira áll a többiektől, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-cope-with-change-to-routine = { $name } nyugodt marad, ha a nap menete olyan módon változik, amelyet előre megmutattak a képes napirenden, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-ask-with-picture-cards = { $name } képkártyával vagy jellel kér { $count ->
        [one] egy dolgot
       *[other] { $count } különböző dolgot
    } a nap folyamán, például innivalót, segítséget vagy azt, hogy mosdóba mehessen.

bank-join-activity-chosen-by-others = { $name } { $minutes ->
        [one] egy percig
       *[other] { $minutes } percig
    } részt vesz egy olyan tevékenységben, amelyet valaki más választott, mielőtt visszatér a kedvenc tevékenységéhez.

bank-speak-up-in-small-group = { $name } kis csoportban, anélkül hogy előbb megszólítanák, válaszol egy kérdésre vagy elmond egy ötletet, hetente legalább { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-say-what-helps-when-talking = { $name } elmond { $count ->
        [one] egy dolgot
       *[other] { $count } dolgot
    }, ami segít, amikor nehéz beszélnie, például ha időt kap, és ezt megosztja az osztálytanítóval.

bank-wait-time-to-answer = Idő a válaszra: a felnőttek egy kérdés után körülbelül tíz másodpercet várnak, hogy { $name } gondolkodhasson és válaszolhasson

bank-model-and-expand-sentences = A felnőttek azt, amit { $name } mond, helyes és kicsit hosszabb mondatként mondják vissza, anélkül hogy megkérnék, hogy ismételje meg

bank-word-webs = Szóhálók: minden új szót összekapcsolunk a hangjaival, a jelentésével, egy képpel és a hozzá hasonló szavakkal, hogy jobban megmaradjon

bank-brick-building-group = Építőkockás csoport: egy kis csoport közösen épít egy modellt, és minden gyereknek saját feladata van (a kockák megkeresése, az építés vagy az utasítások adása), hogy gyakorolják a beszélgetést és az együttműködést

bank-intensive-interaction = { EN("Intensive interaction") } (intenzív interakció): egy felnőtt játék közben { $name } kezdeményezéseit követi, utánozza a hangjait és mozdulatait, hogy kialakuljon a közös figyelem és a közös öröm

bank-quiet-workstation = Csendes munkahely: egy pad távol a zavaró dolgoktól, a feladatokkal sorrendben előkészítve, az önálló munkához

bank-comic-strip-conversations = { EN("Comic strip conversations") } (képregényes beszélgetések): egyszerű rajzok szövegbuborékokkal és gondolatbuborékokkal, hogy közösen átbeszéljék, mi történt, és mit gondoltak a szereplők

bank-warn-before-changes = Figyelmeztetés a változások előtt: a nap változásait előre megmutatjuk a képes napirenden, és egy tevékenység vége előtt visszaszámolunk

bank-stammering-friendly-talk = Dadogó gyermeket segítő beszélgetés: a felnőttek megvárják, amíg { $name } befejezi, amit mond, nem fejezik be helyette a szavakat, és közösen megállapodnak arról, hogyan feleljen a névsorolvasáskor és az órai kérdésekre

bank-talking-partner = Beszélgetőtárs: egy osztálytárs, akivel át lehet beszélni az ötleteket, mielőtt az osztály előtt válaszol

bank-communication-passport = Kommunikációs útlevél: egy rövid füzet, amelyet a családdal együtt készítünk, és amely elmondja a munkatársaknak, hogyan kommunikál { $name }, és mi segít neki

bank-lunchtime-club-structured-play = Ebédszüneti klub: játékok egy kis csoportban, egy felnőttel, aki segít a gyerekeknek együtt játszani

bank-speech-sound-games-from-therapist = Játsszák minden nap néhány percig a logopédustól kapott beszédhang-játékokat, és dicsérjen meg minden próbálkozást.

bank-talk-at-mealtimes = Étkezéskor kapcsolják ki a képernyőket, és beszélgessenek együtt a napról.

bank-prepare-for-changes = Egy változás előtt, például egy látogatás vagy kirándulás előtt, mutasson fényképeket, vagy meséljen el egy rövid történetet arról, mi fog történni, hogy { $name } tudja, mire számíthat.

bank-give-time-to-talk = Amikor { $name } számára nehéz a beszéd, várjon nyugodtan, nézzen továbbra is rá, és hagyja, hogy befejezze, amit mond: ne fejezze be helyette a szavakat.

bank-describe-and-guess = Játsszanak „Mire gondolok?” játékot: felváltva írjanak le szóban valamit, ami a szobában van, a másik pedig találja ki, mi az.

bank-new-words-checked-with-pictures = A terv elején és végén képekkel felmérjük, mely új szavakat ismeri { $name }.

bank-conversations-noted-weekly = Egy felnőtt minden héten feljegyzi, milyen gyakran kezdeményez beszélgetést vagy kapcsolódik be egy beszélgetésbe { $name } az órán és játék közben.

bank-playtime-observation = Kéthetente egy felnőtt megfigyeli a szünetet, és feljegyzi, kivel és hogyan játszik { $name }.

bank-social-communication-checklist = A munkatársak és a család a terv elején és végén kitöltenek egy rövid ellenőrzőlistát a társas kommunikációs készségekről.

## Social, emotional and mental health

bank-calm-card = { $name } kiabálás helyett a nyugalomkártyát és a nyugisarkot használja, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-feelings-check-in = Minden reggel egy rövid beszélgetés arról, hogy érzi magát, egy érzelemskála segítségével

bank-feelings-scale-at-home = Használják otthon is ugyanazt az érzelemskálát, és dicsérje meg a gyermekét, amikor szünetet kér.

bank-name-feelings = { $name } megnevez { $count ->
        [one] egy érzést
       *[other] { $count } érzést
    }, például azt, hogy boldog, szomorú, dühös vagy aggódik, és mindegyiket egy képhez párosítja.

bank-calm-again-within-minutes = { $name } egy felnőtt segítségével { $minutes ->
        [one] egy percen belül
       *[other] { $minutes } percen belül
    } megnyugszik, miután valami felzaklatta.

bank-use-break-card = { $name } szünetkártyát mutat fel, hogy rövid szünetet kérjen, amikor ideges, ahelyett hogy kimenne a teremből, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-start-task-when-asked = { $name } a kérés után { $minutes ->
        [one] egy percen belül
       *[other] { $minutes } percen belül
    } elkezdi a feladatot, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-join-playtime-game = { $name } a szünetben bekapcsolódik más gyerekek játékába, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-safe-hands-at-playtime = { $name } a szünetben vigyáz a kezére és a lábára, és senkit nem bánt, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-lose-a-game-calmly = { $name } nyugodt marad, ha elveszít egy játékot, és azt mondja a győztesnek: „Ügyes voltál!”, { $of ->
        [one] egy játékból
       *[other] { $of } játékból
    } { $times } alkalommal.

bank-say-good-things-about-self = { $name } a heti beszélgetésen elmond { $count ->
        [one] egy jó dolgot
       *[other] { $count } jó dolgot
    } saját magáról.

bank-come-into-class-calmly = { $name } reggel az ajtóban elköszön, és nyugodtan bejön az osztályba, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-follow-request-after-reminder = { $name } legfeljebb egy emlékeztetés után megteszi, amit egy felnőtt kér, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-stay-in-lesson = { $name } az egész órán a tanteremben marad, szükség esetén egy előre megbeszélt szünettel, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-sort-out-falling-out = { $name } szavakkal és nem a kezével rendezi a nézeteltérést egy barátjával, szükség esetén egy felnőtt segítségével, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-feelings-traffic-light = Érzelmi közlekedési lámpa: zöld, sárga és piros kártyák, amelyekkel { $name } megmutatja, hogyan érzi magát, és egy terv arról, mi segít az egyes színeknél

bank-nurture-group = { EN("Nurture group") } (gondoskodó kiscsoport): kis, nyugodt csoport egy ismerős felnőttel, a nap egy részében, az önbizalom és a barátságok erősítésére

bank-emotional-literacy-support = Érzelmi fejlesztés: hetente egy foglalkozás egy erre képzett pedagógiai asszisztenssel, ahol az érzésekről beszélgetnek, és gyakorolják, hogyan lehet megbirkózni velük

bank-social-skills-group = Társas készségek csoport: játékok kis csoportban, hogy gyakorolják az osztozkodást, a sorra kerülés kivárását és a vereség elfogadását

bank-calm-space-with-timer = Csendes, nyugodt hely a tanteremben vagy a közelében egy rövid szünethez, homokórával, utána vissza a tanuláshoz

bank-meet-and-greet = Reggeli fogadás: minden reggel egy ismerős felnőtt várja az ajtóban, amikor { $name } megérkezik, és segít elkezdeni a napot

bank-praise-and-reward-chart = Egyértelmű dicséret a jó döntésekért, és jutalomtáblázat kis célokkal, amelyekben { $name } bevonásával állapodunk meg

bank-restorative-conversations = Helyreállító beszélgetések: egy probléma után egy felnőtt segít minden gyereknek elmondani, mi történt, hogyan érezte magát, és hogyan lehet jóvátenni

bank-best-part-of-the-day = Lefekvés előtt kérdezze meg, mi volt a nap legjobb része, és mi volt nehéz, és nyugodtan hallgassa meg a választ.

bank-slow-breathing-together = Gyakorolják együtt a lassú légzést, amikor mindenki nyugodt: belégzés négyig számolva, aztán kilégzés négyig számolva.

bank-praise-effort-at-home = Vegye észre, amikor { $name } igyekszik, vagy kedvesen dönt, és mondja meg pontosan, mi volt jó.

bank-tell-school-about-changes = Tájékoztassa az iskolát az otthoni változásokról, például költözésről, kistestvér születéséről vagy egy veszteségről, hogy a munkatársak segíteni tudjanak.

bank-difficult-moments-record = Feljegyzés a nehéz pillanatokról (mi történt előtte, mit csinált { $name }, és mi történt utána), amelyet minden héten átnézünk.

bank-feelings-questionnaire = Rövid kérdőív az érzésekről, amelyet { $name } egy felnőttel közösen tölt ki a terv elején és végén.

bank-daily-smiley-chart = Napi táblázat, amelyben a nap minden részéhez tartozik egy mosolygós arc; megosztjuk a családdal, és minden pénteken átnézzük.

bank-need-managing-feelings = { $name } számára nehéz kezelni az erős érzéseket, és megnyugodni, miután valami felzaklatta.

bank-share-a-worry = { $name } elmondja egy aggodalmát egy felnőttnek, akiben megbízik, beszélve, rajzolva vagy egy aggodalomdoboz segítségével, hetente legalább { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-use-calm-plan = Amikor aggódik, { $name } alkalmaz egy ötletet a nyugalomtervéből, például a lassú légzést vagy egy puha labda szorongatását, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-speak-to-adults-in-school = { $name } az iskolában { $count ->
        [one] egy felnőttel
       *[other] { $count } felnőttel
    } beszél, először egy ismerős felnőttel, egy csendes helyen.

bank-try-something-new = { $name } minden fél trimeszterben kipróbál { $count ->
        [one] egy új tevékenységet
       *[other] { $count } új tevékenységet
    }, például egy szakkört vagy egy új játékot, miközben egy ismerős felnőtt a közelben van.

bank-notice-early-signs-of-anger = { $name } észreveszi a düh korai jeleit, például a kipirult arcot vagy az ökölbe szorított kezet, és szól egy felnőttnek, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-help-put-things-right = { $name } egy probléma után nyugodtan beszélget egy felnőttel, és javaslatot tesz arra, hogyan lehet jóvátenni, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-attend-school-per-cent = { $name } ebben a trimeszterben a tanítási napok legalább { $percent } százalékán iskolában van.

bank-time-in-class-each-day = { $name } naponta { $hours ->
        [one] egy órát
       *[other] { $hours } órát
    } tölt az osztályban, a nap többi részében pedig egy csendes helyen van, egy ismerős felnőttel.

bank-settle-after-playtime = { $name } a szünetről bejőve { $minutes ->
        [one] egy percen belül
       *[other] { $minutes } percen belül
    } leül a helyére, és megnyugszik, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-invite-someone-to-play = { $name } hetente legalább { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    } hív játszani egy másik gyereket.

bank-kind-things-for-others = { $name } minden nap { $count ->
        [one] egy kedves dolgot
       *[other] { $count } kedves dolgot
    } tesz más gyerekekért, például megoszt valamit vagy segít, és ezt egy felnőtt észreveszi.

bank-have-a-go-at-hard-tasks = { $name } belekezd egy nehéz feladatba, és elutasítás helyett azt mondja: „Megpróbálom”, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-cope-with-mistakes = { $name } nyugodt marad, amikor felhívják a figyelmét egy hibára, és kijavítja, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-share-work-with-pride = { $name } hetente legalább { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    } megmutat egy felnőttnek vagy az osztálynak egy munkát, amelyre büszke.

bank-stay-on-task-with-timer = { $name } egy látható időzítővel { $minutes ->
        [one] egy percig
       *[other] { $minutes } percig
    } a feladatnál marad, mielőtt egy rövid, előre megbeszélt szünetet tart.

bank-back-to-work-after-signal = { $name } egy felnőtt csendes jelzése után, például ha a felnőtt megkopogtatja a padot, visszatér a munkához, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-walk-in-line-safely = { $name } beáll a sorba, és biztonságosan, a sorban maradva megy az osztállyal, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-visit-new-class = { $name } a váltás előtt { $count ->
        [one] egy látogatást
       *[other] { $count } látogatást
    } tesz az új osztályban vagy iskolában, és elmond egy dolgot, aminek előre örül.

bank-key-adult = Kijelölt felnőtt: egy megnevezett felnőtt, akihez { $name } fordulhat, aki minden nap rákérdez, hogy van, és tartja a kapcsolatot a családdal

bank-worry-box = Aggodalomdoboz vagy aggodalomfüzet, ahová { $name } beteheti az aggodalmait, hogy később megbeszélje őket egy felnőttel

bank-personal-calm-plan = Nyugalomterv, amelyet { $name } bevonásával készítünk: a felzaklatottság vagy a düh korai jelei, mi segít, és hová mehet megnyugodni

bank-emotion-coaching = { EN("Emotion coaching") } (érzelmi coaching): a felnőttek először megnevezik az érzést, és megmutatják, hogy megértik, aztán segítenek abban, mi legyen a következő lépés

bank-gradual-return-plan = Terv az iskolában töltött idő lépésenkénti növelésére, egy csendes hellyel és egy ismerős felnőttel, a családdal egyeztetve és gyakran ellenőrizve

bank-attendance-support-meeting = Támogatás a rendszeres iskolába járáshoz: telefonhívás a családnak a hiányzás első napján, és megbeszélés a családdal arról, mi segítene

bank-quiet-signal-to-refocus = { $name } bevonásával megbeszélt csendes jelzés, például egy kéz a padon, hogy a figyelme szidás nélkül visszatérjen a feladathoz

bank-transition-visits-and-booklet = Segítség a váltáshoz: plusz látogatások az új osztályban vagy iskolában, és egy füzet az új termek és munkatársak fényképeivel, amelyet a szünidőben nézegethet

bank-circle-of-friends = { EN("Circle of friends") } (baráti kör): néhány osztálytárs kis csoportja, amely hetente találkozik egy felnőttel, és megbeszéli, hogyan lehetnek { $name } segítségére az órán és játék közben

bank-playground-buddies = Udvari segítőtársak: erre felkészített, idősebb gyerekek, akik a szünetben segítenek a játékban és a barátkozásban

bank-class-job-for-confidence = Egy feladat az osztályban, például a könyvek kiosztása vagy a növények gondozása, az önbizalom és az összetartozás érzésének erősítésére

bank-mental-health-support-team = Rövid beszélgetések az iskolai tanácsadóval vagy az iskolával együttműködő, lelki egészséget támogató csoporttal

bank-calm-morning-routine = A reggelek legyenek nyugodtak és minden nap ugyanolyanok, egy képes napirenddel az iskolába készülődéshez.

bank-regular-bedtime-screens-off = Tartsanak rendszeres lefekvési időt, és alvás előtt egy órával kapcsolják ki a képernyőket.

bank-invite-friend-to-play = Hívjanak meg egy osztálytársat játszani otthonra vagy a játszótérre, eleinte csak rövid időre.

bank-worry-time = Jelöljenek ki „aggodalom-időt”: minden nap néhány percet, amikor az aggodalmakról beszélgetnek, aztán csináljanak együtt valami kellemeset.

bank-small-jobs-at-home = Adjon egy kis otthoni feladatot { $name } számára, például a terítést, és köszönje meg, amikor elkészült.

bank-talk-about-new-class = A szünidőben nézzék meg együtt az iskolától kapott füzetet és fényképeket, és beszélgessenek az új osztályról.

bank-attendance-checked-weekly = Minden héten ellenőrizzük a jelenlétet és a késéseket, és tájékoztatjuk róluk a családot.

bank-weekly-feelings-rating = Minden héten { $name } kiválaszt egy arcot az érzelemskálán, hogy megmutassa, milyennek érzi az iskolát, és a válaszokat a terv ideje alatt összehasonlítjuk.

bank-time-on-task-recorded = Egy felnőtt hetente két órán méri, mennyi ideig marad { $name } egy feladatnál, és feljegyzi.

bank-home-school-book = Üzenőfüzet: minden nap egy rövid üzenet az iskolától, és otthonról is, ha van valami hír; az áttekintéskor együtt nézzük át.

bank-midday-staff-notes = Az ebédszüneti felügyelők minden héten rövid feljegyzést írnak arról, hogyan teltek a szünetek és az ebédidők.

## Sensory and physical

bank-pencil-grip = { $name } { $minutes ->
        [one] egy percnyi
       *[other] { $minutes } percnyi
    } írás alatt háromujjas fogással (a hüvelykujj és két ujj között) tartja a ceruzát.

bank-put-on-coat = { $name } segítség nélkül felveszi a kabátját, és felhúzza a cipzárt, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-change-for-pe = { $name } segítség nélkül átöltözik a testnevelésórára, legfeljebb { $minutes ->
        [one] egy perc
       *[other] { $minutes } perc
    } alatt.

bank-cut-along-line = { $name } ollóval elvág egy vastag vonal mentén, közel maradva a vonalhoz, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-balance-on-one-leg = { $name } { $seconds ->
        [one] egy másodpercig
       *[other] { $seconds } másodpercig
    } megáll egy lábon, mindkét oldalon.

bank-wear-hearing-aids = { $name } az egész tanítási napon viseli a hallókészülékeit, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-say-when-not-heard = { $name } szavakkal vagy kártyával szól egy felnőttnek, ha valamit nem hallott vagy nem látott tisztán, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-use-large-print = { $name } emlékeztetés nélkül nagy betűs anyagot vagy nagyítót használ az órai munka olvasásához, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-find-way-around-school = { $name } egyedül megtalálja az utat a tanteremből az aulába, a mosdóhoz és az udvarra, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-write-words-in-time = { $name } { $minutes ->
        [one] egy perc
       *[other] { $minutes } perc
    } alatt leír { $words ->
        [one] egy szót
       *[other] { $words } szót
    }, könnyen olvasható betűkkel.

bank-ask-for-movement-break = { $name } kártyát mutat fel, hogy mozgásszünetet kérjen, amikor nyugtalan, ahelyett hogy felállna a helyéről, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-stay-in-assembly = { $name } { $minutes ->
        [one] egy percig
       *[other] { $minutes } percig
    } az aulában marad a közös iskolai gyűlésen, szükség esetén zajcsökkentő fülvédővel.

bank-fine-motor-group = Finommotoros csoport: rövid tevékenységek, például fűzés, csipeszek és { EN("dough disco") } (gyurma gyúrása és nyújtása zenére), hogy erősödjön a kéz

bank-therapy-exercise-programme = Az ergoterapeuta vagy a gyógytornász által összeállított tornaprogram, amelyet a gyermek egy pedagógiai asszisztenssel végez

bank-radio-aid = FM-rendszer: a tanár egy kis mikrofont visel, amely a hangját egyenesen a gyermek hallókészülékeibe küldi

bank-seat-near-the-front = Ülőhely elöl, a tanárral szemben, jó megvilágításban és távol a zajtól

bank-large-print-materials = Nagy betűs, erős kontrasztú feladatlapok és könyvek, amelyeket a látás- vagy hallássérült gyermekeket segítő szolgálat tanácsai alapján készítünk

bank-sensory-circuit = { EN("Sensory circuit") } (érzékszervi mozgássor): minden reggel rövid mozgásos feladatsor, hogy { $name } nyugodtnak és a tanulásra késznek érezze magát

bank-movement-breaks = Tervezett mozgásszünetek: rövid feladatok vagy gyakorlatok az órák alatt, például egy üzenet elvitele az irodába

bank-ear-defenders-and-quiet-place = Zajcsökkentő fülvédő, és egy csendes hely, ahová a gyermek elmehet, ha túl nagy a zaj a teremben

bank-finger-games-at-home = Játsszanak olyan játékokat, amelyekhez apró ujjmozdulatok kellenek, például gyöngyfűzést, építést kis kockákból vagy a ruhák csipesszel való kiteregetését.

bank-dressing-practice = Reggel hagyjon időt arra, hogy { $name } egyedül öltözzön fel, és csak a legnehezebb résznél segítsen.

bank-check-hearing-aids-daily = Iskola előtt ellenőrizze, hogy működnek-e a hallókészülékek, és tegyen tartalék elemeket az iskolatáskába.

bank-active-play-at-the-park = Menjenek el együtt a játszótérre, és játsszanak a mászókán, a hintán és mindenen, ami egyensúlyt kíván.

bank-therapist-checks-goals = Az ergoterapeuta vagy a gyógytornász minden látogatáskor felméri a fejlődést az általa kitűzött célok alapján.

bank-time-taken-recorded-weekly = Minden héten feljegyezzük, mennyi ideig tart egy feladat, például az átöltözés a testnevelésórára, hogy lássuk, hogyan rövidül.

bank-specialist-teacher-report = A látás- vagy hallássérült gyermekeket segítő szolgálat gyógypedagógusa minden fél trimeszterben megfigyel egy órát, és rövid beszámolót ír.

bank-need-fine-motor-skills = { $name } számára nehéz a kézírás, a vágás és más olyan feladat, amelyhez apró, pontos kézmozdulatok kellenek.

bank-check-own-hearing-aids = { $name } minden reggel egy felnőttel együtt ellenőrzi a hallókészülékeit, és megmondja, jól szólnak-e, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-hand-over-radio-aid = { $name } az óra elején emlékeztetés nélkül odaadja a tanárnak az FM-rendszer mikrofonját, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-read-braille-words = { $name } { $total ->
        [one] egy szóból
       *[other] { $total } szóból
    } { $count } szót helyesen elolvas Braille-írással.

bank-walk-with-walking-aid = { $name } járássegítő eszközzel jut el a tanteremből az aulába és vissza, miközben egy felnőtt a közelben van, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-ask-for-rest-or-change-of-position = { $name } szól egy felnőttnek, amikor pihenésre vagy testhelyzet-változtatásra van szüksége, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-use-stairs-safely = { $name } biztonságosan megy fel és le a lépcsőn, minden lépcsőfokra egy lábbal lépve és a korlátba kapaszkodva, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-catch-a-ball = { $name } elkap egy nagy labdát, amelyet { $steps ->
        [one] egy lépés
       *[other] { $steps } lépés
    } távolságból óvatosan dobnak neki, { $of ->
        [one] egy dobásból
       *[other] { $of } dobásból
    } { $times } alkalommal.

bank-hop-on-each-foot = { $name } mindkét lábán { $times ->
        [one] egy ugrást
       *[other] { $times } ugrást
    } tesz féllábon, elesés nélkül.

bank-do-up-buttons = { $name } segítség nélkül begombol { $count ->
        [one] egy gombot
       *[other] { $count } gombot
    } egy ingen vagy kardigánon.

bank-type-words-per-minute = { $name } két kézzel percenként { $words ->
        [one] egy szót
       *[other] { $words } szót
    } gépel le.

bank-use-knife-and-fork = { $name } ebédnél késsel és villával felvágja a puha ételt, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-open-lunch-items = { $name } az otthonról hozott ebédcsomagban lévő { $total ->
        [one] egy zacskóból vagy dobozból
       *[other] { $total } zacskóból és dobozból
    } { $count } darabot segítség nélkül kinyit.

bank-try-new-foods = { $name } minden fél trimeszterben ebédnél kipróbál { $count ->
        [one] egy új ételt
       *[other] { $count } új ételt
    }: mindegyiket megnézi, megérinti, megszagolja vagy megkóstolja.

bank-join-messy-play = { $name } { $minutes ->
        [one] egy percig
       *[other] { $minutes } percig
    } részt vesz egy maszatos tevékenységben, például festésben vagy főzésben, ha szeretné, kesztyűben.

bank-use-sensory-tools = { $name } az érzékszervi eszközkészletéből használ egy eszközt, például billegőpárnát vagy valamit, amivel babrálhat, hogy nyugodt maradjon, { $of ->
        [one] egy tanórából
       *[other] { $of } tanórából
    } { $times } alkalommal.

bank-know-signs-of-feeling-unwell = { $name } megnevez { $count ->
        [one] egy jelet
       *[other] { $count } jelet
    }, amely azt mutatja, hogy az egészségi állapota miatt segítségre van szüksége, például remegés vagy légszomj, és megmondja, melyik felnőttnek kell szólnia.

bank-help-with-own-medical-care = { $name } egy felnőtt felügyelete mellett segít a saját egészségügyi ellátásában, például a vércukorszint mérésében, { $of } napból { $days ->
        [one] egy napon
       *[other] { $days } napon
    }.

bank-ask-for-toilet-in-time = { $name } szavakkal vagy kártyával időben kéri, hogy mosdóba mehessen, hetente legfeljebb { $count ->
        [one] egy kis balesettel
       *[other] { $count } kis balesettel
    }.

bank-wash-hands-after-toilet = { $name } a mosdó használata után emlékeztetés nélkül kezet mos, és megtörli a kezét, { $of } alkalomból { $times ->
        [one] egyszer
       *[other] { $times } alkalommal
    }.

bank-deaf-friendly-teaching = Hallássérült gyermekeknek is megfelelő tanítás: a tanár beszéd közben az osztály felé fordul, a kulcsszavak felkerülnek a táblára, a videók pedig feliratosak

bank-braille-teaching = Braille-órák egy gyógypedagógussal, és minden óra előtt Braille-írással előkészített órai anyagok

bank-mobility-training = Tájékozódási és közlekedési tréning egy szakembertől, hogy a gyermek biztonságosan és egyedül tudjon közlekedni és tájékozódni az iskolában

bank-sloped-board-and-pencil-grip = Ferde írólap és gumi ceruzafogó, hogy az írás könnyebb és kényelmesebb legyen

bank-typing-for-longer-writing = Laptop vagy tablet a hosszabb írásokhoz, hetente gépelési gyakorlással

bank-moving-and-handling-plan = A gyógytornásszal közösen írt mozgatási terv a biztonságos emeléshez, mozgatáshoz és testhelyzet-változtatáshoz, amelyet képzett munkatársak követnek

bank-gross-motor-group = Mozgáscsoport: rövid foglalkozások egyensúlyozó, ugráló, dobó és elkapó játékokkal, az erő és az összerendezett mozgás fejlesztésére

bank-sensory-diet = { EN("Sensory diet") } (érzékszervi napirend): az ergoterapeuta által összeállított, a nap folyamán tervezett tevékenységek, például cipelés, tolás vagy csendes idő, hogy { $name } nyugodt és éber maradjon

bank-sensory-tool-kit = Érzékszervi eszközkészlet: például billegőpárna, babráló játék és valami biztonságos rágnivaló, hogy { $name } nyugodt maradjon az órákon

bank-individual-health-care-plan = Egyéni egészségügyi ellátási terv, amelyet a családdal és az iskolai védőnővel közösen írunk, és amely leírja, mit tesznek a munkatársak mindennap és vészhelyzetben

bank-staff-medical-training = A munkatársak képzést kapnak a gyógyszerek beadására és az egészségi állapothoz kapcsolódó segítségre, például az inhalátor vagy az adrenalin-injekciós toll használatára

bank-intimate-care-plan = Intim gondozási terv, a családdal egyeztetve: a mosdóhasználat és az átöltözés diszkrét, megtervezett rendje, név szerint kijelölt munkatársakkal

bank-toilet-timetable = Emlékeztetés a mosdóba menésre a nap meghatározott időpontjaiban, és egy kártya, amellyel bármikor kérheti

bank-lunchtime-eating-support = Segítség ebédnél: csendesebb hely az evéshez, szükség esetén felvágott étel, és egy felnőtt, aki bátorítja az új ételek kipróbálására

bank-throw-and-catch = Dobáljanak egymásnak egy nagy, puha labdát, és ahogy könnyebb lesz, álljanak egyre távolabb egymástól.

bank-help-in-the-kitchen = Hagyja, hogy { $name } segítsen a konyhában: keverjen, öntsön, kenjen, és puha ételt vágjon.

bank-new-food-next-to-favourite = Tegyen egy kevés új ételt egy kedvenc étel mellé, erőltetés nélkül, és dicsérje meg, ha megnézi, megérinti vagy megkóstolja.

bank-toilet-routine-at-home = Tartsanak otthon is rendszeres mosdórutint, például étkezések után, ugyanazokkal a szavakkal és képekkel, mint az iskolában.

bank-therapy-exercises-at-home = Végezzék el együtt hetente néhányszor a gyógytornásztól vagy az ergoterapeutától kapott gyakorlatokat.

bank-update-school-on-health = Szóljon az iskolának, ha változik a gyermek egészségi állapota vagy gyógyszere, és ellenőrizze, hogy az iskolában tartott gyógyszerek nem jártak-e le.

bank-glasses-every-day = Ügyeljen rá, hogy { $name } minden nap tiszta szemüvegben jöjjön iskolába.

bank-hearing-aid-check-log = A reggeli hallókészülék-ellenőrzést minden nap feljegyezzük, az esetleges problémákkal együtt, és minden héten átnézzük.

bank-toileting-chart = Mosdótáblázat: minden nap feljegyezzük a száraz időszakokat és a kis baleseteket, és minden héten átnézzük.

bank-foods-tried-record = Az ebédszüneti felügyelők feljegyzik, milyen ételeket kóstol meg { $name }.

bank-movement-skills-check = A mozgáskészségek, például az egyensúlyozás, a féllábon ugrálás és a labdaelkapás rövid felmérése a terv elején és végén.

bank-medical-log = Napló a beadott gyógyszerekről és azokról az alkalmakról, amikor { $name } rosszul érezte magát; minden fél trimeszterben átnézzük a családdal és az iskolai védőnővel.

## Any area

bank-strength-kind-and-helpful = { $name } kedves, és szívesen segít a felnőtteknek és a többi gyereknek.

bank-strength-creative = { $name } kreatív, és szívesen rajzol, készít és épít dolgokat.

bank-strength-keeps-trying = { $name } akkor is tovább próbálkozik, ha egy feladat nehéz.

bank-pupil-views-before-review = Minden áttekintés előtt megkérdezzük { $name } véleményét arról, mi megy jól és mi nehéz, és leírjuk a válaszokat.

bank-termly-review-meeting = Trimeszterenként egy megbeszélés a családdal, hogy együtt átnézzük a célokat, és megállapodjunk a következő lépésekben.

## Assessments

bank-reading-and-spelling-assessment = Olvasási és helyesírási felmérés

bank-maths-assessment = Matematikai felmérés, hogy kiderüljön, mely számolási készségeket kell még gyakorolni

bank-dyslexia-screening = Diszlexia-szűrés: az olvasási, helyesírási és emlékezeti készségek rövid felmérése

bank-educational-psychologist-assessment = Vizsgálat a pedagógiai pszichológusnál

bank-speech-and-language-assessment = Vizsgálat a logopédusnál

bank-autism-assessment-referral = Beutaló autizmus-vizsgálatra a helyi egészségügyi szolgálathoz

bank-mental-health-assessment = Vizsgálat a { EN("CAMHS") } szolgálatnál, amely a gyermekek és fiatalok helyi lelki egészségügyi szolgálata

bank-hearing-test-audiology = Hallásvizsgálat az audiológiai szolgálatnál

bank-eye-clinic-assessment = Szemvizsgálat a kórház szemészeti rendelésén

bank-occupational-therapy-assessment = Vizsgálat az ergoterapeutánál: mozgás, kézírás és önellátás

bank-specialist-teacher-learning-assessment = Felmérés a tanulási nehézségekkel foglalkozó gyógypedagógusnál: olvasás, írás, matematika és emlékezet

bank-handwriting-speed-check = A kézírás sebességének felmérése, hogy kiderüljön, segítene-e a több idő vagy a gépelés

bank-autism-outreach-observation = Az autizmussal élő gyermekeket segítő utazó szakembercsoport megfigyelése az órán és játék közben, tanácsokkal a munkatársak számára

bank-stammering-assessment = Vizsgálat egy olyan logopédusnál, aki dadogó gyermekekkel foglalkozik

bank-adhd-assessment-referral = Beutaló ADHD-vizsgálatra (figyelemhiányos hiperaktivitás-zavar) a helyi egészségügyi szolgálathoz

bank-behaviour-support-observation = A magatartási nehézségeknél segítő szolgálat megfigyelése az órán, tanácsokkal a munkatársak számára

bank-physiotherapy-assessment = Vizsgálat a gyógytornásznál: mozgás, egyensúly és erő

bank-functional-vision-assessment = Felmérés a látássérült gyermekekkel foglalkozó gyógypedagógusnál arról, hogyan használja { $name } a látását az órán

bank-paediatrician-referral = Beutaló a helyi gyermekgyógyász szakorvoshoz, aki a gyermek egészségét és fejlődését vizsgálja

bank-early-help-assessment = Korai segítség felmérés ({ EN("Early Help") }), amely összehozza a családot és a helyi szolgálatokat, hogy megállapodjanak, milyen támogatásra van szükség

bank-ehc-needs-assessment = Kérelem a helyi önkormányzathoz az oktatási, egészségügyi és gondozási szükségletek felmérésére, amelyből oktatási, egészségügyi és gondozási terv ({ EN("EHC plan") }) készülhet
