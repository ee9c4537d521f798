//! The bank: well-worded targets, strategies, home activities and ways of checking
//! progress that a school picks in a plan (`target: { bank: read-common-words, count: 20,
//! total: 30 }`) instead of writing words, and that reach every language iepress ships.
//!
//! Each entry is a Fluent message `bank-ID` in `locales/TAG/bank.ftl`, formatted like any
//! message (plurals, the pupil's `$name` and `$gender`). What an entry is (its kind, its
//! area of need, the numbers a plan gives it) is read from the source, `en-GB`, once.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use fluent_syntax::ast::{
    Entry as FtlEntry, Expression, InlineExpression, Pattern, PatternElement,
};

use super::languages::{FALLBACK_LANGUAGE, LANGUAGES};

/// The kinds of entry.
pub const KINDS: &[&str] = &[
    "target",
    "strategy",
    "home",
    "measure",
    "assessment",
    "need",
    "strength",
];

/// The areas an entry can belong to: the four areas of need, or `any`.
pub const AREAS: &[&str] = &[
    "cognition-and-learning",
    "communication-and-interaction",
    "social-emotional-mental-health",
    "sensory-and-physical",
    "any",
];

/// The variables iepress gives every entry itself.
pub const GIVEN: &[&str] = &["name", "gender"];

/// One entry of the bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its id, as a plan names it (`read-common-words`).
    pub id: String,
    /// What it is: one of [`KINDS`].
    pub kind: String,
    /// The area of need it belongs to: one of [`AREAS`].
    pub area: String,
    /// The numbers a plan gives it, by name.
    pub params: Vec<String>,
    /// Every variable its English text uses (its parameters, `name`, `gender`).
    pub variables: Vec<String>,
}

impl Entry {
    /// The message that holds its text in each language.
    pub fn message_id(&self) -> String {
        format!("bank-{}", self.id)
    }
}

/// Every entry, in the order of the source file.
pub fn entries() -> &'static [Entry] {
    static ENTRIES: OnceLock<Vec<Entry>> = OnceLock::new();
    ENTRIES.get_or_init(|| {
        let source = LANGUAGES
            .iter()
            .find(|l| l.tag == FALLBACK_LANGUAGE)
            .map_or("", |l| l.bank);
        parse(source)
    })
}

/// The entry with this id: iepress's own, or one of the school whose plan is being read
/// (see [`with_school_entries`]).
pub fn entry(id: &str) -> Option<Entry> {
    entries()
        .iter()
        .find(|e| e.id == id)
        .cloned()
        .or_else(|| SCHOOL.with(|s| s.borrow().iter().find(|e| e.id == id).cloned()))
}

/// Every entry's id a plan may name now: iepress's and the school's.
pub fn ids() -> Vec<String> {
    let mut ids: Vec<String> = entries().iter().map(|e| e.id.clone()).collect();
    SCHOOL.with(|s| ids.extend(s.borrow().iter().map(|e| e.id.clone())));
    ids
}

thread_local! {
    /// The entries of the school whose plan this thread is reading.
    static SCHOOL: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
}

/// Runs `read` (the reading of a plan) with the school's own entries known to the bank, so
/// that a plan may name them.
pub fn with_school_entries<T>(school: Option<&SchoolBank>, read: impl FnOnce() -> T) -> T {
    let entries = school.map(|s| s.entries.clone()).unwrap_or_default();
    let before = SCHOOL.with(|s| std::mem::replace(&mut *s.borrow_mut(), entries));
    let out = read();
    SCHOOL.with(|s| *s.borrow_mut() = before);
    out
}

/// A school's own entries of the bank, with their translations: `bank/SOURCE.ftl` in the
/// school's folder (the entries in the school's language, with `.kind`, `.area` and
/// `.params`, like `locales/en-GB/bank.ftl`) and `bank/TAG.ftl` for each language they are
/// translated into (values only).
#[derive(Default)]
pub struct SchoolBank {
    /// The entries.
    pub entries: Vec<Entry>,
    /// Each language's messages (by tag), the school's language among them.
    bundles: BTreeMap<&'static str, super::fluent::Bundle>,
    /// The files read.
    pub files: Vec<std::path::PathBuf>,
}

impl std::fmt::Debug for SchoolBank {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.debug_struct("SchoolBank")
            .field("entries", &self.entries)
            .field("languages", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl SchoolBank {
    /// Whether the bank has an entry with this id.
    pub fn has(&self, id: &str) -> bool {
        self.entries.iter().any(|e| e.id == id)
    }

    /// Whether the school has translated its entry `id` into the language `tag`.
    pub fn translated(&self, tag: &str, id: &str) -> bool {
        self.bundles
            .get(tag)
            .is_some_and(|b| b.has_message(&format!("bank-{id}")))
    }

    /// An entry in a language, with its arguments; `None` when the school has not
    /// translated it into that language.
    pub(crate) fn format(
        &self,
        tag: &str,
        id: &str,
        args: &fluent_bundle::FluentArgs,
    ) -> Option<String> {
        let bundle = self.bundles.get(tag)?;
        let pattern = bundle.get_message(&format!("bank-{id}"))?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, Some(args), &mut errors)
                .into_owned(),
        )
    }
}

