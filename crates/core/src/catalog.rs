//! The dataset with everything derived from it once (search index, facet values, sort keys),
//! and the pipeline from a [`ViewState`] to what the page shows.

use crate::facets::{FacetCounts, FacetIndex, Filtered, Selection};
use crate::filters::Amount;
use crate::model::{Dataset, Project};
use crate::ranking::Rows;
use crate::search::{self, Corpus, Hit, Options, Positions, SearchIndex};
use crate::shared::Shared;
use crate::similar::{Neighbour, Vocabulary};
use crate::sort::SortKey;
use crate::sort::Sorter;
use crate::state::{RowQuery, ViewState};
use crate::stats::{Figures, Summary};
use std::cell::OnceCell;
use std::rc::Rc;

/// A dataset ready to be explored: built once, then queried on every change of view.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// The projects and rounds.
    pub data: Dataset,
    /// Facet values of every project.
    pub facets: FacetIndex,
    /// Figures of every project, in dataset order, apart from the text (see [`Figures`]).
    pub figures: Vec<Figures>,
    index: SearchIndex,
    sorter: Sorter,
    /// Word statistics for similar projects, built when a project is first opened (not on
    /// every start: at 100k projects they would cost as much as the search index).
    vocabulary: OnceCell<Vocabulary>,
}

/// What a view shows: its rows in order, their key figures, the facet counts, and what the
/// filters dropped. Lists are shared (`Rc`) so that components receive them without a copy
/// and Yew compares them by pointer first.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Results {
    /// The projects shown, in display order (ordered as far as they are read).
    pub rows: Shared<Rows>,
    /// The same projects in dataset order: what sums, breakdowns and the treemap read, since
    /// their order does not matter there and dataset order reads memory in sequence.
    pub members: Rc<Vec<usize>>,
    /// Key figures of those projects, computed with them rather than on every render.
    pub summary: Summary,
    /// What the facet counts are taken over (see [`Catalog::facet_counts`]).
    pub(crate) counting: Counting,
    /// The facet counts, once asked for.
    pub(crate) facets: OnceCell<Rc<FacetCounts>>,
    /// For each amount of [`Amount::ALL`], projects excluded by its range only because the
    /// amount is unknown.
    pub unknown_excluded: [usize; 3],
    /// Indexed words the query matched, for highlighting.
    pub matched_words: Rc<Vec<u32>>,
    /// How many of the rows, at the end, match the query only with typos: they come after
    /// the exact and prefix matches, never mixed in (all rows when nothing matched exactly).
    pub approximate: usize,
}

/// What a view's facet counts are taken over, besides its members, and its facet selection.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Counting {
    /// When a facet filters: the rows within the search and ranges, and the facets each one
    /// fails (as [`FacetIndex::filter`] gives them). When none does, the rows counted are the
    /// results' members, not kept twice (at 100 000 rows each set of results kept among the
    /// recent ones would hold its rows twice).
    facet_filtered: Option<(Vec<usize>, Vec<u32>)>,
    selection: Selection,
}

/// The projects as the search index reads them: each one's text in the order of
/// [`search::Field::TEXT`].
impl Corpus for [Project] {
    fn documents(&self) -> usize {
        self.len()
    }

    fn visit(&self, doc: usize, mut piece: impl FnMut(usize, &str)) {
        let p = &self[doc];
        for (position, text) in [&p.name, &p.carrier, &p.ministry, &p.tags, &p.summary]
            .into_iter()
            .enumerate()
        {
            piece(position, text);
        }
    }
}

impl Catalog {
    /// Builds the search index, facet values and sort keys of a dataset.
    pub fn new(data: Dataset) -> Catalog {
        // The projects are few, or (in the benchmarks) the build time is the measure: their
        // words are kept for phrases.
        let index = SearchIndex::new(&data.projects[..], &data.aliases, Positions::Kept);
        let facets = FacetIndex::new(&data);
        let sorter = Sorter::new(&data);
        Catalog {
            figures: Figures::table(&data),
            data,
            facets,
            index,
            sorter,
            vocabulary: OnceCell::new(),
        }
    }

