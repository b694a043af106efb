//! Tests of `claim`, at the boundaries of every convention.

use super::*;
use crate::extract::date::tests::*;

#[test]
fn seed_dates() {
    let p = parse("by June 2022 and");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(p.len, "by June 2022".len());
    assert_eq!(
        interval("by June 2022", Tense::Future),
        (d(2022, 6, 1), d(2022, 6, 30))
    );
    let p = parse("in the fall of 2021.");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::In), "in the fall of 2021".len())
    );
    assert_eq!(
        interval("in the fall of 2021", Tense::Future),
        (d(2021, 9, 1), d(2021, 11, 30))
    );
    assert_eq!(
        interval("on Monday after", Tense::Past),
        (d(2021, 6, 28), d(2021, 6, 28))
    );
}

#[test]
fn by_end_of_is_by_on_the_whole_period() {
    let p = parse("by the end of 2021");
    assert_eq!((p.relation, p.part), (Some(Relation::By), None));
    assert_eq!(
        interval("by the end of 2021", Tense::Future),
        (d(2021, 1, 1), d(2021, 12, 31))
    );
    let p = parse("no later than March 2022");
    assert_eq!(p.relation, Some(Relation::By));
    let p = parse("no later than on December 3");
    assert_eq!(p.relation, Some(Relation::By));
    let p = parse("before the end of the year");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        interval("before the end of the year", Tense::Future),
        (d(2021, 1, 1), d(2021, 12, 31))
    );
    // "before" keeps its own relation: the period itself is excluded.
    assert_eq!(parse("before 2023").relation, Some(Relation::Before));
    assert_eq!(parse("until June").relation, Some(Relation::Until));
    assert_eq!(parse("till June").relation, Some(Relation::Until));
    assert_eq!(parse("since 2014").relation, Some(Relation::Since));
    assert_eq!(parse("after 2016").relation, Some(Relation::After));
    assert_eq!(parse("during March").relation, Some(Relation::In));
    assert_eq!(parse("at the end of 2012").relation, Some(Relation::In));
}

#[test]
fn within_is_by() {
    let p = parse("within six months");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        interval("within six months", Tense::Future),
        (d(2021, 12, 29), d(2021, 12, 29))
    );
}

#[test]
fn vague_dates_never_resolve() {
    let p = parse("in the coming weeks");
    assert_eq!(p.expr, DateExpr::Vague);
    let r = resolve_with(
        p.expr,
        None,
        Some(d(2021, 6, 29)),
        Tense::Future,
        &DateOptions::default(),
    );
    // Not `relative`: the article date would not resolve it, so a missing
    // one is not what leaves it open (no `unresolved-date`).
    assert!(!r.relative && r.interval.is_none());
    assert_eq!(parse("soon").expr, DateExpr::Vague);
}

#[test]
fn not_dates() {
    for s in [
        "may be",
        "the fall of Kabul",
        "in Rome",
        "on 800 units",
        "2019",
        "for two years",
        "after two years",
        "between Iraq and Kuwait",
        "the first time",
        "march on",
        "Sun Microsystems",
    ] {
        assert!(date_claim(s).is_err(), "{s}: {:?}", date_claim(s));
    }
}

#[test]
fn full_dates_for_headers() {
    assert_eq!(parse_full_date("June 29, 2021"), Some(d(2021, 6, 29)));
    assert_eq!(full_date_prefix("29 June 2021 Rome").map(|x| x.0), Some(12));
    assert_eq!(parse_full_date("June 2021"), None);
}

#[test]
fn hedges_keep_the_date() {
    let t = Tense::Future;
    assert_eq!(
        interval("sometime next year", t),
        (d(2022, 1, 1), d(2022, 12, 31))
    );
    assert_eq!(
        interval("anytime after 2014", t),
        (d(2014, 1, 1), d(2014, 12, 31))
    );
}

#[test]
fn open_ended_dates_run_from_their_start() {
    let t = Tense::Future;
    for text in [
        "2018 or later",
        "in 2018 and after",
        "2018 onwards",
        "starting 2018",
    ] {
        let (rest, c) = date_claim(text).unwrap();
        assert_eq!((rest, c.relation), ("", Some(Relation::Since)), "{text}");
    }
    assert_eq!(
        interval("starting on January 7th 2019", t),
        (d(2019, 1, 7), d(2019, 1, 7))
    );
    // "the beginning of" stays a part.
    assert_eq!(
        interval("the beginning of May 2019", t),
        (d(2019, 5, 1), d(2019, 5, 10))
    );
}

