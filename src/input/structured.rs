//! The structured parts of a plan that iepress writes out in every language itself, so that
//! no translator is needed for them: who helps (people by their role, a name as written)
//! and when and how often (minutes, times a week or days, part of the day, weeks, a time).
//! Each still takes the school's own words instead, as plain text or a translation map.
//!
//! ```yaml
//! who: { role: teaching-assistant, name: Mrs Lee }
//! who: [class-teacher, { role: teacher-of-the-deaf, name: Mr Hale }]
//! when: { minutes: 10, times_a_week: 4, part_of_day: morning }
//! when: { minutes: 20, days: [tuesday, thursday] }
//! when: { minutes: 5, every: morning, time: "8:50" }
//! further_assessments: [{ bank: hearing-test, month: 3 }, { text: An eye test, month: 4 }]
//! ```

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_saphyr::Spanned;

use super::plan::{
    Keyword, KeywordSet, Relationship, Text, Words, month_value, position_of, translation_map,
};
use crate::diag::{Position, Refusal, did_you_mean};

/// The roles iepress knows by name (the people who help with a target).
#[derive(Debug, Clone, Copy)]
pub struct Role;

impl KeywordSet for Role {
    const KEYS: &'static [&'static str] = &[
        "teaching-assistant",
        "class-teacher",
        "senco",
        "learning-mentor",
        "teacher-of-the-deaf",
        "specialist-teacher",
        "speech-and-language-therapist",
        "educational-psychologist",
        "occupational-therapist",
        "physiotherapist",
        "school-nurse",
        "family-support-worker",
        "head-teacher",
        "lunchtime-supervisor",
    ];
    const WHAT: &'static str = "role";
}

/// A person: a name as written, a role or a relationship to the pupil, or both.
#[derive(Debug, Clone)]
pub struct Person {
    /// Their name, as written (never translated).
    pub name: Option<String>,
    /// What they do at school (`teaching-assistant`), or the school's words for it.
    pub role: Option<Keyword<Role>>,
    /// How they are related to the pupil (`mother`), for a family member.
    pub relationship: Option<Keyword<Relationship>>,
}

/// One of the people in a list: a person, or the school's own words.
#[derive(Debug, Clone)]
pub enum PersonOrText {
    /// A person named by role (translated) and name (as written).
    Person(Person),
    /// The school's own words.
    Text(Text),
}

/// Who helps with a target: one or several people, or the school's own words.
#[derive(Debug, Clone)]
pub struct Who(pub Vec<PersonOrText>);

/// The keys of a person written as a map.
const PERSON_KEYS: &[&str] = &["name", "role", "relationship"];

/// A person or text, as read: decided by its first key (a map) or by whether a plain word
/// is a role's name.
enum RawPerson {
    Person(Person),
    Words(Words),
}

impl<'de> Deserialize<'de> for RawPerson {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PersonVisitor;
        impl<'de> Visitor<'de> for PersonVisitor {
            type Value = RawPerson;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a role such as `class-teacher`, `{ role: ROLE, name: NAME }`, or text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawPerson, E> {
                Ok(RawPerson::Words(Words::Plain(v.to_owned())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawPerson, A::Error> {
                let first = match first_key(&mut map, PERSON_KEYS, "`{ role: ROLE, name: NAME }`")?
                {
                    Ok(first) => first,
                    Err(words) => return Ok(RawPerson::Words(words)),
                };
                let mut person = Person {
                    name: None,
                    role: None,
                    relationship: None,
                };
                let mut key = Some(first);
                while let Some(k) = key {
                    match k.as_str() {
                        "name" => person.name = Some(map.next_value::<String>()?),
                        "role" => person.role = Some(map.next_value()?),
                        "relationship" => person.relationship = Some(map.next_value()?),
                        other => return Err(unknown_key(other, PERSON_KEYS).into_serde()),
                    }
                    key = map.next_key::<String>()?;
                }
                if person.name.is_none() && person.role.is_none() {
                    return Err(Refusal::new(
                        "a person with neither a name nor a role",
                        "write `{ role: ROLE, name: NAME }`; either may be left out, not both",
                    )
                    .into_serde());
                }
                Ok(RawPerson::Person(person))
            }
        }
        deserializer.deserialize_any(PersonVisitor)
    }
}

impl<'de> Deserialize<'de> for PersonOrText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<RawPerson>::deserialize(deserializer)?;
        let position = position_of(&spanned.referenced);
        match spanned.value {
            RawPerson::Person(person) => Ok(PersonOrText::Person(person)),
            RawPerson::Words(words) => person_or_text(words, position).map_err(Refusal::into_serde),
        }
    }
}

