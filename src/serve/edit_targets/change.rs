//! What a sent form changes in the plan file: each value changed in place, lists and
//! targets restructured after, outcomes moved with their targets.

use crate::diag::Diagnostic;
use crate::input::plan::KeywordSet;
use crate::input::structured::Role;
use crate::input::yaml_tree::{self, Edits, Node, Value, quoted};
use crate::localize::bank;

use super::Sent;
#[allow(clippy::wildcard_imports)]
use super::form::*;

/// A number as typed, bare, or the text quoted (the loader then names it).
fn number_or_text(value: &str) -> String {
    let value = value.trim();
    if !value.is_empty() && value.chars().all(|c| c.is_ascii_digit()) {
        value.to_owned()
    } else {
        quoted(value)
    }
}

pub(super) fn one<'a>(sent: &'a Sent, key: &str) -> Option<&'a str> {
    sent.get(key).and_then(|v| v.first()).map(|v| v.trim())
}

/// What becomes of one value.
enum Change {
    Same,
    Remove,
    /// The whole value, in YAML.
    Write(String),
    /// Scalars inside it replaced (a translation map's languages), and languages removed.
    Inside(Vec<(String, Option<String>)>),
}

fn text_change(slot: &TextSlot, sent: &Sent) -> Result<Change, Diagnostic> {
    let path = &slot.path;
    let bank_sent = one(sent, &format!("{path}:bank"));
    let text_sent = one(sent, &format!("{path}:text"));
    let languages_sent = slot
        .languages
        .iter()
        .any(|l| sent.contains_key(&format!("{path}:text:{}", l.tag)));
    if slot.kind == "other" || (bank_sent.is_none() && text_sent.is_none() && !languages_sent) {
        return Ok(Change::Same);
    }
    if let Some(id) = bank_sent.filter(|id| !id.is_empty()) {
        let entry = bank::entry(id).ok_or_else(|| {
            Diagnostic::new(format!("`{id}` is not in the bank"))
                .field(path.clone())
                .hint("pick an entry from the list")
        })?;
        let mut params: Vec<(String, String)> = Vec::new();
        for p in &entry.params {
            let v = one(sent, &format!("{path}:param:{p}")).unwrap_or("");
            params.push((p.clone(), v.to_owned()));
        }
        // Keys the entry does not take but the file gives (an assessment's month) stay.
        for b in &slot.params {
            if !entry.params.contains(&b.name) && slot.bank == id {
                params.push((b.name.clone(), b.value.clone()));
            }
        }
        let unchanged = slot.kind == "bank"
            && slot.bank == id
            && params.iter().all(|(k, v)| {
                slot.params
                    .iter()
                    .any(|b| &b.name == k && b.value.trim() == v.trim())
            });
        if unchanged {
            return Ok(Change::Same);
        }
        let mut out = format!("{{ bank: {id}");
        for (k, v) in params.iter().filter(|(_, v)| !v.trim().is_empty()) {
            out.push_str(&format!(", {k}: {}", number_or_text(v)));
        }
        out.push_str(" }");
        return Ok(Change::Write(out));
    }
    match slot.kind {
        "languages" => {
            let mut inside = Vec::new();
            for l in &slot.languages {
                let Some(v) = one(sent, &format!("{path}:text:{}", l.tag)) else {
                    continue;
                };
                if v == l.value.trim() {
                    continue;
                }
                inside.push((l.tag.clone(), (!v.is_empty()).then(|| quoted(v))));
            }
            if inside.len() == slot.languages.len() && inside.iter().all(|(_, v)| v.is_none()) {
                return Ok(Change::Remove);
            }
            Ok(if inside.is_empty() {
                Change::Same
            } else {
                Change::Inside(inside)
            })
        }
        "plain" => Ok(match text_sent {
            Some("") => Change::Remove,
            Some(v) if v != slot.text.trim() => Change::Write(quoted(v)),
            _ => Change::Same,
        }),
        // A bank entry (or nothing) becomes the school's words, or goes.
        _ => Ok(match text_sent {
            Some(v) if !v.is_empty() => Change::Write(quoted(v)),
            _ if slot.kind == "bank" => Change::Remove,
            _ => Change::Same,
        }),
    }
}

