# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# Parents are "ju", as in iep.ftl; the word card is "karta e fjalëve". { $name } is only
# ever the subject (nominative), or stands after "emrin", so it never needs a case ending.
# Adjectives agree with the child (e qetë / i qetë); [other] uses a verb or "të fëmijës".

## Cognition and learning

bank-read-common-words = { $name } do të lexojë { $count } nga { $total } fjalët e zakonshme në kartën { $gender ->
        [female] e saj
        [male] e tij
       *[other] e vet
    } të fjalëve, në dy kontrolle me një javë ndërmjet tyre.

bank-precision-teaching = { EN("Precision teaching") }: disa minuta ushtrim çdo ditë me kartat e fjalëve, me pak fjalë çdo herë

bank-words-read-checked-weekly = Fjalët e lexuara saktë shënohen çdo javë.

bank-read-card-words-at-bedtime = Para gjumit, lexoni së bashku { $count } nga fjalët e kartës.

bank-write-sentences-about-picture = { $name } do të shkruajë { $count ->
        [one] një fjali
       *[other] { $count } fjali
    } për një figurë, me shkronjë të madhe në fillim dhe me pikë në fund të çdo fjalie.

bank-writing-group-sentence-frames = Një grup i vogël shkrimi që përdor fillime fjalish (fillimi i një fjalie, për ta plotësuar)

bank-writing-samples-checked = Disa shembuj të shkrimeve { $gender ->
        [female] të saj
        [male] të tij
       *[other] të fëmijës
    } ruhen dhe kontrollohen çdo dy javë.

bank-talk-about-picture = Flisni së bashku për një figurë dhe ndihmojeni të thotë një fjali me zë, para se ta shkruajë.

bank-read-together-daily = Ju lutemi, çdo ditë { $name } të lexojë me ju për { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    } dhe nënshkruani fletoren e leximit.

bank-know-letter-sounds = { $name } do të thotë tingujt e { $count } { $total ->
        [one] nga një shkronjë ose grup shkronjash i mësuar
       *[other] nga { $total } shkronjat dhe grupet e shkronjave të mësuara
    } deri tani në orët e { EN("phonics") } (leximi sipas tingujve të shkronjave).

bank-blend-short-words = { $name } do të ndajë në tinguj fjalë të shkurtra, si «mal» dhe «shi», dhe do t'i bashkojë tingujt, duke lexuar saktë { $count } nga { $total ->
        [one] një fjalë
       *[other] { $total } fjalë
    }.

bank-spell-list-words = { $name } do të shkruajë saktë { $count } nga { $total ->
        [one] një fjalë
       *[other] { $total } fjalët
    } e listës { $gender ->
        [female] së saj
        [male] së tij
       *[other] së vet
    } të drejtshkrimit, në dy kontrolle me radhë.

bank-read-page-few-mistakes = { $name } do të lexojë me zë një faqe nga libri { $gender ->
        [female] i saj
        [male] i tij
       *[other] i vet
    } i leximit, me jo më shumë se { $count ->
        [one] një gabim
       *[other] { $count } gabime
    }.

bank-answer-questions-about-text = { $name } do të përgjigjet në { $count } nga { $total ->
        [one] një pyetje
       *[other] { $total } pyetje
    } për një tekst të shkurtër të lexuar me një të rritur.

bank-number-bonds-to-ten = { $name } do të përgjigjet në { $count } nga { $total ->
        [one] një pyetje
       *[other] { $total } pyetje
    } për çiftet e numrave që bëjnë dhjetë ({ EN("number bonds") }), pa numëruar me gishta.

bank-count-objects-accurately = { $name } do të numërojë saktë deri në { $count ->
        [one] një send
       *[other] { $count } sende
    }, duke e prekur çdo send një herë dhe duke thënë se numri i fundit është sa janë gjithsej.

bank-times-table-facts = { $name } do të përgjigjet saktë në { $count } nga { $total ->
        [one] një pyetje
       *[other] { $total } pyetje
    } për tabelën e shumëzimit me { $table }, pa e shkruar tabelën.

bank-finger-spaces = { $name } do të lërë një hapësirë sa një gisht midis fjalëve në { $count } nga { $total ->
        [one] një fjali e shkruar
       *[other] { $total } fjali të shkruara
    } në klasë.

bank-form-letters-correctly = { $name } do të shkruajë saktë { $count } nga { $total ->
        [one] një shkronjë e vogël
       *[other] { $total } shkronjat e vogla
    }, duke e filluar secilën nga vendi i duhur.

bank-remember-list-in-order = { $name } do të mbajë mend një listë me { $count ->
        [one] një fjalë
       *[other] { $count } fjalë
    } dhe do ta thotë me radhën e duhur.

bank-use-word-mat = { $name } do të përdorë fletën me fjalë për të kontrolluar drejtshkrimin, pa pasur nevojë t'ia kujtojë njeri, në { $times } nga { $of ->
        [one] një detyrë me shkrim
       *[other] { $of } detyra me shkrim
    }.

bank-phonics-catch-up-group = Një grup i vogël për { EN("phonics") } (leximi sipas tingujve të shkronjave), për të arritur të tjerët: seanca të shkurtra, shumicën e ditëve, për të ushtruar tingujt e shkronjave dhe bashkimin e tyre në fjalë

bank-paired-reading = Lexim në çift: një i rritur dhe { $name } lexojnë me zë një libër së bashku, dhe i rrituri ndihmon me fjalët e vështira

bank-multisensory-spelling = Drejtshkrim me shumë shqisa: çdo fjalë mësohet duke e thënë, duke e ndjekur me gisht, duke e shkruar dhe duke e kontrolluar

bank-maths-with-objects = Matematikë me sende që mbahen në dorë dhe lëvizen, si pulla, kube dhe vija numrash, që numrat të shihen dhe të preken

bank-pre-teaching-topic-words = Mësim paraprak: fjalët e reja të temës së klasës mësohen në një grup të vogël, me figura, para mësimit

bank-word-mat-on-table = Një fletë me fjalë ({ EN("word mat") }) mbi bankë: një fletë me fjalë të dobishme dhe drejtshkrimin e tyre, për ta parë gjatë shkrimit

bank-task-steps-checklist = Detyrat ndahen në hapa të vegjël, me një listë ku shënohet çdo hap kur mbaron

bank-reading-comprehension-group = Një grup për të kuptuarit e leximit: lexim tekstesh të shkurtra në grup të vogël dhe bisedë për kuptimin e tyre

bank-i-spy-letter-sounds = Luani lojën «Shoh diçka» me tingujt e shkronjave, për shembull: «Shoh diçka që fillon me sss».

bank-look-say-cover-write-check = Ushtroni listën e drejtshkrimit me pak fjalë çdo herë: shikojeni fjalën, thuajeni, mbulojeni, shkruajeni dhe pastaj kontrollojeni.

bank-count-everyday-things = Numëroni sende së bashku në jetën e përditshme, si shkallët, lugët në darkë ose makinat e kuqe rrugës për në shkollë.

bank-card-game-make-ten = Luani së bashku një lojë me letra: me radhë, gjeni dy letra që bëjnë dhjetë bashkë.

bank-letter-sounds-checked-half-termly = Tingujt e shkronjave që di { $name } kontrollohen në fillim të planit dhe pastaj dy herë në çdo periudhë shkollore.

bank-spelling-scores-charted = Një kontroll i shkurtër i drejtshkrimit çdo javë, me pikët e shënuara në një tabelë.

bank-running-record = Çdo dy javë, një regjistrim i leximit ({ EN("running record") }): një i rritur dëgjon si lexon { $name } dhe shënon çdo fjalë të lexuar saktë.

bank-need-reading-and-spelling = { $name } e ka të vështirë të lexojë dhe të shkruajë saktë fjalë të reja, dhe t'i mbajë mend nga një ditë në tjetrën.

bank-strength-memory-for-stories = { $name } i do shumë tregimet, i mban mend mirë dhe kënaqet kur ua tregon të tjerëve.

