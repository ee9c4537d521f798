//! `iepress serve`: the school's folder as a local web app (issue 18).
//!
//! The folder of YAML files stays the one store; the app reads it on every request, so what
//! a page shows is what the files say now. It listens on 127.0.0.1 only. Pages are written
//! from templates embedded in the binary (minijinja, every value HTML-escaped), in English
//! from the app's own Fluent messages (`locales/en-GB/app.ftl`), and work without
//! JavaScript. Documents are made on a blocking thread, as the command line makes them.
//!
//! Routes: `/` the pupils; `/plans/NAME` one plan; `/plans/NAME/copy?lang=&size=&format=`
//! the family's copy in any language, print size and format; `/app.css`. A plan is found
//! only by its name among the school's plan files, never by a path from the request.

pub mod access;
mod edit_lists;
mod edit_plan;
mod edit_targets;
mod evening;
mod new_plan;
mod provision;
mod pupils;
mod translations;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Form;
use axum::Router;
use axum::extract::{DefaultBodyLimit, Path as UrlPath, Query, State};
use axum::http::HeaderMap;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use minijinja::Environment;
use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::document::iep::{Options, prepare};
use crate::input::plan::{LARGE_PRINT_RANGE, LargePrint};
use crate::localize::{LANGUAGES, Language};
use crate::render::Format;

pub use pupils::{Row, rows};

/// The largest request the app reads (its forms are small; a plan is a few KB).
pub const MAX_REQUEST_BYTES: usize = 1024 * 1024;

/// The app: the school's folder, its pages and its messages.
pub struct App {
    school_dir: PathBuf,
    school_name: String,
    /// The school's language (the one its texts are written in).
    source_tag: String,
    pages: Environment<'static>,
    /// A secret every form of the app's pages carries: a save without it (from another
    /// site's page, say) is refused.
    token: String,
    /// One save at a time: a save checks the file is as its page saw it, then writes it.
    saving: std::sync::Mutex<()>,
    /// The password's hash, when the app listens on the school's network (see [`access`]).
    password: Option<String>,
    sessions: access::Sessions,
    /// The parents' evening being made, or the last one made.
    evening: std::sync::Mutex<Option<Arc<evening::Running>>>,
}

const PAGES: &[(&str, &str)] = &[
    ("layout.html", include_str!("pages/layout.html")),
    ("translations.html", include_str!("pages/translations.html")),
    ("translate.html", include_str!("pages/translate.html")),
    ("new_plan.html", include_str!("pages/new_plan.html")),
    ("evening.html", include_str!("pages/evening.html")),
    ("provision.html", include_str!("pages/provision.html")),
    ("edit_plan.html", include_str!("pages/edit_plan.html")),
    ("edit_targets.html", include_str!("pages/edit_targets.html")),
    ("refused.html", include_str!("pages/refused.html")),
    ("login.html", include_str!("pages/login.html")),
    ("pupils.html", include_str!("pages/pupils.html")),
    ("plan.html", include_str!("pages/plan.html")),
    ("error.html", include_str!("pages/error.html")),
];
const CSS: &str = include_str!("pages/app.css");
const JS: &str = include_str!("pages/app.js");
const MESSAGES: &str = include_str!("../../locales/en-GB/app.ftl");

impl App {
    /// The page saying the school has no plan of that name.
    fn no_plan(&self, name: &str) -> Response {
        self.error(
            StatusCode::NOT_FOUND,
            format!("There is no plan called {name} in the school's plans folder."),
        )
    }

    /// A plan's file, found by its name among the school's plans, or the page saying
    /// there is none.
    #[allow(clippy::result_large_err)]
    fn plan_path(&self, name: &str) -> Result<PathBuf, Response> {
        pupils::plan_path(&self.school_dir, name).ok_or_else(|| self.no_plan(name))
    }

