//! The translator workflow: export the school's untranslated texts as PO, translate, and
//! render with the translations; `--strict` and `--bilingual`.

use std::path::{Path, PathBuf};

use polib::message::{MessageMutView, MessageView};

use crate::pdf::{squash, text};
use crate::{brookfield, iepress, temp};

/// Copies the example school into a temp folder.
fn school_copy(dir: &Path) -> PathBuf {
    let school = dir.join("brookfield");
    std::fs::create_dir_all(school.join("plans")).unwrap();
    std::fs::copy(brookfield().join("school.yaml"), school.join("school.yaml")).unwrap();
    for plan in ["amira-khan", "oliver-smith", "zofia-nowak"] {
        let name = format!("plans/{plan}.yaml");
        std::fs::copy(brookfield().join(&name), school.join(&name)).unwrap();
    }
    school
}

fn export(dir: &Path, school: &Path, lang: &str) -> polib::catalog::Catalog {
    let po = dir.join(format!("{lang}.po"));
    // A fresh export each time (one into a file that exists merges into it).
    let _ = std::fs::remove_file(&po);
    let run = iepress(
        dir,
        &[
            "translate",
            "export",
            school.to_str().unwrap(),
            "--lang",
            lang,
            "-o",
            po.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    polib::po_file::parse(&po).expect("the exported PO file parses")
}

#[test]
fn export_lists_each_untranslated_text_once_with_its_fields_and_files() {
    let dir = temp();
    let school = school_copy(dir.path());
    // Who helps with Amira's first and third targets in the school's words (in the
    // example they are structured, written out by iepress in every language).
    let amira = school.join("plans/amira-khan.yaml");
    let yaml = std::fs::read_to_string(&amira).unwrap().replace(
        "{ role: teaching-assistant, name: Mrs Lee }",
        "Mrs Lee (teaching assistant)",
    );
    std::fs::write(&amira, yaml).unwrap();
    let catalog = export(dir.path(), &school, "pl");
    let ids: Vec<String> = catalog.messages().map(|m| m.msgid().to_owned()).collect();
    // Issue 16: a role and a schedule need no translator: not exported.
    assert!(
        !ids.iter()
            .any(|i| i.contains("Tuesday") || i == "Class teacher")
    );
    assert!(!ids.iter().any(|i| i.contains("Miss Ruiz (")));
    // Zofia's `about` and first target have Polish in the plan: not exported.
    assert!(!ids.iter().any(|i| i.starts_with("Zosia is curious")));
    assert!(!ids.iter().any(|i| i.starts_with("Zosia will say when")));
    // Amira's and Oliver's texts are; a sentence used twice is listed once.
    assert!(ids.iter().any(|i| i.starts_with("Amira is kind")));
    let who = catalog
        .messages()
        .find(|m| m.msgid() == "Mrs Lee (teaching assistant)")
        .expect("a shared text");
    assert!(
        who.extracted_comments()
            .contains("plan.targets[0].who (plans/amira-khan.yaml)")
    );
    assert!(
        who.extracted_comments()
            .contains("plan.targets[2].who (plans/amira-khan.yaml)")
    );
    assert_eq!(
        ids.iter()
            .filter(|i| *i == "Mrs Lee (teaching assistant)")
            .count(),
        1
    );
    assert!(
        ids.iter()
            .any(|i| i == "Riverside SEND Information, Advice and Support Service")
    );
}

/// Translate every exported text, save it as translations/pl.po, and render.
#[test]
fn translations_round_trip_into_the_copy() {
    let dir = temp();
    let school = school_copy(dir.path());
    let plan = school.join("plans/zofia-nowak.yaml");
    let plan = plan.to_str().unwrap();

    // Before: --strict refuses, and writes nothing.
    let run = iepress(
        dir.path(),
        &["render", plan, "--strict", "-o", "strict.pdf"],
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(run.stderr.contains("--strict"), "{}", run.stderr);
    assert!(!dir.path().join("strict.pdf").exists());

    let mut catalog = export(dir.path(), &school, "pl");
    let count = catalog.count();
    assert!(count > 20);
    for mut m in catalog.messages_mut() {
        let translated = if m.msgid().starts_with("Zosia has a hearing impairment") {
            "Zosia ma wadę słuchu i nosi dwa aparaty słuchowe.".to_owned()
        } else {
            format!("[pl] {}", m.msgid())
        };
        m.set_msgstr(translated).unwrap();
    }
    // A fuzzy entry is never used.
    for mut m in catalog.messages_mut() {
        if m.msgid() == "Use the radio aid microphone in every lesson." {
            m.set_msgstr("NIEPEWNE TŁUMACZENIE".to_owned()).unwrap();
            m.flags_mut().add_flag("fuzzy");
        }
    }
    std::fs::create_dir_all(school.join("translations")).unwrap();
    polib::po_file::write_to_file(&catalog, &school.join("translations/pl.po")).unwrap();

    let run = iepress(dir.path(), &["render", plan, "-o", "z.pdf"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let words = squash(&text(&dir.path().join("z.pdf")));
    assert!(
        words.contains("Zosia ma wadę słuchu i nosi dwa aparaty słuchowe."),
        "{words}"
    );
    assert!(
        words.contains("[pl] Pre-teaching of topic words with pictures"),
        "{words}"
    );
    // Who helps and when, given as a role and a schedule, are in Polish with no
    // translator (issue 16).
    assert!(
        words.contains("Mrs Kaur (asystent nauczyciela)")
            && words.contains("15 minut, poniedziałek i środa"),
        "{words}"
    );
    // The plan's own translation wins over the PO file.
    assert!(words.contains("Zosia jest ciekawa świata"), "{words}");
    // The fuzzy one falls back to English and is reported.
    assert!(!words.contains("NIEPEWNE"), "{words}");
    assert!(words.contains("Use the radio aid microphone in every lesson."));
    assert!(
        run.stderr.contains("plan.strategies_that_work[1]"),
        "{}",
        run.stderr
    );

    // Export again: only the fuzzy text is left, with its suggestion still marked fuzzy.
    let again = export(dir.path(), &school, "pl");
    let left: Vec<_> = again.messages().collect();
    assert_eq!(left.len(), 1, "only the fuzzy entry is left");
    assert!(left[0].is_fuzzy());
    assert_eq!(left[0].msgstr().unwrap(), "NIEPEWNE TŁUMACZENIE");

    // Bilingual: the Polish and the school's English, one under the other.
    let run = iepress(dir.path(), &["render", plan, "--bilingual", "-o", "bi.pdf"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let words = squash(&text(&dir.path().join("bi.pdf")));
    assert!(
        words.contains(
            "Zosia ma wadę słuchu i nosi dwa aparaty słuchowe. Zosia has a hearing impairment"
        ),
        "{words}"
    );
}

#[test]
fn a_broken_po_file_is_named() {
    let dir = temp();
    let school = school_copy(dir.path());
    std::fs::create_dir_all(school.join("translations")).unwrap();
    std::fs::write(
        school.join("translations/pl.po"),
        "msgid \"x\"\nmsgstr unquoted\n",
    )
    .unwrap();
    let plan = school.join("plans/zofia-nowak.yaml");
    let run = iepress(
        dir.path(),
        &["render", plan.to_str().unwrap(), "-o", "z.pdf"],
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(run.stderr.contains("translations/pl.po"), "{}", run.stderr);
    assert!(!dir.path().join("z.pdf").exists());
}
