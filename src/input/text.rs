//! The school's own words in a plan: a text in the school's language, a translation map
//! (`{ en-GB: …, ur: … }`) or an entry of the bank (`{ bank: ID, … }`), each with where it
//! is written; and a language tag as a plan gives one.

use std::collections::BTreeMap;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use unic_langid::LanguageIdentifier;

use crate::diag::{Position, Refusal, did_you_mean};

/// Text written by the school, with where it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The words, in one language or several.
    pub words: Words,
    /// Where the text is in its file, when it was read from one: a problem found later (a
    /// character no font can draw) is reported there without reading the file again.
    pub position: Option<Position>,
}

/// The words of a text: plain (in the school's source language), a map from language tag
/// to text, or an entry of the bank (in every language iepress ships).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Words {
    /// Text in the school's source language.
    Plain(String),
    /// The same text in several languages.
    Localized(BTreeMap<String, String>),
    /// An entry of the bank, with the numbers the plan gives it.
    Bank(BankRef),
}

/// An entry of the bank named in a plan (`{ bank: read-common-words, count: 20, total: 30
/// }`), checked against the bank when read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankRef {
    /// The entry's id.
    pub id: String,
    /// Each parameter's value, a number as written, in the entry's order.
    pub args: Vec<(String, String)>,
    /// For an assessment, the month it is planned for (1 to 12).
    pub month: Option<u8>,
}

/// A position in a YAML file, as the loader reports it (none for a value it made up).
pub(crate) fn position_of(location: &serde_saphyr::Location) -> Option<Position> {
    let (line, column) = (location.line(), location.column());
    (line > 0).then_some(Position { line, column })
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<Words>::deserialize(deserializer)?;
        Ok(Text {
            words: spanned.value,
            position: position_of(&spanned.referenced),
        })
    }
}