#[test]
fn about_hedges_only_a_full_date() {
    let t = Tense::Past;
    assert_eq!(
        interval("about 2019-aug-1", t),
        (d(2019, 8, 1), d(2019, 8, 1))
    );
    assert_eq!(
        interval("about 2019-Q1", t),
        (d(2019, 1, 1), d(2019, 3, 31))
    );
    assert!(date_claim("about 20 May protesters").is_err());
}

#[test]
fn lowercase_months_after_a_relation() {
    assert_eq!(
        interval("in may.", Tense::Present),
        (d(2021, 5, 1), d(2021, 5, 31))
    );
    assert_eq!(
        interval("in the april", Tense::Past),
        (d(2021, 4, 1), d(2021, 4, 30))
    );
    assert_eq!(
        interval("in dec", Tense::Future),
        (d(2021, 12, 1), d(2021, 12, 31))
    );
    // The verbs stay verbs.
    assert!(date_claim("in may be").is_err());
    assert!(date_claim("in march towards").is_err());
    assert_eq!(
        interval("in 2017 april", Tense::Past),
        (d(2017, 4, 1), d(2017, 4, 30))
    );
    assert_eq!(
        interval("October, 1st", Tense::Past),
        (d(2020, 10, 1), d(2020, 10, 1))
    );
    assert!(month_day_year("October, 1 person").is_err());
    assert_eq!(
        interval("mar3", Tense::Past),
        (d(2021, 3, 3), d(2021, 3, 3))
    );
}

#[test]
fn comparisons_with_a_year_and_end_of_without_the() {
    let p = parse("greater than 2012");
    assert_eq!(p.relation, Some(Relation::After));
    assert_eq!(
        interval("greater than 2012", Tense::Present),
        (d(2012, 1, 1), d(2012, 12, 31))
    );
    assert_eq!(parse("2016 and greater").relation, Some(Relation::Since));
    let p = parse("by end of this month");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        interval("by end of this month", Tense::Future),
        (d(2021, 6, 1), d(2021, 6, 30))
    );
    let p = parse("before end of this year");
    assert_eq!(p.relation, Some(Relation::By));
    assert_eq!(
        interval("before end of this year", Tense::Future),
        (d(2021, 1, 1), d(2021, 12, 31))
    );
}

#[test]
fn a_hyphenated_mid_year_before_a_noun_is_a_name() {
    for s in [
        "the Mid-Year Economic and Fiscal Outlook",
        "in the mid-year update",
    ] {
        assert!(
            date_claim(s).map_or(true, |(_, p)| p.len < "the mid-year".len()),
            "{s}"
        );
    }
    // A time still: "by mid-year", "in mid-2022".
    assert!(date_claim("by mid-year, it will").is_ok());
    assert!(date_claim("in mid-2022").is_ok());
}

#[test]
fn the_past_year_counts_back_from_the_article_date() {
    // Twelve months to the article date (2021-06-29), not last calendar year.
    let p = parse("in the past year, three mayors");
    assert_eq!(
        p.expr,
        DateExpr::Period {
            amount: 1.0,
            unit: DurationUnit::Year,
            direction: -1
        }
    );
    assert_eq!(
        interval("in the past year", Tense::Past),
        (d(2020, 6, 29), d(2021, 6, 29))
    );
    // "last year" stays the calendar year.
    assert_eq!(
        interval("last year", Tense::Past),
        (d(2020, 1, 1), d(2020, 12, 31))
    );
}

#[test]
fn a_possessive_date_has_no_relation() {
    // The preposition governs the noun after the date: "in Friday's
    // match", "on this year's ballot".
    assert_eq!(parse("in Friday's match").relation, None);
    assert_eq!(parse("on this year’s ballot").relation, None);
    assert_eq!(parse("on Friday").relation, Some(Relation::On));
    // Any relation word: the possessive date dates the noun ("after last
    // month's vote" says when the vote was, not what came after it).
    assert_eq!(parse("after last month's vote").relation, None);
    assert_eq!(parse("by Tuesday's flood").relation, None);
    assert_eq!(parse("after last month").relation, Some(Relation::After));
}

