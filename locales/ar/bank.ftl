# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# The family is addressed in the plural (أنتم), as in iep.ftl. Where a sentence agrees with
# the child, [female] and [male] use the verb and pronoun forms; [other] uses a verbal noun
# ("سيكون بإمكان { $name } قراءة …") or the name, so no gender is shown.
# UK names of interventions and terms stay in English as { EN("...") }, with an Arabic explanation.

## Cognition and learning

bank-read-common-words =
    { $gender ->
        [female] ستتمكّن { $name } من قراءة { $count } من أصل { $total } من الكلمات الشائعة في بطاقة كلماتها.
        [male] سيتمكّن { $name } من قراءة { $count } من أصل { $total } من الكلمات الشائعة في بطاقة كلماته.
       *[other] سيكون بإمكان { $name } قراءة { $count } من أصل { $total } من الكلمات الشائعة في بطاقة الكلمات.
    } نتحقّق من ذلك مرتين يفصل بينهما أسبوع.

bank-precision-teaching = { EN("Precision teaching") }: تمرين قصير لبضع دقائق كل يوم على بطاقات الكلمات، ببضع كلمات في كل مرة

bank-words-read-checked-weekly = تُسجَّل كل أسبوع الكلمات التي قُرئت قراءة صحيحة.

bank-read-card-words-at-bedtime = اقرؤوا معًا قبل النوم { $count } من كلمات البطاقة.

bank-write-sentences-about-picture =
    { $gender ->
        [female] ستتمكّن { $name } من كتابة
        [male] سيتمكّن { $name } من كتابة
       *[other] سيكون بإمكان { $name } كتابة
    } { $count ->
        [zero] { $count } جملة
        [one] جملة واحدة
        [two] جملتين
        [few] { $count } جمل
        [many] { $count } جملةً
       *[other] { $count } جملة
    } عن صورة. تبدأ كل جملة بحرف إنجليزي كبير وتنتهي بنقطة.

bank-writing-group-sentence-frames = مجموعة صغيرة للكتابة تستخدم قوالب الجمل (بداية جملة جاهزة لإكمالها)

bank-writing-samples-checked =
    تُحفَظ نماذج من { $gender ->
        [female] كتابتها
        [male] كتابته
       *[other] كتابة { $name }
    }، وتُراجَع كل أسبوعين.

bank-talk-about-picture =
    تحدّثوا معًا عن صورة، { $gender ->
        [female] وساعدوها على أن تقول جملة بصوت عالٍ قبل أن تكتبها.
        [male] وساعدوه على أن يقول جملة بصوت عالٍ قبل أن يكتبها.
       *[other] وساعدوا { $name } على قول جملة بصوت عالٍ قبل كتابتها.
    }

bank-read-together-daily =
    يُرجى أن تقرؤوا مع { $name } كل يوم لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، وأن توقّعوا في سجلّ القراءة ({ EN("reading record") }).

bank-know-letter-sounds =
    { $gender ->
        [female] ستتمكّن { $name } من نطق
        [male] سيتمكّن { $name } من نطق
       *[other] سيكون بإمكان { $name } نطق
    } أصوات { $count } من أصل { $total } من الحروف ومجموعات الحروف التي دُرِّست حتى الآن في دروس أصوات الحروف ({ EN("phonics") }).

bank-blend-short-words =
    { $gender ->
        [female] ستتمكّن { $name } من قراءة
        [male] سيتمكّن { $name } من قراءة
       *[other] سيكون بإمكان { $name } قراءة
    } { $count } من أصل { $total } من الكلمات القصيرة قراءة صحيحة، مثل { EN("cat") } أو { EN("ship") }، بنطق أصوات كل كلمة ثم دمجها معًا.

bank-spell-list-words =
    { $gender ->
        [female] ستتمكّن { $name } من كتابة
        [male] سيتمكّن { $name } من كتابة
       *[other] سيكون بإمكان { $name } كتابة
    } { $count } من أصل { $total } من كلمات قائمة الإملاء كتابة صحيحة. نتحقّق من ذلك مرتين متتاليتين.

bank-read-page-few-mistakes =
    { $gender ->
        [female] ستتمكّن { $name } من قراءة صفحة من كتاب القراءة الخاص بها
        [male] سيتمكّن { $name } من قراءة صفحة من كتاب القراءة الخاص به
       *[other] سيكون بإمكان { $name } قراءة صفحة من كتاب القراءة
    } بصوت عالٍ، على ألّا يزيد عدد الأخطاء على { $count ->
        [zero] { $count } خطأ
        [one] خطأ واحد
        [two] خطأين
        [few] { $count } أخطاء
        [many] { $count } خطأً
       *[other] { $count } خطأ
    }.

bank-answer-questions-about-text =
    { $gender ->
        [female] ستتمكّن { $name } من الإجابة عن
        [male] سيتمكّن { $name } من الإجابة عن
       *[other] سيكون بإمكان { $name } الإجابة عن
    } { $count ->
        [zero] { $count } سؤال
        [one] سؤال واحد
        [two] سؤالين
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    } من أصل { $total } حول نص قصير، بعد قراءته مع أحد الكبار.

bank-number-bonds-to-ten =
    { $gender ->
        [female] ستتمكّن { $name } من الإجابة عن
        [male] سيتمكّن { $name } من الإجابة عن
       *[other] سيكون بإمكان { $name } الإجابة عن
    } { $count ->
        [zero] { $count } سؤال
        [one] سؤال واحد
        [two] سؤالين
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    } من أصل { $total } عن أزواج الأعداد التي مجموعها عشرة ({ EN("number bonds to ten") })، دون العدّ على الأصابع.

bank-count-objects-accurately =
    { $gender ->
        [female] ستتمكّن { $name } من عدّ
        [male] سيتمكّن { $name } من عدّ
       *[other] سيكون بإمكان { $name } عدّ
    } ما يصل إلى { $count ->
        [zero] { $count } شيء
        [one] شيء واحد
        [two] شيئين
        [few] { $count } أشياء
        [many] { $count } شيئًا
       *[other] { $count } شيء
    } عدًّا صحيحًا، بلمس كل شيء مرة واحدة، وقول آخر عدد على أنه المجموع.

bank-times-table-facts =
    { $gender ->
        [female] ستتمكّن { $name } من الإجابة إجابة صحيحة عن
        [male] سيتمكّن { $name } من الإجابة إجابة صحيحة عن
       *[other] سيكون بإمكان { $name } الإجابة إجابة صحيحة عن
    } { $count ->
        [zero] { $count } سؤال
        [one] سؤال واحد
        [two] سؤالين
        [few] { $count } أسئلة
        [many] { $count } سؤالًا
       *[other] { $count } سؤال
    } من أصل { $total } في جدول ضرب العدد { $table }، دون كتابة الجدول.

bank-finger-spaces =
    { $gender ->
        [female] ستتمكّن { $name } من ترك
        [male] سيتمكّن { $name } من ترك
       *[other] سيكون بإمكان { $name } ترك
    } مسافة بعرض إصبع بين الكلمات، في { $count } من أصل { $total } من الجمل المكتوبة في الفصل.

bank-form-letters-correctly =
    { $gender ->
        [female] ستتمكّن { $name } من كتابة
        [male] سيتمكّن { $name } من كتابة
       *[other] سيكون بإمكان { $name } كتابة
    } { $count } من أصل { $total } من الحروف الإنجليزية الصغيرة كتابة صحيحة، مع بدء كل حرف من المكان الصحيح.

bank-remember-list-in-order =
    { $gender ->
        [female] ستتمكّن { $name } من تذكّر
        [male] سيتمكّن { $name } من تذكّر
       *[other] سيكون بإمكان { $name } تذكّر
    } قائمة من { $count ->
        [zero] { $count } كلمة
        [one] كلمة واحدة
        [two] كلمتين
        [few] { $count } كلمات
        [many] { $count } كلمةً
       *[other] { $count } كلمة
    }، وإعادتها بالترتيب الصحيح.

bank-use-word-mat =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } لوحة الكلمات للتأكّد من كتابة الكلمات كتابة صحيحة، دون تذكير، في { $times } من أصل { $of } من مهام الكتابة.

bank-phonics-catch-up-group = مجموعة تقوية في أصوات الحروف ({ EN("phonics") }): جلسات قصيرة في مجموعة صغيرة، في معظم الأيام، للتدرّب على أصوات الحروف ودمجها لتكوين كلمات

bank-paired-reading = القراءة المشتركة ({ EN("paired reading") }): يقرأ أحد الكبار مع { $name } كتابًا بصوت عالٍ، ويساعد في أي كلمة صعبة

bank-multisensory-spelling = تعلّم الإملاء بالحواس: تُتعلَّم كل كلمة بقولها، ثم تتبّع حروفها بالإصبع، ثم كتابتها، ثم التحقّق منها

bank-maths-with-objects = الرياضيات بأشياء يمكن الإمساك بها وتحريكها، مثل أقراص العدّ والمكعّبات وخط الأعداد، حتى يرى الطفل الأعداد ويلمسها

bank-pre-teaching-topic-words = التعليم المسبق: تُعلَّم الكلمات الجديدة في موضوع الفصل في مجموعة صغيرة، مع صور، قبل الحصة

bank-word-mat-on-table = لوحة الكلمات على الطاولة: ورقة عليها كلمات مفيدة مكتوبة كتابة صحيحة، يُنظَر إليها أثناء الكتابة

bank-task-steps-checklist = تقسيم المهام إلى خطوات صغيرة، مع قائمة توضع فيها علامة عند إنهاء كل خطوة

bank-reading-comprehension-group = مجموعة لفهم المقروء: قراءة نصوص قصيرة في مجموعة صغيرة، والتحدّث عن معناها

bank-i-spy-letter-sounds = العبوا لعبة «أرى شيئًا» ({ EN("I spy") }) بأصوات الحروف، مثل: «أرى شيئًا يبدأ بصوت سسس».

bank-look-say-cover-write-check = تدرّبوا على كلمات قائمة الإملاء، بضع كلمات في كل مرة: انظروا إلى الكلمة، وقولوها، وغطّوها، واكتبوها، ثم تحقّقوا منها.

bank-count-everyday-things = عُدّوا الأشياء معًا في الحياة اليومية، مثل درجات السلّم، أو الملاعق على مائدة العشاء، أو السيارات الحمراء في الطريق إلى المدرسة.

bank-card-game-make-ten = العبوا معًا لعبة بأوراق اللعب: خذوا الدور بالتناوب في البحث عن ورقتين مجموعهما عشرة.

bank-letter-sounds-checked-half-termly = تُراجَع معرفة { $name } بأصوات الحروف في بداية الخطة، ثم كل نصف فصل دراسي.

bank-spelling-scores-charted = اختبار إملاء قصير كل أسبوع، وتُسجَّل الدرجات في جدول.

bank-running-record = سجلّ متابعة القراءة ({ EN("running record") }) كل أسبوعين: يستمع أحد الكبار إلى قراءة { $name }، ويسجّل كل كلمة قُرئت قراءة صحيحة.

bank-need-reading-and-spelling = يصعب على { $name } قراءة الكلمات الجديدة وكتابتها، وتذكّرها من يوم إلى آخر.

bank-strength-memory-for-stories =
    { $gender ->
        [female] تحبّ { $name } القصص، وتتذكّرها جيدًا، وتستمتع بروايتها للآخرين.
        [male] يحبّ { $name } القصص، ويتذكّرها جيدًا، ويستمتع بروايتها للآخرين.
       *[other] لدى { $name } حبّ كبير للقصص، وذاكرة جيدة لها، ومتعة في روايتها للآخرين.
    }

