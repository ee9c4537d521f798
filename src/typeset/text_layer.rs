//! Gives every glyph the text it shows, so that a reader that ignores `/ActualText` reads
//! the words printed (issue 17).
//!
//! A PDF maps each glyph code of a font to text once, in the font's `/ToUnicode` map. A
//! glyph of a shaped script is not always the same text: Gujarati's `ા` sign is its own
//! letter in one word and the second glyph of `શા` in another; an Arabic mark sits on a
//! different letter each time. Typst's PDF writer (krilla) maps a glyph to the text of the
//! cluster where it was first used and wraps every later, different use in a marked span
//! with `/ActualText`. Acrobat, PDFium and the structure tree read those spans, but pdf.js
//! (Firefox) ignores `/ActualText` (mozilla/pdf.js#12237) and reads the wrong map, and MuPDF
//! merges the two.
//!
//! So after Typst writes the file, each glyph inside an `/ActualText` span gets a code of
//! its own for the text it stands for there: a new CID drawing the same glyph (the font's
//! `/CIDToGIDMap` says which), with its own width and `/ToUnicode` entry. The span's text
//! is shared out over its glyphs one character each, in reading order (right to left for
//! Arabic script, whose glyphs are written left to right), the last glyph taking what is
//! left; a vowel drawn in two parts gets its canonical decomposition's two characters, and
//! a glyph with no character left gets none. The spans stay, for the readers that use
//! them. Glyphs outside spans already map to their own text and are left as they are; a
//! file with no span is not touched at all.

use std::collections::BTreeMap;

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

/// A font whose codes can be given new text: a `Type0` font with a TrueType `CIDFontType2`
/// descendant, its CIDs being its glyph ids (`/CIDToGIDMap /Identity`), as krilla writes
/// them.
struct Font {
    /// The descendant font.
    cid_font: ObjectId,
    /// Each code's text, from the font's `/ToUnicode` map.
    map: BTreeMap<u16, String>,
    /// Each glyph's width, by CID (= glyph id), from `/W`.
    widths: BTreeMap<u16, f32>,
    /// The number of glyphs in the font (its own CIDs are below).
    glyphs: u32,
    /// The next free CID.
    next: u32,
    /// The codes made so far: (glyph id, text) to CID.
    made: BTreeMap<(u16, String), u16>,
}

impl Font {
    /// A code's width (thousandths of an em) and text, new codes included.
    fn code_info(&self, code: u16) -> Option<(f32, String)> {
        if u32::from(code) < self.glyphs {
            let width = self.widths.get(&code).copied().unwrap_or(0.0);
            return Some((width, self.map.get(&code)?.clone()));
        }
        let ((gid, text), _) = self.made.iter().find(|(_, cid)| **cid == code)?;
        Some((self.widths.get(gid).copied().unwrap_or(0.0), text.clone()))
    }

    /// The code that draws glyph `gid` and reads as `text`: the glyph's own, or a new one.
    fn code_for(&mut self, gid: u16, text: &str) -> Option<u16> {
        if self.map.get(&gid).is_some_and(|t| t == text) {
            return Some(gid);
        }
        if let Some(&cid) = self.made.get(&(gid, text.to_owned())) {
            return Some(cid);
        }
        // Two-byte codes: 65,536 in all (a file that needs more keeps its spans).
        let cid = u16::try_from(self.next).ok()?;
        self.next += 1;
        self.made.insert((gid, text.to_owned()), cid);
        Some(cid)
    }
}

/// Why the text layer could not be mended (the file is then written as Typst made it).
#[derive(Debug)]
pub struct Unmended(pub String);

impl From<lopdf::Error> for Unmended {
    fn from(e: lopdf::Error) -> Self {
        Unmended(e.to_string())
    }
}

