//! Tests of `quantity`.

use super::unit::measures;
use super::*;

fn q(s: &str) -> ParsedQuantity {
    quantity(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}")).1
}

#[test]
fn seed_quantities() {
    let p = q("nearly eight million people have been freed");
    assert_eq!(p.qualifier, Qualifier::Nearly);
    assert_eq!(p.numeral.value, 8e6);
    assert_eq!(p.unit.as_deref(), Some("people"));
    assert_eq!(p.len, "nearly eight million people".len());
    let p = q("over 800 units between Iraq and Kuwait");
    assert_eq!((p.qualifier, p.numeral.value), (Qualifier::Over, 800.0));
    assert_eq!(p.unit.as_deref(), Some("units"));
    assert_eq!(p.figure_len, "over 800".len());
}

#[test]
fn qualifier_families() {
    assert_eq!(q("more than 5 cars").qualifier, Qualifier::Over);
    assert_eq!(q("at least 5 cars").qualifier, Qualifier::AtLeast);
    assert_eq!(q("Fewer than 5 cars").qualifier, Qualifier::Under);
    assert_eq!(q("up to 5 cars").qualifier, Qualifier::UpTo);
    assert_eq!(q("some 25,000 people").qualifier, Qualifier::About);
    assert_eq!(q("exactly 5 cars").qualifier, Qualifier::Exactly);
    assert_eq!(q("beyond $600 billion").qualifier, Qualifier::Over);
    let after = |before: &str, s: &str| {
        quantity_in(Context { before }, s)
            .ok()
            .map(|r| r.1.qualifier)
    };
    assert_eq!(
        after("the toll climbed ", "past 9,400 on"),
        Some(Qualifier::Over)
    );
    assert_eq!(after("at half ", "past 3 the"), None);
    assert_eq!(q("5 cars").qualifier, Qualifier::None);
}

#[test]
fn units() {
    assert_eq!(q("12% of").unit.as_deref(), Some("percent"));
    assert_eq!(q("3.9 per cent").unit.as_deref(), Some("percent"));
    // "$" is a dollar whose country the article decides.
    assert_eq!(q("$1.2 million for").unit.as_deref(), Some("$"));
    assert_eq!(q("US$1.2 million for").unit.as_deref(), Some("USD"));
    assert_eq!(q("40 euros").unit.as_deref(), Some("EUR"));
    assert_eq!(q("800 Italian troops").unit.as_deref(), Some("troops"));
    assert_eq!(q("800 more troops").unit.as_deref(), Some("troops"));
    assert_eq!(q("800 in Rome").unit, None);
    // A capitalised plural alone is counted ("4.6 million Syrians"); a
    // capitalised singular is a name.
    assert_eq!(q("800 Italians").unit.as_deref(), Some("Italians"));
    assert_eq!(q("3 Downing Street").unit, None);
    assert_eq!(q("800-strong force").unit.as_deref(), Some("force"));
    assert_eq!(q("more-than-800-strong").unit.as_deref(), Some("strong"));
}

#[test]
fn currencies_in_every_position() {
    let money = |s: &str| {
        let p = q(s);
        (p.numeral.value, p.unit.unwrap_or_default())
    };
    assert_eq!(money("us $ 150 million loan"), (150e6, "USD".to_owned()));
    assert_eq!(money("c $ 1.34 a share"), (1.34, "CAD".to_owned()));
    assert_eq!(money("USD 200."), (200.0, "USD".to_owned()));
    assert_eq!(money("USD115"), (115.0, "USD".to_owned()));
    assert_eq!(money("115USD"), (115.0, "USD".to_owned()));
    assert_eq!(money("10 € each"), (10.0, "EUR".to_owned()));
    assert_eq!(money("100元!"), (100.0, "CNY".to_owned()));
    assert_eq!(money("30 MUSD were"), (30e6, "USD".to_owned()));
    assert_eq!(
        money("420 million finnish markka ."),
        (420e6, "FIM".to_owned())
    );
    assert_eq!(money("10 turkish lira"), (10.0, "TRY".to_owned()));
    assert_eq!(money("6.25 BTC"), (6.25, "BTC".to_owned()));
}

#[test]
fn smaller_units_add() {
    assert_eq!(q("3 dollars 50 cents.").numeral.value, 3.5);
    assert_eq!(
        q("thirteen dollars and forty-five cents").numeral.value,
        13.45
    );
    assert_eq!(q("15 dollars 50.").numeral.value, 15.5);
    // A figure after the money that counts something else stays apart.
    assert_eq!(q("15 dollars 50 people").numeral.value, 15.0);
    assert_eq!(q("10 $ 30 $").numeral.value, 10.0);
    assert!((q("5 feet 2 inches").numeral.value - 62.0 / 12.0).abs() < 1e-9);
    assert_eq!(q("5 feet 2 people").numeral.value, 5.0);
}

#[test]
fn measures_rates_and_brackets() {
    assert_eq!(
        q("50 meters per millisecond,").unit.as_deref(),
        Some("meters per millisecond")
    );
    assert_eq!(q("10km/hr").unit.as_deref(), Some("km/hr"));
    assert_eq!(q("20 (kg)").unit.as_deref(), Some("(kg)"));
    assert_eq!(q("120 μg").unit.as_deref(), Some("μg"));
    assert_eq!(q("12 m long").unit.as_deref(), Some("m"));
}

#[test]
fn qualifiers_after_the_figure() {
    assert_eq!(q("500 or more people").qualifier, Qualifier::AtLeast);
    assert_eq!(q("500 or more people").unit.as_deref(), Some("people"));
    assert_eq!(
        q("200 or greater than").figure_len,
        "200 or greater than".len()
    );
    assert_eq!(q("5 or fewer cars").qualifier, Qualifier::UpTo);
    assert_eq!(q("5000 or more than 4500").qualifier, Qualifier::None);
    assert_eq!(q("exceed 3000").qualifier, Qualifier::Over);
}

