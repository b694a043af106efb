//! The marker words of a clause: a word, alone or with the one or two
//! next to it, that says what a date it governs is — past ("said",
//! "issued"), future and promised ("will", "plans to", "is due to"),
//! ahead with no promise ("if", "would be", "is expected to rise"), a plan
//! dated in the past ("was expected to") or an event planned by a past
//! verb ("announced a march"). [`marker_at`] reads one word; a clause's
//! markers are gathered by [`super::ClauseMarkers`].

use std::borrow::Cow;

use super::*;

/// Whether a future or intent marker, which makes a governed date a
/// commitment, starts at word `idx`: a word alone, or it and the next one
/// or two.
pub(super) fn future_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    match word(0) {
        Some(
            "will" | "shall" | "'ll" | "’ll" | "won't" | "won’t" | "shan't" | "scheduled"
            | "planned" | "intend" | "intends" | "intended" | "intent" | "intention" | "pledged"
            | "pledge" | "pledges" | "vowed" | "vow" | "vows" | "promised" | "promise" | "promises"
            | "would" | "upcoming" | "forthcoming",
        ) => true,
        // "next" only marks the future as a word of its own before a noun
        // ("the next ministerial meeting"); before a unit of time it is
        // another date's own word ("through next fall").
        Some("next") => !word(1).is_some_and(|w| is_time_word(w) || is_count_word(w)),
        // "is due to", "are set to", "is expected", "is to be sentenced",
        // "are due back"
        Some("is" | "are") => be_plan(ws, idx),
        // "must hold a vote within a year": an obligation, set for its time.
        Some("must") => must_ahead(ws, idx),
        // "due to be", "set to be", "due back", and "due" before its
        // time: "with the final report due Wednesday", "due on Friday"
        Some("due") => {
            word(1) == Some("to") && word(2) == Some("be")
                || word(1) == Some("back")
                || time_follows(word(1), word(2))
        }
        // "the clinic expects a rise in visits this year", "the firm
        // expects a profit of 40 cents": what one expects lies ahead,
        // with an object as with an infinitive.
        Some("expects" | "expect" | "expecting") => true,
        // "their response, expected at the end of October": the
        // participle before its time; not "as expected", "than expected".
        Some("expected") => {
            word(1) == Some("to")
                || infinitive_ahead(ws, idx)
                || time_follows(word(1), word(2))
                    && !idx
                        .checked_sub(1)
                        .and_then(|j| ws.get(j))
                        .is_some_and(|(_, p)| matches!(p.as_ref(), "as" | "than" | "then"))
        }
        // "Halden forecast sales in the third quarter to rise", "and
        // forecast a better fourth quarter still": the verb, before its
        // object; not the noun ("the forecast for 2024", "a forecast of").
        Some("forecast" | "forecasted") => forecast_verb(ws, idx),
        Some(
            "going" | "likely" | "plans" | "plan" | "planning" | "committed" | "commit" | "commits",
        ) => word(1) == Some("to") || infinitive_ahead(ws, idx),
        // "is fixed for Tuesday", "was set for the autumn": an event set
        // for its date, planned in the tense of its "be".
        Some("fixed" | "set" | "slated" | "timed" | "pencilled" | "penciled")
            if set_for(ws, idx) =>
        {
            true
        }
        // "a film set to air Monday", "set to be"
        Some("predicted" | "projected" | "slated" | "tipped" | "set") => infinitive_ahead(ws, idx),
        // "poised to raise spending at the June summit"
        Some("poised") => word(1) == Some("to"),
        // "is confident of delivering 2 million kits in July": what one is
        // sure of doing lies ahead, as what one expects to do does; not
        // "confident of its figures" (no gerund) nor "confident that …".
        Some("confident") => word(1) == Some("of") && word(2).is_some_and(is_gerund),
        // "hoped clubs could start enrolling in early March",
        // "hopes to open the bridge in May": the verb, not the noun.
        Some("hope" | "hopes" | "hoped" | "hoping") => hopes_ahead(ws, idx),
        // "wants to deliver … by 2030", "wants full fibre in every village
        // by 2034": a wish of one's own for what is to come is an intent,
        // as "aims to" is; not the noun ("needs and wants").
        Some("want" | "wants") => wants_ahead(ws, idx),
        // "aims to", "aims for fewer than 5,000 troops by November"
        Some("aims" | "aim" | "aiming") => matches!(word(1), Some("to" | "for")),
        // "seeks to administer 300 million doses by year-end": what one
        // strives to do is an intent, as what one aims to do is.
        Some("seeks" | "seek" | "seeking") => word(1) == Some("to"),
        // "on track for a solid 2018", "on course to"
        Some("on") => matches!(word(1), Some("track" | "course")),
        // "its target for 2018", "targeting growth in 2019", "is
        // projecting a surplus for 2024", "forecasts a deficit in 2025"
        Some("target" | "targets") => matches!(word(1), Some("for" | "of")),
        Some("targeting" | "projecting" | "projects" | "forecasting" | "forecasts") => true,
        // "the rules take effect Jan. 1": the present with a future meaning.
        Some("take" | "takes" | "taking") => word(1) == Some("effect"),
        // "continued to hold the title", "began to build": the
        // infinitive of a verb of aspect takes that verb's time; "were
        // pleased to complete the purchase": that of an adjective of
        // feeling says what the feeling is about.
        Some("to")
            if idx
                .checked_sub(1)
                .and_then(|j| ws.get(j))
                .is_some_and(|(_, p)| is_aspect(p) || is_feeling(p)) =>
        {
            false
        }
        // "authorising the treasury to draw funds … to meet its spending
        // during 2031-32": what a permission lets one do.
        Some("to") if permitted(ws, idx) => false,
        Some("to") => {
            matches!(
                word(1),
                Some(
                    "hold"
                        | "meet"
                        | "complete"
                        | "finish"
                        | "open"
                        | "launch"
                        | "deliver"
                        | "start"
                        | "begin"
                        | "host"
                        | "convene"
                        | "release"
                        | "publish"
                        | "sign"
                        | "withdraw"
                        | "deploy"
                        | "build"
                        | "close"
                        | "return"
                        | "reach"
                        | "end"
                        | "follow"
                        | "expire"
                )
            ) || infinitive_ahead(ws, idx)
        }
        _ => false,
    }
}

