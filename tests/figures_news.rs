//! Figure readings held-out news showed missing (issue 14, session 10),
//! end to end: a number word joined to its noun, a scale written once
//! after a range, a race time in words, a superlative's "in N years", the
//! taka, a plural acronym as the counted noun, a distance naming a race.
//! With reference data that agrees nothing is reported; each fact made
//! wrong is found. The article is written for these tests.

mod common;

/// Check `text` against `refs` and return (rule, reference id) of each
/// error or warning.
fn findings(text: &str, refs: &str) -> Vec<(String, String)> {
    common::findings_on(text, refs, "2025-03-02")
        .into_iter()
        .map(|(rule, _, id)| (rule, id))
        .collect()
}

const STORY: &str = "Builders in Dunmore finished a nine-storey library on Tuesday.\n\
The assembly approved spending of Tk 3.4 trillion for the coming year.\n\
Eleven MPs abstained when the motion was put.\n\
Geologists say the shale was laid down between 70 and 80 million years ago.\n\
Petra Kessler won the women's 35-kilometer walk in two hours, 41 minutes, 9 seconds.\n\
Forecasters called it the wettest autumn in 40 years.\n";

const REFS: &str = "facts:
  - id: library/storeys
    value: 9
    unit: storey
    match: {all: [library]}
  - id: assembly/spending
    value: 3.4e12
    unit: BDT
    match: {all: [approved spending]}
  - id: motion/abstentions
    value: 11
    unit: mps
    match: {all: [abstained]}
  - id: shale/age
    value: {min: 70.0e6, max: 80.0e6}
    unit: year
    match: {all: [shale]}
  - id: kessler/time
    value: 9669
    unit: seconds
    match: {all: [Kessler]}
  - id: autumn/record-span
    value: 40
    unit: year
    match: {all: [wettest autumn]}
";

/// `REFS` with the value of fact `id` (written `value: <old>`) replaced.
fn planted(id: &str, old: &str, new: &str) -> String {
    let at = REFS.find(&format!("id: {id}\n")).unwrap();
    let (head, tail) = REFS.split_at(at);
    let tail = tail.replacen(&format!("value: {old}\n"), &format!("value: {new}\n"), 1);
    format!("{head}{tail}")
}

#[test]
fn figures_written_the_ways_news_writes_them_agree_and_each_wrong_fact_is_found() {
    assert_eq!(findings(STORY, REFS), vec![]);
    for (id, old, new) in [
        ("library/storeys", "9", "12"),
        ("assembly/spending", "3.4e12", "4.3e12"),
        ("motion/abstentions", "11", "15"),
        (
            "shale/age",
            "{min: 70.0e6, max: 80.0e6}",
            "{min: 7.0e6, max: 8.0e6}",
        ),
        ("kessler/time", "9669", "9000"),
        ("autumn/record-span", "40", "25"),
    ] {
        assert_eq!(
            findings(STORY, &planted(id, old, new)),
            vec![("fact-mismatch".to_owned(), id.to_owned())],
            "{id}"
        );
    }
}
