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
mod world;

use typst_layout::PagedDocument;

pub use pdf::ExportError;
pub use world::{CompileError, DATA_PATH, font_families};

use crate::document::{Document, Kind};
use crate::error::Error;
use crate::input::plan::Date;
use crate::localize::Language;

/// The data a document's template reads: the document as JSON.
pub fn data<D: Document>(document: &D) -> serde_json::Value {
    serde_json::to_value(document).expect("documents always serialize")
}

/// A document laid out by its template, `date` being what Typst's `datetime.today()`
/// returns (fixed, so that the same input gives the same document).
pub fn compile<D: Document>(document: &D, date: Date) -> Result<PagedDocument, CompileError> {
    world::compile(D::KIND, &data(document), date)
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
pub(crate) fn tagged(
    document: &PagedDocument,
    data: &serde_json::Value,
    date: Date,
    language: &'static Language,
) -> Result<Vec<u8>, Error> {
    let ident = format!("{:032x}", typst::utils::hash128(&data.to_string()));
    let pdf = pdf::export(document, &ident, date)?;
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
        Kind::ProvisionMap => "/typst-templates/provision.typ",
        Kind::Leaflet => "/typst-templates/leaflet.typ",
    }
}
