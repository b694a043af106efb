//! Figures of session 16 (issue 14, held-out set of session 15), on a
//! fixture written for the repository: a count joined to its noun without
//! the hyphen ("the 52 member chamber"), race times in minutes and seconds
//! ("4:07.31"), a fraction of one unit of time ("nearly half a second",
//! "half an hour") and "over" that a noun governs ("a sweep over four
//! events"), beside the "over" that is "more than" and a clock time.

use assert_cmd::Command;
use serde_json::Value;

#[test]
fn compounds_race_times_and_fractions_of_a_unit() {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args([
            "extract",
            "fixtures/figures/compounds-and-race-times.txt",
            "--date",
            "2024-03-01",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stdout)));
    let got: Vec<(String, String, f64, String, String)> = json["documents"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_owned(),
                c["kind"].as_str().unwrap().to_owned(),
                c["value"].as_f64().unwrap_or(f64::NAN),
                c["unit"].as_str().unwrap_or("").to_owned(),
                c["qualifier"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let want: &[(&str, &str, f64, &str, &str)] = &[
        ("38 seats", "quantity", 38.0, "seats", "none"),
        // The count of members, not a bare 52.
        ("52 member", "quantity", 52.0, "member", "none"),
        ("9 nation", "quantity", 9.0, "nation", "none"),
        // m:ss.ff in seconds.
        ("4:07.31", "duration", 247.31, "second", "none"),
        ("4:08.02", "duration", 248.02, "second", "none"),
        (
            "by nearly half a second",
            "duration",
            0.5,
            "second",
            "nearly",
        ),
        // The sweep's "over" is no "more than"; the crowd's is.
        ("four events", "quantity", 4.0, "events", "none"),
        ("over 6,000 fans", "quantity", 6000.0, "fans", "over"),
        ("for half an hour", "duration", 0.5, "hour", "none"),
        // "will win over": the verb's. The ferry's clock time is no claim.
        ("over 20 seats", "quantity", 20.0, "seats", "over"),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!(
            (g.0.as_str(), g.1.as_str(), g.3.as_str(), g.4.as_str()),
            (w.0, w.1, w.3, w.4),
            "{got:?}"
        );
        assert!((g.2 - w.2).abs() < 1e-9, "{g:?} != {w:?}");
    }
}
