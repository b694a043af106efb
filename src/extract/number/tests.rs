//! Tests of `number`.

use super::*;

fn fig(s: &str) -> (f64, f64) {
    parse_figure(s).unwrap_or_else(|| panic!("no figure in {s:?}"))
}

#[test]
fn digits_with_separators_and_decimals() {
    assert_eq!(fig("800"), (800.0, 100.0));
    assert_eq!(fig("812"), (812.0, 1.0));
    assert_eq!(fig("8,000,000"), (8e6, 1e6));
    assert_eq!(fig("3.25"), (3.25, 0.01));
    assert_eq!(fig("0"), (0.0, 1.0));
    assert!(parse_figure("1,23").is_none());
    assert!(parse_figure("12345,678").is_none());
}

#[test]
fn digits_with_scale_words() {
    assert_eq!(fig("8.5 million"), (8.5e6, 1e5));
    let (v, p) = fig("7.7 million");
    assert!((v - 7.7e6).abs() < 1e-6 && (p - 1e5).abs() < 1e-6);
    assert_eq!(fig("2 billion"), (2e9, 1e9));
}

#[test]
fn number_words() {
    assert_eq!(fig("eight million"), (8e6, 1e6));
    assert_eq!(fig("two"), (2.0, 1.0));
    assert_eq!(fig("thirty-five"), (35.0, 1.0));
    assert_eq!(fig("two hundred and fifty thousand"), (250_000.0, 10_000.0));
    assert_eq!(fig("a hundred"), (100.0, 100.0));
    assert_eq!(
        fig("one million two hundred thousand"),
        (1_200_000.0, 100_000.0)
    );
    assert_eq!(fig("a hundred thousand"), (100_000.0, 100_000.0));
    assert_eq!(fig("nineteen"), (19.0, 1.0));
}

#[test]
fn and_only_joins_within_a_number() {
    // "two and three" is two numbers, not five.
    let (rest, n) = numeral("two and three").unwrap();
    assert_eq!((n.value, rest), (2.0, " and three"));
    let (rest, n) = numeral("five six").unwrap();
    assert_eq!((n.value, rest), (5.0, " six"));
}

#[test]
fn fractions_after_and_add_to_the_scale() {
    assert_eq!(fig("two million and one half").0, 2_500_000.0);
    assert_eq!(fig("two million and three fifths").0, 2_600_000.0);
    assert_eq!(fig("one hundred and three quarters").0, 100.75);
    // An improper fraction takes the whole number as its numerator.
    assert_eq!(fig("one hundred and thirty fifths").0, 26.0);
    assert_eq!(fig("one billion and a half million").0, 1_000_500_000.0);
    assert_eq!(fig("three hundred and two dozens").0, 324.0);
    assert_eq!(fig("two hundred dozen").0, 2400.0);
    assert_eq!(fig("a dozen of").0, 12.0);
    // A compound joined by hyphens: "four-and-a-half years".
    assert_eq!(fig("four-and-a-half").0, 4.5);
    assert_eq!(fig("two-and-three-quarters").0, 2.75);
    assert!(parse_figure("six-and-a").is_none());
    assert!(parse_figure("six-and a half").is_none());
}

#[test]
fn decimals_in_words_before_a_scale() {
    assert_eq!(fig("two point two million").0, 2_200_000.0);
    assert_eq!(fig("one point five").0, 1.5);
}

#[test]
fn digits_with_hundred_and_parts() {
    assert_eq!(fig("3 hundred and 21").0, 321.0);
    assert_eq!(fig("4 thousand 3 hundred and 21").0, 4321.0);
    assert_eq!(fig("6 crore and two hundred").0, 60_000_200.0);
    assert_eq!(fig("322 hundred").0, 32_200.0);
    // Two figures: the part after "and" is not smaller than the scale.
    let (rest, n) = numeral("3 hundred and 2 hundred").unwrap();
    assert_eq!((n.value, rest), (300.0, " and 2 hundred"));
    let (rest, n) = numeral("5 million 300 people").unwrap();
    assert_eq!((n.value, rest), (5e6, " 300 people"));
}

#[test]
fn indian_grouping_and_abbreviations() {
    assert_eq!(fig("12,34,567.89").0, 1_234_567.89);
    assert_eq!(
        fig("three cr twelve lac fifty-six thousand seven hundred twenty-one").0,
        31_256_721.0
    );
    assert_eq!(fig("fifty - two").0, 52.0);
    assert_eq!(fig("2.33 k").0, 2330.0);
}

#[test]
fn an_ordinal_in_a_compound_is_no_denominator() {
    let (rest, n) = numeral("two fourth-quarter passes").unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((n.value, rest), (2.0, " fourth-quarter passes"));
    assert_eq!(fig("two fourths").0, 0.5);
    assert_eq!(fig("a fourth").0, 0.25);
}

