//! Joint pairing of a sentence that tells figures and their comparison:
//! "profit climbed to $X, or Y cents a share, from $Z, or W cents, in the
//! same period last year"; "net income was $X, or Y cents a share,
//! compared with $Z, or W cents, a year earlier".
//!
//! Reference data gives one fact for each figure, and the facts of the
//! comparison carry its words among their terms ([profit climbed, same
//! period last year], [per share, compared with]). Every fact's terms
//! stand in the sentence, so figure by figure the count of terms, or the
//! nearest shared term, would decide, and both halves go wrong together.
//! Read jointly, the sentence says more:
//!
//! - A comparison word between two figures ("from", "compared with",
//!   "against", "versus", "than"; the "to" of "from … to") opens a
//!   **segment**: what stands in it (the figures, "a year earlier", the
//!   word itself) is the comparison's. The segment before the first such
//!   word is the **main** one: its words (the subject, "net income") govern
//!   every figure of the sentence. "while", "whereas", "but", ";" open a
//!   new main segment.
//!   A term that ends in or after such a word ("up from", "compared
//!   with") stands in the segment the word opens.
//! - Each occurrence of a term has a **home**: the figure of its segment it
//!   stands nearest to, words after a figure counting as much as words
//!   before it ("92 cents per share").
//! - A figure's affinity for a fact is, over the fact's terms, 3 where an
//!   occurrence has the figure as its home, 2 where one stands in the
//!   figure's segment or the main segment that governs it, else 0. A fact
//!   all of whose terms stand in another comparison segment is none of the
//!   figure's.
//! - The figures take facts one to one so that the sum of affinities is
//!   greatest. Between two figures and two facts the terms the facts share
//!   add the same to either pairing, so the terms one fact has and the
//!   other lacks (its distinguishing terms) decide, by where they stand;
//!   the count of terms never does. A figure that names a fact's own time
//!   (see `by_time`) takes it before anything the terms say.
//!
//! The pairing applies only to a sentence with a comparison word between
//! two of its figures, and only when it is the one best: where two
//! pairings score alike, the figure-by-figure rules of `matching` decide
//! (and a tie they cannot break stays a tie). At most [`MAX_FIGURES`]
//! figures and [`MAX_FACTS`] facts are paired this way, so the search over
//! pairings (a table of figures × subsets of facts) is bounded; a
//! sentence with more is left to the figure-by-figure rules.

use crate::extract::claim::Span;
use crate::reference::index::{Target, TermHit};

use super::phrase::{last_word_is, word_before};

/// At most this many figures of a sentence are paired jointly.
pub const MAX_FIGURES: usize = 8;
/// At most this many facts are paired jointly.
pub const MAX_FACTS: usize = 8;

/// Affinity of a term for the figure it has as its home.
const HOME: u32 = 3;
/// Affinity of a term for a figure of its segment, or governed by it.
const SEGMENT: u32 = 2;
/// Weight of a figure naming its fact's own time, above any sum of
/// affinities ([`MAX_FIGURES`] × terms × [`HOME`] stays far below).
const TIMED: u32 = 1 << 20;

/// Words that, between two figures, open the comparison's segment.
const COMPARISON_OPENERS: &[&str] = &[
    "from",
    "compared",
    "comparing",
    "against",
    "versus",
    "vs",
    "than",
];

/// Words that, between two figures, open a clause with a subject of its
/// own: a new main segment.
const MAIN_OPENERS: &[&str] = &["while", "whereas", "but", "although", "though", "because"];

/// A (figure, fact) pair the figure-by-figure rules let stand: the fact
/// fits the figure's written unit, its terms are the sentence's own, and
/// its time does not contradict the figure's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Edge {
    /// The claim's index.
    pub claim: usize,
    pub target: Target,
    /// The figure names the fact's own time.
    pub timed: bool,
}

