//! Figures of held-out set 20 read by rules of English (session 20), on a
//! fixture written for the repository: a margin either side of a figure,
//! "plus minus 1 percent" as much as "plus or minus 2 points", is a
//! positive figure; a "minus" of its own still makes one negative.

mod common;

const FIXTURE: &str = "fixtures/figures/margins.txt";

#[test]
fn a_margin_is_positive_and_a_lone_minus_negative() {
    let got: Vec<(String, String)> = common::readings(FIXTURE, "2024-03-01")
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