#[test]
fn since_keeps_its_relation_over_a_possessive() {
    // "since" counts from the date whatever happened on it.
    assert_eq!(
        parse("since March's budget speech").relation,
        Some(Relation::Since)
    );
    // Other relations leave the date to the noun.
    assert_eq!(parse("before Friday's hearing").relation, None);
    assert_eq!(parse("after March's budget speech").relation, None);
}

#[test]
fn from_a_day_with_no_end_is_since() {
    let p = parse("from Sept 3 onwards the ferry runs");
    assert_eq!(p.relation, Some(Relation::Since));
    let p = parse("from Sept 3 the ferry runs");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::Since), "from Sept 3".len())
    );
    assert_eq!(
        interval("from Sept 3 the", Tense::Future),
        (d(2021, 9, 3), d(2021, 9, 3))
    );
    // A range keeps its own reading; a month or year after "from" is no
    // start ("data from 2019 show").
    assert_eq!(
        parse("from May 3 to May 9").relation,
        Some(Relation::Between)
    );
    // "from Monday's quake": the day names which quake.
    assert!(date_claim("from Monday's quake")
        .map_or(true, |(_, p)| p.relation != Some(Relation::Since)));
    assert!(date_claim("from 2019 show").map_or(true, |(_, p)| p.relation != Some(Relation::Since)));
}

#[test]
fn a_part_of_a_day_is_the_day() {
    let p = parse("by late Friday night the crews");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::By), "by late Friday night".len())
    );
    assert_eq!(
        interval("by late Friday night", Tense::Past),
        (d(2021, 6, 25), d(2021, 6, 25))
    );
    let p = parse("until Thursday evening.");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::Until), "until Thursday evening".len())
    );
    assert_eq!(parse("on early Monday").len, "on early Monday".len());
}

/// A holiday on a fixed day after a relation: "at" it is on it; before
/// a noun, or in lower case, no date.
#[test]
fn holidays_after_a_relation() {
    let p = parse("at Christmas and then");
    assert_eq!(
        (p.relation, p.expr, p.len),
        (
            Some(Relation::On),
            DateExpr::Day {
                year: None,
                month: 12,
                day: 25
            },
            "at Christmas".len()
        )
    );
    assert_eq!(
        parse("by Valentine’s Day 2019.").expr,
        DateExpr::Day {
            year: Some(2019),
            month: 2,
            day: 14
        }
    );
    assert_eq!(parse("on Boxing Day").relation, Some(Relation::On));
    assert!(date_claim("Christmas shopping").is_err());
    assert!(date_claim("at christmas").is_err());
    assert!(date_claim("at Christmasville").is_err());
}

#[test]
fn as_of_a_month_is_that_month() {
    let p = parse("As of February, 40 cases");
    assert_eq!((p.relation, p.len), (None, "As of February".len()));
    assert_eq!(
        interval("As of February", Tense::Past),
        (d(2021, 2, 1), d(2021, 2, 28))
    );
    assert_eq!(parse("as of Sunday").len, "as of Sunday".len());
    // "as at" is the same cut-off, not "at" a date with the relation in.
    let p = parse("as at October 18th, 2,400 cases");
    assert_eq!((p.relation, p.len), (None, "as at October 18th".len()));
}

#[test]
fn the_week_ended_a_day_is_the_seven_days_to_it() {
    let p = parse("in the week ended May 9 compared");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::In), "in the week ended May 9".len())
    );
    assert_eq!(
        interval("in the week ended May 9", Tense::Past),
        (d(2021, 5, 3), d(2021, 5, 9))
    );
    assert_eq!(
        interval("the week ending on Sunday", Tense::Past),
        (d(2021, 6, 21), d(2021, 6, 27))
    );
    // "the week to" a day (British data copy): the same seven days.
    let p = parse("in the week to May 9 by people");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::In), "in the week to May 9".len())
    );
    assert_eq!(
        interval("in the week to May 9", Tense::Past),
        (d(2021, 5, 3), d(2021, 5, 9))
    );
    // A quarter ended on a day is the quarter (`period_ended`), one claim.
    assert_eq!(
        parse("the quarter ended March 31, 2021 rose").len,
        "the quarter ended March 31, 2021".len()
    );
    assert_eq!(
        interval("the quarter ended March 31, 2021", Tense::Past),
        (d(2021, 1, 1), d(2021, 3, 31))
    );
}

