//! Suggestions that keep the article's own style: digits stay digits,
//! words stay words, the qualifier stays when it stays true, and "about" is
//! added when the claim was hedged or the reference is a range.

use crate::check::judge::{format_number, format_scaled, quantity_consistent};
use crate::extract::claim::{DateClaim, NumberStyle, Qualifier, Quantity, Relation};
use crate::extract::lexicon::{SCALES, SMALL_NUMBERS, TENS};
use crate::extract::quantity::qualifier;
use crate::reference::model::{Fact, RefValue};
use crate::time::{describe, Granularity, Interval};

/// A new wording for a quantity's figure (qualifier and number; the counted
/// noun stays). `figure_text` is the claim's figure as written ("over 800").
pub fn quantity_figure(figure_text: &str, q: &Quantity, fact: &Fact) -> String {
    let (written_qualifier, number_text) = match qualifier(figure_text) {
        Ok((rest, _)) => {
            let q_text = figure_text
                .get(..figure_text.len() - rest.len())
                .unwrap_or("")
                .trim_end();
            (Some(q_text), rest.trim_start())
        }
        Err(_) => (None, figure_text),
    };
    let body = match fact.value {
        RefValue::Range { min, max } => {
            format!(
                "between {} and {}",
                styled(min, q, number_text),
                styled(max, q, number_text)
            )
        }
        RefValue::Exact(v) => {
            let number = styled(v, q, number_text);
            let mut kept = q.clone();
            kept.value = v;
            kept.precision = crate::extract::number::integer_precision(v);
            // "nearly 650" for a reference of exactly 650 is true but reads
            // as less than 650, so "nearly" gives way to "about".
            let still_true = !matches!(
                q.qualifier,
                Qualifier::None | Qualifier::Between | Qualifier::Nearly
            ) && quantity_consistent(&kept, fact.value, fact.tolerance);
            match (still_true, written_qualifier) {
                (true, Some(w)) => format!("{w} {number}"),
                _ if q.qualifier != Qualifier::None && q.qualifier != Qualifier::Exactly => {
                    format!("about {number}")
                }
                _ => number,
            }
        }
    };
    match figure_text.chars().next() {
        Some(c) if c.is_uppercase() => capitalise(&body),
        _ => body,
    }
}

/// A figure in the style the claim was written in.
fn styled(v: f64, q: &Quantity, written: &str) -> String {
    match q.style {
        NumberStyle::Words => words(v).unwrap_or_else(|| format_scaled(v)),
        NumberStyle::DigitsWithScale => format_scaled(v),
        NumberStyle::Digits => {
            let s = format_number(v);
            if written.contains(',') || v.abs() >= 10_000.0 {
                s
            } else {
                s.replace(',', "")
            }
        }
    }
}

/// A round figure in words ("seven million", "forty"), when it has one.
pub fn words(v: f64) -> Option<String> {
    if v < 0.0 || v.fract() != 0.0 {
        return None;
    }
    let small = |n: u32| -> Option<String> {
        if n < 20 {
            SMALL_NUMBERS
                .iter()
                .find(|(_, x)| *x == n)
                .map(|(w, _)| (*w).to_owned())
        } else if n < 100 {
            let tens = TENS
                .iter()
                .find(|(_, x)| *x == n / 10 * 10)
                .map(|(w, _)| *w)?;
            match n % 10 {
                0 => Some(tens.to_owned()),
                u => Some(format!(
                    "{tens}-{}",
                    SMALL_NUMBERS.iter().find(|(_, x)| *x == u)?.0
                )),
            }
        } else {
            None
        }
    };
    for (word, scale) in SCALES.iter().rev() {
        if v >= *scale && (v / scale).fract() == 0.0 && v / scale < 100.0 {
            return Some(format!("{} {word}", small((v / scale) as u32)?));
        }
    }
    if v < 100.0 {
        return small(v as u32);
    }
    None
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A new wording for a date claim's expression (the relation word stays,
/// except "in" becomes "on" before a day).
pub fn date_expression(
    claim: &DateClaim,
    event: Interval,
    event_granularity: Granularity,
) -> (String, Option<&'static str>) {
    // Write the event at the claim's granularity when that is a coarser
    // calendar unit ("by June 2022" → "by August 2022"); a season, quarter
    // or half may not hold the event whole, so use the event's own.
    let granularity = match claim.granularity {
        Granularity::Month | Granularity::Year => event_granularity.max(claim.granularity),
        _ => event_granularity,
    };
    let interval = match granularity {
        Granularity::Month => Interval::month(
            chrono::Datelike::year(&event.start),
            chrono::Datelike::month(&event.start),
        )
        .unwrap_or(event),
        Granularity::Year => Interval::year(chrono::Datelike::year(&event.start)).unwrap_or(event),
        _ => event,
    };
    let text = describe(&interval, granularity);
    let relation = match (claim.relation, granularity) {
        (Some(Relation::In), Granularity::Day) => Some("on"),
        (Some(Relation::On), g) if g != Granularity::Day => Some("in"),
        _ => None,
    };
    (text, relation)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claim::Span;
    use crate::reference::model::{MatchSpec, Origin};

    fn fact(v: RefValue) -> Fact {
        Fact {
            id: "x".into(),
            about: None,
            value: v,
            value_text: String::new(),
            unit: None,
            tolerance: None,
            as_of: None,
            source: None,
            matcher: MatchSpec::default(),
            examples: Default::default(),
            origin: Origin {
                file: "r.yaml".into(),
                line: 1,
            },
        }
    }

    fn quantity(value: f64, qualifier: Qualifier, style: NumberStyle) -> Quantity {
        Quantity {
            value,
            min: None,
            max: None,
            qualifier,
            unit: None,
            precision: 100.0,
            style,
            figure: Span::default(),
        }
    }

    #[test]
    fn keeps_style_and_hedges() {
        let q = quantity(800.0, Qualifier::Over, NumberStyle::Digits);
        assert_eq!(
            quantity_figure("over 800", &q, &fact(RefValue::Exact(650.0))),
            "about 650"
        );
        assert_eq!(
            quantity_figure("over 800", &q, &fact(RefValue::Exact(950.0))),
            "about 950"
        );
        assert_eq!(
            quantity_figure(
                "over 800",
                &q,
                &fact(RefValue::Range {
                    min: 600.0,
                    max: 700.0
                })
            ),
            "between 600 and 700"
        );
        let q = quantity(800.0, Qualifier::None, NumberStyle::Digits);
        assert_eq!(
            quantity_figure("800", &q, &fact(RefValue::Exact(650.0))),
            "650"
        );
        let q = quantity(8e6, Qualifier::Nearly, NumberStyle::Words);
        assert_eq!(
            quantity_figure("nearly eight million", &q, &fact(RefValue::Exact(6e6))),
            "about six million"
        );
        assert_eq!(
            quantity_figure("Nearly eight million", &q, &fact(RefValue::Exact(6.5e6))),
            "About 6.5 million"
        );
    }

    #[test]
    fn number_words() {
        assert_eq!(words(7e6).as_deref(), Some("seven million"));
        assert_eq!(words(42.0).as_deref(), Some("forty-two"));
        assert_eq!(words(650.0), None);
    }
}
