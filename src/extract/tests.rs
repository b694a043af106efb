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
    let date = |t: &str| {
        claims
            .iter()
            .find(|c| d.slice(c.span) == t)
            .and_then(|c| match &c.kind {
                ClaimKind::Date(x) => Some(x.clone()),
                _ => None,
            })
            .unwrap()
    };
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
