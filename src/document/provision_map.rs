//! The provision map: the school's costed map of extra support (by area of need, with
//! totals, impact and gaps), or a parent's copy with their child's support marked. Its
//! model, and [`prepare`], which makes it from the school's folder in one language.

use std::path::Path;

use serde::Serialize;

use super::iep::unsupported;
use super::{Document, Frame, Kind, Prepared, frame};
use crate::diag::{Diagnostic, did_you_mean};
use crate::error::Error;
use crate::input::load;
use crate::input::plan::{Date, LargePrint, School};
use crate::input::provision::{self, AREAS, Provision};
use crate::localize::{Context, Fallback, Field, Language, LocaleError, num, s, source_tag};

impl Document for ProvisionMap {
    const KIND: Kind = Kind::ProvisionMap;
    fn frame(&self) -> &Frame {
        &self.frame
    }
}

/// What to put in a provision map.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// For a parent's copy, the pupil (their plan file's name); the school's map otherwise.
    pub pupil: Option<String>,
    /// The language; by default the family's for a parent's copy, the school's otherwise.
    pub language: Option<&'static Language>,
    /// Large print; by default what the pupil's plan asks for, or none.
    pub large_print: Option<LargePrint>,
}

/// Makes a school's provision map, or a parent's copy of it, from the school's folder
/// (`school.yaml`, `plans/` and `provision/`).
pub fn prepare(school_dir: &Path, options: &Options) -> Result<Prepared<ProvisionMap>, Error> {
    let school_path = school_dir.join("school.yaml");
    let school = load::load_school(&school_path)?;
    let source = &school.source_language;
    let source_language = Language::find(&source.value.0)
        .ok_or_else(|| unsupported(&school_path, source, "source_language", &source.value.0))?;
    let map = provision::load(school_dir)?;
    let plan = match &options.pupil {
        Some(pupil) => Some(map.plans.get(pupil).ok_or_else(|| {
            let known: Vec<&str> = map.plans.keys().map(String::as_str).collect();
            let nearest = did_you_mean(pupil, &known)
                .map(|k| format!("did you mean `{k}`? "))
                .unwrap_or_default();
            Diagnostic::in_file(
                &school_dir.join("plans"),
                format!("there is no plan for `{pupil}`"),
                format!("{nearest}give the plan file's name without .yaml"),
            )
        })?),
        None => None,
    };
    let language = match (options.language, plan) {
        (Some(l), _) => l,
        (None, Some(p)) => {
            let family = &p.family.language;
            Language::find(&family.value.0).ok_or_else(|| {
                let path = school_dir.join("plans").join(format!(
                    "{}.yaml",
                    options.pupil.as_deref().unwrap_or_default()
                ));
                unsupported(&path, family, "family.language", &family.value.0)
            })?
        }
        (None, None) => source_language,
    };
    let large_print = match (options.large_print, plan) {
        (Some(lp), _) => lp,
        (None, Some(p)) => p.family.large_print,
        (None, None) => LargePrint::No,
    };
    let (document, fallbacks, school_texts) = build(&Request {
        language,
        large_print,
        school: &school,
        provision: &map,
        pupil: options.pupil.as_deref(),
    })?;
    // The map's date comes from its contents, so that the same tables give the same bytes.
    let date = map
        .interventions
        .iter()
        .map(|i| i.review)
        .chain(map.participants.iter().filter_map(|p| p.end))
        .max()
        .unwrap_or(Date {
            year: 2000,
            month: 1,
            day: 1,
        });
    Ok(Prepared {
        document,
        language,
        large_print: large_print != LargePrint::No,
        fallbacks,
        school_texts,
        date,
        // The school's words come from school.yaml, the names of support and measures from
        // the tables in provision/.
        inputs: std::iter::once(school_path.clone())
            .chain(map.sources.iter().cloned())
            .collect(),
        sources: vec![
            ("school.".to_owned(), school_path),
            ("provision.".to_owned(), school_dir.join("provision")),
        ],
    })
}

