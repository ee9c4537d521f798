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

bank-read-longer-words = { $name } vai ler palavras mais longas dividindo-as em partes, como «{ EN("rab-bit") }» e «{ EN("sun-set") }». Vai ler bem { $count } de { $total ->
        [one] uma palavra
        [many] { $total } palavras
       *[other] { $total } palavras
    }.

bank-spell-words-said-aloud = { $name } vai escrever palavras curtas ditas em voz alta por um adulto, como «{ EN("dog") }» e «{ EN("shop") }», separando os sons um a um. Vai escrever bem { $count } de { $total ->
        [one] uma palavra
        [many] { $total } palavras
       *[other] { $total } palavras
    }.

bank-use-spelling-rule = { $name } vai usar a regra de ortografia que está a aprender, como juntar «{ EN("ing") }» ou «{ EN("ed") }» ao fim de uma palavra. Num ditado, vai usá-la bem em { $count } de { $total ->
        [one] uma palavra
        [many] { $total } palavras
       *[other] { $total } palavras
    }.

bank-read-words-per-minute = { $name } vai ler corretamente { $words ->
        [one] uma palavra
        [many] { $words } palavras
       *[other] { $words } palavras
    } por minuto, num livro do nível certo.

bank-retell-story-in-order = { $name } vai recontar uma história que acabou de ler, pela ordem certa, com { $count ->
        [one] um acontecimento principal
        [many] { $count } acontecimentos principais
       *[other] { $count } acontecimentos principais
    }.

bank-plan-writing-with-frame = Antes de escrever um texto, { $name } vai planeá-lo numa folha de planificação, escrevendo ou desenhando { $count ->
        [one] uma ideia
        [many] { $count } ideias
       *[other] { $count } ideias
    }.

bank-check-own-writing = { $name } vai reler um texto que acabou de escrever e corrigir sem ajuda pelo menos { $count ->
        [one] um erro
        [many] { $count } erros
       *[other] { $count } erros
    }.

bank-letters-on-the-line = { $name } vai escrever em cima da linha, com as letras altas e as letras pequenas do tamanho certo, em { $count } de { $total ->
        [one] uma frase
        [many] { $total } frases
       *[other] { $total } frases
    }.

bank-add-and-take-away = { $name } vai fazer somas e subtrações com números até { $limit }, e responder bem a { $count } de { $total ->
        [one] uma pergunta
        [many] { $total } perguntas
       *[other] { $total } perguntas
    }.

bank-tens-and-ones = { $name } vai dizer quantas dezenas e quantas unidades tem um número de dois algarismos, em { $count } de { $total ->
        [one] um número
        [many] { $total } números
       *[other] { $total } números
    }.

bank-tell-time-on-clock = { $name } vai ler as horas certas e as meias horas num relógio de ponteiros, e acertar em { $count } de { $total ->
        [one] um relógio
        [many] { $total } relógios
       *[other] { $total } relógios
    }.

bank-pay-with-coins = { $name } vai escolher as moedas certas para pagar uma coisa que custa até { $pence ->
        [one] { $pence } { EN("penny") }
        [many] { $pence } { EN("pence") }
       *[other] { $pence } { EN("pence") }
    } (cêntimos de libra), em { $count } de { $total ->
        [one] uma tentativa
        [many] { $total } tentativas
       *[other] { $total } tentativas
    }.

bank-solve-word-problems = { $name } vai resolver { $count } de { $total ->
        [one] um problema
        [many] { $total } problemas
       *[other] { $total } problemas
    } (perguntas de matemática contadas como uma pequena história), fazendo um desenho ou usando objetos para ajudar.

bank-work-alone-on-steps = { $name } vai fazer { $steps ->
        [one] um passo
        [many] { $steps } passos
       *[other] { $steps } passos
    } de uma tarefa { $gender ->
        [female] sozinha
        [male] sozinho
       *[other] sem ajuda
    }, antes de confirmar com um adulto.

bank-use-task-board = { $name } vai usar um quadro de tarefas para ver o que fazer a seguir, sem perguntar a um adulto, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-bring-right-things = { $name } vai trazer para a escola as coisas certas, como o livro de leitura, a garrafa de água e o equipamento de Educação Física, confirmando com uma lista, em { $days } de cada { $of } dias.

bank-finish-tasks-in-time = { $name } vai acabar { $count } de { $total ->
        [one] uma tarefa
        [many] { $total } tarefas
       *[other] { $total } tarefas
    } no tempo dado na aula, com a ajuda de um temporizador visual.

