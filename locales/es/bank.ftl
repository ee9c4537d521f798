# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# Parents are "ustedes", as in iep.ftl; the word card is "tarjeta de palabras".

## Cognition and learning

bank-read-common-words = { $name } leerá { $count } de las { $total } palabras más comunes de su tarjeta de palabras, en dos comprobaciones con una semana de diferencia.

bank-precision-teaching = { EN("Precision teaching") }: unos minutos de práctica cada día con tarjetas de palabras, con pocas palabras cada vez

bank-words-read-checked-weekly = Cada semana se anotan las palabras que lee correctamente.

bank-read-card-words-at-bedtime = A la hora de dormir, lean juntos { $count } de las palabras de la tarjeta.

bank-write-sentences-about-picture = { $name } escribirá { $count ->
        [one] una oración
        [many] { $count } oraciones
       *[other] { $count } oraciones
    } sobre una imagen, con mayúscula al principio y punto al final.

bank-writing-group-sentence-frames = Un grupo pequeño de escritura que usa comienzos de oración (el principio de una oración, para terminarla)

bank-writing-samples-checked = Se guardan muestras de lo que escribe y se revisan cada dos semanas.

bank-talk-about-picture = Hablen juntos sobre una imagen y { $gender ->
        [female] ayúdenla
        [male] ayúdenlo
       *[other] ayuden a su hijo o hija
    } a decir una oración en voz alta antes de escribirla.

bank-read-together-daily = Por favor, lean con { $name } durante { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } todos los días y firmen el cuaderno de lectura.

bank-know-letter-sounds = { $name } dirá el sonido de { $count } de { $total ->
        [one] la letra o el grupo de letras
        [many] las { $total } letras y grupos de letras
       *[other] las { $total } letras y grupos de letras
    } que ha aprendido hasta ahora en { EN("phonics") } (las clases para leer a partir de los sonidos de las letras).

bank-blend-short-words = { $name } dirá los sonidos de palabras cortas, como «{ EN("cat") }» y «{ EN("ship") }», y los unirá para leerlas. Leerá bien { $count } de { $total ->
        [one] una palabra
        [many] { $total } palabras
       *[other] { $total } palabras
    }.

bank-spell-list-words = { $name } escribirá bien { $count } de { $total ->
        [one] la única palabra
        [many] las { $total } palabras
       *[other] las { $total } palabras
    } de su lista de ortografía, en dos comprobaciones seguidas.

bank-read-page-few-mistakes = { $name } leerá en voz alta una página de su libro de lectura con { $count ->
        [one] un error como máximo
        [many] { $count } errores como máximo
       *[other] { $count } errores como máximo
    }.

bank-answer-questions-about-text = { $name } responderá bien { $count } de { $total ->
        [one] una pregunta
        [many] { $total } preguntas
       *[other] { $total } preguntas
    } sobre un texto corto leído con un adulto.

bank-number-bonds-to-ten = { $name } responderá bien { $count } de { $total ->
        [one] una pregunta
        [many] { $total } preguntas
       *[other] { $total } preguntas
    } sobre las parejas de números que suman diez, sin contar con los dedos.

bank-count-objects-accurately = { $name } contará bien hasta { $count ->
        [one] un objeto
        [many] { $count } objetos
       *[other] { $count } objetos
    }: tocará cada objeto una sola vez y dirá que el último número es el total.

bank-times-table-facts = { $name } responderá bien { $count } de { $total ->
        [one] una pregunta
        [many] { $total } preguntas
       *[other] { $total } preguntas
    } sobre la tabla del { $table }, sin escribir la tabla.

bank-finger-spaces = { $name } dejará el espacio de un dedo entre las palabras en { $count } de { $total ->
        [one] una oración
        [many] { $total } oraciones
       *[other] { $total } oraciones
    } escritas en clase.

bank-form-letters-correctly = { $name } escribirá bien { $count } de { $total ->
        [one] una letra minúscula
        [many] { $total } letras minúsculas
       *[other] { $total } letras minúsculas
    }, empezando cada una en el lugar correcto.

