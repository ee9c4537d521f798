//! Localize a plan: turn the school's data into the document a reader gets, in one language.
//!
//! The entry point is [`localize`]. Every heading, label and fixed sentence comes from the
//! Fluent messages in `locales/`; dates come from ICU4X; the school's own words come from
//! the plan, in the document's language where the plan gives one and otherwise in the
//! school's source language. Each such fallback, and each message missing from a locale, is
//! collected in [`Localized::fallbacks`] for the caller to report.
//!
//! Fluent's Unicode isolation marks are off: user text never goes inside a message except
//! for names in headings, and each of the school's texts reaches Typst as its own paragraph
//! with its own language and direction, which is what bidi needs. A test pins this.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::plan::{Date, Keyword, KeywordSet, LARGE_PRINT_RANGE, LargePrint, Plan, School, Text};

/// The point size of body text in clear print (UKAAF recommends 14).
pub const CLEAR_PRINT_PT: f64 = 14.0;
/// The point size of large print when no size is given (UKAAF recommends 18).
pub const LARGE_PRINT_PT: f64 = 18.0;

/// What serves a language tag among `entries`, each for a language (`en` serves `en-GB`),
/// unless `refused` gives a reason for the tag or its language; `Err(None)` where nothing
/// serves it and no reason is known.
pub(crate) fn for_language<'a, T>(
    tag: &str,
    entries: &'a [T],
    language_of: impl Fn(&T) -> &str,
    refused: &[(&str, &'static str)],
) -> Result<&'a T, Option<&'static str>> {
    let language = tag.split('-').next().unwrap_or(tag);
    let reason = |t: &str| refused.iter().find(|(r, _)| *r == t).map(|(_, why)| *why);
    if let Some(why) = reason(tag) {
        return Err(Some(why));
    }
    entries
        .iter()
        .find(|e| language_of(e) == language)
        .ok_or_else(|| reason(language))
}

/// How much larger Arabic-script text (Naskh) is set than Latin text, so that both look
/// the same size on the page.
pub const ARABIC_SCALE: f64 = 1.2;

/// The two text directions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// A writing system: it decides a language's direction, fonts and line spacing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Gurmukhi,
    Bengali,
    Gujarati,
    Tamil,
}

impl Script {
    /// The script's name in English.
    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "Latin",
            Script::Cyrillic => "Cyrillic",
            Script::Arabic => "Arabic",
            Script::Gurmukhi => "Gurmukhi",
            Script::Bengali => "Bengali",
            Script::Gujarati => "Gujarati",
            Script::Tamil => "Tamil",
        }
    }

    /// The writing direction.
    pub fn dir(self) -> Dir {
        match self {
            Script::Arabic => Dir::Rtl,
            _ => Dir::Ltr,
        }
    }

    /// The font families for the script, before Noto Sans (which draws Latin, Greek and
    /// Cyrillic, and so names in every language).
    pub fn fonts(self) -> &'static [&'static str] {
        match self {
            Script::Latin | Script::Cyrillic => &[],
            Script::Arabic => &["Noto Naskh Arabic"],
            Script::Gurmukhi => &["Noto Sans Gurmukhi"],
            Script::Bengali => &["Noto Sans Bengali"],
            Script::Gujarati => &["Noto Sans Gujarati"],
            Script::Tamil => &["Noto Sans Tamil"],
        }
    }

    /// The space between lines the script needs, in em: Indic scripts stack vowel signs
    /// above and below, Arabic script has tall letters and marks.
    pub fn leading(self) -> f64 {
        match self {
            Script::Latin | Script::Cyrillic => 0.65,
            Script::Gurmukhi | Script::Bengali | Script::Gujarati | Script::Tamil => 0.8,
            Script::Arabic => 0.9,
        }
    }
}

/// A language iepress can write documents in.
#[derive(Debug)]
pub struct Language {
    /// The BCP 47 tag, as written in plans and file names.
    pub tag: &'static str,
    /// The language's name in English.
    pub name: &'static str,
    /// The language's name in itself.
    pub autonym: &'static str,
    /// The script it is written in (which sets its direction, fonts and line spacing).
    pub script: Script,
    /// The Fluent resource, embedded at build time.
    ftl: &'static str,
    /// Who drafted and who reviewed the messages (`locales/{tag}/status.yaml`).
    status: &'static str,
}

macro_rules! language {
    ($tag:literal, $name:literal, $autonym:literal, $script:ident) => {
        Language {
            tag: $tag,
            name: $name,
            autonym: $autonym,
            script: Script::$script,
            ftl: include_str!(concat!("../locales/", $tag, "/iep.ftl")),
            status: include_str!(concat!("../locales/", $tag, "/status.yaml")),
        }
    };
}

/// Every language with a complete locale, in the order `iepress languages` lists them.
pub static LANGUAGES: &[Language] = &[
    language!("en-GB", "English (UK)", "English", Latin),
    language!("pl", "Polish", "polski", Latin),
    language!("ro", "Romanian", "română", Latin),
    language!("pa", "Punjabi (Gurmukhi)", "ਪੰਜਾਬੀ", Gurmukhi),
    language!("pa-Arab", "Punjabi (Shahmukhi)", "پنجابی", Arabic),
    language!("ur", "Urdu", "اردو", Arabic),
    language!("pt", "Portuguese", "português", Latin),
    language!("es", "Spanish", "español", Latin),
    language!("it", "Italian", "italiano", Latin),
    language!("fr", "French", "français", Latin),
    language!("bn", "Bengali", "বাংলা", Bengali),
    language!("gu", "Gujarati", "ગુજરાતી", Gujarati),
    language!("ar", "Arabic", "العربية", Arabic),
    language!("sq", "Albanian", "shqip", Latin),
    language!("so", "Somali", "Soomaali", Latin),
    language!("lt", "Lithuanian", "lietuvių", Latin),
    language!("uk", "Ukrainian", "українська", Cyrillic),
    language!("tr", "Turkish", "Türkçe", Latin),
    language!("fa", "Persian", "فارسی", Arabic),
    language!("ta", "Tamil", "தமிழ்", Tamil),
];

/// Who drafted a locale's messages and whether a fluent speaker has checked them.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct Review {
    /// `drafted` or `reviewed`.
    pub status: String,
    /// Who drafted the messages.
    #[serde(default)]
    pub drafted_by: Option<String>,
    /// The fluent speaker who checked them.
    #[serde(default)]
    pub reviewed_by: Option<String>,
    /// What a reviewer should check first.
    #[serde(default)]
    pub to_check: Vec<String>,
}

