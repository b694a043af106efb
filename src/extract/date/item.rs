//! One date item standing alone ("early June", "Tuesday, June 29, 2021",
//! "next week"): the dispatch over the families, each form tried only
//! where the item opens with a kind of word it can start with (see
//! [`opening`](super::opening)), and the per-claim memo.

use super::absolute::{
    compact_date, day_month_year, era_year, iso_date, iso_month, mixed_numeric_date,
    month_day_year, month_slash_day, month_year, numeric_date, spaced_ymd, year_month,
};
use super::calendar::{
    bare_season, century, decade, fiscal_named_quarter, fiscal_quarter, fiscal_year, half,
    iso_week, month_of_shifted_year, month_quarter, quarter, season_with_year, season_word,
    shifted_season, year_pair, year_slice,
};
use super::days::{day_word, ides, picked_day, week_of_day, weekday_day, weekday_of_week};
use super::opening::{
    first_of, kinds_of, Kinds, Opening, DAY, DAY_NUMBER, DIGITS_1_2, DIGITS_1_2_AFTER_THE,
    DIGITS_3, DIGITS_3_AFTER_THE, DIGITS_4, DIGITS_4_AFTER_THE, DIGITS_8, FIRST, FISCAL, H, IDES,
    LAST, MONTH, NUMERAL, NUMERAL_AFTER_THE, PART, Q, SEASON, SECOND, SHIFT, SHIFT_AFTER_THE, THAT,
    THE, THE_MONTH, UNITS, WEEK, WEEKDAY, WEEKDAY_WORD, WEEK_COMMENCING, YEAR_AGO,
};
use super::relative::{
    ago, anaphoric_at, business_days, calendar_unit, counted_units, counted_weekdays, hence,
    month_after_next, period, period_count_first, shifted_from_day, shifted_from_day_with,
    shifted_month, shifted_unit, weekday_expr, weekday_of_shifted, weekend, year_ago,
};
use super::words::{
    fail, letters, month_loose, shift_word, weekday_before_date, weekday_prefix, year_number,
};
use super::{CalendarUnit, DateExpr, DateOrder, Part};
use crate::extract::grammar::{kw, phrase, phrase_from_in, sp, word_end, FirstBytes, Res};
use crate::extract::lexicon::{PART_WORDS, VAGUE_DATES};
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

/// A form of [`calendar_expr`]: the input and the day-month order.
type CalendarForm = for<'a> fn(&'a str, DateOrder) -> Res<'a, DateExpr>;

/// The written date forms that stand alone, most specific first, each with
/// the kinds of opening it can start at (see [`opening`](super::opening)).
const CALENDAR_FORMS: &[(Kinds, CalendarForm)] = &[
    // "800 AD"
    (DIGITS_1_2 | DIGITS_3 | DIGITS_4, |i, _| era_year(i)),
    // "31-Oct-74", "2019/aug/01", "Sep-23-2020"
    (DIGITS_1_2 | DIGITS_4 | MONTH, |i, _| mixed_numeric_date(i)),
    // "2021-06-29"
    (DIGITS_4, |i, _| iso_date(i)),
    // "2014-15", "the 2024 fiscal year"
    (DIGITS_4_AFTER_THE, |i, _| year_pair(i)),
    // "2014-10"
    (DIGITS_4, |i, _| iso_month(i)),
    // "10/31/2021", "2 / 15"
    (DIGITS_1_2, |i, order| numeric_date(order)(i)),
    // "the June 2019 quarter", "February last year", "June 2022": one
    // group, as nom's nested `alt` had it.
    (DIGITS_1_2 | MONTH | THE_MONTH, |i, _| {
        alt((month_quarter, month_of_shifted_year, month_year)).parse(i)
    }),
    (MONTH, |i, _| month_slash_day(i)),
    (MONTH, |i, _| month_day_year(i)),
    // "29 June 2021", "the twenty-first of May"
    (DIGITS_1_2_AFTER_THE | DAY_NUMBER, |i, _| day_month_year(i)),
    // "2017 april", "2016 10 16", "20161016"
    (DIGITS_4, |i, _| year_month(i)),
    (DIGITS_4, |i, _| spaced_ymd(i)),
    (DIGITS_8, |i, _| compact_date(i)),
    // "the 1990s", "1990s"
    (DIGITS_4_AFTER_THE, |i, _| decade(i)),
    // "21st century", "the twenty-first century"
    (DIGITS_1_2_AFTER_THE | DAY_NUMBER, |i, _| century(i)),
    // "the third quarter of the current fiscal"
    (DAY_NUMBER | Q, |i, _| fiscal_quarter(i)),
    // "Q3 2022", "the third quarter of 2022", "2018Q4"
    (
        DIGITS_1_2_AFTER_THE | DIGITS_4_AFTER_THE | DAY_NUMBER | Q,
        |i, _| quarter(i),
    ),
    // "H2 2019", "the first half of 2022", "2019 H2"
    (
        DIGITS_1_2_AFTER_THE | DIGITS_4_AFTER_THE | H | FIRST | SECOND,
        |i, _| half(i),
    ),
    // "the first week of 2021", "the last four months of 2021"
    (
        DIGITS_1_2_AFTER_THE | DIGITS_3_AFTER_THE | DAY_NUMBER | FIRST | LAST | WEEK,
        |i, _| year_slice(i),
    ),
    // "week 23 of 2021", "the last week of 2016"
    (DIGITS_1_2_AFTER_THE | DAY_NUMBER | LAST | WEEK, |i, _| {
        iso_week(i)
    }),
    // "the fall of 2021", "summer 2019"
    (SEASON, |i, _| season_with_year(i)),
];

