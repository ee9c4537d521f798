//! A parents' evening in one run: for every appointment the family's copy and the school's
//! copy, each as its own tagged PDF, and one print pack with them all in appointment order.
//!
//! The entry point is [`run`], given the appointments (`crate::input::appointments` reads
//! the office's CSV, or takes every plan when there is none). Documents are made on plain threads, one Typst world
//! shared between them; the print pack is put together on the calling thread as documents
//! arrive, in appointment order. A bad plan or row costs only its own appointment.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub mod pack;

use pack::{Bookmark, Pack};

use crate::diag::Diagnostic;
use crate::document::Recipient;
use crate::document::iep;
use crate::document::pack_cover::{self, PackAppointment, PackDocument};
use crate::error::Error;
use crate::input::appointments::Appointment;
use crate::input::load;
use crate::input::plan::{Date, School};
use crate::localize::Language;
use crate::output::{self, AtomicFile};
use crate::typeset;

/// The copies made for each appointment, in the order they go into the print pack.
const COPY_ORDER: [Recipient; 2] = [Recipient::Family, Recipient::School];
const COPIES: usize = COPY_ORDER.len();

/// The print pack's file name in the output folder.
pub const PACK_FILE: &str = "print-pack.pdf";

/// The list of the files a batch wrote, kept in its output folder, so that the next batch
/// into the folder removes those it does not make again: an earlier evening's copies are
/// not printed with this one's.
pub const CONTENTS_FILE: &str = ".iepress-batch";

/// The files an earlier batch listed in the folder: plain PDF names only, so that a changed
/// list can never name a file elsewhere.
fn earlier_contents(output: &Path) -> Vec<String> {
    let Ok(bytes) = crate::input::read::read(&output.join(CONTENTS_FILE), 1024 * 1024) else {
        return Vec::new();
    };
    String::from_utf8_lossy(&bytes)
        .lines()
        .map(str::trim)
        .filter(|name| {
            !name.starts_with(['#', '.'])
                && name.ends_with(".pdf")
                && !name.contains(['/', '\\'])
                && Path::new(name).file_name() == Some(std::ffi::OsStr::new(name))
        })
        .map(str::to_owned)
        .collect()
}

/// Removes the files an earlier batch wrote that this one did not, and lists this batch's
/// files for the next. Returns the files removed.
fn replace_contents(
    output: &Path,
    earlier: &[String],
    written: &[PathBuf],
) -> Result<Vec<PathBuf>, crate::output::WriteError> {
    let now: std::collections::BTreeSet<String> = written
        .iter()
        .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
        .collect();
    let mut removed = Vec::new();
    for name in earlier.iter().filter(|name| !now.contains(*name)) {
        let path = output.join(name);
        // Only a regular file: a link or a folder of that name is not one iepress wrote.
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_file()) {
            std::fs::remove_file(&path).map_err(|error| crate::output::WriteError {
                path: path.clone(),
                error,
            })?;
            removed.push(path);
        }
    }
    let mut list = String::from(
        "# The files the last iepress batch wrote into this folder. The next batch into it\n\
         # removes those it does not make again, so that no earlier evening's copy is printed.\n",
    );
    for name in &now {
        list.push_str(name);
        list.push('\n');
    }
    output::write_atomically_deferred(&output.join(CONTENTS_FILE), list.as_bytes())?;
    Ok(removed)
}

/// What to run.
#[derive(Debug, Clone)]
pub struct Batch {
    /// The school's folder (with `school.yaml` and `plans/`).
    pub school_dir: PathBuf,
    /// The appointments, in order.
    pub appointments: Vec<Appointment>,
    /// The folder to write into (made if missing).
    pub output: PathBuf,
    /// How many documents to make at once.
    pub jobs: usize,
    /// The evening's date, for the pack's cover, when the office gives it.
    pub date: Option<Date>,
}

/// A document that was written.
#[derive(Debug, Clone)]
pub struct Written {
    /// The file.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: usize,
    /// Its number of pages.
    pub pages: usize,
    /// Its language.
    pub language: &'static Language,
    /// Whether it is in large print.
    pub large_print: bool,
    /// How many texts are shown in another language for want of a translation.
    pub fallbacks: usize,
    /// How many of the school's texts reached its language, of how many it shows.
    pub school_texts: (usize, usize),
    /// The pupil's name, as the plan writes it.
    pub pupil: String,
    /// The date the document is stamped with.
    pub date: Date,
}

