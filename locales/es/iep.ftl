# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Plan de apoyo para { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Plan de apoyo para { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Plan educativo individual ({ EN("IEP") }): copia para la familia

# Under the main heading, for the school's copy.
iep-copy-school = Plan educativo individual ({ EN("IEP") }): copia para la escuela

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Plan de aprendizaje en grupo – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Plan de aprendizaje en grupo: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Plan de aprendizaje en grupo: copia para la familia

# Under the main heading, for the school's copy.
group-copy-school = Plan de aprendizaje en grupo: copia para la escuela

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name } trabaja en estos objetivos en un grupo pequeño, con otros niños y niñas que necesitan el mismo tipo de ayuda. Este plan explica en qué está trabajando el grupo, quién ayuda y cómo pueden ayudar ustedes a { $name } en casa.

## Opening for parents

iep-intro-heading = Sobre este plan

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Este plan muestra la ayuda adicional que { $name } recibe en la escuela. Explica en qué va a trabajar { $name }, quién ayuda y cómo pueden ayudar ustedes en casa.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Volveremos a revisar el plan con ustedes el { $date }. En esa reunión pueden hacer preguntas y decirnos lo que piensan. Si lo desean, pueden traer a alguien con ustedes.

iep-intro-formats = Si desean este plan en otro idioma, en letra grande o leído en voz alta, por favor pídanlo en la oficina de la escuela.

## Key facts

facts-heading = Datos principales
fact-pupil = Estudiante
fact-known-as = Nombre que usa a diario
fact-date-of-birth = Fecha de nacimiento
fact-year-group = Año escolar ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] Preescolar ({ EN("Reception") })
       *[other] Año { $year }
    }

fact-class = Clase
fact-family = Padres y cuidadores
fact-stage = Nivel de apoyo
fact-areas = Áreas en las que necesita apoyo
fact-class-teacher = Profesor/a de la clase
fact-written-by = Plan escrito por
fact-start = Inicio del plan
fact-review = Fecha de revisión del plan ({ EN("review") })

## Stages of support

stage-sen-support = Apoyo para necesidades educativas especiales ({ EN("SEN Support") })
stage-ehc-plan = Plan de educación, salud y cuidados ({ EN("EHC plan") })
stage-early-years-action = Apoyo en la primera infancia ({ EN("Early Years Action") })
stage-early-years-action-plus = Apoyo en la primera infancia, con especialistas de fuera de la escuela ({ EN("Early Years Action Plus") })
stage-school-action = Apoyo de la escuela ({ EN("School Action") })
stage-school-action-plus = Apoyo de la escuela, con especialistas de fuera de la escuela ({ EN("School Action Plus") })
stage-statement = Declaración oficial de necesidades educativas especiales ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = Comunicación y relación con los demás
area-cognition-and-learning = Aprendizaje y comprensión
area-social-emotional-mental-health = Vida social, emociones y salud mental
area-sensory-and-physical = Necesidades sensoriales (vista, oído) y físicas

## Relationships

