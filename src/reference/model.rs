//! The reference data model: facts (figures) and events (dates), as loaded
//! from YAML and validated.

use hashbrown::{HashMap, HashSet};
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::time::{Granularity, Interval};

/// Where an item was defined, for citations ("rules/coalition.yaml:9").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    pub file: String,
    /// 1-based line of the item's `id:`.
    pub line: usize,
}

/// Which claims speak about a fact or event: terms in the claim's sentence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MatchSpec {
    /// Every term must occur.
    pub all: Vec<String>,
    /// At least one term must occur (when the list is not empty).
    pub any: Vec<String>,
    /// No term may occur.
    pub none: Vec<String>,
}

/// A reference figure: exact, or a range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum RefValue {
    Exact(f64),
    Range { min: f64, max: f64 },
}

impl RefValue {
    pub fn min(&self) -> f64 {
        match *self {
            RefValue::Exact(v) => v,
            RefValue::Range { min, .. } => min,
        }
    }
    pub fn max(&self) -> f64 {
        match *self {
            RefValue::Exact(v) => v,
            RefValue::Range { max, .. } => max,
        }
    }
    /// The single figure a suggestion would use (a range's midpoint).
    pub fn central(&self) -> f64 {
        (self.min() + self.max()) / 2.0
    }
}

/// A tolerance that widens the qualifier defaults.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tolerance {
    /// `5%` → 0.05 of the claimed value.
    Relative(f64),
    /// `50` → 50 in the fact's unit.
    Absolute(f64),
}

/// A date as reference data writes it: `2022-05-11`, `2022-05`, `2022`,
/// `2021-fall`, `2022-Q2`, `2022-H1`, `{from: …, to: …}`.
#[derive(Debug, Clone, PartialEq)]
pub struct RefDate {
    pub interval: Interval,
    pub granularity: Granularity,
    /// As written in the YAML, for messages ("2021-06").
    pub text: String,
}

/// Sentences kept with a fact or event that must be judged consistent
/// (`pass`) or inconsistent (`fail`) with it; `factlint refs test` runs them.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub pass: Vec<String>,
    #[serde(default)]
    pub fail: Vec<String>,
}

impl Examples {
    pub fn is_empty(&self) -> bool {
        self.pass.is_empty() && self.fail.is_empty()
    }
}

/// A figure the articles may state.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub id: String,
    pub about: Option<String>,
    pub value: RefValue,
    /// The value as written in the YAML ("7.7 million", "900").
    pub value_text: String,
    /// A key of `units`, a literal noun, `percent`, or an ISO currency code.
    pub unit: Option<String>,
    pub tolerance: Option<Tolerance>,
    pub as_of: Option<RefDate>,
    pub source: Option<String>,
    pub matcher: MatchSpec,
    pub examples: Examples,
    pub origin: Origin,
    /// The values over time of a series fact (`values:`, or a table with a
    /// time column), sorted by time and not overlapping; empty for a fact
    /// with one `value`. A series fact's `value` and `as_of` are its latest
    /// point's.
    pub series: Vec<SeriesPoint>,
}

/// One point of a series fact: its value for one day, month, quarter or
/// year, with that point's own tolerance and source when it has them.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPoint {
    pub at: Interval,
    /// Day, Month, Quarter or Year.
    pub granularity: Granularity,
    pub value: RefValue,
    /// The value as written when it is more than a plain decimal
    /// ("58.1 million"); `None`: the value says it all (kept small: a table
    /// may give a fact a million points).
    pub value_text: Option<Box<str>>,
    pub tolerance: Option<Tolerance>,
    pub source: Option<Box<str>>,
}

impl SeriesPoint {
    /// The point's time as reference data writes it: `2007`, `2021-06`,
    /// `2021-Q2`, `2021-06-30`.
    pub fn time_text(&self) -> String {
        use chrono::Datelike;
        let s = self.at.start;
        match self.granularity {
            Granularity::Day => s.format("%Y-%m-%d").to_string(),
            Granularity::Month => format!("{}-{:02}", s.year(), s.month()),
            Granularity::Quarter => format!("{}-Q{}", s.year(), s.month0() / 3 + 1),
            _ => s.year().to_string(),
        }
    }

    /// The value as written, or as its plain decimal.
    pub fn value_text(&self) -> String {
        match (&self.value_text, self.value) {
            (Some(t), _) => t.to_string(),
            (None, RefValue::Exact(v)) => format!("{v}"),
            (None, RefValue::Range { min, max }) => format!("{min} – {max}"),
        }
    }

