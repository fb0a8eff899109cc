//! Budget totals: sums over a set of projects, and the official figures announced per year.
//!
//! Unknown amounts are counted, never added as zero: a sum is always "of the known amounts".

use crate::filters::Amount;
use crate::model::{Dataset, Project, RoundKind};

/// The figures of one project, kept apart from its text: a pass over many projects then reads
/// a small, dense table in sequence instead of large records scattered in memory (at 100k
/// projects, the difference between a keystroke in a frame or not).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Figures {
    /// The amounts, in [`Amount::ALL`] order; `None` when unknown.
    pub amounts: [Option<u64>; 3],
    /// How many projects the row stands for.
    pub count: u32,
    /// Whether the project is a confirmed laureate (see [`crate::model::Grade::confirmed`]).
    pub confirmed: bool,
}

impl Figures {
    /// The figures of a project.
    pub fn of(p: &Project) -> Figures {
        Figures {
            amounts: Amount::ALL.map(|a| a.of(p)),
            count: p.count,
            confirmed: p.grade.confirmed(),
        }
    }

    /// The figures of every project of a dataset, in its order.
    pub fn table(data: &Dataset) -> Vec<Figures> {
        data.projects.iter().map(Figures::of).collect()
    }

    /// One of the amounts.
    #[inline]
    pub fn amount(&self, amount: Amount) -> Option<u64> {
        self.amounts[amount.index()]
    }

    /// The FTAP amount.
    #[inline]
    pub fn ftap_eur(&self) -> Option<u64> {
        self.amount(Amount::Ftap)
    }
}

/// The sum of one amount over a set of projects: known amounts added, unknown ones counted.
///
/// Counts are of projects, not rows: a row that stands for several projects (one amount given
/// for two projects) counts as that many.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sum {
    /// Sum of the known amounts, in euros.
    pub known_eur: u64,
    /// Projects whose amount is known.
    pub known: usize,
    /// Projects whose amount is unknown.
    pub unknown: usize,
}

impl Sum {
    /// Adds the amount of a row standing for `projects` projects.
    #[inline(always)]
    pub fn add(&mut self, amount: Option<u64>, projects: u32) {
        // Without a branch: whether an amount is known varies from row to row with no
        // pattern, and a mispredicted branch per row was a fifth of counting every facet.
        let projects = projects as usize;
        let known = projects * usize::from(amount.is_some());
        self.known_eur = self.known_eur.saturating_add(amount.unwrap_or(0));
        self.known += known;
        self.unknown += projects - known;
    }

    /// The sum of two disjoint sets of projects.
    pub fn merge(self, other: Sum) -> Sum {
        Sum {
            known_eur: self.known_eur.saturating_add(other.known_eur),
            known: self.known + other.known,
            unknown: self.unknown + other.unknown,
        }
    }

    /// Projects counted, known or not.
    pub fn projects(&self) -> usize {
        self.known + self.unknown
    }

    /// The known total, when at least one amount is known: `None` means "no figure", never 0.
    pub fn known_total(&self) -> Option<u64> {
        (self.known > 0).then_some(self.known_eur)
    }
}

/// A ratio of two sums over the projects where both amounts are known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ratio {
    /// Sum of the numerator amounts over those projects.
    pub numerator_eur: u64,
    /// Sum of the denominator amounts over those projects.
    pub denominator_eur: u64,
    /// Number of projects where both are known.
    pub pairs: usize,
}

impl Ratio {
    fn add(&mut self, numerator: Option<u64>, denominator: Option<u64>, projects: u32) {
        if let (Some(n), Some(d)) = (numerator, denominator) {
            self.numerator_eur = self.numerator_eur.saturating_add(n);
            self.denominator_eur = self.denominator_eur.saturating_add(d);
            self.pairs += projects as usize;
        }
    }

    /// The ratio, when at least one pair with a non-zero denominator exists.
    pub fn value(&self) -> Option<f64> {
        (self.pairs > 0 && self.denominator_eur > 0)
            .then(|| self.numerator_eur as f64 / self.denominator_eur as f64)
    }
}