/// One document of the batch and how it went.
#[derive(Debug)]
pub struct Outcome {
    /// Its appointment (an index into [`Batch::appointments`]).
    pub appointment: usize,
    /// Whose copy it is.
    pub copy: Recipient,
    /// The file written, or why not.
    pub result: Result<Written, Error>,
}

/// The print pack that was written.
#[derive(Debug, Clone)]
pub struct PackWritten {
    /// The file.
    pub path: PathBuf,
    /// Its size in bytes.
    pub bytes: usize,
    /// Its number of pages.
    pub pages: usize,
    /// How many documents it holds.
    pub documents: usize,
}

/// What a batch did.
#[derive(Debug)]
pub struct Summary {
    /// Every document, in appointment order.
    pub outcomes: Vec<Outcome>,
    /// The print pack, or why it could not be made.
    pub pack: Result<PackWritten, Error>,
    /// The files an earlier batch wrote into the folder that this one did not make again,
    /// now removed.
    pub removed: Vec<PathBuf>,
    /// How long it took.
    pub elapsed: Duration,
}

impl Summary {
    /// Whether anything failed.
    pub fn failed(&self) -> bool {
        self.pack.is_err() || self.outcomes.iter().any(|o| o.result.is_err())
    }

    /// Every failure once, by appointment, in appointment order: what went wrong, and
    /// which copies it cost, or `None` when it cost every copy of the appointment (both
    /// copies of a plan that cannot be read fail the same way).
    pub fn failures(&self) -> Vec<Failure> {
        let mut failures: Vec<Failure> = Vec::new();
        for outcome in &self.outcomes {
            let Err(error) = &outcome.result else {
                continue;
            };
            let diagnostics = error.diagnostics().to_vec();
            match failures
                .iter_mut()
                .find(|f| f.appointment == outcome.appointment && f.diagnostics == diagnostics)
            {
                Some(failure) => failure.copies.push(outcome.copy),
                None => failures.push(Failure {
                    appointment: outcome.appointment,
                    copies: vec![outcome.copy],
                    diagnostics,
                }),
            }
        }
        for failure in &mut failures {
            let made = self
                .outcomes
                .iter()
                .filter(|o| o.appointment == failure.appointment)
                .count();
            if failure.copies.len() == made {
                failure.copies.clear();
            }
        }
        failures.sort_by_key(|f| f.appointment);
        failures
    }
}

/// One way an appointment's documents failed.
#[derive(Debug, Clone)]
pub struct Failure {
    /// The appointment (an index into [`Batch::appointments`]).
    pub appointment: usize,
    /// The copies it cost; empty when it cost them all.
    pub copies: Vec<Recipient>,
    /// What went wrong.
    pub diagnostics: Vec<Diagnostic>,
}

/// Progress, reported on the calling thread after each document.
#[derive(Debug)]
pub struct Progress<'a> {
    /// Documents finished so far.
    pub done: usize,
    /// Documents in all.
    pub total: usize,
    /// The one just finished.
    pub outcome: &'a Outcome,
}

/// A document to make.
struct Job {
    appointment: usize,
    copy: Recipient,
    options: iep::Options,
}

