# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# Parents are "siz", as in iep.ftl; the word card is "kelime kartı". No suffix is ever put on
# { $name } or on a number: the sentences use postpositions (ile) and "tanesi" instead.
# Turkish needs no gender, so no entry uses $gender.

## Cognition and learning

bank-read-common-words = { $name }, kelime kartındaki { $total } sık kullanılan kelimeden { $count } tanesini, bir hafta arayla yapılan iki kontrolde okuyacak.

bank-precision-teaching = { EN("Precision teaching") }: her gün kelime kartlarıyla birkaç dakikalık çalışma, her seferinde birkaç kelime

bank-words-read-checked-weekly = Doğru okunan kelimeler her hafta kaydedilir.

bank-read-card-words-at-bedtime = Yatma saatinde, karttaki kelimelerden { $count } tanesini birlikte okuyun.

bank-write-sentences-about-picture = { $name }, bir resim hakkında { $count ->
        [one] bir cümle
       *[other] { $count } cümle
    } yazacak. Her cümleye büyük harfle başlayıp cümlenin sonuna nokta koyacak.

bank-writing-group-sentence-frames = Cümle kalıpları kullanan küçük bir yazma grubu (cümlenin başı verilir, çocuk cümleyi tamamlar)

bank-writing-samples-checked = Çocuğun yazdıklarından örnekler saklanır ve iki haftada bir kontrol edilir.

bank-talk-about-picture = Bir resim hakkında birlikte konuşun. Çocuğunuzun, bir cümleyi yazmadan önce sesli söylemesine yardım edin.

bank-read-together-daily = Lütfen her gün { $name } ile birlikte { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } kitap okuyun ve okuma defterini imzalayın.

## Communication and interaction

bank-follow-two-step-instruction = { $name }, bütün sınıfa verilen iki adımlı bir talimatı, hatırlatmaya gerek kalmadan, { $of } seferin { $times } tanesinde yerine getirecek.

bank-instructions-in-short-steps = Talimatlar kısa adımlar hâlinde verilir ve her adım bir resimle gösterilir.

bank-tally-chart-weekly = Her hafta kontrol edilen bir çetele tablosu

bank-two-step-instructions-at-home = Evde iki adımlı talimatlar verin. Çocuğunuz bunları yerine getirdiğinde onu övün.

## Social, emotional and mental health

bank-calm-card = { $name }, bağırmak yerine sakinleşme kartını ve sakinleşme köşesini { $of } günün { $days } tanesinde kullanacak.

bank-feelings-check-in = Her sabah, bir duygu ölçeğiyle kısa bir “Nasıl hissediyorsun?” konuşması

bank-feelings-scale-at-home = Evde de aynı duygu ölçeğini kullanın. Çocuğunuz mola istediğinde onu övün.
