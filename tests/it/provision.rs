//! The provision map: reading the tables (CSV and Excel), the sums, and bad cells.

use std::path::Path;

use iepress::input::plan::AreaOfNeed;
use iepress::input::provision::{self, Provision};

use crate::{brookfield, temp};

fn example() -> Provision {
    provision::load(&brookfield()).unwrap_or_else(|errors| {
        panic!(
            "{}",
            errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n")
        )
    })
}

/// The costs of the example school's interventions, worked out by hand:
/// staff cost an hour × minutes / 60 × sessions a week × weeks + other costs.
#[test]
fn costs_match_the_sums_worked_by_hand() {
    let map = example();
    let cost = |id: &str| {
        let i = map.intervention(id).unwrap();
        (i.session_cost(), i.cost(), i.cost_per_pupil())
    };
    // 18.50 × 10/60 = 3.0833; × 4 × 10 = 123.333; one pupil.
    assert_eq!(cost("precision-teaching"), (308, 12333, 12333));
    // 18.50 × 20/60 = 6.1667; × 3 × 12 = 222.00; + 120.00 = 342.00; / 4 = 85.50.
    assert_eq!(cost("reading-catch-up"), (617, 34200, 8550));
    // 18.50 × 20/60 × 2 × 10 = 123.333; + 35.00 = 158.333; / 5 = 31.667.
    assert_eq!(cost("writing-group"), (617, 15833, 3167));
    // 19.20 × 30/60 = 9.60; × 2 × 10 = 192.00; / 6 = 32.00.
    assert_eq!(cost("listening-group"), (960, 19200, 3200));
    // 21.00 × 45/60 = 15.75; × 1 × 10 = 157.50; + 60.00 = 217.50; / 6 = 36.25.
    assert_eq!(cost("social-skills"), (1575, 21750, 3625));
    // 21.00 × 5/60 = 1.75; × 5 × 12 = 105.00; one pupil.
    assert_eq!(cost("check-in"), (175, 10500, 10500));
    // 18.50 × 15/60 = 4.625; × 2 × 12 = 111.00; / 3 = 37.00.
    assert_eq!(cost("pre-teaching"), (463, 11100, 3700));
    // Totals are rounded once from the exact costs: 623.667, 303.00, 322.50 and 1,249.1667
    // (the rounded costs would add up to 1,249.16).
    assert_eq!(map.area_cost(AreaOfNeed::CognitionAndLearning), 62367);
    assert_eq!(
        map.area_cost(AreaOfNeed::CommunicationAndInteraction),
        30300
    );
    assert_eq!(
        map.area_cost(AreaOfNeed::SocialEmotionalMentalHealth),
        32250
    );
    assert_eq!(map.area_cost(AreaOfNeed::SensoryAndPhysical), 0);
    assert_eq!(map.total_cost(), 124917);
}

#[test]
fn impact_and_gaps_match_the_sums_worked_by_hand() {
    let map = example();
    let impact = |id: &str| map.impact(map.intervention(id).unwrap());
    // Amira: 8 → 24 common words; 123.333 / 16 points = 7.708.
    let precision = impact("precision-teaching").unwrap();
    assert_eq!(
        (precision.pupils, precision.entry, precision.exit),
        (1, 8.0, 24.0)
    );
    assert_eq!(
        (precision.gain, precision.cost_per_point),
        (16.0, Some(771))
    );
    // Oliver: 38 → 51 on the Boxall profile; 36.25 / 13 = 2.788.
    let social = impact("social-skills").unwrap();
    assert_eq!((social.gain, social.cost_per_point), (13.0, Some(279)));
    // Zofia: 3 → 9 topic words; 37.00 / 6 = 6.167.
    assert_eq!(impact("pre-teaching").unwrap().cost_per_point, Some(617));
    // Nobody attends the reading catch-up group yet.
    assert_eq!(impact("reading-catch-up"), None);

    // Zofia's plan names sensory and physical needs, which nothing she attends meets, and
    // the school has no provision for them at all.
    let gaps = map.gaps();
    assert_eq!(
        gaps.pupils,
        [(
            "zofia-nowak".to_owned(),
            vec![AreaOfNeed::SensoryAndPhysical]
        )]
    );
    assert_eq!(gaps.areas, [AreaOfNeed::SensoryAndPhysical]);
}

