//! Tests of the form and of what a sent form changes.

#[allow(clippy::wildcard_imports)]
use super::change::*;
#[allow(clippy::wildcard_imports)]
use super::form::*;
use super::{Sent, sent_of};

const PLAN: &str = "plan:\n  about: Kind and calm.  # from the meeting\n  targets:\n    - target:\n        en-GB: Read 20 words.\n        ur: بیس الفاظ\n      who: { role: teaching-assistant, name: Mrs Lee }\n      when: { minutes: 10, times_a_week: 4 }\n      home: { bank: read-card-words-at-bedtime, count: 5 }\n    - target: { bank: follow-two-step-instruction, times: 4, of: 5 }\n      who: class-teacher\nreview:\n  outcomes:\n    - { result: achieved }\n    - { result: partly }\n";

#[test]
fn list_items_change_go_and_come() {
    let plan = "plan:\n  strategies_that_work:\n    - Ask her to say it back.   # works\n    - { bank: visual-timetable }\n  targets:\n    - target: Read\nreview:\n  date: 2027-01-22\n";
    let m = model(plan).unwrap();
    assert_eq!(m.lists[0].items.len(), 2);
    assert_eq!(m.lists[1].items.len(), 0);
    // The first changed (its comment stays), the second removed, one added; an
    // assessment added with its month to a plan that had none.
    let out = apply(
        plan,
        &sent(&[
            (
                "plan.strategies_that_work.0:text",
                "Ask her to say it back to you.",
            ),
            ("plan.strategies_that_work.1:remove", "1"),
            ("plan.strategies_that_work.new:bank", ""),
            ("plan.strategies_that_work.new:text", "A word mat."),
            (
                "plan.further_assessments.new:bank",
                "hearing-test-audiology",
            ),
            ("plan.further_assessments.new:month", "3"),
        ]),
        Move::None,
    )
    .unwrap();
    assert_eq!(
        out,
        "plan:\n  strategies_that_work:\n    - \"Ask her to say it back to you.\"   # works\n    - \"A word mat.\"\n  targets:\n    - target: Read\n  further_assessments: [{ bank: hearing-test-audiology, month: 3 }]\nreview:\n  date: 2027-01-22\n"
    );
    // In a short-form list, the school's words with a month; every item removed.
    let flow = "plan:\n  further_assessments: [{ bank: hearing-test-audiology, month: 3 }]\n  targets:\n    - target: Read\n";
    let out = apply(
        flow,
        &sent(&[
            ("plan.further_assessments.new:bank", ""),
            ("plan.further_assessments.new:text", "An eye test"),
            ("plan.further_assessments.new:month", "4"),
        ]),
        Move::None,
    )
    .unwrap();
    assert!(out.contains("  further_assessments: [{ bank: hearing-test-audiology, month: 3 }, { text: \"An eye test\", month: 4 }]\n"), "{out}");
    let out = apply(
        flow,
        &sent(&[("plan.further_assessments.0:remove", "1")]),
        Move::None,
    )
    .unwrap();
    assert!(out.contains("  further_assessments: []\n"), "{out}");
    let out = apply(
        plan,
        &sent(&[
            ("plan.strategies_that_work.0:remove", "1"),
            ("plan.strategies_that_work.1:remove", "1"),
        ]),
        Move::None,
    )
    .unwrap();
    assert!(
        out.starts_with("plan:\n  strategies_that_work: []\n  targets:"),
        "{out}"
    );
    // A month that is none is named.
    let problems = apply(
        plan,
        &sent(&[
            (
                "plan.further_assessments.new:bank",
                "hearing-test-audiology",
            ),
            ("plan.further_assessments.new:month", "13"),
        ]),
        Move::None,
    )
    .unwrap_err();
    assert_eq!(
        problems[0].field.as_deref(),
        Some("plan.further_assessments.new.month")
    );
}

#[test]
fn outcomes_change_in_place_and_new_ones_follow_the_targets_order() {
    // A result and a comment changed, in place.
    let out = apply(
        PLAN,
        &sent(&[
            ("review.outcomes.0:result", "partly"),
            ("review.outcomes.1:result", "partly"),
            ("review.outcomes.1.comment:text", "3 times out of 5."),
        ]),
        Move::None,
    )
    .unwrap();
    assert!(
        out.ends_with("  outcomes:\n    - { result: partly }\n    - { result: partly, comment: \"3 times out of 5.\" }\n"),
        "{out}"
    );
    // A review with no outcomes yet: the first target's added; the second's left
    // unrecorded.
    let none = PLAN.replace(
        "  outcomes:\n    - { result: achieved }\n    - { result: partly }\n",
        "  date: 2027-01-22\n",
    );
    let m = model(&none).unwrap();
    assert_eq!(m.targets[0].outcome.as_ref().unwrap().kind, "new");
    let out = apply(
        &none,
        &sent(&[
            ("review.outcomes.0:result", "achieved"),
            ("review.outcomes.0.comment:text", "Reads 24 words."),
            ("review.outcomes.1:result", ""),
        ]),
        Move::None,
    )
    .unwrap();
    assert!(
        out.ends_with("review:\n  date: 2027-01-22\n  outcomes: [{ result: achieved, comment: \"Reads 24 words.\" }]\n"),
        "{out}"
    );
    // The second target's outcome goes after the first's, in a block list.
    let one_recorded = PLAN.replace("    - { result: partly }\n", "");
    let out = apply(
        &one_recorded,
        &sent(&[("review.outcomes.1:result", "not-yet")]),
        Move::None,
    )
    .unwrap();
    assert!(
        out.ends_with("  outcomes:\n    - { result: achieved }\n    - { result: not-yet }\n"),
        "{out}"
    );
    // Not after a gap.
    let problems = apply(
        &none,
        &sent(&[("review.outcomes.1:result", "partly")]),
        Move::None,
    )
    .unwrap_err();
    assert_eq!(
        problems[0].field.as_deref(),
        Some("review.outcomes.1.result")
    );
    // No review: no outcome boxes.
    let no_review = PLAN.split("review:").next().unwrap();
    assert!(model(no_review).unwrap().targets[0].outcome.is_none());
}

