//! Full-text filtering of projects: case- and accent-insensitive, every word must match.
//!
//! Each project's searchable fields (name, ministry, carrier, summary) are folded once when
//! the index is built; a query is folded the same way and split into words, and a project
//! matches when every word occurs in one of its fields.

use crate::model::Dataset;
use crate::text::fold;

/// Folded searchable text of every project, built once from the dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchIndex {
    /// One string per project: its searchable fields, folded and joined by a newline so that a
    /// word cannot match across two fields.
    haystacks: Vec<String>,
}

/// Splits folded text into words: letters and digits, anything else separates.
pub fn words(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

impl SearchIndex {
    /// Builds the index of a dataset.
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let haystacks = dataset
            .projects
            .iter()
            .map(|p| {
                fold(
                    &[&p.name, &p.ministry, &p.carrier, &p.summary]
                        .map(|s| s.as_str())
                        .join("\n"),
                )
            })
            .collect();
        SearchIndex { haystacks }
    }

    /// Indices of the projects that match `query`, in dataset order. An empty query (or one
    /// without any letter or digit) matches everything.
    pub fn search(&self, query: &str) -> Vec<usize> {
        let folded = fold(query);
        let terms: Vec<&str> = words(&folded).collect();
        (0..self.haystacks.len())
            .filter(|&i| terms.iter().all(|t| self.haystacks[i].contains(t)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    fn names(query: &str) -> Vec<String> {
        let data = dataset();
        SearchIndex::new(&data)
            .search(query)
            .into_iter()
            .map(|i| data.projects[i].name.clone())
            .collect()
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        let found = names("fourriere");
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("fourrières"));
        assert_eq!(names("FOURRIÈRES"), found);
    }

    #[test]
    fn every_word_must_match() {
        assert!(!names("code travail").is_empty());
        assert!(names("code travail zzzz").is_empty());
    }

    #[test]
    fn ministry_carrier_and_summary_are_searched() {
        assert!(
            names("OFII").iter().any(|n| n.starts_with("HIPE")),
            "carrier"
        );
        assert!(names("ministère de la culture").len() >= 2, "ministry");
        assert!(
            names("permis de conduire")
                .iter()
                .any(|n| n.contains("chatbot")),
            "summary"
        );
    }

    #[test]
    fn empty_or_punctuation_only_query_matches_all() {
        let all = dataset().projects.len();
        assert_eq!(names("").len(), all);
        assert_eq!(names("  ' - ").len(), all);
    }
}
