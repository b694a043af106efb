//! The verbs of news copy that session 13 reads (issue 14): "due" and
//! "expected" before their time, "forecast" as a verb, a participle
//! before its noun, an infinitive of result, and the verbs of asking whose
//! infinitive is a plan.

use std::borrow::Cow;

use super::vocab::*;

/// Whether the words `w1`, `w2` after "due" or "expected" name its time:
/// a preposition of time or a word of the date itself ("due Wednesday",
/// "expected at the end of October", "due in March"), not "due in part
/// to", "expected in the market".
pub(super) fn time_follows(w1: Option<&str>, w2: Option<&str>) -> bool {
    match w1 {
        Some("on" | "at" | "by" | "next" | "later" | "soon" | "within" | "before" | "this") => true,
        Some("in") => w2.is_some_and(|w| {
            is_time_word(w)
                || w.starts_with(|c: char| c.is_ascii_digit())
                || matches!(w, "early" | "mid" | "late" | "coming")
        }),
        // Not the words of time that are more often something else: "an
        // expected fall in earnings", "the fiscal year".
        Some(w) => {
            is_time_word(w)
                && !matches!(
                    w,
                    "fiscal" | "financial" | "half" | "may" | "march" | "fall" | "spring"
                )
        }
        None => false,
    }
}

/// An article or a possessive: a word after it is a noun ("the
/// forecast", "its hopes"), never the clause's verb.
fn opens_noun_phrase(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "its" | "their" | "his" | "her" | "our"
    )
}

/// Whether "forecast" at `idx` is the verb: not after a determiner ("the
/// forecast", "its forecast"), and before an object rather than a
/// preposition or a verb ("a forecast for 2024", "the forecast was").
/// Nor after "had": a forecast the figure has since overtaken
/// ("analysts had forecast payrolls to grow by 300,000 in May") dates
/// nothing to come.
pub(super) fn forecast_verb(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let prev = idx.checked_sub(1).and_then(word);
    let noun_before = prev.is_some_and(|p| {
        opens_noun_phrase(p)
            || matches!(
                p,
                "this" | "that" | "latest" | "new" | "revised" | "weather" | "official" | "had"
            )
    });
    let noun_after = word(idx + 1).is_none_or(|n| {
        matches!(
            n,
            "for"
                | "of"
                | "is"
                | "was"
                | "were"
                | "has"
                | "had"
                | "will"
                | "would"
                | "and"
                | "or"
                | "from"
                | "by"
                | "in"
                | "on"
                | "at"
                | "as"
        )
    });
    !noun_before && !noun_after
}

/// Whether the past word `idx` is a participle that describes the noun
/// after it rather than the clause's verb: after a determiner or a small
/// count ("the elected council", "the new world No. 1 ranked player")
/// and before a word that is no function word ("the injured were taken"
/// keeps its verb).
///
/// After "those" a participle is always a reduced relative, whatever
/// follows: "time for those affected by the rules to prepare for the
/// relaunch in April" — "those" takes no verb of its own without "who".
pub(super) fn attributive(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let prev = idx.checked_sub(1).and_then(word);
    if prev == Some("those") {
        return true;
    }
    let opens_noun = prev.is_some_and(|p| {
        opens_noun_phrase(p)
            || matches!(p, "this" | "these")
            || p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit())
    });
    // "an estimated 2 percent", "the reported 300 deaths": a participle
    // before the figure it hedges.
    let figure = |n: &str| n.starts_with(|c: char| c.is_ascii_digit());
    opens_noun
        && word(idx + 1).is_some_and(|n| {
            n.chars().all(char::is_alphabetic) && !is_function_word(n) && !is_past_word(n)
                || figure(n) && prev.is_some_and(|p| matches!(p, "a" | "an" | "the"))
        })
}

