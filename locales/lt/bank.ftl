# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "Jūs" (as in iep.ftl); the name stays in the nominative, so each
# sentence is built with the name as its subject. A word card is "žodžių kortelė".

## Cognition and learning

bank-read-common-words = { $name } perskaitys { $count } iš { $total } dažnų žodžių, esančių savo žodžių kortelėje, per du patikrinimus su savaitės pertrauka.

bank-precision-teaching = { EN("Precision teaching") }: kasdien kelios minutės pratybų su žodžių kortelėmis, po kelis žodžius vienu metu

bank-words-read-checked-weekly = Teisingai perskaityti žodžiai užrašomi kas savaitę.

bank-read-card-words-at-bedtime = Prieš miegą kartu su vaiku perskaitykite { $count ->
        [one] { $count } žodį
        [few] { $count } žodžius
        [many] { $count } žodžio
       *[other] { $count } žodžių
    } iš kortelės.

bank-write-sentences-about-picture = { $name } parašys { $count ->
        [one] { $count } sakinį
        [few] { $count } sakinius
        [many] { $count } sakinio
       *[other] { $count } sakinių
    } apie paveikslėlį. Kiekvienas sakinys prasidės didžiąja raide ir baigsis tašku.

bank-writing-group-sentence-frames = Rašymo užsiėmimai mažoje grupėje su sakinių šablonais (duodama sakinio pradžia, kurią reikia užbaigti)

bank-writing-samples-checked = { $gender ->
        [female] Jos
        [male] Jo
       *[other] Vaiko
    } rašto darbų pavyzdžiai saugomi ir tikrinami kas dvi savaites.

bank-talk-about-picture = Kartu pakalbėkite apie paveikslėlį ir padėkite { $gender ->
        [female] jai
        [male] jam
       *[other] vaikui
    } garsiai pasakyti sakinį prieš jį užrašant.

bank-read-together-daily = Prašome, kad { $name } kasdien skaitytų kartu su Jumis { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }. Taip pat pasirašykite skaitymo dienoraštyje ({ EN("reading record") }).

bank-know-letter-sounds = { $name } teisingai pasakys, kokius garsus žymi { $count } iš { $total ->
        [one] { $total } raidės ar raidžių junginio
        [few] { $total } raidžių ir raidžių junginių
        [many] { $total } raidės ar raidžių junginio
       *[other] { $total } raidžių ir raidžių junginių
    }. Tai raidės ir raidžių junginiai, kurių iki šiol mokytasi per garsų ir raidžių pamokas ({ EN("phonics") }).

bank-blend-short-words = { $name } ištars trumpų žodžių, pavyzdžiui, „{ EN("cat") }“ ir „{ EN("ship") }“, garsus ir juos sulies į žodį: teisingai perskaitys { $count } iš { $total ->
        [one] { $total } žodžio
        [few] { $total } žodžių
        [many] { $total } žodžio
       *[other] { $total } žodžių
    }.

bank-spell-list-words = { $name } teisingai parašys { $count } iš { $total ->
        [one] { $total } savo rašybos sąrašo žodžio
        [few] { $total } savo rašybos sąrašo žodžių
        [many] { $total } savo rašybos sąrašo žodžio
       *[other] { $total } savo rašybos sąrašo žodžių
    } per du patikrinimus iš eilės.

bank-read-page-few-mistakes = { $name } garsiai perskaitys puslapį iš savo skaitymo knygos ir padarys ne daugiau kaip { $count ->
        [one] { $count } klaidą
        [few] { $count } klaidas
        [many] { $count } klaidos
       *[other] { $count } klaidų
    }.

bank-answer-questions-about-text = { $name } atsakys į { $count } iš { $total ->
        [one] { $total } klausimo
        [few] { $total } klausimų
        [many] { $total } klausimo
       *[other] { $total } klausimų
    } apie trumpą tekstą, perskaitytą kartu su suaugusiuoju.

