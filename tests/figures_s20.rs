//! Figures of held-out set 19 read by rules of English (session 20), on a
//! fixture written for the repository: a count before a maker and a model
//! (digits after the maker's name, or a designation of digits and hyphens
//! right after the count, name the model: no figure of their own),
//! "times" after a figure is what it counts ("four more times", "three
//! times as much"), and "over" after a verb of racing or a race's noun
//! and before a distance is the course, no hedge; "NT$" is the Taiwan
//! dollar, "-to-" joins a range's bounds, "close" after a noun is no head,
//! and a year before a verb in -ed is its subject, no count. And from
//! held-out set 20: a margin either side of a figure, "plus minus 1
//! percent" as much as "plus or minus 2 points", is a positive figure; a
//! "minus" of its own still makes one negative.

mod common;

const FIXTURE: &str = "fixtures/figures/models-times-and-courses.txt";

use common::Reading;

/// The claims `extract` reads in the fixture.
fn claims() -> Vec<Reading> {
    common::readings(FIXTURE, "2024-03-01")
}

fn quantities(want: &[(&str, &str, Option<&str>, &str)]) -> Vec<Reading> {
    want.iter()
        .map(|(t, v, u, q)| {
            (
                (*t).to_owned(),
                "quantity".to_owned(),
                (*v).to_owned(),
                u.map(str::to_owned),
                Some((*q).to_owned()),
            )
        })
        .collect()
}

#[test]
fn models_times_and_courses_read_by_rules_of_english() {
    let mut want = quantities(&[
        // Digits after a maker's name modify the noun; a plural model heads.
        (
            "14 Boeing 787 Dreamliners",
            "14",
            Some("Dreamliners"),
            "none",
        ),
        ("six Airbus A321s", "6", Some("A321s"), "none"),
        // A designation with no noun after it: the count reaches over it.
        ("three Boeing 777-9", "3", None, "none"),
        // Digits and hyphens right after a count: a model, not 777.
        (
            "five 777-8 freighter handovers",
            "5",
            Some("handovers"),
            "none",
        ),
        // After "the", a count of a maker's model is no pair named.
        ("two Embraer 195-E2", "2", None, "none"),
        // "times" is what the figure counts.
        ("four more times", "4", Some("times"), "none"),
        ("nearly three times", "3", Some("times"), "nearly"),
        // The course of a race: "over" is "across".
        ("2,200m", "2200", Some("m"), "none"),
        ("3,000m", "3000", Some("m"), "none"),
        // Elsewhere "over" is "more than".
        ("over 300 yearlings", "300", Some("yearlings"), "over"),
        ("over 90km", "90", Some("km"), "over"),
    ]);
    want.push((
        "a day".to_owned(),
        "duration".to_owned(),
        "1".to_owned(),
        Some("day".to_owned()),
        Some("none".to_owned()),
    ));
    assert_eq!(claims(), want);
}

const FIXTURE_2: &str = "fixtures/figures/currencies-ranges-and-subjects.txt";

#[test]
fn currencies_ranges_and_subjects_read_by_rules_of_english() {
    let mut want = quantities(&[
        // "NT$" is the Taiwan dollar.
        ("NT$48 million", "48000000", Some("TWD"), "none"),
        // "-to-" joins a range's bounds as " to " does.
        (
            "2,300-to-2,900 tonnes",
            "2300..2900",
            Some("tonnes"),
            "between",
        ),
        // "close" after the noun says where it stands: no head.
        ("one tiny group", "1", Some("group"), "none"),
    ]);
    // A year before a verb in -ed is its subject: a date, no count of
    // "grades".
    want.push((
        "2021".to_owned(),
        "date".to_owned(),
        String::new(),
        None,
        None,
    ));
    assert_eq!(common::readings(FIXTURE_2, "2024-03-01"), want);
}

const MARGINS: &str = "fixtures/figures/margins.txt";

#[test]
fn a_margin_is_positive_and_a_lone_minus_negative() {
    let got: Vec<(String, String)> = common::readings(MARGINS, "2024-03-01")
        .into_iter()
        .filter(|r| r.1 == "quantity")
        .map(|(text, _, value, _, _)| (text, value))
        .collect();
    let want: Vec<(String, String)> = [
        ("2.5 percent", "2.5"),
        ("1 percent", "1"),
        ("4%", "4"),
        ("2 points", "2"),
        ("minus 0.4 percent", "-0.4"),
    ]
    .iter()
    .map(|(t, v)| ((*t).to_owned(), (*v).to_owned()))
    .collect();
    assert_eq!(got, want);
}
