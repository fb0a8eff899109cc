//! Fuzz target: any bytes, cut in any chunks, must open without a panic, and every row read
//! must be either kept or reported.
#![no_main]

use ftap_core::open::{preview, Encoding, Load, Preview};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &[u8]| {
    // The first byte chooses the chunk size, the rest is the file.
    let Some((&size, file)) = input.split_first() else {
        return;
    };
    let chunk = usize::from(size % 64) + 1;
    let head = &file[..file.len().min(256)];
    let Ok(first) = preview(head, head.len() == file.len()) else {
        return;
    };
    assert_eq!(
        first.schema.check(first.headers.len()),
        Ok(()),
        "a proposal always loads"
    );
    let mut load = Load::new(&first, first.schema.clone());
    for piece in file.chunks(chunk) {
        load.push(piece);
    }
    let loaded = load.finish();
    let table = &loaded.table;
    assert_eq!(loaded.report.accepted, table.len() as u64);
    for row in 0..table.len() {
        for column in 0..table.headers.len() {
            let _ = table.cell(row, column);
        }
    }
    // An export reads back as many rows, with the settings it was written with (sniffing
    // it again could call it binary: the rows kept may hold more control bytes in proportion).
    if table.is_empty() {
        return;
    }
    let exported = table.csv(0..table.len());
    let written = Preview {
        encoding: Encoding::Utf8Bom,
        delimiter: table.delimiter,
        headers: table.headers.clone(),
        sample: Vec::new(),
        schema: table.schema.clone(),
        // The export keeps every cell as the file wrote it: its amounts read as before.
        marks: first.marks,
    };
    let mut load = Load::new(&written, table.schema.clone());
    load.push(exported.as_bytes());
    assert_eq!(load.finish().table.len(), table.len(), "{exported:?}");
});
