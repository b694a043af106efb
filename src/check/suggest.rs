//! Suggestions that keep the article's own style: only the figure
//! changes. The currency and where it stands, the scale word and its
//! spelling, digits or words, separators and hyphens stay as written (see
//! `form`); the qualifier stays when it stays true, "about" replaces it
//! when it does not, and a reference range is written "between … and …".

use crate::check::judge::{format_number, format_scaled, quantity_consistent};
use crate::document::Document;
use crate::extract::claim::{DateClaim, NumberStyle, Qualifier, Quantity, Relation, Span};
use crate::extract::lexicon::{SCALES, SMALL_NUMBERS, TENS};
use crate::reference::model::{Fact, RefValue};
use crate::time::{describe, Granularity, Interval};

mod form;

use form::{NumberForm, Shown, Written};

/// A new wording for the figure of `q` in `doc` (qualifier, currency and
/// number; the counted noun stays), e.g. "about US$310m" for "US$240m".
/// Only the number changes: the currency and its place, the scale word and
/// its spelling, digits or words, separators and hyphens stay as written,
/// and the qualifier stays when it still holds.
pub fn quantity_figure(doc: &Document, q: &Quantity, fact: &Fact) -> String {
    let opens = opens_sentence(doc, q.figure.start);
    let text = doc.slice(q.figure);
    proportion_wording(text, opens, q, fact)
        .or_else(|| word_share_wording(text, opens, q, fact))
        .unwrap_or_else(|| figure_wording(text, opens, q, fact))
}

/// A share written as a fraction in words ("nearly half", "a third" of a
/// population): no fraction in words need fit the reference, so it is
/// written as the percentage it is read as ("about 30 percent").
fn word_share_wording(figure_text: &str, opens: bool, q: &Quantity, fact: &Fact) -> Option<String> {
    let RefValue::Exact(v) = fact.value else {
        return None;
    };
    if q.unit.as_deref() != Some("percent") {
        return None;
    }
    let body = match crate::extract::quantity::qualifier(figure_text) {
        Ok((rest, _)) => rest.trim_start_matches([' ', '-']),
        Err(_) => figure_text,
    };
    let (after, _) = crate::extract::number::word_fraction(body).ok()?;
    if !after.is_empty() {
        return None;
    }
    let lead = if q.qualifier == Qualifier::None {
        ""
    } else {
        "about "
    };
    let text = format!("{lead}{} percent", format_number(v));
    let capital = opens || figure_text.starts_with(char::is_uppercase);
    Some(if capital { capitalise(&text) } else { text })
}

/// A share written as a proportion ("one in five", "33 out of 50"): the
/// part changes, the whole and the spelling stay ("two in five"), and a
/// qualifier gives way to "about" as it does for any figure.
fn proportion_wording(figure_text: &str, opens: bool, q: &Quantity, fact: &Fact) -> Option<String> {
    let RefValue::Exact(v) = fact.value else {
        return None;
    };
    let body = match crate::extract::quantity::qualifier(figure_text) {
        Ok((rest, _)) => rest.trim_start_matches([' ', '-']),
        Err(_) => figure_text,
    };
    let (after, part) = crate::extract::number::numeral(body).ok()?;
    let (_, whole) = crate::extract::quantity::proportion_tail(after, &part)?;
    let new_part = (v * whole / 100.0).round();
    let written = if part.style == NumberStyle::Words {
        words(new_part)?
    } else {
        format!("{new_part}")
    };
    let lead = if q.qualifier == Qualifier::None {
        ""
    } else {
        "about "
    };
    let text = format!("{lead}{written}{after}");
    let capital = (opens && lead.is_empty()) || figure_text.starts_with(char::is_uppercase);
    Some(if capital { capitalise(&text) } else { text })
}

