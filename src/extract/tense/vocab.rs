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

/// Past words that are no verb: the past tense of "be", "have" and "do",
/// and adverbs of past time.
fn is_past_adverb_or_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "had" | "did" | "ago" | "earlier" | "previously" | "yesterday"
    )
}

/// How an irregular verb form reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    /// A simple past, or one that is also the participle, unlike the
    /// present: "took", "sold", "held".
    Past,
    /// A participle that is no simple past: "taken", "shown". Past as a
    /// reduced relative ("the decision taken on Monday"), and the
    /// participle of a passive ("to be shown on Sunday").
    Participle,
    /// A verb whose present and past are written alike: "beat", "set",
    /// "cut", "hit". Past only where the subject shows it
    /// ([`super::same_form_past`]).
    Same,
}

/// Irregular past forms and participles common in news, sorted for a
/// binary search; regular ones end in "-ed". Words that are mostly
/// something else in news are left out: "given" (a preposition), "known"
/// and "seen" ("known as", "seen as"), "meant" ("meant to", a plan),
/// "fed" (the Fed), "lay" (the present of "lay"), "forecast" (a forecast
/// dates what is to come).
const IRREGULAR: [(&str, Form); 155] = [
    ("arisen", Form::Participle),
    ("arose", Form::Past),
    ("beat", Form::Same),
    ("beaten", Form::Participle),
    ("became", Form::Past),
    ("began", Form::Past),
    ("begun", Form::Participle),
    ("bet", Form::Same),
    ("bid", Form::Same),
    ("bought", Form::Past),
    ("broadcast", Form::Same),
    ("broke", Form::Past),
    ("broken", Form::Participle),
    ("brought", Form::Past),
    ("built", Form::Past),
    ("burst", Form::Same),
    ("came", Form::Past),
    ("cast", Form::Same),
    ("caught", Form::Past),
    ("chose", Form::Past),
    ("chosen", Form::Participle),
    ("clung", Form::Past),
    ("cost", Form::Same),
    ("crept", Form::Past),
    ("cut", Form::Same),
    ("dealt", Form::Past),
    ("done", Form::Participle),
    ("drawn", Form::Participle),
    ("drew", Form::Past),
    ("driven", Form::Participle),
    ("drove", Form::Past),
    ("dug", Form::Past),
    ("eaten", Form::Participle),
    ("fallen", Form::Participle),
    ("fell", Form::Past),
    ("felt", Form::Past),
    ("fled", Form::Past),
    ("flew", Form::Past),
    ("flown", Form::Participle),
    ("flung", Form::Past),
    ("forbade", Form::Past),
    ("forgave", Form::Past),
    ("forgiven", Form::Participle),
    ("forgot", Form::Past),
    ("forgotten", Form::Participle),
    ("fought", Form::Past),
    ("found", Form::Past),
    ("gave", Form::Past),
    ("got", Form::Past),
    ("grew", Form::Past),
    ("grown", Form::Participle),
    ("heard", Form::Past),
    ("held", Form::Past),
    ("hidden", Form::Participle),
    ("hit", Form::Same),
    ("hung", Form::Past),
    ("hurt", Form::Same),
    ("kept", Form::Past),
    ("knelt", Form::Past),
    ("knew", Form::Past),
    ("laid", Form::Past),
    ("leapt", Form::Past),
    ("learnt", Form::Past),
    ("led", Form::Past),
    ("left", Form::Past),
    ("lent", Form::Past),
    ("let", Form::Same),
    ("lost", Form::Past),
    ("made", Form::Past),
    ("met", Form::Past),
    ("overcame", Form::Past),
    ("oversaw", Form::Past),
    ("overseen", Form::Participle),
    ("overtaken", Form::Participle),
    ("overtook", Form::Past),
    ("paid", Form::Past),
    ("put", Form::Same),
    ("quit", Form::Same),
    ("ran", Form::Past),
    ("rang", Form::Past),
    ("read", Form::Same),
    ("ridden", Form::Participle),
    ("risen", Form::Participle),
    ("rode", Form::Past),
    ("rose", Form::Past),
    ("said", Form::Past),
    ("sang", Form::Past),
    ("sank", Form::Past),
    ("sat", Form::Past),
    ("saw", Form::Past),
    ("sent", Form::Past),
    ("set", Form::Same),
    ("shaken", Form::Participle),
    ("shed", Form::Same),
    ("shone", Form::Past),
    ("shot", Form::Past),
    ("shown", Form::Participle),
    ("shrank", Form::Past),
    ("shrunk", Form::Participle),
    ("shut", Form::Same),
    ("slain", Form::Participle),
    ("slept", Form::Past),
    ("slid", Form::Past),
    ("slit", Form::Same),
    ("sold", Form::Past),
    ("sought", Form::Past),
    ("sped", Form::Past),
    ("spent", Form::Past),
    ("split", Form::Same),
    ("spoke", Form::Past),
    ("spoken", Form::Participle),
    ("sprang", Form::Past),
    ("spread", Form::Same),
    ("sprung", Form::Participle),
    ("spun", Form::Past),
    ("stole", Form::Past),
    ("stolen", Form::Participle),
    ("stood", Form::Past),
    ("strove", Form::Past),
    ("struck", Form::Past),
    ("stuck", Form::Past),
    ("stung", Form::Past),
    ("sung", Form::Participle),
    ("sunk", Form::Participle),
    ("swam", Form::Past),
    ("swept", Form::Past),
    ("swore", Form::Past),
    ("sworn", Form::Participle),
    ("swung", Form::Past),
    ("taken", Form::Participle),
    ("taught", Form::Past),
    ("thought", Form::Past),
    ("threw", Form::Past),
    ("thrown", Form::Participle),
    ("thrust", Form::Same),
    ("told", Form::Past),
    ("took", Form::Past),
    ("tore", Form::Past),
    ("torn", Form::Participle),
    ("understood", Form::Past),
    ("undertaken", Form::Participle),
    ("undertook", Form::Past),
    ("upheld", Form::Past),
    ("upset", Form::Same),
    ("went", Form::Past),
    ("wept", Form::Past),
    ("withdrawn", Form::Participle),
    ("withdrew", Form::Past),
    ("withheld", Form::Past),
    ("woke", Form::Past),
    ("won", Form::Past),
    ("wore", Form::Past),
    ("worn", Form::Participle),
    ("written", Form::Participle),
    ("wrote", Form::Past),
];

