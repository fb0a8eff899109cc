//! URL codec: round trips, short links, and every kind of bad parameter.

use super::*;
use crate::validate::repository_dataset as dataset;
use proptest::prelude::*;

thread_local! {
    static CATALOG: Catalog = Catalog::new(dataset());
}

fn decoded(search: &str) -> (ViewState, Vec<Ignored>) {
    CATALOG.with(|c| decode(search, c))
}

fn reasons(search: &str) -> Vec<(String, Reason)> {
    decoded(search)
        .1
        .into_iter()
        .map(|i| (i.key, i.reason))
        .collect()
}

#[test]
fn default_view_is_an_empty_query_string() {
    assert_eq!(encode(&ViewState::default()), "");
    assert_eq!(decoded(""), (ViewState::default(), vec![]));
    assert_eq!(decoded("?"), (ViewState::default(), vec![]));
}

#[test]
fn a_full_view_encodes_compactly_and_decodes_back() {
    let view = ViewState {
        query: "fourrière & co".into(),
        sort: vec![
            SortKey {
                column: Column::Ftap,
                direction: Direction::Desc,
            },
            SortKey {
                column: Column::Name,
                direction: Direction::Asc,
            },
        ],
        project: Some("ftap2018-2-si-fourrieres".into()),
        lang: Lang::En,
        scheme: Some(Scheme::Dark),
        page: 1,
        group: Facet::Round,
        group_sort: Some((crate::breakdown::GroupColumn::Ftap, true)),
        facets: [(Facet::Year, ["2018".to_string(), "2019".to_string()].into())].into(),
        ranges: {
            let mut r = crate::filters::Ranges::default();
            r.set(
                Amount::Ftap,
                Bounds {
                    min: Some(1_000_000),
                    max: None,
                },
            );
            r
        },
        compare: vec!["ftap2018-2-mentor".into(), "ftap-exploc".into()],
        columns: vec![Column::Carrier, Column::Year],
        confirmed_only: true,
    };
    let url = encode(&view);
    assert_eq!(
        url,
        "?q=fourri%C3%A8re%20%26%20co&year=2018%7C2019&ftap=1000000-&sort=-ftap%2Cname&group=round&gsort=-ftap&page=2&project=ftap2018-2-si-fourrieres&compare=ftap2018-2-mentor%2Cftap-exploc&confirmed=1&cols=carrier%2Cyear&lang=en&scheme=dark"
    );
    assert_eq!(decoded(&url), (view, vec![]));
}

#[test]
fn plus_and_lowercase_escapes_are_read() {
    assert_eq!(decoded("q=code+du+travail").0.query, "code du travail");
    assert_eq!(decoded("q=%c3%a9").0.query, "é");
}

#[test]
fn unknown_names_are_ignored_and_the_rest_applies() {
    let (view, ignored) = decoded("?utm_source=x&q=justice&fbclid=1");
    assert_eq!(view.query, "justice");
    assert_eq!(ignored.len(), 2);
    assert!(ignored.iter().all(|i| i.reason == Reason::UnknownName));
}

#[test]
fn bad_values_are_ignored() {
    assert_eq!(
        reasons("sort=price"),
        vec![("sort".into(), Reason::BadValue)]
    );
    assert_eq!(
        reasons("sort=ftap,-ftap"),
        vec![("sort".into(), Reason::BadValue)]
    );
    assert_eq!(reasons("sort=,"), vec![("sort".into(), Reason::BadValue)]);
    assert_eq!(reasons("lang=de"), vec![("lang".into(), Reason::BadValue)]);
    assert_eq!(
        reasons("scheme=blue"),
        vec![("scheme".into(), Reason::BadValue)]
    );
}

#[test]
fn facet_values_must_exist() {
    let (view, ignored) = decoded("ministry=Minist%C3%A8re%20de%20la%20Justice&year=1999");
    assert!(view.facets[&Facet::Ministry].contains("Ministère de la Justice"));
    assert_eq!(
        ignored,
        vec![Ignored {
            key: "year".into(),
            reason: Reason::UnknownValue
        }]
    );
}

