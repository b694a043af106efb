//! Sentence and clause boundaries good enough for news prose.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes) before
//! whitespace and a capital, a digit or an opening quote — except after an
//! abbreviation ("U.S.", "Dec.", "No.", "Mr.") or an initial — and at a blank
//! line or a Markdown heading. Clauses split sentences at `,` `;` `:`, dashes,
//! quotation marks and coordinators that open a new clause ("and to", "but").

use crate::extract::claim::Span;

/// A sentence and its clauses, as byte ranges into the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub clauses: Vec<Span>,
}

impl Sentence {
    /// The clause that holds `at`, or the whole sentence.
    pub fn clause_at(&self, at: usize) -> Span {
        self.clauses
            .iter()
            .copied()
            .find(|c| c.start <= at && at < c.end.max(c.start + 1))
            .unwrap_or(self.span)
    }
}

/// Words that end with a period without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "capt", "gov",
    "sen", "rep", "rev", "hon", "no", "nos", "vs", "v", "etc", "inc", "ltd", "co", "corp", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
    "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "a.m", "p.m", "i.e", "e.g", "u.s",
    "u.k", "u.n", "e.u", "approx", "est", "fig", "vol", "art", "sec", "ft", "mt", "pt",
];

/// Sentence openers that end an abbreviation's sentence ("… in the U.S. The …").
const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "This", "That", "But", "And",
    "On", "At", "By", "For", "His", "Her", "Their", "There", "Its", "As", "If", "When", "While",
];

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// Split `text` (already masked) into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = skip_space(text, 0);
    let mut i = start;
    while i < bytes.len() {
        let Some(c) = text.get(i..).and_then(|s| s.chars().next()) else {
            break;
        };
        let clen = c.len_utf8();
        let mut boundary_end = None;
        if c == '\n' {
            // A blank line, or a line that is a Markdown heading, ends a sentence.
            let next_line = text.get(i + 1..).unwrap_or("");
            let trimmed = next_line.trim_start_matches([' ', '\t', '\r']);
            let this_line_start = text
                .get(..i)
                .and_then(|s| s.rfind('\n'))
                .map_or(0, |p| p + 1);
            let this_line = text.get(this_line_start..i).unwrap_or("").trim_start();
            if trimmed.starts_with('\n')
                || trimmed.is_empty()
                || trimmed.starts_with('#')
                || this_line.starts_with('#')
                || trimmed.starts_with("- ")
                || trimmed.starts_with("* ")
            {
                boundary_end = Some(i);
            }
        } else if matches!(c, '.' | '!' | '?' | '…') {
            let mut j = i + clen;
            while let Some(n) = text.get(j..).and_then(|s| s.chars().next()) {
                if matches!(
                    n,
                    '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']'
                ) {
                    j += n.len_utf8();
                } else {
                    break;
                }
            }
            if ends_sentence(text, start, i, j, c) {
                boundary_end = Some(j);
            }
        }
        if let Some(end) = boundary_end {
            push_sentence(text, &mut out, start, end);
            start = skip_space(text, end);
            i = start;
            continue;
        }
        i += clen;
    }
    push_sentence(text, &mut out, start, text.len());
    out
}

fn skip_space(text: &str, mut at: usize) -> usize {
    while let Some(c) = text.get(at..).and_then(|s| s.chars().next()) {
        if c.is_whitespace() {
            at += c.len_utf8();
        } else {
            break;
        }
    }
    at
}

fn push_sentence(text: &str, out: &mut Vec<Sentence>, start: usize, end: usize) {
    let slice = text.get(start..end).unwrap_or("");
    let trimmed_end = start + slice.trim_end().len();
    if trimmed_end > start {
        let span = Span::new(start, trimmed_end);
        out.push(Sentence {
            span,
            clauses: clauses(text, span),
        });
    }
}

/// Whether the punctuation at `at..after` (the mark `mark`) ends a sentence.
fn ends_sentence(text: &str, sentence_start: usize, at: usize, after: usize, mark: char) -> bool {
    let rest = text.get(after..).unwrap_or("");
    let Some(next) = rest.chars().next() else {
        return true;
    };
    if !next.is_whitespace() {
        return false;
    }
    let following = rest.trim_start();
    let Some(first) = following.chars().next() else {
        return true;
    };
    if !(first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '“' | '‘' | '\'' | '(' | '['))
    {
        return false;
    }
    if mark != '.' || text.get(at..after).is_some_and(|p| p.starts_with("..")) {
        return true;
    }
    // The word before the period.
    let before = text.get(sentence_start..at).unwrap_or("");
    let word_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !(is_word_char(*c) || *c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before.get(word_start..).unwrap_or("");
    let lower = word.to_lowercase();
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let is_abbrev = ABBREVIATIONS.contains(&lower.trim_end_matches('.'))
        || (word.contains('.') && word.len() <= 6);
    if is_initial || is_abbrev {
        let next_word: String = following
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        return SENTENCE_STARTERS.contains(&next_word.as_str()) && !is_initial;
    }
    true
}

