//! Coverage: for each call, what was officially announced against what the dataset lists, so
//! that a partial sum is never mistaken for the fund's total.

use crate::model::{Dataset, RoundKind};

/// Announced and listed figures of one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundCoverage {
    /// Index of the round in the dataset.
    pub round: usize,
    /// Laureates announced, if published.
    pub announced_laureates: Option<u32>,
    /// Projects of the round in the dataset.
    pub listed: usize,
    /// FTAP amount announced, if published.
    pub announced_ftap_eur: Option<u64>,
    /// Sum of the known FTAP amounts of the listed projects.
    pub listed_ftap_eur: u64,
    /// Listed projects without a known FTAP amount.
    pub listed_unknown: usize,
}

impl RoundCoverage {
    /// Money announced but not itemised by the dataset (never negative: where listed amounts
    /// exceed the announcement, as with rounded announcements, the gap is 0).
    pub fn ftap_gap_eur(&self) -> Option<u64> {
        self.announced_ftap_eur
            .map(|a| a.saturating_sub(self.listed_ftap_eur))
    }

    /// Part of the announced amount that the listed amounts cover, from 0 to 1 (capped).
    pub fn ftap_share(&self) -> Option<f64> {
        self.announced_ftap_eur
            .filter(|&a| a > 0)
            .map(|a| (self.listed_ftap_eur as f64 / a as f64).min(1.0))
    }
}

/// Coverage of every round that is a call or has listed projects, in round order.
pub fn by_round(data: &Dataset) -> Vec<RoundCoverage> {
    let mut rows: Vec<RoundCoverage> = data
        .rounds
        .iter()
        .enumerate()
        .map(|(i, r)| RoundCoverage {
            round: i,
            announced_laureates: r.laureates,
            listed: 0,
            announced_ftap_eur: r.ftap_eur,
            listed_ftap_eur: 0,
            listed_unknown: 0,
        })
        .collect();
    for p in &data.projects {
        let row = &mut rows[p.round];
        row.listed += 1;
        match p.ftap_eur {
            Some(eur) => row.listed_ftap_eur = row.listed_ftap_eur.saturating_add(eur),
            None => row.listed_unknown += 1,
        }
    }
    rows.retain(|c| c.listed > 0 || data.rounds[c.round].kind == RoundKind::Call);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    #[test]
    fn first_call_of_2018_lists_four_of_seventeen() {
        let data = dataset();
        let rows = by_round(&data);
        let first = rows
            .iter()
            .find(|c| data.rounds[c.round].id == "2018-1")
            .unwrap();
        assert_eq!(first.announced_laureates, Some(17));
        assert_eq!(first.listed, 4);
        assert_eq!(first.announced_ftap_eur, Some(126_000_000));
        assert_eq!(first.listed_ftap_eur, 68_600_000);
        assert_eq!(first.ftap_gap_eur(), Some(57_400_000));
    }

    #[test]
    fn rounded_announcements_never_give_a_negative_gap() {
        let data = dataset();
        let july = by_round(&data)
            .into_iter()
            .find(|c| data.rounds[c.round].id == "2023-07")
            .unwrap();
        assert_eq!(
            july.listed_ftap_eur, 22_050_000,
            "listed sum above the rounded 22 M€"
        );
        assert_eq!(july.ftap_gap_eur(), Some(0));
        assert_eq!(july.ftap_share(), Some(1.0));
    }

    #[test]
    fn listed_projects_all_appear_once() {
        let data = dataset();
        let listed: usize = by_round(&data).iter().map(|c| c.listed).sum();
        assert_eq!(listed, data.projects.len());
    }
}
