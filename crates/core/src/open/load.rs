//! Loading an opened file: a preview from its first chunk, then every row checked against
//! the schema the reader confirmed, chunk after chunk.
//!
//! The preview says how the file is written (encoding, delimiter), gives its headers and a
//! sample, and proposes a schema; loading reads the file again from its start with that
//! schema, keeps the rows it can read and reports the others with their line.

use super::encoding::Encoding;
use super::infer::infer;
use super::reader::{Record, RecordReader};
use super::report::{Problem, ProblemKind, Report};
use super::schema::{Role, Schema};
use super::sniff::{self, NotCsv};
use super::table::Table;
use super::value::{parse_amount_in, parse_date, Cents, Marks};

/// Rows of the first chunk the schema is proposed from.
pub const SAMPLE_ROWS: usize = 1000;

/// How a file is written and what it seems to hold, from its first chunk.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The detected encoding.
    pub encoding: Encoding,
    /// The detected delimiter.
    pub delimiter: u8,
    /// The first record's fields.
    pub headers: Vec<String>,
    /// The next records with as many fields as the header (at most [`SAMPLE_ROWS`]), as
    /// decoded text.
    pub sample: Vec<Vec<String>>,
    /// A known schema if the headers are one, else a proposal.
    pub schema: Schema,
    /// What a lone comma means in the file's amounts, from the sample's amount columns.
    pub marks: Marks,
}

/// Reads the first chunk of a file. `complete` says whether `head` is the whole file.
pub fn preview(head: &[u8], complete: bool) -> Result<Preview, NotCsv> {
    sniff::check(head)?;
    let encoding = Encoding::detect(head, complete);
    let delimiter = sniff::delimiter(head);
    let mut reader = RecordReader::new(delimiter);
    let mut records: Vec<Vec<String>> = Vec::new();
    let keep = |records: &mut Vec<Vec<String>>, r: Record<'_>| {
        if records.len() <= SAMPLE_ROWS {
            records.push(
                r.fields()
                    .map(|f| encoding.decode(f).into_owned())
                    .collect(),
            );
        }
    };
    reader.push(head, &mut |r| keep(&mut records, r));
    // The record cut by the end of an incomplete chunk is left out, unless it is the header.
    if complete || records.is_empty() {
        reader.finish(&mut |r| keep(&mut records, r));
    }
    let mut records = records.into_iter();
    let headers = records.next().ok_or(NotCsv::Empty)?;
    // Rows split wrong are reported when loading; they would only mislead the proposal.
    let sample: Vec<Vec<String>> = records.filter(|r| r.len() == headers.len()).collect();
    let schema = Schema::recognise(&headers).unwrap_or_else(|| infer(&headers, &sample));
    let marks = Marks::of(schema.amount_cells(&sample));
    Ok(Preview {
        encoding,
        delimiter,
        headers,
        sample,
        schema,
        marks,
    })
}

/// A load in progress: give it the file's chunks in order, then finish it.
pub struct Load {
    reader: RecordReader,
    rows: Rows,
    /// Bytes a row takes in the file, as the preview's rows suggest (0: no row to go by).
    row_bytes: usize,
}

/// A loaded file: its rows and what was rejected.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The accepted rows.
    pub table: Table,
    /// The counts and problems.
    pub report: Report,
    /// Whether the file was larger than a table holds (4 GiB of text): the rows after are
    /// not loaded.
    pub truncated: bool,
}

impl Load {
    /// Starts loading a file previewed as `preview`, with the schema the reader confirmed
    /// (checked against the headers: see [`Schema::check`]).
    pub fn new(preview: &Preview, schema: Schema) -> Load {
        let marks = schema.marks_or(preview.marks);
        let table = Table::new(
            preview.headers.clone(),
            schema,
            preview.encoding,
            preview.delimiter,
        );
        // Each row's cells, its delimiters and a line break.
        let sampled: usize = preview
            .sample
            .iter()
            .map(|row| row.iter().map(String::len).sum::<usize>() + row.len() + 1)
            .sum();
        Load {
            row_bytes: sampled / preview.sample.len().max(1),
            reader: RecordReader::new(preview.delimiter),
            rows: Rows {
                table,
                report: Report::default(),
                past_header: false,
                full: false,
                cells: Vec::new(),
                amounts: Vec::new(),
                marks,
            },
        }
    }

