//! Positions in reference files that serde_yaml cannot give us.
//!
//! serde_yaml reports where a *parse* error is, but the values it returns
//! carry no spans, so errors found after parsing (duplicate ids, unknown
//! units, empty `match`) and every item's `Origin` are located by a light
//! scan of the file's text: the `facts:` / `events:` sections, their items,
//! each item's `id:` line and its fields. The scan understands the ordinary
//! block layout; for anything else (flow-style items) it falls back to the
//! nearest line it can vouch for.
//!
//! The same module bounds nesting depth before parsing: serde_yaml's parser
//! is quadratic on deeply nested flow collections, so hostile files are
//! refused by a linear pre-scan.

use std::collections::{HashMap, VecDeque};

/// A 1-based line and column (characters).
pub(crate) type Pos = (usize, usize);

/// One item of a `facts:` or `events:` sequence.
#[derive(Debug, Clone)]
pub(crate) struct ItemSite {
    /// 0-based line range `[start, end)` of the item.
    start: usize,
    end: usize,
    /// The `id:` line and the column of its value, if the item has one.
    pub id: Option<(Pos, String)>,
}

/// The scanned layout of one file.
pub(crate) struct Layout<'a> {
    text: &'a str,
    lines: Vec<&'a str>,
    /// Top-level key lines: 0-based line and key, in file order.
    tops: Vec<(usize, String)>,
    /// Top-level key → 0-based line of the key.
    sections: HashMap<String, usize>,
    facts: Vec<ItemSite>,
    events: Vec<ItemSite>,
    tables: Vec<ItemSite>,
}

/// A piece of a reference file that parses on its own (see [`Layout::chunks`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Chunk<'a> {
    /// The `units:` section, key line included.
    Units(&'a str),
    /// Consecutive items of the `facts:` sequence, as a bare block sequence.
    Facts(&'a str),
    /// Consecutive items of the `events:` sequence.
    Events(&'a str),
}

/// Which sequence an item belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    Facts,
    Events,
    Tables,
}

/// `str::lines` (lines end at `\n` or `\r\n`; a final line ending is
/// optional), finding the line ends with one vectorised search over the
/// whole text rather than one search per line.
fn lines_of(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
    std::iter::from_fn(move || match ends.next() {
        Some(nl) => {
            let line = text.get(start..nl)?;
            start = nl + 1;
            Some(line.strip_suffix('\r').unwrap_or(line))
        }
        None if start < text.len() => {
            let line = text.get(start..)?;
            start = text.len();
            Some(line)
        }
        None => None,
    })
}

fn indent_of(line: &str) -> usize {
    indent_of_bytes(line.as_bytes())
}

fn is_blank_or_comment(line: &str) -> bool {
    let t = line.trim_start();
    t.is_empty() || t.starts_with('#')
}

/// Whether the line, blanks trimmed, is a block sequence entry (`- x`, `-`).
/// Bytes first; characters only when the line starts with a non-ASCII one.
fn is_dash_line(line: &str) -> bool {
    let bytes = line.as_bytes();
    match bytes.iter().position(|&b| !is_ascii_space(b)) {
        Some(i) if bytes.get(i).is_some_and(|&b| b < 0x80) => {
            let t = bytes.get(i..).unwrap_or_default();
            t.starts_with(b"- ") || t == b"-"
        }
        None => false,
        Some(_) => {
            let t = line.trim_start();
            t.starts_with("- ") || t == "-"
        }
    }
}

/// Strip leading block-sequence dashes ("- - key: v" → "key: v"), returning
/// the character column where the rest starts.
fn after_dashes(line: &str) -> (usize, &str) {
    let mut col = indent_of(line);
    let mut rest = &line[col..];
    while let Some(r) = rest.strip_prefix('-') {
        if !(r.is_empty() || r.starts_with(' ')) {
            break;
        }
        let spaces = r.chars().take_while(|&c| c == ' ').count();
        col += 1 + spaces;
        rest = &r[spaces..];
    }
    (col, rest)
}

/// If `content` is `key: …` (the key plain or quoted), the byte offset
/// where the value starts (after the colon and spaces).
fn key_value_offset(content: &str, key: &str) -> Option<usize> {
    // `"key"`, `'key'` or `key`, in that order, without building the three.
    let quoted = |q: char| {
        content
            .strip_prefix(q)
            .and_then(|r| r.strip_prefix(key))
            .and_then(|r| r.strip_prefix(q))
    };
    let after_key = quoted('"')
        .or_else(|| quoted('\''))
        .or_else(|| content.strip_prefix(key))?;
    let trimmed = after_key.trim_start_matches(' ');
    let rest = trimmed.strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with(' ')) {
        return None;
    }
    let value = rest.trim_start_matches(' ');
    Some(content.len() - value.len())
}

