//! Stage 2 — **extract**: nom grammars turn prose into claims.
//!
//! One pass per sentence: the lexer ([`lex`]) reads it once into tokens,
//! and at each token that starts a word, what the lexicon knows of it
//! ([`lex::openers`]) decides whether a figure or date can begin there (a
//! digit, a currency sign, or a word some grammar reads); only there are
//! the grammars run, dates first, then durations, then quantities. A
//! claim's tense and commitment come from the clause it stands in.

pub mod claim;
pub mod currency;
pub mod date;
pub mod duration;
pub mod grammar;
pub mod lex;
pub mod lexicon;
pub mod notquantity;
pub mod noun_phrase;
pub mod number;
pub mod quantity;
pub mod tense;

use crate::document::Document;
use crate::time::Granularity;
use claim::{
    Claim, ClaimKind, DateClaim, Duration, DurationUnit, NumberStyle, Quantity, Relation, Span,
    Tense,
};
use lex::openers;

/// Every claim in a document, in order, with the default options.
pub fn extract(doc: &Document) -> Vec<Claim> {
    extract_with(doc, &ExtractOptions::default())
}

/// Extraction settings (the config file fills them in later).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ExtractOptions {
    /// How to read numeric dates, and which seasons the calendar has.
    pub dates: date::DateOptions,
    /// Which currency each shared sign ("$", "¥", "Rs") stands for, where
    /// the configuration says; an article's front matter overrides it.
    pub currencies: currency::Currencies,
}

/// Every claim in a document, in order.
pub fn extract_with(doc: &Document, options: &ExtractOptions) -> Vec<Claim> {
    extract_scan(doc, options, Scan::Gated)
}

/// How the scan picks the positions where grammars run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scan {
    /// Only where the cheap opener tests admit a grammar.
    Gated,
    /// Every grammar at every word start (the slow reference the gated
    /// scan must agree with; see `equivalence_tests`).
    #[cfg_attr(not(test), allow(dead_code))]
    Exhaustive,
}

/// Every claim of a document by the slow reference scan: every grammar at
/// every word start, no pre-filter.
#[cfg(test)]
pub(crate) fn extract_exhaustive(doc: &Document, options: &ExtractOptions) -> Vec<Claim> {
    extract_scan(doc, options, Scan::Exhaustive)
}

fn extract_scan(doc: &Document, options: &ExtractOptions, scan: Scan) -> Vec<Claim> {
    let mut claims = Vec::new();
    scan_windows(doc, options, scan, usize::MAX, &mut |_, mut window| {
        // One window (the whole document): moved, not copied.
        if claims.is_empty() {
            claims = window;
        } else {
            claims.append(&mut window);
        }
    });
    claims
}

/// Every claim of a document, in order, handed to `each` a window of whole
/// sentences at a time: the sentences (indexes into `Document::sentences`)
/// and their claims, the same claims [`extract_with`] gives. A window
/// closes once its sentences hold `window_bytes` of text (a sentence
/// longer than that is a window of its own), so a long document's claims
/// need never be held all at once. What `each` parses is not remembered
/// by the scan's packrat memory.
pub fn extract_windows(
    doc: &Document,
    options: &ExtractOptions,
    window_bytes: usize,
    each: &mut dyn FnMut(std::ops::Range<usize>, Vec<Claim>),
) {
    scan_windows(doc, options, Scan::Gated, window_bytes, each);
}

