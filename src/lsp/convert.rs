//! Between the editor's coordinates and the library's.
//!
//! The library speaks byte offsets into UTF-8 text; LSP speaks
//! `(line, character)` where `character` counts UTF-16 code units unless
//! client and server agreed on UTF-8 or UTF-32 at `initialize`. Lines end at
//! `\n`, `\r\n` or a lone `\r`, as the protocol says. A position past the
//! end of its line means the line's end, and a line past the last means
//! the end of the text: the protocol asks servers to clamp, not to fail.
//!
//! Building a [`LineIndex`] is linear in the text; finding a position in
//! it counts at most a kilobyte (long lines have checkpoints), so a
//! document of one long line with thousands of findings is not quadratic.

use std::path::{Path, PathBuf};

use lsp_types::{Position, PositionEncodingKind, Range, TextDocumentContentChangeEvent, Uri};

/// How `character` in a position counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    /// The encoding to use given what the client offers, in its order of
    /// preference: UTF-16 (every client's default) unless the client
    /// prefers UTF-8 or UTF-32, which cost less to convert.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        for kind in offered.unwrap_or_default() {
            match kind.as_str() {
                "utf-8" => return Encoding::Utf8,
                "utf-32" => return Encoding::Utf32,
                "utf-16" => return Encoding::Utf16,
                _ => {}
            }
        }
        Encoding::Utf16
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn width(self, c: char) -> u32 {
        match self {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
            Encoding::Utf32 => 1,
        }
    }
}

/// Within a long line, a checkpoint at least every this many bytes, so
/// that finding a column counts at most this many bytes.
const STRIDE: usize = 1024;

/// Where each line of a text starts, and checkpoints inside long lines.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offsets of line starts; the first is 0.
    starts: Vec<usize>,
    /// Points inside lines longer than [`STRIDE`], by byte offset, with
    /// their columns from the line's start.
    checkpoints: Vec<Checkpoint>,
    len: usize,
}

#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    byte: usize,
    utf16: u32,
    utf32: u32,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
            // "\r\n" is one break, at its "\n".
            if bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) == Some(&b'\n') {
                continue;
            }
            starts.push(i + 1);
        }
        let mut checkpoints = Vec::new();
        let ends = starts
            .iter()
            .skip(1)
            .copied()
            .chain(std::iter::once(text.len()));
        for (start, end) in starts.iter().copied().zip(ends) {
            if end - start <= STRIDE {
                continue;
            }
            let (mut utf16, mut utf32, mut last) = (0u32, 0u32, 0usize);
            for (i, c) in text.get(start..end).unwrap_or("").char_indices() {
                if i - last >= STRIDE {
                    checkpoints.push(Checkpoint {
                        byte: start + i,
                        utf16,
                        utf32,
                    });
                    last = i;
                }
                utf16 += c.len_utf16() as u32;
                utf32 += 1;
            }
        }
        LineIndex {
            starts,
            checkpoints,
            len: text.len(),
        }
    }

    /// The line holding byte `offset` (clamped to the text).
    fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset.min(self.len))
            .saturating_sub(1)
    }

    /// The position of byte `offset`; an offset inside a character counts
    /// from that character's start. Counts at most [`STRIDE`] bytes.
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let offset = floor_char_boundary(text, offset);
        let line = self.line_of(offset);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let k = self.checkpoints.partition_point(|c| c.byte <= offset);
        let (from, base) = match k.checked_sub(1).and_then(|k| self.checkpoints.get(k)) {
            Some(c) if c.byte >= start => {
                let base = match enc {
                    Encoding::Utf8 => (c.byte - start) as u32,
                    Encoding::Utf16 => c.utf16,
                    Encoding::Utf32 => c.utf32,
                };
                (c.byte, base)
            }
            _ => (start, 0),
        };
        Position::new(line as u32, base + width(text, from, offset, enc))
    }

    /// The positions of many byte offsets, parallel to them.
    pub fn positions(&self, text: &str, offsets: &[usize], enc: Encoding) -> Vec<Position> {
        offsets
            .iter()
            .map(|&o| self.position(text, o, enc))
            .collect()
    }

    /// The byte offset of `pos`, clamped to its line and to the text; a
    /// position inside a character (half a surrogate pair) is that
    /// character's start.
    pub fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let Some(&start) = self.starts.get(pos.line as usize) else {
            return text.len();
        };
        let end = self
            .starts
            .get(pos.line as usize + 1)
            .copied()
            .unwrap_or(text.len());
        let line = text.get(start..end).unwrap_or("");
        // The break itself is not part of the line's characters.
        let body = line.trim_end_matches(['\n', '\r']);
        let mut counted = 0u32;
        for (i, c) in body.char_indices() {
            let next = counted.saturating_add(enc.width(c));
            if next > pos.character {
                return start + i;
            }
            counted = next;
        }
        start + body.len()
    }

    /// The range of bytes `start..end`.
    pub fn range(&self, text: &str, start: usize, end: usize, enc: Encoding) -> Range {
        let p = self.positions(text, &[start, end], enc);
        Range::new(
            p.first().copied().unwrap_or_default(),
            p.get(1).copied().unwrap_or_default(),
        )
    }
}