/// The written date forms that stand alone ([`CALENDAR_FORMS`]).
pub(super) fn calendar_expr(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| calendar_at(Opening::of(i), order, i)
}

/// [`calendar_expr`] at an input whose opening is read.
fn calendar_at(opening: Opening, order: DateOrder, i: &str) -> Res<'_, DateExpr> {
    first_of(
        CALENDAR_FORMS,
        |k| opening.any(k),
        i,
        |form, i| form(i, order),
    )
}

/// Relative expressions that stand alone.
fn relative_expr(i: &str) -> Res<'_, DateExpr> {
    relative_at(with_units(Opening::of(i), i), i)
}

/// `opening`, the opening of `i`, with [`UNITS`] where
/// [`has_counted_units`] holds (its numeral test read from the opening).
fn with_units(opening: Opening, i: &str) -> Opening {
    opening.with_units(counted_units_after(opening.any(NUMERAL), i))
}

/// Whether a count of units ("two weeks", "3 days") may stand at the start
/// of `i`: false only where `counted_units` fails there, so the
/// alternatives that open with one can be skipped.
#[cfg(test)]
fn has_counted_units(i: &str) -> bool {
    counted_units_after(crate::extract::number::may_open_numeral(i), i)
}

/// [`has_counted_units`], where `numeral` says whether a numeral may open
/// `i` ([`may_open_numeral`](crate::extract::number::may_open_numeral)).
fn counted_units_after(numeral: bool, i: &str) -> bool {
    // Every count of units opens with a count ("a", "two", "3": see
    // [`may_open_numeral`]) or "fortnight(s)".
    let first = letters(i).map_or("", |(_, w)| w);
    let opens = numeral
        || first.eq_ignore_ascii_case("fortnight")
        || first.eq_ignore_ascii_case("fortnights");
    opens && !matches!(counted_units(i), Err(nom::Err::Error(_)))
}

/// `p`, which opens with `counted_units`, where `units` (see
/// [`has_counted_units`]) says one may stand; elsewhere it fails at once.
pub(super) fn units_first<'a, O>(
    units: bool,
    p: impl Fn(&'a str) -> Res<'a, O>,
) -> impl Fn(&'a str) -> Res<'a, O> {
    move |i| if units { p(i) } else { fail(i) }
}

/// A form of [`relative_expr`].
type RelativeForm = for<'a> fn(&'a str) -> Res<'a, DateExpr>;

