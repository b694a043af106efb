//! The whole pipeline on one text held in memory, for hosts that stay
//! running and check the same text many times: the language server
//! (`factlint lsp`) and the HTTP server (`factlint serve`).
//!
//! A [`Checker`] holds the reference data and the options a configuration
//! gives; [`Checker::check_text`] runs document → extract → check on one
//! text, and [`Checker::report`] turns the result into the same
//! [`CheckReport`] `factlint check` renders for that one document, so
//! `check --format json` and a host's JSON agree byte for byte.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::check::matching::Match;
use crate::check::{CheckOptions, DocumentCheck};
use crate::config::Config;
use crate::document::{Document, Format};
use crate::extract::claim::Claim;
use crate::extract::ExtractOptions;
use crate::reference::index::Target;
use crate::reference::{RefError, ReferenceSet};
use crate::report::{CheckReport, ClaimMark, DocumentCoverage, DocumentDetail};

/// Reference data and options, ready to check any number of texts.
#[derive(Debug)]
pub struct Checker {
    refs: ReferenceSet,
    options: CheckOptions,
    extract: ExtractOptions,
}

/// One text after the pipeline: the document as read, its claims, and
/// what the check made of them.
#[derive(Debug)]
pub struct CheckedText {
    pub document: Document,
    pub claims: Vec<Claim>,
    pub check: DocumentCheck,
}

impl Checker {
    /// A checker for `refs` under `config`'s rules, tolerances and
    /// extraction options.
    pub fn new(refs: ReferenceSet, config: &Config) -> Checker {
        Checker {
            refs,
            options: config.check_options(),
            extract: config.extract_options(),
        }
    }

    /// Load the reference data a configuration names (its `refs`, or
    /// `rules/` under its root when it names none) and build a checker.
    /// Every error is `file:line:column: reason`.
    pub fn load(config: &Config) -> Result<Checker, Vec<String>> {
        let paths = reference_paths(config);
        let refs = crate::reference::load(&paths)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect::<Vec<_>>())?;
        Ok(Checker::new(refs, config))
    }

    /// [`Checker::load`] for a host that holds some reference files open
    /// and edited: a file's text comes from `open` when it has it (an
    /// editor's unsaved buffer), from disk otherwise. Errors stay located
    /// so that they can be shown in the file they are about.
    pub fn load_open(
        config: &Config,
        open: &dyn Fn(&Path) -> Option<String>,
    ) -> Result<Checker, Vec<RefError>> {
        let (files, mut errors) = reference_files(config);
        let mut sources = Vec::with_capacity(files.len());
        for path in &files {
            match open(path).map_or_else(|| crate::reference::load::read_text(path), Ok) {
                Ok(text) => sources.push((path.display().to_string(), text)),
                Err(e) => errors.push(e),
            }
        }
        match crate::reference::load_sources(&sources) {
            Ok(refs) if errors.is_empty() => Ok(Checker::new(refs, config)),
            Ok(_) => Err(errors),
            Err(more) => {
                errors.extend(more);
                Err(errors)
            }
        }
    }

    /// What each claim of a checked text matched (parallel to its claims):
    /// nothing, one fact or event, or several equally well. For a host
    /// that explains a claim (hover) beyond its verdict.
    pub fn matches(&self, checked: &CheckedText) -> Vec<Match> {
        crate::check::matching::match_claims(&checked.document, &checked.claims, &self.refs)
    }

    /// The reference data checked against.
    pub fn refs(&self) -> &ReferenceSet {
        &self.refs
    }

    /// The check options in force.
    pub fn options(&self) -> &CheckOptions {
        &self.options
    }

    /// Read `text` as the document `name` (front matter, a date in it, or
    /// `date`), extract its claims and check them.
    pub fn check_text(
        &self,
        name: &str,
        text: String,
        format: Format,
        date: Option<NaiveDate>,
    ) -> CheckedText {
        let document = Document::from_text(name, text, format, date, Vec::new());
        let claims = crate::extract::extract_with(&document, &self.extract);
        let check =
            crate::check::check_document_full(&document, &claims, &self.refs, &self.options);
        CheckedText {
            document,
            claims,
            check,
        }
    }

    /// Extract only: the claims of `text` read as the document `name`.
    pub fn extract_text(
        &self,
        name: &str,
        text: String,
        format: Format,
        date: Option<NaiveDate>,
    ) -> (Document, Vec<Claim>) {
        let document = Document::from_text(name, text, format, date, Vec::new());
        let claims = crate::extract::extract_with(&document, &self.extract);
        (document, claims)
    }

    /// The report `factlint check` makes of this one document: counts,
    /// coverage, the reference items no claim used, findings in order.
    pub fn report(&self, checked: &CheckedText) -> CheckReport {
        let mut usage = crate::check::coverage::Usage::new(&self.refs);
        for t in &checked.check.matched {
            usage.mark(*t);
        }
        let mut findings = checked.check.findings.clone();
        findings.sort_by(|a, b| (a.start, a.end, a.rule).cmp(&(b.start, b.end, b.rule)));
        let coverage = checked.check.coverage();
        CheckReport {
            documents: 1,
            claims: checked.claims.len(),
            coverage,
            references: usage.references(),
            unused_references: usage.unused(),
            unused_ids: usage
                .unused_ids(&self.refs, crate::report::UNUSED_IDS_SHOWN)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            document_coverage: vec![DocumentCoverage {
                path: checked.document.path.clone(),
                coverage,
                unused_references: usage
                    .references()
                    .saturating_sub(checked.check.matched.len()),
            }],
            findings,
            paths: vec![checked.document.path.clone()],
            ..CheckReport::default()
        }
    }

    /// Every claim of a checked text with its verdict and the id of the
    /// fact or event it was judged against: what the whole-article views
    /// (`--format html`, the page of `factlint serve`) highlight.
    pub fn detail(&self, checked: &CheckedText) -> DocumentDetail {
        let claims = checked
            .claims
            .iter()
            .zip(&checked.check.verdicts)
            .map(|(claim, v)| ClaimMark {
                span: claim.span,
                kind: claim.kind.name(),
                status: v.status,
                reference: match v.target {
                    Some(Target::Fact(i)) => self.refs.facts.get(i).map(|f| f.id.clone()),
                    Some(Target::Event(i)) => self.refs.events.get(i).map(|e| e.id.clone()),
                    None => None,
                },
            })
            .collect();
        DocumentDetail {
            path: checked.document.path.clone(),
            text: checked.document.text.clone(),
            claims,
        }
    }
}

