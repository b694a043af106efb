//! Session 15's real news (issue 14, "Matching"), end to end on an article
//! written for this test (fixtures/pairs/s15-match/): in "pushed up the $4.2
//! billion budget … to $4.6 billion" the verb says what the change came to,
//! so its fact is the later figure's and the fact of the budget tabled the
//! earlier's; in "scored 9 of her 31 points in the third quarter" the
//! period after the whole dates the part, so the fact of the scorer and the
//! quarter is the part's; a quarter that dates a figure names an event
//! dated by that quarter's days (`{from: …, to: …}`), which is no event of
//! one day. With agreeing reference data nothing is reported, and each
//! fact or event made wrong is found.

mod common;

const DATE: &str = "2031-07-15";
/// The periods' article is dated after the quarters it tells.
const PERIODS_DATE: &str = "2031-11-15";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/fixtures/pairs/s15-match/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// `refs` with the value of fact `id` doubled.
fn doubled(refs: &str, id: &str, value: &str) -> String {
    let at = refs.find(&format!("- id: {id}\n")).unwrap();
    let (head, tail) = refs.split_at(at);
    let wrong = value.parse::<f64>().unwrap() * 2.0;
    let tail = tail.replacen(
        &format!("value: {value}\n"),
        &format!("value: {wrong}\n"),
        1,
    );
    format!("{head}{tail}")
}

#[test]
fn agreeing_reference_data_raises_nothing() {
    let found = common::findings_on(&fixture("changes.txt"), &fixture("changes.yaml"), DATE);
    assert_eq!(found, vec![]);
}

#[test]
fn each_fact_made_wrong_is_found() {
    let article = fixture("changes.txt");
    let refs = fixture("changes.yaml");
    let all = common::facts(&refs);
    assert_eq!(all.len(), 5, "{all:?}");
    for (id, value) in all {
        let found = common::findings_on(&article, &doubled(&refs, &id, &value), DATE);
        assert!(
            found.iter().any(|(_, _, cited)| *cited == id),
            "{id} made wrong, found {found:?}"
        );
    }
}

#[test]
fn the_change_and_the_part_swapped_are_both_found() {
    // The two facts of each pair swapped: each figure is then wrong.
    let refs = fixture("changes.yaml")
        .replace("value: 4200000000", "value: X")
        .replace("value: 4600000000", "value: 4200000000")
        .replace("value: X", "value: 4600000000")
        .replace("value: 31\n", "value: X\n")
        .replace("value: 9\n", "value: 31\n")
        .replace("value: X\n", "value: 9\n");
    let found = common::findings_on(&fixture("changes.txt"), &refs, DATE);
    let cited: Vec<&str> = found.iter().map(|(_, _, c)| c.as_str()).collect();
    for id in [
        "velmor/harbour-budget-tabled",
        "velmor/harbour-budget-passed",
        "quell/points",
        "quell/third-quarter-points",
    ] {
        assert!(cited.contains(&id), "{id}: {found:?}");
    }
}

/// `refs` with every date of event `id` moved three years later.
fn moved(refs: &str, id: &str) -> String {
    let at = refs.find(&format!("- id: {id}\n")).unwrap();
    let (head, tail) = refs.split_at(at);
    let end = tail.find("source:").unwrap();
    format!(
        "{head}{}{}",
        tail[..end].replace("2031-", "2034-"),
        &tail[end..]
    )
}

#[test]
fn a_quarter_names_the_event_of_its_days() {
    let article = fixture("periods.txt");
    let refs = fixture("periods.yaml");
    assert_eq!(common::findings_on(&article, &refs, PERIODS_DATE), vec![]);
    for id in ["orland/output-q3-contraction", "orland/output-q2-growth"] {
        let found = common::findings_on(&article, &moved(&refs, id), PERIODS_DATE);
        assert!(
            found
                .iter()
                .any(|(rule, _, cited)| rule == "date-mismatch" && cited == id),
            "{id} moved, found {found:?}"
        );
    }
    for (id, value) in common::facts(&refs) {
        let found = common::findings_on(&article, &doubled(&refs, &id, &value), PERIODS_DATE);
        assert!(
            found.iter().any(|(_, _, cited)| *cited == id),
            "{id} made wrong, found {found:?}"
        );
    }
}
