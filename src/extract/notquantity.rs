//! Figures that are not quantities: ordinals ("the 3rd meeting",
//! "twenty-first"), times of day ("3 p.m.", "10:30"), phone numbers,
//! labels ("Article 5", "Section 230", "version 2", "Boeing 737"),
//! addresses ("10 Downing Street"), fixed names ("9/11", "24/7"), scores
//! and tallies ("a 6-3 vote", "a 28-24 win", "12-4 on the season") and
//! ages ("the 63-year-old", "45 years old", "Kozlowski, 58,").
//!
//! The driver asks here first and skips what these grammars consume, so no
//! quantity claim is made of it.

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1, take_while_m_n};
use nom::character::complete::{char, digit1, one_of};
use nom::combinator::{opt, recognize};
use nom::multi::{many1, many_m_n};
use nom::sequence::preceded;
use nom::Parser;

use crate::extract::claim::DurationUnit;
use crate::extract::grammar::{alpha_word, consumed, kw, sp, tnc, word_end, Res};
use crate::extract::lexicon::{
    lookup, BRAND_WORDS, CURRENCY_WORDS, FIXED_EXPRESSIONS, LABEL_WORDS, MEASURES, MONTHS,
    MORE_SCALES, ORDINAL_WORDS, POSTFIX_CURRENCY_SYMBOLS, QUALIFIERS, SCALES, SCALE_ABBREVIATIONS,
    SMALL_NUMBERS, STREET_WORDS, TALLY_NOUNS, TALLY_VERBS, TENS, WEEKDAYS,
};
use crate::extract::number::numeral;
use crate::extract::{date, duration};

fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Verify,
    )))
}

/// An ordinal word ("third", "twenty-first"), case-insensitively.
fn ordinal_word(i: &str) -> Res<'_, &str> {
    let (rest, w) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(i)?;
    if ORDINAL_WORDS.iter().any(|o| o.eq_ignore_ascii_case(w)) || w.eq_ignore_ascii_case("nineth") {
        Ok((rest, w))
    } else {
        fail(i)
    }
}

/// An ordinal: "3rd", "21st", "11th", "twenty-first", "one hundred twenty
/// fifth". "one fifth" and "a third" are fractions, not ordinals.
pub fn ordinal(i: &str) -> Res<'_, &str> {
    let suffix = alt((tnc("st"), tnc("nd"), tnc("rd"), tnc("th")));
    if let Ok((rest, text)) = recognize((digit1::<_, nom::error::Error<&str>>, suffix)).parse(i) {
        word_end(rest)?;
        return Ok((rest, text));
    }
    let (rest, n) = numeral(i)?;
    if n.value == 1.0 || n.value.fract() != 0.0 {
        return fail(i);
    }
    let (rest, (_, word)) = (alt((sp, tag("-"))), ordinal_word).parse(rest)?;
    // The count before an ordinal word is tens or hundreds ("twenty
    // first", "one hundred twenty fifth"), or any before a scale's ordinal
    // ("two hundredth"); after a unit figure the ordinal begins a compound
    // of its own ("four second-half tries", "two first-round picks").
    let scale = [
        "hundredth",
        "thousandth",
        "millionth",
        "billionth",
        "trillionth",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word));
    if !scale && (n.value < 20.0 || n.value % 10.0 != 0.0) {
        return fail(i);
    }
    word_end(rest)?;
    Ok((rest, consumed(i, rest)))
}

/// A time of day: "3 p.m.", "3pm", "10:30", "10.30am", "5 o'clock".
pub fn time_of_day(i: &str) -> Res<'_, &str> {
    let hour = take_while_m_n(1, 2, |c: char| c.is_ascii_digit());
    let meridiem = alt((
        tnc("a.m."),
        tnc("p.m."),
        tnc("am"),
        tnc("pm"),
        tnc("o'clock"),
        tnc("o’clock"),
    ));
    let with_meridiem = recognize((
        take_while_m_n(1, 2, |c: char| c.is_ascii_digit()),
        opt((
            one_of(":."),
            take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        )),
        opt(sp),
        meridiem,
    ));
    let clock = recognize((
        hour,
        char(':'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    ));
    let (rest, text) = alt((with_meridiem, clock, military_time)).parse(i)?;
    if !text.ends_with('.') {
        word_end(rest)?;
    }
    Ok((rest, text))
}

/// Time zones and the words a four-digit clock time is written with.
const CLOCK_ZONES: &[&str] = &[
    "UTC", "GMT", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "IST", "JST",
    "AEST", "AEDT", "hrs", "hours",
];

/// A four-digit clock time with its zone: "0930 GMT", "1400 UTC", "2130
/// hrs". The figure alone.
fn military_time(i: &str) -> Res<'_, &str> {
    let (rest, text) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    word_end(rest)?;
    let (hour, minute) = text.split_at(2);
    let valid =
        hour.parse::<u32>().is_ok_and(|h| h <= 23) && minute.parse::<u32>().is_ok_and(|m| m <= 59);
    let (_, (_, zone)) = (sp, alpha_word).parse(rest)?;
    // "1500 hours" of work is a length unless the zero says it is a clock.
    let zoned = CLOCK_ZONES.contains(&zone) && (zone != "hours" || text.starts_with('0'));
    if !(valid && zoned) {
        return fail(i);
    }
    Ok((rest, text))
}