/// The role a plain text names, when it is one of the known roles; a refusal for a word
/// that looks like a role's name but is none (a typo).
fn role_from_text(text: &Text) -> Result<Option<Keyword<Role>>, Refusal> {
    let Words::Plain(plain) = &text.words else {
        return Ok(None);
    };
    Ok(Keyword::<Role>::known(plain)?.map(|key| Keyword::Known(key, std::marker::PhantomData)))
}

impl<'de> Deserialize<'de> for Who {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<WhoRaw>::deserialize(deserializer)?;
        let position = position_of(&spanned.referenced);
        let mut people = spanned.value.0;
        // A text given as the whole value is where the value is.
        for p in &mut people {
            if let PersonOrText::Text(t) = p
                && t.position.is_none()
            {
                t.position = position;
            }
        }
        Ok(Who(people))
    }
}

/// The people of a `who`, read with [`Who`]'s rules.
struct WhoRaw(Vec<PersonOrText>);

impl<'de> Deserialize<'de> for WhoRaw {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = WhoRaw;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str(
                    "a role, a person `{ role: ROLE, name: NAME }`, a list of them, or text",
                )
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<WhoRaw, A::Error> {
                let mut people = Vec::new();
                while let Some(p) = seq.next_element::<PersonOrText>()? {
                    people.push(p);
                }
                if people.is_empty() {
                    return Err(Refusal::new(
                        "an empty list of people",
                        "name at least one person or role, or leave `who` out",
                    )
                    .into_serde());
                }
                Ok(WhoRaw(people))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<WhoRaw, E> {
                let one = person_or_text(Words::Plain(v.to_owned()), None);
                Ok(WhoRaw(vec![one.map_err(Refusal::into_serde)?]))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<WhoRaw, A::Error> {
                let one = match RawPerson::deserialize(de::value::MapAccessDeserializer::new(map))?
                {
                    RawPerson::Person(p) => PersonOrText::Person(p),
                    RawPerson::Words(words) => {
                        person_or_text(words, None).map_err(Refusal::into_serde)?
                    }
                };
                Ok(WhoRaw(vec![one]))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// The first key of a map that is either one of iepress's (`keys`: a person, a schedule) or
/// a translation map of the school's words, which is then read whole (`Err`). An empty map
/// and a misspelt key (`nmae`, `minuts`: not a language) are refused; `shape` is how the
/// map is written.
fn first_key<'de, A: MapAccess<'de>>(
    map: &mut A,
    keys: &[&str],
    shape: &str,
) -> Result<Result<String, Words>, A::Error> {
    let Some(first) = map.next_key::<String>()? else {
        return Err(
            Refusal::new("an empty map", format!("write {shape}, or the text")).into_serde(),
        );
    };
    if keys.contains(&first.as_str()) {
        return Ok(Ok(first));
    }
    if misspelt(&first, keys) {
        return Err(unknown_key(&first, keys).into_serde());
    }
    translation_map(Some(first), &mut *map).map(Err)
}

/// One person, or the school's words (`position`: where they are written): a plain role's
/// name is that role; a word that looks like a role's name but is none is refused.
fn person_or_text(words: Words, position: Option<Position>) -> Result<PersonOrText, Refusal> {
    let text = Text { words, position };
    Ok(match role_from_text(&text)? {
        Some(role) => PersonOrText::Person(Person {
            name: None,
            role: Some(role),
            relationship: None,
        }),
        None => PersonOrText::Text(text),
    })
}

/// Whether a map's first key, which is none of `keys`, is one of them misspelt rather than
/// a language tag (of a translation map): a language is two or three letters, perhaps
/// followed by subtags after a `-` (`ro`, `pa-Arab`), never with a `_`.
fn misspelt(key: &str, keys: &[&str]) -> bool {
    let language_like = (key.len() <= 3 || key.contains('-')) && !key.contains('_');
    key.contains('_') || (!language_like && did_you_mean(key, keys).is_some())
}

/// A refusal of a key a map does not take.
fn unknown_key(key: &str, keys: &[&str]) -> Refusal {
    let hint = did_you_mean(key, keys)
        .map(|k| format!("did you mean `{k}`?"))
        .unwrap_or_else(|| format!("the keys are {}", keys.join(", ")));
    Refusal::new(format!("unknown key `{key}`"), hint)
}

/// When and how often a target's help happens: a schedule iepress writes out, or the
/// school's own words.
#[derive(Debug, Clone)]
pub enum When {
    /// Numbers and words iepress knows.
    Schedule(Schedule),
    /// The school's own words.
    Text(Text),
}

/// A day of the week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Day {
    pub const ALL: [Day; 7] = [
        Day::Monday,
        Day::Tuesday,
        Day::Wednesday,
        Day::Thursday,
        Day::Friday,
        Day::Saturday,
        Day::Sunday,
    ];

    /// A day as a timetable writes it in English: `Mon`, `Tues`, `Thursday` (any case).
    pub fn parse(word: &str) -> Option<Day> {
        let word = word.trim().to_lowercase();
        let names = [
            ("monday", "mon"),
            ("tuesday", "tue"),
            ("wednesday", "wed"),
            ("thursday", "thu"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ];
        names
            .iter()
            .position(|(full, short)| word.starts_with(short) && full.starts_with(word.as_str()))
            .map(|i| Day::ALL[i])
    }

    /// 0 for Monday to 6 for Sunday.
    pub fn index(self) -> u8 {
        self as u8
    }
}

/// A part of the school day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartOfDay {
    Morning,
    Afternoon,
    Lunchtime,
}

impl PartOfDay {
    /// The key the messages select on.
    pub fn key(self) -> &'static str {
        match self {
            PartOfDay::Morning => "morning",
            PartOfDay::Afternoon => "afternoon",
            PartOfDay::Lunchtime => "lunchtime",
        }
    }
}

/// How often, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Every {
    Lesson,
    Day,
    Morning,
    Afternoon,
    Lunchtime,
    Playtime,
    AfterPlaytime,
    Week,
    TwoWeeks,
    HalfTerm,
    Term,
}

impl Every {
    /// The key the messages select on.
    pub fn key(self) -> &'static str {
        match self {
            Every::Lesson => "lesson",
            Every::Day => "day",
            Every::Morning => "morning",
            Every::Afternoon => "afternoon",
            Every::Lunchtime => "lunchtime",
            Every::Playtime => "playtime",
            Every::AfterPlaytime => "after-playtime",
            Every::Week => "week",
            Every::TwoWeeks => "two-weeks",
            Every::HalfTerm => "half-term",
            Every::Term => "term",
        }
    }
}

