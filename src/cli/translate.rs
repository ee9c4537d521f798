//! `iepress translate export`: the school's texts still to translate, as a PO file.

use std::path::PathBuf;

use iepress::Diagnostic;
use iepress::localize::Language;
use iepress::output::{refuse_input, write_atomically};

use super::{Failed, parse_language, report};

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The school's folder (with school.yaml and plans/).
    school_dir: PathBuf,
    /// The language to translate into.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: &'static Language,
    /// The PO file to write.
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
    let export = iepress::translate::export(&args.school_dir, args.lang)?;
    refuse_input(&args.output, &export.inputs)?;
    write_atomically(&args.output, export.po.as_bytes())?;
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
        eprintln!("{}", report("error", e));
    }
    Err(Diagnostic::new(format!(
        "{} plan(s) could not be read; their texts are not in {}",
        export.failed.len(),
        args.output.display()
    ))
    .into())
}
