//! Problems as data: what is wrong, where (file, line, column, field) and how to fix it.
//!
//! Every stage's error becomes a [`Diagnostic`]; only the command line turns one into
//! text. A diagnostic's `Display` gives the message and its place, never its hints: hints
//! are data, shown by whoever shows the diagnostic (the command line writes each on a
//! `hint:` line of its own).

use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};

/// Where in a file something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: u64,
    /// 1-based column.
    pub column: u64,
}

/// One problem, with everything needed to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// What is wrong (lowercase, no final period, the cause in parentheses).
    pub message: String,
    /// The file it is in, when it is in one.
    pub file: Option<PathBuf>,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The field path, such as `plan.targets[2].who`.
    pub field: Option<String>,
    /// How to fix it, one hint an item.
    pub hints: Vec<String>,
}

impl Diagnostic {
    /// A problem with no place.
    pub fn new(message: impl Into<String>) -> Self {
        Diagnostic {
            message: message.into(),
            file: None,
            position: None,
            field: None,
            hints: Vec::new(),
        }
    }

    /// A problem with a file as a whole, and its fix.
    pub fn in_file(file: &Path, message: impl Into<String>, hint: impl Into<String>) -> Self {
        Diagnostic::new(message).file(file).hint(hint)
    }

    /// Adds a hint.
    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Sets the file.
    pub fn file(mut self, file: &Path) -> Self {
        self.file = Some(file.to_owned());
        self
    }

    /// Sets the field path.
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Sets the position in the file.
    pub fn at(mut self, position: Option<Position>) -> Self {
        self.position = position;
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `message (field `f`) in file:line:column`, each part when known; never the hints.
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.message)?;
        if let Some(field) = &self.field {
            write!(f, " (field `{field}`)")?;
        }
        if let Some(file) = &self.file {
            write!(f, " in {}", file.display())?;
            if let Some(p) = self.position {
                write!(f, ":{}:{}", p.line, p.column)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostic {}

/// A value refused while deserializing: its message and the fix.
///
/// serde carries only an error's text through a deserializer, so the hint waits here, on
/// this thread, until the loader that started the parse takes it with [`take_hint`] and
/// puts it into the diagnostic beside the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// What is wrong with the value.
    pub message: String,
    /// How to write it instead.
    pub hint: String,
}

impl Refusal {
    /// A refusal with its fix.
    pub fn new(message: impl Into<String>, hint: impl Into<String>) -> Self {
        Refusal {
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// The refusal as a serde error; its hint is kept for [`take_hint`].
    pub fn into_serde<E: serde::de::Error>(self) -> E {
        PENDING_HINT.with(|h| *h.borrow_mut() = Some(self.hint));
        E::custom(self.message)
    }
}

thread_local! {
    static PENDING_HINT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The hint of the last [`Refusal`] turned into a serde error on this thread, if any (and
/// forgets it).
pub fn take_hint() -> Option<String> {
    PENDING_HINT.with(|h| h.borrow_mut().take())
}

/// The closest known name to a misspelt one, if any is close enough.
pub fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diagnostic_shows_its_place_but_not_its_hints() {
        let d = Diagnostic::in_file(
            Path::new("plans/a.yaml"),
            "unknown field `reveiw`",
            "did you mean `review`?",
        )
        .at(Some(Position {
            line: 41,
            column: 1,
        }))
        .field("plan");
        assert_eq!(
            d.to_string(),
            "unknown field `reveiw` (field `plan`) in plans/a.yaml:41:1"
        );
        assert_eq!(d.hints, vec!["did you mean `review`?".to_owned()]);
        assert_eq!(Diagnostic::new("no place").to_string(), "no place");
    }

    #[test]
    fn a_refusal_leaves_its_hint_for_the_loader() {
        take_hint();
        let error: serde::de::value::Error =
            Refusal::new("`x` is not a date", "write dates as YYYY-MM-DD").into_serde();
        assert_eq!(error.to_string(), "`x` is not a date");
        assert_eq!(take_hint().as_deref(), Some("write dates as YYYY-MM-DD"));
        assert_eq!(take_hint(), None);
    }

    #[test]
    fn near_misses_are_suggested() {
        assert_eq!(
            did_you_mean("reveiw", &["review", "targets"]),
            Some("review")
        );
        assert_eq!(did_you_mean("colour", &["review", "targets"]), None);
    }
}
