//! The Yew user interface: one component per file, each rendering state and emitting
//! callbacks; state changes go through [`ftap_core::state::Action`], sent through the store
//! ([`crate::store`]).

pub mod amount;
pub mod app;
pub mod bar_chart;
pub mod breakdown_panel;
pub mod chart_data;
pub mod column_picker;
pub mod column_summary;
pub mod compare_panel;
pub mod confirmed_switch;
pub mod coverage_panel;
pub mod facet_group;
pub mod facet_panel;
pub mod filter_chips;
pub mod handlers;
pub mod highlighted;
pub mod key_figures;
pub mod later;
pub mod live_status;
pub mod load_progress;
pub mod load_report;
pub mod mapping_panel;
pub mod methodology;
pub mod open_file;
pub mod own_breakdown;
pub mod own_data_view;
pub mod own_dates;
pub mod own_facets;
pub mod own_range;
pub mod own_root;
pub mod own_status;
pub mod own_table;
pub mod own_treemap;
pub mod page_header;
pub mod pagination;
pub mod project_detail;
pub mod project_table;
pub mod range_filters;
pub mod search_box;
pub mod share_bar;
pub mod sort_controls;
pub mod sort_header;
pub mod source_link;
pub mod treemap_chart;
pub mod url_notice;
