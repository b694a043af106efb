//! Tests of `notquantity`.

use super::age::compared_with_an_age;
use super::no_claim::{ends_with_folded, last_word, strip_prefix_ignore_case};
use super::scores::before_words;
use super::*;

fn skips(before: &str, i: &str) -> Option<&'static str> {
    not_a_quantity(before, i).map(|_| "skip")
}

#[test]
fn exchange_rate_notes_are_skipped_whole() {
    let note = "$1 = 0.9158 euros) Volkswagen";
    assert_eq!(
        not_a_quantity("profit. (", note),
        Some(note.find(')').unwrap_or(0))
    );
    assert_eq!(not_a_quantity("it cost ", note), None);
    let bare = "$1 = 0.8794 euros Reporting by";
    assert_eq!(not_a_quantity("", bare), Some("$1 = 0.8794 euros".len()));
    assert_eq!(not_a_quantity("", "3 = three people"), None);
    assert_eq!(
        not_a_quantity("It said.\n", bare),
        Some("$1 = 0.8794 euros".len())
    );
    assert_eq!(not_a_quantity("It said ", bare), None);
}

#[test]
fn cricket_scores_are_runs_for_wickets() {
    assert_eq!(score_or_age("ended the day on ", "132 for 4."), Some(9));
    assert_eq!(score_or_age("at ", "33 for 0 with"), Some(8));
    assert_eq!(score_or_age("sold ", "3 for 4 years"), None);
    assert_eq!(score_or_age("paid ", "20 for 5 runs"), None);
    assert_eq!(score_or_age("lost ", "5 for 12."), None);
}

#[test]
fn ordinals() {
    assert_eq!(ordinal("3rd meeting").unwrap().1, "3rd");
    assert_eq!(ordinal("twenty-first century").unwrap().1, "twenty-first");
    assert_eq!(
        ordinal("one hundred twenty fifth").unwrap().1,
        "one hundred twenty fifth"
    );
    assert!(ordinal("one fifth").is_err());
    assert!(ordinal("3 rd").is_err());
}

#[test]
fn times_of_day() {
    assert_eq!(time_of_day("3 p.m. on").unwrap().1, "3 p.m.");
    assert_eq!(time_of_day("3pm").unwrap().1, "3pm");
    assert_eq!(time_of_day("10:30 at").unwrap().1, "10:30");
    assert!(time_of_day("30 people").is_err());
    assert_eq!(time_of_day("12.00 noon - for").unwrap().1, "12.00 noon");
    assert_eq!(time_of_day("12 midnight on").unwrap().1, "12 midnight");
    assert!(time_of_day("12 noonday").is_err());
}

#[test]
fn phone_numbers() {
    assert!(phone_number("+1-222-2222-2222").is_ok());
    assert!(phone_number("(202) 555-0143").is_ok());
    assert!(phone_number("555-0143").is_ok());
    assert!(phone_number("020 7946 0958").is_ok());
    assert!(phone_number("1000-5000").is_err());
    assert!(phone_number("300 to 400").is_err());
}

#[test]
fn labels_and_names() {
    assert!(labelled("under Article ", "5 of").is_ok());
    assert!(labelled("repeal of section ", "230").is_ok());
    assert!(labelled("the new Boeing ", "737 jets").is_ok());
    assert!(labelled("an iPhone ", "15").is_ok());
    assert!(labelled("Italy sent ", "800").is_err());
    assert!(labelled("Italy Sends ", "800 Troops").is_err());
    assert!(labelled("the new Windows ", "10 release").is_ok());
    assert!(labelled("the FTSE ", "100 fell").is_ok());
    assert!(labelled("Radio ", "4 said").is_ok());
    assert!(labelled("The ", "800").is_err());
    assert!(labelled("", "800").is_err());
}

#[test]
fn label_lists() {
    // A label's list is one name, each figure a grade or an article.
    let read = |b, i| labelled(b, i).map(|(_, t)| t);
    assert_eq!(read("for Grades ", "7, 2 and 9 will"), Ok("7, 2 and 9"));
    assert_eq!(read("pupils of grades ", "4 & 6."), Ok("4 & 6"));
    assert_eq!(read("for grades ", "9,10,11 only"), Ok("9,10,11"));
    assert_eq!(read("in Grade ", "3 and 4 has"), Ok("3 and 4"));
    assert_eq!(
        read("under Articles ", "12, 14, and 19 of"),
        Ok("12, 14, and 19")
    );
    // A count after the list is no item of it.
    assert_eq!(read("in Grade ", "5 and 300 pupils"), Ok("5"));
    assert_eq!(read("in Grade ", "5, 2,000 pupils"), Ok("5"));
    assert_eq!(read("in Grade ", "5 and 2.5 million"), Ok("5"));
    // A plural alone is prose: the count of people is a claim.
    assert!(labelled("over the past days ", "300 fled").is_err());
    assert!(labelled("in the grades ", "300 pupils").is_err());
}