fn who_change(slot: &WhoSlot, sent: &Sent) -> Result<Change, Diagnostic> {
    let path = &slot.path;
    let (Some(role), Some(name)) = (
        one(sent, &format!("{path}:role")),
        one(sent, &format!("{path}:name")),
    ) else {
        return Ok(Change::Same);
    };
    if slot.kind == "other" || (role == slot.role && name == slot.name.trim()) {
        return Ok(Change::Same);
    }
    if !role.is_empty() && !Role::KEYS.contains(&role) {
        return Err(
            Diagnostic::new(format!("`{role}` is not a role iepress knows"))
                .field(path.clone())
                .hint("pick one from the list"),
        );
    }
    Ok(match (role.is_empty(), name.is_empty()) {
        (true, true) => Change::Remove,
        (false, true) => Change::Write(role.to_owned()),
        (false, false) => Change::Write(format!("{{ role: {role}, name: {} }}", quoted(name))),
        (true, false) => Change::Write(format!("{{ name: {} }}", quoted(name))),
    })
}

fn when_change(slot: &WhenSlot, sent: &Sent) -> Result<Change, Diagnostic> {
    let path = &slot.path;
    if slot.kind == "other" || !sent.contains_key(&format!("{path}:shown")) {
        return Ok(Change::Same);
    }
    let days: Vec<&str> = DAYS
        .iter()
        .copied()
        .filter(|d| {
            sent.get(&format!("{path}:days"))
                .is_some_and(|v| v.iter().any(|s| s == d))
        })
        .collect();
    let mut parts = Vec::new();
    let mut same = days == slot.days.iter().map(String::as_str).collect::<Vec<_>>();
    for key in SCHEDULE {
        if *key == "days" {
            if !days.is_empty() {
                parts.push(format!("days: [{}]", days.join(", ")));
            }
            continue;
        }
        let v = one(sent, &format!("{path}:{key}")).unwrap_or("");
        same &= v == slot.values.get(*key).map(|s| s.trim()).unwrap_or("");
        if v.is_empty() {
            continue;
        }
        let written = match *key {
            "part_of_day" | "every" => {
                let allowed: &[&str] = if *key == "every" {
                    EVERY
                } else {
                    crate::serve::new_plan::PARTS_OF_DAY
                };
                if !allowed.contains(&v) {
                    return Err(Diagnostic::new(format!("`{v}` is not one of the choices"))
                        .field(format!("{path}.{key}"))
                        .hint("pick one from the list"));
                }
                v.to_owned()
            }
            "time" => quoted(v),
            _ => number_or_text(v),
        };
        parts.push(format!("{key}: {written}"));
    }
    if same {
        return Ok(Change::Same);
    }
    Ok(if parts.is_empty() {
        Change::Remove
    } else {
        Change::Write(format!("{{ {} }}", parts.join(", ")))
    })
}

/// Makes one value's change: `parent` holds `key`.
fn make(
    text: &str,
    edits: &mut Edits,
    parent: &Node,
    key: &str,
    change: Change,
    path: &str,
) -> Result<(), Diagnostic> {
    let short_form = || {
        Diagnostic::new(format!(
            "`{path}` is written in a short form the form cannot add to or remove from"
        ))
        .field(path.to_owned())
        .hint("change it in the plan file in a text editor")
    };
    let entry = parent.entry(key);
    match (change, entry) {
        (Change::Same, _) => {}
        (Change::Write(new), Some(entry)) => {
            if matches!(parent.value, Value::Map(_)) && entry.key_end > entry.key_start {
                edits.replace_value(text, entry, &new);
            } else {
                // A list's item: the item itself is replaced.
                edits.replace_scalar(&entry.node, &new);
            }
        }
        (Change::Write(new), None) => {
            if !matches!(parent.value, Value::Map(_))
                || (parent.flow && parent.entries().is_empty())
            {
                return Err(short_form());
            }
            edits.add_entry(text, parent, key, &new);
        }
        (Change::Remove, Some(entry)) => {
            if entry.key_end == entry.key_start {
                return Err(Diagnostic::new(format!("`{path}` cannot be emptied here"))
                    .field(path.to_owned())
                    .hint("remove the line from the plan file in a text editor"));
            }
            edits.remove_entry(text, parent, key);
        }
        (Change::Remove, None) => {}
        (Change::Inside(scalars), Some(entry)) => {
            for (tag, new) in scalars {
                match (new, entry.node.get(&tag)) {
                    (Some(new), Some(node)) => edits.replace_scalar(node, &new),
                    (None, Some(_)) => edits.remove_entry(text, &entry.node, &tag),
                    _ => {}
                }
            }
        }
        (Change::Inside(_), None) => {}
    }
    Ok(())
}