bank-remember-list-in-order = { $name } recordará una lista de { $count ->
        [one] una palabra
        [many] { $count } palabras
       *[other] { $count } palabras
    } y la repetirá en el orden correcto.

bank-use-word-mat = { $name } usará la hoja de palabras para comprobar cómo se escriben las palabras, sin que haga falta recordárselo, en { $times } de { $of ->
        [one] una tarea de escritura
        [many] { $of } tareas de escritura
       *[other] { $of } tareas de escritura
    }.

bank-phonics-catch-up-group = Un grupo de refuerzo de { EN("phonics") } (lectura a partir de los sonidos de las letras): sesiones cortas en un grupo pequeño, casi todos los días, para practicar los sonidos de las letras y unirlos para formar palabras

bank-paired-reading = Lectura en pareja: un adulto y { $name } leen juntos un libro en voz alta, y el adulto ayuda con las palabras difíciles

bank-multisensory-spelling = Ortografía con varios sentidos: cada palabra se aprende diciéndola, repasándola con el dedo, escribiéndola y comprobándola

bank-maths-with-objects = Matemáticas con cosas que se pueden tocar y mover, como fichas, cubos y rectas numéricas, para ver y tocar los números

bank-pre-teaching-topic-words = Enseñanza previa: las palabras nuevas del tema de la clase se enseñan antes de la lección, en un grupo pequeño y con imágenes

bank-word-mat-on-table = Una hoja de palabras sobre la mesa: una hoja con palabras útiles y cómo se escriben, para mirarla mientras escribe

bank-task-steps-checklist = Tareas divididas en pasos pequeños, con una lista para marcar cada paso cuando está hecho

bank-reading-comprehension-group = Un grupo de comprensión lectora: leer textos cortos en un grupo pequeño y hablar de lo que quieren decir

bank-i-spy-letter-sounds = Jueguen a «Veo, veo» con los sonidos de las letras, por ejemplo: «Veo, veo una cosa que empieza por sss».

bank-look-say-cover-write-check = Practiquen la lista de ortografía con pocas palabras cada vez: miren la palabra, díganla, tápenla, escríbanla y compruébenla.

bank-count-everyday-things = Cuenten cosas juntos en la vida diaria, como los escalones, las cucharas de la cena o los coches rojos de camino a la escuela.

bank-card-game-make-ten = Jueguen juntos a las cartas: por turnos, busquen dos cartas que sumen diez.

bank-letter-sounds-checked-half-termly = Se comprueba qué sonidos de las letras conoce { $name } al principio del plan y dos veces por trimestre.

bank-spelling-scores-charted = Una prueba corta de ortografía cada semana; los resultados se anotan en una tabla.

bank-running-record = Un registro de lectura cada dos semanas: un adulto escucha leer a { $name } y anota cada palabra que lee bien.

bank-need-reading-and-spelling = A { $name } le cuesta leer y escribir palabras nuevas, y recordarlas de un día para otro.

bank-strength-memory-for-stories = A { $name } le encantan los cuentos: los recuerda bien y le gusta contarlos a los demás.

## Communication and interaction

bank-follow-two-step-instruction = { $name } seguirá una instrucción de dos pasos dada a toda la clase, sin que haga falta recordársela, { $times } de cada { $of } veces.

bank-instructions-in-short-steps = Las instrucciones se dan en pasos cortos, con una imagen que muestra cada paso.

bank-tally-chart-weekly = Una tabla de conteo, que se revisa cada semana

bank-two-step-instructions-at-home = En casa, denle instrucciones de dos pasos y { $gender ->
        [female] felicítenla
        [male] felicítenlo
       *[other] feliciten a su hijo o hija
    } cuando las siga.

bank-answer-who-what-where = { $name } responderá bien { $count } de { $total ->
        [one] una pregunta
        [many] { $total } preguntas
       *[other] { $total } preguntas
    } que empiezan por «quién», «qué» o «dónde», sobre una imagen o un cuento corto.

bank-speak-in-longer-sentences = { $name } dirá oraciones de { $words ->
        [one] una palabra
        [many] { $words } palabras
       *[other] { $words } palabras
    } o más al hablar con un adulto sobre una imagen.