fn scan_windows(
    doc: &Document,
    options: &ExtractOptions,
    scan: Scan,
    window_bytes: usize,
    each: &mut dyn FnMut(std::ops::Range<usize>, Vec<Claim>),
) {
    // The reference scan runs without the packrat memory, so the tests
    // check the memory too.
    let _memo = (scan == Scan::Gated).then(|| number::memo::Scope::new(doc.prose.as_str()));
    // "pesos" in a story about the Philippines: the country it names
    // decides a currency word nothing else decided.
    let options = &ExtractOptions {
        currencies: currency::named_by_country(&doc.prose).overridden_by(options.currencies),
        ..*options
    };
    let mut claims = Vec::new();
    let mut dates = DocDates {
        anchors: date::Anchors::new(doc.format == crate::document::Format::Markdown)
            .dated(doc.date),
        sports: date::is_sports_copy(&doc.prose),
        tokens: Vec::new(),
        items: date::ItemMemo::new(options.dates.date_order, scan == Scan::Gated),
    };
    let (mut first_sentence, mut bytes) = (0, 0usize);
    let count = doc.sentences.len();
    for (index, sentence) in doc.sentences.iter().enumerate() {
        let first = claims.len();
        let span = sentence.span;
        extract_sentence(doc, index, span, options, scan, &mut dates, &mut claims);
        share_counted_nouns(doc, claims.get_mut(first..).unwrap_or(&mut []));
        // "the previous quarter" read before the period it stands on.
        dates.anchors.settle(&mut claims);
        dates.anchors.expire(span.end);
        bytes = bytes.saturating_add(span.len());
        if bytes >= window_bytes && !dates.anchors.is_waiting() || index + 1 == count {
            // The window's own parses (a check) use no memory of the scan's.
            let _pause = number::memo::Scope::new("");
            each(first_sentence..index + 1, std::mem::take(&mut claims));
            (first_sentence, bytes) = (index + 1, 0);
        }
    }
}

/// "won 16 and 12 seats": a figure joined to the next by "and" or "or"
/// alone counts what the next one counts (both are seats); so does the
/// part of a whole ("completed 21 of 30 passes": 21 passes). Only a counted
/// noun is shared; a range ("6 and 7 percent" after "between") is one
/// claim already.
fn share_counted_nouns(doc: &Document, claims: &mut [Claim]) {
    for k in (1..claims.len()).rev() {
        let (head, tail) = claims.split_at_mut(k);
        let (Some(a), Some(b)) = (head.last_mut(), tail.first()) else {
            continue;
        };
        let (ClaimKind::Quantity(qa), ClaimKind::Quantity(qb)) = (&mut a.kind, &b.kind) else {
            continue;
        };
        let counted = qb.unit.as_deref().is_some_and(noun_phrase::plural_count)
            && qb.modifiers.is_none()
            && qb.style == qa.style;
        let joined = doc.prose.get(a.span.end..b.span.start).is_some_and(|gap| {
            matches!(gap.trim(), "and" | "or" | "of") && !gap.contains(['\n', '\r'])
        });
        if qa.unit.is_none() && qa.min.is_none() && counted && joined {
            qa.unit.clone_from(&qb.unit);
        }
    }
}

/// What a document told so far that later dates read: the dates given
/// (for "a month earlier"), and whether it is sports copy (where "the
/// second half" is part of a game).
struct DocDates<'d> {
    anchors: date::Anchors,
    sports: bool,
    /// The token buffer, reused sentence after sentence.
    tokens: Vec<lex::Token>,
    /// The date items read so far, for the claims tried after.
    items: date::ItemMemo<'d>,
}

