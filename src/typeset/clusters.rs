//! Keeps each shaped cluster's text once in the PDF's text layer.
//!
//! Typst 0.15 lays a shaped run out as one text item per stretch of glyphs with the same
//! vertical offset, and gives each item the text of every cluster it touches. When a font
//! lowers or raises one glyph of a cluster (a Gujarati vowel sign under its consonant, the
//! cascading letters of Nastaliq), the cluster is cut between two items and its text is
//! written twice: `કૃપા` is read as `કૃકૃપા` (typst#4225, krilla#411).
//!
//! Lone marks (an Arabic shadda raised over its letter) are cut off the same way and then
//! read out of place.
//!
//! Before export, [`mend`] joins such neighbouring items back into one item whose glyphs
//! carry their vertical offsets themselves. krilla then draws them at the same places as
//! before and writes the cluster's text once, with `/ActualText` where a cluster has several
//! glyphs. The pages look exactly as they did.
//!
//! The same pass takes the Unicode directional isolates out of the text layer. Every value
//! a message inserts (a name, a number, a date) is set apart by them (U+2068 … U+2069), so
//! that the bidi algorithm keeps it in its place in a sentence of the other direction; they
//! draw nothing, and Typst lays the line out with them, but krilla would write them into
//! the text a reader extracts, next to the letter whose cluster took them in. A reader
//! gets the printed words only.

use typst::layout::{Abs, Em, Frame, FrameItem, Point};
use typst::model::Document;
use typst::text::TextItem;
use typst_layout::{Page, PagedDocument};

/// Returns the document with split clusters joined (a copy; the original is unchanged).
pub fn mend(document: &PagedDocument) -> PagedDocument {
    let pages = document
        .pages()
        .iter()
        .map(|page| {
            let mut page: Page = page.clone();
            mend_frame(&mut page.frame);
            page
        })
        .collect();
    PagedDocument::new(pages, document.info().clone())
}

/// Joins split items in the frame and its groups; returns whether anything changed. A frame
/// with nothing to join is left as it is (frames are shared, and most have nothing to join).
fn mend_frame(frame: &mut Frame) -> bool {
    let mut changed = false;
    let mut out: Vec<(Point, FrameItem)> = Vec::with_capacity(frame.items().len());
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(group) => {
                let mut group = group.clone();
                if mend_frame(&mut group.frame) {
                    changed = true;
                }
                out.push((*pos, FrameItem::Group(group)));
            }
            FrameItem::Text(text) => {
                if let Some((last_pos, FrameItem::Text(last))) = out.last_mut()
                    && let Some(joined) = join(*last_pos, last, *pos, text)
                        .or_else(|| super::spaces::absorb(*last_pos, last, *pos, text))
                {
                    *last = joined;
                    changed = true;
                } else {
                    out.push((*pos, item.clone()));
                }
            }
            other => out.push((*pos, other.clone())),
        }
    }
    for (_, item) in out.iter_mut() {
        if let FrameItem::Text(text) = item {
            if let Some(stripped) = without_isolates(text) {
                *text = stripped;
                changed = true;
            }
            if let Some(split) = marks_apart(text) {
                *text = split;
                changed = true;
            }
            if let Some(split) = non_joiners_apart(text) {
                *text = split;
                changed = true;
            }
        }
    }
    if changed {
        frame.clear();
        frame.push_multiple(out);
    }
    changed
}

/// The directional isolates: left-to-right, right-to-left, first strong, and their end.
fn is_isolate(c: char) -> bool {
    matches!(c, '\u{2066}'..='\u{2069}')
}

/// The item with the directional isolates taken out of its text, its glyphs' ranges moved
/// to match; `None` when its text has none.
fn without_isolates(item: &TextItem) -> Option<TextItem> {
    if !item.text.chars().any(is_isolate) {
        return None;
    }
    // Where each byte of the old text lands in the new one.
    let mut text = String::with_capacity(item.text.len());
    let mut moved = Vec::with_capacity(item.text.len() + 1);
    for c in item.text.chars() {
        for _ in 0..c.len_utf8() {
            moved.push(text.len() as u16);
        }
        if !is_isolate(c) {
            text.push(c);
        }
    }
    moved.push(text.len() as u16);
    let at = |i: u16| {
        moved
            .get(usize::from(i))
            .copied()
            .unwrap_or(text.len() as u16)
    };
    let glyphs = item
        .glyphs
        .iter()
        .map(|g| {
            let mut g = g.clone();
            g.range = at(g.range.start)..at(g.range.end);
            g
        })
        .collect();
    Some(TextItem {
        text: text.as_str().into(),
        glyphs,
        ..item.clone()
    })
}

