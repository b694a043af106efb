//! Tables as reference data: a CSV or JSON-lines file whose columns a
//! mapping turns into facts — an id template (`"{country}/population"`),
//! the value column, a unit (a constant or `"{column}"`), an optional time
//! column (rows sharing an id become one series), match-term templates and
//! a source.
//!
//! The file is streamed a row at a time (one reused record), so memory
//! grows with the facts and points made, not with the file's text. Every
//! bad row is an error naming the file, the row's line and the column; a
//! mapping that names a column the file lacks is an error at the mapping.

use std::fs::File;
use std::hash::BuildHasher;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::error::RefError;
use super::facts::{Column, Facts, Slot, TableRows};
use super::forms::{parse_figure_text, parse_point_time, point};
use super::model::{Examples, Fact, MatchSpec, Origin, RefValue, Tolerance};

/// At most this many row errors are reported per table; the rest are
/// counted in one last error.
pub const MAX_ROW_ERRORS: usize = 20;

/// How a table file is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TableFormat {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    JsonLines,
}

impl TableFormat {
    /// The format a file's extension names: `.jsonl` / `.ndjson` are JSON
    /// lines, anything else CSV.
    pub fn of_path(path: &Path) -> TableFormat {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("jsonl" | "ndjson") => TableFormat::JsonLines,
            _ => TableFormat::Csv,
        }
    }

    /// Parse a `format:` value.
    pub fn parse(name: &str) -> Result<TableFormat, String> {
        match name.trim().to_ascii_lowercase().as_str() {
            "csv" => Ok(TableFormat::Csv),
            "jsonl" | "json-lines" | "jsonlines" | "ndjson" => Ok(TableFormat::JsonLines),
            other => Err(format!(
                "unknown table format \"{other}\": expected csv or jsonl"
            )),
        }
    }
}

/// One piece of a template: literal text or a column's value.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    /// An index into [`TableMapping::columns`].
    Column(usize),
}

/// A text with `{column}` placeholders (`{{` and `}}` are literal braces).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
    /// As written, for messages.
    pub text: String,
}

impl Template {
    /// Parse `text`, adding the columns it names to `columns`.
    fn parse(text: &str, columns: &mut Vec<String>) -> Result<Template, String> {
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let mut name = String::new();
                    let mut closed = false;
                    for c in chars.by_ref() {
                        if c == '}' {
                            closed = true;
                            break;
                        }
                        name.push(c);
                    }
                    let name = name.trim();
                    if !closed || name.is_empty() || name.contains('{') {
                        return Err(format!(
                            "cannot read template \"{text}\": write a column as {{name}} and a brace as {{{{ or }}}}"
                        ));
                    }
                    if !literal.is_empty() {
                        parts.push(Part::Text(std::mem::take(&mut literal)));
                    }
                    parts.push(Part::Column(column_index(columns, name)));
                }
                '}' => {
                    return Err(format!(
                        "cannot read template \"{text}\": a lone }} (write }}}} for a brace)"
                    ))
                }
                c => literal.push(c),
            }
        }
        if !literal.is_empty() {
            parts.push(Part::Text(literal));
        }
        Ok(Template {
            parts,
            text: text.to_owned(),
        })
    }

    /// Whether the template names no column.
    pub fn is_constant(&self) -> bool {
        self.parts.iter().all(|p| matches!(p, Part::Text(_)))
    }

    /// Whether a constant template's text is blank (it gives no term).
    fn parts_blank(&self) -> bool {
        self.parts.iter().all(|p| match p {
            Part::Text(t) => t.trim().is_empty(),
            Part::Column(_) => false,
        })
    }

    fn expand(&self, row: &[&str]) -> String {
        let mut out = String::new();
        self.expand_into(row, &mut out);
        // One allocation of the exact size: a table makes millions.
        out.as_str().to_owned()
    }

    /// The template's text for `row` in `out` (cleared first).
    fn expand_into(&self, row: &[&str], out: &mut String) {
        out.clear();
        for p in &self.parts {
            match p {
                Part::Text(t) => out.push_str(t),
                Part::Column(i) => out.push_str(row.get(*i).copied().unwrap_or("").trim()),
            }
        }
    }
}

fn column_index(columns: &mut Vec<String>, name: &str) -> usize {
    match columns.iter().position(|c| c == name) {
        Some(i) => i,
        None => {
            columns.push(name.to_owned());
            columns.len() - 1
        }
    }
}

