//! A document (an IEP, a leaflet, a provision map) as an outline of blocks (headings,
//! paragraphs, lists, labelled facts and tables), read from the same localized data its
//! Typst template reads. The formats that are not
//! laid out by Typst are written from it: the web page ([`crate::html`]), braille
//! ([`crate::braille`]) and audio ([`crate::audio`]), so that all three say the same things
//! in the same order as the PDF.
//!
//! The entry points are [`iep`], [`leaflet`] and [`provision_map`].

use serde_json::Value;

/// A piece of text in its own language and direction, perhaps with the school's original
/// under it (a bilingual copy).
#[derive(Debug, Clone, PartialEq)]
pub struct Text {
    pub text: String,
    /// A BCP 47 tag, such as `pl` or `en-GB`.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// The school's original, when the copy shows it beside the translation.
    pub source: Option<Box<Text>>,
    /// Where the words come from (`plan.about`, `school.parent_support.name`), or nothing
    /// for iepress's own words.
    pub field: String,
}

impl Text {
    /// Text in the document's own language.
    fn plain(text: &str, outline: &Outline) -> Text {
        Text {
            text: text.to_owned(),
            lang: outline.lang.clone(),
            dir: outline.dir.clone(),
            source: None,
            field: String::new(),
        }
    }

    /// A field of the data: `{text, lang, script, region, dir, field, source}`.
    fn field(value: &Value) -> Text {
        Text {
            text: str_of(value, "text").to_owned(),
            lang: tag(value),
            dir: str_of(value, "dir").to_owned(),
            source: value
                .get("source")
                .filter(|s| !s.is_null())
                .map(|s| Box::new(Text::field(s))),
            field: str_of(value, "field").to_owned(),
        }
    }

    /// The paragraphs of the text (blank lines separate them).
    pub fn paragraphs(&self) -> impl Iterator<Item = &str> {
        self.text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
    }
}

/// A label and its values, such as "Year group: Year 4".
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub label: String,
    pub values: Vec<Text>,
}

/// One row of a table: a header cell that names the row, then data cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub header: Text,
    pub cells: Vec<Option<Text>>,
    /// Set apart from the other rows (a parent's own child's support), besides saying so
    /// in a cell.
    pub marked: bool,
}

/// One block of the document, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading; level 1 is the document's title heading.
    Heading { level: u8, text: String },
    /// A notice that stands out (the "your copy" line).
    Notice(String),
    /// A paragraph in the document's language.
    Paragraph(String),
    /// A field as one or more paragraphs, in its own language.
    Field(Text),
    /// A target: a field set apart from the text around it.
    Target(Text),
    /// Several values as a list.
    List(Vec<Text>),
    /// Labelled facts.
    Facts(Vec<Fact>),
    /// A name that stands out (the support service).
    Strong(Text),
    /// A table with column headers and rows that each start with a header cell.
    Table {
        columns: Vec<String>,
        rows: Vec<Row>,
    },
    /// The panel of languages a leaflet ends with: a heading, then each language by its
    /// own name with one sentence in it. It points a reader of print to the other
    /// languages; braille and audio, made in one language on request, leave it out.
    Languages {
        heading: String,
        lines: Vec<(String, Text)>,
    },
}

/// The document: its language, direction, title and blocks.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// The document's BCP 47 tag.
    pub lang: String,
    pub dir: String,
    pub title: String,
    pub school: String,
    pub blocks: Vec<Block>,
}

fn str_of<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key].as_str().unwrap_or_default()
}

/// A document's label by message id (`labels` in its data).
fn label(data: &Value, id: &str) -> String {
    data["labels"][id].as_str().unwrap_or_default().to_owned()
}

fn items(value: &Value) -> &[Value] {
    value.as_array().map(Vec::as_slice).unwrap_or_default()
}

/// A language tag from the data's `lang`, `script` and `region`.
fn tag(value: &Value) -> String {
    let mut tag = str_of(value, "lang").to_owned();
    for part in ["script", "region"] {
        if let Some(subtag) = value[part].as_str() {
            tag.push('-');
            tag.push_str(subtag);
        }
    }
    tag
}

impl Outline {
    /// An empty outline with the document's language, direction, title and school, from
    /// the frame every document's data has.
    fn new(data: &Value) -> Outline {
        Outline {
            lang: data["tag"].as_str().unwrap_or("en-GB").to_owned(),
            dir: str_of(data, "dir").to_owned(),
            title: str_of(data, "title").to_owned(),
            school: str_of(data, "school").to_owned(),
            blocks: Vec::new(),
        }
    }

    fn push(&mut self, block: Block) {
        self.blocks.push(block);
    }

    fn heading(&mut self, level: u8, text: &str) {
        self.push(Block::Heading {
            level,
            text: text.to_owned(),
        });
    }

    /// A paragraph for each string of an array.
    fn paragraphs(&mut self, strings: &Value) {
        for p in items(strings) {
            self.push(Block::Paragraph(p.as_str().unwrap_or_default().to_owned()));
        }
    }

