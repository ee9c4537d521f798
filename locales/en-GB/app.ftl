# The messages of the local web app (`iepress serve`), in English. Other languages can be
# added beside this file later; the app's pages are for school staff.

app-name = iepress
app-tagline = { $school }: plans, copies for families, and print runs
skip-to-content = Skip to the main content
nav-pupils = Pupils

pupils-heading = Pupils
pupils-intro = Every plan in the school's folder, with the family's language and print size, when it is reviewed, and how much of the school's text reaches the family's language.
pupils-empty = There are no plans in { $folder } yet.
col-pupil = Pupil
col-class = Class
col-language = Family's language
col-print = Print
col-review = Review
col-in-language = In the family's language
col-problems = Problems
print-clear = Clear print
print-large = Large print, { $size } pt
texts-in-language = { $shown } of { $total } texts
texts-all = all { $total } texts
no-problems = None
problems-count = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
plan-file = plan file { $file }

plan-heading = { $pupil }
plan-file-heading = The plan file
plan-problems-heading = Problems with this plan
plan-copy-heading = The family's copy
plan-copy-intro = Choose the language, the print size and the format, then preview it here or download it.
field-language = Language
field-size = Print size
field-format = Format
size-family = As the plan says
size-clear = Clear print (14 pt)
size-large = Large print, { $size } pt
size-large-usual = Large print, 18 pt (written as “true” in the plan)
format-html = Web page (preview)
format-pdf = Tagged PDF
format-brf = Braille (BRF)
format-audio = Read aloud (WAV)
format-mp3 = Read aloud (MP3)
action-show = Show the copy
untranslated-heading = Still in the school's language
untranslated-intro = These texts of the plan have no translation into { $language } yet; the copy shows them in the school's language.
untranslated-none = Every text of the plan is in { $language }.
back-to-pupils = Back to all pupils

error-heading = Something went wrong
error-not-found = There is no plan called { $name } in the school's plans folder.
error-bad-request = The request could not be understood: { $reason }

nav-translations = Translations
translations-heading = Translations
translations-intro = The school's own words (in its plans and profile) that have no translation yet. A bilingual member of staff can translate them here; they are saved into the school's translations folder, and every copy in that language uses them.
translations-families = Languages the families read
translations-others = Other languages
translations-to-do = { $count ->
    [0] everything translated
    [one] 1 text to translate
   *[other] { $count } texts to translate
}
translate-heading = Translate into { $language }
translate-intro = Each text as the school wrote it, with a box for its translation. Leave a box empty to leave the text for later. Saving adds the translations to { $file }; nothing already there is lost.
translate-none = Every text of the school's is translated into { $language }.
translate-used-in = Used in
translate-suggestion = A translator's suggestion, not yet checked
translate-label = Translation into { $language }
translate-save = Save the translations
translate-saved = { $count ->
    [0] Nothing was saved: every box was empty.
    [one] 1 translation saved.
   *[other] { $count } translations saved.
}
conflict-heading = Not saved: the translations changed meanwhile
conflict-text = Someone else, or another program, changed { $file } after this page was loaded. Nothing was written over. What you typed is still in the boxes below, beside the texts as they are now: check it and save again.
error-forbidden = This form did not come from this app's own page, so it was not saved. Open the page again from the app and save from there.

