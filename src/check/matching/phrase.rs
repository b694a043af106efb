//! The shapes of English that tie a figure to words beyond its own span,
//! read once per sentence before matching weighs the nearness of terms.
//!
//! - **Of-phrase**: "30 percent of their grazing land", "nine counts of
//!   forgery": what follows "of" right after a figure is the figure's own
//!   noun phrase, as near to it as its noun.
//! - **Part of a whole**: in "convicted on seven of his ten charges of
//!   forgery" the noun phrase is the part's ("seven"); the whole ("ten
//!   charges") is inside it. The part counts what the whole counts, and
//!   the words after the whole ("of forgery") are as near to the part as
//!   to the whole, so the part, which comes first, takes a fact both fit
//!   equally. Words inside the whole ("542 of the 543 Lok Sabha seats")
//!   stay the whole's.
//! - **Tally**: in "Brady finished 30 of 46" neither figure names a noun;
//!   both count parts of a whole, what a box score or a vote reports this
//!   way (completions of attempts, seats of a chamber).
//! - **From … to**: in "profit rose from $6 million to $8 million" the
//!   words before "from" (the subject and its verb) say what the change
//!   ends at: they are as near to the "to" figure as to "from", and the
//!   "from" figure is behind a break from them.
//! - **A change verb**: in "the council raised the $4 million budget
//!   estimate to $5 million" the verb and what comes before it (the
//!   subject) say what the change came to, as "from … to" does: they reach
//!   the "to" figure as near as the first, which is behind a break from
//!   them. The figure right after the verb is the earlier.
//! - **The order of a change**: "from X to Y", "fell to Y from X", "Y, down
//!   from X", "raised X to Y" tell which figure is the earlier: X.
//!   Between two facts its terms cannot tell apart, each figure takes the
//!   one whose time fits its place in the change (`matching` reads it).
//!
//! Each claim's look is bounded (a few words beside it), so a sentence
//! costs time in proportion to its claims.

use nom::branch::alt;
use nom::Parser;

use crate::document::{Document, Sentence};
use crate::extract::claim::{Claim, ClaimKind, Span};
use crate::extract::grammar::{kw, sp, Res};

/// Words that may stand between "of" and the figure or noun it opens.
const DETERMINERS: &[&str] = &[
    "the", "his", "her", "their", "its", "our", "my", "your", "these", "those",
];

/// The most bytes of blanks and words looked at beside a claim.
const LOOK: usize = 48;

/// How a claim reaches beyond its own span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reach {
    /// The span whose nearness to a term counts: the claim's, taken on
    /// over its of-phrase (but for a part).
    pub span: Span,
    /// For the part of a whole: where the whole's words end and what
    /// follows it begins, from which terms after it reach the part.
    pub ahead: Option<Span>,
    /// For the "to" figure of "from … to": the word "from" and the clause
    /// of the "from" figure, from which terms before "from" reach it.
    pub back: Option<(Span, Span)>,
    /// For the part of a whole: the whole's claim index.
    pub whole: Option<usize>,
    /// A figure of a tally with no noun ("finished 30 of 46"), the part or
    /// the whole: it counts parts of a whole (completions of attempts,
    /// seats of a chamber), never a measure (yards).
    pub tally: bool,
    /// For a figure of a change: whether it is the earlier (after "from")
    /// or the later of the two.
    pub change: Option<Change>,
    /// For the part of a whole: a date opens the words after the whole
    /// ("9 of her 31 points in the third quarter"). It dates the part,
    /// what the sentence's verb did then, not the whole.
    pub dated: bool,
    /// For the amount of a change ("raised its payout by six cents
    /// to $2.14"): the verb the "by" phrase completes. A term on the verb
    /// stands as near the amount as its own words; the level after "to"
    /// is what the verb's object names.
    pub verb: Option<Span>,
    /// For a figure of a partitive ("22 of 25 fights", "30 of 46"):
    /// whether it is the part or the whole.
    pub share: Option<Share>,
}

/// A figure's place in a partitive ("won 22 of 25 fights").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// The figure before "of": a part, no more than its whole.
    Part,
    /// The figure after "of".
    Whole,
}

/// A figure's place in a change ("fell from 1,237 to 1,103").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// The figure after "from": what the change started from.
    Earlier,
    /// The figure after "to", or before "from": what it came to.
    Later,
}