/// A structural change the page asked for: `up:N`, `down:N`, `remove:N` or `add`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    None,
    Up(usize),
    Down(usize),
    Remove(usize),
}

pub fn parse_action(action: &str) -> Move {
    let (what, n) = action.split_once(':').unwrap_or((action, ""));
    match (what, n.parse::<usize>()) {
        ("up", Ok(n)) => Move::Up(n),
        ("down", Ok(n)) => Move::Down(n),
        ("remove", Ok(n)) => Move::Remove(n),
        _ => Move::None,
    }
}

/// The outcomes the form changed (a result, a comment) and the outcomes it adds (a result
/// picked for a target the review had none for), written into `edits`.
fn outcome_changes(
    text: &str,
    root: &Node,
    model: &Model,
    sent: &Sent,
    edits: &mut Edits,
) -> Result<(), Diagnostic> {
    let review = root.get("review");
    let list = review.and_then(|r| r.get("outcomes"));
    let mut added: Vec<String> = Vec::new();
    let mut missing: Option<usize> = None;
    for target in &model.targets {
        let Some(slot) = &target.outcome else {
            continue;
        };
        let result = one(sent, &format!("{}:result", slot.path));
        match slot.kind {
            "recorded" => {
                let Some(node) = list.and_then(|l| l.items().get(target.index)) else {
                    continue;
                };
                if let Some(r) = result.filter(|r| *r != slot.result) {
                    if !RESULTS.contains(&r) {
                        return Err(Diagnostic::new(format!("`{r}` is not a result"))
                            .field(format!("{}.result", slot.path))
                            .hint(format!("one of {}", RESULTS.join(", "))));
                    }
                    if let Some(result_node) = node.get("result") {
                        edits.replace_scalar(result_node, r);
                    }
                }
                let change = text_change(&slot.comment, sent)?;
                make(text, edits, node, "comment", change, &slot.comment.path)?;
            }
            "new" => {
                let Some(r) = result.filter(|r| !r.is_empty()) else {
                    missing.get_or_insert(target.index);
                    continue;
                };
                if !RESULTS.contains(&r) {
                    return Err(Diagnostic::new(format!("`{r}` is not a result"))
                        .field(format!("{}.result", slot.path))
                        .hint(format!("one of {}", RESULTS.join(", "))));
                }
                if let Some(m) = missing {
                    return Err(Diagnostic::new(format!(
                        "target {} has an outcome but target {} has none: the review's outcomes go in the targets' order",
                        target.index + 1,
                        m + 1
                    ))
                    .field(format!("{}.result", slot.path))
                    .hint(format!("give target {} a result too", m + 1)));
                }
                let mut item = format!("{{ result: {r}");
                if let Change::Write(comment) = text_change(&slot.comment, sent)? {
                    item.push_str(&format!(", comment: {comment}"));
                }
                item.push_str(" }");
                added.push(item);
            }
            _ => {}
        }
    }
    if added.is_empty() {
        return Ok(());
    }
    let Some(review) = review else { return Ok(()) };
    match list {
        Some(list) if !list.flow && !list.items().is_empty() => {
            let pad = " ".repeat(yaml_tree::dash_indent(text, list).unwrap_or(4));
            let last = list.items().last().map_or(list.end, |n| n.end);
            let at = text[last..].find('\n').map_or(text.len(), |n| last + n + 1);
            let lead = if at == text.len() && !text.ends_with('\n') {
                "\n"
            } else {
                ""
            };
            let lines: String = added.iter().map(|i| format!("{pad}- {i}\n")).collect();
            edits.replace_range(at, at, format!("{lead}{lines}"));
        }
        Some(list) => {
            let close = text[..list.end].rfind(']').unwrap_or(list.end);
            let sep = if list.items().is_empty() { "" } else { ", " };
            edits.replace_range(close, close, format!("{sep}{}", added.join(", ")));
        }
        None => {
            if review.flow && review.entries().is_empty() {
                return Err(Diagnostic::new(
                    "the review is written in a short form the page cannot add to",
                )
                .field("review.outcomes")
                .hint("add the outcomes to the plan file in a text editor"));
            }
            edits.add_entry(text, review, "outcomes", &format!("[{}]", added.join(", ")));
        }
    }
    Ok(())
}

