//! Durations of session 18 (issue 14, held-out set of session 18), on a
//! fixture written for the repository: race times in abbreviated units
//! ("2hrs, 21mins and 7secs", one duration in seconds), a count glued to
//! "seconds", "yrs" for years, "second" as an ordinal before a noun ("second
//! doses": no count of seconds) and two years with a slash ("2025/26").

mod common;

#[test]
fn abbreviated_units_ordinals_and_slashed_year_pairs() {
    let json = common::run(&[
        "extract",
        "fixtures/figures/abbreviated-times.txt",
        "--date",
        "2024-03-01",
        "--format",
        "json",
    ]);
    let claims = json["documents"][0]["claims"].as_array().unwrap();
    let got: Vec<(String, String, f64, String)> = claims
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_owned(),
                c["kind"].as_str().unwrap().to_owned(),
                c["value"].as_f64().unwrap_or(f64::NAN),
                c["unit"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let has = |text: &str, kind: &str, value: f64, unit: &str| {
        got.iter()
            .any(|(t, k, v, u)| t == text && k == kind && *v == value && u == unit)
    };
    // Hours, minutes and seconds: one time, in seconds.
    assert!(
        has("2hrs, 21mins and 7secs", "duration", 8467.0, "second"),
        "{got:?}"
    );
    assert!(
        has("2hrs, 21mins, 21secs", "duration", 8481.0, "second"),
        "{got:?}"
    );
    assert!(has("14seconds", "duration", 14.0, "second"), "{got:?}");
    assert!(has("4 yrs", "duration", 4.0, "year"), "{got:?}");
    // "second doses" counts doses, never seconds: no duration ends there.
    let after_doses = claims
        .iter()
        .filter(|c| c["kind"] == "duration")
        .filter_map(|c| c["line"].as_u64())
        .any(|line| line == 3);
    assert!(!after_doses, "{got:?}");
    // A year and the next with a slash: one year-pair date each.
    for pair in ["2025/26", "2026/27"] {
        assert!(
            got.iter().any(|(t, k, ..)| t == pair && k == "date"),
            "{pair}: {got:?}"
        );
    }
}
