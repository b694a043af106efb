//! Period words that name no period of their own but one the text gave:
//! "the previous quarter", "the preceding month", "the prior year", "in
//! the quarter", "the last two days of the quarter". They stand on the
//! period the paragraph named before them, or on the newest reporting
//! period of an earlier paragraph that is over by the article date.
//!
//! "The previous quarter" before the text has named any period it may
//! stand on ("It also reported a rise in its margin from the previous
//! quarter", in a results lead that names the quarter two paragraphs on)
//! waits for the period named next: in its own paragraph any period, after
//! it only a reporting period, within [`LOOK_AHEAD`] bytes. A few claims
//! wait at a time ([`WAITING`]); the scan keeps the window that holds them
//! open until they are settled ([`Anchors::settle`]) or too far behind
//! ([`Anchors::expire`]).

use super::reporting::is_reporting_period;
use super::{char_floor, Anchor, Anchors};
use crate::extract::claim::DurationUnit;
use crate::extract::date::resolve::{calendar_unit_interval, resolve_anchored, shift_date};
use crate::extract::date::{CalendarUnit, DateExpr};
use crate::time::{Granularity, Interval};

/// How far ahead (bytes) a period word that found nothing before it
/// looks for the period it stands on: a results lead's few paragraphs.
const LOOK_AHEAD: usize = 2048;

/// How many period words wait for a period at a time.
const WAITING: usize = 4;

/// A period word waiting for the period the text names after it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Waiting {
    /// Byte offset of its expression (inside its claim's span).
    pub(super) at: usize,
    unit: CalendarUnit,
    shift: i32,
    /// Where its paragraph ends, as far as [`LOOK_AHEAD`] reaches.
    paragraph_end: usize,
    /// "the year-ago period" before the period it compares with: the
    /// reporting period named next, a year back (not `unit`, `shift`).
    year_back: bool,
    /// Anchored dates read on it meanwhile ("in the quarter, up from … a
    /// year earlier"): the offset of each expression and the expression,
    /// read again on the period it settles to.
    dependents: [Option<(usize, DateExpr)>; DEPENDENTS],
}

/// How many anchored dates may stand on one waiting period word.
const DEPENDENTS: usize = 2;

impl Anchors {
    /// Whether a period word waits for a period named after it: the claims
    /// from it on must be kept until [`Anchors::settle`] has given them
    /// their readings.
    pub fn is_waiting(&self) -> bool {
        !self.waiting.is_empty()
    }

    /// Give the claims of `claims` the readings found for them since the
    /// last call (a claim read "the previous quarter" from the article
    /// date until the period it stands on was named).
    pub fn settle(&mut self, claims: &mut [crate::extract::claim::Claim]) {
        use crate::extract::claim::ClaimKind;
        for (at, interval, granularity) in self.settled.drain(..) {
            let k = claims.partition_point(|c| c.span.end <= at);
            if let Some(ClaimKind::Date(dc)) = claims
                .get_mut(k)
                .filter(|c| c.span.start <= at)
                .map(|c| &mut c.kind)
            {
                dc.interval = Some(interval);
                dc.granularity = granularity;
                dc.relative = false;
            }
        }
    }

    /// Stop waiting for periods named past byte `at`, beyond
    /// [`LOOK_AHEAD`] of the period words waiting.
    pub fn expire(&mut self, at: usize) {
        self.waiting
            .retain(|w| w.at.saturating_add(LOOK_AHEAD) >= at);
    }

    /// Wait for the period named after the period word at `at`.
    pub(super) fn wait(&mut self, prose: &str, at: usize, unit: CalendarUnit, shift: i32) {
        self.wait_for(prose, at, unit, shift, false);
    }

    /// Wait for the reporting period named after "the year-ago period" at
    /// `at` ("a profit of 91 crore in the year-ago period. Income during
    /// January-March rose"): that period a year back.
    pub(super) fn wait_year_back(&mut self, prose: &str, at: usize) {
        self.wait_for(prose, at, CalendarUnit::Year, -1, true);
    }

    fn wait_for(
        &mut self,
        prose: &str,
        at: usize,
        unit: CalendarUnit,
        shift: i32,
        year_back: bool,
    ) {
        if self.waiting.len() == WAITING {
            return;
        }
        let ahead = prose
            .get(at..char_floor(prose, at.saturating_add(LOOK_AHEAD)))
            .unwrap_or("");
        let paragraph_end = at
            + match self.blank_line_paragraphs {
                true => ahead.find("\n\n"),
                false => ahead.find('\n'),
            }
            .unwrap_or(ahead.len());
        self.waiting.push(Waiting {
            at,
            unit,
            shift,
            paragraph_end,
            year_back,
            dependents: [None; DEPENDENTS],
        });
    }

