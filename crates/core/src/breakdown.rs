//! Budget breakdowns: the current view grouped by ministry, round, theme, carrier or year,
//! with counts, sums, shares and medians per group.
//!
//! Unknown amounts are counted per group, never added as zero; a share is the group's part of
//! the known FTAP amounts of the view.

use crate::facets::{Facet, FacetIndex};
use crate::filters::Amount;
use crate::stats::{Figures, Sum};
use std::cmp::Ordering;

/// One group of a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The facet value (identifier).
    pub value: String,
    /// Position of the value in the facet's own order (chronological for rounds and years).
    pub order: usize,
    /// Projects in the group (a row standing for several projects counts as that many).
    pub count: usize,
    /// FTAP amounts: known ones summed, unknown ones counted.
    pub ftap: Sum,
    /// Part of the view's known FTAP amounts, from 0 to 1; `None` when the view has none.
    pub share: Option<f64>,
    /// Total costs: known ones summed, unknown ones counted.
    pub cost: Sum,
    /// Median of the known FTAP amounts (per row); `None` when none is known.
    pub median_ftap_eur: Option<u64>,
}

/// The groups a chart leaves out, summed into one « Autres » mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Others {
    /// How many groups.
    pub groups: usize,
    /// Their FTAP amounts.
    pub ftap: Sum,
}

/// A column of the breakdown table, for sorting it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum GroupColumn {
    /// The group's label (facet order for rounds and years).
    Value,
    /// Number of projects.
    Count,
    /// Σ FTAP (and the share, which follows it).
    Ftap,
    /// Σ total cost.
    Cost,
    /// Median FTAP.
    Median,
    /// Unknown FTAP amounts.
    Unknown,
}

impl GroupColumn {
    /// Every column, in table order.
    pub const ALL: [GroupColumn; 6] = [
        GroupColumn::Value,
        GroupColumn::Count,
        GroupColumn::Ftap,
        GroupColumn::Cost,
        GroupColumn::Median,
        GroupColumn::Unknown,
    ];

    /// Name in URLs.
    pub fn key(self) -> &'static str {
        match self {
            GroupColumn::Value => "value",
            GroupColumn::Count => "count",
            GroupColumn::Ftap => "ftap",
            GroupColumn::Cost => "cost",
            GroupColumn::Median => "median",
            GroupColumn::Unknown => "unknown",
        }
    }
}

/// The median of amounts: the middle one, or for an even count the mean of the two middle
/// ones, rounded to the euro (half up), as a reader computes it from the amounts listed.
pub fn median(amounts: &mut [u64]) -> Option<u64> {
    let count = amounts.len();
    if count == 0 {
        return None;
    }
    // A selection, not a sort: linear in the group's size, and the same code the search uses
    // to find a page's best keys (one copy in the wasm).
    let (below, &mut upper, _) = amounts.select_nth_unstable(count / 2);
    if count % 2 == 1 {
        return Some(upper);
    }
    // The lower middle amount is the largest of those below the upper one.
    let lower = below.iter().copied().max().unwrap_or(upper);
    Some(lower + (upper - lower).div_ceil(2))
}

/// Groups `rows` by `facet`, largest known FTAP sum first and groups whose amounts are all
/// unknown last (ties in the facet's own order): the order a reader expects of a breakdown.
pub fn group(figures: &[Figures], facets: &FacetIndex, rows: &[usize], facet: Facet) -> Vec<Group> {
    let values = facets.values(facet);
    let mut amounts: Vec<Vec<u64>> = vec![Vec::new(); values.len()];
    let mut groups: Vec<Group> = values
        .iter()
        .enumerate()
        .map(|(order, v)| Group {
            value: v.clone(),
            order,
            count: 0,
            ftap: Sum::default(),
            share: None,
            cost: Sum::default(),
            median_ftap_eur: None,
        })
        .collect();
    let mut view_known: u64 = 0;
    for &doc in rows {
        let f = &figures[doc];
        let (ftap, cost) = (f.ftap_eur(), f.amount(Amount::TotalCost));
        if let Some(eur) = ftap {
            view_known = view_known.saturating_add(eur);
        }
        for &v in facets.value_ids(facet, doc) {
            let g = &mut groups[v as usize];
            g.count += f.count as usize;
            g.ftap.add(ftap, f.count);
            g.cost.add(cost, f.count);
            if let Some(eur) = ftap {
                amounts[v as usize].push(eur);
            }
        }
    }
    for (g, a) in groups.iter_mut().zip(&mut amounts) {
        g.median_ftap_eur = median(a);
        g.share = (view_known > 0).then(|| g.ftap.known_eur as f64 / view_known as f64);
    }
    groups.retain(|g| g.count > 0);
    sort_groups(&mut groups, GroupColumn::Ftap, true);
    groups
}

