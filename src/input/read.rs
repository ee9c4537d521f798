//! Reading the user's files safely: only regular files (a FIFO would hang a run, a device
//! would never end), never more than a limit, counted while reading rather than trusted
//! from the file's size.

use std::io::Read;
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::Path;

use crate::diag::{Diagnostic, Position};

/// Why a file was not read.
#[derive(Debug)]
pub(crate) enum Unread {
    /// It could not be opened or read.
    Io(std::io::Error),
    /// It is not a regular file: what it is instead.
    NotAFile(&'static str),
    /// It is larger than the limit, in bytes.
    TooLarge(u64),
}

impl std::fmt::Display for Unread {
    /// Why, in a user's words: `not found`, `it is a pipe (FIFO), not a file`.
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Unread::Io(e) => f.write_str(&reason(e)),
            Unread::NotAFile(kind) => write!(f, "it is {kind}, not a file"),
            Unread::TooLarge(limit) => write!(f, "it is over {} MiB", limit / (1024 * 1024)),
        }
    }
}

impl Unread {
    /// The problem as a diagnostic about `what` (`the file`, `the appointment list`), with
    /// `hint` for a file that cannot be opened.
    pub(crate) fn diagnostic(&self, path: &Path, what: &str, hint: &str) -> Diagnostic {
        let message = format!("cannot read {what} ({self})");
        match self {
            Unread::Io(_) => Diagnostic::in_file(path, message, hint),
            Unread::NotAFile(_) => {
                Diagnostic::in_file(path, message, "give the path of a file saved on disk")
            }
            Unread::TooLarge(limit) => Diagnostic::in_file(
                path,
                message,
                format!(
                    "files over {} MiB are refused: check that this is the right file",
                    limit / (1024 * 1024)
                ),
            ),
        }
    }
}

/// Why a file could not be opened or read, in a user's words.
fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not found".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Checks that a file found in a school's folder is in it: a symbolic link that leads out
/// of the folder is refused (its target is not the school's, and is never read or quoted).
pub(crate) fn within(dir: &Path, path: &Path) -> Result<(), Diagnostic> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link {
        return Ok(());
    }
    let inside = match (std::fs::canonicalize(dir), std::fs::canonicalize(path)) {
        (Ok(dir), Ok(target)) => target.starts_with(dir),
        _ => false,
    };
    if inside {
        Ok(())
    } else {
        Err(Diagnostic::in_file(
            path,
            "the file is a link that leads out of the school's folder (or to nothing)",
            "copy the file into the folder rather than linking to it",
        ))
    }
}

/// Reads a regular file of at most `limit` bytes.
pub(crate) fn read(path: &Path, limit: u64) -> Result<Vec<u8>, Unread> {
    // Opening a FIFO for reading waits for a writer; without blocking, it opens at once
    // and is then refused for what it is. A regular file reads the same either way.
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
        .map_err(Unread::Io)?;
    let kind = file.metadata().map_err(Unread::Io)?.file_type();
    if !kind.is_file() {
        return Err(Unread::NotAFile(if kind.is_dir() {
            "a folder"
        } else if kind.is_fifo() {
            "a pipe (FIFO)"
        } else if kind.is_char_device() || kind.is_block_device() {
            "a device"
        } else if kind.is_socket() {
            "a socket"
        } else {
            "not a regular file"
        }));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(Unread::Io)?;
    if bytes.len() as u64 > limit {
        return Err(Unread::TooLarge(limit));
    }
    Ok(bytes)
}

/// Bytes as the text of a school's file: UTF-8 with no control character that could hide
/// or reorder the text around it (C0 and C1 controls but tab and line ends, such as the
/// escape that starts a terminal's colour codes, and the bidi embeddings, overrides and
/// isolates); otherwise a diagnostic at the first offending place, about `what` (`the
/// file`), with `hint` for text that is not UTF-8.
pub(crate) fn text(
    path: &Path,
    bytes: Vec<u8>,
    what: &str,
    hint: &str,
) -> Result<String, Diagnostic> {
    let text = utf8(bytes).map_err(|position| {
        Diagnostic::in_file(
            path,
            format!("{what} is not UTF-8 text (it may be a binary or a Word file)"),
            hint,
        )
        .at(Some(position))
    })?;
    for (line, text_line) in text.split('\n').enumerate() {
        if let Some((column, c)) = control(text_line.trim_end_matches('\r')) {
            return Err(
                Diagnostic::in_file(path, control_message(what, c), CONTROL_HINT).at(Some(
                    Position {
                        line: line as u64 + 1,
                        column: column as u64 + 1,
                    },
                )),
            );
        }
    }
    Ok(text)
}

/// The fix for a control character in a school's text.
pub(crate) const CONTROL_HINT: &str = "remove it (it comes with text copied from some programs); a text's direction comes from its language";

/// The first control character in a text that has no place in it, with its index among
/// the text's characters.
pub(crate) fn control(text: &str) -> Option<(usize, char)> {
    text.chars().enumerate().find(|(_, c)| forbidden(*c))
}

/// What is wrong with a control character `c` in `what`.
pub(crate) fn control_message(what: &str, c: char) -> String {
    format!(
        "{what} contains the control character U+{:04X}{}, which would hide or reorder the text around it",
        c as u32,
        control_name(c)
            .map(|n| format!(" ({n})"))
            .unwrap_or_default()
    )
}

/// A control character that has no place in a school's text.
pub(crate) fn forbidden(c: char) -> bool {
    (c.is_control() && c != '\t') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// The name of a control character people meet.
fn control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\0' => "NUL",
        '\u{1B}' => "escape",
        '\u{7F}' => "delete",
        '\u{202A}' => "left-to-right embedding",
        '\u{202B}' => "right-to-left embedding",
        '\u{202C}' => "pop directional formatting",
        '\u{202D}' => "left-to-right override",
        '\u{202E}' => "right-to-left override",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        _ => return None,
    })
}

