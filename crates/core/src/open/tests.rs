//! Opening whole files: the synthetic SCDL example, other encodings and delimiters, files
//! that are not CSV, any chunking, and the export round trip.

use super::summary::summarise;
use super::*;
use crate::model::Date;
use proptest::prelude::*;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/examples/subventions-synthetiques.csv"
);

/// Previews and loads `bytes` in chunks of `chunk` bytes with the proposed schema.
fn open(bytes: &[u8], chunk: usize) -> (Preview, Loaded) {
    let first = preview(
        &bytes[..bytes.len().min(64 * 1024)],
        bytes.len() <= 64 * 1024,
    )
    .expect("a CSV file");
    let loaded = load(&first, first.schema.clone(), bytes, chunk);
    (first, loaded)
}

fn load(preview: &Preview, schema: Schema, bytes: &[u8], chunk: usize) -> Loaded {
    let mut load = Load::new(preview, schema);
    for piece in bytes.chunks(chunk.max(1)) {
        load.push(piece);
    }
    load.finish()
}

fn example() -> Vec<u8> {
    std::fs::read(EXAMPLE).expect("the example file")
}

#[test]
fn the_scdl_example_opens_with_its_rejected_rows_by_line() {
    let (preview, loaded) = open(&example(), 64 * 1024);
    assert_eq!(preview.encoding, Encoding::Utf8);
    assert_eq!(preview.delimiter, b';');
    assert_eq!(preview.schema.kind, Kind::ScdlSubventions);
    assert_eq!(preview.sample.len(), 40);
    let report = &loaded.report;
    assert_eq!((report.accepted, report.rejected), (38, 2));
    let problems: Vec<(u64, Option<usize>, &str)> = report
        .problems
        .iter()
        .map(|p| (p.line, p.column, p.kind.key()))
        .collect();
    assert_eq!(
        problems,
        vec![(23, Some(7), "bad-amount"), (33, Some(4), "empty-title")]
    );
    assert_eq!(report.problems[0].value, "environ 5000");
    let table = &loaded.table;
    // The subject written on two lines, and the amount left empty: unknown, not zero.
    let two_lines = (0..table.len()).find(|&r| table.cell(r, 6).contains('\n'));
    assert_eq!(two_lines.map(|r| table.line(r)), Some(6));
    let unknown = (0..table.len())
        .find(|&r| table.line(r) == 13)
        .expect("line 13");
    assert_eq!(table.cell(unknown, 7), "");
    assert_eq!(table.amount(unknown, 7), None);
    let total: i64 = (0..table.len()).filter_map(|r| table.amount(r, 7)).sum();
    assert_eq!(
        total, 36_545_600,
        "365 456 € in cents, as summed by Python's csv module"
    );
}

#[test]
fn the_column_summary_counts_unknowns_and_ranges() {
    let (_, loaded) = open(&example(), 4096);
    let summary = summarise(&loaded.table);
    assert_eq!(summary.len(), 14);
    assert_eq!(summary[7].role, Role::Amount);
    assert_eq!(summary[7].unknown, 1);
    assert_eq!(summary[7].amounts, Some((50_000, 8_000_000)));
    let d = |s| Date::parse_iso(s).expect("date");
    assert_eq!(summary[2].dates, Some((d("2022-01-05"), d("2024-11-27"))));
    assert_eq!(summary[11].unknown, 38, "idRAE is empty in every row");
    assert_eq!(summary[4].amounts, None);
}

#[test]
fn any_chunking_loads_the_same_rows() {
    let bytes = example();
    let (_, whole) = open(&bytes, bytes.len());
    for chunk in [1, 2, 3, 7, 64, 1000] {
        assert_eq!(open(&bytes, chunk).1, whole, "chunks of {chunk}");
    }
}

