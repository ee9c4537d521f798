//! `iepress render --format audio`: the plan read aloud by espeak-ng, checked by the WAV's
//! form and length and by the SSML it was read from.

use iepress::write::outline::{Block, Outlined};

use crate::{brookfield, iepress, temp};

/// Renders a plan as audio (`audio` or `mp3`) and returns the file's bytes and the
/// command's report.
fn render(plan: &str, format: &str) -> (Vec<u8>, String) {
    let dir = temp();
    let plan = brookfield().join("plans").join(plan);
    let out = dir.path().join("plan.audio");
    let args = [
        "render",
        plan.to_str().unwrap(),
        "--format",
        format,
        "-o",
        out.to_str().unwrap(),
    ];
    let run = iepress(dir.path(), &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    (std::fs::read(&out).unwrap(), run.stderr)
}

fn outline_of(plan: &str) -> iepress::write::outline::Outline {
    let rendered = iepress::document::iep::prepare(
        &brookfield().join("plans").join(plan),
        &iepress::document::iep::Options::default(),
    )
    .unwrap();
    rendered.document.outline()
}

/// Words in the outline's text, as a listener hears them.
fn words(outline: &iepress::write::outline::Outline) -> usize {
    let text = |t: &iepress::write::outline::Piece| t.text.split_whitespace().count();
    outline
        .blocks
        .iter()
        .map(|b| match b {
            Block::Heading { text: t, .. } | Block::Notice(t) | Block::Paragraph(t) => {
                t.split_whitespace().count()
            }
            Block::Field(t) | Block::Target(t) | Block::Strong(t) => text(t),
            Block::List(ts) => ts.iter().map(text).sum(),
            Block::Facts(facts) => facts
                .iter()
                .map(|f| {
                    f.label.split_whitespace().count() + f.values.iter().map(text).sum::<usize>()
                })
                .sum(),
            Block::Table { rows, .. } => rows
                .iter()
                .map(|r| text(&r.header) + r.cells.iter().flatten().map(text).sum::<usize>())
                .sum(),
            // Not read aloud.
            Block::Languages { .. } => 0,
        })
        .sum()
}

#[test]
fn an_english_plan_is_read_aloud_at_a_listening_pace() {
    let (wav, report) = render("oliver-smith.yaml", "audio");
    let reader = hound::WavReader::new(wav.as_slice()).unwrap();
    let spec = reader.spec();
    assert_eq!((spec.channels, spec.bits_per_sample), (1, 16));
    let seconds = iepress::write::audio::duration(&wav).unwrap();
    // Read at 160 words a minute, with pauses around headings: between 100 and 200 words
    // a minute overall.
    let words = words(&outline_of("oliver-smith.yaml")) as f64;
    assert!(words > 300.0, "{words} words");
    let pace = words / (seconds / 60.0);
    assert!(
        (100.0..200.0).contains(&pace),
        "{words} words in {seconds:.0} s"
    );
    assert!(
        report.contains("min") && report.contains("of speech"),
        "{report}"
    );
}

#[test]
fn mp3_is_a_tenth_of_the_size_and_as_long_and_names_the_plan() {
    let (wav, _) = render("zofia-nowak.yaml", "audio");
    let (mp3, report) = render("zofia-nowak.yaml", "mp3");
    assert!(report.contains("of speech"), "{report}");
    assert!(
        mp3.len() * 6 < wav.len(),
        "{} and {} bytes",
        mp3.len(),
        wav.len()
    );
    // The ID3 tag holds the title, in UTF-16 after a byte-order mark.
    assert_eq!(&mp3[..3], b"ID3");
    let tag = 10
        + mp3[6..10]
            .iter()
            .fold(0usize, |size, &b| (size << 7) | usize::from(b));
    let title: Vec<u8> = "Plan wsparcia: Zofia Nowak"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert!(
        mp3[..tag]
            .windows(title.len())
            .any(|w| w == title.as_slice())
    );
    // Then MPEG-2 layer III frames, 32 kbit/s, 22,050 Hz, mono.
    let header = &mp3[tag..tag + 4];
    assert_eq!(header[0], 0xff);
    assert_eq!(header[1] & 0xfe, 0xf2, "MPEG-2 layer III: {header:x?}");
    assert_eq!(header[2] >> 4, 4, "32 kbit/s");
    assert_eq!((header[2] >> 2) & 3, 0, "22,050 Hz");
    assert_eq!(header[3] >> 6, 3, "mono");
    // At a constant 32 kbit/s, as long as the speech.
    let seconds = (mp3.len() - tag) as f64 * 8.0 / 32_000.0;
    let speech = iepress::write::audio::duration(&wav).unwrap();
    assert!(
        (seconds - speech).abs() < 1.0,
        "{seconds:.1} s of MP3 for {speech:.1} s"
    );
}

#[test]
fn headings_are_set_apart_and_user_text_is_data() {
    let outline = outline_of("oliver-smith.yaml");
    let ssml = iepress::write::audio::ssml(&outline);
    // Parsed as XML: every heading is emphasised between pauses.
    let doc = roxmltree::Document::parse(&ssml).expect("the SSML is well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "speak");
    assert_eq!(
        root.attribute(("http://www.w3.org/XML/1998/namespace", "lang")),
        Some("en-GB")
    );
    let headings = outline
        .blocks
        .iter()
        .filter(|b| matches!(b, Block::Heading { .. }))
        .count();
    let emphasised: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("emphasis"))
        .collect();
    assert_eq!(emphasised.len(), headings);
    for e in &emphasised {
        let p = e.parent().unwrap().parent().unwrap();
        let next = p.next_sibling_element().unwrap();
        assert!(next.has_tag_name("break"), "no pause after {:?}", e.text());
    }

    // Text that looks like markup is read as text.
    let mut outline = outline;
    outline.blocks.push(Block::Paragraph(
        "<break time=\"9s\"/> & </speak>".to_owned(),
    ));
    let ssml = iepress::write::audio::ssml(&outline);
    let doc = roxmltree::Document::parse(&ssml).unwrap();
    assert!(
        doc.descendants()
            .any(|n| n.text() == Some("<break time=\"9s\"/> & </speak>"))
    );
}

#[test]
fn urdu_and_polish_are_read_in_their_own_voices_and_english_text_in_english() {
    for (plan, lang) in [("amira-khan.yaml", "ur"), ("zofia-nowak.yaml", "pl")] {
        let (wav, _) = render(plan, "audio");
        let seconds = iepress::write::audio::duration(&wav).unwrap();
        let outline = outline_of(plan);
        let words = words(&outline) as f64;
        let pace = words / (seconds / 60.0);
        assert!(
            (60.0..220.0).contains(&pace),
            "{lang}: {words} words in {seconds:.0} s"
        );
        // Speech, not silence: the samples' loudness (RMS) is well above the noise floor.
        let samples: Vec<f64> = hound::WavReader::new(wav.as_slice())
            .unwrap()
            .into_samples::<i16>()
            .map(|s| f64::from(s.unwrap()))
            .collect();
        let rms = (samples.iter().map(|s| s * s).sum::<f64>() / samples.len() as f64).sqrt();
        assert!(rms > 1000.0, "{lang}: RMS {rms:.0}");

        // The document's voice is its language's; the school's words that have no
        // translation yet are read by the English voice.
        assert_eq!(iepress::write::audio::voice_for(lang).unwrap(), lang);
        let ssml = iepress::write::audio::ssml(&outline);
        let doc = roxmltree::Document::parse(&ssml).unwrap();
        let xml_lang = |n: &roxmltree::Node| {
            n.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
                .map(str::to_owned)
        };
        assert_eq!(xml_lang(&doc.root_element()).as_deref(), Some(lang));
        let english: Vec<_> = doc
            .descendants()
            .filter(|n| xml_lang(n).as_deref() == Some("en-GB"))
            .collect();
        assert!(!english.is_empty(), "{lang}: no text is read in English");
        assert!(
            english
                .iter()
                .all(|n| n.text().is_some_and(|t| t.is_ascii()))
        );
    }
}

#[test]
fn a_language_without_a_voice_is_a_clear_error_and_writes_nothing() {
    let dir = temp();
    let plan = brookfield().join("plans/zofia-nowak.yaml");
    let out = dir.path().join("plan.wav");
    let run = iepress(
        dir.path(),
        &[
            "render",
            plan.to_str().unwrap(),
            "--lang",
            "so",
            "--format",
            "audio",
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .contains("error: no audio copy can be made in `so`: espeak-ng has no Somali voice"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("hint: the languages with a voice are en, ar")
    );
    assert!(!out.exists());

    let run = iepress(
        dir.path(),
        &[
            "render",
            plan.to_str().unwrap(),
            "--format",
            "audio",
            "--large-print",
        ],
    );
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("braille and audio have none"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_missing_program_is_named_with_the_package_to_install() {
    let dir = temp();
    let plan = brookfield().join("plans/zofia-nowak.yaml");
    for (format, says) in [
        (
            "brf",
            "hint: install it with `apt-get install liblouis-bin liblouis-data`",
        ),
        ("audio", "hint: install it with `apt-get install espeak-ng`"),
    ] {
        let out = dir.path().join(format!("plan.{format}"));
        // A PATH with none of the programs on it.
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_iepress"))
            .args(["render", plan.to_str().unwrap(), "--format", format, "-o"])
            .arg(&out)
            .env("PATH", dir.path())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(1), "{stderr}");
        assert!(stderr.contains(says), "{stderr}");
        assert!(!out.exists());
    }
}

#[test]
fn every_language_iepress_writes_has_a_voice_or_a_reason() {
    for language in iepress::localize::LANGUAGES {
        if let Err(e) = iepress::write::audio::voice_for(language.tag) {
            let message = e.to_string();
            assert!(
                !message.contains("espeak-ng has no voice for it"),
                "{}: no reason given: {message}",
                language.tag
            );
        }
    }
    assert_eq!(iepress::write::audio::voice_for("en-GB").unwrap(), "en-gb");
    assert!(iepress::write::audio::voice_for("pa-Arab").is_err());
    assert_eq!(iepress::write::audio::voice_for("pa").unwrap(), "pa");
}
