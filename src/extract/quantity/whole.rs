//! What a figure with no noun of its own counts beyond its phrase: the
//! part of a whole ("Thirteen of these seats"), a note in brackets
//! ("1,717 (93%) patients"), a fraction in words that is a share of its
//! population ("nearly half of voters"), "another" and a measure.

use super::*;

/// Words that point into a whole after "of" or stand before a share's
/// population: "Thirteen of these seats", "seven of his eight free throw
/// attempts", "half the seats".
const WHOLE_DETERMINERS: &[&str] = &[
    "the", "these", "those", "this", "that", "his", "her", "its", "their", "our", "my", "your",
];

/// Whether a word that is no function word follows (`i` starts before
/// its blank): the figure's phrase goes on ("5 apples or more pears").
pub(super) fn content_word_follows(i: &str) -> bool {
    (sp, alpha_word)
        .parse(i)
        .is_ok_and(|(_, (_, w))| !is_not_noun(w))
}

/// " of" (or " out of"), then a pointing word ("these", "his") if any,
/// at the start of `i`: the way into a whole. Returns the input after
/// them.
fn of_the(i: &str) -> Option<&str> {
    let (rest, _) = (sp, opt((kw("out"), sp)), kw("of")).parse(i).ok()?;
    Some(determiner(rest).unwrap_or(rest))
}

/// The most words read between the way into a whole and its figure
/// ("its next 17 shots", "a total of 59 seats").
const WHOLE_MODIFIERS: usize = 3;

/// The figure of a whole after its way in (`i` starts before its blank):
/// " 56 seats", and after a few lowercase words that modify it, " next 17
/// shots", " a total 59 seats", " a total of 59 seats". Returns the input
/// after the figure, and the figure.
fn whole_after(i: &str) -> Result<(&str, (&str, Numeral)), ()> {
    let mut cur = i;
    for _ in 0..=WHOLE_MODIFIERS {
        if let Ok(found) = (sp, numeral).parse(cur) {
            return Ok(found);
        }
        let (r, (_, w)) = (sp, alpha_word).parse(cur).map_err(|_| ())?;
        // A possessor ("two of his team's four tries") keeps its own
        // reading: the design leaves such a figure's noun implied.
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) || w.contains(['\'', '’']) {
            return Err(());
        }
        cur = r;
    }
    Err(())
}

/// A pointing word after a blank ("these" in " these seats"): the input
/// after it.
fn determiner(i: &str) -> Option<&str> {
    (sp, alpha_word)
        .parse(i)
        .ok()
        .filter(|(_, (_, w))| WHOLE_DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w)))
        .map(|(r, _)| r)
}

/// The noun a figure with none of its own counts when it stands beyond a
/// whole or a note (`i` starts right after the figure `n`):
/// - the part of a whole: "Thirteen of these seats" (seats), "seven of his
///   eight free throw attempts" (attempts: the whole, "eight free throw
///   attempts", is a claim of its own), "three of his six 3-point attempts";
/// - a note in brackets after the figure: "1,717 (93%) patients".
///
/// Only a plural count (not "one of the", a pronoun, nor "two of the
/// company's", a possessor).
pub(super) fn noun_beyond<'a>(i: &'a str, n: &Numeral) -> Option<&'a str> {
    if n.value.fract() != 0.0 || n.value < 1.0 || (n.style == NumberStyle::Words && n.value == 1.0)
    {
        return None;
    }
    let phrase = match bracketed_note(i) {
        Some(after) => after,
        None => {
            let rest = of_the(i)?;
            match whole_after(rest) {
                // The whole: larger than the part, and no year.
                Ok((after, (_, whole))) => {
                    let year = whole.style == NumberStyle::Digits
                        && (1800.0..=2100.0).contains(&whole.value);
                    if whole.value <= n.value || whole.value.fract() != 0.0 || year {
                        return None;
                    }
                    after
                }
                Err(_) => rest,
            }
        }
    };
    let (_, noun) = counted_noun(phrase).ok()?;
    let possessor = noun.contains(['\'', '’']);
    (plural_count(noun) && !possessor).then_some(noun)
}