relationship-mother = madre
relationship-father = padre
relationship-parent = padre o madre
relationship-carer = cuidador/a
relationship-foster-carer = familia de acogida
relationship-guardian = tutor/a legal
relationship-grandmother = abuela
relationship-grandfather = abuelo
relationship-aunt = tía
relationship-uncle = tío
relationship-sister = hermana
relationship-brother = hermano

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = asistente de aula
role-class-teacher = profesor/a de la clase
role-senco = coordinador/a de necesidades educativas especiales, { EN("SENCo") }
role-learning-mentor = mentor/a de aprendizaje
role-teacher-of-the-deaf = profesor/a especialista en sordera
role-specialist-teacher = profesor/a especialista
role-speech-and-language-therapist = terapeuta del habla y del lenguaje
role-educational-psychologist = especialista en psicología educativa
role-occupational-therapist = terapeuta ocupacional
role-physiotherapist = fisioterapeuta
role-school-nurse = enfermero/a de la escuela
role-family-support-worker = trabajador/a de apoyo a las familias
role-head-teacher = director/a de la escuela
role-lunchtime-supervisor = monitor/a del comedor

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
                [one] una mañana por semana
               *[other] { $times } mañanas por semana
            }
        [afternoon]
            { $times ->
                [one] una tarde por semana
               *[other] { $times } tardes por semana
            }
        [lunchtime]
            { $times ->
                [one] una vez por semana al mediodía
               *[other] { $times } veces por semana al mediodía
            }
       *[none]
            { $times ->
                [one] una vez por semana
               *[other] { $times } veces por semana
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
                [one] los { $days } por la mañana
               *[other] los { $days } por la mañana
            }
        [afternoon]
            { $count ->
                [one] los { $days } por la tarde
               *[other] los { $days } por la tarde
            }
        [lunchtime]
            { $count ->
                [one] los { $days } al mediodía
               *[other] los { $days } al mediodía
            }
       *[none]
            { $count ->
                [one] los { $days }
               *[other] los { $days }
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] en cada clase
        [day] todos los días
        [morning] todas las mañanas
        [afternoon] todas las tardes
        [lunchtime] todos los días al mediodía
        [playtime] en cada recreo
        [after-playtime] después de cada recreo
        [week] todas las semanas
        [two-weeks] cada dos semanas
        [half-term] dos veces por trimestre
       *[term] una vez por trimestre
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } a las { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] durante una semana
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
about-heading = Lo que { $name } hace bien y lo que le gusta

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = Lo que a { $name } le resulta difícil

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = Lo que ayuda a { $name }

## Targets

targets-heading = Objetivos

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] { $name } tiene un objetivo en este plan.
        [many] { $name } tiene { $count } objetivos en este plan.
       *[other] { $name } tiene { $count } objetivos en este plan.
    } Un objetivo es un pequeño paso que podemos comprobar.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Objetivo { $number }

target-who = Quién ayuda
target-does-what = Qué se hace
target-when = Cuándo y con qué frecuencia
target-success = Cómo sabremos que funciona
target-home = Qué pueden hacer en casa

## The rest of the plan

home-heading = Cómo ayudar en casa
exit-heading = Cuándo puede terminar la ayuda adicional
further-heading = Otras evaluaciones y servicios
further-assessments = Evaluaciones previstas
further-agencies = Servicios de fuera de la escuela que ayudan

## Outside agencies

agency-educational-psychology = Psicología educativa ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Terapia del habla y del lenguaje ({ EN("speech and language therapy") })
agency-behaviour-support = Servicio de apoyo a la conducta ({ EN("behaviour support") })
agency-hearing-support = Servicio de apoyo a la audición ({ EN("hearing support") })
agency-vision-support = Servicio de apoyo a la visión ({ EN("vision support") })
agency-sensory-support = Servicio de apoyo a la visión y la audición ({ EN("sensory support") })
agency-occupational-therapy = Terapia ocupacional ({ EN("occupational therapy") })
agency-physiotherapy = Fisioterapia
agency-camhs = Servicio de salud mental para niños y adolescentes ({ EN("CAMHS") })
agency-school-nurse = Enfermería escolar ({ EN("school nurse") })
agency-paediatrician = Pediatra (médico de niños)
agency-early-help = Apoyo temprano a las familias ({ EN("Early Help") })

## Review

review-heading = Cómo funcionó el plan
review-date = Fecha de la reunión
review-present = Quién asistió
review-outcomes = Objetivos y resultados
review-col-target = Objetivo
review-col-result = Resultado
review-col-comment = Comentario

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Objetivo { $number }

outcome-achieved = Alcanzado
outcome-partly = Alcanzado en parte
outcome-not-yet = Todavía no alcanzado

review-progress = Avances

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = Lo que dijo { $name }

review-parent-comment = Lo que dijo la familia
review-teacher-comment = Lo que dijo la escuela
review-next-steps = Próximos pasos
review-next-review = Próxima revisión del plan

## Help for parents

contact-heading = Preguntas y ayuda

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Si tienen alguna pregunta sobre este plan, por favor hablen con el profesor o la profesora de la clase, o con { $senco }, la persona que coordina en la escuela el apoyo a los niños con necesidades especiales ({ EN("SENCo") }).

contact-school-phone = Teléfono de la escuela

