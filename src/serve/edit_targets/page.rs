//! The page: a pupil's plan or a group learning plan, shown and saved.

use std::collections::BTreeMap;

use crate::diag::Diagnostic;
use crate::input::plan::KeywordSet;
use crate::input::structured::Role;
use crate::input::yaml_tree;
use crate::localize::bank;

// The app and its routes are the parent module's.
#[allow(clippy::wildcard_imports)]
use crate::serve::*;

use super::Sent;
#[allow(clippy::wildcard_imports)]
use super::change::*;
#[allow(clippy::wildcard_imports)]
use super::form::*;

/// Every name the form sent with its values, and the form's version and action.
pub(in crate::serve) fn sent_of(fields: &[(String, String)]) -> Sent {
    let mut sent = Sent::new();
    for (k, v) in fields {
        sent.entry(k.clone()).or_default().push(v.clone());
    }
    sent
}

/// The kind of file the page edits: a pupil's plan, or a group learning plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Of {
    Plan,
    Group,
}

impl Of {
    /// The file, found by its name among the school's own, or the page saying there is none.
    #[allow(clippy::result_large_err)]
    fn path(self, app: &App, name: &str) -> Result<std::path::PathBuf, Response> {
        match self {
            Of::Plan => app.plan_path(name),
            Of::Group => match crate::input::group::group_files(&app.school_dir).remove(name) {
                Some(Ok(path)) => Ok(path),
                _ => Err(app.error(
                    StatusCode::NOT_FOUND,
                    format!(
                        "There is no group plan called {name} in the school's plans/groups folder."
                    ),
                )),
            },
        }
    }

    /// The file's page in the app (`/plans/NAME`, `/groups/NAME`), and its file.
    fn base(self, name: &str) -> (String, String) {
        match self {
            Of::Plan => (plan_url(name, ""), format!("plans/{name}.yaml")),
            Of::Group => (
                plan_url(name, "").replacen("/plans/", "/groups/", 1),
                format!("plans/groups/{name}.yaml"),
            ),
        }
    }

    /// What the page calls the plan: the pupil's name, or the group's.
    fn title(self, text: &str, name: &str) -> String {
        match self {
            Of::Plan => pupil_name(text, name),
            Of::Group => name_at(text, "group").unwrap_or_else(|| name.to_owned()),
        }
    }

