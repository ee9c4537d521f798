//! The IEP (SEN support plan): its model, and [`prepare`], which makes it from a plan file
//! in one language.

use std::path::{Path, PathBuf};

use serde::Serialize;
use unic_langid::LanguageIdentifier;

use super::{Document, Fact, Frame, Kind, Prepared, Recipient, frame, structured, support_service};
use crate::diag::Diagnostic;
use crate::error::Error;
use crate::input::group::{self, GroupPlan};
use crate::input::load;
use crate::input::plan::{LargePrint, OutcomeResult, Plan, School, Target, Text};
use crate::input::translations;
use crate::localize::bank::SchoolBank;
use crate::localize::{Context, Field, Language, num, s, source_tag};

impl Document for Iep {
    const KIND: Kind = Kind::Iep;
    fn frame(&self) -> &Frame {
        &self.frame
    }
}

/// One SMART target, localized.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct TargetDoc {
    /// `Target 1`.
    pub heading: String,
    /// The target.
    pub text: Field,
    /// Who helps, what they do, when, how success is measured, what to do at home.
    pub details: Vec<Fact>,
}

/// A group learning plan the pupil is in, in their own plan: its name, what it is, and
/// its targets (which name no other pupil).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct GroupSection {
    /// `Group learning plan: Reading group`.
    pub heading: String,
    /// What a group plan is, for this pupil.
    pub intro: String,
    pub targets: Vec<TargetDoc>,
}

/// One row of the review's table of outcomes.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct OutcomeRow {
    /// `Target 1`.
    pub target: String,
    /// Achieved, partly achieved or not achieved yet.
    pub result: String,
    /// The school's comment.
    pub comment: Option<Field>,
}

/// The review, localized.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReviewDoc {
    /// The meeting's date and who came.
    pub facts: Vec<Fact>,
    /// The outcome of each target.
    pub outcomes: Vec<OutcomeRow>,
    /// Progress, comments and next steps, each with its heading.
    pub sections: Vec<Fact>,
}

/// How to get help: the school and the local parent support service.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ContactDoc {
    /// Who to talk to at school.
    pub senco: Option<String>,
    /// The school's phone number.
    pub school_phone: Option<Fact>,
    /// The support service's name.
    pub service: Option<Field>,
    /// Its phone, text, e-mail, web and drop-in.
    pub service_details: Vec<Fact>,
}

labels! {
    /// The IEP's headings and fixed labels.
    IepLabels {
        /// The title heading: `Amira Khan's support plan`.
        heading = "iep-heading",
        /// Whose copy it is.
        copy = "iep-copy",
        intro_heading = "iep-intro-heading",
        facts_heading = "facts-heading",
        targets_heading = "targets-heading",
        review_heading = "review-heading",
        review_outcomes = "review-outcomes",
        review_col_target = "review-col-target",
        review_col_result = "review-col-result",
        review_col_comment = "review-col-comment",
        contact_heading = "contact-heading",
        support_intro = "support-intro",
    }
}

/// The IEP as the template gets it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Iep {
    /// Whose copy it is (not shown as such: it decides the copy's notice).
    #[serde(skip)]
    pub copy: Recipient,
    /// Language, type, title and footer.
    #[serde(flatten)]
    pub frame: Frame,
    /// The pupil's name, as the author of the plan writes it.
    pub pupil: String,
    /// Fixed labels and headings.
    pub labels: IepLabels,
    /// The opening for parents, one paragraph an item.
    pub intro: Vec<String>,
    /// Key facts: pupil, class, stage, areas of need, staff and dates.
    pub facts: Vec<Fact>,
    /// Sections of the school's text (about, needs, what works), each with its heading.
    pub profile: Vec<Fact>,
    /// The sentence introducing the targets.
    pub targets_intro: String,
    /// The targets.
    pub targets: Vec<TargetDoc>,
    /// The group learning plans the pupil is in (their own copy only); left out of the
    /// data when there are none, so that a plan without groups makes the same bytes as
    /// before groups were known.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<GroupSection>,
    /// Home support, exit criteria, further assessments and agencies, each with its heading.
    pub closing: Vec<Fact>,
    /// The review, when the plan has one.
    pub review: Option<ReviewDoc>,
    /// How to get help.
    pub contact: ContactDoc,
}

