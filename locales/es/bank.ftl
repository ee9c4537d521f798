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

## Communication and interaction

bank-follow-two-step-instruction = { $name } seguirá una instrucción de dos pasos dada a toda la clase, sin que haga falta recordársela, { $times } de cada { $of } veces.

bank-instructions-in-short-steps = Las instrucciones se dan en pasos cortos, con una imagen que muestra cada paso.

bank-tally-chart-weekly = Una tabla de conteo, que se revisa cada semana

bank-two-step-instructions-at-home = En casa, denle instrucciones de dos pasos y { $gender ->
        [female] felicítenla
        [male] felicítenlo
       *[other] feliciten a su hijo o hija
    } cuando las siga.

## Social, emotional and mental health

bank-calm-card = { $name } usará una tarjeta de la calma y un rincón de la calma en lugar de gritar, { $days } de cada { $of } días.

bank-feelings-check-in = Una charla breve cada mañana para ver cómo se siente, con una escala de emociones

bank-feelings-scale-at-home = Usen en casa la misma escala de emociones y { $gender ->
        [female] felicítenla
        [male] felicítenlo
       *[other] feliciten a su hijo o hija
    } cuando pida un descanso.
