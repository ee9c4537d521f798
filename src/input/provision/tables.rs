//! Reading the provision map's tables: CSV files or the sheets of a workbook, every cell
//! typed and checked, every problem named by file, row, column (or sheet and cell) and
//! value.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Position};
use crate::input::appointments::MAX_TABLE_BYTES;
use crate::input::plan::Date;
use crate::input::{csv_rows, read};

/// The largest workbook read, in bytes (compressed, as saved).
const MAX_WORKBOOK_BYTES: u64 = 64 * 1024 * 1024;
/// The most rows a sheet of the provision map may use (a school's interventions and their
/// participants are a few hundred).
const MAX_SHEET_ROWS: u32 = 20_000;
/// The most columns a sheet of the provision map may use.
const MAX_SHEET_COLUMNS: u32 = 64;
/// The most one part of a workbook (a sheet, its shared strings) may unpack to: a small
/// zip can unpack to gigabytes (a "zip bomb").
const MAX_WORKBOOK_PART_BYTES: u64 = 64 * 1024 * 1024;
/// The most all the parts of a workbook may unpack to together.
const MAX_WORKBOOK_UNPACKED_BYTES: u64 = 256 * 1024 * 1024;
/// The most parts a workbook may have (one the school saves has a few dozen).
const MAX_WORKBOOK_PARTS: usize = 10_000;

use super::Pence;

/// A table read from a CSV file or a sheet: its header and its rows, every cell as text.
pub(super) struct Grid {
    pub(super) file: PathBuf,
    /// The sheet, for a workbook.
    pub(super) sheet: Option<String>,
    pub(super) header: Vec<String>,
    /// Each row's number in the file (1 is the header) and its cells.
    pub(super) rows: Vec<(u64, Vec<String>)>,
    /// The rows left out, and why (a comma outside quotes moved their cells).
    pub(super) problems: Vec<Diagnostic>,
}

/// Where a cell is, for error messages.
pub(super) struct Cell<'a> {
    pub(super) table: &'a Grid,
    pub(super) row: u64,
    pub(super) column: usize,
    pub(super) value: &'a str,
}

impl Cell<'_> {
    pub(super) fn error(&self, message: String, hint: &str) -> Diagnostic {
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

pub(super) fn read_csv(path: &Path) -> Result<Grid, Diagnostic> {
    let hint = "save the table from the spreadsheet as CSV (UTF-8)";
    let bytes =
        read::read(path, MAX_TABLE_BYTES).map_err(|e| e.diagnostic(path, "the file", hint))?;
    let text = read::text(path, bytes, "the file", hint)?;
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
        .collect::<Vec<String>>();
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for record in reader.records() {
        let record = record.map_err(bad)?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = record.position().map_or(0, |p| p.line());
        let line_text = lines.get(line.saturating_sub(1) as usize).copied();
        let column = |i: usize| line_text.map_or(1, |l| csv_rows::cell_column(l, i));
        match csv_rows::refuse_extra_cells(path, line, header.len(), record.iter(), column) {
            Ok(()) => rows.push((line, record.iter().map(str::to_owned).collect())),
            Err(problem) => problems.push(problem),
        }
    }
    Ok(Grid {
        file: path.to_owned(),
        sheet: None,
        header,
        rows,
        problems,
    })
}

/// A workbook (a zip archive) unpacked within limits and packed again without compression,
/// so that what the workbook reader then unpacks can be no larger than what was checked
/// here, whatever sizes the archive claims for its parts.
fn unpacked(path: &Path, bytes: Vec<u8>) -> Result<Vec<u8>, Diagnostic> {
    use std::io::{Read, Write};
    let hint = "save it from the spreadsheet program as an Excel workbook (.xlsx)";
    let unreadable = |e: zip::result::ZipError| {
        Diagnostic::in_file(path, format!("cannot read the workbook ({e})"), hint)
    };
    let too_large = |what: String| {
        Diagnostic::in_file(
            path,
            format!(
                "the workbook unpacks to more than {what}, far more than a provision map's two sheets"
            ),
            "copy the two sheets into a new workbook and save it again, or save them as CSV",
        )
    };
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(unreadable)?;
    if archive.len() > MAX_WORKBOOK_PARTS {
        return Err(too_large(format!("{MAX_WORKBOOK_PARTS} parts")));
    }
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut total = 0u64;
    let mut part = Vec::new();
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).map_err(unreadable)?;
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().to_owned();
        part.clear();
        (&mut entry)
            .take(MAX_WORKBOOK_PART_BYTES + 1)
            .read_to_end(&mut part)
            .map_err(|e| unreadable(e.into()))?;
        if part.len() as u64 > MAX_WORKBOOK_PART_BYTES {
            return Err(too_large(format!(
                "{} MiB in its part `{name}`",
                MAX_WORKBOOK_PART_BYTES >> 20
            )));
        }
        total += part.len() as u64;
        if total > MAX_WORKBOOK_UNPACKED_BYTES {
            return Err(too_large(format!(
                "{} MiB",
                MAX_WORKBOOK_UNPACKED_BYTES >> 20
            )));
        }
        out.start_file(name, stored).map_err(unreadable)?;
        out.write_all(&part).map_err(|e| unreadable(e.into()))?;
    }
    Ok(out.finish().map_err(unreadable)?.into_inner())
}

