//! Small hand-made datasets for unit and property tests.

use crate::model::{Dataset, Date, Grade, Project, Round, RoundKind, Source, Theme};

/// A dataset with one round of the given kind and no project.
pub fn empty_dataset(kind: RoundKind) -> Dataset {
    Dataset {
        rounds: vec![Round {
            id: "r".into(),
            year: Some(2018),
            kind,
            label: "Appel".into(),
            label_en: "Call".into(),
            announced: None,
            applications: None,
            laureates: Some(10),
            ftap_eur: Some(100),
            sources: vec!["https://example.org".into()],
            notes: String::new(),
        }],
        projects: Vec::new(),
        themes: vec![Theme {
            id: "t".into(),
            label_fr: "Thème".into(),
            label_en: "Theme".into(),
        }],
        aliases: Vec::new(),
        sources: vec![Source {
            url: "https://example.org".into(),
            title: "Exemple".into(),
            publisher: "Éditeur".into(),
            published: None,
            consulted: Date {
                year: 2026,
                month: 1,
                day: 1,
            },
        }],
    }
}

/// A project of round 0 with the given name and FTAP amount; other amounts unknown.
pub fn project_with(index: usize, name: &str, ftap_eur: Option<u64>) -> Project {
    Project {
        id: format!("p{index}"),
        round: 0,
        announced: None,
        name: name.into(),
        ministry: "Ministère".into(),
        carrier: String::new(),
        theme: 0,
        tags: String::new(),
        count: 1,
        grade: Grade::Announced,
        ftap_eur,
        total_cost_eur: None,
        savings_eur: None,
        summary: "Résumé.".into(),
        sources: vec!["https://example.org".into()],
        figure_sources: [None, ftap_eur.map(|_| 0), None, None],
        notes: String::new(),
    }
}
