//! The school's provision map: its interventions (costed additional support) and the pupils
//! who attend them, read from `provision/interventions.csv` and `provision/participants.csv`
//! or from one workbook `provision/provision.xlsx` with the sheets `interventions` and
//! `participants`, with the same columns.
//!
//! Money is counted in pence, exactly: a cost is rounded to the penny only when shown. The
//! entry point is [`load`]; [`Intervention::cost`], [`Provision::impact`] and
//! [`Provision::gaps`] do the sums.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Position};
use crate::input::appointments::plan_files;
use crate::input::load;
use crate::input::plan::{AreaOfNeed, Date, Plan};

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
    /// The files it was read from.
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

/// A table read from a CSV file or a sheet: its header and its rows, every cell as text.
struct Table {
    file: PathBuf,
    /// The sheet, for a workbook.
    sheet: Option<String>,
    header: Vec<String>,
    /// Each row's number in the file (1 is the header) and its cells.
    rows: Vec<(u64, Vec<String>)>,
}

/// Where a cell is, for error messages.
struct Cell<'a> {
    table: &'a Table,
    row: u64,
    column: usize,
    value: &'a str,
}

impl Cell<'_> {
    fn error(&self, message: String, hint: &str) -> Diagnostic {
        let name = &self.table.header[self.column];
        let message = match &self.table.sheet {
            Some(sheet) => format!(
                "{message} (cell {}{} of sheet `{sheet}`)",
                column_letters(self.column),
                self.row
            ),
            None => message,
        };
        Diagnostic {
            file: Some(self.table.file.clone()),
            position: Some(Position {
                line: self.row,
                column: self.column as u64 + 1,
            }),
            field: Some(name.clone()),
            message,
            hints: vec![hint.to_owned()],
        }
    }
}

/// A spreadsheet's column letters: 0 is A, 25 is Z, 26 is AA.
fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

fn read_csv(path: &Path) -> Result<Table, Diagnostic> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Diagnostic::in_file(
            path,
            format!("cannot read the file ({e})"),
            "save the table from the spreadsheet as CSV (UTF-8)",
        )
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let bad = |e: csv::Error| Diagnostic {
        file: Some(path.to_owned()),
        position: Some(Position {
            line: e.position().map_or(1, |p| p.line()),
            column: 1,
        }),
        field: None,
        message: format!("the file cannot be read as CSV ({e})"),
        hints: vec!["save the table from the spreadsheet as CSV (UTF-8), with a header row".into()],
    };
    let header = reader
        .headers()
        .map_err(bad)?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(bad)?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |p| p.line());
        rows.push((line, record.iter().map(str::to_owned).collect()));
    }
    Ok(Table {
        file: path.to_owned(),
        sheet: None,
        header,
        rows,
    })
}

