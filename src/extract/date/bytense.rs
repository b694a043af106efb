//! Dates whose year or day the tense decides beyond what `resolve` reads:
//! a fiscal quarter written without its year ("fiscal first-quarter"), and
//! the end of a state a past verb set ("adjourned till Wednesday"). The
//! grammar marks the fiscal quarter with
//! [`FISCAL_BY_TENSE`]; [`resolve_claim`] settles them before
//! [`resolve_with`] sees them.

use super::{resolve_range, resolve_with, DateExpr, DateOptions, ParsedDate, Resolved, YearRef};
use crate::extract::claim::{Relation, Tense};
use chrono::NaiveDate;

/// The shift of a fiscal year written without its year: which one, the
/// tense decides (a marker, never a real shift: [`resolve_claim`] replaces
/// it).
pub const FISCAL_BY_TENSE: i32 = 100;

/// The tense a date is resolved by. "Schools were closed until Monday",
/// "the session was adjourned till Wednesday": the past verb set a state,
/// and the end of that state ("until" a bare weekday) is not dated by the
/// verb's tense; it may lie on either side of the article date, so it is
/// the nearest such day (DESIGN's untensed weekday), not the last one.
pub fn resolving_tense(d: &ParsedDate, tense: Tense) -> Tense {
    let state_end = d.relation == Some(Relation::Until) && d.until.is_none();
    if state_end && tense == Tense::Past && d.expr.is_bare_weekday() && d.part.is_none() {
        Tense::Present
    } else {
        tense
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
    fn until_a_bare_weekday_after_a_past_verb_is_the_nearest() {
        let t = |s: &str, tense| resolving_tense(&parse(s), tense);
        assert_eq!(t("until Wednesday", Tense::Past), Tense::Present);
        assert_eq!(t("till Monday", Tense::Past), Tense::Present);
        assert_eq!(t("until Wednesday", Tense::Future), Tense::Future);
        assert_eq!(t("on Wednesday", Tense::Past), Tense::Past);
        assert_eq!(t("until last Wednesday", Tense::Past), Tense::Past);
        assert_eq!(t("until June 3", Tense::Past), Tense::Past);
    }
}
