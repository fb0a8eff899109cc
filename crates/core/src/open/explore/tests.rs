//! Queries over the synthetic SCDL example and over generated tables.

use super::*;
use crate::model::Date;
use crate::open::{preview, Load};
use proptest::prelude::*;

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/examples/subventions-synthetiques.csv"
);
/// Columns of the SCDL example.
const ATTRIBUANT: usize = 0;
const BENEFICIAIRE: usize = 4;
const MONTANT: usize = 7;
const NATURE: usize = 8;

fn explorer_of(bytes: &[u8]) -> Explorer {
    let first = preview(bytes, true).expect("CSV");
    let schema = first.schema.clone();
    explorer_with(bytes, schema)
}

fn explorer_with(bytes: &[u8], schema: crate::open::Schema) -> Explorer {
    let first = preview(bytes, true).expect("CSV");
    let mut load = Load::new(&first, schema);
    load.push(bytes);
    Explorer::new(load.finish().table)
}

fn example() -> Explorer {
    explorer_of(&std::fs::read(EXAMPLE).expect("example"))
}

fn query(text: &str) -> Query {
    Query {
        text: text.into(),
        ..Query::default()
    }
}

/// The sum and unknown count of `rows`, read cell by cell (not through the engine).
fn by_hand(explorer: &Explorer, rows: &[usize]) -> Totals {
    let table = explorer.table();
    let mut t = Totals::default();
    for &r in rows {
        t.rows += 1;
        match table.amount(r, MONTANT) {
            Some(a) => t.sum += a,
            None => t.unknown += 1,
        }
    }
    t
}

#[test]
fn a_row_shown_carries_the_amounts_the_sums_count() {
    let e = example();
    let answer = e.answer(&Query::default());
    for row in &answer.rows {
        let index = row.index as usize;
        assert_eq!(row.amounts.len(), row.cells.len());
        for (column, &amount) in row.amounts.iter().enumerate() {
            assert_eq!(amount, e.table().amount(index, column), "line {}", row.line);
        }
    }
    let shown: Cents = answer.rows.iter().filter_map(|r| r.amounts[MONTANT]).sum();
    assert_eq!(shown, answer.totals.sum, "every row is on the one page");
}

#[test]
fn everything_with_no_query() {
    let e = example();
    let answer = e.answer(&Query::default());
    assert_eq!(
        answer.totals,
        Totals {
            rows: 38,
            sum: 36_545_600,
            unknown: 1
        }
    );
    assert_eq!(answer.rows.len(), 38);
    assert_eq!(answer.rows[0].line, 2);
    let attribuants = &answer.facets[0];
    assert_eq!(attribuants.column, ATTRIBUANT);
    assert_eq!(attribuants.values.len(), 3);
    let sum: Cents = attribuants.values.iter().map(|v| v.totals.sum).sum();
    assert_eq!(
        sum, answer.totals.sum,
        "the facet's sums add up to the total"
    );
}

#[test]
fn search_by_name_subject_authority_and_with_a_typo() {
    let e = example();
    let rows = |text: &str| e.matching(&query(text));
    let judo = rows("chorale");
    assert!(judo.is_empty(), "no such beneficiary in the example");
    let theatre = rows("lanterne");
    assert!(!theatre.is_empty());
    assert!(theatre
        .iter()
        .all(|&r| e.table().cell(r, BENEFICIAIRE).contains("Lanterne")));
    assert!(
        !rows("hameaux").is_empty(),
        "the subject written on two lines"
    );
    assert_eq!(
        rows("hexagone").len(),
        rows("Région fictive Hexagone-Ouest").len()
    );
    assert_eq!(rows("lanterme"), theatre, "one typo");
    assert!(rows("\"jardins partagés\"").len() < rows("jardins").len() + 1);
}

