//! A document (an IEP, a leaflet, a provision map) in braille, as a BRF file for an
//! embosser or a braille display: 40 cells a line, 25 lines a page, pages ended by form
//! feeds.
//!
//! The braille itself comes from liblouis (Debian's `liblouis-bin` runs its translator,
//! `lou_translate`, with the tables in `liblouis-data`): English is Unified English Braille
//! grade 2 (`en-ueb-g2.ctb`), other languages use their own literary table where liblouis
//! has one ([`table_for`]). liblouis writes Unicode braille patterns (`unicode.dis`), so that
//! every cell can be checked to be a six-dot cell; [`unicode_to_brf`] then writes each cell
//! as the ASCII braille character that liblouis's BRF display table (`en-us-brf.dis`) gives
//! it.
//!
//! The layout follows the usual transcription rules (BANA's Braille Formats): the page
//! number at the right of each page's first line; the title heading centred, with a blank
//! line before and after; section headings from cell 5 after a blank line; target headings
//! from cell 7; paragraphs start in cell 3 and run on from cell 1; list items and labelled
//! facts start in cell 1 and run on from cell 3; a heading never ends a page. Text in
//! another language than the document's (the school's original in a bilingual copy) is
//! translated with that language's table; characters a table has no six-dot sign for but
//! the English table has (the Latin letters of a pupil's name in an Urdu plan, a colon the
//! Urdu table lacks) are written in English braille. Where no table has a sign for a
//! character, the error names it.
//!
//! The entry point is [`brf`].

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::io::Write;
use std::process::Command;

use super::outline::{Block, Outline, Piece};
use super::program;
use crate::diag::Diagnostic;

/// Cells on a line.
pub const CELLS: usize = 40;
/// Lines on a page.
pub const LINES: usize = 25;

/// A liblouis table for one language.
#[derive(Debug, PartialEq, Eq)]
pub struct BrailleTable {
    /// The language tag it serves (`en` serves every English tag).
    pub lang: &'static str,
    /// The table's file, in liblouis's table folder.
    pub file: &'static str,
    /// Which braille code it writes.
    pub name: &'static str,
    /// Rules put before the table (in liblouis's own syntax) for signs it lacks or has
    /// wrong.
    pub extra: &'static str,
}

/// The tables we use, one per language. Each is a six-dot literary table (BRF holds six-dot
/// cells only); where liblouis has a contracted and an uncontracted one, the one readers
/// of that language are usually taught.
pub const TABLES: &[BrailleTable] = &[
    table("en", "en-ueb-g2.ctb", "Unified English Braille, grade 2"),
    table("ar", "ar-ar-g1.utb", "Arabic braille, grade 1"),
    BrailleTable {
        // The danda (।) ends a Bengali sentence; Bharati braille writes it with dots 2-5-6
        // in every script, as liblouis's Devanagari and Gurmukhi tables do.
        extra: "punctuation \\x0964 256\npunctuation \\x0965 256-256\n",
        ..table("bn", "bn.tbl", "Bharati braille (Bengali)")
    },
    table("es", "es-g1.ctb", "Spanish braille, uncontracted"),
    table("fa", "fa-ir-g1.utb", "Persian braille, grade 1"),
    table(
        "fr",
        "fr-bfu-comp6.utb",
        "French unified braille, uncontracted",
    ),
    BrailleTable {
        // Bharati braille writes the vowel in "office" (candra O) with dots 1-3-4-6 in every
        // script; liblouis's Devanagari table has it, its Gujarati table does not.
        extra: "letter \\x0A91 1346\n",
        ..table("gu", "gu-in-g1.utb", "Bharati braille (Gujarati)")
    },
    table("it", "it-it-comp6.utb", "Italian braille, six-dot"),
    table("lt", "lt-6dot.utb", "Lithuanian braille, six-dot"),
    table("pa", "pa.tbl", "Bharati braille (Punjabi, Gurmukhi)"),
    table("pl", "Pl-Pl-g1.utb", "Polish braille, uncontracted"),
    table("pt", "pt-pt-g1.utb", "Portuguese braille, grade 1"),
    table("ta", "ta-ta-g1.ctb", "Bharati braille (Tamil)"),
    table("tr", "tr-g1.ctb", "Turkish braille, grade 1"),
    BrailleTable {
        // Debian's liblouis (3.24) gives the four letters Ukrainian has and Russian has not
        // a ninth, virtual dot, so that they come out as print; these are their cells in
        // Ukrainian braille, as later liblouis releases have them.
        extra: "lowercase \\x0454 345\nlowercase \\x0456 13456\nlowercase \\x0457 1456\n\
                lowercase \\x0491 12456\nuppercase \\x0404 345\nuppercase \\x0406 13456\n\
                uppercase \\x0407 1456\nuppercase \\x0490 12456\n",
        ..table("uk", "uk.utb", "Ukrainian braille")
    },
    table("ur", "ur-pk-g1.utb", "Urdu braille, grade 1"),
    table("bg", "bg.utb", "Bulgarian braille"),
    BrailleTable {
        // Hungarian opens a quotation low („) and closes it high (”); liblouis's table gives
        // „ an eight-dot cell, which a BRF file cannot hold: it is written with the
        // opening quotation cell the table gives “ (dots 2-3-6).
        extra: "punctuation \\x201E 236\n",
        ..table("hu", "hu-hu-g1.ctb", "Hungarian braille, uncontracted")
    },
    table("ru", "ru-litbrl.ctb", "Russian literary braille"),
    table("ne", "np-in-g1.utb", "Bharati braille (Nepali), grade 1"),
    table(
        "zh-Hans",
        "zh-chn.ctb",
        "Chinese braille (Mandarin, mainland)",
    ),
    table("zh-Hant", "zh-hk.ctb", "Cantonese braille (Hong Kong)"),
];

