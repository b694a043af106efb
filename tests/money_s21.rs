//! Minor units of currencies (session 21, held-out set 21's "9 fils a
//! share"), on a fixture written for the repository: a figure in fils,
//! paise, kobo or halalas is read in its main currency, as "11 cents" is;
//! fils are a hundredth of the UAE's dirham and a thousandth of Kuwait's
//! dinar, so the one such country the article names decides, and an
//! article that names none or two leaves the figure in fils, matched to
//! no fact.

mod common;

const FIXTURE: &str = "fixtures/money/minor-units.txt";
const REFS: &str = "fixtures/money/minor-units.yaml";

#[test]
fn minor_units_are_read_in_their_main_currency() {
    let got = common::quantity_units(FIXTURE, "2024-03-01");
    let want: &[(&str, &str, &str)] = &[
        ("812 million dirhams", "812000000", "AED"),
        ("14 fils", "0.14", "AED"),
        ("760 million dirhams", "760000000", "AED"),
        ("13 fils", "0.13", "AED"),
        ("80 paise", "0.8", "Rs"),
        ("45 kobo", "0.45", "NGN"),
        ("50 halalas", "0.5", "SAR"),
    ];
    assert_eq!(got, common::with_units(want));
}

#[test]
fn payouts_in_minor_units_check_against_their_facts() {
    assert_eq!(common::errors_and_warnings(FIXTURE, REFS), vec![]);
    common::each_moved(
        FIXTURE,
        REFS,
        &[
            ("dunecrest/eps", "0.14", "0.41"),
            ("kaveri/interim-dividend", "0.80", "0.85"),
            ("ikeja/payout", "0.45", "0.54"),
            ("najd/payout", "0.50", "0.55"),
        ],
        |id, found| {
            assert!(
                found
                    .iter()
                    .any(|(rule, fact)| rule == "fact-mismatch" && fact == id),
                "{id}: {found:?}"
            )
        },
    );
}

const KUWAIT_REFS: &str = "facts:
  - id: gulfharbour/payout
    value: 0.025
    unit: KWD
    match: {all: [Gulf Harbour]}
";

#[test]
fn fils_of_kuwait_are_thousandths_of_its_dinar() {
    let text = "In Kuwait, the lender Gulf Harbour Bank proposed a payout of 25 fils a share.\n";
    assert_eq!(common::findings_on(text, KUWAIT_REFS, "2024-03-01"), vec![]);
    let wrong = text.replace("25 fils", "35 fils");
    assert_eq!(
        common::findings_on(&wrong, KUWAIT_REFS, "2024-03-01"),
        vec![(
            "fact-mismatch".to_owned(),
            "error".to_owned(),
            "gulfharbour/payout".to_owned()
        )]
    );
}

#[test]
fn fils_of_two_named_countries_are_assumed_of_neither() {
    // Kuwait's dinar and Dubai's dirham count fils differently: a wrong
    // reading either way would be an alarm, so the figure is matched to
    // no fact (and reported unmatched).
    let text = "In Kuwait, the lender Gulf Harbour Bank, which also trades in Dubai, proposed a payout of 35 fils a share.\n";
    assert_eq!(common::findings_on(text, KUWAIT_REFS, "2024-03-01"), vec![]);
}