/// One figure of the sentence: its claim index, its span, the span whose
/// nearness to a term counts (over its of-phrase), and its clause.
#[derive(Debug, Clone, Copy)]
pub struct Figure {
    pub claim: usize,
    pub span: Span,
    pub reach: Span,
    pub clause: Span,
    /// For the part of a whole that a date after the whole dates ("9 of
    /// her 31 points in the third quarter"): where the whole's words end.
    /// A term after it stands as near the part as it does there, so the
    /// date's words are no more the whole's home than the part's.
    pub ahead: Option<Span>,
}

/// What the sentence holds, for [`assign`].
pub struct Sentence<'a> {
    /// The document's prose.
    pub text: &'a str,
    /// Every figure of the sentence that has an [`Edge`].
    pub figures: Vec<Figure>,
    /// Occurrences of matched terms (by start); those outside `span` are
    /// not read.
    pub hits: &'a [TermHit],
    pub span: Span,
}

/// The one best joint pairing of a comparison sentence's figures with
/// facts, or `None` when the sentence has no comparison between two of
/// its figures, too many of them, or two pairings score alike. `terms`
/// gives a fact's positive terms that occur in the sentence; `nearness` a
/// term occurrence's distance to a figure (smaller is nearer).
pub fn assign<'t>(
    sentence: &Sentence<'_>,
    edges: &[Edge],
    terms: impl Fn(Target) -> Option<&'t [usize]>,
    nearness: impl Fn(Span, &Figure) -> usize,
) -> Option<Vec<(usize, Target)>> {
    let mut figures = sentence.figures.clone();
    figures.retain(|f| edges.iter().any(|e| e.claim == f.claim));
    figures.sort_by_key(|f| f.span.start);
    figures.dedup_by_key(|f| f.claim);
    let mut facts: Vec<Target> = edges.iter().map(|e| e.target).collect();
    facts.sort();
    facts.dedup();
    if !(2..=MAX_FIGURES).contains(&figures.len()) || !(2..=MAX_FACTS).contains(&facts.len()) {
        return None;
    }
    let segments = Segments::new(sentence.text, &figures);
    if !segments.compares {
        return None;
    }
    let seg_of = |f: &Figure| segments.of(f.span.start);
    let fact_terms: Vec<&[usize]> = facts.iter().map(|&f| terms(f).unwrap_or(&[])).collect();
    // Each occurrence of a term the facts use: its segment and its home.
    let used: Vec<usize> = {
        let mut t: Vec<usize> = fact_terms.iter().copied().flatten().copied().collect();
        t.sort_unstable();
        t.dedup();
        t
    };
    let placed: Vec<(usize, usize, Option<usize>)> = sentence
        .hits
        .iter()
        .filter(|h| sentence.span.contains(h.span) && used.binary_search(&h.term).is_ok())
        .map(|h| {
            // A term that runs into the word opening a segment ("up
            // from", "compared with") is that segment's: it is placed by
            // where it ends.
            let seg = segments.of(h.span.end.saturating_sub(1).max(h.span.start));
            (h.term, seg, home(h.span, seg, &figures, &seg_of, &nearness))
        })
        .collect();
    // The affinity of figure `x` (index into `figures`) for a fact.
    let affinity = |x: usize, j: usize| -> u32 {
        let Some(fig) = figures.get(x) else {
            return 0;
        };
        let fig_seg = seg_of(fig);
        fact_terms
            .get(j)
            .copied()
            .unwrap_or(&[])
            .iter()
            .fold(0, |sum, t| {
                let best = placed
                    .iter()
                    .filter(|(term, _, _)| term == t)
                    .map(|&(_, seg, home)| {
                        if home == Some(x) {
                            HOME
                        } else if seg == fig_seg || segments.governs(seg, fig_seg) {
                            SEGMENT
                        } else {
                            0
                        }
                    })
                    .max()
                    .unwrap_or(0);
                sum + best
            })
    };
    // The weight of each (figure, fact) edge; 0 where there is none.
    let mut weight = vec![vec![0u32; facts.len()]; figures.len()];
    for e in edges {
        let (Some(x), Ok(j)) = (
            figures.iter().position(|f| f.claim == e.claim),
            facts.binary_search(&e.target),
        ) else {
            continue;
        };
        let a = affinity(x, j);
        if a == 0 {
            continue;
        }
        if let Some(w) = weight.get_mut(x).and_then(|row| row.get_mut(j)) {
            *w = a + if e.timed { TIMED } else { 0 };
        }
    }
    let chosen = best_pairing(&weight)?;
    Some(
        chosen
            .into_iter()
            .enumerate()
            .filter_map(|(x, j)| {
                let j = j?;
                Some((figures.get(x)?.claim, *facts.get(j)?))
            })
            .collect(),
    )
}

