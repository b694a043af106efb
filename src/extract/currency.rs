//! Which country's currency a shared sign stands for in an article.
//!
//! "$" is the dollar of the United States, Australia, Canada, New Zealand,
//! Hong Kong … and "¥", "Rs" are shared the same way
//! ([`CURRENCY_FAMILIES`]). The grammar keeps the sign as a claim's unit;
//! the article's front matter (`currency: AUD`) or the configuration
//! (`currency: [AUD]`) decides it, the article first. A claim written with
//! an explicit form ("A$", "US$", "Australian dollars", "USD") is that
//! currency whatever the defaults: news marks a foreign dollar this way
//! against its own bare "$", so an explicit form never decides the bare
//! sign of the same article. Undecided, the sign stays, and `check` lets it
//! match a fact in any currency of its family, naming the one it assumed.

use crate::extract::lexicon::{
    currency_family, family_minor_parts, minor_parts, CURRENCY_FAMILIES,
};

/// For each shared sign of [`CURRENCY_FAMILIES`], in order, the ISO code it
/// stands for, where something decided it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Currencies([Option<&'static str>; CURRENCY_FAMILIES.len()]);

impl Currencies {
    /// The defaults ISO `codes` set: each decides the sign whose family holds
    /// it. Fails on a code no shared sign stands for, or on two codes for
    /// the same sign.
    pub fn decide<S: AsRef<str>>(codes: &[S]) -> Result<Currencies, String> {
        let mut out = Currencies::default();
        for code in codes {
            let code = code.as_ref().trim();
            let found = CURRENCY_FAMILIES
                .iter()
                .enumerate()
                .find_map(|(k, (sign, members))| {
                    members
                        .iter()
                        .find(|m| m.eq_ignore_ascii_case(code))
                        .map(|m| (k, *sign, *m))
                });
            let Some((k, sign, member)) = found else {
                let signs: Vec<&str> = CURRENCY_FAMILIES.iter().map(|(s, _)| *s).collect();
                return Err(format!(
                    "currency `{code}` is not one a shared sign ({}) can stand for",
                    signs.join(", ")
                ));
            };
            match out.0.get_mut(k) {
                Some(Some(prev)) if *prev != member => {
                    return Err(format!(
                        "currency: both {prev} and {member} are given for \"{sign}\""
                    ));
                }
                Some(slot) => *slot = Some(member),
                None => {}
            }
        }
        Ok(out)
    }

    /// These defaults, with `over`'s decisions taking precedence.
    pub fn overridden_by(self, over: Currencies) -> Currencies {
        let mut out = self;
        for (slot, o) in out.0.iter_mut().zip(over.0) {
            if o.is_some() {
                *slot = o;
            }
        }
        out
    }

    /// The ISO code `unit` stands for: a decided shared sign's code, else
    /// `unit` itself.
    pub fn resolve<'a>(&self, unit: &'a str) -> &'a str {
        CURRENCY_FAMILIES
            .iter()
            .zip(self.0)
            .find_map(|((sign, _), code)| (*sign == unit).then_some(code).flatten())
            .unwrap_or(unit)
    }
}

/// Whether a claim's currency `claim_unit` may be the fact's `fact_unit`: the
/// same, or an undecided shared sign and one of the codes it stands for.
/// Returns the code assumed for a sign.
pub fn assumed_for(claim_unit: &str, fact_unit: &str) -> Option<&'static str> {
    let family = currency_family(claim_unit)?;
    // A figure left in its minor unit because the currencies it may be a
    // part of count their parts differently ("9 fils" of a dirham or of a
    // dinar, undecided) is no amount of any of them.
    family_minor_parts(family)?;
    family
        .iter()
        .find(|c| c.eq_ignore_ascii_case(fact_unit))
        .copied()
}

/// How many of a minor unit make one of its main unit `main` as
/// `currencies` decide it ("fils": a hundredth of the dirham, a thousandth
/// of Kuwait's dinar). `None` where the article leaves a shared main unit
/// undecided and its currencies count their parts differently: the figure
/// then stays in the minor unit, and no fact is assumed for it.
pub fn minor_parts_of(main: &str, currencies: &Currencies) -> Option<f64> {
    let code = currencies.resolve(main);
    if code != main {
        return Some(minor_parts(code));
    }
    match currency_family(main) {
        None => Some(minor_parts(main)),
        Some(codes) => family_minor_parts(codes),
    }
}