bank-take-turns-in-conversation = En una conversación con un amigo o una amiga, { $name } hablará por turnos { $turns ->
        [one] una vez
        [many] { $turns } veces
       *[other] { $turns } veces
    }, sin cambiar de tema.

bank-ask-for-help-when-stuck = { $name } pedirá ayuda cuando no sepa seguir, con palabras o con una tarjeta de ayuda, en { $times } de { $of ->
        [one] una clase
        [many] { $of } clases
       *[other] { $of } clases
    }.

bank-listen-at-carpet-time = Cuando la clase se sienta en la alfombra, { $name } se quedará { $gender ->
        [female] sentada
        [male] sentado
       *[other] en su sitio
    } y escuchará durante { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }, mirando a la persona que habla.

bank-learn-topic-words = { $name } aprenderá { $count ->
        [one] una palabra nueva
        [many] { $count } palabras nuevas
       *[other] { $count } palabras nuevas
    } del tema de la clase cada medio trimestre, y sabrá decir qué significa cada una.

bank-say-hello-on-arrival = Al llegar a clase, { $name } saludará a un adulto y a un compañero o compañera, { $days } de cada { $of } días.

bank-wait-turn-to-speak = En un grupo, { $name } esperará su turno para hablar, sin interrumpir en voz alta, { $times } de cada { $of } veces.

bank-say-practised-sound = { $name } dirá con claridad el sonido que está practicando al principio de las palabras, en { $count } de { $total ->
        [one] una palabra
        [many] { $total } palabras
       *[other] { $total } palabras
    }.

bank-position-words = { $name } mostrará que entiende { $count } de { $total ->
        [one] una palabra de posición
        [many] { $total } palabras de posición
       *[other] { $total } palabras de posición
    }, como «dentro», «encima» y «debajo», poniendo un juguete en el lugar correcto.

bank-move-on-with-visual-timetable = { $name } mirará la agenda visual y pasará a la siguiente actividad con un solo recordatorio como máximo, { $times } de cada { $of } veces.

bank-play-shared-game = { $name } jugará a un juego con otro niño o niña durante { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }, con un adulto cerca.

bank-visual-timetable = Una agenda visual: imágenes en la mesa o en la pared que muestran el orden del día, para que { $name } sepa qué viene después

bank-now-and-next-board = Un tablero «ahora y después»: dos imágenes que muestran la tarea de ahora y lo que viene después

bank-social-stories = { EN("Social stories") } (historias sociales): cuentos cortos con imágenes que explican una situación nueva o difícil y qué hacer en ella

bank-speech-and-language-programme = Un programa de habla y lenguaje preparado por el terapeuta, que se practica con un asistente de aula en sesiones cortas cada semana

bank-language-group = Un grupo pequeño de lenguaje: juegos para aprender a escuchar, aprender palabras nuevas y hablar con oraciones

bank-colourful-semantics = { EN("Colourful semantics") }: tarjetas de colores para quién, qué hace, qué y dónde, que ayudan a formar oraciones más largas

bank-name-first-short-instructions = Los adultos dicen el nombre de { $name } antes de dar una instrucción, dan un solo paso corto cada vez y esperan la respuesta

bank-signs-and-symbols = Signos con las manos y pictogramas junto con las palabras, para que lo que se dice sea más fácil de entender

bank-talk-about-picture-book = Miren juntos un libro de imágenes y hablen de lo que pasa en cada página.

bank-name-things-on-walks = De paseo o en la tienda, digan juntos el nombre de las cosas, y añadan una palabra nueva cada vez.

bank-my-turn-your-turn = Jueguen a un juego sencillo por turnos, como pasarse una pelota, y digan «me toca a mí, te toca a ti».

bank-first-then-at-home = En casa, usen «primero…, después…» para mostrar lo que viene, por ejemplo: «primero los zapatos, después el parque».

bank-speech-therapist-checks-each-visit = El terapeuta del habla y del lenguaje comprueba los avances en cada visita y escribe una nota corta.

bank-sentence-samples-half-termly = Un adulto anota lo que dice { $name } sobre una imagen al principio del plan y dos veces por trimestre, para ver cómo crecen sus oraciones.

