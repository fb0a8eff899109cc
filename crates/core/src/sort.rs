//! Sorting the project table by one or more columns; unknown amounts always come last.

use crate::model::Dataset;
use crate::text::fold;

/// A sortable column of the project table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// Project name (alphabetical, accent-insensitive).
    Name,
    /// Lead ministry (alphabetical).
    Ministry,
    /// Call for projects (chronological).
    Round,
    /// FTAP amount.
    Ftap,
    /// Total cost.
    TotalCost,
    /// Carrying administration (alphabetical, unknown last); shown on request.
    Carrier,
    /// Year of selection (unknown last); shown on request.
    Year,
}

impl Column {
    /// Every column, in table order.
    pub const ALL: [Column; 7] = [
        Column::Name,
        Column::Ministry,
        Column::Round,
        Column::Ftap,
        Column::TotalCost,
        Column::Carrier,
        Column::Year,
    ];

    /// Its name in the `sort` and `cols` parameters of links (and in export file names).
    pub fn key(self) -> &'static str {
        match self {
            Column::Name => "name",
            Column::Ministry => "ministry",
            Column::Round => "round",
            Column::Ftap => "ftap",
            Column::TotalCost => "cost",
            Column::Carrier => "carrier",
            Column::Year => "year",
        }
    }

    /// The columns a reader may add to the table (kept in the link).
    pub const OPTIONAL: [Column; 2] = [Column::Carrier, Column::Year];

    /// Puts optional columns in their table order, each once.
    pub fn order_optional(columns: &mut Vec<Column>) {
        crate::compact_sort::sort_by_key(columns, |c| Column::OPTIONAL.iter().position(|o| o == c));
        columns.dedup();
    }

    /// The direction of a first click: amounts largest first, text A to Z, rounds oldest first.
    pub fn first_direction(self) -> Direction {
        match self {
            Column::Ftap | Column::TotalCost => Direction::Desc,
            Column::Name | Column::Ministry | Column::Round | Column::Carrier | Column::Year => {
                Direction::Asc
            }
        }
    }
}

/// Sort direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// Smallest (or A, or oldest) first.
    Asc,
    /// Largest (or Z, or newest) first.
    Desc,
}

impl Direction {
    /// The other direction.
    pub fn flipped(self) -> Direction {
        match self {
            Direction::Asc => Direction::Desc,
            Direction::Desc => Direction::Asc,
        }
    }
}

/// One sort criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SortKey {
    /// The column sorted on.
    pub column: Column,
    /// Its direction.
    pub direction: Direction,
}

/// Precomputed sort keys, built once per dataset: for each column, every project's rank as an
/// integer (alphabetical rank of the folded text, round order, amount order), so sorting
/// compares small arrays of integers instead of strings and options.
#[derive(Debug, Clone, PartialEq)]
pub struct Sorter {
    /// For each column of [`Column::ALL`], each project's rank; for amounts, `UNKNOWN` when
    /// the amount is unknown.
    ranks: Vec<Vec<u32>>,
}

/// The rank of an unknown amount: after every known one, whatever the direction.
const UNKNOWN: u32 = u32::MAX;

/// Dense ranks of `values` in ascending order (equal values, equal rank); `None` gets
/// [`UNKNOWN`].
fn ranks_of<T: Ord>(values: &[Option<T>]) -> Vec<u32> {
    let mut order: Vec<usize> = (0..values.len()).filter(|&i| values[i].is_some()).collect();
    crate::compact_sort::sort_by(&mut order, |&a, &b| values[a].cmp(&values[b]));
    let mut ranks = vec![UNKNOWN; values.len()];
    let mut rank = 0u32;
    for (i, &doc) in order.iter().enumerate() {
        if i > 0 && values[doc] != values[order[i - 1]] {
            rank += 1;
        }
        ranks[doc] = rank;
    }
    ranks
}

impl Sorter {
    /// Prepares the sort keys of a dataset.
    pub fn new(dataset: &Dataset) -> Sorter {
        let projects = &dataset.projects;
        let ranks = Column::ALL
            .iter()
            .map(|column| match column {
                Column::Name => {
                    let folded: Vec<Option<String>> =
                        projects.iter().map(|p| Some(fold(&p.name))).collect();
                    ranks_of(&folded)
                }
                Column::Ministry => {
                    let folded: Vec<Option<String>> =
                        projects.iter().map(|p| Some(fold(&p.ministry))).collect();
                    ranks_of(&folded)
                }
                Column::Round => {
                    let rounds: Vec<Option<usize>> =
                        projects.iter().map(|p| Some(p.round)).collect();
                    ranks_of(&rounds)
                }
                Column::Ftap => ranks_of(&projects.iter().map(|p| p.ftap_eur).collect::<Vec<_>>()),
                Column::TotalCost => ranks_of(
                    &projects
                        .iter()
                        .map(|p| p.total_cost_eur)
                        .collect::<Vec<_>>(),
                ),
                Column::Carrier => {
                    let folded: Vec<Option<String>> = projects
                        .iter()
                        .map(|p| (!p.carrier.is_empty()).then(|| fold(&p.carrier)))
                        .collect();
                    ranks_of(&folded)
                }
                Column::Year => {
                    let years: Vec<Option<u16>> =
                        projects.iter().map(|p| dataset.round_of(p).year).collect();
                    ranks_of(&years)
                }
            })
            .collect();
        Sorter { ranks }
    }

    /// The key of a project for one sort criterion: smaller sorts first (unknown amounts
    /// last in both directions).
    pub fn key(&self, doc: usize, key: SortKey) -> u32 {
        let column = Column::ALL
            .iter()
            .position(|&c| c == key.column)
            .unwrap_or(0);
        let rank = self.ranks[column][doc];
        match key.direction {
            Direction::Asc => rank,
            // Reversed, but unknown amounts stay last.
            Direction::Desc if rank == UNKNOWN => UNKNOWN,
            Direction::Desc => UNKNOWN - 1 - rank,
        }
    }
}

#[cfg(test)]
mod tests;
