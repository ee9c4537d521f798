//! A document (an IEP, a leaflet, a provision map) read aloud, as a WAV file, by espeak-ng (Debian's `espeak-ng`)
//! in the document's language; or as an MP3 file, a tenth of the size and small enough to
//! e-mail, through LAME (Debian's `lame`).
//!
//! The outline (`super::outline`) is written as SSML, every value escaped, so that the
//! synthesizer hears the structure: headings are read more slowly and with emphasis, with
//! a pause before and after them (longer for a section than for a target); each paragraph,
//! list item and labelled fact is its own sentence; text in another language (the school's
//! original in a bilingual copy) is read with that language's voice.
//!
//! The entry points are [`speak`] and [`mp3`]; [`ssml`] is what espeak-ng reads.

use std::fmt;
use std::process::Command;

use super::html::escape;
use super::outline::{Block, Outline, Piece};
use super::program;
use crate::diag::Diagnostic;
use crate::localize::{ENGLISH_TAG, english_runs};

/// espeak-ng's voice for each language we translate into.
pub const VOICES: &[(&str, &str)] = &[
    ("en", "en-gb"),
    ("ar", "ar"),
    ("bn", "bn"),
    ("es", "es"),
    ("fa", "fa"),
    ("fr", "fr-fr"),
    ("gu", "gu"),
    ("it", "it"),
    ("lt", "lt"),
    ("pa", "pa"),
    ("pl", "pl"),
    ("pt", "pt"),
    ("ro", "ro"),
    ("sq", "sq"),
    ("ta", "ta"),
    ("tr", "tr"),
    ("uk", "uk"),
    ("ur", "ur"),
    ("bg", "bg"),
    ("hu", "hu"),
    ("ru", "ru"),
    ("ne", "ne"),
    // Cantonese, for the families who read traditional characters (Hong Kong).
    ("zh-Hant", "yue"),
];

/// Languages we translate into that espeak-ng cannot read, and why.
const NO_VOICE: &[(&str, &str)] = &[
    (
        "pa-Arab",
        "espeak-ng's Punjabi voice reads Gurmukhi script only, not Shahmukhi",
    ),
    ("so", "espeak-ng has no Somali voice"),
    ("ps", "espeak-ng has no Pashto voice"),
    ("ti", "espeak-ng has no Tigrinya voice"),
    (
        "zh-Hans",
        "espeak-ng's Mandarin voice (as Debian builds it) reads most Chinese characters as English letters, its dictionary lacking them",
    ),
];

/// Words a minute: a little slower than espeak-ng's 175, for listeners new to the subject.
const RATE: u32 = 160;

/// The voice for a language tag: the tag itself, then its language alone.
pub fn voice_for(tag: &str) -> Result<&'static str, AudioError> {
    crate::localize::for_language(tag, VOICES, |(language, _)| language, NO_VOICE)
        .map(|(_, voice)| *voice)
        .map_err(|why| AudioError::NoVoice {
            lang: tag.to_owned(),
            reason: why.unwrap_or("espeak-ng has no voice for it").to_owned(),
        })
}

/// Why no audio could be made.
#[derive(Debug)]
pub enum AudioError {
    /// The language has no voice.
    NoVoice { lang: String, reason: String },
    /// A program (espeak-ng, or LAME for MP3) is not installed.
    NotInstalled {
        program: &'static str,
        package: &'static str,
        error: std::io::Error,
    },
    /// LAME failed.
    Lame(String),
    /// espeak-ng failed.
    Espeak(String),
}

impl AudioError {
    /// The problem as a diagnostic, with its fix.
    pub fn diagnostic(&self) -> Diagnostic {
        match self {
            AudioError::NoVoice { lang, reason } => Diagnostic::new(format!(
                "no audio copy can be made in `{lang}`: {reason}"
            ))
            .hint(format!(
                "the languages with a voice are {}; a recording by an interpreter serves the others",
                VOICES
                    .iter()
                    .map(|(l, _)| *l)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
            AudioError::NotInstalled {
                program,
                package,
                error,
            } => Diagnostic::new(format!("cannot run `{program}` ({error})"))
                .hint(format!("install it with `apt-get install {package}`")),
            AudioError::Lame(message) => {
                Diagnostic::new(format!("LAME could not make the MP3: {message}"))
            }
            AudioError::Espeak(message) => Diagnostic::new(format!(
                "espeak-ng could not read the plan aloud: {message}"
            ))
            .hint("check that `espeak-ng --voices` lists the language's voice"),
        }
    }
}

impl fmt::Display for AudioError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.diagnostic().fmt(f)
    }
}

