# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# European Portuguese, as iep.ftl; parents are addressed in the plural (leiam, usem); the
# word card is "cartão de palavras". Adjectives and participles agree with the child
# (calma / calmo, sozinha / sozinho); [other] uses a verb ("acalmar-se") or "a criança".

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

bank-know-letter-sounds = { $name } vai dizer o som de { $count } { $total ->
        [one] de uma letra ou grupo de letras ensinado
        [many] das { $total } letras e grupos de letras ensinados
       *[other] das { $total } letras e grupos de letras ensinados
    } até agora nas aulas de { EN("phonics") } (ler pelos sons das letras).

bank-blend-short-words = { $name } vai dizer os sons de palavras curtas, como «sol» e «pato», e juntá-los para ler a palavra. Vai ler bem { $count } de { $total ->
        [one] uma palavra
        [many] { $total } palavras
       *[other] { $total } palavras
    }.

bank-spell-list-words = { $name } vai escrever sem erros { $count } { $total ->
        [one] de uma palavra
        [many] das { $total } palavras
       *[other] das { $total } palavras
    } da sua lista de ortografia, em duas verificações seguidas.

bank-read-page-few-mistakes = { $name } vai ler em voz alta uma página do seu livro de leitura, com { $count ->
        [one] um erro no máximo
        [many] { $count } erros no máximo
       *[other] { $count } erros no máximo
    }.

bank-answer-questions-about-text = { $name } vai responder a { $count } de { $total ->
        [one] uma pergunta
        [many] { $total } perguntas
       *[other] { $total } perguntas
    } sobre um texto curto lido com um adulto.

bank-number-bonds-to-ten = { $name } vai responder a { $count } de { $total ->
        [one] uma pergunta
        [many] { $total } perguntas
       *[other] { $total } perguntas
    } sobre pares de números que somam dez ({ EN("number bonds") }), sem contar pelos dedos.

bank-count-objects-accurately = { $name } vai contar bem até { $count ->
        [one] um objeto
        [many] { $count } objetos
       *[other] { $count } objetos
    }, tocando em cada objeto uma só vez e dizendo que o último número é o total.

bank-times-table-facts = { $name } vai responder bem a { $count } de { $total ->
        [one] uma pergunta
        [many] { $total } perguntas
       *[other] { $total } perguntas
    } sobre a tabuada do { $table }, sem escrever a tabuada.

bank-finger-spaces = { $name } vai deixar um espaço do tamanho de um dedo entre as palavras em { $count } de { $total ->
        [one] uma frase escrita
        [many] { $total } frases escritas
       *[other] { $total } frases escritas
    } na aula.

bank-form-letters-correctly = { $name } vai desenhar bem { $count } { $total ->
        [one] de uma letra minúscula
        [many] das { $total } letras minúsculas
       *[other] das { $total } letras minúsculas
    }, começando cada uma no sítio certo.

bank-remember-list-in-order = { $name } vai decorar uma lista de { $count ->
        [one] uma palavra
        [many] { $count } palavras
       *[other] { $count } palavras
    } e repeti-la pela ordem certa.

bank-use-word-mat = { $name } vai usar uma folha de palavras para confirmar a ortografia, sem ser preciso lembrar, em { $times } de { $of ->
        [one] uma tarefa de escrita
        [many] { $of } tarefas de escrita
       *[other] { $of } tarefas de escrita
    }.

bank-phonics-catch-up-group = Um grupo de recuperação de { EN("phonics") } (ler pelos sons das letras): sessões curtas em pequeno grupo, quase todos os dias, para treinar os sons das letras e juntá-los para formar palavras

bank-paired-reading = Leitura a pares: um adulto e { $name } leem um livro juntos em voz alta, e o adulto ajuda nas palavras difíceis

bank-multisensory-spelling = Ortografia com vários sentidos: cada palavra aprende-se dizendo-a em voz alta, passando o dedo por cima dela, escrevendo-a e confirmando-a