bank-group-session-notes = El adulto que lleva el grupo anota en cada sesión cada turno y cada respuesta, y revisa las notas cada dos semanas.

bank-need-spoken-instructions = A { $name } le cuesta seguir las instrucciones habladas que se dan a toda la clase, y encontrar las palabras para explicar sus ideas.

## Social, emotional and mental health

bank-calm-card = { $name } usará una tarjeta de la calma y un rincón de la calma en lugar de gritar, { $days } de cada { $of } días.

bank-feelings-check-in = Una charla breve cada mañana para ver cómo se siente, con una escala de emociones

bank-feelings-scale-at-home = Usen en casa la misma escala de emociones y { $gender ->
        [female] felicítenla
        [male] felicítenlo
       *[other] feliciten a su hijo o hija
    } cuando pida un descanso.

bank-name-feelings = { $name } nombrará { $count ->
        [one] una emoción
        [many] { $count } emociones
       *[other] { $count } emociones
    }, como alegría, tristeza, enfado y preocupación, y unirá cada una con su imagen.

bank-calm-again-within-minutes = Cuando se disguste, { $name } volverá a estar { $gender ->
        [female] tranquila
        [male] tranquilo
       *[other] en calma
    } en { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } como máximo, con la ayuda de un adulto.

bank-use-break-card = Cuando se disguste, { $name } mostrará la tarjeta de descanso para pedir una pausa corta, en lugar de salir del aula, { $times } de cada { $of } veces.

bank-start-task-when-asked = { $name } empezará una tarea en { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } como máximo después de que se le pida, { $days } de cada { $of } días.

bank-join-playtime-game = En el recreo, { $name } jugará con otros niños y niñas, { $days } de cada { $of } días.

bank-safe-hands-at-playtime = En el recreo, { $name } no hará daño a nadie con las manos ni con los pies, { $days } de cada { $of } días.

bank-lose-a-game-calmly = Cuando pierda en un juego, { $name } mantendrá la calma y dirá «¡bien hecho!» a quien gane, en { $times } de { $of ->
        [one] un juego
        [many] { $of } juegos
       *[other] { $of } juegos
    }.

bank-say-good-things-about-self = En la charla de cada semana, { $name } dirá { $count ->
        [one] una cosa buena
        [many] { $count } cosas buenas
       *[other] { $count } cosas buenas
    } { $gender ->
        [female] de sí misma
        [male] de sí mismo
       *[other] de sí mismo o misma
    }.

bank-come-into-class-calmly = Por la mañana, { $name } se despedirá en la puerta y entrará en clase con calma, { $days } de cada { $of } días.

bank-follow-request-after-reminder = { $name } hará lo que le pide un adulto con un solo recordatorio como máximo, { $times } de cada { $of } veces.

bank-stay-in-lesson = { $name } se quedará en el aula durante toda la clase, con un descanso previsto si lo necesita, en { $times } de { $of ->
        [one] una clase
        [many] { $of } clases
       *[other] { $of } clases
    }.

bank-sort-out-falling-out = Cuando tenga un problema con un amigo o una amiga, { $name } usará las palabras, y no las manos, para resolverlo, con la ayuda de un adulto si hace falta, { $times } de cada { $of } veces.

bank-feelings-traffic-light = Un semáforo de las emociones: tarjetas verde, amarilla y roja para mostrar cómo se siente { $name }, con un plan de lo que ayuda en cada color

bank-nurture-group = Un { EN("nurture group") } (grupo de apoyo afectivo): un grupo pequeño y tranquilo, con un adulto conocido, durante una parte del día, para ganar confianza y hacer amistades

bank-emotional-literacy-support = Apoyo para entender las emociones: una sesión cada semana con un asistente de aula formado para hablar de los sentimientos y practicar maneras de sobrellevarlos

bank-social-skills-group = Un grupo de habilidades sociales: juegos en un grupo pequeño para practicar cómo compartir, esperar el turno y saber perder

bank-calm-space-with-timer = Un espacio tranquilo en el aula o cerca de ella para un descanso corto con un reloj de arena, y después volver a aprender

bank-meet-and-greet = Bienvenida por la mañana: cada día, un adulto conocido recibe a { $name } en la puerta y le ayuda a empezar el día con calma