impl std::error::Error for AudioError {}

/// The SSML being written, with the document's language to compare texts with.
struct Script {
    out: String,
    lang: String,
}

impl Script {
    fn push(&mut self, ssml: &str) {
        self.out.push_str(ssml);
    }

    fn pause(&mut self, ms: u32) {
        self.push(&format!("<break time=\"{ms}ms\"/>\n"));
    }

    /// Words of a message, escaped, with any words in English in it (a gloss, "(SEN
    /// Support)") in an English voice.
    fn words(&mut self, text: &str) {
        for (words, english) in english_runs(text) {
            if english && !self.lang.starts_with("en") {
                self.push(&format!(
                    "<voice xml:lang=\"{ENGLISH_TAG}\">{}</voice>",
                    escape(words)
                ));
            } else {
                self.push(&escape(words));
            }
        }
    }

    /// A sentence in the document's language.
    fn sentence(&mut self, text: &str) {
        self.push("<s>");
        self.words(text);
        self.push("</s>\n");
    }

    /// A text inline, in its own language's voice, its original after it.
    fn inline(&mut self, text: &Piece) {
        if text.lang == self.lang {
            self.words(&text.text);
        } else {
            self.push(&format!(
                "<voice xml:lang=\"{}\">{}</voice>",
                escape(&text.lang),
                escape(&text.text)
            ));
        }
        if let Some(source) = &text.source {
            self.push(" ");
            self.inline(source);
        }
    }

    /// A text as paragraphs, in its own language's voice, its original after it.
    fn paragraphs(&mut self, text: &Piece) {
        for paragraph in text.paragraphs() {
            self.push(&format!("<p xml:lang=\"{}\">", escape(&text.lang)));
            self.push(&escape(paragraph));
            self.push("</p>\n");
        }
        if let Some(source) = &text.source {
            self.paragraphs(source);
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => {
                let (before, after) = match level {
                    1 => (0, 1200),
                    2 => (1200, 700),
                    _ => (700, 400),
                };
                if before > 0 {
                    self.pause(before);
                }
                self.push("<p><prosody rate=\"85%\"><emphasis level=\"strong\">");
                self.words(text);
                self.push("</emphasis></prosody></p>\n");
                self.pause(after);
            }
            Block::Notice(text) | Block::Paragraph(text) => {
                self.push("<p>");
                self.sentence(text);
                self.push("</p>\n");
            }
            Block::Field(text) | Block::Target(text) => self.paragraphs(text),
            Block::Strong(text) => {
                self.push("<p><s>");
                self.inline(text);
                self.push("</s></p>\n");
            }
            Block::List(values) => {
                self.push("<p>\n");
                for value in values {
                    self.push("<s>");
                    self.inline(value);
                    self.push("</s>\n");
                    self.pause(300);
                }
                self.push("</p>\n");
            }
            Block::Facts(facts) => {
                self.push("<p>\n");
                for fact in facts {
                    self.push("<s>");
                    self.words(&fact.label);
                    self.push(": ");
                    for (i, value) in fact.values.iter().enumerate() {
                        if i > 0 {
                            self.push(", ");
                        }
                        self.inline(value);
                    }
                    self.push("</s>\n");
                    self.pause(300);
                }
                self.push("</p>\n");
            }
            // The panel pointing print readers to other languages: audio is made in the
            // listener's language on request.
            Block::Languages { .. } => {}
            Block::Table { columns, rows } => {
                // Each row is read as its header, then each cell after its column's header.
                for row in rows {
                    self.push("<p>\n");
                    self.push("<s>");
                    self.inline(&row.header);
                    self.push("</s>\n");
                    for (column, cell) in columns.iter().skip(1).zip(&row.cells) {
                        if cell.is_empty() {
                            continue;
                        }
                        self.push("<s>");
                        self.words(column);
                        self.push(": ");
                        for (i, text) in cell.iter().enumerate() {
                            if i > 0 {
                                self.push(", ");
                            }
                            self.inline(text);
                        }
                        self.push("</s>\n");
                    }
                    self.push("</p>\n");
                    self.pause(500);
                }
            }
        }
    }
}