const fn table(lang: &'static str, file: &'static str, name: &'static str) -> BrailleTable {
    BrailleTable {
        lang,
        file,
        name,
        extra: "",
    }
}

/// Languages we translate into that liblouis cannot write as six-dot braille, and why.
const NO_TABLE: &[(&str, &str)] = &[
    (
        "pa-Arab",
        "liblouis has no table for Punjabi in Shahmukhi script (its Punjabi table is for Gurmukhi)",
    ),
    (
        "ro",
        "liblouis's only Romanian table is eight-dot computer braille, which a BRF file cannot hold",
    ),
    (
        "ps",
        "liblouis has no table for Pashto (its Arabic-script tables are for Arabic, Persian and Urdu)",
    ),
    ("so", "liblouis has no table for Somali"),
    (
        "ti",
        "liblouis's Ethiopic table is Amharic's, without Tigrinya's own letters (ቐ, ኸ and their forms)",
    ),
    ("sq", "liblouis has no table for Albanian"),
];

/// The table for a language tag: the tag itself, then its language alone (`en-GB` → `en`).
pub fn table_for(tag: &str) -> Result<&'static BrailleTable, BrailleError> {
    crate::localize::for_language(tag, TABLES, |t| t.lang, NO_TABLE).map_err(|why| {
        BrailleError::NoTable {
            lang: tag.to_owned(),
            reason: why.unwrap_or("liblouis has no table for it").to_owned(),
        }
    })
}

/// Why no braille could be made.
#[derive(Debug)]
pub enum BrailleError {
    /// The language has no braille table.
    NoTable { lang: String, reason: String },
    /// liblouis's translator is not installed.
    NotInstalled(std::io::Error),
    /// liblouis failed (a table missing or broken).
    Liblouis { table: String, message: String },
    /// A text has characters the table has no braille sign for.
    NoSign {
        table: String,
        /// Where the text comes from (`plan.about`), or empty for iepress's own words.
        field: String,
        text: String,
        chars: Vec<char>,
    },
}

