//! `iepress check`: passes every PDF iepress writes, and names what is wrong with one that
//! a screen reader could not follow or that would print empty boxes.

use std::path::{Path, PathBuf};

use lopdf::{Document, Object, dictionary};

use crate::{brookfield, iepress, render_ok, temp};

fn check(dir: &Path, files: &[&Path], extra: &[&str]) -> crate::Run {
    let mut args = vec!["check"];
    args.extend_from_slice(extra);
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    iepress(dir, &args)
}

/// An IEP from iepress, changed by `edit` and saved as `name`.
fn spoiled(dir: &Path, name: &str, edit: impl Fn(&mut Document)) -> PathBuf {
    let good = render_ok(
        dir,
        &brookfield().join("plans/zofia-nowak.yaml"),
        &[],
        &format!("{name}.good.pdf"),
    );
    let mut doc = Document::load(&good).unwrap();
    edit(&mut doc);
    let path = dir.join(format!("{name}.pdf"));
    doc.save(&path).unwrap();
    path
}

fn catalog(doc: &mut Document) -> &mut lopdf::Dictionary {
    doc.catalog_mut().unwrap()
}

#[test]
fn every_kind_of_pdf_iepress_writes_passes() {
    let dir = temp();
    let plans = brookfield().join("plans");
    let ur = render_ok(dir.path(), &plans.join("amira-khan.yaml"), &[], "ur.pdf");
    let large = render_ok(
        dir.path(),
        &plans.join("oliver-smith.yaml"),
        &[],
        "large.pdf",
    );
    let out = dir.path().join("evening");
    let run = iepress(
        dir.path(),
        &[
            "batch",
            brookfield().to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let map = dir.path().join("map.pdf");
    let run = iepress(
        dir.path(),
        &[
            "provision-map",
            brookfield().to_str().unwrap(),
            "-o",
            map.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let guide = dir.path().join("guide.pdf");
    let run = iepress(
        dir.path(),
        &[
            "leaflet",
            "iep-guide",
            "--lang",
            "ta",
            "-o",
            guide.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status, 0, "{}", run.stderr);
    let pack = out.join("print-pack.pdf");
    let run = check(dir.path(), &[&ur, &large, &pack, &map, &guide], &[]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("large.pdf: ok (en-GB, \"IEP – Oliver Smith\"")
            && run.stderr.contains("smallest text 18.0 pt"),
        "{}",
        run.stderr
    );
    // Large print, checked as such.
    let run = check(dir.path(), &[&large], &["--large-print"]);
    assert_eq!(run.status, 0, "{}", run.stderr);
    let run = check(dir.path(), &[&ur], &["--large-print=18"]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr
            .contains("text at 14.0 pt, under the large print size of 18 pt"),
        "{}",
        run.stderr
    );
}

#[test]
fn untagged_untitled_languageless_pdfs_are_named_with_a_fix() {
    let dir = temp();
    let untagged = spoiled(dir.path(), "untagged", |doc| {
        let c = catalog(doc);
        c.remove(b"StructTreeRoot");
        c.remove(b"MarkInfo");
    });
    let no_lang = spoiled(dir.path(), "no-lang", |doc| {
        catalog(doc).remove(b"Lang");
    });
    let no_title = spoiled(dir.path(), "no-title", |doc| {
        let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
        doc.get_dictionary_mut(info).unwrap().remove(b"Title");
        catalog(doc).remove(b"Metadata");
    });
    let run = check(dir.path(), &[&untagged, &no_lang, &no_title], &[]);
    assert_eq!(run.status, 1);
    let e = &run.stderr;
    assert!(
        e.contains("untagged.pdf: not tagged: it has no structure tree"),
        "{e}"
    );
    assert!(e.contains("no-lang.pdf: no document language"), "{e}");
    assert!(e.contains("(set the document language"), "{e}");
    assert!(e.contains("no-title.pdf: no title"), "{e}");
    assert!(e.contains("no-title.pdf: no PDF/UA identification"), "{e}");
    assert!(e.contains("3 of 3 files are not ready to send"), "{e}");
}

#[test]
fn a_figure_without_alt_text_a_skipped_heading_and_tofu_are_found() {
    let dir = temp();
    // A figure element without alternative text, and a heading two levels down.
    let structure = spoiled(dir.path(), "structure", |doc| {
        let root = catalog(doc)
            .get(b"StructTreeRoot")
            .unwrap()
            .as_reference()
            .unwrap();
        let top = doc
            .get_dictionary(root)
            .unwrap()
            .get(b"K")
            .unwrap()
            .as_array()
            .unwrap()[0]
            .as_reference()
            .unwrap();
        let figure = doc.add_object(dictionary! {
            "Type" => "StructElem",
            "S" => "Figure",
            "P" => top,
        });
        let heading = doc
            .objects
            .iter()
            .find(|(_, o)| {
                o.as_dict()
                    .is_ok_and(|d| d.get(b"S").and_then(Object::as_name).ok() == Some(b"H2"))
            })
            .map(|(id, _)| *id)
            .unwrap();
        doc.get_dictionary_mut(heading)
            .unwrap()
            .set("S", Object::Name(b"H4".to_vec()));
        let top = doc.get_dictionary_mut(top).unwrap();
        if let Ok(Object::Array(kids)) = top.get_mut(b"K") {
            kids.insert(0, Object::Reference(figure));
        }
    });
    // The first glyph on the first page drawn as glyph 0, .notdef.
    let tofu = spoiled(dir.path(), "tofu", |doc| {
        let page = *doc.get_pages().get(&1).unwrap();
        let mut content = doc.get_and_decode_page_content(page).unwrap();
        let op = content
            .operations
            .iter_mut()
            .find(|op| op.operator == "TJ" || op.operator == "Tj")
            .unwrap();
        let bytes = match op.operands.first_mut().unwrap() {
            Object::String(bytes, _) => bytes,
            Object::Array(items) => match items.iter_mut().find(|i| i.as_str().is_ok()).unwrap() {
                Object::String(bytes, _) => bytes,
                _ => unreachable!(),
            },
            _ => panic!("a text operation without text"),
        };
        bytes[0] = 0;
        bytes[1] = 0;
        doc.change_page_content(page, content.encode().unwrap())
            .unwrap();
    });
    let run = check(dir.path(), &[&structure, &tofu], &[]);
    assert_eq!(run.status, 1);
    let e = &run.stderr;
    assert!(
        e.contains("structure.pdf: a figure without alternative text"),
        "{e}"
    );
    assert!(
        e.contains("structure.pdf: page 1: a heading skips from level 1 to level 4"),
        "{e}"
    );
    assert!(
        e.contains("tofu.pdf: page 1: a character is drawn as an empty box (.notdef)"),
        "{e}"
    );
}

#[test]
fn a_file_that_is_not_a_pdf_is_named() {
    let dir = temp();
    let file = dir.path().join("plan.pdf");
    std::fs::write(&file, "PK\u{3}\u{4} a Word file").unwrap();
    let run = check(dir.path(), &[&file], &[]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains("plan.pdf: cannot be read as a PDF"),
        "{}",
        run.stderr
    );
}

/// Issue 14, class 5: a structure tree that contains itself, or is nested thousands of
/// levels deep, is reported; it used to overflow the stack.
#[test]
fn issue_14_a_structure_tree_that_contains_itself_or_is_too_deep_is_reported() {
    let dir = temp();
    let looped = spoiled(dir.path(), "looped", |doc| {
        let element = doc.new_object_id();
        doc.objects.insert(
            element,
            Object::Dictionary(dictionary! { "S" => "Sect", "K" => element }),
        );
        let root = catalog(doc)
            .get(b"StructTreeRoot")
            .unwrap()
            .as_reference()
            .unwrap();
        doc.get_dictionary_mut(root).unwrap().set("K", element);
    });
    let deep = spoiled(dir.path(), "deep", |doc| {
        let mut child = doc.add_object(dictionary! { "S" => "P" });
        for _ in 0..20_000 {
            child = doc.add_object(dictionary! { "S" => "Div", "K" => child });
        }
        let root = catalog(doc)
            .get(b"StructTreeRoot")
            .unwrap()
            .as_reference()
            .unwrap();
        doc.get_dictionary_mut(root).unwrap().set("K", child);
    });
    let run = check(dir.path(), &[&looped, &deep], &[]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "looped.pdf: the structure tree reaches an element twice (it contains itself)"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("deep.pdf: the structure tree is nested more than 256 levels deep"),
        "{}",
        run.stderr
    );
}

/// Issue 14, class 8: `check` finds text that runs off the page (placed from the fonts'
/// glyph widths, so a line that starts on the page and ends past its edge counts) and a
/// document with no text at all.
#[test]
fn issue_14_text_off_the_page_and_a_page_without_text_are_found() {
    let dir = temp();
    // The first line of the first page moved so that it ends 1 cm past the right edge.
    let off = spoiled(dir.path(), "off", |doc| {
        let page = *doc.get_pages().get(&1).unwrap();
        let mut content = doc.get_and_decode_page_content(page).unwrap();
        let at = content
            .operations
            .iter()
            .position(|op| op.operator == "TJ" || op.operator == "Tj")
            .unwrap();
        // In page space the line starts at 500 pt; the heading's first line is far wider
        // than the 95 pt left before the edge of an A4 page (595 pt).
        content.operations.insert(
            at,
            lopdf::content::Operation::new(
                "Tm",
                vec![
                    1.into(),
                    0.into(),
                    0.into(),
                    (-1).into(),
                    443.into(),
                    0.into(),
                ],
            ),
        );
        doc.change_page_content(page, content.encode().unwrap())
            .unwrap();
    });
    // Every page's content emptied: pictures of text would look the same to a reader.
    let empty = spoiled(dir.path(), "empty", |doc| {
        for page in doc.get_pages().into_values().collect::<Vec<_>>() {
            doc.change_page_content(page, Vec::new()).unwrap();
        }
    });
    let run = check(dir.path(), &[&off, &empty], &[]);
    assert_eq!(run.status, 1);
    let e = &run.stderr;
    assert!(
        e.contains("off.pdf: page 1: text runs off the page (from 500, "),
        "{e}"
    );
    assert!(!e.contains("off.pdf: no text at all"), "{e}");
    assert!(
        e.contains("empty.pdf: no text at all: a screen reader has nothing to read"),
        "{e}"
    );
}

/// Issue 14, class 5: a page whose content is a small compressed stream that unpacks to
/// hundreds of megabytes (a "Flate bomb", here one 64 MiB stream drawn five times) is
/// refused at the limit instead of unpacked whole, and is not also called a page without
/// text.
#[test]
fn issue_14_a_flate_bomb_is_stopped_at_its_limit() {
    let dir = temp();
    let bomb = spoiled(dir.path(), "bomb", |doc| {
        let mut stream = lopdf::Stream::new(dictionary! {}, vec![b' '; 64 << 20]);
        stream.compress().unwrap();
        assert!(stream.content.len() < 1 << 20);
        let id = doc.add_object(stream);
        let page = *doc.get_pages().get(&1).unwrap();
        doc.get_dictionary_mut(page)
            .unwrap()
            .set("Contents", vec![Object::Reference(id); 5]);
    });
    assert!(std::fs::metadata(&bomb).unwrap().len() < 2 << 20);
    let run = check(dir.path(), &[&bomb], &[]);
    assert_eq!(run.status, 1);
    assert!(
        run.stderr.contains(
            "bomb.pdf: page 1: the page unpacks to more than 16 MiB of drawing instructions"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("no text at all"), "{}", run.stderr);
}

/// Issue 17: a copy whose viewer preferences say the other direction than its language's
/// script (Typst marked Gurmukhi right to left) is named with the fix.
#[test]
fn issue_17_a_reading_direction_against_the_language_is_found() {
    let dir = temp();
    // Polish, marked right to left.
    let wrong = spoiled(dir.path(), "r2l", |doc| {
        let preferences = dictionary! { "DisplayDocTitle" => true, "Direction" => "R2L" };
        catalog(doc).set("ViewerPreferences", Object::Dictionary(preferences));
    });
    let run = check(dir.path(), &[&wrong], &[]);
    assert_eq!(run.status, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("its language is pl, but viewers are told to read it right to left"),
        "{}",
        run.stderr
    );
}
