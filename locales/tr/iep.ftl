# The IEP (SEN support plan) parent copy.
# Write for parents: short sentences, everyday words, no jargon.
# Fluent's isolation marks are switched off (see src/localize.rs): each user text
# goes into its own paragraph with its own direction instead.

## Document title and headings

# The document title shown in the PDF viewer's window bar, and announced first by a
# screen reader: as the first page's heading, in the family's language.
# Variables:
#   $pupil (String) - the pupil's full name
iep-title = Destek planı: { $pupil }

# The main heading on the first page.
# Variables:
#   $pupil (String) - the pupil's full name
iep-heading = Destek planı: { $pupil }

# Under the main heading, for the family's copy.
iep-copy-parent = Bireysel eğitim planı ({ EN("IEP") }): aile nüshası

# Under the main heading, for the school's copy.
iep-copy-school = Bireysel eğitim planı ({ EN("IEP") }): okul nüshası

# A group learning plan: the same targets for a small group of pupils, one copy for each
# pupil's family, which names only that pupil (the others are "the group").

# The document title shown in the PDF viewer's window bar.
# Variables:
#   $group (String) - the group's name, such as "Reading group"
#   $pupil (String) - the pupil's full name
group-title = Grup öğrenme planı – { $group } – { $pupil }

# The main heading on the first page.
# Variables:
#   $group (String) - the group's name
group-heading = Grup öğrenme planı: { $group }

# Under the main heading, for the family's copy.
group-copy-parent = Grup öğrenme planı: aile nüshası

# Under the main heading, for the school's copy.
group-copy-school = Grup öğrenme planı: okul nüshası

# Variables:
#   $name (String) - the name the pupil goes by
group-intro-what = { $name }, aynı türden yardıma ihtiyacı olan başka öğrencilerle birlikte küçük bir grupta bu hedefler üzerinde çalışıyor. Bu plan, grubun neler üzerinde çalıştığını, kimlerin yardım ettiğini ve evde { $name } için nasıl yardımcı olabileceğinizi anlatır.

## Opening for parents

iep-intro-heading = Bu plan hakkında

# Variables:
#   $name (String) - the name the pupil goes by
iep-intro-what = Bu plan, okulda { $name } için verilen ek desteği gösterir. Planda şunları bulabilirsiniz: { $name } neler üzerinde çalışıyor, kimler yardım ediyor ve siz evde nasıl yardımcı olabilirsiniz.

# Variables:
#   $date (String) - the review date, already formatted
iep-intro-review = Planı { $date } tarihinde sizinle birlikte yeniden gözden geçireceğiz. Bu toplantıda soru sorabilir ve düşüncelerinizi bize söyleyebilirsiniz. İsterseniz yanınızda birini de getirebilirsiniz.

iep-intro-formats = Bu planı başka bir dilde veya büyük puntolu olarak isterseniz ya da size sesli okunmasını isterseniz, lütfen okul sekreterliğine başvurun.

## Key facts

facts-heading = Temel bilgiler
fact-pupil = Öğrenci
fact-known-as = Kullandığı ad
fact-date-of-birth = Doğum tarihi
fact-year-group = İngiltere'deki sınıf düzeyi ({ EN("Year group") })

