//! The rows an opened file could not give, each with its line, column and problem.
//!
//! Accepted rows are kept whatever the others hold; the report counts every rejected row,
//! lists the first ones (a broken million-row file must not fill the memory with messages)
//! and downloads as CSV.

use serde::{Deserialize, Serialize};

use crate::export::csv_line;
use crate::lang::Lang;

/// Problems listed one by one; beyond, they are only counted.
pub const LISTED: usize = 1000;

/// Longest part of a value quoted in a problem, in characters.
const QUOTED: usize = 80;

/// What is wrong with a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ProblemKind {
    /// The row does not have as many fields as the header.
    FieldCount {
        /// Fields in the header.
        expected: usize,
        /// Fields in the row.
        found: usize,
    },
    /// The title is empty.
    EmptyTitle,
    /// A cell of an amount column is not a number.
    BadAmount,
    /// A cell of the date column is not a date.
    BadDate,
}

impl ProblemKind {
    /// A stable name for tests.
    pub fn key(self) -> &'static str {
        match self {
            ProblemKind::FieldCount { .. } => "field-count",
            ProblemKind::EmptyTitle => "empty-title",
            ProblemKind::BadAmount => "bad-amount",
            ProblemKind::BadDate => "bad-date",
        }
    }

    /// The problem in the reader's language.
    pub fn describe(self, lang: Lang) -> String {
        match (self, lang) {
            (ProblemKind::FieldCount { expected, found }, Lang::Fr) => {
                format!("{found} champs au lieu de {expected}")
            }
            (ProblemKind::FieldCount { expected, found }, Lang::En) => {
                format!("{found} fields instead of {expected}")
            }
            (ProblemKind::EmptyTitle, Lang::Fr) => "titre vide".into(),
            (ProblemKind::EmptyTitle, Lang::En) => "empty title".into(),
            (ProblemKind::BadAmount, Lang::Fr) => "montant illisible".into(),
            (ProblemKind::BadAmount, Lang::En) => "unreadable amount".into(),
            (ProblemKind::BadDate, Lang::Fr) => "date illisible".into(),
            (ProblemKind::BadDate, Lang::En) => "unreadable date".into(),
        }
    }
}

/// One problem of a rejected row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// 1-based line of the file where the row starts.
    pub line: u64,
    /// The column concerned (an index into the headers), when it is one cell.
    pub column: Option<usize>,
    /// What is wrong.
    pub kind: ProblemKind,
    /// The value at fault, cut to a readable length (empty when the row is at fault).
    pub value: String,
}

impl Problem {
    /// A problem quoting `value` (cut after a few words).
    pub fn new(line: u64, column: Option<usize>, kind: ProblemKind, value: &str) -> Problem {
        let mut quoted: String = value.chars().take(QUOTED).collect();
        if quoted.len() < value.len() {
            quoted.push('…');
        }
        Problem {
            line,
            column,
            kind,
            value: quoted,
        }
    }
}

/// What loading a file gave: counts and the first problems.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Rows kept.
    pub accepted: u64,
    /// Rows rejected (each may have several problems).
    pub rejected: u64,
    /// The first [`LISTED`] problems, in file order.
    pub problems: Vec<Problem>,
    /// Problems not listed because the list was full.
    pub unlisted: u64,
    /// Cells holding bytes that are not UTF-8 in a UTF-8 file (shown with U+FFFD).
    pub replaced: u64,
}

impl Report {
    /// Records the problems of one rejected row.
    pub fn reject(&mut self, problems: impl IntoIterator<Item = Problem>) {
        self.rejected += 1;
        for problem in problems {
            if self.problems.len() < LISTED {
                self.problems.push(problem);
            } else {
                self.unlisted += 1;
            }
        }
    }

    /// The listed problems as CSV (UTF-8 with a byte order mark, `;`, CRLF): line, column,
    /// problem, value; columns by their header. Values are neutralised like any export.
    pub fn csv(&self, headers: &[String], lang: Lang) -> String {
        let titles = match lang {
            Lang::Fr => ["ligne", "colonne", "problème", "valeur"],
            Lang::En => ["line", "column", "problem", "value"],
        };
        let mut out = String::from('\u{feff}');
        csv_line(titles, ';', &mut out);
        for p in &self.problems {
            let column = p
                .column
                .map(|c| {
                    headers
                        .get(c)
                        .cloned()
                        .unwrap_or_else(|| (c + 1).to_string())
                })
                .unwrap_or_default();
            let (line, problem) = (p.line.to_string(), p.kind.describe(lang));
            csv_line([line.as_str(), &column, &problem, &p.value], ';', &mut out);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_stops_the_count_goes_on() {
        let mut report = Report::default();
        for line in 0..(LISTED as u64 + 5) {
            report.reject([Problem::new(line, None, ProblemKind::EmptyTitle, "")]);
        }
        assert_eq!(report.rejected, LISTED as u64 + 5);
        assert_eq!(report.problems.len(), LISTED);
        assert_eq!(report.unlisted, 5);
    }

    #[test]
    fn values_are_cut_and_the_report_is_inert() {
        let long = "é".repeat(200);
        let p = Problem::new(7, Some(1), ProblemKind::BadAmount, &long);
        assert_eq!(p.value.chars().count(), QUOTED + 1);
        let mut report = Report::default();
        report.reject([p, Problem::new(9, Some(1), ProblemKind::BadAmount, "=1+2")]);
        let text = report.csv(&["nom".into(), "montant".into()], Lang::Fr);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "\u{feff}ligne;colonne;problème;valeur");
        assert!(lines[1].starts_with("7;montant;montant illisible;éé"));
        assert_eq!(lines[2], "9;montant;montant illisible;'=1+2");
        let en = report.csv(&[], Lang::En);
        assert!(en.contains("9;2;unreadable amount;"), "{en}");
    }
}
