//! Documents: one typed model and one builder per kind (the IEP, the print pack's cover,
//! the provision map, the leaflets), built from the checked input in one language.
//!
//! Each kind is made the same way: `prepare` (in the kind's module) reads what it needs
//! through `input`, localizes it through `localize`, and returns a [`Prepared`] document;
//! `crate::render` then writes it in any format. The models are what the Typst templates
//! read (serialized to JSON by `typeset`, the only code that does) and what the outline of
//! the other formats is built from.

/// Defines a document's labels: one field a label, serialized under the id the template
/// reads it by (`data.labels.at("facts-heading")`), with the list of those ids.
macro_rules! labels {
    ($(#[$doc:meta])* $name:ident { $($(#[$field_doc:meta])* $field:ident = $id:literal,)* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, serde::Serialize)]
        pub struct $name {
            $($(#[$field_doc])* #[serde(rename = $id)] pub $field: String,)*
        }

        impl $name {
            /// The ids the template reads the labels by.
            pub const IDS: &'static [&'static str] = &[$($id),*];

            /// The labels, each made by `make` from its id.
            fn make(mut make: impl FnMut(&'static str) -> String) -> Self {
                $name { $($field: make($id),)* }
            }
        }
    };
}

pub mod iep;
pub mod leaflet;
pub mod pack_cover;
pub mod provision_map;
pub(crate) mod structured;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::input::plan::{Date, LARGE_PRINT_RANGE, LargePrint, School};
use crate::localize::{
    ARABIC_SCALE, CLEAR_PRINT_PT, Context, Dir, Fallback, Field, LARGE_PRINT_PT, Language, s,
};

/// The kinds of document, each laid out by its own template.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The IEP (SEN support plan).
    Iep,
    /// The first pages of a parents' evening print pack.
    PackCover,
    /// The pack's page numbers and appointment stamps, laid over its pages.
    PackStamps,
    /// The provision map, the school's or a parent's copy.
    ProvisionMap,
    /// A leaflet for parents.
    Leaflet,
}

/// A typed document of one kind, as its template reads it.
pub trait Document: Serialize {
    /// Which kind it is (and so which template lays it out).
    const KIND: Kind;
    /// Its language, type, title and footer.
    fn frame(&self) -> &Frame;
}

/// A document ready to be written in any format, with what the reader should be told of
/// it.
#[derive(Debug, Clone)]
pub struct Prepared<D> {
    /// The document.
    pub document: D,
    /// The language it is in.
    pub language: &'static Language,
    /// Whether it is in large print.
    pub large_print: bool,
    /// Every text shown in another language than the document's, for want of a
    /// translation.
    pub fallbacks: Vec<Fallback>,
    /// How many of the school's texts the document shows (its words and the bank's entries
    /// it picked), in its language or not: with `fallbacks`, how much of the school's text
    /// reached the document's language.
    pub school_texts: usize,
    /// The date the document is stamped with (its PDF's creation date), from its input so
    /// that the same input gives the same bytes.
    pub date: Date,
    /// The files its texts come from, each for the fields under a prefix (`school.`); an
    /// empty prefix serves every other field.
    pub sources: Vec<(String, PathBuf)>,
    /// Every file it was made from (which its output must never replace).
    pub inputs: Vec<PathBuf>,
}

impl<D> Prepared<D> {
    /// How many of the school's texts reached the document's language, of how many it
    /// shows (its words and the bank's entries it picked).
    pub fn school_texts_reached(&self) -> (usize, usize) {
        let fell_back = self
            .fallbacks
            .iter()
            .filter(|f| !f.field.starts_with("message "))
            .count();
        (
            self.school_texts.saturating_sub(fell_back),
            self.school_texts,
        )
    }

    /// The file a field of the document (`plan.about`, `school.phone`) comes from.
    pub fn source_of(&self, field: &str) -> Option<&Path> {
        self.sources
            .iter()
            .find(|(prefix, _)| field.starts_with(prefix))
            .map(|(_, path)| path.as_path())
    }
}

/// A label with one or more values: a row of key facts or a detail of a target.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Fact {
    /// The label.
    pub label: String,
    /// The values (one a line).
    pub values: Vec<Field>,
}

/// Page size and type, for clear or large print.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Layout {
    /// Body text size in points.
    pub body_size: f64,
    /// Whether this is a large-print copy.
    pub large_print: bool,
    /// Font families, in order.
    pub fonts: Vec<&'static str>,
    /// Line spacing in em.
    pub leading: f64,
    /// How much larger Arabic-script text is set than Latin, to look the same size.
    pub arabic_scale: f64,
    /// Whether lines are spaced by the glyphs' real extent rather than the font's usual
    /// line height: Nastaliq's tall stacks overlap the line above otherwise.
    pub glyph_bounds: bool,
}

