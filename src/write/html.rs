//! A document (an IEP, a leaflet, a provision map) as one self-contained, accessible web
//! page, for e-mail or a school's website:
//! `lang` and `dir` on the root and on every piece of text in another language, a title,
//! real headings, lists, description lists and tables with header cells, readable on a
//! phone and printable. Written from the document's outline (`super::outline`), read from the
//! same localized data as the PDF, with every value escaped: user text is never markup.
//!
//! The entry point is [`page`].

use super::outline::{Block, Outline, Piece};
use crate::document::{Frame, Layout};
use crate::localize::{ENGLISH_BEGINS, ENGLISH_ENDS, ENGLISH_TAG};

/// Escapes text for HTML or XML (SSML) content and attribute values. Control characters,
/// which neither allows, become spaces; directional isolates (which set a message's
/// inserted values apart) and the marks around words in English are left out: a page's
/// text marks them with `<bdi>` and `lang` instead (see `Page::text`), as speech does
/// with a voice.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2066}'..='\u{2069}' | ENGLISH_BEGINS | ENGLISH_ENDS => {}
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// The page being written, with the document's own language to compare texts with.
struct Page {
    out: String,
    lang: String,
    dir: String,
    /// How many headings have been written: each gets an id, so that a table under it can
    /// be named by it.
    headings: usize,
}

impl Page {
    fn push(&mut self, html: &str) {
        self.out.push_str(html);
    }

    /// Text, escaped, with each value a message set apart by directional isolates in a
    /// `<bdi>` element: HTML's own isolation, which a browser's bidi and its accessibility
    /// tree both understand; and words in English inside a message in another language
    /// (a gloss, "(SEN Support)") in an element with `lang="en-GB"`. User text never holds
    /// these marks (isolates are refused when read, private-use characters are not drawn),
    /// so every one here comes from a message, in pairs; an unpaired one still leaves the
    /// elements balanced.
    fn text(&mut self, text: &str) {
        let mut open: Vec<&str> = Vec::new();
        let mut rest = text;
        let marks = |c: char| matches!(c, '\u{2066}'..='\u{2069}' | ENGLISH_BEGINS | ENGLISH_ENDS);
        while let Some(at) = rest.find(marks) {
            self.out.push_str(&escape(&rest[..at]));
            let mark = rest[at..].chars().next().unwrap_or_default();
            rest = &rest[at + mark.len_utf8()..];
            let (element, close) = match mark {
                '\u{2066}' => ("<bdi dir=\"ltr\">".to_owned(), "</bdi>"),
                '\u{2067}' => ("<bdi dir=\"rtl\">".to_owned(), "</bdi>"),
                '\u{2068}' => ("<bdi>".to_owned(), "</bdi>"),
                ENGLISH_BEGINS if self.lang == ENGLISH_TAG => continue,
                ENGLISH_BEGINS => (format!("<span lang=\"{ENGLISH_TAG}\">"), "</span>"),
                // The end of an isolate or of English words: the element it ends.
                _ => {
                    let ends = if mark == ENGLISH_ENDS {
                        "</span>"
                    } else {
                        "</bdi>"
                    };
                    if open.last() == Some(&ends) {
                        open.pop();
                        self.out.push_str(ends);
                    }
                    continue;
                }
            };
            open.push(close);
            self.out.push_str(&element);
        }
        self.out.push_str(&escape(rest));
        while let Some(close) = open.pop() {
            self.out.push_str(close);
        }
    }

    /// `lang` and `dir` attributes for a text, when they differ from the document's.
    fn attributes(&self, text: &Piece) -> String {
        let mut attributes = String::new();
        if text.lang != self.lang {
            attributes.push_str(&format!(" lang=\"{}\"", escape(&text.lang)));
        }
        if text.dir != self.dir {
            attributes.push_str(&format!(" dir=\"{}\"", escape(&text.dir)));
        }
        attributes
    }

    /// A text inline, in its own language and direction.
    fn inline(&mut self, text: &Piece) {
        let attributes = self.attributes(text);
        if attributes.is_empty() {
            self.text(&text.text);
        } else {
            self.push(&format!("<span{attributes}>"));
            self.text(&text.text);
            self.push("</span>");
        }
        if let Some(source) = &text.source {
            self.push("<br>");
            let attributes = self.attributes(source);
            self.push(&format!("<span class=\"source\"{attributes}>"));
            self.text(&source.text);
            self.push("</span>");
        }
    }

    /// A text as paragraphs.
    fn paragraphs(&mut self, text: &Piece) {
        let attributes = self.attributes(text);
        for paragraph in text.paragraphs() {
            self.push(&format!("<p{attributes}>"));
            self.text(paragraph);
            self.push("</p>\n");
        }
        if let Some(source) = &text.source {
            let attributes = self.attributes(source);
            self.push(&format!("<p class=\"source\"{attributes}>"));
            self.text(&source.text);
            self.push("</p>\n");
        }
    }

