//! Leaflets for parents: every leaflet in every language, clear and large print; their
//! contents and the school's contact details.

use iepress::localize::{LANGUAGES, Script, format_message};

use crate::{brookfield, iepress, temp};

#[test]
fn every_leaflet_renders_in_every_language_clear_and_large() {
    let dir = temp();
    let out = dir.path().join("leaflets");
    let school = brookfield().join("school.yaml");
    let run = iepress(
        dir.path(),
        &[
            "leaflet",
            "all",
            "--school",
            school.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let names = iepress::document::leaflet::names();
    assert_eq!(
        std::fs::read_dir(&out).unwrap().count(),
        names.len() * LANGUAGES.len() * 2
    );
    for name in &names {
        for language in LANGUAGES {
            let tag = language.tag;
            for large in [false, true] {
                let file = out.join(format!(
                    "{name}.{tag}{}.pdf",
                    if large { ".large-print" } else { "" }
                ));
                let info = crate::pdf::info(&file);
                assert_eq!(info.lang.as_deref(), Some(tag), "{}", file.display());
                assert!(info.claims_ua1 && info.marked && info.display_doc_title);
                assert!(
                    info.unembedded_fonts.is_empty(),
                    "{:?}",
                    info.unembedded_fonts
                );
                if large {
                    // No text under the chosen size (18 pt), footers included.
                    assert!(
                        info.min_text_size >= 17.9,
                        "{}: text at {} pt",
                        file.display(),
                        info.min_text_size
                    );
                }
                let title = iepress::localize::without_marks(
                    &format_message(
                        language,
                        if *name == "iep-guide" {
                            "leaflet-iep-title"
                        } else {
                            "leaflet-questions-title"
                        },
                        &[],
                    )
                    .unwrap(),
                );
                assert_eq!(info.title.as_deref(), Some(title.as_str()));
                // Left-to-right scripts: every message is in the text layer exactly (the
                // others are compared letter by letter for the IEP in languages.rs).
                if !large && matches!(language.script, Script::Latin | Script::Cyrillic) {
                    // Without the page footers, which split a paragraph that runs on to
                    // the next page.
                    let mut text = crate::pdf::squash(&crate::pdf::text(&file));
                    let pages = crate::pdf::info(&file).pages;
                    for page in 1..=pages {
                        let (page, total) = (page.to_string(), pages.to_string());
                        let footer = crate::pdf::squash(&iepress::localize::without_marks(
                            &format_message(
                                language,
                                "page-number",
                                &[("page", page.as_str()), ("total", total.as_str())],
                            )
                            .unwrap(),
                        ));
                        text = text.replace(&format!(" {footer} "), " ");
                    }
                    text = text.replace(" Brookfield Primary School ", " ");
                    let mut ids = vec!["leaflet-formats-ask"];
                    if *name == "iep-guide" {
                        ids.extend([
                            "leaflet-languages-heading",
                            "leaflet-in-your-language",
                            "leaflet-what-is",
                            "leaflet-smart-specific",
                            "leaflet-smart-time-bound",
                            "leaflet-review-you",
                            "leaflet-map-yours",
                            "leaflet-stage-sen-support",
                            "leaflet-help-intro",
                        ]);
                    } else {
                        ids.extend(["leaflet-question-progress", "leaflet-question-next-review"]);
                    }
                    for id in ids {
                        let expected = crate::pdf::squash(&iepress::localize::without_marks(
                            &format_message(language, id, &[]).unwrap(),
                        ));
                        assert!(
                            text.contains(&expected),
                            "{tag} {name}: `{expected}` is missing"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn the_guide_gives_the_schools_help_and_every_language_in_its_own_words() {
    let dir = temp();
    let out = dir.path().join("guide.pdf");
    let school = brookfield().join("school.yaml");
    let run = iepress(
        dir.path(),
        &[
            "leaflet",
            "iep-guide",
            "--lang",
            "en-GB",
            "--school",
            school.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = crate::pdf::squash(&crate::pdf::text(&out));
    for expected in [
        "Your child's support plan (IEP): a guide for parents",
        // SMART, with its example.
        "Specific:",
        "Measurable:",
        "Achievable:",
        "Relevant:",
        "Time-bound:",
        "Read 20 of the 30 common words",
        // The school's stages (2015 vocabulary).
        "SEN Support:",
        "Education, Health and Care plan (EHC plan):",
        // The school's parent support service, every detail.
        "Riverside SEND Information, Advice and Support Service",
        "01632 960500",
        "07700 900461",
        "sendiass@riverside.example.org",
        "https://riverside.example.org/sendiass",
        "Wednesday mornings in term time",
        // Formats.
        "in large print, in Braille or as a recording",
        // Every language by its own name, with its sentence.
        "polski",
        "This leaflet is available in English. Ask the school for a copy.",
    ] {
        assert!(
            text.contains(expected),
            "`{expected}` is missing from:\n{text}"
        );
    }
    assert!(!text.contains("School Action"), "{text}");
    // Each language's own sentence is in the panel, in its own language.
    for language in LANGUAGES {
        let sentence = iepress::localize::without_marks(
            &format_message(language, "leaflet-in-your-language", &[]).unwrap(),
        );
        assert!(
            text.contains(language.autonym),
            "{} is missing from the panel",
            language.autonym
        );
        if matches!(language.script, Script::Latin | Script::Cyrillic) {
            assert!(text.contains(&crate::pdf::squash(&sentence)), "{sentence}");
        }
    }
}

#[test]
fn the_review_card_is_short_and_a_legacy_school_uses_its_own_stage_names() {
    let dir = temp();
    let card = dir.path().join("card.pdf");
    let run = iepress(
        dir.path(),
        &["leaflet", "review-questions", "-o", card.to_str().unwrap()],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(crate::pdf::info(&card).pages <= 2);
    // Two pages in every language, in clear print.
    for language in LANGUAGES {
        let card = dir.path().join(format!("card.{}.pdf", language.tag));
        let run = iepress(
            dir.path(),
            &[
                "leaflet",
                "review-questions",
                "--lang",
                language.tag,
                "-o",
                card.to_str().unwrap(),
            ],
        );
        assert_eq!(run.status, 0, "{}", run.stderr);
        assert!(
            crate::pdf::info(&card).pages <= 2,
            "{} takes more than two pages",
            language.tag
        );
    }
    let text = crate::pdf::squash(&crate::pdf::text(&card));
    assert_eq!(text.matches('?').count(), 10, "{text}");

    let school = dir.path().join("school.yaml");
    let profile = std::fs::read_to_string(brookfield().join("school.yaml")).unwrap();
    std::fs::write(
        &school,
        profile.replace("stage_vocabulary: \"2015\"", "stage_vocabulary: legacy"),
    )
    .unwrap();
    let guide = dir.path().join("guide.pdf");
    let run = iepress(
        dir.path(),
        &[
            "leaflet",
            "iep-guide",
            "--school",
            school.to_str().unwrap(),
            "-o",
            guide.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = crate::pdf::squash(&crate::pdf::text(&guide));
    for stage in [
        "School Action:",
        "School Action Plus:",
        "Statement of special educational needs:",
    ] {
        assert!(text.contains(stage), "`{stage}` is missing from:\n{text}");
    }
    assert!(!text.contains("SEN Support:"), "{text}");
}

#[test]
fn leaflets_are_listed_and_an_unknown_one_is_refused() {
    let dir = temp();
    let list = iepress(dir.path(), &["leaflet", "--list"]);
    assert_eq!(list.status, 0);
    assert!(list.stdout.starts_with("iep-guide "), "{}", list.stdout);
    assert!(list.stdout.contains("review-questions "), "{}", list.stdout);
    let out = dir.path().join("x.pdf");
    let run = iepress(
        dir.path(),
        &["leaflet", "iep-gide", "-o", out.to_str().unwrap()],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("there is no leaflet `iep-gide`")
            && run
                .stderr
                .contains("the leaflets are iep-guide, review-questions"),
        "{}",
        run.stderr
    );
    assert!(!out.exists());
}

#[test]
fn a_leaflet_is_made_as_a_web_page_braille_or_audio_on_request() {
    let dir = temp();
    let school = brookfield().join("school.yaml");
    let make = |name: &str, lang: &str, format: &str| {
        let out = dir.path().join(format!("{name}.{lang}.{format}"));
        let run = iepress(
            dir.path(),
            &[
                "leaflet",
                name,
                "--school",
                school.to_str().unwrap(),
                "--lang",
                lang,
                "--format",
                format,
                "-o",
                out.to_str().unwrap(),
            ],
        );
        (run, out)
    };

    // The web page ends with every language in its own words, each marked with its own
    // tag and direction (Punjabi in Shahmukhi as pa-Arab, not Gurmukhi's pa).
    let (run, out) = make("iep-guide", "pl", "html");
    assert_eq!(run.status, 0, "{}", run.stderr);
    let page = scraper::Html::parse_document(&std::fs::read_to_string(&out).unwrap());
    let panel: Vec<(Option<&str>, Option<&str>)> = page
        .select(&scraper::Selector::parse("div.language").unwrap())
        .map(|d| (d.attr("lang"), d.attr("dir")))
        .collect();
    assert_eq!(panel.len(), LANGUAGES.len());
    assert!(panel.contains(&(Some("pa-Arab"), Some("rtl"))));
    assert!(panel.contains(&(Some("pa"), None)));
    assert!(panel.contains(&(Some("ur"), Some("rtl"))));
    let h2 = scraper::Selector::parse("h2").unwrap();
    assert!(page.select(&h2).count() >= 8);

    // Braille: pages of 40 cells by 25 lines, without the panel of languages (Polish
    // braille could not hold the others).
    let (run, out) = make("iep-guide", "pl", "brf");
    assert_eq!(run.status, 0, "{}", run.stderr);
    crate::braille::check_layout(&std::fs::read_to_string(&out).unwrap(), "Pl-Pl-g1.utb");
    let (run, out) = make("review-questions", "ur", "brf");
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(std::fs::read_to_string(&out).unwrap().contains('\u{c}'));

    // Audio: the guide read aloud for several minutes.
    let (run, out) = make("iep-guide", "pl", "audio");
    assert_eq!(run.status, 0, "{}", run.stderr);
    let seconds = iepress::write::audio::duration(&std::fs::read(&out).unwrap()).unwrap();
    assert!((120.0..900.0).contains(&seconds), "{seconds} s");

    // `all` is for PDFs; braille and audio have no type size.
    let run = iepress(
        dir.path(),
        &["leaflet", "all", "--format", "brf", "-o", "out"],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("`leaflet all` writes PDFs only"),
        "{}",
        run.stderr
    );
    let (run, _) = make("iep-guide", "ro", "brf");
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("eight-dot"), "{}", run.stderr);
}

/// Issue 15: the review card says where to get independent help, as the guide does: the
/// school's local support service, its name and how to reach it (compact, one paragraph),
/// in every language; without a school profile, it has no service to name and stays as
/// it was.
#[test]
fn issue_15_the_review_card_names_the_schools_support_service() {
    let dir = temp();
    let school = brookfield().join("school.yaml");
    for language in LANGUAGES {
        let card = dir.path().join(format!("card.{}.pdf", language.tag));
        let run = iepress(
            dir.path(),
            &[
                "leaflet",
                "review-questions",
                "--school",
                school.to_str().unwrap(),
                "--lang",
                language.tag,
                "-o",
                card.to_str().unwrap(),
            ],
        );
        assert_eq!(run.status, 0, "{}", run.stderr);
        let text = crate::pdf::squash(&crate::pdf::text(&card));
        assert!(
            text.contains("Riverside SEND Information, Advice and Support Service"),
            "{}: {text}",
            language.tag
        );
        assert!(text.contains("01632 960500"), "{}: {text}", language.tag);
        assert!(crate::pdf::info(&card).pages <= 3, "{}", language.tag);
    }
    let card = dir.path().join("card.pdf");
    let run = iepress(
        dir.path(),
        &["leaflet", "review-questions", "-o", card.to_str().unwrap()],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let text = crate::pdf::squash(&crate::pdf::text(&card));
    assert!(!text.contains("Riverside"), "{text}");
}
