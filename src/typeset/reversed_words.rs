//! Gives a right-to-left word its text in reading order where `/ReversedChars` cannot.
//!
//! krilla draws a right-to-left word's glyphs in visual order, the last letter first, and
//! marks them `/ReversedChars` so that a reader of the tags reverses them into reading
//! order. PDF reverses each show string on its own, in place (ISO 32000-1, 14.8.2.3.3): a
//! word whose marks are raised or lowered (an Arabic shadda, an Urdu damma), or that has a
//! zero-width non-joiner (Persian `می‌گیرد`), is drawn in several show strings and was read
//! in pieces: `تےُا` for `اُتے`.
//!
//! Nastaliq's words, whose clusters' glyphs do not run strictly backwards, get no
//! `/ReversedChars` at all and were read from their last letter.
//!
//! After Typst writes the file, each such word (a marked-content sequence of its own) is
//! put in a `Span` structure element of its own with `/ActualText`: its glyphs' text read
//! from the last glyph to the first (a Latin run inside it in its own order), a cluster's
//! `/ActualText` taken whole. Readers of the tags (screen readers) read the word as it is
//! written. The page's content is not touched: PDFium reads `/ActualText` in the page's
//! content backwards in right-to-left lines, and the tree is where a reader of the tags
//! looks.

use std::collections::BTreeMap;

use super::tag_order::{font_maps, shown_codes};
use lopdf::content::Content;
use lopdf::{Document, Object, ObjectId, StringFormat};

/// One unit of a word's text: a glyph's or a cluster's.
struct Unit {
    text: String,
    /// Inside `/ReversedChars`.
    reversed: bool,
}

/// A marked-content sequence with an id (a word) being read.
struct Sequence {
    mcid: i64,
    units: Vec<Unit>,
    /// Show strings inside `/ReversedChars`.
    reversed_strings: usize,
}

/// Gives such words their `/ActualText` in the structure tree; returns whether any did.
pub fn mend(doc: &mut Document) -> bool {
    let mut words: BTreeMap<(ObjectId, i64), String> = BTreeMap::new();
    for page in doc.get_pages().into_values() {
        for (mcid, text) in words_of(doc, page) {
            words.insert((page, mcid), text);
        }
    }
    !words.is_empty() && wrap(doc, &words)
}

/// The words of a page that need it: marked-content id to text in reading order.
fn words_of(doc: &Document, page: ObjectId) -> BTreeMap<i64, String> {
    let mut words = BTreeMap::new();
    let data = doc.get_page_content(page);
    let Ok(content) = Content::decode(&data) else {
        return words;
    };
    let maps = font_maps(doc, page);
    let mut font: Vec<u8> = Vec::new();
    let mut open: Vec<Sequence> = Vec::new();
    // The open marks, innermost last.
    let mut marks: Vec<Mark> = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "Tf" => {
                font = op
                    .operands
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .map(<[u8]>::to_vec)
                    .unwrap_or_default();
            }
            "BDC" => {
                let props = op.operands.get(1).and_then(|p| p.as_dict().ok());
                let mcid = props.and_then(|d| d.get(b"MCID").and_then(Object::as_i64).ok());
                let actual = props
                    .and_then(|d| d.get(b"ActualText").ok())
                    .and_then(|t| t.as_str().ok())
                    .map(super::text_layer::text_string);
                if let Some(text) = actual {
                    marks.push(Mark::Actual(text));
                } else if let Some(mcid) = mcid {
                    marks.push(Mark::Word);
                    open.push(Sequence {
                        mcid,
                        units: Vec::new(),
                        reversed_strings: 0,
                    });
                } else {
                    marks.push(Mark::Other);
                }
            }
            "BMC" => {
                let reversed = op.operands.first().and_then(|n| n.as_name().ok())
                    == Some(b"ReversedChars".as_slice());
                marks.push(if reversed {
                    Mark::Reversed
                } else {
                    Mark::Other
                });
            }
            "EMC" => match marks.pop() {
                Some(Mark::Word) => {
                    if let Some(word) = open.pop()
                        && (word.reversed_strings > 1 || unreversed(&word))
                    {
                        words.insert(word.mcid, reading_text(&word.units));
                    }
                }
                Some(Mark::Actual(text)) => {
                    let reversed = marks.iter().any(|m| matches!(m, Mark::Reversed));
                    if let Some(word) = open.last_mut() {
                        word.units.push(Unit { text, reversed });
                    }
                }
                _ => {}
            },
            "Tj" | "TJ" | "'" | "\"" => {
                let reversed = marks.iter().any(|m| matches!(m, Mark::Reversed));
                let in_span = marks.iter().any(|m| matches!(m, Mark::Actual(_)));
                let Some(word) = open.last_mut() else {
                    continue;
                };
                if reversed {
                    // Each string of a `TJ` is a show string of its own.
                    word.reversed_strings += match op.operands.last() {
                        Some(Object::Array(parts)) => parts
                            .iter()
                            .filter(|p| matches!(p, Object::String(..)))
                            .count(),
                        _ => 1,
                    };
                }
                if in_span {
                    continue;
                }
                let map = maps.get(&font);
                for code in shown_codes(op) {
                    let text = map.and_then(|m| m.get(&code)).cloned().unwrap_or_default();
                    word.units.push(Unit { text, reversed });
                }
            }
            _ => {}
        }
    }
    words
}