/// What the builder needs.
#[derive(Debug, Clone)]
struct Request<'a> {
    /// The document's language.
    language: &'static Language,
    /// Large print, if asked for.
    large_print: LargePrint,
    /// The school profile.
    school: &'a School,
    /// The provision map.
    provision: &'a Provision,
    /// For a parent's copy, the pupil (their plan file's name); the whole school's otherwise.
    pupil: Option<&'a str>,
}

labels! {
    /// The provision map's headings and column labels.
    ProvisionLabels {
        /// The title heading: the school's map, or the pupil's support.
        heading = "heading",
        /// The parent's copy's last column: whether the child takes part.
        col_mine = "col-mine",
        /// The heading of the child's tracker.
        tracker_heading = "tracker-heading",
        col_support = "provision-col-support",
        col_staff = "provision-col-staff",
        col_group = "provision-col-group",
        col_often = "provision-col-often",
        col_weeks = "provision-col-weeks",
        col_measure = "provision-col-measure",
        col_cost = "provision-col-cost",
        col_per_pupil = "provision-col-per-pupil",
        col_pupils = "provision-col-pupils",
        impact_heading = "provision-impact-heading",
        impact_intro = "provision-impact-intro",
        col_entry = "provision-col-entry",
        col_exit = "provision-col-exit",
        col_gain = "provision-col-gain",
        col_per_point = "provision-col-per-point",
        gaps_heading = "provision-gaps-heading",
        offer_heading = "provision-offer-heading",
        mine = "provision-mine",
        col_start = "provision-col-start",
        col_per_week = "provision-col-per-week",
        col_score_start = "provision-col-score-start",
        col_score_end = "provision-col-score-end",
    }
}

/// A provision map as the template gets it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ProvisionMap {
    /// Language, type, title and footer.
    #[serde(flatten)]
    pub frame: Frame,
    /// Whether this is a parent's copy (one pupil's support marked) or the school's map.
    pub for_pupil: bool,
    /// Headings and column labels.
    pub labels: ProvisionLabels,
    /// The opening paragraphs.
    pub intro: Vec<String>,
    /// The interventions, by area of need.
    pub areas: Vec<AreaTable>,
    /// The total cost (the school's map only).
    pub total: Option<String>,
    /// The impact of each intervention (the school's map only).
    pub impact: Vec<ImpactRow>,
    /// Where the provision does not reach (the school's map only).
    pub gaps: Vec<String>,
    /// The pupil's own interventions over time (a parent's copy only).
    pub tracker: Vec<TrackerRow>,
    /// When the support happens in a usual week: the pupil's (a parent's copy), or the
    /// whole school's; none when the tables give no days (and then left out of the data,
    /// so that a map without days makes the same bytes as before days were known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub week: Option<Week>,
}

/// A usual school week of support: the days as columns, the sessions in time order.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Week {
    pub heading: String,
    pub intro: String,
    /// The first column's label ("Time").
    pub time_label: String,
    /// The days' names, as the language writes them (Monday to Friday, and the weekend
    /// only when some support is then).
    pub days: Vec<String>,
    pub rows: Vec<WeekRow>,
}

/// The sessions that start at one time, on each day.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct WeekRow {
    /// The time (`09:10`, as the language writes it), or "Time not set yet".
    pub time: String,
    /// For each day, the sessions then.
    pub cells: Vec<Vec<WeekSession>>,
}

/// One session in the week.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct WeekSession {
    /// What it is (the intervention).
    pub what: Field,
    /// Who runs it.
    pub who: Field,
    /// Where, when the table says.
    pub room: Option<Field>,
    /// `10 minutes`.
    pub how_long: String,
    /// How many pupils it is for (the school's week only).
    pub pupils: Option<String>,
}

