//! Ranges of a count of time: "15 to 30 years", "1-3 years", "8 years,
//! 4 months to 25 years", "between 2 and 4 years", and ranges of years
//! back too far for a calendar ("from 13,000 to 26,000 years ago",
//! "between 22,800 and 21,130 years ago"). The lower end is read in the
//! upper end's unit where an exact factor converts it.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::sequence::terminated;
use nom::Parser;

use super::count::counted;
use super::{duration_unit, qualifier, verify, verify_fail, Count, AGO_YEARS};
use crate::extract::claim::{Duration, DurationUnit, Qualifier};
use crate::extract::grammar::{consumed, first_word_key, kw, kw_table, sp, Res};
use crate::extract::lex::keys;
use crate::extract::number::numeral;

/// Whether the letters "ago", in any case, stand anywhere in `i` (a
/// superset of where [`kw`]`("ago")` can match: its letters have no other
/// case forms beyond ASCII). One pass over the bytes for a "g", which is
/// rare in prose.
fn mentions_ago(i: &str) -> bool {
    let b = i.as_bytes();
    memchr::memchr2_iter(b'g', b'G', b).any(|k| {
        k.checked_sub(1)
            .and_then(|p| b.get(p))
            .is_some_and(|c| c.eq_ignore_ascii_case(&b'a'))
            && b.get(k + 1).is_some_and(|c| c.eq_ignore_ascii_case(&b'o'))
    })
}

/// A range of years back too far for a calendar, its ends in either
/// order and after "from" too: "from 13,000 to 26,000 years ago",
/// "between 22,800 and 21,130 years ago", "from around 22,800 and 21,130
/// years ago". A range back in time is no change ("rose from 10 to 15
/// years" is), so "from" opens it; a hedge on either end is the range's
/// own looseness, and the claim is the range.
/// `first` is the key of `i`'s first word (see [`first_word_key`]).
pub(super) fn ago_range(i: &str, first: Option<u128>) -> Res<'_, (Duration, usize, bool)> {
    // Every such range ends in "ago": where the text read holds none (most
    // places the scan asks at), nothing else is read.
    if !mentions_ago(i) {
        return verify_fail(i);
    }
    let (rest, _) = opt(terminated(|x| kw_table(x, first, &FROM_OR_BETWEEN), sp)).parse(i)?;
    let first = if rest.len() == i.len() {
        first
    } else {
        first_word_key(rest)
    };
    let (rest, _) = opt(|x| qualifier(x, first)).parse(rest)?;
    let (rest, a) = numeral(rest)?;
    let (rest, _) = alt((
        (sp, alt((kw("to"), kw("and"))), sp).map(|_| ()),
        (opt(sp), alt((tag("-"), tag("–"))), opt(sp)).map(|_| ()),
    ))
    .parse(rest)?;
    let (rest, _) = opt(|x| qualifier(x, first_word_key(x))).parse(rest)?;
    let (rest, b) = numeral(rest)?;
    let (rest, (_, unit, _, _)) = (sp, duration_unit, sp, kw("ago")).parse(rest)?;
    // "between 95 and 100 million years ago": the scale written once
    // belongs to both ends when it leaves them of a size.
    let mut a = a;
    if a.scale == 1.0 && b.scale > 1.0 {
        let lent = a.value * b.scale;
        if lent >= b.value / 10.0 && lent <= b.value * 10.0 {
            a.value = lent;
            a.precision *= b.scale;
        }
    }
    let (lo, hi) = if a.value <= b.value { (a, b) } else { (b, a) };
    if unit != DurationUnit::Year || hi.value < AGO_YEARS || lo.value >= hi.value {
        return verify_fail(i);
    }
    let d = Duration {
        value: lo.value,
        unit,
        min: Some(lo.value),
        max: Some(hi.value),
        qualifier: Qualifier::Between,
        precision: lo.precision.min(hi.precision),
        ago: true,
        figure: None,
        style: a.style,
    };
    Ok((rest, (d, consumed(i, rest).len(), true)))
}

/// The words that may open a range of years back, by key (`lex::keys`).
const FROM_OR_BETWEEN: [(u128, &str, ()); 2] = [
    (keys::key("from"), "from", ()),
    (keys::key("between"), "between", ()),
];

