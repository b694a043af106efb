//! Tests of `item`, at the boundaries of every convention.

use super::*;
use crate::extract::date::tests::*;
use crate::extract::date::words::weekday_name;
use crate::extract::grammar::phrase_from;
use crate::extract::lexicon::RANGE_JOINERS;

#[test]
fn early_mid_late_boundaries() {
    // Of a month: 1–10, 11–20, 21–end.
    assert_eq!(
        interval("early June", Tense::Past),
        (d(2021, 6, 1), d(2021, 6, 10))
    );
    assert_eq!(
        interval("mid-June", Tense::Past),
        (d(2021, 6, 11), d(2021, 6, 20))
    );
    assert_eq!(
        interval("late February 2024", Tense::Past),
        (d(2024, 2, 21), d(2024, 2, 29))
    );
    assert_eq!(
        interval("late February 2023", Tense::Past),
        (d(2023, 2, 21), d(2023, 2, 28))
    );
    // Of a year: Jan–Apr, May–Aug, Sep–Dec.
    assert_eq!(
        interval("mid-2022", Tense::Future),
        (d(2022, 5, 1), d(2022, 8, 31))
    );
    assert_eq!(
        interval("early 2022", Tense::Future),
        (d(2022, 1, 1), d(2022, 4, 30))
    );
    assert_eq!(
        interval("late 2021", Tense::Future),
        (d(2021, 9, 1), d(2021, 12, 31))
    );
    assert_eq!(
        interval("the end of 2021", Tense::Future),
        (d(2021, 9, 1), d(2021, 12, 31))
    );
    assert_eq!(
        interval("the beginning of 2021", Tense::Past),
        (d(2021, 1, 1), d(2021, 4, 30))
    );
    // Of a decade.
    assert_eq!(
        interval("the early 1990s", Tense::Past),
        (d(1990, 1, 1), d(1993, 12, 31))
    );
    // Of a week: Mon–Wed, Fri–Sun.
    assert_eq!(
        interval("the end of next week", Tense::Future),
        (d(2021, 7, 9), d(2021, 7, 11))
    );
    assert_eq!(
        interval("earlier this month", Tense::Past),
        (d(2021, 6, 1), d(2021, 6, 29))
    );
    assert_eq!(
        interval("later this year", Tense::Future),
        (d(2021, 6, 29), d(2021, 12, 31))
    );
}

/// The per-claim memo answers as `standalone_item` does, at every place and
/// on a second asking (with more places than it keeps).
#[test]
fn item_memo_matches_standalone_item() {
    let text = "from early June 2021 to next week, around Tuesday, xyz 3 days ago";
    let memo = ItemMemo::new(DateOrder::None, true);
    for round in 0..2 {
        for (at, _) in text.char_indices() {
            let i = &text[at..];
            assert_eq!(
                memo.item(i),
                standalone_item(DateOrder::None)(i),
                "{i:?} round {round}"
            );
        }
    }
}

/// Skipping the count-first alternatives where no count of units stands
/// changes no answer.
#[test]
fn units_gate_keeps_answers() {
    let text = "two weeks ago, a fortnight later, 3 days after May 1, next 2 weeks, \
                the day before, that weekend, Monday 3 weeks from now, in 5 years";
    for (at, _) in text.char_indices() {
        let i = &text[at..];
        if has_counted_units(i) {
            continue;
        }
        let opening = Opening::of(i);
        assert_eq!(
            relative_at(opening.with_units(false), i).ok(),
            relative_at(opening.with_units(true), i).ok(),
            "{i:?}"
        );
        assert_eq!(
            anaphoric_at(false)(i).ok(),
            anaphoric_at(true)(i).ok(),
            "{i:?}"
        );
    }
}

/// `longest_phrase` answers as `phrase_from` on the same table in pairs.
#[test]
fn longest_phrase_matches_phrase_from() {
    for table in [VAGUE_DATES, RANGE_JOINERS] {
        let index = FirstBytes::of(table.iter().copied());
        let pairs: Vec<(&str, ())> = table.iter().map(|p| (*p, ())).collect();
        let text = "in the coming  weeks to thru - in the near future, till until recently";
        for (at, _) in text.char_indices() {
            let i = &text[at..];
            assert_eq!(
                longest_phrase(i, table, &index).ok(),
                phrase_from(i, &pairs).ok().map(|(r, (_, t))| (r, t)),
                "{i:?}"
            );
        }
    }
}