/// The longest note in brackets read between a figure and its noun.
const NOTE_MAX: usize = 24;

/// A short note in brackets right after a figure that opens with a figure
/// itself ("(93%)", "($5m)"): the input after it.
fn bracketed_note(i: &str) -> Option<&str> {
    let (open, _) = opt(sp).parse(i).ok()?;
    let inner = open.strip_prefix('(')?;
    let first = inner.chars().next()?;
    if !(first.is_ascii_digit() || CURRENCY_SYMBOLS.iter().any(|(s, _)| inner.starts_with(s))) {
        return None;
    }
    let close = inner
        .bytes()
        .take(NOTE_MAX)
        .position(|b| matches!(b, b')' | b'(' | b'\n'))?;
    inner.get(close..)?.strip_prefix(')')
}

/// A fraction in words that is a share of a population after it ("nearly
/// half of known species", "a third of the seats", "half the vote"): a
/// percentage, as precise as its denominator (as "one in five" is). `i`
/// is the claim's input, the figure's number at `number` after `offset`
/// bytes of qualifier; `q` the qualifier read.
pub(super) fn word_share<'a>(
    i: &'a str,
    q: Option<Qualifier>,
    offset: usize,
    number: (usize, usize),
    n: &Numeral,
) -> Option<(&'a str, ParsedQuantity)> {
    let (ns, ne) = (number.0 + offset, number.1 + offset);
    if n.style != NumberStyle::Words || n.scale != 1.0 {
        return None;
    }
    let at = i.get(ns..)?;
    let (after, (value, denominator)) = crate::extract::number::word_fraction(at).ok()?;
    // The numeral read the fraction alone ("half", not "half a million").
    if at.len() - after.len() != ne - ns || value >= 1.0 {
        return None;
    }
    // A fraction of one unit, in that unit: the rest after the unit, the
    // unit, its kind, and where it starts counted back from the end.
    let of_one = |rest: &'a str, unit: &str, kind: UnitKind, unit_len: usize| {
        let len = i.len() - rest.len();
        Some((
            rest,
            ParsedQuantity {
                qualifier: q.unwrap_or(Qualifier::None),
                numeral: Numeral {
                    value,
                    precision: 1.0 / denominator,
                    ..*n
                },
                min: None,
                max: None,
                unit: Some(unit.to_owned()),
                unit_kind: Some(kind),
                figure_len: ne,
                len,
                number: (ns, ne),
                unit_at: Some((len - unit_len, len)),
            },
        ))
    };
    // "a tenth of a point", "half a percentage point": a fraction of one
    // point is a change in a rate, counted in points.
    if let Some((after_point, unit)) = of_a_point(after) {
        let unit_len = consumed(after, after_point).trim_start().len();
        return of_one(after_point, unit, UnitKind::Points, unit_len);
    }
    // "a quarter of a mile", "half a kilometre": a fraction of one unit
    // of measure, in that unit.
    if let Some((after_unit, unit)) = of_a_measure(after) {
        return of_one(after_unit, unit, UnitKind::Measure, unit.len());
    }
    // The population follows ("of the crew", "of them", "the seats"):
    // "five eighths of" alone is a number.
    let population = of_the(after).or_else(|| determiner(after))?;
    (sp, alpha_word).parse(population).ok()?;
    let len = i.len() - after.len();
    Some((
        after,
        ParsedQuantity {
            qualifier: q.unwrap_or(Qualifier::None),
            numeral: Numeral {
                value: value * 100.0,
                precision: 100.0 / denominator,
                ..*n
            },
            min: None,
            max: None,
            unit: Some("percent".to_owned()),
            unit_kind: Some(UnitKind::Percent),
            figure_len: len,
            len,
            number: (ns, ne),
            unit_at: None,
        },
    ))
}

