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
    let walk = Command::new("node")
        .arg(root().join("tests/browser/walk.mjs"))
        .arg(format!("http://{}/", server.addr))
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
    let po = std::fs::read_to_string(school.join("translations/pl.po")).unwrap();
    assert!(po.contains("Tłumaczenie z Chromium"));
}
