//! The claim model: what `extract` finds and every later stage consumes.

use serde::Serialize;

use crate::time::{Granularity, Interval};

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// Distance in bytes between two spans; 0 when they touch or overlap.
    pub fn distance(&self, other: Span) -> usize {
        other
            .start
            .saturating_sub(self.end)
            .max(self.start.saturating_sub(other.end))
    }
}

/// One numeric or dated statement found in a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The whole claim as written: qualifier, figure and counted noun, or
    /// relation and date expression.
    pub span: Span,
    /// Index of the sentence (in `Document::sentences`) that holds it.
    pub sentence: usize,
    pub kind: ClaimKind,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ClaimKind {
    Quantity(Quantity),
    Date(DateClaim),
    Duration(Duration),
}

impl ClaimKind {
    /// The figure the rules judge: a quantity's own, or a duration's as
    /// the figure it counts in its unit ([`Duration::as_quantity`]); none
    /// for a date.
    pub fn figure(&self) -> Option<std::borrow::Cow<'_, Quantity>> {
        match self {
            ClaimKind::Quantity(q) => Some(std::borrow::Cow::Borrowed(q)),
            ClaimKind::Duration(d) => Some(std::borrow::Cow::Owned(d.as_quantity())),
            ClaimKind::Date(_) => None,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            ClaimKind::Quantity(_) => "quantity",
            ClaimKind::Date(_) => "date",
            ClaimKind::Duration(_) => "duration",
        }
    }
}

/// How the figure was written, so that a suggestion keeps the article's style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NumberStyle {
    /// "800", "8,000,000", "7.5"
    Digits,
    /// "8.5 million": digits with a scale word.
    DigitsWithScale,
    /// "eight million", "two hundred"
    Words,
}

/// A figure: "nearly eight million people", "over 800 units", "12%".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quantity {
    pub value: f64,
    /// Both set for ranges ("between 300 and 400").
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub qualifier: Qualifier,
    /// The counted noun as written ("units", "residents"), `percent`, or an
    /// ISO currency code.
    pub unit: Option<String>,
    /// The rounding granularity the figure was written at: "800" → 100,
    /// "812" → 1, "eight million" → 1,000,000, "7.7 million" → 100,000.
    pub precision: f64,
    pub style: NumberStyle,
    /// The qualifier and figure without the counted noun ("over 800"): the
    /// part a suggestion rewrites.
    pub figure: Span,
    /// The words between the figure and its counted noun, lowercased
    /// ("jobless" in "1,100 jobless people"): a fact whose unit names one
    /// of them may match the claim too.
    #[serde(skip)]
    pub modifiers: Option<Box<str>>,
}

/// The hedge in front of a figure; DESIGN's qualifier table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    None,
    Nearly,
    Over,
    AtLeast,
    Under,
    UpTo,
    About,
    Between,
    Exactly,
}

impl Qualifier {
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::None => "none",
            Qualifier::Nearly => "nearly",
            Qualifier::Over => "over",
            Qualifier::AtLeast => "at_least",
            Qualifier::Under => "under",
            Qualifier::UpTo => "up_to",
            Qualifier::About => "about",
            Qualifier::Between => "between",
            Qualifier::Exactly => "exactly",
        }
    }

    /// How a message phrases it: "more than 800", "nearly 8 million".
    pub fn phrase(self) -> &'static str {
        match self {
            Qualifier::None | Qualifier::Between => "",
            Qualifier::Nearly => "nearly",
            Qualifier::Over => "more than",
            Qualifier::AtLeast => "at least",
            Qualifier::Under => "fewer than",
            Qualifier::UpTo => "up to",
            Qualifier::About => "about",
            Qualifier::Exactly => "exactly",
        }
    }
}

/// How a date claim relates the event to the named period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    On,
    In,
    By,
    Before,
    After,
    Since,
    Until,
    Between,
}

