//! The command line: the only place that knows about clap, prints, or picks an exit status.
//!
//! Exit status: 0 on success, 1 for bad input or a failed render, 2 for a usage error.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
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
    /// Make a parents' evening: every family's copy and the school's copy of each plan, and
    /// one print pack with them all in appointment order.
    Batch(BatchArgs),
    /// Write a made-up school (school profile, plans and a parents' evening's appointments)
    /// for trying iepress.
    Demo(DemoArgs),
    /// Make the school's provision map (its costed extra support, impact and gaps), or with
    /// --pupil a parent's copy with their child's support marked.
    ProvisionMap(ProvisionArgs),
    /// Make a leaflet for parents (see --list), in any language, clear or large print; or
    /// `all` of them in every language.
    Leaflet(LeafletArgs),
    /// Check PDFs before sending them out: tagged, with a language and a title, PDF/UA,
    /// fonts embedded, no empty boxes, figures described, headings in order, and with
    /// --large-print no text under that size. Exit 1 when any has a problem.
    Check(CheckArgs),
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
struct ProvisionArgs {
    /// The school's folder (with school.yaml, plans/ and provision/).
    school_dir: PathBuf,
    /// Make a parent's copy for this pupil (the plan file's name without .yaml), in the
    /// family's language and print size.
    #[arg(long, value_name = "NAME")]
    pupil: Option<String>,
    /// The language; by default the family's for a parent's copy, the school's otherwise.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: Option<&'static Language>,
    /// Large print: 18 pt, or the size given (16 to 36).
    #[arg(long, value_name = "PT", num_args = 0..=1, default_missing_value = "18",
          value_parser = parse_size)]
    large_print: Option<f64>,
    /// The file to write.
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
    /// The format, as for `render`: pdf (the default), html, brf, audio or mp3.
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    format: Format,
}

#[derive(Debug, clap::Args)]
struct LeafletArgs {
    /// The leaflet (`iep-guide`, `review-questions`), or `all` for every leaflet in every
    /// language, clear and large print, into the folder given with -o.
    #[arg(required_unless_present = "list")]
    name: Option<String>,
    /// List the leaflets.
    #[arg(long, conflicts_with_all = ["lang", "output"])]
    list: bool,
    /// The leaflet's language; by default the school's, or English.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: Option<&'static Language>,
    /// Large print: 18 pt, or the size given (16 to 36).
    #[arg(long, value_name = "PT", num_args = 0..=1, default_missing_value = "18",
          value_parser = parse_size)]
    large_print: Option<f64>,
    /// The school profile: the school's name, its names for the stages of support, and its
    /// parent support service go into the leaflet.
    #[arg(long, value_name = "FILE")]
    school: Option<PathBuf>,
    /// The file to write (a folder for `all`).
    #[arg(short, long, value_name = "FILE", required_unless_present = "list")]
    output: Option<PathBuf>,
    /// The format, as for `render`: pdf (the default), html, brf, audio or mp3. `all`
    /// writes PDFs only.
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    format: Format,
}

#[derive(Debug, clap::Args)]
struct CheckArgs {
    /// The PDFs.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// They are large print: report any text under 18 pt, or under the size given
    /// (`--large-print=24`).
    #[arg(long, value_name = "PT", num_args = 0..=1, default_missing_value = "18",
          require_equals = true, value_parser = parse_size)]
    large_print: Option<f64>,
}

#[derive(Debug, clap::Args)]
struct DemoArgs {
    /// The folder to write the school into (made if missing; it must not hold a school).
    school_dir: PathBuf,
    /// How many pupils, each with a plan and an appointment.
    #[arg(long, value_name = "N", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pupils: u32,
}

