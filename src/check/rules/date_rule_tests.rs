//! The rules that need no reference data, each with passing and failing
//! examples, run through extraction and `check_document`.

use chrono::NaiveDate;

use crate::check::check_document;
use crate::check::finding::Finding;
use crate::document::{Document, Format};
use crate::extract::extract;
use crate::reference::ReferenceSet;

fn findings(text: &str, date: Option<NaiveDate>) -> Vec<Finding> {
    let doc = Document::from_text("t.txt", text.to_owned(), Format::Text, date, vec![]);
    let claims = extract(&doc);
    check_document(&doc, &claims, &ReferenceSet::default())
}

fn article() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2021, 6, 29)
}

fn rules_of(text: &str, date: Option<NaiveDate>) -> Vec<&'static str> {
    findings(text, date).iter().map(|f| f.rule).collect()
}

#[test]
fn weekday_mismatch_names_both_sides_and_offers_both_fixes() {
    let f = findings("The summit opened on Monday, June 29, 2021.", article());
    let w: Vec<&Finding> = f.iter().filter(|f| f.rule == "weekday-mismatch").collect();
    assert_eq!(w.len(), 1, "{f:#?}");
    assert_eq!(w[0].message, "June 29, 2021 is a Tuesday, not a Monday");
    assert_eq!(
        w[0].alternatives,
        vec!["Tuesday, June 29, 2021", "Monday, June 28, 2021"]
    );
    assert!(w[0].suggestion.is_none());
    assert!(rules_of("The summit opened on Tuesday, June 29, 2021.", article()).is_empty());
    assert!(rules_of("It opened Tue, June 29, 2021.", None).is_empty());
}

#[test]
fn impossible_dates() {
    let f = findings("The deal was signed on June 31, 2021.", article());
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].rule, "impossible-date");
    assert_eq!(
        f[0].message,
        "June has 30 days: June 31, 2021 does not exist"
    );
    let f = findings("It was signed on February 29, 2021.", None);
    assert_eq!(
        f[0].message,
        "2021 is not a leap year: February 29, 2021 does not exist"
    );
    assert_eq!(
        rules_of("It was signed on February 30.", article()),
        vec!["impossible-date"]
    );
    assert!(rules_of("It was signed on February 29, 2020.", None).is_empty());
    assert!(rules_of("It was signed on June 30, 2021.", None).is_empty());
}

#[test]
fn past_as_future() {
    let f = findings("The ministers will meet again by June 2020.", article());
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].rule, "past-as-future");
    assert!(f[0].message.contains("2020-06-30"), "{}", f[0].message);
    // The seed's commitments lie ahead; a past statement is no commitment;
    // a negated commitment promises nothing; a commitment reaching the
    // article date is not wholly before it.
    assert!(rules_of("They will meet by June 2022.", article()).is_empty());
    assert!(rules_of("They met in June 2020.", article()).is_empty());
    assert!(rules_of("They will not meet before 2020.", article()).is_empty());
    assert!(rules_of("They will finish in June 2021.", article()).is_empty());
    // A plan told in the past tense is not presented as still to come.
    assert!(rules_of("The mayor was expected to sign it on Saturday.", article()).is_empty());
    assert!(rules_of("The vote was due to be held in May 2021.", article()).is_empty());
}

#[test]
fn unresolved_dates_without_an_article_date() {
    let f = findings("The ministers met on Monday.", None);
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].rule, "unresolved-date");
    assert_eq!(f[0].severity, crate::check::finding::Severity::Info);
    assert!(rules_of("The ministers met on Monday.", article()).is_empty());
    // An absolute date needs no article date.
    assert!(rules_of("The ministers met on June 28, 2021.", None).is_empty());
    // Vague dates and dates counted from an unnamed event stay open with or
    // without an article date: giving one would not help, so no finding.
    assert!(rules_of("They will meet in the coming weeks.", None).is_empty());
    assert!(rules_of("Three years later the bridge opened.", None).is_empty());
    assert!(rules_of("They had met the day before.", None).is_empty());
}
