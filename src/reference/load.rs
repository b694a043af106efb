//! Reading reference files: the YAML schema (serde structs that refuse
//! unknown keys), directory walking, and validation into the model.
//!
//! Every problem becomes a [`RefError`] at `file:line:column`, and loading
//! collects all of them rather than stopping at the first, so one run of
//! `factlint refs check` shows everything to fix.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::hash::BuildHasher;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::error::RefError;
use super::facts::Facts;
use super::forms::{
    normalise_unit, order_series, DateField, SeriesField, Terms, ToleranceField, ValueField,
    UNIT_FORMS,
};
use super::locate::{nesting_violation, Chunk, ItemSite, Layout, Pos, Section};
use super::model::{Event, EventStatus, Examples, Fact, MatchSpec, Origin, Units};

/// Deeper nesting than this is refused before parsing (see DESIGN, "Bad
/// input": serde_yaml is quadratic on deeply nested flow collections).
pub const MAX_NESTING: usize = 64;

/// A reference file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    units: Option<BTreeMap<String, Option<Terms>>>,
    #[serde(default)]
    facts: Option<Vec<RawFact>>,
    #[serde(default)]
    events: Option<Vec<RawEvent>>,
    #[serde(default)]
    tables: Option<Vec<RawTable>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    id: String,
    #[serde(default)]
    about: Option<String>,
    #[serde(default)]
    value: Option<ValueField>,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    tolerance: Option<ToleranceField>,
    #[serde(default)]
    as_of: Option<DateField>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default, rename = "match")]
    matcher: Option<RawMatch>,
    #[serde(default)]
    examples: Examples,
    /// A series: time → value (see [`SeriesField`]).
    #[serde(default)]
    values: Option<SeriesField>,
}

/// A `tables:` entry: a CSV or JSON-lines file and how its columns map to
/// facts (see [`super::table`]).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTable {
    file: String,
    #[serde(default)]
    format: Option<String>,
    id: String,
    value: String,
    #[serde(default)]
    unit: Option<String>,
    #[serde(default)]
    time: Option<String>,
    #[serde(default)]
    about: Option<String>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    tolerance: Option<ToleranceField>,
    #[serde(default, rename = "match")]
    matcher: Option<RawMatch>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: String,
    #[serde(default)]
    about: Option<String>,
    date: DateField,
    #[serde(default)]
    status: Option<EventStatus>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default, rename = "match")]
    matcher: Option<RawMatch>,
    #[serde(default)]
    examples: Examples,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMatch {
    #[serde(default)]
    all: Option<Terms>,
    #[serde(default)]
    any: Option<Terms>,
    #[serde(default)]
    none: Option<Terms>,
}

/// One reference file, parsed and checked on its own (units and ids are
/// checked across files by [`assemble`]).
#[derive(Debug, Default)]
pub struct ParsedFile {
    /// The file's name as reported in errors and origins.
    pub file: String,
    /// Units declared in this file.
    pub units: Units,
    /// Facts with their units not yet resolved against all files' `units`.
    pub facts: Facts,
    pub events: Vec<Event>,
    /// Runs of facts written at one place: (the run's first fact, where
    /// their `id` is written, where their `unit` is written). A YAML fact
    /// is a run of one; a table's facts are one run.
    fact_runs: Vec<(usize, Pos, Pos)>,
    /// Per event, where its `id` is written.
    event_id_pos: Vec<Pos>,
}

/// Turn a serde_yaml error into a located [`RefError`]: the position from
/// `location()` (about the whole file when it has none, e.g. an alias
/// bomb: no invented 1:1) and the message
/// without serde_yaml's " at line N column M" and its `facts[0].value: `
/// path prefix, which the position already says.
pub(crate) fn yaml_error(file: &str, err: &serde_yaml::Error) -> RefError {
    let (line, column) = err.location().map_or((1, 1), |l| (l.line(), l.column()));
    let mut msg = err.to_string();
    let mark = format!(" at line {line} column {column}");
    if let Some(i) = msg.find(&mark) {
        msg.replace_range(i..i + mark.len(), "");
    }
    for section in ["facts", "events", "units", "tables"] {
        if msg.starts_with(section) {
            if let Some((prefix, rest)) = msg.split_once(": ") {
                if !prefix.contains(' ') {
                    msg = rest.to_owned();
                }
            }
            break;
        }
    }
    if err.location().is_none() {
        return RefError::whole_file(file, msg);
    }
    RefError::new(file, line, column, msg)
}

/// Parse and check one file's text. `file` names it in errors.
pub fn parse_str(file: &str, text: &str) -> Result<ParsedFile, Vec<RefError>> {
    match parse_checked(file, text) {
        (Some(parsed), errors) if errors.is_empty() => Ok(parsed),
        (_, errors) => Err(errors),
    }
}

