//! Rendered report text held until the part of the report that must come
//! before it is known, in memory while small and in an unnamed temporary
//! file past [`SPILL_BYTES`].
//!
//! A streamed report whose head counts what follows (the human format's
//! heading of each file, the JSON report's `summary`) renders each finding
//! as it is settled, but cannot write it yet. [`Spill`] keeps that text
//! without holding it in memory: a long document's or a whole archive's
//! report costs the disk what it will cost the output, and memory a bound.
//!
//! Where no temporary file can be made or written (a full disk), the rest
//! stays in memory, so nothing is lost; a failure to read it back is
//! reported by [`Spill::drain`].

use std::fs::File;
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};

/// Held text past which it moves to the temporary file.
pub const SPILL_BYTES: usize = 4 << 20;

/// The threshold in force: [`SPILL_BYTES`], or in a test the one set by
/// [`tests::spill_past`] for its thread.
fn spill_bytes() -> usize {
    #[cfg(test)]
    if let Some(bytes) = tests::SPILL_PAST.with(std::cell::Cell::get) {
        return bytes;
    }
    SPILL_BYTES
}

/// Text held in order: the older part in `file` once it spilled, the newer
/// in `memory`.
#[derive(Default)]
pub struct Spill {
    memory: String,
    file: Option<File>,
    /// Whether spilling was given up (no temporary file could be made or
    /// written): the rest stays in memory.
    in_memory_only: bool,
    /// Why the text could not be kept or read back, if so.
    error: Option<String>,
    /// Whether any text is held.
    held: bool,
}

impl Spill {
    /// An empty buffer that spills to a temporary file.
    pub fn new() -> Spill {
        Spill::default()
    }

    /// An empty buffer that never spills (everything stays in memory).
    pub fn in_memory() -> Spill {
        Spill {
            in_memory_only: true,
            ..Spill::default()
        }
    }

    /// Add `text` at the end.
    pub fn push_str(&mut self, text: &str) {
        self.held |= !text.is_empty();
        self.memory.push_str(text);
        self.settle();
    }

    /// The newer part of the text, to append to in place; call
    /// [`Spill::settle`] after.
    pub fn memory(&mut self) -> &mut String {
        self.held = true;
        &mut self.memory
    }

    /// Append `value`, pretty-printed, as the next item of a JSON array
    /// whose items stand at `indent` (a comma and a line break before
    /// every item but the first, a line break before that), then settle.
    /// A JSON string holds no raw line break: each line of the text is one
    /// line of its structure, so each takes the indent.
    pub fn push_json_item<T: serde::Serialize + ?Sized>(
        &mut self,
        first: bool,
        indent: &str,
        value: &T,
    ) {
        let text = serde_json::to_string_pretty(value).unwrap_or_default();
        let body = self.memory();
        body.push_str(if first { "\n" } else { ",\n" });
        for (k, line) in text.lines().enumerate() {
            if k > 0 {
                body.push('\n');
            }
            body.push_str(indent);
            body.push_str(line);
        }
        self.settle();
    }

    /// `whole`, a pretty-printed report whose array `slot` (`"key": []`)
    /// is empty, to `out` with the items pushed by [`Spill::push_json_item`]
    /// at `indent` spliced into that array (and the array's closing bracket
    /// on a line of its own at the indent's level when there are items).
    /// Without the slot, `whole` as it is. An error if the items could not
    /// be kept or read back.
    pub fn splice_into(
        mut self,
        whole: &str,
        slot: &str,
        indent: &str,
        items: bool,
        out: &mut dyn FnMut(&str),
    ) -> Result<(), String> {
        let Some(at) = whole.find(slot) else {
            out(whole);
            return Ok(());
        };
        let open = at + slot.len() - 1;
        out(whole.get(..open).unwrap_or(""));
        let kept = self.drain(out);
        if items {
            out("\n");
            out(indent.get(2..).unwrap_or(""));
        }
        out(whole.get(open..).unwrap_or(""));
        kept
    }

    /// Whether some of the text is in the temporary file.
    pub fn has_spilled(&self) -> bool {
        self.file.is_some()
    }

    /// Whether nothing is held.
    pub fn is_empty(&self) -> bool {
        !self.held
    }

    /// Move the text to the temporary file once it is large.
    pub fn settle(&mut self) {
        if !self.in_memory_only && self.memory.len() >= spill_bytes() {
            self.spill();
        }
    }

    /// Move the text in memory to the temporary file. Where no temporary
    /// file can be made or written, the rest stays in memory.
    fn spill(&mut self) {
        let mut file = match self.file.take() {
            Some(file) => file,
            None => match tempfile::tempfile() {
                Ok(file) => {
                    #[cfg(test)]
                    tests::FILES_MADE.with(|n| n.set(n.get() + 1));
                    file
                }
                Err(_) => {
                    self.in_memory_only = true;
                    return;
                }
            },
        };
        let start = match file.stream_position() {
            Ok(start) => start,
            Err(_) => {
                self.in_memory_only = true;
                self.file = Some(file);
                return;
            }
        };
        match file.write_all(self.memory.as_bytes()) {
            Ok(()) => self.memory.clear(),
            Err(_) => {
                // What the failed write left is cut off: its text is still
                // in memory, and the rest stays there.
                self.in_memory_only = true;
                let cut = file
                    .set_len(start)
                    .and_then(|()| file.seek(SeekFrom::Start(start)).map(|_| ()));
                if let Err(e) = cut {
                    self.error
                        .get_or_insert(format!("cannot hold the report in a temporary file: {e}"));
                }
            }
        }
        self.file = Some(file);
    }

