//! Configuration: `factlint.yaml` (or `.factlint.yaml`), found from the
//! working directory upwards, and what the command line adds to it.
//!
//! ```yaml
//! refs: [rules]                  # reference files or directories
//! include: ["content/**/*.md"]   # globs of articles to check (default: all)
//! exclude: ["drafts/**"]         # globs to skip
//! rules:                         # severities: off | info | warning | error
//!   unmatched-claim: info
//!   loose-bound: off
//! tolerances:                    # defaults for qualifiers (a fact's own wins)
//!   nearly: 10%
//!   about: 5%
//! loose_bound: 1.5               # "over 800" is loose when the reference is ≥ 1.5 × 800
//! seasons: northern              # northern | southern | astronomical
//! date_order: mdy                # mdy | dmy: how to read 03/04/2021
//! currency: [AUD]                # what "$" (and "¥", "Rs") stand for; an article's front matter wins
//! fiscal_year: july              # the month fiscal years start in; an article's front matter wins
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::check::finding::Severity;
use crate::reference::error::RefError;
use crate::reference::model::Tolerance;

impl Config {
    /// How the check judges under this configuration: rule levels,
    /// qualifier tolerances, the loose-bound ratio. The context of a
    /// finding is kept; `as_of` is unset.
    pub fn check_options(&self) -> crate::check::CheckOptions {
        crate::check::CheckOptions {
            levels: self.rules.clone(),
            nearly_tolerance: self.nearly_tolerance,
            about_tolerance: self.about_tolerance,
            loose_bound: self.loose_bound,
            ..crate::check::CheckOptions::default()
        }
    }

    /// How extraction reads dates under this configuration.
    pub fn extract_options(&self) -> crate::extract::ExtractOptions {
        use crate::extract::date::DateOrder as Order;
        use crate::time::SeasonConvention;
        crate::extract::ExtractOptions {
            dates: crate::extract::date::DateOptions {
                date_order: match self.date_order {
                    None => Order::None,
                    Some(DateOrder::Mdy) => Order::Mdy,
                    Some(DateOrder::Dmy) => Order::Dmy,
                },
                seasons: match self.seasons {
                    Seasons::Northern => SeasonConvention::MeteorologicalNorth,
                    Seasons::Southern => SeasonConvention::MeteorologicalSouth,
                    Seasons::Astronomical => SeasonConvention::Astronomical,
                },
                fiscal_start: self.fiscal_year,
            },
            currencies: self.currencies,
        }
    }
}

/// The file names looked for, in order, in each directory.
pub const FILE_NAMES: &[&str] = &[
    "factlint.yaml",
    ".factlint.yaml",
    "factlint.yml",
    ".factlint.yml",
];

/// A rule's level: a severity, or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    /// The severity, or `None` when off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }

    pub fn parse(s: &str) -> Option<Level> {
        match s.to_ascii_lowercase().as_str() {
            "off" => Some(Level::Off),
            "info" => Some(Level::Info),
            "warning" | "warn" => Some(Level::Warning),
            "error" => Some(Level::Error),
            _ => None,
        }
    }
}

/// What season names mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Seasons {
    /// Meteorological, northern hemisphere (DESIGN's default).
    #[default]
    Northern,
    /// Meteorological, southern hemisphere.
    Southern,
    /// From equinox and solstice, northern hemisphere.
    Astronomical,
}

/// How to read all-numeric dates such as 03/04/2021.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    Mdy,
    Dmy,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTolerances {
    nearly: Option<String>,
    about: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    refs: Vec<String>,
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    rules: BTreeMap<String, Level>,
    #[serde(default)]
    tolerances: Option<RawTolerances>,
    loose_bound: Option<f64>,
    seasons: Option<Seasons>,
    date_order: Option<DateOrder>,
    #[serde(default)]
    currency: OneOrMany,
    fiscal_year: Option<String>,
}

/// A setting given as one value or a list.
#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    #[default]
    None,
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn items(&self) -> &[String] {
        match self {
            OneOrMany::None => &[],
            OneOrMany::One(s) => std::slice::from_ref(s),
            OneOrMany::Many(v) => v,
        }
    }
}

/// The configuration a run uses.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Where it was read from, if anywhere.
    pub file: Option<PathBuf>,
    /// Reference paths, relative to the working directory.
    pub refs: Vec<PathBuf>,
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    /// The directory `include` and `exclude` are relative to.
    pub root: PathBuf,
    pub rules: BTreeMap<String, Level>,
    pub nearly_tolerance: Option<Tolerance>,
    pub about_tolerance: Option<Tolerance>,
    pub loose_bound: f64,
    pub seasons: Seasons,
    pub date_order: Option<DateOrder>,
    /// What the shared currency signs stand for (`currency:`).
    pub currencies: crate::extract::currency::Currencies,
    /// The month (1..=12) fiscal years start in (`fiscal_year:`); `None`
    /// leaves fiscal years unresolved.
    pub fiscal_year: Option<u32>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            file: None,
            refs: Vec::new(),
            include: Vec::new(),
            exclude: Vec::new(),
            root: PathBuf::from("."),
            rules: BTreeMap::new(),
            nearly_tolerance: None,
            about_tolerance: None,
            loose_bound: 1.5,
            seasons: Seasons::Northern,
            date_order: None,
            currencies: crate::extract::currency::Currencies::default(),
            fiscal_year: None,
        }
    }
}