bank-maths-with-objects = Matemática com objetos para pegar e mexer, como fichas, cubos e retas numéricas, para os números se poderem ver e tocar

bank-pre-teaching-topic-words = Ensino antecipado: as palavras novas do tema da turma são ensinadas em pequeno grupo, com imagens, antes da aula

bank-word-mat-on-table = Uma folha de palavras ({ EN("word mat") }) em cima da mesa: uma folha com palavras úteis e a sua ortografia, para ver enquanto escreve

bank-task-steps-checklist = Tarefas divididas em pequenos passos, com uma lista para marcar cada passo quando estiver feito

bank-reading-comprehension-group = Um grupo de compreensão da leitura: ler textos curtos em pequeno grupo e conversar sobre o que querem dizer

bank-i-spy-letter-sounds = Joguem ao «Vejo, vejo» com os sons das letras, por exemplo: «Vejo, vejo uma coisa que começa por sss».

bank-look-say-cover-write-check = Treinem a lista de ortografia com poucas palavras de cada vez: olhar para a palavra, dizê-la, tapá-la, escrevê-la e depois confirmar.

bank-count-everyday-things = Contem coisas juntos no dia a dia, como os degraus, as colheres ao jantar ou os carros vermelhos a caminho da escola.

bank-card-game-make-ten = Joguem juntos um jogo de cartas: à vez, cada um procura duas cartas que somem dez.

bank-letter-sounds-checked-half-termly = Os sons das letras que { $name } conhece são verificados no início do plano e depois duas vezes por período escolar.

bank-spelling-scores-charted = Um pequeno ditado todas as semanas, com os resultados registados num gráfico.

bank-running-record = Um registo de leitura ({ EN("running record") }) de duas em duas semanas: um adulto ouve { $name } ler e assinala cada palavra lida corretamente.

bank-need-reading-and-spelling = { $name } tem dificuldade em ler e escrever palavras novas, e em lembrar-se delas de um dia para o outro.

bank-strength-memory-for-stories = { $name } adora histórias, lembra-se bem delas e gosta de as contar aos outros.

## Communication and interaction

bank-follow-two-step-instruction = { $name } vai seguir uma instrução com dois passos dada a toda a turma, sem ser preciso lembrar, { $times } de cada { $of } vezes.

bank-instructions-in-short-steps = As instruções são dadas em passos curtos, com uma imagem para mostrar cada passo.

bank-tally-chart-weekly = Uma tabela de contagem, vista todas as semanas

bank-two-step-instructions-at-home = Em casa, deem instruções com dois passos e { $gender ->
        [female] elogiem-na
        [male] elogiem-no
       *[other] elogiem a criança
    } quando as seguir.

bank-answer-who-what-where = { $name } vai responder a { $count } de { $total ->
        [one] uma pergunta começada
        [many] { $total } perguntas começadas
       *[other] { $total } perguntas começadas
    } por «quem», «o quê» ou «onde», sobre uma imagem ou uma história curta.

bank-speak-in-longer-sentences = { $name } vai usar frases de pelo menos { $words ->
        [one] uma palavra
        [many] { $words } palavras
       *[other] { $words } palavras
    } quando falar sobre uma imagem com um adulto.

bank-take-turns-in-conversation = { $name } vai conversar com um colega e falar { $turns ->
        [one] uma vez
        [many] { $turns } vezes
       *[other] { $turns } vezes
    }, cada um na sua vez, sem mudar de assunto.

bank-ask-for-help-when-stuck = { $name } vai pedir ajuda quando não souber continuar, com palavras ou com um cartão de ajuda, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-listen-at-carpet-time = Quando a turma se senta no tapete, { $name } vai ficar a ouvir durante { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }, a olhar para quem está a falar.

bank-learn-topic-words = { $name } vai aprender { $count ->
        [one] uma palavra nova
        [many] { $count } palavras novas
       *[other] { $count } palavras novas
    } do tema da turma em cada metade do período escolar, e dizer o que cada uma quer dizer.

