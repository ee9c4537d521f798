//! A parents' evening in one run: for every appointment the family's copy and the school's
//! copy, each as its own tagged PDF, and one print pack with them all in appointment order.
//!
//! The entry points are [`read_appointments`] (the office's CSV), [`every_plan`] (no
//! appointment list) and [`run`]. Documents are made on plain threads, one Typst world
//! shared between them; the print pack is put together on the calling thread as documents
//! arrive, in appointment order. A bad plan or row costs only its own appointment.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::localize::{Copy, Language, PackAppointment, PackDocument};
use crate::pack::{Bookmark, Pack};
use crate::plan::{self, InputError, Position};
use crate::{Error, RenderOptions};

/// The copies made for each appointment, in the order they go into the print pack.
const COPY_ORDER: [Copy; 2] = [Copy::Family, Copy::School];
const COPIES: usize = COPY_ORDER.len();

/// The print pack's file name in the output folder.
pub const PACK_FILE: &str = "print-pack.pdf";

/// One appointment: a family meeting a teacher about a pupil's plan.
#[derive(Debug, Clone)]
pub struct Appointment {
    /// The time, as written in the list (`16:00`).
    pub time: Option<String>,
    /// The plan file's name without `.yaml` (`amira-khan`).
    pub pupil: String,
    /// The teacher.
    pub teacher: Option<String>,
    /// The room.
    pub room: Option<String>,
    /// The plan file, or why the appointment has none.
    pub plan: Result<PathBuf, InputError>,
}

impl Appointment {
    /// The start of its documents' file names: `1600-amira-khan`, or `amira-khan`.
    pub fn file_stem(&self) -> String {
        match &self.time {
            Some(time) => format!("{}-{}", time.replace(':', ""), self.pupil),
            None => self.pupil.clone(),
        }
    }

    /// How the appointment is named in messages and bookmarks: `16:00 amira-khan`.
    pub fn describe(&self) -> String {
        match &self.time {
            Some(time) => format!("{time} {}", self.pupil),
            None => self.pupil.clone(),
        }
    }
}

/// The plans in the school's `plans/` folder, by file name.
pub(crate) fn plan_files(school_dir: &Path) -> Result<BTreeMap<String, PathBuf>, InputError> {
    let dir = school_dir.join("plans");
    let entries = std::fs::read_dir(&dir).map_err(|e| {
        InputError::file(
            &dir,
            format!("cannot read the plans folder ({e})"),
            "give the school's folder, the one with school.yaml and plans/ in it",
        )
    })?;
    let mut plans = BTreeMap::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "yaml" || e == "yml")
            && let Some(stem) = path.file_stem().and_then(|s| s.to_str())
            && !stem.starts_with('.')
        {
            plans.insert(stem.to_owned(), path);
        }
    }
    Ok(plans)
}

/// Every plan in the school's `plans/` folder as an appointment of its own, by file name.
pub fn every_plan(school_dir: &Path) -> Result<Vec<Appointment>, InputError> {
    Ok(plan_files(school_dir)?
        .into_iter()
        .map(|(pupil, path)| Appointment {
            time: None,
            pupil,
            teacher: None,
            room: None,
            plan: Ok(path),
        })
        .collect())
}