#[test]
fn a_noun_joined_by_a_hyphen_is_counted() {
    assert_eq!(q("543-member house").unit.as_deref(), Some("member"));
    assert_eq!(q("9-play, 93-yard drive").unit.as_deref(), Some("play"));
    assert_eq!(q("82-minute final").unit.as_deref(), Some("minute"));
    assert_eq!(q("55-percent stake").unit.as_deref(), Some("percent"));
    assert_eq!(q("$2-million total purse").numeral.value, 2e6);
    assert_eq!(q("1,000-foot wall").unit.as_deref(), Some("foot"));
    // Not a noun of its own.
    assert_eq!(q("10-for-12 shooting").unit, None);
    assert_eq!(q("38-year-old").unit, None);
    assert!(quantity("one-time gain").is_err());
    assert_eq!(q("two-party vote").unit, None);
    let after = |before: &str, s: &str| quantity_in(Context { before }, s).is_ok();
    assert!(!after("his six ", "40-touchdown seasons"));
    assert!(after("a ", "9-play drive"));
    assert_eq!(q("3-point range").unit, None);
}

#[test]
fn an_earthquakes_magnitude_before_or_after_the_figure() {
    assert_eq!(q("6.6 magnitude quake").unit.as_deref(), Some("magnitude"));
    assert_eq!(q("6.1-magnitude tremor").unit.as_deref(), Some("magnitude"));
    let after = |before: &str, s: &str| {
        quantity_in(Context { before }, s)
            .unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
            .1
            .unit
    };
    assert_eq!(
        after("a magnitude ", "7.8 quake"),
        Some("magnitude".to_owned())
    );
    assert_eq!(
        after("a Magnitude-", "7.1 quake"),
        Some("magnitude".to_owned())
    );
    assert_eq!(after("the order of magnitudes ", "7 and"), None);
    // After the measure the figure is its value; the plural after it is
    // what has that value ("occasional magnitude 5 earthquakes").
    assert_eq!(
        after("occasional magnitude ", "5 earthquakes"),
        Some("magnitude".to_owned())
    );
    assert_eq!(
        after("two magnitude ", "6 aftershocks"),
        Some("magnitude".to_owned())
    );
}

#[test]
fn a_measure_with_its_article_after_from_starts_a_change() {
    let read = |before: &str, s: &str| {
        let p = quantity_in(Context { before }, s)
            .unwrap_or_else(|e| panic!("{s:?}: {e:?}"))
            .1;
        (p.numeral.value, p.min, p.unit)
    };
    let magnitude = Some("magnitude".to_owned());
    // "from a magnitude 6.9 to 7.2": the start, then the level, both in
    // the measure written once.
    assert_eq!(
        read(
            "The agency revised the quake from a magnitude ",
            "6.9 to 7.2."
        ),
        (6.9, None, magnitude.clone())
    );
    assert_eq!(
        read(
            "The agency revised the quake from a magnitude 6.9 to ",
            "7.2."
        ),
        (7.2, None, magnitude.clone())
    );
    // Without the article it is a range, as before.
    assert_eq!(
        read("Quakes ranged from magnitude ", "4 to 5."),
        (4.0, Some(4.0), magnitude)
    );
    assert!(!measured_level_before("a rise from 6.9 to "));
    assert!(!measured_level_before("shifted from a magnitude to "));
}