/// The reaches of one sentence's claims, and the breaks the shapes add.
pub struct Phrases {
    /// Parallel to the sentence's claim range.
    pub reach: Vec<Reach>,
    /// Where a "from" opens the first figure of "from … to": a term before
    /// it belongs less to that figure (a break, for quantities).
    pub from_cuts: Vec<usize>,
}

impl Phrases {
    /// One pass over the sentence's claims (`range` of `claims`).
    pub fn new(
        doc: &Document,
        sentence: Option<&Sentence>,
        claims: &[Claim],
        range: std::ops::Range<usize>,
        clause_of: impl Fn(Span) -> Span,
    ) -> Phrases {
        let text = doc.prose.as_str();
        let mut reach: Vec<Reach> = claims
            .get(range.clone())
            .unwrap_or(&[])
            .iter()
            .map(|c| Reach {
                span: Span::new(c.span.start, c.span.end + of_phrase(text, c)),
                ahead: None,
                back: None,
                whole: None,
                tally: false,
                change: None,
                dated: false,
                verb: None,
                share: None,
            })
            .collect();
        let mut from_cuts = Vec::new();
        if sentence.is_none() {
            return Phrases { reach, from_cuts };
        }
        // Each quantity with the next quantity of its sentence (dates and
        // durations between them are passed over).
        let quantities: Vec<usize> = range
            .clone()
            .filter(|&i| {
                claims
                    .get(i)
                    .is_some_and(|c| matches!(c.kind, ClaimKind::Quantity(_)))
            })
            .collect();
        for pair in quantities.windows(2) {
            let &[ci, cj] = pair else {
                continue;
            };
            let (Some(a), Some(b)) = (claims.get(ci), claims.get(cj)) else {
                continue;
            };
            let (ClaimKind::Quantity(qa), ClaimKind::Quantity(qb)) = (&a.kind, &b.kind) else {
                continue;
            };
            let gap = text.get(a.span.end..b.span.start).unwrap_or("");
            // "seven of his ten charges": the part and its whole.
            let counts_alike = qa.unit.is_none() || qa.unit == qb.unit;
            // "finished 30 of 46": a part and its whole, neither naming
            // what they count.
            if qa.unit.is_none()
                && qb.unit.is_none()
                && qa.min.is_none()
                && qb.min.is_none()
                && is_of_phrase(gap)
            {
                if let Some(r) = reach.get_mut(ci - range.start) {
                    r.span = a.span;
                    r.tally = true;
                    r.share = Some(Share::Part);
                }
                if let Some(r) = reach.get_mut(cj - range.start) {
                    r.tally = true;
                    r.share = Some(Share::Whole);
                }
                continue;
            }
            if qa.min.is_none() && qb.unit.is_some() && counts_alike && is_of_phrase(gap) {
                let whole_end = reach
                    .get(cj - range.start)
                    .map_or(b.span.end, |r| r.span.end);
                // A date right after the whole: a date claim, or a period
                // of a game, which sports copy reads as no date claim.
                let after = text.get(whole_end..).unwrap_or("");
                let after = after.get(..floor(after, LOOK)).unwrap_or("");
                let dated = claims
                    .get(cj + 1)
                    .filter(|_| cj + 1 < range.end)
                    .is_some_and(|d| {
                        matches!(d.kind, ClaimKind::Date(_))
                            && d.span.start >= whole_end
                            && text
                                .get(whole_end..d.span.start)
                                .is_some_and(|g| g.len() <= LOOK && g.trim().is_empty())
                    })
                    || period_adjunct(after.trim_start_matches(' ')).is_ok();
                if let Some(r) = reach.get_mut(ci - range.start) {
                    r.span = a.span;
                    r.ahead = Some(Span::new(b.span.end, whole_end.max(b.span.end)));
                    r.whole = Some(cj);
                    r.dated = dated;
                    r.share = Some(Share::Part);
                }
                if let Some(r) = reach.get_mut(cj - range.start) {
                    r.share = Some(Share::Whole);
                }
                continue;
            }
            // "raised its payout by six cents to $2.14": the amount
            // of the change, then the level it came to.
            if let Some(verb) = by_amount_then_level(text, a.span.start, gap) {
                if let Some(r) = reach.get_mut(ci - range.start) {
                    r.verb = Some(verb);
                }
                // The words before the verb (its subject) say what the
                // level is, past the amount between: "its sales rose
                // 11.7 percent to ¥5.06 trillion".
                if let Some(r) = reach.get_mut(cj - range.start) {
                    r.back = Some((verb, clause_of(a.span)));
                }
                continue;
            }
            // "fell to 1,103 from 1,237", "1,103, down from 1,237": the
            // figure after "from" is the earlier.
            if later_then_from(gap, || word_before(text, a.span.start, "to").is_some()) {
                set_change(&mut reach, ci - range.start, cj - range.start, true);
                continue;
            }
            // "from $6 million to $8 million", with an aside between; or
            // "raised the $4 million estimate to $5 million": the blank
            // after the change verb stands where "from" would.
            let from = match word_before(text, a.span.start, "from") {
                Some(from) => from,
                None if qa.unit.is_some() && qa.unit == qb.unit && qb.min.is_none() => {
                    match change_verb_before(text, a.span.start) {
                        Some(end) if text.get(end..end + 1) == Some(" ") => Span::new(end, end + 1),
                        _ => continue,
                    }
                }
                None => continue,
            };
            if !last_word_is(gap, "to") {
                continue;
            }
            from_cuts.push(from.start);
            if let Some(r) = reach.get_mut(cj - range.start) {
                r.back = Some((from, clause_of(a.span)));
            }
            set_change(&mut reach, ci - range.start, cj - range.start, false);
        }
        from_cuts.sort_unstable();
        Phrases { reach, from_cuts }
    }