/// An open workbook, unpacked within limits.
pub(super) type Workbook = calamine::Xlsx<std::io::Cursor<Vec<u8>>>;

/// Opens a workbook once for all its sheets.
pub(super) fn open_workbook(path: &Path) -> Result<Workbook, Diagnostic> {
    let hint = "save it from the spreadsheet program as an Excel workbook (.xlsx)";
    let bytes = read::read(path, MAX_WORKBOOK_BYTES)
        .map_err(|e| e.diagnostic(path, "the workbook", hint))?;
    let bytes = unpacked(path, bytes)?;
    <Workbook as calamine::Reader<_>>::new(std::io::Cursor::new(bytes))
        .map_err(|e| Diagnostic::in_file(path, format!("cannot read the workbook ({e})"), hint))
}

/// Reads a sheet of a workbook; numbers and dates become text as a CSV file would have them.
pub(super) fn read_sheet(
    workbook: &mut Workbook,
    path: &Path,
    name: &str,
) -> Result<Grid, Diagnostic> {
    use calamine::{Data, Reader};
    let hint = "save it from the spreadsheet program as an Excel workbook (.xlsx)";
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
    let unreadable = |e: calamine::XlsxError| {
        Diagnostic::in_file(path, format!("cannot read the sheet `{sheet}` ({e})"), hint)
    };
    // Cell by cell, so that a sheet with one cell far away (XFD1048576) is refused before
    // a table that size is made: calamine would ask for every cell in between.
    let mut reader = workbook.worksheet_cells_reader(sheet).map_err(unreadable)?;
    let mut cells = Vec::new();
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (row, column) = cell.get_position();
        if row >= MAX_SHEET_ROWS || column >= MAX_SHEET_COLUMNS {
            return Err(Diagnostic::in_file(
                path,
                format!(
                    "the sheet `{sheet}` has a cell at {}{}, beyond the {MAX_SHEET_ROWS} rows and {MAX_SHEET_COLUMNS} columns a provision table can have",
                    column_letters(column as usize),
                    row + 1
                ),
                "clear the cells outside the table, or copy the table into a new workbook",
            ));
        }
        let value = Data::from(cell.get_value().clone());
        cells.push(calamine::Cell::new((row, column), value));
    }
    drop(reader);
    let range = calamine::Range::from_sparse(cells);
    let (first_row, first_column) = range.start().unwrap_or((0, 0));
    let text = |cell: &Data| match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => {
            read::nfc(s.trim().to_owned())
        }
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            // Money typed as 18.5 and sums that came out as 18.499999999 read as pence.
            let rounded = (f * 1e6).round() / 1e6;
            rounded.to_string()
        }
        Data::Bool(b) => b.to_string(),
        // A time typed into a cell (09:10) is a fraction of a day.
        Data::DateTime(d) if (0.0..1.0).contains(&d.as_f64()) => serial_time(d.as_f64()),
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
    Ok(Grid {
        file: path.to_owned(),
        sheet: Some(sheet.clone()),
        header,
        rows: out,
        problems: Vec::new(),
    })
}

/// A time of day as Excel keeps it (a fraction of a day) as `HH:MM`, to the nearest minute.
fn serial_time(fraction: f64) -> String {
    let minutes = (fraction * 24.0 * 60.0).round() as u32 % (24 * 60);
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
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
pub(super) struct Reader<'a> {
    pub(super) table: &'a Grid,
    pub(super) columns: BTreeMap<&'static str, usize>,
    pub(super) errors: Vec<Diagnostic>,
}

