//! Input: the school's folder, the only code that reads the user's files.
//!
//! A school folder holds `school.yaml` (the school profile), `plans/` (a YAML file a pupil),
//! `provision/` (the provision map's tables, as CSV or a workbook), `translations/` (PO
//! files) and the office's appointment lists (CSV). Each reader checks what it reads and
//! turns every problem into a [`Diagnostic`](crate::diag::Diagnostic) naming the file,
//! line, column and field, with a hint.

pub mod appointments;
pub(crate) mod csv_rows;
pub mod load;
pub mod plan;
pub mod provision;
pub(crate) mod read;
pub mod structured;
pub mod translations;
