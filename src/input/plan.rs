//! The input contract: a pupil's plan and the school profile as the school writes them,
//! with the checks each value gets as it is read (`load` reads the files).

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_saphyr::Spanned;
use unic_langid::LanguageIdentifier;

use crate::diag::{Refusal, did_you_mean};

pub use super::text::{BankRef, LangTag, Text, Words};
pub(crate) use super::text::{month_value, not_a_tag, position_of, translation_map};

pub use super::structured::{
    Assessment, ClockTime, Day, Every, PartOfDay, Person, PersonOrText, Role, Schedule, When, Who,
};

/// The school profile (`school.yaml`): shared by every document the school produces.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct School {
    /// The school's name.
    pub name: String,
    /// The postal address, one line an item.
    #[serde(default)]
    pub address: Vec<String>,
    /// The school office's phone number.
    #[serde(default)]
    pub phone: Option<String>,
    /// The SEN co-ordinator.
    #[serde(default)]
    pub senco: Option<String>,
    /// The headteacher.
    #[serde(default)]
    pub headteacher: Option<String>,
    /// The language the school writes its plans in.
    pub source_language: Spanned<LangTag>,
    /// Which names the stages of support go by.
    #[serde(default)]
    pub stage_vocabulary: StageVocabulary,
    /// The independent local service parents can turn to.
    #[serde(default)]
    pub parent_support: Option<ParentSupport>,
}

/// Which names the stages of support go by in a school's documents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum StageVocabulary {
    /// SEND Code of Practice 2015: SEN Support and EHC plan.
    #[default]
    #[serde(rename = "2015")]
    Current,
    /// Before 2014: School Action, School Action Plus, Statement.
    #[serde(rename = "legacy")]
    Legacy,
}

/// The local parent support service (SENDIASS or similar).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParentSupport {
    /// The service's name.
    pub name: Text,
    /// Helpline number.
    #[serde(default)]
    pub phone: Option<String>,
    /// Number for text messages.
    #[serde(default)]
    pub text: Option<String>,
    /// E-mail address.
    #[serde(default)]
    pub email: Option<String>,
    /// Web address.
    #[serde(default)]
    pub web: Option<String>,
    /// When parents can drop in.
    #[serde(default)]
    pub drop_in: Option<Text>,
}

/// One pupil's plan (IEP / SEN support plan).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Who the plan is for.
    pub pupil: Pupil,
    /// The family, and the format of their copy.
    pub family: Family,
    /// The plan itself.
    pub plan: PlanBody,
    /// The review, filled in at the review meeting.
    #[serde(default)]
    pub review: Option<Review>,
}

/// The pupil.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pupil {
    /// Full name (as the school writes it, and perhaps as the family does).
    pub name: Name,
    /// The name the pupil goes by.
    #[serde(default)]
    pub known_as: Option<Name>,
    /// Date of birth.
    #[serde(default)]
    pub date_of_birth: Option<Date>,
    /// National curriculum year group (0 for Reception).
    #[serde(default, deserialize_with = "year_group")]
    pub year_group: Option<u8>,
    /// The pupil's class.
    #[serde(default)]
    pub class: Option<String>,
    /// Whether the pupil is a girl or a boy, for languages whose grammar agrees with the
    /// child (the bank's entries); never shown.
    #[serde(default)]
    pub gender: Option<Gender>,
}

/// A pupil's gender, as the grammar of some languages needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Female,
    Male,
}

impl Gender {
    /// The key the bank's messages select on (`other` when the plan does not say).
    pub fn key(gender: Option<Gender>) -> &'static str {
        match gender {
            Some(Gender::Female) => "female",
            Some(Gender::Male) => "male",
            None => "other",
        }
    }
}

impl Pupil {
    /// The name the pupil goes by: `known_as`, or else the first word of the full name.
    pub fn goes_by(&self) -> &str {
        self.known_as
            .as_deref()
            .map(String::as_str)
            .unwrap_or_else(|| self.name.split_whitespace().next().unwrap_or(&self.name))
    }

    /// The name the pupil goes by, as it is written in a language (`ur`): the family's
    /// writing where the plan gives it, the school's otherwise.
    pub fn goes_by_in(&self, tag: &str) -> &str {
        match &self.known_as {
            Some(k) => k.in_language(tag),
            None => {
                let full = self.name.in_language(tag);
                full.split_whitespace().next().unwrap_or(full)
            }
        }
    }
}