#[test]
fn addresses_and_fixed_names() {
    assert_eq!(skips("at ", "10 Downing Street said"), Some("skip"));
    assert_eq!(skips("the ", "9/11 attacks"), Some("skip"));
    assert_eq!(skips("open ", "24/7"), Some("skip"));
    assert_eq!(skips("some ", "800 troops"), None);
}

#[test]
fn scores_and_tallies_are_no_figures() {
    fn skip<'a>(before: &str, i: &'a str) -> Option<&'a str> {
        score_or_age(before, i).and_then(|n| i.get(..n))
    }
    assert_eq!(skip("a ", "6-3 vote to strike"), Some("6-3"));
    assert_eq!(skip("their ", "28-24 comeback win"), Some("28-24"));
    assert_eq!(skip("improved to ", "12-4 on the season."), Some("12-4"));
    assert_eq!(skip("went ", "13-28 from the floor"), Some("13-28"));
    assert_eq!(skip("tie the game ", "2-2, but"), Some("2-2"));
    assert_eq!(skip("a ", "2-5-1 record"), Some("2-5-1"));
    assert_eq!(skip("the Senate voted ", "68-29 to send"), Some("68-29"));
    assert_eq!(skip("they won ", "2-1 at home"), Some("2-1"));
    // Without a tally's words, what can be a month and day is a date.
    assert_eq!(skip("", "2-15"), None);
    assert_eq!(skip("", "10-31-74"), None);
    // A plural noun, a scale, a percent or a unit make it a range.
    assert_eq!(skip("", "300-400 new homes"), None);
    assert_eq!(skip("", "5-10 years"), None);
    assert_eq!(skip("", "11-13 million"), None);
    assert_eq!(skip("", "11-12 million-dollar deal"), None);
    assert_eq!(skip("got ", "11-12 € for"), None);
    assert_eq!(skip("", "3-4% growth"), None);
    assert_eq!(skip("", "20-25 km"), None);
    assert_eq!(skip("", "2021-06-29"), None);
    assert_eq!(skip("", "1-2.5 metres"), None);
    // A nought is no month or day; a record against an opponent.
    assert_eq!(skip("improving to ", "5-0 in meetings"), Some("5-0"));
    assert_eq!(skip("improving to ", "5-3 against Mara"), Some("5-3"));
    assert_eq!(skip("improving to ", "5-3 in Harbury"), None);
}

#[test]
fn tallies_read_by_their_noun_sets_and_splits() {
    fn skip<'a>(before: &str, i: &'a str) -> Option<&'a str> {
        score_or_age(before, i).and_then(|n| i.get(..n))
    }
    // A tally's noun right after it decides, whatever comes next.
    assert_eq!(skip("held on for a ", "1-0 win over Leeds"), Some("1-0"));
    assert_eq!(skip("The ", "52-47 vote sends the bill"), Some("52-47"));
    // The sets of a match, together.
    assert_eq!(
        skip("took it with a ", "6-2, 3-6, 7-5 victory"),
        Some("6-2, 3-6, 7-5")
    );
    // Splits listed after a tally a verb governs.
    let before = "Ruiz shot 10-17 from the field, including ";
    assert_eq!(skip(before, "2-5 from deep"), Some("2-5"));
    assert_eq!(
        skip("Ruiz went 7-12 overall (", "1-3 on threes)"),
        Some("1-3")
    );
    // Without any of them, a month and a day stay a date.
    assert_eq!(skip("due on ", "3-4 from the office"), None);
}