impl BrailleError {
    /// The problem as a diagnostic: what is wrong, the field of the text it is in, and
    /// the fix.
    pub fn diagnostic(&self) -> Diagnostic {
        match self {
            BrailleError::NoTable { lang, reason } => Diagnostic::new(format!(
                "no braille copy can be made in `{lang}`: {reason}"
            ))
            .hint(format!(
                "the languages with braille are {}; a braille transcription service can make one by hand",
                TABLES.iter().map(|t| t.lang).collect::<Vec<_>>().join(", ")
            )),
            BrailleError::NotInstalled(e) => Diagnostic::new(format!(
                "cannot run liblouis's translator `lou_translate` ({e})"
            ))
            .hint("install it with `apt-get install liblouis-bin liblouis-data`"),
            BrailleError::Liblouis { table, message } => Diagnostic::new(format!(
                "liblouis could not use its table {table}: {message}"
            ))
            .hint("install liblouis's tables with `apt-get install liblouis-data`"),
            BrailleError::NoSign {
                table,
                field,
                text,
                chars,
            } => {
                let signs: Vec<String> = chars
                    .iter()
                    .map(|c| format!("‘{c}’ (U+{:04X})", u32::from(*c)))
                    .collect();
                let diagnostic = if signs.is_empty() {
                    // Every character has a sign alone, but not where it stands.
                    Diagnostic::new(format!(
                        "the braille table {table} cannot write this text in six-dot cells: “{}”",
                        snippet(text)
                    ))
                    .hint("ask a braille transcriber to render it")
                } else {
                    Diagnostic::new(format!(
                        "the braille table {table} has no sign for {}: “{}”",
                        signs.join(", "),
                        snippet(text),
                    ))
                    .hint(format!(
                        "write the text without {}, or ask a braille transcriber to render it",
                        if signs.len() == 1 { "it" } else { "them" }
                    ))
                };
                if field.is_empty() {
                    diagnostic
                } else {
                    diagnostic.field(field.clone())
                }
            }
        }
    }
}

impl fmt::Display for BrailleError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.diagnostic().fmt(f)
    }
}

impl std::error::Error for BrailleError {}

fn snippet(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    }
}

/// ASCII braille (BRF) for the 64 six-dot cells, indexed by the cell's dot bits (dot 1 is
/// bit 0), as liblouis's `en-us-brf.dis` writes them.
const BRF: &[u8; 64] = b" A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

/// Unicode braille (six-dot cells) as BRF; other characters are kept as they are.
pub fn unicode_to_brf(braille: &str) -> String {
    braille
        .chars()
        .map(|c| match u32::from(c) {
            cell @ 0x2800..=0x283F => char::from(BRF[(cell - 0x2800) as usize]),
            _ => c,
        })
        .collect()
}

/// BRF as Unicode braille, in either case (`a` and `A`, `{` and `[`, `~` and `^` are the
/// same cell); other characters are kept.
pub fn brf_to_unicode(brf: &str) -> String {
    brf.chars()
        .map(|c| {
            let upper = match c {
                '`' => '@',
                '{' => '[',
                '|' => '\\',
                '}' => ']',
                '~' => '^',
                c => c.to_ascii_uppercase(),
            };
            match BRF.iter().position(|&b| char::from(b) == upper) {
                Some(bits) => char::from_u32(0x2800 + bits as u32).unwrap_or(c),
                None => c,
            }
        })
        .collect()
}

/// How a block is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// Centred, with a blank line before and after.
    Centred,
    /// Starting in cell 5 and running on from cell 5, after a blank line.
    Cell5,
    /// Starting in cell 7 and running on from cell 7.
    Cell7,
    /// Starting in cell 3, running on from cell 1.
    Paragraph,
    /// Starting in cell 1, running on from cell 3.
    Item,
}

impl Layout {
    fn is_heading(self) -> bool {
        matches!(self, Layout::Centred | Layout::Cell5 | Layout::Cell7)
    }

    /// The first line's indent and the runover indent, in cells.
    fn indents(self) -> (usize, usize) {
        match self {
            Layout::Centred => (0, 0),
            Layout::Cell5 => (4, 4),
            Layout::Cell7 => (6, 6),
            Layout::Paragraph => (2, 0),
            Layout::Item => (0, 2),
        }
    }
}

