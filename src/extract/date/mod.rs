//! Dates as news writes them, each with an optional relation ("by", "in",
//! "on" …), and their resolution against the article date by DESIGN's
//! "Resolution conventions".
//!
//! - absolute: "June 29, 2021", "29 June 2021", "the 29th of June",
//!   "2021-06-29", "Dec. 5, 2019", "Tuesday, June 29, 2021", "June 2022",
//!   "in 2019", "the 1990s", numeric "10/31/2021" when unambiguous;
//! - calendar units: seasons, quarters ("Q3 2022", "the fourth quarter"),
//!   halves, ISO weeks ("week 23"), and parts of any of them ("early June",
//!   "mid-2022", "the end of the year");
//! - relative: today/yesterday/tomorrow, weekdays by tense,
//!   "next/last/this week|month|quarter|year|<weekday>|<season>", "two weeks
//!   ago", "in three weeks", "earlier this month", "the past two years",
//!   "within six months"; vague ones ("in the coming weeks") unresolved;
//! - ranges: "from May to July", "between 2014 and 2018", "July 13-15".
//!
//! # Where each family lives
//!
//! This file holds the types every family shares ([`DateExpr`],
//! [`ParsedDate`], [`DateOptions`] …); the grammar and resolution are split
//! by family, each readable on its own:
//!
//! - `words`: the primitives: month and weekday names, ordinals, day and
//!   year numbers, years in words, "next"/"last"/"this";
//! - `absolute`: written and numeric absolute dates ([`iso_date`],
//!   [`month_day_year`], [`day_month_year`], [`month_year`], era years …);
//! - `calendar`: seasons, quarters, halves, centuries, decades, ISO weeks,
//!   slices of a year, fiscal and school years;
//! - `days`: days named within a month or week ("the first Monday of
//!   June", "the week of June 3", "Tuesday the 5th", "the ides of March",
//!   "today");
//! - `relative`: shifted units and weekdays ("next month", "last Friday"),
//!   "ago"/"hence", anaphoric ("that day"), counted units and periods;
//! - `item`: one date item standing alone, with its part ("early June"):
//!   the tables of each family's forms, in order;
//! - `opening`: what an item opens with (a digit, a month, "the" and a
//!   month, a shift word …), read once; each form in `item`'s tables
//!   declares the kinds it can open with, and only those are tried;
//! - `range`: ranges, their joiners and ends, the working week;
//! - `claim`: a whole claim, [`date_claim_with`]: hedge, relation, then a
//!   range or an item;
//! - `resolve`: a [`DateExpr`] to an interval by the article date and
//!   tense ([`resolve_with`], [`resolve_range`], [`shift_date`] …).
//!
//! # Following a name: "by June 2022"
//!
//! The scan driver (`extract::extract_with` → `extract_scan` →
//! `extract_sentence` → `parse_at`) asks [`date_claim_in`] (which is
//! [`date_claim_with`] with the sentence's [`ItemMemo`], the items earlier
//! claims read) at each token `lex::openers` lets through. In `claim`, its
//! `with_relation` reads [`relation`] ("by") and then `ItemMemo::item`,
//! which is `item`'s `standalone_item`: "June" opens with a month
//! (`opening`, whose words are looked up once in its date-word table), so of
//! `ITEM_FORMS` its `dated` form runs `calendar_at`, and of
//! `CALENDAR_FORMS` the month group reaches `absolute`'s [`month_year`]
//! over `words`' [`month_name`] and [`year_number`]. The claim is resolved by
//! `extract::finish` through `resolve`'s [`resolve_with`] (its `absolute`
//! for a month) into June 2022, and "by" makes it a deadline.

mod absolute;
mod anchor;
mod bytense;
mod calendar;
mod claim;
mod dateline;
mod days;
mod game;
mod item;
mod notdate;
mod opening;
mod put_off;
mod range;
mod relative;
mod resolve;
mod scheduled;
mod words;