bank-read-longer-words =
    { $gender ->
        [female] ستتمكّن { $name } من قراءة
        [male] سيتمكّن { $name } من قراءة
       *[other] سيكون بإمكان { $name } قراءة
    } الكلمات الطويلة بتقسيمها إلى أجزاء، مثل { EN("rab-bit") } أو { EN("sun-set") }، على أن تكون قراءة { $count } من أصل { $total } من الكلمات صحيحة.

bank-spell-words-said-aloud =
    { $gender ->
        [female] ستتمكّن { $name } من تهجئة
        [male] سيتمكّن { $name } من تهجئة
       *[other] سيكون بإمكان { $name } تهجئة
    } كلمات قصيرة يقولها أحد الكبار بصوت عالٍ، مثل { EN("dog") } أو { EN("shop") }، بنطق أصواتها ثم كتابتها، على أن تكون { $count } من أصل { $total } من الكلمات مكتوبة كتابة صحيحة.

bank-use-spelling-rule =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } قاعدة الإملاء التي يجري تعلّمها، مثل إضافة { EN("ing") } أو { EN("ed") } إلى آخر الكلمة، في { $count } من أصل { $total } من الكلمات في اختبار الإملاء.

bank-read-words-per-minute =
    { $gender ->
        [female] ستتمكّن { $name } من قراءة
        [male] سيتمكّن { $name } من قراءة
       *[other] سيكون بإمكان { $name } قراءة
    } { $words ->
        [zero] { $words } كلمة
        [one] كلمة واحدة
        [two] كلمتين
        [few] { $words } كلمات
        [many] { $words } كلمةً
       *[other] { $words } كلمة
    } في الدقيقة قراءة صحيحة، من كتاب بالمستوى المناسب.

bank-retell-story-in-order =
    { $gender ->
        [female] ستتمكّن { $name } من إعادة رواية
        [male] سيتمكّن { $name } من إعادة رواية
       *[other] سيكون بإمكان { $name } إعادة رواية
    } قصة قُرئت للتوّ، بالترتيب الصحيح، مع ذكر { $count ->
        [zero] { $count } حدث رئيسي
        [one] حدث رئيسي واحد
        [two] حدثين رئيسيين
        [few] { $count } أحداث رئيسية
        [many] { $count } حدثًا رئيسيًا
       *[other] { $count } حدث رئيسي
    }.

bank-plan-writing-with-frame =
    { $gender ->
        [female] ستتمكّن { $name } من التخطيط
        [male] سيتمكّن { $name } من التخطيط
       *[other] سيكون بإمكان { $name } التخطيط
    } لنص قبل كتابته، على ورقة للتخطيط، وذلك بكتابة { $count ->
        [zero] { $count } فكرة
        [one] فكرة واحدة
        [two] فكرتين
        [few] { $count } أفكار
        [many] { $count } فكرةً
       *[other] { $count } فكرة
    } أو رسمها قبل البدء.

bank-check-own-writing =
    { $gender ->
        [female] ستتمكّن { $name } من إعادة قراءة ما كتبته بعد الانتهاء منه،
        [male] سيتمكّن { $name } من إعادة قراءة ما كتبه بعد الانتهاء منه،
       *[other] سيكون بإمكان { $name } إعادة قراءة النص المكتوب بعد الانتهاء منه،
    } وتصحيح { $count ->
        [zero] { $count } خطأ
        [one] خطأ واحد
        [two] خطأين
        [few] { $count } أخطاء
        [many] { $count } خطأً
       *[other] { $count } خطأ
    } على الأقل دون مساعدة.

bank-letters-on-the-line =
    { $gender ->
        [female] ستتمكّن { $name } من الكتابة
        [male] سيتمكّن { $name } من الكتابة
       *[other] سيكون بإمكان { $name } الكتابة
    } على السطر، مع كتابة الحروف الإنجليزية الطويلة والقصيرة بالحجم الصحيح، في { $count } من أصل { $total } من الجمل.

bank-add-and-take-away =
    { $gender ->
        [female] ستتمكّن { $name } من الجمع والطرح
        [male] سيتمكّن { $name } من الجمع والطرح
       *[other] سيكون بإمكان { $name } الجمع والطرح
    } بأعداد حتى { $limit }، والإجابة إجابة صحيحة عن { $count } من أصل { $total } من الأسئلة.

bank-tens-and-ones =
    { $gender ->
        [female] ستتمكّن { $name } من قول
        [male] سيتمكّن { $name } من قول
       *[other] سيكون بإمكان { $name } قول
    } عدد العشرات والآحاد في عدد من رقمين، في { $count } من أصل { $total } من الأعداد.

bank-tell-time-on-clock =
    { $gender ->
        [female] ستتمكّن { $name } من قراءة
        [male] سيتمكّن { $name } من قراءة
       *[other] سيكون بإمكان { $name } قراءة
    } الوقت على ساعة بعقارب، عند الساعة تمامًا وعند النصف (مثل «الثالثة» و«الثالثة والنصف»)، على أن تكون القراءة صحيحة في { $count } من أصل { $total } من الساعات.

bank-pay-with-coins =
    { $gender ->
        [female] ستتمكّن { $name } من اختيار
        [male] سيتمكّن { $name } من اختيار
       *[other] سيكون بإمكان { $name } اختيار
    } النقود المعدنية المناسبة لدفع ثمن شيء يصل سعره إلى { $pence ->
        [zero] { $pence } بنس
        [one] بنس واحد
        [two] بنسين
        [few] { $pence } بنسات
        [many] { $pence } بنسًا
       *[other] { $pence } بنس
    }، في { $count } من أصل { $total } من المحاولات.

bank-solve-word-problems =
    { $gender ->
        [female] ستتمكّن { $name } من حلّ
        [male] سيتمكّن { $name } من حلّ
       *[other] سيكون بإمكان { $name } حلّ
    } { $count } من أصل { $total } من المسائل الكلامية (مسائل رياضيات تُروى في شكل قصة قصيرة)، بالاستعانة برسم صورة أو باستخدام أشياء.

bank-work-alone-on-steps =
    { $gender ->
        [female] ستتمكّن { $name } من إنجاز
        [male] سيتمكّن { $name } من إنجاز
       *[other] سيكون بإمكان { $name } إنجاز
    } { $steps ->
        [zero] { $steps } خطوة
        [one] خطوة واحدة
        [two] خطوتين
        [few] { $steps } خطوات
        [many] { $steps } خطوةً
       *[other] { $steps } خطوة
    } من المهمة { $gender ->
        [female] وحدها
        [male] وحده
       *[other] دون مساعدة
    }، قبل الرجوع إلى أحد الكبار للتأكّد.

bank-use-task-board =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } لوحة المهام لمعرفة الخطوة التالية، دون سؤال أحد الكبار، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-bring-right-things =
    { $gender ->
        [female] ستتمكّن { $name } من إحضار
        [male] سيتمكّن { $name } من إحضار
       *[other] سيكون بإمكان { $name } إحضار
    } الأشياء المطلوبة إلى المدرسة، مثل كتاب القراءة وزجاجة الماء وملابس الرياضة، بالتحقّق منها في قائمة، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-finish-tasks-in-time =
    { $gender ->
        [female] ستتمكّن { $name } من إنهاء
        [male] سيتمكّن { $name } من إنهاء
       *[other] سيكون بإمكان { $name } إنهاء
    } { $count } من أصل { $total } من المهام في الوقت المحدّد في الفصل، باستخدام مؤقّت يُظهر الوقت المتبقّي.

bank-decodable-reading-books = كتب قراءة تناسب معرفة { $name } بأصوات الحروف، حتى يمكن قراءة كل كلمة فيها بنطق أصواتها

bank-reciprocal-reading = القراءة التبادلية ({ EN("reciprocal reading") }): تتناوب مجموعة صغيرة على توقّع ما سيحدث بعد ذلك، وطرح الأسئلة، وشرح الكلمات الصعبة، وتلخيص النص

bank-spelling-patterns-and-own-list = تعليم الإملاء في مجموعات من الكلمات التي تتبع النمط نفسه، مع قائمة شخصية بالكلمات الصعبة للتدرّب عليها

bank-handwriting-practice-group = مجموعة لتحسين الخط: تمرين لبضع دقائق في معظم الأيام، لتعلّم أشكال الحروف وطريقة وصلها ببعضها

bank-number-facts-daily-practice = تدرّب يومي على حقائق الأعداد الأساسية (مثل الجمع البسيط وجدول الضرب) بألعاب قصيرة، لبضع دقائق في كل مرة، حتى تثبت في الذاكرة

bank-desk-memory-aids = وسائل تساعد على التذكّر توضع على الطاولة، مثل شريط الحروف الإنجليزية، ولوحة الأعداد من واحد إلى مئة، وجدول الضرب

bank-small-chunks-of-information = تقديم المعلومات على أجزاء صغيرة، مع تكرارها، ودعمها بصور أو بكلمات أساسية مكتوبة

bank-visual-timer-on-desk = مؤقّت على طاولة { $name } يُظهر بوضوح كم بقي من الوقت للمهمة

bank-start-then-step-back = يساعد أحد الكبار { $name } على بدء المهمة، ثم يبتعد قليلًا ويعود بعد بضع دقائق للاطمئنان، لتقوية القدرة على العمل دون مساعدة

bank-daily-kit-checklist = قائمة مصوَّرة بالأشياء المطلوب إحضارها كل يوم، تُحفظ في الحقيبة المدرسية، ودرج عليه ملصق بالاسم للكتب والأدوات

bank-other-ways-to-record = طرق أخرى لتسجيل الأفكار، مثل الرسم، أو الخريطة الذهنية، أو الكتابة على الحاسوب، أو قولها لأحد الكبار ليكتبها

bank-reader-or-scribe-in-tests = وقت إضافي في الاختبارات، وشخص كبير يقرأ الأسئلة أو يكتب الإجابات عند حاجة { $name } إلى ذلك

bank-play-shops-with-coins =
    العبوا معًا لعبة المتجر بنقود معدنية حقيقية، { $gender ->
        [female] ودعوا { $name } تدفع ثمن الأشياء وتعدّ الباقي.
        [male] ودعوا { $name } يدفع ثمن الأشياء ويعدّ الباقي.
       *[other] وأعطوا { $name } فرصة دفع ثمن الأشياء وعدّ الباقي.
    }

bank-tell-time-at-home = انظروا معًا إلى الساعة خلال اليوم، واسألوا عن الوقت عند مواعيد الطعام أو قبل برنامج مفضّل.

bank-pack-bag-night-before = جهّزوا الحقيبة المدرسية معًا في الليلة السابقة، باستخدام القائمة المصوَّرة التي أعطتها المدرسة.

bank-memory-games = العبوا ألعاب الذاكرة، مثل لعبة «ذهبتُ إلى المتجر واشتريتُ …»، مع إضافة شيء جديد في كل دور.

bank-write-for-real-reasons = اكتبوا معًا لسبب حقيقي، مثل قائمة التسوّق، أو بطاقة عيد ميلاد، أو رسالة قصيرة إلى أحد الأقارب.

bank-maths-check-half-termly = اختبار قصير لمهارات الرياضيات التي يجري التدرّب عليها، في بداية الخطة ثم كل نصف فصل دراسي.