#[test]
fn ranges_need_digits_and_order() {
    assert_eq!(
        decoded("ftap=-5000000").0.ranges.get(Amount::Ftap).max,
        Some(5_000_000)
    );
    for bad in ["ftap=5-1", "ftap=-", "ftap=1e6-", "ftap=abc", "cost=1-1"] {
        assert_eq!(decoded(bad).1.len(), 1, "{bad}");
    }
}

#[test]
fn grouping_and_its_sort_are_read() {
    let (view, ignored) = decoded("group=round&gsort=-median");
    assert_eq!(view.group, Facet::Round);
    assert_eq!(
        view.group_sort,
        Some((crate::breakdown::GroupColumn::Median, true))
    );
    assert!(ignored.is_empty());
    assert_eq!(reasons("group=planet")[0].1, Reason::BadValue);
    assert_eq!(reasons("gsort=-size")[0].1, Reason::BadValue);
}

#[test]
fn pages_are_one_based_and_bounded() {
    assert_eq!(decoded("page=3").0.page, 2);
    for bad in ["page=0", "page=-1", "page=99999999999999999999", "page=x"] {
        assert_eq!(reasons(bad)[0].1, Reason::BadValue, "{bad}");
    }
}

#[test]
fn unknown_project_is_ignored() {
    let (view, ignored) = decoded("project=nope&q=a");
    assert_eq!(view.project, None);
    assert_eq!(view.query, "a");
    assert_eq!(ignored[0].reason, Reason::UnknownProject);
}

#[test]
fn invalid_escapes_and_invalid_utf8_are_ignored() {
    assert_eq!(reasons("q=%zz"), vec![("q".into(), Reason::BadEscape)]);
    assert_eq!(reasons("q=%C3"), vec![("q".into(), Reason::BadEscape)]);
    assert_eq!(reasons("q=%FF%FE"), vec![("q".into(), Reason::BadEscape)]);
    assert_eq!(reasons("q=%+1"), vec![("q".into(), Reason::BadEscape)]);
    assert_eq!(reasons("q=abc%"), vec![("q".into(), Reason::BadEscape)]);
}

#[test]
fn huge_values_and_floods_are_ignored() {
    let long = format!("q={}", "a".repeat(MAX_VALUE_LEN + 1));
    assert_eq!(reasons(&long), vec![("q".into(), Reason::TooLong)]);
    let flood = vec!["x=1"; 200].join("&");
    let ignored = decoded(&flood).1;
    assert_eq!(ignored.len(), MAX_PARAMS + 1);
    assert_eq!(ignored.last().unwrap().reason, Reason::TooMany);
}

#[test]
fn repeated_parameters_keep_the_first() {
    let (view, ignored) = decoded("q=a&q=b");
    assert_eq!(view.query, "a");
    assert_eq!(ignored[0].reason, Reason::Repeated);
}

#[test]
fn typing_replaces_history_and_other_changes_push() {
    let base = ViewState::default();
    let typed = ViewState {
        query: "x".into(),
        ..base.clone()
    };
    assert_eq!(history_mode(&base, &base), HistoryMode::Keep);
    assert_eq!(history_mode(&base, &typed), HistoryMode::Replace);
    let opened = ViewState {
        project: Some("p".into()),
        ..typed.clone()
    };
    assert_eq!(history_mode(&typed, &opened), HistoryMode::Push);
}

