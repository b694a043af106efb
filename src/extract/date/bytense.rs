//! Dates whose year or day the tense decides beyond what `resolve` reads:
//! a fiscal quarter written without its year ("fiscal first-quarter"), and
//! the end of a state a past verb set ("adjourned till Wednesday"). The
//! grammar marks the fiscal quarter with
//! [`FISCAL_BY_TENSE`]; [`resolve_claim`] settles them before
//! [`resolve_with`] sees them.

use super::{resolve_range, resolve_with, DateExpr, DateOptions, ParsedDate, Resolved, YearRef};
use crate::extract::claim::Tense;
use crate::time::{Granularity, Interval};
use chrono::NaiveDate;

/// The shift of a fiscal year written without its year: which one, the
/// tense decides (a marker, never a real shift: [`resolve_claim`] replaces
/// it).
pub const FISCAL_BY_TENSE: i32 = 100;

/// The tense a date is resolved by: the clause's, except for a figure's
/// month that is just over. "Economists predict the economy will add
/// 120,000 jobs in October", "they expect the rate for October to rise",
/// written in early November: the figures of a month come out in the
/// weeks after it ends, so a forecast or a report of them speaks of a month
/// already over in the future tense. A yearless month under a future
/// verb is that past month ([`is_data_month`]) rather than next year's
/// (DESIGN's year from tense) when it ended in the two months before the
/// article's and the words before it make it the period a figure covers.
/// It is then read in the past tense, as a plan told in the past is: the
/// forecast may still be a commitment, but its month is no promise the
/// article date has overtaken (the check's past-as-future).
/// "Until" a weekday under a past verb is not decided here: the verb
/// nearest the date says whether the state runs on
/// ([`super::put_off::state_runs_on`]).
///
/// A yearless quarter is read so as well when it is the quarter before the
/// article's: "will post a loss for the third quarter", "will report
/// results for the fourth quarter" said after it ended speak of the
/// quarter just over, whose figures come out in the weeks after it, not of
/// next year's.
pub fn resolving_tense(
    d: &ParsedDate,
    tense: Tense,
    before: &str,
    article: Option<NaiveDate>,
) -> Tense {
    let over = |a: NaiveDate| match d.expr {
        DateExpr::Month { year: None, month } => just_over(month, a),
        DateExpr::Quarter {
            year: None,
            quarter,
            by_months: false,
        } => quarter_just_over(quarter, a),
        _ => false,
    };
    let data = tense == Tense::Future
        && d.until.is_none()
        && d.part.is_none()
        && article.is_some_and(over)
        && is_data_month(before);
    if data {
        Tense::Past
    } else {
        tense
    }
}

/// Whether a plan that neither tense dates ("announced a march on
/// Monday", "were ordered to be moved on Thursday", the clause's tense
/// `Present` with a commitment) has a date already over at the article
/// date: the date is then the announcing or ordering verb's, and nothing is
/// promised for it. "ordered to report in 12 weeks" is still to come.
pub fn plan_is_over(
    tense: Tense,
    interval: Option<crate::time::Interval>,
    article: Option<NaiveDate>,
) -> bool {
    tense == Tense::Present && matches!((interval, article), (Some(i), Some(a)) if i.end < a)
}

/// Whether `month` (1–12) ended in the two calendar months before the
/// article's month.
fn just_over(month: u32, article: NaiveDate) -> bool {
    use chrono::Datelike;
    let back = (article.month() + 12 - month) % 12;
    matches!(back, 1 | 2)
}

/// Whether calendar `quarter` (1–4) is the one before the article's.
fn quarter_just_over(quarter: u32, article: NaiveDate) -> bool {
    use chrono::Datelike;
    let current = (article.month() - 1) / 3 + 1;
    (current + 4 - quarter) % 4 == 1
}

/// Whether the words of a clause before a month make it the period a
/// figure covers: a figure among the last three words ("120,000 jobs in
/// October", "7.3% in September"), or "for" after a noun ("the rate for
/// October", "figures for September") — not after a verb of planning
/// ("scheduled for October", "set for September"), which dates an event.
/// Reads at most the last four words.
pub(crate) fn is_data_month(before: &str) -> bool {
    const PLANNED: [&str; 16] = [
        "scheduled",
        "planned",
        "set",
        "slated",
        "due",
        "booked",
        "fixed",
        "postponed",
        "delayed",
        "deferred",
        "moved",
        "pushed",
        "rescheduled",
        "called",
        "earmarked",
        "targeted",
    ];
    let words: Vec<&str> = crate::extract::grammar::tail(before, 64)
        .rsplit(char::is_whitespace)
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let figure = |w: &&str| w.starts_with(|c: char| c.is_ascii_digit()) || w.ends_with('%');
    match words.as_slice() {
        [last, prev, ..] if last.eq_ignore_ascii_case("for") => {
            prev.chars().all(char::is_alphabetic)
                && !PLANNED.iter().any(|p| prev.eq_ignore_ascii_case(p))
        }
        ws => ws.iter().take(3).any(figure),
    }
}

