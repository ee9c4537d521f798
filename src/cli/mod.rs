//! The command line: the only code that knows clap, prints, or decides the exit status.
//! Each command is a module that turns its arguments into options and calls the library.

mod bank;
mod batch;
mod check;
mod demo;
mod languages;
mod leaflet;
mod lint;
mod new;
mod provision;
mod render;
mod serve;
mod signals;
mod translate;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use iepress::Diagnostic;
use iepress::input::plan::LARGE_PRINT_RANGE;
use iepress::localize::Language;

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
    Render(render::Args),
    /// Write a blank plan to fill in: every field, the required ones marked, and what each
    /// takes (stages, areas of need, agencies, relationships, roles, the bank). Never writes
    /// over a file.
    New(new::Args),
    /// Make a parents' evening: every family's copy and the school's copy of each plan, and
    /// one print pack with them all in appointment order.
    Batch(batch::Args),
    /// Write a made-up school (school profile, plans and a parents' evening's appointments)
    /// for trying iepress.
    Demo(demo::Args),
    /// Make the school's provision map (its costed extra support, impact and gaps), or with
    /// --pupil a parent's copy with their child's support marked.
    ProvisionMap(provision::Args),
    /// Make a leaflet for parents (see --list), in any language, clear or large print; or
    /// `all` of them in every language.
    Leaflet(leaflet::Args),
    /// Check PDFs before sending them out: tagged, with a language and a title, PDF/UA,
    /// fonts embedded, no empty boxes, figures described, headings in order, and with
    /// --large-print no text under that size. Exit 1 when any has a problem.
    Check(check::Args),
    /// List the languages iepress writes, with their scripts, completeness and review.
    Languages,
    /// Advice on a plan (or every plan of a school) for whoever writes it: vague provision,
    /// targets with nothing to count, dates, missing views, long sentences and jargon, and
    /// with --lang the texts not yet translated. Exits 0 unless --deny-warnings.
    Lint(lint::Args),
    /// Open the school's folder as a web app on this computer: its pupils, each plan and
    /// the family's copy in any language, print size and format. Prints the address.
    Serve(serve::Args),
    /// Translate the school's own words with gettext PO files.
    #[command(subcommand)]
    Translate(TranslateCommand),
    /// The bank: targets, strategies, home activities and checks of progress, in every
    /// language, to pick in a plan (`target: { bank: ID, ... }`).
    #[command(subcommand)]
    Bank(BankCommand),
}

#[derive(Debug, Subcommand)]
enum BankCommand {
    /// List the entries, by kind, area of need or words, in any language.
    List(bank::ListArgs),
    /// Show one entry: what it is, its numbers, an example, and what to paste into a plan.
    Show(bank::ShowArgs),
}

#[derive(Debug, Subcommand)]
enum TranslateCommand {
    /// Write a PO file with every text of the school's plans that has no translation into
    /// a language yet. Translate it and save it as SCHOOL_DIR/translations/TAG.po.
    Export(translate::Args),
}

impl From<iepress::Error> for Failed {
    fn from(e: iepress::Error) -> Self {
        Failed(e.into_diagnostics())
    }
}

/// Why a command failed: what to tell the user, each with its place and its fix (the `?`
/// operator turns any library error into one).
#[derive(Debug)]
struct Failed(Vec<Diagnostic>);

impl From<Diagnostic> for Failed {
    fn from(d: Diagnostic) -> Self {
        Failed(vec![d])
    }
}

impl From<iepress::output::WriteError> for Failed {
    fn from(e: iepress::output::WriteError) -> Self {
        Failed(vec![e.diagnostic()])
    }
}

/// Runs the command line.
pub fn main() -> ExitCode {
    signals::remove_unfinished_files_on_stop();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render::run(args),
        Command::New(args) => new::run(args),
        Command::Batch(args) => batch::run(args),
        Command::Demo(args) => demo::run(args),
        Command::ProvisionMap(args) => provision::run(args),
        Command::Leaflet(args) => leaflet::run(args),
        Command::Check(args) => check::run(args),
        Command::Languages => languages::run(),
        Command::Lint(args) => lint::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Translate(TranslateCommand::Export(args)) => translate::run(args),
        Command::Bank(BankCommand::List(args)) => bank::list(args),
        Command::Bank(BankCommand::Show(args)) => bank::show(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failed(diagnostics)) => {
            for d in &diagnostics {
                eprintln!("{}", report("error", d));
            }
            ExitCode::from(1)
        }
    }
}

/// A diagnostic as text: `error: message (field `f`) in file:line:column`, then a line a
/// hint.
pub(super) fn report(severity: &str, diagnostic: &Diagnostic) -> String {
    let mut text = format!("{severity}: {diagnostic}");
    for hint in &diagnostic.hints {
        text.push_str(&format!("\nhint: {hint}"));
    }
    text
}

/// The format asked for on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// Tagged PDF/UA-1.
    Pdf,
    /// One self-contained accessible web page.
    Html,
    /// Braille Ready Format, for an embosser or a braille display.
    Brf,
    /// The plan read aloud, as WAV.
    Audio,
    /// The plan read aloud, as MP3: a tenth of the WAV's size, to e-mail.
    Mp3,
}

impl From<Format> for iepress::render::Format {
    fn from(format: Format) -> Self {
        use iepress::render::Format as F;
        match format {
            Format::Pdf => F::Pdf,
            Format::Html => F::Html,
            Format::Brf => F::Brf,
            Format::Audio => F::Audio,
            Format::Mp3 => F::Mp3,
        }
    }
}

/// Refuses large print for a format that has no type size.
fn check_type_size(large_print: Option<f64>, format: Format) -> Result<(), Failed> {
    if large_print.is_some() && !iepress::render::Format::from(format).has_type_size() {
        return Err(Diagnostic::new(
            "--large-print sets the type size of a PDF or web page; braille and audio have none",
        )
        .hint("leave out --large-print")
        .into());
    }
    Ok(())
}

/// What to say of a rendered document besides its name and size: for a PDF or web page
/// `detail`, for braille its code and pages, for speech its length.
fn describe(
    extent: &iepress::render::Extent,
    language: &Language,
    detail: impl FnOnce() -> String,
) -> String {
    use iepress::render::Extent;
    match *extent {
        Extent::Print => detail(),
        Extent::Braille { code, pages } => format!("{}, {code}, {pages} pages", language.name),
        Extent::Speech { seconds } => format!(
            "{}, {} min {} s of speech",
            language.name,
            seconds / 60,
            seconds % 60
        ),
    }
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
