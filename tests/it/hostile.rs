//! Hostile and careless input (issue 14): nothing lost, nothing overwritten, nothing hangs.

use std::io::Read;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use crate::{brookfield, iepress, temp};

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
        run.stderr.contains("cannot write nowhere.pdf"),
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
}