/// The item a list's new boxes add, in YAML, if they were filled in; an assessment with
/// the month it is planned for.
fn new_list_item(list: &ListForm, sent: &Sent) -> Result<Option<String>, Diagnostic> {
    let Change::Write(item) = text_change(&list.new_item, sent)? else {
        return Ok(None);
    };
    if !list.month {
        return Ok(Some(item));
    }
    let month = one(sent, &format!("{}:month", list.new_item.path)).unwrap_or("");
    if month.is_empty() {
        return Ok(Some(item));
    }
    if !month.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m)) {
        return Err(Diagnostic::new(format!("`{month}` is not a month"))
            .field(format!("{}.month", list.new_item.path))
            .hint("pick a month from the list"));
    }
    Ok(Some(match item.strip_suffix(" }") {
        Some(bank) if item.starts_with("{ bank:") => format!("{bank}, month: {month} }}"),
        _ => format!("{{ text: {item}, month: {month} }}"),
    }))
}

/// A list of the plan with items removed (their positions) and new ones added at its end,
/// written in the form it has (a block list stays one); a list the plan lacks is added.
fn restructure_list(
    text: &str,
    path: &str,
    removed: &[usize],
    added: &[String],
) -> Result<String, Diagnostic> {
    let unreadable = || {
        Diagnostic::new("the plan could not be read again after the change")
            .field(path.to_owned())
            .hint("change it in the plan file in a text editor")
    };
    let root = yaml_tree::parse(text).ok_or_else(unreadable)?;
    let key = path.rsplit_once('.').map_or(path, |(_, k)| k);
    let plan = root.get("plan").ok_or_else(unreadable)?;
    let list = plan.get(key).filter(|l| !l.items().is_empty());
    let Some(list) = list else {
        if added.is_empty() {
            return Ok(text.to_owned());
        }
        let mut edits = Edits::default();
        let value = format!("[{}]", added.join(", "));
        match plan.entry(key) {
            Some(entry) => edits.replace_value(text, entry, &value),
            None => edits.add_entry(text, plan, key, &value),
        }
        return Ok(edits.apply(text));
    };
    let kept: Vec<usize> = (0..list.items().len())
        .filter(|i| !removed.contains(i))
        .collect();
    if !list.flow {
        let pad = " ".repeat(yaml_tree::dash_indent(text, list).unwrap_or(4));
        let lines: String = added.iter().map(|a| format!("{pad}- {a}\n")).collect();
        if kept.is_empty() && added.is_empty() {
            let mut edits = Edits::default();
            if let Some(entry) = plan.entry(key) {
                edits.replace_value(text, entry, "[]");
            }
            return Ok(edits.apply(text));
        }
        return yaml_tree::reorder(text, list, &kept, &lines).ok_or_else(unreadable);
    }
    let mut items: Vec<String> = kept
        .iter()
        .map(|&i| list.items()[i].written(text))
        .collect();
    items.extend(added.iter().cloned());
    Ok(format!(
        "{}[{}]{}",
        &text[..list.start],
        items.join(", "),
        &text[list.end..]
    ))
}

/// The outcomes' new order when the targets take `order` (their old positions; one left
/// out is removed) and the first `had` targets have an outcome. An outcome belongs to its
/// target by position, so a target without one cannot go before a target with one: that
/// target is the error.
fn outcome_order(order: &[usize], had: usize) -> Result<Vec<usize>, usize> {
    if let Some(p) = order
        .iter()
        .position(|&i| i >= had)
        .filter(|&p| order[p..].iter().any(|&i| i < had))
    {
        return Err(order[p]);
    }
    Ok(order.iter().copied().filter(|&i| i < had).collect())
}

