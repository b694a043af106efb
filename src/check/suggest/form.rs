//! The written form of a claim's figure, read back from its text, and a new
//! value written in that same form: "US$240m" gives "US$310m", "$2-million"
//! gives "$3-million", "8000000" stays without separators. Only the number
//! changes; the currency as written, the scale word and its spelling, the
//! separators and the hyphen stay.

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::Parser;
use std::borrow::Cow;

use crate::extract::claim::{NumberStyle, Qualifier, Quantity};
use crate::extract::grammar::{consumed, kw, sp};
use crate::extract::number::{digits, digits_value, integer_precision, numeral, Numeral};
use crate::extract::quantity::{currency_symbol, qualifier};

/// A claim's figure ("about US$240m", "between 3 and 4 million", "500 or
/// more") cut into what a suggestion keeps and what it rewrites.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Written<'a> {
    /// The qualifier or range opener as written ("Nearly", "more-than",
    /// "between"); empty when none.
    pub lead: &'a str,
    /// What `lead` reads as; `None` for a range opener or no lead.
    pub lead_qualifier: Option<Qualifier>,
    /// What joins the lead to the rest (" ", "-").
    pub joiner: &'a str,
    /// The currency before the number as written, with any blank after it
    /// ("$", "US$", "EUR ", "us $ "); empty when none.
    pub currency: &'a str,
    /// How the number is written (the second figure's form for a range: it
    /// carries the scale, "3 and 4 million").
    pub number: NumberForm<'a>,
    /// The figure's text after the number(s): a qualifier written after
    /// it (" or more").
    pub after: &'a str,
}

/// How a number is written.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum NumberForm<'a> {
    /// Digits, with or without a scale: "812", "8,000,000", "1.2bn",
    /// "$2-million".
    Digits(DigitForm<'a>),
    /// Words: "eight million", "forty-two", "half a million"; `scale` is
    /// the largest scale word it used (1 when none), `hyphens` whether the
    /// words are joined by hyphens as an adjective ("a two-million-dollar
    /// plan").
    Words { scale: f64, hyphens: bool },
    /// A figure restated in brackets: "forty-five (45)", "45 (forty-five)";
    /// `gap` is what stands between the two ("" or a blank).
    Restated {
        main: Box<NumberForm<'a>>,
        gap: &'a str,
        inner: Box<NumberForm<'a>>,
    },
    /// A form not rewritten in place (a sign, a fraction): written afresh
    /// in its style.
    Other(NumberStyle),
}

/// The parts of a figure in digits.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct DigitForm<'a> {
    /// The separator between groups of three digits (',', a blank), if
    /// the figure shows one.
    pub group: Option<char>,
    /// Grouped the Indian way, in lakhs and crores ("12,34,567").
    pub indian: bool,
    /// Digits before the decimal point as written.
    pub int_digits: usize,
    /// Digits after the decimal point as written.
    pub decimals: usize,
    /// Whether the decimals end in a zero ("7.50"): a precision the
    /// suggestion keeps.
    pub padded: bool,
    /// The scale after the digits, with what joins it ("m", " million",
    /// "-million"), or a unit glued to the figure ("m" for metres); empty
    /// when none.
    pub suffix: Cow<'a, str>,
    /// What one of the written digits is worth: 1e6 for "240m", 1 for "812"
    /// and for metres in "3m", 1e6 for "30" in "30 MUSD".
    pub unit: f64,
}

/// Read the figure text of `q` ("over $412 million").
pub(super) fn read<'a>(figure: &'a str, q: &Quantity) -> Written<'a> {
    let opener = (alt((kw("between"), kw("from"))), sp).parse(figure);
    let (rest, lead, lead_qualifier, joiner) = match opener {
        Ok((r, (w, s))) => (r, w, None, s),
        Err(_) => match qualifier(figure) {
            Ok((r, qual)) => {
                let lead = consumed(figure, r);
                let (r2, joiner) = opt(alt((sp, tag("-")))).parse(r).unwrap_or((r, None));
                (r2, lead, Some(qual), joiner.unwrap_or(""))
            }
            Err(_) => (figure, "", None, ""),
        },
    };
    let (rest, currency) = match currency_symbol(rest) {
        Ok((r, _)) => (r, consumed(rest, r)),
        Err(_) => (rest, ""),
    };
    let Ok((after_first, first)) = numeral(rest) else {
        return Written {
            lead,
            lead_qualifier,
            joiner,
            currency,
            number: NumberForm::Other(q.style),
            after: "",
        };
    };
    let first_text = consumed(rest, after_first);
    let (text, n, value, after) = match (q.min, q.max) {
        (Some(_), Some(max)) => match second_figure(after_first) {
            Some((after, text, n)) => (text, n, max, after),
            None => (first_text, first, q.value, after_first),
        },
        _ => (first_text, first, q.value, after_first),
    };
    Written {
        lead,
        lead_qualifier,
        joiner,
        currency,
        number: number_form(text, &n, value),
        after,
    }
}