bank-praise-and-reward-chart = Felicitaciones claras cuando toma buenas decisiones, y una tabla de recompensas con metas pequeñas acordadas con { $name }

bank-restorative-conversations = Conversaciones para arreglar las cosas: después de un problema, un adulto ayuda a cada niño o niña a decir qué pasó, cómo se sintió y cómo arreglarlo

bank-best-part-of-the-day = Antes de dormir, pregunten qué fue lo mejor del día y qué fue difícil, y escuchen con calma.

bank-slow-breathing-together = Practiquen juntos la respiración lenta cuando todos estén tranquilos: tomar aire contando hasta cuatro y soltarlo contando hasta cuatro.

bank-praise-effort-at-home = Fíjense en los momentos en que { $name } se esfuerza o hace algo amable, y díganle exactamente qué estuvo bien.

bank-tell-school-about-changes = Cuenten a la escuela los cambios en casa, como una mudanza, un bebé nuevo o la pérdida de un ser querido, para que el personal pueda ayudar.

bank-difficult-moments-record = Un registro de los momentos difíciles (qué pasó antes, qué hizo { $name } y qué pasó después), que se revisa cada semana.

bank-feelings-questionnaire = Un cuestionario corto sobre las emociones, que se rellena con { $name } al principio y al final del plan.

bank-daily-smiley-chart = Una tabla diaria con una carita sonriente para cada parte del día, que se comparte con la familia y se revisa cada viernes.

bank-need-managing-feelings = A { $name } le cuesta controlar las emociones fuertes y calmarse cuando se disgusta.

## Sensory and physical

bank-pencil-grip = { $name } sujetará el lápiz con los dedos en pinza (entre el pulgar y dos dedos) durante { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } de escritura.

bank-put-on-coat = { $name } se pondrá el abrigo y subirá la cremallera sin ayuda, { $days } de cada { $of } días.

bank-change-for-pe = { $name } se cambiará de ropa para educación física sin ayuda en { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } o menos.

bank-cut-along-line = { $name } recortará con tijeras por una línea gruesa, sin alejarse de la línea, { $times } de cada { $of } veces.

bank-balance-on-one-leg = { $name } se mantendrá a la pata coja, con cada pierna, durante { $seconds ->
        [one] un segundo
        [many] { $seconds } segundos
       *[other] { $seconds } segundos
    }.

bank-wear-hearing-aids = { $name } llevará puestos los audífonos durante todo el día en la escuela, { $days } de cada { $of } días.

bank-say-when-not-heard = { $name } avisará a un adulto cuando no haya oído o visto algo bien, con palabras o con una tarjeta, en { $times } de { $of ->
        [one] una clase
        [many] { $of } clases
       *[other] { $of } clases
    }.

bank-use-large-print = { $name } usará letra grande o una lupa para leer el trabajo de clase, sin que haga falta recordárselo, en { $times } de { $of ->
        [one] una clase
        [many] { $of } clases
       *[other] { $of } clases
    }.

bank-find-way-around-school = { $name } irá { $gender ->
        [female] sola
        [male] solo
       *[other] sin ayuda
    } desde el aula hasta el salón de actos, los baños y el patio, { $days } de cada { $of } días.

bank-write-words-in-time = { $name } escribirá { $words ->
        [one] una palabra
        [many] { $words } palabras
       *[other] { $words } palabras
    } en { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }, con letras fáciles de leer.

bank-ask-for-movement-break = Cuando { $gender ->
        [female] esté inquieta
        [male] esté inquieto
       *[other] tenga ganas de moverse
    }, { $name } mostrará una tarjeta para pedir un descanso para moverse, en lugar de levantarse de su sitio, { $times } de cada { $of } veces.

bank-stay-in-assembly = { $name } se quedará en el salón de actos durante { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } de la asamblea (la reunión de toda la escuela), con cascos antirruido si los necesita.

bank-fine-motor-group = Un grupo de motricidad fina: actividades cortas, como ensartar cuentas, usar pinzas y { EN("dough disco") } (apretar y estirar plastilina al ritmo de la música), para fortalecer las manos

