//! Results copy's reporting period and what is compared with it: "a year
//! ago" and "the year-ago period" name the reporting period a year
//! earlier, so they anchor on the nearest reporting period (a quarter, a
//! half, a fiscal year, "the six months ended 30 June"), in an earlier
//! paragraph too; "the same period last year" and "rose 2% in March from a
//! year ago" take the span their paragraph named, a year back; "last
//! year's 4,703" the span just named; "the full financial year" the twelve
//! months ending with the latest period reported.

use super::{char_floor, Anchors};
use crate::extract::claim::DurationUnit;
use crate::extract::date::resolve::{resolve_anchored, shift_date};
use crate::extract::date::{CalendarUnit, DateExpr};
use crate::time::{Granularity, Interval};

impl Anchors {
    /// "last year's 4,703" (`expr` "last year", possessive) after a span
    /// its paragraph just named within one year ("from June 30 to July
    /// 6"): that span a year back; after a running total "as of July 6",
    /// the year to that day, a year back. `None` otherwise.
    pub(super) fn last_years(
        &self,
        prose: &str,
        at: usize,
        expr: DateExpr,
    ) -> Option<(Interval, Granularity)> {
        use chrono::Datelike;
        if !is_last_year(expr) {
            return None;
        }
        let text = prose.get(at..char_floor(prose, at.saturating_add(16)))?;
        let lower = text.to_lowercase();
        if !(lower.starts_with("last year's") || lower.starts_with("last year\u{2019}s")) {
            return None;
        }
        // "last year's 8,140 cases during the same months": the period
        // is named after the figure; "last year" is the year.
        let tail = prose.get(at..char_floor(prose, at.saturating_add(64)))?;
        // Up to the clause's end (a figure's "8,140" goes on).
        let end = [", ", ". ", ";", "\n"]
            .iter()
            .filter_map(|p| tail.find(p))
            .min()
            .unwrap_or(tail.len());
        let clause = tail.get(..end).unwrap_or(tail);
        if clause.to_ascii_lowercase().contains(" the same ") {
            return None;
        }
        let a = self.items.iter().rev().find(|a| a.end <= at)?;
        if self.paragraph_break(prose, a.end, at) {
            return None;
        }
        let (start, end) = (a.interval.start, a.interval.end);
        let span = if start != end {
            let whole_year = start.ordinal() == 1 && end.succ_opt()?.ordinal() == 1;
            (start.year() == end.year() && !whole_year).then_some(a.interval)?
        } else {
            let before = prose.get(char_floor(prose, a.start.saturating_sub(8))..a.start)?;
            let as_of = before.to_ascii_lowercase().ends_with("as of ");
            let told = prose.get(a.start..a.end)?.to_ascii_lowercase();
            (as_of || told.starts_with("as of "))
                .then(|| Interval::new(start.with_ordinal(1).unwrap_or(start), start))?
        };
        resolve_anchored(YEAR_EARLIER, span, Granularity::Day, false)
    }
}

impl Anchors {
    /// "up from $138 million last year", "rose to 108 from 61 deaths last
    /// year": a figure compared with "last year" (`expr`) after the text
    /// named the period it reports — a reporting period anywhere in reach
    /// ("the quarter ended April 30", "the year to June 30"), or a span
    /// within one year in this paragraph or the one before ("from January
    /// to July this year") — is that period's figure a year back, not the
    /// whole calendar year. `None` otherwise.
    pub(super) fn compared_last_year(
        &self,
        prose: &str,
        at: usize,
        expr: DateExpr,
    ) -> Option<(Interval, Granularity)> {
        use chrono::Datelike;
        if !is_last_year(expr) {
            return None;
        }
        let article = self.article?;
        if !is_baseline(prose, at) {
            return None;
        }
        // A period reported has begun by the article date (a year to date
        // runs to its month's end) and ended within the year before it.
        let recent = |i: Interval| {
            i.start <= article
                && shift_date(article, -1, DurationUnit::Year).is_some_and(|d| i.end > d)
        };
        for a in self.items.iter().rev().filter(|a| a.end <= at) {
            let (start, end) = (a.interval.start, a.interval.end);
            let near = self.paragraph_breaks(prose, a.end, at) <= 1;
            let whole_year = start.ordinal() == 1 && end.succ_opt()?.ordinal() == 1;
            let within_a_year = start != end && start.year() == end.year() && !whole_year;
            if (a.period || near && within_a_year) && recent(a.interval) {
                return resolve_anchored(YEAR_EARLIER, a.interval, a.granularity, a.period);
            }
        }
        None
    }
}

