//! Periods of a game: in sports copy "the first half", "the third
//! quarter", "a fourth-quarter touchdown" are parts of a match, not of a
//! calendar year. A document is sports copy when it uses the words of a
//! game (two distinct ones at least: "touchdown", "innings", "halftime" …);
//! there a quarter or half that names no year is no date claim.

use super::DateExpr;

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

/// Whether `prose` is sports copy (one pass over its words).
pub fn is_sports_copy(prose: &str) -> bool {
    let mut seen = 0u64;
    for word in prose
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| (4..=14).contains(&w.len()))
    {
        // Compared in place: no lowercase copy of every word of the document.
        if let Some(k) = GAME_WORDS.iter().position(|g| g.eq_ignore_ascii_case(word)) {
            seen |= 1 << k;
            if seen.count_ones() as usize >= GAME_WORDS_NEEDED {
                return true;
            }
        }
    }
    false
}

/// Whether a date read in sports copy is a period of the game: a quarter
/// or half that names no year ("the second half", "third-quarter").
pub fn is_game_period(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Quarter { year: None, .. } | DateExpr::Half { year: None, .. }
    )
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
