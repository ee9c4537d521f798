//! Issue 17: every glyph reads as the text it shows through its font's `/ToUnicode` map
//! alone, as pdf.js (Firefox) reads a PDF: it ignores `/ActualText` (mozilla/pdf.js#12237).

use lopdf::content::Content;
use lopdf::{Document, Object};
use unicode_normalization::UnicodeNormalization;

use iepress::localize::{Dir, LANGUAGES};

use crate::{brookfield, temp};

/// The text of a PDF's glyphs in the order they are drawn, each read through its font's
/// `/ToUnicode` map (`/ActualText` ignored), without white space, in NFC.
fn glyph_text(pdf: &std::path::Path) -> String {
    let doc = Document::load(pdf).unwrap();
    let mut out = String::new();
    for (_, page) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page).unwrap();
        let maps: std::collections::BTreeMap<Vec<u8>, _> = fonts
            .iter()
            .map(|(name, font)| (name.clone(), crate::pdf::to_unicode(&doc, font)))
            .collect();
        let content = Content::decode(&doc.get_page_content(page)).unwrap();
        let mut font: Vec<u8> = Vec::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "Tf" => font = op.operands[0].as_name().unwrap().to_vec(),
                "Tj" | "TJ" => {
                    let strings: Vec<&[u8]> = match op.operands[0] {
                        Object::Array(ref items) => {
                            items.iter().filter_map(|i| i.as_str().ok()).collect()
                        }
                        ref other => other.as_str().ok().into_iter().collect(),
                    };
                    for s in strings {
                        for code in s.chunks(2) {
                            let code = code.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b));
                            out.push_str(maps[&font].get(&code).map_or("\u{FFFD}", String::as_str));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    out.nfc().filter(|c| !c.is_whitespace()).collect()
}

/// In every left-to-right language, the glyphs' own text holds every fixed text of Amira's
/// copy, letter for letter: Gujarati's `ર` no longer reads as `રા`, a Gurmukhi vowel sign
/// is read once, a Bengali `ো` drawn in two parts reads as its two parts. (Right-to-left
/// copies draw their glyphs left to right: their order is for the readers' own tests.)
#[test]
fn issue_17_every_glyph_reads_as_the_text_it_shows() {
    let dir = temp();
    let plan = brookfield().join("plans/amira-khan.yaml");
    for language in LANGUAGES.iter().filter(|l| l.script.dir() == Dir::Ltr) {
        let options = iepress::document::iep::Options {
            language: Some(language),
            ..Default::default()
        };
        let rendered = iepress::document::iep::prepare(&plan, &options).unwrap();
        let pdf = iepress::render::pdf(&rendered).unwrap();
        let path = dir.path().join(format!("{}.pdf", language.tag));
        std::fs::write(&path, &pdf).unwrap();
        let glyphs = glyph_text(&path);
        let data = iepress::typeset::data(&rendered.document);
        for want in crate::languages::fixed_texts(&data) {
            let want: String = want.nfc().filter(|c| !c.is_whitespace()).collect();
            assert!(
                glyphs.contains(&want),
                "{}: the glyphs do not read `{want}`; they read:\n{glyphs}",
                language.tag
            );
        }
    }
}
