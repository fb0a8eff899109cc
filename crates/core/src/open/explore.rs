//! Queries over an opened file: search, facet filters with counts and sums, a range on the
//! primary amount, a sort on any columns and one page of rows.
//!
//! The worker that loaded the file keeps an [`Explorer`] and answers each [`Query`] with an
//! [`Answer`] small enough to send to the page: the page's rows, the totals, the facets.

use super::schema::Role;
use super::table::Table;
use super::value::Cents;
use crate::model::Date;
use crate::search::{self, parse, Corpus, Options, Positions, SearchIndex};
use crate::text::fold;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::cmp::Reverse;
use std::rc::Rc;

/// Rows on a page.
pub const PAGE_ROWS: usize = 50;

/// A facet lists at most this many values (the largest); the rest are counted together.
pub const FACET_VALUES: usize = 30;

/// One sort key: a column and its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SortBy {
    /// The column (an index into the headers).
    pub column: usize,
    /// Largest, latest or last in the alphabet first.
    pub descending: bool,
}

/// Bounds on one amount column, in cents, inclusive: a row whose amount there is unknown is
/// left out once a bound is set (it cannot be said to be within them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AmountRange {
    /// The amount column.
    pub column: usize,
    /// Smallest amount kept.
    pub min: Option<Cents>,
    /// Largest amount kept.
    pub max: Option<Cents>,
}

/// What the reader asks of an opened file.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Query {
    /// The search text (words, `"phrases"`, prefixes and typos as for the FTAP data).
    pub text: String,
    /// Selected values per facet column: a row has one of them in each column listed.
    pub facets: Vec<(usize, Vec<String>)>,
    /// Bounds on amount columns (at most one entry per column).
    pub ranges: Vec<AmountRange>,
    /// First and last dates kept, inclusive, on the date column (rows without a date are
    /// then left out).
    pub dates: (Option<Date>, Option<Date>),
    /// Sort keys, most important first; with none, best matches first when searching, file
    /// order otherwise.
    pub sort: Vec<SortBy>,
    /// The page asked for (0-based; past the last page, the last one is given).
    pub page: usize,
}

impl Query {
    /// Whether `other` asks the same as this query but for its search text: what a keystroke
    /// changes.
    pub fn same_but_text(&self, other: &Query) -> bool {
        let Query {
            text: _,
            facets,
            ranges,
            dates,
            sort,
            page,
        } = other;
        (
            &self.facets,
            &self.ranges,
            &self.dates,
            &self.sort,
            &self.page,
        ) == (facets, ranges, dates, sort, page)
    }
}

/// One row of the page: where it is in the file and its cells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    /// The row's index among the accepted rows.
    pub index: u32,
    /// The line of the file where it starts.
    pub line: u64,
    /// Every cell, as the file wrote it.
    pub cells: Vec<String>,
    /// Each cell's amount as the load read it (and the sums count it): `None` for a column
    /// that is not an amount, or an amount left empty. The page shows these, never reading
    /// the cells again.
    pub amounts: Vec<Option<Cents>>,
}

/// Totals of the rows a query matches, on the primary amount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Totals {
    /// Rows matched.
    pub rows: usize,
    /// Sum of the known amounts, in cents.
    pub sum: Cents,
    /// Rows whose amount is unknown (not in the sum, never counted as zero).
    pub unknown: usize,
}

impl Totals {
    /// Counts one more row, its amount in the sum or among the unknown.
    fn add(&mut self, amount: Option<Cents>) {
        self.rows += 1;
        match amount {
            Some(a) => self.sum += a,
            None => self.unknown += 1,
        }
    }
}

/// A value of a facet with the rows that have it and their amounts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueCount {
    /// The value as written (empty: not given).
    pub value: String,
    /// Rows with it, among those the other filters keep.
    pub totals: Totals,
    /// Whether the reader selected it.
    pub selected: bool,
}

/// The values of one facet column.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FacetCounts {
    /// The column.
    pub column: usize,
    /// The values, largest count first, at most [`FACET_VALUES`] (selected ones always).
    pub values: Vec<ValueCount>,
    /// Values left out of the list.
    pub more: usize,
}

