//! Reading the school's YAML files (plans and the school profile) safely, and turning
//! every problem into a diagnostic at its file, line, column and field.
//!
//! The entry points are [`load_plan`], [`load_school`] and [`find_school`]. YAML is read
//! with YAML 1.2 rules (`no` is the text "no", not false), with a budget on aliases, nodes
//! and text so that a hostile file costs bounded time and memory.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_saphyr::{Budget, Options, Spanned};

use crate::diag::{Diagnostic, Position, did_you_mean, take_hint};
use crate::input::plan::{Plan, School, position_of};
use crate::input::read;

/// The largest plan or school file we read, in bytes.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// A problem at a field whose position is known.
pub fn at<T>(
    file: &Path,
    spanned: &Spanned<T>,
    field: &str,
    message: impl Into<String>,
    hint: impl Into<String>,
) -> Diagnostic {
    Diagnostic::new(message)
        .file(file)
        .at(position_of(&spanned.referenced))
        .field(field)
        .hint(hint)
}

/// Reads a plan file and checks it: its first problem (see [`load_plan_all`]).
pub fn load_plan(path: &Path) -> Result<Plan, Diagnostic> {
    load_plan_all(path).map_err(|mut all| all.remove(0))
}

/// The most problems one plan is read for: past them, the file needs a fresh look.
const MAX_PROBLEMS: usize = 25;

/// Reads a plan file and checks it, with every problem found in one run, in the order of
/// the file: after a problem, the value it is in is set aside (blanked, so that every line
/// keeps its number) and the file read again, so that a teacher mends a plan in one go,
/// not one run a mistake. A sentence that YAML cut at a colon is read as if quoted.
pub fn load_plan_all(path: &Path) -> Result<Plan, Vec<Diagnostic>> {
    let text = read_text(path).map_err(|d| vec![d])?;
    let tabs = tab_problems(path, &text);
    if !tabs.is_empty() {
        return Err(tabs);
    }
    let mut working = text;
    let mut found: Vec<Diagnostic> = Vec::new();
    let mut set_aside: Vec<String> = Vec::new();
    for _ in 0..MAX_PROBLEMS {
        match parse_yaml::<Plan>(path, &working) {
            Ok(plan) if found.is_empty() => {
                check_plan(path, &plan).map_err(|d| vec![d])?;
                return Ok(plan);
            }
            Ok(_) => break,
            Err(d) => {
                let d = explain(&working, d);
                // What follows from setting a value aside is not the school's mistake: a
                // field found missing because its wrong value was set aside, a problem
                // before the last one found (the reader goes through the file in order),
                // or the end of the file reached early.
                let follows = (d.message.starts_with("missing required field")
                    && set_aside
                        .iter()
                        .any(|k| d.message.ends_with(&format!("`{k}`"))))
                    || (!found.is_empty()
                        && (d.message == "the file ends too early"
                            || d.message.starts_with("alias references unknown anchor")
                            || key(&d) <= found.iter().map(key).max().unwrap_or_default()));
                // Or a problem placed in a stretch blanked out.
                let blanked = !found.is_empty()
                    && d.position.is_some_and(|p| {
                        let line = working.lines().nth(p.line.saturating_sub(1) as usize);
                        line.is_some_and(|l| {
                            l.chars()
                                .skip(p.column.saturating_sub(1) as usize)
                                .all(char::is_whitespace)
                        })
                    });
                if !follows && !blanked && !found.contains(&d) {
                    found.push(d.clone());
                }
                match recover(&working, &d) {
                    Some((next, key)) => {
                        working = next;
                        set_aside.extend(key);
                    }
                    None => break,
                }
            }
        }
    }
    found.sort_by_key(key);
    Err(found)
}

/// Where a problem is, for putting problems in the order of the file.
fn key(d: &Diagnostic) -> (u64, u64) {
    d.position.map_or((0, 0), |p| (p.line, p.column))
}

