//! Tests of `tense`.

use std::borrow::Cow;

use super::*;
use proptest::prelude::*;

/// The scan of every word the windowed search replaced, kept as the
/// reference it must agree with.
mod oracle;

fn at(clause: &str, date: &str) -> ClauseTense {
    let s = clause.find(date).unwrap();
    clause_tense(clause, s, s + date.len())
}

#[test]
fn seed_clauses() {
    let c = "said a joint communique issued on Monday after a meeting of the Ministers concluded in Rome.";
    assert_eq!(
        at(c, "on Monday"),
        ClauseTense {
            tense: Tense::Past,
            commitment: false,
            negated: false
        }
    );
    let c = "The Ministers also reaffirmed their intent to hold the next ministerial meeting of the Global Coalition by June 2022";
    assert!(at(c, "by June 2022").commitment);
    let c =
        "and to hold a Small Group Political Directors Meeting in Brussels in the fall of 2021.";
    assert!(at(c, "in the fall of 2021").commitment);
}

#[test]
fn past_clause_is_not_a_commitment() {
    let c = "the company confirmed on Friday";
    assert_eq!(at(c, "on Friday").tense, Tense::Past);
    assert!(!at(c, "on Friday").commitment);
}

#[test]
fn negated_commitments() {
    let c = "The ministers will not meet before 2023";
    let t = at(c, "before 2023");
    assert!(t.commitment && t.negated);
    assert!(!at("They will meet in 2023", "in 2023").negated);
}

#[test]
fn schedules_and_targets_are_commitments() {
    for (c, date) in [
        (
            "The dividend will be paid on 26 May to holders",
            "on 26 May",
        ),
        ("Smith is to be sentenced Dec. 19", "Dec. 19"),
        ("The two men are due back in court on Aug. 2", "on Aug. 2"),
        (
            "Army aims for fewer than 900 troops by November",
            "by November",
        ),
        ("it is on track for a solid 2018", "2018"),
        ("its target for 2018 margins", "2018"),
        ("The minister is projecting a surplus for 2024", "2024"),
        ("The new fares take effect Jan. 1", "Jan. 1"),
        ("members poised to raise targets at the June summit", "June"),
        ("with a second group to follow in February", "in February"),
    ] {
        let t = at(c, date);
        assert!(t.commitment, "{c}");
        assert_eq!(t.tense, Tense::Future, "{c}");
    }
    // The same plan told in the past tense is dated by it.
    let t = at("it was on track for a solid 2018", "2018");
    assert_eq!((t.tense, t.commitment), (Tense::Past, true));
    // An infinitive of purpose after a past verb keeps it past.
    let c = "Esper appeared Saturday to announce a withdrawal";
    assert_eq!(at(c, "Saturday").tense, Tense::Past);
}

#[test]
fn passive_participles_take_the_auxiliary_tense() {
    let c = "is expected to be finished by December 2025.";
    assert!(at(c, "by December 2025").commitment);
    assert_eq!(
        at("The bridge was finished in May", "in May").tense,
        Tense::Past
    );
}

#[test]
fn no_marker_is_present() {
    assert_eq!(
        at("The office is open on Monday", "on Monday").tense,
        Tense::Present
    );
}

#[test]
fn a_plan_in_the_past_is_a_commitment_dated_by_its_tense() {
    let t = at(
        "The mayor was expected to open the bridge later on Friday",
        "on Friday",
    );
    assert_eq!(t.tense, Tense::Past);
    assert!(t.commitment);
    let t = at("The talks were due to resume on Monday", "on Monday");
    assert_eq!((t.tense, t.commitment), (Tense::Past, true));
}

#[test]
fn next_inside_another_date_is_no_marker() {
    let c = "crews are racing to clear the Monday backlog and keep roads open through next winter";
    assert_eq!(at(c, "Monday").tense, Tense::Present);
    assert!(at("They agreed the next round of talks on Monday", "on Monday").commitment);
}

/// Each date of `text` (dated `date`) with its tense and commitment.
fn read(text: &str, date: (i32, u32, u32)) -> Vec<(String, Tense, bool)> {
    use crate::document::{Document, Format};
    use crate::extract::claim::ClaimKind;
    let date = chrono::NaiveDate::from_ymd_opt(date.0, date.1, date.2);
    let doc = Document::from_text("a.txt", text.into(), Format::Text, date, vec![]);
    crate::extract::extract(&doc)
        .iter()
        .filter_map(|c| match &c.kind {
            ClaimKind::Date(d) => Some((doc.slice(c.span).to_owned(), d.tense, d.commitment)),
            _ => None,
        })
        .collect()
}

