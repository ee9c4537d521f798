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
mod cldr;
mod fluent;
mod languages;
mod marks;

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

pub use cldr::format_date;
pub use fluent::{LocaleError, message_ids};
pub use languages::{
    ARABIC_SCALE, CLEAR_PRINT_PT, Dir, FALLBACK_LANGUAGE, LANGUAGES, LARGE_PRINT_PT, Language,
    LocaleReview, Script, for_language,
};
pub use marks::{ENGLISH_BEGINS, ENGLISH_ENDS, ENGLISH_TAG, english_runs, without_marks};

use crate::diag::Position;
use crate::input::plan::{
    Assessment, BankRef, Date, Gender, Keyword, KeywordSet, School, Text, Words,
};
use crate::input::translations::Memory;

/// Something shown in another language than the document's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fallback {
    /// The field path in the plan, or `message <id>` for a Fluent message.
    pub field: String,
    /// The language shown instead.
    pub used: String,
    /// The school's earlier words, when the translation memory has a translation of them
    /// and the words have since been edited (a comma, a number): the translation went
    /// stale, and is not used.
    pub stale: Option<String>,
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
                        stale: None,
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
        // A translation of an earlier wording of these words: not used, but said.
        let stale = source
            .and_then(|s| self.memory.and_then(|m| m.near(s)))
            .map(|(earlier, _)| earlier.to_owned());
        self.fallbacks.push(Fallback {
            field: field.to_owned(),
            used: tag.clone(),
            stale,
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
                        stale: None,
                    });
                    let source = self.source_tag.clone();
                    let text = school
                        .format(&source, &entry.id, &fargs)
                        .unwrap_or_default();
                    (source, text)
                }
            };
            let text = self.localize_digits(&text);
            return self.field_in(&tag, &text, field);
        }
        let has = fluent::bundle(self.language.tag).is_ok_and(|b| b.has_message(&id));
        let text = self.msg(&id, &args);
        if has {
            self.localized_field(text, field)
        } else {
            // `msg` reported the message; the field is reported as the school's would be.
            self.fallbacks.push(Fallback {
                field: field.to_owned(),
                used: FALLBACK_LANGUAGE.to_owned(),
                stale: None,
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
    /// A further assessment, with the month it is planned for named in the language its
    /// words are shown in (CLDR): in the family's language, or in the school's where they
    /// fell back to it, so that a field is in one language throughout.
    pub fn assessment(&mut self, assessment: &Assessment, field: &str) -> Field {
        let mut shown = self.text(&assessment.text, field);
        if let Some(month) = assessment.month {
            self.date_assessment(&mut shown, month);
            if let Some(source) = shown.source.as_deref_mut() {
                self.date_assessment(source, month);
            }
        }
        shown
    }

    /// `March: …`, in the field's own language.
    fn date_assessment(&mut self, shown: &mut Field, month: u8) {
        let mut tag = shown.lang.clone();
        for subtag in [&shown.script, &shown.region].into_iter().flatten() {
            tag = format!("{tag}-{subtag}");
        }
        let language = tag
            .parse()
            .ok()
            .and_then(|id| Language::find(&id))
            .filter(|l| l.tag != self.language.tag);
        let mut other = language.and_then(|l| Context::new(l, self.source_tag.clone()).ok());
        let cx = match other.as_mut() {
            Some(other) => other,
            None => self,
        };
        let name = cx.month_name(month);
        shown.text = cx.msg(
            "assessment-in-month",
            &[("entry", s(&shown.text)), ("month", s(&name))],
        );
    }

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

/// A count, as a Fluent number (so that plural rules apply).
pub fn num(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

/// A text, as a Fluent string.
pub fn s(text: &str) -> FluentValue<'static> {
    FluentValue::String(Cow::Owned(text.to_owned()))
}

impl Context<'_> {
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
                stale: None,
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
                used: "en-GB".to_owned(),
                stale: None,
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
