//! Claims that bound a date: "more than 2 weeks before today", "later
//! than 2015", "by end of this month", "as late as tomorrow" (forms of
//! [`super::date_claim_with`], moved out of `claim.rs` whole).

use super::*;

/// "more than 2 weeks before today" ⇒ before the shifted day; "less
/// than 3 days after tomorrow" ⇒ the days from tomorrow up to it.
pub(super) fn qualified_shift<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, (more, _, (amount, unit), _, sign, _, base)) = (
        alt((
            (alt((kw("more"), kw("longer"))), sp, kw("than")).map(|_| true),
            (alt((kw("less"), kw("fewer"))), sp, kw("than")).map(|_| false),
        )),
        sp,
        counted_units,
        sp,
        shift_direction,
        sp,
        day_base_with(cx.order),
    )
        .parse(i)?;
    word_end(rest)?;
    let shifted = |amount, unit| DateExpr::Shifted {
        amount,
        unit,
        sign,
        base,
    };
    let claim = if more {
        let rel = if sign < 0 {
            Relation::Before
        } else {
            Relation::After
        };
        make(
            i,
            rest,
            Some(rel),
            0,
            (None, None, shifted(amount, unit)),
            None,
        )
    } else {
        // Within N days or weeks of the base, the Nth day excluded.
        let days = match unit {
            DurationUnit::Day => amount,
            DurationUnit::Week => amount * 7.0,
            _ => return fail(i),
        };
        let near = shifted(days - 1.0, DurationUnit::Day);
        let (a, b) = if sign < 0 {
            (near, base.expr())
        } else {
            (base.expr(), near)
        };
        make(
            i,
            rest,
            Some(Relation::Between),
            0,
            (None, None, a),
            Some((b, None)),
        )
    };
    Ok((rest, claim))
}

/// "year greater than 2012", "later than 2015": after that year.
pub(super) fn year_comparison<'a>(i: &'a str, _cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (rest, (_, y)) = (
        (alt((kw("greater"), kw("later"))), sp, kw("than"), sp),
        year_number,
    )
        .parse(i)?;
    Ok((
        rest,
        make(
            i,
            rest,
            Some(Relation::After),
            0,
            (None, None, DateExpr::Year(y)),
            None,
        ),
    ))
}

/// "by end of this month", "before end of the year": `by` on the
/// period, as "by the end of".
pub(super) fn by_end_of<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, (rel, _, _, _, _)) = (
        alt((
            kw("by").map(|_| Relation::By),
            kw("before").map(|_| Relation::By),
            kw("until").map(|_| Relation::Until),
            kw("till").map(|_| Relation::Until),
        )),
        sp,
        kw("end"),
        sp,
        kw("of"),
    )
        .parse(i)?;
    let (after_rel, _) = sp(after_rel)?;
    let expr_start = consumed(i, after_rel).len();
    let (rest, item) = cx.memo.item(after_rel)?;
    if item.1.is_some() {
        return fail(i);
    }
    Ok((rest, make(i, rest, Some(rel), expr_start, item, None)))
}

/// "as late as tomorrow" ⇒ by it; "as early as May" ⇒ since it.
pub(super) fn as_far_as<'a>(i: &'a str, cx: &Cx<'_, 'a>) -> Res<'a, ParsedDate> {
    let (after_rel, (_, _, rel, _, _, _)) = (
        kw("as"),
        sp,
        alt((
            kw("late").map(|_| Relation::By),
            kw("early").map(|_| Relation::Since),
        )),
        sp,
        kw("as"),
        sp,
    )
        .parse(i)?;
    let expr_start = consumed(i, after_rel).len();
    let (rest, item) = cx.memo.item(after_rel)?;
    Ok((rest, make(i, rest, Some(rel), expr_start, item, None)))
}