/// The key figures of a set of projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    /// Number of projects (a row standing for several projects counts as that many).
    pub projects: usize,
    /// Number of rows of the data file.
    pub rows: usize,
    /// FTAP amounts.
    pub ftap: Sum,
    /// Total costs.
    pub cost: Sum,
    /// Expected savings.
    pub savings: Sum,
    /// Leverage: Σ total cost / Σ FTAP, over projects where both are known.
    pub leverage: Ratio,
    /// Savings per FTAP euro: Σ savings / Σ FTAP, over projects where both are known.
    pub savings_per_euro: Ratio,
}

impl Summary {
    /// The key figures of the given projects.
    pub fn of(dataset: &Dataset, rows: &[usize]) -> Summary {
        Summary::over(rows.iter().map(|&i| Figures::of(&dataset.projects[i])))
    }

    /// The key figures of the projects whose figures are given.
    pub fn over(projects: impl ExactSizeIterator<Item = Figures>) -> Summary {
        let mut s = Summary {
            rows: projects.len(),
            ..Summary::default()
        };
        for f in projects {
            let [ftap, cost, savings] = f.amounts;
            s.projects += f.count as usize;
            s.ftap.add(ftap, f.count);
            s.cost.add(cost, f.count);
            s.savings.add(savings, f.count);
            s.leverage.add(cost, ftap, f.count);
            s.savings_per_euro.add(savings, ftap, f.count);
        }
        s
    }
}

/// What was officially announced for one year, summed over its calls.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearAnnounced {
    /// The year.
    pub year: u16,
    /// Sum of the laureates announced by the year's calls that published a number.
    pub laureates: Option<u32>,
    /// Sum of the FTAP amounts announced by the year's calls that published one.
    pub ftap_eur: Option<u64>,
    /// Calls of that year that published no laureate count: `laureates` is then a lower bound.
    pub calls_without_laureates: usize,
    /// Calls of that year that published no amount: `ftap_eur` is then a lower bound.
    pub calls_without_ftap: usize,
}