impl Anchors {
    /// "during the year", "in the year" (`expr` "the year", this year by
    /// itself) after a reporting year named in its paragraph or the one
    /// before ("for the year ending June 30 … passengers flown during the
    /// year"): that year, not the calendar year of the article. A year
    /// reported is twelve months over by the article date. `None`
    /// otherwise (in news "in the year" is this year).
    pub(super) fn on_reported_year(
        &self,
        prose: &str,
        at: usize,
        expr: DateExpr,
    ) -> Option<(Interval, Granularity)> {
        let this_year = DateExpr::Unit {
            unit: CalendarUnit::Year,
            shift: 0,
        };
        if expr != this_year {
            return None;
        }
        let text = prose.get(at..char_floor(prose, at.saturating_add(9)))?;
        if !text.get(..8)?.eq_ignore_ascii_case("the year") {
            return None;
        }
        let over = |i: Interval| self.article.is_none_or(|d| i.end < d);
        let a = self
            .items
            .iter()
            .rev()
            .filter(|a| a.end <= at && a.period)
            .take_while(|a| self.paragraph_breaks(prose, a.end, at) <= 1)
            .next()?;
        let twelve = shift_date(a.interval.end.succ_opt()?, -12, DurationUnit::Month)?;
        (twelve == a.interval.start && over(a.interval)).then_some((a.interval, Granularity::Year))
    }
}

/// Whether the words at `at` of `prose` name "the same" (or the
/// corresponding) period.
pub(super) fn names_the_same(prose: &str, at: usize) -> bool {
    let text = prose
        .get(at..char_floor(prose, at.saturating_add(24)))
        .unwrap_or("");
    let lower = text.to_ascii_lowercase();
    ["same ", "corresponding ", "comparable "]
        .iter()
        .any(|w| lower.contains(w))
}

/// Whether `interval` is as long as the unit "the same …" at byte `at`
/// names: "the same quarter" stands on a quarter, "the same month" on a
/// month, "the same half" on a half year, not on "the past decade" named
/// before it. "The same period" names no size: any.
pub(super) fn same_size(prose: &str, at: usize, interval: Interval) -> bool {
    let text = prose
        .get(at..char_floor(prose, at.saturating_add(40)))
        .unwrap_or("");
    let lower = text.to_ascii_lowercase();
    let Some(after) = ["same ", "corresponding ", "comparable "]
        .iter()
        .find_map(|w| lower.split_once(w).map(|(_, a)| a))
    else {
        return true;
    };
    let days = (interval.end - interval.start).num_days() + 1;
    let noun = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    match noun {
        "quarter" => (88..=93).contains(&days),
        "month" => (28..=31).contains(&days),
        "half" => (180..=185).contains(&days),
        "week" => days == 7,
        _ => true,
    }
}

/// "a year earlier": what a compared "a year ago" reads as.
pub(super) const YEAR_EARLIER: DateExpr = DateExpr::Anchored {
    amount: 1.0,
    unit: DurationUnit::Year,
    sign: -1,
};

/// Whether the word before byte `at` compares with what follows: "from",
/// "than", "with", "to", "versus", "on", "over" ("up 2% from a year ago").
pub(super) fn compares_with(prose: &str, at: usize) -> bool {
    let before = prose
        .get(char_floor(prose, at.saturating_sub(24))..at)
        .unwrap_or("");
    let word = before
        .trim_end()
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == ',')
        .next()
        .unwrap_or("");
    [
        "from", "than", "with", "to", "versus", "vs", "vs.", "on", "over",
    ]
    .iter()
    .any(|k| word.eq_ignore_ascii_case(k))
}

/// Whether the date at `start..` of `prose` is a baseline a figure is
/// compared with: "down from 9,310 in May", "up from $4m in 2019": "from",
/// a figure (a word or two of it), an optional "in", then the date.
pub(super) fn is_baseline(prose: &str, start: usize) -> bool {
    let before = prose
        .get(char_floor(prose, start.saturating_sub(40))..start)
        .unwrap_or("");
    let mut words = before.split_whitespace().rev().peekable();
    if words.peek().is_some_and(|w| w.eq_ignore_ascii_case("in")) {
        words.next();
    }
    // The figure: up to three words ("7.36 million", "$4.2 bn"), the
    // first a number, right after "from".
    let mut numeric = false;
    for (figure, w) in words.enumerate() {
        if w.eq_ignore_ascii_case("from") {
            return figure > 0 && numeric;
        }
        if figure == 3 || w.ends_with(['.', ';', ':']) {
            break;
        }
        numeric = numeric || starts_with_a_figure(w);
    }
    false
}

