//! Date forms the text uses for something else: a recurring day ("every
//! last Thursday and Friday of the month": a habit, no date), and a
//! fiscal year that is part of a name ("the Finance Bill 2021-22", as
//! "Budget 2024": its edition), a year that ends the name of a law ("the
//! Harbour Bill, 2019", "Bill No. 7 of 2019"), two years written with a
//! slash ("a 2030/5 phase-out"), a record out of a number ("a perfect
//! 8/8") and the weekday of a clock time given in another zone ("(2137
//! GMT Saturday)").

use super::{date_claim_with, DateExpr, DateOrder, ParsedDate};
use crate::extract::claim::Relation;

/// The most days one "every" can list ("every Monday, Wednesday and
/// Friday"): the skip stays bounded.
const LISTED_MAX: usize = 7;

/// Whether `before` ends with a word that makes the date after it a
/// recurring one: "every", "each".
fn recurring(before: &str) -> bool {
    let head = before.trim_end_matches([' ', '\u{a0}']);
    if head.len() == before.len() {
        return false;
    }
    ["every", "each"].iter().any(|w| {
        head.len() >= w.len()
            && head
                .get(head.len() - w.len()..)
                .is_some_and(|t| t.eq_ignore_ascii_case(w))
            && !head
                .get(..head.len() - w.len())
                .and_then(|b| b.chars().next_back())
                .is_some_and(char::is_alphanumeric)
    })
}

/// The bytes of `rest` to pass over when `d`, read at its start, is no
/// date: a day after "every"/"each" with the days listed after it, or a
/// year pair right after a name (`after_name`, asked only then). `None`
/// when it is a date.
pub fn not_a_date(
    before: &str,
    rest: &str,
    d: &ParsedDate,
    order: DateOrder,
    after_name: impl FnOnce() -> bool,
) -> Option<usize> {
    if let Some(skip) = unit_in_compound(rest, d) {
        return Some(skip);
    }
    if let Some(skip) = within_a_standard(before, rest.get(..d.len).unwrap_or("")) {
        return Some(skip);
    }
    if let Some(skip) = compared_on(before, d) {
        return Some(skip);
    }
    if names_no_date(before, rest, d) {
        return Some(d.len);
    }
    if d.relation.is_none() && recurring(before) && names_a_day(d.expr) {
        // "and Friday", ", Wednesday": the days listed with it recur too.
        let mut len = d.len;
        for _ in 0..LISTED_MAX {
            let tail = rest.get(len..)?;
            let sep = [", and ", " and ", " or ", ", "]
                .iter()
                .find(|s| tail.starts_with(**s))
                .map_or(0, |s| s.len());
            if sep == 0 {
                break;
            }
            match date_claim_with(&tail[sep..], order) {
                Ok((_, next)) if next.relation.is_none() && names_a_day(next.expr) => {
                    len += sep + next.len;
                }
                _ => break,
            }
        }
        return Some(len);
    }
    let names_a_year = matches!(d.expr, DateExpr::YearPair(_))
        && d.part.is_none()
        && d.until.is_none()
        && !matches!(d.relation, Some(Relation::By | Relation::Until));
    if names_a_year && d.expr_start == 0 && after_name() {
        return Some(d.len);
    }
    None
}

/// Words that say a figure changed: "up 2%", "2% higher", "rose by 9%".
const CHANGE_WORDS: &[&str] = &[
    "up",
    "down",
    "higher",
    "lower",
    "rose",
    "fell",
    "grew",
    "increased",
    "decreased",
    "declined",
    "gained",
    "dropped",
    "climbed",
    "jumped",
    "slipped",
    "rise",
    "fall",
    "growth",
    "increase",
    "decrease",
    "decline",
    "gain",
    "drop",
];

/// Words of a figure's unit between it and a change word: "percent", "per
/// cent", "percentage points", "pc".
const CHANGE_UNITS: &[&str] = &[
    "percent",
    "per",
    "cent",
    "percentage",
    "points",
    "point",
    "pc",
    "pct",
    "basis",
    "million",
    "billion",
    "trillion",
    "bn",
    "cents",
    "pence",
];

