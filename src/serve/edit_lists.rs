//! The lists of a plan's details edited in the browser: its areas of need and the outside
//! agencies (boxes to tick, and the school's own words for an agency iepress does not
//! know), the family's contacts and the people at the review meeting (a row each: a name,
//! and how they are related to the pupil or what they do at school).
//!
//! A list the form did not change is left exactly as written; a changed list is written
//! again in the form it had (a block list stays a block list), each unchanged item as it
//! was read. A list written in a shape the rows cannot hold (a name given in two scripts,
//! a comment inside it) is shown as written and left alone.
//!
//! Form fields: `plan.areas_of_need` (one per ticked box), `plan.agencies` and
//! `plan.agencies:other` (the school's own words, one per line), `family.contacts.N:name`
//! and `…:as`, `review.present.N:name` and `…:as`; each list sends `PATH:shown` so that a
//! list with nothing ticked is told from a form without the list.

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::input::plan::{Agency, KeywordSet, Relationship};
use crate::input::structured::Role;
use crate::input::yaml_tree::{self, Edits, Node, Value, quoted};

use super::edit_targets::Sent;

/// A list of known keys, with the school's own words for others.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct KeywordList {
    pub path: &'static str,
    /// `list` (editable, also when the file does not have it yet) or `other`.
    pub kind: &'static str,
    pub chosen: Vec<String>,
    /// The school's own words, one item a line.
    pub others: String,
    pub written: String,
}

/// One person of a list, as a row of the form.
#[derive(Debug, Clone, Serialize)]
pub struct PersonRow {
    pub name: String,
    /// `relationship=KEY`, `role=KEY` (a key or the school's words), or empty.
    pub link: String,
    /// The item as the file writes it, kept while the row is not changed.
    #[serde(skip)]
    original: Option<String>,
}

impl PersonRow {
    fn empty() -> Self {
        PersonRow {
            name: String::new(),
            link: String::new(),
            original: None,
        }
    }

    fn same(&self, other: &PersonRow) -> bool {
        self.name == other.name && self.link == other.link
    }
}

/// A list of people.
#[derive(Debug, Clone, Serialize)]
pub struct PeopleList {
    pub path: &'static str,
    /// `list` or `other`.
    pub kind: &'static str,
    /// The rows read from the file, and one empty row to add a person.
    pub rows: Vec<PersonRow>,
    /// Words of the file's `as` values that are not keys, offered beside the keys.
    pub own_words: Vec<OwnWords>,
    pub written: String,
}

/// The school's own words for how someone is related or what they do, as an option.
#[derive(Debug, Clone, Serialize)]
pub struct OwnWords {
    /// `relationship=WORDS` or `role=WORDS`.
    pub value: String,
    pub label: String,
}

fn own_words(list: &mut PeopleList, link: &str) {
    let Some((kind, value)) = link.split_once('=') else {
        return;
    };
    let keys = if kind == "role" {
        Role::KEYS
    } else {
        Relationship::KEYS
    };
    if !keys.contains(&value) && !list.own_words.iter().any(|w| w.value == link) {
        list.own_words.push(OwnWords {
            value: link.to_owned(),
            label: value.to_owned(),
        });
    }
}

/// The lists of a plan the details page edits.
#[derive(Debug, Clone, Serialize)]
pub struct Model {
    pub areas: KeywordList,
    pub agencies: KeywordList,
    pub contacts: PeopleList,
    /// `None` when the plan has no review yet.
    pub present: Option<PeopleList>,
}

pub const AREAS: &[&str] = super::new_plan::AREAS;

/// Whether the bytes of a value hold a comment (which rewriting the list would lose).
fn has_comment(text: &str, node: &Node) -> bool {
    // A `#` after a space or at a line's start begins a comment; inside quotes it is text,
    // which is rare enough in a list of names to be treated the same (the list is then
    // shown as written, nothing lost).
    let bytes = &text[node.start..node.end];
    bytes.starts_with('#') || bytes.contains(" #") || bytes.contains("\n#")
}