#[test]
fn an_english_file_has_its_thousands_commas_read_as_such() {
    let csv = b"name,region,amount\nA,North,\"12,500\"\nB,South,\"1,234,567.50\"\nC,North,800\n";
    let (first, loaded) = open(csv, 7);
    assert_eq!(first.marks, value::Marks::ThousandsComma);
    let amounts: Vec<_> = (0..loaded.table.len())
        .map(|r| loaded.table.amount(r, 2))
        .collect();
    assert_eq!(amounts, [Some(1_250_000), Some(123_456_750), Some(80_000)]);
    assert_eq!(loaded.report.rejected, 0);
    // The same amounts in a French file keep the decimal comma.
    let french = b"nom;montant\nA;12,500\nB;1 234,5\n";
    let (first, loaded) = open(french, 64);
    assert_eq!(first.marks, value::Marks::DecimalComma);
    assert_eq!(loaded.table.amount(0, 1), Some(1250));
}

#[test]
fn a_file_that_says_nothing_either_way_is_read_as_the_reader_says() {
    // Every amount has one comma and three digits after it: nothing tells the two readings
    // apart, the decimal comma is the guess, and the reader's answer wins.
    let csv = b"name,amount\nA,\"12,500\"\nB,\"340,000\"\n";
    let (first, guessed) = open(csv, 64);
    assert_eq!(first.marks, value::Marks::DecimalComma);
    assert!(value::Marks::matters(["12,500"]));
    assert_eq!(guessed.table.amount(0, 1), Some(1250));
    let schema = Schema {
        marks: Some(value::Marks::ThousandsComma),
        ..first.schema.clone()
    };
    let told = load(&first, schema, csv, 64);
    let amounts: Vec<_> = (0..told.table.len())
        .map(|r| told.table.amount(r, 1))
        .collect();
    assert_eq!(amounts, [Some(1_250_000), Some(34_000_000)]);
}

#[test]
fn a_windows_1252_file_with_french_numbers() {
    let bytes = b"Libell\xe9;Montant;Ann\xe9e\r\nR\xe9novation de l'\xe9cole;1 234,50 \x80;2021\r\nCr\xe8che;;2022\r\n";
    let (preview, loaded) = open(bytes, 5);
    assert_eq!(preview.encoding, Encoding::Windows1252);
    assert_eq!(preview.headers, vec!["Libellé", "Montant", "Année"]);
    assert_eq!(
        preview.schema.roles,
        vec![Role::Title, Role::Amount, Role::Facet]
    );
    let table = &loaded.table;
    assert_eq!(table.cell(0, 0), "Rénovation de l'école");
    assert_eq!(table.cell(0, 1), "1 234,50 €");
    assert_eq!(table.amount(0, 1), Some(123_450));
    assert_eq!(table.amount(1, 1), None);
}

#[test]
fn a_bom_tabs_and_lone_line_feeds() {
    let (preview, loaded) = open("\u{feff}nom\tmontant\nA\t1.5\nB\t2\n".as_bytes(), 3);
    assert_eq!(preview.encoding, Encoding::Utf8Bom);
    assert_eq!(preview.delimiter, b'\t');
    assert_eq!(
        preview.headers[0], "nom",
        "the mark is not part of the first header"
    );
    assert_eq!(loaded.report.accepted, 2);
    assert_eq!(loaded.table.amount(0, 1), Some(150));
}

#[test]
fn rows_with_the_wrong_number_of_fields_are_reported_and_the_rest_kept() {
    let (_, loaded) = open(b"nom,montant\nA,1\nB\nC,2,3\nD,4\n", 4096);
    assert_eq!(loaded.report.accepted, 2);
    let kinds: Vec<_> = loaded
        .report
        .problems
        .iter()
        .map(|p| (p.line, p.kind))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                3,
                ProblemKind::FieldCount {
                    expected: 2,
                    found: 1
                }
            ),
            (
                4,
                ProblemKind::FieldCount {
                    expected: 2,
                    found: 3
                }
            ),
        ]
    );
}

#[test]
fn invalid_utf8_in_a_utf8_file_is_counted() {
    // Detected as UTF-8 from the first chunk; a later byte is not.
    let mut bytes = b"nom,montant\n".to_vec();
    bytes.extend(std::iter::repeat_n(b"Ville,1\n".as_slice(), 10).flatten());
    let head = bytes.len();
    bytes.extend(b"Caf\xe9,2\n");
    let first = preview(&bytes[..head], false).expect("CSV");
    let loaded = load(&first, first.schema.clone(), &bytes, 16);
    assert_eq!(loaded.report.replaced, 1);
    assert_eq!(loaded.table.cell(10, 0), "Caf\u{fffd}");
}