/// How many words before a date are read for a change ("were up by 9.6
/// per cent").
const CHANGE_WORDS_MAX: usize = 6;

/// Whether `before` ends with a change of a figure: a change word, an
/// optional "by", then the figure and its unit ("up 0.6 percent", "rose by
/// 9%"), or the figure, its unit, then "up" or "down" ("1.1 percent up",
/// "3% higher").
pub(super) fn ends_with_a_change(before: &str) -> bool {
    let words: Vec<&str> = before
        .split_whitespace()
        .rev()
        .take(CHANGE_WORDS_MAX)
        .collect();
    let is = |w: &str, set: &[&str]| set.iter().any(|k| k.eq_ignore_ascii_case(w));
    let mut k = 0;
    // "1.1 percent up": the change word last.
    let trailing = words.first().is_some_and(|w| {
        ["up", "down", "higher", "lower"]
            .iter()
            .any(|c| c.eq_ignore_ascii_case(w))
    });
    if trailing {
        k = 1;
    }
    while words.get(k).is_some_and(|w| is(w, CHANGE_UNITS)) {
        k += 1;
    }
    if !words.get(k).is_some_and(|w| figure(w)) {
        return false;
    }
    if trailing {
        return true;
    }
    k += 1;
    if words.get(k).is_some_and(|w| w.eq_ignore_ascii_case("by")) {
        k += 1;
    }
    words.get(k).is_some_and(|w| is(w, CHANGE_WORDS))
}

/// Whether an expression names a period longer than a day (a quarter, a
/// year, "the same quarter last year"), which a change may be compared
/// with.
fn names_a_period(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Quarter { .. }
            | DateExpr::Half { .. }
            | DateExpr::Year(_)
            | DateExpr::Month { .. }
            | DateExpr::MonthShift { .. }
            | DateExpr::Season { .. }
            | DateExpr::Unit { .. }
            | DateExpr::YearAgo
            | DateExpr::PeriodIn(_)
            | DateExpr::FiscalYear(_)
            | DateExpr::FiscalQuarter { .. }
            | DateExpr::YearPair(_)
            | DateExpr::MonthsTo { .. }
    )
}

/// "spent 0.9 percent more than a year earlier", "2,000 fewer
/// than a year earlier": after a figure, "more than" compares it with the
/// figure of a date counted back, and names no length of time ("more
/// than twelve months") nor a bound. The bytes of "more than " to pass
/// over, so that the scan reads the date alone; `None` otherwise.
pub fn compared_than(before: &str, rest: &str, order: DateOrder) -> Option<usize> {
    let word = |w: &str| {
        rest.get(..w.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(w))
            && rest.as_bytes().get(w.len()) == Some(&b' ')
    };
    let first = ["more", "less", "fewer"].into_iter().find(|w| word(w))?;
    let after = rest.get(first.len() + 1..)?;
    let at = after
        .get(..5)
        .filter(|t| t.eq_ignore_ascii_case("than "))
        .and(after.get(5..))?;
    if !ends_with_a_figure(before) {
        return None;
    }
    let (_, d) = date_claim_with(at, order).ok()?;
    let back = matches!(
        d.expr,
        DateExpr::Anchored { sign: -1, .. } | DateExpr::Ago { .. } | DateExpr::YearAgo
    );
    let plain = d.relation.is_none() && d.until.is_none() && d.part.is_none();
    (back && plain).then_some(rest.len() - at.len())
}

/// Whether `before` ends with a figure and its unit: "1.2 percent ",
/// "5% ", "$3 million ", "2,000 ".
fn ends_with_a_figure(before: &str) -> bool {
    let mut words = before.split_whitespace().rev().take(CHANGE_WORDS_MAX);
    let is = |w: &str| CHANGE_UNITS.iter().any(|k| k.eq_ignore_ascii_case(w));
    words.find(|w| !is(w)).is_some_and(figure)
}

/// Whether a word is a figure: "9,310", "$4m", "£2.1bn", "A$1.58", "5%".
fn figure(w: &str) -> bool {
    let unsigned = w.trim_start_matches(|c: char| c.is_ascii_uppercase());
    unsigned
        .trim_start_matches(['$', '£', '€', '+', '-'])
        .starts_with(|c: char| c.is_ascii_digit())
}