    /// An array of strings in the document's language as a list; nothing for an empty
    /// array.
    fn list(&mut self, strings: &Value) {
        let texts: Vec<Text> = items(strings)
            .iter()
            .map(|t| Text::plain(t.as_str().unwrap_or_default(), self))
            .collect();
        if !texts.is_empty() {
            self.push(Block::List(texts));
        }
    }

    /// Values: one is a field of paragraphs, more are a list.
    fn values(&mut self, values: &Value) {
        match items(values) {
            [one] => self.push(Block::Field(Text::field(one))),
            many => self.push(Block::List(many.iter().map(Text::field).collect())),
        }
    }

    fn facts(&mut self, facts: &Value) {
        let facts: Vec<Fact> = items(facts)
            .iter()
            .map(|fact| Fact {
                label: str_of(fact, "label").to_owned(),
                values: items(&fact["values"]).iter().map(Text::field).collect(),
            })
            .collect();
        if !facts.is_empty() {
            self.push(Block::Facts(facts));
        }
    }

    /// Sections of `{label, values}`, each under a heading of `level`.
    fn sections(&mut self, level: u8, sections: &Value) {
        for section in items(sections) {
            self.heading(level, str_of(section, "label"));
            self.values(&section["values"]);
        }
    }
}

/// A column of a provision map's table: its label's message id, the key of its cells in a
/// row of the data, and whether a cell is a field (the school's words, in their own
/// language) or text in the document's language.
type Column = (&'static str, &'static str, bool);

/// The school's map: every column after the support's name.
const SCHOOL_COLUMNS: &[Column] = &[
    ("provision-col-staff", "staff", true),
    ("provision-col-group", "group", false),
    ("provision-col-often", "often", false),
    ("provision-col-weeks", "weeks", false),
    ("provision-col-measure", "measure", true),
    ("provision-col-cost", "cost", false),
    ("provision-col-per-pupil", "per-pupil", false),
    ("provision-col-pupils", "pupils", false),
];

/// A parent's copy: no costs and no other pupils.
const PARENT_COLUMNS: &[Column] = &[
    ("provision-col-staff", "staff", true),
    ("provision-col-often", "often", false),
    ("provision-col-weeks", "weeks", false),
];

/// The impact of each piece of support.
const IMPACT_COLUMNS: &[Column] = &[
    ("provision-col-pupils", "pupils", false),
    ("provision-col-entry", "entry", false),
    ("provision-col-exit", "exit", false),
    ("provision-col-gain", "gain", false),
    ("provision-col-per-point", "per-point", false),
];

impl Outline {
    /// A provision map's table: each row named by its support (`name`), then a cell for
    /// each column.
    fn table(&self, data: &Value, rows: &Value, columns: &[Column]) -> Block {
        Block::Table {
            columns: std::iter::once("provision-col-support")
                .chain(columns.iter().map(|(id, _, _)| *id))
                .map(|id| label(data, id))
                .collect(),
            rows: items(rows)
                .iter()
                .map(|row| Row {
                    header: Text::field(&row["name"]),
                    cells: columns
                        .iter()
                        .map(|(_, key, field)| {
                            Some(if *field {
                                Text::field(&row[*key])
                            } else {
                                Text::plain(str_of(row, key), self)
                            })
                        })
                        .collect(),
                    marked: false,
                })
                .collect(),
        }
    }
}

/// The IEP (the data [`crate::prepare`] made) as an outline.
pub fn iep(data: &Value) -> Outline {
    let label = |id: &str| label(data, id);
    let mut outline = Outline::new(data);
    outline.heading(1, &label("iep-heading"));
    outline.push(Block::Notice(label("iep-copy")));

    outline.heading(2, &label("iep-intro-heading"));
    outline.paragraphs(&data["intro"]);
    outline.heading(2, &label("facts-heading"));
    outline.facts(&data["facts"]);
    outline.sections(2, &data["profile"]);

    outline.heading(2, &label("targets-heading"));
    outline.push(Block::Paragraph(str_of(data, "targets-intro").to_owned()));
    for target in items(&data["targets"]) {
        outline.heading(3, str_of(target, "heading"));
        outline.push(Block::Target(Text::field(&target["text"])));
        outline.facts(&target["details"]);
    }
    outline.sections(2, &data["closing"]);

    let review = &data["review"];
    if !review.is_null() {
        outline.heading(2, &label("review-heading"));
        outline.facts(&review["facts"]);
        let outcomes = items(&review["outcomes"]);
        if !outcomes.is_empty() {
            outline.heading(3, &label("review-outcomes"));
            let rows = outcomes
                .iter()
                .map(|row| Row {
                    header: Text::plain(str_of(row, "target"), &outline),
                    cells: vec![
                        Some(Text::plain(str_of(row, "result"), &outline)),
                        (!row["comment"].is_null()).then(|| Text::field(&row["comment"])),
                    ],
                    marked: false,
                })
                .collect();
            outline.push(Block::Table {
                columns: [
                    "review-col-target",
                    "review-col-result",
                    "review-col-comment",
                ]
                .map(label)
                .to_vec(),
                rows,
            });
        }
        outline.sections(3, &review["sections"]);
    }

    let contact = &data["contact"];
    outline.heading(2, &label("contact-heading"));
    if let Some(senco) = contact["senco"].as_str() {
        outline.push(Block::Paragraph(senco.to_owned()));
    }
    if !contact["school-phone"].is_null() {
        outline.facts(&Value::Array(vec![contact["school-phone"].clone()]));
    }
    if !contact["service"].is_null() {
        outline.push(Block::Paragraph(label("support-intro")));
        outline.push(Block::Strong(Text::field(&contact["service"])));
        outline.facts(&contact["service-details"]);
    }
    outline
}

