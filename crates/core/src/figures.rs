//! Figures as a reader sees them: a sum never turns unknown amounts into zero, and each key
//! figure says which projects it covers. Pure text, so every rule is tested natively.

use crate::coverage::Totals;
use crate::format;
use crate::i18n::{count, projects, Lang, Text};
use crate::stats::{Ratio, Sum, Summary};

/// A figure resting on fewer known values than this is a footnote, not a key figure.
pub const MIN_BASE: usize = 5;

/// A sum as displayed: `85,9 M€` when every amount is known, `≥ 85,9 M€` when some are not,
/// `n.c.` when none is, `—` for no project at all. Zero appears only for known zeros.
pub fn sum_value(sum: Sum, lang: Lang) -> String {
    match (sum.known, sum.unknown) {
        (0, 0) => "—".to_owned(),
        (0, _) => Text::NotGiven.get(lang).to_owned(),
        (_, 0) => format::euros_compact(sum.known_eur, lang),
        _ => format!("≥\u{a0}{}", format::euros_compact(sum.known_eur, lang)),
    }
}

/// How many amounts a sum leaves out: `1 inconnu`, `6 inconnus`; `None` when none.
pub fn unknown_note(sum: Sum, lang: Lang) -> Option<String> {
    (sum.unknown > 0).then(|| count(lang, sum.unknown, Text::UnknownOne, Text::UnknownMany))
}

/// A sum with what it leaves out: `≥ 85,9 M€ (1 inconnu)`, `n.c. (6 inconnus)`.
pub fn sum_text(sum: Sum, lang: Lang) -> String {
    match unknown_note(sum, lang) {
        Some(note) => format!("{} ({note})", sum_value(sum, lang)),
        None => sum_value(sum, lang),
    }
}

/// « connu pour 22 projets sur 42 »: the base of a sum.
fn base(sum: Sum, lang: Lang) -> String {
    Text::KnownFor.fill(
        lang,
        &[
            &projects(lang, sum.known),
            &format::integer(sum.projects() as u64, lang),
        ],
    )
}

/// The status line of the results: « 7 projets sur 43 ; montants FTAP : ≥ 85,9 M€ (1 inconnu) ».
pub fn status(selection: &Summary, all: &Summary, lang: Lang) -> String {
    Text::Status.fill(
        lang,
        &[
            &projects(lang, selection.projects),
            &format::integer(all.projects as u64, lang),
            &sum_text(selection.ftap, lang),
        ],
    )
}

/// One key figure: its label, its value for the selection, what it covers, and (when the
/// view is filtered) the same figure for all the listed projects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// What the figure is.
    pub label: Text,
    /// The value for the selection.
    pub value: String,
    /// Which projects it covers.
    pub base: String,
    /// The value over every listed project, shown when the view is filtered.
    pub whole: Option<String>,
}

/// The key figures of a view: a headline, the cards that rest on enough known values, and
/// footnotes for those that do not (a figure that can only be n.c. is left out).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Board {
    /// What the filtered selection holds, when the view is filtered.
    pub selection: Option<String>,
    /// What is known of the whole dataset against what the calls announced.
    pub headline: String,
    /// Key figures.
    pub cards: Vec<Card>,
    /// Figures on too few known values to be key figures, with their base.
    pub footnotes: Vec<String>,
}

/// A ratio in words: `3,12` / `0,45 €`.
fn ratio_value(ratio: Ratio, unit: &str, lang: Lang) -> Option<String> {
    ratio
        .value()
        .map(|v| format!("{}{unit}", format::decimal(v, 2, lang)))
}

