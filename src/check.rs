//! What a school should verify before it sends a PDF to a family: that a screen reader can
//! follow it and that it prints what it should. The entry point is [`check`].
//!
//! Checked: a structure tree (tagged), the document language, a title shown in the window,
//! the PDF/UA identification, embedded fonts, no glyph drawn as `.notdef` (the empty box,
//! "tofu"), alternative text on figures, headings that do not skip a level, text that runs
//! off the page, a document with no text at all, and, for large print, the smallest text
//! size. Glyphs are checked in the composite (Type0) fonts that Typst and most tools write,
//! where code 0 under `Identity-H` is `.notdef`.
//!
//! A PDF is untrusted input: its size, the structure tree's depth and what its compressed
//! streams unpack to are all bounded, and a file past a limit is reported with the limit.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::input::read::read;

mod page_text;

/// The largest PDF checked, in bytes (a parents' evening's print pack for a large school
/// is a few hundred megabytes).
const MAX_PDF_BYTES: u64 = 1024 * 1024 * 1024;

/// The most one stream may unpack to (a font or a page's content is at most a few
/// megabytes).
const MAX_STREAM_BYTES: usize = 64 * 1024 * 1024;

/// The most one page's drawing instructions may unpack to (a page iepress writes has a few
/// hundred kilobytes at most); a page is checked and let go before the next is unpacked.
const MAX_PAGE_BYTES: usize = 16 * 1024 * 1024;

/// The most all pages' drawing instructions may unpack to together (a print pack of a
/// thousand pages has about 200 MB), which bounds the time a check takes.
const MAX_CONTENT_BYTES: usize = 1024 * 1024 * 1024;

/// One thing wrong with a PDF: what, where, and how to fix it.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// What is wrong.
    pub what: String,
    /// Where (a page, a heading), when it is somewhere in particular.
    pub place: Option<String>,
    /// How to fix it.
    pub fix: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match &self.place {
            Some(place) => write!(f, "{place}: {} ({})", self.what, self.fix),
            None => write!(f, "{} ({})", self.what, self.fix),
        }
    }
}

/// What a PDF is, and what is wrong with it.
#[derive(Debug, Clone)]
pub struct Report {
    /// The file.
    pub file: PathBuf,
    /// Its document language.
    pub language: Option<String>,
    /// Its title.
    pub title: Option<String>,
    /// Its number of pages.
    pub pages: usize,
    /// The smallest text size on any page, in points.
    pub smallest_text: Option<f64>,
    /// Everything wrong.
    pub problems: Vec<Problem>,
}

/// A PDF that cannot be read at all.
#[derive(Debug)]
pub struct CheckError {
    /// The file.
    pub file: PathBuf,
    /// Why.
    pub message: String,
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "{}: cannot be read as a PDF ({})",
            self.file.display(),
            self.message
        )
    }
}

impl std::error::Error for CheckError {}

impl CheckError {
    /// The problem as a diagnostic, with its fix.
    pub fn diagnostic(&self) -> crate::diag::Diagnostic {
        crate::diag::Diagnostic::new(self.to_string())
            .hint("check that it is a whole PDF file, not a Word file or a download cut short")
    }
}

fn problem(what: impl Into<String>, place: Option<String>, fix: &str) -> Problem {
    Problem {
        what: what.into(),
        place,
        fix: fix.to_owned(),
    }
}

fn resolve<'a>(doc: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(object),
        other => other,
    }
}

fn dict<'a>(doc: &'a Document, object: Option<&'a Object>) -> Option<&'a Dictionary> {
    object
        .map(|o| resolve(doc, o))
        .and_then(|o| o.as_dict().ok())
}

/// A PDF text string as text.
fn text(doc: &Document, object: Option<&Object>) -> Option<String> {
    let object = resolve(doc, object?);
    lopdf::decode_text_string(object).ok()
}