    /// The point's time as a [`RefDate`].
    pub fn date(&self) -> RefDate {
        RefDate {
            interval: self.at,
            granularity: self.granularity,
            text: self.time_text(),
        }
    }
}

/// The time a claim speaks about, as point selection needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum When {
    /// No time named: the latest point at or before this day (the article
    /// date), or the latest point when there is no article date.
    Latest(Option<NaiveDate>),
    /// A named period ("in 2007", "last year"): the point that holds all
    /// of it, else the only point inside it.
    Within(Interval),
    /// One day ("now", the end of "by the end of 2021"): the point that
    /// holds it.
    On(NaiveDate),
    /// A time no single point answers ("since 2010", a relative date with
    /// no article date).
    Unknown,
}

impl Fact {
    /// The point a claim about `when` is judged against; `None` when the
    /// series does not cover that time (the claim is then unchecked, not
    /// wrong). Points are sorted and disjoint: binary searches, so a long
    /// series costs a claim a lookup.
    pub fn point_at(&self, when: When) -> Option<&SeriesPoint> {
        let points = &self.series;
        // The points starting on or before `day`: the last of them, if it
        // has started by then.
        let last_from = |day: NaiveDate| {
            let n = points.partition_point(|p| p.at.start <= day);
            n.checked_sub(1).and_then(|i| points.get(i))
        };
        match when {
            When::Latest(None) => points.last(),
            When::Latest(Some(day)) => last_from(day),
            When::On(day) => last_from(day).filter(|p| p.at.end >= day),
            When::Within(span) => {
                // The points that meet the span (sorted and disjoint, so
                // their ends are sorted too).
                let from = points.partition_point(|p| p.at.end < span.start);
                let to = points.partition_point(|p| p.at.start <= span.end);
                let holds = |p: &SeriesPoint| p.at.start <= span.start && p.at.end >= span.end;
                let inside = |p: &SeriesPoint| p.at.start >= span.start && p.at.end <= span.end;
                match points.get(from..to) {
                    Some([only]) if holds(only) || inside(only) => Some(only),
                    _ => None,
                }
            }
            When::Unknown => None,
        }
    }

    /// This fact as it stood at one of its points: the point's value,
    /// time (as `as_of`), tolerance and source, the series left out.
    pub fn at_point(&self, point: &SeriesPoint) -> Fact {
        Fact {
            id: self.id.clone(),
            about: self.about.clone(),
            value: point.value,
            value_text: point.value_text(),
            unit: self.unit.clone(),
            tolerance: point.tolerance.or(self.tolerance),
            as_of: Some(point.date()),
            source: point
                .source
                .as_deref()
                .map(str::to_owned)
                .or_else(|| self.source.clone()),
            matcher: self.matcher.clone(),
            examples: Examples::default(),
            origin: self.origin.clone(),
            series: Vec::new(),
        }
    }
}

/// The recorded state of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventStatus {
    Scheduled,
    Held,
    Postponed,
    /// Also read as the US spelling `canceled`.
    #[serde(alias = "canceled")]
    Cancelled,
}

/// Something that happened or is due on a date.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: String,
    pub about: Option<String>,
    pub date: RefDate,
    pub status: Option<EventStatus>,
    pub source: Option<String>,
    pub matcher: MatchSpec,
    pub examples: Examples,
    pub origin: Origin,
}

/// Unit names and their synonyms, shared by every reference file.
#[derive(Debug, Clone, Default)]
pub struct Units {
    /// unit name → synonyms (lowercase, as written).
    pub synonyms: HashMap<String, Vec<String>>,
    /// unit name → its synonyms normalised ([`normalise_noun`]), for units
    /// with more than [`SCANNED_SYNONYMS`] of them; built on the first
    /// [`Units::matches`] that needs it, so `synonyms` must be complete by
    /// then (reference loading fills it before anything matches).
    normalised: OnceLock<HashMap<String, HashSet<String>>>,
}

/// Up to this many synonyms are compared one by one; a unit with more is
/// looked up in a set, so a claim costs the same against 80,000 synonyms.
const SCANNED_SYNONYMS: usize = 16;

impl PartialEq for Units {
    fn eq(&self, other: &Units) -> bool {
        self.synonyms == other.synonyms
    }
}

impl Eq for Units {}