/// The text of a scalar as written on one line: unquoted, comment dropped.
fn scalar_text(value: &str) -> String {
    let v = value.trim();
    if let Some(inner) = v.strip_prefix('"') {
        if let Some(end) = inner.find('"') {
            return inner[..end].to_owned();
        }
    }
    if let Some(inner) = v.strip_prefix('\'') {
        if let Some(end) = inner.find('\'') {
            return inner[..end].to_owned();
        }
    }
    match v.find(" #") {
        Some(i) => v[..i].trim_end().to_owned(),
        None => v.to_owned(),
    }
}

impl<'a> Layout<'a> {
    /// Scan `text` (BOM already removed).
    pub fn scan(text: &'a str) -> Layout<'a> {
        let lines: Vec<&str> = lines_of(text).collect();
        // Top-level keys: non-blank lines at column 0 that are not sequence
        // entries (a sequence may sit at its parent key's column).
        let mut tops: Vec<(usize, String)> = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            if line.starts_with(' ') || is_blank_or_comment(line) {
                continue;
            }
            if line.starts_with("- ") || *line == "-" {
                continue;
            }
            let key = line.split(':').next().unwrap_or("").trim();
            let key = key.trim_matches(|c| c == '"' || c == '\'');
            tops.push((i, key.to_owned()));
        }
        let mut layout = Layout {
            text,
            tops: Vec::new(),
            sections: HashMap::new(),
            facts: Vec::new(),
            events: Vec::new(),
            tables: Vec::new(),
            lines,
        };
        for (n, (start, key)) in tops.iter().enumerate() {
            let end = tops.get(n + 1).map_or(layout.lines.len(), |t| t.0);
            layout.sections.entry(key.clone()).or_insert(*start);
            match key.as_str() {
                "facts" if layout.facts.is_empty() => layout.facts = layout.items(start + 1, end),
                "events" if layout.events.is_empty() => {
                    layout.events = layout.items(start + 1, end);
                }
                "tables" if layout.tables.is_empty() => {
                    layout.tables = layout.items(start + 1, end);
                }
                _ => {}
            }
        }
        layout.tops = tops;
        layout
    }

    /// Byte offset in the text where line `i` starts (the text's length past
    /// the last line).
    fn offset(&self, i: usize) -> usize {
        self.lines.get(i).map_or(self.text.len(), |l| {
            (l.as_ptr() as usize).saturating_sub(self.text.as_ptr() as usize)
        })
    }