#[test]
fn ages_told_to_the_day_are_no_figures() {
    fn skip<'a>(before: &str, i: &'a str) -> Option<&'a str> {
        score_or_age(before, i).and_then(|n| i.get(..n))
    }
    assert_eq!(
        skip("the keeper (", "38 years, 110 days old) is"),
        Some("38 years, 110 days old")
    );
    assert_eq!(
        skip("won it at ", "36 years and 9 days old."),
        Some("36 years and 9 days old")
    );
    assert_eq!(
        skip("At ", "20 years, 2 months and 5 days, she"),
        Some("20 years, 2 months and 5 days")
    );
    assert_eq!(
        skip("is the only one at ", "35-plus years old"),
        Some("35-plus years old")
    );
    // A length of time is no age.
    // Two ages that share their unit: both are ages.
    assert_eq!(
        skip("whose parents were ", "81 and 78 years old, she said"),
        Some("81 and 78 years old")
    );
    assert_eq!(
        skip("He is ", "61 or 62 years old."),
        Some("61 or 62 years old")
    );
    assert_eq!(skip("they hired ", "81 and 78 new staff"), None);
    assert_eq!(skip("jailed for ", "2 years and 6 months for"), None);
    assert_eq!(skip("within ", "3 years, 2 months"), None);
}

#[test]
fn clock_times_with_a_zone() {
    assert_eq!(time_of_day("0715 GMT on").unwrap().1, "0715");
    assert_eq!(time_of_day("2230 UTC").unwrap().1, "2230");
    assert_eq!(time_of_day("0600 hours").unwrap().1, "0600");
    // A count of hours, a year, an impossible clock.
    assert!(time_of_day("1500 hours of work").is_err());
    assert!(time_of_day("2019 budget").is_err());
    assert!(time_of_day("2575 GMT").is_err());
}

fn no_claim(before: &str, rest: &str, len: usize, unit: Option<&str>) -> bool {
    let counted = unit.is_some_and(|u| !matches!(u, "mile" | "percent"));
    not_a_claim(before, rest, len, Reading::Quantity { unit, counted }).is_some()
}

#[test]
fn ordinals_that_look_like_fractions() {
    assert!(no_claim("chasing ", "a third title in a row", 7, None));
    assert!(no_claim("Dale lost ", "a fifth match, and", 7, None));
    assert!(no_claim(
        "one from Leeds, another from Hull and ",
        "a third from York.",
        7,
        None
    ));
    assert!(!no_claim("They took ", "a third from York.", 7, None));
    // A share: "of" after it, or a share's word before.
    assert!(!no_claim("", "a third of the seats", 7, None));
    assert!(!no_claim("fell by ", "a fifth.", 7, None));
    assert!(!no_claim("more than ", "a fourth went", 8, None));
    assert!(!no_claim("", "a fifth", 7, None));
    assert!(!no_claim("cut it by ", "a third, and", 7, None));
    assert!(!no_claim("Of those asked, ", "a third said no", 7, None));
    assert!(!no_claim("", "a fifth were women", 7, None));
}

#[test]
fn number_words_that_point_or_name() {
    assert!(no_claim("on that ", "one call, he said", 8, Some("call")));
    assert!(no_claim("with ", "one single seat", 15, Some("seat")));
    assert!(!no_claim("won ", "one seat in Leeds", 8, Some("seat")));
    assert!(!no_claim("that ", "one mile can", 8, Some("mile")));
    assert!(no_claim("a ", "two-party system", 3, None));
    assert!(no_claim("from ", "3-point range", 1, None));
    assert!(no_claim("(4-9 on ", "3-pointers)", 1, None));
    assert!(!no_claim("a ", "10-point lead", 2, None));
    assert!(no_claim("my \"", "top five\" list", 8, None));
    assert!(!no_claim("", "five players", 12, Some("players")));
}

#[test]
fn options_weighed_are_no_figures() {
    assert!(no_claim("Whether it's ", "4% or 6%", 2, Some("percent")));
    assert!(no_claim(
        "and whether it’s ",
        "6%, nobody",
        2,
        Some("percent")
    ));
    assert!(no_claim("Be it ", "10 or 20 seats", 2, None));
    assert!(!no_claim("It's ", "4% now", 2, Some("percent")));
    assert!(!no_claim("asked whether ", "40 staff", 8, Some("staff")));
}

#[test]
fn list_numbers_and_game_clock() {
    assert!(no_claim("", "1. The county", 1, None));
    assert!(no_claim("", "2.", 1, None));
    assert!(!no_claim("", "192.", 3, None));
    assert!(no_claim("NOTE ", "3: Figures", 1, None));
    assert!(!no_claim("It rose to ", "3. Then", 1, None));
    assert!(!no_claim("", "3 people died", 8, Some("people")));
    assert!(no_claim(
        "With ",
        "two minutes left, he",
        11,
        Some("minutes")
    ));
    assert!(no_claim("with ", "40 seconds to go", 10, Some("seconds")));
    assert!(!no_claim("in ", "36 minutes of play", 10, Some("minutes")));
}

