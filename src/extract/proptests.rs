//! Property tests: no grammar panics on any input, and every claim span
//! cuts the source at character boundaries.

use proptest::prelude::*;

use crate::document::{Document, Format};
use crate::extract::{date, duration, extract, number, quantity};

/// Text built from news-like fragments and arbitrary characters.
fn newsish() -> impl Strategy<Value = String> {
    let fragment = prop_oneof![
        Just("nearly eight million people ".to_owned()),
        Just("over 800 units ".to_owned()),
        Just("on Monday ".to_owned()),
        Just("by June 2022 ".to_owned()),
        Just("in the fall of 2021. ".to_owned()),
        Just("after two years….".to_owned()),
        Just("“Dec. 5, 2019,” ".to_owned()),
        Just("two hundred and ".to_owned()),
        Just("$1.2 million ".to_owned()),
        Just("12% ".to_owned()),
        Just("2021-06-29 ".to_owned()),
        Just("\n\n".to_owned()),
        "\\PC{0,12}",
        "[0-9,. ]{0,10}",
    ];
    prop::collection::vec(fragment, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn grammars_never_panic(s in "\\PC{0,40}") {
        let _ = number::numeral(&s);
        let _ = quantity::quantity(&s);
        let _ = date::date_claim(&s);
        let _ = duration::duration(&s);
        let _ = number::parse_figure(&s);
        let _ = date::parse_full_date(&s);
    }

    #[test]
    fn spans_cut_at_char_boundaries(s in newsish(), md in any::<bool>()) {
        let format = if md { Format::Markdown } else { Format::Text };
        let doc = Document::from_text("p", s.clone(), format, chrono::NaiveDate::from_ymd_opt(2021, 6, 29), vec![]);
        for claim in extract(&doc) {
            prop_assert!(s.is_char_boundary(claim.span.start));
            prop_assert!(s.is_char_boundary(claim.span.end));
            prop_assert!(claim.span.start < claim.span.end);
            let _ = doc.position(claim.span.end);
        }
        for sentence in &doc.sentences {
            prop_assert!(s.is_char_boundary(sentence.span.start) && s.is_char_boundary(sentence.span.end));
        }
    }
}