#[test]
fn a_month_before_its_noun_names_which_one() {
    let p = parse("the April estimate of growth");
    assert_eq!((p.relation, p.len), (None, "the April".len()));
    assert_eq!(
        interval("the April estimate", Tense::Past),
        (d(2021, 4, 1), d(2021, 4, 30))
    );
    assert_eq!(parse("the May outlook").len, "the May".len());
    assert_eq!(parse("October summit").len, "October".len());
    // "May" and "March" alone are verbs too; a capital after is no noun.
    assert!(date_claim("May be late").is_err());
    assert!(date_claim("March on").is_err());
    assert!(date_claim("June Smith").is_err());
    // Only the full name: "DEC farming", "Oct outlook" are no such month.
    assert!(date_claim("DEC farming").is_err());
    assert!(date_claim("Oct outlook").is_err());
}

#[test]
fn two_days_in_a_row_are_one_span() {
    let p = parse("over Saturday and Sunday, the");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::In), "over Saturday and Sunday".len())
    );
    assert_eq!(
        interval("over Sunday and Monday", Tense::Past),
        (d(2021, 6, 27), d(2021, 6, 28))
    );
    // Two days apart are two dates.
    assert_eq!(parse("on Monday and Wednesday").len, "on Monday".len());
}

#[test]
fn a_year_between_the_and_a_plural_noun_names_which_ones() {
    let p = parse("the 2019 elections were close");
    assert_eq!((p.relation, p.len), (None, "the 2019".len()));
    assert_eq!(p.expr, DateExpr::Year(2019));
    // A count of thousands has its separator; short words, "-ss" nouns
    // and years far off are left to the quantity grammar.
    assert!(date_claim("the 2,000 troops").is_err());
    assert!(date_claim("the 1500 pupils").is_err());
    assert!(date_claim("the 2019 bus").is_err());
    assert!(date_claim("the 2019 class").is_err());
}

#[test]
fn a_month_ending_its_phrase_is_a_date() {
    // "the figures for September, which", "higher compared to August.".
    let p = parse("September, which doubled");
    assert_eq!((p.relation, p.len), (None, "September".len()));
    assert_eq!(
        p.expr,
        DateExpr::Month {
            year: None,
            month: 9
        }
    );
    assert_eq!(parse("August.").len, "August".len());
    // "May" and "March" are names and verbs too; abbreviations stay out.
    assert!(date_claim("May, who spoke").is_err());
    assert!(date_claim("March.").is_err());
    assert!(date_claim("Aug, then").is_err());
}

#[test]
fn the_year_and_a_pair_of_years_is_that_pair() {
    let p = parse("in the year 2019-20 is");
    assert_eq!(
        (p.relation, p.len, p.expr),
        (
            Some(Relation::In),
            "in the year 2019-20".len(),
            DateExpr::YearPair(2019)
        )
    );
    assert_eq!(parse("in the year 2019").expr, DateExpr::Year(2019));
}

/// Phrases for every form of [`CLAIM_FORMS`], so that each is seen to
/// read something.
const CLAIM_PHRASES: &[&str] = &[
    "as late as tomorrow",
    "As early as May",
    "as of March",
    "the full financial year",
    "in the year under review",
    "over Monday and Tuesday",
    "during Saturday and Sunday",
    "the week ended March 28",
    "by the week ending Sunday",
    "by late Sunday night",
    "until Friday evening",
    "closed for the day",
    "more than 2 weeks before today",
    "less than 3 days after tomorrow",
    "fewer than 2 weeks after tomorrow",
    "greater than 2012",
    "later than 2015",
    "by end of this month",
    "before end of the year",
    "till end of the month",
    "2012 or later",
    "in the coming weeks",
    "soon",
    "at a later date",
    "within six months",
    "within the next two weeks",
    "for 3 days starting from next Monday",
    "the year to date",
    "YTD",
    "this working week",
    "in the month to date",
    "over the quarter to date",
    "last work week",
    "on next workweek",
    "QTD",
    "for a week, from 20th dec",
    "from May to July",
    "between 2014 and 2018",
    "around next week",
    "sometime next year",
    "anytime tomorrow",
    "from Aug 1",
    "about 2019/aug/01",
    "the June forecast",
    "September, which",
    "the 2024 elections",
    "no later than June",
    "not later than May 5",
    "starting January 7th",
    "beginning on Monday",
    "since January",
    "after May 1",
    "through June",
];

