//! Hover on a claim: what it was read as, what it was checked against, or
//! why it was not.

use crate::check::coverage::ClaimStatus;
use crate::check::matching::Match;
use crate::extract::claim::{Claim, ClaimKind};
use crate::reference::index::Target;
use crate::reference::ReferenceSet;

use super::Analysis;

/// The claim at byte `offset` of the analysed text and its explanation
/// (Markdown), or `None` when no claim is there.
pub fn explain(analysis: &Analysis, offset: usize) -> Option<(usize, usize, String)> {
    let claims = &analysis.checked.claims;
    // The innermost claim holding the offset (a claim's end counts: the
    // cursor just after "units" is still on it).
    let (i, claim) = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| c.span.start <= offset && offset <= c.span.end)
        .min_by_key(|(_, c)| c.span.len())?;
    let refs = analysis.checker.refs();
    let mut out = String::new();
    read_as(analysis, claim, &mut out);
    let verdict = analysis.checked.check.verdicts.get(i);
    match verdict.and_then(|v| v.target) {
        Some(target) => {
            out.push_str("\n\n**Checked against** ");
            reference(analysis, target, &mut out);
        }
        None => {
            out.push_str("\n\n**Not checked:** ");
            match analysis.matches.get() {
                Some(matches) => out.push_str(&why_not(analysis, claim, matches.get(i), refs)),
                // Set right after the diagnostics went out.
                None => out.push_str("why is still being worked out; hover again in a moment."),
            }
        }
    }
    if let Some(v) = verdict {
        out.push_str(&format!("\n\n**Verdict:** {}", v.status.name()));
        if v.status == ClaimStatus::Agree {
            out.push_str(" (the claim agrees with its reference)");
        }
    }
    for f in analysis
        .findings
        .iter()
        .filter(|f| f.start < claim.span.end.max(claim.span.start + 1) && claim.span.start < f.end)
    {
        out.push_str(&format!("\n\n`{}`: {}", f.rule, md(&f.message)));
    }
    Some((claim.span.start, claim.span.end, out))
}

/// The claim's reading, field by field.
fn read_as(analysis: &Analysis, claim: &Claim, out: &mut String) {
    let doc = &analysis.checked.document;
    out.push_str(&format!(
        "**factlint** · {} “{}”\n\n",
        claim.kind.name(),
        md(doc.slice(claim.span))
    ));
    match &claim.kind {
        ClaimKind::Quantity(q) => {
            let unit = q.unit.as_deref().unwrap_or("");
            out.push_str(&format!(
                "Read as **{}**: value {}",
                md(&crate::check::describe_quantity(q, unit)),
                crate::check::judge::format_number(q.value)
            ));
            if let (Some(lo), Some(hi)) = (q.min, q.max) {
                out.push_str(&format!(
                    " (from {} to {})",
                    crate::check::judge::format_number(lo),
                    crate::check::judge::format_number(hi)
                ));
            }
            out.push_str(&format!(
                ", unit {}, qualifier {}",
                q.unit.as_deref().map_or("none".to_owned(), md),
                q.qualifier.name()
            ));
        }
        ClaimKind::Date(d) => {
            match crate::check::describe_date(d) {
                Some(meaning) => out.push_str(&format!("Read as **{}**", md(&meaning))),
                None => out.push_str("Read as a relative date, unresolved"),
            }
            if let Some(i) = d.interval {
                out.push_str(&format!(": interval {} … {}", i.start, i.end));
            }
            out.push_str(&format!(
                ", relation {}, {}",
                d.relation.map_or("none", |r| r.name()),
                if d.commitment {
                    "a commitment"
                } else {
                    "not a commitment"
                }
            ));
        }
        ClaimKind::Duration(d) => {
            let q = d.as_quantity();
            out.push_str(&format!(
                "Read as a duration: {}{}",
                crate::check::describe_quantity(&q, d.unit.plural()),
                if d.ago { " ago" } else { "" }
            ));
        }
    }
}

