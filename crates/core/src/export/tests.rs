//! Exports: headers in the reader's language, labels beside codes, values kept, names.

use super::*;
use crate::sort::{Column, SortKey};
use crate::validate::repository_dataset as dataset;
use proptest::prelude::*;

const TODAY: Date = Date {
    year: 2026,
    month: 11,
    day: 29,
};

fn records(text: &str) -> Vec<Vec<String>> {
    crate::csv_records::parse(text.trim_start_matches('\u{feff}'))
        .unwrap()
        .into_iter()
        .map(|r| r.fields)
        .collect()
}

#[test]
fn csv_starts_with_a_bom_and_headers_in_the_readers_language() {
    let data = dataset();
    let fr = csv(&data, &[0], Separator::Comma, Lang::Fr);
    assert!(fr.starts_with('\u{feff}'));
    let header = &records(&fr)[0];
    assert_eq!(header[0], "identifiant");
    assert_eq!(header[1..4], ["appel (code)", "appel", "année"]);
    assert!(header.contains(&"montant FTAP (€)".to_owned()));
    let en = csv(&data, &[0], Separator::Comma, Lang::En);
    assert_eq!(records(&en)[0][2], "call");
}

#[test]
fn the_call_comes_with_its_label_and_year() {
    let data = dataset();
    let i = data
        .projects
        .iter()
        .position(|p| p.id == "ftap2018-2-mentor")
        .unwrap();
    let row = &records(&csv(&data, &[i], Separator::Comma, Lang::Fr))[1];
    assert_eq!(row[1..4], ["2018-2", "2e appel à projets (2018)", "2018"]);
    assert_eq!(row[8..10], ["agents", "Agents publics et formation"]);
    let en = &records(&csv(&data, &[i], Separator::Comma, Lang::En))[1];
    assert_eq!(en[2], "2nd call for projects (2018)");
}

#[test]
fn semicolon_variant_separates_with_semicolons_and_quotes_when_needed() {
    let data = dataset();
    let text = csv(&data, &[0], Separator::Semicolon, Lang::Fr);
    let header = text.lines().next().unwrap();
    assert!(header.contains("identifiant;appel (code);appel;année"));
    // Commas inside values need no quotes with ';', semicolons would.
    assert!(!text.lines().nth(1).unwrap().starts_with('"'));
}

#[test]
fn every_value_of_every_project_comes_back_from_the_csv() {
    let data = dataset();
    let rows: Vec<usize> = (0..data.projects.len()).collect();
    let back = records(&csv(&data, &rows, Separator::Comma, Lang::Fr));
    let column = |key: &str| COLUMNS.iter().position(|(k, _)| *k == key).unwrap();
    let amount = |cell: &str| (!cell.is_empty()).then(|| cell.parse::<u64>().unwrap());
    for (p, row) in data.projects.iter().zip(&back[1..]) {
        assert_eq!(row[column("id")], p.id);
        assert_eq!(row[column("name")], p.name);
        assert_eq!(row[column("summary")], p.summary);
        assert_eq!(row[column("notes")], p.notes);
        assert_eq!(row[column("tags")], p.tags);
        assert_eq!(amount(&row[column("ftap_eur")]), p.ftap_eur);
        assert_eq!(amount(&row[column("total_cost_eur")]), p.total_cost_eur);
        assert_eq!(amount(&row[column("savings_eur")]), p.savings_eur);
        assert_eq!(row[column("project_count")], p.count.to_string());
        for figure in Figure::ALL {
            let cell = &row[column(figure.source_column())];
            assert_eq!(
                (!cell.is_empty()).then_some(cell.as_str()),
                p.figure_source(figure)
            );
        }
        assert_eq!(
            row[column("sources")]
                .split(SOURCE_SEPARATOR)
                .collect::<Vec<_>>(),
            p.sources
        );
    }
}

#[test]
fn json_has_the_columns_in_order_and_null_for_unknown() {
    let data = dataset();
    let i = data
        .projects
        .iter()
        .position(|p| p.ftap_eur.is_none())
        .unwrap();
    let text = json(&data, &[i], Lang::Fr);
    let positions: Vec<usize> = COLUMNS
        .iter()
        .map(|(c, _)| text.find(&format!("\"{c}\":")).unwrap())
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "columns in order"
    );
    assert!(text.contains("\"ftap_eur\": null"));
    assert_eq!(json(&data, &[], Lang::Fr), "[]\n");
}

