//! The office's appointment list for a parents' evening (CSV), and the school's plans by
//! file name.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Position, did_you_mean};
use crate::input::{csv_rows, read};

/// The largest table (an appointment list, a provision table, a PO file) read, in bytes.
pub(crate) const MAX_TABLE_BYTES: u64 = 16 * 1024 * 1024;

/// One appointment: a family meeting a teacher about a pupil's plan.
#[derive(Debug, Clone)]
pub struct Appointment {
    /// The time, as written in the list (`16:00`).
    pub time: Option<String>,
    /// The plan file's name without `.yaml` (`amira-khan`).
    pub pupil: String,
    /// The teacher.
    pub teacher: Option<String>,
    /// The room.
    pub room: Option<String>,
    /// The plan file, or why the appointment has none.
    pub plan: Result<PathBuf, Diagnostic>,
}

impl Appointment {
    /// The start of its documents' file names: `1600-amira-khan`, or `amira-khan`.
    pub fn file_stem(&self) -> String {
        match &self.time {
            Some(time) => format!("{}-{}", time.replace(':', ""), self.pupil),
            None => self.pupil.clone(),
        }
    }

    /// How the appointment is named in messages and bookmarks: `16:00 amira-khan`, or the
    /// time alone for a row that names no pupil.
    pub fn describe(&self) -> String {
        match &self.time {
            Some(time) if self.pupil.is_empty() => time.clone(),
            Some(time) => format!("{time} {}", self.pupil),
            None => self.pupil.clone(),
        }
    }
}

/// The plans in the school's `plans/` folder, by file name: each plan file, or why it is
/// not read (a link that leads out of the school's folder).
pub fn plan_files(
    school_dir: &Path,
) -> Result<BTreeMap<String, Result<PathBuf, Diagnostic>>, Diagnostic> {
    let dir = school_dir.join("plans");
    let entries = std::fs::read_dir(&dir).map_err(|e| {
        Diagnostic::in_file(
            &dir,
            format!("cannot read the plans folder ({e})"),
            "give the school's folder, the one with school.yaml and plans/ in it",
        )
    })?;
    Ok(yaml_files(school_dir, entries, "plan", "amira-khan.yaml"))
}

/// The YAML files among a folder's `entries` (of the school's folder `school_dir`), by file
/// name: each the file, or why it is not read (a link out of the school's folder, a name
/// that is not UTF-8, which cannot be written in an appointment list or a file's name: it
/// costs its own file, and is named, rather than being skipped unseen). `Amira.YAML` is
/// as much a plan as `amira.yaml`; hidden files are left out. `what` they are (`plan`), and
/// `example` names one well.
pub(crate) fn yaml_files(
    school_dir: &Path,
    entries: std::fs::ReadDir,
    what: &str,
    example: &str,
) -> BTreeMap<String, Result<PathBuf, Diagnostic>> {
    let mut files = BTreeMap::new();
    for entry in entries.flatten() {
        let path = entry.path();
        if !path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
        {
            continue;
        }
        let Some(stem) = path.file_stem() else {
            continue;
        };
        let lossy = stem.to_string_lossy().into_owned();
        if lossy.starts_with('.') {
            continue;
        }
        let file = match stem.to_str() {
            Some(_) => read::within(school_dir, &path).map(|()| path),
            None => Err(Diagnostic::in_file(
                &path,
                format!(
                    "the {what}'s file name is not UTF-8 text, so the {what} cannot be named or written"
                ),
                format!("rename the file with letters, digits and hyphens, such as {example}"),
            )),
        };
        files.insert(lossy, file);
    }
    files
}

/// The plan a pupil named in an appointment list most likely means: as written (a typing
/// slip), or as a management system exports a name (`Khan Amira`, `KHAN, Amira`, `Amira
/// Khan`), turned into a plan file's name either way round.
pub fn nearest_plan<'a>(pupil: &str, known: &[&'a str]) -> Option<&'a str> {
    let words: Vec<String> = pupil
        .split(|c: char| c.is_whitespace() || c == ',' || c == '_' || c == '-' || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let forwards = words.join("-");
    let mut backwards = words.clone();
    backwards.reverse();
    let backwards = backwards.join("-");
    // A name as written, or turned round, that is a plan's name.
    for candidate in [&forwards, &backwards] {
        if let Some(k) = known.iter().find(|k| **k == candidate.as_str()) {
            return Some(k);
        }
    }
    did_you_mean(pupil, known)
        .or_else(|| did_you_mean(&forwards, known))
        .or_else(|| did_you_mean(&backwards, known))
}