/// How a table's columns become facts, as written in a `tables:` entry or
/// on `factlint refs import`'s command line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MappingText {
    pub id: String,
    pub value: String,
    pub unit: Option<String>,
    pub time: Option<String>,
    pub about: Option<String>,
    pub source: Option<String>,
    pub tolerance: Option<Tolerance>,
    pub all: Vec<String>,
    pub any: Vec<String>,
    pub none: Vec<String>,
}

/// Which field of a mapping a problem is about, so the caller can place
/// the error at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MappingError {
    /// `id`, `value`, `unit`, `time`, `about`, `source`, `match`.
    pub field: &'static str,
    pub message: String,
}

/// A parsed mapping: its templates and the columns they read.
#[derive(Debug, Clone, PartialEq)]
pub struct TableMapping {
    /// Every column the mapping reads, in first-use order; rows are read
    /// into this order.
    pub columns: Vec<String>,
    /// Which field first named each column.
    named_by: Vec<&'static str>,
    id: Template,
    value: usize,
    unit: Option<Template>,
    time: Option<usize>,
    about: Option<Template>,
    source: Option<Template>,
    tolerance: Option<Tolerance>,
    all: Vec<Template>,
    any: Vec<Template>,
    none: Vec<Template>,
}

impl TableMapping {
    /// Parse a mapping's templates.
    pub fn new(text: &MappingText) -> Result<TableMapping, MappingError> {
        let mut columns = Vec::new();
        let mut named_by = Vec::new();
        fn parse(
            field: &'static str,
            t: &str,
            columns: &mut Vec<String>,
            named_by: &mut Vec<&'static str>,
        ) -> Result<Template, MappingError> {
            let r = Template::parse(t, columns).map_err(|message| MappingError { field, message });
            named_by.resize(columns.len(), field);
            r
        }
        fn column(
            field: &'static str,
            name: &str,
            columns: &mut Vec<String>,
            named_by: &mut Vec<&'static str>,
        ) -> Result<usize, MappingError> {
            let name = name.trim();
            let name = name
                .strip_prefix('{')
                .and_then(|n| n.strip_suffix('}'))
                .unwrap_or(name)
                .trim();
            if name.is_empty() {
                return Err(MappingError {
                    field,
                    message: format!("{field} needs a column name"),
                });
            }
            let i = column_index(columns, name);
            named_by.resize(columns.len(), field);
            Ok(i)
        }
        let (c, n) = (&mut columns, &mut named_by);
        let id = parse("id", &text.id, c, n)?;
        if id.is_constant() {
            return Err(MappingError {
                field: "id",
                message: format!(
                    "id template \"{}\" names no column: every row would have the same id",
                    text.id
                ),
            });
        }
        let value = column("value", &text.value, c, n)?;
        let time = match &text.time {
            Some(t) => Some(column("time", t, c, n)?),
            None => None,
        };
        let mut optional = |field: &'static str, t: &Option<String>| {
            t.as_deref().map(|t| parse(field, t, c, n)).transpose()
        };
        let unit = optional("unit", &text.unit)?;
        let about = optional("about", &text.about)?;
        let source = optional("source", &text.source)?;
        let mut terms = |list: &[String]| {
            list.iter()
                .map(|t| parse("match", t, c, n))
                .collect::<Result<Vec<_>, _>>()
        };
        let all = terms(&text.all)?;
        let any = terms(&text.any)?;
        let none = terms(&text.none)?;
        if all.is_empty() && any.is_empty() {
            return Err(MappingError {
                field: "match",
                message: "match needs at least one term in all or any".to_owned(),
            });
        }
        Ok(TableMapping {
            columns,
            named_by,
            id,
            value,
            unit,
            time,
            about,
            source,
            tolerance: text.tolerance,
            all,
            any,
            none,
        })
    }

    /// Which mapping field first named column `i`.
    pub fn field_of(&self, i: usize) -> &'static str {
        self.named_by.get(i).copied().unwrap_or("match")
    }
}

/// What reading a table gave: its facts (series sorted, each fact's value
/// its latest point's), and every problem found.
#[derive(Debug, Default)]
pub struct TableFacts {
    /// A table with no time column keeps its rows in columns.
    pub facts: Facts,
    pub errors: Vec<RefError>,
    /// Rows read (not counting a CSV header).
    pub rows: usize,
}

/// A problem with the mapping against the file (a missing column), to be
/// placed at the mapping's field by the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// The file cannot be opened or its header read.
    File(RefError),
    Mapping(MappingError),
}

