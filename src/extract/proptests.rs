//! Property tests: no grammar panics on any input, and every claim span
//! cuts the source at character boundaries.

use proptest::prelude::*;

use crate::document::{Document, Format};
use crate::extract::{date, duration, extract, number, quantity};

/// Text built from news-like fragments and arbitrary characters.
pub(crate) fn newsish() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("nearly eight million people ".to_owned()),
        Just("over 800 units ".to_owned()),
        Just("on Monday ".to_owned()),
        Just("by June 2022 ".to_owned()),
        Just("in the fall of 2021. ".to_owned()),
        Just("after two years….".to_owned()),
        Just("“Dec. 5, 2019,” ".to_owned()),
        Just("two hundred and ".to_owned()),
        Just("$1.2 million ".to_owned()),
        Just("12% ".to_owned()),
        Just("2021-06-29 ".to_owned()),
        Just("100元 ".to_owned()),
        Just("100,000 ரூ ".to_owned()),
        Just("120 μg per ".to_owned()),
        Just("20 (kg".to_owned()),
        Just("3 dollars 50 ".to_owned()),
        Just("us $ ".to_owned()),
        Just("800-strong ".to_owned()),
        Just("500 or more ".to_owned()),
        Just("\n\n".to_owned()),
        "\\PC{0,12}",
        "[0-9,. ]{0,10}",
    ];
    prop::collection::vec(fragment, 0..24).prop_map(|v| v.concat())
}

/// English words for a whole number below 10^13, for the round trip:
/// "two hundred and fifty thousand", "thirty-five".
fn to_words(n: u64) -> String {
    const SMALL: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 10] = [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    fn below_thousand(n: u64, out: &mut Vec<String>, and: bool) {
        let (h, r) = (n / 100, n % 100);
        if h > 0 {
            out.push(format!("{} hundred", SMALL[h as usize]));
        }
        if r > 0 {
            if h > 0 && and {
                out.push("and".to_owned());
            }
            if r < 20 {
                out.push(SMALL[r as usize].to_owned());
            } else if r % 10 == 0 {
                out.push(TENS[(r / 10) as usize].to_owned());
            } else {
                out.push(format!(
                    "{}-{}",
                    TENS[(r / 10) as usize],
                    SMALL[(r % 10) as usize]
                ));
            }
        }
    }
    if n == 0 {
        return "zero".to_owned();
    }
    let mut out = Vec::new();
    let mut rest = n;
    for (scale, name) in [
        (1_000_000_000_000, "trillion"),
        (1_000_000_000, "billion"),
        (1_000_000, "million"),
        (1_000, "thousand"),
    ] {
        if rest >= scale {
            below_thousand(rest / scale, &mut out, true);
            out.push(name.to_owned());
            rest %= scale;
        }
    }
    if rest > 0 {
        if n >= 1000 && rest < 100 {
            out.push("and".to_owned());
        }
        below_thousand(rest, &mut out, true);
    }
    out.join(" ")
}

