# The bank (see locales/en-GB/bank.ftl). Drafted; not yet reviewed by a fluent speaker.
# The name never takes an ending (-এর, -কে): each sentence is built with the name as its
# subject, and তার / তাকে stand for the child, so no entry needs $gender. A word card is
# "শব্দ-কার্ড"; Bengali "one" also covers 0, so numbers are written { $count }টি throughout.

## Cognition and learning

bank-read-common-words = { $name } তার শব্দ-কার্ডের { $total }টি সাধারণ শব্দের মধ্যে { $count }টি পড়তে পারবে। এটি এক সপ্তাহ পরপর দুবার যাচাই করে দেখা হবে।

bank-precision-teaching = { EN("Precision teaching") }: প্রতিদিন কয়েক মিনিট শব্দ-কার্ড দিয়ে অনুশীলন, একবারে অল্প কয়েকটি শব্দ

bank-words-read-checked-weekly = ঠিকভাবে পড়া শব্দগুলো প্রতি সপ্তাহে লিখে রাখা হয়।

bank-read-card-words-at-bedtime = রাতে ঘুমানোর আগে একসঙ্গে কার্ডের { $count }টি শব্দ পড়ুন।

bank-write-sentences-about-picture = { $name } একটি ছবি নিয়ে { $count }টি বাক্য লিখবে। প্রতিটি বাক্য শুরু হবে বড় হাতের অক্ষর ({ EN("capital letter") }) দিয়ে, আর শেষ হবে ফুল স্টপ ({ EN("full stop") }) দিয়ে।

bank-writing-group-sentence-frames = লেখার একটি ছোট দল, যেখানে বাক্যের কাঠামো ব্যবহার করা হয় (বাক্যের শুরুটা দেওয়া থাকে, শিশু বাকিটা লেখে)

bank-writing-samples-checked = তার লেখার কিছু নমুনা রেখে দেওয়া হয়, আর দুই সপ্তাহ পরপর যাচাই করা হয়।

bank-talk-about-picture = একসঙ্গে একটি ছবি নিয়ে কথা বলুন। কোনো বাক্য লেখার আগে সেটি জোরে বলতে তাকে সাহায্য করুন।

bank-read-together-daily = প্রতিদিন { $minutes } মিনিট { $name } আপনার সঙ্গে বসে পড়ুক। অনুগ্রহ করে পড়ার খাতায় ({ EN("reading record") }) সই করুন।

## Communication and interaction

bank-follow-two-step-instruction = পুরো ক্লাসকে দেওয়া দুই ধাপের নির্দেশ { $name } মনে করিয়ে দেওয়া ছাড়াই মেনে চলবে, { $of } বারের মধ্যে { $times } বার।

bank-instructions-in-short-steps = নির্দেশ ছোট ছোট ধাপে দেওয়া হয়, আর প্রতিটি ধাপ একটি ছবি দিয়ে দেখানো হয়।

bank-tally-chart-weekly = দাগ কেটে গোনার একটি চার্ট ({ EN("tally chart") }), যা প্রতি সপ্তাহে দেখা হয়

bank-two-step-instructions-at-home = বাড়িতে দুই ধাপের নির্দেশ দিন, আর সে তা মেনে চললে তার প্রশংসা করুন।

## Social, emotional and mental health

bank-calm-card = চিৎকার করার বদলে { $name } শান্ত হওয়ার কার্ড আর শান্ত কোণ ব্যবহার করবে, { $of } দিনের মধ্যে { $days } দিন।

bank-feelings-check-in = প্রতিদিন সকালে অনুভূতির স্কেল দিয়ে অল্প সময়ের জন্য শিশুর খোঁজখবর নেওয়া

bank-feelings-scale-at-home = বাড়িতেও অনুভূতির সেই একই স্কেল ব্যবহার করুন, আর সে একটু বিরতি চাইলে তার প্রশংসা করুন।
