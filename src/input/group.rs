//! Group learning plans: when pupils with similar needs get extra help together, one plan
//! for the group, in `plans/groups/NAME.yaml`:
//!
//! ```yaml
//! group: Reading group                 # its name, as the families read it
//! pupils: [amira-khan, zofia-nowak]    # plan files in plans/, without .yaml
//! plan:                                # as in a pupil's plan
//!   stage: sen-support
//!   start: 2026-09-21
//!   review: 2026-12-11
//!   targets:
//!     - target: { bank: read-common-words, count: 20, total: 30 }
//! review:                              # at the review meeting
//!   date: 2026-12-11
//!   outcomes:                          # each pupil's, target by target
//!     amira-khan: [{ result: achieved }]
//! ```
//!
//! Each family gets a copy that names only their own child: the others are "the group".
//! So no text of a group plan may name one of its pupils (a bank entry names each family's
//! own child).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::diag::{Diagnostic, did_you_mean};
use crate::input::load;
use crate::input::plan::{Date, Plan, PlanBody, Review, TargetOutcome, Text, Words};

/// A group learning plan, as the school writes it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupPlan {
    /// The group's name ("Reading group"), which the families read.
    pub group: Text,
    /// The pupils: their plan files' names (without `.yaml`) in `plans/`.
    pub pupils: Vec<Spanned<String>>,
    /// The plan, as in a pupil's plan.
    pub plan: PlanBody,
    /// The review, filled in at the review meeting.
    #[serde(default)]
    pub review: Option<GroupReview>,
}

/// A group plan's review: its date, each pupil's outcomes, and what the families are told.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GroupReview {
    /// The date of the meeting.
    pub date: Spanned<Date>,
    /// Each pupil's outcome for each target, in the order of the targets, by the pupil's
    /// plan file name.
    #[serde(default)]
    pub outcomes: BTreeMap<String, Vec<TargetOutcome>>,
    /// Progress overall.
    #[serde(default)]
    pub progress: Option<Text>,
    /// What happens next.
    #[serde(default)]
    pub next_steps: Option<Text>,
    /// When the next review is.
    #[serde(default)]
    pub next_review: Option<Spanned<Date>>,
}

/// The folder of a school's group plans.
pub fn groups_dir(school_dir: &Path) -> PathBuf {
    school_dir.join("plans").join("groups")
}

/// Whether a file is a group plan: it is in a `groups` folder inside `plans`.
pub fn is_group_plan(path: &Path) -> bool {
    let parent = path.parent();
    parent
        .and_then(Path::file_name)
        .is_some_and(|n| n == "groups")
        && parent
            .and_then(Path::parent)
            .and_then(Path::file_name)
            .is_some_and(|n| n == "plans")
}

/// The school's folder of a group plan (`SCHOOL/plans/groups/NAME.yaml`).
pub fn school_dir_of(path: &Path) -> PathBuf {
    let dir = path
        .parent()
        .and_then(Path::parent)
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    if dir.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        dir.to_path_buf()
    }
}

/// The group plans in a school's folder, by file name: each the file, or why it is not
/// read (a link out of the folder, a name that is not UTF-8).
pub fn group_files(school_dir: &Path) -> BTreeMap<String, Result<PathBuf, Diagnostic>> {
    match std::fs::read_dir(groups_dir(school_dir)) {
        Ok(entries) => crate::input::appointments::yaml_files(
            school_dir,
            entries,
            "group plan",
            "reading-group.yaml",
        ),
        Err(_) => BTreeMap::new(),
    }
}

/// Reads a group plan and checks it: its dates, its targets, its pupils (each with a plan
/// in `plans/`), each pupil's outcomes, and that no text of it names one of its pupils.
pub fn load_group(path: &Path) -> Result<GroupPlan, Diagnostic> {
    load_group_in(path, &school_dir_of(path))
}