/// A copy of the example school whose provision tables are changed by `edit`.
pub(crate) fn school_with(dir: &Path, edit: impl Fn(&str, String) -> String) -> std::path::PathBuf {
    let school = dir.join("school");
    for sub in ["plans", "provision"] {
        std::fs::create_dir_all(school.join(sub)).unwrap();
        for file in std::fs::read_dir(brookfield().join(sub)).unwrap() {
            let file = file.unwrap().path();
            // The group plans' folder is not a table.
            if file.is_dir() {
                continue;
            }
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&file).unwrap();
            std::fs::write(school.join(sub).join(&name), edit(&name, text)).unwrap();
        }
    }
    std::fs::copy(brookfield().join("school.yaml"), school.join("school.yaml")).unwrap();
    school
}

fn errors(school: &Path) -> Vec<String> {
    match provision::load(school) {
        Ok(_) => panic!("the provision map was accepted"),
        // Each with its hints, as the command line shows them.
        Err(errors) => errors
            .iter()
            .map(|e| {
                let hints: String = e.hints.iter().map(|h| format!("\nhint: {h}")).collect();
                format!("{e}{hints}")
            })
            .collect(),
    }
}

#[test]
fn a_bad_cell_is_named_by_file_row_column_and_value() {
    let dir = temp();
    let school = school_with(dir.path(), |name, text| match name {
        "interventions.csv" => text
            .replace(
                "Teaching assistant (trained),19.20,6,",
                "Teaching assistant (trained),19.20,six,",
            )
            .replace(",18.50,3,15,", ",18.5.0,3,15,"),
        "participants.csv" => text
            .replace("zofia-nowak,pre-teaching", "zofia-nowak,pre-teching")
            .replace(
                "oliver-smith,check-in,2026-09-21,2026-12-11",
                "oliver-smyth,check-in,2026-12-21,2026-12-11",
            )
            .replace(
                "oliver-smith,social-skills,2026-09-23",
                "oliver-smith,social-skills,2026-09-01",
            ),
        _ => text,
    });
    let errors = errors(&school);
    let all = errors.join("\n");
    assert!(
        all.contains("`six` is not a whole number (field `group_size`) in ")
            && all.contains("interventions.csv:5:6"),
        "{all}"
    );
    assert!(
        all.contains("`18.5.0` is not an amount of money (field `staff_cost_per_hour`)")
            && all.contains("interventions.csv:8:5"),
        "{all}"
    );
    assert!(
        all.contains("there is no intervention `pre-teching` (field `intervention`)")
            && all.contains("participants.csv:7:2")
            && all.contains("hint: use an id from the interventions table: precision-teaching,"),
        "{all}"
    );
    assert!(
        all.contains("`oliver-smyth` has no plan in the plans folder (field `pupil`)")
            && all.contains("participants.csv:6:1"),
        "{all}"
    );
    assert!(
        all.contains("the end (2026-12-11) comes before the start (2026-12-21) (field `end`)"),
        "{all}"
    );
    assert!(
        all.contains("the pupil starts (2026-09-01) before the intervention does (2026-09-23) (field `start`)")
            && all.contains("participants.csv:5:3"),
        "{all}"
    );
    assert_eq!(errors.len(), 6, "{all}");
}

