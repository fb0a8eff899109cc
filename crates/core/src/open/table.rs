//! The accepted rows of an opened file: every cell as read, and the amounts and dates its
//! schema gives, stored compactly enough for a million rows.
//!
//! Cells are kept as the file wrote them (one text buffer and the end of each cell), so an
//! export gives back the original values; amounts are parsed once into cents beside them.

use super::encoding::Encoding;
use super::schema::{Role, Schema};
use super::value::Cents;
use crate::export::csv_line;
use crate::model::Date;

/// Stands for an unknown amount in the dense amount columns (no parsed amount reaches it).
const UNKNOWN: Cents = Cents::MIN;

/// The rows of an opened file.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The header row, as written.
    pub headers: Vec<String>,
    /// The roles of the columns.
    pub schema: Schema,
    /// The file's encoding, told to the reader.
    pub encoding: Encoding,
    /// The file's delimiter, used again by exports.
    pub delimiter: u8,
    /// Every cell, row after row.
    text: String,
    /// Where each cell ends in `text` (row-major).
    ends: Vec<u32>,
    /// How many rows.
    rows: usize,
    /// The line each row starts on in the file, written only where it is not the line after
    /// the previous row's start (a row of one line after another): (row, line), in row order.
    /// Most files need one entry, where a line number a row would cost 8 MB a million rows.
    line_jumps: Vec<(usize, u64)>,
    /// For each amount column (in column order), its cents per row.
    amounts: Vec<(usize, Vec<Cents>)>,
    /// The date column's dates, when the schema has one.
    dates: Option<(usize, Vec<Option<Date>>)>,
}

/// Why a row could not be stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Full;

impl Table {
    /// An empty table for a file with these headers and schema.
    pub fn new(headers: Vec<String>, schema: Schema, encoding: Encoding, delimiter: u8) -> Table {
        let amounts = schema
            .columns(Role::Amount)
            .map(|c| (c, Vec::new()))
            .collect();
        let dates = schema.columns(Role::Date).next().map(|c| (c, Vec::new()));
        Table {
            headers,
            schema,
            encoding,
            delimiter,
            text: String::new(),
            ends: Vec::new(),
            rows: 0,
            line_jumps: Vec::new(),
            amounts,
            dates,
        }
    }

    /// Adds a row already checked: one cell per header, its amounts (one per amount column,
    /// in column order) and its date. Fails when the cells outgrow the 4 GiB the compact
    /// offsets address; the table is left as it was.
    pub fn push(
        &mut self,
        line: u64,
        cells: &[String],
        amounts: &[Option<Cents>],
        date: Option<Date>,
    ) -> Result<(), Full> {
        let size: usize = cells.iter().map(String::len).sum();
        if u32::try_from(self.text.len() + size).is_err() {
            return Err(Full);
        }
        for cell in cells {
            self.text.push_str(cell);
            self.ends.push(self.text.len() as u32);
        }
        // The line this row would start on after a one-line row: the last jump, moved on.
        let expected = self
            .line_jumps
            .last()
            .map(|&(row, at)| at + (self.rows - row) as u64);
        if expected != Some(line) {
            self.line_jumps.push((self.rows, line));
        }
        self.rows += 1;
        for ((_, column), amount) in self.amounts.iter_mut().zip(amounts) {
            column.push(amount.unwrap_or(UNKNOWN));
        }
        if let Some((_, column)) = &mut self.dates {
            column.push(date);
        }
        Ok(())
    }

    /// Makes room for the cells of a file of `bytes` bytes in one allocation: they take at
    /// most the file's size, and growing by doubling would hold the old and the new buffer at
    /// once (a wasm memory never gives its peak back).
    ///
    /// The per-row arrays are sized for `rows` rows likewise (an estimate: more rows only make
    /// them grow as usual).
    pub fn reserve(&mut self, bytes: u64, rows: usize) {
        let bytes = usize::try_from(bytes)
            .unwrap_or(usize::MAX)
            .min(u32::MAX as usize);
        self.text.reserve(bytes);
        // An estimate gone wrong (a file whose first rows are far shorter than the rest)
        // cannot reserve more than a fraction of the cells' room: past that, the arrays grow
        // as usual.
        let rows = rows.min(bytes / 16);
        self.ends
            .reserve(rows.saturating_mul(self.headers.len()).min(bytes / 8));
        for (_, column) in &mut self.amounts {
            column.reserve(rows);
        }
        if let Some((_, column)) = &mut self.dates {
            column.reserve(rows);
        }
    }

    /// Gives back the room reserved and not used (in place: the index built next can use it,
    /// where a wasm memory would otherwise only grow).
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
        self.line_jumps.shrink_to_fit();
        for (_, column) in &mut self.amounts {
            column.shrink_to_fit();
        }
        if let Some((_, column)) = &mut self.dates {
            column.shrink_to_fit();
        }
    }

    /// How many rows.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether no row was accepted.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The cell of `row` in `column`, as the file wrote it.
    pub fn cell(&self, row: usize, column: usize) -> &str {
        let i = row * self.headers.len() + column;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The line of the file where `row` starts.
    pub fn line(&self, row: usize) -> u64 {
        let jump = self.line_jumps.partition_point(|&(r, _)| r <= row);
        let (from, line) = self.line_jumps[jump.saturating_sub(1)];
        line + (row - from) as u64
    }

    /// The amount of `row` in amount column `column`; `None` when the cell is empty (unknown,
    /// never zero) or the column is not an amount.
    pub fn amount(&self, row: usize, column: usize) -> Option<Cents> {
        let (_, values) = self.amounts.iter().find(|(c, _)| *c == column)?;
        Some(values[row]).filter(|&v| v != UNKNOWN)
    }

    /// The date of `row`, when the schema has a date column and the cell is filled.
    pub fn date(&self, row: usize) -> Option<Date> {
        self.dates.as_ref().and_then(|(_, values)| values[row])
    }

    /// `rows` as CSV with the file's headers and delimiter, each cell as the file wrote it
    /// (formula-like text neutralised), UTF-8 with a byte order mark and CRLF line ends.
    pub fn csv(&self, rows: impl IntoIterator<Item = usize>) -> String {
        let sep = char::from(self.delimiter);
        let mut out = String::from('\u{feff}');
        csv_line(self.headers.iter().map(String::as_str), sep, &mut out);
        for row in rows {
            csv_line(
                (0..self.headers.len()).map(|c| self.cell(row, c)),
                sep,
                &mut out,
            );
        }
        out
    }
}
