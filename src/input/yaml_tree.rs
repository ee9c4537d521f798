//! A plan file's YAML as a tree of values that know where they stand in the text, so that
//! the app can change one value, drop or add a key, or move an item of a list, and leave
//! every other byte of the file (the school's comments, order and layout) as it was.

use granit_parser::{Event, Parser, StructureStyle};

/// A value of the file and the bytes it was written in.
#[derive(Debug, Clone)]
pub struct Node {
    pub start: usize,
    pub end: usize,
    /// Written in the short form (`{ … }` or `[ … ]`).
    pub flow: bool,
    pub value: Value,
}

#[derive(Debug, Clone)]
pub enum Value {
    Scalar(String),
    Map(Vec<Entry>),
    Seq(Vec<Node>),
    /// An alias (`*name`): never edited here.
    Other,
}

/// A key of a mapping and its value.
#[derive(Debug, Clone)]
pub struct Entry {
    pub key: String,
    pub key_start: usize,
    pub key_end: usize,
    pub node: Node,
}

/// The document's root value, or `None` when the text is not YAML the parser reads whole
/// (the loader then says what is wrong).
pub fn parse(text: &str) -> Option<Node> {
    parse_with(text, false)
}

/// The document as far as it can be read: the values before a syntax error, each
/// collection left open there closed at its last value.
pub fn parse_partial(text: &str) -> Option<Node> {
    parse_with(text, true)
}

fn parse_with(text: &str, partial: bool) -> Option<Node> {
    // Each open collection: the node being built and, for a mapping, the key read last.
    struct Open {
        node: Node,
        key: Option<(String, usize, usize)>,
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut root = None;
    // A finished node goes into its parent (or becomes the root).
    fn place(stack: &mut [Open], root: &mut Option<Node>, node: Node) -> Option<()> {
        let Some(parent) = stack.last_mut() else {
            *root = Some(node);
            return Some(());
        };
        match &mut parent.node.value {
            Value::Seq(items) => items.push(node),
            Value::Map(entries) => match parent.key.take() {
                Some((key, key_start, key_end)) => entries.push(Entry {
                    key,
                    key_start,
                    key_end,
                    node,
                }),
                None => {
                    // A key that is itself a collection: not a plan's shape.
                    return None;
                }
            },
            _ => return None,
        }
        Some(())
    }
    for event in Parser::new_from_str(text) {
        let (event, span) = match event {
            Ok(read) => read,
            Err(_) if partial => break,
            Err(_) => return None,
        };
        let start = span.start.byte_offset()?;
        let end = span.end.byte_offset()?;
        match event {
            Event::MappingStart(style, ..) | Event::SequenceStart(style, ..) => {
                let value = if matches!(event, Event::MappingStart(..)) {
                    Value::Map(Vec::new())
                } else {
                    Value::Seq(Vec::new())
                };
                stack.push(Open {
                    node: Node {
                        start,
                        end: start,
                        flow: style == StructureStyle::Flow,
                        value,
                    },
                    key: None,
                });
            }
            Event::MappingEnd | Event::SequenceEnd => {
                let mut open = stack.pop()?;
                open.node.end = if open.node.flow {
                    // After the closing bracket.
                    end.max(open.node.start)
                } else {
                    let last = match &open.node.value {
                        Value::Map(entries) => entries.last().map(|e| e.node.end),
                        Value::Seq(items) => items.last().map(|n| n.end),
                        _ => None,
                    };
                    last.unwrap_or(open.node.start)
                };
                place(&mut stack, &mut root, open.node)?;
            }
            Event::Scalar(value, ..) => {
                if let Some(Open {
                    node:
                        Node {
                            value: Value::Map(_),
                            ..
                        },
                    key: key @ None,
                }) = stack.last_mut()
                {
                    *key = Some((value.to_string(), start, end));
                    continue;
                }
                // A block scalar's span runs on to the next line: its bytes end at its text.
                let end = start + text[start..end.max(start)].trim_end().len();
                let node = Node {
                    start,
                    end,
                    flow: false,
                    value: Value::Scalar(value.to_string()),
                };
                place(&mut stack, &mut root, node)?;
            }
            Event::Alias(..) => {
                let node = Node {
                    start,
                    end,
                    flow: false,
                    value: Value::Other,
                };
                place(&mut stack, &mut root, node)?;
            }
            _ => {}
        }
    }
    // Read in part: what is still open ends at its last value.
    while let Some(mut open) = stack.pop() {
        let last = match &open.node.value {
            Value::Map(entries) => entries.last().map(|e| e.node.end),
            Value::Seq(items) => items.last().map(|n| n.end),
            _ => None,
        };
        open.node.end = last.unwrap_or(open.node.start);
        // A key read without its value is left out.
        place(&mut stack, &mut root, open.node)?;
    }
    root
}

/// A text as a YAML double-quoted string (JSON's escaping is YAML's), trimmed: what the
/// app writes for anything typed, so that it is always read back as text.
pub fn quoted(text: &str) -> String {
    serde_json::to_string(text.trim()).unwrap_or_else(|_| "\"\"".to_owned())
}

impl Node {
    /// The value as the file writes it.
    pub fn written(&self, text: &str) -> String {
        text[self.start..self.end].to_owned()
    }

    /// The value of a key of this mapping.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.entry(key).map(|e| &e.node)
    }

    pub fn entry(&self, key: &str) -> Option<&Entry> {
        match &self.value {
            Value::Map(entries) => entries.iter().find(|e| e.key == key),
            _ => None,
        }
    }

    /// The value at a path of keys and list positions (`plan.targets.0.target`).
    pub fn at(&self, path: &str) -> Option<&Node> {
        let mut node = self;
        for part in path.split('.').filter(|p| !p.is_empty()) {
            node = match (&node.value, part.parse::<usize>()) {
                (Value::Seq(items), Ok(i)) => items.get(i)?,
                _ => node.get(part)?,
            };
        }
        Some(node)
    }

    pub fn scalar(&self) -> Option<&str> {
        match &self.value {
            Value::Scalar(s) => Some(s),
            _ => None,
        }
    }

    pub fn items(&self) -> &[Node] {
        match &self.value {
            Value::Seq(items) => items,
            _ => &[],
        }
    }

    pub fn entries(&self) -> &[Entry] {
        match &self.value {
            Value::Map(entries) => entries,
            _ => &[],
        }
    }
}