/// A person's name: as the school writes it, and perhaps as the family writes it in their
/// own script (`{ en-GB: Bilal Hussain, ur: بلال حسین }`, the school's first). It reads as
/// the school's writing wherever a plain name is wanted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// As the school writes it.
    pub school: String,
    /// Every writing given, by language tag, in the order of the plan.
    pub written: Vec<(String, String)>,
}

impl Name {
    /// The name as it is written in a language: the writing given for that language (or
    /// for its language without script or region), the school's otherwise.
    pub fn in_language(&self, tag: &str) -> &str {
        let language = tag.split('-').next().unwrap_or(tag);
        self.written
            .iter()
            .find(|(t, _)| t == tag)
            .or_else(|| self.written.iter().find(|(t, _)| t == language))
            .map_or(self.school.as_str(), |(_, n)| n.as_str())
    }
}

impl From<&str> for Name {
    fn from(name: &str) -> Name {
        Name {
            school: name.to_owned(),
            written: Vec::new(),
        }
    }
}

impl std::ops::Deref for Name {
    type Target = String;
    fn deref(&self) -> &String {
        &self.school
    }
}

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.school)
    }
}

impl<'de> Deserialize<'de> for Name {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct NameVisitor;
        impl<'de> Visitor<'de> for NameVisitor {
            type Value = Name;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a name, or a name in each language's writing (`{ en-GB: Bilal Hussain, ur: بلال حسین }`)")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Name, E> {
                Ok(Name::from(v))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Name, A::Error> {
                let mut written: Vec<(String, String)> = Vec::new();
                while let Some(key) = map.next_key::<String>()? {
                    let tag: LanguageIdentifier =
                        key.parse().map_err(|_| not_a_tag(&key).into_serde())?;
                    let name: String = map.next_value()?;
                    written.push((tag.to_string(), name));
                }
                let Some((_, school)) = written.first().cloned() else {
                    return Err(Refusal::new(
                        "empty name",
                        "write the name, or `{ en-GB: Bilal Hussain, ur: بلال حسین }` with the school's writing first",
                    )
                    .into_serde());
                };
                Ok(Name { school, written })
            }
        }
        deserializer.deserialize_any(NameVisitor)
    }
}

/// The family and the copy they need.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    /// Parents and carers.
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// The language of the parent copy.
    pub language: Spanned<LangTag>,
    /// Whether the family needs large print, and at what size.
    #[serde(default)]
    pub large_print: LargePrint,
}

/// A parent or carer.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Their name (perhaps as they write it too).
    pub name: Name,
    /// How they are related to the pupil, such as `mother` or `carer`.
    #[serde(default)]
    pub relationship: Option<Keyword<Relationship>>,
}

/// The body of the plan.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanBody {
    /// The stage of support.
    pub stage: Stage,
    /// The broad areas of need.
    #[serde(default)]
    pub areas_of_need: Vec<AreaOfNeed>,
    /// When the plan starts.
    pub start: Spanned<Date>,
    /// When the plan is reviewed.
    pub review: Spanned<Date>,
    /// The class teacher.
    #[serde(default)]
    pub class_teacher: Option<String>,
    /// Who wrote the plan.
    #[serde(default)]
    pub written_by: Option<String>,
    /// What the pupil is good at and likes.
    #[serde(default)]
    pub about: Option<Text>,
    /// The pupil's needs.
    #[serde(default)]
    pub needs: Option<Text>,
    /// What works for the pupil.
    #[serde(default)]
    pub strategies_that_work: Vec<Text>,
    /// The SMART targets.
    pub targets: Vec<Target>,
    /// How the family can help at home.
    #[serde(default)]
    pub home_support: Option<Text>,
    /// When the pupil no longer needs the extra support.
    #[serde(default)]
    pub exit_criteria: Option<Text>,
    /// Further assessments planned, each perhaps for a month.
    #[serde(default)]
    pub further_assessments: Vec<Assessment>,
    /// Outside agencies involved.
    #[serde(default)]
    pub agencies: Vec<Keyword<Agency>>,
}

/// One SMART target with its strategy.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The target itself.
    pub target: Text,
    /// Who helps: people by role and name, or the school's words.
    #[serde(default)]
    pub who: Option<Who>,
    /// What they do.
    #[serde(default)]
    pub does_what: Option<Text>,
    /// When and how often: a schedule, or the school's words.
    #[serde(default)]
    pub when: Option<When>,
    /// How success will be measured.
    #[serde(default)]
    pub success: Option<Text>,
    /// What parents can do at home.
    #[serde(default)]
    pub home: Option<Text>,
}

