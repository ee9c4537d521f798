//! `iepress lint`: advice for the people who write plans (issue 19), in the house style of
//! the command line's errors: the file, line, column and field, what the problem is and how
//! to mend it. None of it stops a copy being made; it says where a plan is vague, hard to
//! check, hard for a parent to read, or out of date.
//!
//! What it looks for (the words are kept as data, in `src/lint/words.yaml`):
//! - provision described vaguely ("as needed", "regular access to") and a `when` with no
//!   number in it; a target with nothing to count; no way of checking success;
//! - no review date a term and a half from the start, or a review date gone by with no
//!   review recorded; more than four targets; a review without the parent's or the pupil's
//!   views;
//! - sentences too long for a parent, and school jargon with a plainer word;
//! - with a language, the school's texts that have no translation into it yet.

use std::path::Path;

use serde::Deserialize;

use crate::diag::{Diagnostic, Position};
use crate::input::plan::{Date, Plan, Text, When};

/// The words the checks look for.
#[derive(Deserialize)]
struct Words {
    /// Phrases that describe provision without saying how much.
    vague: Vec<String>,
    /// School words and the plainer ones to use for parents.
    jargon: Vec<(String, String)>,
}

fn words() -> &'static Words {
    static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        serde_saphyr::from_str(include_str!("lint/words.yaml")).expect("the lint words parse")
    })
}

/// The longest sentence, in words, that a parent should have to read.
pub const LONG_SENTENCE: usize = 25;
/// More targets than this are hard to work on at once.
pub const MOST_TARGETS: usize = 4;
/// A review more than this many days after the start is more than a term and a half away
/// (about 19 school weeks, with a two-week holiday between).
pub const REVIEW_WITHIN_DAYS: i64 = 21 * 7;

