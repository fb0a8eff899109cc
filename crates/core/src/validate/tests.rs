//! Each validation rule, fed with bad CSV text, must produce its exact, line-precise message.

use super::*;

const ROUNDS: &str =
    "id,year,kind,label,label_en,announced,applications,laureates,ftap_eur,sources,notes\n\
2018-1,2018,call,1er appel,1st call,2018-06-20,122,17,126000000,https://example.org/a,\n\
nc,,unassigned,Appel non établi,Call not established,,,,,https://example.org/b,\n";

const THEMES: &str = "id,label_fr,label_en\nt,Thème,Theme\n";

const HEADER: &str = "id,round,announced,name,ministry,carrier,theme,tags,project_count,grade,ftap_eur,total_cost_eur,savings_eur,summary,sources,announced_source,ftap_source,total_cost_source,savings_source,notes\n";

fn rounds() -> Vec<Round> {
    parse_rounds("data/rounds.csv", ROUNDS).expect("fixture rounds are valid")
}

fn themes() -> Vec<Theme> {
    parse_themes("data/themes.csv", THEMES).expect("fixture themes are valid")
}

/// The messages of a parse's errors, none when it succeeded.
fn messages<T>(result: Result<T, Vec<DataError>>) -> Vec<String> {
    result.map_or_else(
        |errors| errors.iter().map(ToString::to_string).collect(),
        |_| Vec::new(),
    )
}

/// Parses a projects file made of the header and the given rows; returns the error messages.
fn errors_for(rows: &str) -> Vec<String> {
    messages(parse_projects(
        "data/projects.csv",
        &format!("{HEADER}{rows}"),
        &rounds(),
        &themes(),
    ))
}

const GOOD: &str = "p1,2018-1,2018-06-20,Projet,Ministère A,,t,thème,,annonce,1000,,,Résumé.,https://example.org/x | https://example.org/y,https://example.org/x,https://example.org/y,,,\n";

/// The project of the row [`GOOD`].
fn good_project() -> Project {
    let projects = parse_projects(
        "data/projects.csv",
        &format!("{HEADER}{GOOD}"),
        &rounds(),
        &themes(),
    )
    .unwrap();
    projects.into_iter().next().unwrap()
}

#[test]
fn a_good_row_parses_with_unknown_amounts_as_none() {
    let p = &good_project();
    assert_eq!(p.ftap_eur, Some(1000));
    assert_eq!(p.total_cost_eur, None);
    assert_eq!(p.savings_eur, None);
    assert_eq!(p.sources.len(), 2);
    assert_eq!(p.round, 0);
}

#[test]
fn unparseable_amount() {
    let row =
        "p1,2018-1,,Projet,Ministère A,,t,,,annonce,24,3 M€,,,Résumé.,https://example.org/x,,,,,\n";
    // The unquoted comma makes one field too many: the row is reported as a whole.
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: 21 fields instead of 20 (a comma inside a value needs quotes)"]
    );
    let row =
        "p1,2018-1,,Projet,Ministère A,,t,,,annonce,24.3e6,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column ftap_eur: unparseable amount \"24.3e6\" (whole euros, digits only; empty if unknown)"]
    );
}

#[test]
fn negative_amount() {
    let row =
        "p1,2018-1,,Projet,Ministère A,,t,,,annonce,,-5,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column total_cost_eur: negative amount \"-5\""]
    );
}

#[test]
fn unknown_round() {
    let row = "p1,2031-9,,Projet,Ministère A,,t,,,annonce,,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column round: unknown round \"2031-9\" (not an id of data/rounds.csv)"]
    );
}

#[test]
fn duplicate_id_names_the_first_line() {
    let rows = format!("{GOOD}{GOOD}");
    assert_eq!(
        errors_for(&rows),
        vec!["data/projects.csv:3: column id: duplicate id \"p1\" (first used on line 2)"]
    );
}

#[test]
fn empty_name_ministry_and_sources() {
    let row = "p1,2018-1,,,,,t,,,annonce,,,,Résumé.,,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec![
            "data/projects.csv:2: column ministry: must not be empty",
            "data/projects.csv:2: column name: must not be empty",
            "data/projects.csv:2: column sources: must not be empty",
        ]
    );
}

#[test]
fn bad_date() {
    let row =
        "p1,2018-1,2018-02-30,Projet,Ministère A,,t,,,annonce,,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column announced: bad date \"2018-02-30\" (expected an existing YYYY-MM-DD, or empty)"]
    );
}

#[test]
fn non_https_source() {
    let row = "p1,2018-1,,Projet,Ministère A,,t,,,annonce,,,,Résumé.,https://example.org/x | http://example.org/y,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column sources: source \"http://example.org/y\" is not an https URL (several sources are separated by \" | \")"]
    );
}

