//! The facts of a reference set, in load order.
//!
//! Most facts are kept as [`Fact`]s. The facts of a table with no time
//! column — one fact per row, possibly a million of them — are kept in
//! columns (`TableRows`): the text that differs per row (id, value as
//! written, match terms from columns) in one buffer each, and what every
//! row shares (file, unit, source, constant terms) once. A row becomes a
//! [`Fact`] only when it is asked for ([`Facts::get`]), which the checker
//! does for the few facts a claim's sentence names. A million rows take
//! about 75 bytes each instead of the 376 of a `Fact` and its strings.

use std::borrow::Cow;

use super::model::{Examples, Fact, MatchSpec, Origin, RefValue, Tolerance};

/// Facts in load order; see the module doc. Equality compares how the
/// facts are kept too (a row is not equal to the same fact as a `Fact`):
/// compare [`Facts::iter`]s for the facts alone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facts {
    parts: Vec<Part>,
    /// The index of each part's first fact.
    starts: Vec<usize>,
    len: usize,
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    Items(Vec<Fact>),
    Rows(Box<TableRows>),
}

impl Part {
    fn len(&self) -> usize {
        match self {
            Part::Items(v) => v.len(),
            Part::Rows(r) => r.len(),
        }
    }
}

/// One fact's `match` terms, visited without building a [`MatchSpec`].
#[derive(Debug, Clone, Copy)]
pub(crate) enum TermsView<'a> {
    Spec(&'a MatchSpec),
    Row(&'a TableRows, usize),
}

impl TermsView<'_> {
    /// Call `f(list, term)` for every term of the `all` (0), `any` (1) and
    /// `none` (2) lists, in that order, each list in its order.
    pub(crate) fn visit(&self, f: &mut dyn FnMut(usize, &str)) {
        match *self {
            TermsView::Spec(spec) => {
                for (list, terms) in [&spec.all, &spec.any, &spec.none].into_iter().enumerate() {
                    for t in terms {
                        f(list, t);
                    }
                }
            }
            TermsView::Row(rows, r) => {
                for (list, slots) in rows.lists.iter().enumerate() {
                    for slot in slots {
                        if let Some(t) = rows.slot_text(slot, r) {
                            f(list, t);
                        }
                    }
                }
            }
        }
    }
}

impl Facts {
    pub fn new() -> Facts {
        Facts::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The part holding fact `i`, and `i`'s place in it.
    fn locate(&self, i: usize) -> Option<(&Part, usize)> {
        if i >= self.len {
            return None;
        }
        let p = self.starts.partition_point(|&s| s <= i).checked_sub(1)?;
        let part = self.parts.get(p)?;
        Some((part, i - self.starts.get(p)?))
    }

    /// Fact `i`: borrowed, or made from its table row.
    pub fn get(&self, i: usize) -> Option<Cow<'_, Fact>> {
        match self.locate(i)? {
            (Part::Items(v), j) => v.get(j).map(Cow::Borrowed),
            (Part::Rows(rows), j) => rows.fact(j).map(Cow::Owned),
        }
    }

    /// Fact `i`'s id, without making the fact.
    pub fn id(&self, i: usize) -> Option<&str> {
        match self.locate(i)? {
            (Part::Items(v), j) => v.get(j).map(|f| f.id.as_str()),
            (Part::Rows(rows), j) => rows.ids.get(j),
        }
    }

    /// Fact `i`'s source, without making the fact.
    pub fn source(&self, i: usize) -> Option<&str> {
        match self.locate(i)? {
            (Part::Items(v), j) => v.get(j).and_then(|f| f.source.as_deref()),
            (Part::Rows(rows), j) => rows.source.get(j),
        }
    }

    /// Every fact in order (table rows made into facts one at a time).
    pub fn iter(&self) -> impl Iterator<Item = Cow<'_, Fact>> + '_ {
        self.parts.iter().flat_map(|part| {
            let (items, rows) = match part {
                Part::Items(v) => (v.as_slice(), None),
                Part::Rows(r) => (&[][..], Some(&**r)),
            };
            items.iter().map(Cow::Borrowed).chain(
                rows.into_iter()
                    .flat_map(|r| (0..r.len()).filter_map(|j| r.fact(j).map(Cow::Owned))),
            )
        })
    }

