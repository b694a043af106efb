//! The unit of a quantity: the currency symbol or code before a figure
//! ("$", "US$", "Rs "), and what follows it — percent, points, a currency
//! word or symbol, a unit of measure, a noun joined by a hyphen ("a
//! 543-member house") or the counted noun ([`unit_after`]).

use super::*;

/// A currency symbol or code before a figure: "$", "US$", "€", "£",
/// "USD ", "Rs ".
pub fn currency_symbol(i: &str) -> Res<'_, &'static str> {
    // The entries that can open `i`, in the tables' order (the index is
    // of the four tables one after another): the first that matches wins,
    // as the tables are tried in turn.
    let (spaced, million, symbols) = (
        SPACED_DOLLAR_PREFIXES.len(),
        MILLION_CURRENCY_CODES.len(),
        CURRENCY_SYMBOLS.len(),
    );
    for &n in currency_openers().candidates(i) {
        let n = usize::from(n);
        if let Some(prefix) = SPACED_DOLLAR_PREFIXES.get(n) {
            // "us $ 150 million", "c $ 1.34": a prefix set apart from its "$".
            if let Ok((rest, _)) = (tnc(prefix), sp, tag("$"), opt(sp)).parse(i) {
                return Ok((rest, spaced_dollar_code(prefix)));
            }
        } else if let Some((word, code)) = n
            .checked_sub(spaced)
            .and_then(|k| MILLION_CURRENCY_CODES.get(k))
        {
            // "MAUD 60": a code in millions; the quantity grammar scales it.
            if let Ok((rest, _)) = (tag::<_, _, nom::error::Error<&str>>(*word), sp).parse(i) {
                if rest.starts_with(|c: char| c.is_ascii_digit()) {
                    return Ok((rest, code));
                }
            }
        } else if let Some((sym, code)) = n
            .checked_sub(spaced + million)
            .and_then(|k| CURRENCY_SYMBOLS.get(k))
        {
            if let Ok((rest, _)) = tag_nc(i, sym) {
                // "us $ 150 million": a spaced symbol, as tokenised text writes it.
                let rest = opt(sp).parse(rest).map_or(rest, |(r, _)| r);
                return Ok((rest, code));
            }
        } else if let Some((word, code)) = n
            .checked_sub(spaced + million + symbols)
            .and_then(|k| CURRENCY_PREFIX_WORDS.get(k))
        {
            // "USD 200", and glued "USD115"; "N8.83 trillion" only with its
            // scale word, or written as money is ("N10.50", "N30,000").
            if let Ok((rest, _)) = (tag::<_, _, nom::error::Error<&str>>(*word), opt(sp)).parse(i) {
                if rest.starts_with(|c: char| c.is_ascii_digit())
                    && (!SCALED_ONLY_PREFIXES.contains(word)
                        || numeral(rest).is_ok_and(|(_, n)| n.scale >= 1e6)
                        || written_as_money(rest))
                {
                    return Ok((rest, code));
                }
            }
        }
    }
    fail(i, nom::error::ErrorKind::Tag)
}

/// Whether the digits opening `i` are written as an amount of money is,
/// not as a name's number ("N95", "N1"): with two decimals ("10.50") or
/// with groups of thousands ("30,000"), and nothing glued after them.
fn written_as_money(i: &str) -> bool {
    let digits = i.bytes().take_while(u8::is_ascii_digit).count();
    let rest = i.get(digits..).unwrap_or("");
    let (grouped, rest) = {
        let mut rest = rest;
        let mut groups = 0;
        while let Some(r) = rest.strip_prefix(',') {
            let n = r.bytes().take_while(u8::is_ascii_digit).count();
            if n != 3 {
                break;
            }
            rest = r.get(3..).unwrap_or("");
            groups += 1;
        }
        (groups > 0 && digits <= 3, rest)
    };
    let (cents, rest) = match rest.strip_prefix('.') {
        Some(r) if r.bytes().take_while(u8::is_ascii_digit).count() == 2 => {
            (true, r.get(2..).unwrap_or(""))
        }
        _ => (false, rest),
    };
    (grouped || cents) && !rest.starts_with(|c: char| c.is_alphanumeric())
}