/// What to make of a plan, beyond the plan itself.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The document's language; by default the family's.
    pub language: Option<&'static Language>,
    /// Large print; by default what the plan's `family.large_print` asks for.
    pub large_print: Option<LargePrint>,
    /// The school profile; by default `school.yaml` beside the plan or in its parent folder.
    pub school: Option<PathBuf>,
    /// Set Urdu in Nastaliq rather than Naskh (see the README on its text layer).
    pub nastaliq: bool,
    /// Show the school's source-language text beside each translated text.
    pub bilingual: bool,
    /// Whose copy it is; by default the school's when it is in the school's language and
    /// the family reads another, the family's otherwise. The school's copy is never in large
    /// print unless asked for.
    pub copy: Option<Recipient>,
}

/// Loads a plan and its school and localizes it: the IEP, ready to be written in any
/// format.
pub fn prepare(plan_path: &Path, options: &Options) -> Result<Prepared<Iep>, Error> {
    let school_path = match &options.school {
        Some(p) => p.clone(),
        None => load::find_school(plan_path)?,
    };
    let school = load::load_school(&school_path)?;
    let school_bank = load_school_bank(&school_path, &school)?;
    prepare_with_school(
        plan_path,
        &school_path,
        &school,
        school_bank.as_ref(),
        options,
    )
}

/// The school's own bank entries (`bank/` beside its `school_path`), when it has some.
pub fn load_school_bank(school_path: &Path, school: &School) -> Result<Option<SchoolBank>, Error> {
    let school_dir = school_path.parent().unwrap_or(Path::new("."));
    Ok(crate::localize::bank::load_school_bank(
        school_dir,
        &source_tag(school),
    )?)
}

/// Like [`prepare`], with the school profile and its own bank entries already read (from
/// `school_path`): a batch reads them once for all its documents.
pub fn prepare_with_school(
    plan_path: &Path,
    school_path: &Path,
    school: &School,
    school_bank: Option<&SchoolBank>,
    options: &Options,
) -> Result<Prepared<Iep>, Error> {
    let school_dir = school_path.parent().unwrap_or(Path::new("."));
    // Every problem of the plan at once, in the order of the file.
    let plan =
        crate::localize::bank::with_school_entries(school_bank, || load::load_plan_all(plan_path))
            .map_err(Error::from)?;
    // The group learning plans the pupil is in, after their own targets.
    let stem = plan_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let groups = crate::localize::bank::with_school_entries(school_bank, || {
        group::groups_of(school_dir, &stem)
    })?;
    let mut sources = vec![("school.".to_owned(), school_path.to_owned())];
    sources.extend(
        groups
            .iter()
            .map(|(name, path, _)| (format!("groups.{name}."), path.clone())),
    );
    sources.push((String::new(), plan_path.to_owned()));
    let inputs = [plan_path, school_path]
        .into_iter()
        .map(Path::to_path_buf)
        .chain(groups.iter().map(|(_, path, _)| path.clone()))
        .collect();
    let groups: Vec<(String, GroupPlan)> = groups.into_iter().map(|(n, _, g)| (n, g)).collect();
    localize(
        &plan,
        Sources {
            plan: plan_path,
            school_path,
            school,
            school_bank,
            sources,
            inputs,
        },
        options,
        None,
        &groups,
    )
}

/// One pupil's copy of a group learning plan (`plans/groups/NAME.yaml`): the group's plan
/// with the pupil's details, in their family's language and print size unless `options`
/// say otherwise, naming no other pupil of the group.
pub fn prepare_group(
    group_path: &Path,
    pupil: &str,
    options: &Options,
) -> Result<Prepared<Iep>, Error> {
    let school_dir = group::school_dir_of(group_path);
    let school_path = options
        .school
        .clone()
        .unwrap_or_else(|| school_dir.join("school.yaml"));
    let school = load::load_school(&school_path)?;
    let school_bank = load_school_bank(&school_path, &school)?;
    let group = crate::localize::bank::with_school_entries(school_bank.as_ref(), || {
        group::load_group(group_path)
    })?;
    if !group.pupils.iter().any(|p| p.value == pupil) {
        return Err(Diagnostic::in_file(
            group_path,
            format!("`{pupil}` is not one of the group's pupils"),
            "give a pupil listed under `pupils:`",
        )
        .into());
    }
    let pupil_path = school_dir.join("plans").join(format!("{pupil}.yaml"));
    let pupil_plan = crate::localize::bank::with_school_entries(school_bank.as_ref(), || {
        load::load_plan(&pupil_path)
    })?;
    let plan = group.for_pupil(&pupil_plan, pupil);
    localize(
        &plan,
        Sources {
            plan: &pupil_path,
            school_path: &school_path,
            school: &school,
            school_bank: school_bank.as_ref(),
            sources: vec![
                ("school.".to_owned(), school_path.clone()),
                ("pupil.".to_owned(), pupil_path.clone()),
                ("family.".to_owned(), pupil_path.clone()),
                (String::new(), group_path.to_owned()),
            ],
            inputs: vec![
                group_path.to_owned(),
                pupil_path.clone(),
                school_path.clone(),
            ],
        },
        options,
        Some(&group.group),
        &[],
    )
}