bank-decodable-reading-books = Livros de leitura adequados aos sons que { $name } já conhece, para que cada palavra se possa ler pelos sons das letras

bank-reciprocal-reading = { EN("Reciprocal reading") } (leitura recíproca): num pequeno grupo, à vez, tenta-se adivinhar o que acontece a seguir, fazem-se perguntas, explicam-se as palavras difíceis e resume-se o texto

bank-spelling-patterns-and-own-list = Ortografia ensinada em grupos de palavras que seguem a mesma regra, e uma lista pessoal de palavras difíceis para treinar

bank-handwriting-practice-group = Um grupo de escrita à mão: alguns minutos de treino quase todos os dias, para aprender a forma das letras e a maneira de as ligar

bank-number-facts-daily-practice = Contas básicas, como a tabuada e os pares de números que somam dez, treinadas todos os dias com jogos curtos, alguns minutos de cada vez, para ficarem na memória

bank-desk-memory-aids = Ajudas para a memória em cima da mesa, como uma tira com o alfabeto, um quadro com os números de um a cem e uma tabela da tabuada

bank-small-chunks-of-information = Informação dada em pequenas partes, repetida e acompanhada de imagens ou de palavras-chave escritas

bank-visual-timer-on-desk = Um temporizador visual em cima da mesa, para { $name } ver quanto tempo falta para acabar uma tarefa

bank-start-then-step-back = Um adulto ajuda { $name } a começar uma tarefa, depois afasta-se e volta passados alguns minutos para ver como está a correr, para ganhar autonomia

bank-daily-kit-checklist = Uma lista com imagens do que é preciso trazer todos os dias, guardada na mochila, e uma gaveta com etiqueta para os livros e o material

bank-other-ways-to-record = Outras formas de registar as ideias, como desenhar, fazer um mapa de ideias, escrever no computador ou dizê-las a um adulto que as escreve

bank-reader-or-scribe-in-tests = Mais tempo nos testes, e um adulto que lê as perguntas ou escreve as respostas quando { $name } precisar

bank-play-shops-with-coins = Brinquem às lojas com moedas a sério: deixem { $name } pagar as coisas e contar o troco.

bank-tell-time-at-home = Olhem juntos para um relógio ao longo do dia, e perguntem que horas são às refeições ou antes de um programa favorito.

bank-pack-bag-night-before = Na noite anterior, preparem juntos a mochila da escola, com a lista de imagens que a escola deu.

bank-memory-games = Façam jogos de memória, como «Fui ao mercado e comprei…»: à vez, cada um acrescenta mais uma coisa.

bank-write-for-real-reasons = Escrevam juntos por uma razão a sério, como uma lista de compras, um postal de aniversário ou um bilhete para um familiar.

bank-maths-check-half-termly = Uma verificação curta das competências de matemática que estão a ser treinadas, no início do plano e depois duas vezes por período escolar.

bank-reading-speed-timed = De duas em duas semanas, um adulto ouve { $name } ler um texto curto durante um minuto e conta as palavras lidas corretamente.

bank-tasks-done-alone-counted = As tarefas que { $name } acaba sem a ajuda de um adulto são contadas todas as semanas.

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

bank-say-sound-in-sentences = Quando conversar com um adulto, { $name } vai dizer com clareza, dentro das frases, o som que está a treinar, em { $count } de { $total ->
        [one] uma frase
        [many] { $total } frases
       *[other] { $total } frases
    }.

bank-hear-sound-differences = { $name } vai ouvir a diferença entre palavras parecidas, como «{ EN("key") }» e «{ EN("tea") }», e apontar para a imagem certa em { $count } de { $total ->
        [one] um par de palavras
        [many] { $total } pares de palavras
       *[other] { $total } pares de palavras
    }.

bank-sort-words-into-groups = { $name } vai arrumar em grupos, como animais, comida e roupa, { $count } de { $total ->
        [one] uma imagem
        [many] { $total } imagens
       *[other] { $total } imagens
    }, e dizer o nome de cada grupo.

bank-describe-an-object = { $name } vai descrever um objeto dizendo { $count ->
        [one] uma coisa
        [many] { $count } coisas
       *[other] { $count } coisas
    } sobre ele, como a cor, a forma, o tamanho ou para que serve.