/// "Output was up 0.4 percent on the third quarter", "1.1 percent up on the
/// same quarter": after a change of a figure, "on" names the period it is
/// compared with (as "from" and "compared with" do), no day something
/// happened ("rose 5% on Monday" keeps its day). The bytes of "on " to
/// pass over, so that the scan reads the period alone.
fn compared_on(before: &str, d: &ParsedDate) -> Option<usize> {
    let compared = d.relation == Some(Relation::On)
        && d.until.is_none()
        && d.expr_start > 0
        && names_a_period(d.expr)
        && ends_with_a_change(before);
    compared.then_some(d.expr_start)
}

/// The calendar units a compound adjective is made of ("decade-long",
/// "year-old", "week-end", "quarter-on-quarter").
const COMPOUND_UNITS: &[&str] = &[
    "decade", "century", "year", "quarter", "month", "week", "day",
];

/// "in the decade-long war", "this year-long inquiry": a date whose last
/// word, a calendar unit, is glued by a hyphen to the word after it is
/// the first part of a compound adjective, no date. The bytes to skip:
/// those before that word, so the scan reads the compound there ("a
/// decade-long war" is a length of time); all of them when the date is
/// that word alone.
fn unit_in_compound(rest: &str, d: &ParsedDate) -> Option<usize> {
    let text = rest.get(..d.len)?;
    let glued = rest
        .get(d.len..)?
        .strip_prefix('-')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()));
    if !glued {
        return None;
    }
    let start = text
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let last = text.get(start..)?;
    if !COMPOUND_UNITS.iter().any(|u| u.eq_ignore_ascii_case(last)) {
        return None;
    }
    Some(if start == 0 { d.len } else { start })
}

/// Words a newspaper's name puts after a weekday: "the Sunday Times",
/// "the Sunday Telegraph". Not "Night" or "Morning": a headline in title
/// case writes "Talks Collapse Friday Night" of a date.
const TITLE_WORDS: &[&str] = &[
    "Times",
    "Telegraph",
    "Express",
    "Mirror",
    "Post",
    "Herald",
    "Tribune",
    "Mail",
    "Observer",
    "Independent",
    "Journal",
    "Standard",
];

/// Words after a month that make it a futures contract's delivery month:
/// "October natural gas settled", "November Brent crude", "the October
/// contract".
const CONTRACT_WORDS: &[&str] = &[
    "contract",
    "contracts",
    "futures",
    "delivery",
    "crude",
    "natural",
    "gasoline",
    "heating",
    "Brent",
    "WTI",
];

/// A weekday or month with no relation that names no date: a title
/// ("the Sunday Times said"), a futures contract ("October natural gas",
/// "the October contract"), or any such month ("the highest rate for any
/// October on record").
fn names_no_date(before: &str, rest: &str, d: &ParsedDate) -> bool {
    if d.relation.is_some() || d.part.is_some() || d.until.is_some() {
        return false;
    }
    // "Soon after the verdict": soon after another event, no date of its own.
    let soon = rest
        .get(..d.len)
        .is_some_and(|t| t.eq_ignore_ascii_case("soon"));
    let next = rest
        .get(d.len..)
        .and_then(|r| r.strip_prefix(' '))
        .map(|r| {
            r.split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("")
        })
        .unwrap_or("");
    if soon {
        return ["after", "afterwards", "afterward", "thereafter", "before"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(next));
    }
    match d.expr {
        DateExpr::Weekday { shift: None, .. } => {
            TITLE_WORDS.contains(&next) || in_clock_conversion(before, next)
        }
        DateExpr::Month { year: None, .. } => {
            let last = before
                .trim_end()
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            // "June, a nurse from Tarn": a month opening its sentence
            // before a comma is a name (a month ending a phrase is read
            // after a word: "figures for September, which").
            let opens = d.expr_start == 0
                && before.trim().is_empty()
                && rest.get(d.len..).is_some_and(|r| r.starts_with(','));
            opens
                || CONTRACT_WORDS.contains(&next)
                || ["any", "every", "each"]
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(last))
        }
        DateExpr::Century(_) => century_of_runs(before),
        _ => false,
    }
}

