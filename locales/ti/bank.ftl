# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# The family is addressed in the polite plural (ንስኻትኩም: ኣንብቡ, ተጻወቱ), as in iep.ftl. Where a
# sentence agrees with the child, [female] and [male] use the feminine and masculine verb
# (ከተንብብ እያ / ከንብብ እዩ) and pronoun forms; [other] uses a verbal noun ("ናይ { $name } ዕላማ፥
# … ምንባብ።") or "ቆልዓ" (the child) with the usual masculine grammar, so no gender is shown.
# Other entries are built so that no word agrees with the child (passive verbs, "ናይ { $name }").
# UK names of interventions and terms stay in English as { EN("...") }, with a Tigrinya
# explanation. A word card is "ካርድ ቃላት", an adult "ዓቢ ሰብ".

## Cognition and learning

bank-read-common-words =
    { $gender ->
        [female] { $name } ኣብ ሰሙን ፍልልይ ዘለዎም ክልተ ፈተናታት፣ ካብቶም ኣብ ናታ ካርድ ቃላት ዘለዉ { $total } ልሙዳት ቃላት { $count } ከተንብብ እያ።
        [male] { $name } ኣብ ሰሙን ፍልልይ ዘለዎም ክልተ ፈተናታት፣ ካብቶም ኣብ ናቱ ካርድ ቃላት ዘለዉ { $total } ልሙዳት ቃላት { $count } ከንብብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ሰሙን ፍልልይ ዘለዎም ክልተ ፈተናታት፣ ካብቶም ኣብ ካርድ ቃላት ዘለዉ { $total } ልሙዳት ቃላት { $count } ምንባብ።
    }

bank-precision-teaching = { EN("Precision teaching") }፥ ኩሉ መዓልቲ ንውሑዳት ደቓይቕ ብካርድ ቃላት ልምምድ፣ ኣብ ሓደ እዋን ውሑዳት ቃላት ጥራይ

bank-words-read-checked-weekly = ብትኽክል ዝተነበቡ ቃላት ኣብ ነፍሲ ወከፍ ሰሙን ይምዝገቡ።

bank-read-card-words-at-bedtime = ቅድሚ ድቃስ፣ ካብቶም ኣብ ካርድ ዘለዉ ቃላት { $count ->
        [one] { $count } ቃል
       *[other] { $count } ቃላት
    } ብሓባር ኣንብቡ።

bank-write-sentences-about-picture =
    { $gender ->
        [female] { $name } ኣብ ነፍሲ ወከፍ ምሕረፍ ዓብይ ፊደል ከምኡ'ውን ምዝዛሚ ነጥቢ ብምጥቃም፣ ብዛዕባ ሓደ ስእሊ { $count ->
            [one] { $count } ምሕረፍ
           *[other] { $count } ምሕረፋት
        } ክትጽሕፍ እያ።
        [male] { $name } ኣብ ነፍሲ ወከፍ ምሕረፍ ዓብይ ፊደል ከምኡ'ውን ምዝዛሚ ነጥቢ ብምጥቃም፣ ብዛዕባ ሓደ ስእሊ { $count ->
            [one] { $count } ምሕረፍ
           *[other] { $count } ምሕረፋት
        } ክጽሕፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ነፍሲ ወከፍ ምሕረፍ ዓብይ ፊደል ከምኡ'ውን ምዝዛሚ ነጥቢ ብምጥቃም፣ ብዛዕባ ሓደ ስእሊ { $count ->
            [one] { $count } ምሕረፍ
           *[other] { $count } ምሕረፋት
        } ምጽሓፍ።
    }

bank-writing-group-sentence-frames = መጀመርታ ምሕረፍ ({ EN("sentence frames") }) ዝጥቀም ንእሽቶ ጉጅለ ጽሕፈት (ክዛዘም ዘለዎ መጀመርታ ምሕረፍ ይወሃብ)

bank-writing-samples-checked = ኣብነታት ናይ { $name } ጽሑፍ ይዕቀቡ፣ ኣብ ክልተ ሰሙን ሓደ ግዜ ድማ ይፍተሹ።

bank-talk-about-picture = ብዛዕባ ሓደ ስእሊ ብሓባር ተዘራረቡ፣ ቅድሚ ምጽሓፉ ድማ { $gender ->
        [female] ሓደ ምሕረፍ ብድምጺ ክትብል ሓግዝዋ
        [male] ሓደ ምሕረፍ ብድምጺ ክብል ሓግዝዎ
       *[other] ንቆልዓ ሓደ ምሕረፍ ብድምጺ ክብል ሓግዝዎ
    }።

bank-read-together-daily = በጃኹም ኩሉ መዓልቲ ምስ { $name } ን{ $minutes } ደቒቕ ኣንብቡ፣ ኣብ መዝገብ ንባብ ድማ ፈርሙ።

bank-know-letter-sounds =
    { $gender ->
        [female] { $name } ኣብ ትምህርቲ ድምጺ ፊደላት ({ EN("phonics") }) ክሳብ ሕጂ ካብ ዝተመሃሩ { $total ->
            [one] { $total } ፊደል ወይ ጉጅለ ፊደላት
           *[other] { $total } ፊደላትን ጉጅለታት ፊደላትን
        }፣ ናይ { $count } ድምጺ ክትነግር እያ።
        [male] { $name } ኣብ ትምህርቲ ድምጺ ፊደላት ({ EN("phonics") }) ክሳብ ሕጂ ካብ ዝተመሃሩ { $total ->
            [one] { $total } ፊደል ወይ ጉጅለ ፊደላት
           *[other] { $total } ፊደላትን ጉጅለታት ፊደላትን
        }፣ ናይ { $count } ድምጺ ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ትምህርቲ ድምጺ ፊደላት ({ EN("phonics") }) ክሳብ ሕጂ ካብ ዝተመሃሩ { $total ->
            [one] { $total } ፊደል ወይ ጉጅለ ፊደላት
           *[other] { $total } ፊደላትን ጉጅለታት ፊደላትን
        }፣ ናይ { $count } ድምጺ ምንጋር።
    }

bank-blend-short-words =
    { $gender ->
        [female] { $name } ድምጺ ፊደላት ብምልጋብ፣ ከም «{ EN("cat") }» ከምኡ'ውን «{ EN("ship") }» ዝኣመሰሉ ሓጸርቲ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ከተንብብ እያ።
        [male] { $name } ድምጺ ፊደላት ብምልጋብ፣ ከም «{ EN("cat") }» ከምኡ'ውን «{ EN("ship") }» ዝኣመሰሉ ሓጸርቲ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ከንብብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ድምጺ ፊደላት ብምልጋብ፣ ከም «{ EN("cat") }» ከምኡ'ውን «{ EN("ship") }» ዝኣመሰሉ ሓጸርቲ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ምንባብ።
    }

bank-spell-list-words =
    { $gender ->
        [female] { $name } ኣብ ክልተ ተኸታተልቲ ፈተናታት፣ ካብቶም ኣብ ናታ ዝርዝር ቃላት ({ EN("spelling list") }) ዘለዉ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ክትጽሕፍ እያ።
        [male] { $name } ኣብ ክልተ ተኸታተልቲ ፈተናታት፣ ካብቶም ኣብ ናቱ ዝርዝር ቃላት ({ EN("spelling list") }) ዘለዉ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ክጽሕፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ክልተ ተኸታተልቲ ፈተናታት፣ ካብቶም ኣብ ዝርዝር ቃላት ({ EN("spelling list") }) ዘለዉ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ምጽሓፍ።
    }

bank-read-page-few-mistakes =
    { $gender ->
        [female] { $name } ሓደ ገጽ ካብ ናታ መጽሓፍ ንባብ፣ ብዝበዝሐ { $count ->
            [one] { $count } ጌጋ
           *[other] { $count } ጌጋታት
        } ጥራይ፣ ብድምጺ ከተንብብ እያ።
        [male] { $name } ሓደ ገጽ ካብ ናቱ መጽሓፍ ንባብ፣ ብዝበዝሐ { $count ->
            [one] { $count } ጌጋ
           *[other] { $count } ጌጋታት
        } ጥራይ፣ ብድምጺ ከንብብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ሓደ ገጽ ካብ መጽሓፍ ንባብ፣ ብዝበዝሐ { $count ->
            [one] { $count } ጌጋ
           *[other] { $count } ጌጋታት
        } ጥራይ፣ ብድምጺ ምንባብ።
    }

bank-answer-questions-about-text =
    { $gender ->
        [female] { $name } ምስ ዓቢ ሰብ ብዛዕባ ዝተነበበ ሓጺር ጽሑፍ፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ክትምልስ እያ።
        [male] { $name } ምስ ዓቢ ሰብ ብዛዕባ ዝተነበበ ሓጺር ጽሑፍ፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ክምልስ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ምስ ዓቢ ሰብ ብዛዕባ ዝተነበበ ሓጺር ጽሑፍ፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ምምላስ።
    }

bank-number-bonds-to-ten =
    { $gender ->
        [female] { $name } ብኣጻብዕ ብዘይ ምቑጻር፣ ብዛዕባ ጽምዲ ቁጽርታት ክሳብ ዓሰርተ ({ EN("number bonds to ten") }፣ ድምሮም ዓሰርተ ዝኸውን ክልተ ቁጽርታት)፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ክትምልስ እያ።
        [male] { $name } ብኣጻብዕ ብዘይ ምቑጻር፣ ብዛዕባ ጽምዲ ቁጽርታት ክሳብ ዓሰርተ ({ EN("number bonds to ten") }፣ ድምሮም ዓሰርተ ዝኸውን ክልተ ቁጽርታት)፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ክምልስ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብኣጻብዕ ብዘይ ምቑጻር፣ ብዛዕባ ጽምዲ ቁጽርታት ክሳብ ዓሰርተ ({ EN("number bonds to ten") }፣ ድምሮም ዓሰርተ ዝኸውን ክልተ ቁጽርታት)፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ምምላስ።
    }

bank-count-objects-accurately =
    { $gender ->
        [female] { $name } ነፍሲ ወከፍ ኣቕሓ ሓደ ግዜ ብምትንካፍን ነቲ ናይ መወዳእታ ቁጽሪ ከም ድምር ብምንጋርን፣ ክሳብ { $count ->
            [one] { $count } ኣቕሓ
           *[other] { $count } ኣቕሑ
        } ብትኽክል ክትቖጽር እያ።
        [male] { $name } ነፍሲ ወከፍ ኣቕሓ ሓደ ግዜ ብምትንካፍን ነቲ ናይ መወዳእታ ቁጽሪ ከም ድምር ብምንጋርን፣ ክሳብ { $count ->
            [one] { $count } ኣቕሓ
           *[other] { $count } ኣቕሑ
        } ብትኽክል ክቖጽር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ነፍሲ ወከፍ ኣቕሓ ሓደ ግዜ ብምትንካፍን ነቲ ናይ መወዳእታ ቁጽሪ ከም ድምር ብምንጋርን፣ ክሳብ { $count ->
            [one] { $count } ኣቕሓ
           *[other] { $count } ኣቕሑ
        } ብትኽክል ምቑጻር።
    }

bank-times-table-facts =
    { $gender ->
        [female] { $name } ነቲ ሰንጠረዥ ብዘይ ምጽሓፍ፣ ብዛዕባ ሰንጠረዥ ምርባሕ ናይ { $table } ({ EN("times table") })፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ብትኽክል ክትምልስ እያ።
        [male] { $name } ነቲ ሰንጠረዥ ብዘይ ምጽሓፍ፣ ብዛዕባ ሰንጠረዥ ምርባሕ ናይ { $table } ({ EN("times table") })፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ብትኽክል ክምልስ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ነቲ ሰንጠረዥ ብዘይ ምጽሓፍ፣ ብዛዕባ ሰንጠረዥ ምርባሕ ናይ { $table } ({ EN("times table") })፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ብትኽክል ምምላስ።
    }

bank-finger-spaces =
    { $gender ->
        [female] { $name } ኣብ ክፍሊ ካብ ዝተጻሕፉ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ኣብ መንጎ ቃላት ስፍሓት ሓንቲ ኣጻብዕ ዝኸውን ባዶ ቦታ ክትገድፍ እያ።
        [male] { $name } ኣብ ክፍሊ ካብ ዝተጻሕፉ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ኣብ መንጎ ቃላት ስፍሓት ሓንቲ ኣጻብዕ ዝኸውን ባዶ ቦታ ክገድፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ክፍሊ ካብ ዝተጻሕፉ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ኣብ መንጎ ቃላት ስፍሓት ሓንቲ ኣጻብዕ ዝኸውን ባዶ ቦታ ምግዳፍ።
    }

bank-form-letters-correctly =
    { $gender ->
        [female] { $name } ነፍሲ ወከፍ ፊደል ካብቲ ቅኑዕ ቦታ ብምጅማር፣ ካብ { $total ->
            [one] { $total } ንእሽቶ ፊደል
           *[other] { $total } ንኣሽቱ ፊደላት
        } ({ EN("lower case") }) { $count } ብትኽክል ክትጽሕፍ እያ።
        [male] { $name } ነፍሲ ወከፍ ፊደል ካብቲ ቅኑዕ ቦታ ብምጅማር፣ ካብ { $total ->
            [one] { $total } ንእሽቶ ፊደል
           *[other] { $total } ንኣሽቱ ፊደላት
        } ({ EN("lower case") }) { $count } ብትኽክል ክጽሕፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ነፍሲ ወከፍ ፊደል ካብቲ ቅኑዕ ቦታ ብምጅማር፣ ካብ { $total ->
            [one] { $total } ንእሽቶ ፊደል
           *[other] { $total } ንኣሽቱ ፊደላት
        } ({ EN("lower case") }) { $count } ብትኽክል ምጽሓፍ።
    }

bank-remember-list-in-order =
    { $gender ->
        [female] { $name } ዝርዝር { $count ->
            [one] { $count } ቃል
           *[other] { $count } ቃላት
        } ብምዝካር፣ ብቕኑዕ መስርዑ ክትደግሞ እያ።
        [male] { $name } ዝርዝር { $count ->
            [one] { $count } ቃል
           *[other] { $count } ቃላት
        } ብምዝካር፣ ብቕኑዕ መስርዑ ክደግሞ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ዝርዝር { $count ->
            [one] { $count } ቃል
           *[other] { $count } ቃላት
        } ብምዝካር፣ ብቕኑዕ መስርዑ ምድጋሙ።
    }

bank-use-word-mat =
    { $gender ->
        [female] { $name } ብዘይ መዘኻኸሪ፣ ካብ { $of ->
            [one] { $of } ዕማም ጽሕፈት
           *[other] { $of } ዕማማት ጽሕፈት
        } ኣብ { $times }፣ ኣጻሕፋ ቃላት ንምፍታሽ ወረቐት ቃላት ({ EN("word mat") }) ክትጥቀም እያ።
        [male] { $name } ብዘይ መዘኻኸሪ፣ ካብ { $of ->
            [one] { $of } ዕማም ጽሕፈት
           *[other] { $of } ዕማማት ጽሕፈት
        } ኣብ { $times }፣ ኣጻሕፋ ቃላት ንምፍታሽ ወረቐት ቃላት ({ EN("word mat") }) ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብዘይ መዘኻኸሪ፣ ካብ { $of ->
            [one] { $of } ዕማም ጽሕፈት
           *[other] { $of } ዕማማት ጽሕፈት
        } ኣብ { $times }፣ ኣጻሕፋ ቃላት ንምፍታሽ ወረቐት ቃላት ({ EN("word mat") }) ምጥቃም።
    }

bank-phonics-catch-up-group = ጉጅለ ምብጻሕ ኣብ ድምጺ ፊደላት ({ EN("phonics catch-up group") })፥ ኣብ መብዛሕትኡ መዓልታት ኣብ ንእሽቶ ጉጅለ ሓጸርቲ ክፍለ-ግዜታት፣ ድምጺ ፊደላትን ነቶም ድምጽታት ኣላጊብካ ቃላት ምንባብን ንምልምማድ

bank-paired-reading = ምትሕግጋዝ ንባብ ({ EN("Paired reading") })፥ ሓደ ዓቢ ሰብ ምስ { $name } ብሓባር ሓደ መጽሓፍ ብድምጺ የንብቡ፣ እቲ ዓቢ ሰብ ድማ ኣብ ከበድቲ ቃላት ይሕግዝ

bank-multisensory-spelling = ብብዙሕ ህዋሳት ምምሃር ኣጻሕፋ ቃላት ({ EN("Multisensory spelling") })፥ ነፍሲ ወከፍ ቃል ብምባል፣ ኣብ ልዕሊኡ ብኣጻብዕ ብምስዓብ፣ ብምጽሓፍን ብምፍታሽን ይጽናዕ

bank-maths-with-objects = ሒሳብ ብዝሕዙን ዘንቀሳቕሱን ነገራት፣ ከም መቑጸሪታት፣ ኩብታትን መስመር ቁጽርታትን፣ ቁጽርታት ብዓይንን ብኢድን ንምርዳእ

bank-pre-teaching-topic-words = ቅድመ-ምምሃር ({ EN("Pre-teaching") })፥ ንኣርእስቲ ክፍሊ ዝምልከቱ ሓደስቲ ቃላት፣ ቅድሚ እቲ ትምህርቲ፣ ኣብ ንእሽቶ ጉጅለ ብስእልታት ይምሃሩ

bank-word-mat-on-table = ኣብ ጣውላ ዝቕመጥ ወረቐት ቃላት ({ EN("word mat") })፥ ኣብ ግዜ ጽሕፈት ንምርኣይ፣ ጠቐምቲ ቃላትን ኣጻሕፍኦምን ዝሓዘ ወረቐት

bank-task-steps-checklist = ዕማማት ናብ ንኣሽቱ ስጉምትታት ይምቀሉ፣ ነፍሲ ወከፍ ስጉምቲ ምስ ተወድአ ምልክት ዝግበረሉ ዝርዝር መፈተሺ ድማ ይህሉ

bank-reading-comprehension-group = ጉጅለ ምርዳእ ንባብ፥ ኣብ ንእሽቶ ጉጅለ ሓጸርቲ ጽሑፋት ምንባብን ትርጉሞም ምዝታይን

bank-i-spy-letter-sounds = ብድምጺ ፊደላት «ይርኢ ኣለኹ» ({ EN("I spy") }) ዝበሃል ጸወታ ተጻወቱ፣ ንኣብነት «ብ‹ስስስ› ዝጅምር ነገር ይርኢ ኣለኹ»።

bank-look-say-cover-write-check = ዝርዝር ቃላት ጽሕፈት ኣብ ሓደ እዋን ውሑዳት ቃላት ብምውሳድ ተለማመዱ፥ ነቲ ቃል ርኣይዎ፣ በልዎ፣ ሸፍንዎ፣ ጽሓፍዎ፣ ድሕሪኡ ድማ ፈትሽዎ።

bank-count-everyday-things = ኣብ ዕለታዊ ህይወት ነገራት ብሓባር ቁጸሩ፣ ንኣብነት መሳልል፣ ኣብ ድራር ማንካታት ወይ ናብ ቤት ትምህርቲ ኣብ መገዲ ዝረኣያ ቀያሕቲ መካይን።

bank-card-game-make-ten = ብሓባር ጸወታ ካርታ ተጻወቱ፥ ብተራ ድምሮም ዓሰርተ ዝኸውን ክልተ ካርታታት ድለዩ።

bank-letter-sounds-checked-half-termly = ናይ { $name } ፍልጠት ድምጺ ፊደላት ኣብ መጀመርታ መደብን ኣብ ነፍሲ ወከፍ ፍርቂ ተርምን ይፍተሽ።

bank-spelling-scores-charted = ኣብ ነፍሲ ወከፍ ሰሙን ሓጺር ፈተና ኣጻሕፋ ቃላት ይግበር፣ ነጥብታቱ ድማ ኣብ ሰንጠረዥ ይምዝገብ።

bank-running-record = ኣብ ክልተ ሰሙን ሓደ ግዜ መዝገብ ንባብ ({ EN("running record") })፥ ዓቢ ሰብ ንናይ { $name } ንባብ ይሰምዕ፣ ብትኽክል ዝተነበበ ነፍሲ ወከፍ ቃል ድማ ይመዝግብ።

bank-need-reading-and-spelling = ን{ $name } ሓደስቲ ቃላት ምንባብን ምጽሓፍን፣ ካብ ሓንቲ መዓልቲ ናብ ካልእ ምዝካሮምን ከቢድ እዩ።