/// Parse and check one file: the parsed file (`None` when the YAML itself
/// could not be read) and the problems found in it. A file with bad entries
/// is still returned so that cross-file checks (duplicate ids) see it too.
pub(crate) fn parse_checked(file: &str, text: &str) -> (Option<ParsedFile>, Vec<RefError>) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Both scans are linear and read-only; the nesting bound must hold
    // before serde_yaml sees the text.
    let (nesting, layout) = rayon::join(
        || nesting_violation(text, MAX_NESTING),
        || Layout::scan(text),
    );
    if let Some((line, column)) = nesting {
        return (None, vec![RefError::new(
            file,
            line,
            column,
            format!("nesting deeper than {MAX_NESTING} levels; refusing to parse (deeply nested YAML is too slow to parse safely)"),
        )]);
    }
    let raw: RawFile = match parse_raw(text, &layout, CHUNK_ITEMS) {
        Ok(raw) => raw,
        Err(e) => return (None, vec![yaml_error(file, &e)]),
    };
    let mut errors = Vec::new();
    let mut out = ParsedFile {
        file: file.to_owned(),
        ..ParsedFile::default()
    };

    // Units: name → lowercase synonyms.
    let units_line = layout.section_line("units").unwrap_or(1);
    for (name, syns) in raw.units.unwrap_or_default() {
        let name = name.trim().to_owned();
        let syns: Vec<String> = syns.map(|t| t.0).unwrap_or_default();
        if name.is_empty() {
            errors.push(RefError::new(file, units_line, 1, "empty unit name"));
            continue;
        }
        let mut clean = Vec::with_capacity(syns.len());
        // A set beside the list: a unit may have tens of thousands.
        let mut kept: HashSet<String> = HashSet::with_capacity(syns.len());
        for s in syns {
            let s = s.trim().to_lowercase();
            if s.is_empty() {
                errors.push(RefError::new(
                    file,
                    units_line,
                    1,
                    format!("empty synonym for unit \"{name}\""),
                ));
            } else if kept.insert(s.clone()) {
                clean.push(s);
            }
        }
        out.units.synonyms.insert(name, clean);
    }

    let fallback = |section: &str| (layout.section_line(section).unwrap_or(1), 1);

    // Facts. Sites are paired first (they borrow the ids), then the raw
    // items are moved into the model, not cloned.
    let raw_facts = raw.facts.unwrap_or_default();
    let ids: Vec<&str> = raw_facts.iter().map(|f| f.id.as_str()).collect();
    let sites = layout.sites(Section::Facts, &ids);
    drop(ids);
    out.facts.reserve(raw_facts.len());
    out.fact_runs.reserve(raw_facts.len());
    for (raw, site) in raw_facts.into_iter().zip(sites) {
        let id_pos = site.map_or(fallback("facts"), ItemSite::pos);
        let at = |path: &[&str]| site.and_then(|s| layout.field(s, path)).unwrap_or(id_pos);
        check_id(file, &raw.id, id_pos, &mut errors);
        let matcher = check_match(file, raw.matcher, id_pos, &at, &mut errors);
        let (value, series) = match (raw.value, raw.values) {
            (Some(v), None) => (v, Vec::new()),
            (None, Some(SeriesField(mut points))) => {
                if let Err(msg) = order_series(&mut points) {
                    let (l, c) = at(&["values"]);
                    errors.push(RefError::new(file, l, c, msg));
                }
                let percent = points
                    .iter()
                    .any(|p| p.value_text.as_deref().is_some_and(|t| t.ends_with('%')));
                let placeholder = ValueField {
                    value: super::model::RefValue::Exact(0.0),
                    text: String::new(),
                    percent,
                };
                (placeholder, points)
            }
            (Some(_), Some(_)) => {
                let (l, c) = at(&["values"]);
                errors.push(RefError::new(
                    file,
                    l,
                    c,
                    "a fact has one value or a series of values, not both",
                ));
                continue;
            }
            (None, None) => {
                errors.push(RefError::new(
                    file,
                    id_pos.0,
                    id_pos.1,
                    "missing field `value` (or `values` for a series)",
                ));
                continue;
            }
        };
        let unit = match (raw.unit, value.percent) {
            (Some(u), _) => Some(u),
            (None, true) => Some("percent".to_owned()),
            (None, false) => None,
        };
        let unit_pos = if unit.is_some() {
            at(&["unit"])
        } else {
            id_pos
        };
        out.fact_runs.push((out.facts.len(), id_pos, unit_pos));
        let mut fact = Fact {
            id: raw.id,
            about: raw.about,
            value: value.value,
            value_text: value.text,
            unit,
            tolerance: raw.tolerance.map(|t| t.0),
            as_of: raw.as_of.map(|d| d.0),
            source: raw.source,
            matcher,
            examples: raw.examples,
            origin: Origin {
                file: file.to_owned(),
                line: id_pos.0,
            },
            series,
        };
        if !fact.series.is_empty() {
            if fact.as_of.is_some() {
                let (l, c) = at(&["as_of"]);
                errors.push(RefError::new(
                    file,
                    l,
                    c,
                    "a series has no as_of: each of its values has its own time",
                ));
            }
            super::table::latest_as_value(&mut fact);
        }
        out.facts.push(fact);
    }

    // Events.
    let raw_events = raw.events.unwrap_or_default();
    let ids: Vec<&str> = raw_events.iter().map(|e| e.id.as_str()).collect();
    let sites = layout.sites(Section::Events, &ids);
    drop(ids);
    out.events.reserve(raw_events.len());
    for (raw, site) in raw_events.into_iter().zip(sites) {
        let id_pos = site.map_or(fallback("events"), ItemSite::pos);
        let at = |path: &[&str]| site.and_then(|s| layout.field(s, path)).unwrap_or(id_pos);
        check_id(file, &raw.id, id_pos, &mut errors);
        let matcher = check_match(file, raw.matcher, id_pos, &at, &mut errors);
        out.event_id_pos.push(id_pos);
        out.events.push(Event {
            id: raw.id,
            about: raw.about,
            date: raw.date.0,
            status: raw.status,
            source: raw.source,
            matcher,
            examples: raw.examples,
            origin: Origin {
                file: file.to_owned(),
                line: id_pos.0,
            },
        });
    }

    // Tables: each read through its mapping into facts.
    let raw_tables = raw.tables.unwrap_or_default();
    let ids: Vec<&str> = raw_tables.iter().map(|t| t.id.as_str()).collect();
    let sites = layout.sites(Section::Tables, &ids);
    drop(ids);
    for (raw, site) in raw_tables.into_iter().zip(sites) {
        let id_pos = site.map_or(fallback("tables"), ItemSite::pos);
        let at = |path: &[&str]| site.and_then(|s| layout.field(s, path)).unwrap_or(id_pos);
        load_table(file, raw, id_pos, &at, &mut out, &mut errors);
    }

    (Some(out), errors)
}

/// Read one `tables:` entry's file into `out`'s facts; its problems go to
/// `errors` (mapping problems at the entry's field, row problems at the
/// table's row and column).
fn load_table(
    file: &str,
    raw: RawTable,
    id_pos: Pos,
    at: &dyn Fn(&[&str]) -> Pos,
    out: &mut ParsedFile,
    errors: &mut Vec<RefError>,
) {
    use super::table::{read_table, resolve, MappingText, ReadError, TableFormat, TableMapping};
    let mut spec_errors = Vec::new();
    let matcher = check_match(file, raw.matcher, id_pos, at, &mut spec_errors);
    if !spec_errors.is_empty() {
        errors.extend(spec_errors);
        return;
    }
    let (path, shown) = resolve(file, &raw.file);
    let format = match raw.format.as_deref().map(TableFormat::parse) {
        None => TableFormat::of_path(&path),
        Some(Ok(f)) => f,
        Some(Err(msg)) => {
            let (l, c) = at(&["format"]);
            errors.push(RefError::new(file, l, c, msg));
            return;
        }
    };
    let text = MappingText {
        id: raw.id,
        value: raw.value,
        unit: raw.unit,
        time: raw.time,
        about: raw.about,
        source: raw.source,
        tolerance: raw.tolerance.map(|t| t.0),
        all: matcher.all,
        any: matcher.any,
        none: matcher.none,
    };
    let mapping = match TableMapping::new(&text) {
        Ok(m) => m,
        Err(e) => {
            let (l, c) = at(&[e.field]);
            errors.push(RefError::new(file, l, c, e.message));
            return;
        }
    };
    match read_table(&path, &shown, format, &mapping) {
        Ok(table) => {
            errors.extend(table.errors);
            let unit_pos = if text.unit.is_some() {
                at(&["unit"])
            } else {
                id_pos
            };
            if !table.facts.is_empty() {
                out.fact_runs.push((out.facts.len(), id_pos, unit_pos));
                // Moved, not copied: a table's facts can be hundreds of MB.
                out.facts.append(table.facts);
            }
        }
        Err(ReadError::File(e)) => errors.push(e),
        Err(ReadError::Mapping(e)) => {
            let (l, c) = at(&[e.field]);
            errors.push(RefError::new(file, l, c, e.message));
        }
    }
}