#[test]
fn two_spellings_of_one_ministry() {
    let rows = format!(
        "{GOOD}p2,2018-1,,Projet 2,ministère a,,t,,,annonce,,,,Résumé.,https://example.org/x,,,,,\n"
    );
    assert_eq!(
        errors_for(&rows),
        vec!["data/projects.csv:3: column ministry: \"ministère a\" is another spelling of \"Ministère A\" (line 2): use one label"]
    );
}

#[test]
fn line_numbers_count_multi_line_fields() {
    let rows = "p0,2018-1,,Projet,Ministère A,,t,,,annonce,,,,\"Résumé\nsur deux lignes.\",https://example.org/x,,,,,\np1,2018-1,,Projet,Ministère A,,t,,,annonce,,-1,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(rows),
        vec!["data/projects.csv:4: column total_cost_eur: negative amount \"-1\""]
    );
}

#[test]
fn every_error_of_a_file_is_reported_at_once() {
    let rows = "p1,2018-1,,Projet,Ministère A,,t,,,annonce,x,,,Résumé.,https://example.org/x,,,,,\n\
                p2,2018-1,,Projet,Ministère A,,t,,,annonce,,y,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(errors_for(rows).len(), 2);
}

#[test]
fn wrong_header_is_reported_on_line_one() {
    let err =
        parse_projects("data/projects.csv", "id,name\np1,x\n", &rounds(), &themes()).unwrap_err();
    assert_eq!(err.len(), 1);
    assert!(err[0]
        .to_string()
        .starts_with("data/projects.csv:1: header must be exactly: id,round,"));
}

#[test]
fn bad_id_characters() {
    let row = "P 1,2018-1,,Projet,Ministère A,,t,,,annonce,,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column id: id \"P 1\" may only contain a-z, 0-9 and hyphens"]
    );
}

#[test]
fn round_file_rules() {
    let text =
        "id,year,kind,label,label_en,announced,applications,laureates,ftap_eur,sources,notes\n\
                r1,1990,kind,Appel,Call,,-3,,12x,ftp://x,\n";
    let errors: Vec<String> = messages(parse_rounds("data/rounds.csv", text));
    assert_eq!(
        errors,
        vec![
            "data/rounds.csv:2: column year: year 1990 is outside 2017-2100",
            "data/rounds.csv:2: column kind: unknown kind \"kind\" (expected call or unassigned)",
            "data/rounds.csv:2: column applications: negative amount \"-3\"",
            "data/rounds.csv:2: column ftap_eur: unparseable amount \"12x\" (whole euros, digits only; empty if unknown)",
            "data/rounds.csv:2: column sources: source \"ftp://x\" is not an https URL (several sources are separated by \" | \")",
        ]
    );
}

#[test]
fn unterminated_quote_is_reported_with_its_line() {
    let err = parse_projects(
        "data/projects.csv",
        &format!("{HEADER}{GOOD}p2,\"oops\n"),
        &rounds(),
        &themes(),
    )
    .unwrap_err();
    assert_eq!(
        err[0].to_string(),
        "data/projects.csv:3: quote opened and never closed"
    );
}

#[test]
fn the_real_data_files_are_valid() {
    let dataset = parse_dataset(&DataFiles {
        rounds: include_str!("../../../../data/rounds.csv"),
        themes: include_str!("../../../../data/themes.csv"),
        projects: include_str!("../../../../data/projects.csv"),
        aliases: include_str!("../../../../data/aliases.csv"),
        sources: include_str!("../../../../data/sources.csv"),
    });
    assert!(dataset.is_ok(), "{:?}", dataset.err());
}

#[test]
fn duplicate_acronyms_are_refused() {
    let text = "short,long\nOFII,Office A\nofii,Office B\n";
    let errors = parse_aliases("data/aliases.csv", text).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "data/aliases.csv:3: column short: duplicate acronym \"ofii\" (first on line 2)"
    );
}

#[test]
fn themes_come_from_the_controlled_list() {
    let row =
        "p1,2018-1,,Projet,Ministère A,,autre,,,annonce,,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column theme: unknown theme \"autre\" (not an id of data/themes.csv)"]
    );
    let row = "p1,2018-1,,Projet,Ministère A,,,,,annonce,,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column theme: must not be empty"]
    );
}