bank-reading-speed-timed = كل أسبوعين، يستمع أحد الكبار إلى قراءة { $name } لنص قصير لمدة دقيقة، ويعدّ الكلمات التي قُرئت قراءة صحيحة.

bank-tasks-done-alone-counted = يُحسب كل أسبوع عدد مهام { $name } التي أُنجزت دون مساعدة من الكبار.

## Communication and interaction

bank-follow-two-step-instruction =
    { $gender ->
        [female] ستتمكّن { $name } من اتّباع
        [male] سيتمكّن { $name } من اتّباع
       *[other] سيكون بإمكان { $name } اتّباع
    } تعليمات من خطوتين تُعطى للفصل كله، دون تذكير، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-instructions-in-short-steps = تُعطى التعليمات على خطوات قصيرة، مع صورة توضّح كل خطوة.

bank-tally-chart-weekly = جدول تُسجَّل فيه المرات بعلامات عدّ، ويُراجَع كل أسبوع

bank-two-step-instructions-at-home =
    أعطوا في البيت تعليمات من خطوتين، { $gender ->
        [female] وامدحوها على اتّباعها.
        [male] وامدحوه على اتّباعها.
       *[other] وامدحوا { $name } على اتّباعها.
    }

bank-answer-who-what-where =
    { $gender ->
        [female] ستتمكّن { $name } من الإجابة عن
        [male] سيتمكّن { $name } من الإجابة عن
       *[other] سيكون بإمكان { $name } الإجابة عن
    } { $count } من أصل { $total } من الأسئلة التي تبدأ بـ«مَن» أو «ماذا» أو «أين»، عن صورة أو قصة قصيرة.

bank-speak-in-longer-sentences =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } جمل من { $words ->
        [zero] { $words } كلمة
        [one] كلمة واحدة
        [two] كلمتين
        [few] { $words } كلمات
        [many] { $words } كلمةً
       *[other] { $words } كلمة
    } على الأقل، عند التحدّث عن صورة مع أحد الكبار.

bank-take-turns-in-conversation =
    { $gender ->
        [female] ستتمكّن { $name } من المشاركة
        [male] سيتمكّن { $name } من المشاركة
       *[other] سيكون بإمكان { $name } المشاركة
    } في حديث مع صديق، والكلام بالتناوب { $turns ->
        [zero] { $turns } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $turns } مرات
        [many] { $turns } مرةً
       *[other] { $turns } مرة
    }، دون الخروج عن الموضوع.

bank-ask-for-help-when-stuck =
    { $gender ->
        [female] ستتمكّن { $name } من طلب
        [male] سيتمكّن { $name } من طلب
       *[other] سيكون بإمكان { $name } طلب
    } المساعدة عند مواجهة صعوبة، بالكلام أو ببطاقة المساعدة، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-listen-at-carpet-time =
    { $gender ->
        [female] ستتمكّن { $name } من الجلوس والاستماع
        [male] سيتمكّن { $name } من الجلوس والاستماع
       *[other] سيكون بإمكان { $name } الجلوس والاستماع
    } في وقت الجلوس على السجّادة مع الفصل، لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، مع النظر إلى الشخص الذي يتكلّم.

bank-learn-topic-words =
    { $gender ->
        [female] ستتمكّن { $name } من تعلّم
        [male] سيتمكّن { $name } من تعلّم
       *[other] سيكون بإمكان { $name } تعلّم
    } { $count ->
        [zero] { $count } كلمة جديدة
        [one] كلمة جديدة واحدة
        [two] كلمتين جديدتين
        [few] { $count } كلمات جديدة
        [many] { $count } كلمةً جديدةً
       *[other] { $count } كلمة جديدة
    } من موضوع الفصل في كل نصف فصل دراسي، وشرح معنى كل كلمة.

bank-say-hello-on-arrival =
    { $gender ->
        [female] ستتمكّن { $name } من إلقاء
        [male] سيتمكّن { $name } من إلقاء
       *[other] سيكون بإمكان { $name } إلقاء
    } التحية على أحد الكبار وعلى صديق عند الوصول إلى الفصل، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-wait-turn-to-speak =
    { $gender ->
        [female] ستتمكّن { $name } من انتظار
        [male] سيتمكّن { $name } من انتظار
       *[other] سيكون بإمكان { $name } انتظار
    } الدور للكلام في المجموعة، دون مقاطعة الآخرين، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-say-practised-sound =
    { $gender ->
        [female] ستتمكّن { $name } من نطق
        [male] سيتمكّن { $name } من نطق
       *[other] سيكون بإمكان { $name } نطق
    } الصوت الذي يجري التدرّب عليه نطقًا واضحًا في بداية الكلمات، في { $count ->
        [zero] { $count } كلمة
        [one] كلمة واحدة
        [two] كلمتين
        [few] { $count } كلمات
        [many] { $count } كلمةً
       *[other] { $count } كلمة
    } من أصل { $total }.

bank-position-words =
    { $gender ->
        [female] ستتمكّن { $name } من إظهار فهم
        [male] سيتمكّن { $name } من إظهار فهم
       *[other] سيكون بإمكان { $name } إظهار فهم
    } { $count } من أصل { $total } من الكلمات التي تدلّ على المكان، مثل «في» و«على» و«تحت»، بوضع لعبة في المكان الصحيح.

bank-move-on-with-visual-timetable =
    { $gender ->
        [female] ستتمكّن { $name } من النظر
        [male] سيتمكّن { $name } من النظر
       *[other] سيكون بإمكان { $name } النظر
    } إلى الجدول اليومي المصوَّر والانتقال إلى النشاط التالي، مع تذكير واحد على الأكثر، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-play-shared-game =
    { $gender ->
        [female] ستتمكّن { $name } من اللعب
        [male] سيتمكّن { $name } من اللعب
       *[other] سيكون بإمكان { $name } اللعب
    } مع طفل آخر في لعبة مشتركة لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، مع وجود أحد الكبار قريبًا.

bank-visual-timetable = جدول يومي مصوَّر: صور على الطاولة أو على الحائط تُعرِّف { $name } بترتيب اليوم وبما سيأتي بعد كل نشاط

bank-now-and-next-board = لوحة «الآن ثم بعد ذلك» ({ EN("now and next board") }): صورتان تبيّنان المهمة الحالية وما يأتي بعدها

bank-social-stories = { EN("Social stories") }: قصص قصيرة مصوَّرة تشرح موقفًا جديدًا أو صعبًا، وما يمكن فعله فيه

bank-speech-and-language-programme = برنامج للنطق واللغة يضعه أخصائي النطق واللغة، ويُتدرَّب عليه مع مساعد المعلّم في جلسات قصيرة كل أسبوع

bank-language-group = مجموعة لغة صغيرة: ألعاب تساعد على الاستماع، وتعلّم كلمات جديدة، والتحدّث بجمل كاملة

bank-colourful-semantics = { EN("Colourful semantics") }: بطاقات بألوان مختلفة لـ«مَن» و«يفعل ماذا» و«ماذا» و«أين»، تساعد على تكوين جمل أطول

bank-name-first-short-instructions = ينادي الكبار { $name } قبل إعطاء أي تعليمات، ويعطون خطوة قصيرة واحدة في كل مرة، وينتظرون الإجابة

bank-signs-and-symbols = إشارات ورموز مصوَّرة تُستخدم مع الكلام، حتى يسهل فهم الكلمات المنطوقة

bank-talk-about-picture-book = تصفّحوا معًا كتابًا مصوَّرًا، وتحدّثوا عمّا يحدث في كل صفحة.

bank-name-things-on-walks = أثناء المشي أو في المتجر، سمّوا الأشياء معًا، وأضيفوا كلمة جديدة واحدة في كل مرة.

bank-my-turn-your-turn = العبوا لعبة بسيطة تحتاج إلى تبادل الأدوار، مثل دحرجة كرة، وقولوا: «دوري، دورك».

bank-first-then-at-home = استخدموا في البيت عبارة «أولًا … ثم …» لتوضيح ما سيأتي بعد ذلك، مثل: «أولًا الحذاء، ثم الحديقة».

bank-speech-therapist-checks-each-visit = يتحقّق أخصائي النطق واللغة من التقدّم في كل زيارة، ويكتب ملاحظة قصيرة.

bank-sentence-samples-half-termly = يكتب أحد الكبار كلام { $name } عن صورة، في بداية الخطة ثم كل نصف فصل دراسي، ليرى كيف تطول الجمل.

bank-group-session-notes = يسجّل المسؤول عن المجموعة كل مشاركة وكل إجابة في كل جلسة، ويراجع الملاحظات كل أسبوعين.

bank-need-spoken-instructions = يصعب على { $name } اتّباع التعليمات الشفهية التي تُعطى للفصل كله، وإيجاد الكلمات المناسبة لشرح الأفكار.

bank-say-sound-in-sentences =
    { $gender ->
        [female] ستتمكّن { $name } من نطق
        [male] سيتمكّن { $name } من نطق
       *[other] سيكون بإمكان { $name } نطق
    } الصوت الذي يجري التدرّب عليه نطقًا واضحًا داخل الجمل، أثناء الحديث مع أحد الكبار، في { $count } من أصل { $total } من الجمل.

bank-hear-sound-differences =
    { $gender ->
        [female] ستتمكّن { $name } من التمييز بالسمع
        [male] سيتمكّن { $name } من التمييز بالسمع
       *[other] سيكون بإمكان { $name } التمييز بالسمع
    } بين كلمات متشابهة في النطق، مثل { EN("key") } و{ EN("tea") }، والإشارة إلى الصورة الصحيحة، في { $count } من أصل { $total } من أزواج الكلمات.

bank-sort-words-into-groups =
    { $gender ->
        [female] ستتمكّن { $name } من توزيع
        [male] سيتمكّن { $name } من توزيع
       *[other] سيكون بإمكان { $name } توزيع
    } { $count } من أصل { $total } من الصور في مجموعات، مثل الحيوانات والطعام والملابس، وتسمية كل مجموعة.

bank-describe-an-object =
    { $gender ->
        [female] ستتمكّن { $name } من وصف
        [male] سيتمكّن { $name } من وصف
       *[other] سيكون بإمكان { $name } وصف
    } شيء ما بذكر { $count ->
        [zero] { $count } معلومة
        [one] معلومة واحدة
        [two] معلومتين
        [few] { $count } معلومات
        [many] { $count } معلومةً
       *[other] { $count } معلومة
    } عنه، مثل لونه أو شكله أو حجمه أو استخدامه.

bank-follow-key-word-instructions =
    { $gender ->
        [female] ستتمكّن { $name } من تنفيذ
        [male] سيتمكّن { $name } من تنفيذ
       *[other] سيكون بإمكان { $name } تنفيذ
    } تعليمات فيها { $count ->
        [zero] { $count } كلمة مهمة
        [one] كلمة مهمة واحدة
        [two] كلمتان مهمتان
        [few] { $count } كلمات مهمة
        [many] { $count } كلمةً مهمةً
       *[other] { $count } كلمة مهمة
    } يجب تذكّرها، مثل طلب إحضار «الكرة الحمراء الكبيرة»، في { $times ->
        [zero] { $times } محاولة
        [one] محاولة واحدة
        [two] محاولتين
        [few] { $times } محاولات
        [many] { $times } محاولةً
       *[other] { $times } محاولة
    } من أصل { $of }.