/// The second figure of a range after the first: "-400", " and $4m",
/// " to 4 million". Returns the text after it, its text and the figure.
fn second_figure(i: &str) -> Option<(&str, &str, Numeral)> {
    let dashes = |c: char| crate::extract::grammar::is_space(c) || matches!(c, '-' | '–' | '—');
    let rest = i.trim_start_matches(dashes);
    let rest = match (alt((kw("and"), kw("to"), kw("through"))), sp).parse(rest) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    let rest = currency_symbol(rest).map_or(rest, |(r, _)| r);
    let (after, n) = numeral(rest).ok()?;
    Some((after, consumed(rest, after), n))
}

/// How the numeral `text` (read as `n`) writes `value`, the claim's
/// value for it.
fn number_form<'a>(text: &'a str, n: &Numeral, value: f64) -> NumberForm<'a> {
    if let Some(restated) = restated_form(text, value) {
        return restated;
    }
    if n.style == NumberStyle::Words {
        let lower = text.to_ascii_lowercase();
        let hyphens = ["-hundred", "-thousand", "-million", "-billion", "-trillion"]
            .iter()
            .any(|w| lower.contains(w));
        return NumberForm::Words {
            scale: n.scale,
            hyphens,
        };
    }
    let Ok((suffix, written)) = digits(text) else {
        return NumberForm::Other(n.style);
    };
    // A scale word after the digits, joined by nothing, a blank or a
    // hyphen; anything else (a fraction, a restatement, "3 hundred and
    // 21") is written afresh.
    let word = suffix.trim_start_matches([' ', '-', '\u{a0}']);
    let joiner_ok = suffix.len() - word.len() <= 1;
    // One scale word, or two that multiply ("27.2 lakh crore").
    let scale_words = word.split(' ').count() <= 2
        && word
            .split(' ')
            .all(|w| w.chars().all(|c| c.is_ascii_alphabetic()));
    if !joiner_ok || !scale_words {
        return NumberForm::Other(n.style);
    }
    let Some((digit_value, _)) = digits_value(written) else {
        return NumberForm::Other(n.style);
    };
    let unit = if digit_value == 0.0 {
        n.scale
    } else {
        value / digit_value
    };
    // The written digits times a power of ten is the claim's value; a
    // smaller unit added after ("3 dollars 50 cents") is not in the figure.
    let exponent = unit.log10();
    if !(unit > 0.0 && (exponent - exponent.round()).abs() < 1e-9) {
        return NumberForm::Other(n.style);
    }
    let unit = 10f64.powi(exponent.round() as i32);
    let (int_part, frac) = written.split_once('.').unwrap_or((written, ""));
    NumberForm::Digits(DigitForm {
        group: int_part.chars().find(|c| !c.is_ascii_digit()),
        // A group of two digits before the last three: "12,34,567".
        indian: int_part
            .rsplit(',')
            .nth(1)
            .is_some_and(|g| g.len() == 2 && int_part.len() > 7),
        int_digits: int_part.chars().filter(char::is_ascii_digit).count(),
        decimals: frac.len(),
        padded: frac.ends_with('0'),
        suffix: Cow::Borrowed(suffix),
        unit,
    })
}

/// "forty-five (45)": each half's form, when both read as one figure.
fn restated_form(text: &str, value: f64) -> Option<NumberForm<'_>> {
    let body = text.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let (head, inner) = (body.get(..open)?, body.get(open + 1..)?);
    let main = head.trim_end();
    let gap = head.get(main.len()..)?;
    let whole = |t: &str| {
        numeral(t)
            .ok()
            .filter(|(rest, _)| rest.is_empty())
            .map(|(_, n)| n)
    };
    let (m, i) = (whole(main)?, whole(inner)?);
    Some(NumberForm::Restated {
        main: Box::new(number_form(main, &m, value)),
        gap,
        inner: Box::new(number_form(inner, &i, value)),
    })
}

