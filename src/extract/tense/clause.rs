//! One clause's markers and cuts, found once, and the decision for a date
//! in it: the marker nearest the date, one after it at twice its
//! distance, unless a clause opened between them cuts it off.

use std::borrow::Cow;

use super::*;

/// Judge the clause `clause`, in which the date occupies `date_start..date_end`
/// (offsets into `clause`).
///
/// The marker nearest the date wins, one after it counting double; on a tie
/// the earlier one. To judge several dates of one clause, build a
/// [`ClauseMarkers`] once and ask it for each.
pub fn clause_tense(clause: &str, date_start: usize, date_end: usize) -> ClauseTense {
    ClauseMarkers::new(clause).tense(date_start, date_end)
}

/// The words of one clause and its tense markers, found once, so that
/// judging a date costs a binary search instead of a walk over the clause:
/// a clause with many dates and few markers (a list, a data dump) would
/// otherwise be walked once per date.
pub struct ClauseMarkers<'a> {
    pub(super) ws: Vec<(usize, Cow<'a, str>)>,
    /// The words that are markers: word index and what it marks, in
    /// order. A marker depends only on its word and the few next and
    /// previous ones, which are the clause's whatever the date.
    pub(super) markers: Vec<(usize, Mark)>,
    /// The word indices that open a clause a marker before them does not
    /// reach ([`cuts_before`]), in order, but for clauses of time.
    relatives: Vec<usize>,
    /// The word indices that open a clause of time ([`clause_of_time`]),
    /// which a plan before them reaches for a date of its own, in order.
    timed: Vec<usize>,
    /// The word indices that open a clause a marker after them does not
    /// reach back over ([`cuts_after`]), in order.
    back_cuts: Vec<usize>,
}

impl<'a> ClauseMarkers<'a> {
    /// Find the words and markers of `clause`.
    pub fn new(clause: &'a str) -> Self {
        let ws = words(clause);
        let mut markers: Vec<(usize, Mark)> = (0..ws.len())
            .filter_map(|idx| {
                marker_at(&ws, idx)
                    .or_else(|| same_form_past(clause, &ws, idx).then_some(Mark::Past))
                    .map(|t| (idx, t))
            })
            .filter(|&(idx, t)| {
                !(t == Mark::Past && (in_compound(clause, &ws, idx) || attributive(&ws, idx)))
            })
            .collect();
        // A result infinitive goes after the verb it follows: keep the
        // past verb before it, drop the infinitive.
        let mut last_past = None;
        markers.retain(|&(idx, t)| {
            let keep = !(t == Mark::Future && result_infinitive(&ws, idx, last_past));
            if keep {
                last_past = (t == Mark::Past).then_some(idx);
            }
            keep
        });
        let (timed, relatives) = (0..ws.len())
            .filter(|&idx| cuts_before(clause, &ws, idx))
            .partition(|&idx| clause_of_time(&ws, idx));
        let back_cuts = (0..ws.len())
            .filter(|&idx| cuts_after_at(&ws, idx))
            .collect();
        ClauseMarkers {
            ws,
            markers,
            relatives,
            timed,
            back_cuts,
        }
    }

    /// Judge a date at `date_start..date_end` (offsets into the clause):
    /// the marker nearest before it at its distance against the first
    /// after it at twice its distance, the earlier on a tie. A marker
    /// before a relative pronoun that stands before the date does not
    /// count.
    pub fn tense(&self, date_start: usize, date_end: usize) -> ClauseTense {
        self.marked(date_start, date_end).unwrap_or(ClauseTense {
            tense: Tense::Present,
            commitment: false,
            negated: false,
        })
    }

    /// [`ClauseMarkers::tense`], or `None` when no marker outside the
    /// date reaches it.
    pub fn marked(&self, date_start: usize, date_end: usize) -> Option<ClauseTense> {
        let ws = &self.ws;
        // Words at date_start..date_end are the date's own.
        let before = ws.partition_point(|(at, _)| *at < date_start);
        let after = ws.partition_point(|(at, _)| *at < date_start.max(date_end));
        let mut best: Option<(usize, Mark, usize)> = None; // (weighted distance, mark, word index)
        let first_not_before = self.markers.partition_point(|(idx, _)| *idx < before);
        // Whether the marker before the date stands after a relative
        // pronoun, as a verb of the relative clause ("the mayor who came
        // to office in 2027 has vowed to …"): the date is that clause's,
        // and a marker after it is the verb of the clause whose noun the
        // relative one describes.
        let mut own_relative = false;
        if let Some(&(idx, mark)) = first_not_before
            .checked_sub(1)
            .and_then(|k| self.markers.get(k))
        {
            own_relative = self.relatives.first().is_some_and(|r| *r < idx);
            // A relative pronoun between the marker and the date, or a
            // clause of time that a plan does not reach.
            let between = |cuts: &[usize]| {
                let k = cuts.partition_point(|r| *r <= idx);
                cuts.get(k).is_some_and(|r| *r < before)
            };
            let cut = between(&self.relatives)
                || between(&self.timed) && !(mark == Mark::Future && adverbial_at(ws, before));
            if let (Some((at, _)), false) = (ws.get(idx), cut) {
                best = Some((date_start - at, mark, idx));
            }
        }
        let first_after = self.markers.partition_point(|(idx, _)| *idx < after);
        // A clause opened between the date and the marker after it.
        let back_cut = |idx: usize| {
            let k = self.back_cuts.partition_point(|c| *c < after);
            self.back_cuts.get(k).is_some_and(|c| *c < idx)
        };
        // "rose on Monday to reach a high", "won on Saturday to finish
        // level": an infinitive after the date that a past verb before it
        // governs tells the result, not a plan for the day.
        let result = |idx: usize| {
            ws.get(idx).is_some_and(|(_, w)| w == "to")
                && best.is_some_and(|(_, m, _)| m == Mark::Past)
        };
        // "a film set to air Monday won praise", "to be broadcast Sunday
        // drew …": a date at most two words after a future marker is the
        // adverb of the verb that marker opens; a past verb right after it
        // is the verb of the clause the phrase sits in.
        let close = best.is_some_and(|(_, m, idx)| m == Mark::Future && before - idx <= 3)
            || own_relative && best.is_some();
        if let Some(&(idx, mark)) = self
            .markers
            .get(first_after)
            .filter(|(i, _)| !back_cut(*i) && !result(*i) && !close)
        {
            if let Some((at, _)) = ws.get(idx) {
                let distance = 2 * (at - date_end);
                if best.is_none_or(|(d, _, _)| distance < d) {
                    best = Some((distance, mark, idx));
                }
            }
        }
        let (_, mark, idx) = best?;
        let commitment = mark.commitment();
        let negated = commitment && (idx.saturating_sub(1)..idx + 3).any(|k| negates(ws, k));
        Some(ClauseTense {
            tense: mark.tense(),
            commitment,
            negated,
        })
    }
}
