//! Lists each right-to-left line's words in the structure tree in reading order.
//!
//! A screen reader, and Firefox's structure layer, read a tagged PDF in the order of its
//! structure tree: each element's marked-content sequences (one a word or a space, as
//! Typst writes them) in the order its `/K` array gives. Typst gives them in the order they
//! are drawn, which in a right-to-left line is mostly from the left edge: the last word
//! first, so every Urdu and Arabic line was read word by word backwards (`میں بارے کے پلان
//! اس`).
//!
//! After Typst writes the file, the sequences of each element that lie on one line are put
//! in reading order: sorted from left to right by where they are drawn (the visual order),
//! then put back in logical order by the inverse of the bidi algorithm's rule L2, which
//! undoes itself when the levels go with the pieces. A sequence's level comes from its
//! letters: right-to-left letters at 1, left-to-right letters (a name in Latin letters) and
//! numbers at 2, spaces and punctuation at the level the words on both sides share, or 1
//! (and 1 between a name and a number, which iepress inserts as values of their own).
//! The page, and the order things are drawn in (which pdftotext and PDFium build their
//! lines from), do not change; only the order of the `/K` arrays.

use std::collections::BTreeMap;

use lopdf::content::{Content, Operation};
use lopdf::{Document, Object, ObjectId};
use unicode_bidi::BidiClass;

/// Where a marked-content sequence is drawn and what its letters say about its direction.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// The first glyph's origin, in the page's space (y up).
    x: f32,
    y: f32,
    /// The type size it is drawn at, in points.
    size: f32,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Rtl,
    Ltr,
    Number,
    Neutral,
}

/// Puts the marked content of every structure element in reading order, line by line;
/// returns whether anything moved.
pub fn reorder(doc: &mut Document) -> bool {
    let mut pieces: BTreeMap<(ObjectId, i64), Piece> = BTreeMap::new();
    for page in doc.get_pages().into_values() {
        for (mcid, piece) in pieces_of(doc, page) {
            pieces.insert((page, mcid), piece);
        }
    }
    let elements: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            o.as_dict().is_ok_and(|d| {
                d.get(b"Type").and_then(Object::as_name).ok() == Some(b"StructElem")
                    || (d.has(b"S") && d.has(b"P") && d.has(b"K"))
            })
        })
        .map(|(id, _)| *id)
        .collect();
    let mut changed = false;
    for id in elements {
        let Ok(element) = doc.get_dictionary(id) else {
            continue;
        };
        let Some(page) = element.get(b"Pg").and_then(Object::as_reference).ok() else {
            continue;
        };
        let Ok(Object::Array(kids)) = element.get(b"K") else {
            continue;
        };
        if let Some(kids) = reordered(kids, page, &pieces)
            && let Ok(element) = doc.get_dictionary_mut(id)
        {
            element.set("K", Object::Array(kids));
            changed = true;
        }
    }
    changed
}

/// An element's kids in reading order, or `None` when they are in it already. Only runs of
/// marked-content ids on the element's page that share a line move, among themselves.
fn reordered(
    kids: &[Object],
    page: ObjectId,
    pieces: &BTreeMap<(ObjectId, i64), Piece>,
) -> Option<Vec<Object>> {
    let piece = |o: &Object| {
        o.as_i64()
            .ok()
            .and_then(|m| pieces.get(&(page, m)).copied())
    };
    let mut out = kids.to_vec();
    let mut moved = false;
    let mut start = 0;
    while start < out.len() {
        let Some(first) = piece(&out[start]) else {
            start += 1;
            continue;
        };
        let tolerance = first.size.max(1.0) * 0.6;
        let end = start
            + out[start..]
                .iter()
                .take_while(|k| piece(k).is_some_and(|p| (p.y - first.y).abs() <= tolerance))
                .count();
        let line: Vec<(Object, Piece)> = out[start..end]
            .iter()
            .map(|k| (k.clone(), piece(k).unwrap_or(first)))
            .collect();
        if let Some(order) = reading_order(&line) {
            for (slot, k) in order.into_iter().enumerate() {
                out[start + slot] = line[k].0.clone();
            }
            moved = true;
        }
        start = end;
    }
    moved.then_some(out)
}