    fn block(&mut self, block: &Block) {
        match block {
            Block::Heading { level, text } => {
                self.headings += 1;
                self.push(&format!("<h{level} id=\"h{}\">", self.headings));
                self.text(text);
                self.push(&format!("</h{level}>\n"));
            }
            Block::Notice(text) => {
                self.push("<p class=\"copy\">");
                self.text(text);
                self.push("</p>\n");
            }
            Block::Paragraph(text) => {
                self.push("<p>");
                self.text(text);
                self.push("</p>\n");
            }
            Block::Field(text) => self.paragraphs(text),
            Block::Target(text) => {
                self.push("<div class=\"target\">\n");
                self.paragraphs(text);
                self.push("</div>\n");
            }
            Block::List(items) => {
                self.push("<ul>\n");
                for item in items {
                    self.push("<li>");
                    self.inline(item);
                    self.push("</li>\n");
                }
                self.push("</ul>\n");
            }
            Block::Facts(facts) => {
                self.push("<dl>\n");
                for fact in facts {
                    self.push("<dt>");
                    self.text(&fact.label);
                    self.push("</dt>\n");
                    for value in &fact.values {
                        self.push("<dd>");
                        self.inline(value);
                        self.push("</dd>\n");
                    }
                }
                self.push("</dl>\n");
            }
            Block::Strong(text) => {
                self.push("<p><strong>");
                self.inline(text);
                self.push("</strong></p>\n");
            }
            Block::Languages { heading, lines } => {
                self.push("<h2>");
                self.text(heading);
                self.push("</h2>\n");
                for (autonym, sentence) in lines {
                    let attributes = self.attributes(sentence);
                    self.push(&format!(
                        "<div class=\"language\"{attributes}>\n<p><strong>"
                    ));
                    self.text(autonym);
                    self.push("</strong></p>\n<p>");
                    self.text(&sentence.text);
                    self.push("</p>\n</div>\n");
                }
            }
            Block::Table { columns, rows } => {
                // A table wider than the screen scrolls sideways: its box takes the keyboard
                // focus (so it can be scrolled without a mouse) and is named by its heading.
                let named = if self.headings > 0 {
                    format!(" aria-labelledby=\"h{}\"", self.headings)
                } else {
                    String::new()
                };
                self.push(&format!(
                    "<div class=\"table\" role=\"region\" tabindex=\"0\"{named}><table>\n<thead><tr>"
                ));
                for column in columns {
                    self.push("<th scope=\"col\">");
                    self.text(column);
                    self.push("</th>");
                }
                self.push("</tr></thead>\n<tbody>\n");
                for row in rows {
                    self.push(if row.marked {
                        "<tr class=\"marked\"><th scope=\"row\">"
                    } else {
                        "<tr><th scope=\"row\">"
                    });
                    self.inline(&row.header);
                    self.push("</th>");
                    for cell in &row.cells {
                        self.push("<td>");
                        for (i, text) in cell.iter().enumerate() {
                            if i > 0 {
                                self.push("<br>");
                            }
                            self.inline(text);
                        }
                        self.push("</td>");
                    }
                    self.push("</tr>\n");
                }
                self.push("</tbody>\n</table></div>\n");
            }
        }
    }
}

/// The page's style: one column of readable width, the document's type size, room between
/// lines, tables that scroll on a narrow phone, and no colours that carry meaning.
fn style(layout: &Layout, width_em: u32) -> String {
    let size = layout.body_size;
    let fonts: Vec<String> = layout
        .fonts
        .iter()
        .map(|n| format!("\"{}\"", n.replace(['"', '\\', '<', '>'], "")))
        .collect();
    format!(
        "body{{margin:0 auto;max-width:{width_em}em;padding:1em;font-family:{fonts},sans-serif;font-size:{size}pt;line-height:1.5;color:#000;background:#fff;overflow-wrap:break-word}}\
         h1{{font-size:1.6em}}h2{{font-size:1.3em;margin-top:1.6em}}h3{{font-size:1.1em}}\
         dt{{font-weight:bold;margin-top:.6em}}dd{{margin:0 0 .3em 0}}\
         .target{{border-inline-start:3px solid #444;padding-inline-start:.8em;font-weight:bold}}\
         .source{{color:#333}}.copy{{font-weight:bold}}.marked{{font-weight:bold;background:#e6e6e6}}.language{{margin:1em 0}}.language p{{margin:.2em 0}}\
         .table{{overflow-x:auto}}table{{border-collapse:collapse}}th,td{{border:1px solid #666;padding:.4em;text-align:start;vertical-align:top}}\
         footer{{margin-top:2em;border-top:1px solid #777;padding-top:.5em}}\
         @media print{{body{{max-width:none}}h2,h3{{break-after:avoid}}tr,dl{{break-inside:avoid}}}}",
        fonts = fonts.join(","),
    )
}

/// An outline as a web page, styled by the document's layout (its type size and fonts).
pub fn page(outline: &Outline, frame: &Frame) -> String {
    // A line of text reads best at about 40 em; a table of many columns (the school's
    // provision map) gets more room on a wide screen, and scrolls sideways on a phone.
    let wide = outline
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Table { columns, .. } if columns.len() > 5));
    let width_em = if wide { 64 } else { 40 };
    let mut page = Page {
        out: String::new(),
        lang: outline.lang.clone(),
        dir: outline.dir.clone(),
        headings: 0,
    };
    page.push(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        escape(&outline.lang),
        escape(&outline.dir)
    ));
    page.push(&escape(&outline.title));
    page.push(&format!(
        "</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
        style(&frame.layout, width_em)
    ));
    for block in &outline.blocks {
        page.block(block);
    }
    page.push("</main>\n");
    if !outline.school.is_empty() {
        page.push("<footer>\n<p>");
        page.text(&outline.school);
        page.push("</p>\n</footer>\n");
    }
    page.push("</body>\n</html>\n");
    page.out
}
