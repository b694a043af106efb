//! Judging: is the claim's wording consistent with the reference?
//! DESIGN's qualifier and date semantics, exactly.

use crate::extract::claim::{DateClaim, Qualifier, Quantity, Relation};
use crate::reference::model::{RefValue, Tolerance};
use crate::time::Interval;

/// The default tolerance of "nearly" and "about".
pub const DEFAULT_TOLERANCE: f64 = 0.10;

/// Floating-point slack, relative to the figures compared.
const EPS: f64 = 1e-9;

/// The set of reference values a quantity claim accepts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Acceptable {
    pub lo: f64,
    pub lo_inclusive: bool,
    pub hi: f64,
    pub hi_inclusive: bool,
}

impl Acceptable {
    fn closed(lo: f64, hi: f64) -> Self {
        Acceptable {
            lo,
            lo_inclusive: true,
            hi,
            hi_inclusive: true,
        }
    }

    /// Whether the reference value (or range) meets this set.
    pub fn admits(&self, reference: RefValue) -> bool {
        let (rmin, rmax) = (reference.min(), reference.max());
        // Room for floating-point error, never so much that it eats the
        // set: a figure written to the unit in the billions
        // ("$3,761,979,404") accepts half a unit each side, less than a
        // slack relative to its size.
        let slack = EPS * rmax.abs().max(rmin.abs()).max(1.0);
        let width = self.hi - self.lo;
        let slack = if width > 0.0 {
            slack.min(width / 4.0)
        } else {
            slack
        };
        let above_lo = if self.lo_inclusive {
            rmax >= self.lo - slack
        } else {
            rmax > self.lo + slack
        };
        let below_hi = if self.hi_inclusive {
            rmin <= self.hi + slack
        } else {
            rmin < self.hi - slack
        };
        above_lo && below_hi
    }
}

/// What a quantity claim accepts under its qualifier, DESIGN's table:
/// a bare figure rounds at its precision, "nearly" is up to 10% below, …
pub fn acceptable(q: &Quantity, tolerance: Option<Tolerance>) -> Acceptable {
    let c = q.value;
    let widen = |relative_default: f64| match tolerance {
        Some(Tolerance::Relative(t)) => t * c.abs(),
        Some(Tolerance::Absolute(a)) => a,
        None => relative_default * c.abs(),
    };
    match q.qualifier {
        Qualifier::None => {
            let half = q.precision / 2.0;
            let explicit = match tolerance {
                Some(_) => widen(0.0),
                None => 0.0,
            };
            if explicit > half {
                Acceptable::closed(c - explicit, c + explicit)
            } else {
                Acceptable {
                    lo: c - half,
                    lo_inclusive: true,
                    hi: c + half,
                    hi_inclusive: false,
                }
            }
        }
        Qualifier::Nearly => Acceptable::closed(c - widen(DEFAULT_TOLERANCE), c),
        Qualifier::About => {
            let t = widen(DEFAULT_TOLERANCE);
            Acceptable::closed(c - t, c + t)
        }
        Qualifier::Over => Acceptable {
            lo: c,
            lo_inclusive: false,
            hi: f64::INFINITY,
            hi_inclusive: true,
        },
        Qualifier::AtLeast => Acceptable::closed(c, f64::INFINITY),
        Qualifier::Under => Acceptable {
            lo: f64::NEG_INFINITY,
            lo_inclusive: true,
            hi: c,
            hi_inclusive: false,
        },
        Qualifier::UpTo => Acceptable::closed(f64::NEG_INFINITY, c),
        Qualifier::Between => Acceptable::closed(q.min.unwrap_or(c), q.max.unwrap_or(c)),
        Qualifier::Exactly => {
            let t = match tolerance {
                Some(_) => widen(0.0),
                None => 0.0,
            };
            Acceptable::closed(c - t, c + t)
        }
    }
}