/// The most digit groups a phone number is read with ("+44 20 7946 0958"
/// has four; extensions and country codes add a few).
const PHONE_GROUPS_MAX: usize = 8;

/// A phone number: "+1-222-2222-2222", "020 7946 0958", "(202) 555-0143",
/// "555-0143" — digit groups joined by hyphens, dots, slashes or spaces.
pub fn phone_number(i: &str) -> Res<'_, &str> {
    let area = recognize((char('('), digit1, char(')'), opt(sp)));
    let group_sep = |i| alt((tag("-"), tag("."), tag("/"), tag(" "))).parse(i);
    let (rest, text) = recognize((
        opt(char('+')),
        opt(area),
        digit1,
        many_m_n(1, PHONE_GROUPS_MAX - 1, preceded(group_sep, digit1)),
    ))
    .parse(i)?;
    // More groups than a phone number has: a list of figures ("1 2 3 …"),
    // which must not be read to its end from each of its figures.
    if preceded(group_sep, digit1).parse(rest).is_ok() {
        return fail(i);
    }
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let groups: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let hyphen_pair = groups.len() == 2 && text.contains('-');
    // "555-0143": a hyphen pair is a phone number only with a 4-digit
    // tail starting in 0 or a 3-4 split; "1000-5000" is a range.
    let looks_phone = text.starts_with(['+', '('])
        || (groups.len() >= 3
            && digits >= 7
            && groups.iter().skip(1).any(|g| g.len() >= 3)
            && !text.contains(' '))
        || (groups.len() >= 3
            && digits >= 9
            && groups.iter().skip(1).all(|g| g.len() >= 3)
            && groups.first().is_some_and(|g| g.starts_with('0')))
        || (hyphen_pair
            && groups.first().is_some_and(|g| g.len() == 3)
            && groups
                .get(1)
                .is_some_and(|g| g.len() == 4 && g.starts_with('0')));
    if !looks_phone {
        return fail(i);
    }
    Ok((rest, text))
}

/// "9/11", "24/7", and slashed digit runs such as "5/17/2018".
fn fixed_or_slashed(i: &str) -> Res<'_, &str> {
    let (rest, text) = recognize((digit1, many1(preceded(one_of("/-"), digit1)))).parse(i)?;
    let slashes = text.matches('/').count();
    if FIXED_EXPRESSIONS.contains(&text) || slashes >= 2 {
        return Ok((rest, text));
    }
    fail(i)
}

/// A label's figure: digits, letters, dots and hyphens ("2.0.1", "15a").
fn label_figure(i: &str) -> Res<'_, &str> {
    let (rest, text) = recognize((
        digit1,
        many_m_n(
            0,
            8,
            alt((
                recognize((one_of(".-"), digit1)),
                take_while1(|c: char| c.is_ascii_alphanumeric()),
            )),
        ),
    ))
    .parse(i)?;
    Ok((rest, text))
}

/// The last word before the figure, if it touches it (one blank apart).
fn previous_word(before: &str) -> Option<&str> {
    let trimmed = before
        .strip_suffix(' ')
        .or_else(|| before.strip_suffix('\u{a0}'))?;
    let trimmed = trimmed.trim_end_matches('.');
    let start = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '-'))
        .map_or(0, |(n, c)| n + c.len_utf8());
    trimmed.get(start..).filter(|w| !w.is_empty())
}

fn is_function_word(lower: &str) -> bool {
    crate::extract::lexicon::is_not_noun_lowercase(lower)
        || lookup(SMALL_NUMBERS, lower).is_some()
        || lookup(TENS, lower).is_some()
        || lookup(MONTHS, lower).is_some()
        || lookup(WEEKDAYS, lower).is_some()
        || QUALIFIERS
            .iter()
            .any(|(p, _)| p.split(' ').next_back().is_some_and(|w| w == lower))
        || matches!(
            lower,
            "another" | "only" | "just" | "all" | "every" | "nearly" | "almost" | "said"
        )
}

/// A figure that names a thing because of the word before it: "Article 5",
/// "Section 230", "version 2", "Boeing 737", "iPhone 15", "Windows 10".
pub fn labelled<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let Some(word) = previous_word(before) else {
        return fail(i);
    };
    let lower = word.to_lowercase();
    let label = LABEL_WORDS.contains(&lower.as_str());
    // A camel-cased brand: "iPhone 15".
    let camel = word.starts_with(char::is_lowercase) && word.chars().any(char::is_uppercase);
    // A known maker or product line ("Boeing 737", "Windows 10"); any
    // other capitalised word is prose ("Italy Sends 800 Troops").
    let name = word.starts_with(char::is_uppercase) && BRAND_WORDS.contains(&lower.as_str());
    if !(label || camel || name) || is_function_word(&lower) {
        return fail(i);
    }
    if !label {
        // A brand takes a bare number, not "Italy 800 troops … " with scale.
        if let Ok((_, n)) = numeral(i) {
            if n.scale > 1.0 {
                return fail(i);
            }
        }
    }
    label_figure(i)
}

