# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Plano de apoio para { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Plano de apoio para { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Plano educativo individual ({ EN("IEP") }): cópia para a família

# Under the main heading, for the school's copy.
iep-copy-school = Plano educativo individual ({ EN("IEP") }): cópia da escola

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Plano de aprendizagem em grupo – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Plano de aprendizagem em grupo: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Plano de aprendizagem em grupo: cópia para a família

# Under the main heading, for the school's copy.
group-copy-school = Plano de aprendizagem em grupo: cópia da escola

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } trabalha nestes objetivos num pequeno grupo, com outras crianças que precisam do mesmo tipo de ajuda. Este plano explica em que o grupo está a trabalhar, quem ajuda e como podem ajudar { $name } em casa.

## Opening for parents

iep-intro-heading = Sobre este plano

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Este plano mostra o apoio extra que { $name } recebe na escola. Explica em que { $name } vai trabalhar, quem ajuda e como podem ajudar em casa.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Vamos rever este plano em conjunto numa reunião, no dia { $date }. Nessa reunião, podem fazer perguntas e dizer-nos o que pensam. Se quiserem, podem trazer alguém.

iep-intro-formats = Se quiserem este plano noutra língua, em letra grande ou lido em voz alta, por favor peçam na secretaria da escola.

## Key facts

facts-heading = Informações principais
fact-pupil = Estudante
fact-known-as = Nome usado no dia a dia
fact-date-of-birth = Data de nascimento
fact-year-group = Ano escolar ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] Pré-escolar ({ EN("Reception") })
       *[other] Ano { $year }
    }

fact-class = Turma
fact-family = Pais e cuidadores
fact-stage = Nível de apoio
fact-areas = Áreas em que precisa de apoio
fact-class-teacher = Professor/a da turma
fact-written-by = Plano escrito por
fact-start = Início do plano
fact-review = Data da revisão do plano ({ EN("review") })

## Stages of support

stage-sen-support = Apoio a necessidades educativas especiais ({ EN("SEN Support") })
stage-ehc-plan = Plano de educação, saúde e cuidados ({ EN("EHC plan") })
stage-early-years-action = Apoio na primeira infância ({ EN("Early Years Action") })
stage-early-years-action-plus = Apoio na primeira infância, com especialistas de fora da escola ({ EN("Early Years Action Plus") })
stage-school-action = Apoio dado pela escola ({ EN("School Action") })
stage-school-action-plus = Apoio dado pela escola, com especialistas de fora da escola ({ EN("School Action Plus") })
stage-statement = Declaração oficial de necessidades educativas especiais ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Comunicação e relação com os outros
area-cognition-and-learning = Aprendizagem e compreensão
area-social-emotional-mental-health = Vida social, emoções e saúde mental
area-sensory-and-physical = Necessidades sensoriais (visão, audição) e físicas

## Relationships

relationship-mother = mãe
relationship-father = pai
relationship-parent = pai ou mãe
relationship-carer = cuidador/a
relationship-foster-carer = família de acolhimento
relationship-guardian = tutor/a legal
relationship-grandmother = avó
relationship-grandfather = avô
relationship-aunt = tia
relationship-uncle = tio
relationship-sister = irmã
relationship-brother = irmão

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = assistente de sala de aula
role-class-teacher = professor/a da turma
role-senco = coordenador/a de necessidades educativas especiais, { EN("SENCo") }
role-learning-mentor = mentor/a de aprendizagem
role-teacher-of-the-deaf = professor/a especialista em surdez
role-specialist-teacher = professor/a especialista
role-speech-and-language-therapist = terapeuta da fala e da linguagem
role-educational-psychologist = psicólogo/a educacional
role-occupational-therapist = terapeuta ocupacional
role-physiotherapist = fisioterapeuta
role-school-nurse = enfermeiro/a escolar
role-family-support-worker = técnico/a de apoio às famílias
role-head-teacher = diretor/a da escola
role-lunchtime-supervisor = monitor/a da hora do almoço

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] uma manhã por semana
                [many] { $times } manhãs por semana
               *[other] { $times } manhãs por semana
            }
        [afternoon]
            { $times ->
                [one] uma tarde por semana
                [many] { $times } tardes por semana
               *[other] { $times } tardes por semana
            }
        [lunchtime]
            { $times ->
                [one] uma vez por semana à hora do almoço
                [many] { $times } vezes por semana à hora do almoço
               *[other] { $times } vezes por semana à hora do almoço
            }
       *[none]
            { $times ->
                [one] uma vez por semana
                [many] { $times } vezes por semana
               *[other] { $times } vezes por semana
            }
    }

