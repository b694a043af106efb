//! Every word list the grammars use, in one place.

use crate::extract::claim::{Qualifier, Relation};

/// Cardinal words below twenty.
pub const SMALL_NUMBERS: &[(&str, u32)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

/// Multiples of ten.
pub const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Scale words after a figure ("8.5 million", "eight million").
pub const SCALES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Qualifier phrases, longest first so "more than" wins over "more".
pub const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast),
    ("no more than", Qualifier::UpTo),
    ("a minimum of", Qualifier::AtLeast),
    ("a maximum of", Qualifier::UpTo),
    ("in excess of", Qualifier::Over),
    ("upwards of", Qualifier::Over),
    ("upward of", Qualifier::Over),
    ("as many as", Qualifier::UpTo),
    ("as much as", Qualifier::UpTo),
    ("an estimated", Qualifier::About),
    ("just under", Qualifier::Nearly),
    ("just short of", Qualifier::Nearly),
    ("close to", Qualifier::Nearly),
    ("more than", Qualifier::Over),
    ("fewer than", Qualifier::Under),
    ("less than", Qualifier::Under),
    ("at least", Qualifier::AtLeast),
    ("at most", Qualifier::UpTo),
    ("up to", Qualifier::UpTo),
    ("approaching", Qualifier::Nearly),
    ("nearly", Qualifier::Nearly),
    ("almost", Qualifier::Nearly),
    ("over", Qualifier::Over),
    ("above", Qualifier::Over),
    ("exceeding", Qualifier::Over),
    ("under", Qualifier::Under),
    ("below", Qualifier::Under),
    ("about", Qualifier::About),
    ("around", Qualifier::About),
    ("approximately", Qualifier::About),
    ("roughly", Qualifier::About),
    ("some", Qualifier::About),
    ("circa", Qualifier::About),
    ("exactly", Qualifier::Exactly),
    ("precisely", Qualifier::Exactly),
];

/// Relation phrases before a date, longest first.
pub const RELATIONS: &[(&str, Relation)] = &[
    ("no later than", Relation::By),
    ("by the end of", Relation::By),
    ("before the end of", Relation::By),
    ("until the end of", Relation::Until),
    ("by", Relation::By),
    ("before", Relation::Before),
    ("after", Relation::After),
    ("since", Relation::Since),
    ("until", Relation::Until),
    ("till", Relation::Until),
    ("through", Relation::Until),
    ("later than", Relation::After),
    ("not later than", Relation::By),
    ("on", Relation::On),
    ("in", Relation::In),
    ("at", Relation::In),
    ("during", Relation::In),
];

/// Month names and abbreviations (capitalised in prose, which keeps "may"
/// and "march" the verbs out).
pub const MONTHS: &[(&str, u32)] = &[
    ("January", 1),
    ("February", 2),
    ("March", 3),
    ("April", 4),
    ("May", 5),
    ("June", 6),
    ("July", 7),
    ("August", 8),
    ("September", 9),
    ("October", 10),
    ("November", 11),
    ("December", 12),
    ("Sept", 9),
    ("Jan", 1),
    ("Feb", 2),
    ("Mar", 3),
    ("Apr", 4),
    ("Jun", 6),
    ("Jul", 7),
    ("Aug", 8),
    ("Sep", 9),
    ("Oct", 10),
    ("Nov", 11),
    ("Dec", 12),
];

/// Weekday names, Monday = 0.
pub const WEEKDAYS: &[(&str, u8)] = &[
    ("Monday", 0),
    ("Tuesday", 1),
    ("Wednesday", 2),
    ("Thursday", 3),
    ("Friday", 4),
    ("Saturday", 5),
    ("Sunday", 6),
];

/// Weekday abbreviations, accepted only capitalised and only where a date
/// follows or a period marks them ("Tue, June 29", "Fri.").
pub const WEEKDAY_ABBREVIATIONS: &[(&str, u8)] = &[
    ("Mon", 0),
    ("Tue", 1),
    ("Tues", 1),
    ("Wed", 2),
    ("Thu", 3),
    ("Thur", 3),
    ("Thurs", 3),
    ("Fri", 4),
    ("Sat", 5),
    ("Sun", 6),
];

