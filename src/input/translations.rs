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

    /// The translation of an earlier wording of `source`: a source text the memory has a
    /// translation of that differs from it only a little (a comma, a word, a number), the
    /// closest first. It is not `source`'s translation, but a translator's start.
    pub fn near(&self, source: &str) -> Option<(&str, &str)> {
        // Only texts of about the same length can be that close: the distance, which costs
        // the product of the lengths, is worked out for those alone.
        let length = source.chars().count();
        let close_in_length = |earlier: &str| {
            let other = earlier.chars().count();
            let apart = other.abs_diff(length);
            apart * 100 <= other.max(length) * 15 && apart < 40
        };
        self.entries
            .iter()
            .filter(|(earlier, _)| earlier.as_str() != source && close_in_length(earlier))
            .map(|(earlier, text)| {
                (
                    strsim::normalized_levenshtein(earlier, source),
                    earlier,
                    text,
                )
            })
            .filter(|(score, _, _)| *score >= 0.85)
            .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
            .map(|(_, earlier, text)| (earlier.as_str(), text.as_str()))
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

/// The first line (1-based) of a PO file whose string is not between two quotes, as the
/// PO parser reads lines (`msgid "…"`, `msgstr[0] "…"`, or a line `"…"` continuing one):
/// the parser took an unclosed string with its last character dropped, and panicked on a
/// line too short to hold one (both found by tests/it/fuzz.rs, issue 14).
fn unquoted_string(po: &[u8]) -> Option<usize> {
    const KEYS: [&str; 14] = [
        "msgctxt ",
        "msgid ",
        "msgid_plural ",
        "msgstr ",
        "msgstr[0] ",
        "msgstr[1] ",
        "msgstr[2] ",
        "msgstr[3] ",
        "msgstr[4] ",
        "msgstr[5] ",
        "msgstr[6] ",
        "msgstr[7] ",
        "msgstr[8] ",
        "msgstr[9] ",
    ];
    let quoted = |s: &str| {
        s.len() >= 2
            && s.starts_with('"')
            && s.strip_suffix('"').is_some_and(|body| {
                // Closed by a quote that no odd run of backslashes escapes, and with no
                // unescaped quote inside (msgfmt refuses `"He said "hi""`).
                let mut escaped = false;
                for c in body[1..].chars() {
                    match c {
                        _ if escaped => escaped = false,
                        '\\' => escaped = true,
                        '"' => return false,
                        _ => {}
                    }
                }
                !escaped
            })
    };
    let text = String::from_utf8_lossy(po);
    // Whether a line has begun a field yet: a string that continues one, or a lone `#`,
    // before any has, made the parser panic.
    let mut begun = false;
    text.split('\n').enumerate().find_map(|(i, line)| {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let strings: Vec<&str> = if line.starts_with('m') {
            KEYS.iter()
                .filter_map(|key| line.strip_prefix(key))
                .collect()
        } else if line.starts_with('"') {
            vec![line]
        } else {
            vec![]
        };
        let orphan = !begun && (line.starts_with('"') || line == "#");
        begun |= !strings.is_empty()
            || ["# ", "#. ", "#: ", "#, "]
                .iter()
                .any(|p| line.starts_with(p));
        (orphan || strings.iter().any(|s| !quoted(s))).then_some(i + 1)
    })
}

/// A PO file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslateError {
    /// The file.
    pub file: PathBuf,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: &'static str,
}

/// The fix for a PO file that is not laid out as one.
const PO_HINT: &str = "check the file with a PO editor such as Poedit, or `msgfmt --check`";

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
        Diagnostic::new(self.to_string()).hint(self.hint)
    }
}

/// Where a school keeps its translations into a language: `translations/TAG.po`.
pub fn memory_path(school_dir: &Path, tag: &str) -> PathBuf {
    school_dir.join("translations").join(format!("{tag}.po"))
}