/// In a right-to-left item, a letter and its marks (an Arabic shadda, a damma) given each
/// their own character instead of sharing their cluster's; `None` when there is none.
///
/// A right-to-left run's glyphs come in visual order, each cluster's marks before its
/// letter. krilla writes a run whose glyphs' texts run strictly backwards inside
/// `/ReversedChars`, which a reader of the tags reverses into reading order; a letter and
/// its mark sharing one cluster broke that, and the whole word was read backwards
/// (`ےتاُ` for `اُتے`). Each glyph now has the text it draws: the letter (the glyph with an
/// advance) its own character, the marks theirs, the first drawn the last in the text. The
/// page is unchanged.
fn marks_apart(item: &TextItem) -> Option<TextItem> {
    use unicode_bidi::{BidiClass, bidi_class};
    let glyphs = &item.glyphs;
    let rtl = glyphs.len() > 1 && glyphs[0].range.start > glyphs[glyphs.len() - 1].range.start;
    if !rtl {
        return None;
    }
    let mut out = glyphs.clone();
    let mut changed = false;
    let mut start = 0;
    while start < out.len() {
        let range = out[start].range.clone();
        let end = start + out[start..].iter().take_while(|g| g.range == range).count();
        let text = item
            .text
            .get(usize::from(range.start)..usize::from(range.end))
            .unwrap_or("");
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let marks_after_letter = chars.len() == end - start
            && chars.len() > 1
            && bidi_class(chars[0].1) != BidiClass::NSM
            && chars[1..]
                .iter()
                .all(|(_, c)| bidi_class(*c) == BidiClass::NSM);
        // Drawn marks first, the letter (the one glyph with an advance) last.
        let letter_last = out[end - 1].x_advance != Em::zero()
            && out[start..end - 1]
                .iter()
                .all(|g| g.x_advance == Em::zero());
        if marks_after_letter && letter_last {
            // The character ranges, in the order of the text.
            let bounds: Vec<std::ops::Range<u16>> = (0..chars.len())
                .map(|i| {
                    let from = range.start + chars[i].0 as u16;
                    let to = chars
                        .get(i + 1)
                        .map_or(range.end, |c| range.start + c.0 as u16);
                    from..to
                })
                .collect();
            // The glyphs drawn first take the last characters.
            for (k, glyph) in out[start..end].iter_mut().enumerate() {
                glyph.range = bounds[chars.len() - 1 - k].clone();
            }
            changed = true;
        }
        start = end;
    }
    changed.then(|| TextItem {
        glyphs: out,
        ..item.clone()
    })
}

/// In a right-to-left item, a zero-width non-joiner drawn as a glyph of its own; `None`
/// when there is none to draw so.
///
/// Shaping draws no glyph for a zero-width non-joiner (Persian `می‌گیرد`): it falls into
/// the cluster of the letter after it, whose text becomes the non-joiner and the letter.
/// pdftotext and PDFium reverse that text with the line and put the non-joiner after the
/// letter (`هدفه‌ا` for `هدف‌ها`). It gets a glyph of its own that draws nothing (the
/// font's space, with no advance), with the letter's text after it; the page is unchanged.
fn non_joiners_apart(item: &TextItem) -> Option<TextItem> {
    const ZWNJ: char = '\u{200C}';
    let glyphs = &item.glyphs;
    let rtl = glyphs.len() > 1 && glyphs[0].range.start > glyphs[glyphs.len() - 1].range.start;
    if !rtl || !item.text.contains(ZWNJ) {
        return None;
    }
    // The font's space: it draws nothing (its own non-joiner glyph may draw a mark that
    // shows it), and here it has no advance.
    let id = item.font.ttf().glyph_index(' ')?.0;
    let width = ZWNJ.len_utf8() as u16;
    let mut out = Vec::with_capacity(glyphs.len() + 1);
    let mut changed = false;
    for glyph in glyphs {
        let text = item.text.get(glyph.range()).unwrap_or("");
        if text.len() > ZWNJ.len_utf8() && text.starts_with(ZWNJ) {
            // Drawn right of its letter (right to left, the letter follows it), so listed
            // after it: the item's ranges still run backwards.
            let mut letter = glyph.clone();
            letter.range = glyph.range.start + width..glyph.range.end;
            let mut joiner = glyph.clone();
            joiner.id = id;
            joiner.x_advance = Em::zero();
            joiner.x_offset = Em::zero();
            joiner.y_offset = Em::zero();
            joiner.range = glyph.range.start..glyph.range.start + width;
            out.push(letter);
            out.push(joiner);
            changed = true;
        } else {
            out.push(glyph.clone());
        }
    }
    changed.then(|| TextItem {
        glyphs: out,
        ..item.clone()
    })
}

