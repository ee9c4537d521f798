# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted without a Somali speaker; not yet reviewed by a
# fluent speaker. The parent is "adiga" (singular), as in iep.ftl; the word card is "kaarka
# ereyada". A verb agrees with { $name } (wuxuu … doonaa / waxay … doontaa), so targets
# select on $gender; [other] says "Hadafka { $name } waa …" with a verbal noun, and the home
# activities use the impersonal "la", neither of which needs a gender. Strengths say
# "gabar / wiil / ilmo" (girl / boy / child).

## Cognition and learning

bank-read-common-words = { $gender ->
        [female] { $name } waxay akhrin doontaa
        [male] { $name } wuxuu akhrin doonaa
       *[other] Hadafka { $name } waa akhrinta
    } { $count } ka mid ah { $total } erey oo caadi ah oo ku qoran kaarka ereyada, laba jeer oo la hubiyo oo toddobaad u dhexeeyo.

bank-precision-teaching = { EN("Precision teaching") }: maalin kasta, dhowr daqiiqo oo tababar ah oo lagu sameeyo kaararka ereyada, iyadoo dhowr erey keliya la barto mar kasta

bank-words-read-checked-weekly = Ereyada si sax ah loo akhriyo waxaa la qoraa toddobaad kasta.

bank-read-card-words-at-bedtime = Waqtiga seexashada, ilmahaaga la akhri { $count } ka mid ah ereyada kaarka.

bank-write-sentences-about-picture = { $gender ->
        [female] { $name } waxay qori doontaa
        [male] { $name } wuxuu qori doonaa
       *[other] Hadafka { $name } waa qorista
    } { $count ->
        [one] hal weedh
       *[other] { $count } weedhood
    } oo ku saabsan sawir. Weedh kasta waxay ku bilaabataa xaraf weyn, waxayna ku dhammaataa joogsi.

bank-writing-group-sentence-frames = Koox yar oo wax-qoris ah oo adeegsata bilowga weedho (qaybta hore ee weedh, oo ilmuhu dhammaystiro)

bank-writing-samples-checked = Tusaalooyin ka mid ah { $gender ->
        [female] qoraalkeeda
        [male] qoraalkiisa
       *[other] qoraalka ilmaha
    } ayaa la kaydiyaa, waxaana la hubiyaa laba toddobaadba mar.

bank-talk-about-picture = Sawir ilmahaaga kala sheekeyso, kadibna { $gender ->
        [female] ka caawi inay weedh kor u sheegto
        [male] ka caawi inuu weedh kor u sheego
       *[other] ka caawi in weedh kor loo sheego
    } ka hor inta aan la qorin.

bank-read-together-daily = Fadlan maalin kasta { $name } la akhri muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } ah, kadibna saxiix buugga akhriska.

bank-know-letter-sounds = { $gender ->
        [female] { $name } waxay sheegi doontaa
        [male] { $name } wuxuu sheegi doonaa
       *[other] Hadafka { $name } waa sheegidda
    } codka { $count } ka mid ah { $total ->
        [one] hal xaraf ama koox xarfo ah
       *[other] { $total } xaraf iyo koox xarfo ah
    } oo ilaa hadda lagu baray casharrada { EN("phonics") } (akhriska iyadoo loo eegayo codadka xarfaha).

bank-blend-short-words = { $gender ->
        [female] { $name } waxay akhrin doontaa
        [male] { $name } wuxuu akhrin doonaa
       *[other] Hadafka { $name } waa akhrinta
    } ereyo gaagaaban, sida «bad» iyo «shaah», iyadoo codadka la kala dhawaaqayo, kadibna la isku darayo. Waa in { $count } ka mid ah { $total ->
        [one] hal erey
       *[other] { $total } erey
    } si sax ah loo akhriyo.

bank-spell-list-words = { $gender ->
        [female] { $name } waxay si sax ah u qori doontaa
        [male] { $name } wuxuu si sax ah u qori doonaa
       *[other] Hadafka { $name } waa si sax ah u qoridda
    } { $count } ka mid ah { $total ->
        [one] hal erey
       *[other] { $total } erey
    } oo ku jira { $gender ->
        [female] liiskeeda higgaadda
        [male] liiskiisa higgaadda
       *[other] liiska higgaadda ee ilmaha
    }, laba jeer oo isku xiga oo la hubiyo.

bank-read-page-few-mistakes = { $gender ->
        [female] { $name } waxay kor u akhrin doontaa bog ka mid ah buuggeeda akhriska
        [male] { $name } wuxuu kor u akhrin doonaa bog ka mid ah buuggiisa akhriska
       *[other] Hadafka { $name } waa kor u akhrinta bog ka mid ah buugga akhriska
    }, iyadoo qaladaadku aanay ka badnayn { $count ->
        [one] hal qalad
       *[other] { $count } qalad
    }.

bank-answer-questions-about-text = { $gender ->
        [female] { $name } waxay ka jawaabi doontaa
        [male] { $name } wuxuu ka jawaabi doonaa
       *[other] Hadafka { $name } waa ka jawaabidda
    } { $count } ka mid ah { $total ->
        [one] hal su'aal
       *[other] { $total } su'aalood
    } oo ku saabsan qoraal gaaban oo lala akhriyay qof weyn.

bank-number-bonds-to-ten = { $gender ->
        [female] { $name } waxay ka jawaabi doontaa
        [male] { $name } wuxuu ka jawaabi doonaa
       *[other] Hadafka { $name } waa ka jawaabidda
    } { $count } ka mid ah { $total ->
        [one] hal su'aal
       *[other] { $total } su'aalood
    } oo ku saabsan lammaanaha tirooyinka ee tobanka ({ EN("number bonds to ten") }: laba tiro oo marka la isku daro noqda toban), iyadoo aan faraha lagu tirin.

bank-count-objects-accurately = { $gender ->
        [female] { $name } waxay tirin doontaa
        [male] { $name } wuxuu tirin doonaa
       *[other] Hadafka { $name } waa tirinta
    } si sax ah ilaa { $count ->
        [one] hal shay
       *[other] { $count } shay
    }. Shay kasta hal mar ayaa la taabanayaa, tirada ugu dambeysana waxaa loo sheegayaa inay tahay wadarta.

bank-times-table-facts = { $gender ->
        [female] { $name } waxay ka jawaabi doontaa
        [male] { $name } wuxuu ka jawaabi doonaa
       *[other] Hadafka { $name } waa ka jawaabidda
    } si sax ah { $count } ka mid ah { $total ->
        [one] hal su'aal
       *[other] { $total } su'aalood
    } oo ku saabsan jadwalka isku-dhufashada ee { $table }, iyadoo aan jadwalka la qorin.

bank-finger-spaces = { $gender ->
        [female] { $name } waxay ka tagi doontaa
        [male] { $name } wuxuu ka tagi doonaa
       *[other] Hadafka { $name } waa ka tagidda
    } meel bannaan oo far le'eg inta u dhexeysa ereyada, { $count } ka mid ah { $total ->
        [one] hal weedh
       *[other] { $total } weedhood
    } oo fasalka lagu qoray.

bank-form-letters-correctly = { $gender ->
        [female] { $name } waxay qori doontaa
        [male] { $name } wuxuu qori doonaa
       *[other] Hadafka { $name } waa qorista
    } si sax ah { $count } ka mid ah { $total ->
        [one] hal xaraf oo yar
       *[other] { $total } xaraf oo yaryar
    }, iyadoo xaraf kasta laga bilaabayo meesha saxda ah.

bank-remember-list-in-order = { $gender ->
        [female] { $name } waxay xusuusan doontaa
        [male] { $name } wuxuu xusuusan doonaa
       *[other] Hadafka { $name } waa xusuusashada
    } liis ka kooban { $count ->
        [one] hal erey
       *[other] { $count } erey
    }. Kadib ereyada waa in dib loo sheego sida ay u kala horreeyaan.

bank-use-word-mat = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } warqadda ereyada si higgaadda loo hubiyo, iyadoo aan la xusuusin, { $times } ka mid ah { $of ->
        [one] hal hawl qoraal ah
       *[other] { $of } hawlood oo qoraal ah
    }.

bank-phonics-catch-up-group = Koox { EN("phonics") } ah (akhriska iyadoo loo eegayo codadka xarfaha) si ilmuhu u soo gaaro fasalka: fadhiyo gaagaaban oo koox yar ah, maalmaha badankooda, si loo celceliyo codadka xarfaha iyo isku darkooda si ay ereyo u noqdaan

bank-paired-reading = Akhris wadaag ah: qof weyn iyo { $name } ayaa buug kor u wada akhriya, qofka weynina wuxuu ka caawiyaa ereyada adag

bank-multisensory-spelling = Higgaad dareemayaal badan lagu barto: erey kasta waxaa lagu bartaa in la sheego, farta lagu raaco, la qoro, kadibna la hubiyo

bank-maths-with-objects = Xisaab lagu barto waxyaabo la qaban karo oo la dhaqaajin karo, sida qalabka tirinta, kuubab iyo xariiqda tirooyinka, si tirooyinka loo arko oo loo taabto

bank-pre-teaching-topic-words = Hor-u-barid: ereyada cusub ee mawduuca fasalka waxaa lagu baraa koox yar, iyadoo sawirro la adeegsanayo, casharka ka hor

bank-word-mat-on-table = Warqadda ereyada ({ EN("word mat") }) oo miiska saaran: warqad ay ku qoran yihiin ereyo faa'iido leh iyo higgaaddooda, oo la eego marka wax la qorayo

bank-task-steps-checklist = Hawlaha waxaa loo qaybiyaa tallaabooyin yaryar, iyadoo la adeegsanayo liis lagu calaamadeeyo tallaabo kasta marka la dhammeeyo

bank-reading-comprehension-group = Koox fahamka akhriska: qoraallo gaagaaban oo koox yar lagu akhriyo, kadibna laga wada hadlo macnahooda

bank-i-spy-letter-sounds = Ilmahaaga la ciyaar ciyaarta «Waxaan arkaa» oo codadka xarfaha ah, sida: «Waxaan arkaa wax ku bilaabma sss».

bank-look-say-cover-write-check = Liiska higgaadda ku celceli dhowr erey mar kasta: erayga eeg, sheeg, dabool, qor, kadibna hubi.

bank-count-everyday-things = Nolol maalmeedka, ilmahaaga kula tiri waxyaabaha, sida jaranjarada, qaadooyinka cashada ama baabuurta cas ee jidka dugsiga.

bank-card-game-make-ten = Ilmahaaga la ciyaar ciyaar kaarar ah: midba markiisa, raadiya laba kaar oo marka la isku daro noqda toban.

bank-letter-sounds-checked-half-termly = Aqoonta { $name } ee codadka xarfaha waxaa la hubiyaa bilowga qorshaha iyo laba mar xilli-waxbarasho kasta.

bank-spelling-scores-charted = Hubin higgaadeed oo gaaban toddobaad kasta, natiijooyinkana waxaa lagu qoraa shax.

bank-running-record = Diiwaanka akhriska ({ EN("running record") }) laba toddobaadba mar: qof weyn ayaa dhegaysta akhriska { $name }, wuxuuna calaamadeeyaa erey kasta oo si sax ah loo akhriyo.

bank-need-reading-and-spelling = Waxaa ku adag { $name } akhriska iyo higgaadda ereyada cusub, iyo xusuusashadooda maalin ilaa maalinta xigta.

bank-strength-memory-for-stories = { $gender ->
        [female] { $name } aad bay u jecel tahay sheekooyinka, si fiican ayay u xusuusataa, waxayna ku raaxaysataa inay kuwa kale u sheegto.
        [male] { $name } aad buu u jecel yahay sheekooyinka, si fiican ayuu u xusuustaa, wuxuuna ku raaxaystaa inuu kuwa kale u sheego.
       *[other] { $name } waa ilmo aad u jecel sheekooyinka, si fiican u xusuusta, kuna raaxaysta u sheegiddooda kuwa kale.
    }

