//! Date words: relations, months, weekdays, shifts, day words, parts of
//! a period, vague dates and range joiners.

use crate::extract::claim::Relation;

/// Relation phrases before a date, longest first.
pub const RELATIONS: &[(&str, Relation)] = &[
    // "no later than on December 3": the deadline, its "on" kept.
    ("no later than on", Relation::By),
    ("not later than on", Relation::By),
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
    // "starting January 7th", "beginning on Monday": from then on.
    ("starting on", Relation::Since),
    ("starting from", Relation::Since),
    ("starting", Relation::Since),
    ("beginning on", Relation::Since),
    ("beginning", Relation::Since),
    ("not later than", Relation::By),
    ("on", Relation::On),
    ("in", Relation::In),
    ("at", Relation::In),
    ("during", Relation::In),
    // "throughout the decade", "throughout 2019": all of it, in it.
    ("throughout", Relation::In),
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
pub const DAY_ORDINALS: &[(&str, u32)] = &[
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
pub const RANGE_JOINERS: &[&str] = &["to", "through", "thru", "till", "until", "-", "–", "—", "~"];