    /// Split a file of the ordinary shape into pieces that parse on their
    /// own to the same values as the whole file: the `units:` section whole,
    /// and the items of `facts:` / `events:` in runs of at least `per_chunk`
    /// (as bare block sequences, cut only where an item starts at the
    /// sequence's indentation). `None` when the file is not plainly of that
    /// shape — the caller then parses it whole.
    ///
    /// "Plainly" means: only `units:`, `facts:` and `events:` at the top, each
    /// once and written bare (`facts:` and nothing else on the line); nothing
    /// but blank and comment lines before the first of them or between a
    /// section's key and its first item; every other line of a `facts:` /
    /// `events:` section indented at least as far as its items; no tabs and
    /// no anchors or aliases (`&`, `*`) anywhere. Each cut then falls where a
    /// whole-file parse also starts a new item, unless the item before is
    /// left open (an unclosed quote or bracket), which makes that piece fail
    /// to parse: callers must parse the whole file when any piece fails.
    pub fn chunks(&self, per_chunk: usize) -> Option<Vec<Chunk<'a>>> {
        let text = self.text;
        if memchr::memchr3(b'&', b'*', b'\t', text.as_bytes()).is_some() {
            return None;
        }
        let first_top = self.tops.first()?.0;
        if !self
            .lines
            .iter()
            .take(first_top)
            .all(|l| is_blank_or_comment(l))
        {
            return None;
        }
        let mut chunks = Vec::new();
        let mut seen: Vec<&str> = Vec::new();
        for (n, (start, key)) in self.tops.iter().enumerate() {
            let end = self.tops.get(n + 1).map_or(self.lines.len(), |t| t.0);
            let bare = self.line(*start).trim_end_matches(' ').strip_suffix(':') == Some(key);
            if !bare || seen.contains(&key.as_str()) {
                return None;
            }
            seen.push(key);
            let kind = match key.as_str() {
                "units" => {
                    let piece = text.get(self.offset(*start)..self.offset(end))?;
                    chunks.push(Chunk::Units(piece));
                    continue;
                }
                "facts" => Section::Facts,
                "events" => Section::Events,
                _ => return None,
            };
            // The scan's items of this (only) section of its kind.
            let items = match kind {
                Section::Facts => &self.facts,
                Section::Events | Section::Tables => &self.events,
            };
            let (first, indent) = match items.first() {
                Some(item) => (item.start, indent_of(self.line(item.start))),
                None => return None,
            };
            if !(start + 1..first).all(|i| blank_or_comment(self.line(i))) {
                return None;
            }
            let shallow = (first..end).any(|i| {
                let line = self.line(i);
                indent_of_bytes(line.as_bytes()) < indent && !blank_or_comment(line)
            });
            if shallow {
                return None;
            }
            let cuts: Vec<usize> = items
                .iter()
                .step_by(per_chunk.max(1))
                .map(|item| item.start)
                .chain(std::iter::once(end))
                .collect();
            for pair in cuts.windows(2) {
                if let [from, to] = *pair {
                    let piece = text.get(self.offset(from)..self.offset(to))?;
                    chunks.push(match kind {
                        Section::Facts => Chunk::Facts(piece),
                        Section::Events | Section::Tables => Chunk::Events(piece),
                    });
                }
            }
        }
        Some(chunks)
    }

    /// Line `i` of the file ("" past the end).
    fn line(&self, i: usize) -> &'a str {
        self.lines.get(i).copied().unwrap_or("")
    }

    /// The items of a block sequence on lines `[from, to)`.
    fn items(&self, from: usize, to: usize) -> Vec<ItemSite> {
        let dash_lines: Vec<usize> = (from..to).filter(|&i| is_dash_line(self.line(i))).collect();
        let Some(seq_indent) = dash_lines.iter().map(|&i| indent_of(self.line(i))).min() else {
            return Vec::new();
        };
        let starts: Vec<usize> = dash_lines
            .into_iter()
            .filter(|&i| indent_of(self.line(i)) == seq_indent)
            .collect();
        let mut items = Vec::with_capacity(starts.len());
        for (n, &start) in starts.iter().enumerate() {
            let end = starts.get(n + 1).copied().unwrap_or(to);
            let id = (start..end).find_map(|i| {
                let line = self.line(i);
                let (col, content) = after_dashes(line);
                let off = key_value_offset(content, "id")?;
                let value = &content[off..];
                let value_col = col + content[..off].chars().count() + 1;
                let key_col = col + 1;
                let col = if value.trim().is_empty() {
                    key_col
                } else {
                    value_col
                };
                Some(((i + 1, col), scalar_text(value)))
            });
            items.push(ItemSite { start, end, id });
        }
        items
    }

    /// Items found in the `facts:` and `events:` sections.
    pub fn item_count(&self) -> usize {
        self.facts.len() + self.events.len()
    }

    /// The 1-based line of a top-level key, if present.
    pub fn section_line(&self, key: &str) -> Option<usize> {
        self.sections.get(key).map(|l| l + 1)
    }

    /// Pair each parsed item (by id, in file order) with its site. When the
    /// scan saw exactly as many items as were parsed, they pair in order;
    /// otherwise (flow style, odd layout) by id value, first unused first.
    pub fn sites(&self, section: Section, ids: &[&str]) -> Vec<Option<&ItemSite>> {
        let items = match section {
            Section::Facts => &self.facts,
            Section::Events => &self.events,
            Section::Tables => &self.tables,
        };
        if items.len() == ids.len() {
            return items.iter().map(Some).collect();
        }
        let mut by_id: HashMap<&str, VecDeque<&ItemSite>> = HashMap::new();
        for item in items {
            if let Some((_, id)) = &item.id {
                by_id.entry(id.as_str()).or_default().push_back(item);
            }
        }
        ids.iter()
            .map(|id| by_id.get_mut(id).and_then(VecDeque::pop_front))
            .collect()
    }

    /// Where the field `path` (e.g. `["match", "all"]`) of an item is: the
    /// column of its value when it has one on the line, else of its key.
    /// `None` when the scan cannot find it; callers fall back to the id line.
    pub fn field(&self, item: &ItemSite, path: &[&str]) -> Option<Pos> {
        let mut from = item.start;
        let mut found = None;
        for key in path {
            let hit = (from..item.end).find_map(|i| {
                let (col, content) = after_dashes(self.line(i));
                let off = key_value_offset(content, key)?;
                let value = &content[off..];
                let key_col = col + 1;
                let value_col = col + content[..off].chars().count() + 1;
                let blank = value.trim().is_empty() || value.trim_start().starts_with('#');
                Some((i, (i + 1, if blank { key_col } else { value_col })))
            })?;
            from = hit.0 + 1;
            found = Some(hit.1);
        }
        found
    }
}

