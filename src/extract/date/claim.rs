//! A whole date claim: an optional hedge ("about") and relation ("by",
//! "in", "until" …), then a range or an item ([`date_claim_with`]); the
//! words that may open one ([`is_trigger_word`]) and full dates in headers.

use super::absolute::{day_month_year, iso_date, lower_month, month_day_year};
use super::calendar::{bare_season, decade_word, year_pair};
use super::days::day_of_this_month;
use super::item::{calendar_expr, vague, Item, ItemMemo};
use super::opening::{
    first_of, ClaimOpening, Kinds, ANY, C_ABOUT, C_AS, C_BY_END, C_COUNTED, C_DIGIT, C_FOR, C_FROM,
    C_GREATER_LATER, C_HEDGE, C_MORE_LESS, C_RELATION, C_SHIFT, C_SINCE, C_THE, C_TWO_DAYS,
    C_VAGUE, C_WITHIN,
};
use super::range::{
    duration_from_start, has_year, period_ended, period_to, period_up_to, range, today_as_date,
    unit_to_date, working_week,
};
use super::relative::{
    calendar_unit, counted_units, day_base_with, in_counted, shift_direction, weekday_expr,
};
use super::words::{
    digits_m_n, fail, month_name, shift_word, weekday_prefix, year_number, year_words_alone,
};
use super::{CalendarUnit, DateExpr, DateOrder, ParsedDate, Part, Pick, SliceUnit, YearRef};
use crate::extract::claim::{DurationUnit, Relation};
use crate::extract::grammar::{consumed, kw, phrase_from_in, sp, word_end, Res};
use crate::extract::lexicon::{
    lookup, DAY_ORDINALS, DAY_WORDS, PART_WORDS, RELATIONS, SHIFT_WORDS, VAGUE_DATES,
    WEEKDAY_ABBREVIATIONS,
};
use chrono::NaiveDate;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::char;
use nom::combinator::{opt, peek};
use nom::sequence::{preceded, terminated};
use nom::Parser;

/// Expressions that need a relation word before them ("in June", "in
/// 2019", "in the fall", "in three weeks").
fn relation_only_expr(i: &str) -> Res<'_, DateExpr> {
    alt((
        holiday,
        in_counted,
        day_of_this_month,
        |i| month_name(i).map(|(r, month)| (r, DateExpr::Month { year: None, month })),
        // "in may", "in the april", "in dec": a month in lower case after
        // a relation.
        |i| {
            preceded(opt((kw("the"), sp)), lower_month)
                .map(|month| DateExpr::Month { year: None, month })
                .parse(i)
        },
        |i| year_number(i).map(|(r, y)| (r, DateExpr::Year(y))),
        |i| year_words_alone(i).map(|(r, y)| (r, DateExpr::Year(y))),
        decade_word,
        // "in the year 2019-20": the pair as written alone.
        |i| {
            let pair_or_year = alt((year_pair, |i| {
                year_number(i).map(|(r, y)| (r, DateExpr::Year(y)))
            }));
            preceded(
                (kw("the"), sp, kw("year"), sp, opt((kw("of"), sp))),
                pair_or_year,
            )
            .parse(i)
        },
        bare_season,
        |i| {
            let (rest, (_, unit)) = ((kw("the"), sp), calendar_unit).parse(i)?;
            Ok((rest, DateExpr::Unit { unit, shift: 0 }))
        },
    ))
    .parse(i)
}

/// "at Christmas", "by Christmas Eve", "on Valentine's Day 2020": a
/// holiday on a fixed day, capitalised, after a relation only (before a
/// noun, "Christmas shopping", it dates nothing). With no year, by tense
/// or in the span its paragraph just named (`anchor`).
fn holiday(i: &str) -> Res<'_, DateExpr> {
    if !i.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(i);
    }
    let (rest, (month, day)) = alt((
        (kw("Christmas"), sp, kw("Eve")).map(|_| (12, 24)),
        (kw("Christmas"), opt((sp, kw("Day")))).map(|_| (12, 25)),
        (kw("Boxing"), sp, kw("Day")).map(|_| (12, 26)),
        kw("Halloween").map(|_| (10, 31)),
        (kw("Valentine"), possessive, sp, kw("Day")).map(|_| (2, 14)),
    ))
    .parse(i)?;
    let (rest, year) = opt(preceded(sp, year_number)).parse(rest)?;
    word_end(rest)?;
    Ok((rest, DateExpr::Day { year, month, day }))
}

/// "'s" or "’s".
fn possessive(i: &str) -> Res<'_, ()> {
    alt((tag("'s"), tag("\u{2019}s"))).map(|_| ()).parse(i)
}

/// Whether `i` opens with a holiday's name ([`holiday`]).
pub(super) fn is_holiday(i: &str) -> bool {
    holiday(i).is_ok()
}

/// A relation phrase: "by", "no later than", "in" …
pub fn relation(i: &str) -> Res<'_, Relation> {
    let (rest, (r, _)) = phrase_from_in(i, RELATIONS, crate::indexed!(RELATIONS))?;
    Ok((rest, r))
}

/// "within six months" ⇒ `by` the day six months after the article date.
fn within(i: &str) -> Res<'_, DateExpr> {
    let (rest, (_, _, _, (amount, unit))) = (
        kw("within"),
        sp,
        opt((kw("the"), sp, kw("next"), sp)),
        counted_units,
    )
        .parse(i)?;
    Ok((rest, DateExpr::Hence { amount, unit }))
}