    /// The reach of claim `ci`, the `i`th of the range.
    pub fn get(&self, i: usize) -> Option<&Reach> {
        self.reach.get(i)
    }
}

/// Marks the `i`th and the `j`th figures (`i` first) as the two figures of
/// a change: the first the later when `later_first`, else the earlier.
fn set_change(reach: &mut [Reach], i: usize, j: usize, later_first: bool) {
    let (first, second) = if later_first {
        (Change::Later, Change::Earlier)
    } else {
        (Change::Earlier, Change::Later)
    };
    if let Some(r) = reach.get_mut(i) {
        r.change = Some(first);
    }
    if let Some(r) = reach.get_mut(j) {
        r.change = Some(second);
    }
}

/// Words that, before "from", say which way a change went ("down from").
const DIRECTIONS: &[&str] = &["up", "down"];

/// The verbs that change a figure they take as object to the figure after
/// "to": "raised the estimate of $4 million to $5 million" (in any
/// inflection: the stem is matched with "s", "d", "ed", "ing" or a doubled
/// consonant and "ed", "ing"). A particle after any verb ("marked up",
/// "scaled back") says the same.
const CHANGE_VERBS: &[&str] = &[
    "raise",
    "lift",
    "increase",
    "boost",
    "hike",
    "revise",
    "cut",
    "slash",
    "trim",
    "lower",
    "reduce",
    "upgrade",
    "downgrade",
    "adjust",
    "bump",
    "push",
];

/// The particles that turn a verb into one of change: "jacked up", "marked
/// down", "scaled back".
const CHANGE_PARTICLES: &[&str] = &["up", "down", "back"];

/// Verbs of change that take the amount in a "by" phrase and no object:
/// "rose by 4 cents to $2.14" (regular inflections, as [`CHANGE_VERBS`]).
const AMOUNT_VERBS: &[&str] = &[
    "rise", "grow", "climb", "jump", "gain", "drop", "decline", "slip", "surge", "soar", "widen",
    "narrow", "decrease", "dip", "tumble", "plunge", "improve", "expand", "shrink", "advance",
    "fall", "sink", "edge", "slide", "ease", "increase",
];

/// Irregular past forms of [`AMOUNT_VERBS`].
const AMOUNT_VERB_FORMS: &[&str] = &[
    "rose", "risen", "grew", "grown", "fell", "fallen", "sank", "sunk", "shrank", "shrunk", "slid",
];

/// Whether `word` is an inflection of one of [`CHANGE_VERBS`].
fn is_change_verb(word: &str) -> bool {
    inflects(word, CHANGE_VERBS)
}

/// Whether `word` is a verb of change that a "by" phrase can complete:
/// one of [`CHANGE_VERBS`] or [`AMOUNT_VERBS`] in any inflection.
fn is_amount_verb(word: &str) -> bool {
    inflects(word, CHANGE_VERBS) || takes_no_object(word)
}

