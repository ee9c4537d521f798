//! The parents' evening benchmark: a made-up school of 300 pupils (600 documents in mixed
//! languages, some in large print) made with `iepress batch`, against `iepress render` run
//! once per document.
//!
//!     cargo bench --bench batch
//!
//! Prints the wall time, documents a second, peak memory and the speed-up per document, and
//! whether each goal holds: at most 8 s for the whole batch (print pack included), at most
//! 500 MB, and at least 2.5 times faster per document than a process per document. Exits
//! with status 1 when a goal is missed. `IEPRESS_BENCH_PUPILS` (300) and
//! `IEPRESS_BENCH_SAMPLE` (how many appointments to time one process a document on, 30)
//! change the sizes.

use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_iepress");

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The largest peak memory of any finished child process, in bytes.
fn children_peak_memory() -> u64 {
    // SAFETY: getrusage writes into the struct it is given, which lives for the call.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss as u64 * 1024
}

fn run(args: &[&str], dir: &Path) {
    let output = Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .output()
        .expect("iepress runs");
    assert!(
        output.status.success(),
        "iepress {args:?} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn main() -> ExitCode {
    let pupils = setting("IEPRESS_BENCH_PUPILS", 300);
    let sample = setting("IEPRESS_BENCH_SAMPLE", 30).min(pupils);
    let dir = tempfile::tempdir().expect("a temp folder");
    let school = dir.path().join("school");
    let school_arg = school.to_str().unwrap();
    run(
        &["demo", school_arg, "--pupils", &pupils.to_string()],
        dir.path(),
    );
    let csv = school.join("evening.csv");
    let out = dir.path().join("evening");

    // The batch, as the office runs it.
    let start = Instant::now();
    run(
        &[
            "batch",
            school_arg,
            "--appointments",
            csv.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
        dir.path(),
    );
    let batch_seconds = start.elapsed().as_secs_f64();
    let peak = children_peak_memory();
    let documents = 2 * pupils;
    let pack = std::fs::metadata(out.join("print-pack.pdf")).map_or(0, |m| m.len());

    // One process a document, for the first appointments: the family's copy and the school's.
    let rows = std::fs::read_to_string(&csv).expect("the appointment list");
    let pupils_sampled: Vec<&str> = rows
        .lines()
        .skip(1)
        .take(sample)
        .map(|row| row.split(',').nth(1).expect("a pupil column"))
        .collect();
    let single = dir.path().join("single.pdf");
    let start = Instant::now();
    for pupil in &pupils_sampled {
        let plan = school.join("plans").join(format!("{pupil}.yaml"));
        let plan = plan.to_str().unwrap();
        run(
            &["render", plan, "-o", single.to_str().unwrap()],
            dir.path(),
        );
        run(
            &[
                "render",
                plan,
                "--lang",
                "en-GB",
                "-o",
                single.to_str().unwrap(),
            ],
            dir.path(),
        );
    }
    let process_per_document = start.elapsed().as_secs_f64() / (2 * pupils_sampled.len()) as f64;
    let batch_per_document = batch_seconds / documents as f64;
    let speed_up = process_per_document / batch_per_document;

    println!(
        "iepress batch: {pupils} appointments, {documents} documents and the print pack ({:.1} MB)",
        pack as f64 / 1e6
    );
    println!("  wall time          {batch_seconds:.2} s");
    println!(
        "  documents a second {:.0}",
        documents as f64 / batch_seconds
    );
    println!("  peak memory        {:.0} MB", peak as f64 / 1e6);
    println!("  per document       {:.1} ms", batch_per_document * 1e3);
    println!(
        "iepress render, one process a document ({} documents): {:.1} ms each",
        2 * pupils_sampled.len(),
        process_per_document * 1e3
    );
    println!("  speed-up per document {speed_up:.2}x");
    let goals = [
        (
            "whole batch at most 8 s",
            batch_seconds <= 8.0 || pupils != 300,
        ),
        ("peak memory at most 500 MB", peak <= 500_000_000),
        ("at least 2.5x faster per document", speed_up >= 2.5),
    ];
    let mut met = true;
    for (goal, ok) in goals {
        println!("  {} {goal}", if ok { "met:   " } else { "MISSED:" });
        met &= ok;
    }
    if met {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
