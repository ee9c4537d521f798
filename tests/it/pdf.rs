//! Reads a PDF as a reader or a screen reader would: its text, language, title, structure
//! tree, fonts and the smallest text size.

use std::path::Path;
use std::process::Command;

use lopdf::{Dictionary, Document, Object};

/// The text pdftotext extracts, in reading order (no layout).
pub fn text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs (install poppler-utils, or run the tests with .ci/test)");
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

/// Collapses all runs of white space to one space, for comparing text across line breaks,
/// and drops the bidi embedding marks pdftotext puts around right-to-left lines.
pub fn squash(text: &str) -> String {
    let text: String = text
        .chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What a PDF says about itself.
pub struct Info {
    /// The catalog's `/Lang`.
    pub lang: Option<String>,
    /// The document title (from the info dictionary).
    pub title: Option<String>,
    /// Whether viewers are told to show the title rather than the file name.
    pub display_doc_title: bool,
    /// The viewer preferences' reading direction (`L2R`, `R2L`).
    pub direction: Option<String>,
    /// Whether the catalog says the document is tagged.
    pub marked: bool,
    /// The structure element types in reading order (depth first).
    pub structure: Vec<String>,
    /// The base names of fonts that are not embedded.
    pub unembedded_fonts: Vec<String>,
    /// The base names of all fonts.
    pub fonts: Vec<String>,
    /// The smallest text size drawn, in points.
    pub min_text_size: f64,
    /// The number of pages.
    pub pages: usize,
    /// Whether the XMP metadata claims PDF/UA-1.
    pub claims_ua1: bool,
}

fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> &'a Object {
    match obj {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(obj),
        other => other,
    }
}

fn string(doc: &Document, obj: &Object) -> Option<String> {
    match resolve(doc, obj) {
        Object::String(bytes, _) => Some(decode_text_string(bytes)),
        _ => None,
    }
}