/// Every claim form fails wherever the claim's first word is none of the
/// kinds it declares, so the dispatch, which tries only the forms that
/// first word admits, answers as trying every form in order would; and
/// every form reads some phrase.
#[test]
fn claim_forms_declare_their_openings() {
    use crate::extract::date::item::tests::{
        dispatch_inputs, CALENDAR_PHRASES, DISPATCH_PHRASES, ITEM_PHRASES,
    };
    let mut phrases = CLAIM_PHRASES.to_vec();
    phrases.extend_from_slice(ITEM_PHRASES);
    phrases.extend_from_slice(CALENDAR_PHRASES);
    phrases.extend_from_slice(DISPATCH_PHRASES);
    let inputs = dispatch_inputs(&phrases);
    let mut read = vec![false; CLAIM_FORMS.len()];
    let mut tried = 0;
    for s in &inputs {
        let s = s.as_str();
        let opening = ClaimOpening::of(s);
        for (k, &(kinds, form)) in CLAIM_FORMS.iter().enumerate() {
            for order in [DateOrder::None, DateOrder::Mdy, DateOrder::Dmy] {
                if form(s, &Cx::new(&ItemMemo::new(order, false))).is_ok() {
                    assert!(
                        opening.any(kinds),
                        "form {k} reads {s:?}, whose opening {opening:?} it does not declare"
                    );
                    read[k] = true;
                }
            }
            tried += 1;
        }
    }
    assert!(tried > 3000, "{tried}");
    let unread: Vec<usize> = (0..read.len()).filter(|&k| !read[k]).collect();
    assert!(unread.is_empty(), "forms that read no phrase: {unread:?}");
}

/// The first words the claim opening names are those of the tables the
/// forms read, in any case; a character beyond ASCII next to the first
/// word admits every form.
#[test]
fn claim_opening_words_follow_the_tables() {
    for (p, _) in RELATIONS {
        for p in [p.to_string(), p.to_uppercase()] {
            assert!(ClaimOpening::of(&p).any(C_RELATION), "{p:?}");
        }
    }
    for p in VAGUE_DATES {
        assert!(ClaimOpening::of(p).any(C_VAGUE), "{p:?}");
    }
    assert!(ClaimOpening::of("2012 or later").any(C_DIGIT));
    assert!(!ClaimOpening::of("that week").any(C_RELATION | C_THE | C_DIGIT));
    assert!(!ClaimOpening::of("asked").any(C_AS));
    assert!(ClaimOpening::of("Next week").any(C_SHIFT));
    assert!(ClaimOpening::of("this5").any(C_SHIFT));
    assert!(!ClaimOpening::of("that week").any(C_COUNTED | C_SHIFT));
    for s in ["a\u{212a}", "\u{212a}", "by\u{e9}"] {
        assert_eq!(ClaimOpening::of(s), ClaimOpening::of("\u{e9}"), "{s:?}");
        assert!(ClaimOpening::of(s).any(C_AS | C_FROM), "{s:?}");
    }
}