bank-strength-memory-for-stories =
    { $gender ->
        [female] { $name } ዛንታታት ኣዝያ ትፈቱ፣ ብጽቡቕ ትዝክሮም፣ ንኻልኦት ምዝንታዎም ድማ የሐጕሳ።
        [male] { $name } ዛንታታት ኣዝዩ ይፈቱ፣ ብጽቡቕ ይዝክሮም፣ ንኻልኦት ምዝንታዎም ድማ የሐጕሶ።
       *[other] ናይ { $name } ጥንካረ፥ ንዛንታታት ምፍታው፣ ብጽቡቕ ምዝካሮምን ንኻልኦት ብሓጎስ ምዝንታዎምን።
    }

bank-read-longer-words =
    { $gender ->
        [female] { $name } ነዋሕቲ ቃላት ናብ ክፋላት ብምምቃል፣ ከም «{ EN("rab-bit") }» ከምኡ'ውን «{ EN("sun-set") }»፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ከተንብብ እያ።
        [male] { $name } ነዋሕቲ ቃላት ናብ ክፋላት ብምምቃል፣ ከም «{ EN("rab-bit") }» ከምኡ'ውን «{ EN("sun-set") }»፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ከንብብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ነዋሕቲ ቃላት ናብ ክፋላት ብምምቃል፣ ከም «{ EN("rab-bit") }» ከምኡ'ውን «{ EN("sun-set") }»፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ምንባብ።
    }

bank-spell-words-said-aloud =
    { $gender ->
        [female] { $name } ዓቢ ሰብ ብድምጺ ዝበሎም ሓጸርቲ ቃላት፣ ከም «{ EN("dog") }» ከምኡ'ውን «{ EN("shop") }»፣ ድምጺ ብድምጺ ብምስማዕ፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ክትጽሕፍ እያ።
        [male] { $name } ዓቢ ሰብ ብድምጺ ዝበሎም ሓጸርቲ ቃላት፣ ከም «{ EN("dog") }» ከምኡ'ውን «{ EN("shop") }»፣ ድምጺ ብድምጺ ብምስማዕ፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ክጽሕፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ዓቢ ሰብ ብድምጺ ዝበሎም ሓጸርቲ ቃላት፣ ከም «{ EN("dog") }» ከምኡ'ውን «{ EN("shop") }»፣ ድምጺ ብድምጺ ብምስማዕ፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ምጽሓፍ።
    }

bank-use-spelling-rule =
    { $gender ->
        [female] { $name } ኣብ ፈተና ኣጻሕፋ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } ኣብ { $count }፣ ነቲ ዝምሃር ዘሎ ሕጊ ኣጻሕፋ፣ ንኣብነት ኣብ ቃል «{ EN("ing") }» ወይ «{ EN("ed") }» ምውሳኽ፣ ክትጥቀም እያ።
        [male] { $name } ኣብ ፈተና ኣጻሕፋ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } ኣብ { $count }፣ ነቲ ዝምሃር ዘሎ ሕጊ ኣጻሕፋ፣ ንኣብነት ኣብ ቃል «{ EN("ing") }» ወይ «{ EN("ed") }» ምውሳኽ፣ ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ፈተና ኣጻሕፋ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } ኣብ { $count }፣ ነቲ ዝምሃር ዘሎ ሕጊ ኣጻሕፋ፣ ንኣብነት ኣብ ቃል «{ EN("ing") }» ወይ «{ EN("ed") }» ምውሳኽ፣ ምጥቃም።
    }

bank-read-words-per-minute =
    { $gender ->
        [female] { $name } ካብ ብቑዕ ደረጃ ዘለዎ መጽሓፍ፣ ኣብ ሓደ ደቒቕ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ብትኽክል ከተንብብ እያ።
        [male] { $name } ካብ ብቑዕ ደረጃ ዘለዎ መጽሓፍ፣ ኣብ ሓደ ደቒቕ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ብትኽክል ከንብብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ ብቑዕ ደረጃ ዘለዎ መጽሓፍ፣ ኣብ ሓደ ደቒቕ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ብትኽክል ምንባብ።
    }

bank-retell-story-in-order =
    { $gender ->
        [female] { $name } ሕጂ ዝተነበበ ዛንታ፣ { $count ->
            [one] { $count } ቀንዲ ፍጻመ
           *[other] { $count } ቀንዲ ፍጻመታት
        } ብምጥቃስ፣ ብቕኑዕ መስርዑ ዳግማይ ክትዝንቶ እያ።
        [male] { $name } ሕጂ ዝተነበበ ዛንታ፣ { $count ->
            [one] { $count } ቀንዲ ፍጻመ
           *[other] { $count } ቀንዲ ፍጻመታት
        } ብምጥቃስ፣ ብቕኑዕ መስርዑ ዳግማይ ክዝንቶ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ሕጂ ዝተነበበ ዛንታ፣ { $count ->
            [one] { $count } ቀንዲ ፍጻመ
           *[other] { $count } ቀንዲ ፍጻመታት
        } ብምጥቃስ፣ ብቕኑዕ መስርዑ ዳግማይ ምዝንታው።
    }

bank-plan-writing-with-frame =
    { $gender ->
        [female] { $name } ቅድሚ ምጅማር፣ ኣብ ወረቐት መደብ { $count ->
            [one] { $count } ሓሳብ
           *[other] { $count } ሓሳባት
        } ብምጽሓፍ ወይ ብምስኣል፣ ንሓደ ጽሑፍ መደብ ከተውጽእ እያ።
        [male] { $name } ቅድሚ ምጅማር፣ ኣብ ወረቐት መደብ { $count ->
            [one] { $count } ሓሳብ
           *[other] { $count } ሓሳባት
        } ብምጽሓፍ ወይ ብምስኣል፣ ንሓደ ጽሑፍ መደብ ከውጽእ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ቅድሚ ምጅማር፣ ኣብ ወረቐት መደብ { $count ->
            [one] { $count } ሓሳብ
           *[other] { $count } ሓሳባት
        } ብምጽሓፍ ወይ ብምስኣል፣ ንሓደ ጽሑፍ መደብ ምውጻእ።
    }

bank-check-own-writing =
    { $gender ->
        [female] { $name } ሓደ ዝተዛዘመ ጽሑፍ ደጊሙ ብምንባብ፣ ብዘይ ሓገዝ እንተወሓደ { $count ->
            [one] { $count } ጌጋ
           *[other] { $count } ጌጋታት
        } ከተእርም እያ።
        [male] { $name } ሓደ ዝተዛዘመ ጽሑፍ ደጊሙ ብምንባብ፣ ብዘይ ሓገዝ እንተወሓደ { $count ->
            [one] { $count } ጌጋ
           *[other] { $count } ጌጋታት
        } ከእርም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ሓደ ዝተዛዘመ ጽሑፍ ደጊሙ ብምንባብ፣ ብዘይ ሓገዝ እንተወሓደ { $count ->
            [one] { $count } ጌጋ
           *[other] { $count } ጌጋታት
        } ምእራም።
    }

bank-letters-on-the-line =
    { $gender ->
        [female] { $name } ካብ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ነዋሕቲ ፊደላትን ንኣሽቱ ፊደላትን ብቕኑዕ ዓቐኖም ኣብ ልዕሊ መስመር ክትጽሕፍ እያ።
        [male] { $name } ካብ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ነዋሕቲ ፊደላትን ንኣሽቱ ፊደላትን ብቕኑዕ ዓቐኖም ኣብ ልዕሊ መስመር ክጽሕፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ነዋሕቲ ፊደላትን ንኣሽቱ ፊደላትን ብቕኑዕ ዓቐኖም ኣብ ልዕሊ መስመር ምጽሓፍ።
    }

bank-add-and-take-away =
    { $gender ->
        [female] { $name } ክሳብ { $limit } ብዘለዉ ቁጽርታት፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ብትኽክል ብምምላስ፣ ክትድምርን ክትጎድልን እያ።
        [male] { $name } ክሳብ { $limit } ብዘለዉ ቁጽርታት፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ብትኽክል ብምምላስ፣ ክድምርን ክጎድልን እዩ።
       *[other] ናይ { $name } ዕላማ፥ ክሳብ { $limit } ብዘለዉ ቁጽርታት፣ ካብ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ብትኽክል ብምምላስ፣ ምድማርን ምጉዳልን።
    }

bank-tens-and-ones =
    { $gender ->
        [female] { $name } ካብ { $total ->
            [one] { $total } ቁጽሪ
           *[other] { $total } ቁጽርታት
        } ኣብ { $count }፣ ኣብ ክልተ ኣሃዝ ዘለዎ ቁጽሪ ክንደይ ዓሰርታትን ክንደይ ኣሓዱን ከም ዘለዉ ክትነግር እያ።
        [male] { $name } ካብ { $total ->
            [one] { $total } ቁጽሪ
           *[other] { $total } ቁጽርታት
        } ኣብ { $count }፣ ኣብ ክልተ ኣሃዝ ዘለዎ ቁጽሪ ክንደይ ዓሰርታትን ክንደይ ኣሓዱን ከም ዘለዉ ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $total ->
            [one] { $total } ቁጽሪ
           *[other] { $total } ቁጽርታት
        } ኣብ { $count }፣ ኣብ ክልተ ኣሃዝ ዘለዎ ቁጽሪ ክንደይ ዓሰርታትን ክንደይ ኣሓዱን ከም ዘለዉ ምንጋር።
    }

bank-tell-time-on-clock =
    { $gender ->
        [female] { $name } ኣብ መርፍእ ዘለዎ ሰዓት፣ ምሉእ ሰዓትን ፍርቂ ሰዓትን፣ ካብ { $total ->
            [one] { $total } ሰዓት
           *[other] { $total } ሰዓታት
        } ኣብ { $count } ብትኽክል ከተንብብ እያ።
        [male] { $name } ኣብ መርፍእ ዘለዎ ሰዓት፣ ምሉእ ሰዓትን ፍርቂ ሰዓትን፣ ካብ { $total ->
            [one] { $total } ሰዓት
           *[other] { $total } ሰዓታት
        } ኣብ { $count } ብትኽክል ከንብብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ መርፍእ ዘለዎ ሰዓት፣ ምሉእ ሰዓትን ፍርቂ ሰዓትን፣ ካብ { $total ->
            [one] { $total } ሰዓት
           *[other] { $total } ሰዓታት
        } ኣብ { $count } ብትኽክል ምንባብ።
    }

bank-pay-with-coins =
    { $gender ->
        [female] { $name } ዋጋኡ ክሳብ { $pence ->
            [one] { $pence } ፔኒ
           *[other] { $pence } ፔንስ
        } ዝኸውን ነገር ንምኽፋል ቅኑዓት ሳንቲማት፣ ካብ { $total ->
            [one] { $total } ፈተነ
           *[other] { $total } ፈተነታት
        } ኣብ { $count } ክትመርጽ እያ።
        [male] { $name } ዋጋኡ ክሳብ { $pence ->
            [one] { $pence } ፔኒ
           *[other] { $pence } ፔንስ
        } ዝኸውን ነገር ንምኽፋል ቅኑዓት ሳንቲማት፣ ካብ { $total ->
            [one] { $total } ፈተነ
           *[other] { $total } ፈተነታት
        } ኣብ { $count } ክመርጽ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ዋጋኡ ክሳብ { $pence ->
            [one] { $pence } ፔኒ
           *[other] { $pence } ፔንስ
        } ዝኸውን ነገር ንምኽፋል ቅኑዓት ሳንቲማት፣ ካብ { $total ->
            [one] { $total } ፈተነ
           *[other] { $total } ፈተነታት
        } ኣብ { $count } ምምራጽ።
    }

bank-solve-word-problems =
    { $gender ->
        [female] { $name } ስእሊ ብምስኣል ወይ ኣቕሑ ብምጥቃም፣ ካብ { $total ->
            [one] { $total } ሕቶ ሒሳብ ብዛንታ
           *[other] { $total } ሕቶታት ሒሳብ ብዛንታ
        } (ከም ሓጺር ዛንታ ዝቐረቡ ሕቶታት ሒሳብ) { $count } ክትፈትሕ እያ።
        [male] { $name } ስእሊ ብምስኣል ወይ ኣቕሑ ብምጥቃም፣ ካብ { $total ->
            [one] { $total } ሕቶ ሒሳብ ብዛንታ
           *[other] { $total } ሕቶታት ሒሳብ ብዛንታ
        } (ከም ሓጺር ዛንታ ዝቐረቡ ሕቶታት ሒሳብ) { $count } ክፈትሕ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ስእሊ ብምስኣል ወይ ኣቕሑ ብምጥቃም፣ ካብ { $total ->
            [one] { $total } ሕቶ ሒሳብ ብዛንታ
           *[other] { $total } ሕቶታት ሒሳብ ብዛንታ
        } (ከም ሓጺር ዛንታ ዝቐረቡ ሕቶታት ሒሳብ) { $count } ምፍታሕ።
    }

bank-work-alone-on-steps =
    { $gender ->
        [female] { $name } ምስ ዓቢ ሰብ ቅድሚ ምርግጋጽ፣ { $steps ->
            [one] { $steps } ስጉምቲ
           *[other] { $steps } ስጉምትታት
        } ካብ ሓደ ዕማም ብዘይ ሓገዝ ክትገብር እያ።
        [male] { $name } ምስ ዓቢ ሰብ ቅድሚ ምርግጋጽ፣ { $steps ->
            [one] { $steps } ስጉምቲ
           *[other] { $steps } ስጉምትታት
        } ካብ ሓደ ዕማም ብዘይ ሓገዝ ክገብር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ምስ ዓቢ ሰብ ቅድሚ ምርግጋጽ፣ { $steps ->
            [one] { $steps } ስጉምቲ
           *[other] { $steps } ስጉምትታት
        } ካብ ሓደ ዕማም ብዘይ ሓገዝ ምግባር።
    }

bank-use-task-board =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ንዓቢ ሰብ ብዘይ ምሕታት፣ ቀጺሉ እንታይ ከም ዝግበር ንምፍላጥ ሰሌዳ ዕማማት ({ EN("task board") }) ክትጥቀም እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ንዓቢ ሰብ ብዘይ ምሕታት፣ ቀጺሉ እንታይ ከም ዝግበር ንምፍላጥ ሰሌዳ ዕማማት ({ EN("task board") }) ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ንዓቢ ሰብ ብዘይ ምሕታት፣ ቀጺሉ እንታይ ከም ዝግበር ንምፍላጥ ሰሌዳ ዕማማት ({ EN("task board") }) ምጥቃም።
    }

bank-bring-right-things =
    { $gender ->
        [female] { $name } ምስ ዝርዝር ብምርግጋጽ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ከም መጽሓፍ ንባብ፣ ጥርሙዝ ማይን ክዳን ስፖርት ({ EN("PE kit") }) ዝኣመሰሉ ቅኑዓት ነገራት ናብ ቤት ትምህርቲ ከተምጽእ እያ።
        [male] { $name } ምስ ዝርዝር ብምርግጋጽ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ከም መጽሓፍ ንባብ፣ ጥርሙዝ ማይን ክዳን ስፖርት ({ EN("PE kit") }) ዝኣመሰሉ ቅኑዓት ነገራት ናብ ቤት ትምህርቲ ከምጽእ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ምስ ዝርዝር ብምርግጋጽ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ከም መጽሓፍ ንባብ፣ ጥርሙዝ ማይን ክዳን ስፖርት ({ EN("PE kit") }) ዝኣመሰሉ ቅኑዓት ነገራት ናብ ቤት ትምህርቲ ምምጻእ።
    }

bank-finish-tasks-in-time =
    { $gender ->
        [female] { $name } ግዜ ዘርኢ ሰዓት ({ EN("visual timer") }) ብምጥቃም፣ ካብ { $total ->
            [one] { $total } ዕማም
           *[other] { $total } ዕማማት
        } { $count } ኣብቲ ኣብ ክፍሊ ዝተዋህበ ግዜ ክትዛዝም እያ።
        [male] { $name } ግዜ ዘርኢ ሰዓት ({ EN("visual timer") }) ብምጥቃም፣ ካብ { $total ->
            [one] { $total } ዕማም
           *[other] { $total } ዕማማት
        } { $count } ኣብቲ ኣብ ክፍሊ ዝተዋህበ ግዜ ክዛዝም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ግዜ ዘርኢ ሰዓት ({ EN("visual timer") }) ብምጥቃም፣ ካብ { $total ->
            [one] { $total } ዕማም
           *[other] { $total } ዕማማት
        } { $count } ኣብቲ ኣብ ክፍሊ ዝተዋህበ ግዜ ምዝዛም።
    }

bank-decodable-reading-books = ምስቶም ን{ $name } ፍሉጣት ዝኾኑ ድምጽታት ፊደላት ዝሰማምዑ መጻሕፍቲ ንባብ፣ ነፍሲ ወከፍ ቃል ድምጺ ብድምጺ ክንበብ ምእንቲ

bank-reciprocal-reading = { EN("Reciprocal reading") }፥ ንእሽቶ ጉጅለ ብተራ ቀጺሉ እንታይ ከም ዝኸውን ይግምቱ፣ ሕቶታት ይሓቱ፣ ከበድቲ ቃላት ይገልጹ፣ ንጽሑፍ ድማ ብሓጺሩ የጠቓልሉ

bank-spelling-patterns-and-own-list = ሓደ ዓይነት ቅዲ ዝስዕቡ ቃላት ብጉጅለ ይምሃሩ፣ ከምኡ'ውን ንልምምድ ዝኸውን ናይ ውልቂ ዝርዝር ከበድቲ ቃላት

bank-handwriting-practice-group = ጉጅለ ኣጻሕፋ ({ EN("handwriting") })፥ ቅርጺ ፊደላትን ምትእስሳሮምን ንምምሃር፣ ኣብ መብዛሕትኡ መዓልታት ንውሑዳት ደቓይቕ ልምምድ

bank-number-facts-daily-practice = ሓቅታት ቁጽርታት ({ EN("number facts") }) ኣብ ኣእምሮ ክጸንሑ ምእንቲ፣ ኩሉ መዓልቲ ብሓጸርቲ ጸወታታት፣ ኣብ ሓደ እዋን ንውሑዳት ደቓይቕ ይለማመዱ

bank-desk-memory-aids = ኣብ ጣውላ ዝቕመጡ መዘኻኸሪታት፣ ከም መስመር ፊደላት፣ ሰንጠረዥ ቁጽርታት ({ EN("number square") }) ከምኡ'ውን ሰንጠረዥ ምርባሕ

bank-small-chunks-of-information = ሓበሬታ ብንኣሽቱ ክፋላት ይወሃብ፣ ይድገም፣ ብስእልታት ወይ ብዝተጻሕፉ ቀንዲ ቃላት ድማ ይድገፍ

bank-visual-timer-on-desk = ንሓደ ዕማም ክንደይ ግዜ ከም ዝተረፈ ን{ $name } ዘርኢ፣ ኣብ ጣውላ ዝቕመጥ ግዜ ዘርኢ ሰዓት ({ EN("visual timer") })

bank-start-then-step-back = ዓቢ ሰብ ን{ $name } ኣብ ምጅማር ዕማም ይሕግዝ፣ ድሕሪኡ ንድሕሪት ይስሕብ እሞ ድሕሪ ውሑዳት ደቓይቕ ተመሊሱ ይርኢ፣ ብዘይ ሓገዝ ናይ ምስራሕ ክእለት ንምዕባይ

bank-daily-kit-checklist = ኣብ ቦርሳ ቤት ትምህርቲ ዝቕመጥ፣ ኩሉ መዓልቲ እንታይ ክምጻእ ከም ዘለዎ ዘርኢ ብስእሊ ዝተሰርሐ ዝርዝር፣ ከምኡ'ውን ንመጻሕፍትን ንናውትን ስም ዝተጻሕፎ ሳጹን

bank-other-ways-to-record = ሓሳባት ንምምዝጋብ ካልእ መገድታት፣ ከም ምስኣል፣ ካርታ ሓሳባት ({ EN("mind map") })፣ ብኮምፒዩተር ምጽሓፍ፣ ወይ ንዝጽሕፎም ዓቢ ሰብ ምንጋር

bank-reader-or-scribe-in-tests = ኣብ ፈተናታት ተወሳኺ ግዜ፣ ከምኡ'ውን ኣድላዪ ኣብ ዝኾነሉ፣ ን{ $name } ሕቶታት ዘንብብ ወይ መልስታት ዝጽሕፍ ዓቢ ሰብ

