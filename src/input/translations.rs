//! The school's translation memory: its translated PO files, `translations/TAG.po`.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::input::appointments::MAX_TABLE_BYTES;
use crate::input::read;

/// The school's translations into one language, by source text.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    entries: HashMap<String, String>,
    /// A translator's suggestions still marked fuzzy (never used in a document).
    fuzzy: HashMap<String, String>,
}

impl Memory {
    /// The translation of a source text, if the memory has one.
    pub fn get(&self, source: &str) -> Option<&str> {
        self.entries.get(source).map(String::as_str)
    }

    /// A translator's fuzzy suggestion for a source text, if the file has one.
    pub fn fuzzy(&self, source: &str) -> Option<&str> {
        self.fuzzy.get(source).map(String::as_str)
    }

    /// How many translations the memory holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the memory is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl FromIterator<(String, String)> for Memory {
    /// A memory of translations given as (source text, translation) pairs.
    fn from_iter<I: IntoIterator<Item = (String, String)>>(pairs: I) -> Self {
        Memory {
            entries: pairs.into_iter().collect(),
            fuzzy: HashMap::new(),
        }
    }
}

/// The first line (1-based) of a PO file with a string that is not closed by a quote:
/// the PO parser would take it with its last character dropped (issue 14).
fn unclosed_string(po: &[u8]) -> Option<usize> {
    let text = String::from_utf8_lossy(po);
    text.lines().enumerate().find_map(|(i, line)| {
        let line = line.trim();
        let string = ["msgctxt", "msgid_plural", "msgid", "msgstr"]
            .iter()
            .find_map(|key| line.strip_prefix(key))
            .map(|rest| {
                rest.trim_start_matches(|c: char| c == '[' || c.is_ascii_digit() || c == ']')
            })
            .map(str::trim_start)
            .or_else(|| line.starts_with('"').then_some(line))?;
        let inner = string.strip_prefix('"')?;
        // Closed when it ends with a quote that is not escaped by an odd run of backslashes.
        let closed = inner
            .strip_suffix('"')
            .is_some_and(|body| body.chars().rev().take_while(|c| *c == '\\').count() % 2 == 0);
        (!closed).then_some(i + 1)
    })
}

/// A PO file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslateError {
    /// The file.
    pub file: PathBuf,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for TranslateError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "cannot read the translations in {} ({})",
            self.file.display(),
            self.message
        )
    }
}

impl std::error::Error for TranslateError {}

impl TranslateError {
    /// The problem as a diagnostic, with its fix.
    pub fn diagnostic(&self) -> Diagnostic {
        Diagnostic::new(self.to_string())
            .hint("check the file with a PO editor such as Poedit, or `msgfmt --check`")
    }
}

/// Where a school keeps its translations into a language: `translations/TAG.po`.
pub fn memory_path(school_dir: &Path, tag: &str) -> PathBuf {
    school_dir.join("translations").join(format!("{tag}.po"))
}

/// Reads a school's translations into a language, if it has any.
pub fn load_memory(path: &Path) -> Result<Option<Memory>, TranslateError> {
    if !path.exists() {
        return Ok(None);
    }
    let failed = |message: String| TranslateError {
        file: path.to_owned(),
        message,
    };
    let bytes = read::read(path, MAX_TABLE_BYTES).map_err(|e| failed(e.to_string()))?;
    if let Some(line) = unclosed_string(&bytes) {
        return Err(failed(format!(
            "line {line}: a string does not end with a closing quote"
        )));
    }
    let catalog =
        polib::po_file::parse_from_reader(bytes.as_slice()).map_err(|e| failed(e.to_string()))?;
    let entries = catalog
        .messages()
        .filter(|m| m.is_singular() && m.is_translated() && !m.is_fuzzy())
        .filter_map(|m| {
            let text = m.msgstr().ok()?;
            (!text.trim().is_empty()).then(|| (m.msgid().to_owned(), text.to_owned()))
        })
        .collect();
    let fuzzy = catalog
        .messages()
        .filter(|m| m.is_fuzzy())
        .filter_map(|m| Some((m.msgid().to_owned(), m.msgstr().ok()?.to_owned())))
        .collect();
    Ok(Some(Memory { entries, fuzzy }))
}

crate::error::into_error!(TranslateError);

#[cfg(test)]
mod tests {
    use super::unclosed_string;

    #[test]
    fn a_string_without_its_closing_quote_is_found() {
        let good = b"msgid \"\"\nmsgstr \"\"\n\"Language: pl\\n\"\n\nmsgid \"A \\\"quote\\\"\"\nmsgstr[0] \"x\"\n";
        assert_eq!(unclosed_string(good), None);
        assert_eq!(
            unclosed_string(b"msgid \"Reads aloud\"\nmsgstr \"Czyta na glos\n"),
            Some(2)
        );
        // An escaped quote at the end does not close the string.
        assert_eq!(unclosed_string(b"msgid \"a\\\"\nmsgstr \"b\"\n"), Some(1));
        assert_eq!(unclosed_string(b"msgstr \"\"\n\"Language: pl\n"), Some(2));
    }
}