/// A YAML syntax error put in a teacher's words, where its cause is known: a colon and a
/// space inside a sentence (`Give him time to answer: wait 10 seconds.`).
fn explain(text: &str, mut d: Diagnostic) -> Diagnostic {
    let Some(position) = d.position else {
        return d;
    };
    // A required field left empty.
    if d.message.contains("found unit value") || d.message.contains("deserialize null") {
        let name = d
            .field
            .as_deref()
            .map(|f| f.rsplit('.').next().unwrap_or(f).to_owned())
            .unwrap_or_default();
        d.message = format!("`{name}` is empty, and a plan needs it");
        d.hints = vec![
            "fill it in (the comment beside it, or examples/brookfield/plans, shows what it takes)"
                .into(),
        ];
        return d;
    }
    if !d.message.contains("mapping values are not allowed") {
        return d;
    }
    let line = text
        .lines()
        .nth(position.line.saturating_sub(1) as usize)
        .unwrap_or("");
    if let Some(at) = plain_value_start(line) {
        let value = without_comment(&line[at..]);
        // The field's last part is the key on the line, which the reader had not named.
        if let (Some(field), Some((name, _))) = (&d.field, line.trim_start().split_once(": "))
            && let Some(parent) = field.strip_suffix(".?")
        {
            d.field = Some(format!("{parent}.{}", name.trim_start_matches("- ")));
        }
        d.message = format!(
            "a colon and a space inside a text (`{value}`): YAML reads the words before it as a field's name"
        );
        d.hints = vec![format!(
            "put the text in quotes: `{}\"{}\"`",
            line[..at].trim_start(),
            value.replace('"', "\\\"")
        )];
    }
    d
}

/// Every line indented with a tab: YAML indents with spaces only.
fn tab_problems(path: &Path, text: &str) -> Vec<Diagnostic> {
    text.lines()
        .enumerate()
        .filter_map(|(i, line)| {
            let indent: String = line.chars().take_while(|c| c.is_whitespace()).collect();
            let column = indent.chars().position(|c| c == '\t')?;
            Some(Diagnostic {
                file: Some(path.to_owned()),
                position: Some(Position {
                    line: i as u64 + 1,
                    column: column as u64 + 1,
                }),
                field: None,
                message: "the line is indented with a tab".into(),
                hints: vec![
                    "indent with spaces only (two for each level, as in the example plans); a tab is invisible but YAML refuses it".into(),
                ],
            })
        })
        .collect()
}

/// The text with the problem `d` set aside, so that the rest can be read: a sentence cut
/// at a colon quoted, or the field the problem is in blanked (the key blanked is given).
fn recover(text: &str, d: &Diagnostic) -> Option<(String, Option<String>)> {
    let position = d.position?;
    let line_start = text
        .split_inclusive('\n')
        .take(position.line.saturating_sub(1) as usize)
        .map(str::len)
        .sum::<usize>();
    let line = text[line_start..].lines().next().unwrap_or("");
    let at = line_start
        + line
            .char_indices()
            .nth(position.column.saturating_sub(1) as usize)
            .map_or(line.len(), |(i, _)| i);
    if d.message.starts_with("a colon and a space inside") {
        return quote_value(text, line_start, line).map(|t| (t, None));
    }
    let root = crate::input::yaml_tree::parse_partial(text)?;
    let (entry_start, entry_end, key) = innermost_entry(text, &root, at)?;
    let mut out = text.to_owned();
    let blank: String = text[entry_start..entry_end]
        .chars()
        .map(|c| if c == '\n' { '\n' } else { ' ' })
        .collect();
    out.replace_range(entry_start..entry_end, &blank);
    Some((out, Some(key)))
}

/// The innermost `key: value` holding the byte `at`: its bytes to blank (from its key to
/// its line's end in a block mapping, the entry and its comma in a flow mapping) and its
/// key.
fn innermost_entry(
    text: &str,
    node: &crate::input::yaml_tree::Node,
    at: usize,
) -> Option<(usize, usize, String)> {
    use crate::input::yaml_tree::Value;
    match &node.value {
        Value::Map(entries) => {
            for (i, e) in entries.iter().enumerate() {
                if !(e.key_start <= at && at <= e.node.end.max(e.key_end)) {
                    continue;
                }
                if let Some(inner) = innermost_entry(text, &e.node, at) {
                    return Some(inner);
                }
                return Some(if node.flow {
                    let end = entries.get(i + 1).map_or(e.node.end, |next| next.key_start);
                    (e.key_start, end, e.key.clone())
                } else {
                    // From the key: a list item's dash stays, so the list stays a list.
                    let line_start = text[..e.key_start].rfind('\n').map_or(0, |n| n + 1);
                    let start = if text[line_start..e.key_start].trim_start().starts_with('-') {
                        e.key_start
                    } else {
                        line_start
                    };
                    let end = text[e.node.end..]
                        .find('\n')
                        .map_or(text.len(), |n| e.node.end + n);
                    (start, end, e.key.clone())
                });
            }
            None
        }
        Value::Seq(items) => items
            .iter()
            .find(|n| n.start <= at && at <= n.end)
            .and_then(|n| innermost_entry(text, n, at)),
        _ => None,
    }
}

