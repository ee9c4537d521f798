//! `iepress demo`: a made-up school for trying iepress.

use std::path::PathBuf;

use super::Failed;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The folder to write the school into (made if missing; it must not hold a school).
    school_dir: PathBuf,
    /// How many pupils, each with a plan and an appointment.
    #[arg(long, value_name = "N", default_value_t = 30,
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pupils: u32,
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
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