bank-follow-key-word-instructions = { $name } vai seguir uma instrução com { $count ->
        [one] uma palavra importante
        [many] { $count } palavras importantes
       *[other] { $count } palavras importantes
    } para lembrar, como «dá-me a bola grande vermelha», em { $times } de { $of ->
        [one] uma tentativa
        [many] { $of } tentativas
       *[other] { $of } tentativas
    }.

bank-answer-why-and-how = { $name } vai responder a { $count } de { $total ->
        [one] uma pergunta começada
        [many] { $total } perguntas começadas
       *[other] { $total } perguntas começadas
    } por «porquê» ou «como», sobre uma história ou uma coisa que aconteceu.

bank-tell-news-in-order = { $name } vai contar a um adulto uma coisa que aconteceu, por exemplo no fim de semana, { $count ->
        [one] numa frase
        [many] em { $count } frases
       *[other] em { $count } frases
    } pela ordem certa.

bank-tell-story-with-cards = { $name } vai contar uma história curta com a ajuda de cartões de histórias, com { $count } { $total ->
        [one] de uma parte mostrada nos cartões
        [many] das { $total } partes mostradas nos cartões
       *[other] das { $total } partes mostradas nos cartões
    }, como quem, onde, o que aconteceu e como acabou.

bank-start-a-conversation = { $name } vai começar uma conversa com outra criança no intervalo, dizendo olá ou fazendo uma pergunta, em { $days } de cada { $of } dias.

bank-ask-friend-a-question = Quando um colega acabar de falar, { $name } vai fazer-lhe uma pergunta sobre o que disse, { $times } de cada { $of } vezes.

bank-read-feelings-in-pictures = { $name } vai dizer como se pode estar a sentir uma pessoa numa imagem, e porquê, em { $count } de { $total ->
        [one] uma imagem
        [many] { $total } imagens
       *[other] { $total } imagens
    }.

bank-explain-common-sayings = { $name } vai explicar o verdadeiro sentido de { $count } de { $total ->
        [one] uma expressão popular
        [many] { $total } expressões populares
       *[other] { $total } expressões populares
    }, como «{ EN("it's raining cats and dogs") }» (chove a cântaros).

bank-keep-comfortable-distance = { $name } vai ficar a mais ou menos um braço de distância quando falar com os outros, { $times } de cada { $of } vezes.

bank-cope-with-change-to-routine = { $name } vai { $gender ->
        [female] ficar calma
        [male] ficar calmo
       *[other] manter a calma
    } quando houver uma mudança no dia que foi mostrada antes no horário com imagens, { $times } de cada { $of } vezes.

bank-ask-with-picture-cards = { $name } vai usar um cartão com imagem ou um gesto para pedir { $count ->
        [one] uma coisa
        [many] { $count } coisas diferentes
       *[other] { $count } coisas diferentes
    } durante o dia, como água, ajuda ou ir à casa de banho.

bank-join-activity-chosen-by-others = { $name } vai participar durante { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } numa atividade escolhida por outra pessoa, antes de voltar a uma atividade favorita.

bank-speak-up-in-small-group = { $name } vai responder a uma pergunta ou partilhar uma ideia num pequeno grupo, por iniciativa própria, pelo menos { $times ->
        [one] uma vez
        [many] { $times } vezes
       *[other] { $times } vezes
    } por semana.

bank-say-what-helps-when-talking = { $name } vai dizer { $count ->
        [one] uma coisa que ajuda
        [many] { $count } coisas que ajudam
       *[other] { $count } coisas que ajudam
    } quando é difícil falar, como ter mais tempo, e falar sobre isso com o professor ou a professora da turma.

bank-wait-time-to-answer = Tempo para responder: depois de fazerem uma pergunta, os adultos esperam cerca de dez segundos, para { $name } poder pensar e responder

bank-model-and-expand-sentences = Os adultos repetem o que { $name } diz numa frase correta e um pouco mais longa, sem pedir para a repetir

bank-word-webs = Teias de palavras: cada palavra nova é ligada aos seus sons, ao seu significado, a uma imagem e a palavras parecidas, para ficar na memória

bank-brick-building-group = Um grupo de construções com peças: um pequeno grupo constrói um modelo em conjunto, e cada criança tem uma função (encontrar as peças, construir ou dar as instruções), para treinar a falar e a trabalhar em equipa

