# The bank (see locales/en-GB/bank.ftl): targets, strategies, home activities and ways of
# checking progress, values only. Drafted; not yet reviewed by a fluent speaker.
# Parents are "siz", as in iep.ftl; the word card is "kelime kartı". No suffix is ever put on
# { $name } or on a number: the sentences use postpositions (ile) and "tanesi" instead.
# Turkish needs no gender, so no entry uses $gender.
# England's names (phonics, Social stories, CAMHS ...) stay in English with EN() and are
# explained in Turkish; half term is "her okul döneminde iki kez", as in iep.ftl.

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

bank-know-letter-sounds = { $name }, { EN("phonics") } derslerinde (harflerin seslerini öğreten okuma derslerinde) şimdiye kadar öğretilen { $total ->
        [one] bir harf veya harf grubundan
       *[other] { $total } harf ve harf grubundan
    } { $count } tanesinin sesini söyleyecek.

bank-blend-short-words = { $name }, “{ EN("cat") }” (kedi) ve “{ EN("ship") }” (gemi) gibi kısa İngilizce kelimelerin seslerini tek tek söyleyip birleştirerek okuyacak; { $total ->
        [one] bir kelimeden
       *[other] { $total } kelimeden
    } { $count } tanesini doğru okuyacak.

bank-spell-list-words = { $name }, yazımını çalıştığı kelime listesindeki { $total ->
        [one] bir kelimeden
       *[other] { $total } kelimeden
    } { $count } tanesini, art arda yapılan iki kontrolde doğru yazacak.

bank-read-page-few-mistakes = { $name }, okuma kitabından bir sayfayı sesli okuyacak ve en fazla { $count ->
        [one] bir
       *[other] { $count }
    } hata yapacak.

bank-answer-questions-about-text = { $name }, bir yetişkinle birlikte okunan kısa bir metin hakkındaki { $total ->
        [one] bir sorudan
       *[other] { $total } sorudan
    } { $count } tanesini cevaplayacak.

bank-number-bonds-to-ten = { $name }, toplamı on eden sayı çiftleriyle ({ EN("number bonds to ten") }) ilgili { $total ->
        [one] bir sorudan
       *[other] { $total } sorudan
    } { $count } tanesini, parmaklarıyla saymadan cevaplayacak.

bank-count-objects-accurately = { $name }, { $count ->
        [one] bir nesneyi
       *[other] { $count } taneye kadar nesneyi
    } doğru sayacak: her nesneye bir kez dokunacak ve en son söylediği sayıyı toplam olarak söyleyecek.

bank-times-table-facts = { $name }, { $table } sayısının çarpım tablosuyla ilgili { $total ->
        [one] bir sorudan
       *[other] { $total } sorudan
    } { $count } tanesini, tabloyu yazmadan doğru cevaplayacak.

bank-finger-spaces = { $name }, sınıfta yazdığı { $total ->
        [one] bir cümlenin
       *[other] { $total } cümlenin
    } { $count } tanesinde, kelimeler arasında bir parmak genişliğinde boşluk bırakacak.

bank-form-letters-correctly = { $name }, { $total ->
        [one] bir küçük harften
       *[other] { $total } küçük harften
    } { $count } tanesini doğru biçimde yazacak ve her harfe doğru yerden başlayacak.

bank-remember-list-in-order = { $name }, { $count ->
        [one] bir kelimelik
       *[other] { $count } kelimelik
    } bir listeyi aklında tutacak ve kelimeleri doğru sırayla tekrar söyleyecek.

bank-use-word-mat = { $name }, { $of ->
        [one] bir yazma çalışmasının
       *[other] { $of } yazma çalışmasının
    } { $times } tanesinde, kelimelerin yazılışını kontrol etmek için kelime kâğıdını ({ EN("word mat") }) hatırlatma olmadan kullanacak.

bank-phonics-catch-up-group = Harf sesleri ({ EN("phonics") }) için destek grubu: harflerin seslerini ve bu sesleri birleştirip kelime okumayı çalışmak için, haftanın çoğu günü küçük bir grupta yapılan kısa çalışmalar

bank-paired-reading = Eşli okuma ({ EN("paired reading") }): bir yetişkin ile { $name } bir kitabı birlikte sesli okur, yetişkin zor kelimelerde yardım eder

bank-multisensory-spelling = Çok duyulu yazım çalışması: her kelimenin yazılışı söylenerek, parmakla üzerinden geçilerek, yazılarak ve kontrol edilerek öğrenilir

bank-maths-with-objects = Sayma pulları, küpler ve sayı doğruları gibi elle tutulup hareket ettirilebilen araçlarla matematik; böylece sayılar gözle görülür, elle tutulur hâle gelir

bank-pre-teaching-topic-words = Önceden öğretme: sınıfta işlenecek konunun yeni kelimeleri, dersten önce küçük bir grupta resimlerle öğretilir

bank-word-mat-on-table = Masada bir kelime kâğıdı ({ EN("word mat") }): yazarken bakılabilecek, işe yarayan kelimelerin ve yazılışlarının bulunduğu bir kâğıt

bank-task-steps-checklist = Küçük adımlara bölünmüş görevler ve her adım bittiğinde işaretlenen bir kontrol listesi

bank-reading-comprehension-group = Okuduğunu anlama grubu: küçük bir grupta kısa metinler okuma ve ne anlama geldikleri hakkında konuşma

bank-i-spy-letter-sounds = Harf sesleriyle “Gözüm bir şey görüyor” ({ EN("I spy") }) oyununu oynayın; örneğin: “Gözüm sss sesiyle başlayan bir şey görüyor.”

bank-look-say-cover-write-check = Yazım listesini her seferinde birkaç kelimeyle çalışın: kelimeye bakın, kelimeyi söyleyin, üstünü kapatın, yazın ve sonra kontrol edin.

bank-count-everyday-things = Günlük hayatta bir şeyleri birlikte sayın; örneğin merdiven basamaklarını, akşam yemeğinde kaşıkları ya da okul yolunda kırmızı arabaları.

bank-card-game-make-ten = Birlikte bir kart oyunu oynayın: sırayla, toplamı on eden iki kart bulun.

bank-letter-sounds-checked-half-termly = Planın başında ve her okul döneminde iki kez bir kontrol yapılır: { $name } hangi harf seslerini biliyor?

bank-spelling-scores-charted = Her hafta kısa bir yazım kontrolü yapılır ve puanlar bir çizelgeye işlenir.

bank-running-record = İki haftada bir okuma kaydı ({ EN("running record") }) tutulur: bir yetişkin { $name } okurken dinler ve doğru okunan her kelimeyi not eder.

bank-need-reading-and-spelling = { $name }, yeni kelimeleri okumakta ve yazmakta, bir de onları bir günden ertesi güne hatırlamakta zorlanıyor.

bank-strength-memory-for-stories = { $name } hikâyeleri çok seviyor, onları iyi hatırlıyor ve başkalarına anlatmaktan hoşlanıyor.

bank-read-longer-words = { $name }, uzun kelimeleri “{ EN("rab-bit") }” (tavşan) ve “{ EN("sun-set") }” (gün batımı) gibi parçalara ayırarak okuyacak; { $total ->
        [one] bir kelimeden
       *[other] { $total } kelimeden
    } { $count } tanesini doğru okuyacak.

bank-spell-words-said-aloud = { $name }, bir yetişkinin sesli söylediği “{ EN("dog") }” (köpek) ve “{ EN("shop") }” (dükkân) gibi kısa kelimeleri seslerine ayırarak yazacak; { $total ->
        [one] bir kelimeden
       *[other] { $total } kelimeden
    } { $count } tanesini doğru yazacak.

bank-use-spelling-rule = { $name }, bir yazım kontrolünde { $total ->
        [one] bir kelimenin
       *[other] { $total } kelimenin
    } { $count } tanesinde, o sırada öğretilen yazım kuralını uygulayacak; örneğin kelimeye “{ EN("ing") }” ya da “{ EN("ed") }” eklemek.

