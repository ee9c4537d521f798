//! What a spreadsheet saved as CSV can get wrong that the CSV reader takes silently, shared
//! by the appointment list and the provision tables: a quote that is never closed (the
//! reader would take the rest of the file as one cell) and a comma outside quotes (the
//! row's cells shift one column to the right).

use std::path::Path;

use crate::diag::{Diagnostic, Position};

/// The hint for both: how a spreadsheet writes a cell with a comma in it.
const QUOTING: &str = "a cell with a comma in it is written in double quotes, such as \"Smith, J.\" (a quote inside is doubled: \"\"); saving the sheet as CSV from the spreadsheet does this";

/// Refuses a CSV text with a quote that opens a cell and is never closed, naming where it
/// opened. Quotes are read as the CSV reader reads them: a quote opens a quoted cell only
/// as the cell's first character; inside one, `""` is a quote and `"` closes it.
pub(crate) fn refuse_unclosed_quote(path: &Path, text: &str) -> Result<(), Diagnostic> {
    let (mut line, mut column) = (1u64, 0u64);
    let mut opened: Option<Position> = None;
    let mut cell_starts = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        column += 1;
        if opened.is_some() {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    column += 1;
                } else {
                    opened = None;
                }
            }
        } else if c == '"' && cell_starts {
            opened = Some(Position { line, column });
        }
        cell_starts = matches!(c, ',' | '\n' | '\r');
        if c == '\n' {
            (line, column) = (line + 1, 0);
        }
    }
    match opened {
        None => Ok(()),
        Some(position) => Err(Diagnostic {
            file: Some(path.to_owned()),
            position: Some(position),
            field: None,
            message: "a quote opens a cell here and is never closed: every row after it would be read as part of this cell".into(),
            hints: vec![format!("close the quote, or remove it; {QUOTING}")],
        }),
    }
}

/// Refuses a row with text in more cells than the header has columns: a comma outside
/// quotes split a cell, and the cells after it moved one column to the right. Empty cells
/// at the end (some programs write them) are no problem. `column` gives a cell's column in
/// the file, for the message.
pub(crate) fn refuse_extra_cells<'a>(
    path: &Path,
    line: u64,
    header: usize,
    cells: impl IntoIterator<Item = &'a str>,
    column: impl Fn(usize) -> u64,
) -> Result<(), Diagnostic> {
    let cells: Vec<&str> = cells.into_iter().collect();
    let Some(extra) = cells.iter().skip(header).position(|c| !c.trim().is_empty()) else {
        return Ok(());
    };
    Err(Diagnostic {
        file: Some(path.to_owned()),
        position: Some(Position {
            line,
            column: column(header + extra),
        }),
        field: None,
        message: format!(
            "the row has {} cells and the header {header}: a comma outside quotes has split a cell, and the cells after it have moved to the right",
            cells.len()
        ),
        hints: vec![format!("find the cell with a comma in it; {QUOTING}")],
    })
}

/// The 1-based character column where a CSV line's cell `index` starts (quoted commas are inside a cell).
pub(crate) fn cell_column(line: &str, index: usize) -> u64 {
    let mut field = 0;
    let mut quoted = false;
    for (column, c) in line.chars().enumerate() {
        if field == index {
            return column as u64 + 1;
        }
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => field += 1,
            _ => {}
        }
    }
    line.chars().count() as u64 + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_never_closed_is_found_where_it_opens() {
        let path = Path::new("evening.csv");
        assert!(refuse_unclosed_quote(path, "a,b\n\"x, y\",z\n\"q\"\"q\",r\n").is_ok());
        // A quote inside an unquoted cell is a character, as the CSV reader reads it.
        assert!(refuse_unclosed_quote(path, "a,b\nit\"s,z\n").is_ok());
        let e = refuse_unclosed_quote(path, "a,b\nx,\"y\nz,w\n").unwrap_err();
        assert_eq!(e.position, Some(Position { line: 2, column: 3 }));
    }

    #[test]
    fn text_beyond_the_header_is_a_split_cell() {
        let path = Path::new("evening.csv");
        let column = |i: usize| i as u64 + 1;
        assert!(refuse_extra_cells(path, 2, 3, ["a", "b", "c", "", " "], column).is_ok());
        let e = refuse_extra_cells(path, 2, 3, ["a", "b", "c", "d"], column).unwrap_err();
        assert_eq!(e.position, Some(Position { line: 2, column: 4 }));
        assert!(
            e.message
                .starts_with("the row has 4 cells and the header 3")
        );
    }

    #[test]
    fn a_cells_column_counts_characters_and_skips_quoted_commas() {
        let line = "16:00,\"Khan, Amira\",Ms Ali,B2";
        assert_eq!(cell_column(line, 0), 1);
        assert_eq!(cell_column(line, 1), 7);
        assert_eq!(cell_column(line, 2), 21);
        assert_eq!(cell_column(line, 3), 28);
        // A missing field is just past the end of the line.
        assert_eq!(cell_column("a,b", 5), 4);
        // Characters, not bytes: "ł" is one column.
        assert_eq!(cell_column("ł,x", 1), 3);
    }
}