/// Words right before a century that make it a hundred runs (cricket),
/// not a hundred years: a scoring verb ("hit the third century", "scored
/// his second century") or an owner ("his maiden century").
const SCORING_WORDS: &[&str] = &[
    "hit", "hits", "hitting", "score", "scored", "scores", "scoring", "made", "makes", "make",
    "making", "struck", "strikes", "reached", "reaches", "reach", "brought", "notched", "his",
    "her", "their", "maiden",
];

/// Whether a century read after `before` counts runs: the word before it
/// (its "the" included in the date) is one of [`SCORING_WORDS`]. A
/// century of years follows "in", "of", "since" … ("in the third
/// century", "a third-century coin").
fn century_of_runs(before: &str) -> bool {
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    SCORING_WORDS.iter().any(|w| w.eq_ignore_ascii_case(last))
}

/// How far back (bytes) the clause of a "within" date is read for a share.
const STANDARD_CLAUSE_MAX: usize = 160;

/// Whether `text`, "within 28 days", is the standard a share of cases is
/// measured against, not a date: its clause counts a percentage before
/// it ("76 per cent seen within 28 days", "95% of patients treated within
/// four hours"). `before` is the text up to it. The bytes of "within "
/// to pass over, so that the scan reads the length of time after it (a
/// standard is a length, as "within four hours" is read).
fn within_a_standard(before: &str, text: &str) -> Option<usize> {
    let after = text
        .get(..6)
        .filter(|t| t.eq_ignore_ascii_case("within"))
        .and_then(|_| text.get(6..))?;
    let skip = text.len() - after.trim_start_matches([' ', '\u{a0}']).len();
    if skip == 6 || !share_in_clause(before) {
        return None;
    }
    Some(skip)
}

/// Whether the clause that ends `before` holds a percentage: a figure
/// before "%", "per cent" or "percent".
fn share_in_clause(before: &str) -> bool {
    let mut from = before.len().saturating_sub(STANDARD_CLAUSE_MAX);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let window = before.get(from..).unwrap_or("");
    // A clause ends at a stop or comma that a space follows (not the
    // point of "76.8" or the comma of "1,204").
    let bytes = window.as_bytes();
    let clause = (0..bytes.len())
        .rev()
        .find(|&k| {
            matches!(bytes.get(k), Some(b',' | b';' | b'.' | b':' | b'\n'))
                && bytes.get(k + 1).is_none_or(|b| !b.is_ascii_digit())
        })
        .and_then(|k| window.get(k + 1..))
        .unwrap_or(window);
    let lower = clause.to_ascii_lowercase();
    let figure_before = |k: usize| {
        lower
            .get(..k)
            .map(str::trim_end)
            .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_digit()))
    };
    lower.match_indices('%').any(|(k, _)| figure_before(k))
        || [" per cent", " percent"]
            .iter()
            .any(|w| lower.match_indices(w).any(|(k, _)| figure_before(k)))
}

/// How far back in its bracket a clock-time conversion's weekday looks
/// for the bracket's opening (bytes).
const CONVERSION_MAX: usize = 80;

/// "reached land at 6:10 a.m. (1910 GMT Tuesday; 3:10 p.m. Tuesday EDT)": a
/// weekday in brackets that a clock time or a time zone stands right
/// before, or a time zone right after (`next`, the word after it), gives
/// the clock time in another zone; the day is the sentence's, said
/// again, no claim of its own. Out of brackets ("at 1910 GMT Tuesday")
/// it dates the sentence.
fn in_clock_conversion(before: &str, next: &str) -> bool {
    let head = before.trim_end_matches([' ', '\u{a0}']);
    let window = crate::extract::grammar::tail(head, CONVERSION_MAX);
    let in_bracket = window
        .rfind('(')
        .is_some_and(|k| !window[k..].contains(')'));
    if !in_bracket {
        return false;
    }
    let last = head
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    is_time_zone(last) || is_time_zone(next) || is_clock_time(last)
}

