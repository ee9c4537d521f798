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
    /// Set Urdu in the Nastaliq style (Urdu only). The page looks as Urdu readers expect, but the PDF's
    /// text layer (copy and paste, screen readers) is not exact yet.
    #[arg(long)]
    nastaliq: bool,
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

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(1)
        }
    }
}

fn render(args: RenderArgs) -> Result<(), iepress::Error> {
    let options = RenderOptions {
        language: args.lang,
        large_print: args.large_print.map(LargePrint::Size),
        school: args.school.clone(),
        nastaliq: args.nastaliq,
    };
    let rendered = iepress::prepare(&args.plan, &options)?;
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