bank-read-words-per-minute = { $name }, düzeyine uygun bir kitaptan dakikada { $words ->
        [one] bir kelime
       *[other] { $words } kelime
    } doğru okuyacak.

bank-retell-story-in-order = { $name }, yeni okunan bir hikâyeyi doğru sırayla yeniden anlatacak ve anlatırken { $count ->
        [one] bir önemli olaydan
       *[other] { $count } önemli olaydan
    } söz edecek.

bank-plan-writing-with-frame = { $name }, yazmaya başlamadan önce yazısını bir planlama kâğıdında planlayacak ve { $count ->
        [one] bir fikir
       *[other] { $count } fikir
    } yazacak ya da çizecek.

bank-check-own-writing = { $name }, bitirdiği bir yazıyı yeniden okuyacak ve yardım almadan en az { $count ->
        [one] bir hatayı
       *[other] { $count } hatayı
    } düzeltecek.

bank-letters-on-the-line = { $name }, { $total ->
        [one] bir cümlenin
       *[other] { $total } cümlenin
    } { $count } tanesinde, harfleri satır çizgisinin üzerine oturtacak ve uzun harflerle kısa harfleri doğru boyda yazacak.

bank-add-and-take-away = { $name }, { $limit } sayısına kadar olan sayılarla toplama ve çıkarma yapacak; { $total ->
        [one] bir sorudan
       *[other] { $total } sorudan
    } { $count } tanesini doğru cevaplayacak.

bank-tens-and-ones = { $name }, iki basamaklı { $total ->
        [one] bir sayının
       *[other] { $total } sayının
    } { $count } tanesinde, sayıda kaç onluk ve kaç birlik olduğunu söyleyecek.

bank-tell-time-on-clock = { $name }, akrep ve yelkovanlı bir saatte tam ve buçuk saatleri okuyacak; { $total ->
        [one] bir saatten
       *[other] { $total } saatten
    } { $count } tanesini doğru okuyacak.

bank-pay-with-coins = { $name }, fiyatı en fazla { $pence ->
        [one] bir peni
       *[other] { $pence } peni
    } olan bir şeyi ödemek için doğru madeni paraları seçecek; bunu { $total ->
        [one] bir denemenin
       *[other] { $total } denemenin
    } { $count } tanesinde başaracak.

bank-solve-word-problems = { $name }, kısa bir hikâye gibi anlatılan { $total ->
        [one] bir matematik probleminden
       *[other] { $total } matematik probleminden
    } { $count } tanesini, resim çizerek ya da nesnelerden yardım alarak çözecek.

bank-work-alone-on-steps = { $name }, bir yetişkine danışmadan önce bir görevin { $steps ->
        [one] bir adımını
       *[other] { $steps } adımını
    } tek başına yapacak.

bank-use-task-board = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, sırada ne yapacağını görmek için bir yetişkine sormadan görev panosuna bakacak.

bank-bring-right-things = { $name }, { $of } günün { $days } tanesinde, bir listeye bakarak okula gereken eşyaları getirecek; örneğin okuma kitabını, su şişesini ve beden eğitimi kıyafetlerini.

bank-finish-tasks-in-time = { $name }, sınıfta verilen { $total ->
        [one] bir görevden
       *[other] { $total } görevden
    } { $count } tanesini, kalan süreyi gösteren bir zamanlayıcıya bakarak verilen sürede bitirecek.

bank-decodable-reading-books = { $name } için, bildiği harf seslerine uygun okuma kitapları; böylece her kelime seslerine ayrılarak okunabilir

bank-reciprocal-reading = { EN("Reciprocal reading") } (karşılıklı okuma): küçük bir grup, bir metin üzerinde sırayla sonra ne olacağını tahmin eder, sorular sorar, zor kelimeleri açıklar ve metni özetler

bank-spelling-patterns-and-own-list = Aynı kurala uyan kelime gruplarıyla yazım çalışması ve çocuğun çalışacağı zor kelimelerden oluşan kişisel bir liste

bank-handwriting-practice-group = El yazısı grubu: harflerin şekillerini ve harfleri birbirine bağlamayı öğrenmek için haftanın çoğu günü birkaç dakikalık çalışma

bank-number-facts-daily-practice = Temel sayı bilgileri (toplama ve çarpım tablosu gibi), akılda kalsın diye her gün kısa oyunlarla, birkaç dakikalığına çalışılır

bank-desk-memory-aids = Masada hatırlamaya yardım eden araçlar: alfabe şeridi, yüzlük tablo ve çarpım tablosu gibi

bank-small-chunks-of-information = Bilgiler küçük parçalar hâlinde verilir, tekrarlanır ve resimlerle ya da yazılı anahtar kelimelerle desteklenir

bank-visual-timer-on-desk = Masada kalan süreyi gösteren bir zamanlayıcı ({ EN("visual timer") }); böylece { $name } bir iş için ne kadar zaman kaldığını görebilir

bank-start-then-step-back = { $name } bir işe başlarken bir yetişkin yardım eder, sonra geri çekilir ve birkaç dakika sonra gelip bakar; böylece tek başına çalışma alışkanlığı gelişir

bank-daily-kit-checklist = Her gün getirilecek eşyaların okul çantasında duran resimli bir listesi ve kitaplarla araç gereçler için üzerinde adı yazılı bir kutu

bank-other-ways-to-record = Fikirleri kaydetmenin başka yolları: resim çizmek, zihin haritası yapmak, bilgisayarda yazmak ya da fikirleri söyleyip bir yetişkine yazdırmak

bank-reader-or-scribe-in-tests = Sınavlarda ek süre ve { $name } ihtiyaç duyduğunda soruları okuyan ya da cevapları yazan bir yetişkin

bank-play-shops-with-coins = Gerçek madeni paralarla alışveriş oyunu oynayın: { $name } aldığı şeylerin parasını ödesin ve para üstünü saysın.

bank-tell-time-at-home = Gün içinde birlikte saate bakın; yemek saatlerinde ya da sevdiği bir programdan önce çocuğunuza saatin kaç olduğunu sorun.

bank-pack-bag-night-before = Okuldan gelen resimli listeyi kullanarak okul çantasını bir gece önceden birlikte hazırlayın.

bank-memory-games = “Markete gittim, ... aldım” gibi hafıza oyunları oynayın; her sırada listeye bir şey daha ekleyin.

bank-write-for-real-reasons = Gerçek bir amaç için birlikte yazın; örneğin bir alışveriş listesi, bir doğum günü kartı ya da bir akrabaya kısa bir not.

bank-maths-check-half-termly = Planın başında ve sonra her okul döneminde iki kez, çalışılan matematik becerilerinin kısa bir kontrolü yapılır.

bank-reading-speed-timed = İki haftada bir, { $name } kısa bir metni bir dakika boyunca okurken bir yetişkin dinler ve doğru okunan kelimeleri sayar.

bank-tasks-done-alone-counted = { $name } tarafından yetişkin yardımı olmadan bitirilen görevler her hafta sayılır.

## Communication and interaction

bank-follow-two-step-instruction = { $name }, bütün sınıfa verilen iki adımlı bir talimatı, hatırlatmaya gerek kalmadan, { $of } seferin { $times } tanesinde yerine getirecek.

bank-instructions-in-short-steps = Talimatlar kısa adımlar hâlinde verilir ve her adım bir resimle gösterilir.

bank-tally-chart-weekly = Her hafta kontrol edilen bir çetele tablosu

bank-two-step-instructions-at-home = Evde iki adımlı talimatlar verin. Çocuğunuz bunları yerine getirdiğinde onu övün.

