# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# Persian needs no gender, so $gender is left out; the family is addressed as شما. A noun
# after a number stays singular and CLDR one covers 0 and 1, so there are no plural selects.

## Cognition and learning

bank-read-common-words = { $name } از { $total } کلمه‌ی پرکاربرد روی کارت کلمه‌هایش، { $count } کلمه را خواهد خواند. این را دو بار، به فاصله‌ی یک هفته، بررسی می‌کنیم.

bank-precision-teaching = { EN("Precision teaching") }: هر روز چند دقیقه تمرین با کارت‌های کلمه، هر بار چند کلمه

bank-words-read-checked-weekly = کلمه‌هایی که درست خوانده می‌شوند، هر هفته ثبت می‌شوند.

bank-read-card-words-at-bedtime = وقت خواب، { $count } کلمه از کلمه‌های کارت را با هم بخوانید.

bank-write-sentences-about-picture = { $name } درباره‌ی یک تصویر { $count } جمله خواهد نوشت. هر جمله با حرف بزرگ انگلیسی ({ EN("capital letter") }) شروع می‌شود و با نقطه تمام می‌شود.

bank-writing-group-sentence-frames = یک گروه کوچک برای تمرین نوشتن، با قالب‌های جمله (آغاز یک جمله، که بچه‌ها آن را کامل می‌کنند)

bank-writing-samples-checked = نمونه‌هایی از نوشته‌هایش نگه داشته می‌شود و هر دو هفته یک بار بررسی می‌شود.

bank-talk-about-picture = با هم درباره‌ی یک تصویر حرف بزنید، و کمکش کنید پیش از نوشتن، یک جمله را بلند بگوید.

bank-read-together-daily = لطفاً هر روز { $minutes } دقیقه با { $name } کتاب بخوانید و دفترچه‌ی خواندن ({ EN("reading record") }) را امضا کنید.

## Communication and interaction

bank-follow-two-step-instruction = { $name } دستوری دومرحله‌ای را که به همه‌ی کلاس داده می‌شود، بدون یادآوری انجام خواهد داد: از هر { $of } بار، { $times } بار.

bank-instructions-in-short-steps = دستورها در مرحله‌های کوتاه داده می‌شوند، و برای هر مرحله یک تصویر هست که آن را نشان می‌دهد.

bank-tally-chart-weekly = جدول شمارش با خط‌های کوچک ({ EN("tally chart") })، که هر هفته بررسی می‌شود

bank-two-step-instructions-at-home = در خانه هم دستورهای دومرحله‌ای بدهید، و وقتی آن‌ها را انجام می‌دهد، تشویقش کنید.

## Social, emotional and mental health

bank-calm-card = { $name } به جای داد زدن، از کارت آرامش و گوشه‌ی آرامش استفاده خواهد کرد: از هر { $of } روز، { $days } روز.

bank-feelings-check-in = هر روز صبح یک گفت‌وگوی کوتاه برای احوال‌پرسی، با یک مقیاس احساسات

bank-feelings-scale-at-home = در خانه هم از همان مقیاس احساسات استفاده کنید، و وقتی برای استراحت اجازه می‌خواهد، تشویقش کنید.