fn extract_sentence<'d>(
    doc: &'d Document,
    index: usize,
    span: Span,
    options: &ExtractOptions,
    scan: Scan,
    dates: &mut DocDates<'d>,
    out: &mut Vec<Claim>,
) {
    let prose = doc.prose.as_str();
    let Some(text) = prose.get(span.start..span.end) else {
        return;
    };
    let sentence = doc.sentences.get(index);
    let mut markers = tense::Cache::default();
    let mut tokens = std::mem::take(&mut dates.tokens);
    lex::tokens_into(text, &mut tokens);
    let mut k = 0;
    let mut prev: Option<char> = None;
    // The last character before the token that is not a hyphen: kept as
    // the scan goes, so that a run of hyphens is not walked back over at
    // each one.
    let mut before_hyphens: Option<char> = None;
    // Move the scan past `from..to`, text a grammar consumed or skipped,
    // to the first token that starts at or after `to` (the rest of a token
    // a claim ends inside is letters, digits or blanks after a letter,
    // digit or blank: never a word start).
    let jump = |k: &mut usize,
                from: usize,
                to: usize,
                prev: &mut Option<char>,
                before_hyphens: &mut Option<char>| {
        let next = tokens.partition_point(|t| (t.start as usize) < to);
        let to = tokens.get(next).map_or(text.len(), |t| t.start as usize);
        pass(text.get(from..to).unwrap_or(""), prev, before_hyphens);
        *k = next;
    };
    while let Some(&token) = tokens.get(k) {
        let at = token.start as usize;
        let Some(c) = text.get(at..).and_then(|s| s.chars().next()) else {
            break;
        };
        let word_start = prev
            .is_none_or(|p| !(p.is_alphanumeric() || p == '-' || p == '/' || p == '.' || p == ','))
            || (prev == Some('-') && !before_hyphens.is_some_and(char::is_alphanumeric))
            // "a magnitude-7.1 quake": the measure joined to its figure.
            || (prev == Some('-')
                && c.is_ascii_digit()
                && quantity::measure_before(text.get(..at).unwrap_or("")));
        // A sign or point starts a figure only right before a digit ("-504", ".25").
        let signed = matches!(c, '-' | '−' | '+' | '.')
            && tokens
                .get(k + 1)
                .is_some_and(|t| t.shape == lex::Shape::Digits);
        // A currency sign of the lexicon's ("$", "₦", "৳") or a fraction
        // sign starts a figure.
        let money = matches!(c, '$' | '½' | '¼' | '¾' | '⅓' | '⅔')
            || (!c.is_ascii() && lexicon::is_currency_sign(c));
        if word_start && (c.is_alphanumeric() || money || signed) {
            let gates = match scan {
                Scan::Gated => openers::openers(text, &tokens, k),
                Scan::Exhaustive => openers::ALL,
            };
            if gates != 0 {
                let rest = window(text.get(at..).unwrap_or(""));
                let before = text.get(..at).unwrap_or("");
                // "won 11-8", "went 4-for-4": a score in a match report.
                if let Some(skip) = (dates.sports
                    && (scan == Scan::Exhaustive || may_open_score(&token, gates)))
                .then(|| notquantity::sports_score(before, rest))
                .flatten()
                {
                    jump(&mut k, at, at + skip, &mut prev, &mut before_hyphens);
                    continue;
                }
                let parsed = match parse_at(&dates.items, gates, before, rest) {
                    // "the third quarter" of a game, a wire's dateline: no date.
                    At::Claim(len, Found::Date(d))
                        if (dates.sports
                            && d.until.is_none()
                            && (date::is_game_period(d.expr)
                                || date::is_game_ordinal(d.relation, d.expr)))
                            || (d.relation.is_none()
                                && matches!(d.expr, date::DateExpr::Day { .. })
                                && date::is_dateline(
                                    &doc.prose,
                                    span.start + at,
                                    span.start + at + len,
                                )) =>
                    {
                        jump(&mut k, at, at + len, &mut prev, &mut before_hyphens);
                        continue;
                    }
                    // The game clock: a time, no claim.
                    At::Claim(len, Found::Duration(d))
                        if under_a_day(&d)
                            && game_clock(rest.get(len..).unwrap_or(""), dates.sports) =>
                    {
                        jump(&mut k, at, at + len, &mut prev, &mut before_hyphens);
                        continue;
                    }
                    // Read, but its words around say it is no claim.
                    At::Claim(len, kind) => match not_a_claim(before, rest, len, &kind) {
                        Some(skip) => {
                            jump(&mut k, at, at + skip, &mut prev, &mut before_hyphens);
                            continue;
                        }
                        None => Some((len, kind)),
                    },
                    // Not a quantity (an ordinal, a time, a label …): skip it whole.
                    At::Skip(skip) => {
                        jump(&mut k, at, at + skip, &mut prev, &mut before_hyphens);
                        continue;
                    }
                    At::Nothing => None,
                };
                if let Some((len, kind)) = parsed {
                    let start = span.start + at;
                    let claim_span = Span::new(start, start + len);
                    let kind = finish(
                        doc,
                        sentence.map(|s| s.clause_at(start)).unwrap_or(span),
                        claim_span,
                        kind,
                        options,
                        &mut markers,
                        &mut dates.anchors,
                    );
                    out.push(Claim {
                        span: claim_span,
                        sentence: index,
                        kind,
                    });
                    jump(&mut k, at, at + len, &mut prev, &mut before_hyphens);
                    continue;
                }
            }
        }
        // Nothing here: on to the next token (no search needed).
        pass(token.text(text), &mut prev, &mut before_hyphens);
        k += 1;
    }
    dates.tokens = tokens;
}