# On which days of the week, perhaps at one part of the day.
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning]
            { $count ->
                [one] { $days } de manhã
               *[other] { $days } de manhã
            }
        [afternoon]
            { $count ->
                [one] { $days } à tarde
               *[other] { $days } à tarde
            }
        [lunchtime]
            { $count ->
                [one] { $days } à hora do almoço
               *[other] { $days } à hora do almoço
            }
       *[none]
            { $count ->
                [one] { $days }
               *[other] { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] em cada aula
        [day] todos os dias
        [morning] todas as manhãs
        [afternoon] todas as tardes
        [lunchtime] todos os dias à hora do almoço
        [playtime] em cada intervalo
        [after-playtime] depois de cada intervalo
        [week] todas as semanas
        [two-weeks] a cada duas semanas
        [half-term] duas vezes por período escolar
       *[term] uma vez por período escolar
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } às { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] durante uma semana
        [many] durante { $weeks } semanas
       *[other] durante { $weeks } semanas
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
about-heading = O que { $name } faz bem e o que gosta de fazer

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = O que é difícil para { $name }

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = O que ajuda { $name }

## Targets

targets-heading = Objetivos

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } tem um objetivo neste plano.
        [many] { $name } tem { $count } objetivos neste plano.
       *[other] { $name } tem { $count } objetivos neste plano.
    } Um objetivo é um pequeno passo que podemos verificar.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Objetivo { $number }

target-who = Quem ajuda
target-does-what = O que é feito
target-when = Quando e com que frequência
target-success = Como vamos saber se o apoio funciona
target-home = O que podem fazer em casa

## The rest of the plan

home-heading = Ajudar em casa
exit-heading = Quando o apoio extra pode terminar
further-heading = Outras avaliações e serviços
further-assessments = Avaliações previstas
further-agencies = Serviços fora da escola que ajudam

## Outside agencies

agency-educational-psychology = Psicologia educacional ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Terapia da fala e da linguagem ({ EN("speech and language therapy") })
agency-behaviour-support = Serviço de apoio ao comportamento ({ EN("behaviour support") })
agency-hearing-support = Serviço de apoio à audição ({ EN("hearing support") })
agency-vision-support = Serviço de apoio à visão ({ EN("vision support") })
agency-sensory-support = Serviço de apoio à visão e à audição ({ EN("sensory support") })
agency-occupational-therapy = Terapia ocupacional ({ EN("occupational therapy") })
agency-physiotherapy = Fisioterapia
agency-camhs = Serviço de saúde mental para crianças e adolescentes ({ EN("CAMHS") })
agency-school-nurse = Enfermagem escolar ({ EN("school nurse") })
agency-paediatrician = Pediatra (médico das crianças)
agency-early-help = Apoio precoce às famílias ({ EN("Early Help") })

## Review

review-heading = Como correu o plano
review-date = Data da reunião
review-present = Quem esteve presente
review-outcomes = Objetivos e resultados
review-col-target = Objetivo
review-col-result = Resultado
review-col-comment = Comentário

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Objetivo { $number }

outcome-achieved = Alcançado
outcome-partly = Alcançado em parte
outcome-not-yet = Ainda não alcançado

review-progress = Progresso

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = O que { $name } disse

review-parent-comment = O que a família disse
review-teacher-comment = O que a escola disse
review-next-steps = Próximos passos
review-next-review = Próxima revisão do plano

## Help for parents

contact-heading = Perguntas e ajuda

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Se tiverem alguma pergunta sobre este plano, por favor falem com o professor ou a professora da turma, ou com { $senco }, a pessoa que coordena na escola o apoio às crianças com necessidades especiais ({ EN("SENCo") }).

