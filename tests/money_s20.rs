//! Currencies of held-out set 20 read by rules of English (session 20), on
//! a fixture written for the repository: a bare "francs" is the franc of
//! the one country with francs the article names ("Swiss" decides CHF), a
//! "centime" is its hundredth, Nigeria's "N" before an amount written as
//! money ("N4.75", not "N95") is the naira, "reais" are Brazil's; and a
//! tie whose facts the sentence's other figures account for goes to the
//! fact the figure agrees with.

mod common;

const FIXTURE: &str = "fixtures/money/francs-naira-reais.txt";
const REFS: &str = "fixtures/money/francs-naira-reais.yaml";

#[test]
fn francs_centimes_naira_and_reais_are_read_with_their_currency() {
    let got = common::quantity_units(FIXTURE, "2024-03-01");
    let want: &[(&str, &str, &str)] = &[
        ("2.41 billion francs", "2410000000", "CHF"),
        ("3.12 francs", "3.12", "CHF"),
        ("1.90 francs", "1.9", "CHF"),
        ("15 centimes", "0.15", "CHF"),
        ("N4.75", "4.75", "NGN"),
        ("N3.20", "3.2", "NGN"),
        ("N88.4 billion", "88400000000", "NGN"),
        ("640 billion reais", "640000000000", "BRL"),
    ];
    assert_eq!(got, common::with_units(want));
}

#[test]
fn a_tie_the_other_figures_account_for_goes_to_the_fact_it_agrees_with() {
    assert_eq!(common::errors_and_warnings(FIXTURE, REFS), vec![]);
    // A wrong value in any of the four facts is still found.
    common::each_moved(
        FIXTURE,
        REFS,
        &[
            ("alpen/net-income", "2.41 billion", "2.14 billion"),
            ("alpen/eps", "3.12", "3.21"),
            ("alpen/dividend", "1.90", "1.80"),
            ("alpen/dividend-rise", "0.15", "0.25"),
        ],
        |id, found| assert!(!found.is_empty(), "{id}: {found:?}"),
    );
}