/// Text composed as Unicode's NFC: a letter and its accent typed or pasted as two
/// characters (as some programs write them) become the one character a reader, a screen
/// reader and a search expect. Every user text passes here as it is read.
pub(crate) fn nfc(text: String) -> String {
    let normalizer = icu_normalizer::ComposingNormalizerBorrowed::new_nfc();
    match normalizer.normalize(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(composed) => composed,
    }
}

/// Bytes as UTF-8 text, or the line and column of the first byte that is not.
pub(crate) fn utf8(bytes: Vec<u8>) -> Result<String, Position> {
    String::from_utf8(bytes).map(nfc).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..offset];
        let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
        let line_start = before
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |p| p + 1);
        let column = String::from_utf8_lossy(&before[line_start..])
            .chars()
            .count() as u64
            + 1;
        Position { line, column }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_within_the_limit_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("plan.yaml");
        std::fs::write(&file, "pupil: x\n").unwrap();
        assert_eq!(read(&file, 9).unwrap(), b"pupil: x\n");
        assert!(matches!(read(&file, 8), Err(Unread::TooLarge(8))));
        assert!(matches!(
            read(dir.path(), 100),
            Err(Unread::NotAFile("a folder"))
        ));
        // /dev/zero never ends: refused at once, not read until memory runs out.
        assert!(matches!(
            read(Path::new("/dev/zero"), 100),
            Err(Unread::NotAFile("a device"))
        ));
        assert!(matches!(
            read(&dir.path().join("none"), 1),
            Err(Unread::Io(_))
        ));
    }

    #[test]
    fn control_characters_are_refused_where_they_are() {
        let path = Path::new("plan.yaml");
        let ok = "name: عائشہ\u{200F}\tx\r\nnext: \u{200D}\n";
        assert_eq!(text(path, ok.into(), "the file", "").unwrap(), ok);
        let e = text(
            path,
            "a: b\nknown_as: Ali\u{202E}kcin\n".into(),
            "the file",
            "",
        )
        .unwrap_err();
        assert_eq!(
            e.position,
            Some(Position {
                line: 2,
                column: 14
            })
        );
        assert!(
            e.message.contains("U+202E (right-to-left override)"),
            "{}",
            e.message
        );
        let e = text(path, "teacher: \u{1B}[31mMr X\n".into(), "the list", "").unwrap_err();
        assert!(
            e.message
                .starts_with("the list contains the control character U+001B (escape)")
        );
        assert_eq!(
            e.position,
            Some(Position {
                line: 1,
                column: 10
            })
        );
    }

    #[test]
    fn text_that_is_not_utf8_is_placed() {
        assert_eq!(utf8(b"ab\ncd".to_vec()).unwrap(), "ab\ncd");
        assert_eq!(
            utf8(b"ab\ncd\xe9f".to_vec()).unwrap_err(),
            Position { line: 2, column: 3 }
        );
        // Columns count characters: "ł" is one.
        assert_eq!(
            utf8("ł\u{0}x".bytes().chain([0xff]).collect()).unwrap_err(),
            Position { line: 1, column: 4 }
        );
    }
}