/// Whether a quantity is consistent with a reference value: DESIGN's
/// qualifier table; a range claim against a range reference compares the
/// ends, each as a bare figure at the claim's precision (or within the
/// tolerance, when that is wider) — overlapping is not agreeing.
pub fn quantity_consistent(
    q: &Quantity,
    reference: RefValue,
    tolerance: Option<Tolerance>,
) -> bool {
    match (q.qualifier, q.min, q.max, reference) {
        (Qualifier::Between, Some(lo), Some(hi), RefValue::Range { min, max }) => {
            let end = |value: f64| Quantity {
                value,
                min: None,
                max: None,
                qualifier: Qualifier::None,
                ..q.clone()
            };
            quantity_consistent(&end(lo), RefValue::Exact(min), tolerance)
                && quantity_consistent(&end(hi), RefValue::Exact(max), tolerance)
        }
        _ => acceptable(q, tolerance).admits(reference),
    }
}

/// Whether a date claim is consistent with an event's interval:
/// `on`/`in` ⇒ the intervals meet; `by`/`until` ⇒ the event starts no later
/// than the claim's end; `before` ⇒ it starts before the named period;
/// `after` ⇒ some of it lies after the named period; `since` ⇒ it ends on
/// or after the period's start. A negated commitment inverts the verdict.
pub fn date_consistent(claim: &DateClaim, event: Interval) -> Option<bool> {
    let c = claim.interval?;
    let holds = match claim.relation {
        None | Some(Relation::On) | Some(Relation::In) | Some(Relation::Between) => {
            c.intersects(&event)
        }
        Some(Relation::By) | Some(Relation::Until) => event.start <= c.end,
        Some(Relation::Before) => event.start < c.start,
        Some(Relation::After) => event.end > c.end,
        Some(Relation::Since) => event.end >= c.start,
    };
    Some(holds != claim.negated)
}

/// A figure for people: "8,000,000", "7.7", "650".
///
/// Built in one string: the whole part's digits are written once and
/// grouped as they are copied (a finding formats several figures, and a
/// long document has many findings).
pub fn format_number(v: f64) -> String {
    use std::fmt::Write;
    if !v.is_finite() {
        return if v > 0.0 {
            "∞".into()
        } else {
            "−∞".into()
        };
    }
    let rounded = (v * 1e6).round() / 1e6;
    let neg = rounded < 0.0;
    let abs = rounded.abs();
    let int = abs.trunc();
    let frac = abs - int;
    // The whole part's digits, as `{int:.0}` writes them: exactly, so an
    // integer below 2^53 is its `u64` digits.
    let mut buf = [0u8; 20];
    let mut big = String::new();
    let digits: &[u8] = if int < 9_007_199_254_740_992.0 {
        let mut n = int as u64;
        let mut at = buf.len();
        loop {
            at -= 1;
            if let Some(slot) = buf.get_mut(at) {
                *slot = b'0' + (n % 10) as u8;
            }
            n /= 10;
            if n == 0 || at == 0 {
                break;
            }
        }
        buf.get(at..).unwrap_or(&[])
    } else {
        let _ = write!(big, "{int:.0}");
        big.as_bytes()
    };
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 12);
    if neg {
        out.push('-');
    }
    // Groups of three from the right; the first group has one to three.
    let lead = match digits.len() % 3 {
        0 => 3,
        r => r,
    };
    for (n, &d) in digits.iter().enumerate() {
        if n >= lead && (n - lead) % 3 == 0 {
            out.push(',');
        }
        out.push(char::from(d));
    }
    if frac > 1e-9 {
        let mut f = String::with_capacity(8);
        let _ = write!(f, "{frac:.6}");
        out.push_str(f.trim_start_matches('0').trim_end_matches('0'));
    }
    out
}