/// The review meeting.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// The date of the meeting.
    pub date: Spanned<Date>,
    /// Who was there: people by name and role or relationship, or the school's words.
    #[serde(default)]
    pub present: Vec<PersonOrText>,
    /// The outcome of each target, in the order of the targets.
    #[serde(default)]
    pub outcomes: Vec<TargetOutcome>,
    /// Progress overall.
    #[serde(default)]
    pub progress: Option<Text>,
    /// What the pupil said.
    #[serde(default)]
    pub pupil_comment: Option<Text>,
    /// What the parents said.
    #[serde(default)]
    pub parent_comment: Option<Text>,
    /// What the teacher or SENCo said.
    #[serde(default)]
    pub teacher_comment: Option<Text>,
    /// What happens next.
    #[serde(default)]
    pub next_steps: Option<Text>,
    /// When the next review is.
    #[serde(default)]
    pub next_review: Option<Spanned<Date>>,
}

/// The outcome of one target at the review.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetOutcome {
    /// Whether the target was met.
    pub result: OutcomeResult,
    /// A comment on it.
    #[serde(default)]
    pub comment: Option<Text>,
}

/// Whether a target was met.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeResult {
    /// Met in full.
    Achieved,
    /// Partly met.
    Partly,
    /// Not met yet.
    NotYet,
}

/// The stage of support, in either vocabulary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    /// SEN Support (since 2014).
    SenSupport,
    /// Education, Health and Care plan (since 2014).
    EhcPlan,
    /// Early Years Action (before 2014).
    EarlyYearsAction,
    /// Early Years Action Plus (before 2014).
    EarlyYearsActionPlus,
    /// School Action (before 2014).
    SchoolAction,
    /// School Action Plus (before 2014).
    SchoolActionPlus,
    /// Statement of SEN (before 2014).
    Statement,
}

impl Stage {
    /// The stage's key, as written in plans.
    pub fn key(self) -> &'static str {
        match self {
            Stage::SenSupport => "sen-support",
            Stage::EhcPlan => "ehc-plan",
            Stage::EarlyYearsAction => "early-years-action",
            Stage::EarlyYearsActionPlus => "early-years-action-plus",
            Stage::SchoolAction => "school-action",
            Stage::SchoolActionPlus => "school-action-plus",
            Stage::Statement => "statement",
        }
    }

    /// The same stage named in the given vocabulary: a school using the 2015 names calls
    /// School Action Plus "SEN Support", and a legacy school calls an EHC plan a Statement.
    pub fn in_vocabulary(self, vocabulary: StageVocabulary) -> Stage {
        match (vocabulary, self) {
            (
                StageVocabulary::Current,
                Stage::EarlyYearsAction
                | Stage::EarlyYearsActionPlus
                | Stage::SchoolAction
                | Stage::SchoolActionPlus,
            ) => Stage::SenSupport,
            (StageVocabulary::Current, Stage::Statement) => Stage::EhcPlan,
            (StageVocabulary::Legacy, Stage::SenSupport) => Stage::SchoolActionPlus,
            (StageVocabulary::Legacy, Stage::EhcPlan) => Stage::Statement,
            (_, stage) => stage,
        }
    }
}

/// The four broad areas of need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AreaOfNeed {
    /// Communication and interaction.
    CommunicationAndInteraction,
    /// Cognition and learning.
    CognitionAndLearning,
    /// Social, emotional and mental health.
    SocialEmotionalMentalHealth,
    /// Sensory and/or physical.
    SensoryAndPhysical,
}

impl AreaOfNeed {
    /// The area's key, as written in plans.
    pub fn key(self) -> &'static str {
        match self {
            AreaOfNeed::CommunicationAndInteraction => "communication-and-interaction",
            AreaOfNeed::CognitionAndLearning => "cognition-and-learning",
            AreaOfNeed::SocialEmotionalMentalHealth => "social-emotional-mental-health",
            AreaOfNeed::SensoryAndPhysical => "sensory-and-physical",
        }
    }
}

/// A list of words with a translated name: a plan may use one of the keys, or write its own
/// text instead.
pub trait KeywordSet {
    /// The keys, as written in plans.
    const KEYS: &'static [&'static str];
    /// What the keys name, for error messages.
    const WHAT: &'static str;
}