bank-intensive-interaction = { EN("Intensive interaction") } (interação intensiva): um adulto segue { $name } na brincadeira, imitando os seus sons e gestos, para partilharem a atenção e o prazer de estar juntos

bank-quiet-workstation = Um posto de trabalho sossegado: uma mesa longe das distrações, com as tarefas arrumadas por ordem, para trabalhar com autonomia

bank-comic-strip-conversations = { EN("Comic strip conversations") } (conversas em banda desenhada): desenhos simples com balões de fala e de pensamento, para falar sobre o que aconteceu e o que as pessoas estavam a pensar

bank-warn-before-changes = Avisos antes das mudanças: as mudanças no dia são mostradas antes no horário com imagens, e há uma contagem decrescente antes de uma atividade acabar

bank-stammering-friendly-talk = Uma forma de falar que ajuda quem gagueja: os adultos esperam que { $name } acabe de falar, sem acabarem as palavras { $gender ->
        [female] por ela
        [male] por ele
       *[other] pela criança
    }, e combinam em conjunto como responder à chamada e às perguntas na aula

bank-talking-partner = Um par para conversar: um colega da turma com quem falar sobre as ideias antes de responder à frente da turma

bank-communication-passport = Um passaporte de comunicação: um livrinho curto, feito com a família, que explica ao pessoal da escola como { $name } comunica e o que ajuda

bank-lunchtime-club-structured-play = Um clube à hora do almoço: jogos em pequeno grupo com um adulto que ajuda as crianças a brincar juntas

bank-speech-sound-games-from-therapist = Façam todos os dias, durante alguns minutos, os jogos de sons da terapia da fala, e elogiem cada tentativa.

bank-talk-at-mealtimes = Desliguem os ecrãs às refeições e conversem juntos sobre o dia.

bank-prepare-for-changes = Antes de uma mudança, como uma visita ou um passeio, mostrem a { $name } fotografias ou contem uma pequena história sobre o que vai acontecer.

bank-give-time-to-talk = Quando for difícil para { $name } falar, esperem com calma, continuem a { $gender ->
        [female] olhar para ela e deixem-na
        [male] olhar para ele e deixem-no
       *[other] olhar para a criança e deixem-na
    } acabar, sem completar as palavras.

bank-describe-and-guess = Joguem a «descreve e adivinha»: à vez, cada um descreve uma coisa que está na sala, e os outros adivinham o que é.

bank-new-words-checked-with-pictures = As palavras novas que { $name } conhece são verificadas com imagens no início e no fim do plano.

bank-conversations-noted-weekly = Todas as semanas, um adulto regista quantas vezes { $name } começa uma conversa ou entra numa conversa, na sala e nas brincadeiras.

bank-playtime-observation = De duas em duas semanas, um adulto observa o intervalo e regista com quem { $name } brinca e como.

bank-social-communication-checklist = O pessoal da escola e a família preenchem uma pequena lista de competências de comunicação social no início e no fim do plano.

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

bank-share-a-worry = { $name } vai contar uma preocupação a um adulto de confiança, falando, desenhando ou usando uma caixa das preocupações, pelo menos { $times ->
        [one] uma vez
        [many] { $times } vezes
       *[other] { $times } vezes
    } por semana.

bank-use-calm-plan = Quando { $gender ->
        [female] estiver preocupada
        [male] estiver preocupado
       *[other] sentir preocupação
    }, { $name } vai usar uma ideia do seu plano da calma, como respirar devagar ou apertar uma bola macia, { $times } de cada { $of } vezes.

bank-speak-to-adults-in-school = { $name } vai falar com { $count ->
        [one] um adulto
        [many] { $count } adultos
       *[other] { $count } adultos
    } na escola, começando por um adulto conhecido, num sítio sossegado.

bank-try-something-new = Em cada metade do período escolar, { $name } vai experimentar { $count ->
        [one] uma atividade nova
        [many] { $count } atividades novas
       *[other] { $count } atividades novas
    }, como um clube ou um jogo novo, com um adulto conhecido por perto.

bank-notice-early-signs-of-anger = { $name } vai reparar nos primeiros sinais de que se está a zangar, como a cara quente ou os punhos fechados, e dizer a um adulto, { $times } de cada { $of } vezes.

bank-help-put-things-right = Depois de um problema, { $name } vai conversar com calma com um adulto e sugerir uma forma de resolver a situação, { $times } de cada { $of } vezes.

bank-attend-school-per-cent = { $name } vai estar na escola em pelo menos { $percent } por cento dos dias de aulas deste período escolar.