/// Official figures per year, oldest first, from the rounds of kind [`RoundKind::Call`].
pub fn announced_by_year(dataset: &Dataset) -> Vec<YearAnnounced> {
    let mut years: Vec<YearAnnounced> = Vec::new();
    let calls = dataset.rounds.iter().filter(|r| r.kind == RoundKind::Call);
    for round in calls {
        let Some(year) = round.year else { continue };
        let entry = match years.iter().position(|y| y.year == year) {
            Some(i) => &mut years[i],
            None => {
                years.push(YearAnnounced {
                    year,
                    laureates: None,
                    ftap_eur: None,
                    calls_without_laureates: 0,
                    calls_without_ftap: 0,
                });
                years.last_mut().expect("just pushed")
            }
        };
        match round.laureates {
            Some(n) => entry.laureates = Some(entry.laureates.unwrap_or(0).saturating_add(n)),
            None => entry.calls_without_laureates += 1,
        }
        match round.ftap_eur {
            Some(eur) => entry.ftap_eur = Some(entry.ftap_eur.unwrap_or(0).saturating_add(eur)),
            None => entry.calls_without_ftap += 1,
        }
    }
    crate::compact_sort::sort_by_key(&mut years, |y| y.year);
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{empty_dataset, project_with};
    use crate::validate::repository_dataset as dataset;
    use proptest::prelude::*;

    #[test]
    fn unknown_amounts_are_counted_not_summed() {
        let mut data = empty_dataset(RoundKind::Call);
        for (i, a) in [Some(10), None, Some(5)].into_iter().enumerate() {
            data.projects.push(project_with(i, "x", a));
        }
        let s = Summary::of(&data, &[0, 1, 2]);
        assert_eq!(s.projects, 3);
        assert_eq!(
            s.ftap,
            Sum {
                known_eur: 15,
                known: 2,
                unknown: 1
            }
        );
        assert_eq!(Summary::of(&data, &[1]).ftap.known_total(), None);
    }

    #[test]
    fn a_row_for_two_projects_counts_two() {
        let mut data = empty_dataset(RoundKind::Call);
        let mut pair = project_with(0, "deux projets", Some(24));
        pair.count = 2;
        data.projects = vec![pair, project_with(1, "un", None)];
        let s = Summary::of(&data, &[0, 1]);
        assert_eq!((s.projects, s.rows), (3, 2));
        assert_eq!((s.ftap.known, s.ftap.unknown), (2, 1));
    }

    #[test]
    fn sums_merge_and_say_when_nothing_is_known() {
        let mut a = Sum::default();
        a.add(None, 1);
        assert_eq!(a.known_total(), None);
        let mut b = Sum::default();
        b.add(Some(0), 1);
        assert_eq!(b.known_total(), Some(0), "a known zero is a figure");
        let m = a.merge(b);
        assert_eq!((m.known, m.unknown, m.projects()), (1, 1, 2));
    }

    #[test]
    fn leverage_and_savings_use_only_projects_where_both_amounts_are_known() {
        let mut data = empty_dataset(RoundKind::Call);
        let mut a = project_with(0, "a", Some(10));
        a.total_cost_eur = Some(40);
        let mut b = project_with(1, "b", Some(30)); // cost unknown: not in the leverage
        b.savings_eur = Some(3);
        let mut c = project_with(2, "c", None); // FTAP unknown: in neither ratio
        c.total_cost_eur = Some(1000);
        c.savings_eur = Some(1000);
        data.projects = vec![a, b, c];
        let s = Summary::of(&data, &[0, 1, 2]);
        assert_eq!(s.leverage.value(), Some(4.0));
        assert_eq!(s.leverage.pairs, 1);
        assert_eq!(s.savings_per_euro.value(), Some(0.1));
        assert_eq!(
            s.cost,
            Sum {
                known_eur: 1040,
                known: 2,
                unknown: 1
            }
        );
        assert_eq!(s.ftap.unknown, 1);
        assert_eq!(Summary::of(&data, &[]).leverage.value(), None);
    }

    #[test]
    fn year_2018_sums_both_calls() {
        let years = announced_by_year(&dataset());
        let y2018 = years.iter().find(|y| y.year == 2018).unwrap();
        assert_eq!(y2018.laureates, Some(33));
        assert_eq!(y2018.ftap_eur, Some(194_800_000));
        assert_eq!(
            (y2018.calls_without_laureates, y2018.calls_without_ftap),
            (0, 0)
        );
    }

    #[test]
    fn a_call_without_figures_marks_the_year_as_partial() {
        let years = announced_by_year(&dataset());
        let y2019 = years.iter().find(|y| y.year == 2019).unwrap();
        assert_eq!(y2019.laureates, Some(32));
        assert_eq!(
            y2019.ftap_eur,
            Some(96_000_000),
            "only session 2 published an amount"
        );
        assert_eq!(
            (y2019.calls_without_laureates, y2019.calls_without_ftap),
            (0, 1)
        );
    }

    #[test]
    fn buckets_of_unassigned_projects_are_not_calls() {
        let data = empty_dataset(RoundKind::Unassigned);
        assert!(announced_by_year(&data).is_empty());
    }

    proptest! {
        #[test]
        fn known_sum_and_unknown_count_add_up(
            amounts in proptest::collection::vec(proptest::option::of(0u64..1_000_000_000), 0..60)
        ) {
            let mut data = empty_dataset(RoundKind::Call);
            for (i, a) in amounts.iter().enumerate() {
                data.projects.push(project_with(i, "x", *a));
            }
            let rows: Vec<usize> = (0..amounts.len()).collect();
            let s = Summary::of(&data, &rows);
            prop_assert_eq!(s.ftap.known_eur, amounts.iter().flatten().sum::<u64>());
            prop_assert_eq!(s.ftap.unknown, amounts.iter().filter(|a| a.is_none()).count());
            prop_assert_eq!(s.projects, amounts.len());
            prop_assert_eq!(s.ftap.projects(), s.projects);
        }
    }
}
