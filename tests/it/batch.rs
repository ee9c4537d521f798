//! `iepress batch` and `iepress demo`: a parents' evening's documents and print pack.

use std::path::Path;

use iepress::localize::without_marks;
use lopdf::{Document, Object, ObjectId};

use crate::{brookfield, example_school, iepress, root, temp, update_refs};

/// A copy of the example school in `dir`, to change without touching the original.
fn copy_school(dir: &Path) -> std::path::PathBuf {
    example_school(dir, &["plans", "evening.csv"])
}

fn batch(dir: &Path, school: &Path, appointments: Option<&Path>, out: &Path) -> crate::Run {
    let mut args = vec!["batch", school.to_str().unwrap()];
    if let Some(csv) = appointments {
        args.extend(["--appointments", csv.to_str().unwrap()]);
    }
    args.extend(["-o", out.to_str().unwrap()]);
    iepress(dir, &args)
}

fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A bookmark: its title, the (1-based) page it opens, and the titles and pages under it.
type Bookmark = (String, usize, Vec<(String, usize)>);

/// The bookmarks from `first` on.
/// The bookmarks, each title without the marks that set a message's values apart (they
/// stay in a bookmark, which a viewer lays out with its own bidi).
fn outline(doc: &Document, first: Option<ObjectId>) -> Vec<Bookmark> {
    let pages: Vec<ObjectId> = doc.get_pages().values().copied().collect();
    let mut items = Vec::new();
    let mut cursor = first;
    while let Some(id) = cursor {
        let item = doc.get_dictionary(id).unwrap();
        let title = without_marks(&lopdf::decode_text_string(item.get(b"Title").unwrap()).unwrap());
        let page = |item: &lopdf::Dictionary| {
            let dest = item.get(b"Dest").unwrap().as_array().unwrap();
            let target = dest[0].as_reference().unwrap();
            pages.iter().position(|p| *p == target).unwrap() + 1
        };
        let mut children = Vec::new();
        let mut child = item.get(b"First").and_then(Object::as_reference).ok();
        while let Some(c) = child {
            let dict = doc.get_dictionary(c).unwrap();
            children.push((
                without_marks(&lopdf::decode_text_string(dict.get(b"Title").unwrap()).unwrap()),
                page(dict),
            ));
            child = dict.get(b"Next").and_then(Object::as_reference).ok();
        }
        items.push((title, page(item), children));
        cursor = item.get(b"Next").and_then(Object::as_reference).ok();
    }
    items
}

fn string(doc: &Document, dict: &lopdf::Dictionary, key: &[u8]) -> String {
    let object = dict.get(key).unwrap();
    let object = match object {
        Object::Reference(id) => doc.get_object(*id).unwrap(),
        other => other,
    };
    String::from_utf8_lossy(object.as_str().unwrap()).into_owned()
}