/// Read a table file through a mapping. `shown` names the file in errors
/// and origins.
pub fn read_table(
    path: &Path,
    shown: &str,
    format: TableFormat,
    mapping: &TableMapping,
) -> Result<TableFacts, ReadError> {
    let file = File::open(path).map_err(|e| {
        ReadError::File(RefError::whole_file(
            shown,
            format!("cannot read table: {e}"),
        ))
    })?;
    let reader = BufReader::with_capacity(1 << 16, file);
    let mut builder = Builder::new(shown, mapping);
    match format {
        TableFormat::Csv => read_csv(reader, shown, mapping, &mut builder)?,
        TableFormat::JsonLines => read_jsonl(reader, shown, mapping, &mut builder),
    }
    Ok(builder.finish())
}

fn read_csv(
    reader: impl std::io::Read,
    shown: &str,
    mapping: &TableMapping,
    builder: &mut Builder<'_>,
) -> Result<(), ReadError> {
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(reader);
    let header = csv
        .headers()
        .map_err(|e| ReadError::File(csv_error(shown, &e)))?;
    let names: Vec<String> = header
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
        .collect();
    // Where each mapped column sits in the file.
    let mut at = Vec::with_capacity(mapping.columns.len());
    for (i, name) in mapping.columns.iter().enumerate() {
        match names.iter().position(|n| n == name) {
            Some(p) => at.push(p),
            None => {
                return Err(ReadError::Mapping(MappingError {
                    field: mapping.field_of(i),
                    message: format!(
                        "table {shown} has no column \"{name}\" (its columns: {})",
                        names.join(", ")
                    ),
                }))
            }
        }
    }
    let mut record = csv::StringRecord::new();
    loop {
        match csv.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let line = record.position().map_or(0, |p| p.line() as usize);
                let row: Vec<&str> = at.iter().map(|&p| record.get(p).unwrap_or("")).collect();
                let field_of = |i: usize| at.get(i).map_or(1, |p| p + 1);
                builder.row(line, &row, &field_of);
            }
            Err(e) => {
                builder.error(csv_error(shown, &e));
                // A row too short or too long leaves the reader in step;
                // anything else (bad UTF-8 in a row, I/O) may not.
                if !matches!(e.kind(), csv::ErrorKind::UnequalLengths { .. }) {
                    break;
                }
            }
        }
        if builder.full() {
            break;
        }
    }
    Ok(())
}

/// A CSV reader's error at its line.
fn csv_error(shown: &str, e: &csv::Error) -> RefError {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => RefError::new(
            shown,
            pos.as_ref().map_or(1, |p| p.line() as usize),
            1,
            format!("row has {len} columns; the header has {expected_len}"),
        ),
        csv::ErrorKind::Utf8 { pos, err } => RefError::new(
            shown,
            pos.as_ref().map_or(1, |p| p.line() as usize),
            err.field() + 1,
            "not valid UTF-8",
        ),
        csv::ErrorKind::Io(err) => RefError::whole_file(shown, format!("cannot read table: {err}")),
        _ => RefError::whole_file(shown, format!("cannot read table: {e}")),
    }
}

fn read_jsonl(
    mut reader: impl BufRead,
    shown: &str,
    mapping: &TableMapping,
    builder: &mut Builder<'_>,
) {
    let mut line = String::new();
    let mut number = 0usize;
    let mut cells: Vec<String> = vec![String::new(); mapping.columns.len()];
    loop {
        line.clear();
        number += 1;
        match reader.read_line(&mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                builder.error(RefError::new(
                    shown,
                    number,
                    1,
                    format!("cannot read table: {e}"),
                ));
                break;
            }
        }
        let text = line.trim();
        if text.is_empty() {
            continue;
        }
        let object: serde_json::Map<String, serde_json::Value> = match serde_json::from_str(text) {
            Ok(o) => o,
            Err(e) => {
                let why = e.to_string();
                let why = why
                    .rsplit_once(" at line ")
                    .map_or(why.as_str(), |(w, _)| w);
                builder.error(RefError::new(
                    shown,
                    number,
                    e.column().max(1),
                    format!("not a JSON object: {why}"),
                ));
                if builder.full() {
                    break;
                }
                continue;
            }
        };
        let mut missing = None;
        for (cell, name) in cells.iter_mut().zip(&mapping.columns) {
            cell.clear();
            match object.get(name) {
                Some(serde_json::Value::String(s)) => cell.push_str(s),
                Some(serde_json::Value::Null) | None => {
                    missing = Some(name);
                    break;
                }
                Some(v) => cell.push_str(&v.to_string()),
            }
        }
        if let Some(name) = missing {
            builder.error(RefError::new(
                shown,
                number,
                1,
                format!("row has no column \"{name}\""),
            ));
        } else {
            let row: Vec<&str> = cells.iter().map(String::as_str).collect();
            builder.row(number, &row, &|_| 1);
        }
        if builder.full() {
            break;
        }
    }
}