bank-read-longer-words = { $gender ->
        [female] { $name } waxay akhrin doontaa
        [male] { $name } wuxuu akhrin doonaa
       *[other] Hadafka { $name } waa akhrinta
    } ereyo dhaadheer, iyadoo erey kasta loo kala qaybinayo qaybo, sida «dug-si» iyo «ma-cal-lin». Waa in { $count } ka mid ah { $total ->
        [one] hal erey
       *[other] { $total } erey
    } si sax ah loo akhriyo.

bank-spell-words-said-aloud = { $gender ->
        [female] { $name } waxay qori doontaa
        [male] { $name } wuxuu qori doonaa
       *[other] Hadafka { $name } waa qorista
    } ereyo gaagaaban oo qof weyn kor u sheego, sida «bad» iyo «shaah», iyadoo codadka la kala dhawaaqayo. Waa in { $count } ka mid ah { $total ->
        [one] hal erey
       *[other] { $total } erey
    } si sax ah loo qoro.

bank-use-spelling-rule = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } xeerka higgaadda ee hadda la barayo, sida in erey dhammaadkiisa lagu daro «{ EN("ing") }» ama «{ EN("ed") }», marka higgaadda la hubinayo, { $count } ka mid ah { $total ->
        [one] hal erey
       *[other] { $total } erey
    }.

bank-read-words-per-minute = { $gender ->
        [female] { $name } waxay si sax ah u akhrin doontaa
        [male] { $name } wuxuu si sax ah u akhrin doonaa
       *[other] Hadafka { $name } waa si sax ah u akhrinta
    } { $words ->
        [one] hal erey
       *[other] { $words } erey
    } daqiiqaddii, iyadoo laga akhrinayo buug heerkiisu ku habboon yahay.

bank-retell-story-in-order = { $gender ->
        [female] { $name } waxay dib u sheegi doontaa
        [male] { $name } wuxuu dib u sheegi doonaa
       *[other] Hadafka { $name } waa dib u sheegidda
    } sheeko hadda la akhriyay, iyadoo si sax ah u kala horreysa, oo ay ku jiraan { $count ->
        [one] hal dhacdo oo muhiim ah
       *[other] { $count } dhacdo oo muhiim ah
    }.

bank-plan-writing-with-frame = { $gender ->
        [female] { $name } waxay qorshayn doontaa
        [male] { $name } wuxuu qorshayn doonaa
       *[other] Hadafka { $name } waa qorshaynta
    } qoraal, iyadoo la adeegsanayo warqad qorshayn. Ka hor inta aan qoraalka la bilaabin, waxaa la qorayaa ama la sawirayaa { $count ->
        [one] hal fikrad
       *[other] { $count } fikradood
    }.

bank-check-own-writing = { $gender ->
        [female] { $name } waxay dib u akhrin doontaa qoraal ay dhammaysay, waxayna sixi doontaa
        [male] { $name } wuxuu dib u akhrin doonaa qoraal uu dhammeeyay, wuxuuna sixi doonaa
       *[other] Hadafka { $name } waa dib u akhrinta qoraal la dhammeeyay, iyo sixidda
    } ugu yaraan { $count ->
        [one] hal qalad
       *[other] { $count } qalad
    }, iyadoo aan la caawin.

bank-letters-on-the-line = { $gender ->
        [female] { $name } waxay wax ku qori doontaa
        [male] { $name } wuxuu wax ku qori doonaa
       *[other] Hadafka { $name } waa wax ku qorista
    } xariiqda dusheeda, iyadoo xarfaha dhaadheer iyo xarfaha gaagaaban ay cabbirkooda saxda ah yihiin, { $count } ka mid ah { $total ->
        [one] hal weedh
       *[other] { $total } weedhood
    }.

bank-add-and-take-away = { $gender ->
        [female] { $name } waxay isku dari doontaa oo ka jari doontaa
        [male] { $name } wuxuu isku dari doonaa oo ka jari doonaa
       *[other] Hadafka { $name } waa isku darka iyo ka jarista
    } tirooyinka ilaa { $limit }, iyadoo si sax ah looga jawaabayo { $count } ka mid ah { $total ->
        [one] hal su'aal
       *[other] { $total } su'aalood
    }.

bank-tens-and-ones = { $gender ->
        [female] { $name } waxay sheegi doontaa
        [male] { $name } wuxuu sheegi doonaa
       *[other] Hadafka { $name } waa sheegidda
    } imisa toban iyo imisa kow ay ku jiraan tiro laba god ah (sida soddon iyo shan: saddex toban iyo shan kow), { $count } ka mid ah { $total ->
        [one] hal tiro
       *[other] { $total } tiro
    }.

bank-tell-time-on-clock = { $gender ->
        [female] { $name } waxay sheegi doontaa
        [male] { $name } wuxuu sheegi doonaa
       *[other] Hadafka { $name } waa sheegidda
    } waqtiga saacad gacmo leh, marka ay tahay saacad buuxda ama saacad iyo bar, si sax ah { $count } ka mid ah { $total ->
        [one] hal saacad
       *[other] { $total } saacadood
    }.

bank-pay-with-coins = { $gender ->
        [female] { $name } waxay dooran doontaa
        [male] { $name } wuxuu dooran doonaa
       *[other] Hadafka { $name } waa doorashada
    } qadaadiicda saxda ah ee lagu bixiyo wax qiimahiisu yahay ilaa { $pence ->
        [one] hal { EN("penny") }
       *[other] { $pence } { EN("pence") }
    }, { $count } ka mid ah { $total ->
        [one] hal isku day
       *[other] { $total } isku day
    }.

bank-solve-word-problems = { $gender ->
        [female] { $name } waxay xallin doontaa
        [male] { $name } wuxuu xallin doonaa
       *[other] Hadafka { $name } waa xallinta
    } { $count } ka mid ah { $total ->
        [one] hal su'aal xisaabeed
       *[other] { $total } su'aalood oo xisaabeed
    } oo loo sheego sida sheeko gaaban, iyadoo sawir la sameynayo ama waxyaabo la adeegsanayo si ay u caawiyaan.

bank-work-alone-on-steps = { $gender ->
        [female] { $name } waxay samayn doontaa
        [male] { $name } wuxuu samayn doonaa
       *[other] Hadafka { $name } waa samaynta
    } { $steps ->
        [one] hal tallaabo
       *[other] { $steps } tallaabo
    } oo hawl ah iyadoo aan la caawin, ka hor inta aan qof weyn wax lala hubin.

bank-use-task-board = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } looxa hawlaha si loo ogaado waxa xiga, iyadoo aan qof weyn la weydiin, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-bring-right-things = { $gender ->
        [female] { $name } waxay dugsiga keeni doontaa
        [male] { $name } wuxuu dugsiga keeni doonaa
       *[other] Hadafka { $name } waa dugsiga u keenidda
    } waxyaabaha saxda ah, sida buugga akhriska, dhalada biyaha iyo dharka jimicsiga ({ EN("PE") }), iyadoo liis lagu hubinayo, { $days } ka mid ah { $of } maalmood.

bank-finish-tasks-in-time = { $gender ->
        [female] { $name } waxay dhammayn doontaa
        [male] { $name } wuxuu dhammayn doonaa
       *[other] Hadafka { $name } waa dhammaynta
    } { $count } ka mid ah { $total ->
        [one] hal hawl
       *[other] { $total } hawlood
    } waqtiga fasalka lagu siiyo, iyadoo la adeegsanayo saacad lagu arko waqtiga haray.

bank-decodable-reading-books = Buugaag akhris oo waafaqsan codadka xarfaha ee hore loo baray { $name }, si erey kasta loogu akhriyo isku darka codadkiisa

bank-reciprocal-reading = { EN("Reciprocal reading") } (akhris is-weydaarsi ah): koox yar ayaa, midba markiisa, qiyaasa waxa xiga, su'aalo weydiiya, sharxa ereyada adag, kuna soo koobta qoraalka

bank-spelling-patterns-and-own-list = Higgaadda waxaa lagu baraa kooxo ereyo ah oo isku qaab ah, iyo liis gaar ah oo ereyada adag ah oo lagu celceliyo

bank-handwriting-practice-group = Koox far-qoraal: dhowr daqiiqo oo tababar ah maalmaha badankooda, si loo barto qaabka xarfaha iyo sida loo isku xiro

bank-number-facts-daily-practice = Xisaabta aasaasiga ah (sida isku darka iyo isku dhufashada) ayaa maalin kasta lagu celceliyaa ciyaaro gaagaaban, dhowr daqiiqo markiiba, si ay u xusuusnaadaan

bank-desk-memory-aids = Caawimaad xusuuseed oo miiska saaran, sida xariijin alifbeeto ah, shaxda tirooyinka ilaa boqol iyo shaxda isku dhufashada

bank-small-chunks-of-information = Macluumaadka waxaa lagu bixiyaa qaybo yaryar, waa lagu celceliyaa, waxaana lala socodsiiyaa sawirro ama ereyo muhiim ah oo qoran

bank-visual-timer-on-desk = Saacad miiska saaran oo muujisa waqtiga haray, si { $name } loogu muujiyo inta waqti ah ee hawsha u hadhay

bank-start-then-step-back = Qof weyn ayaa { $name } ka caawiya bilowga hawsha, kadibna wuu ka dhaqaaqaa oo dhowr daqiiqo kadib ayuu soo eegaa, si loo barto in hawsha la qabto iyadoo aan la caawin

bank-daily-kit-checklist = Liis sawirro leh oo muujinaya waxa maalin kasta la keeno, oo boorsada dugsiga lagu hayo, iyo sanduuq magac leh oo buugaagta iyo qalabka la dhigo

bank-other-ways-to-record = Siyaabo kale oo fikradaha loo qoro, sida sawir, khariidad fikradeed, ku qorid kombuyuutar, ama in fikradaha loo sheego qof weyn oo qora

bank-reader-or-scribe-in-tests = Waqti dheeraad ah imtixaannada, iyo qof weyn oo akhriya su'aalaha ama qora jawaabaha, marka ay taasi { $name } caawinayso

bank-play-shops-with-coins = Ilmahaaga la ciyaar ciyaarta dukaanka adoo adeegsanaya lacag dhab ah: { $name } sii lacagta alaabta lagu iibsado, kadibna wada tiriya baaqiga.

bank-tell-time-at-home = Maalinta dhexdeeda, ilmahaaga la eeg saacadda, oo weydii waqtiga marka cuntada la cunayo ama ka hor barnaamij la jecel yahay.

bank-pack-bag-night-before = Habeenka ka horreeya, ilmahaaga la diyaari boorsada dugsiga, adoo adeegsanaya liiska sawirrada ee dugsiga.

bank-memory-games = Ilmahaaga la ciyaar ciyaaro xusuusta, sida «Waxaan aaday dukaanka, waxaana soo iibsaday ...», iyadoo mar kasta hal shay oo kale lagu darayo.

bank-write-for-real-reasons = Ilmahaaga la qor wax sabab dhab ah leh, sida liiska wax iibsiga, kaar hambalyo dhalasho ama warqad loo diro qof qaraabo ah.

bank-maths-check-half-termly = Hubin gaaban oo lagu sameeyo xirfadaha xisaabta ee la celcelinayo, bilowga qorshaha iyo laba mar xilli-waxbarasho kasta.

bank-reading-speed-timed = Laba toddobaadba mar, qof weyn ayaa dhegaysta akhriska { $name } ee qoraal gaaban muddo hal daqiiqo ah, wuxuuna tiriyaa ereyada si sax ah loo akhriyay.

bank-tasks-done-alone-counted = Toddobaad kasta waxaa la tiriyaa hawlaha { $name } ee la dhammeeyo iyadoo aan qof weyn caawin.

## Communication and interaction

bank-follow-two-step-instruction = { $gender ->
        [female] { $name } waxay raaci doontaa
        [male] { $name } wuxuu raaci doonaa
       *[other] Hadafka { $name } waa raacidda
    } tilmaan laba tallaabo ah oo la siiyo fasalka oo dhan, iyadoo aan la xusuusin, { $times } ka mid ah { $of } jeer.

