# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Plan wsparcia: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Plan wsparcia: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Indywidualny plan edukacyjny ({ EN("IEP") }): egzemplarz dla rodziny

# Under the main heading, for the school's copy.
iep-copy-school = Indywidualny plan edukacyjny ({ EN("IEP") }): egzemplarz dla szkoły

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Plan nauki w grupie – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Plan nauki w grupie: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Plan nauki w grupie: egzemplarz dla rodziny

# Under the main heading, for the school's copy.
group-copy-school = Plan nauki w grupie: egzemplarz dla szkoły

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } pracuje nad tymi celami w małej grupie razem z innymi dziećmi, które potrzebują takiej samej pomocy. Ten plan opisuje, nad czym pracuje grupa, kto pomaga i jak mogą Państwo pomóc dziecku w domu.

## Opening for parents

iep-intro-heading = O tym planie

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Ten plan pokazuje, jaką dodatkową pomoc dostaje w szkole { $name }. Opisuje, nad czym { $name } pracuje, kto pomaga i jak mogą Państwo pomóc w domu.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Razem z Państwem ponownie omówimy ten plan dnia { $date }. Na tym spotkaniu mogą Państwo zadawać pytania i powiedzieć nam, co myślą o planie. Mogą Państwo przyjść z kimś, kto będzie Państwu towarzyszyć.

iep-intro-formats = Jeśli chcieliby Państwo otrzymać ten plan w innym języku, dużym drukiem lub przeczytany na głos, prosimy o kontakt z sekretariatem szkoły.

## Key facts

facts-heading = Najważniejsze informacje
fact-pupil = Dziecko
fact-known-as = Imię używane na co dzień
fact-date-of-birth = Data urodzenia
fact-year-group = Rocznik w angielskiej szkole ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (najmłodszy rocznik szkoły podstawowej)
       *[other] { $year }
    }

fact-class = Nazwa klasy
fact-family = Rodzice i opiekunowie
fact-stage = Poziom wsparcia
fact-areas = W czym potrzebna jest pomoc
fact-class-teacher = Wychowawca klasy
fact-written-by = Kto przygotował plan
fact-start = Początek planu
fact-review = Data omówienia planu ({ EN("review") })

## Stages of support

stage-sen-support = Wsparcie dla dziecka ze specjalnymi potrzebami edukacyjnymi ({ EN("SEN Support") })
stage-ehc-plan = Plan edukacji, zdrowia i opieki ({ EN("EHC plan") })
stage-early-years-action = Wsparcie w wieku przedszkolnym ({ EN("Early Years Action") })
stage-early-years-action-plus = Wsparcie w wieku przedszkolnym z pomocą specjalistów ({ EN("Early Years Action Plus") })
stage-school-action = Wsparcie w szkole ({ EN("School Action") })
stage-school-action-plus = Wsparcie w szkole z pomocą specjalistów ({ EN("School Action Plus") })
stage-statement = Orzeczenie o specjalnych potrzebach edukacyjnych ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Komunikacja i kontakty z innymi
area-cognition-and-learning = Uczenie się i rozumienie
area-social-emotional-mental-health = Relacje z innymi, emocje i zdrowie psychiczne
area-sensory-and-physical = Wzrok, słuch i sprawność fizyczna

## Relationships

relationship-mother = mama
relationship-father = tata
relationship-parent = rodzic
relationship-carer = opiekun / opiekunka
relationship-foster-carer = rodzic zastępczy
relationship-guardian = opiekun prawny / opiekunka prawna
relationship-grandmother = babcia
relationship-grandfather = dziadek
relationship-aunt = ciocia
relationship-uncle = wujek
relationship-sister = siostra
relationship-brother = brat

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = asystent nauczyciela
role-class-teacher = wychowawca klasy
role-senco = koordynator ds. specjalnych potrzeb, { EN("SENCo") }
role-learning-mentor = mentor wspierający w nauce
role-teacher-of-the-deaf = nauczyciel dzieci z problemami ze słuchem
role-specialist-teacher = pedagog specjalny
role-speech-and-language-therapist = logopeda
role-educational-psychologist = psycholog edukacyjny
role-occupational-therapist = terapeuta zajęciowy
role-physiotherapist = fizjoterapeuta
role-school-nurse = pielęgniarka szkolna
role-family-support-worker = asystent rodziny
role-head-teacher = dyrektor szkoły
role-lunchtime-supervisor = opiekun na przerwie obiadowej