/// Whether word `idx` looks ahead by the infinitive after it: "rains
/// predicted to continue", "a deficit projected to widen" (a reduced
/// relative, no "is" before it), or "expect"/"expects" with an object and
/// then a verb of its own — "they expect the jobless rate for October to
/// rise" looks ahead as "the rate is expected to rise" does. The object is
/// at most six words, with no clause opened in it. "a film set to air
/// Monday" is planned as "slated to" is, and so is a passive infinitive
/// with nothing past before it: "the final, to be broadcast Sunday",
/// "needs to be signed by Friday" — not "was to be", "were said to be"
/// or "seems to be", whose words before "to" date or hedge it.
pub(crate) fn infinitive_ahead(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    match word(0) {
        Some("predicted" | "projected" | "slated" | "tipped" | "set") => {
            word(1) == Some("to") && word(2).is_some_and(is_verb_after_to)
        }
        Some("to") => {
            let prev = idx
                .checked_sub(1)
                .and_then(|j| ws.get(j))
                .map(|(_, w)| w.as_ref());
            word(1) == Some("be")
                && word(2).is_some_and(is_participle)
                && !prev.is_some_and(|p| {
                    is_past_word(p)
                        || matches!(
                            p,
                            "seem" | "seems" | "appear" | "appears" | "ought" | "enough"
                        )
                })
        }
        Some("expect" | "expects") => object_then_to(ws, idx),
        _ => false,
    }
}

/// Whether an object of at most six words, with no clause opened in it,
/// follows word `idx` and then "to" and a verb ("expect the rate for May to
/// rise", "ordered the firm to pay").
fn object_then_to(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    for k in 2..=7 {
        match word(k) {
            Some("to") => return word(k + 1).is_some_and(is_verb_after_to),
            Some(w) if cuts_after(w) || matches!(w, "and" | "but" | "or" | "if" | "because") => {
                return false
            }
            Some(_) => {}
            None => return false,
        }
    }
    false
}