contact-school-phone = Telefone da escola

support-intro = Também podem receber aconselhamento gratuito de um serviço que não faz parte da escola:
support-phone = Telefone
support-text = Mensagem de texto (SMS)
support-email = Endereço de e-mail
support-web = Site
support-drop-in = Atendimento sem hora marcada ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Página { $page } de { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Pacote de impressão para as reuniões com as famílias

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Este pacote contém { $documents ->
        [0] { $documents } documentos
        [one] um documento
        [many] { $documents } documentos
       *[other] { $documents } documentos
    } para { $appointments ->
        [0] { $appointments } reuniões
        [one] uma reunião
        [many] { $appointments } reuniões
       *[other] { $appointments } reuniões
    }, pela ordem das reuniões.

pack-duplex = Imprimam o pacote em frente e verso. Cada documento começa numa folha nova, por isso nenhuma folha tem papéis de duas famílias.

pack-files = Cada documento fica também guardado num ficheiro à parte. Quando uma família pedir uma cópia por e-mail, enviem-lhe apenas o seu próprio ficheiro: pode ser lido em voz alta por um leitor de ecrã.

pack-appointments-heading = Reuniões
pack-col-time = Hora
pack-col-pupil = Estudante
pack-col-teacher = Professor/a
pack-col-room = Sala
pack-col-parent-copy = Cópia para a família
pack-col-school-copy = Cópia da escola
pack-col-page = Página

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Cópia para a família em { $language }
pack-copy-parent-large = Cópia para a família em { $language }, em letra grande
pack-copy-school = Cópia da escola em { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, em letra grande

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } texto sem tradução
        [many] { $count } textos sem tradução
       *[other] { $count } textos sem tradução
    })

pack-missing-heading = Não incluídas neste pacote
pack-missing-intro = Estas reuniões não têm documentos, porque não foi possível transformar os seus planos em documentos. O resumo no fim do processamento indica o que é preciso corrigir.
pack-col-problem = Problema

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] inglês
        [pl] polaco
        [ro] romeno
        [pa] panjabi (alfabeto gurmukhi)
        [pa-Arab] panjabi (alfabeto shahmukhi)
        [ur] urdu
        [pt] português
        [es] espanhol
        [it] italiano
        [fr] francês
        [bn] bengali
        [gu] guzerate
        [ar] árabe
        [sq] albanês
        [so] somali
        [lt] lituano
        [uk] ucraniano
        [tr] turco
        [fa] persa
        [ta] tâmil
        [bg] búlgaro
        [hu] húngaro
        [ru] russo
        [zh-Hans] chinês simplificado
        [zh-Hant] chinês tradicional
        [ps] pashto
        [ti] tigrínia
        [ne] nepalês
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
provision-title = Mapa dos apoios extra – { $school }
provision-heading = Mapa dos apoios extra ({ EN("provision map") })
provision-intro = Este mapa mostra o apoio extra que a escola organiza para estudantes com necessidades educativas especiais: quem o dá, com que frequência, quanto custa, quem participa e que diferença faz.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Total desta área: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Custo total de todo o apoio extra: { $amount }

provision-col-support = Apoio
provision-col-staff = Quem dá o apoio
provision-col-group = Tamanho do grupo
provision-col-often = Com que frequência
provision-col-weeks = Semanas
provision-col-measure = Como se mede o progresso
provision-col-cost = Custo
provision-col-per-pupil = Custo por estudante
provision-col-pupils = Estudantes

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } minutos, { $sessions ->
        [one] { $sessions } vez por semana
        [many] { $sessions } vezes por semana
       *[other] { $sessions } vezes por semana
    }

provision-impact-heading = Resultados
provision-impact-intro = Para os estudantes com uma pontuação no início e no fim. O custo por ponto é o custo por estudante dividido pela subida média.
provision-col-entry = Pontuação média no início
provision-col-exit = Pontuação média no fim
provision-col-gain = Subida média
provision-col-per-point = Custo por estudante por cada ponto ganho
provision-no-scores = Ainda sem pontuações

