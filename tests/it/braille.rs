//! `iepress render --format brf`: braille pages of 40 cells by 25 lines, checked by their
//! sizes and by translating them back to print with liblouis.

use std::io::Write;
use std::process::{Command, Stdio};

use iepress::write::braille::{self, CELLS, LINES};
use iepress::write::outline::{Block, Outlined};

use crate::{brookfield, iepress, temp};

/// Renders a plan as BRF, in the plan's language or `lang`.
fn render(plan: &str, lang: Option<&str>) -> (String, iepress::write::outline::Outline) {
    let dir = temp();
    let plan = brookfield().join("plans").join(plan);
    let out = dir.path().join("plan.brf");
    let mut args = vec![
        "render",
        plan.to_str().unwrap(),
        "--format",
        "brf",
        "-o",
        out.to_str().unwrap(),
    ];
    if let Some(lang) = lang {
        args.extend(["--lang", lang]);
    }
    let run = iepress(dir.path(), &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let options = iepress::document::iep::Options {
        language: lang.map(|l| iepress::localize::Language::find(&l.parse().unwrap()).unwrap()),
        ..Default::default()
    };
    let rendered = iepress::document::iep::prepare(&plan, &options).unwrap();
    let outline = rendered.document.outline();
    // The report names the braille code.
    let code = braille::table_for(&outline.lang).unwrap().name;
    assert!(
        run.stderr.contains(&format!(", {code}, ")),
        "{}",
        run.stderr
    );
    (std::fs::read_to_string(&out).unwrap(), outline)
}

/// The pages of a BRF file, each a list of lines (the form feed ends every page).
pub(crate) fn pages(brf: &str) -> Vec<Vec<&str>> {
    assert!(
        brf.ends_with('\u{c}'),
        "the last page ends with a form feed"
    );
    brf.trim_end_matches('\u{c}')
        .split('\u{c}')
        .map(|page| {
            assert!(page.ends_with("\r\n"), "every line ends with CR LF");
            page.trim_end_matches("\r\n").split("\r\n").collect()
        })
        .collect()
}

/// Checks the page and line sizes, the characters and the page numbers (of braille
/// written with `table`).
pub(crate) fn check_layout<'a>(brf: &'a str, table: &str) -> Vec<Vec<&'a str>> {
    let pages = pages(brf);
    assert!(pages.len() >= 3, "{} pages", pages.len());
    for (n, page) in pages.iter().enumerate() {
        assert!(
            page.len() <= LINES,
            "page {} has {} lines",
            n + 1,
            page.len()
        );
        for line in page {
            assert!(
                line.len() <= CELLS,
                "a line of {} cells: {line:?}",
                line.len()
            );
            assert!(
                line.bytes().all(|b| (0x20..=0x5f).contains(&b)),
                "not BRF: {line:?}"
            );
            assert_eq!(line.trim_end(), *line, "trailing blanks: {line:?}");
        }
        assert!(
            page[1..].iter().any(|l| !l.is_empty()),
            "page {} is empty",
            n + 1
        );
    }
    // The page number at the right of each page's first line, alone on it.
    let numbers: Vec<String> = pages
        .iter()
        .map(|p| {
            assert_eq!(p[0].len(), CELLS, "{:?}", p[0]);
            assert!(!p[0].trim_start().contains(' '));
            braille::brf_to_unicode(p[0].trim_start())
        })
        .collect();
    // Every table but the French writes a number as UEB does (the number sign, then the
    // letters a to j), and not all of them read numbers back; French braille uses
    // Antoine's notation.
    // Chinese braille writes them in the lower cells, as French does.
    let reader = if table.starts_with("fr-") || table.starts_with("zh-") {
        table
    } else {
        "en-ueb-g1.ctb"
    };
    let numbers: Vec<String> = back_translate(reader, &numbers)
        .iter()
        .map(|n| normalise(n))
        .collect();
    let expected: Vec<String> = (1..=pages.len()).map(|n| n.to_string()).collect();
    assert_eq!(numbers, expected);
    pages
}

