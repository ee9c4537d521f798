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

mod edit_plan;
mod evening;
mod new_plan;
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
}

const PAGES: &[(&str, &str)] = &[
    ("layout.html", include_str!("pages/layout.html")),
    ("translations.html", include_str!("pages/translations.html")),
    ("translate.html", include_str!("pages/translate.html")),
    ("new_plan.html", include_str!("pages/new_plan.html")),
    ("evening.html", include_str!("pages/evening.html")),
    ("provision.html", include_str!("pages/provision.html")),
    ("edit_plan.html", include_str!("pages/edit_plan.html")),
    ("pupils.html", include_str!("pages/pupils.html")),
    ("plan.html", include_str!("pages/plan.html")),
    ("error.html", include_str!("pages/error.html")),
];
const CSS: &str = include_str!("pages/app.css");
const JS: &str = include_str!("pages/app.js");
const MESSAGES: &str = include_str!("../../locales/en-GB/app.ftl");

impl App {
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
            token: token()?,
            saving: std::sync::Mutex::new(()),
        })
    }

    fn page(&self, name: &str, context: minijinja::Value) -> Response {
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

/// A new secret for the forms: 16 random bytes from the system, in hex.
fn token() -> Result<String, Diagnostic> {
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

/// The app's routes.
pub fn router(app: Arc<App>) -> Router {
    Router::new()
        .route("/", get(pupils_page))
        .route("/plans/new", get(new_plan_page).post(save_new_plan))
        .route("/evening", get(evening_page).post(run_evening))
        .route("/provision", get(provision_page))
        .route("/provision/copy", get(provision_copy))
        .route("/evening/files/{file}", get(evening_file))
        .route("/plans/{name}", get(plan_page))
        .route("/plans/{name}/copy", get(copy))
        .route("/plans/{name}/edit", get(edit_page).post(save_edit))
        .route("/app.css", get(css))
        .route("/app.js", get(js))
        .route("/translations", get(translations_page))
        .route(
            "/translations/{tag}",
            get(translate_page).post(save_translations),
        )
        .fallback(not_found)
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

async fn pupils_page(State(app): State<Arc<App>>) -> Response {
    let dir = app.school_dir.clone();
    let rows = tokio::task::spawn_blocking(move || rows(&dir)).await;
    match rows {
        Ok(Ok(rows)) => app.page(
            "pupils.html",
            minijinja::context! {
                school => app.school_name,
                folder => app.school_dir.join("plans").display().to_string(),
                rows => rows,
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
        let row = rows(&dir).ok()?.into_iter().find(|r| r.name == found)?;
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
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no plan called {name} in the school's plans folder."),
        );
    };
    let languages: Vec<LanguageChoice> = LANGUAGES
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
        .collect();
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
    let Some(path) = pupils::plan_path(&app.school_dir, &name) else {
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no plan called {name} in the school's plans folder."),
        );
    };
    let made = tokio::task::spawn_blocking(move || {
        let options = Options {
            language,
            large_print,
            ..Default::default()
        };
        let prepared = prepare(&path, &options)?;
        let rendered = crate::render::render(&prepared, format)?;
        Ok::<_, crate::Error>((rendered.bytes, prepared.language.tag))
    })
    .await;
    match made {
        Ok(Ok((bytes, tag))) => document_response(bytes, &name, tag, format),
        Ok(Err(error)) => failed_document(&app, error),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// A document made for the browser: shown (the web page) or downloaded, named
/// `NAME.TAG.EXT`.
fn document_response(bytes: Vec<u8>, name: &str, tag: &str, format: Format) -> Response {
    let (content_type, attachment) = match format {
        Format::Html => ("text/html; charset=utf-8", false),
        Format::Pdf => ("application/pdf", true),
        Format::Brf => ("text/plain; charset=us-ascii", true),
        Format::Audio => ("audio/wav", true),
        Format::Mp3 => ("audio/mpeg", true),
    };
    let file = format!("{name}.{tag}.{}", format.extension());
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

/// A document that could not be made: why, with the place and the fix.
fn failed_document(app: &App, error: crate::Error) -> Response {
    let text = error
        .into_diagnostics()
        .iter()
        .map(|d| match d.hints.first() {
            Some(hint) => format!("{d} ({hint})"),
            None => d.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ");
    app.error(StatusCode::UNPROCESSABLE_ENTITY, text)
}

/// A language on the translations pages.
#[derive(Serialize)]
struct LanguageLine {
    tag: &'static str,
    name: String,
    english: String,
    dir: &'static str,
    count: usize,
}

fn language_line(language: &'static Language, count: usize) -> LanguageLine {
    let (name, english) = pupils::language_names(language);
    LanguageLine {
        tag: language.tag,
        name,
        english,
        dir: dir_of(language),
        count,
    }
}

async fn translations_page(State(app): State<Arc<App>>) -> Response {
    let dir = app.school_dir.clone();
    let source = app.source_tag.clone();
    let made = tokio::task::spawn_blocking(move || {
        // The families' languages first, each with how much is left to translate.
        let rows = rows(&dir)?;
        let mut families: Vec<LanguageLine> = Vec::new();
        for language in LANGUAGES.iter().filter(|l| l.tag != source) {
            if rows.iter().any(|r| r.language_tag == language.tag) {
                let count = crate::translate::export(&dir, language)
                    .map(|e| e.entries)
                    .unwrap_or_default();
                families.push(language_line(language, count));
            }
        }
        let others: Vec<LanguageLine> = LANGUAGES
            .iter()
            .filter(|l| l.tag != source && !families.iter().any(|f| f.tag == l.tag))
            .map(|l| language_line(l, 0))
            .collect();
        Ok::<_, Diagnostic>((families, others))
    })
    .await;
    match made {
        Ok(Ok((families, others))) => app.page(
            "translations.html",
            minijinja::context! {
                school => app.school_name, families => families, others => others,
            },
        ),
        Ok(Err(problem)) => app.error(StatusCode::INTERNAL_SERVER_ERROR, problem.to_string()),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// The language a translations address names, among those iepress writes (not the
/// school's own).
fn translation_language(app: &App, tag: &str) -> Option<&'static Language> {
    LANGUAGES
        .iter()
        .find(|l| l.tag == tag && l.tag != app.source_tag)
}

#[derive(Deserialize)]
struct SavedQuery {
    saved: Option<usize>,
}

/// The page of one language's untranslated texts; `typed` fills boxes with what a member of
/// staff typed (after a save that was refused), `conflict` says why.
async fn translate_form(
    app: &Arc<App>,
    language: &'static Language,
    typed: std::collections::BTreeMap<String, String>,
    conflict: bool,
    saved: Option<usize>,
) -> Response {
    let dir = app.school_dir.clone();
    let made = tokio::task::spawn_blocking(move || {
        let version = translations::version(&dir, language);
        let export = crate::translate::export(&dir, language)?;
        Ok::<_, crate::Error>((version, export.texts))
    })
    .await;
    let (version, mut texts) = match made {
        Ok(Ok(made)) => made,
        Ok(Err(e)) => {
            let text = e
                .into_diagnostics()
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join("; ");
            return app.error(StatusCode::INTERNAL_SERVER_ERROR, text);
        }
        Err(e) => return app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    // What was typed for a text someone else has translated meanwhile is shown too: it is
    // never dropped unseen.
    for source in typed.keys() {
        if !texts.iter().any(|t| &t.source == source) {
            texts.push(crate::translate::Untranslated {
                source: source.clone(),
                fields: vec!["translated meanwhile in the file".to_owned()],
                fuzzy: None,
            });
        }
    }
    let mut page = app.page(
        "translate.html",
        minijinja::context! {
            school => app.school_name,
            language => language_line(language, texts.len()),
            source_tag => app.source_tag,
            file => format!("translations/{}.po", language.tag),
            texts => texts,
            typed => typed,
            token => app.token,
            version => version,
            conflict => conflict,
            saved => saved,
        },
    );
    if conflict {
        *page.status_mut() = StatusCode::CONFLICT;
    }
    page
}

async fn translate_page(
    State(app): State<Arc<App>>,
    UrlPath(tag): UrlPath<String>,
    Query(query): Query<SavedQuery>,
) -> Response {
    let Some(language) = translation_language(&app, &tag) else {
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no language `{tag}` to translate the school's texts into."),
        );
    };
    translate_form(&app, language, Default::default(), false, query.saved).await
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

async fn save_translations(
    State(app): State<Arc<App>>,
    UrlPath(tag): UrlPath<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(language) = translation_language(&app, &tag) else {
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no language `{tag}` to translate the school's texts into."),
        );
    };
    if !from_the_app(&app, &headers, &fields) {
        return app.error(
            StatusCode::FORBIDDEN,
            "This form did not come from this app's own page, so it was not saved. Open the page again from the app and save from there.".to_owned(),
        );
    }
    let field = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let version = field("version").unwrap_or_default();
    // The pairs: s0 with t0, s1 with t1, ...
    let mut pairs = Vec::new();
    for (key, source) in &fields {
        if let Some(index) = key.strip_prefix('s')
            && let Some(translation) = field(&format!("t{index}"))
        {
            pairs.push((source.clone(), translation));
        }
    }
    let dir = app.school_dir.clone();
    let worker = app.clone();
    let to_save = pairs.clone();
    let saved = tokio::task::spawn_blocking(move || {
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        translations::save(&dir, language, &version, &to_save)
    })
    .await;
    match saved {
        Ok(Ok(count)) => {
            let to = format!("/translations/{}?saved={count}", language.tag);
            (StatusCode::SEE_OTHER, [(header::LOCATION, to)]).into_response()
        }
        Ok(Err(translations::Refused::Stale)) => {
            let typed = pairs
                .into_iter()
                .filter(|(_, t)| !t.trim().is_empty())
                .collect();
            translate_form(&app, language, typed, true, None).await
        }
        Ok(Err(translations::Refused::Failed(problem))) => {
            app.error(StatusCode::INTERNAL_SERVER_ERROR, problem.to_string())
        }
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// A parameter an entry needs, for the form.
#[derive(Serialize)]
struct Param {
    key: String,
    entry: String,
    param: String,
}

/// The new plan's form, with what was typed (`form`), the numbers the chosen entries need
/// (once asked for), and the problems a save found.
fn new_plan_form(
    app: &App,
    form: &std::collections::BTreeMap<String, String>,
    areas: &[String],
    params: Option<Vec<Param>>,
    problems: Vec<pupils::Problem>,
) -> Response {
    use crate::input::plan::{KeywordSet, Relationship, Role};
    let name = form
        .get("known_as")
        .filter(|n| !n.trim().is_empty())
        .or_else(|| form.get("pupil_name").filter(|n| !n.trim().is_empty()))
        .map(|n| n.trim().split(' ').next().unwrap_or("").to_owned())
        .unwrap_or_else(|| "the pupil".to_owned());
    let bank: std::collections::BTreeMap<&str, Vec<new_plan::Choice>> = [
        "strength",
        "need",
        "target",
        "strategy",
        "measure",
        "home",
        "assessment",
    ]
    .into_iter()
    .map(|kind| (kind, new_plan::choices(kind, &name)))
    .collect();
    let languages: Vec<LanguageChoice> = LANGUAGES
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
        .collect();
    let months: Vec<String> = (1..=12)
        .map(|m| {
            crate::localize::Context::new(
                LANGUAGES
                    .iter()
                    .find(|l| l.tag == crate::localize::FALLBACK_LANGUAGE)
                    .expect("English"),
                crate::localize::FALLBACK_LANGUAGE.to_owned(),
            )
            .map(|cx| cx.month_name(m))
            .unwrap_or_else(|_| m.to_string())
        })
        .collect();
    let failed = !problems.is_empty();
    let mut page = app.page(
        "new_plan.html",
        minijinja::context! {
            school => app.school_name,
            token => app.token,
            form => form,
            chosen_areas => areas,
            bank => bank,
            languages => languages,
            relationships => Relationship::KEYS,
            roles => Role::KEYS,
            stages => new_plan::STAGES,
            areas => new_plan::AREAS,
            parts => new_plan::PARTS_OF_DAY,
            sizes => vec![18, 24, 36],
            months => months,
            targets => new_plan::TARGETS,
            params => params,
            problems => problems,
        },
    );
    if failed {
        *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    page
}

async fn new_plan_page(State(app): State<Arc<App>>) -> Response {
    let mut form = std::collections::BTreeMap::new();
    form.insert("stage".to_owned(), "sen-support".to_owned());
    new_plan_form(&app, &form, &[], None, Vec::new())
}

async fn save_new_plan(
    State(app): State<Arc<App>>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    if !from_the_app(&app, &headers, &fields) {
        return app.error(
            StatusCode::FORBIDDEN,
            "This form did not come from this app's own page, so it was not saved. Open the page again from the app and save from there.".to_owned(),
        );
    }
    let areas: Vec<String> = fields
        .iter()
        .filter(|(k, _)| k == "areas")
        .map(|(_, v)| v.clone())
        .collect();
    let form: std::collections::BTreeMap<String, String> = fields
        .into_iter()
        .filter(|(k, _)| k != "areas" && k != "token")
        .collect();
    let params: Vec<Param> = new_plan::params(&form)
        .into_iter()
        .map(|(slot, param, key)| Param {
            entry: form.get(&slot).cloned().unwrap_or_default(),
            key,
            param,
        })
        .collect();
    if form.get("action").map(String::as_str) != Some("save") {
        return new_plan_form(&app, &form, &areas, Some(params), Vec::new());
    }
    let yaml = new_plan::yaml(&form, &areas);
    let stem = new_plan::file_stem(form.get("pupil_name").map(String::as_str).unwrap_or(""));
    let dir = app.school_dir.clone();
    let worker = app.clone();
    let saved = tokio::task::spawn_blocking(move || {
        new_plan::check(&yaml, &dir).map_err(|problems| {
            problems
                .iter()
                .map(pupils::Problem::from)
                .collect::<Vec<_>>()
        })?;
        if stem.is_empty() {
            return Err(vec![pupils::Problem {
                message: "the pupil's full name is missing (field `pupil.name`)".to_owned(),
                hint: Some("write it as the school knows it, such as Bilal Hussain".to_owned()),
            }]);
        }
        let path = dir.join("plans").join(format!("{stem}.yaml"));
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        if path.exists() || std::fs::symlink_metadata(&path).is_ok() {
            return Err(vec![pupils::Problem {
                message: format!("There is already a plan called plans/{stem}.yaml"),
                hint: Some(
                    "open it from the pupils page, or give the pupil's full name as it differs"
                        .to_owned(),
                ),
            }]);
        }
        crate::output::write_atomically(&path, yaml.as_bytes())
            .map_err(|e| vec![pupils::Problem::from(&e.diagnostic())])?;
        Ok(stem)
    })
    .await;
    match saved {
        Ok(Ok(stem)) => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, format!("/plans/{stem}"))],
        )
            .into_response(),
        Ok(Err(problems)) => new_plan_form(&app, &form, &areas, Some(params), problems),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

async fn evening_page(State(app): State<Arc<App>>) -> Response {
    let last = evening::last(&app.school_dir);
    app.page(
        "evening.html",
        minijinja::context! { school => app.school_name, token => app.token, last => last },
    )
}

async fn run_evening(
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
        return app.error(
            StatusCode::FORBIDDEN,
            "This form did not come from this app's own page, so it was not saved. Open the page again from the app and save from there.".to_owned(),
        );
    }
    let every = fields.iter().any(|(k, v)| k == "action" && v == "every");
    if !every && csv.is_none() {
        return app.error(
            StatusCode::BAD_REQUEST,
            "Choose the appointments file (CSV) first, or make the documents for every plan."
                .to_owned(),
        );
    }
    let dir = app.school_dir.clone();
    let worker = app.clone();
    let made = tokio::task::spawn_blocking(move || {
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        match csv.filter(|_| !every) {
            Some(bytes) => {
                let folder = tempfile::Builder::new()
                    .prefix("iepress-evening-")
                    .tempdir()
                    .map_err(|e| Diagnostic::new(format!("no room for the list ({e})")))?;
                let path = folder.path().join("appointments.csv");
                std::fs::write(&path, bytes)
                    .map_err(|e| Diagnostic::new(format!("no room for the list ({e})")))?;
                evening::run(&dir, Some(&path)).map_err(|mut d| {
                    // The uploaded file is named as the office knows it.
                    if d.file.as_deref() == Some(path.as_path()) {
                        d.file = Some(PathBuf::from("the appointments file"));
                    }
                    d
                })
            }
            None => evening::run(&dir, None),
        }
    })
    .await;
    match made {
        Ok(Ok(made)) => app.page(
            "evening.html",
            minijinja::context! { school => app.school_name, token => app.token, made => made },
        ),
        Ok(Err(problem)) => {
            let text = match problem.hints.first() {
                Some(hint) => format!("{problem} ({hint})"),
                None => problem.to_string(),
            };
            let mut page = app.page(
                "evening.html",
                minijinja::context! {
                    school => app.school_name, token => app.token, problem => text,
                    last => evening::last(&app.school_dir),
                },
            );
            *page.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
            page
        }
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

async fn evening_file(State(app): State<Arc<App>>, UrlPath(name): UrlPath<String>) -> Response {
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

async fn provision_page(State(app): State<Arc<App>>) -> Response {
    let dir = app.school_dir.clone();
    let made = tokio::task::spawn_blocking(move || {
        // Whether the school has a map to show: made once, in the school's language.
        let map = crate::document::provision_map::prepare(&dir, &Default::default());
        let problem = map.err().map(|e| {
            e.into_diagnostics()
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; ")
        });
        (problem, rows(&dir).unwrap_or_default())
    })
    .await;
    match made {
        Ok((problem, rows)) => app.page(
            "provision.html",
            minijinja::context! { school => app.school_name, problem => problem, rows => rows },
        ),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

#[derive(Deserialize)]
struct ProvisionQuery {
    pupil: Option<String>,
    lang: Option<String>,
    size: Option<String>,
    format: Option<String>,
}

async fn provision_copy(
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
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no plan called {name} in the school's plans folder."),
        );
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
        Ok::<_, crate::Error>((rendered.bytes, map.language.tag))
    })
    .await;
    match made {
        Ok(Ok((bytes, tag))) => document_response(bytes, &name, tag, format),
        Ok(Err(error)) => failed_document(&app, error),
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// The largest plan file the editor reads (a plan is a few KB).
const MAX_PLAN_BYTES: u64 = 4 * 1024 * 1024;

/// A field of the details form.
#[derive(Serialize)]
struct EditField {
    path: &'static str,
    id: String,
    label: &'static str,
    kind: edit_plan::Kind,
}

/// The plan file's text and its fingerprint.
fn plan_text(path: &std::path::Path) -> Result<(String, String), Diagnostic> {
    let bytes = crate::input::read::read(path, MAX_PLAN_BYTES)
        .map_err(|e| e.diagnostic(path, "the plan", "check the file"))?;
    let version = crate::typeset::ident(&bytes);
    let text = String::from_utf8(bytes)
        .map_err(|_| Diagnostic::in_file(path, "the plan is not UTF-8 text", "save it as UTF-8"))?;
    Ok((text, version))
}

#[allow(clippy::too_many_arguments)]
fn edit_form(
    app: &App,
    name: &str,
    pupil: &str,
    values: &std::collections::BTreeMap<String, String>,
    version: &str,
    conflict: bool,
    problems: Vec<pupils::Problem>,
) -> Response {
    let fields: Vec<EditField> = edit_plan::FIELDS
        .iter()
        .map(|(path, label, kind)| EditField {
            path,
            id: path.replace('.', "-"),
            label,
            kind: *kind,
        })
        .collect();
    let languages: Vec<LanguageChoice> = LANGUAGES
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
        .collect();
    let status = if conflict {
        StatusCode::CONFLICT
    } else if !problems.is_empty() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let mut page = app.page(
        "edit_plan.html",
        minijinja::context! {
            school => app.school_name,
            name => name,
            pupil => pupil,
            file => format!("plans/{name}.yaml"),
            fields => fields,
            values => values,
            languages => languages,
            sizes => vec![18, 24, 36],
            token => app.token,
            version => version,
            conflict => conflict,
            problems => problems,
        },
    );
    *page.status_mut() = status;
    page
}

async fn edit_page(State(app): State<Arc<App>>, UrlPath(name): UrlPath<String>) -> Response {
    let Some(path) = pupils::plan_path(&app.school_dir, &name) else {
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no plan called {name} in the school's plans folder."),
        );
    };
    match plan_text(&path) {
        Ok((text, version)) => {
            let values = edit_plan::current(&text);
            let pupil = values
                .get("pupil.name")
                .cloned()
                .unwrap_or_else(|| name.clone());
            edit_form(&app, &name, &pupil, &values, &version, false, Vec::new())
        }
        Err(problem) => app.error(StatusCode::UNPROCESSABLE_ENTITY, problem.to_string()),
    }
}

async fn save_edit(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    let Some(path) = pupils::plan_path(&app.school_dir, &name) else {
        return app.error(
            StatusCode::NOT_FOUND,
            format!("There is no plan called {name} in the school's plans folder."),
        );
    };
    if !from_the_app(&app, &headers, &fields) {
        return app.error(
            StatusCode::FORBIDDEN,
            "This form did not come from this app's own page, so it was not saved. Open the page again from the app and save from there.".to_owned(),
        );
    }
    let typed: std::collections::BTreeMap<String, String> = fields
        .iter()
        .filter(|(k, _)| edit_plan::FIELDS.iter().any(|(f, _, _)| f == k))
        .cloned()
        .collect();
    let version = fields
        .iter()
        .find(|(k, _)| k == "version")
        .map(|(_, v)| v.clone())
        .unwrap_or_default();
    let school = app.school_dir.clone();
    let worker = app.clone();
    let edits = typed.clone();
    let saved = tokio::task::spawn_blocking(move || {
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        let (text, now) = plan_text(&path)
            .map_err(|d| (false, vec![pupils::Problem::from(&d)], String::new()))?;
        if now != version {
            return Err((true, Vec::new(), now));
        }
        let edited = edit_plan::apply(&text, &edits)
            .map_err(|d| (false, vec![pupils::Problem::from(&d)], now.clone()))?;
        if edited == text {
            return Ok(());
        }
        new_plan::check(&edited, &school).map_err(|problems| {
            (
                false,
                problems.iter().map(pupils::Problem::from).collect(),
                now.clone(),
            )
        })?;
        crate::output::write_atomically(&path, edited.as_bytes()).map_err(|e| {
            (
                false,
                vec![pupils::Problem::from(&e.diagnostic())],
                now.clone(),
            )
        })?;
        Ok(())
    })
    .await;
    let pupil = typed
        .get("pupil.name")
        .cloned()
        .unwrap_or_else(|| name.clone());
    match saved {
        Ok(Ok(())) => (
            StatusCode::SEE_OTHER,
            [(header::LOCATION, format!("/plans/{name}?saved=1"))],
        )
            .into_response(),
        Ok(Err((conflict, problems, now))) => {
            edit_form(&app, &name, &pupil, &typed, &now, conflict, problems)
        }
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}