bank-number-bonds-to-ten = { $name } atsakys į { $count } iš { $total ->
        [one] { $total } klausimo
        [few] { $total } klausimų
        [many] { $total } klausimo
       *[other] { $total } klausimų
    } apie skaičiaus dešimt sudėtį (skaičių poras, kurios kartu sudaro dešimt), { $gender ->
        [female] neskaičiuodama ant pirštų
        [male] neskaičiuodamas ant pirštų
       *[other] neskaičiuojant ant pirštų
    }.

bank-count-objects-accurately = { $name } teisingai suskaičiuos iki { $count ->
        [one] { $count } daikto
        [few] { $count } daiktų
        [many] { $count } daikto
       *[other] { $count } daiktų
    }: palies kiekvieną daiktą po vieną kartą, o paskutinį pasakytą skaičių įvardys kaip bendrą kiekį.

bank-times-table-facts = { $name } teisingai atsakys į { $count } iš { $total ->
        [one] { $total } klausimo
        [few] { $total } klausimų
        [many] { $total } klausimo
       *[other] { $total } klausimų
    } apie daugybą iš { $table } ir pačios daugybos lentelės neišsirašys.

bank-finger-spaces = { $name } paliks piršto pločio tarpą tarp žodžių { $count } iš { $total ->
        [one] { $total } klasėje parašyto sakinio
        [few] { $total } klasėje parašytų sakinių
        [many] { $total } klasėje parašyto sakinio
       *[other] { $total } klasėje parašytų sakinių
    }.

bank-form-letters-correctly = { $name } taisyklingai parašys { $count } iš { $total ->
        [one] { $total } mažosios raidės
        [few] { $total } mažųjų raidžių
        [many] { $total } mažosios raidės
       *[other] { $total } mažųjų raidžių
    } ir kiekvieną pradės rašyti iš reikiamos vietos.

bank-remember-list-in-order = { $name } įsimins { $count ->
        [one] { $count } žodžio
        [few] { $count } žodžių
        [many] { $count } žodžio
       *[other] { $count } žodžių
    } sąrašą ir pakartos jį teisinga tvarka.

bank-use-word-mat = { $name } be priminimo pasitikrins rašybą žodžių lape per { $times } iš { $of ->
        [one] { $of } rašymo užduoties
        [few] { $of } rašymo užduočių
        [many] { $of } rašymo užduoties
       *[other] { $of } rašymo užduočių
    }.

bank-phonics-catch-up-group = Papildomi garsų ir raidžių užsiėmimai ({ EN("phonics") }) mažoje grupėje: trumpi užsiėmimai beveik kasdien, kuriuose mokomasi raidžių garsų ir jų suliejimo į žodžius

bank-paired-reading = Skaitymas poroje ({ EN("paired reading") }): suaugusysis ir { $name } kartu garsiai skaito knygą, o suaugusysis padeda perskaityti sunkius žodžius

bank-multisensory-spelling = Rašybos mokymasis keliais pojūčiais: kiekvieno žodžio mokomasi jį ištariant, apvedžiojant pirštu, užrašant ir pasitikrinant

bank-maths-with-objects = Matematika su daiktais, kuriuos galima paimti į rankas ir judinti, pavyzdžiui, žetonais, kubeliais ir skaičių tiesėmis, kad skaičius būtų galima pamatyti ir paliesti

bank-pre-teaching-topic-words = Išankstinis mokymas: prieš pamoką nauji klasės temos žodžiai mažoje grupėje išmokstami su paveikslėliais

bank-word-mat-on-table = Žodžių lapas ({ EN("word mat") }) ant stalo: lapas su naudingais žodžiais ir jų rašyba, į kurį galima žiūrėti rašant

bank-task-steps-checklist = Užduotys, suskaidytos į mažus žingsnius, su sąrašu, kuriame pažymimas kiekvienas atliktas žingsnis

bank-reading-comprehension-group = Skaitymo supratimo grupė: mažoje grupėje skaitomi trumpi tekstai ir kalbamasi apie tai, ką jie reiškia

bank-i-spy-letter-sounds = Žaiskite žaidimą su garsais ({ EN("I spy") }), pavyzdžiui: „Matau kažką, kas prasideda garsu sss“.

bank-look-say-cover-write-check = Rašybos sąrašo žodžius mokykitės po kelis: pažiūrėkite į žodį, pasakykite jį, uždenkite, parašykite ir tada pasitikrinkite.