/// Where the words of each first letter start in [`IRREGULAR`]: those
/// of letter `k` (0 for "a") are `BUCKETS[k]..BUCKETS[k + 1]`. Built at
/// compile time, so a word is looked up among the few of its letter.
static BUCKETS: [usize; 27] = buckets();

// Evaluated at compile time: an index out of range would fail the build,
// not a run.
#[allow(clippy::indexing_slicing)]
const fn buckets() -> [usize; 27] {
    let mut out = [IRREGULAR.len(); 27];
    let mut letter = 0;
    while letter < 26 {
        let mut i = 0;
        while i < IRREGULAR.len() && IRREGULAR[i].0.as_bytes()[0] < b'a' + letter as u8 {
            i += 1;
        }
        out[letter] = i;
        letter += 1;
    }
    out
}

/// The lengths of the forms of [`IRREGULAR`] by their first and last
/// letters: bit `n` of `SHAPES[26 * first + last]` is set when a form of
/// `n` letters starts and ends so. Built at compile time; a word whose
/// shape no form has ("the", "percent", "million", most words of a clause)
/// is turned away by one load, before any comparison of letters.
static SHAPES: [u16; 26 * 26] = shapes();

// Evaluated at compile time, as [`buckets`] is.
#[allow(clippy::indexing_slicing)]
const fn shapes() -> [u16; 26 * 26] {
    let mut out = [0u16; 26 * 26];
    let mut i = 0;
    while i < IRREGULAR.len() {
        let b = IRREGULAR[i].0.as_bytes();
        let key = (b[0] - b'a') as usize * 26 + (b[b.len() - 1] - b'a') as usize;
        out[key] |= 1 << b.len();
        i += 1;
    }
    out
}

/// Whether a form of [`IRREGULAR`] has the first and last letters and
/// the length of `w` ([`SHAPES`]).
pub(super) fn irregular_shape(w: &str) -> bool {
    let b = w.as_bytes();
    let letter = |c: Option<&u8>| {
        c.filter(|c| c.is_ascii_lowercase())
            .map(|c| usize::from(c - b'a'))
    };
    match (letter(b.first()), letter(b.last())) {
        (Some(f), Some(l)) => {
            b.len() < 16
                && SHAPES
                    .get(f * 26 + l)
                    .is_some_and(|m| m & (1 << b.len()) != 0)
        }
        _ => false,
    }
}

