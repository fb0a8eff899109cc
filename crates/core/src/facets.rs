//! Facets: the values projects can be filtered on (ministry, round, theme, carrier, year, and
//! whether each amount is known), with the number of projects and the sum of known FTAP
//! amounts for each value.
//!
//! Counts follow Datasette: a facet's counts take every other active filter into account but
//! not its own selection, so choosing one ministry still shows what the others would give.
//! Values selected within one facet combine with OR, facets with AND.

use crate::filters::Amount;
use crate::model::{Dataset, Grade, Project};
use crate::stats::Sum;
use rustc_hash::{FxHashMap, FxHashSet};
use std::collections::{BTreeMap, BTreeSet};

/// A facet of the project list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Facet {
    /// Lead ministry.
    Ministry,
    /// Call for projects.
    Round,
    /// Theme, from the controlled list.
    Theme,
    /// Carrying administration.
    Carrier,
    /// Year of selection.
    Year,
    /// Grade of evidence of FTAP funding.
    Grade,
    /// Whether an amount is known ([`KNOWN`]) or not ([`UNKNOWN`]): the way to list the
    /// projects that sums and ranges leave out.
    Known(Amount),
}

/// Value of a [`Facet::Known`] facet for a project whose amount is known.
pub const KNOWN: &str = "known";
/// Value of a [`Facet::Known`] facet for a project whose amount is unknown.
pub const UNKNOWN: &str = "unknown";

/// Label of the value standing for an empty field.
pub const NOT_GIVEN: &str = "Non renseigné";

impl Facet {
    /// Every facet, in display order.
    pub const ALL: [Facet; 9] = [
        Facet::Ministry,
        Facet::Round,
        Facet::Year,
        Facet::Theme,
        Facet::Carrier,
        Facet::Grade,
        Facet::Known(Amount::Ftap),
        Facet::Known(Amount::TotalCost),
        Facet::Known(Amount::Savings),
    ];

    /// The facets a breakdown can group by (known/unknown is a filter, not a grouping).
    pub const GROUPINGS: [Facet; 6] = [
        Facet::Ministry,
        Facet::Round,
        Facet::Year,
        Facet::Theme,
        Facet::Carrier,
        Facet::Grade,
    ];

    /// Name of the facet's URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            Facet::Ministry => "ministry",
            Facet::Round => "round",
            Facet::Theme => "theme",
            Facet::Carrier => "carrier",
            Facet::Year => "year",
            Facet::Grade => "grade",
            Facet::Known(Amount::Ftap) => "ftap_known",
            Facet::Known(Amount::TotalCost) => "cost_known",
            Facet::Known(Amount::Savings) => "savings_known",
        }
    }

    /// Whether the facet's values keep their own order (time, known before unknown) rather
    /// than being listed by count.
    fn ordered(self) -> bool {
        matches!(
            self,
            Facet::Round | Facet::Year | Facet::Grade | Facet::Known(_)
        )
    }

    /// The values of this facet for a project (stable identifiers, also used in URLs).
    pub fn values(self, data: &Dataset, p: &Project) -> Vec<String> {
        let or_not_given = |s: &str| {
            if s.trim().is_empty() {
                NOT_GIVEN.to_owned()
            } else {
                s.trim().to_owned()
            }
        };
        match self {
            Facet::Ministry => vec![p.ministry.clone()],
            Facet::Round => vec![data.round_of(p).id.clone()],
            Facet::Theme => vec![data
                .themes
                .get(p.theme)
                .map_or_else(|| NOT_GIVEN.to_owned(), |t| t.id.clone())],
            Facet::Carrier => vec![or_not_given(&p.carrier)],
            Facet::Year => vec![data
                .round_of(p)
                .year
                .map_or_else(|| "nc".to_owned(), |y| y.to_string())],
            Facet::Grade => vec![p.grade.code().to_owned()],
            Facet::Known(amount) => {
                vec![if amount.of(p).is_some() {
                    KNOWN
                } else {
                    UNKNOWN
                }
                .to_owned()]
            }
        }
    }
}