/// Whether a date can start with this (lowercased) word, beyond month and
/// weekday names: the scan's cheap test.
pub fn is_trigger_word(word: &str) -> bool {
    let first_of = |p: &str| p.split(' ').next() == Some(word);
    lookup(WEEKDAY_ABBREVIATIONS, word).is_some()
        || lookup(SHIFT_WORDS, word).is_some()
        || lookup(DAY_WORDS, word).is_some()
        || lookup(DAY_ORDINALS, word).is_some()
        || PART_WORDS.iter().any(|(p, _)| first_of(p))
        || VAGUE_DATES.iter().any(|p| first_of(p))
        || matches!(
            word,
            "from"
                // "up to Wednesday": until it ([`up_to_day`]).
                | "up"
                // "now-2/10", "now to Friday": `range_start` opens with it.
                | "now"
                | "around"
                | "weekend"
                | "sometime"
                | "anytime"
                | "ides"
                | "eom"
                | "bom"
                | "eoy"
                | "boy"
                | "between"
                | "within"
                | "earlier"
                | "later"
                | "week"
                | "q"
                | "h"
                | "spring"
                | "summer"
                | "fall"
                | "autumn"
                | "winter"
                | "twenty"
                | "thirty"
                // "same quarter previous fiscal", "year-ago levels"
                | "same"
                | "corresponding"
                | "comparable"
                | "year"
                | "fiscal"
                | "financial"
                | "school"
                | "academic"
                | "fy"
                | "sy"
                | "cy"
                | "ytd"
                | "w"
                | "fortnight"
                | "mtd"
                | "qtd"
                // Durations: "all week", "lasted 2W".
                | "all"
                | "lasted"
                // "greater than 2012", "less than 3 days after tomorrow".
                | "as"
                | "that"
                | "greater"
                | "more"
                | "less"
                | "longer"
                | "fewer"
        )
}

/// A whole date claim with the default options.
pub fn date_claim(i: &str) -> Res<'_, ParsedDate> {
    date_claim_with(i, DateOrder::None)
}

/// A hedge before a date that leaves it as it is: "around", "sometime",
/// "anytime".
fn hedge(i: &str) -> Res<'_, ()> {
    let (rest, _) = (alt((kw("around"), kw("sometime"), kw("anytime"))), sp).parse(i)?;
    Ok((rest, ()))
}

/// What one [`date_claim_with`] call shares among its forms: the
/// day-month order, the items parsed so far (in this claim or, through
/// [`date_claim_in`], in earlier claims of the sentence), and the relation
/// phrase at the claim's start (several forms open with one).
struct Cx<'m, 'a> {
    order: DateOrder,
    memo: &'m ItemMemo<'a>,
    /// A relation and its blanks at one place: (start address, length,
    /// result).
    relation: std::cell::RefCell<Option<(usize, usize, Res<'a, Relation>)>>,
}

impl<'m, 'a> Cx<'m, 'a> {
    fn new(memo: &'m ItemMemo<'a>) -> Self {
        Self {
            order: memo.order(),
            memo,
            relation: std::cell::RefCell::new(None),
        }
    }

    /// `terminated(relation, sp)` at the start of `i`, parsed once per
    /// place.
    fn relation(&self, i: &'a str) -> Res<'a, Relation> {
        let key = (i.as_ptr() as usize, i.len());
        if let Some((p, l, r)) = self.relation.borrow().as_ref() {
            if (*p, *l) == key {
                return r.clone();
            }
        }
        let r = terminated(relation, sp).parse(i);
        *self.relation.borrow_mut() = Some((key.0, key.1, r.clone()));
        r
    }
}

use bounds::{as_far_as, by_end_of, qualified_shift, year_comparison};

/// A claim of `len` bytes of `i` ending at `rest`.
fn make(
    i: &str,
    rest: &str,
    relation: Option<Relation>,
    expr_start: usize,
    item: Item,
    until: Option<(DateExpr, Option<Part>)>,
) -> ParsedDate {
    ParsedDate {
        relation,
        expr: item.2,
        part: item.1,
        until,
        weekday: item.0,
        expr_start,
        len: consumed(i, rest).len(),
    }
}

/// A form of [`date_claim_with`]: the claim's input and what its forms
/// share.
type ClaimForm = for<'m, 'a> fn(&'a str, &Cx<'m, 'a>) -> Res<'a, ParsedDate>;

/// The forms of a whole claim, in order (the first that reads the input
/// wins), each with the kinds of first word it can open with (see
/// [`ClaimOpening`]).
const CLAIM_FORMS: &[(Kinds, ClaimForm)] = &[
    (C_AS, as_far_as),
    (C_RELATION | C_THE, reported_year),
    (C_THE, months_to),
    (ANY, period_ended_claim),
    (C_TWO_DAYS, two_days),
    (C_RELATION | C_THE, week_ended),
    (C_AS, as_of),
    (C_RELATION, day_with_time),
    (C_FOR, for_the_unit),
    (C_MORE_LESS, qualified_shift),
    (C_GREATER_LATER, year_comparison),
    (C_BY_END, by_end_of),
    (C_DIGIT, year_or_later),
    (C_VAGUE, vague_claim),
    (C_WITHIN, within_claim),
    (C_TWO_DAYS, over_a_year),
    (C_COUNTED | C_THE | C_SHIFT, period_up_to_claim),
    (C_COUNTED | C_SHIFT, counted_range),
    (ANY, month_list),
    (ANY, range_claim),
    (C_SINCE, starting_in),
    (C_SINCE, since_months),
    (ANY, up_to_day),
    (C_HEDGE | C_RELATION, with_relation),
    (C_RELATION, year_end),
    (C_FROM, from_day),
    (ANY, without),
    (C_ABOUT, about),
    (ANY, attributive_month),
    (C_THE, the_year_before_noun),
];

/// The first of [`CLAIM_FORMS`] that reads `i`, trying only the forms
/// its first word admits.
fn first_claim<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let opening = ClaimOpening::of(i);
    first_of(CLAIM_FORMS, |k| opening.any(k), i, |form, i| form(i, cx))
}

/// "the nine months to December": one span ([`period_to`]), not a
/// duration and a month.
fn months_to<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, e) = period_to(i)?;
    Ok((rest, make(i, rest, None, 0, (None, None, e), None)))
}

