//! A range whose low end is in a currency's hundredths and whose high end
//! is in the currency itself: "94 cents to $1.03 a share", "between 80p
//! and £1.20". Both ends are read in the main unit (0.94 to 1.03 of the
//! dollar), as "11 cents" alone is.

use super::*;

/// The hundredths' words with the currency codes their main unit may be
/// written with after them: cents of any dollar, pence of the pound.
fn main_unit_fits(hundredth: &str, code: &str) -> bool {
    match hundredth {
        "cents" => {
            code == "$"
                || crate::extract::lexicon::currency_family("$").is_some_and(|f| f.contains(&code))
        }
        "pence" => code == "GBP",
        _ => false,
    }
}

/// "94 cents to $1.03", "from 90 cents to $1.10", "between 80 pence and
/// £1.20": the range, its unit the main unit's code as written ("$").
pub(super) fn hundredths_to_whole(i: &str) -> Option<ParsedQuantity> {
    let (rest, opener) = match alt((kw("between"), kw("from"))).parse(i) {
        Ok((r, w)) => (sp(r).ok()?.0, Some(w.eq_ignore_ascii_case("between"))),
        Err(_) => (i, None),
    };
    let start = i.len() - rest.len();
    let (after_lo, lo) = numeral(rest).ok()?;
    let (after_word, _) = sp(after_lo).ok()?;
    let (after_word, word) = alt((kw("cents"), kw("cent"), kw("pence")))
        .parse(after_word)
        .ok()?;
    let hundredth = if word.eq_ignore_ascii_case("pence") {
        "pence"
    } else {
        "cents"
    };
    let joiner = |j| -> Res<'_, &str> {
        if opener == Some(true) {
            recognize((sp, kw("and"), sp)).parse(j)
        } else {
            alt((
                recognize((sp, kw("to"), sp)),
                recognize((opt(sp), alt((tag("-"), tag("–"))), opt(sp))),
            ))
            .parse(j)
        }
    };
    let (before_hi, _) = joiner(after_word).ok()?;
    let sym_at = i.len() - before_hi.len();
    let (after_sym, code) = currency_symbol(before_hi).ok()?;
    let (after, hi) = numeral(after_sym).ok()?;
    let low = lo.value / 100.0;
    if !main_unit_fits(hundredth, code) || lo.value.fract() != 0.0 || low >= hi.value {
        return None;
    }
    word_end(after).ok()?;
    let end = i.len() - after.len();
    Some(ParsedQuantity {
        qualifier: Qualifier::Between,
        numeral: Numeral {
            value: low,
            precision: (lo.precision / 100.0).min(hi.precision),
            ..lo
        },
        min: Some(low),
        max: Some(hi.value),
        unit: Some(code.to_owned()),
        unit_kind: Some(UnitKind::Currency),
        figure_len: end,
        len: end,
        number: (start, end),
        unit_at: Some((sym_at, i.len() - after_sym.len())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cents_to_dollars_is_one_range_in_dollars() {
        let q = hundredths_to_whole("94 cents to $1.03 a share").unwrap();
        assert_eq!((q.min, q.max), (Some(0.94), Some(1.03)));
        assert_eq!(q.unit.as_deref(), Some("$"));
        assert_eq!(q.qualifier, Qualifier::Between);
        assert_eq!(q.len, "94 cents to $1.03".len());
        let q = hundredths_to_whole("between 80 pence and £1.20 each").unwrap();
        assert_eq!((q.min, q.max), (Some(0.8), Some(1.2)));
        assert_eq!(q.unit.as_deref(), Some("GBP"));
        let q = hundredths_to_whole("from 90 cents to US$1.10").unwrap();
        assert_eq!(q.unit.as_deref(), Some("USD"));
    }

    #[test]
    fn other_shapes_are_left_to_the_grammar() {
        // Pence are no part of a dollar; a fall is no range; cents alone.
        assert!(hundredths_to_whole("90 pence to $1.10").is_none());
        assert!(hundredths_to_whole("94 cents to $0.50").is_none());
        assert!(hundredths_to_whole("94 cents a share").is_none());
        assert!(hundredths_to_whole("94 cents to 97 cents").is_none());
        assert!(hundredths_to_whole("between 94 cents to $1.03").is_none());
    }
}
