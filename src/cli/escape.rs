//! Making text read from input safe for a terminal or a CI runner's log.
//!
//! File names, YAML ids, units, dates and record ids reach error and
//! warning messages; a control character among them would move the cursor,
//! recolour the terminal, or (a newline followed by `::error::`) start a
//! workflow command in GitHub's runner, which reads stderr too. Every
//! message the CLI prints goes through [`visible`] first.

/// `text` with every control character (C0, DEL, C1) and every bidirectional
/// override written as a visible escape: `\n`, `\r`, `\t`, else `\u{1b}`.
/// The result never holds a line break, so a message stays one line.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_visible(c, &mut out);
    }
    std::borrow::Cow::Owned(out)
}

/// Whether `c` may not reach a terminal as it is: a control character, a
/// line or paragraph separator, or a bidirectional override or isolate
/// (which reorder what is shown around them).
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Push `c`, escaped when [`needs_escape`] says so.
pub fn push_visible(c: char, out: &mut String) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
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
}
