//! The dataset with everything derived from it once (search index, facet values, sort keys),
//! and the pipeline from a [`ViewState`] to what the page shows.

use crate::facets::{Facet, FacetIndex, ValueCount};
use crate::filters::Amount;
use crate::model::{Dataset, Project};
use crate::search::{self, Document, Options, SearchIndex};
use crate::sort::Sorter;
use crate::state::ViewState;
use crate::stats::Summary;
use std::rc::Rc;

/// A dataset ready to be explored: built once, then queried on every change of view.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// The projects and rounds.
    pub data: Dataset,
    /// Facet values of every project.
    pub facets: FacetIndex,
    index: SearchIndex,
    sorter: Sorter,
    /// Each amount of [`Amount::ALL`] for every project, stored by column: the filters read
    /// them for every hit, and a column stays in cache where whole projects would not.
    amounts: [Vec<Option<u64>>; 3],
}

/// What a view shows: its rows in order, their key figures, the facet counts, and what the
/// filters dropped. Lists are shared (`Rc`) so that components receive them without a copy
/// and Yew compares them by pointer first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    /// Indices of the projects shown, in display order.
    pub rows: Rc<Vec<usize>>,
    /// Key figures of those projects, computed with them rather than on every render.
    pub summary: Summary,
    /// Values of each facet with counts and sums (Datasette-style).
    pub facets: Rc<Vec<(Facet, Vec<ValueCount>)>>,
    /// For each amount of [`Amount::ALL`], projects excluded by its range only because the
    /// amount is unknown.
    pub unknown_excluded: [usize; 3],
    /// Indexed words the query matched, for highlighting.
    pub matched_words: Rc<Vec<u32>>,
}

/// The searchable text of a project, in the order of [`search::Field::TEXT`].
pub fn document(p: &Project) -> Document<'_> {
    [&p.name, &p.carrier, &p.ministry, &p.tags, &p.summary]
}

impl Catalog {
    /// Builds the search index, facet values and sort keys of a dataset.
    pub fn new(data: Dataset) -> Catalog {
        let index = SearchIndex::new(data.projects.iter().map(document), &data.aliases);
        let facets = FacetIndex::new(&data);
        let sorter = Sorter::new(&data);
        let amounts = Amount::ALL.map(|a| data.projects.iter().map(|p| a.of(p)).collect());
        Catalog {
            data,
            facets,
            index,
            sorter,
            amounts,
        }
    }

    /// Computes a view: search (best matches first when there is a query, file order
    /// otherwise), range filters, facet filters and counts, then the view's sort keys.
    pub fn results(&self, view: &ViewState) -> Results {
        let query = search::parse(&view.query);
        let outcome = self.index.search(&query, Options::default());
        let mut hits = outcome.hits;
        if !query.is_empty() {
            search::rank(&mut hits);
        }
        let mut unknown_excluded = [0; 3];
        let in_ranges: Vec<usize> = hits
            .iter()
            .map(|h| h.doc as usize)
            .filter(|&d| {
                let p = &self.data.projects[d];
                let mut keep = true;
                for (i, amount) in Amount::ALL.into_iter().enumerate() {
                    let bounds = view.ranges.get(amount);
                    if !bounds.keeps(amount.of(p)) {
                        keep = false;
                        if amount.of(p).is_none() {
                            unknown_excluded[i] += 1;
                        }
                    }
                }
                keep
            })
            .collect();
        let (mut rows, facets) = self.facets.apply(&in_ranges, &view.facets, |d| {
            let p = &self.data.projects[d];
            (p.count, p.ftap_eur)
        });
        self.sorter.sort(&mut rows, &view.sort);
        Results {
            summary: Summary::of(&self.data, &rows),
            rows: Rc::new(rows),
            facets: Rc::new(facets),
            unknown_excluded,
            matched_words: Rc::new(outcome.matched_words),
        }
    }

    /// Indices of the projects to show for a view, in display order.
    pub fn rows(&self, view: &ViewState) -> Vec<usize> {
        Rc::unwrap_or_clone(self.results(view).rows)
    }