/// "another degree Celsius", "another mile": one more of a measure
/// spelled out (not "another in", an abbreviation, nor a scale whose value
/// is named rather than counted, "another magnitude 6 quake"). Returns
/// the claim and the input after its unit.
pub(super) fn another_measure(i: &str, first: Option<u128>) -> Option<(&str, ParsedQuantity)> {
    let (rest, _) = (|x| kw_keyed(x, first, ANOTHER, "another"), sp)
        .parse(i)
        .ok()?;
    let (after, text) = measure(rest).ok()?;
    let spelled = text.len() > 2 && text.chars().all(|c| c.is_alphabetic() || c == ' ');
    let scale = ["magnitude", "rating"]
        .iter()
        .any(|w| text.eq_ignore_ascii_case(w));
    if !spelled || scale || after.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let start = i.len() - rest.len();
    let figure_len = "another".len();
    Some((
        after,
        ParsedQuantity {
            qualifier: Qualifier::None,
            numeral: Numeral {
                value: 1.0,
                precision: 1.0,
                style: NumberStyle::Words,
                scale: 1.0,
                lower_m: false,
            },
            min: None,
            max: None,
            unit: Some(text.to_owned()),
            unit_kind: Some(UnitKind::Measure),
            figure_len,
            len: consumed(i, after).len(),
            number: (0, figure_len),
            unit_at: Some((start, start + text.len())),
        },
    ))
}

/// Whether "past" before `after_past` is a hedge on a figure of millions
/// or more, whatever verb stands before it: "push deficits past a
/// trillion", "sales went past 10 million". Not after a determiner ("the
/// past 10 million years" is a span).
pub(super) fn past_a_scale(prev_word: &str, after_past: &str) -> bool {
    let determiner = WHOLE_DETERMINERS
        .iter()
        .any(|d| d.eq_ignore_ascii_case(prev_word));
    !determiner && numeral(after_past).is_ok_and(|(_, n)| n.scale >= 1e6)
}

/// The one point a fraction in words is of, after the fraction (`i`
/// starts right after it): " of a point", " of a percentage point", " a
/// percentage point" (after "half"), "-point", " of one basis point".
/// Returns the input after it and the unit: basis points where named,
/// else percentage points — a fraction of a point is a change in a rate
/// (a score counts whole points), as "a tenth of a point" is of a jobless
/// rate. Only a singular point: "a quarter of the points" is a share.
pub(super) fn of_a_point(i: &str) -> Option<(&str, &'static str)> {
    let hyphened = i
        .strip_prefix('-')
        .filter(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()));
    let rest = match hyphened {
        Some(r) => r,
        None => {
            let (r, _) = (
                opt((sp, kw("of"))),
                sp,
                alt((kw("a"), kw("an"), kw("one"))),
                sp,
            )
                .parse(i)
                .ok()?;
            r
        }
    };
    let (after, which) = alt((
        (kw("percentage"), alt((sp, tag("-"))), kw("point")).map(|_| "percentage points"),
        (kw("basis"), alt((sp, tag("-"))), kw("point")).map(|_| "basis points"),
        kw("point").map(|_| "percentage points"),
    ))
    .parse(rest)
    .ok()?;
    word_end(after).ok()?;
    Some((after, which))
}

/// One unit of measure after a fraction in words (`i` starts right after
/// it): " of a mile", " a kilometre", " of an acre". Returns the input
/// after it and the unit as written. Only one unit, in the singular: "a
/// quarter of the miles" is a share.
fn of_a_measure(i: &str) -> Option<(&str, &str)> {
    let (rest, _) = (opt((sp, kw("of"))), sp, alt((kw("a"), kw("an"))), sp)
        .parse(i)
        .ok()?;
    let (after, unit) = measure(rest).ok()?;
    let spelled_plural = unit.ends_with('s') && unit.chars().all(|c| c.is_ascii_lowercase());
    if spelled_plural || unit.len() < 3 {
        return None;
    }
    Some((after, unit))
}