/// Files with more items than this are parsed in pieces of this many items,
/// in parallel (see [`parse_raw`]).
const CHUNK_ITEMS: usize = 2048;

/// Parse a file's text (already bounded in nesting) into its raw items.
///
/// A large file of the ordinary shape is cut into pieces of `chunk_items`
/// items ([`Layout::chunks`]) parsed in parallel and joined in order: the
/// same values as one parse, with a fraction of serde_yaml's event buffer
/// alive at a time. If any piece fails, or the file is not of that shape,
/// the whole text is parsed as one document, so errors (message and
/// position) are always those of a whole-file parse.
fn parse_raw(
    text: &str,
    layout: &Layout,
    chunk_items: usize,
) -> Result<RawFile, serde_yaml::Error> {
    use rayon::prelude::*;
    let chunks = if layout.item_count() > chunk_items {
        layout.chunks(chunk_items)
    } else {
        None
    };
    if let Some(chunks) = chunks {
        let pieces: Result<Vec<Piece>, serde_yaml::Error> = chunks
            .par_iter()
            .map(|chunk| {
                #[cfg(test)]
                test_hook::note_chunk_thread();
                Ok(match *chunk {
                    Chunk::Units(t) => Piece::Units(serde_yaml::from_str::<RawFile>(t)?.units),
                    Chunk::Facts(t) => Piece::Facts(serde_yaml::from_str(t)?),
                    Chunk::Events(t) => Piece::Events(serde_yaml::from_str(t)?),
                })
            })
            .collect();
        if let Ok(pieces) = pieces {
            let mut raw = RawFile::default();
            for piece in pieces {
                match piece {
                    Piece::Units(units) => raw.units = units,
                    Piece::Facts(items) => raw.facts.get_or_insert_with(Vec::new).extend(items),
                    Piece::Events(items) => raw.events.get_or_insert_with(Vec::new).extend(items),
                }
            }
            return Ok(raw);
        }
    }
    serde_yaml::from_str::<Option<RawFile>>(text).map(Option::unwrap_or_default)
}

/// Which threads parsed the pieces of a large file, so that tests can
/// tell whether a load ran on the pool it was given.
#[cfg(test)]
pub(crate) mod test_hook {
    use std::sync::Mutex;

    static CHUNK_THREADS: Mutex<Vec<String>> = Mutex::new(Vec::new());

    pub(crate) fn note_chunk_thread() {
        let name = std::thread::current().name().unwrap_or("").to_owned();
        if let Ok(mut names) = CHUNK_THREADS.lock() {
            names.push(name);
        }
    }

    /// How many pieces were parsed on threads whose name starts with `prefix`.
    pub(crate) fn chunks_on(prefix: &str) -> usize {
        CHUNK_THREADS.lock().map_or(0, |names| {
            names.iter().filter(|n| n.starts_with(prefix)).count()
        })
    }
}

/// One parsed [`Chunk`].
enum Piece {
    Units(Option<BTreeMap<String, Option<Terms>>>),
    Facts(Vec<RawFact>),
    Events(Vec<RawEvent>),
}

fn check_id(file: &str, id: &str, pos: Pos, errors: &mut Vec<RefError>) {
    if id.trim().is_empty() {
        errors.push(RefError::new(file, pos.0, pos.1, "empty id"));
    }
}

/// Validate a `match` and convert it; terms keep their spelling (the index
/// lowercases them) but lose surrounding whitespace.
fn check_match(
    file: &str,
    raw: Option<RawMatch>,
    id_pos: Pos,
    at: &dyn Fn(&[&str]) -> Pos,
    errors: &mut Vec<RefError>,
) -> MatchSpec {
    let Some(raw) = raw else {
        errors.push(RefError::new(
            file,
            id_pos.0,
            id_pos.1,
            "match needs at least one term in all or any (no match given)",
        ));
        return MatchSpec::default();
    };
    let mut list = |name: &str, terms: Option<Terms>| -> Vec<String> {
        let mut terms = terms.map(|t| t.0).unwrap_or_default();
        if terms.iter().any(|t| t.trim().is_empty()) {
            let (l, c) = at(&["match", name]);
            errors.push(RefError::new(
                file,
                l,
                c,
                format!("empty term in match.{name}"),
            ));
        }
        // Trimmed in place: most terms have nothing to trim.
        terms.retain_mut(|t| {
            let trimmed = t.trim();
            if trimmed.len() != t.len() {
                *t = trimmed.to_owned();
            }
            !t.is_empty()
        });
        terms
    };
    let spec = MatchSpec {
        all: list("all", raw.all),
        any: list("any", raw.any),
        none: list("none", raw.none),
    };
    if spec.all.is_empty() && spec.any.is_empty() {
        let (l, c) = at(&["match"]);
        errors.push(RefError::new(
            file,
            l,
            c,
            "match needs at least one term in all or any",
        ));
    }
    spec
}

/// Combine parsed files: merge units, resolve every fact's unit against
/// them, and require ids to be unique across all files (facts and events
/// share one namespace). `check_units` is false when some file failed to
/// parse: its `units:` are unknown, so "unknown unit" would be a guess.
pub fn assemble(
    files: Vec<ParsedFile>,
    check_units: bool,
) -> Result<(Units, Facts, Vec<Event>), Vec<RefError>> {
    let duplicates = duplicate_ids(&files);
    assemble_checked(files, duplicates, check_units)
}

/// Where a file's item `i` (a fact, else an event) has its `id`.
fn item_pos(f: &ParsedFile, is_fact: bool, i: usize) -> Pos {
    if is_fact {
        let run = f.fact_runs.partition_point(|r| r.0 <= i).saturating_sub(1);
        f.fact_runs.get(run).map_or((1, 1), |r| r.1)
    } else {
        f.event_id_pos.get(i).copied().unwrap_or((1, 1))
    }
}

/// An item of [`duplicate_ids`]' table: an event's index has this bit set.
const EVENT_BIT: u32 = 1 << 31;

