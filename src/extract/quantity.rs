//! Quantities: a qualifier, a figure and what it counts —
//! "nearly eight million people", "over 800 units", "$1.2 million", "12%".

use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::combinator::{opt, recognize};
use nom::sequence::terminated;
use nom::Parser;

use crate::extract::claim::{NumberStyle, Qualifier};
use crate::extract::grammar::{
    alpha_word, consumed, first_word_key, kw, kw_keyed, phrase, phrase_from_in, phrase_from_keyed,
    sp, tag_nc, tail, tnc, word_end, FirstBytes, Res,
};
use crate::extract::lex::keys;
use crate::extract::lexicon::{
    is_not_noun, CHANGE_VERBS, CURRENCY_PREFIX_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURES,
    MILLION_CURRENCY_CODES, ORDINAL_WORDS, OVER_NOUNS, PERCENT_WORDS, PER_UNITS, POINT_MARGINS,
    POSTFIX_CURRENCY_SYMBOLS, POSTFIX_QUALIFIERS, QUALIFIERS, SCALED_ONLY_PREFIXES,
    SPACED_DOLLAR_PREFIXES, TALLY_NOUNS,
};
use crate::extract::noun_phrase::{counted_noun, plural_count};
use crate::extract::number::{numeral, Numeral};

/// What kind of thing a quantity's unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitKind {
    /// "%", "per cent", "percent".
    Percent,
    /// "percentage points", "basis points": a difference of percentages.
    Points,
    /// A currency by symbol, ISO code or word (or cents and pence).
    Currency,
    /// A unit of measure: km, tonnes, barrels, MW, degrees …
    Measure,
    /// Anything else: the counted noun ("troops", "residents").
    Counted,
}

/// A quantity as the grammar reads it; offsets are relative to its input.
#[derive(Debug, Clone, PartialEq)]
pub struct ParsedQuantity {
    pub qualifier: Qualifier,
    pub numeral: Numeral,
    /// Both set for a range ("between 300 and 400", "300-400").
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub unit: Option<String>,
    pub unit_kind: Option<UnitKind>,
    /// Bytes of the qualifier and figure ("over 800", "$1.2bn").
    pub figure_len: usize,
    /// Bytes of the whole claim, with the unit or counted noun.
    pub len: usize,
    /// Byte range of the number(s) alone, without qualifier or currency
    /// symbol ("800", "1.2bn", "300-400").
    pub number: (usize, usize),
    /// Byte range of the unit as written (a currency symbol before the
    /// figure, or the word after it).
    pub unit_at: Option<(usize, usize)>,
}

/// Where a quantity stands: the sentence text before it, for the
/// look-behind rules ("rose from 10 to 15" is no range).
#[derive(Debug, Clone, Copy, Default)]
pub struct Context<'a> {
    pub before: &'a str,
}

fn fail<T>(i: &str, kind: nom::error::ErrorKind) -> Res<'_, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, kind)))
}

/// A phrase whose words are joined by blanks or hyphens ("more-than").
fn hyphen_phrase<'a>(i: &'a str, words: &str) -> Res<'a, &'a str> {
    let mut rest = i;
    for (n, w) in words.split(' ').enumerate() {
        if n > 0 {
            rest = alt((sp, tag("-"))).parse(rest)?.0;
        }
        let (r, _) = tag_nc(rest, w)?;
        rest = word_end(r)?.0;
    }
    Ok((rest, consumed(i, rest)))
}

/// A qualifier phrase: "nearly", "more than", "no fewer than", also
/// hyphenated before a figure ("more-than-800-strong").
pub fn qualifier(i: &str) -> Res<'_, Qualifier> {
    qualifier_keyed(i, first_word_key(i))
}

/// [`qualifier`] at `i` whose first word's key is `first` (see
/// [`first_word_key`]).
fn qualifier_keyed(i: &str, first: Option<u128>) -> Res<'_, Qualifier> {
    let index = crate::indexed!(QUALIFIERS);
    if let Ok((rest, (q, _))) = phrase_from_keyed(i, first, QUALIFIERS, index) {
        return Ok((rest, q));
    }
    let mut best: Option<(&str, Qualifier)> = None;
    for &n in index.candidates_keyed(i, || first) {
        let Some((p, q)) = QUALIFIERS.get(usize::from(n)) else {
            continue;
        };
        if let Ok((rest, _)) = hyphen_phrase(i, p) {
            if rest.starts_with('-') && best.is_none_or(|(r, _)| rest.len() < r.len()) {
                best = Some((rest, *q));
            }
        }
    }
    match best {
        Some((rest, q)) => Ok((rest, q)),
        None => fail(i, nom::error::ErrorKind::Tag),
    }
}

