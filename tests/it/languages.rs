//! Every shipped language renders, passes the accessibility checks, and has an exact text
//! layer: the words a screen reader or copy and paste gets are the words on the page.

use std::collections::BTreeSet;

use iepress::localize::{Dir, LANGUAGES, Language, Script};
use unicode_normalization::UnicodeNormalization;

use crate::pdf::{info, squash, text};
use crate::{brookfield, iepress, render_ok, temp};

/// Every fixed text of the document (labels, headings, sentences) as the template got it.
pub(crate) fn fixed_texts(data: &serde_json::Value) -> Vec<String> {
    fn walk(value: &serde_json::Value, key: Option<&str>, out: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    walk(v, Some(k), out);
                }
            }
            serde_json::Value::Array(items) => {
                for item in items {
                    walk(item, key, out);
                }
            }
            serde_json::Value::String(s)
                if matches!(
                    key,
                    Some("label" | "heading" | "intro" | "targets-intro" | "labels")
                ) =>
            {
                // What a reader gets: without the marks that only steer the layout.
                out.push(iepress::localize::without_marks(s))
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(data, None, &mut out);
    for (_, v) in data["labels"].as_object().unwrap() {
        out.push(iepress::localize::without_marks(v.as_str().unwrap()));
    }
    out.sort();
    out.dedup();
    out
}

/// NFC, one space between words, and no bidi marks.
pub(crate) fn normal(text: &str) -> String {
    squash(&text.nfc().collect::<String>())
}

/// The words of a mixed-direction text: runs of letters (with their marks and joiners) in
/// one direction. pdftotext moves the punctuation and spaces around a Latin run inside a
/// right-to-left line (`(IEP):` comes out as `( :)IEP`), but not the letters.
fn letter_runs(text: &str) -> Vec<String> {
    let class = |c: char| {
        if c.is_whitespace()
            || c.is_ascii_punctuation()
            || matches!(c, '،' | '؛' | '؟' | '۔' | '«' | '»' | '•' | '–' | '—')
        {
            0
        } else if c.is_ascii_alphabetic() {
            1
        } else if c.is_numeric() {
            // Digits run left to right inside right-to-left text, in any script.
            3
        } else {
            2
        }
    };
    let mut runs: Vec<String> = Vec::new();
    let mut last = 0;
    for c in text.chars() {
        let k = class(c);
        if k != 0 {
            if k != last || runs.is_empty() {
                runs.push(String::new());
            }
            runs.last_mut().unwrap().push(c);
        }
        last = k;
    }
    runs
}

/// The Arabic vowel marks (harakat: fatha, damma, shadda, tanween...) that fonts draw as
/// glyphs of their own. pdftotext places each by its position and drops one that sits on
/// another glyph (its remedy for fake bold), so `أعدّ` reads `أعد`. They are in the text
/// layer; only this extractor loses them, so right-to-left texts are compared without them.
/// The same goes for the zero-width non-joiner of Persian (`می‌گیرد`), which has no width
/// for pdftotext to place by: it comes out a letter late.
fn without_harakat(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c as u32, 0x064B..=0x065F | 0x0670 | 0x200C))
        .collect()
}

/// Whether pdftotext's word-gap guess is unreliable for the script: Typst places a
/// combining mark (Gurmukhi tippi, Bengali and Tamil vowel signs) with a negative kern, so
/// the next glyph starts past where the mark ended and pdftotext sees a gap that is not a
/// space (`ਨੰ ਬਰ` for `ਨੰਬਰ`). The characters themselves come from `/ActualText` and are exact.
fn gaps_are_guessed(language: &Language) -> bool {
    matches!(
        language.script,
        Script::Gurmukhi
            | Script::Bengali
            | Script::Gujarati
            | Script::Tamil
            | Script::Devanagari
            // Chinese has no spaces: a line's end reads as one.
            | Script::Hans
            | Script::Hant
    )
}

