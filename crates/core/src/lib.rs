//! The pure logic of Explorateur FTAP, an in-browser explorer of the projects funded by the
//! French *Fonds pour la transformation de l'action publique*.
//!
//! Data model, CSV validation, search, facets, filters, sorting, totals, breakdowns, coverage,
//! treemap geometry, formatting, the string catalogue, the URL codec, the view state with its
//! reducer and the view model the components lay out. Nothing here knows about the browser:
//! this crate depends on no web crate (`make lint` checks it) and is tested natively.
#![warn(missing_docs)]

pub mod breakdown;
pub mod catalog;
pub mod compact_sort;
pub mod coverage;
// Build-time only: the app embeds data that was already checked (see the app's build.rs).
#[cfg(not(target_arch = "wasm32"))]
pub mod csv_records;
pub mod export;
pub mod facets;
pub mod figures;
pub mod filters;
pub mod format;
pub mod i18n;
pub mod labels;
pub mod lang;
pub mod model;
pub mod open;
pub mod page;
pub mod ranking;
pub mod recent;
pub mod row_keys;
pub mod search;
pub mod shared;
pub mod similar;
pub mod sort;
pub mod state;
pub mod stats;
pub mod synth;
pub mod text;
pub mod treemap;
pub mod url;
#[cfg(not(target_arch = "wasm32"))]
pub mod validate;

#[cfg(test)]
mod fixtures;
