//! Exports of the current view: CSV (`,` or `;` for French Excel, UTF-8 with BOM) and JSON,
//! generated in the browser: the data file's values with labels beside the codes, headers in
//! the reader's language, and a file name that says what the file holds.

use crate::facets::Facet;
use crate::filters::{format_millions, Amount};
use crate::i18n::{Lang, Text};
use crate::labels;
use crate::model::{Dataset, Date, Figure, Project, FORMULA_STARTS, SOURCE_SEPARATOR};
use crate::open::value::{parse_amount, parse_date};
use crate::sort::Direction;
use crate::state::ViewState;

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

/// The exported columns: stable key (JSON key) and header in the reader's language (CSV).
/// Codes (call, theme) come with their labels beside them, and the call with its year.
pub const COLUMNS: [(&str, Text); 23] = [
    ("id", Text::ExpId),
    ("round", Text::ExpRound),
    ("round_label", Text::ExpRoundLabel),
    ("year", Text::ExpYear),
    ("announced", Text::ExpAnnounced),
    ("name", Text::ExpName),
    ("ministry", Text::ExpMinistry),
    ("carrier", Text::ExpCarrier),
    ("theme", Text::ExpTheme),
    ("theme_label", Text::ExpThemeLabel),
    ("tags", Text::ExpTags),
    ("project_count", Text::ExpCount),
    ("grade", Text::ExpGrade),
    ("ftap_eur", Text::ExpFtap),
    ("total_cost_eur", Text::ExpCost),
    ("savings_eur", Text::ExpSavings),
    ("summary", Text::ExpSummary),
    ("sources", Text::ExpSources),
    ("announced_source", Text::ExpAnnouncedSource),
    ("ftap_source", Text::ExpFtapSource),
    ("total_cost_source", Text::ExpCostSource),
    ("savings_source", Text::ExpSavingsSource),
    ("notes", Text::ExpNotes),
];