pub use absolute::{day_month_year, iso_date, malformed_numeric_date, month_day_year, month_year};
pub use anchor::Anchors;
pub use bytense::{plan_is_over, resolve_claim, resolving_tense, FISCAL_BY_TENSE};
pub use calendar::{season_with_year, season_word};
pub use claim::{
    date_claim, date_claim_in, date_claim_with, full_date_prefix, is_trigger_word, parse_full_date,
    relation,
};
pub use dateline::is_dateline;
pub use game::{is_game_ordinal, is_game_period, is_sports_copy};
pub use item::ItemMemo;
pub use notdate::{compared_than, names_no_date_here, not_a_date};
pub use put_off::{names_a_deadline, put_off_to, state_runs_on};
pub use range::{moved_from, moved_to};
pub use relative::{weekday_expr, SHIFT_COMING, SHIFT_PAST};
pub use resolve::{
    impossible_day, part_of, resolve, resolve_anchored, resolve_range, resolve_with, shift_date,
    weekday_index, Resolved,
};
pub use scheduled::{scheduled, Schedule};
pub use words::{
    day_number, is_vague, month_name, ordinal_word, shift_word, weekday_name, year_number,
    year_words,
};

use crate::extract::claim::{DurationUnit, Relation};
use crate::time::{Season, SeasonConvention};

/// How to read an all-numeric day and month ("03/04/2021"). With `None`
/// only unambiguous forms are dates (a part above 12, or both parts equal).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateOrder {
    #[default]
    None,
    Dmy,
    Mdy,
}

/// Extraction settings for dates (the config file sets them later).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DateOptions {
    pub date_order: DateOrder,
    pub seasons: SeasonConvention,
    /// The month a fiscal year starts in (1..=12; `fiscal_year:` in the
    /// configuration or front matter). `None`: fiscal years are extracted
    /// but left unresolved, since their months depend on the country or
    /// company, and a bare "2023-24" is read as the two calendar years.
    pub fiscal_start: Option<u32>,
}

/// A calendar unit that "this/next/last" shifts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarUnit {
    Week,
    Month,
    Quarter,
    Year,
    /// A calendar decade ("the next decade" from 2016 is the 2020s).
    Decade,
}

/// A part of a period: "early", "mid", "late" (and "the beginning/middle/end
/// of"); "earlier"/"later" run from the period's start to the article date,
/// or from the article date to its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Early,
    Mid,
    Late,
    Earlier,
    Later,
}

/// Which day of a month: "the 20th", "the last day", "the first Tuesday"
/// (`nth` −1 is the last).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    Day(u32),
    LastDay,
    /// "the fifth last day": 5 (1 is the last day).
    DayFromEnd(u32),
    /// "the first week" (1), "the second last week" (−2): weeks belong to
    /// the month holding their Thursday, as ISO weeks to years.
    Week(i32),
    /// "the week of October 6th": the ISO week holding that day.
    WeekOf(u32),
    Weekday {
        nth: i32,
        weekday: u8,
    },
}

/// The month a pick lies in: a named one, or one shifted from the
/// article's ("next month" = 1, "this month" = 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonthRef {
    Named { year: Option<i32>, month: u32 },
    Shifted(i32),
}

/// The year of a slice: a named one, or one shifted from the article's
/// ("next year" = 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    Named(i32),
    Shifted(i32),
}

/// The units a year is sliced into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SliceUnit {
    Day,
    Week,
    Month,
}

/// The day a counted shift runs from: "tomorrow", "January 15", "next
/// Friday".
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DayBase {
    Offset(i32),
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    Weekday {
        weekday: u8,
        shift: Option<i32>,
    },
}

impl DayBase {
    fn expr(self) -> DateExpr {
        match self {
            DayBase::Offset(n) => DateExpr::DayOffset(n),
            DayBase::Day { year, month, day } => DateExpr::Day { year, month, day },
            DayBase::Weekday { weekday, shift } => DateExpr::Weekday { weekday, shift },
        }
    }
}