/// An outline as SSML for espeak-ng.
pub fn ssml(outline: &Outline) -> String {
    let mut script = Script {
        out: String::new(),
        lang: outline.lang.clone(),
    };
    script.push(&format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<speak version=\"1.1\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"{}\">\n",
        escape(&outline.lang)
    ));
    for block in &outline.blocks {
        script.block(block);
    }
    if !outline.school.is_empty() {
        script.pause(700);
        script.push("<p>");
        script.sentence(&outline.school);
        script.push("</p>\n");
    }
    script.push("</speak>\n");
    script.out
}

/// An outline read aloud: a WAV file (16-bit mono) in a temporary folder of its own, on the
/// list of what a stopped run removes, until it is dropped. Speech is kept on disk, not in
/// memory: an hour of it is over 150 MB.
pub struct Speech {
    folder: tempfile::TempDir,
    _listed: crate::cleanup::Registered,
    seconds: f64,
}

impl Speech {
    /// The WAV file.
    pub fn wav(&self) -> std::path::PathBuf {
        self.folder.path().join("speech.wav")
    }

    /// How long it plays, in seconds.
    pub fn seconds(&self) -> f64 {
        self.seconds
    }
}

/// Reads an outline aloud with espeak-ng.
pub fn speak(outline: &Outline) -> Result<Speech, AudioError> {
    let voice = voice_for(&outline.lang)?;
    let script = ssml(outline);
    let (folder, listed) = crate::cleanup::create_listed(tempfile::tempdir, |f| f.path())
        .map_err(|e| AudioError::Espeak(e.to_string()))?;
    let path = folder.path().join("speech.wav");
    let output = program::run(
        Command::new("espeak-ng")
            .args(["-m", "-v", voice, "-s", &RATE.to_string(), "--stdin", "-w"])
            .arg(&path),
        script.into_bytes(),
    )
    .map_err(|failure| match failure {
        program::Failure::Start(error) => AudioError::NotInstalled {
            program: "espeak-ng",
            package: "espeak-ng",
            error,
        },
        program::Failure::Failed(said) => AudioError::Espeak(said),
    })?;
    let stderr = output.stderr;
    // Only the header is read, for the length.
    let seconds = hound::WavReader::open(&path)
        .ok()
        .map(|reader| f64::from(reader.duration()) / f64::from(reader.spec().sample_rate));
    match seconds {
        Some(seconds) if seconds > 0.0 => Ok(Speech {
            folder,
            _listed: listed,
            seconds,
        }),
        _ => Err(AudioError::Espeak(format!(
            "it wrote no speech{}",
            stderr
                .lines()
                .next()
                .map(|l| format!(" ({l})"))
                .unwrap_or_default()
        ))),
    }
}

/// How long a WAV file plays, in seconds.
pub fn duration(wav: &[u8]) -> Option<f64> {
    let reader = hound::WavReader::new(wav).ok()?;
    let spec = reader.spec();
    Some(f64::from(reader.duration()) / f64::from(spec.sample_rate))
}

/// Bit rate of the MP3: 32 kbit/s mono holds espeak-ng's 22 kHz speech clearly, at about
/// 240 KB a minute.
const MP3_KBPS: u32 = 32;

/// Speech as MP3 (constant bit rate, so players know its length from its size), with the
/// title and author (the school) in its ID3 tag, which players show: a file beside the WAV
/// file, removed with it.
pub fn mp3(speech: &Speech, title: &str, author: &str) -> Result<std::path::PathBuf, AudioError> {
    let path = speech.folder.path().join("speech.mp3");
    program::run(
        Command::new("lame")
            .args([
                "--quiet",
                "-m",
                "m",
                "-b",
                &MP3_KBPS.to_string(),
                "--add-id3v2",
            ])
            .arg("--tt")
            .arg(title)
            .arg("--ta")
            .arg(author)
            .arg(speech.wav())
            .arg(&path),
        Vec::new(),
    )
    .map_err(|failure| match failure {
        program::Failure::Start(error) => AudioError::NotInstalled {
            program: "lame",
            package: "lame",
            error,
        },
        program::Failure::Failed(said) => AudioError::Lame(said),
    })?;
    Ok(path)
}

crate::error::into_error!(AudioError);
