//! Typeset: the only code that knows Typst (and the only code that turns a document into
//! JSON, the form in which its template reads it).
//!
//! The steps: the document is serialized as the template's data ([`data`]); every
//! character is checked against the bundled fonts; the template is compiled through the one
//! `World` (`world`), which serves the embedded templates and fonts and the data as the
//! virtual file `/data.json`; `clusters` joins the text items Typst cuts inside a shaped
//! cluster; and `pdf` exports tagged PDF/UA-1 with a fixed date and identifier and the
//! full language tag. [`pdf`] does them all.

mod clusters;
mod pdf;
mod reversed_words;
mod runs;
mod spaces;
mod tag_order;
mod text_layer;
mod world;

use typst_layout::PagedDocument;

pub use pdf::ExportError;
pub use world::{CompileError, DATA_PATH, can_draw, font_families};

/// A text with every character no bundled font can draw replaced by `?`: for quoting what
/// went wrong (a file name, a cell) in a document, which must never fail for it.
pub fn drawable(text: &str) -> String {
    text.chars()
        .map(|c| if can_draw(c) { c } else { '?' })
        .collect()
}

use crate::document::{Document, Kind};
use crate::error::Error;
use crate::input::plan::Date;
use crate::localize::Language;

/// The data a document's template reads: the document as JSON.
pub fn data<D: Document>(document: &D) -> serde_json::Value {
    serde_json::to_value(document).expect("documents always serialize")
}

/// The data a document's template reads, as JSON text laid out for people: what the
/// template gets, for working on it with Typst's own tools.
pub fn pretty_json<D: Document>(document: &D) -> String {
    serde_json::to_string_pretty(&data(document)).expect("JSON values serialize")
}

/// A document laid out by its template, before it is exported: its pages can be counted
/// (the print pack lays its list out until the list's own length agrees with it).
pub struct Laid {
    document: PagedDocument,
    data: serde_json::Value,
    date: Date,
}

impl Laid {
    /// How many pages the document takes.
    pub fn pages(&self) -> usize {
        self.document.pages().len()
    }

    /// The laid-out document as an untagged PDF, to be drawn into another as artifacts.
    pub fn untagged_pdf(&self) -> Result<Vec<u8>, Error> {
        Ok(pdf::export_untagged(&self.document)?)
    }

    /// The laid-out document as tagged PDF/UA-1 in `language`.
    pub fn pdf(&self, language: &'static Language) -> Result<Vec<u8>, Error> {
        tagged(&self.document, &self.data, self.date, language)
    }
}

/// Lays a document out with its template, `date` being what Typst's `datetime.today()`
/// returns (fixed, so that the same input gives the same document).
pub fn lay_out<D: Document>(document: &D, date: Date) -> Result<Laid, CompileError> {
    let data = data(document);
    let document = world::compile(D::KIND, &data, date)?;
    Ok(Laid {
        document,
        data,
        date,
    })
}

/// A document identifier for a PDF made of parts, derived from theirs (so that the same
/// parts give the same identifier), as 32 hex digits.
pub fn ident<T: std::hash::Hash + ?Sized>(parts: &T) -> String {
    format!("{:032x}", typst::utils::hash128(parts))
}

/// A document as tagged PDF/UA-1, stamped with `date`, in `language`.
pub fn pdf<D: Document>(
    document: &D,
    date: Date,
    language: &'static Language,
) -> Result<Vec<u8>, Error> {
    let data = data(document);
    let compiled = world::compile(D::KIND, &data, date)?;
    tagged(&compiled, &data, date, language)
}

/// Exports a laid-out document as tagged PDF/UA-1: its identifier from its data, its date
/// given, and its full language tag (Typst writes the language and region only; a script
/// subtag such as `pa-Arab` is added afterwards).
fn tagged(
    document: &PagedDocument,
    data: &serde_json::Value,
    date: Date,
    language: &'static Language,
) -> Result<Vec<u8>, Error> {
    let ident = ident(&data.to_string());
    let rtl = language.script.dir() == crate::localize::Dir::Rtl;
    let pdf = pdf::set_direction(pdf::export(document, &ident, date)?, rtl);
    // Every glyph's own text, for readers that ignore `/ActualText`, and right-to-left
    // lines in reading order in the tags (issue 17). A left-to-right document in scripts
    // whose glyphs are one a character has nothing to mend, and is not read again.
    let mended = if rtl || text_layer::may_need_mending(document) {
        text_layer::mend(&pdf, rtl)
    } else {
        Ok(None)
    };
    let pdf = match mended {
        Ok(mended) => mended.unwrap_or(pdf),
        Err(text_layer::Unmended(why)) => {
            return Err(
                pdf::ExportError(vec![(format!("mending the text layer: {why}"), vec![])]).into(),
            );
        }
    };
    if language.id().script.is_some() {
        Ok(pdf::set_language(pdf, language.tag)?)
    } else {
        Ok(pdf)
    }
}

/// The template that lays out a kind of document, by its path in the project.
fn template(kind: Kind) -> &'static str {
    match kind {
        Kind::Iep => "/typst-templates/iep.typ",
        Kind::PackCover => "/typst-templates/pack.typ",
        Kind::PackStamps => "/typst-templates/pack-stamps.typ",
        Kind::ProvisionMap => "/typst-templates/provision.typ",
        Kind::Leaflet => "/typst-templates/leaflet.typ",
    }
}

crate::error::into_error!(CompileError, ExportError);