/// Reads the office's appointment list: a CSV file with a header row naming the columns
/// `time`, `pupil`, `teacher` and `room` (only `pupil` is needed; others are ignored).
///
/// A row that is wrong (a pupil with no plan, a time that is not a time) becomes an
/// appointment with an error, so that it costs only itself. The whole list is refused only
/// when it cannot be read or has no `pupil` column.
pub fn read_appointments(path: &Path, school_dir: &Path) -> Result<Vec<Appointment>, InputError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        InputError::file(
            path,
            format!("cannot read the appointment list ({e})"),
            "check the file's name, and save it from the spreadsheet as CSV (UTF-8)",
        )
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let lines: Vec<&str> = text.lines().collect();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(path, &e))?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let Some(pupil_column) = column("pupil") else {
        return Err(InputError {
            file: path.to_owned(),
            position: Some(Position { line: 1, column: 1 }),
            field: None,
            message: format!(
                "the appointment list has no `pupil` column (its columns are {})",
                headers.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ")
            ),
            hint: Some(
                "the first row names the columns: time,pupil,teacher,room; `pupil` is the plan file's name without .yaml".into(),
            ),
        });
    };
    let (time_column, teacher_column, room_column) =
        (column("time"), column("teacher"), column("room"));
    let plans = plan_files(school_dir)?;
    let mut seen = BTreeSet::new();
    let mut appointments = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(path, &e))?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |p| p.line());
        let line_text = lines
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("");
        let at = |index: usize, field: &str, message: String, hint: String| InputError {
            file: path.to_owned(),
            position: Some(Position {
                line,
                column: field_column(line_text, index),
            }),
            field: Some(field.to_owned()),
            message,
            hint: Some(hint),
        };
        let cell = |index: Option<usize>| {
            index
                .and_then(|i| record.get(i))
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let pupil = cell(Some(pupil_column)).unwrap_or_default();
        let mut time = cell(time_column);
        let mut problem = None;
        if let (Some(t), Some(i)) = (&time, time_column) {
            match normalize_time(t) {
                Some(normal) => time = Some(normal),
                // Kept as written, to name the appointment; it has no documents to name.
                None => {
                    problem = Some(at(
                        i,
                        "time",
                        format!("`{t}` is not a time of day"),
                        "write the time as hours and minutes on the 24-hour clock, such as 16:00"
                            .into(),
                    ))
                }
            }
        }
        let plan = match (problem, plans.get(&pupil)) {
            (Some(p), _) => Err(p),
            (None, _) if pupil.is_empty() => Err(at(
                pupil_column,
                "pupil",
                "the row names no pupil".into(),
                "write the plan file's name without .yaml, such as amira-khan".into(),
            )),
            (None, None) => {
                let known: Vec<&str> = plans.keys().map(String::as_str).collect();
                let nearest = plan::did_you_mean(&pupil, &known)
                    .map(|k| format!("did you mean `{k}`? "))
                    .unwrap_or_default();
                Err(at(
                    pupil_column,
                    "pupil",
                    format!(
                        "no plan for `{pupil}` (looked for {})",
                        school_dir
                            .join("plans")
                            .join(format!("{pupil}.yaml"))
                            .display()
                    ),
                    format!("{nearest}`pupil` is the plan file's name without .yaml"),
                ))
            }
            (None, Some(plan)) => {
                if seen.insert((time.clone(), pupil.clone())) {
                    Ok(plan.clone())
                } else {
                    Err(at(
                        pupil_column,
                        "pupil",
                        format!(
                            "`{pupil}` is listed twice{}",
                            time.as_ref()
                                .map(|t| format!(" at {t}"))
                                .unwrap_or_default()
                        ),
                        "remove the repeated row".into(),
                    ))
                }
            }
        };
        appointments.push(Appointment {
            time,
            pupil,
            teacher: cell(teacher_column),
            room: cell(room_column),
            plan,
        });
    }
    Ok(appointments)
}

/// `16:00`, `9:05` or `16.00` as `HH:MM`; anything else is not a time.
fn normalize_time(text: &str) -> Option<String> {
    let (h, m) = text.split_once([':', '.'])?;
    let (h, m): (u32, u32) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    (h < 24 && m < 60 && text.len() <= 5).then(|| format!("{h:02}:{m:02}"))
}

/// The 1-based character column where a CSV line's field `index` starts.
fn field_column(line: &str, index: usize) -> u64 {
    let mut field = 0;
    let mut quoted = false;
    for (column, c) in line.chars().enumerate() {
        if field == index {
            return column as u64 + 1;
        }
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => field += 1,
            _ => {}
        }
    }
    line.chars().count() as u64 + 1
}

