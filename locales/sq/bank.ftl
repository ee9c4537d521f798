# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# Parents are "ju", as in iep.ftl; the word card is "karta e fjalëve". { $name } is only
# ever the subject (nominative), so it never needs a case ending.

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

## Communication and interaction

bank-follow-two-step-instruction = { $name } do të zbatojë një udhëzim me dy hapa që i jepet gjithë klasës, pa pasur nevojë t'ia kujtojë njeri, { $times } herë nga { $of }.

bank-instructions-in-short-steps = Udhëzimet jepen me hapa të shkurtër, me një figurë që tregon çdo hap.

bank-tally-chart-weekly = Një tabelë numërimi me vija, që kontrollohet çdo javë

bank-two-step-instructions-at-home = Në shtëpi, jepini udhëzime me dy hapa dhe lavdërojeni kur i zbaton.

## Social, emotional and mental health

bank-calm-card = { $name } do të përdorë një kartë qetësimi dhe një kënd qetësimi në vend që të bërtasë, { $days } ditë nga { $of }.

bank-feelings-check-in = Një bisedë e shkurtër çdo mëngjes për të parë si ndihet, me një shkallë të ndjenjave

bank-feelings-scale-at-home = Përdorni të njëjtën shkallë të ndjenjave edhe në shtëpi dhe lavdërojeni kur kërkon një pushim.