#[test]
fn a_date_read_at_an_age() {
    let rest = "at 30 years and 4 days old, she won";
    assert_eq!(
        not_a_claim("", rest, 11, Reading::Date),
        Some("at 30 years and 4 days old".len())
    );
    assert_eq!(not_a_claim("", "at 5 p.m.", 9, Reading::Date), None);
}

#[test]
fn ages_are_no_figures() {
    fn skip<'a>(before: &str, i: &'a str) -> Option<&'a str> {
        score_or_age(before, i).and_then(|n| i.get(..n))
    }
    assert_eq!(skip("The ", "63-year-old businessman"), Some("63-year-old"));
    assert_eq!(skip("a ", "2-month-old baby"), Some("2-month-old"));
    assert_eq!(
        skip("closer to ", "45 years old than"),
        Some("45 years old")
    );
    assert_eq!(skip("at age ", "37."), Some("37"));
    assert_eq!(skip("Kozlowski, ", "58, and Swartz"), Some("58"));
    // A figure after a comma that follows no name is a figure.
    assert_eq!(skip("In all, ", "58, said the agency"), None);
    assert_eq!(skip("Italy, ", "800 troops"), None);
    assert_eq!(skip("", "45 years ago"), None);
}

#[test]
fn a_year_that_ends_a_name_is_no_claim() {
    // An edition's name: a capitalised word, then the year.
    assert!(no_claim("Plans for Census ", "2031 were set.", 4, None));
    assert!(no_claim("the town's Vision ", "2040.", 4, None));
    assert!(no_claim("talks at Expo ", "2030 ended", 4, None));
    // A code in capitals before it leaves an amount; so does a function
    // word, the sentence's first word, punctuation, or a noun after it.
    assert!(!no_claim("They paid ABC ", "2000.", 4, None));
    assert!(!no_claim("It rose In ", "2019 alone", 4, None));
    assert!(!no_claim("Census ", "2031 was set.", 4, None));
    assert!(!no_claim("said Census, ", "2031", 4, None));
    assert!(!no_claim("the Census ", "2031 forms", 10, Some("forms")));
    // Not a year.
    assert!(!no_claim("the Route ", "66 diner", 2, None));
}

/// The comparisons that make no lowercase copy, against the copies they
/// replace, on text with capitals, curly apostrophes and the non-ASCII
/// capitals whose lowercase forms are (or hold) ASCII letters.
#[test]
fn folded_comparisons_read_as_the_lowercase_copies_did() {
    let texts = [
        "",
        "A third",
        "an Eighth",
        "ONE",
        "One single",
        "one LONE seat",
        "on",
        "a ",
        "an ",
        "-Party",
        "-POINT range",
        "-pointers",
        "-point arc!",
        "-poin",
        "\u{212a}",
        "İt is ",
        "Whether It’s ",
        "whether it's ",
        "be it ",
        "BE IT ",
        "maybe it ",
        "whether it\u{2019}s",
        "whether İt is ",
        "x be it ",
        "\u{212a}one",
        "a \u{212a}ird",
        "é one",
        "the",
        "THAT",
    ];
    for t in texts {
        let lower = t.to_lowercase();
        for p in ["a ", "an ", "one ", "-party", "-pointer", "-point range"] {
            assert_eq!(
                strip_prefix_ignore_case(t, p).is_some(),
                lower.starts_with(p),
                "{t:?} {p:?}"
            );
        }
        for p in ["whether it's ", "whether it is ", "be it "] {
            assert_eq!(
                ends_with_folded(t, p),
                lower.replace('’', "'").ends_with(p),
                "{t:?} {p:?}"
            );
        }
        let first = before_words(t).first().copied().unwrap_or("");
        assert_eq!(last_word(t), first, "{t:?}");
    }
}

#[test]
fn a_bare_figure_compared_with_an_age_is_an_age() {
    assert!(compared_with_an_age(
        "closer to 45 years old than he is to "
    ));
    assert!(compared_with_an_age(
        "looks more like a 30-year-old than a "
    ));
    // A figure's own "more than" after an age is no comparison with it.
    assert!(!compared_with_an_age("the 38-year-old scored more than "));
    assert!(!compared_with_an_age("more than "));
}

proptest::proptest! {
    /// A word never opens the forms [`not_a_quantity`] passes over at a
    /// word: only the note and the ordinal are tried there.
    #[test]
    fn the_figure_forms_never_open_at_a_word(
        word in "[A-Za-z]{1,8}",
        tail in "[ 0-9a-zA-Z:/().+-]{0,16}",
        before in proptest::sample::select(vec!["", "(", "Route ", "iPhone ", "Boeing ", "No. ", "at "]),
    ) {
        let i = format!("{word}{tail}");
        proptest::prop_assert!(figure_forms(before, &i).is_err(), "{:?}", i);
        proptest::prop_assert!(figure_forms_after_ordinal(before, &i).is_err(), "{:?}", i);
    }
}