support-intro = También pueden recibir orientación gratuita de un servicio que no forma parte de la escuela:
support-phone = Teléfono
support-text = Mensaje de texto (SMS)
support-email = Correo electrónico
support-web = Sitio web
support-drop-in = Atención sin cita previa ({ EN("drop-in") })

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Página { $page } de { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Paquete de impresión para las reuniones con las familias

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Este paquete contiene { $documents ->
        [one] un documento
        [many] { $documents } documentos
       *[other] { $documents } documentos
    } para { $appointments ->
        [one] una cita
        [many] { $appointments } citas
       *[other] { $appointments } citas
    }, en el orden de las citas.

pack-duplex = Impriman el paquete a doble cara. Cada documento empieza en una hoja nueva, así que ninguna hoja lleva papeles de dos familias.

pack-files = Cada documento se guarda también como un archivo aparte. Cuando una familia pida una copia por correo electrónico, envíenle solo su propio archivo: un lector de pantalla puede leerlo en voz alta.

pack-appointments-heading = Citas
pack-col-time = Hora
pack-col-pupil = Estudiante
pack-col-teacher = Profesor/a
pack-col-room = Aula
pack-col-parent-copy = Copia para la familia
pack-col-school-copy = Copia para la escuela
pack-col-page = Página

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Copia para la familia en { $language }
pack-copy-parent-large = Copia para la familia en { $language }, en letra grande
pack-copy-school = Copia para la escuela en { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, en letra grande

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } texto sin traducir
        [many] { $count } textos sin traducir
       *[other] { $count } textos sin traducir
    })

pack-missing-heading = No incluidas en este paquete
pack-missing-intro = Estas citas no tienen documentos, porque sus planes no se pudieron convertir en documentos. El resumen que aparece al final del proceso indica qué hay que corregir.
pack-col-problem = Problema

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] inglés
        [pl] polaco
        [ro] rumano
        [pa] panyabí (alfabeto gurmukhi)
        [pa-Arab] panyabí (alfabeto shahmukhi)
        [ur] urdu
        [pt] portugués
        [es] español
        [it] italiano
        [fr] francés
        [bn] bengalí
        [gu] guyaratí
        [ar] árabe
        [sq] albanés
        [so] somalí
        [lt] lituano
        [uk] ucraniano
        [tr] turco
        [fa] persa
        [ta] tamil
        [bg] búlgaro
        [hu] húngaro
        [ru] ruso
        [zh-Hans] chino simplificado
        [zh-Hant] chino tradicional
        [ps] pastún
        [ti] tigriña
        [ne] nepalí
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
provision-title = Mapa de apoyos – { $school }
provision-heading = Mapa de apoyos ({ EN("provision map") })
provision-intro = Este mapa muestra el apoyo adicional que la escuela ofrece a estudiantes con necesidades educativas especiales: quién lo da, con qué frecuencia, cuánto cuesta, quién participa y qué cambios logra.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Total de esta área: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Costo total de todo el apoyo adicional: { $amount }

provision-col-support = Apoyo
provision-col-staff = A cargo de
provision-col-group = Tamaño del grupo
provision-col-often = Con qué frecuencia
provision-col-weeks = Semanas
provision-col-measure = Cómo se mide el progreso
provision-col-cost = Costo
provision-col-per-pupil = Costo por estudiante
provision-col-pupils = Estudiantes

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } minutos, { $sessions ->
        [one] una vez por semana
        [many] { $sessions } veces por semana
       *[other] { $sessions } veces por semana
    }

provision-impact-heading = Resultados
provision-impact-intro = Para los estudiantes que tienen una puntuación al principio y al final. El costo por punto es el costo por estudiante dividido entre la mejora media.
provision-col-entry = Puntuación media al principio
provision-col-exit = Puntuación media al final
provision-col-gain = Mejora media
provision-col-per-point = Costo por estudiante por cada punto de mejora
provision-no-scores = Todavía no hay puntuaciones

provision-gaps-heading = Necesidades sin apoyo
provision-no-gaps = Todas las necesidades que aparecen en los planes están cubiertas: cada estudiante participa en algún apoyo para cada una de sus necesidades.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: el plan indica necesidades que ninguno de sus apoyos cubre ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Ningún apoyo cubre esta área de necesidad: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Mapa de apoyos – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = Apoyo adicional para { $name }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Este mapa muestra el apoyo adicional que la escuela ofrece a los niños que lo necesitan. El apoyo que recibe { $name } está marcado en la última columna e impreso en negrita.