bank-play-shops-with-coins = ብናይ ሓቂ ሳንቲማት ናይ ድኳን ጸወታ ተጻወቱ፥ ዋጋ ነገራት ምኽፋልን ምልሲ ምቑጻርን ን{ $name } ግደፉ።

bank-tell-time-at-home = ኣብ ምሉእ መዓልቲ ብሓባር ሰዓት ተዓዘቡ፣ ኣብ ግዜ መግቢ ወይ ቅድሚ ዝፍቶ መደብ ተለቪዥን ሰዓት ክንደይ ምዃኑ ሕተቱ።

bank-pack-bag-night-before = ካብ ቤት ትምህርቲ ዝመጸ ብስእሊ ዝተሰርሐ ዝርዝር ብምጥቃም፣ ቦርሳ ቤት ትምህርቲ ካብ ምሸቱ ብሓባር ኣዳልዉ።

bank-memory-games = ጸወታታት ምዝካር ተጻወቱ፣ ንኣብነት «ናብ ድኳን ከይደ … ገዚአ»፣ ኣብ ነፍሲ ወከፍ ተራ ሓደ ነገር ብምውሳኽ።

bank-write-for-real-reasons = ንሓቀኛ ምኽንያት ብሓባር ጽሓፉ፣ ንኣብነት ዝርዝር ዕዳጋ፣ ካርድ ዕለተ ልደት ወይ ንዘመድ ሓጺር መልእኽቲ።

bank-maths-check-half-termly = ኣብ መጀመርታ መደብን ኣብ ነፍሲ ወከፍ ፍርቂ ተርምን፣ ልምምድ ዝግበረሎም ዘሎ ክእለታት ሒሳብ ብሓጺሩ ይፍተሹ።

bank-reading-speed-timed = ኣብ ክልተ ሰሙን ሓደ ግዜ፣ ዓቢ ሰብ ንሓደ ደቒቕ ንናይ { $name } ንባብ ሓጺር ጽሑፍ ይሰምዕ፣ ብትኽክል ዝተነበቡ ቃላት ድማ ይቖጽር።

bank-tasks-done-alone-counted = ብዘይ ሓገዝ ዓቢ ሰብ ብ{ $name } ዝተዛዘሙ ዕማማት ኣብ ነፍሲ ወከፍ ሰሙን ይቑጸሩ።

## Communication and interaction

bank-follow-two-step-instruction =
    { $gender ->
        [female] { $name } ንምሉእ ክፍሊ ዝተዋህበ ክልተ ስጉምቲ ዘለዎ መምርሒ፣ ብዘይ መዘኻኸሪ፣ ካብ { $of } ግዜ { $times } ግዜ ክትኽተል እያ።
        [male] { $name } ንምሉእ ክፍሊ ዝተዋህበ ክልተ ስጉምቲ ዘለዎ መምርሒ፣ ብዘይ መዘኻኸሪ፣ ካብ { $of } ግዜ { $times } ግዜ ክኽተል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ንምሉእ ክፍሊ ዝተዋህበ ክልተ ስጉምቲ ዘለዎ መምርሒ፣ ብዘይ መዘኻኸሪ፣ ካብ { $of } ግዜ { $times } ግዜ ምኽታል።
    }

bank-instructions-in-short-steps = መምርሒታት ብሓጸርቲ ስጉምትታት ይወሃቡ፣ ነፍሲ ወከፍ ስጉምቲ ድማ ብስእሊ ይርአ።

bank-tally-chart-weekly = ኣብ ነፍሲ ወከፍ ሰሙን ዝፍተሽ ሰንጠረዥ ምልክታት

bank-two-step-instructions-at-home = ኣብ ገዛ ክልተ ስጉምቲ ዘለዎም መምርሒታት ሃቡ፣ { $gender ->
        [female] ምስ ተኸተለቶም ድማ ንኣድዋ
        [male] ምስ ተኸተሎም ድማ ንኣድዎ
       *[other] ቆልዓ ምስ ተኸተሎም ድማ ንኣድዎ
    }።

bank-answer-who-what-where =
    { $gender ->
        [female] { $name } ብዛዕባ ሓደ ስእሊ ወይ ሓጺር ዛንታ፣ ካብቶም ብ«መን»፣ ብ«እንታይ» ወይ ብ«ኣበይ» ዝጅምሩ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ክትምልስ እያ።
        [male] { $name } ብዛዕባ ሓደ ስእሊ ወይ ሓጺር ዛንታ፣ ካብቶም ብ«መን»፣ ብ«እንታይ» ወይ ብ«ኣበይ» ዝጅምሩ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ክምልስ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብዛዕባ ሓደ ስእሊ ወይ ሓጺር ዛንታ፣ ካብቶም ብ«መን»፣ ብ«እንታይ» ወይ ብ«ኣበይ» ዝጅምሩ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ምምላስ።
    }

bank-speak-in-longer-sentences =
    { $gender ->
        [female] { $name } ምስ ዓቢ ሰብ ብዛዕባ ሓደ ስእሊ ኣብ ዝግበር ዘረባ፣ እንተወሓደ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ዘለዎም ምሕረፋት ክትጥቀም እያ።
        [male] { $name } ምስ ዓቢ ሰብ ብዛዕባ ሓደ ስእሊ ኣብ ዝግበር ዘረባ፣ እንተወሓደ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ዘለዎም ምሕረፋት ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ምስ ዓቢ ሰብ ብዛዕባ ሓደ ስእሊ ኣብ ዝግበር ዘረባ፣ እንተወሓደ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ዘለዎም ምሕረፋት ምጥቃም።
    }

bank-take-turns-in-conversation =
    { $gender ->
        [female] { $name } ምስ ሓደ ዓርኪ ኣብ ዝግበር ዘረባ፣ ኣብ ሓደ ኣርእስቲ ብምጽናሕ፣ ብተራ { $turns } ግዜ ክትዛረብ እያ።
        [male] { $name } ምስ ሓደ ዓርኪ ኣብ ዝግበር ዘረባ፣ ኣብ ሓደ ኣርእስቲ ብምጽናሕ፣ ብተራ { $turns } ግዜ ክዛረብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ምስ ሓደ ዓርኪ ኣብ ዝግበር ዘረባ፣ ኣብ ሓደ ኣርእስቲ ብምጽናሕ፣ ብተራ { $turns } ግዜ ምዝራብ።
    }

bank-ask-for-help-when-stuck =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ጸገም ኣብ ዘጋጥመሉ ግዜ፣ ብቓላት ወይ ብካርድ ሓገዝ፣ ሓገዝ ክትሓትት እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ጸገም ኣብ ዘጋጥመሉ ግዜ፣ ብቓላት ወይ ብካርድ ሓገዝ፣ ሓገዝ ክሓትት እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ጸገም ኣብ ዘጋጥመሉ ግዜ፣ ብቓላት ወይ ብካርድ ሓገዝ፣ ሓገዝ ምሕታት።
    }

bank-listen-at-carpet-time =
    { $gender ->
        [female] { $name } ኣብ ግዜ ምንጻፍ ({ EN("carpet time") })፣ ነቲ ዝዛረብ ዘሎ ሰብ እናጠመተት፣ ን{ $minutes } ደቒቕ ኮፍ ኢላ ከተድምጽ እያ።
        [male] { $name } ኣብ ግዜ ምንጻፍ ({ EN("carpet time") })፣ ነቲ ዝዛረብ ዘሎ ሰብ እናጠመተ፣ ን{ $minutes } ደቒቕ ኮፍ ኢሉ ከድምጽ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ግዜ ምንጻፍ ({ EN("carpet time") })፣ ነቲ ዝዛረብ ዘሎ ሰብ እናጠመትካ፣ ን{ $minutes } ደቒቕ ኮፍ ኢልካ ምድማጽ።
    }

bank-learn-topic-words =
    { $gender ->
        [female] { $name } ኣብ ነፍሲ ወከፍ ፍርቂ ተርም ካብ ኣርእስቲ ክፍሊ { $count ->
            [one] { $count } ሓድሽ ቃል
           *[other] { $count } ሓደስቲ ቃላት
        } ብምምሃር፣ ትርጉም ነፍሲ ወከፍ ቃል ክትነግር እያ።
        [male] { $name } ኣብ ነፍሲ ወከፍ ፍርቂ ተርም ካብ ኣርእስቲ ክፍሊ { $count ->
            [one] { $count } ሓድሽ ቃል
           *[other] { $count } ሓደስቲ ቃላት
        } ብምምሃር፣ ትርጉም ነፍሲ ወከፍ ቃል ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ነፍሲ ወከፍ ፍርቂ ተርም ካብ ኣርእስቲ ክፍሊ { $count ->
            [one] { $count } ሓድሽ ቃል
           *[other] { $count } ሓደስቲ ቃላት
        } ብምምሃር፣ ትርጉም ነፍሲ ወከፍ ቃል ምንጋር።
    }

bank-say-hello-on-arrival =
    { $gender ->
        [female] { $name } ኣብ ምእታው ክፍሊ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንሓደ ዓቢ ሰብን ንሓደ ዓርክን ሰላም ክትብል እያ።
        [male] { $name } ኣብ ምእታው ክፍሊ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንሓደ ዓቢ ሰብን ንሓደ ዓርክን ሰላም ክብል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ምእታው ክፍሊ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንሓደ ዓቢ ሰብን ንሓደ ዓርክን ሰላም ምባል።
    }

bank-wait-turn-to-speak =
    { $gender ->
        [female] { $name } ኣብ ጉጅለ፣ ብዘይ ምጭራሕ፣ ካብ { $of } ግዜ { $times } ግዜ ንምዝራብ ተራ ክትጽበ እያ።
        [male] { $name } ኣብ ጉጅለ፣ ብዘይ ምጭራሕ፣ ካብ { $of } ግዜ { $times } ግዜ ንምዝራብ ተራ ክጽበ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ጉጅለ፣ ብዘይ ምጭራሕ፣ ካብ { $of } ግዜ { $times } ግዜ ንምዝራብ ተራ ምጽባይ።
    }

bank-say-practised-sound =
    { $gender ->
        [female] { $name } ነቲ ልምምድ ዝግበረሉ ዘሎ ድምጺ ዘረባ ኣብ መጀመርታ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } ኣብ { $count }፣ ብንጹር ክትብሎ እያ።
        [male] { $name } ነቲ ልምምድ ዝግበረሉ ዘሎ ድምጺ ዘረባ ኣብ መጀመርታ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } ኣብ { $count }፣ ብንጹር ክብሎ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ነቲ ልምምድ ዝግበረሉ ዘሎ ድምጺ ዘረባ ኣብ መጀመርታ ቃላት፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } ኣብ { $count }፣ ብንጹር ምባሉ።
    }

bank-position-words =
    { $gender ->
        [female] { $name } ሓደ መጻወቲ ኣብቲ ቅኑዕ ቦታ ብምቕማጥ፣ ካብ { $total ->
            [one] { $total } ቦታ ዘመልክት ቃል
           *[other] { $total } ቦታ ዘመልክቱ ቃላት
        } { $count }፣ ንኣብነት «ኣብ ውሽጢ»፣ «ኣብ ልዕሊ» ከምኡ'ውን «ኣብ ትሕቲ»፣ ከተርኢ እያ።
        [male] { $name } ሓደ መጻወቲ ኣብቲ ቅኑዕ ቦታ ብምቕማጥ፣ ካብ { $total ->
            [one] { $total } ቦታ ዘመልክት ቃል
           *[other] { $total } ቦታ ዘመልክቱ ቃላት
        } { $count }፣ ንኣብነት «ኣብ ውሽጢ»፣ «ኣብ ልዕሊ» ከምኡ'ውን «ኣብ ትሕቲ»፣ ከርኢ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ሓደ መጻወቲ ኣብቲ ቅኑዕ ቦታ ብምቕማጥ፣ ካብ { $total ->
            [one] { $total } ቦታ ዘመልክት ቃል
           *[other] { $total } ቦታ ዘመልክቱ ቃላት
        } { $count }፣ ንኣብነት «ኣብ ውሽጢ»፣ «ኣብ ልዕሊ» ከምኡ'ውን «ኣብ ትሕቲ»፣ ምርኣይ።
    }

bank-move-on-with-visual-timetable =
    { $gender ->
        [female] { $name } ብስእሊ ዝተሰርሐ መደብ መዓልቲ ({ EN("visual timetable") }) ብምርኣይ፣ ብዝበዝሐ ሓደ መዘኻኸሪ ጥራይ፣ ካብ { $of } ግዜ { $times } ግዜ ናብ ዝቕጽል ንጥፈት ክትሰጋገር እያ።
        [male] { $name } ብስእሊ ዝተሰርሐ መደብ መዓልቲ ({ EN("visual timetable") }) ብምርኣይ፣ ብዝበዝሐ ሓደ መዘኻኸሪ ጥራይ፣ ካብ { $of } ግዜ { $times } ግዜ ናብ ዝቕጽል ንጥፈት ክሰጋገር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብስእሊ ዝተሰርሐ መደብ መዓልቲ ({ EN("visual timetable") }) ብምርኣይ፣ ብዝበዝሐ ሓደ መዘኻኸሪ ጥራይ፣ ካብ { $of } ግዜ { $times } ግዜ ናብ ዝቕጽል ንጥፈት ምስግጋር።
    }

bank-play-shared-game =
    { $gender ->
        [female] { $name } ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ምስ ካልእ ቆልዓ ን{ $minutes } ደቒቕ ብሓባር ጸወታ ክትጻወት እያ።
        [male] { $name } ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ምስ ካልእ ቆልዓ ን{ $minutes } ደቒቕ ብሓባር ጸወታ ክጻወት እዩ።
       *[other] ናይ { $name } ዕላማ፥ ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ምስ ካልእ ቆልዓ ን{ $minutes } ደቒቕ ብሓባር ጸወታ ምጽዋት።
    }

bank-visual-timetable = ብስእሊ ዝተሰርሐ መደብ መዓልቲ ({ EN("visual timetable") })፥ መስርዕ ናይታ መዓልቲ ዘርእዩ፣ ኣብ ጣውላ ወይ ኣብ መንደቕ ዝቕመጡ ስእልታት፣ ቀጺሉ እንታይ ከም ዝመጽእ ን{ $name } ዘፍልጡ

bank-now-and-next-board = ሰሌዳ «ሕጂን ቀጺሉን» ({ EN("now and next board") })፥ ሕጂ ዝግበር ዕማምን ድሕሪኡ ዝመጽእን ዘርእዩ ክልተ ስእልታት

bank-social-stories = { EN("Social stories") }፥ ሓድሽ ወይ ከቢድ ኩነታትን እንታይ ክግበር ከም ዘለዎን ዝገልጹ ሓጸርቲ ዛንታታት ምስ ስእልታት

bank-speech-and-language-programme = ካብ ክኢላ ሕክምና ዘረባን ቋንቋን ዝመጸ መደብ ዘረባን ቋንቋን፣ ኣብ ነፍሲ ወከፍ ሰሙን ምስ ሓጋዚ መምህር ብሓጸርቲ ክፍለ-ግዜታት ዝልመድ

bank-language-group = ንእሽቶ ጉጅለ ቋንቋ፥ ምስማዕ፣ ሓደስቲ ቃላትን ብምሕረፋት ምዝራብን ዘማዕብሉ ጸወታታት

bank-colourful-semantics = { EN("Colourful semantics") }፥ ነዋሕቲ ምሕረፋት ንምህናጽ ዝሕግዙ፣ ን«መን»፣ «እንታይ ይገብር»፣ «እንታይ» ከምኡ'ውን «ኣበይ» ብሕብሪ ዝተፈላለዩ ካርድታት

bank-name-first-short-instructions = ዓበይቲ ቅድሚ መምርሒ ምሃቦም «{ $name }» ኢሎም ይጽውዑ፣ ኣብ ሓደ እዋን ሓደ ሓጺር ስጉምቲ ይህቡ፣ መልሲ ድማ ይጽበዩ

bank-signs-and-symbols = ዝተባህሉ ቃላት ንምርዳእ ክቐልሉ ምእንቲ፣ ምስ ዘረባ ብሓባር ዝጥቀሙሎም ምልክታት ኢድን ስእላዊ ምልክታትን

bank-talk-about-picture-book = መጽሓፍ ስእሊ ብሓባር ተመልከቱ፣ ኣብ ነፍሲ ወከፍ ገጽ እንታይ ይፍጸም ከም ዘሎ ድማ ተዘራረቡ።

bank-name-things-on-walks = ኣብ ምዝዋር ወይ ኣብ ድኳን፣ ስም ነገራት ብሓባር በሉ፣ ኣብ ነፍሲ ወከፍ ግዜ ድማ ሓደ ሓድሽ ቃል ወስኹ።

bank-my-turn-your-turn = ከም ኩዕሶ ምንኽባል ዝኣመሰለ፣ ተራ ዘድልዮ ቀሊል ጸወታ ተጻወቱ፣ «ተራይ፣ { $gender ->
        [female] ተራኺ
        [male] ተራኻ
       *[other] ተራኻ
    }» ድማ በሉ።

bank-first-then-at-home = ቀጺሉ እንታይ ከም ዝመጽእ ንምርኣይ፣ ኣብ ገዛ «መጀመርታ …፣ ድሕሪኡ …» ተጠቐሙ፣ ንኣብነት «መጀመርታ ጫማ፣ ድሕሪኡ መናፈሻ»።

bank-speech-therapist-checks-each-visit = ክኢላ ሕክምና ዘረባን ቋንቋን ኣብ ነፍሲ ወከፍ ምብጻሑ ምዕባለ ይፍትሽ፣ ሓጺር መዘኻኸሪ ድማ ይጽሕፍ።

bank-sentence-samples-half-termly = ኣብ መጀመርታ መደብን ኣብ ነፍሲ ወከፍ ፍርቂ ተርምን፣ ዓቢ ሰብ ናይ { $name } ዘረባ ብዛዕባ ሓደ ስእሊ ይጽሕፍ፣ ምሕረፋት ክንደይ ከም ዝዓብዩ ንምርኣይ።

bank-group-session-notes = ነቲ ጉጅለ ዘካይድ ዓቢ ሰብ ኣብ ነፍሲ ወከፍ ክፍለ-ግዜ ነፍሲ ወከፍ ተራን መልስን ይምዝግብ፣ ኣብ ክልተ ሰሙን ሓደ ግዜ ድማ ነቲ መዝገብ ይርኢ።

bank-need-spoken-instructions = ን{ $name } ንምሉእ ክፍሊ ብዘረባ ዝወሃቡ መምርሒታት ምኽታል፣ ከምኡ'ውን ሓሳባት ንምግላጽ ቅኑዕ ቃላት ምርካብ ከቢድ እዩ።

bank-say-sound-in-sentences =
    { $gender ->
        [female] { $name } ምስ ዓቢ ሰብ ኣብ ዝግበር ዘረባ፣ ካብ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ነቲ ልምምድ ዝግበረሉ ዘሎ ድምጺ ዘረባ ኣብ ውሽጢ ምሕረፋት ብንጹር ክትብሎ እያ።
        [male] { $name } ምስ ዓቢ ሰብ ኣብ ዝግበር ዘረባ፣ ካብ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ነቲ ልምምድ ዝግበረሉ ዘሎ ድምጺ ዘረባ ኣብ ውሽጢ ምሕረፋት ብንጹር ክብሎ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ምስ ዓቢ ሰብ ኣብ ዝግበር ዘረባ፣ ካብ { $total ->
            [one] { $total } ምሕረፍ
           *[other] { $total } ምሕረፋት
        } ኣብ { $count }፣ ነቲ ልምምድ ዝግበረሉ ዘሎ ድምጺ ዘረባ ኣብ ውሽጢ ምሕረፋት ብንጹር ምባሉ።
    }

bank-hear-sound-differences =
    { $gender ->
        [female] { $name } ተመሳሰልቲ ድምጺ ዘለዎም ቃላት፣ ከም «{ EN("key") }» ከምኡ'ውን «{ EN("tea") }»፣ ብምፍላይ፣ ካብ { $total ->
            [one] { $total } ጽምዲ ቃላት
           *[other] { $total } ጽምድታት ቃላት
        } ኣብ { $count } ነቲ ቅኑዕ ስእሊ ከተመልክት እያ።
        [male] { $name } ተመሳሰልቲ ድምጺ ዘለዎም ቃላት፣ ከም «{ EN("key") }» ከምኡ'ውን «{ EN("tea") }»፣ ብምፍላይ፣ ካብ { $total ->
            [one] { $total } ጽምዲ ቃላት
           *[other] { $total } ጽምድታት ቃላት
        } ኣብ { $count } ነቲ ቅኑዕ ስእሊ ከመልክት እዩ።
       *[other] ናይ { $name } ዕላማ፥ ተመሳሰልቲ ድምጺ ዘለዎም ቃላት፣ ከም «{ EN("key") }» ከምኡ'ውን «{ EN("tea") }»፣ ብምፍላይ፣ ካብ { $total ->
            [one] { $total } ጽምዲ ቃላት
           *[other] { $total } ጽምድታት ቃላት
        } ኣብ { $count } ነቲ ቅኑዕ ስእሊ ምምልካት።
    }