/// liblouis's back-translation of braille lines to print.
fn back_translate(table: &str, lines: &[String]) -> Vec<String> {
    let mut child = Command::new("lou_translate")
        .args(["--backward", &format!("unicode.dis,{table}")])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("liblouis-bin is installed");
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The text of each page's lines after the page number, back in print, as one string of
/// words.
pub(crate) fn text_of(table: &str, pages: &[Vec<&str>]) -> String {
    let lines: Vec<String> = pages
        .iter()
        .flat_map(|p| &p[1..])
        .map(|l| braille::brf_to_unicode(l))
        .collect();
    normalise(&back_translate(table, &lines).join(" "))
}

/// Words single-spaced and lower case, digits as ASCII (braille has one set of digits,
/// which liblouis reads back as the table's script's own).
pub(crate) fn normalise(text: &str) -> String {
    // The zeros of the scripts we write: Arabic, Persian and Urdu, Devanagari, Bengali,
    // Gurmukhi, Gujarati, Tamil.
    const ZEROS: [u32; 7] = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6];
    let digits: String = text
        .chars()
        .map(|c| {
            let code = u32::from(c);
            ZEROS
                .iter()
                .find(|&&zero| (zero..zero + 10).contains(&code))
                .map_or(c, |zero| char::from_u32(code - zero + 0x30).unwrap())
        })
        .collect();
    digits
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn headings(outline: &iepress::write::outline::Outline) -> Vec<String> {
    outline
        .blocks
        .iter()
        .filter_map(|b| match b {
            // Braille leaves out the marks that set a message's values apart.
            Block::Heading { text, .. } => Some(normalise(&iepress::localize::without_marks(text))),
            _ => None,
        })
        .collect()
}

#[test]
fn an_english_plan_is_unified_english_braille_on_40_by_25_pages_and_reads_back() {
    let (brf, outline) = render("oliver-smith.yaml", None);
    let pages = check_layout(&brf, "en-ueb-g2.ctb");
    assert_eq!(pages[0][0].trim_start(), "#A");
    // Grade 2: contractions such as "the" (=) and "and" (&) and "ing" (+) are used.
    assert!(brf.contains('=') && brf.contains('&') && brf.contains('+'));
    // The title heading is centred on the first page, with three blank cells at least.
    let title = pages[0][1..].iter().find(|l| !l.is_empty()).unwrap();
    let indent = title.len() - title.trim_start().len();
    assert!(
        indent >= 3 && indent.abs_diff(CELLS - title.len()) <= 1,
        "{title:?}"
    );
    // Section headings start in cell 5; paragraphs in cell 3; facts in cell 1.
    let lines: Vec<&str> = pages.iter().flat_map(|p| p[1..].to_vec()).collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("    ") && !l.starts_with("     "))
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("  ") && !l.starts_with("   "))
    );
    // A heading is never a page's last line.
    for page in &pages[..pages.len() - 1] {
        let last = page.last().unwrap();
        assert!(!last.starts_with("    "), "a heading ends a page: {last:?}");
    }

    let text = text_of("en-ueb-g2.ctb", &pages);
    for heading in headings(&outline) {
        assert!(text.contains(&heading), "{heading:?} not in {text}");
    }
    for phrase in [
        "ollie will use a calm card and a calm corner instead of shouting, on 4 days out of 5.",
        "a visual timetable on his desk, so he knows what comes next.",
        "miss ruiz (learning mentor)",
    ] {
        assert!(text.contains(phrase), "{phrase:?} not in {text}");
    }
}

#[test]
fn our_brf_characters_are_liblouis_brf_display_table() {
    let text = "Ollie's plan: 4 days out of 5 (with a timer) & more; \"calm\" corner? Yes!";
    let louis = |tables: &str| {
        let mut child = Command::new("lou_translate")
            .arg(tables)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{text}\n").as_bytes())
            .unwrap();
        String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
    };
    let unicode = louis("unicode.dis,en-ueb-g2.ctb");
    let ascii = louis("en-us-brf.dis,en-ueb-g2.ctb");
    assert_eq!(
        braille::unicode_to_brf(unicode.trim_end()),
        ascii.trim_end()
    );
}