/// Code units of `enc` in `text[from..to]`, both clamped to char boundaries.
fn width(text: &str, from: usize, to: usize, enc: Encoding) -> u32 {
    let from = floor_char_boundary(text, from);
    let to = floor_char_boundary(text, to.max(from));
    let part = text.get(from..to).unwrap_or("");
    match enc {
        Encoding::Utf8 => part.len() as u32,
        Encoding::Utf16 => part.chars().map(|c| c.len_utf16() as u32).sum(),
        Encoding::Utf32 => part.chars().count() as u32,
    }
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Apply one editor change: a range replaced, or (no range) the whole text.
pub fn apply_change(text: &mut String, change: TextDocumentContentChangeEvent, enc: Encoding) {
    match change.range {
        None => *text = change.text,
        Some(range) => {
            let index = LineIndex::new(text);
            let start = index.offset(text, range.start, enc);
            let end = index.offset(text, range.end, enc).max(start);
            text.replace_range(start..end, &change.text);
        }
    }
}

/// The local path of a `file:` URI (percent-decoded); `None` for any other
/// scheme (an editor's unsaved "untitled:" buffer).
pub fn uri_to_path(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s.strip_prefix("file://")?;
    // The authority (a host, usually empty) runs up to the path's "/".
    let path = rest.get(rest.find('/')?..)?;
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let bytes: Vec<u8> = percent_encoding::percent_decode_str(path).collect();
    use std::os::unix::ffi::OsStringExt as _;
    Some(PathBuf::from(std::ffi::OsString::from_vec(bytes)))
}

/// Characters a path keeps as they are in a `file:` URI (RFC 3986's
/// unreserved characters and `/`); every other byte is percent-encoded.
const PATH_KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'/')
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The `file:` URI of an absolute path (a relative one is taken from the
/// working directory).
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    use std::os::unix::ffi::OsStrExt as _;
    let absolute = std::path::absolute(path).ok()?;
    let encoded =
        percent_encoding::percent_encode(absolute.as_os_str().as_bytes(), PATH_KEEP).to_string();
    format!("file://{encoded}").parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a € b\n東京 800\r\nx 😀 y\rlast";

    #[test]
    fn utf16_counts_surrogate_pairs_and_wide_characters() {
        let index = LineIndex::new(TEXT);
        let at = |needle: &str| TEXT.find(needle).unwrap();
        let pos = |o| index.position(TEXT, o, Encoding::Utf16);
        assert_eq!(pos(at("b")), Position::new(0, 4));
        assert_eq!(pos(at("800")), Position::new(1, 3));
        assert_eq!(pos(at("y")), Position::new(2, 5), "😀 is two UTF-16 units");
        assert_eq!(
            pos(at("last")),
            Position::new(3, 0),
            "a lone \\r ends a line"
        );
        assert_eq!(
            index.position(TEXT, at("y"), Encoding::Utf8),
            Position::new(2, 7)
        );
        assert_eq!(
            index.position(TEXT, at("y"), Encoding::Utf32),
            Position::new(2, 4)
        );
    }

    #[test]
    fn offsets_and_positions_round_trip_in_every_encoding() {
        let index = LineIndex::new(TEXT);
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            // Every offset but the "\n" of "\r\n": inside a line break is
            // no position of its own.
            for (o, _) in TEXT
                .char_indices()
                .filter(|(o, _)| *o == 0 || TEXT.get(o - 1..=*o) != Some("\r\n"))
            {
                let p = index.position(TEXT, o, enc);
                assert_eq!(index.offset(TEXT, p, enc), o, "{enc:?} at {o} ({p:?})");
            }
            let all: Vec<usize> = TEXT.char_indices().map(|(o, _)| o).rev().collect();
            let one_by_one: Vec<Position> =
                all.iter().map(|&o| index.position(TEXT, o, enc)).collect();
            assert_eq!(index.positions(TEXT, &all, enc), one_by_one);
        }
    }

    #[test]
    fn long_lines_count_from_checkpoints_the_same() {
        let line = "a€東😀b ".repeat(2_000);
        let text = format!("x\n{line}\n{line}");
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        let plain = LineIndex {
            checkpoints: Vec::new(),
            ..index.clone()
        };
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
            for (o, _) in text.char_indices().step_by(7) {
                assert_eq!(
                    index.position(&text, o, enc),
                    plain.position(&text, o, enc),
                    "{enc:?} at {o}"
                );
            }
        }
    }

    #[test]
    fn positions_out_of_range_are_clamped() {
        let index = LineIndex::new(TEXT);
        let end_of_first = TEXT.find('\n').unwrap();
        assert_eq!(
            index.offset(TEXT, Position::new(0, 99), Encoding::Utf16),
            end_of_first
        );
        assert_eq!(
            index.offset(TEXT, Position::new(99, 0), Encoding::Utf16),
            TEXT.len()
        );
        // Inside the surrogate pair: the emoji's start.
        let emoji = TEXT.find('😀').unwrap();
        assert_eq!(
            index.offset(TEXT, Position::new(2, 3), Encoding::Utf16),
            emoji
        );
        assert_eq!(
            index.position(TEXT, TEXT.len() + 10, Encoding::Utf16),
            Position::new(3, 4)
        );
        // Inside a multi-byte character: counted from its start.
        assert_eq!(
            index.position(TEXT, emoji + 1, Encoding::Utf16),
            Position::new(2, 2)
        );
    }

    #[test]
    fn incremental_changes_edit_by_utf16_range() {
        let mut text = "東京 has 800 staff.\n€ 5".to_owned();
        let change = |sl, sc, el, ec, t: &str| TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(sl, sc), Position::new(el, ec))),
            range_length: None,
            text: t.to_owned(),
        };
        apply_change(&mut text, change(0, 7, 0, 10, "900"), Encoding::Utf16);
        assert_eq!(text, "東京 has 900 staff.\n€ 5");
        apply_change(&mut text, change(1, 2, 1, 3, "6"), Encoding::Utf16);
        assert_eq!(text, "東京 has 900 staff.\n€ 6");
        apply_change(&mut text, change(0, 17, 1, 0, " "), Encoding::Utf16);
        assert_eq!(text, "東京 has 900 staff. € 6");
        apply_change(
            &mut text,
            TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: "new".into(),
            },
            Encoding::Utf16,
        );
        assert_eq!(text, "new");
    }

    #[test]
    fn file_uris_round_trip_with_percent_encoding() {
        let path = Path::new("/tmp/a dir/東京 #1.md");
        let uri = path_to_uri(path).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///tmp/a%20dir/%E6%9D%B1%E4%BA%AC%20%231.md"
        );
        assert_eq!(uri_to_path(&uri).unwrap(), path);
        let untitled: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(uri_to_path(&untitled), None);
        let host: Uri = "file://localhost/etc/x.md".parse().unwrap();
        assert_eq!(uri_to_path(&host).unwrap(), Path::new("/etc/x.md"));
    }

    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn text() -> impl Strategy<Value = String> {
            proptest::collection::vec(
                prop::sample::select(vec!["a", " ", "€", "東", "😀", "\n", "\r", "\r\n", "9"]),
                0..40,
            )
            .prop_map(|parts| parts.concat())
        }

        proptest! {
            /// Whatever the editor sends, an edit lands on character
            /// boundaries, and a position found for an offset leads back to it.
            #[test]
            fn edits_never_cut_a_character(
                mut text in text(),
                sl in 0u32..12, sc in 0u32..12, el in 0u32..12, ec in 0u32..12,
                insert in text(),
                enc in prop::sample::select(vec![Encoding::Utf8, Encoding::Utf16, Encoding::Utf32]),
            ) {
                let index = LineIndex::new(&text);
                for (o, _) in text.char_indices() {
                    let back = index.offset(&text, index.position(&text, o, enc), enc);
                    let in_crlf = o > 0 && text.get(o - 1..=o) == Some("\r\n");
                    prop_assert!(back == o || (in_crlf && back == o - 1));
                }
                let start = Position::new(sl, sc);
                let end = Position::new(el, ec);
                let (a, b) = (index.offset(&text, start, enc), index.offset(&text, end, enc));
                prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                let mut expected = text.clone();
                expected.replace_range(a..b.max(a), &insert);
                apply_change(
                    &mut text,
                    TextDocumentContentChangeEvent {
                        range: Some(Range::new(start, end)),
                        range_length: None,
                        text: insert,
                    },
                    enc,
                );
                prop_assert_eq!(text, expected);
            }
        }
    }
}