/// The configuration file for `dir`: the first of [`FILE_NAMES`] in it or
/// in any parent.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    let mut at = Some(dir);
    while let Some(d) = at {
        for name in FILE_NAMES {
            let candidate = d.join(name);
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        at = d.parent();
    }
    None
}

/// Read and validate a configuration file; every problem as `file:line:column: reason`.
pub fn load(path: &Path) -> Result<Config, Vec<RefError>> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .map_err(|e| vec![RefError::whole_file(&name, format!("cannot read: {e}"))])?;
    parse(&name, &text, path.parent().unwrap_or(Path::new(".")))
}

/// Parse configuration text; `dir` is the directory relative paths start from.
pub fn parse(name: &str, text: &str, dir: &Path) -> Result<Config, Vec<RefError>> {
    if text.len() > 1 << 20 {
        return Err(vec![RefError::whole_file(
            name,
            "configuration file larger than 1 MiB",
        )]);
    }
    let raw: RawConfig = if text.trim().is_empty() {
        RawConfig::default()
    } else {
        serde_yaml::from_str(text)
            .map_err(|e| vec![crate::reference::load::yaml_error(name, &e)])?
    };
    let mut errors = Vec::new();
    let locate = |needle: &str| -> (usize, usize) {
        text.lines()
            .enumerate()
            .find_map(|(i, l)| {
                l.find(needle)
                    .map(|c| (i + 1, l.get(..c).map_or(0, |p| p.chars().count()) + 1))
            })
            .unwrap_or((1, 1))
    };
    for id in raw.rules.keys() {
        if crate::check::rules::find(id).is_none() {
            let (line, column) = locate(id);
            errors.push(RefError::new(
                name,
                line,
                column,
                format!("unknown rule `{id}` (see `factlint rules`)"),
            ));
        }
    }
    let mut tolerance = |field: &str, value: &Option<String>| -> Option<Tolerance> {
        let text_value = value.as_ref()?;
        match parse_tolerance(text_value) {
            Some(t) => Some(t),
            None => {
                let (line, column) = locate(field);
                errors.push(RefError::new(
                    name,
                    line,
                    column,
                    format!(
                        "cannot read tolerance {text_value:?}: expected a percentage such as 5%"
                    ),
                ));
                None
            }
        }
    };
    let tol = raw.tolerances.unwrap_or_default();
    let nearly_tolerance = tolerance("nearly", &tol.nearly);
    let about_tolerance = tolerance("about", &tol.about);
    let loose_bound = raw.loose_bound.unwrap_or(1.5);
    if !(loose_bound.is_finite() && loose_bound > 1.0) {
        let (line, column) = locate("loose_bound");
        errors.push(RefError::new(
            name,
            line,
            column,
            "loose_bound must be a number greater than 1",
        ));
    }
    for (field, globs) in [("include", &raw.include), ("exclude", &raw.exclude)] {
        for g in globs {
            if let Err(e) = globset::Glob::new(g) {
                let (line, column) = locate(g);
                errors.push(RefError::new(
                    name,
                    line,
                    column,
                    format!("bad {field} glob {g:?}: {e}"),
                ));
            }
        }
    }
    let currencies = match crate::extract::currency::Currencies::decide(raw.currency.items()) {
        Ok(c) => c,
        Err(e) => {
            let (line, column) = locate("currency");
            errors.push(RefError::new(name, line, column, e));
            Default::default()
        }
    };
    let fiscal_year = raw.fiscal_year.as_deref().and_then(|m| {
        let month = crate::time::month_from_name(m);
        if month.is_none() {
            let (line, column) = locate("fiscal_year");
            errors.push(RefError::new(
                name,
                line,
                column,
                format!("fiscal_year {m:?} is not a month (january … december, or 1 … 12)"),
            ));
        }
        month
    });
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Config {
        file: Some(PathBuf::from(name)),
        refs: raw.refs.iter().map(|r| dir.join(r)).collect(),
        include: raw.include,
        exclude: raw.exclude,
        root: dir.to_path_buf(),
        rules: raw.rules,
        nearly_tolerance,
        about_tolerance,
        loose_bound,
        seasons: raw.seasons.unwrap_or_default(),
        date_order: raw.date_order,
        currencies,
        fiscal_year,
    })
}

/// "5%" → 0.05 of the claimed value.
fn parse_tolerance(s: &str) -> Option<Tolerance> {
    let pct: f64 = s.trim().strip_suffix('%')?.trim().parse().ok()?;
    (pct.is_finite() && (0.0..=100.0).contains(&pct)).then_some(Tolerance::Relative(pct / 100.0))
}

