//! The school's provision map: its interventions (costed additional support) and the pupils
//! who attend them, read from `provision/interventions.csv` and `provision/participants.csv`
//! or from one workbook `provision/provision.xlsx` with the sheets `interventions` and
//! `participants`, with the same columns.
//!
//! Money is counted in pence, exactly: a cost is rounded to the penny only when shown. The
//! entry point is [`load`]; [`Intervention::cost`], [`Provision::impact`] and
//! [`Provision::gaps`] do the sums.

mod tables;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;
use crate::input::appointments::plan_files;
use crate::input::plan::{AreaOfNeed, Date, Plan};
pub use crate::input::structured::{ClockTime, Day};
use crate::input::{load, read};
use tables::{Grid, Reader, open_workbook, read_csv, read_sheet};

/// An amount of money in pence.
pub type Pence = i64;

/// One intervention: a piece of additional support the school runs.
#[derive(Debug, Clone, PartialEq)]
pub struct Intervention {
    /// Its key, used by the participants table.
    pub id: String,
    /// Its name.
    pub name: String,
    /// The area of need it meets.
    pub area: AreaOfNeed,
    /// Who runs it.
    pub staff: String,
    /// What the staff cost an hour.
    pub staff_cost_per_hour: Pence,
    /// How many pupils a group has.
    pub group_size: u32,
    /// How long a session is.
    pub session_minutes: u32,
    /// Sessions a week.
    pub sessions_per_week: u32,
    /// For how many weeks.
    pub weeks: u32,
    /// Other costs (materials, training).
    pub other_costs: Pence,
    /// How progress is measured.
    pub measure: String,
    /// When it starts.
    pub start: Date,
    /// When it is reviewed.
    pub review: Date,
    /// The days it runs on (optional column `days`, such as `Mon Tue Thu`).
    pub days: Vec<Day>,
    /// The time its sessions start (optional column `time`, such as `09:10`).
    pub time: Option<ClockTime>,
    /// Where it runs (optional column `room`).
    pub room: Option<String>,
}

/// Divides a non-negative amount and rounds half up.
fn div_round(numerator: i128, denominator: i128) -> Pence {
    ((2 * numerator + denominator) / (2 * denominator)) as Pence
}

impl Intervention {
    /// The whole cost in sixtieths of a penny: exact, whatever the minutes.
    fn cost_sixtieths(&self) -> i128 {
        i128::from(self.staff_cost_per_hour)
            * i128::from(self.session_minutes)
            * i128::from(self.sessions_per_week)
            * i128::from(self.weeks)
            + i128::from(self.other_costs) * 60
    }

    /// The cost of one session: staff cost an hour × session minutes / 60.
    pub fn session_cost(&self) -> Pence {
        div_round(
            i128::from(self.staff_cost_per_hour) * i128::from(self.session_minutes),
            60,
        )
    }

    /// The cost of the intervention: session cost × sessions a week × weeks + other costs.
    pub fn cost(&self) -> Pence {
        div_round(self.cost_sixtieths(), 60)
    }

    /// The cost for each pupil: the intervention's cost / group size.
    pub fn cost_per_pupil(&self) -> Pence {
        div_round(
            self.cost_sixtieths(),
            60 * i128::from(self.group_size.max(1)),
        )
    }
}

/// One pupil's place in an intervention.
#[derive(Debug, Clone, PartialEq)]
pub struct Participant {
    /// The pupil: their plan file's name without `.yaml`.
    pub pupil: String,
    /// The intervention's key.
    pub intervention: String,
    /// When the pupil started.
    pub start: Date,
    /// When the pupil finished, if they have.
    pub end: Option<Date>,
    /// The score at the start.
    pub entry: Option<f64>,
    /// The score at the end.
    pub exit: Option<f64>,
    /// The days of this pupil's sessions, where they differ from the intervention's
    /// (optional column `days`: one-to-one support runs at each pupil's own times).
    pub days: Vec<Day>,
    /// The time of this pupil's sessions, where it differs (optional column `time`).
    pub time: Option<ClockTime>,
}