/// Whether [`notquantity::sports_score`] may match at `token`, whose
/// grammars are `gates`: every score, tally, batting line and figure of
/// play starts with digits or a figure in words ("won 11-8", "cut the lead
/// to two"), and a word that opens a figure opens the quantity grammar
/// (see [`openers`]). A mark, or any other word (most of a match report),
/// starts none, so the test, which reads the text before and after, is
/// not run there (the exhaustive scan runs it everywhere, to check this).
fn may_open_score(token: &lex::Token, gates: u8) -> bool {
    match token.shape {
        lex::Shape::Digits => true,
        lex::Shape::Letters => gates & openers::QUANTITY != 0,
        lex::Shape::Blank { .. } | lex::Shape::Mark => false,
    }
}

/// Keep the scan's memory of the text it moves past: the last character,
/// and the last that is not a hyphen.
fn pass(passed: &str, prev: &mut Option<char>, before_hyphens: &mut Option<char>) {
    // Most text passed ends in an ASCII byte other than a hyphen: it is
    // the last character, and no hyphen is trimmed before it.
    if let Some(&b) = passed
        .as_bytes()
        .last()
        .filter(|b| b.is_ascii() && **b != b'-')
    {
        *prev = Some(char::from(b));
        *before_hyphens = *prev;
        return;
    }
    *prev = passed.chars().next_back().or(*prev);
    *before_hyphens = passed
        .trim_end_matches('-')
        .chars()
        .next_back()
        .or(*before_hyphens);
}

/// How far past a word start the grammars may read, in bytes. A claim is a
/// few words ("between 1,000 and 2,000 square kilometres"); a grammar that
/// reads on through a list, a table or a data dump from every word of it
/// would make the scan quadratic, so each reads a window of this size
/// (made longer to the next blank, up to twice the size, so that no word
/// is cut short on real text). Real claims never come near it.
const WINDOW: usize = 1024;

/// The start of `rest` the grammars may read (see [`WINDOW`]).
fn window(rest: &str) -> &str {
    if rest.len() <= WINDOW {
        return rest;
    }
    let mut far = (2 * WINDOW).min(rest.len());
    while !rest.is_char_boundary(far) {
        far -= 1;
    }
    // A blank is ASCII, so the cut before it is a character boundary.
    let cut = rest
        .as_bytes()
        .get(WINDOW..far)
        .and_then(|tail| tail.iter().position(u8::is_ascii_whitespace))
        .map_or(far, |k| WINDOW + k);
    rest.get(..cut).unwrap_or(rest)
}

/// What the grammars found at one position, before clause context.
enum Found {
    Quantity(quantity::ParsedQuantity),
    Date(date::ParsedDate),
    Duration(Duration),
}

/// See [`notquantity::not_a_claim`]: the bytes to skip when what was
/// read at the start of `rest` is no claim in its sentence.
fn not_a_claim(before: &str, rest: &str, len: usize, found: &Found) -> Option<usize> {
    let reading = match found {
        Found::Quantity(q) => notquantity::Reading::Quantity {
            unit: q.unit.as_deref(),
            counted: q.unit_kind == Some(quantity::UnitKind::Counted),
        },
        Found::Duration(d) => notquantity::Reading::Duration(d.unit),
        Found::Date(_) => notquantity::Reading::Date,
    };
    notquantity::not_a_claim(before, rest, len, reading)
}

/// Whether a length of time is under a day.
fn under_a_day(d: &Duration) -> bool {
    let seconds = match d.unit {
        DurationUnit::Second => 1.0,
        DurationUnit::Minute => 60.0,
        DurationUnit::Hour => 3600.0,
        _ => return false,
    };
    d.max.unwrap_or(d.value) * seconds < 86_400.0
}

/// Words after a length of time under a day that make it the game clock
/// in sports copy: "six minutes later", "two minutes into the half" (as
/// "with 40 seconds left" is, see [`duration::is_clock_left`]).
const GAME_CLOCK_WORDS: &[&str] = &["later", "earlier", "into"];

/// Whether a length of time under a day, followed by `after` in its
/// sentence, is the game clock in sports copy (`sports`: "Six minutes
/// later, Okafor scored"), no claim. A time that is a statistic stays a
/// claim: a player's "in 36 minutes" of play, a race time, a winning
/// margin, a rider's gap to the leader ("trailing by six seconds"); and so
/// does the length of an event in any copy ("the blackout lasted 36
/// minutes").
fn game_clock(after: &str, sports: bool) -> bool {
    let next = after
        .trim_start_matches(grammar::is_space)
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    sports
        && GAME_CLOCK_WORDS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(next))
}