#[test]
fn a_distance_that_names_its_race_measures_nothing() {
    let m = no_claim_measure;
    assert!(m("kilometer")(
        "She led the men's ",
        "35-kilometer walk from the gun"
    ));
    assert!(m("meter")("He won the ", "400-meter final on Monday"));
    assert!(m("m")("in the ", "200m backstroke heats"));
    // After "a", or before a noun that is no event, it measures.
    assert!(!m("kilometer")(
        "They built a ",
        "35-kilometer walk along the coast"
    ));
    assert!(!m("kilometer")("the ", "35-kilometer stretch of road"));
    assert!(!m("meter")("a ", "400-meter wall"));
}

fn no_claim_measure(unit: &str) -> impl Fn(&str, &str) -> bool + '_ {
    move |before, rest| {
        let len = rest.find(' ').unwrap_or(rest.len());
        not_a_claim(
            before,
            rest,
            len,
            Reading::Quantity {
                unit: Some(unit),
                counted: false,
            },
        )
        .is_some()
    }
}

#[test]
fn scores_in_sports_copy_may_look_like_a_month_and_a_day() {
    fn skip<'a>(before: &str, i: &'a str) -> Option<&'a str> {
        sports_score(before, i).and_then(|n| i.get(..n))
    }
    // Outside a match report "11-8" could be a date; in one it is a score.
    assert_eq!(skip("beat the Hawks ", "11-8 in extra"), Some("11-8"));
    assert_eq!(skip("Lindqvist (", "2-4) pitched"), Some("2-4"));
    assert_eq!(skip("cut the deficit to ", "2-1."), Some("2-1"));
    assert_eq!(score_or_age("beat the Hawks ", "11-8 in extra"), None);
    // Batting lines.
    assert_eq!(skip("Okafor went ", "4-for-4 with"), Some("4-for-4"));
    assert_eq!(skip("(", "3-for-6, two runs)"), Some("3-for-6"));
    // A range of counted things stays a range even in a match report.
    assert_eq!(skip("drew ", "3-4 thousand fans"), None);
    assert_eq!(skip("scored ", "10-12 points"), None);
    // A result line in capitals: each side's goals.
    assert_eq!(skip("PORTVALE ROVERS ", "4 KILBRIDE 1"), Some("4"));
    assert_eq!(skip("PORTVALE ROVERS 4 KILBRIDE ", "1"), Some("1"));
    assert_eq!(
        skip("Headline\nPORTVALE ROVERS ", "4 KILBRIDE 1"),
        Some("4")
    );
    // In a sentence, or before a noun: a count.
    assert_eq!(skip("Portvale Rovers ", "4 goals"), None);
    assert_eq!(skip("ROVERS ", "4 goals"), None);
    assert_eq!(skip("ROVERS SIGN ", "4 PLAYERS in a day"), None);
}

#[test]
fn ranks_and_compounds_with_particles_count_nothing() {
    assert!(no_claim("Mendes hit a ", "two-out single", 3, None));
    assert!(no_claim("a ", "one-on-one talk", 3, None));
    assert!(!no_claim("he had ", "two outs left", 3, None));
    assert!(no_claim(
        "the party came in at number ",
        "two and three",
        3,
        None
    ));
    assert!(no_claim(
        "at number two and ",
        "three respectively",
        5,
        None
    ));
    assert!(no_claim("ranked No. ", "4 in the world", 1, None));
    assert!(!no_claim("a number of ", "4 seats", 1, None));
    assert!(!no_claim("Nine and ", "three", 5, None));
}

#[test]
fn age_brackets_are_ages_at_both_ends() {
    fn skip<'a>(before: &str, i: &'a str) -> Option<&'a str> {
        score_or_age(before, i).and_then(|n| i.get(..n))
    }
    assert_eq!(skip("the ", "5-to-9 age bracket led"), Some("5-to-9 age"));
    assert_eq!(skip("children aged ", "5 to 10 were"), Some("5 to 10"));
    assert_eq!(skip("patients aged ", "40-49, and"), Some("40-49"));
    assert_eq!(skip("aged ", "63, he"), Some("63"));
    assert_eq!(skip("the ", "5 to 9 buses"), None);
}