/// Whether word `idx` is an order that sets a date ahead of it: "ordered
/// Smith to report to prison in 12 weeks", "was ordered to pay by June".
/// The order is past, the act it sets is to come: like an announced event
/// ([`Mark::Plan`]), neither tense dates it.
pub(crate) fn orders_ahead(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    matches!(word(0), Some("ordered" | "directed" | "instructed"))
        && (word(1) == Some("to") && word(2).is_some_and(is_verb_after_to)
            || object_then_to(ws, idx))
}

/// Whether word `idx` is "last" as a past marker: before a unit or name
/// of time ("said last week", "rose last year"), not "every last
/// Thursday", "the last two days" or "a last chance".
pub(crate) fn past_last(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(idx) == Some("last")
        && word(idx + 1).is_some_and(is_time_word)
        && !idx
            .checked_sub(1)
            .and_then(word)
            .is_some_and(|p| matches!(p, "every" | "each"))
}

/// Whether the words after a form of "be" at `idx` make a plan of it:
/// "is due to", "are set to", "is expected", "is to be sentenced", "are
/// due back".
pub(super) fn be_plan(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    matches!(
        (word(1), word(2)),
        (Some("due" | "set"), Some("to"))
            | (Some("expected"), _)
            | (
                Some("forecast" | "predicted" | "projected" | "slated"),
                Some("to")
            )
            | (Some("to"), _)
            | (Some("due"), Some("back" | "in" | "on" | "at"))
    )
}

/// Whether word `k` negates the verb of a commitment near it: "not",
/// "never", "-n't", or "no longer". "no" before a noun denies the noun,
/// not the promise: "there will be no combat troops by 2015" commits to
/// a state by 2015. A negated verb ("will not finish the road by 2016")
/// is reported negated: the claim holds when the event falls outside the
/// period the relation names.
pub(crate) fn negates(ws: &[(usize, Cow<'_, str>)], k: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(k).is_some_and(is_negation) || word(k) == Some("no") && word(k + 1) == Some("longer")
}

/// What a marker word says about a date it governs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    /// "said", "was", "issued": the past.
    Past,
    /// "will", "plans to", "scheduled": the future, and a commitment.
    Future,
    /// "if": the future, with no one committed to anything ("Rodgers can
    /// tie the record if he throws five on Sunday").
    Possible,
    /// "was expected to", "were due to": a plan, dated in the past (README:
    /// "a past-tense 'was expected to' is still a commitment, dated by its
    /// tense").
    PastPlan,
    /// "announced a march …", "called a strike …": the verb's own date is
    /// past, but a date after its object dates the planned event; neither
    /// tense decides it.
    Plan,
    /// "approved an increase … from October": the date a measure takes
    /// effect, which the approving verb does not date; no one promises it.
    Measure,
}

impl Mark {
    pub(super) fn tense(self) -> Tense {
        match self {
            Mark::Past | Mark::PastPlan => Tense::Past,
            Mark::Future | Mark::Possible => Tense::Future,
            Mark::Plan | Mark::Measure => Tense::Present,
        }
    }

    pub(super) fn commitment(self) -> bool {
        matches!(self, Mark::Future | Mark::PastPlan | Mark::Plan)
    }
}

/// Whether word `idx` looks ahead without anyone promising: a condition
/// ("if", "unless"), a forecast said to be improbable ("is unlikely to be
/// known before Tuesday"), or the conditional "would be" stating what some
/// figure or state would be ("the deficit would be $11 billion higher for
/// the current financial year") — where "would be" carries a participle
/// ("would be paid", "would be held") an act is still promised.
///
/// A projection is no promise either: a passive forecast of a figure's
/// course ("output is expected to rise by 2.5% in 2025-26", "the
/// shortfalls are forecast to persist") and "would" before such a verb
/// ("rains would continue to fall for the next two days") say where a
/// measure goes, not what anyone will do. "predicted to" stays a
/// commitment ("the storms are predicted to last through the weekend",
/// which a closure until Monday counts on). An act keeps its promise ("is
/// expected to sign the bill on Friday"), and so does a forecast one makes
/// of one's own ("it expects revenue to grow").
pub(crate) fn possible_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    let projected = |k: usize| {
        matches!(word(k), Some("expected" | "forecast" | "projected"))
            && word(k + 1) == Some("to")
            && word(k + 2).is_some_and(is_course_verb)
            && !keeps_state(ws, idx + k + 2)
    };
    match word(0) {
        Some(w) if is_possible(w) => true,
        Some("unlikely") => word(1) == Some("to"),
        Some("would") => {
            (word(1) == Some("be") && !word(2).is_some_and(is_past_word)
                || word(1).is_some_and(is_course_verb)
                || states_a_figure(ws, idx + 1))
                && !keeps_state(ws, idx + 1)
                || after_condition(ws, idx)
        }
        // "assuming that the term would end on December 8": a supposition,
        // no promise, as "if" is.
        Some("assuming" | "supposing" | "presuming") => word(1) == Some("that"),
        Some("is" | "are") => projected(1),
        Some("expected" | "forecast" | "projected") => {
            projected(0)
                && idx
                    .checked_sub(1)
                    .and_then(|j| ws.get(j))
                    .is_some_and(|(_, p)| matches!(p.as_ref(), "is" | "are"))
        }
        _ => false,
    }
}

