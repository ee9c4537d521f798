//! A blank plan for `iepress new`: every field a plan can have, the required ones marked,
//! each with what it takes as a comment (the stages, areas of need, agencies, relationships
//! and roles iepress knows, written from the same lists the reader checks against, and how
//! to name an entry of the bank).

use std::fmt::Write;

use crate::input::plan::{Agency, KeywordSet, Relationship};
use crate::input::structured::Role;

/// Writes `words` as comment lines of at most 90 characters, after `lead` (`# `).
fn wrapped(out: &mut String, indent: &str, lead: &str, words: &[&str]) {
    let mut line = format!("{indent}{lead}");
    for w in words {
        if line.len() + w.len() + 3 > 90 && line.trim_end() != format!("{indent}{lead}").trim_end()
        {
            let _ = writeln!(out, "{}", line.trim_end());
            line = format!("{indent}#   ");
        }
        line.push_str(w);
        line.push_str(" | ");
    }
    let _ = writeln!(out, "{}", line.trim_end().trim_end_matches('|').trim_end());
}

/// The blank plan's text.
pub fn blank_plan() -> String {
    let mut y = String::new();
    y.push_str(
        "# A new pupil's plan (IEP / SEN support plan). Fill it in, then:\n\
         #   iepress render THIS_FILE          (the family's copy; every mistake is named at once)\n\
         #   iepress lint THIS_FILE            (advice: vague provision, targets with nothing to count)\n\
         # Fields marked (required) must be given; leave out a line you do not need, or leave it empty.\n\
         # Any text may be plain (in the school's language), a map of languages\n\
         #   { en-GB: \"...\", ur: \"...\" }, or an entry of the bank, already in every language:\n\
         #   { bank: read-common-words, count: 20, total: 30 }   (`iepress bank list` lists them).\n\
         # A text with a colon and a space in it goes in quotes: \"Give him time: wait 10 seconds.\"\n",
    );
    y.push_str(
        "pupil:\n  \
         name:                   # (required) full name; or { en-GB: Bilal Hussain, ur: بلال حسین } to write it in the family's script too\n  \
         known_as:               # the name they go by, if not the first word of `name`\n  \
         date_of_birth:          # 2017-03-14\n  \
         year_group:             # a number: 0 for Reception, 1 to 14 for Year 1 to Year 14\n  \
         class:                  # the class's name, such as Oak\n  \
         gender:                 # female | male: for languages whose grammar agrees with the child\n",
    );
    y.push_str("family:\n  contacts: []            # parents and carers, one a line, such as:\n  #  - { name: Samina Khan, relationship: mother }    the relationships:\n");
    wrapped(&mut y, "  ", "#    ", Relationship::KEYS);
    y.push_str(
        "  language: en-GB         # (required) the language of the family's copy (`iepress languages` lists them)\n  \
         large_print: false      # true (18 pt), or a size from 16 to 36\n",
    );
    y.push_str("plan:\n  stage: sen-support      # (required) one of:\n");
    wrapped(
        &mut y,
        "  ",
        "#   ",
        &[
            "sen-support",
            "ehc-plan",
            "early-years-action",
            "early-years-action-plus",
            "school-action",
            "school-action-plus",
            "statement",
        ],
    );
    y.push_str("  areas_of_need: []       # a list of:\n");
    wrapped(
        &mut y,
        "  ",
        "#   ",
        &[
            "cognition-and-learning",
            "communication-and-interaction",
            "social-emotional-mental-health",
            "sensory-and-physical",
        ],
    );
    y.push_str(
        "  start:                  # (required) the date the plan starts, such as 2026-09-14\n  \
         review:                 # (required) the review meeting's date, within a term and a half\n  \
         class_teacher:          # Mrs J. Patel\n  \
         written_by:             # Mr D. Evans\n  \
         about:                  # what the pupil is good at and enjoys\n  \
         needs:                  # what the pupil finds hard\n  \
         strategies_that_work: [] # what helps the pupil: a list, one `- ` line each\n",
    );
    y.push_str(
        "  targets:                # (required) three or four SMART targets, each something to count or see\n    \
         - target:             # (required) { bank: ID, ... } or the school's words\n      \
         who:                  # a role, { role: ROLE, name: Mrs Lee }, or the school's words; the roles:\n",
    );
    wrapped(&mut y, "      ", "#   ", Role::KEYS);
    y.push_str(
        "      does_what:            # what they do\n      \
         when:                 # { minutes: 10, times_a_week: 4, part_of_day: morning }, { minutes: 20, days: [tuesday, thursday] },\n      \
         #                       { minutes: 5, every: morning, time: \"8:50\" }, or the school's words\n      \
         success:              # how success is checked\n      \
         home:                 # what the family can do at home\n",
    );
    y.push_str(
        "  home_support:           # how the family can help every day\n  \
         exit_criteria:          # when the extra help can stop\n  \
         further_assessments: [] # such as [{ bank: hearing-test, month: 3 }, { text: An eye test, month: 4 }]\n  \
         agencies: []            # services outside school, as these words (written in every language) or the school's own:\n",
    );
    wrapped(&mut y, "  ", "#   ", Agency::KEYS);
    y.push_str(
        "# After the review meeting, a `review:` section: date, present, outcomes (one a target:\n\
         # { result: achieved | partly | not-yet, comment: ... }), progress, pupil_comment,\n\
         # parent_comment, teacher_comment, next_steps, next_review. See\n\
         # examples/brookfield/plans/amira-khan.yaml.\n",
    );
    y
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_blank_plan_names_every_keyword_iepress_knows() {
        let y = blank_plan();
        for k in Agency::KEYS
            .iter()
            .chain(Relationship::KEYS)
            .chain(Role::KEYS)
        {
            assert!(y.contains(k), "{k} missing");
        }
        assert!(y.lines().all(|l| l.chars().count() <= 140), "{y}");
    }
}
