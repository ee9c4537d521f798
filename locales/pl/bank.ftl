# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "Państwo" (as in iep.ftl); the name stays in the nominative, so
# each sentence is built with the name as its subject. A word card is "karta ze słowami".

## Cognition and learning

bank-read-common-words = { $name } przeczyta { $count } z { $total } najczęściej używanych słów ze swojej karty ze słowami, przy dwóch sprawdzeniach w odstępie tygodnia.

bank-precision-teaching = { EN("Precision teaching") }: codziennie kilka minut ćwiczeń z kartami ze słowami, po kilka słów naraz

bank-words-read-checked-weekly = Co tydzień zapisujemy słowa przeczytane poprawnie.

bank-read-card-words-at-bedtime = Prosimy przed snem przeczytać razem z dzieckiem { $count ->
        [one] jedno słowo
        [few] { $count } słowa
        [many] { $count } słów
       *[other] { $count } słowa
    } z karty.

bank-write-sentences-about-picture = { $name } napisze { $count ->
        [one] jedno zdanie
        [few] { $count } zdania
        [many] { $count } zdań
       *[other] { $count } zdania
    } o obrazku. W każdym zdaniu użyje wielkiej litery na początku i kropki na końcu.

bank-writing-group-sentence-frames = Zajęcia z pisania w małej grupie, z gotowymi początkami zdań, które dzieci same kończą

bank-writing-samples-checked = { $gender ->
        [female] Jej prace pisemne są zbierane
        [male] Jego prace pisemne są zbierane
       *[other] Prace pisemne dziecka są zbierane
    } i sprawdzane co dwa tygodnie.

bank-talk-about-picture = Prosimy porozmawiać razem o obrazku i pomóc { $gender ->
        [female] jej
        [male] mu
       *[other] dziecku
    } powiedzieć zdanie na głos, zanim je zapisze.

bank-read-together-daily = Niech { $name } codziennie czyta razem z Państwem przez { $minutes ->
        [one] minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }. Prosimy też podpisywać dzienniczek czytania ({ EN("reading record") }).

## Communication and interaction

bank-follow-two-step-instruction = { $name } wykona polecenie z dwóch kroków, wydane całej klasie, bez przypominania: { $times ->
        [one] { $times } raz
        [few] { $times } razy
        [many] { $times } razy
       *[other] { $times } razy
    } na { $of }.

bank-instructions-in-short-steps = Polecenia są podawane krótkimi krokami, a każdy krok pokazuje obrazek.

bank-tally-chart-weekly = Tabelka, w której zaznacza się kreskami, ile razy się udało, sprawdzana co tydzień

bank-two-step-instructions-at-home = Prosimy dawać w domu polecenia z dwóch kroków i chwalić { $gender ->
        [female] ją
        [male] go
       *[other] dziecko
    } za ich wykonanie.

## Social, emotional and mental health

bank-calm-card = { $name } będzie korzystać z karty spokoju i kącika spokoju zamiast krzyczeć, w { $days } z { $of } dni.

bank-feelings-check-in = Każdego ranka krótka rozmowa o tym, jak dziecko się czuje, ze skalą uczuć

bank-feelings-scale-at-home = Prosimy używać w domu tej samej skali uczuć i chwalić { $gender ->
        [female] ją
        [male] go
       *[other] dziecko
    } za to, że prosi o przerwę.