/// Scale words as news writes them, by spelling: a figure moves along its
/// own row ("£800m" → "£1.2bn", "3 million" → "2.5 billion").
const SCALE_ROWS: &[&[(&str, f64)]] = &[
    &[
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
    ],
    &[("k", 1e3), ("m", 1e6), ("bn", 1e9), ("tn", 1e12)],
    &[("K", 1e3), ("M", 1e6), ("B", 1e9)],
    &[("mn", 1e6), ("bn", 1e9), ("tn", 1e12)],
    &[("mln", 1e6), ("bln", 1e9), ("tln", 1e12)],
];

/// A figure as a suggestion writes it: the text, the value it reads as,
/// and the precision it is written at.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Shown {
    pub text: String,
    pub value: f64,
    pub precision: f64,
    /// The digit form it was written in, with the scale it took
    /// (`None` for words).
    pub form: Option<DigitForm<'static>>,
    /// Decimal places written.
    pub places: usize,
}

/// `v` written in the digit form `form`.
pub(super) fn digits_in(v: f64, form: &DigitForm<'_>) -> Shown {
    digits_at(v, form, false, 0)
}

/// `v` written in the digit form `form`, keeping its scale when
/// `keep_scale` (both ends of a range in one scale) and with at least
/// `least_places` decimals (both ends at one precision).
pub(super) fn digits_at(
    v: f64,
    form: &DigitForm<'_>,
    keep_scale: bool,
    least_places: usize,
) -> Shown {
    let (suffix, unit) = if keep_scale {
        (form.suffix.clone(), form.unit)
    } else {
        scale_for(v, form)
    };
    let x = v.abs() / unit;
    let max_decimals = if unit > 1.0 {
        if x < 10.0 {
            2
        } else {
            1
        }
    } else {
        2
    }
    .max(form.decimals)
    .max(least_places)
    // Below one, two significant digits at least: "0.0022", not "0.00".
    .max(if x > 0.0 && x < 1.0 {
        (1.0 - x.log10().floor()) as usize
    } else {
        0
    });
    let exact = (0..=max_decimals).find(|&d| (round_to(x, d) - x).abs() <= x.abs() * 1e-12);
    // A figure reads as its value ± half a unit of its last place, half
    // open: a value on that edge (0.145 at two places) takes one more.
    let mut places = exact.unwrap_or(max_decimals);
    while exact.is_none()
        && places < max_decimals + 3
        && (round_to(x, places) - x).abs() >= 0.5 * 10f64.powi(-(places as i32)) * (1.0 - 1e-6)
    {
        places += 1;
    }
    let max_decimals = max_decimals.max(places);
    let rounded = round_to(x, places);
    // No trailing zeros beyond what the claim wrote (0.499 at two places
    // is "0.5", which reads back as the same figure), but trailing zeros
    // the claim wrote stay ("7.50%" → "2.50%") while the
    // figure keeps its size; "71.7B" → "45B", "3.50" → "4,100,000".
    let least = if form.padded && x < 1000.0 {
        form.decimals
    } else {
        0
    }
    .max(least_places);
    let max_decimals = max_decimals.max(least);
    let decimals = (least..=max_decimals)
        .find(|&d| (round_to(rounded, d) - rounded).abs() <= rounded.abs() * 1e-12)
        .unwrap_or(max_decimals);
    let mut body = format!("{rounded:.decimals$}");
    let (int_part, frac) = match body.split_once('.') {
        Some((i, f)) => (i.to_owned(), Some(f.to_owned())),
        None => (body.clone(), None),
    };
    // Separators as written; where the figure showed none, a comma from
    // five digits (four with a scale word: "1,500 million").
    let group = match form.group {
        Some(c) => Some(c),
        None if form.int_digits >= 4 => None,
        None if int_part.len() >= 5 || (unit > 1.0 && int_part.len() >= 4) => Some(','),
        None => None,
    };
    if let Some(sep) = group {
        body = grouped(&int_part, sep, form.indian);
        if let Some(f) = frac {
            body.push('.');
            body.push_str(&f);
        }
    }
    let sign = if v < 0.0 { "-" } else { "" };
    let written_precision = digits_value(&format!("{rounded:.decimals$}")).map_or(1.0, |(_, p)| p);
    Shown {
        text: format!("{sign}{body}{suffix}"),
        value: rounded.copysign(v) * unit,
        precision: written_precision * unit,
        form: Some(DigitForm {
            group: form.group,
            indian: form.indian,
            int_digits: form.int_digits,
            decimals: form.decimals,
            padded: form.padded,
            suffix: Cow::Owned(suffix.into_owned()),
            unit,
        }),
        places: decimals,
    }
}