pub(in crate::serve) fn sent(pairs: &[(&str, &str)]) -> Sent {
    let owned: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    sent_of(&owned)
}

#[test]
fn the_form_reads_each_text_as_the_file_writes_it() {
    let m = model(PLAN).unwrap();
    assert_eq!(m.targets.len(), 2);
    let first = &m.targets[0];
    assert_eq!(first.texts[0].kind, "languages");
    assert_eq!(first.texts[0].languages[1].value, "بیس الفاظ");
    assert_eq!(first.texts[3].bank, "read-card-words-at-bedtime");
    assert_eq!(first.texts[3].params[0].value, "5");
    assert_eq!(
        (first.who.role.as_str(), first.who.name.as_str()),
        ("teaching-assistant", "Mrs Lee")
    );
    assert_eq!(first.when.values["minutes"], "10");
    assert_eq!(m.targets[1].who.role, "class-teacher");
    assert_eq!(m.texts[0].text, "Kind and calm.");
}

#[test]
fn the_english_changes_and_the_urdu_stays() {
    let form = sent(&[
        ("plan.targets.0.target:bank", ""),
        ("plan.targets.0.target:text:en-GB", "Read 25 words."),
        ("plan.targets.0.target:text:ur", "بیس الفاظ"),
        ("plan.targets.0.when:shown", "1"),
        ("plan.targets.0.when:minutes", "15"),
        ("plan.targets.0.when:times_a_week", "4"),
        ("plan.targets.0.when:days", "monday"),
        ("plan.targets.1.who:role", "senco"),
        ("plan.targets.1.who:name", "Mr Evans"),
        ("plan.about:bank", ""),
        ("plan.about:text", "Kind and calm."),
    ]);
    let out = apply(PLAN, &form, Move::None).unwrap();
    assert_eq!(
        out,
        "plan:\n  about: Kind and calm.  # from the meeting\n  targets:\n    - target:\n        en-GB: \"Read 25 words.\"\n        ur: بیس الفاظ\n      who: { role: teaching-assistant, name: Mrs Lee }\n      when: { minutes: 15, times_a_week: 4, days: [monday] }\n      home: { bank: read-card-words-at-bedtime, count: 5 }\n    - target: { bank: follow-two-step-instruction, times: 4, of: 5 }\n      who: { role: senco, name: \"Mr Evans\" }\nreview:\n  outcomes:\n    - { result: achieved }\n    - { result: partly }\n"
    );
}

#[test]
fn targets_move_and_go_with_their_outcomes_and_a_new_one_is_added() {
    let moved = apply(PLAN, &Sent::new(), Move::Up(1)).unwrap();
    let m = model(&moved).unwrap();
    assert_eq!(m.targets[0].texts[0].bank, "follow-two-step-instruction");
    assert!(moved.ends_with("    - { result: partly }\n    - { result: achieved }\n"));
    let form = sent(&[
        ("new.target:bank", "write-sentences-about-picture"),
        ("new.target:param:count", "3"),
        ("new.who:role", "teaching-assistant"),
        ("new.who:name", ""),
        ("new.when:shown", "1"),
        ("new.when:minutes", "20"),
        ("new.when:days", "tuesday"),
        ("new.when:days", "thursday"),
    ]);
    let added = apply(PLAN, &form, Move::Remove(0)).unwrap();
    // A target without an outcome cannot go before one with an outcome.
    let three = apply(PLAN, &form, Move::None).unwrap();
    let refused = apply(&three, &Sent::new(), Move::Up(2)).unwrap_err();
    assert!(
        refused[0].message.starts_with("target 3 has no outcome"),
        "{refused:?}"
    );
    assert!(apply(&three, &Sent::new(), Move::Up(1)).is_ok());
    assert!(added.contains("  targets:\n    - target: { bank: follow-two-step-instruction, times: 4, of: 5 }\n      who: class-teacher\n    - target: { bank: write-sentences-about-picture, count: 3 }\n      who: teaching-assistant\n      when: { minutes: 20, days: [tuesday, thursday] }\nreview:\n  outcomes:\n    - { result: partly }\n"), "{added}");
}

#[test]
fn a_bank_entry_becomes_the_schools_words_and_a_text_is_emptied() {
    let form = sent(&[
        ("plan.targets.0.home:bank", ""),
        ("plan.targets.0.home:text", "Read the card together."),
        ("plan.about:bank", ""),
        ("plan.about:text", ""),
        ("plan.targets.1.who:role", "nurse"),
        ("plan.targets.1.who:name", ""),
    ]);
    let problems = apply(PLAN, &form, Move::None).unwrap_err();
    assert_eq!(problems.len(), 1);
    assert_eq!(problems[0].field.as_deref(), Some("plan.targets.1.who"));
    let form = sent(&[
        ("plan.targets.0.home:bank", ""),
        ("plan.targets.0.home:text", "Read the card together."),
        ("plan.about:bank", ""),
        ("plan.about:text", ""),
    ]);
    let out = apply(PLAN, &form, Move::None).unwrap();
    assert!(out.starts_with("plan:\n  targets:\n"));
    assert!(out.contains("      home: \"Read the card together.\"\n"));
}
