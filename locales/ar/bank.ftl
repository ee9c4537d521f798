# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# The family is addressed in the plural (أنتم), as in iep.ftl. Where a sentence agrees with
# the child, [female] and [male] use the verb and pronoun forms; [other] uses a verbal noun
# ("سيكون بإمكان { $name } قراءة …") or the name, so no gender is shown.

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
