//! The marks a message's text carries for its layout and its languages: Unicode's
//! directional isolates around the values it inserts (see the module `localize`), and
//! private-use marks around words kept in English. Writers turn them into what their
//! format has (Typst's `/Lang`, HTML's `<bdi>` and `lang`, a voice); plain strings leave
//! them out.

/// Where words in English begin inside a message in another language: a gloss such as
/// "(SEN Support)", which a locale writes `{ EN("SEN Support") }`. A private-use character
/// that no reader meets: Typst's template sets the words in English (`/Lang` in the PDF),
/// the web page puts them in an element with `lang="en-GB"`, speech reads them in an
/// English voice, and a plain string leaves the mark out.
pub const ENGLISH_BEGINS: char = '\u{E002}';
/// Where words in English end (see [`ENGLISH_BEGINS`]).
pub const ENGLISH_ENDS: char = '\u{E003}';
/// The tag of the words between the two marks: England's own names for its schools' things.
pub const ENGLISH_TAG: &str = "en-GB";

/// A message's text without the marks that only steer its layout: the directional
/// isolates that set its values apart and the marks around words in English. For a plain
/// string that is not laid out as a line of the document (the title in a file's
/// metadata, braille).
pub fn without_marks(text: &str) -> String {
    text.chars()
        .filter(|&c| !matches!(c, '\u{2066}'..='\u{2069}' | ENGLISH_BEGINS | ENGLISH_ENDS))
        .collect()
}

/// A message's text as runs of the document's language and of English glosses (`true`),
/// for a writer that marks the glosses' language.
pub fn english_runs(text: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(ENGLISH_BEGINS) {
        if start > 0 {
            runs.push((&rest[..start], false));
        }
        rest = &rest[start + ENGLISH_BEGINS.len_utf8()..];
        let end = rest.find(ENGLISH_ENDS).unwrap_or(rest.len());
        if end > 0 {
            runs.push((&rest[..end], true));
        }
        rest = rest.get(end + ENGLISH_ENDS.len_utf8()..).unwrap_or("");
    }
    if !rest.is_empty() {
        runs.push((rest, false));
    }
    runs
}

#[cfg(test)]
mod tests {
    use fluent_bundle::FluentValue;

    use crate::localize::{Context, Dir, LANGUAGES, Language, is_rtl_char, num, s};

