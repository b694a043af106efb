//! A count of time looked back over: "the first surplus in 12 years",
//! "its lowest level in more than a decade" — the words before "in" that
//! make "in N years" a length of time, not a date ahead. Part of the
//! duration grammar (its words are in the date gate's vocabulary:
//! `lex::literals::DATE_SOURCES`).

/// Words that, before "in" and a count of time in their clause, make it
/// the length looked back over: "the first surplus in 12 years", "its
/// lowest level in more than a decade".
const LOOKING_BACK: &[&str] = &[
    "first",
    "highest",
    "lowest",
    "biggest",
    "largest",
    "smallest",
    "strongest",
    "weakest",
    "worst",
    "best",
    "fastest",
    "slowest",
    "deadliest",
    "hottest",
    "coldest",
    "wettest",
    "driest",
    "longest",
    "shortest",
];

/// Words that end a noun phrase before "in": a verb's helper ("the first
/// trains will run in two years" is a date ahead).
const AUXILIARIES: &[&str] = &[
    "will", "would", "shall", "should", "can", "could", "may", "might", "must", "is", "are", "was",
    "were", "be", "been", "to", "has", "have", "had", "do", "does", "did",
];

/// How far back [`looks_back`] reads, in bytes: five words and more.
const LOOK_BACK_BYTES: usize = 96;

/// Whether "in" and a count of time after `before` look back over that
/// length: one of [`LOOKING_BACK`] in the noun phrase right before it,
/// at most four words back in its clause and no verb's helper between
/// ("for the first time in eight years", "its lowest inflation rate in"),
/// or two words before a short relative infinitive ("the strongest
/// cyclone to hit the coast in").
/// Elsewhere "in 12 years" is a date, the article date shifted on.
pub fn looks_back(before: &str) -> bool {
    // Six words back at most: a bounded tail, however long the clause.
    let clause = crate::extract::grammar::tail(before, LOOK_BACK_BYTES)
        .rsplit([',', ';', ':', '(', ')', '"', '“', '”'])
        .next()
        .unwrap_or("");
    let mut words = clause
        .split(|c: char| !c.is_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
        .peekable();
    let mut reach = 4;
    let mut to_at = None;
    let mut read = 0;
    while read < reach {
        let Some(w) = words.next() else { break };
        read += 1;
        if LOOKING_BACK.iter().any(|l| l.eq_ignore_ascii_case(w)) {
            return true;
        }
        // Any superlative after a determiner or a possessive: "the
        // fiercest storm", "Chile's most severe drought".
        if words.peek().is_some_and(|d| determiner(d)) && superlative(w) {
            return true;
        }
        // A relative infinitive of at most four words ("to hit the
        // coast") may stand between the noun a first or a superlative
        // grades and "in": "the strongest cyclone to hit the coast in 14
        // years". Only one, and only that close: "to" then reads as no
        // verb's helper, and two more words are read for the noun phrase.
        if to_at.is_none() && read <= 4 && w.eq_ignore_ascii_case("to") {
            to_at = Some(read);
            reach = read + 2;
            continue;
        }
        if AUXILIARIES.iter().any(|a| a.eq_ignore_ascii_case(w)) {
            return false;
        }
    }
    false
}

/// A determiner or a possessive before a superlative: "the", "its",
/// "Odisha's" (whose "s" stands alone once the apostrophe splits it).
fn determiner(w: &str) -> bool {
    [
        "the", "its", "his", "her", "their", "our", "my", "your", "s",
    ]
    .iter()
    .any(|d| d.eq_ignore_ascii_case(w))
}

/// Nouns that end as a superlative does and stand after a determiner:
/// "the interest", "the west", "the forest".
const EST_NOUNS: &[&str] = &[
    "arrest",
    "behest",
    "chest",
    "contest",
    "crest",
    "digest",
    "forest",
    "guest",
    "harvest",
    "honest",
    "inquest",
    "interest",
    "invest",
    "manifest",
    "midwest",
    "modest",
    "nest",
    "pest",
    "priest",
    "protest",
    "quest",
    "request",
    "rest",
    "southwest",
    "northwest",
    "test",
    "unrest",
    "west",
    "conquest",
    "bequest",
    "earnest",
    "tempest",
    "zest",
    "gabfest",
    "latest",
];

/// A superlative: "most" or "least" (before the adjective they grade) or
/// an "-est" adjective that is not one of [`EST_NOUNS`] ("fiercest",
/// "biggest", "rainiest").
fn superlative(w: &str) -> bool {
    if w.eq_ignore_ascii_case("most") || w.eq_ignore_ascii_case("least") {
        return true;
    }
    let est = w.len() >= 6
        && w.is_ascii()
        && w.get(w.len() - 3..)
            .is_some_and(|t| t.eq_ignore_ascii_case("est"));
    est && !EST_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
}

/// How far after "in" [`perfect_follows`] reads, in bytes: the count and
/// a short subject.
const PERFECT_AHEAD_BYTES: usize = 80;

/// Participles of the common irregular verbs, which do not end in "-ed"
/// or "-en" ("has spent", "have sold").
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "spent", "sold", "made", "built", "paid", "lost", "won", "seen", "been", "had", "done", "gone",
    "grown", "risen", "fallen", "brought", "bought", "kept", "left", "met", "sent", "set", "cut",
    "put", "shut", "hit", "run", "become", "come", "got", "gotten",
];

/// Whether "in" and a count of time at the start of `i` open a clause in
/// the present perfect or the past perfect ("in two days Poland has spent
/// ...", "in three weeks the firm had sold ..."): what has been done is
/// done within that length of time, so the count is a length, not a date
/// ahead. A modal before "have" ("will have finished") looks ahead, and
/// "has to" is an obligation. Reads a bounded stretch of one sentence.
pub fn perfect_follows(i: &str) -> bool {
    let mut end = i.len().min(PERFECT_AHEAD_BYTES);
    while !i.is_char_boundary(end) {
        end -= 1;
    }
    let sentence = i
        .get(..end)
        .unwrap_or("")
        .split(['.', ';', ':', '?', '!'])
        .next()
        .unwrap_or("");
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let participle = |w: &str| {
        w.len() > 3 && (w.ends_with("ed") || w.ends_with("en"))
            || IRREGULAR_PARTICIPLES.contains(&w)
    };
    words.iter().enumerate().skip(2).any(|(k, w)| {
        let helper = matches!(w.as_str(), "has" | "have" | "had");
        let modal = words.get(k - 1).is_some_and(|p| {
            matches!(
                p.as_str(),
                "will" | "would" | "shall" | "should" | "could" | "may" | "might" | "must" | "to"
            )
        });
        let mut next = k + 1;
        if words
            .get(next)
            .is_some_and(|n| n.ends_with("ly") || matches!(n.as_str(), "already" | "just" | "also"))
        {
            next += 1;
        }
        helper && !modal && words.get(next).is_some_and(|n| participle(n))
    })
}
