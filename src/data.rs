//! The embedded FTAP dataset, generated at build time from `data/*.csv` by `build.rs`.

use ftap_core::model::{Alias, Dataset, Date, Grade, Project, Round, RoundKind, Source, Theme};

/// A round as embedded by the build script (borrowed strings).
struct RawRound {
    id: &'static str,
    year: Option<u16>,
    kind: RoundKind,
    label: &'static str,
    label_en: &'static str,
    announced: Option<Date>,
    applications: Option<u32>,
    laureates: Option<u32>,
    ftap_eur: Option<u64>,
    sources: &'static [&'static str],
    notes: &'static str,
}

/// A project as embedded by the build script (borrowed strings).
struct RawProject {
    id: &'static str,
    round: usize,
    announced: Option<Date>,
    name: &'static str,
    ministry: &'static str,
    carrier: &'static str,
    theme: usize,
    tags: &'static str,
    count: u32,
    grade: Grade,
    ftap_eur: Option<u64>,
    total_cost_eur: Option<u64>,
    savings_eur: Option<u64>,
    summary: &'static str,
    sources: &'static [&'static str],
    figure_sources: [Option<usize>; 4],
    notes: &'static str,
}

/// A described source as embedded by the build script.
struct RawSource {
    url: &'static str,
    title: &'static str,
    publisher: &'static str,
    published: Option<Date>,
    consulted: Date,
}

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

/// The embedded dataset, validated at build time.
pub fn dataset() -> Dataset {
    Dataset {
        rounds: ROUNDS
            .iter()
            .map(|r| Round {
                id: r.id.into(),
                year: r.year,
                kind: r.kind,
                label: r.label.into(),
                label_en: r.label_en.into(),
                announced: r.announced,
                applications: r.applications,
                laureates: r.laureates,
                ftap_eur: r.ftap_eur,
                sources: owned(r.sources),
                notes: r.notes.into(),
            })
            .collect(),
        projects: PROJECTS
            .iter()
            .map(|p| Project {
                id: p.id.into(),
                round: p.round,
                announced: p.announced,
                name: p.name.into(),
                ministry: p.ministry.into(),
                carrier: p.carrier.into(),
                theme: p.theme,
                tags: p.tags.into(),
                count: p.count,
                grade: p.grade,
                ftap_eur: p.ftap_eur,
                total_cost_eur: p.total_cost_eur,
                savings_eur: p.savings_eur,
                summary: p.summary.into(),
                sources: owned(p.sources),
                figure_sources: p.figure_sources,
                notes: p.notes.into(),
            })
            .collect(),
        themes: THEMES
            .iter()
            .map(|(id, label_fr, label_en)| Theme {
                id: (*id).into(),
                label_fr: (*label_fr).into(),
                label_en: (*label_en).into(),
            })
            .collect(),
        aliases: ALIASES
            .iter()
            .map(|(short, long)| Alias {
                short: (*short).into(),
                long: (*long).into(),
            })
            .collect(),
        sources: SOURCES
            .iter()
            .map(|s| Source {
                url: s.url.into(),
                title: s.title.into(),
                publisher: s.publisher.into(),
                published: s.published,
                consulted: s.consulted,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn embedded_dataset_matches_the_csv_files() {
        assert_eq!(super::dataset(), ftap_core::validate::repository_dataset());
    }
}