/// The week of the sessions given, each with how many pupils it is for: a pupil's (who
/// goes by `pupil`), or the school's.
fn week(
    cx: &mut Context,
    sessions: &[(provision::Session, usize)],
    pupil: Option<&str>,
) -> Option<Week> {
    use crate::input::structured::Day;
    if sessions.is_empty() {
        return None;
    }
    let school = pupil.is_none();
    let (heading, intro) = match pupil {
        Some(name) => (
            cx.msg("provision-week-heading", &[("name", s(name))]),
            cx.msg("provision-week-intro", &[("name", s(name))]),
        ),
        None => (
            cx.label("provision-school-week-heading"),
            cx.label("provision-school-week-intro"),
        ),
    };
    // Monday to Friday always, the weekend only when some support is then.
    let days: Vec<Day> = Day::ALL
        .into_iter()
        .filter(|d| d.index() < 5 || sessions.iter().any(|(s, _)| s.day == *d))
        .collect();
    // Times in order, the sessions without one last.
    let mut times: Vec<Option<provision::ClockTime>> =
        sessions.iter().map(|(s, _)| s.time).collect();
    times.sort_by_key(|t| (t.is_none(), *t));
    times.dedup();
    let rows = times
        .into_iter()
        .map(|time| WeekRow {
            time: match time {
                Some(t) => cx.time_of_day(t.hour, t.minute),
                None => cx.label("provision-week-no-time"),
            },
            cells: days
                .iter()
                .map(|day| {
                    sessions
                        .iter()
                        .filter(|(s, _)| s.day == *day && s.time == time)
                        .map(|(s, pupils)| {
                            let i = s.intervention;
                            let field = |what: &str| format!("provision.{}.{what}", i.id);
                            WeekSession {
                                what: cx.school_words(&i.name, &field("name")),
                                who: cx.school_words(&i.staff, &field("staff")),
                                room: i.room.as_ref().map(|r| cx.school_words(r, &field("room"))),
                                how_long: cx.msg(
                                    "provision-week-minutes",
                                    &[("minutes", num(i.session_minutes as usize))],
                                ),
                                pupils: school.then(|| {
                                    cx.msg("provision-week-pupils", &[("count", num(*pupils))])
                                }),
                            }
                        })
                        .collect()
                })
                .collect(),
        })
        .collect();
    let days = days
        .iter()
        .map(|d| {
            let name = cx.weekday(d.index());
            cx.capitalized(&name)
        })
        .collect();
    Some(Week {
        heading,
        intro,
        time_label: cx.label("provision-col-time"),
        days,
        rows,
    })
}

/// The interventions meeting one area of need.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AreaTable {
    /// The area's name.
    pub heading: String,
    /// Its interventions.
    pub rows: Vec<InterventionRow>,
    /// `Total for this area: £623.67` (the school's map only).
    pub total: Option<String>,
}

/// One intervention in the map.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct InterventionRow {
    /// Its name.
    pub name: Field,
    /// Who runs it.
    pub staff: Field,
    /// The group size.
    pub group: String,
    /// `20 minutes, 3 times a week`.
    pub often: String,
    /// For how many weeks.
    pub weeks: String,
    /// How progress is measured.
    pub measure: Field,
    /// Its cost.
    pub cost: String,
    /// Its cost for each pupil.
    pub per_pupil: String,
    /// Who takes part (the school's map only).
    pub pupils: String,
    /// Whether the pupil of a parent's copy takes part.
    pub mine: bool,
}

/// The impact of one intervention.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ImpactRow {
    /// The intervention.
    pub name: Field,
    /// Pupils with both scores.
    pub pupils: String,
    /// Their average entry score.
    pub entry: String,
    /// Their average exit score.
    pub exit: String,
    /// Their average gain.
    pub gain: String,
    /// Cost for each pupil per point gained.
    pub per_point: String,
}

/// One of a pupil's interventions over time.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TrackerRow {
    /// The intervention.
    pub name: Field,
    /// How progress is measured.
    pub measure: Field,
    /// When the pupil started.
    pub start: String,
    /// Sessions a week.
    pub per_week: String,
    /// Weeks.
    pub weeks: String,
    /// The score at the start.
    pub entry: String,
    /// The score at the end.
    pub exit: String,
}

