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

bank-read-longer-words = { $name } leerá palabras más largas dividiéndolas en partes, como «{ EN("rab-bit") }» y «{ EN("sun-set") }». Leerá bien { $count } de { $total ->
        [one] una palabra
       *[other] { $total } palabras
    }.

bank-spell-words-said-aloud = Un adulto dirá en voz alta palabras cortas, como «{ EN("dog") }» y «{ EN("shop") }», y { $name } dirá sus sonidos y las escribirá. Escribirá bien { $count } de { $total ->
        [one] una palabra
       *[other] { $total } palabras
    }.

bank-use-spelling-rule = En una prueba de ortografía, { $name } usará la regla que está aprendiendo, como añadir «{ EN("ing") }» o «{ EN("ed") }» a una palabra, en { $count } de { $total ->
        [one] una palabra
       *[other] { $total } palabras
    }.

bank-read-words-per-minute = { $name } leerá bien { $words ->
        [one] una palabra
       *[other] { $words } palabras
    } por minuto en un libro de su nivel.

bank-retell-story-in-order = { $name } volverá a contar un cuento que se acaba de leer, en el orden correcto, con { $count ->
        [one] un hecho importante
       *[other] { $count } hechos importantes
    }.

bank-plan-writing-with-frame = Antes de empezar un texto, { $name } lo planificará en una hoja de planificación, escribiendo o dibujando { $count ->
        [one] una idea
       *[other] { $count } ideas
    }.

bank-check-own-writing = { $name } volverá a leer un texto terminado y corregirá sin ayuda al menos { $count ->
        [one] un error
       *[other] { $count } errores
    }.

bank-letters-on-the-line = { $name } escribirá sobre la línea, con las letras altas y las pequeñas del tamaño correcto, en { $count } de { $total ->
        [one] una oración
       *[other] { $total } oraciones
    }.

bank-add-and-take-away = { $name } sumará y restará con números hasta el { $limit }, y responderá bien { $count } de { $total ->
        [one] una pregunta
       *[other] { $total } preguntas
    }.

bank-tens-and-ones = { $name } dirá cuántas decenas y cuántas unidades tiene un número de dos cifras, en { $count } de { $total ->
        [one] un número
       *[other] { $total } números
    }.

bank-tell-time-on-clock = { $name } dirá qué hora es en un reloj de agujas, cuando es en punto o y media, y acertará { $count } de { $total ->
        [one] un reloj
       *[other] { $total } relojes
    }.

bank-pay-with-coins = { $name } elegirá las monedas correctas para pagar algo que cuesta hasta { $pence ->
        [one] un penique
       *[other] { $pence } peniques
    }, en { $count } de { $total ->
        [one] un intento
       *[other] { $total } intentos
    }.

bank-solve-word-problems = { $name } resolverá { $count } de { $total ->
        [one] un problema
       *[other] { $total } problemas
    } (preguntas de matemáticas contadas como una historia corta), con la ayuda de un dibujo o de objetos.

bank-work-alone-on-steps = { $name } hará { $gender ->
        [female] sola
        [male] solo
       *[other] sin ayuda
    } { $steps ->
        [one] un paso
       *[other] { $steps } pasos
    } de una tarea antes de consultar con un adulto.

bank-use-task-board = { $name } usará un tablero de tareas para ver qué hacer después, sin preguntar a un adulto, en { $times } de { $of ->
        [one] una clase
       *[other] { $of } clases
    }.

bank-bring-right-things = { $name } traerá a la escuela lo que necesita, como el libro de lectura, la botella de agua y la ropa de educación física, y lo comprobará con una lista, { $days } de cada { $of } días.

bank-finish-tasks-in-time = { $name } terminará { $count } de { $total ->
        [one] una tarea
       *[other] { $total } tareas
    } en el tiempo dado en clase, con un temporizador visual.

bank-decodable-reading-books = Libros de lectura adaptados a los sonidos que { $name } ya conoce, para que pueda leer cada palabra uniendo sus sonidos

