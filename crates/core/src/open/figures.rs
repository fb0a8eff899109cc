//! Sums of an opened file as a reader sees them: a sum covers the known amounts and says how
//! many it leaves out, is never written 0 € when no amount is known, and every value of a
//! chart is either drawn or named as not drawn.
//!
//! Unlike the FTAP figures, a partial sum is not written « ≥ »: a file's amounts may be
//! negative (refunds, corrections), so the known ones give no lower bound.

use super::explore::{FacetCounts, Totals, ValueCount};
use crate::format;
use crate::i18n::{count, Lang, OwnText, Text};

/// How a sum is written: to the cent (`365 456,50 €`) or rounded (`365,5 k€`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// To the cent, for a key figure or a block's name.
    Exact,
    /// Rounded, where room is short (filters, bars).
    Compact,
}

/// The sum of the known amounts; « aucun montant connu » when the rows have none; `—` when
/// there is no row at all.
pub fn sum_value(totals: &Totals, style: Style, lang: Lang) -> String {
    if totals.rows == 0 {
        "—".to_owned()
    } else if totals.unknown == totals.rows {
        OwnText::NoKnownAmount.get(lang).to_owned()
    } else {
        match style {
            Style::Exact => format::cents(totals.sum, lang),
            Style::Compact => format::cents_compact(totals.sum, lang),
        }
    }
}

/// How many amounts a sum of known ones leaves out (« 1 inconnu », « 3 inconnus »); `None`
/// when it leaves none out, or when none is known (the value says so already).
pub fn unknown_note(totals: &Totals, lang: Lang) -> Option<String> {
    (totals.unknown > 0 && totals.unknown < totals.rows)
        .then(|| count(lang, totals.unknown, Text::UnknownOne, Text::UnknownMany))
}

/// A sum with what it leaves out: `81 k€ (1 inconnu)`.
pub fn sum_text(totals: &Totals, style: Style, lang: Lang) -> String {
    let value = sum_value(totals, style, lang);
    match unknown_note(totals, lang) {
        Some(note) => format!("{value} ({note})"),
        None => value,
    }
}

/// A group's figure beside its bar: its sum, its rows and the amounts left out of the sum
/// (`81 k€ · 13 lignes (1 inconnu)`, `aucun montant connu · 2 lignes`).
pub fn group_text(totals: &Totals, lang: Lang) -> String {
    let rows = count(lang, totals.rows, OwnText::RowOne, OwnText::RowMany);
    let value = sum_value(totals, Style::Compact, lang);
    match unknown_note(totals, lang) {
        Some(note) => format!("{value} · {rows} ({note})"),
        None => format!("{value} · {rows}"),
    }
}

/// A facet value as a reader reads it: « (non renseigné) » for an empty one.
pub fn value_label(value: &str, lang: Lang) -> String {
    if value.is_empty() {
        // In brackets: among a column's values, it is none of them.
        format!("({})", OwnText::ValueNotGiven.get(lang))
    } else {
        value.to_owned()
    }
}

/// The values of a facet as a map of areas can show them: every listed value is in exactly
/// one of the three lists.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct MapGroups<'a> {
    /// Values with a positive sum, largest first: drawn as areas.
    pub drawn: Vec<&'a ValueCount>,
    /// Values with rows but no known amount.
    pub no_known_amount: Vec<&'a ValueCount>,
    /// Values whose known amounts sum to zero or less: no area to draw.
    pub no_area: Vec<&'a ValueCount>,
}

