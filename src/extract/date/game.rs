//! Periods of a game: in sports copy "the first half", "the third
//! quarter", "a fourth-quarter touchdown" are parts of a match, not of a
//! calendar year. A document is sports copy when it uses the words of a
//! game (two distinct ones at least: "touchdown", "innings", "halftime" …);
//! there a quarter or half that names no year is no date claim.

use super::DateExpr;
use crate::extract::claim::Relation;

/// Words that only a match report uses (a business story about a club
/// rarely says "touchdown" or "halftime").
const GAME_WORDS: &[&str] = &[
    "touchdown",
    "touchdowns",
    "quarterback",
    "quarterbacks",
    "interception",
    "interceptions",
    "halftime",
    "half-time",
    "overtime",
    "innings",
    "inning",
    "wicket",
    "wickets",
    "batsman",
    "bowler",
    "rebounds",
    "assists",
    "striker",
    "goalkeeper",
    "midfielder",
    "penalty",
    "penalties",
    "yards",
    "pick-six",
    "playoffs",
    "free-throw",
    "three-pointer",
    "three-pointers",
    "scored",
];

/// How many distinct game words make a document sports copy.
const GAME_WORDS_NEEDED: usize = 2;

/// The shortest and the longest game word.
const GAME_WORD_LEN: std::ops::RangeInclusive<usize> = 4..=14;

/// For each word length and lowercase first letter, the game words of that
/// length and letter (bit `k` for `GAME_WORDS[k]`): almost every word of a
/// document is turned away by one look into it.
fn game_word_index() -> &'static [[u32; 26]; 15] {
    static INDEX: std::sync::OnceLock<[[u32; 26]; 15]> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = [[0u32; 26]; 15];
        for (k, word) in GAME_WORDS.iter().enumerate() {
            let first = word.bytes().next().unwrap_or(b'a');
            if let Some(slot) = index
                .get_mut(word.len())
                .and_then(|row| row.get_mut(usize::from(first.wrapping_sub(b'a'))))
            {
                *slot |= 1 << k;
            }
        }
        index
    })
}

/// Whether `prose` is sports copy (one pass over its bytes).
///
/// A word is a run of alphanumeric characters and hyphens; only a run of
/// ASCII ones can be a game word, so a character outside ASCII is decoded
/// only to see whether it ends the word.
pub fn is_sports_copy(prose: &str) -> bool {
    let bytes = prose.as_bytes();
    let mut seen = 0u32;
    // The start of the word being read, and whether it is all ASCII.
    let mut word: Option<(usize, bool)> = None;
    let mut at = 0;
    while at <= bytes.len() {
        let (in_word, ascii, width) = match bytes.get(at) {
            Some(&b) if b.is_ascii() => (b.is_ascii_alphanumeric() || b == b'-', true, 1),
            Some(_) => {
                let c = prose
                    .get(at..)
                    .and_then(|r| r.chars().next())
                    .unwrap_or(' ');
                (c.is_alphanumeric(), false, c.len_utf8())
            }
            None => (false, true, 1),
        };
        if in_word {
            let (_, all_ascii) = word.get_or_insert((at, true));
            *all_ascii &= ascii;
        } else if let Some((start, true)) = word.take() {
            seen |= game_word(bytes.get(start..at).unwrap_or_default());
            if seen.count_ones() as usize >= GAME_WORDS_NEEDED {
                return true;
            }
        }
        at += width;
    }
    false
}

/// The bit of the game word `word` is, in any case (none for other words).
fn game_word(word: &[u8]) -> u32 {
    if !GAME_WORD_LEN.contains(&word.len()) {
        return 0;
    }
    let first = word.first().map_or(0, u8::to_ascii_lowercase);
    if !first.is_ascii_lowercase() {
        return 0;
    }
    let mut candidates = game_word_index()
        .get(word.len())
        .and_then(|row| row.get(usize::from(first - b'a')))
        .copied()
        .unwrap_or(0);
    while candidates != 0 {
        let k = candidates.trailing_zeros();
        if GAME_WORDS
            .get(k as usize)
            .is_some_and(|g| g.as_bytes().eq_ignore_ascii_case(word))
        {
            return 1 << k;
        }
        candidates &= candidates - 1;
    }
    0
}

/// Whether a date read in sports copy is a period of the game: a quarter
/// or half that names no year ("the second half", "third-quarter").
pub fn is_game_period(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Quarter { year: None, .. } | DateExpr::Half { year: None, .. }
    )
}