/// Makes every appointment's documents and the print pack.
///
/// Fails as a whole only when the school profile cannot be used or the output folder cannot
/// be made; anything else is reported per document in the summary.
pub fn run(batch: &Batch, progress: &mut dyn FnMut(&Progress)) -> Result<Summary, Error> {
    let start = Instant::now();
    let school_path = batch.school_dir.join("school.yaml");
    let school = load::load_school(&school_path)?;
    // Read once for every document, as the school profile is.
    let school_bank = iep::load_school_bank(&school_path, &school)?;
    let source = &school.source_language;
    let source_language = Language::find(&source.value.0).ok_or_else(|| {
        iep::unsupported(&school_path, source, "source_language", &source.value.0)
    })?;
    let _held = output::hold_folder(&batch.output)?;
    let earlier = earlier_contents(&batch.output);

    let mut jobs = Vec::new();
    for (index, _) in batch.appointments.iter().enumerate() {
        for copy in COPY_ORDER {
            jobs.push(Job {
                appointment: index,
                copy,
                options: iep::Options {
                    language: (copy == Recipient::School).then_some(source_language),
                    copy: Some(copy),
                    ..iep::Options::default()
                },
            });
        }
    }
    let total = jobs.len();
    let next = AtomicUsize::new(0);
    let workers = batch.jobs.clamp(1, total.max(1));
    let mut outcomes: Vec<Option<Outcome>> = (0..total).map(|_| None).collect();
    let mut documents: Vec<Option<lopdf::Document>> = (0..total).map(|_| None).collect();
    let pack_path = batch.output.join(PACK_FILE);
    let pack_file = AtomicFile::create(&pack_path)?;
    let mut pack = Pack::new(pack_file)?;
    let mut parts: Vec<Option<usize>> = vec![None; total];
    let mut pack_error = None;
    let mut joined = 0;
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::channel();
        for _ in 0..workers {
            let sender = sender.clone();
            let (jobs, next, batch, school, school_path, school_bank) = (
                &jobs,
                &next,
                batch,
                &school,
                &school_path,
                school_bank.as_ref(),
            );
            // A worker takes an appointment at a time and makes both its copies, one after
            // the other: the second reuses much of the first's layout from Typst's caches.
            scope.spawn(move || {
                'work: loop {
                    let first = COPIES * next.fetch_add(1, Ordering::Relaxed);
                    for i in first..first + COPIES {
                        let Some(job) = jobs.get(i) else {
                            break 'work;
                        };
                        let result = make(batch, job, school_path, school, school_bank);
                        if sender.send((i, result)).is_err() {
                            break 'work;
                        }
                    }
                }
            });
        }
        drop(sender);
        let mut done = 0;
        for (i, result) in receiver {
            done += 1;
            let job = &jobs[i];
            let result = result.map(|(written, document)| {
                documents[i] = Some(document);
                written
            });
            let outcome = Outcome {
                appointment: job.appointment,
                copy: job.copy,
                result,
            };
            progress(&Progress {
                done,
                total,
                outcome: &outcome,
            });
            outcomes[i] = Some(outcome);
            // Join documents onto the pack in order, as soon as all before them are in.
            while joined < total && outcomes[joined].is_some() {
                if let Some(document) = documents[joined].take()
                    && pack_error.is_none()
                {
                    match pack.add_document(document) {
                        Ok(part) => parts[joined] = Some(part),
                        Err(e) => pack_error = Some(e),
                    }
                }
                joined += 1;
            }
            // Typst's caches keep what documents share (fonts, templates) and forget the
            // rest: without this, memory grows by a megabyte or two a document.
            if done % workers == 0 {
                comemo::evict(2);
            }
        }
    });
    comemo::evict(0);
    let outcomes: Vec<Outcome> = outcomes.into_iter().flatten().collect();
    let pack = match pack_error {
        Some(e) => Err(e.into()),
        None => write_pack(
            batch,
            &school.name,
            source_language,
            &outcomes,
            &parts,
            pack,
        ),
    };
    let mut written: Vec<PathBuf> = outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().ok().map(|w| w.path.clone()))
        .collect();
    if let Ok(pack) = &pack {
        written.push(pack.path.clone());
    }
    let removed = replace_contents(&batch.output, &earlier, &written)?;
    // One flush for every file written, rather than one a file.
    output::sync_folder(&batch.output)?;
    Ok(Summary {
        outcomes,
        pack,
        removed,
        elapsed: start.elapsed(),
    })
}

