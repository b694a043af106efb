//! The scalar grammars of reference data — figures, dates, tolerances,
//! units and match terms — as `Deserialize` impls.
//!
//! They are `Deserialize` impls rather than post-processing on strings
//! because serde_yaml only knows where a scalar was while it is being
//! deserialised: an error raised here carries the line and column of the bad
//! scalar, one raised after parsing would not.

use std::fmt;

use chrono::NaiveDate;
use serde::de::{self, Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use super::model::{RefDate, RefValue, SeriesPoint, Tolerance};
use crate::time::{Granularity, Interval, Season, MONTH_NAMES};

/// The accepted date forms, quoted in every date error.
const DATE_FORMS: &str =
    "expected YYYY-MM-DD, YYYY-MM, YYYY, YYYY-season, YYYY-Qn, YYYY-Hn or {from, to}";

// ---------------------------------------------------------------- figures

/// One figure as written: `900`, `"7.7 million"`, `"12%"`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Figure {
    pub value: f64,
    pub text: String,
    /// Written with `%`: the fact's unit defaults to `percent`.
    pub percent: bool,
}

/// A fact's `value`: a figure or `{min, max}`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ValueField {
    pub value: RefValue,
    /// As written ("7.7 million", "900", "7.5 million – 8 million").
    pub text: String,
    pub percent: bool,
}

/// The decimal form of a number, without a trailing ".0" (Rust's `Display`
/// for `f64` never uses exponents and drops a zero fraction).
pub(crate) fn number_text(v: f64) -> String {
    format!("{v}")
}

fn finite<E: de::Error>(v: f64, what: &str) -> Result<f64, E> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(E::custom(format!("{what} must be a finite number")))
    }
}

/// `<decimal>` with optional sign and thousands separators.
fn parse_decimal(s: &str) -> Option<f64> {
    let s = s.trim();
    let (neg, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = match digits.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (digits, None),
    };
    if int.is_empty() && frac.is_none_or(str::is_empty) {
        return None;
    }
    // Thousands separators only in their proper places: "8,000,000", not "8,0".
    let groups: Vec<&str> = int.split(',').collect();
    let grouped_ok = groups.len() == 1
        || (groups.first().is_some_and(|g| (1..=3).contains(&g.len()))
            && groups.iter().skip(1).all(|g| g.len() == 3));
    if !grouped_ok {
        return None;
    }
    let int_digits: String = groups.concat();
    if !int_digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    if let Some(f) = frac {
        if f.is_empty() || !f.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
    }
    let joined = match frac {
        Some(f) => format!(
            "{}.{f}",
            if int_digits.is_empty() {
                "0"
            } else {
                &int_digits
            }
        ),
        None => int_digits,
    };
    let v: f64 = joined.parse().ok()?;
    Some(if neg { -v } else { v })
}

/// `<decimal> [thousand|million|billion|trillion]`: the fallback grammar,
/// so reference data does not depend on the article numeral grammar being
/// complete.
fn parse_scaled(s: &str) -> Option<f64> {
    let s = s.trim();
    let (num, scale) = match s.rsplit_once(char::is_whitespace) {
        Some((n, w)) => {
            let factor = match w.to_ascii_lowercase().as_str() {
                "thousand" => 1e3,
                "million" => 1e6,
                "billion" => 1e9,
                "trillion" => 1e12,
                _ => return None,
            };
            (n, factor)
        }
        None => (s, 1.0),
    };
    Some(parse_decimal(num)? * scale)
}

/// Parse a figure written as text. The shared numeral grammar
/// (`extract::number::parse_figure`) is tried first so that reference data
/// and articles read numbers alike; the local grammar covers the simple
/// forms whatever state that grammar is in.
pub(crate) fn parse_figure_text(s: &str) -> Result<Figure, String> {
    let text = s.trim();
    let fail = || {
        format!("cannot read value \"{text}\": expected a number such as 900, \"7.7 million\", \"8,000,000\", \"12%\" or {{min, max}}")
    };
    if let Some(num) = text.strip_suffix('%') {
        let value = parse_scaled(num).ok_or_else(fail)?;
        return Ok(Figure {
            value,
            text: text.to_owned(),
            percent: true,
        });
    }
    if let Some(value) = plain_integer(text) {
        return Ok(Figure {
            value,
            text: text.to_owned(),
            percent: false,
        });
    }
    let value = match crate::extract::number::parse_figure(text) {
        Some((v, _precision)) if v.is_finite() => v,
        _ => parse_scaled(text).ok_or_else(fail)?,
    };
    Ok(Figure {
        value,
        text: text.to_owned(),
        percent: false,
    })
}