/// Whether `word` is a verb of change with no object: one of
/// [`AMOUNT_VERBS`] in any inflection, or an irregular form of one.
fn takes_no_object(word: &str) -> bool {
    inflects(word, AMOUNT_VERBS)
        || AMOUNT_VERB_FORMS
            .iter()
            .any(|f| word.eq_ignore_ascii_case(f))
}

/// Whether `word` is an inflection of one of the verbs `stems`.
fn inflects(word: &str, stems: &[&str]) -> bool {
    let w = word.to_ascii_lowercase();
    stems.iter().any(|stem| {
        let base = stem.trim_end_matches('e');
        let Some(rest) = w.strip_prefix(base) else {
            return false;
        };
        let elided = base.len() < stem.len();
        let last = base.as_bytes().last().copied();
        let doubled = !elided
            && rest.as_bytes().first().copied() == last
            && matches!(rest.get(1..), Some("ed" | "ing"));
        match rest {
            "ing" | "ed" => true,
            "e" | "es" if elided => true,
            "" | "s" | "es" => !elided,
            _ => doubled,
        }
    })
}

/// Where the change verb (or its particle) ends when one stands right
/// before `at`, with at most a determiner between ("raised the $4 million
/// estimate", "cut its 5 percent forecast").
fn change_verb_before(text: &str, at: usize) -> Option<usize> {
    let head = text.get(..at)?;
    let look = head.get(head.len() - floor_back(head, LOOK)..)?;
    let offset = at - look.len();
    // The last two words before `at`, with where each ends.
    let mut words = look
        .char_indices()
        .rev()
        .scan(None::<usize>, |end, (i, c)| {
            Some(if c.is_alphanumeric() {
                if end.is_none() {
                    *end = Some(i + c.len_utf8());
                }
                None
            } else {
                end.take().map(|e| (i + c.len_utf8(), e))
            })
        })
        .flatten();
    // Only blanks between the words and the figure.
    if !look.ends_with(' ') {
        return None;
    }
    let (mut start, mut end) = words.next()?;
    let mut word = look.get(start..end)?;
    if DETERMINERS.iter().any(|d| word.eq_ignore_ascii_case(d)) {
        let gap = look.get(end..)?;
        if !gap.trim().is_empty() {
            return None;
        }
        let before = start;
        (start, end) = words.next()?;
        if !look.get(end..before)?.trim().is_empty() {
            return None;
        }
        word = look.get(start..end)?;
    } else if !look.get(end..)?.trim().is_empty() {
        return None;
    }
    let changes = is_change_verb(word)
        || CHANGE_PARTICLES
            .iter()
            .any(|p| word.eq_ignore_ascii_case(p));
    changes.then_some(offset + end)
}

/// The most words looked at between "by" and the verb it completes
/// ("increased its quarterly cash dividend by").
const BY_VERB_WORDS: usize = 6;

/// The verb of change whose "by" phrase the first of two figures is, when
/// `gap` between them is " to ": "raised its payout by six cents to
/// $2.14", "rose by 2 percent to 4.1 million". The first is the amount of
/// the change and the verb describes it; the second is the level. The
/// verb stands at most [`BY_VERB_WORDS`] words before "by", in one stretch
/// of words (no comma or other mark between).
fn by_amount_then_level(text: &str, at: usize, gap: &str) -> Option<Span> {
    if gap.len() > LOOK || !gap.trim_matches(' ').eq_ignore_ascii_case("to") {
        return None;
    }
    let Some(by) = word_before(text, at, "by") else {
        return bare_amount_verb(text, at);
    };
    let head = text.get(..by.start)?;
    let look = head.get(head.len() - floor_back(head, LOOK)..)?;
    let offset = by.start - look.len();
    let mut end = look.len();
    for _ in 0..BY_VERB_WORDS {
        let trimmed = look.get(..end)?.trim_end_matches(' ');
        let start = trimmed
            .char_indices()
            .rev()
            .take_while(|&(_, c)| c.is_alphanumeric() || c == '-' || c == '\'')
            .last()
            .map(|(i, _)| i)?;
        let word = trimmed.get(start..)?;
        // A word cut by the look's start is no word.
        if word.is_empty() || (start == 0 && offset > 0) {
            return None;
        }
        if is_amount_verb(word) {
            return Some(Span::new(offset + start, offset + trimmed.len()));
        }
        // Only a blank before the word: a mark ends the stretch.
        if !trimmed.get(..start)?.ends_with(' ') {
            return None;
        }
        end = start;
    }
    None
}

