//! Claims the grammars read whose surroundings say they are none: an age
//! told to the day ("at 36 years and 9 days old"), a number word that
//! points rather than counts ("that one chance", "a fifth match", "a
//! two-party system"), a place in a ranking ("at number two"), a race
//! ("the 800-meter final"), an edition ("Budget 2024"), options weighed
//! ("whether it's 4% or 6%"), a list's numbering ("1. The county"), a term
//! in quotation marks, a game clock ("less than three minutes left").

use super::age::{age_bound, compared_with_an_age};
use super::scores::{before_words, before_words_all};
use super::*;

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
    // "at one year of age", "three years and four months of age": an age.
    if let Some(more) = of_age(text, after) {
        return Some(len + more);
    }
    // "around half an hour ahead": a length of time, no share.
    if matches!(reading, Reading::Quantity { .. }) && half_a_unit_of_time(text, after) {
        return Some(len);
    }
    // "for 20 year-olds": a length read up to the hyphen of an age's
    // class, no time taken.
    if matches!(reading, Reading::Duration(_)) {
        if let Some(more) = olds_after(after) {
            return Some(len + more);
        }
    }
    // "a new 24 hour distance record": a length that names a record's
    // category, no time taken.
    if matches!(reading, Reading::Duration(_)) && names_a_record(after) {
        return Some(len);
    }
    // The same read as a length: "around half an hour ahead of the update".
    if matches!(reading, Reading::Duration(_)) && placed_half_unit(text, after) {
        return Some(len);
    }
    let no = match reading {
        Reading::Quantity { unit, counted } => {
            quantity_is_no_claim(before, text, after, unit, counted)
        }
        Reading::Duration(unit) => duration::not_a_length(before, text, after, unit),
        Reading::Date => {
            date::is_vague(before, text, after) || date::names_no_date_here(before, text, after)
        }
    };
    no.then_some(len)
}

/// The units of time an age is told in, singular and plural.
const AGE_UNITS: &[&str] = &[
    "year", "years", "month", "months", "week", "weeks", "day", "days",
];

/// Whether `text` ends with one of [`AGE_UNITS`], a whole word.
fn ends_with_age_unit(text: &str) -> bool {
    let word = text
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    AGE_UNITS.iter().any(|u| u.eq_ignore_ascii_case(word))
}

/// The most further parts of an age after the first ("three years and
/// four months", "one year, two months and five days").
const AGE_PARTS_MAX: usize = 2;

/// An age told with "of age": `text` ends with a unit of time and `after`
/// holds the age's further parts, if any, then "of age" ("at one year of
/// age", "three years and four months of age", "children under five years
/// of age"). The bytes of `after` the age goes on for.
fn of_age(text: &str, after: &str) -> Option<usize> {
    if !ends_with_age_unit(text) {
        return None;
    }
    let joiner = || alt((tag(", and "), tag(", "), tag(" and ")));
    let part = (joiner(), numeral, sp, alpha_word);
    let (rest, parts) = many_m_n(0, AGE_PARTS_MAX, part).parse(after).ok()?;
    if !parts.iter().all(|(_, _, _, unit)| ends_with_age_unit(unit)) {
        return None;
    }
    let (rest, _) = (sp, kw("of"), sp, kw("age")).parse(rest).ok()?;
    Some(after.len() - rest.len())
}

/// Units of time "half a" or "half an" places an event by ("half an
/// hour ahead of the vote"). Not seconds or minutes: "nearly half a
/// second ahead" is a race's margin, a statistic.
const HALF_UNITS: &[&str] = &["an hour", "a day", "a week", "a month", "a year"];

/// Words after a length of time that place an event by another ("half an
/// hour ahead of the update", "half a day later").
const PLACING_WORDS: &[&str] = &["ahead", "before", "after", "earlier", "later"];

/// Whether a quantity read as "half" (a share) opens a length of time
/// that places an event by another: "around half an hour ahead of the
/// update", "half a day later" — when it came, no share and no length of
/// anything.
fn half_a_unit_of_time(text: &str, after: &str) -> bool {
    let half = text.len() >= 4
        && text
            .get(text.len() - 4..)
            .is_some_and(|w| w.eq_ignore_ascii_case("half"))
        && !text
            .get(..text.len() - 4)
            .is_some_and(|h| h.ends_with(|c: char| c.is_alphabetic()));
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let placed = |r: &str| {
        preceded(sp, alpha_word)
            .parse(r)
            .is_ok_and(|(_, w)| PLACING_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w)))
    };
    half && HALF_UNITS
        .iter()
        .any(|u| strip_prefix_ignore_case(rest, u).is_some_and(placed))
}