/// Words naming a country, for the currency word of a family its own
/// currency shares a name with: the family's sign and the ISO code. Only
/// capitalised words count ("Philippine", not "philippine").
const COUNTRY_WORDS: &[(&str, &str, &str)] = &[
    ("Philippines", "pesos", "PHP"),
    ("Philippine", "pesos", "PHP"),
    ("Filipino", "pesos", "PHP"),
    ("Filipinos", "pesos", "PHP"),
    ("Manila", "pesos", "PHP"),
    ("Mexico", "pesos", "MXN"),
    ("Mexican", "pesos", "MXN"),
    ("Mexicans", "pesos", "MXN"),
    ("Argentina", "pesos", "ARS"),
    ("Argentine", "pesos", "ARS"),
    ("Argentinian", "pesos", "ARS"),
    ("Chile", "pesos", "CLP"),
    ("Chilean", "pesos", "CLP"),
    ("Colombia", "pesos", "COP"),
    ("Colombian", "pesos", "COP"),
    ("Uruguay", "pesos", "UYU"),
    ("Uruguayan", "pesos", "UYU"),
    ("Cuba", "pesos", "CUP"),
    ("Cuban", "pesos", "CUP"),
    ("Switzerland", "francs", "CHF"),
    ("Swiss", "francs", "CHF"),
    ("Zurich", "francs", "CHF"),
    ("Geneva", "francs", "CHF"),
    ("Bern", "francs", "CHF"),
    ("Basel", "francs", "CHF"),
    ("Lausanne", "francs", "CHF"),
    ("Liechtenstein", "francs", "CHF"),
    ("Congo", "francs", "CDF"),
    ("Congolese", "francs", "CDF"),
    ("Kinshasa", "francs", "CDF"),
    ("Rwanda", "francs", "RWF"),
    ("Rwandan", "francs", "RWF"),
    ("Kigali", "francs", "RWF"),
    ("Burundi", "francs", "BIF"),
    ("Burundian", "francs", "BIF"),
    ("Djibouti", "francs", "DJF"),
    ("Senegal", "francs", "XOF"),
    ("Senegalese", "francs", "XOF"),
    ("Ivorian", "francs", "XOF"),
    ("Mali", "francs", "XOF"),
    ("Malian", "francs", "XOF"),
    ("Burkina", "francs", "XOF"),
    ("Benin", "francs", "XOF"),
    ("Togo", "francs", "XOF"),
    ("Cameroon", "francs", "XAF"),
    ("Cameroonian", "francs", "XAF"),
    ("Gabon", "francs", "XAF"),
    ("UAE", "fils", "AED"),
    ("Emirates", "fils", "AED"),
    ("Emirati", "fils", "AED"),
    ("Dubai", "fils", "AED"),
    ("Dhabi", "fils", "AED"),
    ("Sharjah", "fils", "AED"),
    ("Kuwait", "fils", "KWD"),
    ("Kuwaiti", "fils", "KWD"),
    ("Bahrain", "fils", "BHD"),
    ("Bahraini", "fils", "BHD"),
    ("Manama", "fils", "BHD"),
    ("Jordan", "fils", "JOD"),
    ("Jordanian", "fils", "JOD"),
    ("Amman", "fils", "JOD"),
    ("Iraq", "fils", "IQD"),
    ("Iraqi", "fils", "IQD"),
    ("Baghdad", "fils", "IQD"),
    ("Yemen", "fils", "YER"),
    ("Yemeni", "fils", "YER"),
];

/// For each capital letter, the [`COUNTRY_WORDS`] that open with it, as
/// bits (there are at most 128).
// Evaluated when the crate is built: an index out of bounds fails the
// build, and so does a country word that opens with no capital.
#[allow(clippy::indexing_slicing)]
const COUNTRY_WORDS_BY_LETTER: [u128; 26] = {
    assert!(COUNTRY_WORDS.len() <= 128);
    let mut by_letter = [0u128; 26];
    let mut k = 0;
    while k < COUNTRY_WORDS.len() {
        let first = COUNTRY_WORDS[k].0.as_bytes()[0];
        assert!(first.is_ascii_uppercase());
        by_letter[(first - b'A') as usize] |= 1 << k;
        k += 1;
    }
    by_letter
};

/// The [`COUNTRY_WORDS`] entry `word` is (a run of ASCII letters that
/// opens with a capital): the word as listed, or in capitals ("MANILA" in
/// a dateline). Only the entries of its first letter are compared.
fn country_word(word: &str) -> Option<&'static (&'static str, &'static str, &'static str)> {
    let mut entries = word
        .as_bytes()
        .first()
        .and_then(|b| COUNTRY_WORDS_BY_LETTER.get(usize::from(b.wrapping_sub(b'A'))))
        .copied()
        .unwrap_or(0);
    while entries != 0 {
        let k = entries.trailing_zeros() as usize;
        entries &= entries - 1;
        let Some(entry) = COUNTRY_WORDS.get(k) else {
            break;
        };
        if entry.0.len() == word.len()
            && (entry.0 == word
                || (word.bytes().all(|b| b.is_ascii_uppercase())
                    && entry.0.eq_ignore_ascii_case(word)))
        {
            return Some(entry);
        }
    }
    None
}