/// The reading order of a line's pieces (given in any order), as indices into it, or `None`
/// when they are in it already or the line has no right-to-left word.
fn reading_order(line: &[(Object, Piece)]) -> Option<Vec<usize>> {
    if line.len() < 2 || !line.iter().any(|(_, p)| p.kind == Kind::Rtl) {
        return None;
    }
    // Visual order: from the left.
    let mut visual: Vec<usize> = (0..line.len()).collect();
    visual.sort_by(|&a, &b| line[a].1.x.total_cmp(&line[b].1.x));
    let levels: Vec<Option<u8>> = visual
        .iter()
        .map(|&i| match line[i].1.kind {
            Kind::Rtl => Some(1),
            Kind::Ltr | Kind::Number => Some(2),
            Kind::Neutral => None,
        })
        .collect();
    // A space between a name and a number keeps them apart: iepress sets every value a
    // message inserts apart (Unicode isolates), so `Amira 3` is two values, read in the
    // line's order, not one left-to-right run.
    let kinds: Vec<Kind> = visual.iter().map(|&i| line[i].1.kind).collect();
    let resolved: Vec<u8> = (0..levels.len())
        .map(|i| {
            levels[i].unwrap_or_else(|| {
                let before = (0..i).rev().find(|&k| levels[k].is_some());
                let after = (i + 1..levels.len()).find(|&k| levels[k].is_some());
                match (before, after) {
                    (Some(a), Some(b))
                        if levels[a] == levels[b]
                            && !matches!(
                                (kinds[a], kinds[b]),
                                (Kind::Ltr, Kind::Number) | (Kind::Number, Kind::Ltr)
                            ) =>
                    {
                        levels[a].unwrap_or(1)
                    }
                    _ => 1,
                }
            })
        })
        .collect();
    // Rule L2 backwards: from the highest level down to 1, reverse every run at that level
    // or above.
    let mut order: Vec<usize> = (0..visual.len()).collect();
    for level in (1..=2).rev() {
        let mut i = 0;
        while i < order.len() {
            let run = order[i..]
                .iter()
                .take_while(|&&k| resolved[k] >= level)
                .count();
            order[i..i + run].reverse();
            i += run.max(1);
        }
    }
    let order: Vec<usize> = order.into_iter().map(|k| visual[k]).collect();
    order
        .iter()
        .enumerate()
        .any(|(slot, &k)| slot != k)
        .then_some(order)
}

/// A 2D affine matrix `[a b c d e f]`, applied to row vectors as PDF does.
type Matrix = [f32; 6];

