//! Session 16's matching (issue 14, "Matching"), end to end on an article
//! written for this test (fixtures/pairs/s16-match/): in "raised its
//! dividend by six cents to $2.14" the verb the "by" phrase completes
//! describes the amount, so the fact of the dividend and the raise is the
//! six cents' and the fact of the dividend alone the level's; in "has won
//! 31 of 34 bouts" and "lost 12 of their 19 seats", two facts of the same
//! terms are told apart by the partitive alone: a part is no more than its
//! whole. With agreeing reference data nothing is reported, and each fact
//! made wrong is found.

mod common;

const DATE: &str = "2031-07-15";

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/fixtures/pairs/s16-match/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// `refs` with the value of fact `id` set to `to`.
fn with_value(refs: &str, id: &str, value: &str, to: &str) -> String {
    let at = refs.find(&format!("- id: {id}\n")).unwrap();
    let (head, tail) = refs.split_at(at);
    let tail = tail.replacen(&format!("value: {value}\n"), &format!("value: {to}\n"), 1);
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
    assert_eq!(all.len(), 10, "{all:?}");
    for (id, value) in all {
        // Doubled, and (for the parts and wholes) a little off either way.
        let v = value.parse::<f64>().unwrap();
        let off = if v >= 1.0 {
            (v * 0.1).max(1.0)
        } else {
            v * 0.5
        };
        for wrong in [v * 2.0, v + off, v - off] {
            let found = common::findings_on(
                &article,
                &with_value(&refs, &id, &value, &wrong.to_string()),
                DATE,
            );
            // Two facts of the same terms are told apart by their values
            // alone: made larger than its whole, the part's fact is the
            // whole's, and the finding cites the fact the figure met.
            let twin = |cited: &str| {
                id.split('/').next() == cited.split('/').next()
                    && (id.starts_with("tamber/") || id.starts_with("greenway/"))
            };
            assert!(
                found
                    .iter()
                    .any(|(_, _, cited)| *cited == id || twin(cited)),
                "{id} made {wrong}, found {found:?}"
            );
        }
    }
}

#[test]
fn the_amount_and_the_level_swapped_are_both_found() {
    let refs = fixture("changes.yaml")
        .replace("value: 2.14\n", "value: X\n")
        .replace("value: 0.06\n", "value: 2.14\n")
        .replace("value: X\n", "value: 0.06\n");
    let found = common::findings_on(&fixture("changes.txt"), &refs, DATE);
    let cited: Vec<&str> = found.iter().map(|(_, _, c)| c.as_str()).collect();
    for id in ["corran/dividend", "corran/dividend-raise"] {
        assert!(cited.contains(&id), "{id}: {found:?}");
    }
    assert_eq!(found.len(), 2, "{found:?}");
}

#[test]
fn a_part_larger_than_its_whole_is_found() {
    // The article's part written larger than the reference's whole: each
    // figure is judged against a fact it contradicts.
    let article = fixture("changes.txt").replace("won 31 of 34", "won 36 of 34");
    let found = common::findings_on(&article, &fixture("changes.yaml"), DATE);
    assert!(
        found
            .iter()
            .any(|(rule, _, cited)| rule == "fact-mismatch" && cited == "tamber/wins"),
        "{found:?}"
    );
}