#[test]
fn polish_and_urdu_plans_use_their_own_tables_and_english_for_latin_names() {
    let (brf, outline) = render("zofia-nowak.yaml", None);
    let pages = check_layout(&brf, "Pl-Pl-g1.utb");
    let text = text_of("Pl-Pl-g1.utb", &pages);
    for heading in headings(&outline) {
        assert!(text.contains(&heading), "{heading:?} not in {text}");
    }

    let (brf, outline) = render("amira-khan.yaml", None);
    assert_eq!(outline.lang, "ur");
    let pages = check_layout(&brf, "ur-pk-g1.utb");
    let text = text_of("ur-pk-g1.utb", &pages);
    let urdu: Vec<String> = headings(&outline)
        .into_iter()
        .filter(|h| !h.chars().any(|c| c.is_ascii_alphabetic()))
        .collect();
    assert!(urdu.len() >= 5);
    for heading in urdu {
        // liblouis's Urdu table gives the aspiration letter (ھ) and « the same cell, and
        // reads that cell back as «.
        // Its colon has no sign it reads back (shown as its dots, 2-5).
        let heading = heading.replace('ھ', "«").replace(':', "\\25/");
        assert!(text.contains(&heading), "{heading:?} not in {text}");
    }
    // The pupil's name, in Latin letters, is written in English braille (capital sign ,).
    assert!(brf.contains(",AMIRA ,KHAN"), "{brf}");
}