bank-instructions-in-short-steps = Tilmaamaha waxaa lagu bixiyaa tallaabooyin gaagaaban, tallaabo kastana waxaa lagu muujiyaa sawir.

bank-tally-chart-weekly = Shax tirin ah oo toddobaad kasta la hubiyo

bank-two-step-instructions-at-home = Guriga ku sii tilmaamo laba tallaabo ah, { $gender ->
        [female] kadibna ammaan marka ay raacdo
        [male] kadibna ammaan marka uu raaco
       *[other] kadibna ammaan ilmaha marka tilmaamaha la raaco
    }.

bank-answer-who-what-where = { $gender ->
        [female] { $name } waxay ka jawaabi doontaa
        [male] { $name } wuxuu ka jawaabi doonaa
       *[other] Hadafka { $name } waa ka jawaabidda
    } { $count } ka mid ah { $total ->
        [one] hal su'aal
       *[other] { $total } su'aalood
    } oo ku bilaabma «yaa», «maxay» ama «xaggee», oo ku saabsan sawir ama sheeko gaaban.

bank-speak-in-longer-sentences = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } weedho ka kooban ugu yaraan { $words ->
        [one] hal erey
       *[other] { $words } erey
    } marka sawir lagala hadlayo qof weyn.

bank-take-turns-in-conversation = { $gender ->
        [female] { $name } waxay hadli doontaa
        [male] { $name } wuxuu hadli doonaa
       *[other] Hadafka { $name } waa hadlidda
    } { $turns ->
        [one] hal mar
       *[other] { $turns } jeer
    }, midba markiisa, marka lala sheekaysanayo saaxiib, iyadoo aan mawduuca laga bixin.

bank-ask-for-help-when-stuck = { $gender ->
        [female] { $name } waxay caawimaad weydiisan doontaa
        [male] { $name } wuxuu caawimaad weydiisan doonaa
       *[other] Hadafka { $name } waa caawimaad weydiisashada
    } marka hawshu ku adkaato, iyadoo la adeegsanayo ereyo ama kaarka caawimaadda, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-listen-at-carpet-time = { $gender ->
        [female] { $name } waxay fadhiisan doontaa oo dhegaysan doontaa
        [male] { $name } wuxuu fadhiisan doonaa oo dhegaysan doonaa
       *[other] Hadafka { $name } waa fadhiisashada iyo dhegaysiga
    } marka fasalku roogga ku fadhiisto, muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } ah, iyadoo la eegayo qofka hadlaya.

bank-learn-topic-words = { $gender ->
        [female] { $name } waxay baran doontaa
        [male] { $name } wuxuu baran doonaa
       *[other] Hadafka { $name } waa barashada
    } { $count ->
        [one] hal erey oo cusub
       *[other] { $count } erey oo cusub
    } oo ka mid ah mawduuca fasalka, nus xilli-waxbarasho kasta, iyadoo macnaha erey kasta la sheegi karo.

bank-say-hello-on-arrival = { $gender ->
        [female] { $name } waxay salaami doontaa
        [male] { $name } wuxuu salaami doonaa
       *[other] Hadafka { $name } waa salaamidda
    } qof weyn iyo saaxiib marka fasalka la soo galo, { $days } ka mid ah { $of } maalmood.

bank-wait-turn-to-speak = { $gender ->
        [female] { $name } waxay sugi doontaa markeeda hadalka
        [male] { $name } wuxuu sugi doonaa markiisa hadalka
       *[other] Hadafka { $name } waa sugidda markiisa ama markeeda hadalka
    } marka koox la joogo, iyadoo aan la qaylin, { $times } ka mid ah { $of } jeer.

bank-say-practised-sound = { $gender ->
        [female] { $name } waxay si cad u sheegi doontaa
        [male] { $name } wuxuu si cad u sheegi doonaa
       *[other] Hadafka { $name } waa si cad u sheegidda
    } codka hadalka ee la celcelinayo, bilowga ereyada, { $count } ka mid ah { $total ->
        [one] hal erey
       *[other] { $total } erey
    }.

bank-position-words = { $gender ->
        [female] { $name } waxay muujin doontaa
        [male] { $name } wuxuu muujin doonaa
       *[other] Hadafka { $name } waa muujinta
    } { $count } ka mid ah { $total ->
        [one] hal erey oo meel tilmaamaya
       *[other] { $total } erey oo meel tilmaamaya
    }, sida «gudaha», «dusha» iyo «hoosta», iyadoo alaab ciyaareed la dhigayo meesha saxda ah.

bank-move-on-with-visual-timetable = { $gender ->
        [female] { $name } waxay eegi doontaa jadwalka sawirrada, waxayna u gudbi doontaa hawsha xigta
        [male] { $name } wuxuu eegi doonaa jadwalka sawirrada, wuxuuna u gudbi doonaa hawsha xigta
       *[other] Hadafka { $name } waa eegidda jadwalka sawirrada iyo u gudbidda hawsha xigta
    }, iyadoo aan la xusuusin wax ka badan hal mar, { $times } ka mid ah { $of } jeer.

bank-play-shared-game = { $gender ->
        [female] { $name } waxay la ciyaari doontaa
        [male] { $name } wuxuu la ciyaari doonaa
       *[other] Hadafka { $name } waa la ciyaaridda
    } ilmo kale ciyaar wadaag ah muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } ah, iyadoo qof weyn u dhow yahay.

bank-visual-timetable = Jadwal sawirro ah: sawirro miiska ama derbiga saaran oo muujinaya sida maalintu u socoto, si waxa xiga ugu caddaado { $name }

bank-now-and-next-board = Looxa «hadda iyo kadib» ({ EN("now and next board") }): laba sawir oo muujinaya hawsha hadda iyo waxa ka dambeeya

bank-social-stories = { EN("Social stories") } (sheekooyin bulsheed): sheekooyin gaagaaban oo sawirro leh, kuwaas oo sharxa xaalad cusub ama adag iyo waxa la sameeyo

bank-speech-and-language-programme = Barnaamij hadal iyo luqad oo ka yimid daaweeyaha hadalka iyo luqadda, oo lagu celceliyo kaaliyaha macallinka fadhiyo gaagaaban toddobaad kasta

bank-language-group = Koox yar oo luqadda ah: ciyaaro xoojiya dhegaysiga, ereyada cusub iyo ku hadalka weedho

bank-colourful-semantics = { EN("Colourful semantics") }: kaarar midabyo kala duwan leh oo loogu talagalay «yaa», «maxay samaynayaan», «maxay» iyo «xaggee», si loo dhiso weedho dhaadheer

bank-name-first-short-instructions = Dadka waaweyni waxay sheegaan magaca { $name } ka hor intaysan tilmaan bixin, waxay bixiyaan hal tallaabo oo gaaban markiiba, waxayna sugaan jawaab

bank-signs-and-symbols = Calaamado gacmeed iyo astaamo sawir ah oo la raacsiiyo hadalka, si ereyada la yiraahdo ay u fududaadaan in la fahmo

bank-talk-about-picture-book = Ilmahaaga la eeg buug sawirro leh, oo kala hadal waxa ka dhacaya bog kasta.

bank-name-things-on-walks = Marka aad ilmahaaga la socoto ama dukaanka la joogto, u sheeg magacyada waxyaabaha, mar kastana ku dar hal erey oo cusub.

bank-my-turn-your-turn = Ilmahaaga la ciyaar ciyaar fudud oo midba markiisa la ciyaaro, sida kubad la isu rogo, oo dheh «markayga, markaaga».

bank-first-then-at-home = Guriga ku isticmaal «marka hore ... kadib ...» si aad u muujiso waxa xiga, sida «marka hore kabaha, kadib beerta».

bank-speech-therapist-checks-each-visit = Daaweeyaha hadalka iyo luqadda ayaa booqasho kasta hubiya horumarka, wuxuuna qoraa qoraal gaaban.

bank-sentence-samples-half-termly = Qof weyn ayaa qora hadalka { $name } ee ku saabsan sawir, bilowga qorshaha iyo laba mar xilli-waxbarasho kasta, si loo arko sida weedhaha u koraan.

bank-group-session-notes = Qofka weyn ee kooxda hoggaamiya ayaa fadhi kasta qora mar kasta oo ilmuhu hadlo ama jawaabo, wuxuuna eegaa qoraallada laba toddobaadba mar.

bank-need-spoken-instructions = Waxaa ku adag { $name } raacidda tilmaamaha afka ah ee la siiyo fasalka oo dhan, iyo helidda ereyada saxda ah ee fikradaha lagu sharxo.

bank-say-sound-in-sentences = { $gender ->
        [female] { $name } waxay si cad u sheegi doontaa
        [male] { $name } wuxuu si cad u sheegi doonaa
       *[other] Hadafka { $name } waa si cad u sheegidda
    } codka hadalka ee la celcelinayo, gudaha weedhaha, marka lala hadlayo qof weyn, { $count } ka mid ah { $total ->
        [one] hal weedh
       *[other] { $total } weedhood
    }.

bank-hear-sound-differences = { $gender ->
        [female] { $name } waxay kala garan doontaa
        [male] { $name } wuxuu kala garan doonaa
       *[other] Hadafka { $name } waa kala garashada
    } ereyada isku codka u eg, sida «kab» iyo «dab», iyadoo sawirka saxda ah la tilmaamayo, { $count } ka mid ah { $total ->
        [one] hal lammaane oo ereyo ah
       *[other] { $total } lammaane oo ereyo ah
    }.

bank-sort-words-into-groups = { $gender ->
        [female] { $name } waxay kooxo u kala sooci doontaa
        [male] { $name } wuxuu kooxo u kala sooci doonaa
       *[other] Hadafka { $name } waa kooxo u kala soocidda
    } { $count } ka mid ah { $total ->
        [one] hal sawir
       *[other] { $total } sawir
    }, sida xayawaan, cunto iyo dhar, iyadoo koox kasta magaceeda la sheegayo.

bank-describe-an-object = { $gender ->
        [female] { $name } waxay sharxi doontaa
        [male] { $name } wuxuu sharxi doonaa
       *[other] Hadafka { $name } waa sharxidda
    } shay, iyadoo laga sheegayo { $count ->
        [one] hal wax
       *[other] { $count } wax
    }, sida midabkiisa, qaabkiisa, cabbirkiisa ama waxa loo isticmaalo.

bank-follow-key-word-instructions = { $gender ->
        [female] { $name } waxay raaci doontaa
        [male] { $name } wuxuu raaci doonaa
       *[other] Hadafka { $name } waa raacidda
    } tilmaan ay ku jiraan { $count ->
        [one] hal erey oo muhiim ah
       *[other] { $count } erey oo muhiim ah
    } oo la xusuusto, sida «i sii kubadda weyn ee cas», { $times } ka mid ah { $of ->
        [one] hal isku day
       *[other] { $of } isku day
    }.

bank-answer-why-and-how = { $gender ->
        [female] { $name } waxay ka jawaabi doontaa
        [male] { $name } wuxuu ka jawaabi doonaa
       *[other] Hadafka { $name } waa ka jawaabidda
    } { $count } ka mid ah { $total ->
        [one] hal su'aal
       *[other] { $total } su'aalood
    } oo weydiinaya «waayo?» ama «sidee?», oo ku saabsan sheeko ama wax dhacay.

bank-tell-news-in-order = { $gender ->
        [female] { $name } waxay qof weyn u sheegi doontaa
        [male] { $name } wuxuu qof weyn u sheegi doonaa
       *[other] Hadafka { $name } waa u sheegidda qof weyn
    } wax dhacay, sida dhammaadka toddobaadka, { $count ->
        [one] hal weedh
       *[other] { $count } weedhood
    } oo si sax ah u kala horreeya.