bank-read-longer-words = { $name } do të lexojë fjalë më të gjata duke i ndarë në pjesë, si «ma-ce» dhe «pa-pu-ci», dhe do të lexojë saktë { $count } nga { $total ->
        [one] një fjalë
       *[other] { $total } fjalë
    }.

bank-spell-words-said-aloud = { $name } do të ndajë në tinguj dhe do të shkruajë fjalë të shkurtra që një i rritur i thotë me zë, si «mal» dhe «shi», duke shkruar saktë { $count } nga { $total ->
        [one] një fjalë
       *[other] { $total } fjalë
    }.

bank-use-spelling-rule = { $name } do të përdorë rregullin e drejtshkrimit që po mëson, për shembull shtimin e «{ EN("ing") }» ose «{ EN("ed") }» në fund të një fjale, në { $count } nga { $total ->
        [one] një fjalë
       *[other] { $total } fjalë
    } të një kontrolli drejtshkrimi.

bank-read-words-per-minute = { $name } do të lexojë saktë { $words ->
        [one] një fjalë
       *[other] { $words } fjalë
    } në minutë, nga një libër që i përshtatet nivelit.

bank-retell-story-in-order = { $name } do të ritregojë një tregim që sapo është lexuar, me radhën e duhur, duke përfshirë { $count ->
        [one] një ngjarje kryesore
       *[other] { $count } ngjarje kryesore
    }.

bank-plan-writing-with-frame = { $name } do ta planifikojë një shkrim në një fletë planifikimi, duke shkruar ose vizatuar { $count ->
        [one] një ide
       *[other] { $count } ide
    } para se të fillojë.

bank-check-own-writing = { $name } do ta rilexojë një shkrim të mbaruar dhe do të ndreqë pa ndihmë të paktën { $count ->
        [one] një gabim
       *[other] { $count } gabime
    }.

bank-letters-on-the-line = { $name } do të shkruajë mbi vijë, me shkronjat e gjata dhe të shkurtra në madhësinë e duhur, në { $count } nga { $total ->
        [one] një fjali
       *[other] { $total } fjali
    }.

bank-add-and-take-away = { $name } do të mbledhë dhe do të zbresë me numra deri në { $limit }, dhe do të përgjigjet saktë në { $count } nga { $total ->
        [one] një pyetje
       *[other] { $total } pyetje
    }.

bank-tens-and-ones = { $name } do të thotë sa dhjetëshe dhe sa njëshe ka një numër me dy shifra, për { $count } nga { $total ->
        [one] një numër
       *[other] { $total } numra
    }.

bank-tell-time-on-clock = { $name } do ta lexojë orën në një orë me akrepa, kur është ora e plotë ose e gjysmë, dhe do ta thotë saktë në { $count } nga { $total ->
        [one] një orë
       *[other] { $total } orë
    }.

bank-pay-with-coins = { $name } do të zgjedhë monedhat e duhura për të paguar diçka që kushton deri në { $pence ->
        [one] një peni
       *[other] { $pence } peni
    }, në { $count } nga { $total ->
        [one] një provë
       *[other] { $total } prova
    }.

bank-solve-word-problems = { $name } do të zgjidhë { $count } nga { $total ->
        [one] një problemë me tekst
       *[other] { $total } problema me tekst
    } (pyetje matematike të treguara si një tregim i shkurtër), duke vizatuar një figurë ose duke përdorur sende për ndihmë.

bank-work-alone-on-steps = { $name } do të bëjë vetë { $steps ->
        [one] një hap
       *[other] { $steps } hapa
    } të një detyre, para se të kontrollojë me një të rritur.

bank-use-task-board = { $name } do të përdorë një tabelë detyrash për të parë çfarë duhet të bëjë më pas, pa pyetur një të rritur, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-bring-right-things = { $name } do të sjellë në shkollë gjërat e duhura, si librin e leximit, shishen e ujit dhe rrobat e edukimit fizik, duke i kontrolluar me një listë, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } nga { $of }.

bank-finish-tasks-in-time = { $name } do të mbarojë { $count } nga { $total ->
        [one] një detyrë
       *[other] { $total } detyra
    } në kohën e dhënë në klasë, me një kohëmatës pamor që tregon sa kohë ka mbetur.

bank-decodable-reading-books = Libra leximi që përshtaten me tingujt e shkronjave që di { $name }, që çdo fjalë të mund të lexohet duke bashkuar tingujt

bank-reciprocal-reading = { EN("Reciprocal reading") } (lexim me role): një grup i vogël, me radhë, merr me mend çfarë do të ndodhë më pas, bën pyetje, shpjegon fjalët e vështira dhe përmbledh tekstin

bank-spelling-patterns-and-own-list = Drejtshkrimi mësohet me grupe fjalësh që shkruhen sipas të njëjtit model, dhe me një listë personale me fjalë të vështira për t'i ushtruar

bank-handwriting-practice-group = Një grup për shkrimin me dorë: disa minuta ushtrim shumicën e ditëve, për të mësuar formën e shkronjave dhe si lidhen me njëra-tjetrën

bank-number-facts-daily-practice = Veprimet bazë me numra ushtrohen çdo ditë me lojëra të shkurtra, disa minuta çdo herë, që të mbahen mend

bank-desk-memory-aids = Ndihma për kujtesën mbi bankë, si një shirit me alfabetin, një tabelë me numrat nga një deri në njëqind dhe tabela e shumëzimit

bank-small-chunks-of-information = Informacioni jepet pak nga pak, përsëritet dhe shoqërohet me figura ose me fjalët kryesore të shkruara

bank-visual-timer-on-desk = Një kohëmatës pamor mbi bankë, që { $name } të shohë sa kohë ka mbetur për një detyrë

bank-start-then-step-back = Një i rritur ndihmon në fillim të detyrës, pastaj largohet pak dhe vjen të shohë pas disa minutash, që { $name } të mësojë të punojë vetë

bank-daily-kit-checklist = Një listë me figura për gjërat që duhen sjellë çdo ditë, e mbajtur në çantën e shkollës, dhe një kuti me etiketë për librat dhe mjetet e shkollës

bank-other-ways-to-record = Mënyra të tjera për të shënuar idetë, si vizatimi, një hartë e ideve, shkrimi në kompjuter, ose tregimi i ideve një të rrituri që i shkruan

bank-reader-or-scribe-in-tests = Kohë shtesë në teste, dhe një i rritur që lexon pyetjet ose shkruan përgjigjet, kur { $name } ka nevojë

bank-play-shops-with-coins = Luani «dyqan» me monedha të vërteta: { $name } paguan për gjërat dhe numëron kusurin.

bank-tell-time-at-home = Shikoni orën së bashku gjatë ditës, dhe pyeteni sa është ora në kohën e ngrënies ose para një emisioni që i pëlqen.

bank-pack-bag-night-before = Bëni gati çantën e shkollës së bashku një natë më parë, me listën me figura nga shkolla.

bank-memory-games = Luani lojëra kujtese, si «Shkova në dyqan dhe bleva ...», ku çdo lojtar shton edhe një gjë kur i vjen radha.

bank-write-for-real-reasons = Shkruani së bashku për një arsye të vërtetë, si një listë për pazar, një kartolinë ditëlindjeje ose një shënim për një të afërm.

bank-maths-check-half-termly = Një kontroll i shkurtër i aftësive të matematikës që po ushtrohen, në fillim të planit dhe pastaj dy herë në çdo periudhë shkollore.

bank-reading-speed-timed = Çdo dy javë, një i rritur dëgjon si lexon { $name } një pjesë të shkurtër për një minutë, dhe numëron fjalët e lexuara saktë.

bank-tasks-done-alone-counted = Çdo javë numërohen detyrat që { $name } i mbaron pa ndihmën e një të rrituri.

## Communication and interaction

bank-follow-two-step-instruction = { $name } do të zbatojë një udhëzim me dy hapa që i jepet gjithë klasës, pa pasur nevojë t'ia kujtojë njeri, { $times } herë nga { $of }.

bank-instructions-in-short-steps = Udhëzimet jepen me hapa të shkurtër, me një figurë që tregon çdo hap.

bank-tally-chart-weekly = Një tabelë numërimi me vija, që kontrollohet çdo javë