/// Makes one document and writes it; returns it parsed for the pack.
fn make(
    batch: &Batch,
    job: &Job,
    school_path: &Path,
    school: &School,
    school_bank: Option<&crate::localize::bank::SchoolBank>,
) -> Result<(Written, lopdf::Document), Error> {
    let appointment = &batch.appointments[job.appointment];
    let plan = appointment.plan.as_ref().map_err(|e| e.clone())?;
    let rendered = iep::prepare_with_school(plan, school_path, school, school_bank, &job.options)?;
    let pdf = crate::render::pdf(&rendered)?;
    let whose = match job.copy {
        Recipient::Family => "parent",
        Recipient::School => "school",
    };
    let large = if rendered.large_print {
        ".large-print"
    } else {
        ""
    };
    let path = batch.output.join(format!(
        "{}.{whose}.{}{large}.pdf",
        appointment.file_stem(),
        rendered.language.tag
    ));
    let document = lopdf::Document::load_mem(&pdf).map_err(pack::PackError::from)?;
    // Flushed to disk all at once when the batch is done (see `run`).
    output::write_atomically_deferred(&path, &pdf)?;
    Ok((
        Written {
            path,
            bytes: pdf.len(),
            pages: document.get_pages().len(),
            language: rendered.language,
            large_print: rendered.large_print,
            fallbacks: rendered.fallbacks.len(),
            school_texts: rendered.school_texts_reached(),
            pupil: rendered.document.pupil.clone(),
            date: rendered.date,
        },
        document,
    ))
}