fn csv_error(path: &Path, error: &csv::Error) -> InputError {
    let line = error.position().map_or(1, |p| p.line());
    InputError {
        file: path.to_owned(),
        position: Some(Position { line, column: 1 }),
        field: None,
        message: format!("the appointment list cannot be read as CSV ({error})"),
        hint: Some("save it from the spreadsheet as CSV (UTF-8), with a header row".into()),
    }
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
    /// The pupil's name, as the plan writes it.
    pub pupil: String,
    /// The date the document is stamped with.
    pub date: plan::Date,
}

/// One document of the batch and how it went.
#[derive(Debug)]
pub struct Outcome {
    /// Its appointment (an index into [`Batch::appointments`]).
    pub appointment: usize,
    /// Whose copy it is.
    pub copy: Copy,
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
    /// How long it took.
    pub elapsed: Duration,
}

impl Summary {
    /// Whether anything failed.
    pub fn failed(&self) -> bool {
        self.pack.is_err() || self.outcomes.iter().any(|o| o.result.is_err())
    }
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
    copy: Copy,
    options: RenderOptions,
}

/// Makes every appointment's documents and the print pack.
///
/// Fails as a whole only when the school profile cannot be used or the output folder cannot
/// be made; anything else is reported per document in the summary.
pub fn run(batch: &Batch, progress: &mut dyn FnMut(&Progress)) -> Result<Summary, Error> {
    let start = Instant::now();
    let school_path = batch.school_dir.join("school.yaml");
    let school = plan::load_school(&school_path)?;
    let source = &school.source_language;
    let source_language = Language::find(&source.value.0).ok_or_else(|| {
        InputError::at(
            &school_path,
            source,
            "source_language",
            format!("unsupported language `{}`", source.value.0),
            format!("the supported languages are {}", Language::supported_list()),
        )
    })?;
    std::fs::create_dir_all(&batch.output).map_err(|error| crate::export::ExportError::Write {
        path: batch.output.clone(),
        error,
    })?;

    let mut jobs = Vec::new();
    for (index, _) in batch.appointments.iter().enumerate() {
        for copy in COPY_ORDER {
            jobs.push(Job {
                appointment: index,
                copy,
                options: RenderOptions {
                    language: (copy == Copy::School).then_some(source_language),
                    copy: Some(copy),
                    ..RenderOptions::default()
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
    let pack_file = crate::export::AtomicFile::create(&pack_path)?;
    let mut pack = Pack::new(pack_file).map_err(Error::Pack)?;
    let mut parts: Vec<Option<usize>> = vec![None; total];
    let mut pack_error = None;
    let mut joined = 0;
    std::thread::scope(|scope| {
        let (sender, receiver) = mpsc::channel();
        for _ in 0..workers {
            let sender = sender.clone();
            let (jobs, next, batch, school, school_path) =
                (&jobs, &next, batch, &school, &school_path);
            // A worker takes an appointment at a time and makes both its copies, one after
            // the other: the second reuses much of the first's layout from Typst's caches.
            scope.spawn(move || {
                'work: loop {
                    let first = COPIES * next.fetch_add(1, Ordering::Relaxed);
                    for i in first..first + COPIES {
                        let Some(job) = jobs.get(i) else {
                            break 'work;
                        };
                        let result = make(batch, job, school_path, school);
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
        Some(e) => Err(Error::Pack(e)),
        None => write_pack(
            batch,
            &school.name,
            source_language,
            &outcomes,
            &parts,
            pack,
        ),
    };
    // One flush for every file written, rather than one a file.
    crate::export::sync_folder(&batch.output)?;
    Ok(Summary {
        outcomes,
        pack,
        elapsed: start.elapsed(),
    })
}

/// Makes one document and writes it; returns it parsed for the pack.
fn make(
    batch: &Batch,
    job: &Job,
    school_path: &Path,
    school: &plan::School,
) -> Result<(Written, lopdf::Document), Error> {
    let appointment = &batch.appointments[job.appointment];
    let plan = appointment.plan.as_ref().map_err(|e| e.clone())?;
    let rendered = crate::prepare_with_school(plan, school_path, school, &job.options)?;
    let pdf = crate::to_pdf(&rendered)?;
    let whose = match job.copy {
        Copy::Family => "parent",
        Copy::School => "school",
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
    let document = lopdf::Document::load_mem(&pdf)
        .map_err(|e| Error::Pack(crate::pack::PackError::from(e)))?;
    // Flushed to disk all at once when the batch is done (see `run`).
    crate::export::write_atomically_deferred(&path, &pdf)?;
    Ok((
        Written {
            path,
            bytes: pdf.len(),
            pages: document.get_pages().len(),
            language: rendered.language,
            large_print: rendered.large_print,
            fallbacks: rendered.fallbacks.len(),
            pupil: rendered.data["pupil"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
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
    mut pack: Pack<crate::export::AtomicFile>,
) -> Result<PackWritten, Error> {
    let even = |n: usize| n + n % 2;
    // The list of appointments gives each document's first page, which depends on how many
    // pages the list itself takes: lay it out until the two agree.
    // A first guess from the number of appointments saves laying the list out twice.
    let mut cover_pages = 1 + batch.appointments.len() / 26;
    let (cover, data) = loop {
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
                            });
                            page += even(pack.pages(*part));
                        }
                        (Err(e), _) => {
                            let first = e.to_string().lines().next().unwrap_or_default().to_owned();
                            if !problems.contains(&first) {
                                problems.push(first);
                            }
                        }
                        _ => {}
                    }
                }
                PackAppointment {
                    time: appointment.time.clone(),
                    pupil,
                    teacher: appointment.teacher.clone(),
                    room: appointment.room.clone(),
                    problem: (documents.is_empty() && !problems.is_empty())
                        .then(|| problems.join("; ")),
                    documents,
                }
            })
            .collect();
        let data = crate::localize::pack_cover(language, school, &appointments)?;
        let data = serde_json::to_value(&data).expect("documents always serialize");
        let document =
            crate::compile::compile(crate::compile::Template::Pack, &data, pack_date(outcomes))?;
        let pages = document.pages().len();
        if even(pages) == even(cover_pages) {
            break ((document, appointments), data);
        }
        cover_pages = pages;
    };
    let (document, appointments) = cover;
    let date = pack_date(outcomes);
    let cover_pdf = crate::tagged_pdf(&document, &data, date, language)?;
    let cover_part = pack.add(&cover_pdf).map_err(Error::Pack)?;

    let title = data["title"].as_str().unwrap_or_default().to_owned();
    let mut order = vec![cover_part];
    let mut bookmarks = vec![Bookmark::Group {
        title: title.clone(),
        part: cover_part,
        children: vec![],
    }];
    let mut documents = 0;
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
            children.push(Bookmark::Part {
                title: crate::localize::pack_document_label(language, document)?,
                part: *part,
            });
        }
        bookmarks.push(Bookmark::Group {
            title: name,
            part: first,
            children,
        });
    }
    let (year, month, day) = (date.year, date.month, date.day);
    let (file, pages) = pack
        .finish(
            &order,
            &bookmarks,
            &crate::pack::Metadata {
                title,
                author: school.to_owned(),
                language: language.tag.to_owned(),
                date: (year, month, day),
            },
        )
        .map_err(Error::Pack)?;
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

/// The pack's date: the latest of its documents' dates, so that the same plans give the
/// same pack on any day.
fn pack_date(outcomes: &[Outcome]) -> plan::Date {
    outcomes
        .iter()
        .filter_map(|o| o.result.as_ref().ok())
        .map(|w| w.date)
        .max()
        .unwrap_or(plan::Date {
            year: 2000,
            month: 1,
            day: 1,
        })
}