/// Whether word `idx` is "be", "remain" or "stay" before the state a
/// measure is kept in ("would be in place until the end of March",
/// "would remain in force", "would stay closed until Monday"): no figure's
/// course but a rule someone keeps, so "would" before it is the future of
/// a report ("said the orders would be in place …"), a promise as "will
/// be in place" is.
fn keeps_state(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    matches!(
        word(0),
        Some("be" | "remain" | "remains" | "stay" | "stays")
    ) && match word(1) {
        Some("in") => matches!(word(2), Some("place" | "force" | "effect" | "operation")),
        Some("on") => word(2) == Some("hold"),
        Some(w) => matches!(w, "open" | "closed" | "shut" | "suspended"),
        None => false,
    }
}

/// Whether word `idx` of `clause` is part of a hyphenated compound, an
/// adjective that is no verb of the clause: "the closely-watched report",
/// "a long-awaited vote", "a state-owned bank", "a last-minute deal". A
/// verb's prefix makes a verb ("re-elected", "co-founded",
/// "pre-recorded"), which stays one, and so does a compound after a plural
/// noun, its subject ("the divers hand-carried two hulls ashore").
pub(super) fn in_compound(clause: &str, ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let Some((at, w)) = ws.get(idx) else {
        return false;
    };
    let bytes = clause.as_bytes();
    let letter = |k: Option<usize>| {
        k.and_then(|k| bytes.get(k))
            .is_some_and(u8::is_ascii_alphanumeric)
    };
    let hyphen = |k: Option<usize>| k.and_then(|k| bytes.get(k)) == Some(&b'-');
    let joined_before = hyphen(at.checked_sub(1)) && letter(at.checked_sub(2));
    let end = at + w.len();
    let joined_after = hyphen(Some(end)) && letter(Some(end + 1));
    let prefix = idx
        .checked_sub(1)
        .and_then(|j| ws.get(j))
        .is_some_and(|(_, p)| {
            matches!(
                p.as_ref(),
                "re" | "co"
                    | "pre"
                    | "de"
                    | "un"
                    | "mis"
                    | "dis"
                    | "out"
                    | "over"
                    | "under"
                    | "cross"
                    | "double"
            )
        });
    // "the divers hand-carried two hulls ashore": after a plural noun,
    // its subject, the compound is the clause's verb.
    let after_subject = idx
        .checked_sub(2)
        .and_then(|j| ws.get(j))
        .is_some_and(|(p_at, p)| {
            let before_part = ws.get(idx - 1).map_or(0, |(a, _)| *a);
            p_at + p.len() + 1 == before_part
                && bytes.get(p_at + p.len()) == Some(&b' ')
                && p.len() > 3
                && p.ends_with('s')
                && !p.ends_with("ss")
                && p.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(p.as_ref(), "this" | "thus" | "does" | "always" | "perhaps")
        });
    joined_before && !prefix && !after_subject || joined_after
}