/// A new wording for the whole claim of `q` (`claim` is its span): the
/// figure as [`quantity_figure`] writes it and the counted noun as
/// written. A smaller unit added after the figure ("3 dollars 50 cents",
/// "5 feet 2 inches") is rewritten with it: "4 dollars 25 cents".
pub fn quantity_claim(doc: &Document, claim: Span, q: &Quantity, fact: &Fact) -> String {
    let tail = doc.text.get(q.figure.end..claim.end).unwrap_or("");
    let smaller = subunits(doc, q).and_then(|per| Some((per, last_digits(tail)?)));
    let Some((per, (head, rest))) = smaller else {
        return format!("{}{tail}", quantity_figure(doc, q, fact));
    };
    // The unit word before the smaller part: " dollars" in " dollars and
    // 50 cents".
    let unit = head.trim_end();
    let unit = unit.strip_suffix(" and").unwrap_or(unit).trim_end();
    let v = match fact.value {
        RefValue::Exact(v) => v,
        // "between 4.25 and 5.1 dollars": a range in decimals alone.
        RefValue::Range { .. } => return format!("{}{unit}", quantity_figure(doc, q, fact)),
    };
    let mut whole = v.trunc();
    let mut part = ((v - whole) * per).round();
    if part >= per {
        whole += 1.0;
        part = 0.0;
    }
    let mut whole_claim = q.clone();
    whole_claim.value = q.value.trunc();
    whole_claim.precision = 1.0;
    let whole_fact = Fact {
        value: RefValue::Exact(whole),
        ..fact.clone()
    };
    let figure = quantity_figure(doc, &whole_claim, &whole_fact);
    if part == 0.0 {
        // "8 dollars", not "8 dollars and 0 cents".
        return format!("{figure}{unit}");
    }
    format!("{figure}{head}{part}{rest}")
}

/// How many smaller units make one of the claim's, when its value has a
/// part the figure does not write ("3 dollars 50 cents" is 3.5 with "3"
/// as the figure): 100 for cents and pence, 12 for inches.
fn subunits(doc: &Document, q: &Quantity) -> Option<f64> {
    let per = (1.0 / q.precision).round();
    let figure = doc.slice(q.figure);
    let written_whole = !figure.contains(['.', '/', '½', '¼', '¾']);
    (written_whole && q.value.fract() != 0.0 && (per == 100.0 || per == 12.0)).then_some(per)
}

/// `text` cut around its last run of digits: (before, after).
fn last_digits(text: &str) -> Option<(&str, &str)> {
    let end = text.rfind(|c: char| c.is_ascii_digit())? + 1;
    let start = text
        .get(..end)?
        .rfind(|c: char| !c.is_ascii_digit())
        .map_or(0, |i| i + 1);
    Some((text.get(..start)?, text.get(end..)?))
}

/// Whether only blanks, quotes or brackets stand between the start of
/// the sentence holding `at` and `at`.
fn opens_sentence(doc: &Document, at: usize) -> bool {
    let after = doc.sentences.partition_point(|s| s.span.start <= at);
    let Some(sentence) = after.checked_sub(1).and_then(|i| doc.sentences.get(i)) else {
        return false;
    };
    doc.prose.get(sentence.span.start..at).is_some_and(|t| {
        t.chars().all(|c| {
            c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '‘' | '«' | '(' | '[' | '*' | '_')
        })
    })
}

/// [`quantity_figure`] for the figure as written (`figure_text`, "over
/// 800") and whether it opens its sentence.
fn figure_wording(figure_text: &str, opens: bool, q: &Quantity, fact: &Fact) -> String {
    let written = form::read(figure_text, q);
    let figure = |v: f64| -> Shown {
        let shown = shown_in(v, q, &written.number);
        Shown {
            text: format!("{}{}", written.currency, shown.text),
            ..shown
        }
    };
    let body = match fact.value {
        RefValue::Range { min, max } => {
            let (lo, hi) = range_ends(min, max, q, &written.number);
            let cur = written.currency;
            format!("between {cur}{} and {cur}{}", lo.text, hi.text)
        }
        RefValue::Exact(v) => {
            let shown = figure(v);
            let mut kept = q.clone();
            kept.value = shown.value;
            kept.min = None;
            kept.max = None;
            kept.precision = shown.precision;
            // "nearly 650" for a reference of exactly 650 is true but reads
            // as less than 650, so "nearly" gives way to "about".
            let still_true = !matches!(
                q.qualifier,
                Qualifier::None | Qualifier::Between | Qualifier::Nearly
            ) && quantity_consistent(&kept, fact.value, fact.tolerance);
            let lead_says_it = written.lead_qualifier == Some(q.qualifier);
            // "500 or more" keeps "or more" when it is what the claim says
            // (loose-bound asks for "about" whatever the text says).
            let after_says_it = written.lead.is_empty()
                && crate::extract::quantity::postfix_qualifier(written.after)
                    .is_ok_and(|(rest, said)| rest.is_empty() && said == q.qualifier);
            match still_true {
                true if lead_says_it => format!("{}{}{}", written.lead, written.joiner, shown.text),
                true if after_says_it => format!("{}{}", shown.text, written.after),
                _ if q.qualifier != Qualifier::None && q.qualifier != Qualifier::Exactly => {
                    format!("about {}", shown.text)
                }
                _ => shown.text,
            }
        }
    };
    // A currency code keeps its case ("us $ 150", "EUR 40m") unless it
    // comes to open the sentence (a dropped "Exactly"), and then it is
    // written as the code it is ("US $ 0.013"), not "Us".
    let currency_first = !written.currency.is_empty() && body.starts_with(written.currency);
    let sentence_start = starts_a_sentence(figure_text, &written);
    if currency_first && sentence_start && written.currency.starts_with(char::is_lowercase) {
        let rest = body.get(written.currency.len()..).unwrap_or("");
        format!("{}{rest}", written.currency.to_ascii_uppercase())
    } else if (opens && !currency_first) || sentence_start {
        capitalise(&body)
    } else {
        body
    }
}

