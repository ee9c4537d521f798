//! Editing a plan's details in the browser without losing what the school wrote around
//! them: each value changed is replaced where it stands in the file, so the school's
//! comments, order and layout stay as they were; a detail the file lacks is added under
//! its section. A save from a page loaded before the file last changed is refused.

use std::collections::BTreeMap;

use granit_parser::{Event, Parser};

use crate::diag::Diagnostic;
use crate::input::yaml_tree::quoted;

/// The details the form edits: (field path, label's message id, kind).
pub const FIELDS: &[(&str, &str, Kind)] = &[
    ("pupil.name", "field-pupil-name", Kind::Text),
    ("pupil.known_as", "field-known-as", Kind::Text),
    ("pupil.date_of_birth", "field-date-of-birth", Kind::Date),
    ("pupil.year_group", "field-year-group", Kind::Number),
    ("pupil.class", "field-class", Kind::Text),
    ("pupil.gender", "field-gender", Kind::Gender),
    ("family.language", "field-family-language", Kind::Text),
    ("family.large_print", "field-print", Kind::Print),
    ("plan.stage", "field-stage", Kind::Stage),
    ("plan.start", "field-start", Kind::Date),
    ("plan.review", "field-review", Kind::Date),
    ("plan.class_teacher", "field-class-teacher", Kind::Text),
    ("plan.written_by", "field-written-by", Kind::Text),
    ("review.date", "field-review-date", Kind::Date),
    ("review.next_review", "field-next-review", Kind::Date),
];

/// The details a plan may leave out: emptying the box removes the line.
const OPTIONAL: &[&str] = &[
    "pupil.known_as",
    "pupil.date_of_birth",
    "pupil.year_group",
    "pupil.class",
    "pupil.gender",
    "plan.class_teacher",
    "plan.written_by",
    "review.next_review",
];

/// The genders the grammar of some languages needs.
pub const GENDERS: &[&str] = &["female", "male"];

/// How a detail is written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Kind {
    Text,
    Number,
    Date,
    /// `false`, or a size in points.
    Print,
    /// One of [`GENDERS`].
    Gender,
    /// One of the stages of support.
    Stage,
}

/// Where a value of the file is: its byte range, and for a mapping, where a new key goes.
#[derive(Debug, Clone, Default)]
struct Place {
    /// The scalar's bytes.
    value: Option<(usize, usize)>,
}

/// A section (`pupil:`) of the file: the end of its key's line, and its keys' indentation.
#[derive(Debug, Clone)]
struct Section {
    line_end: usize,
    indent: usize,
    block: bool,
}

