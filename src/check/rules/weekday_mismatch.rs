//! # weekday-mismatch
//!
//! A weekday written beside a full date is not that date's weekday.
//!
//! **Why it matters:** "Monday, June 29, 2021" is wrong on one side or the
//! other — 29 June 2021 was a Tuesday — and readers cannot tell which. The
//! finding names both sides and offers both corrections (the right weekday
//! for the date, and the nearest date on the stated weekday): factlint
//! cannot know which one the writer meant.
//!
//! **Example:**
//!
//! ```text
//! The summit opened on Monday, June 29, 2021.
//! → June 29, 2021 is a Tuesday, not a Monday
//!   alternatives: "Tuesday, June 29, 2021" or "Monday, June 28, 2021"
//! ```

use chrono::{Datelike, Days, NaiveDate};

use crate::check::base_finding;
use crate::check::finding::{Finding, Severity};
use crate::document::Document;
use crate::extract::claim::{Claim, DateClaim};
use crate::extract::date::weekday_index;
use crate::time::MONTH_NAMES;

pub const ID: &str = "weekday-mismatch";
pub const SEVERITY: Severity = Severity::Error;

const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

fn weekday_name(i: u8) -> &'static str {
    WEEKDAY_NAMES.get(usize::from(i)).copied().unwrap_or("?")
}

fn written(d: NaiveDate) -> String {
    let month = MONTH_NAMES.get(d.month0() as usize).copied().unwrap_or("?");
    format!("{month} {}, {}", d.day(), d.year())
}

/// The date on the stated weekday nearest to `day` (within three days).
fn nearest_on(day: NaiveDate, weekday: u8) -> Option<NaiveDate> {
    let have = i64::from(weekday_index(day));
    let delta = (i64::from(weekday) - have).rem_euclid(7);
    if delta <= 3 {
        day.checked_add_days(Days::new(delta as u64))
    } else {
        day.checked_sub_days(Days::new((7 - delta) as u64))
    }
}

/// A finding when the stated weekday is not the date's.
pub fn check(doc: &Document, claim: &Claim, d: &DateClaim) -> Option<Finding> {
    let stated = d.stated_weekday?;
    let i = d.interval?;
    if i.start != i.end {
        return None;
    }
    let actual = weekday_index(i.start);
    if actual == stated {
        return None;
    }
    let message = format!(
        "{} is a {}, not a {}",
        written(i.start),
        weekday_name(actual),
        weekday_name(stated)
    );
    let mut f = base_finding(doc, claim, ID, SEVERITY, message, written(i.start));
    f.alternatives = vec![format!("{}, {}", weekday_name(actual), written(i.start))];
    if let Some(other) = nearest_on(i.start, stated) {
        f.alternatives
            .push(format!("{}, {}", weekday_name(stated), written(other)));
    }
    Some(f)
}