/// Localizes a provision map: the school's, or a parent's copy with their child's support
/// marked. A parent's copy names no other pupil and shows no other pupil's scores.
fn build(request: &Request) -> Result<(ProvisionMap, Vec<Fallback>, usize), LocaleError> {
    let mut cx = Context::new(request.language, source_tag(request.school))?;
    let map = request.provision;
    let plan = request.pupil.and_then(|p| map.plans.get(p));
    let name_arg = plan
        .map_or("", |p| p.pupil.goes_by_in(request.language.tag))
        .to_owned();
    let (title, heading, intro) = match plan {
        Some(p) => (
            cx.msg(
                "provision-pupil-title",
                &[("pupil", s(p.pupil.name.in_language(request.language.tag)))],
            ),
            cx.msg("provision-pupil-heading", &[("name", s(&name_arg))]),
            cx.msg("provision-pupil-intro", &[("name", s(&name_arg))]),
        ),
        None => (
            cx.msg("provision-title", &[("school", s(&request.school.name))]),
            cx.label("provision-heading"),
            cx.label("provision-intro"),
        ),
    };
    let labels = ProvisionLabels::make(|id| match id {
        "heading" => heading.clone(),
        "col-mine" => cx.msg("provision-col-mine", &[("name", s(&name_arg))]),
        "tracker-heading" => cx.msg("provision-tracker-heading", &[("name", s(&name_arg))]),
        _ => cx.label(id),
    });

    let mine = |id: &str| {
        request.pupil.is_some_and(|p| {
            map.participants
                .iter()
                .any(|x| x.pupil == p && x.intervention == id)
        })
    };
    let pupil_name = |key: &str| {
        map.plans
            .get(key)
            .map_or_else(|| key.to_owned(), |p| p.pupil.name.to_string())
    };
    let mut areas = Vec::new();
    for area in AREAS {
        let interventions: Vec<_> = map
            .interventions
            .iter()
            .filter(|i| i.area == area)
            .collect();
        if interventions.is_empty() {
            continue;
        }
        let mut rows = Vec::new();
        for i in interventions {
            let field = |what: &str| format!("provision.{}.{what}", i.id);
            let pupils: Vec<String> = map.attending(&i.id).map(|p| pupil_name(&p.pupil)).collect();
            let often = cx.msg(
                "provision-often",
                &[
                    ("minutes", num(i.session_minutes as usize)),
                    ("sessions", num(i.sessions_per_week as usize)),
                ],
            );
            rows.push(InterventionRow {
                name: cx.school_words(&i.name, &field("name")),
                staff: cx.school_words(&i.staff, &field("staff")),
                group: cx.number(i64::from(i.group_size), 0),
                often,
                weeks: cx.number(i64::from(i.weeks), 0),
                measure: cx.school_words(&i.measure, &field("measure")),
                cost: cx.money(i.cost()),
                per_pupil: cx.money(i.cost_per_pupil()),
                // A parent's copy names no other pupil.
                pupils: if plan.is_some() {
                    String::new()
                } else {
                    cx.list(&pupils)
                },
                mine: mine(&i.id),
            });
        }
        let total = match plan {
            Some(_) => None,
            None => {
                let amount = cx.money(map.area_cost(area));
                Some(cx.msg("provision-area-total", &[("amount", s(&amount))]))
            }
        };
        areas.push(AreaTable {
            heading: cx.label(&format!("area-{}", area.key())),
            rows,
            total,
        });
    }

    // The week: the pupil's own sessions, or every session of the school's support with
    // how many pupils it is for (a pupil with their own days or time has a session of
    // their own).
    let mut sessions: Vec<(provision::Session, usize)> = Vec::new();
    match request.pupil {
        Some(pupil) => {
            for p in map.participants.iter().filter(|p| p.pupil == pupil) {
                if let Some(i) = map.intervention(&p.intervention) {
                    sessions.extend(p.sessions(i).into_iter().map(|s| (s, 1)));
                }
            }
        }
        None => {
            for i in &map.interventions {
                let attending: Vec<_> = map.attending(&i.id).collect();
                for p in &attending {
                    for s in p.sessions(i) {
                        match sessions.iter_mut().find(|(x, _)| {
                            x.intervention.id == i.id && x.day == s.day && x.time == s.time
                        }) {
                            Some((_, n)) => *n += 1,
                            None => sessions.push((s, 1)),
                        }
                    }
                }
                // Support no pupil attends yet still has its place in the week.
                if attending.is_empty() {
                    sessions.extend(i.days.iter().map(|&day| {
                        (
                            provision::Session {
                                intervention: i,
                                day,
                                time: i.time,
                            },
                            0,
                        )
                    }));
                }
            }
        }
    }
    let week = week(&mut cx, &sessions, plan.map(|_| name_arg.as_str()));

    let mut total = None;
    let mut impact = Vec::new();
    let mut gaps = Vec::new();
    let mut tracker = Vec::new();
    match (request.pupil, plan) {
        (Some(pupil), Some(_)) => {
            for p in map.participants.iter().filter(|p| p.pupil == pupil) {
                let Some(i) = map.intervention(&p.intervention) else {
                    continue;
                };
                let field = |what: &str| format!("provision.{}.{what}", i.id);
                let not_yet = cx.label("provision-no-score");
                tracker.push(TrackerRow {
                    name: cx.school_words(&i.name, &field("name")),
                    measure: cx.school_words(&i.measure, &field("measure")),
                    start: cx.date(p.start),
                    per_week: cx.number(i64::from(i.sessions_per_week), 0),
                    weeks: cx.number(i64::from(i.weeks), 0),
                    entry: p.entry.map_or_else(|| not_yet.clone(), |v| cx.score(v)),
                    exit: p.exit.map_or(not_yet, |v| cx.score(v)),
                });
            }
        }
        _ => {
            let amount = cx.money(map.total_cost());
            total = Some(cx.msg("provision-total", &[("amount", s(&amount))]));
            for i in &map.interventions {
                let name = cx.school_words(&i.name, &format!("provision.{}.name", i.id));
                let row = match map.impact(i) {
                    Some(x) => ImpactRow {
                        name,
                        pupils: cx.number(x.pupils as i64, 0),
                        entry: cx.score(x.entry),
                        exit: cx.score(x.exit),
                        gain: cx.score(x.gain),
                        per_point: x.cost_per_point.map_or_else(String::new, |p| cx.money(p)),
                    },
                    None => ImpactRow {
                        name,
                        pupils: cx.number(0, 0),
                        entry: cx.label("provision-no-scores"),
                        exit: String::new(),
                        gain: String::new(),
                        per_point: String::new(),
                    },
                };
                impact.push(row);
            }
            let found = map.gaps();
            for (pupil, unmet) in &found.pupils {
                let names: Vec<String> = unmet
                    .iter()
                    .map(|a| cx.label(&format!("area-{}", a.key())))
                    .collect();
                gaps.push(cx.msg(
                    "provision-gap-pupil",
                    &[
                        ("pupil", s(&pupil_name(pupil))),
                        ("areas", s(&cx.list(&names))),
                    ],
                ));
            }
            for area in &found.areas {
                let name = cx.label(&format!("area-{}", area.key()));
                gaps.push(cx.msg("provision-gap-area", &[("area", s(&name))]));
            }
            if gaps.is_empty() {
                gaps.push(cx.label("provision-no-gaps"));
            }
        }
    }
    let doc = ProvisionMap {
        frame: frame(
            &mut cx,
            title,
            &request.school.name,
            request.large_print,
            false,
        ),
        for_pupil: plan.is_some(),
        labels,
        intro: vec![intro],
        areas,
        total,
        impact,
        gaps,
        tracker,
        week,
    };
    Ok((doc, cx.fallbacks, cx.school_texts))
}
