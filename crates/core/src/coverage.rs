//! Coverage: for each call and each year, what was officially announced against what the
//! dataset lists, so that a partial sum is never mistaken for the fund's total.

use crate::model::{Dataset, Grade, RoundKind};
use crate::stats::{announced_by_year, Sum, YearAnnounced};

/// Announced and listed figures of one round.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundCoverage {
    /// Index of the round in the dataset.
    pub round: usize,
    /// Laureates announced, if published.
    pub announced_laureates: Option<u32>,
    /// FTAP amount announced, if published.
    pub announced_ftap_eur: Option<u64>,
    /// FTAP amounts of the round's listed projects (`listed.projects()` of them).
    pub listed: Sum,
    /// Listed projects by grade of evidence, in [`Grade::ALL`] order.
    pub by_grade: [usize; 3],
}

impl RoundCoverage {
    /// Money announced minus the known listed amounts, signed: negative where the listed
    /// amounts exceed a rounded announcement. `None` when no amount was announced.
    pub fn ftap_gap_eur(&self) -> Option<i128> {
        self.announced_ftap_eur
            .map(|a| i128::from(a) - i128::from(self.listed.known_eur))
    }

    /// Known listed amounts over the announced amount (1.005 for 100,5 %: not capped).
    pub fn ftap_share(&self) -> Option<f64> {
        self.announced_ftap_eur
            .filter(|&a| a > 0)
            .map(|a| self.listed.known_eur as f64 / a as f64)
    }
}

/// Coverage of every call, and of every bucket of projects whose call is not established
/// that holds listed projects, in round order (chronological).
pub fn by_round(data: &Dataset) -> Vec<RoundCoverage> {
    let mut rows: Vec<RoundCoverage> = data
        .rounds
        .iter()
        .enumerate()
        .map(|(i, r)| RoundCoverage {
            round: i,
            announced_laureates: r.laureates,
            announced_ftap_eur: r.ftap_eur,
            listed: Sum::default(),
            by_grade: [0; 3],
        })
        .collect();
    for p in &data.projects {
        let row = &mut rows[p.round];
        row.listed.add(p.ftap_eur, p.count);
        if let Some(g) = Grade::ALL.iter().position(|&g| g == p.grade) {
            row.by_grade[g] += p.count as usize;
        }
    }
    rows.retain(|c| c.listed.projects() > 0 || data.rounds[c.round].kind == RoundKind::Call);
    rows
}

/// The whole picture in one place: what the calls announced, and how the listed projects
/// split between those calls and the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    /// Σ of the amounts announced by the calls that published one (a lower bound of the fund).
    pub announced_eur: u64,
    /// Calls that published an amount.
    pub calls_with_amount: usize,
    /// Calls in all.
    pub calls: usize,
    /// Σ of the laureates announced by the calls that published a number.
    pub laureates: u64,
    /// Listed projects of the calls that published an amount.
    pub in_announced_calls: Sum,
    /// Listed projects elsewhere: calls without a published amount, or call not established.
    pub elsewhere: Sum,
    /// All listed projects by grade of evidence, in [`Grade::ALL`] order.
    pub by_grade: [usize; 3],
}

impl Totals {
    /// All listed projects.
    pub fn listed(&self) -> Sum {
        self.in_announced_calls.merge(self.elsewhere)
    }

    /// Known listed amounts of the calls with an announced amount, over that amount.
    pub fn share(&self) -> Option<f64> {
        (self.announced_eur > 0)
            .then(|| self.in_announced_calls.known_eur as f64 / self.announced_eur as f64)
    }
}

/// Everything the coverage shows, computed once per dataset (it does not depend on the view).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Per call, and per bucket of projects whose call is not established.
    pub rounds: Vec<RoundCoverage>,
    /// The totals of those rows.
    pub totals: Totals,
    /// Money per year.
    pub years: Vec<YearMoney>,
}

impl Coverage {
    /// The coverage of a dataset.
    pub fn of(data: &Dataset) -> Coverage {
        let rounds = by_round(data);
        Coverage {
            totals: totals(data, &rounds),
            years: by_year(data),
            rounds,
        }
    }
}