/// A list of keys; `words` when the school's own words may stand among them (agencies;
/// an area of need is one of the four, so a list with anything else is shown as written).
fn keyword_list(
    text: &str,
    node: Option<&Node>,
    path: &'static str,
    keys: &[&str],
    words: bool,
) -> KeywordList {
    let mut list = KeywordList {
        path,
        kind: "list",
        chosen: Vec::new(),
        others: String::new(),
        written: String::new(),
    };
    let Some(node) = node else { return list };
    let mut others = Vec::new();
    let simple = matches!(node.value, Value::Seq(_)) && !has_comment(text, node);
    if simple {
        for item in node.items() {
            match item.scalar() {
                Some(s) if keys.contains(&s) => list.chosen.push(s.to_owned()),
                Some(s) if words && !s.trim().is_empty() && !s.contains('\n') => {
                    others.push(s.to_owned());
                }
                _ => {
                    list.kind = "other";
                    break;
                }
            }
        }
    } else if !matches!(&node.value, Value::Scalar(s) if s.is_empty()) {
        list.kind = "other";
    }
    list.others = others.join("\n");
    if list.kind == "other" {
        list.written = node.written(text);
    }
    list
}

/// How a person item reads as a row, or `None` when a row cannot hold it.
fn person_row(text: &str, item: &Node, family: bool) -> Option<PersonRow> {
    let mut row = person_fields(item, family)?;
    row.original = Some(item.written(text));
    Some(row)
}

fn person_fields(item: &Node, family: bool) -> Option<PersonRow> {
    if let Some(s) = item.scalar() {
        if s.contains('\n') {
            return None;
        }
        if !family && Role::KEYS.contains(&s) {
            return Some(PersonRow {
                link: format!("role={s}"),
                ..PersonRow::empty()
            });
        }
        return Some(PersonRow {
            name: s.to_owned(),
            ..PersonRow::empty()
        });
    }
    let mut row = PersonRow::empty();
    for e in item.entries() {
        let value = e.node.scalar()?;
        if value.contains('\n') {
            return None;
        }
        match e.key.as_str() {
            "name" => row.name = value.to_owned(),
            "relationship" | "role"
                if row.link.is_empty() && (e.key == "relationship" || !family) =>
            {
                row.link = format!("{}={value}", e.key);
            }
            _ => return None,
        }
    }
    if item.entries().is_empty() {
        return None;
    }
    Some(row)
}

fn people_list(text: &str, node: Option<&Node>, path: &'static str, family: bool) -> PeopleList {
    let mut list = PeopleList {
        path,
        kind: "list",
        rows: Vec::new(),
        own_words: Vec::new(),
        written: String::new(),
    };
    if let Some(node) = node {
        let rows: Option<Vec<PersonRow>> = match &node.value {
            Value::Seq(items) if !has_comment(text, node) => {
                items.iter().map(|i| person_row(text, i, family)).collect()
            }
            Value::Scalar(s) if s.is_empty() => Some(Vec::new()),
            _ => None,
        };
        match rows {
            Some(rows) => list.rows = rows,
            None => {
                list.kind = "other";
                list.written = node.written(text);
                return list;
            }
        }
    }
    let links: Vec<String> = list.rows.iter().map(|r| r.link.clone()).collect();
    for link in links {
        own_words(&mut list, &link);
    }
    list.rows.push(PersonRow::empty());
    list
}

/// The lists as the file has them, or `None` when the file is not YAML the app reads.
pub fn model(text: &str) -> Option<Model> {
    let root = yaml_tree::parse(text)?;
    let plan = root.get("plan");
    Some(Model {
        areas: keyword_list(
            text,
            plan.and_then(|p| p.get("areas_of_need")),
            "plan.areas_of_need",
            AREAS,
            false,
        ),
        agencies: keyword_list(
            text,
            plan.and_then(|p| p.get("agencies")),
            "plan.agencies",
            Agency::KEYS,
            true,
        ),
        contacts: people_list(text, root.at("family.contacts"), "family.contacts", true),
        present: root
            .get("review")
            .filter(|r| matches!(r.value, Value::Map(_)))
            .map(|r| people_list(text, r.get("present"), "review.present", false)),
    })
}

/// A key as it is, the school's own words quoted.
fn key_or_words(value: &str, keys: &[&str]) -> String {
    if keys.contains(&value) {
        value.to_owned()
    } else {
        quoted(value)
    }
}

