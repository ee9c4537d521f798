//! Translate the school's own words: export what still needs translating as a gettext PO
//! file (`crate::input::translations` reads the translated file back as a memory).
//!
//! The entry point is [`export`]. A PO file is what translators and
//! their tools (Poedit, Weblate) already use: `msgid` is the school's text in its source
//! language, `msgstr` the translation. The same sentence in many plans is translated once.
//! Fuzzy and empty entries are never used.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use polib::catalog::Catalog;
use polib::message::{Message, MessageFlags};
use polib::metadata::CatalogMetadata;

use crate::diag::Diagnostic;
use crate::error::Error;
use crate::input::appointments::plan_files;
use crate::input::load;
use crate::input::plan::Text;
use crate::input::translations::{load_memory, memory_path};
use crate::localize::{Language, source_tag};

/// What an export found.
#[derive(Debug)]
pub struct Export {
    /// The PO file's text.
    pub po: String,
    /// The texts it lists, in the PO file's order.
    pub texts: Vec<Untranslated>,
    /// How many distinct texts need translating.
    pub entries: usize,
    /// How many plans were read.
    pub plans: usize,
    /// Plans that could not be read (they cost only themselves).
    pub failed: Vec<Diagnostic>,
    /// Every file it was made from: the school profile, the plans and the translations
    /// already made (which the PO file written must never replace).
    pub inputs: Vec<PathBuf>,
}

/// A text of the school's with no translation yet into the language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Untranslated {
    /// The text, in the school's language.
    pub source: String,
    /// Where it is used: `plan.needs (plans/amira-khan.yaml)`.
    pub fields: Vec<String>,
    /// A translator's suggestion still marked fuzzy.
    pub fuzzy: Option<String>,
}

/// Where one source text is used.
#[derive(Default)]
struct Uses {
    fields: Vec<String>,
    files: Vec<String>,
    fuzzy: Option<String>,
}

/// An empty catalog of the school's own words in `language`, with the header every PO
/// editor expects (UTF-8, eight-bit).
pub(crate) fn new_catalog(language: &Language) -> Catalog {
    let mut metadata = CatalogMetadata::new();
    metadata.project_id_version = "iepress school texts".into();
    metadata.language = language.tag.into();
    metadata.mime_version = "1.0".into();
    metadata.content_type = "text/plain; charset=UTF-8".into();
    metadata.content_transfer_encoding = "8bit".into();
    Catalog::new(metadata)
}

/// Lists every distinct text of a school's plans (and profile) that has no translation into
/// the language yet, neither in the plan nor in `translations/TAG.po`, as a PO file.
pub fn export(school_dir: &Path, language: &'static Language) -> Result<Export, Error> {
    export_for(school_dir, language, &Which::All)
}

/// Whose texts an export lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    /// Every plan's (and the school profile's).
    All,
    /// The plans of the families who read the language (and the school profile's, and the
    /// group plans those pupils are in).
    Families,
    /// These plans' only (and the school profile's).
    Plans(Vec<PathBuf>),
}

