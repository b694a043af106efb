//! Tests of `words`, at the boundaries of every convention.

use super::*;
use crate::extract::date::tests::*;

#[test]
fn ordinal_words() {
    assert_eq!(ordinal_word("twenty-first").unwrap().1, 21);
    assert_eq!(ordinal_word("thirty first").unwrap().1, 31);
    assert_eq!(ordinal_word("third").unwrap().1, 3);
    assert!(ordinal_word("thirdly").is_err());
}

#[test]
fn years_in_words() {
    let y = |s: &str| year_words(s).map(|(_, y)| y).ok();
    assert_eq!(y("nineteen eighty six"), Some(1986));
    assert_eq!(y("nineteen hundred ninety three"), Some(1993));
    assert_eq!(y("seventeen hundred thirty three"), Some(1733));
    assert_eq!(y("two thousand and fifteen"), Some(2015));
    assert_eq!(y("two thousand"), Some(2000));
    assert_eq!(y("nineteen oh five"), Some(1905));
    assert_eq!(y("twenty five"), None);
    assert_eq!(y("ten fifteen"), None);
    let t = Tense::Past;
    assert_eq!(
        interval("in nineteen ninety six", t),
        (d(1996, 1, 1), d(1996, 12, 31))
    );
    assert!(date_claim("in two thousand and twenty cases").is_err());
    assert_eq!(
        interval("August two thousand and fifteen", t),
        (d(2015, 8, 1), d(2015, 8, 31))
    );
    assert_eq!(
        interval("13 Sept nineteen seventy two", t),
        (d(1972, 9, 13), d(1972, 9, 13))
    );
}

/// `ordinal_word` rejects a first word outside five to eleven letters:
/// every day ordinal, "twenty" and "thirty" lie inside.
#[test]
fn ordinal_word_length_gate_covers_the_tables() {
    for (w, _) in DAY_ORDINALS
        .iter()
        .chain(TENS.iter().filter(|(_, t)| *t <= 30))
    {
        assert!((5..=11).contains(&w.len()), "{w}");
    }
    assert_eq!(ordinal_word("thirty-first"), Ok(("", 31)));
    assert_eq!(ordinal_word("Seventeenth of"), Ok((" of", 17)));
}

/// The first-letter check of `month_word` lets every month word through
/// and stops others.
#[test]
fn month_first_letters_cover_the_table() {
    for (w, m) in MONTHS {
        assert!(starts_like(w, MONTH_FIRST_LETTERS), "{w}");
        assert_eq!(month_loose(w).map(|(_, n)| n), Ok(*m), "{w}");
    }
    assert!(!starts_like("that", MONTH_FIRST_LETTERS));
    assert!(!starts_like("In", MONTH_FIRST_LETTERS));
    assert!(month_loose("the").is_err());
}

#[test]
fn vague_dates_and_today_as_a_noun() {
    assert!(is_vague("Prices fell ", "in recent months", " and"));
    assert!(is_vague("talks went on ", "in recent days", "."));
    assert!(!is_vague("Prices fell ", "in the past two months", "."));
    // The figures after "of" are the claim.
    assert!(is_vague(
        "",
        "the current financial year",
        " of 2023-24 rose"
    ));
    assert!(!is_vague("", "the current financial year", " rose"));
    // "today" as a noun, and in a name.
    assert!(is_vague("\"", "Today", " is a day to remember"));
    assert!(is_vague("\"", "Today", " was a sad day, \""));
    assert!(!is_vague("", "Today", " is the deadline for bids"));
    assert!(!is_vague("Cases as of ", "today", ": 312"));
    assert!(is_vague("the problems of ", "today", "."));
    assert!(is_vague("told USA ", "Today", " that"));
    assert!(!is_vague("", "Today", ", the court ruled"));
    assert!(!is_vague("The firm said ", "today", " it would"));
}

#[test]
fn last_season_the_final_one_is_no_date() {
    assert!(!is_vague(
        "He threw 40 touchdowns ",
        "last season",
        " with the club."
    ));
    assert!(!is_vague("Attendance fell ", "last season", "."));
    assert!(!is_vague("They won more ", "in last season", "'s league."));
    // The final season, not the one before the current.
    assert!(is_vague("It was his ", "last season", " in Leeds."));
    assert!(is_vague("The drama's ", "last season", " aired in May."));
    assert!(is_vague("Fans hated ", "last season", " of the show."));
    assert!(is_vague("They played the ", "last season", " at home."));
}

#[test]
fn letters_are_the_ascii_letters_a_text_opens_with() {
    assert_eq!(letters("June 5"), Ok((" 5", "June")));
    assert_eq!(letters("Sept."), Ok((".", "Sept")));
    assert_eq!(letters("caf\u{e9}"), Ok(("\u{e9}", "caf")));
    assert_eq!(letters("May"), Ok(("", "May")));
    for i in ["", "5 June", "\u{e9}t\u{e9}", " June"] {
        assert_eq!(
            letters(i),
            Err(nom::Err::Error(nom::error::Error::new(
                i,
                nom::error::ErrorKind::TakeWhile1
            ))),
            "{i:?}"
        );
    }
}

#[test]
fn a_full_month_name_leaves_the_full_stop_to_the_sentence() {
    assert_eq!(month_name("May. Then").unwrap(), (". Then", 5));
    assert_eq!(month_name("June.").unwrap(), (".", 6));
    assert_eq!(month_name("July.\n").unwrap(), (".\n", 7));
    // An abbreviation takes its period.
    assert_eq!(month_name("Aug. 3").unwrap(), (" 3", 8));
    assert_eq!(month_name("Sept. next").unwrap(), (" next", 9));
}
