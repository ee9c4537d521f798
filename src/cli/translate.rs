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
    /// Only this plan's texts (and the school profile's); may be given more than once.
    #[arg(long, value_name = "PLAN_FILE", conflicts_with = "families")]
    plan: Vec<PathBuf>,
    /// Only the texts of the families who read the language (their plans, their group
    /// plans and the school profile), not every plan of the school.
    #[arg(long)]
    families: bool,
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
    use iepress::translate::Which;
    let which = if !args.plan.is_empty() {
        for plan in &args.plan {
            if !plan.is_file() {
                return Err(Diagnostic::in_file(
                    plan,
                    "there is no plan file here",
                    "give a plan of the school's plans folder, such as plans/amira-khan.yaml",
                )
                .into());
            }
        }
        Which::Plans(args.plan.clone())
    } else if args.families {
        Which::Families
    } else {
        Which::All
    };
    let export = iepress::translate::export_for(&args.school_dir, args.lang, &which)?;
    if args.output.is_file() {
        // A PO file there (the school's translations, a translator's file) is merged into,
        // never written over: every entry it has stays as it is.
        let (merged, added) = iepress::translate::merge_into(&args.output, &export.po)?;
        write_atomically(&args.output, merged.as_bytes())?;
        eprintln!(
            "merged into {}: {added} text(s) to translate into {} ({}) added from {} plan(s); every entry already in it kept",
            args.output.display(),
            args.lang.name,
            args.lang.tag,
            export.plans
        );
    } else {
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
    }
    for d in iepress::input::translations::unread_files(&args.school_dir) {
        eprintln!("{}", report("warning", &d));
    }
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
