//! The leaflets for parents (`iep-guide`, `review-questions`): their model, and
//! [`prepare`], which makes one in one language, with the school's details when a school
//! profile is given.

use std::path::Path;

use serde::Serialize;

use super::{Document, Fact, Frame, Kind, Prepared, frame, support_service};
use crate::diag::Diagnostic;
use crate::error::Error;
use crate::input::plan::{Date, LargePrint, School, StageVocabulary};
use crate::localize::{
    Context, FALLBACK_LANGUAGE, Fallback, Field, LANGUAGES, Language, LocaleError, format_message,
    num, source_tag,
};

impl Document for Leaflet {
    const KIND: Kind = Kind::Leaflet;
    fn frame(&self) -> &Frame {
        &self.frame
    }
}

/// The edition of the leaflets' text: the date in their metadata, so that the same leaflet
/// always gives the same bytes.
pub const EDITION: Date = Date {
    year: 2026,
    month: 11,
    day: 23,
};

/// Makes a leaflet for parents, with the school's details when a school profile is given
/// (read from `school_path`). The language is by default the school's, or English without
/// one.
pub fn prepare(
    name: &str,
    language: Option<&'static Language>,
    large_print: LargePrint,
    school: Option<(&School, &Path)>,
) -> Result<Prepared<Leaflet>, Error> {
    if !names().contains(&name) {
        return Err(Diagnostic::new(format!("there is no leaflet `{name}`"))
            .hint(format!(
                "the leaflets are {} (see `iepress leaflet --list`)",
                names().join(", ")
            ))
            .into());
    }
    let language = match language {
        Some(l) => l,
        None => {
            let tag = school.map_or_else(|| FALLBACK_LANGUAGE.to_owned(), |(s, _)| source_tag(s));
            Language::find(&tag.parse().unwrap_or_default())
                .or_else(|| Language::find(&FALLBACK_LANGUAGE.parse().unwrap_or_default()))
                .expect("the fallback language is supported")
        }
    };
    let (document, fallbacks, school_texts) =
        build(name, language, large_print, school.map(|(s, _)| s))?;
    Ok(Prepared {
        document,
        language,
        large_print: large_print != LargePrint::No,
        fallbacks,
        school_texts,
        date: EDITION,
        sources: school
            .map(|(_, path)| ("school.".to_owned(), path.to_owned()))
            .into_iter()
            .collect(),
        inputs: school
            .map(|(_, path)| path.to_owned())
            .into_iter()
            .collect(),
    })
}

/// The leaflets iepress writes, by name, with what each is.
pub const LEAFLETS: &[(&str, &str)] = &[
    (
        "iep-guide",
        "a guide for parents to IEPs, SMART targets, reviews, provision maps and where to get help",
    ),
    (
        "review-questions",
        "a card of questions to ask at a review meeting, with space for notes",
    ),
];

/// One section of a leaflet: a heading, paragraphs, a list, and paragraphs after it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct LeafletSection {
    /// The heading.
    pub heading: String,
    /// Paragraphs before the list.
    pub paragraphs: Vec<String>,
    /// The list.
    pub items: Vec<String>,
    /// Paragraphs after the list.
    pub after: Vec<String>,
    /// For the section on independent help: the service's name and details.
    pub service: Option<Field>,
    /// The service's phone, text, e-mail, web and drop-in.
    pub service_details: Vec<Fact>,
}

/// One language in the panel "this leaflet in your language".
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct LanguageLine {
    /// The language's own name.
    pub autonym: String,
    /// One sentence in that language, in its own language and direction.
    pub sentence: Field,
}

/// A leaflet as the template gets it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Leaflet {
    /// Language, type, title and footer.
    #[serde(flatten)]
    pub frame: Frame,
    /// The main heading.
    pub heading: String,
    /// The opening paragraphs.
    pub intro: Vec<String>,
    /// The sections.
    pub sections: Vec<LeafletSection>,
    /// Questions, each with space for notes (the review card).
    pub questions: Vec<String>,
    /// The heading of the panel of languages.
    pub languages_heading: String,
    /// Every language iepress writes, each in its own words.
    pub languages: Vec<LanguageLine>,
}

/// The names of the leaflets.
pub fn names() -> Vec<&'static str> {
    LEAFLETS.iter().map(|(name, _)| *name).collect()
}

