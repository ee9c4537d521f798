//! Input: the school's folder, the only code that reads the user's files.
//!
//! A school folder holds `school.yaml` (the school profile), `plans/` (a YAML file a pupil),
//! `provision/` (the provision map's tables, as CSV or a workbook), `translations/` (PO
//! files) and the office's appointment lists (CSV). Each reader checks what it reads and
//! turns every problem into a [`Diagnostic`](crate::diag::Diagnostic) naming the file,
//! line, column and field, with a hint.

pub mod appointments;
pub mod blank;
pub(crate) mod csv_rows;
pub mod group;
pub mod load;
pub mod plan;
pub mod provision;
pub(crate) mod read;
pub mod structured;
pub mod text;
pub(crate) mod yaml_tree;

/// Reads a small text file of the school's (its own bank entries) in its folder
/// `school_dir`: a regular file within 4 MiB, not a link out of the folder, UTF-8 without
/// control characters, composed (NFC).
pub(crate) fn read_school_text(
    school_dir: &std::path::Path,
    path: &std::path::Path,
) -> Result<String, crate::diag::Diagnostic> {
    read::within(school_dir, path)?;
    let bytes = read::read(path, 4 * 1024 * 1024)
        .map_err(|e| e.diagnostic(path, "the file", "check the path"))?;
    read::text(path, bytes, "the file", "save it as plain text in UTF-8")
}
pub mod translations;