/// The places of the file's values two levels deep (`pupil.name`), and its sections.
fn places(text: &str) -> (BTreeMap<String, Place>, BTreeMap<String, Section>) {
    let mut values = BTreeMap::new();
    let mut sections = BTreeMap::new();
    // The path of open mappings and sequences: each a key being read (or none for a
    // sequence, whose values are not edited here).
    enum Open {
        Mapping { key: Option<String> },
        Sequence,
    }
    let mut stack: Vec<Open> = Vec::new();
    let path = |stack: &[Open], last: &str| {
        let mut parts: Vec<String> = Vec::new();
        for open in stack.iter().take(stack.len().saturating_sub(1)) {
            match open {
                Open::Mapping { key: Some(k) } => parts.push(k.clone()),
                _ => return None,
            }
        }
        parts.push(last.to_owned());
        Some(parts.join("."))
    };
    let line_end = |at: usize| text[at..].find('\n').map_or(text.len(), |n| at + n);
    for event in Parser::new_from_str(text) {
        let Ok((event, span)) = event else { break };
        match event {
            Event::MappingStart(..) => {
                // A section: the mapping that is the value of a top-level key.
                // (Byte offsets are known for text read whole; without them nothing here is
                // edited rather than edited in the wrong place.)
                if let [Open::Mapping { key: Some(k) }] = stack.as_slice()
                    && let Some(start) = span.start.byte_offset()
                {
                    let block = !text[start..].starts_with('{');
                    sections.insert(
                        k.clone(),
                        Section {
                            line_end: 0,
                            indent: span.start.col(),
                            block,
                        },
                    );
                    // The section key's line ends before its first child's line.
                    let key_line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
                    if let Some(s) = sections.get_mut(k) {
                        s.line_end = if block {
                            key_line_start.saturating_sub(1)
                        } else {
                            line_end(start)
                        };
                    }
                }
                stack.push(Open::Mapping { key: None });
            }
            Event::SequenceStart(..) => stack.push(Open::Sequence),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                if let Some(Open::Mapping { key }) = stack.last_mut() {
                    *key = None;
                }
            }
            Event::Scalar(value, ..) => {
                let range = span.start.byte_offset().zip(span.end.byte_offset());
                match stack.last_mut() {
                    Some(Open::Mapping { key }) if key.is_none() => {
                        *key = Some(value.to_string());
                    }
                    Some(Open::Mapping { key }) => {
                        let k = key.take().unwrap_or_default();
                        if let (Some(p), Some(range)) = (path(&stack, &k), range) {
                            values.insert(p, Place { value: Some(range) });
                        }
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    (values, sections)
}

/// How a value from the form is written into the file, or `None` to leave it out.
fn written(kind: Kind, value: &str) -> Result<Option<String>, String> {
    let value = value.trim();
    Ok(match kind {
        _ if value.is_empty() => None,
        Kind::Text => Some(quoted(value)),
        // A date as the school writes it (2027-01-22), anything else quoted for the loader
        // to name.
        Kind::Date if value.chars().all(|c| c.is_ascii_digit() || c == '-') => {
            Some(value.to_owned())
        }
        Kind::Date => Some(quoted(value)),
        Kind::Number => Some(
            value
                .parse::<u32>()
                .map_err(|_| format!("`{value}` is not a number"))?
                .to_string(),
        ),
        Kind::Gender | Kind::Stage => {
            let keys = if kind == Kind::Gender {
                GENDERS
            } else {
                super::new_plan::STAGES
            };
            if !keys.contains(&value) {
                return Err(format!("`{value}` is not one of {}", keys.join(", ")));
            }
            Some(value.to_owned())
        }
        Kind::Print => Some(match value {
            "clear" | "false" => "false".to_owned(),
            "true" => "true".to_owned(),
            size => size
                .parse::<f64>()
                .map_err(|_| format!("`{size}` is not a print size"))?
                .to_string(),
        }),
    })
}

/// The file with the form's details written in: `edits` maps field paths to the values
/// typed. Values not changed are left exactly as written.
pub fn apply(text: &str, edits: &BTreeMap<String, String>) -> Result<String, Diagnostic> {
    apply_fields(text, edits, FIELDS)
}

/// The details a group learning plan has: those of the plan and the review meeting (its
/// name, pupils and texts are on the same page, with its targets).
pub fn group_fields() -> Vec<(&'static str, &'static str, Kind)> {
    FIELDS
        .iter()
        .filter(|(path, ..)| path.starts_with("plan.") || path.starts_with("review."))
        .copied()
        .collect()
}

/// [`apply`] for a given list of details.
pub fn apply_fields(
    text: &str,
    edits: &BTreeMap<String, String>,
    fields: &[(&str, &str, Kind)],
) -> Result<String, Diagnostic> {
    let (values, sections) = places(text);
    let current = current(text);
    // Replacements from the end of the file backwards, so the earlier ranges stay right.
    let mut changes: Vec<(usize, usize, String)> = Vec::new();
    // Details emptied (removed after the rest is written), and details of a section the
    // file does not have yet (written as a new section at its end).
    let mut removed: Vec<&str> = Vec::new();
    let mut new_sections: BTreeMap<&str, String> = BTreeMap::new();
    for (field, _, kind) in fields {
        let Some(typed) = edits.get(*field) else {
            continue;
        };
        let now = current.get(*field).map(String::as_str).unwrap_or("");
        // A print size the file leaves out is clear print, as the form shows it.
        let unsaid_clear = *kind == Kind::Print && now.is_empty() && typed.trim() == "false";
        if now == typed.trim() || unsaid_clear {
            continue;
        }
        let new = written(*kind, typed).map_err(|e| Diagnostic::new(e).field(*field))?;
        match (values.get(*field).and_then(|p| p.value), new) {
            (Some((start, end)), Some(new)) => changes.push((start, end, new)),
            (Some(_), None) if OPTIONAL.contains(field) => removed.push(field),
            (Some(_), None) => {
                return Err(
                    Diagnostic::new(format!("`{field}` cannot be left empty here"))
                        .field(*field)
                        .hint("give a value, or remove the line in the file itself"),
                );
            }
            (None, Some(new)) => {
                let (section, key) = field.split_once('.').unwrap_or(("", field));
                if !sections.contains_key(section) && !top_level_key(text, section) {
                    new_sections
                        .entry(section)
                        .or_default()
                        .push_str(&format!("  {key}: {new}\n"));
                    continue;
                }
                let Some(s) = sections.get(section).filter(|s| s.block) else {
                    return Err(Diagnostic::new(format!(
                        "`{section}` is written in a short form, so `{key}` cannot be added to it here"
                    ))
                    .field(*field)
                    .hint("add it to the plan file in a text editor"));
                };
                let at = s.line_end + 1;
                let line = format!("{}{key}: {new}\n", " ".repeat(s.indent));
                changes.push((at, at, line));
            }
            (None, None) => {}
        }
    }
    changes.sort_by_key(|c| std::cmp::Reverse(c.0));
    let mut out = text.to_owned();
    for (start, end, new) in changes {
        out.replace_range(start..end, &new);
    }
    if !new_sections.is_empty() {
        if !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
        for (section, lines) in new_sections {
            out.push_str(&format!("{section}:\n{lines}"));
        }
    }
    if !removed.is_empty() {
        let root = crate::input::yaml_tree::parse(&out).ok_or_else(|| {
            Diagnostic::new("the plan could not be read again after the change")
                .hint("change it in a text editor")
        })?;
        let mut edits = crate::input::yaml_tree::Edits::default();
        for field in removed {
            let (section, key) = field.split_once('.').unwrap_or(("", field));
            if let Some(map) = root.get(section) {
                edits.remove_entry(&out, map, key);
            }
        }
        out = edits.apply(&out);
    }
    Ok(out)
}

/// Whether the file has a top-level key (perhaps with no mapping as its value).
fn top_level_key(text: &str, key: &str) -> bool {
    crate::input::yaml_tree::parse(text).is_some_and(|root| root.entry(key).is_some())
}

/// The details as the file has them now (the text of each scalar, unquoted).
pub fn current(text: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack: Vec<Option<String>> = Vec::new();
    for event in Parser::new_from_str(text) {
        let Ok((event, _)) = event else { break };
        match event {
            Event::MappingStart(..) => {
                stack.push(None);
            }
            Event::SequenceStart(..) => stack.push(Some("[]".to_owned())),
            Event::MappingEnd | Event::SequenceEnd => {
                stack.pop();
                if let Some(top) = stack.last_mut()
                    && top.as_deref() != Some("[]")
                {
                    *top = None;
                }
            }
            Event::Scalar(value, ..) => match stack.last_mut() {
                Some(slot @ None) => *slot = Some(value.to_string()),
                Some(Some(k)) if k != "[]" => {
                    let key = k.clone();
                    *stack.last_mut().expect("open") = None;
                    let parents: Option<Vec<String>> = stack[..stack.len() - 1]
                        .iter()
                        .map(|s| s.clone().filter(|k| k != "[]"))
                        .collect();
                    if let Some(mut parts) = parents {
                        parts.push(key);
                        out.insert(parts.join("."), value.to_string());
                    }
                }
                _ => {}
            },
            _ => {}
        }
    }
    out
}

/// The details the file writes as something other than one value (a name in two
/// scripts: `{ en-GB: …, ur: … }`), each with its text: shown as written, not edited here.
pub fn written_otherwise(text: &str) -> BTreeMap<String, String> {
    let Some(root) = crate::input::yaml_tree::parse(text) else {
        return BTreeMap::new();
    };
    FIELDS
        .iter()
        .filter_map(|(path, ..)| {
            let node = root.at(path)?;
            node.scalar()
                .is_none()
                .then(|| (path.to_string(), text[node.start..node.end].to_owned()))
        })
        .collect()
}

// The pages of this part of the app (see the parent module for the app and its routes).
#[allow(clippy::wildcard_imports)]
use super::*;

/// The largest plan file the editor reads (a plan is a few KB).
const MAX_PLAN_BYTES: u64 = 4 * 1024 * 1024;

/// A field of the details form.
#[derive(Serialize)]
struct EditField {
    path: &'static str,
    id: String,
    label: &'static str,
    kind: edit_plan::Kind,
}

/// The print sizes offered: the usual ones, and the size the file gives if it is another
/// (so that a page sent back as it is keeps the plan's size). `true` is the usual large
/// print, offered as written.
fn print_sizes(current: Option<&str>) -> Vec<String> {
    let mut sizes: Vec<String> = ["18", "24", "36"].map(str::to_owned).to_vec();
    if let Some(c) = current.map(str::trim)
        && c != "false"
        && !c.is_empty()
        && !sizes.iter().any(|s| s == c)
    {
        sizes.push(c.to_owned());
    }
    sizes
}

/// The plan file's text and its fingerprint.
pub(super) fn plan_text(path: &std::path::Path) -> Result<(String, String), Diagnostic> {
    let bytes = crate::input::read::read(path, MAX_PLAN_BYTES)
        .map_err(|e| e.diagnostic(path, "the plan", "check the file"))?;
    let version = crate::typeset::ident(&bytes);
    let text = String::from_utf8(bytes)
        .map_err(|_| Diagnostic::in_file(path, "the plan is not UTF-8 text", "save it as UTF-8"))?;
    Ok((text, version))
}

#[allow(clippy::too_many_arguments)]
fn edit_form(
    app: &App,
    name: &str,
    pupil: &str,
    values: &std::collections::BTreeMap<String, String>,
    version: &str,
    conflict: bool,
    problems: Vec<pupils::Problem>,
    lists: Option<edit_lists::Model>,
    written: std::collections::BTreeMap<String, String>,
) -> Response {
    let fields: Vec<EditField> = edit_plan::FIELDS
        .iter()
        .map(|(path, label, kind)| EditField {
            path,
            id: path.replace('.', "-"),
            label,
            kind: *kind,
        })
        .collect();
    let languages = language_choices();
    // A value of the file that none of a list's choices is (a language iepress does not
    // ship, a misspelt stage) is offered as written, so that sending the page back as it
    // is leaves it as it is (the plan's page names the mistake).
    let mut extra = std::collections::BTreeMap::new();
    let known: [(&str, Vec<&str>); 3] = [
        ("family.language", languages.iter().map(|l| l.tag).collect()),
        ("plan.stage", new_plan::STAGES.to_vec()),
        ("pupil.gender", edit_plan::GENDERS.to_vec()),
    ];
    for (path, choices) in known {
        if let Some(v) = values.get(path).filter(|v| !v.is_empty())
            && !choices.contains(&v.as_str())
        {
            extra.insert(path, v.clone());
        }
    }
    let status = if conflict {
        StatusCode::CONFLICT
    } else if !problems.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut page = app.page(
        "edit_plan.html",
        minijinja::context! {
            school => app.school_name,
            name => name,
            pupil => pupil,
            file => format!("plans/{name}.yaml"),
            fields => fields,
            values => values,
            languages => languages,
            sizes => print_sizes(values.get("family.large_print").map(String::as_str)),
            genders => edit_plan::GENDERS,
            stages => new_plan::STAGES,
            areas => edit_lists::AREAS,
            agencies => <crate::input::plan::Agency as crate::input::plan::KeywordSet>::KEYS,
            relationships => <crate::input::plan::Relationship as crate::input::plan::KeywordSet>::KEYS,
            roles => <crate::input::structured::Role as crate::input::plan::KeywordSet>::KEYS,
            lists => lists,
            written => written,
            extra => extra,
            token => app.token,
            version => version,
            conflict => conflict,
            problems => problems,
        },
    );
    *page.status_mut() = status;
    page
}

pub(super) async fn edit_page(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
) -> Response {
    let path = match app.plan_path(&name) {
        Ok(path) => path,
        Err(missing) => return missing,
    };
    match plan_text(&path) {
        Ok((text, version)) => {
            let values = edit_plan::current(&text);
            let pupil = edit_targets::pupil_name(&text, &name);
            let lists = edit_lists::model(&text);
            let written = edit_plan::written_otherwise(&text);
            edit_form(
                &app,
                &name,
                &pupil,
                &values,
                &version,
                false,
                Vec::new(),
                lists,
                written,
            )
        }
        Err(problem) => app.error(StatusCode::UNPROCESSABLE_ENTITY, problem.to_string()),
    }
}

pub(super) async fn save_edit(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let path = match app.plan_path(&name) {
        Ok(path) => path,
        Err(missing) => return missing,
    };
    if !from_the_app(&app, &headers, &fields) {
        return not_from_the_app(&app);
    }
    let typed: std::collections::BTreeMap<String, String> = fields
        .iter()
        .filter(|(k, _)| edit_plan::FIELDS.iter().any(|(f, _, _)| f == k))
        .cloned()
        .collect();
    let sent = edit_targets::sent_of(&fields);
    let version = fields
        .iter()
        .find(|(k, _)| k == "version")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let school = app.school_dir.clone();
    let worker = app.clone();
    let edits = typed.clone();
    let lists_sent = sent.clone();
    let saved = tokio::task::spawn_blocking(move || {
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        let (text, now) = plan_text(&path)
            .map_err(|d| (false, vec![pupils::Problem::from(&d)], String::new()))?;
        if now != version {
            return Err((true, Vec::new(), now));
        }
        let edited = edit_plan::apply(&text, &edits)
            .and_then(|edited| edit_lists::apply(&edited, &lists_sent))
            .map_err(|d| (false, vec![pupils::Problem::from(&d)], now.clone()))?;
        if edited == text {
            return Ok(());
        }
        new_plan::check(&edited, &school).map_err(|problems| {
            (
                false,
                problems.iter().map(pupils::Problem::from).collect(),
                now.clone(),
            )
        })?;
        crate::output::write_atomically(&path, edited.as_bytes()).map_err(|e| {
            (
                false,
                vec![pupils::Problem::from(&e.diagnostic())],
                now.clone(),
            )
        })?;
        Ok(())
    })
    .await;
    let pupil = typed
        .get("pupil.name")
        .filter(|n| !n.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| name.clone());
    match saved {
        Ok(Ok(())) => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, plan_url(&name, "?saved=1"))],
        )
            .into_response(),
        Ok(Err((conflict, problems, now))) => {
            // The lists as the file has them now, with what was typed shown in them.
            let text = app
                .plan_path(&name)
                .ok()
                .and_then(|p| plan_text(&p).ok())
                .map(|(text, _)| text)
                .unwrap_or_default();
            let lists = edit_lists::model(&text).map(|mut model| {
                edit_lists::overlay(&mut model, &sent);
                model
            });
            let written = edit_plan::written_otherwise(&text);
            edit_form(
                &app, &name, &pupil, &typed, &now, conflict, problems, lists, written,
            )
        }
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "# The school's own note.\npupil:\n  name: Amira Khan   # as on the register\n  class: \"Oak\"\nfamily: { language: ur }\nplan:\n  # dates\n  start: 2026-09-14\n  review: 2027-01-22\n  targets:\n    - target: Read\n";

    #[test]
    fn values_change_where_they_stand_and_comments_stay() {
        let mut edits = BTreeMap::new();
        edits.insert("pupil.name".to_owned(), "Amira Begum".to_owned());
        edits.insert("pupil.class".to_owned(), "Ash".to_owned());
        edits.insert("plan.review".to_owned(), "2027-02-01".to_owned());
        edits.insert("plan.start".to_owned(), "2026-09-14".to_owned());
        edits.insert("pupil.known_as".to_owned(), "Amira".to_owned());
        let out = apply(PLAN, &edits).unwrap();
        assert_eq!(
            out,
            "# The school's own note.\npupil:\n  known_as: \"Amira\"\n  name: \"Amira Begum\"   # as on the register\n  class: \"Ash\"\nfamily: { language: ur }\nplan:\n  # dates\n  start: 2026-09-14\n  review: 2027-02-01\n  targets:\n    - target: Read\n"
        );
        assert_eq!(current(PLAN)["plan.review"], "2027-01-22");
        assert_eq!(current(PLAN)["family.language"], "ur");
        // A section written in the short form takes no new key here.
        let mut edits = BTreeMap::new();
        edits.insert("family.large_print".to_owned(), "24".to_owned());
        assert!(apply(PLAN, &edits).is_err());
        // A detail emptied goes, with its line; the review's details start its section.
        let plan = "pupil:\n  name: Amira Khan\n  gender: female   # for Polish\n  class: Oak\nplan:\n  stage: sen-support\n";
        let mut edits = BTreeMap::new();
        edits.insert("pupil.gender".to_owned(), String::new());
        edits.insert("plan.stage".to_owned(), "ehc-plan".to_owned());
        edits.insert("review.date".to_owned(), "2027-01-22".to_owned());
        edits.insert("review.next_review".to_owned(), "2027-04-30".to_owned());
        assert_eq!(
            apply(plan, &edits).unwrap(),
            "pupil:\n  name: Amira Khan\n  class: Oak\nplan:\n  stage: ehc-plan\nreview:\n  date: 2027-01-22\n  next_review: 2027-04-30\n"
        );
        // A stage or gender that is none is named; a required detail is not emptied.
        let mut edits = BTreeMap::new();
        edits.insert("plan.stage".to_owned(), "sen-suport".to_owned());
        assert!(apply(plan, &edits).is_err());
        let mut edits = BTreeMap::new();
        edits.insert("pupil.name".to_owned(), String::new());
        assert!(apply(plan, &edits).is_err());
        // But its values change.
        let mut edits = BTreeMap::new();
        edits.insert("family.language".to_owned(), "pl".to_owned());
        assert!(
            apply(PLAN, &edits)
                .unwrap()
                .contains("family: { language: \"pl\" }")
        );
    }
}
