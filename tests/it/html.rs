//! `iepress render --format html`: one accessible page, parsed as a browser would.

use scraper::{Html, Selector};

use crate::{brookfield, iepress, temp};

fn select<'a>(page: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    page.select(&Selector::parse(css).unwrap()).collect()
}

fn render(dir: &std::path::Path, plan: &std::path::Path, extra: &[&str]) -> Html {
    let out = dir.join("page.html");
    let mut args = vec![
        "render",
        plan.to_str().unwrap(),
        "--format",
        "html",
        "-o",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    let run = iepress(dir, &args);
    assert_eq!(run.status, 0, "{}", run.stderr);
    Html::parse_document(&std::fs::read_to_string(&out).unwrap())
}

#[test]
fn the_page_has_language_direction_title_headings_lists_and_table_headers() {
    let dir = temp();
    let page = render(dir.path(), &brookfield().join("plans/amira-khan.yaml"), &[]);
    assert!(page.errors.is_empty(), "{:?}", page.errors);
    let html = select(&page, "html")[0];
    assert_eq!(html.attr("lang"), Some("ur"));
    assert_eq!(html.attr("dir"), Some("rtl"));
    let title: String = select(&page, "title")[0].text().collect();
    // The title is the heading, in the family's language (issue 15: it was English).
    assert_eq!(title, "Amira Khan کے لیے مدد کا پلان");
    assert_eq!(
        select(&page, "meta[name=viewport]")[0].attr("content"),
        Some("width=device-width, initial-scale=1")
    );
    // One main heading, and no level skipped on the way down.
    let headings = select(&page, "h1, h2, h3, h4, h5, h6");
    assert_eq!(select(&page, "h1").len(), 1);
    let mut last = 0;
    for h in &headings {
        let level = h.value().name()[1..].parse::<u8>().unwrap();
        assert!(level <= last + 1, "a heading skips to level {level}");
        last = level;
    }
    assert!(headings.len() >= 15, "{}", headings.len());
    // The review's table has header cells for its columns and its rows.
    let columns = select(&page, "table thead th[scope=col]");
    assert_eq!(columns.len(), 3);
    assert_eq!(select(&page, "table tbody th[scope=row]").len(), 3);
    assert!(select(&page, "img").is_empty());
    assert!(!select(&page, "dl dt").is_empty() && !select(&page, "ul li").is_empty());
    // The school's words still in English (the support service's name) are marked as
    // English, left to right, and so are England's names in a translation ("SEN Support").
    let english = select(&page, "[lang=en-GB][dir=ltr]");
    assert!(
        english.iter().any(|e| e
            .text()
            .collect::<String>()
            .contains("Riverside SEND Information")),
        "the English text is not marked"
    );
    assert!(
        select(&page, "span[lang=en-GB]")
            .iter()
            .any(|e| e.text().collect::<String>() == "SEN Support"),
        "the English gloss is not marked"
    );
    // The parent support service, as in the PDF.
    let text: String = page.root_element().text().collect();
    for detail in [
        "01632 960500",
        "sendiass@riverside.example.org",
        "Brookfield Primary School",
    ] {
        assert!(text.contains(detail), "{detail}");
    }
}

#[test]
fn large_print_sets_the_type_size_and_user_text_is_never_markup() {
    let dir = temp();
    let plan = dir.path().join("plans/tom.yaml");
    std::fs::create_dir_all(plan.parent().unwrap()).unwrap();
    std::fs::copy(
        brookfield().join("school.yaml"),
        dir.path().join("school.yaml"),
    )
    .unwrap();
    let text = std::fs::read_to_string(brookfield().join("plans/oliver-smith.yaml")).unwrap();
    let text: String = text
        .lines()
        .map(|line| {
            if line.trim_start().starts_with("about:") {
                "  about: \"<script>alert(1)</script> & <b>Ollie</b> loves football\"".to_owned()
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&plan, text).unwrap();
    let page = render(dir.path(), &plan, &[]);
    assert!(select(&page, "script").is_empty() && select(&page, "b").is_empty());
    let text: String = page.root_element().text().collect();
    assert!(text.contains("<script>alert(1)</script> & <b>Ollie</b> loves football"));
    let style: String = select(&page, "style")[0].text().collect();
    assert!(style.contains("font-size:18pt"), "{style}");
    assert_eq!(select(&page, "html")[0].attr("lang"), Some("en-GB"));
    assert_eq!(select(&page, "html")[0].attr("dir"), Some("ltr"));
}

#[test]
fn punjabi_in_shahmukhi_is_marked_pa_arab_throughout() {
    let dir = temp();
    let page = render(
        dir.path(),
        &brookfield().join("plans/amira-khan.yaml"),
        &["--lang", "pa-Arab"],
    );
    let html = select(&page, "html")[0];
    assert_eq!(html.attr("lang"), Some("pa-Arab"));
    // The translated texts take the page's language: none is marked as Gurmukhi Punjabi
    // (bare `pa`), and only the school's English words carry a language of their own.
    assert!(select(&page, "[lang=pa]").is_empty());
    assert_eq!(select(&page, "[lang=pa-Arab]").len(), 1);
    assert!(
        select(&page, "body [lang]")
            .iter()
            .all(|e| e.attr("lang") == Some("en-GB"))
    );
}
