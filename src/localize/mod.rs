//! Localize: choose and format every text of a document in one language.
//!
//! A [`Context`] is one document's localizer, used by the builders in `crate::document`.
//! Every heading, label and fixed sentence comes from the Fluent messages in `locales/`
//! (`fluent`); dates and numbers come from ICU4X; the school's own words come from the
//! plan, in the document's language where the plan gives one, then the school's
//! translation memory, and otherwise in the school's source language. Each such fallback,
//! and each message missing from a locale, is collected in [`Context::fallbacks`] for the
//! caller to report. The languages iepress writes are in `languages`.
//!
//! Each of the school's texts reaches Typst as its own paragraph with its own language and
//! direction. Values put into a message (a name, a count, a date, an amount) are set apart
//! by Fluent's Unicode isolation marks (U+2068 … U+2069), so that the bidi algorithm keeps
//! each in its place in a sentence of the other direction ("لدى Amira 3 أهداف" had the name
//! and the count run together); in a left-to-right copy whose text has no right-to-left
//! letter they change nothing and are left out. The PDF's text layer leaves the marks out
//! (`crate::typeset`), the web page makes them `<bdi>` elements, braille and speech drop
//! them. A test lays every message of every language out through the bidi algorithm.

pub mod bank;
mod fluent;
mod languages;

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use fluent::{LocaleError, message_ids};
pub use languages::{
    ARABIC_SCALE, CLEAR_PRINT_PT, Dir, FALLBACK_LANGUAGE, LANGUAGES, LARGE_PRINT_PT, Language,
    LocaleReview, Script, for_language,
};

use crate::diag::Position;
use crate::input::plan::{BankRef, Date, Gender, Keyword, KeywordSet, School, Text, Words};
use crate::input::translations::Memory;

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
    /// Where the words are written in their file, when known (not part of the template's
    /// data).
    #[serde(skip)]
    pub position: Option<Position>,
    /// In a bilingual copy, the school's own words that this text translates.
    pub source: Option<Box<Field>>,
}

impl Field {
    /// Words in the language of `id`, from the plan's `field`.
    pub fn new(text: &str, id: &LanguageIdentifier, dir: Dir, field: &str) -> Field {
        Field {
            text: text.to_owned(),
            lang: id.language.as_str().to_owned(),
            region: id.region.map(|r| r.as_str().to_owned()),
            script: id.script.map(|s| s.as_str().to_owned()),
            dir,
            field: field.to_owned(),
            position: None,
            source: None,
        }
    }
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

/// One document's localizer: its language, the school's source language and translation
/// memory, and what had to fall back to another language so far.
pub struct Context<'a> {
    /// The document's language.
    pub language: &'static Language,
    /// The language's digits, when they are not `0`–`9`.
    digits: Option<[String; 10]>,
    /// The tag of the school's own language (`en-GB`).
    pub source_tag: String,
    /// Every text shown in another language than the document's so far.
    pub fallbacks: Vec<Fallback>,
    /// How many of the school's texts (its words, and the bank's entries it picked) the
    /// document has shown so far, in whatever language.
    pub school_texts: usize,
    /// The school's translations into the document's language.
    pub memory: Option<&'a Memory>,
    /// Whether to show the school's own words beside each translated text.
    pub bilingual: bool,
    /// The name the pupil goes by and their gender, which the bank's entries are given.
    pub pupil: Option<(String, Option<Gender>)>,
    /// The school's own entries of the bank, when it has some.
    pub school_bank: Option<&'a bank::SchoolBank>,
}