/// A group plan's outcomes at the review (one list a pupil) in the targets' new order
/// (`order` lists the targets' old positions; one left out was removed).
fn move_group_outcomes(text: &str, order: &[usize]) -> Result<String, Vec<Diagnostic>> {
    let Some(root) = yaml_tree::parse(text) else {
        return Ok(text.to_owned());
    };
    let Some(map) = root
        .at("review.outcomes")
        .filter(|m| matches!(m.value, Value::Map(_)))
    else {
        return Ok(text.to_owned());
    };
    let mut edits = Edits::default();
    for entry in map.entries() {
        let list = &entry.node;
        let had = list.items().len();
        let moved = outcome_order(order, had).map_err(|target| {
            vec![
                Diagnostic::new(format!(
                    "target {} has no outcome for {} yet, so it cannot go before a target that has one",
                    target + 1,
                    entry.key
                ))
                .field(format!("review.outcomes.{}", entry.key))
                .hint("the outcomes are listed in the targets' order: give it an outcome first, in the plan file"),
            ]
        })?;
        if moved == (0..had).collect::<Vec<_>>() {
            continue;
        }
        if !list.flow {
            return Err(vec![
                Diagnostic::new(format!(
                    "{}'s outcomes are written on several lines, which the page cannot move",
                    entry.key
                ))
                .field(format!("review.outcomes.{}", entry.key))
                .hint("write them as one list, such as [{ result: achieved }, { result: partly }]"),
            ]);
        }
        let items: Vec<String> = moved
            .iter()
            .map(|&i| list.items()[i].written(text))
            .collect();
        edits.replace_range(list.start, list.end, format!("[{}]", items.join(", ")));
    }
    Ok(edits.apply(text))
}

/// The new target's lines, when the form's new target has one.
fn new_target_lines(text: &str, list: Option<&Node>, sent: &Sent) -> Result<String, Diagnostic> {
    let form = target_form("", None, 0, "new".to_owned());
    let mut lines: Vec<(String, String)> = Vec::new();
    for (slot, (key, ..)) in form.texts.iter().zip(TARGET_TEXTS) {
        if let Change::Write(v) = text_change(slot, sent)? {
            lines.push(((*key).to_owned(), v));
        }
        if *key == "target" && lines.is_empty() {
            // No target: nothing is added (the rest of the new target's boxes wait).
            return Ok(String::new());
        }
        if *key == "target"
            && let Change::Write(v) = who_change(&form.who, sent)?
        {
            lines.push(("who".to_owned(), v));
        }
        if *key == "does_what"
            && let Change::Write(v) = when_change(&form.when, sent)?
        {
            lines.push(("when".to_owned(), v));
        }
    }
    let indent = list
        .and_then(|l| yaml_tree::dash_indent(text, l))
        .unwrap_or(4);
    let pad = " ".repeat(indent);
    let mut out = String::new();
    for (i, (key, value)) in lines.iter().enumerate() {
        let lead = if i == 0 { "- " } else { "  " };
        out.push_str(&format!("{pad}{lead}{key}: {value}\n"));
    }
    Ok(out)
}