bank-two-step-instructions-at-home = Në shtëpi, jepini udhëzime me dy hapa dhe lavdërojeni kur i zbaton.

bank-answer-who-what-where = { $name } do të përgjigjet në { $count } nga { $total ->
        [one] një pyetje që fillon
       *[other] { $total } pyetje që fillojnë
    } me «kush», «çfarë» ose «ku», për një figurë ose një tregim të shkurtër.

bank-speak-in-longer-sentences = { $name } do të përdorë fjali me të paktën { $words ->
        [one] një fjalë
       *[other] { $words } fjalë
    } kur flet me një të rritur për një figurë.

bank-take-turns-in-conversation = { $name } do të flasë me radhë { $turns ->
        [one] një herë
       *[other] { $turns } herë
    } në një bisedë me një shok ose shoqe, pa dalë nga tema.

bank-ask-for-help-when-stuck = { $name } do të kërkojë ndihmë kur ngec, me fjalë ose me një kartë ndihme, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-listen-at-carpet-time = Kur klasa mblidhet në qilim, { $name } do të rrijë ulur dhe do të dëgjojë për { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    }, duke parë personin që flet.

bank-learn-topic-words = { $name } do të mësojë { $count ->
        [one] një fjalë të re
       *[other] { $count } fjalë të reja
    } nga tema e klasës në çdo gjysmë periudhe shkollore, dhe do të shpjegojë kuptimin e secilës.

bank-say-hello-on-arrival = { $name } do të përshëndesë një të rritur dhe një shok ose shoqe kur hyn në klasë, { $days } ditë nga { $of }.

bank-wait-turn-to-speak = { $name } do të presë radhën për të folur në grup, pa i ndërprerë të tjerët, { $times } herë nga { $of }.

bank-say-practised-sound = { $name } do ta thotë qartë tingullin që po ushtron, në fillim të fjalëve, në { $count } nga { $total ->
        [one] një fjalë
       *[other] { $total } fjalë
    }.

bank-position-words = { $name } do të tregojë { $count } nga { $total ->
        [one] një fjalë vendndodhjeje
       *[other] { $total } fjalët e vendndodhjes
    }, si «brenda», «mbi» dhe «nën», duke e vendosur një lodër në vendin e duhur.

bank-move-on-with-visual-timetable = { $name } do të shohë orarin me figura dhe do të kalojë te aktiviteti tjetër me jo më shumë se një kujtesë, { $times } herë nga { $of }.

bank-play-shared-game = { $name } do të luajë një lojë bashkë me një fëmijë tjetër për { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    }, me një të rritur afër.

bank-visual-timetable = Një orar me figura: figura mbi bankë ose në mur që tregojnë radhën e ditës, që { $name } ta dijë çfarë vjen më pas

bank-now-and-next-board = Një tabelë «tani dhe pastaj» ({ EN("now and next board") }): dy figura që tregojnë detyrën e tanishme dhe atë që vjen pas saj

bank-social-stories = { EN("Social stories") } (tregime shoqërore): tregime të shkurtra me figura që shpjegojnë një situatë të re ose të vështirë dhe çfarë duhet bërë

bank-speech-and-language-programme = Një program ushtrimesh nga terapisti i të folurit dhe i gjuhës, që ushtrohet me ndihmësin e mësuesit në seanca të shkurtra çdo javë

bank-language-group = Një grup i vogël gjuhe: lojëra që ndihmojnë për të dëgjuar me vëmendje, për të mësuar fjalë të reja dhe për të folur me fjali

bank-colourful-semantics = { EN("Colourful semantics") }: karta me ngjyra të ndryshme për «kush», «çfarë bën», «çfarë» dhe «ku», që ndihmojnë për të ndërtuar fjali më të gjata

bank-name-first-short-instructions = Të rriturit thonë emrin { $name } para se të japin një udhëzim, japin një hap të shkurtër çdo herë dhe presin përgjigjen

bank-signs-and-symbols = Shenja me duar dhe simbole me figura bashkë me të folurit, që fjalët e thëna të kuptohen më lehtë

bank-talk-about-picture-book = Shikoni së bashku një libër me figura dhe flisni për atë që ndodh në çdo faqe.

bank-name-things-on-walks = Kur dilni shëtitje ose në dyqan, thoni së bashku emrat e sendeve dhe shtoni një fjalë të re çdo herë.

bank-my-turn-your-turn = Luani një lojë të thjeshtë me radhë, si rrokullisja e një topi, dhe thoni «radha ime, radha jote».

bank-first-then-at-home = Në shtëpi, përdorni «në fillim ... pastaj ...» për të treguar çfarë vjen më pas, për shembull «në fillim këpucët, pastaj parku».

bank-speech-therapist-checks-each-visit = Terapisti i të folurit dhe i gjuhës kontrollon përparimin në çdo vizitë dhe shkruan një shënim të shkurtër.

bank-sentence-samples-half-termly = Një i rritur shkruan çfarë thotë { $name } për një figurë në fillim të planit dhe pastaj dy herë në çdo periudhë shkollore, për të parë si zgjaten fjalitë.

bank-group-session-notes = I rrituri që drejton grupin shënon në çdo seancë çdo herë që fëmija flet ose përgjigjet, dhe i shikon shënimet çdo dy javë.

bank-need-spoken-instructions = { $name } e ka të vështirë të zbatojë udhëzimet me gojë që i jepen gjithë klasës, dhe të gjejë fjalët e duhura për të shpjeguar idetë.

bank-say-sound-in-sentences = { $name } do ta thotë qartë tingullin që po ushtron brenda fjalive, kur flet me një të rritur, në { $count } nga { $total ->
        [one] një fjali
       *[other] { $total } fjali
    }.

bank-hear-sound-differences = { $name } do të dallojë fjalët që tingëllojnë pothuajse njësoj, si «dorë» dhe «borë», duke treguar figurën e duhur për { $count } nga { $total ->
        [one] një çift fjalësh
       *[other] { $total } çifte fjalësh
    }.

bank-sort-words-into-groups = { $name } do të ndajë në grupe { $count } nga { $total ->
        [one] një figurë
       *[other] { $total } figura
    }, si kafshë, ushqime dhe rroba, dhe do të thotë emrin e çdo grupi.

bank-describe-an-object = { $name } do të përshkruajë një send duke thënë { $count ->
        [one] një gjë
       *[other] { $count } gjëra
    } për të, si ngjyrën, formën, madhësinë ose për çfarë përdoret.

bank-follow-key-word-instructions = { $name } do të zbatojë një udhëzim me { $count ->
        [one] një fjalë të rëndësishme
       *[other] { $count } fjalë të rëndësishme
    } për të mbajtur mend, si «më jep topin e madh të kuq», në { $times } nga { $of ->
        [one] një provë
       *[other] { $of } prova
    }.

bank-answer-why-and-how = { $name } do të përgjigjet në { $count } nga { $total ->
        [one] një pyetje që fillon
       *[other] { $total } pyetje që fillojnë
    } me «pse» ose «si», për një tregim ose për diçka që ka ndodhur.

bank-tell-news-in-order = { $name } do t'i tregojë një të rrituri për diçka që ka ndodhur, si në fundjavë, me { $count ->
        [one] një fjali
       *[other] { $count } fjali
    } të thëna me radhën e duhur.

bank-tell-story-with-cards = { $name } do të tregojë një tregim të shkurtër me ndihmën e kartave të tregimit, duke përfshirë { $count } nga { $total ->
        [one] një pjesë
       *[other] { $total } pjesët
    } që tregojnë kartat, si kush, ku, çfarë ndodhi dhe si mbaroi.

bank-start-a-conversation = { $name } do të fillojë një bisedë me një fëmijë tjetër, duke e përshëndetur ose duke i bërë një pyetje, gjatë pushimit, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } nga { $of }.

bank-ask-friend-a-question = { $name } do t'i bëjë një shoku ose një shoqeje një pyetje për atë që sapo ka thënë, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-read-feelings-in-pictures = { $name } do të thotë si mund të ndihet një person në një figurë, dhe pse, për { $count } nga { $total ->
        [one] një figurë
       *[other] { $total } figura
    }.