/// Whether a laid-out document may have glyphs to mend: a cluster drawn in several glyphs,
/// or letters of a script other than Latin, Greek and Cyrillic (whose shaping can give a
/// glyph different texts). Only such documents are read again after export.
pub fn may_need_mending(document: &typst_layout::PagedDocument) -> bool {
    fn shaped(frame: &typst::layout::Frame) -> bool {
        frame.items().any(|(_, item)| match item {
            typst::layout::FrameItem::Group(group) => shaped(&group.frame),
            typst::layout::FrameItem::Text(text) => {
                text.glyphs.windows(2).any(|w| w[0].range == w[1].range)
                    || text.text.chars().any(|c| {
                        !c.is_ascii()
                            && !matches!(c as u32, 0x00A0..=0x04FF | 0x1E00..=0x1EFF | 0x2000..=0x206F | 0x20A0..=0x20CF)
                    })
            }
            _ => false,
        })
    }
    document.pages().iter().any(|page| shaped(&page.frame))
}

/// Mends the text layer of a PDF made by Typst; returns `None` when nothing needed mending
/// (the file is then used as it is, byte for byte).
///
/// In a right-to-left document, the structure tree's lines are also put in reading order
/// (see [`super::tag_order`]).
pub fn mend(pdf: &[u8], rtl: bool) -> Result<Option<Vec<u8>>, Unmended> {
    let mut doc = Document::load_mem(pdf)?;
    let mut fonts: BTreeMap<ObjectId, Option<Font>> = BTreeMap::new();
    let mut changed = false;
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    for page in pages {
        let resources = resources_of(&doc, page);
        for id in doc.get_page_contents(page) {
            changed |= mend_stream(&mut doc, id, &resources, &mut fonts)?;
        }
    }
    if rtl {
        // Lines in reading order first: it moves marked-content ids, which the words'
        // spans then wrap.
        changed |= super::tag_order::reorder(&mut doc);
        changed |= super::reversed_words::mend(&mut doc);
    }
    if !changed {
        return Ok(None);
    }
    // In the order of the fonts' objects, so that the same document gives the same bytes.
    for (type0, font) in &fonts {
        if let Some(font) = font.as_ref().filter(|f| !f.made.is_empty()) {
            write_font(&mut doc, *type0, font)?;
        }
    }
    let mut out = Vec::with_capacity(pdf.len() + pdf.len() / 8);
    doc.save_to(&mut out)
        .map_err(|e| Unmended(format!("writing the file: {e}")))?;
    Ok(Some(out))
}

/// A page's font resources: name to font object.
fn resources_of(doc: &Document, page: ObjectId) -> BTreeMap<Vec<u8>, ObjectId> {
    let mut out = BTreeMap::new();
    let Ok((own, inherited)) = doc.get_page_resources(page) else {
        return out;
    };
    let dicts = own.into_iter().chain(
        inherited
            .iter()
            .filter_map(|id| doc.get_dictionary(*id).ok()),
    );
    for resources in dicts {
        let Ok(fonts) = resources
            .get(b"Font")
            .and_then(|o| doc.dereference(o))
            .and_then(|(_, o)| o.as_dict())
        else {
            continue;
        };
        for (name, font) in fonts {
            if let Ok(id) = font.as_reference() {
                out.entry(name.clone()).or_insert(id);
            }
        }
    }
    out
}

/// Reads a font the first time it is met: `None` for a font of another kind (left alone).
fn font<'a>(
    doc: &Document,
    fonts: &'a mut BTreeMap<ObjectId, Option<Font>>,
    id: ObjectId,
) -> Option<&'a mut Font> {
    fonts
        .entry(id)
        .or_insert_with(|| read_font(doc, id))
        .as_mut()
}

