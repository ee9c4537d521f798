//! Draws a left-to-right word in one text-showing operation where it can.
//!
//! krilla writes a word whose clusters need `/ActualText` in pieces: each span starts a
//! text run of its own, placed with `Tm`. Readers that rebuild words from the page treat a
//! new run a little to the right of where the last one ended as a word break: pdf.js reads
//! `પ્રગ તિ` for `પ્રગતિ` (mozilla/pdf.js#21890: the same glyphs in one `TJ` read right).
//! The runs of one word on one baseline in one font now follow on from each other: each
//! run's `Tm` is replaced by an adjustment at the start of its `TJ`, so the text position
//! runs on through the word. The spans stay (pdftotext and PDFium read the clusters from
//! them), and every glyph stays exactly where it was.

use lopdf::Object;
use lopdf::content::Operation;

/// What a font says about one of its codes: its width (thousandths of an em) and text.
pub type Lookup<'a> = dyn Fn(&[u8], u16) -> Option<(f32, String)> + 'a;

/// One piece of a text object: its `/ActualText` span (if any), and the run it draws.
struct Piece {
    /// The operation that opens its span, and the span's number in the text object.
    span: Option<(Operation, usize)>,
    render: Option<Object>,
    font: Vec<u8>,
    size: f32,
    /// `Tm`'s operands.
    matrix: [f32; 6],
    /// The run's strings and adjustments, as a `TJ` array's.
    show: Vec<Object>,
}

/// Joins the runs of every text object (`BT` … `ET`) in `operations` where it can; returns
/// whether any changed.
pub fn join(operations: &mut Vec<Operation>, lookup: &Lookup) -> bool {
    let mut out = Vec::with_capacity(operations.len());
    let mut changed = false;
    let mut i = 0;
    while i < operations.len() {
        if operations[i].operator != "BT" {
            out.push(operations[i].clone());
            i += 1;
            continue;
        }
        let Some(end) = operations[i..].iter().position(|op| op.operator == "ET") else {
            out.extend(operations[i..].iter().cloned());
            break;
        };
        let block = &operations[i + 1..i + end];
        match pieces(block).and_then(|pieces| joined(pieces, lookup)) {
            Some(ops) => {
                out.push(operations[i].clone());
                out.extend(ops);
                out.push(operations[i + end].clone());
                changed = true;
            }
            None => out.extend(operations[i..=i + end].iter().cloned()),
        }
        i += end + 1;
    }
    if changed {
        *operations = out;
    }
    changed
}

fn number(o: &Object) -> Option<f32> {
    o.as_float()
        .ok()
        .or_else(|| o.as_i64().ok().map(|i| i as f32))
}

/// A text object's pieces, when it is made only of what krilla writes for a run of text:
/// `/ActualText` spans, `Tr`, `Tf`, `Tm` and a `Tj` or `TJ` each.
fn pieces(block: &[Operation]) -> Option<Vec<Piece>> {
    let mut pieces = Vec::new();
    let mut span: Option<(Operation, usize)> = None;
    let mut spans = 0;
    let mut open = false;
    let (mut render, mut font, mut size, mut matrix) = (None, Vec::new(), 0.0, None);
    for op in block {
        match op.operator.as_str() {
            "BDC" if !open => {
                op.operands
                    .get(1)
                    .and_then(|p| p.as_dict().ok())
                    .and_then(|d| d.get(b"ActualText").ok())?;
                spans += 1;
                span = Some((op.clone(), spans));
                open = true;
            }
            "EMC" if open => {
                open = false;
                span = None;
            }
            "Tr" => render = op.operands.first().cloned(),
            "Tf" => {
                font = op.operands.first()?.as_name().ok()?.to_vec();
                size = number(op.operands.get(1)?)?;
            }
            "Tm" => {
                let mut m = [0.0; 6];
                for (slot, o) in m.iter_mut().zip(&op.operands) {
                    *slot = number(o)?;
                }
                matrix = (op.operands.len() == 6).then_some(m);
            }
            "Tj" | "TJ" => {
                let show = match op.operands.first()? {
                    Object::Array(parts) => parts.clone(),
                    s @ Object::String(..) => vec![s.clone()],
                    _ => return None,
                };
                // One run a span: a second would need its own place.
                let number = span.as_ref().map(|(_, n)| *n);
                if number.is_some()
                    && pieces
                        .last()
                        .is_some_and(|p: &Piece| p.span.as_ref().map(|(_, n)| *n) == number)
                {
                    return None;
                }
                pieces.push(Piece {
                    span: span.clone(),
                    render: render.clone(),
                    font: font.clone(),
                    size,
                    matrix: matrix.take()?,
                    show,
                });
            }
            _ => return None,
        }
    }
    (!open && pieces.len() > 1).then_some(pieces)
}