    /// Whether the anchor `a` is a period word waiting for its period: if
    /// so the anchored `expr` at `at` standing on it is read again once it
    /// settles (as long as there is room).
    pub(super) fn depends_on_waiting(&mut self, a: &Anchor, at: usize, expr: DateExpr) -> bool {
        let Some(w) = self
            .waiting
            .iter_mut()
            .find(|w| a.start <= w.at && w.at < a.end)
        else {
            return false;
        };
        if let Some(slot) = w.dependents.iter_mut().find(|d| d.is_none()) {
            *slot = Some((at, expr));
        }
        true
    }

    /// Settle the period words waiting for `a`, a date just named: in their
    /// paragraph any period (not a single day) is the one they stand on,
    /// after it a reporting period over by the article date.
    pub(super) fn settle_waiting(&mut self, a: Anchor) {
        let article = self.article;
        let settled = &mut self.settled;
        self.waiting.retain(|w| {
            if a.start <= w.at {
                return true;
            }
            let one_day = a.interval.start == a.interval.end;
            let over = article.is_none_or(|d| a.interval.end < d);
            let takes = if a.start < w.paragraph_end && !w.year_back {
                !one_day
            } else {
                a.period && over && a.start <= w.at.saturating_add(LOOK_AHEAD)
            };
            if !takes {
                return a.start <= w.at.saturating_add(LOOK_AHEAD);
            }
            let reading = if w.year_back {
                resolve_anchored(DateExpr::YearAgo, a.interval, a.granularity, true)
            } else {
                unit_of(a.interval, w.unit, w.shift)
            };
            if let Some((interval, granularity)) = reading {
                settled.push((w.at, interval, granularity));
                let period = is_reporting_period(interval, granularity);
                for (at, expr) in w.dependents.iter().flatten() {
                    if let Some((i, g)) = resolve_anchored(*expr, interval, granularity, period) {
                        settled.push((*at, i, g));
                    }
                }
            }
            false
        });
        // The remembered readings of the claims just settled.
        for (at, interval, granularity) in &self.settled {
            if let Some(item) = self
                .items
                .iter_mut()
                .rev()
                .find(|i| i.start <= *at && *at < i.end)
            {
                item.interval = *interval;
                item.granularity = *granularity;
                item.period = is_reporting_period(*interval, *granularity);
            }
        }
    }

    /// "the previous quarter" (`shift` −1), "in the quarter" (0): the
    /// `unit` holding the newest period the paragraph named before `at`
    /// (a month, a quarter; a day is only the day something happened, so
    /// it is passed over), or the newest reporting period of an earlier
    /// paragraph that is over by the article date (results report a
    /// finished period; "by the end of the current quarter" is a target);
    /// moved by `shift` units. `None` (today's reading) where
    /// neither comes before, or the paragraph's period is longer than a
    /// `unit` ("in 2019 … the previous month").
    pub(super) fn on_named_period(
        &self,
        prose: &str,
        at: usize,
        unit: CalendarUnit,
        shift: i32,
    ) -> Option<(Interval, Granularity)> {
        let mut gap_to = at;
        let mut same_paragraph = true;
        let mut first_outside = true;
        for a in self.items.iter().rev().filter(|a| a.end <= at) {
            same_paragraph = same_paragraph && !self.paragraph_break(prose, a.end, gap_to);
            gap_to = a.start;
            let one_day = a.interval.start == a.interval.end;
            if same_paragraph && !one_day {
                // "The following year" after "in the third quarter": the
                // calendar unit after the one holding the period named.
                if shift > 0 {
                    let holding = calendar_unit_interval(a.interval.end, unit, shift)?;
                    return Some((holding, unit_of(holding, unit, 0)?.1));
                }
                return unit_of(a.interval, unit, shift);
            }
            // "in hospital last week. \n … from 2,226 the previous week":
            // the period the paragraph just before ended on, when it is one
            // such unit and over by the article date (not "by the end of
            // the current quarter", a target), is the one a unit back is
            // counted from.
            let over = self.article.is_none_or(|d| a.interval.end < d);
            if !same_paragraph && std::mem::take(&mut first_outside) {
                let one_unit = unit_of(a.interval, unit, 0).is_some_and(|(i, _)| i == a.interval);
                if shift < 0 && one_unit && over && self.paragraph_breaks(prose, a.end, at) == 1 {
                    return unit_of(a.interval, unit, shift);
                }
            }
            if !same_paragraph && a.period && over {
                if let Some(found) = unit_of(a.interval, unit, shift) {
                    return Some(found);
                }
            }
        }
        None
    }
}