/// Whether the "-ed" word `idx` completes the object of a verb like
/// "keep" two to four words before it ("keep the government funded").
pub(super) fn completes_object(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    (2..=4).any(|k| {
        idx.checked_sub(k)
            .and_then(|j| ws.get(j))
            .is_some_and(|(_, w)| takes_complement(w))
    })
}

/// Whether word `idx` is a past "set" of a phrasal verb ("the amount set
/// out in April", "a fund set up in 2019"), not "will set out".
pub(super) fn past_set(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(idx) == Some("set")
        && matches!(
            word(idx + 1),
            Some("out" | "aside" | "up" | "down" | "forth" | "back")
        )
        && !(1..=2).any(|k| {
            idx.checked_sub(k)
                .and_then(word)
                .is_some_and(is_modal_or_to)
        })
}

/// Whether the announcing verb `idx` has a planned event for its object
/// ("announced an anti-government march"): a determiner right after it
/// and the event noun within four words.
pub(super) fn announces_event(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let object = matches!(
        word(idx + 1),
        Some("a" | "an" | "the" | "its" | "their" | "his" | "her" | "new" | "fresh")
    );
    let announced = word(idx).is_some_and(is_announcing)
        && (2..=5).any(|k| word(idx + k).is_some_and(is_planned_event));
    object && announced || sets_a_date(ws, idx)
}

/// Whether word `idx` approves a change in a rate or a level ("approved
/// an increase in the minimum wage from October"): a date after it is
/// when the change takes effect, which the approving verb does not date
/// ([`Mark::Measure`]).
pub(crate) fn approves_change(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    word(idx).is_some_and(is_approving)
        && matches!(word(idx + 1), Some("a" | "an" | "the" | "its" | "their"))
        && (2..=3).any(|k| word(idx + k).is_some_and(is_change))
}

/// Whether word `idx` sets a date it names as its object: "has
/// tentatively set June 5 as the date for the vote", "sets 12 May for the
/// count". The date is the planned event's, which the setting verb does
/// not date ([`Mark::Plan`]).
fn sets_a_date(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    let month = |w: Option<&str>| w.is_some_and(is_month);
    matches!(
        word(0),
        Some("set" | "sets" | "setting" | "fixed" | "fixes" | "fixing")
    ) && (month(word(1))
        || word(1).is_some_and(|w| w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()))
            && month(word(2)))
}

/// Whether "must" at `idx` sets an obligation ahead: "must hold a vote
/// within a year", "must be repaid by June" — not an inference about the
/// past ("must have left on Monday", "must have been").
pub(crate) fn must_ahead(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    word(0) == Some("must")
        && !(word(1) == Some("have") && word(2).is_some_and(|w| is_past_word(w) || w == "been"))
}

/// Whether a future marker at `idx` follows "was" or "were", with at
/// most one adverb between ("was initially scheduled to hold"): a plan
/// the past tense dates.
pub(crate) fn past_be_before(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| {
        idx.checked_sub(k)
            .and_then(|j| ws.get(j))
            .map(|(_, w)| w.as_ref())
    };
    let be = |w: Option<&str>| matches!(w, Some("was" | "were"));
    be(word(1)) || word(1).is_some_and(|a| a.len() > 4 && a.ends_with("ly")) && be(word(2))
}