/// The pupils of a group learning plan (their plan files' names), once the plan is read
/// and checked.
pub fn group_pupils(group_path: &Path, options: &Options) -> Result<Vec<String>, Error> {
    let school_path = options
        .school
        .clone()
        .unwrap_or_else(|| group::school_dir_of(group_path).join("school.yaml"));
    let school = load::load_school(&school_path)?;
    let school_bank = load_school_bank(&school_path, &school)?;
    let group = crate::localize::bank::with_school_entries(school_bank.as_ref(), || {
        group::load_group(group_path)
    })?;
    Ok(group.pupils.into_iter().map(|p| p.value).collect())
}

/// Where a document's words come from.
struct Sources<'a> {
    /// The pupil's plan (the family's language is named there).
    plan: &'a Path,
    school_path: &'a Path,
    school: &'a School,
    school_bank: Option<&'a SchoolBank>,
    /// The file of each field, by prefix.
    sources: Vec<(String, PathBuf)>,
    /// Every file read (the translations and the school's bank entries are added).
    inputs: Vec<PathBuf>,
}

/// A plan (a pupil's, or a group's for one pupil) localized: the language, the copy and
/// the print size from the options and the family, then the document.
fn localize(
    plan: &Plan,
    from: Sources,
    options: &Options,
    group: Option<&Text>,
    groups: &[(String, GroupPlan)],
) -> Result<Prepared<Iep>, Error> {
    let school = from.school;
    let school_dir = from.school_path.parent().unwrap_or(Path::new("."));
    let source = &school.source_language;
    let source_language = Language::find(&source.value.0)
        .ok_or_else(|| unsupported(from.school_path, source, "source_language", &source.value.0))?;
    let family = &plan.family.language;
    let family_language = Language::find(&family.value.0)
        .ok_or_else(|| unsupported(from.plan, family, "family.language", &family.value.0))?;
    let language = options.language.unwrap_or(family_language);
    let copy = options.copy.unwrap_or(
        if language.tag == source_language.tag && family_language.tag != language.tag {
            Recipient::School
        } else {
            Recipient::Family
        },
    );
    let large_print = match (options.large_print, copy) {
        (Some(lp), _) => lp,
        (None, Recipient::Family) => plan.family.large_print,
        (None, Recipient::School) => LargePrint::No,
    };
    let memory_path = translations::memory_path(school_dir, language.tag);
    let memory = translations::load_memory(school_dir, &memory_path)?;
    let mut cx = Context::new(language, source_tag(school))?;
    cx.memory = memory.as_ref();
    cx.bilingual = options.bilingual;
    cx.school_bank = from.school_bank;
    let request = Request {
        large_print,
        copy,
        nastaliq: options.nastaliq,
        school,
        group,
        groups,
    };
    let document = build(&mut cx, plan, &request);
    let date = plan
        .review
        .as_ref()
        .map_or(plan.plan.start.value, |r| r.date.value);
    Ok(Prepared {
        document,
        language,
        large_print: large_print != LargePrint::No,
        fallbacks: cx.fallbacks,
        school_texts: cx.school_texts,
        date,
        sources: from.sources,
        inputs: from
            .inputs
            .into_iter()
            .chain(memory.is_some().then_some(memory_path))
            .chain(
                from.school_bank
                    .iter()
                    .flat_map(|b| b.files.iter().cloned()),
            )
            .collect(),
    })
}