/// Checks a PDF. `large_print` is the smallest text size allowed, for a large-print copy.
pub fn check(path: &Path, large_print: Option<f64>) -> Result<Report, CheckError> {
    let failed = |message: String| CheckError {
        file: path.to_owned(),
        message,
    };
    let bytes = read(path, MAX_PDF_BYTES).map_err(|e| failed(e.to_string()))?;
    let options = lopdf::LoadOptions {
        max_decompressed_size: Some(MAX_STREAM_BYTES),
        ..Default::default()
    };
    let doc = Document::load_mem_with_options(&bytes, options).map_err(|e| match e {
        lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => {
            failed(format!(
                "a stream in it unpacks to more than {} MiB",
                MAX_STREAM_BYTES >> 20
            ))
        }
        e => failed(e.to_string()),
    })?;
    let catalog = doc.catalog().map_err(|e| CheckError {
        file: path.to_owned(),
        message: e.to_string(),
    })?;
    let mut problems = Vec::new();
    let pages: BTreeMap<u32, ObjectId> = doc.get_pages();
    let page_numbers: BTreeMap<ObjectId, u32> = pages.iter().map(|(n, id)| (*id, *n)).collect();

    // Tagged, with a structure tree.
    let marked = dict(&doc, catalog.get(b"MarkInfo").ok())
        .and_then(|d| d.get(b"Marked").ok())
        .and_then(|o| o.as_bool().ok())
        .unwrap_or(false);
    let tree = dict(&doc, catalog.get(b"StructTreeRoot").ok());
    if tree.is_none() || !marked {
        problems.push(problem(
            "not tagged: it has no structure tree, so a screen reader cannot follow its headings, lists and tables",
            None,
            "make it again as a tagged PDF (PDF/UA); iepress always does",
        ));
    }

    // Language and title.
    let language = text(&doc, catalog.get(b"Lang").ok()).filter(|l| !l.trim().is_empty());
    if language.is_none() {
        problems.push(problem(
            "no document language: a screen reader will read it with the wrong voice",
            None,
            "set the document language (the catalog's /Lang), such as en-GB or ur",
        ));
    }
    let xmp = catalog
        .get(b"Metadata")
        .ok()
        .and_then(|m| resolve(&doc, m).as_stream().ok())
        .map(|stream| {
            let bytes = stream
                .decompressed_content_with_limit(MAX_STREAM_BYTES)
                .unwrap_or_default();
            String::from_utf8_lossy(&bytes).into_owned()
        })
        .unwrap_or_default();
    let info = dict(&doc, doc.trailer.get(b"Info").ok());
    let title = info
        .and_then(|d| text(&doc, d.get(b"Title").ok()))
        .or_else(|| {
            let start = xmp.find("<dc:title>")?;
            let li = xmp[start..].find("<rdf:li")? + start;
            let open = xmp[li..].find('>')? + li + 1;
            let close = xmp[open..].find("</rdf:li>")? + open;
            Some(xmp[open..close].to_owned())
        })
        .filter(|t| !t.trim().is_empty());
    let shows_title = dict(&doc, catalog.get(b"ViewerPreferences").ok())
        .and_then(|d| d.get(b"DisplayDocTitle").ok())
        .and_then(|o| o.as_bool().ok())
        .unwrap_or(false);
    match (&title, shows_title) {
        (None, _) => problems.push(problem(
            "no title: the window and a screen reader show the file name instead",
            None,
            "give the document a title in its metadata",
        )),
        (Some(_), false) => problems.push(problem(
            "the title is not shown in the window: viewers show the file name instead",
            None,
            "set DisplayDocTitle in the viewer preferences",
        )),
        _ => {}
    }
    // The reading direction viewers are told (issue 17): Chrome reads every line backwards
    // when a left-to-right language is marked right to left.
    let direction = dict(&doc, catalog.get(b"ViewerPreferences").ok())
        .and_then(|d| d.get(b"Direction").ok())
        .and_then(|o| o.as_name().ok())
        .map(|n| String::from_utf8_lossy(n).into_owned());
    if let (Some(lang), Some(direction)) = (&language, &direction) {
        let rtl = lang
            .parse::<unic_langid::LanguageIdentifier>()
            .ok()
            .and_then(|id| crate::localize::Language::find(&id))
            .map(|l| l.script.dir() == crate::localize::Dir::Rtl);
        let says_rtl = direction == "R2L";
        if rtl.is_some_and(|rtl| rtl != says_rtl) {
            problems.push(problem(
                format!(
                    "its language is {lang}, but viewers are told to read it {}",
                    if says_rtl {
                        "right to left"
                    } else {
                        "left to right"
                    }
                ),
                None,
                "set the viewer preferences' /Direction to the script's (L2R or R2L); iepress does",
            ));
        }
    }
    if !(xmp.contains("pdfuaid:part>1<") || xmp.contains("pdfuaid:part=\"1\"")) {
        problems.push(problem(
            "no PDF/UA identification in its metadata",
            None,
            "make it as PDF/UA-1 (iepress does), so that readers know it claims to be accessible",
        ));
    }

    // Fonts: embedded, and no glyph drawn as .notdef.
    let mut identity_fonts = Vec::new();
    for (id, object) in &doc.objects {
        let Ok(font) = object.as_dict() else { continue };
        if font.get(b"Type").and_then(Object::as_name).ok() != Some(b"Font") {
            continue;
        }
        let subtype = font
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        let name = font
            .get(b"BaseFont")
            .and_then(Object::as_name)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default();
        if subtype == b"Type0" {
            if font.get(b"Encoding").and_then(Object::as_name).ok() == Some(b"Identity-H") {
                identity_fonts.push(*id);
            }
            continue;
        }
        if subtype == b"Type3" {
            continue;
        }
        let embedded = dict(&doc, font.get(b"FontDescriptor").ok())
            .is_some_and(|d| d.has(b"FontFile") || d.has(b"FontFile2") || d.has(b"FontFile3"));
        if !embedded {
            problems.push(problem(
                format!("the font {name} is not embedded: another computer may show other letters or none"),
                None,
                "embed the fonts when making the PDF",
            ));
        }
    }
    let mut smallest: Option<f64> = None;
    let mut small_page = None;
    let mut tofu = Vec::new();
    let mut shown = 0;
    let mut outside = Vec::new();
    let mut widths = HashMap::new();
    // What the pages' content may unpack to, a page and all pages together: a small
    // compressed stream can unpack to gigabytes (a "Flate bomb").
    let mut budget = MAX_CONTENT_BYTES;
    let mut stopped = false;
    for (number, page_id) in &pages {
        let fonts = page_fonts(&doc, *page_id);
        let limit = budget.min(MAX_PAGE_BYTES);
        let bytes = match doc.get_page_content_with_limit(*page_id, limit) {
            Ok(bytes) => bytes,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => {
                let what = if limit == MAX_PAGE_BYTES {
                    format!(
                        "the page unpacks to more than {} MiB of drawing instructions",
                        MAX_PAGE_BYTES >> 20
                    )
                } else {
                    format!(
                        "its pages unpack to more than {} MiB of drawing instructions",
                        MAX_CONTENT_BYTES >> 20
                    )
                };
                problems.push(problem(
                    format!(
                        "{what}, more than a document of this kind ever has; the rest is not checked"
                    ),
                    Some(format!("page {number}")),
                    "make the PDF again with the program that wrote it",
                ));
                stopped = true;
                break;
            }
            Err(_) => continue,
        };
        budget = budget.saturating_sub(bytes.len());
        let Ok(content) = lopdf::content::Content::decode(&bytes) else {
            continue;
        };
        let page_box = page_text::page_box(&doc, *page_id);
        let text = page_text::read(
            &doc,
            &content,
            &fonts,
            &identity_fonts,
            page_box,
            &mut widths,
        );
        shown += text.shown;
        if let Some(size) = text.smallest
            && smallest.is_none_or(|s| size < s)
        {
            smallest = Some(size);
            small_page = Some(*number);
        }
        if text.notdef {
            tofu.push(*number);
        }
        if let Some(place) = text.outside {
            outside.push((*number, place));
        }
    }
    if !pages.is_empty() && shown == 0 && !stopped {
        problems.push(problem(
            "no text at all: a screen reader has nothing to read (a scanned or flattened page?)",
            None,
            "make it from the plan with iepress, or export it as text rather than as pictures",
        ));
    }
    if let Some((page, [x0, y0, x1, y1])) = outside.first() {
        let others = outside.len() - 1;
        problems.push(problem(
            format!(
                "text runs off the page (from {x0:.0}, {y0:.0} to {x1:.0}, {y1:.0} points from the lower left corner){}: it is cut off in print and on screen",
                match others {
                    0 => String::new(),
                    1 => ", and on 1 other page".to_owned(),
                    n => format!(", and on {n} other pages"),
                }
            ),
            Some(format!("page {page}")),
            "make the document again with iepress; for a document from elsewhere, let its text wrap within the margins",
        ));
    }
    for page in tofu {
        problems.push(problem(
            "a character is drawn as an empty box (.notdef): the font has no glyph for it",
            Some(format!("page {page}")),
            "use a font that has the character, or remove it (iepress refuses such text before it renders)",
        ));
    }
    if let (Some(limit), Some(size)) = (large_print, smallest)
        && size + 0.05 < limit
    {
        problems.push(problem(
            format!("text at {size:.1} pt, under the large print size of {limit} pt"),
            small_page.map(|p| format!("page {p}")),
            "make the large print copy again at that size; never shrink a page to fit",
        ));
    }

    // Figures with alternative text, and headings in order.
    if let Some(tree) = tree {
        let role_map = dict(&doc, tree.get(b"RoleMap").ok());
        let mut walk = Walk {
            doc: &doc,
            role_map,
            pages: &page_numbers,
            last_heading: 0,
            problems: &mut problems,
            visited: Default::default(),
            looped: false,
            too_deep: false,
        };
        if let Ok(k) = tree.get(b"K") {
            walk.element(k, None, 0);
        }
        let (looped, too_deep) = (walk.looped, walk.too_deep);
        if looped {
            problems.push(problem(
                "the structure tree reaches an element twice (it contains itself): a screen reader following it could go round for ever",
                None,
                "make the PDF again with the program that wrote it",
            ));
        }
        if too_deep {
            problems.push(problem(
                format!("the structure tree is nested more than {MAX_DEPTH} levels deep"),
                None,
                "make the PDF again with the program that wrote it",
            ));
        }
    }

    Ok(Report {
        file: path.to_owned(),
        language,
        title,
        pages: pages.len(),
        smallest_text: smallest,
        problems,
    })
}

