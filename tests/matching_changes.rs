//! The order of a change (issue 14, "Matching"), end to end on an article
//! written for this test (fixtures/pairs/s13-match/): in "fell from 412 to
//! 380", "rose to 9,140 from 8,725" and "2,310, down from 2,560" the figure
//! after "from" is the earlier, so between two facts of one measure that
//! only their times tell apart, each figure takes the fact of its own time.
//! With agreeing reference data nothing is reported, and each fact made
//! wrong is found.

mod common;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/fixtures/pairs/s13-match/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// (rule, severity, reference id) of each error or warning.
fn findings(article: &str, refs: &str) -> Vec<(String, String, String)> {
    common::findings_on(article, refs, "2031-07-15")
}

#[test]
fn each_figure_of_a_change_takes_the_fact_of_its_time() {
    let article = fixture("changes.txt");
    let refs = fixture("changes.yaml");
    assert_eq!(findings(&article, &refs), vec![]);
    let all = common::facts(&refs);
    assert_eq!(all.len(), 6);
    for (id, value) in all {
        let at = refs.find(&format!("- id: {id}\n")).unwrap();
        let (head, tail) = refs.split_at(at);
        let wrong = value.parse::<f64>().unwrap() * 2.0;
        let tail = tail.replacen(
            &format!("value: {value}\n"),
            &format!("value: {wrong}\n"),
            1,
        );
        let found = findings(&article, &format!("{head}{tail}"));
        assert!(
            found
                .iter()
                .any(|(rule, _, cited)| rule == "fact-mismatch" && *cited == id),
            "{id} made wrong, found {found:?}"
        );
    }
}