/// The text object's operations with its runs following on, or `None` when they cannot.
fn joined(pieces: Vec<Piece>, lookup: &Lookup) -> Option<Vec<Operation>> {
    // One font, size, way of drawing and baseline, with no turn or scale of its own.
    let first = &pieces[0];
    let same = pieces.iter().all(|p| {
        p.font == first.font
            && p.size == first.size
            && p.render == first.render
            && p.matrix[..4] == first.matrix[..4]
            && (p.matrix[5] - first.matrix[5]).abs() < 1e-4
    });
    if !same || first.size <= 0.0 || first.matrix[..4] != [1.0, 0.0, 0.0, -1.0] {
        return None;
    }
    let mut ops = Vec::new();
    if let Some(render) = &first.render {
        ops.push(Operation::new("Tr", vec![render.clone()]));
    }
    ops.push(Operation::new(
        "Tf",
        vec![Object::Name(first.font.clone()), Object::Real(first.size)],
    ));
    ops.push(Operation::new(
        "Tm",
        first.matrix.iter().map(|v| Object::Real(*v)).collect(),
    ));
    let mut pen = first.matrix[4];
    for (k, piece) in pieces.iter().enumerate() {
        let mut show: Vec<Object> = Vec::with_capacity(piece.show.len() + 1);
        if k > 0 {
            // The move to this run's start, in thousandths of an em, leftwards positive.
            let gap = (piece.matrix[4] - pen) * 1000.0 / first.size;
            if gap.abs() > 1e-3 {
                show.push(Object::Real(-gap));
            }
            pen = piece.matrix[4];
        }
        for part in &piece.show {
            match part {
                Object::String(bytes, _) => {
                    for code in bytes.chunks(2) {
                        let code = u16::from_be_bytes([code[0], *code.get(1).unwrap_or(&0)]);
                        pen += lookup(&piece.font, code)?.0 / 1000.0 * first.size;
                    }
                }
                other => pen -= number(other)? / 1000.0 * first.size,
            }
            show.push(part.clone());
        }
        if let Some((span, _)) = &piece.span {
            ops.push(span.clone());
        }
        ops.push(Operation::new("TJ", vec![Object::Array(show)]));
        if piece.span.is_some() {
            ops.push(Operation::new("EMC", vec![]));
        }
    }
    Some(ops)
}

/// Takes the word space that follows an `/ActualText` span into the span, as its last glyph
/// and the last character of its text; returns whether any was.
///
/// PDFium makes no character of a space glyph: it guesses word gaps from the distance
/// between glyphs, and after a vowel sign with no advance (Gujarati `મેળવે`) it measures
/// none, so two words read as one (`મેળવેછે`). It does read a span's `/ActualText`, space
/// and all. Only a space drawn in the same run, straight after the span (see
/// [`super::spaces`]), is taken: the glyphs are drawn where they were.
pub fn spaces_into_spans(operations: &mut Vec<Operation>, lookup: &Lookup) -> bool {
    let mut changed = false;
    let mut font: Vec<u8> = Vec::new();
    let mut i = 0;
    while i < operations.len() {
        if operations[i].operator == "Tf"
            && let Some(name) = operations[i]
                .operands
                .first()
                .and_then(|n| n.as_name().ok())
        {
            font = name.to_vec();
        }
        // A span: BDC, its TJ, EMC, then the next TJ of the run.
        let is_span = operations[i].operator == "BDC"
            && operations[i]
                .operands
                .get(1)
                .and_then(|p| p.as_dict().ok())
                .is_some_and(|d| d.has(b"ActualText"));
        if !(is_span
            && i + 3 < operations.len()
            && operations[i + 1].operator == "TJ"
            && operations[i + 2].operator == "EMC"
            && operations[i + 3].operator == "TJ")
        {
            i += 1;
            continue;
        }
        let Some(Object::Array(next)) = operations[i + 3].operands.first() else {
            i += 1;
            continue;
        };
        // The next run's leading adjustment, then its first glyph: a space.
        let lead = usize::from(next.first().is_some_and(|o| number(o).is_some()));
        let first_code = match next.get(lead) {
            Some(Object::String(bytes, _)) if bytes.len() >= 2 => {
                u16::from_be_bytes([bytes[0], bytes[1]])
            }
            _ => {
                i += 1;
                continue;
            }
        };
        if lookup(&font, first_code).map(|(_, t)| t) != Some(" ".to_owned()) {
            i += 1;
            continue;
        }
        let mut next = next.clone();
        let mut moved: Vec<Object> = next.drain(..lead).collect();
        if let Some(Object::String(bytes, format)) = next.first_mut() {
            let space: Vec<u8> = bytes.drain(..2).collect();
            moved.push(Object::String(space, *format));
            if bytes.is_empty() {
                next.remove(0);
            }
        }
        if let Some(Object::Array(span)) = operations[i + 1].operands.first_mut() {
            span.extend(moved);
        }
        if let Some(Object::Dictionary(props)) = operations[i].operands.get_mut(1)
            && let Ok(text) = props.get(b"ActualText").and_then(|t| t.as_str())
        {
            let mut text = super::text_layer::text_string(text);
            text.push(' ');
            let mut bytes = vec![0xFE, 0xFF];
            bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
            props.set(
                "ActualText",
                Object::String(bytes, lopdf::StringFormat::Hexadecimal),
            );
        }
        if next.is_empty() {
            operations.remove(i + 3);
        } else {
            operations[i + 3].operands = vec![Object::Array(next)];
        }
        changed = true;
        i += 3;
    }
    changed
}

