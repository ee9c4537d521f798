//! The Fluent messages of every language, embedded and parsed once.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentResource, FluentValue};

use super::languages::{LANGUAGES, Language};
use crate::diag::Diagnostic;

/// A problem with a locale (a malformed `.ftl` file) or with a requested language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleError {
    /// A `.ftl` file does not parse.
    Malformed {
        /// The language tag.
        tag: String,
        /// The file: `iep.ftl` (the messages) or `bank.ftl` (the bank's entries).
        file: &'static str,
        /// 1-based line of the first error.
        line: usize,
        /// What the parser said.
        message: String,
    },
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LocaleError::Malformed {
                tag,
                file,
                line,
                message,
            } => write!(
                f,
                "malformed message file locales/{tag}/{file}:{line} ({message})"
            ),
        }
    }
}

impl LocaleError {
    /// The problem as a diagnostic, with its fix.
    pub fn diagnostic(&self) -> Diagnostic {
        match self {
            LocaleError::Malformed { .. } => {
                Diagnostic::new(self.to_string()).hint("fix the Fluent syntax on that line")
            }
        }
    }
}

impl std::error::Error for LocaleError {}

pub(crate) type Bundle = FluentBundle<FluentResource>;

/// One language's messages and bank, parsed the first time they are needed (a single copy
/// needs its language and English, not all of them), once for the process.
pub(crate) fn bundle(tag: &str) -> Result<&'static Bundle, LocaleError> {
    type Lazy = OnceLock<Result<Bundle, LocaleError>>;
    static BUNDLES: OnceLock<BTreeMap<&'static str, Lazy>> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| LANGUAGES.iter().map(|l| (l.tag, OnceLock::new())).collect());
    let (language, lazy) = LANGUAGES
        .iter()
        .find(|l| l.tag == tag)
        .and_then(|l| all.get(l.tag).map(|lazy| (l, lazy)))
        .ok_or_else(|| LocaleError::Malformed {
            tag: tag.to_owned(),
            file: "iep.ftl",
            line: 0,
            message: "no such locale".to_owned(),
        })?;
    lazy.get_or_init(|| parse_bundle(language))
        .as_ref()
        .map_err(Clone::clone)
}

fn parse_bundle(language: &Language) -> Result<Bundle, LocaleError> {
    let mut resources = Vec::new();
    for (file, text) in language.files() {
        let malformed = |pos: usize, message: String| LocaleError::Malformed {
            tag: language.tag.to_owned(),
            file,
            line: text[..pos.min(text.len())].matches('\n').count() + 1,
            message,
        };
        let ftl = fluent_syntax::parser::parse(text).map_err(|(_, errors)| {
            let first = &errors[0];
            malformed(first.pos.start, first.kind.to_string())
        })?;
        let resource = FluentResource::try_new(with_cldr_plurals(ftl))
            .map_err(|(_, errors)| malformed(0, errors[0].kind.to_string()))?;
        resources.push(resource);
    }
    bundle_of(language, resources).map_err(|message| LocaleError::Malformed {
        tag: language.tag.to_owned(),
        file: "iep.ftl",
        line: 0,
        message,
    })
}

/// A bundle of a school's own bank entries in one language (already parsed once without
/// errors), made as the shipped locales are: CLDR's plurals, isolation, `EN`.
pub(crate) fn school_bundle(language: &Language, text: &str) -> Result<Bundle, String> {
    let ftl = fluent_syntax::parser::parse(text).map_err(|(_, e)| e[0].kind.to_string())?;
    let resource =
        FluentResource::try_new(with_cldr_plurals(ftl)).map_err(|(_, e)| e[0].kind.to_string())?;
    bundle_of(language, vec![resource])
}