/// The language every other one falls back to for a missing message.
pub const FALLBACK_LANGUAGE: &str = "en-GB";

impl Language {
    /// Finds a supported language for a tag: the exact tag, or the same language when the
    /// tag adds a region or script we do not distinguish (`pl-PL` is `pl`, `en` is `en-GB`).
    pub fn find(tag: &LanguageIdentifier) -> Option<&'static Language> {
        let text = tag.to_string();
        if let Some(l) = LANGUAGES.iter().find(|l| l.tag.eq_ignore_ascii_case(&text)) {
            return Some(l);
        }
        // The same language and script (`pa-Arab-PK` is `pa-Arab`), then the same language
        // written in its usual script (`pl-PL` is `pl`, `en` is `en-GB`).
        let same = |l: &&Language, script: Option<_>| {
            let ours = l.id();
            ours.language == tag.language && ours.script == script
        };
        tag.script
            .and_then(|script| LANGUAGES.iter().find(|l| same(l, Some(script))))
            .or_else(|| LANGUAGES.iter().find(|l| same(l, None)))
    }

    /// The list of supported tags, for error messages.
    pub fn supported_list() -> String {
        LANGUAGES
            .iter()
            .map(|l| format!("{} ({})", l.tag, l.name))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn id(&self) -> LanguageIdentifier {
        self.tag.parse().expect("built-in tags are valid")
    }

    /// Who drafted and who reviewed this language's messages.
    pub fn review(&self) -> Result<Review, String> {
        serde_saphyr::from_str(self.status)
            .map_err(|e| format!("locales/{}/status.yaml: {e}", self.tag))
    }

    /// The language's digits when they are not `0`–`9`.
    fn native_digits(&self) -> Option<[String; 10]> {
        Some(self.digits()).filter(|d| d.iter().enumerate().any(|(i, s)| *s != i.to_string()))
    }

    /// The digits zero to nine as this language writes them (CLDR's default numbering
    /// system, through ICU4X): `0`–`9` for most, `٠`–`٩` for Arabic, `০`–`৯` for Bengali.
    pub fn digits(&self) -> [String; 10] {
        use icu_decimal::DecimalFormatter;
        use icu_decimal::input::Decimal;
        let locale = icu_locale_core::Locale::try_from_str(self.tag)
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let formatter = DecimalFormatter::try_new(locale.into(), Default::default()).ok();
        std::array::from_fn(|d| match &formatter {
            Some(f) => f.format(&Decimal::from(d as u32)).to_string(),
            None => d.to_string(),
        })
    }
}

/// A problem with a locale (a malformed `.ftl` file) or with a requested language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleError {
    /// A `.ftl` file does not parse.
    Malformed {
        /// The language tag.
        tag: String,
        /// 1-based line of the first error.
        line: usize,
        /// What the parser said.
        message: String,
    },
    /// The language is not one iepress has.
    Unsupported {
        /// The tag asked for.
        tag: String,
        /// Where it was asked for (a file and position, or a command-line option).
        origin: String,
    },
    /// There is no leaflet by that name.
    UnknownLeaflet(String),
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LocaleError::Malformed { tag, line, message } => write!(
                f,
                "malformed message file locales/{tag}/iep.ftl:{line} ({message})\nhint: fix the Fluent syntax on that line"
            ),
            LocaleError::Unsupported { tag, origin } => write!(
                f,
                "unsupported language `{tag}` in {origin}\nhint: the supported languages are {}",
                Language::supported_list()
            ),
            LocaleError::UnknownLeaflet(name) => write!(
                f,
                "there is no leaflet `{name}`\nhint: the leaflets are {} (see `iepress leaflet --list`)",
                leaflet_names().join(", ")
            ),
        }
    }
}

impl std::error::Error for LocaleError {}

type Bundle = FluentBundle<FluentResource>;

/// Parses every embedded locale once.
fn bundles() -> Result<&'static BTreeMap<&'static str, Bundle>, LocaleError> {
    static BUNDLES: OnceLock<Result<BTreeMap<&'static str, Bundle>, LocaleError>> = OnceLock::new();
    BUNDLES
        .get_or_init(|| {
            LANGUAGES
                .iter()
                .map(|l| Ok((l.tag, parse_bundle(l)?)))
                .collect()
        })
        .as_ref()
        .map_err(Clone::clone)
}

fn parse_bundle(language: &Language) -> Result<Bundle, LocaleError> {
    let malformed = |pos: usize, message: String| LocaleError::Malformed {
        tag: language.tag.to_owned(),
        line: language.ftl[..pos.min(language.ftl.len())]
            .matches('\n')
            .count()
            + 1,
        message,
    };
    let resource = FluentResource::try_new(language.ftl.to_owned()).map_err(|(_, errors)| {
        let first = &errors[0];
        malformed(first.pos.start, first.kind.to_string())
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![language.id()]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| malformed(0, format!("{errors:?}")))?;
    Ok(bundle)
}

/// Checks that every embedded locale parses; returns the ids of each locale's messages.
pub fn message_ids() -> Result<BTreeMap<&'static str, Vec<String>>, LocaleError> {
    LANGUAGES
        .iter()
        .map(|l| {
            let resource = FluentResource::try_new(l.ftl.to_owned()).map_err(|(_, errors)| {
                LocaleError::Malformed {
                    tag: l.tag.to_owned(),
                    line: l.ftl[..errors[0].pos.start].matches('\n').count() + 1,
                    message: errors[0].kind.to_string(),
                }
            })?;
            let ids = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            Ok((l.tag, ids))
        })
        .collect()
}

/// Something shown in another language than the document's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    /// The field path in the plan, or `message <id>` for a Fluent message.
    pub field: String,
    /// The language shown instead.
    pub used: String,
}

/// A piece of the school's text, ready for the template: the words and their language.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Field {
    /// The words.
    pub text: String,
    /// The language (`en`, `ur`, ...), for Typst's `text(lang:)`.
    pub lang: String,
    /// The region (`GB`), when the tag has one.
    pub region: Option<String>,
    /// The script (`Arab` for Punjabi in Shahmukhi), when the tag has one. Typst's `lang`
    /// has no script; the web page, braille and audio need it.
    pub script: Option<String>,
    /// The direction of the words.
    pub dir: Dir,
    /// Where the words come from in the plan, for error messages.
    pub field: String,
    /// In a bilingual copy, the school's own words that this text translates.
    pub source: Option<Box<Field>>,
}