/// Words that shift a calendar unit from the article date: this = 0,
/// next = 1, last = −1.
pub const SHIFT_WORDS: &[(&str, i32)] = &[
    ("this", 0),
    ("current", 0),
    ("next", 1),
    ("following", 1),
    ("coming", 1),
    ("upcoming", 1),
    ("last", -1),
    ("past", -1),
    ("previous", -1),
];

/// Days named relative to the article date.
pub const DAY_WORDS: &[(&str, i32)] = &[("today", 0), ("yesterday", -1), ("tomorrow", 1)];

/// Ordinal words for days of the month and quarters ("the first of March").
pub const ORDINAL_WORDS: &[(&str, u32)] = &[
    ("first", 1),
    ("second", 2),
    ("third", 3),
    ("fourth", 4),
    ("fifth", 5),
    ("sixth", 6),
    ("seventh", 7),
    ("eighth", 8),
    ("ninth", 9),
    ("tenth", 10),
    ("eleventh", 11),
    ("twelfth", 12),
    ("thirteenth", 13),
    ("fourteenth", 14),
    ("fifteenth", 15),
    ("sixteenth", 16),
    ("seventeenth", 17),
    ("eighteenth", 18),
    ("nineteenth", 19),
    ("twentieth", 20),
    ("thirtieth", 30),
];

/// Words for a part of a period ("early June", "the end of the year").
pub const PART_WORDS: &[(&str, crate::extract::date::Part)] = &[
    ("early", crate::extract::date::Part::Early),
    ("mid", crate::extract::date::Part::Mid),
    ("late", crate::extract::date::Part::Late),
    ("the beginning of", crate::extract::date::Part::Early),
    ("the start of", crate::extract::date::Part::Early),
    ("the middle of", crate::extract::date::Part::Mid),
    ("the end of", crate::extract::date::Part::Late),
    ("beginning of", crate::extract::date::Part::Early),
    ("start of", crate::extract::date::Part::Early),
    ("middle of", crate::extract::date::Part::Mid),
    ("end of", crate::extract::date::Part::Late),
];

/// Vague times that are extracted but never resolved ("in the coming weeks").
pub const VAGUE_DATES: &[&str] = &[
    "in the coming days",
    "in the coming weeks",
    "in the coming months",
    "in the coming years",
    "in the days ahead",
    "in the weeks ahead",
    "in the months ahead",
    "in the years ahead",
    "in the near future",
    "in recent days",
    "in recent weeks",
    "in recent months",
    "in recent years",
    "at a later date",
    "soon",
];

/// Words joining the two ends of a range ("from May to July", "July 13-15").
pub const RANGE_JOINERS: &[&str] = &["to", "through", "thru", "till", "until", "-", "–", "—"];

/// Words that are never the counted noun after a figure.
pub const NOT_NOUNS: &[&str] = &[
    "a", "about", "above", "across", "after", "against", "ago", "all", "also", "am", "among", "an",
    "and", "any", "are", "around", "as", "at", "be", "because", "been", "before", "being", "below",
    "between", "both", "but", "by", "can", "could", "did", "do", "does", "down", "during", "each",
    "either", "else", "for", "from", "had", "has", "have", "he", "her", "here", "him", "his",
    "how", "i", "if", "in", "into", "is", "it", "its", "just", "least", "less", "like", "may",
    "me", "might", "more", "most", "must", "my", "near", "no", "nor", "not", "now", "of", "off",
    "on", "once", "only", "onto", "or", "other", "our", "out", "over", "per", "plus", "same",
    "shall", "she", "should", "since", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "would",
    "yet", "you", "your", "times", "percent", "cent",
];

/// Adjectives often standing between a figure and its noun ("800 more troops").
pub const SKIPPABLE_ADJECTIVES: &[&str] = &[
    "more",
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
];

/// Currency words after a figure, with their ISO codes.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollars", "USD"),
    ("dollar", "USD"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds", "GBP"),
    ("yen", "JPY"),
];

/// Currency symbols before a figure.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "JPY"),
];

/// Look up a word, case-insensitively, in a `(word, value)` table.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}
