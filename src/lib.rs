//! iepress turns pupils' SEN support plans into documents parents can read: in their own
//! language, in clear or large print, as tagged PDF/UA-1, a web page, braille or audio.
//!
//! The tree is the pipeline, data flowing one way:
//! [`input`] (the school's files, read and checked) → [`localize`] (Fluent and ICU4X) →
//! [`document`] (one typed model a kind, made by its `prepare`) → [`render`] (in a
//! format: [`typeset`] for PDF through Typst, [`write`] for the web page, braille and
//! audio) → [`output`] (files written whole or not at all). [`batch`] makes a parents'
//! evening's documents and print pack; [`check`] checks any PDF before it is sent;
//! [`translate`] exports the school's texts still to translate; [`demo`] writes a made-up
//! school; [`cleanup`] lists the temporary files a stopped run must remove.
//!
//! Making Amira's plan as MP3 is two calls:
//!
//! ```no_run
//! use iepress::document::iep;
//! use iepress::render::{Format, render};
//! let plan = std::path::Path::new("examples/brookfield/plans/amira-khan.yaml");
//! let prepared = iep::prepare(plan, &iep::Options::default())?;
//! let mp3 = render(&prepared, Format::Mp3)?.bytes;
//! # Ok::<(), iepress::Error>(())
//! ```
//!
//! The library never prints and never exits: it returns values, and errors whose
//! [`Error::diagnostics`] say what is wrong, where and how to fix it.

pub mod batch;
pub mod check;
pub mod cleanup;
pub mod demo;
pub mod diag;
pub mod document;
mod error;
pub mod input;
pub mod lint;
pub mod localize;
pub mod output;
pub mod render;
pub mod serve;
pub mod translate;
pub mod typeset;
pub mod write;

pub use diag::Diagnostic;
pub use error::Error;