bank-say-hello-on-arrival = { $name } vai cumprimentar um adulto e um colega ao chegar à sala, em { $days } de cada { $of } dias.

bank-wait-turn-to-speak = { $name } vai esperar pela sua vez de falar num grupo, sem interromper os outros, { $times } de cada { $of } vezes.

bank-say-practised-sound = { $name } vai dizer com clareza o som que está a treinar no início das palavras, em { $count } de { $total ->
        [one] uma palavra
        [many] { $total } palavras
       *[other] { $total } palavras
    }.

bank-position-words = { $name } vai mostrar que percebe { $count } { $total ->
        [one] de uma palavra de posição
        [many] das { $total } palavras de posição
       *[other] das { $total } palavras de posição
    }, como «dentro», «em cima» e «debaixo», pondo um brinquedo no sítio certo.

bank-move-on-with-visual-timetable = { $name } vai olhar para o horário com imagens e passar à atividade seguinte com um lembrete no máximo, { $times } de cada { $of } vezes.

bank-play-shared-game = { $name } vai jogar um jogo com outra criança durante { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }, com um adulto por perto.

bank-visual-timetable = Um horário com imagens: imagens na mesa ou na parede que mostram a ordem do dia, para { $name } saber o que vem a seguir

bank-now-and-next-board = Um quadro «agora e depois» ({ EN("now and next board") }): duas imagens que mostram a tarefa de agora e o que vem a seguir

bank-social-stories = { EN("Social stories") } (histórias sociais): histórias curtas com imagens que explicam uma situação nova ou difícil e o que fazer

bank-speech-and-language-programme = Um programa de exercícios da terapia da fala e da linguagem, treinado com um/a assistente de sala de aula em sessões curtas todas as semanas

bank-language-group = Um pequeno grupo de linguagem: jogos que ajudam a ouvir com atenção, a aprender palavras novas e a falar por frases

bank-colourful-semantics = { EN("Colourful semantics") }: cartões de cores diferentes para quem, o que faz, o quê e onde, que ajudam a construir frases mais longas

bank-name-first-short-instructions = Os adultos chamam { $name } pelo nome antes de dar uma instrução, dão um passo curto de cada vez e esperam pela resposta

bank-signs-and-symbols = Gestos e símbolos com imagens usados ao mesmo tempo que a fala, para as palavras ditas serem mais fáceis de perceber

bank-talk-about-picture-book = Vejam juntos um livro com imagens e conversem sobre o que está a acontecer em cada página.

bank-name-things-on-walks = Num passeio ou nas compras, digam juntos o nome das coisas e acrescentem uma palavra nova de cada vez.

bank-my-turn-your-turn = Façam um jogo simples em que se joga à vez, como rolar uma bola de um para o outro, e digam «agora eu, agora tu».

bank-first-then-at-home = Em casa, usem «primeiro ... depois ...» para mostrar o que vem a seguir, por exemplo «primeiro os sapatos, depois o parque».

bank-speech-therapist-checks-each-visit = O/A terapeuta da fala e da linguagem verifica o progresso em cada visita e escreve uma nota curta.

bank-sentence-samples-half-termly = Um adulto escreve o que { $name } diz sobre uma imagem no início do plano e depois duas vezes por período escolar, para ver as frases a crescer.

bank-group-session-notes = O adulto que orienta o grupo regista, em todas as sessões, cada vez que a criança fala ou responde, e revê as notas de duas em duas semanas.

bank-need-spoken-instructions = { $name } tem dificuldade em seguir instruções ditas a toda a turma e em encontrar as palavras certas para explicar as suas ideias.

## Social, emotional and mental health

bank-calm-card = { $name } vai usar um cartão da calma e um cantinho da calma em vez de gritar, em { $days } de cada { $of } dias.

bank-feelings-check-in = Uma conversa curta todas as manhãs para ver como a criança se sente, com uma escala das emoções