bank-explain-common-sayings = { $name } do të shpjegojë çfarë do të thonë në të vërtetë { $count } nga { $total ->
        [one] një shprehje e zakonshme
       *[other] { $total } shprehje të zakonshme
    }, si «bie shi me gjyma».

bank-keep-comfortable-distance = { $name } do të qëndrojë rreth një krah larg kur flet me të tjerët, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-cope-with-change-to-routine = { $name } { $gender ->
        [female] do të qëndrojë e qetë
        [male] do të qëndrojë i qetë
       *[other] do ta ruajë qetësinë
    } kur ka një ndryshim në ditë që është treguar më parë në orarin me figura, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-ask-with-picture-cards = { $name } do të përdorë një kartë me figurë ose një shenjë me dorë për të kërkuar { $count ->
        [one] një gjë
       *[other] { $count } gjëra të ndryshme
    } gjatë ditës, si diçka për të pirë, ndihmë ose për të shkuar në tualet.

bank-join-activity-chosen-by-others = { $name } do të marrë pjesë për { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    } në një aktivitet që e ka zgjedhur dikush tjetër, para se të kthehet te aktiviteti i preferuar.

bank-speak-up-in-small-group = { $name } do t'i përgjigjet një pyetjeje ose do të thotë një ide në një grup të vogël, pa e pyetur njeri më parë, të paktën { $times ->
        [one] një herë
       *[other] { $times } herë
    } në javë.

bank-say-what-helps-when-talking = { $name } do të thotë { $count ->
        [one] një gjë që e ndihmon
       *[other] { $count } gjëra që e ndihmojnë
    } kur e ka të vështirë të flasë, si të ketë kohë, dhe do t'ia tregojë mësuesit ose mësueses së klasës.

bank-wait-time-to-answer = Kohë për t'u përgjigjur: të rriturit presin rreth dhjetë sekonda pasi bëjnë një pyetje, që { $name } të mendojë dhe të përgjigjet

bank-model-and-expand-sentences = Të rriturit e përsërisin atë që thotë { $name } si një fjali të saktë e pak më të gjatë, pa i kërkuar ta thotë përsëri

bank-word-webs = Rrjeta fjalësh ({ EN("word webs") }): çdo fjalë e re lidhet me tingujt e saj, me kuptimin, me një figurë dhe me fjalë të ngjashme, që të mbahet mend

bank-brick-building-group = Një grup ndërtimi me tulla lodrash: një grup i vogël ndërton një model së bashku, dhe secili fëmijë ka një detyrë (gjen tullat, ndërton ose jep udhëzimet), për të ushtruar të folurit dhe punën së bashku

bank-intensive-interaction = { EN("Intensive interaction") } (ndërveprim i afërt): një i rritur ndjek lojën që zgjedh { $name }, duke imituar tingujt dhe lëvizjet, për të ndërtuar vëmendje të përbashkët dhe kënaqësi

bank-quiet-workstation = Një vend i qetë pune: një bankë larg gjërave që shpërqendrojnë, me detyrat të vendosura me radhë, për të punuar vetë

bank-comic-strip-conversations = { EN("Comic strip conversations") } (biseda me vizatime): vizatime të thjeshta me flluska për fjalët dhe mendimet, për të folur për atë që ndodhi dhe çfarë mendonin njerëzit

bank-warn-before-changes = Paralajmërim para ndryshimeve: ndryshimet në ditë tregohen më parë në orarin me figura, dhe bëhet një numërim mbrapsht para se të mbarojë një aktivitet

bank-stammering-friendly-talk = Bisedë që ndihmon kur fëmija belbëzon: të rriturit presin që { $name } të mbarojë pa ia plotësuar fjalët, dhe bien dakord së bashku si të përgjigjet në apel dhe në pyetjet në klasë

bank-talking-partner = Një shok bisede: një fëmijë i klasës me të cilin flet për idetë, para se të përgjigjet para gjithë klasës

bank-communication-passport = Një pasaportë komunikimi: një broshurë e shkurtër, e bërë me familjen, që i tregon stafit si komunikon { $name } dhe çfarë e ndihmon

bank-lunchtime-club-structured-play = Një klub gjatë pushimit të drekës: lojëra në një grup të vogël, me një të rritur që i ndihmon fëmijët të luajnë së bashku

bank-speech-sound-games-from-therapist = Luani çdo ditë për disa minuta lojërat e tingujve që ka dhënë terapisti, dhe lavdërojeni për çdo përpjekje.

bank-talk-at-mealtimes = Fikni ekranet gjatë ngrënies, dhe flisni së bashku për ditën.

bank-prepare-for-changes = Para një ndryshimi, si një vizitë ose një dalje, tregojini fotografi ose një tregim të shkurtër për atë që do të ndodhë, që { $name } ta dijë çfarë e pret.

bank-give-time-to-talk = Kur { $name } e ka të vështirë të flasë, prisni me qetësi, vazhdoni ta shikoni dhe lëreni të mbarojë pa ia plotësuar fjalët.

bank-describe-and-guess = Luani «përshkruaj dhe gjej»: me radhë, njëri përshkruan diçka në dhomë dhe tjetri gjen se çfarë është.

bank-new-words-checked-with-pictures = Fjalët e reja që di { $name } kontrollohen me figura në fillim dhe në fund të planit.

bank-conversations-noted-weekly = Çdo javë, një i rritur shënon sa shpesh { $name } fillon një bisedë ose futet në një bisedë, në klasë dhe gjatë lojës.

bank-playtime-observation = Çdo dy javë, një i rritur vëzhgon gjatë pushimit dhe shënon me kë luan { $name } dhe si.

bank-social-communication-checklist = Stafi dhe familja plotësojnë një listë të shkurtër të aftësive të komunikimit shoqëror, në fillim dhe në fund të planit.

## Social, emotional and mental health

bank-calm-card = { $name } do të përdorë një kartë qetësimi dhe një kënd qetësimi në vend që të bërtasë, { $days } ditë nga { $of }.

bank-feelings-check-in = Një bisedë e shkurtër çdo mëngjes për të parë si ndihet, me një shkallë të ndjenjave

bank-feelings-scale-at-home = Përdorni të njëjtën shkallë të ndjenjave edhe në shtëpi dhe lavdërojeni kur kërkon një pushim.

bank-name-feelings = { $name } do të emërtojë { $count ->
        [one] një ndjenjë
       *[other] { $count } ndjenja
    }, si gëzimi, trishtimi, zemërimi dhe shqetësimi, dhe do ta lidhë secilën me një figurë.

bank-calm-again-within-minutes = { $name } { $gender ->
        [female] do të jetë e qetë përsëri
        [male] do të jetë i qetë përsëri
       *[other] do të qetësohet përsëri
    } brenda { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    } pasi mërzitet, me ndihmën e një të rrituri.

bank-use-break-card = { $name } do të tregojë një kartë pushimi për të kërkuar një pushim të shkurtër kur { $gender ->
        [female] është e mërzitur
        [male] është i mërzitur
       *[other] mërzitet
    }, në vend që të dalë nga klasa, { $times } herë nga { $of }.

bank-start-task-when-asked = { $name } do ta fillojë një detyrë brenda { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    } pasi i kërkohet, { $days } ditë nga { $of }.

bank-join-playtime-game = { $name } do të futet në një lojë me fëmijë të tjerë gjatë pushimit, { $days } ditë nga { $of }.

bank-safe-hands-at-playtime = { $name } do t'i mbajë duart dhe këmbët larg të tjerëve gjatë pushimit, pa lënduar askënd, { $days } ditë nga { $of }.

bank-lose-a-game-calmly = { $name } { $gender ->
        [female] do të qëndrojë e qetë
        [male] do të qëndrojë i qetë
       *[other] do ta ruajë qetësinë
    } kur humb në një lojë dhe do t'i thotë fituesit «të lumtë», në { $times } nga { $of ->
        [one] një lojë
       *[other] { $of } lojëra
    }.