fn read_font(doc: &Document, id: ObjectId) -> Option<Font> {
    let type0 = doc.get_dictionary(id).ok()?;
    if type0.get(b"Subtype").and_then(Object::as_name).ok()? != b"Type0"
        || type0.get(b"Encoding").and_then(Object::as_name).ok()? != b"Identity-H"
    {
        return None;
    }
    let cid_font = match type0.get(b"DescendantFonts").ok()? {
        Object::Array(a) => a.first()?.as_reference().ok()?,
        Object::Reference(r) => doc
            .get_object(*r)
            .ok()?
            .as_array()
            .ok()?
            .first()?
            .as_reference()
            .ok()?,
        _ => return None,
    };
    let descendant = doc.get_dictionary(cid_font).ok()?;
    if descendant.get(b"Subtype").and_then(Object::as_name).ok()? != b"CIDFontType2"
        || descendant
            .get(b"CIDToGIDMap")
            .and_then(Object::as_name)
            .ok()?
            != b"Identity"
    {
        return None;
    }
    let to_unicode = doc
        .get_object(type0.get(b"ToUnicode").ok()?.as_reference().ok()?)
        .ok()?
        .as_stream()
        .ok()?
        .decompressed_content()
        .ok()?;
    let map = parse_cmap(&String::from_utf8_lossy(&to_unicode));
    let widths = descendant
        .get(b"W")
        .ok()
        .and_then(|w| doc.dereference(w).ok())
        .and_then(|(_, w)| w.as_array().ok())
        .map(|w| parse_widths(w))
        .unwrap_or_default();
    let glyphs = descendant
        .get(b"FontDescriptor")
        .and_then(Object::as_reference)
        .and_then(|d| doc.get_dictionary(d))
        .and_then(|d| d.get(b"FontFile2"))
        .and_then(Object::as_reference)
        .and_then(|f| doc.get_object(f))
        .and_then(Object::as_stream)
        .ok()
        .and_then(|s| s.decompressed_content().ok())
        .and_then(|data| glyph_count(&data))?;
    Some(Font {
        cid_font,
        map,
        widths,
        glyphs: u32::from(glyphs),
        next: u32::from(glyphs),
        made: BTreeMap::new(),
    })
}

/// The number of glyphs of a TrueType font (its `maxp` table).
fn glyph_count(data: &[u8]) -> Option<u16> {
    let u16_at = |at: usize| Some(u16::from_be_bytes([*data.get(at)?, *data.get(at + 1)?]));
    let u32_at = |at: usize| {
        Some(u32::from_be_bytes([
            *data.get(at)?,
            *data.get(at + 1)?,
            *data.get(at + 2)?,
            *data.get(at + 3)?,
        ]))
    };
    let tables = u16_at(4)?;
    (0..usize::from(tables)).find_map(|i| {
        let record = 12 + 16 * i;
        (data.get(record..record + 4)? == b"maxp")
            .then(|| u32_at(record + 8))
            .flatten()
            .and_then(|offset| u16_at(offset as usize + 4))
    })
}