    /// The edited text checked as the command line reads the file, before it is written.
    fn check(self, text: &str, school: &std::path::Path) -> Result<(), Vec<Diagnostic>> {
        match self {
            Of::Plan => crate::serve::new_plan::check(text, school),
            Of::Group => {
                let no_room = |e: std::io::Error| {
                    vec![Diagnostic::new(format!("no room to check the plan ({e})"))]
                };
                let folder = tempfile::Builder::new()
                    .prefix("iepress-group-")
                    .tempdir()
                    .map_err(no_room)?;
                let path = folder.path().join("group.yaml");
                std::fs::write(&path, text).map_err(no_room)?;
                crate::input::group::load_group_in(&path, school)
                    .map(|_| ())
                    .map_err(|mut d| {
                        // The file is the form's, not one the user has: the field says where.
                        d.file = None;
                        d.position = None;
                        vec![d]
                    })
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn targets_form(
    app: &App,
    of: Of,
    name: &str,
    title: &str,
    model: &Model,
    version: &str,
    status: StatusCode,
    problems: Vec<pupils::Problem>,
    saved: bool,
    group_details: Option<(
        BTreeMap<String, String>,
        crate::serve::edit_lists::KeywordList,
    )>,
) -> Response {
    // A bank entry names the pupil: a group's copies name each family's own child.
    let short = match of {
        Of::Plan => title.split(' ').next().unwrap_or(title),
        Of::Group => "[name]",
    };
    let bank: BTreeMap<&str, Vec<crate::serve::new_plan::Choice>> = bank::KINDS
        .iter()
        .map(|kind| (*kind, crate::serve::new_plan::choices(kind, short)))
        .collect();
    let (base, file) = of.base(name);
    // A group's pupils may be any of the school's pupils.
    let school_pupils: Vec<(String, String)> = if of == Of::Group {
        crate::input::appointments::plan_files(&app.school_dir)
            .map(|plans| {
                plans
                    .into_iter()
                    .map(|(plan, path)| {
                        let shown = path
                            .ok()
                            .and_then(|p| std::fs::read_to_string(p).ok())
                            .map_or_else(|| plan.clone(), |t| pupil_name(&t, &plan));
                        (plan, shown)
                    })
                    .collect()
            })
            .unwrap_or_default()
    } else {
        Vec::new()
    };
    // A pupil the group lists without a plan stays listed (and ticked), as the file has it.
    let mut school_pupils = school_pupils;
    for p in model.pupils.iter().flatten() {
        if !school_pupils.iter().any(|(plan, _)| plan == p) {
            school_pupils.push((p.clone(), p.clone()));
        }
    }
    // A group plan's details, as the file has them (or as typed, after a refused save).
    let (details, areas) = match (of, group_details) {
        (Of::Group, Some((values, areas))) => {
            let fields: Vec<minijinja::Value> = crate::serve::edit_plan::group_fields()
                .iter()
                .map(|(path, label, kind)| {
                    minijinja::context! {
                        path => path, id => path.replace('.', "-"), label => label,
                        kind => kind, value => values.get(*path).cloned().unwrap_or_default(),
                    }
                })
                .collect();
            (fields, Some(areas))
        }
        _ => (Vec::new(), None),
    };
    let mut page = app.page(
        "edit_targets.html",
        minijinja::context! {
            school => app.school_name,
            name => name,
            group => of == Of::Group,
            details => details,
            areas => areas,
            all_areas => crate::serve::edit_lists::AREAS,
            stages => crate::serve::new_plan::STAGES,
            pupil => title,
            base => base,
            file => file,
            model => model,
            school_pupils => school_pupils,
            bank => bank,
            roles => Role::KEYS,
            results => RESULTS,
            months => crate::serve::new_plan::month_names(),
            parts => crate::serve::new_plan::PARTS_OF_DAY,
            every => EVERY,
            days => DAYS,
            token => app.token,
            version => version,
            conflict => status == StatusCode::CONFLICT,
            problems => problems,
            saved => saved,
        },
    );
    *page.status_mut() = status;
    page
}

#[derive(Deserialize)]
pub(in crate::serve) struct Saved {
    saved: Option<String>,
}

pub(in crate::serve) async fn targets_page(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    Query(query): Query<Saved>,
) -> Response {
    page_of(&app, Of::Plan, &name, query.saved.is_some())
}

pub(in crate::serve) async fn group_targets_page(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    Query(query): Query<Saved>,
) -> Response {
    page_of(&app, Of::Group, &name, query.saved.is_some())
}

fn page_of(app: &App, of: Of, name: &str, saved: bool) -> Response {
    let path = match of.path(app, name) {
        Ok(path) => path,
        Err(missing) => return missing,
    };
    let (text, version) = match crate::serve::edit_plan::plan_text(&path) {
        Ok(read) => read,
        Err(problem) => return app.error(StatusCode::UNPROCESSABLE_ENTITY, problem.to_string()),
    };
    let Some(model) = model(&text) else {
        return app.error(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("{} is not YAML the editor can read.", of.base(name).1),
        );
    };
    let title = of.title(&text, name);
    let details = group_details(of, &text, None);
    targets_form(
        app,
        of,
        name,
        &title,
        &model,
        &version,
        StatusCode::OK,
        Vec::new(),
        saved,
        details,
    )
}

/// A group plan's details and areas of need for its page: as the file has them, with what
/// a refused save sent shown over them.
fn group_details(
    of: Of,
    text: &str,
    sent: Option<&Sent>,
) -> Option<(
    BTreeMap<String, String>,
    crate::serve::edit_lists::KeywordList,
)> {
    if of != Of::Group {
        return None;
    }
    let mut values = crate::serve::edit_plan::current(text);
    let mut lists = crate::serve::edit_lists::model(text)?;
    if let Some(sent) = sent {
        for (path, ..) in crate::serve::edit_plan::group_fields() {
            if let Some(v) = one(sent, path) {
                values.insert((*path).to_owned(), v.to_owned());
            }
        }
        crate::serve::edit_lists::overlay(&mut lists, sent);
    }
    Some((values, lists.areas))
}

/// The pupil's name as the plan gives it (in the school's language), or the file's name.
pub(in crate::serve) fn pupil_name(text: &str, name: &str) -> String {
    name_at(text, "pupil.name").unwrap_or_else(|| name.to_owned())
}

/// A name at a path of the file: as written, or its first language's where the file gives
/// it in several.
fn name_at(text: &str, path: &str) -> Option<String> {
    let root = yaml_tree::parse(text)?;
    let node = root.at(path)?;
    node.scalar()
        .or_else(|| node.entries().first()?.node.scalar())
        .map(str::to_owned)
}

pub(in crate::serve) async fn save_targets(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    save_of(app, Of::Plan, name, headers, fields).await
}

pub(in crate::serve) async fn save_group_targets(
    State(app): State<Arc<App>>,
    UrlPath(name): UrlPath<String>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> Response {
    save_of(app, Of::Group, name, headers, fields).await
}

async fn save_of(
    app: Arc<App>,
    of: Of,
    name: String,
    headers: HeaderMap,
    fields: Vec<(String, String)>,
) -> Response {
    let path = match of.path(&app, &name) {
        Ok(path) => path,
        Err(missing) => return missing,
    };
    if !from_the_app(&app, &headers, &fields) {
        return not_from_the_app(&app);
    }
    let sent = sent_of(&fields);
    let version = one(&sent, "version").unwrap_or("").to_owned();
    let action = parse_action(one(&sent, "action").unwrap_or(""));
    let school = app.school_dir.clone();
    let worker = app.clone();
    let form = sent.clone();
    // Saved, or (status, the file as it is now, its version, the problems).
    let saved = tokio::task::spawn_blocking(move || {
        let _one_at_a_time = worker.saving.lock().unwrap_or_else(|e| e.into_inner());
        let (text, now) = crate::serve::edit_plan::plan_text(&path).map_err(|d| {
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                String::new(),
                String::new(),
                vec![pupils::Problem::from(&d)],
            )
        })?;
        if now != version {
            return Err((StatusCode::CONFLICT, text, now, Vec::new()));
        }
        let refused = |problems: Vec<Diagnostic>| {
            (
                StatusCode::UNPROCESSABLE_ENTITY,
                text.clone(),
                now.clone(),
                problems
                    .iter()
                    .map(pupils::Problem::from)
                    .collect::<Vec<_>>(),
            )
        };
        // A group plan's details and areas of need are on this page too.
        let details = if of == Of::Group {
            let fields = crate::serve::edit_plan::group_fields();
            let typed: BTreeMap<String, String> = form
                .iter()
                .filter(|(k, _)| fields.iter().any(|(f, ..)| f == k))
                .filter_map(|(k, v)| Some((k.clone(), v.first()?.clone())))
                .collect();
            crate::serve::edit_plan::apply_fields(&text, &typed, &fields)
                .and_then(|t| crate::serve::edit_lists::apply_areas(&t, &form))
                .map_err(|d| refused(vec![d]))?
        } else {
            text.clone()
        };
        let edited = apply(&details, &form, action).map_err(refused)?;
        if edited == text {
            return Ok(());
        }
        of.check(&edited, &school).map_err(refused)?;
        crate::output::write_atomically(&path, edited.as_bytes())
            .map_err(|e| refused(vec![e.diagnostic()]))?;
        Ok(())
    })
    .await;
    match saved {
        Ok(Ok(())) => (
            StatusCode::SEE_OTHER,
            [(
                header::LOCATION,
                format!("{}/targets?saved=1", of.base(&name).0),
            )],
        )
            .into_response(),
        Ok(Err((status, text, now, problems))) => {
            let Some(mut model) = model(&text) else {
                let message = problems
                    .first()
                    .map(|p| p.message.clone())
                    .unwrap_or_else(|| "the plan cannot be read".to_owned());
                return app.error(status, message);
            };
            // What was typed is shown again, over the plan as it is now.
            overlay(&mut model, &sent);
            let title = of.title(&text, &name);
            let details = group_details(of, &text, Some(&sent));
            targets_form(
                &app, of, &name, &title, &model, &now, status, problems, false, details,
            )
        }
        Err(e) => app.error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}