bank-sort-words-into-groups =
    { $gender ->
        [female] { $name } ካብ { $total ->
            [one] { $total } ስእሊ
           *[other] { $total } ስእልታት
        } { $count } ናብ ጉጅለታት፣ ከም እንስሳታት፣ መግብን ክዳውንትን፣ ብምምቃል፣ ንነፍሲ ወከፍ ጉጅለ ስም ክትህብ እያ።
        [male] { $name } ካብ { $total ->
            [one] { $total } ስእሊ
           *[other] { $total } ስእልታት
        } { $count } ናብ ጉጅለታት፣ ከም እንስሳታት፣ መግብን ክዳውንትን፣ ብምምቃል፣ ንነፍሲ ወከፍ ጉጅለ ስም ክህብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $total ->
            [one] { $total } ስእሊ
           *[other] { $total } ስእልታት
        } { $count } ናብ ጉጅለታት፣ ከም እንስሳታት፣ መግብን ክዳውንትን፣ ብምምቃል፣ ንነፍሲ ወከፍ ጉጅለ ስም ምሃብ።
    }

bank-describe-an-object =
    { $gender ->
        [female] { $name } ሓደ ኣቕሓ፣ ብዛዕባኡ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ነገራት
        } ብምንጋር፣ ንኣብነት ሕብሩ፣ ቅርጹ፣ ዓቐኑ ወይ ንምንታይ ከም ዝውዕል፣ ክትገልጽ እያ።
        [male] { $name } ሓደ ኣቕሓ፣ ብዛዕባኡ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ነገራት
        } ብምንጋር፣ ንኣብነት ሕብሩ፣ ቅርጹ፣ ዓቐኑ ወይ ንምንታይ ከም ዝውዕል፣ ክገልጽ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ሓደ ኣቕሓ፣ ብዛዕባኡ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ነገራት
        } ብምንጋር፣ ንኣብነት ሕብሩ፣ ቅርጹ፣ ዓቐኑ ወይ ንምንታይ ከም ዝውዕል፣ ምግላጽ።
    }

bank-follow-key-word-instructions =
    { $gender ->
        [female] { $name } ክዝከሩ ዘለዎም { $count ->
            [one] { $count } ኣገዳሲ ቃል
           *[other] { $count } ኣገደስቲ ቃላት
        } ዘለዎ መምርሒ፣ ከም «እቲ ዓቢ ቀይሕ ኩዕሶ ሃበኒ»፣ ካብ { $of ->
            [one] { $of } ፈተነ
           *[other] { $of } ፈተነታት
        } ኣብ { $times } ክትኽተል እያ።
        [male] { $name } ክዝከሩ ዘለዎም { $count ->
            [one] { $count } ኣገዳሲ ቃል
           *[other] { $count } ኣገደስቲ ቃላት
        } ዘለዎ መምርሒ፣ ከም «እቲ ዓቢ ቀይሕ ኩዕሶ ሃበኒ»፣ ካብ { $of ->
            [one] { $of } ፈተነ
           *[other] { $of } ፈተነታት
        } ኣብ { $times } ክኽተል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ክዝከሩ ዘለዎም { $count ->
            [one] { $count } ኣገዳሲ ቃል
           *[other] { $count } ኣገደስቲ ቃላት
        } ዘለዎ መምርሒ፣ ከም «እቲ ዓቢ ቀይሕ ኩዕሶ ሃበኒ»፣ ካብ { $of ->
            [one] { $of } ፈተነ
           *[other] { $of } ፈተነታት
        } ኣብ { $times } ምኽታል።
    }

bank-answer-why-and-how =
    { $gender ->
        [female] { $name } ብዛዕባ ሓደ ዛንታ ወይ ዝተፈጸመ ነገር፣ ካብቶም ብ«ስለምንታይ» ወይ ብ«ብኸመይ» ዝጅምሩ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ክትምልስ እያ።
        [male] { $name } ብዛዕባ ሓደ ዛንታ ወይ ዝተፈጸመ ነገር፣ ካብቶም ብ«ስለምንታይ» ወይ ብ«ብኸመይ» ዝጅምሩ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ክምልስ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብዛዕባ ሓደ ዛንታ ወይ ዝተፈጸመ ነገር፣ ካብቶም ብ«ስለምንታይ» ወይ ብ«ብኸመይ» ዝጅምሩ { $total ->
            [one] { $total } ሕቶ
           *[other] { $total } ሕቶታት
        } { $count } ምምላስ።
    }

bank-tell-news-in-order =
    { $gender ->
        [female] { $name } ንሓደ ዓቢ ሰብ ብዛዕባ ዝተፈጸመ ነገር፣ ንኣብነት ኣብ ቀዳመ-ሰንበት፣ ብቕኑዕ መስርዑ ብ{ $count ->
            [one] { $count } ምሕረፍ
           *[other] { $count } ምሕረፋት
        } ክትነግር እያ።
        [male] { $name } ንሓደ ዓቢ ሰብ ብዛዕባ ዝተፈጸመ ነገር፣ ንኣብነት ኣብ ቀዳመ-ሰንበት፣ ብቕኑዕ መስርዑ ብ{ $count ->
            [one] { $count } ምሕረፍ
           *[other] { $count } ምሕረፋት
        } ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ንሓደ ዓቢ ሰብ ብዛዕባ ዝተፈጸመ ነገር፣ ንኣብነት ኣብ ቀዳመ-ሰንበት፣ ብቕኑዕ መስርዑ ብ{ $count ->
            [one] { $count } ምሕረፍ
           *[other] { $count } ምሕረፋት
        } ምንጋር።
    }

bank-tell-story-with-cards =
    { $gender ->
        [female] { $name } ብሓገዝ ካርድታት ዛንታ፣ ካብቶም ኣብ ካርድታት ዘለዉ { $total ->
            [one] { $total } ክፋል
           *[other] { $total } ክፋላት
        } { $count }፣ ንኣብነት መን፣ ኣበይ፣ እንታይ ከም ዝተፈጸመን ብኸመይ ከም ዝተዛዘመን፣ ብምጥቃስ ሓጺር ዛንታ ክትነግር እያ።
        [male] { $name } ብሓገዝ ካርድታት ዛንታ፣ ካብቶም ኣብ ካርድታት ዘለዉ { $total ->
            [one] { $total } ክፋል
           *[other] { $total } ክፋላት
        } { $count }፣ ንኣብነት መን፣ ኣበይ፣ እንታይ ከም ዝተፈጸመን ብኸመይ ከም ዝተዛዘመን፣ ብምጥቃስ ሓጺር ዛንታ ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብሓገዝ ካርድታት ዛንታ፣ ካብቶም ኣብ ካርድታት ዘለዉ { $total ->
            [one] { $total } ክፋል
           *[other] { $total } ክፋላት
        } { $count }፣ ንኣብነት መን፣ ኣበይ፣ እንታይ ከም ዝተፈጸመን ብኸመይ ከም ዝተዛዘመን፣ ብምጥቃስ ሓጺር ዛንታ ምንጋር።
    }

bank-start-a-conversation =
    { $gender ->
        [female] { $name } ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ሰላም ብምባል ወይ ሕቶ ብምሕታት፣ ምስ ካልእ ቆልዓ ዘረባ ክትጅምር እያ።
        [male] { $name } ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ሰላም ብምባል ወይ ሕቶ ብምሕታት፣ ምስ ካልእ ቆልዓ ዘረባ ክጅምር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ሰላም ብምባል ወይ ሕቶ ብምሕታት፣ ምስ ካልእ ቆልዓ ዘረባ ምጅማር።
    }

bank-ask-friend-a-question =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ንሓደ ዓርኪ ብዛዕባ እቲ ሕጂ ዝበሎ ሕቶ ክትሓትት እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ንሓደ ዓርኪ ብዛዕባ እቲ ሕጂ ዝበሎ ሕቶ ክሓትት እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ንሓደ ዓርኪ ብዛዕባ እቲ ሕጂ ዝበሎ ሕቶ ምሕታት።
    }

bank-read-feelings-in-pictures =
    { $gender ->
        [female] { $name } ካብ { $total ->
            [one] { $total } ስእሊ
           *[other] { $total } ስእልታት
        } ኣብ { $count }፣ ኣብ ስእሊ ዘሎ ሰብ እንታይ ክስምዖ ከም ዝኽእልን ስለምንታይን ክትነግር እያ።
        [male] { $name } ካብ { $total ->
            [one] { $total } ስእሊ
           *[other] { $total } ስእልታት
        } ኣብ { $count }፣ ኣብ ስእሊ ዘሎ ሰብ እንታይ ክስምዖ ከም ዝኽእልን ስለምንታይን ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $total ->
            [one] { $total } ስእሊ
           *[other] { $total } ስእልታት
        } ኣብ { $count }፣ ኣብ ስእሊ ዘሎ ሰብ እንታይ ክስምዖ ከም ዝኽእልን ስለምንታይን ምንጋር።
    }

bank-explain-common-sayings =
    { $gender ->
        [female] { $name } ካብ { $total ->
            [one] { $total } ልሙድ ምስላ
           *[other] { $total } ልሙዳት ምስላታት
        } { $count }፣ ንኣብነት «{ EN("it's raining cats and dogs") }» (ብብዝሒ ይዘንብ ኣሎ)፣ ብሓቂ እንታይ ማለት ምዃኖም ክትገልጽ እያ።
        [male] { $name } ካብ { $total ->
            [one] { $total } ልሙድ ምስላ
           *[other] { $total } ልሙዳት ምስላታት
        } { $count }፣ ንኣብነት «{ EN("it's raining cats and dogs") }» (ብብዝሒ ይዘንብ ኣሎ)፣ ብሓቂ እንታይ ማለት ምዃኖም ክገልጽ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $total ->
            [one] { $total } ልሙድ ምስላ
           *[other] { $total } ልሙዳት ምስላታት
        } { $count }፣ ንኣብነት «{ EN("it's raining cats and dogs") }» (ብብዝሒ ይዘንብ ኣሎ)፣ ብሓቂ እንታይ ማለት ምዃኖም ምግላጽ።
    }

bank-keep-comfortable-distance =
    { $gender ->
        [female] { $name } ምስ ካልኦት ኣብ ዘረባ፣ ካብ { $of } ግዜ { $times } ግዜ፣ ኣስታት ንውሓት ሓደ ቅልጽም ርሒቓ ክትቐውም እያ።
        [male] { $name } ምስ ካልኦት ኣብ ዘረባ፣ ካብ { $of } ግዜ { $times } ግዜ፣ ኣስታት ንውሓት ሓደ ቅልጽም ርሒቑ ክቐውም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ምስ ካልኦት ኣብ ዘረባ፣ ካብ { $of } ግዜ { $times } ግዜ፣ ኣስታት ንውሓት ሓደ ቅልጽም ርሒቕካ ምቕዋም።
    }

bank-cope-with-change-to-routine =
    { $gender ->
        [female] { $name } ኣብ ብስእሊ ዝተሰርሐ መደብ መዓልቲ ኣቐዲሙ ዝተራእየ ለውጢ ኣብ ዘጋጥመሉ ግዜ፣ ካብ { $of } ግዜ { $times } ግዜ ህድእቲ ኮይና ክትጸንሕ እያ።
        [male] { $name } ኣብ ብስእሊ ዝተሰርሐ መደብ መዓልቲ ኣቐዲሙ ዝተራእየ ለውጢ ኣብ ዘጋጥመሉ ግዜ፣ ካብ { $of } ግዜ { $times } ግዜ ህዱእ ኮይኑ ክጸንሕ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ብስእሊ ዝተሰርሐ መደብ መዓልቲ ኣቐዲሙ ዝተራእየ ለውጢ ኣብ ዘጋጥመሉ ግዜ፣ ካብ { $of } ግዜ { $times } ግዜ ህዱእ ምጽናሕ።
    }

bank-ask-with-picture-cards =
    { $gender ->
        [female] { $name } ኣብ መዓልቲ፣ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ዝተፈላለዩ ነገራት
        }፣ ከም ማይ፣ ሓገዝ ወይ ሽቓቕ፣ ንምሕታት ካርድ ስእሊ ወይ ምልክት ክትጥቀም እያ።
        [male] { $name } ኣብ መዓልቲ፣ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ዝተፈላለዩ ነገራት
        }፣ ከም ማይ፣ ሓገዝ ወይ ሽቓቕ፣ ንምሕታት ካርድ ስእሊ ወይ ምልክት ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ መዓልቲ፣ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ዝተፈላለዩ ነገራት
        }፣ ከም ማይ፣ ሓገዝ ወይ ሽቓቕ፣ ንምሕታት ካርድ ስእሊ ወይ ምልክት ምጥቃም።
    }

bank-join-activity-chosen-by-others =
    { $gender ->
        [female] { $name } ናብ ዝፍቶ ንጥፈት ቅድሚ ምምላስ፣ ካልእ ሰብ ኣብ ዝመረጾ ንጥፈት ን{ $minutes } ደቒቕ ክትሳተፍ እያ።
        [male] { $name } ናብ ዝፍቶ ንጥፈት ቅድሚ ምምላስ፣ ካልእ ሰብ ኣብ ዝመረጾ ንጥፈት ን{ $minutes } ደቒቕ ክሳተፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ናብ ዝፍቶ ንጥፈት ቅድሚ ምምላስ፣ ካልእ ሰብ ኣብ ዝመረጾ ንጥፈት ን{ $minutes } ደቒቕ ምስታፍ።
    }

bank-speak-up-in-small-group =
    { $gender ->
        [female] { $name } ኣብ ንእሽቶ ጉጅለ፣ ከይተሓተት፣ ኣብ ሰሙን እንተወሓደ { $times } ግዜ ሕቶ ክትምልስ ወይ ሓሳብ ከተካፍል እያ።
        [male] { $name } ኣብ ንእሽቶ ጉጅለ፣ ከይተሓተ፣ ኣብ ሰሙን እንተወሓደ { $times } ግዜ ሕቶ ክምልስ ወይ ሓሳብ ከካፍል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ንእሽቶ ጉጅለ፣ ብዘይ ምሕታት፣ ኣብ ሰሙን እንተወሓደ { $times } ግዜ ሕቶ ምምላስ ወይ ሓሳብ ምክፋል።
    }

bank-say-what-helps-when-talking =
    { $gender ->
        [female] { $name } ዘረባ ኣብ ዝኸበደሉ ግዜ ዝሕግዙ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ነገራት
        }፣ ንኣብነት ግዜ ምሃብ፣ ብምንጋር ምስ መምህር ክፍሊ ከተካፍል እያ።
        [male] { $name } ዘረባ ኣብ ዝኸበደሉ ግዜ ዝሕግዙ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ነገራት
        }፣ ንኣብነት ግዜ ምሃብ፣ ብምንጋር ምስ መምህር ክፍሊ ከካፍል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ዘረባ ኣብ ዝኸበደሉ ግዜ ዝሕግዙ { $count ->
            [one] { $count } ነገር
           *[other] { $count } ነገራት
        }፣ ንኣብነት ግዜ ምሃብ፣ ብምንጋር ምስ መምህር ክፍሊ ምክፋል።
    }

bank-wait-time-to-answer = ግዜ ንመልሲ፥ ዓበይቲ ሕቶ ድሕሪ ምሕታቶም ኣስታት ዓሰርተ ካልኢት ይጽበዩ፣ ን{ $name } ንምሕሳብን ንምምላስን ግዜ ምእንቲ ክህሉ

bank-model-and-expand-sentences = ዓበይቲ ንናይ { $name } ዘረባ ከም ቅኑዕን ቁሩብ ዝነውሐን ምሕረፍ መሊሶም ይብልዎ፣ ደጊሙ ክበሃል ከይሓተቱ

bank-word-webs = መርበብ ቃላት ({ EN("Word webs") })፥ ነፍሲ ወከፍ ሓድሽ ቃል ምስ ድምጽታቱ፣ ትርጉሙ፣ ስእልን ዝመስልዎ ቃላትን ይተኣሳሰር፣ ኣብ ኣእምሮ ክጸንሕ ምእንቲ

bank-brick-building-group = ጉጅለ ምህናጽ ብጡብ ጸወታ ({ EN("brick-building group") })፥ ንእሽቶ ጉጅለ ብሓባር ሓደ ሞዴል ይሰርሑ፣ ነፍሲ ወከፍ ቆልዓ ዕዮ ኣለዎ (ጡብ ምድላይ፣ ምህናጽ ወይ መምርሒ ምሃብ)፣ ምዝራብን ብሓባር ምስራሕን ንምልምማድ

bank-intensive-interaction = { EN("Intensive interaction") }፥ ዓቢ ሰብ ኣብ ጸወታ ንናይ { $name } መሪሕነት ይስዕብ፣ ድምጽታትን ተግባራትን ብምቕዳሕ፣ ሓባራዊ ኣቓልቦን ሓጎስን ንምህናጽ

bank-quiet-workstation = ህዱእ ቦታ ስራሕ፥ ካብ ዘዘናግዑ ነገራት ርሒቑ ዘሎ ጣውላ፣ ዕማማት ብመስርዕ ተሰሪዖም፣ ብዘይ ሓገዝ ንምስራሕ

bank-comic-strip-conversations = { EN("Comic strip conversations") }፥ ፊኛታት ዘረባን ሓሳብን ዘለዎም ቀለልቲ ስእልታት፣ እንታይ ከም ዝተፈጸመን ሰባት እንታይ ይሓስቡ ከም ዝነበሩን ንምዝታይ

bank-warn-before-changes = ቅድሚ ለውጢ ምፍላጥ፥ ለውጥታት መዓልቲ ኣቐዲሞም ኣብ ብስእሊ ዝተሰርሐ መደብ መዓልቲ ይርኣዩ፣ ሓደ ንጥፈት ቅድሚ ምውዳኡ ድማ ቁጽሪ ንድሕሪት ይግበር

bank-stammering-friendly-talk = ንምትብታብ ዝምችእ ዘረባ፥ ዓበይቲ፣ ቃላት ኣብ ክንዲ { $name } ከይወድኡ፣ ክሳብ ዘረባ ዝውዳእ ይጽበዩ፣ ኣብ ክፍሊ ንምጽዋዕ ስም ({ EN("register") }) ንሕቶታትን ብኸመይ ከም ዝምለስ ድማ ብሓባር ይሰማምዑ

bank-talking-partner = መዘራረቢ መሓዛ፥ ኣብ ቅድሚ ክፍሊ ቅድሚ ምምላስ፣ ሓሳባት ምስኡ ዝዝተየሉ መማህርቲ

bank-communication-passport = ፓስፖርት ርክብ ({ EN("communication passport") })፥ ምስ ስድራ ዝተዳለወ፣ ናይ { $name } ኣገባብ ርክብን ሓጋዚ ዝኾኑ ነገራትን ንሰራሕተኛታት ዝሕብር ሓጺር ንእሽቶ መጽሓፍ

bank-lunchtime-club-structured-play = ክለብ ግዜ ምሳሕ፥ ምስ ንእሽቶ ጉጅለን ቆልዑ ብሓባር ክጻወቱ ዝሕግዝ ዓቢ ሰብን ዝግበሩ ጸወታታት

bank-speech-sound-games-from-therapist = ኩሉ መዓልቲ ንውሑዳት ደቓይቕ ካብ ክኢላ ሕክምና ዘረባ ዝመጹ ጸወታታት ድምጺ ዘረባ ተጻወቱ፣ ንነፍሲ ወከፍ ፈተነ ድማ ንኣዱ።

bank-talk-at-mealtimes = ኣብ ግዜ መግቢ ስክሪናት ኣጥፍኡ፣ ብዛዕባ እታ መዓልቲ ድማ ብሓባር ተዘራረቡ።