/// `v` in words when it has a round wording ("nine million"), else in
/// digits with the scale word it was written with ("8.4 million").
pub(super) fn words_in(v: f64, scale: f64, hyphens: bool) -> Shown {
    if let Some(text) = super::words(v) {
        return Shown {
            text: if hyphens {
                text.replace(' ', "-")
            } else {
                text
            },
            value: v,
            precision: integer_precision(v),
            form: None,
            places: 0,
        };
    }
    digits_in(v, &words_as_digits(v, scale, hyphens))
}

/// The digit form a figure written in words takes when its value has no
/// round wording: "8.4 million" for "eight million", "650" for "forty".
pub(super) fn words_as_digits(v: f64, scale: f64, hyphens: bool) -> DigitForm<'static> {
    let million = scale >= 1e6 && v.abs() >= 1e6;
    DigitForm {
        group: None,
        indian: false,
        int_digits: 0,
        decimals: 0,
        padded: false,
        suffix: Cow::Borrowed(match (million, hyphens) {
            (true, true) => "-million",
            (true, false) => " million",
            (false, _) => "",
        }),
        unit: if million { 1e6 } else { 1.0 },
    }
}

/// The scale (suffix as written, and its worth) for `v`: the written one
/// while the figure stays between 1 and 999 of it, else the one of the
/// same spelling that fits, else plain digits below the smallest.
fn scale_for<'a>(v: f64, form: &DigitForm<'a>) -> (Cow<'a, str>, f64) {
    let kept = (form.suffix.clone(), form.unit);
    let x = v.abs() / form.unit;
    if (1.0..1000.0).contains(&x) || form.suffix.is_empty() {
        return kept;
    }
    let word = form.suffix.trim_start_matches([' ', '-', '\u{a0}']);
    let joiner = form
        .suffix
        .get(..form.suffix.len() - word.len())
        .unwrap_or("");
    let capital = word.len() > 3 && word.starts_with(|c: char| c.is_ascii_uppercase());
    let lower = word.to_ascii_lowercase();
    let rows = SCALE_ROWS.iter().filter(|row| {
        row.iter().any(|(w, s)| {
            let same = if w.len() > 3 { lower == *w } else { word == *w };
            // A glued "m" that stands for metres is no scale.
            same && (*s - form.unit).abs() < 1e-9 * s
        })
    });
    // "thousand" and "k" only where the article wrote them: below a
    // million, news writes "$500,000" rather than "$500 thousand".
    let fits = |s: f64| v.abs() >= s && (s >= 1e6 || (s - form.unit).abs() < 1e-9 * s);
    let mut below_all = false;
    for row in rows {
        let Some((w, s)) = row.iter().rev().find(|(_, s)| fits(*s)) else {
            below_all = true;
            continue;
        };
        let w = if capital {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        } else {
            (*w).to_owned()
        };
        let suffix = format!("{joiner}{w}");
        // Only a spelling the grammar reads where it stands: " bn" has no
        // spaced " m" below it, but " mn".
        let reads = numeral(&format!("1{suffix}"))
            .is_ok_and(|(rest, n)| rest.is_empty() && (n.value - s).abs() < 1e-9 * s);
        if reads {
            return (Cow::Owned(suffix), *s);
        }
    }
    if below_all {
        (Cow::Borrowed(""), 1.0)
    } else {
        kept
    }
}

fn round_to(x: f64, decimals: usize) -> f64 {
    let f = 10f64.powi(decimals as i32);
    (x * f).round() / f
}

