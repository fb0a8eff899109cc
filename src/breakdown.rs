//! Budget breakdowns: the current view grouped by ministry, round, theme, carrier or year,
//! with counts, sums, shares and medians per group.
//!
//! Unknown amounts are counted per group, never added as zero; a share is the group's part of
//! the known FTAP amounts of the view.

use crate::facets::{Facet, FacetIndex};
use crate::model::Dataset;

/// One group of a breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    /// The facet value (identifier).
    pub value: String,
    /// Projects in the group.
    pub count: usize,
    /// Sum of the known FTAP amounts.
    pub ftap_known_eur: u64,
    /// Projects whose FTAP amount is unknown.
    pub ftap_unknown: usize,
    /// Part of the view's known FTAP amounts, from 0 to 1; `None` when the view has none.
    pub share: Option<f64>,
    /// Sum of the known total costs.
    pub cost_known_eur: u64,
    /// Median of the known FTAP amounts; `None` when none is known.
    pub median_ftap_eur: Option<u64>,
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

/// The median of amounts (the lower middle one for an even count: an amount that exists).
pub fn median(amounts: &mut [u64]) -> Option<u64> {
    if amounts.is_empty() {
        return None;
    }
    amounts.sort_unstable();
    Some(amounts[(amounts.len() - 1) / 2])
}

/// Groups `rows` by `facet`. Groups keep the facet's value order (chronological for rounds
/// and years, alphabetical otherwise) until sorted with [`sort_groups`]. A project with
/// several values of a multi-valued facet (themes) is counted in each of its groups.
pub fn group(data: &Dataset, facets: &FacetIndex, rows: &[usize], facet: Facet) -> Vec<Group> {
    let values = facets.values(facet);
    let mut amounts: Vec<Vec<u64>> = vec![Vec::new(); values.len()];
    let mut groups: Vec<Group> = values
        .iter()
        .map(|v| Group {
            value: v.clone(),
            count: 0,
            ftap_known_eur: 0,
            ftap_unknown: 0,
            share: None,
            cost_known_eur: 0,
            median_ftap_eur: None,
        })
        .collect();
    let mut view_known: u64 = 0;
    for &doc in rows {
        let p = &data.projects[doc];
        if let Some(eur) = p.ftap_eur {
            view_known = view_known.saturating_add(eur);
        }
        for &v in facets.value_ids(facet, doc) {
            let g = &mut groups[v as usize];
            g.count += 1;
            match p.ftap_eur {
                Some(eur) => {
                    g.ftap_known_eur = g.ftap_known_eur.saturating_add(eur);
                    amounts[v as usize].push(eur);
                }
                None => g.ftap_unknown += 1,
            }
            if let Some(eur) = p.total_cost_eur {
                g.cost_known_eur = g.cost_known_eur.saturating_add(eur);
            }
        }
    }
    for (g, a) in groups.iter_mut().zip(&mut amounts) {
        g.median_ftap_eur = median(a);
        g.share = (view_known > 0).then(|| g.ftap_known_eur as f64 / view_known as f64);
    }
    groups.retain(|g| g.count > 0);
    groups
}

/// Sorts groups by a column (unknown medians last), ties in their current order.
pub fn sort_groups(groups: &mut [Group], column: GroupColumn, descending: bool) {
    if column == GroupColumn::Value {
        if descending {
            groups.reverse();
        }
        return;
    }
    groups.sort_by(|a, b| {
        let key = |g: &Group| -> Option<u64> {
            match column {
                GroupColumn::Count => Some(g.count as u64),
                GroupColumn::Ftap => Some(g.ftap_known_eur),
                GroupColumn::Cost => Some(g.cost_known_eur),
                GroupColumn::Median => g.median_ftap_eur,
                GroupColumn::Unknown => Some(g.ftap_unknown as u64),
                GroupColumn::Value => None,
            }
        };
        match (key(a), key(b)) {
            (Some(x), Some(y)) if descending => y.cmp(&x),
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
    });
}

#[cfg(test)]
#[path = "breakdown/tests.rs"]
mod tests;