/// Words ending in "s" that stand before "top" without being a plural
/// subject of the verb: determiners, pronouns, verbs ("its top 10", "is
/// top 5").
const NOT_PLURAL_SUBJECTS: &[&str] = &[
    "this", "these", "those", "hers", "ours", "yours", "theirs", "does", "plus", "less", "always",
    "perhaps",
];

/// Whether the verb "top" stands right before a figure: the figure was
/// passed, as "more than" says ("US cases top 100", "sales topped 500
/// units", "a fund that tops $2 billion"). "tops", "topped", "topping"
/// are the verb wherever they stand; "top" only after a plural noun, its
/// subject — after a determiner or a possessive it ranks ("the top 100",
/// "its top 10", "the world's top 5").
pub(super) fn topped_before(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let mut words = head.rsplit(' ');
    let verb = words.next().unwrap_or("");
    if ["tops", "topped", "topping"]
        .iter()
        .any(|w| verb.eq_ignore_ascii_case(w))
    {
        return true;
    }
    if !verb.eq_ignore_ascii_case("top") {
        return false;
    }
    let subject = words.next().unwrap_or("");
    subject.len() > 3
        && subject.bytes().all(|b| b.is_ascii_alphabetic())
        && subject.ends_with('s')
        && !subject.ends_with("ss")
        && !NOT_PLURAL_SUBJECTS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(subject))
}

/// Whether the "over" `i` opens is the preposition a noun before it
/// governs ([`OVER_NOUNS`]: "a sweep over three distances", "a win over
/// two rivals", "its control over 40 districts"), not "more than" as after
/// a verb or a preposition ("drew over 3,000 people", "to over 3,000").
/// The noun stands in a noun phrase: after a determiner or a possessive,
/// with at most one modifier between ("a clean sweep over"); "will win
/// over 400 seats" is the verb. `before` is the text up to "over".
pub(super) fn over_governed(before: &str, i: &str) -> bool {
    if (kw("over"), sp).parse(i).is_err() {
        return false;
    }
    let mut words = before
        .trim_end()
        .rsplit(' ')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’'));
    let noun = words.next().unwrap_or("");
    if !OVER_NOUNS.iter().any(|w| w.eq_ignore_ascii_case(noun)) {
        return false;
    }
    let opens = |w: &str| {
        WHOLE_DETERMINERS
            .iter()
            .chain(&["a", "an"])
            .any(|d| d.eq_ignore_ascii_case(w))
            || w.ends_with("'s")
            || w.ends_with("’s")
    };
    // "a clean sweep", "a 2-1 win": one modifier between; not a subject
    // before a verb ("the Tories hold over 40 seats", "the parties win").
    match (words.next(), words.next()) {
        (Some(w), _) if opens(w) => true,
        (Some(m), Some(w)) => {
            opens(w) && !m.starts_with(char::is_uppercase) && !m.ends_with('s') && !m.is_empty()
        }
        _ => false,
    }
}

/// Words of a race after which "over" is the course, not "more than":
/// "won the Stakes over 2,400m", "has not run over 3,200m", "a race over
/// 10km" — verbs of running and racing and nouns of a race.
const RACE_WORDS: &[&str] = &[
    "run", "runs", "ran", "running", "race", "races", "raced", "racing", "won", "win", "wins",
    "winning", "galloped", "stakes", "cup", "derby", "handicap", "plate", "classic", "sprint",
    "trial", "trials", "heat", "heats", "final",
];

/// Units a race's course is told in.
const COURSE_UNITS: &[&str] = &[
    "m",
    "metres",
    "meters",
    "metre",
    "meter",
    "km",
    "kilometres",
    "kilometers",
    "furlongs",
    "furlong",
    "miles",
    "mile",
    "yards",
];