/// The `bfchar` and `bfrange` entries of a ToUnicode CMap.
pub(super) fn parse_cmap(cmap: &str) -> BTreeMap<u16, String> {
    fn hex(token: &str) -> Option<Vec<u8>> {
        let digits = token.trim_start_matches('<').trim_end_matches('>');
        (0..digits.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(digits.get(i..i + 2)?, 16).ok())
            .collect()
    }
    fn code(token: &str) -> Option<u16> {
        let bytes = hex(token)?;
        Some(match bytes.as_slice() {
            [a, b] => u16::from_be_bytes([*a, *b]),
            [a] => u16::from(*a),
            _ => return None,
        })
    }
    fn text(bytes: &[u8]) -> String {
        let units: Vec<u16> = bytes
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    }
    let mut map = BTreeMap::new();
    let mut section = "";
    for line in cmap.lines() {
        let line = line.trim();
        if line.ends_with("beginbfchar") {
            section = "char";
            continue;
        }
        if line.ends_with("beginbfrange") {
            section = "range";
            continue;
        }
        if line.starts_with("end") {
            section = "";
            continue;
        }
        let tokens: Vec<&str> = line.split_whitespace().collect();
        match (section, tokens.as_slice()) {
            ("char", [from, to]) => {
                if let (Some(c), Some(t)) = (code(from), hex(to)) {
                    map.insert(c, text(&t));
                }
            }
            ("range", [lo, hi, to]) if to.starts_with('<') => {
                if let (Some(lo), Some(hi), Some(mut t)) = (code(lo), code(hi), hex(to)) {
                    for c in lo..=hi {
                        map.insert(c, text(&t));
                        if let Some(last) = t.last_mut() {
                            *last = last.wrapping_add(1);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    map
}

/// A CIDFont's `/W` array: `c [w1 w2 …]` and `c_first c_last w`.
fn parse_widths(w: &[Object]) -> BTreeMap<u16, f32> {
    let number = |o: &Object| {
        o.as_float()
            .ok()
            .or_else(|| o.as_i64().ok().map(|i| i as f32))
    };
    let mut out = BTreeMap::new();
    let mut i = 0;
    while i < w.len() {
        let Some(first) = number(&w[i]) else { break };
        let first = first as u32;
        if let Some(Object::Array(list)) = w.get(i + 1) {
            for (k, width) in list.iter().enumerate() {
                if let (Some(width), Ok(cid)) = (number(width), u16::try_from(first + k as u32)) {
                    out.insert(cid, width);
                }
            }
            i += 2;
        } else if let (Some(last), Some(width)) =
            (w.get(i + 1).and_then(number), w.get(i + 2).and_then(number))
        {
            for cid in first..=last as u32 {
                if let Ok(cid) = u16::try_from(cid) {
                    out.insert(cid, width);
                }
            }
            i += 3;
        } else {
            break;
        }
    }
    out
}

/// A PDF text string (`/ActualText`): UTF-16BE after its byte order mark, UTF-8 after
/// its own, or PDFDocEncoding (taken as Latin-1, which agrees with it on letters).
pub(super) fn text_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], *c.get(1).unwrap_or(&0)]))
            .collect();
        String::from_utf16_lossy(&units)
    } else if let Some(utf8) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        String::from_utf8_lossy(utf8).into_owned()
    } else {
        bytes.iter().map(|&b| char::from(b)).collect()
    }
}

/// One glyph drawn inside an `/ActualText` span: where its code is in the content.
struct Drawn {
    /// The operation, the string within it (for `TJ`), and the code's index in it.
    op: usize,
    part: Option<usize>,
    index: usize,
    font: ObjectId,
}

/// An `/ActualText` span being read: its text and the glyphs drawn in it.
struct Span {
    text: String,
    drawn: Vec<Drawn>,
}

