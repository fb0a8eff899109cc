//! Criterion benchmarks of the explorer's core at 1k, 10k, 100k and 1M synthetic rows:
//! index build, the 50 benchmark queries, the full keystroke pipeline (query + ranges +
//! facets + sort), facet counting and sorting. `BENCH_SIZES=1000,10000` limits the sizes.
//!
//! Run with `make bench` (or `cargo bench --bench engine`).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use ftap_core::catalog::Catalog;
use ftap_core::facets::{Facet, FacetIndex, Selection};
use ftap_core::search::{self, Options, Positions, SearchIndex};
use ftap_core::sort::{Column, Direction, SortKey};
use ftap_core::state::{RowQuery, PAGE_SIZE};
use ftap_core::synth::{generate, QUERIES};
use std::hint::black_box;
use std::time::Duration;

fn sizes() -> Vec<usize> {
    std::env::var("BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000, 1_000_000])
}

fn aliases() -> Vec<ftap_core::model::Alias> {
    ftap_core::validate::repository_dataset().aliases
}

fn engine(c: &mut Criterion) {
    for n in sizes() {
        let data = generate(n, 42, &aliases());
        let big = n >= 100_000;
        let mut group = c.benchmark_group(format!("rows_{n}"));
        group.sample_size(if big { 10 } else { 30 });
        group.measurement_time(Duration::from_secs(if n >= 1_000_000 { 60 } else { 5 }));

        group.bench_function("index_build", |b| {
            b.iter(|| SearchIndex::new(&data.projects[..], &data.aliases, Positions::Kept))
        });

        let catalog = Catalog::new(data.clone());
        let index = SearchIndex::new(&data.projects[..], &data.aliases, Positions::Kept);
        let parsed: Vec<_> = QUERIES.iter().map(|q| search::parse(q)).collect();
        group.throughput(Throughput::Elements(QUERIES.len() as u64));
        group.bench_function(BenchmarkId::new("query_x50", "ranked"), |b| {
            b.iter(|| {
                for q in &parsed {
                    let mut hits = index.search(&data.projects[..], q, Options::default()).hits;
                    search::rank(&mut hits);
                    black_box(hits);
                }
            })
        });
        group.bench_function(BenchmarkId::new("pipeline_x50", "query+facets+sort"), |b| {
            let views: Vec<RowQuery> = QUERIES
                .iter()
                .map(|q| RowQuery {
                    query: q.to_string(),
                    ..RowQuery::default()
                })
                .collect();
            b.iter(|| {
                for v in &views {
                    black_box(catalog.results(v));
                }
            })
        });
        group.throughput(Throughput::Elements(1));

        let facets = FacetIndex::new(&data);
        let all: Vec<usize> = (0..n).collect();
        let mut selection = Selection::new();
        selection
            .entry(Facet::Year)
            .or_default()
            .insert("2020".into());
        group.bench_function("facet_counts_all_rows", |b| {
            b.iter(|| {
                facets.apply(&all, &selection, |d| {
                    (data.projects[d].count, data.projects[d].ftap_eur)
                })
            })
        });

        let sorted = RowQuery {
            sort: vec![
                SortKey {
                    column: Column::Ministry,
                    direction: Direction::Asc,
                },
                SortKey {
                    column: Column::Ftap,
                    direction: Direction::Desc,
                },
            ],
            ..RowQuery::default()
        };
        // The table reads the first page; an export reads every row in order.
        group.bench_function("sorted_view_first_page_2_keys", |b| {
            b.iter(|| catalog.results(&sorted).rows.first(PAGE_SIZE))
        });
        group.bench_function("sorted_view_all_rows_2_keys", |b| {
            b.iter(|| catalog.results(&sorted).rows.all())
        });
        group.finish();
    }
}

criterion_group!(benches, engine);
criterion_main!(benches);