/// Whether the "over" `i` opens names a race's course ("won the Stakes
/// over 2,385m", "has not run over 3,200m"): after a verb of running or
/// racing or a race's noun ([`RACE_WORDS`]) and before a distance
/// ([`COURSE_UNITS`]) "over" is "across", no hedge. `before` is the text
/// up to "over".
pub(super) fn over_a_course(before: &str, i: &str) -> bool {
    let Ok((rest, _)) = (kw("over"), sp).parse(i) else {
        return false;
    };
    let prev = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if !RACE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(prev)) {
        return false;
    }
    // "a race over 2,000m" read with no context: the distance alone.
    quantity(rest).is_ok_and(|(_, q)| {
        q.unit_kind == Some(UnitKind::Measure)
            && q.unit
                .as_deref()
                .is_some_and(|u| COURSE_UNITS.iter().any(|c| c.eq_ignore_ascii_case(u)))
    })
}

/// Whether `n` is a fraction in words below one, unscaled: "a third",
/// "half", "two-thirds" (not "half a million", nor "three and a half").
pub(super) fn lone_word_fraction(n: &Numeral) -> bool {
    n.style == NumberStyle::Words && n.scale == 1.0 && n.value > 0.0 && n.value < 1.0
}

/// A fraction in words with nothing counted after it ("jumped a third",
/// "drop to around a third", "more than half said"): a share, as a
/// percentage as precise as its denominator. `i` is the claim's input and
/// `number` the figure's byte range in it. Returns the value and its
/// precision; `None` when the figure is no fraction in words alone (a
/// decimal told in words, "nought point five", stays as read).
pub(super) fn fraction_alone(i: &str, number: (usize, usize), n: &Numeral) -> Option<(f64, f64)> {
    if !lone_word_fraction(n) {
        return None;
    }
    let at = i.get(number.0..)?;
    let (after, (value, denominator)) = crate::extract::number::word_fraction(at).ok()?;
    let whole = at.len() - after.len() == number.1 - number.0;
    (whole && value < 1.0).then_some((value * 100.0, 100.0 / denominator))
}

/// Whether `before` (the text before a figure) ends with "plus or": the
/// "minus" after it opens a margin, not a sign ("8% plus or minus 2
/// percentage points").
pub(super) fn plus_or_before(before: &str) -> bool {
    let head = before.trim_end();
    let Some(head) = head
        .len()
        .checked_sub(2)
        .and_then(|k| {
            head.get(k..)
                .filter(|w| w.eq_ignore_ascii_case("or"))
                .map(|_| head.get(..k))
        })
        .flatten()
    else {
        return false;
    };
    let head = head.trim_end();
    head.len() >= 4
        && head
            .get(head.len() - 4..)
            .is_some_and(|w| w.eq_ignore_ascii_case("plus"))
        && !head
            .get(..head.len() - 4)
            .and_then(|h| h.chars().next_back())
            .is_some_and(char::is_alphanumeric)
}

/// Nouns for those who forecast a figure: in "fewer than the 8,000
/// analysts expected" they are the subject of the verb after them.
const FORECASTERS: &[&str] = &[
    "economists",
    "analysts",
    "forecasters",
    "strategists",
    "experts",
    "observers",
];

/// Verbs of forecasting that close a comparison's clause after its
/// forecasters ("the 8,000 analysts expected", "economists had
/// forecast").
const FORECAST_VERBS: &[&str] = &[
    "expected",
    "forecast",
    "forecasted",
    "predicted",
    "anticipated",
    "estimated",
    "projected",
];

