//! A made-up school for trying iepress and for its benchmark: a school profile, one plan a
//! pupil, and a parents' evening's appointment list.
//!
//! Everything is invented: names are drawn from lists, phone numbers are in the ranges
//! Ofcom keeps for drama (01632 960xxx, 07700 900xxx), and web addresses are under
//! `example.org`. The same number of pupils always gives the same school. The entry point
//! is [`write_school`].

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::localize::LANGUAGES;

/// What was written.
#[derive(Debug, Clone)]
pub struct DemoSchool {
    /// The school profile.
    pub school: PathBuf,
    /// The plans.
    pub plans: Vec<PathBuf>,
    /// The appointment list.
    pub appointments: PathBuf,
}

/// A small deterministic random number generator (SplitMix64): the demo must be the same
/// on every machine, and needs nothing stronger.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const FIRST_NAMES: &[&str] = &[
    "Aisha", "Ben", "Chloe", "Dawid", "Ella", "Farhan", "Grace", "Harvey", "Imran", "Jakub",
    "Kiera", "Leo", "Maya", "Nikolai", "Olivia", "Priya", "Rosa", "Sami", "Tomasz", "Usman",
    "Vera", "Wiktoria", "Yusuf", "Zara", "Amelia", "Bilal", "Daria", "Elif", "Hana", "Ioana",
];

/// The first names of [`FIRST_NAMES`] that are girls' names here: the plans give each
/// pupil's gender, which the bank's entries agree with in some languages.
const GIRLS: &[&str] = &[
    "Aisha", "Chloe", "Ella", "Grace", "Kiera", "Maya", "Olivia", "Priya", "Rosa", "Vera",
    "Wiktoria", "Zara", "Amelia", "Daria", "Elif", "Hana", "Ioana",
];

const SURNAMES: &[&str] = &[
    "Ahmed",
    "Baker",
    "Costa",
    "Dobre",
    "Evans",
    "Farah",
    "Green",
    "Hussain",
    "Islam",
    "Jones",
    "Kaur",
    "Lewandowski",
    "Mahmood",
    "Novak",
    "Okafor",
    "Patel",
    "Rossi",
    "Singh",
    "Taylor",
    "Ullah",
    "Vasile",
    "Walker",
    "Yilmaz",
    "Zielinski",
    "Begum",
    "Murphy",
];

const TEACHERS: &[&str] = &[
    "Mrs J. Patel",
    "Mr T. Okafor",
    "Mrs A. Brown",
    "Miss K. Hughes",
    "Mr S. Malik",
    "Ms L. Novak",
    "Mrs E. Green",
    "Mr P. Walsh",
    "Miss R. Das",
    "Mr O. Reid",
    "Mrs F. Kowalska",
    "Ms H. Lindqvist",
];

const CLASSES: &[&str] = &[
    "Oak", "Ash", "Elm", "Birch", "Willow", "Rowan", "Hazel", "Maple", "Cedar", "Holly", "Larch",
    "Alder",
];

/// Targets by area of need: the target, who helps, what they do, when, how success is
/// measured, and what the family can do at home, written as a SENCo would with the bank's
/// entries and iepress's roles and schedules (all of which reach the family's language),
/// and in words where neither fits.
const TARGETS: &[(&str, [&str; 6])] = &[
    (
        "cognition-and-learning",
        [
            "{ bank: read-common-words, count: 20, total: 30 }",
            "teaching-assistant",
            "{ bank: precision-teaching }",
            "{ minutes: 10, times_a_week: 4, part_of_day: morning }",
            "{ bank: words-read-checked-weekly }",
            "{ bank: read-card-words-at-bedtime, count: 5 }",
        ],
    ),
    (
        "cognition-and-learning",
        [
            "{ bank: number-bonds-to-ten, count: 8, total: 10 }",
            "class-teacher",
            "{ bank: maths-with-objects }",
            "{ minutes: 15, every: morning }",
            "{ bank: tally-chart-weekly }",
            "{ bank: card-game-make-ten }",
        ],
    ),
    (
        "communication-and-interaction",
        [
            "{ bank: follow-two-step-instruction, times: 4, of: 5 }",
            "class-teacher",
            "{ bank: instructions-in-short-steps }",
            "{ every: lesson }",
            "{ bank: tally-chart-weekly }",
            "{ bank: two-step-instructions-at-home }",
        ],
    ),
    (
        "communication-and-interaction",
        [
            "{ bank: take-turns-in-conversation, turns: 4 }",
            "Speech and language assistant",
            "{ bank: language-group }",
            "{ minutes: 30, times_a_week: 2 }",
            "{ bank: group-session-notes }",
            "{ bank: my-turn-your-turn }",
        ],
    ),
    (
        "social-emotional-mental-health",
        [
            "{ bank: calm-card, days: 4, of: 5 }",
            "learning-mentor",
            "{ bank: feelings-check-in }",
            "{ minutes: 5, every: morning }",
            "{ bank: difficult-moments-record }",
            "{ bank: feelings-scale-at-home }",
        ],
    ),
    (
        "social-emotional-mental-health",
        [
            "{ bank: come-into-class-calmly, days: 4, of: 5 }",
            "class-teacher",
            "{ bank: meet-and-greet }",
            "{ every: after-playtime }",
            "{ bank: daily-smiley-chart }",
            "{ bank: best-part-of-the-day }",
        ],
    ),
    (
        "sensory-and-physical",
        [
            "{ bank: form-letters-correctly, count: 8, total: 10 }",
            "teaching-assistant",
            "{ bank: fine-motor-group }",
            "{ minutes: 10, times_a_week: 3 }",
            "{ bank: writing-samples-checked }",
            "{ bank: finger-games-at-home }",
        ],
    ),
    (
        "sensory-and-physical",
        [
            "{ bank: put-on-coat, days: 4, of: 5 }",
            "teaching-assistant",
            "{ bank: therapy-exercise-programme }",
            "5 minutes before each playtime",
            "{ bank: time-taken-recorded-weekly }",
            "{ bank: dressing-practice }",
        ],
    ),
];

