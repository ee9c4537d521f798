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
use crate::input::yaml_tree::quoted;
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
            let _ = write!(out, ", {p}: {}", quoted(v));
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
    let _ = writeln!(y, "  name: {}", quoted(value(form, "pupil_name")));
    if !value(form, "known_as").is_empty() {
        let _ = writeln!(y, "  known_as: {}", quoted(value(form, "known_as")));
    }
    if !value(form, "date_of_birth").is_empty() {
        let _ = writeln!(
            y,
            "  date_of_birth: {}",
            quoted(value(form, "date_of_birth"))
        );
    }
    if let Some(year) = number(form, "year_group") {
        let _ = writeln!(y, "  year_group: {year}");
    }
    if !value(form, "class").is_empty() {
        let _ = writeln!(y, "  class: {}", quoted(value(form, "class")));
    }
    if let Some(gender) = one_of(form, "gender", &["female", "male"]) {
        let _ = writeln!(y, "  gender: {gender}");
    }
    y.push_str("family:\n");
    if !value(form, "contact_name").is_empty() {
        let _ = write!(
            y,
            "  contacts:\n    - {{ name: {}",
            quoted(value(form, "contact_name"))
        );
        if let Some(r) = keyword::<Relationship>(form, "contact_relationship") {
            let _ = write!(y, ", relationship: {r}");
        }
        y.push_str(" }\n");
    }
    let _ = writeln!(y, "  language: {}", quoted(value(form, "language")));
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
    let _ = writeln!(y, "  start: {}", quoted(value(form, "start")));
    let _ = writeln!(y, "  review: {}", quoted(value(form, "review")));
    for key in ["class_teacher", "written_by"] {
        if !value(form, key).is_empty() {
            let _ = writeln!(y, "  {key}: {}", quoted(value(form, key)));
        }
    }
    for (slot, field) in [("about", "about"), ("needs", "needs")] {
        if let Some(r) = reference(form, slot) {
            let _ = writeln!(y, "  {field}: {r}");
        } else if !value(form, &format!("{slot}_text")).is_empty() {
            let _ = writeln!(
                y,
                "  {field}: {}",
                quoted(value(form, &format!("{slot}_text")))
            );
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
                let _ = writeln!(
                    targets,
                    "      who: {{ role: {role}, name: {} }}",
                    quoted(name)
                );
            }
            (None, false) => {
                let _ = writeln!(targets, "      who: {{ name: {} }}", quoted(name));
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

// The pages of this part of the app (see the parent module for the app and its routes).
#[allow(clippy::wildcard_imports)]
use super::*;

/// A parameter an entry needs, for the form.
#[derive(Serialize)]
struct Param {
    key: String,
    entry: String,
    param: String,
}

/// The months' names in English, for choosing when an assessment is planned.
pub(super) fn month_names() -> Vec<String> {
    (1..=12)
        .map(|m| {
            crate::localize::Context::new(
                LANGUAGES
                    .iter()
                    .find(|l| l.tag == crate::localize::FALLBACK_LANGUAGE)
                    .expect("English"),
                crate::localize::FALLBACK_LANGUAGE.to_owned(),
            )
            .map(|cx| cx.month_name(m))
            .unwrap_or_else(|_| m.to_string())
        })
        .collect()
}

/// The new plan's form, with what was typed (`form`), the numbers the chosen entries need
/// (once asked for), and the problems a save found.
fn new_plan_form(
    app: &App,
    form: &std::collections::BTreeMap<String, String>,
    areas: &[String],
    params: Option<Vec<Param>>,
    problems: Vec<pupils::Problem>,
) -> Response {
    use crate::input::plan::{KeywordSet, Relationship, Role};
    let name = form
        .get("known_as")
        .filter(|n| !n.trim().is_empty())
        .or_else(|| form.get("pupil_name").filter(|n| !n.trim().is_empty()))
        .map(|n| n.trim().split(' ').next().unwrap_or("").to_owned())
        .unwrap_or_else(|| "the pupil".to_owned());
    let bank: std::collections::BTreeMap<&str, Vec<new_plan::Choice>> = [
        "strength",
        "need",
        "target",
        "strategy",
        "measure",
        "home",
        "assessment",
    ]
    .into_iter()
    .map(|kind| (kind, new_plan::choices(kind, &name)))
    .collect();
    let languages = language_choices();
    let months = month_names();
    let failed = !problems.is_empty();
    let mut page = app.page(
        "new_plan.html",
        minijinja::context! {
            school => app.school_name,
            token => app.token,
            form => form,
            chosen_areas => areas,
            bank => bank,
            languages => languages,
            relationships => Relationship::KEYS,
            roles => Role::KEYS,
            stages => new_plan::STAGES,
            areas => new_plan::AREAS,
            parts => new_plan::PARTS_OF_DAY,
            sizes => vec![18, 24, 36],
            months => months,
            targets => new_plan::TARGETS,
            params => params,
            problems => problems,
        },
    );
    if failed {
        *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    page
}

pub(super) async fn new_plan_page(State(app): State<Arc<App>>) -> Response {
    let mut form = std::collections::BTreeMap::new();
    form.insert("stage".to_owned(), "sen-support".to_owned());
    new_plan_form(&app, &form, &[], None, Vec::new())
}

pub(super) async fn save_new_plan(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if !from_the_app(&app, &headers, &fields) {
        return not_from_the_app(&app);
    }
    let areas: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k == "areas")
        .map(|(_, v)| v.clone())
        .collect();
    let form: std::collections::BTreeMap<String, String> = fields
        .into_iter()
        .filter(|(k, _)| k != "areas" && k != "token")
        .collect();
    let params: Vec<Param> = new_plan::params(&form)
        .into_iter()
        .map(|(slot, param, key)| Param {
            entry: form.get(&slot).cloned().unwrap_or_default(),
            key,
            param,
        })
        .collect();
    if form.get("action").map(String::as_str) != Some("save") {
        return new_plan_form(&app, &form, &areas, Some(params), Vec::new());
    }
    let yaml = new_plan::yaml(&form, &areas);
    let stem = new_plan::file_stem(form.get("pupil_name").map(String::as_str).unwrap_or(""));
    let dir = app.school_dir.clone();
    let worker = app.clone();
    let saved = tokio::task::spawn_blocking(move || {
        new_plan::check(&yaml, &dir).map_err(|problems| {
            problems
                .iter()
                .map(pupils::Problem::from)
                .collect::<Vec<_>>()
        })?;
        if stem.is_empty() {
            return Err(vec![pupils::Problem {
                message: "the pupil's full name is missing (field `pupil.name`)".to_owned(),
                hint: Some("write it as the school knows it, such as Bilal Hussain".to_owned()),
            }]);
        }
        let path = dir.join("plans").join(format!("{stem}.yaml"));
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        if path.exists() || std::fs::symlink_metadata(&path).is_ok() {
            return Err(vec![pupils::Problem {
                message: format!("There is already a plan called plans/{stem}.yaml"),
                hint: Some(
                    "open it from the pupils page, or give the pupil's full name as it differs"
                        .to_owned(),
                ),
            }]);
        }
        crate::output::write_atomically(&path, yaml.as_bytes())
            .map_err(|e| vec![pupils::Problem::from(&e.diagnostic())])?;
        Ok(stem)
    })
    .await;
    match saved {
        Ok(Ok(stem)) => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, plan_url(&stem, ""))],
        )
            .into_response(),
        Ok(Err(problems)) => new_plan_form(&app, &form, &areas, Some(params), problems),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}