bank-time-in-class-each-day = { $name } vai passar { $hours ->
        [one] uma hora
        [many] { $hours } horas
       *[other] { $hours } horas
    } por dia na sala de aula, e o resto do dia num espaço sossegado com um adulto conhecido.

bank-settle-after-playtime = Depois do intervalo, { $name } vai entrar na sala e { $gender ->
        [female] estar sentada e calma
        [male] estar sentado e calmo
       *[other] sentar-se com calma
    } à sua mesa no máximo { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } depois, em { $days } de cada { $of } dias.

bank-invite-someone-to-play = { $name } vai convidar outra criança para brincar, pelo menos { $times ->
        [one] uma vez
        [many] { $times } vezes
       *[other] { $times } vezes
    } por semana.

bank-kind-things-for-others = Todos os dias, { $name } vai fazer { $count ->
        [one] uma coisa simpática
        [many] { $count } coisas simpáticas
       *[other] { $count } coisas simpáticas
    } pelas outras crianças, como partilhar ou ajudar, e um adulto vai tomar nota.

bank-have-a-go-at-hard-tasks = { $name } vai tentar fazer uma tarefa difícil, dizendo «vou tentar» em vez de recusar, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-cope-with-mistakes = { $name } vai { $gender ->
        [female] ficar calma
        [male] ficar calmo
       *[other] manter a calma
    } quando lhe apontarem um erro, e corrigi-lo, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-share-work-with-pride = { $name } vai mostrar a um adulto ou à turma um trabalho de que se orgulha, pelo menos { $times ->
        [one] uma vez
        [many] { $times } vezes
       *[other] { $times } vezes
    } por semana.

bank-stay-on-task-with-timer = { $name } vai trabalhar numa tarefa durante { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    }, com um temporizador visual, antes de uma pequena pausa combinada.

bank-back-to-work-after-signal = { $name } vai voltar ao trabalho depois de um sinal discreto de um adulto, como um toque na mesa, { $times } de cada { $of } vezes.

bank-walk-in-line-safely = { $name } vai pôr-se na fila e andar com a turma em segurança, sem sair da fila, { $times } de cada { $of } vezes.

bank-visit-new-class = Antes da mudança, { $name } vai fazer { $count ->
        [one] uma visita
        [many] { $count } visitas
       *[other] { $count } visitas
    } à nova turma ou à nova escola, e dizer uma coisa de que vai gostar lá.

bank-key-adult = Um adulto de referência: um adulto, com nome, a quem { $name } pode recorrer, que todos os dias vê como está a correr e mantém o contacto com a família

bank-worry-box = Uma caixa ou um caderno das preocupações, onde { $name } pode pôr as suas preocupações, para falar sobre elas mais tarde com um adulto

bank-personal-calm-plan = Um plano da calma feito com { $name }: os primeiros sinais de aflição ou de zanga, o que ajuda e para onde ir para se acalmar

bank-emotion-coaching = { EN("Emotion coaching") } (acompanhar as emoções): primeiro os adultos dão nome à emoção e mostram que a compreendem, depois ajudam a decidir o que fazer a seguir

bank-gradual-return-plan = Um plano para aumentar pouco a pouco o tempo na escola, com um espaço sossegado e um adulto conhecido, combinado com a família e revisto muitas vezes

bank-attendance-support-meeting = Apoio à assiduidade: um telefonema para casa no primeiro dia de falta, e uma reunião com a família para combinar o que vai ajudar

bank-quiet-signal-to-refocus = Um sinal discreto combinado com { $name }, como pousar a mão na mesa, para trazer a atenção de volta à tarefa sem ralhar

bank-transition-visits-and-booklet = Ajuda na mudança: visitas extra à nova turma ou à nova escola, e um livrinho com fotografias das novas salas e do novo pessoal, para ver nas férias

bank-circle-of-friends = { EN("Circle of friends") } (círculo de amigos): um pequeno grupo de colegas da turma que se reúne todas as semanas com um adulto e combina formas de ajudar { $name } na sala e nas brincadeiras

bank-playground-buddies = Amigos do recreio: crianças mais velhas, com formação, que ajudam nos jogos e nas amizades no intervalo

bank-class-job-for-confidence = Uma tarefa na turma, como distribuir os livros ou cuidar das plantas, para ganhar confiança e sentir que faz parte do grupo

