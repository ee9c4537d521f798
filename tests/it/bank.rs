//! Issue 16: the bank. Entries a school picks in a plan (`{ bank: ID, ... }`) are in every
//! language iepress ships, agree with a girl or a boy where the grammar needs it, and are
//! listed and shown by `iepress bank`.

use iepress::document::iep::{Options, prepare};
use iepress::input::plan::Gender;
use iepress::localize::bank;
use iepress::localize::{FALLBACK_LANGUAGE, LANGUAGES};

use crate::{brookfield, iepress, temp};

/// Every entry reads in every language, for a girl, a boy, and a child whose plan does not
/// say, with no English left (but England's names kept in English on purpose).
#[test]
fn issue_16_every_entry_is_written_in_every_language() {
    let english = LANGUAGES
        .iter()
        .find(|l| l.tag == FALLBACK_LANGUAGE)
        .unwrap();
    for entry in bank::entries() {
        let source = bank::example(entry, english, "Sam", None).unwrap();
        for language in LANGUAGES.iter().filter(|l| l.tag != FALLBACK_LANGUAGE) {
            for gender in [Some(Gender::Female), Some(Gender::Male), None] {
                let text = bank::example(entry, language, "Sam", gender).unwrap();
                assert!(!text.trim().is_empty(), "{} {}", language.tag, entry.id);
                assert_ne!(text, source, "{} {} is English", language.tag, entry.id);
                // The plan's numbers are in it, in the language's digits.
                for (_, value) in bank::example_args(entry) {
                    let cx = iepress::localize::Context::new(language, "en-GB".into()).unwrap();
                    let digits = cx.localize_digits(&value);
                    assert!(
                        text.contains(&digits),
                        "{} {}: {text} lacks {digits}",
                        language.tag,
                        entry.id
                    );
                }
            }
        }
    }
}

/// A girl's and a boy's copy differ where the language's grammar agrees with the child
/// (tested in Urdu, Arabic and Polish, as the issue asks), and English's does too ("her",
/// "his").
#[test]
fn issue_16_a_girls_and_a_boys_copy_differ_where_the_grammar_needs_it() {
    for tag in ["ur", "ar", "pl", "en-GB"] {
        let language = LANGUAGES.iter().find(|l| l.tag == tag).unwrap();
        let differ = bank::entries()
            .iter()
            .filter(|e| {
                bank::example(e, language, "Sam", Some(Gender::Female)).unwrap()
                    != bank::example(e, language, "Sam", Some(Gender::Male)).unwrap()
            })
            .count();
        assert!(
            differ >= 3,
            "{tag}: only {differ} entries agree with the child"
        );
    }
}

/// Amira's copy in Urdu: every text the example plan takes from the bank is in Urdu.
#[test]
fn issue_16_the_examples_bank_entries_are_in_the_familys_language() {
    for (plan, tag) in [
        ("amira-khan", "ur"),
        ("oliver-smith", "pl"),
        ("amira-khan", "ar"),
    ] {
        let language = LANGUAGES.iter().find(|l| l.tag == tag).unwrap();
        let options = Options {
            language: Some(language),
            ..Default::default()
        };
        let prepared = prepare(&brookfield().join(format!("plans/{plan}.yaml")), &options).unwrap();
        let source =
            std::fs::read_to_string(brookfield().join(format!("plans/{plan}.yaml"))).unwrap();
        assert!(source.matches("bank:").count() >= 3);
        let banked = ["targets[1].target", "does_what", "home_support"];
        for f in &prepared.fallbacks {
            assert!(
                !(f.field.starts_with("plan.")
                    && banked.iter().any(|b| f.field.ends_with(b))
                    && plan == "amira-khan"),
                "{plan} {tag}: {} fell back to {}",
                f.field,
                f.used
            );
        }
    }
}

