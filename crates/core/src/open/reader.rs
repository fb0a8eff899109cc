//! Records read from a file given in chunks, each with the line it starts on.
//!
//! The file arrives in pieces (a worker reads it slice by slice), so the reader keeps the
//! record being read across pieces. `csv-core` does the splitting: `"` quoting with `""`
//! escapes, line breaks inside quotes, LF, CRLF or CR line ends, blank lines skipped.

use csv_core::{ReadRecordResult, Reader, ReaderBuilder};

/// One record: the line of the file it starts on and its fields as raw bytes.
#[derive(Debug, Clone, Copy)]
pub struct Record<'a> {
    /// 1-based line of the file where the record starts.
    pub line: u64,
    bytes: &'a [u8],
    ends: &'a [usize],
}

impl<'a> Record<'a> {
    /// How many fields the record has.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the record has no field (never the case for a record read from text).
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The fields' bytes, unquoted, in order.
    pub fn fields(&self) -> impl Iterator<Item = &'a [u8]> + '_ {
        let bytes = self.bytes;
        let mut start = 0;
        self.ends.iter().map(move |&end| {
            let field = &bytes[start..end];
            start = end;
            field
        })
    }
}

/// Splits CSV given in chunks into records.
pub struct RecordReader {
    core: Reader,
    out: Vec<u8>,
    ends: Vec<usize>,
    /// Bytes and ends of the record read so far (it may continue in the next chunk).
    out_len: usize,
    ends_len: usize,
    /// Whether the last byte consumed was a line feed (it ends the line of the record).
    after_lf: bool,
}

impl RecordReader {
    /// A reader for fields separated by `delimiter`.
    pub fn new(delimiter: u8) -> RecordReader {
        RecordReader {
            core: ReaderBuilder::new().delimiter(delimiter).build(),
            out: vec![0; 1024],
            ends: vec![0; 16],
            out_len: 0,
            ends_len: 0,
            after_lf: false,
        }
    }

    /// Reads the records that end in `chunk`, calling `each` on them; a record cut by the end
    /// of the chunk is finished by the next call or by [`RecordReader::finish`].
    pub fn push(&mut self, mut chunk: &[u8], each: &mut impl FnMut(Record<'_>)) {
        while !chunk.is_empty() {
            let consumed = self.step(chunk, each);
            chunk = &chunk[consumed..];
        }
    }

    /// Ends the file: the last record, if it has no line end, is given to `each`.
    pub fn finish(&mut self, each: &mut impl FnMut(Record<'_>)) {
        self.step(&[], each);
    }

    /// One call of the parser; returns how many bytes of `input` it consumed.
    fn step(&mut self, input: &[u8], each: &mut impl FnMut(Record<'_>)) -> usize {
        let (result, consumed, written, ended) = self.core.read_record(
            input,
            &mut self.out[self.out_len..],
            &mut self.ends[self.ends_len..],
        );
        self.out_len += written;
        self.ends_len += ended;
        if consumed > 0 {
            self.after_lf = input[consumed - 1] == b'\n';
        }
        match result {
            ReadRecordResult::OutputFull => self.out.resize(self.out.len() * 2, 0),
            ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
            ReadRecordResult::Record => {
                let bytes = &self.out[..self.out_len];
                // The parser counts every line feed read, those inside quotes too: the record
                // starts as many lines above its last one as it holds line feeds.
                let last_line = self.core.line() - u64::from(self.after_lf);
                let inner = bytes.iter().filter(|&&b| b == b'\n').count() as u64;
                each(Record {
                    line: last_line.saturating_sub(inner),
                    bytes,
                    ends: &self.ends[..self.ends_len],
                });
                self.out_len = 0;
                self.ends_len = 0;
            }
            ReadRecordResult::InputEmpty | ReadRecordResult::End => {}
        }
        consumed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record of `text` read in chunks of `size` bytes, as (line, fields).
    fn read(text: &[u8], size: usize) -> Vec<(u64, Vec<String>)> {
        let mut reader = RecordReader::new(b',');
        let mut records = Vec::new();
        let mut each = |r: Record<'_>| {
            let fields = r
                .fields()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect();
            records.push((r.line, fields));
        };
        for chunk in text.chunks(size.max(1)) {
            reader.push(chunk, &mut each);
        }
        reader.finish(&mut each);
        records
    }

    fn rec(line: u64, fields: &[&str]) -> (u64, Vec<String>) {
        (line, fields.iter().map(|f| f.to_string()).collect())
    }

    #[test]
    fn lines_of_records_whatever_the_line_ends() {
        for text in [
            &b"a,b\n1,2\n3,4\n"[..],
            b"a,b\r\n1,2\r\n3,4\r\n",
            b"a,b\n1,2\n3,4",
        ] {
            assert_eq!(
                read(text, 4096),
                vec![
                    rec(1, &["a", "b"]),
                    rec(2, &["1", "2"]),
                    rec(3, &["3", "4"])
                ],
                "{:?}",
                String::from_utf8_lossy(text)
            );
        }
    }

    #[test]
    fn quoted_line_breaks_and_blank_lines_keep_the_count() {
        let text = b"a,b\r\n\r\n\"x\r\ny\",\"say \"\"hi\"\"\"\r\nlast,\"\"\r\n";
        assert_eq!(
            read(text, 4096),
            vec![
                rec(1, &["a", "b"]),
                rec(3, &["x\r\ny", "say \"hi\""]),
                rec(5, &["last", ""]),
            ]
        );
    }

    #[test]
    fn any_chunking_reads_the_same_records() {
        let text = "nom,objet\n\"Ville, de\",\"un\nobjet\"\r\nB,\"é\"\"\"\n\nC,d".as_bytes();
        let whole = read(text, text.len());
        for size in 1..text.len() {
            assert_eq!(read(text, size), whole, "chunks of {size}");
        }
    }

    #[test]
    fn long_fields_and_many_columns_grow_the_buffers() {
        let long = "x".repeat(5000);
        let wide = vec!["c"; 100].join(",");
        let text = format!("{long},{wide}\n");
        let records = read(text.as_bytes(), 333);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].1.len(), 101);
        assert_eq!(records[0].1[0], long);
    }
}