/// Whether the word just before a figure is a name: capitalised, not a
/// possessive, not the first word of the sentence, and not a vote ("the
/// Lok Sabha Elections 2024", "General Election 2019"): a year after an
/// election is when it was held, as "the 2024 elections" says, while a
/// year after a plan, a programme or a tournament's name is its edition
/// ("Budget 2024" is presented in 2023, "Vision 2030" is a target) or an
/// amount ("pay ABC 2000").
fn follows_a_name(before: &str) -> bool {
    let head = before.trim_end_matches([' ', '\u{a0}', '\n', '\r']);
    if head.len() == before.len() {
        return false;
    }
    let word_start = head
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = head.get(word_start..).unwrap_or("");
    let opens_sentence = head.get(..word_start).is_none_or(|b| b.trim().is_empty());
    word.starts_with(char::is_uppercase) && !opens_sentence && !names_a_vote(word)
}

/// The words for a vote that a year after them dates: "Elections 2024",
/// "By-election 2021", "Referendum 2016".
fn names_a_vote(word: &str) -> bool {
    let singular = word
        .strip_suffix(['s', 'S'])
        .filter(|w| !w.is_empty())
        .unwrap_or(word);
    ["election", "poll", "referendum", "plebiscite"]
        .iter()
        .any(|v| singular.eq_ignore_ascii_case(v))
}

/// Whether what follows a bare four-digit figure leaves it a year: no
/// counted noun ("in 2019"), a singular one ("the 2016 federal
/// election", "a 2000 case") or a name ("2019 Lok Sabha elections"); a
/// plural noun makes it a count ("2000 people").
fn year_modifies(unit: Option<&str>, kind: Option<quantity::UnitKind>, after: &str) -> bool {
    let Some(unit) = unit else {
        return true;
    };
    if kind != Some(quantity::UnitKind::Counted) {
        return false;
    }
    let capitalised_next = after
        .trim_start_matches(grammar::is_space)
        .starts_with(char::is_uppercase);
    capitalised_next || !noun_phrase::plural_count(unit)
}

/// What the grammars found at one position.
enum At {
    /// A claim of this many bytes.
    Claim(usize, Found),
    /// Not a quantity: skip this many bytes.
    Skip(usize),
    Nothing,
}

/// Run the grammars at the start of `rest`: dates, durations, quantities
/// (unless what stands there is not a quantity: an ordinal, a time, a
/// label …; `before` is the sentence up to `rest`). Only the grammars in
/// `gates` (see [`lex::openers`]) run; the others cannot match here.
fn parse_at<'d>(items: &date::ItemMemo<'d>, gates: u8, before: &str, rest: &'d str) -> At {
    // Scores and ages first: "a 6-3 vote" is no date, "45 years old" no
    // duration.
    if gates & openers::NOT_QUANTITY != 0 && rest.starts_with(|c: char| c.is_ascii_digit()) {
        if let Some(skip) = notquantity::score_or_age(before, rest) {
            return At::Skip(skip);
        }
    }
    let duration = (gates & openers::DURATION != 0)
        .then(|| duration::duration_in(before, rest).ok())
        .flatten();
    // A count of years too far back for a calendar ("40,000 years ago"),
    // or looked back over ("the first surplus in 12 years"), is a length
    // of time, before the date grammar reads "N years ago", "in N years".
    if let Some((_, (d, len, _))) = duration.as_ref().filter(|(_, (_, _, first))| *first) {
        return At::Claim(*len, Found::Duration(d.clone()));
    }
    if gates & openers::DATE != 0 {
        // "0.9 percent more than a year earlier": a date compared.
        if let Some(skip) = date::compared_than(before, rest, items.order()) {
            return At::Skip(skip);
        }
        // "pushing it from 2030 to 2035": two dates, the old and the new.
        if let Some(d) =
            date::moved_from(before, rest, items).or_else(|| date::moved_to(before, rest, items))
        {
            return At::Claim(d.len, Found::Date(d));
        }
        if let Ok((_, d)) = date::date_claim_in(rest, items) {
            // "every last Thursday", "the Finance Bill 2021-22": no date.
            if let Some(skip) =
                date::not_a_date(before, rest, &d, items.order(), || follows_a_name(before))
            {
                return At::Skip(skip);
            }
            return At::Claim(d.len, Found::Date(d));
        }
    }
    if let Some((_, (d, len, _))) = duration {
        return At::Claim(len, Found::Duration(d));
    }
    if gates & openers::NOT_QUANTITY != 0 {
        if let Some(skip) = notquantity::not_a_quantity(before, rest) {
            return At::Skip(skip);
        }
    }
    if gates & openers::QUANTITY == 0 {
        return At::Nothing;
    }
    if let Ok((_, q)) = quantity::quantity_in(quantity::Context { before }, rest) {
        // A bare four-digit figure with nothing counted is a year ("the 2019
        // report" aside) — unless a name stands right before it ("ABC 2000",
        // "Vision 2030"): then it is part of the name or an amount.
        let text = rest.get(..q.figure_len).unwrap_or("");
        if year_modifies(
            q.unit.as_deref(),
            q.unit_kind,
            rest.get(q.figure_len..).unwrap_or(""),
        ) && !follows_a_name(before)
            && q.qualifier == claim::Qualifier::None
            && q.numeral.style == NumberStyle::Digits
            && text.len() == 4
            && (1800.0..=2100.0).contains(&q.numeral.value)
        {
            let year = q.numeral.value as i32;
            return At::Claim(
                4,
                Found::Date(date::ParsedDate {
                    relation: None,
                    expr: date::DateExpr::Year(year),
                    part: None,
                    until: None,
                    weekday: None,
                    expr_start: 0,
                    len: 4,
                }),
            );
        }
        return At::Claim(q.len, Found::Quantity(q));
    }
    At::Nothing
}