bank-count-everyday-things = Kasdien kartu skaičiuokite įvairius dalykus, pavyzdžiui, laiptų pakopas, šaukštus prie pietų stalo ar raudonus automobilius pakeliui į mokyklą.

bank-card-game-make-ten = Kartu žaiskite kortomis: paeiliui ieškokite dviejų kortų, kurios kartu sudaro dešimt.

bank-letter-sounds-checked-half-termly = Plano pradžioje ir kas pusę trimestro tikrinama, kokius raidžių garsus žino { $name }.

bank-spelling-scores-charted = Kas savaitę trumpas rašybos patikrinimas, o rezultatai žymimi diagramoje.

bank-running-record = Kas dvi savaites skaitymo stebėjimas ({ EN("running record") }): suaugusysis klausosi, kaip { $name } skaito, ir pažymi kiekvieną teisingai perskaitytą žodį.

bank-need-reading-and-spelling = { $name } sunkiai skaito ir rašo naujus žodžius ir sunkiai juos įsimena iki kitos dienos.

bank-strength-memory-for-stories = { $name } labai mėgsta istorijas, gerai jas įsimena ir mielai pasakoja kitiems.

## Communication and interaction

bank-follow-two-step-instruction = { $name } be priminimo atliks visai klasei duotą dviejų žingsnių nurodymą { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-instructions-in-short-steps = Nurodymai duodami trumpais žingsniais, ir kiekvienas žingsnis parodomas paveikslėliu.

bank-tally-chart-weekly = Lentelė, kurioje brūkšneliais žymima, kiek kartų pavyko, tikrinama kas savaitę

bank-two-step-instructions-at-home = Namuose duokite dviejų žingsnių nurodymus ir pagirkite { $gender ->
        [female] ją
        [male] jį
       *[other] vaiką
    }, kai juos atlieka.

bank-answer-who-what-where = { $name } atsakys į { $count } iš { $total ->
        [one] { $total } klausimo, prasidedančio
        [few] { $total } klausimų, prasidedančių
        [many] { $total } klausimo, prasidedančio
       *[other] { $total } klausimų, prasidedančių
    } žodžiais „kas“, „ką“ ar „kur“, apie paveikslėlį ar trumpą istoriją.

bank-speak-in-longer-sentences = Kai { $name } su suaugusiuoju kalbės apie paveikslėlį, vartos sakinius iš ne mažiau kaip { $words ->
        [one] { $words } žodžio
        [few] { $words } žodžių
        [many] { $words } žodžio
       *[other] { $words } žodžių
    }.

bank-take-turns-in-conversation = { $name } kalbėsis su draugu ar drauge ta pačia tema ir paeiliui pasisakys { $turns ->
        [one] { $turns } kartą
        [few] { $turns } kartus
        [many] { $turns } karto
       *[other] { $turns } kartų
    }.

bank-ask-for-help-when-stuck = Kai nežinos, ką daryti toliau, { $name } paprašys pagalbos žodžiais arba pagalbos kortele per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    }.

bank-listen-at-carpet-time = Per užsiėmimą ant kilimo ({ EN("carpet time") }) { $name } sėdės ir klausysis { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } ir žiūrės į tą, kuris kalba.

bank-learn-topic-words = Kas pusę trimestro { $name } išmoks { $count ->
        [one] { $count } naują žodį
        [few] { $count } naujus žodžius
        [many] { $count } naujo žodžio
       *[other] { $count } naujų žodžių
    } iš klasės temos ir pasakys, ką kiekvienas reiškia.

