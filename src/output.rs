//! Write output files whole or not at all: through a temporary file in the same folder,
//! renamed into place when complete, so that a reader never sees half a file and a failure
//! leaves nothing behind. Only a regular file is ever replaced (see [`AtomicFile`]).
//!
//! The entry points are [`write_atomically`] and, for many files at once,
//! [`write_atomically_deferred`] followed by one [`sync_folder`].

use std::fmt;
use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::diag::Diagnostic;

/// A file that could not be written.
#[derive(Debug)]
pub struct WriteError {
    /// The file (or folder).
    pub path: PathBuf,
    /// Why.
    pub error: std::io::Error,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "cannot write {} ({})", self.path.display(), self.error)
    }
}

impl std::error::Error for WriteError {}

impl WriteError {
    /// The problem as a diagnostic, with its fix.
    pub fn diagnostic(&self) -> Diagnostic {
        let hint = if self.error.get_ref().is_some_and(|e| e.is::<DanglingLink>()) {
            "give the file's own name with -o, or make the file the link points to first"
        } else {
            "check that the folder exists and can be written to"
        };
        Diagnostic::new(self.to_string()).hint(hint)
    }
}

/// A symbolic link to nothing, given as an output: it is not replaced.
#[derive(Debug)]
struct DanglingLink(PathBuf);

impl fmt::Display for DanglingLink {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "it is a link to {}, which does not exist, and a link is never replaced",
            self.0.display()
        )
    }
}

impl std::error::Error for DanglingLink {}

impl WriteError {
    fn dangling(path: &Path) -> WriteError {
        let to = std::fs::read_link(path).unwrap_or_default();
        WriteError {
            path: path.to_owned(),
            error: std::io::Error::other(DanglingLink(to)),
        }
    }
}

/// An output folder held by one run (see [`hold_folder`]); let go when dropped.
#[derive(Debug)]
pub struct HeldFolder {
    _lock: std::fs::File,
}

/// Holds an output folder for one run, making it if missing: no other iepress run writes
/// into it meanwhile (two parents' evenings into one folder would mix their files), and
/// the temporary files an earlier, interrupted run of iepress left there (a killed batch's
/// half-written print pack) are removed, since no run is writing them now.
pub fn hold_folder(dir: &Path) -> Result<HeldFolder, Diagnostic> {
    use std::os::fd::AsRawFd;
    let failed = |error: std::io::Error| {
        WriteError {
            path: dir.to_owned(),
            error,
        }
        .diagnostic()
    };
    std::fs::create_dir_all(dir).map_err(failed)?;
    // The folder itself is locked, so that nothing is added to it.
    let lock = std::fs::File::open(dir).map_err(failed)?;
    // SAFETY: the descriptor is open for the duration of the call.
    if unsafe { libc::flock(lock.as_raw_fd(), libc::LOCK_EX | libc::LOCK_NB) } != 0 {
        return Err(Diagnostic::in_file(
            dir,
            "another iepress run is writing into this folder",
            "wait for it to finish, or give another folder with -o",
        ));
    }
    for entry in std::fs::read_dir(dir).map_err(failed)?.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(".iepress-") && name.ends_with(".part") {
            std::fs::remove_file(entry.path()).map_err(failed)?;
        }
    }
    Ok(HeldFolder { _lock: lock })
}

/// Refuses an output that is one of the files it is made from (the same file, whatever
/// the path: through a link, a hard link or `..`), so that a mistyped `-o` never replaces a
/// plan, the school profile or a translation.
pub fn refuse_input(output: &Path, inputs: &[PathBuf]) -> Result<(), Diagnostic> {
    use std::os::unix::fs::MetadataExt;
    let Ok(out) = std::fs::metadata(output) else {
        return Ok(());
    };
    let same = inputs.iter().find(|input| {
        std::fs::metadata(input).is_ok_and(|m| (m.dev(), m.ino()) == (out.dev(), out.ino()))
    });
    match same {
        Some(input) => Err(Diagnostic::in_file(
            output,
            format!(
                "refusing to write over {}, which this document is made from",
                input.display()
            ),
            "give the output another name with -o",
        )),
        None => Ok(()),
    }
}

/// Writes a file through a temporary file in the same folder, renamed into place: a reader
/// sees the old file or the whole new one, never half of one, and a failure leaves nothing.
/// The file is on disk when this returns.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes).map_err(|e| file.failed(e))?;
    file.commit()
}

/// Writes a new file whole (through a temporary file beside it), never over a file that
/// exists, even one made meanwhile: the file is there whole, or not at all.
pub fn write_new(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let failed = |error| WriteError {
        path: path.to_owned(),
        error,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".iepress-")
        .suffix(".part")
        .tempfile_in(dir)
        .map_err(failed)?;
    temp.write_all(bytes).map_err(failed)?;
    temp.as_file().sync_all().map_err(failed)?;
    temp.persist_noclobber(path).map_err(|e| failed(e.error))?;
    Ok(())
}