impl Field {
    /// Words in the language of `id`, from the plan's `field`.
    fn new(text: &str, id: &LanguageIdentifier, dir: Dir, field: &str) -> Field {
        Field {
            text: text.to_owned(),
            lang: id.language.as_str().to_owned(),
            region: id.region.map(|r| r.as_str().to_owned()),
            script: id.script.map(|s| s.as_str().to_owned()),
            dir,
            field: field.to_owned(),
            source: None,
        }
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

/// One SMART target, localized.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TargetDoc {
    /// `Target 1`.
    pub heading: String,
    /// The target.
    pub text: Field,
    /// Who helps, what they do, when, how success is measured, what to do at home.
    pub details: Vec<Fact>,
}

/// One row of the review's table of outcomes.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct OutcomeRow {
    /// `Target 1`.
    pub target: String,
    /// Achieved, partly achieved or not achieved yet.
    pub result: String,
    /// The school's comment.
    pub comment: Option<Field>,
}

/// The review, localized.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReviewDoc {
    /// The meeting's date and who came.
    pub facts: Vec<Fact>,
    /// The outcome of each target.
    pub outcomes: Vec<OutcomeRow>,
    /// Progress, comments and next steps, each with its heading.
    pub sections: Vec<Fact>,
}

/// How to get help: the school and the local parent support service.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ContactDoc {
    /// Who to talk to at school.
    pub senco: Option<String>,
    /// The school's phone number.
    pub school_phone: Option<Fact>,
    /// The support service's name.
    pub service: Option<Field>,
    /// Its phone, text, e-mail, web and drop-in.
    pub service_details: Vec<Fact>,
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

/// The whole document as the template gets it (as JSON).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Document {
    /// Language, type, title and footer.
    #[serde(flatten)]
    pub frame: Frame,
    /// The pupil's name, as the author of the plan writes it.
    pub pupil: String,
    /// Fixed labels and headings, by message id.
    pub labels: BTreeMap<&'static str, String>,
    /// The opening for parents, one paragraph an item.
    pub intro: Vec<String>,
    /// Key facts: pupil, class, stage, areas of need, staff and dates.
    pub facts: Vec<Fact>,
    /// Sections of the school's text (about, needs, what works), each with its heading.
    pub profile: Vec<Fact>,
    /// The sentence introducing the targets.
    pub targets_intro: String,
    /// The targets.
    pub targets: Vec<TargetDoc>,
    /// Home support, exit criteria, further assessments and agencies, each with its heading.
    pub closing: Vec<Fact>,
    /// The review, when the plan has one.
    pub review: Option<ReviewDoc>,
    /// How to get help.
    pub contact: ContactDoc,
}

/// A localized document and what had to fall back to another language.
#[derive(Debug, Clone)]
pub struct Localized {
    /// The document.
    pub document: Document,
    /// Every field or message shown in another language than the document's.
    pub fallbacks: Vec<Fallback>,
}

/// What to localize: the document's language and print size.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    /// The language of the document.
    pub language: &'static Language,
    /// Large print, if asked for (the plan's `family.large_print` is applied by the caller).
    pub large_print: LargePrint,
    /// Which copy this is.
    pub copy: Copy,
    /// Set Urdu in Nastaliq rather than Naskh.
    pub nastaliq: bool,
    /// Show the school's source-language text beside each translated text.
    pub bilingual: bool,
    /// The school's translations into the document's language.
    pub memory: Option<&'a crate::translate::Memory>,
    /// The school profile.
    pub school: &'a School,
}

/// The font family of Urdu's Nastaliq style.
pub const NASTALIQ_FONT: &str = "Noto Nastaliq Urdu";

/// Whose copy a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copy {
    /// The family's copy.
    Family,
    /// The school's copy.
    School,
}

/// Localizes a plan into the requested language.
pub fn localize(plan: &Plan, request: &Request) -> Result<Localized, LocaleError> {
    let source_tag = source_tag(request.school);
    let mut cx = Context {
        memory: request.memory,
        bilingual: request.bilingual,
        ..Context::new(request.language, source_tag)?
    };
    let document = build(&mut cx, plan, request);
    Ok(Localized {
        document,
        fallbacks: cx.fallbacks,
    })
}

/// The tag of the language a school writes in, as iepress spells it (`en-GB`).
pub fn source_tag(school: &School) -> String {
    let source = &school.source_language.value.0;
    Language::find(source).map_or_else(|| source.to_string(), |l| l.tag.to_owned())
}

/// Formats one message in a language, as a document would show it (with the language's
/// digits). An argument that reads as a number is passed as a number, so that plurals apply.
pub fn format_message(
    language: &'static Language,
    id: &str,
    args: &[(&str, &str)],
) -> Result<String, LocaleError> {
    let mut cx = Context::new(language, FALLBACK_LANGUAGE.to_owned())?;
    let args: Vec<(&str, FluentValue)> = args
        .iter()
        .map(|(k, v)| match v.parse::<f64>() {
            Ok(n) => (*k, FluentValue::from(n)),
            Err(_) => (*k, s(v)),
        })
        .collect();
    Ok(cx.msg(id, &args))
}

struct Context<'a> {
    bundles: &'static BTreeMap<&'static str, Bundle>,
    language: &'static Language,
    /// The language's digits, when they are not `0`–`9`.
    digits: Option<[String; 10]>,
    source_tag: String,
    fallbacks: Vec<Fallback>,
    memory: Option<&'a crate::translate::Memory>,
    bilingual: bool,
}

