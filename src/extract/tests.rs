//! Extraction over whole documents.

use super::*;
use crate::document::{Document, Format};
use crate::extract::claim::{Qualifier, Relation};
use chrono::NaiveDate;

fn doc(text: &str) -> Document {
    Document::from_text(
        "t.txt",
        text.to_owned(),
        Format::Text,
        NaiveDate::from_ymd_opt(2021, 6, 29),
        vec![],
    )
}

/// The date claim of `d` whose text is `t`.
fn date_claim(d: &Document, claims: &[Claim], t: &str) -> DateClaim {
    claims
        .iter()
        .find(|c| d.slice(c.span) == t)
        .and_then(|c| match &c.kind {
            ClaimKind::Date(x) => Some(x.clone()),
            _ => None,
        })
        .unwrap_or_else(|| panic!("{t} not read as a date"))
}

fn texts(d: &Document) -> Vec<String> {
    extract(d)
        .iter()
        .map(|c| d.slice(c.span).to_owned())
        .collect()
}

#[test]
fn seed_article_claims() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/articles/coalition-rome.txt"
    ))
    .unwrap();
    let d = Document::from_text("seed", text, Format::Text, None, vec![]);
    let claims = extract(&d);
    let found: Vec<&str> = claims.iter().map(|c| d.slice(c.span)).collect();
    assert_eq!(
        found,
        vec![
            "after two years",
            "nearly eight million people",
            "nearly eight million people",
            "on Monday",
            "over 800 units",
            "by June 2022",
            "in the fall of 2021"
        ]
    );
    let date = |t: &str| date_claim(&d, &claims, t);
    let monday = date("on Monday");
    assert_eq!(
        monday.interval.unwrap().start,
        NaiveDate::from_ymd_opt(2021, 6, 28).unwrap()
    );
    assert!(!monday.commitment);
    assert_eq!(monday.relation, Some(Relation::On));
    let june = date("by June 2022");
    assert!(june.commitment);
    assert_eq!(june.relation, Some(Relation::By));
    let fall = date("in the fall of 2021");
    assert!(fall.commitment);
    assert_eq!(
        fall.interval.unwrap().end,
        NaiveDate::from_ymd_opt(2021, 11, 30).unwrap()
    );
}

#[test]
fn quantities_in_prose() {
    let d = doc("Some 25,000 people attended. Up to 30,000 visitors came, and 8.5 million euros were spent.");
    assert_eq!(
        texts(&d),
        vec![
            "Some 25,000 people",
            "Up to 30,000 visitors",
            "8.5 million euros"
        ]
    );
    match &extract(&d)[1].kind {
        ClaimKind::Quantity(q) => assert_eq!(q.qualifier, Qualifier::UpTo),
        other => panic!("{other:?}"),
    }
}

#[test]
fn model_names_and_years_are_not_quantities() {
    let d = doc("The F-35 and COVID-19 were discussed in 2019 by G7 leaders.");
    let claims = extract(&d);
    assert_eq!(texts(&d), vec!["in 2019"]);
    assert!(matches!(claims[0].kind, ClaimKind::Date(_)));
}

#[test]
fn bare_weekday_after_said() {
    let d = doc("The ministry said Friday that 40 soldiers left.");
    assert_eq!(texts(&d), vec!["Friday", "40 soldiers"]);
}

#[test]
fn claims_do_not_cross_sentences() {
    let d = doc("It cost 5. Million people watched.");
    assert_eq!(texts(&d), vec!["5"]);
}

#[test]
fn not_quantities() {
    // Issue 3: none of these may give a quantity claim.
    for text in [
        "The F-35 flew.",
        "A Boeing 737 landed.",
        "Print it on A4 paper.",
        "He bought an iPhone 15 today.",
        "COVID-19 spread.",
        "The G7 and G20 met.",
        "Call +1-222-2222-2222 now.",
        "Call (202) 555-0143 now.",
        "They met at 3 p.m. and left at 10:30.",
        "It opened in 2019.",
        "Under Article 5 of the treaty, allies act.",
        "The repeal of Section 230 was debated.",
        "The council passed Resolution 2254.",
        "Upgrade to version 2 soon.",
        "He lives at 10 Downing Street.",
        "It was the 3rd meeting and the twenty-first session.",
        "See https://example.org/2021/800-troops for more.",
        "Remember 9/11 always.",
    ] {
        let d = doc(text);
        let quantities: Vec<String> = extract(&d)
            .iter()
            .filter(|c| matches!(c.kind, ClaimKind::Quantity(_)))
            .map(|c| d.slice(c.span).to_owned())
            .collect();
        assert!(quantities.is_empty(), "{text:?} gave {quantities:?}");
    }
}