/// A time of day, `8:50` or `13:15`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime {
    pub hour: u8,
    pub minute: u8,
}

impl ClockTime {
    /// Hours and minutes on the 24-hour clock (`8:50`, `09:10`, `13:15`).
    pub fn parse(text: &str) -> Option<ClockTime> {
        let (h, m) = text.trim().split_once(':')?;
        let (hour, minute) = (h.trim().parse::<u8>().ok()?, m.trim().parse::<u8>().ok()?);
        (hour < 24 && minute < 60 && m.trim().len() == 2).then_some(ClockTime { hour, minute })
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ClockTime::parse(&text).ok_or_else(|| {
            Refusal::new(
                format!("`{text}` is not a time of day"),
                "write hours and minutes on the 24-hour clock, in quotes, such as `time: \"8:50\"` or `time: \"13:15\"`",
            )
            .into_serde()
        })
    }
}

/// A schedule: how long a session is, how often (times a week, days, or in words), at what
/// part of the day or time, and for how many weeks. Each part is optional, but one must be
/// given.
#[derive(Debug, Clone, Default)]
pub struct Schedule {
    /// Minutes a session.
    pub minutes: Option<u16>,
    /// Sessions a week.
    pub times_a_week: Option<u8>,
    /// The days of the week it happens on.
    pub days: Vec<Day>,
    /// The part of the day it happens in.
    pub part_of_day: Option<PartOfDay>,
    /// How often, in words (`lesson`: every lesson).
    pub every: Option<Every>,
    /// The time of day it starts.
    pub time: Option<ClockTime>,
    /// For how many weeks.
    pub weeks: Option<u8>,
}