bank-answer-who-what-where = { $name }, bir resim ya da kısa bir hikâye hakkında sorulan ve “kim”, “ne” veya “nerede” ile başlayan { $total ->
        [one] bir sorudan
       *[other] { $total } sorudan
    } { $count } tanesini cevaplayacak.

bank-speak-in-longer-sentences = { $name }, bir yetişkinle bir resim hakkında konuşurken en az { $words ->
        [one] bir
       *[other] { $words }
    } kelimelik cümleler kuracak.

bank-take-turns-in-conversation = { $name }, bir arkadaşıyla sohbet ederken aynı konuda kalacak ve sırayla konuşarak { $turns ->
        [one] bir kez
       *[other] { $turns } kez
    } söz alacak.

bank-ask-for-help-when-stuck = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, takıldığında sözle ya da bir yardım kartıyla yardım isteyecek.

bank-listen-at-carpet-time = { $name }, sınıfın halıda toplandığı zamanda ({ EN("carpet time") }) { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } boyunca oturup dinleyecek ve konuşan kişiye bakacak.

bank-learn-topic-words = { $name }, okul döneminin her yarısında, sınıfta işlenen konuyla ilgili { $count ->
        [one] yeni bir kelime
       *[other] { $count } yeni kelime
    } öğrenecek ve her kelimenin ne anlama geldiğini söyleyecek.

bank-say-hello-on-arrival = { $name }, { $of } günün { $days } tanesinde, sınıfa geldiğinde bir yetişkine ve bir arkadaşına merhaba diyecek.

bank-wait-turn-to-speak = { $name }, { $of } seferin { $times } tanesinde, grupta konuşmak için sırasını bekleyecek ve araya girip bağırmayacak.

bank-say-practised-sound = { $name }, { $total ->
        [one] bir kelimenin
       *[other] { $total } kelimenin
    } { $count } tanesinde, üzerinde çalıştığı konuşma sesini kelimenin başında açık ve net söyleyecek.

bank-position-words = { $name }, “içinde”, “üstünde” ve “altında” gibi, yer bildiren { $total ->
        [one] bir kelimeden
       *[other] { $total } kelimeden
    } { $count } tanesini, bir oyuncağı doğru yere koyarak gösterecek.

bank-move-on-with-visual-timetable = { $name }, { $of } seferin { $times } tanesinde, resimli günlük programa bakacak ve en fazla bir hatırlatmayla bir sonraki etkinliğe geçecek.

bank-play-shared-game = { $name }, bir yetişkin yakınındayken başka bir çocukla { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } boyunca ortak bir oyun oynayacak.

bank-visual-timetable = Resimli günlük program: masada ya da duvarda günün sırasını gösteren resimler; böylece { $name } sırada ne olduğunu bilir

bank-now-and-next-board = “Şimdi ve sonra” panosu ({ EN("now and next board") }): şimdi yapılacak işi ve ondan sonra geleni gösteren iki resim

bank-social-stories = { EN("Social stories") } (sosyal öyküler): yeni ya da zor bir durumu ve o durumda ne yapılacağını anlatan, resimli kısa hikâyeler

bank-speech-and-language-programme = Dil ve konuşma terapistinin hazırladığı bir program; öğretmen yardımcısıyla her hafta kısa çalışmalarda uygulanır

bank-language-group = Küçük bir dil grubu: dinlemeyi, yeni kelimeleri ve cümlelerle konuşmayı geliştiren oyunlar

bank-colourful-semantics = { EN("Colourful semantics") } (renkli cümle kartları): daha uzun cümleler kurmaya yardım etmek için “kim”, “ne yapıyor”, “neyi” ve “nerede” için ayrı renklerde kartlar

bank-name-first-short-instructions = Yetişkinler bir talimat vermeden önce { $name } diye seslenir, her seferinde kısa bir adım söyler ve cevap bekler

bank-signs-and-symbols = Konuşmayla birlikte kullanılan işaretler ve resimli semboller; böylece söylenenler daha kolay anlaşılır

bank-talk-about-picture-book = Birlikte resimli bir kitaba bakın ve her sayfada neler olduğunu konuşun.

bank-name-things-on-walks = Yürüyüşte ya da alışverişte gördüğünüz şeylerin adlarını birlikte söyleyin ve her seferinde yeni bir kelime ekleyin.

bank-my-turn-your-turn = Top yuvarlamak gibi sırayla oynanan basit bir oyun oynayın ve “Benim sıram, senin sıran” deyin.

bank-first-then-at-home = Evde sırada ne olduğunu göstermek için “Önce ..., sonra ...” deyin; örneğin: “Önce ayakkabılar, sonra park.”

bank-speech-therapist-checks-each-visit = Dil ve konuşma terapisti her ziyarette ilerlemeyi kontrol eder ve kısa bir not yazar.

bank-sentence-samples-half-termly = Planın başında ve her okul döneminde iki kez, { $name } bir resim hakkında konuşur ve bir yetişkin söylediklerini yazar; böylece cümlelerin nasıl geliştiği görülür.

bank-group-session-notes = Grubu yöneten yetişkin, her çalışmada çocuğun kaç kez söz aldığını ve verdiği cevapları not eder; bu notlara iki haftada bir bakar.

bank-need-spoken-instructions = { $name }, bütün sınıfa sözlü olarak verilen talimatları yerine getirmekte ve düşüncelerini anlatmak için doğru kelimeleri bulmakta zorlanıyor.

bank-say-sound-in-sentences = { $name }, bir yetişkinle konuşurken { $total ->
        [one] bir cümlenin
       *[other] { $total } cümlenin
    } { $count } tanesinde, üzerinde çalıştığı konuşma sesini cümle içinde açık ve net söyleyecek.

bank-hear-sound-differences = { $name }, “{ EN("key") }” (anahtar) ve “{ EN("tea") }” (çay) gibi birbirine benzeyen kelimelerin farkını duyacak; { $total ->
        [one] bir kelime çiftinden
       *[other] { $total } kelime çiftinden
    } { $count } tanesinde doğru resmi gösterecek.

bank-sort-words-into-groups = { $name }, { $total ->
        [one] bir resimden
       *[other] { $total } resimden
    } { $count } tanesini hayvanlar, yiyecekler ve giysiler gibi gruplara ayıracak ve her grubun adını söyleyecek.

bank-describe-an-object = { $name }, bir nesneyi anlatırken rengi, şekli, büyüklüğü ya da ne işe yaradığı gibi { $count ->
        [one] bir özelliğini
       *[other] { $count } özelliğini
    } söyleyecek.

bank-follow-key-word-instructions = { $name }, içinde akılda tutulacak { $count ->
        [one] bir önemli kelime
       *[other] { $count } önemli kelime
    } olan bir talimatı (örneğin “Bana büyük kırmızı topu ver”), { $of ->
        [one] bir denemenin
       *[other] { $of } denemenin
    } { $times } tanesinde yerine getirecek.

bank-answer-why-and-how = { $name }, bir hikâye ya da yaşanmış bir olay hakkında sorulan ve “neden” ya da “nasıl” ile başlayan { $total ->
        [one] bir sorudan
       *[other] { $total } sorudan
    } { $count } tanesini cevaplayacak.

bank-tell-news-in-order = { $name }, hafta sonu gibi yaşadığı bir olayı bir yetişkine doğru sırayla, { $count ->
        [one] bir cümleyle
       *[other] { $count } cümleyle
    } anlatacak.

bank-tell-story-with-cards = { $name }, hikâye kartlarının yardımıyla kısa bir hikâye anlatacak; kartlarda gösterilen kim, nerede, ne oldu ve nasıl bitti gibi { $total ->
        [one] bir bölümden
       *[other] { $total } bölümden
    } { $count } tanesine anlatımında yer verecek.

bank-start-a-conversation = { $name }, { $of } günün { $days } tanesinde, teneffüste başka bir çocuğa merhaba diyerek ya da bir soru sorarak sohbet başlatacak.