/// "for the quarter ended June 30", "in the year ending June 30", "six
/// months ended 30 June 2019": a reporting period named by its last day
/// ([`period_ended`]); "in", "during", "over" say it is when (`in`),
/// "for" whose figure it is (a length of time "for six months" it is not).
fn period_ended_claim<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, rel) = opt(terminated(
        alt((
            kw("for").map(|_| None),
            alt((kw("in"), kw("during"), kw("over"))).map(|_| Some(Relation::In)),
        )),
        sp,
    ))
    .parse(i)?;
    let (rest, e) = period_ended(after_rel)?;
    let expr_start = consumed(i, after_rel).len();
    Ok((
        rest,
        make(i, rest, rel.flatten(), expr_start, (None, None, e), None),
    ))
}

fn vague_claim<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, e) = vague(i)?;
    Ok((rest, make(i, rest, None, 0, (None, None, e), None)))
}

fn within_claim<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, e) = within(i)?;
    Ok((
        rest,
        make(i, rest, Some(Relation::By), 0, (None, None, e), None),
    ))
}

/// "the rise this year over 2018.", "up 4% over 2023,": a year after
/// "over" that ends its phrase is the year compared with, not a bound on
/// a count ("over 2018 people" counts people; nothing is counted here).
fn over_a_year<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, _) = (kw("over"), sp).parse(i)?;
    let (rest, year) = year_number(after_rel)?;
    let ends_phrase = rest.is_empty() || rest.starts_with(['.', ',', ';', ':', ')', '!', '?']);
    if !ends_phrase {
        return fail(i);
    }
    let expr_start = consumed(i, after_rel).len();
    let expr = DateExpr::Year(year);
    Ok((
        rest,
        make(
            i,
            rest,
            Some(Relation::In),
            expr_start,
            (None, None, expr),
            None,
        ),
    ))
}

/// "over the past five weeks leading up to 9 May": one span, in which
/// (not between whose ends) things happened.
fn period_up_to_claim<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, rel) = opt(terminated(
        alt((kw("over"), kw("in"), kw("during"), kw("for"))),
        sp,
    ))
    .parse(i)?;
    let (rest, (a, b)) = period_up_to(after_rel)?;
    let rel = rel.map(|_| Relation::In);
    let expr_start = consumed(i, after_rel).len();
    Ok((
        rest,
        make(i, rest, rel, expr_start, (None, None, a), Some((b, None))),
    ))
}

fn counted_range<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, (a, b)) = alt((duration_from_start, unit_to_date, working_week)).parse(i)?;
    Ok((
        rest,
        make(
            i,
            rest,
            Some(Relation::Between),
            0,
            (None, None, a),
            Some((b, None)),
        ),
    ))
}

/// The most months a list may name (a year's).
const MONTH_LIST_MAX: usize = 12;

/// "in July, August, and September", "April, May and June 2022": three or
/// more months in a row, listed, are one span from the first to the last
/// (the quarter they make up), not the first month alone; so are two in a
/// row with the year they share ("July and August 2022", "November and
/// December this year"). Months out of order ("in May, July and October")
/// are separate dates.
fn month_list<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, rel) = opt(|i| cx.relation(i)).parse(i)?;
    let (mut rest, first) = month_name(after_rel)?;
    let mut last = first;
    let mut count = 1;
    loop {
        // ", August", ", and September", " and September"
        let sep = alt((
            (tag(","), sp, opt((kw("and"), sp))).map(|_| ()),
            (sp, kw("and"), sp).map(|_| ()),
        ));
        let Ok((r, (_, m))) = (sep, month_name).parse(rest) else {
            break;
        };
        word_end(r)?;
        if m != last % 12 + 1 || count == MONTH_LIST_MAX {
            return fail(i);
        }
        let closed = consumed(rest, r).contains("and");
        (rest, last, count) = (r, m, count + 1);
        if closed {
            break;
        }
    }
    // "November and December this year": two months in a row that share
    // a year shifted from the article's are one span of that year.
    let mut shifted = (sp, opt((kw("of"), sp)), shift_word, sp, kw("year"));
    if let Ok((r, (_, _, shift, _, _))) = shifted.parse(rest) {
        word_end(r)?;
        if count < 2 || first > last {
            return fail(i);
        }
        let span = DateExpr::YearSlice {
            year: YearRef::Shifted(shift),
            unit: SliceUnit::Month,
            start: first as i32,
            count: last - first + 1,
        };
        let expr_start = consumed(i, after_rel).len();
        return Ok((r, make(i, r, rel, expr_start, (None, None, span), None)));
    }
    let (rest, year) = opt(preceded(alt((tag(", "), sp)), year_number)).parse(rest)?;
    word_end(rest)?;
    // Two ("July and August 2022") are one span only with the year they
    // share; without one they stay two dates.
    if count < 3 && (count < 2 || year.is_none()) {
        return fail(i);
    }
    // A list that wraps a year's end ("November, December and January")
    // starts the year before.
    let first_year = year.map(|y| if first > last { y - 1 } else { y });
    let expr_start = consumed(i, after_rel).len();
    Ok((
        rest,
        make(
            i,
            rest,
            rel,
            expr_start,
            (
                None,
                None,
                DateExpr::Month {
                    year: first_year,
                    month: first,
                },
            ),
            Some((DateExpr::Month { year, month: last }, None)),
        ),
    ))
}