#[test]
fn a_row_counts_one_project_unless_it_says_more() {
    let projects = parse_projects(
        "data/projects.csv",
        &format!("{HEADER}{GOOD}"),
        &rounds(),
        &themes(),
    )
    .unwrap();
    assert_eq!(projects[0].count, 1);
    let row = "p1,2018-1,,Projet,Ministère A,,t,,2,annonce,,,,Résumé.,https://example.org/x,,,,,\n";
    let projects = parse_projects(
        "data/projects.csv",
        &format!("{HEADER}{row}"),
        &rounds(),
        &themes(),
    )
    .unwrap();
    assert_eq!(projects[0].count, 2);
    let row = "p1,2018-1,,Projet,Ministère A,,t,,0,annonce,,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column project_count: must be at least 1 (empty means 1)"]
    );
}

#[test]
fn the_theme_list_stays_short_and_complete() {
    let mut text = String::from("id,label_fr,label_en\n");
    for i in 0..=MAX_THEMES {
        text.push_str(&format!("t{i},Thème {i},Theme {i}\n"));
    }
    let errors = parse_themes("data/themes.csv", &text).unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "data/themes.csv:14: column id: more than 12 themes: merge some"
    );
    let errors = parse_themes("data/themes.csv", "id,label_fr,label_en\nt,Thème,\n").unwrap_err();
    assert_eq!(
        errors[0].to_string(),
        "data/themes.csv:2: column label_en: must not be empty"
    );
}

#[test]
fn sources_are_checked_with_a_url_parser() {
    let bad = [
        (
            "https://user:pass@example.org/a",
            "carries a user name or password",
        ),
        (
            "https://example.org\\a",
            "contains a space, a control character or a backslash",
        ),
        (
            "https://exa\u{7}mple.org/",
            "contains a space, a control character or a backslash",
        ),
        (
            "https://192.168.1.10/a",
            "has an IP address for host (192.168.1.10)",
        ),
        ("https://[::1]/a", "has an IP address for host ([::1])"),
        (
            "https://localhost/a",
            "has no registrable host name (\"localhost\")",
        ),
        (
            "https://example.123/a",
            "is not a URL (invalid IPv4 address)",
        ),
        (
            "https://example.c0m/a",
            "has no registrable host name (\"example.c0m\")",
        ),
        ("https:///a", "has no registrable host name"),
        ("http://example.org/", "is not an https URL"),
        ("javascript:alert(1)", "is not an https URL"),
    ];
    for (url, problem) in bad {
        let error = check_source(url).expect_err(url);
        assert!(error.starts_with(problem), "{url}: {error}");
    }
    assert_eq!(
        check_source("https://www.senat.fr/rap/l20-138-315-1/l20-138-315-115.html"),
        Ok(())
    );
    let row =
        "p1,2018-1,,Projet,Ministère A,,t,,,annonce,,,,Résumé.,https://u@example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column sources: source \"https://u@example.org/x\" carries a user name or password"]
    );
}

#[test]
fn text_a_spreadsheet_would_run_as_a_formula_is_refused() {
    for (field, start) in [
        ("=SUM(A1)", '='),
        ("+33 1", '+'),
        ("-x", '-'),
        ("@cmd", '@'),
    ] {
        let row = format!(
            "p1,2018-1,,{field},Ministère A,,t,,,annonce,,,,Résumé.,https://example.org/x,,,,,\n"
        );
        assert_eq!(
            errors_for(&row),
            vec![format!("data/projects.csv:2: column name: text starts with {start:?}, which a spreadsheet would run as a formula: reword it")]
        );
    }
    let row =
        "p1,2018-1,,Projet,Ministère A,,t,,,annonce,,,,Résumé.,https://example.org/x,,,,,\"=HYPERLINK(1)\"\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column notes: text starts with '=', which a spreadsheet would run as a formula: reword it"]
    );
}

#[test]
fn every_project_has_a_known_grade_of_evidence() {
    let row =
        "p1,2018-1,,Projet,Ministère A,,t,,,peut-être,,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column grade: unknown grade \"peut-être\" (expected annonce, source or p349)"]
    );
    let row = "p1,2018-1,,Projet,Ministère A,,t,,,,,,,Résumé.,https://example.org/x,,,,,\n";
    assert_eq!(
        errors_for(row),
        vec!["data/projects.csv:2: column grade: must not be empty"]
    );
}

/// A row with an FTAP amount of 1000 and the given sources and FTAP source.
fn row_with_ftap_source(sources: &str, ftap_source: &str) -> String {
    format!(
        "p1,2018-1,,Projet,Ministère A,,t,,,annonce,1000,,,Résumé.,{sources},,{ftap_source},,,\n"
    )
}

