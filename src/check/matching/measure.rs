//! What a target measures, so that only targets a claim could speak about
//! are rivals over a term they share.
//!
//! A shared term tells nothing between the targets that share it (see
//! `Seen::nearness`): in "Analysts expected 97 cents a share in earnings
//! and $3.61 billion in revenue" the facts of per-share earnings and of
//! revenue share "Analysts expected", and "revenue" is each one's own —
//! but a fact of revenue *growth*, in percent, also matched by "revenue",
//! made "revenue" a shared term, and the revenue fact was left with no
//! term of its own. No figure can speak about both a percentage and a sum
//! of money: a term is shared only among targets of one measure (events,
//! percentages, money, counts), and a fact with no unit, which any figure
//! may speak about, is a rival of every fact.

use crate::reference::index::Target;
use crate::reference::ReferenceSet;

/// The classes under which a term's targets are counted; a target is read
/// under its own [`Measure::key`], and filed under every key of
/// [`Measure::filed`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Event,
    Percent,
    Money,
    Count,
    /// A fact with no unit: any figure may speak about it.
    Any,
}

/// The key under which every fact is filed (read by a fact with no unit).
const EVERY_FACT: u8 = 4;

impl Measure {
    /// What `target` measures.
    pub fn of(target: Target, refs: &ReferenceSet) -> Measure {
        let Target::Fact(i) = target else {
            return Measure::Event;
        };
        refs.facts
            .get(i)
            .and_then(|f| f.unit.as_deref().map(Measure::of_unit))
            .unwrap_or(Measure::Any)
    }

    /// What a fact counted in `unit` measures.
    pub fn of_unit(unit: &str) -> Measure {
        if matches!(unit, "percent" | "%" | "percentage points" | "basis points") {
            Measure::Percent
        } else if unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase()) {
            // An ISO currency code.
            Measure::Money
        } else {
            Measure::Count
        }
    }

    /// The key a target of this measure reads its rivals under.
    pub fn key(self) -> u8 {
        match self {
            Measure::Event => 0,
            Measure::Percent => 1,
            Measure::Money => 2,
            Measure::Count => 3,
            Measure::Any => EVERY_FACT,
        }
    }

    /// The keys a target of this measure is filed under: its own, and
    /// every fact's; a fact with no unit under every fact's measure.
    pub fn filed(self) -> &'static [u8] {
        match self {
            Measure::Event => &[0],
            Measure::Percent => &[1, EVERY_FACT],
            Measure::Money => &[2, EVERY_FACT],
            Measure::Count => &[3, EVERY_FACT],
            Measure::Any => &[1, 2, 3, EVERY_FACT],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_say_what_a_fact_measures() {
        assert_eq!(Measure::of_unit("percent"), Measure::Percent);
        assert_eq!(Measure::of_unit("basis points"), Measure::Percent);
        assert_eq!(Measure::of_unit("USD"), Measure::Money);
        assert_eq!(Measure::of_unit("INR"), Measure::Money);
        assert_eq!(Measure::of_unit("troops"), Measure::Count);
        assert_eq!(Measure::of_unit("TV"), Measure::Count);
        // A fact with no unit is a rival of every fact, and reads them all.
        assert!(Measure::Any.filed().contains(&Measure::Money.key()));
        assert!(Measure::Money.filed().contains(&Measure::Any.key()));
        assert!(!Measure::Percent.filed().contains(&Measure::Money.key()));
    }

    #[test]
    fn a_term_a_percentage_shares_is_still_a_sums_own() {
        // "revenue" names the revenue fact and the growth fact; the growth
        // is a percentage, which no sum of money speaks about.
        let yaml = "facts:\n  - {id: eps, value: 0.42, unit: USD, match: {all: [Analysts forecast, earnings]}}\n  - {id: sales, value: 2100000000, unit: USD, match: {all: [Analysts forecast, sales]}}\n  - {id: growth, value: 12, unit: percent, match: {all: [sales]}}\n";
        assert_eq!(
            super::super::tests::matched(
                yaml,
                "Analysts forecast 42 cents a share in earnings and $2.1 billion in sales."
            ),
            super::super::tests::pairs(&[("42 cents", "eps"), ("$2.1 billion", "sales")])
        );
    }
}
