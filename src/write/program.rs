//! Running the programs from Debian's packages that iepress uses for braille and speech
//! (liblouis's `lou_translate`, `espeak-ng`, `lame`): never through a shell, each argument
//! as it is, and the text on standard input.

use std::io::Write;
use std::process::{Command, Stdio};

/// Why a program did not do its work.
#[derive(Debug)]
pub(crate) enum Failure {
    /// It could not be started (most often: it is not installed).
    Start(std::io::Error),
    /// It failed; the first thing it said, or what went wrong around it.
    Failed(String),
}

/// What a program that succeeded wrote.
pub(crate) struct Output {
    pub stdout: Vec<u8>,
    pub stderr: String,
}

/// Runs a program with `input` on its standard input.
pub(crate) fn run(command: &mut Command, input: Vec<u8>) -> Result<Output, Failure> {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(Failure::Start)?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| Failure::Failed("its standard input could not be opened".to_owned()))?;
    // Written on a thread of its own, so that a program that writes as it reads never
    // waits for us while we wait for it.
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child
        .wait_with_output()
        .map_err(|e| Failure::Failed(e.to_string()))?;
    let written = writer
        .join()
        .unwrap_or_else(|_| Err(std::io::Error::other("the text could not be passed to it")));
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() || written.is_err() {
        let said = stderr
            .lines()
            .find(|l| !l.trim().is_empty())
            .map(str::to_owned)
            .or_else(|| written.err().map(|e| e.to_string()))
            .unwrap_or_else(|| format!("it stopped ({})", output.status));
        return Err(Failure::Failed(said));
    }
    Ok(Output {
        stdout: output.stdout,
        stderr,
    })
}