/// Every plan in the school's `plans/` folder as an appointment of its own, by file name.
pub fn every_plan(school_dir: &Path) -> Result<Vec<Appointment>, Diagnostic> {
    Ok(plan_files(school_dir)?
        .into_iter()
        .map(|(pupil, plan)| Appointment {
            time: None,
            pupil,
            teacher: None,
            room: None,
            plan,
        })
        .collect())
}

/// Reads the office's appointment list: a CSV file with a header row naming the columns
/// `time`, `pupil`, `teacher` and `room` (only `pupil` is needed; others are ignored).
///
/// A row that is wrong (a pupil with no plan, a time that is not a time) becomes an
/// appointment with an error, so that it costs only itself. The whole list is refused only
/// when it cannot be read or has no `pupil` column.
///
/// `can_draw` says which characters the documents can show: a cell with another (an emoji
/// in a teacher's name) costs its row, which would otherwise be in the print pack's list.
pub fn read_appointments(
    path: &Path,
    school_dir: &Path,
    can_draw: &dyn Fn(char) -> bool,
) -> Result<Vec<Appointment>, Diagnostic> {
    let hint = "check the file's name, and save it from the spreadsheet as CSV (UTF-8)";
    let bytes = read::read(path, MAX_TABLE_BYTES)
        .map_err(|e| e.diagnostic(path, "the appointment list", hint))?;
    // Control characters are looked for cell by cell, so that one costs only its row.
    let text = read::utf8(bytes).map_err(|position| {
        Diagnostic::in_file(path, "the appointment list is not UTF-8 text", hint).at(Some(position))
    })?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    // Windows line ends (as Excel saves CSV) as plain ones: the CSV reader counts a
    // record's line one too low after `\r\n`.
    let text = text.replace("\r\n", "\n");
    let text = text.as_str();
    csv_rows::refuse_unclosed_quote(path, text)?;
    let lines: Vec<&str> = text.lines().collect();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| csv_error(path, &e))?.clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let Some(pupil_column) = column("pupil") else {
        return Err(Diagnostic {
            file: Some(path.to_owned()),
            position: Some(Position { line: 1, column: 1 }),
            field: None,
            message: format!(
                "the appointment list has no `pupil` column (its columns are {})",
                headers.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ")
            ),
            hints: vec![
                "the first row names the columns: time,pupil,teacher,room; `pupil` is the plan file's name without .yaml".into(),
            ],
        });
    };
    let (time_column, teacher_column, room_column) =
        (column("time"), column("teacher"), column("room"));
    let plans = plan_files(school_dir)?;
    let mut seen = BTreeSet::new();
    let mut appointments = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| csv_error(path, &e))?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |p| p.line());
        let line_text = lines
            .get(line.saturating_sub(1) as usize)
            .copied()
            .unwrap_or("");
        let at = |index: usize, field: &str, message: String, hint: String| Diagnostic {
            file: Some(path.to_owned()),
            position: Some(Position {
                line,
                column: csv_rows::cell_column(line_text, index),
            }),
            field: Some(field.to_owned()),
            message,
            hints: vec![hint],
        };
        let cell = |index: Option<usize>| {
            index
                .and_then(|i| record.get(i))
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let pupil = cell(Some(pupil_column)).unwrap_or_default();
        let mut time = cell(time_column);
        // A comma outside quotes moved the cells: none of them can be trusted.
        let mut problem =
            csv_rows::refuse_extra_cells(path, line, headers.len(), record.iter(), |i| {
                csv_rows::cell_column(line_text, i)
            })
            .err();
        // A control character (a terminal's escape, a bidi override) costs its row, and the
        // row is named without it.
        let columns = [
            (Some(pupil_column), "pupil"),
            (time_column, "time"),
            (teacher_column, "teacher"),
            (room_column, "room"),
        ];
        for (index, name) in columns {
            let Some(text) = index.and_then(|i| cell(Some(i))) else {
                continue;
            };
            let index = index.unwrap_or_default();
            if let Some((_, c)) = read::control(&text)
                && problem.is_none()
            {
                problem = Some(at(
                    index,
                    name,
                    read::control_message(&format!("the `{name}` cell"), c),
                    read::CONTROL_HINT.into(),
                ));
            }
            if let Some(c) = text.chars().find(|c| !can_draw(*c))
                && problem.is_none()
            {
                problem = Some(at(
                    index,
                    name,
                    format!(
                        "no bundled font can draw the character U+{:04X} in the `{name}` cell",
                        c as u32
                    ),
                    "remove the symbol or emoji, or write it out in words".into(),
                ));
            }
        }
        let clean = |text: Option<String>| text.map(|t| t.replace(read::forbidden, "\u{FFFD}"));
        let pupil = clean(Some(pupil)).unwrap_or_default();
        time = clean(time);
        if let (Some(t), Some(i), None) = (&time, time_column, &problem) {
            match normalize_time(t) {
                Some(normal) => time = Some(normal),
                // Kept as written, to name the appointment; it has no documents to name.
                None => {
                    problem = Some(at(
                        i,
                        "time",
                        format!("`{t}` is not a time of day"),
                        "write the time as hours and minutes on the 24-hour clock, such as 16:00"
                            .into(),
                    ))
                }
            }
        }
        let plan = match (problem, plans.get(&pupil)) {
            (Some(p), _) => Err(p),
            (None, _) if pupil.is_empty() => Err(at(
                pupil_column,
                "pupil",
                "the row names no pupil".into(),
                "write the plan file's name without .yaml, such as amira-khan".into(),
            )),
            (None, None) => {
                let known: Vec<&str> = plans.keys().map(String::as_str).collect();
                let nearest = nearest_plan(&pupil, &known)
                    .map(|k| format!("did you mean `{k}`? "))
                    .unwrap_or_default();
                Err(at(
                    pupil_column,
                    "pupil",
                    format!(
                        "no plan for `{pupil}` (looked for {})",
                        school_dir
                            .join("plans")
                            .join(format!("{pupil}.yaml"))
                            .display()
                    ),
                    format!("{nearest}`pupil` is the plan file's name without .yaml"),
                ))
            }
            (None, Some(Err(refused))) => Err(refused.clone()),
            (None, Some(Ok(plan))) => {
                if seen.insert((time.clone(), pupil.clone())) {
                    Ok(plan.clone())
                } else {
                    Err(at(
                        pupil_column,
                        "pupil",
                        format!(
                            "`{pupil}` is listed twice{}",
                            time.as_ref()
                                .map(|t| format!(" at {t}"))
                                .unwrap_or_default()
                        ),
                        "remove the repeated row".into(),
                    ))
                }
            }
        };
        appointments.push(Appointment {
            time,
            pupil,
            teacher: clean(cell(teacher_column)),
            room: clean(cell(room_column)),
            plan,
        });
    }
    Ok(appointments)
}