impl Context<'_> {
    /// A context for one document in `language`, whose school writes in `source_tag`.
    fn new(language: &'static Language, source_tag: String) -> Result<Self, LocaleError> {
        Ok(Context {
            bundles: bundles()?,
            language,
            digits: language.native_digits(),
            source_tag,
            fallbacks: Vec::new(),
            memory: None,
            bilingual: false,
        })
    }

    /// Formats a message in the document's language, falling back to en-GB.
    fn msg(&mut self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for tag in [self.language.tag, FALLBACK_LANGUAGE] {
            let bundle = &self.bundles[tag];
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                if tag != self.language.tag {
                    self.fallbacks.push(Fallback {
                        field: format!("message {id}"),
                        used: tag.to_owned(),
                    });
                }
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
                // Messages hold no digits of their own: any digit comes from a number
                // argument, and is written in the language's digits.
                return self.localize_digits(&text);
            }
        }
        // Every message id used here exists in en-GB: a test renders every language.
        id.to_owned()
    }

    fn localize_digits(&self, text: &str) -> String {
        match &self.digits {
            Some(digits) => text
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => digits[d as usize].clone(),
                    _ => c.to_string(),
                })
                .collect(),
            None => text.to_owned(),
        }
    }

    fn label(&mut self, id: &str) -> String {
        self.msg(id, &[])
    }

    /// Builds a field from a tag and text.
    fn field_in(&self, tag: &str, text: &str, field: &str) -> Field {
        let id: LanguageIdentifier = tag.parse().unwrap_or_default();
        let dir = match Language::find(&id) {
            Some(l) => l.script.dir(),
            None if is_rtl_language(id.language.as_str()) => Dir::Rtl,
            None => Dir::Ltr,
        };
        Field::new(text, &id, dir, field)
    }

    /// Picks the document's language from the school's text: the plan's own translation,
    /// then the school's translation memory, then (reported) the source language.
    fn text(&mut self, text: &Text, field: &str) -> Field {
        let want = self.language.tag;
        let source = text.source(&self.source_tag);
        let translated = text
            .get(want, &self.source_tag)
            .or_else(|| source.and_then(|s| self.memory.and_then(|m| m.get(s))));
        if let Some(words) = translated {
            let mut shown = self.field_in(want, words, field);
            if self.bilingual
                && want != self.source_tag
                && let Some(source) = source
            {
                shown.source = Some(Box::new(self.field_in(&self.source_tag, source, field)));
            }
            return shown;
        }
        let (tag, words) = match (text, source) {
            (_, Some(words)) => (self.source_tag.clone(), words),
            (Text::Localized(map), None) => {
                let (k, v) = map.iter().next().expect("translation maps are never empty");
                (k.clone(), v.as_str())
            }
            (Text::Plain(words), None) => (self.source_tag.clone(), words.as_str()),
        };
        self.fallbacks.push(Fallback {
            field: field.to_owned(),
            used: tag.clone(),
        });
        self.field_in(&tag, words, field)
    }

    /// A name or other text that is the same in every language (people's names, places).
    fn name(&self, words: &str, field: &str) -> Field {
        let dir = if words.chars().any(is_rtl_char) {
            Dir::Rtl
        } else {
            Dir::Ltr
        };
        let id: LanguageIdentifier = match dir {
            // Names carry no language of their own; mark them with the school's.
            Dir::Ltr => self.source_tag.parse().unwrap_or_default(),
            // A name in Arabic script: the document's language when that is written in it,
            // otherwise Urdu when the name uses Urdu's own letters, otherwise Arabic.
            Dir::Rtl if self.language.script.dir() == Dir::Rtl => self.language.id(),
            Dir::Rtl if words.chars().any(|c| "ٹڈڑںہھےۓ".contains(c)) => {
                "ur".parse().unwrap_or_default()
            }
            Dir::Rtl => "ar".parse().unwrap_or_default(),
        };
        Field::new(words, &id, dir, field)
    }

    /// A message as a field in the document's language.
    fn localized_field(&self, text: String, field: &str) -> Field {
        self.field_in(self.language.tag, &text, field)
    }

    fn keyword<K: KeywordSet>(&mut self, kw: &Keyword<K>, prefix: &str, field: &str) -> Field {
        match kw {
            Keyword::Known(key, _) => {
                let text = self.label(&format!("{prefix}-{key}"));
                self.localized_field(text, field)
            }
            Keyword::Other(text) => self.text(text, field),
        }
    }

    fn date(&self, date: Date) -> String {
        format_date(self.language.tag, date)
    }
}

fn is_rtl_language(lang: &str) -> bool {
    matches!(
        lang,
        "ar" | "ur" | "fa" | "ps" | "he" | "yi" | "sd" | "ug" | "dv" | "ckb"
    )
}