/// The targets of a plan's body (`prefix` is its field path, `plan`), localized.
fn localize_targets(cx: &mut Context, targets: &[Target], prefix: &str) -> Vec<TargetDoc> {
    targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let path = format!("{prefix}.targets[{i}]");
            let mut details = Vec::new();
            if let Some(who) = &t.who {
                let value = structured::who(cx, who, &format!("{path}.who"));
                details.push(Fact {
                    label: cx.label("target-who"),
                    values: vec![value],
                });
            }
            if let Some(v) = &t.does_what {
                details.push(Fact {
                    label: cx.label("target-does-what"),
                    values: vec![cx.text(v, &format!("{path}.does_what"))],
                });
            }
            if let Some(when) = &t.when {
                let value = structured::when(cx, when, &format!("{path}.when"));
                details.push(Fact {
                    label: cx.label("target-when"),
                    values: vec![value],
                });
            }
            for (id, value, key) in [
                ("target-success", &t.success, "success"),
                ("target-home", &t.home, "home"),
            ] {
                if let Some(v) = value {
                    details.push(Fact {
                        label: cx.label(id),
                        values: vec![cx.text(v, &format!("{path}.{key}"))],
                    });
                }
            }
            TargetDoc {
                heading: cx.msg("target-heading", &[("number", num(i + 1))]),
                text: cx.text(&t.target, &format!("{path}.target")),
                details,
            }
        })
        .collect()
}

/// An unsupported language tag at its place in a file.
pub(crate) fn unsupported<T>(
    file: &Path,
    spanned: &serde_saphyr::Spanned<T>,
    field: &str,
    tag: &LanguageIdentifier,
) -> Diagnostic {
    load::at(
        file,
        spanned,
        field,
        format!("unsupported language `{tag}`"),
        format!("the supported languages are {}", Language::supported_list()),
    )
}

/// What the builder needs besides the plan and the localizing context.
struct Request<'a> {
    large_print: LargePrint,
    copy: Recipient,
    nastaliq: bool,
    school: &'a School,
    /// For a copy of a group learning plan, the group's name.
    group: Option<&'a Text>,
    /// The group plans the pupil is in, by file name (their own copy).
    groups: &'a [(String, GroupPlan)],
}

