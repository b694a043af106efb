//! The output of `factlint extract`: every claim with its normalised form,
//! as JSON (version 1), JSON Lines, or an aligned table.
//!
//! Fields that do not apply to a claim's kind are absent, not null.

use std::borrow::Cow;

#[cfg(test)]
use chrono::NaiveDate;
use serde::Serialize;

use super::{format_number, json_number, printable, ExtractFormat};
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

/// The envelope of `--format json`; [`render_json`] writes the same text
/// by hand, and the tests check both agree.
#[cfg(test)]
#[derive(Serialize)]
struct Envelope<'a> {
    version: u32,
    documents: Vec<DocumentRecord<'a>>,
}

#[cfg(test)]
#[derive(Serialize)]
struct DocumentRecord<'a> {
    path: &'a str,
    /// ISO date, or null when the article has none.
    date: Option<NaiveDate>,
    claims: Vec<ClaimRecord<'a>>,
}

/// One claim as `extract` reports it. Field order is output order.
/// [`ClaimRecord::write`] writes it as this derive would; the tests check
/// both agree.
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
    value: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    min: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    precision: Option<Number>,
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
    /// A duration counted back from now ("40,000 years ago").
    #[serde(skip_serializing_if = "Option::is_none")]
    ago: Option<bool>,
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
            ago: None,
        };
        match &claim.kind {
            ClaimKind::Quantity(q) => {
                record.qualifier = Some(q.qualifier);
                record.value = Some(Number(q.value));
                record.min = q.min.map(Number);
                record.max = q.max.map(Number);
                record.unit = q.unit.as_deref().map(Cow::Borrowed);
                record.precision = Some(Number(q.precision));
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
                record.qualifier = Some(d.qualifier);
                record.value = Some(Number(d.value));
                record.min = d.min.map(Number);
                record.max = d.max.map(Number);
                record.unit = Some(Cow::Borrowed(d.unit.name()));
                record.precision = Some(Number(d.precision));
                record.ago = Some(d.ago);
            }
        }
        record
    }

    /// Write the record as its `Serialize` derive would, fields that are
    /// `None` left out.
    fn write(&self, w: &mut JsonWriter<'_>) -> serde_json::Result<()> {
        w.begin('{');
        if let Some(path) = self.path {
            w.key("path");
            w.string(path);
        }
        w.key("kind");
        w.string(self.kind);
        w.key("text");
        w.string(self.text);
        for (key, n) in [
            ("start", self.start),
            ("end", self.end),
            ("line", self.line),
            ("column", self.column),
        ] {
            w.key(key);
            w.unsigned(n);
        }
        if let Some(sentence) = self.sentence {
            w.key("sentence");
            w.string(sentence);
        }
        w.optional_name("qualifier", self.qualifier.map(Qualifier::name));
        w.optional_number("value", self.value)?;
        w.optional_number("min", self.min)?;
        w.optional_number("max", self.max)?;
        if let Some(unit) = &self.unit {
            w.key("unit");
            w.string(unit);
        }
        w.optional_number("precision", self.precision)?;
        if let Some(interval) = &self.interval {
            w.key("interval");
            w.interval(interval)?;
        }
        w.optional_name("granularity", self.granularity.map(granularity_name));
        w.optional_name("relation", self.relation.map(Relation::name));
        w.optional_bool("commitment", self.commitment);
        w.optional_bool("negated", self.negated);
        w.optional_name("tense", self.tense.map(tense_name));
        w.optional_bool("ago", self.ago);
        w.end('}');
        Ok(())
    }
}

/// A figure as [`json_number`] writes it: the writer puts a whole one
/// straight into its text, without a `serde_json::Value` in between.
#[derive(Debug, Clone, Copy)]
struct Number(f64);

impl Serialize for Number {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        json_number(self.0).serialize(s)
    }
}

/// A granularity's name, as its `Serialize` derive writes it (lowercase).
fn granularity_name(g: Granularity) -> &'static str {
    match g {
        Granularity::Day => "day",
        Granularity::Week => "week",
        Granularity::Month => "month",
        Granularity::Season => "season",
        Granularity::Quarter => "quarter",
        Granularity::Half => "half",
        Granularity::Year => "year",
        Granularity::Decade => "decade",
        Granularity::Century => "century",
    }
}

