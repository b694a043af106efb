//! One date item standing alone ("early June", "Tuesday, June 29, 2021",
//! "next week"): the dispatch over the families, each alternative tried
//! only where its opening words stand ([`Lead`]), with the ungated
//! references the tests compare them with, and the per-claim memo.

use super::absolute::{
    compact_date, day_month_year, era_year, iso_date, iso_month, mixed_numeric_date,
    month_day_year, month_slash_day, month_year, numeric_date, spaced_ymd, year_month,
};
use super::calendar::{
    bare_season, century, decade, fiscal_quarter, fiscal_year, half, iso_week,
    month_of_shifted_year, month_quarter, quarter, season_with_year, season_word, shifted_season,
    year_pair, year_slice,
};
use super::days::{day_word, ides, picked_day, week_of_day, weekday_day, weekday_of_week};
use super::relative::{
    ago, anaphoric_at, business_days, calendar_unit, counted_units, counted_weekdays, hence,
    month_after_next, period, period_count_first, shifted_from_day, shifted_from_day_with,
    shifted_month, shifted_unit, weekday_expr, weekday_of_shifted, weekend, year_ago,
};
use super::words::{
    fail, letters, month_loose, shift_word, weekday_before_date, weekday_name, weekday_prefix,
    year_number,
};
use super::{CalendarUnit, DateExpr, DateOrder, Part};
use crate::extract::grammar::{
    is_space, kw, phrase, phrase_from_in, sp, word_end, FirstBytes, Res,
};
use crate::extract::lexicon::{
    lookup, DAY_ORDINALS, DAY_WORDS, PART_WORDS, SHIFT_WORDS, SMALL_NUMBERS, TENS, VAGUE_DATES,
};
use crate::extract::number::may_open_numeral;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::char;
use nom::combinator::opt;
use nom::sequence::preceded;
use nom::Parser;

/// The written date forms that stand alone, most specific first. Each is
/// tried only where its opening words stand (see [`Lead`]; the reference,
/// every alternative tried, is `calendar_expr_all` in the tests).
pub(super) fn calendar_expr(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        let l = Lead::new(i);
        let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
        let digit = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
        // Digits at the start / after "the ".
        let d1 = digit(i);
        let d2 = digit(l.after_the);
        // A day word after "the " (`ordinal_word`, `day_cardinal`).
        let day2 = Lead::day_word_opens(l.second);
        let month = month_loose(i).is_ok();
        // What follows the opening digits: the numeric forms differ there.
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        let next = i.get(n..).and_then(|r| r.chars().next());
        let blank = next.is_some_and(is_space);
        let dash_or_slash = matches!(next, Some('-' | '/'));
        alt((
            // 1–4 digits, a blank, an era ("800 AD")
            gated(d1 && n <= 4 && blank, era_year),
            // digits and "-" or "/" ("31-Oct-74", "2019/aug/01") | month …
            gated((d1 && dash_or_slash) || month, mixed_numeric_date),
            // a year and "-" ("2021-06-29")
            gated(d1 && next == Some('-'), iso_date),
            // ["the"] a year … ("2014-15", "the 2024 fiscal year")
            gated(d2, year_pair),
            // a year and "-" or "/" ("2014-10")
            gated(d1 && dash_or_slash, iso_month),
            // 1–2 digits, then a blank or a separator ("10/31/2021", "2 / 15")
            gated(
                d1 && n <= 2 && (blank || matches!(next, Some('/' | '.' | '-'))),
                numeric_date(order),
            ),
            // ["the"] month … "quarter": "the June 2019 quarter" |
            // month "last year" | month …: "February last year", "June 2022"
            alt((
                gated(
                    month || (l.the && month_loose(l.after_the).is_ok()),
                    month_quarter,
                ),
                gated(month, month_of_shifted_year),
                gated(d1 || month, month_year),
            )),
            // month …
            gated(month, month_slash_day),
            gated(month, month_day_year),
            // ["the"] (digits | day word) …
            gated(d2 || day2, day_month_year),
            // a year and a blank ("2017 april", "2016 10 16")
            gated(d1 && n == 4 && blank, year_month),
            gated(d1 && n == 4 && blank, spaced_ymd),
            // eight digits ("20161016")
            gated(d1 && n == 8, compact_date),
            // ["the"] digits …; bare: a year, then "s", "'s" or a blank ("1990s")
            gated(
                if d1 {
                    n == 4 && (blank || matches!(next, Some('s' | '\'' | '’')))
                } else {
                    d2
                },
                decade,
            ),
            // ["the"] (digits | ordinal word) …; bare: 1–2 digits and an
            // ordinal suffix ("21st century")
            gated(
                if d1 {
                    n <= 2 && next.is_some_and(|c| "sSnNrRtT".contains(c))
                } else {
                    d2 || day2
                },
                century,
            ),
            // ["the"] ("q" | ordinal word) … ("the third quarter of the current fiscal")
            gated(day2 || l.after_the.starts_with(['q', 'Q']), fiscal_quarter),
            // digits … | ["the"] (digits | "q" | ordinal word) …
            gated(
                d1 || d2 || day2 || l.after_the.starts_with(['q', 'Q']),
                quarter,
            ),
            // digits … | "h" … | ["the"] ("first" | "second" | "1st" | "2nd") …
            gated(
                d1 || d2
                    || i.starts_with(['h', 'H'])
                    || is(l.second, "first")
                    || is(l.second, "second"),
                half,
            ),
            // ["the"] (digits | ordinal word | "first" | "last" | "week") …
            gated(
                d2 || day2 || ["first", "last", "week"].iter().any(|k| is(l.second, k)),
                year_slice,
            ),
            // ["the"] (digits | ordinal word | "last" | "week") …
            gated(
                d2 || day2 || is(l.second, "last") || is(l.second, "week"),
                iso_week,
            ),
            // ["the"] season …
            gated(
                ["spring", "summer", "fall", "autumn", "winter"]
                    .iter()
                    .any(|k| is(l.second, k)),
                season_with_year,
            ),
        ))
        .parse(i)
    }
}

