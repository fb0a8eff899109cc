//! Squarified treemap layout (Bruls, Huizing and van Wijk, 2000): rectangles whose areas are
//! proportional to values, laid out in rows that keep them as close to squares as possible.
//! Pure geometry, so the invariants (areas, containment, no overlap) are unit-tested; and the
//! blocks a view's treemap draws, grouped from its rows.

use crate::catalog::Catalog;
use crate::compact_sort;
use crate::facets::Facet;
use crate::search;

/// An axis-aligned rectangle.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
}

impl Rect {
    /// Area.
    pub fn area(&self) -> f64 {
        self.w * self.h
    }

    /// A rectangle shrunk by `margin` on every side (never below zero size).
    pub fn inset(&self, margin: f64) -> Rect {
        let mx = margin.min(self.w / 2.0);
        let my = margin.min(self.h / 2.0);
        Rect {
            x: self.x + mx,
            y: self.y + my,
            w: self.w - 2.0 * mx,
            h: self.h - 2.0 * my,
        }
    }
}

/// The worst aspect ratio of a row of areas (their sum, smallest and largest) laid along a
/// side of length `side`.
fn worst(sum: f64, smallest: f64, largest: f64, side: f64) -> f64 {
    if sum <= 0.0 || side <= 0.0 {
        return f64::INFINITY;
    }
    let (s2, sum2) = (side * side, sum * sum);
    (s2 * largest / sum2).max(sum2 / (s2 * smallest))
}

/// The same rectangle with x and y (and width and height) swapped.
fn flip(r: Rect) -> Rect {
    Rect {
        x: r.y,
        y: r.x,
        w: r.h,
        h: r.w,
    }
}

/// Lays out `values` (non-negative; zeros get empty rectangles) in `frame`, in the given
/// order. Returns one rectangle per value; the areas are proportional to the values and
/// fill the frame.
pub fn squarify(values: &[f64], frame: Rect) -> Vec<Rect> {
    let mut out = vec![
        Rect {
            x: frame.x,
            y: frame.y,
            w: 0.0,
            h: 0.0
        };
        values.len()
    ];
    let total: f64 = values.iter().filter(|v| **v > 0.0).sum();
    if total <= 0.0 || frame.area() <= 0.0 {
        return out;
    }
    let scale = frame.area() / total;
    let items: Vec<(usize, f64)> = values
        .iter()
        .enumerate()
        .filter(|(_, v)| **v > 0.0)
        .map(|(i, v)| (i, v * scale))
        .collect();
    let mut free = frame;
    let mut start = 0;
    while start < items.len() {
        let side = free.w.min(free.h);
        // Grow the row while it keeps its rectangles closer to squares.
        let first = items[start].1;
        let (mut sum, mut smallest, mut largest) = (first, first, first);
        let mut end = start + 1;
        while end < items.len() {
            let a = items[end].1;
            let grown = worst(sum + a, smallest.min(a), largest.max(a), side);
            if grown > worst(sum, smallest, largest, side) {
                break;
            }
            (sum, smallest, largest) = (sum + a, smallest.min(a), largest.max(a));
            end += 1;
        }
        // The row goes along the shorter side: a column at the left of wide free space, a row
        // at the top of tall free space. Flipping the tall case makes it the wide one.
        let wide = free.w >= free.h;
        let f = if wide { free } else { flip(free) };
        let width = if f.h > 0.0 { sum / f.h } else { 0.0 };
        let mut y = f.y;
        for &(i, a) in &items[start..end] {
            let h = if width > 0.0 { a / width } else { 0.0 };
            let r = Rect {
                x: f.x,
                y,
                w: width,
                h,
            };
            out[i] = if wide { r } else { flip(r) };
            y += h;
        }
        let rest = Rect {
            x: f.x + width,
            w: (f.w - width).max(0.0),
            ..f
        };
        free = if wide { rest } else { flip(rest) };
        start = end;
    }
    out
}

// The treemap of a view: its known FTAP amounts grouped, the largest projects drawn alone.

/// Projects drawn one by one at most: beyond, a view of thousands of projects would draw
/// thousands of marks on every keystroke, too small to see or to reach.
pub const MAX_MARKS: usize = 200;