/// A tense's name, as its `Serialize` derive writes it (lowercase).
fn tense_name(t: Tense) -> &'static str {
    match t {
        Tense::Past => "past",
        Tense::Present => "present",
        Tense::Future => "future",
    }
}

/// JSON written straight into one `String`, byte for byte as serde_json
/// writes it compactly (`to_string`) or pretty-printed (`to_string_pretty`),
/// without a `String` per record, a second pass over the text to escape,
/// or a pass to check that the bytes are UTF-8: the text is copied from
/// `&str`s, and only what serde_json writes (numbers, dates, names) passes
/// through bytes.
struct JsonWriter<'o> {
    out: &'o mut String,
    pretty: bool,
    /// Open objects and arrays (two spaces of indentation each).
    depth: usize,
    /// Whether the innermost open object or array has no member yet.
    first: bool,
    /// What serde_json writes of one value, before it is copied to `out`;
    /// kept from value to value.
    scratch: Vec<u8>,
}

impl<'o> JsonWriter<'o> {
    fn new(out: &'o mut String, pretty: bool) -> Self {
        JsonWriter {
            out,
            pretty,
            depth: 0,
            first: true,
            scratch: Vec::new(),
        }
    }

    /// Start a new line of JSON Lines: nothing is open.
    fn restart(&mut self) {
        self.depth = 0;
        self.first = true;
    }

    fn newline_indent(&mut self) {
        newline_indent(self.out, self.depth);
    }

    /// Open an object (`{`) or array (`[`).
    fn begin(&mut self, open: char) {
        self.out.push(open);
        self.depth += 1;
        self.first = true;
    }

    /// Close the innermost object or array; it is a member of its parent,
    /// which therefore is not empty.
    fn end(&mut self, close: char) {
        self.depth = self.depth.saturating_sub(1);
        if self.pretty && !self.first {
            self.newline_indent();
        }
        self.out.push(close);
        self.first = false;
    }

    /// Start an array element.
    #[inline(always)]
    fn element(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        if self.pretty {
            self.newline_indent();
        }
        self.first = false;
    }

    /// Start an object member: its key (a plain ASCII name, which JSON
    /// does not escape) and the colon.
    #[inline(always)]
    fn key(&mut self, key: &str) {
        self.element();
        self.out.push('"');
        self.out.push_str(key);
        self.out.push_str(if self.pretty { "\": " } else { "\":" });
    }

    fn string(&mut self, s: &str) {
        write_json_string(self.out, s);
    }

    /// Any other value, by serde_json; nested objects pretty-printed at
    /// this depth.
    fn value<T: Serialize + ?Sized>(&mut self, value: &T) -> serde_json::Result<()> {
        self.scratch.clear();
        if self.pretty {
            serde_json::to_writer_pretty(&mut self.scratch, value)?;
        } else {
            serde_json::to_writer(&mut self.scratch, value)?;
        }
        // serde_json writes UTF-8, so nothing is ever replaced here.
        let text = match std::str::from_utf8(&self.scratch) {
            Ok(text) => Cow::Borrowed(text),
            Err(_) => String::from_utf8_lossy(&self.scratch),
        };
        if !self.pretty || self.depth == 0 {
            self.out.push_str(&text);
            return Ok(());
        }
        // Newlines in JSON text are all between tokens (strings escape
        // theirs), so indenting after each one nests the value here.
        let mut lines = text.split('\n');
        self.out.push_str(lines.next().unwrap_or_default());
        for line in lines {
            newline_indent(self.out, self.depth);
            self.out.push_str(line);
        }
        Ok(())
    }

    /// A whole number, in decimal as serde_json writes it (with the same
    /// crate).
    fn unsigned(&mut self, n: usize) {
        self.out.push_str(itoa::Buffer::new().format(n));
    }

    /// A member whose value is a unit variant's name (as its `Serialize`
    /// derive writes it: a plain ASCII word, which JSON does not escape),
    /// left out when `None`.
    fn optional_name(&mut self, key: &str, name: Option<&str>) {
        if let Some(name) = name {
            self.key(key);
            self.out.push('"');
            self.out.push_str(name);
            self.out.push('"');
        }
    }

