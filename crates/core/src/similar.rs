//! Similar projects that explain themselves: a symmetric score from what two projects share
//! (theme, carrier, ministry, distinctive words of their name, keywords and summary), and the
//! reasons behind it, for a civil servant looking for projects like theirs.

use crate::compact_sort;
use crate::model::{Dataset, Project};
use crate::text;
use rustc_hash::FxHashMap;

/// Points for sharing the theme of the controlled list.
const THEME: u32 = 6;
/// Points for the same carrying administration (when it is known).
const CARRIER: u32 = 4;
/// Points for the same lead ministry: alone, not enough to be called similar.
const MINISTRY: u32 = 2;
/// Below this score, projects are not shown as similar (the ministry alone is not enough).
const MIN_SCORE: u32 = 4;
/// Shared words named in a reason, at most.
const WORDS_SHOWN: usize = 3;

/// Why two projects are alike.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// Same theme (its id).
    Theme(String),
    /// Same carrier (as written in the data).
    Carrier(String),
    /// Same lead ministry.
    Ministry,
    /// Distinctive words both use, rarest first (as first written in the project).
    Words(Vec<String>),
}

/// A similar project, its score and its reasons.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Neighbour {
    /// Index of the project.
    pub doc: usize,
    /// Higher is more similar; the measure is symmetric.
    pub score: u32,
    /// What the two projects share, strongest first.
    pub reasons: Vec<Reason>,
}

/// The distinctive words of every project, computed once: folded words of four letters or
/// more that are not stop words, each with the spelling first met and a weight that grows as
/// the word gets rarer across projects.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Vocabulary {
    /// For each project, its distinct folded words.
    words: Vec<Vec<u32>>,
    /// For each word id: its spelling as first written, and its weight.
    entries: Vec<(String, u32)>,
}

impl Vocabulary {
    /// Collects the words of the name, keywords and summary of every project.
    pub fn new(data: &Dataset) -> Vocabulary {
        // The same map type as the search index's: no second copy of its code in the wasm.
        let mut ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut spelling: Vec<String> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let words = data
            .projects
            .iter()
            .map(|p| {
                let mut own: Vec<u32> = Vec::new();
                for source in [&p.name, &p.tags, &p.summary] {
                    for token in text::tokenize(source) {
                        if token.folded.chars().count() < 4 || text::is_stop_word(&token.folded) {
                            continue;
                        }
                        let next = ids.len() as u32;
                        let id = *ids.entry(token.folded).or_insert_with(|| {
                            let written = &source[token.start..token.end];
                            spelling.push(written.chars().flat_map(char::to_lowercase).collect());
                            counts.push(0);
                            next
                        });
                        own.push(id);
                    }
                }
                compact_sort::sort(&mut own);
                own.dedup();
                for &id in &own {
                    counts[id as usize] += 1;
                }
                own
            })
            .collect();
        let n = data.projects.len().max(1) as u32;
        // An integer inverse document frequency: 1 + log2(projects / projects using the word).
        let entries = spelling
            .into_iter()
            .zip(counts)
            .map(|(s, df)| (s, 1 + (n / df.max(1)).ilog2()))
            .collect();
        Vocabulary { words, entries }
    }