/// The files in a school's `translations/` folder that iepress does not read (`ur.po.txt`,
/// `Ur.po`, `urdu.po`), each with what it would be read as: a translation there is
/// otherwise lost without a word.
pub fn unread_files(school_dir: &Path) -> Vec<Diagnostic> {
    let dir = school_dir.join("translations");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Vec::new();
    };
    let tags: Vec<&str> = crate::localize::LANGUAGES.iter().map(|l| l.tag).collect();
    let mut out: Vec<Diagnostic> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || entry.path().is_dir() {
                return None;
            }
            if let Some(tag) = name.strip_suffix(".po")
                && tags.contains(&tag)
            {
                return None;
            }
            // What it was likely meant to be: the tag at the start of its name, in any case.
            let stem = name.split('.').next().unwrap_or(&name);
            let meant = tags
                .iter()
                .find(|t| t.eq_ignore_ascii_case(stem))
                .map(|t| format!("{t}.po"))
                .or_else(|| {
                    crate::localize::LANGUAGES
                        .iter()
                        .find(|l| l.name.eq_ignore_ascii_case(stem) || l.autonym == stem)
                        .map(|l| format!("{}.po", l.tag))
                });
            let hint = match meant {
                Some(m) => format!("rename it translations/{m}, so that its translations are used"),
                None => "iepress reads translations/TAG.po, with a tag from `iepress languages` (ur.po, pl.po); move other files out of the folder".to_owned(),
            };
            Some(
                Diagnostic::in_file(
                    &dir.join(&name),
                    "iepress does not read this file, so its translations are not used",
                    hint,
                ),
            )
        })
        .collect();
    out.sort_by(|a, b| a.file.cmp(&b.file));
    out
}

/// Reads a school's translations into a language (`path`, from [`memory_path`]), if it
/// has any. A link that leads out of the school's folder is refused, unread.
pub fn load_memory(school_dir: &Path, path: &Path) -> Result<Option<Memory>, TranslateError> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !path.exists() && !is_link {
        return Ok(None);
    }
    let failed = |message: String| TranslateError {
        file: path.to_owned(),
        message,
        hint: PO_HINT,
    };
    read::within(school_dir, path).map_err(|d| TranslateError {
        file: path.to_owned(),
        message: d.message,
        hint: "copy the translations into the school's translations folder rather than linking to them",
    })?;
    let bytes = read::read(path, MAX_TABLE_BYTES).map_err(|e| failed(e.to_string()))?;
    if let Some(line) = unquoted_string(&bytes) {
        return Err(failed(format!(
            "line {line}: a string is not between two quotes, or has a quote inside it that is not written \\\""
        )));
    }
    // The parser is given only what passed the check above; should it still fail on some
    // other shape of line, that costs this file, not the run.
    let catalog = std::panic::catch_unwind(|| polib::po_file::parse_from_reader(bytes.as_slice()))
        .map_err(|_| failed("it is not laid out as a PO file".to_owned()))?
        .map_err(|e| failed(e.to_string()))?;
    let entries = catalog
        .messages()
        .filter(|m| m.is_singular() && m.is_translated() && !m.is_fuzzy())
        .filter_map(|m| {
            let text = m.msgstr().ok()?;
            (!text.trim().is_empty())
                .then(|| (read::nfc(m.msgid().to_owned()), read::nfc(text.to_owned())))
        })
        .collect();
    let fuzzy = catalog
        .messages()
        .filter(|m| m.is_fuzzy())
        .filter_map(|m| {
            let text = m.msgstr().ok()?.to_owned();
            Some((read::nfc(m.msgid().to_owned()), read::nfc(text)))
        })
        .collect();
    Ok(Some(Memory { entries, fuzzy }))
}

crate::error::into_error!(TranslateError);

#[cfg(test)]
mod tests {
    use super::unquoted_string;

    #[test]
    fn a_string_not_between_quotes_is_found() {
        let good = b"msgid \"\"\nmsgstr \"\"\n\"Language: pl\\n\"\n\nmsgid \"A \\\"quote\\\"\"\nmsgstr[0] \"x\"\n# a comment\n";
        assert_eq!(unquoted_string(good), None);
        assert_eq!(
            unquoted_string(b"msgid \"Reads aloud\"\nmsgstr \"Czyta na glos\n"),
            Some(2)
        );
        // An escaped quote at the end does not close the string.
        assert_eq!(unquoted_string(b"msgid \"a\\\"\nmsgstr \"b\"\n"), Some(1));
        assert_eq!(unquoted_string(b"msgstr \"\"\n\"Language: pl\n"), Some(2));
        // Lines too short to hold a string (the parser panicked on them).
        assert_eq!(unquoted_string(b"msgid \n"), Some(1));
        assert_eq!(unquoted_string(b"msgstr \"\"\n\"\n"), Some(2));
        assert_eq!(unquoted_string(b"msgid x\n"), Some(1));
        assert_eq!(unquoted_string(b"\"orphan\"\nmsgid \"x\"\n"), Some(1));
        assert_eq!(unquoted_string(b"#\nmsgid \"x\"\n"), Some(1));
    }
}
