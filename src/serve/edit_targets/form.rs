//! The form: each value of the plan file as the page shows it (a text, who helps, when,
//! a target's outcome, a list of texts), read from the file's YAML tree.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::input::plan::KeywordSet;
use crate::input::structured::Role;
use crate::input::yaml_tree::{self, Node, Value};
use crate::localize::bank;

/// The texts of the plan section the page edits, with their label and the bank's kind.
const PLAN_TEXTS: &[(&str, &str, Option<&str>)] = &[
    ("about", "field-about", Some("strength")),
    ("needs", "field-needs", Some("need")),
    ("exit_criteria", "field-exit-criteria", None),
    ("home_support", "field-home-support", Some("home")),
];
/// The texts of a target.
pub(super) const TARGET_TEXTS: &[(&str, &str, Option<&str>)] = &[
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
pub(super) const SCHEDULE: &[&str] = crate::input::structured::SCHEDULE_KEYS;

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
            let (name, english) = crate::serve::pupils::language_names(l);
            let label = if english.is_empty() {
                name
            } else {
                format!("{english} ({name})")
            };
            (label, crate::serve::dir_of(l))
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
                .is_some_and(|v| crate::serve::new_plan::PARTS_OF_DAY.contains(&v)),
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

pub(super) fn target_form(
    text: &str,
    target: Option<&Node>,
    index: usize,
    path: String,
) -> TargetForm {
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
pub(super) fn item_holder(item: &Node, index: usize) -> Node {
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
