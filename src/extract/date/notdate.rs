//! Date forms the text uses for something else: a recurring day ("every
//! last Thursday and Friday of the month": a habit, no date), and a
//! fiscal year that is part of a name ("the Finance Bill 2021-22", as
//! "Budget 2024": its edition).

use super::{date_claim_with, DateExpr, DateOrder, ParsedDate};
use crate::extract::claim::Relation;

/// The most days one "every" can list ("every Monday, Wednesday and
/// Friday"): the skip stays bounded.
const LISTED_MAX: usize = 7;

/// Whether `before` ends with a word that makes the date after it a
/// recurring one: "every", "each".
fn recurring(before: &str) -> bool {
    let head = before.trim_end_matches([' ', '\u{a0}']);
    if head.len() == before.len() {
        return false;
    }
    ["every", "each"].iter().any(|w| {
        head.len() >= w.len()
            && head
                .get(head.len() - w.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(w))
            && !head
                .get(..head.len() - w.len())
                .and_then(|b| b.chars().next_back())
                .is_some_and(char::is_alphanumeric)
    })
}

/// The bytes of `rest` to pass over when `d`, read at its start, is no
/// date: a day after "every"/"each" with the days listed after it, or a
/// year pair right after a name (`after_name`, asked only then). `None`
/// when it is a date.
pub fn not_a_date(
    before: &str,
    rest: &str,
    d: &ParsedDate,
    order: DateOrder,
    after_name: impl FnOnce() -> bool,
) -> Option<usize> {
    if d.relation.is_none() && recurring(before) && names_a_day(d.expr) {
        // "and Friday", ", Wednesday": the days listed with it recur too.
        let mut len = d.len;
        for _ in 0..LISTED_MAX {
            let tail = rest.get(len..)?;
            let sep = [", and ", " and ", " or ", ", "]
                .iter()
                .find(|s| tail.starts_with(**s))
                .map_or(0, |s| s.len());
            if sep == 0 {
                break;
            }
            match date_claim_with(&tail[sep..], order) {
                Ok((_, next)) if next.relation.is_none() && names_a_day(next.expr) => {
                    len += sep + next.len;
                }
                _ => break,
            }
        }
        return Some(len);
    }
    let names_a_year = matches!(d.expr, DateExpr::YearPair(_))
        && d.part.is_none()
        && d.until.is_none()
        && !matches!(d.relation, Some(Relation::By | Relation::Until));
    if names_a_year && d.expr_start == 0 && after_name() {
        return Some(d.len);
    }
    None
}

/// A day that can recur: a weekday, with "last"/"first" … of a month.
fn names_a_day(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Weekday { .. } | DateExpr::InMonth { .. } | DateExpr::WeekdayOfWeek { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip(before: &str, rest: &str, after_name: bool) -> Option<usize> {
        let (_, d) = date_claim_with(rest, DateOrder::None).unwrap();
        not_a_date(before, rest, &d, DateOrder::None, || after_name)
    }

    #[test]
    fn a_day_after_every_recurs_with_the_days_listed_with_it() {
        let rest = "last Monday and Tuesday of each month.";
        assert_eq!(
            skip("clinics open every ", rest, false),
            Some("last Monday and Tuesday".len())
        );
        assert_eq!(skip("rounds held each ", "Friday, there", false), Some(6));
        // Not after "every": a date.
        assert_eq!(skip("the clinic opened last ", "Friday.", false), None);
        assert_eq!(skip("clinics open ", rest, false), None);
        // "everyone" is no "every".
        assert_eq!(skip("thanks to everyone ", "Friday.", false), None);
    }

    #[test]
    fn a_year_pair_after_a_name_is_its_edition() {
        assert_eq!(
            skip("The Revenue Bill ", "2023-24 was tabled", true),
            Some(7)
        );
        assert_eq!(skip("the budget for ", "2023-24 was tabled", false), None);
        // A relation dates it: "in 2023-24" is no name.
        assert_eq!(skip("Budget ", "in 2023-24", true), None);
    }
}
