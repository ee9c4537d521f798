//! Hostile and careless input (issue 14): nothing lost, nothing overwritten, nothing hangs.

use std::io::Read;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use crate::{brookfield, example_school, iepress, temp};

fn plan() -> String {
    brookfield()
        .join("plans/oliver-smith.yaml")
        .to_str()
        .unwrap()
        .to_owned()
}

fn mkfifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Issue 14, class 3: `-o` onto a symbolic link writes the file it points at and keeps the
/// link; a link to nothing is refused, not replaced.
#[test]
fn issue_14_output_through_a_link_keeps_the_link() {
    let dir = temp();
    let target = dir.path().join("copies/oliver.pdf");
    std::fs::create_dir(dir.path().join("copies")).unwrap();
    std::fs::write(&target, b"an older copy").unwrap();
    let link = dir.path().join("latest.pdf");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let run = iepress(dir.path(), &["render", &plan(), "-o", "latest.pdf"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(std::fs::read(&target).unwrap().starts_with(b"%PDF-"));

    let dangling = dir.path().join("nowhere.pdf");
    std::os::unix::fs::symlink(dir.path().join("missing/x.pdf"), &dangling).unwrap();
    let run = iepress(dir.path(), &["render", &plan(), "-o", "nowhere.pdf"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("cannot write nowhere.pdf (it is a link to ")
            && run
                .stderr
                .contains("which does not exist, and a link is never replaced)")
            && run
                .stderr
                .contains("hint: give the file's own name with -o"),
        "{}",
        run.stderr
    );
    assert!(
        std::fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

/// Issue 14, class 3: `-o` onto a FIFO (a pipe, like `/dev/stdout`) streams the document to
/// its reader; the FIFO stays a FIFO and no temporary file is left beside it.
#[test]
fn issue_14_output_onto_a_pipe_is_streamed() {
    let dir = temp();
    let fifo = dir.path().join("pipe.pdf");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            std::fs::File::open(fifo)
                .unwrap()
                .read_to_end(&mut bytes)
                .unwrap();
            bytes
        })
    };
    let run = iepress(dir.path(), &["render", &plan(), "-o", "pipe.pdf"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let bytes = reader.join().unwrap();
    assert!(
        bytes.starts_with(b"%PDF-") && bytes.len() > 10_000,
        "{}",
        bytes.len()
    );
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(left.len(), 1, "{left:?}");

    // `-o /dev/stdout` when the output is piped to another program: the link leads to a
    // pipe with no path of its own (it said "No such file or directory").
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_iepress"))
        .args(["render", &plan(), "--format", "html", "-o", "/dev/stdout"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.starts_with(b"<!DOCTYPE html>"));
}

/// Runs iepress in `dir`, killing it if it has not finished within a minute (a read that
/// hangs must fail the test, not the test run).
fn iepress_within_a_minute(dir: &Path, args: &[&str]) -> (i32, String) {
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_iepress"))
        .args(args)
        .current_dir(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let start = std::time::Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            let mut stderr = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            return (status.code().unwrap_or(-1), stderr);
        }
        if start.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("iepress {args:?} did not finish within a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// Issue 14, class 4: a FIFO or a device given as a plan, an appointment list or a PDF to
/// check is refused at once for what it is (it used to hang, or read /dev/zero until memory
/// ran out).
#[test]
fn issue_14_only_regular_files_are_read() {
    let dir = temp();
    let fifo = dir.path().join("plan.yaml");
    mkfifo(&fifo);
    let school = brookfield().join("school.yaml");
    let (status, stderr) = iepress_within_a_minute(
        dir.path(),
        &["render", "plan.yaml", "--school", school.to_str().unwrap()],
    );
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr
            .contains("error: cannot read the file (it is a pipe (FIFO), not a file) in plan.yaml")
            && stderr.contains("hint: give the path of a file saved on disk"),
        "{stderr}"
    );

    let school_dir = brookfield();
    let (status, stderr) = iepress_within_a_minute(
        dir.path(),
        &[
            "batch",
            school_dir.to_str().unwrap(),
            "--appointments",
            "/dev/zero",
            "-o",
            "out",
        ],
    );
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr
            .contains("cannot read the appointment list (it is a device, not a file) in /dev/zero"),
        "{stderr}"
    );

    let (status, stderr) = iepress_within_a_minute(dir.path(), &["check", "plan.yaml"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr.contains("plan.yaml: cannot be read as a PDF (it is a pipe (FIFO), not a file)"),
        "{stderr}"
    );
}

/// Issue 14, class 4: a FIFO among the plans costs only its own appointment: every other
/// family's copies and the print pack are written, and nothing half-written is left.
#[test]
fn issue_14_a_fifo_among_the_plans_costs_only_itself() {
    let dir = temp();
    let school = example_school(
        dir.path(),
        &["plans/oliver-smith.yaml", "plans/zofia-nowak.yaml"],
    );
    mkfifo(&school.join("plans/amira-khan.yaml"));
    let (status, stderr) = iepress_within_a_minute(
        dir.path(),
        &[
            "batch",
            school.to_str().unwrap(),
            "-o",
            "out",
            "--jobs",
            "2",
        ],
    );
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr
            .contains("error: amira-khan: cannot read the file (it is a pipe (FIFO), not a file)"),
        "{stderr}"
    );
    let written: Vec<String> = std::fs::read_dir(dir.path().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    // Two appointments' two copies, the print pack and the list of what the batch wrote.
    assert_eq!(written.len(), 6, "{written:?}");
    assert!(written.iter().any(|f| f == "print-pack.pdf"), "{written:?}");
    assert!(!written.iter().any(|f| f.contains(".part")), "{written:?}");
}

/// Issue 14, class 2: no output replaces one of the files it is made from, by any path to
/// it (the file itself, a link to it); each command refuses and leaves the file as it was.
#[test]
fn issue_14_an_output_never_replaces_an_input() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans", "provision"]);
    std::fs::create_dir(school.join("translations")).unwrap();
    let po = "msgid \"\"\nmsgstr \"\"\n\"Language: pl\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"Reads aloud\"\nmsgstr \"Czyta na głos\"\n";
    std::fs::write(school.join("translations/pl.po"), po).unwrap();
    std::os::unix::fs::symlink("school/plans/zofia-nowak.yaml", dir.path().join("link.pdf"))
        .unwrap();
    let before: Vec<(String, Vec<u8>)> = [
        "school.yaml",
        "plans/zofia-nowak.yaml",
        "translations/pl.po",
        "provision/interventions.csv",
    ]
    .iter()
    .map(|f| (f.to_string(), std::fs::read(school.join(f)).unwrap()))
    .collect();
    let s = |p: &str| school.join(p).to_str().unwrap().to_owned();
    let plan = s("plans/zofia-nowak.yaml");
    let attempts: Vec<Vec<String>> = vec![
        vec!["render".into(), plan.clone(), "-o".into(), plan.clone()],
        vec![
            "render".into(),
            plan.clone(),
            "-o".into(),
            "link.pdf".into(),
        ],
        vec![
            "render".into(),
            plan.clone(),
            "--emit-json".into(),
            s("school.yaml"),
        ],
        vec![
            "render".into(),
            plan.clone(),
            "-o".into(),
            s("translations/pl.po"),
        ],
        vec![
            "leaflet".into(),
            "iep-guide".into(),
            "--school".into(),
            s("school.yaml"),
            "-o".into(),
            s("school.yaml"),
        ],
        vec![
            "provision-map".into(),
            s(""),
            "-o".into(),
            s("provision/interventions.csv"),
        ],
    ];
    for args in attempts {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = iepress(dir.path(), &args);
        assert_eq!(run.status, 1, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains("error: refusing to write over ")
                && run.stderr.contains("which this document is made from")
                && run
                    .stderr
                    .contains("hint: give the output another name with -o"),
            "{args:?}: {}",
            run.stderr
        );
    }
    for (file, bytes) in before {
        assert_eq!(
            std::fs::read(school.join(&file)).unwrap(),
            bytes,
            "{file} was changed"
        );
    }
    assert!(
        std::fs::symlink_metadata(dir.path().join("link.pdf"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // An export into the school's translations file merges into it (issue 21): what it
    // held is kept, the texts it lacked are added.
    let run = iepress(
        dir.path(),
        &[
            "translate",
            "export",
            &s(""),
            "--lang",
            "pl",
            "-o",
            &s("translations/pl.po"),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let merged = std::fs::read_to_string(school.join("translations/pl.po")).unwrap();
    assert!(
        merged.contains("msgid \"Reads aloud\"\nmsgstr \"Czyta na głos\""),
        "{merged}"
    );
    assert!(merged.matches("msgid ").count() > 3, "{merged}");
}

/// Issue 14, class 12: `demo` writes only into an empty or new folder; plans and an
/// appointment list already there (without a school profile) are left as they were.
#[test]
fn issue_14_demo_overwrites_nothing() {
    let dir = temp();
    let folder = dir.path().join("class-4");
    std::fs::create_dir_all(folder.join("plans")).unwrap();
    std::fs::write(
        folder.join("plans/pupil-1.yaml"),
        "a plan of the school's own",
    )
    .unwrap();
    std::fs::write(folder.join("evening.csv"), "time,pupil\n").unwrap();
    let run = iepress(dir.path(), &["demo", "class-4", "--pupils", "3"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error: the folder is not empty (it holds ")
            && run
                .stderr
                .contains("hint: give an empty or new folder for the made-up school"),
        "{}",
        run.stderr
    );
    assert_eq!(
        std::fs::read_to_string(folder.join("plans/pupil-1.yaml")).unwrap(),
        "a plan of the school's own"
    );
    assert_eq!(
        std::fs::read_to_string(folder.join("evening.csv")).unwrap(),
        "time,pupil\n"
    );
    assert!(!folder.join("school.yaml").exists());
}

/// Issue 14, class 6: a plan in `plans/` that is a link out of the school's folder is
/// refused for what it is, costs only its own appointment, and nothing of its target is
/// read or quoted (a link to a system file used to print one of its lines).
#[test]
fn issue_14_links_out_of_the_school_folder_are_refused() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans/oliver-smith.yaml"]);
    let secret = dir.path().join("secret.txt");
    std::fs::write(&secret, "pupil: the secret line\n").unwrap();
    std::os::unix::fs::symlink(&secret, school.join("plans/elsewhere.yaml")).unwrap();
    // A link that stays inside the folder is the school's own, and is read.
    std::os::unix::fs::symlink("oliver-smith.yaml", school.join("plans/ollie.yaml")).unwrap();
    let (status, stderr) = iepress_within_a_minute(
        dir.path(),
        &["batch", school.to_str().unwrap(), "-o", "out"],
    );
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr.contains(
            "error: elsewhere: the file is a link that leads out of the school's folder (or to nothing)"
        ) && stderr.contains("hint: copy the file into the folder rather than linking to it"),
        "{stderr}"
    );
    assert!(!stderr.contains("secret line"), "{stderr}");
    assert!(
        stderr.contains("1 of 3 appointments are missing documents"),
        "{stderr}"
    );

    // The school's translations, and a school profile found beside a plan, are refused as
    // links out of the folder too, and not quoted.
    std::fs::remove_file(school.join("plans/elsewhere.yaml")).unwrap();
    std::fs::write(&secret, "msgid \"the secret line\"\nmsgstr \"x\"\n").unwrap();
    std::fs::create_dir(school.join("translations")).unwrap();
    std::os::unix::fs::symlink(&secret, school.join("translations/pl.po")).unwrap();
    let plan = school.join("plans/oliver-smith.yaml");
    let plan = plan.to_str().unwrap();
    let run = iepress(
        dir.path(),
        &["render", plan, "--lang", "pl", "-o", "pl.pdf"],
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the file is a link that leads out of the school's folder"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("pl.po"), "{}", run.stderr);
    assert!(!run.stderr.contains("secret line"), "{}", run.stderr);
    std::fs::remove_file(school.join("school.yaml")).unwrap();
    std::fs::write(&secret, "name: the secret line\n").unwrap();
    std::os::unix::fs::symlink(&secret, school.join("school.yaml")).unwrap();
    let run = iepress(dir.path(), &["render", plan, "-o", "en.pdf"]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("school.yaml")
            && run
                .stderr
                .contains("the file is a link that leads out of the school's folder")
            && run.stderr.contains("or give it with --school FILE"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("secret line"), "{}", run.stderr);
}

/// Issue 14, class 7: a batch holds its output folder: a second batch into it is refused
/// while the first runs, and the half-written files a killed run left there are removed by
/// the next run.
#[test]
fn issue_14_a_batch_holds_its_folder_and_clears_what_a_killed_run_left() {
    use std::os::fd::AsRawFd;
    let dir = temp();
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let left = out.join(".iepress-a1b2c3.part");
    std::fs::write(&left, b"half a print pack").unwrap();
    let school = brookfield();
    let school = school.to_str().unwrap();

    // While another run holds the folder, a batch into it is refused and changes nothing.
    let held = std::fs::File::open(&out).unwrap();
    // SAFETY: the descriptor is open for the duration of the call.
    assert_eq!(
        unsafe { libc::flock(held.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) },
        0
    );
    let (status, stderr) = iepress_within_a_minute(dir.path(), &["batch", school, "-o", "out"]);
    assert_eq!(status, 1, "{stderr}");
    assert!(
        stderr.contains("error: another iepress run is writing into this folder in out"),
        "{stderr}"
    );
    assert!(left.exists());
    drop(held);

    let (status, stderr) = iepress_within_a_minute(dir.path(), &["batch", school, "-o", "out"]);
    assert_eq!(status, 0, "{stderr}");
    assert!(!left.exists(), "the killed run's file is still there");
}

/// Issue 14, class 13: a translation whose string is not closed by a quote is refused with
/// its line (it was taken with its last character dropped).
#[test]
fn issue_14_an_unclosed_translation_is_refused_at_its_line() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans/zofia-nowak.yaml"]);
    std::fs::create_dir(school.join("translations")).unwrap();
    let po = "msgid \"\"\nmsgstr \"\"\n\"Language: pl\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"Reads aloud\"\nmsgstr \"Czyta na głos\n";
    std::fs::write(school.join("translations/pl.po"), po).unwrap();
    let run = iepress(
        &school,
        &["render", "plans/zofia-nowak.yaml", "-o", "z.pdf"],
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("translations/pl.po (line 7: a string is not between two quotes"),
        "{}",
        run.stderr
    );
    assert!(!school.join("z.pdf").exists());
}

/// Issue 14: a plan saved as `NAME.YAML` is a plan like any other (it was skipped without a
/// word).
#[test]
fn issue_14_a_plan_in_capitals_is_read() {
    let dir = temp();
    let school = example_school(dir.path(), &[]);
    std::fs::create_dir(school.join("plans")).unwrap();
    std::fs::copy(
        brookfield().join("plans/oliver-smith.yaml"),
        school.join("plans/Oliver-Smith.YAML"),
    )
    .unwrap();
    let run = iepress(
        dir.path(),
        &["batch", school.to_str().unwrap(), "-o", "out"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        dir.path()
            .join("out/Oliver-Smith.parent.en-GB.large-print.pdf")
            .exists(),
        "{}",
        run.stderr
    );
}

/// Issue 14, class 8: at every large print size, nothing leaves the page: a long school
/// name (the footer), a long e-mail address without hyphens, a word longer than a line and
/// the review's table, in English and in Urdu. `check` (which finds text off the page, see
/// tests/it/check.rs) passes every copy, and every word is in its text.
#[test]
fn issue_14_large_print_keeps_every_word_on_the_page() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans/amira-khan.yaml"]);
    let long_name = "Saint Bartholomew and All Angels Church of England Voluntary Aided Primary School and Nursery";
    let long_email = "sendinformationadviceandsupportservice@riversideboroughcouncil.example.org";
    let long_word = "Supercalifragilisticexpialidociousantidisestablishmentarianismfloccinaucinihilipilification";
    let profile = std::fs::read_to_string(school.join("school.yaml"))
        .unwrap()
        .replace(
            "name: Brookfield Primary School",
            &format!("name: {long_name}"),
        )
        .replace("sendiass@riverside.example.org", long_email);
    std::fs::write(school.join("school.yaml"), profile).unwrap();
    let plan = std::fs::read_to_string(school.join("plans/amira-khan.yaml"))
        .unwrap()
        .replace(
            "Give her a printed word mat for writing tasks.",
            &format!("Give her a printed word mat and {long_word}."),
        );
    assert!(plan.contains(long_word));
    for language in ["en-GB", "ur"] {
        for size in [16, 24, 36] {
            let name = format!("{language}-{size}");
            let plan = plan
                .replace("language: ur", &format!("language: {language}"))
                .replace("large_print: false", &format!("large_print: {size}"));
            let file = school.join(format!("plans/{name}.yaml"));
            std::fs::write(&file, &plan).unwrap();
            let pdf = dir.path().join(format!("{name}.pdf"));
            let run = iepress(
                dir.path(),
                &[
                    "render",
                    file.to_str().unwrap(),
                    "-o",
                    pdf.to_str().unwrap(),
                ],
            );
            assert_eq!(run.status, 0, "{name}: {}", run.stderr);
            let large_print = format!("--large-print={size}");
            let run = iepress(dir.path(), &["check", &large_print, pdf.to_str().unwrap()]);
            assert_eq!(run.status, 0, "{name}: {}{}", run.stdout, run.stderr);
            // Lines joined, as a reader joins them (pdftotext marks right-to-left lines
            // with embedding marks and puts a list's bullets where it meets them).
            let text: String = crate::pdf::squash(&crate::pdf::text(&pdf))
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '•')
                .collect();
            for words in [
                long_name,
                long_email,
                long_word,
                // The review's first comment (up to its last word: in an Urdu line,
                // pdftotext puts the label's colon before the last English word).
                "Reads 24 of the 30",
            ] {
                let words: String = words.chars().filter(|c| !c.is_whitespace()).collect();
                assert!(text.contains(&words), "{name}: {words} not in {text}");
            }
        }
    }
}

/// Issue 14, class 8: the provision map in large print, the school's nine columns and a
/// parent's copy, in Tamil (long words) and Urdu: no text leaves the page and none is under
/// the size asked for.
#[test]
fn issue_14_large_print_provision_maps_keep_to_the_page() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans", "provision"]);
    let school = school.to_str().unwrap();
    for language in ["ta", "ur"] {
        for pupil in [None, Some("amira-khan")] {
            let pdf = dir
                .path()
                .join(format!("{language}-{}.pdf", pupil.unwrap_or("school")));
            let pdf = pdf.to_str().unwrap();
            let mut args = vec![
                "provision-map",
                school,
                "--lang",
                language,
                "--large-print=36",
                "-o",
                pdf,
            ];
            if let Some(pupil) = pupil {
                args.extend(["--pupil", pupil]);
            }
            let run = iepress(dir.path(), &args);
            assert_eq!(run.status, 0, "{pdf}: {}", run.stderr);
            let run = iepress(dir.path(), &["check", "--large-print=36", pdf]);
            assert_eq!(run.status, 0, "{pdf}: {}{}", run.stdout, run.stderr);
        }
    }
}

/// Issue 14, class 7: a batch stopped by SIGTERM or Ctrl-C (SIGINT) removes its half-written
/// print pack before it ends, says so, and ends as the signal would have ended it.
#[test]
fn issue_14_a_stopped_batch_removes_its_unfinished_files() {
    use std::os::unix::process::ExitStatusExt;
    use std::process::{Command, Stdio};
    let dir = temp();
    let school = example_school(dir.path(), &[]);
    // Enough plans that the run is still writing when it is stopped.
    std::fs::create_dir(school.join("plans")).unwrap();
    for i in 0..40 {
        for plan in ["amira-khan", "oliver-smith", "zofia-nowak"] {
            std::fs::copy(
                brookfield().join(format!("plans/{plan}.yaml")),
                school.join(format!("plans/{plan}-{i}.yaml")),
            )
            .unwrap();
        }
    }
    let unfinished = |out: &Path| {
        std::fs::read_dir(out)
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
                    .count()
            })
            .unwrap_or(0)
    };
    for (name, signal) in [("term", libc::SIGTERM), ("int", libc::SIGINT)] {
        // A family's file is renamed into place within milliseconds of being seen, so the
        // signal may land between two files, when nothing is unfinished: then nothing is
        // removed and nothing said. Each try must end by the signal and leave nothing
        // half-written; within a few tries one must land while a file is being written.
        let mut removed_once = false;
        for attempt in 0..8 {
            let out = dir.path().join(format!("{name}-{attempt}"));
            let mut child = Command::new(env!("CARGO_BIN_EXE_iepress"))
                .args([
                    "batch",
                    school.to_str().unwrap(),
                    "-o",
                    out.to_str().unwrap(),
                ])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let start = std::time::Instant::now();
            while unfinished(&out) == 0 {
                assert!(
                    child.try_wait().unwrap().is_none(),
                    "the batch ended before it was stopped"
                );
                assert!(start.elapsed().as_secs() < 60, "no file was started");
                std::thread::sleep(std::time::Duration::from_millis(2));
            }
            // SAFETY: the child's process id, while it runs.
            assert_eq!(unsafe { libc::kill(child.id() as i32, signal) }, 0);
            let status = child.wait().unwrap();
            let mut stderr = String::new();
            child
                .stderr
                .take()
                .unwrap()
                .read_to_string(&mut stderr)
                .unwrap();
            assert_eq!(status.signal(), Some(signal), "{stderr}");
            assert_eq!(unfinished(&out), 0, "a half-written file is left in {name}");
            if stderr.contains("stopped: removed ") {
                assert!(stderr.contains(" unfinished file"), "{stderr}");
                removed_once = true;
                break;
            }
        }
        assert!(removed_once, "no stop by {name} removed an unfinished file");
    }
}

/// Issue 14, class 5: a workbook that is a small zip unpacking to far more than a provision
/// map (a "zip bomb": here 80 MiB of zeros in 100 KB) is refused at the limit, with the part
/// named, instead of being unpacked whole.
#[test]
fn issue_14_a_workbook_zip_bomb_is_refused_at_its_limit() {
    use std::io::Write;
    let dir = temp();
    let school = example_school(dir.path(), &["plans"]);
    std::fs::create_dir(school.join("provision")).unwrap();
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for name in ["interventions", "participants"] {
        let text =
            std::fs::read_to_string(brookfield().join(format!("provision/{name}.csv"))).unwrap();
        let sheet = workbook.add_worksheet().set_name(name).unwrap();
        for (r, line) in text.lines().enumerate() {
            for (c, cell) in line.split(',').enumerate() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    let good = workbook.save_to_buffer().unwrap();
    // The same workbook with one more part, deflated.
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(good)).unwrap();
    let mut bomb = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for i in 0..archive.len() {
        bomb.raw_copy_file(archive.by_index(i).unwrap()).unwrap();
    }
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(true);
    bomb.start_file("xl/media/padding.bin", deflated).unwrap();
    let zeros = vec![0u8; 1 << 20];
    for _ in 0..80 {
        bomb.write_all(&zeros).unwrap();
    }
    let bytes = bomb.finish().unwrap().into_inner();
    assert!(bytes.len() < 1 << 20, "{} bytes", bytes.len());
    std::fs::write(school.join("provision/provision.xlsx"), bytes).unwrap();
    let run = iepress(
        dir.path(),
        &["provision-map", school.to_str().unwrap(), "-o", "map.pdf"],
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "the workbook unpacks to more than 64 MiB in its part `xl/media/padding.bin`"
        ),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("provision.xlsx"), "{}", run.stderr);
    assert!(!dir.path().join("map.pdf").exists());
}

/// Issue 14, from the weak list: a comma outside quotes in a provision table is named at
/// its row (its cells had moved one column to the right, unseen), and a plan whose file
/// name is not UTF-8 is named as a failure of its own (it was skipped without a word).
#[test]
fn issue_14_split_cells_and_unreadable_plan_names_are_named() {
    use std::os::unix::ffi::OsStrExt;
    let dir = temp();
    let school = example_school(dir.path(), &["plans", "provision"]);
    let table = school.join("provision/interventions.csv");
    let text = std::fs::read_to_string(&table).unwrap().replace(
        "Common words read correctly (of 30)",
        "Common words, read correctly (of 30)",
    );
    std::fs::write(&table, text).unwrap();
    let run = iepress(
        dir.path(),
        &["provision-map", school.to_str().unwrap(), "-o", "map.pdf"],
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the row has 17 cells and the header 16: a comma outside quotes"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("interventions.csv:2:"),
        "{}",
        run.stderr
    );

    std::fs::copy(
        school.join("plans/oliver-smith.yaml"),
        school
            .join("plans")
            .join(std::ffi::OsStr::from_bytes(b"oliver-\xff.yaml")),
    )
    .unwrap();
    let run = iepress(
        dir.path(),
        &["batch", school.to_str().unwrap(), "-o", "evening"],
    );
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("the plan's file name is not UTF-8 text, so the plan cannot be named"),
        "{}",
        run.stderr
    );
    // The other plans were made.
    assert!(
        dir.path()
            .join("evening/oliver-smith.school.en-GB.pdf")
            .exists()
    );
}

/// Issue 14, from the weak list: a batch into a folder an earlier batch wrote removes the
/// earlier evening's copies it does not make again (they were left beside the new ones,
/// to be printed with them), and nothing else: a file of the school's own stays.
#[test]
fn issue_14_a_new_evening_removes_the_last_evenings_copies() {
    let dir = temp();
    let school = brookfield();
    let school = school.to_str().unwrap();
    let evening = brookfield().join("evening.csv");
    let run = iepress(
        dir.path(),
        &[
            "batch",
            school,
            "--appointments",
            evening.to_str().unwrap(),
            "-o",
            "out",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let out = dir.path().join("out");
    assert!(out.join("1600-amira-khan.parent.ur.pdf").exists());
    std::fs::write(out.join("notes.pdf"), b"the school's own").unwrap();
    std::fs::write(
        dir.path().join("one.csv"),
        "time,pupil\n17:00,oliver-smith\n",
    )
    .unwrap();
    let run = iepress(
        dir.path(),
        &["batch", school, "--appointments", "one.csv", "-o", "out"],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("removed 6 files an earlier batch wrote into out and this one did not make"),
        "{}",
        run.stderr
    );
    let mut left: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        [
            ".iepress-batch",
            "1700-oliver-smith.parent.en-GB.large-print.pdf",
            "1700-oliver-smith.school.en-GB.pdf",
            "notes.pdf",
            "print-pack.pdf"
        ]
    );
}

/// Issue 14, from the weak list: a plan's speech goes from the synthesizer's file into the
/// output file a buffer at a time, never whole in memory (826 MB for a plan of 1,000
/// targets). Here 100 targets make about 140 MB of WAV; the run's peak memory stays a
/// fraction of that.
#[test]
fn issue_14_speech_is_never_held_whole_in_memory() {
    let dir = temp();
    let plan = std::fs::read_to_string(brookfield().join("plans/oliver-smith.yaml")).unwrap();
    let start = plan.find("  targets:\n").unwrap() + "  targets:\n".len();
    let end = plan.find("  home_support:").unwrap();
    let long = format!(
        "{}{}{}",
        &plan[..start],
        plan[start..end].repeat(34),
        &plan[end..]
    );
    let school = example_school(dir.path(), &[]);
    std::fs::create_dir(school.join("plans")).unwrap();
    let file = school.join("plans/long.yaml");
    std::fs::write(&file, long).unwrap();
    let out = dir.path().join("long.wav");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_iepress"))
        .args(["render", file.to_str().unwrap(), "--format", "audio", "-o"])
        .arg(&out)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // The child's own high-water mark (VmHWM), read while it runs: it only grows, and a
    // file read whole would hold it up for as long as writing it out takes.
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0u64;
    let exit = loop {
        if let Ok(text) = std::fs::read_to_string(&status)
            && let Some(line) = text.lines().find(|l| l.starts_with("VmHWM:"))
        {
            let kb: u64 = line
                .trim_start_matches("VmHWM:")
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse()
                .unwrap();
            peak = peak.max(kb * 1024);
        }
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    assert!(exit.success());
    let wav = std::fs::metadata(&out).unwrap().len();
    assert!(wav > 100_000_000, "{wav} bytes of speech");
    assert!(peak > 0);
    assert!(
        peak < wav / 2,
        "the run used {peak} bytes for {wav} bytes of speech"
    );
}