/// What every page of a document needs, whichever template sets it: language, direction,
/// type, title and the page footer (as JSON, the fields `common.typ`'s `document-style` reads).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Frame {
    /// The document's language tag.
    pub tag: String,
    /// Its language subtag, for Typst.
    pub lang: String,
    /// Its region, for Typst.
    pub region: Option<String>,
    /// Its direction.
    pub dir: Dir,
    /// Clear or large print.
    pub layout: Layout,
    /// The title in the PDF's metadata.
    pub title: String,
    /// The school's name, for the page footer and metadata.
    pub school: String,
    /// `Page {page} of {total}`, with the two numbers marked by `\u{E000}` and `\u{E001}`.
    pub page_number: String,
    /// The digits zero to nine in the document's language, for page numbers.
    pub digits: [String; 10],
}

/// The font family of Urdu's Nastaliq style.
pub const NASTALIQ_FONT: &str = "Noto Nastaliq Urdu";

/// Whose copy a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    /// The family's copy.
    Family,
    /// The school's copy.
    School,
}

/// The page frame of a document in the context's language: type for clear or large print
/// (Urdu in Nastaliq when asked), the title, and the footer with the school's name.
pub(crate) fn frame(
    cx: &mut Context,
    title: String,
    school: &str,
    large_print: LargePrint,
    nastaliq: bool,
) -> Frame {
    let lang = cx.language;
    let body_size = match large_print {
        LargePrint::No => CLEAR_PRINT_PT,
        LargePrint::Yes => LARGE_PRINT_PT,
        LargePrint::Size(pt) => pt.clamp(LARGE_PRINT_RANGE.0, LARGE_PRINT_RANGE.1),
    };
    let mut fonts: Vec<&'static str> = vec!["Noto Sans"];
    if nastaliq {
        fonts.push(NASTALIQ_FONT);
    }
    fonts.extend(lang.script.fonts());
    let id = lang.id();
    Frame {
        tag: lang.tag.to_owned(),
        lang: id.language.as_str().to_owned(),
        region: id.region.map(|r| r.as_str().to_owned()),
        dir: lang.script.dir(),
        layout: Layout {
            body_size,
            large_print: large_print != LargePrint::No,
            fonts,
            // Measured from the glyphs' bounds, Nastaliq needs a smaller gap between lines.
            leading: if nastaliq {
                0.55
            } else {
                lang.script.leading()
            },
            arabic_scale: if nastaliq { 1.0 } else { ARABIC_SCALE },
            glyph_bounds: nastaliq,
        },
        // The metadata's title is a plain string that viewers show in their own way and
        // people search ("IEP – Amira Khan"): without the marks that set its values apart.
        title: crate::localize::without_marks(&title),
        school: school.to_owned(),
        digits: lang.digits(),
        page_number: cx.msg(
            "page-number",
            &[("page", s("\u{E000}")), ("total", s("\u{E001}"))],
        ),
    }
}

/// The school's independent parent support service: its name, and its phone, text, e-mail,
/// web and drop-in, each with its label.
pub(crate) fn support_service(cx: &mut Context, school: &School) -> (Option<Field>, Vec<Fact>) {
    let Some(ps) = &school.parent_support else {
        return (None, vec![]);
    };
    let name = cx.text(&ps.name, "school.parent_support.name");
    let mut details = vec![];
    for (id, value, key) in [
        ("support-phone", &ps.phone, "phone"),
        ("support-text", &ps.text, "text"),
        ("support-email", &ps.email, "email"),
        ("support-web", &ps.web, "web"),
    ] {
        if let Some(v) = value {
            details.push(Fact {
                label: cx.label(id),
                values: vec![cx.name(v, &format!("school.parent_support.{key}"))],
            });
        }
    }
    if let Some(d) = &ps.drop_in {
        details.push(Fact {
            label: cx.label("support-drop-in"),
            values: vec![cx.text(d, "school.parent_support.drop_in")],
        });
    }
    (Some(name), details)
}
