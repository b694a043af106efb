//! Stage 1 — **document**: load an article, find its date, decide what is
//! prose, and cut it into sentences and clauses.

pub mod lines;
pub mod prose;
pub mod segment;

use std::path::Path;

use chrono::NaiveDate;

use crate::extract::claim::Span;
pub use lines::LineIndex;
pub use segment::Sentence;

/// The kinds of file factlint reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
}

impl Format {
    /// The format for a path, by extension; `None` for files factlint skips.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// Where the article date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateSource {
    CommandLine,
    FrontMatter,
    HeaderLine,
}

/// A loaded article, ready for extraction.
#[derive(Debug, Clone)]
pub struct Document {
    /// The path as the user gave it (or the stdin name).
    pub path: String,
    /// The text, decoded (lossily if it was not UTF-8).
    pub text: String,
    /// `text` with every non-prose byte blanked to a space: same length,
    /// same offsets.
    pub prose: String,
    pub format: Format,
    /// The anchor for relative dates; `None` leaves them unresolved.
    pub date: Option<NaiveDate>,
    pub date_source: Option<DateSource>,
    pub sentences: Vec<Sentence>,
    pub lines: LineIndex,
    /// Problems that did not stop the load (invalid UTF-8 …).
    pub warnings: Vec<String>,
    /// The rule ids front matter turns off for the whole document
    /// (`factlint: {ignore: [ID…]}`), when it says so.
    pub ignored_rules: Option<Vec<String>>,
    /// Which currency each shared sign stands for, as the front matter's
    /// `currency:` says ("$" → AUD); see [`crate::extract::currency`].
    pub currencies: crate::extract::currency::Currencies,
    /// The month (1..=12) the article's fiscal years start in, as the
    /// front matter's `fiscal_year:` says ("july"); it wins over the
    /// configuration's.
    pub fiscal_start: Option<u32>,
}

/// Why a file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The file looks binary; it is skipped with a note.
    Binary,
    Io(String),
}

impl Document {
    /// Read and prepare a file. `date` (from `--date`) wins over the file's own.
    pub fn load(path: &Path, date: Option<NaiveDate>) -> Result<Document, LoadError> {
        let bytes = std::fs::read(path).map_err(|e| LoadError::Io(e.to_string()))?;
        let format = Format::from_path(path).unwrap_or(Format::Text);
        Document::from_vec(&path.display().to_string(), bytes, format, date)
    }