/// Checks that every fixed text appears in the extracted text exactly. In left-to-right
/// scripts the whole text must appear as it is (in the Indic scripts, its characters; see
/// above). pdftotext's reordering of right-to-left lines is not to be trusted: it moves
/// a final `:`, and splits a line at an Arabic comma, a number or a Latin name and puts the
/// pieces in the wrong order. So in a right-to-left document every word must appear
/// exactly, letter for letter, but their order is not checked here.
fn assert_text_layer(language: &Language, expected: &[String], extracted: &str) {
    let rtl = language.script.dir() == Dir::Rtl;
    let page = normal(extracted);
    let page = if rtl { without_harakat(&page) } else { page };
    let unspaced: String = page.chars().filter(|c| *c != ' ').collect();
    let runs: BTreeSet<String> = letter_runs(&page).into_iter().collect();
    for want in expected {
        let want = normal(want);
        let want = if rtl { without_harakat(&want) } else { want };
        if want.is_empty() {
            continue;
        }
        if gaps_are_guessed(language) {
            let want: String = want.chars().filter(|c| *c != ' ').collect();
            assert!(
                unspaced.contains(&want),
                "{}: pdftotext does not give the characters of `{want}` exactly; it gives:\n{page}",
                language.tag
            );
        } else if language.script.dir() == Dir::Ltr {
            assert!(
                page.contains(&want),
                "{}: pdftotext does not give `{want}` exactly; it gives:\n{page}",
                language.tag
            );
        } else {
            for w in letter_runs(&want) {
                assert!(
                    runs.contains(&w),
                    "{}: pdftotext lacks the word `{w}` of `{want}`; it gives:\n{page}",
                    language.tag
                );
            }
        }
    }
}

/// Every language renders the example plan (with its review) as an accessible PDF whose
/// text layer is exactly the text on the page.
#[test]
fn every_language_renders_with_an_exact_text_layer() {
    let dir = temp();
    let plan = brookfield().join("plans/amira-khan.yaml");
    for language in LANGUAGES {
        let options = iepress::document::iep::Options {
            language: Some(language),
            ..Default::default()
        };
        let rendered = iepress::document::iep::prepare(&plan, &options)
            .unwrap_or_else(|e| panic!("{}: {e}", language.tag));
        let pdf =
            iepress::render::pdf(&rendered).unwrap_or_else(|e| panic!("{}: {e}", language.tag));
        let data = iepress::typeset::data(&rendered.document);
        let path = dir.path().join(format!("{}.pdf", language.tag));
        std::fs::write(&path, &pdf).unwrap();

        let info = info(&path);
        assert_eq!(
            info.lang.as_deref(),
            Some(language.tag),
            "{}: the document language",
            language.tag
        );
        assert_eq!(info.title.as_deref(), Some(data["title"].as_str().unwrap()));
        // Issue 17: the viewer's reading direction is the script's (Typst's table had
        // Gurmukhi right to left, and Chrome then read each line backwards).
        let direction = match language.script.dir() {
            Dir::Rtl => "R2L",
            Dir::Ltr => "L2R",
        };
        assert_eq!(
            info.direction.as_deref(),
            Some(direction),
            "{}",
            language.tag
        );
        assert!(
            info.marked && info.claims_ua1,
            "{}: tagged PDF/UA-1",
            language.tag
        );
        assert!(info.unembedded_fonts.is_empty(), "{}", language.tag);
        assert!(info.min_text_size >= 12.0 - 0.01, "{}", language.tag);

        let expected = fixed_texts(&data);
        assert!(expected.len() > 30, "{}: {expected:?}", language.tag);
        assert_text_layer(language, &expected, &text(&path));
    }
}