impl<'de> Deserialize<'de> for Words {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Words;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text, or a map from language tag to text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Words, E> {
                Ok(Words::Plain(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Words, E> {
                Ok(Words::Plain(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Words, E> {
                Ok(Words::Plain(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Words, E> {
                Ok(Words::Plain(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Words, A::Error> {
                translation_map(None, map)
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

/// A text as a map from language tag to text, whose first key (`first`) may have been
/// read already (by a reader that looked at it to tell a map of another kind apart).
pub(crate) fn translation_map<'de, A: MapAccess<'de>>(
    first: Option<String>,
    mut map: A,
) -> Result<Words, A::Error> {
    let mut out = BTreeMap::new();
    let mut key = match first {
        Some(k) => Some(k),
        None => map.next_key::<String>()?,
    };
    if key.as_deref() == Some("bank") {
        return bank_ref(map).map(Words::Bank);
    }
    while let Some(k) = key {
        // `month` would pass for a language tag (five letters); it belongs to an assessment.
        if k == "month" || k == "text" {
            return Err(Refusal::new(
                format!("`{k}` is not a language tag"),
                "a further assessment planned for a month is written `{ text: ..., month: 3 }` \
                 or `{ bank: ID, month: 3 }`; other texts take no month",
            )
            .into_serde());
        }
        let tag: LanguageIdentifier = k.parse().map_err(|_| not_a_tag(&k).into_serde())?;
        let value: String = map.next_value()?;
        out.insert(tag.to_string(), value);
        key = map.next_key::<String>()?;
    }
    if out.is_empty() {
        return Err(Refusal::new(
            "empty translation map",
            "give the text, or at least one language: text pair",
        )
        .into_serde());
    }
    Ok(Words::Localized(out))
}

/// An entry of the bank and its parameters, the `bank` key already read: the entry must
/// exist and be given exactly its parameters, each a number.
fn bank_ref<'de, A: MapAccess<'de>>(mut map: A) -> Result<BankRef, A::Error> {
    use crate::localize::bank;
    let id: String = map.next_value()?;
    let Some(entry) = bank::entry(&id) else {
        let ids = bank::ids();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let hint = did_you_mean(&id, &ids)
            .map(|k| format!("did you mean `{k}`?"))
            .unwrap_or_else(|| "`iepress bank list` lists the entries".to_owned());
        return Err(Refusal::new(format!("no bank entry `{id}`"), hint).into_serde());
    };
    let mut args: Vec<(String, String)> = Vec::new();
    let mut month = None;
    while let Some(key) = map.next_key::<String>()? {
        if key == "month" && entry.kind == "assessment" {
            month = Some(month_value(&mut map)?);
            continue;
        }
        if !entry.params.contains(&key) {
            let params: Vec<&str> = entry.params.iter().map(String::as_str).collect();
            let hint = match (did_you_mean(&key, &params), params.is_empty()) {
                _ if key == "month" => "only an assessment is given a month".to_owned(),
                (Some(k), _) => format!("did you mean `{k}`?"),
                (None, true) => format!("`{id}` takes no numbers"),
                (None, false) => format!("`{id}` takes {}", params.join(", ")),
            };
            return Err(Refusal::new(format!("`{id}` has no `{key}`"), hint).into_serde());
        }
        let value: f64 = map.next_value().map_err(|_: A::Error| {
            Refusal::new(
                format!("`{key}` is not a number"),
                format!("give `{key}` as a number, such as `{key}: 3`"),
            )
            .into_serde::<A::Error>()
        })?;
        if !value.is_finite() || !(0.0..=100_000.0).contains(&value) {
            return Err(Refusal::new(
                format!("`{key}: {value}` is out of range"),
                "give a number from 0 to 100000",
            )
            .into_serde());
        }
        args.push((key, value.to_string()));
    }
    let missing: Vec<String> = entry
        .params
        .iter()
        .filter(|p| !args.iter().any(|(k, _)| k == *p))
        .map(|p| format!("`{p}`"))
        .collect();
    if !missing.is_empty() {
        return Err(Refusal::new(
            format!("`{id}` needs {}", missing.join(" and ")),
            format!(
                "write `{{ bank: {id}, {} }}`",
                entry
                    .params
                    .iter()
                    .map(|p| format!("{p}: N"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .into_serde());
    }
    args.sort_by_key(|(k, _)| entry.params.iter().position(|p| p == k));
    Ok(BankRef { id, args, month })
}

/// The refusal of a language tag that does not parse.
/// The value of a `month` key: a month's number, 1 to 12.
pub(crate) fn month_value<'de, A: MapAccess<'de>>(map: &mut A) -> Result<u8, A::Error> {
    let hint = "give the month as a number from 1 (January) to 12 (December)";
    let m: i64 = map.next_value().map_err(|_: A::Error| {
        Refusal::new("`month` is not a month's number", hint).into_serde::<A::Error>()
    })?;
    u8::try_from(m)
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| Refusal::new(format!("`month: {m}` is not a month"), hint).into_serde())
}

pub(crate) fn not_a_tag(text: &str) -> Refusal {
    // Words before a colon in a sentence (`Give him time to answer: wait`) read as a key.
    if text.trim().contains(' ') {
        return Refusal::new(
            format!("`{text}` is read as a field's name, because a colon and a space follow it"),
            format!(
                "put the whole sentence in quotes on one line, such as `\"{text}: …\"`: YAML reads a colon and a space as the end of a field's name"
            ),
        );
    }
    Refusal::new(
        format!("`{text}` is not a language tag"),
        "write a BCP 47 tag such as `en-GB`, `ur` or `pl`",
    )
}

/// A BCP 47 language tag, checked for syntax (support is checked when localizing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangTag(pub LanguageIdentifier);

impl<'de> Deserialize<'de> for LangTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse::<LanguageIdentifier>()
            .map(LangTag)
            .map_err(|_| not_a_tag(&text).into_serde())
    }
}

impl Text {
    /// A text in the school's source language that was not read from a file.
    pub fn plain(words: impl Into<String>) -> Text {
        Text {
            words: Words::Plain(words.into()),
            position: None,
        }
    }

    /// The text in one language: the exact tag, or the same language with another region.
    pub fn get(&self, tag: &str, source_tag: &str) -> Option<&str> {
        match &self.words {
            Words::Plain(s) => (tag == source_tag).then_some(s.as_str()),
            // The bank's words are the bank's, in every language: not the school's.
            Words::Bank(_) => None,
            Words::Localized(map) => {
                let want: Option<LanguageIdentifier> = tag.parse().ok();
                map.iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(tag))
                    .or_else(|| {
                        map.iter().find(|(k, _)| {
                            let id: Option<LanguageIdentifier> = k.parse().ok();
                            matches!((&id, &want), (Some(a), Some(b))
                                if a.language == b.language && a.script == b.script)
                        })
                    })
                    .map(|(_, v)| v.as_str())
            }
        }
    }

    /// The text in the school's source language, if the plan gives it.
    pub fn source(&self, source_tag: &str) -> Option<&str> {
        match &self.words {
            Words::Plain(s) => Some(s),
            Words::Localized(_) => self.get(source_tag, source_tag),
            Words::Bank(_) => None,
        }
    }
}