/// A house number and street: "10 Downing Street", "1600 Pennsylvania Avenue".
pub fn address(i: &str) -> Res<'_, &str> {
    let (mut rest, _) = digit1(i)?;
    for _ in 0..4 {
        let (r, (_, w)) = (sp, alpha_word).parse(rest)?;
        if !w.starts_with(char::is_uppercase) {
            return fail(i);
        }
        rest = r;
        if STREET_WORDS.contains(&w.to_lowercase().as_str()) {
            return Ok((rest, consumed(i, rest)));
        }
    }
    fail(i)
}

/// The rest of a phone number after its opening bracket: "202) 555-0143".
fn bracketed_phone_tail<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    if !before.ends_with('(') {
        return fail(i);
    }
    recognize((digit1, char(')'), opt(sp), phone_number)).parse(i)
}

/// Up to three digits.
fn small_digits(i: &str) -> Res<'_, &str> {
    take_while_m_n(1, 3, |c: char| c.is_ascii_digit()).parse(i)
}

/// A score or tally: two or three whole numbers joined by dashes, with no
/// plural noun, scale, percent or unit after them ("a 6-3 vote", "a 28-24
/// comeback win", "improved to 12-4", "shot 12-18 from the field", a
/// "2-5-1" record). A plural noun makes it a range ("300-400 new homes",
/// "5-10 years"), as does anything glued to it ("3-4%", "11-13m").
pub fn tally<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    tally_read(before, i, false)
}

/// A score in sports copy: a [`tally`] that may look like a month and a
/// day ("won 11-8", "Holmes (2-4)", "cut the deficit to 2-1": a match
/// report writes no dates so), or a batting line ("went 4-for-4", "(3-for-6,
/// three runs)"). The bytes to skip. The driver asks this only of a
/// document [`date::is_sports_copy`] holds to be a match report.
pub fn sports_score(before: &str, i: &str) -> Option<usize> {
    let (rest, _) = alt((|x| tally_read(before, x, true), batting_line))
        .parse(i)
        .ok()?;
    Some(i.len() - rest.len())
}

/// "3-for-4", "0-for-12": hits for at-bats, made for attempted.
fn batting_line(i: &str) -> Res<'_, &str> {
    let (rest, text) = recognize((small_digits, tag("-for-"), small_digits)).parse(i)?;
    word_end(rest)?;
    Ok((rest, text))
}

/// [`tally`], and in sports copy (`sports`) also the tallies that could
/// be a month and a day.
fn tally_read<'a>(before: &str, i: &'a str, sports: bool) -> Res<'a, &'a str> {
    let (mut rest, text) = tally_shape(i)?;
    // "a 6-3, 7-5 victory", "won 6-2, 3-6, 7-5": the sets of one match,
    // judged together by the words after the last.
    for _ in 0..SETS_MAX {
        match rest.strip_prefix(", ").map(tally_shape) {
            Some(Ok((r, _))) => rest = r,
            _ => break,
        }
    }
    let listed = rest.len() + text.len() < i.len();
    let mut chars = rest.chars();
    let next = chars.next();
    let glued = next.is_some_and(|c| {
        c.is_alphanumeric() || matches!(c, '%' | '-' | '–' | '/' | '$' | '€' | '£' | '¥' | '°')
    });
    let figure_goes_on =
        matches!(next, Some('.' | ',')) && chars.next().is_some_and(|c| c.is_ascii_digit());
    // "11-12 €", "3-4 %": a spaced sign after the figures.
    let spaced = rest.trim_start_matches(crate::extract::grammar::is_space);
    let sign_after = spaced.starts_with('%')
        || POSTFIX_CURRENCY_SYMBOLS
            .iter()
            .any(|(sym, _)| spaced.starts_with(sym));
    if glued || figure_goes_on || sign_after {
        return fail(i);
    }
    if let Ok((_, (_, word))) = (sp, alpha_word).parse(rest) {
        // "11-12 million-dollar": the first part of a hyphenated word.
        let w = word.split('-').next().unwrap_or(word);
        let lower = w.to_lowercase();
        let lower = lower.as_str();
        // "a 1-0 win over Leeds", "the 52-47 vote sends it": a tally's
        // noun right after the figures decides, whatever follows it.
        if TALLY_NOUNS.contains(&lower) {
            return Ok((rest, consumed(i, rest)));
        }
        let scale = [SCALES, MORE_SCALES, SCALE_ABBREVIATIONS]
            .iter()
            .any(|t| lookup(t, lower).is_some());
        let percent = matches!(lower, "percent" | "per" | "percentage" | "pct");
        let measure = MEASURES.iter().any(|m| m.eq_ignore_ascii_case(w));
        let money = CURRENCY_WORDS
            .iter()
            .any(|(c, _)| c.eq_ignore_ascii_case(w));
        if scale || percent || measure || money {
            return fail(i);
        }
    }
    let noun = crate::extract::noun_phrase::counted_noun(rest)
        .ok()
        .map(|(_, n)| n);
    if noun.is_some_and(crate::extract::noun_phrase::plural_count) {
        return fail(i);
    }
    // Two numbers that could be a month and a day ("2-15", "10-31-74") are
    // a date unless a tally's words stand beside them ("a 6-3 vote",
    // "won 2-1").
    let parts: Vec<u32> = text
        .split(['-', '–'])
        .filter_map(|p| p.parse().ok())
        .collect();
    let date_like = match parts.as_slice() {
        [a, b, ..] => (*a <= 12 && *b <= 31) || (*a <= 31 && *b <= 12),
        _ => false,
    };
    let cue_after = noun.is_some_and(|n| TALLY_NOUNS.contains(&n.to_lowercase().as_str()));
    let cue_before = before_words(before)
        .iter()
        .any(|w| TALLY_VERBS.contains(&w.to_lowercase().as_str()))
        || follows_a_tally(before);
    if date_like && !cue_after && !cue_before && !listed && !sports {
        return fail(i);
    }
    Ok((rest, consumed(i, rest)))
}

