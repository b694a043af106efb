//! Reference data: YAML facts and events, validated and indexed.
//!
//! [`load`] reads files and directories into a [`ReferenceSet`], or returns
//! every problem found as a located [`RefError`] — never a partial set, so a
//! check never runs against half the data.

pub mod draft;
pub mod error;
pub mod facts;
pub(crate) mod forms;
pub mod index;
pub mod load;
mod locate;
pub mod model;
pub mod table;

use std::path::PathBuf;

pub use error::RefError;
pub use facts::Facts;
pub use index::{Role, Target, TermHit, TermIndex};
pub use model::{
    Event, EventStatus, Fact, MatchSpec, Origin, RefDate, RefValue, SeriesPoint, Tolerance, Units,
    When,
};

/// Validated reference data with its term index.
#[derive(Debug, Clone, Default)]
pub struct ReferenceSet {
    /// Unit synonyms, merged from every file.
    pub units: Units,
    /// In load order; a table's rows are kept in columns (see [`Facts`]).
    pub facts: Facts,
    pub events: Vec<Event>,
    /// Match terms of all facts and events; `Target` indexes `facts` / `events`.
    pub index: TermIndex,
    /// The files loaded, in load order, as named in errors and origins.
    pub files: Vec<String>,
}

impl ReferenceSet {
    /// The stubs `refs draft` wrote and nobody filled in (`source: TODO`),
    /// facts first, each with where it is written: their values are the
    /// article's own, so every claim they cover would agree with itself.
    pub fn unfilled_drafts(&self) -> Vec<(String, model::Origin)> {
        let todo = |source: Option<&str>| source.map(str::trim) == Some("TODO");
        // Sources first: a table's rows are made into facts only when drafts.
        let facts = (0..self.facts.len())
            .filter(|&i| todo(self.facts.source(i)))
            .filter_map(|i| self.facts.get(i))
            .map(|f| (f.id.clone(), f.origin.clone()));
        let events = self
            .events
            .iter()
            .filter(|e| todo(e.source.as_deref()))
            .map(|e| (e.id.clone(), e.origin.clone()));
        facts.chain(events).collect()
    }
}

/// Load reference files and directories (every `*.yaml` / `*.yml` inside,
/// recursively, sorted by path). Units are shared across files; ids must be
/// unique across all of them. Any error → `Err` with all errors found.
pub fn load(paths: &[PathBuf]) -> Result<ReferenceSet, Vec<RefError>> {
    let (files, mut errors) = load::collect_files(paths);
    let mut sources = Vec::with_capacity(files.len());
    for path in &files {
        match load::read_text(path) {
            Ok(text) => sources.push((path.display().to_string(), text)),
            Err(e) => errors.push(e),
        }
    }
    match load_sources(&sources) {
        Ok(set) if errors.is_empty() => Ok(set),
        Ok(_) => Err(errors),
        Err(more) => {
            // Path and read errors first: they explain what else is missing.
            errors.extend(more);
            Err(errors)
        }
    }
}

/// Load reference data from `(name, text)` pairs already in memory (tests,
/// stdin, data embedded in the binary). Same rules as [`load`].
pub fn load_sources(sources: &[(String, String)]) -> Result<ReferenceSet, Vec<RefError>> {
    let mut errors = Vec::new();
    let mut parsed = Vec::with_capacity(sources.len());
    let mut all_parsed = true;
    for (name, text) in sources {
        let (file, errs) = load::parse_checked(name, text);
        match file {
            Some(p) => parsed.push(p),
            None => all_parsed = false,
        }
        errors.extend(errs);
    }
    let files: Vec<String> = sources.iter().map(|(n, _)| n.clone()).collect();
    // With no error so far the index will likely be wanted: it is built
    // (from the same `match`es, in the same order as `assemble` lays the
    // facts and events out) while the ids are checked.
    let (duplicates, index) = if errors.is_empty() {
        let (duplicates, index) =
            rayon::join(|| load::duplicate_ids(&parsed), || index_parsed(&parsed));
        (duplicates, Some(index))
    } else {
        (load::duplicate_ids(&parsed), None)
    };
    match load::assemble_checked(parsed, duplicates, all_parsed) {
        Ok((units, facts, events)) if errors.is_empty() => {
            let index = index.unwrap_or_else(|| TermIndex::build_set(&facts, &events));
            if let Some(reason) = index.build_error() {
                let file = files.first().cloned().unwrap_or_default();
                return Err(vec![RefError::whole_file(
                    file,
                    format!("cannot index match terms: {reason}"),
                )]);
            }
            Ok(ReferenceSet {
                units,
                facts,
                events,
                index,
                files,
            })
        }
        Ok(_) => Err(sorted(errors, &files)),
        Err(more) => {
            errors.extend(more);
            Err(sorted(errors, &files))
        }
    }
}