bank-reciprocal-reading = Lectura recíproca: en un grupo pequeño, por turnos, los niños y niñas adivinan qué pasará después, hacen preguntas, explican las palabras difíciles y resumen un texto

bank-spelling-patterns-and-own-list = La ortografía se enseña en grupos de palabras que siguen el mismo patrón, con una lista personal de palabras difíciles para practicar

bank-handwriting-practice-group = Un grupo de caligrafía: unos minutos de práctica casi todos los días, para aprender la forma de las letras y cómo unirlas

bank-number-facts-daily-practice = Cálculos básicos practicados cada día con juegos cortos, unos minutos cada vez, para que se queden en la memoria

bank-desk-memory-aids = Ayudas para la memoria en la mesa, como una tira con el abecedario, una tabla de números y una tabla de multiplicar

bank-small-chunks-of-information = La información se da en partes pequeñas, se repite y se apoya con imágenes o con palabras clave escritas

bank-visual-timer-on-desk = Un temporizador visual en la mesa, para que { $name } vea cuánto tiempo le queda para una tarea

bank-start-then-step-back = Un adulto ayuda a { $name } a empezar una tarea, después se aparta y vuelve a ver cómo va al cabo de unos minutos, para que aprenda a trabajar sin ayuda

bank-daily-kit-checklist = Una lista con imágenes de lo que hay que traer cada día, guardada en la mochila, y una bandeja con etiqueta para los libros y el material

bank-other-ways-to-record = Otras maneras de anotar las ideas, como hacer un dibujo o un mapa mental, escribir con el teclado o decírselas a un adulto que las escribe

bank-reader-or-scribe-in-tests = Más tiempo en los exámenes, y un adulto que lea las preguntas o escriba las respuestas cuando { $name } lo necesite

bank-play-shops-with-coins = Jueguen a las tiendas con monedas de verdad: dejen que { $name } pague las cosas y cuente el cambio.

bank-tell-time-at-home = Miren juntos un reloj durante el día, y pregunten qué hora es a la hora de comer o antes de un programa favorito.

bank-pack-bag-night-before = Preparen juntos la mochila la noche anterior, con la lista con imágenes que da la escuela.

bank-memory-games = Jueguen a juegos de memoria, como «Fui a la tienda y compré…», añadiendo una cosa más en cada turno.

bank-write-for-real-reasons = Escriban juntos algo que sirva de verdad, como una lista de la compra, una tarjeta de cumpleaños o una nota para un familiar.

bank-maths-check-half-termly = Una prueba corta de las habilidades de matemáticas que se están practicando, al principio del plan y dos veces por trimestre.

bank-reading-speed-timed = Cada dos semanas, un adulto escucha a { $name } leer un texto corto durante un minuto y cuenta las palabras que lee bien.

bank-tasks-done-alone-counted = Cada semana se cuentan las tareas que { $name } termina sin la ayuda de un adulto.

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

bank-say-sound-in-sentences = Al hablar con un adulto, { $name } dirá con claridad el sonido que está practicando dentro de oraciones, en { $count } de { $total ->
        [one] una oración
       *[other] { $total } oraciones
    }.

bank-hear-sound-differences = { $name } oirá la diferencia entre palabras que suenan parecido, como «{ EN("key") }» y «{ EN("tea") }», y señalará la imagen correcta en { $count } de { $total ->
        [one] un par de palabras
       *[other] { $total } pares de palabras
    }.

bank-sort-words-into-groups = { $name } clasificará { $count } de { $total ->
        [one] una imagen
       *[other] { $total } imágenes
    } en grupos, como animales, comida y ropa, y dirá el nombre de cada grupo.

bank-describe-an-object = { $name } describirá un objeto diciendo { $count ->
        [one] una cosa
       *[other] { $count } cosas
    } sobre él, como su color, su forma, su tamaño o para qué sirve.

bank-follow-key-word-instructions = { $name } seguirá una instrucción con { $count ->
        [one] una palabra importante
       *[other] { $count } palabras importantes
    } que recordar, como «dame la pelota grande y roja», en { $times } de { $of ->
        [one] un intento
       *[other] { $of } intentos
    }.