/// The line with its value (after `key: ` or `- `) quoted, when it is plain text.
fn quote_value(text: &str, line_start: usize, line: &str) -> Option<String> {
    let value_at = plain_value_start(line)?;
    let value = without_comment(&line[value_at..]);
    let quoted = format!("'{}'", value.replace('\'', "''"));
    let mut out = text.to_owned();
    out.replace_range(
        line_start + value_at..line_start + value_at + value.len(),
        &quoted,
    );
    Some(out)
}

/// A plain value without the comment after it (` # …`).
fn without_comment(value: &str) -> &str {
    value.find(" #").map_or(value, |i| &value[..i]).trim_end()
}

/// Where a line's plain (unquoted, not a list or mapping) value starts, after `key: ` or
/// `- `.
fn plain_value_start(line: &str) -> Option<usize> {
    let mut indent = line.len() - line.trim_start().len();
    let mut rest = &line[indent..];
    // A list item: its value, or the value of the key it starts with.
    if let Some(r) = rest.strip_prefix("- ") {
        indent += 2 + (r.len() - r.trim_start().len());
        rest = r.trim_start();
    }
    let key_colon = rest.find(": ").filter(|&c| {
        let key = &rest[..c];
        !key.is_empty() && !key.contains(' ') && !key.starts_with(['"', '\''])
    });
    let after = match key_colon {
        Some(colon) => {
            let r = &rest[colon + 2..];
            indent + colon + 2 + (r.len() - r.trim_start().len())
        }
        None => indent,
    };
    let first = line[after..].chars().next()?;
    (!matches!(
        first,
        '"' | '\'' | '{' | '[' | '|' | '>' | '#' | '&' | '*' | '!'
    ))
    .then_some(after)
}

/// Reads a YAML file of the school's as `T` (a group plan), with the same limits and
/// messages as a plan.
pub(crate) fn load_yaml<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, Diagnostic> {
    let text = read_text(path)?;
    parse_yaml(path, &text)
}

/// Reads a school profile and checks it.
pub fn load_school(path: &Path) -> Result<School, Diagnostic> {
    let text = read_text(path)?;
    parse_yaml(path, &text)
}

/// Finds the school profile for a plan: `school.yaml` in the plan's folder or its parent.
pub fn find_school(plan: &Path) -> Result<PathBuf, Diagnostic> {
    let dir = plan.parent().unwrap_or(Path::new("."));
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    for candidate in [dir.join("school.yaml"), dir.join("..").join("school.yaml")] {
        if candidate.is_file() {
            // Found, not given: a link out of the folder it was found in is not this
            // school's profile, and is not read.
            let folder = candidate.parent().unwrap_or(Path::new("."));
            crate::input::read::within(folder, &candidate).map_err(|d| Diagnostic {
                hints: vec![
                    "copy the school profile into the folder, or give it with --school FILE".into(),
                ],
                ..d
            })?;
            return Ok(normalize(&candidate));
        }
    }
    Err(Diagnostic::in_file(
        plan,
        "no school profile found (looked for school.yaml in the plan's folder and its parent)",
        "give the school profile with --school FILE",
    ))
}

/// Removes `dir/..` pairs so that paths in messages read naturally.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir
                if out
                    .components()
                    .next_back()
                    .is_some_and(|c| matches!(c, std::path::Component::Normal(_))) =>
            {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let bytes = read::read(path, MAX_FILE_BYTES)
        .map_err(|e| e.diagnostic(path, "the file", "check the path"))?;
    let text = read::text(
        path,
        bytes,
        "the file",
        "save the plan as plain text in UTF-8 (a .yaml file)",
    )?;
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(Diagnostic::in_file(
            path,
            "the file is empty",
            "start from examples/brookfield/plans/amira-khan.yaml",
        ));
    }
    Ok(text)
}