/// A memory kept from claim to claim, as the scan keeps it through a
/// sentence, answers every claim as a fresh one does: at every place of
/// every phrase of the date tests, in the scan's order (each phrase's
/// word starts left to right, so the items one claim read are asked again by
/// the claims after it).
#[test]
fn items_kept_across_claims_answer_as_fresh_ones() {
    use super::super::item::tests::{dispatch_inputs, DISPATCH_PHRASES};
    let phrases = dispatch_inputs(DISPATCH_PHRASES);
    let mut compared = 0;
    let order = DateOrder::None;
    for text in &phrases {
        let memo = ItemMemo::new(order, true);
        let starts = text.char_indices().filter(|&(at, _)| {
            text[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
        });
        for (at, _) in starts {
            let i = &text[at..];
            let kept = date_claim_in(i, &memo).ok();
            assert_eq!(kept, date_claim_with(i, order).ok(), "{i:?} in {text:?}");
            compared += 1;
        }
    }
    assert!(compared > 2_500, "{compared}");
}

#[test]
fn three_months_in_a_row_listed_are_one_span() {
    let p = parse("in October, November, and December, output rose");
    assert_eq!(p.len, "in October, November, and December".len());
    assert_eq!(p.relation, Some(Relation::In));
    assert_eq!(
        (p.expr, p.until),
        (
            DateExpr::Month {
                year: None,
                month: 10
            },
            Some((
                DateExpr::Month {
                    year: None,
                    month: 12
                },
                None
            ))
        )
    );
    assert_eq!(
        interval("in April, May and June", Tense::Past),
        (d(2021, 4, 1), d(2021, 6, 30))
    );
    // The year at the end is the list's; a list over a year's end starts
    // in the year before.
    assert_eq!(
        interval("November, December and January 2020", Tense::Past),
        (d(2019, 11, 1), d(2020, 1, 31))
    );
    // Out of order, or only two: the first month alone, as before.
    let memo = ItemMemo::new(DateOrder::None, false);
    let cx = Cx::new(&memo);
    assert!(month_list("in May, July and October", &cx).is_err());
    assert!(month_list("in May and June", &cx).is_err());
}

#[test]
fn two_months_in_a_row_with_their_year_are_one_span() {
    assert_eq!(
        interval("in November and December this year", Tense::Past),
        (d(2021, 11, 1), d(2021, 12, 31))
    );
    assert_eq!(
        interval("in July and August last year", Tense::Past),
        (d(2020, 7, 1), d(2020, 8, 31))
    );
    let p = parse("July and August 2022, sales");
    assert_eq!(p.len, "July and August 2022".len());
    assert_eq!(
        interval("July and August 2022", Tense::Past),
        (d(2022, 7, 1), d(2022, 8, 31))
    );
    // Apart, or without their year: the first month alone, as before.
    let memo = ItemMemo::new(DateOrder::None, false);
    let cx = Cx::new(&memo);
    assert!(month_list("in May and July this year", &cx).is_err());
    assert!(month_list("in May and July 2022", &cx).is_err());
    assert!(month_list("in December this year", &cx).is_err());
}

#[test]
fn a_year_before_a_modifier_and_a_plural_noun_names_them() {
    let p = parse("the 2018 spending caps by");
    assert_eq!((p.expr, p.len), (DateExpr::Year(2018), "the 2018".len()));
    let p = parse("the 2019 general elections");
    assert_eq!(p.expr, DateExpr::Year(2019));
    assert!(plural_noun_follows("elections were held"));
    assert!(plural_noun_follows("spending caps"));
    // A function word, a singular noun, a capitalised name: not this form.
    assert!(!plural_noun_follows("and 2019 budgets"));
    assert!(!plural_noun_follows("spending cap"));
    assert!(!plural_noun_follows("Olympic Games"));
}

#[test]
fn a_year_after_over_ending_its_phrase_is_compared_with() {
    let p = parse("over 2018.");
    assert_eq!(p.relation, Some(Relation::In));
    assert_eq!(p.len, "over 2018".len());
    assert_eq!(
        interval("over 2018, said", Tense::Past),
        (d(2018, 1, 1), d(2018, 12, 31))
    );
    // A count after it: a bound on the count, no year.
    let len = date_claim("over 2018 people").map(|(_, p)| p.len);
    assert_ne!(len.ok(), Some("over 2018".len()));
}

#[test]
fn starting_in_and_from_a_clock_time_open_a_state() {
    for s in [
        "starting in May this year",
        "beginning in the third quarter",
    ] {
        let p = parse(s);
        assert_eq!((p.relation, p.len), (Some(Relation::Since), s.len()), "{s}");
    }
    assert_eq!(
        interval("starting in May this year", Tense::Past),
        (d(2021, 5, 1), d(2021, 5, 31))
    );
    for s in [
        "From 12.01 Monday",
        "from 9 p.m. Friday",
        "from 6am Sunday",
        "from 21:30 Monday",
        "from midnight Sunday",
    ] {
        let p = parse(s);
        assert_eq!((p.relation, p.len), (Some(Relation::Since), s.len()), "{s}");
        assert!(matches!(p.expr, DateExpr::Weekday { .. }), "{s}");
    }
    // Digits alone are no time; nor is an hour past the clock's.
    for s in ["3 Monday", "25:00", "13pm", "12.5", "9.75"] {
        assert!(clock_time(s).map(|(r, _)| r.is_empty()) != Ok(true), "{s}");
    }
    assert!(clock_time("12.01").is_ok());
}

#[test]
fn since_months_joined_by_a_dash_is_that_span() {
    let p = parse("since April-June 2014,");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::Since), "since April-June 2014".len())
    );
    assert_eq!(
        interval("since April-June 2014", Tense::Past),
        (d(2014, 4, 1), d(2014, 6, 30))
    );
    // A joining word makes no one period: "since" the first month.
    assert_eq!(parse("since May to July 2014").len, "since May".len());
}

