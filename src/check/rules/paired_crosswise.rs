//! # paired-crosswise
//!
//! Two figures of one sentence agree with the reference only when each is
//! paired with the fact (or event) the terms nearest it gave the other, so
//! they were checked that way round.
//!
//! **Why it matters:** in "the period was extended from eight weeks to 24
//! weeks", the words do not say which fact each figure speaks about as
//! clearly as a reader knows it. Calling both figures wrong would be a false
//! alarm; a fact-checker tries the other pairing first, and so does
//! factlint. But if the text itself swapped two figures ("rose from 24 to
//! 8" when it fell), this reading takes it as right: the finding says where
//! that happened, so that an editor can look. It is `info` by default; make
//! it `error` (`--rule paired-crosswise=error`) to fail on any such sentence.
//!
//! **Example:**
//!
//! ```text
//! The loan period was extended from eight weeks to 24 weeks.
//! facts ppp/period-old (match all: [loan period]) = 8 weeks and
//!       ppp/period-new (match all: [extended]) = 24 weeks
//! → 'eight weeks' and '24 weeks' agree with ppp/period-old and
//!   ppp/period-new only when paired crosswise; checked that way
//! ```

use crate::check::agreeing::Crossed;
use crate::check::finding::{Finding, Severity};
use crate::check::{base_finding, event_cite, fact_cite};
use crate::document::Document;
use crate::extract::claim::Claim;
use crate::reference::index::Target;
use crate::reference::ReferenceSet;

pub const ID: &str = "paired-crosswise";
pub const SEVERITY: Severity = Severity::Info;

/// The finding for one crosswise pair, on its first figure, citing the
/// reference it was checked against.
pub fn finding(
    doc: &Document,
    claims: &[Claim],
    pair: &Crossed,
    refs: &ReferenceSet,
) -> Option<Finding> {
    let first = claims.get(pair.first)?;
    let second = claims.get(pair.second)?;
    let id = |t: Target| match t {
        Target::Fact(i) => refs.facts.id(i).map(str::to_owned),
        Target::Event(i) => refs.events.get(i).map(|e| e.id.clone()),
    };
    let (first_id, second_id) = (id(pair.first_to)?, id(pair.second_to)?);
    let text = |c: &Claim| doc.prose.get(c.span.start..c.span.end).unwrap_or("");
    let message = format!(
        "'{}' and '{}' agree with {first_id} and {second_id} only when paired crosswise; \
         checked that way",
        text(first),
        text(second)
    );
    let mut f = base_finding(
        doc,
        first,
        ID,
        SEVERITY,
        message,
        String::from("paired crosswise"),
    );
    f.reference = match pair.first_to {
        Target::Fact(i) => refs.facts.get(i).map(|fact| Box::new(fact_cite(&fact))),
        Target::Event(i) => refs.events.get(i).map(|e| Box::new(event_cite(e))),
    };
    Some(f)
}
