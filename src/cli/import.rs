//! `factlint refs import FILE`: a table written out as plain YAML facts,
//! for teams that review reference data in the repository; and
//! `factlint refs draft TABLE`: a `tables:` mapping proposed from a
//! table's header, to be filled in.
//!
//! The mapping is the one a `tables:` entry gives (see
//! [`crate::reference::table`]), here from the command line. The YAML
//! written is loaded back before it is written, so what `import` writes
//! is reference data `check` accepts.

use std::path::{Path, PathBuf};

use clap::Args;
use serde::Serialize;
use serde_yaml::{Mapping, Value};

use super::{emit, eprint_all};
use crate::reference::model::{Fact, RefValue, SeriesPoint};
use crate::reference::table::{
    read_table, MappingText, ReadError, TableFormat, TableMapping, MAX_ROW_ERRORS,
};

/// `refs import`'s arguments.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The table: CSV with a header row, or JSON lines (`.jsonl`).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Each row's fact id, from its columns: "{country}/population".
    #[arg(long, value_name = "TEMPLATE")]
    pub id: String,
    /// The column that holds the value.
    #[arg(long, value_name = "COLUMN")]
    pub value: String,
    /// The unit: a constant ("people") or a column ("{unit}").
    #[arg(long, value_name = "UNIT")]
    pub unit: Option<String>,
    /// The column that holds the time (a year, month, quarter or day):
    /// rows sharing an id become one series.
    #[arg(long, value_name = "COLUMN")]
    pub time: Option<String>,
    /// A term every claim's sentence must hold, from the columns
    /// ("{country}"); repeatable.
    #[arg(long = "match", value_name = "TEMPLATE", required = true)]
    pub matches: Vec<String>,
    /// Where the figures come from (a constant, or "{column}").
    #[arg(long, value_name = "TEXT")]
    pub source: Option<String>,
    /// csv or jsonl (default: from the file's extension).
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<String>,
    /// Write the YAML to a file instead of stdout.
    #[arg(long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Serialize)]
struct Out {
    facts: Vec<OutFact>,
}

#[derive(Serialize)]
struct OutMatch {
    all: Vec<String>,
}

#[derive(Serialize)]
struct OutFact {
    id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(rename = "match")]
    matcher: OutMatch,
    #[serde(skip_serializing_if = "Option::is_none")]
    values: Option<Mapping>,
}

/// A figure as YAML writes it: an integer, a decimal, or the text as the
/// table wrote it ("58.1 million").
fn figure(value: RefValue, text: Option<&str>) -> Value {
    match (text, value) {
        (Some(t), _) => Value::String(t.to_owned()),
        (None, RefValue::Exact(v)) if v.fract() == 0.0 && v.abs() < 9e15 => {
            Value::Number((v as i64).into())
        }
        (None, RefValue::Exact(v)) => Value::Number(v.into()),
        (None, RefValue::Range { min, max }) => {
            let mut m = Mapping::new();
            m.insert("min".into(), Value::Number(min.into()));
            m.insert("max".into(), Value::Number(max.into()));
            Value::Mapping(m)
        }
    }
}

fn point_value(p: &SeriesPoint) -> Value {
    let v = figure(p.value, p.value_text.as_deref());
    match &p.source {
        None => v,
        Some(source) => {
            let mut m = Mapping::new();
            m.insert("value".into(), v);
            m.insert("source".into(), Value::String(source.to_string()));
            Value::Mapping(m)
        }
    }
}

fn out_fact(f: Fact) -> OutFact {
    let plain = crate::reference::table::plain_number_text(&f.value_text);
    let (value, values) = if f.series.is_empty() {
        (
            Some(figure(f.value, (!plain).then_some(f.value_text.as_str()))),
            None,
        )
    } else {
        let mut m = Mapping::new();
        for p in &f.series {
            m.insert(Value::String(p.time_text()), point_value(p));
        }
        (None, Some(m))
    };
    OutFact {
        id: f.id,
        value,
        unit: f.unit,
        source: f.source,
        matcher: OutMatch { all: f.matcher.all },
        values,
    }
}

/// Run `refs import`; returns the exit status.
pub fn run(args: ImportArgs) -> u8 {
    match import(&args) {
        Ok(text) => match emit(&text, args.output.as_ref()) {
            Ok(()) => 0,
            Err(e) => {
                eprint_all(&[format!("error: {e}")]);
                2
            }
        },
        Err(messages) => {
            eprint_all(&messages);
            2
        }
    }
}