/// Facts made from rows as they come: [`Fact`]s for a table with a time
/// column (rows sharing an id are one series), columns ([`TableRows`])
/// for one without (a fact per row).
struct Builder<'a> {
    shown: &'a str,
    mapping: &'a TableMapping,
    facts: Vec<Fact>,
    /// The facts of a table with no time column.
    rows: Option<TableRows>,
    /// Per id: its index in `facts` (or `rows`), found by the id's hash
    /// (the id itself is only in the fact). (hash, index): the hash kept
    /// so that growing reads no id.
    ids: hashbrown::HashTable<(u64, usize)>,
    hasher: hashbrown::DefaultHashBuilder,
    /// Reused buffers for expanding templates.
    buf: String,
    unit_buf: String,
    term_buf: String,
    /// A row's column terms, in [`Slot::Row`] order.
    terms: Vec<String>,
    errors: Vec<RefError>,
    /// Errors past [`MAX_ROW_ERRORS`].
    more: usize,
    rows_read: usize,
    /// The source every point shares unless a row's says otherwise.
    constant_source: bool,
    /// The rows outgrew their columns ([`TableRows::push`]): reading stops.
    too_large: bool,
}

/// A template's text for rows: the same for all, or per row (`Rows`,
/// empty, filled a row at a time).
fn column_of(t: Option<&Template>) -> Column {
    match t {
        None => Column::Absent,
        Some(t) if t.is_constant() => Column::Same(t.expand(&[])),
        Some(_) => Column::Rows(Default::default()),
    }
}