/// The form of `w` if it is an irregular verb form of [`IRREGULAR`].
pub(super) fn irregular(w: &str) -> Option<Form> {
    if !irregular_shape(w) {
        return None;
    }
    let k = usize::from(w.as_bytes().first()?.checked_sub(b'a')?);
    let bucket = IRREGULAR.get(*BUCKETS.get(k)?..*BUCKETS.get(k + 1)?)?;
    bucket
        .binary_search_by(|(key, _)| (*key).cmp(w))
        .ok()
        .and_then(|i| bucket.get(i))
        .map(|&(_, f)| f)
}

/// Every form of [`IRREGULAR`], for the tests.
#[cfg(test)]
pub(super) fn irregular_forms() -> &'static [(&'static str, Form)] {
    &IRREGULAR
}

/// Words that mark the past on their own: the past of "be", "have" and
/// "do", past adverbs, and irregular past forms and participles (not
/// those written like their present: [`Form::Same`]).
pub(super) fn is_past_marker(w: &str) -> bool {
    is_past_adverb_or_auxiliary(w) || matches!(irregular(w), Some(Form::Past | Form::Participle))
}

/// Whether `w` can be the participle of a passive: a past word, or an
/// irregular form of any kind ("to be held", "to be broadcast").
pub(super) fn is_participle(w: &str) -> bool {
    is_past_word(w) || irregular(w).is_some()
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

/// Negations of a verb that turn a commitment around ("will not meet",
/// "won't", "will never"). "no" denies a noun, not the verb: "there will
/// be no troops by 2015" still promises a state by 2015; only "no longer"
/// negates the verb ([`super::negates`]).
pub(super) fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "n't" | "never") || w.ends_with("n't") || w.ends_with("n’t")
}

/// Whether `w` is a past form: an irregular one or a regular "-ed".
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

/// Verbs and nouns of permission: the infinitive after one and its object
/// says what someone may do, not what anyone promises ("authorising the
/// treasury to draw funds", "allowed the port to open", "permission to
/// build").
pub(super) fn is_permitting(w: &str) -> bool {
    matches!(
        w,
        "authorise"
            | "authorises"
            | "authorised"
            | "authorising"
            | "authorize"
            | "authorizes"
            | "authorized"
            | "authorizing"
            | "authorisation"
            | "authorization"
            | "permission"
            | "allow"
            | "allows"
            | "allowed"
            | "allowing"
            | "permit"
            | "permits"
            | "permitted"
            | "permitting"
            | "empower"
            | "empowers"
            | "empowered"
            | "empowering"
            | "entitle"
            | "entitles"
            | "entitled"
            | "entitling"
    )
}

/// Verbs that announce something planned: "announced a march", "called a
/// strike".
pub(super) fn is_announcing(w: &str) -> bool {
    matches!(
        w,
        "announced" | "called" | "proposed" | "unveiled" | "declared" | "fixed"
    )
}

/// Verbs of approving a measure: what they approve is still to come.
pub(super) fn is_approving(w: &str) -> bool {
    matches!(
        w,
        "approved" | "approves" | "passed" | "adopted" | "endorsed" | "backed" | "agreed"
    )
}

/// Nouns of a change in a rate or a level, which a measure sets ahead.
pub(super) fn is_change(w: &str) -> bool {
    matches!(
        w,
        "increase" | "increases" | "rise" | "hike" | "raise" | "cut" | "cuts" | "reduction"
    )
}

/// The names of the months.
pub(super) fn is_month(w: &str) -> bool {
    matches!(
        w,
        "january"
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
    )
}