/// Whether the figure's capital letter is the sentence's ("Nearly eight
/// million", "About 310,000"), not a currency code's ("EUR 40 million").
fn starts_a_sentence(figure_text: &str, written: &Written<'_>) -> bool {
    let capital = figure_text.starts_with(char::is_uppercase);
    capital && (!written.lead.is_empty() || written.currency.is_empty())
}

/// The ends of a reference range in the claim's form, in one scale and at
/// one precision ("between £812m and £1,015m", "between 0.0404 and
/// 0.0505"), so that the range reads as the reference at either end.
/// A range is written in digits even where the claim wrote words: "four
/// thousand and five thousand" reads as one number.
fn range_ends(min: f64, max: f64, q: &Quantity, number: &NumberForm<'_>) -> (Shown, Shown) {
    let lo = match number {
        NumberForm::Words { scale, hyphens } => {
            form::digits_in(min, &form::words_as_digits(min, *scale, *hyphens))
        }
        _ => shown_in(min, q, number),
    };
    let Some(lo_form) = lo.form.clone() else {
        return (lo, shown_in(max, q, number));
    };
    let hi = form::digits_at(max, &lo_form, true, lo.places);
    let lo = form::digits_at(min, &lo_form, true, hi.places);
    (lo, hi)
}

/// `v` written the way the claim wrote its number.
fn shown_in(v: f64, q: &Quantity, number: &NumberForm<'_>) -> Shown {
    match number {
        NumberForm::Digits(d) => form::digits_in(v, d),
        NumberForm::Words { scale, hyphens } => form::words_in(v, *scale, *hyphens),
        NumberForm::Restated { main, gap, inner } => {
            let (main, inner) = (shown_in(v, q, main), shown_in(v, q, inner));
            if main.text == inner.text {
                main
            } else {
                Shown {
                    text: format!("{}{gap}({})", main.text, inner.text),
                    form: None,
                    ..main
                }
            }
        }
        NumberForm::Other(style) => Shown {
            text: styled(v, *style),
            value: v,
            precision: q
                .precision
                .min(crate::extract::number::integer_precision(v)),
            form: None,
            places: 0,
        },
    }
}