bank-say-good-things-about-self = { $name } do të thotë { $count ->
        [one] një gjë të mirë
       *[other] { $count } gjëra të mira
    } për veten në bisedën e përjavshme me një të rritur.

bank-come-into-class-calmly = Në mëngjes, { $name } do të përshëndetet me familjen te dera dhe do të hyjë në klasë { $gender ->
        [female] e qetë
        [male] i qetë
       *[other] me qetësi
    }, { $days } ditë nga { $of }.

bank-follow-request-after-reminder = { $name } do të bëjë atë që i kërkon një i rritur, me jo më shumë se një kujtesë, { $times } herë nga { $of }.

bank-stay-in-lesson = { $name } do të qëndrojë në klasë gjatë gjithë orës së mësimit, me një pushim të planifikuar nëse i duhet, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-sort-out-falling-out = { $name } do të përdorë fjalë, jo duart, për të zgjidhur një grindje me një shok ose shoqe, me ndihmën e një të rrituri nëse duhet, { $times } herë nga { $of }.

bank-feelings-traffic-light = Një semafor i ndjenjave: karta jeshile, të verdha dhe të kuqe për të treguar si ndihet { $name }, me një plan se çfarë ndihmon te secila ngjyrë

bank-nurture-group = Një grup kujdesi ({ EN("nurture group") }): një grup i vogël dhe i qetë me një të rritur të njohur, për një pjesë të ditës, për të fituar vetëbesim dhe shokë

bank-emotional-literacy-support = Ndihmë për të kuptuar ndjenjat ({ EN("emotional literacy support") }): një seancë në javë me një ndihmës mësuesi të trajnuar, për të folur për ndjenjat dhe për të ushtruar mënyra si t'i përballojë

bank-social-skills-group = Një grup për aftësitë shoqërore: lojëra në grup të vogël për të ushtruar si të ndajë sendet me të tjerët, si të presë radhën dhe si të humbë pa u mërzitur

bank-calm-space-with-timer = Një vend i qetë në klasë ose afër saj, për një pushim të shkurtër me një orë rëre, dhe pastaj kthim te mësimi

bank-meet-and-greet = Pritja në mëngjes ({ EN("meet and greet") }): kur { $name } mbërrin, një i rritur i njohur e pret te dera dhe e ndihmon të fillojë ditën me qetësi

bank-praise-and-reward-chart = Lavdërime të qarta për zgjedhjet e mira, dhe një tabelë shpërblimesh me qëllime të vogla, për të cilat { $name } ka rënë dakord

bank-restorative-conversations = Biseda për të ndrequr gjërat: pas një problemi, një i rritur ndihmon çdo fëmijë të thotë çfarë ndodhi, si u ndie dhe si mund të ndreqet

bank-best-part-of-the-day = Para gjumit, pyeteni cila ishte pjesa më e mirë e ditës dhe një gjë që ishte e vështirë, dhe dëgjojeni me qetësi.

bank-slow-breathing-together = Ushtroni së bashku frymëmarrjen e ngadaltë kur të gjithë janë të qetë: merrni frymë duke numëruar deri në katër, pastaj nxirreni duke numëruar deri në katër.

bank-praise-effort-at-home = Vini re kur { $name } përpiqet shumë ose sillet me mirësi, dhe thoni saktësisht çfarë ishte e mirë.

bank-tell-school-about-changes = Njoftoni shkollën për ndryshimet në shtëpi, si një shpërngulje, një fëmijë i porsalindur ose humbja e dikujt, që stafi të mund të ndihmojë.

bank-difficult-moments-record = Një regjistër i momenteve të vështira (çfarë ndodhi më parë, çfarë bëri { $name } dhe çfarë ndodhi pas), që shihet çdo javë.

bank-feelings-questionnaire = Një pyetësor i shkurtër për ndjenjat, që { $name } e plotëson bashkë me një të rritur në fillim dhe në fund të planit.

bank-daily-smiley-chart = Një tabelë e përditshme me një fytyrë të qeshur për çdo pjesë të ditës, që ndahet me familjen dhe shihet çdo të premte.

bank-need-managing-feelings = { $name } e ka të vështirë të përballojë ndjenjat e forta dhe të qetësohet pasi mërzitet.

bank-share-a-worry = { $name } do t'i tregojë një shqetësim një të rrituri të cilit i beson, duke folur, duke vizatuar ose duke përdorur një kuti shqetësimesh, të paktën { $times ->
        [one] një herë
       *[other] { $times } herë
    } në javë.

bank-use-calm-plan = { $name } do të përdorë një ide nga plani { $gender ->
        [female] i saj
        [male] i tij
       *[other] i vet
    } i qetësimit, si frymëmarrjen e ngadaltë ose shtrydhjen e një topi të butë, kur { $gender ->
        [female] është e shqetësuar
        [male] është i shqetësuar
       *[other] shqetësohet
    }, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-speak-to-adults-in-school = { $name } do të flasë me { $count ->
        [one] një të rritur
       *[other] { $count } të rritur
    } në shkollë, duke filluar me një të rritur të njohur, në një vend të qetë.

bank-try-something-new = { $name } do të provojë { $count ->
        [one] një aktivitet të ri
       *[other] { $count } aktivitete të reja
    } në çdo gjysmë periudhe shkollore, si një klub ose një lojë të re, me një të rritur të njohur afër.

bank-notice-early-signs-of-anger = { $name } do të vërejë shenjat e para të zemërimit, si fytyrën që nxehet ose grushtat e shtrënguar, dhe do t'i tregojë një të rrituri, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-help-put-things-right = { $name } do të flasë me qetësi me një të rritur pas një problemi dhe do të propozojë një mënyrë për t'i ndrequr gjërat, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-attend-school-per-cent = { $name } do të jetë në shkollë të paktën { $percent } për qind të ditëve të shkollës në këtë periudhë shkollore.

bank-time-in-class-each-day = { $name } do të kalojë { $hours ->
        [one] një orë
       *[other] { $hours } orë
    } në ditë në klasë, dhe pjesën tjetër të ditës në një vend të qetë me një të rritur të njohur.

bank-settle-after-playtime = { $name } do të hyjë nga pushimi dhe do të ulet me qetësi në bankën { $gender ->
        [female] e saj
        [male] e tij
       *[other] e vet
    } brenda { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    }, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } nga { $of }.

bank-invite-someone-to-play = { $name } do t'i kërkojë një fëmije tjetër të luajnë bashkë, të paktën { $times ->
        [one] një herë
       *[other] { $times } herë
    } në javë.

bank-kind-things-for-others = { $name } do të bëjë çdo ditë { $count ->
        [one] një gjë të mirë
       *[other] { $count } gjëra të mira
    } për fëmijët e tjerë, si të ndajë diçka ose të ndihmojë, dhe një i rritur do ta vërejë.

bank-have-a-go-at-hard-tasks = { $name } do ta provojë një detyrë të vështirë, duke thënë «mund të provoj» në vend që të refuzojë, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-cope-with-mistakes = { $name } { $gender ->
        [female] do të qëndrojë e qetë
        [male] do të qëndrojë i qetë
       *[other] do ta ruajë qetësinë
    } kur i tregohet një gabim, dhe do ta ndreqë, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-share-work-with-pride = { $name } do t'i tregojë një të rrituri ose klasës një punë për të cilën { $gender ->
        [female] është krenare
        [male] është krenar
       *[other] krenohet
    }, të paktën { $times ->
        [one] një herë
       *[other] { $times } herë
    } në javë.

bank-stay-on-task-with-timer = { $name } do të rrijë te një detyrë për { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    }, me një kohëmatës pamor, para një pushimi të shkurtër të planifikuar.

bank-back-to-work-after-signal = { $name } do t'i rikthehet punës pas një shenje të heshtur nga një i rritur, si një trokitje e lehtë mbi bankë, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-walk-in-line-safely = { $name } do të rreshtohet dhe do të ecë me klasën në mënyrë të sigurt, pa dalë nga rreshti, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-visit-new-class = { $name } do të bëjë { $count ->
        [one] një vizitë
       *[other] { $count } vizita
    } në klasën ose në shkollën e re para ndryshimit, dhe do të thotë një gjë që e pret me gëzim.