#[test]
fn an_ordinal_after_a_unit_figure_opens_its_own_compound() {
    assert!(ordinal("twenty first").is_ok());
    assert!(ordinal("one hundred twenty fifth").is_ok());
    assert!(ordinal("two hundredth").is_ok());
    assert!(ordinal("four second-half tries").is_err());
    assert!(ordinal("two first-round picks").is_err());
}

#[test]
fn a_compound_ordinal_is_spelt_out_whole() {
    // Digits before an ordinal word count what it qualifies.
    assert!(ordinal("168 million first doses").is_err());
    assert!(ordinal("20 second doses").is_err());
    assert!(ordinal("120 third").is_err());
    // No ordinal is told in millions.
    assert!(ordinal("twenty million first doses").is_err());
    assert!(ordinal("twenty-first").is_ok());
    assert!(ordinal("two millionth").is_ok());
}

#[test]
fn zero_in_a_fixed_term_counts_nothing() {
    assert!(no_claim("to reach net ", "zero by 2050", 4, None));
    assert!(no_claim("its net-", "zero targets", 4, None));
    assert!(no_claim("for ", "zero emission buses", 19, Some("buses")));
    assert!(no_claim("for ", "zero emissions by", 14, Some("emissions")));
    assert!(no_claim("and ", "zero-carbon homes", 11, Some("carbon")));
    assert!(no_claim("with ", "zero tolerance for", 4, None));
    assert!(no_claim(
        "buyers of ",
        "zero or ultra-low emission vans",
        4,
        None
    ));
    // Figures all the same.
    assert!(!no_claim(
        "there were ",
        "zero deaths in",
        11,
        Some("deaths")
    ));
    assert!(!no_claim("deaths fell to ", "zero last year", 4, None));
    assert!(!no_claim("fell to ", "zero or one a week", 4, None));
}

#[test]
fn number_words_in_names_count_nothing() {
    assert!(no_claim(
        "vans in its ",
        "Seven Point Plan",
        11,
        Some("points")
    ));
    assert!(no_claim("which the Group of ", "Seven praised", 5, None));
    assert!(no_claim(
        "a meeting of the ",
        "Five Eyes on",
        9,
        Some("Eyes")
    ));
    // A headline in title case, a sentence's first word, a count in prose.
    assert!(!no_claim(
        "Only Player to Win ",
        "Four Straight Titles",
        20,
        Some("Titles")
    ));
    assert!(!no_claim("", "Five Eyes met", 9, Some("Eyes")));
    assert!(!no_claim(
        "they hired ",
        "five engineers",
        14,
        Some("engineers")
    ));
}

#[test]
fn ranks_known_pairs_prepositions_streaks_and_titles() {
    // "No." before a figure: a rank.
    assert!(no_claim(
        "the new world No. ",
        "1 ranked player",
        15,
        Some("player")
    ));
    assert!(!no_claim(
        "Wiltshire said ",
        "1 ranked player",
        15,
        Some("player")
    ));
    // "the two Houses": the pair a parliament has.
    assert!(no_claim(
        "after the ",
        "two Houses passed",
        10,
        Some("Houses")
    ));
    assert!(no_claim(
        "after the ",
        "two houses passed",
        10,
        Some("houses")
    ));
    assert!(!no_claim(
        "after the ",
        "two clerks left",
        10,
        Some("clerks")
    ));
    assert!(!no_claim("after ", "two Houses passed", 10, Some("Houses")));
    // "asked about two of the bills": the preposition.
    assert!(no_claim(
        "Asked ",
        "about two of the bills",
        9,
        Some("bills")
    ));
    assert!(!no_claim(
        "It passed ",
        "about two of the bills",
        9,
        Some("bills")
    ));
    assert!(!no_claim(
        "Asked, he said ",
        "about 200 bills passed",
        9,
        Some("bills")
    ));
    // A streak's games, left unnamed.
    assert!(no_claim("winning the last ", "seven on Tour", 5, None));
    assert!(!no_claim("winning ", "seven on Tour", 5, None));
    // A count of titles as an epithet.
    assert!(no_claim("faces ", "six-time former winner", 3, None));
    assert!(!no_claim(
        "faces ",
        "six former winners",
        18,
        Some("winners")
    ));
}

#[test]
fn a_number_word_in_a_quoted_name_counts_nothing() {
    assert!(no_claim(
        "was part of a '",
        "Six Point Plan for Farms'",
        9,
        Some("points")
    ));
    assert!(no_claim(
        "members of the “",
        "Five Rivers” pact",
        10,
        Some("Rivers")
    ));
    // A quoted count that opens its own sentence is still a count.
    assert!(!no_claim("“", "Five Rivers flooded", 11, Some("Rivers")));
}