/// A compiled include/exclude filter.
pub struct PathFilter {
    include: Option<globset::GlobSet>,
    exclude: Option<globset::GlobSet>,
    root: PathBuf,
}

impl PathFilter {
    pub fn new(config: &Config) -> PathFilter {
        let build = |globs: &[String]| -> Option<globset::GlobSet> {
            if globs.is_empty() {
                return None;
            }
            let mut b = globset::GlobSetBuilder::new();
            for g in globs {
                if let Ok(glob) = globset::Glob::new(g) {
                    b.add(glob);
                }
            }
            b.build().ok()
        };
        PathFilter {
            include: build(&config.include),
            exclude: build(&config.exclude),
            root: config.root.clone(),
        }
    }

    /// Whether a walked file is to be checked.
    pub fn allows(&self, path: &Path) -> bool {
        if self.include.is_none() && self.exclude.is_none() {
            return true;
        }
        let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let rel = canonical.strip_prefix(&self.root).unwrap_or(path);
        let rel = rel.strip_prefix(".").unwrap_or(rel);
        let included = self
            .include
            .as_ref()
            .is_none_or(|s| s.is_match(rel) || s.is_match(path));
        let excluded = self
            .exclude
            .as_ref()
            .is_some_and(|s| s.is_match(rel) || s.is_match(path));
        included && !excluded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_key() {
        let text = "refs: [rules]\ninclude: ['**/*.md']\nexclude: ['drafts/**']\nrules:\n  fact-mismatch: warning\ntolerances:\n  nearly: 5%\nloose_bound: 2\nseasons: southern\ndate_order: dmy\n";
        let c = parse("f.yaml", text, Path::new("site")).unwrap();
        assert_eq!(c.refs, vec![PathBuf::from("site/rules")]);
        assert_eq!(c.rules.get("fact-mismatch"), Some(&Level::Warning));
        assert_eq!(c.nearly_tolerance, Some(Tolerance::Relative(0.05)));
        assert_eq!(c.loose_bound, 2.0);
        assert_eq!(c.seasons, Seasons::Southern);
        assert_eq!(c.date_order, Some(DateOrder::Dmy));
        assert_eq!(c.fiscal_year, None);
    }

    #[test]
    fn fiscal_year_is_a_month() {
        let c = parse("f.yaml", "fiscal_year: july\n", Path::new(".")).unwrap();
        assert_eq!(c.fiscal_year, Some(7));
        assert_eq!(c.extract_options().dates.fiscal_start, Some(7));
        let c = parse("f.yaml", "fiscal_year: 10\n", Path::new(".")).unwrap();
        assert_eq!(c.fiscal_year, Some(10));
        let e = parse(
            "f.yaml",
            "seasons: northern\nfiscal_year: juli\n",
            Path::new("."),
        )
        .unwrap_err();
        assert!(
            e[0].to_string()
                .starts_with("f.yaml:2:1: fiscal_year \"juli\" is not a month"),
            "{}",
            e[0]
        );
    }

    #[test]
    fn errors_are_located() {
        let e = parse("f.yaml", "rules:\n  fact-mismatch: loud\n", Path::new(".")).unwrap_err();
        assert!(e[0].to_string().starts_with("f.yaml:2:"), "{}", e[0]);
        let e = parse("f.yaml", "rulez: {}\n", Path::new(".")).unwrap_err();
        assert!(
            e[0].to_string()
                .starts_with("f.yaml:1:1: unknown field `rulez`"),
            "{}",
            e[0]
        );
        let e = parse("f.yaml", "rules:\n  no-such-rule: off\n", Path::new(".")).unwrap_err();
        assert_eq!(
            e[0].to_string(),
            "f.yaml:2:3: unknown rule `no-such-rule` (see `factlint rules`)"
        );
        let e = parse("f.yaml", "tolerances:\n  about: lots\n", Path::new(".")).unwrap_err();
        assert!(
            e[0].to_string()
                .starts_with("f.yaml:2:3: cannot read tolerance"),
            "{}",
            e[0]
        );
    }

    #[test]
    fn discovery_walks_upwards() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(".factlint.yaml"), "refs: [r]\n").unwrap();
        let deep = dir.path().join("a/b");
        std::fs::create_dir_all(&deep).unwrap();
        assert_eq!(discover(&deep), Some(dir.path().join(".factlint.yaml")));
    }

    #[test]
    fn filters_paths() {
        let c = Config {
            include: vec!["**/*.md".into()],
            exclude: vec!["drafts/**".into()],
            ..Config::default()
        };
        let f = PathFilter::new(&c);
        assert!(f.allows(Path::new("content/a.md")));
        assert!(!f.allows(Path::new("drafts/a.md")));
        assert!(!f.allows(Path::new("content/a.txt")));
    }
}