bank-prepare-for-changes = ቅድሚ ለውጢ፣ ንኣብነት ቅድሚ ምብጻሕ ወይ ናብ ደገ ምውጻእ፣ ን{ $name } ብዛዕባ እንታይ ከም ዝፍጸም ስእልታት ኣርእዩ ወይ ሓጺር ዛንታ ንገሩ።

bank-give-time-to-talk = ን{ $name } ዘረባ ኣብ ዝኸበደሉ ግዜ፣ ብህድኣት ተጸበዩ፣ { $gender ->
        [female] ናብኣ
        [male] ናብኡ
       *[other] ናብ ቆልዓ
    } ምጥማት ቀጽሉ፣ ቃላት ኣብ ክንዲ { $name } ከይወዳእኩም ድማ ክሳብ ዘረባ ዝውዳእ ተጸበዩ።

bank-describe-and-guess = «ግለጽን ገምትን» ተጻወቱ፥ ብተራ ኣብ ክፍሊ ዘሎ ሓደ ነገር ግለጹ፣ እንታይ ምዃኑ ድማ ገምቱ።

bank-new-words-checked-with-pictures = ናይ { $name } ፍልጠት ሓደስቲ ቃላት ኣብ መጀመርታን ኣብ መወዳእታን መደብ ብስእልታት ይፍተሽ።

bank-conversations-noted-weekly = ናይ { $name } ዘረባ ምጅማርን ኣብ ዘረባ ምሕዋስን፣ ኣብ ክፍልን ኣብ ጸወታን፣ ክንደይ ግዜ ከም ዝኸውን ዓቢ ሰብ ኣብ ነፍሲ ወከፍ ሰሙን ይምዝግብ።

bank-playtime-observation = ኣብ ክልተ ሰሙን ሓደ ግዜ ዓቢ ሰብ ኣብ ግዜ ዕረፍቲ ይዕዘብ፣ ናይ { $name } መጻወቲ ኣዕሩኽን ኣገባብ ጸወታን ድማ ይምዝግብ።

bank-social-communication-checklist = ሰራሕተኛታትን ስድራን ኣብ መጀመርታን ኣብ መወዳእታን መደብ ሓጺር ዝርዝር መፈተሺ ክእለታት ማሕበራዊ ርክብ ይመልኡ።

## Social, emotional and mental health

bank-calm-card =
    { $gender ->
        [female] { $name } ኣብ ክንዲ ምጭራሕ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካርድ ህድኣትን ኩርናዕ ህድኣትን ({ EN("calm card, calm corner") }) ክትጥቀም እያ።
        [male] { $name } ኣብ ክንዲ ምጭራሕ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካርድ ህድኣትን ኩርናዕ ህድኣትን ({ EN("calm card, calm corner") }) ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ክንዲ ምጭራሕ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካርድ ህድኣትን ኩርናዕ ህድኣትን ({ EN("calm card, calm corner") }) ምጥቃም።
    }

bank-feelings-check-in = ኩሉ ንግሆ ብመዐቀኒ ስምዒታት ዝግበር ሓጺር ርክብ

bank-feelings-scale-at-home = ኣብ ገዛ'ውን ነቲ ሓደ ዓይነት መዐቀኒ ስምዒታት ተጠቐሙ፣ { $gender ->
        [female] ዕረፍቲ ምስ ሓተተት ድማ ንኣድዋ
        [male] ዕረፍቲ ምስ ሓተተ ድማ ንኣድዎ
       *[other] ቆልዓ ዕረፍቲ ምስ ሓተተ ድማ ንኣድዎ
    }።

bank-name-feelings =
    { $gender ->
        [female] { $name } { $count ->
            [one] { $count } ስምዒት
           *[other] { $count } ስምዒታት
        }፣ ከም ሓጎስ፣ ጓሂ፣ ቁጥዐን ስክፍታን፣ ብስም ብምጽዋዕ፣ ነፍሲ ወከፍ ምስ ሓደ ስእሊ ከተዛምድ እያ።
        [male] { $name } { $count ->
            [one] { $count } ስምዒት
           *[other] { $count } ስምዒታት
        }፣ ከም ሓጎስ፣ ጓሂ፣ ቁጥዐን ስክፍታን፣ ብስም ብምጽዋዕ፣ ነፍሲ ወከፍ ምስ ሓደ ስእሊ ከዛምድ እዩ።
       *[other] ናይ { $name } ዕላማ፥ { $count ->
            [one] { $count } ስምዒት
           *[other] { $count } ስምዒታት
        }፣ ከም ሓጎስ፣ ጓሂ፣ ቁጥዐን ስክፍታን፣ ብስም ብምጽዋዕ፣ ነፍሲ ወከፍ ምስ ሓደ ስእሊ ምዝማድ።
    }

bank-calm-again-within-minutes =
    { $gender ->
        [female] { $name } ድሕሪ ምርባሽ፣ ብሓገዝ ዓቢ ሰብ፣ ኣብ ውሽጢ { $minutes } ደቒቕ ከም ብሓድሽ ክትህዳእ እያ።
        [male] { $name } ድሕሪ ምርባሽ፣ ብሓገዝ ዓቢ ሰብ፣ ኣብ ውሽጢ { $minutes } ደቒቕ ከም ብሓድሽ ክህዳእ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ድሕሪ ምርባሽ፣ ብሓገዝ ዓቢ ሰብ፣ ኣብ ውሽጢ { $minutes } ደቒቕ ከም ብሓድሽ ምህዳእ።
    }

bank-use-break-card =
    { $gender ->
        [female] { $name } ኣብ ግዜ ምርባሽ፣ ካብ ክፍሊ ኣብ ክንዲ ምውጻእ፣ ሓጺር ዕረፍቲ ንምሕታት ካርድ ዕረፍቲ፣ ካብ { $of } ግዜ { $times } ግዜ ከተርኢ እያ።
        [male] { $name } ኣብ ግዜ ምርባሽ፣ ካብ ክፍሊ ኣብ ክንዲ ምውጻእ፣ ሓጺር ዕረፍቲ ንምሕታት ካርድ ዕረፍቲ፣ ካብ { $of } ግዜ { $times } ግዜ ከርኢ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ግዜ ምርባሽ፣ ካብ ክፍሊ ኣብ ክንዲ ምውጻእ፣ ሓጺር ዕረፍቲ ንምሕታት ካርድ ዕረፍቲ፣ ካብ { $of } ግዜ { $times } ግዜ ምርኣይ።
    }

bank-start-task-when-asked =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ድሕሪ ምሕታት ኣብ ውሽጢ { $minutes } ደቒቕ ዕማም ክትጅምር እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ድሕሪ ምሕታት ኣብ ውሽጢ { $minutes } ደቒቕ ዕማም ክጅምር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ድሕሪ ምሕታት ኣብ ውሽጢ { $minutes } ደቒቕ ዕማም ምጅማር።
    }

bank-join-playtime-game =
    { $gender ->
        [female] { $name } ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ምስ ካልኦት ቆልዑ ኣብ ጸወታ ክትሕወስ እያ።
        [male] { $name } ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ምስ ካልኦት ቆልዑ ኣብ ጸወታ ክሕወስ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ምስ ካልኦት ቆልዑ ኣብ ጸወታ ምሕዋስ።
    }

bank-safe-hands-at-playtime =
    { $gender ->
        [female] { $name } ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ብዘይ ንሓደ ሰብ ምጉዳእ፣ ኣእዳውን ኣእጋርን ብሰላም ክትሕዝ እያ።
        [male] { $name } ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ብዘይ ንሓደ ሰብ ምጉዳእ፣ ኣእዳውን ኣእጋርን ብሰላም ክሕዝ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ግዜ ዕረፍቲ፣ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ብዘይ ንሓደ ሰብ ምጉዳእ፣ ኣእዳውን ኣእጋርን ብሰላም ምሓዝ።
    }

bank-lose-a-game-calmly =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ጸወታ
           *[other] { $of } ጸወታታት
        } ኣብ { $times }፣ ኣብ ጸወታ ኣብ ምስዓር ብህድኣት ብምጽናሕ፣ ነቲ ዝተዓወተ «ጽቡቕ ገይርካ» ክትብል እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ጸወታ
           *[other] { $of } ጸወታታት
        } ኣብ { $times }፣ ኣብ ጸወታ ኣብ ምስዓር ብህድኣት ብምጽናሕ፣ ነቲ ዝተዓወተ «ጽቡቕ ገይርካ» ክብል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ጸወታ
           *[other] { $of } ጸወታታት
        } ኣብ { $times }፣ ኣብ ጸወታ ኣብ ምስዓር ብህድኣት ብምጽናሕ፣ ነቲ ዝተዓወተ «ጽቡቕ ገይርካ» ምባል።
    }

bank-say-good-things-about-self =
    { $gender ->
        [female] { $name } ኣብቲ ሰሙናዊ ርክብ፣ ብዛዕባ ገዛእ ርእሳ { $count ->
            [one] { $count } ጽቡቕ ነገር
           *[other] { $count } ጽቡቓት ነገራት
        } ክትነግር እያ።
        [male] { $name } ኣብቲ ሰሙናዊ ርክብ፣ ብዛዕባ ገዛእ ርእሱ { $count ->
            [one] { $count } ጽቡቕ ነገር
           *[other] { $count } ጽቡቓት ነገራት
        } ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብቲ ሰሙናዊ ርክብ፣ ብዛዕባ ገዛእ ርእስኻ { $count ->
            [one] { $count } ጽቡቕ ነገር
           *[other] { $count } ጽቡቓት ነገራት
        } ምንጋር።
    }

bank-come-into-class-calmly =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንግሆ ኣብ ማዕጾ ብሰላም ብምፍናው፣ ብህድኣት ናብ ክፍሊ ክትኣቱ እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንግሆ ኣብ ማዕጾ ብሰላም ብምፍናው፣ ብህድኣት ናብ ክፍሊ ክኣቱ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንግሆ ኣብ ማዕጾ ብሰላም ብምፍናው፣ ብህድኣት ናብ ክፍሊ ምእታው።
    }

bank-follow-request-after-reminder =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ብዝበዝሐ ድሕሪ ሓደ መዘኻኸሪ፣ ዓቢ ሰብ ዝደለዮ ነገር ክትገብር እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ብዝበዝሐ ድሕሪ ሓደ መዘኻኸሪ፣ ዓቢ ሰብ ዝደለዮ ነገር ክገብር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ብዝበዝሐ ድሕሪ ሓደ መዘኻኸሪ፣ ዓቢ ሰብ ዝደለዮ ነገር ምግባር።
    }

bank-stay-in-lesson =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ኣድላዪ እንተኾይኑ ዝተመደበ ዕረፍቲ ብምውሳድ፣ ንምሉእ ክፍለ-ግዜ ኣብ ክፍሊ ክትጸንሕ እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ኣድላዪ እንተኾይኑ ዝተመደበ ዕረፍቲ ብምውሳድ፣ ንምሉእ ክፍለ-ግዜ ኣብ ክፍሊ ክጸንሕ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ኣድላዪ እንተኾይኑ ዝተመደበ ዕረፍቲ ብምውሳድ፣ ንምሉእ ክፍለ-ግዜ ኣብ ክፍሊ ምጽናሕ።
    }

bank-sort-out-falling-out =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ምስ ዓርኪ ዝተፈጥረ ባእሲ፣ ኣድላዪ እንተኾይኑ ብሓገዝ ዓቢ ሰብ፣ ብኢድ ዘይኮነስ ብቓላት ክትፈትሕ እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ምስ ዓርኪ ዝተፈጥረ ባእሲ፣ ኣድላዪ እንተኾይኑ ብሓገዝ ዓቢ ሰብ፣ ብኢድ ዘይኮነስ ብቓላት ክፈትሕ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ምስ ዓርኪ ዝተፈጥረ ባእሲ፣ ኣድላዪ እንተኾይኑ ብሓገዝ ዓቢ ሰብ፣ ብኢድ ዘይኮነስ ብቓላት ምፍታሕ።
    }

bank-feelings-traffic-light = መብራህቲ ትራፊክ ስምዒታት፥ ናይ { $name } ስምዒት ዘርእዩ ቀጠልያ፣ ብጫን ቀይሕን ካርድታት፣ ከምኡ'ውን ኣብ ነፍሲ ወከፍ ሕብሪ እንታይ ከም ዝሕግዝ ዝገልጽ መደብ

bank-nurture-group = ጉጅለ ክንክን ({ EN("nurture group") })፥ ንገለ ክፋል መዓልቲ፣ ምስ ፍሉጥ ዓቢ ሰብ ዝጸንሕ ንእሽቶን ህዱእን ጉጅለ፣ ርእሰ-ተኣማንነትን ዕርክነትን ንምህናጽ

bank-emotional-literacy-support = { EN("Emotional literacy support") }፥ ብዛዕባ ስምዒታት ንምዝራብን መገድታት ምጽዋር ንምልምማድን፣ ምስ ዝሰልጠነ ሓጋዚ መምህር ሰሙናዊ ክፍለ-ግዜ

bank-social-skills-group = ጉጅለ ማሕበራዊ ክእለታት፥ ምክፋል፣ ብተራ ምጽዋትን ብጽቡቕ መንፈስ ምስዓርን ንምልምማድ ኣብ ንእሽቶ ጉጅለ ዝግበሩ ጸወታታት

bank-calm-space-with-timer = ኣብ ውሽጢ ክፍሊ ወይ ኣብ ጥቓኡ ዘሎ ህዱእ ቦታ፣ ምስ ሰዓት ሑጻ ንሓጺር ዕረፍቲ፣ ድሕሪኡ ናብ ትምህርቲ ምምላስ

bank-meet-and-greet = ኣቀባብላ ({ EN("Meet and greet") })፥ ፍሉጥ ዓቢ ሰብ ኩሉ ንግሆ ን{ $name } ኣብ ማዕጾ ይቕበል፣ ኣብ ምርጋእ ድማ ይሕግዝ

bank-praise-and-reward-chart = ንጽቡቕ ምርጫታት ንጹር ናእዳ፣ ከምኡ'ውን ምስ { $name } ዝተሰማምዑሎም ንኣሽቱ ዕላማታት ዘለዎ ሰንጠረዥ ሽልማት

bank-restorative-conversations = ዘረባታት ዕርቂ ({ EN("Restorative conversations") })፥ ድሕሪ ጸገም፣ ዓቢ ሰብ ነፍሲ ወከፍ ቆልዓ እንታይ ከም ዝተፈጸመ፣ እንታይ ከም ዝተሰምዖን ብኸመይ ክዕረ ከም ዝኽእልን ክነግር ይሕግዞ

bank-best-part-of-the-day = ቅድሚ ድቃስ፣ ብዛዕባ እቲ ዝበለጸ ክፋል መዓልትን ሓደ ከቢድ ዝነበረ ነገርን ሕተቱ፣ ብህድኣት ድማ ስምዑ።

bank-slow-breathing-together = ኩሉ ሰብ ህዱእ ኣብ ዝኾነሉ ግዜ፣ ብሓባር ቀስ ኢልኩም ምስትንፋስ ተለማመዱ፥ ክሳብ ኣርባዕተ እናቖጸርኩም ትንፋስ ኣእትዉ፣ ድሕሪኡ ክሳብ ኣርባዕተ እናቖጸርኩም ኣውጽኡ።

bank-praise-effort-at-home = ናይ { $name } ጻዕሪ ወይ ሕያዋይ ምርጫ ኣስተብህሉ፣ እንታይ ጽቡቕ ከም ዝነበረ ድማ ብልክዕ ንገሩ።

bank-tell-school-about-changes = ሰራሕተኛታት ክሕግዙ ምእንቲ፣ ኣብ ገዛ ዘሎ ለውጥታት፣ ከም ምቕያር ገዛ፣ ሓድሽ ህጻን ወይ ምስኣን ዝፍቶ ሰብ፣ ንቤት ትምህርቲ ኣፍልጡ።

bank-difficult-moments-record = መዝገብ ከቢድ ህሞታት (ቅድሚኡ እንታይ ከም ዝተፈጸመ፣ ናይ { $name } ግብረ-መልሲ፣ ድሕሪኡ እንታይ ከም ዝተፈጸመ)፣ ኣብ ነፍሲ ወከፍ ሰሙን ዝርአ።

bank-feelings-questionnaire = ኣብ መጀመርታን ኣብ መወዳእታን መደብ ምስ { $name } ዝምላእ፣ ብዛዕባ ስምዒታት ሓጺር ቅጥዒ ሕቶታት።

bank-daily-smiley-chart = ንነፍሲ ወከፍ ክፋል መዓልቲ ዝፍሽኽ ገጽ ዘለዎ መዓልታዊ ሰንጠረዥ፣ ምስ ገዛ ዝካፈል፣ ኣብ ነፍሲ ወከፍ ዓርቢ ድማ ዝርአ።

bank-need-managing-feelings = ን{ $name } ሓያላት ስምዒታት ምቁጽጻርን ድሕሪ ምርባሽ ምህዳእን ከቢድ እዩ።

bank-share-a-worry =
    { $gender ->
        [female] { $name } ብዘረባ፣ ብስእሊ ወይ ብሳጹን ስክፍታ ({ EN("worry box") })፣ ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ምስ እሙን ዓቢ ሰብ ሓደ ስክፍታ ከተካፍል እያ።
        [male] { $name } ብዘረባ፣ ብስእሊ ወይ ብሳጹን ስክፍታ ({ EN("worry box") })፣ ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ምስ እሙን ዓቢ ሰብ ሓደ ስክፍታ ከካፍል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብዘረባ፣ ብስእሊ ወይ ብሳጹን ስክፍታ ({ EN("worry box") })፣ ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ምስ እሙን ዓቢ ሰብ ሓደ ስክፍታ ምክፋል።
    }

bank-use-calm-plan =
    { $gender ->
        [female] { $name } ኣብ ግዜ ስክፍታ፣ ካብ { $of } ግዜ { $times } ግዜ፣ ካብ ናታ መደብ ህድኣት ሓደ ሓሳብ፣ ከም ቀስ ኢልካ ምስትንፋስ ወይ ልሙዕ ኩዕሶ ምጭማቕ፣ ክትጥቀም እያ።
        [male] { $name } ኣብ ግዜ ስክፍታ፣ ካብ { $of } ግዜ { $times } ግዜ፣ ካብ ናቱ መደብ ህድኣት ሓደ ሓሳብ፣ ከም ቀስ ኢልካ ምስትንፋስ ወይ ልሙዕ ኩዕሶ ምጭማቕ፣ ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ግዜ ስክፍታ፣ ካብ { $of } ግዜ { $times } ግዜ፣ ካብ መደብ ህድኣት ሓደ ሓሳብ፣ ከም ቀስ ኢልካ ምስትንፋስ ወይ ልሙዕ ኩዕሶ ምጭማቕ፣ ምጥቃም።
    }

bank-speak-to-adults-in-school =
    { $gender ->
        [female] { $name } ኣብ ህዱእ ቦታ ካብ ፍሉጥ ዓቢ ሰብ ብምጅማር፣ ኣብ ቤት ትምህርቲ ምስ { $count ->
            [one] { $count } ዓቢ ሰብ
           *[other] { $count } ዓበይቲ ሰባት
        } ክትዛረብ እያ።
        [male] { $name } ኣብ ህዱእ ቦታ ካብ ፍሉጥ ዓቢ ሰብ ብምጅማር፣ ኣብ ቤት ትምህርቲ ምስ { $count ->
            [one] { $count } ዓቢ ሰብ
           *[other] { $count } ዓበይቲ ሰባት
        } ክዛረብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ህዱእ ቦታ ካብ ፍሉጥ ዓቢ ሰብ ብምጅማር፣ ኣብ ቤት ትምህርቲ ምስ { $count ->
            [one] { $count } ዓቢ ሰብ
           *[other] { $count } ዓበይቲ ሰባት
        } ምዝራብ።
    }

bank-try-something-new =
    { $gender ->
        [female] { $name } ፍሉጥ ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ኣብ ነፍሲ ወከፍ ፍርቂ ተርም { $count ->
            [one] { $count } ሓድሽ ንጥፈት
           *[other] { $count } ሓደስቲ ንጥፈታት
        }፣ ከም ክለብ ወይ ሓድሽ ጸወታ፣ ክትፍትን እያ።
        [male] { $name } ፍሉጥ ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ኣብ ነፍሲ ወከፍ ፍርቂ ተርም { $count ->
            [one] { $count } ሓድሽ ንጥፈት
           *[other] { $count } ሓደስቲ ንጥፈታት
        }፣ ከም ክለብ ወይ ሓድሽ ጸወታ፣ ክፍትን እዩ።
       *[other] ናይ { $name } ዕላማ፥ ፍሉጥ ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ኣብ ነፍሲ ወከፍ ፍርቂ ተርም { $count ->
            [one] { $count } ሓድሽ ንጥፈት
           *[other] { $count } ሓደስቲ ንጥፈታት
        }፣ ከም ክለብ ወይ ሓድሽ ጸወታ፣ ምፍታን።
    }

