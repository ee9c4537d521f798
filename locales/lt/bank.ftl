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

bank-read-longer-words = { $name } skaitys ilgesnius žodžius dalimis, pavyzdžiui, „{ EN("rab-bit") }“ ir „{ EN("sun-set") }“, ir teisingai perskaitys { $count } iš { $total ->
        [one] { $total } žodžio
        [few] { $total } žodžių
        [many] { $total } žodžio
       *[other] { $total } žodžių
    }.

bank-spell-words-said-aloud = Suaugusysis garsiai pasakys trumpus žodžius, pavyzdžiui, „{ EN("dog") }“ ir „{ EN("shop") }“, o { $name } išskaidys juos į garsus ir užrašys: teisingai parašys { $count } iš { $total ->
        [one] { $total } žodžio
        [few] { $total } žodžių
        [many] { $total } žodžio
       *[other] { $total } žodžių
    }.

bank-use-spelling-rule = Per rašybos patikrinimą { $name } taikys mokomą rašybos taisyklę, pavyzdžiui, prie žodžio pridės „{ EN("ing") }“ ar „{ EN("ed") }“, { $count } iš { $total ->
        [one] { $total } žodžio
        [few] { $total } žodžių
        [many] { $total } žodžio
       *[other] { $total } žodžių
    }.

bank-read-words-per-minute = { $name } iš tinkamo lygio knygos per minutę teisingai perskaitys { $words ->
        [one] { $words } žodį
        [few] { $words } žodžius
        [many] { $words } žodžio
       *[other] { $words } žodžių
    }.

bank-retell-story-in-order = { $name } teisinga tvarka atpasakos ką tik perskaitytą istoriją ir paminės { $count ->
        [one] { $count } svarbiausią įvykį
        [few] { $count } svarbiausius įvykius
        [many] { $count } svarbiausio įvykio
       *[other] { $count } svarbiausių įvykių
    }.

bank-plan-writing-with-frame = { $name } susiplanuos rašinį planavimo lape: užrašys arba nupieš { $count ->
        [one] { $count } idėją
        [few] { $count } idėjas
        [many] { $count } idėjos
       *[other] { $count } idėjų
    } ir tik tada pradės rašyti.

bank-check-own-writing = { $name } perskaitys savo baigtą rašto darbą ir be pagalbos ištaisys bent { $count ->
        [one] { $count } klaidą
        [few] { $count } klaidas
        [many] { $count } klaidos
       *[other] { $count } klaidų
    }.

bank-letters-on-the-line = { $name } rašys tiesiai ant linijos, o aukštos ir mažos raidės bus tinkamo dydžio, { $count } iš { $total ->
        [one] { $total } sakinio
        [few] { $total } sakinių
        [many] { $total } sakinio
       *[other] { $total } sakinių
    }.

bank-add-and-take-away = { $name } sudės ir atims skaičius iki { $limit } ir teisingai atsakys į { $count } iš { $total ->
        [one] { $total } klausimo
        [few] { $total } klausimų
        [many] { $total } klausimo
       *[other] { $total } klausimų
    }.

bank-tens-and-ones = { $name } pasakys, kiek dviženkliame skaičiuje yra dešimčių ir kiek vienetų, { $count } iš { $total ->
        [one] { $total } skaičiaus
        [few] { $total } skaičių
        [many] { $total } skaičiaus
       *[other] { $total } skaičių
    }.

bank-tell-time-on-clock = { $name } pagal laikrodį su rodyklėmis pasakys, kiek valandų (lygiai valanda ar „pusė …“), ir teisingai nustatys laiką { $count } iš { $total ->
        [one] { $total } laikrodžio
        [few] { $total } laikrodžių
        [many] { $total } laikrodžio
       *[other] { $total } laikrodžių
    }.

bank-pay-with-coins = { $name } išsirinks tinkamas monetas, kad sumokėtų už daiktą, kuris kainuoja iki { $pence ->
        [one] { $pence } penso
        [few] { $pence } pensų
        [many] { $pence } penso
       *[other] { $pence } pensų
    }, { $count } iš { $total ->
        [one] { $total } bandymo
        [few] { $total } bandymų
        [many] { $total } bandymo
       *[other] { $total } bandymų
    }.

bank-solve-word-problems = { $name } išspręs { $count } iš { $total ->
        [one] { $total } tekstinio uždavinio
        [few] { $total } tekstinių uždavinių
        [many] { $total } tekstinio uždavinio
       *[other] { $total } tekstinių uždavinių
    } (matematikos klausimų, pateiktų kaip trumpa istorija), o padėti galės piešinys ar daiktai.

bank-work-alone-on-steps = { $name } savarankiškai atliks { $steps ->
        [one] { $steps } užduoties žingsnį
        [few] { $steps } užduoties žingsnius
        [many] { $steps } užduoties žingsnio
       *[other] { $steps } užduoties žingsnių
    } ir tik tada pasitikrins su suaugusiuoju.

bank-use-task-board = { $name } žiūrės į užduočių lentą, kad žinotų, ką daryti toliau, ir neklaus suaugusiojo, per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    }.

