//! `iepress check`: PDFs checked before they are sent out.

use std::path::PathBuf;

use iepress::Diagnostic;

use super::{Failed, parse_size};

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The PDFs.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// They are large print: report any text under 18 pt, or under the size given
    /// (`--large-print=24`).
    #[arg(long, value_name = "PT", num_args = 0..=1, default_missing_value = "18",
          require_equals = true, value_parser = parse_size)]
    large_print: Option<f64>,
}

/// A line for each file that passes, a line for each problem otherwise.
pub(super) fn run(args: Args) -> Result<(), Failed> {
    let mut failed = 0;
    for file in &args.files {
        match iepress::check::check(file, args.large_print) {
            Ok(report) if report.problems.is_empty() => eprintln!(
                "{}: ok ({}, \"{}\", {} pages, smallest text {})",
                file.display(),
                report.language.as_deref().unwrap_or("?"),
                report.title.as_deref().unwrap_or(""),
                report.pages,
                report
                    .smallest_text
                    .map_or_else(|| "none".to_owned(), |s| format!("{s:.1} pt"))
            ),
            Ok(report) => {
                failed += 1;
                for problem in &report.problems {
                    eprintln!("{}: {problem}", file.display());
                }
            }
            Err(e) => {
                failed += 1;
                // The file's name leads the message, as on the lines of a file that passes.
                eprintln!("{e}");
                for hint in e.diagnostic().hints {
                    eprintln!("hint: {hint}");
                }
            }
        }
    }
    if failed > 0 {
        return Err(Diagnostic::new(format!(
            "{failed} of {} files are not ready to send",
            args.files.len()
        ))
        .into());
    }
    Ok(())
}
