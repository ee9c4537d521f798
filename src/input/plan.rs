//! Load and validate the input: a pupil's plan and the school profile, read from YAML.
//!
//! The entry points are [`load_plan`] and [`load_school`]. YAML is read with YAML 1.2 rules
//! (`no` is the text "no", not false), with a budget on aliases, nodes and text so that a
//! hostile file costs bounded time and memory. Every error names the file, the line and
//! column, the field path and the fix.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde_saphyr::{Budget, Options, Spanned};
use unic_langid::LanguageIdentifier;

/// The largest plan or school file we read, in bytes.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

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
    /// Full name.
    pub name: String,
    /// The name the pupil goes by.
    #[serde(default)]
    pub known_as: Option<String>,
    /// Date of birth.
    #[serde(default)]
    pub date_of_birth: Option<Date>,
    /// National curriculum year group (0 for Reception).
    #[serde(default)]
    pub year_group: Option<u8>,
    /// The pupil's class.
    #[serde(default)]
    pub class: Option<String>,
}

impl Pupil {
    /// The name the pupil goes by: `known_as`, or else the first word of the full name.
    pub fn goes_by(&self) -> &str {
        self.known_as
            .as_deref()
            .unwrap_or_else(|| self.name.split_whitespace().next().unwrap_or(&self.name))
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
    /// Their name.
    pub name: String,
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
    /// Further assessments planned.
    #[serde(default)]
    pub further_assessments: Vec<Text>,
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
    /// Who helps.
    #[serde(default)]
    pub who: Option<Text>,
    /// What they do.
    #[serde(default)]
    pub does_what: Option<Text>,
    /// When and how often.
    #[serde(default)]
    pub when: Option<Text>,
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
    /// Who was there.
    #[serde(default)]
    pub present: Vec<Text>,
    /// The outcome of each target, in the order of the targets.
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
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
pub struct Outcome {
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

impl<'de, K: KeywordSet> Deserialize<'de> for Keyword<K> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Text::deserialize(deserializer)?;
        let Text::Plain(plain) = &text else {
            return Ok(Keyword::Other(text));
        };
        if let Some(key) = K::KEYS.iter().find(|k| **k == plain.as_str()) {
            return Ok(Keyword::Known(key, std::marker::PhantomData));
        }
        // Something that looks like a key but is not one is most likely a typo.
        let looks_like_key =
            plain.contains('-') && plain.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if looks_like_key {
            let hint = did_you_mean(plain, K::KEYS)
                .map(|k| format!("did you mean `{k}`?"))
                .unwrap_or_else(|| format!("known names: {}", K::KEYS.join(", ")));
            return Err(de::Error::custom(format!(
                "unknown {} `{plain}`\u{1}{hint} (or write the name out in words)",
                K::WHAT
            )));
        }
        Ok(Keyword::Other(text))
    }
}

/// Text written by the school: plain (in the school's source language) or a map from
/// language tag to text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// Text in the school's source language.
    Plain(String),
    /// The same text in several languages.
    Localized(BTreeMap<String, String>),
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text, or a map from language tag to text")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::Plain(v.to_owned()))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Text, E> {
                Ok(Text::Plain(v.to_string()))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
                let mut out = BTreeMap::new();
                while let Some(key) = map.next_key::<String>()? {
                    let tag: LanguageIdentifier = key.parse().map_err(|_| {
                        de::Error::custom(format!(
                            "`{key}` is not a language tag\u{1}write a BCP 47 tag such as `en-GB`, `ur` or `pl`"
                        ))
                    })?;
                    let value: String = map.next_value()?;
                    out.insert(tag.to_string(), value);
                }
                if out.is_empty() {
                    return Err(de::Error::custom(
                        "empty translation map\u{1}give the text, or at least one language: text pair",
                    ));
                }
                Ok(Text::Localized(out))
            }
        }
        deserializer.deserialize_any(TextVisitor)
    }
}

/// A BCP 47 language tag, checked for syntax (support is checked when localizing).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LangTag(pub LanguageIdentifier);

impl<'de> Deserialize<'de> for LangTag {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse::<LanguageIdentifier>().map(LangTag).map_err(|_| {
            de::Error::custom(format!(
                "`{text}` is not a language tag\u{1}write a BCP 47 tag such as `en-GB`, `ur` or `pl`"
            ))
        })
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
                    Err(E::custom(format!(
                        "large print size {v} is out of range\u{1}give a size from {lo} to {hi} points, or `true` for 18"
                    )))
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
    pub fn parse(text: &str) -> Result<Date, String> {
        let bad =
            || format!("`{text}` is not a date\u{1}write dates as YYYY-MM-DD, such as 2027-01-22");
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
            return Err(format!(
                "impossible date `{text}`\u{1}check the day and the month: write dates as YYYY-MM-DD"
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
        Date::parse(&text).map_err(de::Error::custom)
    }
}

/// Where in a file something is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: u64,
    /// 1-based column.
    pub column: u64,
}

/// A problem with an input file, with everything needed to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file.
    pub file: PathBuf,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The field path, such as `plan.targets[2].who`.
    pub field: Option<String>,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub hint: Option<String>,
}

