//! Durations with their qualifier, range and "ago", the figure a fix
//! rewrites, and "in N years" looked back over. Written for these tests;
//! kept out of `duration.rs`, whose string literals are the date gate's
//! vocabulary.

use super::*;
use DurationUnit::{Day, Month, Week, Year};

/// The duration read at the start of `text`: value, unit, qualifier,
/// range, ago, and the claim's text.
fn read(text: &str) -> (f64, DurationUnit, Qualifier, Option<(f64, f64)>, bool, &str) {
    let (_, (d, len)) = duration(text).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
    let range = d.min.zip(d.max);
    (d.value, d.unit, d.qualifier, range, d.ago, &text[..len])
}

fn figure(text: &str) -> Option<&str> {
    let (_, (d, _)) = duration(text).unwrap();
    d.figure.map(|f| &text[f.start..f.end])
}

#[test]
fn a_count_of_time_keeps_its_qualifier() {
    use Qualifier::{About, AtLeast, Nearly, Over, Under, UpTo};
    let bare = Qualifier::None;
    let cases: &[(&str, f64, DurationUnit, Qualifier, &str)] = &[
        (
            "more than 14 years in office",
            14.0,
            Year,
            Over,
            "more than 14 years",
        ),
        (
            "at least five years.",
            5.0,
            Year,
            AtLeast,
            "at least five years",
        ),
        ("up to 20 years in jail", 20.0, Year, UpTo, "up to 20 years"),
        (
            "almost three years later",
            3.0,
            Year,
            Nearly,
            "almost three years",
        ),
        ("nearly 18 months", 18.0, Month, Nearly, "nearly 18 months"),
        ("less than two days", 2.0, Day, Under, "less than two days"),
        ("about nine months", 9.0, Month, About, "about nine months"),
        ("roughly a week", 1.0, Week, About, "roughly a week"),
        ("some 40 years", 40.0, Year, About, "some 40 years"),
        (
            "a minimum of six months",
            6.0,
            Month,
            AtLeast,
            "a minimum of six months",
        ),
        ("more than a decade", 10.0, Year, Over, "more than a decade"),
        (
            "for more than 14 years",
            14.0,
            Year,
            Over,
            "for more than 14 years",
        ),
        (
            "four straight years",
            4.0,
            Year,
            bare,
            "four straight years",
        ),
        ("two consecutive seasons", 0.0, Year, bare, ""),
        (
            "five years or more",
            5.0,
            Year,
            AtLeast,
            "five years or more",
        ),
        ("a century", 100.0, Year, bare, "a century"),
    ];
    for &(text, value, unit, q, claim) in cases {
        if claim.is_empty() {
            assert!(duration(text).is_err(), "{text}");
            continue;
        }
        let got = read(text);
        assert_eq!(
            (got.0, got.1, got.2, got.3, got.5),
            (value, unit, q, None, claim),
            "{text}"
        );
    }
    // "past" belongs to the dates ("the past three days").
    assert!(duration("past three days").is_err());
    assert!(duration("for a fifth week").is_err());
    // An age.
    assert!(duration("more than thirty years old").is_err());
    // "over" alone is a span ("over three years of talks"), not a hedge.
    assert_eq!(read("over three years").2, Qualifier::None);
}