/// [`calendar_expr`] with every alternative tried: the reference the gated
/// version is compared with.
#[cfg(test)]
fn calendar_expr_all(order: DateOrder) -> impl Fn(&str) -> Res<'_, DateExpr> {
    move |i| {
        alt((
            era_year,
            mixed_numeric_date,
            iso_date,
            year_pair,
            iso_month,
            numeric_date(order),
            alt((month_quarter, month_of_shifted_year, month_year)),
            month_slash_day,
            month_day_year,
            day_month_year,
            year_month,
            spaced_ymd,
            compact_date,
            decade,
            century,
            fiscal_quarter,
            quarter,
            half,
            year_slice,
            iso_week,
            season_with_year,
        ))
        .parse(i)
    }
}

/// Relative expressions that stand alone.
fn relative_expr(i: &str) -> Res<'_, DateExpr> {
    relative_expr_at(has_counted_units(i))(i)
}

/// Whether a count of units ("two weeks", "3 days") may stand at the start
/// of `i`: false only where `counted_units` fails there, so the
/// alternatives that open with one can be skipped.
fn has_counted_units(i: &str) -> bool {
    // Every count of units opens with a count ("a", "two", "3": see
    // [`may_open_numeral`]) or "fortnight(s)".
    let first = letters(i).map_or("", |(_, w)| w);
    let opens = may_open_numeral(i)
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

/// `p` where `open` says it may open at its input; elsewhere it fails at
/// once (as `p` would: see [`Lead`]).
fn gated<'a, O>(open: bool, p: impl Fn(&'a str) -> Res<'a, O>) -> impl Fn(&'a str) -> Res<'a, O> {
    move |i| if open { p(i) } else { fail(i) }
}

/// The words an item opens with, read once, so that the alternatives of
/// [`relative_expr_at`], [`calendar_expr`] and `standalone_item` that
/// cannot open there are not tried. Every
/// predicate is a necessary condition for its alternative to succeed:
/// `false` only where the alternative fails (with an `Error`: no parser
/// here fails with a `Failure`).
struct Lead<'a> {
    /// The input after an opening "the " (`opt((kw("the"), sp))`).
    after_the: &'a str,
    /// Whether an opening "the " was read.
    the: bool,
    /// The first word of ASCII letters ("" where none), and the first word
    /// after "the ".
    first: &'a str,
    second: &'a str,
}

