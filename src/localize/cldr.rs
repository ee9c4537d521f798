//! What CLDR says (through ICU4X) about writing dates, numbers, lists, days of the week,
//! months and times of day in each language, for a document's [`Context`].

use super::Context;
use crate::input::plan::Date;

/// The tag whose CLDR data serves a language's dates and times: CLDR has no date formats
/// for Punjabi in Shahmukhi, which writes months and days as Urdu does.
fn cldr_tag(tag: &str) -> &str {
    match tag {
        "pa-Arab" => "ur",
        other => other,
    }
}

/// Formats a date in a language's long style, with ICU4X (`22 January 2027`).
pub fn format_date(tag: &str, date: Date) -> String {
    use icu_datetime::DateTimeFormatter;
    use icu_datetime::fieldsets::YMD;
    // Always the Gregorian calendar: the dates are the school's, in England (Persian's
    // default calendar, for one, is the Solar Hijri).
    // CLDR has no date formats for Punjabi in Shahmukhi (ICU4X would print `2027 M01 22`);
    // it writes the months as Urdu does, so Urdu's formats serve.
    let tag = match tag {
        "pa-Arab" => "ur",
        other => other,
    };
    let locale = icu_locale_core::Locale::try_from_str(&format!("{tag}-u-ca-gregory"))
        .unwrap_or(icu_locale_core::Locale::UNKNOWN);
    let iso = icu_calendar::Date::try_new_iso(date.year, date.month, date.day);
    match (DateTimeFormatter::try_new(locale.into(), YMD::long()), iso) {
        (Ok(formatter), Ok(iso)) => formatter.format(&iso).to_string(),
        // Compiled data covers every locale, and plan dates are checked when loaded.
        _ => date.to_string(),
    }
}

