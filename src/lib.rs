//! Explorateur FTAP, the web app: the Yew user interface over the pure core (`ftap_core`).
//!
//! [`store`] holds the view state and hands it down through context; [`hooks`] are the
//! page's effects (address bar, shortcuts, theme, focus, live region); [`components`] lay out
//! what the core computed; [`web`] is the thin layer over browser APIs; [`data`] is the dataset
//! the build script validated and embedded; [`open_worker`] reads a reader's own CSV file in a
//! Web Worker, and [`own_module`] brings in the separate app that explores it
//! (`src/bin/open-app.rs`) when a file is first opened.

pub mod components;
pub mod data;
pub mod error_panel;
pub mod file_drop;
pub mod hooks;
pub mod open_worker;
pub mod own_module;
pub mod store;
pub mod web;

/// Makes `talc` the allocator of the binary it is written in: the page's app and its benchmark
/// twin (`src/bin/bench-app.rs`), so that both allocate alike. Against the standard
/// library's dlmalloc it takes about 5 kB off the wasm (2 kB gzip) and times the same within
/// the noise (BENCHMARKS.md, 30 Nov evening). The worker keeps dlmalloc: its timings at a
/// million rows were measured with it.
#[macro_export]
macro_rules! page_allocator {
    () => {
        #[cfg(target_arch = "wasm32")]
        #[global_allocator]
        static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
    };
}
