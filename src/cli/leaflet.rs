//! `iepress leaflet`: a leaflet for parents, the list of them, or all of them.

use std::io::Write;
use std::path::PathBuf;

use iepress::Diagnostic;
use iepress::document::leaflet;
use iepress::input::load::load_school;
use iepress::input::plan::LargePrint;
use iepress::localize::{LANGUAGES, Language};
use iepress::output::{refuse_input, write_atomically};

use super::{Failed, Format, check_type_size, describe, parse_language, parse_size};

#[derive(Debug, clap::Args)]
pub(super) struct Args {
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

pub(super) fn run(args: Args) -> Result<(), Failed> {
    if args.list {
        let mut out = std::io::stdout().lock();
        for (name, what) in leaflet::LEAFLETS {
            if writeln!(out, "{name:<18}{what}").is_err() {
                break;
            }
        }
        return Ok(());
    }
    let (Some(name), Some(output)) = (args.name.as_deref(), args.output.as_ref()) else {
        return Err(Diagnostic::new("give a leaflet's name and -o FILE (or --list)").into());
    };
    // The school profile is read once, for every leaflet.
    let school = match &args.school {
        Some(path) => Some((load_school(path)?, path.as_path())),
        None => None,
    };
    let school = school.as_ref().map(|(s, p)| (s, *p));
    let size = args.large_print.map(LargePrint::Size);
    check_type_size(args.large_print, args.format)?;
    if name != "all" {
        let prepared = leaflet::prepare(name, args.lang, size.unwrap_or(LargePrint::No), school)?;
        let rendered = iepress::render::render(&prepared, args.format.into())?;
        refuse_input(output, &prepared.inputs)?;
        write_atomically(output, &rendered.bytes)?;
        let detail = describe(&rendered.extent, prepared.language, || {
            prepared.language.name.to_owned()
        });
        eprintln!(
            "wrote {} ({detail}, {} KB)",
            output.display(),
            rendered.bytes.len().div_ceil(1024)
        );
        return Ok(());
    }
    if args.format != Format::Pdf {
        return Err(Diagnostic::new("`leaflet all` writes PDFs only")
            .hint(format!(
                "name one leaflet for --format {}, e.g. `iepress leaflet iep-guide --lang pl --format brf -o guide.pl.brf`",
                clap::ValueEnum::to_possible_value(&args.format)
                    .map_or_else(String::new, |v| v.get_name().to_owned())
            ))
            .into());
    }
    // Every leaflet in every language (or the one given), clear and large print.
    let languages: Vec<&'static Language> = match args.lang {
        Some(l) => vec![l],
        None => LANGUAGES.iter().collect(),
    };
    let written = iepress::render::every_leaflet(
        output,
        &languages,
        size.unwrap_or(LargePrint::Yes),
        school,
    )?;
    eprintln!("wrote {written} leaflets into {}", output.display());
    Ok(())
}
