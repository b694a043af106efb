//! The shipped `rules/`, loaded once: the reference data the check-stage
//! fuzz targets check against (included by `#[path]`, not a target).

use std::sync::OnceLock;

use factlint::reference::{load_sources, ReferenceSet};

const RULES: &[(&str, &str)] = &[
    (
        "rules/coalition.yaml",
        include_str!("../../rules/coalition.yaml"),
    ),
    (
        "rules/dunmore-referendum.yaml",
        include_str!("../../rules/dunmore-referendum.yaml"),
    ),
    (
        "rules/harbour-bridge.yaml",
        include_str!("../../rules/harbour-bridge.yaml"),
    ),
    (
        "rules/orla-river.yaml",
        include_str!("../../rules/orla-river.yaml"),
    ),
    (
        "rules/vaccination-drive.yaml",
        include_str!("../../rules/vaccination-drive.yaml"),
    ),
    (
        "rules/wind-farm.yaml",
        include_str!("../../rules/wind-farm.yaml"),
    ),
];

pub fn refs() -> &'static ReferenceSet {
    static REFS: OnceLock<ReferenceSet> = OnceLock::new();
    REFS.get_or_init(|| {
        let sources: Vec<(String, String)> = RULES
            .iter()
            .map(|(n, t)| ((*n).to_owned(), (*t).to_owned()))
            .collect();
        match load_sources(&sources) {
            Ok(set) => set,
            Err(e) => panic!("shipped rules do not load: {e:?}"),
        }
    })
}