impl Relation {
    pub fn name(self) -> &'static str {
        match self {
            Relation::On => "on",
            Relation::In => "in",
            Relation::By => "by",
            Relation::Before => "before",
            Relation::After => "after",
            Relation::Since => "since",
            Relation::Until => "until",
            Relation::Between => "between",
        }
    }
}

/// The tense of the clause a date stands in; it resolves "on Monday" and
/// decides whether a date is a commitment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// A dated statement: "on Monday", "by June 2022", "in the fall of 2021".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DateClaim {
    /// `None` when the expression is relative and the article has no date.
    pub interval: Option<Interval>,
    pub granularity: Granularity,
    pub relation: Option<Relation>,
    /// Governed by an intent or future marker ("will", "intend to hold").
    pub commitment: bool,
    /// A negated commitment ("will not meet before 2023").
    pub negated: bool,
    pub tense: Tense,
    /// The date expression without its relation word ("June 2022").
    pub expression: Span,
    /// Whether resolving it needed the article date.
    pub relative: bool,
    /// The weekday written beside a full date ("Monday, June 29, 2021"),
    /// 0 = Monday; kept so a rule can check it.
    pub stated_weekday: Option<u8>,
}

/// The unit of a duration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DurationUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl DurationUnit {
    /// The unit's name, singular: "year".
    pub fn name(self) -> &'static str {
        match self {
            DurationUnit::Second => "second",
            DurationUnit::Minute => "minute",
            DurationUnit::Hour => "hour",
            DurationUnit::Day => "day",
            DurationUnit::Week => "week",
            DurationUnit::Month => "month",
            DurationUnit::Year => "year",
        }
    }

    /// The unit's name, plural: "years".
    pub fn plural(self) -> &'static str {
        match self {
            DurationUnit::Second => "seconds",
            DurationUnit::Minute => "minutes",
            DurationUnit::Hour => "hours",
            DurationUnit::Day => "days",
            DurationUnit::Week => "weeks",
            DurationUnit::Month => "months",
            DurationUnit::Year => "years",
        }
    }
}

/// A length of time: "after two years", "a decade", "more than 11
/// years", "15 to 30 years", "about 100,000 years ago".
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Duration {
    /// The length in `unit`; the lower end of a range.
    pub value: f64,
    pub unit: DurationUnit,
    /// Both set for a range ("15 to 30 years"), in `unit`.
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// The hedge, as for quantities: "more than a decade" is `over`, a
    /// range `between`.
    pub qualifier: Qualifier,
    /// The rounding granularity the count was written at, in `unit`:
    /// "25 years" → 1, "40,000 years" → 10,000.
    pub precision: f64,
    /// "40,000 years ago": a length of time back from the article, too far
    /// back for a calendar date.
    pub ago: bool,
    /// The qualifier and figure without the unit word ("more than 11" in
    /// "for more than 11 years"): the part a fix rewrites. `None` when the
    /// figure is not written as a count of `unit` ("a decade", "a month",
    /// "2 years and 3 months"), so a fix cannot rewrite the number alone.
    pub figure: Option<Span>,
    #[serde(skip)]
    pub style: NumberStyle,
}

impl Duration {
    /// A bare count of whole units ("for a week"), as written in words.
    pub fn whole(value: f64, unit: DurationUnit) -> Duration {
        Duration {
            value,
            unit,
            min: None,
            max: None,
            qualifier: Qualifier::None,
            precision: 1.0,
            ago: false,
            figure: None,
            style: NumberStyle::Words,
        }
    }

    /// The duration as a quantity counted in its unit ("more than 11
    /// years" is `over` 11 `years`): how reference facts with a time unit
    /// match and judge it, under the same qualifier semantics as any
    /// figure. Its `figure` is the duration's own (empty when the figure
    /// cannot be rewritten alone).
    pub fn as_quantity(&self) -> Quantity {
        Quantity {
            value: self.value,
            min: self.min,
            max: self.max,
            qualifier: self.qualifier,
            unit: Some(self.unit.plural().to_owned()),
            precision: self.precision,
            style: self.style,
            figure: self.figure.unwrap_or_default(),
            modifiers: None,
        }
    }
}
