//! Issue 17: the reader matrix. A parent meets a PDF through whatever their device reads it
//! with: Chrome's viewer, Firefox's, a Linux or e-reader app, or a screen reader that
//! follows the tags. Each of these extracts the text on its own, and a text layer that one
//! of them reads exactly can still come out garbled in another. So the example plan is
//! rendered in every language and read by five independent readers (tests/readers/), and
//! each reader's text is checked for every fixed text of the document, exactly.
//!
//! The matrix is printed (`cargo test --test it readers -- --nocapture`) and written to
//! `target/readers-matrix.txt`, with the texts each inexact cell misses (and every reader's
//! whole text to `target/readers-texts.json`). The cells that are not exact today are
//! listed in `KNOWN`, each with its reason; the test fails when any other cell is not
//! exact, and when a known cell becomes exact, so that the table always says what is true.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use iepress::document::iep::Options;
use iepress::localize::LANGUAGES;

use crate::languages::{fixed_texts, normal};
use crate::{brookfield, root, temp};

/// The readers, in the matrix's column order (tests/readers/extract.py says what each is).
const ENGINES: [&str; 5] = ["poppler", "pdfium", "pdfjs", "mupdf", "tags"];

/// The cells that are not exact today: document, reader, and why. Exactly these; update
/// the table when a change to the PDF writer makes one exact (or breaks another).
/// `ur-nastaliq` is Amira's Urdu copy set in Nastaliq (`--nastaliq`).
#[rustfmt::skip]
const KNOWN: &[(&str, &str, &str)] = &[
    // pdftotext guesses word gaps and places marks by position.
    ("pa", "poppler", "a gap where a mark is kerned back: `ਨੰ ਬਰ`"),
    ("bn", "poppler", "a gap where a mark is kerned back: `স্কু ল`"),
    ("gu", "poppler", "a gap where a mark is kerned back: `જૂ થ` (the group plan's heading and opening)"),
    ("pa-Arab", "poppler", "moves Latin runs and brackets in a right-to-left line: `()Year group`"),
    ("ur", "poppler", "moves Latin runs and brackets in a right-to-left line: `()Year group`"),
    ("ar", "poppler", "puts a raised harakah on a line of its own (`ّ` over `أعد`), moves Latin runs"),
    ("fa", "poppler", "moves punctuation, Latin runs and a raised tanween in a right-to-left line: `ً لطفا`"),
    ("ur-nastaliq", "poppler", "splits words at Nastaliq's raised glyphs: `ف ون`"),
    ("ne", "poppler", "a gap where a mark is kerned back: `के ले`"),
    ("ps", "poppler", "moves Latin runs and brackets in a right-to-left line: `ته څه شی سخت دیAmira`"),
    // PDFium (Chrome) reorders bidi runs; the space after a word ending in a vowel sign,
    // which it dropped, is now in the word's last /ActualText (src/typeset/spaces.rs).
    ("pa-Arab", "pdfium", "reverses Latin runs in right-to-left lines: `Khan Amira`, `)in-drop)`"),
    ("ur", "pdfium", "reverses Latin runs in right-to-left lines: `Khan Amira`, `)in-drop)`"),
    ("ar", "pdfium", "moves a harakah off its letter: `ّ تقدم`, `َمن`"),
    ("fa", "pdfium", "reverses Latin runs in right-to-left lines: `Khan Amira`, `)IEP)`"),
    ("gu", "pdfium", "drops the spaces around the word `જૂથ` (group): `જૂથમાંશીખવાની`, `છેકેજૂથ`"),
    ("ur-nastaliq", "pdfium", "Nastaliq's raised glyphs out of order, on lines of their own"),
    ("ps", "pdfium", "reverses Latin runs in right-to-left lines, as for Persian"),
    // pdf.js (Firefox) ignores /ActualText, guesses a word gap where a run is placed apart
    // (mozilla/pdf.js#21890; a word's runs now follow on, src/typeset/runs.rs), and keeps
    // right-to-left words in drawing order (mozilla/pdf.js#20097).
    ("pa", "pdfjs", "a gap where a word's runs are placed apart (raised glyphs, punctuation in another font)"),
    ("bn", "pdfjs", "a gap where a word's runs are placed apart (raised glyphs, punctuation in another font)"),
    ("gu", "pdfjs", "a gap where a word's runs are placed apart: `પ્ર શ્નો`, `જાન્યુઆરી ,`"),
    ("ta", "pdfjs", "a gap where a word's runs are placed apart: `திட்டம் :`"),
    ("pa-Arab", "pdfjs", "right-to-left words in the order drawn, left to right"),
    ("ur", "pdfjs", "right-to-left words in the order drawn, left to right"),
    ("ar", "pdfjs", "right-to-left words in the order drawn, left to right"),
    ("fa", "pdfjs", "right-to-left words in the order drawn, left to right"),
    ("ur-nastaliq", "pdfjs", "glyphs whose /ToUnicode entry is empty read as their codes (`č`)"),
    ("ne", "pdfjs", "a gap where a word's runs are placed apart (raised glyphs, punctuation in another font)"),
    ("ps", "pdfjs", "right-to-left words in the order drawn, left to right"),
    // MuPDF keeps right-to-left words in drawing order. (It split a word after a vowel drawn
    // in two parts, from a span it did not need: runs::drop_needless_spans.)
    ("bn", "mupdf", "a gap where a word is drawn in two runs: `ব্যক্তি গত`"),
    ("pa-Arab", "mupdf", "right-to-left words in the order drawn, left to right"),
    ("ur", "mupdf", "right-to-left words in the order drawn, left to right"),
    ("ar", "mupdf", "right-to-left words in the order drawn, left to right"),
    ("fa", "mupdf", "right-to-left words in the order drawn, left to right"),
    ("ur-nastaliq", "mupdf", "words in drawing order, Nastaliq letters doubled: `نپلا`, `ممییں`"),
    ("ne", "mupdf", "breaks a line inside a word drawn in two runs: `व्यक्ति` / `गत`"),
    ("ps", "mupdf", "right-to-left words in the order drawn, left to right"),
    // The tags (the structure tree, as a screen reader follows it) are exact in every copy:
    // each line's words are listed in reading order (src/typeset/tag_order.rs), and a word
    // drawn in pieces, or without /ReversedChars (Nastaliq), has its text in a span's
    // /ActualText (src/typeset/reversed_words.rs).
];