/// A time zone's abbreviation: "GMT", "UTC", "EDT", "ET", "AEST", "IST".
fn is_time_zone(word: &str) -> bool {
    matches!(word, "UTC" | "Z")
        || ((2..=5).contains(&word.len())
            && word.bytes().all(|b| b.is_ascii_uppercase())
            && word.ends_with('T')
            && !matches!(
                word,
                "AT" | "IT" | "BUT" | "NOT" | "OUT" | "LAST" | "FIRST" | "NEXT" | "PAST" | "JUST"
            ))
}

/// The end of a clock time: "p.m.", "am", "4:37", "2137" (a 24-hour
/// time, which a time zone or a weekday follows).
fn is_clock_time(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    matches!(
        lower.as_str(),
        "a.m." | "p.m." | "am" | "pm" | "a.m" | "p.m"
    ) || word.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// Words that name a law, whose year after them is part of the name.
const LAW_WORDS: &[&str] = &[
    "Bill",
    "Act",
    "Ordinance",
    "Code",
    "Regulations",
    "Rules",
    "Order",
    "Amendment",
];

/// The text of a date claim whose surroundings say it is none: the year of
/// a law's name, two years with a slash, a record out of a number.
/// `before` is the sentence up to the claim, `text` the claim's and
/// `after` what follows it.
pub fn names_no_date_here(before: &str, text: &str, after: &str) -> bool {
    year_of_a_law(before, text)
        || year_opens_a_name(text, after)
        || slashed_years(text, after)
        || record_out_of(before, text)
}

/// Head words of a name that a year before them is part of, not a date
/// of: the Games named for their Olympiad ("the 2020 Games" were held in
/// 2021), as a law's word names a law ([`LAW_WORDS`]).
const GAMES_WORDS: &[&str] = &["Games", "Olympics", "Paralympics", "Olympiad"];

/// The most capitalised words a name after a year is read through.
const NAME_WORDS_MAX: usize = 4;

/// Whether `text` is a bare year that opens a name whose head is a law's
/// or the Games' word: "the 2019 Appropriation Bill" (presented the year
/// before), "the 2020 Games", "the 2017 Finance Act". The name is a run
/// of capitalised words right after the year, and its last word is the
/// head. A name with another head ("the 2029 House of Delegates
/// elections", "the 2024 Lok Sabha Elections") leaves the year a date,
/// as does a lowercase noun ("the 2019 budget").
fn year_opens_a_name(text: &str, after: &str) -> bool {
    let year = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
    let Some(mut rest) = after.strip_prefix(' ') else {
        return false;
    };
    if !year {
        return false;
    }
    let mut head = "";
    for _ in 0..NAME_WORDS_MAX {
        let len = rest
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        head = word;
        rest = &rest[len..];
        match rest.strip_prefix(' ') {
            Some(r) if r.starts_with(char::is_uppercase) => rest = r,
            _ => break,
        }
    }
    LAW_WORDS.contains(&head) || GAMES_WORDS.contains(&head)
}

/// Whether `text` is a bare year that ends the name of a law: "the
/// Harbour Bill, 2019", "the Water Act 2014", "Bill No. 7 of 2019",
/// "(No. 2) Bill, 2023". The law's word is capitalised.
fn year_of_a_law(before: &str, text: &str) -> bool {
    let year = text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit());
    if !year {
        return false;
    }
    let mut head = before.trim_end_matches([' ', '\u{a0}']);
    // "the bill number 3 of 2023": the number spelled out names the law
    // however its word is written.
    let mut numbered = false;
    // "Bill No. 14 of 2023": the bill's number and "of" before the year.
    if let Some(h) = head.strip_suffix(" of") {
        let had_figure = h.ends_with(|c: char| c.is_ascii_digit());
        let h = h.trim_end_matches(|c: char| c.is_ascii_digit());
        head = h
            .strip_suffix("No. ")
            .or_else(|| h.strip_suffix("No "))
            .map_or(h, |x| x.trim_end())
            .trim_end_matches(' ');
        if let Some(x) = h
            .strip_suffix("number ")
            .or_else(|| h.strip_suffix("Number "))
        {
            numbered = had_figure;
            head = x.trim_end_matches(' ');
        } else if head.len() == h.len() {
            // "Act of 2019": "of" straight after the law's word.
            head = h.trim_end_matches(' ');
        }
    }
    let head = head.strip_suffix(',').unwrap_or(head);
    let start = head
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |k| k + 1);
    let word = head.get(start..).unwrap_or("");
    LAW_WORDS.contains(&word)
        || (numbered && LAW_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)))
}