impl InputError {
    /// An error about the file as a whole.
    pub fn file(file: &Path, message: impl Into<String>, hint: impl Into<String>) -> Self {
        InputError {
            file: file.to_owned(),
            position: None,
            field: None,
            message: message.into(),
            hint: Some(hint.into()),
        }
    }

    /// An error at a field whose position is known.
    pub fn at<T>(
        file: &Path,
        spanned: &Spanned<T>,
        field: &str,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        InputError {
            file: file.to_owned(),
            position: position_of(&spanned.referenced),
            field: Some(field.to_owned()),
            message: message.into(),
            hint: Some(hint.into()),
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.message)?;
        if let Some(field) = &self.field {
            write!(f, " (field `{field}`)")?;
        }
        write!(f, " in {}", self.file.display())?;
        if let Some(p) = self.position {
            write!(f, ":{}:{}", p.line, p.column)?;
        }
        if let Some(hint) = &self.hint {
            write!(f, "\nhint: {hint}")?;
        }
        Ok(())
    }
}

impl std::error::Error for InputError {}

fn position_of(location: &serde_saphyr::Location) -> Option<Position> {
    let (line, column) = (location.line(), location.column());
    (line > 0).then_some(Position { line, column })
}

/// Reads a plan file and checks it.
pub fn load_plan(path: &Path) -> Result<Plan, InputError> {
    let text = read_text(path)?;
    let plan: Plan = parse_yaml(path, &text)?;
    check_plan(path, &plan)?;
    Ok(plan)
}

/// Reads a school profile and checks it.
pub fn load_school(path: &Path) -> Result<School, InputError> {
    let text = read_text(path)?;
    parse_yaml(path, &text)
}

/// Finds the school profile for a plan: `school.yaml` in the plan's folder or its parent.
pub fn find_school(plan: &Path) -> Result<PathBuf, InputError> {
    let dir = plan.parent().unwrap_or(Path::new("."));
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    for candidate in [dir.join("school.yaml"), dir.join("..").join("school.yaml")] {
        if candidate.is_file() {
            return Ok(normalize(&candidate));
        }
    }
    Err(InputError::file(
        plan,
        "no school profile found (looked for school.yaml in the plan's folder and its parent)",
        "give the school profile with --school FILE",
    ))
}

/// Removes `dir/..` pairs so that paths in messages read naturally.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::ParentDir
                if out
                    .components()
                    .next_back()
                    .is_some_and(|c| matches!(c, std::path::Component::Normal(_))) =>
            {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

fn read_text(path: &Path) -> Result<String, InputError> {
    let meta = std::fs::metadata(path).map_err(|e| {
        InputError::file(
            path,
            format!("cannot read the file ({})", io_reason(&e)),
            "check the path",
        )
    })?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(InputError::file(
            path,
            format!("the file is too large ({} bytes)", meta.len()),
            format!(
                "a plan is a few kilobytes; files over {} MiB are refused",
                MAX_FILE_BYTES / 1024 / 1024
            ),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        InputError::file(
            path,
            format!("cannot read the file ({})", io_reason(&e)),
            "check the path",
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let before = &e.as_bytes()[..offset];
        let line = before.iter().filter(|b| **b == b'\n').count() as u64 + 1;
        let column = (offset
            - before
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |p| p + 1)) as u64
            + 1;
        InputError {
            file: path.to_owned(),
            position: Some(Position { line, column }),
            field: None,
            message: "the file is not UTF-8 text (it may be a binary or a Word file)".into(),
            hint: Some("save the plan as plain text in UTF-8 (a .yaml file)".into()),
        }
    })?;
    if text.contains('\0') {
        return Err(InputError::file(
            path,
            "the file contains NUL bytes (it looks like a binary file)",
            "save the plan as plain text in UTF-8 (a .yaml file)",
        ));
    }
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(InputError::file(
            path,
            "the file is empty",
            "start from examples/brookfield/plans/amira-khan.yaml",
        ));
    }
    Ok(text)
}

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not found".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

