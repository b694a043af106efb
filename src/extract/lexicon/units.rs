//! Currencies and measures.

/// The words for a percentage after a figure (`quantity::percent`, and
/// the date grammar, which reads no month and day in "12-14 percent"); no
/// two open the same text.
pub const PERCENT_WORDS: &[(&str, ())] = &[
    ("per cent", ()),
    ("percent", ()),
    ("percents", ()),
    ("percentage", ()),
    ("pct", ()),
];

/// Signs several countries' currencies share, with the ISO codes each may
/// stand for. A claim written with one ("$5 billion", "¥300", "Rs 40
/// crore", "40 dollars") keeps the sign as its unit until the article
/// (front matter `currency:`) or the configuration says which it is; an
/// undecided sign may match a fact in any of its currencies.
pub const CURRENCY_FAMILIES: &[(&str, &[&str])] = &[
    (
        "$",
        &[
            "USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "JMD", "BSD", "BBD", "BZD", "BMD",
            "FJD", "GYD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "ZWL", "BND", "KYD", "MXN",
            "ARS", "CLP", "COP", "UYU",
        ],
    ),
    ("¥", &["JPY", "CNY"]),
    ("Rs", &["INR", "PKR", "LKR", "NPR", "MUR", "SCR"]),
    // "342 million pesos": Mexico's, the Philippines', Argentina's …; the
    // country the article names decides (see `currency::named_by_country`).
    (
        "pesos",
        &["MXN", "PHP", "ARS", "CLP", "COP", "UYU", "DOP", "CUP"],
    ),
    // "2.80 francs per share": Switzerland's, or (in older or African
    // copy) France's, Belgium's, the Congo's …; decided the same way.
    (
        "francs",
        &[
            "CHF", "FRF", "BEF", "LUF", "XOF", "XAF", "CDF", "RWF", "BIF", "GNF", "DJF", "KMF",
            "XPF",
        ],
    ),
    // "9 fils a share": the minor unit of the UAE's dirham (a hundredth)
    // and of the Gulf's and the Levant's dinars (a thousandth); the
    // country the article names decides which (`quantity::minor_unit`).
    ("fils", &["AED", "KWD", "BHD", "JOD", "IQD", "YER"]),
];

/// How many of a currency's minor unit make one of it: a hundred, but a
/// thousand fils (or baisa, millimes, dirhams) to the dinars of Kuwait,
/// Bahrain, Jordan, Iraq, Libya, Tunisia and the rial of Oman.
pub fn minor_parts(code: &str) -> f64 {
    match code {
        "KWD" | "BHD" | "JOD" | "IQD" | "LYD" | "TND" | "OMR" => 1000.0,
        _ => 100.0,
    }
}

/// How many of its minor unit make one of each currency of `codes` (a
/// shared sign's family), where they all count them alike; `None` where
/// they differ (fils: a hundredth of the dirham, a thousandth of a dinar).
pub fn family_minor_parts(codes: &[&str]) -> Option<f64> {
    let parts = minor_parts(codes.first()?);
    codes
        .iter()
        .all(|c| minor_parts(c) == parts)
        .then_some(parts)
}

/// The ISO codes a shared sign may stand for (`None` for anything else).
pub fn currency_family(sign: &str) -> Option<&'static [&'static str]> {
    CURRENCY_FAMILIES
        .iter()
        .find(|(s, _)| *s == sign)
        .map(|(_, codes)| *codes)
}

