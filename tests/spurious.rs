//! Figures and dates that real news writes but that are no claims (issue
//! 14, spurious claims), on two fixtures written for the repository: a
//! match report (scores, shooting splits, ages told to the day, the game
//! clock, ordinals that look like fractions) and a health bulletin (list
//! numbers, reporting windows, clock times, "today" as a noun, vague
//! spans, a name holding "Today", compound terms). Each fixture also holds
//! real claims beside them, which must stay. A council briefing adds
//! names that end in a year ("Budget 2027") and the counted noun read
//! past a modifier, a whole or a note. An assembly's wire copy holds
//! the years in the names of bills, "zero" in fixed terms, number words in
//! names and "about" as a preposition; a final's preview ranks ("No. 1"),
//! a record ("5-0 against", "a perfect 8/8") and a streak. A match report
//! under a result line in capitals and a wire's dateline with no place,
//! and a story under a page's publication line with a clock time given in
//! another zone, hold real claims too: the length of an event, "N minutes
//! later" outside sports copy, a player's minutes, a rider's gap.

use assert_cmd::Command;
use serde_json::Value;

/// The claims `extract` reads in the article at `path`.
fn extracted(path: &str) -> Vec<Value> {
    let out = Command::cargo_bin("factlint")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["extract", path, "--date", "2024-03-01", "--format", "json"])
        .output()
        .unwrap();
    let json: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stdout)));
    json["documents"][0]["claims"].as_array().unwrap().clone()
}