#[derive(Debug, clap::Args)]
struct BatchArgs {
    /// The school's folder (with school.yaml and plans/).
    school_dir: PathBuf,
    /// The appointment list (CSV with the columns time,pupil,teacher,room; `pupil` is the
    /// plan file's name without .yaml). Without it, every plan in plans/ is made.
    #[arg(long, value_name = "CSV")]
    appointments: Option<PathBuf>,
    /// The folder to write the documents and print-pack.pdf into (made if missing).
    #[arg(short, long, value_name = "DIR")]
    output: PathBuf,
    /// How many documents to make at once; by default one for each processor.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    jobs: Option<u16>,
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
    /// The format: a tagged PDF (the default); one accessible web page (html) for e-mail
    /// or a website; braille (brf: 40 cells by 25 lines, through liblouis); or the plan
    /// read aloud (audio: a WAV file, through espeak-ng; mp3: the same through LAME).
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    format: Format,
    /// Write the template's data as JSON to FILE instead of the PDF, for working on the
    /// templates with Typst's own tools.
    #[arg(long, value_name = "FILE")]
    emit_json: Option<PathBuf>,
}

/// The error for large print asked of a format that has no type size.
const NO_TYPE_SIZE: &str = "--large-print sets the type size of a PDF or web page; braille and audio have none\nhint: leave out --large-print";

/// What `render` and `leaflet` write.
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

impl Format {
    /// Whether the format has a type size, and so a large print.
    fn has_type_size(self) -> bool {
        matches!(self, Format::Pdf | Format::Html)
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
        Command::Batch(args) => batch(args),
        Command::Demo(args) => demo(args),
        Command::ProvisionMap(args) => provision_map(args),
        Command::Leaflet(args) => leaflet(args),
        Command::Check(args) => check(args),
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
        copy: None,
    };
    if args.large_print.is_some() && !args.format.has_type_size() {
        return Err(NO_TYPE_SIZE.to_owned().into());
    }
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
    let (bytes, extension, detail) = made(
        args.format,
        &iepress::outline::iep(&rendered.data),
        &rendered.data,
        rendered.language,
        describe(&rendered),
        || iepress::to_pdf(&rendered),
        &|field| source_of(&rendered, field).map(Path::to_path_buf),
    )?;
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| iepress::default_output(&args.plan, &rendered, extension));
    iepress::export::write_atomically(&output, &bytes)?;
    report_fallbacks(&rendered);
    eprintln!(
        "wrote {} ({detail}, {} KB, {} ms)",
        output.display(),
        bytes.len().div_ceil(1024),
        start.elapsed().as_millis()
    );
    Ok(())
}

/// A document in the format asked for: its bytes, its file extension, and what to say of it.
/// The PDF comes from `pdf`; the other formats are written from the outline (the HTML
/// styled by the data's layout). `file_of` names the file a field (`plan.about`) comes
/// from, for errors.
fn made(
    format: Format,
    outline: &iepress::outline::Outline,
    data: &serde_json::Value,
    language: &Language,
    detail: String,
    pdf: impl FnOnce() -> Result<Vec<u8>, iepress::Error>,
    file_of: &dyn Fn(&str) -> Option<PathBuf>,
) -> Result<(Vec<u8>, &'static str, String), Failure> {
    Ok(match format {
        Format::Pdf => (pdf()?, "pdf", detail),
        Format::Html => (
            iepress::html::page(outline, data).into_bytes(),
            "html",
            detail,
        ),
        Format::Brf => {
            let brf = iepress::braille::brf(outline).map_err(|e| braille_failure(e, file_of))?;
            let pages = brf.matches('\u{c}').count();
            let code = iepress::braille::table_for(&outline.lang).map_or("", |t| t.name);
            let detail = format!("{}, {code}, {pages} pages", language.name);
            (brf.into_bytes(), "brf", detail)
        }
        Format::Audio | Format::Mp3 => {
            let wav = iepress::audio::wav(outline).map_err(iepress::Error::from)?;
            let seconds = iepress::audio::duration(&wav).unwrap_or_default().round() as u64;
            let detail = format!(
                "{}, {} min {} s of speech",
                language.name,
                seconds / 60,
                seconds % 60
            );
            if format == Format::Mp3 {
                let mp3 = iepress::audio::mp3(wav, &outline.title, &outline.school)
                    .map_err(iepress::Error::from)?;
                (mp3, "mp3", detail)
            } else {
                (wav, "wav", detail)
            }
        }
    })
}