#[test]
fn a_fronted_phrase_takes_the_tense_of_its_clause() {
    let got = read(
        "Over the next three weeks, the ferry company will cut its timetable. On Monday, the harbour master said so.",
        (2024, 5, 8),
    );
    assert_eq!(
        got,
        vec![
            ("the next three weeks".to_owned(), Tense::Future, true),
            ("On Monday".to_owned(), Tense::Past, false),
        ]
    );
}

#[test]
fn the_date_leading_an_item_of_a_list_takes_the_tense_of_the_item() {
    let got = read(
        "The district gave the steps on Tuesday.\n4 May - Years 9 and 10 will return to class\n11 May: Year 8 will return.\n12 May - the depot was shut.",
        (2021, 4, 20),
    );
    assert_eq!(
        got,
        vec![
            ("on Tuesday".to_owned(), Tense::Past, false),
            ("4 May".to_owned(), Tense::Future, true),
            ("11 May".to_owned(), Tense::Future, true),
            ("12 May".to_owned(), Tense::Past, false),
        ]
    );
}

#[test]
fn a_condition_looks_ahead_without_a_promise() {
    let t = at(
        "She can take the title if her team wins on Saturday",
        "on Saturday",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Future, false));
}

#[test]
fn likely_and_expects_to_are_expectations() {
    let t = at(
        "The judge is likely to rule when the case resumes in March",
        "in March",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    let t = at(
        "Our plan expects to bring the fleet below 40 ships by the end of May",
        "by the end of May",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
}

#[test]
fn a_relative_pronoun_stops_a_marker_before_it() {
    // The payment is promised; the record day is a fact about holders.
    let c = "The bonus will be paid on 3 March to members who are enrolled on 1 February";
    assert!(at(c, "on 3 March").commitment);
    let t = at(c, "on 1 February");
    assert_eq!((t.tense, t.commitment), (Tense::Present, false));
}

#[test]
fn participles_that_are_not_past_verbs() {
    // Completing an object: no past verb here.
    let c = "racing to beat a Tuesday cut-off and keep the agency staffed";
    assert_eq!(at(c, "Tuesday").tense, Tense::Present);
    // A reduced relative with "set out": the past.
    let c = "The council will add 2 million on top of the sum set out in May";
    assert_eq!(at(c, "in May").tense, Tense::Past);
    assert!(!at(c, "in May").commitment);
    // "will set out" stays the future.
    let c = "The council will set out its plan in May";
    assert_eq!(at(c, "in May").tense, Tense::Future);
}

#[test]
fn an_announced_event_is_dated_by_neither_tense() {
    let c = "The union has called a national strike across the ports on Oct 3";
    let t = at(c, "on Oct 3");
    assert_eq!((t.tense, t.commitment), (Tense::Present, true));
    // The announcement itself is dated in the past.
    let c = "The union called on Monday for a strike";
    assert_eq!(at(c, "on Monday").tense, Tense::Past);
}

/// Every marker word, the words the rules look at next to them, and
/// some that are neither.
fn vocabulary() -> Vec<String> {
    let mut v: Vec<String> = Vec::new();
    for list in [
        oracle::FUTURE_MARKERS,
        oracle::PAST_MARKERS,
        oracle::NOT_PAST,
        oracle::NEGATIONS,
    ] {
        for m in list {
            for w in m.split(' ') {
                if !v.iter().any(|x| x == w) {
                    v.push(w.to_owned());
                }
            }
        }
    }
    for w in [
        "be",
        "been",
        "being",
        "has",
        "have",
        "won't",
        "can’t",
        "finished",
        "bred",
        "x",
        "2022",
        "ÉTÉ",
        "naïved",
        "can",
        "who",
        "which",
        "whose",
        "set",
        "out",
        "up",
        "announced",
        "called",
        "a",
        "the",
        "march",
        "strike",
        "keep",
        "get",
        "funded",
        "likely",
        "fall",
        "year",
        "four",
        "unlikely",
        "would",
        "paid",
        "before",
        "until",
        "when",
        "that",
        "they",
        "Voters",
        "regaining",
        "predicted",
        "projected",
        "slated",
        "tipped",
        "forecast",
        "rate",
        "rise",
        "re",
        "closely",
        "watched",
        "state-owned",
        "last",
        "every",
        "week",
        "ordered",
        "report",
        "as",
        "because",
        "while",
        "no",
        "longer",
        "beat",
        "cut",
        "hit",
        "Smith",
        "Italy",
        "narrowly",
        "he",
        "it",
        "jobs",
        "be",
        "broadcast",
        "followed",
        "preceded",
        "by",
        "seems",
        "list",
        "taken",
        "given",
        "expects",
        "expected",
        "grow",
        "is",
        "continue",
        "due",
        "on",
        "at",
        "in",
        "then",
        "continued",
        "began",
        "told",
        "asked",
        "to",
        "ranked",
        "player",
        "1",
        "finish",
        "close",
        "added",
        "how",
        "whether",
        "forecasted",
        "for",
        "hoped",
        "hopes",
        "had",
        "those",
        "affected",
        "opens",
        "could",
        "want",
        "wants",
        "fixed",
        "slated",
        "timed",
        "pencilled",
        "authorising",
        "allowed",
        "permission",
        "was",
    ] {
        v.push(w.to_owned());
    }
    v
}

#[test]
fn markers_match_the_lists() {
    let vocab = vocabulary();
    let firsts: Vec<&str> = oracle::FUTURE_MARKERS
        .iter()
        .map(|m| m.split(' ').next().unwrap())
        .collect();
    let words = |ws: &[&str]| -> Vec<(usize, Cow<'static, str>)> {
        ws.iter().map(|w| (0, Cow::Owned(w.to_string()))).collect()
    };
    for first in &firsts {
        for second in vocab.iter().map(String::as_str).chain([""]) {
            for third in vocab.iter().map(String::as_str).chain([""]) {
                let ws: Vec<&str> = [*first, second, third]
                    .into_iter()
                    .filter(|w| !w.is_empty())
                    .collect();
                let ws = words(&ws);
                assert_eq!(
                    future_at(&ws, 0),
                    oracle::future_at(&ws, 0),
                    "{first} {second} {third}"
                );
            }
        }
    }
    for w in &vocab {
        let ws = words(&[w.as_str()]);
        assert_eq!(future_at(&ws, 0), oracle::future_at(&ws, 0), "{w}");
        assert_eq!(is_past_word(w), oracle::is_past_word(w), "{w}");
        assert_eq!(
            is_negation(w),
            oracle::NEGATIONS.contains(&w.as_str()) || w.ends_with("n't") || w.ends_with("n’t"),
            "{w}"
        );
    }
}

/// Clauses of marker words in any case, punctuation and other words.
fn clause() -> impl Strategy<Value = String> {
    let vocab = vocabulary();
    let word = prop_oneof![
        4 => prop::sample::select(vocab).prop_flat_map(|w| {
            prop_oneof![Just(w.clone()), Just(w.to_uppercase()), Just(format!("{w}ed"))]
        }),
        1 => "[ ,.;'’\"-]{1,3}",
        1 => "\\PC{0,4}",
    ];
    prop::collection::vec(word, 0..30).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn windowed_search_agrees_with_the_full_scan(
        c in clause(),
        a in 0usize..200,
        len in 0usize..40,
        reversed in any::<bool>(),
    ) {
        let (start, end) = if reversed { (a + len, a) } else { (a, a + len) };
        let (start, end) = (start.min(c.len() + 2), end.min(c.len()));
        prop_assert_eq!(clause_tense(&c, start, end), oracle::clause_tense(&c, start, end));
    }
}

#[test]
fn would_be_states_a_figure_without_a_promise() {
    let c =
        "the treasurer said the shortfall would be $2 billion larger in the current financial year";
    let t = at(c, "in the current financial year");
    assert_eq!((t.tense, t.commitment), (Tense::Future, false));
    // With a participle "would be" still promises an act.
    let c = "the council said the new bridge would be opened in April";
    assert!(at(c, "in April").commitment);
}

#[test]
fn unlikely_looks_ahead_without_a_promise() {
    let c = "the count is unlikely to finish before Friday";
    let t = at(c, "before Friday");
    assert_eq!((t.tense, t.commitment), (Tense::Future, false));
}

#[test]
fn a_conjunction_opens_a_clause_the_marker_before_it_does_not_reach() {
    // "before" a subject, a name or a gerund opens a clause of its own.
    let c = "It will take weeks before they certify the result of the 2019 count";
    assert!(!at(c, "2019").commitment);
    let c = "It will take weeks before Parliament debates the 2019 report";
    assert!(!at(c, "2019").commitment);
    // A projection of a figure looks ahead with no promise (session 13);
    // the gerund's clause is out of its reach all the same.
    let c = "Output is expected to rise in 2026 before easing in 2027";
    assert_eq!(at(c, "in 2026").tense, Tense::Future);
    assert!(!at(c, "in 2026").commitment);
    assert_ne!(at(c, "in 2027").tense, Tense::Future);
    // As a preposition it is part of the date, or takes a noun phrase.
    let c = "The works will finish before the end of 2026";
    assert!(at(c, "2026").commitment);
    let c = "The ferry will sail before June 5";
    assert!(at(c, "June 5").commitment);
}

#[test]
fn a_marker_after_a_clause_opener_does_not_reach_back() {
    // The ballots counted later describe the day; they do not promise it.
    let c = "the result is known on Friday when the last ballots will be counted";
    let t = at(c, "on Friday");
    assert_eq!((t.tense, t.commitment), (Tense::Present, false));
    let c = "the library reopens in May, which will please readers";
    assert!(!at(c, "in May").commitment);
    // Without one, the marker after the date still governs it.
    assert!(at("in May the library will reopen", "in May").commitment);
}

#[test]
fn a_clause_cut_by_a_parenthesis_goes_on_after_it() {
    let got = read(
        "The council has said it will spend an extra €20m (£17m) in March's plan.",
        (2024, 1, 10),
    );
    assert_eq!(got, vec![("in March".to_owned(), Tense::Future, true)]);
    // With a marker of its own after the parenthesis, that one decides.
    let got = read(
        "The council will spend €20m (£17m) and said so in January.",
        (2024, 3, 10),
    );
    assert_eq!(got, vec![("in January".to_owned(), Tense::Past, false)]);
    // A comma after the parenthesis starts a clause of its own.
    let got = read(
        "The fund will hold €20m (£17m), up from €11m in 2023.",
        (2024, 3, 10),
    );
    assert_eq!(got, vec![("in 2023".to_owned(), Tense::Present, false)]);
}

#[test]
fn a_deadline_pointing_ahead_is_a_commitment() {
    let got = read(
        "Crews are racing to keep the old bridge open through next winter.",
        (2024, 3, 10),
    );
    assert_eq!(
        got,
        vec![("through next winter".to_owned(), Tense::Future, true)]
    );
    // Not a deadline: a plain "next" date with nothing marking it.
    let got = read("Output of nearly 600 tonnes next year.", (2024, 3, 10));
    assert_eq!(got, vec![("next year".to_owned(), Tense::Present, false)]);
}

#[test]
fn a_condition_runs_from_if_or_unless_to_the_figure() {
    assert!(in_condition("Rodgers can break the tie if he throws "));
    assert!(in_condition("The side stays up unless it concedes "));
    assert!(in_condition("If the council approves "));
    // The condition's comma ends it: the main clause states the figure.
    assert!(!in_condition("If she stays fit, she will pass "));
    assert!(!in_condition("The league said "));
    // "iffy" and "Riff" are no "if".
    assert!(!in_condition("An iffy Riff scored "));
    // Read a bounded way back: an "if" a long run before is another clause's.
    let far = format!("if it rains {}", "and the crowd sang ".repeat(20));
    assert!(!in_condition(&far));
}

#[test]
fn a_hyphenated_participle_is_no_verb_of_the_clause() {
    // "watched", "awaited" are adjectives here: "will" governs the day.
    for c in [
        "The bureau will release its closely-watched housing survey Tuesday",
        "Lawmakers will hold the long-awaited vote Tuesday",
        "The regulator will fine the state-owned lender Tuesday",
        "Ministers will seal a last-minute deal Tuesday",
    ] {
        let t = at(c, "Tuesday");
        assert_eq!((t.tense, t.commitment), (Tense::Future, true), "{c}");
    }
    // A verb's prefix keeps the verb: "re-elected" is the clause's past.
    let t = at("The mayor was re-elected on Tuesday", "on Tuesday");
    assert_eq!((t.tense, t.commitment), (Tense::Past, false));
    let t = at("The trust co-founded the clinic in March", "in March");
    assert_eq!(t.tense, Tense::Past);
}

#[test]
fn predicted_to_looks_ahead() {
    for (c, date) in [
        (
            "storms are predicted to continue over the weekend",
            "over the weekend",
        ),
        ("the heavy snow predicted to fall on Sunday", "on Sunday"),
        ("a shortfall projected to widen in 2027", "in 2027"),
    ] {
        let t = at(c, date);
        assert_eq!((t.tense, t.commitment), (Tense::Future, true), "{c}");
    }
    // "is forecast to" before a figure's course is a projection: ahead,
    // with no promise (session 13).
    let t = at("turnout is forecast to rise in May", "in May");
    assert_eq!((t.tense, t.commitment), (Tense::Future, false));
    // A forecast raised to a figure, or a prediction told to someone, is no
    // infinitive: the past verb stays.
    let t = at("the bank raised its forecast to 3% in March", "in March");
    assert_eq!(t.tense, Tense::Past);
    let t = at("she predicted to the panel in March", "in March");
    assert_eq!(t.tense, Tense::Past);
}

#[test]
fn an_infinitive_of_result_after_a_past_verb_is_no_plan() {
    for (c, date) in [
        (
            "oil rose 2 percent on Monday to reach a two-year high",
            "on Monday",
        ),
        (
            "the visitors won 4-1 on Saturday night to finish third",
            "on Saturday night",
        ),
    ] {
        let t = at(c, date);
        assert_eq!((t.tense, t.commitment), (Tense::Past, false), "{c}");
    }
    // Without a past verb before it, the infinitive still looks ahead.
    let t = at("the board meets on Monday to hold a vote", "on Monday");
    assert!(t.commitment);
}

#[test]
fn expect_with_an_object_and_a_verb_looks_ahead() {
    let t = at(
        "Analysts also expect the jobless rate for May to edge up",
        "May",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    // With an object alone "expect" looks ahead too (session 13: "the
    // department expects a rise in cases this year").
    let t = at("Analysts expect growth in May and rain", "in May");
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    // A clause opened in between: not the object.
    let t = at(
        "Traders expect that prices fell in May to lift margins",
        "in May",
    );
    assert_ne!(t.tense, Tense::Future);
}

#[test]
fn a_clause_of_cause_does_not_lend_its_tense_back() {
    let c =
        "Officials have closed the ferry terminal until Friday as the gales are predicted to last";
    let t = at(c, "until Friday");
    assert_eq!((t.tense, t.commitment), (Tense::Past, false));
    // "as a result" opens no clause.
    let c = "The port shut until Friday as a result, the agency said";
    assert_eq!(at(c, "until Friday").tense, Tense::Past);
}

#[test]
fn the_future_perfect_looks_ahead() {
    let t = at("Employers will have added 9,000 jobs by June", "by June");
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    // The present perfect is the past's.
    let t = at("Employers have added 9,000 jobs since June", "since June");
    assert_eq!(t.tense, Tense::Past);
}

#[test]
fn an_order_sets_a_date_ahead_that_neither_tense_dates() {
    let t = at(
        "The judge ordered Reyes to report to prison in 10 weeks",
        "in 10 weeks",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Present, true));
    let t = at(
        "The firm was ordered to repay the loan by March",
        "by March",
    );
    assert!(t.commitment);
    // An order with no infinitive after it dates nothing ahead.
    let t = at("The judge ordered a retrial on Monday", "on Monday");
    assert_eq!((t.tense, t.commitment), (Tense::Past, false));
}

#[test]
fn last_marks_the_past_only_before_a_time_word() {
    let t = at(
        "The clinic will vaccinate from May to July every last Friday of the month",
        "from May to July",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    let t = at(
        "Officials said last week the bridge opened in March",
        "in March",
    );
    assert_eq!(t.tense, Tense::Past);
}

mod reading_ahead;

mod news_verbs;

mod reported_and_moved;

mod feelings_grounds_and_asides;

mod wishes_permits_and_terms;

#[test]
fn a_perfect_of_be_with_an_adverb_inside_is_past() {
    let c = "this season 95 cases have already been logged till May 20";
    assert_eq!(at(c, "till May 20").tense, Tense::Past);
    let c = "the depot has also been shut since March";
    assert_eq!(at(c, "since March").tense, Tense::Past);
    // Another word between: no perfect, the participle after "been" alone.
    let c = "the cases have many been logged till May 20";
    assert_eq!(at(c, "till May 20").tense, Tense::Present);
}

#[test]
fn confident_of_doing_looks_ahead() {
    let t = at(
        "The ministry is confident of delivering 2 million kits in June",
        "in June",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    let t = at(
        "The ministry was confident of delivering the kits in June",
        "in June",
    );
    assert_eq!((t.tense, t.commitment), (Tense::Past, true));
    // Sure of a thing, not of a deed: no plan.
    let t = at("The ministry is confident of its June figures", "June");
    assert!(!t.commitment);
}

#[test]
fn a_gerund_of_course_with_an_object_is_a_step_of_the_plan() {
    let c = "The council has set a target of planting 400 trees a week in May before increasing it to 600 trees a week by June";
    let t = at(c, "by June");
    assert_eq!((t.tense, t.commitment), (Tense::Future, true));
    // Without an object the figure's own course, no step of the plan.
    let c = "Sales will grow in 2026 before easing in 2027";
    assert!(!at(c, "in 2027").commitment);
}

#[test]
fn the_items_of_a_list_of_figures_share_the_verb_before_them() {
    let got = read(
        "The ministry is confident of delivering 2 million kits in June, 3 million kits by the end of July, and a further 1.5 million kits by the end of August, he said.",
        (2021, 5, 20),
    );
    assert_eq!(
        got,
        vec![
            ("in June".to_owned(), Tense::Future, true),
            ("by the end of July".to_owned(), Tense::Future, true),
            ("by the end of August".to_owned(), Tense::Future, true),
        ]
    );
    let got = read(
        "Exports fell 4% in March, 6% in April, and 9% in May.",
        (2021, 6, 20),
    );
    assert_eq!(
        got.iter().map(|(_, t, c)| (*t, *c)).collect::<Vec<_>>(),
        vec![(Tense::Past, false); 3]
    );
}

#[test]
fn a_hyphenated_verb_after_its_plural_subject_is_past() {
    let c = "the best find since the divers hand-carried two hulls ashore in the early 1980s";
    assert_eq!(at(c, "in the early 1980s").tense, Tense::Past);
    // After a determiner the compound describes a noun.
    let c = "a state-owned bank will open in 2026";
    assert_eq!(at(c, "in 2026").tense, Tense::Future);
}

#[test]
fn seeks_to_is_an_intent() {
    let c = "The ministry seeks to give 300 million doses by year-end";
    assert!(at(c, "by year-end").commitment);
}

#[test]
fn a_will_reaches_the_bare_verbs_listed_after_its_comma() {
    let got = read(
        "Corvid will cut 1,200 jobs, delay its freighter by a year and post a loss in 2025, the company said.",
        (2024, 10, 16),
    );
    assert_eq!(got, vec![("in 2025".to_owned(), Tense::Future, true)]);
    // A past verb before the comma does not reach them.
    let got = read(
        "Corvid cut 1,200 jobs, delay the freighter and post a loss in 2025.",
        (2024, 10, 16),
    );
    assert_eq!(got, vec![("in 2025".to_owned(), Tense::Present, false)]);
}

#[test]
fn session_21_markers() {
    // A date set as the object of "set" is the planned event's.
    let t = at(
        "the board has provisionally set May 20 as the day",
        "May 20",
    );
    assert!(t.commitment && t.tense == Tense::Present);
    // "was" and an adverb before "scheduled": a plan the past dates.
    let t = at(
        "the vote was originally scheduled to take place on June 1",
        "on June 1",
    );
    assert!(t.commitment && t.tense == Tense::Past);
    // "an estimated 4 percent": a participle before a figure is no verb.
    assert!(
        at(
            "traffic will ease to an estimated 4 percent this year",
            "this year"
        )
        .commitment
    );
    // "would reach 88 million": a level, no promise.
    assert!(
        !at(
            "income next year would reach 88 million crowns",
            "next year"
        )
        .commitment
    );
    assert!(
        at(
            "said it would pull 400 troops over the next year",
            "over the next year"
        )
        .commitment
    );
    // A supposition before "would".
    assert!(!at("assuming that the lease would end on June 30", "on June 30").commitment);
    // A refusal is past.
    assert_eq!(
        at("on Friday no official would confirm it", "on Friday").tense,
        Tense::Past
    );
    // An approved change takes effect: the present's year, no promise.
    let t = at(
        "the council approved a rise in the fee from September",
        "from September",
    );
    assert!(!t.commitment && t.tense == Tense::Present);
    // "must" sets an obligation; "must have left" infers the past.
    assert!(at("the port must hold a hearing by May", "by May").commitment);
    assert!(!at("the crew must have left on Monday", "on Monday").commitment);
}
