//! Date grammar and resolution, at the boundaries of every convention:
//! the helpers the family tests share (the tests themselves live beside
//! each family, in `<family>/tests.rs`).

use super::ParsedDate;
pub(super) use super::{
    date_claim, date_claim_with, resolve_range, resolve_with, DateOptions, DateOrder,
};
pub(super) use crate::extract::claim::{Relation, Tense};
pub(super) use chrono::NaiveDate;

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub(super) fn parse(s: &str) -> ParsedDate {
    date_claim(s).unwrap_or_else(|e| panic!("{s:?}: {e:?}")).1
}

/// The interval of `s` from an article dated 2021-06-29 (a Tuesday).
pub(super) fn interval_at(s: &str, tense: Tense, anchor: NaiveDate) -> (NaiveDate, NaiveDate) {
    let p = parse(s);
    let o = DateOptions::default();
    let r = match p.until {
        Some(end) => resolve_range((p.expr, p.part), end, Some(anchor), tense, &o),
        None => resolve_with(p.expr, p.part, Some(anchor), tense, &o),
    };
    let i = r
        .interval
        .unwrap_or_else(|| panic!("{s:?} did not resolve: {p:?}"));
    (i.start, i.end)
}

pub(super) fn interval(s: &str, tense: Tense) -> (NaiveDate, NaiveDate) {
    interval_at(s, tense, d(2021, 6, 29))
}

/// The interval of `s` read month first, from an article dated 2021-06-29.
pub(super) fn mdy_interval(s: &str) -> Option<(NaiveDate, NaiveDate)> {
    let (_, p) = date_claim_with(s, DateOrder::Mdy).ok()?;
    let o = DateOptions {
        date_order: DateOrder::Mdy,
        ..DateOptions::default()
    };
    let anchor = Some(d(2021, 6, 29));
    let r = match p.until {
        Some(end) => resolve_range((p.expr, p.part), end, anchor, Tense::Present, &o),
        None => resolve_with(p.expr, p.part, anchor, Tense::Present, &o),
    };
    r.interval.map(|i| (i.start, i.end))
}