bank-ask-friend-a-question = { $name }, { $of } seferin { $times } tanesinde, bir arkadaşının az önce söylediği şeyle ilgili ona bir soru soracak.

bank-read-feelings-in-pictures = { $name }, { $total ->
        [one] bir resmin
       *[other] { $total } resmin
    } { $count } tanesinde, resimdeki kişinin nasıl hissediyor olabileceğini ve nedenini söyleyecek.

bank-explain-common-sayings = { $name }, “{ EN("it's raining cats and dogs") }” (bardaktan boşanırcasına yağmur yağıyor) gibi sık kullanılan { $total ->
        [one] bir deyimden
       *[other] { $total } deyimden
    } { $count } tanesinin gerçek anlamını açıklayacak.

bank-keep-comfortable-distance = { $name }, { $of } seferin { $times } tanesinde, başkalarıyla konuşurken onlardan yaklaşık bir kol boyu uzakta duracak.

bank-cope-with-change-to-routine = { $name }, { $of } seferin { $times } tanesinde, günün akışında resimli günlük programda önceden gösterilmiş bir değişiklik olduğunda sakin kalacak.

bank-ask-with-picture-cards = { $name }, gün içinde su, yardım ya da tuvalet gibi { $count ->
        [one] bir şeyi
       *[other] { $count } farklı şeyi
    } istemek için resimli bir kart ya da bir işaret kullanacak.

bank-join-activity-chosen-by-others = { $name }, en sevdiği etkinliğe dönmeden önce, başka birinin seçtiği bir etkinliğe { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } boyunca katılacak.

bank-speak-up-in-small-group = { $name }, küçük bir grupta, kendisine sorulmasını beklemeden bir soruyu cevaplayacak ya da bir fikrini paylaşacak; bunu haftada en az { $times ->
        [one] bir kez
       *[other] { $times } kez
    } yapacak.

bank-say-what-helps-when-talking = { $name }, konuşmak zor geldiğinde kendisine yardım eden { $count ->
        [one] bir şeyi
       *[other] { $count } şeyi
    } (örneğin düşünmek için zaman verilmesini) söyleyecek ve bunları sınıf öğretmeniyle paylaşacak.

bank-wait-time-to-answer = Cevap için zaman: yetişkinler bir soru sorduktan sonra yaklaşık on saniye bekler; böylece { $name } düşünüp cevap verebilir

bank-model-and-expand-sentences = { $name } bir şey söylediğinde yetişkinler bunu doğru ve biraz daha uzun bir cümleyle tekrar eder; çocuktan yeniden söylemesini istemez

bank-word-webs = Kelime ağları ({ EN("word webs") }): her yeni kelime, akılda kalsın diye sesleriyle, anlamıyla, bir resimle ve benzer kelimelerle bağlantılandırılır

bank-brick-building-group = Yapı parçalarıyla çalışma grubu: küçük bir grup birlikte bir model yapar ve her çocuğun bir görevi vardır (parçaları bulmak, yapmak ya da talimat vermek); amaç konuşmayı ve birlikte çalışmayı geliştirmek

bank-intensive-interaction = { EN("Intensive interaction") } (yoğun etkileşim): oyunda { $name } ne yaparsa bir yetişkin onu izler, seslerini ve hareketlerini taklit eder; böylece ortak dikkat ve birlikte eğlenme gelişir

bank-quiet-workstation = Sessiz bir çalışma yeri: dikkat dağıtan şeylerden uzak, görevlerin sırayla dizildiği, tek başına çalışmak için bir masa

bank-comic-strip-conversations = { EN("Comic strip conversations") } (çizgi roman konuşmaları): ne olduğunu ve insanların ne düşündüğünü konuşmak için konuşma ve düşünce balonlu basit çizimler

bank-warn-before-changes = Değişikliklerden önce uyarı: gündeki değişiklikler resimli günlük programda önceden gösterilir ve bir etkinlik bitmeden önce geri sayım yapılır

bank-stammering-friendly-talk = Kekemeliğe uygun konuşma: yetişkinler { $name } sözünü bitirene kadar bekler ve kelimeleri onun yerine tamamlamaz; yoklamada ve sınıfta sorulara nasıl cevap vereceği birlikte kararlaştırılır

bank-talking-partner = Konuşma arkadaşı: sınıfın önünde cevap vermeden önce fikirlerini birlikte konuşabileceği bir sınıf arkadaşı

bank-communication-passport = İletişim pasaportu: aileyle birlikte hazırlanan kısa bir kitapçık; okul çalışanlarına { $name } nasıl iletişim kurar ve ona ne yardımcı olur, bunu anlatır

bank-lunchtime-club-structured-play = Öğle arası kulübü: küçük bir grupla oyunlar ve çocukların birlikte oynamasına yardım eden bir yetişkin

bank-speech-sound-games-from-therapist = Terapistin verdiği konuşma sesi oyunlarını her gün birkaç dakika oynayın ve her denemeyi övün.

bank-talk-at-mealtimes = Yemek saatlerinde ekranları kapatın ve günün nasıl geçtiğini birlikte konuşun.

bank-prepare-for-changes = Bir ziyaret ya da gezi gibi bir değişiklikten önce fotoğraflar gösterin ya da ne olacağını anlatan kısa bir hikâye anlatın; böylece { $name } neyle karşılaşacağını bilir.

bank-give-time-to-talk = Konuşmak { $name } için zor olduğunda sakince bekleyin, ona bakmaya devam edin ve kelimeleri onun yerine tamamlamadan sözünü bitirmesine izin verin.

bank-describe-and-guess = “Anlat, bil” oyunu oynayın: sırayla biriniz odadaki bir şeyi tarif etsin, diğeri ne olduğunu tahmin etsin.

bank-new-words-checked-with-pictures = { $name } tarafından bilinen yeni kelimeler, planın başında ve sonunda resimlerle kontrol edilir.

bank-conversations-noted-weekly = Bir yetişkin her hafta, { $name } sınıfta ve oyunda ne sıklıkla sohbet başlatıyor ya da bir sohbete katılıyor, bunu not eder.

bank-playtime-observation = İki haftada bir, bir yetişkin teneffüste gözlem yapar ve { $name } kiminle ve nasıl oynuyor, bunu not eder.

bank-social-communication-checklist = Planın başında ve sonunda, okul çalışanları ve aile sosyal iletişim becerileriyle ilgili kısa bir kontrol listesi doldurur.

## Social, emotional and mental health

bank-calm-card = { $name }, bağırmak yerine sakinleşme kartını ve sakinleşme köşesini { $of } günün { $days } tanesinde kullanacak.

bank-feelings-check-in = Her sabah, bir duygu ölçeğiyle kısa bir “Nasıl hissediyorsun?” konuşması

bank-feelings-scale-at-home = Evde de aynı duygu ölçeğini kullanın. Çocuğunuz mola istediğinde onu övün.

bank-name-feelings = { $name }, mutlu, üzgün, kızgın ve endişeli gibi { $count ->
        [one] bir duygunun
       *[other] { $count } duygunun
    } adını söyleyecek ve her birini bir resimle eşleştirecek.

bank-calm-again-within-minutes = { $name }, üzüldükten ya da sinirlendikten sonra, bir yetişkinin yardımıyla { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } içinde yeniden sakinleşecek.

bank-use-break-card = { $name }, { $of } seferin { $times } tanesinde, canı sıkıldığında sınıftan çıkmak yerine mola kartını göstererek kısa bir mola isteyecek.

bank-start-task-when-asked = { $name }, { $of } günün { $days } tanesinde, bir işe başlaması istendikten sonra { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } içinde işe başlayacak.

bank-join-playtime-game = { $name }, { $of } günün { $days } tanesinde, teneffüste diğer çocukların oyununa katılacak.

