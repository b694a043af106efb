//! The tense of a clause with no marker of its own that reaches its
//! date, read from the clause it belongs with: the words before a
//! parenthesis, the clause before a verbless phrase, the clause after a
//! fronted one.

use super::*;

/// The clauses of sentence `k` of `doc`.
pub(super) fn s_clauses(doc: &Document, k: usize) -> &[Span] {
    doc.sentences.get(k).map_or(&[], |s| &*s.clauses)
}

/// The tense a fronted phrase takes from the clause after it, `first`: its
/// first marker. A quotation mark cuts a clause without ending its
/// grammar ("by 2030, “the vast majority” of vehicles … will have
/// transitioned"), so where `first` has no marker the clauses after it
/// that only quotation marks part from it are read too, at most three.
pub(super) fn fronted_tense(doc: &Document, clauses: &[Span], first: Span) -> ClauseTense {
    let here = |c: Span| doc.prose.get(c.start..c.end).unwrap_or("");
    let i = clauses.partition_point(|c| c.start < first.start);
    let mut prev = first;
    for c in clauses.iter().skip(i).take(3) {
        let gap = doc.prose.get(prev.end..c.start).unwrap_or("x");
        if c.start != first.start
            && !gap
                .chars()
                .all(|ch| ch.is_whitespace() || "“”\"".contains(ch))
        {
            break;
        }
        if let Some(t) = ClauseMarkers::new(here(*c)).marked(0, 0) {
            return t;
        }
        prev = *c;
    }
    ClauseMarkers::new(here(first)).tense(0, 0)
}

/// The tense a clause that a parenthesis cut continues: "will deliver a
/// package worth €6.4bn (£5.5m) in October's budget" is one clause that
/// the parenthesis cut in two, so a date after it with no marker of its own
/// takes the last marker of the words before the parenthesis. A pair of
/// dashes cuts a clause as brackets do ("will bring the crews home in two
/// steps – 2032 and 2033 – leaving 400 after 2032"), and the words inside
/// either pair, with no verb of their own, stand beside the words before
/// them ("two steps", "2032 and 2033") and take their tense too. `None`
/// where the clause neither follows nor stands inside a parenthesis, or
/// nothing before it marks. A term in quotation marks, words with no verb
/// of their own, cuts a clause as a parenthesis does, and the clause goes
/// on after it ("wants to deliver “full-fibre” broadband … by 2034").
pub(super) fn after_parenthesis(doc: &Document, clause: Span) -> Option<ClauseTense> {
    let gap_before = |a: Span, b: Span| doc.prose.get(a.end..b.start).unwrap_or("");
    let k = doc
        .sentences
        .partition_point(|s| s.span.end <= clause.start);
    let s = doc.sentences.get(k)?;
    let i = s.clauses.partition_point(|c| c.start < clause.start);
    let prev = *s.clauses.get(i.checked_sub(1)?)?;
    // The words read: the head's; over a quoted term, on to the date's
    // clause's end, so that a verb whose reach is its object and a deadline
    // ("wants “gigabit-capable” broadband … by 2030") sees them.
    let (head, end) = match i.checked_sub(2).and_then(|j| s.clauses.get(j)) {
        // Right after the parenthesis: "(£5.5m), up from …" is a clause
        // of its own, so nothing but the closing mark stands between.
        Some(&head) if parenthesis(gap_before(head, prev), gap_before(prev, clause)) => {
            (head, head.end)
        }
        // Right after words in quotation marks with no verb of their own,
        // a term rather than a quotation ("wants to connect “full-fibre”
        // broadband … by 2034"): the clause goes on over them. Not after a
        // modal or "to", where the quoted words are the verb ("would “tick
        // up” in August").
        Some(&head)
            if quotes(gap_before(head, prev), gap_before(prev, clause))
                && !doc
                    .prose
                    .get(head.start..head.end)
                    .is_some_and(|h| words(h).last().is_some_and(|(_, w)| is_modal_or_to(w)))
                && doc.prose.get(prev.start..prev.end).is_some_and(|q| {
                    ClauseMarkers::new(q).markers.is_empty()
                        && !words(q)
                            .iter()
                            .any(|(_, w)| is_negation(w) || matches!(w.as_ref(), "no" | "none"))
                }) =>
        {
            (head, clause.end)
        }
        // Inside it: the closing mark ends the clause, before the next
        // clause or the end of the sentence.
        _ => {
            let next = s.clauses.get(i + 1).map_or(s.span.end, |c| c.start);
            let close = doc.prose.get(clause.end..next).unwrap_or("");
            let close = close.trim_end_matches(['.', '!', '?', ',', ';']);
            if !parenthesis(gap_before(prev, clause), close) {
                return None;
            }
            (prev, prev.end)
        }
    };
    let text = doc.prose.get(head.start..end)?;
    ClauseMarkers::new(text).marked(text.len(), text.len())
}

