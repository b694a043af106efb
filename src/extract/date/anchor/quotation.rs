//! "yesterday", "today" in a quotation: the day before (or of) the
//! statement, where the text dated it ("In a statement on Monday, the
//! minister said: “… yesterday …”"), not the article's.

use super::{char_floor, Anchors, PARAGRAPH_SCAN};
use crate::time::Granularity;

impl Anchors {
    /// The day a quotation holding byte `at` was spoken, where the text
    /// says: the quotation opens in `at`'s paragraph, and the newest single day given
    /// before it there is told with a word of speech
    /// ("In a statement on Monday, the minister said: “… yesterday …”").
    /// Work is bounded by [`PARAGRAPH_SCAN`].
    pub(super) fn spoken_on(&self, prose: &str, at: usize) -> Option<chrono::NaiveDate> {
        let from = char_floor(prose, at.saturating_sub(PARAGRAPH_SCAN));
        let before = prose.get(from..at)?;
        let para = match self.blank_line_paragraphs {
            true => before.rfind("\n\n").map_or(0, |k| k + 2),
            false => before.rfind('\n').map_or(0, |k| k + 1),
        };
        // Where the quotation around `at` opened, if one is open.
        let mut open = None;
        for (k, c) in before.get(para..)?.char_indices() {
            match c {
                '“' => open = Some(from + para + k),
                '”' => open = None,
                '"' => {
                    open = if open.is_some() {
                        None
                    } else {
                        Some(from + para + k)
                    }
                }
                _ => {}
            }
        }
        let open = open?;
        let a = self.items.iter().rev().find(|a| {
            a.end <= open
                && a.start >= from + para
                && a.granularity == Granularity::Day
                && a.interval.start == a.interval.end
        })?;
        let told = prose
            .get(char_floor(prose, a.start.saturating_sub(40))..open)?
            .to_lowercase();
        const SPEECH: [&str; 8] = [
            "said",
            "says",
            "stated",
            "statement",
            "told",
            "added",
            "announced",
            "briefing",
        ];
        SPEECH
            .iter()
            .any(|w| told.contains(w))
            .then_some(a.interval.start)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{d, read};

    #[test]
    fn a_relative_day_in_a_quotation_is_the_speaker_s() {
        // Told on Monday 3 June, published on Tuesday 4 June.
        let text = "In a briefing on Monday, the warden said the river had peaked over the past two days. \"The water rose by a metre yesterday and will fall today,\" she said.\nYesterday the road reopened.";
        let got = read(text, d(2024, 6, 4));
        assert_eq!(
            got[0],
            ("on Monday".into(), Some((d(2024, 6, 3), d(2024, 6, 3))))
        );
        // The span told before the quotation is no day to count from.
        assert_eq!(got[1].0, "the past two days");
        assert_eq!(
            got[2],
            ("yesterday".into(), Some((d(2024, 6, 2), d(2024, 6, 2))))
        );
        assert_eq!(
            got[3],
            ("today".into(), Some((d(2024, 6, 3), d(2024, 6, 3))))
        );
        // Outside the quotation, and in a new paragraph: the article's.
        assert_eq!(
            got[4],
            ("Yesterday".into(), Some((d(2024, 6, 3), d(2024, 6, 3))))
        );
        // No dated statement before the quotation: the article's day.
        let got = read("The warden said: “It rained yesterday.”", d(2024, 6, 4));
        assert_eq!(got[0].1, Some((d(2024, 6, 3), d(2024, 6, 3))));
    }
}
