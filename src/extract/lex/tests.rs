use super::*;
use proptest::prelude::*;

fn shapes(text: &str) -> Vec<(&str, Shape)> {
    tokens(text)
        .iter()
        .map(|t| (t.text(text), t.shape))
        .collect()
}

#[test]
fn words_figures_blanks_and_marks() {
    use Shape::*;
    assert_eq!(
        shapes("By June 2022, $5.3bn\u{a0}café²"),
        vec![
            ("By", Letters),
            (" ", Blank { newline: false }),
            ("June", Letters),
            (" ", Blank { newline: false }),
            ("2022", Digits),
            (",", Mark),
            (" ", Blank { newline: false }),
            ("$", Mark),
            ("5", Digits),
            (".", Mark),
            ("3", Digits),
            ("bn", Letters),
            ("\u{a0}", Blank { newline: false }),
            ("café²", Letters),
        ]
    );
    assert_eq!(
        shapes("a \n\tb—"),
        vec![
            ("a", Letters),
            (" \n\t", Blank { newline: true }),
            ("b", Letters),
            ("—", Mark),
        ]
    );
    assert!(tokens("").is_empty());
}

#[test]
fn ascii_words_carry_their_lexicon_entry() {
    let t = tokens("June café house 21st");
    assert!(t[0].word.is_some());
    assert!(t[2].word.is_none(), "a non-ASCII word has no entry");
    assert!(t[4].word.is_some(), "an unlisted ASCII word has one");
    assert_eq!(t[6].shape, Shape::Digits);
    assert_eq!(t[7].text("June café house 21st"), "st");
    let long = "a".repeat(openers::MAX_WORD + 1);
    assert!(tokens(&long)[0].word.is_none());
}

proptest! {
    /// Tokens tile the text: in order, without gaps or overlaps, each on
    /// character boundaries, and a run never split where its class goes on.
    #[test]
    fn tokens_tile_the_text(text in "\\PC{0,80}|[a-z0-9 ,.$\u{a0}é-]{0,80}") {
        let t = tokens(&text);
        let mut at = 0u32;
        for (k, tok) in t.iter().enumerate() {
            prop_assert_eq!(tok.start, at);
            prop_assert!(tok.end > tok.start);
            prop_assert!(text.is_char_boundary(tok.start as usize));
            prop_assert!(text.is_char_boundary(tok.end as usize));
            if let Some(next) = t.get(k + 1) {
                let same_run = tok.shape == next.shape && tok.shape != Shape::Mark
                    || (tok.is_blank() && next.is_blank());
                prop_assert!(!same_run, "{:?} then {:?}", tok, next);
            }
            at = tok.end;
        }
        prop_assert_eq!(at as usize, text.len());
    }
}
