//! CSV records with the line each one starts on, read by the `csv` crate.
//!
//! Validation messages name the exact source line of a record even when a quoted field spans
//! several lines; the `csv` crate tracks that. It is lenient by design (a stray quote is read
//! as text), so the two mistakes a hand-edited data file makes with quotes are checked here on
//! the record's raw text: a quote never closed, and text after a closing quote.

/// One parsed record: its fields and the 1-based line of the file where it starts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// 1-based line number of the record's first character in the source text.
    pub line: usize,
    /// The unquoted field values, in column order.
    pub fields: Vec<String>,
}

/// A syntax error in CSV text (unterminated quote or stray text after a closing quote).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line where the problem was found.
    pub line: usize,
    /// What is wrong (shown to whoever edits the data file).
    pub problem: String,
}

/// Parses CSV text (comma-separated, `"` quoting, `""` escapes, LF or CRLF line ends).
///
/// Blank lines between records are skipped, so a trailing newline is harmless.
pub fn parse(text: &str) -> Result<Vec<Record>, SyntaxError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    let mut starts = Vec::new();
    // The crate places a record where it started reading, before the line ends and blank
    // lines it skips: the record's own first byte and line are found from there.
    let (mut counted, mut line) = (0, 1);
    for result in reader.records() {
        let record = result.map_err(|e| SyntaxError {
            line: e.position().map_or(1, |p| p.line() as usize),
            problem: e.to_string(),
        })?;
        let read_from = record.position().map_or(0, |p| p.byte() as usize);
        let start = read_from
            + text.as_bytes()[read_from..]
                .iter()
                .take_while(|&&b| b == b'\r' || b == b'\n')
                .count();
        line += text.as_bytes()[counted..start]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        counted = start;
        starts.push(start);
        records.push(Record {
            line,
            fields: record.iter().map(str::to_owned).collect(),
        });
    }
    starts.push(text.len());
    for (record, span) in records.iter().zip(starts.windows(2)) {
        check_quotes(&text[span[0]..span[1]], record.line)?;
    }
    Ok(records)
}

/// Checks the quoting of one record's raw text, which starts on line `start`.
fn check_quotes(raw: &str, start: usize) -> Result<(), SyntaxError> {
    let mut line = start;
    let mut quoted = false;
    let mut field_start = true;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if field_start => quoted = true,
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
            }
            '"' if quoted => {
                quoted = false;
                if !matches!(chars.peek(), None | Some(',' | '\r' | '\n')) {
                    return Err(SyntaxError {
                        line,
                        problem: "text after the closing quote of a field".into(),
                    });
                }
            }
            '\n' => line += 1,
            _ => {}
        }
        field_start = !quoted && (c == ',' || c == '\n');
    }
    if quoted {
        return Err(SyntaxError {
            line: start,
            problem: "quote opened and never closed".into(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Vec<Vec<String>> {
        parse(text).unwrap().into_iter().map(|r| r.fields).collect()
    }

    #[test]
    fn plain_fields_split_on_commas() {
        assert_eq!(
            fields("a,b,c\n1,,3\n"),
            vec![vec!["a", "b", "c"], vec!["1", "", "3"]]
        );
    }

    #[test]
    fn quoted_fields_keep_commas_quotes_and_newlines() {
        let recs = parse("id,text\n1,\"a, \"\"b\"\"\nc\"\n2,d\n").unwrap();
        assert_eq!(recs[1].fields, vec!["1", "a, \"b\"\nc"]);
        assert_eq!(recs[1].line, 2);
        assert_eq!(
            recs[2].line, 4,
            "a record after a multi-line field starts on the right line"
        );
    }

    #[test]
    fn crlf_bom_and_blank_lines_are_tolerated() {
        let recs = parse("\u{feff}a,b\r\n\r\n1,2\r\n").unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[1].fields, vec!["1", "2"]);
        assert_eq!(recs[1].line, 3);
    }

    #[test]
    fn last_record_without_newline_is_read() {
        assert_eq!(fields("a\nb"), vec![vec!["a"], vec!["b"]]);
    }

    #[test]
    fn trailing_empty_field_is_kept() {
        assert_eq!(fields("a,\n"), vec![vec!["a", ""]]);
    }

    #[test]
    fn unterminated_quote_is_an_error_at_its_record() {
        let err = parse("a\n\"open\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.problem.contains("quote"));
    }

    #[test]
    fn text_after_closing_quote_is_an_error() {
        let err = parse("\"a\"b\n").unwrap_err();
        assert_eq!(err.line, 1);
    }
}
