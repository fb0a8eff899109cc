//! What kind of file was opened: CSV or not, and which delimiter it uses.
//!
//! Only the first chunk of the file is looked at, so that a wrong file is told at once and a
//! large one is never read twice before the reader knows how to split it.

use serde::{Deserialize, Serialize};

/// Why an opened file is not read as CSV (the current dataset stays in place).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NotCsv {
    /// The file is empty or holds only blank space.
    Empty,
    /// An Excel or OpenDocument workbook (a zip archive or an old `.xls`): it must be saved as
    /// CSV first.
    Workbook,
    /// A web page or XML document, often a download that returned an error page.
    Markup,
    /// Binary content (an image, a PDF, an archive …).
    Binary,
}

impl NotCsv {
    /// A stable name for tests and messages.
    pub fn key(self) -> &'static str {
        match self {
            NotCsv::Empty => "empty",
            NotCsv::Workbook => "workbook",
            NotCsv::Markup => "markup",
            NotCsv::Binary => "binary",
        }
    }
}

/// The delimiters a CSV file may use, in the order preferred when the evidence is equal.
pub const DELIMITERS: [u8; 3] = [b';', b',', b'\t'];

/// How many records of the head the delimiter is chosen on.
const SNIFFED_RECORDS: usize = 50;

/// Tells whether `head`, the first bytes of a file, can be CSV text.
pub fn check(head: &[u8]) -> Result<(), NotCsv> {
    let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    // Zip (xlsx, ods) and the compound file of an old .xls.
    if text.starts_with(b"PK\x03\x04") || text.starts_with(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") {
        return Err(NotCsv::Workbook);
    }
    let start = text.iter().position(|b| !b.is_ascii_whitespace());
    let Some(start) = start else {
        return Err(NotCsv::Empty);
    };
    // Control characters other than tab and line ends do not occur in text.
    let controls = text
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
        .count();
    if text.contains(&0) || controls * 100 > text.len() {
        return Err(NotCsv::Binary);
    }
    let opening: Vec<u8> = text[start..]
        .iter()
        .take(15)
        .map(u8::to_ascii_lowercase)
        .collect();
    if [&b"<!doctype"[..], b"<html", b"<?xml", b"<head", b"<body"]
        .iter()
        .any(|tag| opening.starts_with(tag))
    {
        return Err(NotCsv::Markup);
    }
    Ok(())
}

/// Chooses the delimiter of `head`: the one that splits the first records into the same
/// number of fields as the header, most often; `,` when none splits anything.
pub fn delimiter(head: &[u8]) -> u8 {
    let counts = DELIMITERS.map(|d| per_record(head, d));
    let score = |i: usize| {
        let records = &counts[i];
        let header = records.first().copied().unwrap_or(0);
        let same = records.iter().filter(|&&n| n == header).count();
        // Records split like the header first, then the wider header.
        (header > 0, same, header)
    };
    let best = (0..DELIMITERS.len())
        .max_by(|&a, &b| score(a).cmp(&score(b)).then(b.cmp(&a)))
        .unwrap_or(0);
    if score(best).0 {
        DELIMITERS[best]
    } else {
        b','
    }
}

/// How many times `delimiter` occurs outside quotes in each of the first records of `head`.
/// The last record is left out unless it ends the text: the chunk may have cut it.
fn per_record(head: &[u8], delimiter: u8) -> Vec<usize> {
    let mut counts = Vec::new();
    let (mut quoted, mut count, mut blank) = (false, 0, true);
    for &byte in head {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => {
                if !blank {
                    counts.push(count);
                    if counts.len() == SNIFFED_RECORDS {
                        return counts;
                    }
                }
                (count, blank) = (0, true);
                continue;
            }
            _ if byte == delimiter && !quoted => count += 1,
            _ => {}
        }
        blank = false;
    }
    if counts.is_empty() && !blank {
        counts.push(count);
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_csv() {
        assert_eq!(check(b"nom;montant\nA;1\n"), Ok(()));
        assert_eq!(check(b"\xef\xbb\xbfa,b"), Ok(()));
        assert_eq!(check(b"Pr\xe9fecture;1"), Ok(()));
    }

    #[test]
    fn what_is_not_csv_says_why() {
        assert_eq!(check(b""), Err(NotCsv::Empty));
        assert_eq!(check(b" \r\n\t\n"), Err(NotCsv::Empty));
        assert_eq!(check(b"\xef\xbb\xbf\n"), Err(NotCsv::Empty));
        assert_eq!(check(b"PK\x03\x04\x14\x00"), Err(NotCsv::Workbook));
        assert_eq!(
            check(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest"),
            Err(NotCsv::Workbook)
        );
        assert_eq!(check(b"  <!DOCTYPE html><html>"), Err(NotCsv::Markup));
        assert_eq!(check(b"<?xml version=\"1.0\"?>"), Err(NotCsv::Markup));
        assert_eq!(check(b"%PDF-1.7\n\x00\x01\x02"), Err(NotCsv::Binary));
        assert_eq!(check(b"\x89PNG\r\n\x1a\n\x00\x00"), Err(NotCsv::Binary));
    }

    #[test]
    fn a_text_starting_with_a_tag_like_cell_is_still_csv() {
        assert_eq!(check(b"<b>;montant\n"), Ok(()));
    }

    #[test]
    fn the_delimiter_that_splits_like_the_header() {
        assert_eq!(delimiter(b"a;b;c\n1;2;3\n4;5;6\n"), b';');
        assert_eq!(delimiter(b"a,b,c\r\n1,2,3\r\n"), b',');
        assert_eq!(delimiter(b"a\tb\n1\t2\n"), b'\t');
        // French decimals hold commas, the semicolons split the records.
        assert_eq!(delimiter(b"nom;montant\nA;1,5\nB;2,25\nC;3\n"), b';');
        // Delimiters inside quotes do not count, even across lines.
        assert_eq!(delimiter(b"nom,objet\nA,\"x; y;\nz; w\"\nB,c\n"), b',');
    }

    #[test]
    fn one_column_reads_as_comma_separated() {
        assert_eq!(delimiter(b"nom\nA\nB\n"), b',');
        assert_eq!(delimiter(b""), b',');
    }
}
