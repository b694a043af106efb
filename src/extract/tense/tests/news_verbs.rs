//! Tests of `tense` for the verbs of news copy that session 13 reads:
//! forecasts and expectations with an object, "due" and "expected" before
//! their time, infinitives of aspect and of result, a participle before
//! its noun, a question inside the clause, a plan told in the past, and
//! phrases that "and", "alongside" or a quotation mark leave verbless.

use super::*;

#[test]
fn a_forecast_or_an_expectation_with_an_object_looks_ahead() {
    let c =
        "Chief executive Mara Venn forecast sales in the fiscal second quarter to rise 8 per cent.";
    let t = at(c, "in the fiscal second quarter");
    assert!(t.commitment);
    assert_eq!(t.tense, Tense::Future);
    let c = "The clinic network expects a rise in admissions this winter.";
    assert!(at(c, "this winter").commitment);
    let c = "Ostrel posted a record quarter and forecast an even busier third quarter.";
    assert!(at(c, "third quarter").commitment);
    // The noun dates nothing: "the forecast for May was cut".
    let c = "Analysts said the forecast for May was cut.";
    assert!(!at(c, "for May").commitment);
    // A forecast the figure has overtaken: past, no promise.
    let c = "Economists had forecast payrolls to grow by 90,000 in April.";
    let t = at(c, "in April");
    assert!(!t.commitment);
    assert_eq!(t.tense, Tense::Past);
}

#[test]
fn due_and_expected_before_their_time_are_plans() {
    let c = "the harbour survey due Thursday";
    assert!(at(c, "Thursday").commitment);
    let c = "its reply to the audit, expected at the end of March";
    assert!(at(c, "at the end of March").commitment);
    // A hedge, not a plan.
    let c = "sales fell faster than expected in June";
    assert!(!at(c, "in June").commitment);
    let c = "a smaller-than-expected fall in second-quarter margins";
    assert!(!at(c, "second-quarter").commitment);
}

#[test]
fn an_infinitive_of_aspect_takes_the_time_of_its_verb() {
    let c = "Brennock Airport continued to rank as the region's top hub in August";
    let t = at(c, "in August");
    assert_eq!(t.tense, Tense::Past);
    assert!(!t.commitment);
    // A plan's infinitive still looks ahead.
    let c = "the council agreed to hold a second vote in August";
    assert!(at(c, "in August").commitment);
}

#[test]
fn an_infinitive_of_result_after_a_past_verb_is_no_plan() {
    let c = "Dov Harl struck a two-run single in the ninth to finish the comeback on Sunday night";
    let t = at(c, "on Sunday night");
    assert_eq!(t.tense, Tense::Past);
    assert!(!t.commitment);
    // An order's object and infinitive set a date ahead.
    let c = "the court urged the port authority to complete the quay by June";
    assert!(at(c, "by June").commitment);
}

#[test]
fn a_participle_before_its_noun_is_no_verb_of_the_clause() {
    let c = "The winner will also become the new No. 1 ranked rider on Monday.";
    let t = at(c, "on Monday");
    assert_eq!(t.tense, Tense::Future);
    assert!(t.commitment);
    // A participle before a function word keeps its verb.
    let c = "the injured were flown out on Monday";
    assert_eq!(at(c, "on Monday").tense, Tense::Past);
}

#[test]
fn a_question_inside_the_clause_is_not_reached_by_the_verb_before_it() {
    let c =
        "The charter aims to show how the valley is preparing for the river summit in May 2027.";
    assert!(!at(c, "in May 2027").commitment);
    // "how to" opens no clause of its own.
    let c = "The board will decide how to spend the grant by March.";
    assert!(at(c, "by March").commitment);
}

#[test]
fn an_infinitive_that_a_past_verb_of_asking_governs_is_a_plan_told_in_the_past() {
    let c = "In May, Ostrel told investors to expect second-quarter sales of $40 million.";
    let t = at(c, "second-quarter");
    assert_eq!(t.tense, Tense::Past);
    assert!(t.commitment);
}

#[test]
fn verbless_phrases_after_and_or_alongside_go_on_in_the_tense_before() {
    let got = read(
        "The depot will open a charging hall next year, alongside a first £4m grant in 2027 to train drivers.",
        (2026, 3, 2),
    );
    assert!(
        got.contains(&("in 2027".to_owned(), Tense::Future, true)),
        "{got:?}"
    );
    let got = read(
        "The ward admitted 40 patients on Monday, and 12 more on Tuesday.",
        (2026, 3, 4),
    );
    assert!(
        got.contains(&("on Tuesday".to_owned(), Tense::Past, false)),
        "{got:?}"
    );
    // "and" before a clause with a verb of its own lends it nothing.
    let got = read(
        "Barley closed at $190 a tonne, and the March contract expires on Friday.",
        (2026, 3, 4),
    );
    assert!(
        got.contains(&("on Friday".to_owned(), Tense::Present, false)),
        "{got:?}"
    );
}

#[test]
fn a_quotation_mark_does_not_end_the_clause_a_fronted_phrase_waits_for() {
    let got = read(
        "Her view is that, by 2031, “most ferries” on the lake will run on batteries.",
        (2026, 3, 4),
    );
    assert!(
        got.contains(&("by 2031".to_owned(), Tense::Future, true)),
        "{got:?}"
    );
}

#[test]
fn a_participle_phrase_goes_on_with_the_verb_it_hangs_from() {
    // Published in January: October is the one just past.
    let got = read(
        "Brennock Airport kept its lead last year, carrying 2.1 million passengers in October.",
        (2027, 1, 14),
    );
    assert!(
        got.contains(&("in October".to_owned(), Tense::Past, false)),
        "{got:?}"
    );
}

#[test]
fn a_projection_of_a_figure_is_no_promise() {
    let c = "Output is expected to grow by 2.5% in 2027-28";
    let t = at(c, "in 2027-28");
    assert_eq!(t.tense, Tense::Future);
    assert!(!t.commitment);
    let c = "forecasters said showers would continue to fall for the next three days";
    assert!(!at(c, "for the next three days").commitment);
    // An act still promised, and one's own forecast.
    let c = "The mayor is expected to sign the order on Friday";
    assert!(at(c, "on Friday").commitment);
    let c = "Ostrel expects revenue in the fourth quarter to grow 6 per cent";
    assert!(at(c, "in the fourth quarter").commitment);
}