/// Calls `each` with the start of every word of `bytes` that opens with an
/// ASCII capital, in order; a word is a run of ASCII letters (any other
/// byte, the bytes of a character of more than one included, ends it).
/// Capitals are a few bytes in a hundred: the bytes are read eight at a
/// time, as one number, and only a capital's place is looked at.
fn capitalised_word_starts(bytes: &[u8], mut each: impl FnMut(usize)) {
    const LOW_SEVEN: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const TOP: u64 = 0x8080_8080_8080_8080;
    let opens_word = |at: usize| {
        at.checked_sub(1)
            .and_then(|k| bytes.get(k))
            .is_none_or(|b| !b.is_ascii_alphabetic())
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let Ok(eight) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        let v = u64::from_le_bytes(eight);
        // Each byte's low seven bits plus 0x3f reach its top bit from "A"
        // (0x41) on, plus 0x25 from "[" (0x5b) on, and carry into no other
        // byte; a byte with its own top bit set (beyond ASCII) is no
        // capital. What is left is a top bit for each of "A" to "Z", the
        // first byte lowest.
        let low = v & LOW_SEVEN;
        let mut capitals =
            (low + 0x3f3f_3f3f_3f3f_3f3f) & !(low + 0x2525_2525_2525_2525) & !v & TOP;
        while capitals != 0 {
            let at = base + (capitals.trailing_zeros() / 8) as usize;
            capitals &= capitals - 1;
            if opens_word(at) {
                each(at);
            }
        }
        base += 8;
    }
    for (k, b) in chunks.remainder().iter().enumerate() {
        if b.is_ascii_uppercase() && opens_word(base + k) {
            each(base + k);
        }
    }
}