#[test]
fn ranges_units_and_forms() {
    let quantity = |text: &str| -> Quantity {
        extract(&doc(text))
            .into_iter()
            .find_map(|c| match c.kind {
                ClaimKind::Quantity(q) => Some(q),
                _ => None,
            })
            .unwrap_or_else(|| panic!("no quantity in {text:?}"))
    };
    for text in [
        "between 300 and 400 troops came",
        "from 300 to 400 troops came",
        "300-400 troops came",
        "300–400 troops came",
    ] {
        let q = quantity(text);
        assert_eq!(
            (q.qualifier, q.min, q.max),
            (Qualifier::Between, Some(300.0), Some(400.0)),
            "{text}"
        );
    }
    let q = quantity("Over 800 troops were sent.");
    assert_eq!((q.qualifier, q.value), (Qualifier::Over, 800.0));
    let q = quantity("a more-than-800-strong contingent");
    assert_eq!((q.qualifier, q.value), (Qualifier::Over, 800.0));
    let q = quantity("It cost $1.2bn in all.");
    assert_eq!((q.value, q.unit.as_deref()), (1.2e9, Some("$")));
    let q = quantity("It cost €40m in all.");
    assert_eq!((q.value, q.unit.as_deref()), (40e6, Some("EUR")));
    let q = quantity("It cost US$2 trillion in all.");
    assert_eq!((q.value, q.unit.as_deref()), (2e12, Some("USD")));
    let q = quantity("It has 8m residents.");
    assert_eq!((q.value, q.unit.as_deref()), (8e6, Some("residents")));
    let q = quantity("They built a 3m wall.");
    assert_eq!((q.value, q.unit.as_deref()), (3.0, Some("m")));
    let q = quantity("Support rose 2 percentage points.");
    assert_eq!(q.unit.as_deref(), Some("percentage points"));
    let q = quantity("half a million people came");
    assert_eq!((q.value, q.precision), (500_000.0, 500_000.0));
    // A fraction in words before its population is a share, as "one in
    // three voters" is.
    let q = quantity("two-thirds of voters agreed");
    assert!((q.value - 200.0 / 3.0).abs() < 1e-9);
    assert_eq!(q.unit.as_deref(), Some("percent"));
    let q = quantity("8 000 000 people");
    assert_eq!((q.value, q.precision), (8e6, 1e6));
    let q = quantity("7.7 million people");
    assert!((q.precision - 1e5).abs() < 1e-6);
}

#[test]
fn changes_are_not_ranges() {
    let d = doc("Sales rose from 10 to 15 units.");
    let claims = extract(&d);
    assert!(claims.iter().all(|c| match &c.kind {
        ClaimKind::Quantity(q) => q.min.is_none(),
        _ => true,
    }));
}

#[test]
fn a_bare_year_before_a_plural_count_is_a_count() {
    // "people" counts like a plural, though it does not end in -s.
    assert_eq!(
        texts(&doc("The 2000 people gathered.")),
        vec!["2000 people"]
    );
    assert_eq!(
        texts(&doc("It was the 2016 federal election.")),
        vec!["2016"]
    );
}

#[test]
fn a_shared_sign_is_decided_by_the_front_matter_or_the_configuration() {
    let unit = |d: &Document, options: &ExtractOptions| -> Vec<Option<String>> {
        extract_with(d, options)
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Quantity(q) => Some(q.unit),
                _ => None,
            })
            .collect()
    };
    let text = "The deficit is $40.4 billion, against US$3 billion.";
    let plain = ExtractOptions::default();
    // Undecided, the sign stays; an explicit form is its own currency.
    let d = doc(text);
    assert_eq!(unit(&d, &plain), [Some("$".into()), Some("USD".into())]);
    // The configuration decides …
    let aud = ExtractOptions {
        currencies: currency::Currencies::decide(&["AUD"]).unwrap(),
        ..ExtractOptions::default()
    };
    assert_eq!(unit(&d, &aud), [Some("AUD".into()), Some("USD".into())]);
    // … and the article's front matter wins over it.
    let md = Document::from_text(
        "a.md",
        format!("---\ncurrency: NZD\n---\n{text}\n"),
        Format::Markdown,
        None,
        vec![],
    );
    assert_eq!(unit(&md, &aud), [Some("NZD".into()), Some("USD".into())]);
    let bad = Document::from_text(
        "b.md",
        format!("---\ncurrency: EUR\n---\n{text}\n"),
        Format::Markdown,
        None,
        vec![],
    );
    assert!(bad
        .warnings
        .iter()
        .any(|w| w.contains("b.md") && w.contains("EUR")));
}

#[test]
fn capitalised_words_before_a_figure_are_prose_unless_a_brand() {
    let d = doc("Italy Sends 800 Troops to Lebanon.");
    // A headline's capitalised plural is the counted noun, as in
    // "800 Italians".
    assert_eq!(texts(&d), vec!["800 Troops"]);
    let d = doc("A more-than-800-strong contingent left.");
    assert_eq!(texts(&d), vec!["more-than-800-strong contingent"]);
    let d = doc("The new Boeing 737 landed.");
    assert!(texts(&d).is_empty());
}

