//! Issue 14: the readers of everything a school hands iepress take any bytes without
//! panicking or hanging: the YAML plan loader, the appointment list, the provision tables,
//! the translation memory and `check`, each fed the example's own files mutated at random
//! (flipped, inserted, deleted, repeated and cut bytes). A mutation-based property test,
//! deterministic (a fixed seed) and bounded: `IEPRESS_FUZZ_ROUNDS` sets the rounds (200
//! by default, as CI runs it). A failing input is kept and its path printed.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use iepress::input::{appointments, load, provision, translations};

use crate::{brookfield, example_school, render_ok, temp};

/// xorshift64*: a small generator, the same numbers on every run.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Bytes that often matter to the formats read.
const INTERESTING: &[&[u8]] = &[
    b"\"",
    b",",
    b"\n",
    b":",
    b"- ",
    b"&a",
    b"*a",
    b"{",
    b"[",
    b"\\",
    b"\x00",
    b"\xff",
    b"\xe2\x80\xae",
    b"msgstr \"",
    b"<<",
    b"obj",
    b"endobj",
    b"R",
    b"9999999999999999999",
];

fn mutate(dice: &mut Dice, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for _ in 0..1 + dice.below(4) {
        let at = dice.below(out.len() + 1);
        match dice.below(6) {
            0 if !out.is_empty() => {
                let i = at.min(out.len() - 1);
                out[i] ^= 1 << dice.below(8);
            }
            1 => {
                let piece = INTERESTING[dice.below(INTERESTING.len())];
                out.splice(at..at, piece.iter().copied());
            }
            2 => {
                let end = (at + dice.below(64)).min(out.len());
                out.drain(at..end);
            }
            3 => {
                let end = (at + dice.below(256)).min(out.len());
                let piece = out[at..end].to_vec();
                for _ in 0..1 + dice.below(8) {
                    out.splice(at..at, piece.iter().copied());
                }
            }
            4 => out.truncate(at),
            _ => {
                let byte = dice.next() as u8;
                out.insert(at.min(out.len()), byte);
            }
        }
    }
    out
}

fn rounds() -> usize {
    std::env::var("IEPRESS_FUZZ_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200)
}

/// Feeds `rounds` mutations of `seed_file` to `read` (which is given the path of the
/// mutated file), and fails naming every input that made it panic.
fn fuzz(name: &str, seed_file: &[u8], file_name: &str, dir: &Path, read: impl Fn(&Path)) {
    let mut dice = Dice(0x1E9_2E55 ^ name.len() as u64);
    let mut panics = Vec::new();
    for round in 0..rounds() {
        let bytes = mutate(&mut dice, seed_file);
        let path = dir.join(file_name);
        std::fs::write(&path, &bytes).unwrap();
        if catch_unwind(AssertUnwindSafe(|| read(&path))).is_err() {
            let kept = dir.join(format!("{name}-panic-{round}"));
            std::fs::write(&kept, &bytes).unwrap();
            panics.push(kept.display().to_string());
        }
    }
    assert!(panics.is_empty(), "{name} panicked on: {panics:?}");
}

#[test]
fn issue_14_the_plan_loader_takes_any_bytes() {
    let dir = temp();
    let seed = std::fs::read(brookfield().join("plans/amira-khan.yaml")).unwrap();
    fuzz("plan", &seed, "plan.yaml", dir.path(), |path| {
        let _ = load::load_plan(path);
    });
    let seed = std::fs::read(brookfield().join("school.yaml")).unwrap();
    fuzz("school", &seed, "school.yaml", dir.path(), |path| {
        let _ = load::load_school(path);
    });
}

#[test]
fn issue_14_the_appointment_list_and_provision_tables_take_any_bytes() {
    let dir = temp();
    let seed = std::fs::read(brookfield().join("evening.csv")).unwrap();
    let school = brookfield();
    fuzz("appointments", &seed, "evening.csv", dir.path(), |path| {
        let _ = appointments::read_appointments(path, &school, &|c| c != '\u{1F600}');
    });
    // The provision tables are read from a school's folder: a copy with one table mutated.
    let copy = example_school(dir.path(), &["plans", "provision"]);
    for table in ["interventions.csv", "participants.csv"] {
        let seed = std::fs::read(school.join("provision").join(table)).unwrap();
        let original = seed.clone();
        fuzz(table, &seed, table, &copy.join("provision"), |_| {
            let _ = provision::load(&copy);
        });
        std::fs::write(copy.join("provision").join(table), original).unwrap();
    }
}

#[test]
fn issue_14_the_provision_workbook_takes_any_bytes() {
    let dir = temp();
    let school = example_school(dir.path(), &["plans"]);
    std::fs::create_dir(school.join("provision")).unwrap();
    // The example's tables as a workbook, every cell as text.
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
    let seed = workbook.save_to_buffer().unwrap();
    fuzz(
        "workbook",
        &seed,
        "provision.xlsx",
        &school.join("provision"),
        |_| {
            let _ = provision::load(&school);
        },
    );
}

#[test]
fn issue_14_the_translation_memory_takes_any_bytes() {
    let dir = temp();
    let seed = "msgid \"\"\nmsgstr \"\"\n\"Language: pl\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n#, fuzzy\nmsgid \"Counts to ten\"\nmsgstr \"Liczy do dziesięciu\"\n\nmsgid \"Reads aloud\"\nmsgstr \"Czyta na głos\"\n".as_bytes();
    fuzz("po", seed, "pl.po", dir.path(), |path| {
        let _ = translations::load_memory(dir.path(), path);
    });
}

#[test]
fn issue_14_check_takes_any_bytes() {
    let dir = temp();
    let pdf = render_ok(
        dir.path(),
        &brookfield().join("plans/oliver-smith.yaml"),
        &["--lang", "en-GB"],
        "seed.pdf",
    );
    let seed = std::fs::read(pdf).unwrap();
    fuzz("pdf", &seed, "mutated.pdf", dir.path(), |path| {
        let _ = iepress::check::check(path, None);
    });
}
