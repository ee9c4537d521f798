//! Editing a plan's texts and targets in the browser: each text as the file has it (the
//! school's words, their translations one box per language, or a bank entry with its
//! numbers), who helps and when as structured fields, and the targets added, removed and
//! moved. Only what is changed is rewritten, in place (see [`crate::input::yaml_tree`]); a text's
//! translations the form does not change, comments and layout stay as the school wrote them.
//!
//! Form fields are named by the value's path in the plan and a part:
//! `plan.targets.0.target:bank`, `…:param:count`, `…:text` (the school's words),
//! `…:text:ur` (one language of a translation map), `…who:role`, `…when:minutes`.
//! A field the form did not send leaves its value as it is.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::diag::Diagnostic;
use crate::input::plan::KeywordSet;
use crate::input::structured::Role;
use crate::input::yaml_tree::{self, Edits, Node, Value, quoted};
use crate::localize::bank;

/// What a form sent: each name with every value given for it.
pub type Sent = BTreeMap<String, Vec<String>>;

/// The texts of the plan section the page edits, with their label and the bank's kind.
const PLAN_TEXTS: &[(&str, &str, Option<&str>)] = &[
    ("about", "field-about", Some("strength")),
    ("needs", "field-needs", Some("need")),
    ("exit_criteria", "field-exit-criteria", None),
    ("home_support", "field-home-support", Some("home")),
];
/// The texts of a target.
const TARGET_TEXTS: &[(&str, &str, Option<&str>)] = &[
    ("target", "field-target", Some("target")),
    ("does_what", "field-does", Some("strategy")),
    ("success", "field-success", Some("measure")),
    ("home", "field-home", Some("home")),
];
/// The texts of the review.
const REVIEW_TEXTS: &[(&str, &str)] = &[
    ("progress", "field-progress"),
    ("pupil_comment", "field-pupil-comment"),
    ("parent_comment", "field-parent-comment"),
    ("teacher_comment", "field-teacher-comment"),
    ("next_steps", "field-next-steps"),
];
pub const DAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday"];
pub const EVERY: &[&str] = &[
    "lesson",
    "day",
    "morning",
    "afternoon",
    "lunchtime",
    "playtime",
    "after-playtime",
    "week",
    "two-weeks",
    "half-term",
    "term",
];
/// A schedule's keys the form has boxes for, in the order they are written.
const SCHEDULE: &[&str] = crate::input::structured::SCHEDULE_KEYS;

/// One language's box of a text written as a translation map.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageBox {
    pub tag: String,
    pub label: String,
    pub dir: &'static str,
    pub value: String,
}

/// A number a bank entry takes.
#[derive(Debug, Clone, Serialize)]
pub struct ParamBox {
    pub name: String,
    pub value: String,
}

/// A text of the plan as the form shows it.
#[derive(Debug, Clone, Serialize)]
pub struct TextSlot {
    pub path: String,
    pub label: &'static str,
    /// `plain` (the school's words), `languages` (a translation map), `bank`, `absent`, or
    /// `other` (a shape the form does not edit, shown as written).
    pub kind: &'static str,
    pub bank_kind: Option<&'static str>,
    pub bank: String,
    pub params: Vec<ParamBox>,
    pub text: String,
    pub languages: Vec<LanguageBox>,
    pub written: String,
}

/// Who helps with a target: a role and a name, or a shape shown as written.
#[derive(Debug, Clone, Serialize)]
pub struct WhoSlot {
    pub path: String,
    /// `person`, `absent` or `other`.
    pub kind: &'static str,
    pub role: String,
    pub name: String,
    pub written: String,
}