/// A period word that names no period of its own but one the text gave:
/// "the previous quarter", "the preceding month", "the prior year", "the
/// previous week" (−1), "the following year" (+1), "the quarter", "the
/// month" (0) — as `expr` reads
/// it (a calendar unit from the article date) and as `prose` writes it at
/// `at`. "last quarter", "this month", "the current quarter" name their
/// own and are not these.
pub(super) fn period_word(prose: &str, at: usize, expr: DateExpr) -> Option<(CalendarUnit, i32)> {
    let DateExpr::Unit { unit, shift } = expr else {
        return None;
    };
    let text = prose.get(at..)?;
    let mut words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3);
    if !words.next()?.eq_ignore_ascii_case("the") {
        return None;
    }
    let mut w = words.next()?;
    let back = ["previous", "preceding", "prior"]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k));
    // "The following year, 145 died" after "In 2011": the unit after the
    // one the text named, never the article's next.
    let ahead = ["following", "subsequent"]
        .iter()
        .any(|k| w.eq_ignore_ascii_case(k));
    if back || ahead {
        w = words.next()?;
    }
    let named = match unit {
        CalendarUnit::Week => "week",
        CalendarUnit::Month => "month",
        CalendarUnit::Quarter => "quarter",
        CalendarUnit::Year => "year",
        CalendarUnit::Decade => return None,
    };
    if !w.eq_ignore_ascii_case(named) {
        return None;
    }
    match (back, shift) {
        (true, -1) => Some((unit, -1)),
        (false, 1) if ahead => Some((unit, 1)),
        // "in the year" is, in news, this year; "the week" is vague.
        (false, 0) if matches!(unit, CalendarUnit::Month | CalendarUnit::Quarter) => {
            Some((unit, 0))
        }
        _ => None,
    }
}

