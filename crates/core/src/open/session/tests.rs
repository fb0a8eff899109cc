//! The session reducer: stages, requests sent, and queries that never pile up.

use super::*;
use crate::open::report::Report;
use crate::open::schema::Kind;
use crate::open::Encoding;

fn previewed() -> Previewed {
    Previewed {
        encoding: Encoding::Utf8,
        delimiter: b';',
        headers: vec!["nom".into(), "groupe".into(), "montant".into()],
        sample: Vec::new(),
        schema: Schema {
            kind: Kind::Inferred,
            roles: vec![Role::Title, Role::Facet, Role::Amount],
            primary: Some(2),
            marks: None,
        },
        marks: Default::default(),
        size: Some(1000),
    }
}

fn open(schema: Option<Schema>) -> Session {
    Session::default().apply(Action::Open {
        source: Source::Picked("f.csv".into()),
        url: "blob:x".into(),
        schema,
        query: Query::default(),
    })
}

fn loaded() -> Loaded {
    Loaded {
        report: Report::default(),
        summary: Vec::new(),
        truncated: false,
        elapsed_ms: 1,
        memory_bytes: 0,
    }
}

fn answer(page: usize) -> Answer {
    Answer {
        page,
        ..Answer::default()
    }
}

/// The requests sent since request number `after`.
fn sent_after(session: &Session, after: u64) -> Vec<Request> {
    session
        .outbox
        .iter()
        .filter(|(n, _)| *n > after)
        .map(|(_, r)| r.clone())
        .collect()
}

fn ready() -> Session {
    open(None)
        .apply(Action::Reply(Reply::Previewed(previewed())))
        .apply(Action::Confirm)
        .apply(Action::Reply(Reply::Loaded(loaded())))
}

#[test]
fn open_map_confirm_load_then_query() {
    let s = open(None);
    assert_eq!(s.stage, Stage::Reading);
    assert_eq!(
        sent_after(&s, 0),
        vec![Request::Preview {
            url: "blob:x".into()
        }]
    );
    let s = s.apply(Action::Reply(Reply::Previewed(previewed())));
    assert_eq!(s.stage, Stage::Mapping);
    let before = s.sent;
    let s = s.apply(Action::Confirm);
    assert!(matches!(
        s.stage,
        Stage::Loading(Progress {
            total: Some(1000),
            ..
        })
    ));
    assert_eq!(
        sent_after(&s, before),
        vec![Request::Load(previewed().schema)]
    );
    let before = s.sent;
    let s = s.apply(Action::Reply(Reply::Loaded(loaded())));
    assert_eq!(s.stage, Stage::Ready);
    assert!(matches!(sent_after(&s, before)[..], [Request::Query(_, _)]));
}

#[test]
fn a_mapping_from_the_address_skips_the_panel() {
    let s = open(Some(previewed().schema)).apply(Action::Reply(Reply::Previewed(previewed())));
    assert!(matches!(s.stage, Stage::Loading(_)));
    // One that does not fit the file shows the panel.
    let wrong = Schema {
        roles: vec![Role::Title],
        ..previewed().schema
    };
    let s = open(Some(wrong)).apply(Action::Reply(Reply::Previewed(previewed())));
    assert_eq!(s.stage, Stage::Mapping);
}

#[test]
fn the_mapping_stays_loadable_while_edited() {
    let s = open(None).apply(Action::Reply(Reply::Previewed(previewed())));
    let s = s.apply(Action::SetRole(1, Role::Title));
    let schema = s.schema.clone().expect("schema");
    assert_eq!(schema.roles, vec![Role::Text, Role::Title, Role::Amount]);
    assert_eq!(s.mapping_problem(), None);
    let s = s.apply(Action::SetRole(2, Role::Other));
    assert_eq!(s.schema.as_ref().and_then(|x| x.primary), None);
    assert_eq!(s.mapping_problem(), None);
    let s = s
        .apply(Action::SetRole(0, Role::Amount))
        .apply(Action::SetRole(2, Role::Amount));
    assert_eq!(s.schema.as_ref().and_then(|x| x.primary), Some(0));
    let s = s.apply(Action::SetPrimary(2));
    assert_eq!(s.schema.as_ref().and_then(|x| x.primary), Some(2));
    let s = s.apply(Action::SetPrimary(1));
    assert_eq!(
        s.schema.as_ref().and_then(|x| x.primary),
        Some(2),
        "not an amount"
    );
}

#[test]
fn the_reader_says_how_commas_read_and_the_load_is_asked_so() {
    let s = open(None).apply(Action::Reply(Reply::Previewed(previewed())));
    let s = s.apply(Action::SetMarks(Marks::ThousandsComma));
    let expected = Schema {
        marks: Some(Marks::ThousandsComma),
        ..previewed().schema
    };
    assert_eq!(s.schema.as_ref(), Some(&expected));
    let before = s.sent;
    let s = s.apply(Action::Confirm);
    assert_eq!(
        sent_after(&s, before),
        vec![Request::Load(expected.clone())]
    );
    // Once loading, the mapping no longer changes.
    let s = s.apply(Action::SetMarks(Marks::DecimalComma));
    assert_eq!(s.schema.as_ref(), Some(&expected));
}

#[test]
fn keystrokes_while_a_query_runs_are_not_all_sent() {
    let s = ready();
    let first = s.sent;
    let s = s
        .apply(Action::Search("a".into()))
        .apply(Action::Search("ab".into()))
        .apply(Action::Search("abc".into()));
    assert!(
        sent_after(&s, first).is_empty(),
        "the first query is still being answered"
    );
    let s = s.apply(Action::Reply(Reply::Answer(first, answer(0))));
    assert_eq!(
        s.answered.text, "",
        "the answer shown is for the first query"
    );
    let sent = sent_after(&s, first);
    assert_eq!(sent.len(), 1);
    assert!(matches!(&sent[0], Request::Query(_, q) if q.text == "abc"));
    // A stale answer is dropped.
    let shown = s.answer.clone();
    let s = s.apply(Action::Reply(Reply::Answer(first, answer(3))));
    assert_eq!(s.answer, shown);
    let s = s.apply(Action::Reply(Reply::Answer(s.sent, answer(0))));
    assert_eq!(s.answered.text, "abc");
}

