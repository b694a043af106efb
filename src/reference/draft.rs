//! `factlint refs draft`: reference-data stubs for every claim found in
//! articles, to be filled in. Each stub takes its value (or date) and unit
//! from the claim and its match terms from the claim's sentence, so the
//! draft loads as it is; `source: TODO` and the `about:` text say what is
//! left to do.

use serde::Serialize;

use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind};
use crate::extract::lexicon::{lookup, MONTHS, WEEKDAYS};
use crate::time::{Granularity, Interval};

#[derive(Serialize)]
struct DraftMatch {
    all: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    any: Vec<String>,
}

#[derive(Serialize)]
struct DraftFact {
    id: String,
    about: String,
    value: serde_yaml::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    source: String,
    #[serde(rename = "match")]
    matcher: DraftMatch,
}

#[derive(Serialize)]
struct DraftEvent {
    id: String,
    about: String,
    date: serde_yaml::Value,
    source: String,
    #[serde(rename = "match")]
    matcher: DraftMatch,
}

#[derive(Serialize, Default)]
struct Draft {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    facts: Vec<DraftFact>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    events: Vec<DraftEvent>,
}

/// A date as the reference schema writes it, at the claim's granularity.
fn date_value(i: &Interval, g: Granularity) -> serde_yaml::Value {
    use chrono::Datelike;
    use serde_yaml::Value;
    let (s, e) = (i.start, i.end);
    let text = match g {
        Granularity::Day if s == e => Some(s.to_string()),
        Granularity::Month => Some(format!("{}-{:02}", s.year(), s.month())),
        Granularity::Year => Some(s.year().to_string()),
        Granularity::Quarter => Some(format!("{}-Q{}", s.year(), s.month0() / 3 + 1)),
        Granularity::Half => Some(format!(
            "{}-H{}",
            s.year(),
            if s.month() <= 6 { 1 } else { 2 }
        )),
        Granularity::Season => {
            let season = match s.month() {
                3 => Some(crate::time::Season::Spring),
                6 => Some(crate::time::Season::Summer),
                9 => Some(crate::time::Season::Fall),
                12 => Some(crate::time::Season::Winter),
                _ => None,
            };
            season
                .filter(|season| Interval::season(s.year(), *season) == Some(*i))
                .map(|season| format!("{}-{}", s.year(), season.name()))
        }
        _ => None,
    };
    match text {
        Some(t) => Value::String(t),
        None => {
            let mut m = serde_yaml::Mapping::new();
            m.insert(Value::String("from".into()), Value::String(s.to_string()));
            m.insert(Value::String("to".into()), Value::String(e.to_string()));
            Value::Mapping(m)
        }
    }
}

/// Match terms from a sentence: its proper nouns (capitalised words that
/// do not open the sentence), else its longest content words.
fn terms(sentence: &str, claim_text: &str) -> DraftMatch {
    let rest = sentence.replace(claim_text, " ");
    let mut proper = Vec::new();
    let mut content = Vec::new();
    for (n, raw) in rest
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .enumerate()
    {
        let w = raw.trim_matches(|c: char| c == '-' || c == '\'');
        let lower = w.to_lowercase();
        if w.chars().count() < 3
            || crate::extract::lexicon::is_not_noun_lowercase(&lower)
            || w.chars().any(|c| c.is_ascii_digit())
        {
            continue;
        }
        if lookup(MONTHS, w).is_some() || lookup(WEEKDAYS, w).is_some() {
            continue;
        }
        if n > 0 && w.starts_with(char::is_uppercase) {
            if !proper.contains(&w.to_owned()) {
                proper.push(w.to_owned());
            }
        } else if !content.contains(&lower) {
            content.push(lower);
        }
    }
    content.sort_by_key(|w| std::cmp::Reverse(w.len()));
    content.truncate(3);
    proper.truncate(2);
    if proper.is_empty() {
        let first = content
            .first()
            .cloned()
            .unwrap_or_else(|| "TODO".to_owned());
        content.retain(|w| *w != first);
        DraftMatch {
            all: vec![first],
            any: content,
        }
    } else {
        DraftMatch {
            all: proper,
            any: content,
        }
    }
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').chars().take(40).collect()
}

/// YAML stubs for the claims of several documents.
pub fn draft(docs: &[(&Document, &[Claim])]) -> String {
    let mut draft = Draft::default();
    for (doc, claims) in docs {
        let stem = slug(
            std::path::Path::new(&doc.path)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("article"),
        );
        for (n, claim) in claims.iter().enumerate() {
            let text = doc.slice(claim.span);
            let sentence = doc.sentences.get(claim.sentence).map_or(text, |s| {
                doc.text.get(s.span.start..s.span.end).unwrap_or(text)
            });
            let sentence_line: String = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
            let (line, _) = doc.position(claim.span.start);
            let about = format!(
                "TODO: what \"{text}\" states ({}:{line}: \"{sentence_line}\")",
                doc.path
            );
            match &claim.kind {
                ClaimKind::Quantity(q) => {
                    let value = if q.value.fract() == 0.0 && q.value.abs() < 9e15 {
                        serde_yaml::Value::Number((q.value as i64).into())
                    } else {
                        serde_yaml::Value::Number(q.value.into())
                    };
                    draft.facts.push(DraftFact {
                        id: format!("draft/{stem}-{}", n + 1),
                        about,
                        value,
                        unit: q.unit.as_ref().map(|u| {
                            if u.chars().all(|c| c.is_ascii_uppercase()) {
                                u.clone()
                            } else {
                                u.to_lowercase()
                            }
                        }),
                        source: "TODO".to_owned(),
                        matcher: terms(sentence, text),
                    });
                }
                ClaimKind::Date(d) => {
                    let Some(interval) = d.interval else { continue };
                    draft.events.push(DraftEvent {
                        id: format!("draft/{stem}-{}", n + 1),
                        about,
                        date: date_value(&interval, d.granularity),
                        source: "TODO".to_owned(),
                        matcher: terms(sentence, text),
                    });
                }
                ClaimKind::Duration(_) => {}
            }
        }
    }
    let body = serde_yaml::to_string(&draft).unwrap_or_default();
    format!(
        "# Drafted by `factlint refs draft`. Each value and date is the article's own:\n\
         # replace it with the reference value, write the source, and check the match terms.\n{}",
        if draft.facts.is_empty() && draft.events.is_empty() {
            "{}\n".to_owned()
        } else {
            body
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    #[test]
    fn drafts_load_as_they_are() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/articles/coalition-rome.txt"
        ))
        .unwrap();
        let doc = Document::from_text(
            "fixtures/articles/coalition-rome.txt",
            text,
            Format::Text,
            None,
            vec![],
        );
        let claims = crate::extract::extract(&doc);
        let yaml = draft(&[(&doc, &claims)]);
        assert!(yaml.contains("over 800 units"));
        let set = crate::reference::load_sources(&[("draft.yaml".to_owned(), yaml.clone())])
            .unwrap_or_else(|e| panic!("{e:?}\n{yaml}"));
        assert!(set
            .facts
            .iter()
            .any(|f| f.matcher.all.contains(&"Italy".to_owned())));
        assert!(set.events.iter().any(|e| e.date.text == "2022-06"));
        assert!(set.events.iter().any(|e| e.date.text == "2021-fall"));
    }
}