/// A bundle of one language's messages, with the `PLURAL` function.
fn bundle_of(language: &Language, resources: Vec<FluentResource>) -> Result<Bundle, String> {
    let mut bundle = FluentBundle::new_concurrent(vec![language.id()]);
    // Every value a message puts into its text is set apart by U+2068 … U+2069.
    bundle.set_use_isolating(true);
    let rules = plural_rules(language.tag)?;
    bundle
        .add_function("PLURAL", move |positional, _named| {
            match positional.first() {
                Some(FluentValue::Number(n)) => FluentValue::String(category(&rules, n).into()),
                Some(other) => other.clone(),
                None => FluentValue::None,
            }
        })
        .map_err(|e| format!("{e:?}"))?;
    // Words in English inside a translation (`{ EN("SEN Support") }`), marked so that the
    // writers can give them their language.
    bundle
        .add_function("EN", |positional, _named| match positional.first() {
            Some(FluentValue::String(words)) => FluentValue::String(
                format!("{}{words}{}", super::ENGLISH_BEGINS, super::ENGLISH_ENDS).into(),
            ),
            Some(other) => other.clone(),
            None => FluentValue::None,
        })
        .map_err(|e| format!("{e:?}"))?;
    for resource in resources {
        bundle
            .add_resource(resource)
            .map_err(|errors| format!("{errors:?}"))?;
    }
    Ok(bundle)
}

/// A language's cardinal plural rules, from CLDR through ICU4X. CLDR's plural rules belong
/// to a language, not to its script: Shahmukhi (`pa-Arab`) counts as Punjabi does, while
/// its locale data falls back to the root locale, whose rules have no `one`.
fn plural_rules(tag: &str) -> Result<icu_plurals::PluralRules, String> {
    let mut locale =
        icu_locale_core::Locale::try_from_str(tag).map_err(|e| format!("{tag}: {e}"))?;
    locale.id.script = None;
    icu_plurals::PluralRules::try_new_cardinal(locale.into())
        .map_err(|e| format!("no plural rules for {tag}: {e}"))
}

/// The plural category of a number as written (`1` and `1.0` can differ), as Fluent names
/// it.
fn category(rules: &icu_plurals::PluralRules, number: &FluentNumber) -> &'static str {
    use icu_plurals::{PluralCategory as C, PluralOperands};
    let operands = match icu_decimal::input::Decimal::try_from_str(&number.as_string()) {
        Ok(decimal) => PluralOperands::from(&decimal),
        Err(_) => return "other",
    };
    match rules.category_for(operands) {
        C::Zero => "zero",
        C::One => "one",
        C::Two => "two",
        C::Few => "few",
        C::Many => "many",
        C::Other => "other",
    }
}

/// The plural categories, as variant keys.
const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// Makes every select expression on a number's plural category select on
/// `PLURAL(selector)` instead, which gives the category from CLDR through ICU4X as text.
/// fluent-bundle's own rules (intl_pluralrules 7.0.2) are wrong for three shipped languages
/// on 0–1000: Lithuanian 22–29, 32–39, 45 … fell into `other` ("45 minučių" for "45
/// minutės"), Romanian 101–119 and Arabic 103–110 (and more) missed `few`. A selector is wrapped when one of its keys other than
/// `other` is a plural category; a select on text (a language tag, a stage) or on exact
/// numbers (`[0]`) is left alone.
fn with_cldr_plurals(mut resource: fluent_syntax::ast::Resource<&str>) -> String {
    use fluent_syntax::ast::{CallArguments, Identifier, InlineExpression};
    each_select(&mut resource, &mut |selector, plural| {
        if plural && !is_plural_call(selector) {
            let inner = std::mem::replace(selector, InlineExpression::StringLiteral { value: "" });
            *selector = InlineExpression::FunctionReference {
                id: Identifier { name: "PLURAL" },
                arguments: CallArguments {
                    positional: vec![inner],
                    named: Vec::new(),
                },
            };
        }
    });
    fluent_syntax::serializer::serialize(&resource)
}