/// The text of a message in the language's own script really is in that script: nothing
/// fell back to English, and no page shows a missing-glyph box.
#[test]
fn every_language_shows_its_own_script() {
    let dir = temp();
    let plan = brookfield().join("plans/zofia-nowak.yaml");
    for language in LANGUAGES.iter().filter(|l| l.script != Script::Latin) {
        let out = dir.path().join(format!("{}.pdf", language.tag));
        let run = iepress(
            dir.path(),
            &[
                "render",
                plan.to_str().unwrap(),
                "--lang",
                language.tag,
                "-o",
                out.to_str().unwrap(),
            ],
        );
        assert_eq!(run.status, 0, "{}: {}", language.tag, run.stderr);
        let page = text(&out);
        let script_letters = page
            .chars()
            .filter(|c| match language.script.name() {
                "Arabic" => ('\u{0600}'..='\u{06FF}').contains(c),
                "Gurmukhi" => ('\u{0A00}'..='\u{0A7F}').contains(c),
                "Bengali" => ('\u{0980}'..='\u{09FF}').contains(c),
                "Gujarati" => ('\u{0A80}'..='\u{0AFF}').contains(c),
                "Tamil" => ('\u{0B80}'..='\u{0BFF}').contains(c),
                "Cyrillic" => ('\u{0400}'..='\u{04FF}').contains(c),
                "Devanagari" => ('\u{0900}'..='\u{097F}').contains(c),
                "Ethiopic" => ('\u{1200}'..='\u{137F}').contains(c),
                "Han (Simplified)" | "Han (Traditional)" => ('\u{4E00}'..='\u{9FFF}').contains(c),
                other => panic!("no test for the script {other}"),
            })
            .count();
        assert!(
            script_letters > 500,
            "{}: only {script_letters} letters of {}",
            language.tag,
            language.script.name()
        );
        assert!(
            !page.contains('\u{FFFD}'),
            "{}: replacement characters",
            language.tag
        );
    }
}

/// `iepress languages` lists every language, complete, with its review status.
#[test]
fn the_languages_table_lists_every_language_complete() {
    let dir = temp();
    let run = iepress(dir.path(), &["languages"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), LANGUAGES.len() + 1, "{}", run.stdout);
    for (language, line) in LANGUAGES.iter().zip(&lines[1..]) {
        assert!(line.starts_with(language.tag), "{line}");
        assert!(line.contains(language.autonym), "{line}");
        assert!(line.contains("(100%)"), "{line}");
        let review = language.review().unwrap();
        assert!(
            matches!(review.status.as_str(), "drafted" | "reviewed"),
            "{}: status {}",
            language.tag,
            review.status
        );
        if review.status == "drafted" {
            assert!(line.contains("not yet reviewed"), "{line}");
        }
    }
    let by_tag = |tag: &str| {
        lines
            .iter()
            .find(|l| l.starts_with(&format!("{tag} ")))
            .unwrap()
    };
    assert!(by_tag("pa").contains("left to right"));
    assert!(by_tag("pa-Arab").contains("right to left"));
    assert!(by_tag("ar").contains("Arabic"));
}

/// Counts follow each language's CLDR plural rules; Arabic has six forms.
#[test]
fn arabic_plurals_have_six_forms() {
    use iepress::localize::format_message;
    let ar = LANGUAGES.iter().find(|l| l.tag == "ar").unwrap();
    let forms: Vec<String> = [0usize, 1, 2, 3, 11, 100]
        .iter()
        .map(|n| {
            format_message(
                ar,
                "targets-intro",
                &[("name", "Amira"), ("count", &n.to_string())],
            )
            .unwrap()
        })
        .collect();
    let distinct: std::collections::BTreeSet<_> = forms.iter().collect();
    assert_eq!(distinct.len(), 6, "{forms:#?}");
    assert!(forms[2].contains("هدفان"), "{}", forms[2]);
    // Numbers in the digits CLDR gives the language (through ICU4X).
    let three = ar.digits()[3].clone();
    assert!(forms[3].contains(&three), "{}", forms[3]);
}

