//! What a stopped run leaves behind: nothing. The temporary files and folders iepress is
//! writing (a half-written print pack, the speech of a plan being read aloud) are listed
//! while they exist; [`remove_listed`] removes them, which the command line does when the
//! run is stopped by Ctrl-C (SIGINT), SIGTERM or SIGHUP. A run killed outright (SIGKILL, a
//! power cut) cannot clean up: the next run into the same folder removes what it left (see
//! [`crate::output::hold_folder`]).

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

/// The temporary paths that exist now, each with the number it was registered under.
static LIVE: Mutex<Vec<(u64, PathBuf)>> = Mutex::new(Vec::new());
static NEXT: AtomicU64 = AtomicU64::new(0);

/// A temporary file or folder on the list; it leaves the list when this is dropped (when
/// the file has been renamed into place or removed).
#[derive(Debug)]
pub struct Registered(u64);

impl Drop for Registered {
    fn drop(&mut self) {
        let mut live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
        live.retain(|(id, _)| *id != self.0);
    }
}

/// Makes a temporary file or folder (`make`) and puts it (at `path`) on the list of what a
/// stopped run removes, in one step: a run stopped while another thread makes one either
/// finds it listed or holds that thread back before the file exists, so nothing made is
/// ever left unlisted.
pub fn create_listed<T, E>(
    make: impl FnOnce() -> Result<T, E>,
    path: impl FnOnce(&T) -> &Path,
) -> Result<(T, Registered), E> {
    let mut live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
    let made = make()?;
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    live.push((id, path(&made).to_owned()));
    Ok((made, Registered(id)))
}

/// Removes every listed file and folder, and keeps the list closed: a file made from now
/// on cannot be listed (its thread waits), as the run is ending. Returns how many were
/// removed, and the closed list, to hold until the process ends.
pub fn remove_listed() -> (usize, impl Sized) {
    let live = LIVE.lock().unwrap_or_else(|e| e.into_inner());
    let mut removed = 0;
    for (_, path) in live.iter() {
        let gone = if path.is_dir() {
            std::fs::remove_dir_all(path)
        } else {
            std::fs::remove_file(path)
        };
        removed += usize::from(gone.is_ok());
    }
    (removed, live)
}