impl ItemSite {
    /// Where to report an error about the item as a whole.
    pub fn pos(&self) -> Pos {
        self.id.as_ref().map_or((self.start + 1, 1), |(p, _)| *p)
    }
}

/// The first place where nesting exceeds `limit`, counting flow
/// collections (`[`, `{` outside quoted scalars and comments) and block
/// indentation levels. Linear in the text; a heuristic, not a parser — it
/// only has to bound what the real parser is handed.
///
/// Works on bytes: every character it acts on is ASCII, so a multi-byte
/// character only matters as "some other non-blank character" (its lead
/// byte) and is decoded only to ask whether it is whitespace. Columns are
/// counted in characters when a violation is reported.
pub(crate) fn nesting_violation(text: &str, limit: usize) -> Option<Pos> {
    let mut flow = 0usize;
    let mut block: Vec<usize> = Vec::new();
    // Indentation of the node that owns a block scalar being skipped.
    let mut block_scalar_parent: Option<usize> = None;
    let mut quote: Option<u8> = None;
    for (n, line) in lines_of(text).enumerate() {
        let line_no = n + 1;
        let bytes = line.as_bytes();
        let char_col = |i: usize| line.get(..i).map_or(i, |s| s.chars().count()) + 1;
        if flow == 0 && quote.is_none() {
            if blank_or_comment(line) {
                continue;
            }
            let indent = indent_of_bytes(bytes);
            if let Some(parent) = block_scalar_parent {
                if indent > parent {
                    continue;
                }
                block_scalar_parent = None;
            }
            while block.last().is_some_and(|&top| top > indent) {
                block.pop();
            }
            if block.last() != Some(&indent) {
                block.push(indent);
            }
            if block.len() > limit {
                return Some((line_no, indent + 1));
            }
            // Compact nested sequences ("- - - x") nest one level per dash.
            // Only spaces and dashes are stepped over, so byte and character
            // columns agree here.
            let mut col = indent;
            while bytes.get(col) == Some(&b'-') {
                let after = bytes.get(col + 1);
                if !(after.is_none() || after == Some(&b' ')) {
                    break;
                }
                let spaces = indent_of_bytes(bytes.get(col + 1..).unwrap_or_default());
                if block.last().is_some_and(|&top| top < col + 1 + spaces) {
                    block.push(col + 1 + spaces);
                    if block.len() > limit {
                        return Some((line_no, col + 1));
                    }
                }
                col += 1 + spaces;
            }
            let rest = line.get(col..).unwrap_or_default();
            if is_block_scalar_header(rest) {
                block_scalar_parent = Some(col);
            }
        }
        // Characters: flow brackets, quotes, comments. `prev_sig` is the last
        // significant character: an indicator as itself, other text as b'a'.
        let mut prev_sig: Option<u8> = None;
        let mut i = 0;
        while let Some(&c) = bytes.get(i) {
            match quote {
                // Inside quotes only the closing quote (and `\` escapes in
                // double quotes) matter: jump to the next one.
                Some(b'\'') if c != b'\'' => {
                    i += memchr::memchr(b'\'', bytes.get(i..).unwrap_or_default())
                        .unwrap_or(bytes.len() - i);
                    continue;
                }
                Some(b'"') if c != b'"' && c != b'\\' => {
                    i += memchr::memchr2(b'"', b'\\', bytes.get(i..).unwrap_or_default())
                        .unwrap_or(bytes.len() - i);
                    continue;
                }
                // Plain text and blanks: a run of them leaves `prev_sig` as
                // text if the run held any text, else unchanged.
                None if is_plain_or_blank(c) => {
                    let run = bytes.get(i..).unwrap_or_default();
                    let len = run
                        .iter()
                        .position(|&b| !is_plain_or_blank(b))
                        .unwrap_or(run.len());
                    if run
                        .get(..len)
                        .is_some_and(|r| r.iter().any(|&b| !is_ascii_space(b)))
                    {
                        prev_sig = Some(b'a');
                    }
                    i += len;
                    continue;
                }
                Some(b'\'') => {
                    if c == b'\'' {
                        if bytes.get(i + 1) == Some(&b'\'') {
                            i += 1;
                        } else {
                            quote = None;
                            prev_sig = Some(c);
                        }
                    }
                }
                Some(_) => {
                    if c == b'\\' {
                        i += 1;
                    } else if c == b'"' {
                        quote = None;
                        prev_sig = Some(c);
                    }
                }
                None => {
                    if c >= 0x80 {
                        // Continuation bytes belong to the character before.
                        if c >= 0xC0 {
                            let ch = line.get(i..).and_then(|s| s.chars().next());
                            if !ch.is_some_and(char::is_whitespace) {
                                prev_sig = Some(b'a');
                            }
                        }
                        i += 1;
                        continue;
                    }
                    let node_start = matches!(
                        prev_sig,
                        None | Some(b':' | b'-' | b'?' | b',' | b'[' | b'{')
                    );
                    // Whether `c` acts as an indicator rather than as text.
                    let mut indicator = !matches!(c, b'[' | b'{' | b',');
                    match c {
                        b'#' if line
                            .get(..i)
                            .and_then(|s| s.chars().next_back())
                            .is_none_or(char::is_whitespace) =>
                        {
                            break
                        }
                        b'\'' | b'"' if node_start => quote = Some(c),
                        b'[' | b'{' if flow > 0 || node_start => {
                            indicator = true;
                            flow += 1;
                            if flow + block.len() > limit {
                                return Some((line_no, char_col(i)));
                            }
                        }
                        b']' | b'}' if flow > 0 => flow -= 1,
                        b',' => indicator = flow > 0,
                        _ => {}
                    }
                    if !is_ascii_space(c) {
                        prev_sig = Some(if indicator { c } else { b'a' });
                    }
                }
            }
            i += 1;
        }
    }
    None
}

