//! Memory of opening a file, natively: the peak and the lasting heap of each step of the
//! worker's load (reading the rows, indexing them), against the file's size. A wasm memory
//! never gives its peak back, so the peak is what a reader's browser holds.
//!
//! `cargo bench -p ftap-core --bench open_memory` (rows: `BENCH_OWN_ROWS`, default 1000000).
//! The file is the synthetic SCDL-like one of `benches/own_data.mjs`, made here the same way.

use ftap_core::open::explore::Explorer;
use ftap_core::open::load::{preview, Load};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's layout is passed on unchanged.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the pointer was given by `alloc` with this layout.
        unsafe { System.dealloc(ptr, layout) };
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    // The system's own realloc (a shrink stays in place), not a new block and a copy.
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's pointer, layout and size are passed on unchanged.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
            let now = IN_USE.fetch_add(new_size, Ordering::Relaxed) + new_size;
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const WORDS: [&str; 12] = [
    "association",
    "culture",
    "sport",
    "numerique",
    "jeunesse",
    "solidarite",
    "patrimoine",
    "festival",
    "jardin",
    "quartier",
    "ecole",
    "musique",
];

/// The same rows as benches/own_data.mjs (a seeded generator, six columns, `;`, CRLF).
fn synthetic(rows: usize) -> Vec<u8> {
    let mut state = rows as u64 | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let mut out =
        String::from("nomAttribuant;dateConvention;nomBeneficiaire;objet;montant;nature\r\n");
    for i in 0..rows {
        let mut pick = || WORDS[(next() * WORDS.len() as f64) as usize];
        let (a, b, c, d) = (pick(), pick(), pick(), pick());
        let authority = (next() * 60.0) as u32;
        let (year, month, day) = (
            18 + (next() * 7.0) as u32,
            1 + (next() * 9.0) as u32,
            (next() * 9.0) as u32,
        );
        let (euros, cents) = ((next() * 50000.0) as u32, (next() * 90.0) as u32 + 10);
        let nature = if next() < 0.9 {
            "aide en numéraire"
        } else {
            "aide en nature"
        };
        out.push_str(&format!(
            "Commune {authority};20{year}-0{month}-1{day};Association {a} {i};{b} {c} {d};\
             {euros},{cents};{nature}\r\n"
        ));
    }
    out.into_bytes()
}

fn mb(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn main() {
    let rows: usize = std::env::var("BENCH_OWN_ROWS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let file = synthetic(rows);
    let size = file.len();
    let base = IN_USE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let head = &file[..file.len().min(64 * 1024)];
    let preview = preview(head, head.len() == file.len()).expect("the synthetic file is CSV");
    let mut load = Load::new(&preview, preview.schema.clone());
    load.reserve(size as u64);
    for chunk in file.chunks(64 * 1024) {
        load.push(chunk);
    }
    let loaded = load.finish();
    let table_peak = PEAK.load(Ordering::Relaxed) - base;
    let table_heap = IN_USE.load(Ordering::Relaxed) - base;
    let kept = loaded.table.len();
    assert_eq!(kept, rows, "every synthetic row is kept");
    let explorer = Explorer::new(loaded.table);
    let peak = PEAK.load(Ordering::Relaxed) - base;
    let heap = IN_USE.load(Ordering::Relaxed) - base;
    assert!(
        heap > size / 2,
        "the loaded data must be counted ({heap} bytes)"
    );
    println!("opening {rows} synthetic rows ({}), native heap:", mb(size));
    println!(
        "  rows read:  peak {} ({:.2}x the file), then {}",
        mb(table_peak),
        table_peak as f64 / size as f64,
        mb(table_heap)
    );
    println!(
        "  indexed:    peak {} ({:.2}x the file), then {} ({:.2}x)",
        mb(peak),
        peak as f64 / size as f64,
        mb(heap),
        heap as f64 / size as f64
    );
    drop(explorer);
}