#[test]
fn proportions_are_shares() {
    let p = q("one in five adults said");
    assert_eq!(
        (p.numeral.value, p.unit.as_deref()),
        (20.0, Some("percent"))
    );
    assert_eq!(p.len, "one in five adults".len());
    assert_eq!(p.figure_len, "one in five".len());
    let p = q("Thirty-three out of 50 states");
    assert_eq!((p.numeral.value, p.numeral.precision), (66.0, 2.0));
    assert!((q("1 in 3 voters").numeral.value - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        q("nearly two out of three households").qualifier,
        Qualifier::Nearly
    );
    // Not a share: a year, a rate in time, a larger part.
    assert_eq!(q("3 in 2019").unit, None);
    assert_eq!(q("2 in 3 minutes").unit, None);
    assert_eq!(q("5 in 3 cases").unit.as_deref(), None);
    assert_eq!(q("more than 2 in 5").unit, None);
    let p = q("one in five of them");
    assert_eq!(
        (p.unit.as_deref(), p.len),
        (Some("percent"), "one in five".len())
    );
}

#[test]
fn lone_one_is_a_pronoun() {
    assert!(quantity("one of them").is_err());
    assert!(quantity("one soldier").is_ok());
}

#[test]
fn a_part_counts_what_its_whole_counts() {
    let p = q("Nine of those boats sank");
    assert_eq!((p.numeral.value, p.unit.as_deref()), (9.0, Some("boats")));
    // The claim is the part; the whole is read as a claim of its own.
    assert_eq!(p.len, "Nine".len());
    let p = q("four of her nine penalty kicks");
    assert_eq!((p.numeral.value, p.unit.as_deref()), (4.0, Some("kicks")));
    assert_eq!(p.len, "four".len());
    assert_eq!(
        q("two of their five 2-point tries").unit.as_deref(),
        Some("tries")
    );
    assert_eq!(q("12 of the 40 wards").unit.as_deref(), Some("wards"));
    // No plural count after the whole: nothing is counted.
    assert_eq!(q("12 of them").unit, None);
    assert_eq!(q("12 of the club's").unit, None);
    assert_eq!(q("3 of the 2019 budget").unit, None);
    // A whole no larger than the part is no whole.
    assert_eq!(q("12 of 10 wards").unit, None);
    // "one of the" stays a pronoun.
    assert!(quantity("one of these boats").is_err());
}

#[test]
fn the_noun_after_a_note_in_brackets_is_counted() {
    let p = q("2,210 (61%) households were reached");
    assert_eq!(p.unit.as_deref(), Some("households"));
    assert_eq!(p.len, "2,210".len());
    assert_eq!(q("40 ($3m) grants").unit.as_deref(), Some("grants"));
    // A note that is not a figure, or no noun after it.
    assert_eq!(q("40 (roughly) grants").unit, None);
    assert_eq!(q("2,210 (61%) were reached").unit, None);
}

#[test]
fn a_fraction_in_words_before_its_population_is_a_share() {
    let p = q("almost half of the crew");
    assert_eq!(
        (p.numeral.value, p.unit.as_deref(), p.qualifier),
        (50.0, Some("percent"), Qualifier::Nearly)
    );
    assert_eq!(p.numeral.precision, 50.0);
    assert_eq!(p.len, "almost half".len());
    let p = q("three quarters of them");
    assert_eq!((p.numeral.value, p.numeral.precision), (75.0, 25.0));
    assert_eq!(q("a third the seats").unit.as_deref(), Some("percent"));
    // No population after it: a share all the same when hedged ("more
    // than half said no"), a number alone.
    assert_eq!(q("more than half").numeral.value, 50.0);
    assert_eq!(q("a half").unit, None);
    // A fraction of a scale is a figure.
    assert_eq!(q("half a million of them").numeral.value, 500_000.0);
}

#[test]
fn a_qualifier_after_the_unit() {
    let p = q("25 percent or more of the stock");
    assert_eq!(
        (p.qualifier, p.unit.as_deref()),
        (Qualifier::AtLeast, Some("percent"))
    );
    assert_eq!(p.len, "25 percent or more".len());
    assert_eq!(p.figure_len, "25".len());
    assert_eq!(q("80 seats or fewer.").qualifier, Qualifier::UpTo);
    // A noun after it: two things compared, not a bound.
    assert_eq!(q("5 apples or more pears").qualifier, Qualifier::None);
}

#[test]
fn another_of_a_measure_is_one() {
    let p = q("another kilometre to go");
    assert_eq!(
        (p.numeral.value, p.unit.as_deref(), p.unit_kind),
        (1.0, Some("kilometre"), Some(UnitKind::Measure))
    );
    assert_eq!(p.figure_len, "another".len());
    assert!(quantity("another in the series").is_err());
    assert!(quantity("another magnitude 6 quake").is_err());
    assert!(quantity("another person").is_err());
}

#[test]
fn a_rating_is_a_measure() {
    let p = q("98.4 rating)");
    assert_eq!(
        (p.unit.as_deref(), p.unit_kind),
        (Some("rating"), Some(UnitKind::Measure))
    );
}

#[test]
fn a_share_needs_its_population_written() {
    assert_eq!(q("five eighths of").numeral.value, 0.625);
    assert_eq!(q("five eighths of.").unit, None);
}

/// The plain scan [`measure`] replaced: every unit of the table tried.
fn measure_by_scan(i: &str) -> Option<(&str, &str)> {
    let mut best: Option<(&str, &str)> = None;
    for &(m, spelled) in &measures().1 {
        let hit = if spelled {
            phrase(i, m).ok()
        } else {
            tag::<_, _, nom::error::Error<&str>>(m)
                .parse(i)
                .ok()
                .filter(|(r, _)| !r.starts_with(|c: char| c.is_alphanumeric()))
                .map(|(r, _)| (r, consumed(i, r)))
        };
        if let Some((rest, text)) = hit {
            if best.is_none_or(|(_, t)| text.len() > t.len()) {
                best = Some((rest, text));
            }
        }
    }
    best
}

proptest::proptest! {
    /// The units of measure found by their opening word are those the
    /// whole table gives, on text opening with a unit (in any case, cut
    /// short or run on) and on arbitrary text.
    #[test]
    fn measures_by_opening_word_answer_as_the_scan(
        s in "\\PC{0,10}",
        pick in 0usize..1000,
        upper in proptest::bool::ANY,
    ) {
        let unit = MEASURES.get(pick % MEASURES.len()).copied().unwrap_or("");
        let unit = if upper { unit.to_uppercase() } else { unit.to_owned() };
        let first = unit.split(' ').next().unwrap_or("");
        let short = first.get(..first.len().saturating_sub(1)).unwrap_or("");
        for text in [
            s.clone(),
            format!("{unit}{s}"),
            format!("{unit} {s}"),
            format!("{first}{s}"),
            format!("{short} {s}"),
            format!("{first}s {s}"),
            format!("{first}2{s}"),
            format!("{first}\u{e9}{s}"),
        ] {
            proptest::prop_assert_eq!(measure(&text).ok(), measure_by_scan(&text), "{:?}", text);
        }
    }
}

#[test]
fn percent_and_points_words() {
    for (text, read) in [
        ("% of", "%"),
        (" per cent of", "per cent"),
        (" Percent", "Percent"),
        (" percents", "percents"),
        (" percentage", "percentage"),
        (" PCT.", "PCT"),
    ] {
        assert_eq!(percent(text).map(|r| r.1), Ok(read), "{text:?}");
    }
    // "pc" in lower case, spaced or glued; "PC" in capitals is no percent.
    assert_eq!(percent(" pc of").map(|r| r.1), Ok("pc"));
    assert_eq!(percent("pc.").map(|r| r.1), Ok("pc"));
    assert!(percent(" PC units").is_err());
    assert!(percent(" pcs").is_err());
    assert!(percent(" percentages").is_err());
    assert!(percent(" per centum").is_err());
    for (text, read) in [
        (" percentage points", "percentage points"),
        (" percentage point.", "percentage point"),
        (" per cent points higher", "per cent points"),
        (" percent point,", "percent point"),
        (" basis  points", "basis  points"),
        (" Points", "Points"),
        (" point,", "point"),
    ] {
        assert_eq!(points(text).map(|r| r.1), Ok(read), "{text:?}");
    }
    assert!(points(" pointed").is_err());
    assert!(points(" basis").is_err());
    // Basis points abbreviated, in lower case, spaced or glued; "BP" is
    // a company.
    assert_eq!(points("bp rise").map(|r| r.1), Ok("bp"));
    assert_eq!(points(" bps,").map(|r| r.1), Ok("bps"));
    assert!(points(" BP shares").is_err());
    assert!(points(" bp Energy Outlook").is_err());
    assert!(points("bpd").is_err());
}

#[test]
fn a_number_word_joined_to_its_noun_counts_it() {
    let p = q("nine-storey tower");
    assert_eq!((p.numeral.value, p.unit.as_deref()), (9.0, Some("storey")));
    let p = q("ten-event decathlon");
    assert_eq!((p.numeral.value, p.unit.as_deref()), (10.0, Some("event")));
    let p = q("three-hour session");
    assert_eq!((p.numeral.value, p.unit.as_deref()), (3.0, Some("hour")));
    // A name of a kind, "one-", or an age counts nothing.
    for text in [
        "two-party contest",
        "three-time winner",
        "two-way race",
        "one-storey hut",
        "five-year-old boy",
    ] {
        assert!(
            quantity(text).map_or(true, |(_, p)| p.unit.is_none()),
            "{text}"
        );
    }
}

#[test]
fn more_currencies_before_the_figure() {
    let p = q("Tk 4 trillion");
    assert_eq!((p.numeral.value, p.unit.as_deref()), (4e12, Some("BDT")));
    let p = q("Tk 2,15,300.5 crore");
    assert_eq!(p.unit.as_deref(), Some("BDT"));
    assert_eq!(q("KSh 300 million").unit.as_deref(), Some("KES"));
    assert_eq!(q("₦5 billion").unit.as_deref(), Some("NGN"));
    assert_eq!(q("৳500").unit.as_deref(), Some("BDT"));
    assert_eq!(q("₱2.5 billion").unit.as_deref(), Some("PHP"));
    assert_eq!(q("70 billion taka").unit.as_deref(), Some("BDT"));
    assert_eq!(q("40 million cedis").unit.as_deref(), Some("GHS"));
    // Letters that only open a currency before a figure.
    assert!(quantity("Tk is short").is_err());
}

#[test]
fn past_a_figure_of_millions_is_over_it() {
    let p = quantity_in(
        Context {
            before: "to push deficits ",
        },
        "past a trillion by next year",
    )
    .unwrap()
    .1;
    assert_eq!((p.qualifier, p.numeral.value), (Qualifier::Over, 1e12));
    // A span, a clock: no hedge.
    for (before, i) in [
        ("over the ", "past 10 million years"),
        ("at half ", "past 3"),
    ] {
        assert!(quantity_in(Context { before }, i).is_err(), "{i}");
    }
}

/// Every currency entry [`currency_symbol`] reads, written as a text opens
/// with it before a figure, and the currency it names: the signs and codes
/// of [`CURRENCY_SYMBOLS`] glued or spaced, the codes in millions and the
/// prefix words spaced, each prefix of [`SPACED_DOLLAR_PREFIXES`] set apart
/// from its "$".
fn written_currencies() -> Vec<(String, &'static str)> {
    // What "us $", "hk $" … name: the sign the prefix and "$" spell.
    let spaced = |prefix: &str| -> &'static str {
        match prefix {
            "us" | "u.s" | "usd" => "USD",
            "c" => "CAD",
            "hk" => "HKD",
            "nz" => "NZD",
            "au" => "AUD",
            _ => "",
        }
    };
    let mut written = Vec::new();
    for &(sign, code) in CURRENCY_SYMBOLS {
        written.push((sign.to_owned(), code));
        written.push((format!("{sign} "), code));
    }
    for &(word, code) in MILLION_CURRENCY_CODES.iter().chain(CURRENCY_PREFIX_WORDS) {
        written.push((format!("{word} "), code));
    }
    for &(word, code) in CURRENCY_PREFIX_WORDS {
        written.push((word.to_owned(), code));
    }
    for &prefix in SPACED_DOLLAR_PREFIXES {
        written.push((format!("{prefix} $ "), spaced(prefix)));
        written.push((format!("{prefix}  $"), spaced(prefix)));
    }
    written
}