fn is_rtl_char(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

/// Formats a date in a language's long style, with ICU4X (`22 January 2027`).
pub fn format_date(tag: &str, date: Date) -> String {
    use icu_datetime::DateTimeFormatter;
    use icu_datetime::fieldsets::YMD;
    // Always the Gregorian calendar: the dates are the school's, in England (Persian's
    // default calendar, for one, is the Solar Hijri).
    // CLDR has no date formats for Punjabi in Shahmukhi (ICU4X would print `2027 M01 22`);
    // it writes the months as Urdu does, so Urdu's formats serve.
    let tag = match tag {
        "pa-Arab" => "ur",
        other => other,
    };
    let locale = icu_locale_core::Locale::try_from_str(&format!("{tag}-u-ca-gregory"))
        .unwrap_or(icu_locale_core::Locale::UNKNOWN);
    let iso = icu_calendar::Date::try_new_iso(date.year, date.month, date.day);
    match (DateTimeFormatter::try_new(locale.into(), YMD::long()), iso) {
        (Ok(formatter), Ok(iso)) => formatter.format(&iso).to_string(),
        // Compiled data covers every locale, and plan dates are checked when loaded.
        _ => date.to_string(),
    }
}

fn num(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

fn s(text: &str) -> FluentValue<'static> {
    FluentValue::String(Cow::Owned(text.to_owned()))
}

fn build(cx: &mut Context, plan: &Plan, request: &Request) -> Document {
    let lang = cx.language;
    let school = request.school;
    let pupil = &plan.pupil;
    let body = &plan.plan;
    let known_as = pupil.goes_by().to_owned();
    let name_arg = [("name", s(&known_as))];

    let mut labels = BTreeMap::new();
    for id in [
        "iep-intro-heading",
        "facts-heading",
        "targets-heading",
        "review-heading",
        "review-outcomes",
        "review-col-target",
        "review-col-result",
        "review-col-comment",
        "contact-heading",
        "support-intro",
    ] {
        labels.insert(id, cx.label(id));
    }

    let intro = vec![
        cx.msg("iep-intro-what", &name_arg),
        cx.msg(
            "iep-intro-review",
            &[("date", s(&cx.date(body.review.value)))],
        ),
        cx.label("iep-intro-formats"),
    ];

    // Key facts.
    let mut facts = Vec::new();
    let mut fact = |label: String, values: Vec<Field>| {
        if !values.is_empty() {
            facts.push(Fact { label, values });
        }
    };
    fact(
        cx.label("fact-pupil"),
        vec![cx.name(&pupil.name, "pupil.name")],
    );
    if let Some(k) = &pupil.known_as {
        fact(
            cx.label("fact-known-as"),
            vec![cx.name(k, "pupil.known_as")],
        );
    }
    if let Some(dob) = pupil.date_of_birth {
        let text = cx.date(dob);
        fact(
            cx.label("fact-date-of-birth"),
            vec![cx.localized_field(text, "pupil.date_of_birth")],
        );
    }
    if let Some(year) = pupil.year_group {
        let text = cx.msg("fact-year-group-value", &[("year", num(year as usize))]);
        fact(
            cx.label("fact-year-group"),
            vec![cx.localized_field(text, "pupil.year_group")],
        );
    }
    if let Some(class) = &pupil.class {
        fact(cx.label("fact-class"), vec![cx.name(class, "pupil.class")]);
    }
    let contacts: Vec<Field> = plan
        .family
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let path = format!("family.contacts[{i}]");
            match &c.relationship {
                Some(rel) => {
                    let rel = cx.keyword(rel, "relationship", &format!("{path}.relationship"));
                    // "Samina Khan (mother)": the name stays as written, inside a
                    // paragraph in the direction of the relationship's language.
                    Field {
                        text: format!("{} ({})", c.name, rel.text),
                        field: format!("{path}.name"),
                        ..rel
                    }
                }
                None => cx.name(&c.name, &format!("{path}.name")),
            }
        })
        .collect();
    fact(cx.label("fact-family"), contacts);
    let stage = body.stage.in_vocabulary(school.stage_vocabulary);
    let stage_text = cx.label(&format!("stage-{}", stage.key()));
    fact(
        cx.label("fact-stage"),
        vec![cx.localized_field(stage_text, "plan.stage")],
    );
    let areas: Vec<Field> = body
        .areas_of_need
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let text = cx.label(&format!("area-{}", a.key()));
            cx.localized_field(text, &format!("plan.areas_of_need[{i}]"))
        })
        .collect();
    fact(cx.label("fact-areas"), areas);
    if let Some(t) = &body.class_teacher {
        fact(
            cx.label("fact-class-teacher"),
            vec![cx.name(t, "plan.class_teacher")],
        );
    }
    if let Some(w) = &body.written_by {
        fact(
            cx.label("fact-written-by"),
            vec![cx.name(w, "plan.written_by")],
        );
    }
    let start = cx.date(body.start.value);
    fact(
        cx.label("fact-start"),
        vec![cx.localized_field(start, "plan.start")],
    );
    let review = cx.date(body.review.value);
    fact(
        cx.label("fact-review"),
        vec![cx.localized_field(review, "plan.review")],
    );

    // The pupil's profile.
    let mut profile = Vec::new();
    if let Some(about) = &body.about {
        profile.push(Fact {
            label: cx.msg("about-heading", &name_arg),
            values: vec![cx.text(about, "plan.about")],
        });
    }
    if let Some(needs) = &body.needs {
        profile.push(Fact {
            label: cx.msg("needs-heading", &name_arg),
            values: vec![cx.text(needs, "plan.needs")],
        });
    }
    if !body.strategies_that_work.is_empty() {
        let values = body
            .strategies_that_work
            .iter()
            .enumerate()
            .map(|(i, t)| cx.text(t, &format!("plan.strategies_that_work[{i}]")))
            .collect();
        profile.push(Fact {
            label: cx.msg("strategies-heading", &name_arg),
            values,
        });
    }

    // Targets.
    let targets_intro = cx.msg(
        "targets-intro",
        &[("name", s(&known_as)), ("count", num(body.targets.len()))],
    );
    let targets = body
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let path = format!("plan.targets[{i}]");
            let mut details = Vec::new();
            for (id, value, key) in [
                ("target-who", &t.who, "who"),
                ("target-does-what", &t.does_what, "does_what"),
                ("target-when", &t.when, "when"),
                ("target-success", &t.success, "success"),
                ("target-home", &t.home, "home"),
            ] {
                if let Some(v) = value {
                    details.push(Fact {
                        label: cx.label(id),
                        values: vec![cx.text(v, &format!("{path}.{key}"))],
                    });
                }
            }
            TargetDoc {
                heading: cx.msg("target-heading", &[("number", num(i + 1))]),
                text: cx.text(&t.target, &format!("{path}.target")),
                details,
            }
        })
        .collect();

    // Home, exit, further checks and services.
    let mut closing = Vec::new();
    if let Some(home) = &body.home_support {
        closing.push(Fact {
            label: cx.label("home-heading"),
            values: vec![cx.text(home, "plan.home_support")],
        });
    }
    if let Some(exit) = &body.exit_criteria {
        closing.push(Fact {
            label: cx.label("exit-heading"),
            values: vec![cx.text(exit, "plan.exit_criteria")],
        });
    }
    if !body.further_assessments.is_empty() {
        let values = body
            .further_assessments
            .iter()
            .enumerate()
            .map(|(i, t)| cx.text(t, &format!("plan.further_assessments[{i}]")))
            .collect();
        closing.push(Fact {
            label: cx.label("further-assessments"),
            values,
        });
    }
    if !body.agencies.is_empty() {
        let values = body
            .agencies
            .iter()
            .enumerate()
            .map(|(i, a)| cx.keyword(a, "agency", &format!("plan.agencies[{i}]")))
            .collect();
        closing.push(Fact {
            label: cx.label("further-agencies"),
            values,
        });
    }

    let review = plan.review.as_ref().map(|r| {
        let mut facts = vec![];
        let date = cx.date(r.date.value);
        facts.push(Fact {
            label: cx.label("review-date"),
            values: vec![cx.localized_field(date, "review.date")],
        });
        if !r.present.is_empty() {
            let values = r
                .present
                .iter()
                .enumerate()
                .map(|(i, p)| cx.text(p, &format!("review.present[{i}]")))
                .collect();
            facts.push(Fact {
                label: cx.label("review-present"),
                values,
            });
        }
        let outcomes = r
            .outcomes
            .iter()
            .enumerate()
            .map(|(i, o)| OutcomeRow {
                target: cx.msg("review-target-number", &[("number", num(i + 1))]),
                result: cx.label(match o.result {
                    crate::plan::OutcomeResult::Achieved => "outcome-achieved",
                    crate::plan::OutcomeResult::Partly => "outcome-partly",
                    crate::plan::OutcomeResult::NotYet => "outcome-not-yet",
                }),
                comment: o
                    .comment
                    .as_ref()
                    .map(|c| cx.text(c, &format!("review.outcomes[{i}].comment"))),
            })
            .collect();
        let mut sections = vec![];
        let pupil_label = cx.msg("review-pupil-comment", &name_arg);
        for (label, value, key) in [
            (cx.label("review-progress"), &r.progress, "progress"),
            (pupil_label, &r.pupil_comment, "pupil_comment"),
            (
                cx.label("review-parent-comment"),
                &r.parent_comment,
                "parent_comment",
            ),
            (
                cx.label("review-teacher-comment"),
                &r.teacher_comment,
                "teacher_comment",
            ),
            (cx.label("review-next-steps"), &r.next_steps, "next_steps"),
        ] {
            if let Some(v) = value {
                sections.push(Fact {
                    label,
                    values: vec![cx.text(v, &format!("review.{key}"))],
                });
            }
        }
        if let Some(next) = &r.next_review {
            let text = cx.date(next.value);
            sections.push(Fact {
                label: cx.label("review-next-review"),
                values: vec![cx.localized_field(text, "review.next_review")],
            });
        }
        ReviewDoc {
            facts,
            outcomes,
            sections,
        }
    });

    // Contacts.
    let senco = school
        .senco
        .as_ref()
        .map(|n| cx.msg("contact-senco", &[("senco", s(n))]));
    let school_phone = school.phone.as_ref().map(|p| Fact {
        label: cx.label("contact-school-phone"),
        values: vec![cx.name(p, "school.phone")],
    });
    let (service, service_details) = support_service(cx, school);

    let copy_id = match request.copy {
        Copy::Family => "iep-copy-parent",
        Copy::School => "iep-copy-school",
    };
    labels.insert(
        "iep-heading",
        cx.msg("iep-heading", &[("pupil", s(&pupil.name))]),
    );
    labels.insert("iep-copy", cx.label(copy_id));
    let title = cx.msg("iep-title", &[("pupil", s(&pupil.name))]);
    Document {
        frame: frame(
            cx,
            title,
            &school.name,
            request.large_print,
            request.nastaliq && lang.tag == "ur",
        ),
        pupil: pupil.name.clone(),
        labels,
        intro,
        facts,
        profile,
        targets_intro,
        targets,
        closing,
        review,
        contact: ContactDoc {
            senco,
            school_phone,
            service,
            service_details,
        },
    }
}