/// One session of support in a usual week: an intervention on a day, at a time if set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Session<'a> {
    pub intervention: &'a Intervention,
    pub day: Day,
    pub time: Option<ClockTime>,
}

impl Participant {
    /// The pupil's sessions in a usual week: their own days and time where the table gives
    /// them, the intervention's otherwise.
    pub fn sessions<'a>(&self, intervention: &'a Intervention) -> Vec<Session<'a>> {
        let days = if self.days.is_empty() {
            &intervention.days
        } else {
            &self.days
        };
        days.iter()
            .map(|&day| Session {
                intervention,
                day,
                time: self.time.or(intervention.time),
            })
            .collect()
    }
}

/// The impact of an intervention, from the pupils with both scores.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Impact {
    /// Pupils with an entry and an exit score.
    pub pupils: usize,
    /// Their average entry score.
    pub entry: f64,
    /// Their average exit score.
    pub exit: f64,
    /// Their average gain.
    pub gain: f64,
    /// The cost for each pupil divided by the average gain, when there was a gain.
    pub cost_per_point: Option<Pence>,
}

/// Where the provision does not reach.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Gaps {
    /// Pupils, each with the areas of need their plan names that none of their
    /// interventions meets.
    pub pupils: Vec<(String, Vec<AreaOfNeed>)>,
    /// Areas of need no intervention meets.
    pub areas: Vec<AreaOfNeed>,
}

/// The school's provision map.
#[derive(Debug, Clone)]
pub struct Provision {
    /// The interventions, in the order the school lists them.
    pub interventions: Vec<Intervention>,
    /// Who attends what.
    pub participants: Vec<Participant>,
    /// The pupils' plans, by plan file name.
    pub plans: BTreeMap<String, Plan>,
    /// The files it was read from: its tables, then the pupils' plans.
    pub sources: Vec<PathBuf>,
}

/// Every area of need, in the order the Code of Practice gives them.
pub const AREAS: [AreaOfNeed; 4] = [
    AreaOfNeed::CommunicationAndInteraction,
    AreaOfNeed::CognitionAndLearning,
    AreaOfNeed::SocialEmotionalMentalHealth,
    AreaOfNeed::SensoryAndPhysical,
];

impl Provision {
    /// An intervention by its key.
    pub fn intervention(&self, id: &str) -> Option<&Intervention> {
        self.interventions.iter().find(|i| i.id == id)
    }

    /// Who attends an intervention.
    pub fn attending<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Participant> {
        self.participants
            .iter()
            .filter(move |p| p.intervention == id)
    }

    /// The impact of an intervention, when some pupil has both scores.
    pub fn impact(&self, intervention: &Intervention) -> Option<Impact> {
        let scores: Vec<(f64, f64)> = self
            .attending(&intervention.id)
            .filter_map(|p| Some((p.entry?, p.exit?)))
            .collect();
        if scores.is_empty() {
            return None;
        }
        let n = scores.len() as f64;
        let entry = scores.iter().map(|s| s.0).sum::<f64>() / n;
        let exit = scores.iter().map(|s| s.1).sum::<f64>() / n;
        let gain = exit - entry;
        Some(Impact {
            pupils: scores.len(),
            entry,
            exit,
            gain,
            // From the exact cost, not the cost rounded to the penny.
            cost_per_point: (gain > 0.0).then(|| {
                let per_pupil = intervention.cost_sixtieths() as f64
                    / (60.0 * f64::from(intervention.group_size.max(1)));
                (per_pupil / gain).round() as Pence
            }),
        })
    }

    /// The total cost of the interventions meeting an area of need, rounded once from the
    /// exact costs (so it may differ by a penny from the sum of the rounded costs).
    pub fn area_cost(&self, area: AreaOfNeed) -> Pence {
        let exact = self
            .interventions
            .iter()
            .filter(|i| i.area == area)
            .map(Intervention::cost_sixtieths)
            .sum();
        div_round(exact, 60)
    }

    /// The total cost of all interventions, rounded once from the exact costs.
    pub fn total_cost(&self) -> Pence {
        div_round(
            self.interventions
                .iter()
                .map(Intervention::cost_sixtieths)
                .sum(),
            60,
        )
    }