/// The YAML for `args`, or the errors to show.
fn import(args: &ImportArgs) -> Result<String, Vec<String>> {
    let one = |m: String| vec![format!("error: {m}")];
    if let Some(out) = &args.output {
        let same = std::fs::canonicalize(out)
            .ok()
            .zip(std::fs::canonicalize(&args.file).ok())
            .is_some_and(|(a, b)| a == b);
        if same {
            return Err(one(format!(
                "--output {} is the table itself",
                out.display()
            )));
        }
    }
    let shown = args.file.display().to_string();
    let format = match args.format.as_deref().map(TableFormat::parse) {
        None => TableFormat::of_path(&args.file),
        Some(Ok(f)) => f,
        Some(Err(m)) => return Err(one(m)),
    };
    let text = MappingText {
        id: args.id.clone(),
        value: args.value.clone(),
        unit: args.unit.clone(),
        time: args.time.clone(),
        source: args.source.clone(),
        all: args.matches.clone(),
        ..MappingText::default()
    };
    let mapping =
        TableMapping::new(&text).map_err(|e| one(format!("--{}: {}", e.field, e.message)))?;
    let table = match read_table(&args.file, &shown, format, &mapping) {
        Ok(t) => t,
        Err(ReadError::File(e)) => return Err(one(e.to_string())),
        Err(ReadError::Mapping(e)) => return Err(one(format!("--{}: {}", e.field, e.message))),
    };
    if !table.errors.is_empty() {
        return Err(table.errors.iter().map(|e| format!("error: {e}")).collect());
    }
    if table.facts.is_empty() {
        return Err(one(format!("{shown}: no rows")));
    }
    let out = Out {
        facts: table.facts.into_vec().into_iter().map(out_fact).collect(),
    };
    let yaml = serde_yaml::to_string(&out).map_err(|e| one(e.to_string()))?;
    let header = format!(
        "# Imported by `factlint refs import` from {shown}.\n# Edit the table and import again rather than editing here.\n"
    );
    let yaml = header + &yaml;
    // What is written must load: units and ids are checked as `check` would.
    let name = args
        .output
        .as_ref()
        .map_or_else(|| "<import>".to_owned(), |p| p.display().to_string());
    if let Err(errors) = crate::reference::load_sources(&[(name, yaml.clone())]) {
        let mut shown: Vec<String> = errors
            .iter()
            .take(MAX_ROW_ERRORS)
            .map(|e| format!("error: the imported facts do not load: {e}"))
            .collect();
        if errors.len() > MAX_ROW_ERRORS {
            shown.push(format!("error: and {} more", errors.len() - MAX_ROW_ERRORS));
        }
        return Err(shown);
    }
    Ok(yaml)
}

/// Whether `refs draft` reads `path` as a table rather than an article.
pub fn is_table(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .is_some_and(|e| matches!(e.as_str(), "csv" | "jsonl" | "ndjson"))
}

/// A table's path as a `tables:` entry in `output` names it: `file:` is
/// read relative to the reference file, so relative to the output's
/// directory when the table is under it, else absolute; as given when the
/// draft goes to stdout (the header comment says where it is read from).
fn table_name(path: &Path, output: Option<&PathBuf>) -> String {
    let Some(out) = output else {
        return path.display().to_string();
    };
    let table = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = out
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let dir = std::fs::canonicalize(&dir).unwrap_or(dir);
    match table.strip_prefix(&dir) {
        Ok(rel) => rel.display().to_string(),
        Err(_) => table.display().to_string(),
    }
}

/// `refs draft` on tables: a `tables:` entry per table, proposed from its
/// header and first row.
pub fn run_draft(paths: &[PathBuf], output: Option<&PathBuf>) -> u8 {
    let mut tables = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        match crate::reference::draft::table_header(path) {
            Ok((header, first)) => tables.push((table_name(path, output), header, first)),
            Err(e) => errors.push(format!("error: {e}")),
        }
    }
    if !errors.is_empty() {
        eprint_all(&errors);
        return 2;
    }
    let text = crate::reference::draft::draft_tables(&tables);
    match emit(&text, output) {
        Ok(()) => 0,
        Err(e) => {
            eprint_all(&[format!("error: {e}")]);
            2
        }
    }
}