fn build(cx: &mut Context, plan: &Plan, request: &Request) -> Iep {
    let lang = cx.language;
    let school = request.school;
    let pupil = &plan.pupil;
    let body = &plan.plan;
    // Names as the family writes them, where the plan gives their writing in the
    // document's language (`{ en-GB: Bilal Hussain, ur: بلال حسین }`).
    let full_name = pupil.name.in_language(lang.tag).to_owned();
    let known_as = pupil.goes_by_in(lang.tag).to_owned();
    let name_arg = [("name", s(&known_as))];
    // The bank's entries speak of the pupil by name, and agree with them where the
    // language's grammar needs to.
    cx.pupil = Some((known_as.clone(), pupil.gender));

    // A group plan's copy: the group's name (in the family's language where given).
    let group_name = request.group.map(|g| cx.text(g, "group").text);
    let intro = vec![
        cx.msg(
            if group_name.is_some() {
                "group-intro-what"
            } else {
                "iep-intro-what"
            },
            &name_arg,
        ),
        cx.msg(
            "iep-intro-review",
            &[("date", s(&cx.date(body.review.value)))],
        ),
        cx.label("iep-intro-formats"),
    ];

    // Key facts.
    let mut facts = Vec::new();
    let mut fact = |label: String, values: Vec<Field>| {
        if !values.is_empty() {
            facts.push(Fact { label, values });
        }
    };
    fact(
        cx.label("fact-pupil"),
        vec![cx.name(&full_name, "pupil.name")],
    );
    if let Some(k) = &pupil.known_as {
        fact(
            cx.label("fact-known-as"),
            vec![cx.name(k.in_language(lang.tag), "pupil.known_as")],
        );
    }
    if let Some(dob) = pupil.date_of_birth {
        let text = cx.date(dob);
        fact(
            cx.label("fact-date-of-birth"),
            vec![cx.localized_field(text, "pupil.date_of_birth")],
        );
    }
    if let Some(year) = pupil.year_group {
        let text = cx.msg("fact-year-group-value", &[("year", num(year as usize))]);
        fact(
            cx.label("fact-year-group"),
            vec![cx.localized_field(text, "pupil.year_group")],
        );
    }
    if let Some(class) = &pupil.class {
        fact(cx.label("fact-class"), vec![cx.name(class, "pupil.class")]);
    }
    let contacts: Vec<Field> = plan
        .family
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let path = format!("family.contacts[{i}]");
            match &c.relationship {
                // "Samina Khan (mother)".
                Some(rel) => {
                    let rel = cx.keyword(rel, "relationship", &format!("{path}.relationship"));
                    structured::name_with(
                        c.name.in_language(lang.tag),
                        rel,
                        &format!("{path}.name"),
                    )
                }
                None => cx.name(c.name.in_language(lang.tag), &format!("{path}.name")),
            }
        })
        .collect();
    fact(cx.label("fact-family"), contacts);
    let stage = body.stage.in_vocabulary(school.stage_vocabulary);
    let stage_text = cx.label(&format!("stage-{}", stage.key()));
    fact(
        cx.label("fact-stage"),
        vec![cx.localized_field(stage_text, "plan.stage")],
    );
    let areas: Vec<Field> = body
        .areas_of_need
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let text = cx.label(&format!("area-{}", a.key()));
            cx.localized_field(text, &format!("plan.areas_of_need[{i}]"))
        })
        .collect();
    fact(cx.label("fact-areas"), areas);
    if let Some(t) = &body.class_teacher {
        fact(
            cx.label("fact-class-teacher"),
            vec![cx.name(t, "plan.class_teacher")],
        );
    }
    if let Some(w) = &body.written_by {
        fact(
            cx.label("fact-written-by"),
            vec![cx.name(w, "plan.written_by")],
        );
    }
    let start = cx.date(body.start.value);
    fact(
        cx.label("fact-start"),
        vec![cx.localized_field(start, "plan.start")],
    );
    let review = cx.date(body.review.value);
    fact(
        cx.label("fact-review"),
        vec![cx.localized_field(review, "plan.review")],
    );

    // The pupil's profile.
    let mut profile = Vec::new();
    if let Some(about) = &body.about {
        profile.push(Fact {
            label: cx.msg("about-heading", &name_arg),
            values: vec![cx.text(about, "plan.about")],
        });
    }
    if let Some(needs) = &body.needs {
        profile.push(Fact {
            label: cx.msg("needs-heading", &name_arg),
            values: vec![cx.text(needs, "plan.needs")],
        });
    }
    if !body.strategies_that_work.is_empty() {
        let values = body
            .strategies_that_work
            .iter()
            .enumerate()
            .map(|(i, t)| cx.text(t, &format!("plan.strategies_that_work[{i}]")))
            .collect();
        profile.push(Fact {
            label: cx.msg("strategies-heading", &name_arg),
            values,
        });
    }

    // Targets.
    let targets_intro = cx.msg(
        "targets-intro",
        &[("name", s(&known_as)), ("count", num(body.targets.len()))],
    );
    let targets = localize_targets(cx, &body.targets, "plan");
    // The group plans the pupil is in: their targets, after the pupil's own.
    let groups = request
        .groups
        .iter()
        .map(|(name, group)| {
            let group_name = cx.text(&group.group, &format!("groups.{name}.group")).text;
            GroupSection {
                heading: cx.msg("group-heading", &[("group", s(&group_name))]),
                intro: cx.msg("group-intro-what", &name_arg),
                targets: localize_targets(cx, &group.plan.targets, &format!("groups.{name}.plan")),
            }
        })
        .collect();

    // Home, exit, further checks and services.
    let mut closing = Vec::new();
    if let Some(home) = &body.home_support {
        closing.push(Fact {
            label: cx.label("home-heading"),
            values: vec![cx.text(home, "plan.home_support")],
        });
    }
    if let Some(exit) = &body.exit_criteria {
        closing.push(Fact {
            label: cx.label("exit-heading"),
            values: vec![cx.text(exit, "plan.exit_criteria")],
        });
    }
    if !body.further_assessments.is_empty() {
        let values = body
            .further_assessments
            .iter()
            .enumerate()
            .map(|(i, a)| cx.assessment(a, &format!("plan.further_assessments[{i}]")))
            .collect();
        closing.push(Fact {
            label: cx.label("further-assessments"),
            values,
        });
    }
    if !body.agencies.is_empty() {
        let values = body
            .agencies
            .iter()
            .enumerate()
            .map(|(i, a)| cx.keyword(a, "agency", &format!("plan.agencies[{i}]")))
            .collect();
        closing.push(Fact {
            label: cx.label("further-agencies"),
            values,
        });
    }

    let review = plan.review.as_ref().map(|r| {
        let mut facts = vec![];
        let date = cx.date(r.date.value);
        facts.push(Fact {
            label: cx.label("review-date"),
            values: vec![cx.localized_field(date, "review.date")],
        });
        if !r.present.is_empty() {
            let values = r
                .present
                .iter()
                .enumerate()
                .map(|(i, p)| structured::present(cx, p, &format!("review.present[{i}]")))
                .collect();
            facts.push(Fact {
                label: cx.label("review-present"),
                values,
            });
        }
        let outcomes = r
            .outcomes
            .iter()
            .enumerate()
            .map(|(i, o)| OutcomeRow {
                target: cx.msg("review-target-number", &[("number", num(i + 1))]),
                result: cx.label(match o.result {
                    OutcomeResult::Achieved => "outcome-achieved",
                    OutcomeResult::Partly => "outcome-partly",
                    OutcomeResult::NotYet => "outcome-not-yet",
                }),
                comment: o
                    .comment
                    .as_ref()
                    .map(|c| cx.text(c, &format!("review.outcomes[{i}].comment"))),
            })
            .collect();
        let mut sections = vec![];
        let pupil_label = cx.msg("review-pupil-comment", &name_arg);
        for (label, value, key) in [
            (cx.label("review-progress"), &r.progress, "progress"),
            (pupil_label, &r.pupil_comment, "pupil_comment"),
            (
                cx.label("review-parent-comment"),
                &r.parent_comment,
                "parent_comment",
            ),
            (
                cx.label("review-teacher-comment"),
                &r.teacher_comment,
                "teacher_comment",
            ),
            (cx.label("review-next-steps"), &r.next_steps, "next_steps"),
        ] {
            if let Some(v) = value {
                sections.push(Fact {
                    label,
                    values: vec![cx.text(v, &format!("review.{key}"))],
                });
            }
        }
        if let Some(next) = &r.next_review {
            let text = cx.date(next.value);
            sections.push(Fact {
                label: cx.label("review-next-review"),
                values: vec![cx.localized_field(text, "review.next_review")],
            });
        }
        ReviewDoc {
            facts,
            outcomes,
            sections,
        }
    });

    // Contacts.
    let senco = school
        .senco
        .as_ref()
        .map(|n| cx.msg("contact-senco", &[("senco", s(n))]));
    let school_phone = school.phone.as_ref().map(|p| Fact {
        label: cx.label("contact-school-phone"),
        values: vec![cx.name(p, "school.phone")],
    });
    let (service, service_details) = support_service(cx, school);

    let copy_id = match (request.copy, &group_name) {
        (Recipient::Family, None) => "iep-copy-parent",
        (Recipient::School, None) => "iep-copy-school",
        (Recipient::Family, Some(_)) => "group-copy-parent",
        (Recipient::School, Some(_)) => "group-copy-school",
    };
    let labels = IepLabels::make(|id| match (id, &group_name) {
        ("iep-heading", None) => cx.msg(id, &[("pupil", s(&full_name))]),
        ("iep-heading", Some(group)) => cx.msg("group-heading", &[("group", s(group))]),
        ("iep-copy", _) => cx.label(copy_id),
        _ => cx.label(id),
    });
    let title = match &group_name {
        None => cx.msg("iep-title", &[("pupil", s(&full_name))]),
        Some(group) => cx.msg(
            "group-title",
            &[("group", s(group)), ("pupil", s(&full_name))],
        ),
    };
    Iep {
        copy: request.copy,
        frame: frame(
            cx,
            title,
            &school.name,
            request.large_print,
            request.nastaliq && lang.tag == "ur",
        ),
        pupil: pupil.name.to_string(),
        labels,
        intro,
        facts,
        profile,
        targets_intro,
        targets,
        groups,
        closing,
        review,
        contact: ContactDoc {
            senco,
            school_phone,
            service,
            service_details,
        },
    }
}