bank-bring-right-things = { $name } atsineš į mokyklą reikalingus daiktus, pavyzdžiui, skaitymo knygą, vandens buteliuką ir sportinę aprangą, ir patikrins juos pagal sąrašą { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-finish-tasks-in-time = { $name } per pamokoje skirtą laiką baigs { $count } iš { $total ->
        [one] { $total } užduoties
        [few] { $total } užduočių
        [many] { $total } užduoties
       *[other] { $total } užduočių
    }, o padės vaizdinis laikmatis (laikrodis, kuriame matyti, kiek laiko liko).

bank-decodable-reading-books = Skaitymo knygos, pritaikytos prie garsų, kuriuos žino { $name }, kad kiekvieną žodį būtų galima perskaityti garsas po garso

bank-reciprocal-reading = { EN("Reciprocal reading") } (abipusis skaitymas): mažoje grupėje vaikai paeiliui spėja, kas bus toliau, užduoda klausimus, paaiškina sunkius žodžius ir apibendrina tekstą

bank-spelling-patterns-and-own-list = Rašybos mokomasi grupėmis žodžių, kurie rašomi pagal tą patį modelį, ir su asmeniniu sunkių žodžių sąrašu pratyboms

bank-handwriting-practice-group = Dailyraščio grupė: beveik kasdien kelios minutės pratybų, kad būtų išmoktos raidžių formos ir jų jungimas

bank-number-facts-daily-practice = Kasdien trumpais žaidimais, po kelias minutes, lavinami paprasti skaičiavimo veiksmai, pavyzdžiui, sudėtis iki dešimties ir daugybos lentelė, kad jie gerai įstrigtų atmintyje

bank-desk-memory-aids = Atmintį palengvinančios priemonės ant suolo, pavyzdžiui, abėcėlės juostelė, skaičių iki šimto lentelė ir daugybos lentelė

bank-small-chunks-of-information = Informacija pateikiama mažomis dalimis, kartojama ir papildoma paveikslėliais ar užrašytais svarbiausiais žodžiais

bank-visual-timer-on-desk = Vaizdinis laikmatis ant suolo: laikrodis, kuriame { $name } mato, kiek laiko liko užduočiai

bank-start-then-step-back = Suaugusysis padeda pradėti užduotį, tada pasitraukia ir po kelių minučių patikrina, kaip sekasi: taip { $name } mokosi dirbti savarankiškai

bank-daily-kit-checklist = Paveikslėlių sąrašas, ką kasdien reikia pasiimti, laikomas mokyklinėje kuprinėje, ir pažymėtas stalčiukas knygoms ir priemonėms

bank-other-ways-to-record = Kiti būdai užrašyti mintis, pavyzdžiui, piešinys, minčių žemėlapis, rašymas kompiuteriu ar pasakojimas suaugusiajam, kuris jas užrašo

bank-reader-or-scribe-in-tests = Papildomas laikas per patikrinimus ir suaugusysis, kuris perskaito klausimus ar užrašo atsakymus tose vietose, kur { $name } susiduria su sunkumais

bank-play-shops-with-coins = Žaiskite parduotuvę su tikromis monetomis: tegul { $name } moka už pirkinius ir skaičiuoja grąžą.

bank-tell-time-at-home = Dienos metu kartu žiūrėkite į laikrodį ir klauskite, kelinta valanda, pavyzdžiui, prie stalo ar prieš mėgstamą laidą.

bank-pack-bag-night-before = Vakare prieš mokyklą kartu susidėkite mokyklinę kuprinę pagal paveikslėlių sąrašą iš mokyklos.

bank-memory-games = Žaiskite atminties žaidimus, pavyzdžiui, „Einu į parduotuvę ir perku…“, kai kiekvienas paeiliui prideda dar vieną daiktą.

bank-write-for-real-reasons = Rašykite kartu tikram reikalui, pavyzdžiui, pirkinių sąrašą, gimtadienio atviruką ar raštelį giminaičiams.

bank-maths-check-half-termly = Plano pradžioje ir kas pusę trimestro trumpai patikrinami lavinami matematikos įgūdžiai.

bank-reading-speed-timed = Kas dvi savaites suaugusysis minutę klausosi, kaip { $name } skaito trumpą ištrauką, ir suskaičiuoja teisingai perskaitytus žodžius.

bank-tasks-done-alone-counted = Kas savaitę suskaičiuojamos užduotys, kurias { $name } baigia be suaugusiojo pagalbos.

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

bank-say-sound-in-sentences = Per pokalbį su suaugusiuoju { $name } aiškiai tars mokomą garsą sakiniuose: { $count } iš { $total ->
        [one] { $total } sakinio
        [few] { $total } sakinių
        [many] { $total } sakinio
       *[other] { $total } sakinių
    }.

bank-hear-sound-differences = { $name } išgirs skirtumą tarp panašiai skambančių žodžių, pavyzdžiui, „{ EN("key") }“ ir „{ EN("tea") }“, ir parodys tinkamą paveikslėlį { $count } iš { $total ->
        [one] { $total } žodžių poros
        [few] { $total } žodžių porų
        [many] { $total } žodžių poros
       *[other] { $total } žodžių porų
    }.

bank-sort-words-into-groups = { $name } suskirstys { $count } iš { $total ->
        [one] { $total } paveikslėlio
        [few] { $total } paveikslėlių
        [many] { $total } paveikslėlio
       *[other] { $total } paveikslėlių
    } į grupes, pavyzdžiui, gyvūnai, maistas ir drabužiai, ir pavadins kiekvieną grupę.

bank-describe-an-object = { $name } apibūdins daiktą ir pasakys apie jį { $count ->
        [one] { $count } dalyką
        [few] { $count } dalykus
        [many] { $count } dalyko
       *[other] { $count } dalykų
    }, pavyzdžiui, kokios jis spalvos, formos, dydžio ar kam naudojamas.

bank-follow-key-word-instructions = { $name } atliks nurodymą, kuriame reikia įsiminti { $count ->
        [one] { $count } svarbų žodį
        [few] { $count } svarbius žodžius
        [many] { $count } svarbaus žodžio
       *[other] { $count } svarbių žodžių
    }, pavyzdžiui, „duok man didelį raudoną kamuolį“, { $times } iš { $of ->
        [one] { $of } bandymo
        [few] { $of } bandymų
        [many] { $of } bandymo
       *[other] { $of } bandymų
    }.

bank-answer-why-and-how = { $name } atsakys į { $count } iš { $total ->
        [one] { $total } klausimo, prasidedančio
        [few] { $total } klausimų, prasidedančių
        [many] { $total } klausimo, prasidedančio
       *[other] { $total } klausimų, prasidedančių
    } žodžiais „kodėl“ ar „kaip“, apie istoriją ar apie tai, kas nutiko.

bank-tell-news-in-order = { $name } suaugusiajam papasakos apie tai, kas nutiko, pavyzdžiui, per savaitgalį, { $count ->
        [one] { $count } sakiniu
        [few] { $count } sakiniais
        [many] { $count } sakinio
       *[other] { $count } sakinių
    } teisinga tvarka.

bank-tell-story-with-cards = { $name } papasakos trumpą istoriją pagal istorijos korteles ir paminės { $count } iš { $total ->
        [one] { $total } kortelėse parodytos dalies
        [few] { $total } kortelėse parodytų dalių
        [many] { $total } kortelėse parodytos dalies
       *[other] { $total } kortelėse parodytų dalių
    } (kas, kur, kas nutiko ir kaip baigėsi).

bank-start-a-conversation = Per pertrauką { $name } pradės pokalbį su kitu vaiku: pasisveikins ar užduos klausimą, { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-ask-friend-a-question = Kai draugas ar draugė ką nors pasakys, { $name } užduos klausimą apie tai, ką išgirdo, { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-read-feelings-in-pictures = { $name } pasakys, ką gali jausti žmogus paveikslėlyje ir kodėl, { $count } iš { $total ->
        [one] { $total } paveikslėlio
        [few] { $total } paveikslėlių
        [many] { $total } paveikslėlio
       *[other] { $total } paveikslėlių
    }.

bank-explain-common-sayings = { $name } paaiškins, ką iš tikrųjų reiškia { $count } iš { $total ->
        [one] { $total } dažno posakio
        [few] { $total } dažnų posakių
        [many] { $total } dažno posakio
       *[other] { $total } dažnų posakių
    }, pavyzdžiui, „{ EN("it's raining cats and dogs") }“ (lyja kaip iš kibiro).

bank-keep-comfortable-distance = Per pokalbį su kitais { $name } stovės maždaug ištiestos rankos atstumu { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-cope-with-change-to-routine = { $name } išlaikys ramybę, kai dienos tvarka pasikeis, jei pokytis iš anksto buvo parodytas dienotvarkėje paveikslėliais, { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-ask-with-picture-cards = Per dieną { $name } paveikslėlio kortele ar gestu paprašys { $count ->
        [one] { $count } dalyko
        [few] { $count } skirtingų dalykų
        [many] { $count } skirtingo dalyko
       *[other] { $count } skirtingų dalykų
    }, pavyzdžiui, atsigerti, pagalbos ar į tualetą.

bank-join-activity-chosen-by-others = { $name } { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } dalyvaus kito pasirinktoje veikloje, o tada grįš prie mėgstamos veiklos.

bank-speak-up-in-small-group = Mažoje grupėje { $name } savo iniciatyva atsakys į klausimą ar pasidalys mintimi bent { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } per savaitę.

bank-say-what-helps-when-talking = { $name } įvardys { $count ->
        [one] { $count } dalyką, kuris padeda
        [few] { $count } dalykus, kurie padeda
        [many] { $count } dalyko, kurie padeda
       *[other] { $count } dalykų, kurie padeda
    }, kai kalbėti sunku, pavyzdžiui, daugiau laiko atsakyti, ir pasakys apie tai klasės mokytojui.

bank-wait-time-to-answer = Laikas atsakyti: uždavę klausimą, suaugusieji palaukia apie dešimt sekundžių, kad { $name } spėtų pagalvoti ir atsakyti

bank-model-and-expand-sentences = Suaugusieji pakartoja, ką pasakė { $name }, taisyklingu ir šiek tiek ilgesniu sakiniu, neprašydami pakartoti

bank-word-webs = Žodžių tinklai: kiekvienas naujas žodis susiejamas su jo garsais, reikšme, paveikslėliu ir panašiais žodžiais, kad būtų lengviau jį įsiminti

bank-brick-building-group = Konstravimo iš kaladėlių grupė: maža grupė kartu stato modelį, o kiekvienas vaikas turi savo darbą (ieško kaladėlių, stato ar duoda nurodymus), kad mokytųsi kalbėtis ir dirbti kartu

bank-intensive-interaction = { EN("Intensive interaction") } (intensyvi sąveika): suaugusysis žaidžia taip, kaip nori { $name }, kartoja garsus ir judesius, kad atsirastų bendras dėmesys ir bendras džiaugsmas

bank-quiet-workstation = Rami darbo vieta: stalas atokiau nuo to, kas blaško, su iš eilės išdėliotomis užduotimis, savarankiškam darbui

bank-comic-strip-conversations = { EN("Comic strip conversations") } (pokalbiai komiksais): paprasti piešiniai su kalbos ir minčių debesėliais, kad būtų galima aptarti, kas nutiko ir ką galvojo kiekvienas

bank-warn-before-changes = Įspėjimas apie pokyčius: dienos pokyčiai iš anksto parodomi dienotvarkėje paveikslėliais, o prieš baigiant veiklą skaičiuojama atgal

bank-stammering-friendly-talk = Kantrus bendravimas su mikčiojančiu vaiku: suaugusieji palaukia, kol { $name } baigs kalbėti, nebaigia žodžių už { $gender ->
        [female] ją
        [male] jį
       *[other] vaiką
    } ir kartu susitaria, kaip atsakyti tikrinant lankomumą ir į klausimus klasėje

bank-talking-partner = Pokalbio partneris: kas nors iš klasės, su kuo galima aptarti mintis prieš atsakant visai klasei

bank-communication-passport = Bendravimo pasas: trumpa knygelė, parengta kartu su šeima, kurioje darbuotojams paaiškinta, kaip { $name } bendrauja ir kas padeda

bank-lunchtime-club-structured-play = Pietų pertraukos būrelis: žaidimai mažoje grupėje su suaugusiuoju, kuris padeda vaikams žaisti kartu

bank-speech-sound-games-from-therapist = Kasdien kelias minutes žaiskite logopedo duotus garsų žaidimus ir pagirkite už kiekvieną bandymą.

bank-talk-at-mealtimes = Valgydami išjunkite ekranus ir kartu pasikalbėkite apie praėjusią dieną.

bank-prepare-for-changes = Prieš pokytį, pavyzdžiui, apsilankymą ar išvyką, parodykite nuotraukų ar papasakokite trumpą istoriją apie tai, kas vyks. Taip { $name } žinos, ko tikėtis.

bank-give-time-to-talk = Kai { $name } sunkiai kalba, ramiai palaukite, toliau žiūrėkite į { $gender ->
        [female] ją
        [male] jį
       *[other] vaiką
    } ir leiskite { $gender ->
        [female] jai
        [male] jam
       *[other] vaikui
    } baigti, nebaigdami žodžių už { $gender ->
        [female] ją
        [male] jį
       *[other] vaiką
    }.

bank-describe-and-guess = Žaiskite „Apibūdink ir atspėk“: paeiliui apibūdinkite kokį nors daiktą kambaryje ir spėkite, kas tai.

bank-new-words-checked-with-pictures = Plano pradžioje ir pabaigoje su paveikslėliais patikrinama, kokius naujus žodžius žino { $name }.

bank-conversations-noted-weekly = Kas savaitę suaugusysis užrašo, kaip dažnai { $name } pradeda pokalbį ar prie jo prisijungia klasėje ir per pertraukas.

bank-playtime-observation = Kas dvi savaites suaugusysis stebi pertrauką ir užrašo, su kuo ir kaip žaidžia { $name }.

bank-social-communication-checklist = Mokyklos darbuotojai ir šeima plano pradžioje ir pabaigoje užpildo trumpą bendravimo su kitais įgūdžių sąrašą.

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

bank-share-a-worry = { $name } bent { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } per savaitę papasakos suaugusiajam, kuriuo pasitiki, apie tai, kas neramina: žodžiais, piešiniu ar per rūpesčių dėžutę.

bank-use-calm-plan = Kai jaudinsis, { $name } pasinaudos idėja iš savo nusiraminimo plano, pavyzdžiui, lėtai pakvėpuos ar suspaus minkštą kamuoliuką, { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-speak-to-adults-in-school = { $name } mokykloje pakalbės su { $count ->
        [one] { $count } suaugusiuoju
        [few] { $count } suaugusiaisiais
        [many] { $count } suaugusiojo
       *[other] { $count } suaugusiųjų
    }, pirmiausia su pažįstamu suaugusiuoju ramioje vietoje.

bank-try-something-new = Kas pusę trimestro { $name } išbandys { $count ->
        [one] { $count } naują veiklą
        [few] { $count } naujas veiklas
        [many] { $count } naujos veiklos
       *[other] { $count } naujų veiklų
    }, pavyzdžiui, būrelį ar naują žaidimą, kai netoliese bus pažįstamas suaugusysis.

bank-notice-early-signs-of-anger = { $name } pastebės pirmuosius pykčio ženklus, pavyzdžiui, įkaitusį veidą ar sugniaužtus kumščius, ir pasakys apie tai suaugusiajam { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-help-put-things-right = Po nesutarimo { $name } ramiai pasikalbės su suaugusiuoju ir pasiūlys, kaip viską atitaisyti, { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-attend-school-per-cent = Šį trimestrą { $name } lankys mokyklą bent { $percent ->
        [one] { $percent } procentą
        [few] { $percent } procentus
        [many] { $percent } procento
       *[other] { $percent } procentų
    } visų mokslo dienų.

bank-time-in-class-each-day = { $name } kasdien praleis klasėje { $hours ->
        [one] { $hours } valandą
        [few] { $hours } valandas
        [many] { $hours } valandos
       *[other] { $hours } valandų
    }, o likusią dienos dalį bus ramioje vietoje su pažįstamu suaugusiuoju.

bank-settle-after-playtime = Po pertraukos { $name } grįš į klasę ir per { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } ramiai įsikurs savo vietoje { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-invite-someone-to-play = { $name } bent { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } per savaitę pakvies kitą vaiką žaisti.

bank-kind-things-for-others = Kasdien { $name } padarys kitiems vaikams { $count ->
        [one] { $count } gerą darbą
        [few] { $count } gerus darbus
        [many] { $count } gero darbo
       *[other] { $count } gerų darbų
    }, pavyzdžiui, pasidalys ar padės, ir tai pastebės suaugusysis.

bank-have-a-go-at-hard-tasks = { $name } imsis sunkios užduoties ir pasakys „Pabandysiu“, o ne atsisakys, per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    }.

bank-cope-with-mistakes = Kai bus parodyta klaida, { $name } išlaikys ramybę ir ją ištaisys, per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    }.

bank-share-work-with-pride = { $name } parodys suaugusiajam ar klasei darbą, kuriuo didžiuojasi, bent { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } per savaitę.

bank-stay-on-task-with-timer = { $name } su vaizdiniu laikmačiu dirbs prie užduoties { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } ir tik tada darys trumpą suplanuotą pertrauką.

bank-back-to-work-after-signal = Po tylaus suaugusiojo ženklo, pavyzdžiui, pabeldimo į suolą, { $name } grįš prie darbo { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-walk-in-line-safely = { $name } kartu su klase išsirikiuos į eilę, saugiai eis ir iš eilės neišeis { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-visit-new-class = Prieš perėjimą { $name } { $count ->
        [one] { $count } kartą
        [few] { $count } kartus
        [many] { $count } karto
       *[other] { $count } kartų
    } apsilankys naujoje klasėje ar mokykloje ir pasakys vieną dalyką, kurio laukia su džiaugsmu.

bank-key-adult = Artimas suaugusysis ({ EN("key adult") }): vienas paskirtas suaugusysis, į kurį { $name } gali kreiptis; jis kasdien pasiteirauja, kaip sekasi, ir palaiko ryšį su šeima

bank-worry-box = Rūpesčių dėžutė ar sąsiuvinis, į kurį { $name } gali įdėti ar įrašyti savo rūpesčius, kad vėliau juos aptartų su suaugusiuoju

bank-personal-calm-plan = Nusiraminimo planas, kurį { $name } sudaro kartu su suaugusiuoju: pirmieji nusiminimo ar pykčio ženklai, kas padeda ir kur eiti nusiraminti

bank-emotion-coaching = { EN("Emotion coaching") } (emocijų ugdymas): suaugusieji pirmiausia įvardija jausmą ir parodo, kad jį supranta, o tada padeda nuspręsti, ką daryti toliau

bank-gradual-return-plan = Planas palaipsniui, žingsnis po žingsnio, ilginti laiką mokykloje, su ramia vieta ir pažįstamu suaugusiuoju; jis suderinamas su šeima ir dažnai peržiūrimas

bank-attendance-support-meeting = Pagalba lankomumui: pirmą nebuvimo dieną skambinama į namus, o su šeima susitinkama aptarti, kas padės

bank-quiet-signal-to-refocus = Tylus ženklas, iš anksto suderintas su vaiku, pavyzdžiui, ranka ant suolo: po jo { $name } grįžta prie užduoties be barimo

bank-transition-visits-and-booklet = Pagalba pereinant: papildomi apsilankymai naujoje klasėje ar mokykloje ir knygelė su naujų patalpų ir darbuotojų nuotraukomis, kurią galima vartyti per atostogas

bank-circle-of-friends = { EN("Circle of friends") } (draugų ratas): maža bendraklasių grupė, kuri kas savaitę susitinka su suaugusiuoju ir sutaria, kaip padėti klasėje ir per pertraukas; taip { $name } turi bendraklasių paramą

bank-playground-buddies = Pertraukų pagalbininkai ({ EN("playground buddies") }): apmokyti vyresni vaikai, kurie per pertraukas padeda žaisti ir susidraugauti

bank-class-job-for-confidence = Pareiga klasėje, pavyzdžiui, išdalyti knygas ar prižiūrėti augalus, kad augtų pasitikėjimas savimi ir jausmas, kad vaikas čia savas

bank-mental-health-support-team = Trumpi pokalbiai su mokyklos psichologu ({ EN("school counsellor") }) ar su psichikos sveikatos pagalbos komanda ({ EN("mental health support team") }), kuri dirba su mokykla

bank-calm-morning-routine = Tegul rytai būna ramūs ir kasdien vienodi, su paveikslėlių tvarkaraščiu, kaip ruoštis į mokyklą.

bank-regular-bedtime-screens-off = Laikykitės pastovaus miego laiko ir išjunkite ekranus valandą prieš miegą.

bank-invite-friend-to-play = Pakvieskite draugą ar draugę iš klasės pažaisti namuose ar parke, iš pradžių trumpam.

bank-worry-time = Skirkite laiko rūpesčiams: kasdien kelias minutes pasikalbėkite apie tai, kas neramina, o tada kartu padarykite ką nors malonaus.

bank-small-jobs-at-home = Duokite vaikui nedidelę užduotį namuose, pavyzdžiui, padengti stalą, ir padėkokite, kai { $name } ją atliks.

bank-talk-about-new-class = Per atostogas kartu pavartykite knygelę ir nuotraukas iš mokyklos ir pasikalbėkite apie naują klasę.

bank-attendance-checked-weekly = Kas savaitę tikrinamas lankomumas ir vėlavimai, o rezultatai perduodami šeimai.

bank-weekly-feelings-rating = Kas savaitę { $name } jausmų skalėje pasirenka veidelį, kad parodytų, kaip jaučiasi mokykloje, o atsakymai palyginami per visą plano laiką.

bank-time-on-task-recorded = Kas savaitę per dvi pamokas suaugusysis matuoja, kiek laiko { $name } dirba prie užduoties, ir tai užrašo.

bank-home-school-book = Namų ir mokyklos sąsiuvinis: kasdien trumpa pastaba iš mokyklos, o iš namų – kai yra naujienų; jis kartu peržiūrimas per plano aptarimą.

bank-midday-staff-notes = Pietų pertraukos prižiūrėtojai kas savaitę parašo trumpą pastabą apie tai, kaip praėjo pertraukos ir pietūs.

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

bank-check-own-hearing-aids = Kiekvieną rytą { $name } su suaugusiuoju patikrins savo klausos aparatus ir pasakys, ar jie gerai skamba, { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-hand-over-radio-aid = Pamokos pradžioje { $name } be priminimo paduos mokytojui FM sistemos mikrofoną per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    }.

bank-read-braille-words = { $name } teisingai perskaitys Brailio raštu { $count } iš { $total ->
        [one] { $total } žodžio
        [few] { $total } žodžių
        [many] { $total } žodžio
       *[other] { $total } žodžių
    }.

bank-walk-with-walking-aid = { $name } su vaikščiojimo priemone nueis iš klasės į salę ir atgal, kai netoliese bus suaugusysis, { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-ask-for-rest-or-change-of-position = { $name } pasakys suaugusiajam, kai reikės pailsėti ar pakeisti kūno padėtį, { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-use-stairs-safely = { $name } saugiai lips laiptais aukštyn ir žemyn: ant kiekvienos pakopos statys po vieną koją ir laikysis turėklo, { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-catch-a-ball = { $name } pagaus didelį kamuolį, švelniai metamą iš { $steps ->
        [one] { $steps } žingsnio
        [few] { $steps } žingsnių
        [many] { $steps } žingsnio
       *[other] { $steps } žingsnių
    } atstumo, { $times } iš { $of ->
        [one] { $of } metimo
        [few] { $of } metimų
        [many] { $of } metimo
       *[other] { $of } metimų
    }.

bank-hop-on-each-foot = { $name } ant kiekvienos kojos pašokuos { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } ir neparkris.

bank-do-up-buttons = { $name } be pagalbos užsisegs { $count ->
        [one] { $count } sagą
        [few] { $count } sagas
        [many] { $count } sagos
       *[other] { $count } sagų
    } ant marškinių ar megztinio.

bank-type-words-per-minute = { $name } abiem rankomis per minutę surinks klaviatūra { $words ->
        [one] { $words } žodį
        [few] { $words } žodžius
        [many] { $words } žodžio
       *[other] { $words } žodžių
    }.

bank-use-knife-and-fork = Per pietus { $name } peiliu ir šakute supjaustys minkštą maistą { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-open-lunch-items = { $name } be pagalbos atidarys { $count } iš { $total ->
        [one] { $total } pakuotės ar indelio
        [few] { $total } pakuočių ir indelių
        [many] { $total } pakuotės ar indelio
       *[other] { $total } pakuočių ir indelių
    } iš namų atsineštų pietų.

bank-try-new-foods = Kas pusę trimestro { $name } per pietus išbandys { $count ->
        [one] { $count } naują patiekalą
        [few] { $count } naujus patiekalus
        [many] { $count } naujo patiekalo
       *[other] { $count } naujų patiekalų
    } bet kuriuo būdu: pažiūrės, palies, pauostys ar paragaus.

bank-join-messy-play = { $name } { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minutes
        [many] { $minutes } minutės
       *[other] { $minutes } minučių
    } dalyvaus veikloje, per kurią galima išsitepti, pavyzdžiui, tapyme ar maisto gaminime, jei norės – su pirštinėmis.

bank-use-sensory-tools = { $name } naudosis priemone iš savo sensorinio rinkinio, pavyzdžiui, balansine pagalvėle ar daiktu rankoms užimti, kad išlaikytų ramybę, per { $times } iš { $of ->
        [one] { $of } pamokos
        [few] { $of } pamokų
        [many] { $of } pamokos
       *[other] { $of } pamokų
    }.

bank-know-signs-of-feeling-unwell = { $name } žinos, kada dėl ligos reikia pagalbos: įvardys { $count ->
        [one] { $count } požymį
        [few] { $count } požymius
        [many] { $count } požymio
       *[other] { $count } požymių
    }, pavyzdžiui, drebulį ar dusulį, ir pasakys, kuriam suaugusiajam apie tai pranešti.

bank-help-with-own-medical-care = { $name } prižiūrint suaugusiajam padės rūpintis savo sveikata, pavyzdžiui, matuoti cukraus kiekį kraujyje, { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    } iš { $of }.

bank-ask-for-toilet-in-time = { $name } laiku paprašys į tualetą žodžiais ar kortele ir per savaitę nesuspės nueiti ne daugiau kaip { $count ->
        [one] { $count } kartą
        [few] { $count } kartus
        [many] { $count } karto
       *[other] { $count } kartų
    }.

bank-wash-hands-after-toilet = Po tualeto { $name } be priminimo nusiplaus ir nusišluostys rankas { $times ->
        [one] { $times } kartą
        [few] { $times } kartus
        [many] { $times } karto
       *[other] { $times } kartų
    } iš { $of }.

bank-deaf-friendly-teaching = Mokymas, pritaikytas vaikams, turintiems klausos sutrikimų: mokytojas kalba atsisukęs veidu į klasę, svarbūs žodžiai užrašomi lentoje, o vaizdo įrašai turi subtitrus

bank-braille-teaching = Brailio rašto pamokos su specialiuoju pedagogu ir klasės darbai, iš anksto parengti Brailio raštu prieš kiekvieną pamoką

bank-mobility-training = Orientacijos ir judėjimo mokymas su specialistu: kaip saugiai ir savarankiškai judėti po mokyklą ir rasti kelią

bank-sloped-board-and-pencil-grip = Pasvirusi rašymo lenta ir guminis pieštuko laikiklis, kad rašyti būtų lengviau ir patogiau

bank-typing-for-longer-writing = Nešiojamasis kompiuteris ar planšetė ilgesniems rašto darbams ir kas savaitę rašymo klaviatūra pratybos

bank-moving-and-handling-plan = Saugaus kėlimo ir perkėlimo planas, parengtas su kineziterapeutu: kaip saugiai kelti vaiką, jį perkelti ir keisti jo padėtį; jo laikosi apmokyti darbuotojai

bank-gross-motor-group = Judėjimo grupė: trumpi užsiėmimai su pusiausvyros, šokinėjimo, mėtymo ir gaudymo žaidimais, kad stiprėtų jėga ir koordinacija

bank-sensory-diet = { EN("Sensory diet") } (sensorinė dieta): ergoterapeuto numatytos veiklos per dieną, pavyzdžiui, nešimas, stūmimas ar ramus laikas, kad { $name } lengviau išlaikytų ramybę ir dėmesį

bank-sensory-tool-kit = Sensorinis rinkinys: daiktai, pavyzdžiui, balansinė pagalvėlė, daiktas rankoms užimti ir kas nors saugaus pakramtyti, kad { $name } per pamokas lengviau išlaikytų ramybę

bank-individual-health-care-plan = Individualus sveikatos priežiūros planas, parengtas su šeima ir mokyklos slaugytoja, kuriame parašyta, ką darbuotojai daro kasdien ir skubiu atveju

bank-staff-medical-training = Darbuotojai, apmokyti duoti vaistus ir padėti dėl ligos, pavyzdžiui, naudoti inhaliatorių ar adrenalino švirkštiklį

bank-intimate-care-plan = Intymios higienos priežiūros planas, suderintas su šeima: privati, iš anksto suplanuota pagalbos tvarka naudojantis tualetu ir persirengiant, su paskirtais darbuotojais

bank-toilet-timetable = Priminimai nueiti į tualetą nustatytu laiku per dieną ir kortelė, kuria galima paprašyti bet kada

bank-lunchtime-eating-support = Pagalba per pietus: ramesnė vieta valgyti, jei reikia – supjaustytas maistas, ir suaugusysis, kuris skatina ragauti naujus patiekalus

bank-throw-and-catch = Žaiskite mėtymą ir gaudymą su dideliu minkštu kamuoliu ir, kai seksis geriau, stovėkite toliau vienas nuo kito.

bank-help-in-the-kitchen = Tegul { $name } padeda virtuvėje: maišo, pila, tepa ir pjausto minkštą maistą.

bank-new-food-next-to-favourite = Šalia mėgstamo patiekalo padėkite truputį naujo, neverskite valgyti ir pagirkite, kai vaikas pažiūri, paliečia ar paragauja.

bank-toilet-routine-at-home = Namuose laikykitės pastovios tualeto tvarkos, pavyzdžiui, po valgio, ir vartokite tuos pačius žodžius ir paveikslėlius kaip mokykloje.

bank-therapy-exercises-at-home = Kelis kartus per savaitę kartu atlikite kineziterapeuto ar ergoterapeuto pratimus.

bank-update-school-on-health = Praneškite mokyklai apie bet kokius sveikatos ar vaistų pokyčius ir patikrinkite, ar mokykloje laikomų vaistų galiojimo laikas nepasibaigęs.

bank-glasses-every-day = Kas rytą patikrinkite, ar { $name } turi švarius akinius ir ar juos nešioja mokykloje.

bank-hearing-aid-check-log = Rytinio klausos aparatų patikrinimo rezultatai ir visos problemos kasdien užrašomi ir kas savaitę peržiūrimi.

bank-toileting-chart = Tualeto lentelė: kasdien pažymima, kada viskas buvo gerai ir kada vaikas nesuspėjo, o lentelė peržiūrima kas savaitę.

bank-foods-tried-record = Pietų pertraukos prižiūrėtojai užrašo, kokių patiekalų ragauja { $name }.

bank-movement-skills-check = Plano pradžioje ir pabaigoje trumpai patikrinami judėjimo įgūdžiai, pavyzdžiui, pusiausvyra, šokinėjimas ant vienos kojos ir gaudymas.

bank-medical-log = Užrašoma, kokie vaistai duoti ir kada { $name } jautėsi blogai; užrašai kas pusę trimestro peržiūrimi su šeima ir mokyklos slaugytoja.

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

bank-pupil-views-before-review = Prieš kiekvieną plano aptarimą { $name } pasako, kas sekasi gerai ir kas sunku, o atsakymai užrašomi.

bank-termly-review-meeting = Kiekvieną trimestrą vyksta susitikimas su šeima, per kurį kartu peržiūrimi tikslai ir susitariama dėl tolesnių žingsnių.

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

bank-specialist-teacher-learning-assessment = Specialiojo pedagogo atliekamas mokymosi vertinimas: skaitymas, rašymas, matematika ir atmintis

bank-handwriting-speed-check = Rašymo ranka greičio patikrinimas, kad paaiškėtų, ar padėtų papildomas laikas ar rašymas kompiuteriu

bank-autism-outreach-observation = Autizmo konsultantų komandos ({ EN("autism outreach team") }) stebėjimas klasėje ir per pertrauką, su patarimais darbuotojams

bank-stammering-assessment = Logopedo, dirbančio su mikčiojančiais vaikais, vertinimas

bank-adhd-assessment-referral = Siuntimas į vietos sveikatos priežiūros tarnybą įvertinti dėl aktyvumo ir dėmesio sutrikimo ({ EN("ADHD") })

bank-behaviour-support-observation = Pagalbos dėl elgesio sunkumų tarnybos ({ EN("behaviour support") }) stebėjimas klasėje, su patarimais darbuotojams

bank-physiotherapy-assessment = Kineziterapeuto atliekamas judesių, pusiausvyros ir jėgos vertinimas

bank-functional-vision-assessment = Regos sutrikimų turinčių vaikų specialiojo pedagogo vertinimas, kaip { $name } naudojasi rega klasėje

bank-paediatrician-referral = Siuntimas pas bendruomenės pediatrą ({ EN("community paediatrician") }), tai yra vaikų gydytoją, kuris tikrina sveikatą ir raidą

bank-early-help-assessment = Ankstyvosios pagalbos šeimai ({ EN("Early Help") }) vertinimas, per kurį šeima ir vietos tarnybos kartu susitaria, kokios pagalbos reikia

bank-ehc-needs-assessment = Prašymas vietos savivaldybei įvertinti vaiko ugdymo, sveikatos ir priežiūros poreikius; po to gali būti parengtas ugdymo, sveikatos ir priežiūros planas ({ EN("EHC plan") })