bank-answer-why-and-how = { $name } responderá bien { $count } de { $total ->
        [one] una pregunta
       *[other] { $total } preguntas
    } que empiezan por «por qué» o «cómo», sobre un cuento o algo que ha pasado.

bank-tell-news-in-order = { $name } contará a un adulto algo que ha pasado, por ejemplo el fin de semana, con { $count ->
        [one] una oración
       *[other] { $count } oraciones
    } en el orden correcto.

bank-tell-story-with-cards = { $name } contará un cuento corto con la ayuda de tarjetas, e incluirá { $count } de { $total ->
        [one] la parte
       *[other] las { $total } partes
    } que muestran las tarjetas, como quién, dónde, qué pasó y cómo terminó.

bank-start-a-conversation = En el recreo, { $name } empezará una conversación con otro niño o niña, saludando o haciendo una pregunta, { $days } de cada { $of } días.

bank-ask-friend-a-question = { $name } hará a un amigo o una amiga una pregunta sobre lo que acaba de decir, { $times } de cada { $of } veces.

bank-read-feelings-in-pictures = { $name } dirá cómo puede sentirse una persona de una imagen, y por qué, en { $count } de { $total ->
        [one] una imagen
       *[other] { $total } imágenes
    }.

bank-explain-common-sayings = { $name } explicará qué significan de verdad { $count } de { $total ->
        [one] una expresión común
       *[other] { $total } expresiones comunes
    }, como «llover a cántaros».

bank-keep-comfortable-distance = Al hablar con otras personas, { $name } se quedará a un brazo de distancia, más o menos, { $times } de cada { $of } veces.

bank-cope-with-change-to-routine = { $name } mantendrá la calma cuando haya un cambio en el día que se haya mostrado antes en la agenda visual, { $times } de cada { $of } veces.

bank-ask-with-picture-cards = { $name } usará una tarjeta con imagen o un signo para pedir { $count ->
        [one] una cosa
       *[other] { $count } cosas distintas
    } durante el día, como agua, ayuda o ir al baño.

bank-join-activity-chosen-by-others = { $name } participará durante { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    } en una actividad elegida por otra persona, antes de volver a su actividad favorita.

bank-speak-up-in-small-group = En un grupo pequeño, { $name } responderá a una pregunta o dará una idea sin que se le pregunte antes, al menos { $times ->
        [one] una vez
       *[other] { $times } veces
    } por semana.

bank-say-what-helps-when-talking = { $name } dirá { $count ->
        [one] una cosa que le ayuda
       *[other] { $count } cosas que le ayudan
    } cuando le cuesta hablar, como que le den tiempo, y lo hablará con el profesor o la profesora de la clase.

bank-wait-time-to-answer = Tiempo para responder: después de hacer una pregunta, los adultos esperan unos diez segundos para que { $name } pueda pensar y contestar

bank-model-and-expand-sentences = Los adultos repiten lo que dice { $name } en una oración correcta y un poco más larga, sin pedirle que la repita

bank-word-webs = Redes de palabras: cada palabra nueva se relaciona con sus sonidos, su significado, una imagen y otras palabras parecidas, para que se quede en la memoria

bank-brick-building-group = Un grupo de construcción con piezas: un grupo pequeño construye un modelo en equipo, y cada niño o niña tiene una tarea (buscar las piezas, construir o dar las instrucciones), para practicar cómo hablar y trabajar juntos

bank-intensive-interaction = { EN("Intensive interaction") } (interacción intensiva): en el juego, un adulto sigue a { $name } e imita sus sonidos y gestos, para compartir la atención y disfrutar juntos

bank-quiet-workstation = Un puesto de trabajo tranquilo: una mesa lejos de las distracciones, con las tareas en orden, para trabajar sin ayuda

bank-comic-strip-conversations = { EN("Comic strip conversations") } (conversaciones en forma de cómic): dibujos sencillos con globos de diálogo y de pensamiento, para hablar de lo que pasó y de lo que pensaba cada persona