#[test]
fn a_facet_filters_and_keeps_its_other_values_counted() {
    let e = example();
    let region = "Région fictive Hexagone-Ouest".to_owned();
    let q = Query {
        facets: vec![(ATTRIBUANT, vec![region.clone()])],
        ..Query::default()
    };
    let rows = e.matching(&q);
    assert!(rows
        .iter()
        .all(|&r| e.table().cell(r, ATTRIBUANT) == region));
    let answer = e.answer(&q);
    assert_eq!(answer.totals, by_hand(&e, &rows));
    let attribuants = &answer.facets[0];
    assert_eq!(
        attribuants.values.len(),
        3,
        "the other authorities stay selectable"
    );
    assert!(attribuants.values[0].selected);
    assert_eq!(attribuants.values[0].totals, answer.totals);
    // Another facet counts only the region's rows.
    let nature = answer
        .facets
        .iter()
        .find(|f| f.column == NATURE)
        .expect("nature");
    let counted: usize = nature.values.iter().map(|v| v.totals.rows).sum();
    assert_eq!(counted, rows.len());
}

#[test]
fn a_range_on_the_amount_leaves_unknowns_out() {
    let e = example();
    let q = Query {
        ranges: vec![AmountRange {
            column: MONTANT,
            min: Some(1_000_000),
            max: Some(2_500_000),
        }],
        ..Query::default()
    };
    let rows = e.matching(&q);
    assert!(!rows.is_empty());
    for &r in &rows {
        let a = e.table().amount(r, MONTANT).expect("known");
        assert!((1_000_000..=2_500_000).contains(&a));
    }
    let answer = e.answer(&q);
    assert_eq!(answer.totals.unknown, 0);
    // The example's one row of unknown amount cannot be said to be in the range: it is
    // counted as left out for that, not silently dropped.
    let unknown = (0..e.table().len())
        .filter(|&r| e.table().amount(r, MONTANT).is_none())
        .count();
    assert_eq!(unknown, 1);
    assert_eq!(answer.left_out, LeftOut { amount: 1, date: 0 });
    assert_eq!(e.answer(&Query::default()).left_out, LeftOut::default());
}

#[test]
fn rows_left_out_for_an_unknown_value_are_counted_once_other_filters_keep_them() {
    let csv = b"nom;groupe;montant;date\nA;x;10;2024-01-02\nB;x;;2024-01-03\nC;y;;\nD;x;500;\nE;y;;2024-05-01\n";
    let e = explorer_of(csv);
    let schema = &e.table().schema;
    let (amount, group) = (2, 1);
    assert_eq!(schema.primary, Some(amount));
    let bounded = |facets: Vec<(usize, Vec<String>)>| Query {
        ranges: vec![AmountRange {
            column: amount,
            min: Some(100),
            max: None,
        }],
        dates: (Date::parse_iso("2024-01-01"), None),
        facets,
        ..Query::default()
    };
    // A (10 €, dated) is within; B and E have no amount, C neither amount nor date, D (500 €)
    // no date.
    let answer = e.answer(&bounded(vec![]));
    assert_eq!(answer.totals.rows, 1);
    assert_eq!(answer.left_out, LeftOut { amount: 3, date: 2 });
    // A facet keeping only "x": C and E are the facet's to leave out, not the unknowns'.
    let x = e.answer(&bounded(vec![(group, vec!["x".into()])]));
    assert_eq!(x.left_out, LeftOut { amount: 1, date: 1 });
    // A known amount outside the range is outside, whatever else is unknown (D); C still
    // lacks both.
    let high = Query {
        ranges: vec![AmountRange {
            column: amount,
            min: Some(100_000),
            max: None,
        }],
        dates: (Date::parse_iso("2024-01-01"), None),
        ..Query::default()
    };
    assert_eq!(e.answer(&high).left_out, LeftOut { amount: 3, date: 1 });
}