/// A matched target, how many terms it has here, and those terms.
type Matched = (Target, usize, Vec<usize>);

/// [`assign`] for one sentence of `match_sentence`: its figures, the
/// edges its pairs allow, the terms [`Seen`](super::Seen) placed, the
/// breaks between its quantities. A sentence whose facts include a series
/// (one fact, a figure per time) is left to the figure-by-figure rules.
pub(super) fn pairs_of(
    text: &str,
    span: Span,
    figures: Vec<Figure>,
    edges: &[Edge],
    (seen, matched, cuts): (&super::Seen, &[Matched], &[usize]),
    refs: &crate::reference::ReferenceSet,
) -> Vec<(usize, Target)> {
    let series = |t: Target| match t {
        Target::Fact(i) => refs.facts.get(i).is_none_or(|f| !f.series.is_empty()),
        Target::Event(_) => true,
    };
    // Edges come claim by claim: a sentence of more figures than are
    // paired jointly (a list without full stops) is let go at once, before
    // any look that could grow with figures × edges.
    let mut distinct = 0;
    let mut last = None;
    for e in edges {
        if last != Some(e.claim) {
            last = Some(e.claim);
            distinct += 1;
            if distinct > MAX_FIGURES {
                return Vec::new();
            }
        }
    }
    if edges.len() < 2 || edges.iter().any(|e| series(e.target)) {
        return Vec::new();
    }
    let sentence = Sentence {
        text,
        figures,
        hits: &seen.hits,
        span,
    };
    let terms = |t: Target| {
        matched
            .iter()
            .find(|(m, _, _)| *m == t)
            .map(|(_, _, present)| present.as_slice())
    };
    let nearness = |s: Span, f: &Figure| {
        let by_whole = f
            .ahead
            .filter(|after| s.start >= after.start)
            .map_or(usize::MAX, |after| {
                super::term_score(s, after, f.clause, cuts)
            });
        super::term_score(s, f.reach, f.clause, cuts).min(by_whole)
    };
    assign(&sentence, edges, terms, nearness).unwrap_or_default()
}

