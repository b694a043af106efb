//! The output of `factlint extract`: every claim with its normalised form,
//! as JSON (version 1), JSON Lines, or an aligned table.
//!
//! Fields that do not apply to a claim's kind are absent, not null.

use chrono::NaiveDate;
use serde::Serialize;

use super::{format_number, json_number, printable, serde_name, ExtractFormat};
use crate::document::Document;
use crate::extract::claim::{Claim, ClaimKind, Qualifier, Relation, Tense};
use crate::time::{Granularity, Interval};

/// The version of the extract JSON envelope.
pub const VERSION: u32 = 1;

/// Render the claims of each document in the chosen format.
pub fn render_extract(format: ExtractFormat, docs: &[(&Document, &[Claim])]) -> String {
    match format {
        ExtractFormat::Json => render_json(docs),
        ExtractFormat::Jsonl => render_jsonl(docs),
        ExtractFormat::Table => render_table(docs),
    }
}

#[derive(Serialize)]
struct Envelope<'a> {
    version: u32,
    documents: Vec<DocumentRecord<'a>>,
}

#[derive(Serialize)]
struct DocumentRecord<'a> {
    path: &'a str,
    /// ISO date, or null when the article has none.
    date: Option<NaiveDate>,
    claims: Vec<ClaimRecord<'a>>,
}

/// One claim as `extract` reports it. Field order is output order.
#[derive(Serialize)]
struct ClaimRecord<'a> {
    /// Only in JSON Lines, where each line must stand alone.
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<&'a str>,
    kind: &'static str,
    text: &'a str,
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentence: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    qualifier: Option<Qualifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    precision: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    interval: Option<Interval>,
    #[serde(skip_serializing_if = "Option::is_none")]
    granularity: Option<Granularity>,
    #[serde(skip_serializing_if = "Option::is_none")]
    relation: Option<Relation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    commitment: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    negated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tense: Option<Tense>,
}

impl<'a> ClaimRecord<'a> {
    fn new(doc: &'a Document, claim: &'a Claim, path: Option<&'a str>) -> Self {
        let (line, column) = doc.position(claim.span.start);
        // A sentence is cut to 240 bytes either side of the claim, so text
        // without sentence breaks cannot blow the output up claim by claim.
        let sentence = doc.sentences.get(claim.sentence).map(|s| {
            const SIDE: usize = 240;
            let mut start = s.span.start.max(claim.span.start.saturating_sub(SIDE));
            while start > s.span.start && !doc.text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = s.span.end.min(claim.span.end.saturating_add(SIDE));
            while end < s.span.end && !doc.text.is_char_boundary(end) {
                end += 1;
            }
            doc.slice(crate::extract::claim::Span::new(start, end))
                .trim()
        });
        let mut record = ClaimRecord {
            path,
            kind: claim.kind.name(),
            text: doc.slice(claim.span),
            start: claim.span.start,
            end: claim.span.end,
            line,
            column,
            sentence,
            qualifier: None,
            value: None,
            min: None,
            max: None,
            unit: None,
            precision: None,
            interval: None,
            granularity: None,
            relation: None,
            commitment: None,
            negated: None,
            tense: None,
        };
        match &claim.kind {
            ClaimKind::Quantity(q) => {
                record.qualifier = Some(q.qualifier);
                record.value = Some(json_number(q.value));
                record.min = q.min.map(json_number);
                record.max = q.max.map(json_number);
                record.unit = q.unit.clone();
                record.precision = Some(json_number(q.precision));
            }
            ClaimKind::Date(d) => {
                record.interval = d.interval;
                record.granularity = Some(d.granularity);
                record.relation = d.relation;
                record.commitment = Some(d.commitment);
                record.negated = Some(d.negated);
                record.tense = Some(d.tense);
            }
            ClaimKind::Duration(d) => {
                record.value = Some(json_number(d.value));
                record.unit = Some(serde_name(&d.unit));
            }
        }
        record
    }
}

/// Serialize compactly or prettily; these types cannot fail to serialize,
/// but a reporter must not panic, so a failure becomes a JSON error object.
fn to_json<T: Serialize>(value: &T, pretty: bool) -> String {
    let result = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    result.unwrap_or_else(|e| {
        serde_json::json!({"version": VERSION, "error": e.to_string()}).to_string()
    })
}

fn render_json(docs: &[(&Document, &[Claim])]) -> String {
    let envelope = Envelope {
        version: VERSION,
        documents: docs
            .iter()
            .map(|&(doc, claims)| DocumentRecord {
                path: &doc.path,
                date: doc.date,
                claims: claims
                    .iter()
                    .map(|c| ClaimRecord::new(doc, c, None))
                    .collect(),
            })
            .collect(),
    };
    let mut out = to_json(&envelope, true);
    out.push('\n');
    out
}

fn render_jsonl(docs: &[(&Document, &[Claim])]) -> String {
    let mut out = String::new();
    for &(doc, claims) in docs {
        for claim in claims {
            out.push_str(&to_json(
                &ClaimRecord::new(doc, claim, Some(&doc.path)),
                false,
            ));
            out.push('\n');
        }
    }
    out
}