/// The value of a plain decimal integer ("67225": digits only, no leading
/// zero, at most 15 digits so that it is exact as an `f64`) — what
/// `parse_figure` gives for it, without running the numeral grammar, for
/// the commonest way reference data writes a value.
fn plain_integer(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let ok = (1..=15).contains(&b.len())
        && b.iter().all(u8::is_ascii_digit)
        && (b.len() == 1 || b.first() != Some(&b'0'));
    if !ok {
        return None;
    }
    text.parse::<u64>().ok().map(|v| v as f64)
}

struct FigureVisitor;

impl<'de> Visitor<'de> for FigureVisitor {
    type Value = Figure;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number or a figure such as \"7.7 million\"")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Figure, E> {
        self.visit_f64(v as f64)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Figure, E> {
        self.visit_f64(v as f64)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Figure, E> {
        let value = finite(v, "value")?;
        Ok(Figure {
            value,
            text: number_text(value),
            percent: false,
        })
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Figure, E> {
        parse_figure_text(v).map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for Figure {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FigureVisitor)
    }
}

struct ValueVisitor;

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = ValueField;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number, a figure such as \"7.7 million\", or {min, max}")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<ValueField, E> {
        FigureVisitor.visit_u64(v).map(exact)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<ValueField, E> {
        FigureVisitor.visit_i64(v).map(exact)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<ValueField, E> {
        FigureVisitor.visit_f64(v).map(exact)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<ValueField, E> {
        FigureVisitor.visit_str(v).map(exact)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ValueField, A::Error> {
        let mut min: Option<Figure> = None;
        let mut max: Option<Figure> = None;
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "min" => &mut min,
                "max" => &mut max,
                other => return Err(de::Error::unknown_field(other, &["min", "max"])),
            };
            if slot.is_some() {
                return Err(de::Error::custom(format!("duplicate field `{key}`")));
            }
            *slot = Some(map.next_value()?);
        }
        let min = min.ok_or_else(|| de::Error::missing_field("min"))?;
        let max = max.ok_or_else(|| de::Error::missing_field("max"))?;
        if min.value > max.value {
            return Err(de::Error::custom(format!(
                "range minimum {} is greater than its maximum {}",
                min.text, max.text
            )));
        }
        Ok(ValueField {
            value: RefValue::Range {
                min: min.value,
                max: max.value,
            },
            text: format!("{} – {}", min.text, max.text),
            percent: min.percent || max.percent,
        })
    }
}

fn exact(f: Figure) -> ValueField {
    ValueField {
        value: RefValue::Exact(f.value),
        text: f.text,
        percent: f.percent,
    }
}

impl<'de> Deserialize<'de> for ValueField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ValueVisitor)
    }
}

// ---------------------------------------------------------------- tolerance

/// A fact's `tolerance`: `5%` or an absolute amount.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ToleranceField(pub Tolerance);

struct ToleranceVisitor;

fn non_negative<E: de::Error>(v: f64, text: &str) -> Result<f64, E> {
    if v.is_finite() && v >= 0.0 {
        Ok(v)
    } else {
        Err(E::custom(format!(
            "cannot read tolerance \"{text}\": it must be a finite amount, not negative"
        )))
    }
}

