//! Where a page draws its text: each text-showing operation's size, its start and end on the
//! page (from the font's glyph widths), and whether it draws `.notdef`.

use std::collections::{BTreeMap, HashMap};

use lopdf::content::Content;
use lopdf::{Document, Object, ObjectId};

use super::{dict, resolve};

/// Text further than this outside the page's box, in points, is off the page (a glyph's
/// side bearing can reach a little past its box).
const TOLERANCE: f64 = 1.0;

/// The most glyph widths kept for a font (a font has at most 65,536 glyphs).
const MAX_GLYPHS: usize = 65_536;

/// What a page's text does.
#[derive(Debug, Default)]
pub(super) struct PageText {
    /// The smallest text drawn, in points, as it appears on the page.
    pub smallest: Option<f64>,
    /// Whether some text draws `.notdef` (code 0 in an `Identity-H` font).
    pub notdef: bool,
    /// How many text-showing operations draw something.
    pub shown: usize,
    /// Where the first text outside the page starts and ends, in points from the page's
    /// lower left corner.
    pub outside: Option<[f64; 4]>,
}

/// Glyph widths of one font, in thousandths of the font size.
pub(super) struct Widths {
    /// Whether codes are two bytes (a composite font) rather than one.
    two_bytes: bool,
    by_code: HashMap<u32, f64>,
    default: f64,
}

impl Widths {
    fn of(doc: &Document, font: ObjectId) -> Widths {
        let Ok(font) = doc.get_dictionary(font) else {
            return Widths::unknown();
        };
        let subtype = font
            .get(b"Subtype")
            .and_then(Object::as_name)
            .unwrap_or(b"");
        if subtype == b"Type0" {
            let descendant = font
                .get(b"DescendantFonts")
                .ok()
                .map(|o| resolve(doc, o))
                .and_then(|o| o.as_array().ok())
                .and_then(|a| dict(doc, a.first()));
            let mut widths = Widths {
                two_bytes: true,
                by_code: HashMap::new(),
                default: 1000.0,
            };
            let Some(descendant) = descendant else {
                return widths;
            };
            if let Some(dw) = descendant.get(b"DW").ok().and_then(number) {
                widths.default = dw;
            }
            let w = descendant
                .get(b"W")
                .ok()
                .map(|o| resolve(doc, o))
                .and_then(|o| o.as_array().ok());
            // [first [w w …]] or [first last w], repeated; a font has at most 65,536
            // glyphs, so no more widths than that are kept, however the array is written.
            let items: Vec<&Object> = w.map(|w| w.iter().collect()).unwrap_or_default();
            let mut i = 0;
            while i < items.len() && widths.by_code.len() < MAX_GLYPHS {
                let Some(first) = number(items[i]) else { break };
                let first = first as u32;
                match items.get(i + 1).map(|o| resolve(doc, o)) {
                    Some(Object::Array(list)) => {
                        let room = MAX_GLYPHS - widths.by_code.len();
                        for (k, width) in list.iter().enumerate().take(room) {
                            if let Some(width) = number(width) {
                                widths.by_code.insert(first.saturating_add(k as u32), width);
                            }
                        }
                        i += 2;
                    }
                    Some(last) => {
                        let (Some(last), Some(width)) =
                            (number(last), items.get(i + 2).and_then(|o| number(o)))
                        else {
                            break;
                        };
                        let room = (MAX_GLYPHS - widths.by_code.len()) as u32;
                        for code in first..=(last as u32).min(first.saturating_add(room)) {
                            widths.by_code.insert(code, width);
                        }
                        i += 3;
                    }
                    None => break,
                }
            }
            widths
        } else {
            let first = font.get(b"FirstChar").ok().and_then(number).unwrap_or(0.0) as u32;
            let list = font
                .get(b"Widths")
                .ok()
                .map(|o| resolve(doc, o))
                .and_then(|o| o.as_array().ok());
            let mut widths = Widths {
                two_bytes: false,
                by_code: HashMap::new(),
                default: 0.0,
            };
            for (k, width) in list.into_iter().flatten().enumerate().take(256) {
                if let Some(width) = number(width) {
                    widths.by_code.insert(first.saturating_add(k as u32), width);
                }
            }
            widths
        }
    }

    /// A font whose widths are not known: its text is placed by where it starts.
    fn unknown() -> Widths {
        Widths {
            two_bytes: false,
            by_code: HashMap::new(),
            default: 0.0,
        }
    }

    /// The width of a string in thousandths of the font size, and how many glyphs it has.
    fn of_string(&self, bytes: &[u8]) -> (f64, usize) {
        let codes: Vec<u32> = if self.two_bytes {
            bytes
                .chunks(2)
                .map(|pair| pair.iter().fold(0u32, |code, b| code << 8 | u32::from(*b)))
                .collect()
        } else {
            bytes.iter().map(|b| u32::from(*b)).collect()
        };
        let width = codes
            .iter()
            .map(|code| self.by_code.get(code).copied().unwrap_or(self.default))
            .sum();
        (width, codes.len())
    }
}

fn number(object: &Object) -> Option<f64> {
    match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(r) => Some(f64::from(*r)),
        _ => None,
    }
}

/// Multiplies two matrices `[a b c d e f]` as PDF writes them.
pub(super) fn multiply(a: &[f64], b: &[f64; 6]) -> [f64; 6] {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn apply(m: &[f64; 6], x: f64, y: f64) -> (f64, f64) {
    (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])
}