/// The figure of `seg` a term occurrence at `span` stands nearest to; none
/// when two stand equally near or the segment has no figure.
fn home(
    span: Span,
    seg: usize,
    figures: &[Figure],
    seg_of: &impl Fn(&Figure) -> usize,
    nearness: &impl Fn(Span, &Figure) -> usize,
) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    let mut tied = false;
    for (x, f) in figures.iter().enumerate() {
        if seg_of(f) != seg {
            continue;
        }
        let n = nearness(span, f);
        match best {
            Some((_, b)) if n > b => {}
            Some((_, b)) if n == b => tied = true,
            _ => {
                best = Some((x, n));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(x, _)| x)
}

/// The segments of a sentence: where each opens, and which are main.
struct Segments {
    /// Where each segment after the first opens, and whether it is main.
    opens: Vec<(usize, bool)>,
    /// Whether a comparison word stands between two figures.
    compares: bool,
}

impl Segments {
    /// Reads the words between each two consecutive figures (linear in
    /// the sentence).
    fn new(text: &str, figures: &[Figure]) -> Segments {
        let mut opens = Vec::new();
        for pair in figures.windows(2) {
            let [a, b] = pair else {
                continue;
            };
            let Some(gap) = text.get(a.span.end..b.span.start.max(a.span.end)) else {
                continue;
            };
            let before = opens.len();
            let mut at = 0;
            for piece in gap.split_inclusive(|c: char| !c.is_alphanumeric()) {
                let word = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
                let pos = a.span.end + at;
                if COMPARISON_OPENERS
                    .iter()
                    .any(|o| word.eq_ignore_ascii_case(o))
                {
                    opens.push((pos, false));
                } else if MAIN_OPENERS.iter().any(|o| word.eq_ignore_ascii_case(o)) {
                    opens.push((pos, true));
                }
                if piece.ends_with(';') {
                    opens.push((pos + piece.len() - 1, true));
                }
                at += piece.len();
            }
            // "from $6 million to $8 million": the "to" opens the segment
            // of the figure the change ends at.
            if opens.len() == before
                && last_word_is(gap, "to")
                && word_before(text, a.span.start, "from").is_some()
            {
                let to = gap.trim_end().len() - "to".len();
                opens.push((a.span.end + to, false));
            }
        }
        opens.sort_unstable();
        opens.dedup_by_key(|o| o.0);
        let compares = opens.iter().any(|&(_, main)| !main);
        Segments { opens, compares }
    }

    /// The segment that holds `at`.
    fn of(&self, at: usize) -> usize {
        self.opens.partition_point(|&(pos, _)| pos <= at)
    }

    /// Whether segment `seg` is a main one.
    fn is_main(&self, seg: usize) -> bool {
        seg == 0 || self.opens.get(seg - 1).is_some_and(|&(_, main)| main)
    }

    /// Whether `main` is the main segment that `seg` hangs from.
    fn governs(&self, main: usize, seg: usize) -> bool {
        if !self.is_main(main) || main > seg {
            return false;
        }
        (main + 1..=seg).all(|s| !self.is_main(s))
    }
}

/// The pairing (for each figure, the index of its fact or none) with the
/// greatest sum of weights, when it is the only one: a search over the
/// figures in order and the subsets of facts already taken, which
/// [`MAX_FIGURES`] and [`MAX_FACTS`] bound.
fn best_pairing(weight: &[Vec<u32>]) -> Option<Vec<Option<usize>>> {
    let n = weight.len();
    let m = weight.first().map_or(0, Vec::len);
    if n > MAX_FIGURES || m > MAX_FACTS {
        return None;
    }
    let masks = 1usize << m;
    // best[i][mask]: the greatest weight figures i.. can add with the
    // facts of `mask` taken, and how many pairings reach it (2 = several).
    let mut best = vec![vec![(0u32, 1u8); masks]; n + 1];
    for i in (0..n).rev() {
        for mask in 0..masks {
            let mut top = best.get(i + 1).and_then(|r| r.get(mask)).copied()?;
            for j in 0..m {
                let w = weight.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0);
                if w == 0 || mask & (1 << j) != 0 {
                    continue;
                }
                let (rest, ways) = best.get(i + 1)?.get(mask | (1 << j)).copied()?;
                let total = w + rest;
                if total > top.0 {
                    top = (total, ways);
                } else if total == top.0 {
                    top.1 = (top.1 + ways).min(2);
                }
            }
            if let Some(slot) = best.get_mut(i).and_then(|r| r.get_mut(mask)) {
                *slot = top;
            }
        }
    }
    let (total, ways) = best.first()?.first().copied()?;
    if ways != 1 || total == 0 {
        return None;
    }
    // Walk the one best pairing.
    let mut out = Vec::with_capacity(n);
    let mut mask = 0usize;
    for i in 0..n {
        let here = best.get(i)?.get(mask)?.0;
        let skip = best.get(i + 1)?.get(mask)?.0;
        let mut pick = None;
        for j in 0..m {
            let w = weight.get(i).and_then(|r| r.get(j)).copied().unwrap_or(0);
            if w == 0 || mask & (1 << j) != 0 {
                continue;
            }
            if w + best.get(i + 1)?.get(mask | (1 << j))?.0 == here {
                pick = Some(j);
                break;
            }
        }
        match pick {
            Some(j) => {
                mask |= 1 << j;
                out.push(Some(j));
            }
            None if skip == here => out.push(None),
            None => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_pairing_is_one_to_one_and_only_when_alone() {
        // Two figures, two facts: the diagonal is best.
        assert_eq!(
            best_pairing(&[vec![3, 2], vec![2, 5]]),
            Some(vec![Some(0), Some(1)])
        );
        // The cross is best although figure 0 likes fact 1 most.
        assert_eq!(
            best_pairing(&[vec![3, 4], vec![0, 6]]),
            Some(vec![Some(0), Some(1)])
        );
        // Two pairings alike: none is chosen.
        assert_eq!(best_pairing(&[vec![2, 2], vec![2, 2]]), None);
        assert_eq!(best_pairing(&[vec![3, 2], vec![4, 3]]), None);
        // More figures than facts: the figure with no fact is left.
        assert_eq!(
            best_pairing(&[vec![3], vec![0], vec![1]]),
            Some(vec![Some(0), None, None])
        );
        // No edge at all.
        assert_eq!(best_pairing(&[vec![0, 0], vec![0, 0]]), None);
        // Beyond the bound, nothing is searched.
        assert_eq!(best_pairing(&vec![vec![1; 2]; MAX_FIGURES + 1]), None);
    }

    fn figure(text: &str, at: &str) -> Figure {
        let start = text.find(at).unwrap();
        let span = Span::new(start, start + at.len());
        Figure {
            claim: start,
            span,
            reach: span,
            ahead: None,
            clause: Span::new(0, text.len()),
        }
    }

    #[test]
    fn comparison_words_between_figures_open_segments() {
        let text =
            "Profit rose to $9 million, or 30 cents, from $7 million, or 20 cents, last year.";
        let figs: Vec<Figure> = ["$9 million", "30 cents", "$7 million", "20 cents"]
            .iter()
            .map(|f| figure(text, f))
            .collect();
        let s = Segments::new(text, &figs);
        assert!(s.compares);
        let seg = |f: &str| s.of(text.find(f).unwrap());
        assert_eq!(seg("Profit"), 0);
        assert_eq!(seg("30 cents"), 0);
        assert_eq!(seg("from"), 1);
        assert_eq!(seg("last year"), 1);
        assert!(s.governs(0, 1));
        assert!(!s.governs(1, 0));
        // "from … to": the "to" opens the later figure's segment; the
        // "from" before the first figure opens none.
        let text = "Sales rose from $6 million, as planned, to $8 million.";
        let figs = [figure(text, "$6 million"), figure(text, "$8 million")];
        let s = Segments::new(text, &figs);
        assert!(s.compares);
        assert_eq!(s.of(text.find("planned").unwrap()), 0);
        assert_eq!(s.of(text.find("$8").unwrap()), 1);
        // "and", "or" open nothing: no comparison.
        let text = "It paid $9 million in fines and $4 million in costs.";
        let figs = [figure(text, "$9 million"), figure(text, "$4 million")];
        assert!(!Segments::new(text, &figs).compares);
        // "while" opens a main segment of its own, which governs the
        // comparison after it, not the one before.
        let text = "A rose to 5 from 4 while B fell to 1 from 2.";
        let figs: Vec<Figure> = ["5", "4 ", "1 ", "2."]
            .iter()
            .map(|f| figure(text, f))
            .collect();
        let s = Segments::new(text, &figs);
        let seg = |f: &str| s.of(text.find(f).unwrap());
        assert_eq!([seg("5"), seg("4 "), seg("B"), seg("2.")], [0, 1, 2, 3]);
        assert!(s.is_main(2));
        assert!(s.governs(2, 3));
        assert!(!s.governs(0, 3));
    }
}