    /// [`Document::from_bytes`] taking the bytes: valid UTF-8 becomes the
    /// text without a copy, so a large file is not held twice.
    pub fn from_vec(
        path: &str,
        bytes: Vec<u8>,
        format: Format,
        date: Option<NaiveDate>,
    ) -> Result<Document, LoadError> {
        if looks_binary(&bytes) {
            return Err(LoadError::Binary);
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Document::from_text(path, text, format, date, Vec::new())),
            Err(e) => Document::from_bytes(path, e.as_bytes(), format, date),
        }
    }

    /// Prepare an article from bytes (stdin, tests).
    pub fn from_bytes(
        path: &str,
        bytes: &[u8],
        format: Format,
        date: Option<NaiveDate>,
    ) -> Result<Document, LoadError> {
        if looks_binary(bytes) {
            return Err(LoadError::Binary);
        }
        let mut warnings = Vec::new();
        let text = match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                warnings.push(format!(
                    "{path}: not valid UTF-8; invalid bytes were replaced with U+FFFD"
                ));
                String::from_utf8_lossy(bytes).into_owned()
            }
        };
        Ok(Document::from_text(path, text, format, date, warnings))
    }

    /// Prepare an article from text.
    pub fn from_text(
        path: &str,
        text: String,
        format: Format,
        date: Option<NaiveDate>,
        mut warnings: Vec<String>,
    ) -> Document {
        let mut masked = text.as_bytes().to_vec();
        // A byte-order mark is not prose.
        if text.starts_with('\u{feff}') {
            prose::blank(&mut masked, 0, 3);
        }
        let mut found_date = None;
        let mut body_start = 0;
        let mut ignored_rules = None;
        let mut currencies = crate::extract::currency::Currencies::default();
        let mut fiscal_start = None;
        if let Some((fm_end, fm_date, meta)) = front_matter(&text) {
            prose::blank(&mut masked, 0, fm_end);
            body_start = fm_end;
            ignored_rules = meta.ignore;
            match crate::extract::currency::Currencies::decide(&meta.currency) {
                Ok(c) => currencies = c,
                Err(e) => warnings.push(format!("{path}: front matter: {e}; not used")),
            }
            if let Some(m) = meta.fiscal_year {
                fiscal_start = crate::time::month_from_name(&m);
                if fiscal_start.is_none() {
                    warnings.push(format!(
                        "{path}: front matter: fiscal_year {m:?} is not a month (january … december); not used"
                    ));
                }
            }
            match fm_date {
                FrontMatterDate::Found(d) => found_date = Some((d, DateSource::FrontMatter)),
                FrontMatterDate::None => {}
                FrontMatterDate::TooDeep => warnings.push(format!(
                    "{path}: front matter nests deeper than {FRONT_MATTER_NESTING_MAX} levels; its date was not read"
                )),
            }
        }
        if let Some((start, end, d)) = header_date(&text, body_start) {
            prose::blank(&mut masked, start, end);
            if found_date.is_none() {
                found_date = Some((d, DateSource::HeaderLine));
            }
        }
        if format == Format::Markdown {
            prose::blank_markdown(&text, &mut masked, body_start);
        }
        prose::blank_urls(&text, &mut masked);
        // Blanking only ever writes ASCII over whole characters or ASCII.
        let prose = String::from_utf8(masked)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        let (date, date_source) = match (date, found_date) {
            (Some(d), _) => (Some(d), Some(DateSource::CommandLine)),
            (None, Some((d, src))) => (Some(d), Some(src)),
            (None, None) => (None, None),
        };
        let sentences = segment::sentences(&prose);
        let lines = LineIndex::new(&text);
        Document {
            path: path.to_owned(),
            text,
            prose,
            format,
            date,
            date_source,
            sentences,
            lines,
            warnings,
            ignored_rules,
            currencies,
            fiscal_start,
        }
    }

    /// The text of a span (empty if the span is out of range).
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    /// 1-based line and column of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        self.lines.position(&self.text, offset)
    }

    /// The index of the sentence holding `offset`.
    pub fn sentence_index(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        self.sentences
            .get(i)
            .filter(|s| s.span.start <= offset)
            .map(|_| i)
    }
}

/// NUL bytes in the first 8 KiB mean a binary file, as git and ripgrep decide.
fn looks_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, bytes.get(..8192).unwrap_or(bytes)).is_some()
}

/// What the front matter says of the article's date.
enum FrontMatterDate {
    Found(NaiveDate),
    None,
    /// Not parsed: it nests too deep (see [`FRONT_MATTER_NESTING_MAX`]).
    TooDeep,
}

/// Front matter whose flow collections (`[`, `{`) nest deeper than this is
/// not parsed for a date: serde_yaml is quadratic on deep nesting (50 KB of
/// `[` took 2.7 s, 100 KB 36 s; DESIGN, "Bad input"). Real front matter
/// nests a level or two.
const FRONT_MATTER_NESTING_MAX: usize = 64;

/// Whether flow collections in `yaml` nest deeper than `limit`. Brackets
/// in quotes count too: an overestimate only ever skips a parse.
fn flow_nesting_exceeds(yaml: &str, limit: usize) -> bool {
    let mut depth = 0usize;
    for b in yaml.bytes() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    false
}