/// Clause boundaries inside a sentence.
fn clauses(text: &str, sentence: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let Some(slice) = text.get(sentence.start..sentence.end) else {
        return vec![sentence];
    };
    let mut start = 0;
    let cut = |out: &mut Vec<Span>, from: usize, to: usize| {
        if to > from {
            out.push(Span::new(sentence.start + from, sentence.start + to));
        }
    };
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|(_, n)| *n);
        let split = match c {
            ';' | ':' | '“' | '”' | '"' | '(' | ')' | '—' => true,
            ',' => next.is_none_or(char::is_whitespace),
            '–' | '-' => {
                // a spaced dash
                i > 0 && slice.get(..i).is_some_and(|b| b.ends_with(' ')) && next == Some(' ')
            }
            _ => false,
        };
        if split {
            cut(&mut out, start, i);
            start = i + c.len_utf8();
            continue;
        }
        if c == ' ' {
            let rest = slice.get(i + 1..).unwrap_or("");
            if let Some(word) = CLAUSE_OPENERS.iter().find(|w| starts_with_word(rest, w)) {
                let _ = word;
                cut(&mut out, start, i);
                start = i + 1;
            }
        }
    }
    cut(&mut out, start, slice.len());
    // Trim whitespace at both ends of each clause.
    out.into_iter()
        .filter_map(|span| {
            let s = text.get(span.start..span.end)?;
            let lead = s.len() - s.trim_start().len();
            let trail = s.len() - s.trim_end().len();
            let span = Span::new(span.start + lead, span.end - trail);
            (!span.is_empty()).then_some(span)
        })
        .collect()
}

/// Words that open a new clause when they follow a space.
const CLAUSE_OPENERS: &[&str] = &[
    "and to",
    "but",
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "and will",
    "and would",
    "and is",
    "and was",
    "and has",
    "and had",
];

fn starts_with_word(rest: &str, phrase: &str) -> bool {
    rest.get(..phrase.len())
        .is_some_and(|p| p.eq_ignore_ascii_case(phrase))
        && rest
            .get(phrase.len()..)
            .and_then(|s| s.chars().next())
            .is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        sentences(text)
            .into_iter()
            .map(|s| &text[s.span.start..s.span.end])
            .collect()
    }

    #[test]
    fn abbreviations_and_decimals_do_not_split() {
        let t = "The U.S. sent 3.5 million doses on Dec. 5, 2019. No. 10 said so. Then it ended.";
        assert_eq!(
            texts(t),
            vec![
                "The U.S. sent 3.5 million doses on Dec. 5, 2019.",
                "No. 10 said so.",
                "Then it ended."
            ]
        );
    }

    #[test]
    fn quotes_close_sentences() {
        let t = "“It is over.” He left. “Why?” she asked.";
        assert_eq!(
            texts(t),
            vec!["“It is over.”", "He left.", "“Why?” she asked."]
        );
    }

    #[test]
    fn abbreviation_before_sentence_starter_splits() {
        assert_eq!(
            texts("Troops left the U.S. The rest stayed."),
            vec!["Troops left the U.S.", "The rest stayed."]
        );
    }

    #[test]
    fn ellipsis_without_space_does_not_split() {
        assert_eq!(texts("after two years….reports News").len(), 1);
    }

    #[test]
    fn blank_lines_split() {
        assert_eq!(texts("A heading\n\nBody text here").len(), 2);
    }

    #[test]
    fn clauses_split_at_commas_and_coordinated_infinitives() {
        let t = "They will close, the company confirmed on Friday.";
        let s = &sentences(t)[0];
        let at = t.find("Friday").unwrap();
        let c = s.clause_at(at);
        assert_eq!(&t[c.start..c.end], "the company confirmed on Friday.");
        let t = "They vowed to hold the meeting by June 2022 and to hold a summit in the fall.";
        let s = &sentences(t)[0];
        let c = s.clause_at(t.find("June").unwrap());
        assert_eq!(
            &t[c.start..c.end],
            "They vowed to hold the meeting by June 2022"
        );
    }

    #[test]
    fn thousands_separators_are_not_clause_breaks() {
        let t = "It freed 8,000,000 people.";
        assert_eq!(sentences(t)[0].clauses.len(), 1);
    }
}