    /// An interval as its `Serialize` derive writes it: `{"start": …,
    /// "end": …}`, nested at this depth.
    fn interval(&mut self, interval: &Interval) -> serde_json::Result<()> {
        self.begin('{');
        self.key("start");
        self.date(interval.start)?;
        self.key("end");
        self.date(interval.end)?;
        self.end('}');
        Ok(())
    }

    /// A date as chrono writes it (`"2022-06-01"`): spelled out for years
    /// 0–9999, where chrono writes four digits; any other by serde.
    fn date(&mut self, date: chrono::NaiveDate) -> serde_json::Result<()> {
        use chrono::Datelike;
        let year = date.year();
        if !(0..=9999).contains(&year) {
            return self.value(&date);
        }
        let mut text = [b'"', 0, 0, 0, 0, b'-', 0, 0, b'-', 0, 0, b'"'];
        // Each part below its number of digits' power of ten.
        let digits = [
            (1, 4, year.unsigned_abs()),
            (6, 2, date.month()),
            (9, 2, date.day()),
        ];
        for (at, width, mut n) in digits {
            for k in (at..at + width).rev() {
                if let Some(d) = text.get_mut(k) {
                    *d = b'0' + (n % 10) as u8;
                }
                n /= 10;
            }
        }
        self.out
            .push_str(std::str::from_utf8(&text).unwrap_or_default());
        Ok(())
    }

    /// A `true` or `false` member, left out when `None`.
    fn optional_bool(&mut self, key: &str, value: Option<bool>) {
        if let Some(b) = value {
            self.key(key);
            self.out.push_str(if b { "true" } else { "false" });
        }
    }

    /// A figure member ([`json_number`]'s JSON), left out when `None`: a
    /// whole one in decimal by `itoa`, as serde_json writes an integer;
    /// any other by serde_json, as it writes an `f64` (`null` for NaN or
    /// infinity, as `json_number` makes it).
    fn optional_number(&mut self, key: &str, value: Option<Number>) -> serde_json::Result<()> {
        let Some(Number(x)) = value else {
            return Ok(());
        };
        self.key(key);
        match super::whole_number(x) {
            Some(super::Whole::Unsigned(n)) => {
                self.out.push_str(itoa::Buffer::new().format(n));
                Ok(())
            }
            Some(super::Whole::Signed(n)) => {
                self.out.push_str(itoa::Buffer::new().format(n));
                Ok(())
            }
            None => self.value(&x),
        }
    }
}

