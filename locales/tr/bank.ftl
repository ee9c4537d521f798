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

## Any area

bank-strength-kind-and-helpful = { $name } nazik ve yardımsever; yetişkinlere ve diğer çocuklara yardım etmeyi seviyor.

bank-strength-creative = { $name } yaratıcı; resim yapmaktan, bir şeyler yapıp kurmaktan hoşlanıyor.

bank-strength-keeps-trying = { $name }, bir iş zor olduğunda bile pes etmeden denemeye devam ediyor.

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
