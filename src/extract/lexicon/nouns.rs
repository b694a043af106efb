//! Counted nouns: what is not a noun, modifiers, tallies, casualties.

/// Words that are never the counted noun after a figure.
pub const NOT_NOUNS: &[&str] = &[
    "a", "about", "above", "across", "after", "against", "ago", "all", "also", "am", "among", "an",
    "and", "any", "are", "around", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "down", "during", "each",
    "either", "else", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "just", "least", "less", "like", "may",
    "me", "might", "more", "most", "must", "my", "near", "next", "last", "no", "nor", "not", "now",
    "of", "off", "on", "once", "only", "onto", "or", "other", "our", "out", "over", "per", "plus",
    "same", "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the",
    "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
    "under", "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when",
    "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
    "would", "yet", "you", "your", "times", "percent", "cent",
];

/// Adjectives often standing between a figure and its noun ("800 more
/// troops", "13 such games").
pub const SKIPPABLE_ADJECTIVES: &[&str] = &[
    "more",
    "last",
    "next",
    "additional",
    "extra",
    "new",
    "other",
    "foreign",
    "local",
    "armed",
    "active",
    "former",
    "young",
    "old",
    "elderly",
    "registered",
    "confirmed",
    "displaced",
    "further",
    // A pointing word before the noun it points to: "13 such games".
    "such",
];

/// Verbs that often follow a count and end its noun phrase, where no
/// noun is written ("22 died", "3 say", "two left"): forms that do not end
/// in -ed, which are recognised by their ending.
pub const VERBS_AFTER_FIGURES: &[&str] = &[
    "say", "says", "said", "told", "tell", "won", "win", "wins", "lost", "lose", "took", "take",
    "left", "came", "come", "went", "go", "got", "made", "make", "ran", "saw", "see", "hit",
    "fell", "fall", "rose", "rise", "grew", "began", "became", "become", "led", "paid", "sold",
    "spent", "held", "kept", "met", "put", "set", "shot", "stood", "struck", "fled", "remain",
    "remains", "stand", "stands", "live", "lives", "die", "dies", "work", "works", "voted",
    "fought", "gave", "give", "brought", "sent", "caught", "taught", "wrote", "drove", "flew",
    "swam", "chose", "spoke", "broke", "woke", "wore", "tore", "bore", "swore", "ate", "sat",
    "hid",
];

/// Past participles in -n, read like those in -ed ("5 known cases",
/// "2.7 million shots given").
pub const PARTICIPLES_IN_N: &[&str] = &[
    "known",
    "given",
    "taken",
    "seen",
    "shown",
    "grown",
    "born",
    "done",
    "gone",
    "written",
    "driven",
    "chosen",
    "spoken",
    "broken",
    "stolen",
    "fallen",
    "risen",
    "beaten",
    "eaten",
    "hidden",
    "forgotten",
    "thrown",
    "drawn",
    "flown",
    "sworn",
    "torn",
    "worn",
    "withdrawn",
];

/// Words that stand after a counted noun without being one: "95 people
/// dead", "150 people missing", "91 goals total", "one title behind".
pub const POST_NOUN_WORDS: &[&str] = &[
    // "one small party close to the PP": where the counted stands.
    "close",
    "missing",
    "dead",
    "alive",
    "injured",
    "wounded",
    "total",
    "overall",
    "behind",
    "ahead",
    "apiece",
    "combined",
    "altogether",
    "respectively",
    "aboard",
    "abroad",
    "away",
    "back",
    "later",
    "earlier",
    "worldwide",
    "nationwide",
    "annually",
    "yearly",
    "daily",
    "weekly",
    "monthly",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "instead",
    "already",
    "still",
    "each",
    "so",
    "far",
    "too",
    "left",
    "remaining",
    "aged",
    "old",
];

/// Plurals that modify a noun after them ("sports fans", "weapons
/// inspectors"), where a plural otherwise ends its noun phrase.
pub const PLURAL_MODIFIERS: &[&str] = &[
    "sports",
    "arms",
    "savings",
    "goods",
    "news",
    "weapons",
    "services",
    "communications",
    "operations",
    "systems",
    "earnings",
    "sales",
    "customs",
    "drugs",
    "jobs",
    "parks",
    "rights",
    "materials",
    "electronics",
    "athletics",
    "physics",
    "economics",
    "politics",
    "mathematics",
    // Diseases in -s name what is counted after them ("46 measles cases").
    "measles",
    "mumps",
    "rabies",
    "diabetes",
    "herpes",
    "shingles",
];

/// Nouns a score or a vote tally stands before ("a 6-3 vote", "a 2-1
/// win"), which make two numbers joined by a dash a tally, not a date.
pub const TALLY_NOUNS: &[&str] = &[
    "vote",
    "votes",
    "win",
    "victory",
    "loss",
    "defeat",
    "lead",
    "record",
    "margin",
    "split",
    "decision",
    "ruling",
    "rout",
    "score",
    "scoreline",
    "draw",
    "tie",
    "count",
    "majority",
    "verdict",
    "triumph",
    "upset",
    "drubbing",
    "thrashing",
    "comeback",
    "result",
];