/// The fonts a page's resources name, by resource name.
fn page_fonts(doc: &Document, page: ObjectId) -> BTreeMap<Vec<u8>, ObjectId> {
    let mut out = BTreeMap::new();
    let Ok((resources, more)) = doc.get_page_resources(page) else {
        return out;
    };
    let mut all: Vec<&Dictionary> = resources.into_iter().collect();
    all.extend(more.iter().filter_map(|id| doc.get_dictionary(*id).ok()));
    for resources in all {
        if let Some(fonts) = dict(doc, resources.get(b"Font").ok()) {
            for (name, font) in fonts.iter() {
                if let Object::Reference(id) = font {
                    out.insert(name.clone(), *id);
                }
            }
        }
    }
    out
}

/// A walk over the structure tree in reading order.
struct Walk<'a> {
    doc: &'a Document,
    role_map: Option<&'a Dictionary>,
    pages: &'a BTreeMap<ObjectId, u32>,
    last_heading: u8,
    problems: &'a mut Vec<Problem>,
    /// Elements visited by reference: a tree reaches each once, and one that contains itself
    /// is stopped (issue 14: it overflowed the stack).
    visited: std::collections::HashSet<ObjectId>,
    /// Whether an element was reached a second time.
    looped: bool,
    /// Whether the tree went deeper than [`MAX_DEPTH`].
    too_deep: bool,
}

