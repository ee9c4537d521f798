# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# European Portuguese, as iep.ftl; parents are addressed in the plural (leiam, usem); the
# word card is "cartão de palavras".

## Cognition and learning

bank-read-common-words = { $name } vai ler { $count } das { $total } palavras mais comuns do seu cartão de palavras, em duas verificações com uma semana de intervalo.

bank-precision-teaching = { EN("Precision teaching") }: alguns minutos de treino todos os dias com cartões de palavras, poucas palavras de cada vez

bank-words-read-checked-weekly = As palavras lidas corretamente são registadas todas as semanas.

bank-read-card-words-at-bedtime = À hora de deitar, leiam juntos { $count } das palavras do cartão.

bank-write-sentences-about-picture = { $name } vai escrever { $count ->
        [one] uma frase
        [many] { $count } frases
       *[other] { $count } frases
    } sobre uma imagem, com letra maiúscula no início e ponto final no fim de cada frase.

bank-writing-group-sentence-frames = Um pequeno grupo de escrita que usa inícios de frase (o começo de uma frase, para completar)

bank-writing-samples-checked = Guardam-se exemplos do que { $gender ->
        [female] ela escreve
        [male] ele escreve
       *[other] a criança escreve
    }, que são vistos de duas em duas semanas.

bank-talk-about-picture = Conversem sobre uma imagem e { $gender ->
        [female] ajudem-na
        [male] ajudem-no
       *[other] ajudem a criança
    } a dizer uma frase em voz alta antes de a escrever.

bank-read-together-daily = Por favor, leiam com { $name } durante { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } todos os dias e assinem a caderneta de leitura.

## Communication and interaction

bank-follow-two-step-instruction = { $name } vai seguir uma instrução com dois passos dada a toda a turma, sem ser preciso lembrar, { $times } de cada { $of } vezes.

bank-instructions-in-short-steps = As instruções são dadas em passos curtos, com uma imagem para mostrar cada passo.

bank-tally-chart-weekly = Uma tabela de contagem, vista todas as semanas

bank-two-step-instructions-at-home = Em casa, deem instruções com dois passos e { $gender ->
        [female] elogiem-na
        [male] elogiem-no
       *[other] elogiem a criança
    } quando as seguir.

## Social, emotional and mental health

bank-calm-card = { $name } vai usar um cartão da calma e um cantinho da calma em vez de gritar, em { $days } de cada { $of } dias.

bank-feelings-check-in = Uma conversa curta todas as manhãs para ver como a criança se sente, com uma escala das emoções

bank-feelings-scale-at-home = Usem em casa a mesma escala das emoções e { $gender ->
        [female] elogiem-na
        [male] elogiem-no
       *[other] elogiem a criança
    } quando pedir uma pausa.