#[test]
fn a_date_range_keeps_the_rows_dated_within_it() {
    let e = example();
    let d = |s| Date::parse_iso(s);
    let q = Query {
        dates: (d("2023-01-01"), d("2023-12-31")),
        ..Query::default()
    };
    let rows = e.matching(&q);
    assert!(!rows.is_empty());
    assert!(rows
        .iter()
        .all(|&r| e.table().cell(r, 2).starts_with("2023-")));
    let all_2023 = (0..e.table().len())
        .filter(|&r| e.table().cell(r, 2).starts_with("2023-"))
        .count();
    assert_eq!(rows.len(), all_2023);
    // An open end.
    let later = e.matching(&Query {
        dates: (d("2024-01-01"), None),
        ..Query::default()
    });
    assert!(later.iter().all(|&r| e.table().cell(r, 2) >= "2024"));
}

#[test]
fn sorting_by_amount_puts_unknowns_last_both_ways() {
    let e = example();
    for descending in [false, true] {
        let q = Query {
            sort: vec![SortBy {
                column: MONTANT,
                descending,
            }],
            ..Query::default()
        };
        let rows = e.matching(&q);
        let amounts: Vec<Option<Cents>> =
            rows.iter().map(|&r| e.table().amount(r, MONTANT)).collect();
        assert_eq!(amounts.last(), Some(&None));
        let known: Vec<Cents> = amounts.iter().flatten().copied().collect();
        let mut sorted = known.clone();
        sorted.sort();
        if descending {
            sorted.reverse();
        }
        assert_eq!(known, sorted);
    }
}

#[test]
fn a_second_key_breaks_ties() {
    let e = example();
    let q = Query {
        sort: vec![
            SortBy {
                column: ATTRIBUANT,
                descending: false,
            },
            SortBy {
                column: MONTANT,
                descending: true,
            },
        ],
        ..Query::default()
    };
    let rows = e.matching(&q);
    for pair in rows.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (ka, kb) = (e.table().cell(a, ATTRIBUANT), e.table().cell(b, ATTRIBUANT));
        assert!(fold(ka) <= fold(kb));
        if ka == kb {
            let (x, y) = (e.table().amount(a, MONTANT), e.table().amount(b, MONTANT));
            assert!(y.is_none() || x >= y, "{x:?} then {y:?}");
        }
    }
}

#[test]
fn pages_and_the_export_of_a_view() {
    let mut text = String::from("nom;montant\n");
    for i in 0..120 {
        text.push_str(&format!("Ligne {i};{i}\n"));
    }
    let e = explorer_of(text.as_bytes());
    let page = |n| {
        e.answer(&Query {
            page: n,
            ..Query::default()
        })
    };
    assert_eq!(page(1).rows[0].cells[0], "Ligne 50");
    assert_eq!(page(2).rows.len(), 20);
    assert_eq!(page(9).page, 2, "past the end: the last page");
    let q = Query {
        sort: vec![SortBy {
            column: 1,
            descending: true,
        }],
        ranges: vec![AmountRange {
            column: 1,
            min: Some(11_000),
            max: None,
        }],
        ..Query::default()
    };
    let csv = e.csv(&q);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "\u{feff}nom;montant");
    assert_eq!(lines[1], "Ligne 119;119");
    assert_eq!(lines.len(), 1 + 10);
}

#[test]
fn a_keystroke_changes_the_text_only() {
    let typed = query("fest");
    assert!(typed.same_but_text(&query("festival")));
    assert!(typed.same_but_text(&typed));
    let changes = [
        Query {
            page: 1,
            ..typed.clone()
        },
        Query {
            facets: vec![(1, vec!["x".into()])],
            ..typed.clone()
        },
        Query {
            sort: vec![SortBy {
                column: 0,
                descending: true,
            }],
            ..typed.clone()
        },
        Query {
            dates: (Date::parse_iso("2020-01-01"), None),
            ..typed.clone()
        },
        Query {
            ranges: vec![AmountRange {
                column: 4,
                min: Some(1),
                max: None,
            }],
            ..typed.clone()
        },
    ];
    for other in &changes {
        assert!(!typed.same_but_text(other), "{other:?}");
        assert!(!other.same_but_text(&typed), "{other:?}");
    }
}