bank-warn-before-changes = Avisos antes de los cambios: los cambios del día se muestran antes en la agenda visual, y se hace una cuenta atrás antes de que termine una actividad

bank-stammering-friendly-talk = Una forma de hablar que ayuda con la tartamudez: los adultos esperan a que { $name } termine, sin terminarle las palabras, y acuerdan juntos cómo responder al pasar lista y a las preguntas en clase

bank-talking-partner = Un compañero o compañera para hablar: alguien de la clase con quien comentar las ideas antes de responder delante de todos

bank-communication-passport = Un pasaporte de comunicación: un librito, hecho con la familia, que explica al personal cómo se comunica { $name } y qué le ayuda

bank-lunchtime-club-structured-play = Un club a la hora de comer: juegos en un grupo pequeño, con un adulto que ayuda a los niños y niñas a jugar juntos

bank-speech-sound-games-from-therapist = Jueguen cada día unos minutos a los juegos de sonidos que dio el terapeuta, y feliciten cada intento.

bank-talk-at-mealtimes = Apaguen las pantallas durante las comidas y hablen juntos del día.

bank-prepare-for-changes = Antes de un cambio, como una visita o una excursión, enseñen fotos a { $name } o cuenten una historia corta sobre lo que va a pasar.

bank-give-time-to-talk = Cuando a { $name } le cueste hablar, esperen con calma, sigan { $gender ->
        [female] mirándola y déjenla
        [male] mirándolo y déjenlo
       *[other] mirando a su hijo o hija y déjenle
    } terminar, sin acabarle las palabras.

bank-describe-and-guess = Jueguen a «describe y adivina»: por turnos, describan algo que haya en la habitación y adivinen qué es.

bank-new-words-checked-with-pictures = Se comprueban con imágenes las palabras nuevas que { $name } conoce, al principio y al final del plan.

bank-conversations-noted-weekly = Cada semana, un adulto anota cuántas veces { $name } empieza una conversación o se une a ella, en clase y en el recreo.

bank-playtime-observation = Cada dos semanas, un adulto observa el recreo y anota con quién juega { $name } y cómo.

bank-social-communication-checklist = El personal y la familia rellenan una lista corta de habilidades de comunicación social al principio y al final del plan.

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

bank-share-a-worry = { $name } contará una preocupación a un adulto de confianza, hablando, dibujando o con un buzón de preocupaciones, al menos { $times ->
        [one] una vez
       *[other] { $times } veces
    } por semana.

bank-use-calm-plan = Cuando sienta preocupación, { $name } usará una idea de su plan de calma, como respirar despacio o apretar una pelota blanda, { $times } de cada { $of } veces.

bank-speak-to-adults-in-school = { $name } hablará con { $count ->
        [one] un adulto
       *[other] { $count } adultos
    } en la escuela, empezando por un adulto conocido en un lugar tranquilo.

bank-try-something-new = { $name } probará { $count ->
        [one] una actividad nueva
       *[other] { $count } actividades nuevas
    } cada medio trimestre, como un club o un juego nuevo, con un adulto conocido cerca.

bank-notice-early-signs-of-anger = { $name } notará las primeras señales de enfado, como la cara caliente o los puños apretados, y se lo dirá a un adulto, { $times } de cada { $of } veces.

bank-help-put-things-right = Después de un problema, { $name } hablará con calma con un adulto y propondrá una forma de arreglar las cosas, { $times } de cada { $of } veces.

bank-attend-school-per-cent = Este trimestre, { $name } irá a la escuela al menos el { $percent } % de los días de clase.

bank-time-in-class-each-day = { $name } pasará { $hours ->
        [one] una hora
       *[other] { $hours } horas
    } al día en clase, y el resto del día en un espacio tranquilo con un adulto conocido.

bank-settle-after-playtime = Al volver del recreo, { $name } se sentará en su mesa con calma en { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    } como máximo, { $days } de cada { $of } días.