bank-mental-health-support-team = Sessões curtas de conversa com o psicólogo ou a psicóloga da escola ({ EN("school counsellor") }) ou com a equipa de apoio à saúde mental que trabalha com a escola

bank-calm-morning-routine = Mantenham as manhãs calmas e iguais todos os dias, com uma rotina em imagens para se preparar para a escola.

bank-regular-bedtime-screens-off = Mantenham uma hora de deitar regular, com os ecrãs desligados uma hora antes de dormir.

bank-invite-friend-to-play = Convidem um colega da turma para brincar em casa ou no parque, no início por pouco tempo.

bank-worry-time = Marquem uma hora das preocupações: alguns minutos por dia para falar das preocupações, e depois façam juntos uma coisa agradável.

bank-small-jobs-at-home = Deem a { $name } uma pequena tarefa em casa, como pôr a mesa, e agradeçam quando estiver feita.

bank-talk-about-new-class = Nas férias, vejam juntos o livrinho e as fotografias da escola e conversem sobre a nova turma.

bank-attendance-checked-weekly = A assiduidade e os atrasos são verificados todas as semanas e partilhados com a família.

bank-weekly-feelings-rating = Todas as semanas, { $name } escolhe uma cara numa escala das emoções para mostrar como se sente na escola, e as respostas são comparadas ao longo do plano.

bank-time-on-task-recorded = Em duas aulas por semana, um adulto mede quanto tempo { $name } fica a trabalhar numa tarefa, e regista-o.

bank-home-school-book = Um caderno escola-casa: uma nota curta da escola todos os dias, e de casa quando houver novidades, visto em conjunto na revisão do plano.

bank-midday-staff-notes = O pessoal da hora do almoço escreve todas as semanas uma nota curta sobre como correram os intervalos e as horas de almoço.

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

bank-check-own-hearing-aids = Todas as manhãs, { $name } vai verificar os seus aparelhos auditivos com um adulto e dizer se o som está bem, em { $days } de cada { $of } dias.

bank-hand-over-radio-aid = No início da aula, { $name } vai dar ao professor ou à professora o microfone do sistema FM, sem ser preciso lembrar, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-read-braille-words = { $name } vai ler corretamente em braille { $count } de { $total ->
        [one] uma palavra
        [many] { $total } palavras
       *[other] { $total } palavras
    }.

bank-walk-with-walking-aid = { $name } vai usar um apoio para andar para ir da sala de aula até ao salão e voltar, com um adulto por perto, em { $days } de cada { $of } dias.

bank-ask-for-rest-or-change-of-position = { $name } vai dizer a um adulto quando precisar de descansar ou de mudar de posição, { $times } de cada { $of } vezes.

bank-use-stairs-safely = { $name } vai subir e descer as escadas em segurança, um pé em cada degrau e com a mão no corrimão, em { $days } de cada { $of } dias.

bank-catch-a-ball = { $name } vai apanhar uma bola grande atirada devagar a { $steps ->
        [one] um passo
        [many] { $steps } passos
       *[other] { $steps } passos
    } de distância, em { $times } de { $of ->
        [one] um lançamento
        [many] { $of } lançamentos
       *[other] { $of } lançamentos
    }.

bank-hop-on-each-foot = { $name } vai saltar num pé só { $times ->
        [one] uma vez
        [many] { $times } vezes
       *[other] { $times } vezes
    } com cada pé, sem cair.

bank-do-up-buttons = { $name } vai apertar { $count ->
        [one] um botão
        [many] { $count } botões
       *[other] { $count } botões
    } de uma camisa ou de um casaco de malha sem ajuda.

bank-type-words-per-minute = { $name } vai escrever no teclado { $words ->
        [one] uma palavra
        [many] { $words } palavras
       *[other] { $words } palavras
    } por minuto, com as duas mãos.

bank-use-knife-and-fork = { $name } vai usar a faca e o garfo para cortar comida mole ao almoço, em { $days } de cada { $of } dias.

bank-open-lunch-items = { $name } vai abrir sem ajuda { $count } { $total ->
        [one] de uma embalagem
        [many] das { $total } embalagens
       *[other] das { $total } embalagens
    } do almoço que traz de casa, como pacotes e caixinhas.

bank-try-new-foods = Em cada metade do período escolar, { $name } vai experimentar ao almoço { $count ->
        [one] um alimento novo
        [many] { $count } alimentos novos
       *[other] { $count } alimentos novos
    }: basta olhar, tocar, cheirar ou provar cada um.