/// An ISO 4217 code set before a figure that [`currency_symbol`]'s tables
/// do not list, "SEK 3 billion", "MYR 250 million": three capital
/// letters, a blank, then a digit, where the code is one the lexicon
/// names a currency word for ("zloty" is PLN). Returns the input at the
/// figure and the code.
pub(super) fn iso_code_before_figure(i: &str) -> Option<(&str, &'static str)> {
    let word = i.get(..3)?;
    if !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let rest = i.get(3..)?;
    let (figure, _) = sp(rest).ok()?;
    if !figure.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let code = known_iso_code(word)?;
    Some((figure, code))
}

/// `word` as a code the currency words of the lexicon stand for.
pub(super) fn known_iso_code(word: &str) -> Option<&'static str> {
    CURRENCY_WORDS
        .iter()
        .map(|(_, code)| *code)
        .find(|code| code.len() == 3 && *code == word)
}

/// The currency a prefix set apart from its "$" names ("us $", "c $").
fn spaced_dollar_code(prefix: &str) -> &'static str {
    CURRENCY_SYMBOLS
        .iter()
        .find(|(s, _)| {
            s.strip_suffix('$')
                .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        })
        .map_or("USD", |(_, c)| *c)
}

/// Every first word of the tables [`currency_symbol`] reads, indexed: no
/// entry can open most of the places it is tried (a digit, a plain word).
fn currency_openers() -> &'static FirstBytes {
    static INDEX: std::sync::OnceLock<FirstBytes> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        FirstBytes::of(
            SPACED_DOLLAR_PREFIXES
                .iter()
                .copied()
                .chain(MILLION_CURRENCY_CODES.iter().map(|e| e.0))
                .chain(CURRENCY_SYMBOLS.iter().map(|e| e.0))
                .chain(CURRENCY_PREFIX_WORDS.iter().map(|e| e.0)),
        )
    })
}

/// Whether [`currency_symbol`] may match at `i`: some symbol or code of
/// its tables can open `i` by its first byte (a cheap test for callers
/// that gate a grammar opening with one).
pub fn may_open_currency(i: &str) -> bool {
    !currency_openers().none_can_open(i)
}

/// "%", "percent", "per cent" after a figure, and "pc" in lower case
/// ([`lowercase_pc`]).
pub fn percent(i: &str) -> Res<'_, &str> {
    alt((
        tag("%"),
        |i| {
            let (rest, _) = opt(sp).parse(i)?;
            let (rest, (_, text)) =
                phrase_from_in(rest, PERCENT_WORDS, crate::indexed!(PERCENT_WORDS))?;
            Ok((rest, text))
        },
        lowercase_pc,
    ))
    .parse(i)
}

/// "pc" after a figure, spaced or glued ("4.5 pc", "4pc"): per cent in
/// British and South Asian copy. Only in lower case: "PC" in capitals
/// is a computer or a constable ("300 PC units", "PC Smith").
fn lowercase_pc(i: &str) -> Res<'_, &str> {
    let (rest, _) = opt(sp).parse(i)?;
    let (after, text) = tag("pc").parse(rest)?;
    word_end(after)?;
    Ok((after, text))
}

/// The words for points after a figure ([`points`]).
const POINT_WORDS: &[(&str, ())] = &[
    ("percentage points", ()),
    ("percentage point", ()),
    // "4.19 per cent points higher" (Nigerian and Indian copy): points,
    // as "percentage points" is.
    ("per cent points", ()),
    ("per cent point", ()),
    ("percent points", ()),
    ("percent point", ()),
    ("basis points", ()),
    ("basis point", ()),
    ("points", ()),
    ("point", ()),
];

