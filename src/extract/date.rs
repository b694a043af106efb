//! Dates (stub; grammar lands next).
use chrono::NaiveDate;

/// A full written date at the start of `s` ("June 29, 2021"): bytes used and the date.
pub fn full_date_prefix(_s: &str) -> Option<(usize, NaiveDate)> {
    None
}

/// A full written date making up all of `s`.
pub fn parse_full_date(s: &str) -> Option<NaiveDate> {
    full_date_prefix(s).map(|(_, d)| d)
}
