# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Targets agree with the child in [female] and [male] (پڑھ لے گی / پڑھ لے گا); [other] says
# "{ $name } کا ہدف: …" with an infinitive, so no gender is shown. Elsewhere وہ / اس / اسے
# keep the child's gender out. The family is addressed as آپ (پڑھیں، کریں).

## Cognition and learning

bank-read-common-words =
    { $gender ->
        [female] { $name } اپنے لفظوں کے کارڈ پر لکھے { $total } عام لفظوں میں سے { $count } لفظ پڑھ لے گی۔
        [male] { $name } اپنے لفظوں کے کارڈ پر لکھے { $total } عام لفظوں میں سے { $count } لفظ پڑھ لے گا۔
       *[other] { $name } کا ہدف: اپنے لفظوں کے کارڈ پر لکھے { $total } عام لفظوں میں سے { $count } لفظ پڑھ لینا۔
    } یہ ایک ہفتے کے فرق سے دو بار جانچا جائے گا۔

bank-precision-teaching = { EN("Precision teaching") }: ہر روز چند منٹ لفظوں کے کارڈ کے ساتھ مشق، ہر بار تھوڑے سے لفظ

bank-words-read-checked-weekly = صحیح پڑھے گئے لفظ ہر ہفتے لکھ لیے جاتے ہیں۔

bank-read-card-words-at-bedtime = سونے سے پہلے کارڈ کے { $count } لفظ مل کر پڑھیں۔

bank-write-sentences-about-picture =
    { $gender ->
        [female]
            { $name } ایک تصویر کے بارے میں { $count ->
                [one] ایک جملہ
               *[other] { $count } جملے
            } لکھے گی۔
        [male]
            { $name } ایک تصویر کے بارے میں { $count ->
                [one] ایک جملہ
               *[other] { $count } جملے
            } لکھے گا۔
       *[other]
            { $name } کا ہدف: ایک تصویر کے بارے میں { $count ->
                [one] ایک جملہ
               *[other] { $count } جملے
            } لکھنا۔
    } ہر جملہ انگریزی کے بڑے حرف ({ EN("capital letter") }) سے شروع ہو اور فل اسٹاپ پر ختم ہو۔

bank-writing-group-sentence-frames = لکھنے کا ایک چھوٹا گروپ، جس میں جملوں کے سانچے استعمال ہوتے ہیں (جملے کا شروع کا حصہ دیا جاتا ہے، جسے پورا کرنا ہوتا ہے)

bank-writing-samples-checked = اس کی لکھائی کے نمونے رکھے جاتے ہیں اور ہر دو ہفتے بعد جانچے جاتے ہیں۔

bank-talk-about-picture = مل کر کسی تصویر کے بارے میں بات کریں، اور لکھنے سے پہلے ایک جملہ اونچی آواز میں بولنے میں اس کی مدد کریں۔

bank-read-together-daily =
    براہ کرم ہر روز { $name } کے ساتھ { $minutes ->
        [one] ایک منٹ
       *[other] { $minutes } منٹ
    } پڑھیں، اور پڑھائی کے ریکارڈ ({ EN("reading record") }) پر دستخط کریں۔

## Communication and interaction

bank-follow-two-step-instruction =
    { $gender ->
        [female] { $name } پوری کلاس کو دی گئی دو مرحلوں والی ہدایت پر، یاد دلائے بغیر، { $of } میں سے { $times } بار عمل کرے گی۔
        [male] { $name } پوری کلاس کو دی گئی دو مرحلوں والی ہدایت پر، یاد دلائے بغیر، { $of } میں سے { $times } بار عمل کرے گا۔
       *[other] { $name } کا ہدف: پوری کلاس کو دی گئی دو مرحلوں والی ہدایت پر، یاد دلائے بغیر، { $of } میں سے { $times } بار عمل کرنا۔
    }

bank-instructions-in-short-steps = ہدایات چھوٹے چھوٹے مرحلوں میں دی جاتی ہیں، اور ہر مرحلہ دکھانے کے لیے ایک تصویر ہوتی ہے۔

bank-tally-chart-weekly = گنتی کا چارٹ ({ EN("tally chart") })، جو ہر ہفتے جانچا جاتا ہے

bank-two-step-instructions-at-home = گھر پر بھی دو مرحلوں والی ہدایات دیں، اور جب وہ ان پر عمل کرے تو اسے شاباش دیں۔

## Social, emotional and mental health

bank-calm-card =
    { $gender ->
        [female] { $name } چیخنے چلانے کے بجائے سکون کا کارڈ اور سکون کا کونا استعمال کرے گی، { $of } میں سے { $days } دن۔
        [male] { $name } چیخنے چلانے کے بجائے سکون کا کارڈ اور سکون کا کونا استعمال کرے گا، { $of } میں سے { $days } دن۔
       *[other] { $name } کا ہدف: چیخنے چلانے کے بجائے سکون کا کارڈ اور سکون کا کونا استعمال کرنا، { $of } میں سے { $days } دن۔
    }

bank-feelings-check-in = ہر صبح تھوڑی دیر بچے کا حال پوچھنا، احساسات کے پیمانے کی مدد سے

bank-feelings-scale-at-home = گھر پر بھی احساسات کا یہی پیمانہ استعمال کریں، اور جب وہ وقفہ مانگے تو اسے شاباش دیں۔
