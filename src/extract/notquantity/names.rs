//! Figures that name rather than count: ordinals ("the 3rd meeting",
//! "twenty-first"), times of day ("3 p.m.", "10:30", "1400 GMT"), phone
//! numbers, fixed names ("9/11", "24/7"), labels ("Article 5", "Section
//! 230", "version 2", "Boeing 737") and addresses ("10 Downing Street").

use super::*;
use crate::extract::claim::NumberStyle;

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
    // A compound ordinal is spelt out whole ("twenty-first"): digits
    // before an ordinal word count what it qualifies ("168 million first
    // doses", "20 second-half tries").
    if n.value == 1.0 || n.value.fract() != 0.0 || n.style != NumberStyle::Words {
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
    // "two million first doses": no ordinal is told in millions.
    if !scale && (n.value < 20.0 || n.value % 10.0 != 0.0 || n.scale >= 1e6) {
        return fail(i);
    }
    word_end(rest)?;
    Ok((rest, consumed(i, rest)))
}

/// A time of day: "3 p.m.", "3pm", "10:30", "10.30am", "5 o'clock", "12.00
/// noon".
pub fn time_of_day(i: &str) -> Res<'_, &str> {
    let hour = take_while_m_n(1, 2, |c: char| c.is_ascii_digit());
    let meridiem = alt((
        tnc("a.m."),
        tnc("p.m."),
        tnc("am"),
        tnc("pm"),
        tnc("o'clock"),
        tnc("o’clock"),
        // "12 noon", "12.00 midnight": the hour named by its word.
        tnc("noon"),
        tnc("midnight"),
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
pub(super) fn fixed_or_slashed(i: &str) -> Res<'_, &str> {
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
pub(super) fn previous_word(before: &str) -> Option<&str> {
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

pub(super) fn is_function_word(lower: &str) -> bool {
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
    // A plural label names the list that follows it: "Grades 13, 11 and
    // 5", "days 3 and 4". Alone, a plural is prose ("in recent days 300
    // fled"), so it takes a list or nothing.
    let plural = !label
        && lower
            .strip_suffix('s')
            .is_some_and(|stem| LABEL_WORDS.contains(&stem));
    if plural && !is_function_word(&lower) {
        let (rest, _) = label_figure(i)?;
        let end = label_list(rest);
        if end.len() == rest.len() {
            return fail(i);
        }
        return Ok((end, consumed(i, end)));
    }
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
    let (rest, text) = label_figure(i)?;
    if !label {
        return Ok((rest, text));
    }
    // A label's list: "Grade 1 and 2", "Articles 3, 4 and 7".
    let end = label_list(rest);
    Ok((end, consumed(i, end)))
}

/// What parts the items of a label's list: ", ", ",", " and ", " & ",
/// ", and ", " or ".
fn list_separator(i: &str) -> Res<'_, &str> {
    alt((
        recognize((tag(","), opt(sp), tnc("and"), sp)),
        recognize((tag(","), opt(sp), tnc("or"), sp)),
        recognize((opt(sp), tag(","), opt(sp))),
        recognize((sp, alt((tnc("and"), tnc("or"), tag("&"))), sp)),
    ))
    .parse(i)
}

/// An item of a label's list: up to three digits and a letter ("5", "12b").
fn list_item(i: &str) -> Res<'_, &str> {
    recognize((
        take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
        opt(one_of("abcdefghABCDEFGH")),
    ))
    .parse(i)
}

/// Whether a figure goes on past its digits: ".5" (a decimal) or ",000"
/// (a thousands group), so it is no short item of a list.
fn decimal_or_thousands(after: &str) -> bool {
    let b = after.as_bytes();
    let digit = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    match b.first() {
        Some(b'.') => digit(1),
        Some(b',') => digit(1) && digit(2) && digit(3) && !digit(4),
        _ => false,
    }
}

/// The most further figures a label's list is read with.
const LABEL_LIST_MAX: usize = 32;

/// The further figures of a label's list after its first: ", 11 and 5",
/// " & 4", ",11,12,13". An item is a short figure (at most three digits
/// and a letter) that no noun follows ("Grade 5, 300 students" counts the
/// students); after a bare comma three digits are a thousands group, not
/// an item. The rest after the last item read (`rest` when there is none).
fn label_list(rest: &str) -> &str {
    let mut end = rest;
    for _ in 0..LABEL_LIST_MAX {
        let Ok((after_sep, sep)) = list_separator(end) else {
            break;
        };
        let Ok((after, figure)) = list_item(after_sep) else {
            break;
        };
        if word_end(after).is_err() || decimal_or_thousands(after) {
            break;
        }
        if sep == "," && figure.len() == 3 {
            break;
        }
        if let Ok((_, (_, w))) = (sp, alpha_word).parse(after) {
            let lower = w.to_lowercase();
            if w.starts_with(char::is_lowercase) && !is_function_word(&lower) {
                break;
            }
        }
        end = after;
    }
    end
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
pub(super) fn bracketed_phone_tail<'a>(before: &str, i: &'a str) -> Res<'a, &'a str> {
    if !before.ends_with('(') {
        return fail(i);
    }
    recognize((digit1, char(')'), opt(sp), phone_number)).parse(i)
}