/// "15 to 30 years", "1-3 years", "8 years, 4 months to 25 years",
/// "between 2 and 4 years" (`between`): the upper end with its unit, and
/// the lower end in that unit.
pub(super) fn range(i: &str, between: bool) -> Res<'_, (Count<'_>, Count<'_>)> {
    // The lower end: a count with its own unit, or a bare figure.
    let (rest, lo) = match counted(i) {
        Ok((r, c)) => (r, Some(c)),
        Err(_) => (i, None),
    };
    let (rest, bare) = match lo {
        Some(_) => (rest, None),
        None => {
            let (r, n) = numeral(i)?;
            (r, Some(n))
        }
    };
    let joiner = |j| -> Res<'_, ()> {
        if between {
            return (sp, kw("and"), sp).map(|_| ()).parse(j);
        }
        alt((
            (sp, kw("to"), sp).map(|_| ()),
            (opt(sp), alt((tag("-"), tag("–"))), opt(sp)).map(|_| ()),
        ))
        .parse(j)
    };
    let (rest, _) = joiner(rest)?;
    // "between 95 and 100 million years": the scale written once, after
    // the upper end, belongs to both when the lower end times it stays
    // below the upper ("between 500 and 2 million years" keeps 500).
    let hi_scale = numeral(rest).map_or(1.0, |(_, n)| n.scale);
    let (rest, hi) = counted(rest)?;
    let bare = bare.map(|mut n| {
        if n.scale == 1.0 && hi_scale > 1.0 && n.value * hi_scale <= hi.value {
            n.value *= hi_scale;
            n.precision *= hi_scale;
        }
        n
    });
    let lo = match (lo, bare) {
        (Some(lo), _) => {
            let factor = factor(lo.unit, hi.unit).ok_or_else(|| verify(i))?;
            Count {
                value: lo.value / factor,
                unit: hi.unit,
                precision: lo.precision / factor,
                style: lo.style,
                figure_end: None,
            }
        }
        (None, Some(n)) => Count::of(&n, hi.unit, rest),
        (None, None) => return verify_fail(i),
    };
    if lo.value >= hi.value {
        return verify_fail(i);
    }
    // Only "15 to 30" is rewritten as a figure; a lower end with its own
    // unit is not.
    let hi = Count {
        figure_end: hi.figure_end.filter(|_| bare.is_some()),
        ..hi
    };
    Ok((rest, (hi, lo)))
}

/// How many `small` make one `big`: 12 months a year, 7 days a week, 1
/// for the same unit; `None` when no exact factor converts them.
pub(super) fn factor(small: DurationUnit, big: DurationUnit) -> Option<f64> {
    use DurationUnit::{Day, Month, Week, Year};
    match (small, big) {
        (x, y) if x == y => Some(1.0),
        (Month, Year) => Some(12.0),
        (Day, Week) => Some(7.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::super::duration_in;
    use super::*;

    #[test]
    fn the_range_is_tried_only_where_ago_is_written() {
        assert!(mentions_ago("between 22,800 and 21,130 years ago"));
        assert!(mentions_ago("from 13,000 to 26,000 Years AGO."));
        assert!(mentions_ago("ago"));
        assert!(!mentions_ago("from 13,000 to 26,000 years, a gong"));
        assert!(!mentions_ago("g"));
        assert!(!mentions_ago(""));
        // Where it is not, no range of years back is read.
        assert!(ago_range("from 13,000 to 26,000 years", None).is_err());
    }

    #[test]
    fn ranges_of_years_ago_in_either_order_and_after_from() {
        let read = |i: &str| {
            let (_, (d, len, first)) = duration_in("", i).unwrap();
            (
                d.min,
                d.max,
                d.qualifier,
                d.ago,
                i.get(..len).unwrap().to_owned(),
                first,
            )
        };
        let (lo, hi, q, ago, text, first) = read("from 13,000 to 26,000 years ago or more.");
        assert_eq!(
            (lo, hi, q, ago),
            (Some(13000.0), Some(26000.0), Qualifier::Between, true)
        );
        assert_eq!(
            (text.as_str(), first),
            ("from 13,000 to 26,000 years ago", true)
        );
        let (lo, hi, ..) = read("from around 22,800 and 21,130 years ago.");
        assert_eq!((lo, hi), (Some(21130.0), Some(22800.0)));
        let (lo, hi, ..) = read("between 95 and 100 million years ago");
        assert_eq!((lo, hi), (Some(95e6), Some(100e6)));
        // A calendar holds it: the date grammar's; no "ago": a change.
        let ago_range = |i| ago_range(i, first_word_key(i));
        assert!(ago_range("from 5 to 10 years ago").is_err());
        assert!(ago_range("from 13,000 to 26,000 years").is_err());
        assert!(ago_range("13,000 to 26,000 days ago").is_err());
    }
}