/// Like [`export`], for the plans `which` names.
pub fn export_for(
    school_dir: &Path,
    language: &'static Language,
    which: &Which,
) -> Result<Export, Error> {
    let school_path = school_dir.join("school.yaml");
    let school = load::load_school(&school_path)?;
    let source_tag = source_tag(&school);
    let translations = memory_path(school_dir, language.tag);
    let memory = load_memory(school_dir, &translations)?.unwrap_or_default();
    let school_bank = crate::localize::bank::load_school_bank(school_dir, &source_tag)?;
    // In the order of their file names.
    let mut failed = Vec::new();
    let mut plan_paths: Vec<PathBuf> = Vec::new();
    for plan in plan_files(school_dir)?.into_values() {
        match plan {
            Ok(path) => plan_paths.push(path),
            Err(refused) => failed.push(refused),
        }
    }
    plan_paths.sort();

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
    let mut plans = 0;
    // The pupils whose texts are listed (by plan file name), for their group plans.
    let mut listed: Vec<String> = Vec::new();
    let same_file = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    for path in &plan_paths {
        if let Which::Plans(chosen) = which
            && !chosen.iter().any(|c| same_file(c, path))
        {
            continue;
        }
        match crate::localize::bank::with_school_entries(school_bank.as_ref(), || {
            load::load_plan(path)
        }) {
            Ok(plan) => {
                if *which == Which::Families
                    && Language::find(&plan.family.language.value.0)
                        .is_none_or(|l| l.tag != language.tag)
                {
                    continue;
                }
                listed.extend(path.file_stem().map(|s| s.to_string_lossy().into_owned()));
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
    // The group learning plans' texts, which their pupils' families read.
    for (name, file) in crate::input::group::group_files(school_dir) {
        let loaded = file.and_then(|path| {
            crate::localize::bank::with_school_entries(school_bank.as_ref(), || {
                crate::input::group::load_group(&path)
            })
        });
        match loaded {
            Ok(group) => {
                if *which != Which::All && !group.pupils.iter().any(|p| listed.contains(&p.value)) {
                    continue;
                }
                let file = format!("plans/groups/{name}.yaml");
                for (field, text) in group.texts() {
                    note(text, &field, &file);
                }
            }
            Err(e) => failed.push(e),
        }
    }
    // Keep a translator's fuzzy suggestion, still marked fuzzy; for words edited since
    // they were translated (a comma, a number), the earlier translation as one, with the
    // earlier words beside it.
    for (source, u) in uses.iter_mut() {
        u.fuzzy = memory.fuzzy(source).map(str::to_owned);
        if u.fuzzy.is_none()
            && let Some((earlier, translation)) = memory.near(source)
        {
            u.fuzzy = Some(translation.to_owned());
            u.fields.push(format!(
                "The translation below is of an earlier wording: \"{earlier}\". Check it says what the words say now, then remove the fuzzy mark."
            ));
        }
    }

    let mut catalog = new_catalog(language);
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
    let texts = order
        .iter()
        .map(|source| Untranslated {
            source: source.clone(),
            fields: uses[source].fields.clone(),
            fuzzy: uses[source].fuzzy.clone(),
        })
        .collect();
    Ok(Export {
        po: String::from_utf8(bytes).expect("PO files are written as UTF-8"),
        texts,
        entries: order.len(),
        plans,
        failed,
        inputs: [school_path, translations]
            .into_iter()
            .chain(plan_paths)
            .collect(),
    })
}

/// An export merged into a PO file that exists (the school's `translations/TAG.po`, say),
/// as gettext's msgmerge does: every entry of the file is kept as it is, translated or
/// fuzzy, and each text of the export the file lacks is added after them. Returns the
/// merged file and how many texts were added.
pub fn merge_into(
    existing: &Path,
    export_po: &str,
) -> Result<(String, usize), crate::diag::Diagnostic> {
    use crate::diag::Diagnostic;
    let unreadable = |e: String| {
        Diagnostic::in_file(
            existing,
            format!(
                "the file is there but cannot be read as a PO file ({e}), so nothing was merged into it"
            ),
            "give another file with -o, or mend this one in a PO editor (Poedit)",
        )
    };
    let bytes = crate::input::read::read(existing, crate::input::appointments::MAX_TABLE_BYTES)
        .map_err(|e| unreadable(e.to_string()))?;
    let mut catalog =
        std::panic::catch_unwind(|| polib::po_file::parse_from_reader(bytes.as_slice()))
            .map_err(|_| unreadable("it is not laid out as a PO file".to_owned()))?
            .map_err(|e| unreadable(e.to_string()))?;
    let export = polib::po_file::parse_from_reader(export_po.as_bytes())
        .map_err(|e| unreadable(e.to_string()))?;
    let new: Vec<Message> = export
        .messages()
        .filter(|m| m.is_singular() && catalog.find_message(None, m.msgid(), None).is_none())
        .map(|m| {
            Message::build_singular()
                .with_extracted_comments(m.extracted_comments().to_owned())
                .with_source(m.source().to_owned())
                .with_flags(m.flags().clone())
                .with_msgid(m.msgid().to_owned())
                .with_msgstr(m.msgstr().unwrap_or_default().to_owned())
                .done()
        })
        .collect();
    let added = new.len();
    for message in new {
        catalog.append_or_update(message);
    }
    let mut out = Vec::new();
    {
        let mut writer = std::io::BufWriter::new(&mut out);
        polib::po_file::write(&catalog, &mut writer).map_err(|e| unreadable(e.to_string()))?;
    }
    Ok((String::from_utf8_lossy(&out).into_owned(), added))
}