#[test]
fn files_that_are_not_csv_say_what_they_are() {
    assert_eq!(preview(b"", true), Err(NotCsv::Empty));
    assert_eq!(
        preview(b"<!doctype html><title>404</title>", true),
        Err(NotCsv::Markup)
    );
    assert_eq!(
        preview(b"PK\x03\x04rest-of-a-workbook", true),
        Err(NotCsv::Workbook)
    );
    assert_eq!(
        preview(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", true),
        Err(NotCsv::Binary)
    );
}

#[test]
fn a_confirmed_mapping_decides_what_is_read() {
    let bytes = b"nom,code\nA,01\nB,x\n";
    let first = preview(bytes, true).expect("CSV");
    // The reader says « code » is an amount: « x » cannot be one.
    let schema = Schema {
        kind: Kind::Inferred,
        roles: vec![Role::Title, Role::Amount],
        primary: Some(1),
        marks: None,
    };
    assert_eq!(schema.check(first.headers.len()), Ok(()));
    let loaded = load(&first, schema, bytes, 4096);
    assert_eq!(loaded.report.accepted, 1);
    assert_eq!(loaded.table.amount(0, 1), Some(100));
    assert_eq!(loaded.report.problems[0].line, 3);
}

#[test]
fn formulas_go_in_as_data_and_come_out_inert() {
    let bytes = "nom;note;montant\n\
                 \"=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";+cmd|' /C calc'!A0;-12,5\n\
                 @SUM(A1);\"\tTAB\";1\n\
                 -2+3;\"\rCR\";+3\n"
        .as_bytes();
    let (_, loaded) = open(bytes, 4096);
    assert_eq!(loaded.report.accepted, 3);
    assert_eq!(loaded.table.cell(0, 0), "=HYPERLINK(\"http://x\";\"clic\")");
    assert_eq!(loaded.table.amount(0, 2), Some(-1250));
    let exported = loaded.table.csv(0..loaded.table.len());
    let (_, again) = open(exported.as_bytes(), 4096);
    for row in 0..again.table.len() {
        for column in 0..3 {
            let cell = again.table.cell(row, column);
            assert!(
                !crate::export::needs_apostrophe(cell),
                "{cell:?} would run as a formula"
            );
        }
    }
    assert_eq!(
        again.table.amount(0, 2),
        Some(-1250),
        "numbers keep their sign"
    );
    assert_eq!(again.table.cell(1, 1), "'\tTAB");
}

#[test]
fn blank_cells_and_dates_that_start_like_formulas_come_back_as_they_were() {
    // Found by fuzzing: a lone tab in an amount column was exported as « '\t », which no
    // longer read as an empty amount, and the row was lost on the way back.
    let bytes = b"nom;montant;date\nA;\t;\t2019-03-01\nB;2;\n";
    let first = preview(bytes, true).expect("CSV");
    let schema = Schema {
        kind: Kind::Inferred,
        roles: vec![Role::Title, Role::Amount, Role::Date],
        primary: Some(1),
        marks: None,
    };
    let loaded = load(&first, schema.clone(), bytes, 7);
    assert_eq!(loaded.table.len(), 2);
    let exported = loaded.table.csv(0..2);
    let again = load(
        &preview(exported.as_bytes(), true).expect("CSV"),
        schema,
        exported.as_bytes(),
        7,
    );
    assert_eq!(again.table.len(), 2);
    for row in 0..2 {
        for column in 0..3 {
            assert_eq!(
                again.table.cell(row, column),
                loaded.table.cell(row, column)
            );
        }
        assert_eq!(again.table.amount(row, 1), loaded.table.amount(row, 1));
        assert_eq!(again.table.date(row), loaded.table.date(row));
    }
}

#[test]
fn a_single_empty_cell_is_not_a_blank_line() {
    // Found by fuzzing: a one-column file whose header is empty was exported with a blank
    // first line, which readers skip; the header then swallowed the first row.
    let bytes = b"\"\"\nA\n";
    let first = preview(bytes, true).expect("CSV");
    assert_eq!(first.headers, vec![String::new()]);
    let loaded = load(&first, first.schema.clone(), bytes, 3);
    let exported = loaded.table.csv(0..loaded.table.len());
    assert_eq!(exported, "\u{feff}\"\"\r\nA\r\n");
    let again = load(
        &preview(exported.as_bytes(), true).expect("CSV"),
        first.schema,
        exported.as_bytes(),
        3,
    );
    assert_eq!(again.table.len(), 1);
}

/// What an export writes for a cell read as `value`.
fn neutralised(value: &str) -> String {
    if crate::export::needs_apostrophe(value) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// Writes rows as CSV, quoting what needs it (any delimiter, so the sniffing sees only the
/// real ones), with `\n` or `\r\n` line ends; returns the text and each row's first line.
fn write(rows: &[Vec<String>], delimiter: char, crlf: bool) -> (String, Vec<u64>) {
    let mut text = String::new();
    let mut lines = Vec::new();
    let mut line = 1;
    for row in rows {
        lines.push(line);
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                text.push(delimiter);
            }
            if cell.contains([',', ';', '\t', '"', '\n', '\r']) {
                text.push('"');
                text.push_str(&cell.replace('"', "\"\""));
                text.push('"');
            } else {
                text.push_str(cell);
            }
        }
        text.push_str(if crlf { "\r\n" } else { "\n" });
        line += 1 + row
            .iter()
            .map(|c| c.matches('\n').count() as u64)
            .sum::<u64>();
    }
    (text, lines)
}

