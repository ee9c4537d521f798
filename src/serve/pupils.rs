//! What the pupils page shows of each plan in the school's folder: who it is for, the
//! family's language and print size, the review date, how much of the school's text reaches
//! the family's language, and any problem with the plan (the command line's own messages).

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::document::iep::{Options, prepare};
use crate::input::load::load_plan;
use crate::input::plan::LargePrint;
use crate::localize::{FALLBACK_LANGUAGE, Language, format_date};

/// One plan, as a row of the pupils page.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The plan file's name without `.yaml`: the plan's address in the app.
    pub name: String,
    /// The file, as the school's folder names it (`plans/amira-khan.yaml`).
    pub file: String,
    /// The pupil's full name, or the file's name when the plan cannot be read.
    pub pupil: String,
    pub class: String,
    /// The family's language by its own name (`اردو`), and by its English one when that says
    /// more (`Urdu`; none for English), with its tag and direction for the page.
    pub language: String,
    pub language_english: String,
    pub language_tag: String,
    pub language_dir: String,
    /// The print size in points when large, none for clear print.
    pub large_print: Option<f64>,
    /// The review date, in English.
    pub review: String,
    /// The school's texts in the family's copy, and how many of them are in its language.
    pub texts: usize,
    pub texts_in_language: usize,
    /// What is wrong with the plan, each as the command line says it (file, line, column,
    /// field) with its hint.
    pub problems: Vec<Problem>,
    /// `iepress lint`'s advice on it.
    pub advice: Vec<Problem>,
}

/// A problem with a plan: the message and the fix.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    pub message: String,
    pub hint: Option<String>,
}

impl Row {
    /// A row that knows only the plan's name and file, until more is read.
    fn empty(name: &str, file: String) -> Row {
        Row {
            name: name.to_owned(),
            file,
            pupil: name.to_owned(),
            class: String::new(),
            language: String::new(),
            language_english: String::new(),
            language_tag: String::new(),
            language_dir: "ltr".to_owned(),
            large_print: None,
            review: String::new(),
            texts: 0,
            texts_in_language: 0,
            problems: Vec::new(),
            advice: Vec::new(),
        }
    }
}

impl From<&crate::Diagnostic> for Problem {
    fn from(d: &crate::Diagnostic) -> Self {
        Problem {
            message: d.to_string(),
            hint: d.hints.first().cloned(),
        }
    }
}

/// The plans of a school's folder, in the order of their file names.
pub fn rows(school_dir: &Path) -> Result<Vec<Row>, crate::Diagnostic> {
    let plans = crate::input::appointments::plan_files(school_dir)?;
    Ok(plans
        .into_iter()
        .map(|(name, file)| match file {
            Ok(path) => row(&name, &path),
            Err(refused) => Row {
                problems: vec![(&refused).into()],
                ..Row::empty(&name, format!("plans/{name}.yaml"))
            },
        })
        .collect())
}

/// The path of the plan called `name` in the school's folder, if there is one (the only
/// files the app reads as plans: never a path from the request).
pub fn plan_path(school_dir: &Path, name: &str) -> Option<PathBuf> {
    crate::input::appointments::plan_files(school_dir)
        .ok()?
        .remove(name)?
        .ok()
}

fn english() -> &'static Language {
    crate::localize::LANGUAGES
        .iter()
        .find(|l| l.tag == FALLBACK_LANGUAGE)
        .expect("English is shipped")
}

/// A language's names for the page: its own, and the English one when it says more
/// (`English (UK)` for English is the English one alone).
pub fn language_names(language: &Language) -> (String, String) {
    if language.name.starts_with(language.autonym) {
        (language.name.to_owned(), String::new())
    } else {
        (language.autonym.to_owned(), language.name.to_owned())
    }
}

/// A plan's row: who it is for, the family's copy as it would be made now, and its
/// problems and advice.
pub fn row(name: &str, path: &Path) -> Row {
    let mut row = Row::empty(
        name,
        format!(
            "plans/{}",
            path.file_name().unwrap_or_default().to_string_lossy()
        ),
    );
    // The plan as written: who, which class, when it is reviewed.
    match load_plan(path) {
        Ok(plan) => {
            row.pupil = plan.pupil.name.to_string();
            row.class = match (&plan.pupil.class, plan.pupil.year_group) {
                (Some(class), Some(0)) => format!("{class}, Reception"),
                (Some(class), Some(year)) => format!("{class}, Year {year}"),
                (Some(class), None) => class.clone(),
                (None, Some(0)) => "Reception".to_owned(),
                (None, Some(year)) => format!("Year {year}"),
                (None, None) => String::new(),
            };
            row.review = format_date(english().tag, plan.plan.review.value);
            row.large_print = match plan.family.large_print {
                LargePrint::No => None,
                LargePrint::Yes => Some(18.0),
                LargePrint::Size(size) => Some(size),
            };
            row.advice = crate::lint::lint_file(path, None)
                .map(|found| found.iter().map(Problem::from).collect())
                .unwrap_or_default();
        }
        Err(problem) => {
            row.problems.push((&problem).into());
            return row;
        }
    }
    // The family's copy, as it would be made now.
    match prepare(path, &Options::default()) {
        Ok(prepared) => {
            (row.language, row.language_english) = language_names(prepared.language);
            row.language_tag = prepared.language.tag.to_owned();
            row.language_dir = if prepared.language.script.dir() == crate::localize::Dir::Rtl {
                "rtl".to_owned()
            } else {
                "ltr".to_owned()
            };
            let (reached, of) = prepared.school_texts_reached();
            row.texts = of;
            row.texts_in_language = reached;
        }
        Err(error) => {
            row.problems
                .extend(error.into_diagnostics().iter().map(Problem::from));
        }
    }
    row
}