/// The list's items as the form sent them, or `None` when it did not send the list.
fn sent_keywords(list: &KeywordList, sent: &Sent, keys: &[&str]) -> Option<Vec<String>> {
    sent.get(&format!("{}:shown", list.path))?;
    let mut items: Vec<String> = keys
        .iter()
        .filter(|k| {
            sent.get(list.path)
                .is_some_and(|v| v.iter().any(|s| s == *k))
        })
        .map(|k| (*k).to_owned())
        .collect();
    if let Some(other) = sent
        .get(&format!("{}:other", list.path))
        .and_then(|v| v.first())
    {
        for line in other.lines().map(str::trim).filter(|l| !l.is_empty()) {
            if !items.iter().any(|i| i == line) {
                items.push(line.to_owned());
            }
        }
    }
    Some(items)
}

/// The rows the form sent, empty rows left out, or `None` when it did not send the list.
fn sent_rows(list: &PeopleList, sent: &Sent) -> Option<Vec<PersonRow>> {
    sent.get(&format!("{}:shown", list.path))?;
    let value = |i: usize, part: &str| {
        sent.get(&format!("{}.{i}:{part}", list.path))
            .and_then(|v| v.first())
            .map(|v| v.trim().to_owned())
            .unwrap_or_default()
    };
    // Rows are numbered from 0; the form may have had more rows than the file (rows added
    // in the browser), so read until a number is missing.
    let mut rows = Vec::new();
    let mut i = 0;
    while sent.contains_key(&format!("{}.{i}:name", list.path)) && i < 200 {
        let (name, link) = (value(i, "name"), value(i, "as"));
        if !name.is_empty() || !link.is_empty() {
            // A row of the file whose values did not change stays as it is written.
            let mut row = PersonRow {
                name,
                link,
                original: None,
            };
            row.original = list
                .rows
                .get(i)
                .filter(|r| r.same(&row))
                .and_then(|r| r.original.clone());
            rows.push(row);
        }
        i += 1;
    }
    Some(rows)
}

/// One person as a YAML item.
fn person_item(row: &PersonRow) -> String {
    if let Some(original) = &row.original {
        return original.clone();
    }
    let mut parts = Vec::new();
    if !row.name.is_empty() {
        parts.push(format!("name: {}", quoted(&row.name)));
    }
    if let Some((kind, value)) = row.link.split_once('=') {
        let keys = if kind == "role" {
            Role::KEYS
        } else {
            Relationship::KEYS
        };
        let kind = if kind == "role" {
            "role"
        } else {
            "relationship"
        };
        parts.push(format!("{kind}: {}", key_or_words(value, keys)));
    }
    format!("{{ {} }}", parts.join(", "))
}

/// Writes a list over the value of `key` in `parent` (or adds it): a block list when the
/// file had one, otherwise the short form.
fn write_list(
    text: &str,
    edits: &mut Edits,
    parent: &Node,
    key: &str,
    items: &[String],
) -> Result<(), Diagnostic> {
    let flow = format!("[{}]", items.join(", "));
    match parent.entry(key) {
        Some(entry) => {
            let block = !entry.node.flow && !entry.node.items().is_empty() && !items.is_empty();
            if block {
                let line_start = text[..entry.key_start].rfind('\n').map_or(0, |n| n + 1);
                let column = yaml_tree::dash_indent(text, &entry.node)
                    .unwrap_or(entry.key_start - line_start + 2);
                let indent = " ".repeat(column);
                let lines: Vec<String> = items.iter().map(|i| format!("{indent}- {i}")).collect();
                let colon = text[entry.key_end..]
                    .find(':')
                    .map_or(entry.key_end, |n| entry.key_end + n + 1);
                edits.replace_range(colon, entry.node.end, format!("\n{}", lines.join("\n")));
            } else {
                edits.replace_value(text, entry, &flow);
            }
        }
        None if items.is_empty() => {}
        None if parent.flow || !parent.entries().is_empty() => {
            edits.add_entry(text, parent, key, &flow);
        }
        None => {
            return Err(Diagnostic::new(format!(
                "`{key}` cannot be added to this part of the plan here"
            ))
            .hint("add it to the plan file in a text editor"));
        }
    }
    Ok(())
}