    /// The app for a school's folder (with `school.yaml` and `plans/`).
    pub fn new(school_dir: PathBuf) -> Result<App, Diagnostic> {
        let school = crate::input::load::load_school(&school_dir.join("school.yaml"))?;
        let mut pages = Environment::new();
        for (name, source) in PAGES {
            pages
                .add_template(name, source)
                .map_err(|e| Diagnostic::new(format!("the app's page {name} is broken: {e}")))?;
        }
        let bundle = Arc::new(messages()?);
        pages.add_function(
            "t",
            move |id: String,
                  kwargs: minijinja::value::Kwargs|
                  -> Result<String, minijinja::Error> {
                let mut args = FluentArgs::new();
                for key in kwargs.args() {
                    let value: minijinja::Value = kwargs.get(key)?;
                    match value.as_i64() {
                        Some(n) => args.set(key, FluentValue::from(n)),
                        None => args.set(key, FluentValue::from(value.to_string())),
                    }
                }
                Ok(message(&bundle, &id, &args))
            },
        );
        Ok(App {
            source_tag: crate::localize::source_tag(&school),
            school_dir,
            school_name: school.name.clone(),
            pages,
            token: random_hex()?,
            saving: std::sync::Mutex::new(()),
            password: None,
            sessions: access::Sessions::default(),
            evening: std::sync::Mutex::new(None),
        })
    }

    /// Asks for the school's password (set with `--set-password`) before anything else:
    /// for the app on the school's network.
    pub fn with_password(mut self) -> Result<App, Diagnostic> {
        self.password = Some(access::load(&self.school_dir)?);
        Ok(self)
    }

    fn page(&self, name: &str, context: minijinja::Value) -> Response {
        // Every page can offer to sign out when the app asks for a password.
        let context = minijinja::context! {
            locked => self.password.is_some(),
            app_token => self.token,
            ..context
        };
        match self
            .pages
            .get_template(name)
            .and_then(|t| t.render(context))
        {
            Ok(html) => Html(html).into_response(),
            Err(e) => (
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("the page could not be written: {e}"),
            )
                .into_response(),
        }
    }

    fn error(&self, status: StatusCode, text: String) -> Response {
        let mut page = self.page(
            "error.html",
            minijinja::context! { school => self.school_name, message => text },
        );
        *page.status_mut() = status;
        page
    }
}

/// A new secret (for the forms, a session): 16 random bytes from the system, in hex.
fn random_hex() -> Result<String, Diagnostic> {
    let mut bytes = [0u8; 16];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes))
        .map_err(|e| Diagnostic::new(format!("no random numbers for the app's forms ({e})")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The app's messages, in English.
fn messages() -> Result<FluentBundle<FluentResource>, Diagnostic> {
    let resource = FluentResource::try_new(MESSAGES.to_owned())
        .map_err(|_| Diagnostic::new("locales/en-GB/app.ftl does not parse"))?;
    let mut bundle = FluentBundle::new_concurrent(vec!["en-GB".parse().expect("a tag")]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|_| Diagnostic::new("locales/en-GB/app.ftl has a message twice"))?;
    Ok(bundle)
}

fn message(bundle: &FluentBundle<FluentResource>, id: &str, args: &FluentArgs) -> String {
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, Some(args), &mut errors)
        .into_owned()
}

/// A plan's page in the app: `/plans/NAME` and `rest` (the name percent-encoded, as a
/// redirect's header needs it).
fn plan_url(name: &str, rest: &str) -> String {
    const PART: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'_')
        .remove(b'.');
    let name = percent_encoding::utf8_percent_encode(name, PART);
    format!("/plans/{name}{rest}")
}

/// The app's routes.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(pupils_page))
        .route(
            "/plans/new",
            get(new_plan::new_plan_page).post(new_plan::save_new_plan),
        )
        .route(
            "/evening",
            get(evening::evening_page).post(evening::run_evening),
        )
        .route(
            "/provision",
            get(provision::provision_page).post(provision::upload),
        )
        .route("/provision/copy", get(provision::provision_copy))
        .route("/evening/run", get(evening::evening_run))
        .route("/evening/files/{file}", get(evening::evening_file))
        .route("/plans/{name}", get(plan_page))
        .route("/plans/{name}/copy", get(copy))
        .route("/groups/{name}/copy", get(group_copy))
        .route(
            "/groups/{name}/targets",
            get(edit_targets::group_targets_page).post(edit_targets::save_group_targets),
        )
        .route(
            "/plans/{name}/edit",
            get(edit_plan::edit_page).post(edit_plan::save_edit),
        )
        .route(
            "/plans/{name}/targets",
            get(edit_targets::targets_page).post(edit_targets::save_targets),
        )
        .route("/app.css", get(css))
        .route("/app.js", get(js))
        .route("/translations", get(translations::translations_page))
        .route(
            "/translations/{tag}",
            get(translations::translate_page).post(translations::save_translations),
        )
        .route("/login", get(access::login_page).post(access::login))
        .route("/logout", axum::routing::post(access::logout))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(
            app.clone(),
            access::require_login,
        ))
        .layer(DefaultBodyLimit::max(MAX_REQUEST_BYTES))
        .with_state(app)
}