/// Days since 1970-01-01 of a date (proleptic Gregorian).
fn days(date: Date) -> i64 {
    let (y, m, d) = (
        i64::from(date.year),
        i64::from(date.month),
        i64::from(date.day),
    );
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Today, from the system clock (UTC).
pub fn today() -> i64 {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (secs / 86_400) as i64
}

fn warning(
    file: &Path,
    position: Option<Position>,
    field: &str,
    message: String,
    hint: &str,
) -> Diagnostic {
    Diagnostic::in_file(file, message, hint)
        .at(position)
        .field(field)
}

/// The plan's findings, in the order of the file; `today` is the day to judge dates by
/// (days since 1970-01-01).
pub fn lint(path: &Path, plan: &Plan, source_tag: &str, today: i64) -> Vec<Diagnostic> {
    let words = words();
    let mut out = Vec::new();
    let body = &plan.plan;
    let english = |text: &Text| text.source(source_tag).map(str::to_owned);

    // Dates.
    let start = body.start.value;
    let review = body.review.value;
    let review_at = crate::input::plan::position_of(&body.review.referenced);
    if days(review) - days(start) > REVIEW_WITHIN_DAYS {
        out.push(warning(
            path,
            review_at,
            "plan.review",
            format!(
                "the review ({review}) is more than a term and a half after the start ({start})"
            ),
            "review a plan at least once a term, so that it changes while it can still help",
        ));
    }
    if days(review) < today && plan.review.is_none() {
        out.push(warning(
            path,
            review_at,
            "plan.review",
            format!("the review date ({review}) has passed, and no review is recorded"),
            "write the review meeting's outcome under `review:`, or set the date it will be held",
        ));
    }
    // Targets.
    if body.targets.len() > MOST_TARGETS {
        out.push(warning(
            path,
            body.targets
                .get(MOST_TARGETS)
                .and_then(|t| t.target.position),
            "plan.targets",
            format!(
                "{} targets: more than {MOST_TARGETS} are hard to work on at once",
                body.targets.len()
            ),
            "keep the three or four that matter most this term",
        ));
    }
    for (i, target) in body.targets.iter().enumerate() {
        let field = format!("plan.targets[{i}]");
        if let Some(text) = english(&target.target)
            && !countable(&text)
        {
            out.push(warning(
                path,
                target.target.position,
                &format!("{field}.target"),
                "the target has nothing to count: how will anyone know it is met?".to_owned(),
                "say how many or how often, such as \"3 times out of 5\" or \"20 of the 30 words\"",
            ));
        }
        if target.success.is_none() {
            out.push(warning(
                path,
                target.target.position,
                &format!("{field}.success"),
                "the target says nothing of how success will be checked".to_owned(),
                "add `success:`, such as a weekly check or a tally chart (`iepress bank list --kind measure`)",
            ));
        }
        match &target.when {
            None => out.push(warning(
                path,
                target.target.position,
                &format!("{field}.when"),
                "the target does not say when or how often the help is given".to_owned(),
                "add `when:`, such as `{ minutes: 10, times_a_week: 4 }`",
            )),
            Some(When::Text(text)) => {
                if let Some(words) = english(text)
                    && !words.chars().any(|c| c.is_ascii_digit())
                    && !words.to_lowercase().contains("every")
                {
                    out.push(warning(
                        path,
                        text.position,
                        &format!("{field}.when"),
                        format!("`{words}` does not say how often or for how long"),
                        "give the minutes and how many times a week: `{ minutes: 10, times_a_week: 4 }`",
                    ));
                }
            }
            Some(When::Schedule(_)) => {}
        }
        if let Some(text) = &target.does_what {
            vague(
                words,
                path,
                &format!("{field}.does_what"),
                text,
                &english,
                &mut out,
            );
        }
        if let Some(When::Text(text)) = &target.when {
            vague(
                words,
                path,
                &format!("{field}.when"),
                text,
                &english,
                &mut out,
            );
        }
    }
    // The review (a group plan's holds no family's or pupil's words: each family's meeting
    // is the pupil's own plan's review).
    if let Some(r) = plan.review.as_ref().filter(|_| !is_group(path)) {
        let at = crate::input::plan::position_of(&r.date.referenced);
        if r.parent_comment.is_none() {
            out.push(warning(
                path,
                at,
                "review.parent_comment",
                "the review does not record the parents' views".to_owned(),
                "ask the parents what they think, and write it in `parent_comment:`",
            ));
        }
        if r.pupil_comment.is_none() {
            out.push(warning(
                path,
                at,
                "review.pupil_comment",
                "the review does not record the pupil's views".to_owned(),
                "ask the pupil, in words or pictures, and write it in `pupil_comment:`",
            ));
        }
    }
    // Parent-facing words: long sentences and jargon.
    for (field, text) in plan.texts() {
        let Some(words_of) = english(text) else {
            continue;
        };
        for sentence in words_of.split(['.', '!', '?', ';']) {
            let count = sentence.split_whitespace().count();
            if count > LONG_SENTENCE {
                out.push(warning(
                    path,
                    text.position,
                    &field,
                    format!("a sentence of {count} words is hard for a parent to read"),
                    "split it into two or three sentences of up to 15 words",
                ));
                break;
            }
        }
        let lower = words_of.to_lowercase();
        for (jargon, plain) in &words.jargon {
            if contains_word(&lower, jargon) {
                out.push(warning(
                    path,
                    text.position,
                    &field,
                    format!("`{jargon}` is school jargon to a parent"),
                    &format!("say `{plain}` instead"),
                ));
            }
        }
    }
    out.sort_by_key(|d| d.position.map(|p| (p.line, p.column)));
    out
}

fn vague(
    words: &Words,
    path: &Path,
    field: &str,
    text: &Text,
    english: &dyn Fn(&Text) -> Option<String>,
    out: &mut Vec<Diagnostic>,
) {
    let Some(written) = english(text) else { return };
    let lower = written.to_lowercase();
    if let Some(phrase) = words.vague.iter().find(|p| contains_word(&lower, p)) {
        out.push(warning(
            path,
            text.position,
            field,
            format!("`{phrase}` does not say how much help, how often, or by whom"),
            "say what is done, for how long and how often: \"10 minutes, 4 mornings a week\"",
        ));
    }
}

/// Whether a target says something to count: a number, in digits or words, or how often
/// ("in every lesson", "twice a week").
fn countable(text: &str) -> bool {
    const COUNTS: &[&str] = &[
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "thirty", "half", "once", "twice", "every", "each", "daily",
        "weekly", "all",
    ];
    let lower = text.to_lowercase();
    text.chars().any(|c| c.is_ascii_digit()) || COUNTS.iter().any(|w| contains_word(&lower, w))
}

/// Whether `text` holds `phrase` as whole words.
fn contains_word(text: &str, phrase: &str) -> bool {
    let phrase = phrase.to_lowercase();
    text.match_indices(&phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Whether a file is a group learning plan's.
fn is_group(path: &Path) -> bool {
    crate::input::group::is_group_plan(path)
}

/// Lints a group learning plan (`plans/groups/NAME.yaml`) as one of its pupils' copies
/// reads it: its dates, targets, provision and words.
pub fn lint_group_file(path: &Path) -> Result<Vec<Diagnostic>, crate::Error> {
    let school_dir = crate::input::group::school_dir_of(path);
    let school_path = school_dir.join("school.yaml");
    let school = crate::input::load::load_school(&school_path)?;
    let source_tag = crate::localize::source_tag(&school);
    let bank = crate::document::iep::load_school_bank(&school_path, &school)?;
    let (group, first) = crate::localize::bank::with_school_entries(bank.as_ref(), || {
        let group = crate::input::group::load_group(path)?;
        let first = group
            .pupils
            .first()
            .map(|p| p.value.clone())
            .unwrap_or_default();
        let plan =
            crate::input::load::load_plan(&school_dir.join("plans").join(format!("{first}.yaml")))?;
        Ok::<_, crate::diag::Diagnostic>((group, plan))
    })?;
    let pupil = group
        .pupils
        .first()
        .map(|p| p.value.clone())
        .unwrap_or_default();
    let plan = group.for_pupil(&first, &pupil);
    // The group's own words only: the pupil's details are their plan's, linted there.
    Ok(lint(path, &plan, &source_tag, today())
        .into_iter()
        .filter(|d| {
            d.field
                .as_deref()
                .is_none_or(|f| !f.starts_with("pupil.") && !f.starts_with("family."))
        })
        .collect())
}

/// Lints a plan file: it is read with its school (as `iepress render` reads it), and with
/// `language` its texts still untranslated into that language are listed too.
pub fn lint_file(
    path: &Path,
    language: Option<&'static crate::localize::Language>,
) -> Result<Vec<Diagnostic>, crate::Error> {
    let school_path = crate::input::load::find_school(path)?;
    let school = crate::input::load::load_school(&school_path)?;
    let source_tag = crate::localize::source_tag(&school);
    let bank = crate::document::iep::load_school_bank(&school_path, &school)?;
    let plan = crate::localize::bank::with_school_entries(bank.as_ref(), || {
        crate::input::load::load_plan(path)
    })?;
    let mut found = lint(path, &plan, &source_tag, today());
    if let Some(language) = language {
        let options = crate::document::iep::Options {
            language: Some(language),
            school: Some(school_path.clone()),
            ..Default::default()
        };
        let prepared = crate::document::iep::prepare(path, &options)?;
        let texts = plan.texts();
        for fallback in prepared
            .fallbacks
            .iter()
            .filter(|f| !f.field.starts_with("message "))
        {
            let position = texts
                .iter()
                .find(|(field, _)| *field == fallback.field)
                .and_then(|(_, t)| t.position);
            let file = if fallback.field.starts_with("school.") {
                school_path.as_path()
            } else {
                path
            };
            found.push(warning(
                file,
                position,
                &fallback.field,
                format!(
                    "no translation into {} ({}) yet",
                    language.name, language.tag
                ),
                "translate it in the app's Translations page, or with iepress translate export",
            ));
        }
    }
    Ok(found)
}

/// How many findings each of a school's plans has (in the order given): the school and its
/// bank read once, the plans on every processor. For a summary (the batch's); a plan that
/// cannot be read counts none here (its copies say why).
pub fn count_findings(school_dir: &Path, plans: &[&Path]) -> Vec<usize> {
    let school_path = school_dir.join("school.yaml");
    let Ok(school) = crate::input::load::load_school(&school_path) else {
        return vec![0; plans.len()];
    };
    let source_tag = crate::localize::source_tag(&school);
    let bank = crate::document::iep::load_school_bank(&school_path, &school)
        .ok()
        .flatten();
    let today = today();
    let jobs = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
    let chunk = plans.len().div_ceil(jobs.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = plans
            .chunks(chunk)
            .map(|part| {
                let (bank, source_tag) = (bank.as_ref(), &source_tag);
                scope.spawn(move || {
                    part.iter()
                        .map(|path| {
                            crate::localize::bank::with_school_entries(bank, || {
                                crate::input::load::load_plan(path)
                            })
                            .map_or(0, |plan| lint(path, &plan, source_tag, today).len())
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_count_days_as_the_calendar_does() {
        let d = |year, month, day| days(Date { year, month, day });
        assert_eq!(d(1970, 1, 1), 0);
        assert_eq!(d(2027, 1, 22) - d(2026, 9, 14), 130);
        assert_eq!(d(2024, 3, 1) - d(2024, 2, 28), 2);
    }

    #[test]
    fn whole_words_only() {
        assert!(contains_word("support as needed.", "as needed"));
        assert!(!contains_word("regularity", "regular"));
        words();
    }
}