#[test]
fn a_parents_evening_gives_every_copy_and_one_print_pack() {
    let dir = temp();
    let out = dir.path().join("evening");
    let run = batch(
        dir.path(),
        &brookfield(),
        Some(&brookfield().join("evening.csv")),
        &out,
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        files(&out),
        [
            ".iepress-batch",
            "1600-amira-khan.parent.ur.pdf",
            "1600-amira-khan.school.en-GB.pdf",
            "1610-oliver-smith.parent.en-GB.large-print.pdf",
            "1610-oliver-smith.school.en-GB.pdf",
            "1620-zofia-nowak.parent.pl.pdf",
            "1620-zofia-nowak.school.en-GB.pdf",
            "print-pack.pdf",
        ]
    );
    // Not a terminal: a plain line a document, then the summary.
    assert!(run.stderr.contains("[6/6] wrote "), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("wrote 6 of 6 documents for 3 appointments"),
        "{}",
        run.stderr
    );

    let pack = Document::load(out.join("print-pack.pdf")).unwrap();
    let catalog = pack.catalog().unwrap();
    assert_eq!(string(&pack, catalog, b"Lang"), "en-GB");
    let info = pack
        .get_dictionary(pack.trailer.get(b"Info").unwrap().as_reference().unwrap())
        .unwrap();
    assert_eq!(string(&pack, info, b"Title"), "Parents' evening print pack");

    // Every document starts on a right-hand (odd) page, after the list of appointments,
    // and the bookmarks lead to each appointment and each copy.
    let outlines = pack
        .get_dictionary(catalog.get(b"Outlines").unwrap().as_reference().unwrap())
        .unwrap();
    let items = outline(
        &pack,
        outlines.get(b"First").and_then(Object::as_reference).ok(),
    );
    let titles: Vec<&str> = items.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Parents' evening print pack",
            "16:00 Amira Khan – Mrs J. Patel, Oak",
            "16:10 Oliver Smith – Mr T. Okafor, Ash",
            "16:20 Zofia Nowak – Mrs A. Brown, Elm",
        ]
    );
    assert_eq!(items[0].1, 1);
    let copies: Vec<(&str, usize)> = items[1..]
        .iter()
        .flat_map(|(_, _, c)| c.iter().map(|(t, p)| (t.as_str(), *p)))
        .collect();
    let labels: Vec<&str> = copies.iter().map(|(t, _)| *t).collect();
    assert_eq!(
        labels,
        [
            "Parent copy in Urdu",
            "School copy in English",
            "Parent copy in English, large print",
            "School copy in English",
            "Parent copy in Polish",
            "School copy in English",
        ]
    );
    for (label, page) in &copies {
        assert!(
            page % 2 == 1,
            "{label} starts on page {page}, a left-hand page"
        );
    }
    // Each copy is as long as its own file, and the pages between are blank.
    let files_in_order = [
        "1600-amira-khan.parent.ur.pdf",
        "1600-amira-khan.school.en-GB.pdf",
        "1610-oliver-smith.parent.en-GB.large-print.pdf",
        "1610-oliver-smith.school.en-GB.pdf",
        "1620-zofia-nowak.parent.pl.pdf",
        "1620-zofia-nowak.school.en-GB.pdf",
    ];
    let mut expected_page = copies[0].1;
    for ((_, page), file) in copies.iter().zip(files_in_order) {
        assert_eq!(*page, expected_page, "{file}");
        let pages = Document::load(out.join(file)).unwrap().get_pages().len();
        expected_page += pages + pages % 2;
    }
    assert_eq!(pack.get_pages().len(), expected_page - 1);

    // One structure tree: a Document in the school's language with a Part a document,
    // each in its own language.
    let tree = pack
        .get_dictionary(
            catalog
                .get(b"StructTreeRoot")
                .unwrap()
                .as_reference()
                .unwrap(),
        )
        .unwrap();
    let root = tree.get(b"K").unwrap().as_array().unwrap();
    assert_eq!(root.len(), 1);
    let document = pack
        .get_dictionary(root[0].as_reference().unwrap())
        .unwrap();
    assert_eq!(document.get(b"S").unwrap().as_name().unwrap(), b"Document");
    let parts: Vec<String> = document
        .get(b"K")
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|k| {
            let part = pack.get_dictionary(k.as_reference().unwrap()).unwrap();
            assert_eq!(part.get(b"S").unwrap().as_name().unwrap(), b"Part");
            string(&pack, part, b"Lang")
        })
        .collect();
    assert_eq!(
        parts,
        ["en-GB", "ur", "en-GB", "en-GB", "en-GB", "pl", "en-GB"]
    );

    // The list of appointments gives the same pages as the bookmarks.
    let text = std::process::Command::new("pdftotext")
        .args(["-f", "1", "-l", "1", "-layout"])
        .arg(out.join("print-pack.pdf"))
        .arg("-")
        .output()
        .expect("pdftotext runs (poppler-utils)");
    let text = String::from_utf8_lossy(&text.stdout);
    for (name, parent, school) in [
        ("Amira Khan", copies[0].1, copies[1].1),
        ("Oliver Smith", copies[2].1, copies[3].1),
        ("Zofia Nowak", copies[4].1, copies[5].1),
    ] {
        let line = text
            .lines()
            .find(|l| l.contains(name))
            .unwrap_or_else(|| panic!("{name} is not listed:\n{text}"));
        let numbers: Vec<usize> = line
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        assert_eq!(numbers, [parent, school], "{line}");
    }
    assert!(
        text.contains("English,") && text.contains("large print"),
        "{text}"
    );
}

