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
//!
//! "The previous quarter" before the text has named any period it may
//! stand on ("It also reported a rise in its margin from the previous
//! quarter", in a results lead that names the quarter two paragraphs on)
//! waits for the period named next: in its own paragraph any period, after
//! it only a reporting period, within [`LOOK_AHEAD`] bytes. A few claims
//! wait at a time ([`WAITING`]); the scan keeps the window that holds them
//! open until they are settled ([`Anchors::settle`]) or too far behind
//! ([`Anchors::expire`]).

use super::resolve::{calendar_unit_interval, resolve_anchored, shift_date};
use super::{CalendarUnit, DateExpr};
use crate::extract::claim::DurationUnit;
use crate::time::{Granularity, Interval};

/// How many dates are remembered: enough for a results story's reporting
/// period to stay in reach a few paragraphs on.
const REMEMBERED: usize = 32;

/// How far back (bytes) a paragraph break is looked for between two dates;
/// farther counts as another paragraph.
const PARAGRAPH_SCAN: usize = 4096;

/// How far ahead (bytes) a period word that found nothing before it
/// looks for the period it stands on: a results lead's few paragraphs.
const LOOK_AHEAD: usize = 2048;

/// How far (bytes) a longer period may follow a period it holds and only
/// place it ("the first quarter of the company's fiscal 2010").
const QUALIFIER_GAP: usize = 24;

/// How many period words wait for a period at a time.
const WAITING: usize = 4;

/// A period word waiting for the period the text names after it.
#[derive(Debug, Clone, Copy)]
struct Waiting {
    /// Byte offset of its expression (inside its claim's span).
    at: usize,
    unit: CalendarUnit,
    shift: i32,
    /// Where its paragraph ends, as far as [`LOOK_AHEAD`] reaches.
    paragraph_end: usize,
}

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
    /// The article date: a period not over by then is no reporting period
    /// for a paragraph after it.
    article: Option<chrono::NaiveDate>,
    /// Period words waiting for a period named after them, oldest first.
    waiting: Vec<Waiting>,
    /// Readings found for waiting period words, by the byte offset of
    /// their expression, not yet given to their claims.
    settled: Vec<(usize, Interval, Granularity)>,
}

impl Anchors {
    /// Anchors for a document whose paragraphs are separated by blank
    /// lines (`true`, Markdown) or by line breaks (plain text: one
    /// paragraph a line).
    pub fn new(blank_line_paragraphs: bool) -> Self {
        Anchors {
            items: Default::default(),
            blank_line_paragraphs,
            ..Default::default()
        }
    }