bank-safe-hands-at-playtime = { $name }, { $of } günün { $days } tanesinde, teneffüste ellerini ve ayaklarını dikkatli kullanacak: kimseye vurmayacak, tekme atmayacak, kimseyi incitmeyecek.

bank-lose-a-game-calmly = { $name }, { $of ->
        [one] bir oyunun
       *[other] { $of } oyunun
    } { $times } tanesinde, kaybettiğinde sakin kalacak ve kazanana “Tebrikler” diyecek.

bank-say-good-things-about-self = { $name }, haftalık kısa görüşmede kendisi hakkında { $count ->
        [one] iyi bir şey
       *[other] { $count } iyi şey
    } söyleyecek.

bank-come-into-class-calmly = { $name }, { $of } günün { $days } tanesinde, sabah kapıda vedalaşacak ve sınıfa sakin bir şekilde girecek.

bank-follow-request-after-reminder = { $name }, { $of } seferin { $times } tanesinde, bir yetişkinin istediği şeyi en fazla bir hatırlatmadan sonra yapacak.

bank-stay-in-lesson = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, gerekirse önceden planlanmış bir mola vererek dersin sonuna kadar sınıfta kalacak.

bank-sort-out-falling-out = { $name }, { $of } seferin { $times } tanesinde, bir arkadaşıyla arası bozulduğunda sorunu, gerekirse bir yetişkinin yardımıyla, elleriyle değil sözle çözecek.

bank-feelings-traffic-light = Duygu trafik lambası: { $name } nasıl hissettiğini yeşil, sarı ve kırmızı kartlarla gösterir; her renkte neyin yardımcı olacağı önceden planlanır

bank-nurture-group = { EN("Nurture group") } (küçük destek grubu): günün bir bölümünde, tanıdık bir yetişkinle birlikte küçük ve sakin bir grup; özgüveni ve arkadaşlıkları güçlendirmek için

bank-emotional-literacy-support = Duyguları tanıma ve ifade etme desteği ({ EN("emotional literacy support") }): bu konuda eğitim almış bir öğretmen yardımcısıyla haftada bir görüşme; duygular konuşulur ve başa çıkma yolları çalışılır

bank-social-skills-group = Sosyal beceri grubu: paylaşmayı, sıra beklemeyi ve kaybedince sakin kalmayı çalışmak için küçük bir grupta oyunlar

bank-calm-space-with-timer = Sınıfta ya da sınıfın yakınında sessiz, sakin bir köşe: kum saatiyle kısa bir mola verilir, sonra derse dönülür

bank-meet-and-greet = Kapıda karşılama ({ EN("meet and greet") }): her sabah { $name } geldiğinde tanıdık bir yetişkin onu kapıda karşılar ve güne rahat başlamasına yardım eder

bank-praise-and-reward-chart = İyi seçimler için açık bir övgü ve { $name } ile birlikte belirlenen küçük hedefleri olan bir ödül çizelgesi

bank-restorative-conversations = Onarıcı konuşmalar ({ EN("restorative conversations") }): bir sorundan sonra bir yetişkin, her çocuğun ne olduğunu, ne hissettiğini ve durumu nasıl düzeltebileceğini söylemesine yardım eder

bank-best-part-of-the-day = Yatmadan önce günün en güzel anını ve zor gelen bir şeyi sorun; sakin bir şekilde dinleyin.

bank-slow-breathing-together = Herkes sakinken birlikte yavaş nefes almayı çalışın: dörde kadar sayarak nefes alın, sonra dörde kadar sayarak nefes verin.

bank-praise-effort-at-home = { $name } çok çabaladığında ya da nazik bir seçim yaptığında bunu fark edin ve tam olarak neyin iyi olduğunu söyleyin.

bank-tell-school-about-changes = Evdeki değişiklikleri okula bildirin; örneğin taşınma, yeni bir bebek ya da bir kayıp. Böylece okul çalışanları yardımcı olabilir.

bank-difficult-moments-record = Zor anların kaydı tutulur (önce ne oldu, { $name } ne yaptı, sonra ne oldu) ve her hafta incelenir.

bank-feelings-questionnaire = Planın başında ve sonunda, { $name } ile birlikte duygular hakkında kısa bir anket doldurulur.

bank-daily-smiley-chart = Günün her bölümü için gülen yüzlerle doldurulan günlük bir çizelge tutulur. Çizelge evle paylaşılır ve her cuma incelenir.

bank-need-managing-feelings = { $name }, güçlü duygularla baş etmekte ve üzüldükten ya da sinirlendikten sonra sakinleşmekte zorlanıyor.

bank-share-a-worry = { $name }, haftada en az { $times ->
        [one] bir kez
       *[other] { $times } kez
    }, konuşarak, resim çizerek ya da bir endişe kutusu kullanarak bir endişesini güvendiği bir yetişkinle paylaşacak.

bank-use-calm-plan = { $name }, { $of } seferin { $times } tanesinde, endişelendiğinde sakinleşme planındaki bir fikri kullanacak; örneğin yavaş nefes alacak ya da yumuşak bir topu sıkacak.

bank-speak-to-adults-in-school = { $name }, önce sessiz bir yerde tanıdık bir yetişkinle başlayarak okulda { $count ->
        [one] bir yetişkinle
       *[other] { $count } yetişkinle
    } konuşacak.

bank-try-something-new = { $name }, okul döneminin her yarısında, yakınında tanıdık bir yetişkin varken, bir kulüp ya da yeni bir oyun gibi { $count ->
        [one] yeni bir etkinliği
       *[other] { $count } yeni etkinliği
    } deneyecek.

bank-notice-early-signs-of-anger = { $name }, { $of } seferin { $times } tanesinde, yüzünün ısınması ya da yumruklarının sıkılması gibi kızgınlığın ilk işaretlerini fark edecek ve bir yetişkine söyleyecek.

bank-help-put-things-right = { $name }, { $of } seferin { $times } tanesinde, bir sorundan sonra bir yetişkinle sakin bir şekilde konuşacak ve durumu düzeltmek için bir yol önerecek.

bank-attend-school-per-cent = { $name }, bu okul döneminde okul günlerine en az yüzde { $percent } oranında devam edecek.

bank-time-in-class-each-day = { $name }, her gün { $hours ->
        [one] bir saat
       *[other] { $hours } saat
    } sınıfta kalacak; günün geri kalanını sessiz bir odada, tanıdık bir yetişkinle geçirecek.

bank-settle-after-playtime = { $name }, { $of } günün { $days } tanesinde, teneffüsten içeri girdikten sonra { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } içinde masasına oturup sakinleşecek.

bank-invite-someone-to-play = { $name }, haftada en az { $times ->
        [one] bir kez
       *[other] { $times } kez
    } başka bir çocuğu birlikte oynamaya çağıracak.

bank-kind-things-for-others = { $name }, her gün diğer çocuklar için paylaşmak ya da yardım etmek gibi { $count ->
        [one] iyi bir şey
       *[other] { $count } iyi şey
    } yapacak; bunu bir yetişkin fark edecek.

bank-have-a-go-at-hard-tasks = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, zor bir işi reddetmek yerine “Deneyebilirim” diyerek deneyecek.

bank-cope-with-mistakes = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, bir hatası gösterildiğinde sakin kalacak ve hatayı düzeltecek.

bank-share-work-with-pride = { $name }, haftada en az { $times ->
        [one] bir kez
       *[other] { $times } kez
    }, gurur duyduğu bir çalışmasını bir yetişkine ya da sınıfa gösterecek.

bank-stay-on-task-with-timer = { $name }, kısa ve planlı bir moladan önce, kalan süreyi gösteren bir zamanlayıcıyla { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } boyunca bir işe odaklanacak.

bank-back-to-work-after-signal = { $name }, { $of } seferin { $times } tanesinde, bir yetişkinin sessiz bir işaretinden (örneğin masaya hafifçe vurmasından) sonra işine geri dönecek.