bank-invite-someone-to-play = { $name } invitará a otro niño o niña a jugar, al menos { $times ->
        [one] una vez
       *[other] { $times } veces
    } por semana.

bank-kind-things-for-others = Cada día, { $name } hará { $count ->
        [one] una cosa amable
       *[other] { $count } cosas amables
    } por otros niños y niñas, como compartir o ayudar, y un adulto se fijará en ello.

bank-have-a-go-at-hard-tasks = { $name } intentará hacer una tarea difícil, diciendo «puedo intentarlo» en lugar de negarse, en { $times } de { $of ->
        [one] una clase
       *[other] { $of } clases
    }.

bank-cope-with-mistakes = { $name } mantendrá la calma cuando se le señale un error, y lo corregirá, en { $times } de { $of ->
        [one] una clase
       *[other] { $of } clases
    }.

bank-share-work-with-pride = Al menos { $times ->
        [one] una vez
       *[other] { $times } veces
    } por semana, { $name } enseñará a un adulto o a la clase un trabajo del que { $gender ->
        [female] esté orgullosa
        [male] esté orgulloso
       *[other] sienta orgullo
    }.

bank-stay-on-task-with-timer = { $name } trabajará en una tarea durante { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    }, con un temporizador visual, antes de un descanso corto previsto.

bank-back-to-work-after-signal = { $name } volverá al trabajo después de una señal discreta de un adulto, como un toque en la mesa, { $times } de cada { $of } veces.

bank-walk-in-line-safely = { $name } hará la fila y caminará con la clase de forma segura, sin salirse de la fila, { $times } de cada { $of } veces.

bank-visit-new-class = Antes del cambio, { $name } hará { $count ->
        [one] una visita
       *[other] { $count } visitas
    } a la nueva clase o escuela, y dirá una cosa que le haga ilusión.

bank-key-adult = Un adulto de referencia: un adulto concreto al que { $name } puede acudir, que pregunta cada día cómo va y está en contacto con la familia

bank-worry-box = Un buzón o un cuaderno de preocupaciones, donde { $name } puede dejar lo que le preocupa para hablarlo después con un adulto

bank-personal-calm-plan = Un plan de calma hecho con { $name }: las primeras señales de que se está disgustando o enfadando, lo que ayuda y adónde ir para calmarse

bank-emotion-coaching = { EN("Emotion coaching") } (acompañamiento emocional): los adultos primero ponen nombre a la emoción y muestran que la entienden, y después ayudan a decidir qué hacer

bank-gradual-return-plan = Un plan para aumentar poco a poco el tiempo en la escuela, con un espacio tranquilo y un adulto conocido, acordado con la familia y revisado a menudo

bank-attendance-support-meeting = Apoyo para la asistencia: una llamada a casa el primer día de ausencia, y una reunión con la familia para acordar qué ayudará

bank-quiet-signal-to-refocus = Una señal discreta acordada con { $name }, como una mano sobre la mesa, para volver a centrar la atención en la tarea sin regañar

bank-transition-visits-and-booklet = Ayuda para el cambio de clase o de escuela: visitas extra a la nueva clase o escuela, y un librito con fotos de las nuevas aulas y del personal para mirarlo en vacaciones

bank-circle-of-friends = { EN("Circle of friends") } (círculo de amigos): un grupo pequeño de compañeros y compañeras de clase que se reúne cada semana con un adulto y acuerda cómo ayudar a { $name } en clase y en el recreo

bank-playground-buddies = { EN("Playground buddies") } (compañeros de patio): niños y niñas mayores, con formación, que ayudan con los juegos y las amistades en el recreo

bank-class-job-for-confidence = Un encargo en clase, como repartir los libros o cuidar las plantas, para ganar confianza y sentirse parte del grupo

bank-mental-health-support-team = Sesiones cortas para hablar con el orientador o la orientadora de la escuela ({ EN("school counsellor") }) o con el equipo de salud mental que trabaja con la escuela