const ABOUT: &[&str] = &[
    "{name} is cheerful and loves football, drawing and animals.",
    "{name} is kind to friends and enjoys music, Lego and helping in class.",
    "{name} is curious, asks good questions and loves stories about space.",
    "{name} enjoys cooking, dancing and looking after the class plants.",
];

const AGENCIES: &[&str] = &[
    "educational-psychology",
    "speech-and-language-therapy",
    "behaviour-support",
    "occupational-therapy",
    "school-nurse",
];

/// A YAML double-quoted string.
fn q(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// The bank's need for an area of need, the demo's "what they find hard".
fn need_for(area: &str) -> &'static str {
    match area {
        "communication-and-interaction" => "need-spoken-instructions",
        "social-emotional-mental-health" => "need-managing-feelings",
        "sensory-and-physical" => "need-fine-motor-skills",
        _ => "need-reading-and-spelling",
    }
}

/// The bank's assessment for an area of need, planned in the demo's plans.
fn assessment_for(area: &str) -> &'static str {
    match area {
        "communication-and-interaction" => "speech-and-language-assessment",
        "social-emotional-mental-health" => "mental-health-assessment",
        "sensory-and-physical" => "occupational-therapy-assessment",
        _ => "reading-and-spelling-assessment",
    }
}

/// A value of the demo's own making: a bank entry or a schedule (`{ bank: ... }`,
/// `{ minutes: 10, ... }`) and a role's name (`class-teacher`) as YAML, words quoted.
fn structured(value: &str) -> String {
    let role = value.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    if value.starts_with('{') || role {
        value.to_owned()
    } else {
        q(value)
    }
}