/// A group, its largest projects with known amounts (largest first), and the rest summed.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The group's facet value.
    pub value: String,
    /// Sum of the group's known amounts, in euros.
    pub total: u64,
    /// Projects drawn one by one: document and amount, largest first.
    pub projects: Vec<(usize, u64)>,
    /// Projects summed into one mark: how many, and their sum.
    pub others: (usize, u64),
}

/// What a view's treemap draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Treemap {
    /// The groups, largest total first.
    pub blocks: Vec<Block>,
    /// Whether some projects were summed into their group's « others » mark.
    pub capped: bool,
    /// Projects of the view left out because their FTAP amount is unknown.
    pub unknown: usize,
}

/// Groups the known amounts by `facet`; only the `MAX_MARKS` largest amounts get their own
/// mark, the others are summed per group.
pub fn blocks(catalog: &Catalog, rows: &[usize], facet: Facet) -> Treemap {
    let mut known: Vec<(usize, u64)> = rows
        .iter()
        .filter_map(|&d| {
            catalog.figures[d]
                .ftap_eur()
                .filter(|&e| e > 0)
                .map(|e| (d, e))
        })
        .collect();
    let capped = known.len() > MAX_MARKS;
    if capped {
        // The largest amounts first, ties in file order: each project's relevance key with its
        // amount as the score, put in order by the search's own best-first.
        let keys: Option<Vec<u64>> = known
            .iter()
            .map(|&(doc, eur)| search::relevance_key(eur, doc))
            .collect();
        match keys {
            Some(keys) => {
                known = search::best_first(keys, MAX_MARKS)
                    .into_iter()
                    .filter_map(|doc| Some((doc, catalog.figures[doc].ftap_eur()?)))
                    .collect();
            }
            // An amount past 2^43 € or a document past 2^20: all sorted, which is slower.
            None => compact_sort::sort_by(&mut known, |x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0))),
        }
    }
    let mut blocks: Vec<Block> = Vec::new();
    // Block of each group, by facet value id: integers, not label comparisons, per project.
    let values = catalog.facets.values(facet);
    let mut block_of: Vec<Option<usize>> = vec![None; values.len()];
    for (rank, &(doc, eur)) in known.iter().enumerate() {
        let value = catalog.facets.value_ids(facet, doc)[0] as usize;
        let i = *block_of[value].get_or_insert_with(|| {
            blocks.push(Block {
                value: values[value].clone(),
                total: 0,
                projects: Vec::new(),
                others: (0, 0),
            });
            blocks.len() - 1
        });
        let b = &mut blocks[i];
        b.total += eur;
        if rank < MAX_MARKS {
            b.projects.push((doc, eur));
        } else {
            b.others.0 += 1;
            b.others.1 += eur;
        }
    }
    compact_sort::sort_by(&mut blocks, |a, b| {
        b.total.cmp(&a.total).then(a.value.cmp(&b.value))
    });
    for b in &mut blocks {
        compact_sort::sort_by(&mut b.projects, |x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
    }
    Treemap {
        blocks,
        capped,
        unknown: rows
            .iter()
            .filter(|&&d| catalog.figures[d].ftap_eur().is_none())
            .count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const FRAME: Rect = Rect {
        x: 0.0,
        y: 0.0,
        w: 600.0,
        h: 400.0,
    };

    fn overlap(a: &Rect, b: &Rect) -> f64 {
        let w = (a.x + a.w).min(b.x + b.w) - a.x.max(b.x);
        let h = (a.y + a.h).min(b.y + b.h) - a.y.max(b.y);
        w.max(0.0) * h.max(0.0)
    }

    #[test]
    fn one_value_fills_the_frame() {
        assert_eq!(squarify(&[5.0], FRAME), vec![FRAME]);
    }

    #[test]
    fn the_classic_example_is_squarified() {
        // The paper's example: 6, 6, 4, 3, 2, 2, 1 in a 6 × 4 frame.
        let frame = Rect {
            x: 0.0,
            y: 0.0,
            w: 6.0,
            h: 4.0,
        };
        let rects = squarify(&[6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0], frame);
        assert!((rects[0].w - 3.0).abs() < 1e-9 && (rects[0].h - 2.0).abs() < 1e-9);
        let worst_ratio = rects
            .iter()
            .map(|r| (r.w / r.h).max(r.h / r.w))
            .fold(0.0f64, f64::max);
        assert!(worst_ratio < 3.0, "{worst_ratio}");
    }

    #[test]
    fn zeros_and_empty_inputs_get_empty_rectangles() {
        let rects = squarify(&[0.0, 3.0, 0.0], FRAME);
        assert_eq!(rects[0].area(), 0.0);
        assert!((rects[1].area() - FRAME.area()).abs() < 1e-6);
        assert!(squarify(&[], FRAME).is_empty());
        assert!(squarify(&[0.0], FRAME).iter().all(|r| r.area() == 0.0));
    }

    proptest! {
        #[test]
        fn areas_are_proportional_inside_the_frame_without_overlap(
            values in proptest::collection::vec(0.0f64..1000.0, 1..40)
        ) {
            let rects = squarify(&values, FRAME);
            let total: f64 = values.iter().sum();
            prop_assume!(total > 0.0);
            for (r, v) in rects.iter().zip(&values) {
                let expected = FRAME.area() * v / total;
                prop_assert!((r.area() - expected).abs() <= expected * 0.01 + 1e-6,
                    "area {} vs {}", r.area(), expected);
                prop_assert!(r.x >= -1e-6 && r.y >= -1e-6);
                prop_assert!(r.x + r.w <= FRAME.w + 1e-6 && r.y + r.h <= FRAME.h + 1e-6);
            }
            for i in 0..rects.len() {
                for j in i + 1..rects.len() {
                    prop_assert!(overlap(&rects[i], &rects[j]) < 1e-6);
                }
            }
        }
    }

    #[test]
    fn blocks_hold_every_known_amount_once_largest_group_first() {
        let catalog = Catalog::new(crate::synth::generate(3_000, 7, &[]));
        let rows: Vec<usize> = (0..3_000).collect();
        let Treemap {
            blocks,
            capped,
            unknown,
        } = blocks(&catalog, &rows, Facet::Ministry);
        let known: u64 = catalog
            .data
            .projects
            .iter()
            .filter_map(|p| p.ftap_eur)
            .sum();
        let without = catalog
            .data
            .projects
            .iter()
            .filter(|p| p.ftap_eur.is_none());
        assert_eq!(
            unknown,
            without.count(),
            "projects without an amount are counted"
        );
        assert!(capped, "3,000 projects are more than {MAX_MARKS} marks");
        assert_eq!(blocks.iter().map(|b| b.total).sum::<u64>(), known);
        let drawn: usize = blocks.iter().map(|b| b.projects.len()).sum();
        assert_eq!(drawn, MAX_MARKS);
        // The marks are the largest amounts.
        let mut amounts: Vec<u64> = rows
            .iter()
            .filter_map(|&d| catalog.figures[d].ftap_eur())
            .filter(|&e| e > 0)
            .collect();
        amounts.sort_unstable_by(|a, b| b.cmp(a));
        let mut marked: Vec<u64> = blocks
            .iter()
            .flat_map(|b| b.projects.iter().map(|p| p.1))
            .collect();
        marked.sort_unstable_by(|a, b| b.cmp(a));
        assert_eq!(marked, amounts[..MAX_MARKS]);
        for b in &blocks {
            let inside: u64 = b.projects.iter().map(|p| p.1).sum::<u64>() + b.others.1;
            assert_eq!(inside, b.total, "group {} adds up", b.value);
            assert!(b.projects.windows(2).all(|w| w[0].1 >= w[1].1));
        }
        assert!(blocks.windows(2).all(|w| w[0].total >= w[1].total));
    }

    #[test]
    fn blocks_of_no_row_are_empty() {
        let catalog = Catalog::new(crate::synth::generate(10, 1, &[]));
        assert_eq!(blocks(&catalog, &[], Facet::Theme), Treemap::default());
    }
}