/// "percentage points", "basis points" after a figure — kept apart from
/// percent: a change of 2 points is not a change of 2%.
pub fn points(i: &str) -> Res<'_, &str> {
    alt((
        |i| {
            let (rest, _) = sp(i)?;
            let (after, (_, text)) =
                phrase_from_in(rest, POINT_WORDS, crate::indexed!(POINT_WORDS))?;
            Ok((after, text))
        },
        lowercase_bp,
    ))
    .parse(i)
}

/// "bp", "bps" after a figure, spaced or glued ("a 50bp rise", "25 bps"):
/// basis points in markets copy. Only in lower case: "BP" is a company.
fn lowercase_bp(i: &str) -> Res<'_, &str> {
    let (rest, _) = opt(sp).parse(i)?;
    let (after, text) = alt((tag("bps"), tag("bp"))).parse(rest)?;
    word_end(after)?;
    // "the 2023 bp Energy Outlook": before a capitalised word, the
    // company's name as it writes it.
    if after
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
    {
        return fail(i, nom::error::ErrorKind::Tag);
    }
    Ok((after, text))
}

/// A unit of measure from the lexicon, as written: "km", "square
/// kilometres", "MW".
pub(super) fn measure(i: &str) -> Res<'_, &str> {
    let (index, units) = measures();
    let mut best: Option<(&str, &str)> = None;
    for &n in index.candidates(i) {
        let Some(&(m, spelled)) = units.get(usize::from(n)) else {
            continue;
        };
        let hit = if spelled {
            phrase(i, m).ok()
        } else {
            // Short abbreviations are case-sensitive ("MW", "kg", "m").
            tag::<_, _, nom::error::Error<&str>>(m)
                .parse(i)
                .ok()
                .filter(|(r, _)| !r.starts_with(|c: char| c.is_alphanumeric()))
                .map(|(r, _)| (r, consumed(i, r)))
        };
        if let Some((rest, text)) = hit {
            if best.is_none_or(|(_, t)| text.len() > t.len()) {
                best = Some((rest, text));
            }
        }
    }
    best.ok_or(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Tag,
    )))
}

/// The units of [`MEASURES`], each with whether it is a spelled-out unit
/// (matched as a phrase, in any case) or an abbreviation (matched exactly,
/// then not followed by a letter or digit), and their index by opening
/// word. Either kind matches only a text whose first word is the unit's
/// first word, up to case (an abbreviation matches it exactly, a phrase up
/// to case), as [`FirstBytes`] needs.
pub(super) fn measures() -> &'static (FirstBytes, Vec<(&'static str, bool)>) {
    static INDEX: std::sync::OnceLock<(FirstBytes, Vec<(&'static str, bool)>)> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let all: Vec<(&'static str, bool)> = MEASURES
            .iter()
            .map(|m| {
                let spelled = m.chars().all(|c| c.is_ascii_lowercase() || c == ' ') && m.len() > 2;
                (*m, spelled)
            })
            .collect();
        (FirstBytes::of(MEASURES.iter().copied()), all)
    })
}

/// A unit of measure, with what it is per: "meters per millisecond",
/// "centimeters/millisecond", "km/ms".
fn measure_rate(i: &str) -> Res<'_, &str> {
    let (rest, _) = measure(i)?;
    let per = (alt((recognize((sp, kw("per"), sp)), tag("/"))), alpha_word)
        .parse(rest)
        .ok()
        .filter(|(_, (_, w))| PER_UNITS.contains(w) || MEASURES.contains(w));
    let rest = per.map_or(rest, |(r, _)| r);
    Ok((rest, consumed(i, rest)))
}

/// A unit of measure in brackets after a figure: "20 (kg)", "20 [kg]".
fn bracketed_measure(i: &str) -> Res<'_, &str> {
    let (start, _) = opt(sp).parse(i)?;
    let close = match start.chars().next() {
        Some('(') => ")",
        Some('[') => "]",
        Some('{') => "}",
        Some('<') => ">",
        _ => return fail(i, nom::error::ErrorKind::Char),
    };
    let (rest, _) = (
        alt((tag("("), tag("["), tag("{"), tag("<"))),
        measure,
        tag(close),
    )
        .parse(start)?;
    Ok((rest, consumed(start, rest)))
}

