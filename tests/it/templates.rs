//! The templates and the typed documents agree: every label a template reads is one the
//! document gives it, and every label the document gives is read.

use std::collections::BTreeSet;

use iepress::document::iep::IepLabels;
use iepress::document::pack_cover::PackLabels;
use iepress::document::provision_map::ProvisionLabels;

use crate::root;

/// The label ids a template reads: the argument of every `labels.at("…")` and `label("…")`,
/// and every other string in it that is written as a message id (`"pack-col-time"`), which
/// is how the templates name the labels of their table columns.
fn ids_read(template: &str) -> BTreeSet<String> {
    let source = std::fs::read_to_string(root().join("typst-templates").join(template)).unwrap();
    let mut ids = BTreeSet::new();
    let mut rest = source.as_str();
    while let Some(start) = rest.find('"') {
        let after = &rest[start + 1..];
        let Some(end) = after.find('"') else { break };
        let literal = &after[..end];
        let before = rest[..start].trim_end();
        let called = before.ends_with("labels.at(") || before.ends_with("label(");
        let id_like = literal.contains('-')
            && literal
                .split('-')
                .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase()));
        if called || id_like {
            ids.insert(literal.to_owned());
        }
        rest = &after[end + 1..];
    }
    ids
}

fn check(template: &str, given: &[&str]) {
    let read = ids_read(template);
    let given: BTreeSet<String> = given.iter().map(|s| (*s).to_owned()).collect();
    let missing: Vec<_> = read.difference(&given).collect();
    assert!(
        missing.is_empty(),
        "{template} reads labels its document does not give: {missing:?}"
    );
    let unread: Vec<_> = given.difference(&read).collect();
    assert!(
        unread.is_empty(),
        "{template} never reads the labels {unread:?}"
    );
}

#[test]
fn the_iep_template_reads_the_iep_labels() {
    check("iep.typ", IepLabels::IDS);
}

#[test]
fn the_pack_template_reads_the_pack_labels() {
    check("pack.typ", PackLabels::IDS);
}

#[test]
fn the_provision_template_reads_the_provision_labels() {
    check("provision.typ", ProvisionLabels::IDS);
}

#[test]
fn a_label_the_template_does_not_have_is_found() {
    // The check itself: an id read by a template but missing from the document is named.
    let read = ids_read("iep.typ");
    assert!(read.contains("facts-heading"), "{read:?}");
    let result = std::panic::catch_unwind(|| check("iep.typ", &IepLabels::IDS[1..]));
    assert!(result.is_err());
}