    /// Every fact's id, in order.
    pub fn ids(&self) -> impl Iterator<Item = &str> + '_ {
        self.parts.iter().flat_map(|part| {
            let (items, rows) = match part {
                Part::Items(v) => (v.as_slice(), None),
                Part::Rows(r) => (&[][..], Some(&**r)),
            };
            items
                .iter()
                .map(|f| f.id.as_str())
                .chain(rows.into_iter().flat_map(|r| r.ids.iter()))
        })
    }

    /// Every fact's `match` terms, in order.
    pub(crate) fn terms(&self) -> impl Iterator<Item = TermsView<'_>> + '_ {
        self.parts.iter().flat_map(|part| {
            let (items, rows) = match part {
                Part::Items(v) => (v.as_slice(), None),
                Part::Rows(r) => (&[][..], Some(&**r)),
            };
            items.iter().map(|f| TermsView::Spec(&f.matcher)).chain(
                rows.into_iter()
                    .flat_map(|r| (0..r.len()).map(move |j| TermsView::Row(r, j))),
            )
        })
    }

    /// Room for `n` more facts pushed one by one ([`Facts::push`]).
    pub fn reserve(&mut self, n: usize) {
        match self.parts.last_mut() {
            _ if n == 0 => {}
            Some(Part::Items(v)) => v.reserve(n),
            _ => {
                self.starts.push(self.len);
                self.parts.push(Part::Items(Vec::with_capacity(n)));
            }
        }
    }

    pub fn push(&mut self, fact: Fact) {
        if let Some(Part::Items(v)) = self.parts.last_mut() {
            v.push(fact);
        } else {
            self.starts.push(self.len);
            self.parts.push(Part::Items(vec![fact]));
        }
        self.len += 1;
    }

    /// Move `other`'s facts to the end of these.
    pub fn append(&mut self, other: Facts) {
        for part in other.parts {
            match (self.parts.last_mut(), part) {
                (Some(Part::Items(mine)), Part::Items(theirs)) => {
                    self.len += theirs.len();
                    if mine.is_empty() {
                        *mine = theirs;
                    } else {
                        mine.extend(theirs);
                    }
                }
                (_, part) => {
                    if part.len() > 0 {
                        self.starts.push(self.len);
                        self.len += part.len();
                        self.parts.push(part);
                    }
                }
            }
        }
    }

    /// A table's rows as facts at the end of these.
    pub(crate) fn push_rows(&mut self, rows: TableRows) {
        if rows.len() > 0 {
            self.starts.push(self.len);
            self.len += rows.len();
            self.parts.push(Part::Rows(Box::new(rows)));
        }
    }

    /// Every fact's unit from fact `from` on, each as `resolve` names it
    /// (`None`: unknown, then `unknown(fact index, unit)` is told, in fact
    /// order, and the unit is kept as written).
    pub(crate) fn resolve_units(
        &mut self,
        from: usize,
        mut resolve: impl FnMut(&str) -> Option<String>,
        mut unknown: impl FnMut(usize, &str),
    ) {
        for (part, &start) in self.parts.iter_mut().zip(&self.starts) {
            match part {
                Part::Items(v) => {
                    for (j, fact) in v.iter_mut().enumerate() {
                        let i = start + j;
                        if i < from {
                            continue;
                        }
                        let Some(u) = &fact.unit else { continue };
                        match resolve(u) {
                            // Most units are written as they resolve.
                            Some(n) if n == *u => {}
                            Some(n) => fact.unit = Some(n),
                            None => unknown(i, u),
                        }
                    }
                }
                Part::Rows(rows) => {
                    if start + rows.len() <= from {
                        continue;
                    }
                    let resolved: Vec<Option<String>> = rows
                        .units
                        .iter()
                        .map(|u| u.as_deref().map(&mut resolve))
                        .map(Option::flatten)
                        .collect();
                    for (j, &k) in rows.unit_of.iter().enumerate() {
                        let i = start + j;
                        let k = k as usize;
                        if i < from {
                            continue;
                        }
                        if let (Some(Some(u)), Some(None)) = (rows.units.get(k), resolved.get(k)) {
                            unknown(i, u);
                        }
                    }
                    for (unit, r) in rows.units.iter_mut().zip(resolved) {
                        if let Some(n) = r {
                            *unit = Some(n);
                        }
                    }
                }
            }
        }
    }

    /// Every fact, made (table rows) or moved.
    pub fn into_vec(self) -> Vec<Fact> {
        let mut out = Vec::with_capacity(self.len);
        for part in self.parts {
            match part {
                Part::Items(v) => out.extend(v),
                Part::Rows(r) => out.extend((0..r.len()).filter_map(|j| r.fact(j))),
            }
        }
        out
    }
}

