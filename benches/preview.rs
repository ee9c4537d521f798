//! The web app's preview benchmark (issue 18): how long `iepress serve` takes to answer a
//! plan's preview after an edit, measured over HTTP as a browser asks, on a copy of the
//! example school whose plan is edited before every request (a word of its "about"
//! changes), so that nothing is answered from what an earlier request laid out.
//!
//!     cargo bench --bench preview
//!
//! Prints the median and slowest of 40 requests for the web-page preview, the PDF, and the
//! large-print PDF in Polish, and whether the goal holds: the preview's median at most
//! 150 ms. Exits with status 1 when it is missed.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

const BIN: &str = env!("CARGO_BIN_EXE_iepress");
const ROUNDS: usize = 40;

fn get(addr: &str, path: &str) -> usize {
    let mut stream = TcpStream::connect(addr).expect("the app answers");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut body = Vec::new();
    stream.read_to_end(&mut body).unwrap();
    assert!(
        body.starts_with(b"HTTP/1.1 200"),
        "{path}: {}",
        String::from_utf8_lossy(&body[..60.min(body.len())])
    );
    body.len()
}

/// Copies the example school into `to`.
fn copy(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).unwrap();
        }
    }
}

fn main() -> ExitCode {
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/brookfield");
    let temp = std::env::temp_dir().join(format!("iepress-preview-bench-{}", std::process::id()));
    let school = temp.join("brookfield");
    copy(&example, &school);
    let plan = school.join("plans/amira-khan.yaml");
    let original = std::fs::read_to_string(&plan).unwrap();
    let mut edits = 0;
    let mut edit = || {
        edits += 1;
        let edited = original.replace("Amira is kind", &format!("Amira ({edits}) is kind"));
        std::fs::write(&plan, edited).unwrap();
    };
    let mut child = Command::new(BIN)
        .args(["serve", school.to_str().unwrap(), "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("iepress serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .trim()
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_owned();
    let mut ok = true;
    for (what, path, goal) in [
        (
            "web-page preview",
            "/plans/amira-khan/copy?lang=pl",
            Some(150.0),
        ),
        ("PDF", "/plans/amira-khan/copy?lang=pl&format=pdf", None),
        (
            "large-print PDF, 24 pt",
            "/plans/amira-khan/copy?lang=pl&size=24&format=pdf",
            None,
        ),
        (
            "Urdu PDF (text layer mended)",
            "/plans/amira-khan/copy?format=pdf",
            None,
        ),
    ] {
        get(&addr, path); // warm
        let mut times: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                edit();
                let start = Instant::now();
                get(&addr, path);
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[ROUNDS / 2];
        let slowest = times[ROUNDS - 1];
        println!("{what}: median {median:.1} ms, slowest {slowest:.1} ms ({ROUNDS} requests)");
        if let Some(goal) = goal {
            let met = median <= goal;
            ok &= met;
            println!(
                "  {}: median at most {goal} ms",
                if met { "met" } else { "MISSED" }
            );
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&temp);
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