bank-key-adult = Një i rritur kryesor ({ EN("key adult") }): një i rritur i caktuar, te i cili mund të shkojë { $name }, që e pyet çdo ditë si është dhe mban lidhje me familjen

bank-worry-box = Një kuti ose fletore shqetësimesh, ku { $name } mund të lërë shqetësimet, për të folur për to më vonë me një të rritur

bank-personal-calm-plan = Një plan qetësimi që { $name } e bën bashkë me një të rritur: shenjat e para kur fillon të mërzitet ose të zemërohet, çfarë e ndihmon dhe ku të shkojë për t'u qetësuar

bank-emotion-coaching = { EN("Emotion coaching") } (udhëzim për ndjenjat): të rriturit në fillim e emërtojnë ndjenjën dhe tregojnë se e kuptojnë, pastaj ndihmojnë për atë që duhet bërë më pas

bank-gradual-return-plan = Një plan për ta rritur kohën në shkollë hap pas hapi, me një vend të qetë dhe një të rritur të njohur, i rënë dakord me familjen dhe i kontrolluar shpesh

bank-attendance-support-meeting = Ndihmë për frekuentimin: një telefonatë në shtëpi ditën e parë të mungesës, dhe një takim me familjen për t'u marrë vesh se çfarë do të ndihmojë

bank-quiet-signal-to-refocus = Një shenjë e heshtur, për të cilën bie dakord { $name }, si një dorë mbi bankë, për ta kthyer vëmendjen te detyra pa qortim

bank-transition-visits-and-booklet = Ndihmë për kalimin në klasë ose shkollë të re: vizita shtesë në klasën ose shkollën e re, dhe një broshurë me fotografi të dhomave dhe të stafit të ri, për ta parë gjatë pushimeve

bank-circle-of-friends = { EN("Circle of friends") } (rrethi i shokëve): një grup i vogël shokësh të klasës që takohen çdo javë me një të rritur dhe bien dakord si mund të ndihmojnë në klasë dhe gjatë lojës, kur { $name } ka nevojë

bank-playground-buddies = Shokë ndihmës në oborr: fëmijë më të rritur, të trajnuar, që ndihmojnë me lojërat dhe me shoqërinë gjatë pushimit

bank-class-job-for-confidence = Një detyrë në klasë, si shpërndarja e librave ose kujdesi për bimët, për të fituar vetëbesim dhe për t'u ndier pjesë e klasës

bank-mental-health-support-team = Seanca të shkurtra bisede me këshilltarin e shkollës ose me ekipin e ndihmës për shëndetin mendor që punon me shkollën

bank-calm-morning-routine = Mbajini mëngjeset të qeta dhe njësoj çdo ditë, me një radhë me figura për t'u bërë gati për shkollë.

bank-regular-bedtime-screens-off = Mbani një orë të rregullt për gjumë, dhe fikni ekranet një orë para gjumit.

bank-invite-friend-to-play = Ftoni një shok ose shoqe nga klasa për të luajtur në shtëpi ose në park, për pak kohë në fillim.

bank-worry-time = Caktoni një kohë për shqetësimet: disa minuta çdo ditë për të folur për to, dhe pastaj bëni diçka të këndshme së bashku.

bank-small-jobs-at-home = Në shtëpi, { $name } mund të ketë një punë të vogël, si shtrimi i tryezës; thuajini faleminderit kur e mbaron.

bank-talk-about-new-class = Gjatë pushimeve, shikoni së bashku broshurën dhe fotografitë nga shkolla dhe flisni për klasën e re.

bank-attendance-checked-weekly = Frekuentimi dhe vonesat kontrollohen çdo javë dhe i tregohen familjes.

bank-weekly-feelings-rating = Çdo javë, { $name } zgjedh një fytyrë në shkallën e ndjenjave për të treguar si ndihet në shkollë, dhe përgjigjet krahasohen gjatë gjithë planit.

bank-time-on-task-recorded = Një i rritur mat sa kohë rri { $name } te një detyrë, në dy orë mësimi çdo javë, dhe e shënon.

bank-home-school-book = Një fletore shtëpi–shkollë: një shënim i shkurtër nga shkolla çdo ditë, dhe nga shtëpia kur ka diçka të re, që shihet së bashku në takimin e rishikimit.

bank-midday-staff-notes = Stafi që kujdeset për fëmijët gjatë drekës shkruan çdo javë një shënim të shkurtër se si kanë shkuar pushimet dhe dreka.

## Sensory and physical

bank-pencil-grip = { $name } do ta mbajë lapsin me tre gishta (midis gishtit të madh dhe dy gishtave të tjerë) kur shkruan, për { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    }.

bank-put-on-coat = { $name } do të veshë xhaketën { $gender ->
        [female] e saj
        [male] e tij
       *[other] e vet
    } dhe do ta mbyllë zinxhirin pa ndihmë, { $days } ditë nga { $of }.

bank-change-for-pe = { $name } do të ndërrojë rrobat për edukim fizik pa ndihmë, brenda { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    }.

bank-cut-along-line = { $name } do të presë me gërshërë përgjatë një vije të trashë, duke qëndruar afër vijës, { $times } herë nga { $of }.

bank-balance-on-one-leg = { $name } do të qëndrojë në një këmbë, njëherë në të majtën dhe njëherë në të djathtën, për { $seconds ->
        [one] një sekondë
       *[other] { $seconds } sekonda
    }.

bank-wear-hearing-aids = { $name } do t'i mbajë { $gender ->
        [female] aparatet e saj të dëgjimit
        [male] aparatet e tij të dëgjimit
       *[other] aparatet e veta të dëgjimit
    } gjatë gjithë ditës në shkollë, { $days } ditë nga { $of }.

bank-say-when-not-heard = { $name } do t'i tregojë një të rrituri kur nuk ka dëgjuar ose nuk ka parë qartë diçka, me fjalë ose me një kartë, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-use-large-print = { $name } do të përdorë shkronja të mëdha ose një lupë për të lexuar punën në klasë, pa pasur nevojë t'ia kujtojë njeri, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-find-way-around-school = { $name } do ta gjejë vetë rrugën nga klasa për te salla e madhe, te tualetet dhe në oborr, { $days } ditë nga { $of }.

bank-write-words-in-time = { $name } do të shkruajë { $words ->
        [one] një fjalë
       *[other] { $words } fjalë
    } brenda { $minutes ->
        [one] një minute
       *[other] { $minutes } minutash
    }, me shkronja që lexohen lehtë.

bank-ask-for-movement-break = { $name } do të tregojë një kartë për të kërkuar një pushim për të lëvizur kur { $gender ->
        [female] ndihet e paqetë
        [male] ndihet i paqetë
       *[other] nuk rri dot në vend
    }, në vend që të ngrihet nga vendi, { $times } herë nga { $of }.

bank-stay-in-assembly = { $name } do të qëndrojë në sallën e madhe për { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    } të mbledhjes së përbashkët të shkollës ({ EN("assembly") }), me kufje kundër zhurmës nëse i duhen.

bank-fine-motor-group = Një grup për lëvizjet e imëta të duarve: aktivitete të shkurtra, si futja e rruazave në pe, kapëset dhe { EN("dough disco") } (shtrydhja dhe rrotullimi i plastelinës me muzikë), për duar më të forta

bank-therapy-exercise-programme = Një program ushtrimesh nga terapisti për aftësitë e përditshme ose nga fizioterapisti, që bëhet me ndihmësin e mësuesit

bank-radio-aid = Një sistem FM ({ EN("radio aid") }): mësuesi mban një mikrofon të vogël që e çon zërin drejt e te { $gender ->
        [female] aparatet e saj të dëgjimit
        [male] aparatet e tij të dëgjimit
       *[other] aparatet e dëgjimit të fëmijës
    }

bank-seat-near-the-front = Një vend përpara, përballë mësuesit, me dritë të mirë dhe larg zhurmës

bank-large-print-materials = Fletë pune dhe libra me shkronja të mëdha dhe me kontrast të fortë, të përgatitura me këshillat e shërbimit për ndihmë me shikimin dhe dëgjimin

