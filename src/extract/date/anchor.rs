//! Dates anchored on other dates: "a month earlier", "the day before", "the
//! following two years", "two days later" resolve against the date the
//! text gave just before — in the same paragraph — and stay unresolved
//! where there is none (never the article date).
//!
//! [`Anchors`] remembers the last dates of a document as the scan finds
//! them; the work per anchored date is bounded (a few remembered dates, a
//! bounded stretch of text read for paragraph breaks). [`Anchors::resolve`]
//! hands each family of anchored words to its own module:
//!
//! - [`reporting`]: results copy's reporting period and what is compared
//!   with it ("a year ago", "the year-ago period", "the same period last
//!   year", "last year's 4,703", "the quarter ended March 31").
//! - [`period_word`]: words that name no period of their own but one the
//!   text gave ("the previous quarter", "in the quarter", "the last two
//!   days of the quarter"), and wait for a later period where none came
//!   before.
//! - [`quotation`]: "yesterday" in a quotation, the day before the
//!   statement was made.

mod period_word;
mod quotation;
mod reporting;

use super::resolve::{resolve_anchored, shift_date};
use super::DateExpr;
use crate::extract::claim::DurationUnit;
use crate::time::{Granularity, Interval};
use period_word::{last_of_period, period_word, Waiting};
use reporting::{
    compares_with, coordinated, is_baseline, is_compared_period, is_reporting_period,
    names_a_period_ended, names_the_reported_year, names_the_same, period_ending, same_size,
    YEAR_EARLIER,
};

/// How many dates are remembered: enough for a results story's reporting
/// period to stay in reach a few paragraphs on.
const REMEMBERED: usize = 32;

/// How far back (bytes) a paragraph break is looked for between two dates;
/// farther counts as another paragraph.
const PARAGRAPH_SCAN: usize = 4096;

