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
                            // A shared sign ("$") is drafted as its first
                            // currency, for the reviewer to confirm.
                            if let Some(codes) = crate::extract::lexicon::currency_family(u) {
                                codes.first().map_or_else(|| u.clone(), |c| (*c).to_owned())
                            } else if u.chars().all(|c| c.is_ascii_uppercase()) {
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

// ---------------------------------------------------------------- tables

#[derive(Serialize)]
struct DraftTable {
    file: String,
    id: String,
    value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    time: Option<String>,
    source: String,
    #[serde(rename = "match")]
    matcher: DraftMatch,
}

#[derive(Serialize)]
struct DraftTables {
    tables: Vec<DraftTable>,
}

/// A table's header and first row (empty when it has none): a CSV's
/// header row, or the keys and values of a JSON-lines file's first object.
pub fn table_header(path: &std::path::Path) -> Result<(Vec<String>, Vec<String>), String> {
    use crate::reference::table::TableFormat;
    let shown = path.display();
    let file = std::fs::File::open(path).map_err(|e| format!("{shown}: cannot read table: {e}"))?;
    match TableFormat::of_path(path) {
        TableFormat::Csv => {
            let mut csv = csv::Reader::from_reader(std::io::BufReader::new(file));
            let header: Vec<String> = csv
                .headers()
                .map_err(|e| format!("{shown}: cannot read table: {e}"))?
                .iter()
                .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
                .collect();
            let mut first = csv::StringRecord::new();
            let read = csv
                .read_record(&mut first)
                .map_err(|e| format!("{shown}: cannot read table: {e}"))?;
            let first = if read {
                first.iter().map(str::to_owned).collect()
            } else {
                Vec::new()
            };
            Ok((header, first))
        }
        TableFormat::JsonLines => {
            use std::io::BufRead;
            let mut line = String::new();
            let mut reader = std::io::BufReader::new(file);
            while line.trim().is_empty() {
                line.clear();
                if reader
                    .read_line(&mut line)
                    .map_err(|e| format!("{shown}: cannot read table: {e}"))?
                    == 0
                {
                    return Err(format!("{shown}: no rows"));
                }
            }
            let object: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(line.trim())
                    .map_err(|e| format!("{shown}:1:{}: not a JSON object: {e}", e.column()))?;
            let (header, first) = object
                .into_iter()
                .map(|(k, v)| {
                    let text = match v {
                        serde_json::Value::String(s) => s,
                        other => other.to_string(),
                    };
                    (k, text)
                })
                .unzip();
            Ok((header, first))
        }
    }
}

/// A `tables:` stub for each table, from its header and first row: the
/// first column of text names the fact (id and match), a column named
/// like a time (or holding one) is the time, and the first other numeric
/// column the value. It loads as it is; `source: TODO` marks it a draft.
pub fn draft_tables(tables: &[(String, Vec<String>, Vec<String>)]) -> String {
    let mut out = DraftTables { tables: Vec::new() };
    let mut notes = String::new();
    for (file, header, first) in tables {
        let cell = |i: usize| first.get(i).map_or("", String::as_str).trim();
        let numeric = |i: usize| crate::reference::forms::parse_figure_text(cell(i)).is_ok();
        let time_named = |h: &str| {
            matches!(
                h.to_ascii_lowercase().as_str(),
                "year" | "date" | "month" | "quarter" | "day" | "time" | "period"
            )
        };
        let time = header.iter().position(|h| time_named(h)).or_else(|| {
            (0..header.len()).find(|&i| {
                crate::reference::forms::parse_point_time(cell(i)).is_ok() && !cell(i).contains('.')
            })
        });
        let key =
            (0..header.len()).find(|&i| Some(i) != time && !cell(i).is_empty() && !numeric(i));
        let value = (0..header.len()).find(|&i| Some(i) != time && Some(i) != key && numeric(i));
        let name = |i: Option<usize>| i.and_then(|i| header.get(i)).cloned();
        let key_name = name(key).unwrap_or_else(|| header.first().cloned().unwrap_or_default());
        let value_name = name(value).unwrap_or_else(|| "TODO".to_owned());
        notes.push_str(&format!(
            "# {file}: columns {}; check the id, value and time picked from them.\n",
            header.join(", ")
        ));
        out.tables.push(DraftTable {
            file: file.clone(),
            id: format!("{{{key_name}}}/{}", slug(&value_name)),
            value: value_name,
            time: name(time),
            source: "TODO".to_owned(),
            matcher: DraftMatch {
                all: vec![format!("{{{key_name}}}")],
                any: Vec::new(),
            },
        });
    }
    let yaml = serde_yaml::to_string(&out).unwrap_or_default();
    format!("# A table's file: is read relative to the YAML file it is written in.\n{notes}{yaml}")
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
