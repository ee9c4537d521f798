//! Issue 19: the support timetable. The provision tables say when each piece of support
//! runs (`days`, `time`, `room`; a pupil's own days and time in the participants' table);
//! a parent's copy of the provision map shows the child's week (the days as columns, named
//! as the family's language names them, the sessions in time order with what, who, where
//! and how long) in every format, and the school's map shows the whole school's week.

use std::path::Path;

use iepress::document::provision_map::{self, Options};
use iepress::localize::Language;
use iepress::write::outline::{Block, Outlined};

use crate::provision::{map, school_with};
use crate::{brookfield, temp};

/// A web page's week table: its column headers, and each row's header with its cells.
fn week_table(html: &Path, time_label: &str) -> (Vec<String>, Vec<(String, Vec<String>)>) {
    let page = scraper::Html::parse_document(&std::fs::read_to_string(html).unwrap());
    let table = scraper::Selector::parse("table").unwrap();
    let th = scraper::Selector::parse("thead th[scope=col]").unwrap();
    let row = scraper::Selector::parse("tbody tr").unwrap();
    let row_header = scraper::Selector::parse("th[scope=row]").unwrap();
    let cell = scraper::Selector::parse("td").unwrap();
    let text = |e: scraper::ElementRef| e.text().collect::<Vec<_>>().join(" ");
    let week = page
        .select(&table)
        .find(|t| t.select(&th).next().is_some_and(|h| text(h) == time_label))
        .unwrap_or_else(|| panic!("no week table headed `{time_label}`"));
    let columns = week.select(&th).map(text).collect();
    let rows = week
        .select(&row)
        .map(|r| {
            (
                text(r.select(&row_header).next().unwrap()),
                r.select(&cell).map(text).collect(),
            )
        })
        .collect();
    (columns, rows)
}