/// [`config_for`], with its errors located (`file`, `line`, `column`), for
/// hosts that show them in the configuration file itself.
pub fn config_located(dir: &Path) -> Result<Config, Vec<RefError>> {
    match crate::config::discover(dir) {
        Some(path) => crate::config::load(&path),
        None => Ok(Config {
            root: dir.to_path_buf(),
            ..Config::default()
        }),
    }
}

/// The reference files a configuration names, each once, sorted within a
/// directory (what [`Checker::load`] reads), with the paths it cannot read.
pub fn reference_files(config: &Config) -> (Vec<PathBuf>, Vec<RefError>) {
    crate::reference::load::collect_files(&reference_paths(config))
}

/// The configuration that governs `dir`: the first configuration file
/// found from it upwards, or the defaults (rooted at `dir`) when none is.
pub fn config_for(dir: &Path) -> Result<Config, Vec<String>> {
    match crate::config::discover(dir) {
        Some(path) => crate::config::load(&path)
            .map_err(|errors| errors.iter().map(ToString::to_string).collect()),
        None => Ok(Config {
            root: dir.to_path_buf(),
            ..Config::default()
        }),
    }
}

/// The reference paths of a configuration: its `refs`, else `rules/` under
/// its root when that is a directory, else none.
pub fn reference_paths(config: &Config) -> Vec<PathBuf> {
    if !config.refs.is_empty() {
        return config.refs.clone();
    }
    let default = config.root.join("rules");
    if default.is_dir() {
        vec![default]
    } else {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checker() -> Checker {
        let refs = crate::reference::load_sources(&[(
            "rules/t.yaml".to_owned(),
            "facts:\n  - id: staff\n    value: 800\n    unit: employees\n    match:\n      all: [Acme]\n    source: Acme annual report\n"
                .to_owned(),
        )])
        .unwrap();
        Checker::new(refs, &Config::default())
    }

    #[test]
    fn a_wrong_figure_is_one_finding_in_a_one_document_report() {
        let c = checker();
        let checked = c.check_text(
            "a.md",
            "Acme has 900 employees.\n".to_owned(),
            Format::Markdown,
            None,
        );
        let report = c.report(&checked);
        assert_eq!(report.documents, 1);
        assert_eq!(report.claims, 1);
        assert_eq!(report.findings.len(), 1);
        assert_eq!(report.findings[0].rule, "fact-mismatch");
        assert_eq!(report.coverage.mismatch, 1);
        assert_eq!(report.unused_references, 0);
        assert_eq!(report.paths, vec!["a.md".to_owned()]);
    }

    #[test]
    fn an_agreeing_figure_leaves_no_finding() {
        let c = checker();
        let checked = c.check_text(
            "a.txt",
            "Acme has 800 employees.".to_owned(),
            Format::Text,
            None,
        );
        assert!(c.report(&checked).findings.is_empty());
        assert_eq!(checked.check.coverage().agree, 1);
    }

    #[test]
    fn open_buffers_replace_files_and_errors_stay_located() {
        let dir = tempfile::tempdir().unwrap();
        let rules = dir.path().join("rules");
        std::fs::create_dir(&rules).unwrap();
        let file = rules.join("t.yaml");
        std::fs::write(
            &file,
            "facts:\n  - id: staff\n    value: 800\n    unit: employees\n    match:\n      all: [Acme]\n    source: report\n",
        )
        .unwrap();
        let config = config_for(dir.path()).unwrap();
        let on_disk = Checker::load_open(&config, &|_| None).unwrap();
        assert_eq!(on_disk.refs().facts.len(), 1);
        // The editor's unsaved text wins over the file's.
        let errors = Checker::load_open(&config, &|p| {
            (p == file).then(|| "facts:\n  - id: staff\n    valu: 800\n".to_owned())
        })
        .unwrap_err();
        assert_eq!(errors[0].file, file.display().to_string());
        assert_eq!(errors[0].line, 3, "{errors:?}");
    }

    #[test]
    fn a_bad_configuration_is_located() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("factlint.yaml"),
            "refs: [rules]\nbogus: 1\n",
        )
        .unwrap();
        let errors = config_located(dir.path()).unwrap_err();
        assert_eq!(errors[0].line, 2, "{errors:?}");
    }

    #[test]
    fn matches_are_parallel_to_claims() {
        let c = checker();
        let checked = c.check_text(
            "a.md",
            "Acme has 900 employees. Globex has 12 offices.\n".to_owned(),
            Format::Markdown,
            None,
        );
        let matches = c.matches(&checked);
        assert_eq!(matches.len(), checked.claims.len());
        assert!(matches!(matches[0], Match::One(_)));
        assert_eq!(matches[1], Match::None);
    }

    #[test]
    fn without_a_configuration_the_defaults_are_rooted_at_the_directory() {
        let dir = tempfile::tempdir().unwrap();
        let config = config_for(dir.path()).unwrap();
        assert_eq!(config.root, dir.path());
        assert!(reference_paths(&config).is_empty());
        std::fs::create_dir(dir.path().join("rules")).unwrap();
        assert_eq!(reference_paths(&config), vec![dir.path().join("rules")]);
    }

    #[test]
    fn the_detail_gives_every_claim_its_verdict_and_reference() {
        let c = checker();
        let checked = c.check_text(
            "a.md",
            "Acme has 900 employees. Bolt has 12 plants.\n".to_owned(),
            Format::Markdown,
            None,
        );
        let detail = c.detail(&checked);
        assert_eq!(detail.path, "a.md");
        assert_eq!(detail.text, checked.document.text);
        let marks: Vec<_> = detail
            .claims
            .iter()
            .map(|m| {
                (
                    &detail.text[m.span.start..m.span.end],
                    m.status,
                    m.reference.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            marks,
            vec![
                (
                    "900 employees",
                    crate::report::ClaimStatus::Mismatch,
                    Some("staff")
                ),
                ("12 plants", crate::report::ClaimStatus::Unchecked, None),
            ]
        );
    }
}