#[test]
fn a_bad_plan_or_row_costs_only_its_own_appointment() {
    let dir = temp();
    let school = copy_school(dir.path());
    // Zofia's plan has a date that does not exist; one row names a pupil with no plan.
    let plan = school.join("plans/zofia-nowak.yaml");
    let text = std::fs::read_to_string(&plan).unwrap();
    std::fs::write(
        &plan,
        text.replacen("start: 2026-", "start: 2026-02-30 #", 1),
    )
    .unwrap();
    let csv = school.join("evening.csv");
    let mut rows = std::fs::read_to_string(&csv).unwrap();
    rows.push_str("16:30,amira-kahn,Mrs J. Patel,Oak\n25:00,oliver-smith,Mr T. Okafor,Ash\n");
    std::fs::write(&csv, rows).unwrap();
    let out = dir.path().join("evening");
    let run = batch(dir.path(), &school, Some(&csv), &out);

    assert_eq!(run.status, 1, "{}", run.stderr);
    // The good appointments have all their documents, and nothing half-written is left.
    assert_eq!(
        files(&out),
        [
            ".iepress-batch",
            "1600-amira-khan.parent.ur.pdf",
            "1600-amira-khan.school.en-GB.pdf",
            "1610-oliver-smith.parent.en-GB.large-print.pdf",
            "1610-oliver-smith.school.en-GB.pdf",
            "print-pack.pdf",
        ]
    );
    let stderr = &run.stderr;
    assert!(
        stderr.contains("wrote 4 of 10 documents for 5 appointments"),
        "{stderr}"
    );
    // Each bad appointment is named once, with the file, line, column, field and a fix.
    assert_eq!(
        stderr.matches("error: 16:20 zofia-nowak").count(),
        1,
        "{stderr}"
    );
    assert!(stderr.contains("zofia-nowak.yaml:"), "{stderr}");
    assert!(
        stderr.contains("no plan for `amira-kahn`")
            && stderr.contains("did you mean `amira-khan`?"),
        "{stderr}"
    );
    assert!(
        stderr.contains("evening.csv:5:") && stderr.contains("(field `pupil`)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`25:00` is not a time of day (field `time`)")
            && stderr.contains("evening.csv:6:1"),
        "{stderr}"
    );
    assert!(
        stderr.contains("3 of 5 appointments are missing documents"),
        "{stderr}"
    );
    // The print pack lists the appointments it could not hold, with the reason.
    let text = std::process::Command::new("pdftotext")
        .args(["-f", "1", "-l", "2"])
        .arg(out.join("print-pack.pdf"))
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("Not in this pack"), "{text}");
    assert!(
        text.contains("amira-kahn") && text.contains("zofia-nowak"),
        "{text}"
    );
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let dir = temp();
    let csv = brookfield().join("evening.csv");
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    for (out, jobs) in [(&one, "1"), (&two, "2")] {
        let run = iepress(
            dir.path(),
            &[
                "batch",
                brookfield().to_str().unwrap(),
                "--appointments",
                csv.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
                "--jobs",
                jobs,
            ],
        );
        assert_eq!(run.status, 0, "{}", run.stderr);
    }
    for name in files(&one) {
        let (a, b) = (
            std::fs::read(one.join(&name)).unwrap(),
            std::fs::read(two.join(&name)).unwrap(),
        );
        assert!(a == b, "{name} differs between two runs");
    }
}

#[test]
fn without_appointments_every_plan_is_made() {
    let dir = temp();
    let out = dir.path().join("all");
    let run = batch(dir.path(), &brookfield(), None, &out);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(
        files(&out),
        [
            ".iepress-batch",
            "amira-khan.parent.ur.pdf",
            "amira-khan.school.en-GB.pdf",
            "oliver-smith.parent.en-GB.large-print.pdf",
            "oliver-smith.school.en-GB.pdf",
            "print-pack.pdf",
            "zofia-nowak.parent.pl.pdf",
            "zofia-nowak.school.en-GB.pdf",
        ]
    );
}

#[test]
fn an_appointment_list_without_a_pupil_column_is_refused() {
    let dir = temp();
    let csv = dir.path().join("list.csv");
    std::fs::write(&csv, "time,child,teacher\n16:00,amira-khan,Mrs J. Patel\n").unwrap();
    let out = dir.path().join("out");
    let run = batch(dir.path(), &brookfield(), Some(&csv), &out);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .contains("has no `pupil` column (its columns are `time`, `child`, `teacher`)")
            && run.stderr.contains("list.csv:1:1")
            && run.stderr.contains("hint:"),
        "{}",
        run.stderr
    );
    assert!(!out.join("print-pack.pdf").exists());
}

