# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Sri Lankan Tamil vocabulary, as in iep.ftl (பாடசாலை, மேலதிக). The name takes no case
# ending: it is the subject of each sentence. A verb with the name as subject selects on
# $gender (-ாள் / -ான், and the honorific -ார் when the gender is not given); the child
# is பிள்ளை. A word card is "சொல் அட்டை".

## Cognition and learning

bank-read-common-words = { $name } தன் சொல் அட்டையில் உள்ள { $total } பொதுவான சொற்களில் { $count ->
        [one] { $count } சொல்லை
       *[other] { $count } சொற்களை
    } { $gender ->
        [female] வாசிப்பாள்
        [male] வாசிப்பான்
       *[other] வாசிப்பார்
    }. இது ஒரு வார இடைவெளியில் இரண்டு முறை சரிபார்க்கப்படும்.

bank-precision-teaching = { EN("Precision teaching") }: ஒவ்வொரு நாளும் சில நிமிடங்கள் சொல் அட்டைகளைக் கொண்டு பயிற்சி; ஒரு தடவைக்குச் சில சொற்கள் மட்டும்

bank-words-read-checked-weekly = சரியாக வாசித்த சொற்கள் ஒவ்வொரு வாரமும் பதிவு செய்யப்படுகின்றன.

bank-read-card-words-at-bedtime = இரவு தூங்கப் போகும் முன், அட்டையில் உள்ள சொற்களில் { $count ->
        [one] ஒரு சொல்லைச்
       *[other] { $count } சொற்களைச்
    } சேர்ந்து வாசியுங்கள்.

bank-write-sentences-about-picture = { $name } ஒரு படத்தைப் பற்றி { $count ->
        [one] ஒரு வாக்கியம்
       *[other] { $count } வாக்கியங்கள்
    } { $gender ->
        [female] எழுதுவாள்
        [male] எழுதுவான்
       *[other] எழுதுவார்
    }. ஒவ்வொரு வாக்கியமும் பெரிய எழுத்தில் ({ EN("capital letter") }) தொடங்கி, முற்றுப்புள்ளியில் ({ EN("full stop") }) முடியும்.

bank-writing-group-sentence-frames = வாக்கியச் சட்டகங்களைப் பயன்படுத்தும் சிறிய எழுத்துக் குழு: வாக்கியத்தின் தொடக்கம் கொடுக்கப்படும், பிள்ளை அதை முடிக்கும்

bank-writing-samples-checked = { $gender ->
        [female] அவள்
        [male] அவன்
       *[other] பிள்ளை
    } எழுதியவற்றின் மாதிரிகள் சேர்த்து வைக்கப்பட்டு, இரண்டு வாரங்களுக்கு ஒரு முறை சரிபார்க்கப்படுகின்றன.

bank-talk-about-picture = ஒரு படத்தைப் பற்றிச் சேர்ந்து பேசுங்கள். ஒரு வாக்கியத்தை எழுதுவதற்கு முன், { $gender ->
        [female] அவளுக்கு
        [male] அவனுக்கு
       *[other] பிள்ளைக்கு
    } அதை உரக்கச் சொல்ல உதவுங்கள்.

bank-read-together-daily = { $name } உங்களுடன் சேர்ந்து வாசிக்க, தயவுசெய்து ஒவ்வொரு நாளும் { $minutes ->
        [one] ஒரு நிமிடம்
       *[other] { $minutes } நிமிடங்கள்
    } ஒதுக்குங்கள். வாசிப்புப் பதிவேட்டிலும் ({ EN("reading record") }) கையெழுத்திடுங்கள்.

## Communication and interaction

bank-follow-two-step-instruction = { $name } முழு வகுப்புக்கும் கொடுக்கப்படும் இரண்டு படி அறிவுறுத்தலை, நினைவூட்டல் இல்லாமல், { $of } முறைகளில் { $times ->
        [one] ஒரு முறை
       *[other] { $times } முறை
    } { $gender ->
        [female] பின்பற்றுவாள்
        [male] பின்பற்றுவான்
       *[other] பின்பற்றுவார்
    }.

bank-instructions-in-short-steps = அறிவுறுத்தல்கள் சிறிய படிகளாகக் கொடுக்கப்படுகின்றன; ஒவ்வொரு படியையும் காட்ட ஒரு படம் இருக்கும்.

bank-tally-chart-weekly = கோடு போட்டு எண்ணும் அட்டவணை ({ EN("tally chart") }); ஒவ்வொரு வாரமும் சரிபார்க்கப்படும்

bank-two-step-instructions-at-home = வீட்டில் இரண்டு படி அறிவுறுத்தல்களைக் கொடுங்கள்; அவற்றைப் பின்பற்றும்போது { $gender ->
        [female] அவளைப்
        [male] அவனைப்
       *[other] பிள்ளையைப்
    } பாராட்டுங்கள்.

## Social, emotional and mental health

bank-calm-card = { $name } கத்துவதற்குப் பதிலாக அமைதி அட்டையையும் அமைதி மூலையையும் { $of } நாட்களில் { $days ->
        [one] ஒரு நாள்
       *[other] { $days } நாட்கள்
    } { $gender ->
        [female] பயன்படுத்துவாள்
        [male] பயன்படுத்துவான்
       *[other] பயன்படுத்துவார்
    }.

bank-feelings-check-in = ஒவ்வொரு நாளும் காலையில், உணர்வு அளவுகோல் ({ EN("feelings scale") }) மூலம், சிறிது நேரம் பிள்ளையிடம் நலம் விசாரித்தல்

bank-feelings-scale-at-home = அதே உணர்வு அளவுகோலை வீட்டிலும் பயன்படுத்துங்கள்; சிறிது ஓய்வு கேட்கும்போது { $gender ->
        [female] அவளைப்
        [male] அவனைப்
       *[other] பிள்ளையைப்
    } பாராட்டுங்கள்.
