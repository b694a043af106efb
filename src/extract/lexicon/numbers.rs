//! Numbers in words: small numbers, tens, scales, fractions, ordinals.

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

/// Other words for zero, read but never written: "nought", "nil".
pub const ZERO_WORDS: &[(&str, u32)] = &[("nought", 0), ("naught", 0), ("nil", 0)];

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

/// Scale words that are read but never written in suggestions: plurals
/// ("three billions") and the Indian lakh and crore.
pub const MORE_SCALES: &[(&str, f64)] = &[
    ("thousands", 1e3),
    ("millions", 1e6),
    ("billions", 1e9),
    ("trillions", 1e12),
    // Indian English news counts in lakhs (100,000) and crores (10 million).
    ("lakh", 1e5),
    ("lakhs", 1e5),
    ("lac", 1e5),
    ("lacs", 1e5),
    ("crore", 1e7),
    ("crores", 1e7),
];

/// Abbreviated scales written after digits, spaced or glued: "1.3bn",
/// "10 bln", "$5 mln", "Rs 40 cr".
pub const SCALE_ABBREVIATIONS: &[(&str, f64)] = &[
    ("bn", 1e9),
    ("bln", 1e9),
    ("mn", 1e6),
    ("mln", 1e6),
    ("tn", 1e12),
    ("trn", 1e12),
    ("tln", 1e12),
    ("cr", 1e7),
];

/// One-letter scales glued to digits, matched case-sensitively: "40k",
/// "3.2m", "$1.2B", "10M". A lowercase `m` may also be metres ("a 3m
/// wall"); the quantity grammar decides. "mil" and "MM" are financial.
pub const GLUED_SCALES: &[(&str, f64)] = &[
    ("mil", 1e6),
    ("MM", 1e6),
    ("k", 1e3),
    ("K", 1e3),
    ("m", 1e6),
    ("M", 1e6),
    ("b", 1e9),
    ("B", 1e9),
];

/// "a dozen", "two dozen", "3 dozens".
pub const DOZENS: &[(&str, f64)] = &[("dozen", 12.0), ("dozens", 12.0)];

/// Denominators of fractions in words: "two-thirds", "three quarters",
/// "a fifth", "one hundredth". "second" is left out: it is a time unit.
pub const FRACTION_DENOMINATORS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("halves", 2.0),
    ("third", 3.0),
    ("thirds", 3.0),
    ("quarter", 4.0),
    ("quarters", 4.0),
    ("fourth", 4.0),
    ("fourths", 4.0),
    ("fifth", 5.0),
    ("fifths", 5.0),
    ("sixth", 6.0),
    ("sixths", 6.0),
    ("seventh", 7.0),
    ("sevenths", 7.0),
    ("eighth", 8.0),
    ("eighths", 8.0),
    ("ninth", 9.0),
    ("ninths", 9.0),
    ("tenth", 10.0),
    ("tenths", 10.0),
    ("twentieth", 20.0),
    ("twentieths", 20.0),
    ("thirtieth", 30.0),
    ("thirtieths", 30.0),
    ("hundredth", 100.0),
    ("hundredths", 100.0),
    ("thousandth", 1e3),
    ("thousandths", 1e3),
    ("millionth", 1e6),
    ("millionths", 1e6),
    ("billionth", 1e9),
    ("billionths", 1e9),
    ("trillionth", 1e12),
    ("trillionths", 1e12),
];

/// Single-character fractions: "½", "2¾".
pub const VULGAR_FRACTIONS: &[(char, f64)] = &[
    ('½', 0.5),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 0.25),
    ('¾', 0.75),
    ('⅕', 0.2),
    ('⅖', 0.4),
    ('⅗', 0.6),
    ('⅘', 0.8),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅛', 0.125),
    ('⅜', 0.375),
    ('⅝', 0.625),
    ('⅞', 0.875),
];

/// Ordinal words: "the third meeting" names a position, not a quantity.
pub const ORDINAL_WORDS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
];