/// Makes a parents' evening's documents and print pack, with a progress bar on a terminal
/// and a line a document otherwise.
fn batch(args: BatchArgs) -> Result<(), Failure> {
    use iepress::batch::{self, Batch};
    use iepress::localize::Copy;
    use std::io::IsTerminal;
    let appointments = match &args.appointments {
        Some(csv) => batch::read_appointments(csv, &args.school_dir),
        None => batch::every_plan(&args.school_dir),
    }
    .map_err(iepress::Error::from)?;
    if appointments.is_empty() {
        return Err(format!(
            "there are no appointments to make documents for ({})",
            match &args.appointments {
                Some(csv) => format!("{} has no rows", csv.display()),
                None => format!("{} has no plans", args.school_dir.join("plans").display()),
            }
        )
        .into());
    }
    let jobs = args.jobs.map(usize::from).unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let run = Batch {
        school_dir: args.school_dir.clone(),
        appointments,
        output: args.output.clone(),
        jobs,
    };
    let terminal = std::io::stderr().is_terminal();
    let bar = indicatif::ProgressBar::new(run.appointments.len() as u64 * 2);
    if terminal {
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} documents, {elapsed} (about {eta} to go)",
            )
            .expect("the template is valid"),
        );
    } else {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let describe = |outcome: &batch::Outcome| {
        let appointment = &run.appointments[outcome.appointment];
        let copy = match outcome.copy {
            Copy::Family => "parent copy",
            Copy::School => "school copy",
        };
        format!("{} ({copy})", appointment.describe())
    };
    let summary = batch::run(&run, &mut |progress| {
        let line = match &progress.outcome.result {
            Ok(w) => format!(
                "[{}/{}] wrote {}",
                progress.done,
                progress.total,
                w.path.display()
            ),
            Err(_) => format!(
                "[{}/{}] failed: {} (the reason is given at the end)",
                progress.done,
                progress.total,
                describe(progress.outcome),
            ),
        };
        if terminal {
            if progress.outcome.result.is_err() {
                bar.println(line);
            }
            bar.inc(1);
        } else {
            eprintln!("{line}");
        }
    })?;
    bar.finish_and_clear();

    // The summary: what was written, what had to fall back, and what failed and why.
    let written: Vec<&batch::Written> = summary
        .outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().ok())
        .collect();
    let seconds = summary.elapsed.as_secs_f64();
    eprintln!(
        "wrote {} of {} documents for {} appointments into {} in {:.1} s ({:.0} documents a second)",
        written.len(),
        summary.outcomes.len(),
        run.appointments.len(),
        args.output.display(),
        seconds,
        written.len() as f64 / seconds.max(1e-9),
    );
    match &summary.pack {
        Ok(pack) => eprintln!(
            "wrote {}: {} documents on {} pages ({:.1} MB), to print double-sided",
            pack.path.display(),
            pack.documents,
            pack.pages,
            pack.bytes as f64 / 1e6
        ),
        Err(e) => eprintln!("error: {e}"),
    }
    let fell_back = written.iter().filter(|w| w.fallbacks > 0).count();
    if fell_back > 0 {
        eprintln!(
            "warning: {fell_back} {} some of the school's text in its own language, for want of a translation\nhint: `iepress translate export {} --lang TAG -o TAG.po` lists the texts to translate",
            if fell_back == 1 {
                "document shows"
            } else {
                "documents show"
            },
            args.school_dir.display()
        );
    }
    // Each failure once, under its appointment; a copy is named only when the other
    // copy did not fail the same way (both copies of a plan that cannot be read do).
    let mut failures: BTreeMap<usize, Vec<(String, Vec<Copy>)>> = BTreeMap::new();
    for outcome in &summary.outcomes {
        if let Err(e) = &outcome.result {
            let messages = failures.entry(outcome.appointment).or_default();
            let message = e.to_string();
            match messages.iter_mut().find(|(m, _)| *m == message) {
                Some((_, copies)) => copies.push(outcome.copy),
                None => messages.push((message, vec![outcome.copy])),
            }
        }
    }
    for (&index, messages) in &failures {
        let copies_made = summary
            .outcomes
            .iter()
            .filter(|o| o.appointment == index)
            .count();
        for (message, copies) in messages {
            let which = if copies.len() == copies_made {
                String::new()
            } else {
                copies
                    .iter()
                    .map(|c| match c {
                        Copy::Family => " (parent copy)",
                        Copy::School => " (school copy)",
                    })
                    .collect()
            };
            eprintln!(
                "error: {}{which}: {message}",
                run.appointments[index].describe()
            );
        }
    }
    let failed_appointments = failures.len();
    if failed_appointments > 0 {
        return Err(format!(
            "{failed_appointments} of {} appointments are missing documents; correct the errors above and run the batch again",
            run.appointments.len()
        )
        .into());
    }
    if summary.failed() {
        return Err("every document was written, but the print pack was not"
            .to_owned()
            .into());
    }
    Ok(())
}