/// The outside agencies iepress knows by name.
#[derive(Debug, Clone, Copy)]
pub struct Agency;

impl KeywordSet for Agency {
    const KEYS: &'static [&'static str] = &[
        "educational-psychology",
        "speech-and-language-therapy",
        "behaviour-support",
        "hearing-support",
        "vision-support",
        "sensory-support",
        "occupational-therapy",
        "physiotherapy",
        "camhs",
        "school-nurse",
        "paediatrician",
        "early-help",
    ];
    const WHAT: &'static str = "agency";
}

/// The relationships iepress knows by name.
#[derive(Debug, Clone, Copy)]
pub struct Relationship;

impl KeywordSet for Relationship {
    const KEYS: &'static [&'static str] = &[
        "mother",
        "father",
        "parent",
        "carer",
        "foster-carer",
        "guardian",
        "grandmother",
        "grandfather",
        "aunt",
        "uncle",
        "sister",
        "brother",
    ];
    const WHAT: &'static str = "relationship";
}

/// A known key from a [`KeywordSet`], or the school's own words.
#[derive(Debug, Clone)]
pub enum Keyword<K> {
    /// One of the set's keys (translated in the document).
    Known(&'static str, std::marker::PhantomData<K>),
    /// The school's own text, printed as written.
    Other(Text),
}

impl<K: KeywordSet> Keyword<K> {
    /// The key a plain text names, if it is one of the set's; a refusal for a text that
    /// looks like a key but is none (most likely a typo); `None` for words.
    pub(crate) fn known(plain: &str) -> Result<Option<&'static str>, Refusal> {
        if let Some(key) = K::KEYS.iter().find(|k| **k == plain) {
            return Ok(Some(key));
        }
        let looks_like_key =
            plain.contains('-') && plain.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if looks_like_key {
            let hint = did_you_mean(plain, K::KEYS)
                .map(|k| format!("did you mean `{k}`?"))
                .unwrap_or_else(|| format!("known names: {}", K::KEYS.join(", ")));
            return Err(Refusal::new(
                format!("unknown {} `{plain}`", K::WHAT),
                format!("{hint} (or write the name out in words)"),
            ));
        }
        Ok(None)
    }
}

impl<'de, K: KeywordSet> Deserialize<'de> for Keyword<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Text::deserialize(deserializer)?;
        let Words::Plain(plain) = &text.words else {
            return Ok(Keyword::Other(text));
        };
        match Self::known(plain).map_err(Refusal::into_serde)? {
            Some(key) => Ok(Keyword::Known(key, std::marker::PhantomData)),
            None => Ok(Keyword::Other(text)),
        }
    }
}

/// Whether the family's copy is in large print, and at what size.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub enum LargePrint {
    /// Clear print (14 pt).
    #[default]
    No,
    /// Large print at the default size.
    Yes,
    /// Large print at this size in points.
    Size(f64),
}

/// The highest year group (a sixth form's Year 14).
pub const MAX_YEAR_GROUP: u8 = 14;