/// One rendered document: its row's name, its file and the texts it prints.
struct Rendered {
    name: String,
    path: PathBuf,
    expected: Vec<String>,
}

/// Renders Amira's plan with the options, as `every_language_renders_with_an_exact_text_layer`
/// does, and notes the texts the document prints (normalised as they are compared).
fn render(dir: &Path, name: &str, options: &Options) -> Rendered {
    let plan = brookfield().join("plans/amira-khan.yaml");
    let prepared =
        iepress::document::iep::prepare(&plan, options).unwrap_or_else(|e| panic!("{name}: {e}"));
    let pdf = iepress::render::pdf(&prepared).unwrap_or_else(|e| panic!("{name}: {e}"));
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    let expected: BTreeSet<String> = fixed_texts(&iepress::typeset::data(&prepared.document))
        .iter()
        .map(|t| normal(t))
        .filter(|t| !t.is_empty())
        .collect();
    Rendered {
        name: name.to_string(),
        path,
        expected: expected.into_iter().collect(),
    }
}

/// Where tests/readers/setup installs the readers.
fn readers_home() -> PathBuf {
    std::env::var_os("IEPRESS_READERS").map_or_else(
        || {
            PathBuf::from(std::env::var_os("HOME").expect("HOME is set"))
                .join(".cache/iepress/readers")
        },
        PathBuf::from,
    )
}