/// Orders a facet's values by their number of projects, largest first, equal counts in the
/// order they come (alphabetical).
fn most_projects_first(list: &mut [ValueCount]) {
    crate::compact_sort::sort_by_key(list, |v| std::cmp::Reverse(v.count));
}

/// Selected values per facet; a facet absent or empty does not filter.
pub type Selection = BTreeMap<Facet, BTreeSet<String>>;

/// `selection` with `value` of `facet` switched: added when absent, taken out when present (a
/// facet left with no value is dropped).
///
/// Built anew by insertions rather than by removing: a selection holds a handful of values,
/// and B-tree removal compiles to several kilobytes of wasm for each type it is used with.
pub fn toggled(selection: &Selection, facet: Facet, value: &str) -> Selection {
    let mut next = Selection::new();
    let mut was_chosen = false;
    for (&f, values) in selection {
        let mut kept = BTreeSet::new();
        for v in values {
            if f == facet && v == value {
                was_chosen = true;
            } else {
                kept.insert(v.clone());
            }
        }
        if !kept.is_empty() {
            next.insert(f, kept);
        }
    }
    if !was_chosen {
        next.entry(facet).or_default().insert(value.to_owned());
    }
    next
}

/// One value of a facet with its counts in the current results.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueCount {
    /// The value (identifier).
    pub value: String,
    /// Projects having it among the results filtered by the other facets (a row standing for
    /// several projects counts as that many).
    pub count: usize,
    /// Their FTAP amounts: the known ones summed, the unknown ones counted.
    pub ftap: Sum,
    /// Whether the value is selected.
    pub selected: bool,
}

/// The value ids of one facet for every project, stored flat (compressed rows): the values of
/// project `d` are `ids[starts[d]..starts[d + 1]]`. One allocation per facet instead of one
/// per project keeps counting over 100k projects in cache. When every project has exactly one
/// value (each facet of the FTAP data), `starts` is left empty and `ids[d]` is the value.
#[derive(Debug, Clone, PartialEq)]
struct ValuesOfDocs {
    starts: Vec<u32>,
    ids: Vec<u32>,
}

impl ValuesOfDocs {
    /// Flattens the value ids of each project.
    fn new(per_doc: impl Iterator<Item = Vec<u32>>) -> ValuesOfDocs {
        let mut flat = ValuesOfDocs {
            starts: vec![0],
            ids: Vec::new(),
        };
        for ids in per_doc {
            flat.ids.extend(ids);
            flat.starts.push(flat.ids.len() as u32);
        }
        if flat
            .starts
            .iter()
            .enumerate()
            .all(|(i, &s)| s as usize == i)
        {
            flat.starts = Vec::new();
        }
        flat
    }

    #[inline]
    fn of(&self, doc: usize) -> &[u32] {
        if self.starts.is_empty() {
            std::slice::from_ref(&self.ids[doc])
        } else {
            &self.ids[self.starts[doc] as usize..self.starts[doc + 1] as usize]
        }
    }
}

/// The values of every facet for each project, as small integers, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct FacetIndex {
    /// For each facet (in [`Facet::ALL`] order): its distinct values, in display order.
    values: Vec<Vec<String>>,
    /// For each facet: the value ids of each project.
    of_doc: Vec<ValuesOfDocs>,
    /// When every facet has one value per project (the FTAP data): project `d`'s values of
    /// all facets side by side, `rows[d * F..(d + 1) * F]`, each id offset by its facet's
    /// start in one flat table of counts. Counting then reads one short run per project.
    rows: Vec<u32>,
}

