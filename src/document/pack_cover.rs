//! The print pack's first pages: what the pack holds and how to print it, and the list of
//! appointments with the page each copy starts on.

use serde::Serialize;

use super::{Document, Frame, Kind, Recipient, frame};
use crate::input::plan::LargePrint;
use crate::localize::{Context, FALLBACK_LANGUAGE, Language, LocaleError, num, s};

impl Document for PackCover {
    const KIND: Kind = Kind::PackCover;
    fn frame(&self) -> &Frame {
        &self.frame
    }
}

/// One appointment of a parents' evening, for the print pack's first page.
#[derive(Debug, Clone, Default)]
pub struct PackAppointment {
    /// The time, as the appointment list writes it.
    pub time: Option<String>,
    /// The pupil's name (the plan file's name when the plan could not be read).
    pub pupil: String,
    /// The teacher the family meets.
    pub teacher: Option<String>,
    /// The room.
    pub room: Option<String>,
    /// The appointment's documents in the pack, in order.
    pub documents: Vec<PackDocument>,
    /// Why the appointment has no documents, when it has none.
    pub problem: Option<String>,
}

/// One document in the print pack.
#[derive(Debug, Clone, Copy)]
pub struct PackDocument {
    /// Whose copy it is.
    pub copy: Recipient,
    /// Its language.
    pub language: &'static Language,
    /// Whether it is in large print.
    pub large_print: bool,
    /// The pack's page it starts on (the first page is 1).
    pub page: usize,
    /// How many of the school's texts it shows untranslated (a family's copy).
    pub untranslated: usize,
}

labels! {
    /// The print pack's headings and column labels.
    PackLabels {
        title = "pack-title",
        appointments_heading = "pack-appointments-heading",
        col_time = "pack-col-time",
        col_pupil = "pack-col-pupil",
        col_teacher = "pack-col-teacher",
        col_room = "pack-col-room",
        col_parent_copy = "pack-col-parent-copy",
        col_school_copy = "pack-col-school-copy",
        col_page = "pack-col-page",
        missing_heading = "pack-missing-heading",
        missing_intro = "pack-missing-intro",
        col_problem = "pack-col-problem",
    }
}

/// The print pack's first pages as the template gets them.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PackCover {
    /// Language, type, title and footer.
    #[serde(flatten)]
    pub frame: Frame,
    /// Headings and column labels.
    pub labels: PackLabels,
    /// The evening's date, when the office gave it.
    pub date: Option<String>,
    /// What the pack holds and how to print it, a paragraph an item.
    pub intro: Vec<String>,
    /// Which of the optional columns any appointment fills.
    pub columns: PackColumns,
    /// The appointments with documents.
    pub rows: Vec<PackRow>,
    /// The appointments without documents, and why.
    pub missing: Vec<PackMissing>,
}

/// The optional columns of the list of appointments.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PackColumns {
    /// Times.
    pub time: bool,
    /// Teachers.
    pub teacher: bool,
    /// Rooms.
    pub room: bool,
}

/// One appointment in the list, with each of its documents and the page it starts on.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PackRow {
    /// The time.
    pub time: String,
    /// The pupil.
    pub pupil: String,
    /// The teacher.
    pub teacher: String,
    /// The room.
    pub room: String,
    /// The family's copy: its language and print, and its first page.
    pub parent: Option<PackRowDocument>,
    /// The school's copy.
    pub school: Option<PackRowDocument>,
}

/// One document in the list of appointments.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PackRowDocument {
    /// Its language, and large print if it is: `Urdu, large print`.
    pub label: String,
    /// Its first page in the pack, in the pack's digits.
    pub page: String,
}

/// An appointment without documents.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PackMissing {
    /// The time.
    pub time: String,
    /// The pupil.
    pub pupil: String,
    /// Why there are no documents.
    pub problem: String,
}

/// Names a document of the print pack in `language`: `Parent copy in Urdu, large print`.
pub fn document_label(
    language: &'static Language,
    document: &PackDocument,
) -> Result<String, LocaleError> {
    let mut cx = Context::new(language, FALLBACK_LANGUAGE.to_owned())?;
    Ok(label_in(&mut cx, document))
}

