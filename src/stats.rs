//! Budget totals: sums over a set of projects, and the official figures announced per year.
//!
//! Unknown amounts are counted, never added as zero: a sum is always "of the known amounts".

use crate::model::{Dataset, RoundKind};

/// Totals of the FTAP amounts of a set of projects.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    /// Number of projects.
    pub projects: usize,
    /// Sum of the known FTAP amounts, in euros.
    pub ftap_known_eur: u64,
    /// Number of projects whose FTAP amount is unknown.
    pub ftap_unknown: usize,
}

impl Totals {
    /// Totals over the given project indices.
    pub fn of(dataset: &Dataset, rows: &[usize]) -> Totals {
        let mut totals = Totals {
            projects: rows.len(),
            ..Totals::default()
        };
        for &i in rows {
            match dataset.projects[i].ftap_eur {
                Some(eur) => totals.ftap_known_eur = totals.ftap_known_eur.saturating_add(eur),
                None => totals.ftap_unknown += 1,
            }
        }
        totals
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
    years.sort_by_key(|y| y.year);
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;
    use crate::fixtures::{empty_dataset, project_with};
    use proptest::prelude::*;

    #[test]
    fn unknown_amounts_are_counted_not_summed() {
        let mut data = empty_dataset(RoundKind::Call);
        for (i, a) in [Some(10), None, Some(5)].into_iter().enumerate() {
            data.projects.push(project_with(i, "x", a));
        }
        let t = Totals::of(&data, &[0, 1, 2]);
        assert_eq!(
            t,
            Totals {
                projects: 3,
                ftap_known_eur: 15,
                ftap_unknown: 1
            }
        );
        assert_eq!(Totals::of(&data, &[1]).ftap_known_eur, 0);
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
            let t = Totals::of(&data, &rows);
            prop_assert_eq!(t.ftap_known_eur, amounts.iter().flatten().sum::<u64>());
            prop_assert_eq!(t.ftap_unknown, amounts.iter().filter(|a| a.is_none()).count());
            prop_assert_eq!(t.projects, amounts.len());
        }
    }
}
