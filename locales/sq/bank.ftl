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

## Any area

bank-strength-kind-and-helpful = { $name } ka zemër të mirë dhe kënaqet kur ndihmon të rriturit dhe fëmijët e tjerë.

bank-strength-creative = { $name } është { $gender ->
        [female] krijuese
        [male] krijues
       *[other] plot fantazi
    } dhe kënaqet kur vizaton, kur bën dhe kur ndërton gjëra.

bank-strength-keeps-trying = { $name } vazhdon të përpiqet, edhe kur një detyrë është e vështirë.

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
