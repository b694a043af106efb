//! Quantities: a qualifier, a figure and what it counts —
//! "nearly eight million people", "over 800 units", "$1.2 million", "12%".

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::opt;
use nom::sequence::terminated;
use nom::Parser;

use crate::extract::claim::{NumberStyle, Qualifier};
use crate::extract::grammar::{alpha_word, consumed, phrase, phrase_from, sp, Res};
use crate::extract::lexicon::{
    lookup, CURRENCY_SYMBOLS, CURRENCY_WORDS, NOT_NOUNS, QUALIFIERS, SKIPPABLE_ADJECTIVES,
};
use crate::extract::number::{numeral, Numeral};

/// A quantity as the grammar reads it; offsets are relative to its input.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedQuantity {
    pub qualifier: Qualifier,
    pub numeral: Numeral,
    pub unit: Option<String>,
    /// Bytes of the qualifier and figure ("over 800").
    pub figure_len: usize,
    /// Bytes of the whole claim, with the counted noun.
    pub len: usize,
}

/// A qualifier phrase: "nearly", "more than", "no fewer than" …
pub fn qualifier(i: &str) -> Res<'_, Qualifier> {
    let (rest, (q, _)) = phrase_from(i, QUALIFIERS)?;
    Ok((rest, q))
}

/// A currency symbol before a figure: "$", "US$", "€", "£".
pub fn currency_symbol(i: &str) -> Res<'_, &'static str> {
    for (sym, code) in CURRENCY_SYMBOLS {
        if let Ok((rest, _)) = tag::<_, _, nom::error::Error<&str>>(*sym).parse(i) {
            return Ok((rest, code));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// "%", "percent", "per cent" after a figure.
pub fn percent(i: &str) -> Res<'_, &str> {
    alt((tag("%"), |i| {
        let (rest, _) = opt(sp).parse(i)?;
        alt((|i| phrase(i, "per cent"), |i| phrase(i, "percent"))).parse(rest)
    }))
    .parse(i)
}

/// The counted noun after a figure, skipping a capitalised adjective or a
/// common one ("800 Italian troops", "800 more troops"). Returns the noun and
/// the input after it.
pub fn counted_noun(i: &str) -> Res<'_, &str> {
    let (rest, _) = sp(i)?;
    let (after, word) = alpha_word(rest)?;
    let lower = word.to_lowercase();
    let err = || nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Alpha));
    if NOT_NOUNS.contains(&lower.as_str()) && !SKIPPABLE_ADJECTIVES.contains(&lower.as_str()) {
        return Err(err());
    }
    let capitalised = word.starts_with(char::is_uppercase);
    if capitalised || SKIPPABLE_ADJECTIVES.contains(&lower.as_str()) {
        // An adjective only if a lowercase noun follows.
        if let Ok((after2, noun)) = (sp, alpha_word).parse(after).map(|(r, (_, n))| (r, n)) {
            let nl = noun.to_lowercase();
            if noun.starts_with(char::is_lowercase) && !NOT_NOUNS.contains(&nl.as_str()) {
                return Ok((after2, noun));
            }
        }
        if capitalised || NOT_NOUNS.contains(&lower.as_str()) {
            return Err(err());
        }
    }
    Ok((after, word))
}

/// A whole quantity claim.
pub fn quantity(i: &str) -> Res<'_, ParsedQuantity> {
    let (rest, q) = opt(terminated(qualifier, opt(sp))).parse(i)?;
    let (rest, symbol) = opt(currency_symbol).parse(rest)?;
    let (rest, n) = numeral(rest)?;
    let figure_end = rest;
    let (rest, unit) = if let Some(code) = symbol {
        (rest, Some(code.to_owned()))
    } else if let Ok((r, _)) = percent(rest) {
        (r, Some("percent".to_owned()))
    } else if let Ok((r, (_, w))) = (sp, alpha_word).parse(rest) {
        if let Some(code) = lookup(CURRENCY_WORDS, w) {
            (r, Some(code.to_owned()))
        } else {
            match counted_noun(rest) {
                Ok((r, noun)) => (r, Some(noun.to_owned())),
                Err(_) => (rest, None),
            }
        }
    } else {
        (rest, None)
    };
    // "one of", "one" alone: the pronoun, not a figure.
    if n.style == NumberStyle::Words && n.value == 1.0 && unit.is_none() && q.is_none() {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Verify,
        )));
    }
    Ok((
        rest,
        ParsedQuantity {
            qualifier: q.unwrap_or(Qualifier::None),
            numeral: n,
            unit,
            figure_len: consumed(i, figure_end).len(),
            len: consumed(i, rest).len(),
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(s: &str) -> ParsedQuantity {
        quantity(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}")).1
    }

    #[test]
    fn seed_quantities() {
        let p = q("nearly eight million people have been freed");
        assert_eq!(p.qualifier, Qualifier::Nearly);
        assert_eq!(p.numeral.value, 8e6);
        assert_eq!(p.unit.as_deref(), Some("people"));
        assert_eq!(p.len, "nearly eight million people".len());
        let p = q("over 800 units between Iraq and Kuwait");
        assert_eq!((p.qualifier, p.numeral.value), (Qualifier::Over, 800.0));
        assert_eq!(p.unit.as_deref(), Some("units"));
        assert_eq!(p.figure_len, "over 800".len());
    }

    #[test]
    fn qualifier_families() {
        assert_eq!(q("more than 5 cars").qualifier, Qualifier::Over);
        assert_eq!(q("at least 5 cars").qualifier, Qualifier::AtLeast);
        assert_eq!(q("Fewer than 5 cars").qualifier, Qualifier::Under);
        assert_eq!(q("up to 5 cars").qualifier, Qualifier::UpTo);
        assert_eq!(q("some 25,000 people").qualifier, Qualifier::About);
        assert_eq!(q("exactly 5 cars").qualifier, Qualifier::Exactly);
        assert_eq!(q("5 cars").qualifier, Qualifier::None);
    }

    #[test]
    fn units() {
        assert_eq!(q("12% of").unit.as_deref(), Some("percent"));
        assert_eq!(q("3.9 per cent").unit.as_deref(), Some("percent"));
        assert_eq!(q("$1.2 million for").unit.as_deref(), Some("USD"));
        assert_eq!(q("40 euros").unit.as_deref(), Some("EUR"));
        assert_eq!(q("800 Italian troops").unit.as_deref(), Some("troops"));
        assert_eq!(q("800 more troops").unit.as_deref(), Some("troops"));
        assert_eq!(q("800 in Rome").unit, None);
        assert_eq!(q("800 Italians").unit, None);
    }

    #[test]
    fn lone_one_is_a_pronoun() {
        assert!(quantity("one of them").is_err());
        assert!(quantity("one soldier").is_ok());
    }
}
