//! Export a compiled document as tagged PDF/UA-1 and write files without leaving half of one.
//!
//! The entry points are [`pdf`] and [`write_atomically`]. The PDF's creation date and
//! document identifier come from the input, so that the same input gives the same bytes.

use std::fmt;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

/// A problem while exporting or writing.
#[derive(Debug)]
pub enum ExportError {
    /// typst-pdf refused the document (for PDF/UA-1: a missing title, alt text, ...).
    Pdf(Vec<String>),
    /// The output file could not be written.
    Write {
        /// The file.
        path: PathBuf,
        /// Why.
        error: std::io::Error,
    },
}

impl fmt::Display for ExportError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ExportError::Pdf(errors) => {
                write!(f, "the PDF could not be made")?;
                for e in errors {
                    write!(f, "\nerror: {e}")?;
                }
                Ok(())
            }
            ExportError::Write { path, error } => write!(
                f,
                "cannot write {} ({error})\nhint: check that the folder exists and can be written to",
                path.display()
            ),
        }
    }
}

impl std::error::Error for ExportError {}

/// Exports a document as tagged PDF/UA-1.
///
/// `ident` should be derived from the input (it becomes the PDF's document identifier) and
/// `date` is the creation date written into the metadata.
pub fn pdf(
    document: &PagedDocument,
    ident: &str,
    date: crate::plan::Date,
) -> Result<Vec<u8>, ExportError> {
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|e| ExportError::Pdf(vec![e.message().to_string()]))?;
    let timestamp =
        Datetime::from_ymd_hms(date.year, date.month, date.day, 0, 0, 0).map(Timestamp::new_utc);
    let options = PdfOptions {
        ident: Smart::Custom(ident.to_owned()),
        timestamp,
        standards,
        tagged: true,
        ..PdfOptions::default()
    };
    let document = crate::clusters::mend(document);
    typst_pdf::pdf(&document, &options).map_err(|errors| {
        ExportError::Pdf(
            errors
                .iter()
                .map(|e| {
                    let mut text = e.message.to_string();
                    for hint in e.hints.iter() {
                        text.push_str(&format!("\nhint: {}", hint.v));
                    }
                    text
                })
                .collect(),
        )
    })
}

/// Sets the document language in the catalog's `/Lang` to the full BCP 47 tag.
///
/// Typst's `lang` takes only a language and a region, so for a tag with a script (`pa-Arab`,
/// Punjabi in Shahmukhi) it writes the bare language, `pa`, which a screen reader takes for
/// Gurmukhi. The file is otherwise left as it is; the output stays deterministic.
pub fn set_language(pdf: Vec<u8>, tag: &str) -> Result<Vec<u8>, ExportError> {
    let failed = |e: lopdf::Error| ExportError::Pdf(vec![format!("setting /Lang to {tag}: {e}")]);
    let mut doc = lopdf::Document::load_mem(&pdf).map_err(failed)?;
    let lang = lopdf::Object::String(tag.as_bytes().to_vec(), lopdf::StringFormat::Literal);
    doc.catalog_mut().map_err(failed)?.set("Lang", lang);
    let mut out = Vec::with_capacity(pdf.len());
    doc.save_to(&mut out)
        .map_err(|e| ExportError::Pdf(vec![format!("setting /Lang to {tag}: {e}")]))?;
    Ok(out)
}

/// Writes a file through a temporary file in the same folder, renamed into place: a reader
/// sees the old file or the whole new one, never half of one, and a failure leaves nothing.
/// The file is on disk when this returns.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes).map_err(|e| file.failed(e))?;
    file.commit()
}

/// Like [`write_atomically`], but leaves flushing the file to disk to a later
/// [`sync_folder`]: for many files at once, one flush at the end is much cheaper than one a
/// file. Readers still never see half a file.
pub fn write_atomically_deferred(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes).map_err(|e| file.failed(e))?;
    file.commit_deferred()
}

/// Flushes everything written into a folder (its files and their names) to disk.
pub fn sync_folder(dir: &Path) -> Result<(), ExportError> {
    let failed = |error| ExportError::Write {
        path: dir.to_owned(),
        error,
    };
    let folder = std::fs::File::open(dir).map_err(failed)?;
    use std::os::fd::AsRawFd;
    // syncfs flushes the folder's whole file system in one go (Linux).
    // SAFETY: the descriptor is open for the duration of the call.
    if unsafe { libc::syncfs(folder.as_raw_fd()) } != 0 {
        return Err(failed(std::io::Error::last_os_error()));
    }
    folder.sync_all().map_err(failed)
}

/// A file being written through a temporary file beside it: [`AtomicFile::commit`] puts it
/// in place; dropping it without committing removes the temporary file.
pub struct AtomicFile {
    path: PathBuf,
    file: std::io::BufWriter<tempfile::NamedTempFile>,
}

impl AtomicFile {
    /// Starts writing `path`.
    pub fn create(path: &Path) -> Result<Self, ExportError> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let file = tempfile::Builder::new()
            .prefix(".iepress-")
            .suffix(".part")
            .permissions(std::fs::Permissions::from_mode(0o644))
            .tempfile_in(dir)
            .map_err(|error| ExportError::Write {
                path: path.to_owned(),
                error,
            })?;
        Ok(AtomicFile {
            path: path.to_owned(),
            file: std::io::BufWriter::with_capacity(1 << 16, file),
        })
    }

    /// The error for a failed write.
    pub fn failed(&self, error: std::io::Error) -> ExportError {
        ExportError::Write {
            path: self.path.clone(),
            error,
        }
    }

    /// Flushes the file to disk and renames it into place.
    pub fn commit(self) -> Result<(), ExportError> {
        self.finish(true)
    }

    /// Renames the file into place, leaving the flush to disk to a later [`sync_folder`].
    pub fn commit_deferred(self) -> Result<(), ExportError> {
        self.finish(false)
    }

    fn finish(self, sync: bool) -> Result<(), ExportError> {
        let failed = |error| ExportError::Write {
            path: self.path.clone(),
            error,
        };
        let file = self.file.into_inner().map_err(|e| failed(e.into_error()))?;
        if sync {
            file.as_file().sync_all().map_err(failed)?;
        }
        file.persist(&self.path).map_err(|e| failed(e.error))?;
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.flush()
    }
}