    /// Pupils whose plan names an area of need that none of their interventions meets, and
    /// areas of need no intervention meets.
    pub fn gaps(&self) -> Gaps {
        let mut pupils = Vec::new();
        for (pupil, plan) in &self.plans {
            let met: BTreeSet<&str> = self
                .participants
                .iter()
                .filter(|p| &p.pupil == pupil)
                .filter_map(|p| self.intervention(&p.intervention))
                .map(|i| i.area.key())
                .collect();
            let unmet: Vec<AreaOfNeed> = plan
                .plan
                .areas_of_need
                .iter()
                .copied()
                .filter(|a| !met.contains(a.key()))
                .collect();
            if !unmet.is_empty() {
                pupils.push((pupil.clone(), unmet));
            }
        }
        let areas = AREAS
            .into_iter()
            .filter(|a| !self.interventions.iter().any(|i| i.area == *a))
            .collect();
        Gaps { pupils, areas }
    }
}

const INTERVENTION_COLUMNS: [&str; 13] = [
    "id",
    "name",
    "area_of_need",
    "staff",
    "staff_cost_per_hour",
    "group_size",
    "session_minutes",
    "sessions_per_week",
    "weeks",
    "other_costs",
    "measure",
    "start",
    "review",
];

const PARTICIPANT_COLUMNS: [&str; 6] = ["pupil", "intervention", "start", "end", "entry", "exit"];

/// The columns of the support timetable, which either table may have: the days and time
/// of the sessions, and (for interventions) the room.
const TIMETABLE_COLUMNS: [&str; 3] = ["days", "time", "room"];

/// Days for `sessions` sessions a week: one day each (or none, when not given yet).
fn check_days(
    reader: &mut Reader,
    row: &(u64, Vec<String>),
    days: &[Day],
    sessions: u32,
    whose: &str,
) {
    if !days.is_empty() && days.len() != sessions as usize {
        let cell = reader.cell(row, "days");
        let error = cell.error(
            format!(
                "{} {} given, but {whose} has {sessions} {} a week",
                days.len(),
                if days.len() == 1 {
                    "day is"
                } else {
                    "days are"
                },
                if sessions == 1 { "session" } else { "sessions" },
            ),
            "give one day for each session, or change sessions_per_week",
        );
        reader.errors.push(error);
    }
}