/// Whether the future marker `idx` is an infinitive of result, which
/// tells what the past verb before it achieved, not a plan: "Okafor hit
/// a late single in the ninth to seal the game on Sunday night", "shares
/// rose 2% to close at a record on Friday". The verb of
/// the infinitive is one of finishing, an object stands between it and
/// the past verb (`past`, the last past marker before), which is no verb
/// of asking ("urged the council to complete the road by 2020") — "agreed
/// to finish by June" keeps its plan. At most a dozen words apart.
pub(super) fn result_infinitive(
    ws: &[(usize, Cow<'_, str>)],
    idx: usize,
    past: Option<usize>,
) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let Some(p) = past else {
        return false;
    };
    word(idx) == Some("to")
        && matches!(
            word(idx + 1),
            Some("finish" | "close" | "end" | "reach" | "complete")
        )
        && p + 1 < idx
        && idx - p <= 12
        && !word(p).is_some_and(asks)
}

/// Verbs of asking or ordering, whose object and infinitive set a plan.
pub(super) fn asks(w: &str) -> bool {
    matches!(
        w,
        "asked"
            | "urged"
            | "told"
            | "called"
            | "ordered"
            | "invited"
            | "allowed"
            | "required"
            | "forced"
            | "encouraged"
            | "persuaded"
            | "pressed"
            | "directed"
            | "instructed"
            | "authorized"
            | "authorised"
            | "wanted"
            | "needed"
            | "agreed"
            | "decided"
            | "promised"
            | "pledged"
            | "vowed"
    )
}

/// Whether the participle at `idx` ("fixed", "set", "slated", "timed",
/// "pencilled") sets an event for its date: after a form of "be" and
/// before "for" ("the final stage is fixed for Tuesday", "the relaunch
/// was slated for the spring"). Not "the record set for the fastest lap"
/// (no "be") nor "is fixed on Monday" (no "for").
pub(super) fn set_for(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(idx + 1) == Some("for")
        && idx
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|p| matches!(p, "is" | "are" | "was" | "were" | "be" | "been" | "being"))
}

/// Whether "want" or "wants" at `idx` is the verb of a wish for what is
/// to come: before an infinitive ("the council wants to open the bridge by
/// May"), or before an object and then a deadline, "by" or
/// "before" a time, within eight words and with no clause opened between
/// ("the board wants new terms by Friday"). Not the noun after a
/// determiner ("the wants of the poor"); "wanted" is past.
pub(super) fn wants_ahead(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    if idx
        .checked_sub(1)
        .and_then(word)
        .is_some_and(opens_noun_phrase)
    {
        return false;
    }
    if word(idx + 1) == Some("to") {
        return word(idx + 2).is_some_and(is_verb_after_to);
    }
    for k in 1..=8 {
        match word(idx + k) {
            Some("by" | "before") => return time_follows(word(idx + k), word(idx + k + 1)),
            Some(w) if cuts_object(w) => return false,
            Some(_) => {}
            None => return false,
        }
    }
    false
}

/// Whether `w` ends the object of a verb before it: a modal, or a word
/// opening a clause of its own ("and" may join two objects).
fn cuts_object(w: &str) -> bool {
    is_relative_pronoun(w)
        || is_future_modal(w)
        || matches!(w, "but" | "if" | "because" | "when" | "where" | "that")
}

/// Whether the infinitive at `idx` ("to") tells what a permission lets
/// someone do, no promise that they will: a verb or noun of authorising
/// stands at most [`PERMIT_REACH`] words before it ("authorising the
/// treasury to draw funds from the reserve to meet its spending during
/// 2031-32", "allowed the port to open the berth in March", "the
/// permission to build by 2030"), with nothing between that opens a clause
/// or a future of its own. A future before the permission is still a
/// promise ("will allow the port to open in March": "will" decides).
pub(super) fn permitted(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    for k in 1..=PERMIT_REACH {
        let Some(w) = idx.checked_sub(k).and_then(word) else {
            return false;
        };
        if is_permitting(w) {
            return true;
        }
        if cuts_object(w) || matches!(w, "and" | "or") {
            return false;
        }
    }
    false
}

/// How far back [`permitted`] looks for a word of permission: far enough
/// for an object and a purpose after it ("authorising the state treasury
/// to take funds out of the reserve account of the district to meet").
const PERMIT_REACH: usize = 16;

/// Whether "hope" at `idx` is the verb of a hope for what is to come: "the
/// council hopes to open the bridge in May", "hoped that the bills will
/// pass", "hoped applicants could begin in mid-November" (an object and
/// then a modal within three words). Not the noun ("their hopes of a deal
/// by Friday", "raised hopes"). What one hopes for lies ahead as what
/// one plans does; the hope is a commitment as an intention is.
pub(super) fn hopes_ahead(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let noun = idx.checked_sub(1).and_then(word).is_some_and(|p| {
        opens_noun_phrase(p)
            || matches!(
                p,
                "my" | "your"
                    | "new"
                    | "no"
                    | "any"
                    | "some"
                    | "high"
                    | "raised"
                    | "dashed"
                    | "fading"
            )
    });
    if noun {
        return false;
    }
    match word(idx + 1) {
        Some("to") => word(idx + 2).is_some_and(is_verb_after_to),
        Some("that") => true,
        _ => (2..=3).any(|k| {
            word(idx + k)
                .is_some_and(|w| matches!(w, "could" | "would" | "will" | "can" | "might" | "may"))
        }),
    }
}