/// The example's tables as a workbook, as a SENCo keeps them in Excel: numbers as numbers,
/// dates as dates.
fn write_workbook(school: &Path) {
    use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
    let mut workbook = Workbook::new();
    let date_format = Format::new().set_num_format("yyyy-mm-dd");
    for sheet_name in ["interventions", "participants"] {
        let path = school.join("provision").join(format!("{sheet_name}.csv"));
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        let sheet = workbook.add_worksheet().set_name(sheet_name).unwrap();
        for (r, line) in text.lines().enumerate() {
            for (c, cell) in line.split(',').enumerate() {
                let (r, c) = (r as u32, c as u16);
                // A time typed into Excel is a time (a fraction of a day), shown as 09:10.
                if r > 0 && cell.len() == 5 && cell.as_bytes()[2] == b':' {
                    let time = ExcelDateTime::parse_from_str(cell).unwrap();
                    let format = Format::new().set_num_format("hh:mm");
                    sheet
                        .write_datetime_with_format(r, c, &time, &format)
                        .unwrap();
                } else if r > 0 && cell.len() == 10 && cell.as_bytes()[4] == b'-' {
                    let date = ExcelDateTime::parse_from_str(cell).unwrap();
                    sheet
                        .write_datetime_with_format(r, c, &date, &date_format)
                        .unwrap();
                } else if let (true, Ok(n)) = (r > 0, cell.parse::<f64>()) {
                    sheet.write_number(r, c, n).unwrap();
                } else {
                    sheet.write_string(r, c, cell).unwrap();
                }
            }
        }
    }
    workbook
        .save(school.join("provision/provision.xlsx"))
        .unwrap();
}

#[test]
fn a_workbook_gives_the_same_figures_as_the_csv_files() {
    let dir = temp();
    let school = school_with(dir.path(), |_, text| text);
    write_workbook(&school);
    let from_excel = provision::load(&school).unwrap_or_else(|e| panic!("{e:?}"));
    let from_csv = example();
    assert_eq!(from_excel.interventions, from_csv.interventions);
    assert_eq!(from_excel.participants, from_csv.participants);
    assert_eq!(from_excel.total_cost(), 124917);
    assert!(from_excel.sources[0].ends_with("provision/provision.xlsx"));
}

#[test]
fn a_bad_workbook_cell_is_named_by_sheet_and_cell() {
    let dir = temp();
    let school = school_with(dir.path(), |name, text| match name {
        "interventions.csv" => text.replace(",6,45,1,10,", ",6,45,nineteen,10,"),
        _ => text,
    });
    write_workbook(&school);
    let all = errors(&school).join("\n");
    assert!(
        all.contains("`nineteen` is not a whole number (cell H6 of sheet `interventions`) (field `sessions_per_week`)")
            && all.contains("provision.xlsx:6:8"),
        "{all}"
    );
}

