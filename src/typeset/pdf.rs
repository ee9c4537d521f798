//! Export a laid-out document as tagged PDF/UA-1.
//!
//! The entry point is [`export`]. The PDF's creation date and document identifier come
//! from the input, so that the same input gives the same bytes.

use std::fmt;

use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// typst-pdf refused the document (for PDF/UA-1: a missing title, alt text, ...), each
/// error with its hints.
#[derive(Debug)]
pub struct ExportError(pub Vec<(String, Vec<String>)>);

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "the PDF could not be made")?;
        for (e, _) in &self.0 {
            write!(f, " ({e})")?;
        }
        Ok(())
    }
}

impl std::error::Error for ExportError {}

impl ExportError {
    /// The problem as a diagnostic, with typst-pdf's hints.
    pub fn diagnostic(&self) -> crate::diag::Diagnostic {
        let mut diagnostic = crate::diag::Diagnostic::new(self.to_string());
        diagnostic.hints = self.0.iter().flat_map(|(_, h)| h.clone()).collect();
        diagnostic
    }
}

/// Exports a document as tagged PDF/UA-1.
///
/// `ident` should be derived from the input (it becomes the PDF's document identifier) and
/// `date` is the creation date written into the metadata.
pub fn export(
    document: &PagedDocument,
    ident: &str,
    date: crate::input::plan::Date,
) -> Result<Vec<u8>, ExportError> {
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|e| ExportError(vec![(e.message().to_string(), vec![])]))?;
    let timestamp =
        Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0).map(Timestamp::new_utc);
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        timestamp,
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    let document = super::clusters::mend(document);
    typst_pdf::pdf(&document, &options).map_err(|errors| {
        ExportError(
            errors
                .iter()
                .map(|e| {
                    let hints = e.hints.iter().map(|h| h.v.to_string()).collect();
                    (e.message.to_string(), hints)
                })
                .collect(),
        )
    })
}

/// A document as a plain PDF: no tags, no standard. Only for what is drawn into another
/// PDF as an artifact (the print pack's stamps), never for a document of its own.
pub fn export_untagged(document: &PagedDocument) -> Result<Vec<u8>, ExportError> {
    let options = PdfOptions {
        tagged: false,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(document, &options).map_err(|errors| {
        ExportError(
            errors
                .iter()
                .map(|e| (e.message.to_string(), Vec::new()))
                .collect(),
        )
    })
}

/// Sets the reading direction of the viewer preferences (`/Direction`) to the script's.
///
/// Typst takes it from the language alone, and its table has `pa` right to left, so the
/// Gurmukhi copy said `/R2L` and a viewer that follows it (Chrome) read every line
/// backwards. The entry is rewritten in place, `/R2L` and `/L2R` being the same length, so
/// nothing else of the file moves.
pub fn set_direction(mut pdf: Vec<u8>, rtl: bool) -> Vec<u8> {
    let (wrong, right): (&[u8], &[u8]) = if rtl {
        (b"/Direction/L2R", b"/Direction/R2L")
    } else {
        (b"/Direction/R2L", b"/Direction/L2R")
    };
    let catalog = b"/ViewerPreferences<<";
    if let Some(start) = find(&pdf, catalog)
        && let Some(end) = find(&pdf[start..], b">>").map(|e| start + e)
        && let Some(at) = find(&pdf[start..end], wrong).map(|a| start + a)
    {
        pdf[at..at + wrong.len()].copy_from_slice(right);
    }
    pdf
}

/// Where `needle` first occurs in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Sets the document language in the catalog's `/Lang`, and in the metadata's
/// `dc:language`, to the full BCP 47 tag.
///
/// Typst's `lang` takes only a language and a region, so for a tag with a script (`pa-Arab`,
/// Punjabi in Shahmukhi) it writes the bare language, `pa`, which a screen reader takes for
/// Gurmukhi. The file is otherwise left as it is; the output stays deterministic.
pub fn set_language(pdf: Vec<u8>, tag: &str) -> Result<Vec<u8>, ExportError> {
    let failed =
        |e: lopdf::Error| ExportError(vec![(format!("setting /Lang to {tag}: {e}"), vec![])]);
    let mut doc = lopdf::Document::load_mem(&pdf).map_err(failed)?;
    let lang = lopdf::Object::String(tag.as_bytes().to_vec(), lopdf::StringFormat::Literal);
    doc.catalog_mut().map_err(failed)?.set("Lang", lang);
    // The metadata's `dc:language` says the same (Typst wrote the bare language there too).
    let metadata = doc
        .catalog()
        .map_err(failed)?
        .get(b"Metadata")
        .and_then(lopdf::Object::as_reference)
        .ok();
    if let Some(id) = metadata
        && let Ok(stream) = doc
            .get_object_mut(id)
            .and_then(lopdf::Object::as_stream_mut)
        && stream.dict.get(b"Filter").is_err()
        && let Ok(xmp) = std::str::from_utf8(&stream.content)
    {
        let bare = tag.split('-').next().unwrap_or(tag);
        let written = format!("<dc:language><rdf:Bag><rdf:li>{bare}</rdf:li>");
        let full = format!("<dc:language><rdf:Bag><rdf:li>{tag}</rdf:li>");
        if xmp.contains(&written) {
            let xmp = xmp.replacen(&written, &full, 1);
            stream.set_content(xmp.into_bytes());
        }
    }
    let mut out = Vec::with_capacity(pdf.len());
    doc.save_to(&mut out)
        .map_err(|e| ExportError(vec![(format!("setting /Lang to {tag}: {e}"), vec![])]))?;
    Ok(out)
}
