//! The command line: the only place that knows about clap, prints, or picks an exit status.
//!
//! Exit status: 0 on success, 1 for bad input or a failed render, 2 for a usage error.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use iepress::localize::{Fallback, Language};
use iepress::plan::{LARGE_PRINT_RANGE, LargePrint};
use iepress::{RenderOptions, Rendered};

/// Turn pupils' SEN support plans into documents parents can read.
#[derive(Debug, Parser)]
#[command(name = "iepress", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Render a plan as a tagged PDF/UA-1 copy, by default in the family's language.
    Render(RenderArgs),
    /// List the languages iepress writes, with their scripts, completeness and review.
    Languages,
    /// Translate the school's own words with gettext PO files.
    #[command(subcommand)]
    Translate(TranslateCommand),
}

#[derive(Debug, Subcommand)]
enum TranslateCommand {
    /// Write a PO file with every text of the school's plans that has no translation into
    /// a language yet. Translate it and save it as SCHOOL_DIR/translations/TAG.po.
    Export(ExportArgs),
}

#[derive(Debug, clap::Args)]
struct ExportArgs {
    /// The school's folder (with school.yaml and plans/).
    school_dir: PathBuf,
    /// The language to translate into.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: &'static Language,
    /// The PO file to write.
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
}

#[derive(Debug, clap::Args)]
struct RenderArgs {
    /// The plan (a YAML file).
    plan: PathBuf,
    /// The document's language (BCP 47); `en-GB` gives the school's copy. By default the
    /// family's language from the plan.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: Option<&'static Language>,
    /// Large print: 18 pt, or the size given (16 to 36). The plan's `family.large_print`
    /// asks for it too.
    #[arg(long, value_name = "PT", num_args = 0..=1, default_missing_value = "18",
          value_parser = parse_size)]
    large_print: Option<f64>,
    /// The school profile; by default `school.yaml` in the plan's folder or its parent.
    #[arg(long, value_name = "FILE")]
    school: Option<PathBuf>,
    /// Set Urdu in the Nastaliq style (Urdu only), as Urdu readers expect. Its text layer has
    /// every letter, but tools that rebuild words from glyph positions may split some words.
    #[arg(long)]
    nastaliq: bool,
    /// Put the school's own text (in its source language) under each translated text, so
    /// that a teacher and a parent can read the same copy at a meeting.
    #[arg(long)]
    bilingual: bool,
    /// Refuse to write a copy in which any of the school's text is not translated.
    #[arg(long)]
    strict: bool,
    /// The output file; by default `<plan-file-stem>.<lang>[.large-print].pdf` in the
    /// current folder.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Write the template's data as JSON to FILE instead of the PDF, for working on the
    /// templates with Typst's own tools.
    #[arg(long, value_name = "FILE")]
    emit_json: Option<PathBuf>,
}

fn parse_language(text: &str) -> Result<&'static Language, String> {
    let tag: unic_langid::LanguageIdentifier = text.parse().map_err(|_| {
        format!("`{text}` is not a language tag (write one such as en-GB, ur or pl)")
    })?;
    Language::find(&tag).ok_or_else(|| {
        format!(
            "unsupported language `{text}` (the supported languages are {})",
            Language::supported_list()
        )
    })
}

fn parse_size(text: &str) -> Result<f64, String> {
    let (lo, hi) = LARGE_PRINT_RANGE;
    match text.parse::<f64>() {
        Ok(pt) if (lo..=hi).contains(&pt) => Ok(pt),
        _ => Err(format!("give a size in points from {lo} to {hi}")),
    }
}

/// Why a command failed: a library error, or a message of the command line's own.
#[derive(Debug)]
enum Failure {
    Library(iepress::Error),
    Message(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        match self {
            Failure::Library(e) => e.fmt(f),
            Failure::Message(m) => f.write_str(m),
        }
    }
}

impl From<iepress::Error> for Failure {
    fn from(e: iepress::Error) -> Self {
        Failure::Library(e)
    }
}

impl From<iepress::export::ExportError> for Failure {
    fn from(e: iepress::export::ExportError) -> Self {
        Failure::Library(e.into())
    }
}

impl From<iepress::localize::LocaleError> for Failure {
    fn from(e: iepress::localize::LocaleError) -> Self {
        Failure::Library(e.into())
    }
}

impl From<String> for Failure {
    fn from(m: String) -> Self {
        Failure::Message(m)
    }
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render(args),
        Command::Languages => languages(),
        Command::Translate(TranslateCommand::Export(args)) => export(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(1)
        }
    }
}

