//! The messages between the page and the worker that opens a file.
//!
//! The worker holds the file and its index; the page sends what the reader asks and draws
//! what comes back. Queries carry a number so that the page keeps only the answer to the
//! latest one.

use super::address::AddressProblem;
use super::encoding::Encoding;
use super::explore::{Answer, Query};
use super::load::Preview;
use super::report::Report;
use super::schema::Schema;
use super::sniff::NotCsv;
use super::summary::ColumnSummary;
use super::value::Marks;
use serde::{Deserialize, Serialize};

/// Sample rows the preview sends to the mapping panel.
pub const PREVIEW_ROWS: usize = 5;

/// What the page asks the worker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Request {
    /// Read the start of a file and propose a mapping. `url` is a `blob:` address of a file
    /// picked or dropped, or an address on the explorer's site.
    Preview {
        /// Where to read the file.
        url: String,
    },
    /// Read the whole file previewed, with this mapping.
    Load(Schema),
    /// Stop the load in progress.
    Cancel,
    /// Answer a query (numbered by the page).
    Query(u64, Query),
    /// The rows of a query as CSV.
    Export(Query),
}

/// The start of a file, as the mapping panel shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Previewed {
    /// The detected encoding.
    pub encoding: Encoding,
    /// The detected delimiter.
    pub delimiter: u8,
    /// The header row.
    pub headers: Vec<String>,
    /// The first rows (at most [`PREVIEW_ROWS`]).
    pub sample: Vec<Vec<String>>,
    /// The proposed or recognised mapping.
    pub schema: Schema,
    /// What a lone comma means in the file's amounts.
    pub marks: Marks,
    /// The file's size in bytes, when known.
    pub size: Option<u64>,
}

impl Previewed {
    /// Whether the reading of a lone comma changes any amount shown under `schema`: only
    /// then is the reader asked.
    pub fn marks_matter(&self, schema: &Schema) -> bool {
        Marks::matters(schema.amount_cells(&self.sample))
    }

    /// What the panel needs of a preview.
    pub fn of(preview: &Preview, size: Option<u64>) -> Previewed {
        Previewed {
            encoding: preview.encoding,
            delimiter: preview.delimiter,
            headers: preview.headers.clone(),
            sample: preview.sample.iter().take(PREVIEW_ROWS).cloned().collect(),
            schema: preview.schema.clone(),
            marks: preview.marks,
            size,
        }
    }
}

/// How far a load is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    /// Bytes read.
    pub bytes: u64,
    /// The file's size, when known.
    pub total: Option<u64>,
    /// Rows kept so far.
    pub rows: u64,
    /// Rows rejected so far.
    pub rejected: u64,
    /// Milliseconds since the load started.
    pub elapsed_ms: u64,
}

impl Progress {
    /// Estimated milliseconds left, from the pace so far (None until a size and some pace
    /// are known).
    pub fn remaining_ms(&self) -> Option<u64> {
        let total = self.total?;
        if self.bytes == 0 || self.elapsed_ms == 0 || self.bytes > total {
            return None;
        }
        let left = total - self.bytes;
        Some(
            u64::try_from(u128::from(left) * u128::from(self.elapsed_ms) / u128::from(self.bytes))
                .unwrap_or(u64::MAX),
        )
    }

    /// Per mille of the file read, when its size is known.
    pub fn per_mille(&self) -> Option<u64> {
        let total = self.total.filter(|&t| t > 0)?;
        Some((self.bytes.min(total) * 1000) / total)
    }
}

/// What a finished load gives the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loaded {
    /// Counts and the first problems.
    pub report: Report,
    /// Per column: unknowns and ranges.
    pub summary: Vec<ColumnSummary>,
    /// Whether the file outgrew what a table holds.
    pub truncated: bool,
    /// How long reading, checking and indexing took, in milliseconds.
    pub elapsed_ms: u64,
    /// The worker's memory once loaded, in bytes (a wasm memory only grows: its peak).
    pub memory_bytes: u64,
}

/// Why a file could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Failure {
    /// The file is not CSV.
    NotCsv(NotCsv),
    /// The address could not be fetched (its HTTP status, or 0 for a network error).
    Unreachable(u16),
    /// The mapping does not fit the file.
    Mapping,
    /// The address's `data` cannot be followed.
    Address(AddressProblem),
}

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reply {
    /// The start of the file was read.
    Previewed(Previewed),
    /// The file could not be read.
    Failed(Failure),
    /// A load is under way.
    Progress(Progress),
    /// The load finished: queries can be sent.
    Loaded(Loaded),
    /// The load was stopped; the worker holds nothing.
    Cancelled,
    /// The answer to query number `.0`.
    Answer(u64, Answer),
    /// An export, as CSV text.
    Csv(String),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::open::load::preview;
    use crate::open::schema::Role;

    #[test]
    fn time_left_from_the_pace_so_far() {
        let p = Progress {
            bytes: 25,
            total: Some(100),
            elapsed_ms: 1000,
            ..Progress::default()
        };
        assert_eq!(p.remaining_ms(), Some(3000));
        assert_eq!(p.per_mille(), Some(250));
        assert_eq!(Progress::default().remaining_ms(), None);
        assert_eq!(Progress { total: None, ..p }.per_mille(), None);
        assert_eq!(Progress { bytes: 200, ..p }.per_mille(), Some(1000));
    }

    #[test]
    fn the_commas_question_follows_the_amount_columns() {
        let bytes = b"name,code,amount\nA,\"1,500\",\"12,500\"\nB,\"2,750\",800\n";
        let preview = preview(bytes, true).expect("a CSV file");
        let previewed = Previewed::of(&preview, None);
        let mut schema = previewed.schema.clone();
        assert_eq!(schema.columns(Role::Amount).count(), 1);
        assert!(previewed.marks_matter(&schema));
        assert_eq!(schema.marks_or(previewed.marks), Marks::DecimalComma);
        schema.marks = Some(Marks::ThousandsComma);
        assert_eq!(schema.marks_or(previewed.marks), Marks::ThousandsComma);
        // Without an amount column there is nothing to ask.
        schema.roles = vec![Role::Title; 3];
        schema.primary = None;
        assert!(!previewed.marks_matter(&schema));
    }
}