/// `expr` with a fiscal quarter written without its year shifted by `shift`
/// from the article's; any other expression as it is.
fn settled(expr: DateExpr, shift: i32) -> DateExpr {
    match expr {
        DateExpr::FiscalQuarter {
            year: YearRef::Shifted(FISCAL_BY_TENSE),
            quarter,
        } => DateExpr::FiscalQuarter {
            year: YearRef::Shifted(shift),
            quarter,
        },
        e => e,
    }
}

/// A quarter with no year where the publication reports in a fiscal
/// calendar (`fiscal_year:` set to a month other than January): "the third
/// quarter", "third-quarter profit", "In the second quarter, it expects"
/// are quarters of that calendar, as "its fiscal third quarter" is, dated
/// by tense the same way. The setting names the calendar the publication
/// reports in; a quarter with its year ("the third quarter of 2006") stays
/// the calendar's, and so does one named by its months ("the
/// July-September quarter" is July to September in any fiscal year).
fn in_fiscal_calendar(expr: DateExpr, options: &DateOptions) -> DateExpr {
    match (expr, options.fiscal_start) {
        (
            DateExpr::Quarter {
                year: None,
                quarter,
                by_months: false,
            },
            Some(m),
        ) if m > 1 => DateExpr::FiscalQuarter {
            year: YearRef::Shifted(FISCAL_BY_TENSE),
            quarter,
        },
        (e, _) => e,
    }
}

/// A half with no year where the publication reports in a fiscal calendar
/// (`fiscal_year:` a month other than January): "the first half", "the
/// first half-year" are that calendar's half, its first (or last) two
/// quarters, as a yearless quarter is ([`in_fiscal_calendar`]), dated by
/// tense the same way: under an April year, told in November 2007, "the
/// first half" is April to September 2007. `None` for any other claim.
fn fiscal_half(
    d: &ParsedDate,
    article: Option<NaiveDate>,
    tense: Tense,
    options: &DateOptions,
) -> Option<Resolved> {
    let (DateExpr::Half { year: None, half }, None, None, Some(m)) =
        (d.expr, d.until, d.part, options.fiscal_start)
    else {
        return None;
    };
    if m <= 1 || !(1..=2).contains(&half) {
        return None;
    }
    let a = article?;
    let at = |shift: i32| {
        let year = Interval::fiscal_year_of(a, m) + shift;
        let first = Interval::fiscal_quarter(year, m, 2 * half - 1)?;
        let last = Interval::fiscal_quarter(year, m, 2 * half)?;
        Some(Interval::new(first.start, last.end))
    };
    let this = at(0)?;
    let interval = match tense {
        Tense::Past if this.start > a => at(-1),
        Tense::Future if this.end < a => at(1),
        _ => Some(this),
    };
    Some(Resolved {
        interval,
        granularity: Granularity::Half,
        relative: true,
    })
}