impl FacetIndex {
    /// Collects the values of every facet; rounds and years keep chronological order,
    /// other values are sorted alphabetically (display reorders by count).
    pub fn new(data: &Dataset) -> FacetIndex {
        let mut values = Vec::new();
        let mut of_doc = Vec::new();
        for facet in Facet::ALL {
            let per_doc: Vec<Vec<String>> = data
                .projects
                .iter()
                .map(|p| facet.values(data, p))
                .collect();
            let mut distinct: Vec<String> = match facet {
                Facet::Round => data.rounds.iter().map(|r| r.id.clone()).collect(),
                Facet::Theme => data.themes.iter().map(|t| t.id.clone()).collect(),
                Facet::Known(_) => vec![KNOWN.to_owned(), UNKNOWN.to_owned()],
                Facet::Grade => Grade::ALL.iter().map(|g| g.code().to_owned()).collect(),
                _ => {
                    let set: FxHashSet<&String> = per_doc.iter().flatten().collect();
                    let mut distinct: Vec<String> = set.into_iter().cloned().collect();
                    crate::compact_sort::sort(&mut distinct);
                    distinct
                }
            };
            if facet == Facet::Year {
                // "nc" (unknown year) sorts after the years.
                crate::compact_sort::sort_by_key(&mut distinct, |v| (v == "nc", v.clone()));
            }
            let ids: FxHashMap<&str, u32> = distinct
                .iter()
                .enumerate()
                .map(|(i, v)| (v.as_str(), i as u32))
                .collect();
            of_doc.push(ValuesOfDocs::new(per_doc.iter().map(|vs| {
                vs.iter()
                    .filter_map(|v| ids.get(v.as_str()).copied())
                    .collect()
            })));
            values.push(distinct);
        }
        let mut rows = Vec::new();
        if of_doc.iter().all(|o| o.starts.is_empty()) {
            let starts = Self::starts(&values);
            let n = data.projects.len();
            rows.reserve(n * of_doc.len());
            for doc in 0..n {
                for (o, start) in of_doc.iter().zip(&starts) {
                    rows.push(*start as u32 + o.ids[doc]);
                }
            }
        }
        FacetIndex {
            values,
            of_doc,
            rows,
        }
    }

    /// Where each facet's counts start in a flat table of all facets' values.
    fn starts(values: &[Vec<String>]) -> Vec<usize> {
        values
            .iter()
            .scan(0, |start, v| {
                let here = *start;
                *start += v.len();
                Some(here)
            })
            .collect()
    }

    fn position(facet: Facet) -> usize {
        Facet::ALL.iter().position(|&f| f == facet).unwrap_or(0)
    }

    /// The distinct values of a facet.
    pub fn values(&self, facet: Facet) -> &[String] {
        &self.values[Self::position(facet)]
    }

    /// The value ids of `facet` for a project (indices into [`FacetIndex::values`]).
    pub fn value_ids(&self, facet: Facet, doc: usize) -> &[u32] {
        self.of_doc[Self::position(facet)].of(doc)
    }

    /// Whether `value` is a value of `facet` in the data.
    pub fn has_value(&self, facet: Facet, value: &str) -> bool {
        self.values(facet).iter().any(|v| v == value)
    }

    /// For each facet (in [`Facet::ALL`] order), the set of selected value ids, or `None` when
    /// the facet does not filter.
    fn selected_ids(&self, selection: &Selection) -> Vec<Option<Vec<bool>>> {
        Facet::ALL
            .iter()
            .enumerate()
            .map(|(i, facet)| {
                let chosen = selection.get(facet).filter(|s| !s.is_empty())?;
                Some(self.values[i].iter().map(|v| chosen.contains(v)).collect())
            })
            .collect()
    }

    /// A bit per facet that `doc` fails (bit `i` for `Facet::ALL[i]`); 0 means it passes all.
    fn failures(&self, doc: usize, selected: &[Option<Vec<bool>>]) -> u32 {
        let mut mask = 0;
        for (i, chosen) in selected.iter().enumerate() {
            if let Some(chosen) = chosen {
                if !self.of_doc[i].of(doc).iter().any(|&v| chosen[v as usize]) {
                    mask |= 1 << i;
                }
            }
        }
        mask
    }

    /// Splits `docs` (in order) into those that pass every facet selection, and counts the
    /// values of each facet Datasette-style. `weight(doc)` gives how many projects the row
    /// stands for and its FTAP amount to sum. The two halves, [`FacetIndex::filter`] and
    /// [`FacetIndex::counts`], can run apart: the page counts a frame later while the reader
    /// types.
    pub fn apply(
        &self,
        docs: &[usize],
        selection: &Selection,
        weight: impl Fn(usize) -> (u32, Option<u64>),
    ) -> (Vec<usize>, FacetCounts) {
        let filtered = self.filter(docs, selection);
        let counts = self.counts(docs, &filtered.failures, selection, weight);
        (filtered.kept, counts)
    }