/// Dates are in each language's long style, from ICU4X, in the Gregorian calendar.
#[test]
fn dates_in_every_language_are_gregorian() {
    use iepress::localize::format_date;
    let date = iepress::input::plan::Date::parse("2027-01-22").unwrap();
    assert_eq!(format_date("ro", date), "22 ianuarie 2027");
    assert_eq!(format_date("fr", date), "22 janvier 2027");
    assert_eq!(format_date("uk", date), "22 січня 2027\u{202F}р.");
    let fa = format_date("fa", date);
    assert!(fa.contains("۲۰۲۷") && fa.contains("ژانویه"), "{fa}");
    let bn = format_date("bn", date);
    assert!(bn.contains("২০২৭"), "{bn}");
    // Every language has real month names: no `M01` from ICU4X's root fallback.
    for language in LANGUAGES {
        let text = format_date(language.tag, date);
        let latin = text.chars().any(|c| c.is_ascii_alphabetic());
        assert!(
            language.script == Script::Latin || !latin,
            "{}: {text}",
            language.tag
        );
    }
    assert!(format_date("pa-Arab", date).contains("جنوری"));
    let ar = format_date("ar", date);
    assert!(ar.contains("يناير") && ar.contains("2027"), "{ar}");
}

/// Romanian uses s and t with a comma below, never the cedilla forms.
#[test]
fn romanian_has_comma_below() {
    for file in ["iep.ftl", "bank.ftl"] {
        let ftl = std::fs::read_to_string(crate::root().join("locales/ro").join(file)).unwrap();
        assert!(ftl.contains('ș') || ftl.contains('ț'), "{file}");
        assert!(
            !ftl.contains('ş') && !ftl.contains('ţ') && !ftl.contains('Ş') && !ftl.contains('Ţ'),
            "{file}"
        );
    }
}

/// No locale hides bidi control characters or digits in its messages or its bank.
#[test]
fn locales_hold_no_bidi_marks_or_digits() {
    for (language, file) in LANGUAGES
        .iter()
        .flat_map(|l| ["iep.ftl", "bank.ftl"].map(|f| (l, f)))
    {
        let path = crate::root().join(format!("locales/{}/{file}", language.tag));
        let ftl = std::fs::read_to_string(path).unwrap();
        for (n, line) in ftl.lines().enumerate() {
            if line.starts_with('#') {
                continue;
            }
            assert!(
                !line.chars().any(|c| matches!(c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069 | 0x061C)),
                "{}:{}: a bidi control character",
                language.tag,
                n + 1
            );
            // A mark written as an escape (`{ "\u2066" }`, in `money`) is in plain sight.
            let digits = line
                .replace("[0]", "")
                .replace("{ \"\\u2066\" }", "")
                .replace("{ \"\\u2069\" }", "");
            assert!(
                !digits.chars().any(|c| c.is_numeric()),
                "{}:{}: a digit in a message: {line}",
                language.tag,
                n + 1
            );
            assert_eq!(
                line.nfc().collect::<String>(),
                line,
                "{}:{}: not NFC",
                language.tag,
                n + 1
            );
        }
    }
}

/// A date that ends in a full stop (`2027 р.`, `22 d.`) never meets the sentence's own.
#[test]
fn dates_never_double_a_full_stop() {
    use iepress::localize::{format_date, format_message};
    for language in LANGUAGES {
        let date = format_date(
            language.tag,
            iepress::input::plan::Date::parse("2027-01-22").unwrap(),
        );
        let text = iepress::localize::without_marks(
            &format_message(language, "iep-intro-review", &[("date", &date)]).unwrap(),
        );
        assert!(
            !text.contains("..") && !text.contains(". ."),
            "{}: {text}",
            language.tag
        );
    }
}