impl Units {
    /// Whether a claim's counted noun (as written) names the fact's unit:
    /// the unit itself, one of its synonyms, or the same word in the
    /// singular or plural.
    pub fn matches(&self, fact_unit: &str, claim_unit: &str) -> bool {
        // Called for every candidate fact of every claim: compare without
        // building the normalised strings.
        if same_noun(fact_unit, claim_unit) {
            return true;
        }
        let Some(syns) = self.synonyms.get(fact_unit) else {
            return false;
        };
        if syns.len() <= SCANNED_SYNONYMS {
            return syns.iter().any(|s| same_noun(s, claim_unit));
        }
        self.normalised
            .get_or_init(|| {
                self.synonyms
                    .iter()
                    .filter(|(_, syns)| syns.len() > SCANNED_SYNONYMS)
                    .map(|(unit, syns)| {
                        (
                            unit.clone(),
                            syns.iter().map(|s| normalise_noun(s)).collect(),
                        )
                    })
                    .collect()
            })
            .get(fact_unit)
            .is_some_and(|set| set.contains(&normalise_noun(claim_unit)))
    }
}

/// `normalise_noun(a) == normalise_noun(b)`, without allocating when both
/// are ASCII (units almost always are).
pub fn same_noun(a: &str, b: &str) -> bool {
    if !(a.is_ascii() && b.is_ascii()) {
        return normalise_noun(a) == normalise_noun(b);
    }
    let (a_stem, a_tail) = ascii_stem(a);
    let (b_stem, b_tail) = ascii_stem(b);
    a_stem.len() + a_tail.len() == b_stem.len() + b_tail.len()
        && a_stem
            .bytes()
            .map(|c| c.to_ascii_lowercase())
            .chain(a_tail.bytes())
            .eq(b_stem
                .bytes()
                .map(|c| c.to_ascii_lowercase())
                .chain(b_tail.bytes()))
}

/// [`normalise_noun`] of an ASCII noun as a stem of it (case kept) and a
/// lowercase ending to add.
fn ascii_stem(noun: &str) -> (&str, &'static str) {
    let n = noun.len();
    let ends = |suffix: &str| {
        noun.get(n.saturating_sub(suffix.len())..)
            .is_some_and(|t| t.eq_ignore_ascii_case(suffix))
    };
    if n > 3 && ends("ies") {
        (noun.get(..n - 3).unwrap_or(noun), "y")
    } else if n > 3 && ends("s") && !ends("ss") {
        (noun.get(..n - 1).unwrap_or(noun), "")
    } else {
        (noun, "")
    }
}