bank-walk-in-line-safely = { $name }, { $of } seferin { $times } tanesinde, sıraya girecek ve sıradan çıkmadan sınıfla birlikte güvenli bir şekilde yürüyecek.

bank-visit-new-class = { $name }, geçişten önce yeni sınıfa ya da okula { $count ->
        [one] bir ziyaret
       *[other] { $count } ziyaret
    } yapacak ve sabırsızlıkla beklediği bir şeyi söyleyecek.

bank-key-adult = Kilit yetişkin ({ EN("key adult") }): { $name } için belirlenmiş bir yetişkin; çocuk ona gidebilir, o da her gün çocuğun hâlini sorar ve aileyle iletişimde kalır

bank-worry-box = Bir endişe kutusu ya da endişe defteri: { $name } endişelerini buraya koyar ve sonra bunları bir yetişkinle konuşur

bank-personal-calm-plan = { $name } ile birlikte hazırlanan bir sakinleşme planı: üzülmenin ya da kızmanın ilk işaretleri, neyin yardımcı olduğu ve sakinleşmek için nereye gidileceği

bank-emotion-coaching = { EN("Emotion coaching") } (duygu koçluğu): yetişkinler önce duygunun adını koyar ve onu anladıklarını gösterir, sonra ne yapılacağı konusunda yardım eder

bank-gradual-return-plan = Okulda geçen süreyi adım adım artırmak için bir plan: sessiz bir oda ve tanıdık bir yetişkin; aileyle birlikte kararlaştırılır ve sık sık gözden geçirilir

bank-attendance-support-meeting = Devam desteği: devamsızlığın ilk gününde eve telefon edilir ve neyin yardımcı olacağını kararlaştırmak için aileyle bir toplantı yapılır

bank-quiet-signal-to-refocus = { $name } ile birlikte kararlaştırılan sessiz bir işaret (örneğin masaya konan bir el); azarlamadan dikkati yeniden işe çekmek için

bank-transition-visits-and-booklet = Geçişe hazırlık: yeni sınıfa ya da okula ek ziyaretler ve tatilde bakmak için yeni sınıfların ve çalışanların fotoğraflarını içeren bir kitapçık

bank-circle-of-friends = { EN("Circle of friends") } (arkadaş çemberi): her hafta bir yetişkinle buluşan ve sınıfta ve oyunda { $name } için neler yapabileceklerini kararlaştıran küçük bir sınıf arkadaşları grubu

bank-playground-buddies = Oyun bahçesi arkadaşları: teneffüste oyunlara ve arkadaşlık kurmaya yardım eden, bu konuda eğitim almış büyük çocuklar

bank-class-job-for-confidence = Sınıfta bir görev (örneğin kitapları dağıtmak ya da bitkilere bakmak); özgüveni ve sınıfa ait olma duygusunu güçlendirmek için

bank-mental-health-support-team = Okul danışmanıyla ya da okulla birlikte çalışan ruh sağlığı destek ekibiyle kısa görüşmeler

bank-calm-morning-routine = Sabahları sakin ve her gün aynı düzende geçirin; okula hazırlanmak için resimli bir sıra kullanın.

bank-regular-bedtime-screens-off = Çocuğunuzun her gün aynı saatte yatmasını sağlayın; uykudan bir saat önce ekranları kapatın.

bank-invite-friend-to-play = Sınıftan bir arkadaşını evde ya da parkta oynamaya davet edin; başta kısa bir süre için.

bank-worry-time = Bir “endişe zamanı” belirleyin: her gün birkaç dakika endişeler hakkında konuşun, sonra birlikte güzel bir şey yapın.

bank-small-jobs-at-home = { $name } evde küçük bir görev üstlensin, örneğin sofrayı kursun; iş bitince teşekkür edin.

bank-talk-about-new-class = Tatil boyunca okuldan gelen kitapçığa ve fotoğraflara birlikte bakın ve yeni sınıf hakkında konuşun.

bank-attendance-checked-weekly = Okula devam ve geç kalmalar her hafta kontrol edilir ve aileyle paylaşılır.

bank-weekly-feelings-rating = Her hafta { $name }, okulda nasıl hissettiğini göstermek için duygu ölçeğinde bir yüz seçer; cevaplar plan boyunca karşılaştırılır.

bank-time-on-task-recorded = Her hafta iki derste, { $name } bir işe ne kadar süre odaklanıyor, bir yetişkin bunu ölçer ve yazar.

bank-home-school-book = Ev-okul defteri: okul her gün, ev ise haber olduğunda kısa bir not yazar; defter gözden geçirme toplantısında birlikte incelenir.

bank-midday-staff-notes = Öğle arası görevlileri her hafta teneffüslerin ve öğle yemeklerinin nasıl geçtiğini anlatan kısa bir not yazar.

## Sensory and physical

bank-pencil-grip = { $name }, { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } boyunca yazarken kalemi üç parmakla (başparmak ile iki parmak arasında) tutacak.

bank-put-on-coat = { $name }, { $of } günün { $days } tanesinde, montunu yardım almadan giyecek ve fermuarını kendisi kapatacak.

bank-change-for-pe = { $name }, beden eğitimi dersi için üstünü yardım almadan en fazla { $minutes ->
        [one] bir dakikada
       *[other] { $minutes } dakikada
    } değiştirecek.

bank-cut-along-line = { $name }, { $of } seferin { $times } tanesinde, makasla kalın bir çizgi boyunca, çizgiden fazla uzaklaşmadan kesecek.

bank-balance-on-one-leg = { $name }, tek ayak üstünde { $seconds ->
        [one] bir saniye
       *[other] { $seconds } saniye
    } duracak; bunu hem sağ hem sol ayakla yapacak.

bank-wear-hearing-aids = { $name }, { $of } günün { $days } tanesinde, işitme cihazlarını bütün okul günü boyunca takacak.

bank-say-when-not-heard = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, bir şeyi net duymadığında ya da göremediğinde bunu sözle veya bir kartla bir yetişkine söyleyecek.

bank-use-large-print = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, sınıftaki çalışmaları okumak için hatırlatma olmadan büyük puntolu yazı ya da büyüteç kullanacak.

bank-find-way-around-school = { $name }, { $of } günün { $days } tanesinde, sınıftan okulun salonuna, tuvaletlere ve oyun bahçesine giden yolu tek başına bulacak.

bank-write-words-in-time = { $name }, { $minutes ->
        [one] bir dakikada
       *[other] { $minutes } dakikada
    }, harfleri kolay okunacak şekilde { $words ->
        [one] bir kelime
       *[other] { $words } kelime
    } yazacak.

bank-ask-for-movement-break = { $name }, { $of } seferin { $times } tanesinde, yerinde duramadığında yerinden kalkmak yerine bir kart göstererek hareket molası isteyecek.

bank-stay-in-assembly = { $name }, okul toplantısında ({ EN("assembly") }) salonda { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } boyunca kalacak; gerekirse gürültü önleyici kulaklık takacak.

bank-fine-motor-group = İnce motor beceri grubu: elleri güçlendirmek için ipe boncuk dizme, mandal takma ve { EN("dough disco") } (müzik eşliğinde oyun hamurunu sıkma ve yuvarlama) gibi kısa etkinlikler

bank-therapy-exercise-programme = Ergoterapistin ya da fizyoterapistin hazırladığı bir egzersiz programı; öğretmen yardımcısıyla birlikte uygulanır

bank-radio-aid = FM sistemi ({ EN("radio aid") }): öğretmen küçük bir mikrofon takar; mikrofon öğretmenin sesini doğrudan çocuğun işitme cihazlarına iletir

bank-seat-near-the-front = Önde, öğretmene dönük, iyi ışık alan ve gürültüden uzak bir oturma yeri