bank-join-messy-play = { $name } vai participar durante { $minutes ->
        [one] um minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } numa atividade em que se sujam as mãos, como pintar ou cozinhar, com luvas se quiser.

bank-use-sensory-tools = { $name } vai usar uma coisa do seu kit sensorial, como uma almofada de equilíbrio ou um objeto para mexer nas mãos, para { $gender ->
        [female] se manter tranquila
        [male] se manter tranquilo
       *[other] manter a calma
    }, em { $times } de { $of ->
        [one] uma aula
        [many] { $of } aulas
       *[other] { $of } aulas
    }.

bank-know-signs-of-feeling-unwell = { $name } vai dizer { $count ->
        [one] um sinal que mostra
        [many] { $count } sinais que mostram
       *[other] { $count } sinais que mostram
    } que precisa de ajuda por causa do seu problema de saúde, como tremer ou ter falta de ar, e a que adulto deve dizer.

bank-help-with-own-medical-care = { $name } vai ajudar nos seus próprios cuidados de saúde, como medir o açúcar no sangue, com um adulto a ver, em { $days } de cada { $of } dias.

bank-ask-for-toilet-in-time = { $name } vai pedir a tempo para ir à casa de banho, com palavras ou com um cartão, e não ter mais de { $count ->
        [0] { $count } acidentes
        [one] um acidente
        [many] { $count } acidentes
       *[other] { $count } acidentes
    } por semana.

bank-wash-hands-after-toilet = { $name } vai lavar e secar as mãos depois de usar a casa de banho, sem ser preciso lembrar, { $times } de cada { $of } vezes.

bank-deaf-friendly-teaching = Ensino adaptado a crianças surdas: o professor ou a professora fala de frente para a turma, as palavras-chave são escritas no quadro e os vídeos têm legendas

bank-braille-teaching = Aulas de braille com um/a professor/a especialista, e o trabalho da turma preparado em braille antes de cada aula

bank-mobility-training = Treino de mobilidade com um/a especialista, para aprender a andar pela escola e a encontrar o caminho com segurança e autonomia

bank-sloped-board-and-pencil-grip = Uma prancha inclinada para escrever e um engrossador de borracha para o lápis, para escrever com mais facilidade e conforto

bank-typing-for-longer-writing = Um computador portátil ou um tablet para textos mais longos, com treino de escrita no teclado todas as semanas

bank-moving-and-handling-plan = Um plano de mobilização, feito com o/a fisioterapeuta, para levantar, deslocar e mudar de posição em segurança, seguido por pessoal com formação

bank-gross-motor-group = Um grupo de movimento: sessões curtas com jogos de equilíbrio, saltar, atirar e apanhar, para ganhar força e coordenação

bank-sensory-diet = Uma «dieta sensorial» ({ EN("sensory diet") }): atividades planeadas ao longo do dia, como carregar, empurrar ou ter um momento de sossego, definidas pelo/a terapeuta ocupacional, para ajudar { $name } a { $gender ->
        [female] manter-se calma e atenta
        [male] manter-se calmo e atento
       *[other] manter a calma e a atenção
    }

bank-sensory-tool-kit = Um kit sensorial: coisas como uma almofada de equilíbrio, um brinquedo para mexer nas mãos e uma coisa segura para morder, para ajudar { $name } a manter a calma nas aulas

bank-individual-health-care-plan = Um plano de saúde individual, feito com a família e com o/a enfermeiro/a escolar, que diz o que o pessoal faz todos os dias e numa emergência

bank-staff-medical-training = Pessoal com formação para dar medicamentos e ajudar com o problema de saúde, por exemplo a usar um inalador ou uma caneta de adrenalina

bank-intimate-care-plan = Um plano de cuidados íntimos combinado com a família: uma rotina privada e planeada para ir à casa de banho e mudar de roupa, com pessoas da escola definidas pelo nome

bank-toilet-timetable = Lembretes para ir à casa de banho a horas certas ao longo do dia, e um cartão para pedir a qualquer momento

bank-lunchtime-eating-support = Ajuda à hora do almoço: um sítio mais sossegado para comer, a comida cortada se for preciso, e um adulto que encoraja a provar alimentos novos

bank-throw-and-catch = Joguem a atirar e apanhar uma bola grande e macia, e afastem-se um pouco mais à medida que fica mais fácil.