/// A piece of text and the table to write it with.
#[derive(Debug, Clone)]
struct Run {
    text: String,
    table: &'static BrailleTable,
    /// Where the text comes from (`plan.about`), or nothing for iepress's own words.
    field: String,
    /// Whether a space comes before it (runs of one word in two tables join without one).
    space: bool,
}

/// Text as liblouis should get it: spaces single; invisible format characters (joiners,
/// direction marks, soft hyphens), which braille has no use for, left out; Bengali letters
/// with a nukta written as the one character liblouis's table knows (Unicode's canonical
/// equivalents, which normalization leaves decomposed); and Romanian ș and ț (comma
/// below), which no table of ours has, as ş and ţ (cedilla), the form of older Romanian
/// print, which UEB writes with its cedilla sign (a Romanian name in an English plan).
fn braille_text(text: &str) -> String {
    let spaced = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(spaced.len());
    let mut chars = spaced.chars().peekable();
    while let Some(c) = chars.next() {
        if is_invisible(c) {
            continue;
        }
        let composed = match (c, chars.peek()) {
            ('\u{9a1}', Some('\u{9bc}')) => Some('\u{9dc}'),
            ('\u{9a2}', Some('\u{9bc}')) => Some('\u{9dd}'),
            ('\u{9af}', Some('\u{9bc}')) => Some('\u{9df}'),
            _ => None,
        };
        match composed {
            Some(letter) => {
                chars.next();
                out.push(letter);
            }
            None => out.push(match c {
                'ș' => 'ş',
                'Ș' => 'Ş',
                'ț' => 'ţ',
                'Ț' => 'Ţ',
                c => c,
            }),
        }
    }
    out
}

/// Soft hyphen, joiners, direction marks and embeddings, word joiner, byte-order mark, and
/// the marks around words in English in a message.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{61c}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2069}'
            | '\u{feff}'
            | crate::localize::ENGLISH_BEGINS
            | crate::localize::ENGLISH_ENDS
    )
}

/// One laid-out block: runs written one after another.
#[derive(Debug)]
struct Item {
    layout: Layout,
    runs: Vec<Run>,
}

/// The items of an outline, with the table for each run.
struct Items {
    items: Vec<Item>,
    document: &'static BrailleTable,
}

impl Items {
    /// iepress's own words as a run in its language's table.
    fn run(&self, text: &str, lang: &str) -> Result<Run, BrailleError> {
        Ok(Run {
            text: braille_text(text),
            table: table_for(lang)?,
            field: String::new(),
            space: true,
        })
    }

    /// The words of a text (or one of its paragraphs) as a run, with where they come from.
    fn run_of(&self, words: &str, text: &Piece) -> Result<Run, BrailleError> {
        Ok(Run {
            field: text.field.clone(),
            ..self.run(words, &text.lang)?
        })
    }

    fn push(&mut self, layout: Layout, runs: Vec<Run>) {
        if runs.iter().any(|r| !r.text.is_empty()) {
            self.items.push(Item { layout, runs });
        }
    }

    fn plain(&mut self, layout: Layout, text: &str) -> Result<(), BrailleError> {
        let runs = vec![self.run(text, self.document.lang)?];
        self.push(layout, runs);
        Ok(())
    }

    /// A text as paragraphs, its original after it.
    fn paragraphs(&mut self, text: &Piece) -> Result<(), BrailleError> {
        for paragraph in text.paragraphs() {
            let runs = vec![self.run_of(paragraph, text)?];
            self.push(Layout::Paragraph, runs);
        }
        if let Some(source) = &text.source {
            self.paragraphs(source)?;
        }
        Ok(())
    }

    /// A text inline, its original after it.
    fn inline(&self, text: &Piece, runs: &mut Vec<Run>) -> Result<(), BrailleError> {
        runs.push(self.run_of(&text.text, text)?);
        if let Some(source) = &text.source {
            self.inline(source, runs)?;
        }
        Ok(())
    }