bank-tell-story-with-cards = { $gender ->
        [female] { $name } waxay sheegi doontaa
        [male] { $name } wuxuu sheegi doonaa
       *[other] Hadafka { $name } waa sheegidda
    } sheeko gaaban iyadoo kaararka sheekada laga kaashanayo, oo ay ku jiraan { $count } ka mid ah { $total ->
        [one] hal qayb
       *[other] { $total } qaybood
    } oo kaararka ka muuqda, sida yaa, xaggee, maxaa dhacay iyo sidee ay ku dhammaatay.

bank-start-a-conversation = { $gender ->
        [female] { $name } waxay bilaabi doontaa
        [male] { $name } wuxuu bilaabi doonaa
       *[other] Hadafka { $name } waa bilaabidda
    } sheekaysi ilmo kale, iyadoo la salaamayo ama su'aal la weydiinayo, xilliga nasashada, { $days } ka mid ah { $of } maalmood.

bank-ask-friend-a-question = { $gender ->
        [female] { $name } waxay saaxiib weydiin doontaa
        [male] { $name } wuxuu saaxiib weydiin doonaa
       *[other] Hadafka { $name } waa saaxiib weydiinta
    } su'aal ku saabsan waxa saaxiibku hadda sheegay, { $times } ka mid ah { $of } jeer.

bank-read-feelings-in-pictures = { $gender ->
        [female] { $name } waxay sheegi doontaa
        [male] { $name } wuxuu sheegi doonaa
       *[other] Hadafka { $name } waa sheegidda
    } sida uu qofka sawirka ku jira u dareemi karo iyo sababta, { $count } ka mid ah { $total ->
        [one] hal sawir
       *[other] { $total } sawir
    }.

bank-explain-common-sayings = { $gender ->
        [female] { $name } waxay sharxi doontaa
        [male] { $name } wuxuu sharxi doonaa
       *[other] Hadafka { $name } waa sharxidda
    } macnaha dhabta ah ee { $count } ka mid ah { $total ->
        [one] hal weedh oo caan ah
       *[other] { $total } weedhood oo caan ah
    }, sida «{ EN("it's raining cats and dogs") }» (roob aad u xooggan ayaa da'aya).

bank-keep-comfortable-distance = { $gender ->
        [female] { $name } waxay istaagi doontaa
        [male] { $name } wuxuu istaagi doonaa
       *[other] Hadafka { $name } waa istaagidda
    } qiyaastii dherer gacan u jirta dadka kale marka lala hadlayo, { $times } ka mid ah { $of } jeer.

bank-cope-with-change-to-routine = { $gender ->
        [female] { $name } waxay xasilloonaan doontaa
        [male] { $name } wuxuu xasilloonaan doonaa
       *[other] Hadafka { $name } waa xasilloonaanta
    } marka maalinta isbeddel ku yimaado oo horay loogu muujiyay jadwalka sawirrada, { $times } ka mid ah { $of } jeer.

bank-ask-with-picture-cards = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } kaar sawir leh ama calaamad gacmeed si loo codsado { $count ->
        [one] hal wax
       *[other] { $count } wax oo kala duwan
    } maalinta dhexdeeda, sida cabitaan, caawimaad ama musqusha.

bank-join-activity-chosen-by-others = { $gender ->
        [female] { $name } waxay ka qayb qaadan doontaa
        [male] { $name } wuxuu ka qayb qaadan doonaa
       *[other] Hadafka { $name } waa ka qayb qaadashada
    } hawl uu qof kale doortay, muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } ah, ka hor inta aan loo laaban hawsha la jecel yahay.

bank-speak-up-in-small-group = { $gender ->
        [female] { $name } waxay ka jawaabi doontaa su'aal ama waxay sheegi doontaa fikrad
        [male] { $name } wuxuu ka jawaabi doonaa su'aal ama wuxuu sheegi doonaa fikrad
       *[other] Hadafka { $name } waa ka jawaabidda su'aal ama sheegidda fikrad
    } koox yar dhexdeed, iyadoo aan marka hore la weydiin, ugu yaraan { $times ->
        [one] hal mar
       *[other] { $times } jeer
    } toddobaadkii.

bank-say-what-helps-when-talking = { $gender ->
        [female] { $name } waxay sheegi doontaa
        [male] { $name } wuxuu sheegi doonaa
       *[other] Hadafka { $name } waa sheegidda
    } { $count ->
        [one] hal wax oo caawiya
       *[other] { $count } wax oo caawiya
    } marka hadalku adag yahay, sida in waqti la siiyo, kadibna waxaa lala wadaagayaa macallinka fasalka.

bank-wait-time-to-answer = Waqti jawaabta: dadka waaweyni waxay sugaan qiyaastii toban ilbiriqsi kadib marka ay su'aal weydiiyaan, si { $name } loo siiyo waqti fikir iyo jawaab

bank-model-and-expand-sentences = Dadka waaweyni waxay hadalka { $name } dib ugu celiyaan weedh sax ah oo xoogaa ka dheer, iyagoon ka codsan in mar kale la yiraahdo

bank-word-webs = Shabakadda ereyada ({ EN("word webs") }): erey kasta oo cusub waxaa lagu xiraa codadkiisa, macnihiisa, sawir iyo ereyo la mid ah, si uu u xusuusnaado

bank-brick-building-group = Koox wax ku dhisa qalab dhismo oo ciyaar ah: koox yar ayaa wada dhisa qaab, ilmo kastana shaqo ayuu leeyahay (raadinta qalabka, dhisidda ama bixinta tilmaamaha), si loo barto wada hadalka iyo wada shaqaynta

bank-intensive-interaction = { EN("Intensive interaction") } (is-dhexgal dhow): qof weyn ayaa raaca ciyaarta { $name }, isagoo ku dayanaya codadka iyo dhaqdhaqaaqa, si loo dhiso dareen wadaag iyo farxad wadaag

bank-quiet-workstation = Meel shaqo oo xasilloon: miis ka fog waxyaabaha mashquuliya, oo hawlaha loogu diyaariyay si isku xigta, si hawsha loo qabto iyadoo aan la caawin

bank-comic-strip-conversations = { EN("Comic strip conversations") } (wada-hadal sawirro fudud ah): sawirro fudud oo leh goobooyin hadal iyo fikir, si looga wada hadlo waxa dhacay iyo waxa dadku ka fikirayeen

bank-warn-before-changes = Ogeysiis ka hor isbeddellada: isbeddellada maalinta waxaa horay loogu muujiyaa jadwalka sawirrada, waxaana la sameeyaa tirin gadaal ah ka hor inta aan hawl dhammaan

bank-stammering-friendly-talk = Hadal u fiican carruurta hadalku ku xayiro ({ EN("stammering") }): dadka waaweyni waxay sugaan ilaa hadalka { $name } dhammaado, iyagoon ereyada u dhammaynayn, waxayna wada go'aamiyaan sida looga jawaabo magac-u-yeerista ({ EN("register") }) iyo su'aalaha fasalka

bank-talking-partner = Saaxiib hadal: arday fasalka ah oo fikradaha lala wada hadlo ka hor inta aan fasalka hortiisa laga jawaabin

bank-communication-passport = Baasaboorka isgaarsiinta: buug yar oo gaaban, oo lala sameeyo qoyska, kana warramaya habka isgaarsiinta { $name } iyo waxa caawiya

bank-lunchtime-club-structured-play = Naadi xilliga qadada: ciyaaro koox yar ah oo uu la joogo qof weyn oo carruurta ka caawiya inay wada ciyaaraan

bank-speech-sound-games-from-therapist = Maalin kasta, dhowr daqiiqo ilmahaaga la ciyaar ciyaaraha codadka hadalka ee daaweeyaha, oo ammaan isku day kasta.

bank-talk-at-mealtimes = Waqtiga cuntada dami shaashadaha, oo ilmahaaga kala sheekeyso sidii maalintu ahayd.

bank-prepare-for-changes = Ka hor isbeddel, sida booqasho ama maalin dibadda lagu maqan yahay, { $name } tus sawirro ama u sheeg sheeko gaaban oo ku saabsan waxa dhici doona.

bank-give-time-to-talk = Marka hadalku ku adag yahay { $name }, si deggan u sug, indhaha ha ka qaadin, { $gender ->
        [female] oo u oggolow inay hadalka dhammayso
        [male] oo u oggolow inuu hadalka dhammeeyo
       *[other] oo sug ilaa hadalku dhammaado
    }, adigoon ereyada u dhammayn.

bank-describe-and-guess = Ilmahaaga la ciyaar «sharax oo qiyaas»: midkiin ha sharxo wax qolka ku jira, kan kalena ha qiyaaso waxa uu yahay.

bank-new-words-checked-with-pictures = Aqoonta { $name } ee ereyada cusub waxaa lagu hubiyaa sawirro, bilowga iyo dhammaadka qorshaha.

bank-conversations-noted-weekly = Toddobaad kasta, qof weyn ayaa qora tirada sheekaysiyada { $name } ee fasalka iyo ciyaarta, kuwa la bilaabay iyo kuwa lagu biiray.

bank-playtime-observation = Laba toddobaadba mar, qof weyn ayaa daawada xilliga nasashada, wuxuuna qoraa saaxiibada ciyaarta { $name } iyo sida ay u ciyaaraan.

bank-social-communication-checklist = Shaqaalaha iyo qoysku waxay buuxiyaan liis gaaban oo ku saabsan xirfadaha isgaarsiinta bulshada, bilowga iyo dhammaadka qorshaha.

## Social, emotional and mental health

bank-calm-card = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } kaarka xasilloonida iyo geeska xasilloonida beddelka qaylada, { $days } ka mid ah { $of } maalmood.

bank-feelings-check-in = Subax kasta, wada-hadal gaaban oo lagu eego sida ilmuhu isu dareemayo, iyadoo la adeegsanayo cabbirka dareenka

bank-feelings-scale-at-home = Guriga ku isticmaal isla cabbirka dareenka, { $gender ->
        [female] kadibna ammaan marka ay nasasho codsato
        [male] kadibna ammaan marka uu nasasho codsado
       *[other] kadibna ammaan ilmaha marka nasasho la codsado
    }.

bank-name-feelings = { $gender ->
        [female] { $name } waxay magacaabi doontaa
        [male] { $name } wuxuu magacaabi doonaa
       *[other] Hadafka { $name } waa magacaabidda
    } { $count ->
        [one] hal dareen
       *[other] { $count } dareen
    }, sida farxad, murugo, cadho iyo walwal, kadibna dareen kasta waxaa lagu xiriirinayaa sawir.

bank-calm-again-within-minutes = { $gender ->
        [female] { $name } waxay dib u degi doontaa
        [male] { $name } wuxuu dib u degi doonaa
       *[other] Hadafka { $name } waa dib u degidda
    } { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } gudahood, kadib marka { $gender ->
        [female] ay ka xumaato
        [male] uu ka xumaado
       *[other] uu ka xumaado ama ay ka xumaato
    }, iyadoo qof weyn caawinayo.

bank-use-break-card = { $gender ->
        [female] { $name } waxay muujin doontaa
        [male] { $name } wuxuu muujin doonaa
       *[other] Hadafka { $name } waa muujinta
    } kaarka nasashada si nasasho gaaban loo codsado marka { $gender ->
        [female] ay ka xumaato
        [male] uu ka xumaado
       *[other] uu ka xumaado ama ay ka xumaato
    }, halkii qolka laga bixi lahaa, { $times } ka mid ah { $of } jeer.

bank-start-task-when-asked = { $gender ->
        [female] { $name } waxay bilaabi doontaa
        [male] { $name } wuxuu bilaabi doonaa
       *[other] Hadafka { $name } waa bilaabidda
    } hawl { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } gudahood marka laga codsado, { $days } ka mid ah { $of } maalmood.

bank-join-playtime-game = { $gender ->
        [female] { $name } waxay ku biiri doontaa
        [male] { $name } wuxuu ku biiri doonaa
       *[other] Hadafka { $name } waa ku biiridda
    } ciyaar ay carruur kale ciyaarayaan xilliga nasashada, { $days } ka mid ah { $of } maalmood.