bank-notice-early-signs-of-anger =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ናይ ምቁጣዕ ቀዳሞት ምልክታት፣ ከም ምውዓይ ገጽ ወይ ምጭባጥ ኢድ፣ ብምልላይ ንዓቢ ሰብ ክትነግር እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ናይ ምቁጣዕ ቀዳሞት ምልክታት፣ ከም ምውዓይ ገጽ ወይ ምጭባጥ ኢድ፣ ብምልላይ ንዓቢ ሰብ ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ናይ ምቁጣዕ ቀዳሞት ምልክታት፣ ከም ምውዓይ ገጽ ወይ ምጭባጥ ኢድ፣ ብምልላይ ንዓቢ ሰብ ምንጋር።
    }

bank-help-put-things-right =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ድሕሪ ጸገም ምስ ዓቢ ሰብ ብህድኣት ብምዝራብ፣ ነገራት ንምዕራይ ሓደ መገዲ ከተቕርብ እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ድሕሪ ጸገም ምስ ዓቢ ሰብ ብህድኣት ብምዝራብ፣ ነገራት ንምዕራይ ሓደ መገዲ ከቕርብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ድሕሪ ጸገም ምስ ዓቢ ሰብ ብህድኣት ብምዝራብ፣ ነገራት ንምዕራይ ሓደ መገዲ ምቕራብ።
    }

bank-attend-school-per-cent =
    { $gender ->
        [female] { $name } ኣብዚ ተርም፣ ካብ መዓልታት ትምህርቲ እንተወሓደ ኣብ { $percent } ሚእታዊት ኣብ ቤት ትምህርቲ ክትህሉ እያ።
        [male] { $name } ኣብዚ ተርም፣ ካብ መዓልታት ትምህርቲ እንተወሓደ ኣብ { $percent } ሚእታዊት ኣብ ቤት ትምህርቲ ክህሉ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብዚ ተርም፣ ካብ መዓልታት ትምህርቲ እንተወሓደ ኣብ { $percent } ሚእታዊት ኣብ ቤት ትምህርቲ ምህላው።
    }

bank-time-in-class-each-day =
    { $gender ->
        [female] { $name } ኣብ መዓልቲ { $hours ->
            [one] { $hours } ሰዓት
           *[other] { $hours } ሰዓታት
        } ኣብ ክፍሊ፣ ንዝተረፈ መዓልቲ ድማ ምስ ፍሉጥ ዓቢ ሰብ ኣብ ህዱእ ቦታ ({ EN("quiet base") }) ከተሕልፍ እያ።
        [male] { $name } ኣብ መዓልቲ { $hours ->
            [one] { $hours } ሰዓት
           *[other] { $hours } ሰዓታት
        } ኣብ ክፍሊ፣ ንዝተረፈ መዓልቲ ድማ ምስ ፍሉጥ ዓቢ ሰብ ኣብ ህዱእ ቦታ ({ EN("quiet base") }) ከሕልፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ መዓልቲ { $hours ->
            [one] { $hours } ሰዓት
           *[other] { $hours } ሰዓታት
        } ኣብ ክፍሊ፣ ንዝተረፈ መዓልቲ ድማ ምስ ፍሉጥ ዓቢ ሰብ ኣብ ህዱእ ቦታ ({ EN("quiet base") }) ምሕላፍ።
    }

bank-settle-after-playtime =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካብ ግዜ ዕረፍቲ ብምምላስ፣ ኣብ ውሽጢ { $minutes } ደቒቕ ኣብ ናታ ጣውላ ብህድኣት ኮፍ ክትብል እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካብ ግዜ ዕረፍቲ ብምምላስ፣ ኣብ ውሽጢ { $minutes } ደቒቕ ኣብ ናቱ ጣውላ ብህድኣት ኮፍ ክብል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካብ ግዜ ዕረፍቲ ብምምላስ፣ ኣብ ውሽጢ { $minutes } ደቒቕ ኣብ ጣውላ ብህድኣት ኮፍ ምባል።
    }

bank-invite-someone-to-play =
    { $gender ->
        [female] { $name } ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ንካልእ ቆልዓ ብሓባር ንኽጻወቱ ክትዕድም እያ።
        [male] { $name } ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ንካልእ ቆልዓ ብሓባር ንኽጻወቱ ክዕድም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ንካልእ ቆልዓ ብሓባር ንኽጻወቱ ምዕዳም።
    }

bank-kind-things-for-others =
    { $gender ->
        [female] { $name } ኩሉ መዓልቲ ንኻልኦት ቆልዑ { $count ->
            [one] { $count } ሕያዋይ ነገር
           *[other] { $count } ሕያዋት ነገራት
        }፣ ከም ምክፋል ወይ ምሕጋዝ፣ ዓቢ ሰብ ዝዕዘቦ ክትገብር እያ።
        [male] { $name } ኩሉ መዓልቲ ንኻልኦት ቆልዑ { $count ->
            [one] { $count } ሕያዋይ ነገር
           *[other] { $count } ሕያዋት ነገራት
        }፣ ከም ምክፋል ወይ ምሕጋዝ፣ ዓቢ ሰብ ዝዕዘቦ ክገብር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኩሉ መዓልቲ ንኻልኦት ቆልዑ { $count ->
            [one] { $count } ሕያዋይ ነገር
           *[other] { $count } ሕያዋት ነገራት
        }፣ ከም ምክፋል ወይ ምሕጋዝ፣ ዓቢ ሰብ ዝዕዘቦ ምግባር።
    }

bank-have-a-go-at-hard-tasks =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ኣብ ክንዲ ምእባይ «ክፍትን እኽእል እየ» ብምባል፣ ከቢድ ዕማም ክትፍትን እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ኣብ ክንዲ ምእባይ «ክፍትን እኽእል እየ» ብምባል፣ ከቢድ ዕማም ክፍትን እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ኣብ ክንዲ ምእባይ «ክፍትን እኽእል እየ» ብምባል፣ ከቢድ ዕማም ምፍታን።
    }

bank-cope-with-mistakes =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ጌጋ ኣብ ዝርአየሉ ግዜ ብህድኣት ብምጽናሕ፣ ነቲ ጌጋ ከተእርሞ እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ጌጋ ኣብ ዝርአየሉ ግዜ ብህድኣት ብምጽናሕ፣ ነቲ ጌጋ ከእርሞ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ጌጋ ኣብ ዝርአየሉ ግዜ ብህድኣት ብምጽናሕ፣ ነቲ ጌጋ ምእራሙ።
    }

bank-share-work-with-pride =
    { $gender ->
        [female] { $name } ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ዝሓበነትሉ ስራሕ ንዓቢ ሰብ ወይ ንክፍሊ ከተርኢ እያ።
        [male] { $name } ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ዝሓበነሉ ስራሕ ንዓቢ ሰብ ወይ ንክፍሊ ከርኢ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ሰሙን እንተወሓደ { $times } ግዜ፣ ኩርዓት ዝፈጥር ስራሕ ንዓቢ ሰብ ወይ ንክፍሊ ምርኣይ።
    }

bank-stay-on-task-with-timer =
    { $gender ->
        [female] { $name } ቅድሚ ዝተመደበ ሓጺር ዕረፍቲ፣ ግዜ ዘርኢ ሰዓት ({ EN("visual timer") }) ብምጥቃም፣ ን{ $minutes } ደቒቕ ኣብ ሓደ ዕማም ክትጸንሕ እያ።
        [male] { $name } ቅድሚ ዝተመደበ ሓጺር ዕረፍቲ፣ ግዜ ዘርኢ ሰዓት ({ EN("visual timer") }) ብምጥቃም፣ ን{ $minutes } ደቒቕ ኣብ ሓደ ዕማም ክጸንሕ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ቅድሚ ዝተመደበ ሓጺር ዕረፍቲ፣ ግዜ ዘርኢ ሰዓት ({ EN("visual timer") }) ብምጥቃም፣ ን{ $minutes } ደቒቕ ኣብ ሓደ ዕማም ምጽናሕ።
    }

bank-back-to-work-after-signal =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ካብ ዓቢ ሰብ ህዱእ ምልክት፣ ከም ኣብ ጣውላ ምህራም፣ ምስ ተዋህበ ናብ ስራሕ ክትምለስ እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ካብ ዓቢ ሰብ ህዱእ ምልክት፣ ከም ኣብ ጣውላ ምህራም፣ ምስ ተዋህበ ናብ ስራሕ ክምለስ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ካብ ዓቢ ሰብ ህዱእ ምልክት፣ ከም ኣብ ጣውላ ምህራም፣ ምስ ተዋህበ ናብ ስራሕ ምምላስ።
    }

bank-walk-in-line-safely =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ኣብ መስርዕ ደው ብምባልን ካብ መስርዕ ብዘይ ምውጻእን፣ ምስ ክፍሊ ብሰላም ክትከይድ እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ኣብ መስርዕ ደው ብምባልን ካብ መስርዕ ብዘይ ምውጻእን፣ ምስ ክፍሊ ብሰላም ክኸይድ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ኣብ መስርዕ ደው ብምባልን ካብ መስርዕ ብዘይ ምውጻእን፣ ምስ ክፍሊ ብሰላም ምኻድ።
    }

bank-visit-new-class =
    { $gender ->
        [female] { $name } ቅድሚ ምቕያር፣ ናብቲ ሓድሽ ክፍሊ ወይ ቤት ትምህርቲ { $count } ግዜ ብምብጻሕ፣ ኣብኡ ብሃንቀውታ ዝጽበ ሓደ ነገር ክትነግር እያ።
        [male] { $name } ቅድሚ ምቕያር፣ ናብቲ ሓድሽ ክፍሊ ወይ ቤት ትምህርቲ { $count } ግዜ ብምብጻሕ፣ ኣብኡ ብሃንቀውታ ዝጽበ ሓደ ነገር ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ቅድሚ ምቕያር፣ ናብቲ ሓድሽ ክፍሊ ወይ ቤት ትምህርቲ { $count } ግዜ ብምብጻሕ፣ ኣብኡ ብሃንቀውታ ዝጽበ ሓደ ነገር ምንጋር።
    }

bank-key-adult = ቀንዲ ዓቢ ሰብ ({ EN("key adult") })፥ ን{ $name } ዝተመደበ፣ ብስሙ ዝፍለጥ ሓደ ዓቢ ሰብ፣ ኩሉ መዓልቲ ዝሓትት፣ ምስ ገዛ ድማ ርክብ ዝገብር

bank-worry-box = ሳጹን ስክፍታ ወይ መጽሓፍ ስክፍታ፥ ናይ { $name } ስክፍታታት ዝቕመጡሉ፣ ድሒሩ ምስ ዓቢ ሰብ ንምዝራብ

bank-personal-calm-plan = ምስ { $name } ዝተዳለወ መደብ ህድኣት፥ ናይ ምርባሽ ወይ ምቁጣዕ ቀዳሞት ምልክታት፣ እንታይ ከም ዝሕግዝ፣ ንምህዳእ ድማ ናበይ ከም ዝኻድ

bank-emotion-coaching = { EN("Emotion coaching") }፥ ዓበይቲ መጀመርታ ነቲ ስምዒት ብስሙ ይጽውዕዎ፣ ከም ዝተረድእዎ ድማ የርእዩ፣ ድሕሪኡ ቀጺሉ እንታይ ክግበር ከም ዘለዎ ይሕግዙ

bank-gradual-return-plan = ኣብ ቤት ትምህርቲ ዝሕለፍ ግዜ ስጉምቲ ብስጉምቲ ንምውሳኽ ዝሕግዝ መደብ፣ ምስ ህዱእ ቦታን ፍሉጥ ዓቢ ሰብን፣ ምስ ስድራ ዝተሰማምዕሉን ብተደጋጋሚ ዝፍተሽን

bank-attendance-support-meeting = ደገፍ ምምጻእ ቤት ትምህርቲ፥ ኣብ ቀዳመይቲ መዓልቲ ዘይምምጻእ ናብ ገዛ ዝግበር ደወል፣ ከምኡ'ውን እንታይ ከም ዝሕግዝ ንምስምማዕ ምስ ስድራ ዝግበር ኣኼባ

bank-quiet-signal-to-refocus = ምስ { $name } ዝተሰማምዕሉ ህዱእ ምልክት፣ ከም ኣብ ጣውላ ኢድ ምቕማጥ፣ ብዘይ ወቐሳ ኣቓልቦ ናብቲ ዕማም ንምምላስ

bank-transition-visits-and-booklet = ሓገዝ ኣብ ምስግጋር፥ ናብቲ ሓድሽ ክፍሊ ወይ ቤት ትምህርቲ ተወሳኺ ምብጻሓት፣ ከምኡ'ውን ኣብ ግዜ ዕረፍቲ ትምህርቲ ዝርአ፣ ስእልታት ሓደስቲ ክፍልታትን ሰራሕተኛታትን ዘለዎ ንእሽቶ መጽሓፍ

bank-circle-of-friends = { EN("Circle of friends") }፥ ኣብ ክፍልን ኣብ ጸወታን ን{ $name } ንምሕጋዝ መገድታት ንምስምማዕ፣ ኣብ ነፍሲ ወከፍ ሰሙን ምስ ዓቢ ሰብ ዝራኸቡ ንእሽቶ ጉጅለ መማህርቲ

bank-playground-buddies = ኣዕሩኽ መጻወቲ ቦታ ({ EN("Playground buddies") })፥ ኣብ ግዜ ዕረፍቲ ኣብ ጸወታን ዕርክነትን ዝሕግዙ፣ ዝሰልጠኑ ዝዓበዩ ተመሃሮ

bank-class-job-for-confidence = ርእሰ-ተኣማንነትን ናይ ሓደ ክፋል ምዃን ስምዒትን ንምህናጽ፣ ኣብ ክፍሊ ዝወሃብ ዕዮ፣ ከም መጻሕፍቲ ምዕዳል ወይ ንተኽልታት ምክንኻን

bank-mental-health-support-team = ምስ ኣማኻሪ ቤት ትምህርቲ ወይ ምስቲ ምስ ቤት ትምህርቲ ዝሰርሕ ጉጅለ ደገፍ ጥዕና ኣእምሮ ሓጸርቲ ናይ ዘረባ ክፍለ-ግዜታት

bank-calm-morning-routine = ንግሆታት ህዱኣትን ኩሉ መዓልቲ ሓደ ዓይነትን ግበርዎም፣ ንቤት ትምህርቲ ንምድላው ብስእሊ ዝተሰርሐ ልሙድ መስርዕ ብምጥቃም።

bank-regular-bedtime-screens-off = ስሩዕ ግዜ ድቃስ ሓልዉ፣ ቅድሚ ድቃስ ሓደ ሰዓት ስክሪናት ድማ ኣጥፍኡ።

bank-invite-friend-to-play = ካብ ክፍሊ ሓደ ዓርኪ ኣብ ገዛ ወይ ኣብ መናፈሻ ክጻወት ዕደሙ፣ መጀመርታ ንሓጺር ግዜ።

bank-worry-time = ግዜ ስክፍታ ወስኑ፥ ኩሉ መዓልቲ ብዛዕባ ስክፍታታት ንምዝራብ ውሑዳት ደቓይቕ፣ ድሕሪኡ ብሓባር ሓደ ጽቡቕ ነገር ግበሩ።

bank-small-jobs-at-home = ን{ $name } ኣብ ገዛ ንእሽቶ ዕዮ ሃቡ፣ ከም ጣውላ ንመግቢ ምድላው፣ ምስ ተወድአ ድማ የቐንየለይ በሉ።

bank-talk-about-new-class = ኣብ ግዜ ዕረፍቲ ትምህርቲ፣ ካብ ቤት ትምህርቲ ዝመጸ ንእሽቶ መጽሓፍን ስእልታትን ብሓባር ተመልከቱ፣ ብዛዕባ እቲ ሓድሽ ክፍሊ ድማ ተዘራረቡ።

bank-attendance-checked-weekly = ምምጻእን ምድንጓይን ኣብ ነፍሲ ወከፍ ሰሙን ይፍተሹ፣ ምስ ስድራ ድማ ይካፈሉ።

bank-weekly-feelings-rating = ኣብ ነፍሲ ወከፍ ሰሙን፣ ናይ { $name } ስምዒት ብዛዕባ ቤት ትምህርቲ ኣብ መዐቀኒ ስምዒታት ብዝተመርጸ ገጽ ይርአ፣ መልስታት ድማ ኣብ ምሉእ ግዜ መደብ ይነጻጸሩ።

bank-time-on-task-recorded = ዓቢ ሰብ፣ ኣብ ነፍሲ ወከፍ ሰሙን ኣብ ክልተ ክፍለ-ግዜታት፣ ናይ { $name } ግዜ ኣብ ዕማም ምጽናሕ ይዕቅን፣ ይጽሕፎ ድማ።

bank-home-school-book = መጽሓፍ ገዛን ቤት ትምህርትን፥ ካብ ቤት ትምህርቲ ኩሉ መዓልቲ ሓጺር መልእኽቲ፣ ካብ ገዛ ድማ ሓድሽ ነገር ምስ ዝህሉ፣ ኣብ ገምጋም ብሓባር ዝርአ።

bank-midday-staff-notes = ሰራሕተኛታት ግዜ ምሳሕ ኣብ ነፍሲ ወከፍ ሰሙን፣ ግዜ ዕረፍትን ግዜ ምሳሕን ከመይ ከም ዝሓለፈ ሓጺር መዘኻኸሪ ይጽሕፉ።

## Sensory and physical

bank-pencil-grip =
    { $gender ->
        [female] { $name } ን{ $minutes } ደቒቕ ጽሕፈት፣ ርሳስ ብሰለስተ ኣጻብዕ ({ EN("tripod grip") }፣ ኣብ መንጎ ዓባይ ኣጻብዕን ክልተ ኣጻብዕን) ክትሕዝ እያ።
        [male] { $name } ን{ $minutes } ደቒቕ ጽሕፈት፣ ርሳስ ብሰለስተ ኣጻብዕ ({ EN("tripod grip") }፣ ኣብ መንጎ ዓባይ ኣጻብዕን ክልተ ኣጻብዕን) ክሕዝ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ን{ $minutes } ደቒቕ ጽሕፈት፣ ርሳስ ብሰለስተ ኣጻብዕ ({ EN("tripod grip") }፣ ኣብ መንጎ ዓባይ ኣጻብዕን ክልተ ኣጻብዕን) ምሓዝ።
    }

bank-put-on-coat =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ብዘይ ሓገዝ ናታ ጃኬት ብምልባስ ዚፑ ክትዓጹ እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ብዘይ ሓገዝ ናቱ ጃኬት ብምልባስ ዚፑ ክዓጹ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ብዘይ ሓገዝ ጃኬት ብምልባስ ዚፑ ምዕጻው።
    }

bank-change-for-pe =
    { $gender ->
        [female] { $name } ብዘይ ሓገዝ፣ ኣብ { $minutes } ደቒቕ ወይ ካብኡ ብዝሓጸረ ግዜ፣ ንስፖርት ({ EN("PE") }) ክዳን ክትቕይር እያ።
        [male] { $name } ብዘይ ሓገዝ፣ ኣብ { $minutes } ደቒቕ ወይ ካብኡ ብዝሓጸረ ግዜ፣ ንስፖርት ({ EN("PE") }) ክዳን ክቕይር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብዘይ ሓገዝ፣ ኣብ { $minutes } ደቒቕ ወይ ካብኡ ብዝሓጸረ ግዜ፣ ንስፖርት ({ EN("PE") }) ክዳን ምቕያር።
    }

bank-cut-along-line =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ብመቐስ፣ ካብ መስመር ብዘይ ምርሓቕ፣ ኣብ ልዕሊ ረጒድ መስመር ክትቖርጽ እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ብመቐስ፣ ካብ መስመር ብዘይ ምርሓቕ፣ ኣብ ልዕሊ ረጒድ መስመር ክቖርጽ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ብመቐስ፣ ካብ መስመር ብዘይ ምርሓቕ፣ ኣብ ልዕሊ ረጒድ መስመር ምቑራጽ።
    }

