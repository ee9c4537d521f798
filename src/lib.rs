//! iepress turns pupils' SEN support plans into documents parents can read: in their own
//! language, in clear or large print, as tagged PDF/UA-1.
//!
//! The pipeline has one module a stage, each with one entry point:
//! [`plan::load_plan`] (YAML in, checked) → [`localize::localize`] (Fluent and ICU4X) →
//! [`compile::compile`] (Typst) → [`export::pdf`] (typst-pdf, PDF/UA-1). [`render`] runs
//! them all for one plan. The library never prints and never exits: it returns values and
//! errors, and the binary decides what to show.

pub mod audio;
pub mod batch;
pub mod braille;
pub mod check;
pub mod clusters;
pub mod compile;
pub mod demo;
pub mod export;
pub mod html;
pub mod localize;
pub mod outline;
pub mod pack;
pub mod plan;
mod program;
pub mod provision;
pub mod translate;

use std::fmt;
use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

use crate::compile::{CompileError, Template};
use crate::export::ExportError;
use crate::localize::{Copy, Fallback, Language, LocaleError, Request};
use crate::plan::{InputError, LargePrint, School};

/// What to render, beyond the plan itself.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// The document's language; by default the family's.
    pub language: Option<&'static Language>,
    /// Large print; by default what the plan's `family.large_print` asks for.
    pub large_print: Option<LargePrint>,
    /// The school profile; by default `school.yaml` beside the plan or in its parent folder.
    pub school: Option<PathBuf>,
    /// Set Urdu in Nastaliq rather than Naskh (see the README on its text layer).
    pub nastaliq: bool,
    /// Show the school's source-language text beside each translated text.
    pub bilingual: bool,
    /// Whose copy it is; by default the school's when it is in the school's language and
    /// the family reads another, the family's otherwise. The school's copy is never in large
    /// print unless asked for.
    pub copy: Option<Copy>,
}

/// A rendered plan.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The data the template got.
    pub data: serde_json::Value,
    /// The language the document is in.
    pub language: &'static Language,
    /// Whether it is in large print.
    pub large_print: bool,
    /// Which copy it is.
    pub copy: Copy,
    /// Every field or message shown in another language than the document's.
    pub fallbacks: Vec<Fallback>,
    /// The date the document is stamped with.
    pub date: plan::Date,
    /// The files the document was made from (the plan, then the school profile).
    pub sources: Vec<PathBuf>,
}