## When and how often
# A target's "when", written out. The parts are joined as a list of measures
# ("10 minut, 4 razy w tygodniu rano, przez 6 tygodni").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] raz w tygodniu rano
                [few] { $times } razy w tygodniu rano
                [many] { $times } razy w tygodniu rano
               *[other] { $times } razy w tygodniu rano
            }
        [afternoon]
            { $times ->
                [one] raz w tygodniu po południu
                [few] { $times } razy w tygodniu po południu
                [many] { $times } razy w tygodniu po południu
               *[other] { $times } razy w tygodniu po południu
            }
        [lunchtime]
            { $times ->
                [one] raz w tygodniu w przerwie obiadowej
                [few] { $times } razy w tygodniu w przerwie obiadowej
                [many] { $times } razy w tygodniu w przerwie obiadowej
               *[other] { $times } razy w tygodniu w przerwie obiadowej
            }
       *[none]
            { $times ->
                [one] raz w tygodniu
                [few] { $times } razy w tygodniu
                [many] { $times } razy w tygodniu
               *[other] { $times } razy w tygodniu
            }
    }

# On which days of the week, perhaps at one part of the day. The day names come in the
# nominative ("wtorek i czwartek"), so no preposition stands before them; the number of
# days does not change the words.
# Variables:
#   $days (String) - the days, already joined as a list: "wtorek i czwartek"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning] { $days } rano
        [afternoon] { $days } po południu
        [lunchtime] { $days } w przerwie obiadowej
       *[none]
            { $count ->
                [one] { $days }
                [few] { $days }
                [many] { $days }
               *[other] { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] na każdej lekcji
        [day] codziennie
        [morning] codziennie rano
        [afternoon] codziennie po południu
        [lunchtime] codziennie w przerwie obiadowej
        [playtime] na każdej przerwie
        [after-playtime] po każdej przerwie
        [week] co tydzień
        [two-weeks] co dwa tygodnie
        [half-term] co pół trymestru
       *[term] w każdym trymestrze
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it
when-at = { $when } o { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] przez tydzień
        [few] przez { $weeks } tygodnie
        [many] przez { $weeks } tygodni
       *[other] przez { $weeks } tygodnia
    }

# Two parts of a schedule, one after the other ("10 minutes", "4 mornings a week").
# Variables:
#   $before (String) - the parts so far
#   $after (String) - the next part
when-parts = { $before }, { $after }

# An assessment planned for a month ("December: A reading and spelling assessment").
# Variables:
#   $month (String) - the month's name, as the language writes it (from CLDR)
#   $entry (String) - the assessment
assessment-in-month = { $month }: { $entry }



## The pupil

# Variables:
#   $name (String) - the name the pupil goes by
about-heading = W czym { $name } dobrze sobie radzi i co lubi

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Z czym { $name } ma trudności

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Co sprawia, że { $name } lepiej sobie radzi

## Targets

targets-heading = Cele

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } ma w tym planie jeden cel.
        [few] { $name } ma w tym planie { $count } cele.
        [many] { $name } ma w tym planie { $count } celów.
       *[other] { $name } ma w tym planie { $count } celu.
    } Cel to mały krok, który możemy sprawdzić.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Cel { $number }

target-who = Kto pomaga
target-does-what = Na czym polega pomoc
target-when = Kiedy i jak często
target-success = Po czym poznamy, że to działa
target-home = Co mogą Państwo robić w domu

## The rest of the plan

home-heading = Pomoc w domu
exit-heading = Kiedy dodatkowa pomoc nie będzie już potrzebna
further-heading = Inne badania i specjaliści
further-assessments = Zaplanowane badania
further-agencies = Specjaliści spoza szkoły, którzy pomagają

## Outside agencies