/// Localizes a leaflet: `iep-guide` or `review-questions`. With a school profile, the
/// footer names the school, the stages of support use its vocabulary, and the section on
/// independent help gives its parent support service. Returns the leaflet, what fell back
/// to another language, and how many of the school's texts it shows.
fn build(
    name: &str,
    language: &'static Language,
    large_print: LargePrint,
    school: Option<&School>,
) -> Result<(Leaflet, Vec<Fallback>, usize), LocaleError> {
    let source = school.map_or_else(|| FALLBACK_LANGUAGE.to_owned(), source_tag);
    let mut cx = Context::new(language, source)?;
    let section =
        |cx: &mut Context, heading: &str, paragraphs: &[&str], items: &[&str]| LeafletSection {
            heading: cx.label(heading),
            paragraphs: paragraphs.iter().map(|id| cx.label(id)).collect(),
            items: items.iter().map(|id| cx.label(id)).collect(),
            after: vec![],
            service: None,
            service_details: vec![],
        };
    let mut sections = Vec::new();
    let mut questions = Vec::new();
    let (title, intro) = match name {
        "review-questions" => {
            for id in [
                "leaflet-question-progress",
                "leaflet-question-helped",
                "leaflet-question-next",
                "leaflet-question-who",
                "leaflet-question-home",
                "leaflet-question-child",
                "leaflet-question-friends",
                "leaflet-question-assess",
                "leaflet-question-contact",
                "leaflet-question-next-review",
            ] {
                questions.push(cx.label(id));
            }
            ("leaflet-questions-title", vec!["leaflet-questions-intro"])
        }
        _ => {
            sections.push(section(
                &mut cx,
                "leaflet-what-heading",
                &["leaflet-what-is", "leaflet-what-who"],
                &[],
            ));
            sections.push(section(
                &mut cx,
                "leaflet-contents-heading",
                &["leaflet-contents-intro"],
                &[
                    "leaflet-contents-strengths",
                    "leaflet-contents-needs",
                    "leaflet-contents-targets",
                    "leaflet-contents-help",
                    "leaflet-contents-home",
                    "leaflet-contents-review",
                ],
            ));
            let mut smart = section(
                &mut cx,
                "leaflet-smart-heading",
                &["leaflet-smart-intro"],
                &[
                    "leaflet-smart-specific",
                    "leaflet-smart-measurable",
                    "leaflet-smart-achievable",
                    "leaflet-smart-relevant",
                    "leaflet-smart-time-bound",
                ],
            );
            smart.after.push(cx.msg(
                "leaflet-smart-example",
                &[("read", num(20)), ("total", num(30))],
            ));
            sections.push(smart);
            sections.push(section(
                &mut cx,
                "leaflet-review-heading",
                &["leaflet-review-when", "leaflet-review-you"],
                &[],
            ));
            sections.push(section(
                &mut cx,
                "leaflet-map-heading",
                &["leaflet-map-what", "leaflet-map-yours"],
                &[],
            ));
            let stages: &[&str] = match school.map(|s| s.stage_vocabulary) {
                Some(StageVocabulary::Legacy) => &[
                    "leaflet-stage-school-action",
                    "leaflet-stage-school-action-plus",
                    "leaflet-stage-statement",
                ],
                _ => &["leaflet-stage-sen-support", "leaflet-stage-ehc-plan"],
            };
            sections.push(section(
                &mut cx,
                "leaflet-stages-heading",
                &["leaflet-stages-intro"],
                stages,
            ));
            ("leaflet-iep-title", vec!["leaflet-iep-intro"])
        }
    };
    // Where to get independent help: in the guide, and on the review card when the school
    // names its local service (a parent preparing for a review is the one who needs it; the
    // card has no room for the general advice the guide gives without one).
    let (service, service_details) = match school {
        Some(s) => support_service(&mut cx, s),
        None => (None, vec![]),
    };
    if service.is_some() || questions.is_empty() {
        let intro: &[&str] = match (&service, questions.is_empty()) {
            (Some(_), true) => &["leaflet-help-intro"],
            (None, _) => &["leaflet-help-none"],
            // On the card, the heading and the service say it.
            (Some(_), false) => &[],
        };
        let mut help = section(&mut cx, "leaflet-help-heading", intro, &[]);
        help.service = service;
        help.service_details = service_details;
        sections.push(help);
    }
    sections.push(section(
        &mut cx,
        "leaflet-formats-heading",
        &["leaflet-formats-ask"],
        &[],
    ));
    // The panel of languages is in the guide only (the review card has to stay short).
    let mut languages = Vec::new();
    for other in LANGUAGES.iter().filter(|_| questions.is_empty()) {
        let sentence = format_message(other, "leaflet-in-your-language", &[])?;
        languages.push(LanguageLine {
            autonym: other.autonym.to_owned(),
            sentence: cx.field_in(other.tag, &sentence, "leaflet-in-your-language"),
        });
    }
    let title = cx.label(title);
    let intro = intro.iter().map(|id| cx.label(id)).collect();
    let doc = Leaflet {
        frame: frame(
            &mut cx,
            title.clone(),
            school.map_or("", |s| s.name.as_str()),
            large_print,
            false,
        ),
        heading: title,
        intro,
        sections,
        questions,
        languages_heading: cx.label("leaflet-languages-heading"),
        languages,
    };
    Ok((doc, cx.fallbacks, cx.school_texts))
}