impl From<Vec<Fact>> for Facts {
    fn from(v: Vec<Fact>) -> Facts {
        let mut facts = Facts::new();
        if !v.is_empty() {
            facts.len = v.len();
            facts.starts.push(0);
            facts.parts.push(Part::Items(v));
        }
        facts
    }
}

impl FromIterator<Fact> for Facts {
    fn from_iter<I: IntoIterator<Item = Fact>>(iter: I) -> Facts {
        Facts::from(iter.into_iter().collect::<Vec<_>>())
    }
}

/// Many short texts in one buffer: text `i` is `text[ends[i - 1]..ends[i]]`,
/// with 32-bit ends (a buffer holds at most [`Texts::MAX`] bytes).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Texts {
    text: String,
    ends: Vec<u32>,
}

impl Texts {
    /// The most bytes one buffer holds.
    pub(crate) const MAX: usize = u32::MAX as usize;

    /// Whether `more` bytes still fit.
    pub(crate) fn fits(&self, more: usize) -> bool {
        self.text.len().saturating_add(more) <= Texts::MAX
    }

    /// Add a text; callers check [`Texts::fits`] first (a text that does
    /// not fit is not added, and then nor are the rest of its row's).
    pub(crate) fn push(&mut self, s: &str) {
        if let Ok(end) = u32::try_from(self.text.len() + s.len()) {
            self.text.push_str(s);
            self.ends.push(end);
        }
    }

    pub(crate) fn get(&self, i: usize) -> Option<&str> {
        let start = match i.checked_sub(1) {
            Some(p) => *self.ends.get(p)? as usize,
            None => 0,
        };
        self.text.get(start..*self.ends.get(i)? as usize)
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }

    fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

/// A text field of table rows: absent, the same for every row, or one
/// per row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) enum Column {
    #[default]
    Absent,
    Same(String),
    Rows(Texts),
}

impl Column {
    fn get(&self, row: usize) -> Option<&str> {
        match self {
            Column::Absent => None,
            Column::Same(s) => Some(s),
            Column::Rows(t) => t.get(row),
        }
    }
}

/// A `match` term of table rows: the same text for every row, or the
/// row's `k`th column term.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Slot {
    Same(String),
    Row(usize),
}

/// The facts of a table with one fact per row, in columns (see the
/// module doc). Filled a row at a time by the table reader.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TableRows {
    /// The table file as errors and origins name it.
    pub file: String,
    pub tolerance: Option<Tolerance>,
    ids: Texts,
    values: Vec<f64>,
    /// The value as written (see [`Fact::value_text`]).
    value_texts: Texts,
    lines: Vec<u32>,
    /// The distinct units, and each row's as an index into them.
    units: Vec<Option<String>>,
    unit_of: Vec<u32>,
    pub about: Column,
    pub source: Column,
    /// The `all`, `any` and `none` lists' terms.
    pub lists: [Vec<Slot>; 3],
    /// Each row's column terms ([`Slot::Row`]), `per_row` of them per row,
    /// as expanded (a blank one stands for no term).
    row_terms: Texts,
    per_row: usize,
}