/// The verb of change right before `at` (only blanks between) that takes
/// the figure there as its amount with no "by": "sales rose 11.7 percent
/// to". Only the verbs with no object ([`AMOUNT_VERBS`], not those of
/// [`CHANGE_VERBS`] alone): "cut 5 percent to 4 percent" may be a
/// forecast of 5 percent cut to 4, its object the earlier value.
fn bare_amount_verb(text: &str, at: usize) -> Option<Span> {
    let head = text.get(..at)?;
    let look = head.get(head.len() - floor_back(head, LOOK)..)?;
    let trimmed = look.trim_end_matches(' ');
    if trimmed.len() == look.len() {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_ascii_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let word = trimmed.get(start..)?;
    let offset = at - look.len();
    let cut = start == 0 && offset > 0;
    let before_ok = trimmed
        .get(..start)?
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && c != '-');
    (takes_no_object(word) && !cut && before_ok)
        .then(|| Span::new(offset + start, offset + trimmed.len()))
}

/// Whether `gap` (between two figures) makes the second the earlier of a
/// change whose first is the later: ", up from " or ", down from " (a comma
/// at most before the direction), or a bare " from " after a figure "to"
/// opens (`after_to`: "fell to 1,103 from 1,237"; "rose 12 percent from
/// 100" is an amount of change, not where it came to).
fn later_then_from(gap: &str, after_to: impl FnOnce() -> bool) -> bool {
    if gap.len() > LOOK || !gap.ends_with(' ') {
        return false;
    }
    let trimmed = gap.trim_start_matches(' ');
    let comma = trimmed.starts_with(',');
    let words: Vec<&str> = trimmed
        .trim_start_matches(',')
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect();
    match words.as_slice() {
        [from] => !comma && from.eq_ignore_ascii_case("from") && after_to(),
        [dir, from] => {
            from.eq_ignore_ascii_case("from")
                && DIRECTIONS.iter().any(|d| dir.eq_ignore_ascii_case(d))
        }
        _ => false,
    }
}

/// The ordinals (and their like) that name one period of a game or a
/// session: "the fourth quarter", "the final round".
const PERIOD_ORDINALS: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "final", "last", "opening", "closing",
];

/// The periods a game or a session is told in.
const PERIODS: &[&str] = &[
    "quarter", "half", "period", "innings", "inning", "round", "set", "frame", "session", "lap",
    "stage", "leg", "minute",
];

/// One of `words`, a whole word, any case.
fn one_of<'a>(i: &'a str, words: &[&'static str]) -> Res<'a, &'a str> {
    for w in words {
        if let Ok(done) = kw(w).parse(i) {
            return Ok(done);
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(
        i,
        nom::error::ErrorKind::Alt,
    )))
}

/// A time adjunct naming one period of a game or a session: "in the fourth
/// quarter", "during the second half", "in the final round".
fn period_adjunct(i: &str) -> Res<'_, ()> {
    let (rest, _) = (
        alt((kw("in"), kw("during"))),
        sp,
        kw("the"),
        sp,
        |i| one_of(i, PERIOD_ORDINALS),
        sp,
        |i| one_of(i, PERIODS),
    )
        .parse(i)?;
    Ok((rest, ()))
}

/// The bytes of " of [determiner] " right after a quantity claim: its
/// of-phrase opens there ("30 percent of their land"); 0 for other claims.
fn of_phrase(text: &str, claim: &Claim) -> usize {
    if !matches!(claim.kind, ClaimKind::Quantity(_)) {
        return 0;
    }
    let rest = text.get(claim.span.end..).unwrap_or("");
    let rest = rest.get(..floor(rest, LOOK)).unwrap_or("");
    of_prefix(rest).unwrap_or(0)
}

/// The length of " of " and an optional determiner and blank at the
/// start of `rest`; a bound the figure leaves after it comes first
/// ("30 percent or more of their land").
fn of_prefix(rest: &str) -> Option<usize> {
    let bound = [" or more", " or less", " or fewer", " or so"]
        .iter()
        .find(|b| {
            rest.get(..b.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(b))
        })
        .map_or(0, |b| b.len());
    let rest = rest.get(bound..)?;
    let after_blank = rest.trim_start_matches(' ');
    if after_blank.len() == rest.len() {
        return None;
    }
    let word = first_word(after_blank);
    if !word.eq_ignore_ascii_case("of") {
        return None;
    }
    let after_of = after_blank.get(word.len()..)?;
    let blank = after_of.len() - after_of.trim_start_matches(' ').len();
    if blank == 0 {
        return None;
    }
    let mut end = rest.len() - after_of.len() + blank;
    let next = first_word(after_of.get(blank..)?);
    if DETERMINERS.iter().any(|d| next.eq_ignore_ascii_case(d)) {
        let after_det = rest.get(end + next.len()..)?;
        let blank = after_det.len() - after_det.trim_start_matches(' ').len();
        if blank > 0 {
            end += next.len() + blank;
        }
    }
    Some(bound + end)
}