/// Like [`write_atomically`], but leaves flushing the file to disk to a later
/// [`sync_folder`]: for many files at once, one flush at the end is much cheaper than one a
/// file. Readers still never see half a file.
pub fn write_atomically_deferred(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes).map_err(|e| file.failed(e))?;
    file.commit_deferred()
}

/// Flushes everything written into a folder (its files and their names) to disk.
pub fn sync_folder(dir: &Path) -> Result<(), WriteError> {
    let failed = |error| WriteError {
        path: dir.to_owned(),
        error,
    };
    let folder = std::fs::File::open(dir).map_err(failed)?;
    use std::os::fd::AsRawFd;
    // syncfs flushes the folder's whole file system in one go (Linux).
    // SAFETY: the descriptor is open for the duration of the call.
    if unsafe { libc::syncfs(folder.as_raw_fd()) } != 0 {
        return Err(failed(std::io::Error::last_os_error()));
    }
    folder.sync_all().map_err(failed)
}

/// A file being written through a temporary file beside it: [`AtomicFile::commit`] puts it
/// in place; dropping it without committing removes the temporary file.
///
/// What is at the path decides how it is written, so that nothing but a regular file is
/// ever replaced: a symbolic link is followed (its target is replaced, the link stays); a
/// device, a FIFO or a socket (`/dev/stdout`, a pipe) is written to as a stream, never
/// replaced by a file.
pub struct AtomicFile {
    /// The path as given, for messages.
    path: PathBuf,
    sink: Sink,
    /// Bytes written so far.
    written: u64,
}

/// Where an [`AtomicFile`]'s bytes go.
enum Sink {
    /// A temporary file, renamed onto `target` (the path, or its link's target) when done.
    Temporary {
        file: std::io::BufWriter<tempfile::NamedTempFile>,
        target: PathBuf,
        /// On the list of what a stopped run removes, until renamed or removed.
        _listed: crate::cleanup::Registered,
    },
    /// A device, FIFO or socket, written to as it is.
    Stream(std::io::BufWriter<std::fs::File>),
}

impl AtomicFile {
    /// Starts writing `path`.
    pub fn create(path: &Path) -> Result<Self, WriteError> {
        let failed = |error| WriteError {
            path: path.to_owned(),
            error,
        };
        // A device, a FIFO or a socket, found through any links (`/dev/stdout` leads to the
        // pipe or terminal the run writes to, which has no path of its own), is written to.
        if let Ok(m) = std::fs::metadata(path)
            && !m.is_file()
            && !m.is_dir()
        {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .map_err(failed)?;
            return Ok(AtomicFile {
                path: path.to_owned(),
                sink: Sink::Stream(std::io::BufWriter::with_capacity(1 << 16, file)),
                written: 0,
            });
        }
        // Through a link, to what it points at; a link to nothing is refused rather than
        // replaced.
        let target = match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => {
                std::fs::canonicalize(path).map_err(|_| WriteError::dangling(path))?
            }
            _ => path.to_owned(),
        };
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let (file, listed) = crate::cleanup::create_listed(
            || {
                tempfile::Builder::new()
                    .prefix(".iepress-")
                    .suffix(".part")
                    .permissions(std::fs::Permissions::from_mode(0o644))
                    .tempfile_in(dir)
            },
            |file| file.path(),
        )
        .map_err(failed)?;
        Ok(AtomicFile {
            path: path.to_owned(),
            sink: Sink::Temporary {
                file: std::io::BufWriter::with_capacity(1 << 16, file),
                target,
                _listed: listed,
            },
            written: 0,
        })
    }

    /// How many bytes have been written.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// The error for a failed write.
    pub fn failed(&self, error: std::io::Error) -> WriteError {
        WriteError {
            path: self.path.clone(),
            error,
        }
    }

    /// Flushes the file to disk and renames it into place.
    pub fn commit(self) -> Result<(), WriteError> {
        self.finish(true)
    }

    /// Renames the file into place, leaving the flush to disk to a later [`sync_folder`].
    pub fn commit_deferred(self) -> Result<(), WriteError> {
        self.finish(false)
    }

    fn finish(self, sync: bool) -> Result<(), WriteError> {
        let failed = |error| WriteError {
            path: self.path.clone(),
            error,
        };
        match self.sink {
            Sink::Temporary { file, target, .. } => {
                let file = file.into_inner().map_err(|e| failed(e.into_error()))?;
                if sync {
                    file.as_file().sync_all().map_err(failed)?;
                }
                file.persist(&target).map_err(|e| failed(e.error))?;
            }
            // A device or a pipe has no file to flush to disk: what was written is gone to
            // its reader.
            Sink::Stream(mut stream) => stream.flush().map_err(failed)?,
        }
        Ok(())
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = match &mut self.sink {
            Sink::Temporary { file, .. } => file.write(buf),
            Sink::Stream(stream) => stream.write(buf),
        }?;
        self.written += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Temporary { file, .. } => file.flush(),
            Sink::Stream(stream) => stream.flush(),
        }
    }
}

crate::error::into_error!(WriteError);
