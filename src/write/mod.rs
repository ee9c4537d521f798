//! Write: the formats Typst does not lay out, each written from a document's outline — a
//! web page (`html`), braille (`braille`, through liblouis) and speech (`audio`, through
//! espeak-ng and LAME). The outline (`outline`) is built from the typed document, so every
//! format says the same things in the same order as the PDF.

pub mod audio;
pub mod braille;
pub mod html;
pub mod outline;
mod program;