/// Verbs of telling that a refusal takes ("would not confirm").
pub(super) fn is_telling(w: &str) -> bool {
    matches!(
        w,
        "confirm" | "say" | "comment" | "disclose" | "reveal" | "specify" | "elaborate" | "discuss"
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

/// Words that cannot be the subject of a verb right after them:
/// determiners, pronouns other than "he", "she", "it", auxiliaries,
/// modals, prepositions and conjunctions.
pub(super) fn is_no_subject(w: &str) -> bool {
    is_modal_or_to(w)
        || is_negation(w)
        || matches!(
            w,
            "the"
                | "a"
                | "an"
                | "this"
                | "that"
                | "these"
                | "those"
                | "its"
                | "his"
                | "her"
                | "their"
                | "our"
                | "my"
                | "your"
                | "some"
                | "any"
                | "no"
                | "every"
                | "each"
                | "all"
                | "both"
                | "i"
                | "we"
                | "you"
                | "they"
                | "them"
                | "us"
                | "him"
                | "me"
                | "do"
                | "does"
                | "did"
                | "be"
                | "is"
                | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "on"
                | "in"
                | "at"
                | "by"
                | "of"
                | "for"
                | "with"
                | "from"
                | "into"
                | "after"
                | "before"
                | "and"
                | "or"
                | "but"
                | "then"
                | "as"
                | "if"
                | "when"
                | "there"
                | "here"
                | "new"
                | "first"
                | "last"
                | "big"
                | "major"
        )
}

/// Verbs of aspect, whose infinitive takes their time: "continued to
/// hold", "began to build", "kept to".
pub(super) fn is_aspect(w: &str) -> bool {
    matches!(
        w,
        "continue"
            | "continues"
            | "continued"
            | "continuing"
            | "begin"
            | "begins"
            | "began"
            | "begun"
            | "start"
            | "starts"
            | "started"
            | "ceased"
            | "used"
            | "tried"
            | "managed"
            | "failed"
    )
}

/// Adjectives of feeling about what happens or happened: their infinitive
/// says what the feeling is about, not a plan ("we were pleased to complete
/// the purchase during the quarter", "is proud to have hosted"), so it
/// takes the time of the "be" before the adjective. Not the adjectives of
/// will ("ready to", "keen to", "eager to", "determined to"), whose
/// infinitive looks ahead, nor "happy" or "excited", which often do.
pub(super) fn is_feeling(w: &str) -> bool {
    matches!(
        w,
        "pleased"
            | "delighted"
            | "glad"
            | "proud"
            | "thrilled"
            | "honoured"
            | "honored"
            | "gratified"
            | "relieved"
            | "sorry"
            | "sad"
            | "saddened"
            | "disappointed"
            | "surprised"
            | "shocked"
    )
}

/// Participles that give the grounds of what the clause before them says
/// ("…, citing weak sales in the third quarter", "…, blaming the floods in
/// May"): what they name is known when it is told, so it is no plan.
pub(super) fn gives_grounds(w: &str) -> bool {
    matches!(
        w,
        "citing" | "blaming" | "noting" | "pointing" | "referring" | "quoting" | "attributing"
    )
}

/// Function words: they open or join phrases and head none ("the",
/// "to", "was"), so a participle before one is no adjective of it.
pub(super) fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "of"
            | "with"
            | "from"
            | "as"
            | "and"
            | "or"
            | "but"
            | "that"
            | "this"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "up"
            | "out"
            | "off"
            | "down"
            | "over"
    )
}

/// Verbs of a measure's course: what a projection says a figure does
/// ("is expected to grow", "would continue").
pub(super) fn is_course_verb(w: &str) -> bool {
    matches!(
        w,
        "grow"
            | "rise"
            | "fall"
            | "continue"
            | "expand"
            | "shrink"
            | "contract"
            | "increase"
            | "decrease"
            | "decline"
            | "drop"
            | "slow"
            | "widen"
            | "narrow"
            | "ease"
            | "climb"
            | "slip"
            | "remain"
            | "stay"
            | "peak"
            | "average"
            | "improve"
            | "worsen"
            | "recover"
            | "rebound"
            | "accelerate"
            | "moderate"
    )
}

/// Verbs in the present or the infinitive that take a clause with "that"
/// ("ensure that", "hope that"): the "that" after them opens a report.
pub(super) fn is_reporting(w: &str) -> bool {
    matches!(
        w,
        "say"
            | "said"
            | "hope"
            | "expect"
            | "believe"
            | "think"
            | "know"
            | "ensure"
            | "show"
            | "suggest"
            | "mean"
            | "argue"
            | "claim"
            | "warn"
            | "announce"
            | "confirm"
            | "insist"
            | "note"
            | "agree"
            | "report"
            | "fear"
            | "predict"
            | "promise"
            | "add"
            | "stress"
    )
}

/// Whether `w` reads as a gerund or a present participle: a word of more
/// than five letters in "-ing" that is no noun of that ending ("morning",
/// "spring", "nothing").
pub(super) fn is_gerund(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && w.is_ascii()
        && !matches!(
            w,
            "morning" | "evening" | "spring" | "something" | "nothing" | "anything" | "everything"
        )
}