    /// Words two projects share, with their total weight, rarest first.
    fn shared(&self, a: usize, b: usize) -> (u32, Vec<u32>) {
        let (x, y) = (&self.words[a], &self.words[b]);
        let (mut i, mut j) = (0, 0);
        let mut common = Vec::new();
        while i < x.len() && j < y.len() {
            match x[i].cmp(&y[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common.push(x[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        // Only words that say something: used by at most a quarter of the projects.
        common.retain(|&w| self.entries[w as usize].1 >= 3);
        compact_sort::sort_by_key(&mut common, |&w| {
            (std::cmp::Reverse(self.entries[w as usize].1), w)
        });
        let weight = common.iter().map(|&w| self.entries[w as usize].1).sum();
        (weight, common)
    }

    /// The score of two projects and its reasons; symmetric in `a` and `b`.
    pub fn compare(&self, data: &Dataset, a: usize, b: usize) -> (u32, Vec<Reason>) {
        let (p, q): (&Project, &Project) = (&data.projects[a], &data.projects[b]);
        let mut score = 0;
        let mut reasons = Vec::new();
        if p.theme == q.theme {
            score += THEME;
            reasons.push(Reason::Theme(data.themes[p.theme].id.clone()));
        }
        if !p.carrier.is_empty() && p.carrier == q.carrier {
            score += CARRIER;
            reasons.push(Reason::Carrier(p.carrier.clone()));
        }
        let (weight, words) = self.shared(a, b);
        if !words.is_empty() {
            score += weight;
            let shown = words
                .iter()
                .take(WORDS_SHOWN)
                .map(|&w| self.entries[w as usize].0.clone())
                .collect();
            reasons.push(Reason::Words(shown));
        }
        if p.ministry == q.ministry {
            score += MINISTRY;
            reasons.push(Reason::Ministry);
        }
        (score, reasons)
    }

    /// Up to `limit` projects most like `doc` (never `doc` itself), best first, ties in file
    /// order; only those that share more than their ministry.
    pub fn similar(&self, data: &Dataset, doc: usize, limit: usize) -> Vec<Neighbour> {
        let mut all: Vec<Neighbour> = (0..data.projects.len())
            .filter(|&other| other != doc)
            .map(|other| {
                let (score, reasons) = self.compare(data, doc, other);
                Neighbour {
                    doc: other,
                    score,
                    reasons,
                }
            })
            .filter(|n| n.score >= MIN_SCORE)
            .collect();
        compact_sort::sort_by_key(&mut all, |n| (std::cmp::Reverse(n.score), n.doc));
        all.truncate(limit);
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::repository_dataset as dataset;
    use proptest::prelude::*;

    fn index_of(data: &Dataset, id: &str) -> usize {
        data.projects.iter().position(|p| p.id == id).unwrap()
    }

    #[test]
    fn mentor_is_close_to_projects_about_civil_servants_not_to_tax_projects() {
        let data = dataset();
        let vocabulary = Vocabulary::new(&data);
        let mentor = index_of(&data, "ftap2018-2-mentor");
        let similar = vocabulary.similar(&data, mentor, 5);
        assert!(!similar.is_empty());
        let ids: Vec<&str> = similar
            .iter()
            .map(|n| data.projects[n.doc].id.as_str())
            .collect();
        // Training and equipping civil servants: the projects of the theme and Incub'O
        // (« formation des agents ») are among the five; no tax project is offered.
        assert!(ids.contains(&"ftap2023-cadre-numerique-justice"), "{ids:?}");
        assert!(ids[..3].contains(&"ftap2018-incubo-occitanie"), "{ids:?}");
        assert!(
            similar
                .iter()
                .all(|n| data.themes[data.projects[n.doc].theme].id != "fiscalite"),
            "{ids:?}"
        );
        // A project that shares only the ministry (tax projects) is not offered.
        for n in &similar {
            assert!(n.reasons.iter().any(|r| *r != Reason::Ministry), "{n:?}");
        }
    }

    #[test]
    fn shared_words_are_named_in_their_first_spelling() {
        let data = dataset();
        let vocabulary = Vocabulary::new(&data);
        let a = index_of(&data, "ftap2021-ppn-juridictions");
        let b = index_of(&data, "ftap2023-ppn-partenaires");
        let (_, reasons) = vocabulary.compare(&data, a, b);
        let words = reasons
            .iter()
            .find_map(|r| match r {
                Reason::Words(w) => Some(w.clone()),
                _ => None,
            })
            .expect("the two criminal-procedure projects share words");
        assert!(
            words.iter().any(|w| w == "pénale" || w == "procédure"),
            "{words:?}"
        );
    }

    fn any_pair() -> impl Strategy<Value = (usize, usize)> {
        let n = dataset().projects.len();
        (0..n, 0..n)
    }

    proptest! {
        #[test]
        fn scores_are_symmetric((a, b) in any_pair()) {
            let data = dataset();
            let vocabulary = Vocabulary::new(&data);
            prop_assert_eq!(vocabulary.compare(&data, a, b).0, vocabulary.compare(&data, b, a).0);
        }

        #[test]
        fn a_project_is_never_its_own_neighbour(doc in 0..dataset().projects.len(), limit in 0usize..10) {
            let data = dataset();
            let vocabulary = Vocabulary::new(&data);
            let similar = vocabulary.similar(&data, doc, limit);
            prop_assert!(similar.len() <= limit);
            prop_assert!(similar.iter().all(|n| n.doc != doc));
            prop_assert!(similar.windows(2).all(|w| w[0].score >= w[1].score));
        }
    }
}
