//! Bad input: every case in `tests/cases/errors/` is a plan with the exact error it must
//! give (`NAME.stderr`). The run must exit with status 1 and leave no output file behind.
//! `UPDATE_REFS=1 cargo test` rewrites the expected errors.

use std::path::Path;

use crate::{brookfield, iepress, root, temp, update_refs};

/// Runs one bad plan and returns its error text, checking the exit status and that no
/// output file (or temporary file) is left behind.
fn run_bad(name: &str, contents: &[u8]) -> String {
    let dir = temp();
    let plan = dir.path().join(format!("{name}.yaml"));
    std::fs::write(&plan, contents).unwrap();
    let school = brookfield().join("school.yaml");
    let run = iepress(
        dir.path(),
        &[
            "render",
            plan.file_name().unwrap().to_str().unwrap(),
            "--school",
            school.to_str().unwrap(),
            "-o",
            "out.pdf",
        ],
    );
    assert_eq!(
        run.status, 1,
        "{name}: expected exit status 1\n{}",
        run.stderr
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|f| f != &format!("{name}.yaml"))
        .collect();
    assert!(left.is_empty(), "{name}: files left behind: {left:?}");
    run.stderr.replace(school.to_str().unwrap(), "SCHOOL")
}

#[test]
fn every_bad_plan_gives_its_exact_error() {
    let cases = root().join("tests/cases/errors");
    let mut names: Vec<_> = std::fs::read_dir(&cases)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    names.sort();
    assert!(names.len() >= 15, "the error cases are missing");
    let mut failures = Vec::new();
    for path in names {
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let stderr = run_bad(&name, &std::fs::read(&path).unwrap());
        let expected_path = path.with_extension("stderr");
        if update_refs() {
            std::fs::write(&expected_path, &stderr).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!(
                "{} is missing (run with UPDATE_REFS=1)",
                expected_path.display()
            )
        });
        if stderr != expected {
            failures.push(format!("--- {name}: expected\n{expected}--- got\n{stderr}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every error names the file, the line and column, and gives a hint.
#[test]
fn errors_name_file_position_and_fix() {
    for (name, field) in [
        ("unknown-field", "plan"),
        ("impossible-date", "plan.start"),
        ("review-before-start", "plan.review"),
        ("unsupported-language", "family.language"),
        ("unknown-stage", "plan.stage"),
    ] {
        let text = std::fs::read(root().join(format!("tests/cases/errors/{name}.yaml"))).unwrap();
        let stderr = run_bad(name, &text);
        assert!(
            stderr.contains(&format!("{name}.yaml:")),
            "{name}: no file and line in\n{stderr}"
        );
        assert!(
            stderr.contains(&format!("`{field}")),
            "{name}: no field `{field}` in\n{stderr}"
        );
        assert!(stderr.contains("\nhint: "), "{name}: no hint in\n{stderr}");
    }
}

#[test]
fn binary_garbage_is_refused_clearly() {
    let mut bytes = b"pupil:\n  name: ".to_vec();
    bytes.extend((0u16..600).map(|i| (i.wrapping_mul(7919) % 256) as u8));
    let stderr = run_bad("garbage", &bytes);
    assert!(stderr.contains("garbage.yaml"), "{stderr}");
    assert!(
        stderr.contains("not UTF-8") || stderr.contains("NUL"),
        "{stderr}"
    );
}

#[test]
fn a_word_file_renamed_yaml_is_refused() {
    let mut bytes = b"PK\x03\x04\x14\x00\x06\x00".to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 64));
    let stderr = run_bad("word", &bytes);
    assert!(stderr.contains("word.yaml"), "{stderr}");
}

#[test]
fn a_missing_plan_file_is_named() {
    let dir = temp();
    let run = iepress(dir.path(), &["render", "no-such-plan.yaml"]);
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("no-such-plan.yaml"), "{}", run.stderr);
}

#[test]
fn usage_errors_exit_with_status_2() {
    let dir = temp();
    let plan = brookfield().join("plans/amira-khan.yaml");
    let plan = plan.to_str().unwrap();
    let run = iepress(dir.path(), &["render", plan, "--lang", "xx"]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("en-GB"),
        "lists the supported languages: {}",
        run.stderr
    );
    let run = iepress(dir.path(), &["render", plan, "--large-print", "90"]);
    assert_eq!(run.status, 2, "{}", run.stderr);
    assert!(run.stderr.contains("16 to 36"), "{}", run.stderr);
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none());
}

/// A failed write leaves nothing behind: here the output folder does not exist.
#[test]
fn a_failed_write_leaves_no_file() {
    let dir = temp();
    let plan = brookfield().join("plans/oliver-smith.yaml");
    let run = iepress(
        dir.path(),
        &["render", plan.to_str().unwrap(), "-o", "missing/out.pdf"],
    );
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("missing/out.pdf"), "{}", run.stderr);
    assert!(!Path::new(&dir.path().join("missing")).exists());
}
