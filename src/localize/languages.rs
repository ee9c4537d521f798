//! The languages iepress writes documents in, with their scripts: direction, fonts, line
//! spacing and digits.

use serde::Serialize;
use unic_langid::LanguageIdentifier;

/// The point size of body text in clear print (UKAAF recommends 14).
pub const CLEAR_PRINT_PT: f64 = 14.0;
/// The point size of large print when no size is given (UKAAF recommends 18).
pub const LARGE_PRINT_PT: f64 = 18.0;

/// What serves a language tag among `entries`, each for a language (`en` serves `en-GB`),
/// unless `refused` gives a reason for the tag or its language; `Err(None)` where nothing
/// serves it and no reason is known.
pub fn for_language<'a, T>(
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
    // The tag itself (`zh-Hant`), then its language (`en` for `en-GB`).
    entries
        .iter()
        .find(|e| language_of(e) == tag)
        .or_else(|| entries.iter().find(|e| language_of(e) == language))
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
    Devanagari,
    Ethiopic,
    /// Chinese in simplified characters.
    Hans,
    /// Chinese in traditional characters.
    Hant,
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
            Script::Devanagari => "Devanagari",
            Script::Ethiopic => "Ethiopic",
            Script::Hans => "Han (Simplified)",
            Script::Hant => "Han (Traditional)",
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
            Script::Devanagari => &["Noto Sans Devanagari"],
            Script::Ethiopic => &["Noto Sans Ethiopic"],
            Script::Hans => &["Noto Sans CJK SC"],
            Script::Hant => &["Noto Sans CJK TC"],
        }
    }

    /// The space between lines the script needs, in em: Indic scripts stack vowel signs
    /// above and below, Arabic script has tall letters and marks.
    pub fn leading(self) -> f64 {
        match self {
            Script::Latin | Script::Cyrillic => 0.65,
            Script::Gurmukhi
            | Script::Bengali
            | Script::Gujarati
            | Script::Tamil
            | Script::Devanagari => 0.8,
            Script::Ethiopic => 0.75,
            Script::Hans | Script::Hant => 0.8,
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
    pub(crate) ftl: &'static str,
    /// The bank's entries in the language (`locales/{tag}/bank.ftl`), embedded at build
    /// time.
    pub(crate) bank: &'static str,
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
            ftl: include_str!(concat!("../../locales/", $tag, "/iep.ftl")),
            bank: include_str!(concat!("../../locales/", $tag, "/bank.ftl")),
            status: include_str!(concat!("../../locales/", $tag, "/status.yaml")),
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
    language!("bg", "Bulgarian", "български", Cyrillic),
    language!("hu", "Hungarian", "magyar", Latin),
    language!("ru", "Russian", "русский", Cyrillic),
    language!("ps", "Pashto", "پښتو", Arabic),
    language!("ne", "Nepali", "नेपाली", Devanagari),
    language!("zh-Hans", "Chinese (Simplified)", "简体中文", Hans),
    language!("zh-Hant", "Chinese (Traditional)", "繁體中文", Hant),
    language!("ti", "Tigrinya", "ትግርኛ", Ethiopic),
];

/// Who drafted a locale's messages and whether a fluent speaker has checked them.
#[derive(Debug, Clone, Default, serde::Deserialize)]
pub struct LocaleReview {
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
    /// The language's Fluent files with their names: its messages, then its bank.
    pub(crate) fn files(&self) -> [(&'static str, &'static str); 2] {
        [("iep.ftl", self.ftl), ("bank.ftl", self.bank)]
    }

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
    pub fn review(&self) -> Result<LocaleReview, String> {
        serde_saphyr::from_str(self.status)
            .map_err(|e| format!("locales/{}/status.yaml: {e}", self.tag))
    }

    /// The language's digits when they are not `0`–`9`.
    pub(crate) fn native_digits(&self) -> Option<[String; 10]> {
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