#[test]
fn a_range_of_time_is_one_duration() {
    let (value, unit, q, range, _, text) = read("12 to 20 years in prison");
    assert_eq!(
        (value, unit, q, range, text),
        (
            12.0,
            Year,
            Qualifier::Between,
            Some((12.0, 20.0)),
            "12 to 20 years"
        )
    );
    let got = read("a minimum of 2 to 4 years");
    assert_eq!((got.2, got.3), (Qualifier::Between, Some((2.0, 4.0))));
    let got = read("between three and five weeks");
    assert_eq!((got.1, got.3), (Week, Some((3.0, 5.0))));
    let got = read("6-9 months");
    assert_eq!(
        (got.1, got.3, got.5),
        (Month, Some((6.0, 9.0)), "6-9 months")
    );
    // A lower end with units of its own, in the upper end's unit.
    let got = read("6 years, 6 months to 15 years");
    assert_eq!((got.1, got.3), (Year, Some((6.5, 15.0))));
    assert_eq!(got.5, "6 years, 6 months to 15 years");
    let got = read("10 days to 3 weeks");
    let (lo, hi) = got.3.unwrap();
    assert!((lo - 10.0 / 7.0).abs() < 1e-9 && hi == 3.0, "{lo} {hi}");
    // Units with no exact factor, or a lower end above the upper: no range.
    assert_eq!(read("3 months to 10 days").3, None);
    assert!(duration("9 to 3 years").is_err());
    assert!(duration("between three and five").is_err());
    // After "from", two figures of a change.
    assert!(duration_in("cut the term from ", "10 to 15 years").is_err());
}

#[test]
fn far_back_in_time_is_a_length() {
    let got = read("about 200,000 years ago, when");
    assert_eq!(
        (got.0, got.2, got.4, got.5),
        (200_000.0, Qualifier::About, true, "about 200,000 years ago")
    );
    let got = read("at least 50,000 years ago");
    assert_eq!((got.2, got.4), (Qualifier::AtLeast, true));
    let got = read("over 90,000 years ago");
    assert_eq!(
        (got.2, got.4, got.5),
        (Qualifier::Over, true, "over 90,000 years ago")
    );
    let got = read("250 million years ago");
    assert_eq!((got.0, got.4), (250e6, true));
    let got = read("12,000 years ago");
    assert_eq!((got.0, got.2, got.4), (12_000.0, Qualifier::None, true));
    // Near enough for a calendar: the date grammar's.
    assert!(duration("three years ago").is_err());
    assert!(duration("about 20 years ago").is_err());
    assert!(duration("900 years ago").is_err());
    assert!(duration("5,000 days ago").is_err());
}

#[test]
fn in_a_count_of_time_after_a_first_or_a_superlative_looks_back() {
    fn back<'a>(before: &str, text: &'a str) -> Option<(f64, Qualifier, &'a str, bool)> {
        duration_in(before, text)
            .ok()
            .map(|(_, (d, len, first))| (d.value, d.qualifier, &text[..len], first))
    }
    assert_eq!(
        back("Rates hit their highest level ", "in 15 years."),
        Some((15.0, Qualifier::None, "in 15 years", true))
    );
    assert_eq!(
        back("It won for the first time ", "in more than a decade"),
        Some((10.0, Qualifier::Over, "in more than a decade", true))
    );
    assert_eq!(
        back("the first budget surplus ", "in nine years"),
        Some((9.0, Qualifier::None, "in nine years", true))
    );
    // A date elsewhere: "in 12 years" from now, or a clause apart.
    assert_eq!(back("The loan is repaid ", "in 12 years"), None);
    // Told in the past, "in 12 years" cannot lie ahead: the length the
    // deed took.
    assert_eq!(
        back("It came first, and was repaid ", "in 12 years"),
        Some((12.0, Qualifier::None, "in 12 years", true))
    );
    assert_eq!(back("The first trains will run ", "in two years"), None);
    assert_eq!(
        back("The first of the new ferries sail ", "in a year"),
        None
    );
    // A short relative infinitive after the graded noun still looks back;
    // a verb's helper, or an infinitive far from the noun, does not.
    assert_eq!(
        back("the strongest storm to hit the coast ", "in 14 years"),
        Some((14.0, Qualifier::None, "in 14 years", true))
    );
    assert_eq!(
        back("the first side to win it ", "in a decade"),
        Some((10.0, Qualifier::None, "in a decade", true))
    );
    assert_eq!(
        back("The first trains are due to run ", "in two years"),
        None
    );
    assert_eq!(
        back("The first plan was to build homes ", "in five years"),
        None
    );
    assert_eq!(
        back(
            "the first ward wants the council to repair the bridge ",
            "in two years"
        ),
        None
    );
    assert!(looks_back("the worst floods "));
    assert!(!looks_back("the worst of it, and the town rebuilt "));
    assert!(looks_back("its lowest inflation rate "));
    // Only the end of a long clause is read.
    let long = format!("{} the first surplus ", "é word ".repeat(100_000));
    assert!(looks_back(&long));
    assert!(!looks_back(&"é word ".repeat(100_000)));
}

