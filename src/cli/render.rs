//! `iepress render`: one plan as one document, in a language and format.

use std::path::PathBuf;

use iepress::Diagnostic;
use iepress::document::iep::{self, Iep};
use iepress::document::{Document, Prepared};
use iepress::input::plan::LargePrint;
use iepress::localize::{FALLBACK_LANGUAGE, Language};
use iepress::output::{AtomicFile, refuse_input, write_atomically};
use iepress::render::default_output;

use super::{Failed, Format, check_type_size, describe, parse_language, parse_size};

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The plan (a YAML file).
    plan: PathBuf,
    /// The document's language (BCP 47); `en-GB` gives the school's copy. By default the
    /// family's language from the plan.
    #[arg(long, value_name = "TAG", value_parser = parse_language)]
    lang: Option<&'static Language>,
    /// Large print: 18 pt, or the size given (16 to 36). The plan's `family.large_print`
    /// asks for it too.
    #[arg(long, value_name = "PT", num_args = 0..=1, default_missing_value = "18",
          value_parser = parse_size)]
    large_print: Option<f64>,
    /// The school profile; by default `school.yaml` in the plan's folder or its parent.
    #[arg(long, value_name = "FILE")]
    school: Option<PathBuf>,
    /// Set Urdu in the Nastaliq style (Urdu only), as Urdu readers expect. Its text layer has
    /// every letter, but tools that rebuild words from glyph positions may split some words.
    #[arg(long)]
    nastaliq: bool,
    /// Put the school's own text (in its source language) under each translated text, so
    /// that a teacher and a parent can read the same copy at a meeting.
    #[arg(long)]
    bilingual: bool,
    /// Refuse to write a copy in which any of the school's text is not translated.
    #[arg(long)]
    strict: bool,
    /// The output file; by default `<plan-file-stem>.<lang>[.large-print].pdf` in the
    /// current folder.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The format: a tagged PDF (the default); one accessible web page (html) for e-mail
    /// or a website; braille (brf: 40 cells by 25 lines, through liblouis); or the plan
    /// read aloud (audio: a WAV file, through espeak-ng; mp3: the same through LAME).
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    format: Format,
    /// Write the template's data as JSON to FILE instead of the PDF, for working on the
    /// templates with Typst's own tools.
    #[arg(long, value_name = "FILE")]
    emit_json: Option<PathBuf>,
}

/// What the command line asks of a copy.
fn options(args: &Args) -> iep::Options {
    iep::Options {
        language: args.lang,
        large_print: args.large_print.map(LargePrint::Size),
        school: args.school.clone(),
        nastaliq: args.nastaliq,
        bilingual: args.bilingual,
        copy: None,
    }
}

pub(super) fn run(args: Args) -> Result<(), Failed> {
    if iepress::input::group::is_group_plan(&args.plan) {
        return run_group(args);
    }
    let options = options(&args);
    check_type_size(args.large_print, args.format)?;
    let prepared = iep::prepare(&args.plan, &options)?;
    if args.strict && !prepared.fallbacks.is_empty() {
        report_fallbacks(&prepared);
        let language = prepared.language;
        return Err(Diagnostic::new(format!(
            "{} text(s) have no translation into {} ({}), so no copy was written (--strict)",
            prepared.fallbacks.len(),
            language.name,
            language.tag,
        ))
        .hint(format!(
            "translate them in the plan, or in the school's translations/{}.po (see `iepress translate export`)",
            language.tag
        ))
        .into());
    }
    if let Some(json_path) = &args.emit_json {
        refuse_input(json_path, &prepared.inputs)?;
        let text = iepress::typeset::pretty_json(&prepared.document);
        write_atomically(json_path, text.as_bytes())?;
        report_fallbacks(&prepared);
        eprintln!("wrote {}", json_path.display());
        return Ok(());
    }
    let format = args.format.into();
    let output = args
        .output
        .clone()
        .unwrap_or_else(|| default_output(&args.plan, &prepared, format));
    write_copy(&prepared, format, &output)?;
    warn_unread_translations(&prepared);
    Ok(())
}

/// Names the files in the school's translations folder that are not read.
fn warn_unread_translations(prepared: &Prepared<Iep>) {
    if let Some(school_dir) = prepared
        .source_of("school.")
        .and_then(std::path::Path::parent)
    {
        for d in iepress::input::translations::unread_files(school_dir) {
            eprintln!("{}", super::report("warning", &d));
        }
    }
}