    /// Hand the whole text to `out` in order, a piece at a time, and empty
    /// the buffer (it can be used again). An error if it could not be
    /// kept or read back.
    pub fn drain(&mut self, out: &mut dyn FnMut(&str)) -> Result<(), String> {
        if let Some(file) = self.file.take() {
            if let Err(e) = read_back(file, out) {
                self.error.get_or_insert(format!(
                    "cannot read the report back from its temporary file: {e}"
                ));
            }
        }
        out(&self.memory);
        self.memory.clear();
        self.held = false;
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

/// Hand a spilled text to `out` from the start of its file, a piece at a
/// time, each piece whole characters.
fn read_back(mut file: File, out: &mut dyn FnMut(&str)) -> std::io::Result<()> {
    file.seek(SeekFrom::Start(0))?;
    let mut chunk = vec![0u8; 1 << 20];
    // Read bytes not yet handed on: at most the start of one character.
    let mut carry: Vec<u8> = Vec::new();
    loop {
        let n = file.read(&mut chunk)?;
        if n == 0 {
            break;
        }
        carry.extend_from_slice(chunk.get(..n).unwrap_or_default());
        let valid = match std::str::from_utf8(&carry) {
            Ok(text) => text.len(),
            Err(e) => e.valid_up_to(),
        };
        let rest = carry.split_off(valid);
        out(std::str::from_utf8(&carry).unwrap_or_default());
        carry = rest;
    }
    Ok(())
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    thread_local! {
        /// This thread's threshold, when a test set one.
        pub(super) static SPILL_PAST: std::cell::Cell<Option<usize>> =
            const { std::cell::Cell::new(None) };
    }

    /// Run `f` with every spill of this thread moving its text to the
    /// temporary file past `bytes` (a test of a report's file path
    /// without megabytes of findings).
    pub(crate) fn spill_past<T>(bytes: usize, f: impl FnOnce() -> T) -> T {
        SPILL_PAST.with(|c| c.set(Some(bytes)));
        let out = f();
        SPILL_PAST.with(|c| c.set(None));
        out
    }

    /// How many temporary files this thread's spills made.
    pub(crate) fn files_made() -> usize {
        FILES_MADE.with(std::cell::Cell::get)
    }

    thread_local! {
        pub(super) static FILES_MADE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    fn drained(spill: &mut Spill) -> String {
        let mut all = String::new();
        spill.drain(&mut |piece| all.push_str(piece)).unwrap();
        all
    }

    #[test]
    fn small_text_stays_in_memory_and_comes_back_whole() {
        let mut spill = Spill::new();
        assert!(spill.is_empty());
        spill.push_str("one ");
        spill.push_str("two");
        assert!(spill.file.is_none());
        assert!(!spill.is_empty());
        assert_eq!(drained(&mut spill), "one two");
        assert!(spill.is_empty());
        assert_eq!(drained(&mut spill), "");
    }

    #[test]
    fn large_text_goes_to_the_file_and_comes_back_in_order() {
        let mut spill = Spill::new();
        let mut expected = String::new();
        // Multi-byte characters across the read-back's chunk boundaries.
        let piece = "ä€😀 finding, line\n".repeat(10_000);
        for k in 0..30 {
            let piece = format!("{k}:{piece}");
            spill.push_str(&piece);
            expected.push_str(&piece);
        }
        assert!(spill.file.is_some());
        assert!(spill.memory.len() < SPILL_BYTES);
        assert_eq!(drained(&mut spill), expected);
        // Emptied: a second use starts afresh.
        spill.push_str("again");
        assert_eq!(drained(&mut spill), "again");
    }

    #[test]
    fn read_back_hands_on_whole_characters() {
        // A multi-byte character across the 1 MB read boundary.
        let mut text = "a".repeat((1 << 20) - 1);
        text.push_str("東京 and more");
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(text.as_bytes()).unwrap();
        let mut back = String::new();
        let mut pieces = 0;
        read_back(file, &mut |t| {
            back.push_str(t);
            pieces += 1;
        })
        .unwrap();
        assert_eq!(back, text);
        assert!(pieces >= 2);
    }

    #[test]
    fn in_memory_never_spills() {
        let mut spill = Spill::in_memory();
        let big = "x".repeat(SPILL_BYTES + 10);
        spill.push_str(&big);
        assert!(spill.file.is_none());
        assert_eq!(drained(&mut spill), big);
    }

    #[test]
    fn appending_in_place_then_settling_spills() {
        let mut spill = Spill::new();
        spill.memory().push_str(&"y".repeat(SPILL_BYTES));
        spill.settle();
        assert!(spill.file.is_some());
        spill.memory().push('z');
        let out = drained(&mut spill);
        assert_eq!(out.len(), SPILL_BYTES + 1);
        assert!(out.ends_with("yz"));
    }
}
