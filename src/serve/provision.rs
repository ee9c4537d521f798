//! The provision map's pages: the school's map and each child's copy, in any language,
//! print size and format.

#[allow(clippy::wildcard_imports)]
use super::*;

pub(super) async fn provision_page(State(app): State<Arc<App>>) -> Response {
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