/// Writes a copy in a format to `output` (never over one of its inputs), and says so.
fn write_copy(
    prepared: &Prepared<Iep>,
    format: iepress::render::Format,
    output: &std::path::Path,
) -> Result<(), Failed> {
    let start = std::time::Instant::now();
    refuse_input(output, &prepared.inputs)?;
    // Written straight into the file: speech is never held whole in memory.
    let mut file = AtomicFile::create(output)?;
    let extent = iepress::render::render_to(prepared, format, &mut file)?;
    let bytes = file.written();
    file.commit()?;
    report_fallbacks(prepared);
    let detail = describe(&extent, prepared.language, || {
        format!(
            "{}, {} pt{}",
            prepared.language.name,
            prepared.document.frame().layout.body_size,
            if prepared.large_print {
                " large print"
            } else {
                ""
            }
        )
    });
    eprintln!(
        "wrote {} ({detail}, {} KB, {} ms)",
        output.display(),
        bytes.div_ceil(1024),
        start.elapsed().as_millis()
    );
    Ok(())
}

/// A group learning plan (`plans/groups/NAME.yaml`): one copy for each of its pupils, in
/// the folder `-o` names (by default the current one), each in that family's language and
/// print size and naming only that pupil. A copy that cannot be made costs only itself.
fn run_group(args: Args) -> Result<(), Failed> {
    if args.emit_json.is_some() {
        return Err(Diagnostic::new(
            "--emit-json writes one copy's data, and a group plan makes a copy for each pupil",
        )
        .hint("give it with a pupil's plan instead")
        .into());
    }
    check_type_size(args.large_print, args.format)?;
    let options = options(&args);
    let pupils = iep::group_pupils(&args.plan, &options)?;
    let folder = args.output.clone().unwrap_or_else(|| PathBuf::from("."));
    std::fs::create_dir_all(&folder).map_err(|e| {
        Diagnostic::in_file(
            &folder,
            format!("cannot make the folder for the copies ({e})"),
            "give a folder you can write to with -o",
        )
    })?;
    let stem = args
        .plan
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "group".into());
    let format: iepress::render::Format = args.format.into();
    let mut failed = Vec::new();
    for pupil in &pupils {
        let made = iep::prepare_group(&args.plan, pupil, &options)
            .map_err(Failed::from)
            .and_then(|prepared| {
                if args.strict && !prepared.fallbacks.is_empty() {
                    report_fallbacks(&prepared);
                    return Err(Diagnostic::new(format!(
                        "{} text(s) of {pupil}'s copy have no translation into {} ({}), so it was not written (--strict)",
                        prepared.fallbacks.len(),
                        prepared.language.name,
                        prepared.language.tag,
                    ))
                    .hint(format!(
                        "translate them in the school's translations/{}.po (see `iepress translate export`)",
                        prepared.language.tag
                    ))
                    .into());
                }
                let name = default_output(
                    std::path::Path::new(&format!("{stem}.{pupil}.yaml")),
                    &prepared,
                    format,
                );
                write_copy(&prepared, format, &folder.join(name))
            });
        if let Err(Failed(mut problems)) = made {
            failed.append(&mut problems);
        }
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(Failed(failed))
    }
}

/// Reports every field shown in another language, grouped by the language used, with the
/// file it comes from.
fn report_fallbacks(prepared: &Prepared<Iep>) {
    // How much of the school's text the family reads in their language ("34 of 36 texts in
    // Urdu"), for a copy in another language than the school's.
    let (reached, of) = prepared.school_texts_reached();
    if reached < of || prepared.language.tag != FALLBACK_LANGUAGE {
        eprintln!(
            "{reached} of {of} of the school's texts are in {} ({})",
            prepared.language.name, prepared.language.tag
        );
    }
    if prepared.fallbacks.is_empty() {
        return;
    }
    let mut by_language: std::collections::BTreeMap<&str, Vec<_>> = Default::default();
    for f in &prepared.fallbacks {
        by_language.entry(f.used.as_str()).or_default().push(f);
    }
    for (used, items) in by_language {
        let count = items.len();
        eprintln!(
            "warning: {count} {} shown in `{used}`, not in {} ({}), for want of a translation",
            if count == 1 { "text is" } else { "texts are" },
            prepared.language.name,
            prepared.language.tag,
        );
        for f in items {
            let file = prepared
                .source_of(&f.field)
                .map(|p| p.display().to_string());
            eprintln!("  - {} ({})", f.field, file.unwrap_or_default());
            if let Some(earlier) = &f.stale {
                eprintln!(
                    "    its translation went stale: it is of an earlier wording, \"{earlier}\" (`iepress translate export` offers it to check)"
                );
            }
        }
    }
    eprintln!(
        "hint: add translations to the plan, e.g. `needs: {{ en-GB: \"...\", {}: \"...\" }}`",
        prepared.language.tag
    );
}