/// The keys of a schedule.
pub(crate) const SCHEDULE_KEYS: &[&str] = &[
    "minutes",
    "times_a_week",
    "days",
    "part_of_day",
    "every",
    "time",
    "weeks",
];

/// A whole number from `low` to `high`, refused otherwise with what to write.
fn number_in<'de, A: MapAccess<'de>, T>(
    map: &mut A,
    key: &str,
    low: u16,
    high: u16,
) -> Result<T, A::Error>
where
    T: TryFrom<u16>,
{
    let n: i64 = map.next_value().map_err(|_: A::Error| {
        Refusal::new(
            format!("`{key}` is not a whole number"),
            format!("write a number from {low} to {high}, such as `{key}: {low}`"),
        )
        .into_serde::<A::Error>()
    })?;
    u16::try_from(n)
        .ok()
        .filter(|n| (low..=high).contains(n))
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| {
            Refusal::new(
                format!("`{key}: {n}` is out of range"),
                format!("write a number from {low} to {high}"),
            )
            .into_serde()
        })
}

enum RawWhen {
    Schedule(Schedule),
    Words(Words),
}

impl<'de> Deserialize<'de> for RawWhen {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct WhenVisitor;
        impl<'de> Visitor<'de> for WhenVisitor {
            type Value = RawWhen;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("`{ minutes: N, times_a_week: N, ... }`, or text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawWhen, E> {
                Ok(RawWhen::Words(Words::Plain(v.to_owned())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawWhen, A::Error> {
                let first = match first_key(
                    &mut map,
                    SCHEDULE_KEYS,
                    "`{ minutes: N, times_a_week: N }`",
                )? {
                    Ok(first) => first,
                    Err(words) => return Ok(RawWhen::Words(words)),
                };
                let mut s = Schedule::default();
                let mut key = Some(first);
                while let Some(k) = key {
                    match k.as_str() {
                        "minutes" => s.minutes = Some(number_in(&mut map, &k, 1, 600)?),
                        "times_a_week" => s.times_a_week = Some(number_in(&mut map, &k, 1, 14)?),
                        "weeks" => s.weeks = Some(number_in(&mut map, &k, 1, 52)?),
                        "days" => {
                            let mut days: Vec<Day> = map.next_value()?;
                            days.sort();
                            days.dedup();
                            s.days = days;
                        }
                        "part_of_day" => s.part_of_day = Some(map.next_value()?),
                        "every" => s.every = Some(map.next_value()?),
                        "time" => s.time = Some(map.next_value()?),
                        other => return Err(unknown_key(other, SCHEDULE_KEYS).into_serde()),
                    }
                    key = map.next_key::<String>()?;
                }
                let ways = [
                    s.times_a_week.is_some(),
                    !s.days.is_empty(),
                    s.every.is_some(),
                ];
                if ways.iter().filter(|w| **w).count() > 1 {
                    return Err(Refusal::new(
                        "more than one way of saying how often",
                        "give one of `times_a_week`, `days` or `every`",
                    )
                    .into_serde());
                }
                if s.part_of_day.is_some() && s.times_a_week.is_none() && s.days.is_empty() {
                    return Err(Refusal::new(
                        "`part_of_day` without `times_a_week` or `days`",
                        "write `times_a_week: 4, part_of_day: morning`, or `every: morning`",
                    )
                    .into_serde());
                }
                if s.time.is_some() && !ways.iter().any(|w| *w) {
                    return Err(Refusal::new(
                        "a `time` without how often",
                        "add `every: day`, `days: [...]` or `times_a_week: N`",
                    )
                    .into_serde());
                }
                if s.minutes.is_none() && s.weeks.is_none() && !ways.iter().any(|w| *w) {
                    return Err(Refusal::new(
                        "a schedule that says neither how long nor how often",
                        "give `minutes` and one of `times_a_week`, `days` or `every`",
                    )
                    .into_serde());
                }
                Ok(RawWhen::Schedule(s))
            }
        }
        deserializer.deserialize_any(WhenVisitor)
    }
}

impl<'de> Deserialize<'de> for When {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = Spanned::<RawWhen>::deserialize(deserializer)?;
        let position = position_of(&spanned.referenced);
        Ok(match spanned.value {
            RawWhen::Schedule(s) => When::Schedule(s),
            RawWhen::Words(words) => When::Text(Text { words, position }),
        })
    }
}

impl Who {
    /// The school's own words in it, with their field paths under `path`.
    pub fn texts<'a>(&'a self, path: &str, out: &mut Vec<(String, &'a Text)>) {
        let many = self.0.len() > 1;
        for (i, p) in self.0.iter().enumerate() {
            let here = if many {
                format!("{path}[{i}]")
            } else {
                path.to_owned()
            };
            match p {
                PersonOrText::Text(t) => out.push((here, t)),
                PersonOrText::Person(person) => person.texts(&here, out),
            }
        }
    }
}

impl Person {
    /// The school's own words in it (a role or relationship not known by name).
    pub fn texts<'a>(&'a self, path: &str, out: &mut Vec<(String, &'a Text)>) {
        if let Some(Keyword::Other(t)) = &self.role {
            out.push((format!("{path}.role"), t));
        }
        if let Some(Keyword::Other(t)) = &self.relationship {
            out.push((format!("{path}.relationship"), t));
        }
    }
}

/// A further assessment: the school's words or a bank entry, perhaps with the month it is
/// planned for (`{ text: An eye test, month: 4 }`, `{ bank: ID, month: 12 }`), which the
/// copy names in the family's language.
#[derive(Debug, Clone)]
pub struct Assessment {
    /// What the assessment is.
    pub text: Text,
    /// The month it is planned for, 1 to 12.
    pub month: Option<u8>,
}

impl<'de> Deserialize<'de> for Assessment {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        enum Raw {
            Words(Words),
            Dated(Text, Option<u8>),
        }
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Raw;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text, a bank entry, or `{ text: ..., month: N }`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Raw, E> {
                Ok(Raw::Words(Words::Plain(v.to_owned())))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw, A::Error> {
                let shape = "`{ text: ..., month: N }`";
                const KEYS: &[&str] = &["text", "month"];
                let first = match first_key(&mut map, KEYS, shape)? {
                    Err(words) => return Ok(Raw::Words(words)),
                    Ok(first) => first,
                };
                let (mut text, mut month) = (None, None);
                let mut key = Some(first);
                while let Some(k) = key {
                    match k.as_str() {
                        "text" => text = Some(map.next_value::<Text>()?),
                        "month" => month = Some(month_value(&mut map)?),
                        _ => return Err(unknown_key(&k, KEYS).into_serde()),
                    }
                    key = map.next_key::<String>()?;
                }
                let text = text.ok_or_else(|| {
                    Refusal::new(
                        "an assessment's month without the assessment",
                        "write what it is as `text: ...` (or `bank: ID`) beside `month`",
                    )
                    .into_serde::<A::Error>()
                })?;
                Ok(Raw::Dated(text, month))
            }
        }
        struct RawSeed(Raw);
        impl<'de> Deserialize<'de> for RawSeed {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_any(V).map(RawSeed)
            }
        }
        let spanned = Spanned::<RawSeed>::deserialize(deserializer)?;
        let position = position_of(&spanned.referenced);
        Ok(match spanned.value.0 {
            // A bank entry's month is read with its numbers.
            Raw::Words(Words::Bank(mut entry)) => {
                let month = entry.month.take();
                Assessment {
                    text: Text {
                        words: Words::Bank(entry),
                        position,
                    },
                    month,
                }
            }
            Raw::Words(words) => Assessment {
                text: Text { words, position },
                month: None,
            },
            Raw::Dated(text, month) => Assessment { text, month },
        })
    }
}