agency-educational-psychology = Psycholog edukacyjny ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Terapia logopedyczna ({ EN("speech and language therapy") })
agency-behaviour-support = Pomoc w trudnościach z zachowaniem ({ EN("behaviour support") })
agency-hearing-support = Pomoc dla dzieci z problemami ze słuchem
agency-vision-support = Pomoc dla dzieci z problemami ze wzrokiem
agency-sensory-support = Pomoc dla dzieci z problemami ze wzrokiem lub słuchem ({ EN("sensory support") })
agency-occupational-therapy = Terapia zajęciowa ({ EN("occupational therapy") })
agency-physiotherapy = Fizjoterapia
agency-camhs = Poradnia zdrowia psychicznego dla dzieci i młodzieży ({ EN("CAMHS") })
agency-school-nurse = Pielęgniarka szkolna
agency-paediatrician = Lekarz dziecięcy (pediatra)
agency-early-help = Wczesne wsparcie dla rodzin ({ EN("Early Help") })

## Review

review-heading = Jak sprawdził się plan
review-date = Data spotkania
review-present = Kto był na spotkaniu
review-outcomes = Cele i wyniki
review-col-target = Cel
review-col-result = Wynik
review-col-comment = Uwagi

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Cel { $number }

outcome-achieved = Osiągnięty
outcome-partly = Częściowo osiągnięty
outcome-not-yet = Jeszcze nieosiągnięty

review-progress = Postępy

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Co mówi { $name }

review-parent-comment = Co mówi rodzina
review-teacher-comment = Co mówi szkoła
review-next-steps = Kolejne kroki
review-next-review = Następne omówienie planu

## Help for parents

contact-heading = Pytania i pomoc

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Jeśli mają Państwo pytania dotyczące tego planu, prosimy porozmawiać z wychowawcą klasy albo z osobą, która w szkole odpowiada za pomoc dzieciom ze specjalnymi potrzebami ({ EN("SENCo") }). Jest to { $senco }.

contact-school-phone = Numer telefonu szkoły

support-intro = Bezpłatną poradę mogą Państwo uzyskać także w organizacji, która nie jest częścią szkoły:
support-phone = Telefon
support-text = SMS
support-email = E-mail
support-web = Strona internetowa
support-drop-in = Dyżur bez umawiania się

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Strona { $page } z { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Pakiet do wydruku na spotkania z rodzicami

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Ten pakiet zawiera { $documents ->
        [one] jeden dokument
        [few] { $documents } dokumenty
        [many] { $documents } dokumentów
       *[other] { $documents } dokumentu
    } dla { $appointments ->
        [one] jednego spotkania
        [few] { $appointments } spotkań
        [many] { $appointments } spotkań
       *[other] { $appointments } spotkania
    }. Kolejność dokumentów odpowiada kolejności spotkań.

pack-duplex = Proszę wydrukować pakiet dwustronnie. Każdy dokument zaczyna się na nowej kartce, więc na żadnej kartce nie ma dokumentów dwóch różnych rodzin.

pack-files = Każdy dokument jest też zapisany jako osobny plik. Gdy rodzina poprosi o kopię e-mailem, proszę wysłać tej rodzinie tylko jej własny plik: czytnik ekranu może go odczytać na głos.

pack-appointments-heading = Spotkania
pack-col-time = Godzina
pack-col-pupil = Uczeń
pack-col-teacher = Nauczyciel
pack-col-room = Sala
pack-col-parent-copy = Egzemplarz dla rodziny
pack-col-school-copy = Egzemplarz dla szkoły
pack-col-page = Strona

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Egzemplarz dla rodziny, język: { $language }
pack-copy-parent-large = Egzemplarz dla rodziny dużym drukiem, język: { $language }
pack-copy-school = Egzemplarz dla szkoły, język: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, dużym drukiem

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } tekst bez tłumaczenia
        [few] { $count } teksty bez tłumaczenia
        [many] { $count } tekstów bez tłumaczenia
       *[other] { $count } tekstu bez tłumaczenia
    })