/// A year group: a whole number from 0 (Reception) to [`MAX_YEAR_GROUP`], refused where it
/// stands otherwise (`Year 2`, `2.5`, `20`) with what to write.
fn year_group<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u8>, D::Error> {
    struct YearVisitor;
    fn refuse<E: de::Error>(what: String) -> E {
        Refusal::new(
            what,
            format!("write a number from 0 (Reception) to {MAX_YEAR_GROUP}, such as `year_group: 2` for Year 2"),
        )
        .into_serde()
    }
    impl<'de> Visitor<'de> for YearVisitor {
        type Value = Option<u8>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a year group from 0 to 14")
        }
        fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<u8>, E> {
            match u8::try_from(v) {
                Ok(year) if year <= MAX_YEAR_GROUP => Ok(Some(year)),
                _ => Err(refuse(format!("there is no year group {v}"))),
            }
        }
        fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<u8>, E> {
            match u64::try_from(v) {
                Ok(v) => self.visit_u64(v),
                Err(_) => Err(refuse(format!("there is no year group {v}"))),
            }
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<u8>, E> {
            Err(refuse(format!(
                "`{v}` is not a whole number: `year_group` is the pupil's year at school"
            )))
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<u8>, E> {
            Err(refuse(format!(
                "`{v}` is not a number: `year_group` is the pupil's year at school"
            )))
        }
        fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<u8>, E> {
            Err(refuse(format!(
                "`{v}` is not a number: `year_group` is the pupil's year at school"
            )))
        }
        fn visit_unit<E: de::Error>(self) -> Result<Option<u8>, E> {
            Ok(None)
        }
        fn visit_none<E: de::Error>(self) -> Result<Option<u8>, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Option<u8>, D::Error> {
            d.deserialize_any(YearVisitor)
        }
    }
    deserializer.deserialize_any(YearVisitor)
}

/// The smallest and largest large-print sizes, in points.
pub const LARGE_PRINT_RANGE: (f64, f64) = (16.0, 36.0);

impl<'de> Deserialize<'de> for LargePrint {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct LpVisitor;
        impl LpVisitor {
            fn size<E: de::Error>(v: f64) -> Result<LargePrint, E> {
                let (lo, hi) = LARGE_PRINT_RANGE;
                if (lo..=hi).contains(&v) {
                    Ok(LargePrint::Size(v))
                } else {
                    Err(Refusal::new(
                        format!("large print size {v} is out of range"),
                        format!("give a size from {lo} to {hi} points, or `true` for 18"),
                    )
                    .into_serde())
                }
            }
        }
        impl<'de> Visitor<'de> for LpVisitor {
            type Value = LargePrint;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("true, false or a size in points")
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<LargePrint, E> {
                Ok(if v { LargePrint::Yes } else { LargePrint::No })
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<LargePrint, E> {
                Self::size(v as f64)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<LargePrint, E> {
                Self::size(v as f64)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<LargePrint, E> {
                Self::size(v)
            }
        }
        deserializer.deserialize_any(LpVisitor)
    }
}

/// A calendar date, checked to exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year.
    pub year: i32,
    /// The month, 1 to 12.
    pub month: u8,
    /// The day of the month, from 1.
    pub day: u8,
}

impl Date {
    /// Parses `YYYY-MM-DD` and checks that the day exists.
    pub fn parse(text: &str) -> Result<Date, Refusal> {
        let bad = || {
            Refusal::new(
                format!("`{text}` is not a date"),
                "write dates as YYYY-MM-DD, such as 2027-01-22",
            )
        };
        let parts: Vec<&str> = text.trim().split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(bad());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(bad());
        }
        let (Ok(year), Ok(month), Ok(day)) = (y.parse::<i32>(), m.parse::<u8>(), d.parse::<u8>())
        else {
            return Err(bad());
        };
        if icu_calendar::Date::try_new_iso(year, month, day).is_err() {
            return Err(Refusal::new(
                format!("impossible date `{text}`"),
                "check the day and the month: write dates as YYYY-MM-DD",
            ));
        }
        // A school's dates (births, plans, reviews, support) fall in a pupil's lifetime: a
        // year such as 0001 or 9999 is a slip of the keyboard.
        if !(1990..=2100).contains(&year) {
            return Err(Refusal::new(
                format!("`{text}` is not a plausible date for a school (the year {year})"),
                "check the year: write dates as YYYY-MM-DD, such as 2027-01-22",
            ));
        }
        Ok(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Date::parse(&text).map_err(Refusal::into_serde)
    }
}

/// The optional texts among `fields`, each under `prefix`.
fn some<'a>(out: &mut Vec<(String, &'a Text)>, prefix: &str, fields: &[(&str, &'a Option<Text>)]) {
    for (key, value) in fields {
        if let Some(v) = value {
            out.push((format!("{prefix}.{key}"), v));
        }
    }
}

impl PlanBody {
    /// Every piece of the school's own text in the plan's body, with its field path under
    /// `prefix` (`plan`), in the order of the document.
    pub fn texts(&self, prefix: &str) -> Vec<(String, &Text)> {
        let mut out: Vec<(String, &Text)> = Vec::new();
        let body = self;
        some(
            &mut out,
            prefix,
            &[("about", &body.about), ("needs", &body.needs)],
        );
        for (i, t) in body.strategies_that_work.iter().enumerate() {
            out.push((format!("{prefix}.strategies_that_work[{i}]"), t));
        }
        for (i, t) in body.targets.iter().enumerate() {
            let path = format!("{prefix}.targets[{i}]");
            out.push((format!("{path}.target"), &t.target));
            if let Some(who) = &t.who {
                who.texts(&format!("{path}.who"), &mut out);
            }
            some(&mut out, &path, &[("does_what", &t.does_what)]);
            if let Some(When::Text(when)) = &t.when {
                out.push((format!("{path}.when"), when));
            }
            some(
                &mut out,
                &path,
                &[("success", &t.success), ("home", &t.home)],
            );
        }
        some(
            &mut out,
            prefix,
            &[
                ("home_support", &body.home_support),
                ("exit_criteria", &body.exit_criteria),
            ],
        );
        for (i, a) in body.further_assessments.iter().enumerate() {
            out.push((format!("{prefix}.further_assessments[{i}]"), &a.text));
        }
        for (i, a) in body.agencies.iter().enumerate() {
            if let Keyword::Other(t) = a {
                out.push((format!("{prefix}.agencies[{i}]"), t));
            }
        }
        out
    }
}

impl Plan {
    /// Every piece of the school's own text in the plan, with its field path, in the order
    /// of the document.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out: Vec<(String, &Text)> = Vec::new();
        for (i, c) in self.family.contacts.iter().enumerate() {
            if let Some(Keyword::Other(t)) = &c.relationship {
                out.push((format!("family.contacts[{i}].relationship"), t));
            }
        }
        out.extend(self.plan.texts("plan"));
        if let Some(r) = &self.review {
            for (i, p) in r.present.iter().enumerate() {
                let path = format!("review.present[{i}]");
                match p {
                    PersonOrText::Text(t) => out.push((path, t)),
                    PersonOrText::Person(person) => person.texts(&path, &mut out),
                }
            }
            for (i, o) in r.outcomes.iter().enumerate() {
                if let Some(c) = &o.comment {
                    out.push((format!("review.outcomes[{i}].comment"), c));
                }
            }
            some(
                &mut out,
                "review",
                &[
                    ("progress", &r.progress),
                    ("pupil_comment", &r.pupil_comment),
                    ("parent_comment", &r.parent_comment),
                    ("teacher_comment", &r.teacher_comment),
                    ("next_steps", &r.next_steps),
                ],
            );
        }
        out
    }
}

impl School {
    /// Every piece of the school's own text in the profile, with its field path.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out = Vec::new();
        if let Some(ps) = &self.parent_support {
            out.push(("school.parent_support.name".to_owned(), &ps.name));
            if let Some(d) = &ps.drop_in {
                out.push(("school.parent_support.drop_in".to_owned(), d));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;

    #[test]
    fn dates_are_read_as_iso_dates_that_exist() {
        assert_eq!(
            Date::parse("2027-01-22").unwrap(),
            Date {
                year: 2027,
                month: 1,
                day: 22
            }
        );
        assert!(Date::parse("2028-02-29").is_ok());
        let impossible = Date::parse("2027-02-29").unwrap_err();
        assert_eq!(impossible.message, "impossible date `2027-02-29`");
        let wrong = Date::parse("22/01/2027").unwrap_err();
        assert_eq!(wrong.message, "`22/01/2027` is not a date");
        assert!(wrong.hint.contains("YYYY-MM-DD"));
        assert!(Date::parse("2027-1-22").is_err());
        // Issue 14: implausible years are refused, not taken.
        assert!(
            Date::parse("0001-01-01")
                .unwrap_err()
                .message
                .contains("not a plausible date")
        );
        assert!(Date::parse("9999-12-31").is_err());
        assert_eq!(
            Date {
                year: 2027,
                month: 1,
                day: 2
            }
            .to_string(),
            "2027-01-02"
        );
    }

    #[test]
    fn a_text_is_found_in_a_language_or_the_source() {
        let mut map = BTreeMap::new();
        map.insert("en-GB".to_owned(), "Reads aloud".to_owned());
        map.insert("ur".to_owned(), "بلند آواز سے پڑھتی ہے".to_owned());
        let text = Text {
            words: Words::Localized(map),
            position: None,
        };
        assert_eq!(text.get("ur", "en-GB"), Some("بلند آواز سے پڑھتی ہے"));
        assert_eq!(text.get("pl", "en-GB"), None);
        assert_eq!(text.source("en-GB"), Some("Reads aloud"));
        let plain = Text::plain("Reads aloud");
        assert_eq!(plain.get("en-GB", "en-GB"), Some("Reads aloud"));
        assert_eq!(plain.get("ur", "en-GB"), None);
        assert_eq!(plain.source("en-GB"), Some("Reads aloud"));
    }
}
