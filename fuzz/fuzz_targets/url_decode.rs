//! Fuzz target: the URL decoder must never panic, and what it accepts must round-trip.
#![no_main]

use ftap_core::catalog::Catalog;
use ftap_core::{url, validate};
use libfuzzer_sys::fuzz_target;

thread_local! {
    // Built once per fuzzing thread: the catalog holds per-query scratch buffers (not Sync).
    static CATALOG: Catalog = Catalog::new(validate::repository_dataset());
}

fuzz_target!(|input: &[u8]| {
    // Browsers hand the app a string; invalid UTF-8 cannot reach it, so it is replaced here.
    let search = String::from_utf8_lossy(input);
    CATALOG.with(|catalog| {
        let (view, _ignored) = url::decode(&search, catalog);
        let again = url::decode(&url::encode(&view), catalog);
        assert_eq!(
            again,
            (view, Vec::new()),
            "a decoded view must encode and decode back"
        );
    });
});
