//! Issue 19: `iepress lint`, advice for whoever writes a plan: each finding on a plan made
//! to trip it, with its file, line and field; the example plans have none.

use crate::{iepress, temp};

const TRIPS: &str = "pupil:
  name: Test Pupil
  year_group: 3
family:
  language: pl
plan:
  stage: sen-support
  areas_of_need: [cognition-and-learning]
  start: 2020-01-06
  review: 2020-07-20
  about: Test Pupil is a cheerful child who likes drawing and football and who always arrives at school with a smile and a story about what happened at home the evening before.
  strategies_that_work:
    - Work is differentiated for them.
  targets:
    - target: Test Pupil will read better.
      who: class-teacher
      does_what: Support as needed
      when: Regularly
    - target: { bank: read-common-words, count: 20, total: 30 }
      success: { bank: words-read-checked-weekly }
      when: { minutes: 10, times_a_week: 4 }
    - target: { bank: follow-two-step-instruction, times: 3, of: 5 }
      success: { bank: tally-chart-weekly }
      when: { every: lesson }
    - target: { bank: write-sentences-about-picture, count: 3 }
      success: { bank: writing-samples-checked }
      when: { every: lesson }
    - target: { bank: take-turns-in-conversation, turns: 3 }
      success: { bank: group-session-notes }
      when: { every: lesson }
review:
  date: 2020-07-20
  outcomes: [{ result: achieved }]
";

#[test]
fn issue_19_each_finding_with_its_line() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans"]);
    let plan = school.join("plans/test-pupil.yaml");
    std::fs::write(&plan, TRIPS).unwrap();
    let run = iepress(dir.path(), &["lint", plan.to_str().unwrap()]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let file = plan.display().to_string();
    for (says, field, line) in [
        (
            "more than a term and a half after the start",
            "plan.review",
            10,
        ),
        (
            "a sentence of 31 words is hard for a parent to read",
            "plan.about",
            11,
        ),
        (
            "`differentiated` is school jargon",
            "plan.strategies_that_work[0]",
            13,
        ),
        (
            "the target has nothing to count",
            "plan.targets[0].target",
            15,
        ),
        (
            "says nothing of how success will be checked",
            "plan.targets[0].success",
            15,
        ),
        (
            "`as needed` does not say how much help",
            "plan.targets[0].does_what",
            17,
        ),
        (
            "`Regularly` does not say how often or for how long",
            "plan.targets[0].when",
            18,
        ),
        (
            "`regularly` does not say how much help",
            "plan.targets[0].when",
            18,
        ),
        ("5 targets: more than 4", "plan.targets", 28),
        (
            "the review does not record the parents' views",
            "review.parent_comment",
            32,
        ),
        (
            "the review does not record the pupil's views",
            "review.pupil_comment",
            32,
        ),
    ] {
        let expected = format!("(field `{field}`) in {file}:{line}:");
        assert!(
            run.stderr
                .lines()
                .any(|l| l.starts_with("warning: ") && l.contains(says) && l.contains(&expected)),
            "no `{says}` at {expected}:\n{}",
            run.stderr
        );
    }
    // A review date gone by with no review recorded.
    let unreviewed = TRIPS.split("review:\n  date").next().unwrap();
    std::fs::write(&plan, unreviewed).unwrap();
    let run = iepress(dir.path(), &["lint", plan.to_str().unwrap()]);
    assert!(
        run.stderr
            .contains("the review date (2020-07-20) has passed, and no review is recorded"),
        "{}",
        run.stderr
    );
    // With a language: what is not translated into it yet.
    let run = iepress(
        dir.path(),
        &["lint", plan.to_str().unwrap(), "--lang", "pl"],
    );
    assert!(
        run.stderr
            .contains("no translation into Polish (pl) yet (field `plan.about`)"),
        "{}",
        run.stderr
    );
    // --deny-warnings makes findings fail.
    let run = iepress(
        dir.path(),
        &["lint", plan.to_str().unwrap(), "--deny-warnings"],
    );
    assert_eq!(run.status, 1);
}

/// The example school's plans (and its group plan) are written as the advice asks.
#[test]
fn issue_19_the_example_plans_have_no_findings() {
    let dir = temp();
    let run = iepress(
        dir.path(),
        &[
            "lint",
            crate::brookfield().to_str().unwrap(),
            "--deny-warnings",
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("0 finding(s) in 4 plan(s)"),
        "{}",
        run.stderr
    );
}
