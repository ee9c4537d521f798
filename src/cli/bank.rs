//! `iepress bank list` and `iepress bank show`: the bank's entries, to pick in a plan.

use std::io::Write;

use iepress::Diagnostic;
use iepress::localize::bank::{self, AREAS, Entry, KINDS, SchoolBank};
use iepress::localize::{FALLBACK_LANGUAGE, LANGUAGES, Language};

use super::{Failed, parse_language};

/// How `bank list` writes the entries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum ListFormat {
    /// A line an entry: id, kind, area, and its text.
    Text,
    /// A JSON array of objects with `id`, `kind`, `area`, `params` and `text`.
    Json,
}

#[derive(Debug, clap::Args)]
pub(super) struct ListArgs {
    /// Only entries of this kind.
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(KINDS))]
    kind: Option<String>,
    /// Only entries for this area of need (entries for any area are listed too).
    #[arg(long, value_parser = clap::builder::PossibleValuesParser::new(AREAS))]
    area: Option<String>,
    /// The language to show the entries in (by default English).
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: Option<&'static Language>,
    /// Only entries whose id or text has every one of these words.
    #[arg(long, value_name = "WORDS")]
    search: Option<String>,
    /// How to write the list.
    #[arg(long, value_enum, default_value_t = ListFormat::Text)]
    format: ListFormat,
    /// A school's folder: its own entries (in its `bank/` folder) are listed too, after
    /// iepress's.
    #[arg(long, value_name = "DIR")]
    school: Option<std::path::PathBuf>,
}

#[derive(Debug, clap::Args)]
pub(super) struct ShowArgs {
    /// The entry's id (see `iepress bank list`).
    id: String,
    /// The language to show it in (by default English).
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: Option<&'static Language>,
    /// A school's folder, to show one of its own entries (in its `bank/` folder).
    #[arg(long, value_name = "DIR")]
    school: Option<std::path::PathBuf>,
}

fn english() -> &'static Language {
    LANGUAGES
        .iter()
        .find(|l| l.tag == FALLBACK_LANGUAGE)
        .expect("English is shipped")
}

/// A school's own entries and the language it writes them in: none without `--school`,
/// or for a school with no `bank/` folder.
struct School {
    bank: Option<SchoolBank>,
    source_tag: String,
}

impl School {
    fn read(dir: Option<&std::path::Path>) -> Result<School, Failed> {
        let Some(dir) = dir else {
            return Ok(School {
                bank: None,
                source_tag: FALLBACK_LANGUAGE.to_owned(),
            });
        };
        let path = dir.join("school.yaml");
        let school = iepress::input::load::load_school(&path)?;
        let bank = iepress::document::iep::load_school_bank(&path, &school)?;
        if bank.is_none() {
            eprintln!(
                "note: {} has no bank/ folder of the school's own entries",
                dir.display()
            );
        }
        Ok(School {
            bank,
            source_tag: iepress::localize::source_tag(&school),
        })
    }

    /// The school's own entries.
    fn entries(&self) -> &[Entry] {
        self.bank.as_ref().map_or(&[], |b| b.entries.as_slice())
    }

    /// An entry's example text in a language, for a pupil called Sam.
    fn text(&self, entry: &Entry, language: &'static Language) -> Result<String, Failed> {
        bank::example_of_school(
            entry,
            language,
            "Sam",
            None,
            self.bank.as_ref(),
            &self.source_tag,
        )
        .map_err(|e| Failed(vec![e.diagnostic()]))
    }
}

pub(super) fn list(args: ListArgs) -> Result<(), Failed> {
    let language = args.lang.unwrap_or_else(english);
    let words: Vec<String> = args
        .search
        .as_deref()
        .unwrap_or("")
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let school = School::read(args.school.as_deref())?;
    let mut shown = Vec::new();
    let own = bank::entries().iter().map(|e| (e, false));
    for (entry, of_school) in own.chain(school.entries().iter().map(|e| (e, true))) {
        if args.kind.as_ref().is_some_and(|k| *k != entry.kind)
            || args
                .area
                .as_ref()
                .is_some_and(|a| *a != entry.area && entry.area != "any")
        {
            continue;
        }
        let text = school.text(entry, language)?;
        let haystack = format!("{} {}", entry.id, text).to_lowercase();
        if words.iter().all(|w| haystack.contains(w.as_str())) {
            shown.push((entry, text, of_school));
        }
    }
    // Written without `println!`, which panics when the reader goes away (`| head`).
    let mut out = std::io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            let items: Vec<serde_json::Value> = shown
                .iter()
                .map(|(e, text, of_school)| {
                    serde_json::json!({
                        "id": e.id,
                        "kind": e.kind,
                        "area": e.area,
                        "params": e.params.iter().map(|p| serde_json::json!({"name": p, "type": "number"})).collect::<Vec<_>>(),
                        "text": text,
                        "school": of_school,
                    })
                })
                .collect();
            let json = serde_json::to_string_pretty(&items).unwrap_or_default();
            let _ = writeln!(out, "{json}");
        }
        ListFormat::Text => {
            let mut heading = true;
            for (e, text, of_school) in &shown {
                // The school's own entries come last, under a line of their own.
                if *of_school && std::mem::take(&mut heading) {
                    let _ = writeln!(out, "\nthe school's own entries (bank/):");
                }
                let _ = writeln!(out, "{:<36} {:<9} {:<31} {text}", e.id, e.kind, e.area);
            }
        }
    }
    if shown.is_empty() {
        eprintln!("no entry matches");
    }
    Ok(())
}

pub(super) fn show(args: ShowArgs) -> Result<(), Failed> {
    let language = args.lang.unwrap_or_else(english);
    let school = School::read(args.school.as_deref())?;
    let found = bank::entry(&args.id)
        .or_else(|| school.entries().iter().find(|e| e.id == args.id).cloned());
    let Some(entry) = found else {
        let ids: Vec<&str> = bank::entries()
            .iter()
            .chain(school.entries())
            .map(|e| e.id.as_str())
            .collect();
        let mut d = Diagnostic::new(format!("no bank entry `{}`", args.id));
        d = match iepress::diag::did_you_mean(&args.id, &ids) {
            Some(id) => d.hint(format!("did you mean `{id}`?")),
            None => d.hint("`iepress bank list` lists the entries"),
        };
        return Err(d.into());
    };
    let entry = &entry;
    let mut example = school.text(entry, language)?;
    if let Some(bank) = school.bank.as_ref().filter(|b| b.has(&entry.id))
        && !bank.translated(language.tag, &entry.id)
    {
        example.push_str(&format!(
            "\n    (the school's words: bank/{}.ftl has no translation of it)",
            language.tag
        ));
    }
    let params = if entry.params.is_empty() {
        "none".to_owned()
    } else {
        entry.params.join(", ")
    };
    let mut out = std::io::stdout().lock();
    let _ = writeln!(
        out,
        "{}\n  kind: {}\n  area: {}\n  numbers: {params}\n  example ({}, for a pupil called Sam{}):\n    {example}\n  in a plan:\n    {}",
        entry.id,
        entry.kind,
        entry.area,
        language.name,
        if entry.params.is_empty() {
            String::new()
        } else {
            format!(
                ", with {}",
                bank::example_args(entry)
                    .iter()
                    .map(|(k, v)| format!("{k} {v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        },
        bank::yaml(entry).replace('\n', "\n    "),
    );
    Ok(())
}