/// Digits grouped by `sep` every three places.
fn grouped(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// Digits grouped the Indian way: the last three, then pairs
/// ("12,34,567").
fn indian(n: u64) -> String {
    let digits = n.to_string();
    let len = digits.len();
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        let left = len - k;
        if k > 0 && left >= 3 && (left == 3 || (left - 3) % 2 == 0) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn words_helper_writes_english() {
    assert_eq!(indian(1_234_567), "12,34,567");
    assert_eq!(indian(123), "123");
    assert_eq!(to_words(250_000), "two hundred and fifty thousand");
    assert_eq!(to_words(35), "thirty-five");
    assert_eq!(to_words(1_000_001), "one million and one");
    assert_eq!(grouped(8_000_000, ','), "8,000,000");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn integers_parse_back(n in 0u64..=1_000_000_000_000u64) {
        let want = n as f64;
        for text in [n.to_string(), grouped(n, ','), grouped(n, ' '), grouped(n, '\u{202f}'), indian(n), to_words(n)] {
            let got = number::parse_figure(&text).map(|(v, _)| v);
            prop_assert_eq!(got, Some(want), "{}", text);
        }
    }

    #[test]
    fn digits_with_hundred_parse_back(h in 1u64..=9, r in 1u64..=99, t in 0u64..=999) {
        let text = format!("{h} hundred and {r}");
        prop_assert_eq!(number::parse_figure(&text).map(|(v, _)| v), Some((h * 100 + r) as f64), "{}", text);
        if t > 0 {
            let text = format!("{t} thousand {h} hundred and {r}");
            prop_assert_eq!(number::parse_figure(&text).map(|(v, _)| v), Some((t * 1000 + h * 100 + r) as f64), "{}", text);
        }
    }

    #[test]
    fn grammars_never_panic(s in "\\PC{0,40}") {
        let _ = number::numeral(&s);
        let _ = quantity::quantity(&s);
        let _ = date::date_claim(&s);
        let _ = duration::duration(&s);
        let _ = number::parse_figure(&s);
        let _ = date::parse_full_date(&s);
    }

    #[test]
    fn spans_cut_at_char_boundaries(s in newsish(), md in any::<bool>()) {
        let format = if md { Format::Markdown } else { Format::Text };
        let doc = Document::from_text("p", s.clone(), format, chrono::NaiveDate::from_ymd_opt(2021, 6, 29), vec![]);
        for claim in extract(&doc) {
            prop_assert!(s.is_char_boundary(claim.span.start));
            prop_assert!(s.is_char_boundary(claim.span.end));
            prop_assert!(claim.span.start < claim.span.end);
            let _ = doc.position(claim.span.end);
        }
        for sentence in &doc.sentences {
            prop_assert!(s.is_char_boundary(sentence.span.start) && s.is_char_boundary(sentence.span.end));
        }
    }

    /// The first-byte index of a phrase table answers as the plain scan,
    /// on text opening with the tables' own words and on arbitrary text.
    #[test]
    fn indexed_phrase_tables_answer_as_the_scan(s in "\\PC{0,12}", pick in 0usize..1000, upper in any::<bool>()) {
        use crate::extract::grammar::{phrase_from, phrase_from_in, FirstBytes};
        use crate::extract::lexicon::{CURRENCY_WORDS, PART_WORDS, POSTFIX_QUALIFIERS, QUALIFIERS, RELATIONS};
        fn check<T: Copy + PartialEq + std::fmt::Debug>(table: &[(&str, T)], text: &str) -> Result<(), TestCaseError> {
            let index = FirstBytes::of(table.iter().map(|e| e.0));
            prop_assert_eq!(phrase_from(text, table), phrase_from_in(text, table, &index), "{:?}", text);
            Ok(())
        }
        let words: Vec<&str> = QUALIFIERS.iter().map(|e| e.0).chain(CURRENCY_WORDS.iter().map(|e| e.0)).chain(RELATIONS.iter().map(|e| e.0)).collect();
        let word = words.get(pick % words.len()).copied().unwrap_or("");
        let word = if upper { word.to_uppercase() } else { word.to_owned() };
        // The index looks a text's first word up whole: also the word cut
        // short, run on into letters, a digit or a non-ASCII letter.
        let first = word.split(' ').next().unwrap_or("");
        let short = first.get(..first.len().saturating_sub(1)).unwrap_or("");
        for text in [
            s.clone(),
            format!("{word}{s}"),
            format!("{word} {s}"),
            format!("{first}{s}"),
            format!("{short} {s}"),
            format!("{first}x {s}"),
            format!("{first}2 {s}"),
            format!("{first}é {s}"),
            format!("{first}-{s}"),
        ] {
            check(QUALIFIERS, &text)?;
            check(POSTFIX_QUALIFIERS, &text)?;
            check(CURRENCY_WORDS, &text)?;
            check(RELATIONS, &text)?;
            check(PART_WORDS, &text)?;
        }
    }

    /// A whole word compared by the key of the text's first word answers
    /// as `kw` reading the text, for the words the grammars compare so
    /// (and one as long as a key holds), on text opening with the word in
    /// any case, cut short, run on into letters, a digit or a non-ASCII
    /// letter, on a Kelvin sign, and on arbitrary text.
    #[test]
    fn words_by_key_answer_as_kw(s in "\\PC{0,8}", pick in 0usize..1000, upper in any::<bool>()) {
        use crate::extract::grammar::{first_word_key, kw, kw_keyed};
        use crate::extract::lex::keys;
        use nom::Parser;
        const WORDS: &[&str] = &["in", "between", "from", "all", "another", "a", "an", "after", "for", "over", "within", "lasting", "lasted", "abcdefghijklmno"];
        let word = WORDS.get(pick % WORDS.len()).copied().unwrap_or("a");
        let written = if upper { word.to_uppercase() } else { word.to_owned() };
        let short = written.get(..written.len().saturating_sub(1)).unwrap_or("");
        for text in [
            s.clone(),
            format!("{written}{s}"),
            format!("{written} {s}"),
            format!("{short}{s}"),
            format!("{written}x{s}"),
            format!("{written}2{s}"),
            format!("{written}\u{e9}{s}"),
            format!("\u{212a}{s}"),
            format!("{written}-{s}"),
        ] {
            let by_key = kw_keyed(&text, first_word_key(&text), keys::key(word), word);
            prop_assert_eq!(by_key.ok(), kw(word).parse(&text).ok(), "{:?}", text);
        }
    }
}
