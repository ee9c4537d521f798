//! A parents' evening from the browser: the office uploads the appointments (the CSV the
//! command line takes, saved from Excel), or asks for every plan; the app makes every
//! family's copy and the school's, the print pack in appointment order, and a zip of the
//! families' copies, in the school's `parents-evening/` folder (what an earlier evening
//! left there is replaced, as `iepress batch` replaces it). A bad row costs only itself.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::batch::{self, Batch};
use crate::diag::Diagnostic;
use crate::document::Recipient;
use crate::input::appointments;

/// The folder the evening's files are written into, in the school's folder.
pub fn folder(school_dir: &Path) -> PathBuf {
    school_dir.join("parents-evening")
}

/// The zip of the families' copies.
pub const ZIP: &str = "families.zip";

/// One appointment's line on the results page.
#[derive(Serialize)]
pub struct Line {
    pub appointment: String,
    /// The files made for it (their names in the folder).
    pub files: Vec<String>,
    /// What failed, each with its place and fix.
    pub problems: Vec<String>,
}

/// What an evening made.
#[derive(Serialize)]
pub struct Made {
    pub lines: Vec<Line>,
    pub documents: usize,
    pub failed: usize,
    /// The print pack's file name, pages and size in MB, if it was made.
    pub pack: Option<(String, usize, String)>,
    pub pack_problem: Option<String>,
    pub zip: Option<String>,
    pub seconds: String,
}

fn name_of(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// An evening being made, as the page shows it while it runs: how many documents are done
/// of how many, then what was made.
#[derive(Default)]
pub struct Running {
    done: std::sync::atomic::AtomicUsize,
    total: std::sync::atomic::AtomicUsize,
    result: std::sync::Mutex<Option<Result<Made, String>>>,
}

impl Running {
    fn finished(&self) -> bool {
        self.result
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
    }
}

/// Runs the evening: for the appointments in `csv` (a file), or for every plan; `progress`
/// is told of each document made (done, total).
pub fn run(
    school_dir: &Path,
    csv: Option<&Path>,
    progress: &dyn Fn(usize, usize),
) -> Result<Made, Diagnostic> {
    let appointments = match csv {
        Some(csv) => appointments::read_appointments(csv, school_dir, &crate::typeset::can_draw)?,
        None => appointments::every_plan(school_dir)?,
    };
    if appointments.is_empty() {
        return Err(
            Diagnostic::new("there are no appointments in the list").hint(
                "the list needs a header row (time,pupil,teacher,room) and a row an appointment",
            ),
        );
    }
    let output = folder(school_dir);
    let run = Batch {
        school_dir: school_dir.to_owned(),
        appointments,
        output: output.clone(),
        jobs: std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
        date: None,
    };
    let summary = batch::run(&run, &mut |p| progress(p.done, p.total)).map_err(|e| {
        e.into_diagnostics()
            .into_iter()
            .next()
            .unwrap_or_else(|| Diagnostic::new("the evening could not be made"))
    })?;
    let mut lines: Vec<Line> = run
        .appointments
        .iter()
        .map(|a| Line {
            appointment: a.describe(),
            files: Vec::new(),
            problems: Vec::new(),
        })
        .collect();
    let mut family_files = Vec::new();
    let (mut documents, mut failed) = (0, 0);
    for outcome in &summary.outcomes {
        let line = &mut lines[outcome.appointment];
        match &outcome.result {
            Ok(written) => {
                documents += 1;
                line.files.push(name_of(&written.path));
                if outcome.copy == Recipient::Family {
                    family_files.push(written.path.clone());
                }
            }
            Err(e) => {
                failed += 1;
                for d in e.diagnostics() {
                    let mut d = d.clone();
                    // The uploaded list is named as the office knows it, not by where the
                    // app kept it.
                    if csv.is_some_and(|csv| d.file.as_deref() == Some(csv)) {
                        d.file = Some(PathBuf::from("the appointments file"));
                    }
                    let text = with_hint(&d);
                    // A row's problem costs both its copies: said once.
                    if !line.problems.contains(&text) {
                        line.problems.push(text);
                    }
                }
            }
        }
    }
    let (pack, pack_problem) = match &summary.pack {
        Ok(p) => (
            Some((
                name_of(&p.path),
                p.pages,
                format!("{:.1}", p.bytes as f64 / 1e6),
            )),
            None,
        ),
        Err(e) => (
            None,
            Some(
                e.diagnostics()
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ),
    };
    let zip = zip_files(&output.join(ZIP), &family_files)?;
    Ok(Made {
        lines,
        documents,
        failed,
        pack,
        pack_problem,
        zip: zip.then(|| ZIP.to_owned()),
        seconds: format!("{:.1}", summary.elapsed.as_secs_f64()),
    })
}

/// Writes the families' copies into one zip (stored: PDFs do not compress), whole or not at
/// all; says whether there was any to write.
fn zip_files(path: &Path, files: &[PathBuf]) -> Result<bool, Diagnostic> {
    if files.is_empty() {
        return Ok(false);
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut bytes);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Stored);
        for file in files {
            let data = std::fs::read(file)
                .map_err(|e| Diagnostic::new(format!("{} cannot be read ({e})", file.display())))?;
            zip.start_file(name_of(file), options)
                .and_then(|()| zip.write_all(&data).map_err(Into::into))
                .map_err(|e| Diagnostic::new(format!("the zip could not be made ({e})")))?;
        }
        zip.finish()
            .map_err(|e| Diagnostic::new(format!("the zip could not be made ({e})")))?;
    }
    crate::output::write_atomically(path, &bytes.into_inner()).map_err(|e| e.diagnostic())?;
    Ok(true)
}