fn multiply(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn matrix(operands: &[Object]) -> Option<Matrix> {
    let mut m = [0.0; 6];
    for (slot, o) in m.iter_mut().zip(operands) {
        *slot = o
            .as_float()
            .ok()
            .or_else(|| o.as_i64().ok().map(|i| i as f32))?;
    }
    (operands.len() == 6).then_some(m)
}

/// A marked-content sequence being read: its id, its text so far, and where its first glyph
/// is drawn (x, y, type size), once one is.
type Open = (i64, String, Option<(f32, f32, f32)>);

/// Each marked-content sequence with an id on a page: where its first glyph is drawn and
/// its letters' direction.
fn pieces_of(doc: &Document, page: ObjectId) -> BTreeMap<i64, Piece> {
    let mut out = BTreeMap::new();
    let Ok(content) = Content::decode(&doc.get_page_content(page)) else {
        return out;
    };
    let maps = font_maps(doc, page);
    const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
    let mut ctm = IDENTITY;
    let mut saved: Vec<(Matrix, Vec<u8>, f32)> = Vec::new();
    let (mut tm, mut tlm) = (IDENTITY, IDENTITY);
    let (mut font, mut size): (Vec<u8>, f32) = (Vec::new(), 0.0);
    // The open sequences: their id (if any) and the text and place found in them so far.
    let mut open: Vec<Option<Open>> = Vec::new();
    for op in &content.operations {
        match op.operator.as_str() {
            "q" => saved.push((ctm, font.clone(), size)),
            "Q" => {
                if let Some((m, f, s)) = saved.pop() {
                    (ctm, font, size) = (m, f, s);
                }
            }
            "cm" => {
                if let Some(m) = matrix(&op.operands) {
                    ctm = multiply(&m, &ctm);
                }
            }
            "BT" => (tm, tlm) = (IDENTITY, IDENTITY),
            "Tm" => {
                if let Some(m) = matrix(&op.operands) {
                    (tm, tlm) = (m, m);
                }
            }
            "Td" | "TD" => {
                let n = |i: usize| {
                    op.operands
                        .get(i)
                        .and_then(|o| {
                            o.as_float()
                                .ok()
                                .or_else(|| o.as_i64().ok().map(|v| v as f32))
                        })
                        .unwrap_or(0.0)
                };
                tlm = multiply(&[1.0, 0.0, 0.0, 1.0, n(0), n(1)], &tlm);
                tm = tlm;
            }
            "Tf" => {
                font = op
                    .operands
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .map(<[u8]>::to_vec)
                    .unwrap_or_default();
                size = op
                    .operands
                    .get(1)
                    .and_then(|o| {
                        o.as_float()
                            .ok()
                            .or_else(|| o.as_i64().ok().map(|v| v as f32))
                    })
                    .unwrap_or(0.0);
            }
            "BDC" => {
                let mcid = op.operands.get(1).and_then(|p| match p {
                    Object::Dictionary(d) => d.get(b"MCID").and_then(Object::as_i64).ok(),
                    _ => None,
                });
                open.push(mcid.map(|m| (m, String::new(), None)));
            }
            "BMC" => open.push(None),
            "EMC" => {
                if let Some(Some((mcid, text, Some((x, y, size))))) = open.pop() {
                    out.insert(
                        mcid,
                        Piece {
                            x,
                            y,
                            size,
                            kind: kind(&text),
                        },
                    );
                }
            }
            "Tj" | "TJ" | "'" | "\"" => {
                let Some((_, text, place)) = open.iter_mut().rev().flatten().next() else {
                    continue;
                };
                if place.is_none() {
                    let m = multiply(&tm, &ctm);
                    let scale = (m[0] * m[3] - m[1] * m[2]).abs().sqrt();
                    *place = Some((m[4], m[5], size * scale));
                }
                let map = maps.get(&font);
                for code in shown_codes(op) {
                    if let Some(t) = map.and_then(|m| m.get(&code)) {
                        text.push_str(t);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The two-byte glyph codes a text-showing operator (`Tj`, `TJ`, `'`, `"`) shows, in order:
/// its string, or the strings of its array (the numbers between them are only spacing).
pub(super) fn shown_codes(op: &Operation) -> impl Iterator<Item = u16> + '_ {
    let strings: Vec<&[u8]> = match op.operands.last() {
        Some(Object::Array(parts)) => parts
            .iter()
            .filter_map(|p| match p {
                Object::String(bytes, _) => Some(bytes.as_slice()),
                _ => None,
            })
            .collect(),
        Some(Object::String(bytes, _)) => vec![bytes.as_slice()],
        _ => Vec::new(),
    };
    strings.into_iter().flat_map(|bytes| {
        bytes
            .chunks(2)
            .map(|c| c.iter().fold(0u16, |n, b| (n << 8) | u16::from(*b)))
    })
}

/// Each font of a page by its resource name: its codes' text.
pub(super) fn font_maps(
    doc: &Document,
    page: ObjectId,
) -> BTreeMap<Vec<u8>, BTreeMap<u16, String>> {
    let Ok(fonts) = doc.get_page_fonts(page) else {
        return BTreeMap::new();
    };
    fonts
        .into_iter()
        .map(|(name, font)| {
            let map = font
                .get(b"ToUnicode")
                .and_then(Object::as_reference)
                .and_then(|id| doc.get_object(id))
                .and_then(Object::as_stream)
                .and_then(|s| s.decompressed_content())
                .map(|data| super::text_layer::parse_cmap(&String::from_utf8_lossy(&data)))
                .unwrap_or_default();
            (name, map)
        })
        .collect()
}

fn kind(text: &str) -> Kind {
    let mut number = false;
    for c in text.chars() {
        match unicode_bidi::bidi_class(c) {
            BidiClass::R | BidiClass::AL => return Kind::Rtl,
            BidiClass::L => return Kind::Ltr,
            BidiClass::EN | BidiClass::AN => number = true,
            _ => {}
        }
    }
    if number { Kind::Number } else { Kind::Neutral }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(x: f32, kind: Kind) -> (Object, Piece) {
        (
            Object::Integer(x as i64),
            Piece {
                x,
                y: 0.0,
                size: 12.0,
                kind,
            },
        )
    }

    #[test]
    fn a_right_to_left_line_is_read_from_the_right() {
        // Drawn from the left: "Amira" "." " " "وتذكر"; read: "وتذكر" " " "Amira" ".".
        // (An Arabic sentence ending in a Latin name and a full stop.)
        let line = [
            piece(0.0, Kind::Neutral),
            piece(10.0, Kind::Ltr),
            piece(20.0, Kind::Neutral),
            piece(30.0, Kind::Rtl),
        ];
        let order = reading_order(&line).unwrap();
        assert_eq!(order, [3, 2, 1, 0]);
        // Two Latin words keep their own order inside the right-to-left line.
        let line = [
            piece(0.0, Kind::Ltr),
            piece(10.0, Kind::Neutral),
            piece(20.0, Kind::Ltr),
            piece(30.0, Kind::Neutral),
            piece(40.0, Kind::Rtl),
        ];
        assert_eq!(reading_order(&line).unwrap(), [4, 3, 0, 1, 2]);
        // A name and a number, two values of a message: each keeps its place in the line
        // (`لدى Amira 3 أهداف`, drawn `أهداف 3 Amira لدى`).
        let line = [
            piece(0.0, Kind::Rtl),
            piece(10.0, Kind::Neutral),
            piece(20.0, Kind::Number),
            piece(30.0, Kind::Neutral),
            piece(40.0, Kind::Ltr),
            piece(50.0, Kind::Neutral),
            piece(60.0, Kind::Rtl),
        ];
        assert_eq!(reading_order(&line).unwrap(), [6, 5, 4, 3, 2, 1, 0]);
        // No right-to-left word: nothing moves.
        assert!(reading_order(&[piece(0.0, Kind::Ltr), piece(5.0, Kind::Ltr)]).is_none());
    }
}