fn cell() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9é€ ;,\t\n\r\"=+@'-]{0,10}"
}

fn file() -> impl Strategy<Value = (Vec<Vec<String>>, char, bool)> {
    (1usize..5).prop_flat_map(|columns| {
        let header = prop::collection::vec("[a-z]{1,6}", columns);
        let title = "[A-Za-zé][a-zA-Z0-9é ;,\"=+@'-]{0,8}";
        let row = (title, prop::collection::vec(cell(), columns - 1)).prop_map(|(t, mut rest)| {
            rest.insert(0, t);
            rest
        });
        (
            header,
            prop::collection::vec(row, 0..12),
            prop::sample::select(vec![',', ';', '\t']),
            any::<bool>(),
        )
            .prop_map(|(header, rows, delimiter, crlf)| {
                let mut all = vec![header];
                all.extend(rows);
                (all, delimiter, crlf)
            })
    })
}

proptest! {
    /// Every row is read back with its values and its line, and an export of the whole file
    /// read again gives the same cells (formula-like text behind an apostrophe).
    #[test]
    fn load_and_export_round_trip((rows, delimiter, crlf) in file(), chunk in 1usize..40) {
        let (text, lines) = write(&rows, delimiter, crlf);
        let first = preview(text.as_bytes(), true).expect("CSV");
        prop_assert_eq!(&first.headers, &rows[0]);
        let mut roles = vec![Role::Text; rows[0].len()];
        roles[0] = Role::Title;
        let schema = Schema { kind: Kind::Inferred, roles, primary: None, marks: None };
        let loaded = load(&first, schema.clone(), text.as_bytes(), chunk);
        prop_assert_eq!(loaded.report.rejected, 0);
        let table = &loaded.table;
        prop_assert_eq!(table.len(), rows.len() - 1);
        for (r, row) in rows[1..].iter().enumerate() {
            prop_assert_eq!(table.line(r), lines[r + 1]);
            for (c, value) in row.iter().enumerate() {
                prop_assert_eq!(table.cell(r, c), value.as_str());
            }
        }
        let exported = table.csv(0..table.len());
        let again_preview = preview(exported.as_bytes(), true).expect("CSV");
        let again = load(&again_preview, schema, exported.as_bytes(), chunk);
        prop_assert_eq!(again.table.len(), table.len());
        for (r, row) in rows[1..].iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                prop_assert_eq!(again.table.cell(r, c), neutralised(value));
            }
        }
    }
}