#[test]
fn number_words_that_stand_for_nouns_count_nothing() {
    // A thing the word names: a cricket shot, a mark of a judge.
    assert!(no_claim("hit 11 fours and a ", "six before lunch", 3, None));
    assert!(no_claim(
        "she was given an ",
        "eight by two judges",
        5,
        None
    ));
    // What was counted before: "the two", "the three".
    assert!(no_claim("the gap between the ", "two is narrow", 3, None));
    // Digits, a noun, or no article: figures.
    assert!(!no_claim("the gap between the ", "12 is narrow", 2, None));
    assert!(!no_claim("Rao added ", "six in the second", 3, None));
    assert!(!no_claim(
        "the ",
        "two ministers resigned",
        13,
        Some("ministers")
    ));
}

#[test]
fn a_number_word_joined_to_year_old_is_an_age() {
    assert!(no_claim("beat the ", "two-year-old record", 3, None));
    assert!(no_claim("a ", "six-month-old calf", 3, None));
    assert!(no_claim("was ", "nine-years-old then", 4, None));
    // A length of time joined to a noun is no age.
    assert!(!no_claim("a ", "two-year-long freeze", 3, None));
}

#[test]
fn number_words_after_a_label_word_are_labels() {
    assert!(no_claim("a late session on day ", "two.", 3, None));
    assert!(no_claim("won Game ", "Seven at home", 5, None));
    assert!(!no_claim(
        "a late session on day ",
        "2,000 fans came",
        5,
        Some("fans")
    ));
    assert!(!no_claim("she saw ", "two at home", 3, None));
    assert!(!no_claim("releasing version ", "two soon", 3, None));
}

#[test]
fn at_least_one_received_is_a_threshold() {
    assert!(no_claim(
        "31% of adults have received ",
        "at least one dose, the agency said",
        16,
        Some("dose")
    ));
    assert!(no_claim(
        "those who got ",
        "at least one shot",
        16,
        Some("shot")
    ));
    // A sum with a scale word is a figure.
    assert!(!no_claim(
        "Italy got ",
        "at least one million dollars",
        28,
        Some("dollars")
    ));
    // A count: what happened, not who is counted.
    assert!(!no_claim(
        "",
        "at least one person died",
        20,
        Some("person")
    ));
    assert!(!no_claim(
        "they received ",
        "at least 12 doses",
        17,
        Some("doses")
    ));
}

#[test]
fn an_age_told_with_of_age_is_no_claim() {
    let text = "at one year of age and a booster";
    assert_eq!(not_a_claim("book it ", text, 11, Reading::Date), Some(18));
    let text = "at three years and four months of age.";
    assert_eq!(not_a_claim("a booster ", text, 14, Reading::Date), Some(37));
    let text = "five years, two months and nine days of age";
    let unit = DurationUnit::Year;
    assert_eq!(
        not_a_claim("aged ", text, 10, Reading::Duration(unit)),
        Some(text.len())
    );
    // No "of age", or another unit in the list: the grammar's reading.
    let text = "four months of work";
    assert_eq!(not_a_claim("", text, 11, Reading::Duration(unit)), None);
    let text = "three years and four goals of age";
    assert_eq!(not_a_claim("", text, 11, Reading::Duration(unit)), None);
}

#[test]
fn half_an_hour_that_places_an_event_is_no_share() {
    let q = Reading::Quantity {
        unit: None,
        counted: false,
    };
    let no = |text: &str, len: usize| not_a_claim("it came ", text, len, q);
    assert_eq!(no("around half an hour ahead of the update", 11), Some(11));
    assert_eq!(no("half a day later", 4), Some(4));
    // A share, a race's margin, a length: the grammar's reading.
    assert_eq!(no("half the seats", 4), None);
    assert_eq!(no("nearly half a second ahead", 11), None);
    assert_eq!(no("half an hour of talks", 4), None);
}

#[test]
fn an_exchange_and_its_symbol_count_nothing() {
    assert_eq!(ticker("SIX:KLMN) fell").unwrap().1, "SIX:KLMN");
    assert_eq!(ticker("SIX: KLMN, a").unwrap().1, "SIX: KLMN");
    assert_eq!(not_a_quantity("(", "SIX:KLMN)"), Some("SIX:KLMN".len()));
    // A number word with no symbol after it is a count.
    assert!(ticker("SIX people").is_err());
    assert!(ticker("SIX: the").is_err());
    // Another exchange opens no figure: its word is no number.
    assert!(ticker("SAYS:30 ").is_err());
    assert_eq!(not_a_quantity("", "six new"), None);
}