bank-feelings-scale-at-home = Usem em casa a mesma escala das emoções e { $gender ->
        [female] elogiem-na
        [male] elogiem-no
       *[other] elogiem a criança
    } quando pedir uma pausa.

bank-name-feelings = { $name } vai dizer o nome de { $count ->
        [one] uma emoção
        [many] { $count } emoções
       *[other] { $count } emoções
    }, como alegria, tristeza, raiva e preocupação, e ligar cada uma a uma imagem.

bank-calm-again-within-minutes = { $name } vai { $gender ->
        [female] voltar a estar calma
        [male] voltar a estar calmo
       *[other] acalmar-se
    } no máximo { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } depois de { $gender ->
        [female] ficar chateada
        [male] ficar chateado
       *[other] se chatear
    }, com a ajuda de um adulto.

bank-use-break-card = { $name } vai mostrar um cartão de pausa para pedir uma pequena pausa quando { $gender ->
        [female] estiver chateada
        [male] estiver chateado
       *[other] se chatear
    }, em vez de sair da sala, { $times } de cada { $of } vezes.

bank-start-task-when-asked = { $name } vai começar uma tarefa no máximo { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } depois de lhe pedirem, em { $days } de cada { $of } dias.

bank-join-playtime-game = { $name } vai juntar-se a um jogo com outras crianças no intervalo, em { $days } de cada { $of } dias.

bank-safe-hands-at-playtime = { $name } vai brincar no intervalo sem magoar ninguém com as mãos ou com os pés, em { $days } de cada { $of } dias.

bank-lose-a-game-calmly = { $name } vai { $gender ->
        [female] ficar calma
        [male] ficar calmo
       *[other] manter a calma
    } quando perder um jogo e dizer «parabéns» a quem ganhou, em { $times } de { $of ->
        [one] um jogo
        [many] { $of } jogos
       *[other] { $of } jogos
    }.

bank-say-good-things-about-self = { $name } vai dizer { $count ->
        [one] uma coisa boa
        [many] { $count } coisas boas
       *[other] { $count } coisas boas
    } sobre { $gender ->
        [female] si mesma
        [male] si mesmo
       *[other] si
    } na conversa semanal com um adulto.

bank-come-into-class-calmly = De manhã, { $name } vai despedir-se à porta e entrar na sala com calma, em { $days } de cada { $of } dias.

bank-follow-request-after-reminder = { $name } vai fazer o que um adulto pede com um lembrete no máximo, { $times } de cada { $of } vezes.

bank-stay-in-lesson = { $name } vai ficar na sala durante a aula inteira, com uma pausa combinada se precisar, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-sort-out-falling-out = { $name } vai usar palavras, e não as mãos, para resolver uma zanga com um colega, com a ajuda de um adulto se for preciso, { $times } de cada { $of } vezes.

bank-feelings-traffic-light = Um semáforo das emoções: cartões verde, amarelo e vermelho para mostrar como { $name } se sente, com um plano do que ajuda em cada cor

bank-nurture-group = Um grupo de acolhimento ({ EN("nurture group") }): um grupo pequeno e calmo, com um adulto conhecido, durante parte do dia, para ganhar confiança e fazer amizades

bank-emotional-literacy-support = Apoio para entender as emoções ({ EN("emotional literacy support") }): uma sessão por semana com um/a assistente de sala de aula com formação, para falar sobre as emoções e treinar formas de lidar com elas

bank-social-skills-group = Um grupo de competências sociais: jogos em pequeno grupo para treinar partilhar, esperar pela vez e saber perder

bank-calm-space-with-timer = Um espaço calmo e sossegado na sala ou perto dela, para uma pequena pausa com uma ampulheta, e depois voltar a aprender

bank-meet-and-greet = Receção à porta ({ EN("meet and greet") }): todas as manhãs, um adulto conhecido recebe { $name } à porta e ajuda a começar bem o dia

bank-praise-and-reward-chart = Elogios claros pelas boas escolhas e uma tabela de recompensas com pequenas metas combinadas com { $name }