    fn block(&mut self, block: &Block) -> Result<(), BrailleError> {
        match block {
            Block::Heading { level, text } => {
                let layout = match level {
                    1 => Layout::Centred,
                    2 => Layout::Cell5,
                    _ => Layout::Cell7,
                };
                self.plain(layout, text)?;
            }
            Block::Notice(text) | Block::Paragraph(text) => self.plain(Layout::Paragraph, text)?,
            Block::Field(text) | Block::Target(text) => self.paragraphs(text)?,
            Block::Strong(text) => {
                let mut runs = Vec::new();
                self.inline(text, &mut runs)?;
                self.push(Layout::Paragraph, runs);
            }
            Block::List(values) => {
                for value in values {
                    let mut runs = Vec::new();
                    self.inline(value, &mut runs)?;
                    self.push(Layout::Item, runs);
                }
            }
            Block::Facts(facts) => {
                for fact in facts {
                    let mut runs = vec![self.run(&format!("{}:", fact.label), self.document.lang)?];
                    for value in &fact.values {
                        self.inline(value, &mut runs)?;
                    }
                    self.push(Layout::Item, runs);
                }
            }
            // The panel pointing print readers to other languages: a braille copy is made in
            // the reader's language on request.
            Block::Languages { .. } => {}
            Block::Table { columns, rows } => {
                // Read linearly: each row is an item, each cell after its column's header.
                for row in rows {
                    let mut runs = Vec::new();
                    self.inline(&row.header, &mut runs)?;
                    for (column, cell) in columns.iter().skip(1).zip(&row.cells) {
                        if cell.is_empty() {
                            continue;
                        }
                        runs.push(self.run(&format!("{column}:"), self.document.lang)?);
                        for text in cell {
                            self.inline(text, &mut runs)?;
                        }
                    }
                    self.push(Layout::Item, runs);
                }
            }
        }
        Ok(())
    }
}

/// Runs liblouis's translator over lines of text, one braille line for each.
fn louis<S: AsRef<str>>(table: &str, lines: &[S]) -> Result<Vec<String>, BrailleError> {
    let failed = |message: String| BrailleError::Liblouis {
        table: table.to_owned(),
        message,
    };
    // A table's added rules, in a file of their own before it: liblouis keeps the first
    // definition of a character.
    let extra = TABLES
        .iter()
        .find(|t| t.file == table && !t.extra.is_empty())
        .map(|t| {
            let (mut file, listed) = crate::cleanup::create_listed(
                || tempfile::Builder::new().suffix(".cti").tempfile(),
                |f| f.path(),
            )?;
            file.write_all(t.extra.as_bytes())?;
            Ok::<_, std::io::Error>((file, listed))
        })
        .transpose()
        .map_err(|e| failed(e.to_string()))?;
    let tables = match &extra {
        Some((file, _)) => format!("unicode.dis,{},{table}", file.path().to_string_lossy()),
        None => format!("unicode.dis,{table}"),
    };
    let mut input = String::new();
    for line in lines {
        input.push_str(line.as_ref());
        input.push('\n');
    }
    let output = program::run(
        Command::new("lou_translate").args(["--forward", &tables]),
        input.into_bytes(),
    )
    .map_err(|failure| match failure {
        program::Failure::Start(e) => BrailleError::NotInstalled(e),
        program::Failure::Failed(said) => failed(said),
    })?;
    let braille: Vec<String> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect();
    // lou_translate says a table is missing on its standard error, and exits with 0.
    if braille.len() != lines.len() {
        return Err(failed(
            output
                .stderr
                .lines()
                .find(|l| !l.trim().is_empty())
                .unwrap_or("it wrote no braille")
                .to_owned(),
        ));
    }
    Ok(braille)
}

fn is_six_dot(c: char) -> bool {
    ('\u{2800}'..='\u{283F}').contains(&c)
}