/// Whether a length of time read as half a unit ("around half an hour")
/// places an event by another, as [`half_a_unit_of_time`] tells of a
/// "half" read alone: "half an hour ahead of the update".
fn placed_half_unit(text: &str, after: &str) -> bool {
    let placed = preceded(sp, alpha_word)
        .parse(after)
        .is_ok_and(|(_, w)| PLACING_WORDS.iter().any(|p| p.eq_ignore_ascii_case(w)));
    placed
        && HALF_UNITS.iter().any(|u| {
            let whole = u.len() + "half ".len();
            text.len() >= whole
                && text.get(text.len() - whole..).is_some_and(|t| {
                    t.get(..5).is_some_and(|h| h.eq_ignore_ascii_case("half "))
                        && t.get(5..).is_some_and(|w| w.eq_ignore_ascii_case(u))
                })
                && !text
                    .get(..text.len() - whole)
                    .is_some_and(|h| h.ends_with(|c: char| c.is_alphabetic()))
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
        // "a nine-time winner": a title's count, as an ordinal is.
        "-time ",
        "-times ",
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

/// Whether a figure follows the abbreviation "No." (or "Nos."): a rank or
/// a label ("world No. 1 ranked player", "the No. 2 Bill"), never a count.
fn after_number_sign(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let Some(head) = head
        .strip_suffix("No.")
        .or_else(|| head.strip_suffix("Nos."))
    else {
        return false;
    };
    !head.ends_with(|c: char| c.is_alphanumeric())
}

/// Words "zero" is fixed to in a term that measures nothing: "zero
/// emission trucks", "zero-carbon homes", "zero tolerance", "a zero-sum
/// game", "zero-hours contracts".
const ZERO_TERMS: &[&str] = &[
    "emission",
    "emissions",
    "carbon",
    "tolerance",
    "waste",
    "sum",
    "hours",
];

/// Whether "zero" at the start of `text` is part of a fixed term: "net
/// zero", "net-zero emissions", "zero emission trucks", "zero-carbon",
/// "zero or ultra-low emission vans". "zero deaths" and "fell to zero"
/// are figures.
fn zero_in_a_term(before: &str, text: &str, after: &str) -> bool {
    let Some(tail) = strip_prefix_ignore_case(text, "zero") else {
        return false;
    };
    if ends_with_folded(before, "net ") || ends_with_folded(before, "net-") {
        return true;
    }
    let tail = if tail.is_empty() { after } else { tail };
    let Some(mut tail) = tail.strip_prefix([' ', '-']) else {
        return false;
    };
    // "zero or ultra-low emission": another word coordinated with it.
    for joiner in ["or ", "and "] {
        if let Some(r) = strip_prefix_ignore_case(tail, joiner) {
            tail = r.split_once(' ').map_or("", |(_, r)| r);
        }
    }
    let word = tail
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    ZERO_TERMS.iter().any(|t| t.eq_ignore_ascii_case(word))
}

/// Whether a number word written with a capital inside running prose is
/// part of a name: "the Ten Point Plan", "the Five Eyes", "the Group of
/// Seven". The word before it is lowercase, and so is a word of the
/// sentence that title case would capitalise: a headline in title case
/// capitalises its counts ("Storm Kills Three", "First to Win Four
/// Titles").
fn number_word_in_a_name(before: &str, text: &str) -> bool {
    let first = text
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let number = lookup(SMALL_NUMBERS, first).is_some()
        || lookup(TENS, first).is_some()
        || first.eq_ignore_ascii_case("zero");
    if !number || !first.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let prose = before_words_all(before).any(|w| {
        w.starts_with(|c: char| c.is_lowercase())
            && !TITLE_CASE_LOWER.iter().any(|t| t.eq_ignore_ascii_case(w))
    });
    // An opening quotation mark may stand between: "part of a 'Ten
    // Point Plan'".
    prose
        && before
            .trim_end_matches(OPENING_QUOTES)
            .strip_suffix(' ')
            .is_some_and(|h| h.ends_with(|c: char| c.is_lowercase()))
}

/// Quotation marks that open a quoted name.
const OPENING_QUOTES: &[char] = &['\'', '"', '‘', '“'];

/// Whether a number word with no noun stands where a noun does, after
/// "a"/"an" ("hit 12 fours and a six", "scored a perfect ten" is no
/// count: the word names a thing) or after "the" ("the difference between
/// the two"), where it points back at what was counted before. Digits
/// ("the 11"), words a noun follows and words joined to a compound ("a
/// two-year freeze") are read as figures.
fn number_word_as_noun(before: &str, text: &str, after: &str) -> bool {
    let word = !after.starts_with('-')
        && text.bytes().all(|b| b.is_ascii_alphabetic())
        && (lookup(SMALL_NUMBERS, text).is_some() || lookup(TENS, text).is_some());
    if !word {
        return false;
    }
    let last = last_word(before);
    let lead = before
        .strip_suffix(' ')
        .is_some_and(|h| h.ends_with(|c: char| c.is_ascii_alphabetic()));
    lead && ["a", "an", "the"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(last))
}

/// Labels of a part of a contest that news also writes with a number
/// word: "on day two", "Game Seven", "in round three", "leg five", "on
/// lap three".
const CONTEST_LABELS: &[&str] = &["day", "game", "round", "leg", "stage", "lap", "heat"];

/// Whether a number word is a contest's label, as digits are after a
/// label word ([`labelled`]): "on day two", "Game Seven", "in round three".
/// Other labels keep a number word a number ("version two" is read as 2,
/// as the peer suites want).
fn labelled_by_word(before: &str, text: &str) -> bool {
    let word = text.bytes().all(|b| b.is_ascii_alphabetic())
        && (lookup(SMALL_NUMBERS, text).is_some() || lookup(TENS, text).is_some());
    word && super::names::previous_word(before)
        .is_some_and(|w| CONTEST_LABELS.iter().any(|l| l.eq_ignore_ascii_case(w)))
}

/// Verbs of receiving: what follows them with "at least one" is the
/// threshold that defines a group, not a count.
const RECEIVING_VERBS: &[&str] = &[
    "received",
    "receive",
    "receives",
    "receiving",
    "got",
    "get",
    "gets",
    "getting",
    "given",
    "taken",
    "took",
];

/// Whether "at least one" after a verb of receiving is a threshold that
/// says who is counted ("28% of adults have received at least one dose",
/// "people who got at least one shot"), no count of its own; "at least
/// one person died" is a count.
fn threshold_received(before: &str, text: &str) -> bool {
    // "got at least one million dollars" is a sum.
    strip_prefix_ignore_case(text, "at least one ")
        .is_some_and(|rest| crate::extract::number::scale_word(rest).is_err())
        && RECEIVING_VERBS
            .iter()
            .any(|v| v.eq_ignore_ascii_case(last_word(before)))
}

/// Whether a bare number word is the count of an age joined to it by
/// hyphens: "the two-year-old mark", "a six-month-old girl" (digits are
/// read by [`age`]).
fn word_age(after: &str) -> bool {
    let Some(tail) = after.strip_prefix('-') else {
        return false;
    };
    [
        "year", "years", "month", "months", "week", "weeks", "day", "days",
    ]
    .iter()
    .any(|u| {
        strip_prefix_ignore_case(tail, u)
            .and_then(|t| strip_prefix_ignore_case(t, "-old"))
            .is_some_and(|t| !t.starts_with(|c: char| c.is_alphanumeric()))
    })
}

/// The short words title case leaves in lowercase.
const TITLE_CASE_LOWER: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
    "off", "on", "per", "to", "up", "via", "from", "into", "onto", "over", "with", "vs",
];

/// Whether "the two" points at a pair the reader knows, not a count: "the
/// two Houses passed 22 bills", "the two Koreas" — a capitalised noun, or
/// a parliament's houses or chambers.
fn names_a_known_pair(before: &str, text: &str, after: &str) -> bool {
    let Some(tail) = strip_prefix_ignore_case(text, "two") else {
        return false;
    };
    if !last_word(before).eq_ignore_ascii_case("the") {
        return false;
    }
    let tail = if tail.is_empty() { after } else { tail };
    // "the two Embraer 195-E2": a maker's model is counted, no pair named.
    if crate::extract::noun_phrase::model_after_count(tail).is_some() {
        return false;
    }
    let Some(tail) = tail.strip_prefix(' ') else {
        return false;
    };
    let word = tail
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_uppercase)
        || ["houses", "chambers"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// Verbs and adjectives "about" follows as a preposition: "asked about",
/// "talked about", "knew about".
const ABOUT_GOVERNORS: &[&str] = &[
    "asked",
    "ask",
    "asks",
    "asking",
    "talk",
    "talks",
    "talked",
    "talking",
    "spoke",
    "speak",
    "speaks",
    "speaking",
    "know",
    "knew",
    "knows",
    "said",
    "says",
    "say",
    "think",
    "thinks",
    "thought",
    "heard",
    "hear",
    "wrote",
    "write",
    "writes",
    "learned",
    "learnt",
    "care",
    "cared",
    "worry",
    "worried",
    "questioned",
    "told",
    "tell",
    "commented",
    "complained",
    "concerned",
    "optimistic",
    "confident",
    "sure",
];

/// Whether "about" before a figure is the preposition, not the qualifier:
/// after a verb it follows ("asked about", "talked about") and before "of"
/// ("two of the bills") — what is asked about is some of a set, no figure
/// approximated.
fn about_as_preposition(before: &str, text: &str, after: &str) -> bool {
    strip_prefix_ignore_case(text, "about ").is_some()
        && strip_prefix_ignore_case(after, " of ").is_some()
        && ABOUT_GOVERNORS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(last_word(before)))
}

/// Whether a bare figure after "the last", "the past", "the first" …
/// names games of a streak whose noun the sentence leaves out ("winning
/// the last nine"): a count of nothing named, no claim.
fn names_a_streak(before: &str) -> bool {
    let words = before_words(before);
    match words.as_slice() {
        [w, the] => {
            the.eq_ignore_ascii_case("the")
                && ["last", "past", "previous", "first", "next"]
                    .iter()
                    .any(|x| x.eq_ignore_ascii_case(w))
        }
        _ => false,
    }
}

/// `text` after `prefix`, an ASCII word without a "k", in any case: what
/// follows it when `text.to_lowercase()` starts with it.
pub(super) fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    text.get(..prefix.len())
        .filter(|head| head.eq_ignore_ascii_case(prefix))
        .and_then(|_| text.get(prefix.len()..))
}

/// The last word of `before` (the first of [`before_words`]), "" when none.
pub(super) fn last_word(before: &str) -> &str {
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
pub(super) fn ends_with_folded(text: &str, phrase: &str) -> bool {
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
    // "aged between 16 and 22", "people under 18": ages.
    if unit.is_none() && age_bound(before, text) {
        return true;
    }
    // "Under one of the loans": "one of" a set after a preposition read
    // as a bound is the pronoun, as "one of" alone is.
    let bound_one = ["under ", "over ", "about ", "around ", "above ", "below "]
        .iter()
        .any(|b| strip_prefix_ignore_case(text, b).is_some_and(|w| w.eq_ignore_ascii_case("one")));
    if unit.is_none() && bound_one && strip_prefix_ignore_case(after, " of ").is_some() {
        return true;
    }
    // "the top four", "in the top half of the field": a place in a
    // ranking, a group by rank, no count (but "the top four boats"
    // counts boats).
    if ranked_group(before, text, unit) {
        return true;
    }
    // "the VO65 one designs": "one" before a plural names a kind ("a
    // one-design class"); one of a thing is singular.
    if counted && one_before_plural(text, unit) {
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
    if (unit.is_none() && names_a_rank(before)) || after_number_sign(before) {
        return true;
    }
    if unit.is_none()
        && (word_age(after)
            || number_word_as_noun(before, text, after)
            || labelled_by_word(before, text))
    {
        return true;
    }
    if threshold_received(before, text) {
        return true;
    }
    if zero_in_a_term(before, text, after)
        || number_word_in_a_name(before, text)
        || names_a_known_pair(before, text, after)
        || about_as_preposition(before, text, after)
        || (unit.is_none() && names_a_streak(before))
    {
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
    // "a form or two", "a word or two": "or two" after a singular says
    // "a few", no count; "all in one place": "one" means the same.
    if unit.is_none() && or_two_after_a_noun(before, text) {
        return true;
    }
    if one && one_in_an_idiom(before, text) {
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

/// Whether `text` is "two" after "a" or "an", a singular noun and "or"
/// (`before` ends with them): "a form or two", "an hour or two" — a few,
/// not two.
fn or_two_after_a_noun(before: &str, text: &str) -> bool {
    if !text.eq_ignore_ascii_case("two") {
        return false;
    }
    let mut words = before
        .rsplit(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty());
    let (Some(or), Some(noun), Some(article)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    or.eq_ignore_ascii_case("or")
        && noun.chars().all(|c| c.is_ascii_lowercase())
        && !crate::extract::noun_phrase::plural_count(noun)
        && (article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an"))
}

/// Idioms where "one" means "the same" or "a single, unnamed": "all in
/// one place", "in one go", "at one stage" — the preposition before
/// "one", and the noun after it.
const ONE_IDIOMS: &[(&str, &str)] = &[
    ("in", "place"),
    ("in", "go"),
    ("in", "piece"),
    ("in", "sitting"),
    ("with", "voice"),
    ("at", "stage"),
];

/// Whether `text` ("one place") follows the preposition of one of
/// [`ONE_IDIOMS`] and ends with its noun.
fn one_in_an_idiom(before: &str, text: &str) -> bool {
    let Some(noun) = strip_prefix_ignore_case(text, "one ") else {
        return false;
    };
    let last = last_word(before);
    ONE_IDIOMS
        .iter()
        .any(|(p, n)| p.eq_ignore_ascii_case(last) && n.eq_ignore_ascii_case(noun))
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

/// Words before "top" or "bottom" that make it a rank's group rather
/// than the verb ("US cases top 100"): a determiner or a preposition.
const RANK_LEADS: &[&str] = &[
    "the", "a", "its", "their", "his", "her", "our", "in", "into", "of", "from", "outside",
    "within",
];

/// Whether a figure after "top" or "bottom" is a group by rank: "in the
/// top four", "the bottom three", "Top four boat reach …" (a headline),
/// "the top half of the field" — with no noun it counts, or a fraction in
/// words read as a share. "top" after a noun is the verb, a bound.
fn ranked_group(before: &str, text: &str, unit: Option<&str>) -> bool {
    let words = before_words(before);
    let (rank, lead) = match words.as_slice() {
        [rank] => (*rank, None),
        [rank, lead, ..] => (*rank, Some(*lead)),
        [] => return false,
    };
    if !(rank.eq_ignore_ascii_case("top") || rank.eq_ignore_ascii_case("bottom")) {
        return false;
    }
    // "top" opens its sentence or line: nothing before it to be the verb's
    // subject.
    let head = before.trim_end();
    let opens = head
        .len()
        .checked_sub(rank.len())
        .and_then(|k| head.get(..k))
        .is_some_and(|h| {
            let h = h.trim_end_matches([' ', '\t']);
            h.is_empty() || h.ends_with(['\n', '\r'])
        });
    let led = lead.is_none()
        || opens
        || lead.is_some_and(|l| RANK_LEADS.iter().any(|w| w.eq_ignore_ascii_case(l)));
    let share_word = unit == Some("percent") && text.bytes().all(|b| b.is_ascii_alphabetic());
    led && (unit.is_none() || share_word)
}

/// Whether `text` is "one" and a plural counted `unit` after it, nothing
/// else but modifiers between ("one designs"; not "one million people",
/// "one or two days").
fn one_before_plural(text: &str, unit: Option<&str>) -> bool {
    let (Some(rest), Some(unit)) = (strip_prefix_ignore_case(text, "one "), unit) else {
        return false;
    };
    let plain = rest.split(' ').all(|w| {
        w.bytes().all(|b| b.is_ascii_alphabetic())
            && crate::extract::number::scale_word(w).is_err()
            && !crate::extract::lexicon::is_not_noun(w)
    });
    plain
        && rest.ends_with(unit)
        && unit.bytes().all(|b| b.is_ascii_lowercase())
        && crate::extract::noun_phrase::plural_count(unit)
}

/// The most words read between a length and the record it names.
const RECORD_MODIFIERS: usize = 2;

/// Whether a record follows a length of time (`after` starts right after
/// it), a few lowercase modifiers between: " distance record", " world
/// record" — the length names the record's category ("a 24-hour distance
/// record"). Not "record" right after it ("a three-decade record" is as
/// often a history that long), nor "record" as a modifier itself ("24
/// hours of record rain").
fn names_a_record(after: &str) -> bool {
    let mut cur = after;
    for k in 0..=RECORD_MODIFIERS {
        let Ok((r, (_, w))) = (sp, alpha_word).parse(cur) else {
            return false;
        };
        // "a three-decade record" right after the length is as often a
        // history that long: a kind of record is named between.
        if k > 0 && (w.eq_ignore_ascii_case("record") || w.eq_ignore_ascii_case("records")) {
            // A lowercase word after it that it modifies: no record named.
            return (sp, alpha_word).parse(r).map_or(true, |(_, (_, n))| {
                !n.starts_with(|c: char| c.is_ascii_lowercase())
                    || crate::extract::lexicon::is_not_noun(n)
            });
        }
        if !w.starts_with(|c: char| c.is_ascii_lowercase())
            || crate::extract::lexicon::is_not_noun(w)
        {
            return false;
        }
        cur = r;
    }
    false
}

/// "-old" or "-olds" right after a length (`after` starts right after
/// it), as a whole word: an age ("20 year-olds"). The bytes it takes.
fn olds_after(after: &str) -> Option<usize> {
    let tail = strip_prefix_ignore_case(after.strip_prefix('-')?, "old")?;
    let tail = tail.strip_prefix(['s', 'S']).unwrap_or(tail);
    (!tail.starts_with(|c: char| c.is_alphanumeric())).then(|| after.len() - tail.len())
}