/// Whether a date read in sports copy is a period of the game told by
/// its ordinal alone: "in the eighth", "In the 10th" (an inning, a round,
/// a frame), which a match report never writes for a day of the month;
/// "on the 10th" stays a date.
pub fn is_game_ordinal(relation: Option<Relation>, expr: DateExpr) -> bool {
    matches!(expr, DateExpr::DayOfMonth(_)) && relation == Some(Relation::In)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sports_copy_needs_two_game_words() {
        assert!(is_sports_copy(
            "He threw a touchdown pass and an interception in the third quarter."
        ));
        assert!(is_sports_copy(
            "The striker was sent off at half-time after a second yellow."
        ));
        // One word is not enough: "scored" alone is any contest.
        assert!(!is_sports_copy(
            "The party scored well in polls in the second half of the year."
        ));
        assert!(!is_sports_copy(
            "Profit rose in the third quarter; sales fell in the first half."
        ));
    }

    fn date_texts(text: &str) -> Vec<String> {
        use crate::document::{Document, Format};
        let doc = Document::from_text("a.txt", text.into(), Format::Text, None, vec![]);
        crate::extract::extract(&doc)
            .iter()
            .filter(|c| matches!(c.kind, crate::extract::claim::ClaimKind::Date(_)))
            .map(|c| doc.slice(c.span).to_owned())
            .collect()
    }

    #[test]
    fn a_match_report_has_no_calendar_halves() {
        let game = "The visitors led at halftime. Their keeper saved two penalties in the second half, and a fourth-quarter rally fell short on Sunday.";
        assert_eq!(date_texts(game), vec!["on Sunday"]);
        let results = "Sales fell in the second half, and fourth-quarter profit rose.";
        assert_eq!(
            date_texts(results),
            vec!["in the second half", "fourth-quarter"]
        );
    }

    /// The byte pass against the plain reading: split on every character
    /// that is neither alphanumeric nor a hyphen, count distinct game words.
    #[test]
    fn the_byte_pass_reads_words_as_a_split_on_characters_does() {
        let by_split = |prose: &str| {
            let mut seen = std::collections::HashSet::new();
            for w in prose.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
                if let Some(k) = GAME_WORDS.iter().position(|g| g.eq_ignore_ascii_case(w)) {
                    seen.insert(k);
                }
            }
            seen.len() >= GAME_WORDS_NEEDED
        };
        let mut texts = vec![
            "TOUCHDOWN and Interception".to_owned(),
            "touchdown—interception".to_owned(),
            "touchdown\u{a0}interception".to_owned(),
            "touchdownéinterception".to_owned(),
            "touchdown² interception".to_owned(),
            "touchdown, touchdowns".to_owned(),
            "touchdown touchdown".to_owned(),
            "half-time-overtime scored".to_owned(),
            "-scored- penalty".to_owned(),
            "yards".to_owned(),
            "scored innings".to_owned(),
            "scoreds innings".to_owned(),
            "ßcored innings".to_owned(),
            "three-pointers 9wicket wicket".to_owned(),
        ];
        for (k, a) in GAME_WORDS.iter().enumerate() {
            let b = GAME_WORDS.get((k + 1) % GAME_WORDS.len()).unwrap_or(a);
            texts.push(format!("{a}.{}", b.to_uppercase()));
            texts.push(format!("{a}x {b}"));
            texts.push(format!("x{a} {b}"));
            texts.push(format!("{a}\u{2014}{b}"));
            texts.push(format!("{a}\u{e9} {b}"));
        }
        for t in &texts {
            assert_eq!(is_sports_copy(t), by_split(t), "{t:?}");
        }
    }

    /// The index holds a word only by its length and lowercase first
    /// letter, and a document's words in a `u32`: a game word outside
    /// either would be silently never found.
    #[test]
    fn every_game_word_fits_the_index() {
        assert!(GAME_WORDS.len() <= 32);
        for w in GAME_WORDS {
            assert!(GAME_WORD_LEN.contains(&w.len()), "{w}");
            assert!(w.starts_with(|c: char| c.is_ascii_lowercase()), "{w}");
        }
    }

    #[test]
    fn innings_by_ordinal_are_game_periods_in_a_match_report() {
        let game = "Okafor singled in the eighth and the Hawks scored twice In the 10th. The teams meet on the 14th.";
        let report = format!("{game} Nine innings, one inning more.");
        assert_eq!(date_texts(&report), vec!["on the 14th"]);
        // Outside sports copy the ordinal stays what the grammar reads.
        assert!(date_texts(game).len() > 1);
        assert!(is_game_ordinal(Some(Relation::In), DateExpr::DayOfMonth(8)));
        assert!(!is_game_ordinal(
            Some(Relation::On),
            DateExpr::DayOfMonth(8)
        ));
    }

    #[test]
    fn only_yearless_quarters_and_halves_are_game_periods() {
        assert!(is_game_period(DateExpr::Quarter {
            year: None,
            quarter: 3
        }));
        assert!(is_game_period(DateExpr::Half {
            year: None,
            half: 2
        }));
        assert!(!is_game_period(DateExpr::Quarter {
            year: Some(2020),
            quarter: 3
        }));
        assert!(!is_game_period(DateExpr::Year(2020)));
    }
}