/// Writes a provision map.
fn provision_map(args: ProvisionArgs) -> Result<(), Failure> {
    let start = std::time::Instant::now();
    if args.large_print.is_some() && !args.format.has_type_size() {
        return Err(NO_TYPE_SIZE.to_owned().into());
    }
    let map = iepress::prepare_provision_map(
        &args.school_dir,
        &iepress::ProvisionOptions {
            pupil: args.pupil.clone(),
            language: args.lang,
            large_print: args.large_print.map(LargePrint::Size),
        },
    )?;
    let large = if map.large_print && args.format.has_type_size() {
        ", large print"
    } else {
        ""
    };
    let (bytes, _, detail) = made(
        args.format,
        &iepress::outline::provision_map(&map.data),
        &map.data,
        map.language,
        format!("{}{large}", map.language.name),
        || map.to_pdf(),
        // The school's words come from school.yaml, the names of support and measures
        // from the tables in provision/.
        &|field| match field.split('.').next() {
            Some("school") => Some(args.school_dir.join("school.yaml")),
            Some("provision") => Some(args.school_dir.join("provision")),
            _ => None,
        },
    )?;
    iepress::export::write_atomically(&args.output, &bytes)?;
    if !map.fallbacks.is_empty() {
        eprintln!(
            "warning: {} of the school's texts (names of support, staff and measures) are shown in the school's language, not in {} ({})",
            map.fallbacks.len(),
            map.language.name,
            map.language.tag
        );
    }
    eprintln!(
        "wrote {} ({detail}, {} KB, {} ms)",
        args.output.display(),
        bytes.len().div_ceil(1024),
        start.elapsed().as_millis()
    );
    Ok(())
}

