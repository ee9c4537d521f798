//! Translate the school's own words: export what still needs translating as a gettext PO
//! file, and read a school's translated PO file back as a translation memory.
//!
//! The entry points are [`export`] and [`load_memory`]. A PO file is what translators and
//! their tools (Poedit, Weblate) already use: `msgid` is the school's text in its source
//! language, `msgstr` the translation. The same sentence in many plans is translated once.
//! Fuzzy and empty entries are never used.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use polib::catalog::Catalog;
use polib::message::{Message, MessageFlags};
use polib::metadata::CatalogMetadata;

use crate::localize::Language;
use crate::plan::{self, InputError, Text};

/// The school's translations into one language, by source text.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    entries: HashMap<String, String>,
}

impl Memory {
    /// The translation of a source text, if the memory has one.
    pub fn get(&self, source: &str) -> Option<&str> {
        self.entries.get(source).map(String::as_str)
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
            "cannot read the translations in {} ({})\nhint: check the file with a PO editor such as Poedit, or `msgfmt --check`",
            self.file.display(),
            self.message
        )
    }
}

impl std::error::Error for TranslateError {}

/// Where a school keeps its translations into a language: `translations/TAG.po`.
pub fn memory_path(school_dir: &Path, tag: &str) -> PathBuf {
    school_dir.join("translations").join(format!("{tag}.po"))
}

/// Reads a school's translations into a language, if it has any.
pub fn load_memory(path: &Path) -> Result<Option<Memory>, TranslateError> {
    if !path.is_file() {
        return Ok(None);
    }
    let catalog = polib::po_file::parse(path).map_err(|e| TranslateError {
        file: path.to_owned(),
        message: e.to_string(),
    })?;
    let entries = catalog
        .messages()
        .filter(|m| m.is_singular() && m.is_translated() && !m.is_fuzzy())
        .filter_map(|m| {
            let text = m.msgstr().ok()?;
            (!text.trim().is_empty()).then(|| (m.msgid().to_owned(), text.to_owned()))
        })
        .collect();
    Ok(Some(Memory { entries }))
}

/// What an export found.
#[derive(Debug)]
pub struct Export {
    /// The PO file's text.
    pub po: String,
    /// How many distinct texts need translating.
    pub entries: usize,
    /// How many plans were read.
    pub plans: usize,
    /// Plans that could not be read (they cost only themselves).
    pub failed: Vec<InputError>,
}

/// Where one source text is used.
#[derive(Default)]
struct Uses {
    fields: Vec<String>,
    files: Vec<String>,
    fuzzy: Option<String>,
}

/// Lists every distinct text of a school's plans (and profile) that has no translation into
/// the language yet, neither in the plan nor in `translations/TAG.po`, as a PO file.
pub fn export(school_dir: &Path, language: &'static Language) -> Result<Export, crate::Error> {
    let school_path = school_dir.join("school.yaml");
    let school = plan::load_school(&school_path)?;
    let source_tag = crate::localize::source_tag(&school);
    let existing_path = memory_path(school_dir, language.tag);
    let existing = if existing_path.is_file() {
        Some(
            polib::po_file::parse(&existing_path).map_err(|e| TranslateError {
                file: existing_path.clone(),
                message: e.to_string(),
            })?,
        )
    } else {
        None
    };
    let memory = load_memory(&existing_path)?.unwrap_or_default();

    let mut plan_files: Vec<PathBuf> = std::fs::read_dir(school_dir.join("plans"))
        .map_err(|e| {
            InputError::file(
                &school_dir.join("plans"),
                format!("cannot read the plans folder ({e})"),
                "a school folder has school.yaml and a plans/ folder of plan files",
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    plan_files.sort();

    let mut order: Vec<String> = Vec::new();
    let mut uses: HashMap<String, Uses> = HashMap::new();
    let mut note = |text: &Text, field: &str, file: &str| {
        if text.get(language.tag, &source_tag).is_some() {
            return;
        }
        let Some(source) = text.source(&source_tag) else {
            return;
        };
        if memory.get(source).is_some() || source.trim().is_empty() {
            return;
        }
        let entry = uses.entry(source.to_owned()).or_insert_with(|| {
            order.push(source.to_owned());
            Uses::default()
        });
        entry.fields.push(format!("{field} ({file})"));
        if !entry.files.iter().any(|f| f == file) {
            entry.files.push(file.to_owned());
        }
    };
    for (field, text) in school.texts() {
        note(text, &field, "school.yaml");
    }
    let mut failed = Vec::new();
    let mut plans = 0;
    for path in &plan_files {
        match plan::load_plan(path) {
            Ok(plan) => {
                plans += 1;
                let name = format!(
                    "plans/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                for (field, text) in plan.texts() {
                    note(text, &field, &name);
                }
            }
            Err(e) => failed.push(e),
        }
    }
    // Keep a translator's fuzzy suggestion, still marked fuzzy.
    if let Some(existing) = &existing {
        for m in existing.messages() {
            if m.is_fuzzy()
                && let Some(u) = uses.get_mut(m.msgid())
            {
                u.fuzzy = m.msgstr().ok().map(str::to_owned);
            }
        }
    }

    let mut metadata = CatalogMetadata::new();
    metadata.project_id_version = "iepress school texts".into();
    metadata.language = language.tag.into();
    metadata.mime_version = "1.0".into();
    metadata.content_type = "text/plain; charset=UTF-8".into();
    metadata.content_transfer_encoding = "8bit".into();
    let mut catalog = Catalog::new(metadata);
    catalog.preheader = vec![
        format!(
            "{} → {} ({}): the school's own words that have no translation yet.",
            source_tag, language.name, language.tag
        ),
        format!(
            "Translate each msgstr, then save this file as translations/{}.po in the school's folder.",
            language.tag
        ),
    ];
    for source in &order {
        let u = &uses[source];
        let mut flags = MessageFlags::new();
        if u.fuzzy.is_some() {
            flags.add_flag("fuzzy");
        }
        let message = Message::build_singular()
            .with_extracted_comments(u.fields.join("\n"))
            .with_source(u.files.join(" "))
            .with_flags(flags)
            .with_msgid(source.clone())
            .with_msgstr(u.fuzzy.clone().unwrap_or_default())
            .done();
        catalog.append_or_update(message);
    }
    let mut bytes = Vec::new();
    {
        let mut writer = std::io::BufWriter::new(&mut bytes);
        polib::po_file::write(&catalog, &mut writer).expect("writing to memory cannot fail");
    }
    Ok(Export {
        po: String::from_utf8(bytes).expect("PO files are written as UTF-8"),
        entries: order.len(),
        plans,
        failed,
    })
}