/// Words a score or a tally stands after ("voted 68-29", "won 2-1",
/// "improved to 12-4", "shot 12-18").
pub const TALLY_VERBS: &[&str] = &[
    "voted", "vote", "won", "win", "wins", "lost", "lose", "loses", "beat", "beats", "tied", "tie",
    "drew", "draw", "leads", "led", "trail", "trails", "trailed", "defeated", "edged", "improved",
    "fell", "went", "shot", "shooting", "game", "record", "score", "scored", "margin", "split",
    "passed", "approved", "rejected", "ruled",
];

/// Nouns that end like a past tense or an adverb ("hundred", "bed",
/// "family"), so they are not left out of a noun phrase as one.
pub const NOUNS_LIKE_VERB_FORMS: &[&str] = &[
    "hundred",
    "hundreds",
    "bed",
    "shed",
    "sled",
    "red",
    "bred",
    "creed",
    "need",
    "steed",
    "seed",
    "speed",
    "feed",
    "weed",
    "breed",
    "family",
    "assembly",
    "supply",
    "ally",
    "rally",
    "belly",
    "jelly",
    "bully",
    "lily",
    "tally",
    "folly",
    "gully",
    "valley",
    "volley",
    "trolley",
    "monopoly",
    "anomaly",
    "italy",
    "july",
    "billy",
    "holly",
    "melly",
    "reply",
    "ply",
    "fly",
    "thing",
    "king",
    "ring",
    "wing",
    "spring",
    "string",
    "morning",
    "evening",
    "building",
    "meeting",
    "wedding",
    "ceiling",
    "painting",
    "offering",
    "landing",
    "listing",
    "filing",
    "ruling",
    "finding",
    "saving",
    "holding",
    "earning",
    "opening",
    "hearing",
    "setting",
    "training",
    "funding",
    "housing",
    "shooting",
    "bombing",
    "killing",
    "warning",
    "screening",
    "reading",
    "rating",
    "ranking",
    "recording",
    "crossing",
    "clothing",
    "feeling",
    "heading",
    "timing",
    "serving",
    "booking",
    "polling",
    "swing",
    "sibling",
    "duckling",
    "dumpling",
    "pudding",
];

/// Whether a lowercase word is one of [`NOT_NOUNS`] (the same answer as
/// `NOT_NOUNS.contains`), by binary search in a sorted copy of the table
/// instead of comparing with every entry.
pub fn is_not_noun_lowercase(lower: &str) -> bool {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SORTED
        .get_or_init(|| {
            let mut words = NOT_NOUNS.to_vec();
            words.sort_unstable();
            words
        })
        .binary_search(&lower)
        .is_ok()
}

/// Whether `w` lowercased is one of [`NOT_NOUNS`]; an ASCII word is
/// compared without building its lowercase copy (the same answer).
pub fn is_not_noun(w: &str) -> bool {
    let mut buf = [0u8; 16];
    match buf.get_mut(..w.len()) {
        Some(b) if w.is_ascii() => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            std::str::from_utf8(b).is_ok_and(is_not_noun_lowercase)
        }
        _ => is_not_noun_lowercase(&w.to_lowercase()),
    }
}

/// Words that, right beside a figure with no noun of its own, say it
/// counts people: "22 died", "92 dead, nearly 900 injured", "killed more
/// than 1,400", "13 missing".
pub const CASUALTY_WORDS: &[&str] = &[
    "died",
    "dead",
    "killed",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "evacuated",
    "displaced",
    "rescued",
    "drowned",
    "perished",
    "hospitalised",
    "hospitalized",
    "infected",
    "arrested",
    "detained",
];

/// Units of facts that count parts of a whole: successes of attempts or
/// members of a body, what a bare "X of Y" ("finished 30 of 46", "won 15
/// of 20") counts when neither figure names a noun.
pub const PART_COUNTS: &[&str] = &[
    "completions",
    "attempts",
    "passes",
    "shots",
    "free throws",
    "field goals",
    "three-pointers",
    "penalties",
    "kicks",
    "conversions",
    "saves",
    "seats",
    "votes",
    "wins",
    "games",
    "matches",
];

/// Units of facts that count people, which a figure beside a
/// [`CASUALTY_WORDS`] word may match: "22 died" and a fact of 22 deaths.
pub const PERSON_COUNTS: &[&str] = &[
    "people",
    "persons",
    "deaths",
    "dead",
    "casualties",
    "fatalities",
    "victims",
    "injured",
    "injuries",
    "lives",
    "residents",
];

/// Nouns that govern an "over" after them, the preposition of what they
/// beat, rule or are about: "a sweep over three distances", "a win over
/// two rivals", "control over 40 districts", "a row over 12 seats" — there
/// "over" before a count is no "more than".
pub const OVER_NOUNS: &[&str] = &[
    "sweep",
    "win",
    "wins",
    "victory",
    "victories",
    "triumph",
    "lead",
    "edge",
    "advantage",
    "control",
    "power",
    "powers",
    "authority",
    "sovereignty",
    "jurisdiction",
    "dominance",
    "supremacy",
    "influence",
    "grip",
    "hold",
    "row",
    "dispute",
    "disputes",
    "clash",
    "clashes",
    "fight",
    "battle",
    "standoff",
    "concern",
    "concerns",
    "fears",
    "worries",
    "anger",
    "outrage",
    "protest",
    "protests",
];