/// The keys (`lex::keys`) of the words [`quantity_in`] compares a text's
/// first word with.
const BETWEEN: u128 = keys::key("between");
const FROM: u128 = keys::key("from");
const ANOTHER: u128 = keys::key("another");

/// A qualifier after the figure: " or more", " and above", " or fewer",
/// with a dangling "than" ("200 or greater than"); not when a figure
/// follows ("5000 or more than 4500" compares two figures).
pub fn postfix_qualifier(i: &str) -> Res<'_, Qualifier> {
    let (rest, _) = sp(i)?;
    let (rest, (q, _)) = phrase_from_in(
        rest,
        POSTFIX_QUALIFIERS,
        crate::indexed!(POSTFIX_QUALIFIERS),
    )?;
    let with_than = (sp, kw("than")).parse(rest).ok().map(|(r, _)| r);
    let after = with_than.unwrap_or(rest);
    if (sp, numeral).parse(after).is_ok() || (sp, numeral).parse(rest).is_ok() {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    Ok((after, q))
}

/// Whether the text before a figure ends with a measure named before it:
/// "magnitude 7.8", "magnitude-7.1", and the measure's value told with
/// "of": "registered a magnitude of 5.2".
pub fn measure_before(before: &str) -> bool {
    let head = before
        .strip_suffix(['-', ' '])
        .unwrap_or("")
        .trim_end_matches(' ');
    // "a magnitude of 5.2": "of" gives the measure its value.
    let head = match head.len().checked_sub(3).and_then(|k| head.get(k..)) {
        Some(of) if of.eq_ignore_ascii_case(" of") => head
            .get(..head.len() - 3)
            .unwrap_or("")
            .trim_end_matches(' '),
        _ => head,
    };
    head.len() >= "magnitude".len()
        && head
            .get(head.len() - "magnitude".len()..)
            .is_some_and(|w| w.eq_ignore_ascii_case("magnitude"))
        && !head
            .get(..head.len() - "magnitude".len())
            .and_then(|h| h.chars().next_back())
            .is_some_and(char::is_alphanumeric)
}

/// The most bytes read back for [`measured_start_before`].
const MEASURED_START_BYTES: usize = 40;

/// Whether the text before a figure ends with "from a magnitude ": one
/// value with its article, where a change starts ("upgraded the quake
/// from a magnitude 6.9 to 7.2"), not the low end of a range ("from
/// magnitude 4 to 5").
fn measured_start_before(before: &str) -> bool {
    if !before.ends_with(' ') || !measure_before(before) {
        return false;
    }
    let head = tail(before, MEASURED_START_BYTES).to_ascii_lowercase();
    let head = head.trim_end();
    ["from a magnitude", "from an magnitude"].iter().any(|p| {
        head.strip_suffix(p)
            .is_some_and(|h| !h.ends_with(|c: char| c.is_alphanumeric()))
    })
}

/// Whether the text before a figure is the start of a change in a
/// measure and its "to" ("from a magnitude 6.9 to "): the level reached
/// is in the measure too, written once before the start.
fn measured_level_before(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    let Some(head) = head.trim_end().strip_suffix("to") else {
        return false;
    };
    let Some((head, figure)) = head.trim_end().rsplit_once(' ') else {
        return false;
    };
    head.ends_with(|c: char| c.is_alphabetic())
        && crate::extract::number::parse_figure(figure).is_some()
        && before
            .get(..head.len() + 1)
            .is_some_and(measured_start_before)
}

/// The main unit of a currency's minor unit, as the grammar names it
/// ("cents", "pence", "fils"): a claim states "11 cents" as 0.11 of it (a
/// suggestion still writes cents). Cents are of the dollar the article
/// decides, as "$" is; centimes of its franc, paise of its rupee, fils of
/// its dirham or dinar; the others of one country's currency.
pub fn main_unit_of_minor(unit: &str) -> Option<&'static str> {
    match unit {
        "cents" => Some("$"),
        "pence" => Some("GBP"),
        "centimes" => Some("francs"),
        "paise" => Some("Rs"),
        "kobo" => Some("NGN"),
        "pesewas" => Some("GHS"),
        "halalas" => Some("SAR"),
        "piastres" => Some("EGP"),
        "kopecks" => Some("RUB"),
        "agorot" => Some("ILS"),
        "fils" => Some("fils"),
        _ => None,
    }
}

