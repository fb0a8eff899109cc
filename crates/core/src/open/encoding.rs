//! The text encoding of an opened file, and decoding its fields.
//!
//! French spreadsheets write CSV in UTF-8 (often with a byte order mark) or in Windows-1252
//! (Excel's « CSV (séparateur : point-virgule) » on Windows). Both keep ASCII as is, so the
//! reader splits fields on bytes and each field is decoded afterwards.

use serde::{Deserialize, Serialize};

use std::borrow::Cow;

/// An encoding the explorer reads, detected from the start of the file and told to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Encoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 starting with a byte order mark (skipped, not part of the first header).
    Utf8Bom,
    /// Windows-1252, the Western European code page of older spreadsheets.
    Windows1252,
}

/// The byte order mark of UTF-8.
const BOM: &[u8] = b"\xef\xbb\xbf";

/// What Windows-1252 puts at bytes 0x80 to 0x9F, where it differs from Latin-1 (the bytes it
/// leaves undefined map to the control character of the same number, as browsers do).
const CP1252_HIGH: [char; 32] = [
    '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}',
    '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
];

impl Encoding {
    /// Detects the encoding from the first bytes of a file. `complete` says whether `head`
    /// is the whole file: if not, a UTF-8 sequence cut by the end of `head` is not an error.
    pub fn detect(head: &[u8], complete: bool) -> Encoding {
        if head.starts_with(BOM) {
            return Encoding::Utf8Bom;
        }
        match std::str::from_utf8(head) {
            Ok(_) => Encoding::Utf8,
            // A sequence cut at the end of the chunk, not a wrong one.
            Err(e) if e.error_len().is_none() && !complete => Encoding::Utf8,
            Err(_) => Encoding::Windows1252,
        }
    }

    /// A stable name for messages and the address (`utf-8`, `utf-8-bom`, `windows-1252`).
    pub fn key(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Windows1252 => "windows-1252",
        }
    }

    /// Decodes one field. Invalid UTF-8 in a UTF-8 file becomes U+FFFD: the rest of the
    /// field and of the row stay readable.
    pub fn decode(self, bytes: &[u8]) -> Cow<'_, str> {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => String::from_utf8_lossy(bytes),
            Encoding::Windows1252 => match std::str::from_utf8(bytes) {
                Ok(ascii) if bytes.is_ascii() => Cow::Borrowed(ascii),
                _ => Cow::Owned(bytes.iter().map(|&b| cp1252_char(b)).collect()),
            },
        }
    }
}

/// The character Windows-1252 gives to one byte.
fn cp1252_char(byte: u8) -> char {
    match byte {
        0x80..=0x9f => CP1252_HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_mark() {
        assert_eq!(
            Encoding::detect("Préfecture;1".as_bytes(), true),
            Encoding::Utf8
        );
        assert_eq!(
            Encoding::detect(b"\xef\xbb\xbfa;b", true),
            Encoding::Utf8Bom
        );
        assert_eq!(Encoding::detect(b"", true), Encoding::Utf8);
    }

    #[test]
    fn latin_bytes_are_windows_1252() {
        // « Préfecture » as Excel writes it on Windows.
        let head = b"Pr\xe9fecture;\x80 100";
        assert_eq!(Encoding::detect(head, true), Encoding::Windows1252);
        assert_eq!(Encoding::Windows1252.decode(head), "Préfecture;€ 100");
    }

    #[test]
    fn a_sequence_cut_by_the_chunk_end_is_still_utf8() {
        let text = "Métropole".as_bytes();
        // Cut inside « é » (two bytes).
        let cut = &text[..2];
        assert_eq!(Encoding::detect(cut, false), Encoding::Utf8);
        assert_eq!(Encoding::detect(cut, true), Encoding::Windows1252);
    }

    #[test]
    fn invalid_utf8_is_replaced_not_dropped() {
        assert_eq!(Encoding::Utf8.decode(b"a\xffb"), "a\u{fffd}b");
    }

    #[test]
    fn windows_1252_matches_the_whatwg_table() {
        // encoding_rs implements the WHATWG Encoding Standard that browsers follow.
        for byte in 0..=255u8 {
            let bytes = [byte];
            let (expected, _, _) = encoding_rs::WINDOWS_1252.decode(&bytes);
            assert_eq!(
                Encoding::Windows1252.decode(&bytes),
                expected,
                "byte {byte:#04x}"
            );
        }
    }
}