/// The relative expressions that stand alone, in order, each with the
/// kinds of opening it can start at.
const RELATIVE_FORMS: &[(Kinds, RelativeForm)] = &[
    // "Monday next week"
    (WEEKDAY, weekday_of_shifted),
    // "the last Friday of June", "the 3rd Monday"
    (LAST | DIGITS_1_2_AFTER_THE | DAY_NUMBER, picked_day),
    // "the week of June 5", "w/c 5 June"
    (WEEK | WEEK_COMMENCING, week_of_day),
    // "Monday of next week", "the next week's Monday"
    (WEEKDAY | SHIFT_AFTER_THE, weekday_of_week),
    // "next June"
    (SHIFT, shifted_month),
    // "March after next"
    (MONTH, month_after_next),
    // "the ides of March"
    (IDES, ides),
    // "next summer"
    (SHIFT, shifted_season),
    // "the next three business days"
    (SHIFT_AFTER_THE, business_days),
    (SHIFT_AFTER_THE, period),
    // "the two weeks to come"
    (NUMERAL_AFTER_THE, period_count_first),
    // "the week", "the past month", "next year"
    (THE | SHIFT_AFTER_THE, shifted_unit),
    // "three weeks ago"
    (UNITS, ago),
    // "this weekend", "the weekend"
    (SHIFT | THE, weekend),
    // "two days before Christmas"
    (UNITS, shifted_from_day),
    // "three weeks hence"
    (UNITS, hence),
    // "two Mondays from now"
    (NUMERAL, counted_weekdays),
    // "the day", "today"
    (THE | DAY, day_word),
    // "fiscal first-quarter"
    (FISCAL, fiscal_named_quarter),
    // "the fiscal year", "FY2024", "next financial year"
    (SHIFT_AFTER_THE | FISCAL, fiscal_year),
];

/// [`relative_expr`] at an input whose opening is read (with [`UNITS`]).
fn relative_at(opening: Opening, i: &str) -> Res<'_, DateExpr> {
    first_of(RELATIVE_FORMS, |k| opening.any(k), i, |form, i| form(i))
}

/// "early June", "mid-2022", "late 2021", "the end of the year", "the
/// beginning of next week", "earlier this month", "later this year".
fn part_expr(order: DateOrder) -> impl Fn(&str) -> Res<'_, (Part, DateExpr)> {
    move |i| {
        let part = |i| -> Res<'_, Part> {
            let (i, _) = opt((kw("the"), sp)).parse(i)?;
            let (rest, (p, _)) = phrase_from_in(i, PART_WORDS, crate::indexed!(PART_WORDS))?;
            let (rest, _) = alt((sp, tag("-"))).parse(rest)?;
            Ok((rest, p))
        };
        let the_unit = |i| -> Res<'_, DateExpr> {
            let (rest, (_, unit)) = (opt((kw("the"), sp)), calendar_unit).parse(i)?;
            Ok((rest, DateExpr::Unit { unit, shift: 0 }))
        };
        let base = |i| -> Res<'_, DateExpr> {
            alt((
                calendar_expr(order),
                relative_expr,
                |i| month_loose(i).map(|(r, month)| (r, DateExpr::Month { year: None, month })),
                |i| year_number(i).map(|(r, y)| (r, DateExpr::Year(y))),
                the_unit,
                bare_season,
                |i| {
                    season_word(i).map(|(r, season)| {
                        (
                            r,
                            DateExpr::Season {
                                year: None,
                                season,
                                shift: None,
                            },
                        )
                    })
                },
            ))
            .parse(i)
        };
        let parted = |i| -> Res<'_, (Part, DateExpr)> {
            let (rest, (p, _, e)) = (part, opt((kw("around"), sp)), base).parse(i)?;
            word_end(rest)?;
            Ok((rest, (p, e)))
        };
        // "EOM", "at the EOY": capitals only ("boy" is a word).
        let acronym = |i| -> Res<'_, (Part, DateExpr)> {
            let (i, _) = opt((kw("the"), sp)).parse(i)?;
            let (rest, (part, unit)) = alt((
                tag("EOM").map(|_| (Part::Late, CalendarUnit::Month)),
                tag("BOM").map(|_| (Part::Early, CalendarUnit::Month)),
                tag("EOY").map(|_| (Part::Late, CalendarUnit::Year)),
                tag("BOY").map(|_| (Part::Early, CalendarUnit::Year)),
            ))
            .parse(i)?;
            word_end(rest)?;
            Ok((rest, (part, DateExpr::Unit { unit, shift: 0 })))
        };
        let earlier_later = |i| -> Res<'_, (Part, DateExpr)> {
            let (rest, (p, _, _, unit)) = (
                alt((
                    kw("earlier").map(|_| Part::Earlier),
                    kw("later").map(|_| Part::Later),
                )),
                sp,
                alt((
                    (kw("this"), sp).map(|_| ()),
                    (kw("in"), sp, kw("the"), sp).map(|_| ()),
                )),
                calendar_unit,
            )
                .parse(i)?;
            Ok((rest, (p, DateExpr::Unit { unit, shift: 0 })))
        };
        // "earlier last week", "later next month": the early or late part
        // of a period that is not the article's own.
        let earlier_later_shifted = |i| -> Res<'_, (Part, DateExpr)> {
            let (rest, (p, _, shift, _, unit)) = (
                alt((
                    kw("earlier").map(|_| Part::Early),
                    kw("later").map(|_| Part::Late),
                )),
                sp,
                shift_word,
                sp,
                calendar_unit,
            )
                .parse(i)?;
            word_end(rest)?;
            if shift == 0 {
                return fail(i);
            }
            Ok((rest, (p, DateExpr::Unit { unit, shift })))
        };
        // "from end 2019", "by end-2020", "at year-end 2019": late in that
        // year, as "the end of 2019" (a year only: "end June 30" is the
        // verb).
        let end_year = |i| -> Res<'_, (Part, DateExpr)> {
            let year_end = (kw("year"), alt((tag("-"), sp)), kw("end"));
            let (rest, (_, _, _, y)) = (
                opt((kw("the"), sp)),
                alt((year_end.map(|_| ()), kw("end").map(|_| ()))),
                alt((sp, tag("-"))),
                year_number,
            )
                .parse(i)?;
            word_end(rest)?;
            Ok((rest, (Part::Late, DateExpr::Year(y))))
        };
        alt((
            earlier_later,
            earlier_later_shifted,
            acronym,
            parted,
            end_year,
        ))
        .parse(i)
    }
}