/// `16:00`, `9:05` or `16.00` as `HH:MM`; anything else is not a time.
fn normalize_time(text: &str) -> Option<String> {
    let (h, m) = text.split_once([':', '.'])?;
    let (h, m): (u32, u32) = (h.trim().parse().ok()?, m.trim().parse().ok()?);
    (h < 24 && m < 60 && text.len() <= 5).then(|| format!("{h:02}:{m:02}"))
}

fn csv_error(path: &Path, error: &csv::Error) -> Diagnostic {
    let line = error.position().map_or(1, |p| p.line());
    Diagnostic {
        file: Some(path.to_owned()),
        position: Some(Position { line, column: 1 }),
        field: None,
        message: format!("the appointment list cannot be read as CSV ({error})"),
        hints: vec!["save it from the spreadsheet as CSV (UTF-8), with a header row".into()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_as_a_management_system_writes_it_finds_its_plan() {
        let known = ["amira-khan", "oliver-smith", "zofia-nowak"];
        assert_eq!(nearest_plan("Smith Oliver", &known), Some("oliver-smith"));
        assert_eq!(nearest_plan("KHAN, Amira", &known), Some("amira-khan"));
        assert_eq!(nearest_plan("Zofia Nowak", &known), Some("zofia-nowak"));
        assert_eq!(nearest_plan("amira-kahn", &known), Some("amira-khan"));
        assert_eq!(nearest_plan("Smyth Olivia", &known), Some("oliver-smith"));
        assert_eq!(nearest_plan("nobody", &known), None);
    }

    #[test]
    fn times_are_written_as_hours_and_minutes() {
        assert_eq!(normalize_time("16:00").as_deref(), Some("16:00"));
        assert_eq!(normalize_time("9:05").as_deref(), Some("09:05"));
        assert_eq!(normalize_time("16.30").as_deref(), Some("16:30"));
        assert_eq!(normalize_time("24:00"), None);
        assert_eq!(normalize_time("16:60"), None);
        assert_eq!(normalize_time("4pm"), None);
        assert_eq!(normalize_time("16:00:00"), None);
    }
}