/// A reader that stops early (`iepress languages | head -1`) is no error and no panic.
#[test]
fn the_languages_table_survives_a_closed_pipe() {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_iepress"))
        .arg("languages")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// Issue 15: counts take CLDR's plural forms (through ICU4X), not fluent-bundle's own
/// rules: the example school's 45-minute group reads "45 minutės" in the Lithuanian
/// provision map (it read "45 minučių").
#[test]
fn issue_15_lithuanian_counts_forty_five_minutes_as_cldr_does() {
    let dir = temp();
    let map = dir.path().join("lt.pdf");
    let run = iepress(
        dir.path(),
        &[
            "provision-map",
            brookfield().to_str().unwrap(),
            "--lang",
            "lt",
            "-o",
            map.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = squash(&text(&map));
    assert!(text.contains("45 minutės, 1 kartą per savaitę"), "{text}");
    assert!(!text.contains("45 minučių"), "{text}");
}

/// Issue 15: text typed or pasted decomposed (a letter, then its accent as a second
/// character) is composed (NFC) as it is read, so the PDF's text layer and the web page
/// carry the one character a reader and a search expect.
#[test]
fn issue_15_decomposed_text_is_composed_when_read() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans/zofia-nowak.yaml"]);
    let plan = school.join("plans/zofia-nowak.yaml");
    let decomposed = "Zoe\u{301} Z\u{307}aneta";
    let composed = "Zoé Żaneta";
    let yaml = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("known_as: Zosia", &format!("known_as: \"{decomposed}\""));
    assert!(yaml.contains(decomposed));
    std::fs::write(&plan, yaml).unwrap();
    let pdf = render_ok(dir.path(), &plan, &["--format", "pdf"], "z.pdf");
    let html = render_ok(dir.path(), &plan, &["--format", "html"], "z.html");
    let layer = text(&pdf);
    assert!(layer.contains(composed), "{layer}");
    assert!(!layer.contains('\u{301}') && !layer.contains('\u{307}'));
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(page.contains(composed));
    assert!(!page.contains('\u{301}') && !page.contains('\u{307}'));
}

/// Issue 15: the title a screen reader announces first (and the window bar shows) is in
/// the copy's language: the first page's heading, not "IEP – Amira Khan" read with the
/// document language's voice. The Shahmukhi copy says `pa-Arab` in its metadata too.
#[test]
fn issue_15_every_title_is_in_the_copys_language() {
    let plan = brookfield().join("plans/amira-khan.yaml");
    for language in LANGUAGES {
        let options = iepress::document::iep::Options {
            language: Some(language),
            ..Default::default()
        };
        let prepared = iepress::document::iep::prepare(&plan, &options).unwrap();
        let document = &prepared.document;
        assert!(document.frame.title.contains("Amira Khan"));
        if language.tag == "en-GB" {
            assert_eq!(document.frame.title, "IEP – Amira Khan");
        } else {
            // The heading's marks set the name apart in its line; the title is a plain
            // string, without them.
            assert_eq!(
                document.frame.title,
                iepress::localize::without_marks(&document.labels.heading),
                "{}",
                language.tag
            );
        }
    }
    let dir = temp();
    let pdf = dir.path().join("pa-Arab.pdf");
    let run = iepress(
        dir.path(),
        &[
            "render",
            plan.to_str().unwrap(),
            "--lang",
            "pa-Arab",
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(info(&pdf).lang.as_deref(), Some("pa-Arab"));
    let bytes = std::fs::read(&pdf).unwrap();
    let xmp = String::from_utf8_lossy(&bytes);
    assert!(
        xmp.contains("<dc:language><rdf:Bag><rdf:li>pa-Arab</rdf:li></rdf:Bag></dc:language>"),
        "the metadata's language"
    );
}

/// Issue 15: brackets never nest. A relationship whose translation carries its English name
/// in brackets follows the name after a dash ("Samina Khan – مراقب جایگزین (foster
/// carer)"), where it read "Samina Khan (مراقب جایگزین (foster carer))".
#[test]
fn issue_15_a_glossed_relationship_is_not_bracketed_twice() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans/amira-khan.yaml"]);
    let plan = school.join("plans/amira-khan.yaml");
    let yaml = std::fs::read_to_string(&plan)
        .unwrap()
        .replace("relationship: mother", "relationship: foster-carer");
    std::fs::write(&plan, yaml).unwrap();
    for language in LANGUAGES {
        let options = iepress::document::iep::Options {
            language: Some(language),
            ..Default::default()
        };
        let prepared = iepress::document::iep::prepare(&plan, &options).unwrap();
        let json = iepress::typeset::data(&prepared.document).to_string();
        let start = json.find("Samina Khan").unwrap();
        let contact: String = json[start..].chars().take_while(|c| *c != '"').collect();
        let contact = iepress::localize::without_marks(&contact);
        let depth = contact
            .chars()
            .fold((0i32, 0i32), |(depth, deepest), c| match c {
                '(' => (depth + 1, deepest.max(depth + 1)),
                ')' => (depth - 1, deepest),
                _ => (depth, deepest),
            });
        assert!(depth.1 <= 1, "{}: {contact}", language.tag);
        if contact.contains('(') && contact.contains(" – ") {
            assert!(contact.starts_with("Samina Khan – "), "{contact}");
        }
    }
}

/// Issue 15: a name or a count put into a sentence of the other direction keeps its place.
/// Arabic's targets sentence had the name and the count run together, "أهداف Amira 3 لدى"
/// as printed: read from the right, the count came before the name. The marks that set
/// them apart (U+2068 … U+2069) are in the document's data; the PDF's text layer has none
/// (a reader gets the printed words only); the web page has `<bdi>` elements instead.
#[test]
fn issue_15_names_and_counts_keep_their_place_in_a_right_to_left_sentence() {
    let dir = temp();
    let plan = brookfield().join("plans/amira-khan.yaml");
    let arabic = LANGUAGES.iter().find(|l| l.tag == "ar").unwrap();
    let options = iepress::document::iep::Options {
        language: Some(arabic),
        ..Default::default()
    };
    let prepared = iepress::document::iep::prepare(&plan, &options).unwrap();
    assert!(
        prepared
            .document
            .targets_intro
            .contains("لدى \u{2068}Amira\u{2069} \u{2068}3\u{2069} أهداف"),
        "{:?}",
        prepared.document.targets_intro
    );
    let pdf = render_ok(
        dir.path(),
        &plan,
        &["--lang", "ar", "--format", "pdf"],
        "ar.pdf",
    );
    let html = render_ok(
        dir.path(),
        &plan,
        &["--lang", "ar", "--format", "html"],
        "ar.html",
    );
    // pdftotext writes each line as printed, left to right: the count is now left of the
    // name, so that a reader from the right meets the name first.
    let printed = text(&pdf);
    assert!(
        !printed
            .chars()
            .any(|c| matches!(c, '\u{2066}'..='\u{2069}')),
        "an isolation mark in the text layer"
    );
    let line = printed
        .lines()
        .find(|l| l.contains("Amira") && l.contains("أهداف"))
        .unwrap_or_else(|| panic!("no targets sentence in {printed}"));
    assert!(
        line.contains("3 Amira") && !line.contains("Amira 3"),
        "{line}"
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("لدى <bdi>Amira</bdi> <bdi>3</bdi> أهداف"),
        "{}",
        page
    );
    assert!(!page.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}')));
}

/// Issue 15: English words inside a translated message (a gloss such as "(SEN Support)",
/// written `{ EN("SEN Support") }` in a locale) are marked as English: `/Lang (en-GB)` in
/// the PDF, so that a screen reader reads them in an English voice, and `lang="en-GB"` on
/// the web page.
#[test]
fn issue_15_english_glosses_are_marked_as_english() {
    let dir = temp();
    let plan = brookfield().join("plans/amira-khan.yaml");
    let pdf = render_ok(dir.path(), &plan, &["--format", "pdf"], "ur.pdf");
    let html = render_ok(dir.path(), &plan, &["--format", "html"], "ur.html");
    let english = crate::pdf::text_marked_as(&pdf, "en-GB");
    assert!(english.iter().any(|t| t == "SEN Support"), "{english:?}");
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("(<bdi><span lang=\"en-GB\">SEN Support</span></bdi>)"),
        "{page}"
    );
    assert!(!page.contains('\u{E002}') && !page.contains('\u{E003}'));
    // No reader meets the marks.
    assert!(!text(&pdf).contains('\u{E002}'));
}