fn range_claim<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, (a, p1, b, p2)) = range(cx.memo)(i)?;
    Ok((
        rest,
        make(
            i,
            rest,
            Some(Relation::Between),
            0,
            (None, p1, a),
            Some((b, p2)),
        ),
    ))
}

fn with_relation<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, rel) = preceded(opt(hedge), |i| cx.relation(i)).parse(i)?;
    let expr_start = consumed(i, after_rel).len();
    let (rest, item) = alt((
        |i| day_before_noun(i, cx),
        |i| cx.memo.item(i),
        |i| relation_only_expr(i).map(|(r, e)| (r, (None, None, e))),
        // "till date": until the article date.
        |i| match rel {
            Relation::Until => today_as_date(i).map(|(r, e)| (r, (None, None, e))),
            _ => fail(i),
        },
    ))
    .parse(after_rel)?;
    // A bare season ("the fall") is a date only after in/by/until.
    if let DateExpr::Season {
        shift: None,
        year: None,
        ..
    } = item.2
    {
        if item.1.is_none() && !matches!(rel, Relation::In | Relation::By | Relation::Until) {
            return fail(i);
        }
    }
    // "in three weeks" is a day; "for"/"after" with a count are durations.
    if let DateExpr::Hence { .. } = item.2 {
        if rel != Relation::In && consumed(after_rel, rest).split_whitespace().count() == 2 {
            return fail(i);
        }
    }
    let rel = match (rel, item.2) {
        (Relation::In, DateExpr::Hence { .. }) => Relation::On,
        // "at Christmas": on the day.
        (Relation::In, DateExpr::Day { .. }) if is_holiday(after_rel) => Relation::On,
        (r, _) => r,
    };
    Ok((rest, make(i, rest, Some(rel), expr_start, item, None)))
}

/// "by year-end", "at the year end": late in the article's year, as "the
/// end of the year" is ("year-end 2019" with its year is an item). Not
/// before a noun it modifies ("at year-end prices"): only where the
/// phrase ends or a function word goes on.
fn year_end<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, rel) = cx.relation(i)?;
    let expr_start = consumed(i, after_rel).len();
    let (rest, _) = (
        opt((kw("the"), sp)),
        kw("year"),
        alt((tag("-"), sp)),
        kw("end"),
    )
        .parse(after_rel)?;
    word_end(rest)?;
    let next = rest.trim_start_matches(' ');
    let word: &str = next
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let ends =
        !next.starts_with(|c: char| c.is_alphanumeric()) || YEAR_END_FOLLOWERS.contains(&word);
    if !ends {
        return fail(i);
    }
    let year = DateExpr::Unit {
        unit: CalendarUnit::Year,
        shift: 0,
    };
    Ok((
        rest,
        make(
            i,
            rest,
            Some(rel),
            expr_start,
            (None, Some(Part::Late), year),
            None,
        ),
    ))
}

/// Words that may follow "year-end" closing a date ([`year_end`]).
const YEAR_END_FOLLOWERS: &[&str] = &[
    "and",
    "or",
    "but",
    "to",
    "as",
    "when",
    "while",
    "if",
    "than",
    "from",
    "with",
    "after",
    "compared",
    "despite",
    "amid",
    "because",
    "according",
    "in",
    "at",
    "on",
    "for",
    "the",
];

/// "up to Wednesday afternoon", "up to June 30": until that day or
/// month. Only a day, a weekday or a month: before a count "up to" bounds
/// a figure ("up to 10 days", "up to 2000 jobs").
fn up_to_day<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, _) = (kw("up"), sp, kw("to"), sp).parse(i)?;
    let expr_start = consumed(i, after_rel).len();
    let (rest, item) = cx.memo.item(after_rel)?;
    let named = matches!(
        item.2,
        DateExpr::Weekday { .. }
            | DateExpr::Day { .. }
            | DateExpr::Month { .. }
            | DateExpr::InMonth { .. }
            | DateExpr::WeekdayOfWeek { .. }
    );
    if !named {
        return fail(i);
    }
    Ok((
        rest,
        make(i, rest, Some(Relation::Until), expr_start, item, None),
    ))
}

/// "the June 2 hearing", "the June 3 election": a day named before the
/// noun of its event, after "the", is that day (`with_relation` reads
/// "after the June 2 hearing" as after June 2).
fn day_before_noun<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, Item> {
    let (day_at, _) = (kw("the"), sp).parse(i)?;
    let (rest, item) = cx.memo.item(day_at)?;
    let noun_follows = rest
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
    if !matches!(item.2, DateExpr::Day { .. }) || item.1.is_some() || !noun_follows {
        return fail(i);
    }
    Ok((rest, item))
}

/// "around next week", "sometime next year": the hedge keeps the date.
fn without<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, item) = preceded(opt(hedge), |i| cx.memo.item(i)).parse(i)?;
    Ok((rest, make(i, rest, None, 0, item, None)))
}

