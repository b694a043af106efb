//! Dates anchored on other dates: "a month earlier", "the day before", "the
//! following two years", "the year-ago period" resolve against the date the
//! text gave just before — in the same paragraph — and stay unresolved
//! where there is none (never the article date). In results copy "a year
//! ago" and "the year-ago period" name the reporting period a year earlier,
//! so they anchor on the nearest reporting period (a quarter, a half, a
//! fiscal year, "the six months ended 30 June"), in an earlier paragraph
//! too.
//!
//! [`Anchors`] remembers the last dates of a document as the scan finds
//! them; the work per anchored date is bounded (a few remembered dates, a
//! bounded stretch of text read for paragraph breaks).

use super::resolve::{resolve_anchored, shift_date};
use super::DateExpr;
use crate::extract::claim::DurationUnit;
use crate::time::{Granularity, Interval};

/// How many dates are remembered: enough for a results story's reporting
/// period to stay in reach a few paragraphs on.
const REMEMBERED: usize = 32;

/// How far back (bytes) a paragraph break is looked for between two dates;
/// farther counts as another paragraph.
const PARAGRAPH_SCAN: usize = 4096;

/// A date the text gave.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    /// Byte offsets of the claim.
    start: usize,
    end: usize,
    interval: Interval,
    granularity: Granularity,
    /// Whether it is a reporting period a "year-ago" figure compares with.
    period: bool,
}

/// The dates a document gave so far, newest last.
#[derive(Debug, Default)]
pub struct Anchors {
    items: std::collections::VecDeque<Anchor>,
    /// A blank line (not a line break) separates paragraphs (Markdown).
    blank_line_paragraphs: bool,
}

impl Anchors {
    /// Anchors for a document whose paragraphs are separated by blank
    /// lines (`true`, Markdown) or by line breaks (plain text: one
    /// paragraph a line).
    pub fn new(blank_line_paragraphs: bool) -> Self {
        Anchors {
            items: Default::default(),
            blank_line_paragraphs,
        }
    }

    /// Remember a resolved date claim at `start..end` of `prose`. A day
    /// that ends a named period ("the quarter ended March 31, 2013", "six
    /// months ended 30 June 2019") is remembered as that period.
    pub fn push(
        &mut self,
        prose: &str,
        start: usize,
        end: usize,
        interval: Interval,
        granularity: Granularity,
    ) {
        let before = prose.get(start.saturating_sub(48)..start).unwrap_or("");
        let ended = (interval.start == interval.end)
            .then(|| period_ending(before, interval.start))
            .flatten();
        let (interval, granularity, period) = match ended {
            Some((i, g)) => (i, g, true),
            None => (
                interval,
                granularity,
                is_reporting_period(interval, granularity),
            ),
        };
        if self.items.len() == REMEMBERED {
            self.items.pop_front();
        }
        self.items.push_back(Anchor {
            start,
            end,
            interval,
            granularity,
            period,
        });
    }

