//! A new pupil's plan written from a form: the pupil, the family, the plan's dates and
//! people, and three targets, each picked from the bank with who helps, what they do, when,
//! how success is checked and what to do at home. Without JavaScript it takes two steps:
//! the entries first, then the numbers each entry needs.
//!
//! The form becomes a plan file in the same YAML a SENCo would write (every text of the
//! form a quoted string, so nothing typed can be read as YAML), checked by the loader the
//! command line uses, and then written, never over a plan that exists.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::input::plan::{KeywordSet, Relationship, Role};
use crate::localize::bank::{self, Entry};

/// How many targets the form has (the seeds ask for three or four).
pub const TARGETS: usize = 3;

/// The slots of the form that take a bank entry: name, kind, label.
pub fn slots() -> Vec<(String, &'static str)> {
    let mut slots = vec![
        ("about".to_owned(), "strength"),
        ("needs".to_owned(), "need"),
    ];
    for i in 0..TARGETS {
        slots.push((format!("target{i}"), "target"));
        slots.push((format!("does{i}"), "strategy"));
        slots.push((format!("success{i}"), "measure"));
        slots.push((format!("home{i}"), "home"));
    }
    slots.push(("home_support".to_owned(), "home"));
    slots.push(("assessment".to_owned(), "assessment"));
    slots
}

/// A bank entry as an option of a list: its id and its English text for a pupil.
#[derive(Serialize)]
pub struct Choice {
    pub id: String,
    pub text: String,
}

/// Every entry of a kind, as options.
pub fn choices(kind: &str, name: &str) -> Vec<Choice> {
    let english = crate::localize::LANGUAGES
        .iter()
        .find(|l| l.tag == crate::localize::FALLBACK_LANGUAGE)
        .expect("English is shipped");
    bank::entries()
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| Choice {
            id: e.id.clone(),
            text: bank::example(e, english, name, None).unwrap_or_else(|_| e.id.clone()),
        })
        .collect()
}

/// The numbers the chosen entries need: (slot, parameter) for each.
pub fn params(form: &BTreeMap<String, String>) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for (slot, _) in slots() {
        if let Some(entry) = chosen(form, &slot) {
            for p in &entry.params {
                out.push((slot.clone(), p.clone(), format!("p_{slot}_{p}")));
            }
        }
    }
    out
}

fn chosen(form: &BTreeMap<String, String>, slot: &str) -> Option<Entry> {
    form.get(slot)
        .filter(|id| !id.is_empty())
        .and_then(|id| bank::entry(id))
}

/// A YAML double-quoted string: JSON's escaping is YAML's.
fn q(text: &str) -> String {
    serde_json::to_string(text.trim()).unwrap_or_else(|_| "\"\"".to_owned())
}

fn value<'a>(form: &'a BTreeMap<String, String>, key: &str) -> &'a str {
    form.get(key).map(|v| v.trim()).unwrap_or("")
}

/// A keyword from the form, when it is one of the set's (anything else is dropped, never
/// written into the file).
fn keyword<K: KeywordSet>(form: &BTreeMap<String, String>, key: &str) -> Option<&'static str> {
    let v = value(form, key);
    K::KEYS.iter().copied().find(|k| *k == v)
}

fn one_of(
    form: &BTreeMap<String, String>,
    key: &str,
    allowed: &[&'static str],
) -> Option<&'static str> {
    let v = value(form, key);
    allowed.iter().copied().find(|k| *k == v)
}

/// A number from the form, as written, when it is one.
fn number(form: &BTreeMap<String, String>, key: &str) -> Option<u32> {
    value(form, key).parse().ok()
}

/// A bank reference for a slot, with its numbers: `{ bank: id, count: 3 }`.
fn reference(form: &BTreeMap<String, String>, slot: &str) -> Option<String> {
    let entry = chosen(form, slot)?;
    let mut out = format!("{{ bank: {}", entry.id);
    for p in &entry.params {
        let v = value(form, &format!("p_{slot}_{p}"));
        // A number, or the text as typed, quoted (the loader then names it).
        if v.parse::<f64>().is_ok() {
            let _ = write!(out, ", {p}: {v}");
        } else {
            let _ = write!(out, ", {p}: {}", q(v));
        }
    }
    out.push_str(" }");
    Some(out)
}

pub const STAGES: &[&str] = &[
    "sen-support",
    "ehc-plan",
    "early-years-action",
    "early-years-action-plus",
];
pub const AREAS: &[&str] = &[
    "cognition-and-learning",
    "communication-and-interaction",
    "social-emotional-mental-health",
    "sensory-and-physical",
];
pub const PARTS_OF_DAY: &[&str] = &["morning", "afternoon", "lunchtime"];