#[test]
fn a_count_joined_to_its_unit_measures_the_noun() {
    let got = read("22-year reign");
    assert_eq!((got.0, got.1, got.5), (22.0, Year, "22-year"));
    let got = read("90-day window");
    assert_eq!((got.0, got.1, got.5), (90.0, Day, "90-day"));
    let got = read("three-month pause");
    assert_eq!((got.0, got.1, got.5), (3.0, Month, "three-month"));
    // An age, a unit shorter than a day, a plural, nothing after.
    assert!(duration("22-year-old").is_err());
    assert!(duration("90-minute match").is_err());
    assert!(duration("22-years reign").is_err());
    assert!(duration("22-year.").is_err());
}

#[test]
fn the_figure_a_fix_rewrites() {
    assert_eq!(figure("more than 14 years"), Some("more than 14"));
    assert_eq!(figure("for more than 14 years"), Some("more than 14"));
    assert_eq!(figure("for 14 years"), Some("14"));
    assert_eq!(figure("12 to 20 years"), Some("12 to 20"));
    assert_eq!(figure("between 12 and 20 years"), Some("between 12 and 20"));
    assert_eq!(figure("over 90,000 years ago"), Some("over 90,000"));
    assert_eq!(figure("22-year reign"), Some("22"));
    assert_eq!(figure("four straight years"), Some("four"));
    // Nothing that a number alone could replace.
    assert_eq!(figure("more than a decade"), None);
    assert_eq!(figure("a month"), None);
    assert_eq!(figure("five years or more"), None);
    assert_eq!(figure("2 years and 3 months"), None);
    assert_eq!(figure("6 years, 6 months to 15 years"), None);
    let (_, (d, _)) = duration("40,000 years").unwrap();
    assert_eq!((d.precision, d.style), (10_000.0, NumberStyle::Digits));
}

proptest::proptest! {
    /// Where any count form reads a count of time, [`count_may_open`]
    /// lets it: the test before them turns away only what none reads.
    #[test]
    fn count_forms_open_only_where_the_count_test_admits(
        parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "a", "an", "A", "two", "Three", "3", "3.5", "10", "1,000", "all", "another",
                "years", "Year", "yearss", "days", "night", "hours", "weeks", "month",
                "decade", "Decades", "century", "millennia", "quarter", "quarters",
                "fortnight", "and", "to", "more", "consecutive", "half", "people",
                "-", "\u{2013}", ",", "D", "W", "Y", "d", "of", "old", "ago", "\u{e9}",
            ]),
            1..7,
        ),
        glue in proptest::collection::vec(proptest::sample::select(vec![" ", "", "  ", "\u{a0}"]), 7),
    ) {
        let mut text = String::new();
        for (k, part) in parts.iter().enumerate() {
            text.push_str(part);
            text.push_str(glue.get(k).copied().unwrap_or(" "));
        }
        let i = text.as_str();
        let read = range(i, false).is_ok()
            || range(i, true).is_ok()
            || decade(i).is_ok()
            || centuries(i).is_ok()
            || quarters(i).is_ok()
            || fortnights(i).is_ok()
            || counted(i).is_ok()
            || another(i).is_ok()
            || compact(i).is_ok()
            || all_unit(i).is_ok();
        proptest::prop_assert!(!read || count_may_open(i), "{:?}", i);
    }
}