/// A currency word after a figure: "euros", "australian dollars", "yen",
/// and with a nationality before it: "dutch guilders", "turkish lira".
fn currency_word(i: &str) -> Res<'_, (&'static str, &str)> {
    let index = crate::indexed!(CURRENCY_WORDS);
    if let Ok(r) = phrase_from_in(i, CURRENCY_WORDS, index) {
        return Ok(r);
    }
    let (rest, (adjective, _, (code, _))) =
        (alpha_word, sp, |r| phrase_from_in(r, CURRENCY_WORDS, index)).parse(i)?;
    if is_not_noun(adjective) || crate::extract::quantity::main_unit_of_minor(code).is_some() {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    Ok((rest, (code, consumed(i, rest))))
}

/// A currency symbol after a figure: "10 $", "5 €", "100元".
fn postfix_symbol(i: &str) -> Res<'_, (&'static str, &str)> {
    let (rest, _) = opt(sp).parse(i)?;
    if crate::indexed!(POSTFIX_CURRENCY_SYMBOLS).none_can_open(rest) {
        return fail(i, nom::error::ErrorKind::Tag);
    }
    for (sym, code) in POSTFIX_CURRENCY_SYMBOLS {
        if let Ok((after, text)) = tag::<_, _, nom::error::Error<&str>>(*sym).parse(rest) {
            return Ok((after, (code, text)));
        }
    }
    fail(i, nom::error::ErrorKind::Tag)
}

/// The smaller unit after a whole one: " 50 cents" or " and 50" after
/// "15 dollars", " 2 in" after "5 ft". Returns the input after it and the
/// value in the larger unit. Without its unit word the smaller figure
/// must end the phrase ("15 dollars 50.", not "15 dollars 50 people").
pub(super) fn subunit<'a>(
    i: &'a str,
    per: f64,
    words: &[&str],
    word_needed: bool,
) -> Option<(&'a str, f64)> {
    let (rest, _) = (sp, opt((kw("and"), sp))).parse(i).ok()?;
    let (after, n) = numeral(rest).ok()?;
    if !(n.value > 0.0 && n.value < per && n.value.fract() == 0.0) {
        return None;
    }
    let word = (opt(sp), alpha_word)
        .parse(after)
        .ok()
        .filter(|(_, (_, w))| words.contains(&w.to_lowercase().as_str()))
        .map(|(r, _)| r)
        .or_else(|| after.strip_prefix('"'));
    match word {
        Some(r) if word_end(r).is_ok() => Some((r, n.value / per)),
        None if !word_needed
            && (sp, alpha_word).parse(after).is_err()
            && word_end(after).is_ok() =>
        {
            Some((after, n.value / per))
        }
        _ => None,
    }
}

/// What [`unit_after`] reads: the input after the unit, the unit, its
/// kind, and its byte range relative to where it was read.
pub(super) type UnitRead<'a> = (&'a str, String, UnitKind, (usize, usize));

