//! Issue 16: who helps, when and how often, and who came to a review, written as roles
//! and schedules, reach the family's language with no translator: the roles and the
//! phrases from the locale, the days and times from CLDR, the names as written.

use iepress::document::iep::{Iep, Options, prepare};
use iepress::localize::{ENGLISH_BEGINS, ENGLISH_ENDS, Field, LANGUAGES, Script, without_marks};

use crate::brookfield;

/// A plan of the example school in a language.
fn copy(plan: &str, tag: &str) -> (Iep, Vec<String>) {
    let language = LANGUAGES.iter().find(|l| l.tag == tag).unwrap();
    let options = Options {
        language: Some(language),
        ..Default::default()
    };
    let prepared = prepare(&brookfield().join(format!("plans/{plan}.yaml")), &options).unwrap();
    let fallbacks = prepared.fallbacks.iter().map(|f| f.field.clone()).collect();
    (prepared.document, fallbacks)
}

/// Every value of who helps, when, and who came, with its field.
fn structured_values(iep: &Iep) -> Vec<&Field> {
    let mut values: Vec<&Field> = iep
        .targets
        .iter()
        .flat_map(|t| t.details.iter())
        .flat_map(|f| f.values.iter())
        .filter(|v| v.field.contains(".who") || v.field.ends_with(".when"))
        .collect();
    if let Some(review) = &iep.review {
        values.extend(
            review
                .facts
                .iter()
                .flat_map(|f| f.values.iter())
                .filter(|v| v.field.starts_with("review.present")),
        );
    }
    values
}

/// A value's own words: without the people's names (as written), England's names kept in
/// English, and the marks that steer the layout.
fn own_words(value: &str) -> String {
    let mut text = value.to_owned();
    while let (Some(start), Some(end)) = (text.find(ENGLISH_BEGINS), text.find(ENGLISH_ENDS)) {
        if end < start {
            break;
        }
        text.replace_range(start..end + ENGLISH_ENDS.len_utf8(), "");
    }
    let mut text = without_marks(&text);
    // CLDR's own mark for the morning in some languages (Punjabi writes "8:50 AM").
    for period in ["AM", "PM"] {
        text = text.replace(period, "");
    }
    for name in [
        "Mrs Lee",
        "Miss Ruiz",
        "Mr Hale",
        "Mrs Kaur",
        "Samina Khan",
        "Mrs J. Patel",
        "Mr D. Evans",
    ] {
        text = text.replace(name, "");
    }
    text
}

#[test]
fn issue_16_roles_and_schedules_are_written_out_in_english() {
    let (amira, _) = copy("amira-khan", "en-GB");
    let (oliver, _) = copy("oliver-smith", "en-GB");
    let (zofia, _) = copy("zofia-nowak", "en-GB");
    let texts = |iep: &Iep| -> Vec<String> {
        structured_values(iep)
            .iter()
            .map(|v| without_marks(&v.text))
            .collect()
    };
    assert_eq!(
        texts(&amira),
        [
            "Mrs Lee (teaching assistant)",
            "10 minutes, 4 mornings a week",
            "Class teacher",
            "Every lesson",
            "Mrs Lee (teaching assistant)",
            "20 minutes, Tuesday and Thursday",
            "Samina Khan (mother)",
            "Mrs J. Patel (class teacher)",
            "Mr D. Evans (SENCo)",
        ]
    );
    assert_eq!(
        texts(&oliver),
        [
            "Miss Ruiz (learning mentor)",
            "5 minutes, every morning at 08:50",
            "Class teacher",
            "After every playtime",
            "Miss Ruiz (learning mentor)",
            "45 minutes, Wednesday afternoon",
        ]
    );
    assert_eq!(
        texts(&zofia)[..2],
        [
            "Class teacher and Mr Hale (teacher of the deaf)",
            "Every lesson; Mr Hale visits every two weeks",
        ]
    );
}

/// In every language: no role or schedule falls back to English (Zofia's first `when` is
/// the school's own words), and in a copy whose script is not Latin no Latin letter is left
/// in them but the names and England's names kept in English.
#[test]
fn issue_16_roles_and_schedules_reach_every_language() {
    for language in LANGUAGES.iter().filter(|l| l.tag != "en-GB") {
        for plan in ["amira-khan", "oliver-smith", "zofia-nowak"] {
            let (iep, fallbacks) = copy(plan, language.tag);
            let english: Vec<&String> = fallbacks
                .iter()
                .filter(|f| {
                    (f.ends_with(".who") || f.contains(".who[") || f.ends_with(".when"))
                        || f.starts_with("review.present")
                        || f.starts_with("message role-")
                        || f.starts_with("message when-")
                })
                .filter(|f| !(plan == "zofia-nowak" && *f == "plan.targets[0].when"))
                .collect();
            assert!(english.is_empty(), "{} {plan}: {english:?}", language.tag);
            let values = structured_values(&iep);
            assert!(values.len() >= 6, "{} {plan}", language.tag);
            if language.script != Script::Latin {
                for value in values {
                    if plan == "zofia-nowak" && value.field == "plan.targets[0].when" {
                        continue;
                    }
                    let words = own_words(&value.text);
                    assert!(
                        !words.chars().any(|c| c.is_ascii_alphabetic()),
                        "{} {plan} {}: {:?}",
                        language.tag,
                        value.field,
                        value.text
                    );
                }
            }
        }
    }
}

/// Days come from CLDR in the family's language, and a time of day as the language writes
/// it.
#[test]
fn issue_16_days_and_times_are_the_languages_own() {
    let (zofia, _) = copy("zofia-nowak", "pl");
    let when: Vec<String> = structured_values(&zofia)
        .iter()
        .filter(|v| v.field.ends_with(".when"))
        .map(|v| without_marks(&v.text))
        .collect();
    assert!(
        when.iter().any(|w| w.contains("poniedziałek i środa")),
        "{when:?}"
    );
    let (oliver, _) = copy("oliver-smith", "ar");
    let when: Vec<String> = structured_values(&oliver)
        .iter()
        .filter(|v| v.field.ends_with(".when"))
        .map(|v| without_marks(&v.text))
        .collect();
    // Arabic writes 8:50 in the morning with its own mark for "a.m.".
    assert!(
        when.iter().any(|w| w.contains("8:50") && w.contains('ص')),
        "{when:?}"
    );
}