bank-large-print-materials = Büyük puntolu, yazısı zeminden belirgin biçimde ayrılan çalışma kâğıtları ve kitaplar; görme veya işitme güçlüğü olan çocuklar için destek hizmetinin önerisiyle hazırlanır

bank-sensory-circuit = Duyu devresi ({ EN("sensory circuit") }): her sabah kısa bir dizi hareket etkinliği; { $name } sakin ve öğrenmeye hazır hissetsin diye

bank-movement-breaks = Planlı hareket molaları: dersler sırasında kısa görevler ya da egzersizler; örneğin okul sekreterliğine bir not götürmek

bank-ear-defenders-and-quiet-place = Gürültü önleyici kulaklık ve sınıf çok gürültülü olduğunda gidilebilecek sessiz bir yer

bank-finger-games-at-home = Küçük parmak hareketleri gerektiren oyunlar oynayın; örneğin ipe boncuk dizmek, küçük yapı parçalarıyla bir şeyler yapmak ya da çamaşırları mandalla asmak.

bank-dressing-practice = Sabahları { $name } kendi başına giyinebilsin diye zaman tanıyın ve yalnızca en zor kısımda yardım edin.

bank-check-hearing-aids-daily = Okuldan önce işitme cihazlarının çalıştığını kontrol edin ve okul çantasına yedek pil koyun.

bank-active-play-at-the-park = Birlikte parka gidin; tırmanma aletinde, salıncakta ve denge gerektiren her şeyde oynayın.

bank-therapist-checks-goals = Ergoterapist ya da fizyoterapist her ziyarette, koyduğu hedeflere göre ilerlemeyi kontrol eder.

bank-time-taken-recorded-weekly = Beden eğitimi dersi için üstünü değiştirmek gibi bir işin ne kadar sürdüğü her hafta yazılır; böylece sürenin kısalıp kısalmadığı görülür.

bank-specialist-teacher-report = Görme veya işitme güçlüğü olan çocuklar için destek hizmetinden gelen özel eğitim öğretmeni, her okul döneminde iki kez bir dersi izler ve kısa bir rapor yazar.

bank-need-fine-motor-skills = { $name }, yazı yazmak, makasla kesmek gibi küçük ve dikkatli el hareketleri gerektiren işlerde zorlanıyor.

bank-check-own-hearing-aids = { $name }, { $of } günün { $days } tanesinde, her sabah bir yetişkinle birlikte işitme cihazlarını kontrol edecek ve sesin doğru gelip gelmediğini söyleyecek.

bank-hand-over-radio-aid = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, dersin başında FM sisteminin mikrofonunu hatırlatma olmadan öğretmene verecek.

bank-read-braille-words = { $name }, Braille alfabesiyle yazılmış { $total ->
        [one] bir kelimeden
       *[other] { $total } kelimeden
    } { $count } tanesini doğru okuyacak.

bank-walk-with-walking-aid = { $name }, { $of } günün { $days } tanesinde, yakınında bir yetişkin varken, sınıftan okulun salonuna gidip dönmek için bir yürüme yardımcısı kullanacak.

bank-ask-for-rest-or-change-of-position = { $name }, { $of } seferin { $times } tanesinde, dinlenmeye ya da pozisyon değiştirmeye ihtiyaç duyduğunda bunu bir yetişkine söyleyecek.

bank-use-stairs-safely = { $name }, { $of } günün { $days } tanesinde, her basamağa bir ayağını basarak ve tırabzana tutunarak merdivenleri güvenli bir şekilde inip çıkacak.

bank-catch-a-ball = { $name }, { $steps ->
        [one] bir adım
       *[other] { $steps } adım
    } uzaktan yavaşça atılan büyük bir topu, { $of ->
        [one] bir atışın
       *[other] { $of } atışın
    } { $times } tanesinde yakalayacak.

bank-hop-on-each-foot = { $name }, düşmeden, önce bir ayağının, sonra öbür ayağının üstünde { $times ->
        [one] bir kez
       *[other] { $times } kez
    } sekecek.

bank-do-up-buttons = { $name }, bir gömlekte ya da hırkada { $count ->
        [one] bir düğmeyi
       *[other] { $count } düğmeyi
    } yardım almadan ilikleyecek.

bank-type-words-per-minute = { $name }, iki elini de kullanarak bilgisayarda dakikada { $words ->
        [one] bir kelime
       *[other] { $words } kelime
    } yazacak.

bank-use-knife-and-fork = { $name }, { $of } günün { $days } tanesinde, öğle yemeğinde yumuşak yiyecekleri kesmek için bıçak ve çatal kullanacak.

bank-open-lunch-items = { $name }, evden getirdiği öğle yemeğindeki { $total ->
        [one] bir paketten ya da kaptan
       *[other] { $total } paket ve kaptan
    } { $count } tanesini yardım almadan açacak.

bank-try-new-foods = { $name }, okul döneminin her yarısında, öğle yemeğinde { $count ->
        [one] yeni bir yiyeceği
       *[other] { $count } yeni yiyeceği
    } deneyecek; her birine bakacak, dokunacak, koklayacak ya da tadına bakacak.

bank-join-messy-play = { $name }, boyama ya da yemek yapma gibi elleri kirleten bir etkinliğe, isterse eldiven takarak, { $minutes ->
        [one] bir dakika
       *[other] { $minutes } dakika
    } boyunca katılacak.

bank-use-sensory-tools = { $name }, { $of ->
        [one] bir dersin
       *[other] { $of } dersin
    } { $times } tanesinde, sakin kalmak için duyusal destek kutusundaki bir aracı (örneğin denge minderini ya da elde oynanacak bir şeyi) kullanacak.

bank-know-signs-of-feeling-unwell = { $name }, sağlık sorunu nedeniyle yardıma ihtiyacı olduğunu gösteren, titreme ya da nefes darlığı gibi { $count ->
        [one] bir işareti
       *[other] { $count } işareti
    } söyleyecek ve hangi yetişkine haber vereceğini bilecek.

bank-help-with-own-medical-care = { $name }, { $of } günün { $days } tanesinde, bir yetişkin izlerken kan şekerini ölçmek gibi kendi sağlık bakımına yardım edecek.

bank-ask-for-toilet-in-time = { $name }, sözle ya da bir kartla tuvalete gitmeyi zamanında isteyecek; tuvalete yetişemediği durumlar haftada en fazla { $count ->
        [one] bir kez
       *[other] { $count } kez
    } olacak.

bank-wash-hands-after-toilet = { $name }, { $of } seferin { $times } tanesinde, tuvaleti kullandıktan sonra hatırlatma olmadan ellerini yıkayıp kurulayacak.

bank-deaf-friendly-teaching = İşitme güçlüğüne uygun öğretim: öğretmen konuşurken yüzünü sınıfa döner, önemli kelimeler tahtaya yazılır ve videolar altyazılı izlenir

bank-braille-teaching = Özel eğitim öğretmeniyle Braille alfabesi dersleri; sınıf çalışmaları her dersten önce Braille alfabesiyle hazırlanır

bank-mobility-training = Bir uzmandan hareket ve yön bulma eğitimi; okulda güvenli bir şekilde ve tek başına dolaşmayı, yolunu bulmayı öğrenmek için

bank-sloped-board-and-pencil-grip = Yazmayı kolaylaştırmak ve daha rahat hâle getirmek için eğimli bir yazı tahtası ve kaleme takılan lastik bir tutacak

bank-typing-for-longer-writing = Uzun yazılar için bir dizüstü bilgisayar ya da tablet ve her hafta klavyeyle yazma çalışması

bank-moving-and-handling-plan = Fizyoterapistle birlikte yazılan bir kaldırma ve taşıma planı: çocuğu güvenli bir şekilde kaldırmak, taşımak ve pozisyonunu değiştirmek için; bu konuda eğitim almış çalışanlar uygular