/// The unit after a figure. Returns the unit, its kind, its byte range
/// relative to `i`, and the input after it.
pub(super) fn unit_after<'a>(i: &'a str, n: &Numeral) -> Option<UnitRead<'a>> {
    let at = |r: &str, text: &str| {
        let end = i.len() - r.len();
        (end - text.len(), end)
    };
    if let Ok((r, text)) = points(i) {
        let unit = text.to_lowercase().replace(['\n', '\t'], " ");
        // "one point ahead", "12 points": the points as written.
        let unit = if unit.starts_with("point") {
            unit
        } else if unit.starts_with("per") {
            "percentage points".to_owned()
        } else if unit.ends_with('t') {
            format!("{unit}s")
        } else {
            unit
        };
        return Some((r, unit, UnitKind::Points, at(r, text)));
    }
    // "0.5 of a percentage point": a decimal below one, of one point.
    if n.value > 0.0 && n.value < 1.0 && (sp, kw("of")).parse(i).is_ok() {
        if let Some((r, unit)) = super::whole::of_a_point(i) {
            let text = consumed(i, r).trim_start();
            return Some((r, unit.to_owned(), UnitKind::Points, at(r, text)));
        }
    }
    if let Ok((r, text)) = percent(i) {
        return Some((
            r,
            "percent".to_owned(),
            UnitKind::Percent,
            at(r, text.trim_start()),
        ));
    }
    if let Ok((r, (code, text))) = postfix_symbol(i) {
        return Some((r, code.to_owned(), UnitKind::Currency, at(r, text)));
    }
    // Glued or hyphenated: "29km", "300mm", "a 10-gallon cooler", "six-mile".
    let glued = i.strip_prefix('-').unwrap_or(i);
    if let Ok((r, text)) = measure_rate(glued) {
        return Some((r, text.to_owned(), UnitKind::Measure, at(r, text)));
    }
    // "115USD", "30 MUSD": every code is capital letters, so the lists are
    // read only after one.
    let code = opt(sp).parse(i).ok().and_then(|(spaced, _)| {
        if !spaced
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase)
        {
            return None;
        }
        CURRENCY_PREFIX_WORDS
            .iter()
            .chain(MILLION_CURRENCY_CODES)
            .filter(|(w, _)| w.len() >= 3 && w.chars().all(|c| c.is_ascii_uppercase()))
            .find_map(|(w, code)| {
                let (r, text) = tag::<_, _, nom::error::Error<&str>>(*w)
                    .parse(spaced)
                    .ok()?;
                word_end(r).ok()?;
                Some((r, *code, text))
            })
    });
    if let Some((r, code, text)) = code {
        return Some((r, code.to_owned(), UnitKind::Currency, at(r, text)));
    }
    // "an 800-strong force": the noun after "-strong" is what is counted.
    if let Ok((r, _)) = (tag("-"), kw("strong")).parse(i) {
        if let Ok((r2, noun)) = counted_noun(r) {
            let base = i.len() - r.len();
            let (s, e) = at(r2, noun);
            return Some((r2, noun.to_owned(), UnitKind::Counted, (s, e))).filter(|_| s >= base);
        }
        return Some((r, "strong".to_owned(), UnitKind::Counted, at(r, "strong")));
    }
    if i.starts_with('-') {
        if let Ok((r, (code, text))) = currency_word(glued) {
            return Some((r, code.to_owned(), UnitKind::Currency, at(r, text)));
        }
        // "a 55-percent stake".
        if let Ok((r, text)) = percent(glued) {
            return Some((r, "percent".to_owned(), UnitKind::Percent, at(r, text)));
        }
        // "a 13-point deficit": the margin in points.
        if let Some((r, text)) = point_margin(glued) {
            return Some((r, text.to_lowercase(), UnitKind::Points, at(r, text)));
        }
        // "a 543-member house", "a 9-play drive", "an 82-minute final":
        // the noun joined to the figure is what it counts.
        // In words it counts as well ("a seven-storey building", "a
        // four-hour innings"), but "one-" and a few nouns make a name of a
        // kind ("a one-time gain", "the two-party vote", "a two-way race").
        if let Ok((r, noun)) = hyphen_noun(glued) {
            let kind_name = n.style == NumberStyle::Words
                && (n.value == 1.0 || WORD_HYPHEN_KINDS.contains(&noun));
            if !kind_name {
                return Some((r, noun.to_owned(), UnitKind::Counted, at(r, noun)));
            }
        }
        return None;
    }
    let (spaced, _) = sp(i).ok()?;
    if let Ok((r, (code, text))) = currency_word(spaced) {
        // "pounds" without a scale is a weight as often as money.
        let weight = code == "GBP" && text.to_lowercase().starts_with("pound") && n.scale == 1.0;
        let (unit, kind) = if weight {
            (text.to_owned(), UnitKind::Measure)
        } else {
            (code.to_owned(), UnitKind::Currency)
        };
        return Some((r, unit, kind, at(r, text)));
    }
    if let Ok((r, text)) = measure_rate(spaced) {
        return Some((r, text.to_owned(), UnitKind::Measure, at(r, text)));
    }
    if let Ok((r, text)) = bracketed_measure(i) {
        return Some((r, text.to_owned(), UnitKind::Measure, at(r, text)));
    }
    if let Some((r, text)) = times(i) {
        return Some((r, "times".to_owned(), UnitKind::Counted, at(r, text)));
    }
    let Ok((r, noun)) = counted_noun(i) else {
        return plural_like_verb(i, n)
            .map(|(r, noun)| (r, noun.to_owned(), UnitKind::Counted, at(r, noun)));
    };
    // A count other than one is of a plural: after "272", a singular noun
    // is what the figure names, not what it counts ("the 272 majority
    // mark", "the 2018 operating return").
    if n.value != 1.0 && !plural_count(noun) && !noun.starts_with(char::is_uppercase) {
        return None;
    }
    Some((r, noun.to_owned(), UnitKind::Counted, at(r, noun)))
}