/// Duplicate ids across `files`, one list of errors per file: each id
/// hashed once and kept as (file, item) in a table of 8-byte entries
/// (the id is read from the file when compared; a table can make a
/// million). A file holds fewer than 2³¹ items (that many would take
/// hundreds of GB).
pub(crate) fn duplicate_ids(files: &[ParsedFile]) -> Vec<Vec<RefError>> {
    let total: usize = files.iter().map(|f| f.facts.len() + f.events.len()).sum();
    let hasher = hashbrown::DefaultHashBuilder::default();
    let id_of = |file: u32, item: u32| -> Option<&str> {
        let f = files.get(file as usize)?;
        if item & EVENT_BIT == 0 {
            f.facts.id(item as usize)
        } else {
            f.events
                .get((item & !EVENT_BIT) as usize)
                .map(|e| e.id.as_str())
        }
    };
    let hash_of = |&(file, item): &(u32, u32)| hasher.hash_one(id_of(file, item).unwrap_or(""));
    let mut seen: hashbrown::HashTable<(u32, u32)> = hashbrown::HashTable::with_capacity(total);
    let mut dup_errors: Vec<Vec<RefError>> = Vec::with_capacity(files.len());
    for (file_index, f) in files.iter().enumerate() {
        let file_index = u32::try_from(file_index).unwrap_or(u32::MAX);
        let mut errors = Vec::new();
        // Items in file order, so "first defined" is the earlier line even
        // when a file lists events before facts: runs of items written at
        // one place (a table's facts) sorted as runs, (position, fact?,
        // first item, items), which orders their items as sorting each
        // would (runs do not overlap).
        let mut order: Vec<(Pos, bool, usize, usize)> = Vec::new();
        let ends = f
            .fact_runs
            .iter()
            .skip(1)
            .map(|r| r.0)
            .chain([f.facts.len()]);
        order.extend(
            f.fact_runs
                .iter()
                .zip(ends)
                .map(|(&(first, pos, _), end)| (pos, true, first, end.saturating_sub(first))),
        );
        order.extend(
            f.event_id_pos
                .iter()
                .enumerate()
                .map(|(i, p)| (*p, false, i, 1)),
        );
        order.sort();
        let items = order.into_iter().flat_map(|(pos, is_fact, first, n)| {
            (first..first + n).map(move |i| (pos, is_fact, i))
        });
        for (pos, is_fact, i) in items {
            let id = if is_fact {
                f.facts.id(i)
            } else {
                f.events.get(i).map(|x| x.id.as_str())
            };
            let Some(id) = id else { continue };
            if id.trim().is_empty() {
                continue; // already reported as an empty id
            }
            let item = u32::try_from(i).unwrap_or(u32::MAX) & !EVENT_BIT
                | if is_fact { 0 } else { EVENT_BIT };
            let hash = hasher.hash_one(id);
            let first = seen
                .find(hash, |&(fi, it)| id_of(fi, it) == Some(id))
                .copied();
            match first {
                Some((fi, it)) => {
                    let (first_file, first_line) = files.get(fi as usize).map_or(("", 0), |g| {
                        (
                            g.file.as_str(),
                            item_pos(g, it & EVENT_BIT == 0, (it & !EVENT_BIT) as usize).0,
                        )
                    });
                    errors.push(RefError::new(
                        &f.file,
                        pos.0,
                        pos.1,
                        format!(
                            "duplicate id \"{id}\" (first defined at {first_file}:{first_line})"
                        ),
                    ));
                }
                None => {
                    seen.insert_unique(hash, (file_index, item), hash_of);
                }
            }
        }
        dup_errors.push(errors);
    }
    dup_errors
}

/// [`assemble`] with the duplicate ids already found ([`duplicate_ids`]).
pub(crate) fn assemble_checked(
    files: Vec<ParsedFile>,
    dup_errors: Vec<Vec<RefError>>,
    check_units: bool,
) -> Result<(Units, Facts, Vec<Event>), Vec<RefError>> {
    let mut units = Units::default();
    // Each unit's synonyms so far as a set, so merging stays linear.
    let mut kept: HashMap<&str, HashSet<&str>> = HashMap::new();
    for f in &files {
        for (name, syns) in &f.units.synonyms {
            let entry = units.synonyms.entry(name.clone()).or_default();
            let seen = kept.entry(name.as_str()).or_default();
            for s in syns {
                if seen.insert(s.as_str()) {
                    entry.push(s.clone());
                }
            }
        }
    }
    drop(kept);
    let mut errors = Vec::new();
    let mut facts = Facts::new();
    let mut events = Vec::new();
    // Few distinct units among many facts: each is resolved once, and the
    // last one is compared before the cache is asked.
    let mut unit_cache: HashMap<String, Option<String>> = HashMap::new();
    let mut last_unit: Option<(String, Option<String>)> = None;
    let mut dup_errors = dup_errors.into_iter();
    for f in files {
        errors.extend(dup_errors.next().unwrap_or_default());
        let from = facts.len();
        facts.append(f.facts);
        let runs = f.fact_runs;
        let resolve = |u: &str| -> Option<String> {
            match &last_unit {
                Some((was, r)) if was == u => r.clone(),
                _ => {
                    let r = match unit_cache.get(u) {
                        Some(r) => r.clone(),
                        None => {
                            let r = normalise_unit(u, |k| units.synonyms.contains_key(k));
                            unit_cache.insert(u.to_owned(), r.clone());
                            r
                        }
                    };
                    last_unit = Some((u.to_owned(), r.clone()));
                    r
                }
            }
        };
        let unknown = |i: usize, u: &str| {
            if !check_units {
                return;
            }
            // The unit's place: that of the run holding the fact.
            let local = i - from;
            let run = runs.partition_point(|r| r.0 <= local).saturating_sub(1);
            let pos = runs.get(run).map_or((1, 1), |r| r.2);
            errors.push(RefError::new(
                &f.file,
                pos.0,
                pos.1,
                format!("unknown unit \"{u}\": {UNIT_FORMS}"),
            ));
        };
        facts.resolve_units(from, resolve, unknown);
        events.extend(f.events);
    }
    if errors.is_empty() {
        Ok((units, facts, events))
    } else {
        Err(errors)
    }
}

/// Expand the given paths into reference files: files as given, and every
/// `*.yaml` / `*.yml` under a directory, recursively, sorted by path. The
/// same file reached twice is loaded once. Unreadable paths become errors
/// (at 1:1, with the OS reason) and the walk goes on.
pub fn collect_files(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<RefError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let mut seen_dirs = HashSet::new();
    for p in paths {
        match fs::metadata(p) {
            Ok(m) if m.is_dir() => {
                let mut found = Vec::new();
                walk(p, &mut found, &mut errors, &mut seen_dirs);
                found.sort();
                files.extend(found);
            }
            Ok(_) => files.push(p.clone()),
            Err(e) => errors.push(RefError::whole_file(
                p.display().to_string(),
                format!("cannot read reference data: {e}"),
            )),
        }
    }
    let mut seen_files = HashSet::new();
    files.retain(|f| seen_files.insert(fs::canonicalize(f).unwrap_or_else(|_| f.clone())));
    (files, errors)
}

