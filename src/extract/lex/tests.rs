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

/// Words of the lexicon and near them, in any case, glued to marks, digits
/// and non-ASCII letters.
fn wordy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(vec![
            "June",
            "the",
            "MORE",
            "than",
            "Weeks",
            "fortnight",
            "a",
            "An",
            "Junes",
            "café",
            "²",
            "-",
            "$",
            "5",
            " ",
            "\n",
            "\u{a0}",
            "thousands",
            "Rs",
            "q",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z]{1,40}",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|p| p.concat())
}

proptest! {
    /// A word's entry found by the key the lexer packs as it reads the
    /// letters is the one its text finds ([`openers::word`]), and a word
    /// too long, or one with a non-ASCII letter, has none.
    #[test]
    fn the_lexer_finds_each_word_as_its_text_does(text in wordy_text()) {
        for t in tokens(&text) {
            let written = t.text(&text);
            let ascii_word = t.shape == Shape::Letters
                && written.bytes().all(|b| b.is_ascii_alphabetic());
            let expected = if ascii_word { openers::word(written) } else { None };
            prop_assert_eq!(t.word, expected, "{:?}", written);
        }
    }
}

/// A word's key read at once ([`keys::of_letters`]) is the key its
/// letters packed one by one make, whatever follows the word in the text
/// and however few bytes are left after it; a word of no letter or of
/// more than [`keys::PACKED_MAX`] has none.
#[test]
fn a_key_read_at_once_is_the_packed_key() {
    let letters = "QuarterlyEarningsXy";
    for n in 0..=letters.len() {
        let word = &letters[..n];
        for after in ["", " ", ",5", " and then some more words", "é"] {
            let text = format!("{word}{after}");
            assert_eq!(
                keys::of_letters(text.as_bytes(), n),
                keys::pack(word.as_bytes(), true),
                "{text:?}"
            );
        }
    }
}