/// Words after the whole of a proportion that make it a rate in time
/// ("2 in 3 minutes"), not a share.
const TIME_WORDS: &[&str] = &[
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades",
];

/// The rest of a proportion after its part `n`: " in five", " out of 50"
/// (a whole number larger than the part, not a year). Returns the input
/// after the whole, and the whole.
pub fn proportion_tail<'a>(i: &'a str, n: &Numeral) -> Option<(&'a str, f64)> {
    if n.value.fract() != 0.0 || n.value < 1.0 || n.scale != 1.0 {
        return None;
    }
    let (rest, _) = (
        sp,
        alt((recognize((kw("out"), sp, kw("of"))), kw("in"))),
        sp,
    )
        .parse(i)
        .ok()?;
    let (after, whole) = numeral(rest).ok()?;
    let year = whole.style == NumberStyle::Digits && (1800.0..=2100.0).contains(&whole.value);
    let timed = (sp, alpha_word)
        .parse(after)
        .ok()
        .is_some_and(|(_, (_, w))| TIME_WORDS.contains(&w.to_lowercase().as_str()));
    let glued = after.starts_with(|c: char| c.is_alphanumeric() || c == '%');
    if whole.value.fract() != 0.0 || whole.value <= n.value || year || timed || glued {
        return None;
    }
    Some((after, whole.value))
}

/// A whole quantity claim with no context.
pub fn quantity(i: &str) -> Res<'_, ParsedQuantity> {
    quantity_in(Context::default(), i)
}