bank-help-in-the-kitchen = Deixem { $name } ajudar na cozinha a mexer, a deitar líquidos, a barrar e a cortar alimentos moles.

bank-new-food-next-to-favourite = Ponham um pouco de um alimento novo ao lado de um favorito, sem pressão, e { $gender ->
        [female] elogiem-na
        [male] elogiem-no
       *[other] elogiem a criança
    } quando olhar para ele, lhe tocar ou o provar.

bank-toilet-routine-at-home = Mantenham em casa uma rotina regular de ida à casa de banho, por exemplo depois das refeições, com as mesmas palavras e imagens da escola.

bank-therapy-exercises-at-home = Façam juntos, algumas vezes por semana, os exercícios do/a fisioterapeuta ou do/a terapeuta ocupacional.

bank-update-school-on-health = Avisem a escola de qualquer mudança na saúde ou nos medicamentos, e confirmem que os medicamentos guardados na escola estão dentro do prazo.

bank-glasses-every-day = Confirmem que { $name } leva os óculos, limpos, para a escola todos os dias.

bank-hearing-aid-check-log = A verificação dos aparelhos auditivos feita de manhã é registada todos os dias, com os problemas que houver, e vista todas as semanas.

bank-toileting-chart = Uma tabela da casa de banho: as vezes em que tudo correu bem e os acidentes são registados todos os dias, e a tabela é vista todas as semanas.

bank-foods-tried-record = O pessoal da hora do almoço regista os alimentos que { $name } experimenta.

bank-movement-skills-check = Uma verificação curta das competências de movimento, como equilibrar-se, saltar num pé só e apanhar uma bola, no início e no fim do plano.

bank-medical-log = Um registo dos medicamentos dados e das vezes em que { $name } se sentiu mal, visto duas vezes por período escolar com a família e com o/a enfermeiro/a escolar.

## Any area

bank-strength-kind-and-helpful = { $name } é amável e gosta de ajudar os adultos e as outras crianças.

bank-strength-creative = { $name } é { $gender ->
        [female] criativa
        [male] criativo
       *[other] uma criança criativa
    } e gosta de desenhar, de fazer coisas e de construir.

bank-strength-keeps-trying = { $name } continua a tentar, mesmo quando uma tarefa é difícil.

bank-pupil-views-before-review = Antes de cada revisão do plano, pergunta-se a { $name } o que está a correr bem e o que é difícil, e as respostas ficam escritas.

bank-termly-review-meeting = Uma reunião com a família em cada período escolar, para verem juntos os objetivos e combinarem os próximos passos.

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

bank-specialist-teacher-learning-assessment = Uma avaliação da leitura, da escrita, da matemática e da memória pelo/a professor/a especialista em dificuldades de aprendizagem

bank-handwriting-speed-check = Uma verificação da velocidade da escrita à mão, para ver se mais tempo ou escrever no teclado ajudaria

bank-autism-outreach-observation = Uma observação na sala e no recreio pela equipa externa de apoio ao autismo ({ EN("autism outreach team") }), com conselhos para o pessoal da escola

bank-stammering-assessment = Uma avaliação por um/a terapeuta da fala e da linguagem que trabalha com crianças que gaguejam

bank-adhd-assessment-referral = Um pedido de avaliação de PHDA (perturbação de hiperatividade e défice de atenção; em inglês, { EN("ADHD") }) ao serviço de saúde local

bank-behaviour-support-observation = Uma observação na sala pelo serviço de apoio ao comportamento, com conselhos para o pessoal da escola

bank-physiotherapy-assessment = Uma avaliação do movimento, do equilíbrio e da força pelo/a fisioterapeuta

bank-functional-vision-assessment = Uma avaliação pelo/a professor/a especialista em crianças com deficiência visual, para ver como { $name } usa a visão na sala de aula

bank-paediatrician-referral = Um pedido de consulta com o/a pediatra do serviço de saúde local ({ EN("community paediatrician") }), um médico das crianças que vê a saúde e o desenvolvimento

bank-early-help-assessment = Uma avaliação de apoio precoce às famílias ({ EN("Early Help") }), que junta a família e os serviços locais para combinar o apoio que é preciso

bank-ehc-needs-assessment = Um pedido às autoridades locais de uma avaliação das necessidades de educação, saúde e cuidados, que pode levar a um plano de educação, saúde e cuidados ({ EN("EHC plan") })