bank-answer-why-and-how =
    { $gender ->
        [female] ستتمكّن { $name } من الإجابة عن
        [male] سيتمكّن { $name } من الإجابة عن
       *[other] سيكون بإمكان { $name } الإجابة عن
    } { $count } من أصل { $total } من الأسئلة التي تبدأ بـ«لماذا» أو «كيف»، عن قصة أو عن شيء حدث.

bank-tell-news-in-order =
    { $gender ->
        [female] ستتمكّن { $name } من إخبار
        [male] سيتمكّن { $name } من إخبار
       *[other] سيكون بإمكان { $name } إخبار
    } أحد الكبار بشيء حدث، مثلًا في عطلة نهاية الأسبوع، في { $count ->
        [zero] { $count } جملة
        [one] جملة واحدة
        [two] جملتين
        [few] { $count } جمل
        [many] { $count } جملةً
       *[other] { $count } جملة
    } بالترتيب الصحيح.

bank-tell-story-with-cards =
    { $gender ->
        [female] ستتمكّن { $name } من رواية
        [male] سيتمكّن { $name } من رواية
       *[other] سيكون بإمكان { $name } رواية
    } قصة قصيرة بمساعدة بطاقات القصة، مع ذكر { $count } من أصل { $total } من الأجزاء التي تُظهرها البطاقات، مثل: مَن، وأين، وماذا حدث، وكيف انتهت القصة.

bank-start-a-conversation =
    { $gender ->
        [female] ستتمكّن { $name } من بدء
        [male] سيتمكّن { $name } من بدء
       *[other] سيكون بإمكان { $name } بدء
    } حديث مع طفل آخر في الفسحة، بإلقاء التحية أو بطرح سؤال، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-ask-friend-a-question =
    { $gender ->
        [female] ستتمكّن { $name } من طرح
        [male] سيتمكّن { $name } من طرح
       *[other] سيكون بإمكان { $name } طرح
    } سؤال على صديق عمّا قاله للتوّ، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-read-feelings-in-pictures =
    { $gender ->
        [female] ستتمكّن { $name } من قول
        [male] سيتمكّن { $name } من قول
       *[other] سيكون بإمكان { $name } قول
    } ما قد يشعر به شخص في صورة، وسبب ذلك، في { $count } من أصل { $total } من الصور.

bank-explain-common-sayings =
    { $gender ->
        [female] ستتمكّن { $name } من شرح
        [male] سيتمكّن { $name } من شرح
       *[other] سيكون بإمكان { $name } شرح
    } المعنى الحقيقي لـ{ $count } من أصل { $total } من التعابير الإنجليزية الشائعة، مثل { EN("it's raining cats and dogs") } (أي أن المطر غزير جدًا).

bank-keep-comfortable-distance =
    { $gender ->
        [female] ستتمكّن { $name } من الوقوف
        [male] سيتمكّن { $name } من الوقوف
       *[other] سيكون بإمكان { $name } الوقوف
    } على بُعد طول ذراع تقريبًا عند التحدّث مع الآخرين، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-cope-with-change-to-routine =
    { $gender ->
        [female] ستتمكّن { $name } من الحفاظ
        [male] سيتمكّن { $name } من الحفاظ
       *[other] سيكون بإمكان { $name } الحفاظ
    } على الهدوء عند حدوث تغيير في اليوم سبق عرضه على الجدول اليومي المصوَّر، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-ask-with-picture-cards =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } بطاقة مصوَّرة أو إشارة لطلب { $count ->
        [zero] { $count } شيء مختلف
        [one] شيء واحد
        [two] شيئين مختلفين
        [few] { $count } أشياء مختلفة
        [many] { $count } شيئًا مختلفًا
       *[other] { $count } شيء مختلف
    } خلال اليوم، مثل الماء أو المساعدة أو الذهاب إلى الحمّام.

bank-join-activity-chosen-by-others =
    { $gender ->
        [female] ستتمكّن { $name } من المشاركة
        [male] سيتمكّن { $name } من المشاركة
       *[other] سيكون بإمكان { $name } المشاركة
    } في نشاط اختاره شخص آخر لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، قبل العودة إلى نشاط مفضّل.

bank-speak-up-in-small-group =
    { $gender ->
        [female] ستتمكّن { $name } من الإجابة عن سؤال أو مشاركة فكرة
        [male] سيتمكّن { $name } من الإجابة عن سؤال أو مشاركة فكرة
       *[other] سيكون بإمكان { $name } الإجابة عن سؤال أو مشاركة فكرة
    } في مجموعة صغيرة، دون انتظار طلب من أحد، { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } في الأسبوع على الأقل.

bank-say-what-helps-when-talking =
    { $gender ->
        [female] ستتمكّن { $name } من ذكر
        [male] سيتمكّن { $name } من ذكر
       *[other] سيكون بإمكان { $name } ذكر
    } { $count ->
        [zero] { $count } شيء
        [one] شيء واحد
        [two] شيئين
        [few] { $count } أشياء
        [many] { $count } شيئًا
       *[other] { $count } شيء
    } مما يساعد عندما يكون الكلام صعبًا، مثل إعطاء وقت كافٍ، ومشاركة ذلك مع معلّم الفصل.

bank-wait-time-to-answer = وقت للإجابة: ينتظر الكبار نحو عشر ثوانٍ بعد طرح السؤال، ليكون لدى { $name } وقت للتفكير والرد

bank-model-and-expand-sentences = يعيد الكبار كلام { $name } في جملة صحيحة أطول قليلًا، دون طلب إعادتها

bank-word-webs = شبكات الكلمات ({ EN("word webs") }): تُربط كل كلمة جديدة بأصواتها ومعناها وبصورة وبكلمات تشبهها، حتى تثبت في الذاكرة

bank-brick-building-group = مجموعة البناء بالمكعّبات: تبني مجموعة صغيرة نموذجًا معًا، ولكل طفل مهمة (البحث عن القطع، أو البناء، أو إعطاء التعليمات)، للتدرّب على التحدّث والعمل معًا

bank-intensive-interaction = التفاعل المكثّف ({ EN("Intensive interaction") }): يتبع أحد الكبار مبادرات { $name } في اللعب، ويقلّد الأصوات والحركات، لبناء الانتباه المشترك والاستمتاع معًا

bank-quiet-workstation = ركن عمل هادئ: طاولة بعيدة عمّا يشتّت الانتباه، عليها المهام مرتّبة بالتسلسل، للعمل دون مساعدة

bank-comic-strip-conversations = المحادثات بالرسوم ({ EN("Comic strip conversations") }): رسوم بسيطة فيها فقاعات للكلام وللتفكير، للحديث عمّا حدث وعمّا كان يفكّر فيه كل شخص

bank-warn-before-changes = التنبيه قبل التغييرات: تُعرض تغييرات اليوم مسبقًا على الجدول اليومي المصوَّر، مع عدّ تنازلي قبل نهاية أي نشاط

bank-stammering-friendly-talk =
    كلام يراعي التأتأة: { $gender ->
        [female] ينتظر الكبار حتى تُنهي { $name } كلامها، دون إكمال الكلمات عنها،
        [male] ينتظر الكبار حتى يُنهي { $name } كلامه، دون إكمال الكلمات عنه،
       *[other] ينتظر الكبار حتى ينتهي كلام { $name }، دون أن يُكملوا أي كلمة قبل ذلك،
    } ويتّفق الجميع معًا على طريقة الإجابة عند تسجيل الحضور وعن الأسئلة في الفصل

bank-talking-partner = شريك للحديث: زميل في الفصل لمناقشة الأفكار معه قبل الإجابة أمام الفصل

bank-communication-passport = جواز التواصل ({ EN("communication passport") }): كتيّب قصير يُعَدّ مع الأسرة، يشرح لفريق المدرسة طريقة تواصل { $name } وما يساعد على ذلك

bank-lunchtime-club-structured-play = نادٍ في استراحة الغداء: ألعاب في مجموعة صغيرة مع شخص كبير يساعد الأطفال على اللعب معًا

bank-speech-sound-games-from-therapist = العبوا كل يوم لبضع دقائق ألعاب أصوات الكلام التي أعطاها أخصائي النطق واللغة، وامدحوا كل محاولة.

bank-talk-at-mealtimes = أطفئوا الشاشات في أوقات الطعام، وتحدّثوا معًا عن اليوم.

bank-prepare-for-changes = قبل أي تغيير، مثل زيارة أو نزهة، اعرضوا على { $name } صورًا أو احكوا قصة قصيرة عمّا سيحدث.

bank-give-time-to-talk =
    عندما يصعب الكلام على { $name }، انتظروا بهدوء، { $gender ->
        [female] واستمرّوا في النظر إليها، ودعوها تُكمل كلامها دون أن تُكملوا الكلمات عنها.
        [male] واستمرّوا في النظر إليه، ودعوه يُكمل كلامه دون أن تُكملوا الكلمات عنه.
       *[other] واستمرّوا في النظر إلى { $name }، واتركوا وقتًا كافيًا لإكمال الكلام، دون أن تُكملوا أي كلمة.
    }

bank-describe-and-guess = العبوا لعبة الوصف والتخمين: خذوا الدور بالتناوب في وصف شيء في الغرفة، وخمّنوا ما هو.

bank-new-words-checked-with-pictures = تُراجَع بالصور معرفة { $name } بالكلمات الجديدة، في بداية الخطة وفي نهايتها.

bank-conversations-noted-weekly =
    يسجّل أحد الكبار كل أسبوع { $gender ->
        [female] عدد المرات التي تبدأ فيها { $name } حديثًا أو تنضمّ إلى حديث،
        [male] عدد المرات التي يبدأ فيها { $name } حديثًا أو ينضمّ إلى حديث،
       *[other] عدد مرات بدء حديث أو الانضمام إليه من جانب { $name }،
    } في الفصل وفي اللعب.

bank-playtime-observation =
    يراقب أحد الكبار { $name } في الفسحة كل أسبوعين، { $gender ->
        [female] ويسجّل مع مَن تلعب وكيف.
        [male] ويسجّل مع مَن يلعب وكيف.
       *[other] ويسجّل رفاق اللعب وطريقة اللعب.
    }

bank-social-communication-checklist = يملأ فريق المدرسة والأسرة قائمة قصيرة بمهارات التواصل الاجتماعي، في بداية الخطة وفي نهايتها.

## Social, emotional and mental health

bank-calm-card =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } بطاقة الهدوء وركن الهدوء بدلًا من الصراخ، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-feelings-check-in = لقاء قصير كل صباح للاطمئنان على الطفل، باستخدام مقياس للمشاعر

bank-feelings-scale-at-home =
    استخدموا مقياس المشاعر نفسه في البيت، { $gender ->
        [female] وامدحوها عندما تطلب استراحة.
        [male] وامدحوه عندما يطلب استراحة.
       *[other] وامدحوا { $name } على طلب استراحة.
    }

bank-name-feelings =
    { $gender ->
        [female] ستتمكّن { $name } من تسمية
        [male] سيتمكّن { $name } من تسمية
       *[other] سيكون بإمكان { $name } تسمية
    } { $count ->
        [zero] { $count } شعور
        [one] شعور واحد
        [two] شعورين
        [few] { $count } مشاعر
        [many] { $count } شعورًا
       *[other] { $count } شعور
    }، مثل الفرح والحزن والغضب والقلق، ومطابقة كل شعور مع صورة.