/// A whole quantity claim: qualifier, currency symbol, figure (or range),
/// and unit or counted noun.
pub fn quantity_in<'a>(ctx: Context<'_>, i: &'a str) -> Res<'a, ParsedQuantity> {
    // The word before, lowercased; an ASCII word is compared without a
    // lowercase copy (the same answer).
    let prev_word = ctx
        .before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let prev_lower = (!prev_word.is_ascii()).then(|| prev_word.to_lowercase());
    let prev_is = |w: &str| match &prev_lower {
        None => prev_word.eq_ignore_ascii_case(w),
        Some(lower) => lower == w,
    };
    // The first word by its key, read once: "another", "between",
    // "from" and the qualifiers are compared with it.
    let first = first_word_key(i);
    // "8% plus or minus 2 points", "3 percent plus minus 1 percent": a
    // margin either side of a figure, told by the figure after "minus"
    // (read there), not a negative one.
    if (prev_is("or") && whole::plus_or_before(ctx.before) || prev_is("plus"))
        && kw("minus").parse(i).is_ok()
    {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "another degree Celsius": one more of a measure.
    if let Some(parsed) = another_measure(i, first) {
        return Ok(parsed);
    }
    // "94 cents to $1.03 a share": one range in dollars; after a verb of
    // change ("rose 4 cents to $1.18", "raised by four cents to $1.18")
    // the change, then the level.
    if let Some(parsed) = hundredths::hundredths_to_whole(i) {
        if !change::after_change(ctx.before, prev_is) {
            let rest = i.get(parsed.len..).unwrap_or("");
            return Ok((rest, parsed));
        }
    }
    // "between 300 and 400", "from 300 to 400" (but "rose from 10 to 15"
    // gives two figures).
    let opening = alt((
        |x| kw_keyed(x, first, BETWEEN, "between"),
        |x| kw_keyed(x, first, FROM, "from"),
    ))
    .parse(i);
    let (rest, opener) = match opening {
        Ok((r, w)) => {
            let is_from = w.eq_ignore_ascii_case("from");
            if is_from && CHANGE_VERBS.iter().any(|v| prev_is(v)) {
                return fail(i, nom::error::ErrorKind::Verify);
            }
            let (r, _) = sp(r)?;
            (r, Some(is_from))
        }
        Err(_) => (i, None),
    };
    let (rest, q) = if opener.is_some() {
        (rest, None)
    } else {
        opt(terminated(
            |x| qualifier_keyed(x, first),
            opt(alt((sp, tag("-")))),
        ))
        .parse(rest)?
    };
    // "US cases top 100", "sales topped 500 units": the verb says the
    // figure was passed, a lower bound as "more than" is.
    let q = if q.is_none() && opener.is_none() && whole::topped_before(ctx.before) {
        Some(Qualifier::Over)
    } else {
        q
    };
    // "a sweep over three distances": the noun's preposition, no hedge.
    // "won the Stakes over 2,385m": the course of a race, no hedge.
    if q == Some(Qualifier::Over)
        && (whole::over_governed(ctx.before, i) || whole::over_a_course(ctx.before, i))
    {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "climbed past 9,400" is over it; "half past 3", "the past 3" are not.
    let past = q.is_some() && kw("past").parse(i).is_ok();
    if past
        && !(prev_word.len() > 3 && prev_word.to_ascii_lowercase().ends_with("ed"))
        && !whole::past_a_scale(prev_word, rest)
    {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    let offset = i.len() - rest.len();
    // "around SEK 3 billion": after a qualifier, an ISO code the symbol
    // tables do not list is the figure's currency (a claim never opens
    // with one: the scan starts no claim at such a word).
    let code = iso_code_before_figure(rest).filter(|_| offset > 0);
    let (rest, (symbol, mut n, (ns, ne))) = match code {
        Some((figure, code)) => {
            let (after, (_, n, (s, e))) = money_or_number(figure)?;
            let base = rest.len() - figure.len();
            (after, (Some(code), n, (s + base, e + base)))
        }
        None => money_or_number(rest)?,
    };
    // "SEK 3 billion": an ISO code no grammar opens with stands right
    // before the figure; it is the figure's currency all the same.
    let code_before = match (symbol, opener, q) {
        (None, None, None) if offset == 0 => unit::iso_code_right_before(ctx.before),
        _ => None,
    };
    // "over the half", "reports its half": "half" after a determiner is
    // the noun (half a year, of a game), no fraction of anything.
    if opener.is_none() && q.is_none() && whole::half_as_noun(prev_word, i, (ns, ne), &n) {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "a third successive defeat": an ordinal before the noun it ranks.
    if opener.is_none() && q.is_none() && whole::ordinal_before_noun(i, (ns, ne), &n, rest) {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "18-month waits": a class of waits by its length, no claim.
    if crate::extract::duration::names_waits(rest) {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "nearly half of known species", "a third of the seats": a fraction
    // in words before its population is a share, as a proportion is.
    if symbol.is_none() && opener.is_none() {
        if let Some((after, parsed)) = word_share(i, q, offset, (ns, ne), &n) {
            return Ok((after, parsed));
        }
    }
    // "one in five adults", "Thirty-three out of 50 states": a share.
    if symbol.is_none() && opener.is_none() {
        // The population follows ("adults", "of them"): "more than 2 in
        // 5" alone is as often a count and a place as a share.
        let share = proportion_tail(rest, &n).and_then(|(after, whole)| {
            let of = (sp, kw("of")).parse(after).is_ok();
            let after_noun = if of {
                after
            } else {
                counted_noun(after).ok()?.0
            };
            Some((after, whole, after_noun))
        });
        if let Some((after, whole, after_noun)) = share {
            let figure_len = consumed(i, after).len();
            return Ok((
                after_noun,
                ParsedQuantity {
                    qualifier: q.unwrap_or(Qualifier::None),
                    numeral: Numeral {
                        value: n.value / whole * 100.0,
                        precision: 100.0 / whole,
                        ..n
                    },
                    min: None,
                    max: None,
                    unit: Some("percent".to_owned()),
                    unit_kind: Some(UnitKind::Percent),
                    figure_len,
                    len: consumed(i, after_noun).len(),
                    number: (ns + offset, i.len() - after.len()),
                    unit_at: None,
                },
            ));
        }
    }
    let mut number = (ns + offset, ne + offset);
    let mut unit_at = symbol.map(|_| (offset, ns + offset));
    let symbol = symbol.or(code_before);
    // A figure runs into letters only through a unit ("29km"); "3rd" and
    // "24703L202" are not quantities.
    let mut range = None;
    let between_like = opener.is_some();
    // After a "from" that declined ("rose from 10 to 15"), "10 to 15" is
    // no range either.
    let declined_from = opener.is_none() && prev_is("from");
    // The unit right after the figure, once read for a repeated-unit
    // range: with no range it is the claim's unit, not read again.
    let figure_rest = rest;
    let mut unit_read: Option<Option<UnitRead<'a>>> = None;
    // "from a magnitude 6.9 to 7.2": a start and a level, not a range.
    let measured_start = opener.is_none() && q.is_none() && measured_start_before(ctx.before);
    let tail = if declined_from || measured_start {
        fail(rest, nom::error::ErrorKind::Verify)
    } else {
        range_tail(rest, opener == Some(false)).or_else(|e| {
            // "19 per cent to 20 per cent", "between 3% and 4%": the unit
            // written after both bounds; not after "from" ("from 0.1% to
            // 5.25%" tells a change, a level then another).
            match (symbol, opener) {
                (None, None | Some(false)) => {
                    let unit = unit_read.insert(unit_after(rest, &n));
                    repeated_unit_range(rest, unit.as_ref(), opener == Some(false)).ok_or(e)
                }
                _ => Err(e),
            }
        })
    };
    if let Ok((after, (sym2, n2, (s2, e2)))) = tail {
        let base = i.len() - rest.len();
        let mut lo = n.value;
        // "between 3 and 4 million": the scale belongs to both.
        if n.scale == 1.0 && n2.scale > 1.0 && lo * n2.scale <= n2.value {
            lo *= n2.scale;
        }
        // "fell by 9,000 to 336,000": after "by" and a verb of change, "to"
        // gives the level reached, unless the change is itself a range
        // ("by 3 to 5 per cent").
        let between = rest.get(..s2).unwrap_or("");
        let level = opener.is_none()
            && prev_is("by")
            && change::by_after_change(ctx.before)
            && change::level_after_change(symbol, (&n, &n2), between, after);
        // "climbed a quarter to 2.6 billion kroner": a fraction in words and a
        // figure of one or more are never the bounds of one range; after
        // a change the fraction is the change, the figure its level.
        let fraction_then_figure = whole::lone_word_fraction(&n) && n2.value >= 1.0;
        if !level
            && !fraction_then_figure
            && lo < n2.value
            && (symbol.is_none() || sym2.is_none_or(|c| Some(c) == symbol))
        {
            range = Some((lo, n2.value, after));
            number = (number.0, e2 + base);
            n.precision = n.precision.min(n2.precision);
        }
    }
    if between_like && range.is_none() {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "revised … lower, from 41,000 to 12,000": a change told a few words
    // back makes "from X to Y" a start and a level too (looked for once a
    // range is read).
    if opener == Some(true) && change::from_after_change(ctx.before) {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    let rest = range.map_or(rest, |(_, _, after)| after);
    // "500 or more", "200 or greater than", "5 or fewer".
    let (rest, q) = match (q, range) {
        (None, None) => match postfix_qualifier(rest) {
            Ok((r, pq)) => (r, Some(pq)),
            Err(_) => (rest, q),
        },
        _ => (rest, q),
    };
    let figure_end = rest;
    let figure_len = consumed(i, figure_end).len();
    let (rest, mut unit, mut kind) = if let Some(code) = symbol {
        (rest, Some(code.to_owned()), Some(UnitKind::Currency))
    } else {
        // Read already when nothing was taken since (no range, no
        // qualifier): the same input and the same figure.
        let read = match unit_read {
            Some(read) if rest.len() == figure_rest.len() => read,
            _ => unit_after(rest, &n),
        };
        // "the 70 member Assembly": the counted noun before another noun.
        let read = read.or_else(|| count_modifier(ctx.before, rest, &n));
        // "occasional magnitude 5 earthquakes": after the measure named
        // before it the figure is the measure's value; the noun after it
        // is what has that value, not what the figure counts.
        let measured = opener.is_none()
            && q.is_none()
            && (measure_before(ctx.before) || measured_level_before(ctx.before));
        let read = read.filter(|(_, _, k, _)| !(measured && *k == UnitKind::Counted));
        // "compared to 2020 reflected higher grades": a year, the subject
        // of the verb after it, counts nothing.
        let year = n.style == NumberStyle::Digits
            && n.scale == 1.0
            && ne - ns == 4
            && (1900.0..=2100.0).contains(&n.value);
        let read = read.filter(|(_, u, k, _)| {
            !(year
                && *k == UnitKind::Counted
                && crate::extract::noun_phrase::verb_opens_phrase(rest, u))
        });
        match read {
            Some((r, u, k, (s, e))) => {
                let base = i.len() - rest.len();
                unit_at = Some((s + base, e + base));
                (r, Some(u), Some(k))
            }
            // "a magnitude 7.8 quake": the measure named before the figure.
            None if measured => (rest, Some("magnitude".to_owned()), Some(UnitKind::Measure)),
            // "Thirteen of these seats", "1,717 (93%) patients": the noun
            // stands beyond the whole or the note; the claim is the figure.
            None if range.is_none() => match noun_beyond(rest, &n) {
                Some(noun) => (rest, Some(noun.to_owned()), Some(UnitKind::Counted)),
                // "revised lower, from 41,000 to 12,000 posts": the noun
                // written once after the level counts the start too.
                None => match declined_from.then(|| whole::noun_after_level(rest, &n)) {
                    Some(Some(noun)) => (rest, Some(noun), Some(UnitKind::Counted)),
                    _ => (rest, None, None),
                },
            },
            None => (rest, None, None),
        }
    };
    // "fewer than the 8,000 analysts expected": the noun names who
    // expected, the figure what they expected; it counts no analysts.
    let rest = match (kind, unit.as_deref()) {
        (Some(UnitKind::Counted), Some(u)) if whole::forecasters_expected(u, rest) => {
            (unit, kind, unit_at) = (None, None, None);
            figure_end
        }
        _ => rest,
    };
    // "four Boeing 787-9 and …", "eight 787-10.": a model designation
    // after a count with no noun names what is counted; the claim reaches
    // over it, and none of its digits is a figure.
    let rest = match (&unit, range, symbol) {
        (None, None, None) => crate::extract::noun_phrase::model_after_count(rest).unwrap_or(rest),
        _ => rest,
    };
    // "15 dollars 50 cents", "5 feet 2 inches": the smaller unit adds.
    let sub = match (kind, unit.as_deref()) {
        (Some(UnitKind::Currency), Some(u))
            if symbol.is_none() && !u.contains("cent") && u != "pence" =>
        {
            // After a symbol ("10 $ 30 $") the smaller unit must be named.
            let symbol_after = unit_at
                .and_then(|(s, _)| i.get(s..))
                .is_some_and(|t| !t.starts_with(|c: char| c.is_alphabetic()));
            let cents = &["cents", "cent", "pence", "penny", "p"];
            subunit(rest, 100.0, cents, symbol_after).map(|s| (s, 100.0))
        }
        (Some(UnitKind::Measure), Some("feet" | "foot" | "ft")) => {
            subunit(rest, 12.0, &["inches", "inch", "in"], true).map(|s| (s, 12.0))
        }
        _ => None,
    };
    let rest = match (sub, range, unit_at) {
        (Some(((r, part), per)), None, Some((us, _))) if n.value.fract() == 0.0 => {
            n.value += part.copysign(n.value);
            n.precision = 1.0 / per;
            unit_at = Some((us, i.len() - r.len()));
            r
        }
        _ => rest,
    };
    // "30 percent or more", "500 troops or fewer": a qualifier after the
    // unit, with no noun after it ("5 apples or more pears" compares two).
    let (rest, q) = match (q, range, unit_at) {
        (None, None, Some(_)) => match postfix_qualifier(rest) {
            Ok((r, pq)) if !content_word_follows(r) => (r, Some(pq)),
            _ => (rest, q),
        },
        _ => (rest, q),
    };
    // "six 3-point attempts": after a count, the compound names a kind of
    // what the count counts; it counts nothing itself.
    let hyphen_counted = kind == Some(UnitKind::Counted)
        && unit_at
            .and_then(|(s, _)| s.checked_sub(1))
            .and_then(|s| i.get(s..))
            .is_some_and(|t| t.starts_with('-'));
    if hyphen_counted && crate::extract::number::parse_figure(prev_word).is_some() {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "30 MUSD", "MAUD 60": codes in millions.
    let million = unit_at
        .and_then(|(s, e)| i.get(s..e))
        .is_some_and(|t| MILLION_CURRENCY_CODES.iter().any(|(w, _)| *w == t.trim()));
    if million {
        n.value *= 1e6;
        n.precision *= 1e6;
        n.scale = 1e6;
    }
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // A glued lowercase `m` is million before money or a counted plural
    // ("£3.2m", "8m residents") and metres otherwise ("a 3m wall").
    if n.lower_m {
        let million = symbol.is_some()
            || kind == Some(UnitKind::Currency)
            || (kind == Some(UnitKind::Counted) && unit.as_deref().is_some_and(plural_count));
        if !million {
            n.value /= 1e6;
            n.precision /= 1e6;
            n.scale = 1.0;
            n.style = NumberStyle::Digits;
            let m_at = (number.1 - 1, number.1);
            number = (number.0, number.1 - 1);
            let (a, b) = range.map_or((0.0, 0.0), |(a, b, _)| (a / 1e6, b / 1e6));
            if let Some((_, _, after)) = range {
                range = Some((a, b, after));
            }
            unit = Some("m".to_owned());
            kind = Some(UnitKind::Measure);
            unit_at = Some(m_at);
            return Ok((
                figure_end,
                ParsedQuantity {
                    qualifier: q.unwrap_or(if range.is_some() {
                        Qualifier::Between
                    } else {
                        Qualifier::None
                    }),
                    numeral: n,
                    min: range.map(|(a, _, _)| a),
                    max: range.map(|(_, b, _)| b),
                    unit,
                    unit_kind: kind,
                    figure_len,
                    len: figure_len,
                    number,
                    unit_at,
                },
            ));
        }
    }
    // "those waiting more than 65 weeks": the threshold of a class of
    // waits, as the duration grammar reads it.
    let time_unit = unit.as_deref().is_some_and(|u| {
        crate::extract::duration::duration_unit(u).is_ok_and(|(r, _)| r.is_empty())
    });
    if time_unit && crate::extract::duration::after_a_wait(ctx.before) {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "one hour per day", "20 hours a day": a rate, read with what it is
    // per (the duration grammar leaves it).
    let rest = match crate::extract::duration::per_unit_of_time(rest) {
        Some(r) if time_unit => r,
        _ => rest,
    };
    // "one of", "one" alone: the pronoun, not a figure.
    if n.style == NumberStyle::Words && n.value == 1.0 && unit.is_none() && q.is_none() {
        return fail(i, nom::error::ErrorKind::Verify);
    }
    // "came within 40 metres of": no farther than the figure.
    let q = match q {
        None if opener.is_none() && unit.is_some() && !time_unit && prev_is("within") => {
            Some(Qualifier::UpTo)
        }
        _ => q,
    };
    // "jumped a third", "around a third", "fell by half": a fraction in
    // words with nothing after it to count, told as a change, a level
    // or with a hedge, is a share, a percentage as "a third of the seats"
    // is. Alone ("two thirds") it is the number.
    let told = || {
        q.is_some()
            || ["by", "to", "than"].iter().any(|w| prev_is(w))
            || CHANGE_VERBS.iter().any(|v| prev_is(v))
    };
    let share = match (symbol, &unit, range) {
        (None, None, None) if whole::lone_word_fraction(&n) && told() => {
            whole::fraction_alone(i, number, &n)
        }
        _ => None,
    };
    if let Some((value, precision)) = share {
        (n.value, n.precision) = (value, precision);
        (unit, kind) = (Some("percent".to_owned()), Some(UnitKind::Percent));
    }
    let qualifier = match (q, range) {
        (_, Some(_)) => Qualifier::Between,
        (Some(q), None) => q,
        (None, None) => Qualifier::None,
    };
    Ok((
        rest,
        ParsedQuantity {
            qualifier,
            numeral: n,
            min: range.map(|(a, _, _)| a),
            max: range.map(|(_, b, _)| b),
            unit,
            unit_kind: kind,
            figure_len,
            len: consumed(i, rest).len(),
            number,
            unit_at,
        },
    ))
}

mod change;
mod hundredths;
mod range;
mod unit;
mod whole;
use range::{money_or_number, range_tail, repeated_unit_range};
use unit::{count_modifier, iso_code_before_figure, measure, subunit, unit_after, UnitRead};
pub use unit::{currency_symbol, may_open_currency, percent, points};
use whole::{another_measure, content_word_follows, noun_beyond, word_share};

#[cfg(test)]
mod tests;