/// Whether `text` is two years written with a slash, the second cut to
/// its last digits: "2030/5", "2030/35" (the second later than the first).
/// Not a year and the next ("2020/21", "2019/20"): one fiscal year or
/// season, as "2020-21" is.
fn slashed_years(text: &str, after: &str) -> bool {
    let Some((first, second)) = text.split_once('/') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if first.len() != 4 || !(1..=2).contains(&second.len()) || !digits(first) || !digits(second) {
        return false;
    }
    // "2030/5/1" goes on as a day.
    if after.starts_with(['/', '-', '.']) && after[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let cut = 10u32.pow(second.len() as u32);
    match (first.parse::<u32>(), second.parse::<u32>()) {
        (Ok(y), Ok(t)) => t > y % cut && !(cut == 100 && t == (y + 1) % cut),
        _ => false,
    }
}

/// Whether `text` is a record out of a number after "a" or "perfect": "a
/// perfect 8/8", "a 9/10 record" — no month and day.
fn record_out_of(before: &str, text: &str) -> bool {
    let Some((a, b)) = text.split_once('/') else {
        return false;
    };
    let small = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit());
    if !(small(a) && small(b)) {
        return false;
    }
    let last = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    ["a", "an", "perfect"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(last))
}

/// A day that can recur: a weekday, with "last"/"first" … of a month.
fn names_a_day(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Weekday { .. } | DateExpr::InMonth { .. } | DateExpr::WeekdayOfWeek { .. }
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skip(before: &str, rest: &str, after_name: bool) -> Option<usize> {
        let (_, d) = date_claim_with(rest, DateOrder::None).unwrap();
        not_a_date(before, rest, &d, DateOrder::None, || after_name)
    }

    #[test]
    fn a_weekday_in_a_clock_time_conversion_is_no_date() {
        let at = |before: &str, rest: &str| skip(before, rest, false);
        let opening = "The storm reached land at 6:10 a.m. ";
        assert_eq!(
            at(&format!("{opening}(1910 GMT "), "Tuesday; 3:10 p.m."),
            Some(7)
        );
        assert_eq!(
            at(
                &format!("{opening}(1910 GMT Tuesday; 3:10 p.m. "),
                "Tuesday EDT) inland"
            ),
            Some(7)
        );
        assert_eq!(at(&format!("{opening}("), "Tuesday UTC)"), Some(7));
        // Out of brackets, or a bracket with no clock in it: the date.
        assert_eq!(at("The storm reached land at 1910 GMT ", "Tuesday."), None);
        assert_eq!(at("The storm (which formed ", "Tuesday) grew."), None);
        assert_eq!(
            at("The storm (formed on ", "Tuesday at 3 p.m.) grew."),
            None
        );
    }

    #[test]
    fn a_month_opening_its_sentence_before_a_comma_is_a_name() {
        assert_eq!(skip("", "June, a nurse, said", false), Some(4));
        assert_eq!(
            skip("The figures for ", "September, which rose", false),
            None
        );
        assert_eq!(skip("", "As of March, 40 were ill", false), None);
    }

    #[test]
    fn a_day_after_every_recurs_with_the_days_listed_with_it() {
        let rest = "last Monday and Tuesday of each month.";
        assert_eq!(
            skip("clinics open every ", rest, false),
            Some("last Monday and Tuesday".len())
        );
        assert_eq!(skip("rounds held each ", "Friday, there", false), Some(6));
        // Not after "every": a date.
        assert_eq!(skip("the clinic opened last ", "Friday.", false), None);
        assert_eq!(skip("clinics open ", rest, false), None);
        // "everyone" is no "every".
        assert_eq!(skip("thanks to everyone ", "Friday.", false), None);
    }

    #[test]
    fn a_unit_glued_into_a_compound_is_no_date() {
        // The scan goes on at the compound ("decade-long").
        assert_eq!(skip("died in ", "in the decade-long war", false), Some(7));
        assert_eq!(skip("", "in the decade, the war", false), None);
    }

    #[test]
    fn names_contracts_and_any_month_are_no_dates() {
        assert_eq!(
            skip("according to the ", "Sunday Herald newspaper", false),
            Some(6)
        );
        assert_eq!(skip("", "October natural gas settled", false), Some(7));
        assert_eq!(skip("", "the October contract expired", false), Some(11));
        assert_eq!(
            skip("the best rate for any ", "October on record", false),
            Some(7)
        );
        assert_eq!(skip("", "Soon after the verdict", false), Some(4));
        // Dates all the same.
        assert_eq!(
            skip("he spoke ", "Sunday Herald reporters said", false),
            Some(6)
        );
        assert_eq!(skip("he spoke ", "Sunday to reporters", false), None);
        assert_eq!(skip("", "in October crude fell", false), None);
        assert_eq!(skip("", "October was warm", false), None);
        assert_eq!(skip("", "soon, the council said", false), None);
    }

    #[test]
    fn a_year_ending_a_law_is_its_name() {
        let no = |b: &str, t: &str| names_no_date_here(b, t, " and");
        assert!(no("The Fishermen (Protection of Boats) Bill, ", "2019"));
        assert!(no("signed the Revenue (Estimates) Bill No. 11 of ", "2024"));
        assert!(no("the Water Act ", "2014"));
        assert!(no("the Water Act of ", "2014"));
        assert!(no("the Supplementary Estimates (No. 3) Bill, ", "2024"));
        // Its number spelled out, the law's word in any case.
        assert!(no("The bill number 7 of ", "2031"));
        assert!(no("under Act Number 12 of ", "2031"));
        assert!(!no("the bill number of ", "2031"));
        assert!(!no("the vote number 7 of ", "2031"));
        // A bill dated: a date.
        assert!(!no("the bill passed in ", "2019"));
        assert!(!no("the bill, ", "2019"));
        assert!(!no("the Act came into force in ", "2019"));
        assert!(!no("Bill No. 11 of ", "May"));
    }

    #[test]
    fn a_year_that_opens_the_name_of_a_law_or_the_games_is_no_date() {
        let no = |t: &str, a: &str| names_no_date_here("passed the ", t, a);
        assert!(no("2031", " Supply Bill presented by the governor"));
        assert!(no("2031", " Harbour Works Act."));
        assert!(no("2031", " Games in Lakeport"));
        assert!(no("2031", " Olympics, which"));
        // Another head, or a lowercase noun: the year dates it.
        assert!(!no("2031", " House of Assembly elections"));
        assert!(!no("2031", " Assembly Elections"));
        assert!(!no("2031", " budget"));
        assert!(!no("2031", " Bills"));
        assert!(!no("2031", ""));
        assert!(!no("in 2031", " Supply Bill"));
        // A name runs on past the fourth word: its head is not read.
        assert!(!no("2031", " One Two Three Four Bill"));
    }

    #[test]
    fn two_years_with_a_slash_and_a_record_are_no_dates() {
        assert!(names_no_date_here("sets ", "2031/6", " phase-out"));
        assert!(names_no_date_here("sets ", "2031/36", " phase-out"));
        // A year and the next: a fiscal year or a season.
        assert!(!names_no_date_here("set aside for ", "2031/32", "."));
        assert!(!names_no_date_here("the ", "2039/40", " season"));
        assert!(names_no_date_here("sets ", "2031/2", " phase-out"));
        // Not a later year: a month of the year.
        assert!(!names_no_date_here("in ", "2031/1", "."));
        assert!(!names_no_date_here("on ", "2031/6", "/12."));
        assert!(names_no_date_here(
            "aims for a perfect ",
            "8/8",
            " in finals"
        ));
        assert!(names_no_date_here("has a ", "9/10", " record"));
        assert!(!names_no_date_here("signed on ", "8/8", " in Harbury"));
    }

    #[test]
    fn a_century_a_batter_scores_counts_runs() {
        let len = "the fourth century".len();
        assert_eq!(
            skip("Ravel hit ", "the fourth century of the match", false),
            Some(len)
        );
        assert_eq!(skip("Orsi scored his ", "second century.", false), Some(14));
        // Years: after "in", "of", "since" or opening the sentence.
        assert_eq!(
            skip("the coins date from ", "the fourth century", false),
            None
        );
        assert_eq!(skip("", "The fourth century saw", false), None);
        assert_eq!(skip("Ravel hit it ", "in the fourth century", false), None);
    }

    #[test]
    fn within_a_time_a_share_is_measured_against_is_a_standard() {
        // "within " is passed over: the scan reads "14 days" as a length.
        assert_eq!(
            skip(
                "Of the Norbury cases, 81.4 per cent were seen ",
                "within 14 days.",
                false
            ),
            Some(7)
        );
        assert_eq!(
            skip(
                "targets slipped, while 64% began care ",
                "within 31 days, down",
                false
            ),
            Some(7)
        );
        // No share in its clause: a date ("will rule within 28 days").
        assert_eq!(
            skip(
                "The court, which cut costs by 5%, will rule ",
                "within 28 days.",
                false
            ),
            None
        );
        assert_eq!(skip("It must pay ", "within 28 days.", false), None);
    }

    #[test]
    fn a_year_pair_after_a_name_is_its_edition() {
        assert_eq!(
            skip("The Revenue Bill ", "2023-24 was tabled", true),
            Some(7)
        );
        assert_eq!(skip("the budget for ", "2023-24 was tabled", false), None);
        // A relation dates it: "in 2023-24" is no name.
        assert_eq!(skip("Budget ", "in 2023-24", true), None);
    }

    /// After a figure "more than" compares it with a date counted back:
    /// the scan passes over "more than " and reads the date.
    #[test]
    fn more_than_a_date_counted_back_after_a_figure() {
        let at = |b: &str, r: &str| compared_than(b, r, DateOrder::None);
        let r = "more than twelve months previously.";
        assert_eq!(at("Spending was 2.1 percent ", r), Some(10));
        assert_eq!(
            at("Spending was 4% ", "less than a year earlier."),
            Some(10)
        );
        assert_eq!(at("They hired 2,000 ", "fewer than a year ago."), Some(11));
        // No figure before: a bound or a length, not this.
        assert_eq!(at("He had left ", r), None);
        // No date counted back after: not this.
        assert_eq!(
            at("Spending was 2.1 percent ", "more than twelve months."),
            None
        );
        assert_eq!(at("Spending was 2.1 percent ", "more than in 2019."), None);
    }

    /// After a change of a figure "on" names the period compared with: the
    /// scan passes over "on " and reads the period alone. A day keeps its
    /// "on" (the day the change happened), as does a period after no
    /// change.
    #[test]
    fn on_after_a_change_names_the_period_compared() {
        let period = "on the third quarter of 2011.";
        assert_eq!(skip("Output was up 0.4 percent ", period, false), Some(3));
        assert_eq!(
            skip("Spending was 2.3 per cent up ", period, false),
            Some(3)
        );
        assert_eq!(skip("Exports were up by 5.1% ", period, false), Some(3));
        assert_eq!(skip("Costs rose 12 cents ", period, false), Some(3));
        assert_eq!(skip("Exports were 5.1% higher ", period, false), Some(3));
        assert_eq!(skip("Shares rose 5% ", "on Monday.", false), None);
        assert_eq!(skip("Shares rose 5% ", "on March 3.", false), None);
        assert_eq!(skip("The plant opened ", period, false), None);
        assert_eq!(skip("He counted 5 ", period, false), None);
        assert!(ends_with_a_change("profit, up 35 percent "));
        assert!(!ends_with_a_change("up and "));
        assert!(!ends_with_a_change(""));
    }
}