/// The most sets of one match read as one tally ("6-3, 3-6, 7-5, 6-4").
const SETS_MAX: usize = 4;

/// Two or three whole numbers of up to three digits joined by dashes.
fn tally_shape(i: &str) -> Res<'_, &str> {
    let dash = || alt((tag("-"), tag("–")));
    recognize((
        small_digits,
        dash(),
        small_digits,
        opt((dash(), small_digits)),
    ))
    .parse(i)
}

/// How far back in its sentence a figure looks for a tally it follows.
const TALLY_LOOKBACK: usize = 160;

/// Whether a tally a verb governs ("shot 9-15 from the field", "went
/// 7-12") stands shortly before, in the same sentence: the splits listed
/// after it ("including 3-6 from 3-point range", "(2-4 on 3-pointers)")
/// are tallies too.
fn follows_a_tally(before: &str) -> bool {
    let tail = crate::extract::grammar::tail(before, TALLY_LOOKBACK);
    let mut words = tail.split(crate::extract::grammar::is_space);
    let mut prev = words.next().unwrap_or("");
    for word in words {
        let figures = word.trim_end_matches([',', ';', ')']);
        if tally_shape(figures).is_ok_and(|(r, _)| r.is_empty())
            && TALLY_VERBS.contains(&prev.to_lowercase().as_str())
        {
            return true;
        }
        prev = word;
    }
    false
}

/// The words of `before`, last first, as far as a figure looks back in its
/// sentence.
fn before_words_all(before: &str) -> impl Iterator<Item = &str> {
    crate::extract::grammar::tail(before, TALLY_LOOKBACK)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
}

/// The last two words of `before`.
fn before_words(before: &str) -> Vec<&str> {
    before
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .collect()
}

/// An age, which news writes beside a name rather than as a figure to
/// check: "the 63-year-old", "a two-month-old", "45 years old", "aged 63",
/// "at age 37", and the apposition "Kozlowski, 58, and Swartz, 44,".
pub fn age<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let unit = || {
        alt((
            tnc("years"),
            tnc("year"),
            tnc("months"),
            tnc("month"),
            tnc("weeks"),
            tnc("week"),
            tnc("days"),
            tnc("day"),
        ))
    };
    let (after, _) = small_digits(i)?;
    let hyphenated = recognize((tag("-"), unit(), tag("-"), tnc("old"), word_end)).parse(after);
    // "45 years old", "35-plus years old".
    let spaced = recognize((opt(tnc("-plus")), sp, unit(), sp, tnc("old"), word_end)).parse(after);
    if let Ok((rest, _)) = hyphenated.or(spaced) {
        return Ok((rest, consumed(i, rest)));
    }
    // "38 years, 110 days old", "at 36 years and 9 days old", and after
    // "at" without "old": "At 20 years, 2 months and 5 days, she …" — an
    // age told to the day, which no event lasts.
    let joiner = || alt((tag(", and "), tag(", "), tag(" and ")));
    if let Ok((rest, _)) = (
        sp,
        unit(),
        many_m_n(1, 2, (joiner(), small_digits, sp, unit())),
        word_end,
    )
        .parse(after)
    {
        if let Ok((old, _)) = (sp, tnc("old"), word_end).parse(rest) {
            return Ok((old, consumed(i, old)));
        }
        if previous_word(before).is_some_and(|w| w.eq_ignore_ascii_case("at")) {
            return Ok((rest, consumed(i, rest)));
        }
    }
    // "the 5-to-9 age bracket", "the 18-24 age group": ages, both ends.
    let range_end = || {
        (
            alt((tag("-to-"), tag(" to "), tag("-"), tag("–"), tag(" and "))),
            small_digits,
        )
    };
    if let Ok((rest, _)) = (range_end(), sp, tnc("age"), word_end).parse(after) {
        return Ok((rest, consumed(i, rest)));
    }
    word_end(after)?;
    let aged = previous_word(before)
        .is_some_and(|w| matches!(w.to_lowercase().as_str(), "age" | "aged" | "ages"));
    if aged {
        // "aged 5 to 10", "ages 18-24": the far end too.
        let (rest, _) = opt((range_end(), word_end)).parse(after)?;
        return Ok((rest, consumed(i, rest)));
    }
    // "Kozlowski, 58, and": a name, a comma, the age and a comma.
    let apposition = before.strip_suffix(", ").is_some_and(|head| {
        let word = head
            .rsplit(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
            .next()
            .unwrap_or("");
        word.starts_with(char::is_uppercase)
            && word.len() > 1
            && !is_function_word(&word.to_lowercase())
    });
    if apposition && after.starts_with([',', ')', ';']) {
        return Ok((after, consumed(i, after)));
    }
    fail(i)
}