#[test]
fn the_count_test_turns_away_figures_of_no_time() {
    for text in [
        "5 people",
        "two of them",
        "a new plan",
        "3,000.",
        "an apple",
    ] {
        assert!(!count_may_open(text), "{text:?}");
    }
    for text in [
        "5 years",
        "a decade",
        "3-year",
        "3.5years",
        "10D",
        "all day",
        "2 to 3 weeks",
    ] {
        assert!(count_may_open(text), "{text:?}");
    }
}

#[test]
fn any_superlative_after_a_determiner_looks_back() {
    assert!(looks_back("the stormiest winter "));
    assert!(looks_back("Kerala's wettest monsoon "));
    assert!(looks_back("its most severe drought "));
    assert!(looks_back("the least crowded summer "));
    assert!(looks_back("the rainiest "));
    // Nouns in "-est" and a superlative with no determiner do not.
    assert!(!looks_back("the interest "));
    assert!(!looks_back("the forest "));
    assert!(!looks_back("the protest "));
    assert!(!looks_back("the west "));
    assert!(!looks_back("ripest "));
    assert!(!looks_back("the latest model "));
    let (_, (d, _, back)) = duration_in("the coldest spell ", "in 30 years").unwrap();
    assert_eq!((d.value, d.unit, back), (30.0, Year, true));
}

#[test]
fn a_scale_after_the_upper_end_of_a_range_belongs_to_both() {
    assert_eq!(
        read("between 60 and 70 million years ago"),
        (
            60e6,
            Year,
            Qualifier::Between,
            Some((60e6, 70e6)),
            true,
            "between 60 and 70 million years ago"
        )
    );
    // The lower end times the scale would pass the upper: it stays.
    let (_, _, _, range, _, _) = read("between 800 and 2 million years ago");
    assert_eq!(range, Some((800.0, 2e6)));
    let (_, _, _, range, _, _) = read("3 to 4 thousand years");
    assert_eq!(range, Some((3e3, 4e3)));
}

#[test]
fn a_time_in_words_in_falling_units_is_one_length() {
    use DurationUnit::{Minute, Second};
    let (v, unit, _, _, _, text) = read("two hours, 10 minutes, 5 seconds to finish");
    assert_eq!(
        (v, unit, text),
        (7805.0, Second, "two hours, 10 minutes, 5 seconds")
    );
    let (v, unit, _, _, _, text) = read("3 hours and 4 minutes later");
    assert_eq!((v, unit, text), (184.0, Minute, "3 hours and 4 minutes"));
    let (v, unit, _, _, _, text) = read("eight minutes 12 seconds");
    assert_eq!((v, unit, text), (492.0, Second, "eight minutes 12 seconds"));
    // A unit that does not fall ends the time.
    let (v, unit, _, _, _, text) = read("4 minutes, 20 seconds, 3 minutes");
    assert_eq!((v, unit, text), (260.0, Second, "4 minutes, 20 seconds"));
}

#[test]
fn a_century_joined_to_a_noun_counts_no_years() {
    assert!(duration("three century-makers").is_err());
    assert_eq!(read("two centuries").0, 200.0);
}

/// [`count_may_open_keyed`] at `i` with the key of its first word read
/// from its bytes (as [`duration_in`] gives it).
fn count_may_open(i: &str) -> bool {
    count_may_open_keyed(i, first_word_key(i))
}

#[test]
fn decades_joined_working_days_and_ages_of_things() {
    let bare = Qualifier::None;
    assert_eq!(
        read("two-decade history"),
        (20.0, Year, bare, None, false, "two-decade")
    );
    assert!(duration("two-decade").is_err());
    assert_eq!(
        read("eight working days later"),
        (8.0, Day, bare, None, false, "eight working days")
    );
    assert_eq!(read("five business days").0, 5.0);
    // From a thousand years, an age is of a thing: a length of time.
    assert_eq!(read("2.5 million years old").0, 2.5e6);
    assert_eq!(
        read("between 236,000 and 335,000 years old").3,
        Some((236000.0, 335000.0))
    );
    assert!(duration("45 years old").is_err());
    assert!(duration("more than 300 years old").is_err());
}

