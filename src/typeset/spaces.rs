//! Draws the space after an Indic word with the word's own font, in the word's run.
//!
//! Typst draws a word space in the first font of the list that has one (Noto Sans), as a
//! text item of its own. PDFium (Chrome's and Edge's viewer) leaves out a text object whose
//! box is empty, which a lone space's is, and guesses a word gap instead; after a word that
//! ends in a zero-advance vowel sign (Gujarati `મેળવે`, Gurmukhi, Bengali) it measures no
//! gap, so it read two words as one (`મેળવેછે`). The space is now the last glyph of the
//! word's run, in the word's font (its own space glyph, with the advance the space had),
//! where [`super::runs::spaces_into_spans`] can give it to PDFium in the `/ActualText` of
//! the word's last cluster. Nothing on the page moves.

use typst::layout::{Abs, Em, Point};
use typst::text::TextItem;

/// `word` (drawn at `word_pos`) with `space` (drawn at `space_pos`) taken in, when `space`
/// is one word space straight after an Indic word on the same line; `None` otherwise.
pub fn absorb(
    word_pos: Point,
    word: &TextItem,
    space_pos: Point,
    space: &TextItem,
) -> Option<TextItem> {
    if space.text != " "
        || space.glyphs.len() != 1
        || word.font == space.font
        || (word_pos.y - space_pos.y).abs() > Abs::pt(0.01)
        || (word_pos.x + word.width() - space_pos.x).abs() > Abs::pt(0.01)
        || !word.text.chars().any(indic)
        || word.text.len() + 1 > usize::from(u16::MAX)
    {
        return None;
    }
    // Left to right only: the glyphs' ranges run forwards. Only after a word that ends in
    // a glyph with no advance (a vowel sign), where PDFium measures no gap.
    let (first, last) = (word.glyphs.first()?, word.glyphs.last()?);
    if first.range.start > last.range.start || last.x_advance != Em::zero() {
        return None;
    }
    let id = word.font.ttf().glyph_index(' ')?.0;
    let drawn = &space.glyphs[0];
    let end = word.text.len() as u16;
    let mut glyph = drawn.clone();
    glyph.id = id;
    // The space's advance, in em of the word's size.
    glyph.x_advance = Em::from_abs(drawn.x_advance.at(space.size), word.size);
    glyph.x_offset = Em::zero();
    glyph.y_offset = Em::zero();
    glyph.range = end..end + 1;
    let mut text = word.text.to_string();
    text.push(' ');
    let mut glyphs = word.glyphs.clone();
    glyphs.push(glyph);
    Some(TextItem {
        text: text.as_str().into(),
        glyphs,
        ..word.clone()
    })
}

/// Whether a character is a letter of one of the Indic scripts iepress writes (Devanagari
/// to Malayalam's blocks).
fn indic(c: char) -> bool {
    matches!(c as u32, 0x0900..=0x0DFF)
}