/// Whether the date at `start..` of `prose` is a period a figure is
/// compared with, not the one it is for: after "than" ("larger than the
/// same period in 2006"), "compared with" or "compared to", a change's
/// "on", "from", "over" or "against" ("up 0.6 percent on the fourth
/// quarter"), or a baseline ([`is_baseline`]).
pub(super) fn is_compared_period(prose: &str, start: usize) -> bool {
    let before = prose
        .get(char_floor(prose, start.saturating_sub(64))..start)
        .unwrap_or("");
    let head = before.trim_end();
    let (rest, last) = head.rsplit_once(char::is_whitespace).unwrap_or(("", head));
    let is = |w: &str, k: &[&str]| k.iter().any(|k| k.eq_ignore_ascii_case(w));
    if is(last, &["than", "versus", "vs", "vs."]) {
        return true;
    }
    let previous = rest
        .trim_end()
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or("");
    if is(last, &["with", "to"]) && is(previous, &["compared", "relative"]) {
        return true;
    }
    if is(last, &["on", "from", "over", "against"])
        && crate::extract::date::notdate::ends_with_a_change(rest)
    {
        return true;
    }
    is_baseline(prose, start)
}

/// Whether the text from `end` to `at` of `prose` joins what follows to
/// the date before it as another compared figure: " and 41,700 " ("from
/// 9,310 in May and 41,700 a year earlier").
pub(super) fn coordinated(prose: &str, end: usize, at: usize) -> bool {
    let gap = prose.get(end..at).unwrap_or("");
    let mut words = gap.split_whitespace();
    gap.len() <= 32
        && words.next().is_some_and(|w| w.eq_ignore_ascii_case("and"))
        && words.next().is_some_and(starts_with_a_figure)
        && !gap.contains(['.', ';', '\n'])
}