    /// Computes the rows of a view: search (best matches first when there is a query, file
    /// order otherwise), range filters, facet filters and counts, then the view's sort keys.
    pub fn results(&self, view: &RowQuery) -> Results {
        let query = search::parse(&view.query);
        let n = self.figures.len();
        // No query: every project matches, in file order (the page as it opens, and each
        // time the search box is cleared), with no index to read.
        let outcome = (!query.is_empty()).then(|| {
            self.index
                .search(&self.data.projects[..], &query, Options::default())
        });
        // Filters and counts run over the matches in dataset order (see `members`); the
        // display order is applied last.
        let mut matched = vec![outcome.is_none(); n];
        for h in outcome.iter().flat_map(|o| &o.hits) {
            matched[h.doc as usize] = true;
        }
        let mut unknown_excluded = [0; 3];
        let in_ranges: Vec<usize> = if view.ranges.any_set() || view.confirmed_only {
            (0..n)
                .filter(|&d| matched[d] && self.in_ranges(view, d, &mut unknown_excluded))
                .collect()
        } else {
            (0..n).filter(|&d| matched[d]).collect()
        };
        let Filtered {
            kept: members,
            failures,
        } = self.facets.filter(&in_ranges, &view.facets);
        // The facet counts wait until asked for (see `facet_counts`).
        let counting = Counting {
            facet_filtered: (!failures.is_empty()).then_some((in_ranges, failures)),
            selection: view.facets.clone(),
        };
        let summary = Summary::over(members.iter().map(|&d| self.figures[d]));
        let members = Rc::new(members);
        // Display order, computed as far as it is read (see `ranking`).
        let (rows, approximate, matched_words) = match outcome {
            None if view.sort.is_empty() => (Rows::in_order(Rc::clone(&members)), 0, Vec::new()),
            None => {
                let unranked: Vec<Hit> = members
                    .iter()
                    .map(|&d| Hit {
                        doc: d as u32,
                        score: 0,
                        approximate: false,
                    })
                    .collect();
                (self.rows_in_order(&unranked, &view.sort), 0, Vec::new())
            }
            Some(outcome) => {
                matched.fill(false);
                for &d in members.iter() {
                    matched[d] = true;
                }
                let mut shown = outcome.hits;
                shown.retain(|h| matched[h.doc as usize]);
                let approximate = shown.iter().filter(|h| h.approximate).count();
                let rows = self.rows_in_order(&shown, &view.sort);
                (rows, approximate, outcome.matched_words)
            }
        };
        Results {
            summary,
            rows: Shared::new(rows),
            members,
            counting,
            facets: OnceCell::new(),
            unknown_excluded,
            matched_words: Rc::new(matched_words),
            approximate,
        }
    }

    /// The values of each facet with their counts and sums over `results` (Datasette-style:
    /// a value counts the rows that pass every other facet's selection), counted the first
    /// time they are asked for. The page asks a frame after the rows while the reader types:
    /// at 100 000 rows a one-letter query matches most of them, and counting them is about a
    /// third of its time.
    pub fn facet_counts(&self, results: &Results) -> Rc<FacetCounts> {
        let counts = results.facets.get_or_init(|| {
            let Counting {
                facet_filtered,
                selection,
            } = &results.counting;
            let (docs, failures) = match facet_filtered {
                Some((docs, failures)) => (&docs[..], &failures[..]),
                None => (&results.members[..], &[][..]),
            };
            Rc::new(
                self.facets
                    .counts(docs, failures, selection, |d| self.facet_weight(d)),
            )
        });
        Rc::clone(counts)
    }

    /// What project `d` weighs in the facet counts: the projects its row stands for, and its
    /// FTAP amount.
    fn facet_weight(&self, d: usize) -> (u32, Option<u64>) {
        let f = &self.figures[d];
        (f.count, f.ftap_eur())
    }

    /// The rows of `hits` in display order, under the view's sort keys.
    fn rows_in_order(&self, hits: &[Hit], keys: &[SortKey]) -> Rows {
        Rows::from_hits(hits, keys.len(), |doc, i| self.sorter.key(doc, keys[i]))
    }

    /// Whether project `d` is in the base set and within the ranges; counts, per amount, the
    /// projects left out only because that amount is unknown.
    fn in_ranges(&self, view: &RowQuery, d: usize, unknown_excluded: &mut [usize; 3]) -> bool {
        let f = &self.figures[d];
        if view.confirmed_only && !f.confirmed {
            return false;
        }
        let mut keep = true;
        for (i, amount) in Amount::ALL.into_iter().enumerate() {
            let value = f.amount(amount);
            if !view.ranges.get(amount).keeps(value) {
                keep = false;
                if value.is_none() {
                    unknown_excluded[i] += 1;
                }
            }
        }
        keep
    }

    /// Indices of the projects to show for a view, in display order.
    pub fn rows(&self, view: &ViewState) -> Vec<usize> {
        self.results(&view.row_query()).rows.all()
    }

    /// Up to `limit` projects like `doc`, best first, each with the reasons (see
    /// [`crate::similar`]); the word statistics are built on first use.
    pub fn similar(&self, doc: usize, limit: usize) -> Vec<Neighbour> {
        self.vocabulary
            .get_or_init(|| Vocabulary::new(&self.data))
            .similar(&self.data, doc, limit)
    }

    /// The projects before any search or filter (every project, or confirmed laureates only):
    /// the base of "all data" figures.
    pub fn base(&self, confirmed_only: bool) -> Vec<usize> {
        (0..self.data.projects.len())
            .filter(|&d| !confirmed_only || self.figures[d].confirmed)
            .collect()
    }