/// Serves the app on `addr` until the process is stopped; `ready` is told the address it
/// listens on (the port chosen when 0 was asked for).
pub fn serve(app: App, addr: SocketAddr, ready: impl FnOnce(SocketAddr)) -> Result<(), Diagnostic> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_io()
        .build()
        .map_err(|e| Diagnostic::new(format!("the web server could not start ({e})")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
            Diagnostic::new(format!("cannot listen on {addr} ({e})"))
                .hint("another program uses that port: choose another with --port")
        })?;
        let local = listener
            .local_addr()
            .map_err(|e| Diagnostic::new(format!("cannot listen on {addr} ({e})")))?;
        ready(local);
        axum::serve(listener, router(Arc::new(app)))
            .await
            .map_err(|e| Diagnostic::new(format!("the web server stopped ({e})")))
    })
}

async fn css() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/css; charset=utf-8"),
        )],
        CSS,
    )
        .into_response()
}

async fn js() -> Response {
    (
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/javascript; charset=utf-8"),
        )],
        JS,
    )
        .into_response()
}

async fn not_found(State(app): State<Arc<App>>) -> Response {
    app.error(
        StatusCode::NOT_FOUND,
        "This page does not exist.".to_owned(),
    )
}

/// A group learning plan on the pupils page: its name, its pupils (for their copies), or
/// why it cannot be read.
#[derive(Serialize)]
struct GroupRow {
    /// Its file's name (without `.yaml`).
    name: String,
    /// The group's name, as the school writes it.
    title: String,
    /// Its pupils: plan file name and name.
    pupils: Vec<(String, String)>,
    problem: Option<String>,
}

/// The school's group plans, for the pupils page.
fn group_rows(school_dir: &std::path::Path) -> Vec<GroupRow> {
    let source = crate::input::load::load_school(&school_dir.join("school.yaml"))
        .map(|s| crate::localize::source_tag(&s))
        .unwrap_or_else(|_| crate::localize::FALLBACK_LANGUAGE.to_owned());
    let bank = crate::localize::bank::load_school_bank(school_dir, &source)
        .ok()
        .flatten();
    crate::input::group::group_files(school_dir)
        .into_iter()
        .map(|(name, file)| {
            let loaded = file.and_then(|path| {
                crate::localize::bank::with_school_entries(bank.as_ref(), || {
                    crate::input::group::load_group(&path)
                })
            });
            match loaded {
                Ok(group) => GroupRow {
                    title: group.group.source(&source).unwrap_or(&name).to_owned(),
                    pupils: group
                        .pupils
                        .iter()
                        .map(|p| {
                            let path = school_dir.join("plans").join(format!("{}.yaml", p.value));
                            let shown = crate::input::load::load_plan(&path)
                                .map(|plan| plan.pupil.name.to_string())
                                .unwrap_or_else(|_| p.value.clone());
                            (p.value.clone(), shown)
                        })
                        .collect(),
                    problem: None,
                    name,
                },
                Err(problem) => GroupRow {
                    title: name.clone(),
                    pupils: Vec::new(),
                    problem: Some(with_hint(&problem)),
                    name,
                },
            }
        })
        .collect()
}