bank-balance-on-one-leg =
    { $gender ->
        [female] { $name } ብነፍሲ ወከፍ ወገን፣ ን{ $seconds } ካልኢት ብሓደ እግሪ ደው ክትብል እያ።
        [male] { $name } ብነፍሲ ወከፍ ወገን፣ ን{ $seconds } ካልኢት ብሓደ እግሪ ደው ክብል እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብነፍሲ ወከፍ ወገን፣ ን{ $seconds } ካልኢት ብሓደ እግሪ ደው ምባል።
    }

bank-wear-hearing-aids =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንምሉእ መዓልቲ ትምህርቲ ናታ መሳርሒ ምስማዕ ክትገብር እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንምሉእ መዓልቲ ትምህርቲ ናቱ መሳርሒ ምስማዕ ክገብር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ንምሉእ መዓልቲ ትምህርቲ መሳርሒ ምስማዕ ምግባር።
    }

bank-say-when-not-heard =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ሓደ ነገር ብንጹር ምስ ዘይተሰምዐ ወይ ዘይተራእየ፣ ብቓላት ወይ ብካርድ ንዓቢ ሰብ ክትነግር እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ሓደ ነገር ብንጹር ምስ ዘይተሰምዐ ወይ ዘይተራእየ፣ ብቓላት ወይ ብካርድ ንዓቢ ሰብ ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ሓደ ነገር ብንጹር ምስ ዘይተሰምዐ ወይ ዘይተራእየ፣ ብቓላት ወይ ብካርድ ንዓቢ ሰብ ምንጋር።
    }

bank-use-large-print =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ብዘይ መዘኻኸሪ፣ ስራሕ ክፍሊ ንምንባብ ዓበይቲ ፊደላት ወይ መጉልሒ መነጽር ክትጥቀም እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ብዘይ መዘኻኸሪ፣ ስራሕ ክፍሊ ንምንባብ ዓበይቲ ፊደላት ወይ መጉልሒ መነጽር ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ብዘይ መዘኻኸሪ፣ ስራሕ ክፍሊ ንምንባብ ዓበይቲ ፊደላት ወይ መጉልሒ መነጽር ምጥቃም።
    }

bank-find-way-around-school =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካብ ክፍሊ ናብ ኣዳራሽ፣ ሽቓቓትን መጻወቲ ቦታን ንበይና መገዲ ክትረክብ እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካብ ክፍሊ ናብ ኣዳራሽ፣ ሽቓቓትን መጻወቲ ቦታን ንበይኑ መገዲ ክረክብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ካብ ክፍሊ ናብ ኣዳራሽ፣ ሽቓቓትን መጻወቲ ቦታን ንበይንኻ መገዲ ምርካብ።
    }

bank-write-words-in-time =
    { $gender ->
        [female] { $name } ኣብ { $minutes } ደቒቕ፣ ብቐሊሉ ዝንበቡ ፊደላት፣ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ክትጽሕፍ እያ።
        [male] { $name } ኣብ { $minutes } ደቒቕ፣ ብቐሊሉ ዝንበቡ ፊደላት፣ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ክጽሕፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ { $minutes } ደቒቕ፣ ብቐሊሉ ዝንበቡ ፊደላት፣ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ምጽሓፍ።
    }

bank-ask-for-movement-break =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ኣብ ግዜ ዘይምርጋእ፣ ካብ መንበር ኣብ ክንዲ ምልዓል፣ ንምንቅስቓስ ዕረፍቲ ንምሕታት ካርድ ከተርኢ እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ኣብ ግዜ ዘይምርጋእ፣ ካብ መንበር ኣብ ክንዲ ምልዓል፣ ንምንቅስቓስ ዕረፍቲ ንምሕታት ካርድ ከርኢ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ኣብ ግዜ ዘይምርጋእ፣ ካብ መንበር ኣብ ክንዲ ምልዓል፣ ንምንቅስቓስ ዕረፍቲ ንምሕታት ካርድ ምርኣይ።
    }

bank-stay-in-assembly =
    { $gender ->
        [female] { $name } ኣድላዪ እንተኾይኑ መከላኸሊ እዝኒ ({ EN("ear defenders") }) ብምጥቃም፣ ን{ $minutes } ደቒቕ ናይ ሓባራዊ ኣኼባ ቤት ትምህርቲ ({ EN("assembly") }) ኣብ ኣዳራሽ ክትጸንሕ እያ።
        [male] { $name } ኣድላዪ እንተኾይኑ መከላኸሊ እዝኒ ({ EN("ear defenders") }) ብምጥቃም፣ ን{ $minutes } ደቒቕ ናይ ሓባራዊ ኣኼባ ቤት ትምህርቲ ({ EN("assembly") }) ኣብ ኣዳራሽ ክጸንሕ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣድላዪ እንተኾይኑ መከላኸሊ እዝኒ ({ EN("ear defenders") }) ብምጥቃም፣ ን{ $minutes } ደቒቕ ናይ ሓባራዊ ኣኼባ ቤት ትምህርቲ ({ EN("assembly") }) ኣብ ኣዳራሽ ምጽናሕ።
    }

bank-fine-motor-group = ጉጅለ ንኣሽቱ ምንቅስቓሳት ኢድ ({ EN("fine motor group") })፥ ኣእዳው ንምሕያል ሓጸርቲ ንጥፈታት፣ ከም ፈትሊ ምእታው፣ መቖንጠጢታት ክዳን ከምኡ'ውን { EN("dough disco") } (ምስ ሙዚቃ ሊጥ ምጭማቕን ምንካብን)

bank-therapy-exercise-programme = ካብ ክኢላ ሕክምና ዕለታዊ ንጥፈታት ወይ ክኢላ ፊዚዮቴራፒ ዝመጸ መደብ ልምምድ፣ ምስ ሓጋዚ መምህር ዝግበር

bank-radio-aid = መሳርሒ ሬድዮ ({ EN("radio aid") })፥ መምህር ንእሽቶ ማይክሮፎን ይገብር፣ እቲ ማይክሮፎን ድማ ድምጺ መምህር ብቐጥታ ናብ መሳርሒ ምስማዕ ናይ { $name } ይሰድድ

bank-seat-near-the-front = ኣብ ቅድሚት ዘሎ፣ ናብ መምህር ዝጥምት፣ ጽቡቕ ብርሃን ዘለዎን ካብ ጫውጫው ዝረሓቐን መቐመጢ

bank-large-print-materials = ብምኽሪ ኣገልግሎት ደገፍ ምስማዕን ምርኣይን ዝተዳለዉ፣ ብዓበይቲ ፊደላትን ብንጹር ፍልልይ ሕብሪን ዝተሓትሙ ወረቐቲ ስራሕን መጻሕፍትን

bank-sensory-circuit = ዑደት ህዋሳት ({ EN("sensory circuit") })፥ ን{ $name } ንህድኣትን ንትምህርቲ ድሉውነትን ዝሕግዝ፣ ኩሉ ንግሆ ዝግበር ሓጺር ተኸታታሊ ንጥፈታት ምንቅስቓስ

bank-movement-breaks = ዝተመደበ ዕረፍቲ ምንቅስቓስ፥ ኣብ ግዜ ትምህርቲ ሓጸርቲ ዕዮታት ወይ ልምምዳት፣ ንኣብነት መልእኽቲ ናብ ቤት ጽሕፈት ምብጻሕ

bank-ear-defenders-and-quiet-place = መከላኸሊ እዝኒ ({ EN("ear defenders") })፣ ከምኡ'ውን ክፍሊ ኣዝዩ ጫውጫው ኣብ ዝኸውነሉ ግዜ ዝኽደሉ ህዱእ ቦታ

bank-finger-games-at-home = ንኣሽቱ ምንቅስቓሳት ኣጻብዕ ዝሓትቱ ጸወታታት ተጻወቱ፣ ከም ዕንቊ ኣብ ፈትሊ ምእታው፣ ብንኣሽቱ ጡባት ምህናጽ ወይ ዝተሓጽበ ክዳን ብመቖንጠጢ ምስቃል።

bank-dressing-practice = ንግሆ ን{ $name } ብዘይ ሓገዝ ንምኽዳን ግዜ ሃቡ፣ ኣብቲ ዝኸበደ ክፋል ጥራይ ሓግዙ።

bank-check-hearing-aids-daily = ቅድሚ ቤት ትምህርቲ መሳርሒ ምስማዕ ይሰርሕ ምህላዉ ኣረጋግጹ፣ ኣብ ቦርሳ ቤት ትምህርቲ ድማ ተወሳኺ ባተሪ ኣእትዉ።

bank-active-play-at-the-park = ብሓባር ናብ መናፈሻ ኪዱ፣ ኣብ መደየቢ፣ ኣብ መወዛወዚ ከምኡ'ውን ሚዛን ኣብ ዝሓትት ዝኾነ ነገር ተጻወቱ።

bank-therapist-checks-goals = ክኢላ ሕክምና ዕለታዊ ንጥፈታት ወይ ክኢላ ፊዚዮቴራፒ ኣብ ነፍሲ ወከፍ ምብጻሑ፣ ምስቲ ዘቐመጦ ዕላማታት ብምንጽጻር ምዕባለ ይፍትሽ።

bank-time-taken-recorded-weekly = ሓደ ዕማም ዝወስዶ ግዜ፣ ከም ንስፖርት ክዳን ምቕያር፣ ከም ዝሓጽር ንምርኣይ ኣብ ነፍሲ ወከፍ ሰሙን ይጽሓፍ።

bank-specialist-teacher-report = ካብ ኣገልግሎት ደገፍ ምስማዕን ምርኣይን ዝመጸ ክኢላ መምህር ኣብ ነፍሲ ወከፍ ፍርቂ ተርም ሓደ ክፍለ-ግዜ ይዕዘብ፣ ሓጺር ጸብጻብ ድማ ይጽሕፍ።

bank-need-fine-motor-skills = ን{ $name } ኣጻሕፋ፣ ምቑራጽን ንኣሽቱን ጥንቁቓትን ምንቅስቓሳት ኢድ ዝሓትቱ ካልኦት ዕማማትን ከቢድ እዩ።

bank-check-own-hearing-aids =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኩሉ ንግሆ ምስ ዓቢ ሰብ ናታ መሳርሒ ምስማዕ ብምፍታሽ፣ ድምጹ ቅኑዕ ምዃኑ ክትነግር እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኩሉ ንግሆ ምስ ዓቢ ሰብ ናቱ መሳርሒ ምስማዕ ብምፍታሽ፣ ድምጹ ቅኑዕ ምዃኑ ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኩሉ ንግሆ ምስ ዓቢ ሰብ መሳርሒ ምስማዕ ብምፍታሽ፣ ድምጹ ቅኑዕ ምዃኑ ምንጋር።
    }

bank-hand-over-radio-aid =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ብዘይ መዘኻኸሪ፣ ኣብ መጀመርታ ክፍለ-ግዜ ማይክሮፎን መሳርሒ ሬድዮ ንመምህር ክትህብ እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ብዘይ መዘኻኸሪ፣ ኣብ መጀመርታ ክፍለ-ግዜ ማይክሮፎን መሳርሒ ሬድዮ ንመምህር ክህብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ብዘይ መዘኻኸሪ፣ ኣብ መጀመርታ ክፍለ-ግዜ ማይክሮፎን መሳርሒ ሬድዮ ንመምህር ምሃብ።
    }

bank-read-braille-words =
    { $gender ->
        [female] { $name } ብፊደል ብሬል ({ EN("braille") })፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ከተንብብ እያ።
        [male] { $name } ብፊደል ብሬል ({ EN("braille") })፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ከንብብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብፊደል ብሬል ({ EN("braille") })፣ ካብ { $total ->
            [one] { $total } ቃል
           *[other] { $total } ቃላት
        } { $count } ብትኽክል ምንባብ።
    }

bank-walk-with-walking-aid =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ካብ ክፍሊ ናብ ኣዳራሽን ንድሕሪትን ንምኻድ መሕገዚ ምኻድ ክትጥቀም እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ካብ ክፍሊ ናብ ኣዳራሽን ንድሕሪትን ንምኻድ መሕገዚ ምኻድ ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ዓቢ ሰብ ኣብ ቀረባ ከሎ፣ ካብ ክፍሊ ናብ ኣዳራሽን ንድሕሪትን ንምኻድ መሕገዚ ምኻድ ምጥቃም።
    }

bank-ask-for-rest-or-change-of-position =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ዕረፍቲ ወይ ምቕያር ኣቀማምጣ ምስ ዘድለያ፣ ንዓቢ ሰብ ክትነግር እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ዕረፍቲ ወይ ምቕያር ኣቀማምጣ ምስ ዘድለዮ፣ ንዓቢ ሰብ ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ዕረፍቲ ወይ ምቕያር ኣቀማምጣ ኣብ ዘድልየሉ ግዜ፣ ንዓቢ ሰብ ምንጋር።
    }

bank-use-stairs-safely =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኣብ ነፍሲ ወከፍ ብረኽ ሓደ እግሪ ብምቕማጥን መትሓዚ ብምሓዝን፣ ብሰላም ኣብ መሳልል ክትድይብን ክትወርድን እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኣብ ነፍሲ ወከፍ ብረኽ ሓደ እግሪ ብምቕማጥን መትሓዚ ብምሓዝን፣ ብሰላም ኣብ መሳልል ክድይብን ክወርድን እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኣብ ነፍሲ ወከፍ ብረኽ ሓደ እግሪ ብምቕማጥን መትሓዚ ብምሓዝን፣ ብሰላም ኣብ መሳልል ምድያብን ምውራድን።
    }

bank-catch-a-ball =
    { $gender ->
        [female] { $name } ካብ { $steps ->
            [one] { $steps } ስጉምቲ
           *[other] { $steps } ስጉምትታት
        } ርሕቀት ቀስ ኢሉ ዝተደርበየ ዓቢ ኩዕሶ፣ ካብ { $of ->
            [one] { $of } ምድርባይ
           *[other] { $of } ምድርባያት
        } ኣብ { $times } ክትቕልብ እያ።
        [male] { $name } ካብ { $steps ->
            [one] { $steps } ስጉምቲ
           *[other] { $steps } ስጉምትታት
        } ርሕቀት ቀስ ኢሉ ዝተደርበየ ዓቢ ኩዕሶ፣ ካብ { $of ->
            [one] { $of } ምድርባይ
           *[other] { $of } ምድርባያት
        } ኣብ { $times } ክቕልብ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $steps ->
            [one] { $steps } ስጉምቲ
           *[other] { $steps } ስጉምትታት
        } ርሕቀት ቀስ ኢሉ ዝተደርበየ ዓቢ ኩዕሶ፣ ካብ { $of ->
            [one] { $of } ምድርባይ
           *[other] { $of } ምድርባያት
        } ኣብ { $times } ምቕላብ።
    }

bank-hop-on-each-foot =
    { $gender ->
        [female] { $name } ከይወደቐት፣ ብነፍሲ ወከፍ እግሪ { $times } ግዜ ክትነጥር እያ።
        [male] { $name } ከይወደቐ፣ ብነፍሲ ወከፍ እግሪ { $times } ግዜ ክነጥር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብዘይ ምውዳቕ፣ ብነፍሲ ወከፍ እግሪ { $times } ግዜ ምንጣር።
    }

bank-do-up-buttons =
    { $gender ->
        [female] { $name } ብዘይ ሓገዝ፣ ኣብ ካምችሻ ወይ ማልያ { $count ->
            [one] { $count } መልጎም
           *[other] { $count } መልጎማት
        } ክትዓጹ እያ።
        [male] { $name } ብዘይ ሓገዝ፣ ኣብ ካምችሻ ወይ ማልያ { $count ->
            [one] { $count } መልጎም
           *[other] { $count } መልጎማት
        } ክዓጹ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብዘይ ሓገዝ፣ ኣብ ካምችሻ ወይ ማልያ { $count ->
            [one] { $count } መልጎም
           *[other] { $count } መልጎማት
        } ምዕጻው።
    }

bank-type-words-per-minute =
    { $gender ->
        [female] { $name } ክልቲኡ ኣእዳው ብምጥቃም፣ ኣብ ሓደ ደቒቕ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ብኪቦርድ ክትጽሕፍ እያ።
        [male] { $name } ክልቲኡ ኣእዳው ብምጥቃም፣ ኣብ ሓደ ደቒቕ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ብኪቦርድ ክጽሕፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ክልቲኡ ኣእዳው ብምጥቃም፣ ኣብ ሓደ ደቒቕ { $words ->
            [one] { $words } ቃል
           *[other] { $words } ቃላት
        } ብኪቦርድ ምጽሓፍ።
    }

bank-use-knife-and-fork =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኣብ ግዜ ምሳሕ ልሙዕ መግቢ ንምቑራጽ ካራን ፋርኬታን ክትጥቀም እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኣብ ግዜ ምሳሕ ልሙዕ መግቢ ንምቑራጽ ካራን ፋርኬታን ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ኣብ ግዜ ምሳሕ ልሙዕ መግቢ ንምቑራጽ ካራን ፋርኬታን ምጥቃም።
    }

bank-open-lunch-items =
    { $gender ->
        [female] { $name } ብዘይ ሓገዝ፣ ኣብቲ ካብ ገዛ ዝመጸ ምሳሕ ካብ ዘለዉ { $total ->
            [one] { $total } ፓኮ ወይ ዕትሮ
           *[other] { $total } ፓኮታትን ዕትሮታትን
        } { $count } ክትከፍት እያ።
        [male] { $name } ብዘይ ሓገዝ፣ ኣብቲ ካብ ገዛ ዝመጸ ምሳሕ ካብ ዘለዉ { $total ->
            [one] { $total } ፓኮ ወይ ዕትሮ
           *[other] { $total } ፓኮታትን ዕትሮታትን
        } { $count } ክኸፍት እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብዘይ ሓገዝ፣ ኣብቲ ካብ ገዛ ዝመጸ ምሳሕ ካብ ዘለዉ { $total ->
            [one] { $total } ፓኮ ወይ ዕትሮ
           *[other] { $total } ፓኮታትን ዕትሮታትን
        } { $count } ምኽፋት።
    }

bank-try-new-foods =
    { $gender ->
        [female] { $name } ኣብ ነፍሲ ወከፍ ፍርቂ ተርም፣ ኣብ ግዜ ምሳሕ፣ ነፍሲ ወከፍ ብምርኣይ፣ ብምትንካፍ፣ ብምሽታት ወይ ብምጥዓም፣ { $count ->
            [one] { $count } ሓድሽ መግቢ
           *[other] { $count } ሓደስቲ መግብታት
        } ክትፍትን እያ።
        [male] { $name } ኣብ ነፍሲ ወከፍ ፍርቂ ተርም፣ ኣብ ግዜ ምሳሕ፣ ነፍሲ ወከፍ ብምርኣይ፣ ብምትንካፍ፣ ብምሽታት ወይ ብምጥዓም፣ { $count ->
            [one] { $count } ሓድሽ መግቢ
           *[other] { $count } ሓደስቲ መግብታት
        } ክፍትን እዩ።
       *[other] ናይ { $name } ዕላማ፥ ኣብ ነፍሲ ወከፍ ፍርቂ ተርም፣ ኣብ ግዜ ምሳሕ፣ ነፍሲ ወከፍ ብምርኣይ፣ ብምትንካፍ፣ ብምሽታት ወይ ብምጥዓም፣ { $count ->
            [one] { $count } ሓድሽ መግቢ
           *[other] { $count } ሓደስቲ መግብታት
        } ምፍታን።
    }

bank-join-messy-play =
    { $gender ->
        [female] { $name } ድሌት እንተሃልዩ ጓንቲ ብምግባር፣ ን{ $minutes } ደቒቕ ኣብ ዘላኽይ ንጥፈት፣ ከም ቀለም ምቕባእ ወይ ምብሳል፣ ክትሳተፍ እያ።
        [male] { $name } ድሌት እንተሃልዩ ጓንቲ ብምግባር፣ ን{ $minutes } ደቒቕ ኣብ ዘላኽይ ንጥፈት፣ ከም ቀለም ምቕባእ ወይ ምብሳል፣ ክሳተፍ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ድሌት እንተሃልዩ ጓንቲ ብምግባር፣ ን{ $minutes } ደቒቕ ኣብ ዘላኽይ ንጥፈት፣ ከም ቀለም ምቕባእ ወይ ምብሳል፣ ምስታፍ።
    }

