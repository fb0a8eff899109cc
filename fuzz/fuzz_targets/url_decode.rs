//! Fuzz target: the URL decoder must never panic, and what it accepts must round-trip.
#![no_main]

use explorateur_ftap::{data, url};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fuzz_target!(|input: &[u8]| {
    static DATA: OnceLock<explorateur_ftap::model::Dataset> = OnceLock::new();
    let data = DATA.get_or_init(data::dataset);
    // Browsers hand the app a string; invalid UTF-8 cannot reach it, so it is replaced here.
    let search = String::from_utf8_lossy(input);
    let (view, _ignored) = url::decode(&search, data);
    let again = url::decode(&url::encode(&view), data);
    assert_eq!(again, (view, Vec::new()), "a decoded view must encode and decode back");
});