/// Puts the first pages in front of the documents and writes the print pack.
fn write_pack(
    batch: &Batch,
    school: &str,
    language: &'static Language,
    outcomes: &[Outcome],
    parts: &[Option<usize>],
    mut pack: Pack<AtomicFile>,
) -> Result<PackWritten, Error> {
    let even = |n: usize| n + n % 2;
    // The list of appointments gives each document's first page, which depends on how many
    // pages the list itself takes: lay it out until the two agree.
    // A first guess from the number of appointments saves laying the list out twice.
    let mut cover_pages = 1 + batch.appointments.len() / 26;
    let (laid, appointments, cover) = loop {
        let mut page = even(cover_pages) + 1;
        let appointments: Vec<PackAppointment> = batch
            .appointments
            .iter()
            .enumerate()
            .map(|(index, appointment)| {
                let mine = outcomes
                    .iter()
                    .zip(parts)
                    .filter(|(o, _)| o.appointment == index);
                let mut documents = Vec::new();
                let mut problems = Vec::new();
                let mut pupil = appointment.pupil.clone();
                for (outcome, part) in mine {
                    match (&outcome.result, part) {
                        (Ok(w), Some(part)) => {
                            pupil = w.pupil.clone();
                            documents.push(PackDocument {
                                copy: outcome.copy,
                                language: w.language,
                                large_print: w.large_print,
                                page,
                                untranslated: w.school_texts.1.saturating_sub(w.school_texts.0),
                            });
                            page += even(pack.pages(*part));
                        }
                        (Err(e), _) => {
                            // The message, with the summary's did-you-mean when it has one.
                            let text = e.to_string();
                            let mut first = text.lines().next().unwrap_or_default().to_owned();
                            if let Some(guess) = e
                                .diagnostics()
                                .iter()
                                .flat_map(|d| &d.hints)
                                .find(|h| h.starts_with("did you mean"))
                            {
                                let guess =
                                    guess.split_once('?').map_or(guess.as_str(), |(q, _)| q);
                                first = format!("{first} ({guess}?)");
                            }
                            if !problems.contains(&first) {
                                problems.push(first);
                            }
                        }
                        _ => {}
                    }
                }
                // What the list quotes (a file's name, a cell, an error) is made drawable,
                // so that one appointment's text never costs the whole pack.
                let shown = |text: &Option<String>| text.as_deref().map(typeset::drawable);
                PackAppointment {
                    time: shown(&appointment.time),
                    pupil: typeset::drawable(&pupil),
                    teacher: shown(&appointment.teacher),
                    room: shown(&appointment.room),
                    problem: (documents.is_empty() && !problems.is_empty())
                        .then(|| typeset::drawable(&problems.join("; "))),
                    documents,
                }
            })
            .collect();
        let cover = pack_cover::build(language, school, &appointments, batch.date)?;
        let laid = typeset::lay_out(&cover, pack_date(outcomes))?;
        let pages = laid.pages();
        if even(pages) == even(cover_pages) {
            break (laid, appointments, cover);
        }
        cover_pages = pages;
    };
    let date = pack_date(outcomes);
    let cover_pdf = laid.pdf(language)?;
    let cover_part = pack.add(&cover_pdf)?;

    let title = cover.frame.title.clone();
    let mut order = vec![cover_part];
    let mut bookmarks = vec![Bookmark::Group {
        title: title.clone(),
        part: cover_part,
        children: vec![],
    }];
    let mut documents = 0;
    let mut first_stamps: Vec<(usize, String)> = Vec::new();
    for (index, appointment) in appointments.iter().enumerate() {
        let mine: Vec<(usize, &PackDocument)> = outcomes
            .iter()
            .zip(parts)
            .filter(|(o, _)| o.appointment == index)
            .filter_map(|(_, p)| *p)
            .zip(&appointment.documents)
            .collect();
        let Some(&(first, _)) = mine.first() else {
            continue;
        };
        let mut name = batch.appointments[index]
            .time
            .iter()
            .cloned()
            .chain([appointment.pupil.clone()])
            .collect::<Vec<_>>()
            .join(" ");
        let with: Vec<&str> = [&appointment.teacher, &appointment.room]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        if !with.is_empty() {
            name = format!("{name} – {}", with.join(", "));
        }
        let mut children = Vec::new();
        for (part, document) in &mine {
            order.push(*part);
            documents += 1;
            let label = pack_cover::document_label(language, document)?;
            // The copy's first page is stamped with its appointment and which copy it is.
            let when: Vec<String> = [&appointment.time, &appointment.room]
                .into_iter()
                .flatten()
                .cloned()
                .chain([appointment.pupil.clone(), label.clone()])
                .collect();
            first_stamps.push((*part, when.join(" · ")));
            children.push(Bookmark::Part {
                title: label,
                part: *part,
            });
        }
        bookmarks.push(Bookmark::Group {
            title: name,
            part: first,
            children,
        });
    }
    // Every page's number in the pack (the blank backs counted, not stamped), and each
    // copy's appointment on its first page, laid over the pages.
    let mut stamps = Vec::new();
    let mut number = 1;
    for &part in &order {
        let count = pack.pages(part);
        for i in 0..count {
            let appointment = (i == 0)
                .then(|| first_stamps.iter().find(|(p, _)| *p == part))
                .flatten()
                .map(|(_, a)| typeset::drawable(a));
            stamps.push((number + i, appointment));
        }
        number += even(count);
    }
    // Laid out in sheets of a few hundred pages, so that memory stays small for a large
    // evening; untagged, as everything on them is drawn as an artifact.
    let mut targets = pack_pages(&pack, &order).into_iter();
    for chunk in stamps.chunks(STAMPS_A_SHEET) {
        let sheet = pack_cover::stamps(language, school, chunk)?;
        let pdf = typeset::lay_out(&sheet, date)?.untagged_pdf()?;
        let pages: Vec<_> = targets.by_ref().take(chunk.len()).collect();
        pack.stamp(&pages, &pdf)?;
    }
    let (year, month, day) = (date.year, date.month, date.day);
    let (file, pages) = pack.finish(
        &order,
        &bookmarks,
        &pack::Metadata {
            title,
            author: school.to_owned(),
            language: language.tag.to_owned(),
            date: (year, month, day),
        },
    )?;
    let path = batch.output.join(PACK_FILE);
    file.commit_deferred()?;
    let bytes = std::fs::metadata(&path).map_or(0, |m| m.len() as usize);
    Ok(PackWritten {
        path,
        bytes,
        pages,
        documents,
    })
}

/// How many pages of stamps are laid out at once.
const STAMPS_A_SHEET: usize = 400;

/// The pack's pages that get a stamp, in order: each part's pages (blank backs aside), as
/// (part, page within it).
fn pack_pages<W: std::io::Write>(pack: &Pack<W>, order: &[usize]) -> Vec<(usize, usize)> {
    order
        .iter()
        .flat_map(|&part| (0..pack.pages(part)).map(move |i| (part, i)))
        .collect()
}

/// The pack's date: the latest of its documents' dates, so that the same plans give the
/// same pack on any day.
fn pack_date(outcomes: &[Outcome]) -> Date {
    outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().ok())
        .map(|w| w.date)
        .max()
        .unwrap_or(Date {
            year: 2000,
            month: 1,
            day: 1,
        })
}
