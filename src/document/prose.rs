//! What is prose and what is not. Non-prose bytes (front matter, Markdown
//! code, HTML, URLs, the header date) are blanked to spaces in a copy of the
//! text, so every later stage sees the same byte offsets as the file.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Blank `range` in `masked` (ASCII spaces keep byte length and newlines).
pub fn blank(masked: &mut [u8], start: usize, end: usize) {
    let end = end.min(masked.len());
    if let Some(slice) = masked.get_mut(start..end) {
        for b in slice {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
}

/// Blank Markdown code blocks, inline code, raw HTML and link destinations.
pub fn blank_markdown(text: &str, masked: &mut [u8], from: usize) {
    let body = text.get(from..).unwrap_or("");
    let parser = Parser::new_ext(body, Options::empty()).into_offset_iter();
    let mut code_depth = 0usize;
    for (event, range) in parser {
        let (start, end) = (range.start + from, range.end + from);
        match event {
            Event::Start(Tag::CodeBlock(_)) => {
                code_depth += 1;
                blank(masked, start, end);
            }
            Event::End(TagEnd::CodeBlock) => code_depth = code_depth.saturating_sub(1),
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => blank(masked, start, end),
            Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => {
                // `[text](destination "title")`: the text is prose, the rest is not.
                let source = text.get(start..end).unwrap_or("");
                if let Some(close) = source.rfind("](") {
                    blank(masked, start + close + 1, end);
                } else if source.starts_with('<') {
                    blank(masked, start, end);
                }
            }
            _ => {}
        }
    }
}

/// Blank bare URLs and e-mail-like tokens anywhere in the text.
pub fn blank_urls(text: &str, masked: &mut [u8]) {
    let bytes = text.as_bytes();
    for needle in ["http://", "https://", "www."] {
        // A URL runs to the first delimiter, so one found inside the last
        // ends where it does and is blanked already: skipping it keeps a
        // run of URLs with no blank between them ("http://a/http://a/…")
        // from being walked to its end from each.
        let mut blanked_to = 0;
        for at in memchr::memmem::find_iter(bytes, needle.as_bytes()) {
            if at < blanked_to {
                continue;
            }
            if needle == "www."
                && at > 0
                && bytes.get(at - 1).is_some_and(|b| b.is_ascii_alphanumeric())
            {
                continue;
            }
            let end = bytes
                .get(at..)
                .and_then(|rest| {
                    rest.iter().position(|b| {
                        b.is_ascii_whitespace() || matches!(b, b'"' | b'<' | b'>' | b')')
                    })
                })
                .map_or(bytes.len(), |n| at + n);
            blank(masked, at, end);
            blanked_to = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked(text: &str) -> String {
        let mut m = text.as_bytes().to_vec();
        blank_markdown(text, &mut m, 0);
        blank_urls(text, &mut m);
        String::from_utf8(m).unwrap()
    }

    #[test]
    fn code_and_urls_are_not_prose() {
        let text =
            "Over 800 `units 900` here.\n\n```\n700 troops\n```\nSee https://x.org/2021/06 now.\n";
        let m = masked(text);
        assert!(m.contains("Over 800"));
        assert!(!m.contains("900"));
        assert!(!m.contains("700"));
        assert!(!m.contains("2021"));
        assert!(m.contains("now."));
        assert_eq!(m.len(), text.len());
    }

    #[test]
    fn a_run_of_urls_with_no_blank_between_is_blanked_whole() {
        let text = "http://x.org/".repeat(50_000) + " Italy has 800 troops.";
        let m = masked(&text);
        assert!(!m.contains("http"));
        assert!(m.ends_with(" Italy has 800 troops."));
        assert_eq!(m.len(), text.len());
    }

    #[test]
    fn link_text_stays_prose() {
        let m = masked("Read [the 2021 report](https://x.org/9999) today.");
        assert!(m.contains("the 2021 report"));
        assert!(!m.contains("9999"));
    }
}