/// The characters of `chars` that a table writes in six-dot cells, asking liblouis for each
/// on its own.
fn writable(table: &str, chars: &BTreeSet<char>) -> Result<HashSet<char>, BrailleError> {
    let singles: Vec<String> = chars.iter().map(char::to_string).collect();
    let cells = louis(table, &singles)?;
    Ok(chars
        .iter()
        .zip(cells)
        .filter(|(c, cells)| {
            let count = cells.chars().count();
            // A table writes a character it has no sign for as liblouis's escape, the
            // character's code in cells (`'\x00df'`: eight cells or more, six-dot in the
            // Polish and Italian tables, so that ß and a non-breaking hyphen were written
            // so); a sign is at most a few cells. A combining mark (a Gurmukhi nukta) has
            // its sign with the letter it marks, and alone may come out as an escape.
            let combining = unicode_width::UnicodeWidthChar::width(**c) == Some(0);
            count > 0 && (combining || count < ESCAPE_CELLS) && cells.chars().all(is_six_dot)
        })
        .map(|(c, _)| *c)
        .collect())
}

/// The fewest cells of liblouis's escape for a character with no sign (`'\x` and four hex
/// digits and `'`, less one to spare).
const ESCAPE_CELLS: usize = 7;

/// Splits runs where their table has no sign for a character that the English table has:
/// Latin letters in a table without them (a pupil's name in an Urdu plan), or punctuation
/// and symbols a table leaves out.
fn fall_back_to_english(items: &mut [Item]) -> Result<(), BrailleError> {
    let english = table_for("en")?;
    let mut chars: HashMap<&'static str, BTreeSet<char>> = HashMap::new();
    for run in items.iter().flat_map(|i| &i.runs) {
        if !std::ptr::eq(run.table, english) {
            chars
                .entry(run.table.file)
                .or_default()
                .extend(run.text.chars().filter(|c| !c.is_whitespace()));
        }
    }
    let mut known: HashMap<&'static str, HashSet<char>> = HashMap::new();
    let mut missing = BTreeSet::new();
    for (table, chars) in &chars {
        let own = writable(table, chars)?;
        missing.extend(chars.iter().filter(|c| !own.contains(c)));
        known.insert(table, own);
    }
    if missing.is_empty() {
        return Ok(());
    }
    let in_english = writable(english.file, &missing)?;
    // A character neither its own table nor English braille has a sign for is refused
    // here: left to its own table, liblouis would write its escape, which can look like
    // any other cells (the Polish table's six-dot `'\x00df'`).
    // (A combining mark is judged with its letter, when the whole text is translated.)
    let nowhere: BTreeSet<char> = missing
        .iter()
        .filter(|c| {
            !in_english.contains(c) && unicode_width::UnicodeWidthChar::width(**c) != Some(0)
        })
        .copied()
        .collect();
    if let Some(run) = items
        .iter()
        .flat_map(|i| &i.runs)
        .find(|r| r.text.chars().any(|c| nowhere.contains(&c)))
    {
        let mut chars: Vec<char> = run.text.chars().filter(|c| nowhere.contains(c)).collect();
        chars.sort_unstable();
        chars.dedup();
        return Err(BrailleError::NoSign {
            table: run.table.file.to_owned(),
            field: run.field.clone(),
            text: run.text.clone(),
            chars,
        });
    }
    for item in items {
        let mut runs: Vec<Run> = Vec::new();
        for run in std::mem::take(&mut item.runs) {
            let own = known.get(run.table.file);
            let table_of = |c: char| match own {
                Some(own) if !own.contains(&c) && in_english.contains(&c) => english,
                _ => run.table,
            };
            for (w, word) in run.text.split(' ').enumerate() {
                let mut space = if w == 0 { run.space } else { true };
                for c in word.chars() {
                    let table = table_of(c);
                    match runs.last_mut() {
                        Some(last) if std::ptr::eq(last.table, table) => {
                            if space {
                                last.text.push(' ');
                            }
                            last.text.push(c);
                        }
                        _ => runs.push(Run {
                            text: c.to_string(),
                            table,
                            field: run.field.clone(),
                            space,
                        }),
                    }
                    space = false;
                }
            }
        }
        item.runs = runs;
    }
    Ok(())
}

