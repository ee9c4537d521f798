//! The locales: complete, well-formed, and used the way we decided (no isolation marks).

use std::collections::BTreeSet;

use iepress::input::plan::Date;
use iepress::localize::{FALLBACK_LANGUAGE, LANGUAGES, format_date, message_ids};

use crate::{brookfield, temp};

#[test]
fn every_locale_parses_and_has_every_message() {
    let ids = message_ids().expect("every .ftl file parses");
    let reference: BTreeSet<_> = ids[FALLBACK_LANGUAGE].iter().collect();
    assert!(reference.len() > 50);
    for language in LANGUAGES {
        let have: BTreeSet<_> = ids[language.tag].iter().collect();
        let missing: Vec<_> = reference.difference(&have).collect();
        let extra: Vec<_> = have.difference(&reference).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", language.tag);
        assert!(
            extra.is_empty(),
            "{} has unknown messages {extra:?}",
            language.tag
        );
    }
}

/// Each message uses the same variables in every language.
#[test]
fn every_translation_uses_the_same_variables() {
    fn variables(ftl: &str) -> std::collections::BTreeMap<String, BTreeSet<String>> {
        let mut out = std::collections::BTreeMap::new();
        let mut current = None;
        for line in ftl.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(' ')
                && let Some((id, _)) = line.split_once(" =")
            {
                current = Some(id.trim().to_owned());
                out.entry(id.trim().to_owned())
                    .or_insert_with(BTreeSet::new);
            }
            if let Some(id) = &current {
                let set = out.get_mut(id).unwrap();
                for part in line.split('$').skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                        .collect();
                    set.insert(name);
                }
            }
        }
        out
    }
    let root = crate::root();
    let reference =
        variables(&std::fs::read_to_string(root.join("locales/en-GB/iep.ftl")).unwrap());
    for language in LANGUAGES {
        let path = root.join(format!("locales/{}/iep.ftl", language.tag));
        let vars = variables(&std::fs::read_to_string(path).unwrap());
        for (id, expected) in &reference {
            assert_eq!(vars.get(id), Some(expected), "{}: {id}", language.tag);
        }
    }
}

/// Dates come from ICU4X in each language's long style.
#[test]
fn dates_are_localized() {
    let date = Date::parse("2027-01-22").unwrap();
    assert_eq!(format_date("en-GB", date), "22 January 2027");
    assert_eq!(format_date("pl", date), "22 stycznia 2027");
    let ur = format_date("ur", date);
    assert!(ur.contains("جنوری") && ur.contains("2027"), "{ur}");
}

/// Polish has three plural forms for counts: 1 cel, 2 cele, 5 celów.
#[test]
fn polish_plurals_follow_cldr() {
    let source = std::fs::read_to_string(brookfield().join("plans/zofia-nowak.yaml")).unwrap();
    let (head, rest) = source.split_once("  targets:\n").unwrap();
    let (_, tail) = rest.split_once("  home_support:").unwrap();
    let target = "    - target: Zosia will learn new words.\n";
    let mut seen = Vec::new();
    for count in [1usize, 2, 5, 22] {
        let dir = temp();
        let text = format!(
            "{head}  targets:\n{}  home_support:{tail}",
            target.repeat(count)
        );
        let path = dir.path().join("plan.yaml");
        std::fs::write(&path, text).unwrap();
        let options = iepress::document::iep::Options {
            school: Some(brookfield().join("school.yaml")),
            ..Default::default()
        };
        let text = text_of(&path, &options);
        seen.push(text);
    }
    assert!(
        seen[0].contains("ma w tym planie jeden cel."),
        "{}",
        seen[0]
    );
    assert!(seen[1].contains("ma w tym planie 2 cele."), "{}", seen[1]);
    assert!(seen[2].contains("ma w tym planie 5 celów."), "{}", seen[2]);
    assert!(seen[3].contains("ma w tym planie 22 cele."), "{}", seen[3]);
}

fn text_of(path: &std::path::Path, options: &iepress::document::iep::Options) -> String {
    let rendered = iepress::document::iep::prepare(path, options).unwrap();
    iepress::localize::without_marks(&rendered.document.targets_intro)
}

/// Issue 15: what a locale's `status.yaml` asks a reviewer to check names messages that
/// exist (it named `leaflet-review-1` and others, long renamed). A message id is a word
/// such as `leaflet-review-when`, `provision-col-*` (every message it begins) or
/// `pack-copy-parent/-large` (the id, and one made by replacing its last parts).
#[test]
fn issue_15_every_message_a_status_names_exists() {
    let prefixes = [
        "iep",
        "leaflet",
        "pack",
        "provision",
        "fact",
        "review",
        "agency",
        "stage",
        "area",
        "target",
        "contact",
        "tracker",
        "col",
        "support",
        "page",
        "copy",
        "relationship",
        "school",
    ];
    for language in LANGUAGES {
        let dir = crate::root().join("locales").join(language.tag);
        let ftl = std::fs::read_to_string(dir.join("iep.ftl")).unwrap();
        let ids: BTreeSet<&str> = ftl
            .lines()
            .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
            .filter(|id| !id.starts_with(['#', ' ', '-']))
            .collect();
        let status = std::fs::read_to_string(dir.join("status.yaml")).unwrap();
        for word in status.split(|c: char| !(c.is_ascii_alphanumeric() || "-*/".contains(c))) {
            let (first, rest) = match word.split_once('/') {
                Some((first, rest)) => (first, Some(rest)),
                None => (word, None),
            };
            let Some((prefix, _)) = first.split_once('-') else {
                continue;
            };
            if !prefixes.contains(&prefix) || first.ends_with('-') {
                continue;
            }
            let exists = |id: &str| match id.strip_suffix('*') {
                Some(start) => ids.iter().any(|i| i.starts_with(start)),
                None => ids.contains(id),
            };
            assert!(
                exists(first),
                "{}: status.yaml names `{first}`",
                language.tag
            );
            // `pack-copy-parent/-large` is `pack-copy-large` (or `pack-copy-parent-large`),
            // `leaflet-stage-ehc-plan/-statement` is `leaflet-stage-statement`.
            for part in rest.into_iter().flat_map(|r| r.split('/')) {
                // `relationship-mother/father` is `relationship-father`.
                let part = match part.strip_prefix('-') {
                    Some(_) => part.to_owned(),
                    None => format!("-{part}"),
                };
                let named = first
                    .match_indices('-')
                    .map(|(at, _)| format!("{}{part}", &first[..at]))
                    .chain([format!("{first}{part}")])
                    .any(|id| exists(&id));
                assert!(
                    named,
                    "{}: status.yaml names `{first}/{part}`",
                    language.tag
                );
            }
        }
    }
}