# Variables:
#   $year (Number) - the national curriculum year group; 0 is Reception
fact-year-group-value =
    { $year ->
        [0] { EN("Reception") } (İngiltere'de okulun ilk yılı)
       *[other] { $year }
    }

fact-class = Sınıfın adı
fact-family = Anne-baba ve bakım verenler
fact-stage = Destek düzeyi
fact-areas = Desteğe ihtiyaç duyulan alanlar
fact-class-teacher = Sınıf öğretmeni
fact-written-by = Planı hazırlayan
fact-start = Planın başlangıç tarihi
fact-review = Planın gözden geçirileceği tarih ({ EN("review") })

## Stages of support

stage-sen-support = Okulda ek destek ({ EN("SEN Support") })
stage-ehc-plan = Eğitim, Sağlık ve Bakım Planı ({ EN("EHC plan") })
stage-early-years-action = Okul öncesinde destek ({ EN("Early Years Action") })
stage-early-years-action-plus = Okul öncesinde, okul dışı uzmanların da katıldığı destek ({ EN("Early Years Action Plus") })
stage-school-action = Okulda destek ({ EN("School Action") })
stage-school-action-plus = Okulda, okul dışı uzmanların da katıldığı destek ({ EN("School Action Plus") })
stage-statement = Özel eğitim ihtiyaçlarını belirten resmî belge ({ EN("Statement of SEN") })

## Areas of need

area-communication-and-interaction = İletişim ve başkalarıyla etkileşim
area-cognition-and-learning = Öğrenme ve anlama
area-social-emotional-mental-health = Sosyal ilişkiler, duygular ve ruh sağlığı
area-sensory-and-physical = Görme, işitme ve fiziksel ihtiyaçlar

## Relationships

relationship-mother = anne
relationship-father = baba
relationship-parent = ebeveyn
relationship-carer = bakım veren
relationship-foster-carer = koruyucu aile
relationship-guardian = vasi
relationship-grandmother = büyükanne
relationship-grandfather = büyükbaba
relationship-aunt = teyze / hala
relationship-uncle = dayı / amca
relationship-sister = kız kardeş
relationship-brother = erkek kardeş

## Roles of the people who help
# A role follows a person's name in brackets ("Mrs Lee (teaching assistant)"), or stands
# alone as "who helps" (then its first letter is made a capital where the script has
# capitals). Write it in the form that reads well after a name.

role-teaching-assistant = öğretmen yardımcısı
role-class-teacher = sınıf öğretmeni
role-senco = özel eğitim desteğini yöneten kişi, { EN("SENCo") }
role-learning-mentor = öğrenme danışmanı
role-teacher-of-the-deaf = işitme güçlüğü olan çocukların öğretmeni
role-specialist-teacher = özel eğitim öğretmeni
role-speech-and-language-therapist = dil ve konuşma terapisti
role-educational-psychologist = eğitim psikoloğu
role-occupational-therapist = ergoterapist
role-physiotherapist = fizyoterapist
role-school-nurse = okul hemşiresi
role-family-support-worker = aile destek çalışanı
role-head-teacher = okul müdürü
role-lunchtime-supervisor = öğle arası görevlisi

## When and how often
# A target's "when" can be given as numbers and words iepress knows; these messages write
# it out. The parts are then joined as the language joins a list of measures
# ("10 minutes, 4 mornings a week, for 6 weeks").

# How long one session is.
# Variables:
#   $minutes (Number) - minutes, from 1
when-minutes =
    { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    }

# How many times a week, perhaps at one part of the day.
# Variables:
#   $times (Number) - times a week, from 1 to 14
#   $part (String) - none, morning, afternoon or lunchtime
when-times-a-week =
    { $part ->
        [morning]
            { $times ->
                [one] haftada bir sabah
               *[other] haftada { $times } sabah
            }
        [afternoon]
            { $times ->
                [one] haftada bir öğleden sonra
               *[other] haftada { $times } öğleden sonra
            }
        [lunchtime]
            { $times ->
                [one] haftada bir kez öğle arasında
               *[other] haftada { $times } kez öğle arasında
            }
       *[none]
            { $times ->
                [one] haftada bir kez
               *[other] haftada { $times } kez
            }
    }

# On which days of the week, perhaps at one part of the day.
# Variables:
#   $days (String) - the days, already joined as a list: "Tuesday and Thursday"
#   $count (Number) - how many days
#   $part (String) - none, morning, afternoon or lunchtime
when-days =
    { $part ->
        [morning]
            { $count ->
                [one] { $days } sabahları
               *[other] { $days } sabahları
            }
        [afternoon]
            { $count ->
                [one] { $days } öğleden sonraları
               *[other] { $days } öğleden sonraları
            }
        [lunchtime]
            { $count ->
                [one] { $days } öğle aralarında
               *[other] { $days } öğle aralarında
            }
       *[none]
            { $count ->
                [one] { $days } günleri
               *[other] { $days } günleri
            }
    }

# How often, in words.
# Variables:
#   $every (String) - lesson, day, morning, afternoon, lunchtime, playtime, after-playtime,
#                     week, two-weeks, half-term or term
when-every =
    { $every ->
        [lesson] her derste
        [day] her gün
        [morning] her sabah
        [afternoon] her öğleden sonra
        [lunchtime] her öğle arasında
        [playtime] her teneffüste
        [after-playtime] her teneffüsten sonra
        [week] her hafta
        [two-weeks] iki haftada bir
        [half-term] her okul döneminde iki kez
       *[term] her okul döneminde bir kez
    }

# How often, and at what time of day.
# Variables:
#   $when (String) - how often, from when-times-a-week, when-days or when-every
#   $time (String) - the time of day, as the language writes it ("8:50")
when-at = { $when } saat { $time }

# For how long the help goes on.
# Variables:
#   $weeks (Number) - weeks, from 1
when-weeks =
    { $weeks ->
        [one] bir hafta boyunca
       *[other] { $weeks } hafta boyunca
    }

# Two parts of a schedule, one after the other ("10 minutes", "4 mornings a week").
# Variables:
#   $before (String) - the parts so far
#   $after (String) - the next part
when-parts = { $before }, { $after }

# An assessment planned for a month ("December: A reading and spelling assessment").
# Variables:
#   $month (String) - the month's name, as the language writes it (from CLDR)
#   $entry (String) - the assessment
assessment-in-month = { $month }: { $entry }



## The pupil

# Variables:
#   $name (String) - the name the pupil goes by
about-heading = { $name } neleri iyi yapıyor, neleri seviyor

# Variables:
#   $name (String) - the name the pupil goes by
needs-heading = { $name } nelerde zorlanıyor

# Variables:
#   $name (String) - the name the pupil goes by
strategies-heading = { $name } için neler yardımcı oluyor

## Targets

targets-heading = Hedefler

# Variables:
#   $name (String) - the name the pupil goes by
#   $count (Number) - how many targets the plan has
targets-intro =
    { $count ->
        [one] Bu planda { $name } için bir hedef var.
       *[other] Bu planda { $name } için { $count } hedef var.
    } Hedef, kontrol edebileceğimiz küçük bir adımdır.

# Variables:
#   $number (Number) - the target's number, from 1
target-heading = Hedef { $number }

target-who = Kim yardım ediyor
target-does-what = Ne yapılıyor
target-when = Ne zaman ve ne sıklıkla
target-success = İşe yaradığını nasıl anlayacağız
target-home = Evde neler yapabilirsiniz

## The rest of the plan

home-heading = Evde destek
exit-heading = Ek destek ne zaman bitebilir
further-heading = Diğer değerlendirmeler ve hizmetler
further-assessments = Planlanan değerlendirmeler
further-agencies = Okul dışından destek veren hizmetler

## Outside agencies

agency-educational-psychology = Eğitim psikoloğu ({ EN("educational psychologist") })
agency-speech-and-language-therapy = Dil ve konuşma terapisi ({ EN("speech and language therapy") })
agency-behaviour-support = Davranış desteği hizmeti ({ EN("behaviour support") })
agency-hearing-support = İşitme güçlüğü olan çocuklar için destek hizmeti
agency-vision-support = Görme güçlüğü olan çocuklar için destek hizmeti
agency-sensory-support = Görme veya işitme güçlüğü olan çocuklar için destek hizmeti ({ EN("sensory support") })
agency-occupational-therapy = Ergoterapi ({ EN("occupational therapy") })
agency-physiotherapy = Fizyoterapi
agency-camhs = Çocuk ve ergen ruh sağlığı hizmeti ({ EN("CAMHS") })
agency-school-nurse = Okul hemşiresi
agency-paediatrician = Çocuk doktoru (pediatrist)
agency-early-help = Ailelere erken destek ({ EN("Early Help") })

## Review

review-heading = Plan nasıl gitti
review-date = Toplantı tarihi
review-present = Kimler katıldı
review-outcomes = Hedefler ve sonuçlar
review-col-target = Hedef
review-col-result = Sonuç
review-col-comment = Yorum

# Variables:
#   $number (Number) - the target's number, from 1
review-target-number = Hedef { $number }

outcome-achieved = Ulaşıldı
outcome-partly = Kısmen ulaşıldı
outcome-not-yet = Henüz ulaşılmadı

review-progress = İlerleme

# Variables:
#   $name (String) - the name the pupil goes by
review-pupil-comment = { $name } ne dedi

review-parent-comment = Aile ne dedi
review-teacher-comment = Okul ne dedi
review-next-steps = Sonraki adımlar
review-next-review = Bir sonraki gözden geçirme

## Help for parents

contact-heading = Sorular ve yardım

# Variables:
#   $senco (String) - the name of the school's special needs co-ordinator
contact-senco = Bu planla ilgili bir sorunuz olursa lütfen sınıf öğretmeniyle ya da okulda özel eğitim ihtiyacı olan çocuklara verilen desteği yöneten kişiyle ({ EN("SENCo") }) konuşun. Bu kişi: { $senco }.

contact-school-phone = Okulun telefon numarası

support-intro = Okuldan bağımsız bir hizmetten de ücretsiz danışmanlık alabilirsiniz:
support-phone = Telefon
support-text = Kısa mesaj (SMS)
support-email = E-posta
support-web = İnternet sitesi
support-drop-in = Randevusuz görüşme

## Page furniture

# Shown at the foot of every page.
# Variables:
#   $page (Number) - this page's number
#   $total (Number) - the number of pages
page-number = Sayfa { $page } / { $total }

## Print pack for a parents' evening
# Read by the school office and teachers, in the school's own language.

# The title of the print pack, in the PDF viewer's window bar and on its first page.
pack-title = Veli görüşmeleri ({ EN("parents' evening") }) için yazdırma paketi

# Variables:
#   $documents (Number) - how many documents the pack holds
#   $appointments (Number) - how many appointments they are for
pack-intro = Bu pakette { $appointments ->
        [one] bir randevu
       *[other] { $appointments } randevu
    } için { $documents ->
        [one] bir belge
       *[other] { $documents } belge
    } var. Belgeler randevu sırasına göre dizilmiştir.

pack-duplex = Kâğıdın iki yüzüne de yazdırın. Her belge yeni bir kâğıtta başlar; böylece hiçbir kâğıtta iki ailenin belgeleri bir arada olmaz.

pack-files = Her belge ayrı bir dosya olarak da kaydedilir. Bir aile e-postayla kopya isterse, aileye yalnızca kendi dosyasını gönderin: bu dosya ekran okuyucuyla sesli okunabilir.

pack-appointments-heading = Randevular
pack-col-time = Saat
pack-col-pupil = Öğrenci
pack-col-teacher = Öğretmen
pack-col-room = Oda
pack-col-parent-copy = Aile nüshası
pack-col-school-copy = Okul nüshası
pack-col-page = Sayfa

# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-copy-parent = Aile nüshası: { $language }
pack-copy-parent-large = Aile nüshası: { $language }, büyük puntolu
pack-copy-school = Okul nüshası: { $language }

# In the list of appointments, a copy in large print.
# Variables:
#   $language (String) - the name of the copy's language (see language-name)
pack-large-print = { $language }, büyük puntolu

# A family's copy in the list of appointments that still shows some of the school's words
# in the school's language, for want of a translation.
# Variables:
#   $language (String) - the copy's language, as the list names it
#   $count (Number) - how many of the school's texts are not translated
pack-untranslated = { $language } ({ $count ->
        [one] { $count } metin çevrilmedi
       *[other] { $count } metin çevrilmedi
    })

pack-missing-heading = Bu pakette olmayanlar
pack-missing-intro = Bu randevular için belge yok, çünkü planlarından belge oluşturulamadı. Neyin düzeltilmesi gerektiğini toplu işlemin ({ EN("batch") }) sonundaki özet gösterir.
pack-col-problem = Sorun

# The name of a language iepress writes, in this locale's language.
# Variables:
#   $tag (String) - the language's tag
language-name = { $tag ->
        [en-GB] İngilizce
        [pl] Lehçe
        [ro] Rumence
        [pa] Pencapça (Gurmukhi alfabesi)
        [pa-Arab] Pencapça (Şahmukhi alfabesi)
        [ur] Urduca
        [pt] Portekizce
        [es] İspanyolca
        [it] İtalyanca
        [fr] Fransızca
        [bn] Bengalce
        [gu] Güceratça
        [ar] Arapça
        [sq] Arnavutça
        [so] Somalice
        [lt] Litvanca
        [uk] Ukraynaca
        [tr] Türkçe
        [fa] Farsça
        [ta] Tamilce
        [bg] Bulgarca
        [hu] Macarca
        [ru] Rusça
        [zh-Hans] Basitleştirilmiş Çince
        [zh-Hant] Geleneksel Çince
        [ps] Peştuca
        [ti] Tigrinya dili
        [ne] Nepalce
       *[other] { $tag }
    }

## Provision map
# The school's costed list of extra support, and a parent's copy with their child's part
# marked. Amounts of money come in already formatted for the language (see money).

# An amount of money in pounds.
# Variables:
#   $amount (String) - the amount, with the language's digits and separators
money = { $amount } £

# The title in the PDF viewer's window bar of the school's map.
# Variables:
#   $school (String) - the school's name
provision-title = Ek destek haritası – { $school }
provision-heading = Ek destek haritası ({ EN("provision map") })
provision-intro = Bu harita, okulun özel eğitim ihtiyacı olan öğrenciler için verdiği ek destekleri gösterir: desteği kimin verdiğini, ne sıklıkla verildiğini, maliyetini, kimlerin katıldığını ve ne fark yarattığını.

# Variables:
#   $amount (String) - an amount of money (see money)
provision-area-total = Bu alanın toplamı: { $amount }

# Variables:
#   $amount (String) - an amount of money (see money)
provision-total = Tüm ek desteğin toplam maliyeti: { $amount }

provision-col-support = Destek
provision-col-staff = Veren kişi
provision-col-group = Gruptaki öğrenci sayısı
provision-col-often = Ne sıklıkla
provision-col-weeks = Hafta sayısı
provision-col-measure = İlerleme nasıl ölçülüyor
provision-col-cost = Maliyet
provision-col-per-pupil = Öğrenci başına maliyet
provision-col-pupils = Öğrenciler

# Variables:
#   $minutes (Number) - how long one session is, in minutes
#   $sessions (Number) - sessions a week
provision-often = { $minutes } dakika, { $sessions ->
        [one] haftada bir kez
       *[other] haftada { $sessions } kez
    }

provision-impact-heading = Etki
provision-impact-intro = Yalnızca hem başta hem sonda puanı olan öğrenciler için. Puan başına maliyet, öğrenci başına maliyetin ortalama artışa bölünmesiyle bulunur.
provision-col-entry = Baştaki ortalama puan
provision-col-exit = Sondaki ortalama puan
provision-col-gain = Ortalama artış
provision-col-per-point = Artan her puan için öğrenci başına maliyet
provision-no-scores = Henüz puan yok

provision-gaps-heading = Karşılanmayan ihtiyaçlar
provision-no-gaps = Planlarda yazan her ihtiyaç, öğrencinin katıldığı desteklerden en az biriyle karşılanıyor.

# Variables:
#   $pupil (String) - the pupil's name
#   $areas (String) - the areas of need, as a list
provision-gap-pupil = { $pupil }: planda, öğrencinin katıldığı desteklerin hiçbirinin karşılamadığı ihtiyaçlar var ({ $areas }).

# Variables:
#   $area (String) - the name of an area of need
provision-gap-area = Bu ihtiyaç alanını karşılayan bir destek yok: { $area }.

## A parent's copy of the provision map

# The title in the PDF viewer's window bar.
# Variables:
#   $pupil (String) - the pupil's full name
provision-pupil-title = Ek destek haritası – { $pupil }

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-heading = { $name } için ek destek

# Variables:
#   $name (String) - the name the pupil goes by
provision-pupil-intro = Bu harita, okulun ihtiyacı olan öğrencilere sunduğu ek destekleri gösterir. { $name } için verilen destekler son sütunda işaretlenmiş ve kalın yazılmıştır.

provision-offer-heading = Okulun sunduğu destekler

# The heading of the column that marks the pupil's own support.
# Variables:
#   $name (String) - the name the pupil goes by
provision-col-mine = { $name } için
provision-mine = Evet, katılıyor

# Variables:
#   $name (String) - the name the pupil goes by
provision-tracker-heading = { $name } için verilen destek nasıl gidiyor

provision-col-start = Başlangıç
provision-col-per-week = Haftada kaç kez
provision-col-score-start = Baştaki puan
provision-col-score-end = Sondaki puan
provision-no-score = Henüz yok

## The support timetable: when each session of support happens in a usual school week.

# The heading of a parent's copy's week table.
# Variables:
#   $name (String) - the name the pupil goes by
provision-week-heading = { $name } her hafta ne zaman destek alıyor

# Variables:
#   $name (String) - the name the pupil goes by
provision-week-intro = Normal bir okul haftasında { $name } için yapılan ek destek çalışmaları: her birinin ne olduğu, kimin yürüttüğü ve ne kadar sürdüğü.

# The heading of the school's week of support (for staff).
provision-school-week-heading = Haftalık destek programı

provision-school-week-intro = Normal bir okul haftasında her desteğin ne zaman yapıldığı, kimin yürüttüğü, nerede yapıldığı ve kaç öğrenci için olduğu.

# The first column of the week table: the time a session starts.
provision-col-time = Saat

# The row for sessions whose days are known but not their time.
provision-week-no-time = Saat henüz belli değil

# How long one session lasts.
# Variables:
#   $minutes (Number) - minutes
provision-week-minutes = { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    }

# How many pupils a session is for (the school's week).
# Variables:
#   $count (Number) - pupils
provision-week-pupils = { $count ->
        [one] { $count } öğrenci
       *[other] { $count } öğrenci
    }

## Leaflets for parents
# Short guides for parents. Write plainly: short sentences and everyday words. Each
# paragraph is its own message.

# The guide to IEPs. The title is also shown in the PDF viewer's window bar.
leaflet-iep-title = Çocuğunuzun destek planı ({ EN("IEP") }): aileler için rehber
leaflet-iep-intro = Bazı çocukların öğrenebilmek ve okulda iyi olabilmek için ek yardıma ihtiyacı vardır. Bu rehber, okulun bu yardım için hazırladığı planı ve sizin bu plana nasıl katılabileceğinizi anlatır.

leaflet-what-heading = { EN("IEP") } nedir
leaflet-what-is = { EN("IEP") } (bireysel eğitim planı), tek bir çocuk için hazırlanan kısa bir plandır. Birçok okul artık buna destek planı ({ EN("support plan") }) diyor. Planda çocuğunuzun neler üzerinde çalıştığı, okulun ona yardım etmek için neler yapacağı ve sizin evde neler yapabileceğiniz yazar.
leaflet-what-who = Okul bu planı sizinle ve mümkünse çocuğunuzla birlikte yazar. Planın bir nüshası size de verilmelidir. Planı okuyabileceğiniz bir dilde veya biçimde isteyebilirsiniz.

leaflet-contents-heading = Planda neler var
leaflet-contents-intro = Bir plan genellikle şu bölümlerden oluşur:
leaflet-contents-strengths = çocuğunuzun neleri iyi yaptığı ve nelerden hoşlandığı
leaflet-contents-needs = çocuğunuzun nelerde zorlandığı
leaflet-contents-targets = üç veya dört hedef: çocuğunuzun ulaşmak için çalıştığı sonraki adımlar
leaflet-contents-help = kimin yardım ettiği, ne yaptığı ve ne sıklıkla yaptığı
leaflet-contents-home = sizin evde neler yapabileceğiniz
leaflet-contents-review = planın ne zaman yeniden gözden geçirileceği

leaflet-smart-heading = { EN("SMART") } hedefler
leaflet-smart-intro = İyi hedefler { EN("SMART") } hedeflerdir. Bu kelime, beş İngilizce kelimenin baş harflerinden oluşur. Yani hedefler:
leaflet-smart-specific = Specific (belirli): çocuğunuzun tam olarak ne yapmayı öğreneceğini söyler.
leaflet-smart-measurable = Measurable (ölçülebilir): hedefe ulaşıldığında bunu herkes görebilir.
leaflet-smart-achievable = Achievable (ulaşılabilir): çocuğunuz doğru yardımla bu hedeflere ulaşabilir.
leaflet-smart-relevant = Relevant (anlamlı): çocuğunuzun öğrenmesi ve hayatı için önemlidir.
leaflet-smart-time-bound = Time-bound (süreli): hedefe ne zamana kadar ulaşılacağını söyler; bu genellikle bir sonraki gözden geçirmedir.
# Variables:
#   $read (Number) - how many words (20)
#   $total (Number) - of how many (30)
leaflet-smart-example = Örneğin, “daha iyi okumak” { EN("SMART") } bir hedef değildir. “Ocak ayındaki gözden geçirmeye kadar, kelime kartındaki { $total } sık kullanılan kelimeden { $read } tanesini, bir hafta arayla yapılan iki kontrolde okumak” ise { EN("SMART") } bir hedeftir.

leaflet-review-heading = Gözden geçirme toplantıları
leaflet-review-when = Plan, bir gözden geçirme toplantısında yeniden ele alınır. İngiltere'de okul yılı üç döneme ({ EN("term") }) ayrılır. Bu toplantı genellikle her okul döneminde bir kez, yani yılda yaklaşık üç kez yapılır. Okul her hedefi sizinle birlikte kontrol eder: Hedefe ulaşıldı mı, neler yardımcı oldu?
leaflet-review-you = Her gözden geçirme toplantısına davetlisiniz. Görüşleriniz önemlidir: Evde neler gördüğünüzü ve sizi neyin endişelendirdiğini okula anlatın. Çocuğunuz da katılabilir: Toplantının bir bölümüne gelebilir ya da görüşlerini toplantıdan önce paylaşabilir. Sonra yeni hedefler üzerinde birlikte anlaşılır.

leaflet-map-heading = Ek destek haritası ({ EN("provision map") })
leaflet-map-what = Ek destek haritası, okulun verdiği tüm ek desteklerin listesidir; örneğin küçük okuma grupları ya da her gün bir yetişkinle yapılan kısa bir sohbet. Haritada her desteği kimin verdiği, ne sıklıkla verildiği ve ne fark yarattığı gösterilir.
leaflet-map-yours = Çocuğunuz için ek destek haritasını isteyebilirsiniz. Bu harita okulun sunduğu destekleri gösterir ve çocuğunuzun aldığı destekleri işaretler. Haritada çocuğunuzun baştaki ve sondaki puanları da yer alır.

leaflet-stages-heading = Destek düzeyleri
leaflet-stages-intro = Okul, ek yardımın düzeyleri için şu adları kullanır:
leaflet-stage-sen-support = Okulda ek destek ({ EN("SEN Support") }): okul kendi personeli ve kaynaklarıyla ek yardım planlar ve bunu bir destek planına yazar.
leaflet-stage-ehc-plan = Eğitim, Sağlık ve Bakım Planı ({ EN("EHC plan") }): yerel yönetimin ({ EN("local council") }) hazırladığı, yasal olarak bağlayıcı bir plandır. Okulun kendi kaynaklarıyla verebileceğinden daha fazla yardıma ihtiyacı olan çocuklar içindir.
leaflet-stage-school-action = Okulda destek ({ EN("School Action") }): okul kendi personeli ve kaynaklarıyla ek yardım verir.
leaflet-stage-school-action-plus = Okulda, okul dışı uzmanların da katıldığı destek ({ EN("School Action Plus") }): okul ayrıca okul dışındaki uzmanlardan tavsiye veya yardım alır.
leaflet-stage-statement = Özel eğitim ihtiyaçlarını belirten resmî belge ({ EN("Statement of SEN") }): yerel yönetimin ({ EN("local council") }) hazırladığı yasal bir belgedir. Çocuğun alması gereken yardımı belirler.

leaflet-help-heading = Bağımsız destek
leaflet-help-intro = Sınıf öğretmeniyle ya da okulda özel eğitim ihtiyacı olan çocuklara verilen desteği yöneten kişiyle ({ EN("SENCo") }) her zaman konuşabilirsiniz. Okuldan bağımsız bir hizmetten de ücretsiz danışmanlık alabilirsiniz:
leaflet-help-none = Bölgenizdeki özel eğitim ihtiyaçları bilgi, danışmanlık ve destek hizmetinin iletişim bilgilerini okuldan isteyin. Bu hizmetin danışmanlığı ücretsizdir ve hizmet okuldan bağımsızdır.

leaflet-formats-heading = Başka bir dil veya biçim
leaflet-formats-ask = Bu broşürü ve çocuğunuzun planını okuldan başka bir dilde, büyük puntolu, Braille alfabesiyle ya da ses kaydı olarak isteyebilirsiniz. Bunların size e-postayla gönderilmesini de isteyebilirsiniz. Sınıf öğretmenine ya da okul sekreterliğine söylemeniz yeterlidir.

leaflet-languages-heading = Bu broşür sizin dilinizde

# One sentence in this locale's own language, shown in a list of every language iepress
# writes, beside the language's own name. It tells a reader that the leaflet exists in their
# language.
leaflet-in-your-language = Bu broşür Türkçe olarak mevcuttur. Bir nüshasını okuldan isteyin.

# The card of questions for a review meeting. The title is also shown in the PDF viewer's
# window bar.
leaflet-questions-title = Gözden geçirme toplantısında sorulabilecek sorular
leaflet-questions-intro = Bu kartı çocuğunuzun gözden geçirme toplantısına götürebilirsiniz. Sizin için önemli olan soruları seçin ve her sorunun altındaki boşluğa notlarınızı yazın.
leaflet-question-progress = Çocuğum her hedefte ne kadar ilerledi?
leaflet-question-helped = Çocuğuma en çok ne yardımcı oldu, ne işe yaramadı?
leaflet-question-next = Yeni hedefler neler ve neden bu hedefler seçildi?
leaflet-question-who = Çocuğuma kim yardım edecek ve ne sıklıkla?
leaflet-question-home = Evde yardımcı olmak için ne yapabilirim?
leaflet-question-child = Çocuğum ne düşünüyor ve nasıl katılabilir?
leaflet-question-friends = Çocuğum diğer çocuklarla nasıl geçiniyor?
leaflet-question-assess = Herhangi bir değerlendirme ya da okul dışından yardım planlandı mı?
leaflet-question-contact = Bir sonraki gözden geçirmeden önce endişelendiğim bir şey olursa kiminle konuşabilirim?
leaflet-question-next-review = Bir sonraki gözden geçirme ne zaman?