/// Mends one content stream; says whether it changed.
fn mend_stream(
    doc: &mut Document,
    id: ObjectId,
    resources: &BTreeMap<Vec<u8>, ObjectId>,
    fonts: &mut BTreeMap<ObjectId, Option<Font>>,
) -> Result<bool, Unmended> {
    let data = match doc.get_object(id).and_then(Object::as_stream) {
        Ok(stream) => stream.decompressed_content()?,
        Err(_) => return Ok(false),
    };
    if !contains(&data, b"/ActualText") {
        return Ok(false);
    }
    let mut content = Content::decode(&data)?;
    // The marked-content stack: an `/ActualText` span, or another kind of mark.
    let mut marks: Vec<Option<Span>> = Vec::new();
    let mut font_stack: Vec<Option<ObjectId>> = Vec::new();
    let mut current: Option<ObjectId> = None;
    let mut spans: Vec<Span> = Vec::new();
    for (i, op) in content.operations.iter().enumerate() {
        match op.operator.as_str() {
            "q" => font_stack.push(current),
            "Q" => current = font_stack.pop().flatten(),
            "Tf" => {
                current = op
                    .operands
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .and_then(|n| resources.get(n).copied());
            }
            "BDC" => {
                let actual = op.operands.get(1).and_then(|p| match p {
                    Object::Dictionary(d) => {
                        d.get(b"ActualText").ok().and_then(|t| t.as_str().ok())
                    }
                    _ => None,
                });
                marks.push(actual.map(|t| Span {
                    text: text_string(t),
                    drawn: Vec::new(),
                }));
            }
            "BMC" => marks.push(None),
            "EMC" => {
                if let Some(Some(span)) = marks.pop() {
                    spans.push(span);
                }
            }
            "Tj" | "TJ" | "'" | "\"" => {
                let (Some(Some(span)), Some(font)) = (marks.last_mut(), current) else {
                    continue;
                };
                let mut push = |part: Option<usize>, bytes: &[u8]| {
                    for index in 0..bytes.len() / 2 {
                        span.drawn.push(Drawn {
                            op: i,
                            part,
                            index,
                            font,
                        });
                    }
                };
                match (op.operator.as_str(), op.operands.last()) {
                    ("TJ", Some(Object::Array(parts))) => {
                        for (k, p) in parts.iter().enumerate() {
                            if let Object::String(bytes, _) = p {
                                push(Some(k), bytes);
                            }
                        }
                    }
                    (_, Some(Object::String(bytes, _))) => push(None, bytes),
                    _ => {}
                }
            }
            _ => {}
        }
    }
    let mut changed = false;
    for span in spans {
        // The span's text, a character a glyph in reading order; the last glyph takes what
        // is left. Arabic script's glyphs are written left to right, so its reading order
        // is theirs reversed.
        let mut chars: Vec<char> = span.text.chars().collect();
        let n = span.drawn.len();
        if n == 0 {
            continue;
        }
        // A vowel drawn in two parts around its consonant (Bengali `ো`, Tamil `ொ`) is
        // three glyphs for two characters; its canonical decomposition (`ে` + `া`) has a
        // character for each, and reads the same. (pdf.js reads a glyph mapped to no text
        // as a stray letter.)
        if chars.len() < n {
            let nfd =
                icu_normalizer::DecomposingNormalizerBorrowed::new_nfd().normalize(&span.text);
            if nfd.chars().count() > chars.len() {
                chars = nfd.chars().collect();
            }
        }
        let rtl = chars.iter().any(|c| right_to_left(*c));
        for (k, drawn) in span.drawn.iter().enumerate() {
            let position = if rtl { n - 1 - k } else { k };
            let text: String = if position + 1 == n {
                chars.iter().skip(position).collect()
            } else {
                chars
                    .get(position)
                    .map(|c| c.to_string())
                    .unwrap_or_default()
            };
            let Some(font) = font(doc, fonts, drawn.font) else {
                continue;
            };
            let op = &mut content.operations[drawn.op];
            let Some(bytes) = code_bytes(op, drawn.part) else {
                continue;
            };
            let at = drawn.index * 2;
            let gid = u16::from_be_bytes([bytes[at], bytes[at + 1]]);
            if let Some(code) = font.code_for(gid, &text)
                && code != gid
            {
                bytes[at..at + 2].copy_from_slice(&code.to_be_bytes());
                changed = true;
            }
        }
    }
    // A span that says no more than its glyphs is left out, and a word's runs joined.
    let fonts_by_name: BTreeMap<Vec<u8>, &Font> = resources
        .iter()
        .filter_map(|(name, id)| Some((name.clone(), fonts.get(id)?.as_ref()?)))
        .collect();
    let lookup = |font: &[u8], code: u16| fonts_by_name.get(font)?.code_info(code);
    changed |= super::runs::drop_needless_spans(&mut content.operations, &lookup);
    changed |= super::runs::join(&mut content.operations, &lookup);
    changed |= super::runs::spaces_into_spans(&mut content.operations, &lookup);
    if changed {
        let encoded = content.encode()?;
        if let Ok(stream) = doc.get_object_mut(id).and_then(Object::as_stream_mut) {
            stream.set_plain_content(encoded);
            stream.compress()?;
        }
    }
    Ok(changed)
}

/// The bytes of a text operation's string (`part` of a `TJ` array).
fn code_bytes(op: &mut Operation, part: Option<usize>) -> Option<&mut Vec<u8>> {
    let last = op.operands.last_mut()?;
    let string = match (part, last) {
        (Some(k), Object::Array(parts)) => parts.get_mut(k)?,
        (None, other) => other,
        _ => return None,
    };
    match string {
        Object::String(bytes, _) => Some(bytes),
        _ => None,
    }
}