/// The page frame of a document in the context's language: type for clear or large print
/// (Urdu in Nastaliq when asked), the title, and the footer with the school's name.
fn frame(
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
        title,
        school: school.to_owned(),
        digits: lang.digits(),
        page_number: cx.msg(
            "page-number",
            &[("page", s("\u{E000}")), ("total", s("\u{E001}"))],
        ),
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
    pub copy: Copy,
    /// Its language.
    pub language: &'static Language,
    /// Whether it is in large print.
    pub large_print: bool,
    /// The pack's page it starts on (the first page is 1).
    pub page: usize,
}

/// The print pack's first pages as the template gets them (as JSON).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PackCover {
    /// Language, type, title and footer.
    #[serde(flatten)]
    pub frame: Frame,
    /// Headings and column labels, by message id.
    pub labels: BTreeMap<&'static str, String>,
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
pub fn pack_document_label(
    language: &'static Language,
    document: &PackDocument,
) -> Result<String, LocaleError> {
    let mut cx = Context::new(language, FALLBACK_LANGUAGE.to_owned())?;
    Ok(document_label(&mut cx, document))
}

fn document_label(cx: &mut Context, document: &PackDocument) -> String {
    let name = cx.msg("language-name", &[("tag", s(document.language.tag))]);
    let id = match (document.copy, document.large_print) {
        (Copy::School, _) => "pack-copy-school",
        (Copy::Family, false) => "pack-copy-parent",
        (Copy::Family, true) => "pack-copy-parent-large",
    };
    cx.msg(id, &[("language", s(&name))])
}