/// Translates every run, one call to liblouis for each table, and checks that every cell
/// is a six-dot cell.
fn translate(items: &[Item]) -> Result<Vec<Vec<String>>, BrailleError> {
    let mut by_table: HashMap<&'static str, Vec<&Run>> = HashMap::new();
    for run in items.iter().flat_map(|i| &i.runs) {
        by_table.entry(run.table.file).or_default().push(run);
    }
    let mut translated: HashMap<&'static str, std::vec::IntoIter<String>> = HashMap::new();
    for (table, runs) in &by_table {
        let texts: Vec<&str> = runs.iter().map(|r| r.text.as_str()).collect();
        let braille = louis(table, &texts)?;
        for (run, cells) in runs.iter().zip(&braille) {
            if !cells.chars().all(is_six_dot) {
                return Err(no_sign(table, run));
            }
        }
        translated.insert(table, braille.into_iter());
    }
    Ok(items
        .iter()
        .map(|item| {
            item.runs
                .iter()
                .map(|run| {
                    translated
                        .get_mut(run.table.file)
                        .and_then(Iterator::next)
                        .expect("one braille line for each run")
                })
                .collect()
        })
        .collect())
}

/// The error for a text that liblouis could not write in six-dot cells, naming the
/// characters it has no sign for.
fn no_sign(table: &str, run: &Run) -> BrailleError {
    let distinct: BTreeSet<char> = run.text.chars().filter(|c| !c.is_whitespace()).collect();
    let chars = writable(table, &distinct)
        .map(|known| {
            distinct
                .iter()
                .filter(|c| !known.contains(c))
                .copied()
                .collect()
        })
        .unwrap_or_default();
    BrailleError::NoSign {
        table: table.to_owned(),
        field: run.field.clone(),
        text: run.text.clone(),
        chars,
    }
}

/// Lays out lines of cells into pages.
struct Pages {
    pages: Vec<Vec<String>>,
    /// Lines on the current page (after its page-number line).
    lines: Vec<String>,
}

/// Lines of text on a page: the first line holds the page number.
const TEXT_LINES: usize = LINES - 1;
const BLANK: char = '\u{2800}';

impl Pages {
    fn room(&self) -> usize {
        TEXT_LINES - self.lines.len()
    }

    fn new_page(&mut self) {
        if !self.lines.is_empty() {
            self.pages.push(std::mem::take(&mut self.lines));
        }
    }

    fn line(&mut self, line: String) {
        if self.room() == 0 {
            self.new_page();
        }
        self.lines.push(line);
    }

    /// A blank line, unless at the top of a page.
    fn blank(&mut self) {
        if !self.lines.is_empty() && self.room() > 0 {
            self.lines.push(String::new());
        }
    }

    /// Writes an item's lines, keeping a heading with the first line after it.
    fn item(&mut self, layout: Layout, lines: Vec<String>) {
        let blank_before = matches!(layout, Layout::Centred | Layout::Cell5);
        if layout.is_heading() {
            let blank_after = usize::from(layout == Layout::Centred);
            let needed = usize::from(blank_before) + lines.len() + blank_after + 1;
            if needed > self.room() {
                self.new_page();
            }
        }
        if blank_before {
            self.blank();
        }
        for line in lines {
            self.line(line);
        }
        if layout == Layout::Centred {
            self.blank();
        }
    }

    fn finish(mut self) -> Vec<Vec<String>> {
        self.new_page();
        self.pages
    }
}

/// Breaks cells into lines of at most [`CELLS`], with the layout's indents; a word too long
/// for a line is divided with a hyphen (dots 3-6).
fn wrap(cells: &str, layout: Layout) -> Vec<String> {
    let (first, runover) = layout.indents();
    let (margin, width) = match layout {
        // At least three blank cells either side of a centred heading.
        Layout::Centred => (3, CELLS - 6),
        _ => (0, CELLS),
    };
    let mut lines: Vec<Vec<char>> = Vec::new();
    let mut line: Vec<char> = vec![BLANK; first];
    let mut indent = first;
    for word in cells.split(BLANK).filter(|w| !w.is_empty()) {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let space = usize::from(line.len() > indent);
            if line.len() + space + word.len() <= width {
                if space == 1 {
                    line.push(BLANK);
                }
                line.extend(&word);
                break;
            }
            if line.len() > indent {
                lines.push(std::mem::replace(&mut line, vec![BLANK; runover]));
                indent = runover;
                continue;
            }
            // The word alone is longer than the line: divide it.
            let take = width - line.len() - 1;
            line.extend(&word[..take]);
            line.push('\u{2824}');
            word.drain(..take);
            lines.push(std::mem::replace(&mut line, vec![BLANK; runover]));
            indent = runover;
        }
    }
    if line.len() > indent {
        lines.push(line);
    }
    lines
        .into_iter()
        .map(|line| {
            let pad = if layout == Layout::Centred {
                margin + (width - line.len()) / 2
            } else {
                0
            };
            let mut out: String = std::iter::repeat_n(BLANK, pad).collect();
            out.extend(line);
            out
        })
        .collect()
}