impl<'a> Builder<'a> {
    fn new(shown: &'a str, mapping: &'a TableMapping) -> Builder<'a> {
        let rows = mapping.time.is_none().then(|| {
            let mut k = 0;
            let mut slots = |list: &[Template]| -> Vec<Slot> {
                list.iter()
                    .map(|t| {
                        if t.is_constant() {
                            Slot::Same(t.expand(&[]))
                        } else {
                            k += 1;
                            Slot::Row(k - 1)
                        }
                    })
                    .collect()
            };
            let lists = [
                slots(&mapping.all),
                slots(&mapping.any),
                slots(&mapping.none),
            ];
            let mut rows = TableRows::new(shown, mapping.tolerance, lists);
            rows.about = column_of(mapping.about.as_ref());
            rows.source = column_of(mapping.source.as_ref());
            rows
        });
        Builder {
            shown,
            mapping,
            facts: Vec::new(),
            rows,
            ids: hashbrown::HashTable::new(),
            hasher: hashbrown::DefaultHashBuilder::default(),
            buf: String::new(),
            unit_buf: String::new(),
            term_buf: String::new(),
            terms: Vec::new(),
            errors: Vec::new(),
            more: 0,
            rows_read: 0,
            constant_source: mapping.source.as_ref().is_none_or(Template::is_constant),
            too_large: false,
        }
    }

    fn error(&mut self, e: RefError) {
        if self.errors.len() < MAX_ROW_ERRORS {
            self.errors.push(e);
        } else {
            self.more += 1;
        }
    }

    /// Whether reading can stop: enough errors to show, and a count of
    /// the rest would say nothing more useful than "many".
    fn full(&self) -> bool {
        self.too_large || (self.errors.len() >= MAX_ROW_ERRORS && self.more >= 1000)
    }

    /// One row: its cells in [`TableMapping::columns`] order; `field_of`
    /// gives a mapped column's 1-based field number in the file.
    fn row(&mut self, line: usize, row: &[&str], field_of: &dyn Fn(usize) -> usize) {
        self.rows_read += 1;
        let m = self.mapping;
        let cell = |i: usize| row.get(i).copied().unwrap_or("").trim();
        let bad = |i: usize, msg: String| {
            RefError::new(
                self.shown,
                line,
                field_of(i),
                format!(
                    "column \"{}\": {msg}",
                    m.columns.get(i).map_or("", String::as_str)
                ),
            )
        };
        m.id.expand_into(row, &mut self.buf);
        if self.buf.trim().is_empty() {
            let e = RefError::new(
                self.shown,
                line,
                1,
                format!("empty id from \"{}\"", m.id.text),
            );
            self.error(e);
            return;
        }
        let value_text = cell(m.value);
        if value_text.is_empty() {
            let e = bad(m.value, "empty value".to_owned());
            self.error(e);
            return;
        }
        let figure = match parse_figure_text(value_text) {
            Ok(f) => f,
            Err(msg) => {
                let e = bad(m.value, msg);
                self.error(e);
                return;
            }
        };
        let time = match m.time {
            Some(t) => match parse_point_time(cell(t)) {
                Ok(d) => Some(d),
                Err(msg) => {
                    let e = bad(t, msg);
                    self.error(e);
                    return;
                }
            },
            None => None,
        };
        let unit = match &m.unit {
            Some(u) => {
                u.expand_into(row, &mut self.unit_buf);
                Some(self.unit_buf.as_str())
            }
            None => None,
        };
        let unit = match (unit, figure.percent) {
            (Some(u), _) if !u.is_empty() => Some(u),
            (_, true) => Some("percent"),
            _ => None,
        };
        let id = self.buf.as_str();
        let hash = self.hasher.hash_one(id);
        let (facts, rows) = (&self.facts, &self.rows);
        let id_of = |i: usize| match rows {
            Some(r) => r.id(i),
            None => facts.get(i).map(|f| f.id.as_str()),
        };
        let known = self
            .ids
            .find(hash, |&(h, i)| h == hash && id_of(i) == Some(id))
            .map(|&(_, i)| i);
        if let Some(index) = known {
            let first_line = match rows {
                Some(r) => r.line(index),
                None => facts.get(index).map(|f| f.origin.line),
            }
            .unwrap_or(0);
            let (Some(at), Some(fact)) = (time, self.facts.get_mut(index)) else {
                let e = RefError::new(
                    self.shown,
                    line,
                    1,
                    format!("duplicate id \"{id}\" (first given by row {first_line}); a time column makes such rows one series"),
                );
                self.error(e);
                return;
            };
            if fact.unit.as_deref() != unit {
                let (was, now) = (
                    fact.unit.clone().unwrap_or_default(),
                    unit.unwrap_or_default(),
                );
                let e = RefError::new(
                    self.shown,
                    line,
                    1,
                    format!("unit \"{now}\" differs from \"{was}\" of the row {first_line} of id \"{id}\""),
                );
                self.error(e);
                return;
            }
            let source = if self.constant_source {
                None
            } else {
                m.source
                    .as_ref()
                    .map(|s| s.expand(row))
                    .filter(|s| Some(s) != fact.source.as_ref())
            };
            let value = super::forms::ValueField {
                value: RefValue::Exact(figure.value),
                text: figure.text,
                percent: figure.percent,
            };
            fact.series.push(point(&at, &value, None, source));
            return;
        }
        let index = match &mut self.rows {
            Some(rows) => {
                // The row's column terms, each list's in order.
                let mut n = 0;
                let mut positive = 0;
                for (list, templates) in [&m.all, &m.any, &m.none].into_iter().enumerate() {
                    for t in templates {
                        let blank = if t.is_constant() {
                            t.parts_blank()
                        } else {
                            if self.terms.len() <= n {
                                self.terms.push(String::new());
                            }
                            let Some(out) = self.terms.get_mut(n) else {
                                continue;
                            };
                            t.expand_into(row, out);
                            n += 1;
                            out.trim().is_empty()
                        };
                        if list < 2 && !blank {
                            positive += 1;
                        }
                    }
                }
                if positive == 0 {
                    let e = RefError::new(
                        self.shown,
                        line,
                        1,
                        format!("id \"{id}\": its match terms are all empty in this row"),
                    );
                    self.error(e);
                    return;
                }
                let terms: Vec<&str> = self.terms.iter().take(n).map(String::as_str).collect();
                // Only a per-row column needs the row's text.
                let per_row = |t: &Option<Template>| {
                    t.as_ref()
                        .filter(|t| !t.is_constant())
                        .map(|t| t.expand(row))
                };
                let about = per_row(&m.about);
                let source = per_row(&m.source);
                let pushed = rows.push(
                    id,
                    figure.value,
                    &figure.text,
                    unit,
                    line,
                    &terms,
                    about.as_deref(),
                    source.as_deref(),
                );
                if let Err(msg) = pushed {
                    let e = RefError::new(self.shown, line, 1, msg);
                    self.error(e);
                    // Nothing more fits: stop reading.
                    self.too_large = true;
                    return;
                }
                rows.len() - 1
            }
            None => {
                let buf = &mut self.term_buf;
                let mut expand_all = |list: &[Template]| -> Vec<String> {
                    let mut terms = Vec::with_capacity(list.len());
                    for t in list {
                        t.expand_into(row, buf);
                        if !buf.trim().is_empty() {
                            terms.push(buf.as_str().to_owned());
                        }
                    }
                    terms
                };
                let unit = unit.map(str::to_owned);
                let matcher = MatchSpec {
                    all: expand_all(&m.all),
                    any: expand_all(&m.any),
                    none: expand_all(&m.none),
                };
                if matcher.all.is_empty() && matcher.any.is_empty() {
                    let e = RefError::new(
                        self.shown,
                        line,
                        1,
                        format!("id \"{id}\": its match terms are all empty in this row"),
                    );
                    self.error(e);
                    return;
                }
                let value = super::forms::ValueField {
                    value: RefValue::Exact(figure.value),
                    text: figure.text,
                    percent: figure.percent,
                };
                let series = match time {
                    Some(at) => vec![point(&at, &value, None, None)],
                    None => Vec::new(),
                };
                self.facts.push(Fact {
                    id: id.to_owned(),
                    about: m.about.as_ref().map(|a| a.expand(row)),
                    value: value.value,
                    value_text: value.text,
                    unit,
                    tolerance: m.tolerance,
                    as_of: None,
                    source: m.source.as_ref().map(|s| s.expand(row)),
                    matcher,
                    examples: Examples::default(),
                    origin: Origin {
                        file: self.shown.to_owned(),
                        line,
                    },
                    series,
                });
                self.facts.len() - 1
            }
        };
        self.ids.insert_unique(hash, (hash, index), |&(h, _)| h);
    }

    fn finish(mut self) -> TableFacts {
        for fact in &mut self.facts {
            if fact.series.is_empty() {
                continue;
            }
            if let Err(msg) = super::forms::order_series(&mut fact.series) {
                let e = RefError::new(
                    self.shown,
                    fact.origin.line,
                    1,
                    format!("id \"{}\": {msg}", fact.id),
                );
                if self.errors.len() < MAX_ROW_ERRORS {
                    self.errors.push(e);
                } else {
                    self.more += 1;
                }
                continue;
            }
            fact.series.shrink_to_fit();
            latest_as_value(fact);
        }
        self.facts.shrink_to_fit();
        if self.more > 0 {
            let more = self.more;
            self.errors.push(RefError::whole_file(
                self.shown,
                format!("and {more} more errors in this table"),
            ));
        }
        drop(self.ids);
        let mut facts = Facts::from(self.facts);
        if let Some(mut rows) = self.rows {
            rows.shrink_to_fit();
            facts.push_rows(rows);
        }
        TableFacts {
            facts,
            errors: self.errors,
            rows: self.rows_read,
        }
    }
}