/// When a target's help happens: a schedule, or the school's words shown as written.
#[derive(Debug, Clone, Serialize)]
pub struct WhenSlot {
    pub path: String,
    /// `schedule`, `absent` or `other`.
    pub kind: &'static str,
    pub values: BTreeMap<String, String>,
    pub days: Vec<String>,
    pub written: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TargetForm {
    pub index: usize,
    pub path: String,
    pub texts: Vec<TextSlot>,
    pub who: WhoSlot,
    pub when: WhenSlot,
    /// How the target went at the review, when the plan has a review.
    pub outcome: Option<OutcomeSlot>,
}

/// The results a target may have at the review.
pub const RESULTS: &[&str] = &["achieved", "partly", "not-yet"];

/// A target's outcome at the review: its result and the comment on it.
#[derive(Debug, Clone, Serialize)]
pub struct OutcomeSlot {
    /// `review.outcomes.N`.
    pub path: String,
    /// `recorded` (the file has it), `new` (none yet: a result picked adds it) or `other`
    /// (a shape the form does not edit, shown as written).
    pub kind: &'static str,
    pub result: String,
    pub comment: TextSlot,
    pub written: String,
}

/// A list of texts of the plan (what works for the pupil, further assessments): each item
/// as a text, a box to remove it, and a new item to add.
#[derive(Debug, Clone, Serialize)]
pub struct ListForm {
    /// `plan.strategies_that_work`.
    pub path: String,
    pub label: &'static str,
    pub items: Vec<TextSlot>,
    pub new_item: TextSlot,
    /// The new item takes a month (an assessment).
    pub month: bool,
    /// `list` (also when the plan has none yet) or `other` (shown as written).
    pub kind: &'static str,
    pub written: String,
}

/// The plan's lists of texts: (key, heading, each item's label, the bank's kind).
const PLAN_LISTS: &[(&str, &str, &str, &str)] = &[
    (
        "strategies_that_work",
        "field-strategies",
        "field-strategy-that-works",
        "strategy",
    ),
    (
        "further_assessments",
        "field-assessments",
        "field-assessment",
        "assessment",
    ),
];

/// The page's form: the plan's texts, its targets, a new target, the review's texts.
#[derive(Debug, Clone, Serialize)]
pub struct Model {
    pub texts: Vec<TextSlot>,
    pub lists: Vec<ListForm>,
    pub targets: Vec<TargetForm>,
    pub new_target: TargetForm,
    pub review: Vec<TextSlot>,
    /// The targets cannot be added, removed or moved here (written in the short form).
    pub fixed_list: bool,
    /// A group plan's pupils (their plan files' names), when the file is a group plan.
    pub pupils: Option<Vec<String>>,
}

/// The review's texts a group plan has (its pupils' and parents' words are in their own
/// plans).
const GROUP_REVIEW_TEXTS: &[&str] = &["progress", "next_steps"];

/// A language tag as a translation map's key (`en-GB`, `ur`, `pa-Arab`).
fn is_language_key(key: &str) -> bool {
    !matches!(key, "month" | "text" | "bank")
        && key.parse::<unic_langid::LanguageIdentifier>().is_ok()
}

fn label_of(tag: &str) -> (String, &'static str) {
    crate::localize::LANGUAGES
        .iter()
        .find(|l| l.tag == tag)
        .map(|l| {
            let (name, english) = super::pupils::language_names(l);
            let label = if english.is_empty() {
                name
            } else {
                format!("{english} ({name})")
            };
            (label, super::dir_of(l))
        })
        .unwrap_or_else(|| (tag.to_owned(), "auto"))
}

fn text_slot(
    text: &str,
    parent: Option<&Node>,
    path: String,
    key: &str,
    label: &'static str,
    bank_kind: Option<&'static str>,
) -> TextSlot {
    let mut slot = TextSlot {
        path,
        label,
        kind: "absent",
        bank_kind,
        bank: String::new(),
        params: Vec::new(),
        text: String::new(),
        languages: Vec::new(),
        written: String::new(),
    };
    let Some(node) = parent.and_then(|p| p.get(key)) else {
        return slot;
    };
    slot.written = node.written(text);
    match &node.value {
        Value::Scalar(s) => {
            slot.kind = "plain";
            slot.text = s.clone();
        }
        // An entry the page's list does not have (not in the bank, or of another kind) is
        // shown as written rather than lost.
        Value::Map(_)
            if node.get("bank").and_then(Node::scalar).is_some_and(|id| {
                bank::entry(id).is_none_or(|e| bank_kind.is_some_and(|k| e.kind != k))
            }) =>
        {
            slot.kind = "other";
        }
        Value::Map(entries) if node.get("bank").and_then(Node::scalar).is_some() => {
            let id = node.get("bank").and_then(Node::scalar).unwrap_or_default();
            slot.kind = "bank";
            slot.bank = id.to_owned();
            slot.params = entries
                .iter()
                .filter(|e| e.key != "bank")
                .map(|e| ParamBox {
                    name: e.key.clone(),
                    value: e.node.scalar().unwrap_or_default().to_owned(),
                })
                .collect();
            // The entry's numbers the file does not give yet, as empty boxes.
            if let Some(entry) = bank::entry(id) {
                for p in &entry.params {
                    if !slot.params.iter().any(|b| &b.name == p) {
                        slot.params.push(ParamBox {
                            name: p.clone(),
                            value: String::new(),
                        });
                    }
                }
            }
        }
        Value::Map(entries)
            if !entries.is_empty()
                && entries
                    .iter()
                    .all(|e| is_language_key(&e.key) && e.node.scalar().is_some()) =>
        {
            slot.kind = "languages";
            slot.languages = entries
                .iter()
                .map(|e| {
                    let (label, dir) = label_of(&e.key);
                    LanguageBox {
                        tag: e.key.clone(),
                        label,
                        dir,
                        value: e.node.scalar().unwrap_or_default().to_owned(),
                    }
                })
                .collect();
        }
        _ => slot.kind = "other",
    }
    slot
}

fn who_slot(text: &str, target: Option<&Node>, path: String) -> WhoSlot {
    let mut slot = WhoSlot {
        path,
        kind: "absent",
        role: String::new(),
        name: String::new(),
        written: String::new(),
    };
    let Some(node) = target.and_then(|t| t.get("who")) else {
        return slot;
    };
    slot.written = node.written(text);
    slot.kind = "other";
    match &node.value {
        Value::Scalar(s) if Role::KEYS.contains(&s.as_str()) => {
            slot.kind = "person";
            slot.role = s.clone();
        }
        Value::Map(entries)
            if !entries.is_empty()
                && entries.iter().all(|e| {
                    matches!(e.key.as_str(), "role" | "name")
                        && e.node.scalar().is_some_and(|v| {
                            // A role the list does not have is shown as written, not lost.
                            e.key != "role" || Role::KEYS.contains(&v)
                        })
                }) =>
        {
            slot.kind = "person";
            slot.role = node
                .get("role")
                .and_then(Node::scalar)
                .unwrap_or("")
                .to_owned();
            slot.name = node
                .get("name")
                .and_then(Node::scalar)
                .unwrap_or("")
                .to_owned();
        }
        _ => {}
    }
    slot
}

fn when_slot(text: &str, target: Option<&Node>, path: String) -> WhenSlot {
    let mut slot = WhenSlot {
        path,
        kind: "absent",
        values: BTreeMap::new(),
        days: Vec::new(),
        written: String::new(),
    };
    let Some(node) = target.and_then(|t| t.get("when")) else {
        return slot;
    };
    slot.written = node.written(text);
    slot.kind = "other";
    let entries = node.entries();
    let schedule = !entries.is_empty()
        && entries.iter().all(|e| match e.key.as_str() {
            "days" => {
                e.node
                    .items()
                    .iter()
                    .all(|d| d.scalar().is_some_and(|d| DAYS.contains(&d)))
                    && matches!(e.node.value, Value::Seq(_))
            }
            // A part of the day or an "every" the lists do not have is shown as written.
            "part_of_day" => e
                .node
                .scalar()
                .is_some_and(|v| super::new_plan::PARTS_OF_DAY.contains(&v)),
            "every" => e.node.scalar().is_some_and(|v| EVERY.contains(&v)),
            key => SCHEDULE.contains(&key) && e.node.scalar().is_some(),
        });
    if schedule {
        slot.kind = "schedule";
        for e in entries {
            if e.key == "days" {
                slot.days = e
                    .node
                    .items()
                    .iter()
                    .filter_map(|d| d.scalar().map(str::to_owned))
                    .collect();
            } else {
                slot.values
                    .insert(e.key.clone(), e.node.scalar().unwrap_or("").to_owned());
            }
        }
    }
    slot
}

fn target_form(text: &str, target: Option<&Node>, index: usize, path: String) -> TargetForm {
    TargetForm {
        index,
        texts: TARGET_TEXTS
            .iter()
            .map(|(key, label, kind)| {
                text_slot(text, target, format!("{path}.{key}"), key, label, *kind)
            })
            .collect(),
        who: who_slot(text, target, format!("{path}.who")),
        when: when_slot(text, target, format!("{path}.when")),
        outcome: None,
        path,
    }
}

/// Target `index`'s outcome in the review's list (`outcomes` is `None` when the review has
/// no list yet).
fn outcome_slot(text: &str, outcomes: Option<&Node>, index: usize) -> OutcomeSlot {
    let path = format!("review.outcomes.{index}");
    let node = outcomes.and_then(|o| o.items().get(index));
    let mut slot = OutcomeSlot {
        comment: text_slot(
            text,
            node,
            format!("{path}.comment"),
            "comment",
            "field-outcome-comment",
            None,
        ),
        path,
        kind: "new",
        result: String::new(),
        written: String::new(),
    };
    let Some(node) = node else {
        return slot;
    };
    slot.written = node.written(text);
    let result = node.get("result").and_then(Node::scalar);
    let simple = node
        .entries()
        .iter()
        .all(|e| e.key == "result" || e.key == "comment");
    match result {
        Some(r) if simple && RESULTS.contains(&r) && slot.comment.kind != "other" => {
            slot.kind = "recorded";
            slot.result = r.to_owned();
        }
        _ => slot.kind = "other",
    }
    slot
}

/// A list's item read as the value of a one-key map (its position), so that it is edited
/// as any other text.
fn item_holder(item: &Node, index: usize) -> Node {
    Node {
        start: item.start,
        end: item.end,
        flow: true,
        value: Value::Map(vec![yaml_tree::Entry {
            key: index.to_string(),
            key_start: item.start,
            key_end: item.start,
            node: item.clone(),
        }]),
    }
}

fn list_form(
    text: &str,
    list: Option<&Node>,
    key: &str,
    label: &'static str,
    item_label: &'static str,
    kind: &'static str,
) -> ListForm {
    let path = format!("plan.{key}");
    let mut form = ListForm {
        new_item: text_slot(
            text,
            None,
            format!("{path}.new"),
            "",
            if key == "further_assessments" {
                "field-assessment-new"
            } else {
                "field-strategy-new"
            },
            Some(kind),
        ),
        items: Vec::new(),
        month: key == "further_assessments",
        kind: "list",
        written: String::new(),
        label,
        path,
    };
    match list.map(|l| &l.value) {
        None => {}
        Some(Value::Seq(items)) => {
            form.items = items
                .iter()
                .enumerate()
                .map(|(i, item)| {
                    text_slot(
                        text,
                        Some(&item_holder(item, i)),
                        format!("{}.{i}", form.path),
                        &i.to_string(),
                        item_label,
                        Some(kind),
                    )
                })
                .collect();
        }
        Some(Value::Scalar(s)) if s.is_empty() => {}
        Some(_) => {
            form.kind = "other";
            form.written = list.map(|l| l.written(text)).unwrap_or_default();
        }
    }
    form
}

/// The form for a plan file's text, or `None` when it is not YAML the editor reads.
pub fn model(text: &str) -> Option<Model> {
    let root = yaml_tree::parse(text)?;
    let plan = root.get("plan");
    let texts: Vec<TextSlot> = PLAN_TEXTS
        .iter()
        .map(|(key, label, kind)| text_slot(text, plan, format!("plan.{key}"), key, label, *kind))
        .collect();
    let lists = PLAN_LISTS
        .iter()
        .map(|(key, label, item_label, kind)| {
            list_form(
                text,
                plan.and_then(|p| p.get(key)),
                key,
                label,
                item_label,
                kind,
            )
        })
        .collect();
    let list = plan.and_then(|p| p.get("targets"));
    let review_node = root.get("review");
    // Outcomes are edited where the review is a mapping whose outcomes (if any) are a list.
    let outcomes = review_node
        .filter(|r| matches!(r.value, Value::Map(_)))
        .map(|r| r.get("outcomes"))
        .filter(|o| o.is_none_or(|o| matches!(o.value, Value::Seq(_))));
    let targets = list
        .map(|l| {
            l.items()
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let mut form = target_form(text, Some(t), i, format!("plan.targets.{i}"));
                    form.outcome = outcomes.map(|o| outcome_slot(text, o, i));
                    form
                })
                .collect()
        })
        .unwrap_or_default();
    let review = match review_node {
        Some(r) if matches!(r.value, Value::Map(_)) => REVIEW_TEXTS
            .iter()
            .map(|(key, label)| text_slot(text, Some(r), format!("review.{key}"), key, label, None))
            .collect(),
        _ => Vec::new(),
    };
    let mut model = Model {
        texts,
        lists,
        fixed_list: list.is_none_or(|l| l.flow || l.items().is_empty()),
        targets,
        new_target: target_form(text, None, 0, "new".to_owned()),
        review,
        pupils: None,
    };
    // A group plan: its name first, its pupils, and the review's texts a group has.
    if root.get("group").is_some() {
        model.texts.insert(
            0,
            text_slot(
                text,
                Some(&root),
                "group".to_owned(),
                "group",
                "field-group-name",
                None,
            ),
        );
        model.review.retain(|s| {
            GROUP_REVIEW_TEXTS
                .iter()
                .any(|k| s.path == format!("review.{k}"))
        });
        model.pupils = Some(
            root.get("pupils")
                .map(|p| {
                    p.items()
                        .iter()
                        .filter_map(|i| i.scalar().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default(),
        );
    }
    Some(model)
}

/// A number as typed, bare, or the text quoted (the loader then names it).
fn number_or_text(value: &str) -> String {
    let value = value.trim();
    if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) {
        value.to_owned()
    } else {
        quoted(value)
    }
}

fn one<'a>(sent: &'a Sent, key: &str) -> Option<&'a str> {
    sent.get(key).and_then(|v| v.first()).map(|v| v.trim())
}

