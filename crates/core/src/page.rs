//! The page of the project table a view shows: its rows, the number of pages, and where the
//! matches found only with typos begin.

use crate::catalog::Results;
use crate::state::{PAGE_SIZE, PAGE_SLACK};

/// One page of the results, ready to lay out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TablePage {
    /// Documents on this page, in display order.
    pub rows: Vec<usize>,
    /// The page shown, from 0: the one asked for, brought within range (a link may name a
    /// page that a narrower search no longer has).
    pub page: usize,
    /// Number of pages, at least 1 (an empty result is one empty page).
    pub pages: usize,
    /// Position on this page of the first typo-only match, when they begin on it.
    pub approximate_start: Option<usize>,
}

impl TablePage {
    /// Page `requested` of `results`: pages of [`PAGE_SIZE`] rows, the last one taking up to
    /// [`PAGE_SLACK`] more rather than leaving them a page of their own.
    pub fn of(results: &Results, requested: usize) -> TablePage {
        let n = results.rows.len();
        let pages = n.saturating_sub(PAGE_SLACK).div_ceil(PAGE_SIZE).max(1);
        let page = requested.min(pages - 1);
        let end = if page + 1 == pages {
            n
        } else {
            (page + 1) * PAGE_SIZE
        };
        // Only the rows up to this page are put in order.
        let rows = results.rows.first(end).split_off(page * PAGE_SIZE);
        let first_approximate = results.rows.len() - results.approximate;
        let approximate_start = (results.approximate > 0)
            .then(|| first_approximate.checked_sub(page * PAGE_SIZE))
            .flatten()
            .filter(|&i| i < rows.len());
        TablePage {
            rows,
            page,
            pages,
            approximate_start,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ranking::Rows;
    use crate::shared::Shared;

    fn results(n: usize, approximate: usize) -> Results {
        Results {
            rows: Shared::new(Rows::in_order(std::rc::Rc::new((0..n).rev().collect()))),
            approximate,
            ..Results::default()
        }
    }

    #[test]
    fn a_page_is_a_slice_of_the_rows_in_order() {
        let r = results(120, 0);
        let second = TablePage::of(&r, 1);
        assert_eq!(second.pages, 3);
        assert_eq!(second.rows, r.rows.all()[50..100].to_vec());
        assert_eq!(TablePage::of(&r, 2).rows.len(), 20);
    }

    #[test]
    fn a_few_rows_past_a_page_join_the_last_page() {
        // 52 rows: one page. 62 (50 + 12): still one. 63: two pages of 50 and 13.
        for (n, pages, last) in [
            (50, 1, 50),
            (52, 1, 52),
            (62, 1, 62),
            (63, 2, 13),
            (112, 2, 62),
            (113, 3, 13),
        ] {
            let r = results(n, 0);
            let page = TablePage::of(&r, pages - 1);
            assert_eq!((page.pages, page.rows.len()), (pages, last), "{n} rows");
        }
    }

    #[test]
    fn a_page_beyond_the_last_shows_the_last() {
        let page = TablePage::of(&results(80, 0), 9);
        assert_eq!((page.page, page.pages, page.rows.len()), (1, 2, 30));
    }

    #[test]
    fn no_rows_is_one_empty_page() {
        let page = TablePage::of(&results(0, 0), 3);
        assert_eq!((page.page, page.pages, page.rows.len()), (0, 1, 0));
        assert_eq!(page.approximate_start, None);
    }

    #[test]
    fn typo_matches_are_marked_on_the_page_where_they_begin() {
        // 120 rows, the last 30 approximate: they begin at row 90, position 40 of page 1.
        let r = results(120, 30);
        assert_eq!(TablePage::of(&r, 0).approximate_start, None);
        assert_eq!(TablePage::of(&r, 1).approximate_start, Some(40));
        assert_eq!(TablePage::of(&r, 2).approximate_start, None);
        assert_eq!(
            TablePage::of(&results(10, 10), 0).approximate_start,
            Some(0)
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use crate::ranking::Rows;
    use crate::shared::Shared;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn the_pages_hold_every_row_once_in_order(n in 0usize..400) {
            let r = Results {
                rows: Shared::new(Rows::in_order(std::rc::Rc::new((0..n).collect()))),
                ..Results::default()
            };
            let pages = TablePage::of(&r, 0).pages;
            let all: Vec<usize> = (0..pages).flat_map(|p| TablePage::of(&r, p).rows).collect();
            prop_assert_eq!(all, (0..n).collect::<Vec<_>>());
            // No page but the last is short, and the last is never a handful of rows.
            for p in 0..pages {
                let len = TablePage::of(&r, p).rows.len();
                if p + 1 < pages {
                    prop_assert_eq!(len, PAGE_SIZE);
                } else if pages > 1 {
                    prop_assert!(len > PAGE_SLACK && len <= PAGE_SIZE + PAGE_SLACK);
                }
            }
        }
    }
}