#[test]
fn every_currency_entry_names_its_currency_before_a_figure() {
    for (entry, code) in written_currencies() {
        assert!(!code.is_empty(), "{entry:?}");
        let text = format!("{entry}25 million");
        assert_eq!(currency_symbol(&text), Ok(("25 million", code)), "{text:?}");
    }
    // A code, a prefix word or a code in millions reads only before a
    // figure.
    for text in ["USD dollars", "MEUR or", "MEUR5", "Tk is", "Rs.", "KSh"] {
        assert!(currency_symbol(text).is_err(), "{text:?}");
    }
}

/// Whether `read`, what [`currency_symbol`] consumed of a text, is one
/// entry of its tables as that entry may be written (a sign in any case,
/// a code or a word as listed, a prefix set apart from its "$"), with the
/// blanks the entry allows after it, and `code` the entry's currency.
fn is_written_entry(read: &str, rest: &str, code: &str) -> bool {
    let figure = rest.starts_with(|c: char| c.is_ascii_digit());
    let bare = read.trim_end_matches(crate::extract::grammar::is_space);
    let sign = CURRENCY_SYMBOLS
        .iter()
        .any(|&(s, c)| s.to_lowercase() == bare.to_lowercase() && c == code);
    let word = MILLION_CURRENCY_CODES
        .iter()
        .any(|&(w, c)| w == bare && c == code && bare.len() < read.len())
        || CURRENCY_PREFIX_WORDS
            .iter()
            .any(|&(w, c)| w == bare && c == code);
    let spaced = bare
        .strip_suffix('$')
        .map(|p| p.trim_end_matches(crate::extract::grammar::is_space))
        .is_some_and(|p| {
            SPACED_DOLLAR_PREFIXES
                .iter()
                .any(|s| s.eq_ignore_ascii_case(p))
                && p.len() + 1 < bare.len()
        });
    sign || spaced || word && figure
}

proptest::proptest! {
    /// Every currency entry is found wherever it stands in a text of
    /// words no entry can open (lower-case letters but those a spaced
    /// prefix is spelled with, digits, blanks, punctuation other than
    /// signs), and nowhere else: at each character of that text outside
    /// the entry, [`currency_symbol`] reads nothing.
    #[test]
    fn each_currency_entry_is_found_where_it_stands_and_nowhere_else(
        words in "[abd-gi-jl-tv-y0-9 ,.;()é-]{0,24}",
        at in 0usize..25,
        pick in 0usize..1000,
    ) {
        let written = written_currencies();
        let (entry, code) = written
            .get(pick % written.len())
            .cloned()
            .unwrap_or_default();
        let at = at.min(words.len());
        let at = (0..=at).rev().find(|&k| words.is_char_boundary(k)).unwrap_or(0);
        let (head, tail) = words.split_at(at);
        // A word of the filler glued before the entry would run on into it.
        let head = if head.ends_with(|c: char| c.is_alphanumeric() || c == '.') {
            format!("{head} ")
        } else {
            head.to_owned()
        };
        // "N" names the naira only before a figure with its scale word.
        let figure = if SCALED_ONLY_PREFIXES.contains(&entry.trim_end()) {
            "7 million "
        } else {
            "7"
        };
        let text = format!("{head}{entry}{figure}{tail}");
        let start = head.len();
        let end = start + entry.len();
        for (k, _) in text.char_indices() {
            let read = currency_symbol(text.get(k..).unwrap_or(""));
            if k == start {
                proptest::prop_assert_eq!(
                    read.map(|(rest, c)| (text.len() - rest.len(), c)),
                    Ok((end, code)),
                    "{:?}",
                    text
                );
            } else if k < start || k >= end {
                proptest::prop_assert!(read.is_err(), "{:?} at {}: {:?}", text, k, read);
            }
        }
    }

    /// Whatever [`currency_symbol`] reads of any text is one entry of its
    /// tables, written as the entry may be, naming that entry's currency.
    #[test]
    fn a_currency_read_is_an_entry_of_the_tables(
        s in "\\PC{0,8}",
        pick in 0usize..1000,
        upper in proptest::bool::ANY,
    ) {
        let written = written_currencies();
        let (entry, _) = written.get(pick % written.len()).cloned().unwrap_or_default();
        let entry = if upper { entry.to_uppercase() } else { entry };
        let short = entry.get(..entry.len().saturating_sub(1)).unwrap_or("");
        for text in [
            s.clone(),
            format!("{entry}{s}"),
            format!("{entry}5{s}"),
            format!("{entry} $ 5{s}"),
            format!("{short} 5{s}"),
            format!("{entry}s 5{s}"),
            format!("{entry}\u{e9} 5{s}"),
        ] {
            if let Ok((rest, code)) = currency_symbol(&text) {
                let read = text.get(..text.len() - rest.len()).unwrap_or("");
                proptest::prop_assert!(
                    is_written_entry(read, rest, code),
                    "{:?} read {:?} as {}",
                    text,
                    read,
                    code
                );
            }
        }
    }
}

