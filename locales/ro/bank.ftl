# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "dumneavoastră" (as in iep.ftl). A word card is "cartonașul cu
# cuvinte"; numbers of twenty and more take "de" (CLDR other).

## Cognition and learning

bank-read-common-words = { $name } va citi { $count } dintre cuvintele uzuale de pe cartonașul său cu cuvinte (din totalul de { $total }), la două verificări făcute la o săptămână distanță.

bank-precision-teaching = { EN("Precision teaching") }: câteva minute de exerciții în fiecare zi, cu cartonașe cu cuvinte, câte câteva cuvinte o dată

bank-words-read-checked-weekly = Cuvintele citite corect sunt notate în fiecare săptămână.

bank-read-card-words-at-bedtime = Citiți împreună, înainte de culcare, { $count ->
        [one] un cuvânt
        [few] { $count } cuvinte
       *[other] { $count } de cuvinte
    } de pe cartonaș.

bank-write-sentences-about-picture = { $name } va scrie { $count ->
        [one] o propoziție
        [few] { $count } propoziții
       *[other] { $count } de propoziții
    } despre o imagine, fiecare cu literă mare la început și cu punct la sfârșit.

bank-writing-group-sentence-frames = Un grup mic de scriere care folosește începuturi de propoziții, pe care copiii le completează

bank-writing-samples-checked = Câteva lucrări scrise de { $gender ->
        [female] ea
        [male] el
       *[other] copil
    } sunt păstrate și verificate o dată la două săptămâni.

bank-talk-about-picture = Vorbiți împreună despre o imagine și { $gender ->
        [female] ajutați-o
        [male] ajutați-l
       *[other] ajutați copilul
    } să spună o propoziție cu voce tare, înainte de a o scrie.

bank-read-together-daily = Vă rugăm să citiți cu { $name } câte { $minutes ->
        [one] un minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } în fiecare zi și să semnați caietul de lectură ({ EN("reading record") }).

## Communication and interaction

bank-follow-two-step-instruction = { $name } va urma o instrucțiune în doi pași, dată întregii clase, fără să i se reamintească, { $times ->
        [one] o dată
        [few] de { $times } ori
       *[other] de { $times } de ori
    } din { $of }.

bank-instructions-in-short-steps = Instrucțiunile sunt date în pași scurți, cu o imagine pentru fiecare pas.

bank-tally-chart-weekly = Un tabel în care se trag liniuțe, verificat în fiecare săptămână

bank-two-step-instructions-at-home = Acasă, dați-i instrucțiuni în doi pași și { $gender ->
        [female] lăudați-o
        [male] lăudați-l
       *[other] lăudați copilul
    } când le urmează.

## Social, emotional and mental health

bank-calm-card = { $name } va folosi un cartonaș de calmare și colțul liniștit în loc să țipe, { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    } din { $of }.

bank-feelings-check-in = O scurtă discuție în fiecare dimineață despre cum se simte copilul, cu o scală a emoțiilor

bank-feelings-scale-at-home = Folosiți acasă aceeași scală a emoțiilor și { $gender ->
        [female] lăudați-o
        [male] lăudați-l
       *[other] lăudați copilul
    } când cere o pauză.
