//! The column summary shown for opened data in place of the FTAP coverage: per column, how
//! many values are unknown, and the smallest and largest amount or date.

use serde::{Deserialize, Serialize};

use super::schema::Role;
use super::table::Table;
use super::value::Cents;
use crate::model::Date;

/// What one column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnSummary {
    /// The column's role.
    pub role: Role,
    /// Rows whose cell is empty.
    pub unknown: usize,
    /// The smallest and largest amount (amount columns with one value at least).
    pub amounts: Option<(Cents, Cents)>,
    /// The earliest and latest date (the date column with one value at least).
    pub dates: Option<(Date, Date)>,
}

/// Summarises every column of `table`.
pub fn summarise(table: &Table) -> Vec<ColumnSummary> {
    let rows = 0..table.len();
    (0..table.headers.len())
        .map(|column| {
            let role = table.schema.roles[column];
            let unknown = rows
                .clone()
                .filter(|&r| table.cell(r, column).trim().is_empty())
                .count();
            let amounts = range(rows.clone().filter_map(|r| table.amount(r, column)));
            let dates = match role {
                Role::Date => range(rows.clone().filter_map(|r| table.date(r))),
                _ => None,
            };
            ColumnSummary {
                role,
                unknown,
                amounts,
                dates,
            }
        })
        .collect()
}

/// The smallest and largest of `values`, if there is one.
fn range<T: Ord + Copy>(values: impl Iterator<Item = T>) -> Option<(T, T)> {
    values.fold(None, |acc, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}