/// Give a series fact its latest point's value and time as `value` and
/// `as_of`, for everything that reads a fact as one figure.
pub(crate) fn latest_as_value(fact: &mut Fact) {
    if let Some(last) = fact.series.last() {
        fact.value = last.value;
        fact.value_text = last.value_text();
        fact.as_of = Some(last.date());
    }
}

/// Whether a value's text says no more than its plain decimal ("28.801").
pub fn plain_number_text(text: &str) -> bool {
    super::forms::plain_decimal(text)
}

/// A table path written in a reference file, resolved against that file's
/// directory; returns the path to open and the name errors show.
pub fn resolve(reference_file: &str, table: &str) -> (PathBuf, String) {
    let t = Path::new(table);
    if t.is_absolute() {
        return (t.to_path_buf(), table.to_owned());
    }
    let base = Path::new(reference_file)
        .parent()
        .unwrap_or_else(|| Path::new(""));
    let joined = base.join(t);
    let shown = joined.display().to_string();
    (joined, shown)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn mapping(id: &str, value: &str, time: Option<&str>) -> TableMapping {
        TableMapping::new(&MappingText {
            id: id.into(),
            value: value.into(),
            unit: Some("people".into()),
            time: time.map(Into::into),
            source: Some("Test data".into()),
            all: vec!["{country}".into(), "population".into()],
            ..MappingText::default()
        })
        .unwrap()
    }

    fn read(text: &str, name: &str, m: &TableMapping) -> Result<TableFacts, ReadError> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        fs::write(&path, text).unwrap();
        read_table(&path, name, TableFormat::of_path(&path), m)
    }

    #[test]
    fn templates_name_columns_and_keep_braces() {
        let mut cols = Vec::new();
        let t = Template::parse("{country}/{{x}}/{ year }", &mut cols).unwrap();
        assert_eq!(cols, vec!["country", "year"]);
        assert_eq!(t.expand(&["Italy", "2007"]), "Italy/{x}/2007");
        assert!(Template::parse("{country", &mut cols).is_err());
        assert!(Template::parse("a}b", &mut cols).is_err());
        assert!(Template::parse("{}", &mut cols).is_err());
        assert!(Template::parse("plain", &mut cols).unwrap().is_constant());
    }

    #[test]
    fn rows_sharing_an_id_become_one_sorted_series() {
        let m = mapping("{country}/population", "pop", Some("year"));
        let csv =
            "country,year,pop\nItaly,2007,58147733\nItaly,1952,47666000\nChad,2007,10238807\n";
        let t = read(csv, "t.csv", &m).unwrap();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        assert_eq!(t.rows, 3);
        let italy = t.facts.get(0).unwrap();
        assert_eq!(italy.id, "Italy/population");
        assert_eq!(italy.series.len(), 2);
        assert_eq!(italy.series[0].time_text(), "1952");
        assert_eq!(italy.value, RefValue::Exact(58147733.0));
        assert_eq!(italy.as_of.as_ref().unwrap().text, "2007");
        assert_eq!(italy.matcher.all, vec!["Italy", "population"]);
        assert_eq!(italy.origin.line, 2);
        assert_eq!(t.facts.get(1).unwrap().id, "Chad/population");
    }

    #[test]
    fn json_lines_read_like_csv() {
        let m = mapping("{country}/population", "pop", Some("year"));
        let jsonl = "{\"country\": \"Italy\", \"year\": 2007, \"pop\": 58147733}\n\n{\"country\": \"Italy\", \"year\": \"1952\", \"pop\": \"47.7 million\"}\n";
        let t = read(jsonl, "t.jsonl", &m).unwrap();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        let p = &t.facts.get(0).unwrap().series;
        assert_eq!(p[0].value, RefValue::Exact(47.7e6));
        assert_eq!(p[0].value_text(), "47.7 million");
    }

    #[test]
    fn errors_name_file_row_and_column() {
        let m = mapping("{country}/population", "pop", Some("year"));
        let csv = "country,year,pop\nItaly,2007,lots\nItaly,20x7,5\nItaly,1952\nItaly,1952,\nChad,2007,1\nChad,2007,2\n";
        let t = read(csv, "t.csv", &m).unwrap();
        let shown: Vec<String> = t.errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            vec![
                "t.csv:2:3: column \"pop\": cannot read value \"lots\": expected a number such as 900, \"7.7 million\", \"8,000,000\", \"12%\" or {min, max}",
                "t.csv:3:2: column \"year\": cannot read time \"20x7\": a series point is keyed by a day, month, quarter or year (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)",
                "t.csv:4:1: row has 2 columns; the header has 3",
                "t.csv:5:3: column \"pop\": empty value",
                "t.csv:6:1: id \"Chad/population\": two values for 2007",
            ]
        );
        let missing = read("country,year,population\n", "t.csv", &m).unwrap_err();
        assert_eq!(
            missing,
            ReadError::Mapping(MappingError {
                field: "value",
                message:
                    "table t.csv has no column \"pop\" (its columns: country, year, population)"
                        .into()
            })
        );
    }

    /// A table with no time column keeps its rows in columns; each row
    /// made into a fact is the fact the mapping describes, field by field,
    /// and the index built from the rows is the one built from the facts.
    #[test]
    fn rows_kept_in_columns_make_the_facts_the_mapping_says() {
        let m = TableMapping::new(&MappingText {
            id: "{country}/pop".into(),
            value: "pop".into(),
            unit: Some("{unit}".into()),
            about: Some("{note}".into()),
            source: Some("Census {src}".into()),
            tolerance: Some(Tolerance::Relative(0.05)),
            all: vec!["{country}".into(), "population".into(), " ".into()],
            any: vec!["{note}".into()],
            none: vec!["{country} island".into()],
            ..MappingText::default()
        })
        .unwrap();
        let csv = "country,pop,unit,note,src\nItaly,7.7 million,people, capital ,2020\nChad,12%,,,2021\n\"C\u{f4}te d'Ivoire\",900,troops,x,\n";
        let t = read(csv, "t.csv", &m).unwrap();
        assert!(t.errors.is_empty(), "{:?}", t.errors);
        assert_eq!(t.facts.len(), 3);
        let want = |id: &str, value: f64, text: &str, unit: Option<&str>, line: usize| Fact {
            id: id.into(),
            about: None,
            value: RefValue::Exact(value),
            value_text: text.into(),
            unit: unit.map(Into::into),
            tolerance: Some(Tolerance::Relative(0.05)),
            as_of: None,
            source: None,
            matcher: MatchSpec::default(),
            examples: Examples::default(),
            origin: Origin {
                file: "t.csv".into(),
                line,
            },
            series: Vec::new(),
        };
        let s = |v: &[&str]| v.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let mut italy = want("Italy/pop", 7.7e6, "7.7 million", Some("people"), 2);
        italy.about = Some("capital".into());
        italy.source = Some("Census 2020".into());
        italy.matcher = MatchSpec {
            all: s(&["Italy", "population"]),
            any: s(&["capital"]),
            none: s(&["Italy island"]),
        };
        let mut chad = want("Chad/pop", 12.0, "12%", Some("percent"), 3);
        chad.about = Some(String::new());
        chad.source = Some("Census 2021".into());
        chad.matcher = MatchSpec {
            all: s(&["Chad", "population"]),
            any: Vec::new(),
            none: s(&["Chad island"]),
        };
        let mut ci = want("C\u{f4}te d'Ivoire/pop", 900.0, "900", Some("troops"), 4);
        ci.about = Some("x".into());
        ci.source = Some("Census ".into());
        ci.matcher = MatchSpec {
            all: s(&["C\u{f4}te d'Ivoire", "population"]),
            any: s(&["x"]),
            none: s(&["C\u{f4}te d'Ivoire island"]),
        };
        let wanted = [italy, chad, ci];
        for (i, w) in wanted.iter().enumerate() {
            assert_eq!(t.facts.get(i).as_deref(), Some(w), "row {i}");
            assert_eq!(t.facts.id(i), Some(w.id.as_str()));
            assert_eq!(t.facts.source(i), w.source.as_deref());
        }
        assert!(t.facts.get(3).is_none() && t.facts.id(3).is_none());
        let made: Vec<Fact> = t.facts.iter().map(|f| f.into_owned()).collect();
        assert_eq!(made, wanted);
        assert_eq!(
            t.facts.ids().collect::<Vec<_>>(),
            ["Italy/pop", "Chad/pop", "C\u{f4}te d'Ivoire/pop"]
        );
        let from_rows = crate::reference::TermIndex::build_set(&t.facts, &[]);
        let from_facts = crate::reference::TermIndex::build(&wanted, &[]);
        assert_eq!(from_rows.len(), from_facts.len());
        for term in 0..from_facts.len() + 1 {
            assert_eq!(from_rows.term(term), from_facts.term(term));
            assert_eq!(from_rows.postings(term), from_facts.postings(term));
            assert_eq!(from_rows.anchors(term), from_facts.anchors(term));
        }
        assert_eq!(t.facts.into_vec(), wanted);
    }

    /// Rows and facts in one list keep their load order, and a table's
    /// rows behind YAML facts are numbered after them.
    #[test]
    fn facts_and_rows_share_one_numbering() {
        let m = mapping("{country}/population", "pop", None);
        let t = read("country,pop\nItaly,1\nChad,2\n", "t.csv", &m).unwrap();
        let mut facts = Facts::new();
        let mut yaml = t.facts.get(0).unwrap().into_owned();
        yaml.id = "yaml".into();
        facts.push(yaml.clone());
        facts.append(t.facts);
        facts.push(yaml.clone());
        assert_eq!(facts.len(), 4);
        assert_eq!(
            facts.ids().collect::<Vec<_>>(),
            ["yaml", "Italy/population", "Chad/population", "yaml"]
        );
        assert_eq!(facts.get(2).unwrap().value, RefValue::Exact(2.0));
        assert_eq!(facts.iter().count(), 4);
        assert_eq!(facts.terms().count(), 4);
    }

    #[test]
    fn row_errors_are_bounded() {
        let m = mapping("{country}/population", "pop", None);
        let mut csv = String::from("country,pop\n");
        for i in 0..5000 {
            csv.push_str(&format!("c{i},x\n"));
        }
        let t = read(&csv, "t.csv", &m).unwrap();
        assert_eq!(t.errors.len(), MAX_ROW_ERRORS + 1);
        assert!(t.errors[MAX_ROW_ERRORS]
            .message
            .starts_with("and 1000 more errors"));
    }
}