/// Takes out the `/ActualText` spans that say no more than their glyphs: a left-to-right
/// cluster whose glyphs, each with an advance, read as its text (canonically) in the order
/// drawn. Returns whether any was.
///
/// MuPDF hands a span's text out one character a glyph and breaks the line after a vowel
/// drawn in two parts (`ফো` / `ন`); without the span it reads the glyphs' own text, which
/// is the same. A span over a glyph with no advance (a vowel sign above or below) stays:
/// pdftotext reads such a cluster right only through it.
pub fn drop_needless_spans(operations: &mut Vec<Operation>, lookup: &Lookup) -> bool {
    use icu_normalizer::ComposingNormalizerBorrowed;
    let nfc = ComposingNormalizerBorrowed::new_nfc();
    let mut font: Vec<u8> = Vec::new();
    let mut keep = vec![true; operations.len()];
    let mut i = 0;
    while i < operations.len() {
        let op = &operations[i];
        if op.operator == "Tf"
            && let Some(name) = op.operands.first().and_then(|n| n.as_name().ok())
        {
            font = name.to_vec();
        }
        let actual = (op.operator == "BDC")
            .then(|| op.operands.get(1).and_then(|p| p.as_dict().ok()))
            .flatten()
            .and_then(|d| d.get(b"ActualText").ok())
            .and_then(|t| t.as_str().ok())
            .map(super::text_layer::text_string);
        let Some(actual) = actual else {
            i += 1;
            continue;
        };
        // The span's operations, up to its EMC: text state and text only.
        let Some(len) = operations[i + 1..].iter().position(|o| o.operator == "EMC") else {
            break;
        };
        let inner = &operations[i + 1..i + 1 + len];
        let mut span_font = font.clone();
        let mut text = String::new();
        let mut plain = true;
        for o in inner {
            match o.operator.as_str() {
                "Tr" | "Tm" => {}
                "Tf" => {
                    if let Some(name) = o.operands.first().and_then(|n| n.as_name().ok()) {
                        span_font = name.to_vec();
                    }
                }
                "TJ" | "Tj" => {
                    let parts: Vec<&Object> = match o.operands.first() {
                        Some(Object::Array(parts)) => parts.iter().collect(),
                        Some(s) => vec![s],
                        None => vec![],
                    };
                    for part in parts {
                        let Object::String(bytes, _) = part else {
                            continue;
                        };
                        for code in bytes.chunks(2) {
                            let code = u16::from_be_bytes([code[0], *code.get(1).unwrap_or(&0)]);
                            match lookup(&span_font, code) {
                                Some((width, t)) if width > 0.0 => text.push_str(&t),
                                _ => plain = false,
                            }
                        }
                    }
                }
                _ => plain = false,
            }
        }
        let ltr = !actual.chars().any(|c| {
            matches!(
                unicode_bidi::bidi_class(c),
                unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
            )
        });
        if plain && ltr && !text.is_empty() && nfc.normalize(&text) == nfc.normalize(&actual) {
            keep[i] = false;
            keep[i + 1 + len] = false;
        }
        font = span_font;
        i += len + 2;
    }
    if keep.iter().all(|k| *k) {
        return false;
    }
    let mut k = keep.into_iter();
    operations.retain(|_| k.next().unwrap_or(true));
    true
}