impl<'a> Lead<'a> {
    fn new(i: &'a str) -> Self {
        let word = |i: &'a str| letters(i).map_or("", |(_, w)| w);
        let after_the = match (kw("the"), sp).parse(i) {
            Ok((r, _)) => r,
            Err(_) => i,
        };
        Self {
            after_the,
            the: after_the.len() < i.len(),
            first: word(i),
            second: word(after_the),
        }
    }

    /// Whether `w` may open a day or ordinal in words (`ordinal_word`:
    /// "twenty"/"thirty" or an ordinal; `day_cardinal`: tens or a small
    /// number).
    fn day_word_opens(w: &str) -> bool {
        lookup(DAY_ORDINALS, w).is_some()
            || lookup(TENS, w).is_some()
            || lookup(SMALL_NUMBERS, w).is_some()
    }

    /// `shift_word` at the start / after "the".
    fn shift_first(&self) -> bool {
        lookup(SHIFT_WORDS, self.first).is_some()
    }

    fn shift_second(&self) -> bool {
        lookup(SHIFT_WORDS, self.second).is_some()
    }
}

/// [`relative_expr`] where `units` tells whether a count of units may
/// stand at the start of its input. Each alternative is tried only where
/// its opening words stand (see [`Lead`]; the reference, every
/// alternative tried, is `relative_expr_all` in the tests).
fn relative_expr_at<'a>(units: bool) -> impl Fn(&'a str) -> Res<'a, DateExpr> {
    move |i| {
        let l = Lead::new(i);
        let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
        let prefix = |s: &str, k: &str| s.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k));
        let weekday = weekday_name(i).is_ok();
        let shift1 = l.shift_first();
        let shift2 = l.shift_second();
        alt((
            // weekday_name …
            gated(weekday, weekday_of_shifted),
            // ["the"] ("last" | digits | day word) …
            gated(
                is(l.second, "last")
                    || l.after_the.starts_with(|c: char| c.is_ascii_digit())
                    || Lead::day_word_opens(l.second),
                picked_day,
            ),
            // ["the"] "week" … | "w/c" …
            gated(is(l.second, "week") || prefix(i, "w/c"), week_of_day),
            // weekday_name … | ["the"] shift_word "week" …
            gated(weekday || shift2, weekday_of_week),
            // shift_word …
            gated(shift1, shifted_month),
            month_after_next,
            // ["the"] "ides" …
            gated(is(l.second, "ides"), ides),
            // shift_word …
            gated(shift1, shifted_season),
            // ["the"] shift_word …
            gated(shift2, business_days),
            gated(shift2, period),
            // ["the"] count …
            gated(may_open_numeral(l.after_the), period_count_first),
            // "the" … | ["the"] "past" … | ["the"] shift_word …
            gated(l.the || shift2, shifted_unit),
            units_first(units, ago),
            // shift_word … | "the" …
            gated(shift1 || l.the, weekend),
            units_first(units, shifted_from_day),
            units_first(units, hence),
            // numeral …
            gated(may_open_numeral(i), counted_weekdays),
            // "the" … | a day word
            gated(l.the || lookup(DAY_WORDS, l.first).is_some(), day_word),
            // ["the"] ("fiscal" | "financial" | "school" | "academic") … |
            // ["the"] shift_word … | ["the"] ("fy" | "sy" | "cy") …
            gated(
                shift2
                    || ["fiscal", "financial", "school", "academic"]
                        .iter()
                        .any(|k| is(l.second, k))
                    || ["fy", "sy", "cy"].iter().any(|k| prefix(l.after_the, k)),
                fiscal_year,
            ),
        ))
        .parse(i)
    }
}

/// [`relative_expr_at`] with every alternative tried: the reference the
/// gated version is compared with.
#[cfg(test)]
fn relative_expr_all<'a>(units: bool) -> impl Fn(&'a str) -> Res<'a, DateExpr> {
    move |i| {
        alt((
            weekday_of_shifted,
            picked_day,
            week_of_day,
            weekday_of_week,
            shifted_month,
            month_after_next,
            ides,
            shifted_season,
            business_days,
            period,
            period_count_first,
            shifted_unit,
            units_first(units, ago),
            weekend,
            units_first(units, shifted_from_day),
            units_first(units, hence),
            counted_weekdays,
            day_word,
            fiscal_year,
        ))
        .parse(i)
    }
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
        alt((earlier_later, earlier_later_shifted, acronym, parted)).parse(i)
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