fn any_view() -> impl Strategy<Value = ViewState> {
    let ids: Vec<String> = dataset().projects.into_iter().map(|p| p.id).collect();
    let facet_options: Vec<(Facet, String)> = CATALOG.with(|c| {
        Facet::ALL
            .iter()
            .flat_map(|&f| c.facets.values(f).iter().map(move |v| (f, v.clone())))
            .collect()
    });
    let facets = proptest::sample::subsequence(facet_options, 0..5).prop_map(|picks| {
        let mut s = crate::facets::Selection::new();
        for (f, v) in picks {
            s.entry(f).or_default().insert(v);
        }
        s
    });
    let bound = proptest::option::of(0u64..100_000_000);
    let ranges = proptest::collection::vec((bound.clone(), bound), 3).prop_map(|pairs| {
        let mut r = crate::filters::Ranges::default();
        for (amount, (a, b)) in Amount::ALL.into_iter().zip(pairs) {
            let (min, max) = match (a, b) {
                (Some(a), Some(b)) if a >= b => (Some(b), Some(a + 1)),
                other => other,
            };
            r.set(amount, Bounds { min, max });
        }
        r
    });
    let sort = proptest::sample::subsequence(Column::ALL.to_vec(), 0..=Column::ALL.len())
        .prop_shuffle()
        .prop_flat_map(|columns| {
            let n = columns.len();
            proptest::collection::vec(any::<bool>(), n).prop_map(move |descs| {
                columns
                    .iter()
                    .zip(descs)
                    .map(|(&column, desc)| SortKey {
                        column,
                        direction: if desc {
                            Direction::Desc
                        } else {
                            Direction::Asc
                        },
                    })
                    .collect::<Vec<_>>()
            })
        });
    (
        ".{0,40}",
        sort,
        proptest::option::of(proptest::sample::select(ids.clone())),
        any::<bool>(),
        proptest::option::of(any::<bool>()),
        facets,
        ranges,
        0usize..1000,
        (
            proptest::sample::select(Facet::GROUPINGS.to_vec()),
            proptest::option::of((
                proptest::sample::select(crate::breakdown::GroupColumn::ALL.to_vec()),
                any::<bool>(),
            )),
            proptest::sample::subsequence(ids.clone(), 0..=crate::state::MAX_COMPARED)
                .prop_shuffle(),
            proptest::sample::subsequence(Column::OPTIONAL.to_vec(), 0..=2),
        ),
    )
        .prop_map(
            |(
                query,
                sort,
                project,
                english,
                dark,
                facets,
                ranges,
                page,
                (group, group_sort, compare, columns),
            )| {
                ViewState {
                    group,
                    group_sort,
                    compare,
                    columns,
                    confirmed_only: english && dark.is_some(),
                    query,
                    sort,
                    project,
                    lang: if english { Lang::En } else { Lang::Fr },
                    scheme: dark.map(|d| if d { Scheme::Dark } else { Scheme::Light }),
                    facets,
                    ranges,
                    page,
                }
            },
        )
}

proptest! {
    #[test]
    fn state_to_url_to_state_is_identity(view in any_view()) {
        let url = encode(&view);
        prop_assert_eq!(decoded(&url), (view, vec![]));
    }

    #[test]
    fn a_project_link_is_its_page_with_the_rest_of_the_view(view in any_view(), id in "[a-z0-9-]{1,30}") {
        let link = ProjectLinks::of(&view).link(&id);
        let rest = link.strip_prefix(&format!("projets/{id}/")).expect("the project's page first");
        // The page names the project; the query gives back the rest of the view as it was.
        prop_assert_eq!(project_in_path(&format!("/explorer/projets/{id}/")), Some(id.clone()));
        prop_assert_eq!(decoded(rest), (ViewState { project: None, ..view.clone() }, vec![]));
        let opened = ViewState { project: Some(id.clone()), ..view };
        prop_assert_eq!(permalink(&opened), link);
    }

    #[test]
    fn a_link_is_what_precedes_its_first_question_mark_then_the_rest(view in any_view(), id in any::<String>()) {
        // What the page relies on to complete the table's links in JavaScript (web.rs): the
        // page's path never holds a `?`, and the rest starts with one or is empty.
        let links = ProjectLinks::of(&view);
        let link = links.link(&id);
        let path = link.split('?').next().unwrap_or_default();
        prop_assert_eq!(path, project_page(&id));
        prop_assert_eq!(format!("{path}{}", links.rest()), link);
        prop_assert!(links.rest().is_empty() || links.rest().starts_with('?'));
    }

    #[test]
    fn a_permalink_without_a_project_is_the_query_string(view in any_view()) {
        let view = ViewState { project: None, ..view };
        let link = permalink(&view);
        let expected = if encode(&view).is_empty() { "./".to_owned() } else { encode(&view) };
        prop_assert_eq!(link, expected);
    }

    #[test]
    fn decoding_arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = decoded(&text);
    }

    #[test]
    fn decoding_arbitrary_bytes_as_escapes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..100)) {
        let search: String = bytes.iter().map(|b| format!("%{b:02X}")).collect();
        let _ = decoded(&format!("q={search}&{search}={search}"));
    }
}