#[test]
fn a_fraction_of_a_point_is_counted_in_points() {
    let read = |s: &str| {
        let p = q(s);
        (
            p.numeral.value,
            p.unit.unwrap_or_default(),
            p.unit_kind,
            s[..p.len].to_owned(),
        )
    };
    let pp = "percentage points".to_owned();
    let points = Some(UnitKind::Points);
    assert_eq!(
        read("a tenth of a point in May"),
        (0.1, pp.clone(), points, "a tenth of a point".to_owned())
    );
    assert_eq!(
        read("a quarter of a percentage point."),
        (
            0.25,
            pp.clone(),
            points,
            "a quarter of a percentage point".to_owned()
        )
    );
    assert_eq!(read("half a percentage point").0, 0.5);
    assert_eq!(read("three-quarters of a point").0, 0.75);
    assert_eq!(read("half of one basis point").1, "basis points");
    // A share of a population stays a share; "the points" is a whole.
    assert_eq!(
        q("a quarter of the budget").unit.as_deref(),
        Some("percent")
    );
    assert_eq!(q("a quarter of the budget").numeral.value, 25.0);
    assert_eq!(q("a third of the points").unit.as_deref(), Some("percent"));
}

#[test]
fn a_range_may_write_its_unit_after_each_bound() {
    let range = |s: &str| {
        let p = q(s);
        (p.min, p.max, p.qualifier, p.unit, s[..p.len].to_owned())
    };
    let pct = Some("percent".to_owned());
    assert_eq!(
        range("19 per cent to 20 per cent in"),
        (
            Some(19.0),
            Some(20.0),
            Qualifier::Between,
            pct.clone(),
            "19 per cent to 20 per cent".to_owned()
        )
    );
    assert_eq!(
        range("between 3% and 4% a year"),
        (
            Some(3.0),
            Some(4.0),
            Qualifier::Between,
            pct.clone(),
            "between 3% and 4%".to_owned()
        )
    );
    assert_eq!(range("5 km to 7 km away").1, Some(7.0));
    assert_eq!(range("2 million euros to 3 million euros").1, Some(3e6));
    // The one form already read stays one reading.
    assert_eq!(range("10 to 15 per cent").1, Some(15.0));
    // Different units, a falling second bound, a counted noun, a change
    // "from" one level to another: no range.
    assert_eq!(range("6.6 percent to 106.6 billion").1, None);
    assert_eq!(range("20 per cent to 5 per cent").1, None);
    assert_eq!(range("5 people to 7 people").1, None);
    let after_from = quantity_in(
        Context {
            before: "taking it ",
        },
        "from 0.1% to 5.25%",
    );
    assert!(after_from.is_err());
}

#[test]
fn the_part_of_a_whole_counts_past_the_wholes_modifiers() {
    let unit = |s: &str| q(s).unit;
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(unit("16 of its next 17 shots"), some("shots"));
    assert_eq!(unit("56 out of a total 59 seats"), some("seats"));
    assert_eq!(unit("12 out of a total of 18 seats"), some("seats"));
    assert_eq!(unit("46 of their 56 seats"), some("seats"));
    // A possessor keeps the noun implied, as before; a name is no modifier
    // of the whole's figure, but a name and its number ("Big 17", as
    // "Boeing 787") hold no figure: they modify the noun as a model does.
    assert_eq!(unit("two of his team's four tries"), None);
    assert_eq!(unit("16 of its Big 17 shots"), some("shots"));
    // No more than three modifier words.
    assert_eq!(unit("16 of its very much next best 17 shots"), None);
}

#[test]
fn a_class_of_waits_is_no_quantity() {
    assert!(quantity("18-month waits fell").is_err());
    let wait = |before: &str, s: &str| quantity_in(Context { before }, s).is_ok();
    assert!(!wait("those waiting ", "more than 65 weeks dropped"));
    assert!(!wait("those waiting more than ", "65 weeks dropped"));
    // A count of weeks elsewhere, or "have been waiting", is read.
    assert!(wait("the drive took ", "65 weeks"));
    assert!(wait("patients have been waiting ", "65 weeks"));
    // "a 12-hour wait" is one wait's length.
    assert!(quantity("12-hour wait at").is_ok());
}

#[test]
fn kenyan_shillings_by_their_short_sign() {
    let p = q("Sh22.9 Billion from the fund");
    assert_eq!((p.numeral.value, p.unit.as_deref()), (22.9e9, Some("KES")));
    assert_eq!(q("Sh500 a month").unit.as_deref(), Some("KES"));
    assert_eq!(q("KSh 3 billion").unit.as_deref(), Some("KES"));
    // A word that starts so is no sign.
    assert!(quantity("Shah 5").is_err());
}

#[test]
fn a_naira_n_needs_its_scale_word() {
    assert_eq!(q("N8.83 trillion").unit.as_deref(), Some("NGN"));
    assert_eq!(q("N500m").unit.as_deref(), Some("NGN"));
    assert!(currency_symbol("N95 masks").is_err());
    assert!(currency_symbol("N1 road").is_err());
    assert!(currency_symbol("N 40").is_err());
}

