//! A document (an IEP, a leaflet, a provision map) as an outline of blocks (headings,
//! paragraphs, lists, labelled facts and tables), built from the same typed document its
//! Typst template reads. The formats that are not laid out by Typst are written from it:
//! the web page (`html`), braille (`braille`) and audio (`audio`), so that all three say
//! the same things in the same order as the PDF.
//!
//! Each kind of document is [`Outlined`].

use crate::diag::Position;
use crate::document::iep::Iep;
use crate::document::leaflet::Leaflet;
use crate::document::provision_map::{ProvisionLabels, ProvisionMap};
use crate::document::{Document, Fact as DocumentFact, Frame};
use crate::localize::{Dir, Field};

/// A document that can be read as an outline.
pub trait Outlined: Document {
    /// The document's blocks in reading order.
    fn outline(&self) -> Outline;
}

/// A direction as HTML writes it.
fn dir_name(dir: Dir) -> &'static str {
    match dir {
        Dir::Ltr => "ltr",
        Dir::Rtl => "rtl",
    }
}

/// A piece of text in its own language and direction, perhaps with the school's original
/// under it (a bilingual copy).
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    pub text: String,
    /// A BCP 47 tag, such as `pl` or `en-GB`.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    /// The school's original, when the copy shows it beside the translation.
    pub source: Option<Box<Piece>>,
    /// Where the words come from (`plan.about`, `school.parent_support.name`), or nothing
    /// for iepress's own words.
    pub field: String,
    /// Where the words are written in their file, when known.
    pub position: Option<Position>,
}

impl Piece {
    /// Text in the document's own language.
    fn plain(text: &str, outline: &Outline) -> Piece {
        Piece {
            text: text.to_owned(),
            lang: outline.lang.clone(),
            dir: outline.dir.clone(),
            source: None,
            field: String::new(),
            position: None,
        }
    }

