//! Issue 21: a SENCo's and an office's first day. A new plan from `iepress new`, every
//! mistake of a plan named in one run, names in the family's own script, and a parents'
//! evening from a CSV saved by Excel (Windows line ends, "Surname Forename" names).

use crate::{example_school, iepress, temp};

#[test]
fn issue_21_a_new_plan_from_iepress_new_with_every_mistake_named_at_once() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans"]);
    let plan = school.join("plans/bilal-hussain.yaml");
    let run = iepress(dir.path(), &["new", plan.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let blank = std::fs::read_to_string(&plan).unwrap();
    for listed in [
        "sen-support | ehc-plan",
        "speech-and-language-therapy",
        "grandmother",
        "teaching-assistant",
        "{ bank: read-common-words",
    ] {
        assert!(
            blank.contains(listed),
            "`{listed}` is not in the blank plan"
        );
    }
    // It never writes over a file.
    std::fs::write(&plan, "mine").unwrap();
    let run = iepress(dir.path(), &["new", plan.to_str().unwrap()]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("`new` never writes over one"));
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), "mine");

    // Left blank, it names each required field in one run, in the order of the file.
    std::fs::write(&plan, &blank).unwrap();
    let run = iepress(
        dir.path(),
        &["render", plan.to_str().unwrap(), "-o", "b.pdf"],
    );
    assert_eq!(run.status, 1);
    let errors: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("error:"))
        .collect();
    let fields: Vec<&str> = errors
        .iter()
        .map(|e| {
            e.split("(field `")
                .nth(1)
                .unwrap()
                .split('`')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        fields,
        [
            "pupil.name",
            "plan.start",
            "plan.review",
            "plan.targets[0].target"
        ],
        "{}",
        run.stderr
    );
    assert!(errors[0].contains("`name` is empty, and a plan needs it"));

    // Filled in with two mistakes (a year group in words, a sentence with a colon): both
    // in one run, each at its line, with what to write.
    let filled = blank
        .replace("  name:       ", "  name: Bilal Hussain")
        .replace("  year_group:       ", "  year_group: Year 2")
        .replace("  start:    ", "  start: 2026-09-14")
        .replace("  review:    ", "  review: 2027-01-22")
        .replace(
            "    - target:     ",
            "    - target: Bilal will wait for his turn: 4 times out of 5.",
        );
    std::fs::write(&plan, &filled).unwrap();
    let run = iepress(
        dir.path(),
        &["render", plan.to_str().unwrap(), "-o", "b.pdf"],
    );
    assert_eq!(run.status, 1);
    let e = &run.stderr;
    assert_eq!(
        e.lines().filter(|l| l.starts_with("error:")).count(),
        2,
        "{e}"
    );
    assert!(
        e.contains("`Year 2` is not a number")
            && e.contains("hint: write a number from 0 (Reception) to 14"),
        "{e}"
    );
    assert!(
        e.contains("a colon and a space inside a text (`Bilal will wait for his turn: 4 times out of 5.`)")
            && e.contains("hint: put the text in quotes: `- target: \"Bilal will wait for his turn: 4 times out of 5.\"`"),
        "{e}"
    );
    // Mended as the hints say, it renders.
    let mended = filled
        .replace("year_group: Year 2", "year_group: 2")
        .replace(
            "target: Bilal will wait for his turn: 4 times out of 5.",
            "target: \"Bilal will wait for his turn: 4 times out of 5.\"",
        );
    std::fs::write(&plan, mended).unwrap();
    let run = iepress(
        dir.path(),
        &["render", plan.to_str().unwrap(), "-o", "b.pdf"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
}

/// A name given in the family's script as well is theirs in their copy, and the school's
/// in the school's copy.
#[test]
fn issue_21_names_in_the_familys_script() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans"]);
    let plan = school.join("plans/bilal-hussain.yaml");
    std::fs::write(
        &plan,
        "pupil:\n  name: { en-GB: Bilal Hussain, ur: بلال حسین }\n  known_as: { en-GB: Bilal, ur: بلال }\n  gender: male\nfamily:\n  contacts:\n    - { name: { en-GB: Nadia Hussain, ur: نادیہ حسین }, relationship: mother }\n  language: ur\nplan:\n  stage: sen-support\n  start: 2026-09-14\n  review: 2027-01-22\n  targets:\n    - target: { bank: read-common-words, count: 10, total: 30 }\n",
    )
    .unwrap();
    let urdu = dir.path().join("ur.pdf");
    let run = iepress(
        dir.path(),
        &[
            "render",
            plan.to_str().unwrap(),
            "-o",
            urdu.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = crate::pdf::squash(&crate::pdf::text(&urdu));
    assert!(
        text.contains("بلال حسین") && text.contains("نادیہ حسین"),
        "{text}"
    );
    assert!(!text.contains("Bilal") && !text.contains("Nadia"), "{text}");
    assert_eq!(
        crate::pdf::info(&urdu)
            .title
            .as_deref()
            .map(|t| t.contains("بلال حسین")),
        Some(true)
    );
    let english = dir.path().join("en.pdf");
    let run = iepress(
        dir.path(),
        &[
            "render",
            plan.to_str().unwrap(),
            "--lang",
            "en-GB",
            "-o",
            english.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = crate::pdf::text(&english);
    assert!(
        text.contains("Bilal Hussain") && !text.contains("بلال"),
        "{text}"
    );
}

/// An appointment list saved by Excel: Windows line ends (each problem at its true line),
/// pupils as the management system writes them ("Smith Oliver"), each with its plan
/// suggested, in the summary and in the pack's list; the families whose copy still has
/// the school's words in English, by name.
#[test]
fn issue_21_an_evening_from_an_excel_csv() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans", "translations"]);
    let csv = dir.path().join("evening.csv");
    std::fs::write(
        &csv,
        "time,pupil,teacher,room\r\n16:00,amira-khan,Mrs Patel,Oak\r\n16:10,Smith Oliver,Mr Hale,Ash\r\n16:20,NOWAK Zofia,Mrs Patel,Oak\r\n16:30,zofia-nowak,Mrs Patel,Oak\r\n",
    )
    .unwrap();
    let out = dir.path().join("evening");
    let run = iepress(
        dir.path(),
        &[
            "batch",
            school.to_str().unwrap(),
            "--appointments",
            csv.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 1);
    let e = &run.stderr;
    assert!(
        e.contains("evening.csv:3:7") && e.contains("hint: did you mean `oliver-smith`?"),
        "{e}"
    );
    assert!(
        e.contains("evening.csv:4:7") && e.contains("hint: did you mean `zofia-nowak`?"),
        "{e}"
    );
    assert!(
        e.contains("copies show some of the school's text in the school's language"),
        "{e}"
    );
    assert!(
        e.contains("  Amira Khan (1600-amira-khan.parent.ur.pdf): "),
        "{e}"
    );
    let pack = crate::pdf::squash(&crate::pdf::text(&out.join("print-pack.pdf")));
    // (pdftotext may join `oliver-` and `smith` across the line's end.)
    assert!(pack.contains("(did you mean `oliver"), "{pack}");
}

/// Translating: words edited after they were translated (a word added) are named as a
/// stale translation when a copy is made, and the export offers the earlier translation
/// to check (fuzzy); an export for one plan or for the families who read the language
/// lists only theirs; a file in `translations/` that is not read is named; a quote inside
/// a text that msgfmt refuses is refused at its line.
#[test]
fn issue_21_translations_that_went_stale_or_are_not_read_are_named() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans", "translations"]);
    let plan = school.join("plans/amira-khan.yaml");
    let text = std::fs::read_to_string(&plan).unwrap().replace(
        "word mat for writing tasks.",
        "word mat for all writing tasks.",
    );
    std::fs::write(&plan, text).unwrap();
    std::fs::copy(
        school.join("translations/ur.po"),
        school.join("translations/ur.po.txt"),
    )
    .unwrap();
    let run = iepress(
        dir.path(),
        &["render", plan.to_str().unwrap(), "-o", "a.pdf"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let e = &run.stderr;
    assert!(
        e.contains("  - plan.strategies_that_work[1] (")
            && e.contains("its translation went stale: it is of an earlier wording, \"Give her a printed word mat for writing tasks.\""),
        "{e}"
    );
    assert!(
        e.contains("ur.po.txt") && e.contains("hint: rename it translations/ur.po"),
        "{e}"
    );

    let po = dir.path().join("ur-amira.po");
    let run = iepress(
        dir.path(),
        &[
            "translate",
            "export",
            school.to_str().unwrap(),
            "--lang",
            "ur",
            "--plan",
            plan.to_str().unwrap(),
            "-o",
            po.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let po = std::fs::read_to_string(&po).unwrap();
    assert!(po.contains("#, fuzzy\nmsgid \"Give her a printed word mat for all writing tasks.\"\nmsgstr \"لکھنے کے کاموں"), "{po}");
    assert!(
        !po.contains("zofia-nowak.yaml") && !po.contains("oliver-smith.yaml"),
        "{po}"
    );
    // The families who read Polish: Zosia's plan only.
    let pl = dir.path().join("pl.po");
    let run = iepress(
        dir.path(),
        &[
            "translate",
            "export",
            school.to_str().unwrap(),
            "--lang",
            "pl",
            "--families",
            "-o",
            pl.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(run.stderr.contains("from 1 plan(s)"), "{}", run.stderr);

    // An export into the school's own translations file merges into it: the texts it
    // lacks are added, every translation it has is kept, however often it is run.
    let ur = school.join("translations/ur.po");
    let before = std::fs::read_to_string(&ur).unwrap();
    for _ in 0..2 {
        let run = iepress(
            dir.path(),
            &[
                "translate",
                "export",
                school.to_str().unwrap(),
                "--lang",
                "ur",
                "-o",
                ur.to_str().unwrap(),
            ],
        );
        assert_eq!(run.status, 0, "{}", run.stderr);
        assert!(
            run.stderr.contains("every entry already in it kept"),
            "{}",
            run.stderr
        );
    }
    let after = std::fs::read_to_string(&ur).unwrap();
    for line in before
        .lines()
        .filter(|l| l.starts_with("msgstr \"") && l.len() > 10)
    {
        assert!(after.contains(line), "lost: {line}");
    }
    assert!(after.contains("msgid \"Give her a printed word mat for all writing tasks.\""));

    // A quote inside a translation, unescaped.
    let ur = school.join("translations/ur.po");
    let text = std::fs::read_to_string(&ur).unwrap();
    let broken = text.replacen("msgstr \"ہر بدھ", "msgstr \"\"ہر بدھ", 1);
    assert_ne!(broken, text);
    std::fs::write(&ur, broken).unwrap();
    let run = iepress(
        dir.path(),
        &["render", plan.to_str().unwrap(), "-o", "b.pdf"],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .contains("has a quote inside it that is not written \\\""),
        "{}",
        run.stderr
    );
}

/// The print pack: the evening's date on the cover, every page's number in the pack at
/// its top (as an artifact: the tags are the copies' own), and each copy's first page
/// stamped with its appointment, so that the list's page numbers can be found.
#[test]
fn issue_21_the_pack_prints_its_page_numbers_and_appointments() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans", "translations", "evening.csv"]);
    let out = dir.path().join("evening");
    let run = iepress(
        dir.path(),
        &[
            "batch",
            school.to_str().unwrap(),
            "--appointments",
            school.join("evening.csv").to_str().unwrap(),
            "--date",
            "2027-01-21",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let pack = out.join("print-pack.pdf");
    let page = |n: usize| {
        let o = std::process::Command::new("pdftotext")
            .args(["-f", &n.to_string(), "-l", &n.to_string(), "-layout"])
            .arg(&pack)
            .arg("-")
            .output()
            .unwrap();
        String::from_utf8(o.stdout).unwrap()
    };
    let cover = page(1);
    assert!(cover.contains("21 January 2027"), "{cover}");
    // The copies with some of the school's words untranslated are marked in the list.
    // (The list's cell wraps the words, which -layout keeps in their column.)
    let plain = crate::pdf::text(&pack);
    assert!(
        crate::pdf::squash(&plain).contains("Urdu (1 text not translated)"),
        "{plain}"
    );
    // The list says where Amira's family copy starts; that page says so at its top.
    let line = cover.lines().find(|l| l.contains("Amira Khan")).unwrap();
    let first: usize = line
        .split_whitespace()
        .find_map(|w| w.parse().ok().filter(|n: &usize| *n > 1))
        .unwrap();
    let top = page(first);
    // (The copy is in Urdu: pdftotext marks the line's direction, which squash drops.)
    let head = crate::pdf::squash(top.lines().find(|l| !l.trim().is_empty()).unwrap());
    assert!(head.contains("16:00 · Oak · Amira Khan · "), "{head}");
    assert!(head.ends_with(&first.to_string()), "{head}");
    let next = page(first + 1);
    let head = crate::pdf::squash(next.lines().find(|l| !l.trim().is_empty()).unwrap());
    assert!(head.ends_with(&(first + 1).to_string()), "{head}");
    // Still tagged PDF/UA: the stamps are artifacts, outside the structure tree.
    let info = crate::pdf::info(&pack);
    assert!(info.claims_ua1 && info.marked);
}