/// Whether a character is a letter of a right-to-left script (Arabic script, Hebrew).
fn right_to_left(c: char) -> bool {
    matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Writes a font's new codes: the CID-to-glyph map, their widths, the `CIDSet` and their
/// `/ToUnicode` entries.
fn write_font(doc: &mut Document, type0: ObjectId, font: &Font) -> Result<(), Unmended> {
    let count = font.next as usize;
    // CIDToGIDMap: two bytes a CID, the glyph it draws.
    let mut gids: Vec<u16> = (0..count).map(|c| c as u16).collect();
    for ((gid, _), cid) in &font.made {
        gids[usize::from(*cid)] = *gid;
    }
    let map: Vec<u8> = gids.iter().flat_map(|g| g.to_be_bytes()).collect();
    let mut map = Stream::new(Dictionary::new(), map);
    map.compress()?;
    let map_id = doc.add_object(map);
    // Widths of the new CIDs: their glyph's.
    let mut extra = Vec::new();
    let mut made: Vec<(&(u16, String), &u16)> = font.made.iter().collect();
    made.sort_by_key(|(_, cid)| **cid);
    for ((gid, _), cid) in &made {
        let width = font.widths.get(gid).copied().unwrap_or(0.0);
        extra.push(Object::Integer(i64::from(**cid)));
        extra.push(Object::Array(vec![Object::Real(width)]));
    }
    let cid_font = doc.get_dictionary_mut(font.cid_font)?;
    cid_font.set("CIDToGIDMap", Object::Reference(map_id));
    match cid_font.get_mut(b"W") {
        Ok(Object::Array(w)) => w.extend(extra),
        _ => cid_font.set("W", Object::Array(extra)),
    }
    let descriptor = cid_font
        .get(b"FontDescriptor")
        .and_then(Object::as_reference)?;
    // The CIDSet names every CID the font has (PDF/A; kept right for any validator).
    let cid_set = doc
        .get_dictionary(descriptor)?
        .get(b"CIDSet")
        .and_then(Object::as_reference)
        .ok();
    if let Some(cid_set) = cid_set {
        let mut bits = vec![0u8; count.div_ceil(8)];
        for cid in 0..count {
            bits[cid / 8] |= 0x80 >> (cid % 8);
        }
        let mut stream = Stream::new(Dictionary::new(), bits);
        stream.compress()?;
        *doc.get_object_mut(cid_set)? = Object::Stream(stream);
    }
    // ToUnicode: the new codes' entries, in blocks of at most 100, before `endcmap`.
    let to_unicode = doc
        .get_dictionary(type0)?
        .get(b"ToUnicode")?
        .as_reference()?;
    let stream = doc.get_object_mut(to_unicode)?.as_stream_mut()?;
    let cmap = String::from_utf8_lossy(&stream.decompressed_content()?).into_owned();
    let mut entries = String::new();
    for block in made.chunks(100) {
        entries.push_str(&format!("{} beginbfchar\n", block.len()));
        for ((_, text), cid) in block {
            let hex: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
            entries.push_str(&format!("<{:04X}> <{hex}>\n", cid));
        }
        entries.push_str("endbfchar\n");
    }
    let Some(end) = cmap.rfind("endcmap") else {
        return Err(Unmended("the ToUnicode map has no `endcmap`".to_owned()));
    };
    let cmap = format!("{}{entries}{}", &cmap[..end], &cmap[end..]);
    stream.set_plain_content(cmap.into_bytes());
    stream.compress()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cmaps_and_widths_are_read_in_both_forms() {
        let map = parse_cmap(
            "2 beginbfchar\n<0001> <0AB60ABE>\n<0002> <0041>\nendbfchar\n1 beginbfrange\n<0010> <0012> <0061>\nendbfrange\n",
        );
        assert_eq!(map[&1], "શા");
        assert_eq!(map[&2], "A");
        assert_eq!(map[&0x12], "c");
        let w = parse_widths(&[
            Object::Integer(0),
            Object::Integer(1),
            Object::Integer(600),
            Object::Integer(5),
            Object::Array(vec![Object::Integer(7), Object::Real(8.5)]),
        ]);
        assert_eq!(w[&1], 600.0);
        assert_eq!(w[&6], 8.5);
    }
}