/// A cricket score, runs for wickets: "ended the day on 132 for 4",
/// "at 33 for 0", "India scored 252 for 7." — a figure, "for", and ten
/// wickets or fewer with nothing counted after them ("for 4 years", "for 5
/// runs" count).
pub fn runs_for_wickets(i: &str) -> Res<'_, &str> {
    let (rest, text) = recognize((
        nom::character::complete::digit1,
        sp,
        kw("for"),
        sp,
        nom::character::complete::digit1,
    ))
    .parse(i)?;
    let wickets = text.rsplit(' ').next().and_then(|w| w.parse::<u32>().ok());
    let next = rest.trim_start_matches(' ');
    let word: String = next
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let ends = next.is_empty()
        || next.starts_with(['.', ',', ';', ':', ')', '('])
        || (!word.is_empty()
            && rest.starts_with(' ')
            && crate::extract::lexicon::is_not_noun_lowercase(&word));
    if !(wickets.is_some_and(|w| w <= 10) && ends) {
        return fail(i);
    }
    Ok((rest, text))
}

/// Scores and ages, which are read before the date and duration grammars
/// ("a 6-3 vote" is no date, "45 years old" no duration). The bytes to skip.
pub fn score_or_age(before: &str, i: &str) -> Option<usize> {
    let (rest, _) = alt((|x| tally(before, x), |x| age(before, x), runs_for_wickets))
        .parse(i)
        .ok()?;
    Some(i.len() - rest.len())
}

/// The longest exchange-rate note read, in bytes.
const RATE_NOTE_MAX: usize = 48;

/// A wire's exchange-rate note in brackets: "($1 = 0.9158 euros)", "(£1 =
/// $1.27)" — a conversion aid, not a claim. The bytes to its closing
/// bracket.
pub fn exchange_rate_note<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    let bracketed = before.trim_end().ends_with('(');
    // Unbracketed, the note opens its sentence or line: "$1 = 0.8794 euros".
    let opens = before.trim_end_matches([' ', '\t']);
    if !(bracketed || opens.is_empty() || opens.ends_with(['\n', '\r'])) {
        return fail(i);
    }
    let (rest, _) = (
        opt(crate::extract::quantity::currency_symbol),
        numeral,
        opt(sp),
        tag("="),
    )
        .parse(i)?;
    if !bracketed {
        let (after, _) = opt(sp).parse(rest)?;
        let (_, q) = crate::extract::quantity::quantity(after)?;
        if q.unit_kind != Some(crate::extract::quantity::UnitKind::Currency) {
            return fail(i);
        }
        let end = after.get(q.len..).unwrap_or("");
        return Ok((end, consumed(i, end)));
    }
    let mut end = RATE_NOTE_MAX.min(rest.len());
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let close = rest.get(..end).and_then(|head| head.find(')'));
    match close {
        Some(k) => Ok((rest.get(k..).unwrap_or(""), consumed(i, rest))),
        None => fail(i),
    }
}

/// The bytes to skip at `i` when what starts there is not a quantity.
///
/// What `i` opens with chooses the forms: a word of ASCII letters opens
/// only an exchange rate's note ("five = …") or an ordinal in words
/// ("twenty first"); the other forms ([`figure_forms`],
/// [`figure_forms_after_ordinal`]) open with a digit, a "+" or a "(".
pub fn not_a_quantity(before: &str, i: &str) -> Option<usize> {
    let note = |x| exchange_rate_note(before, x);
    let read = if i.starts_with(|c: char| c.is_ascii_alphabetic()) {
        alt((note, ordinal)).parse(i)
    } else {
        alt((
            note,
            |x| figure_forms(before, x),
            ordinal,
            |x| figure_forms_after_ordinal(before, x),
        ))
        .parse(i)
    };
    let (rest, _) = read.ok()?;
    Some(i.len() - rest.len())
}