async fn pupils_page(State(app): State<Arc<App>>) -> Response {
    let dir = app.school_dir.clone();
    let rows =
        tokio::task::spawn_blocking(move || rows(&dir).map(|rows| (rows, group_rows(&dir)))).await;
    match rows {
        Ok(Ok((rows, groups))) => app.page(
            "pupils.html",
            minijinja::context! {
                school => app.school_name,
                folder => app.school_dir.join("plans").display().to_string(),
                rows => rows,
                groups => groups,
            },
        ),
        Ok(Err(problem)) => app.error(StatusCode::INTERNAL_SERVER_ERROR, problem.to_string()),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// A language for the page's list.
#[derive(Serialize)]
struct LanguageChoice {
    tag: &'static str,
    name: String,
    english: String,
    dir: &'static str,
}

/// Every language iepress writes, for a page's list.
fn language_choices() -> Vec<LanguageChoice> {
    LANGUAGES
        .iter()
        .map(|l| {
            let (name, english) = pupils::language_names(l);
            LanguageChoice {
                tag: l.tag,
                name,
                english,
                dir: dir_of(l),
            }
        })
        .collect()
}

fn dir_of(language: &Language) -> &'static str {
    if language.script.dir() == crate::localize::Dir::Rtl {
        "rtl"
    } else {
        "ltr"
    }
}

/// One untranslated text of a copy: where it is in the plan.
#[derive(Serialize)]
struct Untranslated {
    field: String,
}

async fn plan_page(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    Query(query): Query<SavedQuery>,
) -> Response {
    let dir = app.school_dir.clone();
    let found = name.clone();
    let made = tokio::task::spawn_blocking(move || {
        let path = pupils::plan_path(&dir, &found)?;
        // This plan's row only, not every plan's.
        let row = pupils::row(&found, &path);
        let untranslated: Vec<Untranslated> = prepare(&path, &Options::default())
            .map(|p| {
                p.fallbacks
                    .into_iter()
                    .filter(|f| !f.field.starts_with("message "))
                    .map(|f| Untranslated { field: f.field })
                    .collect()
            })
            .unwrap_or_default();
        Some((row, untranslated))
    })
    .await;
    let Ok(Some((row, untranslated))) = made else {
        return app.no_plan(&name);
    };
    let languages = language_choices();
    let sizes: Vec<u32> = vec![18, 24, 36];
    app.page(
        "plan.html",
        minijinja::context! {
            school => app.school_name,
            row => row,
            languages => languages,
            sizes => sizes,
            untranslated => untranslated,
            saved => query.saved.is_some(),
        },
    )
}

/// A page after a save redirected to it (`?saved=N`).
#[derive(Deserialize)]
struct SavedQuery {
    saved: Option<usize>,
}

/// What `/plans/NAME/copy` is asked for.
#[derive(Deserialize)]
struct CopyQuery {
    lang: Option<String>,
    size: Option<String>,
    format: Option<String>,
}

/// The request's choices, checked: the language, the print size, the format.
fn choices(
    query: &CopyQuery,
) -> Result<(Option<&'static Language>, Option<LargePrint>, Format), String> {
    let language = match query.lang.as_deref().filter(|l| !l.is_empty()) {
        None => None,
        Some(tag) => Some(
            LANGUAGES
                .iter()
                .find(|l| l.tag == tag)
                .ok_or_else(|| format!("iepress does not write the language `{tag}`"))?,
        ),
    };
    let large_print = match query.size.as_deref().filter(|s| !s.is_empty()) {
        None | Some("family") => None,
        Some("clear") => Some(LargePrint::No),
        Some(size) => {
            let points: f64 = size
                .parse()
                .map_err(|_| format!("`{size}` is not a print size"))?;
            if !(LARGE_PRINT_RANGE.0..=LARGE_PRINT_RANGE.1).contains(&points) {
                return Err(format!(
                    "large print is {} to {} pt, not {size}",
                    LARGE_PRINT_RANGE.0, LARGE_PRINT_RANGE.1
                ));
            }
            Some(LargePrint::Size(points))
        }
    };
    let format = match query.format.as_deref().unwrap_or("html") {
        "html" => Format::Html,
        "pdf" => Format::Pdf,
        "brf" => Format::Brf,
        "audio" => Format::Audio,
        "mp3" => Format::Mp3,
        other => return Err(format!("`{other}` is not a format")),
    };
    Ok((language, large_print, format))
}

async fn copy(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    Query(query): Query<CopyQuery>,
) -> Response {
    let (language, large_print, format) = match choices(&query) {
        Ok(c) => c,
        Err(reason) => {
            return app.error(
                StatusCode::BAD_REQUEST,
                format!("The request could not be understood: {reason}."),
            );
        }
    };
    let path = match app.plan_path(&name) {
        Ok(path) => path,
        Err(missing) => return missing,
    };
    let made = tokio::task::spawn_blocking(move || {
        let options = Options {
            language,
            large_print,
            ..Default::default()
        };
        let prepared = prepare(&path, &options)?;
        let rendered = crate::render::render(&prepared, format)?;
        Ok::<_, crate::Error>((
            rendered.bytes,
            (prepared.language.tag, prepared.large_print),
        ))
    })
    .await;
    match made {
        Ok(Ok((bytes, tag))) => document_response(bytes, &name, tag, format),
        Ok(Err(error)) => failed_document(&app, error),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// A pupil's copy of a group learning plan (`/groups/NAME/copy?pupil=PLAN&lang=&size=&format=`),
/// the group found by its name among the school's group plans, never by a path.
async fn group_copy(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    Query(query): Query<GroupCopyQuery>,
) -> Response {
    let (language, large_print, format) = match choices(&query.copy) {
        Ok(c) => c,
        Err(reason) => {
            return app.error(
                StatusCode::BAD_REQUEST,
                format!("The request could not be understood: {reason}."),
            );
        }
    };
    let Some(Ok(path)) = crate::input::group::group_files(&app.school_dir).remove(&name) else {
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no group plan called {name} in the school's plans/groups folder."),
        );
    };
    let pupil = query.pupil.clone().unwrap_or_default();
    let made = tokio::task::spawn_blocking(move || {
        let options = Options {
            language,
            large_print,
            ..Default::default()
        };
        let prepared = crate::document::iep::prepare_group(&path, &pupil, &options)?;
        let rendered = crate::render::render(&prepared, format)?;
        Ok::<_, crate::Error>((
            rendered.bytes,
            (prepared.language.tag, prepared.large_print),
            pupil,
        ))
    })
    .await;
    match made {
        Ok(Ok((bytes, tag, pupil))) => {
            document_response(bytes, &format!("{name}.{pupil}"), tag, format)
        }
        Ok(Err(error)) => failed_document(&app, error),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// Which pupil's copy of a group plan, and the copy's choices.
#[derive(Deserialize)]
struct GroupCopyQuery {
    pupil: Option<String>,
    #[serde(flatten)]
    copy: CopyQuery,
}

/// A document made for the browser: shown (the web page) or downloaded, named
/// `NAME.TAG[.large-print].EXT` as the command line names it.
fn document_response(
    bytes: Vec<u8>,
    name: &str,
    (tag, large_print): (&str, bool),
    format: Format,
) -> Response {
    let (content_type, attachment) = match format {
        Format::Html => ("text/html; charset=utf-8", false),
        Format::Pdf => ("application/pdf", true),
        Format::Brf => ("text/plain; charset=us-ascii", true),
        Format::Audio => ("audio/wav", true),
        Format::Mp3 => ("audio/mpeg", true),
    };
    let large = if large_print { ".large-print" } else { "" };
    let file = format!("{name}.{tag}{large}.{}", format.extension());
    let disposition = if attachment {
        format!("attachment; filename=\"{file}\"")
    } else {
        format!("inline; filename=\"{file}\"")
    };
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(value) = HeaderValue::from_str(&disposition) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    response
}

/// A problem as one line for a page: where it is, what it is, and the fix.
fn with_hint(d: &Diagnostic) -> String {
    match d.hints.first() {
        Some(hint) => format!("{d} ({hint})"),
        None => d.to_string(),
    }
}

/// The answer to a form that did not come from the app's own page (see [`from_the_app`]).
fn not_from_the_app(app: &App) -> Response {
    app.error(
        StatusCode::FORBIDDEN,
        "This form did not come from this app's own page, so nothing was done. Open the page again from the app and send it from there.".to_owned(),
    )
}

/// A document that could not be made: why, with the place and the fix.
fn failed_document(app: &App, error: crate::Error) -> Response {
    let text = error
        .into_diagnostics()
        .iter()
        .map(with_hint)
        .collect::<Vec<_>>()
        .join("; ");
    app.error(StatusCode::UNPROCESSABLE_ENTITY, text)
}

/// Whether a request that changes something comes from the app's own page: its `Origin`
/// (which browsers send with every form) is this app, and the form carries the app's
/// secret.
fn from_the_app(app: &App, headers: &HeaderMap, fields: &[(String, String)]) -> bool {
    let origin_ok = match headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) {
        None => true,
        Some(origin) => {
            let host = headers
                .get(header::HOST)
                .and_then(|h| h.to_str().ok())
                .unwrap_or_default();
            origin == format!("http://{host}")
        }
    };
    let token_ok = fields
        .iter()
        .any(|(k, v)| k == "token" && v.as_bytes() == app.token.as_bytes());
    origin_ok && token_ok
}