/// Changes to a text, each a range of the original and what replaces it.
#[derive(Debug, Default)]
pub struct Edits(Vec<(usize, usize, String)>);

/// Where the line holding `at` starts.
fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |n| n + 1)
}

/// Just after the end of the line holding `at` (after its line break, if it has one).
fn after_line(text: &str, at: usize) -> usize {
    text[at..].find('\n').map_or(text.len(), |n| at + n + 1)
}

impl Edits {
    /// Writes `new` over a value (a scalar, or a whole list or mapping).
    pub fn replace_value(&mut self, text: &str, entry: &Entry, new: &str) {
        // From just after the key's colon: a value on the lines below comes up beside it.
        let colon = text[entry.key_end..entry.node.start.max(entry.key_end)]
            .find(':')
            .map_or(entry.key_end, |n| entry.key_end + n + 1);
        self.0.push((colon, entry.node.end, format!(" {new}")));
    }

    /// Writes `new` over a range of the text.
    pub fn replace_range(&mut self, start: usize, end: usize, new: String) {
        self.0.push((start, end, new));
    }

    /// Writes `new` over a scalar value, nothing else moving.
    pub fn replace_scalar(&mut self, node: &Node, new: &str) {
        self.0.push((node.start, node.end, new.to_owned()));
    }

    /// Removes a key and its value from a mapping.
    pub fn remove_entry(&mut self, text: &str, map: &Node, key: &str) {
        let entries = map.entries();
        let Some(i) = entries.iter().position(|e| e.key == key) else {
            return;
        };
        let entry = &entries[i];
        if !map.flow {
            self.0.push((
                line_start(text, entry.key_start),
                after_line(text, entry.node.end),
                String::new(),
            ));
        } else if i > 0 {
            self.0
                .push((entries[i - 1].node.end, entry.node.end, String::new()));
        } else if let Some(next) = entries.get(1) {
            self.0
                .push((entry.key_start, next.key_start, String::new()));
        } else {
            self.0
                .push((entry.key_start, entry.node.end, String::new()));
        }
    }

    /// Adds a key to a mapping, after its last.
    pub fn add_entry(&mut self, text: &str, map: &Node, key: &str, value: &str) {
        let entries = map.entries();
        if map.flow {
            let close = text[..map.end].rfind('}').unwrap_or(map.end);
            let sep = if entries.is_empty() { " " } else { ", " };
            let at = entries.last().map_or(close, |e| e.node.end);
            self.0.push((at, at, format!("{sep}{key}: {value}")));
        } else if let Some(first) = entries.first() {
            let indent = first.key_start - line_start(text, first.key_start);
            let at = after_line(text, map.end);
            let newline = if at == text.len() && !text.ends_with('\n') {
                "\n"
            } else {
                ""
            };
            self.0.push((
                at,
                at,
                format!("{newline}{}{key}: {value}\n", " ".repeat(indent)),
            ));
        }
    }

    /// The text with the changes made (from the end backwards, so each range stays right).
    pub fn apply(mut self, text: &str) -> String {
        self.0
            .sort_by_key(|(start, end, _)| std::cmp::Reverse((*start, *end)));
        let mut out = text.to_owned();
        for (start, end, new) in self.0 {
            out.replace_range(start..end, &new);
        }
        out
    }
}