#[test]
fn issue_19_a_childs_week_in_three_languages_and_in_large_print() {
    let dir = temp();
    // Each family's language, its days as CLDR names them (Monday to Friday), and the
    // child's sessions' times in order, as the language writes them.
    let cases = [
        (
            "amira-khan",
            "وقت",
            ["پیر", "منگل", "بدھ", "جمعرات", "جمعہ"],
            vec!["9:00 AM", "10:45 AM", "1:15 PM"],
        ),
        (
            "zofia-nowak",
            "Godzina",
            ["Poniedziałek", "Wtorek", "Środa", "Czwartek", "Piątek"],
            vec!["14:00"],
        ),
        (
            "oliver-smith",
            "Time",
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
            vec!["08:50", "13:30"],
        ),
    ];
    for (pupil, time_label, days, times) in cases {
        let html = map(
            dir.path(),
            &brookfield(),
            &["--pupil", pupil, "--format", "html"],
            &format!("{pupil}.html"),
        );
        let (columns, rows) = week_table(&html, time_label);
        let mut expected = vec![time_label.to_owned()];
        expected.extend(days.iter().map(|d| (*d).to_owned()));
        assert_eq!(columns, expected, "{pupil}");
        let row_times: Vec<&str> = rows.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(row_times, times, "{pupil}");
        // Only the child's own support: no one else's session is in their week.
        let all: String = rows.iter().flat_map(|(_, c)| c.clone()).collect();
        match pupil {
            "amira-khan" => {
                // Precision teaching at her own time (09:00) on its four days, not the
                // reading catch-up group she does not attend.
                assert_eq!(
                    rows[0]
                        .1
                        .iter()
                        .filter(|c| c.contains("Precision teaching"))
                        .count(),
                    4
                );
                assert!(!all.contains("Reading catch-up"));
                assert!(rows[0].1[0].contains("Library corner"), "{:?}", rows[0]);
            }
            "zofia-nowak" => {
                assert!(rows[0].1[0].contains("Pre-teaching of topic words"));
                assert!(rows[0].1[0].contains("15 minut"), "{:?}", rows[0]);
                assert!(rows[0].1[1].is_empty() && rows[0].1[2].is_empty());
                assert!(rows[0].1[3].contains("Pre-teaching"));
            }
            _ => {
                // Every morning's check-in, and the Wednesday group after lunch.
                assert!(rows[0].1.iter().all(|c| c.contains("Daily check-in")));
                assert!(rows[0].1[0].contains("5 minutes"));
                assert!(
                    rows[1].1[2].contains("Social skills group")
                        && rows[1].1[2].contains("45 minutes")
                );
                assert!(
                    !all.contains("1 pupil"),
                    "a parent's copy says nothing of group sizes"
                );
            }
        }
    }

    // The PDFs: in the family's language, tagged, and (Oliver's, 18 pt) within the page.
    for (pupil, expected) in [
        ("amira-khan", "جمعرات"),
        ("zofia-nowak", "Kiedy Zosia ma wsparcie w ciągu tygodnia"),
        ("oliver-smith", "When Ollie gets support each week"),
    ] {
        let pdf = map(
            dir.path(),
            &brookfield(),
            &["--pupil", pupil],
            &format!("{pupil}.pdf"),
        );
        let text = crate::pdf::text(&pdf);
        assert!(
            crate::pdf::squash(&text).contains(&crate::pdf::squash(expected)),
            "{pupil}: {text}"
        );
    }
    let large = dir.path().join("oliver-smith.pdf");
    assert!(crate::pdf::text(&large).contains("08:50"));
    let run = crate::iepress(
        dir.path(),
        &["check", "--large-print", large.to_str().unwrap()],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    // And Amira's in 24 pt too: each day a block of its own, nothing off the page.
    let big = map(
        dir.path(),
        &brookfield(),
        &["--pupil", "amira-khan", "--large-print", "24"],
        "amira-24.pdf",
    );
    let run = crate::iepress(
        dir.path(),
        &["check", "--large-print", big.to_str().unwrap()],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
}

/// Braille and audio read the week row by row: a time, then each day's sessions after the
/// day's name, as the web page's table has them.
#[test]
fn issue_19_braille_and_audio_read_the_week_row_by_row() {
    let english = Language::find(&"en-GB".parse().unwrap()).unwrap();
    let prepared = provision_map::prepare(
        &brookfield(),
        &Options {
            pupil: Some("oliver-smith".into()),
            language: Some(english),
            large_print: None,
        },
    )
    .unwrap();
    let outline = prepared.document.outline();
    let week = outline
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table { columns, rows } if columns[0] == "Time" => Some((columns, rows)),
            _ => None,
        })
        .expect("a week");
    assert_eq!(week.0[1], "Monday");
    let ssml = iepress::write::audio::ssml(&outline);
    let row = ssml.find("08:50").expect("the time is read");
    let monday =
        ssml[row..].find("Monday: Daily check-in, Learning mentor, Nurture room, 5 minutes");
    let wednesday = ssml[row..].find("Wednesday: Daily check-in");
    assert!(monday.is_some() && monday < wednesday, "{ssml}");

    let dir = temp();
    let brf = map(
        dir.path(),
        &brookfield(),
        &["--pupil", "oliver-smith", "--format", "brf"],
        "oliver.brf",
    );
    let brf = std::fs::read_to_string(&brf).unwrap();
    let pages = crate::braille::check_layout(&brf, "en-ueb-g2.ctb");
    let text = crate::braille::normalise(&crate::braille::text_of("en-ueb-g2.ctb", &pages));
    let at = text.find("08:50").expect("the time in braille");
    let after = &text[at..];
    // (Read back in lower case.)
    assert!(
        after.find("monday: daily check-in learning mentor nurture room 5 minutes")
            < after.find("tuesday:")
            && after.find("13:30 wednesday: social skills group") > after.find("friday:"),
        "{after}"
    );
}