bank-calm-again-within-minutes =
    { $gender ->
        [female] ستتمكّن { $name } من استعادة هدوئها
        [male] سيتمكّن { $name } من استعادة هدوئه
       *[other] سيكون بإمكان { $name } استعادة الهدوء
    } خلال { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    } بعد الانزعاج، بمساعدة أحد الكبار.

bank-use-break-card =
    { $gender ->
        [female] ستتمكّن { $name } من إظهار
        [male] سيتمكّن { $name } من إظهار
       *[other] سيكون بإمكان { $name } إظهار
    } بطاقة الاستراحة لطلب استراحة قصيرة عند الانزعاج، بدلًا من مغادرة الغرفة، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-start-task-when-asked =
    { $gender ->
        [female] ستتمكّن { $name } من البدء
        [male] سيتمكّن { $name } من البدء
       *[other] سيكون بإمكان { $name } البدء
    } في المهمة خلال { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    } من طلب ذلك، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-join-playtime-game =
    { $gender ->
        [female] ستتمكّن { $name } من المشاركة
        [male] سيتمكّن { $name } من المشاركة
       *[other] سيكون بإمكان { $name } المشاركة
    } في لعبة مع أطفال آخرين في الفسحة، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-safe-hands-at-playtime =
    { $gender ->
        [female] ستتمكّن { $name } من اللعب
        [male] سيتمكّن { $name } من اللعب
       *[other] سيكون بإمكان { $name } اللعب
    } بأمان في الفسحة، دون استخدام اليدين أو القدمين لإيذاء أحد، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-lose-a-game-calmly =
    { $gender ->
        [female] ستتمكّن { $name } من الحفاظ
        [male] سيتمكّن { $name } من الحفاظ
       *[other] سيكون بإمكان { $name } الحفاظ
    } على الهدوء عند الخسارة في لعبة، وقول «أحسنت» للفائز، في { $times ->
        [zero] { $times } لعبة
        [one] لعبة واحدة
        [two] لعبتين
        [few] { $times } ألعاب
        [many] { $times } لعبةً
       *[other] { $times } لعبة
    } من أصل { $of }.

bank-say-good-things-about-self =
    { $gender ->
        [female] ستتمكّن { $name } من قول
        [male] سيتمكّن { $name } من قول
       *[other] سيكون بإمكان { $name } قول
    } { $count ->
        [zero] { $count } شيء جيد
        [one] شيء جيد واحد
        [two] شيئين جيدين
        [few] { $count } أشياء جيدة
        [many] { $count } شيئًا جيدًا
       *[other] { $count } شيء جيد
    } { $gender ->
        [female] عن نفسها
        [male] عن نفسه
       *[other] عن النفس
    } في لقاء الاطمئنان الأسبوعي.

bank-come-into-class-calmly =
    { $gender ->
        [female] ستتمكّن { $name } من التوديع
        [male] سيتمكّن { $name } من التوديع
       *[other] سيكون بإمكان { $name } التوديع
    } عند الباب ودخول الفصل بهدوء في الصباح، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-follow-request-after-reminder =
    { $gender ->
        [female] ستتمكّن { $name } من تنفيذ
        [male] سيتمكّن { $name } من تنفيذ
       *[other] سيكون بإمكان { $name } تنفيذ
    } ما يطلبه أحد الكبار، بعد تذكير واحد على الأكثر، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-stay-in-lesson =
    { $gender ->
        [female] ستتمكّن { $name } من البقاء
        [male] سيتمكّن { $name } من البقاء
       *[other] سيكون بإمكان { $name } البقاء
    } في غرفة الفصل طوال الحصة، مع أخذ استراحة مخطّط لها عند الحاجة، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-sort-out-falling-out =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } الكلام، لا اليدين، لحلّ خلاف مع صديق، بمساعدة أحد الكبار عند الحاجة، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-feelings-traffic-light = إشارة مرور للمشاعر: بطاقات خضراء وصفراء وحمراء تبيّن شعور { $name }، مع خطة لما يساعد عند كل لون

bank-nurture-group = { EN("Nurture group") }: مجموعة صغيرة هادئة مع شخص كبير مألوف، لجزء من اليوم، لبناء الثقة بالنفس والصداقات

bank-emotional-literacy-support = { EN("Emotional literacy support") }: جلسة أسبوعية مع مساعد معلّم مدرَّب، للحديث عن المشاعر والتدرّب على طرق للتعامل معها

bank-social-skills-group = مجموعة للمهارات الاجتماعية: ألعاب في مجموعة صغيرة للتدرّب على المشاركة وتبادل الأدوار وتقبّل الخسارة

bank-calm-space-with-timer = مكان هادئ داخل الفصل أو قريب منه لاستراحة قصيرة مع ساعة رملية، ثم العودة إلى التعلّم

bank-meet-and-greet = { EN("Meet and greet") }: يستقبل شخص كبير مألوف { $name } عند الباب كل صباح، ويساعد على الاستقرار في الفصل

bank-praise-and-reward-chart = مدح واضح للاختيارات الجيدة، ولوحة مكافآت بأهداف صغيرة يُتَّفق عليها مع { $name }

bank-restorative-conversations = المحادثات الإصلاحية ({ EN("restorative conversations") }): بعد أي مشكلة، يساعد أحد الكبار كل طفل على أن يقول ما حدث، وبماذا شعر، وكيف يمكن إصلاح الأمر

bank-best-part-of-the-day = قبل النوم، اسألوا عن أجمل ما في اليوم، وعن شيء واحد كان صعبًا، واستمعوا بهدوء.

bank-slow-breathing-together = تدرّبوا معًا على التنفّس ببطء عندما يكون الجميع هادئين: شهيق مع العدّ حتى أربعة، ثم زفير مع العدّ حتى أربعة.

bank-praise-effort-at-home =
    { $gender ->
        [female] لاحظوا عندما تبذل { $name } جهدًا كبيرًا أو تختار تصرّفًا لطيفًا،
        [male] لاحظوا عندما يبذل { $name } جهدًا كبيرًا أو يختار تصرّفًا لطيفًا،
       *[other] لاحظوا كل جهد كبير وكل تصرّف لطيف من { $name }،
    } وقولوا بالضبط ما الذي كان جيدًا.

bank-tell-school-about-changes = أخبروا المدرسة بأي تغيير في البيت، مثل الانتقال إلى بيت جديد، أو ولادة طفل جديد، أو فقدان شخص عزيز، حتى يستطيع فريق المدرسة المساعدة.

bank-difficult-moments-record = سجلّ للّحظات الصعبة (ما حدث قبلها، وتصرّف { $name }، وما حدث بعدها)، يُراجَع كل أسبوع.

bank-feelings-questionnaire = استبيان قصير عن المشاعر، يُملأ مع { $name } في بداية الخطة وفي نهايتها.

bank-daily-smiley-chart = جدول يومي بوجه مبتسم لكل جزء من اليوم، تطّلع عليه الأسرة، ويُراجَع كل يوم جمعة.

bank-need-managing-feelings = يصعب على { $name } التحكّم في المشاعر القوية، والهدوء بعد الانزعاج.

bank-share-a-worry =
    { $gender ->
        [female] ستتمكّن { $name } من إخبار
        [male] سيتمكّن { $name } من إخبار
       *[other] سيكون بإمكان { $name } إخبار
    } شخص كبير موثوق به عن أي قلق، بالكلام أو بالرسم أو باستخدام صندوق المخاوف، { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } في الأسبوع على الأقل.

bank-use-calm-plan =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام فكرة من خطة الهدوء الخاصة بها
        [male] سيتمكّن { $name } من استخدام فكرة من خطة الهدوء الخاصة به
       *[other] سيكون بإمكان { $name } استخدام فكرة من خطة الهدوء الشخصية
    }، مثل التنفّس ببطء أو الضغط على كرة طرية، عند الشعور بالقلق، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-speak-to-adults-in-school =
    { $gender ->
        [female] ستتمكّن { $name } من التحدّث
        [male] سيتمكّن { $name } من التحدّث
       *[other] سيكون بإمكان { $name } التحدّث
    } مع { $count ->
        [zero] { $count } من الكبار
        [one] شخص كبير واحد
        [two] اثنين من الكبار
        [few] { $count } من الكبار
        [many] { $count } من الكبار
       *[other] { $count } من الكبار
    } في المدرسة، بدءًا بشخص كبير مألوف في مكان هادئ.

bank-try-something-new =
    { $gender ->
        [female] ستتمكّن { $name } من تجربة
        [male] سيتمكّن { $name } من تجربة
       *[other] سيكون بإمكان { $name } تجربة
    } { $count ->
        [zero] { $count } نشاط جديد
        [one] نشاط جديد واحد
        [two] نشاطين جديدين
        [few] { $count } أنشطة جديدة
        [many] { $count } نشاطًا جديدًا
       *[other] { $count } نشاط جديد
    } في كل نصف فصل دراسي، مثل نادٍ أو لعبة جديدة، مع وجود شخص كبير مألوف قريبًا.

bank-notice-early-signs-of-anger =
    { $gender ->
        [female] ستتمكّن { $name } من ملاحظة
        [male] سيتمكّن { $name } من ملاحظة
       *[other] سيكون بإمكان { $name } ملاحظة
    } العلامات الأولى للغضب، مثل سخونة الوجه أو شدّ قبضتَي اليدين، وإخبار أحد الكبار، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-help-put-things-right =
    { $gender ->
        [female] ستتمكّن { $name } من التحدّث
        [male] سيتمكّن { $name } من التحدّث
       *[other] سيكون بإمكان { $name } التحدّث
    } بهدوء مع أحد الكبار بعد أي مشكلة، واقتراح طريقة لإصلاح الأمر، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-attend-school-per-cent =
    { $gender ->
        [female] ستكون { $name } في المدرسة في { $percent } في المئة على الأقل
        [male] سيكون { $name } في المدرسة في { $percent } في المئة على الأقل
       *[other] ستبلغ نسبة حضور { $name } { $percent } في المئة على الأقل
    } من أيام الدراسة في هذا الفصل الدراسي.

bank-time-in-class-each-day =
    { $gender ->
        [female] ستتمكّن { $name } من قضاء
        [male] سيتمكّن { $name } من قضاء
       *[other] سيكون بإمكان { $name } قضاء
    } { $hours ->
        [zero] { $hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $hours } ساعات
        [many] { $hours } ساعةً
       *[other] { $hours } ساعة
    } في اليوم في غرفة الفصل، مع مكان هادئ وشخص كبير مألوف لبقية اليوم.