/// The page's box (its crop box, else its media box, inherited from its parents), as
/// `[x0 y0 x1 y1]`.
pub(super) fn page_box(doc: &Document, page: ObjectId) -> Option<[f64; 4]> {
    let mut node = doc.get_dictionary(page).ok();
    let mut found = None;
    // A page tree is a few levels deep; a parent that leads back to itself stops here.
    for _ in 0..64 {
        let Some(here) = node else { break };
        for key in [b"CropBox".as_slice(), b"MediaBox"] {
            let values = here
                .get(key)
                .ok()
                .map(|o| resolve(doc, o))
                .and_then(|o| o.as_array().ok())
                .map(|a| a.iter().filter_map(number).collect::<Vec<_>>());
            if let Some(v) = values.filter(|v| v.len() == 4) {
                found = Some([
                    v[0].min(v[2]),
                    v[1].min(v[3]),
                    v[0].max(v[2]),
                    v[1].max(v[3]),
                ]);
                break;
            }
        }
        if found.is_some() {
            break;
        }
        node = dict(doc, here.get(b"Parent").ok());
    }
    found
}

/// Reads a page's content: `fonts` are the page's fonts by resource name, `identity` the
/// composite fonts whose code 0 is `.notdef`, `widths` a cache shared by the pages.
pub(super) fn read(
    doc: &Document,
    content: &Content,
    fonts: &BTreeMap<Vec<u8>, ObjectId>,
    identity: &[ObjectId],
    page: Option<[f64; 4]>,
    cache: &mut HashMap<ObjectId, Widths>,
) -> PageText {
    let mut out = PageText::default();
    const IDENTITY: [f64; 6] = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];
    let mut ctm = vec![IDENTITY];
    let (mut tm, mut line) = (IDENTITY, IDENTITY);
    let (mut size, mut font, mut leading) = (0.0, None, 0.0);
    for op in &content.operations {
        let nums: Vec<f64> = op.operands.iter().filter_map(number).collect();
        match op.operator.as_str() {
            "q" => ctm.push(*ctm.last().expect("never empty")),
            "Q" if ctm.len() > 1 => {
                ctm.pop();
            }
            "cm" if nums.len() == 6 => {
                let top = ctm.last_mut().expect("never empty");
                *top = multiply(&nums, top);
            }
            "BT" => (tm, line) = (IDENTITY, IDENTITY),
            "Tm" if nums.len() == 6 => {
                tm = [nums[0], nums[1], nums[2], nums[3], nums[4], nums[5]];
                line = tm;
            }
            "Td" | "TD" if nums.len() == 2 => {
                if op.operator == "TD" {
                    leading = -nums[1];
                }
                line = multiply(&[1.0, 0.0, 0.0, 1.0, nums[0], nums[1]], &line);
                tm = line;
            }
            "TL" if nums.len() == 1 => leading = nums[0],
            "T*" => {
                line = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &line);
                tm = line;
            }
            "Tf" => {
                size = nums.first().copied().unwrap_or(0.0);
                font = op
                    .operands
                    .first()
                    .and_then(|o| o.as_name().ok())
                    .and_then(|n| fonts.get(n).copied());
            }
            "Tj" | "TJ" | "'" | "\"" => {
                if op.operator != "Tj" && op.operator != "TJ" {
                    line = multiply(&[1.0, 0.0, 0.0, 1.0, 0.0, -leading], &line);
                    tm = line;
                }
                let widths = match font {
                    Some(id) => &*cache.entry(id).or_insert_with(|| Widths::of(doc, id)),
                    None => &Widths::unknown(),
                };
                // The advance in thousandths of the font size, and the glyphs drawn.
                let (mut advance, mut glyphs) = (0.0, 0);
                let mut notdef = false;
                for operand in &op.operands {
                    match operand {
                        Object::String(bytes, _) => {
                            let (w, n) = widths.of_string(bytes);
                            advance += w;
                            glyphs += n;
                            notdef |= widths.two_bytes && bytes.chunks(2).any(|p| p == [0, 0]);
                        }
                        Object::Array(items) => {
                            for item in items {
                                match item {
                                    Object::String(bytes, _) => {
                                        let (w, n) = widths.of_string(bytes);
                                        advance += w;
                                        glyphs += n;
                                        notdef |= widths.two_bytes
                                            && bytes.chunks(2).any(|p| p == [0, 0]);
                                    }
                                    other => advance -= number(other).unwrap_or(0.0),
                                }
                            }
                        }
                        _ => {}
                    }
                }
                let m = multiply(&tm, ctm.last().expect("never empty"));
                let effective = size * (m[0] * m[3] - m[1] * m[2]).abs().sqrt();
                if glyphs > 0 {
                    out.shown += 1;
                    if effective > 0.0 && out.smallest.is_none_or(|s| effective < s) {
                        out.smallest = Some(effective);
                    }
                }
                if notdef && font.is_some_and(|f| identity.contains(&f)) {
                    out.notdef = true;
                }
                let width = advance / 1000.0 * size;
                let (x0, y0) = apply(&m, 0.0, 0.0);
                let (x1, y1) = apply(&m, width, 0.0);
                if let Some([left, bottom, right, top]) = page
                    && glyphs > 0
                    && out.outside.is_none()
                {
                    let off = |x: f64, y: f64| {
                        x < left - TOLERANCE
                            || x > right + TOLERANCE
                            || y < bottom - TOLERANCE
                            || y > top + TOLERANCE
                    };
                    if off(x0, y0) || off(x1, y1) {
                        out.outside = Some([x0 - left, y0 - bottom, x1 - left, y1 - bottom]);
                    }
                }
                tm = multiply(&[1.0, 0.0, 0.0, 1.0, width, 0.0], &tm);
            }
            _ => {}
        }
    }
    out
}