/// The reading of `s` with the sentence `before` it.
fn q_after(before: &str, s: &str) -> ParsedQuantity {
    quantity_in(Context { before }, s)
        .unwrap_or_else(|e| panic!("{before:?} {s:?}: {e:?}"))
        .1
}

#[test]
fn a_figure_passed_by_the_verb_top_is_a_lower_bound() {
    let over = |before: &str, s: &str| q_after(before, s).qualifier;
    assert_eq!(over("Flu cases top ", "300"), Qualifier::Over);
    // The plural subject must stand right before "top": a name there may
    // be one in a list ("Norland top 300").
    assert_eq!(over("Flu cases in Norland top ", "300"), Qualifier::None);
    assert_eq!(over("Orders topped ", "4,000 units"), Qualifier::Over);
    assert_eq!(over("a fund that tops ", "$2 billion"), Qualifier::Over);
    assert_eq!(
        over("Ticket sales topping ", "9,000 a week"),
        Qualifier::Over
    );
    // A rank after a determiner or a possessive: no bound.
    assert_eq!(over("It joined the top ", "100 exporters"), Qualifier::None);
    assert_eq!(over("one of its top ", "10 sellers"), Qualifier::None);
    assert_eq!(over("the region's top ", "5 firms"), Qualifier::None);
    assert_eq!(over("among these top ", "20 clubs"), Qualifier::None);
    // A qualifier written keeps its own reading.
    assert_eq!(
        over("Orders topped ", "nearly 4,000 units"),
        Qualifier::Nearly
    );
}

#[test]
fn a_magnitude_told_with_of_is_the_figure_s_unit() {
    let p = q_after(
        "The tremor measured a magnitude of ",
        "6.1, the agency said",
    );
    assert_eq!(p.unit.as_deref(), Some("magnitude"));
    assert_eq!(p.numeral.value, 6.1);
    let p = q_after("It registered magnitude ", "4.9 on Tuesday");
    assert_eq!(p.unit.as_deref(), Some("magnitude"));
    // Another noun before "of" lends nothing: "a depth of 10" has no unit.
    assert_eq!(q_after("at a depth of ", "10, it said").unit, None);
    assert_eq!(q_after("the size of ", "12, it said").unit, None);
}

#[test]
fn a_change_then_the_level_it_reaches() {
    let read = |before: &str, s: &str| {
        quantity_in(Context { before }, s)
            .ok()
            .map(|(_, p)| (p.numeral.value, p.min, p.max, p.unit, p.len))
    };
    // "by X to Y" after a verb of change: the change alone.
    assert_eq!(
        read(
            "The bank raised its dividend by ",
            "four cents to $1.18 a share"
        ),
        Some((
            4.0,
            None,
            None,
            Some("cents".to_owned()),
            "four cents".len()
        ))
    );
    assert_eq!(
        read("Claims fell by ", "9,000 to 336,000 last week"),
        Some((9000.0, None, None, None, "9,000".len()))
    );
    assert_eq!(
        read("Sales rose by ", "3% to 5% in May").map(|r| r.4),
        Some("3%".len())
    );
    // Straight after the verb, cents then dollars are the change too.
    assert_eq!(
        read("Shares gained ", "9 cents to $31.15").map(|r| r.1),
        Some(None)
    );
    // A range of the change: one unit or scale written after both.
    assert_eq!(
        read("Costs were cut by ", "3 to 5 per cent").map(|r| (r.1, r.2)),
        Some((Some(3.0), Some(5.0)))
    );
    assert_eq!(
        read("The population grew by ", "2 to 3 million").map(|r| (r.1, r.2)),
        Some((Some(2e6), Some(3e6)))
    );
    // No verb of change: a range.
    assert_eq!(
        read("It expects earnings of ", "85 cents to $1.05 a share").map(|r| (r.1, r.2)),
        Some((Some(0.85), Some(1.05)))
    );
    assert_eq!(
        read("It was approved by ", "300 to 400 delegates").map(|r| (r.1, r.2)),
        Some((Some(300.0), Some(400.0)))
    );
}

#[test]
fn points_joined_to_a_margin() {
    let p = q("13-point deficit in the fourth");
    assert_eq!((p.numeral.value, p.unit.as_deref()), (13.0, Some("point")));
    assert_eq!(p.len, "13-point".len());
    let p = q("10-point halftime lead");
    assert_eq!(p.unit.as_deref(), Some("point"));
    // A kind of shot or an item of a plan counts no points.
    assert!(quantity("3-point range").map_or(true, |(_, p)| p.unit.is_none()));
    assert!(quantity("10-point plan").map_or(true, |(_, p)| p.unit.is_none()));
    // Points as written.
    assert_eq!(q("one point ahead").unit.as_deref(), Some("point"));
    assert_eq!(q("12 points ahead").unit.as_deref(), Some("points"));
}

/// The quantity `quantity_in` reads at `i` after `before`: its text,
/// value, unit and qualifier.
fn read_after(before: &str, i: &str) -> Option<(String, f64, Option<String>, Qualifier)> {
    quantity_in(Context { before }, i).ok().map(|(_, p)| {
        let text = i.get(..p.len).unwrap_or("").to_owned();
        (text, p.numeral.value, p.unit, p.qualifier)
    })
}

#[test]
fn a_count_modifies_a_noun_without_its_hyphen() {
    let unit = |before: &str, i: &str| read_after(before, i).and_then(|r| r.2);
    assert_eq!(
        read_after("67 seats in the ", "70 member Assembly"),
        Some((
            "70 member".to_owned(),
            70.0,
            Some("member".to_owned()),
            Qualifier::None
        ))
    );
    assert_eq!(unit("a ", "15 nation bloc met").as_deref(), Some("nation"));
    assert_eq!(unit("the city's ", "40 bed ward").as_deref(), Some("bed"));
    // A plural head is counted itself.
    assert_eq!(unit("the ", "27 member states").as_deref(), Some("states"));
    // Not a model or a part by name, with no determiner before it.
    assert_eq!(unit("a Boeing ", "737 aircraft order"), None);
    assert_eq!(unit("filed for Chapter ", "11 bankruptcy protection"), None);
    // Not a noun a figure names, a verb form, a kind, a unit of time.
    assert_eq!(unit("passed the ", "272 majority mark"), None);
    assert_eq!(unit("the ", "two party system"), None);
    assert_eq!(unit("the ", "12 operating units"), Some("units".to_owned()));
    assert_eq!(unit("the ", "3 step plan"), Some("step".to_owned()));
    // No noun after it: the figure alone.
    assert_eq!(unit("the ", "70 member."), None);
}