/// Builds the key figures of `selection` (the filtered view) against `all` (every listed
/// project) and the official `totals`.
pub fn board(
    selection: &Summary,
    all: &Summary,
    totals: &Totals,
    filtered: bool,
    lang: Lang,
) -> Board {
    // The known amounts add up exactly: the headline gives their sum, and how many they are.
    let known = all.ftap.known_total().map_or_else(
        || Text::NotGiven.get(lang).to_owned(),
        |eur| format::euros_compact(eur, lang),
    );
    let headline = Text::Headline.fill(
        lang,
        &[
            &known,
            &projects(lang, all.ftap.known),
            &format::integer(all.projects as u64, lang),
            &format::euros_compact(totals.announced_eur, lang),
            &format::integer(totals.calls_with_amount as u64, lang),
        ],
    );
    // Beside a selection, the headline says that it covers all the data.
    let headline = if filtered {
        Text::WholeHeadline.fill(lang, &[&headline])
    } else {
        headline
    };
    let selection_line = filtered.then(|| {
        Text::SelectionHeadline.fill(
            lang,
            &[
                &projects(lang, selection.projects),
                &sum_value(selection.ftap, lang),
                &base(selection.ftap, lang),
            ],
        )
    });
    let whole = |text: String| filtered.then_some(text);
    let mut cards = vec![Card {
        label: Text::FigProjects,
        value: format::integer(selection.projects as u64, lang),
        base: if selection.rows == selection.projects {
            Text::FigProjectsNote.get(lang).to_owned()
        } else {
            Text::FigProjectsRows.fill(lang, &[&format::integer(selection.rows as u64, lang)])
        },
        whole: whole(format::integer(all.projects as u64, lang)),
    }];
    let mut footnotes = Vec::new();
    if selection.ftap.known > 0 {
        cards.push(Card {
            label: Text::FigFtap,
            value: sum_value(selection.ftap, lang),
            base: base(selection.ftap, lang),
            whole: whole(sum_value(all.ftap, lang)),
        });
    }
    // Costs and savings are known for other projects than FTAP amounts: say how many overlap.
    for (label, sum, all_sum, pairs) in [
        (
            Text::FigCost,
            selection.cost,
            all.cost,
            selection.leverage.pairs,
        ),
        (
            Text::FigSavings,
            selection.savings,
            all.savings,
            selection.savings_per_euro.pairs,
        ),
    ] {
        if sum.known == 0 {
            continue;
        }
        let overlap = Text::AlsoFtapKnown.fill(lang, &[&format::integer(pairs as u64, lang)]);
        if sum.known >= MIN_BASE {
            cards.push(Card {
                label,
                value: sum_value(sum, lang),
                base: format!("{}, {overlap}", base(sum, lang)),
                whole: whole(sum_value(all_sum, lang)),
            });
        } else {
            footnotes.push(Text::FewKnown.fill(
                lang,
                &[
                    label.get(lang),
                    &sum_value(sum, lang),
                    &base(sum, lang),
                    &overlap,
                ],
            ));
        }
    }
    for (label, ratio, all_ratio, unit) in [
        (Text::FigLeverage, selection.leverage, all.leverage, ""),
        (
            Text::FigSavingsPerEuro,
            selection.savings_per_euro,
            all.savings_per_euro,
            "\u{a0}€",
        ),
    ] {
        let Some(value) = ratio_value(ratio, unit, lang) else {
            continue;
        };
        let pairs = projects(lang, ratio.pairs);
        if ratio.pairs >= MIN_BASE {
            cards.push(Card {
                label,
                value,
                base: Text::RatioBase.fill(lang, &[&pairs]),
                whole: whole(ratio_value(all_ratio, unit, lang).unwrap_or_default()),
            });
        } else {
            footnotes.push(Text::FewPairs.fill(lang, &[label.get(lang), &value, &pairs]));
        }
    }
    Board {
        selection: selection_line,
        headline,
        cards,
        footnotes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::coverage;
    use crate::fixtures::{empty_dataset, project_with};
    use crate::model::RoundKind;
    use crate::validate::repository_dataset as dataset;
    use proptest::prelude::*;

    fn plain(s: String) -> String {
        s.replace(['\u{a0}', '\u{202f}'], " ")
    }

    fn sum_of(amounts: &[Option<u64>]) -> Sum {
        let mut s = Sum::default();
        for &a in amounts {
            s.add(a, 1);
        }
        s
    }

    #[test]
    fn a_sum_of_unknowns_is_nc_with_how_many() {
        let s = sum_of(&[None, None, None, None, None, None]);
        assert_eq!(sum_value(s, Lang::Fr), "n.c.");
        assert_eq!(plain(sum_text(s, Lang::Fr)), "n.c. (6 inconnus)");
        assert_eq!(sum_text(s, Lang::En), "not published (6 unknown)");
    }

    #[test]
    fn a_partial_sum_says_it_is_a_lower_bound() {
        let s = sum_of(&[Some(85_900_000), None]);
        assert_eq!(plain(sum_text(s, Lang::Fr)), "≥ 85,9 M€ (1 inconnu)");
        assert_eq!(plain(sum_text(s, Lang::En)), "≥ €85.9M (1 unknown)");
    }

    #[test]
    fn the_status_line_counts_projects_and_says_what_the_sum_leaves_out() {
        let mut data = empty_dataset(RoundKind::Call);
        data.projects = vec![
            project_with(0, "a", Some(1_500_000)),
            project_with(1, "b", None),
        ];
        let all = Summary::of(&data, &[0, 1]);
        let one = Summary::of(&data, &[1]);
        assert_eq!(
            plain(status(&all, &all, Lang::Fr)),
            "2 projets sur 2 ; montants FTAP : ≥ 1,5 M€ (1 inconnu)"
        );
        assert_eq!(
            status(&one, &all, Lang::En),
            "1 project of 2; FTAP amounts: not published (1 unknown)"
        );
    }

    #[test]
    fn a_complete_sum_is_plain_and_an_empty_one_is_a_dash() {
        assert_eq!(
            plain(sum_text(sum_of(&[Some(2_000_000)]), Lang::Fr)),
            "2 M€"
        );
        assert_eq!(sum_value(Sum::default(), Lang::Fr), "—");
        assert_eq!(plain(sum_value(sum_of(&[Some(0)]), Lang::Fr)), "0 €");
    }

    fn real_board(filter: Option<&[usize]>) -> Board {
        let catalog = Catalog::new(dataset());
        let data = &catalog.data;
        let every: Vec<usize> = (0..data.projects.len()).collect();
        let all = Summary::of(data, &every);
        let selection = Summary::of(data, filter.unwrap_or(&every));
        let totals = coverage::totals(data, &coverage::by_round(data));
        board(&selection, &all, &totals, filter.is_some(), Lang::Fr)
    }

    #[test]
    fn the_headline_sets_what_is_known_against_what_was_announced() {
        let b = real_board(None);
        let data = dataset();
        let known: u64 = data.projects.iter().filter_map(|p| p.ftap_eur).sum();
        let headline = plain(b.headline);
        assert!(
            headline.starts_with(&plain(format::euros_compact(known, Lang::Fr))),
            "{headline}"
        );
        assert!(headline.contains("≥ 654 M€"), "{headline}");
        assert!(b.selection.is_none());
    }

    #[test]
    fn figures_on_few_known_values_are_footnotes_and_nc_cards_are_left_out() {
        let data = dataset();
        let every: Vec<usize> = (0..data.projects.len()).collect();
        let s = Summary::of(&data, &every);
        let b = real_board(None);
        let labels: Vec<Text> = b.cards.iter().map(|c| c.label).collect();
        // Each figure is a card with at least MIN_BASE known values, a footnote with 1 to 4,
        // and absent with none (savings per euro has no pair at all today).
        for (label, known) in [
            (Text::FigCost, s.cost.known),
            (Text::FigSavings, s.savings.known),
            (Text::FigLeverage, s.leverage.pairs),
            (Text::FigSavingsPerEuro, s.savings_per_euro.pairs),
        ] {
            let name = label.get(Lang::Fr);
            let noted = b.footnotes.iter().any(|f| f.starts_with(name));
            assert_eq!(
                labels.contains(&label),
                known >= MIN_BASE,
                "{name}: {known}"
            );
            assert_eq!(noted, (1..MIN_BASE).contains(&known), "{name}: {known}");
        }
        assert_eq!(s.savings.known, 1, "one announced saving: a footnote");
        assert!(plain(b.footnotes[0].clone())
            .contains(&format!("connu pour 1 projet sur {}", s.projects)));
    }

    #[test]
    fn a_filtered_view_says_what_it_holds_and_shows_the_whole_beside() {
        let data = dataset();
        let justice: Vec<usize> = (0..data.projects.len())
            .filter(|&i| data.projects[i].ministry == "Ministère de la Justice")
            .collect();
        let b = real_board(Some(&justice));
        let line = plain(b.selection.unwrap());
        let count: usize = justice
            .iter()
            .map(|&i| data.projects[i].count as usize)
            .sum();
        assert!(line.contains(&format!("{count} projets")), "{line}");
        assert!(line.contains("≥ "), "{line}");
        assert!(b.cards.iter().all(|c| c.whole.is_some()));
        assert!(
            b.headline.starts_with("Ensemble des données : "),
            "{}",
            b.headline
        );
        assert!(
            b.cards.iter().all(|c| c.value != "0 €"),
            "the costs of Justice are all unknown: no 0 € card"
        );
    }

    #[test]
    fn a_selection_without_known_amount_has_no_ftap_card() {
        let mut data = empty_dataset(RoundKind::Call);
        data.projects.push(project_with(0, "x", None));
        let s = Summary::of(&data, &[0]);
        let b = board(&s, &s, &Totals::default(), true, Lang::En);
        assert_eq!(b.cards.len(), 1, "projects only");
        assert!(b.selection.unwrap().contains("not published"));
    }

    proptest! {
        /// No rendered total reads 0 unless a known amount of 0 exists.
        #[test]
        fn no_total_reads_zero_without_a_known_zero(
            amounts in proptest::collection::vec(proptest::option::of(0u64..3_000_000), 0..12),
            english in any::<bool>(),
        ) {
            let lang = if english { Lang::En } else { Lang::Fr };
            let s = sum_of(&amounts);
            let text = plain(sum_text(s, lang));
            let reads_zero = text.starts_with("0 €") || text.starts_with("≥ 0 €")
                || text.starts_with("€0") || text.starts_with("≥ €0");
            let known_zero = amounts.iter().flatten().any(|&a| a == 0);
            prop_assert!(!reads_zero || known_zero, "{} for {:?}", text, amounts);
            prop_assert_eq!(text.starts_with("≥"), s.known > 0 && s.unknown > 0);
        }
    }
}