fn yaml_options() -> Options {
    let mut budget = Budget::default();
    budget.max_reader_input_bytes = Some(MAX_FILE_BYTES as usize);
    budget.max_aliases = 1_000;
    budget.max_anchors = 1_000;
    budget.max_nodes = 50_000;
    budget.max_events = 200_000;
    budget.max_recorded_anchor_events = 20_000;
    budget.max_recorded_anchor_bytes = 1024 * 1024;
    budget.max_depth = 32;
    budget.max_documents = 1;
    let mut options = Options::default();
    options.budget = Some(budget);
    options.strict_booleans = true;
    options.no_schema = false;
    options.with_snippet = false;
    options.legacy_octal_numbers = false;
    options.angle_conversions = false;
    options
}

/// Parses YAML text into `T`, turning every error into an [`InputError`].
fn parse_yaml<T: for<'de> Deserialize<'de>>(path: &Path, text: &str) -> Result<T, InputError> {
    let mut field_path: Option<String> = None;
    let result =
        serde_saphyr::with_deserializer_from_str_with_options(text, yaml_options(), |de| {
            serde_path_to_error::deserialize(de).map_err(|e| {
                field_path = Some(e.path().to_string());
                e.into_inner()
            })
        });
    result.map_err(|e| yaml_error(path, field_path, e))
}

fn yaml_error(path: &Path, field: Option<String>, error: serde_saphyr::Error) -> InputError {
    use serde_saphyr::Error as E;
    let error = error.without_snippet();
    let location = error.location();
    let position = location.as_ref().and_then(position_of);
    // serde_path_to_error names the field that failed; for an unknown field it already
    // includes the unknown key, so the parent is the interesting part.
    let field = field
        .filter(|f| f != "." && !f.is_empty())
        .map(|f| f.strip_suffix(".value").map(str::to_owned).unwrap_or(f));
    let parent = |f: &Option<String>| -> Option<String> {
        f.as_ref()
            .and_then(|f| f.rsplit_once('.').map(|(p, _)| p.to_owned()))
    };
    let (message, hint, field) = match &error {
        E::SerdeUnknownField {
            field: name,
            expected,
            ..
        } => {
            let hint = match did_you_mean(name, expected) {
                Some(k) => format!("did you mean `{k}`?"),
                None => format!("the fields here are: {}", expected.join(", ")),
            };
            (format!("unknown field `{name}`"), Some(hint), field)
        }
        E::SerdeMissingField { field: name, .. } => {
            let (full, section) = match &field {
                Some(f) => (format!("{f}.{name}"), format!("the `{f}` section")),
                None => ((*name).to_owned(), "the file".to_owned()),
            };
            (
                format!("missing required field `{name}`"),
                Some(format!(
                    "add `{name}:` to {section} (examples/brookfield/plans shows every field)"
                )),
                Some(full),
            )
        }
        E::SerdeUnknownVariant {
            variant, expected, ..
        } => {
            let hint = match did_you_mean(variant, expected) {
                Some(k) => format!("did you mean `{k}`?"),
                None => format!("use one of: {}", expected.join(", ")),
            };
            (format!("unknown value `{variant}`"), Some(hint), field)
        }
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        } => (
            format!("expected {expected}, found {unexpected}"),
            Some("check the value's shape against examples/brookfield".into()),
            field,
        ),
        E::Message { msg, .. } => {
            let (message, hint) = match msg.split_once('\u{1}') {
                Some((m, h)) => (m.to_owned(), Some(h.to_owned())),
                None => (msg.clone(), None),
            };
            (message, hint, field)
        }
        E::Budget { breach, .. } => (
            format!("the file is too complex to read safely ({breach:?})"),
            Some(
                "plans do not need anchors and aliases (`&name`, `*name`): write the text out"
                    .into(),
            ),
            None,
        ),
        E::DuplicateMappingKey { .. } => (
            error.to_string(),
            Some("remove one of the two entries".into()),
            parent(&field),
        ),
        E::Eof { .. } => (
            "the file ends too early".into(),
            Some("check that the file is complete".into()),
            None,
        ),
        other => {
            let text = strip_location(&other.to_string());
            let (message, hint) = if text.contains("expected sequence") {
                (
                    "expected a list here".to_owned(),
                    "write one item a line, each starting with `- `",
                )
            } else if text.contains("expected mapping") {
                (
                    "expected fields here".to_owned(),
                    "write one `name: value` a line, indented under this field",
                )
            } else {
                (
                    text,
                    "check the YAML syntax: indentation, colons and quotes",
                )
            };
            (message, Some(hint.to_owned()), field)
        }
    };
    InputError {
        file: path.to_owned(),
        position,
        field,
        message,
        hint,
    }
}