bank-settle-after-playtime =
    { $gender ->
        [female] ستتمكّن { $name } من العودة من الفسحة والجلوس بهدوء إلى طاولتها
        [male] سيتمكّن { $name } من العودة من الفسحة والجلوس بهدوء إلى طاولته
       *[other] سيكون بإمكان { $name } العودة من الفسحة والجلوس بهدوء إلى الطاولة
    } خلال { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-invite-someone-to-play =
    { $gender ->
        [female] ستتمكّن { $name } من دعوة
        [male] سيتمكّن { $name } من دعوة
       *[other] سيكون بإمكان { $name } دعوة
    } طفل آخر إلى اللعب، { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } في الأسبوع على الأقل.

bank-kind-things-for-others =
    { $gender ->
        [female] ستتمكّن { $name } من تقديم
        [male] سيتمكّن { $name } من تقديم
       *[other] سيكون بإمكان { $name } تقديم
    } { $count ->
        [zero] { $count } عمل لطيف
        [one] عمل لطيف واحد
        [two] عملين لطيفين
        [few] { $count } أعمال لطيفة
        [many] { $count } عملًا لطيفًا
       *[other] { $count } عمل لطيف
    } للأطفال الآخرين كل يوم، مثل مشاركة الأشياء أو المساعدة، ويلاحظ ذلك أحد الكبار.

bank-have-a-go-at-hard-tasks =
    { $gender ->
        [female] ستتمكّن { $name } من محاولة
        [male] سيتمكّن { $name } من محاولة
       *[other] سيكون بإمكان { $name } محاولة
    } القيام بمهمة صعبة، وقول «أستطيع أن أحاول» بدلًا من الرفض، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-cope-with-mistakes =
    { $gender ->
        [female] ستتمكّن { $name } من الحفاظ
        [male] سيتمكّن { $name } من الحفاظ
       *[other] سيكون بإمكان { $name } الحفاظ
    } على الهدوء عندما يُشار إلى خطأ، ثم تصحيحه، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-share-work-with-pride =
    { $gender ->
        [female] ستتمكّن { $name } من عرض عمل تفخر به
        [male] سيتمكّن { $name } من عرض عمل يفخر به
       *[other] سيكون بإمكان { $name } عرض عمل يبعث على الفخر
    } على أحد الكبار أو على الفصل، { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } في الأسبوع على الأقل.

bank-stay-on-task-with-timer =
    { $gender ->
        [female] ستتمكّن { $name } من الاستمرار
        [male] سيتمكّن { $name } من الاستمرار
       *[other] سيكون بإمكان { $name } الاستمرار
    } في مهمة لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، باستخدام مؤقّت يُظهر الوقت المتبقّي، قبل استراحة قصيرة مخطّط لها.

bank-back-to-work-after-signal =
    { $gender ->
        [female] ستتمكّن { $name } من العودة
        [male] سيتمكّن { $name } من العودة
       *[other] سيكون بإمكان { $name } العودة
    } إلى العمل بعد إشارة هادئة من أحد الكبار، مثل نقرة على الطاولة، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-walk-in-line-safely =
    { $gender ->
        [female] ستتمكّن { $name } من الوقوف في الطابور والمشي
        [male] سيتمكّن { $name } من الوقوف في الطابور والمشي
       *[other] سيكون بإمكان { $name } الوقوف في الطابور والمشي
    } مع الفصل بأمان، دون الخروج من الطابور، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-visit-new-class =
    { $gender ->
        [female] ستتمكّن { $name } من زيارة
        [male] سيتمكّن { $name } من زيارة
       *[other] سيكون بإمكان { $name } زيارة
    } الفصل الجديد أو المدرسة الجديدة { $count ->
        [zero] { $count } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرةً
       *[other] { $count } مرة
    } قبل الانتقال، وذكر شيء واحد يبعث على الحماس في المكان الجديد.

bank-key-adult = شخص كبير مرجعي ({ EN("key adult") }): شخص واحد معروف بالاسم، يمكن لـ{ $name } اللجوء إليه، يطمئن على الطفل كل يوم، ويبقى على تواصل مع البيت

bank-worry-box = صندوق أو دفتر للمخاوف، تُوضَع فيه مخاوف { $name } للحديث عنها لاحقًا مع أحد الكبار

bank-personal-calm-plan = خطة للهدوء تُعَدّ مع { $name }: العلامات الأولى للانزعاج أو الغضب، وما يساعد، والمكان الذي يمكن الذهاب إليه لاستعادة الهدوء

bank-emotion-coaching = التدريب العاطفي ({ EN("Emotion coaching") }): يسمّي الكبار الشعور أولًا ويُظهرون أنهم يفهمونه، ثم يساعدون في اختيار ما يمكن فعله بعد ذلك

bank-gradual-return-plan = خطة لزيادة الوقت في المدرسة خطوة بخطوة، مع مكان هادئ وشخص كبير مألوف، يُتَّفق عليها مع الأسرة وتُراجَع كثيرًا

bank-attendance-support-meeting = دعم الحضور: اتصال هاتفي بالبيت في أول يوم من الغياب، واجتماع مع الأسرة للاتفاق على ما يساعد

bank-quiet-signal-to-refocus = إشارة هادئة يُتَّفق عليها مع { $name }، مثل وضع اليد على الطاولة، لإعادة الانتباه إلى المهمة دون توبيخ

bank-transition-visits-and-booklet = المساعدة على الانتقال: زيارات إضافية إلى الفصل الجديد أو المدرسة الجديدة، وكتيّب فيه صور الغرف الجديدة والموظفين الجدد للاطّلاع عليه في العطلة

bank-circle-of-friends = دائرة الأصدقاء ({ EN("Circle of friends") }): مجموعة صغيرة من زملاء الفصل تلتقي كل أسبوع مع أحد الكبار، وتتّفق على طرق لمساعدة { $name } في الفصل وفي اللعب

bank-playground-buddies = رفاق الملعب ({ EN("Playground buddies") }): أطفال أكبر سنًّا مدرَّبون، يساعدون في الألعاب وفي تكوين الصداقات في الفسحة

bank-class-job-for-confidence = مهمة في الفصل، مثل توزيع الكتب أو رعاية النباتات، لبناء الثقة بالنفس والشعور بالانتماء

bank-mental-health-support-team = جلسات حديث قصيرة مع المرشد النفسي في المدرسة، أو مع فريق دعم الصحة النفسية الذي يعمل مع المدرسة

bank-calm-morning-routine = اجعلوا الصباح هادئًا ومتشابهًا كل يوم، مع جدول مصوَّر لخطوات الاستعداد للمدرسة.

bank-regular-bedtime-screens-off = التزموا بموعد ثابت للنوم، وأطفئوا الشاشات قبل النوم بساعة.

bank-invite-friend-to-play = ادعوا صديقًا من الفصل للعب في البيت أو في الحديقة، لوقت قصير في البداية.

bank-worry-time = خصّصوا وقتًا للمخاوف: بضع دقائق كل يوم للحديث عمّا يقلق، ثم افعلوا معًا شيئًا ممتعًا.

bank-small-jobs-at-home = أعطوا { $name } مهمة صغيرة في البيت، مثل تجهيز المائدة، وقولوا «شكرًا» عند إنجازها.

bank-talk-about-new-class = في العطلة، انظروا معًا إلى الكتيّب والصور التي أعطتها المدرسة، وتحدّثوا عن الفصل الجديد.

bank-attendance-checked-weekly = يُراجَع الحضور والتأخّر كل أسبوع، وتُبلَّغ الأسرة بالنتيجة.

bank-weekly-feelings-rating =
    { $gender ->
        [female] كل أسبوع، تختار { $name } وجهًا على مقياس المشاعر يعبّر عن شعورها تجاه المدرسة،
        [male] كل أسبوع، يختار { $name } وجهًا على مقياس المشاعر يعبّر عن شعوره تجاه المدرسة،
       *[other] كل أسبوع، يُطلب من { $name } اختيار وجه على مقياس المشاعر يعبّر عن الشعور تجاه المدرسة،
    } وتُقارَن الإجابات على مدى الخطة.

bank-time-on-task-recorded =
    يقيس أحد الكبار في حصتين كل أسبوع { $gender ->
        [female] المدة التي تبقى فيها { $name } منشغلة بالمهمة،
        [male] المدة التي يبقى فيها { $name } منشغلًا بالمهمة،
       *[other] مدة انشغال { $name } بالمهمة،
    } ويسجّلها.

bank-home-school-book = دفتر التواصل بين البيت والمدرسة: ملاحظة قصيرة من المدرسة كل يوم، ومن البيت عند وجود أخبار، ويُراجَع الدفتر معًا في اجتماع المراجعة.

bank-midday-staff-notes = يكتب مشرفو استراحة الغداء كل أسبوع ملاحظة قصيرة عن سير الفسحات واستراحات الغداء.

## Sensory and physical

bank-pencil-grip =
    { $gender ->
        [female] ستتمكّن { $name } من إمساك
        [male] سيتمكّن { $name } من إمساك
       *[other] سيكون بإمكان { $name } إمساك
    } قلم الرصاص بالقبضة الثلاثية (بين الإبهام وإصبعين)، أثناء الكتابة لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }.

bank-put-on-coat =
    { $gender ->
        [female] ستتمكّن { $name } من ارتداء معطفها
        [male] سيتمكّن { $name } من ارتداء معطفه
       *[other] سيكون بإمكان { $name } ارتداء المعطف
    } وإغلاق السحّاب دون مساعدة، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-change-for-pe =
    { $gender ->
        [female] ستتمكّن { $name } من تغيير ملابسها
        [male] سيتمكّن { $name } من تغيير ملابسه
       *[other] سيكون بإمكان { $name } تغيير الملابس
    } لحصة الرياضة ({ EN("PE") }) دون مساعدة، في { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    } أو أقل.

bank-cut-along-line =
    { $gender ->
        [female] ستتمكّن { $name } من القصّ
        [male] سيتمكّن { $name } من القصّ
       *[other] سيكون بإمكان { $name } القصّ
    } بالمقصّ على خط عريض، دون الابتعاد كثيرًا عن الخط، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-balance-on-one-leg =
    { $gender ->
        [female] ستتمكّن { $name } من الوقوف
        [male] سيتمكّن { $name } من الوقوف
       *[other] سيكون بإمكان { $name } الوقوف
    } على رِجل واحدة لمدة { $seconds ->
        [zero] { $seconds } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانيةً
       *[other] { $seconds } ثانية
    }، ثم على الرِّجل الأخرى المدة نفسها.

bank-wear-hearing-aids =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام سمّاعاتها الطبية
        [male] سيتمكّن { $name } من استخدام سمّاعاته الطبية
       *[other] سيكون بإمكان { $name } استخدام السمّاعات الطبية
    } طوال اليوم الدراسي، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-say-when-not-heard =
    { $gender ->
        [female] ستتمكّن { $name } من إخبار
        [male] سيتمكّن { $name } من إخبار
       *[other] سيكون بإمكان { $name } إخبار
    } أحد الكبار عندما لا يكون شيء ما مسموعًا أو مرئيًا بوضوح، بالكلام أو ببطاقة، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-use-large-print =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } الخط الكبير أو العدسة المكبّرة لقراءة أعمال الفصل دون تذكير، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-find-way-around-school =
    { $gender ->
        [female] ستتمكّن { $name } من الذهاب وحدها
        [male] سيتمكّن { $name } من الذهاب وحده
       *[other] سيكون بإمكان { $name } الذهاب دون مرافق
    } من الفصل إلى قاعة المدرسة ودورات المياه وساحة اللعب، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-write-words-in-time =
    { $gender ->
        [female] ستتمكّن { $name } من كتابة
        [male] سيتمكّن { $name } من كتابة
       *[other] سيكون بإمكان { $name } كتابة
    } { $words ->
        [zero] { $words } كلمة
        [one] كلمة واحدة
        [two] كلمتين
        [few] { $words } كلمات
        [many] { $words } كلمةً
       *[other] { $words } كلمة
    } في { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، بحروف سهلة القراءة.

bank-ask-for-movement-break =
    { $gender ->
        [female] ستتمكّن { $name } من إظهار
        [male] سيتمكّن { $name } من إظهار
       *[other] سيكون بإمكان { $name } إظهار
    } بطاقة لطلب استراحة للحركة عند الشعور بالتململ، بدلًا من ترك المقعد، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-stay-in-assembly =
    { $gender ->
        [female] ستتمكّن { $name } من البقاء
        [male] سيتمكّن { $name } من البقاء
       *[other] سيكون بإمكان { $name } البقاء
    } في القاعة لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    } خلال تجمّع المدرسة ({ EN("assembly") })، مع استخدام واقيات الأذنين من الضجيج عند الحاجة.