/// A claim's date resolved by the article date and `tense`: the fiscal
/// year of a yearless fiscal quarter is the article's, unless the tense
/// says otherwise, as DESIGN has it for a yearless date (past tense and it
/// would start after the article date ⇒ the fiscal year before; future
/// and it would be over ⇒ the one after).
pub fn resolve_claim(
    d: &ParsedDate,
    article: Option<NaiveDate>,
    tense: Tense,
    options: &DateOptions,
) -> Resolved {
    if let Some(half) = fiscal_half(d, article, tense, options) {
        return half;
    }
    let d = &ParsedDate {
        expr: in_fiscal_calendar(d.expr, options),
        until: d
            .until
            .map(|(end, part)| (in_fiscal_calendar(end, options), part)),
        ..*d
    };
    if let Some((end, end_part)) = d.until {
        return resolve_range(
            (settled(d.expr, 0), d.part),
            (settled(end, 0), end_part),
            article,
            tense,
            options,
        );
    }
    let at = |shift| resolve_with(settled(d.expr, shift), d.part, article, tense, options);
    match d.expr {
        DateExpr::FiscalQuarter {
            year: YearRef::Shifted(FISCAL_BY_TENSE),
            ..
        } => {
            let this = at(0);
            match (this.interval, article, tense) {
                (Some(i), Some(a), Tense::Past) if i.start > a => at(-1),
                (Some(i), Some(a), Tense::Future) if i.end < a => at(1),
                _ => this,
            }
        }
        _ => at(0),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{d, parse};
    use super::*;

    fn july() -> DateOptions {
        DateOptions {
            fiscal_start: Some(7),
            ..DateOptions::default()
        }
    }

    fn span(s: &str, article: NaiveDate, tense: Tense) -> Option<(NaiveDate, NaiveDate)> {
        resolve_claim(&parse(s), Some(article), tense, &july())
            .interval
            .map(|i| (i.start, i.end))
    }

    #[test]
    fn a_half_without_its_year_is_the_fiscal_calendar_s() {
        // Fiscal years from July: the first half is July to December.
        let feb = d(2008, 2, 20);
        assert_eq!(
            span("the first half", feb, Tense::Past),
            Some((d(2007, 7, 1), d(2007, 12, 31)))
        );
        // Past, and this year's second half has not begun: the last one.
        let nov = d(2007, 11, 20);
        assert_eq!(
            span("the second half", nov, Tense::Past),
            Some((d(2007, 1, 1), d(2007, 6, 30)))
        );
        assert_eq!(
            span("the second half", nov, Tense::Future),
            Some((d(2008, 1, 1), d(2008, 6, 30)))
        );
        // A half with its year stays the calendar's.
        assert_eq!(
            span("the first half of 2007", feb, Tense::Past),
            Some((d(2007, 1, 1), d(2007, 6, 30)))
        );
    }

    #[test]
    fn a_fiscal_quarter_without_its_year_is_dated_by_tense() {
        // Fiscal years from July: fiscal 2008 runs 2007-07-01 … 2008-06-30.
        let oct = d(2007, 10, 25);
        assert_eq!(
            span("fiscal first-quarter", oct, Tense::Past),
            Some((d(2007, 7, 1), d(2007, 9, 30)))
        );
        // The fourth quarter of the running fiscal year has not begun: in
        // the past tense it is the one that closed in June.
        assert_eq!(
            span("the fiscal fourth quarter", oct, Tense::Past),
            Some((d(2007, 4, 1), d(2007, 6, 30)))
        );
        assert_eq!(
            span("the fiscal fourth quarter", oct, Tense::Future),
            Some((d(2008, 4, 1), d(2008, 6, 30)))
        );
        // Without a configured fiscal year: extracted, unresolved.
        let none = resolve_claim(
            &parse("fiscal first-quarter"),
            Some(oct),
            Tense::Past,
            &DateOptions::default(),
        );
        assert_eq!(none.interval, None);
    }

    #[test]
    fn a_bare_quarter_is_the_configured_fiscal_calendar_s() {
        // Fiscal years from March: fiscal 2007 runs 2006-03-01 … 2007-02-28.
        let march = DateOptions {
            fiscal_start: Some(3),
            ..DateOptions::default()
        };
        let dec = d(2006, 12, 21);
        let span = |s: &str, tense| {
            resolve_claim(&parse(s), Some(dec), tense, &march)
                .interval
                .map(|i| (i.start, i.end))
        };
        assert_eq!(
            span("third-quarter", Tense::Past),
            Some((d(2006, 9, 1), d(2006, 11, 30)))
        );
        assert_eq!(
            span("the fourth quarter", Tense::Future),
            Some((d(2006, 12, 1), d(2007, 2, 28)))
        );
        // With its year, the calendar's; with no fiscal year, the calendar's.
        assert_eq!(
            span("the third quarter of 2006", Tense::Past),
            Some((d(2006, 7, 1), d(2006, 9, 30)))
        );
        let plain = resolve_claim(
            &parse("third-quarter"),
            Some(dec),
            Tense::Past,
            &DateOptions::default(),
        );
        assert_eq!(
            plain.interval.map(|i| (i.start, i.end)),
            Some((d(2006, 7, 1), d(2006, 9, 30)))
        );
        // Named by its months, a quarter is those months in any calendar.
        assert_eq!(
            span("the July-September quarter", Tense::Past),
            Some((d(2006, 7, 1), d(2006, 9, 30)))
        );
        assert_eq!(
            span("the April-June quarter", Tense::Past),
            Some((d(2006, 4, 1), d(2006, 6, 30)))
        );
    }

    #[test]
    fn the_fiscal_year_is_the_running_one() {
        let oct = d(2007, 10, 25);
        for tense in [Tense::Past, Tense::Present, Tense::Future] {
            assert_eq!(
                span("the fiscal year", oct, tense),
                Some((d(2007, 7, 1), d(2008, 6, 30)))
            );
        }
    }

    #[test]
    fn a_figure_s_month_just_over_is_that_month_under_a_future_verb() {
        let nov = d(2013, 11, 7);
        let t = |s: &str, before: &str, tense| resolving_tense(&parse(s), tense, before, Some(nov));
        let f = Tense::Future;
        assert_eq!(
            t("in October", "will add about 120,000 jobs ", f),
            Tense::Past
        );
        assert_eq!(
            t("in October", "expect the jobless rate for ", f),
            Tense::Past
        );
        assert_eq!(
            t("in September", "will show growth of 2.1% ", f),
            Tense::Past
        );
        // An event, not a figure's period: next year's, by tense.
        assert_eq!(t("in October", "will hold the summit ", f), f);
        assert_eq!(t("in October", "the vote is scheduled for ", f), f);
        // A month not just over: the tense decides.
        assert_eq!(t("in March", "will add 9,000 jobs ", f), f);
        assert_eq!(t("in December", "will add 9,000 jobs ", f), f);
        assert_eq!(t("in October 2014", "will add 9,000 jobs ", f), f);
        // Other tenses, other expressions: as they are.
        assert_eq!(
            t("in October", "added 9,000 jobs ", Tense::Past),
            Tense::Past
        );
        assert_eq!(
            t("until Wednesday", "was closed ", Tense::Past),
            Tense::Past
        );
        // Across the year: January's figures in early March.
        let mar = d(2014, 3, 4);
        let jan = resolving_tense(&parse("in January"), f, "will add 9,000 jobs ", Some(mar));
        assert_eq!(jan, Tense::Past);
        let dec = resolving_tense(
            &parse("in December"),
            f,
            "will add 9,000 jobs ",
            Some(d(2014, 1, 9)),
        );
        assert_eq!(dec, Tense::Past);
    }

    #[test]
    fn a_figure_s_quarter_just_over_is_that_quarter_under_a_future_verb() {
        let f = Tense::Future;
        let t = |s: &str, before: &str, at| resolving_tense(&parse(s), f, before, Some(at));
        let oct = d(2024, 10, 16);
        let loss = "will post a $5 billion loss for ";
        assert_eq!(t("the third quarter", loss, oct), Tense::Past);
        assert_eq!(
            t("the third quarter", "will report results for ", oct),
            Tense::Past
        );
        // Across the year: the fourth quarter's results in February.
        assert_eq!(
            t(
                "the fourth quarter",
                "will report results for ",
                d(2025, 2, 3)
            ),
            Tense::Past
        );
        // Not the quarter before the article's, or an event: by tense.
        assert_eq!(t("the second quarter", loss, oct), f);
        assert_eq!(t("the fourth quarter", loss, oct), f);
        assert_eq!(t("the third quarter", "will hold the vote in ", oct), f);
        assert_eq!(t("the third quarter of 2025", loss, oct), f);
        let r = resolve_claim(
            &parse("the third quarter"),
            Some(oct),
            t("the third quarter", loss, oct),
            &DateOptions::default(),
        );
        let i = r.interval.map(|i| (i.start, i.end));
        assert_eq!(i, Some((d(2024, 7, 1), d(2024, 9, 30))));
    }

    #[test]
    fn a_plan_whose_date_is_over_dates_its_verb() {
        use crate::time::Interval;
        let a = Some(d(2019, 8, 2));
        let thursday = Some(Interval::day(d(2019, 8, 1)));
        let monday = Some(Interval::day(d(2019, 8, 5)));
        assert!(plan_is_over(Tense::Present, thursday, a));
        assert!(!plan_is_over(Tense::Present, monday, a));
        assert!(!plan_is_over(Tense::Future, thursday, a));
        assert!(!plan_is_over(Tense::Present, thursday, None));
    }

    #[test]
    fn the_words_that_make_a_month_a_figure_s_period() {
        assert!(is_data_month("a gain of about 120,000 jobs "));
        assert!(is_data_month("inflation hit 7.3% "));
        assert!(is_data_month("the unemployment rate for "));
        assert!(!is_data_month("the meeting is set for "));
        assert!(!is_data_month("talks were planned for "));
        assert!(!is_data_month("will open the new bridge "));
        assert!(!is_data_month("in 2012 the bank said that it would open "));
        assert!(!is_data_month(""));
    }
}