#[test]
fn a_difference_of_time_goes_before_the_date() {
    let first = |s: &str| duration_in("", s).map(|(_, (_, _, f))| f).unwrap();
    assert!(first("ten years earlier than planned"));
    assert!(first("two months later than forecast"));
    assert!(!first("ten years earlier"));
}

#[test]
fn a_class_of_waits_is_no_duration() {
    assert!(duration("18-month waits fell").is_err());
    assert!(duration("one-year waits").is_err());
    assert!(duration("18-month wait").is_ok());
    let after = |before: &str, s: &str| duration_in(before, s).is_ok();
    assert!(!after("those waiting ", "more than 65 weeks"));
    assert!(!after("patients waiting for ", "over a year"));
    assert!(!after("waits of ", "more than 18 months"));
    assert!(after("have been waiting ", "more than two years"));
    assert!(after("the drive lasted ", "more than 65 weeks"));
    assert!(after_a_wait("those waiting no more than "));
    assert!(!after_a_wait("he waited "));
}

#[test]
fn by_tells_a_difference_of_time() {
    fn read(s: &str) -> Option<(f64, DurationUnit, usize, bool)> {
        let (_, (d, len, f)) = duration_in("", s).ok()?;
        Some((d.value, d.unit, len, f))
    }
    assert_eq!(
        read("by another month on Friday"),
        Some((1.0, DurationUnit::Month, "by another month".len(), true))
    );
    // Before the date grammar's "by a year earlier": the date is "earlier
    // this month".
    assert_eq!(
        read("by a year earlier this month"),
        Some((1.0, DurationUnit::Year, "by a year".len(), true))
    );
    assert_eq!(
        read("by six seconds."),
        Some((6.0, DurationUnit::Second, "by six seconds".len(), true))
    );
    // A deadline counted from now is the date grammar's.
    assert!(duration("by two weeks' time").is_err());
    assert!(duration("by a year from now").is_err());
    assert!(duration("by June").is_err());
}

#[test]
fn a_rate_per_unit_of_time_is_no_length() {
    assert!(duration("for one hour per day").is_err());
    assert!(duration("at least 23 hours a day").is_err());
    assert!(duration("for 12 hours each week").is_err());
    assert!(duration("two hours/day").is_err());
    assert!(duration("for one hour on Monday").is_ok());
    // "a week ago" dates the stay: the length stays one.
    assert!(duration("for two days a week ago").is_ok());
}

#[test]
fn as_old_as_is_an_upper_bound() {
    let (_, (d, _)) = duration("as old as 3,000 years").unwrap();
    assert_eq!((d.value, d.qualifier), (3000.0, Qualifier::UpTo));
    let (_, (d, _)) = duration("as ancient as 2.5 million years old").unwrap();
    assert_eq!((d.value, d.qualifier), (2.5e6, Qualifier::UpTo));
}

#[test]
fn in_a_count_of_time_before_a_perfect_is_its_length() {
    assert!(perfect_follows(
        "in two days the ministry has spent 7 billion"
    ));
    assert!(perfect_follows(
        "in three weeks the firm had already sold 900 cars"
    ));
    // A date ahead: a modal's perfect, an obligation, a possession.
    assert!(!perfect_follows("in two days the firm will have finished"));
    assert!(!perfect_follows("in two weeks the council has to decide"));
    assert!(!perfect_follows("in two weeks we have a vote"));
    assert!(!perfect_follows("in two weeks. It has spent"));
    let (_, (_, _, first)) =
        duration_in("", "in two days the ministry has spent 7 billion").unwrap();
    assert!(first);
}
