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
