//! A small RFC 4180 CSV reader that remembers on which line each record starts.
//!
//! Written by hand rather than pulled from a crate because the build script shares it with the
//! app (see `build.rs`), and because validation messages must name the exact source line of a
//! record even when a quoted field spans several lines.

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
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    loop {
        // Skip blank lines between records.
        while let Some(&c) = chars.peek() {
            match c {
                '\n' => {
                    line += 1;
                    chars.next();
                }
                '\r' => {
                    chars.next();
                }
                _ => break,
            }
        }
        if chars.peek().is_none() {
            return Ok(records);
        }
        let start = line;
        let mut fields = Vec::new();
        let mut field = String::new();
        loop {
            match chars.next() {
                None => {
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                Some('"') if field.is_empty() => {
                    read_quoted(&mut chars, &mut field, &mut line, start)?;
                    match chars.peek() {
                        None | Some(',') | Some('\n') | Some('\r') => {}
                        Some(_) => {
                            return Err(SyntaxError {
                                line,
                                problem: "text after the closing quote of a field".into(),
                            })
                        }
                    }
                }
                Some(',') => fields.push(std::mem::take(&mut field)),
                Some('\r') => {}
                Some('\n') => {
                    line += 1;
                    fields.push(std::mem::take(&mut field));
                    break;
                }
                Some(c) => field.push(c),
            }
        }
        records.push(Record {
            line: start,
            fields,
        });
    }
}

/// Reads a quoted field after its opening quote, up to and including the closing quote.
fn read_quoted(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    field: &mut String,
    line: &mut usize,
    start: usize,
) -> Result<(), SyntaxError> {
    loop {
        match chars.next() {
            None => {
                return Err(SyntaxError {
                    line: start,
                    problem: "quote opened and never closed".into(),
                })
            }
            Some('"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            Some('"') => return Ok(()),
            Some(c) => {
                if c == '\n' {
                    *line += 1;
                }
                field.push(c);
            }
        }
    }
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