bank-calm-morning-routine = Mantengan las mañanas tranquilas e iguales cada día, con una rutina en imágenes para prepararse para ir a la escuela.

bank-regular-bedtime-screens-off = Mantengan una hora fija para ir a dormir, y apaguen las pantallas una hora antes.

bank-invite-friend-to-play = Inviten a un compañero o compañera de clase a jugar en casa o en el parque, al principio durante poco tiempo.

bank-worry-time = Reserven un rato para las preocupaciones: unos minutos cada día para hablar de lo que le preocupa, y después hagan juntos algo agradable.

bank-small-jobs-at-home = Den a { $name } una pequeña tarea en casa, como poner la mesa, y denle las gracias cuando esté hecha.

bank-talk-about-new-class = En vacaciones, miren juntos el librito y las fotos de la escuela, y hablen de la nueva clase.

bank-attendance-checked-weekly = Cada semana se revisan la asistencia y los retrasos, y se comparten con la familia.

bank-weekly-feelings-rating = Cada semana, { $name } elige una cara en una escala de emociones para mostrar cómo se siente en la escuela, y las respuestas se comparan a lo largo del plan.

bank-time-on-task-recorded = En dos clases cada semana, un adulto mide cuánto tiempo trabaja { $name } en una tarea, y lo anota.

bank-home-school-book = Un cuaderno de comunicación entre la casa y la escuela: una nota corta de la escuela cada día, y de casa cuando hay novedades, que se mira en la revisión del plan.

bank-midday-staff-notes = Cada semana, los monitores del comedor escriben una nota corta sobre cómo han ido los recreos y las comidas.

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

bank-check-own-hearing-aids = Cada mañana, { $name } revisará sus audífonos con un adulto y dirá si suenan bien, { $days } de cada { $of } días.

bank-hand-over-radio-aid = Al empezar la clase, { $name } dará al profesor o la profesora el micrófono del sistema FM, sin que haga falta recordárselo, en { $times } de { $of ->
        [one] una clase
       *[other] { $of } clases
    }.

bank-read-braille-words = { $name } leerá bien en braille { $count } de { $total ->
        [one] una palabra
       *[other] { $total } palabras
    }.

bank-walk-with-walking-aid = { $name } usará una ayuda para caminar, como un andador o un bastón, para ir del aula al salón de actos y volver, con un adulto cerca, { $days } de cada { $of } días.

bank-ask-for-rest-or-change-of-position = { $name } avisará a un adulto cuando necesite descansar o cambiar de postura, { $times } de cada { $of } veces.

bank-use-stairs-safely = { $name } subirá y bajará las escaleras con seguridad, un pie en cada escalón y sujetándose a la barandilla, { $days } de cada { $of } días.

bank-catch-a-ball = { $name } atrapará una pelota grande lanzada con suavidad desde { $steps ->
        [one] un paso
       *[other] { $steps } pasos
    } de distancia, { $times } de cada { $of } veces.

bank-hop-on-each-foot = { $name } saltará a la pata coja { $times ->
        [one] una vez
       *[other] { $times } veces
    } con cada pie, sin caerse.

bank-do-up-buttons = { $name } abrochará sin ayuda { $count ->
        [one] un botón
       *[other] { $count } botones
    } de una camisa o una chaqueta de punto.

bank-type-words-per-minute = { $name } escribirá con el teclado { $words ->
        [one] una palabra
       *[other] { $words } palabras
    } por minuto, con las dos manos.

bank-use-knife-and-fork = En la comida, { $name } usará cuchillo y tenedor para cortar alimentos blandos, { $days } de cada { $of } días.

bank-open-lunch-items = { $name } abrirá sin ayuda { $count } de { $total ->
        [one] un paquete o envase
       *[other] los { $total } paquetes y envases
    } de la comida que trae de casa.

bank-try-new-foods = Cada medio trimestre, { $name } probará { $count ->
        [one] un alimento nuevo
       *[other] { $count } alimentos nuevos
    } a la hora de comer, mirando, tocando, oliendo o saboreando cada uno.