bank-fine-motor-group = مجموعة للمهارات الحركية الدقيقة: أنشطة قصيرة لتقوية اليدين، مثل إدخال الخرز في خيط، واستخدام مشابك الغسيل، ولعبة { EN("dough disco") } (ضغط العجين ودحرجته على أنغام الموسيقى)

bank-therapy-exercise-programme = برنامج تمارين يضعه أخصائي العلاج الوظيفي أو أخصائي العلاج الطبيعي، ويُطبَّق مع مساعد المعلّم

bank-radio-aid =
    جهاز إرسال لاسلكي ({ EN("radio aid") }): يضع المعلّم ميكروفونًا صغيرًا ينقل صوته مباشرة إلى { $gender ->
        [female] سمّاعاتها الطبية
        [male] سمّاعاته الطبية
       *[other] سمّاعات { $name } الطبية
    }

bank-seat-near-the-front = مقعد في الأمام، مقابل المعلّم، في مكان جيد الإضاءة وبعيد عن الضجيج

bank-large-print-materials = أوراق عمل وكتب بخط كبير وتباين قوي بين الكتابة والخلفية، تُعَدّ بنصيحة من خدمة دعم الحواس

bank-sensory-circuit = { EN("Sensory circuit") }: مجموعة قصيرة من أنشطة الحركة كل صباح، تساعد { $name } على الشعور بالهدوء والاستعداد للتعلّم

bank-movement-breaks = استراحات للحركة مخطّط لها: مهام قصيرة أو تمارين أثناء الحصص، مثل إيصال رسالة إلى مكتب المدرسة

bank-ear-defenders-and-quiet-place = واقيات للأذنين من الضجيج، ومكان هادئ للاستراحة فيه عندما تكون الغرفة صاخبة جدًا

bank-finger-games-at-home = العبوا ألعابًا تحتاج إلى حركات صغيرة بالأصابع، مثل إدخال الخرز في خيط، أو البناء بالمكعّبات الصغيرة، أو تعليق الغسيل بالمشابك.

bank-dressing-practice =
    { $gender ->
        [female] أعطوا { $name } وقتًا لترتدي ملابسها وحدها في الصباح، ولا تساعدوها إلا في الجزء الأصعب.
        [male] أعطوا { $name } وقتًا ليرتدي ملابسه وحده في الصباح، ولا تساعدوه إلا في الجزء الأصعب.
       *[other] أعطوا { $name } وقتًا في الصباح لارتداء الملابس دون مساعدة، ولا تساعدوا إلا في الجزء الأصعب.
    }

bank-check-hearing-aids-daily = تأكّدوا من أن السمّاعات الطبية تعمل قبل الذهاب إلى المدرسة، وضعوا بطاريات احتياطية في الحقيبة المدرسية.

bank-active-play-at-the-park = اذهبوا معًا إلى الحديقة، والعبوا على هيكل التسلّق والأراجيح وكل لعبة تحتاج إلى التوازن.

bank-therapist-checks-goals = يتحقّق أخصائي العلاج الوظيفي أو أخصائي العلاج الطبيعي من التقدّم في كل زيارة، بمقارنته بالأهداف التي وضعها.

bank-time-taken-recorded-weekly = يُسجَّل كل أسبوع الوقت الذي تستغرقه مهمة ما، مثل تغيير الملابس لحصة الرياضة، لمعرفة إن كان الوقت يقصر.

bank-specialist-teacher-report = يحضر المعلّم المتخصّص من خدمة دعم الحواس حصة في كل نصف فصل دراسي، ويكتب تقريرًا قصيرًا.

bank-need-fine-motor-skills = يصعب على { $name } الكتابة باليد والقصّ والمهام الأخرى التي تحتاج إلى حركات صغيرة ودقيقة باليدين.

bank-check-own-hearing-aids =
    { $gender ->
        [female] ستتمكّن { $name } من فحص سمّاعاتها الطبية
        [male] سيتمكّن { $name } من فحص سمّاعاته الطبية
       *[other] سيكون بإمكان { $name } فحص السمّاعات الطبية
    } مع أحد الكبار كل صباح، وقول إن كان الصوت فيها سليمًا، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-hand-over-radio-aid =
    { $gender ->
        [female] ستتمكّن { $name } من إعطاء
        [male] سيتمكّن { $name } من إعطاء
       *[other] سيكون بإمكان { $name } إعطاء
    } المعلّم ميكروفون جهاز الإرسال اللاسلكي في بداية الحصة دون تذكير، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-read-braille-words =
    { $gender ->
        [female] ستتمكّن { $name } من قراءة
        [male] سيتمكّن { $name } من قراءة
       *[other] سيكون بإمكان { $name } قراءة
    } { $count } من أصل { $total } من الكلمات بطريقة برايل قراءة صحيحة.

bank-walk-with-walking-aid =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } أداة المساعدة على المشي للذهاب من الفصل إلى قاعة المدرسة والعودة، مع وجود أحد الكبار قريبًا، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-ask-for-rest-or-change-of-position =
    { $gender ->
        [female] ستتمكّن { $name } من إخبار أحد الكبار عندما تحتاج إلى
        [male] سيتمكّن { $name } من إخبار أحد الكبار عندما يحتاج إلى
       *[other] سيكون بإمكان { $name } إخبار أحد الكبار عند الحاجة إلى
    } استراحة أو تغيير الوضعية، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-use-stairs-safely =
    { $gender ->
        [female] ستتمكّن { $name } من صعود
        [male] سيتمكّن { $name } من صعود
       *[other] سيكون بإمكان { $name } صعود
    } الدرج ونزوله بأمان، بوضع قدم واحدة على كل درجة والإمساك بالدرابزين، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-catch-a-ball =
    { $gender ->
        [female] ستتمكّن { $name } من التقاط
        [male] سيتمكّن { $name } من التقاط
       *[other] سيكون بإمكان { $name } التقاط
    } كرة كبيرة تُرمى برفق من على بُعد { $steps ->
        [zero] { $steps } خطوة
        [one] خطوة واحدة
        [two] خطوتين
        [few] { $steps } خطوات
        [many] { $steps } خطوةً
       *[other] { $steps } خطوة
    }، في { $times ->
        [zero] { $times } رمية
        [one] رمية واحدة
        [two] رميتين
        [few] { $times } رميات
        [many] { $times } رميةً
       *[other] { $times } رمية
    } من أصل { $of }.

bank-hop-on-each-foot =
    { $gender ->
        [female] ستتمكّن { $name } من القفز
        [male] سيتمكّن { $name } من القفز
       *[other] سيكون بإمكان { $name } القفز
    } على قدم واحدة { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    }، ثم على القدم الأخرى المرات نفسها، دون السقوط.

bank-do-up-buttons =
    { $gender ->
        [female] ستتمكّن { $name } من إغلاق
        [male] سيتمكّن { $name } من إغلاق
       *[other] سيكون بإمكان { $name } إغلاق
    } { $count ->
        [zero] { $count } زرّ
        [one] زرّ واحد
        [two] زرّين
        [few] { $count } أزرار
        [many] { $count } زرًّا
       *[other] { $count } زرّ
    } في قميص أو سترة صوفية دون مساعدة.

bank-type-words-per-minute =
    { $gender ->
        [female] ستتمكّن { $name } من كتابة
        [male] سيتمكّن { $name } من كتابة
       *[other] سيكون بإمكان { $name } كتابة
    } { $words ->
        [zero] { $words } كلمة
        [one] كلمة واحدة
        [two] كلمتين
        [few] { $words } كلمات
        [many] { $words } كلمةً
       *[other] { $words } كلمة
    } في الدقيقة على لوحة المفاتيح، باستخدام اليدين كلتيهما.

bank-use-knife-and-fork =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام
        [male] سيتمكّن { $name } من استخدام
       *[other] سيكون بإمكان { $name } استخدام
    } السكين والشوكة لتقطيع الطعام الطري في وقت الغداء، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-open-lunch-items =
    { $gender ->
        [female] ستتمكّن { $name } من فتح
        [male] سيتمكّن { $name } من فتح
       *[other] سيكون بإمكان { $name } فتح
    } { $count } من أصل { $total } من الأكياس والعلب في الغداء الذي يُحضَر من البيت، دون مساعدة.

bank-try-new-foods =
    { $gender ->
        [female] ستتمكّن { $name } من تجربة
        [male] سيتمكّن { $name } من تجربة
       *[other] سيكون بإمكان { $name } تجربة
    } { $count ->
        [zero] { $count } صنف جديد من الطعام
        [one] صنف جديد واحد من الطعام
        [two] صنفين جديدين من الطعام
        [few] { $count } أصناف جديدة من الطعام
        [many] { $count } صنفًا جديدًا من الطعام
       *[other] { $count } صنف جديد من الطعام
    } في استراحة الغداء في كل نصف فصل دراسي، بالنظر إلى كل صنف أو لمسه أو شمّه أو تذوّقه.

bank-join-messy-play =
    { $gender ->
        [female] ستتمكّن { $name } من المشاركة
        [male] سيتمكّن { $name } من المشاركة
       *[other] سيكون بإمكان { $name } المشاركة
    } في نشاط قد يوسّخ اليدين، مثل الرسم بالألوان المائية أو الطبخ، لمدة { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    }، مع ارتداء قفّازات عند الرغبة.

bank-use-sensory-tools =
    { $gender ->
        [female] ستتمكّن { $name } من استخدام أداة من حقيبة أدواتها الحسية
        [male] سيتمكّن { $name } من استخدام أداة من حقيبة أدواته الحسية
       *[other] سيكون بإمكان { $name } استخدام أداة من حقيبة الأدوات الحسية
    }، مثل وسادة جلوس متحرّكة أو شيء يُحرَّك بالأصابع، للحفاظ على الهدوء والاستقرار، في { $times ->
        [zero] { $times } حصة
        [one] حصة واحدة
        [two] حصتين
        [few] { $times } حصص
        [many] { $times } حصةً
       *[other] { $times } حصة
    } من أصل { $of }.

bank-know-signs-of-feeling-unwell =
    { $gender ->
        [female] ستتمكّن { $name } من ذكر
        [male] سيتمكّن { $name } من ذكر
       *[other] سيكون بإمكان { $name } ذكر
    } { $count ->
        [zero] { $count } علامة تدلّ
        [one] علامة واحدة تدلّ
        [two] علامتين تدلّان
        [few] { $count } علامات تدلّ
        [many] { $count } علامةً تدلّ
       *[other] { $count } علامة تدلّ
    } على الحاجة إلى المساعدة بسبب حالة صحية، مثل الارتجاف أو ضيق التنفّس، وذكر الشخص الكبير الذي يجب إخباره.

bank-help-with-own-medical-care =
    { $gender ->
        [female] ستتمكّن { $name } من المشاركة في رعايتها الصحية
        [male] سيتمكّن { $name } من المشاركة في رعايته الصحية
       *[other] سيكون بإمكان { $name } المشاركة في الرعاية الصحية الشخصية
    }، مثل قياس السكر في الدم، تحت إشراف أحد الكبار، في { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } من أصل { $of }.

