//! Sorting the project table by one or more columns; unknown amounts always come last.

use crate::model::{Dataset, Project};
use crate::text::fold;
use std::cmp::Ordering;

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
}

impl Column {
    /// Every column, in table order.
    pub const ALL: [Column; 5] = [
        Column::Name,
        Column::Ministry,
        Column::Round,
        Column::Ftap,
        Column::TotalCost,
    ];

    /// The direction of a first click: amounts largest first, text A to Z, rounds oldest first.
    pub fn first_direction(self) -> Direction {
        match self {
            Column::Ftap | Column::TotalCost => Direction::Desc,
            Column::Name | Column::Ministry | Column::Round => Direction::Asc,
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

/// Precomputed comparison keys (folded text), built once per dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Sorter {
    names: Vec<String>,
    ministries: Vec<String>,
}

/// Compares optional amounts with unknowns last whatever the direction.
fn known_first(a: Option<u64>, b: Option<u64>, direction: Direction) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => match direction {
            Direction::Asc => a.cmp(&b),
            Direction::Desc => b.cmp(&a),
        },
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

impl Sorter {
    /// Prepares the folded text keys of a dataset.
    pub fn new(dataset: &Dataset) -> Sorter {
        Sorter {
            names: dataset.projects.iter().map(|p| fold(&p.name)).collect(),
            ministries: dataset.projects.iter().map(|p| fold(&p.ministry)).collect(),
        }
    }

    fn compare(&self, projects: &[Project], a: usize, b: usize, key: SortKey) -> Ordering {
        let (pa, pb) = (&projects[a], &projects[b]);
        let ordered = |o: Ordering| match key.direction {
            Direction::Asc => o,
            Direction::Desc => o.reverse(),
        };
        match key.column {
            Column::Name => ordered(self.names[a].cmp(&self.names[b])),
            Column::Ministry => ordered(self.ministries[a].cmp(&self.ministries[b])),
            Column::Round => ordered(pa.round.cmp(&pb.round)),
            Column::Ftap => known_first(pa.ftap_eur, pb.ftap_eur, key.direction),
            Column::TotalCost => known_first(pa.total_cost_eur, pb.total_cost_eur, key.direction),
        }
    }

    /// Sorts project indices by the keys in order; ties keep their current order (stable).
    pub fn sort(&self, dataset: &Dataset, rows: &mut [usize], keys: &[SortKey]) {
        if keys.is_empty() {
            return;
        }
        rows.sort_by(|&a, &b| {
            keys.iter()
                .map(|&key| self.compare(&dataset.projects, a, b, key))
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal)
        });
    }
}

#[cfg(test)]
mod tests;