#[test]
fn json_escapes_quotes_and_control_characters() {
    let mut out = String::new();
    json_string("a \"b\" \\ \n\u{1}", &mut out);
    assert_eq!(out, r#""a \"b\" \\ \n\u0001""#);
}

#[test]
fn file_name_says_the_view_the_date_and_the_variant() {
    let view = ViewState {
        query: "Procédure pénale / numérique !".into(),
        sort: vec![SortKey {
            column: Column::Ftap,
            direction: Direction::Desc,
        }],
        ..ViewState::default()
    };
    assert_eq!(
        file_name(&view, Format::CsvComma, TODAY),
        "ftap-projets_recherche-procedure-penale-numerique_tri-ftap-desc_2026-11-29_virgule.csv"
    );
    let filtered = ViewState::default()
        .apply(crate::state::Action::ToggleFacet(
            Facet::Ministry,
            "Ministère de la Justice".into(),
        ))
        .apply(crate::state::Action::SetRange(
            Amount::Ftap,
            crate::filters::Bounds {
                min: Some(1_500_000),
                max: None,
            },
        ));
    assert_eq!(
        file_name(&filtered, Format::CsvSemicolon, TODAY),
        "ftap-projets_ministry-ministere-de-la-justice_ftap-min-1.5M_2026-11-29_excel.csv"
    );
    assert_eq!(
        file_name(&ViewState::default(), Format::Json, TODAY),
        "ftap-projets_2026-11-29.json"
    );
    assert_ne!(
        file_name(&filtered, Format::Json, TODAY),
        file_name(&ViewState::default(), Format::Json, TODAY),
        "a filtered export is named apart from the full one"
    );
}

proptest! {
    #[test]
    fn any_subset_exports_as_many_csv_records_as_rows(
        picks in proptest::sample::subsequence((0..43usize).collect::<Vec<_>>(), 0..43)
    ) {
        let data = dataset();
        let rows: Vec<usize> = picks.into_iter().filter(|&i| i < data.projects.len()).collect();
        for sep in [Separator::Comma, Separator::Semicolon] {
            let text = csv(&data, &rows, sep, Lang::Fr).replace(';', ",");
            let records = crate::csv_records::parse(&text).map(|r| r.len());
            // Replacing ';' by ',' may split fields but never records: record count is stable.
            prop_assert_eq!(records.ok(), Some(rows.len() + 1));
        }
    }
}

#[test]
fn cells_a_spreadsheet_would_run_are_neutralised() {
    for (cell, written) in [
        ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        ("+33 1 23", "'+33 1 23"),
        // A plain number keeps its sign; anything more after a sign is neutralised.
        ("-2", "-2"),
        ("-1 234,5 €", "\"-1 234,5 €\""),
        ("-2+3", "'-2+3"),
        ("-2 -3", "'-2 -3"),
        // Blank space and dates run nothing either.
        ("\t", "\t"),
        ("\t2019-03-01", "\t2019-03-01"),
        ("\t=1", "'\t=1"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\tx", "'\tx"),
        ("\rx", "\"'\rx\""),
        ("Projet", "Projet"),
    ] {
        let mut out = String::new();
        csv_field(cell, ',', &mut out);
        assert_eq!(out, written, "{cell:?}");
    }
    // Through a whole export: a project whose fields were forged still exports inert text.
    let mut data = dataset();
    data.projects[0].name = "=cmd|' /C calc'!A0".into();
    data.projects[0].notes = "@import".into();
    let text = csv(&data, &[0], Separator::Semicolon, Lang::Fr);
    let row = &records(&text.replace(';', ","))[1];
    assert!(
        row.iter().all(|f| !f.starts_with(FORMULA_STARTS)),
        "{row:?}"
    );
}

#[test]
fn a_comparison_file_names_its_projects_and_date() {
    let ids = vec!["ftap2018-2-mentor".to_owned(), "ftap-exploc".to_owned()];
    assert_eq!(
        comparison_file_name(&ids, TODAY),
        "ftap-comparaison_ftap2018-2-mentor_ftap-exploc_2026-11-29_excel.csv"
    );
}