#[test]
fn a_larger_scale_after_a_scale_multiplies() {
    // Indian budgets: a lakh crore is 10^12.
    assert_eq!(fig("27.2 lakh crore").0, 2.72e13);
    assert_eq!(fig("2 thousand crore").0, 2e10);
    assert_eq!(fig("3 hundred million").0, 3e8);
    // A smaller scale after a larger one is no product.
    let (rest, n) = numeral("2 crore lakh").unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((n.value, rest), (2e7, " lakh"));
    let (rest, n) = numeral("1.5 lakh crore crore").unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((n.value, rest), (1.5e12, " crore"));
}

#[test]
fn words_need_word_boundaries() {
    assert!(numeral("tenth").is_err());
    assert!(numeral("someone").is_err());
    assert!(numeral("a lot").is_err());
}

/// The shortcuts for plain digits read what the full grammar reads.
#[test]
fn plain_digit_shortcuts_agree_with_the_full_readings() {
    let cases = [
        "",
        "0",
        "7",
        "800",
        "8000 troops",
        "2022.",
        "2022,",
        "1,234",
        "1 234",
        "12 people",
        "1\u{a0}234",
        "40\u{202f}000",
        "3.5",
        "3.",
        ".25",
        "12,34,567",
        "1,2345",
        "007",
        "123456789012345",
        "1234567890123456",
        "99999999999999999999",
        "5%",
        "5-6",
        "10k",
        "2021-06-29",
        "1990s",
        "12ème",
        "100\u{2009}000",
        "120",
        "1000000",
        "2019 people",
        "12 000 people",
        "12 of",
        "1234 567",
        "123 4567",
        "1 2",
        "5 ",
        "5  000",
    ];
    for i in cases {
        assert_eq!(digits(i), digits_any(i), "{i:?}");
        if let Ok((_, text)) = digits_any(i) {
            assert_eq!(digits_value(text), digits_value_any(text), "{text:?}");
        }
        assert_eq!(digits_value(i), digits_value_any(i), "{i:?}");
    }
}

proptest::proptest! {
    #[test]
    fn plain_digit_shortcuts_agree_on_any_figure(i in "[0-9]{0,18}[0-9,. %\u{a0}\u{2009}x-]{0,3}[0-9]{0,4}") {
        proptest::prop_assert_eq!(digits(&i), digits_any(&i));
        proptest::prop_assert_eq!(digits_value(&i), digits_value_any(&i));
    }
}

#[test]
fn indian_grouping_with_a_stray_blank_is_read_whole() {
    let (rest, n) = numeral("3,16, 731 crore").unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((n.value, rest), (3.16731e12, ""));
    // A whole figure, a list, Western groups: the blank ends the figure.
    let (rest, n) = numeral("2,86,598, 731 more").unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((n.value, rest), (286_598.0, ", 731 more"));
    assert!(numeral("3, 16, 731").is_ok_and(|(r, n)| n.value == 3.0 && r == ", 16, 731"));
    let (rest, n) = numeral("1,250, 300 others").unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!((n.value, rest), (1250.0, ", 300 others"));
}

#[test]
fn opening_words_pack() {
    // Every word that opens a figure in words has a key, so that the set
    // of keys misses none of them.
    for w in WORD_FIGURE_LEADS
        .iter()
        .copied()
        .chain(SMALL_NUMBERS.iter().map(|e| e.0))
        .chain(ZERO_WORDS.iter().map(|e| e.0))
        .chain(TENS.iter().map(|e| e.0))
    {
        assert!(
            crate::extract::lex::keys::pack(w.as_bytes(), true).is_some(),
            "{w}"
        );
        for written in [
            w.to_owned(),
            w.to_uppercase(),
            format!("{w} x"),
            format!("{w}-y"),
        ] {
            assert!(may_start_word_figure(&written), "{written:?}");
        }
        assert!(!may_start_word_figure(&format!("{w}x")), "{w}x");
    }
    for text in [
        "",
        "5",
        "halfway",
        "twentyone",
        "anx",
        "the two",
        "ninetyninety",
    ] {
        assert!(!may_start_word_figure(text), "{text:?}");
    }
}

#[test]
fn a_stray_blank_after_a_thousands_comma() {
    let read = |s: &str| numeral(s).ok().map(|(r, n)| (n.value, s.len() - r.len()));
    assert_eq!(read("40, 849 cases"), Some((40849.0, 7)));
    assert_eq!(read("1, 250.5 tonnes"), Some((1250.5, 8)));
    // A list: each figure stands alone.
    assert_eq!(read("40, 50 and 60"), Some((40.0, 2)));
    assert_eq!(read("10, 200 and 300"), Some((10.0, 2)));
    assert_eq!(read("10, 200, 300"), Some((10.0, 2)));
    assert_eq!(read("10, 200-300"), Some((10.0, 2)));
    // A year after a comma is no group of three.
    assert_eq!(read("3, 2019"), Some((3.0, 1)));
    assert_eq!(read("3, 20 people"), Some((3.0, 1)));
    // Nothing counted after the group: the end of a list.
    assert_eq!(read("234, 567"), Some((234.0, 3)));
}