/// [`load_group`] for a group plan file read as if it were in `school_dir`'s
/// `plans/groups` (the app checks an edited plan before it replaces the school's file).
pub fn load_group_in(path: &Path, school_dir: &Path) -> Result<GroupPlan, Diagnostic> {
    let group: GroupPlan = load::load_yaml(path)?;
    let body = &group.plan;
    load::check_dates(path, body)?;
    if body.targets.is_empty() {
        return Err(Diagnostic::in_file(
            path,
            "the group plan has no targets",
            "add the group's targets under `targets:`, as in a pupil's plan",
        )
        .field("plan.targets"));
    }
    if group.pupils.is_empty() {
        return Err(Diagnostic::in_file(
            path,
            "the group plan names no pupils",
            "list the pupils' plan files under `pupils:`, such as [amira-khan, zofia-nowak]",
        )
        .field("pupils"));
    }
    let plans = crate::input::appointments::plan_files(school_dir)?;
    let known: Vec<&str> = plans.keys().map(String::as_str).collect();
    for (i, pupil) in group.pupils.iter().enumerate() {
        if !plans.contains_key(&pupil.value) {
            let nearest = did_you_mean(&pupil.value, &known)
                .map(|k| format!("did you mean `{k}`? "))
                .unwrap_or_default();
            return Err(load::at(
                path,
                pupil,
                &format!("pupils[{i}]"),
                format!("`{}` has no plan in the plans folder", pupil.value),
                format!("{nearest}each pupil is their plan file's name without .yaml"),
            ));
        }
        if group.pupils[..i].iter().any(|p| p.value == pupil.value) {
            return Err(load::at(
                path,
                pupil,
                &format!("pupils[{i}]"),
                format!("`{}` is listed twice", pupil.value),
                "list each pupil once",
            ));
        }
    }
    // Every family reads every text: none may name one of the group's pupils.
    // (A pupil whose plan cannot be read is known by their file's name: a broken plan
    // costs its own copy, not the group's others.)
    let mut members = BTreeMap::new();
    for pupil in &group.pupils {
        let plan = plans
            .get(&pupil.value)
            .and_then(|p| p.as_ref().ok())
            .and_then(|p| load::load_plan(p).ok());
        let names = match plan {
            Some(plan) => {
                // Every writing of their names, and each word of them.
                let mut names: Vec<String> = Vec::new();
                for name in std::iter::once(&plan.pupil.name).chain(&plan.pupil.known_as) {
                    let writings = std::iter::once(name.school.as_str())
                        .chain(name.written.iter().map(|(_, n)| n.as_str()));
                    for w in writings {
                        names.push(w.to_owned());
                        names.extend(w.split_whitespace().map(str::to_owned));
                    }
                }
                names
            }
            None => pupil.value.split('-').map(str::to_owned).collect(),
        };
        members.insert(pupil.value.clone(), names);
    }
    group.refuse_names(path, &members)?;
    if let Some(review) = &group.review {
        load::check_review_date(path, &review.date, body)?;
        for (pupil, outcomes) in &review.outcomes {
            let field = format!("review.outcomes.{pupil}");
            if !group.pupils.iter().any(|p| &p.value == pupil) {
                let names: Vec<&str> = group.pupils.iter().map(|p| p.value.as_str()).collect();
                let nearest = did_you_mean(pupil, &names)
                    .map(|k| format!("did you mean `{k}`? "))
                    .unwrap_or_default();
                return Err(Diagnostic::in_file(
                    path,
                    format!("`{pupil}` has outcomes but is not one of the group's pupils"),
                    format!("{nearest}give outcomes for the pupils listed under `pupils:`"),
                )
                .field(field));
            }
            if outcomes.len() > body.targets.len() {
                return Err(Diagnostic::in_file(
                    path,
                    format!(
                        "{pupil} has {} outcomes but the plan has {} targets",
                        outcomes.len(),
                        body.targets.len()
                    ),
                    "give one outcome a target, in the order of the targets",
                )
                .field(field));
            }
        }
    }
    Ok(group)
}

impl GroupPlan {
    /// One pupil's copy of the group plan as a plan of their own: their details and their
    /// family's, the group's plan, and their own outcomes at the review.
    pub fn for_pupil(&self, pupil_plan: &Plan, pupil: &str) -> Plan {
        Plan {
            pupil: pupil_plan.pupil.clone(),
            family: pupil_plan.family.clone(),
            plan: self.plan.clone(),
            review: self.review.as_ref().map(|r| Review {
                date: r.date.clone(),
                present: Vec::new(),
                outcomes: r.outcomes.get(pupil).cloned().unwrap_or_default(),
                progress: r.progress.clone(),
                pupil_comment: None,
                parent_comment: None,
                teacher_comment: None,
                next_steps: r.next_steps.clone(),
                next_review: r.next_review.clone(),
            }),
        }
    }

