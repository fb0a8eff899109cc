//! Fuzz target: whatever the headers and values, the proposed mapping is one the loader
//! accepts (one title, at most one date and id, a primary amount when there are amounts).
#![no_main]

use ftap_core::open::infer::infer;
use ftap_core::open::Schema;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    // Lines are rows, `|` separates values: the first line is the header.
    let text = String::from_utf8_lossy(input);
    let mut rows = text
        .split('\n')
        .map(|line| line.split('|').map(str::to_owned).collect::<Vec<_>>());
    let Some(headers) = rows.next() else {
        return;
    };
    let sample: Vec<Vec<String>> = rows.collect();
    let schema = infer(&headers, &sample);
    assert_eq!(schema.check(headers.len()), Ok(()), "{schema:?}");
    if let Some(known) = Schema::recognise(&headers) {
        assert_eq!(known.check(headers.len()), Ok(()), "{known:?}");
    }
});