fn yaml_options() -> Options {
    let mut budget = Budget::default();
    budget.max_reader_input_bytes = Some(MAX_FILE_BYTES as usize);
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_nodes = 50_000;
    budget.max_events = 200_000;
    budget.max_recorded_anchor_events = 20_000;
    budget.max_recorded_anchor_bytes = 1024 * 1024;
    budget.max_depth = 32;
    budget.max_documents = 1;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.strict_booleans = true;
    options.no_schema = false;
    options.with_snippet = false;
    options.legacy_octal_numbers = false;
    options.angle_conversions = false;
    options
}

/// Refuses a YAML tag (`!!binary`, `!!str`, `!anything`) anywhere in the file: a plan is
/// plain text, lists and fields, and a tag can make a value say something other than what
/// is written (`!!binary` text is decoded from base64, unseen by whoever reads the file).
/// Syntax errors are left to the full parse, which names them.
fn refuse_tags(path: &Path, text: &str) -> Result<(), Diagnostic> {
    use granit_parser::Event;
    for event in granit_parser::Parser::new_from_str(text) {
        let Ok((event, span)) = event else {
            return Ok(());
        };
        let (Event::Scalar(_, _, _, Some(tag))
        | Event::SequenceStart(_, _, Some(tag))
        | Event::MappingStart(_, _, Some(tag))) = &event
        else {
            continue;
        };
        let at = span.tag_start.unwrap_or(span.start);
        return Err(Diagnostic {
            file: Some(path.to_owned()),
            position: Some(Position {
                line: at.line() as u64,
                column: at.col() as u64 + 1,
            }),
            field: None,
            message: format!(
                "`{}` is a YAML tag: a plan's values are written as they are, without tags",
                tag.original()
            ),
            hints: vec![
                "remove the tag and write the value itself (in quotes if it starts with `!`)"
                    .into(),
            ],
        });
    }
    Ok(())
}

/// Parses YAML text into `T`, turning every error into an [`Diagnostic`].
fn parse_yaml<T: for<'de> Deserialize<'de>>(path: &Path, text: &str) -> Result<T, Diagnostic> {
    refuse_tags(path, text)?;
    let mut field_path: Option<String> = None;
    // A hint left by an earlier parse on this thread is not this one's.
    take_hint();
    let result =
        serde_saphyr::with_deserializer_from_str_with_options(text, yaml_options(), |de| {
            serde_path_to_error::deserialize(de).map_err(|e| {
                field_path = Some(e.path().to_string());
                e.into_inner()
            })
        });
    result.map_err(|e| yaml_error(path, field_path, e))
}

fn yaml_error(path: &Path, field: Option<String>, error: serde_saphyr::Error) -> Diagnostic {
    use serde_saphyr::Error as E;
    let error = error.without_snippet();
    let location = error.location();
    let position = location.as_ref().and_then(position_of);
    // serde_path_to_error names the field that failed; for an unknown field it already
    // includes the unknown key, so the parent is the interesting part.
    let field = field
        .filter(|f| f != "." && f != "?" && !f.is_empty())
        // A value read with its position (`Spanned`) is its field's `value`: not part of
        // the field's name as the plan writes it.
        .map(|f| {
            let f = f.replace(".value.", ".");
            f.strip_suffix(".value").map(str::to_owned).unwrap_or(f)
        });
    let parent = |f: &Option<String>| -> Option<String> {
        f.as_ref()
            .and_then(|f| f.rsplit_once('.').map(|(p, _)| p.to_owned()))
    };
    let (message, hint, field) = match &error {
        E::SerdeUnknownField {
            field: name,
            expected,
            ..
        } => {
            let hint = match did_you_mean(name, expected) {
                Some(k) => format!("did you mean `{k}`?"),
                None => format!("the fields here are: {}", expected.join(", ")),
            };
            (format!("unknown field `{name}`"), Some(hint), field)
        }
        E::SerdeMissingField { field: name, .. } => {
            let (full, section) = match &field {
                Some(f) => (format!("{f}.{name}"), format!("the `{f}` section")),
                None => ((*name).to_owned(), "the file".to_owned()),
            };
            (
                format!("missing required field `{name}`"),
                Some(format!(
                    "add `{name}:` to {section} (examples/brookfield/plans shows every field)"
                )),
                Some(full),
            )
        }
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let hint = match did_you_mean(variant, expected) {
                Some(k) => format!("did you mean `{k}`?"),
                None => format!("use one of: {}", expected.join(", ")),
            };
            (format!("unknown value `{variant}`"), Some(hint), field)
        }
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => (
            format!("expected {expected}, found {unexpected}"),
            Some("check the value's shape against examples/brookfield".into()),
            field,
        ),
        E::Message { msg, .. } => {
            // A value our own deserializers refused left its fix behind (see `Refusal`).
            (msg.clone(), take_hint(), field)
        }
        E::Budget { breach, .. } => (
            format!("the file is too complex to read safely ({breach:?})"),
            Some(
                "plans do not need anchors and aliases (`&name`, `*name`): write the text out"
                    .into(),
            ),
            None,
        ),
        E::DuplicateMappingKey { key, .. } => {
            let section = parent(&field).or(field.clone());
            let what = match key {
                Some(key) => format!("`{key}`"),
                None => "a field".to_owned(),
            };
            let place = match &section {
                Some(section) => format!(" in `{section}`"),
                None => String::new(),
            };
            (
                format!("{what} is written twice{place}: only one can be kept"),
                Some("remove one of the two, or join what they say into one".into()),
                section,
            )
        }
        E::Eof { .. } => (
            "the file ends too early".into(),
            Some("check that the file is complete".into()),
            None,
        ),
        other => {
            let text = strip_location(&other.to_string());
            let (message, hint) = if text.contains("expected sequence") {
                (
                    "expected a list here".to_owned(),
                    "write one item a line, each starting with `- `",
                )
            } else if text.contains("expected mapping") {
                (
                    "expected fields here".to_owned(),
                    "write one `name: value` a line, indented under this field",
                )
            } else {
                (
                    text,
                    "check the YAML syntax: indentation, colons and quotes",
                )
            };
            (message, Some(hint.to_owned()), field)
        }
    };
    Diagnostic {
        file: Some(path.to_owned()),
        position,
        field,
        message,
        hints: hint.into_iter().collect(),
    }
}