    /// The documents of `docs` (in order) that pass every facet selection, and which facets
    /// each one fails (what [`FacetIndex::counts`] needs).
    pub fn filter(&self, docs: &[usize], selection: &Selection) -> Filtered {
        let selected = self.selected_ids(selection);
        if !selected.iter().any(Option::is_some) {
            // No facet filters: nothing to check.
            return Filtered {
                kept: docs.to_vec(),
                failures: Vec::new(),
            };
        }
        let failures: Vec<u32> = docs.iter().map(|&d| self.failures(d, &selected)).collect();
        let kept = docs
            .iter()
            .zip(&failures)
            .filter(|(_, &mask)| mask == 0)
            .map(|(&d, _)| d)
            .collect();
        Filtered { kept, failures }
    }

    /// The values of each facet with their counts and sums over `docs`, Datasette-style: a
    /// document counts for a facet when it passes every *other* facet (`failures` as
    /// [`FacetIndex::filter`] gave them for the same `docs`, empty when nothing filters).
    /// `weight(doc)` gives how many projects the row stands for and its FTAP amount to sum.
    pub fn counts(
        &self,
        docs: &[usize],
        failures: &[u32],
        selection: &Selection,
        weight: impl Fn(usize) -> (u32, Option<u64>),
    ) -> FacetCounts {
        // Documents come in dataset order, so the value ids are read in sequence; the counts
        // of all facets, one flat table, stay in cache.
        let starts = Self::starts(&self.values);
        let mut flat = vec![Sum::default(); self.values.iter().map(Vec::len).sum()];
        let facets_count = self.of_doc.len();
        for (k, &doc) in docs.iter().enumerate() {
            let (projects, eur) = weight(doc);
            let mask = failures.get(k).copied().unwrap_or(0);
            if self.rows.is_empty() {
                for (i, (of_doc, start)) in self.of_doc.iter().zip(&starts).enumerate() {
                    // Counted for facet i if it passes every *other* facet.
                    if mask & !(1 << i) == 0 {
                        for &v in of_doc.of(doc) {
                            flat[start + v as usize].add(eur, projects);
                        }
                    }
                }
            } else {
                let row = &self.rows[doc * facets_count..(doc + 1) * facets_count];
                for (i, &slot) in row.iter().enumerate() {
                    if mask & !(1 << i) == 0 {
                        flat[slot as usize].add(eur, projects);
                    }
                }
            }
        }
        let counts: Vec<&[Sum]> = starts
            .iter()
            .zip(&self.values)
            .map(|(&start, values)| &flat[start..start + values.len()])
            .collect();
        Facet::ALL
            .iter()
            .enumerate()
            .map(|(i, &facet)| {
                let chosen = selection.get(&facet);
                let mut list: Vec<ValueCount> = self.values[i]
                    .iter()
                    .zip(counts[i])
                    .map(|(value, &ftap)| ValueCount {
                        value: value.clone(),
                        count: ftap.projects(),
                        ftap,
                        selected: chosen.is_some_and(|c| c.contains(value)),
                    })
                    .filter(|v| v.count > 0 || v.selected)
                    .collect();
                if !facet.ordered() {
                    most_projects_first(&mut list);
                }
                (facet, list)
            })
            .collect()
    }
}

/// Each facet's values with their counts and sums, in [`Facet::ALL`] order.
pub type FacetCounts = Vec<(Facet, Vec<ValueCount>)>;

/// The documents that pass every facet selection, and what the others fail.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filtered {
    /// The documents that pass, in their order.
    pub kept: Vec<usize>,
    /// For each document given, a bit per facet it fails (bit `i` for `Facet::ALL[i]`);
    /// empty when no facet filters.
    pub failures: Vec<u32>,
}

#[cfg(test)]
#[path = "facets/tests.rs"]
mod tests;