/// Whether `gap` (between two figures) is " of " and at most a
/// determiner: "seven of his ten", "8 of the 12".
fn is_of_phrase(gap: &str) -> bool {
    gap.len() <= LOOK && of_prefix(gap) == Some(gap.len())
}

/// The span of `word` when it is the word right before `at` (blanks
/// between).
pub(super) fn word_before(text: &str, at: usize, word: &str) -> Option<Span> {
    let head = text.get(..at)?;
    let look = head.get(head.len() - floor_back(head, LOOK)..)?;
    let trimmed = look.trim_end_matches(' ');
    if trimmed.len() == look.len() {
        return None;
    }
    let stem = trimmed.get(trimmed.len().checked_sub(word.len())?..)?;
    let before = trimmed.get(..trimmed.len() - word.len())?;
    let boundary = before
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    if !stem.eq_ignore_ascii_case(word) || !boundary {
        return None;
    }
    let start = at - (look.len() - before.len());
    Some(Span::new(start, start + word.len()))
}

/// Whether the last word of `gap` is `word` ("…, as forecast, to").
pub(super) fn last_word_is(gap: &str, word: &str) -> bool {
    gap.rsplit(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .is_some_and(|w| w.eq_ignore_ascii_case(word))
        && gap.ends_with(' ')
}

fn first_word(s: &str) -> &str {
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    s.get(..end).unwrap_or("")
}

/// The largest char boundary of `s` at or below `n`.
fn floor(s: &str, n: usize) -> usize {
    let mut at = n.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// How many bytes at the end of `s` make at most `n` bytes on a char
/// boundary.
fn floor_back(s: &str, n: usize) -> usize {
    let mut at = s.len().saturating_sub(n);
    while !s.is_char_boundary(at) {
        at += 1;
    }
    s.len() - at
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn of_phrases_take_an_optional_determiner() {
        assert_eq!(of_prefix(" of their land"), Some(" of their ".len()));
        assert_eq!(of_prefix(" of forgery"), Some(" of ".len()));
        assert_eq!(of_prefix(" off the"), None);
        assert_eq!(
            of_prefix(" or more of its land"),
            Some(" or more of its ".len())
        );
        assert_eq!(of_prefix("of the"), None);
        assert!(is_of_phrase(" of his "));
        assert!(is_of_phrase(" of "));
        assert!(!is_of_phrase(" of the ten "));
        assert!(!is_of_phrase(" and "));
    }

    #[test]
    fn a_period_of_a_game_dates_what_was_done_in_it() {
        assert!(period_adjunct("in the fourth quarter and").is_ok());
        assert!(period_adjunct("during the second half").is_ok());
        assert!(period_adjunct("In the final round").is_ok());
        assert!(period_adjunct("in Scotland").is_err());
        assert!(period_adjunct("in the fourth quarterly report").is_err());
        assert!(period_adjunct("in the first place").is_err());
    }

    #[test]
    fn a_change_verb_stands_before_the_earlier_figure() {
        for verb in [
            "raised", "raises", "raising", "cut", "cutting", "trimmed", "lowered", "revised",
            "slashes", "hiked", "up",
        ] {
            assert!(is_change_verb(verb) || verb == "up", "{verb}");
        }
        assert!(!is_change_verb("cute"));
        assert!(!is_change_verb("rais"));
        assert!(!is_change_verb("lifter"));
        let text = "The council raised the $4 million";
        let at = text.find('$').unwrap();
        assert_eq!(
            change_verb_before(text, at),
            Some("The council raised".len())
        );
        let text = "They jacked up its $4 million";
        let at = text.find('$').unwrap();
        assert_eq!(change_verb_before(text, at), Some("They jacked up".len()));
        let text = "The council spent the $4 million";
        assert_eq!(change_verb_before(text, text.find('$').unwrap()), None);
        let text = "It raised the new $4 million";
        assert_eq!(change_verb_before(text, text.find('$').unwrap()), None);
        let text = "It rose by $4 million";
        assert_eq!(change_verb_before(text, text.find('$').unwrap()), None);
    }

    #[test]
    fn a_by_phrase_after_a_verb_of_change_is_its_amount() {
        fn verb_of<'a>(text: &'a str, x: &str, y: &str) -> Option<&'a str> {
            let at = text.find(x).unwrap();
            let gap = &text[at + x.len()..text.find(y).unwrap()];
            by_amount_then_level(text, at, gap).map(|s| &text[s.start..s.end])
        }
        let text = "The bank increased its quarterly dividend by four cents to $2.14 a share.";
        assert_eq!(verb_of(text, "four cents", "$2.14"), Some("increased"));
        let text = "Output rose by 2 percent to 4.1 million tonnes.";
        assert_eq!(verb_of(text, "2 percent", "4.1 million"), Some("rose"));
        let text = "Sales slipped by $3 million to $40 million.";
        assert_eq!(verb_of(text, "$3 million", "$40 million"), Some("slipped"));
        // No "to" between the figures, no "by" before the first, or a mark
        // between the verb and "by": no amount.
        let text = "The bank increased its dividend by four cents and $2.14 a share.";
        assert_eq!(verb_of(text, "four cents", "$2.14"), None);
        let text = "The bank increased its dividend from four cents to $2.14 a share.";
        assert_eq!(verb_of(text, "four cents", "$2.14"), None);
        let text = "The bank increased, it said, its payout by four cents to $2.14.";
        assert_eq!(verb_of(text, "four cents", "$2.14"), None);
        // No verb of change before "by".
        let text = "The fund was paid by 40 donors to 12 charities.";
        assert_eq!(verb_of(text, "40 donors", "12 charities"), None);
        assert!(is_amount_verb("fell") && is_amount_verb("climbing") && is_amount_verb("cut"));
        assert!(!is_amount_verb("paid") && !is_amount_verb("rosette"));
    }

    #[test]
    fn a_figure_right_after_a_verb_of_change_with_no_object_is_its_amount() {
        fn verb_of<'a>(text: &'a str, x: &str, y: &str) -> Option<&'a str> {
            let at = text.find(x).unwrap();
            let gap = &text[at + x.len()..text.find(y).unwrap()];
            by_amount_then_level(text, at, gap).map(|s| &text[s.start..s.end])
        }
        let text = "Its sales rose 11.7 percent to $5.06 billion.";
        assert_eq!(verb_of(text, "11.7 percent", "$5.06"), Some("rose"));
        let text = "Exports climbed 4% to 310,000 tonnes.";
        assert_eq!(verb_of(text, "4%", "310,000"), Some("climbed"));
        // A verb that takes an object: what follows it is the earlier value.
        let text = "The bank cut 5 percent to 4 percent.";
        assert_eq!(verb_of(text, "5 percent", "4 percent"), None);
        // A word between the verb and the figure, or a word that only ends
        // like a verb.
        let text = "Sales rose a further 2% to $9 million.";
        assert_eq!(verb_of(text, "2%", "$9"), None);
        let text = "The prose 2% to $9 million.";
        assert_eq!(verb_of(text, "2%", "$9"), None);
    }

    #[test]
    fn the_word_before_a_figure() {
        let text = "Sales rose from $6 million";
        let at = text.find('$').unwrap();
        let from = word_before(text, at, "from").unwrap();
        assert_eq!(&text[from.start..from.end], "from");
        assert_eq!(word_before("Sales wherefrom $6", 16, "from"), None);
        assert_eq!(
            word_before("é from 6", "é from ".len(), "from").map(|s| s.start),
            Some(3)
        );
        assert!(last_word_is(", as forecast in May, to ", "to"));
        assert!(!last_word_is(" and ", "to"));
    }

    #[test]
    fn the_figure_after_from_is_the_earlier_of_a_change() {
        assert!(later_then_from(" from ", || true));
        assert!(!later_then_from(" from ", || false));
        assert!(later_then_from(", down from ", || false));
        assert!(later_then_from(" up from ", || false));
        assert!(!later_then_from(", from ", || true));
        assert!(!later_then_from(", while sales fell from ", || true));
        assert!(!later_then_from(" to ", || true));
        assert!(!later_then_from(" from", || true));
    }
}