#[test]
fn a_figure_after_a_name_is_not_a_year() {
    let d = doc("They said to pay ABC 2000. It happened in 2019.");
    let kinds: Vec<(String, &str)> = extract(&d)
        .iter()
        .map(|c| (d.slice(c.span).to_owned(), c.kind.name()))
        .collect();
    assert!(
        kinds.contains(&("2000".to_owned(), "quantity")),
        "{kinds:?}"
    );
    assert!(kinds.contains(&("in 2019".to_owned(), "date")), "{kinds:?}");
}

#[test]
fn this_season_in_the_past_tense_and_the_past_decade() {
    let d = Document::from_text(
        "t.txt",
        "The trust counted 86 species this summer. Investment doubled over the past decade."
            .to_owned(),
        Format::Text,
        NaiveDate::from_ymd_opt(2022, 9, 19),
        vec![],
    );
    let intervals: Vec<(String, String)> = extract(&d)
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Date(x) => x
                .interval
                .map(|i| (d.slice(c.span).to_owned(), format!("{}…{}", i.start, i.end))),
            _ => None,
        })
        .collect();
    assert!(
        intervals.contains(&("this summer".to_owned(), "2022-06-01…2022-08-31".to_owned())),
        "{intervals:?}"
    );
    assert!(
        intervals.contains(&(
            "the past decade".to_owned(),
            "2012-09-19…2022-09-19".to_owned()
        )),
        "{intervals:?}"
    );
}

#[test]
fn cents_and_pence_are_claimed_in_the_main_unit() {
    let d = doc("The firm earned 8.1 pence a share, against 11 cents at its rival and 10 to 12 cents before.");
    let money: Vec<(f64, Option<f64>, Option<String>)> = extract(&d)
        .into_iter()
        .filter_map(|c| match c.kind {
            ClaimKind::Quantity(q) => Some((q.value, q.max, q.unit)),
            _ => None,
        })
        .collect();
    assert_eq!(
        money,
        vec![
            (0.081, None, Some("GBP".to_owned())),
            (0.11, None, Some("$".to_owned())),
            (0.1, Some(0.12), Some("$".to_owned())),
        ]
    );
}

#[test]
fn a_figure_joined_to_the_next_by_and_counts_its_noun() {
    let units = |text: &str| -> Vec<Option<String>> {
        extract(&doc(text))
            .into_iter()
            .filter_map(|c| match c.kind {
                ClaimKind::Quantity(q) => Some(q.unit),
                _ => None,
            })
            .collect()
    };
    let seats = Some("seats".to_owned());
    assert_eq!(
        units("They won 16 and 12 seats."),
        vec![seats.clone(), seats]
    );
    // Not across other words, nor from money or a share.
    assert_eq!(
        units("They won 16, and later 12 seats."),
        vec![None, Some("seats".to_owned())]
    );
    assert_eq!(
        units("It rose 3 and 5 percent."),
        vec![None, Some("percent".to_owned())]
    );
    // The part of a whole counts what the whole counts.
    let passes = Some("passes".to_owned());
    assert_eq!(
        units("She completed 21 of 30 passes."),
        vec![passes.clone(), passes]
    );
    assert_eq!(
        units("He was cleared on two of five charges."),
        vec![Some("charges".to_owned()), Some("charges".to_owned())]
    );
}

/// Every one-character sign of the currency table starts a figure, not
/// only the five the scan once listed: "₦5 billion" is naira.
#[test]
fn every_currency_sign_starts_a_figure() {
    let d = doc("Loans reached ₦5 billion. It cost ৳300 crore. Rates hit ₩2 trillion.");
    let units: Vec<(String, Option<String>)> = extract(&d)
        .iter()
        .map(|c| match &c.kind {
            ClaimKind::Quantity(q) => (d.slice(c.span).to_owned(), q.unit.clone()),
            _ => (d.slice(c.span).to_owned(), None),
        })
        .collect();
    assert_eq!(
        units,
        vec![
            ("₦5 billion".to_owned(), Some("NGN".to_owned())),
            ("৳300 crore".to_owned(), Some("BDT".to_owned())),
            ("₩2 trillion".to_owned(), Some("KRW".to_owned())),
        ]
    );
    for c in ['$', '€', '£', '¥', '₹', '₦', '৳'] {
        assert!(lexicon::is_currency_sign(c), "{c}");
    }
    assert!(!lexicon::is_currency_sign('A') && !lexicon::is_currency_sign('-'));
}

#[test]
fn a_state_since_a_date_is_no_promise() {
    let d = doc(
        "Crude rose on Monday to reach its best close since early July 2015. \
                 The talks will resume as early as Thursday.",
    );
    let claims = extract(&d);
    let date = |t: &str| date_claim(&d, &claims, t);
    // The infinitive looks ahead, but a start "since" is no commitment.
    let since = date("since early July 2015");
    assert_eq!(since.relation, Some(Relation::Since));
    assert!(!since.commitment);
    // A bound ahead ("as early as") still may be one.
    assert!(date("as early as Thursday").commitment);
}