nav-new-plan = New plan
new-heading = A new plan
new-intro = Write a plan for a pupil who has none yet. The targets, strategies, home activities and checks come from iepress's bank, already written in every language a family may read. Choose them, then press "Next" to give the numbers each one needs, then save.
new-pupil = The pupil
new-family = The family
new-plan = The plan
new-target = Target { $number }
field-pupil-name = Full name (required)
field-known-as = Name they go by
field-date-of-birth = Date of birth
field-year-group = Year group
field-class = Class
field-gender = Boy or girl (only for languages whose grammar needs it)
field-contact-name = Parent or carer's name
field-contact-relationship = Relationship to the pupil
field-family-language = The family's language (required)
field-print = Print size of their copy
field-stage = Stage of support
field-areas = Areas of need
field-start = Start date (required)
field-review = Review date (required)
field-class-teacher = Class teacher
field-written-by = Written by
field-about = What the pupil is good at and enjoys
field-about-text = Or in your own words
field-needs = What the pupil finds hard
field-needs-text = Or in your own words
field-target = The target
field-who-role = Who helps: their role
field-who-name = Who helps: their name
field-does = What they do
field-minutes = Minutes a session
field-times = Sessions a week
field-part = Part of the day
field-success = How success is checked
field-home = What to do at home
field-home-support = Helping at home, every day
field-assessment = A further assessment
field-assessment-month = Planned for the month
field-assessment-month-number = Planned for the month (1 for January to 12 for December)
field-param = { $entry }: { $param }
choose-none = (none)
gender-unsaid = Not said
option-as-written = (as the plan file writes it, which iepress does not know: see the plan's problems)
gender-female = Girl
gender-male = Boy
action-next = Next: the numbers
action-save-plan = Save the plan
new-params-heading = The numbers the chosen entries need
new-params-intro = Each entry you chose has numbers that change from child to child, such as how many words out of how many.
new-problems-heading = The plan could not be saved
new-exists = There is already a plan called { $file }: open it from the pupils page, or give the pupil's full name as it differs.

nav-evening = Parents' evening
evening-heading = Parents' evening
evening-intro = Upload the evening's appointments, as a CSV file saved from the spreadsheet (the columns time, pupil, teacher and room; pupil is the plan file's name, such as amira-khan). iepress makes every family's copy in their language and print size, the school's copy of each plan, and one print pack in appointment order, to print double-sided. Or make them for every plan.
field-appointments = The appointments (CSV)
action-evening = Make the evening's documents
action-every-plan = Make them for every plan
evening-last = The last evening's files
evening-made = { $documents } documents made in { $seconds } s{ $failed ->
    [0] .
   *[other] ; { $failed } could not be made (below).
}
evening-pack = The print pack: { $file }, { $pages } pages, { $mb } MB
evening-zip = Every family's copy in one zip: { $file }
evening-col-appointment = Appointment
evening-col-files = Files
evening-col-problems = Problems
evening-none = No evening has been made yet.
form-restored = What you typed before is back in the form; it is not saved until you save it.

nav-provision = Provision map
provision-heading = Provision map
provision-intro = The school's costed extra support (from the provision folder: interventions.csv and participants.csv, or the workbook), with each intervention's entry and exit scores, and each child's copy for their family.
provision-school = The school's map
provision-gaps = Where the support does not reach yet
provision-children = Each child's copy
provision-web = web page
provision-pdf = PDF
provision-none = This school's folder has no provision map yet: put the interventions and participants (CSV, or the workbook) in its provision folder.

edit-heading = The details of { $pupil }'s plan
edit-intro = Change a detail and save: only what you change is rewritten in { $file }; the school's notes and everything else in the file stay as they are.
edit-link = Change the plan's details
edit-save = Save the details
edit-review = The review meeting
edit-review-hint = Fill these in at the review; leave them empty until then. The outcome of each target and what people said are on the page of the plan's texts and targets.
field-review-date = Date of the review meeting
field-next-review = Date of the next review
field-agencies = Outside agencies involved
field-agencies-other = Other agencies, in the school's words (one a line)
field-contacts = Parents and carers
field-contact-row-name = Parent or carer { $number }: name
field-contact-row-as = Parent or carer { $number }: relationship to the pupil
field-present = Who came to the review
field-present-row-name = Person { $number } at the review: name
field-present-row-as = Person { $number } at the review: who they are
people-hint = To remove someone, empty both of their boxes; to add someone, fill in the empty row at the end and save (another empty row then appears).
people-family = Family
people-school = School and services
people-own-words = As the plan file says
edit-saved = The plan's details were saved.
edit-conflict-heading = Not saved: the plan changed meanwhile
edit-conflict-text = Someone else, or another program, changed { $file } after this page was loaded. Nothing was written over. What you typed is still in the form below, beside the plan as it is now: check it and save again.