/// "about 2019/aug/01", "about Q1 2019": "about" hedges a full date;
/// before anything else it counts ("about 20 May protesters").
fn about<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, expr) = preceded((kw("about"), sp), calendar_expr(cx.order)).parse(i)?;
    if !has_year(expr) {
        return fail(i);
    }
    Ok((rest, make(i, rest, None, 0, (None, None, expr), None)))
}

/// A bare year is a date when it opens a period: "2012 or later".
fn year_or_later<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, (y, _)) = (year_number, peek(or_later)).parse(i)?;
    Ok((
        rest,
        make(i, rest, None, 0, (None, None, DateExpr::Year(y)), None),
    ))
}

/// "closed for the day", "sales for the month": the article's own. Not
/// "for the quarter" or "for the year", which results copy writes of the
/// period reported, named or not (a quarter read as the article's own
/// where none was named is wrong in February's fourth-quarter story).
fn for_the_unit<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, _) = (kw("for"), sp).parse(i)?;
    let (rest, (_, e)) = (
        (kw("the"), sp),
        alt((
            kw("day").map(|_| DateExpr::DayOffset(0)),
            kw("week").map(|_| DateExpr::Unit {
                unit: CalendarUnit::Week,
                shift: 0,
            }),
            kw("month").map(|_| DateExpr::Unit {
                unit: CalendarUnit::Month,
                shift: 0,
            }),
        )),
    )
        .parse(after_rel)?;
    // Only where the phrase ends: "for the day shift", "for the day of
    // the vote", "for the week beginning May 4" are something else.
    let goes_on = rest
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’');
    if goes_on {
        return fail(i);
    }
    let expr_start = consumed(i, after_rel).len();
    Ok((rest, make(i, rest, None, expr_start, (None, None, e), None)))
}

/// "starting in May this year", "beginning in the third quarter": from
/// then on (the "in" says when the state opens, not a period it keeps to).
fn starting_in<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (at_in, _) = (alt((kw("starting"), kw("beginning"))), sp).parse(i)?;
    (kw("in"), sp).parse(at_in)?;
    let (rest, claim) = with_relation(at_in, cx)?;
    if claim.relation != Some(Relation::In) {
        return fail(i);
    }
    let lead = consumed(i, at_in).len();
    Ok((
        rest,
        ParsedDate {
            relation: Some(Relation::Since),
            expr_start: lead + claim.expr_start,
            len: lead + claim.len,
            ..claim
        },
    ))
}

/// "since April-June 2014": months joined by a dash name one period (a
/// quarter as data copy writes it), the year after them its year; since
/// then. A range with a joining word ("since May to July") is not one.
fn since_months<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, _) = (kw("since"), sp).parse(i)?;
    let (rest, (a, p1, b, p2)) = range(cx.memo)(after_rel)?;
    let months = matches!(
        (a, b),
        (
            DateExpr::Month { year: None, .. },
            DateExpr::Month { year: Some(_), .. }
        )
    );
    let written = consumed(after_rel, rest);
    let words = written
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '\u{2013}' | '\u{2014}'))
        .filter(|w| !w.is_empty())
        .count();
    if !months || p1.is_some() || p2.is_some() || words != 3 {
        return fail(i);
    }
    let expr_start = consumed(i, after_rel).len();
    Ok((
        rest,
        make(
            i,
            rest,
            Some(Relation::Since),
            expr_start,
            (None, None, a),
            Some((b, None)),
        ),
    ))
}

/// "12.01", "9am", "6 p.m.", "21:30", "midnight": a clock time, which may
/// stand between "from" and the day it falls on ("From 12.01 Monday").
/// Digits alone need minutes or "am"/"pm" ("from 3 Monday" is no time).
fn clock_time(i: &str) -> Res<'_, ()> {
    let named = alt((kw("midnight"), kw("noon"), kw("midday"))).map(|_| ());
    let digits = |i| -> Res<'_, ()> {
        let (rest, hour) = digits_m_n(1, 2)(i)?;
        let (rest, minutes) =
            opt(preceded(alt((char('.'), char(':'))), digits_m_n(2, 2))).parse(rest)?;
        let (rest, meridiem) = opt(preceded(
            opt(sp),
            alt((kw("a.m."), kw("p.m."), kw("am"), kw("pm"))),
        ))
        .parse(rest)?;
        let hours = if meridiem.is_some() { 1..=12 } else { 0..=24 };
        if !hours.contains(&hour)
            || minutes.is_some_and(|m| m > 59)
            || minutes.is_none() && meridiem.is_none()
        {
            return fail(i);
        }
        word_end(rest)?;
        Ok((rest, ()))
    };
    alt((named, digits)).parse(i)
}

/// "from Aug 1" with no end: from that day on; "From 12.01 Monday": from
/// a time of that day on.
fn from_day<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_from, _) = (kw("from"), sp).parse(i)?;
    let (after_rel, _) = opt(terminated(clock_time, sp)).parse(after_from)?;
    // "from this Friday 5/12 to next Sunday": the range after "from".
    if range(cx.memo)(after_from).is_ok() {
        return fail(i);
    }
    let expr_start = consumed(i, after_rel).len();
    let (rest, item) = cx.memo.item(after_rel)?;
    // "from Monday's quake": the day names which quake.
    let possessive = rest.starts_with("'s") || rest.starts_with("’s");
    if item.1.is_some() || !names_a_day(item.2) || possessive {
        return fail(i);
    }
    Ok((
        rest,
        make(i, rest, Some(Relation::Since), expr_start, item, None),
    ))
}