bank-ask-for-toilet-in-time =
    { $gender ->
        [female] ستتمكّن { $name } من طلب
        [male] سيتمكّن { $name } من طلب
       *[other] سيكون بإمكان { $name } طلب
    } الذهاب إلى الحمّام في الوقت المناسب، بالكلام أو ببطاقة، على ألّا تبتلّ الملابس أو تتّسخ أكثر من { $count ->
        [zero] { $count } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرةً
       *[other] { $count } مرة
    } في الأسبوع.

bank-wash-hands-after-toilet =
    { $gender ->
        [female] ستتمكّن { $name } من غسل
        [male] سيتمكّن { $name } من غسل
       *[other] سيكون بإمكان { $name } غسل
    } اليدين وتجفيفهما بعد استخدام الحمّام، دون تذكير، في { $times ->
        [zero] { $times } مرة
        [one] مرة واحدة
        [two] مرتين
        [few] { $times } مرات
        [many] { $times } مرةً
       *[other] { $times } مرة
    } من أصل { $of }.

bank-deaf-friendly-teaching = تعليم يراعي الصمّ وضعاف السمع: يواجه المعلّم الفصل عند الكلام، وتُكتب الكلمات الأساسية على اللوح، وتُعرض مقاطع الفيديو مع نص مكتوب على الشاشة

bank-braille-teaching = دروس في طريقة برايل مع معلّم متخصّص، وتجهيز أعمال الفصل بطريقة برايل قبل كل حصة

bank-mobility-training = تدريب على التنقّل يقدّمه مختصّ، لتعلّم التنقّل في المدرسة ومعرفة الطريق بأمان ودون مرافق

bank-sloped-board-and-pencil-grip = لوح مائل للكتابة، وقطعة مطاطية تُركَّب على قلم الرصاص لتسهيل الإمساك به، حتى تصبح الكتابة أسهل وأكثر راحة

bank-typing-for-longer-writing = حاسوب محمول أو جهاز لوحي لكتابة النصوص الطويلة، مع تمرين على الكتابة بلوحة المفاتيح كل أسبوع

bank-moving-and-handling-plan = خطة للرفع والتحريك، تُكتب مع أخصائي العلاج الطبيعي، لرفع الطفل وتحريكه وتغيير وضعيته بأمان، ويطبّقها موظفون مدرَّبون

bank-gross-motor-group = مجموعة للحركة: جلسات قصيرة من ألعاب التوازن والقفز والرمي والالتقاط، لبناء القوة والتناسق في الحركة

bank-sensory-diet = البرنامج الحسي ({ EN("sensory diet") }): أنشطة مخطّط لها على مدار اليوم، مثل حمل الأشياء أو دفعها أو وقت هادئ، يحدّدها أخصائي العلاج الوظيفي، لمساعدة { $name } على الهدوء والانتباه

bank-sensory-tool-kit = حقيبة الأدوات الحسية: أشياء مثل وسادة جلوس متحرّكة، ولعبة تُحرَّك بالأصابع، وشيء آمن للمضغ، لمساعدة { $name } على الهدوء والاستقرار في الحصص

bank-individual-health-care-plan = خطة رعاية صحية فردية ({ EN("individual health care plan") })، تُكتب مع الأسرة وممرّضة المدرسة، وتوضّح ما يفعله فريق المدرسة كل يوم وفي حالات الطوارئ

bank-staff-medical-training = موظفون مدرَّبون على إعطاء الأدوية وعلى المساعدة في الحالة الصحية، مثل استخدام بخّاخ الربو أو قلم الأدرينالين

bank-intimate-care-plan = خطة للعناية الشخصية يُتَّفق عليها مع الأسرة: روتين خاص ومخطّط له لاستخدام الحمّام وتغيير الملابس، مع موظفين محدّدين بالاسم

bank-toilet-timetable = تذكير بالذهاب إلى الحمّام في أوقات محدّدة من اليوم، وبطاقة لطلب الذهاب في أي وقت

bank-lunchtime-eating-support = مساعدة في استراحة الغداء: مكان أهدأ للأكل، وتقطيع الطعام عند الحاجة، وشخص كبير يشجّع على تجربة أطعمة جديدة

bank-throw-and-catch = العبوا بالرمي والالتقاط بكرة كبيرة طرية، وابتعدوا عن بعضكم أكثر كلما أصبح الأمر أسهل.

bank-help-in-the-kitchen = أشركوا { $name } في أعمال المطبخ، مثل التقليب، والسكب، ودهن الخبز، وتقطيع الطعام الطري.

bank-new-food-next-to-favourite = ضعوا قليلًا من طعام جديد بجانب طعام مفضّل، دون ضغط، وامدحوا النظر إليه أو لمسه أو تذوّقه.

bank-toilet-routine-at-home = حافظوا على روتين منتظم للذهاب إلى الحمّام في البيت، مثلًا بعد الوجبات، باستخدام الكلمات والصور نفسها التي تستخدمها المدرسة.

bank-therapy-exercises-at-home = مارسوا معًا التمارين التي أعطاها أخصائي العلاج الطبيعي أو أخصائي العلاج الوظيفي، بضع مرات في الأسبوع.

bank-update-school-on-health = أخبروا المدرسة بأي تغيير في الصحة أو في الأدوية، وتأكّدوا من أن الأدوية المحفوظة في المدرسة لم تنتهِ صلاحيتها.

bank-glasses-every-day = تأكّدوا كل يوم من ذهاب { $name } إلى المدرسة بنظارة نظيفة.

bank-hearing-aid-check-log = يُسجَّل فحص السمّاعات الطبية كل صباح، مع أي مشكلة، ويُراجَع السجلّ كل أسبوع.

bank-toileting-chart = جدول لاستخدام الحمّام: تُسجَّل كل يوم أوقات بقاء الملابس جافة، ومرات البلل أو الاتّساخ، ويُراجَع الجدول كل أسبوع.

bank-foods-tried-record =
    { $gender ->
        [female] يحتفظ مشرفو استراحة الغداء بسجلّ للأطعمة التي تجرّبها { $name }.
        [male] يحتفظ مشرفو استراحة الغداء بسجلّ للأطعمة التي يجرّبها { $name }.
       *[other] يحتفظ مشرفو استراحة الغداء بسجلّ لتجربة { $name } للأطعمة المختلفة.
    }

bank-movement-skills-check = فحص قصير لمهارات الحركة، مثل التوازن والقفز على قدم واحدة والالتقاط، في بداية الخطة وفي نهايتها.

bank-medical-log = سجلّ للأدوية التي أُعطيت ولأوقات توعّك { $name }، يُراجَع كل نصف فصل دراسي مع الأسرة وممرّضة المدرسة.

## Any area

bank-strength-kind-and-helpful =
    { $gender ->
        [female] { $name } طيّبة، وتحبّ مساعدة الكبار والأطفال الآخرين.
        [male] { $name } طيّب، ويحبّ مساعدة الكبار والأطفال الآخرين.
       *[other] من صفات { $name } الطيبة وحبّ مساعدة الكبار والأطفال الآخرين.
    }

bank-strength-creative =
    { $gender ->
        [female] { $name } مبدعة، وتستمتع بالرسم وبصنع الأشياء وبنائها.
        [male] { $name } مبدع، ويستمتع بالرسم وبصنع الأشياء وبنائها.
       *[other] لدى { $name } خيال مبدع، ومتعة في الرسم وفي صنع الأشياء وبنائها.
    }

bank-strength-keeps-trying =
    { $gender ->
        [female] تواصل { $name } المحاولة، حتى عندما تكون المهمة صعبة.
        [male] يواصل { $name } المحاولة، حتى عندما تكون المهمة صعبة.
       *[other] من صفات { $name } المثابرة ومواصلة المحاولة، حتى عندما تكون المهمة صعبة.
    }

bank-pupil-views-before-review =
    قبل كل اجتماع مراجعة، { $gender ->
        [female] تُسأل { $name }
        [male] يُسأل { $name }
       *[other] يُطرح على { $name } سؤال
    } عمّا يسير جيدًا وعمّا هو صعب، وتُكتب الإجابات.

bank-termly-review-meeting = اجتماع مع الأسرة في كل فصل دراسي، للنظر في الأهداف معًا والاتفاق على الخطوات التالية.

## Assessments

bank-reading-and-spelling-assessment = تقييم للقراءة والإملاء

bank-maths-assessment = تقييم في الرياضيات، لمعرفة مهارات الأعداد التي تحتاج إلى مزيد من التدريب

bank-dyslexia-screening = فحص أولي لعسر القراءة ({ EN("dyslexia") }): فحص قصير لمهارات القراءة والإملاء والذاكرة

bank-educational-psychologist-assessment = تقييم يجريه أخصائي علم النفس التربوي

bank-speech-and-language-assessment = تقييم يجريه أخصائي النطق واللغة

bank-autism-assessment-referral = إحالة إلى الخدمة الصحية المحلية لتقييم التوحّد

bank-mental-health-assessment = تقييم من خدمة الصحة النفسية المحلية للأطفال والمراهقين ({ EN("CAMHS") })

bank-hearing-test-audiology = فحص للسمع لدى خدمة السمعيات ({ EN("audiology") })

bank-eye-clinic-assessment = فحص للنظر في عيادة العيون بالمستشفى

bank-occupational-therapy-assessment = تقييم يجريه أخصائي العلاج الوظيفي للحركة، والكتابة باليد، والعناية بالنفس مثل ارتداء الملابس

bank-specialist-teacher-learning-assessment = تقييم يجريه المعلّم المتخصّص في صعوبات التعلّم، للقراءة والكتابة والرياضيات والذاكرة

bank-handwriting-speed-check = فحص لسرعة الكتابة باليد، لمعرفة إن كان الوقت الإضافي أو الكتابة على الحاسوب سيساعد

bank-autism-outreach-observation = ملاحظة في الفصل وفي اللعب يجريها فريق دعم التوحّد من خارج المدرسة ({ EN("autism outreach") })، مع نصائح لفريق المدرسة

bank-stammering-assessment = تقييم يجريه أخصائي النطق واللغة الذي يعمل مع الأطفال المصابين بالتأتأة

bank-adhd-assessment-referral = إحالة إلى الخدمة الصحية المحلية لتقييم اضطراب فرط الحركة وتشتّت الانتباه ({ EN("ADHD") })

bank-behaviour-support-observation = ملاحظة في الفصل تجريها خدمة دعم السلوك، مع نصائح لفريق المدرسة

bank-physiotherapy-assessment = تقييم يجريه أخصائي العلاج الطبيعي للحركة والتوازن والقوة

bank-functional-vision-assessment = تقييم يجريه المعلّم المتخصّص في دعم الأطفال ضعاف البصر، لمعرفة طريقة استخدام { $name } للبصر في الفصل

bank-paediatrician-referral = إحالة إلى طبيب الأطفال في الخدمة الصحية المحلية ({ EN("community paediatrician") })، وهو طبيب يفحص صحة الأطفال ونموّهم

bank-early-help-assessment = تقييم المساعدة المبكرة ({ EN("early help assessment") }): يجمع الأسرة والخدمات المحلية للاتفاق على الدعم المطلوب

bank-ehc-needs-assessment = طلب إلى المجلس المحلي لإجراء تقييم لاحتياجات التعليم والصحة والرعاية، وقد يؤدّي إلى خطة التعليم والصحة والرعاية ({ EN("EHC plan") })