pub(crate) fn map(dir: &Path, school: &Path, extra: &[&str], name: &str) -> std::path::PathBuf {
    let out = dir.join(name);
    let mut args = vec![
        "provision-map",
        school.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let run = crate::iepress(dir, &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    out
}

#[test]
fn the_school_map_shows_costs_totals_impact_and_gaps() {
    let dir = temp();
    let pdf = map(dir.path(), &brookfield(), &[], "map.pdf");
    let info = crate::pdf::info(&pdf);
    assert_eq!(info.lang.as_deref(), Some("en-GB"));
    assert_eq!(
        info.title.as_deref(),
        Some("Provision map – Brookfield Primary School")
    );
    let text = crate::pdf::squash(&crate::pdf::text(&pdf));
    for figure in [
        // Costs and costs for each pupil.
        "£123.33",
        "£342.00",
        "£85.50",
        "£158.33",
        "£31.67",
        "£192.00",
        "£32.00",
        "£217.50",
        "£36.25",
        "£105.00",
        "£111.00",
        "£37.00",
        // Totals.
        "Total for this area: £623.67",
        "Total for this area: £303.00",
        "Total for this area: £322.50",
        "Total cost of all extra support: £1,249.17",
        // Cost for each pupil per point gained.
        "£7.71",
        "£15.83",
        "£16.00",
        "£2.79",
        "£52.50",
        "£6.17",
        // Gaps.
        "Zofia Nowak: the plan names needs that none of the pupil's support meets (Sensory and physical needs).",
        "No support meets this area of need: Sensory and physical needs.",
        // Who takes part.
        "Amira Khan",
        "Oliver Smith",
        "10 minutes, 4 times a week",
        "45 minutes, once a week",
    ] {
        assert!(text.contains(figure), "`{figure}` is missing from:\n{text}");
    }
}

#[test]
fn a_parents_copy_marks_their_childs_support_in_words_and_names_no_other_child() {
    let dir = temp();
    let pdf = map(
        dir.path(),
        &brookfield(),
        &["--pupil", "amira-khan", "--lang", "en-GB"],
        "amira.pdf",
    );
    let text = crate::pdf::squash(&crate::pdf::text(&pdf));
    assert!(text.contains("Extra support for Amira"), "{text}");
    // Amira takes part in three of the seven interventions: marked in words, not by
    // colour alone.
    assert_eq!(text.matches("Yes, takes part").count(), 3, "{text}");
    for other in ["Oliver", "Zofia", "£"] {
        assert!(
            !text.contains(other),
            "a parent's copy shows `{other}`:\n{text}"
        );
    }
    // Her tracker: start, times a week, weeks, and the scores at the start and the end.
    assert!(text.contains("How Amira's support is going"), "{text}");
    for cell in [
        "Precision teaching",
        "Common words read correctly (of 30)",
        "21 September 2026",
        "Score at the start",
        "Score at the end",
    ] {
        assert!(text.contains(cell), "`{cell}` is missing from:\n{text}");
    }
    // In the family's language by default, here Urdu, with the school's own words marked
    // as English.
    let urdu = map(
        dir.path(),
        &brookfield(),
        &["--pupil", "amira-khan"],
        "amira.ur.pdf",
    );
    assert_eq!(crate::pdf::info(&urdu).lang.as_deref(), Some("ur"));
    // Oliver's family asks for large print in his plan.
    let oliver = map(
        dir.path(),
        &brookfield(),
        &["--pupil", "oliver-smith"],
        "oliver.pdf",
    );
    let sizes = crate::pdf::info(&oliver);
    assert!(sizes.min_text_size >= 17.9, "{}", sizes.min_text_size);
}

#[test]
fn an_unknown_pupil_is_named_with_a_suggestion() {
    let dir = temp();
    let out = dir.path().join("x.pdf");
    let run = crate::iepress(
        dir.path(),
        &[
            "provision-map",
            brookfield().to_str().unwrap(),
            "--pupil",
            "amira-kahn",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("there is no plan for `amira-kahn`")
            && run.stderr.contains("did you mean `amira-khan`?"),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
}

#[test]
fn the_map_from_a_workbook_reads_the_same_as_from_csv_files() {
    let dir = temp();
    let school = school_with(dir.path(), |_, text| text);
    write_workbook(&school);
    let excel = map(dir.path(), &school, &[], "excel.pdf");
    let csv = map(dir.path(), &brookfield(), &[], "csv.pdf");
    assert_eq!(crate::pdf::text(&excel), crate::pdf::text(&csv));
}

/// A parent's copy in every language: its language tag, and its own headings and the
/// child's mark in the text a screen reader gets.
#[test]
fn a_parents_copy_renders_in_every_language() {
    use iepress::localize::{LANGUAGES, Script, format_message};
    let dir = temp();
    for language in LANGUAGES {
        let tag = language.tag;
        let pdf = map(
            dir.path(),
            &brookfield(),
            &["--pupil", "amira-khan", "--lang", tag],
            &format!("amira.{tag}.pdf"),
        );
        let info = crate::pdf::info(&pdf);
        assert_eq!(info.lang.as_deref(), Some(tag));
        assert!(info.claims_ua1 && info.marked, "{tag}");
        // Right-to-left and Indic text is compared letter by letter elsewhere
        // (tests/it/languages.rs); here the left-to-right scripts, exactly.
        if matches!(language.script, Script::Latin | Script::Cyrillic) {
            let text = crate::pdf::squash(&crate::pdf::text(&pdf));
            for (id, args) in [
                ("provision-offer-heading", vec![]),
                ("provision-mine", vec![]),
                ("provision-pupil-heading", vec![("name", "Amira")]),
                ("provision-tracker-heading", vec![("name", "Amira")]),
            ] {
                let expected = crate::pdf::squash(&iepress::localize::without_marks(
                    &format_message(language, id, &args).unwrap(),
                ));
                assert!(
                    text.contains(&expected),
                    "{tag}: `{expected}` is missing from:\n{text}"
                );
            }
        }
    }
}

#[test]
fn the_map_is_made_as_a_web_page_braille_or_audio_with_the_same_content() {
    let dir = temp();
    // The parent's copy as a web page: the child's support marked in words and set apart,
    // each row named by a header cell, no other child named and no cost.
    let html = map(
        dir.path(),
        &brookfield(),
        &[
            "--pupil",
            "amira-khan",
            "--lang",
            "en-GB",
            "--format",
            "html",
        ],
        "amira.html",
    );
    let page = scraper::Html::parse_document(&std::fs::read_to_string(&html).unwrap());
    let select = |css: &str| {
        page.select(&scraper::Selector::parse(css).unwrap())
            .map(|e| e.text().collect::<String>())
            .collect::<Vec<_>>()
    };
    assert_eq!(select("tr.marked").len(), 3);
    assert!(
        select("tr.marked td")
            .iter()
            .any(|t| t == "Yes, takes part")
    );
    // Seven pieces of support, and three times in Amira's week.
    assert_eq!(select("tbody th[scope=row]").len(), 10);
    assert!(select("thead th[scope=col]").contains(&"For Amira".to_owned()));
    let text = select("body").concat();
    for other in ["Oliver", "Zofia", "£"] {
        assert!(!text.contains(other), "the parent's page shows `{other}`");
    }
    assert!(text.contains("Common words read correctly (of 30)"));

    // The school's map: every column, and the same figures as the PDF.
    let html = map(dir.path(), &brookfield(), &["--format", "html"], "map.html");
    let page = scraper::Html::parse_document(&std::fs::read_to_string(&html).unwrap());
    let columns = page
        .select(&scraper::Selector::parse("table").unwrap())
        .next()
        .unwrap()
        .select(&scraper::Selector::parse("thead th").unwrap())
        .count();
    assert_eq!(columns, 9);
    let text: String = page.root_element().text().collect();
    for figure in [
        "£85.50",
        "Total for this area: £623.67",
        "Total cost of all extra support: £1,249.17",
        "£52.50",
        "No support meets this area of need: Sensory and physical needs.",
    ] {
        assert!(text.contains(figure), "`{figure}` is missing");
    }

    // Braille: the parent's copy in Urdu, in pages of 40 cells by 25 lines.
    let brf = map(
        dir.path(),
        &brookfield(),
        &["--pupil", "amira-khan", "--format", "brf"],
        "amira.brf",
    );
    crate::braille::check_layout(&std::fs::read_to_string(&brf).unwrap(), "ur-pk-g1.utb");
    // Audio: the school's map read aloud.
    let wav = map(dir.path(), &brookfield(), &["--format", "audio"], "map.wav");
    let seconds = iepress::write::audio::duration(&std::fs::read(&wav).unwrap()).unwrap();
    assert!(seconds > 60.0, "{seconds} s");
}

#[test]
fn a_name_of_support_without_a_braille_sign_is_named_with_its_folder_and_field() {
    let dir = temp();
    let school = school_with(dir.path(), |name, text| {
        if name == "interventions.csv" {
            text.replace("Precision teaching", "Precision ☺ teaching")
        } else {
            text
        }
    });
    let out = dir.path().join("map.brf");
    let run = crate::iepress(
        dir.path(),
        &[
            "provision-map",
            school.to_str().unwrap(),
            "--format",
            "brf",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains(&format!(
            "error: the braille table en-ueb-g2.ctb has no sign for ‘☺’ (U+263A): “Precision ☺ teaching” (field `provision.precision-teaching.name`) in {}\n",
            school.join("provision").display()
        )),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
}

/// Issue 14, class 11: a decimal comma (`18,50`, which was read as £1,850), an amount over
/// £1,000,000 and an impossible number of minutes are refused at their cells.
#[test]
fn issue_14_ambiguous_and_out_of_range_amounts_are_refused() {
    let dir = temp();
    let school = school_with(dir.path(), |name, text| match name {
        "interventions.csv" => {
            let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
            let header: Vec<&str> = lines[0].split(',').collect();
            let column = |n: &str| header.iter().position(|h| *h == n).unwrap();
            let (cost, minutes, other) = (
                column("staff_cost_per_hour"),
                column("session_minutes"),
                column("other_costs"),
            );
            for (i, (col, value)) in [(cost, "\"18,50\""), (minutes, "100000"), (other, "2500000")]
                .into_iter()
                .enumerate()
            {
                let mut cells: Vec<String> = split_csv_line(&lines[i + 1]);
                cells[col] = value.to_owned();
                lines[i + 1] = cells.join(",");
            }
            lines.join("\n") + "\n"
        }
        _ => text,
    });
    let all = errors(&school).join("\n");
    assert!(
        all.contains("`18,50` is not an amount of money (a comma only separates thousands)")
            && all.contains("hint: write pence after a point, such as 18.50"),
        "{all}"
    );
    assert!(
        all.contains("`100000` is too large (field `session_minutes`)"),
        "{all}"
    );
    assert!(
        all.contains("`2500000` is more than £1,000,000 (field `other_costs`)"),
        "{all}"
    );
}

/// A CSV line's cells, keeping quoted cells (with their quotes) whole.
fn split_csv_line(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                cells.last_mut().unwrap().push(c);
            }
            ',' if !quoted => cells.push(String::new()),
            _ => cells.last_mut().unwrap().push(c),
        }
    }
    cells
}

/// Issue 14, class 5: a workbook with one cell far away (XFD1048576: a few kilobytes that
/// asked for a table of 512 GiB) is refused, naming the cell.
#[test]
fn issue_14_a_cell_far_outside_the_table_is_refused() {
    let dir = temp();
    let school = school_with(dir.path(), |_, text| text);
    // The school keeps its map as a workbook (no CSV files beside it), whose first sheet
    // has one value in its very last cell.
    write_workbook(&school);
    let path = school.join("provision/provision.xlsx");
    let mut workbook = rust_xlsxwriter::Workbook::new();
    for sheet_name in ["interventions", "participants"] {
        let sheet = workbook.add_worksheet().set_name(sheet_name).unwrap();
        sheet.write_string(0, 0, "id").unwrap();
        if sheet_name == "interventions" {
            sheet.write_string(1_048_575, 16_383, "stray").unwrap();
        }
    }
    workbook.save(&path).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() < 20_000);
    let all = errors(&school).join("\n");
    assert!(
        all.contains("the sheet `interventions` has a cell at XFD1048576, beyond the 20000 rows and 64 columns a provision table can have"),
        "{all}"
    );
}

/// Issue 14: a participant listed twice for the same support from the same date is
/// refused (it was counted twice); a second spell from another date is not.
#[test]
fn issue_14_a_participant_listed_twice_is_refused() {
    let dir = temp();
    let school = school_with(dir.path(), |name, text| match name {
        "participants.csv" => {
            let row = text.lines().nth(1).unwrap().to_owned();
            format!("{text}{row}\n")
        }
        _ => text,
    });
    let all = errors(&school).join("\n");
    assert!(all.contains("is listed twice for `"), "{all}");
    assert!(all.contains("participants.csv:"), "{all}");
}