/// The school's week: every session of support with who runs it, where and for how many
/// pupils (a pupil with their own time has a session of their own).
#[test]
fn issue_19_the_schools_week_of_support() {
    let dir = temp();
    let html = map(
        dir.path(),
        &brookfield(),
        &["--format", "html"],
        "school.html",
    );
    let (columns, rows) = week_table(&html, "Time");
    assert_eq!(columns.len(), 6);
    let times: Vec<&str> = rows.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        times,
        [
            "08:50", "09:00", "09:10", "10:45", "13:15", "13:30", "14:00"
        ]
    );
    // Precision teaching is one to one, at Amira's own time; the reading group, which no
    // pupil attends yet, still has its place.
    let monday = |rows: &[(String, Vec<String>)], time: &str| {
        rows.iter().find(|(t, _)| t == time).unwrap().1[0].clone()
    };
    assert!(monday(&rows, "09:00").contains("Precision teaching"));
    assert!(monday(&rows, "09:00").contains("1 pupil"));
    assert!(monday(&rows, "09:10").contains("Reading catch-up group"));
    assert!(
        monday(&rows, "09:10").contains("Library") && monday(&rows, "09:10").contains("0 pupils")
    );
    // Without her own time, precision teaching has none yet: a row of its own, last.
    let school = school_with(dir.path(), |name, text| {
        if name == "participants.csv" {
            text.replace(",,09:00", ",,")
        } else {
            text
        }
    });
    let html = map(dir.path(), &school, &["--format", "html"], "unset.html");
    let (_, rows) = week_table(&html, "Time");
    assert_eq!(rows.last().unwrap().0, "Time not set yet");
    assert!(monday(&rows, "Time not set yet").contains("Precision teaching"));
    assert!(!rows.iter().any(|(t, _)| t == "09:00"));
}

/// The timetable's cells are checked like every other: a day that is not one, a day given
/// twice, fewer days than sessions, a time that is not one, and a column named nearly as
/// one iepress reads, each named by file, row, column and field.
#[test]
fn issue_19_timetable_cells_are_checked() {
    let dir = temp();
    let school = school_with(dir.path(), |name, text| match name {
        "interventions.csv" => text
            .replace("Mon Wed Fri,09:10", "Mon Wed Fry,09:10")
            .replace("Tue Thu,13:15", "Tue Tue,13:15")
            .replace("Wed,13:30", "Wed,1.30")
            .replace("Mon Thu,14:00", "Mon,14:00"),
        "participants.csv" => text.replace(
            "pupil,intervention,start,end,entry,exit,days,time",
            "pupil,intervention,start,end,entry,exit,day,time",
        ),
        _ => text,
    });
    let run = crate::iepress(
        dir.path(),
        &["provision-map", school.to_str().unwrap(), "-o", "map.pdf"],
    );
    assert_eq!(run.status, 1);
    let e = &run.stderr;
    for (message, place) in [
        (
            "`Fry` is not a day of the week (field `days`)",
            "interventions.csv:3:14",
        ),
        (
            "`Tue` is given twice (field `days`)",
            "interventions.csv:4:14",
        ),
        (
            "`1.30` is not a time of day (field `time`)",
            "interventions.csv:6:15",
        ),
        (
            "1 day is given, but the intervention has 2 sessions a week (field `days`)",
            "interventions.csv:8:14",
        ),
        (
            "the table has a column `day`, which iepress does not read (field `day`)",
            "participants.csv:1:7",
        ),
    ] {
        assert!(
            e.lines()
                .any(|l| l.starts_with("error: ") && l.contains(message) && l.ends_with(place)),
            "missing `{message}` at {place} in\n{e}"
        );
    }
    for hint in [
        "hint: did you mean `days`?",
        "hint: write hours and minutes on the 24-hour clock, such as 09:10 or 13:15",
        "hint: give one day for each session, or change sessions_per_week",
    ] {
        assert!(e.contains(hint), "missing `{hint}` in\n{e}");
    }
    assert!(!dir.path().join("map.pdf").exists());
}