/// Orders two optional figures, `None` (no known amount) last whatever the direction.
fn unknown_last(a: Option<u64>, b: Option<u64>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) if descending => y.cmp(&x),
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// Sorts groups by a column; groups without a known figure for it come last, ties keep the
/// facet's order.
pub fn sort_groups(groups: &mut [Group], column: GroupColumn, descending: bool) {
    crate::compact_sort::sort_by(groups, |a, b| {
        let by_column = match column {
            GroupColumn::Value if descending => b.order.cmp(&a.order),
            GroupColumn::Value => a.order.cmp(&b.order),
            GroupColumn::Count => {
                unknown_last(Some(a.count as u64), Some(b.count as u64), descending)
            }
            GroupColumn::Ftap => {
                unknown_last(a.ftap.known_total(), b.ftap.known_total(), descending)
            }
            GroupColumn::Cost => {
                unknown_last(a.cost.known_total(), b.cost.known_total(), descending)
            }
            GroupColumn::Median => unknown_last(a.median_ftap_eur, b.median_ftap_eur, descending),
            GroupColumn::Unknown => unknown_last(
                Some(a.ftap.unknown as u64),
                Some(b.ftap.unknown as u64),
                descending,
            ),
        };
        by_column.then(a.order.cmp(&b.order))
    });
}

/// The first `keep` groups to draw one by one, and the rest summed, so that a chart never
/// drops a group silently. A single group left over is drawn rather than called « Autres ».
pub fn split_top(groups: &[Group], keep: usize) -> (&[Group], Option<Others>) {
    if groups.len() <= keep + 1 {
        return (groups, None);
    }
    let (top, rest) = groups.split_at(keep);
    let others = rest.iter().fold(Others::default(), |o, g| Others {
        groups: o.groups + 1,
        ftap: o.ftap.merge(g.ftap),
    });
    (top, Some(others))
}

/// The breakdown table's order until the reader picks one: largest known FTAP sum first.
pub const DEFAULT_SORT: (GroupColumn, bool) = (GroupColumn::Ftap, true);

/// Groups a breakdown chart draws one by one at most; the rest are summed in one « Autres » bar.
pub const MAX_BARS: usize = 12;

/// A view's breakdown, ready to lay out: the chart's groups (largest known FTAP sum first, as
/// readers expect of a ranking) and the table's (in the order the reader chose).
#[derive(Debug, Clone, PartialEq)]
pub struct Breakdown {
    /// Every group, largest known FTAP sum first.
    pub by_amount: Vec<Group>,
    /// Every group, in the table's order.
    pub table: Vec<Group>,
    /// How many of `by_amount` the chart draws one by one.
    pub bars: usize,
    /// The groups the chart sums into « Autres », if any.
    pub others: Option<Others>,
}

impl Breakdown {
    /// The breakdown of `rows` by `facet`, its table sorted by `table_sort` (column and
    /// descending; `None` keeps the chart's order).
    pub fn of(
        figures: &[Figures],
        facets: &FacetIndex,
        rows: &[usize],
        facet: Facet,
        table_sort: Option<(GroupColumn, bool)>,
    ) -> Breakdown {
        let by_amount = group(figures, facets, rows, facet);
        let mut table = by_amount.clone();
        if let Some((column, descending)) = table_sort {
            sort_groups(&mut table, column, descending);
        }
        let (top, others) = split_top(&by_amount, MAX_BARS);
        Breakdown {
            bars: top.len(),
            by_amount,
            table,
            others,
        }
    }

    /// The groups the chart draws one by one.
    pub fn top(&self) -> &[Group] {
        &self.by_amount[..self.bars]
    }
}

#[cfg(test)]
#[path = "breakdown/tests.rs"]
mod tests;