#[test]
fn sorting_cycles_and_keeps_a_second_key() {
    let mut s = ready();
    s = s.apply(Action::SortBy(2));
    assert_eq!(
        s.query.sort,
        vec![SortBy {
            column: 2,
            descending: true
        }]
    );
    s = s.apply(Action::SortBy(2));
    assert_eq!(
        s.query.sort,
        vec![SortBy {
            column: 2,
            descending: false
        }]
    );
    s = s.apply(Action::SortBy(0));
    assert_eq!(
        s.query.sort,
        vec![
            SortBy {
                column: 0,
                descending: false
            },
            SortBy {
                column: 2,
                descending: false
            }
        ]
    );
}

#[test]
fn facets_toggle_and_pages_reset() {
    let s = ready().apply(Action::Page(3));
    assert_eq!(s.query.page, 3);
    let s = s.apply(Action::ToggleFacet(1, "A".into()));
    assert_eq!(s.query.facets, vec![(1, vec!["A".to_owned()])]);
    assert_eq!(s.query.page, 0);
    let s = s
        .apply(Action::ToggleFacet(1, "B".into()))
        .apply(Action::ToggleFacet(1, "A".into()));
    assert_eq!(s.query.facets, vec![(1, vec!["B".to_owned()])]);
    let s = s.apply(Action::ToggleFacet(1, "B".into()));
    assert!(s.query.facets.is_empty());
}

#[test]
fn ranges_replace_each_other_per_column_and_go_away_when_emptied() {
    let s = ready()
        .apply(Action::Range(2, Some(100), None))
        .apply(Action::Range(2, None, Some(500)));
    assert_eq!(
        s.query.ranges,
        vec![crate::open::explore::AmountRange {
            column: 2,
            min: None,
            max: Some(500)
        }]
    );
    let s = s.apply(Action::Range(2, None, None));
    assert!(s.query.ranges.is_empty());
    let d = crate::model::Date::parse_iso("2020-01-01");
    assert_eq!(s.apply(Action::Dates(d, None)).query.dates, (d, None));
}

#[test]
fn closing_a_load_cancels_it_and_late_replies_change_nothing() {
    let s = open(None)
        .apply(Action::Reply(Reply::Previewed(previewed())))
        .apply(Action::Confirm);
    let before = s.sent;
    let s = s.apply(Action::Close);
    assert_eq!(s.stage, Stage::Idle);
    assert_eq!(sent_after(&s, before), vec![Request::Cancel]);
    let late = s.apply(Action::Reply(Reply::Loaded(loaded())));
    assert_eq!(late.stage, Stage::Idle);
}

#[test]
fn the_opened_data_replaces_the_ftap_data_from_reading_to_closing() {
    assert!(!Stage::Idle.replaces_ftap());
    let s = open(None);
    assert!(s.stage.replaces_ftap());
    assert!(Stage::Mapping.replaces_ftap());
    assert!(Stage::Loading(Progress::default()).replaces_ftap());
    assert!(Stage::Ready.replaces_ftap());
    assert!(!s.apply(Action::Close).stage.replaces_ftap());
}

#[test]
fn a_failure_keeps_the_ftap_data() {
    let s = open(None).apply(Action::Reply(Reply::Failed(Failure::NotCsv(
        crate::open::NotCsv::Markup,
    ))));
    assert!(matches!(s.stage, Stage::Failed(_)));
    assert!(!s.stage.replaces_ftap());
    assert!(
        Session::default()
            .apply(Action::Reply(Reply::Failed(Failure::Mapping)))
            .stage
            == Stage::Idle
    );
}

#[test]
fn a_refused_address_is_told_and_closed() {
    let s = Session::default().apply(Action::Refuse(
        crate::open::address::AddressProblem::NotRelative,
    ));
    assert!(matches!(s.stage, Stage::Failed(Failure::Address(_))));
    assert!(s.outbox.is_empty());
    assert_eq!(s.apply(Action::Close).stage, Stage::Idle);
}

#[test]
fn the_outbox_keeps_the_latest_requests_only() {
    let mut s = ready();
    for i in 0..20 {
        s = s.apply(Action::Reply(Reply::Answer(s.sent, answer(0))));
        s = s.apply(Action::Search(i.to_string()));
    }
    assert!(s.outbox.len() <= OUTBOX);
    assert_eq!(s.outbox.last().map(|(n, _)| *n), Some(s.sent));
}

#[test]
fn typing_is_a_change_of_text_alone_asked_or_answered() {
    let s = ready();
    let s = s.apply(Action::Reply(Reply::Answer(s.sent, answer(0))));
    assert!(!s.typing(), "nothing asked since the answer");
    let asked = s.apply(Action::Search("fest".into()));
    assert!(asked.typing(), "a key pressed, its answer awaited");
    let answered = asked.apply(Action::Reply(Reply::Answer(asked.sent, answer(0))));
    assert!(answered.typing(), "the answer to a key");
    let clicked = answered.apply(Action::ToggleFacet(0, "x".into()));
    assert!(!clicked.typing(), "a click is no keystroke");
    let clicked_answer = clicked.apply(Action::Reply(Reply::Answer(clicked.sent, answer(0))));
    assert!(!clicked_answer.typing(), "nor is its answer");
}