/// A phrase from a list at the start of `i`.
pub(super) fn vague(i: &str) -> Res<'_, DateExpr> {
    let (rest, _) = longest_phrase(i, VAGUE_DATES, crate::indexed!(VAGUE_DATES, words))?;
    Ok((rest, DateExpr::Vague))
}

/// The longest phrase of `table` that starts `i` (the first of equals), as
/// [`phrase_from`] reads a table of pairs, without building one.
pub(super) fn longest_phrase<'a>(
    i: &'a str,
    table: &[&str],
    index: &FirstBytes,
) -> Res<'a, &'a str> {
    let mut best: Option<(&'a str, &'a str)> = None;
    for &n in index.candidates(i) {
        let Some(p) = table.get(usize::from(n)) else {
            continue;
        };
        if let Ok((rest, text)) = phrase(i, p) {
            if best.is_none_or(|(_, t)| text.len() > t.len()) {
                best = Some((rest, text));
            }
        }
    }
    match best {
        Some(found) => Ok(found),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

/// An expression with an optional part and weekday, standing alone.
pub(super) type Item = (Option<u8>, Option<Part>, DateExpr);

/// A form of `standalone_item`: the input, the day-month order and the
/// input's opening (read once for all of them).
type ItemForm = for<'a> fn(&'a str, DateOrder, Opening) -> Res<'a, Item>;

/// The items that stand alone, in order, each with the kinds of opening
/// it can start at.
const ITEM_FORMS: &[(Kinds, ItemForm)] = &[
    // "early June", "the end of the year", "earlier this month", "EOM"
    (PART, |i, order, _| {
        part_expr(order)(i).map(|(r, (p, e))| (r, (None, Some(p), e)))
    }),
    // "Tuesday, June 29, 2021", "Jul 18, Fri"
    (
        WEEKDAY_WORD | kinds_of(CALENDAR_FORMS),
        |i, order, opening| dated(i, order, opening),
    ),
    // "Monday 21st", "Sat 14th"
    (WEEKDAY_WORD, |i, _, _| {
        weekday_day(i).map(|(r, e)| (r, (None, None, e)))
    }),
    // "three days after May 1"
    (UNITS, |i, order, _| {
        shifted_from_day_with(order)(i).map(|(r, e)| (r, (None, None, e)))
    }),
    // "the year-ago quarter", "the same period": before the relative
    // forms, which read "the year" alone.
    (YEAR_AGO, |i, _, _| {
        year_ago(i).map(|(r, e)| (r, (None, None, e)))
    }),
    (kinds_of(RELATIVE_FORMS), |i, _, opening| {
        relative_at(opening, i).map(|(r, e)| (r, (None, None, e)))
    }),
    // "the day before", "that weekend", "three weeks later"
    (THE | UNITS | THAT, |i, _, opening| {
        anaphoric_at(opening.any(UNITS))(i).map(|(r, e)| (r, (None, None, e)))
    }),
    // "Monday", "next Friday", "this past Friday"
    (SHIFT | WEEKDAY, |i, _, _| {
        weekday_expr(i).map(|(r, e)| (r, (None, None, e)))
    }),
];

/// A written date with an optional weekday before it or after it
/// ("Tuesday, June 29, 2021", "Jul 18, Fri").
fn dated(i: &str, order: DateOrder, opening: Opening) -> Res<'_, Item> {
    let (rest, weekday) = opt(weekday_prefix).parse(i)?;
    // Past a weekday the date opens anew.
    let opening = if rest.len() == i.len() {
        opening
    } else {
        Opening::of(rest)
    };
    let (rest, expr) = calendar_at(opening, order, rest)?;
    // "Jul 18, Fri": a weekday after the date.
    let (rest, weekday) = match (
        weekday,
        preceded((char(','), sp), weekday_before_date).parse(rest),
    ) {
        (None, Ok((r, w))) if matches!(expr, DateExpr::Day { .. }) => {
            word_end(r)?;
            (r, Some(w))
        }
        _ => (rest, weekday),
    };
    Ok((rest, (weekday, None, expr)))
}

