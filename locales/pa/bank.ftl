# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Targets agree with the child in [female] and [male] (ਪੜ੍ਹੇਗੀ / ਪੜ੍ਹੇਗਾ); [other] says
# "{ $name } ਦਾ ਟੀਚਾ: …" with an infinitive, so no gender is shown. Elsewhere ਉਹ / ਉਸ ਦੀ /
# ਉਸ ਨੂੰ keep gender out. Nouns used with numbers here (ਸ਼ਬਦ, ਵਾਕ, ਮਿੰਟ, ਦਿਨ) have the same
# plural, so there are no plural selects.

## Cognition and learning

bank-read-common-words =
    { $gender ->
        [female] { $name } ਆਪਣੇ ਸ਼ਬਦ-ਕਾਰਡ ਦੇ { $total } ਆਮ ਸ਼ਬਦਾਂ ਵਿੱਚੋਂ { $count } ਸ਼ਬਦ ਪੜ੍ਹੇਗੀ।
        [male] { $name } ਆਪਣੇ ਸ਼ਬਦ-ਕਾਰਡ ਦੇ { $total } ਆਮ ਸ਼ਬਦਾਂ ਵਿੱਚੋਂ { $count } ਸ਼ਬਦ ਪੜ੍ਹੇਗਾ।
       *[other] { $name } ਦਾ ਟੀਚਾ: ਆਪਣੇ ਸ਼ਬਦ-ਕਾਰਡ ਦੇ { $total } ਆਮ ਸ਼ਬਦਾਂ ਵਿੱਚੋਂ { $count } ਸ਼ਬਦ ਪੜ੍ਹਨਾ।
    } ਇਹ ਇੱਕ ਹਫ਼ਤੇ ਦੇ ਫ਼ਰਕ ਨਾਲ ਦੋ ਵਾਰ ਜਾਂਚਿਆ ਜਾਵੇਗਾ।

bank-precision-teaching = { EN("Precision teaching") }: ਹਰ ਰੋਜ਼ ਕੁਝ ਮਿੰਟ ਸ਼ਬਦ-ਕਾਰਡਾਂ ਨਾਲ ਅਭਿਆਸ, ਹਰ ਵਾਰ ਥੋੜ੍ਹੇ ਜਿਹੇ ਸ਼ਬਦ

bank-words-read-checked-weekly = ਸਹੀ ਪੜ੍ਹੇ ਗਏ ਸ਼ਬਦ ਹਰ ਹਫ਼ਤੇ ਲਿਖ ਲਏ ਜਾਂਦੇ ਹਨ।

bank-read-card-words-at-bedtime = ਸੌਣ ਤੋਂ ਪਹਿਲਾਂ ਕਾਰਡ ਦੇ { $count } ਸ਼ਬਦ ਮਿਲ ਕੇ ਪੜ੍ਹੋ।

bank-write-sentences-about-picture =
    { $gender ->
        [female] { $name } ਇੱਕ ਤਸਵੀਰ ਬਾਰੇ { $count } ਵਾਕ ਲਿਖੇਗੀ।
        [male] { $name } ਇੱਕ ਤਸਵੀਰ ਬਾਰੇ { $count } ਵਾਕ ਲਿਖੇਗਾ।
       *[other] { $name } ਦਾ ਟੀਚਾ: ਇੱਕ ਤਸਵੀਰ ਬਾਰੇ { $count } ਵਾਕ ਲਿਖਣਾ।
    } ਹਰ ਵਾਕ ਅੰਗਰੇਜ਼ੀ ਦੇ ਵੱਡੇ ਅੱਖਰ ({ EN("capital letter") }) ਨਾਲ ਸ਼ੁਰੂ ਹੋਵੇ ਅਤੇ ਫੁੱਲ ਸਟਾਪ ਨਾਲ ਖ਼ਤਮ ਹੋਵੇ।

bank-writing-group-sentence-frames = ਲਿਖਣ ਦਾ ਇੱਕ ਛੋਟਾ ਗਰੁੱਪ, ਜਿਸ ਵਿੱਚ ਵਾਕਾਂ ਦੇ ਢਾਂਚੇ ਵਰਤੇ ਜਾਂਦੇ ਹਨ (ਵਾਕ ਦਾ ਪਹਿਲਾ ਹਿੱਸਾ ਦਿੱਤਾ ਜਾਂਦਾ ਹੈ, ਜਿਸ ਨੂੰ ਪੂਰਾ ਕਰਨਾ ਹੁੰਦਾ ਹੈ)

bank-writing-samples-checked = ਉਸ ਦੀ ਲਿਖਾਈ ਦੇ ਨਮੂਨੇ ਰੱਖੇ ਜਾਂਦੇ ਹਨ ਅਤੇ ਹਰ ਦੋ ਹਫ਼ਤਿਆਂ ਬਾਅਦ ਜਾਂਚੇ ਜਾਂਦੇ ਹਨ।

bank-talk-about-picture = ਮਿਲ ਕੇ ਕਿਸੇ ਤਸਵੀਰ ਬਾਰੇ ਗੱਲ ਕਰੋ, ਅਤੇ ਲਿਖਣ ਤੋਂ ਪਹਿਲਾਂ ਇੱਕ ਵਾਕ ਉੱਚੀ ਬੋਲਣ ਵਿੱਚ ਉਸ ਦੀ ਮਦਦ ਕਰੋ।