fn interventions(table: &Grid, errors: &mut Vec<Diagnostic>) -> Vec<Intervention> {
    let mut reader = match Reader::new(table, &INTERVENTION_COLUMNS) {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    reader.optional(&TIMETABLE_COLUMNS, &INTERVENTION_COLUMNS);
    let mut out: Vec<Intervention> = Vec::new();
    for row in &table.rows {
        let id = reader.text(row, "id");
        let days = reader.days(row, "days");
        let time = reader.time(row, "time");
        let room = reader.optional_text(row, "room");
        let area_cell = reader.cell(row, "area_of_need");
        let area = AREAS.into_iter().find(|a| a.key() == area_cell.value);
        if area.is_none() {
            let error = area_cell.error(
                format!("`{}` is not an area of need", area_cell.value),
                &format!("write one of {}", AREAS.map(|a| a.key()).join(", ")),
            );
            reader.errors.push(error);
        }
        let fields = (
            reader.text(row, "name"),
            reader.text(row, "staff"),
            reader.money(row, "staff_cost_per_hour"),
            reader.whole(row, "group_size", (1, 1_000)),
            reader.whole(row, "session_minutes", (1, 24 * 60)),
            reader.whole(row, "sessions_per_week", (1, 100)),
            reader.whole(row, "weeks", (1, 520)),
            reader.money(row, "other_costs"),
            reader.text(row, "measure"),
            reader.date(row, "start", false),
            reader.date(row, "review", false),
        );
        if let (
            Some(id),
            Some(area),
            (
                Some(name),
                Some(staff),
                Some(rate),
                Some(group),
                Some(minutes),
                Some(sessions),
                Some(weeks),
                Some(other),
                Some(measure),
                Some(Some(start)),
                Some(Some(review)),
            ),
        ) = (id, area, fields)
            && let (Some(days), Some(time)) = (days, time)
        {
            check_days(&mut reader, row, &days, sessions, "the intervention");
            if review < start {
                let cell = reader.cell(row, "review");
                reader.errors.push(cell.error(
                    format!("the review ({review}) comes before the start ({start})"),
                    "check the two dates: the review is after the start",
                ));
            }
            if out.iter().any(|i| i.id == id) {
                let cell = reader.cell(row, "id");
                reader.errors.push(cell.error(
                    format!("`{id}` is listed twice"),
                    "give each intervention its own id",
                ));
                continue;
            }
            out.push(Intervention {
                id,
                name,
                area,
                staff,
                staff_cost_per_hour: rate,
                group_size: group,
                session_minutes: minutes,
                sessions_per_week: sessions,
                weeks,
                other_costs: other,
                measure,
                start,
                review,
                days,
                time,
                room,
            });
        }
    }
    errors.append(&mut reader.errors);
    out
}

fn participants(
    table: &Grid,
    interventions: &[String],
    known: &[Intervention],
    plans: &BTreeMap<String, Result<PathBuf, Diagnostic>>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Participant> {
    let mut reader = match Reader::new(table, &PARTICIPANT_COLUMNS) {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    reader.optional(&TIMETABLE_COLUMNS[..2], &PARTICIPANT_COLUMNS);
    let mut out = Vec::new();
    for row in &table.rows {
        let pupil = reader.text(row, "pupil");
        let days = reader.days(row, "days");
        let time = reader.time(row, "time");
        if let Some(p) = &pupil
            && !plans.contains_key(p)
        {
            let cell = reader.cell(row, "pupil");
            reader.errors.push(cell.error(
                format!("`{p}` has no plan in the plans folder"),
                "`pupil` is the plan file's name without .yaml, such as amira-khan",
            ));
        }
        let intervention = reader.text(row, "intervention");
        if let Some(i) = &intervention
            && !interventions.contains(i)
            && !interventions.is_empty()
        {
            let cell = reader.cell(row, "intervention");
            reader.errors.push(cell.error(
                format!("there is no intervention `{i}`"),
                &format!(
                    "use an id from the interventions table: {}",
                    interventions.join(", ")
                ),
            ));
        }
        let start = reader.date(row, "start", false);
        let end = reader.date(row, "end", true);
        let entry = reader.score(row, "entry");
        let exit = reader.score(row, "exit");
        if let (
            Some(pupil),
            Some(intervention),
            Some(Some(start)),
            Some(end),
            Some(entry),
            Some(exit),
        ) = (pupil, intervention, start, end, entry, exit)
            && let (Some(days), Some(time)) = (days, time)
        {
            if let Some(i) = known.iter().find(|i| i.id == intervention) {
                check_days(
                    &mut reader,
                    row,
                    &days,
                    i.sessions_per_week,
                    "the intervention",
                );
            }
            if let Some(end) = end
                && end < start
            {
                let cell = reader.cell(row, "end");
                reader.errors.push(cell.error(
                    format!("the end ({end}) comes before the start ({start})"),
                    "check the two dates: the end is after the start",
                ));
            }
            if let Some(i) = known.iter().find(|i| i.id == intervention)
                && start < i.start
            {
                let cell = reader.cell(row, "start");
                reader.errors.push(cell.error(
                    format!(
                        "the pupil starts ({start}) before the intervention does ({})",
                        i.start
                    ),
                    "check the start date here and in the interventions table",
                ));
            }
            if exit.is_some() && entry.is_none() {
                let cell = reader.cell(row, "entry");
                reader.errors.push(cell.error(
                    "there is an exit score but no entry score".into(),
                    "give the score at the start too, or leave both empty",
                ));
            }
            // The same support again is a second spell, from another date; the same row
            // twice would count the pupil, and the cost of their place, twice.
            if out.iter().any(|p: &Participant| {
                p.pupil == pupil && p.intervention == intervention && p.start == start
            }) {
                let cell = reader.cell(row, "pupil");
                reader.errors.push(cell.error(
                    format!("`{pupil}` is listed twice for `{intervention}` from {start}"),
                    "remove the repeated row (a second spell of the same support starts on another date)",
                ));
                continue;
            }
            out.push(Participant {
                pupil,
                intervention,
                start,
                end,
                entry,
                exit,
                days,
                time,
            });
        }
    }
    errors.append(&mut reader.errors);
    out
}

/// Reads a school's provision map and its pupils' plans. Every problem found is returned,
/// not only the first.
pub fn load(school_dir: &Path) -> Result<Provision, Vec<Diagnostic>> {
    let dir = school_dir.join("provision");
    let workbook = dir.join("provision.xlsx");
    let csvs = [dir.join("interventions.csv"), dir.join("participants.csv")];
    // A table linked in from outside the school's folder is not the school's: refused
    // before anything of it is read.
    let inside: Vec<Diagnostic> = [&workbook, &csvs[0], &csvs[1]]
        .into_iter()
        .filter_map(|path| read::within(school_dir, path).err())
        .collect();
    if !inside.is_empty() {
        return Err(inside);
    }
    let tables = if workbook.is_file() {
        if csvs.iter().any(|c| c.is_file()) {
            return Err(vec![Diagnostic::in_file(
                &workbook,
                "the provision map is both in provision.xlsx and in CSV files",
                "keep one: remove provision.xlsx, or interventions.csv and participants.csv",
            )]);
        }
        let mut book = open_workbook(&workbook).map_err(|e| vec![e])?;
        (
            read_sheet(&mut book, &workbook, "interventions"),
            read_sheet(&mut book, &workbook, "participants"),
        )
    } else {
        (read_csv(&csvs[0]), read_csv(&csvs[1]))
    };
    let (interventions_table, participants_table) = match tables {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => return Err([a.err(), b.err()].into_iter().flatten().collect()),
    };
    let plan_files = plan_files(school_dir).map_err(|e| vec![e])?;
    let mut errors = Vec::new();
    let interventions = interventions(&interventions_table, &mut errors);
    // Every id in the table, also of rows with a mistake elsewhere: a participant of such an
    // intervention is not wrong too.
    let ids: Vec<String> = match interventions_table.header.iter().position(|h| h == "id") {
        Some(column) => interventions_table
            .rows
            .iter()
            .filter_map(|(_, cells)| cells.get(column).filter(|c| !c.is_empty()).cloned())
            .collect(),
        None => Vec::new(),
    };
    let participants = participants(
        &participants_table,
        &ids,
        &interventions,
        &plan_files,
        &mut errors,
    );
    let mut plans = BTreeMap::new();
    // The school's own bank entries, which its plans may name.
    let school_bank = load::load_school(&school_dir.join("school.yaml"))
        .ok()
        .map(|s| crate::localize::source_tag(&s))
        .map(|tag| crate::localize::bank::load_school_bank(school_dir, &tag))
        .transpose()
        .unwrap_or_else(|e| {
            errors.push(e);
            None
        })
        .flatten();
    for (name, path) in &plan_files {
        let path = match path {
            Ok(path) => path,
            Err(refused) => {
                errors.push(refused.clone());
                continue;
            }
        };
        match crate::localize::bank::with_school_entries(school_bank.as_ref(), || {
            load::load_plan(path)
        }) {
            Ok(p) => {
                plans.insert(name.clone(), p);
            }
            Err(e) => errors.push(e),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut sources = vec![interventions_table.file.clone()];
    if participants_table.file != interventions_table.file {
        sources.push(participants_table.file.clone());
    }
    sources.extend(plan_files.into_values().flatten());
    Ok(Provision {
        interventions,
        participants,
        plans,
        sources,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn division_rounds_half_up() {
        // 18.50 × 10/60 × 4 × 10 = £123.333… → 12333p.
        assert_eq!(div_round(1850 * 10 * 4 * 10, 60), 12_333);
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(4, 2), 2);
        assert_eq!(div_round(1, 3), 0);
        assert_eq!(div_round(2, 3), 1);
    }
}