    /// Makes room for a file of `bytes` bytes at once (see [`Table::reserve`]), and for as
    /// many rows as the preview's suggest, a twentieth more.
    pub fn reserve(&mut self, bytes: u64) {
        let rows = match self.row_bytes {
            0 => 0,
            per_row => {
                usize::try_from(bytes / per_row as u64)
                    .unwrap_or(usize::MAX)
                    .saturating_mul(21)
                    / 20
            }
        };
        self.rows.table.reserve(bytes, rows);
    }

    /// Reads the next chunk of the file.
    pub fn push(&mut self, chunk: &[u8]) {
        let rows = &mut self.rows;
        self.reader.push(chunk, &mut |record| rows.take(record));
    }

    /// Rows accepted and rejected so far (for the progress bar).
    pub fn counts(&self) -> (u64, u64) {
        (self.rows.report.accepted, self.rows.report.rejected)
    }

    /// Ends the file and gives what was loaded.
    pub fn finish(mut self) -> Loaded {
        let rows = &mut self.rows;
        self.reader.finish(&mut |record| rows.take(record));
        let mut table = self.rows.table;
        table.shrink_to_fit();
        Loaded {
            table,
            report: self.rows.report,
            truncated: self.rows.full,
        }
    }
}

/// Where the records of a load go, and the buffers reused from row to row.
struct Rows {
    table: Table,
    report: Report,
    /// Whether the header record was passed (it is read again, not stored twice).
    past_header: bool,
    /// Set when the table is full: the rest of the file is not read.
    full: bool,
    cells: Vec<String>,
    amounts: Vec<Option<Cents>>,
    /// What a lone comma means in amounts.
    marks: Marks,
}

impl Rows {
    /// Checks one record and keeps it or reports it.
    fn take(&mut self, record: Record<'_>) {
        if !std::mem::replace(&mut self.past_header, true) || self.full {
            return;
        }
        let expected = self.table.headers.len();
        if record.len() != expected {
            let problem = ProblemKind::FieldCount {
                expected,
                found: record.len(),
            };
            self.report
                .reject([Problem::new(record.line, None, problem, "")]);
            return;
        }
        let encoding = self.table.encoding;
        self.cells.clear();
        for field in record.fields() {
            if encoding != Encoding::Windows1252 && std::str::from_utf8(field).is_err() {
                self.report.replaced += 1;
            }
            self.cells.push(encoding.decode(field).into_owned());
        }
        let mut problems = Vec::new();
        let schema = &self.table.schema;
        if let Some(title) = schema.title() {
            if self.cells[title].trim().is_empty() {
                problems.push(Problem::new(
                    record.line,
                    Some(title),
                    ProblemKind::EmptyTitle,
                    "",
                ));
            }
        }
        self.amounts.clear();
        for column in schema.columns(Role::Amount) {
            let cell = self.cells[column].trim();
            let amount = parse_amount_in(cell, self.marks);
            if amount.is_none() && !cell.is_empty() {
                problems.push(Problem::new(
                    record.line,
                    Some(column),
                    ProblemKind::BadAmount,
                    cell,
                ));
            }
            self.amounts.push(amount);
        }
        let mut date = None;
        if let Some(column) = schema.columns(Role::Date).next() {
            let cell = self.cells[column].trim();
            date = parse_date(cell);
            if date.is_none() && !cell.is_empty() {
                problems.push(Problem::new(
                    record.line,
                    Some(column),
                    ProblemKind::BadDate,
                    cell,
                ));
            }
        }
        if !problems.is_empty() {
            self.report.reject(problems);
            return;
        }
        match self
            .table
            .push(record.line, &self.cells, &self.amounts, date)
        {
            Ok(()) => self.report.accepted += 1,
            Err(_) => self.full = true,
        }
    }
}