/// Writes a leaflet, lists them, or writes them all.
fn leaflet(args: LeafletArgs) -> Result<(), Failure> {
    use std::io::Write;
    if args.list {
        let mut out = std::io::stdout().lock();
        for (name, what) in iepress::localize::LEAFLETS {
            if writeln!(out, "{name:<18}{what}").is_err() {
                break;
            }
        }
        return Ok(());
    }
    let (Some(name), Some(output)) = (args.name.as_deref(), args.output.as_ref()) else {
        return Err("give a leaflet's name and -o FILE (or --list)"
            .to_owned()
            .into());
    };
    // The school profile is read once, for every leaflet.
    let school = match &args.school {
        Some(path) => Some(iepress::plan::load_school(path).map_err(iepress::Error::from)?),
        None => None,
    };
    let size = args.large_print.map(LargePrint::Size);
    if size.is_some() && !args.format.has_type_size() {
        return Err(NO_TYPE_SIZE.to_owned().into());
    }
    if name != "all" {
        let print = size.unwrap_or(LargePrint::No);
        let leaflet = iepress::prepare_leaflet(name, args.lang, print, school.as_ref())?;
        let (bytes, _, detail) = made(
            args.format,
            &iepress::outline::leaflet(&leaflet.data),
            &leaflet.data,
            leaflet.language,
            leaflet.language.name.to_owned(),
            || leaflet.to_pdf(),
            &|field| args.school.clone().filter(|_| field.starts_with("school.")),
        )?;
        iepress::export::write_atomically(output, &bytes)?;
        eprintln!(
            "wrote {} ({detail}, {} KB)",
            output.display(),
            bytes.len().div_ceil(1024)
        );
        return Ok(());
    }
    if args.format != Format::Pdf {
        return Err(format!(
            "`leaflet all` writes PDFs only\nhint: name one leaflet for --format {}, e.g. `iepress leaflet iep-guide --lang pl --format brf -o guide.pl.brf`",
            clap::ValueEnum::to_possible_value(&args.format)
                .map_or_else(String::new, |v| v.get_name().to_owned())
        )
        .into());
    }
    // Every leaflet in every language (or the one given), clear and large print.
    std::fs::create_dir_all(output).map_err(|error| iepress::export::ExportError::Write {
        path: output.clone(),
        error,
    })?;
    let languages: Vec<&'static Language> = match args.lang {
        Some(l) => vec![l],
        None => iepress::localize::LANGUAGES.iter().collect(),
    };
    let mut written = 0;
    for leaflet in iepress::localize::leaflet_names() {
        for &language in &languages {
            for large in [false, true] {
                let print = match (large, size) {
                    (false, _) => LargePrint::No,
                    (true, Some(s)) => s,
                    (true, None) => LargePrint::Yes,
                };
                let made = iepress::leaflet(leaflet, Some(language), print, school.as_ref())?;
                let file = output.join(format!(
                    "{leaflet}.{}{}.pdf",
                    language.tag,
                    if large { ".large-print" } else { "" }
                ));
                iepress::export::write_atomically_deferred(&file, &made.pdf)?;
                written += 1;
            }
        }
    }
    iepress::export::sync_folder(output)?;
    eprintln!("wrote {written} leaflets into {}", output.display());
    Ok(())
}

/// Checks PDFs: a line for each file that passes, a line for each problem otherwise.
fn check(args: CheckArgs) -> Result<(), Failure> {
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
                eprintln!("{e}");
            }
        }
    }
    if failed > 0 {
        return Err(format!(
            "{failed} of {} files are not ready to send",
            args.files.len()
        )
        .into());
    }
    Ok(())
}

/// Writes a made-up school.
fn demo(args: DemoArgs) -> Result<(), Failure> {
    let school = iepress::demo::write_school(&args.school_dir, args.pupils as usize)?;
    eprintln!(
        "wrote a made-up school into {}: {}, {} plans in {}, and the appointments {}",
        args.school_dir.display(),
        school.school.display(),
        school.plans.len(),
        args.school_dir.join("plans").display(),
        school.appointments.display()
    );
    eprintln!(
        "try: iepress batch {} --appointments {} -o evening",
        args.school_dir.display(),
        school.appointments.display()
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
/// The file a field of a plan's document comes from: the school profile for `school.…`,
/// the plan otherwise.
fn source_of<'a>(rendered: &'a Rendered, field: &str) -> Option<&'a Path> {
    let file = if field.starts_with("school.") { 1 } else { 0 };
    rendered.sources.get(file).map(PathBuf::as_path)
}

/// A braille error, naming the file that a text without a braille sign comes from.
fn braille_failure(
    e: iepress::braille::BrailleError,
    file_of: &dyn Fn(&str) -> Option<PathBuf>,
) -> Failure {
    let file = match &e {
        iepress::braille::BrailleError::NoSign { field, .. } if !field.is_empty() => file_of(field),
        _ => None,
    };
    match file {
        Some(file) => Failure::Message(format!("{}: {e}", file.display())),
        None => Failure::Library(e.into()),
    }
}

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
            let file = source_of(rendered, &f.field).map(|p| p.display().to_string());
            eprintln!("  - {} ({})", f.field, file.unwrap_or_default());
        }
    }
    eprintln!(
        "hint: add translations to the plan, e.g. `needs: {{ en-GB: \"...\", {}: \"...\" }}`",
        rendered.language.tag
    );
}