/// Plurals written as a verb's present in -s ("lives", "wins"), which
/// end a noun phrase after a figure where a verb may follow one ("one
/// lives", "2019 remains"): after a count of many, no singular verb can.
const PLURALS_LIKE_VERBS: &[&str] = &["lives", "wins", "works", "stands", "remains"];

/// The plural after a count of many that reads like a verb's present in
/// -s ("claimed 3,200 lives", "his 12 wins"): what is counted. Not after
/// one, nor after a year ("2019 remains the warmest"). Returns the input
/// after it and the noun as written.
fn plural_like_verb<'a>(i: &'a str, n: &Numeral) -> Option<(&'a str, &'a str)> {
    let year = n.style == NumberStyle::Digits
        && n.scale == 1.0
        && (1800.0..=2100.0).contains(&n.value)
        && n.value.fract() == 0.0;
    if n.value <= 1.0 || year {
        return None;
    }
    let (r, (_, w)) = (sp, alpha_word).parse(i).ok()?;
    PLURALS_LIKE_VERBS.contains(&w).then_some((r, w))
}

/// "times" after a figure, with "more" between or not: how often ("six
/// times", "two more times") or a multiple ("four times as distant",
/// "10 times larger") — the figure counts times. In lower case only: "5
/// Times Square" is an address, and a function word is no counted noun
/// elsewhere, so it is read here. Returns the input after "times" and
/// "times" as written.
fn times(i: &str) -> Option<(&str, &str)> {
    let (r, _) = sp(i).ok()?;
    let r = (kw("more"), sp).parse(r).map_or(r, |(after, _)| after);
    let (after, text) = tag::<_, _, nom::error::Error<&str>>("times")
        .parse(r)
        .ok()?;
    word_end(after).ok()?;
    // "three times 4": arithmetic, no count.
    let product = (sp, numeral).parse(after).is_ok();
    (!product).then_some((after, text))
}

/// The most words read between "-point" and the margin it measures ("a
/// 13-point halftime lead").
const POINT_MARGIN_WORDS: usize = 2;

/// "point" joined to a figure before a noun of a margin, a lead or a
/// swing (`i` starts after the hyphen): "a 13-point deficit", "a 10-point
/// halftime lead", "a five-point swing" — the figure counts points. Not a
/// kind of shot or an item of a plan ("3-point range", "a 10-point
/// plan"), which the noun after it tells. Returns the input after "point"
/// and "point" as written.
fn point_margin(i: &str) -> Option<(&str, &str)> {
    let (rest, text) = kw("point").parse(i).ok()?;
    let mut cur = rest;
    for _ in 0..POINT_MARGIN_WORDS {
        let (r, (_, w)) = (sp, alpha_word).parse(cur).ok()?;
        if POINT_MARGINS.contains(&w.to_lowercase().as_str()) {
            return Some((rest, text));
        }
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) || is_not_noun(w) {
            return None;
        }
        cur = r;
    }
    None
}