#[test]
fn a_made_up_school_renders_as_a_parents_evening() {
    let dir = temp();
    let school = dir.path().join("demo");
    let run = iepress(
        dir.path(),
        &["demo", school.to_str().unwrap(), "--pupils", "6"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(std::fs::read_dir(school.join("plans")).unwrap().count(), 6);
    let csv = school.join("evening.csv");
    let rows = std::fs::read_to_string(&csv).unwrap();
    assert_eq!(rows.lines().count(), 7, "{rows}");
    let out = dir.path().join("evening");
    let run = batch(dir.path(), &school, Some(&csv), &out);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert_eq!(files(&out).len(), 14);
    // Issue 16: the made-up plans are written with the bank, roles and schedules, so most
    // of a family's copy is in its language: only the about, needs and what-helps texts (a
    // school's own words) are English in the copies in other languages.
    for plan in std::fs::read_dir(school.join("plans")).unwrap() {
        let yaml = std::fs::read_to_string(plan.unwrap().path()).unwrap();
        assert!(yaml.matches("{ bank: ").count() >= 12, "{yaml}");
        assert!(yaml.contains("  gender: "), "{yaml}");
    }
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("of the school's texts reached the family's language"));
    if let Some(line) = line {
        let numbers: Vec<usize> = line
            .split_whitespace()
            .filter_map(|w| w.parse().ok())
            .collect();
        // Reached, of, copies: at least two thirds reached.
        assert!(numbers[0] * 3 >= numbers[1] * 2, "{line}");
    }
    // A second demo into the same folder would overwrite the school: refused.
    let again = iepress(dir.path(), &["demo", school.to_str().unwrap()]);
    assert_eq!(again.status, 1);
    assert!(
        again.stderr.contains("there is already a school here"),
        "{}",
        again.stderr
    );
}

/// Bad appointment lists: every case in `tests/cases/appointments/` is a CSV file with the
/// exact errors and hints the batch must give for it (`NAME.stderr`; `UPDATE_REFS=1`
/// rewrites them). A bad row costs only its own appointment: every other family's copies
/// are written, and the run ends with status 1.
#[test]
fn every_bad_appointment_list_gives_its_exact_errors() {
    let cases = root().join("tests/cases/appointments");
    let mut names: Vec<_> = std::fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    names.sort();
    assert!(names.len() >= 7, "the appointment cases are missing");
    let school = brookfield();
    let mut failures = Vec::new();
    for path in names {
        let dir = temp();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        std::fs::copy(&path, dir.path().join(&name)).unwrap();
        let run = iepress(
            dir.path(),
            &[
                "batch",
                school.to_str().unwrap(),
                "--appointments",
                &name,
                "-o",
                "out",
            ],
        );
        assert_eq!(run.status, 1, "{name}: {}", run.stderr);
        // The errors and their hints; progress, warnings and the summary of what was
        // written are not compared.
        let mut errors = String::new();
        let mut in_error = false;
        for line in run
            .stderr
            .replace(school.to_str().unwrap(), "SCHOOL")
            .lines()
        {
            in_error = line.starts_with("error:") || (in_error && line.starts_with("hint:"));
            if in_error {
                errors.push_str(line);
                errors.push('\n');
            }
        }
        let expected_path = path.with_extension("stderr");
        if update_refs() {
            std::fs::write(&expected_path, &errors).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if errors != expected {
            failures.push(format!(
                "{name}:\n--- expected\n{expected}--- got\n{errors}"
            ));
        }
        // Nothing half-written, whatever failed; and once the list could be read, a bad
        // row never costs the print pack (issue 14: an emoji in one teacher's name did).
        let out = dir.path().join("out");
        if out.exists() {
            let written = files(&out);
            assert!(
                !written.iter().any(|f| f.contains(".part")),
                "{name}: {written:?}"
            );
            assert!(
                written.iter().any(|f| f == "print-pack.pdf"),
                "{name}: no print pack: {written:?}"
            );
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