impl Context<'_> {
    /// A number as the language writes it (its digits and separators), with `decimals`
    /// digits after the point: `value` counts in units of 10^-decimals.
    pub fn number(&self, value: i64, decimals: i16) -> String {
        use icu_decimal::DecimalFormatter;
        use icu_decimal::input::Decimal;
        let mut decimal = Decimal::from(value);
        decimal.multiply_pow10(-decimals);
        decimal.pad_end(-decimals);
        let locale = icu_locale_core::Locale::try_from_str(self.language.tag)
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        match DecimalFormatter::try_new(locale.into(), Default::default()) {
            Ok(formatter) => formatter.format(&decimal).to_string(),
            Err(_) => decimal.to_string(),
        }
    }

    /// Items joined as the language writes a list of things that all hold: "A, B and C",
    /// "A، B، اور C" (CLDR's list patterns, through ICU4X; CLDR has none for Shahmukhi,
    /// which gets the root's "A, B, C").
    pub fn list(&self, items: &[String]) -> String {
        use icu_list::ListFormatter;
        use icu_list::options::{ListFormatterOptions, ListLength};
        let locale = icu_locale_core::Locale::try_from_str(self.language.tag)
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let options = ListFormatterOptions::default().with_length(ListLength::Wide);
        match ListFormatter::try_new_and(locale.into(), options) {
            Ok(formatter) => formatter.format(items.iter()).to_string(),
            Err(_) => items.join(", "),
        }
    }

    /// A day of the week's name (0 is Monday) as the language writes it standing alone,
    /// from CLDR through ICU4X.
    pub fn weekday(&self, index: u8) -> String {
        use icu_calendar::Gregorian;
        use icu_calendar::types::Weekday;
        use icu_datetime::FixedCalendarDateTimeFormatter;
        use icu_datetime::fieldsets::E;
        let day = [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
        ][usize::from(index % 7)];
        let locale = icu_locale_core::Locale::try_from_str(cldr_tag(self.language.tag))
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        match FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), E::long()) {
            Ok(formatter) => formatter.format(&day).to_string(),
            Err(_) => format!("{day:?}"),
        }
    }

    /// A month's name (1 is January) as the language writes it standing alone, from CLDR
    /// through ICU4X.
    pub fn month_name(&self, month: u8) -> String {
        use icu_calendar::{Date as IcuDate, Gregorian};
        use icu_datetime::FixedCalendarDateTimeFormatter;
        use icu_datetime::fieldsets::M;
        let locale = icu_locale_core::Locale::try_from_str(cldr_tag(self.language.tag))
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        let date = IcuDate::try_new_gregorian(2027, month.clamp(1, 12), 1);
        match (
            FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale.into(), M::long()),
            date,
        ) {
            (Ok(formatter), Ok(date)) => formatter.format(&date).to_string(),
            _ => month.to_string(),
        }
    }

    /// A time of day as the language writes it ("8:50", "08:50"), from CLDR through ICU4X.
    pub fn time_of_day(&self, hour: u8, minute: u8) -> String {
        use icu_datetime::NoCalendarFormatter;
        use icu_datetime::fieldsets::T;
        use icu_datetime::input::Time;
        let locale = icu_locale_core::Locale::try_from_str(cldr_tag(self.language.tag))
            .unwrap_or(icu_locale_core::Locale::UNKNOWN);
        match (
            NoCalendarFormatter::try_new(locale.into(), T::hm()),
            Time::try_new(hour, minute, 0, 0),
        ) {
            (Ok(formatter), Ok(time)) => formatter.format(&time).to_string(),
            _ => format!("{hour}:{minute:02}"),
        }
    }

    /// A word put at the start of a value with its first letter a capital, where the
    /// script has capitals ("teaching assistant" standing alone is "Teaching assistant").
    /// Turkish dots its capital i.
    pub fn capitalized(&self, text: &str) -> String {
        let mut chars = text.chars();
        let Some(first) = chars.next() else {
            return String::new();
        };
        let upper: String = match (first, self.language.id().language.as_str()) {
            ('i', "tr") => "İ".to_owned(),
            (c, _) => c.to_uppercase().collect(),
        };
        upper + chars.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::localize::Language;

    fn language(tag: &str) -> &'static Language {
        Language::find(&tag.parse().unwrap()).unwrap()
    }

    /// Issue 15: a list is joined as its language writes one (it was ", " everywhere).
    #[test]
    fn lists_are_joined_as_each_language_joins_them() {
        let list = |tag: &str| {
            let cx = Context::new(language(tag), "en-GB".into()).unwrap();
            cx.list(&["A".into(), "B".into(), "C".into()])
        };
        assert_eq!(list("en-GB"), "A, B and C");
        assert_eq!(list("pl"), "A, B i C");
        assert_eq!(list("ar"), "A وB وC");
        assert_eq!(list("ur"), "A، B، اور C");
        assert_eq!(list("bn"), "A, B এবং C");
        assert!(list("fa").ends_with("و C") && list("fa").contains('،'));
    }

    /// Issue 16: measures are listed, days named and times written as each language does
    /// (CLDR through ICU4X).
    #[test]
    fn measures_days_and_times_are_written_as_each_language_writes_them() {
        let cx = |tag: &str| Context::new(language(tag), "en-GB".into()).unwrap();
        assert_eq!(cx("en-GB").weekday(1), "Tuesday");
        assert_eq!(cx("pl").weekday(1), "wtorek");
        assert_eq!(cx("en-GB").time_of_day(8, 50), "08:50");
        assert_eq!(cx("en-GB").capitalized("every lesson"), "Every lesson");
        assert_eq!(cx("tr").capitalized("ilk"), "İlk");
        // Shahmukhi names the days as Urdu does.
        assert_eq!(cx("pa-Arab").weekday(4), cx("ur").weekday(4));
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let date = Date {
            year: 2027,
            month: 1,
            day: 22,
        };
        assert_eq!(format_date("en-GB", date), "22 January 2027");
        assert_eq!(format_date("pl", date), "22 stycznia 2027");
        // Persian's own calendar is not the school's: the date stays Gregorian.
        assert!(
            format_date("fa", date).contains("ژانویه"),
            "{}",
            format_date("fa", date)
        );
        // Shahmukhi has no CLDR date formats of its own and writes months as Urdu does.
        assert_eq!(format_date("pa-Arab", date), format_date("ur", date));
    }
}
