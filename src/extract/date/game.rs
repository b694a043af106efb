//! Periods of a game: in sports copy "the first half", "the third
//! quarter", "a fourth-quarter touchdown" are parts of a match, not of a
//! calendar year. A document is sports copy when it uses the words of a
//! game (two distinct ones at least: "touchdown", "innings", "halftime" …);
//! there a quarter or half that names no year is no date claim.

use super::DateExpr;
use crate::extract::claim::Relation;
use aho_corasick::{AhoCorasick, MatchKind};

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
    // Individual sports: a race, a round, a set (a business story about a
    // sponsor rarely says "peloton" or "birdie").
    "peloton",
    "heavyweight",
    "knockout",
    "boxer",
    "breaststroke",
    "backstroke",
    "freestyle",
    "cyclist",
    "cyclists",
    "sprinter",
    "laps",
    "birdie",
    "birdies",
    "bogey",
    "leaderboard",
    "tiebreak",
    "tiebreaker",
    "semifinal",
    "semifinals",
    "semi-final",
    "semi-finals",
    "quarterfinal",
    "quarterfinals",
    "quarter-final",
    "quarter-finals",
    // Two words a race or a tournament names itself by, one word each
    // alone being common elsewhere ("at this stage", "the race for").
    "stage win",
    "overall lead",
    "time trial",
    "finish line",
    "defending champion",
    "world record",
    "personal best",
    "gold medal",
    "grand slam",
];

/// How many distinct game words make a document sports copy.
const GAME_WORDS_NEEDED: usize = 2;

/// The game words as one automaton (ASCII case folded, the longest at a
/// place first): a document is read at the automaton's pace, and only
/// where a game word stands is a word's edge looked at. (Building it
/// fails only past size limits a few dozen words never reach; a test
/// holds that it builds.)
fn game_words() -> Option<&'static AhoCorasick> {
    static WORDS: std::sync::OnceLock<Option<AhoCorasick>> = std::sync::OnceLock::new();
    WORDS
        .get_or_init(|| {
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(GAME_WORDS)
                .ok()
        })
        .as_ref()
}

/// Whether `c` is part of a word: a word is a run of alphanumeric
/// characters and hyphens (a game word of two words holds one blank).
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Whether `prose` is sports copy: it has two distinct game words, each
/// a whole word (a run of alphanumeric characters and hyphens, any case;
/// a pair of words "stage win" one blank apart).
///
/// Every game word is made of word characters only, so a whole word
/// never starts inside another match: the leftmost-longest matches, each
/// kept when no word character stands on either side, find every one.
pub fn is_sports_copy(prose: &str) -> bool {
    let Some(words) = game_words() else {
        return false;
    };
    let mut seen = 0u64;
    for m in words.find_iter(prose) {
        let before = prose.get(..m.start()).and_then(|h| h.chars().next_back());
        let after = prose.get(m.end()..).and_then(|t| t.chars().next());
        if before.is_some_and(word_char) || after.is_some_and(word_char) {
            continue;
        }
        seen |= 1 << m.pattern().as_u32();
        if seen.count_ones() as usize >= GAME_WORDS_NEEDED {
            return true;
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
        // A race: words of individual sports, and pairs of common words.
        assert!(is_sports_copy(
            "The Dutch rider kept the overall lead after a stage win in the hills."
        ));
        assert!(is_sports_copy(
            "She set a personal best in the semifinal of the 400 metres."
        ));
        // One common word of a pair alone is not one: "at this stage",
        // "the race for mayor", "a world of records".
        assert!(!is_sports_copy(
            "At this stage the race for mayor is open; the lead is overall small and the world recorded it."
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
    /// that is neither alphanumeric nor a hyphen, count distinct game words
    /// (a word alone, or two words one blank apart).
    #[test]
    fn the_byte_pass_reads_words_as_a_split_on_characters_does() {
        let by_split = |prose: &str| {
            let mut runs: Vec<(usize, usize)> = Vec::new();
            let mut open: Option<usize> = None;
            for (at, c) in prose.char_indices().chain([(prose.len(), ' ')]) {
                match (word_char(c) && at < prose.len(), open) {
                    (true, None) => open = Some(at),
                    (false, Some(start)) => {
                        runs.push((start, at));
                        open = None;
                    }
                    _ => {}
                }
            }
            let mut seen = std::collections::HashSet::new();
            let mut find = |w: &str| {
                if let Some(k) = GAME_WORDS.iter().position(|g| g.eq_ignore_ascii_case(w)) {
                    seen.insert(k);
                }
            };
            for (k, &(a, b)) in runs.iter().enumerate() {
                find(&prose[a..b]);
                if let Some(&(c, d)) = runs.get(k + 1) {
                    if &prose[b..c] == " " {
                        find(&prose[a..d]);
                    }
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

    /// A document's words are kept in a `u64`, and the automaton finds
    /// whole words only because a game word is made of word characters
    /// (two words at most, one blank apart, the second no game word of its
    /// own): a game word outside these would be silently never found.
    #[test]
    fn every_game_word_fits_the_seen_set_and_is_made_of_word_characters() {
        assert!(GAME_WORDS.len() <= 64);
        for w in GAME_WORDS {
            let parts: Vec<&str> = w.split(' ').collect();
            assert!(parts.len() <= 2, "{w}");
            for p in &parts {
                assert!(
                    !p.is_empty() && p.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                    "{w}"
                );
                assert!(p.starts_with(|c: char| c.is_ascii_lowercase()), "{w}");
            }
            if let [_, second] = parts.as_slice() {
                assert!(!GAME_WORDS.contains(second), "{w}");
            }
        }
        let words = game_words().map(AhoCorasick::patterns_len);
        assert_eq!(words, Some(GAME_WORDS.len()));
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
            quarter: 3,
            by_months: false,
        }));
        assert!(is_game_period(DateExpr::Half {
            year: None,
            half: 2
        }));
        assert!(!is_game_period(DateExpr::Quarter {
            year: Some(2020),
            quarter: 3,
            by_months: false,
        }));
        assert!(!is_game_period(DateExpr::Year(2020)));
    }
}
