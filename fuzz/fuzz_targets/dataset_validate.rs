//! Fuzz target: the data validator must never panic on any text, and a dataset it accepts must
//! be made of rows whose references hold (round and theme indices in range, sources checked and
//! described, each figure's source among its row's).
#![no_main]

use ftap_core::validate::{check_source, parse_dataset, DataFiles};
use libfuzzer_sys::fuzz_target;

/// Real files, so that mutations of one file meet valid others and reach deep rules.
const ROUNDS: &str = include_str!("../../data/rounds.csv");
const THEMES: &str = include_str!("../../data/themes.csv");
const PROJECTS: &str = include_str!("../../data/projects.csv");
const ALIASES: &str = include_str!("../../data/aliases.csv");
const SOURCES: &str = include_str!("../../data/sources.csv");

fuzz_target!(|input: &[u8]| {
    let Some((&which, rest)) = input.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    // The first byte picks the file the input replaces; the others stay real.
    let mut files = DataFiles {
        rounds: ROUNDS,
        themes: THEMES,
        projects: PROJECTS,
        aliases: ALIASES,
        sources: SOURCES,
    };
    match which % 5 {
        0 => files.rounds = &text,
        1 => files.themes = &text,
        2 => files.projects = &text,
        3 => files.aliases = &text,
        _ => files.sources = &text,
    }
    match parse_dataset(&files) {
        Ok(dataset) => {
            for p in &dataset.projects {
                assert!(p.round < dataset.rounds.len());
                assert!(p.theme < dataset.themes.len());
                assert!(p.count >= 1);
                assert!(p.sources.iter().all(|s| check_source(s).is_ok()));
                assert!(p.sources.iter().all(|s| dataset.source(s).is_some()));
                assert!(p
                    .figure_sources
                    .iter()
                    .flatten()
                    .all(|&i| i < p.sources.len()));
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in &errors {
                assert!(e.line >= 1, "{e}");
                assert!(e.to_string().starts_with("data/"), "{e}");
            }
        }
    }
});