/// A date expression before resolution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DateExpr {
    Day {
        year: Option<i32>,
        month: u32,
        day: u32,
    },
    Month {
        year: Option<i32>,
        month: u32,
    },
    Year(i32),
    /// "the 1990s": the first year of the decade.
    Decade(i32),
    /// "the 15th century": its first year (1400).
    Century(i32),
    /// `shift`: this = 0, next = 1, last = −1.
    Season {
        year: Option<i32>,
        season: Season,
        shift: Option<i32>,
    },
    Quarter {
        year: Option<i32>,
        quarter: u32,
        /// Named by its months ("the July-September quarter"): those
        /// months whatever the publication's fiscal year.
        by_months: bool,
    },
    Half {
        year: Option<i32>,
        half: u32,
    },
    /// An ISO week ("week 23", "the first week of 2021").
    IsoWeek {
        year: Option<i32>,
        week: u32,
    },
    Weekday {
        weekday: u8,
        shift: Option<i32>,
    },
    /// "today" (0), "yesterday" (−1), "tomorrow" (1).
    DayOffset(i32),
    /// "the third month of 2021", "the first 2 weeks of 2021", "the last
    /// four months of 2021", "week 27 of last year": `count` units of a
    /// year from the `start`th (negative: counted from the year's end, −1
    /// its last); weeks are the year's ISO weeks.
    YearSlice {
        year: YearRef,
        unit: SliceUnit,
        start: i32,
        count: u32,
    },
    /// "the first Tuesday of October", "the 20th of next month".
    InMonth {
        pick: Pick,
        month: MonthRef,
    },
    /// "Wednesday of next week", "last week's Sunday".
    WeekdayOfWeek {
        weekday: u8,
        week: i32,
    },
    /// "Tuesday the 19th": the month whose 19th is a Tuesday.
    WeekdayDay {
        weekday: u8,
        day: u32,
    },
    /// "next March", "this September", "last May".
    MonthShift {
        month: u32,
        shift: i32,
    },
    /// "on the 15th": a day of the article's month.
    DayOfMonth(u32),
    /// "the week of the 18th": the ISO week holding that day of the
    /// article's month (placed by tense as "on the 18th").
    WeekOfDayOfMonth(u32),
    /// "this week", "next month", "last year".
    Unit {
        unit: CalendarUnit,
        shift: i32,
    },
    /// "two weeks ago"
    Ago {
        amount: f64,
        unit: DurationUnit,
    },
    /// "in three weeks", "two days from now", "a week hence"
    Hence {
        amount: f64,
        unit: DurationUnit,
    },
    /// "the past two years" (−1, ending at the article date), "the next
    /// three months" (1, starting at it).
    Period {
        amount: f64,
        unit: DurationUnit,
        direction: i32,
    },
    /// "three Fridays from now" (3), "two Thursdays ago" (−2): the nth
    /// such weekday after (before) the article date.
    WeekdayCount {
        weekday: u8,
        n: i32,
    },
    /// "three weeks from tomorrow" (+1), "two days before yesterday" (−1),
    /// "3 days after January 12th": a day shifted from another.
    Shifted {
        amount: f64,
        unit: DurationUnit,
        sign: i32,
        base: DayBase,
    },
    /// "Monday two weeks from now", "Sunday 3 weeks after January 15th":
    /// that weekday of the ISO week holding the shifted day.
    WeekdayOfShifted {
        weekday: u8,
        amount: f64,
        unit: DurationUnit,
        sign: i32,
        base: DayBase,
    },
    /// "this weekend" (0), "next weekend" (1), "the weekend" (None: by
    /// tense): Saturday and Sunday of an ISO week.
    Weekend(Option<i32>),
    /// "the next 4 business days" (1), "the previous 4 working days" (−1):
    /// from the article date to the `count`th weekday after (before) it.
    BusinessDays {
        count: u32,
        direction: i32,
    },
    /// A fiscal year, named by the year it ends in ("FY2024", "fiscal
    /// 2011", "the 2014-15 financial year" → 2015) or shifted from the one
    /// holding the article date ("the current fiscal" = 0, "last fiscal
    /// year" = −1). Resolved only when the fiscal year's start month is
    /// configured.
    FiscalYear(YearRef),
    /// Quarter `quarter` of a fiscal year ("the third quarter of the
    /// current fiscal", "Q3 FY19").
    FiscalQuarter {
        year: YearRef,
        quarter: u32,
    },
    /// Two consecutive years written as one ("2023-24", "2022-'23"): the
    /// fiscal year ending in the second when a fiscal year is configured
    /// (budget copy), else both calendar years (a season "2002-03"). Holds
    /// the first year.
    YearPair(i32),
    /// A date counted from one the text gave just before: shifted by
    /// `sign`·`amount` `unit`s ("a month earlier" −1 month, "two days
    /// later" +2 days, "the day before" −1 day), or with `sign` 0 the `unit`
    /// holding it ("the same week"; an `amount` that is a year, 1000 or
    /// more, moves it to that year: "the same month in 2009"). Resolved
    /// against that date where the
    /// same paragraph gives one (see [`resolve_anchored`]); else unresolved.
    Anchored {
        amount: f64,
        unit: DurationUnit,
        sign: i32,
    },
    /// "the following two years" (1), "the previous seven days" (−1):
    /// `amount` units right after (before) the date the same paragraph gave
    /// just before; with none, from the article date like [`DateExpr::Period`].
    AnchoredPeriod {
        amount: f64,
        unit: DurationUnit,
        direction: i32,
    },
    /// "the year-ago period", "the same quarter a year ago", "same quarter
    /// previous fiscal": the period the text gave before (a quarter, a half,
    /// a fiscal year, "the six months ended …"), a year earlier. Alone,
    /// unresolved.
    YearAgo,
    /// "the corresponding period in 2018", "the same quarter of 2014": the
    /// span the text gave before, moved to the year named. Alone,
    /// unresolved.
    PeriodIn(i32),
    /// "the nine months to December" (9, 12), "the six months to June 30"
    /// (6, 6, 30), "the year to March 2019": `months` whole months ending
    /// with `month` (at `day` when written) of `year`; with no year, the
    /// one whose end lies nearest the article date (results copy reports
    /// the period just closed, forecasts the one about to close).
    MonthsTo {
        months: u32,
        month: u32,
        day: Option<u32>,
        year: Option<i32>,
        /// "the quarter ended June 30": over by the article date, so with
        /// no year the latest such span closed by then ([`period_ended`](range::period_ended)).
        closed: bool,
    },
    /// "in the coming weeks", "soon": extracted, never resolved.
    Vague,
}