/// "by late Sunday night", "on early Monday", "until Friday evening":
/// a part of a day is the day.
///
/// A clock time right before the day ("by 4 p.m. June 2", "until noon
/// Friday") is the day too, as one after it is; with "on" between ("at 2
/// p.m. on June 3") the day keeps its own relation.
fn day_with_time<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, rel) = cx.relation(i)?;
    let (after_clock, clock) = opt(terminated(clock_time, sp)).parse(after_rel)?;
    let (day_at, part) = opt(terminated(alt((kw("early"), kw("late"))), sp)).parse(after_clock)?;
    let (after_day, item) = cx.memo.item(day_at)?;
    if item.1.is_some() || !names_a_day(item.2) {
        return fail(i);
    }
    let (rest, time) = opt(preceded(sp, time_of_day)).parse(after_day)?;
    if part.is_none() && time.is_none() && clock.is_none() {
        return fail(i);
    }
    word_end(rest)?;
    let expr_start = consumed(i, after_rel).len();
    // "at 1 p.m. Tuesday": "at" is the clock's; the day is on.
    let rel = match (clock, rel) {
        (Some(()), Relation::In) => Relation::On,
        (_, r) => r,
    };
    Ok((rest, make(i, rest, Some(rel), expr_start, item, None)))
}

/// "As of March", "as at 18 October" (British and South Asian copy):
/// where things stood then.
fn as_of<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, _) = (kw("as"), sp, alt((kw("of"), kw("at"))), sp).parse(i)?;
    let expr_start = consumed(i, after_rel).len();
    let (rest, item) = alt((
        |i| cx.memo.item(i),
        |i| relation_only_expr(i).map(|(r, e)| (r, (None, None, e))),
    ))
    .parse(after_rel)?;
    Ok((rest, make(i, rest, None, expr_start, item, None)))
}

/// "the week ended March 28", "the week ending Sunday", "the week to
/// February 4": the seven days that end on that day (a quarter, a half
/// or a year ended on a day is that many months: [`period_ended`]).
fn week_ended<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, rel) = opt(|i| cx.relation(i)).parse(i)?;
    let (day_at, _) = (
        kw("the"),
        sp,
        kw("week"),
        sp,
        // "the week to February 4" (British data copy): the same week.
        alt((kw("ended"), kw("ending"), kw("to"))),
        sp,
        opt((kw("on"), sp)),
    )
        .parse(after_rel)?;
    let (rest, base) = day_base_with(cx.order)(day_at)?;
    word_end(rest)?;
    let start = DateExpr::Shifted {
        amount: 6.0,
        unit: DurationUnit::Day,
        sign: -1,
        base,
    };
    let expr_start = consumed(i, after_rel).len();
    Ok((
        rest,
        make(
            i,
            rest,
            rel,
            expr_start,
            (None, None, start),
            Some((base.expr(), None)),
        ),
    ))
}

/// "the May forecast", "the alliance's June summit": a month naming
/// which one of a thing, before its noun; or a month that ends its phrase
/// ("the figures for September, which", "higher compared to August.").
/// "May" and "March" (verbs and names too) only after "the".
fn attributive_month<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (at, the) = opt((kw("the"), sp)).parse(i)?;
    let (rest, month) = month_name(at)?;
    let name = consumed(at, rest);
    // The full name as prose writes it: no "Dec", "SEPT" or "$DEC".
    let full = crate::time::MONTH_NAMES.get(month as usize - 1) == Some(&name);
    if the.is_none() && matches!(month, 3 | 5) || !full {
        return fail(i);
    }
    // "April's multi-billion dollar deal": a possessive month too (not
    // "May's", "March's": names and verbs).
    let after = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("\u{2019}s"))
        .filter(|_| !matches!(month, 3 | 5))
        .unwrap_or(rest);
    let noun_follows = after
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_lowercase()));
    let ends_phrase = rest.is_empty() || rest.starts_with([',', '.', ';', ':', ')']);
    if !(noun_follows || ends_phrase) {
        return fail(i);
    }
    let expr_start = consumed(i, at).len();
    let expr = DateExpr::Month { year: None, month };
    Ok((
        rest,
        make(i, rest, None, expr_start, (None, None, expr), None),
    ))
}

/// "over Monday and Tuesday", "during Saturday and Sunday": two days
/// in a row are one span; two apart ("on Monday and Wednesday") are two
/// dates.
fn two_days<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, _) = (alt((kw("over"), kw("on"), kw("during"), kw("through"))), sp).parse(i)?;
    let (rest, (a, _, _, _, b)) =
        (weekday_expr, sp, kw("and"), sp, weekday_expr).parse(after_rel)?;
    word_end(rest)?;
    let consecutive = match (a, b) {
        (
            DateExpr::Weekday {
                weekday: x,
                shift: None,
            },
            DateExpr::Weekday {
                weekday: y,
                shift: None,
            },
        ) => (x + 1) % 7 == y,
        _ => false,
    };
    if !consecutive {
        return fail(i);
    }
    let expr_start = consumed(i, after_rel).len();
    Ok((
        rest,
        make(
            i,
            rest,
            Some(Relation::In),
            expr_start,
            (None, None, a),
            Some((b, None)),
        ),
    ))
}