/// Reads a school's own entries from `bank/` in its folder: none when it has no such
/// folder. `source_tag` is the school's language, whose file holds what each entry is.
pub fn load_school_bank(
    school_dir: &Path,
    source_tag: &str,
) -> Result<Option<SchoolBank>, crate::diag::Diagnostic> {
    use crate::diag::Diagnostic;
    let folder = school_dir.join("bank");
    if !folder.is_dir() {
        return Ok(None);
    }
    let mut bank = SchoolBank::default();
    let source_path = folder.join(format!("{source_tag}.ftl"));
    for language in LANGUAGES {
        let path = folder.join(format!("{}.ftl", language.tag));
        if !path.exists() {
            continue;
        }
        let text = crate::input::read_school_text(school_dir, &path)?;
        let parsed = fluent_syntax::parser::parse(text.as_str());
        if let Err((_, errors)) = &parsed {
            let first = &errors[0];
            let line = text[..first.pos.start.min(text.len())]
                .matches('\n')
                .count()
                + 1;
            return Err(Diagnostic::in_file(
                &path,
                format!("this is not a Fluent file of bank entries ({})", first.kind),
                "write each entry as `bank-ID = text`, as locales/en-GB/bank.ftl does",
            )
            .at(Some(crate::diag::Position {
                line: line as u64,
                column: 1,
            })));
        }
        if path == source_path {
            bank.entries = parse(&text);
            for e in &bank.entries {
                // The line the entry starts on, to point at.
                let at = text
                    .lines()
                    .position(|l| {
                        l.strip_prefix(&e.message_id())
                            .is_some_and(|rest| rest.trim_start().starts_with('='))
                    })
                    .map(|line| crate::diag::Position {
                        line: line as u64 + 1,
                        column: 1,
                    });
                if entries().iter().any(|own| own.id == e.id) {
                    return Err(Diagnostic::in_file(
                        &path,
                        format!("`{}` is an entry of iepress's own bank", e.id),
                        "give the school's entry another id, such as `our-…`",
                    )
                    .at(at));
                }
                if !KINDS.contains(&e.kind.as_str()) || !AREAS.contains(&e.area.as_str()) {
                    return Err(Diagnostic::in_file(
                        &path,
                        format!("`{}` has kind `{}` and area `{}`", e.id, e.kind, e.area),
                        format!(
                            "a kind is one of {}; an area one of {}",
                            KINDS.join(", "),
                            AREAS.join(", ")
                        ),
                    )
                    .at(at));
                }
            }
        }
        let bundle = super::fluent::school_bundle(language, &text)
            .map_err(|message| Diagnostic::in_file(&path, message, "check the file's entries"))?;
        bank.bundles.insert(language.tag, bundle);
        bank.files.push(path);
    }
    if !bank.bundles.contains_key(source_tag) {
        return Err(Diagnostic::in_file(
            &source_path,
            "the school's bank has no entries in the school's language",
            format!("write the entries, with .kind, .area and .params, in bank/{source_tag}.ftl"),
        ));
    }
    Ok(Some(bank))
}

/// The numbers an example of an entry is given: 3, 5 and 10, in the order of its
/// parameters.
pub fn example_args(entry: &Entry) -> Vec<(String, String)> {
    entry
        .params
        .iter()
        .zip(["3", "5", "10", "2", "4"].iter().cycle())
        .map(|(p, v)| (p.clone(), (*v).to_owned()))
        .collect()
}

/// An entry written out in a language, with [`example_args`], for a pupil called `name`
/// whose gender the plan gives or not: the text a copy shows.
pub fn example(
    entry: &Entry,
    language: &'static super::Language,
    name: &str,
    gender: Option<crate::input::plan::Gender>,
) -> Result<String, super::LocaleError> {
    example_of_school(entry, language, name, gender, None, FALLBACK_LANGUAGE)
}

/// Like [`example`], for an entry of iepress's bank or of a school's (`school`, written in
/// the language `source_tag`): a school's entry the school has not translated into the
/// language is in the school's.
pub fn example_of_school(
    entry: &Entry,
    language: &'static super::Language,
    name: &str,
    gender: Option<crate::input::plan::Gender>,
    school: Option<&SchoolBank>,
    source_tag: &str,
) -> Result<String, super::LocaleError> {
    use crate::input::plan::{BankRef, Text, Words};
    let mut cx = super::Context::new(language, source_tag.to_owned())?;
    cx.school_bank = school;
    cx.pupil = Some((name.to_owned(), gender));
    let text = Text {
        words: Words::Bank(BankRef {
            id: entry.id.clone(),
            args: example_args(entry),
            month: None,
        }),
        position: None,
    };
    Ok(super::without_marks(&cx.text(&text, "bank").text))
}