bank-safe-hands-at-playtime = { $gender ->
        [female] { $name } waxay ilaalin doontaa
        [male] { $name } wuxuu ilaalin doonaa
       *[other] Hadafka { $name } waa ilaalinta
    } gacmaha iyo lugaha si aan qofna loo dhaawicin xilliga nasashada, { $days } ka mid ah { $of } maalmood.

bank-lose-a-game-calmly = { $gender ->
        [female] { $name } waxay xasilloonaan doontaa marka ciyaar laga badiyo, waxayna guulaystaha ku odhan doontaa «hambalyo»
        [male] { $name } wuxuu xasilloonaan doonaa marka ciyaar laga badiyo, wuxuuna guulaystaha ku odhan doonaa «hambalyo»
       *[other] Hadafka { $name } waa xasilloonaanta marka ciyaar laga badiyo, iyo in guulaystaha lagu yiraahdo «hambalyo»
    }, { $times } ka mid ah { $of ->
        [one] hal ciyaar
       *[other] { $of } ciyaarood
    }.

bank-say-good-things-about-self = { $gender ->
        [female] { $name } waxay sheegi doontaa
        [male] { $name } wuxuu sheegi doonaa
       *[other] Hadafka { $name } waa sheegidda
    } { $count ->
        [one] hal wax oo wanaagsan
       *[other] { $count } wax oo wanaagsan
    } oo ku saabsan { $gender ->
        [female] nafteeda
        [male] naftiisa
       *[other] naftiisa ama nafteeda
    }, kulanka toddobaadlaha ah ee qof weyn.

bank-come-into-class-calmly = { $gender ->
        [female] { $name } waxay subaxdii albaabka ku sagootin doontaa qoyskeeda, kadibna si deggan ayay fasalka u soo geli doontaa
        [male] { $name } wuxuu subaxdii albaabka ku sagootin doonaa qoyskiisa, kadibna si deggan ayuu fasalka u soo geli doonaa
       *[other] Hadafka { $name } waa in subaxdii qoyska albaabka lagu sagootiyo, fasalkana si deggan loo soo galo
    }, { $days } ka mid ah { $of } maalmood.

bank-follow-request-after-reminder = { $gender ->
        [female] { $name } waxay samayn doontaa
        [male] { $name } wuxuu samayn doonaa
       *[other] Hadafka { $name } waa samaynta
    } waxa qof weyn ka codsado, iyadoo aan la xusuusin wax ka badan hal mar, { $times } ka mid ah { $of } jeer.

bank-stay-in-lesson = { $gender ->
        [female] { $name } waxay joogi doontaa
        [male] { $name } wuxuu joogi doonaa
       *[other] Hadafka { $name } waa joogidda
    } fasalka casharka oo dhan, iyadoo nasasho la qorsheeyay la qaadan karo haddii loo baahdo, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-sort-out-falling-out = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } ereyo, halkii gacmaha, si loo xalliyo muran saaxiib, iyadoo qof weyn caawinayo haddii loo baahdo, { $times } ka mid ah { $of } jeer.

bank-feelings-traffic-light = Nalka taraafikada ee dareenka: kaarar cagaar, huruud iyo casaan ah oo muujinaya dareenka { $name }, iyo qorshe ku saabsan waxa caawiya midab kasta

bank-nurture-group = Koox daryeel ({ EN("nurture group") }): koox yar oo deggan oo uu la joogo qof weyn oo la yaqaan, qayb ka mid ah maalinta, si loo dhiso kalsoonida iyo saaxiibtinimada

bank-emotional-literacy-support = Taageerada fahamka dareenka ({ EN("emotional literacy support") }): fadhi toddobaadle ah oo lala yeesho kaaliyaha macallinka oo tababar u leh, si looga hadlo dareenka loona barto siyaabo lagula tacaalo

bank-social-skills-group = Koox xirfadaha bulshada: ciyaaro koox yar ah oo lagu barto wax wadaagidda, kala sugidda iyo in laga badiyo iyadoo aan la xanaaqin

bank-calm-space-with-timer = Meel xasilloon oo deggan oo fasalka gudihiisa ama u dhow, oo nasasho gaaban lagu qaato iyadoo la adeegsanayo saacad ciid ah, kadibna dib loogu laabto waxbarashada

bank-meet-and-greet = Soo dhaweyn albaabka ({ EN("meet and greet") }): subax kasta, qof weyn oo la yaqaan ayaa { $name } ku soo dhaweeya albaabka, kana caawiya la qabsashada

bank-praise-and-reward-chart = Ammaan cad oo lagu bixiyo doorashooyinka wanaagsan, iyo shaxda abaalmarinta oo leh hadafyo yaryar oo lagula heshiiyay { $name }

bank-restorative-conversations = Wada-hadal wax lagu hagaajiyo: dhibaato kadib, qof weyn ayaa ilmo kasta ka caawiya inuu sheego waxa dhacay, sida uu dareemay iyo sida wax loo hagaajiyo

bank-best-part-of-the-day = Ka hor seexashada, ilmahaaga weydii qaybta ugu fiicnayd ee maalinta iyo hal wax oo adkaa, kadibna si deggan u dhegayso.

bank-slow-breathing-together = Marka qof kastaa deggan yahay, ilmahaaga la celceli neefsasho tartiib ah: neef qaado adigoo ilaa afar tirinaya, kadibna neefta sii daa adigoo ilaa afar tirinaya.

bank-praise-effort-at-home = Fiiro dadaalka iyo naxariista { $name }, oo si cad ugu sheeg waxa wanaagsanaa.

bank-tell-school-about-changes = U sheeg dugsiga isbeddellada guriga, sida guri u guurid, ilmo cusub oo dhashay ama qof la waayay, si shaqaalaha dugsigu u caawin karaan.

bank-difficult-moments-record = Diiwaanka xilliyada adag (waxa dhacay ka hor, falcelinta { $name } iyo waxa dhacay kadib), oo la eego toddobaad kasta.

bank-feelings-questionnaire = Su'aalo gaaban oo ku saabsan dareenka, oo lala buuxiyo { $name } bilowga iyo dhammaadka qorshaha.

bank-daily-smiley-chart = Shax maalinle ah oo leh waji dhoolacadeynaya qayb kasta oo maalinta ah, oo lala wadaago qoyska, lana eego Jimce kasta.

bank-need-managing-feelings = Waxaa ku adag { $name } maaraynta dareenka xooggan, iyo dib u degidda kadib xanaaq ama murugo.

bank-share-a-worry = { $gender ->
        [female] { $name } waxay la wadaagi doontaa walwal
        [male] { $name } wuxuu la wadaagi doonaa walwal
       *[other] Hadafka { $name } waa la wadaagidda walwal
    } qof weyn oo lagu kalsoon yahay, iyadoo la hadlayo, sawir la samaynayo ama la adeegsanayo sanduuqa walwalka, ugu yaraan { $times ->
        [one] hal mar
       *[other] { $times } jeer
    } toddobaadkii.

bank-use-calm-plan = { $gender ->
        [female] { $name } waxay isticmaali doontaa fikrad ka mid ah qorshaheeda xasilloonida
        [male] { $name } wuxuu isticmaali doonaa fikrad ka mid ah qorshihiisa xasilloonida
       *[other] Hadafka { $name } waa isticmaalka fikrad ka mid ah qorshaha xasilloonida
    }, sida neefsasho tartiib ah ama tuujinta kubad jilicsan, marka { $gender ->
        [female] ay walwasho
        [male] uu walwalo
       *[other] uu walwalo ama ay walwasho
    }, { $times } ka mid ah { $of } jeer.

bank-speak-to-adults-in-school = { $gender ->
        [female] { $name } waxay la hadli doontaa
        [male] { $name } wuxuu la hadli doonaa
       *[other] Hadafka { $name } waa la hadlidda
    } { $count ->
        [one] hal qof oo weyn
       *[other] { $count } qof oo waaweyn
    } oo dugsiga jooga, iyadoo laga bilaabayo qof weyn oo la yaqaan, meel xasilloon.

bank-try-something-new = { $gender ->
        [female] { $name } waxay isku dayi doontaa
        [male] { $name } wuxuu isku dayi doonaa
       *[other] Hadafka { $name } waa isku dayidda
    } { $count ->
        [one] hal hawl oo cusub
       *[other] { $count } hawlood oo cusub
    } nus xilli-waxbarasho kasta, sida naadi ama ciyaar cusub, iyadoo qof weyn oo la yaqaan u dhow yahay.

bank-notice-early-signs-of-anger = { $gender ->
        [female] { $name } waxay garan doontaa calaamadaha hore ee xanaaqa, sida wejiga oo kululaada ama gacmaha oo la isku adkeeyo, waxayna u sheegi doontaa qof weyn
        [male] { $name } wuxuu garan doonaa calaamadaha hore ee xanaaqa, sida wejiga oo kululaada ama gacmaha oo la isku adkeeyo, wuxuuna u sheegi doonaa qof weyn
       *[other] Hadafka { $name } waa garashada calaamadaha hore ee xanaaqa, sida wejiga oo kululaada ama gacmaha oo la isku adkeeyo, iyo u sheegidda qof weyn
    }, { $times } ka mid ah { $of } jeer.

bank-help-put-things-right = { $gender ->
        [female] { $name } waxay si deggan ula hadli doontaa qof weyn dhibaato kadib, waxayna soo jeedin doontaa
        [male] { $name } wuxuu si deggan ula hadli doonaa qof weyn dhibaato kadib, wuxuuna soo jeedin doonaa
       *[other] Hadafka { $name } waa si deggan ula hadlidda qof weyn dhibaato kadib, iyo soo jeedinta
    } hab wax loogu hagaajiyo, { $times } ka mid ah { $of } jeer.

bank-attend-school-per-cent = { $gender ->
        [female] { $name } waxay dugsiga joogi doontaa
        [male] { $name } wuxuu dugsiga joogi doonaa
       *[other] Hadafka { $name } waa joogitaanka dugsiga
    } ugu yaraan { $percent } boqolkiiba maalmaha dugsiga ee xilli-waxbarashadan.

bank-time-in-class-each-day = { $gender ->
        [female] { $name } waxay fasalka joogi doontaa
        [male] { $name } wuxuu fasalka joogi doonaa
       *[other] Hadafka { $name } waa joogitaanka fasalka
    } { $hours ->
        [one] hal saacad
       *[other] { $hours } saacadood
    } maalintii. Inta kale ee maalinta waxaa la joogaa meel xasilloon, iyadoo qof weyn oo la yaqaan la joogo.

bank-settle-after-playtime = { $gender ->
        [female] { $name } waxay nasashada ka soo geli doontaa, waxayna ku degi doontaa miiskeeda
        [male] { $name } wuxuu nasashada ka soo geli doonaa, wuxuuna ku degi doonaa miiskiisa
       *[other] Hadafka { $name } waa nasashada ka soo gelidda iyo miiska ku degidda
    } { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } gudahood, { $days } ka mid ah { $of } maalmood.

bank-invite-someone-to-play = { $gender ->
        [female] { $name } waxay ilmo kale ka codsan doontaa inay wada ciyaaraan
        [male] { $name } wuxuu ilmo kale ka codsan doonaa inay wada ciyaaraan
       *[other] Hadafka { $name } waa in ilmo kale laga codsado in la wada ciyaaro
    }, ugu yaraan { $times ->
        [one] hal mar
       *[other] { $times } jeer
    } toddobaadkii.

bank-kind-things-for-others = { $gender ->
        [female] { $name } waxay samayn doontaa
        [male] { $name } wuxuu samayn doonaa
       *[other] Hadafka { $name } waa samaynta
    } { $count ->
        [one] hal wax oo naxariis leh
       *[other] { $count } wax oo naxariis leh
    } oo loogu talagalay carruurta kale maalin kasta, sida wax wadaagid ama caawin, oo qof weyn arko.