/// The file with the lists the form changed written in; every list not changed, and every
/// list the form shows as written, left exactly as it is.
pub fn apply(text: &str, sent: &Sent) -> Result<String, Diagnostic> {
    let (Some(root), Some(model)) = (yaml_tree::parse(text), model(text)) else {
        return Ok(text.to_owned());
    };
    let mut edits = Edits::default();
    let plan = root.get("plan");
    for (list, keys, key) in [
        (&model.areas, AREAS, "areas_of_need"),
        (&model.agencies, Agency::KEYS, "agencies"),
    ] {
        if list.kind != "list" {
            continue;
        }
        let Some(items) = sent_keywords(list, sent, keys) else {
            continue;
        };
        let mut before = list.chosen.clone();
        before.extend(list.others.lines().map(str::to_owned));
        let mut sorted_before = before.clone();
        sorted_before.sort();
        let mut sorted_after = items.clone();
        sorted_after.sort();
        if sorted_before == sorted_after {
            continue;
        }
        let plan = plan.ok_or_else(|| Diagnostic::new("the plan has no `plan` section"))?;
        let written: Vec<String> = items.iter().map(|i| key_or_words(i, keys)).collect();
        write_list(text, &mut edits, plan, key, &written).map_err(|d| d.field(list.path))?;
    }
    let people = [
        (Some(&model.contacts), root.get("family"), "contacts"),
        (model.present.as_ref(), root.get("review"), "present"),
    ];
    for (list, parent, key) in people {
        let (Some(list), Some(parent)) = (list, parent) else {
            continue;
        };
        if list.kind != "list" {
            continue;
        }
        let Some(rows) = sent_rows(list, sent) else {
            continue;
        };
        // The model's last row is the empty one for adding a person.
        let before = &list.rows[..list.rows.len().saturating_sub(1)];
        if before.len() == rows.len() && before.iter().zip(&rows).all(|(a, b)| a.same(b)) {
            continue;
        }
        let items: Vec<String> = rows.iter().map(person_item).collect();
        write_list(text, &mut edits, parent, key, &items).map_err(|d| d.field(list.path))?;
    }
    Ok(edits.apply(text))
}

/// The file with only its areas of need changed as the form sent them (a group plan's
/// page, which has no contacts or people at the review).
pub fn apply_areas(text: &str, sent: &Sent) -> Result<String, Diagnostic> {
    let mut only = Sent::new();
    for (k, v) in sent {
        if k.starts_with("plan.areas_of_need") {
            only.insert(k.clone(), v.clone());
        }
    }
    apply(text, &only)
}

