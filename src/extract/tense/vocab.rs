//! The words `tense` reads: units and names of time, past forms, words
//! that look like past verbs and are not, negations, and the small classes
//! (relative pronouns, modals, announcing verbs, planned events) its rules
//! look for next to a marker.

/// Whether `w`, right after "to", can be the verb of an infinitive
/// rather than the start of a noun phrase or a figure ("projected to
/// widen", not "raised its forecast to 3%" or "to the end").
pub(super) fn is_verb_after_to(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_alphabetic())
        && !matches!(
            w,
            "the"
                | "a"
                | "an"
                | "its"
                | "their"
                | "his"
                | "her"
                | "this"
                | "that"
                | "these"
                | "those"
                | "about"
                | "around"
                | "some"
                | "more"
                | "less"
                | "nearly"
                | "almost"
                | "over"
                | "under"
                | "between"
        )
}

/// Units and names of time that "next" shifts when it is part of a date.
pub(super) fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "week"
            | "weekend"
            | "month"
            | "quarter"
            | "half"
            | "year"
            | "decade"
            | "season"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "fiscal"
            | "financial"
    )
}

/// Counts that "next" takes in a date ("the next four years").
pub(super) fn is_count_word(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "few"
            | "several"
            | "couple"
    )
}

/// Irregular past forms common in news; regular ones end in "-ed".
pub(super) fn is_past_marker(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "was"
            | "were"
            | "had"
            | "did"
            | "met"
            | "held"
            | "took"
            | "made"
            | "came"
            | "went"
            | "gave"
            | "told"
            | "began"
            | "left"
            | "won"
            | "lost"
            | "rose"
            | "fell"
            | "saw"
            | "sent"
            | "found"
            | "became"
            | "spent"
            | "paid"
            | "built"
            | "brought"
            | "kept"
            | "got"
            | "wrote"
            | "spoke"
            | "chose"
            | "drew"
            | "ran"
            | "struck"
            | "sought"
            | "thought"
            | "bought"
            | "caught"
            | "taught"
            | "led"
            | "ago"
            | "earlier"
            | "previously"
            | "yesterday"
    )
}

/// Words ending in "-ed" that are not past verbs.
pub(super) fn is_not_past(w: &str) -> bool {
    matches!(
        w,
        "need"
            | "needs"
            | "united"
            | "hundred"
            | "speed"
            | "indeed"
            | "proceed"
            | "exceed"
            | "seed"
            | "feed"
            | "red"
            | "bed"
            | "shed"
            | "wed"
            | "bred"
            | "creed"
            | "greed"
            | "weed"
            | "deed"
            | "steed"
            | "sacred"
            | "naked"
            | "wicked"
            | "kindred"
            | "scheduled"
            | "planned"
            | "intended"
            | "committed"
            | "expected"
            | "armed"
            | "based"
            | "related"
            | "limited"
            | "detailed"
            | "advanced"
            | "concerned"
            | "supposed"
    )
}

/// Negations that turn a commitment around ("will not meet").
pub(super) fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "n't" | "never" | "no") || w.ends_with("n't") || w.ends_with("n’t")
}

pub(super) fn is_past_word(w: &str) -> bool {
    is_past_marker(w) || (w.len() > 4 && w.ends_with("ed") && !is_not_past(w) && w.is_ascii())
}

/// Words that look ahead without promising: a condition, whose present
/// tense speaks of the future ("if he throws five on Sunday").
pub(super) fn is_possible(w: &str) -> bool {
    matches!(w, "if" | "unless")
}

/// Subject pronouns: after "before" or "until" one opens a clause of its
/// own ("before they know").
pub(super) fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "i" | "we" | "you" | "he" | "she" | "it" | "they")
}

/// Relative pronouns: a marker before one does not reach a date in the
/// relative clause it opens.
pub(super) fn is_relative_pronoun(w: &str) -> bool {
    matches!(w, "who" | "which" | "whose" | "whom")
}

/// Verbs whose object may be a participle completing it: "keep the
/// government funded", "get the bill passed", "leave the plant closed".
pub(super) fn takes_complement(w: &str) -> bool {
    matches!(
        w,
        "keep"
            | "keeps"
            | "keeping"
            | "get"
            | "gets"
            | "getting"
            | "leave"
            | "leaves"
            | "leaving"
            | "make"
            | "makes"
            | "making"
            | "want"
            | "wants"
            | "see"
            | "sees"
    )
}

/// Words that make a past "set" a present or a bare infinitive: "will set
/// out", "to set up".
pub(super) fn is_modal_or_to(w: &str) -> bool {
    matches!(
        w,
        "to" | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "'ll"
            | "’ll"
    )
}

/// Modals that make "have" and a participle a future perfect.
pub(super) fn is_future_modal(w: &str) -> bool {
    matches!(w, "will" | "shall" | "'ll" | "’ll" | "would")
}

/// Verbs that announce something planned: "announced a march", "called a
/// strike".
pub(super) fn is_announcing(w: &str) -> bool {
    matches!(
        w,
        "announced" | "called" | "proposed" | "unveiled" | "declared" | "fixed"
    )
}

/// Nouns of events that are planned ahead of their day.
pub(super) fn is_planned_event(w: &str) -> bool {
    matches!(
        w,
        "march"
            | "rally"
            | "protest"
            | "protests"
            | "strike"
            | "strikes"
            | "sit-in"
            | "meeting"
            | "summit"
            | "election"
            | "elections"
            | "vote"
            | "poll"
            | "referendum"
            | "visit"
            | "tour"
            | "hearing"
            | "conference"
            | "ceremony"
            | "launch"
            | "auction"
    )
}