/// The words between a figure and its counted noun, lowercased ("jobless"
/// in "1,100 jobless people"), for matching; `None` where there are none.
fn modifiers(doc: &Document, span: Span, q: &quantity::ParsedQuantity) -> Option<Box<str>> {
    if q.unit_kind != Some(quantity::UnitKind::Counted) {
        return None;
    }
    let (unit_start, _) = q.unit_at?;
    let text = doc
        .prose
        .get(span.start + q.figure_len..span.start + unit_start)?
        .trim();
    (!text.is_empty()).then(|| {
        text.split(grammar::is_space)
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
            .into_boxed_str()
    })
}

/// Turn a parse into a claim, resolving dates in their clause (whose
/// tense markers `markers` keeps while the claims stay in it).
fn finish<'a>(
    doc: &'a Document,
    clause: Span,
    span: Span,
    found: Found,
    options: &ExtractOptions,
    markers: &mut tense::Cache<'a>,
    anchors: &mut date::Anchors,
) -> ClaimKind {
    match found {
        Found::Quantity(mut q) => {
            let currencies = options.currencies.overridden_by(doc.currencies);
            ClaimKind::Quantity(Quantity {
                modifiers: modifiers(doc, span, &q),
                value: {
                    // "11 cents", "8.1 pence", "9 fils": money in the main unit.
                    let main = q.unit.as_deref().and_then(quantity::main_unit_of_minor);
                    let minor = main
                        .filter(|_| q.unit_kind == Some(quantity::UnitKind::Currency))
                        .and_then(|m| Some((m, currency::minor_parts_of(m, &currencies)?)));
                    if let Some((main, parts)) = minor {
                        q.numeral.value /= parts;
                        q.numeral.precision /= parts;
                        q.min = q.min.map(|v| v / parts);
                        q.max = q.max.map(|v| v / parts);
                        q.unit = Some(main.to_owned());
                    }
                    q.min.unwrap_or(q.numeral.value)
                },
                min: q.min,
                max: q.max,
                qualifier: q.qualifier,
                unit: q.unit.map(|u| {
                    let code = currencies.resolve(&u);
                    if code == u {
                        u
                    } else {
                        code.to_owned()
                    }
                }),
                precision: q.numeral.precision,
                style: q.numeral.style,
                figure: Span::new(span.start, span.start + q.figure_len),
            })
        }
        Found::Duration(mut d) => {
            // The figure was read relative to the claim.
            d.figure = d
                .figure
                .map(|f| Span::new(span.start + f.start, span.start + f.end));
            ClaimKind::Duration(d)
        }
        Found::Date(mut d) => {
            let before = doc.prose.get(clause.start..span.start).unwrap_or("");
            // "a deadline of August 2018": a limit.
            if d.relation.is_none() && date::names_a_deadline(before) {
                d.relation = Some(Relation::By);
            }
            let mut t = tense::date_tense(doc, markers, clause, span);
            // "last month", "a year ago": never a commitment.
            if d.until.is_none() && d.expr.names_the_past() {
                t.commitment = false;
                if t.tense == Tense::Future {
                    t.tense = Tense::Past;
                }
            }
            // The article's own fiscal year (front matter) wins.
            let dates = date::DateOptions {
                fiscal_start: doc.fiscal_start.or(options.dates.fiscal_start),
                ..options.dates
            };
            let by = date::resolving_tense(&d, t.tense, before, doc.date);
            t.tense = by;
            let mut resolved = date::resolve_claim(&d, doc.date, by, &dates);
            // "funds the government through September" said in December: a
            // deadline in the present tense lies ahead, so a yearless one
            // that would be over already is the next.
            let deadline = matches!(d.relation, Some(Relation::Until | Relation::By));
            // "adjourned till Wednesday", "postponed to Monday": the state
            // the event began runs on to the date, past verb or not.
            let runs_on = t.tense == Tense::Past
                && match d.relation {
                    Some(Relation::Until) => date::state_runs_on(before),
                    None => date::put_off_to(before),
                    _ => false,
                };
            if (deadline && t.tense == Tense::Present || runs_on)
                && d.until.is_none()
                && resolved.relative
            {
                if let (Some(i), Some(article)) = (resolved.interval, doc.date) {
                    if i.end < article {
                        let next = date::resolve_claim(&d, doc.date, Tense::Future, &dates);
                        if next.interval.is_some() {
                            resolved = next;
                        }
                    }
                }
            }
            // "sets June 5 for the elections", "was recommended for November
            // 18": a yearless date a schedule sets is read by the schedule.
            if resolved.relative {
                let after = doc.prose.get(span.end..).unwrap_or("");
                if let Some(by) = date::scheduled(before, after) {
                    let again = date::resolve_claim(&d, doc.date, by.tense, &dates);
                    if again.interval.is_some() {
                        resolved = again;
                    }
                    // A date a plan sets is one the text commits to, unless
                    // the clause denies it.
                    if by.plan && !t.negated {
                        t.commitment = true;
                    }
                }
            }
            // "a month earlier", "the year-ago period": on the date just given.
            let expr_at = span.start + d.expr_start;
            let on_anchor = (d.until.is_none() && d.part.is_none())
                .then(|| anchors.resolve(&doc.prose, expr_at, d.expr))
                .flatten();
            match on_anchor {
                Some((interval, granularity)) => {
                    resolved = date::Resolved {
                        interval: Some(interval),
                        granularity,
                        relative: false,
                    };
                }
                None => {
                    if let Some(i) = resolved.interval {
                        anchors.push(&doc.prose, span.start, span.end, i, resolved.granularity);
                    }
                }
            }
            ClaimKind::Date(DateClaim {
                interval: resolved.interval,
                granularity: if resolved.interval.is_some() || resolved.relative {
                    resolved.granularity
                } else {
                    Granularity::Day
                },
                relation: d.relation,
                // "since" dates the start of a state that runs to now
                // ("the highest since early July 2015"): no promise, even
                // where an infinitive before it looks ahead. ("as early as
                // Thursday", a bound ahead, may be one.)
                commitment: t.commitment
                    && !(d.relation == Some(Relation::Since) && opens_with_since(&doc.prose, span))
                    && !date::plan_is_over(t.tense, resolved.interval, doc.date),
                negated: t.negated,
                tense: if t.tense == Tense::Present && d.relation.is_none() {
                    Tense::Present
                } else {
                    t.tense
                },
                expression: Span::new(span.start + d.expr_start, span.end),
                relative: resolved.relative,
                stated_weekday: d.weekday,
            })
        }
    }
}

/// Whether the claim at `span` is written with "since" ("since early July
/// 2015"), not another lower bound ("as early as Thursday").
fn opens_with_since(prose: &str, span: Span) -> bool {
    prose
        .get(span.start..span.end)
        .and_then(|t| t.get(..5))
        .is_some_and(|w| w.eq_ignore_ascii_case("since"))
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod equivalence_tests;

#[cfg(test)]
mod proptests;

#[cfg(test)]
mod long_runs_tests;