/// What becomes of one value.
enum Change {
    Same,
    Remove,
    /// The whole value, in YAML.
    Write(String),
    /// Scalars inside it replaced (a translation map's languages), and languages removed.
    Inside(Vec<(String, Option<String>)>),
}

fn text_change(slot: &TextSlot, sent: &Sent) -> Result<Change, Diagnostic> {
    let path = &slot.path;
    let bank_sent = one(sent, &format!("{path}:bank"));
    let text_sent = one(sent, &format!("{path}:text"));
    let languages_sent = slot
        .languages
        .iter()
        .any(|l| sent.contains_key(&format!("{path}:text:{}", l.tag)));
    if slot.kind == "other" || (bank_sent.is_none() && text_sent.is_none() && !languages_sent) {
        return Ok(Change::Same);
    }
    if let Some(id) = bank_sent.filter(|id| !id.is_empty()) {
        let entry = bank::entry(id).ok_or_else(|| {
            Diagnostic::new(format!("`{id}` is not in the bank"))
                .field(path.clone())
                .hint("pick an entry from the list")
        })?;
        let mut params: Vec<(String, String)> = Vec::new();
        for p in &entry.params {
            let v = one(sent, &format!("{path}:param:{p}")).unwrap_or("");
            params.push((p.clone(), v.to_owned()));
        }
        // Keys the entry does not take but the file gives (an assessment's month) stay.
        for b in &slot.params {
            if !entry.params.contains(&b.name) && slot.bank == id {
                params.push((b.name.clone(), b.value.clone()));
            }
        }
        let unchanged = slot.kind == "bank"
            && slot.bank == id
            && params.iter().all(|(k, v)| {
                slot.params
                    .iter()
                    .any(|b| &b.name == k && b.value.trim() == v.trim())
            });
        if unchanged {
            return Ok(Change::Same);
        }
        let mut out = format!("{{ bank: {id}");
        for (k, v) in params.iter().filter(|(_, v)| !v.trim().is_empty()) {
            out.push_str(&format!(", {k}: {}", number_or_text(v)));
        }
        out.push_str(" }");
        return Ok(Change::Write(out));
    }
    match slot.kind {
        "languages" => {
            let mut inside = Vec::new();
            for l in &slot.languages {
                let Some(v) = one(sent, &format!("{path}:text:{}", l.tag)) else {
                    continue;
                };
                if v == l.value.trim() {
                    continue;
                }
                inside.push((l.tag.clone(), (!v.is_empty()).then(|| quoted(v))));
            }
            if inside.len() == slot.languages.len() && inside.iter().all(|(_, v)| v.is_none()) {
                return Ok(Change::Remove);
            }
            Ok(if inside.is_empty() {
                Change::Same
            } else {
                Change::Inside(inside)
            })
        }
        "plain" => Ok(match text_sent {
            Some("") => Change::Remove,
            Some(v) if v != slot.text.trim() => Change::Write(quoted(v)),
            _ => Change::Same,
        }),
        // A bank entry (or nothing) becomes the school's words, or goes.
        _ => Ok(match text_sent {
            Some(v) if !v.is_empty() => Change::Write(quoted(v)),
            _ if slot.kind == "bank" => Change::Remove,
            _ => Change::Same,
        }),
    }
}

fn who_change(slot: &WhoSlot, sent: &Sent) -> Result<Change, Diagnostic> {
    let path = &slot.path;
    let (Some(role), Some(name)) = (
        one(sent, &format!("{path}:role")),
        one(sent, &format!("{path}:name")),
    ) else {
        return Ok(Change::Same);
    };
    if slot.kind == "other" || (role == slot.role && name == slot.name.trim()) {
        return Ok(Change::Same);
    }
    if !role.is_empty() && !Role::KEYS.contains(&role) {
        return Err(
            Diagnostic::new(format!("`{role}` is not a role iepress knows"))
                .field(path.clone())
                .hint("pick one from the list"),
        );
    }
    Ok(match (role.is_empty(), name.is_empty()) {
        (true, true) => Change::Remove,
        (false, true) => Change::Write(role.to_owned()),
        (false, false) => Change::Write(format!("{{ role: {role}, name: {} }}", quoted(name))),
        (true, false) => Change::Write(format!("{{ name: {} }}", quoted(name))),
    })
}

fn when_change(slot: &WhenSlot, sent: &Sent) -> Result<Change, Diagnostic> {
    let path = &slot.path;
    if slot.kind == "other" || !sent.contains_key(&format!("{path}:shown")) {
        return Ok(Change::Same);
    }
    let days: Vec<&str> = DAYS
        .iter()
        .copied()
        .filter(|d| {
            sent.get(&format!("{path}:days"))
                .is_some_and(|v| v.iter().any(|s| s == d))
        })
        .collect();
    let mut parts = Vec::new();
    let mut same = days == slot.days.iter().map(String::as_str).collect::<Vec<_>>();
    for key in SCHEDULE {
        if *key == "days" {
            if !days.is_empty() {
                parts.push(format!("days: [{}]", days.join(", ")));
            }
            continue;
        }
        let v = one(sent, &format!("{path}:{key}")).unwrap_or("");
        same &= v == slot.values.get(*key).map(|s| s.trim()).unwrap_or("");
        if v.is_empty() {
            continue;
        }
        let written = match *key {
            "part_of_day" | "every" => {
                let allowed: &[&str] = if *key == "every" {
                    EVERY
                } else {
                    super::new_plan::PARTS_OF_DAY
                };
                if !allowed.contains(&v) {
                    return Err(Diagnostic::new(format!("`{v}` is not one of the choices"))
                        .field(format!("{path}.{key}"))
                        .hint("pick one from the list"));
                }
                v.to_owned()
            }
            "time" => quoted(v),
            _ => number_or_text(v),
        };
        parts.push(format!("{key}: {written}"));
    }
    if same {
        return Ok(Change::Same);
    }
    Ok(if parts.is_empty() {
        Change::Remove
    } else {
        Change::Write(format!("{{ {} }}", parts.join(", ")))
    })
}

/// Makes one value's change: `parent` holds `key`.
fn make(
    text: &str,
    edits: &mut Edits,
    parent: &Node,
    key: &str,
    change: Change,
    path: &str,
) -> Result<(), Diagnostic> {
    let short_form = || {
        Diagnostic::new(format!(
            "`{path}` is written in a short form the form cannot add to or remove from"
        ))
        .field(path.to_owned())
        .hint("change it in the plan file in a text editor")
    };
    let entry = parent.entry(key);
    match (change, entry) {
        (Change::Same, _) => {}
        (Change::Write(new), Some(entry)) => {
            if matches!(parent.value, Value::Map(_)) && entry.key_end > entry.key_start {
                edits.replace_value(text, entry, &new);
            } else {
                // A list's item: the item itself is replaced.
                edits.replace_scalar(&entry.node, &new);
            }
        }
        (Change::Write(new), None) => {
            if !matches!(parent.value, Value::Map(_))
                || (parent.flow && parent.entries().is_empty())
            {
                return Err(short_form());
            }
            edits.add_entry(text, parent, key, &new);
        }
        (Change::Remove, Some(entry)) => {
            if entry.key_end == entry.key_start {
                return Err(Diagnostic::new(format!("`{path}` cannot be emptied here"))
                    .field(path.to_owned())
                    .hint("remove the line from the plan file in a text editor"));
            }
            edits.remove_entry(text, parent, key);
        }
        (Change::Remove, None) => {}
        (Change::Inside(scalars), Some(entry)) => {
            for (tag, new) in scalars {
                match (new, entry.node.get(&tag)) {
                    (Some(new), Some(node)) => edits.replace_scalar(node, &new),
                    (None, Some(_)) => edits.remove_entry(text, &entry.node, &tag),
                    _ => {}
                }
            }
        }
        (Change::Inside(_), None) => {}
    }
    Ok(())
}