bank-restorative-conversations = Conversas para reparar: depois de um problema, um adulto ajuda cada criança a dizer o que aconteceu, como se sentiu e como resolver a situação

bank-best-part-of-the-day = Antes de deitar, perguntem qual foi a melhor parte do dia e uma coisa que foi difícil, e ouçam com calma.

bank-slow-breathing-together = Treinem juntos a respiração lenta quando todos estiverem calmos: inspirar a contar até quatro e depois expirar a contar até quatro.

bank-praise-effort-at-home = Reparem quando { $name } se esforça ou faz uma escolha bondosa, e digam exatamente o que foi bom.

bank-tell-school-about-changes = Avisem a escola de mudanças em casa, como uma mudança de casa, um bebé novo ou a perda de alguém, para a escola poder ajudar.

bank-difficult-moments-record = Um registo dos momentos difíceis (o que aconteceu antes, o que { $name } fez e o que aconteceu depois), visto todas as semanas.

bank-feelings-questionnaire = Um pequeno questionário sobre emoções, preenchido com { $name } no início e no fim do plano.

bank-daily-smiley-chart = Uma tabela diária com uma carinha sorridente para cada parte do dia, partilhada com a família e vista todas as sextas-feiras.

bank-need-managing-feelings = { $name } tem dificuldade em lidar com emoções fortes e em acalmar-se depois de { $gender ->
        [female] ficar chateada
        [male] ficar chateado
       *[other] se chatear
    }.

## Sensory and physical

bank-pencil-grip = { $name } vai segurar o lápis em pinça (entre o polegar e dois dedos) durante { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } de escrita.

bank-put-on-coat = { $name } vai vestir o casaco e fechar o fecho sem ajuda, em { $days } de cada { $of } dias.

bank-change-for-pe = { $name } vai trocar de roupa para a Educação Física sem ajuda, em { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } ou menos.

bank-cut-along-line = { $name } vai recortar com a tesoura ao longo de uma linha grossa, sem se afastar da linha, { $times } de cada { $of } vezes.

bank-balance-on-one-leg = { $name } vai equilibrar-se num pé só, primeiro num pé e depois no outro, durante { $seconds ->
        [one] um segundo
        [many] { $seconds } segundos
       *[other] { $seconds } segundos
    }.

bank-wear-hearing-aids = { $name } vai usar os seus aparelhos auditivos durante todo o dia de escola, em { $days } de cada { $of } dias.

bank-say-when-not-heard = { $name } vai dizer a um adulto quando não ouviu ou não viu bem alguma coisa, com palavras ou com um cartão, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-use-large-print = { $name } vai usar letra grande ou uma lupa para ler os trabalhos da aula, sem ser preciso lembrar, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-find-way-around-school = { $name } vai encontrar { $gender ->
        [female] sozinha
        [male] sozinho
       *[other] sem ajuda
    } o caminho da sala de aula para o salão, as casas de banho e o recreio, em { $days } de cada { $of } dias.

bank-write-words-in-time = { $name } vai escrever { $words ->
        [one] uma palavra
        [many] { $words } palavras
       *[other] { $words } palavras
    } em { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }, com letras fáceis de ler.

bank-ask-for-movement-break = { $name } vai mostrar um cartão para pedir uma pausa de movimento quando se sentir { $gender ->
        [female] irrequieta
        [male] irrequieto
       *[other] com muita vontade de se mexer
    }, em vez de se levantar do lugar, { $times } de cada { $of } vezes.

bank-stay-in-assembly = { $name } vai ficar no salão durante { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } da reunião geral da escola ({ EN("assembly") }), com abafadores de ruído se precisar.

bank-fine-motor-group = Um grupo de motricidade fina: atividades curtas, como enfiar contas, usar molas e { EN("dough disco") } (apertar e rolar massa de modelar ao som de música), para fortalecer as mãos

bank-therapy-exercise-programme = Um programa de exercícios da terapia ocupacional ou da fisioterapia, feito com um/a assistente de sala de aula

