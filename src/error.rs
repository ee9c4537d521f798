//! The library's error: whichever stage failed, with its own error type inside, each of
//! which can say what went wrong as [`Diagnostic`]s.

use std::fmt;

use crate::batch::pack::PackError;
use crate::diag::Diagnostic;
use crate::input::translations::TranslateError;
use crate::localize::LocaleError;
use crate::output::WriteError;
use crate::typeset::{CompileError, ExportError};
use crate::write::audio::AudioError;
use crate::write::braille::BrailleError;

/// Anything that can go wrong while making a document, by stage.
#[derive(Debug)]
pub enum Error {
    /// Input files are wrong: one problem, or several found in one pass (a plan with more
    /// than one mistake, a provision map's tables).
    Input(Vec<Diagnostic>),
    /// A locale is broken or a language is not supported.
    Locale(LocaleError),
    /// The school's translations cannot be read.
    Translate(TranslateError),
    /// Typst could not compile the document.
    Compile(CompileError),
    /// The PDF could not be made.
    Export(ExportError),
    /// A file could not be written.
    Write(WriteError),
    /// The print pack could not be put together.
    Pack(PackError),
    /// No braille copy could be made.
    Braille(BrailleError),
    /// No audio copy could be made.
    Audio(AudioError),
}

impl Error {
    /// What went wrong, as diagnostics for the user: each with its place and its fix.
    pub fn diagnostics(&self) -> Vec<Diagnostic> {
        match self {
            Error::Input(all) => all.clone(),
            Error::Locale(e) => vec![e.diagnostic()],
            Error::Translate(e) => vec![e.diagnostic()],
            Error::Compile(e) => vec![e.diagnostic()],
            Error::Export(e) => vec![e.diagnostic()],
            Error::Write(e) => vec![e.diagnostic()],
            Error::Pack(e) => vec![Diagnostic::new(e.to_string())],
            Error::Braille(e) => vec![e.diagnostic()],
            Error::Audio(e) => vec![e.diagnostic()],
        }
    }
}

impl fmt::Display for Error {
    /// Every diagnostic's message and place, one a line (without hints).
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, d) in self.diagnostics().iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            d.fmt(f)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

impl From<Diagnostic> for Error {
    fn from(e: Diagnostic) -> Self {
        Error::Input(vec![e])
    }
}

impl From<Vec<Diagnostic>> for Error {
    fn from(e: Vec<Diagnostic>) -> Self {
        Error::Input(e)
    }
}

macro_rules! from_stage {
    ($($stage:ident($error:ty)),* $(,)?) => {
        $(impl From<$error> for Error {
            fn from(e: $error) -> Self {
                Error::$stage(e)
            }
        })*
    };
}

from_stage!(
    Locale(LocaleError),
    Translate(TranslateError),
    Compile(CompileError),
    Export(ExportError),
    Write(WriteError),
    Pack(PackError),
    Braille(BrailleError),
    Audio(AudioError),
);