/// The model with what the form sent shown in it (a refused save shows what was typed).
pub fn overlay(model: &mut Model, sent: &Sent) {
    for (list, keys) in [
        (&mut model.areas, AREAS),
        (&mut model.agencies, Agency::KEYS),
    ] {
        if list.kind != "list" {
            continue;
        }
        if let Some(items) = sent_keywords(list, sent, keys) {
            list.chosen = items
                .iter()
                .filter(|i| keys.contains(&i.as_str()))
                .cloned()
                .collect();
            list.others = items
                .iter()
                .filter(|i| !keys.contains(&i.as_str()))
                .cloned()
                .collect::<Vec<_>>()
                .join("\n");
        }
    }
    for list in [Some(&mut model.contacts), model.present.as_mut()]
        .into_iter()
        .flatten()
    {
        if list.kind != "list" {
            continue;
        }
        if let Some(mut rows) = sent_rows(list, sent) {
            for row in &rows {
                own_words(list, &row.link);
            }
            rows.push(PersonRow::empty());
            list.rows = rows;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "pupil:\n  name: Amira Khan\nfamily:\n  contacts:\n    - { name: Samina Khan, relationship: mother }\n    - name: Tariq Khan   # uncle, collects her\n      relationship: uncle\n  language: ur\nplan:\n  areas_of_need: [cognition-and-learning]\n  start: 2026-09-14\nreview:\n  date: 2027-01-22\n  present:\n    - Samina Khan\n    - senco\n    - { name: Ms Green, role: Speech therapist }\n";

    use crate::serve::edit_targets::tests::sent;

    #[test]
    fn lists_are_read_as_rows_and_boxes() {
        let m = model(PLAN).unwrap();
        assert_eq!(m.areas.chosen, ["cognition-and-learning"]);
        assert_eq!(m.agencies.kind, "list");
        // A comment inside the list: shown as written, never rewritten.
        assert_eq!(m.contacts.kind, "other");
        let present = m.present.unwrap();
        let rows: Vec<(&str, &str)> = present
            .rows
            .iter()
            .map(|r| (r.name.as_str(), r.link.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                ("Samina Khan", ""),
                ("", "role=senco"),
                ("Ms Green", "role=Speech therapist"),
                ("", ""),
            ]
        );
        assert_eq!(present.own_words[0].label, "Speech therapist");
    }

    #[test]
    fn only_changed_lists_are_written_and_unchanged_items_stay_as_written() {
        let unchanged = sent(&[
            ("plan.areas_of_need:shown", "1"),
            ("plan.areas_of_need", "cognition-and-learning"),
            ("plan.agencies:shown", "1"),
            ("plan.agencies:other", ""),
            ("review.present:shown", "1"),
            ("review.present.0:name", "Samina Khan"),
            ("review.present.0:as", ""),
            ("review.present.1:name", ""),
            ("review.present.1:as", "role=senco"),
            ("review.present.2:name", "Ms Green"),
            ("review.present.2:as", "role=Speech therapist"),
            ("review.present.3:name", ""),
            ("review.present.3:as", ""),
        ]);
        assert_eq!(apply(PLAN, &unchanged).unwrap(), PLAN);
        let mut changed = unchanged.clone();
        changed.insert(
            "plan.areas_of_need".into(),
            vec![
                "cognition-and-learning".into(),
                "sensory-and-physical".into(),
            ],
        );
        changed.insert("plan.agencies".into(), vec!["camhs".into()]);
        changed.insert(
            "review.present.1:as".into(),
            vec!["role=class-teacher".into()],
        );
        changed.insert("review.present.1:name".into(), vec!["Mrs Patel".into()]);
        changed.insert("review.present.3:name".into(), vec!["Tariq Khan".into()]);
        changed.insert(
            "review.present.3:as".into(),
            vec!["relationship=uncle".into()],
        );
        let out = apply(PLAN, &changed).unwrap();
        assert!(
            out.contains(
                "  areas_of_need: [cognition-and-learning, sensory-and-physical]\n  start:"
            ),
            "{out}"
        );
        assert!(
            out.contains("  start: 2026-09-14\n  agencies: [camhs]\nreview:"),
            "{out}"
        );
        assert!(
            out.ends_with("  present:\n    - Samina Khan\n    - { name: \"Mrs Patel\", role: class-teacher }\n    - { name: Ms Green, role: Speech therapist }\n    - { name: \"Tariq Khan\", relationship: uncle }\n"),
            "{out}"
        );
        // The contacts (shown as written) are never touched, whatever is sent.
        let mut contacts = sent(&[
            ("family.contacts:shown", "1"),
            ("family.contacts.0:name", "X"),
        ]);
        contacts.insert("family.contacts.1:name".into(), vec![String::new()]);
        assert_eq!(apply(PLAN, &contacts).unwrap(), PLAN);
        // Everyone removed: an empty list.
        let mut gone = sent(&[("review.present:shown", "1")]);
        gone.insert("review.present.0:name".into(), vec![String::new()]);
        assert!(apply(PLAN, &gone).unwrap().ends_with("  present: []\n"));
    }

    #[test]
    fn an_area_that_is_none_is_shown_as_written_and_kept() {
        let plan = "plan:\n  areas_of_need: [cognition-and-learning, reading]\n";
        let m = model(plan).unwrap();
        assert_eq!(m.areas.kind, "other");
        let out = apply(
            plan,
            &sent(&[
                ("plan.areas_of_need:shown", "1"),
                ("plan.areas_of_need", "cognition-and-learning"),
            ]),
        )
        .unwrap();
        assert_eq!(out, plan);
    }

    #[test]
    fn a_list_added_to_a_section_written_short() {
        let plan =
            "pupil: { name: Amira Khan }\nfamily: { language: ur }\nplan:\n  start: 2026-09-14\n";
        let out = apply(
            plan,
            &sent(&[
                ("family.contacts:shown", "1"),
                ("family.contacts.0:name", "Samina Khan"),
                ("family.contacts.0:as", "relationship=mother"),
            ]),
        )
        .unwrap();
        assert!(
            out.contains("family: { language: ur, contacts: [{ name: \"Samina Khan\", relationship: mother }] }"),
            "{out}"
        );
    }
}