/// "the last two days of the quarter", "the final three weeks of the
/// month": `expr` reads the count back from the article date ("the last
/// two days"), `prose` at `at` goes on to name the period they end. The
/// count, its unit and the period's unit.
pub(super) fn last_of_period(
    prose: &str,
    at: usize,
    expr: DateExpr,
) -> Option<(i64, DurationUnit, CalendarUnit)> {
    let DateExpr::Period {
        amount,
        unit,
        direction: -1,
    } = expr
    else {
        return None;
    };
    if !matches!(
        unit,
        DurationUnit::Day | DurationUnit::Week | DurationUnit::Month
    ) {
        return None;
    }
    let n = crate::extract::date::resolve::whole_count(amount)?;
    let text = prose.get(at..char_floor(prose, at.saturating_add(80)))?;
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(8)
        .collect();
    let is = |k: usize, want: &[&str]| {
        words
            .get(k)
            .is_some_and(|w| want.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    if !(is(0, &["the"]) && is(1, &["last", "final"])) {
        return None;
    }
    // After the count ("two", "2", "twenty five") and its unit.
    let of = (3..words.len()).find(|&k| is(k, &["of"]))?;
    if !is(of + 1, &["the"]) || !is(of - 1, &["days", "weeks", "months"]) {
        return None;
    }
    let period = if is(of + 2, &["quarter"]) {
        CalendarUnit::Quarter
    } else if is(of + 2, &["month"]) && unit != DurationUnit::Month {
        CalendarUnit::Month
    } else {
        return None;
    };
    Some((n, unit, period))
}

/// The `unit` holding `period` — `period` itself when it is one `unit`
/// long (a fiscal quarter need not be a calendar one) — moved by `shift`
/// units. `None` when `period` is longer than a `unit`, or straddles two.
fn unit_of(period: Interval, unit: CalendarUnit, shift: i32) -> Option<(Interval, Granularity)> {
    let (months, granularity) = match unit {
        CalendarUnit::Week => (0, Granularity::Week),
        CalendarUnit::Month => (1, Granularity::Month),
        CalendarUnit::Quarter => (3, Granularity::Quarter),
        CalendarUnit::Year => (12, Granularity::Year),
        CalendarUnit::Decade => return None,
    };
    let days = (period.end - period.start).num_days() + 1;
    // "the nine months to December … the previous year": results compare
    // a reporting period shorter than a year with the same one a year
    // back, not with the calendar year before.
    let same_span = unit == CalendarUnit::Year
        && shift != 0
        && matches!(whole_months(period), Some(3 | 6 | 9))
        && is_reporting_period(period, Granularity::Month);
    let base = if same_span
        || months > 0 && whole_months(period) == Some(months)
        || months == 0 && days == 7
    {
        period
    } else {
        let holding = calendar_unit_interval(period.start, unit, 0)?;
        if period.end > holding.end {
            return None;
        }
        holding
    };
    let n = i64::from(shift);
    let moved = if months == 0 {
        Interval::new(
            shift_date(base.start, 7 * n, DurationUnit::Day)?,
            shift_date(base.end, 7 * n, DurationUnit::Day)?,
        )
    } else {
        let start = shift_date(base.start, n * months, DurationUnit::Month)?;
        let after = shift_date(base.end.succ_opt()?, n * months, DurationUnit::Month)?;
        Interval::new(start, after.pred_opt()?)
    };
    Some((moved, granularity))
}

/// How many whole calendar months `interval` covers, if it is whole
/// months (first day to last day).
fn whole_months(interval: Interval) -> Option<i64> {
    use chrono::Datelike;
    let (a, b) = (interval.start, interval.end);
    let whole = a.day() == 1 && b.succ_opt().is_some_and(|n| n.day() == 1);
    whole.then(|| {
        i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month()) + 1
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{d, read};
    use super::*;

    #[test]
    fn period_words_that_name_no_period_of_their_own() {
        let unit = |shift| DateExpr::Unit {
            unit: CalendarUnit::Quarter,
            shift,
        };
        let month = |shift| DateExpr::Unit {
            unit: CalendarUnit::Month,
            shift,
        };
        let w = |text: &str, expr| period_word(text, 0, expr);
        assert_eq!(
            w("the previous quarter, it", unit(-1)),
            Some((CalendarUnit::Quarter, -1))
        );
        assert_eq!(
            w("The preceding month", month(-1)),
            Some((CalendarUnit::Month, -1))
        );
        assert_eq!(
            w("the quarter, up", unit(0)),
            Some((CalendarUnit::Quarter, 0))
        );
        // These name their own period, from the article date.
        assert_eq!(w("last quarter", unit(-1)), None);
        assert_eq!(w("the last quarter", unit(-1)), None);
        assert_eq!(w("this quarter", unit(0)), None);
        assert_eq!(w("the current quarter", unit(0)), None);
        assert_eq!(
            w(
                "the year",
                DateExpr::Unit {
                    unit: CalendarUnit::Year,
                    shift: 0
                }
            ),
            None
        );
        // The word and the reading must agree.
        assert_eq!(w("the previous quarter", month(-1)), None);
        let year = |shift| DateExpr::Unit {
            unit: CalendarUnit::Year,
            shift,
        };
        assert_eq!(
            w("The following year, 145 died", year(1)),
            Some((CalendarUnit::Year, 1))
        );
        assert_eq!(
            w("the subsequent quarter", unit(1)),
            Some((CalendarUnit::Quarter, 1))
        );
        // "the next year" names its own: the article's next.
        assert_eq!(w("the next year", year(1)), None);
    }

    #[test]
    fn the_unit_holding_a_named_period() {
        let q = |a, b| Interval::new(a, b);
        // A quarter (a fiscal one too) is its own unit; its previous one.
        assert_eq!(
            unit_of(q(d(2007, 4, 1), d(2007, 6, 30)), CalendarUnit::Quarter, -1),
            Some((q(d(2007, 1, 1), d(2007, 3, 31)), Granularity::Quarter))
        );
        assert_eq!(
            unit_of(q(d(2020, 2, 1), d(2020, 4, 30)), CalendarUnit::Quarter, 0),
            Some((q(d(2020, 2, 1), d(2020, 4, 30)), Granularity::Quarter))
        );
        // A month: the quarter holding it, the month before it.
        let july = q(d(2013, 7, 1), d(2013, 7, 31));
        assert_eq!(
            unit_of(july, CalendarUnit::Quarter, -1),
            Some((q(d(2013, 4, 1), d(2013, 6, 30)), Granularity::Quarter))
        );
        assert_eq!(
            unit_of(july, CalendarUnit::Month, -1),
            Some((q(d(2013, 6, 1), d(2013, 6, 30)), Granularity::Month))
        );
        assert_eq!(
            unit_of(q(d(2021, 3, 22), d(2021, 3, 28)), CalendarUnit::Week, -1),
            Some((q(d(2021, 3, 15), d(2021, 3, 21)), Granularity::Week))
        );
        // Longer than the unit, or across two: no reading.
        assert_eq!(unit_of(july, CalendarUnit::Week, -1), None);
        assert_eq!(
            unit_of(q(d(2013, 3, 1), d(2013, 4, 30)), CalendarUnit::Quarter, 0),
            None
        );
    }

    #[test]
    fn last_days_of_a_period() {
        let days = DateExpr::Period {
            amount: 2.0,
            unit: DurationUnit::Day,
            direction: -1,
        };
        assert_eq!(
            last_of_period("the last two days of the quarter", 0, days),
            Some((2, DurationUnit::Day, CalendarUnit::Quarter))
        );
        assert_eq!(
            last_of_period("the final 2 days of the month", 0, days),
            Some((2, DurationUnit::Day, CalendarUnit::Month))
        );
        assert_eq!(last_of_period("the last two days", 0, days), None);
        assert_eq!(
            last_of_period("the last two days of the campaign", 0, days),
            None
        );
        assert_eq!(
            last_of_period("the past two days of the quarter", 0, days),
            None
        );
    }

    #[test]
    fn previous_and_same_periods_stand_on_the_period_named() {
        // Results copy: the reporting period in an earlier paragraph.
        let text = "Zenith said net income for its fiscal second quarter ended March 31st rose.\n\
            Margin was 20%, up from 18% in the previous quarter.\n\
            It shipped 2 million phones in the quarter, up from a year earlier.\n\
            Sales rose 5% from a year earlier.\n\
            The tablet sold out in the last two days of the quarter.";
        let got = read(text, d(2020, 4, 22));
        let q1 = Some((d(2020, 1, 1), d(2020, 3, 31)));
        let q1_before = Some((d(2019, 1, 1), d(2019, 3, 31)));
        // The quarter ended March 31st is the quarter (README: periods
        // named by a day).
        assert_eq!(got[0].1, q1, "{got:?}");
        assert_eq!(
            got[1],
            (
                "in the previous quarter".into(),
                Some((d(2019, 10, 1), d(2019, 12, 31)))
            )
        );
        assert_eq!(got[2], ("in the quarter".into(), q1));
        assert_eq!(got[3], ("a year earlier".into(), q1_before));
        assert_eq!(got[4], ("a year earlier".into(), q1_before));
        assert_eq!(got[5].1, Some((d(2020, 3, 30), d(2020, 3, 31))), "{got:?}");
        // Data copy: the months just named, in the same paragraph.
        let text = "Output grew in May and June, faster than the previous quarter; \
            hiring in June beat the previous month.\n\
            Rents rose 3% in June from a year ago.";
        let got = read(text, d(2019, 7, 20));
        // "May and June" is one span, the two months; the quarter before
        // them is the first.
        assert_eq!(got[0].1, Some((d(2019, 5, 1), d(2019, 6, 30))), "{got:?}");
        assert_eq!(
            got[1],
            (
                "the previous quarter".into(),
                Some((d(2019, 1, 1), d(2019, 3, 31)))
            ),
            "{got:?}"
        );
        assert_eq!(
            got[3],
            (
                "the previous month".into(),
                Some((d(2019, 5, 1), d(2019, 5, 31)))
            )
        );
        assert_eq!(
            got[5],
            ("a year ago".into(), Some((d(2018, 6, 1), d(2018, 6, 30))))
        );
        // Nothing named: today's reading.
        let got = read(
            "Margin beat the previous quarter, on Monday.",
            d(2019, 7, 20),
        );
        assert_eq!(got[0].1, Some((d(2019, 4, 1), d(2019, 6, 30))));
        // A day is when something happened, not the period compared.
        let got = read(
            "On Monday the firm said margin beat the previous quarter.",
            d(2019, 7, 24),
        );
        assert_eq!(got[1].1, Some((d(2019, 4, 1), d(2019, 6, 30))), "{got:?}");
    }

    /// "the previous week" a paragraph after "last week" is the week
    /// before that one (fixture in own words), not last week again; the
    /// paragraph before must have ended on one such unit.
    #[test]
    fn a_unit_back_from_the_one_the_paragraph_before_ended_on() {
        let text = include_str!("../../../../fixtures/periods/s16-periods/harlow-wards.txt");
        let got = read(text, d(2025, 3, 13));
        let want = [
            ("last week", (d(2025, 3, 3), d(2025, 3, 9))),
            ("the previous week", (d(2025, 2, 24), d(2025, 3, 2))),
            ("in the week to March 2", (d(2025, 2, 24), d(2025, 3, 2))),
            ("the previous week", (d(2025, 2, 17), d(2025, 2, 23))),
            ("Last winter", (d(2024, 12, 1), d(2025, 2, 28))),
            ("at Christmas", (d(2024, 12, 25), d(2024, 12, 25))),
        ];
        let mut rest = got.iter();
        for (t, (a, b)) in want {
            let w = (t.to_owned(), Some((a, b)));
            assert!(rest.any(|g| *g == w), "{w:?} not in order in {got:?}");
        }
        // Two paragraphs on, or after a month: today's reading.
        let text = "Beds filled last week.\nThen calm.\nIt fell from the previous week.";
        let got = read(text, d(2025, 3, 13));
        assert_eq!(got[1].1, Some((d(2025, 3, 3), d(2025, 3, 9))), "{got:?}");
        let text = "Beds filled in February.\nIt fell from the previous week.";
        let got = read(text, d(2025, 3, 13));
        assert_eq!(got[1].1, Some((d(2025, 3, 3), d(2025, 3, 9))), "{got:?}");
    }

    #[test]
    fn a_period_word_before_any_period_stands_on_the_one_named_next() {
        // A results lead: the quarter reported is named two paragraphs on;
        // "the current quarter" is a target, not a period reported.
        let text = "Corvid posted a higher quarterly profit and expects to ship 2 million units by the end of the current quarter.\n\
            It also reported a wider margin than in the previous quarter, helped by cheaper parts.\n\
            Shares rose 4 percent.\n\
            Net income for its fiscal second quarter ended March 31 was $90 million.";
        let got = read(text, d(2021, 4, 22));
        assert_eq!(
            got[1],
            (
                "in the previous quarter".into(),
                Some((d(2020, 10, 1), d(2020, 12, 31)))
            ),
            "{got:?}"
        );
        // Later in its own sentence.
        let got = read(
            "Margin beat the previous quarter as sales in the third quarter rose.",
            d(2019, 10, 20),
        );
        assert_eq!(got[0].1, Some((d(2019, 4, 1), d(2019, 6, 30))), "{got:?}");
        // A day is no period, and a reporting period too far on is not
        // waited for: today's reading.
        let far = format!(
            "Margin beat the previous quarter on Monday.\n{}\nIn the quarter ended March 31 it rose.",
            "Words. ".repeat(400)
        );
        let got = read(&far, d(2021, 4, 22));
        assert_eq!(got[0].1, Some((d(2021, 1, 1), d(2021, 3, 31))), "{got:?}");
        // In a later paragraph only a reporting period settles it.
        let got = read(
            "Margin beat the previous quarter.\nThe plant opened in 2015.\nIn the quarter ended June 30 it rose.",
            d(2021, 7, 22),
        );
        assert_eq!(got[0].1, Some((d(2021, 1, 1), d(2021, 3, 31))), "{got:?}");
    }

    #[test]
    fn waiting_is_bounded_and_settles_by_offset() {
        let text = "the previous quarter. ".repeat(10);
        let mut a = Anchors::new(false).dated(Some(d(2021, 4, 22)));
        let unit = DateExpr::Unit {
            unit: CalendarUnit::Quarter,
            shift: -1,
        };
        for k in 0..10 {
            assert_eq!(a.resolve(&text, 22 * k, unit), None);
        }
        assert_eq!(a.waiting.len(), WAITING);
        a.expire(text.len() + LOOK_AHEAD);
        assert!(!a.is_waiting());
    }

    #[test]
    fn the_previous_year_of_a_results_period_is_that_period_a_year_back() {
        let text = "Profit rose for the nine months to December.\nIt fell the previous year.";
        let got = read(text, d(2019, 1, 31));
        assert_eq!(got[1].1, Some((d(2017, 4, 1), d(2017, 12, 31))), "{got:?}");
        // After a calendar month (no reporting period) the year holding it.
        let text = "Sales rose in May, more than in the previous year.";
        let got = read(text, d(2019, 7, 1));
        assert_eq!(got[1].1, Some((d(2018, 1, 1), d(2018, 12, 31))), "{got:?}");
    }
}