/// `standalone_item` with `all`: every alternative tried (the reference in
/// the tests); otherwise each only where its opening words stand (see
/// [`Lead`]).
fn standalone_item_with(order: DateOrder, all: bool) -> impl Fn(&str) -> Res<'_, Item> {
    move |i| {
        // Read once: several alternatives open with a count of units.
        let units = has_counted_units(i);
        let l = Lead::new(i);
        let is = |w: &str, k: &str| w.eq_ignore_ascii_case(k);
        // "earlier"/"later" …, ["the"] ("EOM" | "BOM" | "EOY" | "BOY"),
        // ["the"] a part phrase's first word.
        let part = all
            || is(l.first, "earlier")
            || is(l.first, "later")
            || ["EOM", "BOM", "EOY", "BOY"]
                .iter()
                .any(|k| l.after_the.starts_with(k))
            || [
                "early",
                "mid",
                "late",
                "the",
                "beginning",
                "start",
                "middle",
                "end",
            ]
            .iter()
            .any(|k| is(l.second, k));
        // "the" … | a count of units … | "that" …
        let anaphoric = all || l.the || units || is(l.first, "that");
        let year_ago_opens = all
            || ["year", "same", "corresponding", "comparable"]
                .iter()
                .any(|k| is(l.second, k));
        // shift word (as "this", "coming", "past" are) … | weekday …
        let weekday = all || l.shift_first() || weekday_name(i).is_ok();
        let dated = |i| -> Res<'_, Item> {
            let (rest, (weekday, expr)) = (opt(weekday_prefix), calendar_expr(order)).parse(i)?;
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
        };
        alt((
            gated(part, move |i| {
                part_expr(order)(i).map(|(r, (p, e))| (r, (None, Some(p), e)))
            }),
            dated,
            |i| weekday_day(i).map(|(r, e)| (r, (None, None, e))),
            |i| {
                units_first(units, shifted_from_day_with(order))(i)
                    .map(|(r, e)| (r, (None, None, e)))
            },
            // ["the"] ("year" | "same" | "corresponding" | "comparable") …:
            // before the relative forms, which read "the year" alone.
            gated(year_ago_opens, |i| {
                year_ago(i).map(|(r, e)| (r, (None, None, e)))
            }),
            |i| relative_expr_at(units)(i).map(|(r, e)| (r, (None, None, e))),
            gated(anaphoric, move |i| {
                anaphoric_at(units)(i).map(|(r, e)| (r, (None, None, e)))
            }),
            gated(weekday, move |i| {
                weekday_expr(i).map(|(r, e)| (r, (None, None, e)))
            }),
        ))
        .parse(i)
    }
}

fn standalone_item(order: DateOrder) -> impl Fn(&str) -> Res<'_, Item> {
    standalone_item_with(order, false)
}

/// One remembered item: (start address, length, result).
type SeenItem<'a> = Option<(usize, usize, Res<'a, Item>)>;

/// `standalone_item` results at the places one [`date_claim_with`](super::date_claim_with) call
/// has tried (range start, after a relation, bare): its alternatives parse
/// the same item at the same place, so each place is parsed once.
pub(super) struct ItemMemo<'a> {
    order: DateOrder,
    /// Oldest replaced first.
    seen: std::cell::RefCell<[SeenItem<'a>; 4]>,
    next: std::cell::Cell<usize>,
}

impl<'a> ItemMemo<'a> {
    pub(super) fn new(order: DateOrder) -> Self {
        Self {
            order,
            seen: std::cell::RefCell::new([None, None, None, None]),
            next: std::cell::Cell::new(0),
        }
    }

    /// `standalone_item(order)` at the start of `i`.
    pub(super) fn item(&self, i: &'a str) -> Res<'a, Item> {
        let key = (i.as_ptr() as usize, i.len());
        if let Some((_, _, r)) = self
            .seen
            .borrow()
            .iter()
            .flatten()
            .find(|(p, l, _)| (*p, *l) == key)
        {
            return r.clone();
        }
        let r = standalone_item(self.order)(i);
        let n = self.next.get();
        if let Some(slot) = self.seen.borrow_mut().get_mut(n) {
            *slot = Some((key.0, key.1, r.clone()));
        }
        self.next.set((n + 1) % 4);
        r
    }
}

#[cfg(test)]
mod tests;