/// The field of a plan an entry of a kind is written in (`does_what` for a strategy).
pub fn field_for(kind: &str) -> &'static str {
    match kind {
        "strategy" => "does_what",
        "home" => "home",
        "measure" => "success",
        "assessment" => "further_assessments",
        "need" => "needs",
        "strength" => "about",
        _ => "target",
    }
}

/// What to paste into a plan for an entry: `target: { bank: read-common-words, count: N,
/// total: N }`.
pub fn yaml(entry: &Entry) -> String {
    let mut map = format!("bank: {}", entry.id);
    for p in &entry.params {
        map.push_str(&format!(", {p}: N"));
    }
    match field_for(&entry.kind) {
        "further_assessments" => format!("further_assessments:\n  - {{ {map}, month: M }}"),
        field => format!("{field}: {{ {map} }}"),
    }
}

/// The entries of a source bank file (the attributes `.kind`, `.area`, `.params` of each
/// `bank-` message). A message that lacks them is not an entry (a test checks there is
/// none).
fn parse(source: &str) -> Vec<Entry> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        // The source parses: the locales' test renders every entry.
        Err((r, _)) => r,
    };
    let mut out = Vec::new();
    for item in &resource.body {
        let FtlEntry::Message(m) = item else {
            continue;
        };
        let Some(id) = m.id.name.strip_prefix("bank-") else {
            continue;
        };
        let attribute = |name: &str| {
            m.attributes
                .iter()
                .find(|a| a.id.name == name)
                .map(|a| text_of(&a.value))
        };
        let (Some(kind), Some(area)) = (attribute("kind"), attribute("area")) else {
            continue;
        };
        let params = attribute("params")
            .map(|p| p.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default();
        let mut variables = Vec::new();
        if let Some(value) = &m.value {
            collect_variables(value, &mut variables);
        }
        out.push(Entry {
            id: id.to_owned(),
            kind: kind.trim().to_owned(),
            area: area.trim().to_owned(),
            params,
            variables,
        });
    }
    out
}

/// The plain text of an attribute's value.
fn text_of(pattern: &Pattern<&str>) -> String {
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => *value,
            PatternElement::Placeable { .. } => "",
        })
        .collect()
}

/// Every variable a pattern uses, in order, once each.
fn collect_variables(pattern: &Pattern<&str>, out: &mut Vec<String>) {
    fn expression(e: &Expression<&str>, out: &mut Vec<String>) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    collect_variables(&v.value, out);
                }
            }
            Expression::Inline(i) => inline(i, out),
        }
    }
    fn inline(i: &InlineExpression<&str>, out: &mut Vec<String>) {
        match i {
            InlineExpression::VariableReference { id } if !out.iter().any(|v| v == id.name) => {
                out.push(id.name.to_owned());
            }
            InlineExpression::Placeable { expression: e } => expression(e, out),
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
            }
            _ => {}
        }
    }
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression: e } = element {
            expression(e, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry of the source is complete: a known kind and area, and parameters that
    /// are exactly the variables its text uses beside the name and gender iepress gives.
    #[test]
    fn every_entry_says_what_it_is_and_what_it_takes() {
        assert!(entries().len() >= 16);
        let messages = fluent_syntax::parser::parse(
            LANGUAGES
                .iter()
                .find(|l| l.tag == FALLBACK_LANGUAGE)
                .unwrap()
                .bank,
        )
        .unwrap()
        .body
        .iter()
        .filter(|e| matches!(e, FtlEntry::Message(_)))
        .count();
        assert_eq!(
            messages,
            entries().len(),
            "a bank- message without .kind or .area"
        );
        for e in entries() {
            assert!(
                KINDS.contains(&e.kind.as_str()),
                "{}: kind {}",
                e.id,
                e.kind
            );
            assert!(
                AREAS.contains(&e.area.as_str()),
                "{}: area {}",
                e.id,
                e.area
            );
            let mut used: Vec<&String> = e
                .variables
                .iter()
                .filter(|v| !GIVEN.contains(&v.as_str()))
                .collect();
            used.sort();
            let mut declared: Vec<&String> = e.params.iter().collect();
            declared.sort();
            assert_eq!(used, declared, "{}", e.id);
        }
        assert_eq!(
            entry("read-common-words").map(|e| e.params.clone()),
            Some(vec!["count".to_owned(), "total".to_owned()])
        );
    }
}