fn label_in(cx: &mut Context, document: &PackDocument) -> String {
    let name = cx.msg("language-name", &[("tag", s(document.language.tag))]);
    let id = match (document.copy, document.large_print) {
        (Recipient::School, _) => "pack-copy-school",
        (Recipient::Family, false) => "pack-copy-parent",
        (Recipient::Family, true) => "pack-copy-parent-large",
    };
    cx.msg(id, &[("language", s(&name))])
}

/// The print pack's first pages in `language` (the school's): what the pack holds, how to
/// print it, and every appointment with the page its documents start on.
pub fn build(
    language: &'static Language,
    school: &str,
    appointments: &[PackAppointment],
    date: Option<crate::input::plan::Date>,
) -> Result<PackCover, LocaleError> {
    let mut cx = Context::new(language, FALLBACK_LANGUAGE.to_owned())?;
    let labels = PackLabels::make(|id| cx.label(id));
    let (with, without): (Vec<_>, Vec<_>) =
        appointments.iter().partition(|a| !a.documents.is_empty());
    let documents: usize = with.iter().map(|a| a.documents.len()).sum();
    let intro = vec![
        cx.msg(
            "pack-intro",
            &[
                ("documents", num(documents)),
                ("appointments", num(with.len())),
            ],
        ),
        cx.label("pack-duplex"),
        cx.label("pack-files"),
    ];
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let mut row_document = |documents: &[PackDocument], copy: Recipient| {
        documents.iter().find(|d| d.copy == copy).map(|d| {
            let name = cx.msg("language-name", &[("tag", s(d.language.tag))]);
            let label = if d.large_print {
                cx.msg("pack-large-print", &[("language", s(&name))])
            } else {
                name
            };
            // A family's copy that still has some of the school's words untranslated says
            // so, for the office to tell the family (or have them translated first).
            let label = if d.untranslated > 0 && d.copy == Recipient::Family {
                cx.msg(
                    "pack-untranslated",
                    &[("language", s(&label)), ("count", num(d.untranslated))],
                )
            } else {
                label
            };
            PackRowDocument {
                label,
                page: cx.localize_digits(&d.page.to_string()),
            }
        })
    };
    let rows = with
        .iter()
        .map(|a| PackRow {
            time: text(&a.time),
            pupil: a.pupil.clone(),
            teacher: text(&a.teacher),
            room: text(&a.room),
            parent: row_document(&a.documents, Recipient::Family),
            school: row_document(&a.documents, Recipient::School),
        })
        .collect();
    let missing = without
        .iter()
        .map(|a| PackMissing {
            time: text(&a.time),
            pupil: a.pupil.clone(),
            problem: a.problem.clone().unwrap_or_default(),
        })
        .collect();
    let title = cx.label("pack-title");
    Ok(PackCover {
        frame: frame(&mut cx, title, school, LargePrint::No, false),
        labels,
        date: date.map(|d| cx.date(d)),
        intro,
        columns: PackColumns {
            time: appointments.iter().any(|a| a.time.is_some()),
            teacher: appointments.iter().any(|a| a.teacher.is_some()),
            room: appointments.iter().any(|a| a.room.is_some()),
        },
        rows,
        missing,
    })
}

impl Document for PackStamps {
    const KIND: Kind = Kind::PackStamps;
    fn frame(&self) -> &Frame {
        &self.frame
    }
}

/// The print pack's stamps, one a page of the pack that is not a blank back: its number
/// in the pack and, on a copy's first page, the appointment.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PackStamps {
    #[serde(flatten)]
    pub frame: Frame,
    pub stamps: Vec<PackStamp>,
}

/// One page's stamp.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PackStamp {
    /// The page's number in the pack, in the pack language's digits.
    pub number: String,
    /// `16:00 · Oak · Amira Khan`, on a copy's first page.
    pub appointment: Option<String>,
}

/// The stamps for pages `numbers` (each the pack's page number, and the appointment for a
/// copy's first page), in the pack's `language`.
pub fn stamps(
    language: &'static Language,
    school: &str,
    pages: &[(usize, Option<String>)],
) -> Result<PackStamps, LocaleError> {
    let mut cx = Context::new(language, FALLBACK_LANGUAGE.to_owned())?;
    let title = cx.label("pack-title");
    let stamps = pages
        .iter()
        .map(|(n, appointment)| PackStamp {
            number: cx.localize_digits(&n.to_string()),
            appointment: appointment.clone(),
        })
        .collect();
    Ok(PackStamps {
        frame: frame(&mut cx, title, school, LargePrint::No, false),
        stamps,
    })
}