/// serde-saphyr's display text ends with its own location; ours is printed separately.
fn strip_location(text: &str) -> String {
    let text = text.lines().next().unwrap_or(text);
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text.to_owned(),
    }
}

/// A plan's (or group plan's) review comes after its start.
/// A review meeting held before the plan started is a mistake (a pupil's plan and a
/// group's alike).
pub(crate) fn check_review_date(
    path: &Path,
    date: &Spanned<crate::input::plan::Date>,
    body: &crate::input::plan::PlanBody,
) -> Result<(), Diagnostic> {
    if date.value < body.start.value {
        return Err(at(
            path,
            date,
            "review.date",
            format!(
                "the review meeting {} is before the plan's start date {}",
                date.value, body.start.value
            ),
            "check the review date",
        ));
    }
    Ok(())
}

pub(crate) fn check_dates(
    path: &Path,
    body: &crate::input::plan::PlanBody,
) -> Result<(), Diagnostic> {
    if body.review.value < body.start.value {
        return Err(at(
            path,
            &body.review,
            "plan.review",
            format!(
                "the review date {} is before the start date {}",
                body.review.value, body.start.value
            ),
            "the review comes after the plan starts: check both dates",
        ));
    }
    Ok(())
}

/// Checks what the types cannot: the order of dates and the shape of the review.
fn check_plan(path: &Path, plan: &Plan) -> Result<(), Diagnostic> {
    let body = &plan.plan;
    check_dates(path, body)?;
    if body.targets.is_empty() {
        return Err(Diagnostic {
            file: Some(path.to_owned()),
            position: None,
            field: Some("plan.targets".into()),
            message: "the plan has no targets".into(),
            hints: vec!["add 3 or 4 SMART targets under `targets:`".into()],
        });
    }
    if let Some(review) = &plan.review {
        check_review_date(path, &review.date, body)?;
        if review.outcomes.len() > body.targets.len() {
            return Err(Diagnostic {
                file: Some(path.to_owned()),
                position: None,
                field: Some("review.outcomes".into()),
                message: format!(
                    "the review has {} outcomes but the plan has {} targets",
                    review.outcomes.len(),
                    body.targets.len()
                ),
                hints: vec!["give one outcome a target, in the order of the targets".into()],
            });
        }
        if let Some(next) = &review.next_review
            && next.value < review.date.value
        {
            return Err(at(
                path,
                next,
                "review.next_review",
                format!(
                    "the next review {} is before this review {}",
                    next.value, review.date.value
                ),
                "check the next review date",
            ));
        }
    }
    Ok(())
}