/// YAML front matter `---\n … \n---`, parsed once: its end offset, its
/// `date:` or `published:`, and the rules its `factlint: {ignore: …}`
/// turns off.
fn front_matter(text: &str) -> Option<(usize, FrontMatterDate, FrontMatterMeta)> {
    let body = text.strip_prefix('\u{feff}').unwrap_or(text);
    let offset = text.len() - body.len();
    let rest = body
        .strip_prefix("---\n")
        .or_else(|| body.strip_prefix("---\r\n"))?;
    let head = offset + (body.len() - rest.len());
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            let yaml = rest.get(..at).unwrap_or("");
            let end = head + at + line.len();
            if flow_nesting_exceeds(yaml, FRONT_MATTER_NESTING_MAX) {
                return Some((end, FrontMatterDate::TooDeep, FrontMatterMeta::default()));
            }
            let value: Option<serde_yaml::Value> = serde_yaml::from_str(yaml).ok();
            let date = value
                .as_ref()
                .and_then(front_matter_date)
                .map_or(FrontMatterDate::None, FrontMatterDate::Found);
            let meta = FrontMatterMeta {
                ignore: value.as_ref().and_then(front_matter_ignores),
                currency: value
                    .as_ref()
                    .map(front_matter_currency)
                    .unwrap_or_default(),
                fiscal_year: value.as_ref().and_then(front_matter_fiscal_year),
            };
            return Some((end, date, meta));
        }
        at += line.len();
    }
    None
}

fn front_matter_date(value: &serde_yaml::Value) -> Option<NaiveDate> {
    let map = value.as_mapping()?;
    for key in ["date", "published", "pubDate", "publishDate"] {
        if let Some(v) = map.get(key) {
            let s = match v {
                serde_yaml::Value::String(s) => s.clone(),
                other => serde_yaml::to_string(other).ok()?,
            };
            if let Some(d) = parse_leading_date(s.trim()) {
                return Some(d);
            }
        }
    }
    None
}

/// What else the front matter says to factlint.
#[derive(Debug, Default)]
struct FrontMatterMeta {
    /// `factlint: {ignore: …}`.
    ignore: Option<Vec<String>>,
    /// `currency: AUD` or `currency: [AUD, JPY]`.
    currency: Vec<String>,
    /// `fiscal_year: july` (or a month number).
    fiscal_year: Option<String>,
}