bank-have-a-go-at-hard-tasks = { $gender ->
        [female] { $name } waxay isku dayi doontaa hawl adag, iyadoo leh «waan isku dayi karaa» halkii ay diidi lahayd
        [male] { $name } wuxuu isku dayi doonaa hawl adag, isagoo leh «waan isku dayi karaa» halkii uu diidi lahaa
       *[other] Hadafka { $name } waa isku dayga hawl adag, iyo in la yiraahdo «waan isku dayi karaa» halkii la diidi lahaa
    }, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-cope-with-mistakes = { $gender ->
        [female] { $name } waxay xasilloonaan doontaa marka qalad loo tilmaamo, waxayna sixi doontaa
        [male] { $name } wuxuu xasilloonaan doonaa marka qalad loo tilmaamo, wuxuuna sixi doonaa
       *[other] Hadafka { $name } waa xasilloonaanta marka qalad la tilmaamo, iyo sixidda qaladka
    }, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-share-work-with-pride = { $gender ->
        [female] { $name } waxay qof weyn ama fasalka tusi doontaa shaqo ay ku faanto
        [male] { $name } wuxuu qof weyn ama fasalka tusi doonaa shaqo uu ku faano
       *[other] Hadafka { $name } waa in qof weyn ama fasalka la tuso shaqo lagu faano
    }, ugu yaraan { $times ->
        [one] hal mar
       *[other] { $times } jeer
    } toddobaadkii.

bank-stay-on-task-with-timer = { $gender ->
        [female] { $name } waxay sii wadi doontaa hawl
        [male] { $name } wuxuu sii wadi doonaa hawl
       *[other] Hadafka { $name } waa sii wadidda hawl
    } muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } ah, iyadoo la adeegsanayo saacad lagu arko waqtiga haray, ka hor nasasho gaaban oo la qorsheeyay.

bank-back-to-work-after-signal = { $gender ->
        [female] { $name } waxay dib ugu laaban doontaa shaqada
        [male] { $name } wuxuu dib ugu laaban doonaa shaqada
       *[other] Hadafka { $name } waa dib ugu laabashada shaqada
    } kadib calaamad aamusan oo qof weyn bixiyo, sida miiska oo si tartiib ah loo garaaco, { $times } ka mid ah { $of } jeer.

bank-walk-in-line-safely = { $gender ->
        [female] { $name } waxay geli doontaa safka, waxayna si ammaan ah ula socon doontaa fasalka
        [male] { $name } wuxuu geli doonaa safka, wuxuuna si ammaan ah ula socon doonaa fasalka
       *[other] Hadafka { $name } waa safka gelidda iyo si ammaan ah ula socodka fasalka
    }, iyadoo aan safka laga bixin, { $times } ka mid ah { $of } jeer.

bank-visit-new-class = { $gender ->
        [female] { $name } waxay samayn doontaa
        [male] { $name } wuxuu samayn doonaa
       *[other] Hadafka { $name } waa samaynta
    } { $count ->
        [one] hal booqasho
       *[other] { $count } booqasho
    } oo fasalka ama dugsiga cusub ah, ka hor guurka, iyadoo la sheegayo hal wax oo farxad lagu sugayo.

bank-key-adult = Qof weyn oo muhiim ah ({ EN("key adult") }): qof weyn oo la magacaabay oo { $name } u diyaar ah, maalin kasta la kulma, lana xiriira qoyska

bank-worry-box = Sanduuq ama buug walwal, oo walwalka { $name } la dhigo, si hadhow looga wada hadlo qof weyn

bank-personal-calm-plan = Qorshe xasilloonid oo lala sameeyay { $name }: calaamadaha hore ee xanaaqa ama ka xumaanshaha, waxa caawiya, iyo meesha loo aado si loo dego

bank-emotion-coaching = { EN("Emotion coaching") } (hagidda dareenka): dadka waaweyni marka hore waxay magacaabaan dareenka, waxayna muujiyaan inay fahmeen, kadibna waxay ka caawiyaan waxa xiga ee la sameeyo

bank-gradual-return-plan = Qorshe waqtiga dugsiga lagu kordhiyo tallaabo tallaabo, iyadoo la haysto meel xasilloon iyo qof weyn oo la yaqaan, oo lagula heshiiyay qoyska, lana hubiyo marar badan

bank-attendance-support-meeting = Taageerada imaanshaha dugsiga: wicitaan taleefan oo guriga loo sameeyo maalinta ugu horreysa ee maqnaanshaha, iyo kulan lala yeesho qoyska si loo heshiiyo waxa caawin doona

bank-quiet-signal-to-refocus = Calaamad aamusan oo lagula heshiiyay { $name }, sida gacan miiska la saaro, si dareenka hawsha loogu soo celiyo iyadoo aan la canaanan

bank-transition-visits-and-booklet = Caawimaad u guuritaanka: booqashooyin dheeraad ah oo fasalka ama dugsiga cusub ah, iyo buug yar oo leh sawirrada qolalka iyo shaqaalaha cusub, oo la eego inta fasaxu socdo

bank-circle-of-friends = { EN("Circle of friends") } (goobada saaxiibada): koox yar oo arday fasalka ah oo toddobaad kasta la kulma qof weyn, kuna heshiiya siyaabo ay { $name } uga caawiyaan fasalka iyo ciyaarta

bank-playground-buddies = Saaxiibada garoonka: carruur ka waaweyn oo tababar loo siiyay, kana caawiya ciyaaraha iyo saaxiibtinimada xilliga nasashada

bank-class-job-for-confidence = Shaqo fasalka ah, sida buugaagta oo la qaybiyo ama dhirta oo la daryeelo, si loo dhiso kalsoonida iyo dareenka in fasalka laga mid yahay

bank-mental-health-support-team = Fadhiyo wada-hadal oo gaagaaban oo lala yeesho la-taliyaha dugsiga ama kooxda taageerada caafimaadka maskaxda ee la shaqaysa dugsiga

bank-calm-morning-routine = Subaxyada ka dhig kuwo deggan oo maalin kasta isku mid ah, adoo adeegsanaya liis sawirro leh oo muujinaya sida loogu diyaar garoobo dugsiga.

bank-regular-bedtime-screens-off = Ku dheggan waqti seexasho oo go'an, oo dami shaashadaha saacad ka hor hurdada.

bank-invite-friend-to-play = U yeer saaxiib fasalka ka mid ah si loogu wada ciyaaro guriga ama beerta nasashada, marka hore muddo gaaban.

bank-worry-time = Dhig waqti walwalka: dhowr daqiiqo maalin kasta oo looga hadlo walwalka, kadibna wax wanaagsan wada sameeya.

bank-small-jobs-at-home = { $name } sii shaqo yar oo guriga ah, sida diyaarinta miiska cuntada, oo mahadsanid dheh marka la dhammeeyo.

bank-talk-about-new-class = Inta fasaxu socdo, ilmahaaga la eeg buugga yar iyo sawirrada dugsiga, oo kala hadal fasalka cusub.

bank-attendance-checked-weekly = Imaanshaha iyo soo daahitaanka waxaa la hubiyaa toddobaad kasta, waxaana lala wadaagaa qoyska.

bank-weekly-feelings-rating = Toddobaad kasta, { $name } waxaa la tusaa cabbirka dareenka si loo doorto waji muujinaya sida dugsigu yahay; jawaabaha waa la isbarbar dhigaa inta qorshuhu socdo.

bank-time-on-task-recorded = Toddobaad kasta, laba cashar, qof weyn ayaa cabbira inta ay le'eg tahay diiradda { $name } ee hawsha, wuxuuna qoraa.

bank-home-school-book = Buugga guriga iyo dugsiga: qoraal gaaban oo maalin kasta dugsiga ka yimaada, iyo mid guriga ka yimaada marka war jiro, kuwaas oo la wada eego dib-u-eegista.

bank-midday-staff-notes = Shaqaalaha xilliga qadada ayaa toddobaad kasta qora qoraal gaaban oo ku saabsan sida nasashooyinka iyo qadooyinku u dhaceen.

## Sensory and physical

bank-pencil-grip = { $gender ->
        [female] { $name } waxay qaban doontaa
        [male] { $name } wuxuu qaban doonaa
       *[other] Hadafka { $name } waa qabashada
    } qalinka iyadoo la adeegsanayo saddex far (suulka iyo laba far oo kale), muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } oo qoraal ah.

bank-put-on-coat = { $gender ->
        [female] { $name } waxay xiran doontaa jaakaddeeda, waxayna xiri doontaa siibka
        [male] { $name } wuxuu xiran doonaa jaakaddiisa, wuxuuna xiri doonaa siibka
       *[other] Hadafka { $name } waa xirashada jaakadda iyo xiridda siibka
    } iyadoo aan la caawin, { $days } ka mid ah { $of } maalmood.

bank-change-for-pe = { $gender ->
        [female] { $name } waxay u beddelan doontaa
        [male] { $name } wuxuu u beddelan doonaa
       *[other] Hadafka { $name } waa u beddelashada
    } dharka jimicsiga ({ EN("PE") }) iyadoo aan la caawin, muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } ah ama ka yar.

bank-cut-along-line = { $gender ->
        [female] { $name } waxay maqas ku jari doontaa
        [male] { $name } wuxuu maqas ku jari doonaa
       *[other] Hadafka { $name } waa maqas ku jaridda
    } xariiq buuran, iyadoo aan xariiqda laga fogaan, { $times } ka mid ah { $of } jeer.

bank-balance-on-one-leg = { $gender ->
        [female] { $name } waxay hal lug ku istaagi doontaa
        [male] { $name } wuxuu hal lug ku istaagi doonaa
       *[other] Hadafka { $name } waa hal lug ku istaagidda
    }, dhinac kasta, muddo { $seconds ->
        [one] hal ilbiriqsi
       *[other] { $seconds } ilbiriqsi
    } ah.

bank-wear-hearing-aids = { $gender ->
        [female] { $name } waxay xiran doontaa qalabkeeda maqalka
        [male] { $name } wuxuu xiran doonaa qalabkiisa maqalka
       *[other] Hadafka { $name } waa xirashada qalabka maqalka
    } maalinta dugsiga oo dhan, { $days } ka mid ah { $of } maalmood.

bank-say-when-not-heard = { $gender ->
        [female] { $name } waxay u sheegi doontaa
        [male] { $name } wuxuu u sheegi doonaa
       *[other] Hadafka { $name } waa u sheegidda
    } qof weyn marka wax aan si cad loo maqlin ama loo arkin, iyadoo la adeegsanayo ereyo ama kaar, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-use-large-print = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } xarfo waaweyn ama muraayad wax weyneysa si shaqada fasalka loo akhriyo, iyadoo aan la xusuusin, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-find-way-around-school = { $gender ->
        [female] { $name } waxay keligeed heli doontaa jidka
        [male] { $name } wuxuu keligiis heli doonaa jidka
       *[other] Hadafka { $name } waa helidda jidka
    } u socda fasalka ilaa hoolka, musqulaha iyo garoonka ciyaarta, iyadoo aan la caawin, { $days } ka mid ah { $of } maalmood.

bank-write-words-in-time = { $gender ->
        [female] { $name } waxay qori doontaa
        [male] { $name } wuxuu qori doonaa
       *[other] Hadafka { $name } waa qorista
    } { $words ->
        [one] hal erey
       *[other] { $words } erey
    } { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } gudahood, iyadoo xarfaha ay fududahay in la akhriyo.

bank-ask-for-movement-break = { $gender ->
        [female] { $name } waxay muujin doontaa
        [male] { $name } wuxuu muujin doonaa
       *[other] Hadafka { $name } waa muujinta
    } kaar si loo codsado nasasho dhaqdhaqaaq marka { $gender ->
        [female] ay degi weydo
        [male] uu degi waayo
       *[other] uu degi waayo ama ay degi weydo
    }, halkii kursiga laga kici lahaa, { $times } ka mid ah { $of } jeer.

bank-stay-in-assembly = { $gender ->
        [female] { $name } waxay joogi doontaa
        [male] { $name } wuxuu joogi doonaa
       *[other] Hadafka { $name } waa joogidda
    } hoolka muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } ah inta lagu jiro kulanka guud ee dugsiga ({ EN("assembly") }), iyadoo la xiran karo daboolka dhegaha ee buuqa celiya haddii loo baahdo.

