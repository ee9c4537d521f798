//! The IEP as one self-contained, accessible web page, for e-mail or a school's website:
//! `lang` and `dir` on the root and on every piece of text in another language, a title,
//! real headings, lists, description lists and tables with header cells, readable on a
//! phone and printable. Written from the same localized data as the PDF (the JSON the Typst
//! template reads), with every value escaped: user text is never markup.
//!
//! The entry point is [`iep`].

use serde_json::Value;

/// Escapes text for HTML content and attribute values.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key].as_str().unwrap_or_default()
}

/// A language tag from the data's `lang` and `region`.
fn tag(value: &Value) -> String {
    match value["region"].as_str() {
        Some(region) => format!("{}-{region}", str_of(value, "lang")),
        None => str_of(value, "lang").to_owned(),
    }
}

/// The page being written, with the document's own language to compare fields with.
struct Page {
    out: String,
    lang: String,
    dir: String,
}

impl Page {
    fn push(&mut self, html: &str) {
        self.out.push_str(html);
    }

    fn text(&mut self, text: &str) {
        self.out.push_str(&escape(text));
    }

    /// `lang` and `dir` attributes for a field, when they differ from the document's.
    fn field_attributes(&self, field: &Value) -> String {
        let (lang, dir) = (tag(field), str_of(field, "dir").to_owned());
        let mut attributes = String::new();
        if lang != self.lang {
            attributes.push_str(&format!(" lang=\"{}\"", escape(&lang)));
        }
        if dir != self.dir {
            attributes.push_str(&format!(" dir=\"{}\"", escape(&dir)));
        }
        attributes
    }

    /// A field inline, in its own language and direction.
    fn field(&mut self, field: &Value) {
        let attributes = self.field_attributes(field);
        if attributes.is_empty() {
            self.text(str_of(field, "text"));
        } else {
            self.push(&format!("<span{attributes}>"));
            self.text(str_of(field, "text"));
            self.push("</span>");
        }
        if let Some(source) = field.get("source").filter(|s| !s.is_null()) {
            self.push("<br>");
            let attributes = self.field_attributes(source);
            self.push(&format!("<span class=\"source\"{attributes}>"));
            self.text(str_of(source, "text"));
            self.push("</span>");
        }
    }

    /// A field as paragraphs (its text's blank lines separate them).
    fn field_paragraphs(&mut self, field: &Value) {
        let attributes = self.field_attributes(field);
        for paragraph in str_of(field, "text").split("\n\n") {
            self.push(&format!("<p{attributes}>"));
            self.text(paragraph.trim());
            self.push("</p>\n");
        }
        if let Some(source) = field.get("source").filter(|s| !s.is_null()) {
            let attributes = self.field_attributes(source);
            self.push(&format!("<p class=\"source\"{attributes}>"));
            self.text(str_of(source, "text"));
            self.push("</p>\n");
        }
    }

    /// Values: one is a paragraph, more are a list.
    fn values(&mut self, values: &Value) {
        let items = values.as_array().map(Vec::as_slice).unwrap_or_default();
        match items {
            [one] => self.field_paragraphs(one),
            many => {
                self.push("<ul>\n");
                for v in many {
                    self.push("<li>");
                    self.field(v);
                    self.push("</li>\n");
                }
                self.push("</ul>\n");
            }
        }
    }