/// Rows the amount and date filters leave out only because a value they test is unknown:
/// such a row cannot be said to be within the bounds, and the reader is told how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LeftOut {
    /// Rows kept by every other filter whose amount in a bounded column is unknown.
    pub amount: usize,
    /// Rows kept by every other filter with no date, when dates are bounded.
    pub date: usize,
}

/// What a query gives.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Answer {
    /// Totals of every row matched.
    pub totals: Totals,
    /// Rows left out for an unknown amount or date.
    pub left_out: LeftOut,
    /// The page shown (the one asked for, or the last).
    pub page: usize,
    /// The rows of that page, in order.
    pub rows: Vec<Row>,
    /// Each facet's values with counts and sums.
    pub facets: Vec<FacetCounts>,
}

/// A facet column: its distinct values and each row's.
#[derive(Debug, Clone, PartialEq)]
struct FacetColumn {
    column: usize,
    values: Vec<String>,
    of_row: ValueIds,
}

/// Each row's value number in a facet column, as narrow as the number of values allows: most
/// facets have a few values, a byte a row (4 MB saved a facet a million rows).
#[derive(Debug, Clone, PartialEq)]
enum ValueIds {
    Byte(Vec<u8>),
    Short(Vec<u16>),
    Word(Vec<u32>),
}

/// `ids` in a wider type, with the room `ids` had (sized for every row of the table).
fn widened<N: Copy, W: From<N>>(ids: &Vec<N>) -> Vec<W> {
    let mut wide = Vec::with_capacity(ids.capacity());
    wide.extend(ids.iter().map(|&i| W::from(i)));
    wide
}

impl ValueIds {
    /// Adds the next row's value number, widening the type once a number outgrows it.
    fn push(&mut self, id: u32) {
        match self {
            ValueIds::Byte(ids) if id <= u32::from(u8::MAX) => ids.push(id as u8),
            ValueIds::Byte(ids) => {
                *self = ValueIds::Short(widened(ids));
                self.push(id);
            }
            ValueIds::Short(ids) if id <= u32::from(u16::MAX) => ids.push(id as u16),
            ValueIds::Short(ids) => {
                *self = ValueIds::Word(widened(ids));
                self.push(id);
            }
            ValueIds::Word(ids) => ids.push(id),
        }
    }

    /// Row `row`'s value number.
    fn get(&self, row: usize) -> usize {
        match self {
            ValueIds::Byte(ids) => usize::from(ids[row]),
            ValueIds::Short(ids) => usize::from(ids[row]),
            ValueIds::Word(ids) => ids[row] as usize,
        }
    }
}

/// An opened file ready to be queried.
#[derive(Debug)]
pub struct Explorer {
    table: Table,
    columns: SearchColumns,
    index: SearchIndex,
    facets: Vec<FacetColumn>,
    /// Each sorted column's rank per row, computed when first sorted on.
    ranks: RefCell<FxHashMap<usize, Rc<Vec<u32>>>>,
}

/// Where a row stands against the amount and date bounds of a query.
enum Bounds {
    /// Every bounded value is known and within its bounds.
    Within,
    /// A known value is outside its bounds.
    Outside,
    /// No known value is outside, but an amount, the date or both are unknown.
    Unknown { amount: bool, date: bool },
}

/// The rows a query keeps, with its facet counts and the rows left out for unknown values.
struct Filtered {
    rows: Vec<usize>,
    facets: Vec<FacetCounts>,
    left_out: LeftOut,
}

/// The columns the search reads, as fields of [`search::Field::TEXT`]: the title as a
/// name, the facets' values as a ministry, the text and id columns as a summary.
#[derive(Debug, Clone, PartialEq)]
struct SearchColumns {
    title: Option<usize>,
    facets: Vec<usize>,
    text: Vec<usize>,
}

/// A table's rows as the search index reads them: each cell a piece of its field.
struct Documents<'a> {
    table: &'a Table,
    columns: &'a SearchColumns,
}

impl Corpus for Documents<'_> {
    fn documents(&self) -> usize {
        self.table.len()
    }

    fn visit(&self, row: usize, mut piece: impl FnMut(usize, &str)) {
        let cell = |column: usize| self.table.cell(row, column);
        if let Some(title) = self.columns.title {
            piece(0, cell(title));
        }
        for &column in &self.columns.facets {
            piece(2, cell(column));
        }
        for &column in &self.columns.text {
            piece(4, cell(column));
        }
    }
}

