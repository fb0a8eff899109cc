//! Median timings of the core at 1k–1M synthetic rows, printed as a Markdown table: index
//! build, per-query time over the 50 benchmark queries, and the full keystroke pipeline
//! (query + ranges + facets + totals + sort). Criterion (`benches/engine.rs`) gives means and
//! confidence intervals; this gives the medians BENCHMARKS.md reports.
//! `cargo bench --bench medians`; sizes with BENCH_SIZES=1000,10000.

use ftap_core::catalog::Catalog;
use ftap_core::search::{self, Options, Positions, SearchIndex};
use ftap_core::state::ViewState;
use ftap_core::synth::{generate, QUERIES};
use std::hint::black_box;
use std::time::Instant;

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    let m = xs.len() / 2;
    if xs.len() % 2 == 1 {
        xs[m]
    } else {
        (xs[m - 1] + xs[m]) / 2.0
    }
}

fn ms<T>(f: impl FnOnce() -> T) -> (f64, T) {
    let start = Instant::now();
    let out = f();
    (start.elapsed().as_secs_f64() * 1e3, out)
}

fn main() {
    // `cargo bench` passes --bench; nothing else to parse.
    let sizes: Vec<usize> = std::env::var("BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000, 1_000_000]);
    let aliases = ftap_core::validate::repository_dataset().aliases;
    println!("| rows | index build (ms) | query, median of 50 (ms) | slowest query (ms) | keystroke pipeline, median of 50 (ms) |");
    println!("|---:|---:|---:|---:|---:|");
    for n in sizes {
        let data = generate(n, 42, &aliases);
        let builds = if n >= 1_000_000 { 3 } else { 5 };
        let build = median(
            (0..builds)
                .map(|_| {
                    ms(|| SearchIndex::new(&data.projects[..], &data.aliases, Positions::Kept)).0
                })
                .collect(),
        );
        let index = SearchIndex::new(&data.projects[..], &data.aliases, Positions::Kept);
        let reps = if n >= 1_000_000 { 3 } else { 9 };
        let per_query: Vec<(f64, &str)> = QUERIES
            .iter()
            .map(|q| {
                let parsed = search::parse(q);
                let times = (0..reps)
                    .map(|_| {
                        ms(|| {
                            let mut hits = index
                                .search(&data.projects[..], &parsed, Options::default())
                                .hits;
                            search::rank(&mut hits);
                            black_box(hits)
                        })
                        .0
                    })
                    .collect();
                (median(times), *q)
            })
            .collect();
        let slowest = per_query
            .iter()
            .copied()
            .fold((0.0, ""), |a, b| if b.0 > a.0 { b } else { a });
        let query = median(per_query.iter().map(|(t, _)| *t).collect());
        let catalog = Catalog::new(data);
        let pipeline = median(
            QUERIES
                .iter()
                .map(|q| {
                    let view = ViewState {
                        query: q.to_string(),
                        ..ViewState::default()
                    };
                    median(
                        (0..reps)
                            .map(|_| {
                                ms(|| {
                                    // The key figures are part of the results.
                                    black_box(catalog.results(&view.row_query()))
                                })
                                .0
                            })
                            .collect(),
                    )
                })
                .collect(),
        );
        println!(
            "| {n} | {build:.1} | {query:.3} | {:.2} (`{}`) | {pipeline:.3} |",
            slowest.0,
            slowest.1.trim()
        );
    }
}
