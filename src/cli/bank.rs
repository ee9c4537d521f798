//! `iepress bank list` and `iepress bank show`: the bank's entries, to pick in a plan.

use std::io::Write;

use iepress::Diagnostic;
use iepress::localize::bank::{self, AREAS, Entry, KINDS};
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
}

#[derive(Debug, clap::Args)]
pub(super) struct ShowArgs {
    /// The entry's id (see `iepress bank list`).
    id: String,
    /// The language to show it in (by default English).
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: Option<&'static Language>,
}

fn english() -> &'static Language {
    LANGUAGES
        .iter()
        .find(|l| l.tag == FALLBACK_LANGUAGE)
        .expect("English is shipped")
}

/// An entry's example text in a language, for a pupil called Sam.
fn text(entry: &Entry, language: &'static Language) -> Result<String, Failed> {
    bank::example(entry, language, "Sam", None).map_err(|e| Failed(vec![e.diagnostic()]))
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
    let mut shown = Vec::new();
    for entry in bank::entries() {
        if args.kind.as_ref().is_some_and(|k| *k != entry.kind)
            || args
                .area
                .as_ref()
                .is_some_and(|a| *a != entry.area && entry.area != "any")
        {
            continue;
        }
        let text = text(entry, language)?;
        let haystack = format!("{} {}", entry.id, text).to_lowercase();
        if words.iter().all(|w| haystack.contains(w.as_str())) {
            shown.push((entry, text));
        }
    }
    // Written without `println!`, which panics when the reader goes away (`| head`).
    let mut out = std::io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            let items: Vec<serde_json::Value> = shown
                .iter()
                .map(|(e, text)| {
                    serde_json::json!({
                        "id": e.id,
                        "kind": e.kind,
                        "area": e.area,
                        "params": e.params.iter().map(|p| serde_json::json!({"name": p, "type": "number"})).collect::<Vec<_>>(),
                        "text": text,
                    })
                })
                .collect();
            let json = serde_json::to_string_pretty(&items).unwrap_or_default();
            let _ = writeln!(out, "{json}");
        }
        ListFormat::Text => {
            for (e, text) in &shown {
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
    let Some(entry) = bank::entry(&args.id) else {
        let ids: Vec<&str> = bank::entries().iter().map(|e| e.id.as_str()).collect();
        let mut d = Diagnostic::new(format!("no bank entry `{}`", args.id));
        d = match iepress::diag::did_you_mean(&args.id, &ids) {
            Some(id) => d.hint(format!("did you mean `{id}`?")),
            None => d.hint("`iepress bank list` lists the entries"),
        };
        return Err(d.into());
    };
    let entry = &entry;
    let example = text(entry, language)?;
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
