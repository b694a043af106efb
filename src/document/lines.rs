//! Byte offsets to 1-based line and column (columns in characters).
//!
//! Lookups are O(log lines + 4 KiB) whatever the line length, so a 100 MB
//! article on one line costs no more per claim than a short one.

const BLOCK: usize = 4096;

#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// Characters before each `BLOCK`-byte block.
    chars_before_block: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        let mut chars_before_block = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut total = 0;
        for block in bytes.chunks(BLOCK) {
            chars_before_block.push(total);
            total += count_chars(block);
        }
        chars_before_block.push(total);
        LineIndex {
            line_starts,
            chars_before_block,
        }
    }

    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let offset = offset.min(text.len());
        let block = offset / BLOCK;
        let base = self.chars_before_block.get(block).copied().unwrap_or(0);
        let next = self.chars_before_block.get(block + 1).copied();
        // A block with as many characters as bytes is ASCII: no counting.
        if next.is_some_and(|n| n - base == BLOCK) {
            return base + (offset - block * BLOCK);
        }
        base + text
            .as_bytes()
            .get(block * BLOCK..offset)
            .map_or(0, count_chars)
    }

    /// 0-based line number of the line holding `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Whether block `block` is all ASCII (as many characters as bytes).
    fn ascii_block(&self, block: usize) -> bool {
        match (
            self.chars_before_block.get(block),
            self.chars_before_block.get(block + 1),
        ) {
            (Some(base), Some(next)) => next - base == BLOCK,
            _ => false,
        }
    }

    /// Characters in `start..offset` (`start <= offset`): from the block
    /// counts when both ends lie in ASCII blocks (no counting at all), else
    /// counted directly if that is at most a block of bytes.
    fn chars_between(&self, text: &str, start: usize, offset: usize) -> usize {
        let end = offset.min(text.len());
        let both_ascii = self.ascii_block(start / BLOCK) && self.ascii_block(end / BLOCK);
        if !both_ascii && end.saturating_sub(start) <= BLOCK {
            return text.as_bytes().get(start..end).map_or(0, count_chars);
        }
        self.chars_before(text, offset) - self.chars_before(text, start)
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        let mut column = self.chars_between(text, start, offset);
        // A byte-order mark is not a column: editors do not show it.
        if line == 0 && offset >= 3 && text.starts_with('\u{feff}') {
            column = column.saturating_sub(1);
        }
        (line + 1, column + 1)
    }

    /// 1-based line and 1-based column in UTF-8 bytes of a byte offset
    /// (rdjson counts columns this way).
    pub fn byte_position(&self, offset: usize) -> (usize, usize) {
        let line = self.line_of(offset);
        let start = self.line_starts.get(line).copied().unwrap_or(0);
        (line + 1, offset.saturating_sub(start) + 1)
    }

    /// Byte range of a 0-based line, without its line end.
    pub fn line_range(&self, text: &str, line: usize) -> (usize, usize) {
        let start = self.line_starts.get(line).copied().unwrap_or(text.len());
        let mut end = self
            .line_starts
            .get(line + 1)
            .map_or(text.len(), |next| next - 1);
        let bytes = text.as_bytes();
        if end > start && bytes.get(end - 1) == Some(&b'\r') {
            end -= 1;
        }
        (start, end.max(start))
    }
}

/// Characters in a UTF-8 byte slice: every byte that is not a continuation
/// (`0b10xx_xxxx`), the continuations counted eight bytes at a time.
fn count_chars(bytes: &[u8]) -> usize {
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    const LOW_BYTES: u64 = u64::from_ne_bytes([0xFF, 0, 0xFF, 0, 0xFF, 0, 0xFF, 0]);
    // The eight byte-wide counts of `lanes` added up (each at most 255).
    let total = |lanes: u64| {
        let pairs = (lanes & LOW_BYTES) + ((lanes >> 8) & LOW_BYTES);
        let sum = pairs + (pairs >> 16) + (pairs >> 32) + (pairs >> 48);
        (sum & 0xFFFF) as usize
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    let mut lanes = 0u64;
    let mut rounds = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_ne_bytes(word);
        // 1 in each byte whose top bits are 10.
        lanes += (x & !(x << 1) & HIGHS) >> 7;
        rounds += 1;
        if rounds == 255 {
            continuations += total(lanes);
            lanes = 0;
            rounds = 0;
        }
    }
    continuations += total(lanes);
    continuations += chunks
        .remainder()
        .iter()
        .filter(|b| (**b & 0xC0) == 0x80)
        .count();
    bytes.len() - continuations
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let text = "ab\n“x” 800\r\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 0), (1, 1));
        let at = text.find("800").unwrap();
        assert_eq!(idx.position(text, at), (2, 5));
        let last = text.find("last").unwrap();
        assert_eq!(idx.position(text, last), (3, 1));
        assert_eq!(idx.line_range(text, 1), (3, text.find('\r').unwrap()));
    }

    #[test]
    fn byte_positions_count_bytes() {
        let text = "ab\n“x” 800\r\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.byte_position(0), (1, 1));
        assert_eq!(idx.byte_position(3), (2, 1));
        // "“x” " is 8 bytes but 4 characters.
        let at = text.find("800").unwrap_or(0);
        assert_eq!(idx.byte_position(at), (2, 9));
        assert_eq!(idx.position(text, at), (2, 5));
        assert_eq!(idx.byte_position(text.len()), (3, 5));
    }

    #[test]
    fn short_and_long_lines_count_alike() {
        let line = |n: usize| format!("{}é“{}\n", "a".repeat(n), "b".repeat(n));
        let text = [line(3), line(2100), line(0), line(5000), line(40)].concat() + "ü";
        let idx = LineIndex::new(&text);
        for offset in 0..=text.len() + 2 {
            let line = idx.line_of(offset);
            let start = idx.line_starts[line];
            let by_blocks = idx.chars_before(&text, offset) - idx.chars_before(&text, start);
            assert_eq!(
                idx.position(&text, offset),
                (line + 1, by_blocks + 1),
                "{offset}"
            );
        }
    }

    #[test]
    fn counts_chars_as_non_continuation_bytes() {
        let text = "aé“𝄞ü ".repeat(700);
        let bytes = text.as_bytes();
        for (start, end) in [
            (0, 0),
            (0, 7),
            (3, 17),
            (0, bytes.len()),
            (5, bytes.len() - 3),
        ] {
            let slice = &bytes[start..end];
            let naive = slice.iter().filter(|b| (**b & 0xC0) != 0x80).count();
            assert_eq!(count_chars(slice), naive, "{start}..{end}");
        }
        let all: Vec<u8> = (0..=255u8).cycle().take(5000).collect();
        let naive = all.iter().filter(|b| (**b & 0xC0) != 0x80).count();
        assert_eq!(count_chars(&all), naive);
    }

    #[test]
    fn long_lines_cross_blocks() {
        let text = format!("{}é{}X", "a".repeat(5000), "b".repeat(5000));
        let idx = LineIndex::new(&text);
        let at = text.find('X').unwrap();
        assert_eq!(idx.position(&text, at), (1, 10002));
    }
}
