//! The structured parts of a plan written out in the document's language: people by name
//! and role ("Mrs Lee (teaching assistant)"), and schedules ("10 minutes, 4 mornings a
//! week"). The roles, the phrases of a schedule, the days and the time of day come from the
//! locale's messages and from CLDR; names stay as written.

use crate::input::plan::{Keyword, Person, PersonOrText, Schedule, When, Who};
use crate::localize::{Context, Field, num, s};

/// A name and what it is followed by in brackets ("Samina Khan (mother)"): the name stays
/// as written, set apart so that it keeps its place in a line of the other direction,
/// inside a paragraph in the direction of the role's language. A role that carries its
/// English name in brackets already ("مراقب جایگزین (foster carer)") follows a dash
/// instead, so that brackets never nest.
pub(crate) fn name_with(name: &str, role: Field, field: &str) -> Field {
    let text = if crate::localize::without_marks(&role.text).contains('(') {
        format!("\u{2068}{name}\u{2069} – {}", role.text)
    } else {
        format!("\u{2068}{name}\u{2069} ({})", role.text)
    };
    Field {
        text,
        field: field.to_owned(),
        ..role
    }
}

/// A person in the document's language: "Mrs Lee (teaching assistant)", "Samina Khan
/// (mother)", a name alone, or a role alone ("Class teacher").
pub(crate) fn person(cx: &mut Context, person: &Person, path: &str) -> Field {
    // One of the school's texts, in the document's language by construction.
    cx.school_texts += 1;
    let role = match (&person.role, &person.relationship) {
        (Some(role), _) => Some(cx.keyword(role, "role", &format!("{path}.role"))),
        (None, Some(rel)) => Some(cx.keyword(rel, "relationship", &format!("{path}.relationship"))),
        (None, None) => None,
    };
    match (&person.name, role) {
        (Some(name), Some(role)) => name_with(name, role, &format!("{path}.name")),
        (Some(name), None) => cx.name(name, &format!("{path}.name")),
        (None, Some(mut role)) => {
            // A known role standing alone starts the value: a capital where the script
            // has them. The school's own words are shown as written.
            if matches!(person.role, Some(Keyword::Known(..))) {
                role.text = cx.capitalized(&role.text);
            }
            role
        }
        // A person has a name or a role (checked when the plan is read).
        (None, None) => cx.name("", path),
    }
}

/// One person or the school's words.
fn person_or_text(cx: &mut Context, p: &PersonOrText, path: &str) -> Field {
    match p {
        PersonOrText::Person(person) => self::person(cx, person, path),
        PersonOrText::Text(text) => cx.text(text, path),
    }
}

/// Who helps with a target: one person or text, or several joined as the language joins a
/// list ("Class teacher and Mr Hale (teacher of the deaf)").
pub(crate) fn who(cx: &mut Context, who: &Who, path: &str) -> Field {
    if let [one] = who.0.as_slice() {
        return person_or_text(cx, one, path);
    }
    let parts: Vec<Field> = who
        .0
        .iter()
        .enumerate()
        .map(|(i, p)| person_or_text(cx, p, &format!("{path}[{i}]")))
        .collect();
    let texts: Vec<String> = parts.iter().map(|f| f.text.clone()).collect();
    let joined = cx.list(&texts);
    // Several people read as one phrase in the document's language (the first one's when
    // each is the school's own words in another).
    let mut field = if parts
        .iter()
        .all(|f| f.lang != cx.language.id().language.as_str())
    {
        parts[0].clone()
    } else {
        cx.localized_field(String::new(), path)
    };
    field.text = joined;
    field.field = path.to_owned();
    field
}

/// Who came to a review: each person in the document's language.
pub(crate) fn present(cx: &mut Context, p: &PersonOrText, path: &str) -> Field {
    person_or_text(cx, p, path)
}

/// When and how often, in the document's language: a schedule written out from its parts
/// ("10 minutes, 4 mornings a week, for 6 weeks"), or the school's words.
pub(crate) fn when(cx: &mut Context, when: &When, path: &str) -> Field {
    match when {
        When::Text(text) => cx.text(text, path),
        When::Schedule(schedule) => {
            cx.school_texts += 1;
            // It starts the value: a capital where the script has them ("Every lesson").
            let text = self::schedule(cx, schedule);
            let text = cx.capitalized(&text);
            cx.localized_field(text, path)
        }
    }
}

/// A schedule's parts in the document's words, joined as a list of measures.
pub(crate) fn schedule(cx: &mut Context, schedule: &Schedule) -> String {
    let part = schedule.part_of_day.map_or("none", |p| p.key());
    let mut parts = Vec::new();
    if let Some(minutes) = schedule.minutes {
        parts.push(cx.msg("when-minutes", &[("minutes", num(usize::from(minutes)))]));
    }
    let often = if let Some(every) = schedule.every {
        Some(cx.msg("when-every", &[("every", s(every.key()))]))
    } else if !schedule.days.is_empty() {
        let names: Vec<String> = schedule
            .days
            .iter()
            .map(|d| cx.weekday(d.index()))
            .collect();
        let days = cx.list(&names);
        Some(cx.msg(
            "when-days",
            &[
                ("days", s(&days)),
                ("count", num(names.len())),
                ("part", s(part)),
            ],
        ))
    } else {
        schedule.times_a_week.map(|times| {
            cx.msg(
                "when-times-a-week",
                &[("times", num(usize::from(times))), ("part", s(part))],
            )
        })
    };
    if let Some(often) = often {
        parts.push(match schedule.time {
            Some(time) => {
                let at = cx.time_of_day(time.hour, time.minute);
                cx.msg("when-at", &[("when", s(&often)), ("time", s(&at))])
            }
            None => often,
        });
    }
    if let Some(weeks) = schedule.weeks {
        parts.push(cx.msg("when-weeks", &[("weeks", num(usize::from(weeks)))]));
    }
    // One after the other, as the locale writes it: CLDR's lists join the last two with
    // "and" in most languages, which reads badly after a list of days ("15 minut i
    // poniedziałek i środa").
    let mut parts = parts.into_iter();
    let first = parts.next().unwrap_or_default();
    parts.fold(first, |before, after| {
        cx.msg(
            "when-parts",
            &[("before", s(&before)), ("after", s(&after))],
        )
    })
}