/// The print pack's first pages in `language` (the school's): what the pack holds, how to
/// print it, and every appointment with the page its documents start on.
pub fn pack_cover(
    language: &'static Language,
    school: &str,
    appointments: &[PackAppointment],
) -> Result<PackCover, LocaleError> {
    let mut cx = Context::new(language, FALLBACK_LANGUAGE.to_owned())?;
    let mut labels = BTreeMap::new();
    for id in [
        "pack-title",
        "pack-appointments-heading",
        "pack-col-time",
        "pack-col-pupil",
        "pack-col-teacher",
        "pack-col-room",
        "pack-col-parent-copy",
        "pack-col-school-copy",
        "pack-col-page",
        "pack-missing-heading",
        "pack-missing-intro",
        "pack-col-problem",
    ] {
        labels.insert(id, cx.label(id));
    }
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
    let mut row_document = |documents: &[PackDocument], copy: Copy| {
        documents.iter().find(|d| d.copy == copy).map(|d| {
            let name = cx.msg("language-name", &[("tag", s(d.language.tag))]);
            PackRowDocument {
                label: if d.large_print {
                    cx.msg("pack-large-print", &[("language", s(&name))])
                } else {
                    name
                },
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
            parent: row_document(&a.documents, Copy::Family),
            school: row_document(&a.documents, Copy::School),
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

impl Context<'_> {
    /// A number as the language writes it (its digits and separators), with `decimals`
    /// digits after the point: `value` counts in units of 10^-decimals.
    fn number(&self, value: i64, decimals: i16) -> String {
        use icu_decimal::DecimalFormatter;
        use icu_decimal::input::Decimal;
        let mut decimal = Decimal::from(value);
        decimal.multiply_pow10(-decimals);
        decimal.pad_end(-decimals);
        let locale = icu_locale_core::Locale::try_from_str(self.language.tag)
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        match DecimalFormatter::try_new(locale.into(), Default::default()) {
            Ok(formatter) => formatter.format(&decimal).to_string(),
            Err(_) => decimal.to_string(),
        }
    }

    /// An amount in pence as the language writes money: `£1,249.17`.
    fn money(&mut self, pence: i64) -> String {
        let amount = self.number(pence, 2);
        self.msg("money", &[("amount", s(&amount))])
    }

    /// A score or an average, to one decimal place when it has one.
    fn score(&self, value: f64) -> String {
        let tenths = (value * 10.0).round() as i64;
        if tenths % 10 == 0 {
            self.number(tenths / 10, 0)
        } else {
            self.number(tenths, 1)
        }
    }

    /// The school's own words from the provision tables, in the school's language.
    fn school_words(&mut self, text: &str, field: &str) -> Field {
        if self.language.tag != self.source_tag {
            self.fallbacks.push(Fallback {
                field: field.to_owned(),
                used: self.source_tag.clone(),
            });
        }
        let source = self.source_tag.clone();
        self.field_in(&source, text, field)
    }
}

/// What to put in a provision map.
#[derive(Debug, Clone)]
pub struct ProvisionRequest<'a> {
    /// The document's language.
    pub language: &'static Language,
    /// Large print, if asked for.
    pub large_print: LargePrint,
    /// The school profile.
    pub school: &'a School,
    /// The provision map.
    pub provision: &'a crate::provision::Provision,
    /// For a parent's copy, the pupil (their plan file's name); the whole school's otherwise.
    pub pupil: Option<&'a str>,
}

/// A provision map as the template gets it (as JSON).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ProvisionDoc {
    /// Language, type, title and footer.
    #[serde(flatten)]
    pub frame: Frame,
    /// Whether this is a parent's copy (one pupil's support marked) or the school's map.
    pub for_pupil: bool,
    /// Headings and column labels, by message id.
    pub labels: BTreeMap<&'static str, String>,
    /// The opening paragraphs.
    pub intro: Vec<String>,
    /// The interventions, by area of need.
    pub areas: Vec<AreaTable>,
    /// The total cost (the school's map only).
    pub total: Option<String>,
    /// The impact of each intervention (the school's map only).
    pub impact: Vec<ImpactRow>,
    /// Where the provision does not reach (the school's map only).
    pub gaps: Vec<String>,
    /// The pupil's own interventions over time (a parent's copy only).
    pub tracker: Vec<TrackerRow>,
}

/// The interventions meeting one area of need.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AreaTable {
    /// The area's name.
    pub heading: String,
    /// Its interventions.
    pub rows: Vec<InterventionRow>,
    /// `Total for this area: £623.67` (the school's map only).
    pub total: Option<String>,
}

/// One intervention in the map.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct InterventionRow {
    /// Its name.
    pub name: Field,
    /// Who runs it.
    pub staff: Field,
    /// The group size.
    pub group: String,
    /// `20 minutes, 3 times a week`.
    pub often: String,
    /// For how many weeks.
    pub weeks: String,
    /// How progress is measured.
    pub measure: Field,
    /// Its cost.
    pub cost: String,
    /// Its cost for each pupil.
    pub per_pupil: String,
    /// Who takes part (the school's map only).
    pub pupils: String,
    /// Whether the pupil of a parent's copy takes part.
    pub mine: bool,
}

/// The impact of one intervention.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ImpactRow {
    /// The intervention.
    pub name: Field,
    /// Pupils with both scores.
    pub pupils: String,
    /// Their average entry score.
    pub entry: String,
    /// Their average exit score.
    pub exit: String,
    /// Their average gain.
    pub gain: String,
    /// Cost for each pupil per point gained.
    pub per_point: String,
}

/// One of a pupil's interventions over time.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TrackerRow {
    /// The intervention.
    pub name: Field,
    /// How progress is measured.
    pub measure: Field,
    /// When the pupil started.
    pub start: String,
    /// Sessions a week.
    pub per_week: String,
    /// Weeks.
    pub weeks: String,
    /// The score at the start.
    pub entry: String,
    /// The score at the end.
    pub exit: String,
}