/// A figure in a style, for a number whose written form is not kept
/// (a sign, a fraction).
fn styled(v: f64, style: NumberStyle) -> String {
    match style {
        NumberStyle::Words => words(v).unwrap_or_else(|| format_scaled(v)),
        NumberStyle::DigitsWithScale => format_scaled(v),
        NumberStyle::Digits => {
            let s = format_number(v);
            if v.abs() >= 10_000.0 {
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
    // "three hundred", not "300" where the claim wrote "two hundred".
    if v < 1000.0 && v % 100.0 == 0.0 {
        return Some(format!("{} hundred", small((v / 100.0) as u32)?));
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
mod proptests;

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
            series: Vec::new(),
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
            modifiers: None,
        }
    }

    #[test]
    fn keeps_style_and_hedges() {
        let q = quantity(800.0, Qualifier::Over, NumberStyle::Digits);
        assert_eq!(
            figure_wording("over 800", false, &q, &fact(RefValue::Exact(650.0))),
            "about 650"
        );
        assert_eq!(
            figure_wording("over 800", false, &q, &fact(RefValue::Exact(950.0))),
            "about 950"
        );
        assert_eq!(
            figure_wording(
                "over 800",
                false,
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
            figure_wording("800", false, &q, &fact(RefValue::Exact(650.0))),
            "650"
        );
        let q = quantity(8e6, Qualifier::Nearly, NumberStyle::Words);
        assert_eq!(
            figure_wording(
                "nearly eight million",
                false,
                &q,
                &fact(RefValue::Exact(6e6))
            ),
            "about six million"
        );
        assert_eq!(
            figure_wording(
                "Nearly eight million",
                false,
                &q,
                &fact(RefValue::Exact(6.5e6))
            ),
            "About 6.5 million"
        );
    }

    #[test]
    fn keeps_currency_restatements_and_true_qualifiers() {
        let q = quantity(96e6, Qualifier::About, NumberStyle::DigitsWithScale);
        assert_eq!(
            figure_wording(
                "about $96 million",
                false,
                &q,
                &fact(RefValue::Exact(120e6))
            ),
            "about $120 million"
        );
        let q = quantity(45.0, Qualifier::None, NumberStyle::Words);
        assert_eq!(
            figure_wording("forty-five (45)", false, &q, &fact(RefValue::Exact(52.0))),
            "fifty-two (52)"
        );
        assert_eq!(
            figure_wording("45 (forty-five)", false, &q, &fact(RefValue::Exact(52.0))),
            "52 (fifty-two)"
        );
        // A hedge added before a sign or a digit that opens the sentence.
        let q = quantity(240e6, Qualifier::Over, NumberStyle::DigitsWithScale);
        assert_eq!(
            figure_wording("over US$240m", true, &q, &fact(RefValue::Exact(200e6))),
            "About US$200m"
        );
        let q = quantity(240e6, Qualifier::AtLeast, NumberStyle::DigitsWithScale);
        assert_eq!(
            figure_wording("EUR 240m or more", false, &q, &fact(RefValue::Exact(310e6))),
            "EUR 310m or more"
        );
        // loose-bound asks for "about": "or more" is not what it says.
        let q = quantity(800.0, Qualifier::About, NumberStyle::Digits);
        assert_eq!(
            figure_wording("800 or more", false, &q, &fact(RefValue::Exact(1500.0))),
            "about 1500"
        );
    }

    /// The suggestion for the one mismatch in `text` against `value` USD.
    fn suggested(text: &str, value: &str) -> Option<String> {
        suggested_in(text, value, "USD")
    }

    /// The suggestion for the one mismatch in `text` against a fact of
    /// `value` `unit` matched by "Alpha".
    fn suggested_in(text: &str, value: &str, unit: &str) -> Option<String> {
        let yaml = format!(
            "facts:\n  - id: f\n    value: {value}\n    unit: {unit}\n    match: {{all: [Alpha]}}\n"
        );
        let refs = crate::reference::load_sources(&[("r.yaml".to_owned(), yaml)]).ok()?;
        let doc = Document::from_text(
            "a.txt",
            text.to_owned(),
            crate::document::Format::Text,
            None,
            vec![],
        );
        let claims = crate::extract::extract(&doc);
        let opts = crate::check::CheckOptions::default();
        crate::check::check_document_with(&doc, &claims, &refs, &opts)
            .into_iter()
            .find(|f| f.rule == "fact-mismatch")
            .and_then(|f| f.suggestion)
            .map(|s| s.replacement)
    }

    #[test]
    fn a_smaller_unit_after_the_figure_changes_with_it() {
        assert_eq!(
            suggested("Alpha paid 3 dollars 50 cents.", "4.25").as_deref(),
            Some("4 dollars 25 cents")
        );
        assert_eq!(
            suggested("Alpha paid 3 dollars and 50 cents.", "7.995").as_deref(),
            Some("8 dollars")
        );
        assert_eq!(
            suggested("Alpha paid $412 million.", "430 million").as_deref(),
            Some("$430 million")
        );
    }

    #[test]
    fn a_proportion_keeps_its_whole_and_spelling() {
        let share = |text: &str, value: f64| suggested_in(text, &value.to_string(), "percent");
        assert_eq!(
            share("One in five adults in Alpha smoke.", 40.0).as_deref(),
            Some("Two in five adults")
        );
        assert_eq!(
            share("In Alpha 33 out of 50 states rose.", 70.0).as_deref(),
            Some("35 out of 50 states")
        );
        // A share that agrees draws no finding.
        assert_eq!(share("One in five adults in Alpha smoke.", 21.0), None);
    }

    #[test]
    fn a_share_in_words_is_written_as_its_percentage() {
        let share = |text: &str, value: f64| suggested_in(text, &value.to_string(), "percent");
        assert_eq!(
            share("Nearly half of the Alpha crew smoke.", 30.0).as_deref(),
            Some("About 30 percent")
        );
        assert_eq!(
            share("In Alpha a third of the crew smoke.", 60.0).as_deref(),
            Some("60 percent")
        );
    }

    #[test]
    fn number_words() {
        assert_eq!(words(7e6).as_deref(), Some("seven million"));
        assert_eq!(words(42.0).as_deref(), Some("forty-two"));
        assert_eq!(words(650.0), None);
        assert_eq!(words(300.0).as_deref(), Some("three hundred"));
    }
}
