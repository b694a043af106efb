//! Making text read from input safe for a terminal or a CI runner's log.
//!
//! File names, YAML ids, units, dates and record ids reach error and
//! warning messages; a control character among them would move the cursor,
//! recolour the terminal, or (a newline followed by `::error::`) start a
//! workflow command in GitHub's runner, which reads stdout and stderr. Every
//! message the CLI prints goes through [`visible`] first; the report
//! formats escape in their own syntax, with [`is_control`] saying what.

/// `text` with every control character (C0, DEL, C1) and every bidirectional
/// override written as a visible escape: `\n`, `\r`, `\t`, else `\u{1b}`;
/// and the `[` of `##[` as `\u{5b}`. The result never holds a line break,
/// so a message stays one line, and starts no command to a CI runner.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_control) && !text.contains("##[") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '[' && out.ends_with("##") {
            // `##[error]…` is a command to GitHub's runner anywhere in a line.
            out.push_str("\\u{5b}");
        } else {
            push_visible(c, &mut out);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A character no report passes on raw: a control character (C0, line
/// ends and tabs included, DEL or C1), or one that [`reorders`] the text.
pub fn is_control(c: char) -> bool {
    c.is_control() || reorders(c)
}

/// A line or paragraph separator, or a bidirectional embedding, override
/// or isolate: shown raw, it breaks the line or reorders what a terminal
/// or a page shows around it (a file name, an article line, a reference's
/// source can be made to read as something else).
pub fn reorders(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` as it may leave the process, the last thing done to every
/// report: DEL, the C1 controls and the characters that [`reorders`]
/// written as `\uXXXX` (serde leaves them raw in JSON strings, while it
/// escapes the C0 ones), and the `[` of
/// `##[` as `\u005b` (GitHub's runner takes `##[error]…` anywhere in a
/// line of either stream for a command). In JSON both can only be inside
/// strings, where the escape means the same character; in any other
/// format it is a visible one.
pub fn outgoing(text: &str) -> std::borrow::Cow<'_, str> {
    let raw = |c: char| ('\u{7f}'..='\u{9f}').contains(&c) || reorders(c);
    if !needs_outgoing(text.as_bytes()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        if raw(c) || (c == '[' && out.ends_with("##")) {
            out.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether [`outgoing`] changes `text`: it holds DEL, a C1 control, a
/// character that [`reorders`], or `##[`. Read from the UTF-8 bytes, so a
/// report of plain text is passed over at memchr's speed rather than
/// decoded character by character: DEL is byte 0x7F; U+0080–U+009F are
/// 0xC2 0x80–0x9F; U+2028–U+202E are 0xE2 0x80 0xA8–0xAE and U+2066–U+2069
/// 0xE2 0x81 0xA6–0xA9.
fn needs_outgoing(bytes: &[u8]) -> bool {
    if memchr::memchr(0x7f, bytes).is_some() {
        return true;
    }
    memchr::memchr3_iter(0xc2, 0xe2, b'[', bytes).any(|at| {
        match bytes.get(at..).unwrap_or_default() {
            [0xc2, 0x80..=0x9f, ..]
            | [0xe2, 0x80, 0xa8..=0xae, ..]
            | [0xe2, 0x81, 0xa6..=0xa9, ..] => true,
            [b'[', ..] => at >= 2 && bytes.get(at - 2..at) == Some(b"##"),
            _ => false,
        }
    })
}

/// Push `c`, escaped when [`is_control`] says so.
pub fn push_visible(c: char, out: &mut String) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if is_control(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_become_visible_and_plain_text_is_untouched() {
        assert_eq!(visible("a.md: café"), "a.md: café");
        assert_eq!(
            visible("x\n::error::pwned\x1b[31m\x07\u{7f}\u{9b}\r\t"),
            "x\\n::error::pwned\\u{1b}[31m\\u{7}\\u{7f}\\u{9b}\\r\\t"
        );
        assert_eq!(visible("a\u{202e}b\u{2028}"), "a\\u{202e}b\\u{2028}");
        assert!(!visible("a\nb\rc\u{85}d").contains(['\n', '\r', '\u{85}']));
    }

    #[test]
    fn json_keeps_its_meaning_without_raw_controls_or_runner_commands() {
        let value = "a\u{7f}b\u{9b}c\u{1b}d\u{a0} ##[error]x ## \u{202e}e\u{2066}\u{2028}";
        let json = serde_json::to_string(value).unwrap();
        let safe = outgoing(&json);
        assert!(!safe.chars().any(is_control), "{safe}");
        assert!(!safe.contains("##["), "{safe}");
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, value);
        assert_eq!(visible("x ##[warning]y"), "x ##\\u{5b}warning]y");
    }

    /// The byte test of [`needs_outgoing`] against the definition, on every
    /// character next to the ones it looks for, alone and among others.
    #[test]
    fn the_byte_test_finds_exactly_what_outgoing_escapes() {
        let raw = |c: char| ('\u{7f}'..='\u{9f}').contains(&c) || reorders(c);
        let by_chars = |t: &str| t.chars().any(raw) || t.contains("##[");
        let mut chars: Vec<char> = ('\u{0}'..='\u{ff}').collect();
        chars.extend('\u{2000}'..='\u{207f}');
        chars.extend(['#', '[', '\u{1f600}', '\u{feff}', '\u{3000}']);
        for &c in &chars {
            for t in [
                c.to_string(),
                format!("ab{c}"),
                format!("{c}cd"),
                format!("#{c}["),
                format!("#{c}#["),
                format!("{c}##["),
                format!("##{c}["),
            ] {
                assert_eq!(needs_outgoing(t.as_bytes()), by_chars(&t), "{t:?}");
                assert_eq!(outgoing(&t) != t, by_chars(&t), "{t:?}");
            }
        }
        assert!(!needs_outgoing(b"[##"));
        assert!(needs_outgoing(b"[##["));
    }
}