/// A structural change the page asked for: `up:N`, `down:N`, `remove:N` or `add`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    None,
    Up(usize),
    Down(usize),
    Remove(usize),
}

pub fn parse_action(action: &str) -> Move {
    let (what, n) = action.split_once(':').unwrap_or((action, ""));
    match (what, n.parse::<usize>()) {
        ("up", Ok(n)) => Move::Up(n),
        ("down", Ok(n)) => Move::Down(n),
        ("remove", Ok(n)) => Move::Remove(n),
        _ => Move::None,
    }
}

/// The outcomes the form changed (a result, a comment) and the outcomes it adds (a result
/// picked for a target the review had none for), written into `edits`.
fn outcome_changes(
    text: &str,
    root: &Node,
    model: &Model,
    sent: &Sent,
    edits: &mut Edits,
) -> Result<(), Diagnostic> {
    let review = root.get("review");
    let list = review.and_then(|r| r.get("outcomes"));
    let mut added: Vec<String> = Vec::new();
    let mut missing: Option<usize> = None;
    for target in &model.targets {
        let Some(slot) = &target.outcome else {
            continue;
        };
        let result = one(sent, &format!("{}:result", slot.path));
        match slot.kind {
            "recorded" => {
                let Some(node) = list.and_then(|l| l.items().get(target.index)) else {
                    continue;
                };
                if let Some(r) = result.filter(|r| *r != slot.result) {
                    if !RESULTS.contains(&r) {
                        return Err(Diagnostic::new(format!("`{r}` is not a result"))
                            .field(format!("{}.result", slot.path))
                            .hint(format!("one of {}", RESULTS.join(", "))));
                    }
                    if let Some(result_node) = node.get("result") {
                        edits.replace_scalar(result_node, r);
                    }
                }
                let change = text_change(&slot.comment, sent)?;
                make(text, edits, node, "comment", change, &slot.comment.path)?;
            }
            "new" => {
                let Some(r) = result.filter(|r| !r.is_empty()) else {
                    missing.get_or_insert(target.index);
                    continue;
                };
                if !RESULTS.contains(&r) {
                    return Err(Diagnostic::new(format!("`{r}` is not a result"))
                        .field(format!("{}.result", slot.path))
                        .hint(format!("one of {}", RESULTS.join(", "))));
                }
                if let Some(m) = missing {
                    return Err(Diagnostic::new(format!(
                        "target {} has an outcome but target {} has none: the review's outcomes go in the targets' order",
                        target.index + 1,
                        m + 1
                    ))
                    .field(format!("{}.result", slot.path))
                    .hint(format!("give target {} a result too", m + 1)));
                }
                let mut item = format!("{{ result: {r}");
                if let Change::Write(comment) = text_change(&slot.comment, sent)? {
                    item.push_str(&format!(", comment: {comment}"));
                }
                item.push_str(" }");
                added.push(item);
            }
            _ => {}
        }
    }
    if added.is_empty() {
        return Ok(());
    }
    let Some(review) = review else { return Ok(()) };
    match list {
        Some(list) if !list.flow && !list.items().is_empty() => {
            let pad = " ".repeat(yaml_tree::dash_indent(text, list).unwrap_or(4));
            let last = list.items().last().map_or(list.end, |n| n.end);
            let at = text[last..].find('\n').map_or(text.len(), |n| last + n + 1);
            let lead = if at == text.len() && !text.ends_with('\n') {
                "\n"
            } else {
                ""
            };
            let lines: String = added.iter().map(|i| format!("{pad}- {i}\n")).collect();
            edits.replace_range(at, at, format!("{lead}{lines}"));
        }
        Some(list) => {
            let close = text[..list.end].rfind(']').unwrap_or(list.end);
            let sep = if list.items().is_empty() { "" } else { ", " };
            edits.replace_range(close, close, format!("{sep}{}", added.join(", ")));
        }
        None => {
            if review.flow && review.entries().is_empty() {
                return Err(Diagnostic::new(
                    "the review is written in a short form the page cannot add to",
                )
                .field("review.outcomes")
                .hint("add the outcomes to the plan file in a text editor"));
            }
            edits.add_entry(text, review, "outcomes", &format!("[{}]", added.join(", ")));
        }
    }
    Ok(())
}

/// The item a list's new boxes add, in YAML, if they were filled in; an assessment with
/// the month it is planned for.
fn new_list_item(list: &ListForm, sent: &Sent) -> Result<Option<String>, Diagnostic> {
    let Change::Write(item) = text_change(&list.new_item, sent)? else {
        return Ok(None);
    };
    if !list.month {
        return Ok(Some(item));
    }
    let month = one(sent, &format!("{}:month", list.new_item.path)).unwrap_or("");
    if month.is_empty() {
        return Ok(Some(item));
    }
    if !month.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)) {
        return Err(Diagnostic::new(format!("`{month}` is not a month"))
            .field(format!("{}.month", list.new_item.path))
            .hint("pick a month from the list"));
    }
    Ok(Some(match item.strip_suffix(" }") {
        Some(bank) if item.starts_with("{ bank:") => format!("{bank}, month: {month} }}"),
        _ => format!("{{ text: {item}, month: {month} }}"),
    }))
}

/// A list of the plan with items removed (their positions) and new ones added at its end,
/// written in the form it has (a block list stays one); a list the plan lacks is added.
fn restructure_list(
    text: &str,
    path: &str,
    removed: &[usize],
    added: &[String],
) -> Result<String, Diagnostic> {
    let unreadable = || {
        Diagnostic::new("the plan could not be read again after the change")
            .field(path.to_owned())
            .hint("change it in the plan file in a text editor")
    };
    let root = yaml_tree::parse(text).ok_or_else(unreadable)?;
    let key = path.rsplit_once('.').map_or(path, |(_, k)| k);
    let plan = root.get("plan").ok_or_else(unreadable)?;
    let list = plan.get(key).filter(|l| !l.items().is_empty());
    let Some(list) = list else {
        if added.is_empty() {
            return Ok(text.to_owned());
        }
        let mut edits = Edits::default();
        let value = format!("[{}]", added.join(", "));
        match plan.entry(key) {
            Some(entry) => edits.replace_value(text, entry, &value),
            None => edits.add_entry(text, plan, key, &value),
        }
        return Ok(edits.apply(text));
    };
    let kept: Vec<usize> = (0..list.items().len())
        .filter(|i| !removed.contains(i))
        .collect();
    if !list.flow {
        let pad = " ".repeat(yaml_tree::dash_indent(text, list).unwrap_or(4));
        let lines: String = added.iter().map(|a| format!("{pad}- {a}\n")).collect();
        if kept.is_empty() && added.is_empty() {
            let mut edits = Edits::default();
            if let Some(entry) = plan.entry(key) {
                edits.replace_value(text, entry, "[]");
            }
            return Ok(edits.apply(text));
        }
        return yaml_tree::reorder(text, list, &kept, &lines).ok_or_else(unreadable);
    }
    let mut items: Vec<String> = kept
        .iter()
        .map(|&i| list.items()[i].written(text))
        .collect();
    items.extend(added.iter().cloned());
    Ok(format!(
        "{}[{}]{}",
        &text[..list.start],
        items.join(", "),
        &text[list.end..]
    ))
}

/// The outcomes' new order when the targets take `order` (their old positions; one left
/// out is removed) and the first `had` targets have an outcome. An outcome belongs to its
/// target by position, so a target without one cannot go before a target with one: that
/// target is the error.
fn outcome_order(order: &[usize], had: usize) -> Result<Vec<usize>, usize> {
    if let Some(p) = order
        .iter()
        .position(|&i| i >= had)
        .filter(|&p| order[p..].iter().any(|&i| i < had))
    {
        return Err(order[p]);
    }
    Ok(order.iter().copied().filter(|&i| i < had).collect())
}