/// `path:line:col  kind  text  normalised`, columns padded to align.
fn render_table(docs: &[(&Document, &[Claim])]) -> String {
    let rows: Vec<[String; 4]> = docs
        .iter()
        .flat_map(|&(doc, claims)| {
            claims.iter().map(move |claim| {
                let (line, column) = doc.position(claim.span.start);
                [
                    printable(&format!("{}:{line}:{column}", doc.path)),
                    claim.kind.name().to_owned(),
                    printable(doc.slice(claim.span)),
                    normalised(&claim.kind),
                ]
            })
        })
        .collect();
    let mut widths = [0usize; 3];
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    for [location, kind, text, norm] in &rows {
        let line = format!(
            "{location:<w0$}  {kind:<w1$}  {text:<w2$}  {norm}",
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2]
        );
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// "800 (over, units)", "2022-06-01…2022-06-30 by, commitment", "2 year".
fn normalised(kind: &ClaimKind) -> String {
    match kind {
        ClaimKind::Quantity(q) => {
            let figure = match (q.min, q.max) {
                (Some(min), Some(max)) => format!("{}…{}", format_number(min), format_number(max)),
                _ => format_number(q.value),
            };
            let mut tags = Vec::new();
            if q.qualifier != Qualifier::None {
                tags.push(q.qualifier.name().to_owned());
            }
            if let Some(unit) = &q.unit {
                tags.push(unit.clone());
            }
            if tags.is_empty() {
                figure
            } else {
                format!("{figure} ({})", tags.join(", "))
            }
        }
        ClaimKind::Date(d) => {
            let interval = match d.interval {
                Some(i) if i.start == i.end => i.start.to_string(),
                Some(i) => format!("{}…{}", i.start, i.end),
                None => "unresolved".to_owned(),
            };
            let mut tags = Vec::new();
            if let Some(relation) = d.relation {
                tags.push(relation.name());
            }
            if d.commitment {
                tags.push("commitment");
            }
            if d.negated {
                tags.push("negated");
            }
            if tags.is_empty() {
                interval
            } else {
                format!("{interval} {}", tags.join(", "))
            }
        }
        ClaimKind::Duration(d) => format!("{} {}", format_number(d.value), serde_name(&d.unit)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claim::{NumberStyle, Quantity};
    use crate::report::fixtures;

    fn render(format: ExtractFormat) -> String {
        let doc = fixtures::document();
        let claims = fixtures::claims(&doc);
        render_extract(format, &[(&doc, claims.as_slice())])
    }

    #[test]
    fn json_snapshot() {
        insta::assert_snapshot!("extract_json", render(ExtractFormat::Json));
    }

    #[test]
    fn json_fields_apply_by_kind() {
        let v: serde_json::Value = serde_json::from_str(&render(ExtractFormat::Json)).unwrap();
        assert_eq!(v["version"], 1);
        let doc = &v["documents"][0];
        assert_eq!(doc["date"], "2021-06-29");
        let claims = doc["claims"].as_array().unwrap();
        assert_eq!(claims.len(), 4);

        let quantity = &claims[1];
        assert_eq!(quantity["text"], "over 800 units");
        assert_eq!(quantity["value"], 800);
        assert!(quantity["value"].is_u64());
        assert_eq!(quantity["precision"], 100);
        assert_eq!(quantity["qualifier"], "over");
        assert_eq!(quantity["line"], 5);
        assert_eq!(quantity["column"], 14);
        assert!(quantity["sentence"]
            .as_str()
            .unwrap()
            .starts_with("“Italy, with over 800 units"));
        for absent in ["min", "max", "interval", "relation", "commitment", "tense"] {
            assert!(quantity.get(absent).is_none(), "{absent} should be absent");
        }

        let date = &claims[2];
        assert_eq!(
            date["interval"],
            serde_json::json!({"start": "2022-06-01", "end": "2022-06-30"})
        );
        assert_eq!(date["granularity"], "month");
        assert_eq!(date["relation"], "by");
        assert_eq!(date["commitment"], true);
        assert_eq!(date["tense"], "future");
        assert!(date.get("value").is_none() && date.get("qualifier").is_none());

        let duration = &claims[3];
        assert_eq!(duration["value"], 2);
        assert_eq!(duration["unit"], "year");
        assert!(duration.get("granularity").is_none());
    }

    #[test]
    fn document_without_date_is_null() {
        let doc = Document::from_text(
            "a.txt",
            "No date here.".into(),
            crate::document::Format::Text,
            None,
            vec![],
        );
        let out = render_extract(ExtractFormat::Json, &[(&doc, &[])]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert!(v["documents"][0]["date"].is_null());
        assert_eq!(v["documents"][0]["claims"], serde_json::json!([]));
    }

    #[test]
    fn jsonl_is_one_standalone_line_per_claim() {
        let out = render(ExtractFormat::Jsonl);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 4);
        for line in lines {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            assert_eq!(v["path"], "fixtures/articles/rome.txt");
            assert!(line.starts_with("{\"path\":"));
        }
    }

    #[test]
    fn table_is_aligned() {
        let out = render(ExtractFormat::Table);
        assert_eq!(
            out,
            "fixtures/articles/rome.txt:3:34  date      on Monday        2021-06-28 on\n\
             fixtures/articles/rome.txt:5:14  quantity  over 800 units   800 (over, units)\n\
             fixtures/articles/rome.txt:7:43  date      by June 2022     2022-06-01…2022-06-30 by, commitment\n\
             fixtures/articles/rome.txt:7:57  duration  after two years  2 year\n"
        );
        assert_eq!(render_extract(ExtractFormat::Table, &[]), "");
    }

    #[test]
    fn normalised_ranges_and_bare_figures() {
        let q = |min, max, qualifier, unit: Option<&str>| {
            normalised(&ClaimKind::Quantity(Quantity {
                value: 350.0,
                min,
                max,
                qualifier,
                unit: unit.map(String::from),
                precision: 1.0,
                style: NumberStyle::Digits,
                figure: Default::default(),
            }))
        };
        assert_eq!(
            q(Some(300.0), Some(400.0), Qualifier::Between, Some("troops")),
            "300…400 (between, troops)"
        );
        assert_eq!(q(None, None, Qualifier::None, None), "350");
        assert_eq!(
            q(None, None, Qualifier::None, Some("percent")),
            "350 (percent)"
        );
    }
}