/// Puts each word in a `Span` element of its own with its `/ActualText`, in its element's
/// `/K` where its id was, and in the parent tree. Returns whether any was.
fn wrap(doc: &mut Document, words: &BTreeMap<(ObjectId, i64), String>) -> bool {
    // The parent tree: each page's array of the elements its ids belong to. Only a flat
    // `/Nums` (as krilla writes it) is mended; otherwise the tree is left as it is.
    let Some(root) = doc
        .catalog()
        .ok()
        .and_then(|c| c.get(b"StructTreeRoot").ok())
        .and_then(|r| r.as_reference().ok())
    else {
        return false;
    };
    let Some(parent_tree) = doc
        .get_dictionary(root)
        .ok()
        .and_then(|r| r.get(b"ParentTree").ok())
        .and_then(|t| match t {
            Object::Reference(id) => doc.get_dictionary(*id).ok(),
            Object::Dictionary(d) => Some(d),
            _ => None,
        })
    else {
        return false;
    };
    if parent_tree.has(b"Kids") {
        return false;
    }
    // Only the words of pages whose entry in the parent tree can be mended (an array of
    // its own), so that the tree and the parent tree always agree.
    let mendable: Vec<ObjectId> = doc
        .get_pages()
        .into_values()
        .filter(|p| {
            doc.get_dictionary(*p)
                .ok()
                .and_then(|d| d.get(b"StructParents").ok())
                .and_then(|k| k.as_i64().ok())
                .and_then(|key| parent_tree_entry(doc, root, key))
                .is_some_and(|id| matches!(doc.get_object(id), Ok(Object::Array(_))))
        })
        .collect();
    let words: BTreeMap<(ObjectId, i64), String> = words
        .iter()
        .filter(|((page, _), _)| mendable.contains(page))
        .map(|(k, v)| (*k, v.clone()))
        .collect();
    let words = &words;
    let elements: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict()
                .is_ok_and(|d| d.has(b"S") && d.has(b"P") && d.has(b"K") && d.has(b"Pg"))
        })
        .map(|(id, _)| *id)
        .collect();
    // (page, id) -> the new span, and where each was put.
    let mut spans: BTreeMap<(ObjectId, i64), ObjectId> = BTreeMap::new();
    for element in elements {
        let Ok(dict) = doc.get_dictionary(element) else {
            continue;
        };
        let Ok(page) = dict.get(b"Pg").and_then(Object::as_reference) else {
            continue;
        };
        let Ok(Object::Array(kids)) = dict.get(b"K") else {
            continue;
        };
        let kids = kids.clone();
        let mut changed = false;
        let mut new_kids = Vec::with_capacity(kids.len());
        for kid in kids {
            let Some(text) = kid.as_i64().ok().and_then(|m| words.get(&(page, m))) else {
                new_kids.push(kid);
                continue;
            };
            let mut bytes = vec![0xFE, 0xFF];
            bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
            let mut span = lopdf::Dictionary::new();
            span.set("Type", Object::Name(b"StructElem".to_vec()));
            span.set("S", Object::Name(b"Span".to_vec()));
            span.set("P", Object::Reference(element));
            span.set("Pg", Object::Reference(page));
            span.set("K", kid.clone());
            span.set(
                "ActualText",
                Object::String(bytes, StringFormat::Hexadecimal),
            );
            let id = doc.add_object(span);
            spans.insert((page, kid.as_i64().unwrap_or_default()), id);
            new_kids.push(Object::Reference(id));
            changed = true;
        }
        if changed && let Ok(dict) = doc.get_dictionary_mut(element) {
            dict.set("K", Object::Array(new_kids));
        }
    }
    if spans.is_empty() {
        return false;
    }
    // The parent tree: the page's entry for each id now names its span.
    let pages: Vec<(ObjectId, i64)> = doc
        .get_pages()
        .into_values()
        .filter_map(|p| {
            let key = doc
                .get_dictionary(p)
                .ok()?
                .get(b"StructParents")
                .ok()?
                .as_i64()
                .ok()?;
            Some((p, key))
        })
        .collect();
    for (page, key) in pages {
        let Some(array) = parent_tree_entry(doc, root, key) else {
            continue;
        };
        let mut entries = match doc.get_object(array) {
            Ok(Object::Array(a)) => a.clone(),
            _ => continue,
        };
        for ((p, mcid), span) in &spans {
            if *p == page
                && let Some(slot) = usize::try_from(*mcid).ok().and_then(|m| entries.get_mut(m))
            {
                *slot = Object::Reference(*span);
            }
        }
        if let Ok(object) = doc.get_object_mut(array) {
            *object = Object::Array(entries);
        }
    }
    true
}

