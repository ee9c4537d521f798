//! The translations page's store: the school's `translations/TAG.po`, which the command
//! line's renders already read. A save merges what a member of staff typed into the file
//! (every translation already there is kept), and is refused when the file changed since
//! the page was loaded, so that nobody's work is written over.

use std::path::Path;

use polib::catalog::Catalog;
use polib::message::{Message, MessageMutView};
use polib::metadata::CatalogMetadata;

use crate::diag::Diagnostic;
use crate::input::translations::memory_path;
use crate::localize::Language;

/// Why a save was not made.
#[derive(Debug)]
pub enum Refused {
    /// The file changed since the page was loaded (by someone else, or on disk).
    Stale,
    /// The file could not be read or written.
    Failed(Diagnostic),
}

/// The largest translations file the app reads back (a school's is a few hundred KB).
const MAX_PO_BYTES: u64 = 16 * 1024 * 1024;

/// A fingerprint of the language's translations file as it is now ("none" when there is
/// none): a page carries it, and a save from a page whose fingerprint is no longer the
/// file's is refused.
pub fn version(school_dir: &Path, language: &Language) -> String {
    let path = memory_path(school_dir, language.tag);
    match crate::input::read::read(&path, MAX_PO_BYTES) {
        Ok(bytes) => crate::typeset::ident(&bytes),
        Err(_) => "none".to_owned(),
    }
}

/// Adds `pairs` (the school's text, its translation) to the language's translations file,
/// if it is still at `expected` (see [`version`]); returns how many were saved. Empty
/// translations are left out; a text already translated gets the new translation, no
/// longer fuzzy.
pub fn save(
    school_dir: &Path,
    language: &Language,
    expected: &str,
    pairs: &[(String, String)],
) -> Result<usize, Refused> {
    let path = memory_path(school_dir, language.tag);
    if version(school_dir, language) != expected {
        return Err(Refused::Stale);
    }
    let mut catalog = if path.exists() {
        crate::input::read::within(school_dir, &path).map_err(Refused::Failed)?;
        polib::po_file::parse(&path).map_err(|e| {
            Refused::Failed(Diagnostic::in_file(
                &path,
                format!("this translations file cannot be read ({e})"),
                "mend it in a PO editor (Poedit), or move it away to start again",
            ))
        })?
    } else {
        let mut metadata = CatalogMetadata::new();
        metadata.project_id_version = "iepress school texts".into();
        metadata.language = language.tag.into();
        metadata.mime_version = "1.0".into();
        metadata.content_type = "text/plain; charset=UTF-8".into();
        metadata.content_transfer_encoding = "8bit".into();
        Catalog::new(metadata)
    };
    let mut saved = 0;
    for (source, translation) in pairs {
        let translation = translation.trim();
        if source.is_empty() || translation.is_empty() {
            continue;
        }
        match catalog.find_message_mut(None, source, None) {
            Some(mut message) => {
                message
                    .set_msgstr(translation.to_owned())
                    .map_err(|e| Refused::Failed(Diagnostic::new(e.to_string())))?;
                message.flags_mut().remove_flag("fuzzy");
            }
            None => catalog.append_or_update(
                Message::build_singular()
                    .with_msgid(source.clone())
                    .with_msgstr(translation.to_owned())
                    .done(),
            ),
        }
        saved += 1;
    }
    if saved == 0 {
        return Ok(0);
    }
    let mut bytes = Vec::new();
    {
        let mut writer = std::io::BufWriter::new(&mut bytes);
        polib::po_file::write(&catalog, &mut writer).map_err(|e| {
            Refused::Failed(Diagnostic::in_file(
                &path,
                format!("the translations could not be written ({e})"),
                "try again",
            ))
        })?;
    }
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| {
            Refused::Failed(Diagnostic::in_file(
                folder,
                format!("the translations folder cannot be made ({e})"),
                "check that the school's folder can be written to",
            ))
        })?;
    }
    crate::output::write_atomically(&path, &bytes).map_err(|e| Refused::Failed(e.diagnostic()))?;
    Ok(saved)
}