/// Whether a word starts with a figure ("9,310", "$4m", "£2.1bn").
fn starts_with_a_figure(w: &str) -> bool {
    // "A$1.58", "US$4m": a country's letters before the sign.
    let unsigned = w.trim_start_matches(|c: char| c.is_ascii_uppercase());
    let w = match unsigned.strip_prefix('$') {
        Some(rest) => rest,
        None => w,
    };
    w.trim_start_matches(['$', '£', '€'])
        .starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `text` opens with a name results copy gives the year it
/// reports: "the full financial year", "the full fiscal year", "the year
/// under review".
pub(super) fn names_the_reported_year(text: &str) -> bool {
    const NAMES: [[&str; 4]; 3] = [
        ["the", "full", "financial", "year"],
        ["the", "full", "fiscal", "year"],
        ["the", "year", "under", "review"],
    ];
    // The first four words, read once, with nothing built (this is asked
    // of every date resolved).
    let mut words = text.split_whitespace();
    let mut first = [""; 4];
    for slot in &mut first {
        match words.next() {
            Some(w) => *slot = w.trim_end_matches([',', '.', ';', ':']),
            None => return false,
        }
    }
    NAMES.iter().any(|name| {
        first
            .iter()
            .zip(name)
            .all(|(w, k)| w.eq_ignore_ascii_case(k))
    })
}

/// Whether a date is a reporting period by itself: a quarter, a half, a
/// year that is not the calendar year (a fiscal year), or months written
/// out that make a quarter or a half ("January-March", "April to
/// September").
pub(super) fn is_reporting_period(interval: Interval, granularity: Granularity) -> bool {
    match granularity {
        Granularity::Quarter | Granularity::Half => true,
        Granularity::Year => {
            use chrono::Datelike;
            (interval.start.month(), interval.start.day()) != (1, 1)
        }
        Granularity::Month => quarter_or_half(interval),
        _ => false,
    }
}

/// Whether `interval` is three, six, nine or twelve whole months starting
/// in January, April, July or October (a quarter, a half, "the nine months
/// to December", "the year to March").
fn quarter_or_half(interval: Interval) -> bool {
    use chrono::Datelike;
    let (a, b) = (interval.start, interval.end);
    let months = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32 + 1;
    let whole = a.day() == 1 && b.succ_opt().is_some_and(|n| n.day() == 1);
    whole && matches!(a.month(), 1 | 4 | 7 | 10) && matches!(months, 3 | 6 | 9 | 12)
}

/// The period a day ends when the words before it name one: "the quarter
/// ended ", "six months ended ", "the week ending ", "nine months to ".
pub(super) fn period_ending(
    before: &str,
    day: chrono::NaiveDate,
) -> Option<(Interval, Granularity)> {
    let lower = before.to_ascii_lowercase();
    let mut words = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .rev();
    let mut w = words.next()?;
    if w == "on" {
        w = words.next()?;
    }
    if !matches!(w, "ended" | "ending" | "to") {
        return None;
    }
    let noun = words.next()?;
    let count = words.next().and_then(count_word);
    let (n, unit, granularity) = match noun {
        "quarter" => (3, DurationUnit::Month, Granularity::Quarter),
        "half" | "half-year" => (6, DurationUnit::Month, Granularity::Half),
        "year" => (12, DurationUnit::Month, Granularity::Year),
        "month" => (1, DurationUnit::Month, Granularity::Month),
        "week" => (7, DurationUnit::Day, Granularity::Week),
        "months" => (count?, DurationUnit::Month, Granularity::Month),
        "weeks" => (7 * count?, DurationUnit::Day, Granularity::Week),
        _ => return None,
    };
    // Words like "to" follow many nouns: only a counted or named period.
    if w == "to" && noun != "months" && noun != "weeks" {
        return None;
    }
    let after = day.succ_opt()?;
    let start = shift_date(after, -n, unit)?;
    Some((Interval::new(start, day), granularity))
}

/// Whether a date claim's own words name a period of months by its end
/// ("the quarter ended April 30", "for six months ended 30 June 2019",
/// "the year ending in March"): a period word, then "ended" or "ending".
/// "the week ended March 28" is a week, no reporting period.
pub(super) fn names_a_period_ended(told: &str) -> bool {
    let mut before = "";
    for w in told.split(|c: char| c.is_whitespace()) {
        let w = w.trim_end_matches(',');
        if w.eq_ignore_ascii_case("ended") || w.eq_ignore_ascii_case("ending") {
            return !before.eq_ignore_ascii_case("week");
        }
        if !(w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("which")) {
            before = w;
        }
    }
    false
}

/// "six" → 6, "12" → 12: the count of a period ("six months ended").
fn count_word(w: &str) -> Option<i64> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    if let Ok(n) = w.parse::<i64>() {
        return (1..=60).contains(&n).then_some(n);
    }
    WORDS.iter().position(|k| *k == w).map(|p| p as i64 + 1)
}

/// Whether `expr` is "last year".
fn is_last_year(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Unit {
            unit: CalendarUnit::Year,
            shift: -1,
        }
    )
}

#[cfg(test)]
mod tests {
    use super::super::tests::{anchors, d, read};
    use super::*;

    #[test]
    fn a_period_ended_by_its_own_words() {
        assert!(names_a_period_ended("for the quarter ended April 30"));
        assert!(names_a_period_ended("six months that ended Sept. 30"));
        assert!(names_a_period_ended("the year ending in March 2024"));
        // A week is no reporting period; no "ended", no period.
        assert!(!names_a_period_ended("the week ended March 28"));
        assert!(!names_a_period_ended("the quarter to June"));
    }

    /// "during the year" after a reporting year in reach is that year;
    /// with none, this year.
    #[test]
    fn the_year_after_a_reporting_year_is_that_year() {
        let text =
            "Profit for the year ending June 30 rose.\nIt flew 9 million people during the year.";
        let got = read(text, d(2023, 8, 24));
        assert_eq!(
            got[1],
            (
                "during the year".to_owned(),
                Some((d(2022, 7, 1), d(2023, 6, 30)))
            )
        );
        let got = read("It flew 9 million people during the year.", d(2023, 8, 24));
        assert_eq!(got[0].1, Some((d(2023, 1, 1), d(2023, 12, 31))));
    }

    #[test]
    fn the_reported_year_by_its_name() {
        assert!(names_the_reported_year(
            "the full financial year, profit rose"
        ));
        assert!(names_the_reported_year("  The Full Fiscal Year."));
        assert!(names_the_reported_year("the year under review:"));
        // Fewer words, or other words.
        assert!(!names_the_reported_year("the full fiscal"));
        assert!(!names_the_reported_year("the full calendar year"));
        assert!(!names_the_reported_year(""));
    }