/// serde-saphyr's display text ends with its own location; ours is printed separately.
fn strip_location(text: &str) -> String {
    let text = text.lines().next().unwrap_or(text);
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_owned(),
        None => text.to_owned(),
    }
}

/// The closest known name to a misspelt one, if any is close enough.
pub fn did_you_mean<'a>(word: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(word, k), *k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 4))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Checks what the types cannot: the order of dates and the shape of the review.
fn check_plan(path: &Path, plan: &Plan) -> Result<(), InputError> {
    let body = &plan.plan;
    if body.review.value < body.start.value {
        return Err(InputError::at(
            path,
            &body.review,
            "plan.review",
            format!(
                "the review date {} is before the start date {}",
                body.review.value, body.start.value
            ),
            "the review comes after the plan starts: check both dates",
        ));
    }
    if body.targets.is_empty() {
        return Err(InputError {
            file: path.to_owned(),
            position: None,
            field: Some("plan.targets".into()),
            message: "the plan has no targets".into(),
            hint: Some("add 3 or 4 SMART targets under `targets:`".into()),
        });
    }
    if let Some(review) = &plan.review {
        if review.date.value < body.start.value {
            return Err(InputError::at(
                path,
                &review.date,
                "review.date",
                format!(
                    "the review meeting {} is before the plan's start date {}",
                    review.date.value, body.start.value
                ),
                "check the review date",
            ));
        }
        if review.outcomes.len() > body.targets.len() {
            return Err(InputError {
                file: path.to_owned(),
                position: None,
                field: Some("review.outcomes".into()),
                message: format!(
                    "the review has {} outcomes but the plan has {} targets",
                    review.outcomes.len(),
                    body.targets.len()
                ),
                hint: Some("give one outcome a target, in the order of the targets".into()),
            });
        }
        if let Some(next) = &review.next_review
            && next.value < review.date.value
        {
            return Err(InputError::at(
                path,
                next,
                "review.next_review",
                format!(
                    "the next review {} is before this review {}",
                    next.value, review.date.value
                ),
                "check the next review date",
            ));
        }
    }
    Ok(())
}

impl Plan {
    /// Every piece of the school's own text in the plan, with its field path, in the order
    /// of the document.
    pub fn texts(&self) -> Vec<(String, &Text)> {
        let mut out: Vec<(String, &Text)> = Vec::new();
        // The optional texts among `fields`, each under `prefix`.
        fn some<'a>(
            out: &mut Vec<(String, &'a Text)>,
            prefix: &str,
            fields: &[(&str, &'a Option<Text>)],
        ) {
            for (key, value) in fields {
                if let Some(v) = value {
                    out.push((format!("{prefix}.{key}"), v));
                }
            }
        }
        for (i, c) in self.family.contacts.iter().enumerate() {
            if let Some(Keyword::Other(t)) = &c.relationship {
                out.push((format!("family.contacts[{i}].relationship"), t));
            }
        }
        let body = &self.plan;
        some(
            &mut out,
            "plan",
            &[("about", &body.about), ("needs", &body.needs)],
        );
        for (i, t) in body.strategies_that_work.iter().enumerate() {
            out.push((format!("plan.strategies_that_work[{i}]"), t));
        }
        for (i, t) in body.targets.iter().enumerate() {
            out.push((format!("plan.targets[{i}].target"), &t.target));
            some(
                &mut out,
                &format!("plan.targets[{i}]"),
                &[
                    ("who", &t.who),
                    ("does_what", &t.does_what),
                    ("when", &t.when),
                    ("success", &t.success),
                    ("home", &t.home),
                ],
            );
        }
        some(
            &mut out,
            "plan",
            &[
                ("home_support", &body.home_support),
                ("exit_criteria", &body.exit_criteria),
            ],
        );
        for (i, t) in body.further_assessments.iter().enumerate() {
            out.push((format!("plan.further_assessments[{i}]"), t));
        }
        for (i, a) in body.agencies.iter().enumerate() {
            if let Keyword::Other(t) = a {
                out.push((format!("plan.agencies[{i}]"), t));
            }
        }
        if let Some(r) = &self.review {
            for (i, t) in r.present.iter().enumerate() {
                out.push((format!("review.present[{i}]"), t));
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

impl Text {
    /// The text in one language: the exact tag, or the same language with another region.
    pub fn get(&self, tag: &str, source_tag: &str) -> Option<&str> {
        match self {
            Text::Plain(s) => (tag == source_tag).then_some(s.as_str()),
            Text::Localized(map) => {
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
        match self {
            Text::Plain(s) => Some(s),
            Text::Localized(_) => self.get(source_tag, source_tag),
        }
    }
}