provision-offer-heading = Apoyos que ofrece la escuela

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = Para { $name }
provision-mine = Sí, participa

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = Cómo va el apoyo de { $name }

provision-col-start = Inicio
provision-col-per-week = Veces por semana
provision-col-score-start = Puntuación al principio
provision-col-score-end = Puntuación al final
provision-no-score = Todavía no

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = Cuándo recibe apoyo { $name } cada semana

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Las sesiones de apoyo adicional que tiene { $name } en una semana normal de clases: qué es cada una, quién está a cargo y cuánto dura.

# The heading of the school's week of support (for staff).
provision-school-week-heading = El apoyo a lo largo de la semana

provision-school-week-intro = Cuándo se da cada apoyo en una semana normal de clases, quién está a cargo, dónde y para cuántos estudiantes es.

# The first column of the week table: the time a session starts.
provision-col-time = Hora

# The row for sessions whose days are known but not their time.
provision-week-no-time = Hora sin fijar todavía

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
        [one] { $count } estudiante
        [many] { $count } estudiantes
       *[other] { $count } estudiantes
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = El plan de apoyo ({ EN("IEP") }) de su hijo o hija: guía para padres y madres
leaflet-iep-intro = Algunos niños y niñas necesitan ayuda adicional en la escuela para aprender y sentirse bien. Esta guía explica el plan que la escuela escribe para esa ayuda y cómo pueden participar ustedes.

leaflet-what-heading = Qué es un { EN("IEP") }
leaflet-what-is = Un { EN("IEP") } (plan educativo individual) es un plan corto para un solo niño o niña. Muchas escuelas ahora lo llaman plan de apoyo. Dice en qué está trabajando su hijo o hija, qué hará la escuela para ayudar y qué pueden hacer ustedes en casa.
leaflet-what-who = La escuela lo escribe con ustedes y, cuando es posible, también con su hijo o hija. Deben recibir su propia copia, y pueden pedirla en un idioma o un formato que puedan leer.

leaflet-contents-heading = Qué incluye el plan
leaflet-contents-intro = Un plan suele tener estas partes:
leaflet-contents-strengths = lo que su hijo o hija hace bien y lo que le gusta
leaflet-contents-needs = lo que le resulta difícil
leaflet-contents-targets = tres o cuatro objetivos: los próximos pasos en los que está trabajando
leaflet-contents-help = quién ayuda, qué hace y con qué frecuencia
leaflet-contents-home = qué pueden hacer ustedes en casa
leaflet-contents-review = cuándo se volverá a revisar el plan

leaflet-smart-heading = Objetivos { EN("SMART") }
leaflet-smart-intro = Los buenos objetivos son { EN("SMART") }. Es decir, son:
leaflet-smart-specific = Specific (específicos): dicen exactamente qué aprenderá a hacer su hijo o hija.
leaflet-smart-measurable = Measurable (medibles): todos pueden ver cuándo se ha alcanzado el objetivo.
leaflet-smart-achievable = Achievable (alcanzables): su hijo o hija puede lograrlos con la ayuda adecuada.
leaflet-smart-relevant = Relevant (relevantes): son importantes para el aprendizaje y la vida de su hijo o hija.
leaflet-smart-time-bound = Time-bound (con fecha límite): dicen para cuándo, normalmente para la próxima revisión del plan.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Por ejemplo, «leer mejor» no es un objetivo { EN("SMART") }. Este sí lo es: «Leer { $read } de las { $total } palabras más comunes de la tarjeta de palabras, en dos comprobaciones con una semana de diferencia, para la revisión de enero».

leaflet-review-heading = Revisiones del plan
leaflet-review-when = El plan se vuelve a mirar en una reunión de revisión ({ EN("review") }), normalmente una vez por trimestre, es decir, unas tres veces al año. La escuela repasa con ustedes cada objetivo: ¿se alcanzó? ¿Qué ayudó?
leaflet-review-you = Se les invita a todas las revisiones. Su opinión cuenta: cuéntenle a la escuela lo que ven en casa y lo que les preocupa. Su hijo o hija también puede participar: puede venir a una parte de la reunión o dar su opinión antes. Después se acuerdan los nuevos objetivos.