#[test]
fn ignored_names_are_shown_without_invisible_or_bidi_characters() {
    let catalog = crate::catalog::Catalog::new(dataset());
    let (_, ignored) = decode(
        "?ev%E2%80%AEil%E2%80%8B%0A=1&%E2%81%A6x%E2%81%A9=2",
        &catalog,
    );
    let names: Vec<&str> = ignored.iter().map(|i| i.key.as_str()).collect();
    assert_eq!(names, vec!["evil", "x"]);
    assert_eq!(printable("a\u{202e}b\u{0007}c", 2), "ab");
}

proptest! {
    #[test]
    fn printable_names_hold_no_invisible_character(name in "\\PC{0,20}[\u{200b}-\u{200f}\u{202a}-\u{202e}\u{2066}-\u{2069}\u{0}-\u{1f}]{1,3}\\PC{0,20}") {
        let shown = printable(&name, 40);
        let visible = |c: char| {
            !c.is_control()
                && !('\u{200b}'..='\u{200f}').contains(&c)
                && !('\u{202a}'..='\u{202e}').contains(&c)
                && !('\u{2066}'..='\u{2069}').contains(&c)
        };
        prop_assert!(shown.chars().all(visible), "{:?}", shown);
    }
}

#[test]
fn a_comparison_holds_known_distinct_projects_four_at_most() {
    let too_many = "compare=ftap2018-2-mentor,ftap-exploc,ftap2018-2-hipe,ftap2018-1-cfvr,ftap2018-2-geoplateforme";
    assert_eq!(decoded(too_many).1[0].reason, Reason::BadValue);
    assert_eq!(
        decoded("compare=ftap-exploc,ftap-exploc").1[0].reason,
        Reason::BadValue
    );
    assert_eq!(
        decoded("compare=ftap-exploc,nope").1[0].reason,
        Reason::UnknownProject
    );
    assert_eq!(
        decoded("cols=ministry").1[0].reason,
        Reason::BadValue,
        "not an optional column"
    );
    let view = ViewState::default()
        .apply(crate::state::Action::ToggleCompare("a".into()))
        .apply(crate::state::Action::ToggleCompare("b".into()))
        .apply(crate::state::Action::ToggleCompare("c".into()))
        .apply(crate::state::Action::ToggleCompare("d".into()))
        .apply(crate::state::Action::ToggleCompare("e".into()));
    assert_eq!(
        view.compare,
        vec!["a", "b", "c", "d"],
        "a fifth project is not added"
    );
    let view = view.apply(crate::state::Action::ToggleCompare("b".into()));
    assert_eq!(view.compare, vec!["a", "c", "d"]);
}

#[test]
fn an_address_on_a_project_page_opens_that_project_unless_its_query_opens_another() {
    let catalog = crate::catalog::Catalog::new(dataset());
    let first = catalog.data.projects[0].id.clone();
    let second = catalog.data.projects[1].id.clone();
    let page = format!("/x/{}", project_page(&first));
    let (view, ignored) = decode_address("?q=justice", &page, &catalog);
    assert_eq!(
        (view.project.as_deref(), view.query.as_str(), ignored),
        (Some(first.as_str()), "justice", vec![])
    );
    let other = format!("?project={second}");
    assert_eq!(
        decode_address(&other, &page, &catalog).0.project,
        Some(second)
    );
    assert_eq!(
        decode_address("", "/x/projets/inconnu/", &catalog)
            .0
            .project,
        None
    );
    assert_eq!(decode_address("?q=a", "/x/", &catalog), decoded("?q=a"));
}

#[test]
fn a_project_page_path_names_its_project() {
    for (path, id) in [
        ("/projets/ftap2018-2-mentor/", Some("ftap2018-2-mentor")),
        (
            "/un/sous/chemin/projets/ftap-exploc/index.html",
            Some("ftap-exploc"),
        ),
        ("/", None),
        ("/projets/", None),
        ("/projets/Bad_Id/", None),
        ("/autre/ftap-exploc/", None),
        ("/projets/ftap-exploc", None),
    ] {
        assert_eq!(project_in_path(path).as_deref(), id, "{path}");
    }
}