/// How far (bytes) a longer period may follow a period it holds and only
/// place it ("the first quarter of the company's fiscal 2010").
const QUALIFIER_GAP: usize = 24;

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
    /// The month fiscal years start in, where the text names them by the
    /// year they begin in ("the current financial year 2020" for April
    /// 2020 to March 2021): its later "FY2021" is April 2021 to March 2022.
    fiscal_by_start: Option<u32>,
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
        // "the quarter ended April 30" read whole: a reporting period,
        // whatever month it starts in.
        let told = prose.get(start..end).unwrap_or("");
        if granularity == Granularity::Year {
            self.learn_fiscal_naming(told, interval);
        }
        let (interval, granularity, period) = match ended {
            Some((i, g)) => (i, g, true),
            None => (
                interval,
                granularity,
                is_reporting_period(interval, granularity) || names_a_period_ended(told),
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
        // "FY2021" where the text named its fiscal years by the year they
        // begin in.
        if let (DateExpr::FiscalYear(super::YearRef::Named(y)), Some(start)) =
            (expr, self.fiscal_by_start)
        {
            if one_year_written(prose.get(at..char_floor(prose, at.saturating_add(24)))?).is_some()
            {
                let begun = Interval::fiscal_year(y.checked_add(1)?, start)?;
                return Some((begun, Granularity::Year));
            }
        }
        // "in elections in 2017 on December 8": a day with no year of its
        // own in the sentence that just named a year is in that year.
        if let DateExpr::Day {
            year: None,
            month,
            day,
        } = expr
        {
            if let Some(found) = self.day_in_named_year(prose, at, month, day) {
                return Some(found);
            }
        }
        // "last winter, when sales peaked at Christmas": the holiday in
        // the span just named.
        if let DateExpr::Day {
            year: None,
            month,
            day,
        } = expr
        {
            if super::claim::is_holiday(prose.get(at..).unwrap_or("")) {
                return self.day_in_span(prose, at, month, day);
            }
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
        // "during the year" after "the year ending June 30": the year the
        // results report.
        if let Some(found) = self.on_reported_year(prose, at, expr) {
            return Some(found);
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
        // "up from $138 million last year" in results copy: the period
        // reported, a year back.
        if let Some(found) = self.compared_last_year(prose, at, expr) {
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
            DateExpr::Anchored { .. } | DateExpr::AnchoredPeriod { .. } | DateExpr::PeriodIn(_)
        );
        // "growth in the previous two quarters" a paragraph after "in the
        // April-June quarter": counted back from the period reported.
        let counted_back = matches!(expr, DateExpr::AnchoredPeriod { direction: -1, .. });
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
        // "A day before the announcement, the premier said …": a day
        // before the day the text dated the event the noun names
        // ("announced Tuesday"), not a day from the last date given; where
        // it dated none, as before.
        if days_back {
            if let Some((stem, written)) = event_noun_stem(prose, at) {
                let event = self
                    .items
                    .iter()
                    .rev()
                    .filter(|a| a.end <= at && at - a.end <= PARAGRAPH_SCAN)
                    .find(|a| names_event(prose, a, &stem));
                if let (Some(a), DateExpr::Anchored { amount, unit, .. }) = (event, expr) {
                    // The event is dated: the phrase counts from it the
                    // way it is written.
                    let from_event = DateExpr::Anchored {
                        amount,
                        unit,
                        sign: written,
                    };
                    return resolve_anchored(from_event, a.interval, a.granularity, a.period);
                }
            }
        }
        // Newest first; `gap_to` is where the text after the anchor ends.
        let mut gap_to = at;
        let mut same_paragraph = true;
        let mut newest = true;
        // "down from 9,310 in May and 41,700 a year earlier": the month
        // of the baseline passed over, whose period compares.
        let mut baseline: Option<Granularity> = None;
        for a in self.items.iter().rev().filter(|a| a.end <= at) {
            let previous_paragraph = newest && self.paragraph_breaks(prose, a.end, at) == 1;
            newest = false;
            same_paragraph = same_paragraph && !self.paragraph_break(prose, a.end, gap_to);
            gap_to = a.start;
            // "in line with the seven preceding quarters" after "up 0.6
            // percent on the fourth quarter": counted back from the period
            // reported, not from one it was compared with.
            if counted_back && same_paragraph && is_compared_period(prose, a.start) {
                continue;
            }
            // A baseline joined to "a year earlier" is another figure
            // compared with the same period, not the one it shifts: that
            // is the date before the baselines, in this paragraph or the
            // one before, taken whole in the baseline's unit (the month
            // "at the end of June" ends).
            let joined = || baseline.is_some() || same_paragraph && coordinated(prose, a.end, at);
            if year_back && joined() && is_baseline(prose, a.start) {
                baseline = baseline.or(Some(a.granularity));
                continue;
            }
            // "above the corresponding period in 2018" after
            // "from January to July this year": the newest span in reach
            // (not a whole year, which is no period of one; not a
            // cut-off, "starting in May", which opens one), moved to that
            // year.
            if let DateExpr::PeriodIn(_) = expr {
                let span = a.interval.start != a.interval.end;
                if at - a.end > PARAGRAPH_SCAN {
                    return None;
                }
                if span && !whole_year(a.interval) && !opens_with_a_cut_off(prose, a) {
                    return resolve_anchored(expr, a.interval, a.granularity, a.period);
                }
                continue;
            }
            // "its 2030 and 2035 commitments … than a year previously": a
            // year listed with others labels what is meant, no one date
            // to shift.
            if (year_back || anchored) && listed_year(prose, a) {
                continue;
            }
            if let Some(unit) = baseline {
                if self.paragraph_breaks(prose, a.end, at) > 1 {
                    return None;
                }
                let whole = whole_unit(a.interval, unit).unwrap_or(a.interval);
                return resolve_anchored(expr, whole, unit, is_reporting_period(whole, unit));
            }
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
            let sized = || !same_period || same_size(prose, at, a.interval);
            if (compared || same_period) && same_paragraph && span && sized() {
                return resolve_anchored(YEAR_EARLIER, a.interval, a.granularity, a.period);
            }
            // "This is higher than the 336 deaths during the same period
            // last year" a paragraph or two after "From January 1 to July
            // 6": "the same period" is one the text named, the newest span
            // in reach (a whole calendar year would be "last year").
            if same_period
                && span
                && !whole_year(a.interval)
                && sized()
                && at - a.end <= PARAGRAPH_SCAN
            {
                return resolve_anchored(YEAR_EARLIER, a.interval, a.granularity, a.period);
            }
            // "against 2,907 in the same period last year" after "As of
            // 26 July, 4,318 cases were counted": a count to a
            // cut-off day runs from the start of its year, and the same
            // period is that span a year back.
            if same_period && !span && at - a.end <= PARAGRAPH_SCAN {
                if let Some(to_date) = year_to_cut_off(prose, a) {
                    return resolve_anchored(YEAR_EARLIER, to_date, Granularity::Day, false);
                }
            }
            if days_back && previous_paragraph && !span {
                return resolve_anchored(expr, a.interval, a.granularity, a.period);
            }
            if !same_paragraph {
                // Only a reporting period is looked for past the paragraph.
                if year_back {
                    continue;
                }
                if counted_back && a.period && previous_paragraph {
                    return resolve_anchored(expr, a.interval, a.granularity, a.period);
                }
                return None;
            }
            if anchored {
                let a = *a;
                // On a period word still waiting for its period: read
                // again when it settles; meanwhile on its own reading.
                self.depends_on_waiting(&a, at, expr);
                return resolve_anchored(expr, a.interval, a.granularity, a.period);
            }
        }
        // "the year-ago period" before any period it may compare with (a
        // results story whose lead is cut): the reporting period named
        // next, a year back.
        if expr == DateExpr::YearAgo && !same_period {
            self.wait_year_back(prose, at);
        }
        None
    }

    /// Learn how the text names its fiscal years from one it named by a
    /// year beside the reading the article date gives ("the current
    /// financial year 2020" read as April 2020 to March 2021: by the year
    /// they begin in; "fiscal 2011" read as October 2010 to September
    /// 2011: by the year they end in, the default).
    fn learn_fiscal_naming(&mut self, told: &str, interval: Interval) {
        use chrono::Datelike;
        let start = interval.start;
        let fiscal = start.day() == 1
            && start.month() != 1
            && shift_date(start, 12, DurationUnit::Month).and_then(|d| d.pred_opt())
                == Some(interval.end);
        let lower = told.to_ascii_lowercase();
        let named = lower.contains("fiscal") || lower.contains("financial");
        if !(fiscal && named) {
            return;
        }
        match one_year_written(told) {
            Some(y) if y == start.year() => self.fiscal_by_start = Some(start.month()),
            Some(y) if y == interval.end.year() => self.fiscal_by_start = None,
            _ => {}
        }
    }

    /// The day `month`/`day` in the year the same sentence placed its
    /// events in just before `at` ("in 2017 on December 8", "in 2017, on
    /// December 8");
    /// `None` where the date named last is not a whole calendar year, or
    /// a sentence ends between them.
    fn day_in_named_year(
        &self,
        prose: &str,
        at: usize,
        month: u32,
        day: u32,
    ) -> Option<(Interval, Granularity)> {
        use chrono::Datelike;
        let a = self.items.iter().rev().find(|a| a.end <= at)?;
        // Placed in the year ("in 2017", "during 2017"), not a year a
        // figure is for ("revenue for 2017 will be reported on March 3").
        let placed = ["in ", "during "].iter().any(|w| {
            prose
                .get(a.start..a.start + w.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(w))
        });
        if !placed || a.granularity != Granularity::Year || !whole_year(a.interval) {
            return None;
        }
        // Right after it ("in 2017 on December 8", "In 2018, on March 30"):
        // across other words the day is the clause's own ("The plant, which
        // opened in 2015, will close on March 3").
        let gap = prose.get(a.end..at)?.trim_matches([' ', ',', '\u{a0}']);
        if at - a.end > SENTENCE_REACH || !(gap.is_empty() || gap.eq_ignore_ascii_case("on")) {
            return None;
        }
        let d = chrono::NaiveDate::from_ymd_opt(a.interval.start.year(), month, day)?;
        Some((Interval::day(d), Granularity::Day))
    }

    /// The one day `month`/`day` that the span its paragraph named last
    /// before `at` holds ("last winter": December to February holds one
    /// December 25); `None` where that date is a single day, lies in
    /// another paragraph, or holds none or several.
    fn day_in_span(
        &self,
        prose: &str,
        at: usize,
        month: u32,
        day: u32,
    ) -> Option<(Interval, Granularity)> {
        use chrono::Datelike;
        let a = self.items.iter().rev().find(|a| a.end <= at)?;
        let (start, end) = (a.interval.start, a.interval.end);
        if start == end || self.paragraph_break(prose, a.end, at) {
            return None;
        }
        let mut days = (start.year()..=end.year())
            .filter_map(|y| chrono::NaiveDate::from_ymd_opt(y, month, day))
            .filter(|d| start <= *d && *d <= end);
        match (days.next(), days.next()) {
            (Some(d), None) => Some((Interval::day(d), Granularity::Day)),
            _ => None,
        }
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

/// How far (bytes) a day may follow the year its sentence named and take
/// it: the gap holds only spaces, commas and the day's "on".
const SENTENCE_REACH: usize = 8;

/// The year written in a fiscal year's words when it is one year, not a
/// pair ("FY2021", "FY21", "financial year 2020"; not "2020-21").
fn one_year_written(text: &str) -> Option<i32> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let digits = text[start..]
        .find(|c: char| !c.is_ascii_digit())
        .map_or(text.len(), |e| start + e);
    let after = &text[digits..];
    if after.starts_with(['-', '/', '–', '\'', '’']) {
        return None;
    }
    let n: i32 = text[start..digits].parse().ok()?;
    match digits - start {
        4 => Some(n),
        2 => Some(2000 + n),
        _ => None,
    }
}

/// Whether the anchor `a` is a bare year that another follows in a list
/// ("2030 and 2035", "2030, 2035").
fn listed_year(prose: &str, a: &Anchor) -> bool {
    let text = prose.get(a.start..a.end).unwrap_or("");
    let after = prose
        .get(a.end..char_floor(prose, a.end.saturating_add(12)))
        .unwrap_or("");
    let next = after
        .strip_prefix(", ")
        .or_else(|| after.strip_prefix(" and "))
        .or_else(|| after.strip_prefix(" or "))
        .unwrap_or("");
    let year = |s: &str| {
        s.len() >= 4
            && s.bytes().take(4).all(|b| b.is_ascii_digit())
            && !s.as_bytes().get(4).is_some_and(u8::is_ascii_alphanumeric)
    };
    a.granularity == Granularity::Year && year(text) && text.len() == 4 && year(next)
}

/// The span from the start of its year to the cut-off day `a` gives with
/// "as of" or "as at" ("As of 26 July": 1 January to 26 July); `None` for
/// any other date, and for a cut-off on 1 January (no span).
fn year_to_cut_off(prose: &str, a: &Anchor) -> Option<Interval> {
    let text = prose.get(a.start..a.end)?;
    let cut_off = ["as of ", "as at "].iter().any(|w| {
        text.get(..w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w))
    });
    let day = a.interval.start;
    let first = chrono::NaiveDate::from_ymd_opt(chrono::Datelike::year(&day), 1, 1)?;
    (cut_off && a.interval.start == a.interval.end && day > first)
        .then(|| Interval::new(first, day))
}

/// Whether the anchor `a` opens a state rather than naming a period:
/// "since May", "starting in May", "beginning in 2019".
fn opens_with_a_cut_off(prose: &str, a: &Anchor) -> bool {
    let text = prose
        .get(a.start..char_floor(prose, a.start.saturating_add(10)))
        .unwrap_or("");
    ["since ", "starting ", "beginning "].iter().any(|w| {
        text.get(..w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w))
    })
}

/// Whether `interval` is one whole calendar year.
fn whole_year(interval: Interval) -> bool {
    use chrono::Datelike;
    Interval::year(interval.start.year()) == Some(interval)
}

/// The month or year (`unit`) holding the end of `interval`; `None` for
/// another unit.
fn whole_unit(interval: Interval, unit: Granularity) -> Option<Interval> {
    use chrono::Datelike;
    let end = interval.end;
    match unit {
        Granularity::Month => Interval::month(end.year(), end.month()),
        Granularity::Year => Interval::year(end.year()),
        _ => None,
    }
}

/// The character boundary at or before byte `at`.
fn char_floor(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How far (bytes) after an anchored date's start "before the" or "after
/// the" is looked for ("A day before the announcement", "two days after
/// the vote").
const EVENT_NOUN_REACH: usize = 40;

/// The stem of the verb behind the noun that "before the" or "after the"
/// names after an anchored count of days at `at` ("A day before the
/// announcement" → "announce", "the day after the election" → "elect",
/// "after the approval" → "approv"): the event a verb of that stem dated
/// before, with −1 for "before" and 1 for "after". `None` when no such
/// noun follows, or its stem is short.
fn event_noun_stem(prose: &str, at: usize) -> Option<(String, i32)> {
    let mut end = (at + EVENT_NOUN_REACH).min(prose.len());
    while !prose.is_char_boundary(end) {
        end -= 1;
    }
    let text = prose.get(at..end)?.to_ascii_lowercase();
    let (k, written) = [(" before the ", -1), (" after the ", 1)]
        .iter()
        .find_map(|(p, sign)| text.find(p).map(|k| (k, *sign)))?;
    // Right after the count's unit ("a day before the"), not after a
    // comma or "later" ("A day later, after the vote").
    let unit = text.get(..k)?.rsplit(' ').next()?;
    if !matches!(unit, "day" | "days" | "week" | "weeks") {
        return None;
    }
    let k = k + if written < 0 {
        " before the "
    } else {
        " after the "
    }
    .len();
    let noun: String = text
        .get(k..)?
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .collect();
    // A noun cut off at the reach is no noun to read.
    if k + noun.len() >= text.len() {
        return None;
    }
    let stem = ["ment", "ation", "ion", "al"]
        .iter()
        .find_map(|s| noun.strip_suffix(s))
        .unwrap_or(&noun);
    (stem.len() >= 4).then(|| (stem.to_owned(), written))
}

/// Whether a verb of `stem` stands among the three words before the date
/// `a` ("the government announced Tuesday", "voters elected on May 2").
fn names_event(prose: &str, a: &Anchor, stem: &str) -> bool {
    crate::extract::grammar::tail(prose.get(..a.start).unwrap_or(""), 48)
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .any(|w| {
            w.len() >= stem.len()
                && w.get(..stem.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(stem))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    pub(super) fn anchors(text: &str, dates: &[(&str, Interval, Granularity)]) -> Anchors {
        let mut a = Anchors::new(false);
        for (needle, i, g) in dates {
            let start = text.find(needle).unwrap();
            a.push(text, start, start + needle.len(), *i, *g);
        }
        a
    }

    #[test]
    fn the_same_quarter_stands_on_a_quarter_not_on_a_decade() {
        let text = "Profit rose in the second quarter.\nMergers in the past decade cut routes.\nFares rose 6% over the same quarter last year.";
        let q2 = Interval::new(d(2014, 4, 1), d(2014, 6, 30));
        let decade = Interval::new(d(2004, 7, 24), d(2014, 7, 24));
        let mut a = anchors(
            text,
            &[
                ("in the second quarter", q2, Granularity::Quarter),
                ("in the past decade", decade, Granularity::Day),
            ],
        );
        let at = text.find("the same").unwrap();
        let got = a.resolve(text, at, DateExpr::YearAgo).map(|(i, _)| i);
        assert_ne!(got, Some(Interval::new(d(2003, 7, 24), d(2013, 7, 24))));
        assert!(reporting::same_size(text, at, q2));
        assert!(!reporting::same_size(text, at, decade));
    }

    #[test]
    fn the_same_period_as_a_total_to_a_cut_off_day() {
        let text = "As of 14 May, the agency had logged 9,120 cases.\nThat is up from 7,004 in the same period last year.";
        let day = Interval::day(d(2023, 5, 14));
        let mut a = anchors(text, &[("As of 14 May", day, Granularity::Day)]);
        let at = text.find("the same").unwrap();
        assert_eq!(
            a.resolve(text, at, DateExpr::YearAgo).map(|(i, _)| i),
            Some(Interval::new(d(2022, 1, 1), d(2022, 5, 14)))
        );
        // A day given otherwise is no total to a cut-off: no span to move.
        let text = "On 14 May, the agency logged 91 cases.\nThat is up from 70 in the same period last year.";
        let mut a = anchors(text, &[("On 14 May", day, Granularity::Day)]);
        let at = text.find("the same").unwrap();
        assert_eq!(a.resolve(text, at, DateExpr::YearAgo), None);
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
    fn a_day_before_an_event_noun_stands_on_the_day_its_verb_was_dated() {
        let text = "The ministry announced Tuesday it would raise the fee.\nThe fee rises on June 1.\nA day before the announcement, the minister met unions.";
        let tuesday = Interval::day(d(2022, 3, 29));
        let june = Interval::day(d(2022, 6, 1));
        let mut a = anchors(
            text,
            &[
                ("Tuesday", tuesday, Granularity::Day),
                ("on June 1", june, Granularity::Day),
            ],
        );
        // As the grammar reads it (the event counted from a date before).
        let day = |sign| DateExpr::Anchored {
            amount: 1.0,
            unit: DurationUnit::Day,
            sign,
        };
        let at = text.find("A day before").unwrap();
        assert_eq!(
            a.resolve(text, at, day(1)),
            Some((Interval::day(d(2022, 3, 28)), Granularity::Day))
        );
        // No verb of the noun's stem dated: the paragraph before, as before.
        let text = "Fees rose on June 1.\nA day before the deadline, unions met.";
        let mut a = anchors(text, &[("on June 1", june, Granularity::Day)]);
        let at = text.find("A day before").unwrap();
        assert_eq!(
            a.resolve(text, at, day(1)),
            Some((Interval::day(d(2022, 6, 2)), Granularity::Day))
        );
        assert_eq!(event_noun_stem("A day later, after the vote", 0), None);
        assert_eq!(
            event_noun_stem("Two days after the election, it", 0),
            Some(("elect".to_owned(), 1))
        );
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
    pub(super) fn read(
        text: &str,
        date: NaiveDate,
    ) -> Vec<(String, Option<(NaiveDate, NaiveDate)>)> {
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

    /// Data copy's compared figures (fixture in own words): "down from
    /// 8,950 in February and 31,400 a year earlier" compares with the
    /// period the figure is for (March, named the paragraph before), not
    /// the baseline; years listed as labels ("its 2027 and 2029 goals")
    /// are no date to shift; "a year earlier" standing on "in the quarter"
    /// before the quarter is named is read again once it is.
    #[test]
    fn compared_figures_stand_on_the_period_reported() {
        let text = include_str!("../../../fixtures/periods/s13-periods/fenmoor-clinics.txt");
        let got = read(text, d(2025, 6, 20));
        let want = [
            ("in February", (d(2025, 2, 1), d(2025, 2, 28))),
            ("a year earlier", (d(2024, 3, 1), d(2024, 3, 31))),
            ("a year previously", (d(2024, 4, 1), d(2024, 4, 30))),
            ("in the quarter", (d(2025, 3, 1), d(2025, 5, 31))),
            ("a year earlier", (d(2024, 3, 1), d(2024, 5, 31))),
        ];
        let mut rest = got.iter();
        for (t, (a, b)) in want {
            let w = (t.to_owned(), Some((a, b)));
            assert!(rest.any(|g| *g == w), "{w:?} not in order in {got:?}");
        }
        // A baseline alone (nothing joined to it) is still what "a year
        // earlier" after it shifts.
        let got = read(
            "Waits fell from 8,950 in February. A year earlier they rose.",
            d(2025, 6, 20),
        );
        assert_eq!(got[1].1, Some((d(2024, 2, 1), d(2024, 2, 29))), "{got:?}");
    }

    /// A results story whose lead is cut (fixture in own words): "the
    /// year-ago period" before the text names any period waits for the
    /// reporting period named next and is that period a year back.
    #[test]
    fn the_year_ago_period_before_its_period_waits_for_it() {
        let text = include_str!("../../../fixtures/periods/s14-periods/ketterby-bank.txt");
        let got = read(text, d(2016, 4, 30));
        let q1 = Some((d(2016, 1, 1), d(2016, 3, 31)));
        let q1_before = Some((d(2015, 1, 1), d(2015, 3, 31)));
        let want = [
            ("in the year-ago period", q1_before),
            ("during January-March", q1),
            ("in the year-ago period", q1_before),
            ("in January-March", q1),
        ];
        assert_eq!(
            got,
            want.map(|(t, i)| (t.to_owned(), i)).to_vec(),
            "{got:?}"
        );
        // Nothing named after it: unresolved.
        let got = read("Profit was 9 crore in the year-ago period.", d(2016, 4, 30));
        assert_eq!(got, vec![("in the year-ago period".to_owned(), None)]);
    }

    #[test]
    fn baselines_and_listed_years() {
        let text = "Waits fell to 8,204, down from 8,950 in February and 31,400 a year earlier.";
        let at = text.find("in February").unwrap();
        assert!(reporting::is_baseline(text, at));
        assert!(reporting::coordinated(
            text,
            at + "in February".len(),
            text.find("a year").unwrap()
        ));
        assert!(!reporting::is_baseline("Sales rose in February", 15));
        assert!(!reporting::is_baseline("from the start. In February", 16));
        let listed = |text: &str, needle: &str| {
            let start = text.find(needle).unwrap();
            let a = Anchor {
                start,
                end: start + needle.len(),
                interval: Interval::year(2030).unwrap(),
                granularity: Granularity::Year,
                period: false,
            };
            listed_year(text, &a)
        };
        assert!(listed("its 2030 and 2035 goals", "2030"));
        assert!(listed("in 2030, 2035 and 2040", "2030"));
        assert!(!listed("in 2030 and then", "2030"));
        assert!(!listed("in 2030 and 20 people", "2030"));
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

    /// "up from $2 million last year" after the period the text reports:
    /// that period a year back; with no figure compared, or past a
    /// paragraph for a span that is no reporting period, the calendar
    /// year.
    #[test]
    fn last_year_after_a_compared_figure_is_the_period_reported() {
        let text = "Net profit for the quarter ended April 30 rose.\nCosts were $5 million, up from $2 million last year.\nThe bank opened a branch last year.";
        let got = read(text, d(2025, 5, 28));
        let last = |n: usize| got.iter().filter(|(t, _)| t == "last year").nth(n).cloned();
        assert_eq!(
            last(0),
            Some(("last year".into(), Some((d(2024, 2, 1), d(2024, 4, 30)))))
        );
        assert_eq!(
            last(1),
            Some(("last year".into(), Some((d(2024, 1, 1), d(2024, 12, 31)))))
        );
        // A span of this year so far, the paragraph before: that span.
        let text = "Clinics logged 900 cases from January to May this year.\nDeaths rose to 12 from 7 fatalities last year.";
        let got = read(text, d(2025, 5, 20));
        assert_eq!(got[1].1, Some((d(2024, 1, 1), d(2024, 5, 31))));
        // Two paragraphs on, a span that is no reporting period is out of
        // reach.
        let text = "Clinics logged 900 cases from January to May this year.\nThen calm.\nDeaths rose to 12 from 7 last year.";
        let got = read(text, d(2025, 5, 20));
        assert_eq!(got[1].1, Some((d(2024, 1, 1), d(2024, 12, 31))));
    }

    /// "the corresponding period in 2018": the span given before (not a
    /// cut-off "starting in May", not a whole year), moved to that year.
    #[test]
    fn a_period_moved_to_the_year_named() {
        let text = "Clinics logged 900 cases from January to July this year.\nA surge came starting in May this year, above the corresponding period in 2018.";
        let got = read(text, d(2019, 7, 28));
        assert_eq!(
            got.last(),
            Some(&(
                "the corresponding period in 2018".into(),
                Some((d(2018, 1, 1), d(2018, 7, 31)))
            ))
        );
        let text = "Cases rose in 2019, above the same period in 2018.";
        let got = read(text, d(2019, 12, 28));
        assert_eq!(got.last().map(|g| g.1), Some(None));
    }

    /// Data copy's compared periods (fixture in own words): "on" after a
    /// change names the period compared with (no relation of its own);
    /// "the five preceding quarters" count back from the quarter reported,
    /// not from one compared with; "more than twelve months earlier"
    /// after a figure is a date; "end 2012" is late in 2012; "throughout
    /// the decade" the article's decade; a count of days after a name is a
    /// length.
    #[test]
    fn periods_compared_and_counted_back_in_data_copy() {
        use crate::document::{Document, Format};
        use crate::extract::claim::{ClaimKind, Relation};
        let text = include_str!("../../../fixtures/periods/s16-periods/dunmore-output.txt");
        let got = read(text, d(2011, 8, 20));
        let q1 = Some((d(2011, 1, 1), d(2011, 3, 31)));
        let want = [
            (
                "in the second quarter of 2011",
                Some((d(2011, 4, 1), d(2011, 6, 30))),
            ),
            ("the first quarter of 2011", q1),
            (
                "the five preceding quarters",
                Some((d(2010, 1, 1), d(2011, 3, 31))),
            ),
            ("the first quarter", q1),
            ("twelve months earlier", None),
            ("from end 2012", Some((d(2012, 9, 1), d(2012, 12, 31)))),
            ("end 2013", Some((d(2013, 9, 1), d(2013, 12, 31)))),
            (
                "throughout the decade",
                Some((d(2010, 1, 1), d(2019, 12, 31))),
            ),
        ];
        let mut rest = got.iter();
        for (t, i) in want {
            let w = (t.to_owned(), i);
            assert!(rest.any(|g| *g == w), "{w:?} not in order in {got:?}");
        }
        assert!(!got.iter().any(|(t, _)| t.contains("12 days")), "{got:?}");
        let doc = Document::from_text(
            "a.txt",
            text.into(),
            Format::Text,
            Some(d(2011, 8, 20)),
            vec![],
        );
        let claims = crate::extract::extract(&doc);
        let relation = |t: &str| {
            claims.iter().find_map(|c| match &c.kind {
                ClaimKind::Date(dc) if doc.slice(c.span) == t => Some(dc.relation),
                _ => None,
            })
        };
        assert_eq!(relation("the first quarter of 2011"), Some(None));
        assert_eq!(relation("throughout the decade"), Some(Some(Relation::In)));
        assert!(claims
            .iter()
            .any(|c| matches!(c.kind, ClaimKind::Duration(_)) && doc.slice(c.span) == "12 days"));
    }

    /// "the previous two quarters" a paragraph after the quarter reported
    /// counts back from it; after a plain day there, from the article date
    /// as before.
    #[test]
    fn previous_quarters_count_back_from_the_quarter_reported() {
        let text =
            "Output shrank in the April-June quarter.\nIt had grown in the previous two quarters.";
        let got = read(text, d(2015, 8, 17));
        assert_eq!(got[1].1, Some((d(2014, 10, 1), d(2015, 3, 31))));
        let text = "Output shrank on Monday.\nIt had grown in the previous two quarters.";
        let got = read(text, d(2015, 8, 17));
        assert_eq!(got[1].1, Some((d(2015, 2, 17), d(2015, 8, 17))));
    }
}