/// A leaflet (the data [`crate::prepare_leaflet`] made) as an outline.
pub fn leaflet(data: &Value) -> Outline {
    let mut outline = Outline::new(data);
    outline.heading(1, str_of(data, "heading"));
    if !outline.school.is_empty() {
        outline.push(Block::Notice(outline.school.clone()));
    }
    outline.paragraphs(&data["intro"]);
    outline.list(&data["questions"]);
    for section in items(&data["sections"]) {
        outline.heading(2, str_of(section, "heading"));
        outline.paragraphs(&section["paragraphs"]);
        outline.list(&section["items"]);
        outline.paragraphs(&section["after"]);
        if !section["service"].is_null() {
            outline.push(Block::Strong(Text::field(&section["service"])));
            outline.facts(&section["service-details"]);
        }
    }
    let lines: Vec<(String, Text)> = items(&data["languages"])
        .iter()
        .map(|line| {
            (
                str_of(line, "autonym").to_owned(),
                Text::field(&line["sentence"]),
            )
        })
        .collect();
    if items(&data["questions"]).is_empty() && !lines.is_empty() {
        outline.push(Block::Languages {
            heading: str_of(data, "languages-heading").to_owned(),
            lines,
        });
    }
    outline
}

/// A provision map (the data [`crate::prepare_provision_map`] made) as an outline: the
/// school's map with every column, or a parent's copy with the support on offer, the
/// child's own marked in words, and the child's tracker.
pub fn provision_map(data: &Value) -> Outline {
    let label = |id: &str| label(data, id);
    let mut outline = Outline::new(data);
    let for_pupil = data["for-pupil"].as_bool().unwrap_or(false);
    outline.heading(1, &label("heading"));
    outline.push(Block::Notice(outline.school.clone()));
    outline.paragraphs(&data["intro"]);
    if for_pupil {
        outline.heading(2, &label("provision-offer-heading"));
    }
    for area in items(&data["areas"]) {
        outline.heading(if for_pupil { 3 } else { 2 }, str_of(area, "heading"));
        let mut table = if for_pupil {
            outline.table(data, &area["rows"], PARENT_COLUMNS)
        } else {
            outline.table(data, &area["rows"], SCHOOL_COLUMNS)
        };
        // The parent's copy says in a last column, and shows, which support is the child's.
        if let Block::Table { columns, rows } = &mut table
            && for_pupil
        {
            columns.push(label("col-mine"));
            for (row, data) in rows.iter_mut().zip(items(&area["rows"])) {
                row.marked = data["mine"].as_bool().unwrap_or(false);
                let mine = Text::plain(&label("provision-mine"), &outline);
                row.cells.push(row.marked.then_some(mine));
            }
        }
        outline.push(table);
        if let Some(total) = area["total"].as_str() {
            outline.push(Block::Notice(total.to_owned()));
        }
    }
    if let Some(total) = data["total"].as_str() {
        outline.push(Block::Notice(total.to_owned()));
    }
    if !items(&data["impact"]).is_empty() {
        outline.heading(2, &label("provision-impact-heading"));
        outline.push(Block::Paragraph(label("provision-impact-intro")));
        let table = outline.table(data, &data["impact"], IMPACT_COLUMNS);
        outline.push(table);
    }
    // One gap is a paragraph, more a list, as in the PDF.
    match items(&data["gaps"]).len() {
        0 => {}
        1 => {
            outline.heading(2, &label("provision-gaps-heading"));
            outline.paragraphs(&data["gaps"]);
        }
        _ => {
            outline.heading(2, &label("provision-gaps-heading"));
            outline.list(&data["gaps"]);
        }
    }
    let tracker = items(&data["tracker"]);
    if !tracker.is_empty() {
        outline.heading(2, &label("tracker-heading"));
        for row in tracker {
            outline.heading(3, str_of(&row["name"], "text"));
            let mut facts = vec![Fact {
                label: label("provision-col-measure"),
                values: vec![Text::field(&row["measure"])],
            }];
            for (id, key) in [
                ("provision-col-start", "start"),
                ("provision-col-per-week", "per-week"),
                ("provision-col-weeks", "weeks"),
                ("provision-col-score-start", "entry"),
                ("provision-col-score-end", "exit"),
            ] {
                facts.push(Fact {
                    label: label(id),
                    values: vec![Text::plain(str_of(row, key), &outline)],
                });
            }
            outline.push(Block::Facts(facts));
        }
    }
    outline
}
