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
    } عن صورة. تبدأ كل جملة بحرف إنجليزي كبير ({ EN("capital letter") }) وتنتهي بنقطة.

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

bank-tally-chart-weekly = جدول تُسجَّل فيه المرات بعلامات عدّ ({ EN("tally chart") })، ويُراجَع كل أسبوع

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
