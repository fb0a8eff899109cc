//! The dataset with everything derived from it once (search index, sort keys), and the
//! pipeline from a [`ViewState`] to the rows to show.

use crate::model::Dataset;
use crate::search::SearchIndex;
use crate::sort::Sorter;
use crate::state::ViewState;

/// A dataset ready to be explored: built once, then queried on every change of view.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalog {
    /// The projects and rounds.
    pub data: Dataset,
    index: SearchIndex,
    sorter: Sorter,
}

impl Catalog {
    /// Builds the search index and sort keys of a dataset.
    pub fn new(data: Dataset) -> Catalog {
        let index = SearchIndex::new(&data);
        let sorter = Sorter::new(&data);
        Catalog {
            data,
            index,
            sorter,
        }
    }

    /// Indices of the projects to show for a view, in display order.
    pub fn rows(&self, view: &ViewState) -> Vec<usize> {
        let mut rows = self.index.search(&view.query);
        self.sorter.sort(&self.data, &mut rows, &view.sort);
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sort::Column;
    use crate::state::Action;

    #[test]
    fn query_then_sort() {
        let catalog = Catalog::new(crate::data::dataset());
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
}