/// The deepest structure tree checked: a document's tree is a few levels deep (document,
/// part, section, list, item), and a reader would not follow thousands.
const MAX_DEPTH: usize = 256;

impl Walk<'_> {
    /// The standard type of an element, through the role map.
    fn role(&self, name: &[u8]) -> Vec<u8> {
        let mut name = name.to_vec();
        for _ in 0..8 {
            match self
                .role_map
                .and_then(|m| m.get(&name).ok())
                .and_then(|o| o.as_name().ok())
            {
                Some(mapped) if mapped != name.as_slice() => name = mapped.to_vec(),
                _ => break,
            }
        }
        name
    }

    fn element(&mut self, object: &Object, page: Option<u32>, depth: usize) {
        if let Ok(id) = object.as_reference()
            && !self.visited.insert(id)
        {
            self.looped = true;
            return;
        }
        if depth > MAX_DEPTH {
            self.too_deep = true;
            return;
        }
        match resolve(self.doc, object) {
            Object::Array(items) => {
                for item in items {
                    self.element(item, page, depth + 1);
                }
            }
            Object::Dictionary(element) => {
                let page = element
                    .get(b"Pg")
                    .and_then(Object::as_reference)
                    .ok()
                    .and_then(|id| self.pages.get(&id).copied())
                    .or(page);
                let place = || page.map(|p| format!("page {p}"));
                if let Ok(s) = element.get(b"S").and_then(Object::as_name) {
                    let role = self.role(s);
                    if role == b"Figure" && !element.has(b"Alt") && !element.has(b"ActualText") {
                        self.problems.push(problem(
                            "a figure without alternative text: a screen reader cannot say what it shows",
                            place(),
                            "give every image a short description (alt text), or mark a purely decorative one as an artifact",
                        ));
                    }
                    if let [b'H', digit @ b'1'..=b'6'] = role.as_slice() {
                        let level = digit - b'0';
                        if level > self.last_heading + 1 {
                            let title = text(self.doc, element.get(b"T").ok())
                                .map(|t| format!(" (\"{t}\")"))
                                .unwrap_or_default();
                            self.problems.push(problem(
                                format!(
                                    "a heading skips from level {} to level {level}{title}",
                                    self.last_heading
                                ),
                                place(),
                                "use the next heading level down, so that readers can follow the outline",
                            ));
                        }
                        self.last_heading = level;
                    }
                }
                if let Ok(k) = element.get(b"K") {
                    self.element(k, page, depth + 1);
                }
            }
            _ => {}
        }
    }
}