/// Currency words after a figure, with their ISO codes; the longest
/// phrase wins ("australian dollars" over "dollars"). "pounds" without a
/// scale word is ambiguous with weight and is decided by the grammar.
pub const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("us dollars", "USD"),
    ("us dollar", "USD"),
    ("u.s. dollars", "USD"),
    ("american dollars", "USD"),
    ("australian dollars", "AUD"),
    ("australian dollar", "AUD"),
    ("canadian dollars", "CAD"),
    ("canadian dollar", "CAD"),
    ("new zealand dollars", "NZD"),
    ("hong kong dollars", "HKD"),
    ("hong kong dollar", "HKD"),
    ("singapore dollars", "SGD"),
    ("taiwan dollars", "TWD"),
    ("dollars", "$"),
    ("dollar", "$"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("pounds sterling", "GBP"),
    ("sterling", "GBP"),
    ("pounds", "GBP"),
    ("pound", "GBP"),
    ("japanese yen", "JPY"),
    ("yen", "JPY"),
    ("chinese yuan", "CNY"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("swiss francs", "CHF"),
    ("swiss franc", "CHF"),
    ("french francs", "FRF"),
    ("french franc", "FRF"),
    ("belgian francs", "BEF"),
    ("congolese francs", "CDF"),
    ("rwandan francs", "RWF"),
    ("francs", "francs"),
    ("franc", "francs"),
    ("indian rupees", "INR"),
    ("rupees", "Rs"),
    ("rupee", "Rs"),
    ("roubles", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("ruble", "RUB"),
    ("won", "KRW"),
    ("mexican pesos", "MXN"),
    ("argentine pesos", "ARS"),
    ("chilean pesos", "CLP"),
    ("colombian pesos", "COP"),
    ("pesos", "pesos"),
    ("peso", "pesos"),
    ("rand", "ZAR"),
    ("lira", "TRY"),
    ("naira", "NGN"),
    // Currency words no other currency or common word shares.
    ("reais", "BRL"),
    ("forints", "HUF"),
    ("forint", "HUF"),
    ("koruna", "CZK"),
    ("birr", "ETB"),
    ("kyats", "MMK"),
    ("kyat", "MMK"),
    ("tenge", "KZT"),
    ("lari", "GEL"),
    ("afghanis", "AFN"),
    ("kwanzas", "AOA"),
    ("kwanza", "AOA"),
    ("meticais", "MZN"),
    ("pula", "BWP"),
    ("quetzales", "GTQ"),
    ("quetzals", "GTQ"),
    ("bolivianos", "BOB"),
    ("guaranies", "PYG"),
    ("lempiras", "HNL"),
    ("taka", "BDT"),
    ("cedis", "GHS"),
    ("cedi", "GHS"),
    ("kenyan shillings", "KES"),
    ("ugandan shillings", "UGX"),
    ("tanzanian shillings", "TZS"),
    ("philippine pesos", "PHP"),
    ("ringgit", "MYR"),
    ("baht", "THB"),
    ("rupiah", "IDR"),
    ("hryvnias", "UAH"),
    ("hryvnia", "UAH"),
    ("shekels", "ILS"),
    ("dirhams", "AED"),
    ("riyals", "SAR"),
    ("kronor", "SEK"),
    ("kroner", "NOK"),
    // The crowns in English, named by their country ("10.8 billion Czech
    // crowns"); "crowns" alone is no one currency.
    ("czech crowns", "CZK"),
    ("czech crown", "CZK"),
    ("czech korunas", "CZK"),
    ("korunas", "CZK"),
    ("koruny", "CZK"),
    ("swedish crowns", "SEK"),
    ("swedish kronor", "SEK"),
    ("swedish krona", "SEK"),
    ("norwegian crowns", "NOK"),
    ("norwegian kroner", "NOK"),
    ("norwegian krone", "NOK"),
    ("danish crowns", "DKK"),
    ("danish kroner", "DKK"),
    ("danish krone", "DKK"),
    ("icelandic crowns", "ISK"),
    ("icelandic kronur", "ISK"),
    // The dinars, by their country: they count their parts differently
    // (a thousandth in Jordan and Kuwait, a hundredth in Serbia).
    ("jordanian dinars", "JOD"),
    ("jordanian dinar", "JOD"),
    ("kuwaiti dinars", "KWD"),
    ("kuwaiti dinar", "KWD"),
    ("bahraini dinars", "BHD"),
    ("bahraini dinar", "BHD"),
    ("iraqi dinars", "IQD"),
    ("iraqi dinar", "IQD"),
    ("libyan dinars", "LYD"),
    ("tunisian dinars", "TND"),
    ("algerian dinars", "DZD"),
    ("serbian dinars", "RSD"),
    ("zloty", "PLN"),
    ("finnish markka", "FIM"),
    ("markka", "FIM"),
    ("markkaa", "FIM"),
    ("pesetas", "ESP"),
    ("peseta", "ESP"),
    ("guilders", "NLG"),
    ("guilder", "NLG"),
    ("deutsche marks", "DEM"),
    ("krona", "SEK"),
    ("bitcoins", "BTC"),
    ("bitcoin", "BTC"),
    ("btc", "BTC"),
    ("satoshis", "BTC-sat"),
    ("satoshi", "BTC-sat"),
    ("rmb", "CNY"),
    ("cents", "cents"),
    // The hundredth of a franc: "an increase of 5 centimes".
    ("centimes", "centimes"),
    ("centime", "centimes"),
    // Other minor units ("50 paise a share", "a dividend of 40 kobo"), each
    // read in its main unit (`quantity::minor_unit`).
    ("paise", "paise"),
    ("kobo", "kobo"),
    ("pesewas", "pesewas"),
    ("halalas", "halalas"),
    ("halala", "halalas"),
    ("piastres", "piastres"),
    ("piasters", "piastres"),
    ("kopecks", "kopecks"),
    ("kopeks", "kopecks"),
    ("agorot", "agorot"),
    ("fils", "fils"),
    ("cent", "cents"),
    ("pence", "pence"),
    ("penny", "pence"),
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("jpy", "JPY"),
    ("cny", "CNY"),
    ("chf", "CHF"),
    ("inr", "INR"),
    ("cad", "CAD"),
    ("aud", "AUD"),
];

/// Currency symbols and codes before a figure, longest first.
pub const CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("NZ$", "NZD"),
    ("HK$", "HKD"),
    ("NT$", "TWD"),
    ("S$", "SGD"),
    ("R$", "BRL"),
    ("USD$", "USD"),
    ("MXN$", "MXN"),
    ("Mex$", "MXN"),
    ("AUD$", "AUD"),
    ("CAD$", "CAD"),
    ("NZD$", "NZD"),
    ("U.S$", "USD"),
    ("₿", "BTC"),
    ("$", "$"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "¥"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₪", "ILS"),
    ("৳", "BDT"),
    ("₱", "PHP"),
    ("₵", "GHS"),
    ("₫", "VND"),
    ("₴", "UAH"),
    ("₸", "KZT"),
    ("฿", "THB"),
];

/// Whether `c` is a currency sign of its own ("$", "€", "₦", "৳" …: a
/// one-character entry of [`CURRENCY_SYMBOLS`] that is no letter), where a
/// figure can start.
pub fn is_currency_sign(c: char) -> bool {
    !c.is_alphanumeric()
        && CURRENCY_SYMBOLS.iter().any(|(sign, _)| {
            let mut chars = sign.chars();
            chars.next() == Some(c) && chars.next().is_none()
        })
}

/// Letters before a "$" that may stand apart from it in tokenised text:
/// "us $ 150 million", "c $ 1.34", "hk $ 10.05 billion".
pub const SPACED_DOLLAR_PREFIXES: &[&str] = &["us", "u.s", "c", "hk", "usd", "nz", "au"];

/// Currency symbols written after a figure: "10 $", "5 €", "100元".
pub const POSTFIX_CURRENCY_SYMBOLS: &[(&str, &str)] = &[
    ("$", "$"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "¥"),
    ("元", "CNY"),
    ("₹", "INR"),
    ("₽", "RUB"),
    ("₩", "KRW"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₪", "ILS"),
    ("₡", "CRC"),
    ("₾", "GEL"),
    ("₭", "LAK"),
    ("₿", "BTC"),
    ("ரூ", "LKR"),
];

/// Currency codes in millions, as Nordic and Dutch business English
/// writes them: "30 MUSD", "120 MEUR", "MAUD 60".
pub const MILLION_CURRENCY_CODES: &[(&str, &str)] = &[
    ("MUSD", "USD"),
    ("MEUR", "EUR"),
    ("MGBP", "GBP"),
    ("MAUD", "AUD"),
    ("MSEK", "SEK"),
    ("MNOK", "NOK"),
    ("MDKK", "DKK"),
    ("MCHF", "CHF"),
];

/// Nouns of a margin, a lead or a swing that a count of points joined by a
/// hyphen measures: "a 13-point deficit", "a 10-point halftime lead".
pub const POINT_MARGINS: &[&str] = &[
    "lead",
    "deficit",
    "margin",
    "gap",
    "cushion",
    "advantage",
    "edge",
    "hole",
    "swing",
    "win",
    "victory",
    "defeat",
    "loss",
    "comeback",
    "rally",
    "run",
    "drop",
    "fall",
    "rise",
    "gain",
    "jump",
    "decline",
    "slide",
    "slump",
    "surge",
];

/// Units a rate is measured per: "50 meters per millisecond", "10 km/hr".
pub const PER_UNITS: &[&str] = &[
    "second",
    "seconds",
    "sec",
    "s",
    "millisecond",
    "milliseconds",
    "ms",
    "minute",
    "minutes",
    "min",
    "hour",
    "hours",
    "hr",
    "h",
    "day",
    "days",
    "week",
    "year",
    "gram",
    "gramme",
    "grams",
    "kilogram",
    "kg",
    "litre",
    "liter",
    "capita",
    "person",
    "head",
];

/// ISO codes and abbreviations written before a figure with a space:
/// "USD 5 million", "Rs 40 crore".
pub const CURRENCY_PREFIX_WORDS: &[(&str, &str)] = &[
    ("USD", "USD"),
    ("EUR", "EUR"),
    ("GBP", "GBP"),
    ("JPY", "JPY"),
    ("CNY", "CNY"),
    ("CHF", "CHF"),
    ("INR", "INR"),
    ("CAD", "CAD"),
    ("AUD", "AUD"),
    ("MXN", "MXN"),
    ("NZD", "NZD"),
    ("Rs.", "Rs"),
    ("Rs", "Rs"),
    // Bangladesh's taka ("Tk 5.23 trillion"), Kenya's shilling ("KSh
    // 300"): abbreviations no other currency uses.
    ("Tk.", "BDT"),
    ("Tk", "BDT"),
    ("BDT", "BDT"),
    ("KSh", "KES"),
    ("Ksh", "KES"),
    // "Sh22.9 billion", "Sh500": Kenyan copy writes its shilling so (a
    // figure must follow, glued or spaced; a capital S, as a symbol).
    ("Sh", "KES"),
    ("KES", "KES"),
    // Jordan's and Kuwait's dinars as their own press writes them
    // ("JD177 million", "KD 1.2 billion"), glued or spaced.
    ("JD", "JOD"),
    ("JOD", "JOD"),
    ("KD", "KWD"),
    ("KWD", "KWD"),
    ("NGN", "NGN"),
    // "N8.83 trillion": Nigerian copy writes its naira so, glued, but only
    // before a scale word ("N95 masks", "the N1 road" are names); see
    // `SCALED_ONLY_PREFIXES`.
    ("N", "NGN"),
    ("ZAR", "ZAR"),
    ("PKR", "PKR"),
    ("GHS", "GHS"),
    ("GH₵", "GHS"),
];

/// Entries of [`CURRENCY_PREFIX_WORDS`] that name a currency only before a
/// figure with a scale word ("N8.83 trillion", "N500 million"): alone
/// before digits the letter is too often part of a name ("N95").
/// So are Jordan's and Kuwait's "JD", "KD" ("JD177 million", "JD1,500";
/// not "known as KD 35").
pub const SCALED_ONLY_PREFIXES: &[&str] = &["N", "JD", "KD"];

/// Units of measure after a figure (spaced, glued or hyphenated), longest
/// phrase first; the unit is reported as written.
pub const MEASURES: &[&str] = &[
    // An earthquake's size: "a 6.6 magnitude quake", "a 6.1-magnitude
    // tremor" ("magnitude 7.8" before the figure: see the quantity grammar).
    "magnitude",
    // A score on a scale whose value is stated: "(117 rating)", a passer
    // or credit rating.
    "rating",
    // A distance in astronomy: "500 light years" is no count of years.
    "light years",
    "light year",
    "light-years",
    "light-year",
    "square kilometres",
    "square kilometers",
    "square kilometre",
    "square kilometer",
    "square miles",
    "square mile",
    "square metres",
    "square meters",
    "square metre",
    "square meter",
    "square feet",
    "square foot",
    "sq km",
    "sq mi",
    "sq ft",
    "square centimetres",
    "square centimeters",
    "cubic metres",
    "cubic meters",
    "cubic feet",
    "cubic foot",
    "metric tonnes",
    "metric tons",
    "metric ton",
    "kilotonnes",
    "kilotonne",
    "kilotons",
    "kiloton",
    "megatonnes",
    "megatonne",
    "megatons",
    "megaton",
    "kilometres per hour",
    "kilometers per hour",
    "miles per hour",
    "miles an hour",
    "degrees celsius",
    "degrees fahrenheit",
    "degree celsius",
    "degree fahrenheit",
    "degrees centigrade",
    "degrees farenheit",
    "degrees celcius",
    "deg celsius",
    "deg fahrenheit",
    "deg c",
    "deg f",
    // "37degC": Australian and New Zealand wire copy glues it so.
    "degc",
    "degf",
    "degrees c",
    "degrees f",
    "kilometres",
    "kilometers",
    "kilometre",
    "kilometer",
    "km2",
    "km²",
    "km/h",
    "km/hr",
    "kmph",
    "kph",
    "km",
    "miles",
    "mile",
    "metres",
    "meters",
    "metre",
    "meter",
    "m",
    "m2",
    "m²",
    "centimetres",
    "centimeters",
    "centimetre",
    "centimeter",
    "cm",
    "millimetres",
    "millimeters",
    "millimetre",
    "millimeter",
    "mm",
    "decimetres",
    "decimeters",
    "decimetre",
    "decimeter",
    "dm",
    "picometres",
    "picometers",
    "picometre",
    "picometer",
    "feet",
    "foot",
    "ft",
    "inches",
    "inch",
    "yards",
    "yard",
    "t",
    "tonnes",
    "tonne",
    "tons",
    "ton",
    "kilograms",
    "kilogram",
    "kilos",
    "kilo",
    "kgs",
    "kg",
    // Thousands and millions of tonnes in mining and shipping copy
    // ("139.6 kt of copper", "a 2 Mt stockpile").
    "kt",
    "Mt",
    "grams",
    "gram",
    "milligrams",
    "mg",
    "micrograms",
    "microgram",
    "microgrammes",
    "microgramme",
    "μg",
    "grammes",
    "gramme",
    "tablespoons",
    "tablespoon",
    "tbsp",
    "teaspoons",
    "teaspoon",
    "tsp",
    "cups",
    "cup",
    "lbs",
    "lb",
    "ounces",
    "ounce",
    "oz",
    "barrels",
    "barrel",
    "bpd",
    "gallons",
    "gallon",
    "litres",
    "liters",
    "litre",
    "liter",
    "millilitres",
    "milliliters",
    "ml",
    "hectares",
    "hectare",
    "ha",
    "acres",
    "acre",
    "megawatts",
    "megawatt",
    "gigawatts",
    "gigawatt",
    "kilowatts",
    "kilowatt",
    "terawatt-hours",
    "kWh",
    "MWh",
    "GWh",
    "TWh",
    "MW",
    "GW",
    "kW",
    "mph",
    "knots",
    "celsius",
    "fahrenheit",
    "celcius",
    "farenheit",
    "deg.",
    "deg",
    "radians",
    "rad",
    "degrees",
    "degree",
    "°C",
    "°F",
    "°",
    "bit",
    "bits",
    "bytes",
    "GB",
    "TB",
    "MB",
    "mb",
];