/// Sums the coverage rows of [`by_round`].
pub fn totals(data: &Dataset, rows: &[RoundCoverage]) -> Totals {
    let mut t = Totals::default();
    for c in rows {
        for (total, n) in t.by_grade.iter_mut().zip(c.by_grade) {
            *total += n;
        }
        if data.rounds[c.round].kind == RoundKind::Call {
            t.calls += 1;
            t.laureates += u64::from(c.announced_laureates.unwrap_or(0));
        }
        match c.announced_ftap_eur {
            Some(eur) => {
                t.calls_with_amount += 1;
                t.announced_eur = t.announced_eur.saturating_add(eur);
                t.in_announced_calls = t.in_announced_calls.merge(c.listed);
            }
            None => t.elsewhere = t.elsewhere.merge(c.listed),
        }
    }
    t
}

/// Money of one year: announced by its calls, and listed, split by whether the projects are
/// attributed to a call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearMoney {
    /// The year; `None` for projects whose year is not established.
    pub year: Option<u16>,
    /// What the year's calls announced, when it has calls.
    pub announced: Option<YearAnnounced>,
    /// Listed projects attributed to one of the year's calls.
    pub in_calls: Sum,
    /// Listed projects of that year whose call is not established.
    pub unattributed: Sum,
}

impl YearMoney {
    /// Every listed project of the year.
    pub fn listed(&self) -> Sum {
        self.in_calls.merge(self.unattributed)
    }
}

