//! Every word list the grammars use, in one place: the lexer's and the
//! grammars' single source, one file a family.

mod dates;
mod not_quantities;
mod nouns;
mod numbers;
mod units;

pub use dates::*;
pub use not_quantities::*;
pub use nouns::*;
pub use numbers::*;
pub use units::*;

/// Look up a word, case-insensitively, in a `(word, value)` table.
pub fn lookup<T: Copy>(table: &[(&str, T)], word: &str) -> Option<T> {
    table
        .iter()
        .find(|(w, _)| w.eq_ignore_ascii_case(word))
        .map(|(_, v)| *v)
}
