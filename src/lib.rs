//! Explorateur FTAP: an in-browser explorer of the projects funded by the French
//! *Fonds pour la transformation de l'action publique*.
//!
//! The pure core (data model, CSV validation, search, sorting, totals, formatting, view
//! state) has no DOM dependency and is tested natively; `components` holds the Yew UI.

pub mod breakdown;
pub mod catalog;
pub mod components;
pub mod coverage;
// Build-time only: the app embeds data that was already checked (see build.rs).
#[cfg(not(target_arch = "wasm32"))]
pub mod csv;
pub mod data;
pub mod export;
pub mod facets;
pub mod figures;
pub mod filters;
pub mod format;
pub mod hash;
pub mod i18n;
pub mod labels;
pub mod lang;
pub mod model;
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
pub mod web;

#[cfg(test)]
mod fixtures;