/// Whether `open` and `close`, the gaps around a clause, are a pair of
/// quotation marks, curly or straight, double or single.
fn quotes(open: &str, close: &str) -> bool {
    matches!(
        (open.trim(), close.trim()),
        ("“", "”") | ("\"", "\"") | ("‘", "’") | ("'", "'")
    )
}

/// Whether `open` and `close`, the gaps around a clause, are a pair of
/// brackets or of dashes.
fn parenthesis(open: &str, close: &str) -> bool {
    let dash = |g: &str| matches!(g, "–" | "—" | "-");
    match (open.trim(), close.trim()) {
        ("(", ")") => true,
        (o, c) => dash(o) && dash(c),
    }
}

/// The tense a clause with no verb of its own continues from the clause
/// before it, which a comma ends: "The data will be released late
/// Tuesday, followed by the minutes early Wednesday", "… will publish
/// its results Tuesday, with the final report due Wednesday". The clause
/// opens with a word of sequence or accompaniment ("followed by",
/// "preceded by", "with", "then", "and then", "plus", "along with") and
/// holds no marker; the date takes the last marker of the clause before.
/// "and" before a figure or a time, "alongside", and a participle open
/// such a phrase too ("…, and 90 more today", "…, alongside an initial
/// £20m investment in 2021", "…, serving 3.7 million passengers in
/// October").
/// `None` where the clause is no such phrase, or nothing before it marks;
/// else the tense and the offset of the phrase's first infinitive (its
/// length if none): "with lawmakers racing to beat a Friday deadline"
/// looks ahead of its own, so a date after an infinitive is not read so.
pub(super) fn elided(doc: &Document, clause: Span, text: &str) -> Option<Elided> {
    let ws = words(text.get(..text.len().min(24)).unwrap_or(text));
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let own = ClauseMarkers::new(text);
    let infinitive = own
        .ws
        .windows(2)
        .find_map(|p| match p {
            [(at, to), (_, v)] if to == "to" && is_verb_after_to(v) => Some(*at),
            _ => None,
        })
        .unwrap_or(text.len());
    let verb_item = opens_verb_phrase(text, &ws);
    if !(opened(&ws) || verb_item || noun_item(text, &ws)) || !own.markers.is_empty() {
        return None;
    }
    let k = doc
        .sentences
        .partition_point(|s| s.span.end <= clause.start);
    let s = doc.sentences.get(k)?;
    let mut i = s.clauses.partition_point(|c| c.start < clause.start);
    let mut after = clause;
    // A list of figures, each with its date ("will deliver 2 million kits
    // in June, 3 million kits by the end of July, and a further 1.5
    // million by August"): an item with no marker goes back
    // over the items before it, at most [`LIST_REACH`], to the clause
    // whose verb they all share.
    for _ in 0..LIST_REACH {
        i = i.checked_sub(1)?;
        let head = *s.clauses.get(i)?;
        if doc.prose.get(head.end..after.start)?.trim() != "," {
            return None;
        }
        let before = doc.prose.get(head.start..head.end)?;
        let marks = ClauseMarkers::new(before);
        // "… said it would cut costs, citing charges during the third
        // quarter": the grounds are the teller's, given when the head's first
        // verb (the telling, not the plan told) happened, and no promise.
        if word(0).is_some_and(gives_grounds) {
            let &(_, mark) = marks.markers.first()?;
            let t = ClauseTense {
                tense: mark.tense(),
                commitment: false,
                negated: false,
            };
            return Some((t, infinitive));
        }
        if let Some(t) = marks.marked(before.len(), before.len()) {
            // Verbs after a comma share only a "will" before them ("will
            // cut 1,700 jobs, delay the launch and post a loss for …").
            if verb_item && t.tense != Tense::Future {
                return None;
            }
            return Some((t, infinitive));
        }
        let item = words(before.get(..before.len().min(24)).unwrap_or(before));
        let passed = item.first().is_some_and(|(_, w)| opens_figure(w))
            || verb_item && opens_verb_phrase(before, &item);
        if !passed {
            return None;
        }
        after = head;
    }
    None
}

