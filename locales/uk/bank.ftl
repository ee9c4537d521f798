# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Parents are addressed as "Ви" (as in iep.ftl); the name stays in the nominative, so each
# sentence is built with the name as its subject. A word card is "картка слів".

## Cognition and learning

bank-read-common-words = { $name } прочитає { $count } із { $total } поширених слів на своїй картці слів під час двох перевірок з проміжком у тиждень.

bank-precision-teaching = { EN("Precision teaching") }: щодня кілька хвилин вправ із картками слів, по кілька слів за раз

bank-words-read-checked-weekly = Слова, прочитані правильно, записують щотижня.

bank-read-card-words-at-bedtime = Перед сном прочитайте разом із дитиною { $count ->
        [one] { $count } слово
        [few] { $count } слова
        [many] { $count } слів
       *[other] { $count } слова
    } з картки.

bank-write-sentences-about-picture = { $name } напише { $count ->
        [one] { $count } речення
        [few] { $count } речення
        [many] { $count } речень
       *[other] { $count } речення
    } про малюнок. Кожне речення починатиметься з великої літери і закінчуватиметься крапкою.

bank-writing-group-sentence-frames = Заняття з письма в невеликій групі з шаблонами речень (дитина отримує початок речення і закінчує його)

bank-writing-samples-checked = Зразки { $gender ->
        [female] її письма
        [male] його письма
       *[other] письма дитини
    } зберігають і перевіряють раз на два тижні.

bank-talk-about-picture = Поговоріть разом про малюнок і допоможіть { $gender ->
        [female] їй
        [male] йому
       *[other] дитині
    } сказати речення вголос, перш ніж його записати.

bank-read-together-daily = Нехай { $name } щодня читає разом із Вами { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }. Будь ласка, підписуйте щоденник читання ({ EN("reading record") }).

## Communication and interaction

bank-follow-two-step-instruction = { $name } виконає вказівку з двох кроків, яку дають усьому класу, без нагадування: { $times ->
        [one] { $times } раз
        [few] { $times } рази
        [many] { $times } разів
       *[other] { $times } раза
    } з { $of }.

bank-instructions-in-short-steps = Вказівки дають короткими кроками, і кожен крок показують на малюнку.

bank-tally-chart-weekly = Таблиця з позначками-рисками, яку перевіряють щотижня

bank-two-step-instructions-at-home = Давайте вдома вказівки з двох кроків і хваліть { $gender ->
        [female] її
        [male] його
       *[other] дитину
    } за те, що їх виконує.

## Social, emotional and mental health

bank-calm-card = { $name } замість того, щоб кричати, користуватиметься карткою спокою і куточком спокою { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    } з { $of }.

bank-feelings-check-in = Щоранку коротка розмова про те, як дитина почувається, зі шкалою почуттів

bank-feelings-scale-at-home = Використовуйте вдома ту саму шкалу почуттів і хваліть { $gender ->
        [female] її
        [male] його
       *[other] дитину
    } за те, що просить про перерву.
