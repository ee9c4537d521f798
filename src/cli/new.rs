//! `iepress new PLAN_FILE`: a blank plan to fill in, with every field and what it takes.

use std::path::PathBuf;

use iepress::Diagnostic;

use super::Failed;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The plan file to write (such as plans/bilal-hussain.yaml); never one that exists.
    plan: PathBuf,
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
    if std::fs::symlink_metadata(&args.plan).is_ok() {
        return Err(Diagnostic::in_file(
            &args.plan,
            "there is already a file here, and `new` never writes over one",
            "give the new plan another name, such as the pupil's full name: plans/bilal-hussain.yaml",
        )
        .into());
    }
    iepress::output::write_new(&args.plan, iepress::input::blank::blank_plan().as_bytes())?;
    eprintln!(
        "wrote {}: fill in the fields marked (required), then `iepress render {}`",
        args.plan.display(),
        args.plan.display()
    );
    Ok(())
}