bank-fine-motor-group = Koox xirfadaha gacmaha iyo faraha: hawlo gaagaaban, sida kuulo xarig lagu duro, biinanka dharka iyo { EN("dough disco") } (cajiin la tuujiyo oo la duudduubo iyadoo muusig socdo), si gacmuhu u xoogaystaan

bank-therapy-exercise-programme = Barnaamij jimicsi oo ka yimid daaweeyaha hawlaha maalinlaha ah ama daaweeyaha jirka iyo dhaqdhaqaaqa, oo lala sameeyo kaaliyaha macallinka

bank-radio-aid = Qalabka raadiyaha ({ EN("radio aid") }): macallinku wuxuu xirtaa makarafoon yar oo codka si toos ah ugu gudbiya { $gender ->
        [female] qalabkeeda maqalka
        [male] qalabkiisa maqalka
       *[other] qalabka maqalka ee ilmaha
    }

bank-seat-near-the-front = Kursi safka hore ah, oo u jeeda macallinka, iftiin wanaagsan leh, kana fog buuqa

bank-large-print-materials = Waraaqaha shaqada iyo buugaag ku qoran xarfo waaweyn oo midabadu si cad u kala duwan yihiin, oo lagu sameeyay talada adeegga taageerada aragga iyo maqalka

bank-sensory-circuit = Wareegga dareenka ({ EN("sensory circuit") }): hawlo dhaqdhaqaaq oo gaagaaban subax kasta, si { $name } looga caawiyo { $gender ->
        [female] inay degto oo ay u diyaar garowdo
        [male] inuu dego oo uu u diyaar garoobo
       *[other] degganaanshaha iyo u diyaar garowga
    } waxbarashada

bank-movement-breaks = Nasasho dhaqdhaqaaq oo la qorsheeyay: hawlo yaryar ama jimicsi inta casharka lagu jiro, sida fariin loo geeyo xafiiska

bank-ear-defenders-and-quiet-place = Daboolka dhegaha ee buuqa celiya, iyo meel xasilloon oo la aado marka fasalku aad u buuq badan yahay

bank-finger-games-at-home = Ilmahaaga la ciyaar ciyaaro faraha yaryar lagu dhaqaajiyo, sida kuulo xarig lagu duro, wax lagu dhiso qalab dhismo oo yaryar, ama dhar lagu qabatiyo biinanka dharka.

bank-dressing-practice = Subaxdii, { $gender ->
        [female] { $name } sii waqti ay keligeed dharkeeda ku xiran karto
        [male] { $name } sii waqti uu keligiis dharkiisa ku xiran karo
       *[other] { $name } sii waqti ku filan oo loogu talagalay xirashada dharka iyadoo aan la caawin
    }, oo ka caawi qaybta ugu adag oo keliya.

bank-check-hearing-aids-daily = Dugsiga ka hor, hubi in qalabka maqalku shaqaynayo, oo baytariyo dheeraad ah ku rid boorsada dugsiga.

bank-active-play-at-the-park = Ilmahaaga la tag beerta nasashada, oo ku ciyaara qalabka la fuulo, kuraasida la isku lulo iyo wax kasta oo u baahan dheelitirnaan.

bank-therapist-checks-goals = Daaweeyaha hawlaha maalinlaha ah ama daaweeyaha jirka iyo dhaqdhaqaaqa ayaa booqasho kasta hubiya horumarka, isagoo eegaya hadafyada uu dejiyay.

bank-time-taken-recorded-weekly = Waqtiga ay hawl qaadato, sida u beddelashada dharka jimicsiga, waxaa la qoraa toddobaad kasta, si loo arko inuu gaabanayo.

bank-specialist-teacher-report = Macallinka takhasuska leh ee adeegga taageerada aragga iyo maqalka ayaa daawada hal cashar laba mar xilli-waxbarasho kasta, wuxuuna qoraa warbixin gaaban.

bank-need-fine-motor-skills = Waxaa ku adag { $name } far-qoraalka, wax jaridda iyo hawlo kale oo u baahan dhaqdhaqaaq gacmeed yar oo taxaddar leh.

bank-check-own-hearing-aids = { $gender ->
        [female] { $name } waxay subax kasta qof weyn la hubin doontaa qalabkeeda maqalka, waxayna sheegi doontaa haddii uu si fiican u shaqaynayo
        [male] { $name } wuxuu subax kasta qof weyn la hubin doonaa qalabkiisa maqalka, wuxuuna sheegi doonaa haddii uu si fiican u shaqaynayo
       *[other] Hadafka { $name } waa in subax kasta qalabka maqalka lala hubiyo qof weyn, lana sheego haddii uu si fiican u shaqaynayo
    }, { $days } ka mid ah { $of } maalmood.

bank-hand-over-radio-aid = { $gender ->
        [female] { $name } waxay macallinka siin doontaa
        [male] { $name } wuxuu macallinka siin doonaa
       *[other] Hadafka { $name } waa macallinka siinta
    } makarafoonka qalabka raadiyaha bilowga casharka, iyadoo aan la xusuusin, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-read-braille-words = { $gender ->
        [female] { $name } waxay si sax ah u akhrin doontaa
        [male] { $name } wuxuu si sax ah u akhrin doonaa
       *[other] Hadafka { $name } waa si sax ah u akhrinta
    } { $count } ka mid ah { $total ->
        [one] hal erey
       *[other] { $total } erey
    } oo ku qoran farta indhoolayaasha ({ EN("braille") }).

bank-walk-with-walking-aid = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } qalab socod si looga tago fasalka ilaa hoolka laguna soo noqdo, iyadoo qof weyn u dhow yahay, { $days } ka mid ah { $of } maalmood.

bank-ask-for-rest-or-change-of-position = { $gender ->
        [female] { $name } waxay qof weyn u sheegi doontaa marka ay u baahato
        [male] { $name } wuxuu qof weyn u sheegi doonaa marka uu u baahdo
       *[other] Hadafka { $name } waa u sheegidda qof weyn marka loo baahdo
    } nasasho ama in la beddelo sida loo fadhiyo, { $times } ka mid ah { $of } jeer.

bank-use-stairs-safely = { $gender ->
        [female] { $name } waxay si ammaan ah u kori doontaa oo uga degi doontaa
        [male] { $name } wuxuu si ammaan ah u kori doonaa oo uga degi doonaa
       *[other] Hadafka { $name } waa si ammaan ah u koridda iyo uga degidda
    } jaranjarada, iyadoo lug kasta hal jaranjaro la saarayo, birta jaranjaradana la haysto, { $days } ka mid ah { $of } maalmood.

bank-catch-a-ball = { $gender ->
        [female] { $name } waxay qaban doontaa
        [male] { $name } wuxuu qaban doonaa
       *[other] Hadafka { $name } waa qabashada
    } kubad weyn oo si tartiib ah loogu tuuro meel { $steps ->
        [one] hal tallaabo
       *[other] { $steps } tallaabo
    } u jirta, { $times } ka mid ah { $of ->
        [one] hal tuuris
       *[other] { $of } tuuris
    }.

bank-hop-on-each-foot = { $gender ->
        [female] { $name } waxay hal lug ku boodi doontaa
        [male] { $name } wuxuu hal lug ku boodi doonaa
       *[other] Hadafka { $name } waa hal lug ku boodidda
    } { $times ->
        [one] hal mar
       *[other] { $times } jeer
    } lug kasta, iyadoo aan la dhicin.

bank-do-up-buttons = { $gender ->
        [female] { $name } waxay xiri doontaa
        [male] { $name } wuxuu xiri doonaa
       *[other] Hadafka { $name } waa xiridda
    } { $count ->
        [one] hal badhan
       *[other] { $count } badhan
    } oo shaati ama funaanad ah, iyadoo aan la caawin.

bank-type-words-per-minute = { $gender ->
        [female] { $name } waxay kombuyuutarka ku qori doontaa
        [male] { $name } wuxuu kombuyuutarka ku qori doonaa
       *[other] Hadafka { $name } waa kombuyuutarka ku qorista
    } { $words ->
        [one] hal erey
       *[other] { $words } erey
    } daqiiqaddii, iyadoo labada gacmood la isticmaalayo.

bank-use-knife-and-fork = { $gender ->
        [female] { $name } waxay isticmaali doontaa
        [male] { $name } wuxuu isticmaali doonaa
       *[other] Hadafka { $name } waa isticmaalka
    } mindi iyo fargeeto si cunto jilicsan loogu jaro waqtiga qadada, { $days } ka mid ah { $of } maalmood.

bank-open-lunch-items = { $gender ->
        [female] { $name } waxay furi doontaa
        [male] { $name } wuxuu furi doonaa
       *[other] Hadafka { $name } waa furidda
    } { $count } ka mid ah { $total ->
        [one] hal shay
       *[other] { $total } shay
    } (baakado iyo weelal) oo ku jira qadada guriga laga keeno, iyadoo aan la caawin.

bank-try-new-foods = { $gender ->
        [female] { $name } waxay tijaabin doontaa
        [male] { $name } wuxuu tijaabin doonaa
       *[other] Hadafka { $name } waa tijaabinta
    } { $count ->
        [one] hal cunto oo cusub
       *[other] { $count } cunto oo cusub
    } waqtiga qadada nus xilli-waxbarasho kasta, iyadoo cunto kasta la eegayo, la taabanayo, la urinayo ama la dhadhaminayo.

bank-join-messy-play = { $gender ->
        [female] { $name } waxay ka qayb qaadan doontaa
        [male] { $name } wuxuu ka qayb qaadan doonaa
       *[other] Hadafka { $name } waa ka qayb qaadashada
    } hawl gacmaha lagu wasakheeyo, sida rinjiyeyn ama cunto karis, muddo { $minutes ->
        [one] hal daqiiqo
       *[other] { $minutes } daqiiqo
    } ah, iyadoo gacmo-gashi la xiran karo haddii la rabo.

bank-use-sensory-tools = { $gender ->
        [female] { $name } waxay isticmaali doontaa qalab ka mid ah xirmadeeda dareenka
        [male] { $name } wuxuu isticmaali doonaa qalab ka mid ah xirmadiisa dareenka
       *[other] Hadafka { $name } waa isticmaalka qalab ka mid ah xirmada dareenka
    }, sida barkin ruxruxda ama wax gacmaha lagu ciyaaro, si loo dego, { $times } ka mid ah { $of ->
        [one] hal cashar
       *[other] { $of } cashar
    }.

bank-know-signs-of-feeling-unwell = { $gender ->
        [female] { $name } waxay magacaabi doontaa
        [male] { $name } wuxuu magacaabi doonaa
       *[other] Hadafka { $name } waa magacaabidda
    } { $count ->
        [one] hal calaamad
       *[other] { $count } calaamadood
    } oo muujinaya in caawimaad caafimaad loo baahan yahay, sida gariir ama neef ku yaraan, iyo sidoo kale qofka weyn ee loo sheegayo.

bank-help-with-own-medical-care = { $gender ->
        [female] { $name } waxay ka qayb qaadan doontaa daryeelkeeda caafimaad
        [male] { $name } wuxuu ka qayb qaadan doonaa daryeelkiisa caafimaad
       *[other] Hadafka { $name } waa ka qayb qaadashada daryeelka caafimaad ee ilmaha
    }, sida hubinta sonkorta dhiigga, iyadoo qof weyn daawanayo, { $days } ka mid ah { $of } maalmood.

bank-ask-for-toilet-in-time = { $gender ->
        [female] { $name } waxay waqtiga ku codsan doontaa inay musqusha aaddo
        [male] { $name } wuxuu waqtiga ku codsan doonaa inuu musqusha aado
       *[other] Hadafka { $name } waa in musqusha waqtiga lagu codsado
    }, iyadoo la adeegsanayo ereyo ama kaar. Toddobaadkii waxaa jiri kara ugu badnaan { $count ->
        [one] hal mar
       *[other] { $count } jeer
    } oo aan musqusha waqtiga lagu gaarin.