    #[test]
    fn a_year_is_a_reporting_period_unless_it_opens_in_january() {
        let year = |a, b| is_reporting_period(Interval::new(a, b), Granularity::Year);
        assert!(year(d(2019, 7, 1), d(2020, 6, 30)));
        assert!(year(d(2019, 1, 2), d(2020, 1, 1)));
        assert!(!year(d(2019, 1, 1), d(2019, 12, 31)));
    }

    #[test]
    fn months_written_out_as_a_quarter_or_half_are_reporting_periods() {
        let months = |a, b| is_reporting_period(Interval::new(a, b), Granularity::Month);
        assert!(months(d(2016, 1, 1), d(2016, 3, 31)));
        assert!(months(d(2019, 4, 1), d(2019, 9, 30)));
        assert!(months(d(2019, 10, 1), d(2020, 3, 31)));
        // Not aligned, not whole, or another length.
        assert!(!months(d(2016, 2, 1), d(2016, 4, 30)));
        assert!(!months(d(2016, 1, 1), d(2016, 3, 30)));
        assert!(!months(d(2016, 1, 1), d(2016, 4, 30)));
        assert!(!months(d(2016, 1, 1), d(2016, 1, 31)));
    }

    #[test]
    fn periods_ended_on_a_day() {
        let p = |s: &str, day| period_ending(s, day).map(|(i, g)| (i.start, i.end, g));
        assert_eq!(
            p("profit for the quarter ended ", d(2013, 3, 31)),
            Some((d(2013, 1, 1), d(2013, 3, 31), Granularity::Quarter))
        );
        assert_eq!(
            p("for six months ended ", d(2019, 6, 30)),
            Some((d(2019, 1, 1), d(2019, 6, 30), Granularity::Month))
        );
        assert_eq!(
            p("in the week ended on ", d(2021, 3, 28)),
            Some((d(2021, 3, 22), d(2021, 3, 28), Granularity::Week))
        );
        assert_eq!(
            p("the nine months to ", d(2020, 9, 30)),
            Some((d(2020, 1, 1), d(2020, 9, 30), Granularity::Month))
        );
        assert_eq!(p("sales rose to ", d(2020, 9, 30)), None);
        assert_eq!(p("the year to ", d(2020, 9, 30)), None);
        assert_eq!(p("it ended ", d(2020, 9, 30)), None);
    }

    #[test]
    fn periods_compared_with_an_earlier_one() {
        let month = Interval::month(2022, 11).unwrap();
        let text = "Trips rose 4% in November, compared with the same month in 2021.";
        let mut a = anchors(text, &[("in November", month, Granularity::Month)]);
        let same_2021 = DateExpr::Anchored {
            amount: 2021.0,
            unit: DurationUnit::Month,
            sign: 0,
        };
        let at = text.find("the same").unwrap();
        assert_eq!(
            a.resolve(text, at, same_2021),
            Some((Interval::month(2021, 11).unwrap(), Granularity::Month))
        );
        // "the same period last year" after a span that is no reporting
        // period: that span a year back; in a later paragraph too (wire
        // copy writes a paragraph a sentence), but never a whole calendar
        // year ("last year" would say it), nor past a long gap.
        let span = Interval::new(d(2022, 2, 1), d(2022, 10, 31));
        let text = "Rates over Feb - Oct 2022 were 2%, against 1% in the same period last year.\nIn the same period last year, less.";
        let mut a = anchors(text, &[("Feb - Oct 2022", span, Granularity::Month)]);
        let at = text.find("the same").unwrap();
        assert_eq!(
            a.resolve(text, at, DateExpr::YearAgo).map(|(i, _)| i),
            Some(Interval::new(d(2021, 2, 1), d(2021, 10, 31)))
        );
        let at = text.rfind("the same").unwrap();
        assert_eq!(
            a.resolve(text, at, DateExpr::YearAgo).map(|(i, _)| i),
            Some(Interval::new(d(2021, 2, 1), d(2021, 10, 31)))
        );
        let text = "Rates in 2022 were 2%.\nIn the same period last year, less.";
        let year = Interval::year(2022).unwrap();
        let mut a = anchors(text, &[("in 2022", year, Granularity::Year)]);
        let at = text.find("the same").unwrap();
        assert_eq!(a.resolve(text, at, DateExpr::YearAgo), None);
        let far = format!(
            "Rates over Feb - Oct 2022 were 2%.\n{}\nIn the same period last year, less.",
            "Words. ".repeat(700)
        );
        let mut a = anchors(&far, &[("Feb - Oct 2022", span, Granularity::Month)]);
        let at = far.find("the same").unwrap();
        assert_eq!(a.resolve(&far, at, DateExpr::YearAgo), None);
        // "last year's" after a span of this year, or a total "as of" a day.
        let last_year = DateExpr::Unit {
            unit: CalendarUnit::Year,
            shift: -1,
        };
        let text = "Visits from January 2 to January 8 rose 9% from last year's 1,204. There were 830 as of January 8, below last year's 912. Last year's total fell.";
        let mut a = anchors(
            text,
            &[
                (
                    "from January 2 to January 8",
                    Interval::new(d(2023, 1, 2), d(2023, 1, 8)),
                    Granularity::Day,
                ),
                ("January 8,", Interval::day(d(2023, 1, 8)), Granularity::Day),
            ],
        );
        let at = text.find("last year's").unwrap();
        assert_eq!(
            a.resolve(text, at, last_year).map(|(i, _)| i),
            Some(Interval::new(d(2022, 1, 2), d(2022, 1, 8)))
        );
        let at = text.rfind("last year's").unwrap();
        assert_eq!(
            a.resolve(text, at, last_year).map(|(i, _)| i),
            Some(Interval::new(d(2022, 1, 1), d(2022, 1, 8)))
        );
        // Not possessive: the calendar year, as read without anchors.
        let at = text.find("Last year's").unwrap();
        assert_eq!(a.resolve(text, at + 1, last_year), None);
    }