/// An item standing alone: the first of [`ITEM_FORMS`] that reads it.
#[cfg(test)]
fn standalone_item(order: DateOrder) -> impl Fn(&str) -> Res<'_, Item> {
    move |i| opened_item(order, i).1
}

/// The first of [`ITEM_FORMS`] that reads `i`, with the opening of `i`
/// it chose them by (with [`UNITS`]).
fn opened_item(order: DateOrder, i: &str) -> (Opening, Res<'_, Item>) {
    // Read once: several forms open with a count of units.
    let opening = with_units(Opening::of(i), i);
    let item = first_of(
        ITEM_FORMS,
        |k| opening.any(k),
        i,
        |form, i| form(i, order, opening),
    );
    (opening, item)
}

/// One remembered item: (start address, length, the input's opening,
/// result).
type SeenItem<'a> = Option<(usize, usize, Opening, Res<'a, Item>)>;

/// How many places [`ItemMemo`] remembers: the few one claim tries (range
/// start, after a relation, bare), and those of the claim tried before.
const SEEN: usize = 8;

/// `standalone_item` results at the places tried so far (range start,
/// after a relation, bare): a claim's alternatives parse the same item at
/// the same place, and so do the claims the scan tries at the next words
/// of a sentence, so each place is parsed once. An input is keyed by its
/// address and length, so the memory must not outlive the text it read
/// (the lifetime says so).
pub struct ItemMemo<'a> {
    order: DateOrder,
    /// Whether the memory is kept from one claim to the next (else each
    /// claim starts with an empty one).
    across_claims: bool,
    /// Oldest replaced first.
    seen: std::cell::RefCell<[SeenItem<'a>; SEEN]>,
    next: std::cell::Cell<usize>,
}

impl<'a> ItemMemo<'a> {
    /// A memory of items read in `order`, empty; `across_claims`: kept
    /// from one claim to the next (the scan's), else used by one claim
    /// only (the reference scan's, which the tests hold the scan to).
    pub fn new(order: DateOrder, across_claims: bool) -> Self {
        Self {
            order,
            across_claims,
            seen: std::cell::RefCell::new([const { None }; SEEN]),
            next: std::cell::Cell::new(0),
        }
    }

    /// The day-month order the items are read in.
    pub fn order(&self) -> DateOrder {
        self.order
    }

    /// Whether the memory is kept from one claim to the next.
    pub(super) fn across_claims(&self) -> bool {
        self.across_claims
    }

    /// `standalone_item(order)` at the start of `i`.
    pub(super) fn item(&self, i: &'a str) -> Res<'a, Item> {
        self.opened_item(i).1
    }

    /// [`item`](Self::item), with the opening of `i` it read: what kinds
    /// of word `i` opens with, for the range forms to choose by.
    pub(super) fn opened_item(&self, i: &'a str) -> (Opening, Res<'a, Item>) {
        let key = (i.as_ptr() as usize, i.len());
        if let Some((_, _, opening, r)) = self
            .seen
            .borrow()
            .iter()
            .flatten()
            .find(|(p, l, _, _)| (*p, *l) == key)
        {
            return (*opening, r.clone());
        }
        let (opening, r) = opened_item(self.order, i);
        let n = self.next.get();
        if let Some(slot) = self.seen.borrow_mut().get_mut(n) {
            *slot = Some((key.0, key.1, opening, r.clone()));
        }
        self.next.set((n + 1) % SEEN);
        (opening, r)
    }
}

#[cfg(test)]
pub(super) mod tests;