bank-sensory-circuit = Një qark shqisor ({ EN("sensory circuit") }): disa lëvizje të shkurtra çdo mëngjes, që { $name } të { $gender ->
        [female] ndihet e qetë dhe e gatshme
        [male] ndihet i qetë dhe i gatshëm
       *[other] qetësohet dhe të jetë gati
    } për të mësuar

bank-movement-breaks = Pushime të planifikuara për të lëvizur: punë të vogla ose ushtrime gjatë mësimit, si çuarja e një mesazhi në sekretari

bank-ear-defenders-and-quiet-place = Kufje kundër zhurmës, dhe një vend i qetë ku mund të shkojë kur në klasë ka shumë zhurmë

bank-finger-games-at-home = Luani lojëra me lëvizje të vogla të gishtave, si futja e rruazave në pe, ndërtimi me tulla të vogla lodrash ose varja e rrobave me kapëse.

bank-dressing-practice = Në mëngjes, jepini kohë që { $name } të vishet vetë, dhe ndihmojeni vetëm në pjesën më të vështirë.

bank-check-hearing-aids-daily = Para shkollës, kontrolloni që aparatet e dëgjimit punojnë, dhe vini bateri rezervë në çantën e shkollës.

bank-active-play-at-the-park = Shkoni së bashku në park dhe luani te shkallët për t'u ngjitur, te kolovitjet dhe në çdo gjë që kërkon ekuilibër.

bank-therapist-checks-goals = Terapisti për aftësitë e përditshme ose fizioterapisti kontrollon përparimin në çdo vizitë, sipas objektivave që ka vendosur.

bank-time-taken-recorded-weekly = Koha që duhet për një detyrë, si ndërrimi i rrobave për edukim fizik, shënohet çdo javë, për të parë nëse shkurtohet.

bank-specialist-teacher-report = Mësuesi i specializuar nga shërbimi për ndihmë me shikimin dhe dëgjimin ndjek një orë mësimi dy herë në çdo periudhë shkollore dhe shkruan një raport të shkurtër.

bank-need-fine-motor-skills = { $name } e ka të vështirë shkrimin me dorë, prerjen me gërshërë dhe punë të tjera që kërkojnë lëvizje të vogla e të kujdesshme të duarve.

bank-check-own-hearing-aids = { $name } do t'i kontrollojë { $gender ->
        [female] aparatet e saj të dëgjimit
        [male] aparatet e tij të dëgjimit
       *[other] aparatet e veta të dëgjimit
    } me një të rritur çdo mëngjes dhe do të thotë nëse dëgjohen mirë, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } nga { $of }.

bank-hand-over-radio-aid = { $name } do t'ia japë mësuesit mikrofonin e sistemit FM në fillim të orës, pa pasur nevojë t'ia kujtojë njeri, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-read-braille-words = { $name } do të lexojë saktë në shkrimin Braille { $count } nga { $total ->
        [one] një fjalë
       *[other] { $total } fjalë
    }.

bank-walk-with-walking-aid = { $name } do të përdorë një mjet ndihmës për ecjen, për të shkuar nga klasa te salla e madhe dhe për t'u kthyer, me një të rritur afër, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } nga { $of }.

bank-ask-for-rest-or-change-of-position = { $name } do t'i tregojë një të rrituri kur ka nevojë për pushim ose për të ndërruar pozicion, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-use-stairs-safely = { $name } do t'i ngjitë dhe do t'i zbresë shkallët pa rrezik, me një këmbë në çdo shkallë dhe duke u mbajtur te parmaku, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } nga { $of }.

bank-catch-a-ball = { $name } do të kapë një top të madh të hedhur lehtë nga { $steps ->
        [one] një hap
       *[other] { $steps } hapa
    } larg, në { $times } nga { $of ->
        [one] një hedhje
       *[other] { $of } hedhje
    }.

bank-hop-on-each-foot = { $name } do të kërcejë mbi njërën këmbë { $times ->
        [one] një herë
       *[other] { $times } herë
    }, pastaj mbi tjetrën, pa rënë.

bank-do-up-buttons = { $name } do të mbërthejë pa ndihmë { $count ->
        [one] një kopsë
       *[other] { $count } kopsa
    } në një këmishë ose në një xhaketë leshi.

bank-type-words-per-minute = { $name } do të shkruajë në kompjuter { $words ->
        [one] një fjalë
       *[other] { $words } fjalë
    } në minutë, me të dyja duart.

bank-use-knife-and-fork = { $name } do të përdorë thikën dhe pirunin për të prerë ushqim të butë në drekë, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } nga { $of }.

bank-open-lunch-items = { $name } do të hapë pa ndihmë { $count } nga { $total ->
        [one] një paketë ose kuti
       *[other] { $total } paketat dhe kutitë
    } e drekës që sjell nga shtëpia.

bank-try-new-foods = { $name } do të provojë { $count ->
        [one] një ushqim të ri
       *[other] { $count } ushqime të reja
    } në drekë, në çdo gjysmë periudhe shkollore, duke e parë, prekur, nuhatur ose shijuar secilin.

bank-join-messy-play = { $name } do të marrë pjesë për { $minutes ->
        [one] një minutë
       *[other] { $minutes } minuta
    } në një aktivitet ku duart ndoten, si pikturimi ose gatimi, me doreza nëse dëshiron.

bank-use-sensory-tools = { $name } do të përdorë një mjet nga kutia { $gender ->
        [female] e saj
        [male] e tij
       *[other] e vet
    } me mjete shqisore, si një jastëk balancimi ose diçka për ta rrotulluar në duar, për të ndenjur rehat në vend, në { $times } nga { $of ->
        [one] një orë mësimi
       *[other] { $of } orë mësimi
    }.

bank-know-signs-of-feeling-unwell = { $name } do të thotë { $count ->
        [one] një shenjë që tregon
       *[other] { $count } shenja që tregojnë
    } se ka nevojë për ndihmë për shkak të sëmundjes që ka, si dridhjet ose vështirësia në frymëmarrje, dhe do të thotë cilit të rrituri duhet t'i tregojë.

bank-help-with-own-medical-care = { $name } do të ndihmojë në kujdesin mjekësor për veten, si matja e sheqerit në gjak, me një të rritur që e shikon, { $days ->
        [one] një ditë
       *[other] { $days } ditë
    } nga { $of }.

bank-ask-for-toilet-in-time = { $name } do të kërkojë të shkojë në tualet në kohë, me fjalë ose me një kartë, me jo më shumë se { $count ->
        [one] një rast
       *[other] { $count } raste
    } në javë kur nuk arrin në kohë.

bank-wash-hands-after-toilet = { $name } do t'i lajë dhe do t'i thajë duart pasi përdor tualetin, pa pasur nevojë t'ia kujtojë njeri, { $times ->
        [one] një herë
       *[other] { $times } herë
    } nga { $of }.

bank-deaf-friendly-teaching = Mësim i përshtatur për fëmijët me vështirësi në dëgjim: mësuesi flet me fytyrë nga klasa, fjalët kryesore shkruhen në tabelë dhe videot kanë titra

bank-braille-teaching = Mësime për shkrimin Braille me një mësues të specializuar, dhe puna e klasës përgatitet në Braille para çdo ore mësimi

bank-mobility-training = Trajnim për lëvizjen nga një specialist, për të mësuar të lëvizë nëpër shkollë dhe të gjejë rrugën vetë dhe pa rrezik

bank-sloped-board-and-pencil-grip = Një tabelë e pjerrët për shkrim dhe një mbajtëse gome për lapsin, që shkrimi të jetë më i lehtë dhe më i rehatshëm

bank-typing-for-longer-writing = Një laptop ose tablet për shkrimet më të gjata, me ushtrime shkrimi në tastierë çdo javë

bank-moving-and-handling-plan = Një plan për ngritjen dhe lëvizjen, i shkruar me fizioterapistin, që fëmija të ngrihet, të lëvizë dhe të ndërrojë pozicion pa rrezik, dhe që zbatohet nga stafi i trajnuar