bank-therapy-exercise-programme = Un programa de ejercicios del terapeuta ocupacional o del fisioterapeuta, que se hace con un asistente de aula

bank-radio-aid = Un sistema FM: el profesor o la profesora lleva un micrófono pequeño que envía su voz directamente a los audífonos de { $name }

bank-seat-near-the-front = Un sitio cerca de la parte delantera, de cara al profesor o la profesora, con buena luz y lejos del ruido

bank-large-print-materials = Fichas y libros en letra grande y con mucho contraste, preparados con los consejos del servicio de apoyo a la visión y la audición

bank-sensory-circuit = Un circuito sensorial: una serie corta de actividades de movimiento cada mañana, para ayudar a { $name } a sentirse { $gender ->
        [female] tranquila y preparada para aprender
        [male] tranquilo y preparado para aprender
       *[other] en calma y con ganas de aprender
    }

bank-movement-breaks = Descansos planificados para moverse: encargos o ejercicios cortos durante las clases, como llevar un mensaje a la oficina

bank-ear-defenders-and-quiet-place = Cascos antirruido, y un lugar tranquilo adonde ir cuando hay demasiado ruido en el aula

bank-finger-games-at-home = Jueguen a juegos con movimientos pequeños de los dedos, como ensartar cuentas, construir con piezas pequeñas o tender la ropa con pinzas.

bank-dressing-practice = Por la mañana, den tiempo a { $name } para vestirse { $gender ->
        [female] sola
        [male] solo
       *[other] sin ayuda
    }, y ayuden únicamente con la parte más difícil.

bank-check-hearing-aids-daily = Antes de ir a la escuela, comprueben que los audífonos funcionan, y pongan pilas de repuesto en la mochila.

bank-active-play-at-the-park = Vayan juntos al parque y jueguen en las estructuras para trepar, en los columpios y en todo lo que sirva para practicar el equilibrio.

bank-therapist-checks-goals = El terapeuta ocupacional o el fisioterapeuta comprueba los avances en cada visita, según los objetivos que fijó.

bank-time-taken-recorded-weekly = Cada semana se anota cuánto tarda en hacer una tarea, como cambiarse para educación física, para ver si tarda cada vez menos.

bank-specialist-teacher-report = El profesor o la profesora especialista del servicio de apoyo a la visión y la audición observa una clase dos veces por trimestre y escribe un informe corto.

bank-need-fine-motor-skills = A { $name } le cuesta escribir a mano, recortar y hacer otras tareas que necesitan movimientos pequeños y cuidadosos de las manos (motricidad fina).

## Any area

bank-strength-kind-and-helpful = { $name } es amable y le gusta ayudar a los adultos y a otros niños y niñas.

bank-strength-creative = { $name } { $gender ->
        [female] es creativa
        [male] es creativo
       *[other] tiene mucha creatividad
    } y le gusta dibujar, hacer manualidades y construir cosas.

bank-strength-keeps-trying = { $name } sigue intentándolo, aunque una tarea sea difícil.

## Assessments

bank-reading-and-spelling-assessment = Una evaluación de la lectura y la ortografía

bank-maths-assessment = Una evaluación de matemáticas, para saber qué habilidades con los números necesitan más práctica

bank-dyslexia-screening = Una prueba de detección de la dislexia: una comprobación corta de la lectura, la ortografía y la memoria

bank-educational-psychologist-assessment = Una evaluación hecha por el especialista en psicología educativa

bank-speech-and-language-assessment = Una evaluación hecha por el terapeuta del habla y del lenguaje

bank-autism-assessment-referral = Una derivación al servicio de salud local para una evaluación del autismo

bank-mental-health-assessment = Una evaluación hecha por el { EN("CAMHS") }, el servicio local de salud mental para niños, niñas y jóvenes

bank-hearing-test-audiology = Una prueba de audición en el servicio de audiología

bank-eye-clinic-assessment = Una revisión de la vista en la consulta de oftalmología del hospital

bank-occupational-therapy-assessment = Una evaluación del movimiento, la escritura a mano y el cuidado personal (vestirse, comer, asearse), hecha por el terapeuta ocupacional