    /// Position of the project with this id, if there is one.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.data.projects.iter().position(|p| p.id == id)
    }

    /// Byte ranges of `text` to highlight for the words a query matched.
    pub fn highlights(&self, text: &str, matched_words: &[u32]) -> Vec<std::ops::Range<usize>> {
        self.index.highlights(text, matched_words)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facets::Facet;
    use crate::filters::Bounds;
    use crate::sort::Column;
    use crate::state::Action;

    fn catalog() -> Catalog {
        Catalog::new(crate::validate::repository_dataset())
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
    fn typo_only_matches_come_after_exact_and_prefix_ones() {
        let catalog = catalog();
        let view = ViewState::default().apply(Action::SetQuery("formation".into()));
        let results = catalog.results(&view.row_query());
        assert!(
            results.approximate > 0,
            "information, transformation… are typos of formation"
        );
        let exact = results.rows.len() - results.approximate;
        assert!(exact > 0);
        let has_word = |d: usize| {
            let p = &catalog.data.projects[d];
            [&p.name, &p.tags, &p.summary, &p.carrier, &p.ministry]
                .iter()
                .any(|t| {
                    crate::text::tokenize(t)
                        .iter()
                        .any(|w| w.folded.starts_with("formation"))
                })
        };
        let rows = results.rows.all();
        assert!(rows[..exact].iter().all(|&d| has_word(d)));
        assert!(rows[exact..].iter().all(|&d| !has_word(d)));
        // With a sort, each part is sorted on its own: the split stays.
        let sorted = catalog.results(&view.apply(Action::SortBy(Column::Ftap)).row_query());
        assert_eq!(sorted.approximate, results.approximate);
        assert!(sorted.rows.all()[sorted.rows.len() - sorted.approximate..]
            .iter()
            .all(|&d| !has_word(d)));
    }

    #[test]
    fn confirmed_laureates_only_leaves_out_programme_349_projects() {
        let catalog = catalog();
        let view = ViewState::default().apply(Action::SetConfirmedOnly(true));
        let results = catalog.results(&view.row_query());
        let confirmed = catalog
            .data
            .projects
            .iter()
            .filter(|p| p.grade.confirmed())
            .count();
        assert!(
            confirmed < catalog.data.projects.len(),
            "some projects are P349 only"
        );
        assert_eq!(results.rows.len(), confirmed);
        assert_eq!(catalog.base(view.confirmed_only), results.rows.all());
        assert_eq!(catalog.base(false).len(), catalog.data.projects.len());
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
        let results = catalog.results(&view.row_query());
        let unknown = catalog
            .data
            .projects
            .iter()
            .filter(|p| p.ftap_eur.is_none())
            .count();
        assert_eq!(results.unknown_excluded[0], unknown);
        assert!(results
            .rows
            .all()
            .iter()
            .all(|&d| catalog.data.projects[d].ftap_eur.unwrap() >= 5_000_000));
    }

    #[test]
    fn facets_filter_rows_and_count_the_rest() {
        let catalog = catalog();
        let view = ViewState::default().apply(Action::ToggleFacet(Facet::Year, "2018".to_string()));
        let results = catalog.results(&view.row_query());
        let in_2018: usize = catalog
            .data
            .projects
            .iter()
            .filter(|p| catalog.data.round_of(p).year == Some(2018))
            .map(|p| p.count as usize)
            .sum();
        assert_eq!(results.summary.projects, in_2018);
        let facets = catalog.facet_counts(&results);
        let (_, years) = facets.iter().find(|(f, _)| *f == Facet::Year).unwrap();
        assert!(years.iter().any(|v| v.value == "2020" && v.count > 0));
    }

    #[test]
    fn facet_counts_are_counted_once_when_first_asked_for() {
        let catalog = catalog();
        let filtered =
            ViewState::default().apply(Action::ToggleFacet(Facet::Year, "2018".to_string()));
        let searched = ViewState::default().apply(Action::SetQuery("numérique".to_string()));
        for view in [filtered, searched, ViewState::default()] {
            let results = catalog.results(&view.row_query());
            assert!(results.facets.get().is_none(), "not counted with the rows");
            let first = catalog.facet_counts(&results);
            assert!(Rc::ptr_eq(&first, &catalog.facet_counts(&results)));
            // The same as counting with the filter at once, over the rows the search matched.
            let within: Vec<usize> = if view.query.is_empty() {
                (0..catalog.figures.len()).collect()
            } else {
                let mut docs = results.rows.all();
                docs.sort_unstable();
                docs
            };
            let (members, at_once) = catalog
                .facets
                .apply(&within, &view.facets, |d| catalog.facet_weight(d));
            assert_eq!(*first, at_once, "{view:?}");
            assert_eq!(*results.members, members);
        }
    }
}