/// The forms of [`not_a_quantity`] tried before the ordinal, each opening
/// with a digit, a "+" or a "(".
fn figure_forms<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    alt((
        // "2015-1-32": a malformed date is no year and no figure.
        crate::extract::date::malformed_numeric_date,
        time_of_day,
        phone_number,
        |x| bracketed_phone_tail(before, x),
        fixed_or_slashed,
    ))
    .parse(i)
}

/// The forms of [`not_a_quantity`] tried after the ordinal, each opening
/// with a digit.
fn figure_forms_after_ordinal<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    alt((address, |x| labelled(before, x))).parse(i)
}

/// What a grammar read at a position, as the context rules below see it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading<'a> {
    /// A quantity, with its unit or counted noun if any, and whether that
    /// is a counted noun ("play", "vote"; not "mile", "%", "$").
    Quantity {
        unit: Option<&'a str>,
        counted: bool,
    },
    /// A duration in this unit.
    Duration(DurationUnit),
    /// A date.
    Date,
}

/// A claim the grammars read whose surroundings say it is none: an age
/// told to the day ("at 36 years and 9 days old"), a number word that
/// points rather than counts ("that one chance", "a fifth match", "a
/// two-party system"), a list's numbering ("1. The county", "NOTE 3:"), a
/// term in quotation marks ("my "top five""), a game clock ("less than
/// three minutes left"), and the
/// durations and dates that [`duration::not_a_length`] and
/// [`date::is_vague`] turn away. `rest` starts at the claim, whose text is
/// its first `len` bytes; `before` is the sentence up to it. The bytes to
/// skip, at least the claim's.
pub fn not_a_claim(before: &str, rest: &str, len: usize, reading: Reading<'_>) -> Option<usize> {
    let text = rest.get(..len)?;
    let after = rest.get(len..).unwrap_or("");
    // "at 36 years and 9 days old" read as a date "at 36 years".
    if let Some(tail) = text
        .get(..3)
        .filter(|w| w.eq_ignore_ascii_case("at "))
        .and_then(|_| rest.get(3..))
    {
        if let Ok((left, _)) = age("at ", tail) {
            return Some(rest.len() - left.len());
        }
    }
    let no = match reading {
        Reading::Quantity { unit, counted } => {
            quantity_is_no_claim(before, text, after, unit, counted)
        }
        Reading::Duration(unit) => duration::not_a_length(before, text, after, unit),
        Reading::Date => date::is_vague(before, text, after),
    };
    no.then_some(len)
}

/// How far back before a bare figure [`compared_with_an_age`] reads: a
/// dozen words.
const AGE_COMPARISON_REACH: usize = 96;

/// Whether a bare figure is the other side of a comparison an age opens
/// ("closer to 45 years old than he is to 40"): the age's words carry over
/// to it. The age must be what "than" compares ("N years old than"), not
/// a figure's own "more than" ("the 38-year-old scored more than 20").
/// Read a bounded way back ([`AGE_COMPARISON_REACH`]), so a long run costs
/// no more per figure.
fn compared_with_an_age(before: &str) -> bool {
    let words: Vec<&str> = crate::extract::grammar::tail(before, AGE_COMPARISON_REACH)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).any(|w| {
        matches!(w, [unit, old, than]
            if (unit.eq_ignore_ascii_case("years") || unit.eq_ignore_ascii_case("year"))
                && old.eq_ignore_ascii_case("old")
                && than.eq_ignore_ascii_case("than"))
    })
}

/// Compound terms a number word or figure is glued into, which count
/// nothing: "two-party preferred", "the 3-point line", "3-pointers".
fn in_compound_term(after: &str) -> bool {
    [
        "-party",
        "-pointer",
        "-point range",
        "-point line",
        "-point arc",
    ]
    .iter()
    .any(|t| strip_prefix_ignore_case(after, t).is_some())
}

/// Particles a figure is glued to in a compound term that counts
/// nothing: "a two-out double", "a one-on-one meeting", "a two-for-one
/// offer".
const GLUED_PARTICLES: &[&str] = &["out", "on", "off", "up", "for", "at", "by"];

/// Whether `after` (what follows a bare figure) opens with a hyphen and
/// one of [`GLUED_PARTICLES`], a whole word.
fn glued_to_particle(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('-') else {
        return false;
    };
    let word = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let ends = rest
        .get(word.len()..)
        .and_then(|r| r.chars().next())
        .is_none_or(|c| !c.is_alphanumeric());
    ends && GLUED_PARTICLES.iter().any(|p| p.eq_ignore_ascii_case(word))
}