    /// The reading of an anchored `expr` at byte `at` of `prose`, where the
    /// text gave the date it stands on: `None` when `expr` is not anchored,
    /// or nothing it may stand on comes before it.
    pub fn resolve(
        &self,
        prose: &str,
        at: usize,
        expr: DateExpr,
    ) -> Option<(Interval, Granularity)> {
        // "yesterday" in a quotation: the day before the statement was
        // made, where the text dated it.
        if let DateExpr::DayOffset(n) = expr {
            let day = self.spoken_on(prose, at)?;
            let shifted = shift_date(day, i64::from(n), DurationUnit::Day)?;
            return Some((Interval::day(shifted), Granularity::Day));
        }
        // "the full financial year", "the year under review": the twelve
        // months ending with the latest period the results report.
        if names_the_reported_year(prose.get(at..).unwrap_or("")) {
            if let Some(latest) = self
                .items
                .iter()
                .filter(|a| a.period && a.end <= at)
                .max_by_key(|a| a.interval.end)
            {
                let end = latest.interval.end;
                let start = shift_date(end.succ_opt()?, -12, DurationUnit::Month)?;
                return Some((Interval::new(start, end), Granularity::Year));
            }
        }
        let year_back = matches!(
            expr,
            DateExpr::YearAgo
                | DateExpr::Ago {
                    amount: 1.0,
                    unit: DurationUnit::Year
                }
        );
        let anchored = matches!(
            expr,
            DateExpr::Anchored { .. } | DateExpr::AnchoredPeriod { .. }
        );
        if !(year_back || anchored) {
            return None;
        }
        // Newest first; `gap_to` is where the text after the anchor ends.
        let mut gap_to = at;
        let mut same_paragraph = true;
        for a in self.items.iter().rev().filter(|a| a.end <= at) {
            same_paragraph = same_paragraph && !self.paragraph_break(prose, a.end, gap_to);
            gap_to = a.start;
            if year_back && a.period {
                return resolve_anchored(expr, a.interval, a.granularity, true);
            }
            if !same_paragraph {
                // Only a reporting period is looked for past the paragraph.
                if year_back {
                    continue;
                }
                return None;
            }
            if anchored {
                return resolve_anchored(expr, a.interval, a.granularity, a.period);
            }
        }
        None
    }

    /// The day a quotation holding byte `at` was spoken, where the text
    /// says: the quotation opens in `at`'s paragraph, and the newest single day given
    /// before it there is told with a word of speech
    /// ("In a statement on Monday, the minister said: “… yesterday …”").
    /// Work is bounded by [`PARAGRAPH_SCAN`].
    fn spoken_on(&self, prose: &str, at: usize) -> Option<chrono::NaiveDate> {
        let from = char_floor(prose, at.saturating_sub(PARAGRAPH_SCAN));
        let before = prose.get(from..at)?;
        let para = match self.blank_line_paragraphs {
            true => before.rfind("\n\n").map_or(0, |k| k + 2),
            false => before.rfind('\n').map_or(0, |k| k + 1),
        };
        // Where the quotation around `at` opened, if one is open.
        let mut open = None;
        for (k, c) in before.get(para..)?.char_indices() {
            match c {
                '“' => open = Some(from + para + k),
                '”' => open = None,
                '"' => {
                    open = if open.is_some() {
                        None
                    } else {
                        Some(from + para + k)
                    }
                }
                _ => {}
            }
        }
        let open = open?;
        let a = self.items.iter().rev().find(|a| {
            a.end <= open
                && a.start >= from + para
                && a.granularity == Granularity::Day
                && a.interval.start == a.interval.end
        })?;
        let told = prose
            .get(char_floor(prose, a.start.saturating_sub(40))..open)?
            .to_lowercase();
        const SPEECH: [&str; 8] = [
            "said",
            "says",
            "stated",
            "statement",
            "told",
            "added",
            "announced",
            "briefing",
        ];
        SPEECH
            .iter()
            .any(|w| told.contains(w))
            .then_some(a.interval.start)
    }

    fn paragraph_break(&self, prose: &str, from: usize, to: usize) -> bool {
        if to.saturating_sub(from) > PARAGRAPH_SCAN {
            return true;
        }
        let gap = prose.get(from..to).unwrap_or("");
        if self.blank_line_paragraphs {
            gap.lines().skip(1).any(|l| l.trim().is_empty()) && gap.contains('\n')
        } else {
            gap.contains('\n')
        }
    }
}

/// Whether `text` opens with a name results copy gives the year it
/// reports: "the full financial year", "the full fiscal year", "the year
/// under review".
fn names_the_reported_year(text: &str) -> bool {
    const NAMES: [&str; 3] = [
        "the full financial year",
        "the full fiscal year",
        "the year under review",
    ];
    let words: Vec<&str> = text.split_whitespace().take(4).collect();
    NAMES.iter().any(|n| {
        let want: Vec<&str> = n.split(' ').collect();
        words.len() >= want.len()
            && words.iter().zip(&want).all(|(w, k)| {
                w.trim_end_matches([',', '.', ';', ':'])
                    .eq_ignore_ascii_case(k)
            })
    })
}