/// Anything that can go wrong while rendering, by stage.
#[derive(Debug)]
pub enum Error {
    /// The plan or school file is wrong.
    Input(InputError),
    /// A locale is broken or a language is not supported.
    Locale(LocaleError),
    /// The school's translations cannot be read.
    Translate(translate::TranslateError),
    /// Typst could not compile the document.
    Compile(CompileError),
    /// The PDF could not be made or written.
    Export(ExportError),
    /// The print pack could not be put together.
    Pack(pack::PackError),
    /// Several input problems, all found in one pass (a provision map's tables).
    Inputs(Vec<InputError>),
    /// No braille copy could be made.
    Braille(braille::BrailleError),
    /// No audio copy could be made.
    Audio(audio::AudioError),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::Input(e) => e.fmt(f),
            Error::Locale(e) => e.fmt(f),
            Error::Translate(e) => e.fmt(f),
            Error::Compile(e) => e.fmt(f),
            Error::Export(e) => e.fmt(f),
            Error::Pack(e) => e.fmt(f),
            Error::Braille(e) => e.fmt(f),
            Error::Audio(e) => e.fmt(f),
            Error::Inputs(errors) => {
                for (i, e) in errors.iter().enumerate() {
                    if i > 0 {
                        write!(f, "\nerror: ")?;
                    }
                    e.fmt(f)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {}

impl From<InputError> for Error {
    fn from(e: InputError) -> Self {
        Error::Input(e)
    }
}

impl From<braille::BrailleError> for Error {
    fn from(e: braille::BrailleError) -> Self {
        Error::Braille(e)
    }
}

impl From<audio::AudioError> for Error {
    fn from(e: audio::AudioError) -> Self {
        Error::Audio(e)
    }
}

impl From<LocaleError> for Error {
    fn from(e: LocaleError) -> Self {
        Error::Locale(e)
    }
}

impl From<translate::TranslateError> for Error {
    fn from(e: translate::TranslateError) -> Self {
        Error::Translate(e)
    }
}

impl From<CompileError> for Error {
    fn from(e: CompileError) -> Self {
        Error::Compile(e)
    }
}

impl From<ExportError> for Error {
    fn from(e: ExportError) -> Self {
        Error::Export(e)
    }
}

/// Loads a plan and its school and localizes it: everything up to the template's data.
pub fn prepare(plan_path: &Path, options: &RenderOptions) -> Result<Rendered, Error> {
    let school_path = match &options.school {
        Some(p) => p.clone(),
        None => plan::find_school(plan_path)?,
    };
    let school = plan::load_school(&school_path)?;
    prepare_with_school(plan_path, &school_path, &school, options)
}

/// Like [`prepare`], with the school profile already read (from `school_path`): a batch
/// reads it once for all its documents.
pub fn prepare_with_school(
    plan_path: &Path,
    school_path: &Path,
    school: &School,
    options: &RenderOptions,
) -> Result<Rendered, Error> {
    let plan = plan::load_plan(plan_path)?;
    let source = &school.source_language;
    let source_language = Language::find(&source.value.0)
        .ok_or_else(|| unsupported(school_path, source, "source_language", &source.value.0))?;
    let family = &plan.family.language;
    let family_language = Language::find(&family.value.0)
        .ok_or_else(|| unsupported(plan_path, family, "family.language", &family.value.0))?;
    let language = options.language.unwrap_or(family_language);
    let copy = options.copy.unwrap_or(
        if language.tag == source_language.tag && family_language.tag != language.tag {
            Copy::School
        } else {
            Copy::Family
        },
    );
    let large_print = match (options.large_print, copy) {
        (Some(lp), _) => lp,
        (None, Copy::Family) => plan.family.large_print,
        (None, Copy::School) => LargePrint::No,
    };
    let school_dir = school_path.parent().unwrap_or(Path::new("."));
    let memory = translate::load_memory(&translate::memory_path(school_dir, language.tag))?;
    let localized = localize::localize(
        &plan,
        &Request {
            language,
            large_print,
            copy,
            nastaliq: options.nastaliq,
            bilingual: options.bilingual,
            memory: memory.as_ref(),
            school,
        },
    )?;
    let date = plan
        .review
        .as_ref()
        .map_or(plan.plan.start.value, |r| r.date.value);
    Ok(Rendered {
        data: serde_json::to_value(&localized.document).expect("documents always serialize"),
        language,
        large_print: large_print != LargePrint::No,
        copy,
        fallbacks: localized.fallbacks,
        date,
        sources: vec![plan_path.to_owned(), school_path.to_owned()],
    })
}

fn unsupported<T>(
    file: &Path,
    spanned: &serde_saphyr::Spanned<T>,
    field: &str,
    tag: &LanguageIdentifier,
) -> Error {
    Error::Input(InputError::at(
        file,
        spanned,
        field,
        format!("unsupported language `{tag}`"),
        format!("the supported languages are {}", Language::supported_list()),
    ))
}

/// Compiles prepared data and exports it as tagged PDF/UA-1.
pub fn to_pdf(rendered: &Rendered) -> Result<Vec<u8>, Error> {
    let document = compile::compile(Template::Iep, &rendered.data, rendered.date)
        .map_err(|e| locate_glyph_error(e, &rendered.sources))?;
    tagged_pdf(&document, &rendered.data, rendered.date, rendered.language)
}

/// Exports a laid-out document as tagged PDF/UA-1: its identifier from its data, its date
/// given, and its full language tag (Typst writes the language and region only; a script
/// subtag such as `pa-Arab` is added afterwards).
pub(crate) fn tagged_pdf(
    document: &typst_layout::PagedDocument,
    data: &serde_json::Value,
    date: plan::Date,
    language: &'static Language,
) -> Result<Vec<u8>, Error> {
    let ident = format!("{:032x}", typst::utils::hash128(&data.to_string()));
    let pdf = export::pdf(document, &ident, date)?;
    if language.id().script.is_some() {
        Ok(export::set_language(pdf, language.tag)?)
    } else {
        Ok(pdf)
    }
}

/// Turns a character no font can draw into an input error at its place in the source files.
fn locate_glyph_error(error: CompileError, sources: &[PathBuf]) -> Error {
    let CompileError::MissingGlyph { field, character } = &error else {
        return Error::Compile(error);
    };
    for source in sources {
        let Ok(text) = std::fs::read_to_string(source) else {
            continue;
        };
        if let Some((line_no, line)) = text
            .lines()
            .enumerate()
            .find(|(_, line)| line.contains(*character))
        {
            let column = line.chars().take_while(|c| c != character).count() + 1;
            return Error::Input(InputError {
                file: source.clone(),
                position: Some(plan::Position {
                    line: line_no as u64 + 1,
                    column: column as u64,
                }),
                field: Some(field.clone()),
                message: format!(
                    "no bundled font can draw the character U+{:04X} `{character}`",
                    *character as u32
                ),
                hint: Some("remove the symbol or emoji, or write it out in words".to_owned()),
            });
        }
    }
    Error::Compile(error)
}

/// What to put in a provision map.
#[derive(Debug, Clone, Default)]
pub struct ProvisionOptions {
    /// For a parent's copy, the pupil (their plan file's name); the school's map otherwise.
    pub pupil: Option<String>,
    /// The language; by default the family's for a parent's copy, the school's otherwise.
    pub language: Option<&'static Language>,
    /// Large print; by default what the pupil's plan asks for, or none.
    pub large_print: Option<LargePrint>,
}

/// A provision map made into a PDF.
#[derive(Debug, Clone)]
pub struct ProvisionRendered {
    /// The tagged PDF.
    pub pdf: Vec<u8>,
    /// Its language.
    pub language: &'static Language,
    /// Whether it is in large print.
    pub large_print: bool,
    /// Every text shown in another language for want of a translation.
    pub fallbacks: Vec<Fallback>,
}

/// A provision map, localized: the data its template reads.
#[derive(Debug, Clone)]
pub struct ProvisionMap {
    /// The data the template gets (and the other formats' outline is read from).
    pub data: serde_json::Value,
    /// The map's date, from its contents.
    pub date: plan::Date,
    /// Its language.
    pub language: &'static Language,
    /// Whether it is in large print.
    pub large_print: bool,
    /// Every text shown in another language for want of a translation.
    pub fallbacks: Vec<Fallback>,
}

impl ProvisionMap {
    /// The map as tagged PDF/UA-1.
    pub fn to_pdf(&self) -> Result<Vec<u8>, Error> {
        let compiled = compile::compile(Template::Provision, &self.data, self.date)?;
        tagged_pdf(&compiled, &self.data, self.date, self.language)
    }
}

/// Makes a school's provision map, or a parent's copy of it, as tagged PDF/UA-1.
pub fn provision_map(
    school_dir: &Path,
    options: &ProvisionOptions,
) -> Result<ProvisionRendered, Error> {
    let map = prepare_provision_map(school_dir, options)?;
    Ok(ProvisionRendered {
        pdf: map.to_pdf()?,
        language: map.language,
        large_print: map.large_print,
        fallbacks: map.fallbacks,
    })
}

/// Localizes a school's provision map, or a parent's copy of it (see [`provision_map`]).
pub fn prepare_provision_map(
    school_dir: &Path,
    options: &ProvisionOptions,
) -> Result<ProvisionMap, Error> {
    let school_path = school_dir.join("school.yaml");
    let school = plan::load_school(&school_path)?;
    let source = &school.source_language;
    let source_language = Language::find(&source.value.0)
        .ok_or_else(|| unsupported(&school_path, source, "source_language", &source.value.0))?;
    let map = provision::load(school_dir).map_err(Error::Inputs)?;
    let plan = match &options.pupil {
        Some(pupil) => Some(map.plans.get(pupil).ok_or_else(|| {
            let known: Vec<&str> = map.plans.keys().map(String::as_str).collect();
            let nearest = plan::did_you_mean(pupil, &known)
                .map(|k| format!("did you mean `{k}`? "))
                .unwrap_or_default();
            Error::Input(InputError::file(
                &school_dir.join("plans"),
                format!("there is no plan for `{pupil}`"),
                format!("{nearest}give the plan file's name without .yaml"),
            ))
        })?),
        None => None,
    };
    let language = match (options.language, plan) {
        (Some(l), _) => l,
        (None, Some(p)) => {
            let family = &p.family.language;
            Language::find(&family.value.0).ok_or_else(|| {
                let path = school_dir.join("plans").join(format!(
                    "{}.yaml",
                    options.pupil.as_deref().unwrap_or_default()
                ));
                unsupported(&path, family, "family.language", &family.value.0)
            })?
        }
        (None, None) => source_language,
    };
    let large_print = match (options.large_print, plan) {
        (Some(lp), _) => lp,
        (None, Some(p)) => p.family.large_print,
        (None, None) => LargePrint::No,
    };
    let (document, fallbacks) = localize::provision_map(&localize::ProvisionRequest {
        language,
        large_print,
        school: &school,
        provision: &map,
        pupil: options.pupil.as_deref(),
    })?;
    let data = serde_json::to_value(&document).expect("documents always serialize");
    // The map's date comes from its contents, so that the same tables give the same bytes.
    let date = map
        .interventions
        .iter()
        .map(|i| i.review)
        .chain(map.participants.iter().filter_map(|p| p.end))
        .max()
        .unwrap_or(plan::Date {
            year: 2000,
            month: 1,
            day: 1,
        });
    Ok(ProvisionMap {
        data,
        date,
        language,
        large_print: large_print != LargePrint::No,
        fallbacks,
    })
}

/// The edition of the leaflets' text: the date in their metadata, so that the same leaflet
/// always gives the same bytes.
pub const LEAFLET_EDITION: plan::Date = plan::Date {
    year: 2026,
    month: 11,
    day: 23,
};

/// A leaflet, localized: the data its template reads.
#[derive(Debug, Clone)]
pub struct Leaflet {
    /// The data the template gets (and the other formats' outline is read from).
    pub data: serde_json::Value,
    /// Its language.
    pub language: &'static Language,
    /// Every text shown in another language for want of a translation.
    pub fallbacks: Vec<Fallback>,
}

impl Leaflet {
    /// The leaflet as tagged PDF/UA-1.
    pub fn to_pdf(&self) -> Result<Vec<u8>, Error> {
        let compiled = compile::compile(Template::Leaflet, &self.data, LEAFLET_EDITION)?;
        tagged_pdf(&compiled, &self.data, LEAFLET_EDITION, self.language)
    }
}

/// A leaflet made into a PDF.
#[derive(Debug, Clone)]
pub struct LeafletRendered {
    /// The tagged PDF.
    pub pdf: Vec<u8>,
    /// Its language.
    pub language: &'static Language,
    /// Every text shown in another language for want of a translation.
    pub fallbacks: Vec<Fallback>,
}

/// Localizes a leaflet for parents, with the school's details when a school profile is
/// given. The language is by default the school's, or English without one.
pub fn prepare_leaflet(
    name: &str,
    language: Option<&'static Language>,
    large_print: LargePrint,
    school: Option<&School>,
) -> Result<Leaflet, Error> {
    if !localize::leaflet_names().contains(&name) {
        return Err(Error::Locale(LocaleError::UnknownLeaflet(name.to_owned())));
    }
    let language = match language {
        Some(l) => l,
        None => {
            let tag = school.map_or_else(
                || localize::FALLBACK_LANGUAGE.to_owned(),
                localize::source_tag,
            );
            Language::find(&tag.parse().unwrap_or_default())
                .or_else(|| {
                    Language::find(&localize::FALLBACK_LANGUAGE.parse().unwrap_or_default())
                })
                .expect("the fallback language is supported")
        }
    };
    let (document, fallbacks) = localize::leaflet(name, language, large_print, school)?;
    Ok(Leaflet {
        data: serde_json::to_value(&document).expect("documents always serialize"),
        language,
        fallbacks,
    })
}

/// Makes a leaflet for parents as tagged PDF/UA-1 (see [`prepare_leaflet`]).
pub fn leaflet(
    name: &str,
    language: Option<&'static Language>,
    large_print: LargePrint,
    school: Option<&School>,
) -> Result<LeafletRendered, Error> {
    let leaflet = prepare_leaflet(name, language, large_print, school)?;
    Ok(LeafletRendered {
        pdf: leaflet.to_pdf()?,
        language: leaflet.language,
        fallbacks: leaflet.fallbacks,
    })
}

/// The default output file name: `<plan-file-stem>.<lang>[.large-print].<extension>`,
/// `.large-print` for a large-print PDF or web page (braille and audio have no type size).
pub fn default_output(plan_path: &Path, rendered: &Rendered, extension: &str) -> PathBuf {
    let stem = plan_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".into());
    let large = if rendered.large_print && matches!(extension, "pdf" | "html") {
        ".large-print"
    } else {
        ""
    };
    PathBuf::from(format!(
        "{stem}.{}{large}.{extension}",
        rendered.language.tag
    ))
}