/// Whether a selector is already `PLURAL(…)`.
fn is_plural_call(selector: &fluent_syntax::ast::InlineExpression<&str>) -> bool {
    matches!(selector, fluent_syntax::ast::InlineExpression::FunctionReference { id, .. } if id.name == "PLURAL")
}

/// Calls `f` with every select expression's selector in a resource, and whether its
/// variants are keyed by plural categories.
fn each_select<'s>(
    resource: &mut fluent_syntax::ast::Resource<&'s str>,
    f: &mut dyn FnMut(&mut fluent_syntax::ast::InlineExpression<&'s str>, bool),
) {
    use fluent_syntax::ast::{
        Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
    };
    type F<'a, 's> = dyn FnMut(&mut InlineExpression<&'s str>, bool) + 'a;
    fn expression<'s>(e: &mut Expression<&'s str>, f: &mut F<'_, 's>) {
        match e {
            Expression::Select { selector, variants } => {
                inline(selector, f);
                for variant in variants.iter_mut() {
                    pattern(&mut variant.value, f);
                }
                let plural = variants.iter().any(|v| {
                    matches!(&v.key, VariantKey::Identifier { name }
                        if *name != "other" && CATEGORIES.contains(name))
                });
                f(selector, plural);
            }
            Expression::Inline(i) => inline(i, f),
        }
    }
    fn inline<'s>(i: &mut InlineExpression<&'s str>, f: &mut F<'_, 's>) {
        match i {
            InlineExpression::Placeable { expression: e } => expression(e, f),
            InlineExpression::FunctionReference { arguments, .. }
            | InlineExpression::TermReference {
                arguments: Some(arguments),
                ..
            } => {
                for argument in &mut arguments.positional {
                    inline(argument, f);
                }
            }
            _ => {}
        }
    }
    fn pattern<'s>(p: &mut Pattern<&'s str>, f: &mut F<'_, 's>) {
        for element in &mut p.elements {
            if let PatternElement::Placeable { expression: e } = element {
                expression(e, f);
            }
        }
    }
    for entry in &mut resource.body {
        let (value, attributes) = match entry {
            Entry::Message(m) => (m.value.as_mut(), &mut m.attributes),
            Entry::Term(t) => (Some(&mut t.value), &mut t.attributes),
            _ => continue,
        };
        if let Some(value) = value {
            pattern(value, f);
        }
        for attribute in attributes.iter_mut() {
            pattern(&mut attribute.value, f);
        }
    }
}

/// Checks that every embedded locale parses; returns the ids of each locale's messages
/// (its `iep.ftl`, then its bank's entries).
pub fn message_ids() -> Result<BTreeMap<&'static str, Vec<String>>, LocaleError> {
    LANGUAGES
        .iter()
        .map(|l| {
            let mut ids = Vec::new();
            for (file, text) in l.files() {
                let resource =
                    FluentResource::try_new(text.to_owned()).map_err(|(_, errors)| {
                        LocaleError::Malformed {
                            tag: l.tag.to_owned(),
                            file,
                            line: text[..errors[0].pos.start].matches('\n').count() + 1,
                            message: errors[0].kind.to_string(),
                        }
                    })?;
                ids.extend(resource.entries().filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                }));
            }
            Ok((l.tag, ids))
        })
        .collect()
}

