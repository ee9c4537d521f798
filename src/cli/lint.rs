//! `iepress lint`: advice on a plan, or on every plan of a school.

use std::path::PathBuf;

use iepress::localize::Language;

use super::{Failed, parse_language, report};

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// A plan (a YAML file), or a school's folder to check every plan in it.
    path: PathBuf,
    /// Also list the school's texts that have no translation into this language yet.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: Option<&'static Language>,
    /// Exit with status 1 when there is any finding (for a check before sending).
    #[arg(long)]
    deny_warnings: bool,
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
    // A school's plans, and its group plans.
    let plans: Vec<PathBuf> = if args.path.is_dir() {
        iepress::input::appointments::plan_files(&args.path)?
            .into_values()
            .chain(iepress::input::group::group_files(&args.path).into_values())
            .filter_map(Result::ok)
            .collect()
    } else {
        vec![args.path.clone()]
    };
    let mut findings = 0;
    let mut failed = Vec::new();
    for plan in &plans {
        let linted = if iepress::input::group::is_group_plan(plan) {
            iepress::lint::lint_group_file(plan)
        } else {
            iepress::lint::lint_file(plan, args.lang)
        };
        match linted {
            Ok(found) => {
                for d in &found {
                    eprintln!("{}", report("warning", d));
                }
                findings += found.len();
            }
            Err(e) => failed.extend(e.into_diagnostics()),
        }
    }
    eprintln!(
        "{findings} finding(s) in {} plan(s){}",
        plans.len(),
        if failed.is_empty() {
            String::new()
        } else {
            format!(", {} could not be read", failed.len())
        }
    );
    if !failed.is_empty() {
        return Err(Failed(failed));
    }
    if args.deny_warnings && findings > 0 {
        return Err(iepress::Diagnostic::new(format!(
            "{findings} finding(s), and --deny-warnings was given"
        ))
        .into());
    }
    Ok(())
}