#[test]
fn issue_16_bank_list_and_show() {
    let dir = temp();
    let run = iepress(dir.path(), &["bank", "list", "--format", "json"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let list: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), bank::entries().len());
    let first = &items[0];
    for key in ["id", "kind", "area", "params", "text"] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert_eq!(first["params"][0]["type"], "number");
    // By kind, area, words and language.
    let run = iepress(
        dir.path(),
        &[
            "bank", "list", "--kind", "home", "--lang", "ur", "--search", "card",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("read-card-words-at-bedtime"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("کارڈ"), "{}", run.stdout);
    assert!(!run.stdout.contains("talk-about-picture"), "{}", run.stdout);
    let run = iepress(
        dir.path(),
        &["bank", "show", "read-common-words", "--lang", "pl"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("target: { bank: read-common-words, count: N, total: N }"),
        "{}",
        run.stdout
    );
    let run = iepress(dir.path(), &["bank", "show", "read-comon-words"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("did you mean `read-common-words`?"),
        "{}",
        run.stderr
    );
}

/// An assessment is planned for a month, named as the family's language names it (CLDR).
#[test]
fn issue_16_an_assessment_is_planned_for_a_month() {
    for (tag, month) in [("en-GB", "December"), ("pl", "grudzień"), ("ur", "دسمبر")] {
        let language = LANGUAGES.iter().find(|l| l.tag == tag).unwrap();
        let options = Options {
            language: Some(language),
            ..Default::default()
        };
        let prepared = prepare(&brookfield().join("plans/amira-khan.yaml"), &options).unwrap();
        let assessment = prepared
            .document
            .closing
            .iter()
            .flat_map(|f| f.values.iter())
            .find(|v| v.field == "plan.further_assessments[0]")
            .map(|v| iepress::localize::without_marks(&v.text))
            .unwrap();
        assert!(assessment.starts_with(month), "{tag}: {assessment}");
        if tag == "en-GB" {
            assert_eq!(assessment, "December: A reading and spelling assessment");
        }
    }
}

/// The school's own words for an assessment take a month too (`{ text: ..., month: 3 }`),
/// named in the language the words are shown in; a month where it does not belong is
/// refused with the way to write it.
#[test]
fn issue_16_the_schools_own_assessment_is_planned_for_a_month() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans/amira-khan.yaml"]);
    let plan = school.join("plans/amira-khan.yaml");
    let yaml = std::fs::read_to_string(&plan).unwrap();
    let with = |assessments: &str| {
        std::fs::write(
            &plan,
            yaml.replace(
                "further_assessments: [{ bank: reading-and-spelling-assessment, month: 12 }]",
                &format!("further_assessments: {assessments}"),
            ),
        )
        .unwrap();
    };
    with(
        "[{ month: 3, text: { en-GB: A hearing test, ur: سماعت کا ٹیسٹ } }, { text: An eye test, month: 4 }]",
    );
    let values = |tag: &str| -> Vec<String> {
        let language = LANGUAGES.iter().find(|l| l.tag == tag).unwrap();
        let options = Options {
            language: Some(language),
            ..Default::default()
        };
        prepare(&plan, &options)
            .unwrap()
            .document
            .closing
            .iter()
            .flat_map(|f| f.values.iter())
            .filter(|v| v.field.starts_with("plan.further_assessments"))
            .map(|v| format!("{}: {}", v.lang, iepress::localize::without_marks(&v.text)))
            .collect()
    };
    assert_eq!(
        values("en-GB"),
        ["en: March: A hearing test", "en: April: An eye test"]
    );
    // In Urdu: the translated one with the month in Urdu; the one the school has not
    // translated in English throughout, as the copy reports it.
    assert_eq!(
        values("ur"),
        ["ur: مارچ: سماعت کا ٹیسٹ", "en: April: An eye test"]
    );
    for (assessments, says) in [
        (
            "[{ en-GB: A hearing test, month: 3 }]",
            "`month` is not a language tag",
        ),
        (
            "[{ text: A hearing test, month: 13 }]",
            "`month: 13` is not a month",
        ),
        (
            "[{ month: 3 }]",
            "an assessment's month without the assessment",
        ),
        (
            "[{ text: A hearing test, mnth: 3 }]",
            "did you mean `month`?",
        ),
    ] {
        with(assessments);
        let run = iepress(dir.path(), &["render", plan.to_str().unwrap()]);
        assert_eq!(run.status, 1, "{assessments}");
        assert!(
            run.stderr.contains(says) && run.stderr.contains("plan.further_assessments[0]"),
            "{assessments}: {}",
            run.stderr
        );
    }
}

/// A school adds its own entries in `bank/` (its language with what each entry is, and the
/// translations it has): a plan names them like iepress's; a language the school has not
/// translated an entry into shows it in the school's language, reported; a misspelt id
/// suggests the school's; an id of iepress's own bank is refused.
#[test]
fn issue_16_a_school_adds_its_own_entries() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans/amira-khan.yaml"]);
    std::fs::create_dir(school.join("bank")).unwrap();
    std::fs::write(
        school.join("bank/en-GB.ftl"),
        "bank-our-reading-club = Reading club in the library at lunchtime, { $days ->\n        [one] one day\n       *[other] { $days } days\n    } a week\n    .kind = strategy\n    .area = cognition-and-learning\n    .params = days\n",
    )
    .unwrap();
    std::fs::write(
        school.join("bank/ur.ftl"),
        "bank-our-reading-club = ہفتے میں { $days } دن دوپہر کے وقفے میں لائبریری میں پڑھنے کا کلب\n",
    )
    .unwrap();
    let plan = school.join("plans/amira-khan.yaml");
    let yaml = std::fs::read_to_string(&plan).unwrap().replace(
        "does_what: { bank: writing-group-sentence-frames }",
        "does_what: { bank: our-reading-club, days: 2 }",
    );
    std::fs::write(&plan, &yaml).unwrap();
    let render = |lang: &str| {
        let out = dir.path().join(format!("a.{lang}.html"));
        let run = iepress(
            dir.path(),
            &[
                "render",
                plan.to_str().unwrap(),
                "--lang",
                lang,
                "--format",
                "html",
                "-o",
                out.to_str().unwrap(),
            ],
        );
        (run, std::fs::read_to_string(out).unwrap_or_default())
    };
    let (run, page) = render("ur");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(page.contains("لائبریری میں پڑھنے کا کلب"), "{page}");
    assert!(
        !run.stderr.contains("targets[2].does_what"),
        "{}",
        run.stderr
    );
    let (run, page) = render("pl");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        page.replace("<bdi>", "")
            .replace("</bdi>", "")
            .contains("Reading club in the library at lunchtime, 2 days a week"),
        "{page}"
    );
    assert!(
        run.stderr.contains("plan.targets[2].does_what"),
        "{}",
        run.stderr
    );
    // `bank list --school` lists the school's entries after iepress's, marked as its own;
    // `bank show` says where the school has not translated one.
    let run = iepress(
        dir.path(),
        &[
            "bank",
            "list",
            "--school",
            school.to_str().unwrap(),
            "--search",
            "club",
            "--lang",
            "ur",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let list: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ours = list
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == "our-reading-club")
        .unwrap();
    assert_eq!(ours["school"], true);
    assert!(ours["text"].as_str().unwrap().contains("لائبریری"), "{ours}");
    let run = iepress(
        dir.path(),
        &[
            "bank",
            "show",
            "our-reading-club",
            "--school",
            school.to_str().unwrap(),
            "--lang",
            "pl",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("bank/pl.ftl has no translation of it")
            && run
                .stdout
                .contains("does_what: { bank: our-reading-club, days: N }"),
        "{}",
        run.stdout
    );
    // A misspelt id suggests the school's entry.
    std::fs::write(&plan, yaml.replace("our-reading-club", "our-readng-club")).unwrap();
    let (run, _) = render("ur");
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("did you mean `our-reading-club`?"),
        "{}",
        run.stderr
    );
    // The school's entries may not take iepress's ids.
    std::fs::write(
        school.join("bank/en-GB.ftl"),
        "bank-read-common-words = Our own words\n    .kind = target\n    .area = any\n",
    )
    .unwrap();
    let (run, _) = render("ur");
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .contains("`read-common-words` is an entry of iepress's own bank")
            && run.stderr.contains("bank/en-GB.ftl:1:1"),
        "{}",
        run.stderr
    );
    // A bank file is read as the school's other files are (issue 14): a link out of the
    // school's folder is refused, and so is a pipe, which is never waited on.
    std::fs::write(
        school.join("bank/en-GB.ftl"),
        "bank-our-reading-club = Reading club\n    .kind = strategy\n    .area = any\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("outside.ftl"),
        "bank-our-reading-club = x\n",
    )
    .unwrap();
    std::fs::remove_file(school.join("bank/ur.ftl")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("outside.ftl"), school.join("bank/ur.ftl")).unwrap();
    let (run, _) = render("ur");
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("leads out of the school's folder"),
        "{}",
        run.stderr
    );
    std::fs::remove_file(school.join("bank/ur.ftl")).unwrap();
    let fifo = std::ffi::CString::new(school.join("bank/ur.ftl").to_str().unwrap()).unwrap();
    // SAFETY: a valid, NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o644) }, 0);
    let (run, _) = render("ur");
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("pipe (FIFO)"), "{}", run.stderr);
}