login-heading = Sign in
login-intro = This app is open on the school's network, so it asks for the password the office set.
login-password = The school's password for iepress
login-action = Sign in
login-wrong = That is not the password. Try again, or ask the office.
sign-out = Sign out
evening-running = Making the evening's documents: { $done } of { $total } done. This page shows how far it is until they are all made.

provision-upload-heading = Put in a new provision map
provision-upload-intro = The workbook (provision.xlsx, with the sheets interventions and participants), or the two CSV files. They are checked first, as the command line reads them; the files they replace are kept in the provision folder's previous folder.
field-workbook = The workbook (.xlsx)
field-interventions = Or: the interventions (CSV)
field-participants = and the participants (CSV)
provision-upload = Check and put in the new map
provision-saved = The new provision map is in.
provision-problems = The files were not put in: they have these problems.
provision-conflict = The provision map changed after this page was loaded; nothing was replaced. Look at the map as it is now, then upload again.
col-advice = Advice
advice-count = { $count ->
    [0] none
    [one] 1 point
   *[other] { $count } points
}
plan-advice-heading = Advice on this plan
plan-advice-intro = What iepress lint says about the plan: none of it stops a copy being made.

targets-heading = The texts and targets of { $pupil }'s plan
targets-heading-group = The texts and targets of the group plan “{ $group }”
field-group-name = The group's name, as the families read it
group-details = The group plan's details
group-pupils = The group's pupils
group-pupils-hint = Each family's copy names only their own child, so no text of the plan may name one of the pupils. To take out a pupil who has outcomes at the review, take their outcomes out of the file first.
group-edit = Change its texts and targets
targets-intro = Each text is shown as { $file } has it: picked from the bank (with its numbers), in the school's own words, or in several languages, one box each. Only what you change is rewritten; the school's notes, the translations you leave alone and everything else in the file stay as they are.
targets-link = Change the plan's texts and targets
targets-save = Save the texts and targets
targets-saved = The plan's texts and targets were saved.
targets-plan-heading = The plan
targets-targets-heading = Targets
targets-target = Target { $number }
targets-fixed = The targets are written in a short form in the file: they can be changed here, but not moved, removed or added to (write each target on its own lines starting with "- ", as in the example plans).
target-up = Move target { $number } up
target-down = Move target { $number } down
target-remove = Remove target { $number }
target-remove-confirm = Remove target { $number } from the plan, with its outcome at the review if it has one?
targets-new = A new target
targets-new-intro = Pick a target from the bank or write it, say who helps, what they do and when, and add it: it goes after the others.
targets-add = Add the new target
targets-review-heading = The review
field-from-bank = From the bank
choose-own-words = Not from the bank: the school's own words, below
field-own-words = Or in the school's own words (choose "Not from the bank" above)
field-school-words = In the school's words
field-in-language = In { $language }
texts-translations-hint = This text is written in the file in each of these languages. If you change one, check that the others still say the same.
texts-written-as = Written in the plan file as below; change it there, in a text editor.
field-exit-criteria = When the extra help can stop
field-strategy-that-works = What works for the pupil
field-strategies = What works for the pupil (a list)
field-assessments = Further assessments planned
field-strategy-new = A new item of what works
field-assessment-new = A new further assessment
list-remove = Remove item { $number } when saving
list-add-hint = To add one, pick it from the bank or write it above, and save.
field-progress = Progress since the last plan
field-pupil-comment = What the pupil said
field-parent-comment = What the parents or carers said
field-teacher-comment = What the class teacher said
field-next-steps = Next steps
field-outcome = Target { $number } at the review
field-outcome-result = How target { $number } went
field-outcome-comment = What was said of it
outcome-none = (not recorded yet)
result-achieved = Achieved
result-partly = Partly achieved
result-not-yet = Not achieved yet
field-who = Who helps
field-when = When, and how often
field-days = On these days
field-every = Or every
field-time = At (time of day)
field-time-hint = On the 24-hour clock, such as 9:10 or 13:15.
field-weeks = For how many weeks

groups-heading = Group learning plans
groups-intro = Plans for pupils who get extra help together (the school's plans/groups folder). Each family's copy is in their language and print size and names only their child.
col-group = Group
col-group-copies = Each family's copy
group-copy-web = web page
group-copy-pdf = PDF