/// A group plan's outcomes at the review (one list a pupil) in the targets' new order
/// (`order` lists the targets' old positions; one left out was removed).
fn move_group_outcomes(text: &str, order: &[usize]) -> Result<String, Vec<Diagnostic>> {
    let Some(root) = yaml_tree::parse(text) else {
        return Ok(text.to_owned());
    };
    let Some(map) = root
        .at("review.outcomes")
        .filter(|m| matches!(m.value, Value::Map(_)))
    else {
        return Ok(text.to_owned());
    };
    let mut edits = Edits::default();
    for entry in map.entries() {
        let list = &entry.node;
        let had = list.items().len();
        let moved = outcome_order(order, had).map_err(|target| {
            vec![
                Diagnostic::new(format!(
                    "target {} has no outcome for {} yet, so it cannot go before a target that has one",
                    target + 1,
                    entry.key
                ))
                .field(format!("review.outcomes.{}", entry.key))
                .hint("the outcomes are listed in the targets' order: give it an outcome first, in the plan file"),
            ]
        })?;
        if moved == (0..had).collect::<Vec<_>>() {
            continue;
        }
        if !list.flow {
            return Err(vec![
                Diagnostic::new(format!(
                    "{}'s outcomes are written on several lines, which the page cannot move",
                    entry.key
                ))
                .field(format!("review.outcomes.{}", entry.key))
                .hint("write them as one list, such as [{ result: achieved }, { result: partly }]"),
            ]);
        }
        let items: Vec<String> = moved
            .iter()
            .map(|&i| list.items()[i].written(text))
            .collect();
        edits.replace_range(list.start, list.end, format!("[{}]", items.join(", ")));
    }
    Ok(edits.apply(text))
}

/// The new target's lines, when the form's new target has one.
fn new_target_lines(text: &str, list: Option<&Node>, sent: &Sent) -> Result<String, Diagnostic> {
    let form = target_form("", None, 0, "new".to_owned());
    let mut lines: Vec<(String, String)> = Vec::new();
    for (slot, (key, ..)) in form.texts.iter().zip(TARGET_TEXTS) {
        if let Change::Write(v) = text_change(slot, sent)? {
            lines.push(((*key).to_owned(), v));
        }
        if *key == "target" && lines.is_empty() {
            // No target: nothing is added (the rest of the new target's boxes wait).
            return Ok(String::new());
        }
        if *key == "target"
            && let Change::Write(v) = who_change(&form.who, sent)?
        {
            lines.push(("who".to_owned(), v));
        }
        if *key == "does_what"
            && let Change::Write(v) = when_change(&form.when, sent)?
        {
            lines.push(("when".to_owned(), v));
        }
    }
    let indent = list
        .and_then(|l| yaml_tree::dash_indent(text, l))
        .unwrap_or(4);
    let pad = " ".repeat(indent);
    let mut out = String::new();
    for (i, (key, value)) in lines.iter().enumerate() {
        let lead = if i == 0 { "- " } else { "  " };
        out.push_str(&format!("{pad}{lead}{key}: {value}\n"));
    }
    Ok(out)
}