    /// Labelled facts as a description list.
    fn facts(&mut self, facts: &Value) {
        let items = facts.as_array().map(Vec::as_slice).unwrap_or_default();
        if items.is_empty() {
            return;
        }
        self.push("<dl>\n");
        for fact in items {
            self.push("<dt>");
            self.text(str_of(fact, "label"));
            self.push("</dt>\n");
            for value in fact["values"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default()
            {
                self.push("<dd>");
                self.field(value);
                self.push("</dd>\n");
            }
        }
        self.push("</dl>\n");
    }

    fn heading(&mut self, level: u8, text: &str) {
        self.push(&format!("<h{level}>"));
        self.text(text);
        self.push(&format!("</h{level}>\n"));
    }

    fn paragraph(&mut self, text: &str) {
        self.push("<p>");
        self.text(text);
        self.push("</p>\n");
    }
}

/// The page's style: one column of readable width, the document's type size, room between
/// lines, tables that scroll on a narrow phone, and no colours that carry meaning.
fn style(data: &Value) -> String {
    let size = data["layout"]["body-size"].as_f64().unwrap_or(14.0);
    let fonts: Vec<String> = data["layout"]["fonts"]
        .as_array()
        .map(|f| {
            f.iter()
                .filter_map(Value::as_str)
                .map(|n| format!("\"{}\"", n.replace(['"', '\\', '<', '>'], "")))
                .collect()
        })
        .unwrap_or_default();
    format!(
        "body{{margin:0 auto;max-width:40em;padding:1em;font-family:{fonts},sans-serif;font-size:{size}pt;line-height:1.5;color:#000;background:#fff;overflow-wrap:break-word}}\
         h1{{font-size:1.6em}}h2{{font-size:1.3em;margin-top:1.6em}}h3{{font-size:1.1em}}\
         dt{{font-weight:bold;margin-top:.6em}}dd{{margin:0 0 .3em 0}}\
         .target{{border-inline-start:3px solid #444;padding-inline-start:.8em;font-weight:bold}}\
         .source{{color:#333}}.copy{{font-weight:bold}}\
         .table{{overflow-x:auto}}table{{border-collapse:collapse}}th,td{{border:1px solid #666;padding:.4em;text-align:start;vertical-align:top}}\
         footer{{margin-top:2em;border-top:1px solid #777;padding-top:.5em}}\
         @media print{{body{{max-width:none}}h2,h3{{break-after:avoid}}tr,dl{{break-inside:avoid}}}}",
        fonts = fonts.join(","),
    )
}

/// The IEP (the data [`crate::prepare`] made) as a web page.
pub fn iep(data: &Value) -> String {
    let lang = data["tag"].as_str().unwrap_or("en-GB").to_owned();
    let dir = str_of(data, "dir").to_owned();
    let label = |id: &str| data["labels"][id].as_str().unwrap_or_default().to_owned();
    let mut page = Page {
        out: String::new(),
        lang: lang.clone(),
        dir: dir.clone(),
    };
    page.push(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
        escape(&lang),
        escape(&dir)
    ));
    page.text(str_of(data, "title"));
    page.push(&format!(
        "</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
        style(data)
    ));
    page.heading(1, &label("iep-heading"));
    page.push("<p class=\"copy\">");
    page.text(&label("iep-copy"));
    page.push("</p>\n");

    page.heading(2, &label("iep-intro-heading"));
    for p in data["intro"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        page.paragraph(p.as_str().unwrap_or_default());
    }
    page.heading(2, &label("facts-heading"));
    page.facts(&data["facts"]);
    for section in data["profile"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        page.heading(2, str_of(section, "label"));
        page.values(&section["values"]);
    }

    page.heading(2, &label("targets-heading"));
    page.paragraph(str_of(data, "targets-intro"));
    for target in data["targets"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        page.heading(3, str_of(target, "heading"));
        page.push("<div class=\"target\">\n");
        page.field_paragraphs(&target["text"]);
        page.push("</div>\n");
        page.facts(&target["details"]);
    }
    for section in data["closing"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or_default()
    {
        page.heading(2, str_of(section, "label"));
        page.values(&section["values"]);
    }

    let review = &data["review"];
    if !review.is_null() {
        page.heading(2, &label("review-heading"));
        page.facts(&review["facts"]);
        let outcomes = review["outcomes"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default();
        if !outcomes.is_empty() {
            page.heading(3, &label("review-outcomes"));
            page.push("<div class=\"table\"><table>\n<thead><tr>");
            for id in [
                "review-col-target",
                "review-col-result",
                "review-col-comment",
            ] {
                page.push("<th scope=\"col\">");
                page.text(&label(id));
                page.push("</th>");
            }
            page.push("</tr></thead>\n<tbody>\n");
            for row in outcomes {
                page.push("<tr><th scope=\"row\">");
                page.text(str_of(row, "target"));
                page.push("</th><td>");
                page.text(str_of(row, "result"));
                page.push("</td><td>");
                if !row["comment"].is_null() {
                    page.field(&row["comment"]);
                }
                page.push("</td></tr>\n");
            }
            page.push("</tbody>\n</table></div>\n");
        }
        for section in review["sections"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            page.heading(3, str_of(section, "label"));
            page.values(&section["values"]);
        }
    }

    let contact = &data["contact"];
    page.heading(2, &label("contact-heading"));
    if let Some(senco) = contact["senco"].as_str() {
        page.paragraph(senco);
    }
    if !contact["school-phone"].is_null() {
        page.facts(&Value::Array(vec![contact["school-phone"].clone()]));
    }
    if !contact["service"].is_null() {
        page.paragraph(&label("support-intro"));
        page.push("<p><strong>");
        page.field(&contact["service"]);
        page.push("</strong></p>\n");
        page.facts(&contact["service-details"]);
    }
    page.push("</main>\n<footer>\n<p>");
    page.text(str_of(data, "school"));
    page.push("</p>\n</footer>\n</body>\n</html>\n");
    page.out
}