bank-use-sensory-tools =
    { $gender ->
        [female] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ርጉእ ንምጽናሕ፣ ካብ ናታ መሳርሒ ህዋሳት ({ EN("sensory kit") }) ሓደ ነገር፣ ከም ዝወዛወዝ መቐመጢ ወይ ብኢድ ዝጻወትሉ ነገር፣ ክትጥቀም እያ።
        [male] { $name } ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ርጉእ ንምጽናሕ፣ ካብ ናቱ መሳርሒ ህዋሳት ({ EN("sensory kit") }) ሓደ ነገር፣ ከም ዝወዛወዝ መቐመጢ ወይ ብኢድ ዝጻወትሉ ነገር፣ ክጥቀም እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of ->
            [one] { $of } ክፍለ-ግዜ
           *[other] { $of } ክፍለ-ግዜታት
        } ኣብ { $times }፣ ርጉእ ንምጽናሕ፣ ካብ መሳርሒ ህዋሳት ({ EN("sensory kit") }) ሓደ ነገር፣ ከም ዝወዛወዝ መቐመጢ ወይ ብኢድ ዝጻወትሉ ነገር፣ ምጥቃም።
    }

bank-know-signs-of-feeling-unwell =
    { $gender ->
        [female] { $name } ብሰንኪ ኩነታት ጥዕና ሓገዝ ከም ዘድለያ ዘርእዩ { $count ->
            [one] { $count } ምልክት
           *[other] { $count } ምልክታት
        }፣ ከም ምንቅጥቃጥ ወይ ሕጽረት ትንፋስ፣ ብስም ብምጽዋዕ፣ ንመን ዓቢ ሰብ ክንገር ከም ዘለዎ ክትነግር እያ።
        [male] { $name } ብሰንኪ ኩነታት ጥዕና ሓገዝ ከም ዘድለዮ ዘርእዩ { $count ->
            [one] { $count } ምልክት
           *[other] { $count } ምልክታት
        }፣ ከም ምንቅጥቃጥ ወይ ሕጽረት ትንፋስ፣ ብስም ብምጽዋዕ፣ ንመን ዓቢ ሰብ ክንገር ከም ዘለዎ ክነግር እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብሰንኪ ኩነታት ጥዕና ሓገዝ ከም ዘድሊ ዘርእዩ { $count ->
            [one] { $count } ምልክት
           *[other] { $count } ምልክታት
        }፣ ከም ምንቅጥቃጥ ወይ ሕጽረት ትንፋስ፣ ብስም ብምጽዋዕ፣ ንመን ዓቢ ሰብ ክንገር ከም ዘለዎ ምንጋር።
    }

bank-help-with-own-medical-care =
    { $gender ->
        [female] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ዓቢ ሰብ እናተዓዘበ፣ ኣብ ናታ ሕክምናዊ ክንክን፣ ከም ደረጃ ሽኮር ኣብ ደም ምፍታሽ፣ ክትሕግዝ እያ።
        [male] { $name } ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ዓቢ ሰብ እናተዓዘበ፣ ኣብ ናቱ ሕክምናዊ ክንክን፣ ከም ደረጃ ሽኮር ኣብ ደም ምፍታሽ፣ ክሕግዝ እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } መዓልቲ ኣብ { $days } መዓልቲ፣ ዓቢ ሰብ እናተዓዘበ፣ ኣብ ሕክምናዊ ክንክን፣ ከም ደረጃ ሽኮር ኣብ ደም ምፍታሽ፣ ምሕጋዝ።
    }

bank-ask-for-toilet-in-time =
    { $gender ->
        [female] { $name } ብቓላት ወይ ብካርድ፣ ኣብ ሰሙን ብዝበዝሐ { $count ->
            [one] { $count } ሓደጋ
           *[other] { $count } ሓደጋታት
        } ጥራይ፣ ብግዜኡ ናብ ሽቓቕ ንምኻድ ክትሓትት እያ።
        [male] { $name } ብቓላት ወይ ብካርድ፣ ኣብ ሰሙን ብዝበዝሐ { $count ->
            [one] { $count } ሓደጋ
           *[other] { $count } ሓደጋታት
        } ጥራይ፣ ብግዜኡ ናብ ሽቓቕ ንምኻድ ክሓትት እዩ።
       *[other] ናይ { $name } ዕላማ፥ ብቓላት ወይ ብካርድ፣ ኣብ ሰሙን ብዝበዝሐ { $count ->
            [one] { $count } ሓደጋ
           *[other] { $count } ሓደጋታት
        } ጥራይ፣ ብግዜኡ ናብ ሽቓቕ ንምኻድ ምሕታት።
    }

bank-wash-hands-after-toilet =
    { $gender ->
        [female] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ድሕሪ ሽቓቕ ምጥቃም፣ ብዘይ መዘኻኸሪ፣ ኣእዳው ክትሓጽብን ከተንቅጽን እያ።
        [male] { $name } ካብ { $of } ግዜ { $times } ግዜ፣ ድሕሪ ሽቓቕ ምጥቃም፣ ብዘይ መዘኻኸሪ፣ ኣእዳው ክሓጽብን ከንቅጽን እዩ።
       *[other] ናይ { $name } ዕላማ፥ ካብ { $of } ግዜ { $times } ግዜ፣ ድሕሪ ሽቓቕ ምጥቃም፣ ብዘይ መዘኻኸሪ፣ ኣእዳው ምሕጻብን ምንቃጽን።
    }

bank-deaf-friendly-teaching = ጸገም ምስማዕ ንዘለዎም ዝምችእ ምምሃር፥ መምህር ክዛረብ ከሎ ናብ ክፍሊ ይጥምት፣ ቀንዲ ቃላት ኣብ ሰሌዳ ይጽሓፉ፣ ቪድዮታት ድማ ጽሑፍ ትርጉም ({ EN("subtitles") }) ኣለዎም

bank-braille-teaching = ምስ ክኢላ መምህር ትምህርቲ ብሬል፣ ከምኡ'ውን ቅድሚ ነፍሲ ወከፍ ክፍለ-ግዜ ብብሬል ዝተዳለወ ስራሕ ክፍሊ

bank-mobility-training = ብውሕስነትን ብዘይ ሓገዝን ኣብ ቤት ትምህርቲ ምንቅስቓስን መገዲ ምርካብን ንምምሃር፣ ካብ ክኢላ ዝወሃብ ስልጠና ምንቅስቓስ

bank-sloped-board-and-pencil-grip = ጽሕፈት ዝቐለለን ዝምችእን ንምግባር፣ ዝዘንበለ ሰሌዳ ጽሕፈትን ናይ ጎማ መትሓዚ ርሳስን

bank-typing-for-longer-writing = ንነዋሕቲ ጽሑፋት ላፕቶፕ ወይ ታብለት፣ ኣብ ነፍሲ ወከፍ ሰሙን ድማ ልምምድ ምጽሓፍ ብኪቦርድ

bank-moving-and-handling-plan = ምስ ክኢላ ፊዚዮቴራፒ ዝተጻሕፈ መደብ ምልዓልን ምንቅስቓስን ({ EN("moving and handling plan") })፥ ብውሕስነት ንምልዓል፣ ንምንቅሳቕን ኣቀማምጣ ንምቕያርን፣ ብዝሰልጠኑ ሰራሕተኛታት ዝትግበር

bank-gross-motor-group = ጉጅለ ምንቅስቓስ፥ ሓይልን ምትእስሳር ምንቅስቓስን ንምህናጽ፣ ሓጸርቲ ክፍለ-ግዜታት ጸወታታት ሚዛን ምሓዝ፣ ምዝላል፣ ምድርባይን ምቕላብን

bank-sensory-diet = { EN("Sensory diet") }፥ ብክኢላ ሕክምና ዕለታዊ ንጥፈታት ዝተወሰኑ፣ ኣብ ምሉእ መዓልቲ ዝተመደቡ ንጥፈታት፣ ከም ምጽዋር፣ ምድፋእ ወይ ህዱእ ግዜ፣ ንህድኣትን ንቕሓትን ናይ { $name } ዝሕግዙ

bank-sensory-tool-kit = መሳርሒ ህዋሳት ({ EN("sensory kit") })፥ ከም ዝወዛወዝ መቐመጢ፣ ብኢድ ዝጻወትሉ ነገርን ንምሕያኽ ውሑስ ዝኾነ ነገርን ዝኣመሰሉ፣ ኣብ ክፍለ-ግዜታት ናይ { $name } ርግኣት ዝሕግዙ ነገራት

bank-individual-health-care-plan = ውልቃዊ መደብ ክንክን ጥዕና ({ EN("individual health care plan") })፥ ምስ ስድራን ነርስ ቤት ትምህርትን ዝተጻሕፈ፣ ሰራሕተኛታት ኩሉ መዓልትን ኣብ ህጹጽ ኩነታትን እንታይ ከም ዝገብሩ ዝገልጽ

bank-staff-medical-training = መድሃኒት ንምሃብን ኣብቲ ሕክምናዊ ኩነታት ንምሕጋዝን ዝሰልጠኑ ሰራሕተኛታት፣ ንኣብነት ኣብ ምጥቃም መስተንፈሲ ({ EN("inhaler") }) ወይ መርፍእ ኣድረናሊን

bank-intimate-care-plan = ምስ ስድራ ዝተሰማምዕሉ መደብ ውልቃዊ ክንክን ({ EN("intimate care plan") })፥ ብስም ዝተፈልጡ ሰራሕተኛታት ዘካይድዎ፣ ንሽቓቕን ክዳን ምቕያርን ዝኸውን ብሕታውን ዝተመደበን ልሙድ

bank-toilet-timetable = ኣብ መዓልቲ ኣብ ዝተወሰኑ ሰዓታት ናብ ሽቓቕ ንምኻድ መዘኻኸሪታት፣ ከምኡ'ውን ኣብ ዝኾነ ግዜ ንምሕታት ካርድ

bank-lunchtime-eating-support = ሓገዝ ኣብ ግዜ ምሳሕ፥ ንምብላዕ ዝያዳ ህዱእ ቦታ፣ ኣድላዪ እንተኾይኑ ዝተቖርጸ መግቢ፣ ከምኡ'ውን ሓደስቲ መግብታት ንምፍታን ዘተባብዕ ዓቢ ሰብ

bank-throw-and-catch = ብዓቢን ልሙዕን ኩዕሶ ምድርባይን ምቕላብን ተጻወቱ፣ እናቐለለ ምስ ከደ ድማ ዝያዳ ተራሓሒቕኩም ደው በሉ።

bank-help-in-the-kitchen = ኣብ ክሽነ ምሕዋስ፣ ምኽዓው፣ ምልካይን ልሙዕ መግቢ ምቑራጽን ዝኣመሰለ ዕዮ ን{ $name } ሃቡ።

bank-new-food-next-to-favourite = ብዘይ ጸቕጢ፣ ንእሽቶ መጠን ሓድሽ መግቢ ኣብ ጥቓ ዝፍቶ መግቢ ኣቐምጡ፣ ምርኣይ፣ ምትንካፍ ወይ ምጥዓም ድማ ንኣዱ።

bank-toilet-routine-at-home = ኣብ ገዛ ስሩዕ ልሙድ ሽቓቕ ሓልዉ፣ ንኣብነት ድሕሪ መግቢ፣ ከምቲ ቤት ትምህርቲ ዝጥቀመሉ ሓደ ዓይነት ቃላትን ስእልታትን ብምጥቃም።

bank-therapy-exercises-at-home = ካብ ክኢላ ፊዚዮቴራፒ ወይ ክኢላ ሕክምና ዕለታዊ ንጥፈታት ዝመጹ ልምምዳት ኣብ ሰሙን ገለ ግዜ ብሓባር ግበሩ።

bank-update-school-on-health = ብዛዕባ ዝኾነ ለውጢ ጥዕና ወይ መድሃኒት ንቤት ትምህርቲ ንገሩ፣ ኣብ ቤት ትምህርቲ ዝተቐመጡ መድሃኒታት ግዜኦም ዘይሓለፈ ምዃኖም ድማ ኣረጋግጹ።

bank-glasses-every-day = ናይ { $name } መነጽር ኩሉ መዓልቲ ጽሩይ ምዃኑን ናብ ቤት ትምህርቲ ተገይሩ ምኻዱን ኣረጋግጹ።

bank-hearing-aid-check-log = ናይ ንግሆ ምፍታሽ መሳርሒ ምስማዕ፣ ምስ ዝኾነ ጸገም፣ ኩሉ መዓልቲ ይጽሓፍ፣ ኣብ ነፍሲ ወከፍ ሰሙን ድማ ይርአ።

bank-toileting-chart = ሰንጠረዥ ሽቓቕ፥ ደረቕ ግዜታትን ሓደጋታትን ኩሉ መዓልቲ ይምዝገቡ፣ ኣብ ነፍሲ ወከፍ ሰሙን ድማ ይርኣዩ።

bank-foods-tried-record = ሰራሕተኛታት ግዜ ምሳሕ ብ{ $name } ዝተፈተኑ መግብታት ይምዝግቡ።

bank-movement-skills-check = ኣብ መጀመርታን ኣብ መወዳእታን መደብ፣ ክእለታት ምንቅስቓስ፣ ከም ሚዛን ምሓዝ፣ ብሓደ እግሪ ምንጣርን ምቕላብን፣ ብሓጺሩ ይፍተሹ።

bank-medical-log = ዝተዋህቡ መድሃኒታትን ን{ $name } ሕማም ዘጋጠመሉ ግዜታትን ዝምዝገበሉ መዝገብ፣ ኣብ ነፍሲ ወከፍ ፍርቂ ተርም ምስ ስድራን ነርስ ቤት ትምህርትን ዝርአ።

## Any area

bank-strength-kind-and-helpful =
    { $gender ->
        [female] { $name } ሕያወይቲ እያ፣ ንዓበይትን ንኻልኦት ቆልዑን ምሕጋዝ ድማ ትፈቱ።
        [male] { $name } ሕያዋይ እዩ፣ ንዓበይትን ንኻልኦት ቆልዑን ምሕጋዝ ድማ ይፈቱ።
       *[other] ናይ { $name } ጥንካረ፥ ሕያውነትን ንዓበይትን ንኻልኦት ቆልዑን ምሕጋዝ ምፍታውን።
    }

bank-strength-creative =
    { $gender ->
        [female] { $name } ፈጠራዊት እያ፣ ምስኣል፣ ምስራሕን ነገራት ምህናጽን ድማ የሐጕሳ።
        [male] { $name } ፈጠራዊ እዩ፣ ምስኣል፣ ምስራሕን ነገራት ምህናጽን ድማ የሐጕሶ።
       *[other] ናይ { $name } ጥንካረ፥ ፈጠራ፣ ከምኡ'ውን ምስኣል፣ ምስራሕን ነገራት ምህናጽን ምፍታው።
    }

bank-strength-keeps-trying =
    { $gender ->
        [female] { $name } ሓደ ዕማም ከቢድ እንተኾነ'ውን፣ ምፍታን ኣተቋርጽን።
        [male] { $name } ሓደ ዕማም ከቢድ እንተኾነ'ውን፣ ምፍታን ኣየቋርጽን።
       *[other] ናይ { $name } ጥንካረ፥ ሓደ ዕማም ከቢድ እንተኾነ'ውን፣ ምፍታን ዘይምቁራጽ።
    }

bank-pupil-views-before-review = ቅድሚ ነፍሲ ወከፍ ገምጋም፣ ብዛዕባ እንታይ ጽቡቕ ይኸይድ ከም ዘሎን እንታይ ከቢድ ከም ዝኾነን ናይ { $name } ርእይቶ ይሕተት፣ መልስታት ድማ ይጽሓፉ።

bank-termly-review-meeting = ዕላማታት ብሓባር ንምርኣይን ዝቕጽሉ ስጉምትታት ንምስምማዕን፣ ኣብ ነፍሲ ወከፍ ተርም ምስ ስድራ ዝግበር ኣኼባ።

## Assessments

bank-reading-and-spelling-assessment = ገምጋም ንባብን ኣጻሕፋ ቃላትን

bank-maths-assessment = ዝያዳ ልምምድ ዘድልዮም ክእለታት ቁጽሪ ንምፍላጥ፣ ገምጋም ሒሳብ

bank-dyslexia-screening = መርመራ ዲስሌክስያ ({ EN("dyslexia screening") })፥ ክእለታት ንባብ፣ ኣጻሕፋን ምዝካርን ዝፍትሽ ሓጺር መርመራ

bank-educational-psychologist-assessment = ብክኢላ ትምህርታዊ ስነ-ኣእምሮ ({ EN("educational psychologist") }) ዝግበር ገምጋም

bank-speech-and-language-assessment = ብክኢላ ሕክምና ዘረባን ቋንቋን ዝግበር ገምጋም

bank-autism-assessment-referral = ንገምጋም ኦቲዝም ({ EN("autism") }) ናብ ከባቢያዊ ኣገልግሎት ጥዕና ዝግበር ሪፈራል

bank-mental-health-assessment = ብከባቢያዊ ኣገልግሎት ጥዕና ኣእምሮ ቆልዑን መንእሰያትን ({ EN("CAMHS") }) ዝግበር ገምጋም

bank-hearing-test-audiology = ብኣገልግሎት ምስማዕ ({ EN("audiology") }) ዝግበር መርመራ ምስማዕ

bank-eye-clinic-assessment = ኣብ ክሊኒክ ዓይኒ ናይ ሆስፒታል ዝግበር መርመራ ዓይኒ

bank-occupational-therapy-assessment = ብክኢላ ሕክምና ዕለታዊ ንጥፈታት ዝግበር ገምጋም ምንቅስቓስ፣ ኣጻሕፋን ርእስኻ ምክንኻንን

bank-specialist-teacher-learning-assessment = ብክኢላ መምህር ትምህርቲ ዝግበር ገምጋም ንባብ፣ ጽሕፈት፣ ሒሳብን ምዝካርን

bank-handwriting-speed-check = ተወሳኺ ግዜ ወይ ብኪቦርድ ምጽሓፍ ክሕግዝ ምዃኑ ንምርኣይ፣ ናይ ቅልጣፈ ኣጻሕፋ ምፍታሽ

bank-autism-outreach-observation = ብጉጅለ ደገፍ ኦቲዝም ({ EN("autism outreach team") }) ኣብ ክፍልን ኣብ ጸወታን ዝግበር ምዕዛብ፣ ንሰራሕተኛታት ምኽሪ ዘለዎ

bank-stammering-assessment = ምስ ዝተባተቡ ቆልዑ ብዝሰርሕ ክኢላ ሕክምና ዘረባን ቋንቋን ዝግበር ገምጋም

bank-adhd-assessment-referral = ንገምጋም { EN("ADHD") } (ጸገም ኣቓልቦን ልዕሊ ዓቐን ንጥፈትን) ናብ ከባቢያዊ ኣገልግሎት ጥዕና ዝግበር ሪፈራል

bank-behaviour-support-observation = ብኣገልግሎት ደገፍ ጠባይ ኣብ ክፍሊ ዝግበር ምዕዛብ፣ ንሰራሕተኛታት ምኽሪ ዘለዎ

bank-physiotherapy-assessment = ብክኢላ ፊዚዮቴራፒ ዝግበር ገምጋም ምንቅስቓስ፣ ሚዛንን ሓይልን

bank-functional-vision-assessment = ብክኢላ መምህር ቆልዑ ጸገም ምርኣይ ዘለዎም ዝግበር ገምጋም፥ ኣብ ክፍሊ ናይ { $name } ኣጠቓቕማ ምርኣይ

bank-paediatrician-referral = ናብ ሓኪም ቆልዑ ማሕበረሰብ ({ EN("community paediatrician") })፣ ጥዕናን ምዕባለን ዝፍትሽ ሓኪም ቆልዑ፣ ዝግበር ሪፈራል

bank-early-help-assessment = ገምጋም ብእዋኑ ዝወሃብ ሓገዝ ({ EN("early help assessment") })፥ እንታይ ደገፍ ከም ዘድሊ ንምስምማዕ ንስድራን ከባቢያዊ ኣገልግሎታትን ዘራኽብ

bank-ehc-needs-assessment = ናብ ከባቢያዊ ምምሕዳር ({ EN("local authority") }) ዝቐርብ ሕቶ ንገምጋም ድሌታት ትምህርቲ፣ ጥዕናን ክንክንን፣ ናብ መደብ ትምህርቲ፣ ጥዕናን ክንክንን ({ EN("EHC plan") }) ከብጽሕ ዝኽእል
