//! Exports of the current view: CSV (`,` or `;` for French Excel, UTF-8 with BOM) and JSON,
//! with the columns of `data/projects.csv` in the same order, generated in the browser.

use crate::model::{Dataset, Project};
use crate::sort::Direction;
use crate::state::ViewState;
use crate::url;
use crate::validate::{PROJECT_COLUMNS, SOURCE_SEPARATOR};

/// A field separator for CSV exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Separator {
    /// `,` — the standard, as in `data/projects.csv`.
    Comma,
    /// `;` — what Excel expects in French locales, where `,` is the decimal mark.
    Semicolon,
}

impl Separator {
    fn char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
        }
    }
}

/// The values of a project in the order of [`PROJECT_COLUMNS`]; `None` for unknown amounts.
fn cells(data: &Dataset, p: &Project) -> [Cell; 13] {
    let amount = |a: Option<u64>| a.map_or(Cell::Null, Cell::Number);
    [
        Cell::Text(p.id.clone()),
        Cell::Text(data.round_of(p).id.clone()),
        p.announced
            .map_or(Cell::Null, |d| Cell::Text(d.to_string())),
        Cell::Text(p.name.clone()),
        Cell::Text(p.ministry.clone()),
        Cell::Text(p.carrier.clone()),
        Cell::Text(p.theme.clone()),
        amount(p.ftap_eur),
        amount(p.total_cost_eur),
        amount(p.savings_eur),
        Cell::Text(p.summary.clone()),
        Cell::List(p.sources.clone()),
        Cell::Text(p.notes.clone()),
    ]
}

/// One exported value.
enum Cell {
    Text(String),
    Number(u64),
    List(Vec<String>),
    Null,
}

fn csv_field(value: &str, sep: char, out: &mut String) {
    if value.contains([sep, '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// The projects `rows` as CSV: a UTF-8 byte order mark (so Excel reads accents), the header of
/// `data/projects.csv`, CRLF line ends; unknown values are empty cells, as in the data file.
pub fn csv(data: &Dataset, rows: &[usize], separator: Separator) -> String {
    let sep = separator.char();
    let mut out = String::from('\u{feff}');
    let header: Vec<&str> = PROJECT_COLUMNS.to_vec();
    out.push_str(&header.join(&sep.to_string()));
    out.push_str("\r\n");
    for &i in rows {
        for (n, cell) in cells(data, &data.projects[i]).iter().enumerate() {
            if n > 0 {
                out.push(sep);
            }
            match cell {
                Cell::Text(text) => csv_field(text, sep, &mut out),
                Cell::Number(n) => out.push_str(&n.to_string()),
                Cell::List(list) => csv_field(&list.join(SOURCE_SEPARATOR), sep, &mut out),
                Cell::Null => {}
            }
        }
        out.push_str("\r\n");
    }
    out
}

fn json_string(value: &str, out: &mut String) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The projects `rows` as a JSON array of objects keyed by the data file's column names, in
/// the same order; unknown values are `null`, sources an array of URLs.
pub fn json(data: &Dataset, rows: &[usize]) -> String {
    let mut out = String::from("[");
    for (r, &i) in rows.iter().enumerate() {
        out.push_str(if r == 0 { "\n  {" } else { ",\n  {" });
        for (n, (cell, column)) in cells(data, &data.projects[i])
            .iter()
            .zip(PROJECT_COLUMNS)
            .enumerate()
        {
            if n > 0 {
                out.push_str(", ");
            }
            json_string(column, &mut out);
            out.push_str(": ");
            match cell {
                Cell::Text(text) => json_string(text, &mut out),
                Cell::Number(n) => out.push_str(&n.to_string()),
                Cell::List(list) => {
                    out.push('[');
                    for (k, item) in list.iter().enumerate() {
                        if k > 0 {
                            out.push_str(", ");
                        }
                        json_string(item, &mut out);
                    }
                    out.push(']');
                }
                Cell::Null => out.push_str("null"),
            }
        }
        out.push('}');
    }
    out.push_str(if rows.is_empty() { "]\n" } else { "\n]\n" });
    out
}

/// A downloadable export format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV with `;`, for Excel in French locales.
    CsvSemicolon,
    /// Standard CSV with `,`.
    CsvComma,
    /// JSON array of objects.
    Json,
}

impl Format {
    /// The file content for these rows.
    pub fn render(self, data: &Dataset, rows: &[usize]) -> String {
        match self {
            Format::CsvSemicolon => csv(data, rows, Separator::Semicolon),
            Format::CsvComma => csv(data, rows, Separator::Comma),
            Format::Json => json(data, rows),
        }
    }

    /// The MIME type of the file.
    pub fn mime(self) -> &'static str {
        match self {
            Format::CsvSemicolon | Format::CsvComma => "text/csv;charset=utf-8",
            Format::Json => "application/json",
        }
    }

    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::CsvSemicolon | Format::CsvComma => "csv",
            Format::Json => "json",
        }
    }
}

/// Keeps `a-z`, `0-9` and single hyphens of folded text, at most `max` characters.
fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in crate::text::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= max {
            break;
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A file name that says which filters were applied, e.g.
/// `ftap-projets_recherche-justice_tri-ftap-desc.csv`.
pub fn file_name(view: &ViewState, extension: &str) -> String {
    let mut name = String::from("ftap-projets");
    let query = slug(&view.query, 40);
    if !query.is_empty() {
        name.push_str("_recherche-");
        name.push_str(&query);
    }
    for key in &view.sort {
        let direction = match key.direction {
            Direction::Asc => "asc",
            Direction::Desc => "desc",
        };
        name.push_str(&format!(
            "_tri-{}-{direction}",
            url::column_name(key.column)
        ));
    }
    format!("{name}.{extension}")
}

#[cfg(test)]
#[path = "export/tests.rs"]
mod tests;