bank-join-messy-play = { $name } participará durante { $minutes ->
        [one] un minuto
       *[other] { $minutes } minutos
    } en una actividad en la que se mancha, como pintar o cocinar, con guantes si quiere.

bank-use-sensory-tools = Para mantener la calma, { $name } usará un objeto de su caja sensorial, como un cojín inestable o algo para manipular, en { $times } de { $of ->
        [one] una clase
       *[other] { $of } clases
    }.

bank-know-signs-of-feeling-unwell = { $name } nombrará { $count ->
        [one] una señal
       *[other] { $count } señales
    } de que necesita ayuda por su problema de salud, como temblores o falta de aire, y dirá a qué adulto avisar.

bank-help-with-own-medical-care = { $name } ayudará en su propio cuidado médico, como medir el azúcar en la sangre, bajo la supervisión de un adulto, { $days } de cada { $of } días.

bank-ask-for-toilet-in-time = { $name } pedirá ir al baño a tiempo, con palabras o con una tarjeta, con { $count ->
        [one] un escape
       *[other] { $count } escapes
    } como máximo por semana.

bank-wash-hands-after-toilet = { $name } se lavará y se secará las manos después de ir al baño, sin que haga falta recordárselo, { $times } de cada { $of } veces.

bank-deaf-friendly-teaching = Una enseñanza adaptada a la sordera: el profesor o la profesora mira a la clase al hablar, las palabras clave se escriben en la pizarra y los vídeos tienen subtítulos

bank-braille-teaching = Clases de braille con un profesor o una profesora especialista, y el trabajo de clase preparado en braille antes de cada clase

bank-mobility-training = Entrenamiento en movilidad con un o una especialista, para aprender a moverse por la escuela y orientarse con seguridad y sin ayuda

bank-sloped-board-and-pencil-grip = Un atril inclinado para escribir y un adaptador de goma para el lápiz, para que escribir sea más fácil y cómodo

bank-typing-for-longer-writing = Un portátil o una tableta para los textos más largos, con práctica de mecanografía cada semana

bank-moving-and-handling-plan = Un plan para mover y levantar con seguridad, hecho con el fisioterapeuta: cómo levantar, trasladar y cambiar de postura sin riesgos, y que sigue el personal formado

bank-gross-motor-group = Un grupo de movimiento: sesiones cortas con juegos de equilibrio, saltos, lanzar y atrapar, para ganar fuerza y coordinación

bank-sensory-diet = Una dieta sensorial ({ EN("sensory diet") }): actividades planificadas a lo largo del día, como cargar cosas, empujar o ratos tranquilos, que indica el terapeuta ocupacional, para ayudar a { $name } a mantener la calma y la atención

bank-sensory-tool-kit = Una caja sensorial: cosas como un cojín inestable, un juguete para manipular y algo seguro para morder, para ayudar a { $name } a mantener la calma en clase

bank-individual-health-care-plan = Un plan individual de salud, hecho con la familia y con el enfermero o la enfermera de la escuela, que dice qué hace el personal cada día y en una emergencia

bank-staff-medical-training = Personal formado para dar medicinas y ayudar con el problema de salud, por ejemplo usar un inhalador o una pluma de adrenalina

bank-intimate-care-plan = Un plan de cuidado íntimo acordado con la familia: una rutina privada y planificada para ir al baño y cambiarse, con personas concretas del personal

bank-toilet-timetable = Recordatorios para ir al baño a horas fijas del día, y una tarjeta para pedirlo en cualquier momento

bank-lunchtime-eating-support = Ayuda a la hora de comer: un lugar más tranquilo para comer, la comida cortada si hace falta y un adulto que anima a probar alimentos nuevos

bank-throw-and-catch = Jueguen a lanzar y atrapar una pelota grande y blanda, y sepárense un poco más cuando resulte fácil.

bank-help-in-the-kitchen = Dejen que { $name } ayude en la cocina a remover, verter, untar y cortar alimentos blandos.