/// Money per year, oldest first, then the projects whose year is unknown (if any).
pub fn by_year(data: &Dataset) -> Vec<YearMoney> {
    let mut years: Vec<YearMoney> = announced_by_year(data)
        .into_iter()
        .map(|a| YearMoney {
            year: Some(a.year),
            announced: Some(a),
            in_calls: Sum::default(),
            unattributed: Sum::default(),
        })
        .collect();
    for p in &data.projects {
        let round = data.round_of(p);
        let i = match years.iter().position(|y| y.year == round.year) {
            Some(i) => i,
            None => {
                // Inserted in place (years in order, the unknown year last): no sort needed.
                let at = years
                    .iter()
                    .position(|y| {
                        round
                            .year
                            .is_some_and(|year| y.year.is_none_or(|y| y > year))
                    })
                    .unwrap_or(years.len());
                years.insert(
                    at,
                    YearMoney {
                        year: round.year,
                        announced: None,
                        in_calls: Sum::default(),
                        unattributed: Sum::default(),
                    },
                );
                at
            }
        };
        let sum = match round.kind {
            RoundKind::Call => &mut years[i].in_calls,
            RoundKind::Unassigned => &mut years[i].unattributed,
        };
        sum.add(p.ftap_eur, p.count);
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::repository_dataset as dataset;

    fn round<'a>(data: &Dataset, rows: &'a [RoundCoverage], id: &str) -> &'a RoundCoverage {
        rows.iter().find(|c| data.rounds[c.round].id == id).unwrap()
    }

    #[test]
    fn first_call_of_2018_lists_four_of_seventeen() {
        let data = dataset();
        let rows = by_round(&data);
        let first = round(&data, &rows, "2018-1");
        assert_eq!(first.announced_laureates, Some(17));
        assert_eq!(first.listed.projects(), 4);
        assert_eq!(first.announced_ftap_eur, Some(126_000_000));
        assert_eq!(first.listed.known_eur, 68_600_000);
        assert_eq!(first.ftap_gap_eur(), Some(57_400_000));
    }

    #[test]
    fn listed_amounts_above_a_rounded_announcement_give_a_negative_gap() {
        let data = dataset();
        let rows = by_round(&data);
        let july = round(&data, &rows, "2023-07");
        assert_eq!(july.listed.known_eur, 22_050_000);
        assert_eq!(july.ftap_gap_eur(), Some(-50_000));
        assert!(july.ftap_share().unwrap() > 1.0, "not capped at 100 %");
    }

    #[test]
    fn buckets_of_unassigned_projects_are_shown() {
        let data = dataset();
        let rows = by_round(&data);
        let bucket = round(&data, &rows, "2020-nc");
        assert_eq!(bucket.announced_ftap_eur, None);
        assert_eq!(bucket.listed.known_eur, 73_200_000);
    }

    #[test]
    fn each_call_counts_its_projects_by_grade() {
        let data = dataset();
        for c in by_round(&data) {
            assert_eq!(c.by_grade.iter().sum::<usize>(), c.listed.projects());
        }
        let rows = by_round(&data);
        let bucket = round(&data, &rows, "nc");
        assert!(
            bucket.by_grade[2] > 0,
            "programme 349 projects have no established call"
        );
    }

    #[test]
    fn listed_projects_all_appear_once() {
        let data = dataset();
        let rows = by_round(&data);
        let listed: usize = rows.iter().map(|c| c.listed.projects()).sum();
        let projects: usize = data.projects.iter().map(|p| p.count as usize).sum();
        assert_eq!(listed, projects);
        let t = totals(&data, &rows);
        assert_eq!(t.listed().projects(), projects);
        assert_eq!(t.by_grade.iter().sum::<usize>(), projects);
        assert_eq!(Coverage::of(&data).totals, t);
        let known: u64 = data.projects.iter().filter_map(|p| p.ftap_eur).sum();
        assert_eq!(t.listed().known_eur, known);
    }

    #[test]
    fn totals_say_what_the_calls_announced_and_where_listed_money_sits() {
        let data = dataset();
        let t = totals(&data, &by_round(&data));
        let announced: u64 = data.rounds.iter().filter_map(|r| r.ftap_eur).sum();
        assert_eq!(t.announced_eur, announced);
        assert_eq!(
            t.calls_with_amount,
            data.rounds.iter().filter(|r| r.ftap_eur.is_some()).count()
        );
        assert!(t.calls > t.calls_with_amount);
        assert!(
            t.elsewhere.known_eur >= 73_200_000,
            "2020 projects without a session"
        );
    }

    #[test]
    fn years_split_listed_money_by_attribution_and_add_up() {
        let data = dataset();
        let years = by_year(&data);
        let y2020 = years.iter().find(|y| y.year == Some(2020)).unwrap();
        assert_eq!(y2020.unattributed.known_eur, 73_200_000);
        assert_eq!(
            y2020.announced.as_ref().unwrap().ftap_eur,
            Some(252_000_000)
        );
        let all = years
            .iter()
            .map(YearMoney::listed)
            .fold(Sum::default(), Sum::merge);
        let known: u64 = data.projects.iter().filter_map(|p| p.ftap_eur).sum();
        assert_eq!(all.known_eur, known);
        assert_eq!(years.last().unwrap().year, None, "unknown year last");
    }

    /// `data/README.md` shows a coverage table written by hand: each call's listed projects,
    /// their grades and the sum of their known FTAP amounts must be what the app computes.
    #[test]
    fn the_data_readme_table_agrees_with_the_data() {
        let plain = |s: &str| s.replace(['\u{a0}', '\u{202f}'], " ");
        let fr = crate::i18n::Lang::Fr;
        let data = dataset();
        let readme = include_str!("../../../data/README.md");
        let coverage = Coverage::of(&data);
        let mut checked = 0;
        for line in readme.lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let Some(round) = cells
                .get(1)
                .and_then(|id| data.rounds.iter().position(|r| r.id == *id))
            else {
                continue;
            };
            let row = coverage.rounds.iter().find(|c| c.round == round).unwrap();
            let id = &data.rounds[round].id;
            assert_eq!(
                cells[3],
                row.listed.projects().to_string(),
                "{id}: projects listed"
            );
            let [announced, attested, p349] = row.by_grade;
            assert_eq!(
                cells[4],
                format!("{announced} / {attested} / {p349}"),
                "{id}: grades"
            );
            let sum = plain(&crate::figures::sum_value(row.listed, fr));
            assert_eq!(
                cells[6].split(" (").next().unwrap(),
                sum,
                "{id}: sum of known FTAP"
            );
            checked += 1;
        }
        assert_eq!(
            checked,
            data.rounds.len(),
            "every call has its row in data/README.md"
        );
        let total = readme
            .lines()
            .find(|l| l.starts_with("| **Total**"))
            .unwrap();
        let cells: Vec<&str> = total.split('|').map(str::trim).collect();
        let all = coverage.totals.listed();
        let rows = data.projects.len();
        assert_eq!(cells[3], format!("**{}** ({rows} lignes)", all.projects()));
        let [announced, attested, p349] = coverage.totals.by_grade;
        assert_eq!(cells[4], format!("**{announced} / {attested} / {p349}**"));
        let sum = plain(&crate::figures::sum_value(all, fr));
        let exact = plain(&crate::format::integer(all.known_eur, fr));
        let amounts = data
            .projects
            .iter()
            .filter(|p| p.ftap_eur.is_some())
            .count();
        let covered = all.known;
        let expected =
            format!("**{sum}** ({exact} € : {amounts} montants, qui couvrent {covered} projets)");
        assert!(cells[6].starts_with(&expected), "{} ≠ {expected}", cells[6]);
    }
}