/// The term index of parsed files: their facts in file order, then their
/// events in file order, as [`load::assemble`] joins them.
fn index_parsed(parsed: &[load::ParsedFile]) -> TermIndex {
    let fact_count = parsed.iter().map(|p| p.facts.len()).sum::<usize>();
    let event_count = parsed.iter().map(|p| p.events.len()).sum::<usize>();
    let specs = parsed.iter().flat_map(|p| p.facts.terms()).chain(
        parsed
            .iter()
            .flat_map(|p| p.events.iter().map(|e| facts::TermsView::Spec(&e.matcher))),
    );
    TermIndex::build_from(fact_count, fact_count + event_count, specs)
}

/// Errors in file order, then by position, so output is stable and reads
/// top to bottom.
fn sorted(mut errors: Vec<RefError>, files: &[String]) -> Vec<RefError> {
    // The first position of each file name, looked up (not searched) per
    // error: many files with many errors stay n log n.
    let mut ranks: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, f) in files.iter().enumerate() {
        ranks.entry(f.as_str()).or_insert(i);
    }
    let rank = |f: &str| ranks.get(f).copied().unwrap_or(usize::MAX);
    errors.sort_by_cached_key(|e| (rank(&e.file), e.line, e.column));
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;
    use std::path::Path;

    const FACT: &str = "facts:\n  - id: ID\n    value: 1\n    match: {all: [x]}\n";

    fn shown(errors: &[RefError]) -> Vec<String> {
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn loads_directories_recursively_in_path_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/nested")).unwrap();
        fs::write(root.join("b/nested/z.yml"), FACT.replace("ID", "z")).unwrap();
        fs::write(root.join("a.yaml"), FACT.replace("ID", "a")).unwrap();
        fs::write(root.join("b/m.YAML"), FACT.replace("ID", "m")).unwrap();
        fs::write(root.join("notes.txt"), "not: [reference").unwrap();
        fs::write(root.join("units.yaml"), "units:\n  troops: soldiers\n").unwrap();
        // The same file named twice is loaded once.
        let set = load(&[root.to_path_buf(), root.join("a.yaml")]).unwrap();
        let ids: Vec<&str> = set.facts.ids().collect();
        assert_eq!(ids, vec!["a", "m", "z"]);
        assert_eq!(set.files.len(), 4);
        assert!(set.files[0].ends_with("a.yaml"));
        assert!(set.files[3].ends_with("units.yaml"));
        assert_eq!(set.units.synonyms["troops"], vec!["soldiers"]);
        assert_eq!(set.facts.get(2).unwrap().origin.file, set.files[2]);
        assert_eq!(set.index.len(), 1);
    }

    #[test]
    fn duplicate_ids_across_files_in_a_directory() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.yaml"), FACT.replace("ID", "x/y")).unwrap();
        fs::write(
            dir.path().join("b.yaml"),
            format!("# b\n{}", FACT.replace("ID", "x/y")),
        )
        .unwrap();
        let errors = load(&[dir.path().to_path_buf()]).unwrap_err();
        let a = dir.path().join("a.yaml").display().to_string();
        let b = dir.path().join("b.yaml").display().to_string();
        assert_eq!(
            shown(&errors),
            vec![format!(
                "{b}:3:9: duplicate id \"x/y\" (first defined at {a}:2)"
            )]
        );
    }

    #[test]
    fn missing_paths_are_named() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("ok.yaml"), FACT.replace("ID", "ok")).unwrap();
        let missing = dir.path().join("missing.yaml");
        let errors = load(&[dir.path().join("ok.yaml"), missing.clone()]).unwrap_err();
        assert_eq!(errors.len(), 1, "never a partial set: {errors:?}");
        let e = &errors[0];
        assert_eq!(
            (e.file.as_str(), e.line, e.column),
            (missing.display().to_string().as_str(), 1, 1)
        );
        assert!(
            e.message.starts_with("cannot read reference data: "),
            "{}",
            e.message
        );
    }

    #[cfg(unix)]
    #[test]
    fn unreadable_directories_are_errors() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let locked = dir.path().join("locked");
        fs::create_dir(&locked).unwrap();
        fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read_dir(&locked).is_ok() {
            // Running as root: permissions do not apply; nothing to test.
            let _ = fs::set_permissions(&locked, fs::Permissions::from_mode(0o755));
            return;
        }
        let errors = load(&[dir.path().to_path_buf()]).unwrap_err();
        let _ = fs::set_permissions(&locked, fs::Permissions::from_mode(0o755));
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].line, errors[0].column), (1, 1));
        assert!(errors[0].message.starts_with("cannot read directory: "));
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_end() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.yaml"), FACT.replace("ID", "a")).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
        let set = load(&[dir.path().to_path_buf()]).unwrap();
        assert_eq!(set.facts.len(), 1);
    }

    /// The index built from the parsed files while ids are checked is the
    /// one the assembled facts and events would give.
    #[test]
    fn index_of_parsed_files_is_that_of_the_set() {
        let a = "events:\n  - id: e1\n    date: 2022\n    match: {all: [Rome, summit], none: [Paris]}\nfacts:\n  - id: f1\n    value: 1\n    match: {all: [Italy, troops, italy], any: [Rome]}\n";
        let b = "facts:\n  - id: f2\n    value: 2\n    match: {any: [Côte d'Ivoire, Rome]}\nevents:\n  - id: e2\n    date: 2023\n    match: {all: [summit]}\n";
        let set = load_sources(&[
            ("a.yaml".to_owned(), a.to_owned()),
            ("b.yaml".to_owned(), b.to_owned()),
        ])
        .unwrap();
        let rebuilt = TermIndex::build_set(&set.facts, &set.events);
        assert_eq!(set.index.len(), rebuilt.len());
        for t in 0..set.index.len() + 1 {
            assert_eq!(set.index.term(t), rebuilt.term(t));
            assert_eq!(set.index.postings(t), rebuilt.postings(t));
            assert_eq!(set.index.anchors(t), rebuilt.anchors(t));
        }
        let targets = (0..3).map(Target::Fact).chain((0..3).map(Target::Event));
        for target in targets {
            assert_eq!(set.index.terms_of(target), rebuilt.terms_of(target));
        }
        let rome = set.index.find("Rome")[0].term;
        assert_eq!(
            set.index.postings(rome),
            &[
                (Target::Fact(0), Role::Any),
                (Target::Fact(1), Role::Any),
                (Target::Event(0), Role::All)
            ]
        );
        assert!(set.index.terms_of(Target::Fact(2)).is_none());
        assert_eq!(set.index.find("CÔTE D'IVOIRE").len(), 0);
        assert_eq!(set.index.find("Côte d'Ivoire").len(), 1);
    }

    #[test]
    fn empty_input_is_an_empty_set() {
        let set = load(&[]).unwrap();
        assert!(set.facts.is_empty() && set.events.is_empty() && set.index.is_empty());
    }

    /// The `fixtures/bad-input/refs-*.yaml` files, each with its exact
    /// diagnostic. Paths are relative: cargo runs tests from the package root.
    #[test]
    fn bad_input_fixtures() {
        let cases = [
            (
                "fixtures/bad-input/refs-yaml-syntax.yaml",
                "fixtures/bad-input/refs-yaml-syntax.yaml:7:1: did not find expected ',' or ']', while parsing a flow sequence at line 6 column 12",
            ),
            (
                "fixtures/bad-input/refs-unknown-key.yaml",
                "fixtures/bad-input/refs-unknown-key.yaml:4:5: unknown field `valu`, expected one of `id`, `about`, `value`, `unit`, `tolerance`, `as_of`, `source`, `match`, `examples`, `values`",
            ),
            (
                "fixtures/bad-input/refs-bad-date.yaml",
                "fixtures/bad-input/refs-bad-date.yaml:4:11: cannot read date \"2022-13-45\": expected YYYY-MM-DD, YYYY-MM, YYYY, YYYY-season, YYYY-Qn, YYYY-Hn or {from, to}",
            ),
            (
                "fixtures/bad-input/refs-duplicate-id.yaml",
                "fixtures/bad-input/refs-duplicate-id.yaml:9:9: duplicate id \"coalition/meeting\" (first defined at fixtures/bad-input/refs-duplicate-id.yaml:3)",
            ),
        ];
        for (path, expected) in cases {
            let errors = load(&[PathBuf::from(path)]).unwrap_err();
            assert_eq!(shown(&errors), vec![expected.to_owned()]);
        }
    }

    /// Generated rather than committed: 100,000 nested flow levels would take
    /// serde_yaml over 20 s; the pre-scan refuses it at once.
    #[test]
    fn deep_nesting_fixture() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("refs-deep-nesting.yaml");
        let text = format!("facts: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        fs::write(&path, text).unwrap();
        let errors = load(std::slice::from_ref(&path)).unwrap_err();
        assert_eq!(
            shown(&errors),
            vec![format!(
                "{}:1:71: nesting deeper than 64 levels; refusing to parse (deeply nested YAML is too slow to parse safely)",
                Path::new(&path).display()
            )]
        );
    }
}