/// The plan file with the form's changes made: `sent` is what the form sent, `action` a
/// move of a target (`up:1`), a removal (`remove:2`), or a save.
pub fn apply(text: &str, sent: &Sent, action: Move) -> Result<String, Vec<Diagnostic>> {
    let unreadable = || {
        vec![
            Diagnostic::new("the plan file is not YAML the editor can read")
                .hint("open the plan's page to see what is wrong, and mend it in a text editor"),
        ]
    };
    let root = yaml_tree::parse(text).ok_or_else(unreadable)?;
    let model = model(text).ok_or_else(unreadable)?;
    let mut edits = Edits::default();
    let mut problems = Vec::new();
    let mut each =
        |parent: Option<&Node>, key: &str, change: Result<Change, Diagnostic>, path: &str| {
            let result = change.and_then(|c| match parent {
                Some(parent) => make(text, &mut edits, parent, key, c, path),
                None if matches!(c, Change::Same | Change::Remove) => Ok(()),
                None => Err(Diagnostic::new(format!("`{path}` has no section to go in"))
                    .field(path.to_owned())
                    .hint("add the section to the plan file in a text editor")),
            });
            if let Err(d) = result {
                problems.push(d);
            }
        };
    let plan = root.get("plan");
    for slot in &model.texts {
        let (parent_path, key) = slot.path.rsplit_once('.').unwrap_or(("", &slot.path));
        each(
            root.at(parent_path),
            key,
            text_change(slot, sent),
            &slot.path,
        );
    }
    // The lists' items: changed in place; removed and added after (positions move).
    let mut restructure: Vec<(String, Vec<usize>, Vec<String>)> = Vec::new();
    let mut list_problems = Vec::new();
    for list in model.lists.iter().filter(|l| l.kind == "list") {
        let node = root.at(&list.path);
        let mut removed = Vec::new();
        for (i, slot) in list.items.iter().enumerate() {
            let remove = sent.contains_key(&format!("{}:remove", slot.path));
            let change = text_change(slot, sent);
            if remove || matches!(change, Ok(Change::Remove)) {
                removed.push(i);
                continue;
            }
            let Some(item) = node.and_then(|n| n.items().get(i)) else {
                continue;
            };
            each(
                Some(&item_holder(item, i)),
                &i.to_string(),
                change,
                &slot.path,
            );
        }
        let added = match new_list_item(list, sent) {
            Ok(added) => added.into_iter().collect(),
            Err(d) => {
                list_problems.push(d);
                Vec::new()
            }
        };
        if !removed.is_empty() || !added.is_empty() {
            restructure.push((list.path.clone(), removed, added));
        }
    }
    for target in &model.targets {
        let node = root.at(&target.path);
        for (slot, (key, ..)) in target.texts.iter().zip(TARGET_TEXTS) {
            each(node, key, text_change(slot, sent), &slot.path);
        }
        each(node, "who", who_change(&target.who, sent), &target.who.path);
        each(
            node,
            "when",
            when_change(&target.when, sent),
            &target.when.path,
        );
    }
    if let Some(review) = root.get("review") {
        for slot in &model.review {
            let key = slot.path.rsplit_once('.').map_or("", |(_, k)| k);
            each(Some(review), key, text_change(slot, sent), &slot.path);
        }
    }
    match outcome_changes(text, &root, &model, sent, &mut edits) {
        Ok(()) => {}
        Err(d) => problems.push(d),
    }
    problems.append(&mut list_problems);
    if let Some(before) = &model.pupils
        && sent.contains_key("pupils:shown")
    {
        let chosen = sent.get("pupils").cloned().unwrap_or_default();
        // The file's order kept, new pupils after.
        let mut after: Vec<String> = before
            .iter()
            .filter(|p| chosen.contains(p))
            .cloned()
            .collect();
        after.extend(chosen.iter().filter(|p| !before.contains(p)).cloned());
        if &after != before {
            // A plan's name as it is; anything else quoted, for the loader to name.
            let written: Vec<String> = after
                .iter()
                .map(|p| {
                    let plain = !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
                    if plain { p.clone() } else { quoted(p) }
                })
                .collect();
            match root.entry("pupils") {
                Some(entry) => {
                    edits.replace_value(text, entry, &format!("[{}]", written.join(", ")));
                }
                None => problems.push(
                    Diagnostic::new("the group plan has no `pupils:` list to change")
                        .field("pupils")
                        .hint("add `pupils: [NAME, …]` to the group plan in a text editor"),
                ),
            }
        }
    }
    let added = match new_target_lines(text, plan.and_then(|p| p.get("targets")), sent) {
        Ok(lines) => lines,
        Err(d) => {
            problems.push(d);
            String::new()
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut edited = edits.apply(text);
    for (path, removed, added) in restructure {
        edited = restructure_list(&edited, &path, &removed, &added).map_err(|d| vec![d])?;
    }
    if action == Move::None && added.is_empty() {
        return Ok(edited);
    }
    // Moves and the new target, on the file as edited (its positions are new).
    let root = yaml_tree::parse(&edited).ok_or_else(unreadable)?;
    let fixed = || {
        vec![
            Diagnostic::new(
                "the plan's targets are written in a short form the page cannot move or add to",
            )
            .field("plan.targets")
            .hint("write each target on its own lines starting with `- `, as in the example plans"),
        ]
    };
    let Some(list) = root
        .at("plan.targets")
        .filter(|l| !l.flow && !l.items().is_empty())
    else {
        return Err(fixed());
    };
    let count = list.items().len();
    let mut order: Vec<usize> = (0..count).collect();
    match action {
        Move::Up(i) if i > 0 && i < count => order.swap(i - 1, i),
        Move::Down(i) if i + 1 < count => order.swap(i, i + 1),
        Move::Remove(i) if i < count => {
            order.remove(i);
        }
        _ => {}
    }
    let mut out = yaml_tree::reorder(&edited, list, &order, &added).ok_or_else(fixed)?;
    // A group's outcomes, a list for each pupil, move with the targets too.
    if model.pupils.is_some() {
        out = move_group_outcomes(&out, &order)?;
    }
    // The review's outcomes are the targets' in order: they move with them.
    if let Some(outcomes) = yaml_tree::parse(&out)
        .as_ref()
        .and_then(|r| r.at("review.outcomes"))
        .filter(|o| !o.items().is_empty())
    {
        let had = outcomes.items().len();
        let moved = outcome_order(&order, had).map_err(|target| {
            vec![
                Diagnostic::new(format!(
                    "target {} has no outcome at the review yet, so it cannot go before a target that has one",
                    target + 1
                ))
                .field("review.outcomes")
                .hint("the review's outcomes are listed in the targets' order: give it an outcome first, in the plan file"),
            ]
        })?;
        if moved != (0..had).collect::<Vec<_>>() {
            out = yaml_tree::reorder(&out, outcomes, &moved, "").ok_or_else(|| {
                vec![
                    Diagnostic::new(
                        "the review's outcomes are written in a short form the page cannot move",
                    )
                    .field("review.outcomes")
                    .hint("write each outcome on its own line starting with `- `"),
                ]
            })?;
        }
    }
    Ok(out)
}

/// The form as it was sent, over the plan's values: what a refused save shows again.
pub fn overlay(model: &mut Model, sent: &Sent) {
    if let Some(pupils) = &mut model.pupils
        && sent.contains_key("pupils:shown")
    {
        *pupils = sent.get("pupils").cloned().unwrap_or_default();
    }
    let get = |key: String| one(sent, &key).map(str::to_owned);
    for target in &mut model.targets {
        if let Some(o) = &mut target.outcome
            && let Some(r) = get(format!("{}:result", o.path))
        {
            o.result = r;
        }
    }
    let texts = model
        .texts
        .iter_mut()
        .chain(
            model
                .lists
                .iter_mut()
                .flat_map(|l| l.items.iter_mut().chain(std::iter::once(&mut l.new_item))),
        )
        .chain(model.review.iter_mut())
        .chain(model.targets.iter_mut().flat_map(|t| {
            t.texts
                .iter_mut()
                .chain(t.outcome.as_mut().map(|o| &mut o.comment))
        }))
        .chain(model.new_target.texts.iter_mut());
    for slot in texts {
        let path = slot.path.clone();
        if let Some(id) = get(format!("{path}:bank")) {
            if id != slot.bank {
                slot.params = bank::entry(&id)
                    .map(|e| {
                        e.params
                            .iter()
                            .map(|p| ParamBox {
                                name: p.clone(),
                                value: String::new(),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
            }
            slot.bank = id;
        }
        for p in &mut slot.params {
            if let Some(v) = get(format!("{path}:param:{}", p.name)) {
                p.value = v;
            }
        }
        if let Some(v) = get(format!("{path}:text")) {
            slot.text = v;
        }
        for l in &mut slot.languages {
            if let Some(v) = get(format!("{path}:text:{}", l.tag)) {
                l.value = v;
            }
        }
    }
    let people = model
        .targets
        .iter_mut()
        .chain(std::iter::once(&mut model.new_target));
    for target in people {
        let path = target.who.path.clone();
        if let Some(v) = get(format!("{path}:role")) {
            target.who.role = v;
        }
        if let Some(v) = get(format!("{path}:name")) {
            target.who.name = v;
        }
        let path = target.when.path.clone();
        if sent.contains_key(&format!("{path}:shown")) {
            for key in SCHEDULE.iter().filter(|k| **k != "days") {
                if let Some(v) = get(format!("{path}:{key}")) {
                    target.when.values.insert((*key).to_owned(), v);
                }
            }
            target.when.days = sent
                .get(&format!("{path}:days"))
                .cloned()
                .unwrap_or_default();
        }
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    const PLAN: &str = "plan:\n  about: Kind and calm.  # from the meeting\n  targets:\n    - target:\n        en-GB: Read 20 words.\n        ur: بیس الفاظ\n      who: { role: teaching-assistant, name: Mrs Lee }\n      when: { minutes: 10, times_a_week: 4 }\n      home: { bank: read-card-words-at-bedtime, count: 5 }\n    - target: { bank: follow-two-step-instruction, times: 4, of: 5 }\n      who: class-teacher\nreview:\n  outcomes:\n    - { result: achieved }\n    - { result: partly }\n";

    #[test]
    fn list_items_change_go_and_come() {
        let plan = "plan:\n  strategies_that_work:\n    - Ask her to say it back.   # works\n    - { bank: visual-timetable }\n  targets:\n    - target: Read\nreview:\n  date: 2027-01-22\n";
        let m = model(plan).unwrap();
        assert_eq!(m.lists[0].items.len(), 2);
        assert_eq!(m.lists[1].items.len(), 0);
        // The first changed (its comment stays), the second removed, one added; an
        // assessment added with its month to a plan that had none.
        let out = apply(
            plan,
            &sent(&[
                (
                    "plan.strategies_that_work.0:text",
                    "Ask her to say it back to you.",
                ),
                ("plan.strategies_that_work.1:remove", "1"),
                ("plan.strategies_that_work.new:bank", ""),
                ("plan.strategies_that_work.new:text", "A word mat."),
                (
                    "plan.further_assessments.new:bank",
                    "hearing-test-audiology",
                ),
                ("plan.further_assessments.new:month", "3"),
            ]),
            Move::None,
        )
        .unwrap();
        assert_eq!(
            out,
            "plan:\n  strategies_that_work:\n    - \"Ask her to say it back to you.\"   # works\n    - \"A word mat.\"\n  targets:\n    - target: Read\n  further_assessments: [{ bank: hearing-test-audiology, month: 3 }]\nreview:\n  date: 2027-01-22\n"
        );
        // In a short-form list, the school's words with a month; every item removed.
        let flow = "plan:\n  further_assessments: [{ bank: hearing-test-audiology, month: 3 }]\n  targets:\n    - target: Read\n";
        let out = apply(
            flow,
            &sent(&[
                ("plan.further_assessments.new:bank", ""),
                ("plan.further_assessments.new:text", "An eye test"),
                ("plan.further_assessments.new:month", "4"),
            ]),
            Move::None,
        )
        .unwrap();
        assert!(out.contains("  further_assessments: [{ bank: hearing-test-audiology, month: 3 }, { text: \"An eye test\", month: 4 }]\n"), "{out}");
        let out = apply(
            flow,
            &sent(&[("plan.further_assessments.0:remove", "1")]),
            Move::None,
        )
        .unwrap();
        assert!(out.contains("  further_assessments: []\n"), "{out}");
        let out = apply(
            plan,
            &sent(&[
                ("plan.strategies_that_work.0:remove", "1"),
                ("plan.strategies_that_work.1:remove", "1"),
            ]),
            Move::None,
        )
        .unwrap();
        assert!(
            out.starts_with("plan:\n  strategies_that_work: []\n  targets:"),
            "{out}"
        );
        // A month that is none is named.
        let problems = apply(
            plan,
            &sent(&[
                (
                    "plan.further_assessments.new:bank",
                    "hearing-test-audiology",
                ),
                ("plan.further_assessments.new:month", "13"),
            ]),
            Move::None,
        )
        .unwrap_err();
        assert_eq!(
            problems[0].field.as_deref(),
            Some("plan.further_assessments.new.month")
        );
    }

    #[test]
    fn outcomes_change_in_place_and_new_ones_follow_the_targets_order() {
        // A result and a comment changed, in place.
        let out = apply(
            PLAN,
            &sent(&[
                ("review.outcomes.0:result", "partly"),
                ("review.outcomes.1:result", "partly"),
                ("review.outcomes.1.comment:text", "3 times out of 5."),
            ]),
            Move::None,
        )
        .unwrap();
        assert!(
            out.ends_with("  outcomes:\n    - { result: partly }\n    - { result: partly, comment: \"3 times out of 5.\" }\n"),
            "{out}"
        );
        // A review with no outcomes yet: the first target's added; the second's left
        // unrecorded.
        let none = PLAN.replace(
            "  outcomes:\n    - { result: achieved }\n    - { result: partly }\n",
            "  date: 2027-01-22\n",
        );
        let m = model(&none).unwrap();
        assert_eq!(m.targets[0].outcome.as_ref().unwrap().kind, "new");
        let out = apply(
            &none,
            &sent(&[
                ("review.outcomes.0:result", "achieved"),
                ("review.outcomes.0.comment:text", "Reads 24 words."),
                ("review.outcomes.1:result", ""),
            ]),
            Move::None,
        )
        .unwrap();
        assert!(
            out.ends_with("review:\n  date: 2027-01-22\n  outcomes: [{ result: achieved, comment: \"Reads 24 words.\" }]\n"),
            "{out}"
        );
        // The second target's outcome goes after the first's, in a block list.
        let one_recorded = PLAN.replace("    - { result: partly }\n", "");
        let out = apply(
            &one_recorded,
            &sent(&[("review.outcomes.1:result", "not-yet")]),
            Move::None,
        )
        .unwrap();
        assert!(
            out.ends_with("  outcomes:\n    - { result: achieved }\n    - { result: not-yet }\n"),
            "{out}"
        );
        // Not after a gap.
        let problems = apply(
            &none,
            &sent(&[("review.outcomes.1:result", "partly")]),
            Move::None,
        )
        .unwrap_err();
        assert_eq!(
            problems[0].field.as_deref(),
            Some("review.outcomes.1.result")
        );
        // No review: no outcome boxes.
        let no_review = PLAN.split("review:").next().unwrap();
        assert!(model(no_review).unwrap().targets[0].outcome.is_none());
    }

    pub(in crate::serve) fn sent(pairs: &[(&str, &str)]) -> Sent {
        let owned: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        sent_of(&owned)
    }

    #[test]
    fn the_form_reads_each_text_as_the_file_writes_it() {
        let m = model(PLAN).unwrap();
        assert_eq!(m.targets.len(), 2);
        let first = &m.targets[0];
        assert_eq!(first.texts[0].kind, "languages");
        assert_eq!(first.texts[0].languages[1].value, "بیس الفاظ");
        assert_eq!(first.texts[3].bank, "read-card-words-at-bedtime");
        assert_eq!(first.texts[3].params[0].value, "5");
        assert_eq!(
            (first.who.role.as_str(), first.who.name.as_str()),
            ("teaching-assistant", "Mrs Lee")
        );
        assert_eq!(first.when.values["minutes"], "10");
        assert_eq!(m.targets[1].who.role, "class-teacher");
        assert_eq!(m.texts[0].text, "Kind and calm.");
    }

    #[test]
    fn the_english_changes_and_the_urdu_stays() {
        let form = sent(&[
            ("plan.targets.0.target:bank", ""),
            ("plan.targets.0.target:text:en-GB", "Read 25 words."),
            ("plan.targets.0.target:text:ur", "بیس الفاظ"),
            ("plan.targets.0.when:shown", "1"),
            ("plan.targets.0.when:minutes", "15"),
            ("plan.targets.0.when:times_a_week", "4"),
            ("plan.targets.0.when:days", "monday"),
            ("plan.targets.1.who:role", "senco"),
            ("plan.targets.1.who:name", "Mr Evans"),
            ("plan.about:bank", ""),
            ("plan.about:text", "Kind and calm."),
        ]);
        let out = apply(PLAN, &form, Move::None).unwrap();
        assert_eq!(
            out,
            "plan:\n  about: Kind and calm.  # from the meeting\n  targets:\n    - target:\n        en-GB: \"Read 25 words.\"\n        ur: بیس الفاظ\n      who: { role: teaching-assistant, name: Mrs Lee }\n      when: { minutes: 15, times_a_week: 4, days: [monday] }\n      home: { bank: read-card-words-at-bedtime, count: 5 }\n    - target: { bank: follow-two-step-instruction, times: 4, of: 5 }\n      who: { role: senco, name: \"Mr Evans\" }\nreview:\n  outcomes:\n    - { result: achieved }\n    - { result: partly }\n"
        );
    }

    #[test]
    fn targets_move_and_go_with_their_outcomes_and_a_new_one_is_added() {
        let moved = apply(PLAN, &Sent::new(), Move::Up(1)).unwrap();
        let m = model(&moved).unwrap();
        assert_eq!(m.targets[0].texts[0].bank, "follow-two-step-instruction");
        assert!(moved.ends_with("    - { result: partly }\n    - { result: achieved }\n"));
        let form = sent(&[
            ("new.target:bank", "write-sentences-about-picture"),
            ("new.target:param:count", "3"),
            ("new.who:role", "teaching-assistant"),
            ("new.who:name", ""),
            ("new.when:shown", "1"),
            ("new.when:minutes", "20"),
            ("new.when:days", "tuesday"),
            ("new.when:days", "thursday"),
        ]);
        let added = apply(PLAN, &form, Move::Remove(0)).unwrap();
        // A target without an outcome cannot go before one with an outcome.
        let three = apply(PLAN, &form, Move::None).unwrap();
        let refused = apply(&three, &Sent::new(), Move::Up(2)).unwrap_err();
        assert!(
            refused[0].message.starts_with("target 3 has no outcome"),
            "{refused:?}"
        );
        assert!(apply(&three, &Sent::new(), Move::Up(1)).is_ok());
        assert!(added.contains("  targets:\n    - target: { bank: follow-two-step-instruction, times: 4, of: 5 }\n      who: class-teacher\n    - target: { bank: write-sentences-about-picture, count: 3 }\n      who: teaching-assistant\n      when: { minutes: 20, days: [tuesday, thursday] }\nreview:\n  outcomes:\n    - { result: partly }\n"), "{added}");
    }

    #[test]
    fn a_bank_entry_becomes_the_schools_words_and_a_text_is_emptied() {
        let form = sent(&[
            ("plan.targets.0.home:bank", ""),
            ("plan.targets.0.home:text", "Read the card together."),
            ("plan.about:bank", ""),
            ("plan.about:text", ""),
            ("plan.targets.1.who:role", "nurse"),
            ("plan.targets.1.who:name", ""),
        ]);
        let problems = apply(PLAN, &form, Move::None).unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field.as_deref(), Some("plan.targets.1.who"));
        let form = sent(&[
            ("plan.targets.0.home:bank", ""),
            ("plan.targets.0.home:text", "Read the card together."),
            ("plan.about:bank", ""),
            ("plan.about:text", ""),
        ]);
        let out = apply(PLAN, &form, Move::None).unwrap();
        assert!(out.starts_with("plan:\n  targets:\n"));
        assert!(out.contains("      home: \"Read the card together.\"\n"));
    }
}

// The page (see the parent module for the app and its routes).
#[allow(clippy::wildcard_imports)]
use super::*;

/// Every name the form sent with its values, and the form's version and action.
pub(super) fn sent_of(fields: &[(String, String)]) -> Sent {
    let mut sent = Sent::new();
    for (k, v) in fields {
        sent.entry(k.clone()).or_default().push(v.clone());
    }
    sent
}

/// The kind of file the page edits: a pupil's plan, or a group learning plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Of {
    Plan,
    Group,
}

impl Of {
    /// The file, found by its name among the school's own, or the page saying there is none.
    #[allow(clippy::result_large_err)]
    fn path(self, app: &App, name: &str) -> Result<std::path::PathBuf, Response> {
        match self {
            Of::Plan => app.plan_path(name),
            Of::Group => match crate::input::group::group_files(&app.school_dir).remove(name) {
                Some(Ok(path)) => Ok(path),
                _ => Err(app.error(
                    StatusCode::NOT_FOUND,
                    format!(
                        "There is no group plan called {name} in the school's plans/groups folder."
                    ),
                )),
            },
        }
    }

    /// The file's page in the app (`/plans/NAME`, `/groups/NAME`), and its file.
    fn base(self, name: &str) -> (String, String) {
        match self {
            Of::Plan => (plan_url(name, ""), format!("plans/{name}.yaml")),
            Of::Group => (
                plan_url(name, "").replacen("/plans/", "/groups/", 1),
                format!("plans/groups/{name}.yaml"),
            ),
        }
    }

    /// What the page calls the plan: the pupil's name, or the group's.
    fn title(self, text: &str, name: &str) -> String {
        match self {
            Of::Plan => pupil_name(text, name),
            Of::Group => yaml_tree::parse(text)
                .and_then(|root| {
                    let node = root.get("group")?;
                    node.scalar()
                        .map(str::to_owned)
                        .or_else(|| node.entries().first()?.node.scalar().map(str::to_owned))
                })
                .unwrap_or_else(|| name.to_owned()),
        }
    }

    /// The edited text checked as the command line reads the file, before it is written.
    fn check(self, text: &str, school: &std::path::Path) -> Result<(), Vec<Diagnostic>> {
        match self {
            Of::Plan => super::new_plan::check(text, school),
            Of::Group => {
                let no_room = |e: std::io::Error| {
                    vec![Diagnostic::new(format!("no room to check the plan ({e})"))]
                };
                let folder = tempfile::Builder::new()
                    .prefix("iepress-group-")
                    .tempdir()
                    .map_err(no_room)?;
                let path = folder.path().join("group.yaml");
                std::fs::write(&path, text).map_err(no_room)?;
                crate::input::group::load_group_in(&path, school)
                    .map(|_| ())
                    .map_err(|mut d| {
                        // The file is the form's, not one the user has: the field says where.
                        d.file = None;
                        d.position = None;
                        vec![d]
                    })
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn targets_form(
    app: &App,
    of: Of,
    name: &str,
    title: &str,
    model: &Model,
    version: &str,
    status: StatusCode,
    problems: Vec<pupils::Problem>,
    saved: bool,
    group_details: Option<(BTreeMap<String, String>, super::edit_lists::KeywordList)>,
) -> Response {
    // A bank entry names the pupil: a group's copies name each family's own child.
    let short = match of {
        Of::Plan => title.split(' ').next().unwrap_or(title),
        Of::Group => "[name]",
    };
    let bank: BTreeMap<&str, Vec<super::new_plan::Choice>> = bank::KINDS
        .iter()
        .map(|kind| (*kind, super::new_plan::choices(kind, short)))
        .collect();
    let (base, file) = of.base(name);
    // A group's pupils may be any of the school's pupils.
    let school_pupils: Vec<(String, String)> = if of == Of::Group {
        crate::input::appointments::plan_files(&app.school_dir)
            .map(|plans| {
                plans
                    .into_iter()
                    .map(|(plan, path)| {
                        let shown = path
                            .ok()
                            .and_then(|p| std::fs::read_to_string(p).ok())
                            .map_or_else(|| plan.clone(), |t| pupil_name(&t, &plan));
                        (plan, shown)
                    })
                    .collect()
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    // A pupil the group lists without a plan stays listed (and ticked), as the file has it.
    let mut school_pupils = school_pupils;
    for p in model.pupils.iter().flatten() {
        if !school_pupils.iter().any(|(plan, _)| plan == p) {
            school_pupils.push((p.clone(), p.clone()));
        }
    }
    // A group plan's details, as the file has them (or as typed, after a refused save).
    let (details, areas) = match (of, group_details) {
        (Of::Group, Some((values, areas))) => {
            let fields: Vec<minijinja::Value> = super::edit_plan::group_fields()
                .iter()
                .map(|(path, label, kind)| {
                    minijinja::context! {
                        path => path, id => path.replace('.', "-"), label => label,
                        kind => kind, value => values.get(*path).cloned().unwrap_or_default(),
                    }
                })
                .collect();
            (fields, Some(areas))
        }
        _ => (Vec::new(), None),
    };
    let mut page = app.page(
        "edit_targets.html",
        minijinja::context! {
            school => app.school_name,
            name => name,
            group => of == Of::Group,
            details => details,
            areas => areas,
            all_areas => super::edit_lists::AREAS,
            stages => super::new_plan::STAGES,
            pupil => title,
            base => base,
            file => file,
            model => model,
            school_pupils => school_pupils,
            bank => bank,
            roles => Role::KEYS,
            results => RESULTS,
            months => super::new_plan::month_names(),
            parts => super::new_plan::PARTS_OF_DAY,
            every => EVERY,
            days => DAYS,
            token => app.token,
            version => version,
            conflict => status == StatusCode::CONFLICT,
            problems => problems,
            saved => saved,
        },
    );
    *page.status_mut() = status;
    page
}

#[derive(Deserialize)]
pub(super) struct Saved {
    saved: Option<String>,
}

pub(super) async fn targets_page(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    Query(query): Query<Saved>,
) -> Response {
    page_of(&app, Of::Plan, &name, query.saved.is_some())
}

pub(super) async fn group_targets_page(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    Query(query): Query<Saved>,
) -> Response {
    page_of(&app, Of::Group, &name, query.saved.is_some())
}

fn page_of(app: &App, of: Of, name: &str, saved: bool) -> Response {
    let path = match of.path(app, name) {
        Ok(path) => path,
        Err(missing) => return missing,
    };
    let (text, version) = match super::edit_plan::plan_text(&path) {
        Ok(read) => read,
        Err(problem) => return app.error(StatusCode::UNPROCESSABLE_ENTITY, problem.to_string()),
    };
    let Some(model) = model(&text) else {
        return app.error(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{} is not YAML the editor can read.", of.base(name).1),
        );
    };
    let title = of.title(&text, name);
    let details = group_details(of, &text, None);
    targets_form(
        app,
        of,
        name,
        &title,
        &model,
        &version,
        StatusCode::OK,
        Vec::new(),
        saved,
        details,
    )
}

/// A group plan's details and areas of need for its page: as the file has them, with what
/// a refused save sent shown over them.
fn group_details(
    of: Of,
    text: &str,
    sent: Option<&Sent>,
) -> Option<(BTreeMap<String, String>, super::edit_lists::KeywordList)> {
    if of != Of::Group {
        return None;
    }
    let mut values = super::edit_plan::current(text);
    let mut lists = super::edit_lists::model(text)?;
    if let Some(sent) = sent {
        for (path, ..) in super::edit_plan::group_fields() {
            if let Some(v) = one(sent, path) {
                values.insert((*path).to_owned(), v.to_owned());
            }
        }
        super::edit_lists::overlay(&mut lists, sent);
    }
    Some((values, lists.areas))
}

/// The pupil's name as the plan gives it (in the school's language), or the file's name.
pub(super) fn pupil_name(text: &str, name: &str) -> String {
    yaml_tree::parse(text)
        .and_then(|root| {
            let node = root.at("pupil.name")?;
            node.scalar()
                .map(str::to_owned)
                .or_else(|| node.entries().first()?.node.scalar().map(str::to_owned))
        })
        .unwrap_or_else(|| name.to_owned())
}

pub(super) async fn save_targets(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    save_of(app, Of::Plan, name, headers, fields).await
}

pub(super) async fn save_group_targets(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    save_of(app, Of::Group, name, headers, fields).await
}

async fn save_of(
    app: Arc<App>,
    of: Of,
    name: String,
    headers: HeaderMap,
    fields: Vec<(String, String)>,
) -> Response {
    let path = match of.path(&app, &name) {
        Ok(path) => path,
        Err(missing) => return missing,
    };
    if !from_the_app(&app, &headers, &fields) {
        return not_from_the_app(&app);
    }
    let sent = sent_of(&fields);
    let version = one(&sent, "version").unwrap_or("").to_owned();
    let action = parse_action(one(&sent, "action").unwrap_or(""));
    let school = app.school_dir.clone();
    let worker = app.clone();
    let form = sent.clone();
    // Saved, or (status, the file as it is now, its version, the problems).
    let saved = tokio::task::spawn_blocking(move || {
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        let (text, now) = super::edit_plan::plan_text(&path).map_err(|d| {
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                String::new(),
                String::new(),
                vec![pupils::Problem::from(&d)],
            )
        })?;
        if now != version {
            return Err((StatusCode::CONFLICT, text, now, Vec::new()));
        }
        let refused = |problems: Vec<Diagnostic>| {
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                text.clone(),
                now.clone(),
                problems
                    .iter()
                    .map(pupils::Problem::from)
                    .collect::<Vec<_>>(),
            )
        };
        // A group plan's details and areas of need are on this page too.
        let details = if of == Of::Group {
            let fields = super::edit_plan::group_fields();
            let typed: BTreeMap<String, String> = form
                .iter()
                .filter(|(k, _)| fields.iter().any(|(f, ..)| f == k))
                .filter_map(|(k, v)| Some((k.clone(), v.first()?.clone())))
                .collect();
            super::edit_plan::apply_fields(&text, &typed, &fields)
                .and_then(|t| super::edit_lists::apply_areas(&t, &form))
                .map_err(|d| refused(vec![d]))?
        } else {
            text.clone()
        };
        let edited = apply(&details, &form, action).map_err(refused)?;
        if edited == text {
            return Ok(());
        }
        of.check(&edited, &school).map_err(refused)?;
        crate::output::write_atomically(&path, edited.as_bytes())
            .map_err(|e| refused(vec![e.diagnostic()]))?;
        Ok(())
    })
    .await;
    match saved {
        Ok(Ok(())) => (
            StatusCode::SEE_OTHER,
            [(
                header::LOCATION,
                format!("{}/targets?saved=1", of.base(&name).0),
            )],
        )
            .into_response(),
        Ok(Err((status, text, now, problems))) => {
            let Some(mut model) = model(&text) else {
                let message = problems
                    .first()
                    .map(|p| p.message.clone())
                    .unwrap_or_else(|| "the plan cannot be read".to_owned());
                return app.error(status, message);
            };
            // What was typed is shown again, over the plan as it is now.
            overlay(&mut model, &sent);
            let title = of.title(&text, &name);
            let details = group_details(of, &text, Some(&sent));
            targets_form(
                &app, of, &name, &title, &model, &now, status, problems, false, details,
            )
        }
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}