bank-read-together-daily = ਕਿਰਪਾ ਕਰਕੇ ਹਰ ਰੋਜ਼ { $name } ਨਾਲ { $minutes } ਮਿੰਟ ਪੜ੍ਹੋ, ਅਤੇ ਪੜ੍ਹਾਈ ਦੇ ਰਿਕਾਰਡ ({ EN("reading record") }) ਉੱਤੇ ਦਸਤਖ਼ਤ ਕਰੋ।

## Communication and interaction

bank-follow-two-step-instruction =
    { $gender ->
        [female] { $name } ਪੂਰੀ ਕਲਾਸ ਨੂੰ ਦਿੱਤੀ ਗਈ ਦੋ ਕਦਮਾਂ ਵਾਲੀ ਹਦਾਇਤ ਨੂੰ, ਯਾਦ ਕਰਾਏ ਬਿਨਾਂ, { $of } ਵਿੱਚੋਂ { $times } ਵਾਰ ਮੰਨੇਗੀ।
        [male] { $name } ਪੂਰੀ ਕਲਾਸ ਨੂੰ ਦਿੱਤੀ ਗਈ ਦੋ ਕਦਮਾਂ ਵਾਲੀ ਹਦਾਇਤ ਨੂੰ, ਯਾਦ ਕਰਾਏ ਬਿਨਾਂ, { $of } ਵਿੱਚੋਂ { $times } ਵਾਰ ਮੰਨੇਗਾ।
       *[other] { $name } ਦਾ ਟੀਚਾ: ਪੂਰੀ ਕਲਾਸ ਨੂੰ ਦਿੱਤੀ ਗਈ ਦੋ ਕਦਮਾਂ ਵਾਲੀ ਹਦਾਇਤ ਨੂੰ, ਯਾਦ ਕਰਾਏ ਬਿਨਾਂ, { $of } ਵਿੱਚੋਂ { $times } ਵਾਰ ਮੰਨਣਾ।
    }

bank-instructions-in-short-steps = ਹਦਾਇਤਾਂ ਛੋਟੇ-ਛੋਟੇ ਕਦਮਾਂ ਵਿੱਚ ਦਿੱਤੀਆਂ ਜਾਂਦੀਆਂ ਹਨ, ਅਤੇ ਹਰ ਕਦਮ ਦਿਖਾਉਣ ਲਈ ਇੱਕ ਤਸਵੀਰ ਹੁੰਦੀ ਹੈ।

bank-tally-chart-weekly = ਗਿਣਤੀ ਦਾ ਚਾਰਟ ({ EN("tally chart") }), ਜੋ ਹਰ ਹਫ਼ਤੇ ਜਾਂਚਿਆ ਜਾਂਦਾ ਹੈ

bank-two-step-instructions-at-home = ਘਰ ਵਿੱਚ ਵੀ ਦੋ ਕਦਮਾਂ ਵਾਲੀਆਂ ਹਦਾਇਤਾਂ ਦਿਓ, ਅਤੇ ਜਦੋਂ ਉਹ ਇਨ੍ਹਾਂ ਨੂੰ ਮੰਨੇ, ਤਾਂ ਉਸ ਨੂੰ ਸ਼ਾਬਾਸ਼ ਦਿਓ।

## Social, emotional and mental health

bank-calm-card =
    { $gender ->
        [female] { $name } ਚੀਕਣ-ਚਿੱਲਾਉਣ ਦੀ ਥਾਂ ਸ਼ਾਂਤੀ ਵਾਲਾ ਕਾਰਡ ਅਤੇ ਸ਼ਾਂਤੀ ਵਾਲਾ ਕੋਨਾ ਵਰਤੇਗੀ, { $of } ਦਿਨਾਂ ਵਿੱਚੋਂ { $days } ਦਿਨ।
        [male] { $name } ਚੀਕਣ-ਚਿੱਲਾਉਣ ਦੀ ਥਾਂ ਸ਼ਾਂਤੀ ਵਾਲਾ ਕਾਰਡ ਅਤੇ ਸ਼ਾਂਤੀ ਵਾਲਾ ਕੋਨਾ ਵਰਤੇਗਾ, { $of } ਦਿਨਾਂ ਵਿੱਚੋਂ { $days } ਦਿਨ।
       *[other] { $name } ਦਾ ਟੀਚਾ: ਚੀਕਣ-ਚਿੱਲਾਉਣ ਦੀ ਥਾਂ ਸ਼ਾਂਤੀ ਵਾਲਾ ਕਾਰਡ ਅਤੇ ਸ਼ਾਂਤੀ ਵਾਲਾ ਕੋਨਾ ਵਰਤਣਾ, { $of } ਦਿਨਾਂ ਵਿੱਚੋਂ { $days } ਦਿਨ।
    }

bank-feelings-check-in = ਹਰ ਰੋਜ਼ ਸਵੇਰੇ ਥੋੜ੍ਹੇ ਸਮੇਂ ਲਈ ਬੱਚੇ ਦਾ ਹਾਲ-ਚਾਲ ਪੁੱਛਣਾ, ਭਾਵਨਾਵਾਂ ਦੇ ਪੈਮਾਨੇ ਦੀ ਮਦਦ ਨਾਲ

bank-feelings-scale-at-home = ਘਰ ਵਿੱਚ ਵੀ ਭਾਵਨਾਵਾਂ ਦਾ ਇਹੀ ਪੈਮਾਨਾ ਵਰਤੋ, ਅਤੇ ਜਦੋਂ ਉਹ ਥੋੜ੍ਹੀ ਦੇਰ ਆਰਾਮ ਕਰਨ ਲਈ ਕਹੇ, ਤਾਂ ਉਸ ਨੂੰ ਸ਼ਾਬਾਸ਼ ਦਿਓ।