/// An outline in braille, as BRF: lines ended by CR LF, pages by a form feed.
pub fn brf(outline: &Outline) -> Result<String, BrailleError> {
    let mut items = Items {
        items: Vec::new(),
        document: table_for(&outline.lang)?,
    };
    for block in &outline.blocks {
        items.block(block)?;
    }
    items.plain(Layout::Paragraph, &outline.school)?;

    fall_back_to_english(&mut items.items)?;
    let translated = translate(&items.items)?;
    let mut pages = Pages {
        pages: Vec::new(),
        lines: Vec::new(),
    };
    for (item, braille) in items.items.iter().zip(translated) {
        let mut cells = String::new();
        for (run, braille) in item.runs.iter().zip(braille) {
            if run.space && !cells.is_empty() {
                cells.push(BLANK);
            }
            cells.push_str(&braille);
        }
        pages.item(item.layout, wrap(&cells, item.layout));
    }
    let pages = pages.finish();

    let numbers: Vec<String> = (1..=pages.len()).map(|n| n.to_string()).collect();
    let numbers = louis(items.document.file, &numbers)?;
    let mut out = String::new();
    for (lines, number) in pages.iter().zip(&numbers) {
        let number = number.trim_matches(BLANK);
        let width = number.chars().count();
        out.push_str(&" ".repeat(CELLS.saturating_sub(width)));
        out.push_str(&unicode_to_brf(number));
        out.push_str("\r\n");
        for line in lines {
            out.push_str(unicode_to_brf(line).trim_end());
            out.push_str("\r\n");
        }
        out.push('\u{c}');
    }
    Ok(out)
}

crate::error::into_error!(BrailleError);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brf_round_trips_every_cell() {
        let cells: String = (0x2800..=0x283F).filter_map(char::from_u32).collect();
        let brf = unicode_to_brf(&cells);
        assert_eq!(brf.len(), 64);
        assert_eq!(brf_to_unicode(&brf), cells);
        assert_eq!(brf_to_unicode(&brf.to_lowercase()), cells);
    }

    #[test]
    fn wrapping_keeps_lines_within_the_page_width_and_indents() {
        let word = "\u{2801}\u{2803}\u{2809}";
        let text = vec![word; 40].join("\u{2800}");
        let lines = wrap(&text, Layout::Paragraph);
        assert!(lines.iter().all(|l| l.chars().count() <= CELLS));
        assert!(lines[0].starts_with("\u{2800}\u{2800}\u{2801}"));
        assert!(lines[1].starts_with('\u{2801}'));
        let long: String = std::iter::repeat_n('\u{2801}', 100).collect();
        let lines = wrap(&long, Layout::Item);
        assert_eq!(lines.len(), 3);
        assert!(lines[0].ends_with('\u{2824}'));
        assert!(lines.iter().all(|l| l.chars().count() <= CELLS));
        let centred = wrap(word, Layout::Centred);
        assert_eq!(centred[0].chars().count(), 3 + (34 - 3) / 2 + 3);
    }

    #[test]
    fn a_heading_never_ends_a_page() {
        let mut pages = Pages {
            pages: Vec::new(),
            lines: vec![String::new(); TEXT_LINES - 2],
        };
        pages.item(Layout::Cell5, vec!["\u{2801}".to_owned()]);
        assert_eq!(pages.pages.len(), 1);
        assert_eq!(pages.lines, vec!["\u{2801}".to_owned()]);
    }
}
