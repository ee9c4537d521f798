# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# As in iep.ftl, the family is addressed as આપ with polite requests (વાંચશો, કરશો), and the
# name takes no attached ending ("{ $name } સાથે", or the name as subject). Targets use the
# future tense (વાંચશે, લખશે), which does not change with gender, and તે / તેને / બાળક keep
# gender out, so $gender is left out. CLDR one covers 0 and 1, so [one] shows the number.

## Cognition and learning

bank-read-common-words =
    { $name } પોતાના શબ્દ-કાર્ડ પરના { $total } સામાન્ય શબ્દોમાંથી { $count ->
        [one] { $count } શબ્દ
       *[other] { $count } શબ્દો
    } વાંચશે. એક અઠવાડિયાના અંતરે બે વાર આ ચકાસવામાં આવશે.

bank-precision-teaching = { EN("Precision teaching") }: દરરોજ થોડી મિનિટ શબ્દ-કાર્ડ સાથે મહાવરો, એક વખતે થોડા શબ્દો

bank-words-read-checked-weekly = સાચા વંચાયેલા શબ્દો દર અઠવાડિયે નોંધવામાં આવે છે.

bank-read-card-words-at-bedtime =
    રાત્રે સૂતાં પહેલાં કાર્ડના { $count ->
        [one] { $count } શબ્દ
       *[other] { $count } શબ્દો
    } સાથે મળીને વાંચશો.

bank-write-sentences-about-picture =
    { $name } એક ચિત્ર વિશે { $count ->
        [one] { $count } વાક્ય
       *[other] { $count } વાક્યો
    } લખશે. દરેક વાક્યની શરૂઆતમાં અંગ્રેજીનો કેપિટલ અક્ષર ({ EN("capital letter") }) અને અંતે પૂર્ણવિરામ હશે.

bank-writing-group-sentence-frames = લખવા માટેનું એક નાનું જૂથ, જેમાં વાક્યના ઢાંચા વપરાય છે (વાક્યની શરૂઆત આપેલી હોય છે, અને તે પૂરું કરવાનું હોય છે)

bank-writing-samples-checked = તેના લખાણના નમૂના રાખવામાં આવે છે અને દર બે અઠવાડિયે ચકાસવામાં આવે છે.

bank-talk-about-picture = સાથે મળીને કોઈ ચિત્ર વિશે વાત કરશો, અને લખતાં પહેલાં એક વાક્ય મોટેથી બોલવામાં તેને મદદ કરશો.

bank-read-together-daily = કૃપા કરીને દરરોજ { $name } સાથે { $minutes } મિનિટ વાંચશો, અને વાંચનની નોંધપોથી ({ EN("reading record") }) પર સહી કરશો.

## Communication and interaction

bank-follow-two-step-instruction = { $name } આખા વર્ગને આપેલી બે પગલાંની સૂચનાનું, યાદ અપાવ્યા વગર, { $of }માંથી { $times } વાર પાલન કરશે.

bank-instructions-in-short-steps = સૂચનાઓ નાનાં-નાનાં પગલાંમાં આપવામાં આવે છે, અને દરેક પગલું બતાવવા માટે એક ચિત્ર હોય છે.

bank-tally-chart-weekly = ગણતરીનો ચાર્ટ ({ EN("tally chart") }), જે દર અઠવાડિયે ચકાસવામાં આવે છે

bank-two-step-instructions-at-home = ઘરે પણ બે પગલાંની સૂચનાઓ આપશો, અને બાળક સૂચના પાળે ત્યારે તેને શાબાશી આપશો.

## Social, emotional and mental health

bank-calm-card = { $name } બૂમો પાડવાને બદલે શાંતિ માટેનું કાર્ડ અને શાંતિનો ખૂણો વાપરશે, { $of }માંથી { $days } દિવસ.

bank-feelings-check-in = દરરોજ સવારે થોડી વાર બાળકના ખબરઅંતર પૂછવા, લાગણીઓના માપની મદદથી

bank-feelings-scale-at-home = ઘરે પણ લાગણીઓનું એ જ માપ વાપરશો, અને બાળક થોડી વાર આરામ માગે ત્યારે તેને શાબાશી આપશો.