/// Whether a bare figure after `before` is a place in a ranking: "at
/// number two", "placed at number two and three", "No. 3 or 4".
fn names_a_rank(before: &str) -> bool {
    let mut words = before_words_all(before);
    let is_number = |w: &str| w.eq_ignore_ascii_case("number") || w == "No";
    match words.next() {
        Some(w) if is_number(w) => true,
        Some(w) if w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or") => {
            let figure = words
                .next()
                .is_some_and(|f| crate::extract::number::parse_figure(f).is_some());
            figure && words.next().is_some_and(is_number)
        }
        _ => false,
    }
}

/// `text` after `prefix`, an ASCII word without a "k", in any case: what
/// follows it when `text.to_lowercase()` starts with it.
fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    text.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .and_then(|_| text.get(prefix.len()..))
}

/// The last word of `before` (the first of [`before_words`]), "" when none.
fn last_word(before: &str) -> &str {
    before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\''))
        .find(|w| !w.is_empty())
        .unwrap_or("")
}

/// Whether `before` ends with the words that open an option: "whether
/// it's", "whether it is", "whether it be", "be it".
fn weighs_options(before: &str) -> bool {
    let tail = crate::extract::grammar::tail(before, 24);
    [
        "whether it's ",
        "whether it is ",
        "whether it be ",
        "be it ",
    ]
    .iter()
    .any(|w| ends_with_folded(tail, w))
}

/// Whether `text`, lowercased and with `’` read as `'`, ends with
/// `phrase` (ASCII, lowercase, no "k"): compared from the end, character
/// by character, with no lowercase copy made.
fn ends_with_folded(text: &str, phrase: &str) -> bool {
    let mut chars = text.chars().rev();
    phrase.chars().rev().all(|p| {
        chars
            .next()
            .is_some_and(|c| c.to_ascii_lowercase() == p || (p == '\'' && c == '’'))
    })
}

/// The fractions that are also ordinals ("a third title", "a fifth match").
const ORDINAL_FRACTIONS: &[&str] = &[
    "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Words before "a third" that make it a share ("by a third", "more than
/// a fifth", "nearly a quarter").
const SHARE_LEADS: &[&str] = &[
    "by",
    "than",
    "about",
    "nearly",
    "almost",
    "roughly",
    "around",
    "some",
    "over",
    "under",
    "just",
    "only",
    "barely",
    "fully",
    "least",
    "most",
    "approximately",
    "exactly",
    "is",
    "was",
    "were",
    "are",
    "be",
];

/// Words before "one" that make it point rather than count ("that one
/// play", "the one vote").
const POINTING_WORDS: &[&str] = &["that", "this", "the", "which", "any", "no"];

fn quantity_is_no_claim(
    before: &str,
    text: &str,
    after: &str,
    unit: Option<&str>,
    counted: bool,
) -> bool {
    // Every word compared below is ASCII without a "k" (the one ASCII
    // letter a non-ASCII character lowercases to, the Kelvin sign), so
    // comparing ASCII case-insensitively is comparing the lowercase forms,
    // without making them.
    // "if he throws five touchdown passes": what would happen.
    if crate::extract::tense::in_condition(before) {
        return true;
    }
    // "closer to 45 years old than he is to 40": an age.
    if unit.is_none() && compared_with_an_age(before) {
        return true;
    }
    let last = last_word(before);
    let last_is = |words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(last));
    // "a third title", "a fifth match", "a third from York": an ordinal,
    // unless "of" or a share's lead word says it is a part ("a third of
    // the seats", "cut by a third").
    let ordinal = strip_prefix_ignore_case(text, "a ")
        .or_else(|| strip_prefix_ignore_case(text, "an "))
        .is_some_and(|w| ORDINAL_FRACTIONS.iter().any(|f| f.eq_ignore_ascii_case(w)));
    if ordinal {
        if last_is(SHARE_LEADS) {
            return false;
        }
        // A singular noun after it ("a fifth match"; not "a third said",
        // "a fifth of"), or a list of items it numbers ("one from Leeds,
        // another from Hull and a third from York").
        let singular_noun = crate::extract::noun_phrase::counted_noun(after)
            .is_ok_and(|(_, n)| !crate::extract::noun_phrase::plural_count(n));
        let enumerated = before_words_all(before).any(|w| w.eq_ignore_ascii_case("another"));
        return singular_noun || enumerated;
    }
    // "that one chance", "one single seat": "one" points or stresses.
    let one = text.eq_ignore_ascii_case("one") || strip_prefix_ignore_case(text, "one ").is_some();
    // A measure is measured all the same ("that one mile").
    let counts = unit.is_none() || counted;
    if one
        && counts
        && (last_is(POINTING_WORDS)
            || text.split(' ').nth(1).is_some_and(|w| {
                w.eq_ignore_ascii_case("single") || w.eq_ignore_ascii_case("lone")
            }))
    {
        return true;
    }
    if in_compound_term(after) || (unit.is_none() && glued_to_particle(after)) {
        return true;
    }
    if unit.is_none() && names_a_rank(before) {
        return true;
    }
    if names_a_race(before, text, after, unit) {
        return true;
    }
    // "whether it's 4% or 6%", "be it 10 or 20": options weighed, not
    // figures stated.
    if weighs_options(before) {
        return true;
    }
    // My "top five": a term in quotation marks, not a count.
    if before.ends_with(['"', '“']) && after.starts_with(['"', '”']) {
        return true;
    }
    // "with less than two minutes left": the game clock.
    let clock_unit = unit.is_some_and(|u| {
        ["minutes", "minute", "seconds", "second", "mins", "secs"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(u))
    });
    if clock_unit && duration::is_clock_left(after) {
        return true;
    }
    if unit.is_none() && names_an_edition(before, text) {
        return true;
    }
    if unit.is_none() {
        let head = before.trim();
        let bare = text.bytes().all(|b| b.is_ascii_digit());
        // "1. The county …", "2) …": a list's numbering.
        // A line of its own ("1." split from its item) only while small:
        // "192." alone is a figure.
        let numbering =
            (after == "." && text.len() <= 2) || after.starts_with(". ") || after.starts_with(") ");
        if bare && head.is_empty() && numbering {
            return true;
        }
        // "NOTE 3: Figures …": a heading's number.
        let one_word = !head.is_empty() && head.chars().all(char::is_alphabetic);
        if bare && one_word && after.starts_with(':') {
            return true;
        }
    }
    false
}