/// Lowercase and strip a simple plural, so "Troops" ≡ "troop".
pub fn normalise_noun(noun: &str) -> String {
    let lower = noun.to_lowercase();
    if lower.len() > 3 && lower.ends_with("ies") {
        format!("{}y", &lower[..lower.len() - 3])
    } else if lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss") {
        lower[..lower.len() - 1].to_owned()
    } else {
        lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_synonyms_and_plurals() {
        let mut units = Units::default();
        units
            .synonyms
            .insert("troops".into(), vec!["soldiers".into(), "units".into()]);
        assert!(units.matches("troops", "units"));
        assert!(units.matches("troops", "Troop"));
        assert!(units.matches("people", "people"));
        assert!(units.matches("city", "cities"));
        assert!(!units.matches("troops", "people"));
    }

    #[test]
    fn many_synonyms_are_looked_up_as_few_are_compared() {
        // Past SCANNED_SYNONYMS a set answers; the answers are the scan's.
        let mut units = Units::default();
        let many: Vec<String> = (0..10_000)
            .map(|i| format!("syn{i}s"))
            .chain(["Cities".to_owned(), "Übungen".to_owned()])
            .collect();
        units.synonyms.insert("troops".into(), many.clone());
        for claim in [
            "syn77", "SYN77S", "syn10000", "city", "cities", "übungen", "Übung", "troop", "people",
        ] {
            let scan = same_noun("troops", claim) || many.iter().any(|s| same_noun(s, claim));
            assert_eq!(units.matches("troops", claim), scan, "{claim}");
        }
        assert!(units.matches("troops", "syn9999"));
        assert!(!units.matches("people", "syn1"));
    }

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(n as u64)
    }

    fn series(spans: &[(i64, i64)]) -> Fact {
        let mut f = Fact {
            id: "s".into(),
            about: None,
            value: RefValue::Exact(0.0),
            value_text: String::new(),
            unit: None,
            tolerance: None,
            as_of: None,
            source: None,
            matcher: MatchSpec::default(),
            examples: Examples::default(),
            origin: Origin {
                file: "s.yaml".into(),
                line: 1,
            },
            series: Vec::new(),
        };
        for (n, &(a, b)) in spans.iter().enumerate() {
            f.series.push(SeriesPoint {
                at: Interval::new(day(a), day(b)),
                granularity: Granularity::Day,
                value: RefValue::Exact(n as f64),
                value_text: None,
                tolerance: None,
                source: None,
            });
        }
        f
    }

    /// Point selection as its doc says it, by looking at every point.
    fn point_by_scan(f: &Fact, when: When) -> Option<usize> {
        let pts = &f.series;
        match when {
            When::Latest(None) => pts.len().checked_sub(1),
            When::Latest(Some(d)) => pts.iter().rposition(|p| p.at.start <= d),
            When::On(d) => pts.iter().position(|p| p.at.start <= d && d <= p.at.end),
            When::Within(span) => {
                let meeting: Vec<usize> = (0..pts.len())
                    .filter(|&i| pts[i].at.intersects(&span))
                    .collect();
                match meeting.as_slice() {
                    [i] => {
                        let p = &pts[*i].at;
                        let holds = p.start <= span.start && p.end >= span.end;
                        let inside = p.start >= span.start && p.end <= span.end;
                        (holds || inside).then_some(*i)
                    }
                    _ => None,
                }
            }
            When::Unknown => None,
        }
    }

    #[test]
    fn points_for_named_times() {
        use crate::time::Interval as I;
        let y = |y: i32| I::year(y).unwrap();
        let mut f = series(&[]);
        for (n, year) in [1952, 1957, 2007].into_iter().enumerate() {
            f.series.push(SeriesPoint {
                at: y(year),
                granularity: Granularity::Year,
                value: RefValue::Exact(n as f64),
                value_text: None,
                tolerance: None,
                source: None,
            });
        }
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let value = |w| f.point_at(w).map(|p| p.time_text());
        assert_eq!(value(When::Within(y(1957))).as_deref(), Some("1957"));
        assert_eq!(
            value(When::Within(I::month(2007, 6).unwrap())).as_deref(),
            Some("2007")
        );
        assert_eq!(value(When::Within(y(1990))), None, "not covered");
        assert_eq!(value(When::On(d(2007, 12, 31))).as_deref(), Some("2007"));
        assert_eq!(
            value(When::Latest(Some(d(2000, 5, 1)))).as_deref(),
            Some("1957")
        );
        assert_eq!(value(When::Latest(Some(d(1900, 5, 1)))), None);
        assert_eq!(value(When::Latest(None)).as_deref(), Some("2007"));
        assert_eq!(value(When::Unknown), None);
        // A year of monthly points: no one month answers for the year.
        let mut m = series(&[]);
        for month in 1..=12 {
            m.series.push(SeriesPoint {
                at: I::month(2021, month).unwrap(),
                granularity: Granularity::Month,
                value: RefValue::Exact(month as f64),
                value_text: None,
                tolerance: None,
                source: None,
            });
        }
        assert_eq!(m.point_at(When::Within(y(2021))), None);
        let q2 = m
            .point_at(When::Within(I::month(2021, 5).unwrap()))
            .unwrap();
        assert_eq!(q2.time_text(), "2021-05");
    }

    proptest::proptest! {
        /// The binary searches pick the point a scan of every point picks.
        #[test]
        fn point_selection_equals_a_scan(
            parts in proptest::collection::vec((0i64..5, 0i64..6), 0..12),
            a in 0i64..120,
            len in 0i64..20,
            kind in 0u8..5,
        ) {
            let mut spans = Vec::new();
            let mut at = 0;
            for (gap, width) in parts {
                let start = at + gap;
                spans.push((start, start + width));
                at = start + width + 1;
            }
            let f = series(&spans);
            let span = Interval::new(day(a), day(a + len));
            let when = match kind {
                0 => When::Latest(None),
                1 => When::Latest(Some(day(a))),
                2 => When::On(day(a)),
                3 => When::Within(span),
                _ => When::Unknown,
            };
            let got = f.point_at(when).map(|p| p.value);
            let want = point_by_scan(&f, when).map(|i| RefValue::Exact(i as f64));
            proptest::prop_assert_eq!(got, want);
        }

        /// The allocation-free comparison agrees with comparing the
        /// normalised nouns, ASCII or not.
        #[test]
        fn same_noun_is_normalised_equality(
            a in "[a-zA-Z]{0,6}(s|S|ss|ies|IES|Ies)?",
            b in "[a-zA-Z]{0,6}(s|S|ss|ies|IES|Ies|y|Y)?",
            c in "\\PC{0,8}",
        ) {
            proptest::prop_assert_eq!(same_noun(&a, &b), normalise_noun(&a) == normalise_noun(&b));
            proptest::prop_assert_eq!(same_noun(&a, &c), normalise_noun(&a) == normalise_noun(&c));
            let lower = a.to_lowercase();
            proptest::prop_assert!(same_noun(&a, &lower));
        }
    }
}