provision-gaps-heading = Necessidades sem apoio
provision-no-gaps = Todas as necessidades indicadas num plano têm resposta em pelo menos um dos apoios em que o estudante participa.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: o plano indica necessidades a que nenhum dos seus apoios dá resposta ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Nenhum apoio dá resposta a esta área de necessidade: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Mapa dos apoios extra – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Apoio extra para { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Este mapa mostra o apoio extra que a escola oferece às crianças que precisam. O apoio que { $name } recebe está assinalado na última coluna e impresso a negrito.

provision-offer-heading = Apoios que a escola oferece

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Para { $name }
provision-mine = Sim, participa

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Como está a correr o apoio para { $name }

provision-col-start = Início
provision-col-per-week = Vezes por semana
provision-col-score-start = Pontuação no início
provision-col-score-end = Pontuação no fim
provision-no-score = Ainda não

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Quando { $name } recebe apoio durante a semana

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = As sessões de apoio extra que { $name } tem numa semana normal de aulas: o que é cada uma, quem a orienta e quanto tempo dura.

# The heading of the school's week of support (for staff).
provision-school-week-heading = O apoio ao longo da semana

provision-school-week-intro = Quando decorre cada apoio numa semana normal de aulas, quem o dá, onde e para quantos estudantes é.

# The first column of the week table: the time a session starts.
provision-col-time = Hora

# The row for sessions whose days are known but not their time.
provision-week-no-time = Hora ainda por definir

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } estudante
        [many] { $count } estudantes
       *[other] { $count } estudantes
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = O plano de apoio ({ EN("IEP") }) do seu filho ou filha: guia para os pais
leaflet-iep-intro = Algumas crianças precisam de ajuda extra na escola para aprender e para se sentirem bem. Este guia explica o plano que a escola escreve para essa ajuda e como podem participar.

leaflet-what-heading = O que é um { EN("IEP") }
leaflet-what-is = Um { EN("IEP") } (plano educativo individual) é um plano curto para uma só criança. Hoje, muitas escolas chamam-lhe plano de apoio. O plano diz em que a criança está a trabalhar, o que a escola vai fazer para ajudar e o que podem fazer em casa.
leaflet-what-who = A escola escreve o plano em conjunto com a família e, sempre que possível, com a criança. Devem receber uma cópia para a família, e podem pedi-la numa língua ou num formato que consigam ler.

leaflet-contents-heading = O que tem o plano
leaflet-contents-intro = Normalmente, um plano tem estas partes:
leaflet-contents-strengths = o que a criança faz bem e o que gosta de fazer
leaflet-contents-needs = o que é difícil para a criança
leaflet-contents-targets = três ou quatro objetivos: os próximos passos em que a criança está a trabalhar
leaflet-contents-help = quem ajuda, o que faz e com que frequência
leaflet-contents-home = o que podem fazer em casa
leaflet-contents-review = quando o plano vai ser revisto

leaflet-smart-heading = Objetivos { EN("SMART") }
leaflet-smart-intro = Os bons objetivos são { EN("SMART") }. Isto quer dizer que são:
leaflet-smart-specific = Specific (específicos): dizem exatamente o que a criança vai aprender a fazer.
leaflet-smart-measurable = Measurable (mensuráveis): todos conseguem ver quando o objetivo foi alcançado.
leaflet-smart-achievable = Achievable (alcançáveis): a criança consegue alcançá-los com a ajuda certa.
leaflet-smart-relevant = Relevant (relevantes): são importantes para a aprendizagem e para a vida da criança.
leaflet-smart-time-bound = Time-bound (com prazo): dizem até quando, normalmente até à próxima revisão do plano.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Por exemplo, «ler melhor» não é um objetivo { EN("SMART") }. Mas este é: «Ler { $read } das { $total } palavras mais comuns do cartão de palavras, em duas verificações com uma semana de intervalo, até à revisão de janeiro».