/// Installs the readers when they are missing (quietly when they are there).
fn setup() {
    let out = Command::new("bash")
        .arg(root().join("tests/readers/setup"))
        .output()
        .expect("bash runs tests/readers/setup");
    assert!(
        out.status.success(),
        "tests/readers/setup failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every reader's text of every file: file, then reader, then the text as the reader gave it.
fn extract(files: &[&Path]) -> BTreeMap<String, BTreeMap<String, String>> {
    let out = Command::new(readers_home().join("venv/bin/python"))
        .arg(root().join("tests/readers/extract.py"))
        .args(files)
        .output()
        .expect("tests/readers/extract.py runs");
    assert!(
        out.status.success(),
        "tests/readers/extract.py failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("extract.py writes JSON")
}

/// The matrix as text: a row a document, a column a reader, each cell `found/total`.
fn table(rows: &[(String, Vec<(usize, usize)>)]) -> String {
    let width = rows.iter().map(|(name, _)| name.len()).max().unwrap_or(0);
    let mut out = format!("{:width$}", "document");
    for engine in ENGINES {
        out.push_str(&format!("  {engine:>8}"));
    }
    out.push('\n');
    for (name, cells) in rows {
        out.push_str(&format!("{name:width$}"));
        for (found, total) in cells {
            out.push_str(&format!("  {:>8}", format!("{found}/{total}")));
        }
        out.push('\n');
    }
    out
}

/// Every fixed text of Amira's plan, in each of the 28 languages and in Urdu's Nastaliq
/// copy, is found exactly in the text of each of the five readers, except in the cells
/// `KNOWN` lists, which are exactly the cells that are not exact.
#[test]
fn every_reader_gets_the_printed_text() {
    let started = Instant::now();
    setup();
    let dir = temp();
    let mut documents: Vec<Rendered> = LANGUAGES
        .iter()
        .map(|language| {
            let options = Options {
                language: Some(language),
                ..Default::default()
            };
            render(dir.path(), language.tag, &options)
        })
        .collect();
    let urdu = LANGUAGES.iter().find(|l| l.tag == "ur").unwrap();
    let nastaliq = Options {
        language: Some(urdu),
        nastaliq: true,
        ..Default::default()
    };
    documents.push(render(dir.path(), "ur-nastaliq", &nastaliq));

    let files: Vec<&Path> = documents.iter().map(|d| d.path.as_path()).collect();
    let texts = extract(&files);

    let mut rows = Vec::new();
    let mut missing: BTreeMap<(String, &str), Vec<String>> = BTreeMap::new();
    for document in &documents {
        let by_engine = &texts[document.path.to_str().unwrap()];
        let mut cells = Vec::new();
        for engine in ENGINES {
            let text = normal(&by_engine[engine]);
            // Chinese has no spaces: a line's end, which every reader reads as a space or a
            // line break, is no gap between its characters.
            let chinese = document.name.starts_with("zh");
            let text = if chinese { cjk_joined(&text) } else { text };
            let lacks: Vec<String> = document
                .expected
                .iter()
                .filter(|want| {
                    if chinese {
                        !text.contains(&cjk_joined(want))
                    } else {
                        !text.contains(want.as_str())
                    }
                })
                .cloned()
                .collect();
            cells.push((
                document.expected.len() - lacks.len(),
                document.expected.len(),
            ));
            if !lacks.is_empty() {
                missing.insert((document.name.clone(), engine), lacks);
            }
        }
        rows.push((document.name.clone(), cells));
    }

    let matrix = table(&rows);
    let mut report = matrix.clone();
    for ((name, engine), lacks) in &missing {
        report.push_str(&format!("\n{name} / {engine} lacks:\n"));
        for want in lacks.iter().take(5) {
            report.push_str(&format!("  {want}\n"));
        }
        if lacks.len() > 5 {
            report.push_str(&format!("  ... and {} more\n", lacks.len() - 5));
        }
    }
    // The binary is target/<profile>/iepress: the matrix goes beside <profile>.
    let target = Path::new(env!("CARGO_BIN_EXE_iepress"))
        .parent()
        .and_then(Path::parent)
        .unwrap();
    let written = target.join("readers-matrix.txt");
    std::fs::write(&written, &report).unwrap();
    // Each reader's whole text beside the texts it was searched for, to see why a cell is
    // not exact without rendering and extracting again.
    let dump: BTreeMap<&str, serde_json::Value> = documents
        .iter()
        .map(|d| {
            let value = serde_json::json!({
                "expected": d.expected,
                "readers": texts[d.path.to_str().unwrap()],
            });
            (d.name.as_str(), value)
        })
        .collect();
    std::fs::write(
        target.join("readers-texts.json"),
        serde_json::to_string_pretty(&dump).unwrap(),
    )
    .unwrap();
    eprintln!(
        "The reader matrix (found/total fixed texts; details in {}):\n{matrix}\
         measured in {:.1} s",
        written.display(),
        started.elapsed().as_secs_f64()
    );

    let known: BTreeSet<(String, &str)> = KNOWN
        .iter()
        .map(|(name, engine, _)| (name.to_string(), *engine))
        .collect();
    for (name, engine) in &known {
        assert!(
            ENGINES.contains(engine) && documents.iter().any(|d| &d.name == name),
            "KNOWN names a cell the matrix has not: {name} / {engine}"
        );
    }
    let inexact: BTreeSet<(String, &str)> = missing.keys().cloned().collect();
    let regressed: Vec<String> = inexact
        .difference(&known)
        .map(|(name, engine)| {
            let lacks = &missing[&(name.clone(), *engine)];
            format!(
                "{name} / {engine}: lacks {} texts, e.g. `{}`",
                lacks.len(),
                lacks[0]
            )
        })
        .collect();
    let now_exact: Vec<String> = known
        .difference(&inexact)
        .map(|(name, engine)| format!("{name} / {engine}"))
        .collect();
    assert!(
        regressed.is_empty() && now_exact.is_empty(),
        "the reader matrix changed (see {}):\n{matrix}\n\
         not exact and not in KNOWN:\n  {}\n\
         exact now, remove from KNOWN:\n  {}",
        written.display(),
        regressed.join("\n  "),
        now_exact.join("\n  ")
    );
}

/// A text without the white space next to a Chinese character or mark (where a line of
/// Chinese ended, not a space written).
fn cjk_joined(text: &str) -> String {
    let cjk = |c: char| {
        ('\u{4E00}'..='\u{9FFF}').contains(&c)
            || ('\u{3000}'..='\u{303F}').contains(&c)
            || ('\u{FF00}'..='\u{FFEF}').contains(&c)
    };
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_whitespace() {
            let before = out.chars().next_back();
            let after = chars[i + 1..].iter().find(|c| !c.is_whitespace());
            if before.is_some_and(cjk) || after.is_some_and(|&c| cjk(c)) {
                continue;
            }
        }
        out.push(c);
    }
    out
}