/// Results copy: "the full financial year", "the year under review" —
/// the year the results report, which `Anchors` reads off the latest
/// reporting period the text gave; with none, the current (fiscal) year.
fn reported_year<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, rel) = opt(|i| cx.relation(i)).parse(i)?;
    let (rest, fiscal) = preceded(
        (kw("the"), sp),
        alt((
            (
                kw("full"),
                sp,
                alt((kw("financial"), kw("fiscal"))),
                sp,
                kw("year"),
            )
                .map(|_| true),
            (kw("year"), sp, kw("under"), sp, kw("review")).map(|_| false),
        )),
    )
    .parse(after_rel)?;
    word_end(rest)?;
    let expr = if fiscal {
        DateExpr::FiscalYear(YearRef::Shifted(0))
    } else {
        DateExpr::Unit {
            unit: CalendarUnit::Year,
            shift: 0,
        }
    };
    let expr_start = consumed(i, after_rel).len();
    Ok((
        rest,
        make(i, rest, rel, expr_start, (None, None, expr), None),
    ))
}

/// "the 2024 elections": a year after "the" and before a plural noun
/// names which ones. News writes a count of thousands with a separator
/// ("the 2,000 troops"); a singular noun ("the 2016 election") leaves
/// the bare figure a year already.
fn the_year_before_noun<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (at, _) = (kw("the"), sp).parse(i)?;
    let (rest, y) = year_number(at)?;
    let plural_noun = rest.strip_prefix(' ').is_some_and(plural_noun_follows);
    if !(1900..=2100).contains(&y) || !plural_noun {
        return fail(i);
    }
    let expr_start = consumed(i, at).len();
    Ok((
        rest,
        make(
            i,
            rest,
            None,
            expr_start,
            (None, None, DateExpr::Year(y)),
            None,
        ),
    ))
}

/// Whether `r` opens with a plural noun in lower case ("elections"), or
/// one modifier and one ("spending caps", "general elections").
fn plural_noun_follows(r: &str) -> bool {
    let mut words = r.splitn(3, ' ');
    let plural = |word: &str| {
        word.len() > 3
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && word.ends_with('s')
            && !word.ends_with("ss")
    };
    let first = words.next().unwrap_or("");
    let first_word = first
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    if first_word.starts_with(|c: char| c.is_ascii_lowercase()) && plural(first_word) {
        return true;
    }
    // "the 2018 spending caps": a modifier, then the plural noun.
    let second = words
        .next()
        .unwrap_or("")
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    first.len() > 2
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && !crate::extract::lexicon::is_not_noun_lowercase(first)
        && plural(second)
}

/// A whole date claim: an optional relation and a date expression (or a
/// range, or a vague time), the first of [`CLAIM_FORMS`] that reads `i`.
pub fn date_claim_with(i: &str, order: DateOrder) -> Res<'_, ParsedDate> {
    date_claim_in(i, &ItemMemo::new(order, false))
}

/// [`date_claim_with`] in the day-month order of `items`, which remembers
/// the items it parsed at each place (a sentence's claims read the same
/// item again: "from 999 to 1,569" reads "999 to …" as the range's start,
/// and the scan then tries a claim at "999").
pub fn date_claim_in<'a>(i: &'a str, items: &ItemMemo<'a>) -> Res<'a, ParsedDate> {
    if items.across_claims() {
        claim_with(i, &Cx::new(items))
    } else {
        claim_with(i, &Cx::new(&ItemMemo::new(items.order(), false)))
    }
}

/// [`date_claim_in`] with what its forms share.
fn claim_with<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, mut claim) = first_claim(i, cx)?;
    // "on this year's election", "after last month's announcement", "by
    // Monday's quake": the word before a possessive date governs the noun
    // after it; the date dates that noun. But "since" counts from the date
    // whatever happened on it ("since November's vote").
    if claim.until.is_none()
        && (rest.starts_with("'s") || rest.starts_with("’s"))
        && claim.relation != Some(Relation::Since)
    {
        claim.relation = None;
    }
    // "September and October", "March 31 and April 1", "in 2005 and
    // 2006": two units one right after the other joined by "and" name the
    // span they make.
    let (rest, mut claim) = joined_span(i, rest, claim, cx);
    // "the quarter ended March 31", "the week ending Sunday": the period is
    // named by the day that ends it, which is the date; "the quarter" alone
    // would be the article's.
    if claim.until.is_none() && names_a_period_by_its_end(claim.expr) && ends_at_a_day(rest) {
        return fail(i);
    }
    // "the Mid-Year Economic and Fiscal Outlook", "the mid-year update": a
    // hyphenated part of "year" before a noun names a thing, not a time.
    if claim.part.is_some()
        && matches!(claim.expr, DateExpr::Unit { shift: 0, .. })
        && consumed(i, rest).contains('-')
        && rest
            .strip_prefix([' ', '\u{a0}'])
            .is_some_and(|r| r.starts_with(char::is_alphabetic))
    {
        return fail(i);
    }
    // "2012 or later", "on 1/1/2016 and after": from then on.
    if matches!(claim.relation, None | Some(Relation::On | Relation::In)) {
        if let Ok((r, ())) = or_later(rest) {
            claim.relation = Some(Relation::Since);
            claim.len = consumed(i, r).len();
            return Ok((r, claim));
        }
    }
    Ok((rest, claim))
}