impl<'a> Reader<'a> {
    /// Checks that the table has every column it needs.
    pub(super) fn new(table: &'a Grid, needed: &[&'static str]) -> Result<Self, Diagnostic> {
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
            errors: table.problems.clone(),
        })
    }

    /// Reads these columns too where the table has them; a column named nearly as one of
    /// them (`day`, `times`) is named, since its cells would otherwise go unread.
    pub(super) fn optional(&mut self, names: &[&'static str], needed: &[&'static str]) {
        for (i, header) in self.table.header.iter().enumerate() {
            if let Some(name) = names.iter().find(|n| **n == header) {
                self.columns.insert(name, i);
            } else if !header.is_empty()
                && !needed.contains(&header.as_str())
                && let Some(near) = names
                    .iter()
                    .find(|n| strsim::damerau_levenshtein(header, n) <= 1)
            {
                self.errors.push(Diagnostic {
                    file: Some(self.table.file.clone()),
                    position: Some(Position {
                        line: 1,
                        column: i as u64 + 1,
                    }),
                    field: Some(header.clone()),
                    message: format!(
                        "the table has a column `{header}`, which iepress does not read"
                    ),
                    hints: vec![format!("did you mean `{near}`?")],
                });
            }
        }
    }

    /// Whether the table has a column.
    pub(super) fn has(&self, name: &str) -> bool {
        self.columns.contains_key(name)
    }

    /// The days of the week a session runs on (`Mon Tue Thu`), none when the cell is empty
    /// or the table has no such column.
    pub(super) fn days(
        &mut self,
        row: &'a (u64, Vec<String>),
        name: &str,
    ) -> Option<Vec<crate::input::structured::Day>> {
        use crate::input::structured::Day;
        if !self.has(name) {
            return Some(Vec::new());
        }
        let cell = self.cell(row, name);
        let mut days = Vec::new();
        for word in cell
            .value
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '/')
            .filter(|w| !w.is_empty())
        {
            let hint = "write the days as Mon Tue Wed Thu Fri, with spaces between them";
            let Some(day) = Day::parse(word) else {
                self.errors
                    .push(cell.error(format!("`{word}` is not a day of the week"), hint));
                return None;
            };
            if days.contains(&day) {
                self.errors
                    .push(cell.error(format!("`{word}` is given twice"), hint));
                return None;
            }
            days.push(day);
        }
        days.sort();
        Some(days)
    }

    /// The time of day a session starts (`09:10`), none when the cell is empty or the
    /// table has no such column.
    pub(super) fn time(
        &mut self,
        row: &'a (u64, Vec<String>),
        name: &str,
    ) -> Option<Option<crate::input::structured::ClockTime>> {
        if !self.has(name) {
            return Some(None);
        }
        let cell = self.cell(row, name);
        if cell.value.is_empty() {
            return Some(None);
        }
        match crate::input::structured::ClockTime::parse(cell.value) {
            Some(t) => Some(Some(t)),
            None => {
                self.errors.push(cell.error(
                    format!("`{}` is not a time of day", cell.value),
                    "write hours and minutes on the 24-hour clock, such as 09:10 or 13:15",
                ));
                None
            }
        }
    }

    /// A text cell of a column the table may lack: none when empty or absent.
    pub(super) fn optional_text(&self, row: &'a (u64, Vec<String>), name: &str) -> Option<String> {
        if !self.has(name) {
            return None;
        }
        let cell = self.cell(row, name);
        (!cell.value.is_empty()).then(|| cell.value.to_owned())
    }

    pub(super) fn cell(&self, row: &'a (u64, Vec<String>), name: &str) -> Cell<'a> {
        let column = self.columns[name];
        Cell {
            table: self.table,
            row: row.0,
            column,
            value: row.1.get(column).map_or("", String::as_str),
        }
    }

    pub(super) fn text(&mut self, row: &'a (u64, Vec<String>), name: &str) -> Option<String> {
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

    pub(super) fn whole(
        &mut self,
        row: &'a (u64, Vec<String>),
        name: &str,
        (least, most): (u32, u32),
    ) -> Option<u32> {
        let cell = self.cell(row, name);
        match cell.value.parse::<u32>() {
            Ok(n) if (least..=most).contains(&n) => Some(n),
            Ok(n) => {
                self.errors.push(cell.error(
                    format!("`{n}` is too {}", if n < least { "small" } else { "large" }),
                    &format!("give a whole number from {least} to {most}"),
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

    pub(super) fn money(&mut self, row: &'a (u64, Vec<String>), name: &str) -> Option<Pence> {
        let cell = self.cell(row, name);
        let (message, hint) = match parse_pence(cell.value) {
            Ok(p) => return Some(p),
            Err(Unmoney::NotMoney) => (
                format!("`{}` is not an amount of money", cell.value),
                "write pounds and pence in digits, such as 18.50 (0 for none)".to_owned(),
            ),
            Err(Unmoney::DecimalComma) => (
                format!(
                    "`{}` is not an amount of money (a comma only separates thousands)",
                    cell.value
                ),
                "write pence after a point, such as 18.50".to_owned(),
            ),
            Err(Unmoney::TooLarge) => (
                format!("`{}` is more than £1,000,000", cell.value),
                "check the amount: a cost is pounds and pence, such as 18.50".to_owned(),
            ),
        };
        self.errors.push(cell.error(message, &hint));
        None
    }

    pub(super) fn score(&mut self, row: &'a (u64, Vec<String>), name: &str) -> Option<Option<f64>> {
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

    pub(super) fn date(
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
pub(super) fn parse_pence(text: &str) -> Result<Pence, Unmoney> {
    let text = text.trim().trim_start_matches('£');
    let (pounds, decimals) = match text.split_once('.') {
        Some((p, d)) if !d.is_empty() && d.len() <= 6 && d.bytes().all(|b| b.is_ascii_digit()) => {
            // A workbook may give 18.5 or 18.500000; only whole pence are money.
            let d = d.trim_end_matches('0');
            if d.len() > 2 {
                return Err(Unmoney::NotMoney);
            }
            (p, format!("{d:0<2}"))
        }
        Some(_) => return Err(Unmoney::NotMoney),
        None => (text, "00".to_owned()),
    };
    // A comma only separates thousands (1,249.17): in 18,50 or 1,5 it is a decimal comma,
    // which would read as 1850 or 15.
    let mut groups = pounds.split(',');
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    if !digits(first) || !rest.iter().all(|g| digits(g)) {
        return Err(Unmoney::NotMoney);
    }
    if !rest.is_empty() && (first.len() > 3 || rest.iter().any(|g| g.len() != 3)) {
        return Err(Unmoney::DecimalComma);
    }
    let pounds: Pence = pounds
        .replace(',', "")
        .parse()
        .map_err(|_| Unmoney::TooLarge)?;
    let pence = pounds
        .checked_mul(100)
        .and_then(|p| p.checked_add(decimals.parse().ok()?))
        .ok_or(Unmoney::TooLarge)?;
    if pence > MAX_POUNDS * 100 {
        return Err(Unmoney::TooLarge);
    }
    Ok(pence)
}

/// The largest amount taken, in pounds: more is a mistake (a misplaced point, a stray
/// digit), and sums of such amounts could not be trusted.
pub(super) const MAX_POUNDS: Pence = 1_000_000;

/// Why a cell is not an amount of money.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unmoney {
    /// It is not pounds and pence in digits.
    NotMoney,
    /// It has a decimal comma (18,50), which could be read as thousands.
    DecimalComma,
    /// It is more than [`MAX_POUNDS`].
    TooLarge,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_read_in_whole_pence() {
        assert_eq!(parse_pence("18.50"), Ok(1850));
        assert_eq!(parse_pence("£1,249.17"), Ok(124_917));
        assert_eq!(parse_pence("1,000,000"), Ok(100_000_000));
        assert_eq!(parse_pence("0"), Ok(0));
        assert_eq!(parse_pence(" 7 "), Ok(700));
        // A workbook's 18.5 or 18.500000 is £18.50.
        assert_eq!(parse_pence("18.5"), Ok(1850));
        assert_eq!(parse_pence("18.500000"), Ok(1850));
        // Fractions of a penny, signs and words are not money.
        assert_eq!(parse_pence("18.505"), Err(Unmoney::NotMoney));
        assert_eq!(parse_pence("-3"), Err(Unmoney::NotMoney));
        assert_eq!(parse_pence("ten"), Err(Unmoney::NotMoney));
        assert_eq!(parse_pence("12."), Err(Unmoney::NotMoney));
        assert_eq!(parse_pence(""), Err(Unmoney::NotMoney));
        assert_eq!(parse_pence("1,,000"), Err(Unmoney::NotMoney));
        // Issue 14: a decimal comma is not read as thousands (18,50 was £1,850).
        assert_eq!(parse_pence("18,50"), Err(Unmoney::DecimalComma));
        assert_eq!(parse_pence("1,5"), Err(Unmoney::DecimalComma));
        assert_eq!(parse_pence("1249,170"), Err(Unmoney::DecimalComma));
        // Issue 14: amounts that would make the sums wrap are refused.
        assert_eq!(parse_pence("1000000.01"), Err(Unmoney::TooLarge));
        assert_eq!(parse_pence("99999999999999999999"), Err(Unmoney::TooLarge));
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
        // A time alone: 09:10 is 550 minutes of 1440.
        assert_eq!(serial_time(550.0 / 1440.0), "09:10");
        assert_eq!(serial_time(0.999_999), "00:00");
    }
}
