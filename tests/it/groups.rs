//! Issue 19: group learning plans. A plan in `plans/groups/` for pupils who get extra help
//! together: one copy for each pupil, in the family's language and print size, naming only
//! that child; the pupil's own plan and the parents' evening include it; no text of it may
//! name one of the group's pupils.

use crate::{example_school, iepress, temp};

/// Every way each pupil of the example group is named.
const NAMES: [(&str, &[&str]); 3] = [
    ("amira-khan", &["Amira", "Khan"]),
    ("zofia-nowak", &["Zofia", "Zosia", "Nowak"]),
    ("oliver-smith", &["Oliver", "Ollie", "Smith"]),
];

fn names_in(text: &str) -> Vec<&'static str> {
    NAMES
        .iter()
        .flat_map(|(_, names)| names.iter().copied())
        .filter(|n| text.contains(n))
        .collect()
}

#[test]
fn issue_19_a_group_plan_gives_each_family_a_copy_naming_only_their_child() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans", "translations"]);
    let group = school.join("plans/groups/listening-group.yaml");
    let out = dir.path().join("copies");
    let run = iepress(
        dir.path(),
        &[
            "render",
            group.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    // One copy a pupil, in the family's language and print size.
    let mut files: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(
        files,
        [
            "listening-group.amira-khan.ur.pdf",
            "listening-group.oliver-smith.en-GB.large-print.pdf",
            "listening-group.zofia-nowak.pl.pdf",
        ]
    );
    // (The heading's two parts: pdftotext moves the colon of a right-to-left line.)
    for (pupil, lang, heading, own) in [
        (
            "amira-khan",
            "ur",
            ["گروپ میں سیکھنے کا پلان", "سننے کی مشق کا گروپ"],
            &["Amira", "Khan"][..],
        ),
        (
            "zofia-nowak",
            "pl",
            ["Plan nauki w grupie:", "Grupa ćwiczeń słuchania"],
            &["Zosia", "Nowak"][..],
        ),
        (
            "oliver-smith",
            "en-GB",
            ["Group learning plan:", "Listening group"],
            &["Ollie", "Smith"][..],
        ),
    ] {
        let file = files.iter().find(|f| f.contains(pupil)).unwrap();
        let pdf = out.join(file);
        let info = crate::pdf::info(&pdf);
        assert_eq!(info.lang.as_deref(), Some(lang));
        let text = crate::pdf::squash(&crate::pdf::text(&pdf));
        for part in heading {
            assert!(text.contains(part), "{pupil}: no `{part}` in {text}");
        }
        // Their child, by name; no other child of the group, by any name.
        let named = names_in(&text);
        for name in own {
            assert!(named.contains(name), "{pupil}: {name} not named in {text}");
        }
        let theirs = NAMES.iter().find(|(p, _)| *p == pupil).unwrap().1;
        for name in named {
            assert!(
                theirs.contains(&name),
                "{pupil}'s copy names {name}:\n{text}"
            );
        }
        // Only their own outcomes at the review (Zosia partly met both targets).
        if pupil == "zofia-nowak" {
            assert!(!text.contains("Osiągnięty"), "{text}");
        }
    }
    let large = out.join("listening-group.oliver-smith.en-GB.large-print.pdf");
    assert!(crate::pdf::info(&large).min_text_size >= 17.9);
    // The web page: the same, marked with the family's language.
    let html = dir.path().join("zosia.html");
    let run = iepress(
        dir.path(),
        &[
            "render",
            group.to_str().unwrap(),
            "--format",
            "html",
            "-o",
            html.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let page = std::fs::read_to_string(html.join("listening-group.zofia-nowak.pl.html")).unwrap();
    assert!(page.contains("<html lang=\"pl\""));
    assert_eq!(
        names_in(&page)
            .iter()
            .filter(|n| **n == "Amira" || **n == "Ollie")
            .count(),
        0
    );
}

#[test]
fn issue_19_the_pupils_own_plan_and_the_parents_evening_include_their_groups() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans", "translations", "evening.csv"]);
    let pdf = dir.path().join("ollie.pdf");
    let run = iepress(
        dir.path(),
        &[
            "render",
            school.join("plans/oliver-smith.yaml").to_str().unwrap(),
            "-o",
            pdf.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = crate::pdf::squash(&crate::pdf::text(&pdf));
    let own = text.find("Targets").unwrap();
    let group = text
        .find("Group learning plan: Listening group")
        .expect("the group's section");
    assert!(own < group);
    assert!(text[group..].contains("Ollie will sit and listen at carpet time for 5 minutes"));
    assert_eq!(
        names_in(&text)
            .iter()
            .filter(|n| ["Amira", "Zosia"].contains(n))
            .count(),
        0
    );

    // The parents' evening: each family's copy has its child's group plan.
    let out = dir.path().join("evening");
    let run = iepress(
        dir.path(),
        &[
            "batch",
            school.to_str().unwrap(),
            "--appointments",
            school.join("evening.csv").to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let zosia = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains("zofia-nowak.parent.pl"))
        .unwrap();
    let text = crate::pdf::squash(&crate::pdf::text(&zosia));
    assert!(
        text.contains("Plan nauki w grupie: Grupa ćwiczeń słuchania"),
        "{text}"
    );
    let pack = crate::pdf::text(&out.join("print-pack.pdf"));
    assert!(crate::pdf::squash(&pack).contains("Plan nauki w grupie"));
}

/// What a group plan may not do: name one of its pupils in a text every family reads, list
/// a pupil with no plan, or give outcomes for a pupil not in the group; each named with its
/// file, line, column and field. A pupil's own copy is not stopped by a group they are not
/// in.
#[test]
fn issue_19_a_group_plan_that_names_a_pupil_is_refused() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans"]);
    let group = school.join("plans/groups/listening-group.yaml");
    let text = std::fs::read_to_string(&group).unwrap();
    let edit = |from: &str, to: &str| {
        assert!(text.contains(from));
        std::fs::write(&group, text.replace(from, to)).unwrap();
        iepress(
            dir.path(),
            &["render", group.to_str().unwrap(), "-o", "copies"],
        )
    };
    let run = edit(
        "    - target: { bank: wait-turn-to-speak, times: 4, of: 5 }",
        "    - target: Zosia and Amira will wait for their turn to speak.",
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("the text names Amira, one of the group's pupils; every family in the group reads it (field `plan.targets[1].target`)")
            && run.stderr.contains("listening-group.yaml:24:15"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("hint: write \"the group\" or \"each pupil\" instead")
    );
    assert!(
        !dir.path().join("copies").exists()
            || std::fs::read_dir(dir.path().join("copies"))
                .unwrap()
                .next()
                .is_none()
    );

    let run = edit(
        "pupils: [amira-khan, zofia-nowak, oliver-smith]",
        "pupils: [amira-khan, zofia-nowk]",
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .contains("`zofia-nowk` has no plan in the plans folder (field `pupils[1]`)")
            && run.stderr.contains("did you mean `zofia-nowak`?"),
        "{}",
        run.stderr
    );
    let run = edit("    oliver-smith: [", "    oliver-smyth: [");
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("`oliver-smyth` has outcomes but is not one of the group's pupils (field `review.outcomes.oliver-smyth`)"), "{}", run.stderr);

    // A group plan that cannot be read stops its pupils' own copies too (each would lack
    // its group), and names itself; it does not stop the copies of a pupil not in it.
    let run = iepress(
        dir.path(),
        &[
            "render",
            school.join("plans/zofia-nowak.yaml").to_str().unwrap(),
            "-o",
            "z.pdf",
        ],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("listening-group.yaml"),
        "{}",
        run.stderr
    );
    let without_zosia = text.replace("zofia-nowak, ", "").replace(
        "    zofia-nowak: [{ result: partly }, { result: partly }]\n",
        "",
    );
    std::fs::write(&group, without_zosia).unwrap();
    let run = iepress(
        dir.path(),
        &[
            "render",
            school.join("plans/zofia-nowak.yaml").to_str().unwrap(),
            "-o",
            "z.pdf",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
}

/// The group's words go to the translators with the school's other words.
#[test]
fn issue_19_a_group_plans_words_are_exported_for_translation() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans"]);
    let group = school.join("plans/groups/listening-group.yaml");
    let text = std::fs::read_to_string(&group).unwrap().replace(
        "    - target: { bank: wait-turn-to-speak, times: 4, of: 5 }",
        "    - target: Each pupil will wait for a turn to speak.",
    );
    std::fs::write(&group, text).unwrap();
    let po = dir.path().join("pl.po");
    let run = iepress(
        dir.path(),
        &[
            "translate",
            "export",
            school.to_str().unwrap(),
            "--lang",
            "pl",
            "-o",
            po.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let po = std::fs::read_to_string(&po).unwrap();
    assert!(
        po.contains("msgid \"Each pupil will wait for a turn to speak.\""),
        "{po}"
    );
    assert!(po.contains("plans/groups/listening-group.yaml"), "{po}");
}

/// `iepress lint` on a school reads its group plans too, with their lines.
#[test]
fn issue_19_a_group_plan_is_linted_with_the_schools_plans() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans"]);
    let run = iepress(
        dir.path(),
        &["lint", school.to_str().unwrap(), "--deny-warnings"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("0 finding(s) in 4 plan(s)"),
        "{}",
        run.stderr
    );
    let group = school.join("plans/groups/listening-group.yaml");
    let text = std::fs::read_to_string(&group).unwrap().replacen(
        "      does_what: { bank: language-group }",
        "      does_what: Support as needed",
        1,
    );
    std::fs::write(&group, text).unwrap();
    let run = iepress(dir.path(), &["lint", school.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("(field `plan.targets[0].does_what`)")
            && run.stderr.contains("listening-group.yaml:20:18"),
        "{}",
        run.stderr
    );
}