bank-new-food-next-to-favourite = Pongan un poco de un alimento nuevo al lado de uno favorito, sin presionar, y feliciten cada vez que lo mire, lo toque o lo pruebe.

bank-toilet-routine-at-home = Mantengan en casa una rutina fija para ir al baño, por ejemplo después de las comidas, con las mismas palabras e imágenes que en la escuela.

bank-therapy-exercises-at-home = Hagan juntos, unas cuantas veces por semana, los ejercicios del fisioterapeuta o del terapeuta ocupacional.

bank-update-school-on-health = Informen a la escuela de cualquier cambio de salud o de medicación, y comprueben que las medicinas que se guardan en la escuela no estén caducadas.

bank-glasses-every-day = Asegúrense de que { $name } lleve las gafas limpias a la escuela todos los días.

bank-hearing-aid-check-log = La revisión de los audífonos de cada mañana se anota a diario, con cualquier problema, y se mira cada semana.

bank-toileting-chart = Una tabla del baño: cada día se anotan los ratos sin escapes y los escapes, y se mira cada semana.

bank-foods-tried-record = Los monitores del comedor anotan los alimentos que { $name } prueba.

bank-movement-skills-check = Una prueba corta de las habilidades de movimiento, como mantener el equilibrio, saltar a la pata coja y atrapar una pelota, al principio y al final del plan.

bank-medical-log = Un registro de las medicinas dadas y de las veces que { $name } se sintió mal, que se mira cada medio trimestre con la familia y con el enfermero o la enfermera de la escuela.

## Any area

bank-strength-kind-and-helpful = { $name } es amable y le gusta ayudar a los adultos y a otros niños y niñas.

bank-strength-creative = { $name } { $gender ->
        [female] es creativa
        [male] es creativo
       *[other] tiene mucha creatividad
    } y le gusta dibujar, hacer manualidades y construir cosas.

bank-strength-keeps-trying = { $name } sigue intentándolo, aunque una tarea sea difícil.

bank-pupil-views-before-review = Antes de cada revisión, se pregunta a { $name } qué va bien y qué le resulta difícil, y se anotan las respuestas.

bank-termly-review-meeting = Una reunión con la familia cada trimestre para mirar juntos los objetivos y acordar los siguientes pasos.

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

bank-specialist-teacher-learning-assessment = Una evaluación de la lectura, la escritura, las matemáticas y la memoria, hecha por el profesor o la profesora especialista en dificultades de aprendizaje

bank-handwriting-speed-check = Una prueba de la velocidad de escritura a mano, para ver si le ayudaría tener más tiempo o escribir con el teclado

bank-autism-outreach-observation = Una observación en clase y en el recreo por el equipo de apoyo al autismo ({ EN("autism outreach team") }), con consejos para el personal

bank-stammering-assessment = Una evaluación hecha por un o una terapeuta del habla y del lenguaje que trabaja con niños y niñas que tartamudean

bank-adhd-assessment-referral = Una derivación al servicio de salud local para una evaluación del TDAH (trastorno por déficit de atención e hiperactividad)

bank-behaviour-support-observation = Una observación en clase por el servicio de apoyo a la conducta, con consejos para el personal

bank-physiotherapy-assessment = Una evaluación del movimiento, el equilibrio y la fuerza, hecha por el fisioterapeuta

bank-functional-vision-assessment = Una evaluación hecha por el profesor o la profesora especialista en discapacidad visual, para ver cómo usa { $name } la vista en clase

bank-paediatrician-referral = Una derivación al pediatra de la zona ({ EN("community paediatrician") }), un médico de niños que revisa la salud y el desarrollo

bank-early-help-assessment = Una evaluación de apoyo temprano a las familias ({ EN("Early Help") }), que reúne a la familia y a los servicios locales para acordar qué apoyo hace falta

bank-ehc-needs-assessment = Una solicitud a la autoridad local ({ EN("local council") }) para una evaluación de las necesidades de educación, salud y cuidados, que puede llevar a un plan de educación, salud y cuidados ({ EN("EHC plan") })