/// `fiscal_year: july` or `fiscal_year: 7`, as written.
fn front_matter_fiscal_year(value: &serde_yaml::Value) -> Option<String> {
    match value.get("fiscal_year")? {
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `currency: CODE` or `currency: [CODE…]`.
fn front_matter_currency(value: &serde_yaml::Value) -> Vec<String> {
    match value.get("currency") {
        Some(serde_yaml::Value::Sequence(items)) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        Some(serde_yaml::Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    }
}

/// `factlint: {ignore: [ID…]}` (or one id).
fn front_matter_ignores(value: &serde_yaml::Value) -> Option<Vec<String>> {
    match value.get("factlint")?.get("ignore")? {
        serde_yaml::Value::Sequence(items) => Some(
            items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
        ),
        serde_yaml::Value::String(s) => Some(vec![s.clone()]),
        _ => None,
    }
}

/// `2021-06-29`, `2021-06-29T10:00:00Z`, or a written date ("June 29, 2021").
fn parse_leading_date(s: &str) -> Option<NaiveDate> {
    if let Some(iso) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
            return Some(d);
        }
    }
    crate::extract::date::parse_full_date(s)
}

/// A leading header line `date 2021-06-29 …` or `Published: June 29, 2021`:
/// the span to blank and the date.
fn header_date(text: &str, from: usize) -> Option<(usize, usize, NaiveDate)> {
    let body = text.get(from..)?;
    let lead = body.len() - body.trim_start().len();
    let start = from + lead;
    let line = text.get(start..)?.lines().next()?;
    let lower = line.to_ascii_lowercase();
    for label in [
        "date:",
        "date",
        "published:",
        "published",
        "updated:",
        "dateline:",
    ] {
        if let Some(rest) = lower.strip_prefix(label) {
            if label == "date" && !rest.starts_with([' ', '\t']) {
                continue;
            }
            let value_off = line.len() - rest.len();
            let value = line.get(value_off..)?;
            let trimmed = value.trim_start();
            let value_start = start + value_off + (value.len() - trimmed.len());
            if let Some(iso) = trimmed.get(..10) {
                if let Ok(d) = NaiveDate::parse_from_str(iso, "%Y-%m-%d") {
                    return Some((start, value_start + 10, d));
                }
            }
            if let Some((len, d)) = crate::extract::date::full_date_prefix(trimmed) {
                return Some((start, value_start + len, d));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn header_line_date_is_found_and_blanked() {
        let doc = Document::from_text(
            "a.txt",
            " date 2021-06-29 This was the first time.".into(),
            Format::Text,
            None,
            vec![],
        );
        assert_eq!(doc.date, Some(d(2021, 6, 29)));
        assert_eq!(doc.date_source, Some(DateSource::HeaderLine));
        assert!(!doc.prose.contains("2021"));
        assert!(doc.prose.contains("This was"));
    }

    #[test]
    fn front_matter_date_and_blanking() {
        let text = "---\ntitle: X 900\ndate: 2022-03-04T10:00:00Z\n---\nBody 800 units.\n";
        let doc = Document::from_text("a.md", text.into(), Format::Markdown, None, vec![]);
        assert_eq!(doc.date, Some(d(2022, 3, 4)));
        assert!(!doc.prose.contains("900"));
        assert!(doc.prose.contains("Body 800 units."));
    }

    #[test]
    fn front_matter_fiscal_year() {
        let text = "---\ndate: 2023-02-01\nfiscal_year: July\n---\nIn 2023-24 the deficit falls.\n";
        let doc = Document::from_text("a.md", text.into(), Format::Markdown, None, vec![]);
        assert_eq!(doc.fiscal_start, Some(7));
        assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
        let claims = crate::extract::extract(&doc);
        let crate::extract::claim::ClaimKind::Date(c) = &claims[0].kind else {
            panic!("{claims:?}");
        };
        let i = c.interval.unwrap();
        assert_eq!((i.start, i.end), (d(2023, 7, 1), d(2024, 6, 30)));
        let text = "---\nfiscal_year: 4\n---\nx\n";
        let doc = Document::from_text("a.md", text.into(), Format::Markdown, None, vec![]);
        assert_eq!(doc.fiscal_start, Some(4));
        let text = "---\nfiscal_year: soon\n---\nx\n";
        let doc = Document::from_text("a.md", text.into(), Format::Markdown, None, vec![]);
        assert_eq!(doc.fiscal_start, None);
        assert!(
            doc.warnings[0].contains("fiscal_year \"soon\" is not a month"),
            "{:?}",
            doc.warnings
        );
    }

    #[test]
    fn deeply_nested_front_matter_is_blanked_but_not_parsed() {
        let text = format!(
            "---\ndate: 2022-03-04\nx: {}\n---\nBody 800 units.\n",
            "[".repeat(100_000)
        );
        let doc = Document::from_text("a.md", text, Format::Markdown, None, vec![]);
        assert_eq!(doc.date, None);
        assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
        assert!(doc.warnings.iter().all(|w| w.contains("nests deeper")));
        assert!(!doc.prose.contains('['));
        assert!(doc.prose.contains("Body 800 units."));
        // Nesting of real size is parsed.
        let text = "---\ndate: 2022-03-04\ntags: [[a, b], {c: [d]}]\n---\nBody.\n";
        let doc = Document::from_text("a.md", text.into(), Format::Markdown, None, vec![]);
        assert_eq!(doc.date, Some(d(2022, 3, 4)));
        assert!(doc.warnings.is_empty());
    }

    #[test]
    fn published_header() {
        let doc = Document::from_text(
            "a.txt",
            "Published: June 29, 2021\nText.".into(),
            Format::Text,
            None,
            vec![],
        );
        assert_eq!(doc.date, Some(d(2021, 6, 29)));
        assert!(!doc.prose.contains("2021"));
    }

    #[test]
    fn command_line_date_wins() {
        let doc = Document::from_text(
            "a.txt",
            "date 2021-06-29 x".into(),
            Format::Text,
            Some(d(2020, 1, 1)),
            vec![],
        );
        assert_eq!(doc.date, Some(d(2020, 1, 1)));
    }

    #[test]
    fn binary_and_invalid_utf8() {
        assert_eq!(
            Document::from_bytes("b", b"ab\0cd", Format::Text, None).unwrap_err(),
            LoadError::Binary
        );
        let doc = Document::from_bytes("u", b"over 800 \xff units", Format::Text, None).unwrap();
        assert_eq!(doc.warnings.len(), 1);
    }
}