pack-missing-heading = Nie ma w tym pakiecie
pack-missing-intro = Dla tych spotkań nie ma dokumentów, ponieważ z ich planów nie udało się przygotować dokumentów. W podsumowaniu na końcu przetwarzania planów jest napisane, co trzeba poprawić.
pack-col-problem = Problem

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] angielski
        [pl] polski
        [ro] rumuński
        [pa] pendżabski (pismo gurmukhi)
        [pa-Arab] pendżabski (pismo szahmukhi)
        [ur] urdu
        [pt] portugalski
        [es] hiszpański
        [it] włoski
        [fr] francuski
        [bn] bengalski
        [gu] gudżarati
        [ar] arabski
        [sq] albański
        [so] somalijski
        [lt] litewski
        [uk] ukraiński
        [tr] turecki
        [fa] perski
        [ta] tamilski
        [bg] bułgarski
        [hu] węgierski
        [ru] rosyjski
        [zh-Hans] chiński uproszczony
        [zh-Hant] chiński tradycyjny
        [ps] paszto
        [ti] tigrinia
        [ne] nepalski
       *[other] { $tag }
    }

## Provision map
# The school's costed list of extra support, and a parent's copy with their child's part
# marked. Amounts of money come in already formatted for the language (see money).

# An amount of money in pounds.
# Variables:
#   $amount (String) - the amount, with the language's digits and separators
money = { $amount } £

# The title in the PDF viewer's window bar of the school's map.
# Variables:
#   $school (String) - the school's name
provision-title = Wykaz dodatkowego wsparcia – { $school }
provision-heading = Wykaz dodatkowego wsparcia ({ EN("provision map") })
provision-intro = Ten wykaz pokazuje dodatkowe wsparcie, które szkoła prowadzi dla uczniów ze specjalnymi potrzebami edukacyjnymi: kto je prowadzi, jak często, ile kosztuje, kto w nim uczestniczy i jakie daje efekty.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Razem w tym obszarze: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Całkowity koszt dodatkowego wsparcia: { $amount }

provision-col-support = Forma wsparcia
provision-col-staff = Kto prowadzi
provision-col-group = Wielkość grupy
provision-col-often = Jak często
provision-col-weeks = Liczba tygodni
provision-col-measure = Jak mierzone są postępy
provision-col-cost = Koszt
provision-col-per-pupil = Koszt na jednego ucznia
provision-col-pupils = Uczniowie

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }, { $sessions ->
        [one] raz w tygodniu
        [few] { $sessions } razy w tygodniu
        [many] { $sessions } razy w tygodniu
       *[other] { $sessions } razy w tygodniu
    }

provision-impact-heading = Efekty
provision-impact-intro = Tabela obejmuje uczniów, którzy mają wynik z początku i z końca zajęć. Koszt jednego punktu to koszt na jednego ucznia podzielony przez średni przyrost wyniku.
provision-col-entry = Średni wynik na początku
provision-col-exit = Średni wynik na końcu
provision-col-gain = Średni przyrost
provision-col-per-point = Koszt na jednego ucznia za każdy zdobyty punkt
provision-no-scores = Nie ma jeszcze wyników

provision-gaps-heading = Luki we wsparciu
provision-no-gaps = Każda potrzeba wymieniona w planie jest objęta którąś z form wsparcia, w których uczestniczy uczeń.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: w planie są potrzeby, na które nie odpowiada żadna z form wsparcia, w których uczestniczy ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Żadna forma wsparcia nie obejmuje tego obszaru potrzeb: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Wykaz dodatkowego wsparcia – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Dodatkowe wsparcie: { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Ten wykaz pokazuje dodatkowe wsparcie, które szkoła oferuje dzieciom, które go potrzebują. Wsparcie, z którego korzysta { $name }, jest zaznaczone w ostatniej kolumnie i wydrukowane pogrubioną czcionką.

provision-offer-heading = Wsparcie, które oferuje szkoła

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Czy { $name } uczestniczy
provision-mine = Tak, uczestniczy

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Jak przebiega wsparcie: { $name }

provision-col-start = Początek
provision-col-per-week = Ile razy w tygodniu
provision-col-score-start = Wynik na początku
provision-col-score-end = Wynik na końcu
provision-no-score = Jeszcze nie ma

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Kiedy { $name } ma wsparcie w ciągu tygodnia

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Zajęcia dodatkowego wsparcia, które { $name } ma w zwykłym tygodniu szkolnym: na czym polegają, kto je prowadzi i jak długo trwają.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Tygodniowy rozkład wsparcia

provision-school-week-intro = Kiedy w zwykłym tygodniu szkolnym odbywa się każda forma wsparcia, kto ją prowadzi, gdzie i dla ilu uczniów jest przeznaczona.

# The first column of the week table: the time a session starts.
provision-col-time = Godzina

# The row for sessions whose days are known but not their time.
provision-week-no-time = Godzina jeszcze nieustalona

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } minuta
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } uczeń
        [few] { $count } uczniów
        [many] { $count } uczniów
       *[other] { $count } ucznia
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Plan wsparcia Państwa dziecka ({ EN("IEP") }): poradnik dla rodziców
leaflet-iep-intro = Niektóre dzieci potrzebują w szkole dodatkowej pomocy, żeby się uczyć i dobrze sobie radzić. Ten poradnik opisuje plan, który szkoła przygotowuje, żeby zaplanować tę pomoc. Wyjaśnia też, jak mogą Państwo brać w tym udział.