/// A line break and `depth` levels of two spaces.
fn newline_indent(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Whether serde_json escapes the byte in a string: `"`, `\` and the
/// controls below U+0020.
fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The first byte at or after `from` that [`needs_escape`], looking at
/// eight bytes at a time.
fn next_escape(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // A high bit for (at least) each zero byte of `x`, and never none when
    // there is one.
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let rest = bytes.get(from..)?;
    let mut chunks = rest.chunks_exact(8);
    let mut at = from;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_ne_bytes(word);
        // Bytes below 0x20 (x - 0x20 borrows into the high bit where x's
        // high bit is clear), a quote or a backslash.
        let hit = (x.wrapping_sub(ONES * 0x20) & !x & HIGHS)
            | zero_byte(x ^ (ONES * u64::from(b'"')))
            | zero_byte(x ^ (ONES * u64::from(b'\\')));
        if hit != 0 {
            if let Some(k) = chunk.iter().position(|&b| needs_escape(b)) {
                return Some(at + k);
            }
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&b| needs_escape(b))
        .map(|k| at + k)
}

/// `s` as a JSON string, escaped exactly as serde_json escapes it.
fn write_json_string(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(at) = next_escape(bytes, start) {
        // `at` is an ASCII byte, so a character boundary.
        out.push_str(s.get(start..at).unwrap_or_default());
        let b = bytes.get(at).copied().unwrap_or(0);
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            0x08 => out.push_str("\\b"),
            0x0C => out.push_str("\\f"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ => {
                // serde_json's lowercase hex digits.
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let hex = |d: u8| char::from(HEX.get(usize::from(d)).copied().unwrap_or(b'0'));
                out.push_str("\\u00");
                out.push(hex(b >> 4));
                out.push(hex(b & 0xF));
            }
        }
        start = at + 1;
    }
    out.push_str(s.get(start..).unwrap_or_default());
    out.push('"');
}

/// The text serde_json writes when serialization fails; these types cannot
/// fail to serialize, but a reporter must not panic.
fn json_error(e: &serde_json::Error) -> String {
    serde_json::json!({"version": VERSION, "error": e.to_string()}).to_string()
}

fn render_json(docs: &[(&Document, &[Claim])]) -> String {
    let mut out = String::new();
    let written = write_envelope(&mut JsonWriter::new(&mut out, true), docs);
    if let Err(e) = written {
        out = json_error(&e);
    }
    out.push('\n');
    out
}

/// `{"version": 1, "documents": [{"path", "date", "claims": […]}, …]}`.
fn write_envelope(
    w: &mut JsonWriter<'_>,
    docs: &[(&Document, &[Claim])],
) -> serde_json::Result<()> {
    w.begin('{');
    w.key("version");
    w.value(&VERSION)?;
    w.key("documents");
    w.begin('[');
    for &(doc, claims) in docs {
        w.element();
        w.begin('{');
        w.key("path");
        w.string(&doc.path);
        w.key("date");
        w.value(&doc.date)?;
        w.key("claims");
        w.begin('[');
        for claim in claims {
            w.element();
            ClaimRecord::new(doc, claim, None).write(w)?;
        }
        w.end(']');
        w.end('}');
    }
    w.end(']');
    w.end('}');
    Ok(())
}

fn render_jsonl(docs: &[(&Document, &[Claim])]) -> String {
    let mut out = String::new();
    let mut w = JsonWriter::new(&mut out, false);
    for &(doc, claims) in docs {
        for claim in claims {
            let line_start = w.out.len();
            w.restart();
            let record = ClaimRecord::new(doc, claim, Some(&doc.path));
            if let Err(e) = record.write(&mut w) {
                w.out.truncate(line_start);
                w.out.push_str(&json_error(&e));
            }
            w.out.push('\n');
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

/// "800 (over, units)", "2022-06-01…2022-06-30 by, commitment", "2 year",
/// "15…30 year (between)".
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
        ClaimKind::Duration(d) => {
            let figure = match (d.min, d.max) {
                (Some(min), Some(max)) => format!("{}…{}", format_number(min), format_number(max)),
                _ => format_number(d.value),
            };
            let mut tags = Vec::new();
            if d.qualifier != Qualifier::None {
                tags.push(d.qualifier.name());
            }
            if d.ago {
                tags.push("ago");
            }
            if tags.is_empty() {
                format!("{figure} {}", d.unit.name())
            } else {
                format!("{figure} {} ({})", d.unit.name(), tags.join(", "))
            }
        }
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

    /// The serde_json rendering the hand-written writer replaced.
    fn serde_render(format: ExtractFormat, docs: &[(&Document, &[Claim])]) -> String {
        match format {
            ExtractFormat::Json => {
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
                serde_json::to_string_pretty(&envelope).unwrap() + "\n"
            }
            _ => docs
                .iter()
                .flat_map(|&(doc, claims)| {
                    claims.iter().map(move |c| {
                        serde_json::to_string(&ClaimRecord::new(doc, c, Some(&doc.path))).unwrap()
                            + "\n"
                    })
                })
                .collect(),
        }
    }

    #[test]
    fn writer_matches_serde_json_on_the_fixture() {
        let doc = fixtures::document();
        let claims = fixtures::claims(&doc);
        let empty = Document::from_text(
            "b\"\\\u{1}.txt",
            "No date.".into(),
            crate::document::Format::Text,
            None,
            vec![],
        );
        for docs in [
            vec![],
            vec![(&empty, &[][..])],
            vec![(&doc, claims.as_slice()), (&empty, &[][..])],
        ] {
            for format in [ExtractFormat::Json, ExtractFormat::Jsonl] {
                assert_eq!(render_extract(format, &docs), serde_render(format, &docs));
            }
        }
    }

    /// Prose with claims of every kind, and arbitrary characters.
    fn newsish() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let fragment = prop_oneof![
            Just("nearly eight million people ".to_owned()),
            Just("between 300 and 400 troops ".to_owned()),
            Just("on Monday, ".to_owned()),
            Just("They will meet by June 2022. ".to_owned()),
            Just("it was not held in the fall of 2021. ".to_owned()),
            Just("after two years….".to_owned()),
            Just("“Dec. 5, 2019,” ".to_owned()),
            Just("$1.2 million ".to_owned()),
            Just("12.5% ".to_owned()),
            Just("-40 degrees ".to_owned()),
            Just("1e300 ".to_owned()),
            Just("\n\n".to_owned()),
            "\\PC{0,12}",
            "[0-9,. ]{0,10}",
        ];
        prop::collection::vec(fragment, 0..24).prop_map(|v| v.concat())
    }

    #[test]
    fn qualifier_and_relation_names_are_their_serde_names() {
        use Qualifier as Q;
        use Relation as R;
        let qualifiers = [
            Q::None,
            Q::Nearly,
            Q::Over,
            Q::AtLeast,
            Q::Under,
            Q::UpTo,
            Q::About,
            Q::Between,
            Q::Exactly,
        ];
        for q in qualifiers {
            assert_eq!(
                serde_json::to_string(&q).unwrap(),
                format!("\"{}\"", q.name())
            );
        }
        let relations = [
            R::On,
            R::In,
            R::By,
            R::Before,
            R::After,
            R::Since,
            R::Until,
            R::Between,
        ];
        for r in relations {
            assert_eq!(
                serde_json::to_string(&r).unwrap(),
                format!("\"{}\"", r.name())
            );
        }
    }

    #[test]
    fn dates_are_written_as_chrono_and_serde_write_them() {
        for (y, m, d) in [
            (2022, 6, 1),
            (0, 1, 1),
            (1, 12, 31),
            (999, 2, 28),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 7, 4),
            (-2013, 1, 1),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            for pretty in [false, true] {
                let mut out = String::new();
                let mut w = JsonWriter::new(&mut out, pretty);
                w.date(date).unwrap();
                w.interval(&Interval::new(date, date)).unwrap();
                let interval = Interval::new(date, date);
                let expected = if pretty {
                    serde_json::to_string_pretty(&date).unwrap()
                        + &serde_json::to_string_pretty(&interval).unwrap()
                } else {
                    serde_json::to_string(&date).unwrap()
                        + &serde_json::to_string(&interval).unwrap()
                };
                assert_eq!(out, expected, "{date}");
            }
        }
    }

    #[test]
    fn whole_numbers_are_written_as_serde_json_writes_them() {
        for n in [
            0,
            1,
            9,
            10,
            99,
            100,
            12_345,
            1 << 32,
            usize::MAX - 1,
            usize::MAX,
        ] {
            let mut out = String::new();
            JsonWriter::new(&mut out, false).unsigned(n);
            assert_eq!(out, serde_json::to_string(&n).unwrap());
        }
    }

    proptest::proptest! {
        #[test]
        fn strings_escape_as_serde_json(s in "(\\PC|[\\x00-\\x1f\\x7f\"\\\\])*") {
            let mut out = String::new();
            write_json_string(&mut out, &s);
            proptest::prop_assert_eq!(out, serde_json::to_string(&s).unwrap());
        }

        #[test]
        fn writer_matches_serde_json(
            s in newsish(),
            controls in "[\\x00-\\x1f\"\\\\]{0,4}",
        ) {
            let text = format!("date: 2021-06-29\n{controls}{s} over 800 units{controls} by June 2022 and 5 km.");
            let doc = Document::from_text(&format!("p{controls}"), text, crate::document::Format::Text, None, vec![]);
            let claims = crate::extract::extract(&doc);
            let docs = [(&doc, claims.as_slice())];
            for format in [ExtractFormat::Json, ExtractFormat::Jsonl] {
                proptest::prop_assert_eq!(render_extract(format, &docs), serde_render(format, &docs));
            }
        }
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
                modifiers: None,
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
