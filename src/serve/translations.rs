//! The translations page's store: the school's `translations/TAG.po`, which the command
//! line's renders already read. A save merges what a member of staff typed into the file
//! (every translation already there is kept), and is refused when the file changed since
//! the page was loaded, so that nobody's work is written over.

use std::path::Path;

use polib::message::{Message, MessageMutView};

use crate::diag::Diagnostic;
use crate::input::translations::memory_path;
use crate::localize::Language;

/// Why a save was not made.
#[derive(Debug)]
pub enum Refused {
    /// The file changed since the page was loaded (by someone else, or on disk).
    Stale,
    /// The file could not be read or written.
    Failed(Diagnostic),
}

/// The largest translations file the app reads back (a school's is a few hundred KB).
const MAX_PO_BYTES: u64 = 16 * 1024 * 1024;

/// A fingerprint of the language's translations file as it is now ("none" when there is
/// none): a page carries it, and a save from a page whose fingerprint is no longer the
/// file's is refused.
pub fn version(school_dir: &Path, language: &Language) -> String {
    let path = memory_path(school_dir, language.tag);
    match crate::input::read::read(&path, MAX_PO_BYTES) {
        Ok(bytes) => crate::typeset::ident(&bytes),
        Err(_) => "none".to_owned(),
    }
}

/// Adds `pairs` (the school's text, its translation) to the language's translations file,
/// if it is still at `expected` (see [`version`]); returns how many were saved. Empty
/// translations are left out; a text already translated gets the new translation, no
/// longer fuzzy.
pub fn save(
    school_dir: &Path,
    language: &Language,
    expected: &str,
    pairs: &[(String, String)],
) -> Result<usize, Refused> {
    let path = memory_path(school_dir, language.tag);
    if version(school_dir, language) != expected {
        return Err(Refused::Stale);
    }
    let mut catalog = if path.exists() {
        crate::input::read::within(school_dir, &path).map_err(Refused::Failed)?;
        polib::po_file::parse(&path).map_err(|e| {
            Refused::Failed(Diagnostic::in_file(
                &path,
                format!("this translations file cannot be read ({e})"),
                "mend it in a PO editor (Poedit), or move it away to start again",
            ))
        })?
    } else {
        crate::translate::new_catalog(language)
    };
    let mut saved = 0;
    for (source, translation) in pairs {
        let translation = translation.trim();
        if source.is_empty() || translation.is_empty() {
            continue;
        }
        match catalog.find_message_mut(None, source, None) {
            Some(mut message) => {
                message
                    .set_msgstr(translation.to_owned())
                    .map_err(|e| Refused::Failed(Diagnostic::new(e.to_string())))?;
                message.flags_mut().remove_flag("fuzzy");
            }
            None => catalog.append_or_update(
                Message::build_singular()
                    .with_msgid(source.clone())
                    .with_msgstr(translation.to_owned())
                    .done(),
            ),
        }
        saved += 1;
    }
    if saved == 0 {
        return Ok(0);
    }
    let mut bytes = Vec::new();
    {
        let mut writer = std::io::BufWriter::new(&mut bytes);
        polib::po_file::write(&catalog, &mut writer).map_err(|e| {
            Refused::Failed(Diagnostic::in_file(
                &path,
                format!("the translations could not be written ({e})"),
                "try again",
            ))
        })?;
    }
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| {
            Refused::Failed(Diagnostic::in_file(
                folder,
                format!("the translations folder cannot be made ({e})"),
                "check that the school's folder can be written to",
            ))
        })?;
    }
    crate::output::write_atomically(&path, &bytes).map_err(|e| Refused::Failed(e.diagnostic()))?;
    Ok(saved)
}

// The pages of this part of the app (see the parent module for the app and its routes).
#[allow(clippy::wildcard_imports)]
use super::*;

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

pub(super) async fn translations_page(State(app): State<Arc<App>>) -> Response {
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

/// The page of one language's untranslated texts; `typed` fills boxes with what a member of
/// staff typed (after a save that was refused), `conflict` says why.
pub(super) async fn translate_form(
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

pub(super) async fn translate_page(
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

pub(super) async fn save_translations(
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
        return not_from_the_app(&app);
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