leaflet-what-heading = Czym jest { EN("IEP") }
leaflet-what-is = { EN("IEP") } (indywidualny plan edukacyjny) to krótki plan dla jednego dziecka. Wiele szkół nazywa go teraz planem wsparcia. Plan opisuje, nad czym pracuje Państwa dziecko, jak szkoła będzie mu pomagać i co mogą Państwo robić w domu.
leaflet-what-who = Szkoła przygotowuje plan razem z Państwem i, jeśli to możliwe, razem z dzieckiem. Powinni Państwo dostać własny egzemplarz. Mogą Państwo poprosić o plan w języku lub w formie, które mogą Państwo przeczytać.

leaflet-contents-heading = Co zawiera plan
leaflet-contents-intro = Plan zwykle składa się z tych części:
leaflet-contents-strengths = w czym Państwa dziecko dobrze sobie radzi i co lubi
leaflet-contents-needs = z czym dziecko ma trudności
leaflet-contents-targets = trzy lub cztery cele: kolejne kroki, nad którymi dziecko pracuje
leaflet-contents-help = kto pomaga, na czym polega pomoc i jak często
leaflet-contents-home = co mogą Państwo robić w domu
leaflet-contents-review = kiedy plan zostanie ponownie omówiony

leaflet-smart-heading = Cele { EN("SMART") }
leaflet-smart-intro = Dobre cele są { EN("SMART") }. To znaczy, że są:
leaflet-smart-specific = Specific (konkretne): mówią dokładnie, czego dziecko nauczy się robić.
leaflet-smart-measurable = Measurable (mierzalne): każdy może zobaczyć, kiedy cel został osiągnięty.
leaflet-smart-achievable = Achievable (osiągalne): dziecko może je osiągnąć, jeśli dostanie odpowiednią pomoc.
leaflet-smart-relevant = Relevant (ważne): mają znaczenie dla nauki i życia dziecka.
leaflet-smart-time-bound = Time-bound (z terminem): mówią, do kiedy cel ma być osiągnięty – zwykle do następnego omówienia planu.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Na przykład „lepiej czytać” nie jest celem { EN("SMART") }. Celem { EN("SMART") } jest: „Przeczytać { $read } z { $total } najczęściej używanych słów z karty ze słowami, przy dwóch sprawdzeniach w odstępie tygodnia, do omówienia planu w styczniu”.

leaflet-review-heading = Omówienie planu ({ EN("review") })
leaflet-review-when = Plan jest ponownie omawiany na spotkaniu ({ EN("review") }), zwykle raz w każdym trymestrze, czyli mniej więcej trzy razy w roku. Szkoła sprawdza razem z Państwem każdy cel: czy został osiągnięty i co pomogło?
leaflet-review-you = Zapraszamy Państwa na każde omówienie planu. Państwa zdanie jest ważne: warto powiedzieć szkole, co widzą Państwo w domu i co Państwa niepokoi. Dziecko też może wziąć udział: przyjść na część spotkania albo wcześniej powiedzieć, co myśli. Potem wspólnie ustala się nowe cele.