/// Whether "would" at `idx` is a refusal told in the past: a negation
/// right before or after it and a verb of telling after ("no official
/// would confirm it", "would not say when") — what someone would not
/// say, they did not.
pub(crate) fn refuses(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let before = |k: usize| idx.checked_sub(k).and_then(word);
    let (negated, verb) = match word(idx) {
        Some("wouldn't" | "wouldn’t") => (true, word(idx + 1)),
        Some("would") if word(idx + 1).is_some_and(is_negation) => (true, word(idx + 2)),
        Some("would") => {
            let no = matches!(before(1), Some("nobody" | "none"))
                || before(2) == Some("no")
                || before(1) == Some("one") && before(2) == Some("no");
            (no, word(idx + 1))
        }
        _ => return false,
    };
    negated && verb.is_some_and(is_telling)
}

/// Whether the verb after "would" at `idx` (word `at`) states what a
/// figure would be: a verb of a level, then a figure, or a hedge and a
/// figure ("revenue next year would reach 126.9 trillion pesos", "would
/// total about $5bn"); not an act with a count ("would pull 400 troops").
fn states_a_figure(ws: &[(usize, Cow<'_, str>)], at: usize) -> bool {
    let word = |k: usize| ws.get(at + k).map(|(_, w)| w.as_ref());
    let digits = |w: Option<&str>| w.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    matches!(
        word(0),
        Some("reach" | "total" | "top" | "exceed" | "surpass" | "hit" | "stand")
    ) && (digits(word(1))
        || matches!(
            word(1),
            Some("about" | "around" | "nearly" | "some" | "almost")
        ) && digits(word(2)))
}

/// How many words back [`after_condition`] looks for a condition.
const CONDITION_WORDS: usize = 16;

/// Whether "would" at `idx` tells the consequence of a condition or a
/// supposition standing before it in the clause, within
/// [`CONDITION_WORDS`] words ("if it passes, the levy would end on 1
/// May", "assuming that the term would end on December 8"): no promise.
fn after_condition(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    (1..=CONDITION_WORDS).any(|k| {
        let Some(j) = idx.checked_sub(k) else {
            return false;
        };
        let word = |j: usize| ws.get(j).map(|(_, w)| w.as_ref());
        word(j).is_some_and(is_possible)
            || matches!(word(j), Some("assuming" | "supposing" | "presuming"))
                && word(j + 1) == Some("that")
    })
}

/// Whether word `idx` is "followed" or "preceded" before "by": a phrase
/// of sequence, no verb of its own ("will be released Tuesday, followed
/// by the minutes Wednesday"), so no marker; the clause it opens takes
/// the tense of the one before it ([`elided`]).
pub(crate) fn sequence_by(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    matches!(word(idx), Some("followed" | "preceded")) && word(idx + 1) == Some("by")
}

/// Whether word `idx` of `clause`, a verb written alike in the present
/// and the past ("beat", "set", "cut", "hit", "put", "read", "cost"), is
/// past: right after a subject in the third person singular, which would
/// have "beats", "sets" in the present. "he", "she", "it", a name ("Smith
/// beat Jones on Saturday"), or a singular noun after a determiner with an
/// object after the verb ("the storm cut the power on Monday"); an adverb
/// may stand between ("Smith narrowly beat"). After "will", "to", "did" or
/// a determiner it is no past ("will beat", "to cut", "a hit"), nor
/// before "to", "for", "of" or a noun it heads ("set to", "set for
/// Monday", "hit list", "read more").
pub(crate) fn same_form_past(clause: &str, ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    if word(idx).and_then(irregular) != Some(Form::Same) {
        return false;
    }
    let next = word(idx + 1);
    if next.is_some_and(|n| matches!(n, "to" | "for" | "of" | "list" | "lists" | "more")) {
        return false;
    }
    // Whether word `k` is written with a capital.
    let upper = |k: usize| {
        ws.get(k)
            .and_then(|(a, _)| clause.get(*a..))
            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
    };
    let Some(mut j) = idx.checked_sub(1) else {
        return false;
    };
    // "narrowly beat", not "Italy beat".
    if word(j).is_some_and(|p| p.len() > 4 && p.ends_with("ly")) && !upper(j) {
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        j = k;
    }
    let Some(subject) = word(j) else {
        return false;
    };
    if matches!(subject, "he" | "she" | "it") {
        return true;
    }
    if is_no_subject(subject) || !subject.chars().all(char::is_alphabetic) {
        return false;
    }
    // An object or a particle after the verb: "beat Jones", "cut 500
    // jobs", "hit a record", "put off".
    let object = next.is_some_and(|n| {
        n.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                n,
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "him"
                    | "them"
                    | "us"
                    | "me"
                    | "off"
                    | "out"
                    | "up"
                    | "down"
                    | "back"
                    | "aside"
            )
    });
    let named = upper(j);
    let upper_next = upper(idx + 1);
    let singular_noun = j.checked_sub(1).and_then(word).is_some_and(|d| {
        matches!(
            d,
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "our"
        )
    }) && (!subject.ends_with('s') || subject.ends_with("ss"));
    (named || singular_noun) && (object || upper_next)
}

/// Whether "has" or "have" at `idx` opens a present perfect of "be":
/// "been" right after it, or after one adverb that sits inside the verb
/// ("have already been logged till May 20", "has also been
/// cut"). What has been done is told as past, up to now.
fn perfect_been(ws: &[(usize, Cow<'_, str>)], idx: usize) -> bool {
    let word = |k: usize| ws.get(idx + k).map(|(_, w)| w.as_ref());
    word(1) == Some("been")
        || word(2) == Some("been")
            && word(1).is_some_and(|a| {
                matches!(
                    a,
                    "already" | "also" | "just" | "since" | "previously" | "recently" | "now"
                )
            })
}

/// The mark word `idx` makes, if any.
pub(crate) fn marker_at(ws: &[(usize, Cow<'_, str>)], idx: usize) -> Option<Mark> {
    let w = ws.get(idx)?.1.as_ref();
    let before = |k: usize| {
        idx.checked_sub(k)
            .and_then(|j| ws.get(j))
            .map(|(_, p)| p.as_ref())
    };
    if refuses(ws, idx) {
        return Some(Mark::Past);
    }
    if possible_at(ws, idx) {
        return Some(Mark::Possible);
    }
    if future_at(ws, idx) {
        // "to sign" after "expected": the phrase's head marks it.
        if w == "to"
            && idx
                .checked_sub(1)
                .is_some_and(|j| future_at(ws, j) || possible_at(ws, j))
        {
            return None;
        }
        // "was expected to", "were due to": a plan the past tense dates.
        // "told investors to expect second-half sales of …": an
        // infinitive that a past verb of asking governs is a plan told in
        // the past, as "was expected to" is.
        let asked = before(1) == Some("to")
            && (2..=6).any(|k| before(k).is_some_and(|p| asks(p) && is_past_word(p)));
        // "had hoped to finish by June": a hope the past overtook.
        let overtaken = before(1) == Some("had") && matches!(w, "hoped" | "intended" | "planned");
        return Some(if past_be_before(ws, idx) || asked || overtaken {
            Mark::PastPlan
        } else {
            Mark::Future
        });
    }
    if matches!(w, "was" | "were") && be_plan(ws, idx) {
        return Some(Mark::PastPlan);
    }
    if announces_event(ws, idx) || orders_ahead(ws, idx) {
        return Some(Mark::Plan);
    }
    if approves_change(ws, idx) {
        return Some(Mark::Measure);
    }
    if past_last(ws, idx) {
        return Some(Mark::Past);
    }
    if past_set(ws, idx) {
        return Some(Mark::Past);
    }
    // A participle after "be" takes the auxiliary's tense ("is expected"),
    // and so does one of the future perfect ("will have added").
    let after_be = || {
        matches!(
            before(1),
            Some("be" | "been" | "being" | "is" | "are" | "remain" | "remains" | "stay" | "stays")
        ) || before(1) == Some("have") && before(2).is_some_and(is_future_modal)
    };
    // "will be paid", "is held": a participle, irregular or not; "keep
    // the government funded": one completing an object.
    let past =
        is_past_word(w) && !after_be() && !completes_object(ws, idx) && !sequence_by(ws, idx)
            || (w == "has" || w == "have") && perfect_been(ws, idx);
    past.then_some(Mark::Past)
}