    /// A localized field: the words in their own language and direction.
    fn field(field: &Field) -> Piece {
        let mut lang = field.lang.clone();
        for subtag in [&field.script, &field.region].into_iter().flatten() {
            lang.push('-');
            lang.push_str(subtag);
        }
        Piece {
            text: field.text.clone(),
            lang,
            dir: dir_name(field.dir).to_owned(),
            source: field.source.as_ref().map(|s| Box::new(Piece::field(s))),
            field: field.field.clone(),
            position: field.position,
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
    pub values: Vec<Piece>,
}

/// One row of a table: a header cell that names the row, then data cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub header: Piece,
    /// Each cell's texts (none for an empty cell; a cell of the week has several).
    pub cells: Vec<Vec<Piece>>,
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
    Field(Piece),
    /// A target: a field set apart from the text around it.
    Target(Piece),
    /// Several values as a list.
    List(Vec<Piece>),
    /// Labelled facts.
    Facts(Vec<Fact>),
    /// A name that stands out (the support service).
    Strong(Piece),
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
        lines: Vec<(String, Piece)>,
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

impl Outline {
    /// Every text of the outline, in reading order (a bilingual text before its original).
    pub fn texts(&self) -> Vec<&Piece> {
        fn with_source<'a>(text: &'a Piece, out: &mut Vec<&'a Piece>) {
            out.push(text);
            if let Some(source) = &text.source {
                with_source(source, out);
            }
        }
        let mut out = Vec::new();
        for block in &self.blocks {
            match block {
                Block::Field(t) | Block::Target(t) | Block::Strong(t) => with_source(t, &mut out),
                Block::List(items) => items.iter().for_each(|t| with_source(t, &mut out)),
                Block::Facts(facts) => facts
                    .iter()
                    .flat_map(|f| &f.values)
                    .for_each(|t| with_source(t, &mut out)),
                Block::Table { rows, .. } => {
                    for row in rows {
                        with_source(&row.header, &mut out);
                        row.cells
                            .iter()
                            .flatten()
                            .for_each(|t| with_source(t, &mut out));
                    }
                }
                Block::Languages { lines, .. } => {
                    lines.iter().for_each(|(_, t)| with_source(t, &mut out))
                }
                Block::Heading { .. } | Block::Notice(_) | Block::Paragraph(_) => {}
            }
        }
        out
    }

    /// An empty outline with the document's language, direction, title and school.
    fn new(frame: &Frame) -> Outline {
        Outline {
            lang: frame.tag.clone(),
            dir: dir_name(frame.dir).to_owned(),
            title: frame.title.clone(),
            school: frame.school.clone(),
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

    /// A paragraph for each string.
    fn paragraphs(&mut self, strings: &[String]) {
        for p in strings {
            self.push(Block::Paragraph(p.clone()));
        }
    }

    /// Strings in the document's language as a list; nothing for none.
    fn list(&mut self, strings: &[String]) {
        let texts: Vec<Piece> = strings.iter().map(|t| Piece::plain(t, self)).collect();
        if !texts.is_empty() {
            self.push(Block::List(texts));
        }
    }

    /// Values: one is a field of paragraphs, more are a list.
    fn values(&mut self, values: &[Field]) {
        match values {
            [one] => self.push(Block::Field(Piece::field(one))),
            many => self.push(Block::List(many.iter().map(Piece::field).collect())),
        }
    }

    fn facts<'a>(&mut self, facts: impl IntoIterator<Item = &'a DocumentFact>) {
        let facts: Vec<Fact> = facts
            .into_iter()
            .map(|fact| Fact {
                label: fact.label.clone(),
                values: fact.values.iter().map(Piece::field).collect(),
            })
            .collect();
        if !facts.is_empty() {
            self.push(Block::Facts(facts));
        }
    }

    /// Sections, each a fact's values under a heading of `level` (the fact's label).
    fn sections(&mut self, level: u8, sections: &[DocumentFact]) {
        for section in sections {
            self.heading(level, &section.label);
            self.values(&section.values);
        }
    }

    /// A table whose rows are each named by a header cell, then a cell for each column.
    fn table<R>(
        &self,
        support: &str,
        columns: &[Column<R>],
        rows: &[R],
        name: fn(&R) -> &Field,
    ) -> Block {
        Block::Table {
            columns: std::iter::once(support.to_owned())
                .chain(columns.iter().map(|(label, _)| label.clone()))
                .collect(),
            rows: rows
                .iter()
                .map(|row| Row {
                    header: Piece::field(name(row)),
                    cells: columns
                        .iter()
                        .map(|(_, cell)| {
                            vec![match cell(row) {
                                Cell::Field(field) => Piece::field(field),
                                Cell::Plain(text) => Piece::plain(text, self),
                            }]
                        })
                        .collect(),
                    marked: false,
                })
                .collect(),
        }
    }
}

/// A cell of a provision map's table: the school's words, in their own language, or text in
/// the document's language.
enum Cell<'a> {
    Field(&'a Field),
    Plain(&'a str),
}

/// A column of a table: its label, and its cell in a row.
type Column<R> = (String, fn(&R) -> Cell<'_>);

impl Outlined for Iep {
    fn outline(&self) -> Outline {
        let labels = &self.labels;
        let mut outline = Outline::new(&self.frame);
        outline.heading(1, &labels.heading);
        outline.push(Block::Notice(labels.copy.clone()));

        outline.heading(2, &labels.intro_heading);
        outline.paragraphs(&self.intro);
        outline.heading(2, &labels.facts_heading);
        outline.facts(&self.facts);
        outline.sections(2, &self.profile);

        outline.heading(2, &labels.targets_heading);
        outline.push(Block::Paragraph(self.targets_intro.clone()));
        for target in &self.targets {
            outline.heading(3, &target.heading);
            outline.push(Block::Target(Piece::field(&target.text)));
            outline.facts(&target.details);
        }
        // The group plans the pupil is in.
        for group in &self.groups {
            outline.heading(2, &group.heading);
            outline.push(Block::Paragraph(group.intro.clone()));
            for target in &group.targets {
                outline.heading(3, &target.heading);
                outline.push(Block::Target(Piece::field(&target.text)));
                outline.facts(&target.details);
            }
        }
        outline.sections(2, &self.closing);

        if let Some(review) = &self.review {
            outline.heading(2, &labels.review_heading);
            outline.facts(&review.facts);
            if !review.outcomes.is_empty() {
                outline.heading(3, &labels.review_outcomes);
                let rows = review
                    .outcomes
                    .iter()
                    .map(|row| Row {
                        header: Piece::plain(&row.target, &outline),
                        cells: vec![
                            vec![Piece::plain(&row.result, &outline)],
                            row.comment.iter().map(Piece::field).collect(),
                        ],
                        marked: false,
                    })
                    .collect();
                outline.push(Block::Table {
                    columns: vec![
                        labels.review_col_target.clone(),
                        labels.review_col_result.clone(),
                        labels.review_col_comment.clone(),
                    ],
                    rows,
                });
            }
            outline.sections(3, &review.sections);
        }

        let contact = &self.contact;
        outline.heading(2, &labels.contact_heading);
        if let Some(senco) = &contact.senco {
            outline.push(Block::Paragraph(senco.clone()));
        }
        outline.facts(&contact.school_phone);
        if let Some(service) = &contact.service {
            outline.push(Block::Paragraph(labels.support_intro.clone()));
            outline.push(Block::Strong(Piece::field(service)));
            outline.facts(&contact.service_details);
        }
        outline
    }
}

impl Outlined for Leaflet {
    fn outline(&self) -> Outline {
        let mut outline = Outline::new(&self.frame);
        outline.heading(1, &self.heading);
        if !outline.school.is_empty() {
            outline.push(Block::Notice(outline.school.clone()));
        }
        outline.paragraphs(&self.intro);
        outline.list(&self.questions);
        for section in &self.sections {
            outline.heading(2, &section.heading);
            outline.paragraphs(&section.paragraphs);
            outline.list(&section.items);
            outline.paragraphs(&section.after);
            if let Some(service) = &section.service {
                outline.push(Block::Strong(Piece::field(service)));
                outline.facts(&section.service_details);
            }
        }
        let lines: Vec<(String, Piece)> = self
            .languages
            .iter()
            .map(|line| (line.autonym.clone(), Piece::field(&line.sentence)))
            .collect();
        if self.questions.is_empty() && !lines.is_empty() {
            outline.push(Block::Languages {
                heading: self.languages_heading.clone(),
                lines,
            });
        }
        outline
    }
}

use crate::document::provision_map::{ImpactRow, InterventionRow};

/// The school's map: every column after the support's name.
fn school_columns(l: &ProvisionLabels) -> Vec<Column<InterventionRow>> {
    vec![
        (l.col_staff.clone(), |r| Cell::Field(&r.staff)),
        (l.col_group.clone(), |r| Cell::Plain(&r.group)),
        (l.col_often.clone(), |r| Cell::Plain(&r.often)),
        (l.col_weeks.clone(), |r| Cell::Plain(&r.weeks)),
        (l.col_measure.clone(), |r| Cell::Field(&r.measure)),
        (l.col_cost.clone(), |r| Cell::Plain(&r.cost)),
        (l.col_per_pupil.clone(), |r| Cell::Plain(&r.per_pupil)),
        (l.col_pupils.clone(), |r| Cell::Plain(&r.pupils)),
    ]
}

/// A parent's copy: no costs and no other pupils.
fn parent_columns(l: &ProvisionLabels) -> Vec<Column<InterventionRow>> {
    vec![
        (l.col_staff.clone(), |r| Cell::Field(&r.staff)),
        (l.col_often.clone(), |r| Cell::Plain(&r.often)),
        (l.col_weeks.clone(), |r| Cell::Plain(&r.weeks)),
    ]
}

/// The impact of each piece of support.
fn impact_columns(l: &ProvisionLabels) -> Vec<Column<ImpactRow>> {
    vec![
        (l.col_pupils.clone(), |r| Cell::Plain(&r.pupils)),
        (l.col_entry.clone(), |r| Cell::Plain(&r.entry)),
        (l.col_exit.clone(), |r| Cell::Plain(&r.exit)),
        (l.col_gain.clone(), |r| Cell::Plain(&r.gain)),
        (l.col_per_point.clone(), |r| Cell::Plain(&r.per_point)),
    ]
}

impl Outlined for ProvisionMap {
    /// The school's map with every column, or a parent's copy with the support on offer,
    /// the child's own marked in words, and the child's tracker.
    fn outline(&self) -> Outline {
        let labels = &self.labels;
        let mut outline = Outline::new(&self.frame);
        let for_pupil = self.for_pupil;
        outline.heading(1, &labels.heading);
        outline.push(Block::Notice(outline.school.clone()));
        outline.paragraphs(&self.intro);
        if for_pupil {
            outline.heading(2, &labels.offer_heading);
        }
        for area in &self.areas {
            outline.heading(if for_pupil { 3 } else { 2 }, &area.heading);
            let columns = if for_pupil {
                parent_columns(labels)
            } else {
                school_columns(labels)
            };
            let mut table = outline.table(&labels.col_support, &columns, &area.rows, |r| &r.name);
            // The parent's copy says in a last column, and shows, which support is the
            // child's.
            if let Block::Table { columns, rows } = &mut table
                && for_pupil
            {
                columns.push(labels.col_mine.clone());
                for (row, data) in rows.iter_mut().zip(&area.rows) {
                    row.marked = data.mine;
                    let mine = Piece::plain(&labels.mine, &outline);
                    row.cells
                        .push(row.marked.then_some(mine).into_iter().collect());
                }
            }
            outline.push(table);
            if let Some(total) = &area.total {
                outline.push(Block::Notice(total.clone()));
            }
        }
        if let Some(total) = &self.total {
            outline.push(Block::Notice(total.clone()));
        }
        if let Some(week) = &self.week {
            outline.heading(2, &week.heading);
            outline.push(Block::Paragraph(week.intro.clone()));
            // The days are the columns, each row a time: read row by row, each session
            // after its day.
            let rows = week
                .rows
                .iter()
                .map(|row| Row {
                    header: Piece::plain(&row.time, &outline),
                    cells: row
                        .cells
                        .iter()
                        .map(|sessions| {
                            let mut texts = Vec::new();
                            for session in sessions {
                                texts.push(Piece::field(&session.what));
                                texts.push(Piece::field(&session.who));
                                texts.extend(session.room.iter().map(Piece::field));
                                texts.push(Piece::plain(&session.how_long, &outline));
                                texts.extend(
                                    session.pupils.iter().map(|p| Piece::plain(p, &outline)),
                                );
                            }
                            texts
                        })
                        .collect(),
                    marked: false,
                })
                .collect();
            outline.push(Block::Table {
                columns: std::iter::once(week.time_label.clone())
                    .chain(week.days.iter().cloned())
                    .collect(),
                rows,
            });
        }
        if !self.impact.is_empty() {
            outline.heading(2, &labels.impact_heading);
            outline.push(Block::Paragraph(labels.impact_intro.clone()));
            let table = outline.table(
                &labels.col_support,
                &impact_columns(labels),
                &self.impact,
                |r| &r.name,
            );
            outline.push(table);
        }
        // One gap is a paragraph, more a list, as in the PDF.
        match self.gaps.len() {
            0 => {}
            1 => {
                outline.heading(2, &labels.gaps_heading);
                outline.paragraphs(&self.gaps);
            }
            _ => {
                outline.heading(2, &labels.gaps_heading);
                outline.list(&self.gaps);
            }
        }
        if !self.tracker.is_empty() {
            outline.heading(2, &labels.tracker_heading);
            for row in &self.tracker {
                outline.heading(3, &row.name.text);
                let mut facts = vec![Fact {
                    label: labels.col_measure.clone(),
                    values: vec![Piece::field(&row.measure)],
                }];
                for (label, value) in [
                    (&labels.col_start, &row.start),
                    (&labels.col_per_week, &row.per_week),
                    (&labels.col_weeks, &row.weeks),
                    (&labels.col_score_start, &row.entry),
                    (&labels.col_score_end, &row.exit),
                ] {
                    facts.push(Fact {
                        label: label.clone(),
                        values: vec![Piece::plain(value, &outline)],
                    });
                }
                outline.push(Block::Facts(facts));
            }
        }
        outline
    }
}