/// Distances that name a race when joined to the event's noun.
const RACE_DISTANCES: &[&str] = &[
    "meter",
    "metre",
    "kilometer",
    "kilometre",
    "km",
    "m",
    "mile",
    "yard",
];

/// Nouns of a race or an event in one.
const RACE_EVENTS: &[&str] = &[
    "walk",
    "race",
    "final",
    "finals",
    "semifinal",
    "semifinals",
    "heat",
    "heats",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "relay",
    "hurdles",
    "steeplechase",
    "dash",
    "sprint",
    "event",
    "title",
];

/// Whether a distance joined to its figure names the event it is run over,
/// not a length measured: "the 800-meter final", "the women's 20-kilometer
/// walk", "the 400m hurdles". After "a" it measures ("a 20-kilometer walk through the hills"),
/// and before any other noun too ("the 20-kilometer stretch of road").
fn names_a_race(before: &str, text: &str, after: &str, unit: Option<&str>) -> bool {
    let Some(unit) = unit else {
        return false;
    };
    let distance = RACE_DISTANCES.iter().any(|d| d.eq_ignore_ascii_case(unit));
    let hyphened = text.strip_suffix(unit).is_some_and(|t| {
        t.starts_with(|c: char| c.is_ascii_digit())
            && t.ends_with(|c: char| c == '-' || c.is_ascii_digit())
    });
    if !(distance && hyphened) {
        return false;
    }
    let last = last_word(before);
    if last.eq_ignore_ascii_case("a") || last.eq_ignore_ascii_case("an") {
        return false;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let next: &str = rest
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    RACE_EVENTS.iter().any(|e| e.eq_ignore_ascii_case(next))
}

/// Whether a bare year-like figure ends a name as its edition: "Budget
/// 2024", "Vision 2030", "Results 2024" — a capitalised word (not a
/// function word, not opening the sentence) right before it, a blank
/// between. An all-capital code before it ("pay ABC 2000") leaves an
/// amount.
fn names_an_edition(before: &str, text: &str) -> bool {
    let year = text.len() == 4
        && text.bytes().all(|b| b.is_ascii_digit())
        && text
            .parse::<u16>()
            .is_ok_and(|y| (1800..=2100).contains(&y));
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    if !year {
        return false;
    }
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(0, |(k, c)| k + c.len_utf8());
    let (earlier, word) = head.split_at(start);
    let mut chars = word.chars();
    let titlecase = chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() > 1
        && chars.all(char::is_lowercase);
    let opens_sentence = earlier
        .trim_end_matches([' ', '"', '“', '\'', '‘', '('])
        .is_empty();
    titlecase && !opens_sentence && !crate::extract::lexicon::is_not_noun(word)
}

/// Whether a word can start a figure or a range ("half", "minus",
/// "between", "another degree").
pub fn starts_figure_word(word: &str) -> bool {
    matches!(
        word,
        "half"
            | "quarter"
            | "minus"
            | "negative"
            | "between"
            | "from"
            | "point"
            | "dozen"
            | "nought"
            | "naught"
            | "nil"
            // "another degree Celsius": one more of a measure.
            | "another"
            // Currency codes and prefixes before a figure: "USD 200",
            // "us $ 150 million", "c $ 1.34", "MAUD 60".
            | "us"
            | "u"
            | "c"
            | "hk"
            | "nz"
            | "au"
            | "usd"
            | "eur"
            | "gbp"
            | "jpy"
            | "cny"
            | "chf"
            | "inr"
            | "cad"
            | "aud"
            | "mxn"
            | "nzd"
            | "mex"
            | "rs"
            | "maud"
            | "musd"
            | "meur"
            | "mgbp"
    )
}

#[cfg(test)]
mod tests;