/// The values of a project in the order of [`COLUMNS`]; `Null` for unknown values.
fn cells(data: &Dataset, p: &Project, lang: Lang) -> [Cell; 23] {
    let amount = |a: Option<u64>| a.map_or(Cell::Null, Cell::Number);
    let round = data.round_of(p);
    let theme = &data.themes[p.theme];
    let [announced_source, ftap_source, cost_source, savings_source] = Figure::ALL.map(|figure| {
        p.figure_source(figure)
            .map_or(Cell::Null, |url| Cell::Text(url.to_owned()))
    });
    [
        Cell::Text(p.id.clone()),
        Cell::Text(round.id.clone()),
        Cell::Text(labels::round_label(round, lang).to_owned()),
        round
            .year
            .map_or(Cell::Null, |y| Cell::Number(u64::from(y))),
        p.announced
            .map_or(Cell::Null, |d| Cell::Text(d.to_string())),
        Cell::Text(p.name.clone()),
        Cell::Text(p.ministry.clone()),
        Cell::Text(p.carrier.clone()),
        Cell::Text(theme.id.clone()),
        Cell::Text(labels::value_label(data, Facet::Theme, &theme.id, lang)),
        Cell::Text(p.tags.clone()),
        Cell::Number(u64::from(p.count)),
        Cell::Text(p.grade.code().to_owned()),
        amount(p.ftap_eur),
        amount(p.total_cost_eur),
        amount(p.savings_eur),
        Cell::Text(p.summary.clone()),
        Cell::List(p.sources.clone()),
        announced_source,
        ftap_source,
        cost_source,
        savings_source,
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

/// Whether a cell starts like a formula and is not plain data a spreadsheet reads as such:
/// blank space (a tab alone runs nothing), a signed number (`-12,5`) or a date. Those stay as
/// they are, so that an opened file's amounts and dates come back as they were.
pub(crate) fn needs_apostrophe(value: &str) -> bool {
    value.starts_with(FORMULA_STARTS)
        && !value.trim().is_empty()
        && parse_amount(value).is_none()
        && parse_date(value).is_none()
}

/// Writes a CSV text cell: an apostrophe before a formula-like start (the spreadsheet shows the
/// text as typed; the embedded data refuses such starts, but no export may carry a live
/// formula whatever the data), quotes when the cell holds the separator, a quote or a line break.
/// A plain signed number (`-12,5`) keeps its sign: a spreadsheet reads it as a number, and an
/// opened file's amounts must come back as they were.
pub(crate) fn csv_field(value: &str, sep: char, out: &mut String) {
    let neutral;
    let value = if needs_apostrophe(value) {
        neutral = format!("'{value}");
        neutral.as_str()
    } else {
        value
    };
    if value.contains([sep, '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// Writes one CSV line: the cells with [`csv_field`], separated by `sep`, then CRLF. A line
/// whose only cell is empty is written `""`: readers skip a blank line.
pub(crate) fn csv_line<'a>(cells: impl IntoIterator<Item = &'a str>, sep: char, out: &mut String) {
    let start = out.len();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(sep);
        }
        csv_field(cell, sep, out);
    }
    if out.len() == start {
        out.push_str("\"\"");
    }
    out.push_str("\r\n");
}

/// The projects `rows` as CSV: a UTF-8 byte order mark (so Excel reads accents), headers in
/// the reader's language, CRLF line ends; unknown values are empty cells, as in the data file.
pub fn csv(data: &Dataset, rows: &[usize], separator: Separator, lang: Lang) -> String {
    let sep = separator.char();
    let mut out = String::from('\u{feff}');
    csv_line(
        COLUMNS.iter().map(|(_, header)| header.get(lang)),
        sep,
        &mut out,
    );
    for &i in rows {
        for (n, cell) in cells(data, &data.projects[i], lang).iter().enumerate() {
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

/// The projects `rows` as a JSON array of objects with the stable keys of [`COLUMNS`], in
/// order (labels in the reader's language); unknown values are `null`, sources an array.
pub fn json(data: &Dataset, rows: &[usize], lang: Lang) -> String {
    let mut out = String::from("[");
    for (r, &i) in rows.iter().enumerate() {
        out.push_str(if r == 0 { "\n  {" } else { ",\n  {" });
        for (n, (cell, (column, _))) in cells(data, &data.projects[i], lang)
            .iter()
            .zip(COLUMNS)
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
    pub fn render(self, data: &Dataset, rows: &[usize], lang: Lang) -> String {
        match self {
            Format::CsvSemicolon => csv(data, rows, Separator::Semicolon, lang),
            Format::CsvComma => csv(data, rows, Separator::Comma, lang),
            Format::Json => json(data, rows, lang),
        }
    }

    /// The variant as a file name says it: the two CSV files differ by their separator.
    fn variant(self) -> Option<&'static str> {
        match self {
            Format::CsvSemicolon => Some("excel"),
            Format::CsvComma => Some("virgule"),
            Format::Json => None,
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

/// The file name of a comparison: the projects compared and the date.
pub fn comparison_file_name(ids: &[String], today: Date) -> String {
    let projects: Vec<String> = ids.iter().map(|id| slug(id, 40)).collect();
    format!("ftap-comparaison_{}_{today}_excel.csv", projects.join("_"))
}

/// A file name that says the view (search, filters, ranges, sort), the date and the variant,
/// e.g. `ftap-projets_ministry-ministere-de-la-justice_tri-ftap-desc_2026-11-29_excel.csv`.
/// The same view exported twice the same day gives the same name.
pub fn file_name(view: &ViewState, format: Format, today: Date) -> String {
    let mut name = String::from("ftap-projets");
    let query = slug(&view.query, 40);
    if !query.is_empty() {
        name.push_str("_recherche-");
        name.push_str(&query);
    }
    for (facet, values) in &view.facets {
        for value in values {
            name.push_str(&format!("_{}-{}", facet.key(), slug(value, 30)));
        }
    }
    for amount in Amount::ALL {
        let bounds = view.ranges.get(amount);
        let millions = |eur: u64| format_millions(eur).replace(',', ".");
        if let Some(min) = bounds.min {
            name.push_str(&format!("_{}-min-{}M", amount.key(), millions(min)));
        }
        if let Some(max) = bounds.max {
            name.push_str(&format!("_{}-max-{}M", amount.key(), millions(max)));
        }
    }
    for key in &view.sort {
        let direction = match key.direction {
            Direction::Asc => "asc",
            Direction::Desc => "desc",
        };
        name.push_str(&format!("_tri-{}-{direction}", key.column.key()));
    }
    name.push('_');
    name.push_str(&today.to_string());
    if let Some(variant) = format.variant() {
        name.push('_');
        name.push_str(variant);
    }
    format!("{name}.{}", format.extension())
}

#[cfg(test)]
#[path = "export/tests.rs"]
mod tests;