/// A fact or event: id, value or date, as_of, source, and where it is.
fn reference(analysis: &Analysis, target: Target, out: &mut String) {
    let refs = analysis.checker.refs();
    match target {
        Target::Fact(i) => {
            let Some(fact) = refs.facts.get(i) else {
                return;
            };
            out.push_str(&format!(
                "`{}`: {}",
                code(&fact.id),
                md(&crate::check::fact_value_text(&fact))
            ));
            if let Some(as_of) = &fact.as_of {
                out.push_str(&format!(", as of {}", md(&as_of.text)));
            }
            source(analysis, fact.source.as_deref(), &fact.origin, out);
        }
        Target::Event(i) => {
            let Some(event) = refs.events.get(i) else {
                return;
            };
            out.push_str(&format!("`{}`: {}", code(&event.id), md(&event.date.text)));
            if let Some(status) = event.status {
                out.push_str(&format!(" ({})", crate::check::status_name(status)));
            }
            source(analysis, event.source.as_deref(), &event.origin, out);
        }
    }
}

/// The source, and a link to the item's line in its file, named from the
/// workspace root.
fn source(
    analysis: &Analysis,
    source: Option<&str>,
    origin: &crate::reference::Origin,
    out: &mut String,
) {
    if let Some(s) = source {
        out.push_str(&format!("; source: {}", md(s)));
    }
    let file = std::path::Path::new(&origin.file);
    let shown = file.strip_prefix(&analysis.root).unwrap_or(file);
    let shown = format!("{}:{}", md(&shown.display().to_string()), origin.line);
    match super::convert::path_to_uri(&analysis.root.join(file)) {
        Some(uri) => out.push_str(&format!(" ([{shown}]({}#L{}))", uri.as_str(), origin.line)),
        None => out.push_str(&format!(" ({shown})")),
    }
}

/// Why a claim was not judged against anything.
fn why_not(
    analysis: &Analysis,
    claim: &Claim,
    matched: Option<&Match>,
    refs: &ReferenceSet,
) -> String {
    let enabled = |rule: &str| analysis.checker.options().severity(rule).is_some();
    match (matched, &claim.kind) {
        (None | Some(Match::None), _) if refs.facts.is_empty() && refs.events.is_empty() => {
            "there is no reference data (no `refs` in factlint.yaml and no rules/ directory)."
                .to_owned()
        }
        (None | Some(Match::None), _) => "no fact or event matched: none has `match` terms \
             found in this sentence with a unit that fits the claim."
            .to_owned(),
        (Some(Match::Ambiguous(targets)), _) => {
            let mut s =
                "several reference items match equally well, nothing tells them apart:".to_owned();
            for t in targets {
                let id = match t {
                    Target::Fact(i) => refs.facts.id(*i),
                    Target::Event(i) => refs.events.get(*i).map(|e| e.id.as_str()),
                };
                if let Some(id) = id {
                    s.push_str(&format!(" `{}`", code(id)));
                }
            }
            s
        }
        (Some(Match::One(t)), ClaimKind::Date(d)) if d.interval.is_none() => {
            let mut s = "matched ".to_owned();
            reference(analysis, *t, &mut s);
            s.push_str(", but the date is relative and the article has no date (give it one in front matter: `date: 2021-06-28`).");
            s
        }
        (Some(Match::One(Target::Fact(_))), ClaimKind::Quantity(_))
            if !enabled("fact-mismatch") =>
        {
            "the rule `fact-mismatch` is off.".to_owned()
        }
        (Some(Match::One(Target::Event(_))), ClaimKind::Date(_)) if !enabled("date-mismatch") => {
            "the rule `date-mismatch` is off.".to_owned()
        }
        (Some(Match::One(t)), kind) => {
            let mut s = "matched ".to_owned();
            reference(analysis, *t, &mut s);
            s.push_str(&format!(
                ", which a {} claim is not judged against.",
                kind.name()
            ));
            s
        }
    }
}

/// Text from the article or the reference data, safe in Markdown: the
/// characters that open emphasis, code, a link, an image, HTML or an
/// entity escaped, and control characters made visible.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_[]<>()#|~!&".contains(c) {
            out.push('\\');
            out.push(c);
        } else {
            crate::escape::push_visible(c, &mut out);
        }
    }
    out
}

/// Text inside a code span: a backtick would end it.
fn code(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        crate::escape::push_visible(if c == '`' { '\'' } else { c }, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_from_input_cannot_link_or_break_lines() {
        assert_eq!(
            md("[x](http://e) <b>_a_ 2021-06.\n"),
            "\\[x\\]\\(http://e\\) \\<b\\>\\_a\\_ 2021-06.\\n"
        );
        assert_eq!(code("a`b"), "a'b");
    }
}
