//! A figure and its range: the figure with its currency symbol, a
//! range's second bound ("between 300 and 400", "5-7"), and a range
//! whose unit is written after each bound ("19 per cent to 20 per cent").

use super::*;

/// A figure with an optional currency symbol: "$1.2bn", "€ 40m", "800".
/// Returns the symbol's code, the numeral, and the number's byte range.
#[inline]
pub(super) fn money_or_number(i: &str) -> Res<'_, (Option<&'static str>, Numeral, (usize, usize))> {
    let (rest, symbol) = opt(currency_symbol).parse(i)?;
    let start = i.len() - rest.len();
    let (after, n) = numeral(rest)?;
    Ok((after, (symbol, n, (start, i.len() - after.len()))))
}

/// The second half of a range after the first figure: " and 400" (after
/// "between"), " to 400", "-to-400", "-400", "–400". Returns the second
/// figure.
#[inline]
pub(super) fn range_tail<'a>(
    i: &'a str,
    after_between: bool,
) -> Res<'a, (Option<&'static str>, Numeral, (usize, usize))> {
    let dash = |i| {
        alt((
            recognize((opt(sp), alt((tag("–"), tag("—"))), opt(sp))),
            tag("-"),
            recognize((sp, tag("-"), sp)),
        ))
        .parse(i)
    };
    // " to ", and hyphened as a compound modifier: "a 9,500-to-11,000
    // tonne range".
    let word = |i| {
        alt((
            recognize((sp, alt((kw("to"), kw("through"))), sp)),
            recognize((tag("-"), kw("to"), tag("-"))),
        ))
        .parse(i)
    };
    let and = |i| recognize((sp, kw("and"), sp)).parse(i);
    let (rest, _) = if after_between {
        alt((and, dash)).parse(i)?
    } else {
        alt((word, dash)).parse(i)?
    };
    let offset = i.len() - rest.len();
    let (after, (sym, n, (s, e))) = money_or_number(rest)?;
    // "222-2222-2222" is a phone number, not a range.
    if after.starts_with('-')
        && after
            .get(1..)
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    Ok((after, (sym, n, (s + offset, e + offset))))
}

/// A range's second bound as [`range_tail`] reads it: its currency
/// symbol, figure and byte range.
pub(super) type Bound = (Option<&'static str>, Numeral, (usize, usize));

/// A range whose unit is written after each bound (`i` starts right
/// after the first figure `n`): " per cent to 20 per cent", "% and 4%"
/// (after "between"), " million euros to 7 million euros". The unit must
/// be a percentage, points, a measure or a currency, the same after both:
/// a counted noun repeated ("5 people to 7 people") is rare and two
/// claims as often. Returns what [`range_tail`] does, the second figure's
/// range relative to `i`, and the input right after it (before its unit).
/// `unit` is [`unit_after`] read at `i` (the caller keeps it: with no
/// range it is the claim's unit).
pub(super) fn repeated_unit_range<'a>(
    i: &'a str,
    unit: Option<&UnitRead<'a>>,
    after_between: bool,
) -> Option<(&'a str, Bound)> {
    let (after_unit, unit, kind, _) = unit?;
    let (after_unit, kind) = (*after_unit, *kind);
    if kind == UnitKind::Counted {
        return None;
    }
    let (after, (sym, n2, (s, e))) = range_tail(after_unit, after_between).ok()?;
    let (_, unit2, kind2, _) = unit_after(after, &n2)?;
    if sym.is_some() || unit2 != *unit || kind2 != kind {
        return None;
    }
    let base = i.len() - after_unit.len();
    Some((after, (None, n2, (s + base, e + base))))
}