/// The object holding the parent tree's array for a page's key, when it is an indirect
/// array of a flat `/Nums`.
fn parent_tree_entry(doc: &Document, root: ObjectId, key: i64) -> Option<ObjectId> {
    let tree = match doc.get_dictionary(root).ok()?.get(b"ParentTree").ok()? {
        Object::Reference(id) => doc.get_dictionary(*id).ok()?,
        Object::Dictionary(d) => d,
        _ => return None,
    };
    let nums = tree.get(b"Nums").ok()?.as_array().ok()?;
    nums.chunks(2).find_map(|pair| match pair {
        [k, Object::Reference(id)] if k.as_i64().ok() == Some(key) => Some(*id),
        _ => None,
    })
}

enum Mark {
    Word,
    Reversed,
    /// An `/ActualText` span and its text.
    Actual(String),
    Other,
}

/// A word's text in reading order. It is drawn in visual order, so its units are read from
/// the last: all of them reversed, except that a left-to-right run inside it (digits, Latin
/// letters, drawn outside `/ReversedChars`) keeps its own order. A zero-width non-joiner,
/// drawn outside as well (from another font), goes with the letters around it.
fn reading_text(units: &[Unit]) -> String {
    let ltr = |u: &Unit| {
        !u.reversed
            && u.text.chars().any(|c| {
                matches!(
                    unicode_bidi::bidi_class(c),
                    unicode_bidi::BidiClass::L | unicode_bidi::BidiClass::EN
                )
            })
    };
    let mut order: Vec<usize> = (0..units.len()).rev().collect();
    let mut i = 0;
    while i < order.len() {
        let run = order[i..].iter().take_while(|&&k| ltr(&units[k])).count();
        order[i..i + run].reverse();
        i += run.max(1);
    }
    order.iter().map(|&k| units[k].text.as_str()).collect()
}

/// Whether a word of right-to-left letters is drawn in several glyphs with no
/// `/ReversedChars` at all: krilla leaves it out where a cluster's glyphs do not run
/// strictly backwards (Nastaliq's cascades), and the word was read letter by letter from
/// its end.
fn unreversed(word: &Sequence) -> bool {
    word.reversed_strings == 0
        && word.units.len() > 1
        && word.units.iter().any(|u| {
            u.text.chars().any(|c| {
                matches!(
                    unicode_bidi::bidi_class(c),
                    unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
                )
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_drawn_backwards_reads_forwards_glyph_by_glyph() {
        // اُتے drawn as ے ت (one string), ُ (raised), ا: read اُتے.
        let units: Vec<Unit> = ["ے", "ت", "ُ", "ا"]
            .iter()
            .map(|t| Unit {
                text: (*t).to_owned(),
                reversed: true,
            })
            .collect();
        assert_eq!(reading_text(&units), "اُتے");
    }
}