leaflet-map-heading = Mapa de apoyos ({ EN("provision map") })
leaflet-map-what = El mapa de apoyos ({ EN("provision map") }) es la lista de todo el apoyo adicional que ofrece la escuela, como grupos pequeños de lectura o una charla breve cada día para ver cómo está el niño o la niña. Muestra quién da cada tipo de apoyo, con qué frecuencia y qué cambios logra.
leaflet-map-yours = Pueden pedir un mapa de apoyos para su hijo o hija. Muestra el apoyo que ofrece la escuela y marca el que recibe su hijo o hija, con sus puntuaciones al principio y al final.

leaflet-stages-heading = Niveles de apoyo
leaflet-stages-intro = La escuela usa estos nombres para los niveles de ayuda adicional:
leaflet-stage-sen-support = Apoyo para necesidades educativas especiales ({ EN("SEN Support") }): la escuela planifica ayuda adicional con su propio personal y sus propios recursos, y la escribe en un plan de apoyo.
leaflet-stage-ehc-plan = Plan de educación, salud y cuidados ({ EN("EHC plan") }): un plan legal de la autoridad local ({ EN("local council") }) para un niño o niña que necesita más ayuda de la que la escuela puede dar con sus propios recursos.
leaflet-stage-school-action = Apoyo de la escuela ({ EN("School Action") }): la escuela da ayuda adicional con su propio personal y sus propios recursos.
leaflet-stage-school-action-plus = Apoyo de la escuela, con especialistas de fuera de la escuela ({ EN("School Action Plus") }): la escuela además recibe consejos o ayuda de especialistas de fuera de la escuela.
leaflet-stage-statement = Declaración oficial de necesidades educativas especiales ({ EN("Statement of SEN") }): un documento legal de la autoridad local que indica la ayuda que un niño o niña debe recibir.

leaflet-help-heading = Ayuda independiente
leaflet-help-intro = Pueden hablar en cualquier momento con el profesor o la profesora de la clase, o con la persona que coordina en la escuela el apoyo a los niños con necesidades especiales. También pueden recibir orientación gratuita de un servicio que no forma parte de la escuela:
leaflet-help-none = Pidan a la escuela los datos del servicio local de información, orientación y apoyo para necesidades educativas especiales. Su orientación es gratuita y no depende de la escuela.

leaflet-formats-heading = Otro idioma u otro formato
leaflet-formats-ask = Pueden pedir a la escuela este folleto y el plan de su hijo o hija en otro idioma, en letra grande, en braille o en grabación de audio. También pueden pedir que se los envíen por correo electrónico. Solo tienen que decírselo al profesor o la profesora de la clase, o en la oficina de la escuela.

leaflet-languages-heading = Este folleto en su idioma

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Este folleto está disponible en español. Pidan una copia en la escuela.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Preguntas para la reunión de revisión
leaflet-questions-intro = Pueden llevar esta tarjeta a la reunión de revisión del plan de su hijo o hija. Elijan las preguntas que les importan y escriban notas en el espacio que hay debajo de cada una.
leaflet-question-progress = ¿Cómo le ha ido a mi hijo o hija con cada objetivo?
leaflet-question-helped = ¿Qué es lo que más ha ayudado a mi hijo o hija, y qué no ha funcionado?
leaflet-question-next = ¿Cuáles son los nuevos objetivos, y por qué estos?
leaflet-question-who = ¿Quién va a ayudar a mi hijo o hija, y con qué frecuencia?
leaflet-question-home = ¿Qué puedo hacer en casa para ayudar?
leaflet-question-child = ¿Qué piensa mi hijo o hija, y cómo puede participar?
leaflet-question-friends = ¿Cómo se lleva mi hijo o hija con los otros niños?
leaflet-question-assess = ¿Hay previstas evaluaciones o ayuda de fuera de la escuela?
leaflet-question-contact = ¿Con quién hablo si algo me preocupa antes de la próxima revisión?
leaflet-question-next-review = ¿Cuándo es la próxima revisión?