/// The character boundary at or before byte `at`.
fn char_floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Whether a date is a reporting period by itself: a quarter, a half, a
/// year that is not the calendar year (a fiscal year), or months written
/// out that make a quarter or a half ("January-March", "April to
/// September").
fn is_reporting_period(interval: Interval, granularity: Granularity) -> bool {
    match granularity {
        Granularity::Quarter | Granularity::Half => true,
        Granularity::Year => interval.start.format("%m-%d").to_string() != "01-01",
        Granularity::Month => quarter_or_half(interval),
        _ => false,
    }
}

/// Whether `interval` is three or six whole months starting in January,
/// April, July or October.
fn quarter_or_half(interval: Interval) -> bool {
    use chrono::Datelike;
    let (a, b) = (interval.start, interval.end);
    let months = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32 + 1;
    let whole = a.day() == 1 && b.succ_opt().is_some_and(|n| n.day() == 1);
    whole && matches!(a.month(), 1 | 4 | 7 | 10) && matches!(months, 3 | 6)
}

/// The period a day ends when the words before it name one: "the quarter
/// ended ", "six months ended ", "the week ending ", "nine months to ".
fn period_ending(before: &str, day: chrono::NaiveDate) -> Option<(Interval, Granularity)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
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

    fn anchors(text: &str, dates: &[(&str, Interval, Granularity)]) -> Anchors {
        let mut a = Anchors::new(false);
        for (needle, i, g) in dates {
            let start = text.find(needle).unwrap();
            a.push(text, start, start + needle.len(), *i, *g);
        }
        a
    }

    #[test]
    fn shifts_stand_on_the_date_just_given_in_the_paragraph() {
        let text =
            "The dam broke on March 3, 2020. A month earlier, it leaked.\nA week later, nothing.";
        let day = Interval::day(d(2020, 3, 3));
        let a = anchors(text, &[("March 3, 2020", day, Granularity::Day)]);
        let month_back = DateExpr::Anchored {
            amount: 1.0,
            unit: DurationUnit::Month,
            sign: -1,
        };
        let at = text.find("A month").unwrap();
        assert_eq!(
            a.resolve(text, at, month_back),
            Some((Interval::day(d(2020, 2, 3)), Granularity::Day))
        );
        // The next paragraph gives no date of its own: unresolved.
        let week_on = DateExpr::Anchored {
            amount: 1.0,
            unit: DurationUnit::Week,
            sign: 1,
        };
        assert_eq!(a.resolve(text, text.find("A week").unwrap(), week_on), None);
        // Not anchored: not this module's.
        assert_eq!(a.resolve(text, at, DateExpr::Year(2020)), None);
    }

    #[test]
    fn year_ago_stands_on_the_reporting_period() {
        let text =
            "Profit for the quarter ended March 31, 2013 rose.\nIt was 40 a year ago, on Monday.";
        let a = anchors(
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
        let b = anchors(text, &[("March 31, 2013", day, Granularity::Day)]);
        assert_eq!(b.resolve(text, text.find("A year").unwrap(), ago), None);
    }

    #[test]
    fn following_and_previous_periods() {
        let text = "The law passed in 2015 and in the following two years 30 firms closed.";
        let a = anchors(
            text,
            &[("in 2015", Interval::year(2015).unwrap(), Granularity::Year)],
        );
        let following = DateExpr::AnchoredPeriod {
            amount: 2.0,
            unit: DurationUnit::Year,
            direction: 1,
        };
        assert_eq!(
            a.resolve(text, text.find("the following").unwrap(), following),
            Some((
                Interval::new(d(2016, 1, 1), d(2017, 12, 31)),
                Granularity::Day
            ))
        );
        let text = "Cases rose in the week ended March 28 from the previous seven days.";
        let a = anchors(
            text,
            &[("March 28", Interval::day(d(2021, 3, 28)), Granularity::Day)],
        );
        let previous = DateExpr::AnchoredPeriod {
            amount: 7.0,
            unit: DurationUnit::Day,
            direction: -1,
        };
        assert_eq!(
            a.resolve(text, text.find("the previous").unwrap(), previous),
            Some((
                Interval::new(d(2021, 3, 15), d(2021, 3, 21)),
                Granularity::Day
            ))
        );
    }

    /// Each date claim of `text` (dated `date`) and its interval.
    fn read(text: &str, date: NaiveDate) -> Vec<(String, Option<(NaiveDate, NaiveDate)>)> {
        use crate::document::{Document, Format};
        let doc = Document::from_text("a.txt", text.into(), Format::Text, Some(date), vec![]);
        crate::extract::extract(&doc)
            .iter()
            .filter_map(|c| match &c.kind {
                crate::extract::claim::ClaimKind::Date(dc) => Some((
                    doc.slice(c.span).to_owned(),
                    dc.interval.map(|i| (i.start, i.end)),
                )),
                _ => None,
            })
            .collect()
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
        // "the quarter ended …": the day is the date, and names the period.
        let text =
            "Profit for the quarter ended March 31, 2013 rose from 9 crore in the year-ago period.";
        let got = read(text, d(2013, 5, 20));
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(
            got[0],
            (
                "March 31, 2013".into(),
                Some((d(2013, 3, 31), d(2013, 3, 31)))
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
    fn anchored_dates_in_a_text() {
        let text = "The dam broke on March 3, 2020. A month earlier, it leaked; the day before, it rained.\nTwo days later it was shut.";
        let got = read(text, d(2021, 1, 1));
        assert_eq!(
            got[1],
            (
                "A month earlier".into(),
                Some((d(2020, 2, 3), d(2020, 2, 3)))
            )
        );
        assert_eq!(got[2].1, Some((d(2020, 3, 2), d(2020, 3, 2))));
        // A new paragraph with no date of its own: never the article date.
        assert_eq!(got[3], ("Two days later".into(), None));
    }

    #[test]
    fn a_relative_day_in_a_quotation_is_the_speaker_s() {
        // Told on Monday 3 June, published on Tuesday 4 June.
        let text = "In a briefing on Monday, the warden said the river had peaked over the past two days. \"The water rose by a metre yesterday and will fall today,\" she said.\nYesterday the road reopened.";
        let got = read(text, d(2024, 6, 4));
        assert_eq!(
            got[0],
            ("on Monday".into(), Some((d(2024, 6, 3), d(2024, 6, 3))))
        );
        // The span told before the quotation is no day to count from.
        assert_eq!(got[1].0, "the past two days");
        assert_eq!(
            got[2],
            ("yesterday".into(), Some((d(2024, 6, 2), d(2024, 6, 2))))
        );
        assert_eq!(
            got[3],
            ("today".into(), Some((d(2024, 6, 3), d(2024, 6, 3))))
        );
        // Outside the quotation, and in a new paragraph: the article's.
        assert_eq!(
            got[4],
            ("Yesterday".into(), Some((d(2024, 6, 3), d(2024, 6, 3))))
        );
        // No dated statement before the quotation: the article's day.
        let got = read("The warden said: “It rained yesterday.”", d(2024, 6, 4));
        assert_eq!(got[0].1, Some((d(2024, 6, 3), d(2024, 6, 3))));
    }

    #[test]
    fn memory_is_bounded() {
        let mut a = Anchors::new(true);
        let text = "x".repeat(100);
        for k in 0..100 {
            a.push(
                &text,
                k,
                k + 1,
                Interval::day(d(2020, 1, 1)),
                Granularity::Day,
            );
        }
        assert_eq!(a.items.len(), REMEMBERED);
    }
}