/// Rank of a row whose value is unknown: last whatever the direction.
const UNKNOWN_RANK: u32 = u32::MAX;

impl Explorer {
    /// Indexes a table: its title, facets and text columns are searched.
    pub fn new(table: Table) -> Explorer {
        let schema = &table.schema;
        let columns = SearchColumns {
            title: schema.title(),
            facets: schema.columns(Role::Facet).collect(),
            text: (schema.roles.iter().enumerate())
                .filter(|(_, r)| matches!(r, Role::Text | Role::Id))
                .map(|(i, _)| i)
                .collect(),
        };
        // A reader's file is as large as a browser tab can hold: its words are read again for
        // phrases rather than kept (a third of the index).
        let documents = Documents {
            table: &table,
            columns: &columns,
        };
        let index = SearchIndex::new(&documents, &[], Positions::Reread);
        // While the reader waits for the load, not on their first keystroke (and counted in
        // the memory the load reports).
        index.prepare_queries();
        let facets = (columns.facets.iter())
            .map(|&column| facet_column(&table, column))
            .collect();
        Explorer {
            table,
            columns,
            index,
            facets,
            ranks: RefCell::default(),
        }
    }

    /// The rows as the search index reads them.
    fn documents(&self) -> Documents<'_> {
        Documents {
            table: &self.table,
            columns: &self.columns,
        }
    }

    /// The table queried.
    pub fn table(&self) -> &Table {
        &self.table
    }

    /// The rows `query` matches, in the order it asks for (every page).
    pub fn matching(&self, query: &Query) -> Vec<usize> {
        let mut rows = self.filtered(query, usize::MAX).rows;
        self.order(&mut rows, query);
        rows
    }

    /// Answers a query.
    pub fn answer(&self, query: &Query) -> Answer {
        // Only the rows up to the page asked for need their place (the page shown is at most
        // that one): best match first, the others are only counted.
        let placed = query.page.saturating_add(1).saturating_mul(PAGE_ROWS);
        let Filtered {
            mut rows,
            facets,
            left_out,
        } = self.filtered(query, placed);
        let totals = self.totals(rows.iter().copied());
        let last = rows.len().saturating_sub(1) / PAGE_ROWS;
        let page = query.page.min(last);
        self.order(&mut rows, query);
        let shown = rows
            .iter()
            .skip(page * PAGE_ROWS)
            .take(PAGE_ROWS)
            .map(|&r| Row {
                index: r as u32,
                line: self.table.line(r),
                cells: (0..self.table.headers.len())
                    .map(|c| self.table.cell(r, c).to_owned())
                    .collect(),
                amounts: (0..self.table.headers.len())
                    .map(|c| self.table.amount(r, c))
                    .collect(),
            })
            .collect();
        Answer {
            totals,
            left_out,
            page,
            rows: shown,
            facets,
        }
    }

    /// The rows of `query` as CSV, in its order (the export of the view).
    pub fn csv(&self, query: &Query) -> String {
        self.table.csv(self.matching(query))
    }

    /// The rows every filter keeps (in file order, or best match first when searching: the
    /// first `placed` of them at least, all when a sort is asked for, whose ties keep that
    /// order), the facet counts (for each facet, the rows every other filter keeps) and the
    /// rows left out only for an unknown amount or date.
    fn filtered(&self, query: &Query, placed: usize) -> Filtered {
        let parsed = parse(&query.text);
        // When searching, each row's relevance (see `search::relevance_key`) goes along with
        // it through the filters, and only the first rows kept are put in order: at 100k rows
        // a query matching most of them would otherwise sort them all. A sort on columns
        // needs them all in order (its ties keep it).
        let placed = if query.sort.is_empty() {
            placed
        } else {
            usize::MAX
        };
        let mut relevance: Option<Vec<u64>> = None;
        let found: Vec<usize> = if parsed.is_empty() {
            (0..self.table.len()).collect()
        } else {
            let mut hits = (self.index)
                .search(&self.documents(), &parsed, Options::default())
                .hits;
            relevance = hits
                .iter()
                .map(|h| search::relevance_key(h.score, h.doc as usize))
                .collect();
            // Keys hold a row's number in 20 bits: a larger file is ranked whole, here.
            if relevance.is_none() {
                search::rank(&mut hits);
            }
            hits.iter().map(|h| h.doc as usize).collect()
        };
        let ranges: Vec<&AmountRange> = query
            .ranges
            .iter()
            .filter(|r| r.min.is_some() || r.max.is_some())
            .collect();
        let (from, to) = query.dates;
        let dated = from.is_some() || to.is_some();
        let bounds = |row: usize| {
            let (mut amount, mut date) = (false, false);
            for r in &ranges {
                match self.table.amount(row, r.column) {
                    Some(a) if r.min.is_some_and(|m| a < m) || r.max.is_some_and(|m| a > m) => {
                        return Bounds::Outside
                    }
                    Some(_) => {}
                    None => amount = true,
                }
            }
            if dated {
                match self.table.date(row) {
                    Some(d) if from.is_some_and(|f| d < f) || to.is_some_and(|t| d > t) => {
                        return Bounds::Outside
                    }
                    Some(_) => {}
                    None => date = true,
                }
            }
            if amount || date {
                Bounds::Unknown { amount, date }
            } else {
                Bounds::Within
            }
        };
        // Each facet's selected value ids (None: no selection on that facet).
        let wanted: Vec<Option<Vec<bool>>> = self
            .facets
            .iter()
            .map(|f| {
                let selected = query.facets.iter().find(|(c, _)| *c == f.column)?;
                let set: Vec<bool> = f.values.iter().map(|v| selected.1.contains(v)).collect();
                Some(set)
            })
            .collect();
        let mut kept = Vec::new();
        // Per facet with a selection, the rows kept by every filter but that facet's (a facet
        // with none is counted over the rows kept: no copy of them).
        let mut near: Vec<Option<Vec<usize>>> = wanted
            .iter()
            .map(|w| w.as_ref().map(|_| Vec::new()))
            .collect();
        let mut kept_relevance = Vec::new();
        let mut left_out = LeftOut::default();
        for (i, row) in found.into_iter().enumerate() {
            let unknown = match bounds(row) {
                Bounds::Within => None,
                Bounds::Outside => continue,
                Bounds::Unknown { amount, date } => Some((amount, date)),
            };
            let mut failing = None;
            let mut fails = 0;
            for (i, (facet, set)) in self.facets.iter().zip(&wanted).enumerate() {
                if let Some(set) = set {
                    if !set[facet.of_row.get(row)] {
                        fails += 1;
                        failing = Some(i);
                    }
                }
            }
            if let Some((amount, date)) = unknown {
                // Counted only when no other filter leaves the row out.
                if fails == 0 {
                    left_out.amount += usize::from(amount);
                    left_out.date += usize::from(date);
                }
                continue;
            }
            match (fails, failing) {
                (0, _) => {
                    kept.push(row);
                    if let Some(keys) = &relevance {
                        kept_relevance.push(keys[i]);
                    }
                    for list in near.iter_mut().flatten() {
                        list.push(row);
                    }
                }
                // Only a facet with a selection can fail, so its list exists.
                (1, Some(i)) => near[i].iter_mut().for_each(|list| list.push(row)),
                _ => {}
            }
        }
        let facets = self
            .facets
            .iter()
            .zip(&near)
            .zip(&wanted)
            .map(|((facet, rows), set)| {
                self.count(facet, rows.as_deref().unwrap_or(&kept), set.as_deref())
            })
            .collect();
        if relevance.is_some() {
            kept = search::best_first(kept_relevance, placed);
        }
        Filtered {
            rows: kept,
            facets,
            left_out,
        }
    }

    /// Counts and sums a facet's values over `rows`.
    fn count(&self, facet: &FacetColumn, rows: &[usize], selected: Option<&[bool]>) -> FacetCounts {
        let mut totals = vec![Totals::default(); facet.values.len()];
        for &row in rows {
            totals[facet.of_row.get(row)].add(self.primary_amount(row));
        }
        let is_selected = |v: usize| selected.is_some_and(|s| s[v]);
        let mut order: Vec<usize> = (0..facet.values.len())
            .filter(|&v| totals[v].rows > 0 || is_selected(v))
            .collect();
        order.sort_by_key(|&v| (Reverse(is_selected(v)), Reverse(totals[v].rows), v));
        let listed = order
            .len()
            .min(FACET_VALUES.max(order.iter().filter(|&&v| is_selected(v)).count()));
        FacetCounts {
            column: facet.column,
            more: order.len() - listed,
            values: order[..listed]
                .iter()
                .map(|&v| ValueCount {
                    value: facet.values[v].clone(),
                    totals: totals[v],
                    selected: is_selected(v),
                })
                .collect(),
        }
    }

    /// Totals of the primary amount over `rows`.
    fn totals(&self, rows: impl Iterator<Item = usize>) -> Totals {
        let mut totals = Totals::default();
        for row in rows {
            totals.add(self.primary_amount(row));
        }
        totals
    }

    /// The primary amount of `row` (None: unknown, or no primary amount).
    fn primary_amount(&self, row: usize) -> Option<Cents> {
        self.table
            .schema
            .primary
            .and_then(|c| self.table.amount(row, c))
    }

    /// Puts `rows` in the query's sort order (a stable sort: ties keep the match order).
    fn order(&self, rows: &mut [usize], query: &Query) {
        if query.sort.is_empty() {
            return;
        }
        let ranks: Vec<(Rc<Vec<u32>>, bool)> = query
            .sort
            .iter()
            .filter(|s| s.column < self.table.headers.len())
            .map(|s| (self.ranks(s.column), s.descending))
            .collect();
        let key = |row: usize| -> Vec<u32> {
            ranks
                .iter()
                .map(|(rank, descending)| match rank[row] {
                    UNKNOWN_RANK => UNKNOWN_RANK,
                    r if *descending => UNKNOWN_RANK - 1 - r,
                    r => r,
                })
                .collect()
        };
        rows.sort_by_cached_key(|&row| key(row));
    }

    /// The rank of every row in `column` (equal values share a rank; empty cells last).
    fn ranks(&self, column: usize) -> Rc<Vec<u32>> {
        if let Some(ranks) = self.ranks.borrow().get(&column) {
            return ranks.clone();
        }
        let table = &self.table;
        let n = table.len();
        let mut ranks = vec![UNKNOWN_RANK; n];
        match table.schema.roles[column] {
            Role::Amount => rank_by(&mut ranks, |r| table.amount(r, column)),
            Role::Date => rank_by(&mut ranks, |r| table.date(r)),
            _ => rank_by(&mut ranks, |r| {
                let cell = table.cell(r, column).trim();
                (!cell.is_empty()).then(|| fold(cell))
            }),
        }
        let ranks = Rc::new(ranks);
        self.ranks.borrow_mut().insert(column, ranks.clone());
        ranks
    }
}

/// Ranks rows by a key (rows whose key is `None` keep [`UNKNOWN_RANK`]).
fn rank_by<K: Ord>(ranks: &mut [u32], key: impl Fn(usize) -> Option<K>) {
    let mut keyed: Vec<(K, usize)> = (0..ranks.len())
        .filter_map(|r| Some((key(r)?, r)))
        .collect();
    keyed.sort();
    let mut rank = 0;
    for i in 0..keyed.len() {
        if i > 0 && keyed[i].0 != keyed[i - 1].0 {
            rank += 1;
        }
        ranks[keyed[i].1] = rank;
    }
}

/// A facet column's distinct values (trimmed) and each row's value id.
fn facet_column(table: &Table, column: usize) -> FacetColumn {
    // Each row's number in the narrowest type that holds those met so far: one pass.
    let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
    let mut values = Vec::new();
    let mut of_row = ValueIds::Byte(Vec::with_capacity(table.len()));
    for row in 0..table.len() {
        let value = table.cell(row, column).trim();
        of_row.push(*ids.entry(value).or_insert_with(|| {
            values.push(value.to_owned());
            (values.len() - 1) as u32
        }));
    }
    FacetColumn {
        column,
        values,
        of_row,
    }
}

#[cfg(test)]
mod tests;
