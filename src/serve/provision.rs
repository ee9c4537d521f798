//! The provision map's pages: the school's map and each child's copy, in any language,
//! print size and format.

#[allow(clippy::wildcard_imports)]
use super::*;

pub(super) async fn provision_page(
    State(app): State<Arc<App>>,
    Query(query): Query<SavedQuery>,
) -> Response {
    render_provision(&app, Vec::new(), false, query.saved.is_some()).await
}

async fn render_provision(
    app: &Arc<App>,
    problems: Vec<String>,
    conflict: bool,
    saved: bool,
) -> Response {
    let dir = app.school_dir.clone();
    let made = tokio::task::spawn_blocking(move || {
        // Whether the school has a map to show: made once, in the school's language.
        let map = crate::document::provision_map::prepare(&dir, &Default::default());
        // Where the provision does not reach, as the school's map says it.
        let gaps = map
            .as_ref()
            .map(|m| m.document.gaps.clone())
            .unwrap_or_default();
        let problem = map.err().map(|e| {
            e.into_diagnostics()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        });
        (problem, rows(&dir).unwrap_or_default(), version(&dir), gaps)
    })
    .await;
    match made {
        Ok((problem, rows, version, gaps)) => app.page(
            "provision.html",
            minijinja::context! {
                school => app.school_name, problem => problem, rows => rows, gaps => gaps,
                token => app.token, version => version, upload_problems => problems,
                conflict => conflict, saved => saved,
            },
        ),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

#[derive(Deserialize)]
pub(super) struct ProvisionQuery {
    pupil: Option<String>,
    lang: Option<String>,
    size: Option<String>,
    format: Option<String>,
}

pub(super) async fn provision_copy(
    State(app): State<Arc<App>>,
    Query(query): Query<ProvisionQuery>,
) -> Response {
    let asked = CopyQuery {
        lang: query.lang,
        size: query.size,
        format: query.format,
    };
    let (language, large_print, format) = match choices(&asked) {
        Ok(c) => c,
        Err(reason) => {
            return app.error(
                StatusCode::BAD_REQUEST,
                format!("The request could not be understood: {reason}."),
            );
        }
    };
    let pupil = query.pupil.filter(|p| !p.is_empty());
    // A child's copy only for a plan of the school's.
    if let Some(name) = &pupil
        && pupils::plan_path(&app.school_dir, name).is_none()
    {
        return app.no_plan(name);
    }
    let dir = app.school_dir.clone();
    let name = pupil
        .clone()
        .map_or("provision-map".to_owned(), |p| format!("provision-map.{p}"));
    let made = tokio::task::spawn_blocking(move || {
        let options = crate::document::provision_map::Options {
            pupil,
            language,
            large_print,
        };
        let map = crate::document::provision_map::prepare(&dir, &options)?;
        let rendered = crate::render::render(&map, format)?;
        Ok::<_, crate::Error>((rendered.bytes, (map.language.tag, map.large_print)))
    })
    .await;
    match made {
        Ok(Ok((bytes, tag))) => document_response(bytes, &name, tag, format),
        Ok(Err(error)) => failed_document(&app, error),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// The provision map's files in the school's folder, as `provision::load` reads them.
const FILES: [&str; 3] = ["provision.xlsx", "interventions.csv", "participants.csv"];

/// The largest file the app takes for the map (a school's workbook is well under this).
const MAX_UPLOAD: usize = 1024 * 1024;

/// A fingerprint of the provision folder's files as they are now: a page carries it, and an
/// upload from a page loaded before they changed is refused.
fn version(school_dir: &std::path::Path) -> String {
    let mut all = Vec::new();
    for name in FILES {
        all.extend_from_slice(name.as_bytes());
        if let Ok(bytes) = std::fs::read(school_dir.join("provision").join(name)) {
            all.extend_from_slice(&bytes);
        }
    }
    crate::typeset::ident(&all)
}

/// Checks the uploaded files as the command line would read them (in a copy of the school's
/// profile and plans, never the school's own folder), then puts them in the school's
/// `provision/` folder; the files they replace are kept in `provision/previous/`.
fn install(
    school_dir: &std::path::Path,
    expected: &str,
    files: &[(&'static str, Vec<u8>)],
) -> Result<(), (bool, Vec<String>)> {
    let fail = |message: String| (false, vec![message]);
    if version(school_dir) != expected {
        return Err((true, Vec::new()));
    }
    let trial = tempfile::Builder::new()
        .prefix("iepress-provision-")
        .tempdir()
        .map_err(|e| fail(format!("no room to check the files ({e})")))?;
    let root = trial.path();
    std::fs::create_dir_all(root.join("plans")).map_err(|e| fail(e.to_string()))?;
    std::fs::create_dir_all(root.join("provision")).map_err(|e| fail(e.to_string()))?;
    std::fs::copy(school_dir.join("school.yaml"), root.join("school.yaml"))
        .map_err(|e| fail(format!("school.yaml cannot be read ({e})")))?;
    if let Ok(plans) = crate::input::appointments::plan_files(school_dir) {
        for (_, path) in plans {
            if let Ok(path) = path
                && let Some(name) = path.file_name()
            {
                let _ = std::fs::copy(&path, root.join("plans").join(name));
            }
        }
    }
    for (name, bytes) in files {
        std::fs::write(root.join("provision").join(name), bytes)
            .map_err(|e| fail(e.to_string()))?;
    }
    if let Err(problems) = crate::input::provision::load(root) {
        let trial_dir = root.join("provision");
        return Err((
            false,
            problems
                .into_iter()
                .map(|mut d| {
                    // Named as the office knows the file: by its name, not the trial's path.
                    if let Some(file) = d.file.as_ref().filter(|f| f.starts_with(&trial_dir)) {
                        d.file = file.file_name().map(std::path::PathBuf::from);
                    }
                    with_hint(&d)
                })
                .collect(),
        ));
    }
    // In: the files they replace kept first, then the new ones written whole.
    let folder = school_dir.join("provision");
    let previous = folder.join("previous");
    std::fs::create_dir_all(&previous).map_err(|e| fail(e.to_string()))?;
    for name in FILES {
        let path = folder.join(name);
        if path.is_file() {
            std::fs::rename(&path, previous.join(name)).map_err(|e| fail(e.to_string()))?;
        }
    }
    for (name, bytes) in files {
        crate::output::write_atomically(&folder.join(name), bytes)
            .map_err(|e| fail(e.diagnostic().to_string()))?;
    }
    Ok(())
}

pub(super) async fn upload(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    mut multipart: axum::extract::Multipart,
) -> Response {
    let mut fields: Vec<(String, String)> = Vec::new();
    let mut files: Vec<(&'static str, Vec<u8>)> = Vec::new();
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_owned();
                let target = match name.as_str() {
                    "workbook" => Some(FILES[0]),
                    "interventions" => Some(FILES[1]),
                    "participants" => Some(FILES[2]),
                    _ => None,
                };
                match field.bytes().await {
                    Ok(bytes) if bytes.len() > MAX_UPLOAD => {
                        return app.error(
                            StatusCode::PAYLOAD_TOO_LARGE,
                            format!("The file for {name} is over 1 MiB: is it the right one?"),
                        );
                    }
                    Ok(bytes) => match target {
                        Some(file) if !bytes.is_empty() => files.push((file, bytes.to_vec())),
                        Some(_) => {}
                        None => fields.push((name, String::from_utf8_lossy(&bytes).into_owned())),
                    },
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
    let names: Vec<&str> = files.iter().map(|(n, _)| *n).collect();
    let whole = names == [FILES[0]]
        || (names.len() == 2 && names.contains(&FILES[1]) && names.contains(&FILES[2]));
    if !whole {
        return app.error(
            StatusCode::BAD_REQUEST,
            "Give the workbook alone, or both CSV files (interventions and participants)."
                .to_owned(),
        );
    }
    let version = fields
        .iter()
        .find(|(k, _)| k == "version")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let dir = app.school_dir.clone();
    let worker = app.clone();
    let done = tokio::task::spawn_blocking(move || {
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        install(&dir, &version, &files)
    })
    .await;
    match done {
        Ok(Ok(())) => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, "/provision?saved=1")],
        )
            .into_response(),
        Ok(Err((conflict, problems))) => {
            let mut page = render_provision(&app, problems, conflict, false).await;
            *page.status_mut() = if conflict {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            page
        }
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}