#[test]
fn a_language_liblouis_cannot_write_is_a_clear_error_and_writes_nothing() {
    let dir = temp();
    let plan = brookfield().join("plans/zofia-nowak.yaml");
    let out = dir.path().join("plan.brf");
    for (lang, says) in [
        ("so", "liblouis has no table for Somali"),
        ("ro", "eight-dot"),
    ] {
        let run = iepress(
            dir.path(),
            &[
                "render",
                plan.to_str().unwrap(),
                "--lang",
                lang,
                "--format",
                "brf",
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(run.status, 1);
        assert!(
            run.stderr
                .contains(&format!("error: no braille copy can be made in `{lang}`")),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains(says), "{}", run.stderr);
        assert!(
            run.stderr
                .contains("hint: the languages with braille are en, ar")
        );
        assert!(!out.exists());
    }
}

#[test]
fn every_language_with_a_table_makes_braille() {
    for table in braille::TABLES {
        assert_eq!(braille::table_for(table.lang).unwrap(), table);
    }
    let dir = temp();
    let plan = brookfield().join("plans/zofia-nowak.yaml");
    for table in braille::TABLES.iter().filter(|t| t.lang != "en") {
        let out = dir.path().join(format!("{}.brf", table.lang));
        let run = iepress(
            dir.path(),
            &[
                "render",
                plan.to_str().unwrap(),
                "--lang",
                table.lang,
                "--format",
                "brf",
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(run.status, 0, "{}: {}", table.lang, run.stderr);
        let brf = std::fs::read_to_string(&out).unwrap();
        check_layout(&brf, table.file);
        // Issue 14: no liblouis escape (`'\x2011'` for a character a table has no sign
        // for) is ever written as if it were braille: the Italian table wrote one for the
        // non-breaking hyphen of "e-mail".
        assert!(
            !brf.contains("',X") && !brf.contains("'/X"),
            "{}: an escape in {brf}",
            table.lang
        );
    }
}

/// Issue 14, class 10: a character the document's table has no sign for is written in
/// English braille when English has one (ß), and refused, with the characters named, when
/// no table has one (CJK); the Polish table wrote liblouis's escapes for both, with exit 0.
#[test]
fn issue_14_no_table_writes_an_escape_for_a_character_it_has_no_sign_for() {
    let dir = temp();
    std::fs::create_dir(dir.path().join("plans")).unwrap();
    std::fs::copy(
        brookfield().join("school.yaml"),
        dir.path().join("school.yaml"),
    )
    .unwrap();
    let plan = std::fs::read_to_string(brookfield().join("plans/zofia-nowak.yaml")).unwrap();
    let about = |pl: &str| {
        let start = plan.find("  about:").unwrap();
        let end = plan[start..].find("  needs:").unwrap() + start;
        format!(
            "{}  about: {{ en-GB: \"Zosia loves music.\", pl: \"{pl}\" }}\n{}",
            &plan[..start],
            &plan[end..]
        )
    };
    let render = |name: &str, text: String| {
        std::fs::write(dir.path().join("plans").join(name), text).unwrap();
        iepress(
            dir.path(),
            &[
                "render",
                &format!("plans/{name}"),
                "--format",
                "brf",
                "-o",
                "out.brf",
            ],
        )
    };
    let run = render("ss.yaml", about("Zosia lubi muzykę, Straße."));
    assert_eq!(run.status, 0, "{}", run.stderr);
    let brf = std::fs::read_to_string(dir.path().join("out.brf")).unwrap();
    assert!(!brf.contains("'/X") && !brf.contains("',X"), "{brf}");
    std::fs::remove_file(dir.path().join("out.brf")).unwrap();

    let run = render("cjk.yaml", about("Zosia lubi 北京."));
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "error: the braille table Pl-Pl-g1.utb has no sign for ‘京’ (U+4EAC), ‘北’ (U+5317)"
        ),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("out.brf").exists());
}

#[test]
fn a_character_without_a_braille_sign_is_named_with_its_file_and_field() {
    let dir = temp();
    let plans = dir.path().join("plans");
    std::fs::create_dir(&plans).unwrap();
    std::fs::copy(
        brookfield().join("school.yaml"),
        dir.path().join("school.yaml"),
    )
    .unwrap();
    let plan = std::fs::read_to_string(brookfield().join("plans/oliver-smith.yaml")).unwrap();
    let plan = plan.replace("He is a loyal friend.", "He is a loyal friend ☺.");
    let file = plans.join("ollie.yaml");
    // The error points at the text's place in the plan: its `about:` line, after the key.
    let about_line = 1 + plan
        .lines()
        .position(|l| l.trim_start().starts_with("about:"))
        .unwrap();
    std::fs::write(&file, plan).unwrap();
    let out = dir.path().join("ollie.brf");
    let run = iepress(
        dir.path(),
        &[
            "render",
            file.to_str().unwrap(),
            "--format",
            "brf",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains(&format!(
            "error: the braille table en-ueb-g2.ctb has no sign for ‘☺’ (U+263A): “Ollie loves football, dinosaurs and building with blocks. He…” (field `plan.about`) in {}:{about_line}:10\n",
            file.display()
        )),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hint: write the text without it"));
    assert!(!out.exists());
}

#[test]
fn the_default_file_name_has_no_large_print_for_braille() {
    // Oliver's family asks for large print, which braille and audio have no use for.
    let dir = temp();
    let plan = brookfield().join("plans/oliver-smith.yaml");
    let run = iepress(
        dir.path(),
        &["render", plan.to_str().unwrap(), "--format", "brf"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        dir.path().join("oliver-smith.en-GB.brf").is_file(),
        "{}",
        run.stderr
    );
}

/// One paragraph in braille, in a document in `lang`.
fn paragraph_in(lang: &str, words: &str) -> String {
    let text = iepress::write::outline::Piece {
        text: words.to_owned(),
        lang: lang.to_owned(),
        dir: "ltr".to_owned(),
        source: None,
        position: None,
        field: String::new(),
    };
    let outline = iepress::write::outline::Outline {
        lang: lang.to_owned(),
        dir: "ltr".to_owned(),
        title: words.to_owned(),
        school: String::new(),
        blocks: vec![Block::Field(text)],
    };
    braille::brf(&outline).unwrap()
}

#[test]
fn ukrainian_letters_russian_lacks_get_their_own_cells() {
    // і, ї, є and ґ are ⠽, ⠹, ⠜ and ⠻ in Ukrainian braille (BRF Y, ?, > and ]).
    let brf = paragraph_in("uk", "Ці цілі ї є ґ");
    assert!(brf.contains("  CY CYLY ? > ]\r\n"), "{brf:?}");
}

#[test]
fn a_romanian_name_in_an_english_plan_is_written_with_uebs_cedilla() {
    let brf = paragraph_in("en-GB", "Ollie sits with Ștefan Mățăuanu.");
    // Capital, cedilla (dots 4-5, 1-2-3-4-6), s; breve (dots 4, 3-4-6) over a.
    assert!(brf.contains(",^&STEFAN\r\n,M@+A^&T@+AUANU4"), "{brf:?}");
}

#[test]
fn every_language_iepress_writes_has_a_table_or_a_reason() {
    for language in iepress::localize::LANGUAGES {
        match braille::table_for(language.tag) {
            Ok(table) => assert!(language.tag.starts_with(table.lang)),
            Err(e) => {
                let message = e.to_string();
                assert!(
                    !message.contains("liblouis has no table for it"),
                    "{}: no reason given: {message}",
                    language.tag
                );
            }
        }
    }
}
