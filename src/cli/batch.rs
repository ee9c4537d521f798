//! `iepress batch`: a parents' evening's documents and print pack, with a progress bar on a
//! terminal and a line a document otherwise.

use std::io::IsTerminal;
use std::path::PathBuf;

use iepress::Diagnostic;
use iepress::batch::{self, Batch};
use iepress::document::Recipient;
use iepress::input::appointments;

use super::{Failed, report};

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The school's folder (with school.yaml and plans/).
    school_dir: PathBuf,
    /// The appointment list (CSV with the columns time,pupil,teacher,room; `pupil` is the
    /// plan file's name without .yaml). Without it, every plan in plans/ is made.
    #[arg(long, value_name = "CSV")]
    appointments: Option<PathBuf>,
    /// The folder to write the documents and print-pack.pdf into (made if missing).
    #[arg(short, long, value_name = "DIR")]
    output: PathBuf,
    /// The evening's date (2027-01-21), printed on the pack's cover.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    date: Option<iepress::input::plan::Date>,
    /// How many documents to make at once; by default one for each processor.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    jobs: Option<u16>,
}

/// A date as the office writes it on the command line.
fn parse_date(text: &str) -> Result<iepress::input::plan::Date, String> {
    iepress::input::plan::Date::parse(text).map_err(|r| format!("{}; {}", r.message, r.hint))
}

/// How a copy is named in progress lines and errors.
fn copy_name(copy: Recipient) -> &'static str {
    match copy {
        Recipient::Family => "parent copy",
        Recipient::School => "school copy",
    }
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
    let appointments = match &args.appointments {
        Some(csv) => {
            appointments::read_appointments(csv, &args.school_dir, &iepress::typeset::can_draw)
        }
        None => appointments::every_plan(&args.school_dir),
    }?;
    if appointments.is_empty() {
        return Err(Diagnostic::new(format!(
            "there are no appointments to make documents for ({})",
            match &args.appointments {
                Some(csv) => format!("{} has no rows", csv.display()),
                None => format!("{} has no plans", args.school_dir.join("plans").display()),
            }
        ))
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
        date: args.date,
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
    let summary = batch::run(&run, &mut |progress| {
        let line = match &progress.outcome.result {
            Ok(w) => format!(
                "[{}/{}] wrote {}",
                progress.done,
                progress.total,
                w.path.display()
            ),
            Err(_) => format!(
                "[{}/{}] failed: {} ({}) (the reason is given at the end)",
                progress.done,
                progress.total,
                run.appointments[progress.outcome.appointment].describe(),
                copy_name(progress.outcome.copy),
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
        Err(e) => {
            for d in e.diagnostics() {
                eprintln!("{}", report("error", d));
            }
        }
    }
    if !summary.removed.is_empty() {
        eprintln!(
            "removed {} {} an earlier batch wrote into {} and this one did not make: {}",
            summary.removed.len(),
            if summary.removed.len() == 1 {
                "file"
            } else {
                "files"
            },
            args.output.display(),
            summary
                .removed
                .iter()
                .filter_map(|p| p.file_name())
                .map(|n| n.to_string_lossy())
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    // The same advice as `iepress lint`, counted: the plans of this evening.
    let mut plans: Vec<&std::path::Path> = run
        .appointments
        .iter()
        .filter_map(|a| a.plan.as_ref().ok().map(std::path::PathBuf::as_path))
        .collect();
    plans.sort();
    plans.dedup();
    let advised = iepress::lint::count_findings(&args.school_dir, &plans);
    let findings: usize = advised.iter().sum();
    if findings > 0 {
        eprintln!(
            "advice: {findings} finding(s) on {} of the {} plans\nhint: `iepress lint {}` lists them, each with its place and how to mend it",
            advised.iter().filter(|n| **n > 0).count(),
            plans.len(),
            args.school_dir.display()
        );
    }
    // How much of the school's text the families read in their own languages.
    let other: Vec<_> = written
        .iter()
        .filter(|w| w.language.tag != iepress::localize::FALLBACK_LANGUAGE)
        .collect();
    let (reached, of) = other.iter().fold((0, 0), |(r, o), w| {
        (r + w.school_texts.0, o + w.school_texts.1)
    });
    if of > 0 {
        eprintln!(
            "{reached} of {of} of the school's texts reached the family's language (in the {} {} not in English)",
            other.len(),
            if other.len() == 1 { "copy" } else { "copies" }
        );
    }
    for d in iepress::input::translations::unread_files(&args.school_dir) {
        eprintln!("{}", super::report("warning", &d));
    }
    // Each family whose copy still has some of the school's words in the school's
    // language, by name, with how many.
    let fell_back: Vec<_> = written.iter().filter(|w| w.fallbacks > 0).collect();
    if !fell_back.is_empty() {
        eprintln!(
            "warning: {} {} some of the school's text in the school's language, for want of a translation:",
            fell_back.len(),
            if fell_back.len() == 1 {
                "copy shows"
            } else {
                "copies show"
            },
        );
        for w in &fell_back {
            let (reached, of) = w.school_texts;
            let missing = of.saturating_sub(reached).max(1);
            eprintln!(
                "  {} ({}): {missing} of {of} {} not in {}",
                w.pupil,
                w.path.file_name().unwrap_or_default().to_string_lossy(),
                if of == 1 { "text" } else { "texts" },
                w.language.name,
            );
        }
        let tags: std::collections::BTreeSet<&str> =
            fell_back.iter().map(|w| w.language.tag).collect();
        for tag in tags {
            eprintln!(
                "hint: `iepress translate export {} --lang {tag} -o {tag}.po` lists the texts to translate into {tag}",
                args.school_dir.display()
            );
        }
    }
    // Each failure once, under its appointment; a copy is named only when the other copy
    // did not fail the same way.
    let failures = summary.failures();
    for failure in &failures {
        let which: String = failure
            .copies
            .iter()
            .map(|c| format!(" ({})", copy_name(*c)))
            .collect();
        let appointment = run.appointments[failure.appointment].describe();
        for d in &failure.diagnostics {
            eprintln!("{}", report(&format!("error: {appointment}{which}"), d));
        }
    }
    let mut failed_appointments: Vec<usize> = failures.iter().map(|f| f.appointment).collect();
    failed_appointments.dedup();
    if !failed_appointments.is_empty() {
        return Err(Diagnostic::new(format!(
            "{} of {} appointments are missing documents; correct the errors above and run the batch again",
            failed_appointments.len(),
            run.appointments.len()
        ))
        .into());
    }
    if summary.failed() {
        return Err(
            Diagnostic::new("every document was written, but the print pack was not").into(),
        );
    }
    Ok(())
}