#[test]
fn up_to_a_day_is_until_it() {
    let p = parse("up to Wednesday afternoon, officials said");
    assert_eq!(p.relation, Some(Relation::Until));
    assert!(p.len >= "up to Wednesday".len());
    assert_eq!(parse("up to June 30").relation, Some(Relation::Until));
    assert_eq!(
        interval("up to June 30", Tense::Present),
        (d(2021, 6, 30), d(2021, 6, 30))
    );
    // Before a count "up to" bounds the figure.
    assert!(date_claim("up to 10 days").is_err());
    assert!(date_claim("up to 2000 jobs").is_err());
}

#[test]
fn year_end_after_a_relation_is_late_in_the_year() {
    let p = parse("by year-end, the minister said");
    assert_eq!((p.relation, p.part), (Some(Relation::By), Some(Part::Late)));
    assert_eq!(p.len, "by year-end".len());
    assert_eq!(
        interval("by year-end", Tense::Future),
        (d(2021, 9, 1), d(2021, 12, 31))
    );
    assert_eq!(parse("at the year end.").relation, Some(Relation::In));
    // Before the noun it modifies it is no date of its own.
    assert!(date_claim("at year-end prices").is_err());
}

#[test]
fn a_clock_time_before_a_day_keeps_the_relation() {
    let p = parse("by 4 p.m. June 2.");
    assert_eq!(
        (p.relation, p.len),
        (Some(Relation::By), "by 4 p.m. June 2".len())
    );
    assert_eq!(
        interval("by 4 p.m. June 2", Tense::Present),
        (d(2021, 6, 2), d(2021, 6, 2))
    );
    // "at" is the clock's: the day is on.
    let p = parse("at 6 pm Saturday, officials said");
    assert_eq!(p.relation, Some(Relation::On));
    assert_eq!(parse("until noon Friday").relation, Some(Relation::Until));
}

#[test]
fn a_day_before_its_event_noun_after_the_is_that_day() {
    let p = parse("after the June 2 hearing");
    assert_eq!(p.relation, Some(Relation::After));
    assert_eq!(p.len, "after the June 2".len());
    assert_eq!(
        interval("after the June 2 hearing", Tense::Present),
        (d(2021, 6, 2), d(2021, 6, 2))
    );
}

#[test]
fn consecutive_units_joined_by_and_are_one_span() {
    let p = parse("September and October");
    assert_eq!(p.relation, Some(Relation::In));
    assert_eq!(
        interval("September and October", Tense::Present),
        (d(2021, 9, 1), d(2021, 10, 31))
    );
    assert_eq!(
        interval("in 2005 and 2006", Tense::Past),
        (d(2005, 1, 1), d(2006, 12, 31))
    );
    assert_eq!(
        interval("March 31 and April 1, 2022", Tense::Past),
        (d(2022, 3, 31), d(2022, 4, 1))
    );
    // Not the next unit, a lowercase "may", or a pairing "respectively":
    // the first alone.
    assert_eq!(parse("in 2005 and 2007").until, None);
    assert_eq!(parse("in April and may rise").until, None);
    assert_eq!(parse("in 2015 and 2016, respectively").until, None);
}