    fn language(tag: &str) -> &'static Language {
        Language::find(&tag.parse().unwrap()).unwrap()
    }

    /// Each message's variables in the order they first appear, and whether each is a
    /// count that selects a variant (then it is given a number).
    fn variables(ftl: &str) -> Vec<(String, Vec<(String, bool)>)> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn expression(e: &Expression<&str>, out: &mut Vec<(String, bool)>) {
            match e {
                Expression::Select { selector, variants } => {
                    if let InlineExpression::VariableReference { id } = selector {
                        add(id.name, true, out);
                    }
                    inline(selector, out);
                    for variant in variants {
                        pattern(&variant.value, out);
                    }
                }
                Expression::Inline(i) => inline(i, out),
            }
        }
        fn inline(i: &InlineExpression<&str>, out: &mut Vec<(String, bool)>) {
            match i {
                InlineExpression::VariableReference { id } => add(id.name, false, out),
                InlineExpression::Placeable { expression: e } => expression(e, out),
                InlineExpression::FunctionReference { arguments, .. } => {
                    for argument in &arguments.positional {
                        inline(argument, out);
                    }
                }
                _ => {}
            }
        }
        fn pattern(p: &Pattern<&str>, out: &mut Vec<(String, bool)>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression: e } = element {
                    expression(e, out);
                }
            }
        }
        fn add(name: &str, count: bool, out: &mut Vec<(String, bool)>) {
            match out.iter_mut().find(|(n, _)| n == name) {
                Some(seen) => seen.1 |= count,
                None => out.push((name.to_owned(), count)),
            }
        }
        let resource = fluent_syntax::parser::parse(ftl).unwrap();
        resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                Entry::Message(m) => {
                    let mut out = Vec::new();
                    if let Some(value) = &m.value {
                        pattern(value, &mut out);
                    }
                    Some((m.id.name.to_owned(), out))
                }
                _ => None,
            })
            .filter(|(_, variables)| !variables.is_empty())
            .collect()
    }

    /// Where each value is met, reading the text as the bidi algorithm lays it out in a
    /// line of the copy's direction: the values in reading order (right to left in a
    /// right-to-left copy), each found whole.
    fn reading_order(text: &str, rtl: bool, values: &[String]) -> Vec<usize> {
        use unicode_bidi::{BidiInfo, Level};
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(text, Some(base));
        let mut order = Vec::new();
        for paragraph in &info.paragraphs {
            let line: String = info
                .reorder_line(paragraph, paragraph.range.clone())
                .chars()
                .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                .collect();
            // A value in the other direction reads backwards when laid out whole.
            let mut found: Vec<(usize, usize)> = Vec::new();
            for (v, value) in values.iter().enumerate() {
                let shown: String = if !rtl && value.chars().any(is_rtl_char) {
                    value.chars().rev().collect()
                } else {
                    value.clone()
                };
                found.extend(line.match_indices(shown.as_str()).map(|(at, _)| (at, v)));
            }
            found.sort();
            if rtl {
                found.reverse();
            }
            order.extend(found.into_iter().map(|(_, v)| v));
        }
        order
    }

    /// Issue 15: a name, a number or the school's words put into a sentence keeps its place
    /// when its direction is not the sentence's: Latin names and digits in every message of
    /// the right-to-left copies, an Urdu name and digits in the left-to-right ones (Arabic's
    /// targets sentence read "أهداف Amira 3 لدى": the name and the count ran together).
    /// Each message is laid out by the Unicode bidi algorithm and its values must be met
    /// in the order the sentence gives them, each one whole.
    #[test]
    fn inserted_values_keep_their_place_in_either_direction() {
        let mut checked = 0;
        for language in LANGUAGES {
            let rtl = language.script.dir() == Dir::Rtl;
            let names: [&str; 3] = if rtl {
                ["Amira Khan", "Oliver Smith", "Zofia Nowak"]
            } else {
                ["عائشہ خان", "بلال حسین", "سلمى"]
            };
            let numbers = ["1,249.17", "80", "72"];
            for (id, variables) in variables(language.ftl) {
                // Once with the texts as names, once as numbers; counts are 3 and 5.
                for texts in [&names[..], &numbers[..]] {
                    let mut cx = Context::new(language, "en-GB".into()).unwrap();
                    let (mut next_text, mut next_count) = (0, 0);
                    let mut args: Vec<(&str, FluentValue)> = Vec::new();
                    let mut values: Vec<String> = Vec::new();
                    for (name, count) in &variables {
                        if *count {
                            let n = [3, 5][next_count % 2];
                            next_count += 1;
                            args.push((name, num(n)));
                            values.push(cx.localize_digits(&n.to_string()));
                        } else {
                            let text = texts[next_text % texts.len()];
                            next_text += 1;
                            args.push((name, s(text)));
                            values.push(cx.localize_digits(text));
                        }
                    }
                    let text = cx.msg(&id, &args);
                    let logical: String = text
                        .chars()
                        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                        .collect();
                    // The order the sentence gives: where each value is in the text.
                    let mut given: Vec<(usize, usize)> = Vec::new();
                    for (v, value) in values.iter().enumerate() {
                        given.extend(logical.match_indices(value.as_str()).map(|(at, _)| (at, v)));
                    }
                    given.sort();
                    let given: Vec<usize> = given.into_iter().map(|(_, v)| v).collect();
                    assert_eq!(
                        reading_order(&text, rtl, &values),
                        given,
                        "{} {id}: {logical:?} with {values:?}",
                        language.tag
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    /// Issue 15: in Urdu and Shahmukhi the pound sign stays on the amount's left, as
    /// English and CLDR write it, in a right-to-left line after Arabic letters (it went to
    /// the amount's right: the digits after Arabic letters are Arabic numbers to the bidi
    /// algorithm, which a `£` does not join).
    #[test]
    fn the_pound_sign_keeps_its_side_in_a_right_to_left_line() {
        use unicode_bidi::{BidiInfo, Level};
        for tag in ["ur", "pa-Arab"] {
            let mut cx = Context::new(language(tag), "en-GB".to_owned()).unwrap();
            let money = cx.money(124_917);
            let amount = cx.number(124_917, 2);
            // A table cell holds the amount alone; a sentence puts it after words.
            for line in [money.clone(), format!("کل {money} ہے")] {
                let info = BidiInfo::new(&line, Some(Level::rtl()));
                let paragraph = &info.paragraphs[0];
                let shown: String = info
                    .reorder_line(paragraph, paragraph.range.clone())
                    .chars()
                    .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
                    .collect();
                assert!(shown.contains(&format!("£{amount}")), "{tag}: {shown:?}");
            }
        }
    }
}