/// The plan file the form describes.
pub fn yaml(form: &BTreeMap<String, String>, areas: &[String]) -> String {
    let mut y = String::from("# A plan written in iepress's web app (iepress serve).\npupil:\n");
    let _ = writeln!(y, "  name: {}", q(value(form, "pupil_name")));
    if !value(form, "known_as").is_empty() {
        let _ = writeln!(y, "  known_as: {}", q(value(form, "known_as")));
    }
    if !value(form, "date_of_birth").is_empty() {
        let _ = writeln!(y, "  date_of_birth: {}", q(value(form, "date_of_birth")));
    }
    if let Some(year) = number(form, "year_group") {
        let _ = writeln!(y, "  year_group: {year}");
    }
    if !value(form, "class").is_empty() {
        let _ = writeln!(y, "  class: {}", q(value(form, "class")));
    }
    if let Some(gender) = one_of(form, "gender", &["female", "male"]) {
        let _ = writeln!(y, "  gender: {gender}");
    }
    y.push_str("family:\n");
    if !value(form, "contact_name").is_empty() {
        let _ = write!(
            y,
            "  contacts:\n    - {{ name: {}",
            q(value(form, "contact_name"))
        );
        if let Some(r) = keyword::<Relationship>(form, "contact_relationship") {
            let _ = write!(y, ", relationship: {r}");
        }
        y.push_str(" }\n");
    }
    let _ = writeln!(y, "  language: {}", q(value(form, "language")));
    match number(form, "print") {
        Some(size) => {
            let _ = writeln!(y, "  large_print: {size}");
        }
        None => y.push_str("  large_print: false\n"),
    }
    y.push_str("plan:\n");
    let _ = writeln!(
        y,
        "  stage: {}",
        one_of(form, "stage", STAGES).unwrap_or("sen-support")
    );
    let areas: Vec<&str> = AREAS
        .iter()
        .copied()
        .filter(|a| areas.iter().any(|chosen| chosen == a))
        .collect();
    let _ = writeln!(y, "  areas_of_need: [{}]", areas.join(", "));
    let _ = writeln!(y, "  start: {}", q(value(form, "start")));
    let _ = writeln!(y, "  review: {}", q(value(form, "review")));
    for key in ["class_teacher", "written_by"] {
        if !value(form, key).is_empty() {
            let _ = writeln!(y, "  {key}: {}", q(value(form, key)));
        }
    }
    for (slot, field) in [("about", "about"), ("needs", "needs")] {
        if let Some(r) = reference(form, slot) {
            let _ = writeln!(y, "  {field}: {r}");
        } else if !value(form, &format!("{slot}_text")).is_empty() {
            let _ = writeln!(y, "  {field}: {}", q(value(form, &format!("{slot}_text"))));
        }
    }
    let mut targets = String::new();
    for i in 0..TARGETS {
        let Some(target) = reference(form, &format!("target{i}")) else {
            continue;
        };
        let _ = writeln!(targets, "    - target: {target}");
        let role = keyword::<Role>(form, &format!("who_role{i}"));
        let name = value(form, &format!("who_name{i}"));
        match (role, name.is_empty()) {
            (Some(role), true) => {
                let _ = writeln!(targets, "      who: {role}");
            }
            (Some(role), false) => {
                let _ = writeln!(targets, "      who: {{ role: {role}, name: {} }}", q(name));
            }
            (None, false) => {
                let _ = writeln!(targets, "      who: {{ name: {} }}", q(name));
            }
            (None, true) => {}
        }
        if let Some(r) = reference(form, &format!("does{i}")) {
            let _ = writeln!(targets, "      does_what: {r}");
        }
        let minutes = number(form, &format!("minutes{i}"));
        let times = number(form, &format!("times{i}"));
        let part = one_of(form, &format!("part{i}"), PARTS_OF_DAY);
        if minutes.is_some() || times.is_some() {
            let mut when = Vec::new();
            if let Some(m) = minutes {
                when.push(format!("minutes: {m}"));
            }
            if let Some(t) = times {
                when.push(format!("times_a_week: {t}"));
                if let Some(p) = part {
                    when.push(format!("part_of_day: {p}"));
                }
            }
            let _ = writeln!(targets, "      when: {{ {} }}", when.join(", "));
        }
        if let Some(r) = reference(form, &format!("success{i}")) {
            let _ = writeln!(targets, "      success: {r}");
        }
        if let Some(r) = reference(form, &format!("home{i}")) {
            let _ = writeln!(targets, "      home: {r}");
        }
    }
    if !targets.is_empty() {
        y.push_str("  targets:\n");
        y.push_str(&targets);
    }
    if let Some(r) = reference(form, "home_support") {
        let _ = writeln!(y, "  home_support: {r}");
    }
    if let Some(mut r) = reference(form, "assessment") {
        if let Some(month) = number(form, "assessment_month").filter(|m| (1..=12).contains(m)) {
            r = r.replacen(" }", &format!(", month: {month} }}"), 1);
        }
        let _ = writeln!(y, "  further_assessments: [{r}]");
    }
    y
}

/// The file name for a pupil's plan: their name in lower case, words joined by hyphens
/// (`Bilal Hussain` → `bilal-hussain`); letters of other scripts are kept.
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.trim().chars() {
        if c.is_alphanumeric() {
            stem.extend(c.to_lowercase());
        } else if !stem.ends_with('-') && !stem.is_empty() {
            stem.push('-');
        }
    }
    stem.trim_end_matches('-').to_owned()
}

/// Checks the plan as the command line would read it: every problem, each with its field.
pub fn check(yaml: &str, school_dir: &Path) -> Result<(), Vec<Diagnostic>> {
    let folder = tempfile::Builder::new()
        .prefix("iepress-new-plan-")
        .tempdir()
        .map_err(|e| vec![Diagnostic::new(format!("no room to check the plan ({e})"))])?;
    let path = folder.path().join("plan.yaml");
    std::fs::write(&path, yaml)
        .map_err(|e| vec![Diagnostic::new(format!("no room to check the plan ({e})"))])?;
    let options = crate::document::iep::Options {
        school: Some(school_dir.join("school.yaml")),
        ..Default::default()
    };
    match crate::document::iep::prepare(&path, &options) {
        Ok(_) => Ok(()),
        Err(e) => Err(e
            .into_diagnostics()
            .into_iter()
            .map(|mut d| {
                // The file is the form's, not one the user has: the field says where.
                d.file = None;
                d.position = None;
                d
            })
            .collect()),
    }
}