/// The currency words ("pesos", "francs") an article decides by the one
/// country it names: "342 million pesos" in a story about the Philippines
/// is PHP, in one about Mexico MXN; "6.06 francs" after "Swiss" is CHF. A
/// story that names two such countries ("Mexico and Argentina") leaves the
/// word undecided, as one that names none. The bare "$" is not decided so:
/// a story abroad writes it for US dollars as often as for the local ones.
/// One pass over the bytes of `prose`: only a word that opens with a
/// capital is read ([`capitalised_word_starts`]).
pub fn named_by_country(prose: &str) -> Currencies {
    let mut found: [Option<Result<&'static str, ()>>; CURRENCY_FAMILIES.len()] =
        [None; CURRENCY_FAMILIES.len()];
    let bytes = prose.as_bytes();
    capitalised_word_starts(bytes, |start| {
        let end = bytes
            .get(start..)
            .and_then(|rest| rest.iter().position(|b| !b.is_ascii_alphabetic()))
            .map_or(bytes.len(), |k| start + k);
        let Some((_, sign, code)) = prose.get(start..end).and_then(country_word) else {
            return;
        };
        let Some(k) = CURRENCY_FAMILIES.iter().position(|(s, _)| s == sign) else {
            return;
        };
        if let Some(slot) = found.get_mut(k) {
            *slot = match *slot {
                None => Some(Ok(*code)),
                Some(Ok(c)) if c == *code => Some(Ok(c)),
                _ => Some(Err(())),
            };
        }
    });
    let mut out = Currencies::default();
    for (slot, f) in out.0.iter_mut().zip(found) {
        *slot = f.and_then(Result::ok);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_decide_their_sign() {
        let c = Currencies::decide(&["AUD", "cny"]).unwrap();
        assert_eq!(c.resolve("$"), "AUD");
        assert_eq!(c.resolve("¥"), "CNY");
        assert_eq!(c.resolve("Rs"), "Rs");
        assert_eq!(c.resolve("EUR"), "EUR");
        assert_eq!(c.resolve("people"), "people");
    }

    #[test]
    fn bad_codes_are_refused() {
        assert!(Currencies::decide(&["EUR"]).unwrap_err().contains("EUR"));
        assert!(Currencies::decide(&["AUD", "USD"])
            .unwrap_err()
            .contains("both"));
        assert!(Currencies::decide(&["AUD", "AUD"]).is_ok());
    }

    #[test]
    fn the_article_overrides_the_configuration() {
        let config = Currencies::decide(&["USD", "JPY"]).unwrap();
        let article = Currencies::decide(&["AUD"]).unwrap();
        let c = config.overridden_by(article);
        assert_eq!((c.resolve("$"), c.resolve("¥")), ("AUD", "JPY"));
    }

    #[test]
    fn the_one_country_named_decides_pesos() {
        let c =
            named_by_country("MANILA - Floods in the central Philippines cost 342 million pesos.");
        assert_eq!((c.resolve("pesos"), c.resolve("$")), ("PHP", "$"));
        let c = named_by_country("The Mexican central bank sold 5 billion pesos.");
        assert_eq!(c.resolve("pesos"), "MXN");
        // Two countries, or none: undecided.
        let c = named_by_country("Mexico and Argentina both print pesos.");
        assert_eq!(c.resolve("pesos"), "pesos");
        assert_eq!(named_by_country("It cost 40 pesos."), Currencies::default());
        // A country's name inside another word, or in lower case, is none.
        assert_eq!(
            named_by_country("Mexicanos and a chile pepper cost 4 pesos."),
            Currencies::default()
        );
        // A word ends at any byte that is no ASCII letter, a curly quote's
        // or an accented letter's too; a long capitalised word is none.
        let c = named_by_country("Havana\u{2019}s budget, in Cuba\u{2014}300 million pesos");
        assert_eq!(c.resolve("pesos"), "CUP");
        assert_eq!(
            named_by_country("\u{e9}Chile pesos").resolve("pesos"),
            "CLP"
        );
        assert_eq!(
            named_by_country("ArgentinaArgentinaArgentinaArgentinaArgentinaArgentinaArgentina"),
            Currencies::default()
        );
        // The configuration decides the word too, and `pesos` may be any
        // peso until something does.
        let config = Currencies::decide(&["PHP"]).unwrap();
        assert_eq!(config.resolve("pesos"), "PHP");
        assert_eq!(assumed_for("pesos", "COP"), Some("COP"));
    }

    #[test]
    fn country_words_differ_in_more_than_case() {
        for (k, (a, _, _)) in COUNTRY_WORDS.iter().enumerate() {
            for (b, _, _) in COUNTRY_WORDS.iter().skip(k + 1) {
                assert!(!a.eq_ignore_ascii_case(b), "{a} {b}");
            }
        }
    }

    #[test]
    fn capitals_are_found_at_word_starts_in_any_place() {
        // Every place of an eight-byte block, and the bytes after the last
        // block; bytes beyond ASCII are no capitals and end a word.
        let text = "a Bc DE\u{e9}Fg\u{2019}H iJ [Kz@ Lmno Pqrs T";
        let mut starts = Vec::new();
        capitalised_word_starts(text.as_bytes(), |k| starts.push(k));
        let expected: Vec<usize> = (0..text.len())
            .filter(|&k| {
                text.as_bytes()[k].is_ascii_uppercase()
                    && (k == 0 || !text.as_bytes()[k - 1].is_ascii_alphabetic())
            })
            .collect();
        assert_eq!(starts, expected);
        assert_eq!(expected.len(), 8);
    }

    #[test]
    fn the_country_named_decides_francs() {
        let c =
            named_by_country("Profit rose to 16.9 billion Swiss francs or 6.06 francs a share.");
        assert_eq!(c.resolve("francs"), "CHF");
        let c = named_by_country("Kigali raised fuel prices by 120 francs a litre.");
        assert_eq!(c.resolve("francs"), "RWF");
        // Two countries with francs of their own, or none: undecided, and
        // any franc may be meant.
        let c = named_by_country("Swiss and Congolese banks swapped 40 million francs.");
        assert_eq!(c.resolve("francs"), "francs");
        assert_eq!(assumed_for("francs", "CHF"), Some("CHF"));
        assert_eq!(assumed_for("francs", "EUR"), None);
    }

    #[test]
    fn the_country_named_decides_fils() {
        let c = named_by_country("The Dubai developer earned 9 fils a share.");
        assert_eq!(c.resolve("fils"), "AED");
        assert_eq!(minor_parts_of("fils", &c), Some(100.0));
        let c = named_by_country("KUWAIT CITY: the bank paid 25 fils a share.");
        assert_eq!(c.resolve("fils"), "KWD");
        assert_eq!(minor_parts_of("fils", &c), Some(1000.0));
        // Undecided, fils are a hundredth or a thousandth: no amount.
        let c = named_by_country("Banks in Dubai and Bahrain paid 20 fils a share.");
        assert_eq!(minor_parts_of("fils", &c), None);
        assert_eq!(assumed_for("fils", "AED"), None);
        // Cents are a hundredth of every dollar, decided or not.
        assert_eq!(minor_parts_of("$", &Currencies::default()), Some(100.0));
    }

    #[test]
    fn an_undecided_sign_may_be_any_of_its_currencies() {
        assert_eq!(assumed_for("$", "AUD"), Some("AUD"));
        assert_eq!(assumed_for("$", "usd"), Some("USD"));
        assert_eq!(assumed_for("$", "EUR"), None);
        assert_eq!(assumed_for("¥", "CNY"), Some("CNY"));
        assert_eq!(assumed_for("AUD", "AUD"), None);
    }
}
