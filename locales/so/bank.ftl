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
