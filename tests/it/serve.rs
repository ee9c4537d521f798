//! Issue 18: `iepress serve`, tested over HTTP as a browser asks: every route, the copy in
//! any language, size and format, and what it refuses (unknown plans, paths out of the
//! school's folder, bad choices, an address too long).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

use crate::temp;

/// A running `iepress serve`, stopped when dropped.
pub(crate) struct Server {
    child: Child,
    /// `127.0.0.1:PORT`.
    pub(crate) addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub(crate) fn serve(school: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_iepress"))
        .args(["serve", school.to_str().unwrap(), "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("iepress serve starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    // It says where it listens: this computer only.
    let addr = line
        .trim()
        .strip_prefix("http://")
        .and_then(|a| a.strip_suffix('/'))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_owned();
    assert!(addr.starts_with("127.0.0.1:"), "{addr}");
    Server { child, addr }
}

/// A response: status, headers (lower-case names) and body.
struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

fn get(server: &Server, path: &str) -> Response {
    send(
        &server.addr,
        format!(
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            server.addr
        )
        .as_bytes(),
    )
}

/// Sends one raw request and reads the whole response. A server that refuses a body too
/// big may close before reading it all, so a short write is not an error; a response
/// without a status line reads as status 0, which every test's status check refuses.
fn send(addr: &str, raw: &[u8]) -> Response {
    let mut stream = TcpStream::connect(addr).unwrap();
    let _ = stream.write_all(raw);
    let mut out = Vec::new();
    let _ = stream.read_to_end(&mut out);
    let split = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(out.len());
    let head = String::from_utf8_lossy(&out[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_lowercase(), v.trim().to_owned()))
        .collect();
    Response {
        status,
        headers,
        body: out.get(split + 4..).unwrap_or_default().to_vec(),
    }
}

#[test]
fn issue_18_the_pupils_page_lists_every_plan_with_its_language_and_problems() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    // A plan with a mistake costs only itself, and is shown with its place and fix.
    std::fs::write(
        school.join("plans/broken.yaml"),
        "pupil:\n  name: Test Pupil\n  year_group: Year 2\n",
    )
    .unwrap();
    let server = serve(&school);
    let page = get(&server, "/");
    assert_eq!(page.status, 200);
    assert_eq!(
        page.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    let html = page.text();
    for pupil in ["Amira Khan", "Oliver Smith", "Zofia Nowak"] {
        assert!(html.contains(pupil), "{pupil} in {html}");
    }
    // The family's language in its own script, marked as such; how much of the school's
    // text reaches it; the review date.
    assert!(
        html.contains(r#"<span lang="ur" dir="rtl">اردو</span> (Urdu)"#),
        "{html}"
    );
    assert!(html.contains("22 January 2027"), "{html}");
    assert!(
        html.contains(" of 51 texts") || html.contains("all 51 texts"),
        "{html}"
    );
    assert!(html.contains("1 problem"), "{html}");
    let broken = get(&server, "/plans/broken");
    assert_eq!(broken.status, 200);
    let text = broken.text();
    assert!(
        text.contains("broken.yaml:3:") && text.contains("year_group"),
        "{text}"
    );
    assert_eq!(
        get(&server, "/app.css").header("content-type"),
        Some("text/css; charset=utf-8")
    );
}

#[test]
fn issue_18_a_copy_in_any_language_size_and_format() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let server = serve(&school);
    let plan = get(&server, "/plans/amira-khan");
    assert_eq!(plan.status, 200);
    let html = plan.text();
    assert!(html.contains(r#"<option value="pl" lang="pl">"#), "{html}");
    assert!(
        html.contains(r#"action="/plans/amira-khan/copy""#),
        "{html}"
    );

    // The Polish large-print copy as a PDF, ready to send.
    let pdf = get(&server, "/plans/amira-khan/copy?lang=pl&size=24&format=pdf");
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert_eq!(
        pdf.header("content-disposition"),
        Some(r#"attachment; filename="amira-khan.pl.large-print.pdf""#)
    );
    assert!(pdf.body.starts_with(b"%PDF-"));
    let path = dir.path().join("copy.pdf");
    std::fs::write(&path, &pdf.body).unwrap();
    let report = iepress::check::check(&path, Some(24.0)).unwrap();
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(crate::pdf::info(&path).lang.as_deref(), Some("pl"));

    // The preview: the web page of the copy, in the family's language by default.
    let preview = get(&server, "/plans/amira-khan/copy");
    assert_eq!(preview.status, 200);
    assert!(preview.text().contains(r#"<html lang="ur" dir="rtl">"#));
    // Braille too.
    let brf = get(&server, "/plans/zofia-nowak/copy?format=brf");
    assert_eq!(brf.status, 200, "{}", brf.text());
    assert!(brf.body.ends_with(b"\x0c"));
}

#[test]
fn issue_18_what_the_app_refuses() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans"]);
    std::fs::write(dir.path().join("secret.yaml"), "not the school's").unwrap();
    let server = serve(&school);
    // Only the school's own plans, by name: never a path.
    for path in [
        "/plans/nobody",
        "/plans/..%2Fsecret",
        "/plans/..%2F..%2Fsecret/copy",
        "/plans/%2Fetc%2Fpasswd/copy?format=html",
        "/nowhere",
    ] {
        let response = get(&server, path);
        assert_eq!(response.status, 404, "{path}");
        assert!(!response.text().contains("not the school's"), "{path}");
    }
    // Choices it cannot make, named.
    for (query, says) in [
        ("lang=xx", "does not write the language `xx`"),
        ("size=99", "large print is 16 to 36 pt, not 99"),
        ("size=big", "`big` is not a print size"),
        ("format=exe", "`exe` is not a format"),
    ] {
        let response = get(&server, &format!("/plans/amira-khan/copy?{query}"));
        assert_eq!(response.status, 400, "{query}");
        assert!(
            response.text().contains(says),
            "{query}: {}",
            response.text()
        );
    }
    // An address far too long is refused before it is read.
    let long = format!("/{}", "a".repeat(200_000));
    assert_eq!(get(&server, &long).status, 414);
}

/// The value of a hidden field of a page's form.
fn hidden(html: &str, name: &str) -> String {
    let start = html
        .find(&format!(r#"name="{name}" value=""#))
        .unwrap_or_else(|| panic!("no {name} in {html}"))
        + name.len()
        + 15;
    let end = html[start..].find('"').unwrap() + start;
    html[start..end]
        .replace("&amp;", "&")
        .replace("&#x27;", "'")
        .replace("&quot;", "\"")
}

/// Form-encodes fields.
fn form(fields: &[(&str, &str)]) -> String {
    fn encode(s: &str) -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }
    fields
        .iter()
        .map(|(k, v)| format!("{}={}", encode(k), encode(v)))
        .collect::<Vec<_>>()
        .join("&")
}

fn post(server: &Server, path: &str, body: &str, origin: Option<&str>) -> Response {
    let origin = origin
        .map(|o| format!("Origin: {o}\r\n"))
        .unwrap_or_default();
    let raw = format!(
        "POST {path} HTTP/1.1\r\nHost: {}\r\n{origin}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        server.addr,
        body.len()
    );
    send(&server.addr, raw.as_bytes())
}

/// A bilingual member of staff translates the school's words into Polish in the browser:
/// saved into `translations/pl.po` (nothing there lost), used by the next copy; a save
/// from a page that is out of date is refused with 409 and what was typed is shown again;
/// a form from elsewhere (another origin, no secret) is refused; a body too big is refused.
#[test]
fn issue_18_translations_are_saved_from_the_browser_and_never_written_over() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let before = std::fs::read_to_string(school.join("translations/pl.po")).unwrap();
    let server = serve(&school);
    let index = get(&server, "/translations");
    assert_eq!(index.status, 200);
    assert!(
        index.text().contains(r#"href="/translations/pl""#),
        "{}",
        index.text()
    );

    let page = get(&server, "/translations/pl").text();
    let token = hidden(&page, "token");
    let version = hidden(&page, "version");
    let source = hidden(&page, "s0");
    let origin = format!("http://{}", server.addr);
    let body = form(&[
        ("token", &token),
        ("version", &version),
        ("s0", &source),
        ("t0", "Tłumaczenie z przeglądarki"),
    ]);
    let saved = post(&server, "/translations/pl", &body, Some(&origin));
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(saved.header("location"), Some("/translations/pl?saved=1"));
    let after = std::fs::read_to_string(school.join("translations/pl.po")).unwrap();
    assert!(after.contains("Tłumaczenie z przeglądarki"), "{after}");
    // Every translation that was there is still there.
    for line in before
        .lines()
        .filter(|l| l.starts_with("msgstr \"") && l.len() > 10)
    {
        assert!(after.contains(line), "lost {line}");
    }
    // The next copy uses it.
    let copy = get(&server, "/plans/zofia-nowak/copy?lang=pl").text();
    assert!(copy.contains("Tłumaczenie z przeglądarki"), "{copy}");

    // The same page saved again: the file changed since, so nothing is written, and what
    // was typed is shown again.
    let body = form(&[
        ("token", &token),
        ("version", &version),
        ("s0", &source),
        ("t0", "Druga wersja"),
    ]);
    let stale = post(&server, "/translations/pl", &body, Some(&origin));
    assert_eq!(stale.status, 409);
    assert!(stale.text().contains("Druga wersja"), "{}", stale.text());
    let unchanged = std::fs::read_to_string(school.join("translations/pl.po")).unwrap();
    assert_eq!(unchanged, after);

    // Not from the app's own page.
    let fresh = hidden(&get(&server, "/translations/pl").text(), "version");
    let body = form(&[
        ("token", &token),
        ("version", &fresh),
        ("s0", &source),
        ("t0", "x"),
    ]);
    assert_eq!(
        post(
            &server,
            "/translations/pl",
            &body,
            Some("http://evil.example")
        )
        .status,
        403
    );
    let body = form(&[
        ("token", "0000"),
        ("version", &fresh),
        ("s0", &source),
        ("t0", "x"),
    ]);
    assert_eq!(
        post(&server, "/translations/pl", &body, Some(&origin)).status,
        403
    );
    assert_eq!(
        std::fs::read_to_string(school.join("translations/pl.po")).unwrap(),
        after
    );
    // Too big to read, and a language that is not one.
    let big = "a".repeat(2 * 1024 * 1024);
    assert_eq!(
        post(&server, "/translations/pl", &big, Some(&origin)).status,
        413
    );
    assert_eq!(get(&server, "/translations/xx").status, 404);
    assert_eq!(get(&server, "/translations/en-GB").status, 404);
}

/// A SENCo writes a new pupil's plan in the browser from the bank: the entries first, then
/// their numbers, then it is saved as a plan file that renders, never over one that exists;
/// a mistake is shown with its field and fix, and nothing is written.
#[test]
fn issue_18_a_new_plan_from_the_bank() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let server = serve(&school);
    let page = get(&server, "/plans/new");
    assert_eq!(page.status, 200);
    let token = hidden(&page.text(), "token");
    let origin = format!("http://{}", server.addr);
    let mut fields = vec![
        ("token", token.as_str()),
        ("pupil_name", "Bilal Hussain"),
        ("known_as", "Bilal"),
        ("year_group", "3"),
        ("gender", "male"),
        ("contact_name", "Nadia Hussain"),
        ("contact_relationship", "mother"),
        ("language", "pl"),
        ("print", "24"),
        ("stage", "sen-support"),
        ("areas", "cognition-and-learning"),
        ("start", "2026-12-01"),
        ("review", "2027-03-01"),
        ("target0", "read-common-words"),
        ("who_role0", "teaching-assistant"),
        ("who_name0", "Mrs Lee"),
        ("does0", "precision-teaching"),
        ("minutes0", "10"),
        ("times0", "4"),
        ("part0", "morning"),
        ("home0", "read-card-words-at-bedtime"),
    ];
    // Step one: the numbers the chosen entries need are asked for.
    let mut next = fields.clone();
    next.push(("action", "next"));
    let asked = post(&server, "/plans/new", &form(&next), Some(&origin));
    assert_eq!(asked.status, 200);
    for key in ["p_target0_count", "p_target0_total", "p_home0_count"] {
        assert!(asked.text().contains(&format!(r#"id="{key}""#)), "{key}");
    }
    // A mistake: shown with its field, nothing written.
    let mut wrong = fields.clone();
    wrong.retain(|(k, _)| *k != "start");
    wrong.extend([
        ("start", "2026-13-01"),
        ("p_target0_count", "20"),
        ("p_target0_total", "30"),
        ("p_home0_count", "5"),
        ("action", "save"),
    ]);
    let refused = post(&server, "/plans/new", &form(&wrong), Some(&origin));
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("impossible date `2026-13-01` (field `plan.start`)"),
        "{}",
        refused.text()
    );
    assert!(!school.join("plans/bilal-hussain.yaml").exists());
    // Saved.
    fields.extend([
        ("p_target0_count", "20"),
        ("p_target0_total", "30"),
        ("p_home0_count", "5"),
        ("action", "save"),
    ]);
    let saved = post(&server, "/plans/new", &form(&fields), Some(&origin));
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(saved.header("location"), Some("/plans/bilal-hussain"));
    let yaml = std::fs::read_to_string(school.join("plans/bilal-hussain.yaml")).unwrap();
    assert!(
        yaml.contains("target: { bank: read-common-words, count: 20, total: 30 }"),
        "{yaml}"
    );
    // It renders: the Polish large-print copy, from the bank, in Polish.
    let copy = get(&server, "/plans/bilal-hussain/copy?format=html");
    assert_eq!(copy.status, 200);
    assert!(copy.text().contains(r#"<html lang="pl""#));
    assert!(
        copy.text().contains("Bilal przeczyta 20"),
        "{}",
        copy.text()
    );
    // Never over a plan that exists.
    let again = post(&server, "/plans/new", &form(&fields), Some(&origin));
    assert_eq!(again.status, 422);
    assert!(
        again.text().contains("already a plan called plans"),
        "{}",
        again.text()
    );
    assert_eq!(
        std::fs::read_to_string(school.join("plans/bilal-hussain.yaml")).unwrap(),
        yaml
    );
    // Not without the page's secret.
    let mut forged = fields.clone();
    forged[0] = ("token", "0");
    assert_eq!(
        post(&server, "/plans/new", &form(&forged), Some(&origin)).status,
        403
    );
}

/// The office runs a parents' evening in the browser: the appointments uploaded, every
/// copy and the print pack made, the families' copies in one zip; a bad row costs only
/// itself and is named as a row of the uploaded file.
#[test]
fn issue_18_a_parents_evening_from_the_browser() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let server = serve(&school);
    let page = get(&server, "/evening");
    assert_eq!(page.status, 200);
    let token = hidden(&page.text(), "token");
    let csv = b"time,pupil,teacher,room\n16:00,amira-khan,Mrs Patel,Oak\n16:10,zofia-nowak,Mrs Brown,Elm\n16:20,nobody,Mrs Patel,Oak\n";
    let made = post_files(
        &server,
        "/evening",
        &[("token", &token), ("action", "list")],
        &[("appointments", csv)],
    );
    // Made on a thread of its own: the page shows how far it is, then what was made.
    assert_eq!(made.status, 303, "{}", made.text());
    let mut html = String::new();
    for _ in 0..600 {
        let page = get(&server, "/evening/run");
        assert_eq!(page.status, 200);
        html = page.text();
        if !html.contains("http-equiv=\"refresh\"") {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(html.contains("4 documents made in"), "{html}");
    assert!(html.contains("2 could not be made"), "{html}");
    assert!(html.contains("no plan for `nobody`"), "{html}");
    assert!(html.contains("the appointments file:4:"), "{html}");
    assert!(!html.contains("iepress-evening-"), "{html}");
    let pack = get(&server, "/evening/files/print-pack.pdf");
    assert_eq!(pack.status, 200);
    assert!(pack.body.starts_with(b"%PDF-"));
    let zip = get(&server, "/evening/files/families.zip");
    assert_eq!(zip.header("content-type"), Some("application/zip"));
    assert!(zip.body.starts_with(b"PK"));
    let listed = String::from_utf8_lossy(&zip.body);
    assert!(
        listed.contains("1600-amira-khan.parent.ur.pdf")
            && listed.contains("1610-zofia-nowak.parent.pl.pdf"),
        "the families' copies are in the zip"
    );
    assert!(school.join("parents-evening/print-pack.pdf").is_file());
    // Only the evening's own files, by name.
    assert_eq!(get(&server, "/evening/files/..%2Fschool.yaml").status, 404);
    // Without the page's secret, nothing is made.
    let forged = post_files(
        &server,
        "/evening",
        &[("token", "0"), ("action", "every")],
        &[],
    );
    assert_eq!(forged.status, 403);
}

/// The provision map in the browser: the school's, and each child's copy in the family's
/// language; a child's copy only for a plan of the school's.
#[test]
fn issue_18_the_provision_map() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "provision", "translations"]);
    let server = serve(&school);
    let page = get(&server, "/provision");
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("/provision/copy?pupil=amira-khan"),
        "{}",
        page.text()
    );
    // The gaps, as the school's map says them, on the page itself.
    assert!(
        page.text()
            .contains("No support meets this area of need: Sensory and physical needs."),
        "{}",
        page.text()
    );
    let map = get(&server, "/provision/copy?format=html");
    assert_eq!(map.status, 200);
    // A wide table scrolls, and can be scrolled from the keyboard.
    assert!(
        map.text().contains(r#"role="region" tabindex="0""#),
        "{}",
        map.text()
    );
    let copy = get(&server, "/provision/copy?pupil=amira-khan&format=pdf");
    assert_eq!(copy.status, 200);
    assert_eq!(
        copy.header("content-disposition"),
        Some(r#"attachment; filename="provision-map.amira-khan.ur.pdf""#)
    );
    assert_eq!(
        get(&server, "/provision/copy?pupil=..%2Fplans%2Famira-khan").status,
        404
    );
    // A school with no provision map yet is told where to put it.
    let bare = crate::example_school(&dir.path().join("bare"), &["plans"]);
    let server = serve(&bare);
    let page = get(&server, "/provision");
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("has no provision map yet"),
        "{}",
        page.text()
    );
}

/// A plan's details changed in the browser: only what changed is rewritten, the school's
/// comments stay; a save from a stale page is refused with 409 and what was typed is kept;
/// a mistake is named with its field and nothing is written.
#[test]
fn issue_18_a_plans_details_edited_without_losing_the_schools_comments() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let plan = school.join("plans/amira-khan.yaml");
    let before = std::fs::read_to_string(&plan).unwrap();
    let server = serve(&school);
    let page = get(&server, "/plans/amira-khan/edit").text();
    let token = hidden(&page, "token");
    let version = hidden(&page, "version");
    let origin = format!("http://{}", server.addr);
    let body = form(&[
        ("token", &token),
        ("version", &version),
        ("pupil.name", "Amira Khan"),
        ("pupil.class", "Ash"),
        ("family.large_print", "24"),
        ("plan.review", "2027-02-05"),
    ]);
    let saved = post(&server, "/plans/amira-khan/edit", &body, Some(&origin));
    assert_eq!(saved.status, 303, "{}", saved.text());
    let after = std::fs::read_to_string(&plan).unwrap();
    assert!(after.contains("  class: \"Ash\"\n"), "{after}");
    assert!(
        after.contains("  large_print: 24      # true, or a point size such as 24\n"),
        "{after}"
    );
    assert!(after.contains("  review: 2027-02-05\n"), "{after}");
    // Every other line is as the school wrote it.
    let changed = before
        .lines()
        .zip(after.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 3, "{after}");
    assert_eq!(before.lines().count(), after.lines().count());
    // The page it was sent from is now out of date: refused, what was typed kept.
    let body = form(&[
        ("token", &token),
        ("version", &version),
        ("pupil.class", "Elm"),
    ]);
    let stale = post(&server, "/plans/amira-khan/edit", &body, Some(&origin));
    assert_eq!(stale.status, 409);
    assert!(stale.text().contains(r#"value="Elm""#), "{}", stale.text());
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), after);
    // A mistake: named, nothing written.
    let fresh = hidden(&get(&server, "/plans/amira-khan/edit").text(), "version");
    let body = form(&[
        ("token", &token),
        ("version", &fresh),
        ("plan.review", "2027-02-30"),
    ]);
    let wrong = post(&server, "/plans/amira-khan/edit", &body, Some(&origin));
    assert_eq!(wrong.status, 422);
    assert!(
        wrong
            .text()
            .contains("impossible date `2027-02-30` (field `plan.review`)")
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), after);
    assert_eq!(get(&server, "/plans/nobody/edit").status, 404);
}

/// What a browser sends for the page's form (`action`): every named field with its value as
/// the page shows it (ticked boxes, chosen options, text boxes), buttons left out.
fn page_form(html: &str, action: &str) -> Vec<(String, String)> {
    let doc = scraper::Html::parse_document(html);
    let form = scraper::Selector::parse(&format!("form[action=\"{action}\"]")).unwrap();
    let fields = scraper::Selector::parse("input, select, textarea").unwrap();
    let option = scraper::Selector::parse("option").unwrap();
    let form = doc.select(&form).next().expect("the form");
    let mut out = Vec::new();
    for field in form.select(&fields) {
        let e = field.value();
        let Some(name) = e.attr("name") else { continue };
        let value = match e.name() {
            "textarea" => field.text().collect::<String>(),
            "select" => {
                let options: Vec<_> = field.select(&option).collect();
                let chosen = options
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(options.first())
                    .expect("an option");
                chosen.value().attr("value").unwrap_or_default().to_owned()
            }
            _ => {
                let kind = e.attr("type").unwrap_or("text");
                if kind == "checkbox" && e.attr("checked").is_none() {
                    continue;
                }
                e.attr("value").unwrap_or_default().to_owned()
            }
        };
        out.push((name.to_owned(), value));
    }
    out
}

/// Sends a page's form back as the browser would, with some boxes changed (`changes`: a
/// name and its new value) and some fields added (`extra`: a button's action, a ticked
/// box).
fn resend(
    server: &Server,
    url: &str,
    changes: &[(&str, &str)],
    extra: &[(&str, &str)],
) -> Response {
    let mut sent = page_form(&get(server, url).text(), url);
    for (k, v) in &mut sent {
        if let Some((_, new)) = changes.iter().find(|(name, _)| name == k) {
            *v = (*new).to_owned();
        }
    }
    sent.extend(
        extra
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    let pairs: Vec<(&str, &str)> = sent.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    post(
        server,
        url,
        &form(&pairs),
        Some(&format!("http://{}", server.addr)),
    )
}

/// Every detail of a plan in the form, lists too: the page sent back as it is changes
/// nothing; then the pupil's date of birth, gender (left unsaid: the line goes), stage,
/// areas of need, agencies (a known one and the school's own words), a second parent, the
/// people at the review (one removed) and the next review date changed in one save; every
/// other line stays as the school wrote it, and the copy reads the new values.
#[test]
fn issue_18_every_detail_of_a_plan_edited_lists_too() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let plan = school.join("plans/amira-khan.yaml");
    let before = std::fs::read_to_string(&plan).unwrap();
    let server = serve(&school);
    let origin = format!("http://{}", server.addr);
    let page = get(&server, "/plans/amira-khan/edit").text();
    for label in [
        "Date of birth",
        "Boy or girl",
        "Stage of support",
        "Areas of need",
        "Outside agencies involved",
        "Parent or carer 1: name",
        "Parent or carer 2: relationship to the pupil",
        "Who came to the review",
        "Person 3 at the review: who they are",
        "Date of the next review",
    ] {
        assert!(page.contains(label), "{label} in {page}");
    }
    let sent = page_form(&page, "/plans/amira-khan/edit");
    let as_sent = |fields: &[(String, String)]| {
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        form(&pairs)
    };
    // The page as it is, sent back: nothing changes.
    let saved = post(
        &server,
        "/plans/amira-khan/edit",
        &as_sent(&sent),
        Some(&origin),
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), before);

    let mut changed: Vec<(String, String)> = sent
        .into_iter()
        .filter(|(k, v)| {
            // Unticked in the browser: Amira's areas, and the person left out below.
            !(k == "plan.areas_of_need" && v == "communication-and-interaction")
        })
        .map(|(k, v)| {
            let v = match k.as_str() {
                "pupil.date_of_birth" => "2017-03-15".to_owned(),
                "pupil.gender" => String::new(),
                "plan.stage" => "ehc-plan".to_owned(),
                "plan.agencies:other" => "The Reading Recovery team".to_owned(),
                "family.contacts.1:name" => "Imran Khan".to_owned(),
                "family.contacts.1:as" => "relationship=father".to_owned(),
                "review.present.1:name" | "review.present.1:as" => String::new(),
                "review.next_review" => "2027-05-07".to_owned(),
                _ => v,
            };
            (k, v)
        })
        .collect();
    changed.push(("plan.areas_of_need".into(), "sensory-and-physical".into()));
    changed.push(("plan.agencies".into(), "educational-psychology".into()));
    let saved = post(
        &server,
        "/plans/amira-khan/edit",
        &as_sent(&changed),
        Some(&origin),
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    let after = std::fs::read_to_string(&plan).unwrap();
    for line in [
        "  date_of_birth: 2017-03-15\n",
        "    - { name: Samina Khan, relationship: mother }\n    - { name: \"Imran Khan\", relationship: father }\n",
        "  stage: ehc-plan      # sen-support",
        "  areas_of_need: [cognition-and-learning, sensory-and-physical]\n",
        "  agencies: [educational-psychology, speech-and-language-therapy, \"The Reading Recovery team\"]\n",
        "    - { name: Samina Khan, relationship: mother }\n    - { name: Mr D. Evans, role: senco }\n  outcomes:",
        "  next_review: 2027-05-07",
    ] {
        assert!(after.contains(line), "{line} in {after}");
    }
    assert!(!after.contains("gender:"), "{after}");
    assert!(
        !after.contains("Mrs J. Patel, role: class-teacher"),
        "{after}"
    );
    // Every other line as the school wrote it, comments too.
    let kept = before
        .lines()
        .filter(|l| after.lines().any(|a| a == *l))
        .count();
    assert_eq!(before.lines().count() - kept, 7, "{after}");
    assert!(after.contains("# Filled in at the review meeting; leave out until then."));
    // The copy reads the new details.
    let copy = get(&server, "/plans/amira-khan/copy?lang=en-GB&format=html").text();
    assert!(copy.contains("Imran Khan"), "{copy}");
    assert!(copy.contains("The Reading Recovery team"), "{copy}");
    // A page sent again unchanged changes nothing more.
    let saved = resend(&server, "/plans/amira-khan/edit", &[], &[]);
    assert_eq!(saved.status, 303);
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), after);
    // A save from the first page, now out of date: refused, the rows typed shown again.
    let mut stale = changed.clone();
    for (k, v) in &mut stale {
        if k == "family.contacts.1:name" {
            *v = "Bilal Khan".into();
        }
    }
    let refused = post(
        &server,
        "/plans/amira-khan/edit",
        &as_sent(&stale),
        Some(&origin),
    );
    assert_eq!(refused.status, 409);
    assert!(
        refused.text().contains(r#"value="Bilal Khan""#),
        "{}",
        refused.text()
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), after);
    // A person with neither name nor role is refused at the field, nothing written.
    let refused = resend(
        &server,
        "/plans/amira-khan/edit",
        &[
            ("review.present.0:name", ""),
            ("review.present.0:as", "relationship=mother"),
        ],
        &[],
    );
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(
        refused
            .text()
            .contains("a person with neither a name nor a role"),
        "{}",
        refused.text()
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), after);

    // Each target's outcome at the review, on the page of texts and targets: the whole
    // page sent back changes nothing; a result and its comment changed, in place.
    let page = get(&server, "/plans/amira-khan/targets").text();
    assert!(page.contains("How target 3 went"), "{page}");
    let saved = resend(
        &server,
        "/plans/amira-khan/targets",
        &[],
        &[("action", "save")],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), after);
    let saved = resend(
        &server,
        "/plans/amira-khan/targets",
        &[
            ("review.outcomes.2:result", "partly"),
            (
                "review.outcomes.2.comment:text",
                "Writes three sentences with a frame.",
            ),
        ],
        &[("action", "save")],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    let outcomes = std::fs::read_to_string(&plan).unwrap();
    assert!(
        outcomes.contains(
            "    - { result: partly, comment: \"Writes three sentences with a frame.\" }\n"
        ),
        "{outcomes}"
    );
    let changed = after
        .lines()
        .zip(outcomes.lines())
        .filter(|(a, b)| a != b)
        .count();
    assert_eq!(changed, 1, "{outcomes}");

    // The lists of texts: a thing that works removed, a further assessment added from the
    // bank for March; the copy reads it.
    let page = get(&server, "/plans/amira-khan/targets").text();
    assert!(page.contains("Further assessments planned"), "{page}");
    let saved = resend(
        &server,
        "/plans/amira-khan/targets",
        &[
            (
                "plan.further_assessments.new:bank",
                "hearing-test-audiology",
            ),
            ("plan.further_assessments.new:month", "3"),
        ],
        &[
            ("action", "save"),
            ("plan.strategies_that_work.1:remove", "1"),
        ],
    );
    assert_eq!(saved.status, 303, "{}", saved.text());
    let lists = std::fs::read_to_string(&plan).unwrap();
    assert!(!lists.contains("printed word mat"), "{lists}");
    assert!(
        lists.contains("  further_assessments: [{ bank: reading-and-spelling-assessment, month: 12 }, { bank: hearing-test-audiology, month: 3 }]\n"),
        "{lists}"
    );
    let copy = get(&server, "/plans/amira-khan/copy?lang=en-GB&format=html").text();
    assert!(
        copy.contains("A hearing test with the audiology service"),
        "{copy}"
    );
}

/// Both edit pages of every example plan, and of every plan the error cases make, sent back
/// as the browser shows them, leave the file byte for byte as it was (whatever shapes its
/// lists and texts are written in, whatever mistakes it has).
#[test]
fn issue_18_every_example_plan_sent_back_unchanged_stays_unchanged() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let server = serve(&school);
    let origin = format!("http://{}", server.addr);
    let mut names: Vec<String> = std::fs::read_dir(school.join("plans"))
        .unwrap()
        .filter_map(|e| {
            let p = e.unwrap().path();
            (p.extension()? == "yaml").then(|| p.file_stem()?.to_str().map(str::to_owned))?
        })
        .collect();
    // And a plan written in other shapes: names in two scripts, a contact on several lines,
    // an agency and a person at the review in the school's words.
    let amira = std::fs::read_to_string(school.join("plans/amira-khan.yaml")).unwrap();
    let other = amira
        .replace("  name: Amira Khan\n", "  name: { en-GB: Amira Khan, ur: امیرہ خان }\n")
        .replace(
            "    - { name: Samina Khan, relationship: mother }\n  language",
            "    - name: { en-GB: Samina Khan, ur: ثمینہ خان }\n      relationship: mother\n  language",
        )
        .replace(
            "  agencies: [speech-and-language-therapy]",
            "  agencies: [speech-and-language-therapy, The Reading Recovery team]",
        )
        .replace(
            "  present:\n    - { name: Samina Khan, relationship: mother }",
            "  present:\n    - Samina Khan (mother)",
        );
    assert_ne!(other, amira);
    std::fs::write(school.join("plans/amira-shapes.yaml"), other).unwrap();
    names.push("amira-shapes".into());
    // Its name in two scripts is shown as written, not put in a box that would lose it.
    let page = get(&server, "/plans/amira-shapes/edit").text();
    assert!(
        page.contains("<h1>The details of Amira Khan&#x27;s plan</h1>")
            || page.contains("<h1>The details of Amira Khan's plan</h1>"),
        "{page}"
    );
    assert!(page.contains("امیرہ خان"), "{page}");
    assert!(!page.contains(r#"name="pupil.name""#), "{page}");
    names.sort();
    assert!(names.len() >= 4, "{names:?}");
    // And every plan the error cases make (each with a mistake: a stage misspelt, a
    // language iepress does not ship, a role it does not know, a print size left out…):
    // a page that shows one must not mend it silently either.
    let mut broken = Vec::new();
    for entry in std::fs::read_dir(crate::root().join("tests/cases/errors")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let name = format!("err-{}", path.file_stem().unwrap().to_str().unwrap());
            std::fs::copy(&path, school.join(format!("plans/{name}.yaml"))).unwrap();
            broken.push(name);
        }
    }
    broken.sort();
    assert!(broken.len() >= 30, "{broken:?}");
    let mut pages = 0;
    for name in names.iter().chain(&broken) {
        let file = school.join(format!("plans/{name}.yaml"));
        let before = std::fs::read(&file).unwrap();
        for (page, extra) in [("edit", None), ("targets", Some(("action", "save")))] {
            let url = format!("/plans/{name}/{page}");
            let shown = get(&server, &url);
            if shown.status != 200 {
                // Not YAML the page reads: it says so, and has no form to send.
                assert!(broken.contains(name), "{url}: {}", shown.status);
                continue;
            }
            pages += 1;
            let html = shown.text();
            let mut sent = page_form(&html, &url);
            if let Some((k, v)) = extra {
                sent.push((k.into(), v.into()));
            }
            let pairs: Vec<(&str, &str)> =
                sent.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
            let saved = post(&server, &url, &form(&pairs), Some(&origin));
            if !broken.contains(name) {
                assert_eq!(saved.status, 303, "{url}: {}", saved.text());
            }
            assert_eq!(
                String::from_utf8_lossy(&std::fs::read(&file).unwrap()),
                String::from_utf8_lossy(&before),
                "{url}"
            );
        }
    }
    assert!(pages >= 70, "{pages} pages sent back");
}

/// The plan's texts and targets edited in the browser: a target's English changed while its
/// Urdu (not changed) stays word for word, who helps changed, a target added from the bank
/// with its numbers and days, targets moved with their outcomes at the review, one removed;
/// a form that sends nothing changes nothing; a mistake and a stale page write nothing.
#[test]
fn issue_18_a_plans_targets_edited_keeping_what_the_form_does_not_change() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let plan = school.join("plans/amira-khan.yaml");
    let before = std::fs::read_to_string(&plan).unwrap();
    let urdu = before
        .lines()
        .find(|l| l.trim_start().starts_with("ur: "))
        .unwrap()
        .to_owned();
    let server = serve(&school);
    let page = get(&server, "/plans/amira-khan/targets");
    assert_eq!(page.status, 200);
    let page = page.text();
    assert!(page.contains(r#"name="plan.targets.0.target:text:ur" lang="ur" dir="rtl""#));
    assert!(page.contains("Target 3"), "{page}");
    let token = hidden(&page, "token");
    let first_version = hidden(&page, "version");
    let origin = format!("http://{}", server.addr);
    let version =
        |server: &Server| hidden(&get(server, "/plans/amira-khan/targets").text(), "version");
    let save = |fields: &[(&str, &str)]| {
        let v = version(&server);
        let mut all = vec![("token", token.as_str()), ("version", v.as_str())];
        all.extend_from_slice(fields);
        post(
            &server,
            "/plans/amira-khan/targets",
            &form(&all),
            Some(&origin),
        )
    };
    // Nothing sent but the action: nothing changes.
    assert_eq!(save(&[("action", "save")]).status, 303);
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), before);

    let saved = save(&[
        ("action", "add"),
        ("plan.targets.0.target:bank", ""),
        (
            "plan.targets.0.target:text:en-GB",
            "Amira will read 25 of the 30 common words on her card, on two checks a week apart.",
        ),
        (
            "plan.targets.0.target:text:ur",
            urdu.trim().trim_start_matches("ur: "),
        ),
        ("plan.targets.1.who:role", "class-teacher"),
        ("plan.targets.1.who:name", "Mrs Patel"),
        ("new.target:bank", "count-objects-accurately"),
        ("new.target:param:count", "3"),
        ("new.who:role", "teaching-assistant"),
        ("new.who:name", "Mrs Lee"),
        ("new.when:shown", "1"),
        ("new.when:minutes", "15"),
        ("new.when:days", "monday"),
        ("new.when:days", "wednesday"),
        ("new.when:time", "9:10"),
    ]);
    assert_eq!(saved.status, 303, "{}", saved.text());
    let after = std::fs::read_to_string(&plan).unwrap();
    assert!(after.contains(&format!("{urdu}\n")), "{after}");
    assert!(after.contains("        en-GB: \"Amira will read 25 of the 30"));
    assert!(after.contains("      who: { role: class-teacher, name: \"Mrs Patel\" }\n"));
    assert!(after.contains(
        "    - target: { bank: count-objects-accurately, count: 3 }\n      who: { role: teaching-assistant, name: \"Mrs Lee\" }\n      when: { minutes: 15, days: [monday, wednesday], time: \"9:10\" }\n  home_support:"
    ), "{after}");
    // Every line but the three changed and the three added is as the school wrote it.
    let kept = before
        .lines()
        .filter(|l| after.lines().any(|a| a == *l))
        .count();
    assert_eq!(kept, before.lines().count() - 2, "{after}");
    assert_eq!(after.lines().count(), before.lines().count() + 3);
    // The family's copy has the new target in Urdu.
    let copy = get(&server, "/plans/amira-khan/copy?lang=ur&format=html").text();
    assert!(
        copy.contains(urdu.trim().trim_start_matches("ur: ")),
        "{copy}"
    );
    assert!(!copy.contains("count up to 3 objects"), "{copy}");

    // Target 2 up: its outcome at the review goes with it.
    assert_eq!(save(&[("action", "up:1")]).status, 303);
    let moved = std::fs::read_to_string(&plan).unwrap();
    let first = moved.find("follow-two-step-instruction, times").unwrap();
    assert!(first < moved.find("en-GB: \"Amira will read 25").unwrap());
    assert!(
        moved.find("result: partly").unwrap() < moved.find("result: achieved").unwrap(),
        "{moved}"
    );
    // The new target has no outcome: it cannot go above one that has.
    let refused = save(&[("action", "up:3")]);
    assert_eq!(refused.status, 422);
    assert!(
        refused
            .text()
            .contains("target 4 has no outcome at the review yet")
    );
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), moved);
    // Removed.
    assert_eq!(save(&[("action", "remove:3")]).status, 303);
    assert!(
        !std::fs::read_to_string(&plan)
            .unwrap()
            .contains("count-objects-accurately")
    );

    // A bank entry without its number: named, nothing written, the entry's box shown.
    let now = std::fs::read_to_string(&plan).unwrap();
    let wrong = save(&[
        ("action", "add"),
        ("new.target:bank", "count-objects-accurately"),
    ]);
    assert_eq!(wrong.status, 422);
    let wrong = wrong.text();
    assert!(
        wrong.contains("`count-objects-accurately` needs `count` (field `plan.targets[3].target`)"),
        "{wrong}"
    );
    assert!(wrong.contains(r#"name="new.target:param:count""#));
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), now);
    // A page loaded before the file changed: refused with 409, what was typed shown again.
    let stale = post(
        &server,
        "/plans/amira-khan/targets",
        &form(&[
            ("token", &token),
            ("version", &first_version),
            ("action", "save"),
            ("plan.exit_criteria:text", "Reads 30 words."),
        ]),
        Some(&origin),
    );
    assert_eq!(stale.status, 409);
    assert!(stale.text().contains(">Reads 30 words.</textarea>"));
    assert_eq!(std::fs::read_to_string(&plan).unwrap(), now);
    assert_eq!(get(&server, "/plans/nobody/targets").status, 404);
}

/// On the school's network (`--listen`), the app asks for the password the office set,
/// kept hashed; a right one opens a session (a cookie scripts cannot read and other sites
/// cannot send); without a password set, it will not listen there at all.
#[test]
fn issue_18_on_the_schools_network_a_password() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans"]);
    let bin = env!("CARGO_BIN_EXE_iepress");
    // No password yet: refused.
    let run = crate::iepress(
        dir.path(),
        &["serve", school.to_str().unwrap(), "--listen", "0.0.0.0:0"],
    );
    assert_eq!(run.status, 1);
    assert!(run.stderr.contains("no password is set"), "{}", run.stderr);
    let set = |password: &str| {
        let mut child = Command::new(bin)
            .args(["serve", school.to_str().unwrap(), "--set-password"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(password.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    assert!(!set("too short\n").status.success());
    assert!(set("a long school password\n").status.success());
    let stored = std::fs::read_to_string(school.join(".iepress-password")).unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains("school password"));

    let mut child = Command::new(bin)
        .args(["serve", school.to_str().unwrap(), "--listen", "0.0.0.0:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .trim()
        .trim_end_matches('/')
        .rsplit(':')
        .next()
        .unwrap()
        .to_owned();
    let server = Server {
        child,
        addr: format!("127.0.0.1:{port}"),
    };
    let addr = server.addr.clone();
    // Everything but the sign-in page asks for the password first.
    let home = get(&server, "/");
    assert_eq!(home.status, 303);
    assert_eq!(home.header("location"), Some("/login"));
    assert_eq!(
        get(&server, "/plans/amira-khan/copy?format=pdf").status,
        303
    );
    let token = hidden(&get(&server, "/login").text(), "token");
    let wrong = post(
        &server,
        "/login",
        &form(&[("token", &token), ("password", "guess")]),
        None,
    );
    assert_eq!(wrong.status, 401);
    let right = post(
        &server,
        "/login",
        &form(&[("token", &token), ("password", "a long school password")]),
        None,
    );
    assert_eq!(right.status, 303);
    let cookie = right.header("set-cookie").unwrap().to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let session = cookie.split(';').next().unwrap().to_owned();
    let page = send(
        &addr,
        format!("GET / HTTP/1.1\r\nHost: {addr}\r\nCookie: {session}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    );
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Sign out"));
    let forged = send(
        &addr,
        format!(
            "GET / HTTP/1.1\r\nHost: {addr}\r\nCookie: iepress-session=0000\r\nConnection: close\r\n\r\n"
        )
        .as_bytes(),
    );
    assert_eq!(forged.status, 303);
}

/// A multipart form from a page of the app: fields, then files (each named `NAME.csv`).
fn post_files(
    server: &Server,
    path: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &[u8])],
) -> Response {
    let boundary = "iepress-test-boundary";
    let mut body = Vec::new();
    for (name, value) in fields {
        write!(
            body,
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        )
        .unwrap();
    }
    for (name, bytes) in files {
        write!(body, "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"; filename=\"{name}.csv\"\r\nContent-Type: text/csv\r\n\r\n").unwrap();
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    write!(body, "--{boundary}--\r\n").unwrap();
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nOrigin: http://{addr}\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len(),
        addr = server.addr,
    );
    let mut raw = head.into_bytes();
    raw.extend(body);
    send(&server.addr, &raw)
}

/// A new provision map put in from the browser: checked first as the command line reads it
/// (every problem named, nothing replaced), then put in, the files it replaces kept in
/// `provision/previous/`; an upload from a page that is out of date is refused (409).
#[test]
fn issue_18_a_new_provision_map_uploaded() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "provision"]);
    let server = serve(&school);
    let page = get(&server, "/provision").text();
    let token = hidden(&page, "token");
    let version = hidden(&page, "version");
    let interventions = std::fs::read(school.join("provision/interventions.csv")).unwrap();
    let participants = std::fs::read(school.join("provision/participants.csv")).unwrap();
    let wrong = String::from_utf8(participants.clone())
        .unwrap()
        .replace("amira-khan", "amira-kahn");
    let refused = post_files(
        &server,
        "/provision",
        &[("token", &token), ("version", &version)],
        &[
            ("interventions", &interventions),
            ("participants", wrong.as_bytes()),
        ],
    );
    assert_eq!(refused.status, 422);
    assert!(
        refused.text().contains("`amira-kahn` has no plan"),
        "{}",
        refused.text()
    );
    assert!(
        refused.text().contains("participants.csv:2:1"),
        "{}",
        refused.text()
    );
    assert_eq!(
        std::fs::read(school.join("provision/participants.csv")).unwrap(),
        participants
    );
    // Only one of the two files: refused.
    let half = post_files(
        &server,
        "/provision",
        &[("token", &token), ("version", &version)],
        &[("participants", &participants)],
    );
    assert_eq!(half.status, 400);
    let mut changed = participants.clone();
    changed.extend_from_slice(b"\n");
    let put = post_files(
        &server,
        "/provision",
        &[("token", &token), ("version", &version)],
        &[
            ("interventions", &interventions),
            ("participants", &changed),
        ],
    );
    assert_eq!(put.status, 303, "{}", put.text());
    assert_eq!(
        std::fs::read(school.join("provision/participants.csv")).unwrap(),
        changed
    );
    assert_eq!(
        std::fs::read(school.join("provision/previous/participants.csv")).unwrap(),
        participants
    );
    // The same page again: out of date now.
    let stale = post_files(
        &server,
        "/provision",
        &[("token", &token), ("version", &version)],
        &[
            ("interventions", &interventions),
            ("participants", &participants),
        ],
    );
    assert_eq!(stale.status, 409);
    assert_eq!(
        std::fs::read(school.join("provision/participants.csv")).unwrap(),
        changed
    );
}

/// The group learning plans on the pupils page, each family's copy from there: in the
/// family's language, naming only their child; a group is found by its name only.
#[test]
fn issue_19_group_plans_in_the_app() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let server = serve(&school);
    let page = get(&server, "/").text();
    assert!(
        page.contains("<h2 id=\"groups\">Group learning plans</h2>"),
        "{page}"
    );
    assert!(page.contains("/groups/listening-group/copy?pupil=zofia-nowak&amp;format=html"));
    let copy = get(
        &server,
        "/groups/listening-group/copy?pupil=zofia-nowak&format=html",
    );
    assert_eq!(copy.status, 200);
    let copy = copy.text();
    assert!(copy.contains("<html lang=\"pl\""));
    assert!(copy.contains("Plan nauki w grupie"));
    for other in ["Amira", "Oliver", "Ollie"] {
        assert!(!copy.contains(other), "{other} in {copy}");
    }
    assert_eq!(
        get(&server, "/groups/listening-group/copy?pupil=nobody").status,
        422
    );
    assert_eq!(
        get(&server, "/groups/..%2Fzofia-nowak/copy?pupil=zofia-nowak").status,
        404
    );
}

/// A group plan's texts and targets edited in the browser: the page sent back unchanged
/// changes nothing; the group's Polish name changed, a pupil taken out (with their
/// outcomes taken out first: refused until then), the second target moved up with each
/// pupil's outcomes; a text naming one of the group's pupils refused at its field.
#[test]
fn issue_19_a_group_plan_edited_in_the_app() {
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let file = school.join("plans/groups/listening-group.yaml");
    let before = std::fs::read_to_string(&file).unwrap();
    let server = serve(&school);
    let origin = format!("http://{}", server.addr);
    assert!(
        get(&server, "/")
            .text()
            .contains(r#"href="/groups/listening-group/targets""#)
    );
    let url = "/groups/listening-group/targets";
    let page = get(&server, url);
    assert_eq!(page.status, 200);
    let page = page.text();
    assert!(
        page.contains("The texts and targets of the group plan “Listening group”"),
        "{page}"
    );
    assert!(page.contains(r#"name="group:text:pl""#), "{page}");
    assert!(
        page.contains(r#"id="pupils:oliver-smith" name="pupils" value="oliver-smith" checked"#),
        "{page}"
    );
    // No outcome boxes: a group's outcomes are each pupil's.
    assert!(!page.contains("How target 1 went"), "{page}");
    let send = |fields: Vec<(String, String)>| {
        let pairs: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        post(&server, url, &form(&pairs), Some(&origin))
    };
    let fresh = || {
        let mut sent = page_form(&get(&server, url).text(), url);
        sent.push(("action".into(), "save".into()));
        sent
    };
    let saved = send(fresh());
    assert_eq!(saved.status, 303, "{}", saved.text());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);

    // Oliver taken out while he has outcomes: refused, named.
    let out: Vec<(String, String)> = fresh()
        .into_iter()
        .filter(|(k, v)| !(k == "pupils" && v == "oliver-smith"))
        .collect();
    let refused = send(out.clone());
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(
        refused
            .text()
            .contains("`oliver-smith` has outcomes but is not one of the group&#x27;s pupils"),
        "{}",
        refused.text()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    // His outcomes taken out in the file, then the page: saved.
    let without = before.replace(
        "    oliver-smith: [{ result: achieved }, { result: achieved }]\n",
        "",
    );
    std::fs::write(&file, &without).unwrap();
    let mut sent: Vec<(String, String)> = fresh()
        .into_iter()
        .filter(|(k, v)| !(k == "pupils" && v == "oliver-smith"))
        .map(|(k, v)| {
            let v = match k.as_str() {
                "group:text:pl" => "Grupa słuchania".to_owned(),
                "plan.review" => "2026-12-15".to_owned(),
                _ => v,
            };
            (k, v)
        })
        .collect();
    sent.retain(|(k, _)| k != "action");
    sent.push(("action".into(), "up:1".into()));
    let saved = send(sent);
    assert_eq!(saved.status, 303, "{}", saved.text());
    let after = std::fs::read_to_string(&file).unwrap();
    assert!(after.contains("  pl: \"Grupa słuchania\"\n"), "{after}");
    assert!(after.contains("  review: 2026-12-15\n"), "{after}");
    // Its details and areas of need are on the page; the areas ticked as the file has them.
    let page = get(&server, url).text();
    assert!(
        page.contains(r#"name="plan.areas_of_need" value="communication-and-interaction" checked"#),
        "{page}"
    );
    assert!(
        page.contains(r#"name="plan.written_by" type="text" value="Mr D. Evans""#),
        "{page}"
    );
    assert!(
        after.contains("pupils: [amira-khan, zofia-nowak]   # plan files"),
        "{after}"
    );
    assert!(
        after.contains("    amira-khan: [{ result: partly }, { result: achieved }]\n    zofia-nowak: [{ result: partly }, { result: partly }]\n"),
        "{after}"
    );
    let first = after.find("bank: wait-turn-to-speak").unwrap();
    assert!(
        first < after.find("bank: listen-at-carpet-time").unwrap(),
        "{after}"
    );
    // A text naming one of the pupils: refused at its field, nothing written.
    let sent: Vec<(String, String)> = fresh()
        .into_iter()
        .map(|(k, v)| {
            let v = if k == "review.progress:text" {
                "Zosia listens well now.".to_owned()
            } else {
                v
            };
            (k, v)
        })
        .collect();
    let refused = send(sent);
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(
        refused.text().contains("names Zosia, one of the group"),
        "{}",
        refused.text()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), after);
    // A pupil's name that is not a plan's, or that would be YAML, is data: named, refused.
    let mut sent = fresh();
    sent.push(("pupils".into(), "x], evil: [y".into()));
    let refused = send(sent);
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(
        refused
            .text()
            .contains("`x], evil: [y` has no plan in the plans folder"),
        "{}",
        refused.text()
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), after);
    // The Polish copy reads the new name.
    let copy = get(
        &server,
        "/groups/listening-group/copy?pupil=zofia-nowak&format=html",
    )
    .text();
    assert!(copy.contains("Grupa słuchania"), "{copy}");
    assert_eq!(get(&server, "/groups/..%2Fplans/targets").status, 404);
}
