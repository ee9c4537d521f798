//! The library's error: what went wrong, as diagnostics, whichever stage it was.
//!
//! Each stage has its own error type, which says what went wrong as [`Diagnostic`]s and
//! turns into an [`Error`] (each stage implements the conversion, so that this module
//! depends on none of them).

use std::fmt;

use crate::diag::Diagnostic;

/// Anything that went wrong while making a document: one problem, or several found in one
/// pass (a plan with more than one mistake, a provision map's tables), each with its place
/// and its fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    diagnostics: Vec<Diagnostic>,
}

impl Error {
    /// What went wrong, in the order it was found.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// What went wrong, to keep.
    pub fn into_diagnostics(self) -> Vec<Diagnostic> {
        self.diagnostics
    }

    /// The same error with every diagnostic changed by `f` (a later stage adding the file
    /// and position of a field, say).
    pub fn map(self, f: impl FnMut(Diagnostic) -> Diagnostic) -> Error {
        Error {
            diagnostics: self.diagnostics.into_iter().map(f).collect(),
        }
    }
}

impl fmt::Display for Error {
    /// Every diagnostic's message and place, one a line (without hints).
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
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
    fn from(d: Diagnostic) -> Self {
        Error {
            diagnostics: vec![d],
        }
    }
}

impl From<Vec<Diagnostic>> for Error {
    fn from(diagnostics: Vec<Diagnostic>) -> Self {
        Error { diagnostics }
    }
}

/// Lets a stage's error type, which can say what went wrong as one diagnostic, become an
/// [`Error`].
macro_rules! into_error {
    ($($error:ty),* $(,)?) => {
        $(impl From<$error> for $crate::error::Error {
            fn from(e: $error) -> Self {
                e.diagnostic().into()
            }
        })*
    };
}
pub(crate) use into_error;