/// The lines each item of a block list is written on: from its dash's line to the next
/// item's (comments between two items go with the one before).
pub fn item_blocks(text: &str, list: &Node) -> Option<Vec<(usize, usize)>> {
    if list.flow {
        return None;
    }
    let starts: Vec<usize> = list
        .items()
        .iter()
        .map(|item| {
            let dash = text[..item.start].rfind('-').unwrap_or(item.start);
            line_start(text, dash)
        })
        .collect();
    let last_end = list.items().last().map(|n| after_line(text, n.end))?;
    Some(
        starts
            .iter()
            .enumerate()
            .map(|(i, &s)| (s, starts.get(i + 1).copied().unwrap_or(last_end)))
            .collect(),
    )
}

/// A block list's items rewritten in a new order (`order` lists the old positions; one
/// left out is removed), with `added` (whole lines) after them.
pub fn reorder(text: &str, list: &Node, order: &[usize], added: &str) -> Option<String> {
    let blocks = item_blocks(text, list)?;
    let (first, last) = (blocks.first()?.0, blocks.last()?.1);
    let mut middle = String::new();
    for &i in order {
        let (s, e) = *blocks.get(i)?;
        middle.push_str(&text[s..e]);
        if !middle.ends_with('\n') {
            middle.push('\n');
        }
    }
    middle.push_str(added);
    Some(format!("{}{middle}{}", &text[..first], &text[last..]))
}

/// The column the dashes of a block list stand at.
pub fn dash_indent(text: &str, list: &Node) -> Option<usize> {
    let item = list.items().first()?;
    let dash = text[..item.start].rfind('-')?;
    Some(dash - line_start(text, dash))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = "plan:\n  about: >-\n    Kind and\n    calm.\n  targets:\n    - target:\n        en-GB: Read 20 words.\n        ur: بیس\n      who: { role: teaching-assistant, name: Mrs Lee }\n      home: { bank: talk-about-picture }   # the bank\n    # The second.\n    - target: { bank: follow-two-step-instruction, times: 4, of: 5 }\n      who: class-teacher\n";

    #[test]
    fn every_value_knows_its_bytes() {
        let root = parse(PLAN).unwrap();
        let about = root.at("plan.about").unwrap();
        assert_eq!(about.scalar(), Some("Kind and calm."));
        let ur = root.at("plan.targets.0.target.ur").unwrap();
        assert_eq!(&PLAN[ur.start..ur.end], "بیس");
        let who = root.at("plan.targets.0.who").unwrap();
        assert_eq!(
            &PLAN[who.start..who.end],
            "{ role: teaching-assistant, name: Mrs Lee }"
        );
        assert_eq!(
            root.at("plan.targets.1.target.times").unwrap().scalar(),
            Some("4")
        );
    }

    #[test]
    fn values_change_keys_come_and_go_and_items_move() {
        let root = parse(PLAN).unwrap();
        let mut edits = Edits::default();
        let target0 = root.at("plan.targets.0").unwrap();
        edits.replace_scalar(target0.at("target.en-GB").unwrap(), "\"Read 25 words.\"");
        edits.remove_entry(PLAN, target0, "home");
        edits.add_entry(
            PLAN,
            target0,
            "success",
            "{ bank: writing-samples-checked }",
        );
        let about = root.at("plan").unwrap().entry("about").unwrap();
        edits.replace_value(PLAN, about, "\"Kind.\"");
        let target1 = root.at("plan.targets.1").unwrap();
        edits.remove_entry(PLAN, target1.get("target").unwrap(), "of");
        let out = edits.apply(PLAN);
        assert_eq!(
            out,
            "plan:\n  about: \"Kind.\"\n  targets:\n    - target:\n        en-GB: \"Read 25 words.\"\n        ur: بیس\n      who: { role: teaching-assistant, name: Mrs Lee }\n      success: { bank: writing-samples-checked }\n    # The second.\n    - target: { bank: follow-two-step-instruction, times: 4 }\n      who: class-teacher\n"
        );
        let root = parse(&out).unwrap();
        let list = root.at("plan.targets").unwrap();
        let moved = reorder(&out, list, &[1, 0], "    - target: Added\n").unwrap();
        assert_eq!(
            moved,
            "plan:\n  about: \"Kind.\"\n  targets:\n    - target: { bank: follow-two-step-instruction, times: 4 }\n      who: class-teacher\n    - target:\n        en-GB: \"Read 25 words.\"\n        ur: بیس\n      who: { role: teaching-assistant, name: Mrs Lee }\n      success: { bank: writing-samples-checked }\n    # The second.\n    - target: Added\n"
        );
        assert_eq!(dash_indent(&out, list), Some(4));
        // Removing the first leaves the second as written.
        let removed = reorder(&out, list, &[1], "").unwrap();
        assert!(removed.ends_with("  targets:\n    - target: { bank: follow-two-step-instruction, times: 4 }\n      who: class-teacher\n"));
    }
}