#[test]
fn each_figure_has_its_own_source_among_the_rows() {
    let p = &good_project();
    assert_eq!(
        p.figure_source(Figure::Announced),
        Some("https://example.org/x")
    );
    assert_eq!(p.figure_source(Figure::Ftap), Some("https://example.org/y"));
    assert_eq!(p.figure_source(Figure::TotalCost), None);
    assert_eq!(
        errors_for(&row_with_ftap_source("https://example.org/x", "")),
        vec!["data/projects.csv:2: column ftap_source: must not be empty: the figure beside it needs its own source"]
    );
    assert_eq!(
        errors_for(&row_with_ftap_source("https://example.org/x", "https://example.org/z")),
        vec!["data/projects.csv:2: column ftap_source: source \"https://example.org/z\" is not among the row's sources (column sources)"]
    );
    assert_eq!(
        errors_for(&row_with_ftap_source("https://example.org/x", "http://example.org/x")),
        vec!["data/projects.csv:2: column ftap_source: source \"http://example.org/x\" is not an https URL (several sources are separated by \" | \")"]
    );
    let unknown_with_source = "p1,2018-1,,Projet,Ministère A,,t,,,annonce,,,,Résumé.,https://example.org/x,,,https://example.org/x,,\n";
    assert_eq!(
        errors_for(unknown_with_source),
        vec!["data/projects.csv:2: column total_cost_source: names a source for a figure that is empty (unknown): remove it, or fill the figure"]
    );
}

const SOURCES_HEADER: &str = "url,title,publisher,published,consulted\n";

fn source_errors(rows: &str) -> Vec<String> {
    messages(parse_sources(
        "data/sources.csv",
        &format!("{SOURCES_HEADER}{rows}"),
    ))
}

#[test]
fn sources_are_described_with_title_publisher_and_dates() {
    let sources = parse_sources(
        "data/sources.csv",
        &format!("{SOURCES_HEADER}https://example.org/x,Titre,Éditeur,2018-06-20,2026-11-28\n"),
    )
    .unwrap();
    assert_eq!(sources[0].title, "Titre");
    assert_eq!(sources[0].published, Date::parse_iso("2018-06-20"));
    assert_eq!(Some(sources[0].consulted), Date::parse_iso("2026-11-28"));
    assert_eq!(
        source_errors("https://example.org/x,,,2018-06-20,\n"),
        vec![
            "data/sources.csv:2: column title: must not be empty",
            "data/sources.csv:2: column publisher: must not be empty",
            "data/sources.csv:2: column consulted: must not be empty (the date our data took a fact from it)",
        ]
    );
    assert_eq!(
        source_errors("https://example.org/x,T,E,2020-01-02,2019-12-31\n"),
        vec!["data/sources.csv:2: column consulted: 2019-12-31 comes before the publication date 2020-01-02"]
    );
    assert_eq!(
        source_errors("https://example.org/x,T,E,,2026-01-01\nhttps://example.org/x,T,E,,2026-01-01\n"),
        vec!["data/sources.csv:3: column url: \"https://example.org/x\" is already described on line 2"]
    );
    assert_eq!(
        source_errors("ftp://example.org/x,T,E,2018-13-01,2026-01-01\n"),
        vec![
            "data/sources.csv:2: column url: \"ftp://example.org/x\" is not an https URL (several sources are separated by \" | \")",
            "data/sources.csv:2: column published: bad date \"2018-13-01\" (expected an existing YYYY-MM-DD, or empty)",
        ]
    );
}

#[test]
fn every_cited_url_is_described_and_every_description_cited() {
    let projects = format!("{HEADER}{GOOD}");
    let files = |sources: &'static str| DataFiles {
        rounds: ROUNDS,
        themes: THEMES,
        projects: Box::leak(projects.clone().into_boxed_str()),
        aliases: "short,long\n",
        sources,
    };
    let complete = "url,title,publisher,published,consulted\n\
https://example.org/a,A,E,,2026-01-01\n\
https://example.org/b,B,E,,2026-01-01\n\
https://example.org/x,X,E,,2026-01-02\n\
https://example.org/y,Y,E,,2026-01-03\n";
    let dataset = parse_dataset(&files(complete)).unwrap();
    assert_eq!(dataset.updated(), Date::parse_iso("2026-01-03"));
    assert_eq!(
        dataset
            .source("https://example.org/y")
            .map(|s| s.title.as_str()),
        Some("Y")
    );
    let missing_y = "url,title,publisher,published,consulted\n\
https://example.org/a,A,E,,2026-01-01\n\
https://example.org/b,B,E,,2026-01-01\n\
https://example.org/x,X,E,,2026-01-02\n\
https://example.org/z,Z,E,,2026-01-03\n";
    let errors: Vec<String> = messages(parse_dataset(&files(missing_y)));
    assert_eq!(
        errors,
        vec![
            "data/projects.csv:2: column sources: source \"https://example.org/y\" is not described in data/sources.csv (add its title, publisher and dates there)",
            "data/sources.csv:5: column url: \"https://example.org/z\" is cited by no round and no project: remove the row",
        ]
    );
}