/// The plan file with the form's changes made: `sent` is what the form sent, `action` a
/// move of a target (`up:1`), a removal (`remove:2`), or a save.
pub fn apply(text: &str, sent: &Sent, action: Move) -> Result<String, Vec<Diagnostic>> {
    let unreadable = || {
        vec![
            Diagnostic::new("the plan file is not YAML the editor can read")
                .hint("open the plan's page to see what is wrong, and mend it in a text editor"),
        ]
    };
    let root = yaml_tree::parse(text).ok_or_else(unreadable)?;
    let model = model(text).ok_or_else(unreadable)?;
    let mut edits = Edits::default();
    let mut problems = Vec::new();
    let mut each =
        |parent: Option<&Node>, key: &str, change: Result<Change, Diagnostic>, path: &str| {
            let result = change.and_then(|c| match parent {
                Some(parent) => make(text, &mut edits, parent, key, c, path),
                None if matches!(c, Change::Same | Change::Remove) => Ok(()),
                None => Err(Diagnostic::new(format!("`{path}` has no section to go in"))
                    .field(path.to_owned())
                    .hint("add the section to the plan file in a text editor")),
            });
            if let Err(d) = result {
                problems.push(d);
            }
        };
    let plan = root.get("plan");
    for slot in &model.texts {
        let (parent_path, key) = slot.path.rsplit_once('.').unwrap_or(("", &slot.path));
        each(
            root.at(parent_path),
            key,
            text_change(slot, sent),
            &slot.path,
        );
    }
    // The lists' items: changed in place; removed and added after (positions move).
    let mut restructure: Vec<(String, Vec<usize>, Vec<String>)> = Vec::new();
    let mut list_problems = Vec::new();
    for list in model.lists.iter().filter(|l| l.kind == "list") {
        let node = root.at(&list.path);
        let mut removed = Vec::new();
        for (i, slot) in list.items.iter().enumerate() {
            let remove = sent.contains_key(&format!("{}:remove", slot.path));
            let change = text_change(slot, sent);
            if remove || matches!(change, Ok(Change::Remove)) {
                removed.push(i);
                continue;
            }
            let Some(item) = node.and_then(|n| n.items().get(i)) else {
                continue;
            };
            each(
                Some(&item_holder(item, i)),
                &i.to_string(),
                change,
                &slot.path,
            );
        }
        let added = match new_list_item(list, sent) {
            Ok(added) => added.into_iter().collect(),
            Err(d) => {
                list_problems.push(d);
                Vec::new()
            }
        };
        if !removed.is_empty() || !added.is_empty() {
            restructure.push((list.path.clone(), removed, added));
        }
    }
    for target in &model.targets {
        let node = root.at(&target.path);
        for (slot, (key, ..)) in target.texts.iter().zip(TARGET_TEXTS) {
            each(node, key, text_change(slot, sent), &slot.path);
        }
        each(node, "who", who_change(&target.who, sent), &target.who.path);
        each(
            node,
            "when",
            when_change(&target.when, sent),
            &target.when.path,
        );
    }
    if let Some(review) = root.get("review") {
        for slot in &model.review {
            let key = slot.path.rsplit_once('.').map_or("", |(_, k)| k);
            each(Some(review), key, text_change(slot, sent), &slot.path);
        }
    }
    match outcome_changes(text, &root, &model, sent, &mut edits) {
        Ok(()) => {}
        Err(d) => problems.push(d),
    }
    problems.append(&mut list_problems);
    if let Some(before) = &model.pupils
        && sent.contains_key("pupils:shown")
    {
        let chosen = sent.get("pupils").cloned().unwrap_or_default();
        // The file's order kept, new pupils after.
        let mut after: Vec<String> = before
            .iter()
            .filter(|p| chosen.contains(p))
            .cloned()
            .collect();
        after.extend(chosen.iter().filter(|p| !before.contains(p)).cloned());
        if &after != before {
            // A plan's name as it is; anything else quoted, for the loader to name.
            let written: Vec<String> = after
                .iter()
                .map(|p| {
                    let plain = !p.is_empty()
                        && p.chars()
                            .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
                    if plain { p.clone() } else { quoted(p) }
                })
                .collect();
            match root.entry("pupils") {
                Some(entry) => {
                    edits.replace_value(text, entry, &format!("[{}]", written.join(", ")));
                }
                None => problems.push(
                    Diagnostic::new("the group plan has no `pupils:` list to change")
                        .field("pupils")
                        .hint("add `pupils: [NAME, …]` to the group plan in a text editor"),
                ),
            }
        }
    }
    let added = match new_target_lines(text, plan.and_then(|p| p.get("targets")), sent) {
        Ok(lines) => lines,
        Err(d) => {
            problems.push(d);
            String::new()
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut edited = edits.apply(text);
    for (path, removed, added) in restructure {
        edited = restructure_list(&edited, &path, &removed, &added).map_err(|d| vec![d])?;
    }
    if action == Move::None && added.is_empty() {
        return Ok(edited);
    }
    // Moves and the new target, on the file as edited (its positions are new).
    let root = yaml_tree::parse(&edited).ok_or_else(unreadable)?;
    let fixed = || {
        vec![
            Diagnostic::new(
                "the plan's targets are written in a short form the page cannot move or add to",
            )
            .field("plan.targets")
            .hint("write each target on its own lines starting with `- `, as in the example plans"),
        ]
    };
    let Some(list) = root
        .at("plan.targets")
        .filter(|l| !l.flow && !l.items().is_empty())
    else {
        return Err(fixed());
    };
    let count = list.items().len();
    let mut order: Vec<usize> = (0..count).collect();
    match action {
        Move::Up(i) if i > 0 && i < count => order.swap(i - 1, i),
        Move::Down(i) if i + 1 < count => order.swap(i, i + 1),
        Move::Remove(i) if i < count => {
            order.remove(i);
        }
        _ => {}
    }
    let mut out = yaml_tree::reorder(&edited, list, &order, &added).ok_or_else(fixed)?;
    // A group's outcomes, a list for each pupil, move with the targets too.
    if model.pupils.is_some() {
        out = move_group_outcomes(&out, &order)?;
    }
    // The review's outcomes are the targets' in order: they move with them.
    if let Some(outcomes) = yaml_tree::parse(&out)
        .as_ref()
        .and_then(|r| r.at("review.outcomes"))
        .filter(|o| !o.items().is_empty())
    {
        let had = outcomes.items().len();
        let moved = outcome_order(&order, had).map_err(|target| {
            vec![
                Diagnostic::new(format!(
                    "target {} has no outcome at the review yet, so it cannot go before a target that has one",
                    target + 1
                ))
                .field("review.outcomes")
                .hint("the review's outcomes are listed in the targets' order: give it an outcome first, in the plan file"),
            ]
        })?;
        if moved != (0..had).collect::<Vec<_>>() {
            out = yaml_tree::reorder(&out, outcomes, &moved, "").ok_or_else(|| {
                vec![
                    Diagnostic::new(
                        "the review's outcomes are written in a short form the page cannot move",
                    )
                    .field("review.outcomes")
                    .hint("write each outcome on its own line starting with `- `"),
                ]
            })?;
        }
    }
    Ok(out)
}

/// The form as it was sent, over the plan's values: what a refused save shows again.
pub fn overlay(model: &mut Model, sent: &Sent) {
    if let Some(pupils) = &mut model.pupils
        && sent.contains_key("pupils:shown")
    {
        *pupils = sent.get("pupils").cloned().unwrap_or_default();
    }
    let get = |key: String| one(sent, &key).map(str::to_owned);
    for target in &mut model.targets {
        if let Some(o) = &mut target.outcome
            && let Some(r) = get(format!("{}:result", o.path))
        {
            o.result = r;
        }
    }
    let texts = model
        .texts
        .iter_mut()
        .chain(
            model
                .lists
                .iter_mut()
                .flat_map(|l| l.items.iter_mut().chain(std::iter::once(&mut l.new_item))),
        )
        .chain(model.review.iter_mut())
        .chain(model.targets.iter_mut().flat_map(|t| {
            t.texts
                .iter_mut()
                .chain(t.outcome.as_mut().map(|o| &mut o.comment))
        }))
        .chain(model.new_target.texts.iter_mut());
    for slot in texts {
        let path = slot.path.clone();
        if let Some(id) = get(format!("{path}:bank")) {
            if id != slot.bank {
                slot.params = bank::entry(&id)
                    .map(|e| {
                        e.params
                            .iter()
                            .map(|p| ParamBox {
                                name: p.clone(),
                                value: String::new(),
                            })
                            .collect()
                    })
                    .unwrap_or_default();
            }
            slot.bank = id;
        }
        for p in &mut slot.params {
            if let Some(v) = get(format!("{path}:param:{}", p.name)) {
                p.value = v;
            }
        }
        if let Some(v) = get(format!("{path}:text")) {
            slot.text = v;
        }
        for l in &mut slot.languages {
            if let Some(v) = get(format!("{path}:text:{}", l.tag)) {
                l.value = v;
            }
        }
    }
    let people = model
        .targets
        .iter_mut()
        .chain(std::iter::once(&mut model.new_target));
    for target in people {
        let path = target.who.path.clone();
        if let Some(v) = get(format!("{path}:role")) {
            target.who.role = v;
        }
        if let Some(v) = get(format!("{path}:name")) {
            target.who.name = v;
        }
        let path = target.when.path.clone();
        if sent.contains_key(&format!("{path}:shown")) {
            for key in SCHEDULE.iter().filter(|k| **k != "days") {
                if let Some(v) = get(format!("{path}:{key}")) {
                    target.when.values.insert((*key).to_owned(), v);
                }
            }
            target.when.days = sent
                .get(&format!("{path}:days"))
                .cloned()
                .unwrap_or_default();
        }
    }
}
