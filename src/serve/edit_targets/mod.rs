//! Editing a plan's texts and targets in the browser: each text as the file has it (the
//! school's words, their translations one box per language, or a bank entry with its
//! numbers), who helps and when as structured fields, and the targets added, removed and
//! moved. Only what is changed is rewritten, in place (see [`crate::input::yaml_tree`]); a text's
//! translations the form does not change, comments and layout stay as the school wrote them.
//!
//! Form fields are named by the value's path in the plan and a part:
//! `plan.targets.0.target:bank`, `…:param:count`, `…:text` (the school's words),
//! `…:text:ur` (one language of a translation map), `…who:role`, `…when:minutes`.
//! A field the form did not send leaves its value as it is.

mod change;
mod form;
mod page;
#[cfg(test)]
pub(super) mod tests;

use std::collections::BTreeMap;

pub(super) use page::{
    group_targets_page, pupil_name, save_group_targets, save_targets, sent_of, targets_page,
};

/// What a form sent: each name with every value given for it.
pub type Sent = BTreeMap<String, Vec<String>>;
