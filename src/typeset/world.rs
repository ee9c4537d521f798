//! The one [`World`] iepress has, and compiling a template in it.
//!
//! The entry point is [`compile`]. The world serves the templates in `typst-templates/`
//! and the fonts in `fonts/`, both embedded in the binary; the machine's fonts and files
//! are never used. The document's data reaches Typst only as JSON in the virtual file
//! `/data.json`, read by the template with `json()`: no user text is ever part of Typst
//! source. Before compiling, every character of the data is checked against the bundled
//! fonts, so that a character no font can draw is an error rather than a tofu box.

use std::fmt;
use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use crate::diag::Diagnostic;
use crate::document::Kind;
use crate::input::plan::Date;

/// The templates, embedded at build time, by their path in the project.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "/typst-templates/common.typ",
        include_str!("../../typst-templates/common.typ"),
    ),
    (
        "/typst-templates/iep.typ",
        include_str!("../../typst-templates/iep.typ"),
    ),
    (
        "/typst-templates/pack-stamps.typ",
        include_str!("../../typst-templates/pack-stamps.typ"),
    ),
    (
        "/typst-templates/pack.typ",
        include_str!("../../typst-templates/pack.typ"),
    ),
    (
        "/typst-templates/provision.typ",
        include_str!("../../typst-templates/provision.typ"),
    ),
    (
        "/typst-templates/leaflet.typ",
        include_str!("../../typst-templates/leaflet.typ"),
    ),
];

/// The fonts, embedded at build time.
const FONTS: &[&[u8]] = &[
    include_bytes!("../../fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../fonts/NotoNaskhArabic-Regular.ttf"),
    include_bytes!("../../fonts/NotoNaskhArabic-Bold.ttf"),
    include_bytes!("../../fonts/NotoNastaliqUrdu-Regular.ttf"),
    include_bytes!("../../fonts/NotoNastaliqUrdu-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansGurmukhi-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansGurmukhi-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansBengali-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansBengali-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansGujarati-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansGujarati-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansTamil-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansTamil-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansDevanagari-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansDevanagari-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansEthiopic-Regular.ttf"),
    include_bytes!("../../fonts/NotoSansEthiopic-Bold.ttf"),
    include_bytes!("../../fonts/NotoSansCJKSC-Regular.otf"),
    include_bytes!("../../fonts/NotoSansCJKSC-Bold.otf"),
    include_bytes!("../../fonts/NotoSansCJKTC-Regular.otf"),
    include_bytes!("../../fonts/NotoSansCJKTC-Bold.otf"),
];

/// The virtual path of the document's data.
pub const DATA_PATH: &str = "/data.json";

/// A problem while compiling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileError {
    /// A character in the data that no bundled font can draw.
    MissingGlyph {
        /// The field it is in, such as `plan.targets[0].who`.
        field: String,
        /// The character.
        character: char,
    },
    /// Typst reported errors (a bug in a template, not in the user's data).
    Typst(Vec<String>),
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            CompileError::MissingGlyph { field, character } => write!(
                f,
                "no bundled font can draw the character U+{:04X} `{}` (field `{field}`)",
                *character as u32, character
            ),
            CompileError::Typst(errors) => {
                write!(f, "the template failed to compile")?;
                for e in errors {
                    write!(f, "\n{e}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// The problem as a diagnostic, with its fix.
    pub fn diagnostic(&self) -> Diagnostic {
        match self {
            // The field is named as a field, so that whoever knows where it comes from can
            // add its file and place (`crate::render`).
            CompileError::MissingGlyph { field, character } => Diagnostic::new(format!(
                "no bundled font can draw the character U+{:04X} `{character}`",
                *character as u32
            ))
            .field(field.clone())
            .hint("remove the symbol or emoji, or write it out in words"),
            CompileError::Typst(_) => Diagnostic::new(self.to_string()),
        }
    }
}

/// The shared, read-only part of the world: library, fonts and templates, built once.
struct Shared {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    templates: Vec<(FileId, Source)>,
    data_id: FileId,
}

fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("built-in paths are valid");
    FileId::new(RootedPath::new(VirtualRoot::Project, vpath))
}

fn shared() -> &'static Shared {
    static SHARED: OnceLock<Shared> = OnceLock::new();
    SHARED.get_or_init(|| {
        let fonts: Vec<Font> = FONTS
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let templates = TEMPLATES
            .iter()
            .map(|(path, text)| {
                let id = file_id(path);
                (id, Source::new(id, (*text).to_owned()))
            })
            .collect();
        Shared {
            // `a11y-extras`: the week's times are marked as its rows' header cells
            // (`pdf.header-cell`), as its days are its columns'.
            library: LazyHash::new(
                Library::builder()
                    .with_features([typst::Feature::A11yExtras].into_iter().collect())
                    .build(),
            ),
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            templates,
            data_id: file_id(DATA_PATH),
        }
    })
}