/// An ASCII byte the scan treats as ordinary text or blank: anything but
/// the indicators it acts on (`#`, quotes, brackets, `,` and the node-start
/// indicators `:`, `-`, `?`) and non-ASCII bytes.
fn is_plain_or_blank(b: u8) -> bool {
    !matches!(
        b,
        b'#' | b'\'' | b'"' | b'[' | b']' | b'{' | b'}' | b',' | b':' | b'-' | b'?' | 0x80..=0xff
    )
}

/// `char::is_whitespace` for an ASCII byte.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

fn indent_of_bytes(bytes: &[u8]) -> usize {
    bytes.iter().take_while(|&&b| b == b' ').count()
}

/// [`is_blank_or_comment`] without decoding characters when the line starts
/// (after ASCII blanks) with an ASCII character, as nearly every line does.
fn blank_or_comment(line: &str) -> bool {
    match line.bytes().find(|&b| !is_ascii_space(b)) {
        None | Some(b'#') => true,
        Some(b) if b < 0x80 => false,
        Some(_) => is_blank_or_comment(line),
    }
}

/// Whether `rest` (a line after its indentation and dashes) ends in a block
/// scalar header (`key: |`, `>-`, `|2+`, …), its comment dropped.
fn is_block_scalar_header(rest: &str) -> bool {
    let bytes = rest.as_bytes();
    // The comment starts at the first " #".
    let cut = memchr::memchr_iter(b'#', bytes)
        .find(|&i| i > 0 && bytes.get(i - 1) == Some(&b' '))
        .map_or(bytes.len(), |i| i - 1);
    let t = rest.get(..cut).unwrap_or(rest).trim_end();
    // An indicator ends in one of these; nearly every line does not.
    if !t
        .bytes()
        .next_back()
        .is_some_and(|b| matches!(b, b'|' | b'>' | b'-' | b'+' | b'0'..=b'9'))
    {
        return false;
    }
    let indicator = t.rsplit(' ').next().unwrap_or("");
    (indicator.starts_with('|') || indicator.starts_with('>'))
        && indicator
            .chars()
            .skip(1)
            .all(|c| c == '-' || c == '+' || c.is_ascii_digit())
        && (t.len() == indicator.len()
            || t.get(..t.len() - indicator.len())
                .is_some_and(|k| k.trim_end().ends_with(':')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The character-by-character scan that `nesting_violation` replaced,
    /// kept as the oracle it must agree with.
    /// The first place where nesting exceeds `limit`, counting flow
    /// collections (`[`, `{` outside quoted scalars and comments) and block
    /// indentation levels. Linear in the text; a heuristic, not a parser — it
    /// only has to bound what the real parser is handed.
    fn nesting_violation_oracle(text: &str, limit: usize) -> Option<Pos> {
        let mut flow = 0usize;
        let mut block: Vec<usize> = Vec::new();
        // Indentation of the node that owns a block scalar being skipped.
        let mut block_scalar_parent: Option<usize> = None;
        let mut quote: Option<char> = None;
        for (n, line) in text.lines().enumerate() {
            let line_no = n + 1;
            if flow == 0 && quote.is_none() {
                if is_blank_or_comment(line) {
                    continue;
                }
                let indent = indent_of(line);
                if let Some(parent) = block_scalar_parent {
                    if indent > parent {
                        continue;
                    }
                    block_scalar_parent = None;
                }
                while block.last().is_some_and(|&top| top > indent) {
                    block.pop();
                }
                if block.last() != Some(&indent) {
                    block.push(indent);
                }
                if block.len() > limit {
                    return Some((line_no, indent + 1));
                }
                // Compact nested sequences ("- - - x") nest one level per dash.
                let mut rest = &line[indent..];
                let mut col = indent;
                while let Some(r) = rest.strip_prefix('-') {
                    if !(r.is_empty() || r.starts_with(' ')) {
                        break;
                    }
                    let spaces = r.chars().take_while(|&c| c == ' ').count();
                    if block.last().is_some_and(|&top| top < col + 1 + spaces) {
                        block.push(col + 1 + spaces);
                        if block.len() > limit {
                            return Some((line_no, col + 1));
                        }
                    }
                    col += 1 + spaces;
                    rest = &r[spaces..];
                }
                // A block scalar's lines are text, whatever brackets they hold.
                let t = rest.split(" #").next().unwrap_or(rest).trim_end();
                let indicator = t.rsplit(' ').next().unwrap_or("");
                let is_block_scalar = (indicator.starts_with('|') || indicator.starts_with('>'))
                    && indicator
                        .chars()
                        .skip(1)
                        .all(|c| c == '-' || c == '+' || c.is_ascii_digit())
                    && (t.len() == indicator.len()
                        || t[..t.len() - indicator.len()].trim_end().ends_with(':'));
                if is_block_scalar {
                    block_scalar_parent = Some(col);
                }
            }
            // Characters: flow brackets, quotes, comments.
            let mut prev_sig: Option<char> = None;
            let mut chars = line.chars().enumerate().peekable();
            let mut prev_char: Option<char> = None;
            while let Some((col, c)) = chars.next() {
                match quote {
                    Some('\'') => {
                        if c == '\'' {
                            if chars.peek().is_some_and(|&(_, n)| n == '\'') {
                                chars.next();
                            } else {
                                quote = None;
                                prev_sig = Some(c);
                            }
                        }
                    }
                    Some(_) => {
                        if c == '\\' {
                            chars.next();
                        } else if c == '"' {
                            quote = None;
                            prev_sig = Some(c);
                        }
                    }
                    None => {
                        let node_start =
                            matches!(prev_sig, None | Some(':' | '-' | '?' | ',' | '[' | '{'));
                        // Whether `c` acts as an indicator rather than as text.
                        let mut indicator = !matches!(c, '[' | '{' | ',');
                        match c {
                            '#' if prev_char.is_none_or(char::is_whitespace) => break,
                            '\'' | '"' if node_start => quote = Some(c),
                            '[' | '{' if flow > 0 || node_start => {
                                indicator = true;
                                flow += 1;
                                if flow + block.len() > limit {
                                    return Some((line_no, col + 1));
                                }
                            }
                            ']' | '}' if flow > 0 => flow -= 1,
                            ',' => indicator = flow > 0,
                            _ => {}
                        }
                        if !c.is_whitespace() {
                            prev_sig = Some(if indicator { c } else { 'a' });
                        }
                    }
                }
                prev_char = Some(c);
            }
        }
        None
    }

    const SAMPLE: &str = "\
units:
  troops: [troops, soldiers]
facts:
  - id: italy/troops   # comment
    value: 900
    unit: troops
    match:
      all: [Italy]
  - about: before the id
    id: \"quoted/id\"
    value: 1
events:
- id: 'single'
  date: 2022
  match: {all: [x]}
";

    #[test]
    fn finds_sections_items_and_fields() {
        let layout = Layout::scan(SAMPLE);
        assert_eq!(layout.section_line("facts"), Some(3));
        assert_eq!(layout.section_line("events"), Some(12));
        let facts = layout.sites(Section::Facts, &["italy/troops", "quoted/id"]);
        let first = facts[0].unwrap();
        assert_eq!(first.pos(), (4, 9));
        assert_eq!(first.id.as_ref().unwrap().1, "italy/troops");
        assert_eq!(layout.field(first, &["unit"]), Some((6, 11)));
        assert_eq!(layout.field(first, &["match"]), Some((7, 5)));
        assert_eq!(layout.field(first, &["match", "all"]), Some((8, 12)));
        assert_eq!(layout.field(first, &["tolerance"]), None);
        let second = facts[1].unwrap();
        assert_eq!(second.pos(), (10, 9));
        assert_eq!(second.id.as_ref().unwrap().1, "quoted/id");
        assert_eq!(layout.field(second, &["about"]), Some((9, 12)));
        let events = layout.sites(Section::Events, &["single"]);
        let ev = events[0].unwrap();
        assert_eq!(
            (ev.pos().0, ev.id.as_ref().unwrap().1.as_str()),
            (13, "single")
        );
        assert_eq!(layout.field(ev, &["match"]), Some((15, 10)));
    }

    #[test]
    fn flow_items_pair_by_id() {
        let text = "facts: [{id: a, value: 1}, {id: b, value: 2}]\n";
        let layout = Layout::scan(text);
        assert!(layout
            .sites(Section::Facts, &["a", "b"])
            .iter()
            .all(Option::is_none));
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("a: {}{}\n", "[".repeat(100), "]".repeat(100));
        assert_eq!(nesting_violation(&deep, 64), Some((1, 4 + 63)));
        let ok = format!("a: {}{}\n", "[".repeat(10), "]".repeat(10));
        assert_eq!(nesting_violation(&ok, 64), None);
        assert_eq!(nesting_violation(SAMPLE, 64), None);
        // Brackets inside quotes, comments, plain scalars and block scalars
        // are text, not nesting.
        let texty = format!(
            "a: '{0}'\nb: \"{0}\"\n# {0}\nc: x {0}\nd: |\n  {0}\ne: it's [fine]\n",
            "[".repeat(100)
        );
        assert_eq!(nesting_violation(&texty, 64), None);
        let dashes = format!("{}x\n", "- ".repeat(100));
        assert!(nesting_violation(&dashes, 64).is_some());
        let braces = format!("{}\n", "{a: ".repeat(100));
        assert!(nesting_violation(&braces, 64).is_some());
    }

    proptest! {
        #[test]
        fn lines_of_is_str_lines(
            text in proptest::collection::vec(
                proptest::sample::select(vec!["a", "bc", "\n", "\r", "\r\n", "\n\n", "é"]),
                0..20,
            ).prop_map(|v| v.concat()),
        ) {
            prop_assert_eq!(lines_of(&text).collect::<Vec<_>>(), text.lines().collect::<Vec<_>>());
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// The byte scan finds exactly what the character scan found.
        #[test]
        fn byte_scan_agrees_with_char_scan(
            text in proptest::collection::vec(
                proptest::sample::select(vec![
                    " ", "  ", "- ", "-", "[", "]", "{", "}", ",", ":", ": ", "?", "#", " #",
                    "'", "''", "\"", "\\", "|", ">", "|-", ">+2", "+", "1", "a", "key", "\n",
                    "\n", "\n  ", "\t", "\r", "é", "\u{a0}", "\u{2028}", "\u{0b}", "x: |\n",
                ]),
                0..60,
            ).prop_map(|v| v.concat()),
            limit in 1usize..6,
        ) {
            prop_assert_eq!(
                nesting_violation(&text, limit),
                nesting_violation_oracle(&text, limit)
            );
        }
    }
}