bank-radio-aid = Um sistema FM ({ EN("radio aid") }): o professor ou a professora usa um pequeno microfone que envia a voz diretamente para os aparelhos auditivos { $gender ->
        [female] dela
        [male] dele
       *[other] da criança
    }

bank-seat-near-the-front = Um lugar à frente, virado para o professor ou a professora, com boa luz e longe do barulho

bank-large-print-materials = Fichas e livros em letra grande e com cores bem contrastadas, feitos com os conselhos do serviço de apoio à visão e à audição

bank-sensory-circuit = Um circuito sensorial: algumas atividades curtas de movimento todas as manhãs, para ajudar { $name } a { $gender ->
        [female] sentir-se calma e pronta
        [male] sentir-se calmo e pronto
       *[other] acalmar-se e preparar-se
    } para aprender

bank-movement-breaks = Pausas planeadas para se mexer: pequenas tarefas ou exercícios durante as aulas, como levar um recado à secretaria

bank-ear-defenders-and-quiet-place = Abafadores de ruído (protetores para os ouvidos) e um sítio sossegado para onde ir quando há demasiado barulho na sala

bank-finger-games-at-home = Façam jogos com pequenos movimentos dos dedos, como enfiar contas, construir com peças pequenas ou pendurar roupa com molas.

bank-dressing-practice = De manhã, deem tempo a { $name } para se vestir { $gender ->
        [female] sozinha
        [male] sozinho
       *[other] sem ajuda
    }, e ajudem só na parte mais difícil.

bank-check-hearing-aids-daily = Antes da escola, verifiquem se os aparelhos auditivos funcionam, e ponham pilhas de reserva na mochila.

bank-active-play-at-the-park = Vão juntos ao parque e brinquem na estrutura de trepar, nos baloiços e em tudo o que precise de equilíbrio.

bank-therapist-checks-goals = O/A terapeuta ocupacional ou o/a fisioterapeuta verifica o progresso em cada visita, em relação às metas que definiu.

bank-time-taken-recorded-weekly = O tempo que uma tarefa demora, como trocar de roupa para a Educação Física, é registado todas as semanas, para ver se fica mais curto.

bank-specialist-teacher-report = O/A professor/a especialista do serviço de apoio à visão e à audição assiste a uma aula duas vezes por período escolar e escreve um relatório curto.

bank-need-fine-motor-skills = { $name } tem dificuldade na escrita à mão, em recortar e noutras tarefas que precisam de movimentos pequenos e cuidadosos das mãos.

## Any area

bank-strength-kind-and-helpful = { $name } é amável e gosta de ajudar os adultos e as outras crianças.

bank-strength-creative = { $name } é { $gender ->
        [female] criativa
        [male] criativo
       *[other] uma criança criativa
    } e gosta de desenhar, de fazer coisas e de construir.

bank-strength-keeps-trying = { $name } continua a tentar, mesmo quando uma tarefa é difícil.

## Assessments

bank-reading-and-spelling-assessment = Uma avaliação da leitura e da ortografia

bank-maths-assessment = Uma avaliação de matemática, para saber que competências com números precisam de mais treino

bank-dyslexia-screening = Um rastreio da dislexia: uma verificação curta da leitura, da ortografia e da memória

bank-educational-psychologist-assessment = Uma avaliação pelo/a psicólogo/a educacional

bank-speech-and-language-assessment = Uma avaliação pelo/a terapeuta da fala e da linguagem

bank-autism-assessment-referral = Um pedido de avaliação do autismo ao serviço de saúde local

bank-mental-health-assessment = Uma avaliação pelo { EN("CAMHS") }, o serviço local de saúde mental para crianças e adolescentes

bank-hearing-test-audiology = Um teste de audição no serviço de audiologia

bank-eye-clinic-assessment = Um exame à vista na consulta de oftalmologia do hospital

bank-occupational-therapy-assessment = Uma avaliação pelo/a terapeuta ocupacional do movimento, da escrita à mão e da autonomia no dia a dia