#[test]
fn idioms_of_one_and_two_count_nothing() {
    // "a NOUN or two" is a few.
    assert!(no_claim("by signing a paper or ", "two.", 3, None));
    assert!(no_claim("after an hour or ", "two, he", 3, None));
    assert!(!no_claim("between two papers or ", "two.", 3, None));
    assert!(!no_claim("they chose a or ", "two.", 3, None));
    // "in one place", "at one stage": the same, or a single unnamed one.
    assert!(no_claim(
        "the files are kept in ",
        "one place.",
        9,
        Some("place")
    ));
    assert!(no_claim(
        "it was down at ",
        "one stage, then",
        9,
        Some("stage")
    ));
    assert!(!no_claim("the team won ", "one place.", 9, Some("place")));
}

#[test]
fn a_bound_on_an_age_is_no_count() {
    let t = "between 12 and 19";
    assert!(no_claim("The pupils, now aged ", t, t.len(), None));
    assert!(no_claim("a fare for children ", "under 5.", 7, None));
    assert!(no_claim("a fare for people ", "over 65,", 7, None));
    // A count after people, or a range after them, is a count.
    assert!(!no_claim("a fare for people ", "over 6500,", 9, None));
    assert!(!no_claim("they saw ", "under 18 in all", 8, None));
    assert!(!no_claim("people ", "between 12 and 19", 17, None));
    // The class by age written with its hyphens: "19-year-olds".
    assert_eq!(
        age("for ", "19-year-olds;").map(|r| r.1),
        Ok("19-year-olds")
    );
    assert_eq!(
        age("for ", "20 year-olds and").map(|r| r.1),
        Ok("20 year-olds")
    );
    // A length read up to "-olds" is that age.
    let rest = "for 20 year-olds and over";
    assert_eq!(
        not_a_claim(
            "set at 10 euros ",
            rest,
            11,
            Reading::Duration(DurationUnit::Year)
        ),
        Some("for 20 year-olds".len())
    );
}

#[test]
fn one_of_a_set_after_a_preposition_is_the_pronoun() {
    let rest = "Under one of the grants, it paid";
    assert!(no_claim("", rest, 9, None));
    assert!(no_claim("It fell ", "below one of the", 9, None));
    // A bound on one of a unit is a figure.
    assert!(!no_claim(
        "It fell ",
        "below one percent",
        9,
        Some("percent")
    ));
}

#[test]
fn a_figure_after_top_is_a_group_by_rank() {
    assert!(no_claim(
        "She placed in the top ",
        "five in every race",
        4,
        None
    ));
    assert!(no_claim("Title\nTop ", "three crew reach port", 5, None));
    assert!(no_claim(
        "He fell in the bottom ",
        "half of the field",
        4,
        Some("percent")
    ));
    // "top" as the verb bounds the figure; a noun after the rank counts.
    assert!(!no_claim("Cases ", "top 100 today", 7, None));
    assert!(!no_claim("cases top ", "100 today", 3, None));
    assert!(!no_claim(
        "the top ",
        "five crews finished",
        10,
        Some("crews")
    ));
}

#[test]
fn one_before_a_plural_names_a_kind() {
    assert!(no_claim("the ", "one designs raced", 11, Some("designs")));
    assert!(!no_claim("saw ", "one design raced", 10, Some("design")));
    assert!(!no_claim("saw ", "one million people", 18, Some("people")));
}

#[test]
fn a_number_word_after_a_leg_or_stage_labels_it() {
    assert!(no_claim("They began leg ", "five from the port", 4, None));
    assert!(no_claim("He won stage ", "three of the tour", 5, None));
    assert!(!no_claim("He won ", "three of the stages", 5, None));
}

#[test]
fn a_length_before_a_kind_of_record_names_it() {
    let d = |before: &str, rest: &str, len: usize| {
        not_a_claim(before, rest, len, Reading::Duration(DurationUnit::Hour)).is_some()
    };
    assert!(d("set a new ", "24 hour distance record for", 7));
    assert!(d("set a ", "12-hour world record.", 7));
    // A length right before "record", or before "record" as a modifier.
    assert!(!d("in its ", "30-year record of growth", 7));
    assert!(!d("saw ", "24 hours of record rain", 8));
}
