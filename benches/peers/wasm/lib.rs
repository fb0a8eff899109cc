//! The search engine of Explorateur FTAP, exposed to Node for `benches/peers/run.mjs`.

use ftap_core::export;
use ftap_core::i18n::Lang;
use ftap_core::model::Dataset;
use ftap_core::search::{self, Options, Positions, SearchIndex};
use ftap_core::synth;
use wasm_bindgen::prelude::*;

/// The synthetic projects as JSON (the columns of data/projects.csv), for the JS libraries.
#[wasm_bindgen]
pub fn dataset_json(n: usize, seed: u64) -> String {
    let data = synth::generate(n, seed, &[]);
    let rows: Vec<usize> = (0..n).collect();
    export::json(&data, &rows, Lang::Fr)
}

/// The 50 benchmark queries, as a JSON array of strings.
#[wasm_bindgen]
pub fn queries_json() -> String {
    let quoted: Vec<String> = synth::QUERIES
        .iter()
        .map(|q| format!("\"{}\"", q.replace('\\', "\\\\").replace('"', "\\\"")))
        .collect();
    format!("[{}]", quoted.join(","))
}

/// A generated dataset and, once built, its index.
#[wasm_bindgen]
pub struct Engine {
    data: Dataset,
    index: Option<SearchIndex>,
}

#[wasm_bindgen]
impl Engine {
    /// Generates the same projects as `dataset_json(n, seed)` (no acronyms: the JS
    /// libraries have none either).
    #[wasm_bindgen(constructor)]
    pub fn new(n: usize, seed: u64) -> Engine {
        Engine {
            data: synth::generate(n, seed, &[]),
            index: None,
        }
    }

    /// Builds the index (timed by the caller).
    pub fn build_index(&mut self) {
        self.index = Some(SearchIndex::new(
            &self.data.projects[..],
            &[],
            Positions::Kept,
        ));
    }

    /// Runs a query and returns the matching project ids ranked best first; `exact` turns
    /// prefix and typo matching off.
    pub fn search(&self, query: &str, exact: bool) -> Vec<u32> {
        let Some(index) = &self.index else {
            return Vec::new();
        };
        let options = if exact {
            Options {
                prefix: false,
                fuzzy: false,
            }
        } else {
            Options::default()
        };
        let mut hits = index
            .search(&self.data.projects[..], &search::parse(query), options)
            .hits;
        search::rank(&mut hits);
        hits.into_iter().map(|h| h.doc).collect()
    }
}