/// Localizes a provision map: the school's, or a parent's copy with their child's support
/// marked. A parent's copy names no other pupil and shows no other pupil's scores.
pub fn provision_map(
    request: &ProvisionRequest,
) -> Result<(ProvisionDoc, Vec<Fallback>), LocaleError> {
    use crate::provision::AREAS;
    let mut cx = Context::new(request.language, source_tag(request.school))?;
    let map = request.provision;
    let plan = request.pupil.and_then(|p| map.plans.get(p));
    let name_arg = plan.map_or("", |p| p.pupil.goes_by()).to_owned();
    let mut labels = BTreeMap::new();
    for id in [
        "provision-col-support",
        "provision-col-staff",
        "provision-col-group",
        "provision-col-often",
        "provision-col-weeks",
        "provision-col-measure",
        "provision-col-cost",
        "provision-col-per-pupil",
        "provision-col-pupils",
        "provision-impact-heading",
        "provision-impact-intro",
        "provision-col-entry",
        "provision-col-exit",
        "provision-col-gain",
        "provision-col-per-point",
        "provision-gaps-heading",
        "provision-offer-heading",
        "provision-mine",
        "provision-col-start",
        "provision-col-per-week",
        "provision-col-score-start",
        "provision-col-score-end",
    ] {
        labels.insert(id, cx.label(id));
    }
    let (title, heading, intro) = match plan {
        Some(p) => (
            cx.msg("provision-pupil-title", &[("pupil", s(&p.pupil.name))]),
            cx.msg("provision-pupil-heading", &[("name", s(&name_arg))]),
            cx.msg("provision-pupil-intro", &[("name", s(&name_arg))]),
        ),
        None => (
            cx.msg("provision-title", &[("school", s(&request.school.name))]),
            cx.label("provision-heading"),
            cx.label("provision-intro"),
        ),
    };
    labels.insert("heading", heading);
    labels.insert(
        "col-mine",
        cx.msg("provision-col-mine", &[("name", s(&name_arg))]),
    );
    labels.insert(
        "tracker-heading",
        cx.msg("provision-tracker-heading", &[("name", s(&name_arg))]),
    );

    let mine = |id: &str| {
        request.pupil.is_some_and(|p| {
            map.participants
                .iter()
                .any(|x| x.pupil == p && x.intervention == id)
        })
    };
    let pupil_name = |key: &str| {
        map.plans
            .get(key)
            .map_or_else(|| key.to_owned(), |p| p.pupil.name.clone())
    };
    let mut areas = Vec::new();
    for area in AREAS {
        let interventions: Vec<_> = map
            .interventions
            .iter()
            .filter(|i| i.area == area)
            .collect();
        if interventions.is_empty() {
            continue;
        }
        let mut rows = Vec::new();
        for i in interventions {
            let field = |what: &str| format!("provision.{}.{what}", i.id);
            let pupils: Vec<String> = map.attending(&i.id).map(|p| pupil_name(&p.pupil)).collect();
            let often = cx.msg(
                "provision-often",
                &[
                    ("minutes", num(i.session_minutes as usize)),
                    ("sessions", num(i.sessions_per_week as usize)),
                ],
            );
            rows.push(InterventionRow {
                name: cx.school_words(&i.name, &field("name")),
                staff: cx.school_words(&i.staff, &field("staff")),
                group: cx.number(i64::from(i.group_size), 0),
                often,
                weeks: cx.number(i64::from(i.weeks), 0),
                measure: cx.school_words(&i.measure, &field("measure")),
                cost: cx.money(i.cost()),
                per_pupil: cx.money(i.cost_per_pupil()),
                // A parent's copy names no other pupil.
                pupils: if plan.is_some() {
                    String::new()
                } else {
                    pupils.join(", ")
                },
                mine: mine(&i.id),
            });
        }
        let total = match plan {
            Some(_) => None,
            None => {
                let amount = cx.money(map.area_cost(area));
                Some(cx.msg("provision-area-total", &[("amount", s(&amount))]))
            }
        };
        areas.push(AreaTable {
            heading: cx.label(&format!("area-{}", area.key())),
            rows,
            total,
        });
    }

    let mut total = None;
    let mut impact = Vec::new();
    let mut gaps = Vec::new();
    let mut tracker = Vec::new();
    match (request.pupil, plan) {
        (Some(pupil), Some(_)) => {
            for p in map.participants.iter().filter(|p| p.pupil == pupil) {
                let Some(i) = map.intervention(&p.intervention) else {
                    continue;
                };
                let field = |what: &str| format!("provision.{}.{what}", i.id);
                let not_yet = cx.label("provision-no-score");
                tracker.push(TrackerRow {
                    name: cx.school_words(&i.name, &field("name")),
                    measure: cx.school_words(&i.measure, &field("measure")),
                    start: cx.date(p.start),
                    per_week: cx.number(i64::from(i.sessions_per_week), 0),
                    weeks: cx.number(i64::from(i.weeks), 0),
                    entry: p.entry.map_or_else(|| not_yet.clone(), |v| cx.score(v)),
                    exit: p.exit.map_or(not_yet, |v| cx.score(v)),
                });
            }
        }
        _ => {
            let amount = cx.money(map.total_cost());
            total = Some(cx.msg("provision-total", &[("amount", s(&amount))]));
            for i in &map.interventions {
                let name = cx.school_words(&i.name, &format!("provision.{}.name", i.id));
                let row = match map.impact(i) {
                    Some(x) => ImpactRow {
                        name,
                        pupils: cx.number(x.pupils as i64, 0),
                        entry: cx.score(x.entry),
                        exit: cx.score(x.exit),
                        gain: cx.score(x.gain),
                        per_point: x.cost_per_point.map_or_else(String::new, |p| cx.money(p)),
                    },
                    None => ImpactRow {
                        name,
                        pupils: cx.number(0, 0),
                        entry: cx.label("provision-no-scores"),
                        exit: String::new(),
                        gain: String::new(),
                        per_point: String::new(),
                    },
                };
                impact.push(row);
            }
            let found = map.gaps();
            for (pupil, unmet) in &found.pupils {
                let names: Vec<String> = unmet
                    .iter()
                    .map(|a| cx.label(&format!("area-{}", a.key())))
                    .collect();
                gaps.push(cx.msg(
                    "provision-gap-pupil",
                    &[
                        ("pupil", s(&pupil_name(pupil))),
                        ("areas", s(&names.join(", "))),
                    ],
                ));
            }
            for area in &found.areas {
                let name = cx.label(&format!("area-{}", area.key()));
                gaps.push(cx.msg("provision-gap-area", &[("area", s(&name))]));
            }
            if gaps.is_empty() {
                gaps.push(cx.label("provision-no-gaps"));
            }
        }
    }
    let doc = ProvisionDoc {
        frame: frame(
            &mut cx,
            title,
            &request.school.name,
            request.large_print,
            false,
        ),
        for_pupil: plan.is_some(),
        labels,
        intro: vec![intro],
        areas,
        total,
        impact,
        gaps,
        tracker,
    };
    Ok((doc, cx.fallbacks))
}

/// The school's independent parent support service: its name, and its phone, text, e-mail,
/// web and drop-in, each with its label.
fn support_service(cx: &mut Context, school: &School) -> (Option<Field>, Vec<Fact>) {
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

/// A leaflet as the template gets it (as JSON).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct LeafletDoc {
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
pub fn leaflet_names() -> Vec<&'static str> {
    LEAFLETS.iter().map(|(name, _)| *name).collect()
}

/// Localizes a leaflet: `iep-guide` or `review-questions`. With a school profile, the
/// footer names the school, the stages of support use its vocabulary, and the section on
/// independent help gives its parent support service.
pub fn leaflet(
    name: &str,
    language: &'static Language,
    large_print: LargePrint,
    school: Option<&School>,
) -> Result<(LeafletDoc, Vec<Fallback>), LocaleError> {
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
                Some(crate::plan::StageVocabulary::Legacy) => &[
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
            let (service, service_details) = match school {
                Some(s) => support_service(&mut cx, s),
                None => (None, vec![]),
            };
            let help = if service.is_some() {
                "leaflet-help-intro"
            } else {
                "leaflet-help-none"
            };
            let mut help = section(&mut cx, "leaflet-help-heading", &[help], &[]);
            help.service = service;
            help.service_details = service_details;
            sections.push(help);
            ("leaflet-iep-title", vec!["leaflet-iep-intro"])
        }
    };
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
    let doc = LeafletDoc {
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
    Ok((doc, cx.fallbacks))
}