/// Nouns that after a number word and a hyphen name a kind rather than
/// count: "two-party", "two-time", "two-way", "three-fold".
const WORD_HYPHEN_KINDS: &[&str] = &[
    "party",
    "time",
    "way",
    "fold",
    "sided",
    "faced",
    "tier",
    "step",
    "state",
    "horse",
    "stroke",
    "wheel",
    "seater",
    "legged",
    "piece",
    "hander",
    "dimensional",
    "handed",
    "pronged",
    "ply",
    "thirds",
    "quarters",
    "fifths",
    "tenths",
];

/// A noun joined to a figure by a hyphen, as an adjective is written ("9"
/// then "play" in "a 9-play drive"): lowercase letters, not a function
/// word, a scale word or a word that runs on with another hyphen
/// ("38-year-old" is an age, read elsewhere).
fn hyphen_noun(i: &str) -> Res<'_, &str> {
    let (rest, noun) =
        nom::bytes::complete::take_while1(|c: char| c.is_ascii_lowercase()).parse(i)?;
    let ok = noun.len() >= 3
        && !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '\'')
        && !is_not_noun(noun)
        // "from 3-point range", "3-pointers": a kind of shot, not a count.
        && !noun.starts_with("point")
        && crate::extract::number::scale_word(noun).is_err();
    if !ok {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    Ok((rest, noun))
}

/// The words before a noun phrase that a count modifying its head follows
/// ([`count_modifier`]).
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "each", "every",
];

/// A count joined to the noun it counts, as a modifier of the noun after
/// it, written without the hyphen: "the 70 member Assembly", "a 15 nation
/// bloc" — read as "a 543-member house" is ([`hyphen_noun`]): the figure
/// counts members. `before` is the text before the figure: only after a
/// determiner or a possessive, where a noun phrase opens ("Boeing 737
/// aircraft", "Chapter 11 bankruptcy" name a model or a part). Not a noun
/// a figure names rather than counts ("the 272 majority mark"), a unit of
/// time (the duration grammar's) or a kind after a number word ("the two
/// party system", as "two-party").
pub(super) fn count_modifier<'a>(before: &str, i: &'a str, n: &Numeral) -> Option<UnitRead<'a>> {
    let prev = before.trim_end().rsplit(' ').next().unwrap_or("");
    let possessive = prev.ends_with("'s") || prev.ends_with("’s");
    let determiner = DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(prev));
    if !(determiner || possessive) || n.value == 1.0 || n.value.fract() != 0.0 || n.scale != 1.0 {
        return None;
    }
    let (spaced, _) = sp(i).ok()?;
    let (r, noun) = hyphen_noun(spaced).ok()?;
    // The noun it modifies: a word that may head a noun phrase.
    let (_, (_, head)) = (sp, alpha_word).parse(r).ok()?;
    let kind_name = n.style == NumberStyle::Words && WORD_HYPHEN_KINDS.contains(&noun);
    if kind_name
        || plural_count(noun)
        || noun.ends_with("ing")
        || TALLY_NOUNS.contains(&noun)
        || crate::extract::duration::duration_unit(noun).is_ok()
        || is_not_noun(head)
    {
        return None;
    }
    let end = i.len() - r.len();
    Some((
        r,
        noun.to_owned(),
        UnitKind::Counted,
        (end - noun.len(), end),
    ))
}

/// The ISO code standing right before a figure, one blank between, that
/// no grammar opens a claim with ([`iso_code_before_figure`]): `before`
/// is the text before the figure ("… spent PLN "). The code must be a
/// word of its own.
pub(super) fn iso_code_right_before(before: &str) -> Option<&'static str> {
    let head = before.strip_suffix(' ')?;
    let cut = head.len().checked_sub(3)?;
    let word = head.get(cut..)?;
    let alone = !head
        .get(..cut)?
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '.');
    if !alone || !word.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    known_iso_code(word)
}