bank-gross-motor-group = Një grup lëvizjeje: seanca të shkurtra me lojëra ekuilibri, kërcimi, hedhjeje dhe kapjeje, për forcë dhe koordinim

bank-sensory-diet = Një program shqisor ({ EN("sensory diet") }): aktivitete të planifikuara gjatë ditës, si mbajtja e sendeve, shtyrja ose koha e qetë, të caktuara nga terapisti për aftësitë e përditshme, që { $name } të { $gender ->
        [female] qëndrojë e qetë dhe e vëmendshme
        [male] qëndrojë i qetë dhe i vëmendshëm
       *[other] ruajë qetësinë dhe vëmendjen
    }

bank-sensory-tool-kit = Një kuti me mjete shqisore: sende si një jastëk balancimi, një lodër për ta rrotulluar në duar dhe diçka e sigurt për ta përtypur, që { $name } të rrijë rehat gjatë mësimit

bank-individual-health-care-plan = Një plan individual për kujdesin shëndetësor, i shkruar me familjen dhe me infermierin e shkollës, që tregon çfarë bën stafi çdo ditë dhe në rast urgjence

bank-staff-medical-training = Staf i trajnuar për të dhënë ilaçe dhe për të ndihmuar me sëmundjen, si përdorimi i një inhalatori ose i një injektori me adrenalinë

bank-intimate-care-plan = Një plan për kujdesin personal, i rënë dakord me familjen: një radhë private dhe e planifikuar për tualetin dhe ndërrimin e rrobave, me staf të caktuar me emër

bank-toilet-timetable = Kujtesa për të shkuar në tualet në orë të caktuara gjatë ditës, dhe një kartë për ta kërkuar në çdo kohë

bank-lunchtime-eating-support = Ndihmë gjatë drekës: një vend më i qetë për të ngrënë, ushqim i prerë nëse duhet, dhe një i rritur që inkurajon provimin e ushqimeve të reja

bank-throw-and-catch = Luani me hedhje dhe kapje me një top të madh e të butë, dhe largohuni më shumë nga njëri-tjetri kur bëhet më e lehtë.

bank-help-in-the-kitchen = Në kuzhinë, { $name } mund t'ju ndihmojë të përzieni, të derdhni, të lyeni dhe të prisni ushqime të buta.

bank-new-food-next-to-favourite = Vini pak ushqim të ri pranë një ushqimi që i pëlqen, pa e detyruar, dhe lavdërojeni kur e shikon, e prek ose e shijon.

bank-toilet-routine-at-home = Mbani një rutinë të rregullt për tualetin në shtëpi, si pas ngrënies, me të njëjtat fjalë dhe figura si në shkollë.

bank-therapy-exercises-at-home = Bëni së bashku, disa herë në javë, ushtrimet nga fizioterapisti ose nga terapisti për aftësitë e përditshme.

bank-update-school-on-health = Njoftoni shkollën për çdo ndryshim në shëndet ose në ilaçe, dhe kontrolloni që ilaçet që mbahen në shkollë nuk kanë skaduar.

bank-glasses-every-day = Sigurohuni që { $name } vjen në shkollë çdo ditë me syze të pastra.

bank-hearing-aid-check-log = Kontrolli i mëngjesit i aparateve të dëgjimit shënohet çdo ditë, bashkë me çdo problem, dhe shihet çdo javë.

bank-toileting-chart = Një tabelë për tualetin: çdo ditë shënohen herët kur rrobat kanë qenë të thata dhe herët kur fëmija nuk ka arritur në kohë, dhe tabela shihet çdo javë.

bank-foods-tried-record = Stafi që kujdeset për fëmijët gjatë drekës shënon ushqimet që provon { $name }.

bank-movement-skills-check = Një kontroll i shkurtër i aftësive të lëvizjes, si ekuilibri, kërcimi me një këmbë dhe kapja e topit, në fillim dhe në fund të planit.

bank-medical-log = Një regjistër i ilaçeve të dhëna dhe i rasteve kur { $name } nuk është ndier mirë, që shihet dy herë në çdo periudhë shkollore me familjen dhe me infermierin e shkollës.

## Any area

bank-strength-kind-and-helpful = { $name } ka zemër të mirë dhe kënaqet kur ndihmon të rriturit dhe fëmijët e tjerë.

bank-strength-creative = { $name } është { $gender ->
        [female] krijuese
        [male] krijues
       *[other] plot fantazi
    } dhe kënaqet kur vizaton, kur bën dhe kur ndërton gjëra.

bank-strength-keeps-trying = { $name } vazhdon të përpiqet, edhe kur një detyrë është e vështirë.

bank-pupil-views-before-review = Para çdo rishikimi, { $name } pyetet çfarë po shkon mirë dhe çfarë është e vështirë, dhe përgjigjet shkruhen.

bank-termly-review-meeting = Një takim me familjen në çdo periudhë shkollore, për të parë objektivat së bashku dhe për të rënë dakord për hapat e ardhshëm.

## Assessments

bank-reading-and-spelling-assessment = Një vlerësim i leximit dhe i drejtshkrimit

bank-maths-assessment = Një vlerësim i matematikës, për të parë cilat aftësi me numrat duan më shumë ushtrim

bank-dyslexia-screening = Një kontroll për disleksinë: një provë e shkurtër e leximit, e drejtshkrimit dhe e kujtesës

bank-educational-psychologist-assessment = Një vlerësim nga psikologu arsimor

bank-speech-and-language-assessment = Një vlerësim nga terapisti i të folurit dhe i gjuhës

bank-autism-assessment-referral = Një kërkesë për vlerësim të autizmit në shërbimin shëndetësor vendor

bank-mental-health-assessment = Një vlerësim nga { EN("CAMHS") }, shërbimi vendor i shëndetit mendor për fëmijë dhe të rinj

bank-hearing-test-audiology = Një kontroll i dëgjimit në shërbimin e audiologjisë

bank-eye-clinic-assessment = Një kontroll i syve në klinikën e syve të spitalit

bank-occupational-therapy-assessment = Një vlerësim nga terapisti për aftësitë e përditshme, për lëvizjen, shkrimin me dorë dhe kujdesin për veten

bank-specialist-teacher-learning-assessment = Një vlerësim i leximit, i shkrimit, i matematikës dhe i kujtesës nga mësuesi i specializuar për vështirësitë në të nxënë

bank-handwriting-speed-check = Një kontroll i shpejtësisë së shkrimit me dorë, për të parë nëse do të ndihmonte koha shtesë ose shkrimi në kompjuter

bank-autism-outreach-observation = Një vëzhgim në klasë dhe gjatë lojës nga ekipi i specializuar për autizmin, me këshilla për stafin

bank-stammering-assessment = Një vlerësim nga një terapist i të folurit dhe i gjuhës që punon me fëmijët që belbëzojnë

bank-adhd-assessment-referral = Një kërkesë për vlerësim për { EN("ADHD") } (çrregullimi i vëmendjes dhe hiperaktivitetit) në shërbimin shëndetësor vendor

bank-behaviour-support-observation = Një vëzhgim në klasë nga shërbimi për ndihmë me sjelljen, me këshilla për stafin

bank-physiotherapy-assessment = Një vlerësim i lëvizjes, i ekuilibrit dhe i forcës nga fizioterapisti

bank-functional-vision-assessment = Një vlerësim nga mësuesi i specializuar për fëmijët me vështirësi në shikim, për të parë si e përdor { $name } shikimin në klasë

bank-paediatrician-referral = Një kërkesë për pediatrin e komunitetit, një mjek për fëmijë që kontrollon shëndetin dhe zhvillimin

bank-early-help-assessment = Një vlerësim për ndihmën e hershme ({ EN("Early Help") }), që mbledh bashkë familjen dhe shërbimet vendore për të rënë dakord se çfarë ndihme duhet

bank-ehc-needs-assessment = Një kërkesë te pushteti vendor ({ EN("local authority") }) për një vlerësim të nevojave për arsimin, shëndetin dhe kujdesin, që mund të çojë në një Plan për arsimin, shëndetin dhe kujdesin ({ EN("EHC plan") })
