//! A change and the level it reaches: "raised its dividend by four cents
//! to $1.18", "claims fell by 9,000 to 336,000". After a verb of change,
//! "by" marks the size of the change and "to" the new level: two figures,
//! not one range. A range of the change stays one when its unit is
//! written once after both bounds ("cut costs by 3 to 5 per cent", "by 2
//! to 3 million"), as a range is.

use super::*;
use crate::extract::grammar::tail;

/// How far back from "by" a verb of change is looked for: the verb, its
/// object and a modifier or two ("increased its quarterly dividend by").
const VERB_LOOK_BACK: usize = 5;

/// How far back from "from" a verb of change is looked for: the verb and
/// a longer object, as "from X to Y" closes the clause ("increased its
/// total prize money offering for the event from").
const FROM_LOOK_BACK: usize = 9;

/// The most bytes of the sentence read back for it (a long word each).
const LOOK_BACK_BYTES: usize = 96;

/// Whether `before` (the sentence up to a figure) ends with "by" after a
/// verb of change in the same clause: "increased its dividend by", "fell
/// by", "was cut by". No clause mark (comma, semicolon, bracket) may
/// stand between them.
pub(super) fn by_after_change(before: &str) -> bool {
    word_after_change(before, "by")
}

/// Whether `before` ends with `word` after a verb of change in the same
/// clause ([`by_after_change`]).
fn word_after_change(before: &str, word: &str) -> bool {
    let head = tail(before, LOOK_BACK_BYTES).trim_end();
    let Some(head) = strip_last_word(head, word) else {
        return false;
    };
    change_in_clause(head, false, VERB_LOOK_BACK)
}

/// Words that tell a revision or its direction, read back from "from"
/// as a verb of change is: "revised its forecast from 3% to 4%",
/// "revised March losses lower, from 41,000 to 12,000".
const REVISION_WORDS: &[&str] = &[
    "revised",
    "revises",
    "revise",
    "upgraded",
    "downgraded",
    "adjusted",
    "higher",
    "lower",
    "upward",
    "downward",
    "upwards",
    "downwards",
];

/// Whether `before` (the sentence up to a "from" that opens a figure)
/// tells a change in the same clause: a verb of change or a revision
/// a few words back ("cut the force from", "revised the figure from"),
/// or a revision's direction set off by a comma right before "from"
/// ("revised losses lower, from 41,000 to 12,000"). Then "from X to Y"
/// is a start and a level, not a range.
pub(super) fn from_after_change(before: &str) -> bool {
    let head = tail(before, LOOK_BACK_BYTES).trim_end();
    let head = head.strip_suffix(',').unwrap_or(head);
    change_in_clause(head, true, FROM_LOOK_BACK)
}

/// Whether a verb of change (or, with `revision`, a revision word) stands
/// among the last `reach` words of `head`, with no clause mark
/// (comma, semicolon, bracket) between it and the end.
fn change_in_clause(head: &str, revision: bool, reach: usize) -> bool {
    let mut words = 0;
    for w in head.rsplit(|c: char| c.is_whitespace()) {
        if w.is_empty() {
            continue;
        }
        if words == reach || w.ends_with([',', ';', ':', '(', ')']) {
            return false;
        }
        let is = |list: &[&str]| list.iter().any(|v| w.eq_ignore_ascii_case(v));
        // "up" and "down" are particles as often ("drawn up by", "turned
        // down by"): a verb of change must say it ("went up by").
        let particle = w.eq_ignore_ascii_case("up") || w.eq_ignore_ascii_case("down");
        if (!particle && is(CHANGE_VERBS)) || (revision && is(REVISION_WORDS)) {
            return true;
        }
        if !w
            .chars()
            .all(|c| c.is_alphanumeric() || c == '\'' || c == '’')
        {
            return false;
        }
        words += 1;
    }
    false
}

/// Whether the word right before a figure is a verb of change ("rose 4
/// cents to $1.18"), or "by"/"from" after one ("rose from 90 cents to
/// $1.10", "raised by 4 cents to $1.18").
pub(super) fn after_change(before: &str, prev_is: impl Fn(&str) -> bool) -> bool {
    CHANGE_VERBS.iter().any(|v| prev_is(v))
        || (prev_is("by") && by_after_change(before))
        || (prev_is("from") && word_after_change(before, "from"))
}

/// `text` without its last word when that word is `word` (in any case)
/// and stands alone.
fn strip_last_word<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(word.len())?;
    let (head, last) = (text.get(..cut)?, text.get(cut..)?);
    let alone = head.is_empty() || head.ends_with(char::is_whitespace);
    (last.eq_ignore_ascii_case(word) && alone).then_some(head)
}

/// Whether "X to Y" after "by" and a verb of change tells the change X,
/// then the level Y (`between` is the text between the figures, `after`
/// the input after Y): joined by "to", unless X is a bare figure that
/// takes Y's scale or unit, written once after both — a range of the
/// change ("by 3 to 5 per cent", "by 2 to 3 million"). A first figure
/// with its own unit ("by four cents to $1.18", "by 3% to 5%") or two
/// bare figures ("by 9,000 to 336,000") are a change and a level.
pub(super) fn level_after_change(
    symbol: Option<&str>,
    (lo, hi): (&Numeral, &Numeral),
    between: &str,
    after: &str,
) -> bool {
    let mut words = between.split(char::is_whitespace).filter(|w| !w.is_empty());
    let joined_by_to = words.any(|w| w.eq_ignore_ascii_case("to"));
    if !joined_by_to {
        return false;
    }
    let bare = symbol.is_none() && lo.scale == 1.0 && between.trim().eq_ignore_ascii_case("to");
    let shared = hi.scale > 1.0
        || unit_after(after, hi).is_some_and(|(_, _, kind, _)| kind != UnitKind::Counted);
    !(bare && shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_after_a_verb_of_change() {
        assert!(by_after_change("The bank increased its dividend by "));
        assert!(by_after_change("Claims fell by "));
        assert!(by_after_change("Output was cut sharply by "));
        assert!(!by_after_change("The plan, drawn up by "));
        assert!(!by_after_change("Prices rose, driven by "));
        assert!(!by_after_change("It was approved by "));
        assert!(!by_after_change("The list drawn up by "));
        assert!(by_after_change("Prices went up by "));
        assert!(!by_after_change("Sales rose nearby "));
        assert!(word_after_change("Profit rose sharply from ", "from"));
        assert!(!word_after_change("Profit rose sharply from ", "by"));
        assert!(from_after_change("The office revised its estimate "));
        assert!(from_after_change("It revised December losses higher, "));
        assert!(from_after_change("The garrison will be reduced "));
        assert!(!from_after_change("Ages ranged "));
        assert!(!from_after_change("Prices rose, and sizes ranged "));
        // Too far back: another clause's verb.
        assert!(!by_after_change(
            "Sales rose in the north while the new western stores run by "
        ));
    }
}
