//! `iepress provision-map`: the school's provision map, or a parent's copy.

use std::path::PathBuf;

use iepress::document::provision_map;
use iepress::input::plan::LargePrint;
use iepress::localize::Language;
use iepress::output::{refuse_input, write_atomically};

use super::{Failed, Format, check_type_size, describe, parse_language, parse_size};

#[derive(Debug, clap::Args)]
pub(super) struct Args {
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

pub(super) fn run(args: Args) -> Result<(), Failed> {
    let start = std::time::Instant::now();
    check_type_size(args.large_print, args.format)?;
    let map = provision_map::prepare(
        &args.school_dir,
        &provision_map::Options {
            pupil: args.pupil.clone(),
            language: args.lang,
            large_print: args.large_print.map(LargePrint::Size),
        },
    )?;
    let format = iepress::render::Format::from(args.format);
    let rendered = iepress::render::render(&map, format)?;
    refuse_input(&args.output, &map.inputs)?;
    write_atomically(&args.output, &rendered.bytes)?;
    if !map.fallbacks.is_empty() {
        eprintln!(
            "warning: {} of the school's texts (names of support, staff and measures) are shown in the school's language, not in {} ({})",
            map.fallbacks.len(),
            map.language.name,
            map.language.tag
        );
    }
    let detail = describe(&rendered.extent, map.language, || {
        let large = if map.large_print && format.has_type_size() {
            ", large print"
        } else {
            ""
        };
        format!("{}{large}", map.language.name)
    });
    eprintln!(
        "wrote {} ({detail}, {} KB, {} ms)",
        args.output.display(),
        rendered.bytes.len().div_ceil(1024),
        start.elapsed().as_millis()
    );
    Ok(())
}