/// A file of the evening's folder by its name, if it is one (a plain name of a regular file
/// in the folder, never a path).
pub fn file(school_dir: &Path, name: &str) -> Option<PathBuf> {
    let folder = folder(school_dir);
    let entries = std::fs::read_dir(&folder).ok()?;
    entries
        .flatten()
        .find(|e| e.file_name().to_str() == Some(name))
        .map(|e| e.path())
        .filter(|p| std::fs::symlink_metadata(p).is_ok_and(|m| m.is_file()))
}

/// The files of the last evening, by name, sorted, for the page.
pub fn last(school_dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(folder(school_dir)) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
}

// The pages of this part of the app (see the parent module for the app and its routes).
#[allow(clippy::wildcard_imports)]
use super::*;

pub(super) async fn evening_page(State(app): State<Arc<App>>) -> Response {
    let last = evening::last(&app.school_dir);
    app.page(
        "evening.html",
        minijinja::context! { school => app.school_name, token => app.token, last => last },
    )
}

pub(super) async fn run_evening(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    mut multipart: axum::extract::Multipart,
) -> Response {
    // The form's fields: the secret, the button, and the file.
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut csv: Option<Vec<u8>> = None;
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                match field.bytes().await {
                    Ok(bytes) if name == "appointments" => {
                        if !bytes.is_empty() {
                            csv = Some(bytes.to_vec());
                        }
                    }
                    Ok(bytes) => fields.push((name, String::from_utf8_lossy(&bytes).into_owned())),
                    Err(e) => return app.error(e.status(), e.body_text()),
                }
            }
            Ok(None) => break,
            Err(e) => return app.error(e.status(), e.body_text()),
        }
    }
    if !from_the_app(&app, &headers, &fields) {
        return not_from_the_app(&app);
    }
    let every = fields.iter().any(|(k, v)| k == "action" && v == "every");
    if !every && csv.is_none() {
        return app.error(
            StatusCode::BAD_REQUEST,
            "Choose the appointments file (CSV) first, or make the documents for every plan."
                .to_owned(),
        );
    }
    // One evening at a time.
    let running = Arc::new(Running::default());
    {
        let mut current = app.evening.lock().unwrap_or_else(|e| e.into_inner());
        if current.as_ref().is_some_and(|r| !r.finished()) {
            return app.error(
                StatusCode::CONFLICT,
                "An evening is being made already: wait for it to finish (its page shows how far it is).".to_owned(),
            );
        }
        *current = Some(running.clone());
    }
    let dir = app.school_dir.clone();
    let worker = app.clone();
    // Made on a thread of its own; the page shows how far it is until it is done.
    std::thread::spawn(move || {
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        let tell = |done: usize, total: usize| {
            running
                .done
                .store(done, std::sync::atomic::Ordering::Relaxed);
            running
                .total
                .store(total, std::sync::atomic::Ordering::Relaxed);
        };
        let made = (|| match csv.filter(|_| !every) {
            Some(bytes) => {
                let folder = tempfile::Builder::new()
                    .prefix("iepress-evening-")
                    .tempdir()
                    .map_err(|e| Diagnostic::new(format!("no room for the list ({e})")))?;
                let path = folder.path().join("appointments.csv");
                std::fs::write(&path, bytes)
                    .map_err(|e| Diagnostic::new(format!("no room for the list ({e})")))?;
                evening::run(&dir, Some(&path), &tell).map_err(|mut d| {
                    // The uploaded file is named as the office knows it.
                    if d.file.as_deref() == Some(path.as_path()) {
                        d.file = Some(PathBuf::from("the appointments file"));
                    }
                    d
                })
            }
            None => evening::run(&dir, None, &tell),
        })();
        let made = made.map_err(|problem| with_hint(&problem));
        *running.result.lock().unwrap_or_else(|e| e.into_inner()) = Some(made);
    });
    (StatusCode::SEE_OTHER, [(header::LOCATION, "/evening/run")]).into_response()
}

/// The evening being made: how far it is (the page reloads itself each second, without
/// JavaScript), then what was made.
pub(super) async fn evening_run(State(app): State<Arc<App>>) -> Response {
    let running = app
        .evening
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone();
    let Some(running) = running else {
        return (StatusCode::SEE_OTHER, [(header::LOCATION, "/evening")]).into_response();
    };
    let result = running.result.lock().unwrap_or_else(|e| e.into_inner());
    match result.as_ref() {
        None => app.page(
            "evening.html",
            minijinja::context! {
                school => app.school_name, token => app.token,
                running => (
                    running.done.load(std::sync::atomic::Ordering::Relaxed),
                    running.total.load(std::sync::atomic::Ordering::Relaxed),
                ),
            },
        ),
        Some(Ok(made)) => app.page(
            "evening.html",
            minijinja::context! { school => app.school_name, token => app.token, made => made },
        ),
        Some(Err(problem)) => {
            let mut page = app.page(
                "evening.html",
                minijinja::context! {
                    school => app.school_name, token => app.token, problem => problem,
                    last => evening::last(&app.school_dir),
                },
            );
            *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            page
        }
    }
}

pub(super) async fn evening_file(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
) -> Response {
    let Some(path) = evening::file(&app.school_dir, &name) else {
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no file {name} of the evening."),
        );
    };
    let bytes = match tokio::task::spawn_blocking(move || std::fs::read(path)).await {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(e)) => return app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
        Err(e) => return app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    let content_type = if name.ends_with(".pdf") {
        "application/pdf"
    } else if name.ends_with(".zip") {
        "application/zip"
    } else {
        "application/octet-stream"
    };
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{name}\"")) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}
