# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted without a Somali speaker; not yet reviewed by a
# fluent speaker. The parent is "adiga" (singular), as in iep.ftl; the word card is "kaarka
# ereyada". A verb agrees with { $name } (wuxuu … doonaa / waxay … doontaa), so targets
# select on $gender; [other] says "Hadafka { $name } waa …" with a verbal noun, and the home
# activities use the impersonal "la", neither of which needs a gender.

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
