//! The one integration-test binary: a module a feature, each test in its own temp folder.
//!
//! Rendered documents are checked by what a reader gets: the extracted text (pdftotext),
//! the document language, title, structure tree, fonts and text sizes, never raw bytes.

mod audio;
mod bank;
mod batch;
mod braille;
mod browser;
mod check;
mod errors;
mod family_language;
mod first_day;
mod fuzz;
mod glyphs;
mod groups;
mod hostile;
mod html;
mod languages;
mod leaflets;
mod lint;
mod locales;
mod pdf;
mod provision;
mod readers;
mod render;
mod serve;
mod structured;
mod templates;
mod timetable;
mod translate;
mod visual;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The example school's folder.
pub fn brookfield() -> PathBuf {
    root().join("examples/brookfield")
}

/// A finished run of the `iepress` binary.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `iepress` with the arguments, in the folder `dir`.
pub fn iepress(dir: &Path, args: &[&str]) -> Run {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_iepress"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("the iepress binary runs");
    Run {
        status: status.code().expect("iepress exits with a status"),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Renders a plan into `dir` and returns the PDF's path; fails the test on any error.
pub fn render_ok(dir: &Path, plan: &Path, extra: &[&str], name: &str) -> PathBuf {
    let out = dir.join(name);
    let mut args = vec![
        "render",
        plan.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let run = iepress(dir, &args);
    assert_eq!(run.status, 0, "render failed:\n{}", run.stderr);
    assert!(out.is_file(), "no output file at {}", out.display());
    out
}

/// A fresh temp folder for one test.
pub fn temp() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("iepress-test-")
        .tempdir()
        .expect("a temp folder can be made")
}

/// A copy of the example school in `dir/school`, to change without touching the original:
/// `school.yaml` and each of `parts`, a file (`plans/zofia-nowak.yaml`, `evening.csv`) or a
/// folder copied whole (`plans`, `provision`).
pub fn example_school(dir: &Path, parts: &[&str]) -> PathBuf {
    fn copy(from: &Path, to: &Path) {
        if from.is_dir() {
            std::fs::create_dir_all(to).unwrap();
            for entry in std::fs::read_dir(from).unwrap() {
                let entry = entry.unwrap().path();
                copy(&entry, &to.join(entry.file_name().unwrap()));
            }
        } else {
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(from, to).unwrap();
        }
    }
    let school = dir.join("school");
    for part in std::iter::once(&"school.yaml").chain(parts) {
        copy(&brookfield().join(part), &school.join(part));
    }
    school
}

/// Whether reference files should be rewritten instead of compared (`UPDATE_REFS=1`).
pub fn update_refs() -> bool {
    std::env::var_os("UPDATE_REFS").is_some_and(|v| v == "1")
}