/// The names of the bundled font families.
pub fn font_families() -> Vec<String> {
    let mut names: Vec<String> = shared()
        .fonts
        .iter()
        .map(|f| f.info().family.clone())
        .collect();
    names.dedup();
    names
}

/// The world of one document: the shared part plus this document's data.
struct DocumentWorld {
    shared: &'static Shared,
    main: FileId,
    data: Bytes,
    today: Datetime,
}

impl World for DocumentWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.shared.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.shared.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        self.shared
            .templates
            .iter()
            .find(|(tid, _)| *tid == id)
            .map(|(_, source)| source.clone())
            .ok_or_else(|| FileError::NotFound(id.get().vpath().get_with_slash().into()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.shared.data_id {
            return Ok(self.data.clone());
        }
        self.source(id)
            .map(|s| Bytes::from_string(s.text().to_owned()))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.shared.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

/// Checks that every character of the data can be drawn with a bundled font.
pub fn check_glyphs(data: &serde_json::Value) -> Result<(), CompileError> {
    walk_strings(data, &mut String::new(), &mut |path, text| match text
        .chars()
        .find(|c| !can_draw(*c))
    {
        Some(character) => Err(CompileError::MissingGlyph {
            field: path.to_owned(),
            character,
        }),
        None => Ok(()),
    })
}

/// Whether a bundled font can draw a character (or it needs no glyph).
pub fn can_draw(c: char) -> bool {
    ignorable(c)
        || shared()
            .fonts
            .iter()
            .any(|f| f.info().coverage.contains(c as u32))
}

/// Characters that draw nothing and need no glyph.
fn ignorable(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c as u32,
            0x00AD | 0x034F | 0x061C | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
            | 0x2060..=0x206F | 0xE000..=0xE003 | 0xFE00..=0xFE0F | 0xFEFF)
}

/// Visits every string in the data with the field it came from: a [`Field`]'s own `field`
/// path when it has one, otherwise its place in the JSON.
///
/// [`Field`]: crate::localize::Field
fn walk_strings(
    value: &serde_json::Value,
    path: &mut String,
    visit: &mut impl FnMut(&str, &str) -> Result<(), CompileError>,
) -> Result<(), CompileError> {
    use serde_json::Value;
    match value {
        Value::String(s) => visit(path, s),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                walk_strings(item, path, visit)?;
                path.truncate(len);
            }
            Ok(())
        }
        Value::Object(map) => {
            if let (Some(Value::String(field)), Some(Value::String(text))) =
                (map.get("field"), map.get("text"))
            {
                return visit(field, text);
            }
            for (key, item) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                walk_strings(item, path, visit)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Compiles a template with the given data (the JSON the template reads).
///
/// `today` is what Typst's `datetime.today()` returns: fixed by the caller so that the
/// same input always gives the same document.
pub fn compile(
    kind: Kind,
    data: &serde_json::Value,
    today: Date,
) -> Result<PagedDocument, CompileError> {
    check_glyphs(data)?;
    let shared = shared();
    let world = DocumentWorld {
        shared,
        main: file_id(super::template(kind)),
        data: Bytes::new(serde_json::to_vec(data).expect("JSON values always serialize")),
        today: Datetime::from_ymd(today.year, today.month, today.day)
            .expect("plan dates are checked when loaded"),
    };
    let result = typst::compile::<PagedDocument>(&world);
    result
        .output
        .map_err(|errors| CompileError::Typst(errors.iter().map(|e| describe(&world, e)).collect()))
}

/// Describes a Typst diagnostic with the template's file, line and column.
fn describe(world: &DocumentWorld, diagnostic: &SourceDiagnostic) -> String {
    let severity = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = format!("{severity}: {}", diagnostic.message);
    if let (Some(id), Some(range)) = (diagnostic.span.id(), world.range(diagnostic.span))
        && let Ok(source) = world.source(id)
        && let Some((line, column)) = source.lines().byte_to_line_column(range.start)
    {
        out.push_str(&format!(
            " in {}:{}:{}",
            id.get().vpath().get_without_slash(),
            line + 1,
            column + 1
        ));
    }
    for hint in diagnostic.hints.iter() {
        out.push_str(&format!("\nhint: {}", hint.v));
    }
    out
}