/// Decodes a PDF text string (UTF-16BE with a BOM, or PDFDocEncoding as Latin-1).
fn decode_text_string(bytes: &[u8]) -> String {
    if bytes.starts_with(&[0xFE, 0xFF]) {
        let units: Vec<u16> = bytes[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(&bytes[3..]).into_owned()
    } else {
        bytes.iter().map(|b| *b as char).collect()
    }
}

/// Reads what a PDF says about itself.
pub fn info(pdf: &Path) -> Info {
    let doc = Document::load(pdf).expect("the PDF loads");
    let catalog = doc.catalog().expect("the PDF has a catalog");
    let lang = catalog.get(b"Lang").ok().and_then(|o| string(&doc, o));
    let title = doc
        .trailer
        .get(b"Info")
        .ok()
        .map(|o| resolve(&doc, o))
        .and_then(|o| o.as_dict().ok())
        .and_then(|d| d.get(b"Title").ok())
        .and_then(|o| string(&doc, o));
    let preferences = catalog
        .get(b"ViewerPreferences")
        .ok()
        .map(|o| resolve(&doc, o))
        .and_then(|o| o.as_dict().ok());
    let display_doc_title = preferences
        .and_then(|d| d.get(b"DisplayDocTitle").ok())
        .and_then(|o| o.as_bool().ok())
        .unwrap_or(false);
    let direction = preferences
        .and_then(|d| d.get(b"Direction").ok())
        .and_then(|o| o.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned());
    let marked = catalog
        .get(b"MarkInfo")
        .ok()
        .map(|o| resolve(&doc, o))
        .and_then(|o| o.as_dict().ok())
        .and_then(|d| d.get(b"Marked").ok())
        .and_then(|o| o.as_bool().ok())
        .unwrap_or(false);
    let mut structure = Vec::new();
    if let Ok(root) = catalog.get(b"StructTreeRoot")
        && let Ok(root) = resolve(&doc, root).as_dict()
        && let Ok(k) = root.get(b"K")
    {
        walk_structure(&doc, k, &mut structure, 0);
    }
    let claims_ua1 = catalog
        .get(b"Metadata")
        .ok()
        .and_then(|o| o.as_reference().ok())
        .and_then(|id| doc.get_object(id).ok())
        .and_then(|o| o.as_stream().ok())
        .map(|s| {
            let content = s
                .decompressed_content()
                .unwrap_or_else(|_| s.content.clone());
            let xmp = String::from_utf8_lossy(&content).into_owned();
            xmp.contains("pdfuaid:part>1<") || xmp.contains("pdfuaid:part=\"1\"")
        })
        .unwrap_or(false);
    Info {
        lang,
        title,
        display_doc_title,
        direction,
        marked,
        structure,
        unembedded_fonts: unembedded_fonts(&doc),
        fonts: font_names(&doc),
        // The smallest text size, as `iepress check` measures it.
        min_text_size: iepress::check::check(pdf, None)
            .ok()
            .and_then(|r| r.smallest_text)
            .unwrap_or(f64::INFINITY),
        pages: doc.get_pages().len(),
        claims_ua1,
    }
}

fn walk_structure(doc: &Document, obj: &Object, out: &mut Vec<String>, depth: usize) {
    if depth > 200 {
        return;
    }
    match resolve(doc, obj) {
        Object::Array(items) => {
            for item in items {
                walk_structure(doc, item, out, depth + 1);
            }
        }
        Object::Dictionary(dict) => {
            if let Ok(s) = dict.get(b"S").and_then(|s| s.as_name()) {
                out.push(String::from_utf8_lossy(s).into_owned());
            }
            if let Ok(k) = dict.get(b"K") {
                walk_structure(doc, k, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn font_names(doc: &Document) -> Vec<String> {
    let mut names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|obj| obj.as_dict().ok())
        .filter(|d| d.get(b"Type").and_then(|t| t.as_name()).ok() == Some(b"Font"))
        .filter_map(|d| d.get(b"BaseFont").and_then(|n| n.as_name()).ok())
        .map(|n| String::from_utf8_lossy(n).into_owned())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn unembedded_fonts(doc: &Document) -> Vec<String> {
    let mut missing = Vec::new();
    for (_, obj) in doc.objects.iter() {
        let Ok(dict) = obj.as_dict() else { continue };
        if dict.get(b"Type").and_then(|t| t.as_name()).ok() != Some(b"Font") {
            continue;
        }
        let subtype = dict
            .get(b"Subtype")
            .and_then(|t| t.as_name())
            .unwrap_or(b"");
        if subtype == b"Type0" || subtype == b"Type3" {
            continue; // checked through their descendant fonts / drawn as glyph procedures
        }
        let embedded = dict
            .get(b"FontDescriptor")
            .ok()
            .map(|o| resolve(doc, o))
            .and_then(|o| o.as_dict().ok())
            .is_some_and(|d: &Dictionary| {
                d.has(b"FontFile") || d.has(b"FontFile2") || d.has(b"FontFile3")
            });
        if !embedded {
            let name = dict
                .get(b"BaseFont")
                .and_then(|n| n.as_name())
                .map(|n| String::from_utf8_lossy(n).into_owned())
                .unwrap_or_default();
            missing.push(name);
        }
    }
    missing
}

/// The text of every marked-content sequence whose `/Lang` is `lang` (Typst marks a
/// change of language inside a paragraph so), page after page, each sequence on its own
/// line: what a screen reader reads in that language's voice. Glyphs are read through their
/// fonts' `/ToUnicode` maps.
pub fn text_marked_as(pdf: &Path, lang: &str) -> Vec<String> {
    use lopdf::content::Content;
    let doc = Document::load(pdf).unwrap();
    let mut found = Vec::new();
    for (_, page) in doc.get_pages() {
        let fonts = doc.get_page_fonts(page).unwrap();
        let maps: std::collections::BTreeMap<Vec<u8>, std::collections::BTreeMap<u32, String>> =
            fonts
                .iter()
                .map(|(name, font)| (name.clone(), to_unicode(&doc, font)))
                .collect();
        let content = Content::decode(&doc.get_page_content(page)).unwrap();
        // The languages of the open sequences (none where a sequence names none).
        let mut open: Vec<Option<String>> = Vec::new();
        let mut font: Vec<u8> = Vec::new();
        let mut current = String::new();
        for op in &content.operations {
            match op.operator.as_str() {
                "BDC" | "BMC" => {
                    let lang = op.operands.get(1).and_then(|o| match o {
                        Object::Dictionary(d) => d
                            .get(b"Lang")
                            .ok()
                            .and_then(|l| l.as_str().ok())
                            .map(|l| String::from_utf8_lossy(l).into_owned()),
                        _ => None,
                    });
                    open.push(lang);
                }
                "EMC" => {
                    let closed = open.pop().flatten();
                    if closed.as_deref() == Some(lang) && !current.is_empty() {
                        found.push(std::mem::take(&mut current));
                    }
                }
                "Tf" => {
                    font = op.operands[0].as_name().unwrap().to_vec();
                }
                "Tj" | "TJ"
                    if open.iter().rev().flatten().next().map(String::as_str) == Some(lang) =>
                {
                    let strings: Vec<&[u8]> = match op.operands[0] {
                        Object::Array(ref items) => {
                            items.iter().filter_map(|i| i.as_str().ok()).collect()
                        }
                        ref other => other.as_str().ok().into_iter().collect(),
                    };
                    let map = &maps[&font];
                    for s in strings {
                        for code in s.chunks(2) {
                            let code = code.iter().fold(0u32, |n, b| (n << 8) | u32::from(*b));
                            current.push_str(map.get(&code).map_or("\u{FFFD}", String::as_str));
                        }
                    }
                }
                _ => {}
            }
        }
    }
    found
}

/// A font's `/ToUnicode` map: two-byte codes to text.
pub(crate) fn to_unicode(
    doc: &Document,
    font: &Dictionary,
) -> std::collections::BTreeMap<u32, String> {
    let mut map = std::collections::BTreeMap::new();
    let Ok(stream) = font
        .get(b"ToUnicode")
        .and_then(|o| doc.get_object(o.as_reference()?))
        .and_then(Object::as_stream)
    else {
        return map;
    };
    let data = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    let cmap = String::from_utf8_lossy(&data);
    let hex = |h: &str| u32::from_str_radix(h.trim_matches(|c| c == '<' || c == '>'), 16).unwrap();
    let text = |h: &str| {
        let h = h.trim_matches(|c| c == '<' || c == '>');
        let units: Vec<u16> = (0..h.len() / 4)
            .map(|i| u16::from_str_radix(&h[i * 4..i * 4 + 4], 16).unwrap())
            .collect();
        String::from_utf16_lossy(&units)
    };
    for section in cmap.split("beginbfchar").skip(1) {
        let body = section.split("endbfchar").next().unwrap();
        let tokens: Vec<&str> = body.split_whitespace().collect();
        for pair in tokens.chunks(2) {
            map.insert(hex(pair[0]), text(pair[1]));
        }
    }
    for section in cmap.split("beginbfrange").skip(1) {
        let body = section.split("endbfrange").next().unwrap();
        let tokens: Vec<&str> = body.split_whitespace().collect();
        for triple in tokens.chunks(3) {
            let (lo, hi) = (hex(triple[0]), hex(triple[1]));
            let first = text(triple[2]);
            let base = first.chars().last().map_or(0, u32::from);
            let stem: String = first
                .chars()
                .take(first.chars().count().saturating_sub(1))
                .collect();
            for (i, code) in (lo..=hi).enumerate() {
                let c = char::from_u32(base + i as u32).unwrap_or('\u{FFFD}');
                map.insert(code, format!("{stem}{c}"));
            }
        }
    }
    map
}
