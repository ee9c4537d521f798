//! Issue 18: the app in a real browser (Debian's Chromium, driven through the DevTools
//! protocol by `tests/browser/walk.mjs`): a member of staff opens the pupils page and a
//! plan, writes a new plan picking a target from the bank, previews its Polish large-print
//! copy, adds a translation, and opens the parents' evening; axe-core checks every page
//! for WCAG 2.2 A and AA, and finds nothing.

use std::process::Command;

use crate::{root, temp};

#[test]
fn issue_18_a_member_of_staff_in_chromium_and_axe_finds_nothing() {
    let setup = Command::new("bash")
        .arg(root().join("tests/browser/setup"))
        .status()
        .expect("bash runs");
    assert!(setup.success(), "tests/browser/setup failed");
    let dir = temp();
    let school = crate::example_school(dir.path(), &["plans", "translations"]);
    let server = crate::serve::serve(&school);
    let downloads = dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let walk = Command::new("node")
        .arg(root().join("tests/browser/walk.mjs"))
        .arg(format!("http://{}/", server.addr))
        .arg(&downloads)
        .output()
        .expect("node runs");
    drop(server);
    let out = String::from_utf8_lossy(&walk.stdout);
    let report: serde_json::Value = serde_json::from_str(out.trim())
        .unwrap_or_else(|_| panic!("{out}\n{}", String::from_utf8_lossy(&walk.stderr)));
    assert!(report.get("error").is_none(), "{report:#}");
    let pages = report["pages"].as_array().unwrap();
    assert!(pages.len() >= 8, "{report:#}");
    for page in pages {
        assert!(
            page["violations"].as_array().unwrap().is_empty(),
            "axe-core on {}: {}",
            page["name"],
            page["violations"]
        );
    }
    let found = &report["found"];
    assert_eq!(found["pupils"], 3);
    assert!(
        found["edited"]
            .as_str()
            .unwrap()
            .ends_with("/plans/zofia-nowak?saved=1"),
        "{found}"
    );
    let zofia = std::fs::read_to_string(school.join("plans/zofia-nowak.yaml")).unwrap();
    assert!(zofia.contains("class: \"Willow\""), "{zofia}");
    assert!(
        zofia.contains("    - { name: Piotr Nowak, relationship: father }\n    - { name: \"Ewa Nowak\", relationship: grandmother }\n"),
        "{zofia}"
    );
    assert!(zofia.contains("educational-psychology"), "{zofia}");
    assert!(
        found["outcome"]
            .as_str()
            .unwrap()
            .contains("/plans/amira-khan/targets?saved=1"),
        "{found}"
    );
    let amira = std::fs::read_to_string(school.join("plans/amira-khan.yaml")).unwrap();
    assert!(
        amira.contains(
            "    - { result: achieved, comment: Follows two-step instructions 3 times out of 5. }"
        ),
        "{amira}"
    );
    assert!(
        found["saved"]
            .as_str()
            .unwrap()
            .ends_with("/plans/maja-kowalska"),
        "{found}"
    );
    assert_eq!(found["preview"], "pl true");
    assert!(
        found["translated"]
            .as_str()
            .unwrap()
            .contains("/translations/pl?saved=1"),
        "{found}"
    );
    let yaml = std::fs::read_to_string(school.join("plans/maja-kowalska.yaml")).unwrap();
    assert!(
        yaml.contains("bank: read-common-words, count: 20, total: 30"),
        "{yaml}"
    );
    assert_eq!(found["targets"], 2, "{found}");
    assert!(
        yaml.contains(
            "    - target: { bank: count-objects-accurately, count: 5 }\n      who: class-teacher\n"
        ),
        "{yaml}"
    );
    // The new plan's own words, translated into Polish in the browser: kept over a reload,
    // saved in the school's translations, and in the Polish large-print copy.
    assert_eq!(
        found["kept"], "Maja uwielbia rysować konie i pomagać młodszym dzieciom.",
        "{found}"
    );
    assert_eq!(found["left"], 0, "{found}");
    let po = std::fs::read_to_string(school.join("translations/pl.po")).unwrap();
    assert!(
        po.contains("msgid \"Maja loves drawing horses and helping younger children.\"\nmsgstr \"Maja uwielbia rysować konie i pomagać młodszym dzieciom.\""),
        "{po}"
    );
    assert_eq!(found["preview"], "pl true", "{found}");
    // The Polish 24 pt copy, downloaded: a PDF ready to send, in large print.
    assert_eq!(
        found["download"],
        "200 application/pdf attachment; filename=\"maja-kowalska.pl.large-print.pdf\"",
        "{found}"
    );
    let pdf = downloads.join("maja.pdf");
    let check = crate::iepress(
        dir.path(),
        &["check", "--large-print", pdf.to_str().unwrap()],
    );
    assert_eq!(check.status, 0, "{}{}", check.stdout, check.stderr);
    // The parents' evening, run from the browser: every plan's two copies and the pack.
    let evening = found["evening"].as_str().unwrap();
    assert!(evening.starts_with("8 documents made in "), "{found}");
    assert!(evening.trim_end().ends_with(" s."), "{found}");
    assert!(
        found["pack"]
            .as_str()
            .unwrap()
            .starts_with("200 print-pack"),
        "{found}"
    );
    let pack = downloads.join("print-pack.pdf");
    let check = crate::iepress(dir.path(), &["check", pack.to_str().unwrap()]);
    assert_eq!(check.status, 0, "{}{}", check.stdout, check.stderr);
    println!(
        "the Polish large-print copy downloaded in {} ms ({} bytes); the evening: {} ({} ms in the browser; pack {} bytes)",
        found["download_ms"],
        std::fs::metadata(&pdf).unwrap().len(),
        evening.trim(),
        found["evening_ms"],
        std::fs::metadata(&pack).unwrap().len()
    );
}
