//! The page's effects and derived data as hooks, one a file: App calls them and lays out.

pub mod address_sync;
pub mod announcement;
pub mod color_scheme;
pub mod deferred;
pub mod detail_focus;
pub mod document_language;
pub mod own_app;
pub mod own_data;
pub mod print_sheet;
pub mod results;
pub mod row_keys;
pub mod row_links;
pub mod shortcuts;
pub mod view_change;