/// Writes a made-up school with `pupils` pupils into `dir`: `school.yaml`, `plans/` and
/// `evening.csv`. Refuses to write into a folder that is not empty.
pub fn write_school(dir: &Path, pupils: usize) -> Result<DemoSchool, crate::error::Error> {
    let write = |path: &Path, text: &str| crate::output::write_atomically(path, text.as_bytes());
    let school = dir.join("school.yaml");
    if school.exists() {
        return Err(crate::diag::Diagnostic::in_file(
            &school,
            "there is already a school here",
            "give an empty or new folder for the made-up school",
        )
        .into());
    }
    // Nothing of the user's is replaced: plans or an appointment list already in the folder
    // would be (issue 14).
    if let Some(entry) = std::fs::read_dir(dir)
        .ok()
        .and_then(|mut entries| entries.next())
        .and_then(Result::ok)
    {
        return Err(crate::diag::Diagnostic::in_file(
            dir,
            format!(
                "the folder is not empty (it holds {}, and more perhaps)",
                entry.file_name().to_string_lossy()
            ),
            "give an empty or new folder for the made-up school",
        )
        .into());
    }
    let plans_dir = dir.join("plans");
    std::fs::create_dir_all(&plans_dir).map_err(|error| crate::output::WriteError {
        path: plans_dir.clone(),
        error,
    })?;
    write(
        &school,
        concat!(
            "# A made-up school, written by `iepress demo`: every name, number and address is invented.\n",
            "name: Larkfield Primary School\n",
            "address: [1 Example Road, Larkfield, LK1 0AA]\n",
            "phone: 01632 960001\n",
            "senco: Ms N. Example\n",
            "headteacher: Mr A. Sample\n",
            "source_language: en-GB\n",
            "stage_vocabulary: \"2015\"\n",
            "parent_support:\n",
            "  name: Larkfield SEND Information, Advice and Support Service\n",
            "  phone: 01632 960002\n",
            "  text: 07700 900002\n",
            "  email: sendiass@larkfield.example.org\n",
            "  web: https://larkfield.example.org/sendiass\n",
            "  drop_in: Tuesday afternoons in term time\n",
        ),
    )?;

    let mut dice = Dice(0x1E9_2E55);
    let others: Vec<&str> = LANGUAGES
        .iter()
        .map(|l| l.tag)
        .filter(|t| *t != "en-GB")
        .collect();
    let teachers = pupils.div_ceil(24).clamp(1, TEACHERS.len());
    let mut plans = Vec::new();
    let mut rows = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    for n in 0..pupils {
        let first = *dice.pick(FIRST_NAMES);
        let last = *dice.pick(SURNAMES);
        let mut stem = format!("{}-{}", first.to_lowercase(), last.to_lowercase());
        if !used.insert(stem.clone()) {
            stem = format!("{stem}-{}", n + 1);
            used.insert(stem.clone());
        }
        // Half the families read English best; the rest read one of the other languages.
        let language = if dice.below(2) == 0 {
            "en-GB"
        } else {
            *dice.pick(&others)
        };
        let large_print = match dice.below(10) {
            0 => "true",
            1 => "24",
            _ => "false",
        };
        let teacher_index = n % teachers;
        let teacher = TEACHERS[teacher_index];
        let class = CLASSES[teacher_index];
        let slot = n / teachers;
        let mut targets: Vec<&[&str; 6]> = Vec::new();
        let mut areas: Vec<&str> = Vec::new();
        while targets.len() < 3 {
            let (area, target) = dice.pick(TARGETS);
            if !targets.contains(&target) {
                targets.push(target);
                if !areas.contains(area) {
                    areas.push(area);
                }
            }
        }
        let named = |text: &str| text.replace("{name}", first);
        let about = *dice.pick(ABOUT);
        let mut plan = String::new();
        let _ = write!(
            plan,
            "# A made-up pupil, written by `iepress demo`.\n\
             pupil:\n  name: {name}\n  date_of_birth: {year}-{month:02}-{day:02}\n  year_group: {group}\n  class: {class}\n  gender: {gender}\n\
             family:\n  contacts:\n    - {{ name: {parent}, relationship: {relationship} }}\n  language: {language}\n  large_print: {large_print}\n\
             plan:\n  stage: sen-support\n  areas_of_need: [{areas}]\n  start: 2026-09-14\n  review: 2027-01-22\n\
             \x20 class_teacher: {teacher}\n  written_by: Ms N. Example\n  about: {about}\n\
             \x20 needs: {{ bank: {need} }}\n  strategies_that_work:\n    - {{ bank: instructions-in-short-steps }}\n    - {s2}\n  targets:\n",
            name = q(&format!("{first} {last}")),
            gender = if GIRLS.contains(&first) {
                "female"
            } else {
                "male"
            },
            year = 2015 + dice.below(6),
            month = 1 + dice.below(12),
            day = 1 + dice.below(28),
            group = 1 + dice.below(6),
            class = q(class),
            parent = q(&format!("{} {last}", dice.pick(FIRST_NAMES))),
            relationship = dice.pick(&["mother", "father", "carer", "grandmother"]),
            areas = areas.join(", "),
            teacher = q(teacher),
            about = q(&named(about)),
            need = need_for(areas[0]),
            s2 = q(&named(
                "Check {name} has understood by asking for the task to be said back."
            )),
        );
        for t in &targets {
            let _ = write!(
                plan,
                "    - target: {}\n      who: {}\n      does_what: {}\n      when: {}\n      success: {}\n      home: {}\n",
                structured(&named(t[0])),
                structured(t[1]),
                structured(t[2]),
                structured(t[3]),
                structured(&named(t[4])),
                structured(&named(t[5])),
            );
        }
        let _ = write!(
            plan,
            "  home_support: {{ bank: read-together-daily, minutes: 10 }}\n  exit_criteria: {}\n  further_assessments: [{{ bank: {}, month: {} }}]\n  agencies: [{}]\n",
            q(&named("{name} keeps up with the class without extra help.")),
            assessment_for(areas[0]),
            1 + n % 12,
            dice.pick(AGENCIES),
        );
        // Most plans have had their review meeting.
        if dice.below(4) != 0 {
            let _ = write!(
                plan,
                "review:\n  date: 2027-01-22\n  present:\n    - {{ name: {}, role: class-teacher }}\n    - {{ name: {}, role: senco }}\n  outcomes:\n    - {{ result: achieved }}\n    - {{ result: partly }}\n    - {{ result: not-yet }}\n  progress: {}\n  next_steps: {}\n  next_review: 2027-04-30\n",
                q(teacher),
                q("Ms N. Example"),
                q(&named("{name} has made good progress this term.")),
                q("Carry on with the same support and review again next term."),
            );
        }
        let path = plans_dir.join(format!("{stem}.yaml"));
        write(&path, &plan)?;
        plans.push(path);
        let minutes = 15 * 60 + 30 + slot * 10;
        rows.push((
            minutes,
            teacher_index,
            format!(
                "{:02}:{:02},{stem},{teacher},{class}\n",
                minutes / 60 % 24,
                minutes % 60
            ),
        ));
    }
    rows.sort();
    let mut csv = String::from("time,pupil,teacher,room\n");
    for (_, _, row) in rows {
        csv.push_str(&row);
    }
    let appointments = dir.join("evening.csv");
    write(&appointments, &csv)?;
    Ok(DemoSchool {
        school,
        plans,
        appointments,
    })
}