/// Whether the counted noun `noun`, with `after` the input after it, is
/// the subject of a forecast: one of [`FORECASTERS`], then (after "had"
/// if any) one of [`FORECAST_VERBS`], then no object — the clause ends
/// ("fewer than the 8,000 analysts expected.", "…had forecast, and").
/// "80 analysts expected a cut" keeps its noun: they are counted.
pub(super) fn forecasters_expected(noun: &str, after: &str) -> bool {
    if !FORECASTERS.iter().any(|f| f.eq_ignore_ascii_case(noun)) {
        return false;
    }
    let after = (sp, kw("had")).parse(after).map_or(after, |(r, _)| r);
    let Ok((rest, (_, verb))) = (sp, alpha_word).parse(after) else {
        return false;
    };
    let forecast = FORECAST_VERBS.iter().any(|v| v.eq_ignore_ascii_case(verb));
    let ends = rest
        .trim_start_matches([' ', '\t'])
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | ':' | ')' | '\n' | '\r' | '!' | '?'));
    forecast && ends
}

/// The counted noun after a level that a start with none shares (`i`
/// starts right after the start `n`, whose "from" was told a change):
/// " to 12,000 posts" gives "posts", written once for both figures ("from
/// 41,000 to 12,000 posts"), as "16 and 12 seats" shares its noun. Only a
/// plural count, after a level written as the start is (digits or words).
pub(super) fn noun_after_level(i: &str, n: &Numeral) -> Option<String> {
    // Read only where " to " follows (a cheap test: most figures after
    // "from" are a year or a date's).
    let to = i.get(..4).is_some_and(|w| w.eq_ignore_ascii_case(" to "));
    if !to {
        return None;
    }
    let (after, (sym, n2, _)) = range_tail(i, false).ok()?;
    if sym.is_some() || n2.style != n.style {
        return None;
    }
    let (_, noun, kind, _) = unit_after(after, &n2)?;
    (kind == UnitKind::Counted && plural_count(&noun)).then_some(noun)
}

/// Determiners and ordinals before "half" that make it a noun: "over
/// the half", "reports its half", "the second half".
const HALF_DETERMINERS: &[&str] = &[
    "the", "its", "his", "her", "their", "our", "my", "your", "this", "that", "first", "second",
    "each", "every",
];

/// Whether the figure `n` read at `number` of `i` is the word "half" after
/// one of [`HALF_DETERMINERS`] (`prev_word`, the word before it): the
/// noun, a half year or a half of a game, which counts nothing.
pub(super) fn half_as_noun(prev_word: &str, i: &str, number: (usize, usize), n: &Numeral) -> bool {
    lone_word_fraction(n)
        && i.get(number.0..number.1)
            .is_some_and(|w| w.eq_ignore_ascii_case("half"))
        && HALF_DETERMINERS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(prev_word))
}

/// Whether the figure read at `number` of `i` is an article and an
/// ordinal word ("a third", "an eighth") before the noun phrase it ranks,
/// `rest` the input after it: "a third successive defeat", "a fifth term"
/// — a position, no fraction. A fraction's own followers stay one: "of"
/// and other function words ("a third of the seats", "by a third last
/// year"), an adverb, and a comparative that ends its phrase or goes on
/// with "than" ("a third larger than").
pub(super) fn ordinal_before_noun(
    i: &str,
    number: (usize, usize),
    n: &Numeral,
    rest: &str,
) -> bool {
    if !lone_word_fraction(n) {
        return false;
    }
    let Some(text) = i.get(number.0..number.1) else {
        return false;
    };
    let Some((article, word)) = text.split_once(' ') else {
        return false;
    };
    let ranked = (article.eq_ignore_ascii_case("a") || article.eq_ignore_ascii_case("an"))
        && ORDINAL_WORDS.iter().any(|o| o.eq_ignore_ascii_case(word));
    if !ranked {
        return false;
    }
    let Ok((after, (_, next))) = (sp, alpha_word).parse(rest) else {
        return false;
    };
    let lower = next.to_ascii_lowercase();
    let comparative = lower.ends_with("er")
        && ((sp, kw("than")).parse(after).is_ok() || !after.starts_with(char::is_whitespace));
    let adverb = lower.len() > 4 && lower.ends_with("ly");
    next.starts_with(|c: char| c.is_ascii_lowercase())
        && !is_not_noun(next)
        && !adverb
        && !comparative
}