leaflet-map-heading = Wykaz dodatkowego wsparcia ({ EN("provision map") })
leaflet-map-what = Wykaz dodatkowego wsparcia ({ EN("provision map") }) to lista wszystkich form dodatkowego wsparcia, które prowadzi szkoła, na przykład czytania w małych grupach albo krótkiej codziennej rozmowy o tym, jak dziecko się czuje. Wykaz pokazuje, kto prowadzi każdą formę wsparcia, jak często i jakie daje efekty.
leaflet-map-yours = Mogą Państwo poprosić o wykaz dodatkowego wsparcia dla swojego dziecka. Pokazuje on wsparcie, które oferuje szkoła, i zaznacza wsparcie, z którego korzysta Państwa dziecko, razem z jego wynikami na początku i na końcu.

leaflet-stages-heading = Poziomy wsparcia
leaflet-stages-intro = Szkoła używa tych nazw dla poziomów dodatkowej pomocy:
leaflet-stage-sen-support = Wsparcie dla dziecka ze specjalnymi potrzebami edukacyjnymi ({ EN("SEN Support") }): szkoła planuje dodatkową pomoc, korzystając z własnych pracowników i środków. Ta pomoc jest opisana w planie wsparcia.
leaflet-stage-ehc-plan = Plan edukacji, zdrowia i opieki ({ EN("EHC plan") }): plan o mocy prawnej, który przygotowują władze lokalne ({ EN("local council") }). Jest dla dziecka, które potrzebuje więcej pomocy, niż szkoła może dać z własnych środków.
leaflet-stage-school-action = Wsparcie w szkole ({ EN("School Action") }): szkoła daje dodatkową pomoc, korzystając z własnych pracowników i środków.
leaflet-stage-school-action-plus = Wsparcie w szkole z pomocą specjalistów ({ EN("School Action Plus") }): szkoła korzysta też z porad lub pomocy specjalistów spoza szkoły.
leaflet-stage-statement = Orzeczenie o specjalnych potrzebach edukacyjnych ({ EN("Statement of SEN") }): dokument o mocy prawnej, wydany przez władze lokalne. Określa, jaką pomoc dziecko musi otrzymać.

leaflet-help-heading = Niezależna pomoc
leaflet-help-intro = W każdej chwili mogą Państwo porozmawiać z wychowawcą klasy albo z osobą, która w szkole odpowiada za pomoc dzieciom ze specjalnymi potrzebami. Bezpłatną poradę mogą Państwo uzyskać także w organizacji, która nie jest częścią szkoły:
leaflet-help-none = Prosimy zapytać w szkole o dane kontaktowe lokalnej organizacji, która udziela informacji, porad i wsparcia w sprawach specjalnych potrzeb edukacyjnych. Jej porady są bezpłatne i niezależne od szkoły.

leaflet-formats-heading = Inny język lub inna forma
leaflet-formats-ask = Mogą Państwo poprosić szkołę o tę ulotkę i o plan dziecka w innym języku, dużym drukiem, pismem Braille’a albo w formie nagrania. Mogą też Państwo poprosić o przesłanie ich e-mailem. Wystarczy powiedzieć o tym wychowawcy klasy albo w sekretariacie szkoły.

leaflet-languages-heading = Ta ulotka w Państwa języku

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Ta ulotka jest dostępna w języku polskim. O egzemplarz prosimy pytać w szkole.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Pytania na omówienie planu
leaflet-questions-intro = Tę kartkę mogą Państwo zabrać na spotkanie, na którym omawia się plan dziecka. Prosimy wybrać pytania ważne dla Państwa i zapisywać notatki w miejscu pod każdym pytaniem.
leaflet-question-progress = Jak moje dziecko poradziło sobie z każdym celem?
leaflet-question-helped = Co najbardziej pomogło mojemu dziecku, a co się nie sprawdziło?
leaflet-question-next = Jakie są nowe cele i dlaczego właśnie te?
leaflet-question-who = Kto będzie pomagać mojemu dziecku i jak często?
leaflet-question-home = Co mogę robić w domu, żeby pomóc?
leaflet-question-child = Co myśli moje dziecko i jak może wziąć w tym udział?
leaflet-question-friends = Jak moje dziecko dogaduje się z innymi dziećmi?
leaflet-question-assess = Czy planowane są jakieś badania albo pomoc spoza szkoły?
leaflet-question-contact = Z kim mam porozmawiać, jeśli coś mnie zaniepokoi przed następnym omówieniem planu?
leaflet-question-next-review = Kiedy będzie następne omówienie planu?
