//! Tests of `tense` for what reads ahead or back across a clause: a
//! phrase with no verb of its own, passive and "set to" infinitives, "no"
//! before a noun, irregular past forms and verbs alike in present and past.

use super::*;

#[test]
fn a_phrase_with_no_verb_takes_the_tense_of_the_clause_before() {
    // 2025-11-05 is a Wednesday.
    let got = read(
        "The records office will open the archive late Tuesday, followed by the map room early Thursday.",
        (2025, 11, 5),
    );
    assert_eq!(
        got,
        vec![
            ("Tuesday".to_owned(), Tense::Future, true),
            ("Thursday".to_owned(), Tense::Future, true),
        ]
    );
    let got = read(
        "The ferry board will publish its accounts on Monday, with the auditors' letter due Thursday.",
        (2025, 11, 5),
    );
    assert_eq!(got.get(1).map(|g| g.1), Some(Tense::Future));
    // The past goes on the same way.
    let got = read(
        "Fares rose at Brackwater on Monday, followed by a dip on Tuesday.",
        (2025, 11, 5),
    );
    assert_eq!(got.get(1).map(|g| g.1), Some(Tense::Past));
    // A clause with a verb of its own keeps its own tense.
    let got = read(
        "The mayor will speak on Monday, then the crowd cheered on Tuesday.",
        (2025, 11, 5),
    );
    assert_eq!(got.get(1).map(|g| g.1), Some(Tense::Past));
    // "followed by" is no past verb inside a clause either.
    let t = at(
        "the council will meet Friday followed by a vote on Saturday",
        "on Saturday",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
}

#[test]
fn a_passive_or_set_infinitive_looks_ahead() {
    for (c, d) in [
        ("the replay to be broadcast Sunday", "Sunday"),
        ("the parade is to be held on Friday", "on Friday"),
        ("a quiz show set to air Monday", "Monday"),
        ("a quiz show set to air Monday won praise", "Monday"),
        ("the final to be broadcast Sunday has sold out", "Sunday"),
        ("the treasurer is due to be sentenced Thursday", "Thursday"),
        ("the bridge needs to be signed off by June", "by June"),
    ] {
        let t = at(c, d);
        assert_eq!((t.tense, t.commitment), (Tense::Future, true), "{c}");
    }
    // Something past before "to" dates or hedges it.
    let t = at("the two men were said to be held on Monday", "on Monday");
    assert_eq!(t.tense, Tense::Past);
    let t = at("the fair was to be held in May", "in May");
    assert_eq!((t.tense, t.commitment), (Tense::Past, true));
    let t = at("the road seems to be closed on Sundays", "on Sundays");
    assert!(!t.commitment);
}

#[test]
fn no_before_a_noun_does_not_negate_the_commitment() {
    let t = at(
        "there will be no combat troops in Varnia by 2015",
        "by 2015",
    );
    assert!(t.commitment && !t.negated);
    let t = at("the fund will have no money by 2030", "by 2030");
    assert!(t.commitment && !t.negated);
    // A negated verb is a different statement: reported negated.
    let t = at("the army will not finish the road by 2016", "by 2016");
    assert!(t.commitment && t.negated);
    let t = at("permits will no longer be needed from 2027", "from 2027");
    assert!(t.commitment && t.negated);
    let t = at("the mill won't reopen before 2026", "before 2026");
    assert!(t.negated);
}

#[test]
fn irregular_past_forms_mark_the_past() {
    for (c, d) in [
        ("the club sold its ground on Monday", "on Monday"),
        ("the striker shot twice on Saturday", "on Saturday"),
        ("the ruling taken on Tuesday", "on Tuesday"),
        ("the ferry sank in March", "in March"),
    ] {
        let t = at(c, d);
        assert_eq!((t.tense, t.commitment), (Tense::Past, false), "{c}");
    }
}

#[test]
fn a_verb_alike_in_present_and_past_is_past_after_a_singular_subject() {
    for (c, d) in [
        (
            "Tolland beat Marsh on Saturday night to finish third",
            "on Saturday night",
        ),
        ("Veldria narrowly beat Ostmark on Sunday", "on Sunday"),
        ("Italy beat Ostmark on Sunday", "on Sunday"),
        ("the storm cut the power on Monday", "on Monday"),
        ("it hit a record high on Tuesday", "on Tuesday"),
        ("the council put the plan on hold in May", "in May"),
        ("Barrow set a new club record on Friday", "on Friday"),
    ] {
        let t = at(c, d);
        assert_eq!((t.tense, t.commitment), (Tense::Past, false), "{c}");
    }
    // After "will", "to", a determiner, or before "to", "list", "more":
    // no past verb.
    let t = at("Tolland will beat Marsh on Saturday", "on Saturday");
    assert_eq!(t.tense, Tense::Future);
    let t = at("the board plans to cut fares in March", "in March");
    assert_eq!(t.tense, Tense::Future);
    for (c, d) in [
        ("a hit list for Monday", "for Monday"),
        ("read more on Monday", "on Monday"),
        ("the price cut on Monday", "on Monday"),
        ("a new set of rules from Monday", "from Monday"),
        // A plural subject could be the present: left unread.
        ("they cut the ribbon on Monday", "on Monday"),
    ] {
        assert_eq!(at(c, d).tense, Tense::Present, "{c}");
    }
    // "set to" looks ahead; "cut-off" is an adjective.
    let t = at("the show set to air on Monday", "on Monday");
    assert_eq!(t.tense, Tense::Future);
    let t = at("Marsh a cut-off date on Monday", "on Monday");
    assert_eq!(t.tense, Tense::Present);
}

#[test]
fn a_phrase_with_an_infinitive_or_a_deadline_ahead_keeps_its_own_reading() {
    let got = read(
        "The plan was unveiled on Tuesday, with councillors racing to beat a Friday deadline and keep the ferries funded through next spring.",
        (2025, 11, 5),
    );
    assert_eq!(
        got.last(),
        Some(&("through next spring".to_owned(), Tense::Future, true))
    );
    assert_ne!(got.get(1).map(|g| g.1), Some(Tense::Past));
}

#[test]
fn the_irregular_table_is_sorted_and_each_form_is_found() {
    let forms = vocab::irregular_forms();
    assert!(forms.windows(2).all(|p| p[0].0 < p[1].0));
    for &(w, f) in forms {
        assert_eq!(vocab::irregular(w), Some(f), "{w}");
    }
    for w in ["", "beats", "zebra", "Beat", "é", "aaa", "took2"] {
        assert_eq!(vocab::irregular(w), None, "{w}");
    }
}

#[test]
fn the_shape_filter_admits_every_form_and_turns_common_words_away() {
    for &(w, _) in vocab::irregular_forms() {
        assert!(vocab::irregular_shape(w), "{w}");
    }
    // No form starts with "t", ends with "e" and has three letters, and
    // so on: these never reach a comparison of letters.
    for w in [
        "the", "percent", "million", "and", "of", "will", "2019", "é", "", "x",
    ] {
        assert!(!vocab::irregular_shape(w), "{w}");
    }
    // A word of a form's shape is still looked up: "tore" is one, "tame"
    // is not.
    assert!(vocab::irregular_shape("tame"));
    assert_eq!(vocab::irregular("tame"), None);
}