impl DateExpr {
    /// A weekday named alone ("Monday"), with no "next"/"last"/"this".
    pub fn is_bare_weekday(self) -> bool {
        matches!(self, DateExpr::Weekday { shift: None, .. })
    }

    /// Whether the expression itself points back from the article date
    /// ("last month", "two years ago", "yesterday", "last Friday"): such a
    /// date is never a commitment, whatever markers stand near it ("last
    /// month put 8,500 troops on alert to deploy").
    pub fn names_the_past(self) -> bool {
        match self {
            DateExpr::Unit { shift, .. } | DateExpr::MonthShift { shift, .. } => shift < 0,
            DateExpr::Weekday { shift, .. } | DateExpr::Season { shift, .. } => {
                shift.is_some_and(|s| s < 0)
            }
            DateExpr::DayOffset(n) => n < 0,
            DateExpr::Ago { .. } => true,
            DateExpr::Period { direction, .. } => direction < 0,
            DateExpr::FiscalYear(YearRef::Shifted(s)) => s < 0,
            _ => false,
        }
    }
}

/// A date claim as the grammar reads it; offsets relative to its input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParsedDate {
    pub relation: Option<Relation>,
    pub expr: DateExpr,
    /// "early", "the end of" … applied to `expr`.
    pub part: Option<Part>,
    /// The far end of a range ("from May *to July*").
    pub until: Option<(DateExpr, Option<Part>)>,
    /// A weekday written beside a full date ("Tuesday, June 29, 2021").
    pub weekday: Option<u8>,
    /// Where the expression starts (after the relation).
    pub expr_start: usize,
    pub len: usize,
}

#[cfg(test)]
mod tests;