bank-gross-motor-group = Hareket grubu: güç ve koordinasyonu geliştirmek için denge, zıplama, atma ve yakalama oyunlarından oluşan kısa çalışmalar

bank-sensory-diet = Duyusal program ({ EN("sensory diet") }): ergoterapistin belirlediği, gün boyunca yapılan planlı etkinlikler (örneğin bir şey taşımak, itmek ya da sessiz zaman); { $name } sakin ve dikkatli kalsın diye

bank-sensory-tool-kit = Duyusal destek kutusu: denge minderi, elde oynanacak bir oyuncak ve güvenle çiğnenebilecek bir şey gibi araçlar; { $name } derslerde sakin kalsın diye

bank-individual-health-care-plan = Aileyle ve okul hemşiresiyle birlikte yazılan bireysel sağlık bakım planı: okul çalışanlarının her gün ve acil bir durumda ne yapacağını anlatır

bank-staff-medical-training = İlaç vermek ve sağlık sorununa yardım etmek için eğitim almış çalışanlar; örneğin inhaler ya da adrenalin kalemi kullanmak

bank-intimate-care-plan = Aileyle kararlaştırılan bir kişisel bakım planı: tuvalet ve kıyafet değiştirme için, adı belirlenmiş çalışanlarla yapılan özel ve planlı bir düzen

bank-toilet-timetable = Gün içinde belirli saatlerde tuvalete gitmek için hatırlatmalar ve her an tuvalete gitmek istemek için bir kart

bank-lunchtime-eating-support = Öğle yemeğinde yardım: yemek için daha sessiz bir yer, gerekirse küçük parçalara kesilmiş yiyecekler ve yeni yiyecekleri denemeye cesaretlendiren bir yetişkin

bank-throw-and-catch = Büyük ve yumuşak bir topla atma-yakalama oynayın; kolaylaştıkça birbirinizden biraz daha uzakta durun.

bank-help-in-the-kitchen = Mutfakta { $name } size yardım etsin: karıştırmak, dökmek, sürmek ve yumuşak yiyecekleri kesmek gibi işlerde.

bank-new-food-next-to-favourite = Sevdiği bir yiyeceğin yanına az miktarda yeni bir yiyecek koyun; zorlamayın ve yeni yiyeceğe bakınca, dokununca ya da tadına bakınca övün.

bank-toilet-routine-at-home = Evde düzenli bir tuvalet alışkanlığı sürdürün (örneğin yemeklerden sonra); okuldaki kelimelerin ve resimlerin aynısını kullanın.

bank-therapy-exercises-at-home = Fizyoterapistin ya da ergoterapistin verdiği egzersizleri haftada birkaç kez birlikte yapın.

bank-update-school-on-health = Sağlıkta ya da ilaçlarda olan her değişikliği okula bildirin ve okulda tutulan ilaçların son kullanma tarihlerini kontrol edin.

bank-glasses-every-day = Her gün { $name } okula temiz gözlüğünü takarak gitsin; bunu siz kontrol edin.

bank-hearing-aid-check-log = Sabah yapılan işitme cihazı kontrolü, varsa sorunlarla birlikte her gün yazılır ve her hafta incelenir.

bank-toileting-chart = Tuvalet çizelgesi: kuru kalınan zamanlar ve tuvalete yetişilemeyen durumlar her gün not edilir, çizelge her hafta incelenir.

bank-foods-tried-record = Öğle arası görevlileri, { $name } tarafından denenen yiyeceklerin kaydını tutar.

bank-movement-skills-check = Planın başında ve sonunda, denge, tek ayakla sekme ve top yakalama gibi hareket becerilerinin kısa bir kontrolü yapılır.

bank-medical-log = { $name } için bir sağlık kaydı: verilen ilaçlar ve çocuğun kendini iyi hissetmediği zamanlar yazılır; kayıt her okul döneminde iki kez aile ve okul hemşiresiyle birlikte incelenir.

## Any area

bank-strength-kind-and-helpful = { $name } nazik ve yardımsever; yetişkinlere ve diğer çocuklara yardım etmeyi seviyor.

bank-strength-creative = { $name } yaratıcı; resim yapmaktan, bir şeyler yapıp kurmaktan hoşlanıyor.

bank-strength-keeps-trying = { $name }, bir iş zor olduğunda bile pes etmeden denemeye devam ediyor.

bank-pupil-views-before-review = Her gözden geçirme toplantısından önce { $name } ile konuşulur ve neyin iyi gittiği, neyin zor olduğu sorulur; cevaplar yazılır.

bank-termly-review-meeting = Her okul döneminde aileyle bir toplantı: hedeflere birlikte bakılır ve sonraki adımlar kararlaştırılır.

## Assessments

bank-reading-and-spelling-assessment = Okuma ve yazım değerlendirmesi

bank-maths-assessment = Hangi sayı becerilerinin daha çok çalışılması gerektiğini bulmak için bir matematik değerlendirmesi

bank-dyslexia-screening = Disleksi taraması: okuma, yazım ve bellek becerilerinin kısa bir kontrolü

bank-educational-psychologist-assessment = Eğitim psikoloğunun yapacağı bir değerlendirme

bank-speech-and-language-assessment = Dil ve konuşma terapistinin yapacağı bir değerlendirme

bank-autism-assessment-referral = Otizm değerlendirmesi için yerel sağlık hizmetine sevk

bank-mental-health-assessment = Bölgedeki çocuk ve ergen ruh sağlığı hizmetinin ({ EN("CAMHS") }) yapacağı bir değerlendirme

bank-hearing-test-audiology = Odyoloji (işitme) biriminde bir işitme testi

bank-eye-clinic-assessment = Hastanenin göz kliniğinde bir göz muayenesi

bank-occupational-therapy-assessment = Ergoterapistin hareket, el yazısı ve kendi bakımını yapma (giyinme, yemek yeme gibi) becerilerini değerlendirmesi

bank-specialist-teacher-learning-assessment = Öğrenme güçlükleri alanındaki özel eğitim öğretmeninin okuma, yazma, matematik ve bellek becerilerini değerlendirmesi

bank-handwriting-speed-check = El yazısı hızının kontrolü; ek süre ya da bilgisayarda yazmanın yardımcı olup olmayacağını görmek için

bank-autism-outreach-observation = Otizm destek ekibinin ({ EN("autism outreach") }) sınıfta ve oyunda yapacağı bir gözlem ve okul çalışanlarına öneriler

bank-stammering-assessment = Kekeleyen çocuklarla çalışan bir dil ve konuşma terapistinin yapacağı bir değerlendirme

bank-adhd-assessment-referral = { EN("ADHD") } (dikkat eksikliği ve hiperaktivite bozukluğu) değerlendirmesi için yerel sağlık hizmetine sevk

bank-behaviour-support-observation = Davranış desteği hizmetinin sınıfta yapacağı bir gözlem ve okul çalışanlarına öneriler

bank-physiotherapy-assessment = Fizyoterapistin hareket, denge ve güç değerlendirmesi

bank-functional-vision-assessment = Görme güçlüğü olan çocukların özel eğitim öğretmeninin yapacağı bir değerlendirme: { $name } sınıfta görme becerisini nasıl kullanıyor?

bank-paediatrician-referral = Bölgedeki çocuk doktoruna ({ EN("community paediatrician") }) sevk; bu doktor çocuğun sağlığını ve gelişimini kontrol eder

bank-early-help-assessment = Erken destek değerlendirmesi ({ EN("Early Help") }): hangi desteğin gerektiğine karar vermek için aileyi ve yerel hizmetleri bir araya getirir

bank-ehc-needs-assessment = Yerel yönetime ({ EN("local authority") }) eğitim, sağlık ve bakım ihtiyaçlarının değerlendirilmesi için başvuru; bu değerlendirme bir Eğitim, Sağlık ve Bakım Planına ({ EN("EHC plan") }) yol açabilir