    #[test]
    fn year_ago_stands_on_the_reporting_period() {
        let text =
            "Profit for the quarter ended March 31, 2013 rose.\nIt was 40 a year ago, on Monday.";
        let mut a = anchors(
            text,
            &[(
                "March 31, 2013",
                Interval::day(d(2013, 3, 31)),
                Granularity::Day,
            )],
        );
        let ago = DateExpr::Ago {
            amount: 1.0,
            unit: DurationUnit::Year,
        };
        let at = text.find("a year ago").unwrap();
        assert_eq!(
            a.resolve(text, at, ago),
            Some((
                Interval::new(d(2012, 1, 1), d(2012, 3, 31)),
                Granularity::Quarter
            ))
        );
        assert_eq!(
            a.resolve(text, at, DateExpr::YearAgo).map(|(i, _)| i.start),
            Some(d(2012, 1, 1))
        );
        // After a plain day, "a year ago" is DESIGN's (the caller's) reading.
        let text = "He left on March 31, 2013. A year ago he came back.";
        let day = Interval::day(d(2013, 3, 31));
        let mut b = anchors(text, &[("March 31, 2013", day, Granularity::Day)]);
        assert_eq!(b.resolve(text, text.find("A year").unwrap(), ago), None);
    }

    #[test]
    fn results_copy_compares_with_the_year_ago_period() {
        let text = "Acme said third-quarter sales rose to 5 million euros.\nThat was up from 4 million a year ago.";
        let got = read(text, d(2018, 11, 6));
        assert_eq!(got[0].1, Some((d(2018, 7, 1), d(2018, 9, 30))), "{got:?}");
        assert_eq!(
            got[1],
            ("a year ago".into(), Some((d(2017, 7, 1), d(2017, 9, 30))))
        );
        // "the quarter ended …": the quarter, one claim.
        let text =
            "Profit for the quarter ended March 31, 2013 rose from 9 crore in the year-ago period.";
        let got = read(text, d(2013, 5, 20));
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0],
            (
                "for the quarter ended March 31, 2013".into(),
                Some((d(2013, 1, 1), d(2013, 3, 31)))
            )
        );
        assert_eq!(got[1].1, Some((d(2012, 1, 1), d(2012, 3, 31))), "{got:?}");
        // No period given: "a year ago" shifts the article date (DESIGN),
        // "the year-ago period" stays unresolved.
        let got = read(
            "Rain fell a year ago, and in the year-ago period.",
            d(2020, 5, 1),
        );
        assert_eq!(got[0].1, Some((d(2019, 5, 1), d(2019, 5, 1))));
        assert_eq!(got[1].1, None);
    }

    #[test]
    fn comparisons_with_a_year_ago() {
        let at = |t: &str| t.find("a year").unwrap();
        for t in [
            "up 2% from a year ago",
            "higher than a year ago",
            "compared with a year ago",
            "up 2% on a year ago",
        ] {
            assert!(compares_with(t, at(t)), "{t}");
        }
        assert!(!compares_with(
            "it opened a year ago",
            at("it opened a year ago")
        ));
    }
}
