# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Spelling follows iep.ftl (Urdu-style Shahmukhi, ن not ݨ). Targets agree with the child in
# [female] and [male] (پڑھے گی / پڑھے گا); [other] says "{ $name } دا ہدف: …" with an
# infinitive, so no gender is shown. Elsewhere اوہ / اوہدی / اوہنوں keep gender out.
# CLDR one covers 0 and 1, so a [one] variant shows the number.

## Cognition and learning

bank-read-common-words =
    { $gender ->
        [female] { $name } اپنے لفظاں والے کارڈ اُتے لکھے { $total } عام لفظاں وچوں { $count } لفظ پڑھے گی۔
        [male] { $name } اپنے لفظاں والے کارڈ اُتے لکھے { $total } عام لفظاں وچوں { $count } لفظ پڑھے گا۔
       *[other] { $name } دا ہدف: اپنے لفظاں والے کارڈ اُتے لکھے { $total } عام لفظاں وچوں { $count } لفظ پڑھنا۔
    } ایہہ اک ہفتے دے وقفے نال دو واری جانچیا جاوے گا۔

bank-precision-teaching = { EN("Precision teaching") }: ہر روز کجھ منٹ لفظاں والے کارڈاں نال مشق، ہر واری تھوڑے جیہے لفظ

bank-words-read-checked-weekly = ٹھیک پڑھے گئے لفظ ہر ہفتے لکھ لئے جاندے نیں۔

bank-read-card-words-at-bedtime = سون توں پہلاں کارڈ دے { $count } لفظ مل کے پڑھو۔

bank-write-sentences-about-picture =
    { $gender ->
        [female]
            { $name } اک تصویر بارے { $count ->
                [one] { $count } جملہ
               *[other] { $count } جملے
            } لکھے گی۔
        [male]
            { $name } اک تصویر بارے { $count ->
                [one] { $count } جملہ
               *[other] { $count } جملے
            } لکھے گا۔
       *[other]
            { $name } دا ہدف: اک تصویر بارے { $count ->
                [one] { $count } جملہ
               *[other] { $count } جملے
            } لکھنا۔
    } ہر جملہ انگریزی دے وڈے اکھر ({ EN("capital letter") }) نال شروع ہووے تے فل سٹاپ اُتے ختم ہووے۔

bank-writing-group-sentence-frames = لکھن دا اک نکا گروپ، جس وچ جملیاں دے سانچے ورتے جاندے نیں (جملے دا پہلا حصہ دتا جاندا اے، جس نوں پورا کرنا ہوندا اے)

bank-writing-samples-checked = اوہدی لکھائی دے نمونے رکھے جاندے نیں تے ہر دو ہفتیاں بعد جانچے جاندے نیں۔

bank-talk-about-picture = مل کے کسے تصویر بارے گل کرو، تے لکھن توں پہلاں اک جملہ اُچی آواز وچ بولن وچ اوہدی مدد کرو۔

bank-read-together-daily = مہربانی کر کے ہر روز { $name } نال { $minutes } منٹ پڑھو، تے پڑھائی دے ریکارڈ ({ EN("reading record") }) اُتے دستخط کرو۔

## Communication and interaction

bank-follow-two-step-instruction =
    { $gender ->
        [female] { $name } ساری کلاس نوں دتی گئی دو قدماں والی ہدایت اُتے، یاد کرائے بنا، { $of } وچوں { $times } واری عمل کرے گی۔
        [male] { $name } ساری کلاس نوں دتی گئی دو قدماں والی ہدایت اُتے، یاد کرائے بنا، { $of } وچوں { $times } واری عمل کرے گا۔
       *[other] { $name } دا ہدف: ساری کلاس نوں دتی گئی دو قدماں والی ہدایت اُتے، یاد کرائے بنا، { $of } وچوں { $times } واری عمل کرنا۔
    }

bank-instructions-in-short-steps = ہدایتاں نکے نکے قدماں وچ دتیاں جاندیاں نیں، تے ہر قدم وکھان لئی اک تصویر ہوندی اے۔

bank-tally-chart-weekly = گنتی دا چارٹ ({ EN("tally chart") })، جیہڑا ہر ہفتے جانچیا جاندا اے

bank-two-step-instructions-at-home = گھر وچ وی دو قدماں والیاں ہدایتاں دیو، تے جدوں اوہ ایہناں اُتے عمل کرے، اوہنوں شاباش دیو۔

## Social, emotional and mental health

bank-calm-card =
    { $gender ->
        [female] { $name } چیکن چلاؤن دی تھاں سکون والا کارڈ تے سکون والا کونا ورتے گی، { $of } دناں وچوں { $days } دن۔
        [male] { $name } چیکن چلاؤن دی تھاں سکون والا کارڈ تے سکون والا کونا ورتے گا، { $of } دناں وچوں { $days } دن۔
       *[other] { $name } دا ہدف: چیکن چلاؤن دی تھاں سکون والا کارڈ تے سکون والا کونا ورتنا، { $of } دناں وچوں { $days } دن۔
    }

bank-feelings-check-in = ہر روز سویرے تھوڑی دیر بچے دا حال پچھنا، احساساں دے پیمانے دی مدد نال

bank-feelings-scale-at-home = گھر وچ وی احساساں دا ایہو پیمانہ ورتو، تے جدوں اوہ وقفہ منگے، اوہنوں شاباش دیو۔