bank-say-hello-on-arrival = Kai ateis į klasę, { $name } pasisveikins su suaugusiuoju ir su draugu ar drauge { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-wait-turn-to-speak = Grupėje { $name } lauks savo eilės kalbėti ir nešūkaus iš vietos { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-say-practised-sound = { $name } aiškiai ištars mokomą garsą žodžio pradžioje { $count } iš { $total ->
        [one] { $total } žodžio
        [few] { $total } žodžių
        [many] { $total } žodžio
       *[other] { $total } žodžių
    }.

bank-position-words = { $name } parodys, ką reiškia { $count } iš { $total ->
        [one] { $total } vietą nusakančio žodžio
        [few] { $total } vietą nusakančių žodžių
        [many] { $total } vietą nusakančio žodžio
       *[other] { $total } vietą nusakančių žodžių
    }, pavyzdžiui, „į“, „ant“ ir „po“: padės žaislą į reikiamą vietą.

bank-move-on-with-visual-timetable = { $name } pažiūrės į dienotvarkę paveikslėliais ir pereis prie kitos veiklos ne daugiau kaip po vieno priminimo { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-play-shared-game = { $name } žais bendrą žaidimą su kitu vaiku { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }, kai netoliese bus suaugusysis.

bank-visual-timetable = Dienotvarkė paveikslėliais ({ EN("visual timetable") }): paveikslėliai ant suolo ar ant sienos rodo, kokia tvarka vyks dienos veiklos, kad { $name } žinotų, kas bus toliau

bank-now-and-next-board = Lenta „Dabar ir po to“ ({ EN("now and next board") }): du paveikslėliai rodo, kokia užduotis yra dabar ir kas bus po jos

bank-social-stories = { EN("Social stories") } (socialinės istorijos): trumpos istorijos su paveikslėliais, kurios paaiškina naują ar sunkią situaciją ir ką tada daryti

bank-speech-and-language-programme = Logopedo parengta kalbos lavinimo programa, kurios pratimai kas savaitę atliekami per trumpus užsiėmimus su mokytojo padėjėju

bank-language-group = Kalbos užsiėmimai mažoje grupėje: žaidimai, kurie lavina klausymąsi, moko naujų žodžių ir kalbėjimo sakiniais

bank-colourful-semantics = { EN("Colourful semantics") } (spalvotoji semantika): skirtingų spalvų kortelės klausimams „kas“, „ką daro“, „ką“ ir „kur“, kurios padeda sudaryti ilgesnius sakinius

bank-name-first-short-instructions = Prieš duodami nurodymą, suaugusieji pasako vaiko vardą („{ $name }“), duoda po vieną trumpą žingsnį ir palaukia atsakymo

bank-signs-and-symbols = Gestai ir paveikslėlių simboliai, naudojami kartu su kalba, kad sakomus žodžius būtų lengviau suprasti

bank-talk-about-picture-book = Kartu žiūrėkite paveikslėlių knygą ir kalbėkitės apie tai, kas vyksta kiekviename puslapyje.

bank-name-things-on-walks = Pasivaikščiodami ar parduotuvėje kartu vadinkite daiktus ir kaskart pridėkite vieną naują žodį.

bank-my-turn-your-turn = Žaiskite paprastą žaidimą, kuriame reikia laukti savo eilės, pavyzdžiui, ridenkite kamuolį, ir sakykite: „Mano eilė, tavo eilė“.

bank-first-then-at-home = Namuose sakykite „pirma …, tada …“, kad vaikas žinotų, kas bus toliau, pavyzdžiui: „Pirma batai, tada parkas“.

bank-speech-therapist-checks-each-visit = Logopedas per kiekvieną apsilankymą patikrina pažangą ir parašo trumpą pastabą.

bank-sentence-samples-half-termly = Plano pradžioje ir kas pusę trimestro suaugusysis užrašo, ką { $name } pasako apie paveikslėlį, kad būtų matyti, kaip sakiniai ilgėja.

bank-group-session-notes = Grupę vedantis suaugusysis per kiekvieną užsiėmimą užrašo kiekvieną vaiko pasisakymą ir atsakymą, o kas dvi savaites peržiūri užrašus.

bank-need-spoken-instructions = { $name } sunkiai atlieka visai klasei žodžiu duotus nurodymus ir sunkiai randa tinkamų žodžių savo mintims paaiškinti.

## Social, emotional and mental health

bank-calm-card = { $name } vietoj šaukimo naudosis nusiraminimo kortele ir nusiraminimo kampeliu { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-feelings-check-in = Kiekvieną rytą trumpas pokalbis apie tai, kaip vaikas jaučiasi, naudojant jausmų skalę

bank-feelings-scale-at-home = Namuose naudokite tą pačią jausmų skalę ir pagirkite { $gender ->
        [female] ją
        [male] jį
       *[other] vaiką
    }, kai paprašo pertraukos.

bank-name-feelings = { $name } įvardys { $count ->
        [one] { $count } jausmą
        [few] { $count } jausmus
        [many] { $count } jausmo
       *[other] { $count } jausmų
    }, pavyzdžiui, džiaugsmą, liūdesį, pyktį ir nerimą, ir kiekvieną susies su paveikslėliu.

bank-calm-again-within-minutes = Kai susierzins, { $name } su suaugusiojo pagalba nusiramins per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }.

bank-use-break-card = Kai susierzins, { $name } parodys pertraukos kortelę ir paprašys trumpos pertraukos, o ne išeis iš klasės, { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-start-task-when-asked = { $name } pradės užduotį per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } nuo paprašymo { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-join-playtime-game = Per pertrauką { $name } įsitrauks į žaidimą su kitais vaikais { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-safe-hands-at-playtime = Per pertrauką { $name } saugiai laikys rankas ir kojas ir nieko neskaudins { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-lose-a-game-calmly = Kai pralaimės žaidimą, { $name } { $gender ->
        [female] išliks rami
        [male] išliks ramus
       *[other] išlaikys ramybę
    } ir nugalėtojui pasakys „šaunu“ per { $times } iš { $of ->
        [one] { $of } žaidimo
        [few] { $of } žaidimų
        [many] { $of } žaidimo
       *[other] { $of } žaidimų
    }.

bank-say-good-things-about-self = Per kassavaitinį pokalbį { $name } pasakys { $count ->
        [one] { $count } gerą dalyką
        [few] { $count } gerus dalykus
        [many] { $count } gero dalyko
       *[other] { $count } gerų dalykų
    } apie save.

bank-come-into-class-calmly = Rytais { $name } atsisveikins prie durų ir ramiai įeis į klasę { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-follow-request-after-reminder = { $name } padarys tai, ko prašo suaugusysis, ne daugiau kaip po vieno priminimo { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-stay-in-lesson = Per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    } { $name } visą pamoką išbus klasėje, o jei reikės, padarys suplanuotą pertrauką.

bank-sort-out-falling-out = Kai susipyks su draugu ar drauge, { $name } nesutarimą spręs žodžiais, o ne rankomis, jei reikia, su suaugusiojo pagalba, { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-feelings-traffic-light = Jausmų šviesoforas: žalia, geltona ir raudona kortelės rodo, kaip jaučiasi { $name }, o kiekvienai spalvai yra planas, kas padeda

bank-nurture-group = Palaikymo grupė ({ EN("nurture group") }): maža, rami grupė su pažįstamu suaugusiuoju dalį dienos, kad augtų pasitikėjimas savimi ir užsimegztų draugystės

bank-emotional-literacy-support = Pagalba pažinti jausmus ({ EN("emotional literacy support") }): kas savaitę užsiėmimas su apmokytu mokytojo padėjėju, per kurį kalbamasi apie jausmus ir mokomasi su jais susitvarkyti

bank-social-skills-group = Socialinių įgūdžių grupė: žaidimai mažoje grupėje, per kuriuos mokomasi dalytis, laukti savo eilės ir ramiai pralaimėti

bank-calm-space-with-timer = Tyli, rami vieta klasėje ar šalia jos trumpai pertraukai su smėlio laikrodžiu, o paskui – atgal prie mokymosi

bank-meet-and-greet = Pasitikimas prie durų ({ EN("meet and greet") }): kiekvieną rytą, kai { $name } ateina į mokyklą, pažįstamas suaugusysis pasitinka vaiką prie durų ir padeda įsikurti

bank-praise-and-reward-chart = Aiškus pagyrimas už gerus pasirinkimus ir apdovanojimų lentelė su mažais tikslais, dėl kurių { $name } susitaria su suaugusiuoju

bank-restorative-conversations = Atkuriamieji pokalbiai: po nesutarimo suaugusysis padeda kiekvienam vaikui pasakyti, kas nutiko, kaip jis jautėsi ir kaip viską atitaisyti

bank-best-part-of-the-day = Prieš miegą paklauskite, kas šiandien buvo geriausia ir kas buvo sunku, ir ramiai išklausykite.

bank-slow-breathing-together = Kai visi ramūs, kartu mokykitės lėtai kvėpuoti: įkvėpkite skaičiuodami iki keturių, tada iškvėpkite skaičiuodami iki keturių.

bank-praise-effort-at-home = Pastebėkite, kai { $name } stengiasi ar gražiai pasielgia, ir tiksliai pasakykite, kas buvo gerai.

bank-tell-school-about-changes = Praneškite mokyklai apie pokyčius namuose, pavyzdžiui, persikraustymą, kūdikio gimimą ar artimojo netektį, kad darbuotojai galėtų padėti.

bank-difficult-moments-record = Sunkių akimirkų užrašai (kas vyko prieš tai, ką padarė { $name } ir kas vyko po to), peržiūrimi kas savaitę.

bank-feelings-questionnaire = Trumpas klausimynas apie jausmus, kurį { $name } kartu su suaugusiuoju užpildo plano pradžioje ir pabaigoje.

bank-daily-smiley-chart = Kasdienė lentelė su šypsenėle kiekvienai dienos daliai: ji siunčiama į namus ir peržiūrima kiekvieną penktadienį.

bank-need-managing-feelings = { $name } sunkiai valdo stiprius jausmus ir sunkiai nusiramina, kai susierzina.

## Sensory and physical

bank-pencil-grip = { $name } laikys pieštuką trijų pirštų suėmimu (tarp nykščio ir dviejų kitų pirštų), kai rašys { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }.

bank-put-on-coat = { $name } be pagalbos apsivilks striukę ir užsitrauks užtrauktuką { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-change-for-pe = { $name } be pagalbos persirengs kūno kultūros pamokai per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } ar greičiau.

bank-cut-along-line = { $name } žirklėmis kirps palei storą liniją ir toli nuo jos nenukryps { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-balance-on-one-leg = { $name } išstovės ant vienos kojos, ant kairės ir ant dešinės, { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundes
        [many] { $seconds } sekundės
       *[other] { $seconds } sekundžių
    }.

bank-wear-hearing-aids = { $name } visą mokyklos dieną nešios savo klausos aparatus { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-say-when-not-heard = { $name } žodžiais arba kortele pasakys suaugusiajam, kai ko nors aiškiai neišgirs ar nepamatys, per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    }.

bank-use-large-print = { $name } be priminimo naudosis stambiu šriftu ar didinamuoju stiklu klasės darbams skaityti per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    }.

bank-find-way-around-school = { $name } savarankiškai nueis iš klasės į salę, į tualetą ir į žaidimų aikštelę { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-write-words-in-time = { $name } per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } parašys { $words ->
        [one] { $words } žodį
        [few] { $words } žodžius
        [many] { $words } žodžio
       *[other] { $words } žodžių
    } lengvai įskaitomomis raidėmis.

bank-ask-for-movement-break = Kai negalės nusėdėti vietoje, { $name } parodys kortelę ir paprašys judėjimo pertraukėlės, o ne pakils iš vietos, { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-stay-in-assembly = Per mokyklos susirinkimą ({ EN("assembly") }) { $name } išbus salėje { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    }, jei reikės, su ausinėmis nuo triukšmo.

bank-fine-motor-group = Smulkiosios motorikos grupė: trumpos veiklos, pavyzdžiui, vėrimas, skalbinių segtukai ir { EN("dough disco") } (tešlos minkymas ir voliojimas pagal muziką), kad rankos sustiprėtų

bank-therapy-exercise-programme = Ergoterapeuto ar kineziterapeuto parengta pratimų programa, kuri atliekama su mokytojo padėjėju

bank-radio-aid = FM sistema ({ EN("radio aid") }): mokytojas nešioja mažą mikrofoną, kuris balsą perduoda tiesiai į { $gender ->
        [female] jos
        [male] jo
       *[other] vaiko
    } klausos aparatus

bank-seat-near-the-front = Vieta priekyje, veidu į mokytoją, gerai apšviesta ir toliau nuo triukšmo

bank-large-print-materials = Užduočių lapai ir knygos stambiu šriftu ir ryškaus kontrasto, parengti pagal regos ir klausos pagalbos tarnybos ({ EN("sensory support") }) patarimus

bank-sensory-circuit = Sensorinė trasa ({ EN("sensory circuit") }): kiekvieną rytą trumpas judėjimo pratimų rinkinys, kad { $name } nusiramintų ir galėtų mokytis

bank-movement-breaks = Suplanuotos judėjimo pertraukėlės: per pamokas trumpos užduotys ar pratimai, pavyzdžiui, nunešti raštelį į raštinę

bank-ear-defenders-and-quiet-place = Ausinės nuo triukšmo ir rami vieta, kur galima nueiti, kai klasėje per triukšminga

bank-finger-games-at-home = Žaiskite žaidimus, kuriuose reikia smulkių pirštų judesių, pavyzdžiui, verkite karoliukus, statykite iš mažų kaladėlių ar segiokite skalbinius segtukais.

bank-dressing-practice = Rytais palikite pakankamai laiko, kad { $name } apsirengtų be pagalbos, ir padėkite tik su tuo, kas sunkiausia.

bank-check-hearing-aids-daily = Prieš mokyklą patikrinkite, ar klausos aparatai veikia, ir įdėkite į mokyklinę kuprinę atsarginių baterijų.

bank-active-play-at-the-park = Eikite kartu į parką ir žaiskite ant laipynių, sūpynių ir visko, kur reikia išlaikyti pusiausvyrą.

bank-therapist-checks-goals = Ergoterapeutas ar kineziterapeutas per kiekvieną apsilankymą patikrina, kaip sekasi siekti jo nustatytų tikslų.

bank-time-taken-recorded-weekly = Kas savaitę užrašoma, kiek laiko užtrunka užduotis, pavyzdžiui, persirengimas kūno kultūros pamokai, kad būtų matyti, kaip laikas trumpėja.

bank-specialist-teacher-report = Specialusis pedagogas iš regos ir klausos pagalbos tarnybos kas pusę trimestro stebi pamoką ir parašo trumpą ataskaitą.

bank-need-fine-motor-skills = { $name } sunkiai rašo ranka, kerpa ir atlieka kitas užduotis, kurioms reikia smulkių, tikslių rankų judesių.

## Any area

bank-strength-kind-and-helpful = { $name } { $gender ->
        [female] yra geraširdė
        [male] yra geraširdis
       *[other] turi gerą širdį
    } ir mėgsta padėti suaugusiesiems ir kitiems vaikams.

bank-strength-creative = { $name } { $gender ->
        [female] yra kūrybinga
        [male] yra kūrybingas
       *[other] turi daug kūrybinių idėjų
    } ir mėgsta piešti, kurti ir statyti.

bank-strength-keeps-trying = { $name } nepasiduoda ir stengiasi net tada, kai užduotis sunki.

## Assessments

bank-reading-and-spelling-assessment = Skaitymo ir rašybos vertinimas

bank-maths-assessment = Matematikos vertinimas, kad paaiškėtų, kuriuos skaičiavimo įgūdžius reikia daugiau lavinti

bank-dyslexia-screening = Disleksijos patikra: trumpas skaitymo, rašybos ir atminties įgūdžių patikrinimas

bank-educational-psychologist-assessment = Ugdymo psichologo vertinimas

bank-speech-and-language-assessment = Logopedo vertinimas

bank-autism-assessment-referral = Siuntimas į vietos sveikatos priežiūros tarnybą autizmui įvertinti

bank-mental-health-assessment = Vertinimas vietos vaikų ir paauglių psichikos sveikatos tarnyboje ({ EN("CAMHS") })

bank-hearing-test-audiology = Klausos patikrinimas audiologijos tarnyboje

bank-eye-clinic-assessment = Regos patikrinimas ligoninės akių klinikoje

bank-occupational-therapy-assessment = Ergoterapeuto atliekamas judesių, rašymo ranka ir savarankiškumo kasdienėje veikloje vertinimas