bank-wash-hands-after-toilet = { $gender ->
        [female] { $name } waxay dhaqi doontaa oo qallajin doontaa gacmaheeda
        [male] { $name } wuxuu dhaqi doonaa oo qallajin doonaa gacmihiisa
       *[other] Hadafka { $name } waa dhaqidda iyo qallajinta gacmaha
    } kadib musqusha, iyadoo aan la xusuusin, { $times } ka mid ah { $of } jeer.

bank-deaf-friendly-teaching = Waxbarid ku habboon carruurta maqalku ku adag yahay: macallinku wuxuu u jeedaa fasalka marka uu hadlayo, ereyada muhiimka ah waxaa lagu qoraa looxa, muuqaaladuna waxay leeyihiin qoraal hoose

bank-braille-teaching = Casharro farta indhoolayaasha ({ EN("braille") }) ah oo uu bixiyo macallin takhasus leh, iyo shaqada fasalka oo farta indhoolayaasha loogu diyaariyo cashar kasta ka hor

bank-mobility-training = Tababar socod iyo dhaqdhaqaaq oo uu bixiyo khabiir, si loo barto sida dugsiga loogu dhex socdo, jidkana loo helo si ammaan ah iyadoo aan la caawin

bank-sloped-board-and-pencil-grip = Loox qoraal oo janjeera iyo qabsade qalin oo caag jilicsan ah, si qoraalku u fududaado una raaxo badnaado

bank-typing-for-longer-writing = Laptop ama tablet loogu talagalay qoraallada dhaadheer, iyo tababar kombuyuutar ku qoris toddobaad kasta

bank-moving-and-handling-plan = Qorshe kor u qaadidda iyo dhaqaajinta ah, oo lala qoray daaweeyaha jirka iyo dhaqdhaqaaqa, si ammaan ah loogu qaado, loogu dhaqaajiyo loona beddelo sida loo fadhiyo, oo ay fuliyaan shaqaale tababaran

bank-gross-motor-group = Koox dhaqdhaqaaq: fadhiyo gaagaaban oo ciyaaro dheelitirnaan, boodid, tuuris iyo qabasho ah, si loo dhiso xoogga iyo isku-dubbaridka jirka

bank-sensory-diet = Barnaamij dareen ({ EN("sensory diet") }): hawlo la qorsheeyay oo maalinta oo dhan ah, sida wax la qaado, wax la riixo ama waqti xasilloon, oo uu dejiyay daaweeyaha hawlaha maalinlaha ah, si { $name } looga caawiyo { $gender ->
        [female] inay degto oo ay feejignaato
        [male] inuu dego oo uu feejignaado
       *[other] degganaanshaha iyo feejignaanta
    }

bank-sensory-tool-kit = Xirmada dareenka: waxyaabo sida barkin ruxruxda, alaab gacmaha lagu ciyaaro iyo wax ammaan ah oo la calaaliyo, si { $name } looga caawiyo degganaanshaha casharrada

bank-individual-health-care-plan = Qorshe daryeel caafimaad oo gaar ah, oo lala qoray qoyska iyo kalkaaliyaha caafimaadka ee dugsiga, kaas oo sheegaya waxa shaqaaluhu sameeyaan maalin kasta iyo xaalad degdeg ah

bank-staff-medical-training = Shaqaale loo tababaray inay daawo bixiyaan oo ay ka caawiyaan xaaladda caafimaad, sida isticmaalka buufinta neefta ama irbadda adrenaalinta

bank-intimate-care-plan = Qorshe daryeel shakhsi ah oo lagula heshiiyay qoyska: hab gaar ah oo qarsoodi ah oo la qorsheeyay oo loogu talagalay musqusha iyo dhar beddelidda, oo ay qabtaan shaqaale la magacaabay

bank-toilet-timetable = Xusuusin lagu aado musqusha waqtiyo go'an maalintii, iyo kaar lagu codsado wakhti kasta

bank-lunchtime-eating-support = Caawimaad waqtiga qadada: meel xasilloon oo wax lagu cuno, cuntada oo la jarjaro haddii loo baahdo, iyo qof weyn oo ku dhiirrigeliya tijaabinta cuntooyin cusub

bank-throw-and-catch = Ilmahaaga la ciyaar tuuris iyo qabasho kubad weyn oo jilicsan, oo sii kala fogaada marka ay fududaato.

bank-help-in-the-kitchen = Jikada, { $name } sii hawlo yaryar: walaaqid, shubid, marin iyo jarid cunto jilicsan.

bank-new-food-next-to-favourite = Qayb yar oo cunto cusub ah dhig meel u dhow cunto la jecel yahay, adigoon ku cadaadin, oo ammaan marka la eego, la taabto ama la dhadhamiyo.

bank-toilet-routine-at-home = Guriga ku yeelo hab musqul oo joogto ah, sida cuntada kadib, adoo adeegsanaya isla ereyada iyo sawirrada dugsiga.

bank-therapy-exercises-at-home = Jimicsiyada daaweeyaha jirka iyo dhaqdhaqaaqa ama daaweeyaha hawlaha maalinlaha ah, ilmahaaga la samee dhowr jeer toddobaadkii.

bank-update-school-on-health = U sheeg dugsiga isbeddel kasta oo ku yimaada caafimaadka ama daawada, oo hubi in daawooyinka dugsiga yaal aanu waqtigoodu dhammaan.

bank-glasses-every-day = Maalin kasta, hubi in muraayadaha { $name } ay nadiif yihiin, dugsigana la xiranayo.

bank-hearing-aid-check-log = Hubinta subaxda ee qalabka maqalka waxaa la qoraa maalin kasta, iyadoo dhibaato kasta lagu daro, waxaana la eegaa toddobaad kasta.

bank-toileting-chart = Shaxda musqusha: maalin kasta waxaa la qoraa waqtiyada dharku qallalan yahay iyo marka aan musqusha waqtiga lagu gaarin, waxaana la eegaa toddobaad kasta.

bank-foods-tried-record = Shaqaalaha xilliga qadada ayaa diiwaan ku haya tijaabooyinka cuntada ee { $name }.

bank-movement-skills-check = Hubin gaaban oo ku saabsan xirfadaha dhaqdhaqaaqa, sida dheelitirnaanta, hal lug ku boodidda iyo qabashada kubadda, bilowga iyo dhammaadka qorshaha.

bank-medical-log = Diiwaanka daawooyinka la bixiyay iyo xilliyada xanuunka { $name }, oo laba mar xilli-waxbarasho kasta la eego, iyadoo qoyska iyo kalkaaliyaha caafimaadka ee dugsigu joogaan.

## Any area

bank-strength-kind-and-helpful = { $gender ->
        [female] { $name } waa gabar naxariis leh, waxayna jeceshahay inay caawiso dadka waaweyn iyo carruurta kale.
        [male] { $name } waa wiil naxariis leh, wuxuuna jecel yahay inuu caawiyo dadka waaweyn iyo carruurta kale.
       *[other] { $name } waa ilmo naxariis leh oo jecel caawinta dadka waaweyn iyo carruurta kale.
    }

bank-strength-creative = { $gender ->
        [female] { $name } waa gabar hal-abuur leh, waxayna ku raaxaysataa sawirista, samaynta iyo dhisidda waxyaabaha.
        [male] { $name } waa wiil hal-abuur leh, wuxuuna ku raaxaystaa sawirista, samaynta iyo dhisidda waxyaabaha.
       *[other] { $name } waa ilmo hal-abuur leh oo ku raaxaysta sawirista, samaynta iyo dhisidda waxyaabaha.
    }

bank-strength-keeps-trying = { $gender ->
        [female] { $name } way sii waddaa isku dayga, xitaa marka hawshu adag tahay.
        [male] { $name } wuu sii wadaa isku dayga, xitaa marka hawshu adag tahay.
       *[other] Isku dayga { $name } ma joogsado, xitaa marka hawshu adag tahay.
    }

bank-pupil-views-before-review = Dib-u-eegis kasta ka hor, { $name } waxaa la weydiiyaa waxa si fiican u socda iyo waxa adag, jawaabahana waa la qoraa.

bank-termly-review-meeting = Kulan qoyska lala yeesho xilli-waxbarasho kasta, si hadafyada loo wada eego loona heshiiyo tallaabooyinka xiga.

## Assessments

bank-reading-and-spelling-assessment = Baaritaanka akhriska iyo higgaadda

bank-maths-assessment = Baaritaanka xisaabta, si loo ogaado xirfadaha tirooyinka ee u baahan celcelin dheeraad ah

bank-dyslexia-screening = Baaritaanka { EN("dyslexia") } (dhibaatada akhriska iyo higgaadda): hubin gaaban oo ku saabsan akhriska, higgaadda iyo xusuusta

bank-educational-psychologist-assessment = Baaritaan uu sameeyo khabiirka cilmi-nafsiga waxbarashada

bank-speech-and-language-assessment = Baaritaan uu sameeyo daaweeyaha hadalka iyo luqadda

bank-autism-assessment-referral = U gudbin adeegga caafimaadka ee deegaanka, si loo sameeyo baaritaanka otisamka ({ EN("autism") })

bank-mental-health-assessment = Baaritaan uu sameeyo { EN("CAMHS") }, adeegga caafimaadka maskaxda ee carruurta iyo dhallinyarada ee deegaanka

bank-hearing-test-audiology = Baaritaanka maqalka ee adeegga maqalka ({ EN("audiology") })

bank-eye-clinic-assessment = Baaritaanka indhaha ee rugta indhaha ee isbitaalka

bank-occupational-therapy-assessment = Baaritaan uu sameeyo daaweeyaha hawlaha maalinlaha ah, oo ku saabsan dhaqdhaqaaqa, far-qoraalka iyo is-daryeelka

bank-specialist-teacher-learning-assessment = Baaritaan uu sameeyo macallinka takhasuska u leh dhibaatooyinka waxbarashada, oo ku saabsan akhriska, qoraalka, xisaabta iyo xusuusta

bank-handwriting-speed-check = Hubinta xawaaraha far-qoraalka, si loo ogaado in waqti dheeraad ah ama kombuyuutar ku qoris ay caawin lahaayeen

bank-autism-outreach-observation = Indha-indheyn fasalka iyo ciyaarta ah oo ay samayso kooxda taageerada otisamka ({ EN("autism outreach") }), iyo talo loo siiyo shaqaalaha

bank-stammering-assessment = Baaritaan uu sameeyo daaweeyaha hadalka iyo luqadda ee la shaqeeya carruurta hadalku ku xayiro

bank-adhd-assessment-referral = U gudbin adeegga caafimaadka ee deegaanka, si loo sameeyo baaritaanka { EN("ADHD") } (dhibaatada feejignaanta iyo firfircoonida xad-dhaafka ah)

bank-behaviour-support-observation = Indha-indheyn fasalka ah oo uu sameeyo adeegga taageerada dabeecadda, iyo talo loo siiyo shaqaalaha

bank-physiotherapy-assessment = Baaritaan uu sameeyo daaweeyaha jirka iyo dhaqdhaqaaqa, oo ku saabsan dhaqdhaqaaqa, dheelitirnaanta iyo xoogga

bank-functional-vision-assessment = Baaritaan uu sameeyo macallinka takhasuska u leh carruurta aragga ku adag yahay, oo ku saabsan isticmaalka aragga { $name } ee fasalka

bank-paediatrician-referral = U gudbin dhakhtarka carruurta ee bulshada ({ EN("community paediatrician") }), oo ah dhakhtar hubiya caafimaadka iyo korriinka carruurta

bank-early-help-assessment = Baaritaanka taageerada hore ({ EN("Early Help") }), kaas oo isu keena qoyska iyo adeegyada deegaanka si loo heshiiyo taageerada loo baahan yahay

bank-ehc-needs-assessment = Codsi loo gudbiyo dawladda hoose ({ EN("local authority") }) si loo qiimeeyo baahiyaha waxbarashada, caafimaadka iyo daryeelka, taas oo keeni karta Qorshaha Waxbarashada, Caafimaadka iyo Daryeelka ({ EN("EHC plan") })