fn render(args: RenderArgs) -> Result<(), Failure> {
    let options = RenderOptions {
        language: args.lang,
        large_print: args.large_print.map(LargePrint::Size),
        school: args.school.clone(),
        nastaliq: args.nastaliq,
        bilingual: args.bilingual,
    };
    let rendered = iepress::prepare(&args.plan, &options)?;
    if args.strict && !rendered.fallbacks.is_empty() {
        report_fallbacks(&rendered);
        return Err(format!(
            "{} text(s) have no translation into {} ({}), so no copy was written (--strict)\nhint: translate them in the plan, or in the school's translations/{}.po (see `iepress translate export`)",
            rendered.fallbacks.len(),
            rendered.language.name,
            rendered.language.tag,
            rendered.language.tag
        )
        .into());
    }
    if let Some(json_path) = &args.emit_json {
        let text = serde_json::to_string_pretty(&rendered.data).expect("JSON values serialize");
        iepress::export::write_atomically(json_path, text.as_bytes())?;
        report_fallbacks(&rendered);
        eprintln!("wrote {}", json_path.display());
        return Ok(());
    }
    let start = std::time::Instant::now();
    let pdf = iepress::to_pdf(&rendered)?;
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| iepress::default_output(&args.plan, &rendered, "pdf"));
    iepress::export::write_atomically(&output, &pdf)?;
    report_fallbacks(&rendered);
    eprintln!(
        "wrote {} ({}, {} KB, {} ms)",
        output.display(),
        describe(&rendered),
        pdf.len().div_ceil(1024),
        start.elapsed().as_millis()
    );
    Ok(())
}

/// Writes the PO file of texts still to translate.
fn export(args: ExportArgs) -> Result<(), Failure> {
    let export = iepress::translate::export(&args.school_dir, args.lang)?;
    iepress::export::write_atomically(&args.output, export.po.as_bytes())?;
    eprintln!(
        "wrote {}: {} text(s) to translate into {} ({}) from {} plan(s)",
        args.output.display(),
        export.entries,
        args.lang.name,
        args.lang.tag,
        export.plans
    );
    if export.failed.is_empty() {
        return Ok(());
    }
    for e in &export.failed {
        eprintln!("error: {e}");
    }
    Err(format!(
        "{} plan(s) could not be read; their texts are not in {}",
        export.failed.len(),
        args.output.display()
    )
    .into())
}

/// Prints the table of languages.
fn languages() -> Result<(), Failure> {
    let ids = iepress::localize::message_ids()?;
    let reference: std::collections::BTreeSet<&String> =
        ids[iepress::localize::FALLBACK_LANGUAGE].iter().collect();
    let mut rows = vec![[
        "tag".to_owned(),
        "language".to_owned(),
        "autonym".to_owned(),
        "script".to_owned(),
        "direction".to_owned(),
        "messages".to_owned(),
        "review".to_owned(),
    ]];
    for language in iepress::localize::LANGUAGES {
        let have = ids[language.tag]
            .iter()
            .filter(|id| reference.contains(id))
            .count();
        let review = match language.review() {
            Ok(r) if r.status == "reviewed" => format!(
                "reviewed by {}",
                r.reviewed_by.unwrap_or_else(|| "a fluent speaker".into())
            ),
            Ok(r) => format!(
                "drafted by {}; not yet reviewed by a fluent speaker",
                r.drafted_by.unwrap_or_else(|| "the project".into())
            ),
            Err(e) => format!("unknown ({e})"),
        };
        rows.push([
            language.tag.to_owned(),
            language.name.to_owned(),
            language.autonym.to_owned(),
            language.script.name().to_owned(),
            match language.script.dir() {
                iepress::localize::Dir::Ltr => "left to right".to_owned(),
                iepress::localize::Dir::Rtl => "right to left".to_owned(),
            },
            format!(
                "{have}/{} ({}%)",
                reference.len(),
                have * 100 / reference.len().max(1)
            ),
            review,
        ]);
    }
    // Columns line up by the width a terminal gives each character (combining vowel signs
    // take none), not by the number of characters.
    use unicode_width::UnicodeWidthStr;
    let widths: Vec<usize> = (0..7)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    // Written without `println!`, which panics when the reader goes away (`| head`).
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.width())))
            .collect();
        if writeln!(out, "{}", line.join("  ").trim_end()).is_err() {
            // The reader has stopped reading: nothing more to say, and nothing went wrong.
            break;
        }
    }
    Ok(())
}

fn describe(rendered: &Rendered) -> String {
    let size = rendered.data["layout"]["body-size"].as_f64().unwrap_or(0.0);
    format!(
        "{}, {} pt{}",
        rendered.language.name,
        size,
        if rendered.large_print {
            " large print"
        } else {
            ""
        }
    )
}

/// Reports every field shown in another language, grouped by the language used.
fn report_fallbacks(rendered: &Rendered) {
    if rendered.fallbacks.is_empty() {
        return;
    }
    let mut by_language: std::collections::BTreeMap<&str, Vec<&Fallback>> = Default::default();
    for f in &rendered.fallbacks {
        by_language.entry(f.used.as_str()).or_default().push(f);
    }
    for (used, items) in by_language {
        let count = items.len();
        eprintln!(
            "warning: {count} {} shown in `{used}`, not in {} ({}), for want of a translation",
            if count == 1 { "text is" } else { "texts are" },
            rendered.language.name,
            rendered.language.tag,
        );
        for f in items {
            let file = if f.field.starts_with("school.") { 1 } else { 0 };
            let file = rendered.sources.get(file).map(|p| p.display().to_string());
            eprintln!("  - {} ({})", f.field, file.unwrap_or_default());
        }
    }
    eprintln!(
        "hint: add translations to the plan, e.g. `needs: {{ en-GB: \"...\", {}: \"...\" }}`",
        rendered.language.tag
    );
}