/// The date tests, whose string literals [`dispatch_inputs`] reads.
const TEST_SOURCES: &[&str] = &[
    include_str!("../words/tests.rs"),
    include_str!("../absolute/tests.rs"),
    include_str!("../calendar/tests.rs"),
    include_str!("../days/tests.rs"),
    include_str!("../relative/tests.rs"),
    include_str!("../range/tests.rs"),
    include_str!("tests.rs"),
    include_str!("../claim/tests.rs"),
    include_str!("../resolve/tests.rs"),
];

/// Every string literal of the date tests and `extra`, at each word start: the
/// inputs the dispatch tables are checked on.
pub(in crate::extract::date) fn dispatch_inputs(extra: &[&'static str]) -> Vec<String> {
    let mut phrases: Vec<String> = TEST_SOURCES
        .iter()
        .flat_map(|src| src.split('"').skip(1).step_by(2))
        .filter(|s| !s.contains('\\') && s.len() < 200)
        .map(str::to_string)
        .collect();
    phrases.extend(extra.iter().map(|s| s.to_string()));
    let mut out = Vec::new();
    for p in &phrases {
        for (at, _) in p.char_indices() {
            let prev = p[..at].chars().next_back();
            if prev.is_none_or(|c| !c.is_alphanumeric()) {
                out.push(p[at..].to_string());
                // Capitalised, as at a sentence start.
                let mut cap = p[at..].to_string();
                if let Some(f) = cap.get(..1) {
                    let up = f.to_ascii_uppercase();
                    cap.replace_range(..1, &up);
                }
                out.push(cap);
            }
        }
    }
    out
}

/// Phrases for every opener class of the dispatched alternatives.
pub(in crate::extract::date) const DISPATCH_PHRASES: &[&str] = &[
    "Monday two weeks from now",
    "Thursday, two years from now",
    "Sunday 3 weeks after January 15th",
    "the first Tuesday of October",
    "last Friday in October",
    "the last day of October 2015",
    "the 20th of next month",
    "the 15th day of next month",
    "third day of October",
    "the week of October 6th",
    "the week beginning February 4",
    "week commencing on 6 October 2014",
    "w/c Feb 4",
    "W/C Feb 4",
    "Wednesday of next week",
    "Wednesday next week",
    "Sunday from last week",
    "last week's Sunday",
    "Friday after next",
    "next week on Tuesday",
    "the previous week - Monday",
    "next March",
    "this September",
    "last May",
    "March after next",
    "the ides of March",
    "ides of next month",
    "this autumn",
    "next spring",
    "the next 4 business days",
    "the previous five working days",
    "previous 3 work days",
    "the past two years",
    "the last 3 months",
    "the next three days",
    "the coming two weeks",
    "the last 2 quarters",
    "past two decades",
    "the two upcoming weeks",
    "3 previous years",
    "a next week",
    "An upcoming quarter",
    "two following quarters",
    "the week after next",
    "the year before last",
    "the past decade",
    "this week",
    "next month",
    "the following week",
    "the current quarter",
    "two weeks ago",
    "a fortnight ago",
    "this weekend",
    "the weekend",
    "three weeks from tomorrow",
    "2 weeks before May 13 1999",
    "two months after next Friday",
    "two days from now",
    "a week hence",
    "three Fridays from now",
    "2 Thursdays ago",
    "two Sundays back",
    "minus two Sundays back",
    "-2 Sundays ago",
    "today",
    "Yesterday",
    "tomorrow",
    "the day after tomorrow",
    "the day before yesterday",
    "fiscal year 2008",
    "the school year",
    "the academic year 2019",
    "FY2008",
    "fy 18",
    "sy18",
    "the cy18",
    "CY 2018",
    "early June",
    "the end of the year",
    "the beginning of next week",
    "earlier this month",
    "later this year",
    "in three weeks",
    "½ weeks ago",
    "",
    " ",
    "-",
    "the",
    "the ",
];

/// A weekday word in any case, abbreviated without its period, opens a
/// dated item ([`WEEKDAY_WORD`], not [`WEEKDAY`]): "Mon 13th" (no full
/// weekday name, no digit first) is a date.
#[test]
fn weekday_words_open_dated_items() {
    for s in ["Mon 13th", "Wed, Feb13", "Sat 14th"] {
        assert!(standalone_item(DateOrder::None)(s).is_ok(), "{s:?}");
    }
}

/// Every form of `table` fails wherever its input opens with none of the
/// kinds of opening it declares, so the dispatch, which tries only the
/// forms an opening admits, answers as trying every form in order would.
/// `parses` runs form `k` on an input with its opening.
fn declarations_hold<F: Copy>(
    table: &[(Kinds, F)],
    inputs: &[String],
    parses: impl Fn(F, &str, Opening) -> bool,
) -> usize {
    let mut tried = 0;
    for s in inputs {
        let s = s.as_str();
        let opening = Opening::of(s).with_units(has_counted_units(s));
        for (k, &(kinds, form)) in table.iter().enumerate() {
            if parses(form, s, opening) {
                assert!(
                    opening.any(kinds),
                    "form {k} reads {s:?}, whose opening {opening:?} it does not declare"
                );
            }
            tried += 1;
        }
    }
    tried
}

#[test]
fn relative_forms_declare_their_openings() {
    let inputs = dispatch_inputs(DISPATCH_PHRASES);
    let tried = declarations_hold(RELATIVE_FORMS, &inputs, |form, s, _| form(s).is_ok());
    assert!(tried > 3000, "{tried}");
}

/// Phrases for every opener class of `calendar_expr`'s alternatives.
pub(in crate::extract::date) const CALENDAR_PHRASES: &[&str] = &[
    "2014 AD",
    "14 a.d.",
    "300 BC",
    "44 BCE",
    "31/Oct/1974",
    "31-Oct-74",
    "2019/aug/01",
    "Sep-23-2020",
    "sep-23-2020",
    "2021-06-29",
    "2015-3-3",
    "2014-10",
    "2014/10",
    "10/31/2021",
    "31.10.2021",
    "2/15",
    "3/3/15",
    "June 2022",
    "june of 2022",
    "Dec/2018",
    "2/2013",
    "12-2015",
    "August two thousand and fifteen",
    "April of 87",
    "Nov/2",
    "June 29, 2021",
    "Dec. 5, 2019",
    "february the 15th",
    "march first",
    "May twenty nine",
    "29 June 2021",
    "the 29th of June",
    "15 of february",
    "14april 2015",
    "fifteen August 1993",
    "the twenty-first of May",
    "thirty first of July",
    "2017 april",
    "2016 10 16",
    "20161016",
    "the 1990s",
    "1990s",
    "the 1990 s",
    "the 15th century",
    "the twenty-first century",
    "Q3 2022",
    "q1",
    "the third quarter of 2022",
    "the fourth quarter",
    "3rd qtr",
    "2018Q4",
    "18q4",
    "2019 Q3",
    "the first half of 2022",
    "H2 2019",
    "h1 2020",
    "2019 H2",
    "2019-H2",
    "the second half",
    "1st half of 2020",
    "the 2nd half",
    "week 23",
    "week 23 of 2021",
    "the first week of 2021",
    "the last week of 2016",
    "the third last week of 2016",
    "3rd last week of 2016",
    "the third month of 2021",
    "the 9th month of next year",
    "the first 2 weeks of 2021",
    "the last four months of 2021",
    "first ten days of last year",
    "the week 27 of last year",
    "the fall of 2021",
    "fall 2021",
    "summer of 2019",
    "the Winter 2020",
];

#[test]
fn calendar_forms_declare_their_openings() {
    let mut phrases = CALENDAR_PHRASES.to_vec();
    phrases.extend_from_slice(DISPATCH_PHRASES);
    let inputs = dispatch_inputs(&phrases);
    let tried = declarations_hold(CALENDAR_FORMS, &inputs, |form, s, _| {
        [DateOrder::None, DateOrder::Mdy, DateOrder::Dmy]
            .into_iter()
            .any(|order| form(s, order).is_ok())
    });
    assert!(tried > 3000, "{tried}");
}

/// Phrases for the forms of `standalone_item` that declare their openings.
pub(in crate::extract::date) const ITEM_PHRASES: &[&str] = &[
    "earlier this month",
    "Later this year",
    "earlier last week",
    "later next month",
    "EOM",
    "the EOY",
    "BOM",
    "BOY",
    "early June",
    "mid-2022",
    "Mid 2022",
    "late 2021",
    "the end of the year",
    "the beginning of next week",
    "start of the month",
    "the middle of March",
    "end of 2020",
    "the day before",
    "the day after",
    "three weeks later",
    "a fortnight later",
    "2 years 1 month 21 days later",
    "a year and two months later",
    "the same week",
    "that weekend",
    "That day",
    "Monday",
    "next Friday",
    "this coming Friday",
    "coming Friday",
    "past Friday",
    "this past Friday",
    "Tue.",
    "fri",
];

#[test]
fn item_forms_declare_their_openings() {
    let mut phrases = ITEM_PHRASES.to_vec();
    phrases.extend_from_slice(CALENDAR_PHRASES);
    phrases.extend_from_slice(DISPATCH_PHRASES);
    let inputs = dispatch_inputs(&phrases);
    let tried = declarations_hold(ITEM_FORMS, &inputs, |form, s, opening| {
        [DateOrder::None, DateOrder::Mdy, DateOrder::Dmy]
            .into_iter()
            .any(|order| form(s, order, opening).is_ok())
    });
    assert!(tried > 3000, "{tried}");
}

#[test]
fn has_counted_units_gate_agrees() {
    let mut phrases = ITEM_PHRASES.to_vec();
    phrases.extend_from_slice(CALENDAR_PHRASES);
    phrases.extend_from_slice(DISPATCH_PHRASES);
    phrases.extend_from_slice(&[
        "fortnight later",
        "Fortnights ago",
        "A Fortnight ago",
        "Two weeks ago",
        "TWO WEEKS AGO",
        "Eighteen months",
        "seventeen days",
        "Minus three days",
        "NEGATIVE 2 days",
        "Half a year",
        "An hour",
        "ZERO days",
        "Seventy-five years",
    ]);
    for s in dispatch_inputs(&phrases) {
        let s = s.as_str();
        let all = !matches!(counted_units(s), Err(nom::Err::Error(_)));
        assert_eq!(has_counted_units(s), all, "{s:?}");
    }
}

/// The kinds read from the words' table are the parses they stand for:
/// a month, "the" and a month, a weekday at the start.
#[test]
fn word_kinds_are_the_parses() {
    let inputs = dispatch_inputs(DISPATCH_PHRASES);
    assert!(inputs.len() > 1000, "{}", inputs.len());
    for s in &inputs {
        let s = s.as_str();
        let opening = Opening::of(s);
        let after_the = (kw("the"), sp).parse(s).map_or(s, |(r, _)| r);
        let the = after_the.len() < s.len();
        assert_eq!(opening.any(MONTH), month_loose(s).is_ok(), "{s:?}");
        assert_eq!(
            opening.any(THE_MONTH),
            the && month_loose(after_the).is_ok(),
            "{s:?}"
        );
        assert_eq!(opening.any(WEEKDAY), weekday_name(s).is_ok(), "{s:?}");
    }
}

/// What `table_words` says of a word: the tables `lookup` scans.
fn by_lookup(w: &str) -> u8 {
    use super::super::opening::{W_DAY, W_DAY_NUMBER, W_MONTH, W_SHIFT, W_WEEKDAY};
    use crate::extract::lexicon::*;
    let mut bits = 0;
    let mut add = |yes: bool, bit| {
        if yes {
            bits |= bit;
        }
    };
    add(lookup(MONTHS, w).is_some(), W_MONTH);
    add(
        lookup(WEEKDAYS, w).is_some() || lookup(WEEKDAY_ABBREVIATIONS, w).is_some(),
        W_WEEKDAY,
    );
    add(lookup(SHIFT_WORDS, w).is_some(), W_SHIFT);
    add(lookup(DAY_WORDS, w).is_some(), W_DAY);
    add(
        lookup(DAY_ORDINALS, w).is_some()
            || lookup(TENS, w).is_some()
            || lookup(SMALL_NUMBERS, w).is_some(),
        W_DAY_NUMBER,
    );
    bits
}

/// The words' table answers as the tables' scans, for every word of
/// every table (each word lowercased, as `Opening::of` asks) and for the
/// words around them.
#[test]
fn table_words_are_the_tables() {
    use super::super::opening::table_words;
    use crate::extract::lexicon::*;
    let tables: [&[&str]; 8] = [
        &MONTHS.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
        &WEEKDAYS.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
        &WEEKDAY_ABBREVIATIONS
            .iter()
            .map(|(w, _)| *w)
            .collect::<Vec<_>>(),
        &SHIFT_WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
        &DAY_WORDS.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
        &DAY_ORDINALS.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
        &TENS.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
        &SMALL_NUMBERS.iter().map(|(w, _)| *w).collect::<Vec<_>>(),
    ];
    let mut tried = 0;
    for w in tables.iter().flat_map(|t| t.iter()) {
        assert!(
            w.len() <= 16 && w.bytes().all(|b| b.is_ascii_alphabetic()),
            "{w:?}"
        );
        let lower = w.to_ascii_lowercase();
        for v in [
            lower.clone(),
            format!("{lower}s"),
            lower.get(1..).unwrap_or("").to_string(),
            lower.get(..lower.len() - 1).unwrap_or("").to_string(),
        ] {
            assert_eq!(table_words(&v), by_lookup(&v), "{v:?}");
            tried += 1;
        }
    }
    assert!(tried > 400, "{tried}");
    for v in [
        "",
        "the",
        "measures",
        "a",
        "an",
        "week",
        "junes",
        "seventeenths",
    ] {
        assert_eq!(table_words(v), by_lookup(v), "{v:?}");
    }
}

proptest::proptest! {
    #[test]
    fn table_words_answer_any_lowercase_word(w in "[a-z]{0,18}") {
        proptest::prop_assert_eq!(
            super::super::opening::table_words(&w),
            if w.len() > 16 { 0 } else { by_lookup(&w) }
        );
    }
}

/// The digit kinds go by the length of the digit run: on every input
/// made of a run of digits (of each length, after an optional "the"), a
/// joiner or suffix and what dates and figures go on with, every calendar
/// and relative form fails where its declared kinds are absent.
#[test]
fn digit_runs_open_only_their_forms() {
    let runs = [
        "5", "12", "31", "800", "2014", "1990", "2010", "20161016", "123456",
    ];
    let joins = [
        "", "st", "th", "s", "'s", "q", "Q", "-", "/", ".", ",", " ", " / ",
    ];
    let goes_on = [
        "",
        "4",
        "12",
        "2021",
        "15",
        "AD",
        "BC",
        "June",
        "jun",
        "Q3",
        "H2",
        "month",
        "day",
        "century",
        "quarter",
        "fiscal year",
        "of 2021",
    ];
    let tails = [
        "",
        " 2021",
        " 12",
        " quarter",
        " century",
        " H1",
        " of 2020",
        " June",
        " days ago",
    ];
    let mut inputs = Vec::new();
    for the in ["", "the "] {
        for run in runs {
            for join in joins {
                for next in goes_on {
                    for tail in tails {
                        inputs.push(format!("{the}{run}{join}{next}{tail}"));
                    }
                }
            }
        }
    }
    let tried = declarations_hold(CALENDAR_FORMS, &inputs, |form, s, _| {
        [DateOrder::None, DateOrder::Mdy, DateOrder::Dmy]
            .into_iter()
            .any(|order| form(s, order).is_ok())
    });
    declarations_hold(RELATIVE_FORMS, &inputs, |form, s, _| form(s).is_ok());
    assert!(tried > 500_000, "{tried}");
}