impl Context<'_> {
    /// A context for one document in `language`, whose school writes in `source_tag`.
    pub fn new(language: &'static Language, source_tag: String) -> Result<Self, LocaleError> {
        // The copy's messages and English's (the fallback) must parse.
        fluent::bundle(language.tag)?;
        fluent::bundle(FALLBACK_LANGUAGE)?;
        Ok(Context {
            language,
            digits: language.native_digits(),
            source_tag,
            fallbacks: Vec::new(),
            school_texts: 0,
            memory: None,
            bilingual: false,
            pupil: None,
            school_bank: None,
        })
    }

    /// Formats a message in the document's language, falling back to en-GB.
    pub fn msg(&mut self, id: &str, args: &[(&str, FluentValue)]) -> String {
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        for tag in [self.language.tag, FALLBACK_LANGUAGE] {
            let Ok(bundle) = fluent::bundle(tag) else {
                continue;
            };
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
                return self.localize_digits(&self.without_idle_isolates(text));
            }
        }
        // Every message id used here exists in en-GB: a test renders every language.
        id.to_owned()
    }

    /// A message's text without the isolates Fluent put around its values where they
    /// change nothing: in a left-to-right copy, a text with no right-to-left letter or
    /// Arabic digit lays out the same with or without them (the bidi algorithm leaves all
    /// of it left to right), and each costs the layout a run of its own (15% of a
    /// parents' evening's time). A locale's own marks (Urdu's left-to-right isolate around
    /// money) stay.
    fn without_idle_isolates<'t>(&self, text: Cow<'t, str>) -> Cow<'t, str> {
        let idle = self.language.script.dir() == Dir::Ltr
            && text.contains('\u{2068}')
            && !text.contains(['\u{2066}', '\u{2067}'])
            && !text.chars().any(is_rtl_char);
        if idle {
            Cow::Owned(
                text.chars()
                    .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
                    .collect(),
            )
        } else {
            text
        }
    }

    pub fn localize_digits(&self, text: &str) -> String {
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

    pub fn label(&mut self, id: &str) -> String {
        self.msg(id, &[])
    }

    /// Builds a field from a tag and text.
    pub fn field_in(&self, tag: &str, text: &str, field: &str) -> Field {
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
    pub fn text(&mut self, text: &Text, field: &str) -> Field {
        self.school_texts += 1;
        let mut shown = self.choose(text, field);
        // The words, and a bilingual copy's original under them, come from where the
        // school wrote the text.
        shown.position = text.position;
        if let Some(source) = &mut shown.source {
            source.position = text.position;
        }
        shown
    }

    fn choose(&mut self, text: &Text, field: &str) -> Field {
        if let Words::Bank(entry) = &text.words {
            return self.bank_words(entry, field);
        }
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
            (
                Text {
                    words: Words::Localized(map),
                    ..
                },
                None,
            ) => {
                let (k, v) = map.iter().next().expect("translation maps are never empty");
                (k.clone(), v.as_str())
            }
            (
                Text {
                    words: Words::Plain(words),
                    ..
                },
                None,
            ) => (self.source_tag.clone(), words.as_str()),
            // Handled above.
            (
                Text {
                    words: Words::Bank(_),
                    ..
                },
                None,
            ) => (self.source_tag.clone(), ""),
        };
        self.fallbacks.push(Fallback {
            field: field.to_owned(),
            used: tag.clone(),
        });
        self.field_in(&tag, words, field)
    }

    /// An entry of the bank in the document's language, given the pupil's name and gender
    /// and the plan's numbers; in English (reported) where the language lacks it.
    fn bank_words(&mut self, entry: &BankRef, field: &str) -> Field {
        let id = format!("bank-{}", entry.id);
        let (name, gender) = self.pupil.clone().unwrap_or_else(|| (String::new(), None));
        let mut args: Vec<(&str, FluentValue)> =
            vec![("name", s(&name)), ("gender", s(Gender::key(gender)))];
        for (key, value) in &entry.args {
            let number = value
                .parse::<f64>()
                .map_or_else(|_| s(value), FluentValue::from);
            args.push((key, number));
        }
        // The school's own entry: in the document's language where the school translated
        // it, otherwise in the school's (reported, as its words are).
        if let Some(school) = self.school_bank.filter(|b| b.has(&entry.id)) {
            let mut fargs = FluentArgs::new();
            for (k, v) in &args {
                fargs.set(*k, v.clone());
            }
            let (tag, text) = match school.format(self.language.tag, &entry.id, &fargs) {
                Some(text) => (self.language.tag.to_owned(), text),
                None => {
                    self.fallbacks.push(Fallback {
                        field: field.to_owned(),
                        used: self.source_tag.clone(),
                    });
                    let source = self.source_tag.clone();
                    let text = school
                        .format(&source, &entry.id, &fargs)
                        .unwrap_or_default();
                    (source, text)
                }
            };
            let mut text = self.localize_digits(&text);
            if let Some(month) = entry.month {
                let name = self.month_name(month);
                text = self.msg(
                    "assessment-in-month",
                    &[("entry", s(&text)), ("month", s(&name))],
                );
            }
            return self.field_in(&tag, &text, field);
        }
        let has = fluent::bundle(self.language.tag).is_ok_and(|b| b.has_message(&id));
        let mut text = self.msg(&id, &args);
        // An assessment's month, by its name in the language (CLDR).
        if let Some(month) = entry.month {
            let name = self.month_name(month);
            text = self.msg(
                "assessment-in-month",
                &[("entry", s(&text)), ("month", s(&name))],
            );
        }
        if has {
            self.localized_field(text, field)
        } else {
            // `msg` reported the message; the field is reported as the school's would be.
            self.fallbacks.push(Fallback {
                field: field.to_owned(),
                used: FALLBACK_LANGUAGE.to_owned(),
            });
            self.field_in(FALLBACK_LANGUAGE, &text, field)
        }
    }

    /// A name or other text that is the same in every language (people's names, places).
    pub fn name(&self, words: &str, field: &str) -> Field {
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
    pub fn localized_field(&self, text: String, field: &str) -> Field {
        self.field_in(self.language.tag, &text, field)
    }

    pub fn keyword<K: KeywordSet>(&mut self, kw: &Keyword<K>, prefix: &str, field: &str) -> Field {
        match kw {
            Keyword::Known(key, _) => {
                let text = self.label(&format!("{prefix}-{key}"));
                self.localized_field(text, field)
            }
            Keyword::Other(text) => self.text(text, field),
        }
    }

    pub fn date(&self, date: Date) -> String {
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

/// Where words in English begin inside a message in another language: a gloss such as
/// "(SEN Support)", which a locale writes `{ EN("SEN Support") }`. A private-use character
/// that no reader meets: Typst's template sets the words in English (`/Lang` in the PDF),
/// the web page puts them in an element with `lang="en-GB"`, speech reads them in an
/// English voice, and a plain string leaves the mark out.
pub const ENGLISH_BEGINS: char = '\u{E002}';
/// Where words in English end (see [`ENGLISH_BEGINS`]).
pub const ENGLISH_ENDS: char = '\u{E003}';
/// The tag of the words between the two marks: England's own names for its schools' things.
pub const ENGLISH_TAG: &str = "en-GB";

/// A message's text without the marks that only steer its layout: the directional
/// isolates that set its values apart and the marks around words in English. For a plain
/// string that is not laid out as a line of the document (the title in a file's
/// metadata, braille).
pub fn without_marks(text: &str) -> String {
    text.chars()
        .filter(|&c| !matches!(c, '\u{2066}'..='\u{2069}' | ENGLISH_BEGINS | ENGLISH_ENDS))
        .collect()
}

/// A message's text as runs of the document's language and of English glosses (`true`),
/// for a writer that marks the glosses' language.
pub fn english_runs(text: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(ENGLISH_BEGINS) {
        if start > 0 {
            runs.push((&rest[..start], false));
        }
        rest = &rest[start + ENGLISH_BEGINS.len_utf8()..];
        let end = rest.find(ENGLISH_ENDS).unwrap_or(rest.len());
        if end > 0 {
            runs.push((&rest[..end], true));
        }
        rest = rest.get(end + ENGLISH_ENDS.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        runs.push((rest, false));
    }
    runs
}

/// The tag whose CLDR data serves a language's dates and times: CLDR has no date formats
/// for Punjabi in Shahmukhi, which writes months and days as Urdu does.
fn cldr_tag(tag: &str) -> &str {
    match tag {
        "pa-Arab" => "ur",
        other => other,
    }
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

/// A count, as a Fluent number (so that plural rules apply).
pub fn num(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// A text, as a Fluent string.
pub fn s(text: &str) -> FluentValue<'static> {
    FluentValue::String(Cow::Owned(text.to_owned()))
}

impl Context<'_> {
    /// A number as the language writes it (its digits and separators), with `decimals`
    /// digits after the point: `value` counts in units of 10^-decimals.
    pub fn number(&self, value: i64, decimals: i16) -> String {
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

    /// Items joined as the language writes a list of things that all hold: "A, B and C",
    /// "A، B، اور C" (CLDR's list patterns, through ICU4X; CLDR has none for Shahmukhi,
    /// which gets the root's "A, B, C").
    pub fn list(&self, items: &[String]) -> String {
        use icu_list::ListFormatter;
        use icu_list::options::{ListFormatterOptions, ListLength};
        let locale = icu_locale_core::Locale::try_from_str(self.language.tag)
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let options = ListFormatterOptions::default().with_length(ListLength::Wide);
        match ListFormatter::try_new_and(locale.into(), options) {
            Ok(formatter) => formatter.format(items.iter()).to_string(),
            Err(_) => items.join(", "),
        }
    }

    /// A day of the week's name (0 is Monday) as the language writes it standing alone,
    /// from CLDR through ICU4X.
    pub fn weekday(&self, index: u8) -> String {
        use icu_calendar::Gregorian;
        use icu_calendar::types::Weekday;
        use icu_datetime::FixedCalendarDateTimeFormatter;
        use icu_datetime::fieldsets::E;
        let day = [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
        ][usize::from(index % 7)];
        let locale = icu_locale_core::Locale::try_from_str(cldr_tag(self.language.tag))
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), E::long()) {
            Ok(formatter) => formatter.format(&day).to_string(),
            Err(_) => format!("{day:?}"),
        }
    }

    /// A month's name (1 is January) as the language writes it standing alone, from CLDR
    /// through ICU4X.
    pub fn month_name(&self, month: u8) -> String {
        use icu_calendar::{Date as IcuDate, Gregorian};
        use icu_datetime::FixedCalendarDateTimeFormatter;
        use icu_datetime::fieldsets::M;
        let locale = icu_locale_core::Locale::try_from_str(cldr_tag(self.language.tag))
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let date = IcuDate::try_new_gregorian(2027, month.clamp(1, 12), 1);
        match (
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), M::long()),
            date,
        ) {
            (Ok(formatter), Ok(date)) => formatter.format(&date).to_string(),
            _ => month.to_string(),
        }
    }

    /// A time of day as the language writes it ("8:50", "08:50"), from CLDR through ICU4X.
    pub fn time_of_day(&self, hour: u8, minute: u8) -> String {
        use icu_datetime::NoCalendarFormatter;
        use icu_datetime::fieldsets::T;
        use icu_datetime::input::Time;
        let locale = icu_locale_core::Locale::try_from_str(cldr_tag(self.language.tag))
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        match (
            NoCalendarFormatter::try_new(locale.into(), T::hm()),
            Time::try_new(hour, minute, 0, 0),
        ) {
            (Ok(formatter), Ok(time)) => formatter.format(&time).to_string(),
            _ => format!("{hour}:{minute:02}"),
        }
    }

    /// A word put at the start of a value with its first letter a capital, where the
    /// script has capitals ("teaching assistant" standing alone is "Teaching assistant").
    /// Turkish dots its capital i.
    pub fn capitalized(&self, text: &str) -> String {
        let mut chars = text.chars();
        let Some(first) = chars.next() else {
            return String::new();
        };
        let upper: String = match (first, self.language.id().language.as_str()) {
            ('i', "tr") => "İ".to_owned(),
            (c, _) => c.to_uppercase().collect(),
        };
        upper + chars.as_str()
    }

    /// An amount in pence as the language writes money: `£1,249.17`.
    pub fn money(&mut self, pence: i64) -> String {
        let amount = self.number(pence, 2);
        self.msg("money", &[("amount", s(&amount))])
    }

    /// A score or an average, to one decimal place when it has one.
    pub fn score(&self, value: f64) -> String {
        let tenths = (value * 10.0).round() as i64;
        if tenths % 10 == 0 {
            self.number(tenths / 10, 0)
        } else {
            self.number(tenths, 1)
        }
    }

    /// The school's own words from the provision tables, in the school's language.
    pub fn school_words(&mut self, text: &str, field: &str) -> Field {
        self.school_texts += 1;
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

/// How complete and how checked one language's messages are.
#[derive(Debug, Clone)]
pub struct Completeness {
    /// The language.
    pub language: &'static Language,
    /// How many of the source language's messages it has.
    pub messages: usize,
    /// How many messages the source language has.
    pub of: usize,
    /// Who drafted and who reviewed its messages, or why that cannot be read.
    pub review: Result<LocaleReview, String>,
}

/// Every language iepress writes, in order, with how complete and checked its messages
/// are.
pub fn completeness() -> Result<Vec<Completeness>, LocaleError> {
    let ids = message_ids()?;
    let reference: std::collections::BTreeSet<&String> = ids[FALLBACK_LANGUAGE].iter().collect();
    Ok(LANGUAGES
        .iter()
        .map(|language| Completeness {
            language,
            messages: ids[language.tag]
                .iter()
                .filter(|id| reference.contains(id))
                .count(),
            of: reference.len(),
            review: language.review(),
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    fn language(tag: &str) -> &'static Language {
        Language::find(&tag.parse().unwrap()).unwrap()
    }

    /// Issue 15: a list is joined as its language writes one (it was ", " everywhere).
    #[test]
    fn lists_are_joined_as_each_language_joins_them() {
        let list = |tag: &str| {
            let cx = Context::new(language(tag), "en-GB".into()).unwrap();
            cx.list(&["A".into(), "B".into(), "C".into()])
        };
        assert_eq!(list("en-GB"), "A, B and C");
        assert_eq!(list("pl"), "A, B i C");
        assert_eq!(list("ar"), "A وB وC");
        assert_eq!(list("ur"), "A، B، اور C");
        assert_eq!(list("bn"), "A, B এবং C");
        assert!(list("fa").ends_with("و C") && list("fa").contains('،'));
    }

    /// Issue 16: measures are listed, days named and times written as each language does
    /// (CLDR through ICU4X).
    #[test]
    fn measures_days_and_times_are_written_as_each_language_writes_them() {
        let cx = |tag: &str| Context::new(language(tag), "en-GB".into()).unwrap();
        assert_eq!(cx("en-GB").weekday(1), "Tuesday");
        assert_eq!(cx("pl").weekday(1), "wtorek");
        assert_eq!(cx("en-GB").time_of_day(8, 50), "08:50");
        assert_eq!(cx("en-GB").capitalized("every lesson"), "Every lesson");
        assert_eq!(cx("tr").capitalized("ilk"), "İlk");
        // Shahmukhi names the days as Urdu does.
        assert_eq!(cx("pa-Arab").weekday(4), cx("ur").weekday(4));
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let date = Date {
            year: 2027,
            month: 1,
            day: 22,
        };
        assert_eq!(format_date("en-GB", date), "22 January 2027");
        assert_eq!(format_date("pl", date), "22 stycznia 2027");
        // Persian's own calendar is not the school's: the date stays Gregorian.
        assert!(
            format_date("fa", date).contains("ژانویه"),
            "{}",
            format_date("fa", date)
        );
        // Shahmukhi has no CLDR date formats of its own and writes months as Urdu does.
        assert_eq!(format_date("pa-Arab", date), format_date("ur", date));
    }

    #[test]
    fn the_schools_text_is_chosen_plan_then_memory_then_source() {
        let memory: Memory = [("Reads aloud".to_owned(), "Czyta na głos".to_owned())]
            .into_iter()
            .collect();
        let mut cx = Context::new(language("pl"), "en-GB".to_owned()).unwrap();
        cx.memory = Some(&memory);
        // The plan's own translation comes first.
        let mut map = BTreeMap::new();
        map.insert("en-GB".to_owned(), "Reads aloud".to_owned());
        map.insert("pl".to_owned(), "Czyta głośno".to_owned());
        let text = Text {
            words: Words::Localized(map),
            position: None,
        };
        let field = cx.text(&text, "plan.about");
        assert_eq!(
            (field.text.as_str(), field.lang.as_str()),
            ("Czyta głośno", "pl")
        );
        // Then the school's translation memory.
        let field = cx.text(&Text::plain("Reads aloud"), "plan.needs");
        assert_eq!(
            (field.text.as_str(), field.lang.as_str()),
            ("Czyta na głos", "pl")
        );
        assert!(cx.fallbacks.is_empty());
        // Then the school's own words, recorded as a fallback.
        let field = cx.text(&Text::plain("Counts to ten"), "plan.home_support");
        assert_eq!(field.text, "Counts to ten");
        assert_eq!(
            (field.lang.as_str(), field.region.as_deref()),
            ("en", Some("GB"))
        );
        assert_eq!(
            cx.fallbacks,
            vec![Fallback {
                field: "plan.home_support".to_owned(),
                used: "en-GB".to_owned()
            }]
        );
    }

    #[test]
    fn a_bilingual_copy_keeps_the_schools_words_under_the_translation() {
        let memory: Memory = [("Reads aloud".to_owned(), "Czyta na głos".to_owned())]
            .into_iter()
            .collect();
        let mut cx = Context::new(language("pl"), "en-GB".to_owned()).unwrap();
        cx.memory = Some(&memory);
        cx.bilingual = true;
        let field = cx.text(&Text::plain("Reads aloud"), "plan.about");
        let source = field.source.expect("the school's words");
        assert_eq!(
            (source.text.as_str(), source.lang.as_str()),
            ("Reads aloud", "en")
        );
    }

    #[test]
    fn names_keep_their_own_direction() {
        let cx = Context::new(language("en-GB"), "en-GB".to_owned()).unwrap();
        let latin = cx.name("Amira Khan", "pupil.name");
        assert_eq!((latin.lang.as_str(), latin.dir), ("en", Dir::Ltr));
        // Urdu's own letters (ں) make an Arabic-script name Urdu, otherwise Arabic.
        let urdu = cx.name("عائشہ خاں", "pupil.name");
        assert_eq!((urdu.lang.as_str(), urdu.dir), ("ur", Dir::Rtl));
        let arabic = cx.name("سلمى", "pupil.name");
        assert_eq!((arabic.lang.as_str(), arabic.dir), ("ar", Dir::Rtl));
    }

    /// Each message's variables in the order they first appear, and whether each is a
    /// count that selects a variant (then it is given a number).
    fn variables(ftl: &str) -> Vec<(String, Vec<(String, bool)>)> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn expression(e: &Expression<&str>, out: &mut Vec<(String, bool)>) {
            match e {
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        add(id.name, true, out);
                    }
                    inline(selector, out);
                    for variant in variants {
                        pattern(&variant.value, out);
                    }
                }
                Expression::Inline(i) => inline(i, out),
            }
        }
        fn inline(i: &InlineExpression<&str>, out: &mut Vec<(String, bool)>) {
            match i {
                InlineExpression::VariableReference { id } => add(id.name, false, out),
                InlineExpression::Placeable { expression: e } => expression(e, out),
                InlineExpression::FunctionReference { arguments, .. } => {
                    for argument in &arguments.positional {
                        inline(argument, out);
                    }
                }
                _ => {}
            }
        }
        fn pattern(p: &Pattern<&str>, out: &mut Vec<(String, bool)>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression: e } = element {
                    expression(e, out);
                }
            }
        }
        fn add(name: &str, count: bool, out: &mut Vec<(String, bool)>) {
            match out.iter_mut().find(|(n, _)| n == name) {
                Some(seen) => seen.1 |= count,
                None => out.push((name.to_owned(), count)),
            }
        }
        let resource = fluent_syntax::parser::parse(ftl).unwrap();
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => {
                    let mut out = Vec::new();
                    if let Some(value) = &m.value {
                        pattern(value, &mut out);
                    }
                    Some((m.id.name.to_owned(), out))
                }
                _ => None,
            })
            .filter(|(_, variables)| !variables.is_empty())
            .collect()
    }

    /// Where each value is met, reading the text as the bidi algorithm lays it out in a
    /// line of the copy's direction: the values in reading order (right to left in a
    /// right-to-left copy), each found whole.
    fn reading_order(text: &str, rtl: bool, values: &[String]) -> Vec<usize> {
        use unicode_bidi::{BidiInfo, Level};
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(text, Some(base));
        let mut order = Vec::new();
        for paragraph in &info.paragraphs {
            let line: String = info
                .reorder_line(paragraph, paragraph.range.clone())
                .chars()
                .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                .collect();
            // A value in the other direction reads backwards when laid out whole.
            let mut found: Vec<(usize, usize)> = Vec::new();
            for (v, value) in values.iter().enumerate() {
                let shown: String = if !rtl && value.chars().any(is_rtl_char) {
                    value.chars().rev().collect()
                } else {
                    value.clone()
                };
                found.extend(line.match_indices(shown.as_str()).map(|(at, _)| (at, v)));
            }
            found.sort();
            if rtl {
                found.reverse();
            }
            order.extend(found.into_iter().map(|(_, v)| v));
        }
        order
    }

    /// Issue 15: a name, a number or the school's words put into a sentence keeps its place
    /// when its direction is not the sentence's: Latin names and digits in every message of
    /// the right-to-left copies, an Urdu name and digits in the left-to-right ones (Arabic's
    /// targets sentence read "أهداف Amira 3 لدى": the name and the count ran together).
    /// Each message is laid out by the Unicode bidi algorithm and its values must be met
    /// in the order the sentence gives them, each one whole.
    #[test]
    fn inserted_values_keep_their_place_in_either_direction() {
        let mut checked = 0;
        for language in LANGUAGES {
            let rtl = language.script.dir() == Dir::Rtl;
            let names: [&str; 3] = if rtl {
                ["Amira Khan", "Oliver Smith", "Zofia Nowak"]
            } else {
                ["عائشہ خان", "بلال حسین", "سلمى"]
            };
            let numbers = ["1,249.17", "80", "72"];
            for (id, variables) in variables(language.ftl) {
                // Once with the texts as names, once as numbers; counts are 3 and 5.
                for texts in [&names[..], &numbers[..]] {
                    let mut cx = Context::new(language, "en-GB".into()).unwrap();
                    let (mut next_text, mut next_count) = (0, 0);
                    let mut args: Vec<(&str, FluentValue)> = Vec::new();
                    let mut values: Vec<String> = Vec::new();
                    for (name, count) in &variables {
                        if *count {
                            let n = [3, 5][next_count % 2];
                            next_count += 1;
                            args.push((name, num(n)));
                            values.push(cx.localize_digits(&n.to_string()));
                        } else {
                            let text = texts[next_text % texts.len()];
                            next_text += 1;
                            args.push((name, s(text)));
                            values.push(cx.localize_digits(text));
                        }
                    }
                    let text = cx.msg(&id, &args);
                    let logical: String = text
                        .chars()
                        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                        .collect();
                    // The order the sentence gives: where each value is in the text.
                    let mut given: Vec<(usize, usize)> = Vec::new();
                    for (v, value) in values.iter().enumerate() {
                        given.extend(logical.match_indices(value.as_str()).map(|(at, _)| (at, v)));
                    }
                    given.sort();
                    let given: Vec<usize> = given.into_iter().map(|(_, v)| v).collect();
                    assert_eq!(
                        reading_order(&text, rtl, &values),
                        given,
                        "{} {id}: {logical:?} with {values:?}",
                        language.tag
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    /// Issue 15: in Urdu and Shahmukhi the pound sign stays on the amount's left, as
    /// English and CLDR write it, in a right-to-left line after Arabic letters (it went to
    /// the amount's right: the digits after Arabic letters are Arabic numbers to the bidi
    /// algorithm, which a `£` does not join).
    #[test]
    fn the_pound_sign_keeps_its_side_in_a_right_to_left_line() {
        use unicode_bidi::{BidiInfo, Level};
        for tag in ["ur", "pa-Arab"] {
            let mut cx = Context::new(language(tag), "en-GB".to_owned()).unwrap();
            let money = cx.money(124_917);
            let amount = cx.number(124_917, 2);
            // A table cell holds the amount alone; a sentence puts it after words.
            for line in [money.clone(), format!("کل {money} ہے")] {
                let info = BidiInfo::new(&line, Some(Level::rtl()));
                let paragraph = &info.paragraphs[0];
                let shown: String = info
                    .reorder_line(paragraph, paragraph.range.clone())
                    .chars()
                    .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                    .collect();
                assert!(shown.contains(&format!("£{amount}")), "{tag}: {shown:?}");
            }
        }
    }

    #[test]
    fn numbers_and_money_are_written_in_the_languages_digits() {
        let mut cx = Context::new(language("en-GB"), "en-GB".to_owned()).unwrap();
        // No isolates where they change nothing (a left-to-right copy, no right-to-left
        // letter or digit in the text).
        assert_eq!(cx.money(124_917), "£1,249.17");
        assert_eq!(cx.score(2.0), "2");
        assert_eq!(cx.score(2.25), "2.3");
        let cx = Context::new(language("bn"), "en-GB".to_owned()).unwrap();
        assert_eq!(cx.localize_digits("12"), "১২");
    }
}