impl<'de> Visitor<'de> for ToleranceVisitor {
    type Value = ToleranceField;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a percentage such as 5% or a number")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<ToleranceField, E> {
        self.visit_f64(v as f64)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<ToleranceField, E> {
        self.visit_f64(v as f64)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<ToleranceField, E> {
        let v = non_negative(v, &number_text(v))?;
        Ok(ToleranceField(Tolerance::Absolute(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<ToleranceField, E> {
        let text = v.trim();
        let fail = || {
            E::custom(format!(
                "cannot read tolerance \"{text}\": expected a percentage such as 5% or a number"
            ))
        };
        match text.strip_suffix('%') {
            Some(num) => {
                let p = non_negative(parse_decimal(num).ok_or_else(fail)?, text)?;
                Ok(ToleranceField(Tolerance::Relative(p / 100.0)))
            }
            None => {
                let a = non_negative(parse_scaled(text).ok_or_else(fail)?, text)?;
                Ok(ToleranceField(Tolerance::Absolute(a)))
            }
        }
    }
}

impl<'de> Deserialize<'de> for ToleranceField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(ToleranceVisitor)
    }
}

// ---------------------------------------------------------------- dates

/// A `date` / `as_of`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct DateField(pub RefDate);

fn date_error(text: &str) -> String {
    format!("cannot read date \"{text}\": {DATE_FORMS}")
}

fn year_of(s: &str) -> Option<i32> {
    if s.len() == 4 && s.chars().all(|c| c.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

/// A 1- or 2-digit month or day number.
fn small_number(s: &str) -> Option<u32> {
    if (1..=2).contains(&s.len()) && s.chars().all(|c| c.is_ascii_digit()) {
        s.parse().ok()
    } else {
        None
    }
}

fn season_of(s: &str) -> Option<Season> {
    match s.to_ascii_lowercase().as_str() {
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "fall" | "autumn" => Some(Season::Fall),
        "winter" => Some(Season::Winter),
        _ => None,
    }
}

/// Parse one date form (not `{from, to}`).
pub(crate) fn parse_date_text(s: &str) -> Result<RefDate, String> {
    let text = s.trim();
    let fail = || date_error(text);
    let parts: Vec<&str> = text.split('-').collect();
    let year = parts.first().and_then(|y| year_of(y)).ok_or_else(fail)?;
    let (interval, granularity) = match parts.as_slice() {
        [_] => (Interval::year(year), Granularity::Year),
        [_, second] => {
            let upper = second.to_ascii_uppercase();
            if let Some(m) = small_number(second) {
                (Interval::month(year, m), Granularity::Month)
            } else if let Some(q) = upper.strip_prefix('Q').and_then(small_number) {
                (Interval::quarter(year, q), Granularity::Quarter)
            } else if let Some(h) = upper.strip_prefix('H').and_then(small_number) {
                (Interval::half(year, h), Granularity::Half)
            } else if let Some(season) = season_of(second) {
                (Interval::season(year, season), Granularity::Season)
            } else {
                return Err(fail());
            }
        }
        [_, m, d] => {
            let (m, d) = (
                small_number(m).ok_or_else(fail)?,
                small_number(d).ok_or_else(fail)?,
            );
            if !(1..=12).contains(&m) {
                return Err(fail());
            }
            match NaiveDate::from_ymd_opt(year, m, d) {
                Some(day) => (Some(Interval::day(day)), Granularity::Day),
                None => {
                    let month = MONTH_NAMES.get(m as usize - 1).copied().unwrap_or("?");
                    return Err(format!(
                        "cannot read date \"{text}\": {month} {year} has no day {d}"
                    ));
                }
            }
        }
        _ => return Err(fail()),
    };
    let interval = interval.ok_or_else(fail)?;
    Ok(RefDate {
        interval,
        granularity,
        text: text.to_owned(),
    })
}

/// One date in scalar form, for the ends of `{from, to}`.
struct ScalarDate(RefDate);

struct DateVisitor {
    allow_range: bool,
}

impl<'de> Visitor<'de> for DateVisitor {
    type Value = RefDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(
            "a date: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-season, YYYY-Qn, YYYY-Hn or {from, to}",
        )
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<RefDate, E> {
        // `2022` is a YAML integer, not a string.
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<RefDate, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<RefDate, E> {
        Err(E::custom(date_error(&number_text(v))))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<RefDate, E> {
        parse_date_text(v).map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RefDate, A::Error> {
        if !self.allow_range {
            return Err(de::Error::custom(
                "a {from, to} range cannot itself contain a range",
            ));
        }
        let mut from: Option<ScalarDate> = None;
        let mut to: Option<ScalarDate> = None;
        while let Some(key) = map.next_key::<String>()? {
            let slot = match key.as_str() {
                "from" => &mut from,
                "to" => &mut to,
                other => return Err(de::Error::unknown_field(other, &["from", "to"])),
            };
            if slot.is_some() {
                return Err(de::Error::custom(format!("duplicate field `{key}`")));
            }
            *slot = Some(map.next_value()?);
        }
        let from = from.ok_or_else(|| de::Error::missing_field("from"))?.0;
        let to = to.ok_or_else(|| de::Error::missing_field("to"))?.0;
        if from.interval.start > to.interval.end {
            return Err(de::Error::custom(format!(
                "date range runs backwards: from {} is after to {}",
                from.text, to.text
            )));
        }
        Ok(RefDate {
            interval: Interval::new(from.interval.start, to.interval.end),
            // The range is only as precise as its coarser end.
            granularity: from.granularity.max(to.granularity),
            text: format!("{} – {}", from.text, to.text),
        })
    }
}

impl<'de> Deserialize<'de> for ScalarDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DateVisitor { allow_range: false })
            .map(ScalarDate)
    }
}

impl<'de> Deserialize<'de> for DateField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DateVisitor { allow_range: true })
            .map(DateField)
    }
}

// ---------------------------------------------------------------- series

/// The times a series point may be keyed by.
const POINT_FORMS: &str = "a series point is keyed by a day, month, quarter or year (YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY)";

/// Parse a series point's time: a day, month, quarter or year.
pub(crate) fn parse_point_time(s: &str) -> Result<RefDate, String> {
    let date = parse_date_text(s).map_err(|e| {
        if e.contains(" has no day ") {
            e
        } else {
            format!("cannot read time \"{}\": {POINT_FORMS}", s.trim())
        }
    })?;
    match date.granularity {
        Granularity::Day | Granularity::Month | Granularity::Quarter | Granularity::Year => {
            Ok(date)
        }
        _ => Err(format!(
            "cannot use \"{}\" as a series time: {POINT_FORMS}",
            date.text
        )),
    }
}

/// A fact's `values:`: time → figure, or time → `{value, tolerance, source}`,
/// in the order written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct SeriesField(pub Vec<SeriesPoint>);

/// One key of `values:`.
struct PointTime(RefDate);

struct PointTimeVisitor;

impl<'de> Visitor<'de> for PointTimeVisitor {
    type Value = PointTime;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(POINT_FORMS)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<PointTime, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<PointTime, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<PointTime, E> {
        Err(E::custom(date_error(&number_text(v))))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<PointTime, E> {
        parse_point_time(v).map(PointTime).map_err(E::custom)
    }
}

impl<'de> Deserialize<'de> for PointTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(PointTimeVisitor)
    }
}

/// One value of `values:`: a figure, `{min, max}`, or
/// `{value, tolerance, source}`.
struct PointValue {
    value: ValueField,
    tolerance: Option<Tolerance>,
    source: Option<String>,
}

struct PointValueVisitor;

impl<'de> Visitor<'de> for PointValueVisitor {
    type Value = PointValue;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(
            "a number, a figure such as \"7.7 million\", {min, max} or {value, tolerance, source}",
        )
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<PointValue, E> {
        ValueVisitor.visit_u64(v).map(PointValue::plain)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<PointValue, E> {
        ValueVisitor.visit_i64(v).map(PointValue::plain)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<PointValue, E> {
        ValueVisitor.visit_f64(v).map(PointValue::plain)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<PointValue, E> {
        ValueVisitor.visit_str(v).map(PointValue::plain)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PointValue, A::Error> {
        const FIELDS: &[&str] = &["value", "tolerance", "source", "min", "max"];
        let mut value: Option<ValueField> = None;
        let mut min: Option<Figure> = None;
        let mut max: Option<Figure> = None;
        let mut tolerance: Option<ToleranceField> = None;
        let mut source: Option<String> = None;
        while let Some(key) = map.next_key::<String>()? {
            let duplicate = match key.as_str() {
                "value" => value.replace(map.next_value()?).is_some(),
                "min" => min.replace(map.next_value()?).is_some(),
                "max" => max.replace(map.next_value()?).is_some(),
                "tolerance" => tolerance.replace(map.next_value()?).is_some(),
                "source" => source.replace(map.next_value()?).is_some(),
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            };
            if duplicate {
                return Err(de::Error::custom(format!("duplicate field `{key}`")));
            }
        }
        let value = match (value, min, max) {
            (Some(v), None, None) => v,
            (None, Some(min), Some(max)) => {
                if min.value > max.value {
                    return Err(de::Error::custom(format!(
                        "range minimum {} is greater than its maximum {}",
                        min.text, max.text
                    )));
                }
                ValueField {
                    value: RefValue::Range {
                        min: min.value,
                        max: max.value,
                    },
                    text: format!("{} – {}", min.text, max.text),
                    percent: min.percent || max.percent,
                }
            }
            (Some(_), _, _) => {
                return Err(de::Error::custom(
                    "a point has a value or {min, max}, not both",
                ))
            }
            (None, None, _) => return Err(de::Error::missing_field("value")),
            (None, Some(_), None) => return Err(de::Error::missing_field("max")),
        };
        Ok(PointValue {
            value,
            tolerance: tolerance.map(|t| t.0),
            source,
        })
    }
}

impl PointValue {
    fn plain(value: ValueField) -> PointValue {
        PointValue {
            value,
            tolerance: None,
            source: None,
        }
    }
}

impl<'de> Deserialize<'de> for PointValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(PointValueVisitor)
    }
}

/// Whether a value's text says no more than its plain decimal.
pub(crate) fn plain_decimal(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// A point from its parts; `value_text` is kept only when it says more
/// than the number.
pub(crate) fn point(
    at: &RefDate,
    value: &ValueField,
    tolerance: Option<Tolerance>,
    source: Option<String>,
) -> SeriesPoint {
    SeriesPoint {
        at: at.interval,
        granularity: at.granularity,
        value: value.value,
        value_text: (!plain_decimal(&value.text)).then(|| value.text.clone().into_boxed_str()),
        tolerance,
        source: source.map(String::into_boxed_str),
    }
}

struct SeriesVisitor;

impl<'de> Visitor<'de> for SeriesVisitor {
    type Value = SeriesField;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a map of times to values, such as {2007: 58.1 million}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SeriesField, A::Error> {
        let mut points: Vec<SeriesPoint> = Vec::new();
        while let Some(PointTime(at)) = map.next_key()? {
            let v: PointValue = map.next_value()?;
            let p = point(&at, &v.value, v.tolerance, v.source);
            points.push(p);
        }
        if points.is_empty() {
            return Err(de::Error::custom("values needs at least one point"));
        }
        Ok(SeriesField(points))
    }
}

impl<'de> Deserialize<'de> for SeriesField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(SeriesVisitor)
    }
}

/// Sort a series by time and refuse two points for overlapping times;
/// each problem is described with the two times.
pub(crate) fn order_series(points: &mut [SeriesPoint]) -> Result<(), String> {
    points.sort_by_key(|p| (p.at.start, p.at.end));
    for pair in points.windows(2) {
        if let [a, b] = pair {
            if b.at.start <= a.at.end {
                return Err(if a.at == b.at {
                    format!("two values for {}", a.time_text())
                } else {
                    format!("the times {} and {} overlap", a.time_text(), b.time_text())
                });
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------- terms

/// A list of strings that may also be written as a single string
/// (`all: Italy` ≡ `all: [Italy]`). Numbers are accepted as their text so
/// that `all: [2022]` means the term "2022".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Terms(pub Vec<String>);

struct TermText(String);

struct TermTextVisitor;

impl<'de> Visitor<'de> for TermTextVisitor {
    type Value = TermText;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a term (a string)")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<TermText, E> {
        Ok(TermText(v.to_owned()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<TermText, E> {
        Ok(TermText(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<TermText, E> {
        Ok(TermText(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<TermText, E> {
        Ok(TermText(number_text(v)))
    }
}

impl<'de> Deserialize<'de> for TermText {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TermTextVisitor)
    }
}

struct TermsVisitor;

impl<'de> Visitor<'de> for TermsVisitor {
    type Value = Terms;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a term or a list of terms")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Terms, E> {
        Ok(Terms(vec![v.to_owned()]))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Terms, E> {
        Ok(Terms(vec![v.to_string()]))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Terms, E> {
        Ok(Terms(vec![v.to_string()]))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Terms, E> {
        Ok(Terms(vec![number_text(v)]))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Terms, A::Error> {
        let mut out = Vec::new();
        while let Some(TermText(t)) = seq.next_element()? {
            out.push(t);
        }
        Ok(Terms(out))
    }
}

impl<'de> Deserialize<'de> for Terms {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(TermsVisitor)
    }
}

// ---------------------------------------------------------------- units

/// ISO 4217 codes accepted as units without a `units:` entry.
const CURRENCIES: &[&str] = &[
    "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "INR", "RUB", "BRL", "MXN",
    "ZAR", "KRW", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "UAH", "ILS",
    "SAR", "AED", "QAR", "KWD", "EGP", "NGN", "KES", "PKR", "BDT", "IDR", "MYR", "THB", "VND",
    "PHP", "SGD", "HKD", "TWD", "ARS", "CLP", "COP", "PEN", "ISK", "IRR", "IQD",
];

/// Whether `code` is an ISO code the extractor gives an article's figure
/// ("FJD" for a Fijian "$" the article decides, "LKR" for "Rs", "NGN" for
/// "₦"): a fact in any currency an article can be read in must load. The
/// lexicon's tables are the one source.
fn is_read_currency(code: &str) -> bool {
    use crate::extract::lexicon as lx;
    let iso = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
    let paired = [
        lx::CURRENCY_WORDS,
        lx::CURRENCY_SYMBOLS,
        lx::POSTFIX_CURRENCY_SYMBOLS,
        lx::MILLION_CURRENCY_CODES,
        lx::CURRENCY_PREFIX_WORDS,
    ];
    iso && (lx::CURRENCY_FAMILIES
        .iter()
        .any(|(_, codes)| codes.contains(&code))
        || paired.iter().any(|t| t.iter().any(|(_, c)| *c == code)))
}

/// Why a unit was refused, for the error message.
pub(crate) const UNIT_FORMS: &str =
    "expected a key of units, a lowercase noun, % or percent, a unit of measure such as km or MW, or an ISO currency code such as USD";

/// Normalise a fact's unit, or `None` when it is not one DESIGN allows:
/// a key of `units`, a literal lowercase noun (letters, hyphens, spaces),
/// `%`/`percent` (→ `percent`), or a known ISO currency code.
pub(crate) fn normalise_unit(unit: &str, is_units_key: impl Fn(&str) -> bool) -> Option<String> {
    let u = unit.trim();
    if u.is_empty() {
        return None;
    }
    if is_units_key(u) {
        return Some(u.to_owned());
    }
    if u == "%" || u.eq_ignore_ascii_case("percent") {
        return Some("percent".to_owned());
    }
    if CURRENCIES.contains(&u) || is_read_currency(u) {
        return Some(u.to_owned());
    }
    // A unit of measure as articles write it ("MW", "km²", "kg").
    if crate::extract::lexicon::MEASURES.contains(&u) {
        return Some(u.to_owned());
    }
    let noun = u.chars().next().is_some_and(char::is_alphabetic)
        && u.chars()
            .all(|c| (c.is_alphabetic() && !c.is_uppercase()) || c == '-' || c == ' ');
    noun.then(|| u.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Granularity as G;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_currency_an_article_is_read_in_loads_as_a_unit() {
        use crate::extract::lexicon as lx;
        let mut codes: Vec<&str> = lx::CURRENCY_FAMILIES
            .iter()
            .flat_map(|(_, codes)| codes.iter().copied())
            .collect();
        for t in [
            lx::CURRENCY_WORDS,
            lx::CURRENCY_SYMBOLS,
            lx::POSTFIX_CURRENCY_SYMBOLS,
            lx::MILLION_CURRENCY_CODES,
            lx::CURRENCY_PREFIX_WORDS,
        ] {
            codes.extend(t.iter().map(|(_, c)| *c));
        }
        let codes: Vec<&str> = codes
            .into_iter()
            .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()))
            .collect();
        assert!(codes.contains(&"FJD") && codes.contains(&"LKR"));
        for code in codes {
            assert_eq!(
                normalise_unit(code, |_| false).as_deref(),
                Some(code),
                "{code} is read in articles but refused in reference data"
            );
        }
        // Still refused: an uppercase word that is no currency.
        assert_eq!(normalise_unit("ABC", |_| false), None);
        assert_eq!(normalise_unit("FJDX", |_| false), None);
    }

    #[test]
    fn plain_integers_read_as_the_numeral_grammar_reads_them() {
        let mut samples: Vec<String> = (0..=20_000).map(|n| n.to_string()).collect();
        let mut n: u64 = 1;
        while n < 1_000_000_000_000_000 {
            for m in [n - 1, n, n + 1, n * 7 + 3] {
                samples.push(m.to_string());
            }
            n *= 10;
        }
        samples.extend(["00", "007", "0123", "9999999999999999"].map(String::from));
        for s in samples {
            let fast = plain_integer(&s);
            let slow = crate::extract::number::parse_figure(&s)
                .map(|(v, _)| v)
                .filter(|v| v.is_finite());
            if let Some(v) = fast {
                assert_eq!(Some(v), slow, "{s}");
            }
        }
    }

    fn date(yaml: &str) -> RefDate {
        serde_yaml::from_str::<DateField>(yaml).unwrap().0
    }

    fn value(yaml: &str) -> ValueField {
        serde_yaml::from_str::<ValueField>(yaml).unwrap()
    }

    #[test]
    fn every_date_form() {
        let cases = [
            ("2022-05-11", d(2022, 5, 11), d(2022, 5, 11), G::Day),
            ("2022-05", d(2022, 5, 1), d(2022, 5, 31), G::Month),
            ("2022", d(2022, 1, 1), d(2022, 12, 31), G::Year),
            ("'2022'", d(2022, 1, 1), d(2022, 12, 31), G::Year),
            ("2021-fall", d(2021, 9, 1), d(2021, 11, 30), G::Season),
            ("2021-autumn", d(2021, 9, 1), d(2021, 11, 30), G::Season),
            ("2021-spring", d(2021, 3, 1), d(2021, 5, 31), G::Season),
            ("2021-summer", d(2021, 6, 1), d(2021, 8, 31), G::Season),
            ("2021-winter", d(2021, 12, 1), d(2022, 2, 28), G::Season),
            ("2022-Q2", d(2022, 4, 1), d(2022, 6, 30), G::Quarter),
            ("2022-H1", d(2022, 1, 1), d(2022, 6, 30), G::Half),
            ("2022-h2", d(2022, 7, 1), d(2022, 12, 31), G::Half),
            ("2024-02-29", d(2024, 2, 29), d(2024, 2, 29), G::Day),
            (
                "{from: 2022-05-01, to: 2022-06}",
                d(2022, 5, 1),
                d(2022, 6, 30),
                G::Month,
            ),
            (
                "{from: 2021, to: 2022-Q1}",
                d(2021, 1, 1),
                d(2022, 3, 31),
                G::Year,
            ),
        ];
        for (yaml, start, end, g) in cases {
            let got = date(yaml);
            assert_eq!(
                (got.interval.start, got.interval.end),
                (start, end),
                "{yaml}"
            );
            assert_eq!(got.granularity, g, "{yaml}");
        }
        assert_eq!(date("2022").text, "2022");
        assert_eq!(date("2021-06").text, "2021-06");
        assert_eq!(
            date("{from: 2022-05-01, to: 2022-06}").text,
            "2022-05-01 – 2022-06"
        );
    }

    #[test]
    fn bad_dates_say_why() {
        let err = |yaml: &str| {
            serde_yaml::from_str::<DateField>(yaml)
                .unwrap_err()
                .to_string()
        };
        assert!(err("2022-13").starts_with(&format!("cannot read date \"2022-13\": {DATE_FORMS}")));
        assert!(err("2022-02-30")
            .starts_with("cannot read date \"2022-02-30\": February 2022 has no day 30"));
        assert!(err("2023-02-29").contains("February 2023 has no day 29"));
        assert!(err("2022-Q5").contains("cannot read date \"2022-Q5\""));
        assert!(err("2022-H3").contains("cannot read date"));
        assert!(err("22-05-11").contains("cannot read date"));
        assert!(err("2022.5").contains("cannot read date \"2022.5\""));
        assert!(err("2022-05-11-01").contains("cannot read date"));
        assert!(err("{from: 2022-06, to: 2022-05}").contains("runs backwards"));
        assert!(err("{from: 2022}").contains("missing field `to`"));
        assert!(err("{from: 2022, to: 2023, at: 1}").contains("unknown field `at`"));
        assert!(err("{from: {from: 2022, to: 2022}, to: 2023}")
            .contains("cannot itself contain a range"));
    }

    #[test]
    fn every_value_form() {
        let v = value("900");
        assert_eq!(
            (v.value, v.text.as_str(), v.percent),
            (RefValue::Exact(900.0), "900", false)
        );
        let v = value("7.5");
        assert_eq!((v.value, v.text.as_str()), (RefValue::Exact(7.5), "7.5"));
        let v = value("900.0");
        assert_eq!(v.text, "900");
        let v = value("-3");
        assert_eq!(v.value, RefValue::Exact(-3.0));
        let v = value("7.7 million");
        assert_eq!(
            (v.value, v.text.as_str()),
            (RefValue::Exact(7_700_000.0), "7.7 million")
        );
        let v = value("'8,000,000'");
        assert_eq!(
            (v.value, v.text.as_str()),
            (RefValue::Exact(8_000_000.0), "8,000,000")
        );
        let v = value("'650'");
        assert_eq!(v.value, RefValue::Exact(650.0));
        let v = value("1.2 billion");
        assert_eq!(v.value, RefValue::Exact(1_200_000_000.0));
        let v = value("250 thousand");
        assert_eq!(v.value, RefValue::Exact(250_000.0));
        let v = value("2 trillion");
        assert_eq!(v.value, RefValue::Exact(2e12));
        let v = value("12%");
        assert_eq!(
            (v.value, v.percent, v.text.as_str()),
            (RefValue::Exact(12.0), true, "12%")
        );
        let v = value("{min: 7.5 million, max: 8 million}");
        assert_eq!(
            v.value,
            RefValue::Range {
                min: 7_500_000.0,
                max: 8_000_000.0
            }
        );
        assert_eq!(v.text, "7.5 million – 8 million");
        let v = value("{min: 300, max: 400}");
        assert_eq!(v.text, "300 – 400");
        let v = value("{min: 5, max: 5}");
        assert_eq!(v.value, RefValue::Range { min: 5.0, max: 5.0 });
    }

    #[test]
    fn bad_values_say_why() {
        let err = |yaml: &str| {
            serde_yaml::from_str::<ValueField>(yaml)
                .unwrap_err()
                .to_string()
        };
        assert!(err("lots").starts_with("cannot read value \"lots\""));
        assert!(err("'8,0'").contains("cannot read value"));
        assert!(err("'1.2.3'").contains("cannot read value"));
        assert!(
            err("{min: 9, max: 8}").starts_with("range minimum 9 is greater than its maximum 8")
        );
        assert!(err("{min: 1}").contains("missing field `max`"));
        assert!(err("{min: 1, max: 2, mid: 3}").contains("unknown field `mid`"));
        assert!(err(".nan").contains("finite"));
        assert!(err("[1, 2]").contains("invalid type"));
    }

    #[test]
    fn tolerances() {
        let t = |yaml: &str| serde_yaml::from_str::<ToleranceField>(yaml).map(|t| t.0);
        assert_eq!(t("5%").unwrap(), Tolerance::Relative(0.05));
        assert_eq!(t("12.5 %").unwrap(), Tolerance::Relative(0.125));
        assert_eq!(t("50").unwrap(), Tolerance::Absolute(50.0));
        assert_eq!(t("0.5").unwrap(), Tolerance::Absolute(0.5));
        assert_eq!(t("'2 thousand'").unwrap(), Tolerance::Absolute(2000.0));
        assert!(t("-5").unwrap_err().to_string().contains("not negative"));
        assert!(t("lots")
            .unwrap_err()
            .to_string()
            .contains("cannot read tolerance \"lots\""));
    }

    #[test]
    fn terms_one_or_many() {
        let t = |yaml: &str| serde_yaml::from_str::<Terms>(yaml).unwrap().0;
        assert_eq!(t("Italy"), vec!["Italy"]);
        assert_eq!(t("[Iraq, Kuwait]"), vec!["Iraq", "Kuwait"]);
        assert_eq!(t("[G7, 2022]"), vec!["G7", "2022"]);
        assert!(serde_yaml::from_str::<Terms>("{a: b}").is_err());
    }

    #[test]
    fn units() {
        let keys = |k: &str| k == "troops" || k == "Big Units";
        assert_eq!(normalise_unit("troops", keys).as_deref(), Some("troops"));
        assert_eq!(
            normalise_unit("Big Units", keys).as_deref(),
            Some("Big Units")
        );
        assert_eq!(normalise_unit("%", keys).as_deref(), Some("percent"));
        assert_eq!(normalise_unit("Percent", keys).as_deref(), Some("percent"));
        assert_eq!(normalise_unit("USD", keys).as_deref(), Some("USD"));
        assert_eq!(normalise_unit("people", keys).as_deref(), Some("people"));
        assert_eq!(
            normalise_unit("square kilometres", keys).as_deref(),
            Some("square kilometres")
        );
        assert_eq!(
            normalise_unit("follow-ups", keys).as_deref(),
            Some("follow-ups")
        );
        assert_eq!(normalise_unit("élèves", keys).as_deref(), Some("élèves"));
        assert_eq!(normalise_unit("Troops!", keys), None);
        assert_eq!(normalise_unit("XYZ", keys), None);
        assert_eq!(normalise_unit("Troops", keys), None);
        // Units of measure as articles write them are accepted.
        assert_eq!(normalise_unit("m2", keys).as_deref(), Some("m2"));
        assert_eq!(normalise_unit("MW", keys).as_deref(), Some("MW"));
        assert_eq!(normalise_unit("", keys), None);
    }
}