    /// Every text of the group plan with its field path (its name, its plan, its review
    /// and each pupil's outcome comments).
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out = vec![("group".to_owned(), &self.group)];
        out.extend(self.plan.texts("plan"));
        if let Some(r) = &self.review {
            for (pupil, outcomes) in &r.outcomes {
                for (i, o) in outcomes.iter().enumerate() {
                    if let Some(c) = &o.comment {
                        out.push((format!("review.outcomes.{pupil}[{i}].comment"), c));
                    }
                }
            }
            for (key, text) in [("progress", &r.progress), ("next_steps", &r.next_steps)] {
                if let Some(t) = text {
                    out.push((format!("review.{key}"), t));
                }
            }
        }
        out
    }

    /// Refuses a text that names one of the group's pupils (`names` are each pupil's
    /// names, by plan file name): every family reads every text.
    pub fn refuse_names(
        &self,
        path: &Path,
        names: &BTreeMap<String, Vec<String>>,
    ) -> Result<(), Diagnostic> {
        let names: Vec<(&str, &str)> = names
            .iter()
            .flat_map(|(pupil, names)| names.iter().map(move |n| (pupil.as_str(), n.as_str())))
            .collect();
        for (field, text) in self.texts() {
            let words: Vec<&str> = match &text.words {
                Words::Plain(s) => vec![s],
                Words::Localized(map) => map.values().map(String::as_str).collect(),
                // A bank entry names each family's own child.
                Words::Bank(_) => Vec::new(),
            };
            for w in words {
                if let Some((_, name)) = names
                    .iter()
                    .find(|(_, name)| name.chars().count() > 1 && names_word(w, name))
                {
                    return Err(Diagnostic::new(format!(
                        "the text names {name}, one of the group's pupils; every family in the group reads it"
                    ))
                    .file(path)
                    .at(text.position)
                    .field(field)
                    .hint("write \"the group\" or \"each pupil\" instead, or use a bank entry (it names each family's own child)"));
                }
            }
        }
        Ok(())
    }
}

/// Whether `text` has `name` as a word of its own (not inside a longer word).
fn names_word(text: &str, name: &str) -> bool {
    let text = text.to_lowercase();
    let name = name.to_lowercase();
    let mut from = 0;
    while let Some(i) = text[from..].find(&name) {
        let start = from + i;
        let end = start + name.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = end;
    }
    false
}

/// The group plans a pupil is in (`pupil` is their plan file's name), in the order of
/// their file names. A group plan that cannot be read is an error only when it may be one
/// of the pupil's (its text names the pupil's file): it costs its own pupils, not others.
pub fn groups_of(
    school_dir: &Path,
    pupil: &str,
) -> Result<Vec<(String, PathBuf, GroupPlan)>, Diagnostic> {
    let mut out = Vec::new();
    for (name, file) in group_files(school_dir) {
        let Ok(path) = file else {
            continue;
        };
        // Only a group plan whose text names the pupil's file can be theirs: the others
        // are not read (a parents' evening makes many copies, and a school many groups).
        let mentions = crate::input::read::read(&path, 4 * 1024 * 1024)
            .map(|bytes| names_word(&String::from_utf8_lossy(&bytes), pupil))
            .unwrap_or(false);
        if !mentions {
            continue;
        }
        let group = load_group(&path)?;
        if group.pupils.iter().any(|p| p.value == pupil) {
            out.push((name, path, group));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_found_as_a_word_of_its_own() {
        assert!(names_word("Amira and Zosia read together.", "Zosia"));
        assert!(names_word("zosia reads", "Zosia"));
        assert!(!names_word("Ameliorate", "Amel"));
        assert!(names_word("amira-khan", "amira-khan"));
        assert!(!names_word("the group", "Amira"));
    }

    #[test]
    fn a_group_plan_is_one_in_plans_groups() {
        assert!(is_group_plan(Path::new("school/plans/groups/reading.yaml")));
        assert!(!is_group_plan(Path::new("school/plans/reading.yaml")));
        assert!(!is_group_plan(Path::new("groups/reading.yaml")));
        assert_eq!(
            school_dir_of(Path::new("school/plans/groups/reading.yaml")),
            PathBuf::from("school")
        );
        assert_eq!(
            school_dir_of(Path::new("plans/groups/reading.yaml")),
            PathBuf::from(".")
        );
    }
}