crate::error::into_error!(LocaleError);

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_bundle::FluentArgs;

    /// A bundle of one message that names the plural category of `$n`, made the way the
    /// shipped locales are.
    fn categories(language: &Language) -> Bundle {
        let ftl = "n = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let resource = FluentResource::try_new(with_cldr_plurals(
            fluent_syntax::parser::parse(ftl).unwrap(),
        ))
        .unwrap();
        bundle_of(language, vec![resource]).unwrap()
    }

    fn select(bundle: &Bundle, n: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("n", FluentValue::try_number(n));
        let pattern = bundle.get_message("n").unwrap().value().unwrap();
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&args), &mut errors)
            .into_owned()
    }

    /// Every shipped language selects the category CLDR gives (through ICU4X, asked
    /// directly here) for 0 to 1000 and for decimals written with one or two places.
    #[test]
    fn every_language_selects_cldr_plural_categories() {
        let mut numbers: Vec<String> = (0..=1000).map(|n| n.to_string()).collect();
        numbers.extend((0..=300).map(|n| format!("{}.{}", n / 10, n % 10)));
        numbers.extend(["1.00", "1.50", "2.05", "0.01", "21.0"].map(str::to_owned));
        for language in LANGUAGES {
            let bundle = categories(language);
            let rules = plural_rules(language.tag).unwrap();
            for n in &numbers {
                let decimal = icu_decimal::input::Decimal::try_from_str(n).unwrap();
                let expected = match rules.category_for(&decimal) {
                    icu_plurals::PluralCategory::Zero => "zero",
                    icu_plurals::PluralCategory::One => "one",
                    icu_plurals::PluralCategory::Two => "two",
                    icu_plurals::PluralCategory::Few => "few",
                    icu_plurals::PluralCategory::Many => "many",
                    icu_plurals::PluralCategory::Other => "other",
                };
                assert_eq!(select(&bundle, n), expected, "{} {n}", language.tag);
            }
        }
    }

    /// Where fluent-bundle's own rules (intl_pluralrules 7.0.2) and CLDR part, as CLDR's
    /// plurals.xml writes the rules: Lithuanian 22-29 and 45 are `few` (`n % 10 = 2..9`),
    /// Romanian 101-119 `few` (`n % 100 = 2..19`), Arabic 103-110 `few` (`n % 100 = 3..10`)
    /// and 111 `many`; Shahmukhi counts as Punjabi (`n = 0..1` is `one`).
    #[test]
    fn counts_are_cldrs_where_fluent_bundles_own_rules_are_wrong() {
        let expect = [
            ("lt", "1", "one"),
            ("lt", "21", "one"),
            ("lt", "11", "other"),
            ("lt", "22", "few"),
            ("lt", "45", "few"),
            ("lt", "12", "other"),
            ("lt", "0.5", "many"),
            ("ro", "101", "few"),
            ("ro", "119", "few"),
            ("ro", "120", "other"),
            ("ar", "103", "few"),
            ("ar", "110", "few"),
            ("ar", "111", "many"),
            ("ar", "100", "other"),
            ("pa-Arab", "1", "one"),
            ("pa-Arab", "0", "one"),
            ("pa-Arab", "2", "other"),
        ];
        for (tag, n, category) in expect {
            let language = LANGUAGES.iter().find(|l| l.tag == tag).unwrap();
            assert_eq!(select(&categories(language), n), category, "{tag} {n}");
        }
    }

    /// Every plural select of every shipped locale goes through `PLURAL` once made into a
    /// bundle, and no select on text or exact numbers does; the messages are otherwise the
    /// same (the example's outputs are byte for byte unchanged but for the Lithuanian
    /// provision maps' "45 minutės").
    #[test]
    fn every_plural_select_of_every_locale_uses_cldr() {
        let mut plural_selects = 0;
        for language in LANGUAGES {
            let transformed =
                with_cldr_plurals(fluent_syntax::parser::parse(language.ftl).unwrap());
            let mut resource = fluent_syntax::parser::parse(transformed.as_str()).unwrap();
            each_select(&mut resource, &mut |selector, plural| {
                assert_eq!(is_plural_call(selector), plural, "{}", language.tag);
                plural_selects += usize::from(plural);
            });
            // Serialized again, the same: nothing else was changed.
            assert_eq!(
                fluent_syntax::serializer::serialize(&resource),
                transformed,
                "{}",
                language.tag
            );
        }
        assert!(plural_selects > 40, "{plural_selects}");
    }
}