/// Sorts a facet's values into those a map draws and those it names below it (values with no
/// row under the current filters are neither: they have nothing to show).
pub fn map_groups(facet: &FacetCounts) -> MapGroups<'_> {
    let mut groups = MapGroups::default();
    for value in facet.values.iter().filter(|v| v.totals.rows > 0) {
        if value.totals.unknown == value.totals.rows {
            groups.no_known_amount.push(value);
        } else if value.totals.sum > 0 {
            groups.drawn.push(value);
        } else {
            groups.no_area.push(value);
        }
    }
    crate::compact_sort::sort_by_key(&mut groups.drawn, |v| std::cmp::Reverse(v.totals.sum));
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn totals(rows: usize, sum: i64, unknown: usize) -> Totals {
        Totals { rows, sum, unknown }
    }

    fn plain(text: String) -> String {
        text.replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn a_sum_of_known_amounts_says_what_it_leaves_out() {
        let t = totals(13, 8_100_250, 1);
        assert_eq!(plain(sum_value(&t, Style::Exact, Lang::Fr)), "81 002,50 €");
        assert_eq!(
            plain(sum_text(&t, Style::Compact, Lang::Fr)),
            "81 k€ (1 inconnu)"
        );
        assert_eq!(
            plain(sum_text(&t, Style::Compact, Lang::En)),
            "€81k (1 unknown)"
        );
        assert_eq!(
            plain(group_text(&t, Lang::Fr)),
            "81 k€ · 13 lignes (1 inconnu)"
        );
        assert_eq!(
            plain(group_text(&t, Lang::En)),
            "€81k · 13 rows (1 unknown)"
        );
        let all_known = totals(1, 50_000, 0);
        assert_eq!(plain(group_text(&all_known, Lang::Fr)), "500 € · 1 ligne");
        assert_eq!(unknown_note(&all_known, Lang::Fr), None);
    }

    #[test]
    fn no_known_amount_is_said_never_written_zero() {
        let t = totals(2, 0, 2);
        assert_eq!(sum_value(&t, Style::Exact, Lang::Fr), "aucun montant connu");
        assert_eq!(sum_text(&t, Style::Compact, Lang::En), "no known amount");
        assert_eq!(
            plain(group_text(&t, Lang::Fr)),
            "aucun montant connu · 2 lignes"
        );
        assert_eq!(sum_value(&totals(0, 0, 0), Style::Exact, Lang::Fr), "—");
        // A known zero is a zero.
        assert_eq!(
            plain(sum_value(&totals(1, 0, 0), Style::Exact, Lang::Fr)),
            "0 €"
        );
    }

    #[test]
    fn an_empty_value_is_named_as_not_given() {
        assert_eq!(value_label("", Lang::Fr), "(non renseigné)");
        assert_eq!(value_label("", Lang::En), "(not given)");
        assert_eq!(value_label("Lyon", Lang::Fr), "Lyon");
    }

    #[test]
    fn a_map_names_every_value_it_cannot_draw() {
        let value = |name: &str, t: Totals| ValueCount {
            value: name.to_owned(),
            totals: t,
            selected: false,
        };
        let facet = FacetCounts {
            column: 0,
            values: vec![
                value("small", totals(2, 100, 0)),
                value("refunds", totals(1, -500, 0)),
                value("unknown", totals(3, 0, 3)),
                value("large", totals(4, 9_000, 1)),
                value("zero", totals(1, 0, 0)),
                value("filtered out", totals(0, 0, 0)),
            ],
            more: 0,
        };
        let groups = map_groups(&facet);
        let names = |list: &[&ValueCount]| list.iter().map(|v| v.value.clone()).collect::<Vec<_>>();
        assert_eq!(names(&groups.drawn), ["large", "small"]);
        assert_eq!(names(&groups.no_known_amount), ["unknown"]);
        assert_eq!(names(&groups.no_area), ["refunds", "zero"]);
    }

    proptest! {
        /// Whatever the totals, a sum reads as zero exactly when an amount is known and the
        /// known ones add up to zero (to the cent, or to the euro where it is rounded), and it
        /// mentions unknown amounts exactly when some are left out.
        #[test]
        fn a_sum_never_turns_unknown_into_zero(
            rows in 0usize..50,
            unknown_share in 0usize..=50,
            // Half the cases near zero, where the cents and the rounding decide.
            sum in prop_oneof![-200i64..200, -1_000_000i64..1_000_000],
        ) {
            let unknown = unknown_share.min(rows);
            let t = totals(rows, if unknown == rows { 0 } else { sum }, unknown);
            for lang in [Lang::Fr, Lang::En] {
                for (style, rounds_to_zero) in [(Style::Exact, t.sum == 0), (Style::Compact, t.sum.abs() < 50)] {
                    let text = plain(sum_text(&t, style, lang));
                    let value = text.split(" (").next().unwrap_or_default();
                    let reads_zero = value == "0 €" || value == "€0";
                    prop_assert_eq!(reads_zero, unknown < rows && rounds_to_zero, "{}", text);
                    prop_assert_eq!(text.contains('('), unknown > 0 && unknown < rows, "{}", text);
                }
            }
        }

        /// A map's three lists hold every value with rows exactly once.
        #[test]
        fn a_map_loses_no_value(
            values in prop::collection::vec((0usize..5, -1_000i64..1_000, 0usize..5), 0..20),
        ) {
            let facet = FacetCounts {
                column: 0,
                values: values
                    .iter()
                    .enumerate()
                    .map(|(i, &(rows, sum, unknown))| ValueCount {
                        value: i.to_string(),
                        totals: totals(rows, if unknown >= rows { 0 } else { sum }, unknown.min(rows)),
                        selected: false,
                    })
                    .collect(),
                more: 0,
            };
            let groups = map_groups(&facet);
            let mut seen: Vec<String> = groups
                .drawn
                .iter()
                .chain(&groups.no_known_amount)
                .chain(&groups.no_area)
                .map(|v| v.value.clone())
                .collect();
            seen.sort();
            let mut with_rows: Vec<String> = facet
                .values
                .iter()
                .filter(|v| v.totals.rows > 0)
                .map(|v| v.value.clone())
                .collect();
            with_rows.sort();
            prop_assert_eq!(seen, with_rows);
            prop_assert!(groups.drawn.windows(2).all(|w| w[0].totals.sum >= w[1].totals.sum));
        }
    }
}
