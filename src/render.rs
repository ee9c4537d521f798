//! Render: write a prepared document in the format asked for. PDF comes from `typeset`;
//! the web page, braille and audio from the document's outline, through `write`.
//!
//! The entry point is [`render`], the same for every kind of document.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::document::{Document, Prepared};
use crate::error::Error;
use crate::output::AtomicFile;
use crate::typeset;
use crate::write::outline::Outlined;
use crate::write::{audio, braille, html};

/// The formats iepress writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Tagged PDF/UA-1.
    Pdf,
    /// One accessible web page.
    Html,
    /// Braille (BRF, 40 cells by 25 lines).
    Brf,
    /// The document read aloud, as WAV.
    Audio,
    /// The document read aloud, as MP3.
    Mp3,
}

impl Format {
    /// Whether the format has a type size (large print applies to it).
    pub fn has_type_size(self) -> bool {
        matches!(self, Format::Pdf | Format::Html)
    }

    /// The file name extension of the format.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Brf => "brf",
            Format::Audio => "wav",
            Format::Mp3 => "mp3",
        }
    }
}

/// A document written in a format.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// What it is, for the reader's report: how long and in what code.
    pub extent: Extent,
}

/// How much a rendered document holds, in its format's terms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Extent {
    /// A PDF or a web page: what there is to say of it is its type size and language,
    /// which the caller knows.
    Print,
    /// Braille: the braille code's name and the number of braille pages.
    Braille {
        /// The code, such as `Unified English Braille, grade 2`.
        code: &'static str,
        /// Braille pages.
        pages: usize,
    },
    /// Speech: its length in seconds.
    Speech {
        /// Seconds of speech.
        seconds: u64,
    },
}

/// Writes a prepared document in a format, as bytes. [`render_to`] writes it into a file
/// instead, without holding speech in memory.
pub fn render<D: Document + Outlined>(
    prepared: &Prepared<D>,
    format: Format,
) -> Result<Rendered, Error> {
    let (made, extent) = make(prepared, format)?;
    let bytes = match made {
        Made::Bytes(bytes) => bytes,
        Made::Speech {
            speech: _kept,
            file,
        } => std::fs::read(&file).map_err(unread)?,
    };
    Ok(Rendered { bytes, extent })
}

/// Writes a prepared document in a format into `out` (which the caller commits). Speech
/// is copied from the file the synthesizer wrote, a buffer at a time.
pub fn render_to<D: Document + Outlined>(
    prepared: &Prepared<D>,
    format: Format,
    out: &mut AtomicFile,
) -> Result<Extent, Error> {
    let (made, extent) = make(prepared, format)?;
    match made {
        Made::Bytes(bytes) => out.write_all(&bytes).map_err(|e| out.failed(e))?,
        Made::Speech {
            speech: _kept,
            file,
        } => {
            let mut from = std::fs::File::open(&file).map_err(unread)?;
            std::io::copy(&mut from, out).map_err(|e| out.failed(e))?;
        }
    }
    Ok(extent)
}

/// A document made in a format: its bytes, or speech in the file the synthesizer wrote
/// (which lives as long as `speech`).
enum Made {
    Bytes(Vec<u8>),
    Speech {
        speech: audio::Speech,
        file: PathBuf,
    },
}

/// Speech that could not be read back from the synthesizer's file.
fn unread(e: std::io::Error) -> Error {
    audio::AudioError::Espeak(format!("its speech could not be read back ({e})")).into()
}

/// Makes a document in a format.
fn make<D: Document + Outlined>(
    prepared: &Prepared<D>,
    format: Format,
) -> Result<(Made, Extent), Error> {
    let document = &prepared.document;
    match format {
        Format::Pdf => Ok((Made::Bytes(pdf(prepared)?), Extent::Print)),
        Format::Html => {
            let page = html::page(&document.outline(), document.frame()).into_bytes();
            Ok((Made::Bytes(page), Extent::Print))
        }
        Format::Brf => {
            let outline = document.outline();
            let brf = braille::brf(&outline).map_err(|e| locate(e.into(), prepared))?;
            let pages = brf.matches('\u{c}').count();
            let code = braille::table_for(&outline.lang).map_or("", |t| t.name);
            Ok((
                Made::Bytes(brf.into_bytes()),
                Extent::Braille { code, pages },
            ))
        }
        Format::Audio | Format::Mp3 => {
            let outline = document.outline();
            let speech = audio::speak(&outline)?;
            let seconds = speech.seconds().round() as u64;
            let file = if format == Format::Mp3 {
                audio::mp3(&speech, &outline.title, &outline.school)?
            } else {
                speech.wav()
            };
            Ok((Made::Speech { speech, file }, Extent::Speech { seconds }))
        }
    }
}

/// A prepared document as tagged PDF/UA-1. A character no bundled font can draw is an
/// error at its place in the file it comes from.
pub fn pdf<D: Document + Outlined>(prepared: &Prepared<D>) -> Result<Vec<u8>, Error> {
    typeset::pdf(&prepared.document, prepared.date, prepared.language)
        .map_err(|e| locate(e, prepared))
}

/// The default output file name of a plan's document:
/// `<plan-file-stem>.<lang>[.large-print].<extension>`, `.large-print` for a large-print
/// PDF or web page (braille and audio have no type size).
pub fn default_output<D>(plan_path: &Path, prepared: &Prepared<D>, format: Format) -> PathBuf {
    let stem = plan_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into());
    let large = if prepared.large_print && format.has_type_size() {
        ".large-print"
    } else {
        ""
    };
    PathBuf::from(format!(
        "{stem}.{}{large}.{}",
        prepared.language.tag,
        format.extension()
    ))
}

/// Puts each diagnostic about a field of the document (a character no font can draw, a
/// text with no braille sign) at its place: the file the field comes from, and where in it
/// the school wrote the text when that is known.
fn locate<D: Outlined>(error: Error, prepared: &Prepared<D>) -> Error {
    let outline = prepared.document.outline();
    error.map(|mut diagnostic| {
        if let (Some(field), None) = (&diagnostic.field, &diagnostic.file) {
            diagnostic.file = prepared.source_of(field).map(Path::to_path_buf);
            diagnostic.position = outline
                .texts()
                .into_iter()
                .find(|t| &t.field == field)
                .and_then(|t| t.position);
        }
        diagnostic
    })
}

/// Writes every leaflet in each of `languages`, clear and large print (at `large`), as
/// PDFs named `<leaflet>.<tag>[.large-print].pdf` into `dir` (made if missing), with the
/// school's details when a school profile is given. Returns how many were written.
pub fn every_leaflet(
    dir: &Path,
    languages: &[&'static crate::localize::Language],
    large: crate::input::plan::LargePrint,
    school: Option<(&crate::input::plan::School, &Path)>,
) -> Result<usize, Error> {
    use crate::document::leaflet;
    use crate::input::plan::LargePrint;
    use crate::output;
    let _held = output::hold_folder(dir)?;
    let mut written = 0;
    for name in leaflet::names() {
        for &language in languages {
            for print in [LargePrint::No, large] {
                let prepared = leaflet::prepare(name, Some(language), print, school)?;
                let file = dir.join(format!(
                    "{name}.{}{}.pdf",
                    language.tag,
                    if prepared.large_print {
                        ".large-print"
                    } else {
                        ""
                    }
                ));
                output::write_atomically_deferred(&file, &pdf(&prepared)?)?;
                written += 1;
            }
        }
    }
    output::sync_folder(dir)?;
    Ok(written)
}