impl TableRows {
    pub(crate) fn new(file: &str, tolerance: Option<Tolerance>, lists: [Vec<Slot>; 3]) -> Self {
        let per_row = lists
            .iter()
            .flatten()
            .filter(|s| matches!(s, Slot::Row(_)))
            .count();
        TableRows {
            file: file.to_owned(),
            tolerance,
            lists,
            per_row,
            ..TableRows::default()
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.values.len()
    }

    /// Row `row`'s id.
    pub(crate) fn id(&self, row: usize) -> Option<&str> {
        self.ids.get(row)
    }

    pub(crate) fn line(&self, row: usize) -> Option<usize> {
        self.lines.get(row).map(|&l| l as usize)
    }

    /// Add a row. `terms`: its column terms in [`Slot::Row`] order;
    /// `about` and `source` when those columns are per row. `Err` (and
    /// nothing added) when the table has outgrown its columns: more than
    /// 4 GB of one kind of text, or a line past 2³².
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push(
        &mut self,
        id: &str,
        value: f64,
        value_text: &str,
        unit: Option<&str>,
        line: usize,
        terms: &[&str],
        about: Option<&str>,
        source: Option<&str>,
    ) -> Result<(), String> {
        let per_row = |c: &Column, t: Option<&str>| match (c, t) {
            (Column::Rows(texts), Some(t)) => texts.fits(t.len()),
            _ => true,
        };
        let terms_len = terms.iter().map(|t| t.len()).sum();
        let fits = self.ids.fits(id.len())
            && self.value_texts.fits(value_text.len())
            && self.row_terms.fits(terms_len)
            && per_row(&self.about, about)
            && per_row(&self.source, source);
        let Some(line) = u32::try_from(line).ok().filter(|_| fits) else {
            return Err(format!(
                "table too large: more than {} bytes of ids, values or terms, or a line past {}; split it into several tables",
                Texts::MAX,
                u32::MAX
            ));
        };
        self.ids.push(id);
        self.values.push(value);
        self.value_texts.push(value_text);
        self.lines.push(line);
        let k = match self.units.iter().rposition(|u| u.as_deref() == unit) {
            Some(k) => k,
            None => {
                self.units.push(unit.map(str::to_owned));
                self.units.len() - 1
            }
        };
        self.unit_of.push(u32::try_from(k).unwrap_or(u32::MAX));
        for t in terms {
            self.row_terms.push(t);
        }
        for (column, text) in [(&mut self.about, about), (&mut self.source, source)] {
            if let (Column::Rows(t), Some(text)) = (column, text) {
                t.push(text);
            }
        }
        Ok(())
    }

    pub(crate) fn shrink_to_fit(&mut self) {
        self.ids.shrink_to_fit();
        self.values.shrink_to_fit();
        self.value_texts.shrink_to_fit();
        self.lines.shrink_to_fit();
        self.unit_of.shrink_to_fit();
        self.row_terms.shrink_to_fit();
        for c in [&mut self.about, &mut self.source] {
            if let Column::Rows(t) = c {
                t.shrink_to_fit();
            }
        }
    }

    /// A slot's term for `row`; `None` when it is blank there.
    fn slot_text<'s>(&'s self, slot: &'s Slot, row: usize) -> Option<&'s str> {
        let t = match slot {
            Slot::Same(t) => t.as_str(),
            Slot::Row(k) => self.row_terms.get(row * self.per_row + k)?,
        };
        (!t.trim().is_empty()).then_some(t)
    }

    /// Row `row` as a fact.
    pub(crate) fn fact(&self, row: usize) -> Option<Fact> {
        let mut lists: [Vec<String>; 3] = Default::default();
        for (out, slots) in lists.iter_mut().zip(&self.lists) {
            out.extend(
                slots
                    .iter()
                    .filter_map(|s| self.slot_text(s, row))
                    .map(str::to_owned),
            );
        }
        let [all, any, none] = lists;
        Some(Fact {
            id: self.ids.get(row)?.to_owned(),
            about: self.about.get(row).map(str::to_owned),
            value: RefValue::Exact(*self.values.get(row)?),
            value_text: self.value_texts.get(row)?.to_owned(),
            unit: self.units.get(*self.unit_of.get(row)? as usize)?.clone(),
            tolerance: self.tolerance,
            as_of: None,
            source: self.source.get(row).map(str::to_owned),
            matcher: MatchSpec { all, any, none },
            examples: Examples::default(),
            origin: Origin {
                file: self.file.clone(),
                line: *self.lines.get(row)? as usize,
            },
            series: Vec::new(),
        })
    }
}
