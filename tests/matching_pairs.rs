//! Figures told in pairs and ties (issue 14, "Matching"), end to end on
//! articles written for these tests (fixtures/pairs/): a figure and its
//! comparison ("profit climbed to $X, or Y cents a share, from $Z, or W
//! cents, in the same period last year") each take their own fact; a figure
//! alone takes the fact whose terms stand in its clause; a figure that
//! names its noun takes its fact before one the noun is only lent to.
//! With agreeing reference data nothing is reported, and each fact made
//! wrong is found; facts that nothing in the text tells apart stay tied.

mod common;

/// (rule, severity, reference id) of each error or warning of checking
/// `article` against the reference text `refs`.
fn findings(article: &str, refs: &str) -> Vec<(String, String, String)> {
    common::findings_on(article, refs, "2025-07-22")
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/fixtures/pairs/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// `refs` with the value of fact `id` doubled.
fn planted(refs: &str, id: &str, value: &str) -> String {
    let at = refs.find(&format!("- id: {id}\n")).unwrap();
    let (head, tail) = refs.split_at(at);
    let doubled = value.parse::<f64>().unwrap() * 2.0;
    let tail = tail.replacen(
        &format!("value: {value}\n"),
        &format!("value: {doubled}\n"),
        1,
    );
    format!("{head}{tail}")
}

/// Agreeing reference data raises nothing; each fact doubled is cited by
/// a finding (but those in `unread`, which no figure of the text states).
fn agrees_and_finds_each_planted(name: &str, unread: &[&str]) {
    let article = fixture(&format!("{name}.txt"));
    let refs = fixture(&format!("{name}.yaml"));
    assert_eq!(findings(&article, &refs), vec![], "{name}");
    let all = common::facts(&refs);
    assert!(all.len() >= 4, "{all:?}");
    for (id, value) in all {
        if unread.contains(&id.as_str()) {
            continue;
        }
        let found = findings(&article, &planted(&refs, &id, &value));
        assert!(
            found.iter().any(|(_, _, cited)| *cited == id),
            "{name}: {id} made wrong, found {found:?}"
        );
    }
}

#[test]
fn a_figure_and_its_comparison_each_take_their_own_fact() {
    agrees_and_finds_each_planted("results", &[]);
}

#[test]
fn a_figure_takes_the_fact_of_its_clause_and_of_the_noun_it_names() {
    // "one with Varrow Dynamics" is not read as a figure: its fact is
    // there to compete with the count, and nothing states it.
    agrees_and_finds_each_planted("orders", &["orders/varrow"]);
}

/// Session 11's real news (issue 14): what a figure measures and the
/// words beside it tell its fact — a comparison's "up from", a per-share
/// figure beside a total whose term a percentage shares, a sum's "for
/// grid upgrades", the whole another figure is a share of, a period glued
/// to the next sentence, a bracketed share between a figure and its
/// words, a with-clause's casualty count, a hyphened quarter beside the
/// weekday of the results.
#[test]
fn what_a_figure_measures_and_the_words_beside_it_tell_its_fact() {
    agrees_and_finds_each_planted("ledger", &[]);
}

/// The ids of the events of `refs` (as the fixtures write them).
fn events(refs: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut id = None;
    for line in refs.lines() {
        if let Some(rest) = line.trim_start().strip_prefix("- id: ") {
            id = Some(rest.to_owned());
        } else if let (true, Some(i)) = (line.trim_start().starts_with("date: "), id.take()) {
            out.push(i);
        }
    }
    out
}

/// `refs` with the date of event `id` moved three years later (every year
/// on its `date:` line).
fn planted_event(refs: &str, id: &str) -> String {
    let at = refs.find(&format!("- id: {id}\n")).unwrap();
    let (head, tail) = refs.split_at(at);
    let line_at = tail.find("date: ").unwrap();
    let line_end = tail[line_at..]
        .find('\n')
        .map_or(tail.len(), |n| line_at + n);
    let line = &tail[line_at..line_end];
    let moved: String = line
        .split_inclusive(|c: char| !c.is_ascii_digit())
        .map(|part| {
            let digits = part.trim_end_matches(|c: char| !c.is_ascii_digit());
            match digits.parse::<u32>() {
                Ok(year) if digits.len() == 4 => format!("{}{}", year + 3, &part[4..]),
                _ => part.to_owned(),
            }
        })
        .collect();
    format!("{head}{}{moved}{}", &tail[..line_at], &tail[line_end..])
}

/// Session 12's real news (issue 14): the clause a figure or a date
/// stands in tells its fact or event — a subject and its figure across an
/// unclosed "including" aside, a count short of "and one in …" that counts
/// for another place, a date on its own side of a clause "as" opens.
#[test]
fn the_clause_a_figure_or_date_stands_in_tells_its_fact_or_event() {
    // Nothing states Osk County's one case as a figure: its fact is there
    // to compete with the count of Talvik County.
    agrees_and_finds_each_planted("asides", &["osk/linked-cases"]);
    let article = fixture("asides.txt");
    let refs = fixture("asides.yaml");
    let all = events(&refs);
    assert_eq!(all.len(), 2, "{all:?}");
    for id in all {
        let moved = planted_event(&refs, &id);
        assert_ne!(moved, refs, "{id}");
        let found = findings(&article, &moved);
        assert!(
            found.iter().any(|(_, _, cited)| *cited == id),
            "asides: {id} made wrong, found {found:?}"
        );
    }
}

/// Two facts nothing in their terms tells apart, each confirmed by one
/// figure of the sentence: whichever fact each figure was meant for, every
/// fact is checked by a figure that agrees with it, so nothing is wrong
/// and nothing can hide (`check/agreeing.rs`). A wrong value in either
/// leaves the tie standing, reported as `ambiguous-match`.
#[test]
fn facts_nothing_tells_apart_are_settled_only_by_figures_that_confirm_each() {
    let article =
        "Keld Marine booked two orders, worth $40 million against $25 million for its rival.\n";
    let refs = |second: &str| {
        format!(
            "facts:
  - id: keld/first
    value: 40000000
    unit: USD
    source: order book
    match: {{all: [Keld Marine]}}
  - id: keld/second
    value: {second}
    unit: USD
    source: order book
    match: {{all: [Keld Marine]}}
"
        )
    };
    assert_eq!(findings(article, &refs("25000000")), vec![]);
    let found = findings(article, &refs("27000000"));
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|(rule, severity, _)| rule == "ambiguous-match" && severity == "warning"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(_, _, cited)| cited == "keld/second"),
        "{found:?}"
    );
}