/// "8000000" grouped by threes with `sep`: "8,000,000".
fn grouped(int_part: &str, sep: char, indian: bool) -> String {
    let n = int_part.len();
    let mut out = String::with_capacity(n + n / 2);
    for (k, c) in int_part.chars().enumerate() {
        let from_end = n - k;
        // Indian: the last three, then by twos ("1,23,45,678").
        let boundary = if indian {
            from_end == 3 || (from_end > 3 && (from_end - 3) % 2 == 0)
        } else {
            from_end % 3 == 0
        };
        if k > 0 && boundary {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claim::Span;

    fn claim(value: f64) -> Quantity {
        Quantity {
            value,
            min: None,
            max: None,
            qualifier: Qualifier::None,
            unit: None,
            precision: 1.0,
            style: NumberStyle::Digits,
            figure: Span::default(),
            modifiers: None,
        }
    }

    fn rewrite(figure: &str, value: f64, new: f64) -> String {
        let w = read(figure, &claim(value));
        let body = match &w.number {
            NumberForm::Digits(d) => digits_in(new, d).text,
            NumberForm::Words { scale, hyphens } => words_in(new, *scale, *hyphens).text,
            NumberForm::Restated { .. } | NumberForm::Other(_) => String::from("?"),
        };
        format!("{}{}{}", w.currency, body, w.after)
    }

    #[test]
    fn currency_scale_and_spelling_stay() {
        assert_eq!(rewrite("US$240m", 240e6, 310e6), "US$310m");
        assert_eq!(rewrite("$412 million", 412e6, 430e6), "$430 million");
        assert_eq!(rewrite("€40m", 40e6, 45.5e6), "€45.5m");
        assert_eq!(rewrite("£3bn", 3e9, 3.25e9), "£3.25bn");
        assert_eq!(rewrite("EUR 40 million", 40e6, 41e6), "EUR 41 million");
        assert_eq!(rewrite("$2-million", 2e6, 3e6), "$3-million");
        assert_eq!(rewrite("30", 30e6, 35e6), "35");
        // Indian scales, alone or multiplied.
        assert_eq!(rewrite("Rs 57.46 crore", 574.6e6, 600e6), "Rs 60 crore");
        assert_eq!(
            rewrite("Rs 27.2 lakh crore", 2.72e13, 2.8e13),
            "Rs 28 lakh crore"
        );
        // Subunits stay subunits: "11 cents" is $0.11.
        assert_eq!(rewrite("11", 0.11, 0.12), "12");
        assert_eq!(rewrite("8.1", 0.081, 0.095), "9.5");
    }

    #[test]
    fn a_scale_moves_along_its_own_spelling() {
        assert_eq!(rewrite("£800m", 800e6, 1.2e9), "£1.2bn");
        assert_eq!(rewrite("$3 billion", 3e9, 800e6), "$800 million");
        assert_eq!(rewrite("$2 Million", 2e6, 2.5e9), "$2.5 Billion");
        assert_eq!(rewrite("$2-million", 2e6, 500_000.0), "$500,000");
        assert_eq!(rewrite("$11 bn", 11e9, 22e6), "$22 mn");
        // Metres are no scale: "3m" stays "…m".
        assert_eq!(rewrite("3m", 3.0, 4000.0), "4000m");
    }

    #[test]
    fn separators_as_written() {
        assert_eq!(rewrite("8,000,000", 8e6, 9_250_000.0), "9,250,000");
        assert_eq!(rewrite("8000000", 8e6, 9_250_000.0), "9250000");
        assert_eq!(rewrite("8 000 000", 8e6, 9_250_000.0), "9 250 000");
        assert_eq!(rewrite("12,34,567", 1_234_567.0, 2_345_678.0), "23,45,678");
        assert_eq!(rewrite("1,23,45,678", 12_345_678.0, 123_456.0), "1,23,456");
        assert_eq!(rewrite("800", 800.0, 1500.0), "1500");
        assert_eq!(rewrite("800", 800.0, 15_000.0), "15,000");
        assert_eq!(rewrite("7.5", 7.5, 7.85), "7.85");
        assert_eq!(rewrite("1.8", 1.8, 0.499), "0.5");
        assert_eq!(rewrite("1.80", 1.8, 2.5), "2.50");
        assert_eq!(rewrite("48.2", 48.2, 0.145), "0.145");
        assert_eq!(rewrite("1.1", 1.1, 0.0022), "0.0022");
        assert_eq!(rewrite("3.50", 3.5, 4.1e6), "4,100,000");
        assert_eq!(rewrite("$71.7B", 71.7e9, 45e9), "$45B");
    }

    #[test]
    fn words_where_they_read_well() {
        assert_eq!(rewrite("eight million", 8e6, 9e6), "nine million");
        assert_eq!(rewrite("eight million", 8e6, 8.4e6), "8.4 million");
        assert_eq!(rewrite("forty", 40.0, 42.0), "forty-two");
        assert_eq!(rewrite("forty", 40.0, 650.0), "650");
        assert_eq!(rewrite("two-million", 2e6, 3e6), "three-million");
        assert_eq!(rewrite("two-million", 2e6, 3.5e6), "3.5-million");
    }
}