fn is_yaml(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

fn walk(
    dir: &Path,
    found: &mut Vec<PathBuf>,
    errors: &mut Vec<RefError>,
    seen: &mut HashSet<PathBuf>,
) {
    // Symlink loops: each real directory is visited once.
    let real = fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    if !seen.insert(real) {
        return;
    }
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(RefError::whole_file(
                dir.display().to_string(),
                format!("cannot read directory: {e}"),
            ));
            return;
        }
    };
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                errors.push(RefError::whole_file(
                    dir.display().to_string(),
                    format!("cannot read directory: {e}"),
                ));
                continue;
            }
        };
        let path = entry.path();
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, found, errors, seen),
            Ok(_) if is_yaml(&path) => found.push(path),
            Ok(_) => {}
            // A dangling symlink to a YAML name is worth reporting; others
            // are not reference data at all.
            Err(e) if is_yaml(&path) => errors.push(RefError::whole_file(
                path.display().to_string(),
                format!("cannot read reference data: {e}"),
            )),
            Err(_) => {}
        }
    }
}

/// Read one file's text; invalid UTF-8 is an error at the offending byte's
/// line and column (reference data is never decoded lossily: a replaced
/// character in an id or term would silently change what matches).
pub fn read_text(path: &Path) -> Result<String, RefError> {
    let name = path.display().to_string();
    let bytes = fs::read(path)
        .map_err(|e| RefError::whole_file(&name, format!("cannot read reference data: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let good = e
            .as_bytes()
            .get(..e.utf8_error().valid_up_to())
            .unwrap_or_default();
        // `good` is valid UTF-8 by construction.
        let good = String::from_utf8_lossy(good);
        let line = good.matches('\n').count() + 1;
        let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        RefError::new(name, line, column, "not valid UTF-8")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::{load_sources, model::RefValue, model::Tolerance};
    use crate::time::Granularity;

    /// The errors for one file named `r.yaml`, as displayed.
    fn errs(text: &str) -> Vec<String> {
        match load_sources(&[("r.yaml".to_owned(), text.to_owned())]) {
            Ok(_) => Vec::new(),
            Err(e) => e.iter().map(ToString::to_string).collect(),
        }
    }

    const GOOD: &str = "\
units:
  troops: [Troops, soldiers, units]
facts:
  - id: italy/troops-iraq-kuwait
    about: Italian military personnel
    value: 900
    unit: troops
    tolerance: 5%
    as_of: 2021-06
    source: \"Italian Ministry of Defence\"
    match:
      all: [Italy]
      any: [Iraq, Kuwait]
      none: Afghanistan
  - id: \"displaced\"
    value: {min: 7.5 million, max: 8 million}
    unit: people
    match: {any: [displaced]}
  - id: 'inflation'
    value: 12%
    tolerance: 0.5
    match:
      all: inflation
events:
  - id: coalition/next-ministerial
    date: 2022-05-11
    status: held
    match:
      all: [ministerial meeting]
  - id: coalition/2022
    date: 2022
    status: canceled
    match: {all: [coalition]}
";

    #[test]
    fn loads_every_field() {
        let set = load_sources(&[("rules/c.yaml".to_owned(), GOOD.to_owned())]).unwrap();
        assert_eq!(set.files, vec!["rules/c.yaml"]);
        assert_eq!(
            set.units.synonyms["troops"],
            vec!["troops", "soldiers", "units"]
        );
        let f = set.facts.get(0).unwrap();
        assert_eq!(f.id, "italy/troops-iraq-kuwait");
        assert_eq!(f.about.as_deref(), Some("Italian military personnel"));
        assert_eq!(
            (f.value, f.value_text.as_str()),
            (RefValue::Exact(900.0), "900")
        );
        assert_eq!(f.unit.as_deref(), Some("troops"));
        assert_eq!(f.tolerance, Some(Tolerance::Relative(0.05)));
        let as_of = f.as_of.as_ref().unwrap();
        assert_eq!(
            (as_of.text.as_str(), as_of.granularity),
            ("2021-06", Granularity::Month)
        );
        assert_eq!(f.source.as_deref(), Some("Italian Ministry of Defence"));
        assert_eq!(f.matcher.all, vec!["Italy"]);
        assert_eq!(f.matcher.any, vec!["Iraq", "Kuwait"]);
        assert_eq!(f.matcher.none, vec!["Afghanistan"]);
        assert_eq!(
            f.origin,
            Origin {
                file: "rules/c.yaml".into(),
                line: 4
            }
        );
        let g = set.facts.get(1).unwrap();
        assert_eq!(
            g.value,
            RefValue::Range {
                min: 7.5e6,
                max: 8e6
            }
        );
        assert_eq!(g.value_text, "7.5 million – 8 million");
        assert_eq!(g.origin.line, 15);
        let h = set.facts.get(2).unwrap();
        assert_eq!(
            (h.unit.as_deref(), h.tolerance),
            (Some("percent"), Some(Tolerance::Absolute(0.5)))
        );
        assert_eq!(h.origin.line, 19);
        let e = &set.events[0];
        assert_eq!(
            (e.date.text.as_str(), e.status),
            ("2022-05-11", Some(EventStatus::Held))
        );
        assert_eq!(e.origin.line, 25);
        assert_eq!(set.events[1].status, Some(EventStatus::Cancelled));
        assert_eq!(set.events[1].date.granularity, Granularity::Year);
        assert_eq!(set.events[1].origin.line, 30);
        assert_eq!(set.index.len(), 8);
    }

    #[test]
    fn empty_files_are_valid() {
        for text in [
            "",
            "\n",
            "# only a comment\n",
            "---\n",
            "units:\nfacts:\nevents:\n",
            "\u{feff}",
        ] {
            let set = load_sources(&[("e.yaml".to_owned(), text.to_owned())]);
            assert!(set.is_ok(), "{text:?}: {:?}", set.err());
        }
    }

    #[test]
    fn unknown_key_at_its_line_and_column() {
        assert_eq!(
            errs("facts:\n  - id: a\n    valu: 1\n"),
            vec!["r.yaml:3:5: unknown field `valu`, expected one of `id`, `about`, `value`, `unit`, `tolerance`, `as_of`, `source`, `match`, `examples`, `values`"]
        );
        assert_eq!(
            errs("fact:\n  - id: a\n"),
            vec!["r.yaml:1:1: unknown field `fact`, expected one of `units`, `facts`, `events`, `tables`"]
        );
        assert_eq!(
            errs("events:\n  - id: a\n    date: 2022\n    match: {all: [x], some: [y]}\n"),
            vec!["r.yaml:4:23: unknown field `some`, expected one of `all`, `any`, `none`"]
        );
    }

    #[test]
    fn unparseable_scalars_at_their_line_and_column() {
        assert_eq!(
            errs("events:\n  - id: a\n    date: 2022-13\n    match: {all: [x]}\n"),
            vec!["r.yaml:3:11: cannot read date \"2022-13\": expected YYYY-MM-DD, YYYY-MM, YYYY, YYYY-season, YYYY-Qn, YYYY-Hn or {from, to}"]
        );
        assert_eq!(
            errs("facts:\n  - id: a\n    value: 1\n    as_of: {from: 2022-01, to: 2022-02-30}\n    match: {all: [x]}\n"),
            vec!["r.yaml:4:32: cannot read date \"2022-02-30\": February 2022 has no day 30"]
        );
        assert_eq!(
            errs("facts:\n  - id: a\n    value: {min: 9, max: 8}\n    match: {all: [x]}\n"),
            vec!["r.yaml:3:12: range minimum 9 is greater than its maximum 8"]
        );
        assert_eq!(
            errs("facts:\n  - id: a\n    value: lots\n    match: {all: [x]}\n"),
            vec!["r.yaml:3:12: cannot read value \"lots\": expected a number such as 900, \"7.7 million\", \"8,000,000\", \"12%\" or {min, max}"]
        );
        assert_eq!(
            errs("facts:\n  - id: a\n    value: 1\n    tolerance: lots\n    match: {all: [x]}\n"),
            vec!["r.yaml:4:16: cannot read tolerance \"lots\": expected a percentage such as 5% or a number"]
        );
        assert_eq!(
            errs("events:\n  - id: a\n    date: 2022\n    status: done\n    match: {all: [x]}\n"),
            vec!["r.yaml:4:13: unknown variant `done`, expected one of `scheduled`, `held`, `postponed`, `canceled`, `cancelled`"]
        );
        assert_eq!(
            errs("facts:\n  - value: 1\n    match: {all: [x]}\n"),
            vec!["r.yaml:2:5: missing field `id`"]
        );
    }

    #[test]
    fn yaml_syntax_errors() {
        assert_eq!(
            errs("facts: [\n"),
            vec!["r.yaml:2:1: did not find expected node content, while parsing a flow node"]
        );
        assert_eq!(
            errs("---\nfacts:\n---\nevents:\n"),
            vec!["r.yaml: deserializing from YAML containing more than one document is not supported"]
        );
        assert_eq!(
            errs("facts: 3\n"),
            vec!["r.yaml:1:8: invalid type: integer `3`, expected a sequence"]
        );
    }

    #[test]
    fn duplicate_and_empty_ids() {
        let text = "facts:\n  - id: x/y\n    value: 1\n    match: {all: [a]}\nevents:\n  - id: \"x/y\"\n    date: 2022\n    match: {all: [b]}\n  - id: ''\n    date: 2022\n    match: {all: [c]}\n";
        assert_eq!(
            errs(text),
            vec![
                "r.yaml:6:9: duplicate id \"x/y\" (first defined at r.yaml:2)",
                "r.yaml:9:9: empty id",
            ]
        );
    }

    #[test]
    fn duplicate_ids_across_files() {
        let a = "facts:\n  - id: shared\n    value: 1\n    match: {all: [a]}\n";
        let b = "# b\nevents:\n  - date: 2022\n    id: shared\n    match: {all: [b]}\n";
        let e =
            load_sources(&[("a.yaml".into(), a.into()), ("b.yaml".into(), b.into())]).unwrap_err();
        let shown: Vec<String> = e.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            vec!["b.yaml:4:9: duplicate id \"shared\" (first defined at a.yaml:2)"]
        );
    }

    #[test]
    fn empty_and_missing_match() {
        assert_eq!(
            errs("facts:\n  - id: a\n    value: 1\n"),
            vec!["r.yaml:2:9: match needs at least one term in all or any (no match given)"]
        );
        assert_eq!(
            errs("facts:\n  - id: a\n    value: 1\n    match:\n      none: [b]\n"),
            vec!["r.yaml:4:5: match needs at least one term in all or any"]
        );
        assert_eq!(
            errs("facts:\n  - id: a\n    value: 1\n    match: {all: []}\n"),
            vec!["r.yaml:4:12: match needs at least one term in all or any"]
        );
        assert_eq!(
            errs("facts:\n  - id: a\n    value: 1\n    match:\n      all: [b]\n      any: [c, \" \"]\n"),
            vec!["r.yaml:6:12: empty term in match.any"]
        );
        assert_eq!(
            errs("events:\n  - id: a\n    date: 2022\n    match:\n      all: ''\n"),
            vec![
                "r.yaml:4:5: match needs at least one term in all or any",
                "r.yaml:5:12: empty term in match.all",
            ]
        );
    }

    #[test]
    fn unknown_units() {
        assert_eq!(
            errs("facts:\n  - id: a\n    value: 1\n    unit: Troops!\n    match: {all: [x]}\n"),
            vec![format!(
                "r.yaml:4:11: unknown unit \"Troops!\": {UNIT_FORMS}"
            )]
        );
        assert_eq!(
            errs("facts:\n  - id: a\n    value: 1\n    unit: XYZ\n    match: {all: [x]}\n"),
            vec![format!("r.yaml:4:11: unknown unit \"XYZ\": {UNIT_FORMS}")]
        );
        // A unit declared in another file is known.
        let a = "units:\n  Big-Troops: [soldiers]\n";
        let b = "facts:\n  - id: a\n    value: 1\n    unit: Big-Troops\n    match: {all: [x]}\n  - id: b\n    value: 1\n    unit: '%'\n    match: {all: [y]}\n  - id: c\n    value: 1\n    unit: EUR\n    match: {all: [z]}\n";
        let set =
            load_sources(&[("a.yaml".into(), a.into()), ("b.yaml".into(), b.into())]).unwrap();
        let units: Vec<_> = set.facts.iter().map(|f| f.unit.clone()).collect();
        assert_eq!(
            units,
            vec![
                Some("Big-Troops".to_owned()),
                Some("percent".to_owned()),
                Some("EUR".to_owned())
            ]
        );
    }

    #[test]
    fn all_errors_are_reported_not_just_the_first() {
        let bad_syntax = "facts: [\n";
        let bad_refs =
            "facts:\n  - id: a\n    value: 1\n  - id: a\n    value: 1\n    match: {all: [x]}\n";
        let e = load_sources(&[
            ("a.yaml".into(), bad_syntax.into()),
            ("b.yaml".into(), bad_refs.into()),
        ])
        .unwrap_err();
        let shown: Vec<String> = e.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            vec![
                "a.yaml:2:1: did not find expected node content, while parsing a flow node",
                "b.yaml:2:9: match needs at least one term in all or any (no match given)",
                "b.yaml:4:9: duplicate id \"a\" (first defined at b.yaml:2)",
            ]
        );
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = format!("facts: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(
            errs(&deep),
            vec!["r.yaml:1:71: nesting deeper than 64 levels; refusing to parse (deeply nested YAML is too slow to parse safely)"]
        );
    }

    #[test]
    fn alias_bombs_are_refused_with_a_position() {
        let mut bomb = String::from("units:\n  a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (name, prev) in [
            ("b", "a"),
            ("c", "b"),
            ("d", "c"),
            ("e", "d"),
            ("f", "e"),
            ("g", "f"),
            ("h", "g"),
            ("i", "h"),
        ] {
            bomb.push_str(&format!(
                "  {name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(", ")
            ));
        }
        let shown = errs(&bomb);
        assert_eq!(shown.len(), 1);
        assert!(shown[0].starts_with("r.yaml:"), "{shown:?}");
        assert!(!shown[0].contains(" at line "), "{shown:?}");
        let anchors_in_value = "facts:\n  - id: a\n    value: &v 1\n    match: {all: [x]}\n  - id: b\n    value: *v\n    match: {all: [y]}\n";
        assert!(
            errs(anchors_in_value).is_empty(),
            "ordinary aliases still work"
        );
    }

    /// Parsed in pieces of `n` items and parsed whole: the same values, or
    /// the same error.
    fn same_in_pieces(text: &str, n: usize) {
        let layout = Layout::scan(text);
        let whole = serde_yaml::from_str::<Option<RawFile>>(text).map(Option::unwrap_or_default);
        let pieces = parse_raw(text, &layout, n);
        match (whole, pieces) {
            (Ok(w), Ok(p)) => assert_eq!(format!("{w:?}"), format!("{p:?}"), "{text}"),
            (Err(w), Err(p)) => assert_eq!(w.to_string(), p.to_string(), "{text}"),
            (w, p) => panic!("{text}\nwhole: {w:?}\npieces: {p:?}"),
        }
    }

    #[test]
    fn pieces_parse_like_the_whole_file() {
        let tricky = "\
# leading comment

events:
  # a comment before the first item
  - id: e1
    date: 2022
    about: |
      a block scalar
      - with a dash line
    match: {all: [x]}

  - id: e2   # trailing comment
    date: 2022-05
    about: >-
      folded
      text
    match:
      all: [\"quoted, comma\", 'single''s']
units:
  troops: [soldiers]
facts:
  - id: f1
    about: a plain scalar
      continued on a deeper line
    value: 1
    match: {all: [a]}
  - id: \"f2\"
    value: \"2 million\"
    about: \"a quoted scalar
      continued\"
    examples:
      pass:
        - 'it was 2 million'
      fail: [\"3 million\"]
    match:
      any:
        - b
        - c
  -   id: f3
      value: 3
      match: {all: [d]}
  -
    id: f4
    value: 4
    match: {all: [e]}
";
        let indentless = "facts:\n- id: a\n  value: 1\n  match: {all: [x]}\n- id: b\n  value: 2\n  match: {all: [y]}\n- id: c\n  value: 3\n  match: {all: [z]}\n";
        let crlf = indentless.replace('\n', "\r\n");
        // Items left open across a cut: the piece fails, the whole decides.
        let open_quote = "facts:\n  - id: a\n    about: \"open\n  - id: b\"\n    value: 1\n    match: {all: [x]}\n  - id: c\n    value: 2\n    match: {all: [y]}\n";
        let open_flow = "facts:\n  - id: a\n    value: 1\n    match: {all: [x,\n  - id: b\n    value: 2]}\n  - id: c\n    value: 2\n    match: {all: [y]}\n";
        let unclosed = "facts:\n  - id: a\n    about: \"open\n  - id: b\n    value: 1\n";
        let bad_item = "facts:\n  - id: a\n    value: 1\n    match: {all: [x]}\n  - id: b\n    valu: 2\n  - id: c\n    value: 3\n    match: {all: [z]}\n";
        let shallow = "facts:\n    - id: a\n      value: 1\n      match: {all: [x]}\n  - id: b\n    value: 2\n";
        let twice = "facts:\n  - id: a\n    value: 1\n    match: {all: [x]}\nfacts:\n  - id: b\n    value: 2\n    match: {all: [y]}\n  - id: c\n    value: 2\n    match: {all: [y]}\n";
        let aliases = "facts:\n  - id: a\n    value: &v 1\n    match: {all: [x]}\n  - id: b\n    value: *v\n    match: {all: [y]}\n";
        let two_docs = "facts:\n  - id: a\n    value: 1\n---\nfacts:\n  - id: b\n    value: 2\n";
        for text in [
            tricky, GOOD, indentless, &crlf, open_quote, open_flow, unclosed, bad_item, shallow,
            twice, aliases, two_docs,
        ] {
            for n in [1, 2, 3] {
                same_in_pieces(text, n);
            }
        }
        // The ordinary shape is really cut (one piece per item, plus units).
        let layout = Layout::scan(tricky);
        assert_eq!(layout.chunks(1).map(|c| c.len()), Some(7));
        assert_eq!(Layout::scan(aliases).chunks(1), None);
        assert_eq!(Layout::scan(twice).chunks(1), None);
    }

    #[test]
    fn series_load_sorted_with_their_latest_as_value() {
        let text = "facts:\n  - id: it/pop\n    unit: people\n    match: {all: [Italy]}\n    values:\n      2007: {value: 58.1 million, tolerance: 1%, source: census}\n      1952: 47666000\n      2021-Q2: 59 million\n      2021-06: {min: 58, max: 60}\n";
        let e = errs(text);
        assert_eq!(e, vec!["r.yaml:5:5: the times 2021-Q2 and 2021-06 overlap"]);
        let text = text.replace(
            "      2021-06: {min: 58, max: 60}\n",
            "      2022-06-30: 12%\n",
        );
        let set = load_sources(&[("r.yaml".to_owned(), text)]).unwrap();
        let f = set.facts.get(0).unwrap();
        let times: Vec<String> = f.series.iter().map(|p| p.time_text()).collect();
        assert_eq!(times, vec!["1952", "2007", "2021-Q2", "2022-06-30"]);
        assert_eq!(f.series[1].tolerance, Some(Tolerance::Relative(0.01)));
        assert_eq!(f.series[1].source.as_deref(), Some("census"));
        assert_eq!(f.series[1].value_text(), "58.1 million");
        assert_eq!(f.series[0].value_text, None, "a plain number keeps no text");
        assert_eq!(f.value_text, "12%");
        assert_eq!(
            f.as_of.as_ref().map(|a| a.text.as_str()),
            Some("2022-06-30")
        );
    }

    #[test]
    fn series_errors_at_their_line_and_column() {
        let head = "facts:\n  - id: a\n    match: {all: [x]}\n";
        assert_eq!(
            errs(&format!("{head}    values:\n      2007-H1: 5\n")),
            vec!["r.yaml:5:7: cannot use \"2007-H1\" as a series time: a series point is keyed by a day, month, quarter or year (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)"]
        );
        assert_eq!(
            errs(&format!("{head}    values:\n      2007: lots\n")),
            vec!["r.yaml:5:13: cannot read value \"lots\": expected a number such as 900, \"7.7 million\", \"8,000,000\", \"12%\" or {min, max}"]
        );
        assert_eq!(
            errs(&format!("{head}    values:\n      2007: {{valu: 5}}\n")),
            vec!["r.yaml:5:13: unknown field `valu`, expected one of `value`, `tolerance`, `source`, `min`, `max`"]
        );
        assert_eq!(
            errs(&format!("{head}    values: {{}}\n")),
            vec!["r.yaml:4:13: values needs at least one point"]
        );
        assert_eq!(
            errs(&format!("{head}    value: 1\n    values: {{2007: 1}}\n")),
            vec!["r.yaml:5:13: a fact has one value or a series of values, not both"]
        );
        assert_eq!(
            errs(head),
            vec!["r.yaml:2:9: missing field `value` (or `values` for a series)"]
        );
        assert_eq!(
            errs(&format!("{head}    as_of: 2007\n    values: {{2007: 1}}\n")),
            vec!["r.yaml:4:12: a series has no as_of: each of its values has its own time"]
        );
    }

    #[test]
    fn tables_map_columns_and_errors_name_the_mapping_field() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("pop.csv"),
            "country,year,pop\nItaly,1952,47666000\nItaly,2007,58147733\n",
        )
        .unwrap();
        let yaml = dir.path().join("refs.yaml");
        let name = yaml.display().to_string();
        let table = "tables:\n  - file: pop.csv\n    id: \"{country}/population\"\n    value: pop\n    time: year\n    unit: people\n    source: Gapminder\n    match: {all: [\"{country}\"], any: [population, people]}\n";
        let set = load_sources(&[(name.clone(), table.to_owned())]).unwrap();
        assert_eq!(set.facts.len(), 1);
        let f = set.facts.get(0).unwrap();
        assert_eq!(f.id, "Italy/population");
        assert_eq!(f.unit.as_deref(), Some("people"));
        assert_eq!(f.series.len(), 2);
        assert_eq!(
            f.origin.file,
            dir.path().join("pop.csv").display().to_string()
        );
        assert_eq!(f.origin.line, 2);
        let bad = table.replace("value: pop", "value: population");
        let e = load_sources(&[(name.clone(), bad)]).unwrap_err();
        assert_eq!(
            e.iter().map(ToString::to_string).collect::<Vec<_>>(),
            vec![format!("{name}:4:12: table {} has no column \"population\" (its columns: country, year, pop)", dir.path().join("pop.csv").display())]
        );
        let bad = table.replace("file: pop.csv", "file: nope.csv");
        let e = load_sources(&[(name.clone(), bad)]).unwrap_err();
        assert!(e[0].message.starts_with("cannot read table: "), "{e:?}");
        let bad = table.replace("{country}/population", "population");
        let e = load_sources(&[(name.clone(), bad)]).unwrap_err();
        assert_eq!(e[0].line, 3);
        assert!(e[0].message.contains("names no column"), "{e:?}");
        let bad = table.replace("    time: year\n", "    time: year\n    format: xls\n");
        let e = load_sources(&[(name, bad)]).unwrap_err();
        assert_eq!(
            e[0].message,
            "unknown table format \"xls\": expected csv or jsonl"
        );
    }

    /// A table's rows (kept in columns) among YAML facts of the same and
    /// other files: numbered in load order, ids checked against all of
    /// them (first defined at the table's entry), units resolved and
    /// unknown ones reported per row at the mapping's `unit`.
    #[test]
    fn table_rows_among_yaml_facts() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("t.csv"),
            "country,pop,unit\nItaly,1,troops\nChad,2,%\nPeru,3,Parsecs\nMali,4,Parsecs\n",
        )
        .unwrap();
        let a = dir.path().join("a.yaml").display().to_string();
        let b = dir.path().join("b.yaml").display().to_string();
        let table = "facts:\n  - id: first\n    value: 1\n    match: {all: [x]}\ntables:\n  - file: t.csv\n    id: \"{country}\"\n    value: pop\n    unit: \"{unit}\"\n    match: {all: [\"{country}\"]}\nunits:\n  troops: [soldiers]\n";
        let other = "facts:\n  - id: last\n    value: 1\n    match: {all: [y]}\n";
        let good = table.to_owned();
        fs::write(
            dir.path().join("t.csv"),
            "country,pop,unit\nItaly,1,troops\nChad,2,%\n",
        )
        .unwrap();
        let set =
            load_sources(&[(a.clone(), good.clone()), (b.clone(), other.to_owned())]).unwrap();
        assert_eq!(
            set.facts.ids().collect::<Vec<_>>(),
            ["first", "Italy", "Chad", "last"]
        );
        let units: Vec<_> = set.facts.iter().map(|f| f.unit.clone()).collect();
        assert_eq!(
            units,
            [
                None,
                Some("troops".to_owned()),
                Some("percent".to_owned()),
                None
            ]
        );
        let chad = set.index.find("chad")[0].term;
        assert_eq!(set.index.anchors(chad), [super::super::Target::Fact(2)]);
        // Unknown units, one error per row, at the mapping's `unit`.
        fs::write(
            dir.path().join("t.csv"),
            "country,pop,unit\nItaly,1,troops\nPeru,3,Parsecs\nMali,4,Parsecs\n",
        )
        .unwrap();
        let e = load_sources(&[(a.clone(), good.clone())]).unwrap_err();
        let unknown = format!("{a}:9:11: unknown unit \"Parsecs\": {UNIT_FORMS}");
        assert_eq!(
            e.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [unknown.clone(), unknown]
        );
        // A table's id that a YAML fact of an earlier file has.
        fs::write(dir.path().join("t.csv"), "country,pop,unit\nlast,1,%\n").unwrap();
        let e =
            load_sources(&[(b.clone(), other.to_owned()), (a.clone(), good.clone())]).unwrap_err();
        assert_eq!(
            e.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [format!(
                "{a}:7:9: duplicate id \"last\" (first defined at {b}:2)"
            )]
        );
        // And the other way round: first defined at the table's entry.
        let e = load_sources(&[(a.clone(), good), (b.clone(), other.to_owned())]).unwrap_err();
        assert_eq!(
            e.iter().map(ToString::to_string).collect::<Vec<_>>(),
            [format!(
                "{b}:2:9: duplicate id \"last\" (first defined at {a}:7)"
            )]
        );
    }

    #[test]
    fn invalid_utf8_is_located() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.yaml");
        fs::write(&path, b"facts:\n  - id: ab\xffc\n").unwrap();
        let e = read_text(&path).unwrap_err();
        assert_eq!(
            (e.line, e.column, e.message.as_str()),
            (2, 11, "not valid UTF-8")
        );
    }
}
