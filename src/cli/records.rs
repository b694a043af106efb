//! JSON Lines input, for factlint as the map step of a distributed engine
//! (Spark `RDD.pipe`, Hadoop Streaming): each line of stdin is one article,
//! `{"id": "…", "date": "YYYY-MM-DD", "text": "…"}`, and `--format jsonl`
//! writes one finding per line with `path` set to the record's id.

use chrono::NaiveDate;
use serde::Deserialize;

/// One article read from a JSON Lines record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: String,
    pub date: Option<NaiveDate>,
    pub text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRecord {
    id: serde_json::Value,
    #[serde(default)]
    date: Option<String>,
    text: String,
}

/// Parse JSON Lines; a bad line is reported as `name:line: reason` and
/// skipped, the others are kept.
pub fn parse(name: &str, input: &str) -> (Vec<Record>, Vec<String>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let raw: RawRecord = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                errors.push(format!(
                    "{name}:{}: not a record {{\"id\", \"date\", \"text\"}}: {e}",
                    n + 1
                ));
                continue;
            }
        };
        let id = match raw.id {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        };
        let date = match raw.date.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(d) => match d
                .get(..10)
                .and_then(|p| NaiveDate::parse_from_str(p, "%Y-%m-%d").ok())
            {
                Some(date) => Some(date),
                None => {
                    errors.push(format!(
                        "{name}:{}: record {id}: date {d:?} is not YYYY-MM-DD",
                        n + 1
                    ));
                    continue;
                }
            },
        };
        records.push(Record {
            id,
            date,
            text: raw.text,
        });
    }
    (records, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_and_bad_lines() {
        let input = "{\"id\": \"a1\", \"date\": \"2021-06-29\", \"text\": \"Over 800 units.\"}\n\nnot json\n{\"id\": 7, \"text\": \"x\"}\n{\"id\": \"b\", \"date\": \"June\", \"text\": \"y\"}\n";
        let (records, errors) = parse("<stdin>", input);
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].date, NaiveDate::from_ymd_opt(2021, 6, 29));
        assert_eq!(records[1].id, "7");
        assert_eq!(errors.len(), 2);
        assert!(errors[0].starts_with("<stdin>:3: not a record"));
        assert!(errors[1].starts_with("<stdin>:5: record b: date"));
    }
}