/// Each claim's text and kind, in order.
fn claims(path: &str) -> Vec<(String, String)> {
    extracted(path)
        .iter()
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_owned(),
                c["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn owned(want: &[(&str, &str)]) -> Vec<(String, String)> {
    want.iter()
        .map(|(t, k)| (t.to_string(), k.to_string()))
        .collect()
}

#[test]
fn a_match_report_gives_only_its_real_figures() {
    let want = [
        ("on Saturday", "date"),
        ("11 kilometres", "quantity"),
        ("4,812 fans", "quantity"),
        ("In Sunday", "date"),
        ("1,204 matches", "quantity"),
        ("22 seasons", "quantity"),
        ("30,000 seats", "quantity"),
        ("the weekend", "date"),
        // "by a third" and "a fourth of the seats" are shares; "a third
        // title" and "a fifth match" are ordinals.
        ("a third", "quantity"),
        ("a fourth", "quantity"),
        // After the condition's comma: what will happen.
        ("1,300 matches", "quantity"),
        ("more than 20 saves", "quantity"),
    ];
    // Not among them: the scores "2-1" and "6-3, 7-5", the tally "61-38
    // vote", the splits "9-15", "3-6", "4-5", "2-4", "3-point range",
    // "3-pointers", the ages "37 years and 201 days old", "19 years, 4
    // months and 12 days", "40-plus years old", the game time "90
    // minutes" and "less than two minutes left", "That one chance", the
    // quoted "three stars", and the figures of a condition ("if she plays
    // 40 more matches", "unless they concede 12 goals"), and the age an
    // age is compared with ("closer to 40 years old than to 30").
    assert_eq!(claims("fixtures/spurious/match-day.txt"), owned(&want));
}

#[test]
fn a_bulletin_gives_only_its_real_figures_and_dates() {
    let want = [
        ("312 new flu cases", "quantity"),
        ("2,140", "quantity"),
        ("the past two weeks", "date"),
        ("on Tuesday", "date"),
        ("for 12 hours", "duration"),
        ("2019", "date"),
        ("March 3", "date"),
        ("4%", "quantity"),
        ("$8.2 million", "quantity"),
        ("2024-25", "date"),
        ("52.3%", "quantity"),
        ("480 flu shots", "quantity"),
        ("on Monday", "date"),
        ("90", "quantity"),
        ("today", "date"),
    ];
    // Not among them: "NOTE 1:", the list numbers "1." and "2.", "the last
    // 24 hours", "the past 48 hours", "0930 GMT", "Today is a day",
    // "a day of relief", "of today", "in recent weeks", "a day of
    // testing", "Herald Today", "the half year", "all three years of",
    // "the current financial year" (its figures "2024-25" are the
    // claim), "two-party", "one single seat".
    assert_eq!(
        claims("fixtures/spurious/health-bulletin.txt"),
        owned(&want)
    );
}

/// Each quantity claim's text and unit, in order.
fn units(path: &str) -> Vec<(String, Option<String>)> {
    extracted(path)
        .iter()
        .filter(|c| c["kind"] == "quantity")
        .map(|c| {
            (
                c["text"].as_str().unwrap().to_owned(),
                c["unit"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn a_briefing_names_its_editions_and_counts_past_modifiers() {
    let want = [
        ("on Tuesday", "date"),
        ("About 3,400 U.S. visitors", "quantity"),
        ("61 flu related admissions", "quantity"),
        ("Eleven", "quantity"),
        ("four", "quantity"),
        ("nine penalty kicks", "quantity"),
        ("2,210 households", "quantity"),
        ("1,380", "quantity"),
        ("62%", "quantity"),
        ("5.2", "quantity"),
        ("in 1998", "date"),
        ("14 such drills", "quantity"),
        ("Nearly half", "quantity"),
        ("30 percent or more", "quantity"),
    ];
    // Not among them: the names "Budget 2027" and "Vision 2040".
    let path = "fixtures/spurious/council-briefing.txt";
    assert_eq!(claims(path), owned(&want));
    // What each figure counts: the head past "U.S.", "flu related",
    // "such"; a part counts what its whole counts ("Eleven of those
    // stalls", "four of her nine penalty kicks"); the noun after a note in
    // brackets; a measure joined before the figure; a share in words.
    let some = |u: &str| Some(u.to_owned());
    let got: Vec<Option<String>> = units(path).into_iter().map(|(_, u)| u).collect();
    assert_eq!(
        got,
        vec![
            some("visitors"),
            some("admissions"),
            some("stalls"),
            some("kicks"),
            some("kicks"),
            some("households"),
            some("households"),
            some("percent"),
            some("magnitude"),
            some("drills"),
            some("percent"),
            some("percent"),
        ]
    );
}

/// A baseball report (issue 14, session 11): scores that look like a
/// month and a day ("9-7", "3-2"), a pitcher's record in brackets, batting
/// lines ("3-for-4"), innings by ordinal ("In the ninth", "in the eighth")
/// and "one-out"/"two-out" are none; the counts beside them stay.
#[test]
fn a_box_score_gives_only_its_counts() {
    let want = [
        ("11-inning", "quantity"),
        ("two-run", "quantity"),
        ("on Friday night", "date"),
        ("three RBIs", "quantity"),
        ("two doubles", "quantity"),
        ("31,500 fans", "quantity"),
        ("two scoreless innings", "quantity"),
    ];
    assert_eq!(claims("fixtures/spurious/box-score.txt"), owned(&want));
}

/// Wire briefs: a dateline inside the agency's bracket, a newspaper named
/// for a weekday, futures contracts named for a month, "any March", age
/// brackets, "Soon after", a results period dated by its end, and ranks
/// ("at number two and three") are none; the figures beside them stay.
#[test]
fn wire_briefs_give_no_names_ranks_or_age_brackets() {
    let want = [
        ("40 million crowns", "quantity"),
        ("on Thursday", "date"),
        ("in a decade", "duration"),
        ("$2.41", "quantity"),
        ("on Friday", "date"),
        ("23%", "quantity"),
        ("19%", "quantity"),
        ("$212 million", "quantity"),
        // The period named by its last day (README, "Periods named by a
        // day").
        ("for the three months that ended Feb. 29", "date"),
        ("two parties", "quantity"),
        ("61", "quantity"),
        ("44 seats", "quantity"),
    ];
    assert_eq!(claims("fixtures/spurious/wire-briefs.txt"), owned(&want));
}

#[test]
fn an_assembly_wire_gives_no_bill_years_terms_or_names() {
    let want = [
        ("on Thursday", "date"),
        ("14 bills", "quantity"),
        ("9 sittings", "quantity"),
        ("in June", "date"),
        ("£40 million", "quantity"),
        ("by 2050", "date"),
        ("812 buyers", "quantity"),
        // "fell to zero": a figure.
        ("zero", "quantity"),
        ("last year", "date"),
    ];
    assert_eq!(claims("fixtures/spurious/assembly-wire.txt"), owned(&want));
}

#[test]
fn a_final_preview_gives_no_ranks_records_or_streaks() {
    let want = [("on Tuesday", "date"), ("12 titles", "quantity")];
    assert_eq!(claims("fixtures/spurious/final-preview.txt"), owned(&want));
}

#[test]
fn a_result_line_and_a_wire_dateline_are_no_claims() {
    let want = [
        ("on Saturday", "date"),
        ("18,240 fans", "quantity"),
        ("21 shots", "quantity"),
        ("three", "quantity"),
        // A player's minutes on the pitch: a statistic.
        ("31 minutes", "duration"),
        ("on Sunday", "date"),
        // A rider's gap to the winner: a statistic, as a race time is
        // ("by": a difference of time).
        ("by nine seconds", "duration"),
        ("3,400 riders", "quantity"),
    ];
    // Not among them: the goals of the result line "PORTVALE ROVERS 4
    // KILBRIDE 1", a date read across its end into the next line's "Nov
    // 9", that dateline itself (no place before it) and the game clock
    // "Eight minutes later".
    assert_eq!(
        claims("fixtures/spurious/s13-lines/rovers-result.txt"),
        owned(&want)
    );
}

#[test]
fn a_publication_line_and_a_clock_time_conversion_are_no_claims() {
    let want = [
        ("4.9", "quantity"),
        ("lasted 36 minutes", "duration"),
        // Outside sports copy, how long after the first tremor: a claim.
        ("Twelve minutes", "duration"),
        ("Some 2,300 people", "quantity"),
        ("on Monday", "date"),
        ("140", "quantity"),
        ("for six hours", "duration"),
        // Out of the bracket, the day of the clock time dates the sentence.
        ("on Tuesday", "date"),
    ];
    // Not among them: the page's date on the first line, and the weekdays
    // of "(1912 GMT Monday; 3:12 p.m. Monday EDT)".
    assert_eq!(
        claims("fixtures/spurious/s13-lines/coast-tremor.txt"),
        owned(&want)
    );
}