leaflet-review-heading = Revisões do plano
leaflet-review-when = O plano é revisto numa reunião de revisão ({ EN("review") }), normalmente uma vez por período escolar, ou seja, cerca de três vezes por ano. A escola verifica cada objetivo em conjunto com a família: foi alcançado? O que ajudou?
leaflet-review-you = Recebem um convite para todas as revisões. A opinião da família conta: digam à escola o que veem em casa e o que os preocupa. A criança também pode participar: pode vir a uma parte da reunião ou dar a sua opinião antes. Depois, combinam-se os novos objetivos.

leaflet-map-heading = Mapa dos apoios extra ({ EN("provision map") })
leaflet-map-what = O mapa dos apoios extra ({ EN("provision map") }) é a lista de todo o apoio extra que a escola organiza, como pequenos grupos de leitura ou uma conversa rápida todos os dias para saber como a criança está. Mostra quem dá cada apoio, com que frequência e que diferença faz.
leaflet-map-yours = Podem pedir um mapa dos apoios extra para o seu filho ou filha. Mostra os apoios que a escola oferece e assinala os apoios que a criança recebe, com as suas pontuações no início e no fim.

leaflet-stages-heading = Níveis de apoio
leaflet-stages-intro = A escola usa estes nomes para os níveis de ajuda extra:
leaflet-stage-sen-support = Apoio a necessidades educativas especiais ({ EN("SEN Support") }): a escola planeia ajuda extra com o seu próprio pessoal e os seus próprios recursos, e escreve-a num plano de apoio.
leaflet-stage-ehc-plan = Plano de educação, saúde e cuidados ({ EN("EHC plan") }): um plano com valor legal, feito pelas autoridades locais ({ EN("local council") }), para uma criança que precisa de mais ajuda do que a escola consegue dar com os seus próprios recursos.
leaflet-stage-school-action = Apoio dado pela escola ({ EN("School Action") }): a escola dá ajuda extra com o seu próprio pessoal e os seus próprios recursos.
leaflet-stage-school-action-plus = Apoio dado pela escola, com especialistas de fora da escola ({ EN("School Action Plus") }): a escola recebe também conselhos ou ajuda de especialistas de fora da escola.
leaflet-stage-statement = Declaração oficial de necessidades educativas especiais ({ EN("Statement of SEN") }): um documento com valor legal, feito pelas autoridades locais, que define a ajuda que a criança tem de receber.

leaflet-help-heading = Ajuda independente
leaflet-help-intro = Podem falar a qualquer momento com o professor ou a professora da turma, ou com a pessoa que coordena na escola o apoio às crianças com necessidades especiais. Também podem receber aconselhamento gratuito de um serviço que não faz parte da escola:
leaflet-help-none = Peçam à escola os contactos do serviço local de informação, aconselhamento e apoio para necessidades educativas especiais. O aconselhamento deste serviço é gratuito e independente da escola.

leaflet-formats-heading = Outra língua ou outro formato
leaflet-formats-ask = Podem pedir à escola este folheto e o plano da criança noutra língua, em letra grande, em Braille ou em gravação áudio. Também podem pedir que sejam enviados por e-mail. Basta dizer ao professor ou à professora da turma, ou na secretaria da escola.

leaflet-languages-heading = Este folheto na sua língua

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Este folheto está disponível em português. Peçam uma cópia à escola.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Perguntas para a reunião de revisão
leaflet-questions-intro = Podem levar este cartão à reunião de revisão do plano da criança. Escolham as perguntas mais importantes para a família e escrevam notas no espaço por baixo de cada uma.
leaflet-question-progress = Como se saiu o meu filho ou filha em cada objetivo?
leaflet-question-helped = O que mais ajudou o meu filho ou filha, e o que não resultou?
leaflet-question-next = Quais são os novos objetivos, e porquê estes?
leaflet-question-who = Quem vai ajudar o meu filho ou filha, e com que frequência?
leaflet-question-home = O que posso fazer em casa para ajudar?
leaflet-question-child = O que pensa o meu filho ou filha, e como pode participar?
leaflet-question-friends = Como se dá o meu filho ou filha com as outras crianças?
leaflet-question-assess = Estão previstas avaliações ou ajuda de fora da escola?
leaflet-question-contact = Com quem posso falar se tiver alguma preocupação antes da próxima revisão?
leaflet-question-next-review = Quando é a próxima revisão?