#[test]
fn a_facet_of_many_values_counts_each_row_once_whatever_their_number() {
    // 200 values fit a byte a row, 700 two bytes, 70 000 four: each row found, counted once.
    for distinct in [200usize, 700, 70_000] {
        let mut text = String::from("nom;groupe\n");
        for i in 0..distinct + 5 {
            text.push_str(&format!("P{i};V{}\n", i % distinct));
        }
        let schema = crate::open::Schema {
            kind: crate::open::Kind::Inferred,
            roles: vec![Role::Title, Role::Facet],
            primary: None,
            marks: None,
        };
        let e = explorer_with(text.as_bytes(), schema);
        let last = format!("V{}", distinct - 1);
        let q = Query {
            facets: vec![(1, vec![last.clone()])],
            ..Query::default()
        };
        let rows = e.matching(&q);
        assert_eq!(rows, vec![distinct - 1], "{distinct} values");
        let answer = e.answer(&Query::default());
        let counted: usize = answer.facets[0].values.iter().map(|v| v.totals.rows).sum();
        let listed = answer.facets[0].values.len();
        assert_eq!(
            listed + answer.facets[0].more,
            distinct,
            "{distinct} values"
        );
        assert!(counted <= distinct + 5);
        assert_eq!(
            answer.facets[0].values[0].totals.rows, 2,
            "V0 is in two rows"
        );
    }
}

/// A table of `rows` (group, amount or empty) as CSV.
fn generated(rows: &[(u8, Option<u16>)]) -> String {
    let mut text = String::from("nom;groupe;montant\n");
    for (i, (group, amount)) in rows.iter().enumerate() {
        let amount = amount.map(|a| a.to_string()).unwrap_or_default();
        text.push_str(&format!("Projet {i};G{group};{amount}\n"));
    }
    text
}

proptest! {
    /// Totals equal the sum of the rows, each facet's values add up to them, and any sort
    /// is a permutation of the rows matched.
    #[test]
    fn totals_and_sorts_hold(
        rows in prop::collection::vec((0u8..4, prop::option::of(0u16..1000)), 1..80),
        descending in any::<bool>(),
        column in 0usize..3,
        pick in prop::option::of(0u8..4),
    ) {
        let schema = crate::open::Schema {
            kind: crate::open::Kind::Inferred,
            roles: vec![Role::Title, Role::Facet, Role::Amount],
            primary: Some(2),
            marks: None,
        };
        let e = explorer_with(generated(&rows).as_bytes(), schema);
        let mut q = Query {
            sort: vec![SortBy { column, descending }],
            ..Query::default()
        };
        if let Some(g) = pick {
            q.facets = vec![(1, vec![format!("G{g}")])];
        }
        let matched = e.matching(&q);
        let mut unsorted = e.matching(&Query { sort: Vec::new(), ..q.clone() });
        let mut sorted = matched.clone();
        sorted.sort_unstable();
        unsorted.sort_unstable();
        prop_assert_eq!(sorted, unsorted);
        let answer = e.answer(&q);
        let mut expected = Totals::default();
        for &r in &matched {
            expected.rows += 1;
            match rows[r].1 {
                Some(a) => expected.sum += Cents::from(a) * 100,
                None => expected.unknown += 1,
            }
        }
        prop_assert_eq!(answer.totals, expected);
        if pick.is_none() {
            let groups = &answer.facets[0];
            let rows_sum: usize = groups.values.iter().map(|v| v.totals.rows).sum();
            let cents: Cents = groups.values.iter().map(|v| v.totals.sum).sum();
            prop_assert_eq!((rows_sum, cents), (expected.rows, expected.sum));
        }
    }
}