/// Whether `text`, whose first words are `ws`, goes on a list of nouns
/// the clause before it began: a word in lower case that is no function
/// word, then "and" or "or" within two words ("will raise its dividend,
/// investments and exploration spending in 2018"). The nouns share the
/// verb before the comma.
fn noun_item(text: &str, ws: &[(usize, std::borrow::Cow<'_, str>)]) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let lower = text
        .trim_start()
        .starts_with(|c: char| c.is_ascii_lowercase());
    lower
        && word(0).is_some_and(|w| {
            w.len() > 2
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !is_function_word(w)
                && !is_gerund(w)
                && !NOT_BARE_VERBS.contains(&w)
        })
        && (1..=2).any(|k| matches!(word(k), Some("and" | "or")))
}

/// How many clauses back [`elided`] reads over the items of a list.
const LIST_REACH: usize = 3;

/// Whether a clause opening with word `w` opens with a figure.
fn opens_figure(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
}

/// Whether `text`, whose first words are `ws`, opens with a verb in its
/// bare form and its object, "and" before it or not: "…, delay the first
/// deliveries by a year and post a loss for the third quarter" goes on
/// with the subject and the "will" of the clause before it, one verb of a
/// list that "will" governs. A word in lower case that is no function
/// word or adverb, before a determiner or a figure, is read as such a verb
/// (a noun or an adjective does not stand before "the" or "a").
fn opens_verb_phrase(text: &str, ws: &[(usize, std::borrow::Cow<'_, str>)]) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    let first = usize::from(word(0) == Some("and"));
    let (Some(verb), Some(object)) = (word(first), word(first + 1)) else {
        return false;
    };
    let at = ws.get(first).map_or(0, |(at, _)| *at);
    let lower = text
        .get(at..)
        .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_lowercase()));
    let object_opens = matches!(object, "the" | "a" | "an" | "its" | "their" | "his" | "her")
        || opens_figure(object);
    lower
        && object_opens
        && verb.len() > 2
        && verb.chars().all(|c| c.is_ascii_lowercase())
        && !verb.ends_with("ly")
        && !is_gerund(verb)
        && !NOT_BARE_VERBS.contains(&verb)
}

/// Words that open a phrase after a comma before "the" or a figure but
/// are no bare verb: prepositions, conjunctions, pronouns, quantifiers,
/// adverbs, forms of "be" and "have", and the verbs of saying that follow
/// a quotation ("…, says the minister").
const NOT_BARE_VERBS: &[&str] = &[
    "about",
    "above",
    "according",
    "across",
    "after",
    "against",
    "all",
    "almost",
    "along",
    "also",
    "although",
    "amid",
    "among",
    "and",
    "another",
    "are",
    "around",
    "because",
    "been",
    "before",
    "behind",
    "below",
    "beside",
    "besides",
    "between",
    "beyond",
    "both",
    "but",
    "despite",
    "down",
    "during",
    "each",
    "either",
    "even",
    "every",
    "except",
    "excluding",
    "for",
    "from",
    "had",
    "has",
    "have",
    "how",
    "including",
    "inside",
    "into",
    "just",
    "least",
    "like",
    "many",
    "minus",
    "more",
    "most",
    "much",
    "near",
    "nearly",
    "neither",
    "nor",
    "not",
    "off",
    "once",
    "only",
    "onto",
    "other",
    "out",
    "over",
    "per",
    "plus",
    "roughly",
    "said",
    "say",
    "says",
    "since",
    "some",
    "still",
    "such",
    "than",
    "that",
    "then",
    "these",
    "this",
    "those",
    "though",
    "through",
    "till",
    "toward",
    "towards",
    "under",
    "unless",
    "unlike",
    "until",
    "upon",
    "versus",
    "via",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whereas",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "with",
    "within",
    "without",
    "yet",
];

/// Whether the phrase of words `ws` opens as [`elided`] reads: a word of
/// sequence or accompaniment, a participle, or a figure, "and" before it
/// or not.
fn opened(ws: &[(usize, std::borrow::Cow<'_, str>)]) -> bool {
    let word = |k: usize| ws.get(k).map(|(_, w)| w.as_ref());
    match word(0) {
        Some("followed" | "preceded") => word(1) == Some("by"),
        Some("with" | "then" | "plus" | "alongside") => true,
        // "…, and 2,140 over the past two weeks", "…, and 90 more today",
        // "…, and a further 1.5 million kits by August": a figure or a
        // time after "and" with no verb of its own, not "…, and the
        // contract expires on Friday".
        // "…, or late next year": another date for the same thing.
        Some("and" | "or") => {
            word(1).is_some_and(|w| {
                w == "then"
                    || is_time_word(w)
                    || matches!(w, "late" | "early" | "mid" | "next" | "this")
            }) || (1..=3)
                .find(|&k| {
                    !word(k).is_some_and(|w| matches!(w, "a" | "an" | "another" | "further"))
                })
                .and_then(word)
                .is_some_and(opens_figure)
        }
        Some("along") => word(1) == Some("with"),
        // "…, 3 million kits by the end of July": an item of a list,
        // a figure with no verb of its own.
        Some(w) if opens_figure(w) => true,
        // "…, serving 3.7 million passengers in October": a participle
        // phrase goes on with the verb of the clause it hangs from.
        Some(w) => is_gerund(w),
        None => false,
    }
}
