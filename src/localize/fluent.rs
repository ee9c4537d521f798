//! The Fluent messages of every language, embedded and parsed once.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;

use super::languages::{LANGUAGES, Language};
use crate::diag::Diagnostic;

/// A problem with a locale (a malformed `.ftl` file) or with a requested language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleError {
    /// A `.ftl` file does not parse.
    Malformed {
        /// The language tag.
        tag: String,
        /// 1-based line of the first error.
        line: usize,
        /// What the parser said.
        message: String,
    },
}

impl fmt::Display for LocaleError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LocaleError::Malformed { tag, line, message } => write!(
                f,
                "malformed message file locales/{tag}/iep.ftl:{line} ({message})"
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

/// Parses every embedded locale once.
pub(crate) fn bundles() -> Result<&'static BTreeMap<&'static str, Bundle>, LocaleError> {
    static BUNDLES: OnceLock<Result<BTreeMap<&'static str, Bundle>, LocaleError>> = OnceLock::new();
    BUNDLES
        .get_or_init(|| {
            LANGUAGES
                .iter()
                .map(|l| Ok((l.tag, parse_bundle(l)?)))
                .collect()
        })
        .as_ref()
        .map_err(Clone::clone)
}

fn parse_bundle(language: &Language) -> Result<Bundle, LocaleError> {
    let malformed = |pos: usize, message: String| LocaleError::Malformed {
        tag: language.tag.to_owned(),
        line: language.ftl[..pos.min(language.ftl.len())]
            .matches('\n')
            .count()
            + 1,
        message,
    };
    let resource = FluentResource::try_new(language.ftl.to_owned()).map_err(|(_, errors)| {
        let first = &errors[0];
        malformed(first.pos.start, first.kind.to_string())
    })?;
    let mut bundle = FluentBundle::new_concurrent(vec![language.id()]);
    bundle.set_use_isolating(false);
    bundle
        .add_resource(resource)
        .map_err(|errors| malformed(0, format!("{errors:?}")))?;
    Ok(bundle)
}

/// Checks that every embedded locale parses; returns the ids of each locale's messages.
pub fn message_ids() -> Result<BTreeMap<&'static str, Vec<String>>, LocaleError> {
    LANGUAGES
        .iter()
        .map(|l| {
            let resource = FluentResource::try_new(l.ftl.to_owned()).map_err(|(_, errors)| {
                LocaleError::Malformed {
                    tag: l.tag.to_owned(),
                    line: l.ftl[..errors[0].pos.start].matches('\n').count() + 1,
                    message: errors[0].kind.to_string(),
                }
            })?;
            let ids = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            Ok((l.tag, ids))
        })
        .collect()
}

crate::error::into_error!(LocaleError);