#[test]
fn over_after_a_noun_it_belongs_to_is_no_hedge() {
    // The noun's preposition: the scan reads the count after it.
    assert_eq!(
        read_after("to complete a sweep ", "over three distances"),
        None
    );
    assert_eq!(read_after("a narrow victory ", "over two rivals"), None);
    assert_eq!(
        read_after("the party's control ", "over 40 districts"),
        None
    );
    // After a verb or a preposition, "over" is more than.
    let over = |before: &str, i: &str| read_after(before, i).map(|r| r.3);
    assert_eq!(
        over("the alliance will win ", "over 400 seats"),
        Some(Qualifier::Over)
    );
    assert_eq!(
        over("the Tories hold ", "over 40 seats"),
        Some(Qualifier::Over)
    );
    assert_eq!(
        over("a crowd of ", "over 6,000 fans"),
        Some(Qualifier::Over)
    );
    assert_eq!(over("", "Over 3,000 people came"), Some(Qualifier::Over));
}

#[test]
fn a_fraction_of_one_unit_of_measure() {
    let p = q("a quarter of a mile from the shore");
    assert_eq!(
        (p.numeral.value, p.unit.as_deref(), p.unit_kind),
        (0.25, Some("mile"), Some(UnitKind::Measure))
    );
    assert_eq!(p.len, "a quarter of a mile".len());
    let p = q("nearly half a kilometre");
    assert_eq!(
        (p.numeral.value, p.unit.as_deref(), p.qualifier),
        (0.5, Some("kilometre"), Qualifier::Nearly)
    );
    // A share of many is a percentage, as before.
    assert_eq!(q("a quarter of the miles").unit.as_deref(), Some("percent"));
}

/// A quantity read at `s` with `before` the sentence before it.
fn read_in(before: &str, s: &str) -> Option<ParsedQuantity> {
    quantity_in(Context { before }, s).ok().map(|r| r.1)
}

#[test]
fn a_fraction_before_a_level_is_the_change() {
    // The change, a share, then the level with its own unit.
    let p = read_in("Turnover climbed ", "a quarter to 6.2 billion kroner in").unwrap();
    assert_eq!(
        (p.numeral.value, p.unit.as_deref()),
        (25.0, Some("percent"))
    );
    assert_eq!((p.min, p.len), (None, "a quarter".len()));
    let p = read_in("Its fuel bill was up ", "around a third to €5 billion.").unwrap();
    assert_eq!(p.qualifier, Qualifier::About);
    assert!((p.numeral.value - 100.0 / 3.0).abs() < 1e-9);
    assert_eq!(p.len, "around a third".len());
    let p = read_in("Costs fell by ", "half to 3 million dinars").unwrap();
    assert_eq!(
        (p.numeral.value, p.unit.as_deref()),
        (50.0, Some("percent"))
    );
    // Two fractions are one range.
    let p = q("between a third and a half of voters");
    assert_eq!((p.min, p.max), (Some(1.0 / 3.0), Some(0.5)));
}

#[test]
fn a_fraction_alone_is_a_share() {
    let p = read_in("its weight dropped to ", "about a fifth, the study said").unwrap();
    assert_eq!(
        (p.numeral.value, p.unit.as_deref()),
        (20.0, Some("percent"))
    );
    assert_eq!(p.qualifier, Qualifier::About);
    assert_eq!(p.numeral.precision, 20.0);
    let p = read_in("the cost fell to ", "a quarter.").unwrap();
    assert_eq!(
        (p.numeral.value, p.unit.as_deref()),
        (25.0, Some("percent"))
    );
    // Told alone, a fraction is the number.
    assert_eq!(q("two thirds").numeral.value, 2.0 / 3.0);
    let p = q("More than half said no");
    assert_eq!(
        (p.numeral.value, p.unit.as_deref()),
        (50.0, Some("percent"))
    );
    // A decimal told in words is no fraction.
    assert_eq!(q("nought point five.").unit, None);
    // "half" after a determiner is the noun: a half year, half a game.
    assert!(read_in("profit rose over the ", "half.").is_none());
    assert!(read_in("Ardmore reports its ", "half on Monday").is_none());
    assert!(read_in("Sales rose by ", "half.").is_some());
}

#[test]
fn a_change_told_from_a_start_to_a_level() {
    // A revision or its direction before "from": a start and a level.
    assert!(read_in(
        "The office revised March losses lower, ",
        "from 41,000 to 12,000 posts"
    )
    .is_none());
    assert!(read_in("The agency revised its count ", "from 310 to 290 sites").is_none());
    // Not a change: a range.
    let p = read_in("Crowds ranged ", "from 300 to 400 people").unwrap();
    assert_eq!((p.min, p.max), (Some(300.0), Some(400.0)));
    // The start then shares the noun written once after the level.
    let p = read_in("revised losses lower, from ", "41,000 to 12,000 posts.").unwrap();
    assert_eq!((p.unit.as_deref(), p.len), (Some("posts"), "41,000".len()));
    let p = read_in("Staff rose from ", "9 to 15 per cent").unwrap();
    assert_eq!(p.unit, None);
}

#[test]
fn plus_or_minus_tells_a_margin() {
    assert!(read_in("a band of 5% plus or ", "minus 1.5 percentage points").is_none());
    let p = read_in("a band of 5% plus or minus ", "1.5 percentage points").unwrap();
    assert_eq!(p.numeral.value, 1.5);
    // Without the "or", as central banks' targets are often written.
    assert!(read_in("a target of 3 percent plus ", "minus 1 percent").is_none());
    let p = read_in("a target of 3 percent plus minus ", "1 percent").unwrap();
    assert_eq!(p.numeral.value, 1.0);
    assert_eq!(
        read_in("the reading fell to ", "minus 4 degrees")
            .unwrap()
            .numeral
            .value,
        -4.0
    );
    assert_eq!(
        read_in("surplus or ", "minus 3 points").map(|p| p.numeral.value),
        Some(-3.0)
    );
}

