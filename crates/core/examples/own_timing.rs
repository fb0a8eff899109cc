use ftap_core::open::explore::{Explorer, Query};
use ftap_core::open::{preview, Load};
use std::time::Instant;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    let t = Instant::now();
    let first = preview(&bytes[..65536.min(bytes.len())], false).unwrap();
    println!("roles {:?}", first.schema.roles);
    let mut load = Load::new(&first, first.schema.clone());
    load.reserve(bytes.len() as u64);
    for c in bytes.chunks(65536) {
        load.push(c);
    }
    let loaded = load.finish();
    let t_load = t.elapsed();
    let e = Explorer::new(loaded.table);
    println!("load {:?} index {:?}", t_load, t.elapsed() - t_load);
    for q in [
        "f",
        "fe",
        "fes",
        "festival",
        "jardin quartier",
        "solidarte",
        "",
    ] {
        let query = Query {
            text: q.into(),
            ..Query::default()
        };
        let t = Instant::now();
        let mut n = 0;
        for _ in 0..5 {
            n = e.answer(&query).totals.rows;
        }
        println!("{q:>16}: {:?} ({n} rows)", t.elapsed() / 5);
    }
}