    /// These anchors for an article dated `article`.
    pub fn dated(self, article: Option<chrono::NaiveDate>) -> Self {
        Anchors { article, ..self }
    }

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
    fn wait(&mut self, prose: &str, at: usize, unit: CalendarUnit, shift: i32) {
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
        });
    }

    /// Settle the period words waiting for `a`, a date just named: in their
    /// paragraph any period (not a single day) is the one they stand on,
    /// after it a reporting period over by the article date.
    fn settle_waiting(&mut self, a: Anchor) {
        let article = self.article;
        let settled = &mut self.settled;
        self.waiting.retain(|w| {
            if a.start <= w.at {
                return true;
            }
            let one_day = a.interval.start == a.interval.end;
            let over = article.is_none_or(|d| a.interval.end < d);
            let takes = if a.start < w.paragraph_end {
                !one_day
            } else {
                a.period && over && a.start <= w.at.saturating_add(LOOK_AHEAD)
            };
            if !takes {
                return a.start <= w.at.saturating_add(LOOK_AHEAD);
            }
            if let Some((interval, granularity)) = unit_of(a.interval, w.unit, w.shift) {
                settled.push((w.at, interval, granularity));
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
        // "the first quarter of the company's fiscal 2010": the year only
        // places the period just named; that period stays the anchor.
        if let Some(last) = self.items.back() {
            let near = start >= last.end && start - last.end <= QUALIFIER_GAP;
            let inside = interval.start <= last.interval.start
                && last.interval.end <= interval.end
                && last.interval != interval;
            if last.period && near && inside {
                return;
            }
        }
        if self.items.len() == REMEMBERED {
            self.items.pop_front();
        }
        // A period word waiting for its period has no reading of its own
        // for another to compare with yet.
        let waits = self.waiting.iter().any(|w| start <= w.at && w.at < end);
        let anchor = Anchor {
            start,
            end,
            interval,
            granularity,
            period: period && !waits,
        };
        self.items.push_back(anchor);
        if !self.waiting.is_empty() {
            self.settle_waiting(anchor);
        }
    }

    /// The reading of an anchored `expr` at byte `at` of `prose`, where the
    /// text gave the date it stands on: `None` when `expr` is not anchored,
    /// or nothing it may stand on comes before it.
    pub fn resolve(
        &mut self,
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
        // "the last two days of the quarter": the end of the period named.
        if let Some((n, unit, of)) = last_of_period(prose, at, expr) {
            let (period, _) = self.on_named_period(prose, at, of, 0)?;
            let after = period.end.succ_opt()?;
            let start = shift_date(after, -n, unit)?.max(period.start);
            return Some((Interval::new(start, period.end), Granularity::Day));
        }
        // "the previous quarter", "in the quarter": on the period named;
        // before any is named, on the one named next.
        if let Some((unit, shift)) = period_word(prose, at, expr) {
            let found = self.on_named_period(prose, at, unit, shift);
            if found.is_none() {
                self.wait(prose, at, unit, shift);
            }
            return found;
        }
        // "a 22% rise from last year's 4,703": the span just named, a year
        // back.
        if let Some(found) = self.last_years(prose, at, expr) {
            return Some(found);
        }
        // "a year earlier" compares with the reporting period as "a year
        // ago" does; after a plain date in its paragraph it shifts that.
        let year_back = matches!(
            expr,
            DateExpr::YearAgo
                | DateExpr::Ago {
                    amount: 1.0,
                    unit: DurationUnit::Year
                }
                | DateExpr::Anchored {
                    amount: 1.0,
                    unit: DurationUnit::Year,
                    sign: -1
                }
        );
        // "rose 2% in March from a year ago": the month named, a year back
        // (data copy compares a period with the same one a year earlier).
        let compared = matches!(
            expr,
            DateExpr::Ago {
                amount: 1.0,
                unit: DurationUnit::Year
            }
        ) && compares_with(prose, at);
        let anchored = matches!(
            expr,
            DateExpr::Anchored { .. } | DateExpr::AnchoredPeriod { .. }
        );
        if !(year_back || anchored) {
            return None;
        }
        // "in the same period last year" after "over Jan – Sep 2012": any
        // span its paragraph named, a year back, reporting period or not.
        let same_period = expr == DateExpr::YearAgo && names_the_same(prose, at);
        // "Just one day earlier" opening a paragraph that names no date of
        // its own: the day the paragraph before named last.
        let days_back = matches!(
            expr,
            DateExpr::Anchored {
                unit: DurationUnit::Day,
                sign,
                ..
            } if sign != 0
        );
        // Newest first; `gap_to` is where the text after the anchor ends.
        let mut gap_to = at;
        let mut same_paragraph = true;
        let mut newest = true;
        for a in self.items.iter().rev().filter(|a| a.end <= at) {
            let previous_paragraph = newest && self.paragraph_breaks(prose, a.end, at) == 1;
            newest = false;
            same_paragraph = same_paragraph && !self.paragraph_break(prose, a.end, gap_to);
            gap_to = a.start;
            // A period of an earlier paragraph not over by the article date
            // is a forecast ("an even stronger fourth quarter"), not the
            // one reported; in its own paragraph it is what is compared
            // ("growth in the third quarter of the current fiscal … a year
            // ago").
            let over = self.article.is_none_or(|d| a.interval.end < d);
            if year_back && a.period && (over || same_paragraph) {
                return resolve_anchored(expr, a.interval, a.granularity, true);
            }
            let span = a.interval.start != a.interval.end;
            if (compared || same_period) && same_paragraph && span {
                return resolve_anchored(YEAR_EARLIER, a.interval, a.granularity, a.period);
            }
            if days_back && previous_paragraph && !span {
                return resolve_anchored(expr, a.interval, a.granularity, a.period);
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

    /// "the previous quarter" (`shift` −1), "in the quarter" (0): the
    /// `unit` holding the newest period the paragraph named before `at`
    /// (a month, a quarter; a day is only the day something happened, so
    /// it is passed over), or the newest reporting period of an earlier
    /// paragraph that is over by the article date (results report a
    /// finished period; "by the end of the current quarter" is a target);
    /// moved by `shift` units. `None` (today's reading) where
    /// neither comes before, or the paragraph's period is longer than a
    /// `unit` ("in 2019 … the previous month").
    fn on_named_period(
        &self,
        prose: &str,
        at: usize,
        unit: CalendarUnit,
        shift: i32,
    ) -> Option<(Interval, Granularity)> {
        let mut gap_to = at;
        let mut same_paragraph = true;
        for a in self.items.iter().rev().filter(|a| a.end <= at) {
            same_paragraph = same_paragraph && !self.paragraph_break(prose, a.end, gap_to);
            gap_to = a.start;
            let one_day = a.interval.start == a.interval.end;
            if same_paragraph && !one_day {
                return unit_of(a.interval, unit, shift);
            }
            let over = self.article.is_none_or(|d| a.interval.end < d);
            if !same_paragraph && a.period && over {
                if let Some(found) = unit_of(a.interval, unit, shift) {
                    return Some(found);
                }
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

    /// "last year's 4,703" (`expr` "last year", possessive) after a span
    /// its paragraph just named within one year ("from June 30 to July
    /// 6"): that span a year back; after a running total "as of July 6",
    /// the year to that day, a year back. `None` otherwise.
    fn last_years(
        &self,
        prose: &str,
        at: usize,
        expr: DateExpr,
    ) -> Option<(Interval, Granularity)> {
        use chrono::Datelike;
        let DateExpr::Unit {
            unit: CalendarUnit::Year,
            shift: -1,
        } = expr
        else {
            return None;
        };
        let text = prose.get(at..char_floor(prose, at.saturating_add(16)))?;
        let lower = text.to_lowercase();
        if !(lower.starts_with("last year's") || lower.starts_with("last year\u{2019}s")) {
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

    /// How many paragraph breaks lie between `from` and `to` (2 stands for
    /// more, and for a gap longer than [`PARAGRAPH_SCAN`]).
    fn paragraph_breaks(&self, prose: &str, from: usize, to: usize) -> usize {
        if to.saturating_sub(from) > PARAGRAPH_SCAN {
            return 2;
        }
        let gap = prose.get(from..to).unwrap_or("");
        if self.blank_line_paragraphs {
            let mut breaks = 0;
            let mut blank = false;
            for l in gap.split('\n').skip(1) {
                let empty = l.trim().is_empty();
                if blank && !empty {
                    breaks += 1;
                }
                blank = empty;
            }
            breaks.min(2)
        } else {
            gap.matches('\n').count().min(2)
        }
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

/// Whether the words at `at` of `prose` name "the same" (or the
/// corresponding) period.
fn names_the_same(prose: &str, at: usize) -> bool {
    let text = prose
        .get(at..char_floor(prose, at.saturating_add(24)))
        .unwrap_or("");
    let lower = text.to_ascii_lowercase();
    ["same ", "corresponding ", "comparable "]
        .iter()
        .any(|w| lower.contains(w))
}

/// "a year earlier": what a compared "a year ago" reads as.
const YEAR_EARLIER: DateExpr = DateExpr::Anchored {
    amount: 1.0,
    unit: DurationUnit::Year,
    sign: -1,
};

/// A period word that names no period of its own but one the text gave:
/// "the previous quarter", "the preceding month", "the prior year", "the
/// previous week" (−1), "the quarter", "the month" (0) — as `expr` reads
/// it (a calendar unit from the article date) and as `prose` writes it at
/// `at`. "last quarter", "this month", "the current quarter" name their
/// own and are not these.
fn period_word(prose: &str, at: usize, expr: DateExpr) -> Option<(CalendarUnit, i32)> {
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
    if back {
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
fn last_of_period(
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
    let n = super::resolve::whole_count(amount)?;
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
    let base = if months > 0 && whole_months(period) == Some(months) || months == 0 && days == 7 {
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

/// Whether the word before byte `at` compares with what follows: "from",
/// "than", "with", "to", "versus", "on", "over" ("up 2% from a year ago").
fn compares_with(prose: &str, at: usize) -> bool {
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
        // period: that span a year back; in another paragraph, nothing.
        let span = Interval::new(d(2022, 2, 1), d(2022, 10, 31));
        let text = "Rates over Feb - Oct 2022 were 2%, against 1% in the same period last year.\nIn the same period last year, less.";
        let mut a = anchors(text, &[("Feb - Oct 2022", span, Granularity::Month)]);
        let at = text.find("the same").unwrap();
        assert_eq!(
            a.resolve(text, at, DateExpr::YearAgo).map(|(i, _)| i),
            Some(Interval::new(d(2021, 2, 1), d(2021, 10, 31)))
        );
        let at = text.rfind("the same").unwrap();
        assert_eq!(a.resolve(text, at, DateExpr::YearAgo), None);
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
    fn a_day_counted_opening_a_paragraph_stands_on_the_one_before() {
        let text = "Futures fell on Thursday.\nJust one day earlier, they rose.\nTwo lines on.\nA day later, calm.";
        let thursday = Interval::day(d(2023, 2, 9));
        let mut a = anchors(text, &[("on Thursday", thursday, Granularity::Day)]);
        let day_back = DateExpr::Anchored {
            amount: 1.0,
            unit: DurationUnit::Day,
            sign: -1,
        };
        let at = text.find("one day").unwrap();
        assert_eq!(
            a.resolve(text, at, day_back),
            Some((Interval::day(d(2023, 2, 8)), Granularity::Day))
        );
        // Two paragraphs on: unresolved.
        let day_on = DateExpr::Anchored {
            amount: 1.0,
            unit: DurationUnit::Day,
            sign: 1,
        };
        let at = text.find("A day later").unwrap();
        assert_eq!(a.resolve(text, at, day_on), None);
    }

    #[test]
    fn shifts_stand_on_the_date_just_given_in_the_paragraph() {
        let text =
            "The dam broke on March 3, 2020. A month earlier, it leaked.\nA week later, nothing.";
        let day = Interval::day(d(2020, 3, 3));
        let mut a = anchors(text, &[("March 3, 2020", day, Granularity::Day)]);
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
    fn following_and_previous_periods() {
        let text = "The law passed in 2015 and in the following two years 30 firms closed.";
        let mut a = anchors(
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
        let mut a = anchors(
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
        // A new paragraph with no date of its own: never the article date,
        // but the day the paragraph just before named (wire copy writes a
        // paragraph a sentence).
        assert_eq!(
            got[3],
            (
                "Two days later".into(),
                Some((d(2020, 3, 5), d(2020, 3, 5)))
            )
        );
        let got = read(
            &format!("{text}\nThen calm.\nTwo days later, rain."),
            d(2021, 1, 1),
        );
        assert_eq!(got[4], ("Two days later".into(), None));
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
    fn comparisons_and_last_days_of_a_period() {
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
        assert_eq!(got[0].1, Some((d(2020, 3, 31), d(2020, 3, 31))), "{got:?}");
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