/// `claim` (read from `i` up to `rest`) and the unit right after its own
/// joined to it by "and" ("September and October", "March 31 and April
/// 1", "2005 and 2006"), as one span; the claim alone where no such unit
/// follows, or where "respectively" pairs each with a figure of its own.
fn joined_span<'a>(
    i: &'a str,
    rest: &'a str,
    claim: ParsedDate,
    cx: &Cx<'_, 'a>,
) -> (&'a str, ParsedDate) {
    if claim.until.is_some() || claim.part.is_some() {
        return (rest, claim);
    }
    // A bare month or year joins as the far end of a range does: a
    // capitalised month ("and may rise" is no month), four digits.
    let bare = |i: &'a str| -> Res<'a, DateExpr> {
        alt((
            |i| cx.memo.item(i).map(|(r, (_, p, e))| (r, (p, e))),
            |i| month_name(i).map(|(r, month)| (r, (None, DateExpr::Month { year: None, month }))),
            |i| year_number(i).map(|(r, y)| (r, (None, DateExpr::Year(y)))),
        ))
        .parse(i)
        .and_then(|(r, (p, e))| if p.is_none() { Ok((r, e)) } else { fail(i) })
    };
    let Ok((r, next)) = preceded((sp, kw("and"), sp), bare).parse(rest) else {
        return (rest, claim);
    };
    let respectively = r
        .trim_start_matches([',', ' '])
        .get(..12)
        .is_some_and(|w| w.eq_ignore_ascii_case("respectively"));
    if respectively || word_end(r).is_err() || !follows(claim.expr, next) {
        return (rest, claim);
    }
    let relation = match claim.relation {
        None | Some(Relation::On) => Some(Relation::In),
        other => other,
    };
    let joined = ParsedDate {
        relation,
        until: Some((next, None)),
        len: consumed(i, r).len(),
        ..claim
    };
    (r, joined)
}

/// Whether `b` is the unit right after `a`: the next day, month or year,
/// in the same year where both name one (a day or month without one takes
/// the other's).
fn follows(a: DateExpr, b: DateExpr) -> bool {
    let same_year = |x: Option<i32>, y: Option<i32>| x.is_none() || y.is_none() || x == y;
    match (a, b) {
        (DateExpr::Year(x), DateExpr::Year(y)) => x.checked_add(1) == Some(y),
        (DateExpr::Month { year: x, month: m }, DateExpr::Month { year: y, month: n }) => {
            same_year(x, y) && m + 1 == n
        }
        (
            DateExpr::Day {
                year: x,
                month: m,
                day: d,
            },
            DateExpr::Day {
                year: y,
                month: n,
                day: e,
            },
        ) => {
            // A leap year holds every day a text may name.
            let year = x.or(y).unwrap_or(2000);
            let next = chrono::NaiveDate::from_ymd_opt(year, m, d).and_then(|t| t.succ_opt());
            same_year(x, y) && next == chrono::NaiveDate::from_ymd_opt(year, n, e)
        }
        _ => false,
    }
}

/// Whether an expression names one day ("Aug 1", "Monday", "tomorrow").
fn names_a_day(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Day { .. }
            | DateExpr::Weekday { .. }
            | DateExpr::DayOffset(_)
            | DateExpr::WeekdayDay { .. }
            | DateExpr::DayOfMonth(_)
    ) || matches!(
        expr,
        DateExpr::InMonth { pick, .. } if !matches!(pick, Pick::Week(_) | Pick::WeekOf(_))
    )
}

/// A time of day after a day: "night", "morning" …
fn time_of_day(i: &str) -> Res<'_, ()> {
    let (rest, _) = alt((kw("night"), kw("morning"), kw("afternoon"), kw("evening"))).parse(i)?;
    Ok((rest, ()))
}

/// "the week", "the quarter", "the half", "the year": a period that the
/// words after it may name by its last day.
fn names_a_period_by_its_end(expr: DateExpr) -> bool {
    matches!(
        expr,
        DateExpr::Unit { shift: 0, .. }
            | DateExpr::Quarter { year: None, .. }
            | DateExpr::Half { year: None, .. }
            | DateExpr::FiscalQuarter {
                year: YearRef::Shifted(super::FISCAL_BY_TENSE),
                ..
            }
    )
}

/// " ended", " ending": the period's last day follows.
fn ends_at_a_day(i: &str) -> bool {
    (sp, alt((kw("ended"), kw("ending")))).parse(i).is_ok()
}

/// " or later", " and after", " onwards": the date opens a period.
fn or_later(i: &str) -> Res<'_, ()> {
    let (rest, _) = (
        sp,
        alt((
            (
                alt((kw("or"), kw("and"))),
                sp,
                alt((kw("later"), kw("after"), kw("beyond"), kw("greater"))),
            )
                .map(|_| ()),
            alt((kw("onwards"), kw("onward"))).map(|_| ()),
        )),
    )
        .parse(i)?;
    word_end(rest)?;
    Ok((rest, ()))
}

/// A full written date at the start of `s` ("June 29, 2021", "29 June
/// 2021", "2021-06-29", "Tuesday, June 29, 2021"): bytes used and the date.
pub fn full_date_prefix(s: &str) -> Option<(usize, NaiveDate)> {
    let (rest, (_, expr)) = (
        opt(weekday_prefix),
        alt((iso_date, month_day_year, day_month_year)),
    )
        .parse(s)
        .ok()?;
    match expr {
        DateExpr::Day {
            year: Some(y),
            month,
            day,
        } => Some((
            consumed(s, rest).len(),
            NaiveDate::from_ymd_opt(y, month, day)?,
        )),
        _ => None,
    }
}

/// A full written date making up all of `s`.
pub fn parse_full_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    full_date_prefix(s)
        .and_then(|(n, d)| s.get(n..).is_some_and(|r| r.trim().is_empty()).then_some(d))
}

mod bounds;
#[cfg(test)]
mod tests;