/// Where an item's text starts in its source piece, if all its glyphs agree on it.
fn text_start(item: &TextItem) -> Option<(typst::syntax::Span, usize)> {
    let first = item.glyphs.first()?;
    let span = first.span.0;
    let start = usize::from(first.span.1).checked_sub(usize::from(first.range.start))?;
    item.glyphs
        .iter()
        .all(|g| {
            g.span.0 == span
                && usize::from(g.span.1).checked_sub(usize::from(g.range.start)) == Some(start)
        })
        .then_some((span, start))
}

/// Joins `b` (drawn at `b_pos`) onto `a` (at `a_pos`) when `b` continues `a`'s run: the
/// same font, size, paint and language, starting where `a` ends, with text next to or
/// overlapping `a`'s (one shaped run, cut only by a change of height). Returns `None` to leave the two apart.
fn join(a_pos: Point, a: &TextItem, b_pos: Point, b: &TextItem) -> Option<TextItem> {
    if a.font != b.font
        || a.size != b.size
        || a.fill != b.fill
        || a.stroke != b.stroke
        || a.lang != b.lang
        || a.region != b.region
        || (a_pos.x + a.width() - b_pos.x).abs() > Abs::pt(0.01)
    {
        return None;
    }
    let (a_span, a_start) = text_start(a)?;
    let (b_span, b_start) = text_start(b)?;
    if a_span != b_span {
        return None;
    }
    let (start, text) = merge_slices((a_start, &a.text), (b_start, &b.text))?;
    // `b`'s glyphs keep their place: the height difference becomes their vertical offset
    // (Y-up, in em of the item's size).
    let lift = Em::from_abs(a_pos.y - b_pos.y, a.size);
    let shift = |g: &typst::text::Glyph, item_start: usize, lift: Em| {
        let mut g = g.clone();
        let offset = (item_start - start) as u16;
        g.range = g.range.start + offset..g.range.end + offset;
        g.y_offset += lift;
        g
    };
    let mut glyphs = Vec::with_capacity(a.glyphs.len() + b.glyphs.len());
    glyphs.extend(a.glyphs.iter().map(|g| shift(g, a_start, Em::zero())));
    glyphs.extend(b.glyphs.iter().map(|g| shift(g, b_start, lift)));
    Some(TextItem {
        text: text.into(),
        glyphs,
        ..a.clone()
    })
}

/// Two slices of one source text, each given by where it starts: their union, with where it
/// starts, when they touch or overlap (share a cluster) and agree where they overlap;
/// `None` otherwise, or when the union is longer than a text item can index.
fn merge_slices(a: (usize, &str), b: (usize, &str)) -> Option<(usize, String)> {
    let (a_start, a_text) = a;
    let (b_start, b_text) = b;
    let (a_end, b_end) = (a_start + a_text.len(), b_start + b_text.len());
    let (start, end) = (a_start.min(b_start), a_end.max(b_end));
    let (lo, hi) = (a_start.max(b_start), a_end.min(b_end));
    if lo > hi || end - start > usize::from(u16::MAX) {
        return None;
    }
    if a_text.get(lo - a_start..hi - a_start)? != b_text.get(lo - b_start..hi - b_start)? {
        return None;
    }
    let (first, second) = if a_start <= b_start { (a, b) } else { (b, a) };
    let mut text = String::with_capacity(end - start);
    text.push_str(first.1);
    let first_end = first.0 + first.1.len();
    if second.0 + second.1.len() > first_end {
        text.push_str(second.1.get(first_end - second.0..)?);
    }
    (text.len() == end - start).then_some((start, text))
}

#[cfg(test)]
mod tests {
    use super::merge_slices;

    #[test]
    fn a_cluster_cut_in_two_is_read_once() {
        // Gujarati કૃપા laid out as two items that both carry the cluster કૃ (typst#4225):
        // the joined item reads કૃપા, not કૃકૃપા.
        let cluster = "કૃ";
        let whole = "કૃપા";
        assert_eq!(
            merge_slices((0, cluster), (0, whole)),
            Some((0, whole.to_owned()))
        );
        // Items that only touch are joined end to end, in source order either way.
        let (left, right) = whole.split_at(cluster.len());
        assert_eq!(
            merge_slices((0, left), (cluster.len(), right)),
            Some((0, whole.to_owned()))
        );
        assert_eq!(
            merge_slices((cluster.len(), right), (0, left)),
            Some((0, whole.to_owned()))
        );
    }

    #[test]
    fn slices_that_do_not_meet_or_disagree_stay_apart() {
        // A gap between them: two words, not one cluster.
        assert_eq!(merge_slices((0, "ab"), (3, "d")), None);
        // The same place but other text: not slices of one text.
        assert_eq!(merge_slices((0, "ab"), (1, "xc")), None);
        // An overlap that would cut a character in two.
        assert_eq!(merge_slices((0, "કૃ"), (1, "x")), None);
    }
}