/// "8 million", "7.7 million", "650": a figure with a scale word when large.
pub fn format_scaled(v: f64) -> String {
    for (word, scale) in [("trillion", 1e12), ("billion", 1e9), ("million", 1e6)] {
        if v.abs() >= scale {
            let x = ((v / scale) * 100.0).round() / 100.0;
            return format!("{} {word}", format_number(x));
        }
    }
    format_number(v)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claim::{NumberStyle, Span};

    fn q(value: f64, qualifier: Qualifier, precision: f64) -> Quantity {
        Quantity {
            value,
            min: None,
            max: None,
            qualifier,
            unit: None,
            precision,
            style: NumberStyle::Digits,
            figure: Span::default(),
            modifiers: None,
        }
    }

    fn ok(claim: &Quantity, r: f64) -> bool {
        quantity_consistent(claim, RefValue::Exact(r), None)
    }

    #[test]
    fn bare_figures_round_at_their_precision() {
        let c = q(800.0, Qualifier::None, 100.0);
        assert!(ok(&c, 750.0) && ok(&c, 849.0) && !ok(&c, 850.0) && !ok(&c, 749.0));
        let c = q(812.0, Qualifier::None, 1.0);
        assert!(ok(&c, 812.0) && !ok(&c, 813.0));
        let c = q(8e6, Qualifier::None, 1e6);
        assert!(ok(&c, 7.5e6) && !ok(&c, 8.5e6));
    }

    #[test]
    fn exact_figures_in_the_billions_agree_with_themselves() {
        for v in [999_999_999.0, 3_761_979_404.0, 31_400_000_000_000.0] {
            let claim = q(v, Qualifier::None, 1.0);
            assert!(ok(&claim, v), "{v}");
            assert!(!ok(&claim, v + 1.0), "{v} + 1");
            assert!(!ok(&claim, v - 1.0), "{v} - 1");
        }
        // Written to the million, the same size still rounds.
        let claim = q(3_762_000_000.0, Qualifier::None, 1e6);
        assert!(ok(&claim, 3_761_979_404.0));
        assert!(!ok(&claim, 3_760_979_404.0));
    }

    #[test]
    fn qualifiers() {
        let nearly = q(8e6, Qualifier::Nearly, 1e6);
        assert!(
            ok(&nearly, 7.7e6) && ok(&nearly, 8e6) && !ok(&nearly, 8.1e6) && !ok(&nearly, 7.1e6)
        );
        let over = q(800.0, Qualifier::Over, 100.0);
        assert!(ok(&over, 900.0) && !ok(&over, 800.0) && !ok(&over, 650.0));
        assert!(ok(&q(800.0, Qualifier::AtLeast, 100.0), 800.0));
        assert!(!ok(&q(800.0, Qualifier::Under, 100.0), 800.0));
        assert!(ok(&q(800.0, Qualifier::UpTo, 100.0), 800.0));
        let about = q(1000.0, Qualifier::About, 1000.0);
        assert!(ok(&about, 1100.0) && !ok(&about, 1101.0));
        assert!(
            ok(&q(5.0, Qualifier::Exactly, 1.0), 5.0) && !ok(&q(5.0, Qualifier::Exactly, 1.0), 5.1)
        );
    }

    #[test]
    fn reference_ranges_intersect() {
        let over = q(800.0, Qualifier::Over, 100.0);
        assert!(quantity_consistent(
            &over,
            RefValue::Range {
                min: 700.0,
                max: 900.0
            },
            None
        ));
        assert!(!quantity_consistent(
            &over,
            RefValue::Range {
                min: 600.0,
                max: 800.0
            },
            None
        ));
    }

    #[test]
    fn tolerances_override_defaults() {
        let about = q(1000.0, Qualifier::About, 1000.0);
        assert!(!quantity_consistent(
            &about,
            RefValue::Exact(1080.0),
            Some(Tolerance::Relative(0.05))
        ));
        let bare = q(812.0, Qualifier::None, 1.0);
        assert!(quantity_consistent(
            &bare,
            RefValue::Exact(815.0),
            Some(Tolerance::Absolute(5.0))
        ));
    }

    /// `format_number` as it was written first, with a `format!` per
    /// group: the reference for the one-string version.
    fn format_number_reference(v: f64) -> String {
        if !v.is_finite() {
            return if v > 0.0 {
                "∞".into()
            } else {
                "−∞".into()
            };
        }
        let rounded = (v * 1e6).round() / 1e6;
        let neg = rounded < 0.0;
        let abs = rounded.abs();
        let int = abs.trunc();
        let frac = abs - int;
        let mut digits = format!("{int:.0}");
        let mut grouped = String::new();
        while digits.len() > 3 {
            let tail = digits.split_off(digits.len() - 3);
            grouped = format!(",{tail}{grouped}");
        }
        grouped = format!("{digits}{grouped}");
        if frac > 1e-9 {
            let f = format!("{frac:.6}");
            let f = f.trim_start_matches('0').trim_end_matches('0');
            grouped.push_str(f);
        }
        if neg {
            format!("-{grouped}")
        } else {
            grouped
        }
    }

    #[test]
    fn format_number_equals_its_reference() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            7.7,
            650.0,
            999.0,
            1000.0,
            -1000.0,
            12_345.678_9,
            8e6,
            1e15,
            9_007_199_254_740_991.0,
            9_007_199_254_740_992.0,
            9_007_199_254_740_993.0,
            1.8e19,
            1e20,
            -3.5e22,
            1e300,
            f64::MAX,
            f64::MIN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            0.000_000_4,
            0.000_000_6,
            0.999_999_6,
            -0.5,
            33.333_333_333,
            1e-320,
        ];
        let mut seed = 12345u64;
        for _ in 0..20_000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let bits = seed >> 11;
            let scale = 10f64.powi((seed % 40) as i32 - 10);
            let v = (bits as f64 / (1u64 << 53) as f64 - 0.3) * scale;
            values.push(v);
            values.push(v.round());
            values.push((v * 10.0).round() / 10.0);
        }
        for v in values {
            assert_eq!(format_number(v), format_number_reference(v), "{v:e}");
        }
    }

    #[test]
    fn numbers_format_for_people() {
        assert_eq!(format_number(8e6), "8,000,000");
        assert_eq!(format_number(7.7), "7.7");
        assert_eq!(format_number(650.0), "650");
        assert_eq!(format_scaled(7.7e6), "7.7 million");
        assert_eq!(format_scaled(650.0), "650");
    }

    fn range(min: f64, max: f64, precision: f64) -> Quantity {
        Quantity {
            value: min,
            min: Some(min),
            max: Some(max),
            qualifier: Qualifier::Between,
            unit: None,
            precision,
            style: NumberStyle::Digits,
            figure: Span::default(),
            modifiers: None,
        }
    }

    fn between(min: f64, max: f64) -> RefValue {
        RefValue::Range { min, max }
    }

    #[test]
    fn a_range_against_a_range_is_judged_at_both_ends() {
        // "10,000 to 40,000": each end rounds at its precision.
        let claim = range(10_000.0, 40_000.0, 1_000.0);
        assert!(quantity_consistent(
            &claim,
            between(10_000.0, 40_000.0),
            None
        ));
        assert!(quantity_consistent(
            &claim,
            between(10_400.0, 39_600.0),
            None
        ));
        // Overlapping is not enough: doubled, or one end off.
        assert!(!quantity_consistent(
            &claim,
            between(20_000.0, 80_000.0),
            None
        ));
        assert!(!quantity_consistent(
            &claim,
            between(10_000.0, 45_000.0),
            None
        ));
        assert!(!quantity_consistent(
            &claim,
            between(5_000.0, 40_000.0),
            None
        ));
        // The fact's tolerance widens each end.
        let wide = Some(Tolerance::Relative(0.2));
        assert!(quantity_consistent(
            &claim,
            between(11_000.0, 45_000.0),
            wide
        ));
    }

    #[test]
    fn a_range_against_a_figure_and_a_figure_against_a_range_still_meet() {
        let claim = range(10_000.0, 40_000.0, 1_000.0);
        assert!(quantity_consistent(&claim, RefValue::Exact(25_000.0), None));
        assert!(!quantity_consistent(
            &claim,
            RefValue::Exact(50_000.0),
            None
        ));
        let point = Quantity {
            min: None,
            max: None,
            qualifier: Qualifier::About,
            value: 25_000.0,
            ..claim
        };
        assert!(quantity_consistent(
            &point,
            between(10_000.0, 40_000.0),
            None
        ));
    }
}