    /// Up to `limit` projects like `doc`: sharing themes (each shared theme counts two) or
    /// the ministry (one), best first, then in file order.
    pub fn similar(&self, doc: usize, limit: usize) -> Vec<usize> {
        let themes = self.facets.value_ids(Facet::Theme, doc);
        let ministry = self.facets.value_ids(Facet::Ministry, doc);
        let mut scored: Vec<(usize, usize)> = (0..self.data.projects.len())
            .filter(|&other| other != doc)
            .map(|other| {
                let shared = self
                    .facets
                    .value_ids(Facet::Theme, other)
                    .iter()
                    .filter(|t| themes.contains(t))
                    .count();
                let same_ministry = self.facets.value_ids(Facet::Ministry, other) == ministry;
                (2 * shared + usize::from(same_ministry), other)
            })
            .filter(|&(score, _)| score > 0)
            .collect();
        scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        scored.into_iter().take(limit).map(|(_, d)| d).collect()
    }

    /// Byte ranges of `text` to highlight for the words a query matched.
    pub fn highlights(&self, text: &str, matched_words: &[u32]) -> Vec<std::ops::Range<usize>> {
        self.index.highlights(text, matched_words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filters::Bounds;
    use crate::sort::Column;
    use crate::state::Action;

    fn catalog() -> Catalog {
        Catalog::new(crate::data::dataset())
    }

    #[test]
    fn query_then_sort() {
        let catalog = catalog();
        let view = ViewState::default()
            .apply(Action::SetQuery("justice".into()))
            .apply(Action::SortBy(Column::Ftap));
        let rows = catalog.rows(&view);
        assert!(rows.len() >= 3);
        let amounts: Vec<Option<u64>> = rows
            .iter()
            .map(|&i| catalog.data.projects[i].ftap_eur)
            .collect();
        let known: Vec<u64> = amounts.iter().flatten().copied().collect();
        assert!(known.windows(2).all(|w| w[0] >= w[1]), "{amounts:?}");
        assert!(amounts.last().unwrap().is_none(), "unknown amounts last");
    }

    #[test]
    fn similar_projects_share_a_theme_or_the_ministry() {
        let catalog = catalog();
        let data = &catalog.data;
        let doc = data
            .projects
            .iter()
            .position(|p| p.id == "ftap2021-ppn-juridictions")
            .unwrap();
        let similar = catalog.similar(doc, 5);
        assert!(!similar.is_empty() && similar.len() <= 5);
        assert!(!similar.contains(&doc));
        // Projects sharing both the theme and the ministry come first.
        let first = &data.projects[similar[0]];
        assert_eq!(
            (first.theme, &first.ministry),
            (data.projects[doc].theme, &data.projects[doc].ministry)
        );
        for &d in &similar {
            let p = &data.projects[d];
            let shares_theme = p.theme == data.projects[doc].theme;
            assert!(shares_theme || p.ministry == data.projects[doc].ministry);
        }
    }

    #[test]
    fn best_matches_come_first_without_sort_keys() {
        let catalog = catalog();
        let view = ViewState::default().apply(Action::SetQuery("mentor".into()));
        let rows = catalog.rows(&view);
        assert!(catalog.data.projects[rows[0]].name.starts_with("Mentor"));
    }

    #[test]
    fn a_range_excludes_unknown_amounts_and_says_how_many() {
        let catalog = catalog();
        let view = ViewState::default().apply(Action::SetRange(
            Amount::Ftap,
            Bounds {
                min: Some(5_000_000),
                max: None,
            },
        ));
        let results = catalog.results(&view);
        let unknown = catalog
            .data
            .projects
            .iter()
            .filter(|p| p.ftap_eur.is_none())
            .count();
        assert_eq!(results.unknown_excluded[0], unknown);
        assert!(results
            .rows
            .iter()
            .all(|&d| catalog.data.projects[d].ftap_eur.unwrap() >= 5_000_000));
    }

    #[test]
    fn facets_filter_rows_and_count_the_rest() {
        let catalog = catalog();
        let view = ViewState::default().apply(Action::ToggleFacet(Facet::Year, "2018".to_string()));
        let results = catalog.results(&view);
        assert_eq!(results.summary.projects, 16);
        let (_, years) = results
            .facets
            .iter()
            .find(|(f, _)| *f == Facet::Year)
            .unwrap();
        assert!(years.iter().any(|v| v.value == "2020" && v.count > 0));
    }
}