#[test]
fn within_a_distance_is_up_to_it() {
    let p = read_in("the rover came within ", "40 metres of the crater").unwrap();
    assert_eq!(p.qualifier, Qualifier::UpTo);
    let p = read_in("the race finished within ", "2 points of the leader").unwrap();
    assert_eq!(p.qualifier, Qualifier::UpTo);
    assert_eq!(
        read_in("it lies ", "40 metres away").unwrap().qualifier,
        Qualifier::None
    );
}

#[test]
fn forecasters_before_their_verb_are_not_counted() {
    let p = read_in("more than the ", "8,000 analysts expected.").unwrap();
    assert_eq!((p.unit, p.len), (None, "8,000".len()));
    let p = read_in("below the ", "3,000 forecasters had predicted, and").unwrap();
    assert_eq!(p.unit, None);
    // Counted when they forecast something, or do something else.
    let p = read_in("a poll of ", "80 analysts expected a cut").unwrap();
    assert_eq!(p.unit.as_deref(), Some("analysts"));
    let p = read_in("", "80 analysts met.").unwrap();
    assert_eq!(p.unit.as_deref(), Some("analysts"));
}

#[test]
fn an_iso_code_before_a_figure_is_its_currency() {
    let p = q("around SEK 4 billion on roads");
    assert_eq!(
        (p.unit.as_deref(), p.qualifier),
        (Some("SEK"), Qualifier::About)
    );
    assert_eq!(p.numeral.value, 4e9);
    // The figure read on its own, the code before it.
    let p = read_in("the ministry spent SEK ", "4 billion on roads").unwrap();
    assert_eq!(p.unit.as_deref(), Some("SEK"));
    assert_eq!(p.len, "4 billion".len());
    // Only a code the lexicon knows, as a word of its own, and only after
    // a qualifier: a claim never opens with such a code.
    assert!(quantity("around XQZ 4 billion").is_err());
    assert!(quantity("SEK 4 billion").is_err());
    assert_eq!(
        read_in("the GSEK ", "4 units").unwrap().unit.as_deref(),
        Some("units")
    );
}

#[test]
fn an_article_and_an_ordinal_before_a_noun_rank_it() {
    // A position, no fraction.
    assert!(quantity("a third successive defeat").is_err());
    assert!(quantity("a fifth term in office").is_err());
    assert!(quantity("an eighth title").is_err());
    // A fraction's own followers keep the fraction.
    assert!(quantity("a third of the seats").is_ok());
    assert!(quantity("a third larger than").is_ok());
    assert!(quantity("a fifth higher.").is_ok());
    assert!(quantity("a third more").is_ok());
    let after = |before: &str, s: &str| quantity_in(Context { before }, s).is_ok();
    assert!(after("sales fell by ", "a third last year"));
    assert!(after("profit jumped ", "a third sharply"));
}

#[test]
fn times_after_a_figure_is_counted() {
    let read = |s: &str| {
        let p = q(s);
        (p.unit, p.len)
    };
    let times = Some("times".to_owned());
    assert_eq!(read("six times a week"), (times.clone(), "six times".len()));
    assert_eq!(
        read("two more times"),
        (times.clone(), "two more times".len())
    );
    assert_eq!(read("10 times larger"), (times, "10 times".len()));
    // An address, and a product, are no count of times.
    assert_eq!(read("5 Times Square").0, None);
    assert_eq!(read("3 times 4").0, None);
}

#[test]
fn over_a_race_course_is_no_hedge() {
    let at = |before: &str, i: &str| {
        quantity_in(Context { before }, i)
            .ok()
            .map(|(_, p)| (p.qualifier, p.numeral.value))
    };
    // After a race's noun or a verb of racing, before a distance: no claim
    // opens at "over" (the scan reads the distance next).
    assert_eq!(at("won the Pellow Stakes ", "over 2,200m at Tolan"), None);
    assert_eq!(at("has never raced ", "over 3,000m."), None);
    assert_eq!(at("a race ", "over 10km"), None);
    // Before a count, or after another verb, "over" is "more than".
    assert_eq!(
        at("the party won ", "over 2,000 votes"),
        Some((Qualifier::Over, 2000.0))
    );
    assert_eq!(
        at("its riders drove ", "over 90km"),
        Some((Qualifier::Over, 90.0))
    );
}

#[test]
fn a_hyphened_to_joins_a_range_and_a_year_before_a_verb_counts_nothing() {
    let p = q("9,500-to-11,000 tonnes");
    assert_eq!(
        (p.min, p.max, p.unit.as_deref()),
        (Some(9500.0), Some(11000.0), Some("tonnes"))
    );
    // The bounds in the wrong order are no range.
    assert_eq!(q("3-to-1 in favour").min, None);
    assert_eq!(q("2020 reflected higher grades").unit, None);
    // A participle before its noun still modifies it.
    assert_eq!(
        q("1950 displaced families").unit.as_deref(),
        Some("families")
    );
    assert_eq!(q("NT$154 million").unit.as_deref(), Some("TWD"));
}

#[test]
fn a_decimal_of_one_point_is_counted_in_points() {
    let p = q("0.25 of a percentage point to 3%");
    assert_eq!(p.numeral.value, 0.25);
    assert_eq!(p.unit.as_deref(), Some("percentage points"));
    assert_eq!(p.unit_kind, Some(UnitKind::Points));
    assert_eq!(p.len, "0.25 of a percentage point".len());
    assert_eq!(
        q("0.1 of a basis point").unit.as_deref(),
        Some("basis points")
    );
    // A figure of one or more, or of the points, stays as it was read.
    assert_eq!(q("2 of a point").unit, None);
    assert_eq!(q("0.5 of the points").unit, None);
}

#[test]
fn a_plural_like_a_verb_after_a_count_of_many_is_counted() {
    assert_eq!(
        q("nearly 900 lives in a year").unit.as_deref(),
        Some("lives")
    );
    assert_eq!(q("14 wins this season").unit.as_deref(), Some("wins"));
    assert_eq!(q("40 works by her").unit.as_deref(), Some("works"));
    // After one or a year the word is the verb.
    let unit = |s: &str| quantity(s).ok().and_then(|(_, p)| p.unit);
    assert_eq!(unit("1 lives here"), None);
    assert_eq!(unit("2019 remains the warmest"), None);
}