/// Reads a sheet of a workbook; numbers and dates become text as a CSV file would have them.
fn read_sheet(path: &Path, name: &str) -> Result<Table, Diagnostic> {
    use calamine::{Data, Reader};
    let mut workbook = calamine::open_workbook_auto(path).map_err(|e| {
        Diagnostic::in_file(
            path,
            format!("cannot read the workbook ({e})"),
            "save it from the spreadsheet program as an Excel workbook (.xlsx)",
        )
    })?;
    let sheets = workbook.sheet_names();
    let Some(sheet) = sheets.iter().find(|s| s.trim().eq_ignore_ascii_case(name)) else {
        return Err(Diagnostic::in_file(
            path,
            format!(
                "the workbook has no sheet `{name}` (its sheets are {})",
                sheets
                    .iter()
                    .map(|s| format!("`{s}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            "name the sheets `interventions` and `participants`",
        ));
    };
    let range = workbook.worksheet_range(sheet).map_err(|e| {
        Diagnostic::in_file(
            path,
            format!("cannot read the sheet `{sheet}` ({e})"),
            "save it from the spreadsheet program as an Excel workbook (.xlsx)",
        )
    })?;
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let text = |cell: &Data| match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            // Money typed as 18.5 and sums that came out as 18.499999999 read as pence.
            let rounded = (f * 1e6).round() / 1e6;
            rounded.to_string()
        }
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => serial_date(d.as_f64()),
        Data::Error(e) => format!("#{e:?}"),
    };
    let mut rows = range.rows();
    let header = rows
        .next()
        .map(|r| r.iter().map(|c| text(c).to_lowercase()).collect())
        .unwrap_or_default();
    let mut out = Vec::new();
    for (i, row) in rows.enumerate() {
        let cells: Vec<String> = row.iter().map(text).collect();
        if cells.iter().all(String::is_empty) {
            continue;
        }
        // Rows are numbered as the spreadsheet shows them; the header is the first.
        out.push((u64::from(first_row) + i as u64 + 2, cells));
    }
    let mut header: Vec<String> = header;
    // Columns before the used range are empty: keep positions as the spreadsheet shows them.
    for _ in 0..first_column {
        header.insert(0, String::new());
    }
    for (_, cells) in &mut out {
        for _ in 0..first_column {
            cells.insert(0, String::new());
        }
    }
    Ok(Table {
        file: path.to_owned(),
        sheet: Some(sheet.clone()),
        header,
        rows: out,
    })
}

/// An Excel date serial number (days since 1899-12-30) as `YYYY-MM-DD`.
fn serial_date(serial: f64) -> String {
    // Days from 1970-01-01, then Howard Hinnant's civil-from-days.
    let z = serial.floor() as i64 - 25569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Reads typed cells of a table, collecting every problem.
struct Reader<'a> {
    table: &'a Table,
    columns: BTreeMap<&'static str, usize>,
    errors: Vec<Diagnostic>,
}

impl<'a> Reader<'a> {
    /// Checks that the table has every column it needs.
    fn new(table: &'a Table, needed: &[&'static str]) -> Result<Self, Diagnostic> {
        let mut columns = BTreeMap::new();
        let mut missing = Vec::new();
        for name in needed {
            match table.header.iter().position(|h| h == name) {
                Some(i) => {
                    columns.insert(*name, i);
                }
                None => missing.push(format!("`{name}`")),
            }
        }
        if !missing.is_empty() {
            return Err(Diagnostic {
                file: Some(table.file.clone()),
                position: Some(Position { line: 1, column: 1 }),
                field: None,
                message: format!(
                    "the table{} has no column {}",
                    table
                        .sheet
                        .as_ref()
                        .map(|s| format!(" `{s}`"))
                        .unwrap_or_default(),
                    missing.join(", ")
                ),
                hints: vec![format!(
                    "the first row names the columns: {}",
                    needed.join(",")
                )],
            });
        }
        Ok(Reader {
            table,
            columns,
            errors: Vec::new(),
        })
    }

    fn cell(&self, row: &'a (u64, Vec<String>), name: &str) -> Cell<'a> {
        let column = self.columns[name];
        Cell {
            table: self.table,
            row: row.0,
            column,
            value: row.1.get(column).map_or("", String::as_str),
        }
    }

    fn text(&mut self, row: &'a (u64, Vec<String>), name: &str) -> Option<String> {
        let cell = self.cell(row, name);
        if cell.value.is_empty() {
            self.errors.push(cell.error(
                "this cell is empty".into(),
                &format!("fill in the {}", name.replace('_', " ")),
            ));
            return None;
        }
        Some(cell.value.to_owned())
    }

    fn whole(&mut self, row: &'a (u64, Vec<String>), name: &str, least: u32) -> Option<u32> {
        let cell = self.cell(row, name);
        match cell.value.parse::<u32>() {
            Ok(n) if n >= least => Some(n),
            Ok(n) => {
                self.errors.push(cell.error(
                    format!("`{n}` is too small"),
                    &format!("give a whole number from {least} up"),
                ));
                None
            }
            Err(_) => {
                self.errors.push(cell.error(
                    format!("`{}` is not a whole number", cell.value),
                    "write the number in digits, such as 6",
                ));
                None
            }
        }
    }

    fn money(&mut self, row: &'a (u64, Vec<String>), name: &str) -> Option<Pence> {
        let cell = self.cell(row, name);
        match parse_pence(cell.value) {
            Some(p) => Some(p),
            None => {
                self.errors.push(cell.error(
                    format!("`{}` is not an amount of money", cell.value),
                    "write pounds and pence in digits, such as 18.50 (0 for none)",
                ));
                None
            }
        }
    }

    fn score(&mut self, row: &'a (u64, Vec<String>), name: &str) -> Option<Option<f64>> {
        let cell = self.cell(row, name);
        if cell.value.is_empty() {
            return Some(None);
        }
        match cell.value.parse::<f64>() {
            Ok(n) if n.is_finite() => Some(Some(n)),
            _ => {
                self.errors.push(cell.error(
                    format!("`{}` is not a number", cell.value),
                    "write the score in digits, such as 24, or leave the cell empty",
                ));
                None
            }
        }
    }

    fn date(
        &mut self,
        row: &'a (u64, Vec<String>),
        name: &str,
        optional: bool,
    ) -> Option<Option<Date>> {
        let cell = self.cell(row, name);
        if cell.value.is_empty() && optional {
            return Some(None);
        }
        match Date::parse(cell.value) {
            Ok(d) => Some(Some(d)),
            Err(refusal) => {
                self.errors.push(cell.error(refusal.message, &refusal.hint));
                None
            }
        }
    }
}

/// Pounds and pence (`18.50`, `£1,249.17`, `0`) in pence; more than two decimals is refused.
fn parse_pence(text: &str) -> Option<Pence> {
    let text = text.trim().trim_start_matches('£').replace(',', "");
    let (pounds, pence) = match text.split_once('.') {
        Some((p, d)) if !d.is_empty() && d.len() <= 6 && d.bytes().all(|b| b.is_ascii_digit()) => {
            // A workbook may give 18.5 or 18.500000; only whole pence are money.
            let d = d.trim_end_matches('0');
            if d.len() > 2 {
                return None;
            }
            (p, format!("{d:0<2}"))
        }
        Some(_) => return None,
        None => (text.as_str(), "00".to_owned()),
    };
    if pounds.is_empty() || !pounds.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let pounds: Pence = pounds.parse().ok()?;
    pounds.checked_mul(100)?.checked_add(pence.parse().ok()?)
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

fn interventions(table: &Table, errors: &mut Vec<Diagnostic>) -> Vec<Intervention> {
    let mut reader = match Reader::new(table, &INTERVENTION_COLUMNS) {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    let mut out: Vec<Intervention> = Vec::new();
    for row in &table.rows {
        let id = reader.text(row, "id");
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
            reader.whole(row, "group_size", 1),
            reader.whole(row, "session_minutes", 1),
            reader.whole(row, "sessions_per_week", 1),
            reader.whole(row, "weeks", 1),
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
        {
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
            });
        }
    }
    errors.append(&mut reader.errors);
    out
}

fn participants(
    table: &Table,
    interventions: &[String],
    known: &[Intervention],
    plans: &BTreeMap<String, PathBuf>,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Participant> {
    let mut reader = match Reader::new(table, &PARTICIPANT_COLUMNS) {
        Ok(r) => r,
        Err(e) => {
            errors.push(e);
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for row in &table.rows {
        let pupil = reader.text(row, "pupil");
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
        {
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
            out.push(Participant {
                pupil,
                intervention,
                start,
                end,
                entry,
                exit,
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
    let tables = if workbook.is_file() {
        if csvs.iter().any(|c| c.is_file()) {
            return Err(vec![Diagnostic::in_file(
                &workbook,
                "the provision map is both in provision.xlsx and in CSV files",
                "keep one: remove provision.xlsx, or interventions.csv and participants.csv",
            )]);
        }
        (
            read_sheet(&workbook, "interventions"),
            read_sheet(&workbook, "participants"),
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
    for (name, path) in &plan_files {
        match load::load_plan(path) {
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
    fn money_is_read_in_whole_pence() {
        assert_eq!(parse_pence("18.50"), Some(1850));
        assert_eq!(parse_pence("£1,249.17"), Some(124_917));
        assert_eq!(parse_pence("0"), Some(0));
        assert_eq!(parse_pence(" 7 "), Some(700));
        // A workbook's 18.5 or 18.500000 is £18.50.
        assert_eq!(parse_pence("18.5"), Some(1850));
        assert_eq!(parse_pence("18.500000"), Some(1850));
        // Fractions of a penny, signs and words are not money.
        assert_eq!(parse_pence("18.505"), None);
        assert_eq!(parse_pence("-3"), None);
        assert_eq!(parse_pence("ten"), None);
        assert_eq!(parse_pence("12."), None);
        assert_eq!(parse_pence(""), None);
    }

    #[test]
    fn division_rounds_half_up() {
        // 18.50 × 10/60 × 4 × 10 = £123.333… → 12333p.
        assert_eq!(div_round(1850 * 10 * 4 * 10, 60), 12_333);
        assert_eq!(div_round(5, 2), 3);
        assert_eq!(div_round(4, 2), 2);
        assert_eq!(div_round(1, 3), 0);
        assert_eq!(div_round(2, 3), 1);
    }

    #[test]
    fn columns_are_named_as_a_spreadsheet_names_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn workbook_serial_dates_become_calendar_dates() {
        // Excel counts days from 1899-12-30: 25569 is 1970-01-01.
        assert_eq!(serial_date(25569.0), "1970-01-01");
        assert_eq!(serial_date(46388.0), "2027-01-01");
        assert_eq!(serial_date(45351.0), "2024-02-29");
        // A time of day does not move the date.
        assert_eq!(serial_date(45351.75), "2024-02-29");
    }
}
