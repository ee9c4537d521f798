//! `iepress languages`: the table of languages, with their completeness and review.

use std::io::Write;

use iepress::localize::Dir;
use unicode_width::UnicodeWidthStr;

use super::Failed;

pub(super) fn run() -> Result<(), Failed> {
    let mut rows = vec![[
        "tag".to_owned(),
        "language".to_owned(),
        "autonym".to_owned(),
        "script".to_owned(),
        "direction".to_owned(),
        "messages".to_owned(),
        "review".to_owned(),
    ]];
    for c in iepress::localize::completeness().map_err(|e| Failed(vec![e.diagnostic()]))? {
        let language = c.language;
        let review = match c.review {
            Ok(r) if r.status == "reviewed" => format!(
                "reviewed by {}",
                r.reviewed_by.unwrap_or_else(|| "a fluent speaker".into())
            ),
            Ok(r) => format!(
                "drafted by {}; not yet reviewed by a fluent speaker",
                r.drafted_by.unwrap_or_else(|| "the project".into())
            ),
            Err(e) => format!("unknown ({e})"),
        };
        rows.push([
            language.tag.to_owned(),
            language.name.to_owned(),
            language.autonym.to_owned(),
            language.script.name().to_owned(),
            match language.script.dir() {
                Dir::Ltr => "left to right".to_owned(),
                Dir::Rtl => "right to left".to_owned(),
            },
            format!(
                "{}/{} ({}%)",
                c.messages,
                c.of,
                c.messages * 100 / c.of.max(1)
            ),
            review,
        ]);
    }
    // Columns line up by the width a terminal gives each character (combining vowel signs
    // take none), not by the number of characters.
    let widths: Vec<usize> = (0..7)
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    // Written without `println!`, which panics when the reader goes away (`| head`).
    let mut out = std::io::stdout().lock();
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.width())))
            .collect();
        if writeln!(out, "{}", line.join("  ").trim_end()).is_err() {
            // The reader has stopped reading: nothing more to say, and nothing went wrong.
            break;
        }
    }
    Ok(())
}
