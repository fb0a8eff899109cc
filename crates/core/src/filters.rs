//! Numeric range filters on the amounts (FTAP, total cost, savings).
//!
//! A range keeps amounts with `min ≤ amount < max`; either bound may be absent. An unknown
//! amount can be neither in nor out of a range: projects without the amount are excluded only
//! once a bound is set, and the view reports how many were excluded for that reason.

use crate::model::Project;

/// An amount of a project that can be filtered on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Amount {
    /// Money granted by the FTAP.
    Ftap,
    /// Total cost of the project.
    TotalCost,
    /// Expected savings.
    Savings,
}

impl Amount {
    /// Every filterable amount, in display order.
    pub const ALL: [Amount; 3] = [Amount::Ftap, Amount::TotalCost, Amount::Savings];

    /// Name of the URL parameter.
    pub fn key(self) -> &'static str {
        match self {
            Amount::Ftap => "ftap",
            Amount::TotalCost => "cost",
            Amount::Savings => "savings",
        }
    }

    /// The amount of a project, `None` when unknown.
    pub fn of(self, p: &Project) -> Option<u64> {
        match self {
            Amount::Ftap => p.ftap_eur,
            Amount::TotalCost => p.total_cost_eur,
            Amount::Savings => p.savings_eur,
        }
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// Bounds of a range: `min ≤ amount < max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Bounds {
    /// Smallest amount kept (inclusive), in euros.
    pub min: Option<u64>,
    /// Amounts kept are below this (exclusive), in euros.
    pub max: Option<u64>,
}

impl Bounds {
    /// Whether a bound is set (the range filters).
    pub fn is_set(&self) -> bool {
        self.min.is_some() || self.max.is_some()
    }

    /// Whether an amount is kept. Unknown amounts are kept only when no bound is set.
    pub fn keeps(&self, amount: Option<u64>) -> bool {
        match amount {
            None => !self.is_set(),
            Some(a) => self.min.is_none_or(|m| a >= m) && self.max.is_none_or(|m| a < m),
        }
    }
}

/// The ranges on all amounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Ranges([Bounds; 3]);

impl Ranges {
    /// The bounds on one amount.
    pub fn get(&self, amount: Amount) -> Bounds {
        self.0[amount.index()]
    }

    /// Replaces the bounds on one amount.
    pub fn set(&mut self, amount: Amount, bounds: Bounds) {
        self.0[amount.index()] = bounds;
    }

    /// Whether any range filters.
    pub fn any_set(&self) -> bool {
        self.0.iter().any(Bounds::is_set)
    }
}

const M: u64 = 1_000_000;

/// Preset brackets for the FTAP amount (labelled by `labels::bracket_text`).
pub const FTAP_PRESETS: [Bounds; 4] = [
    Bounds {
        min: None,
        max: Some(M),
    },
    Bounds {
        min: Some(M),
        max: Some(5 * M),
    },
    Bounds {
        min: Some(5 * M),
        max: Some(20 * M),
    },
    Bounds {
        min: Some(20 * M),
        max: None,
    },
];

/// An amount typed in an input that cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotAnAmount;

/// Reads an amount typed in millions of euros (`1,5`, `1.5`, ` 24 `, `0,25`); empty means no
/// bound. Returns `Err` for anything else, including negative numbers.
pub fn parse_millions(text: &str) -> Result<Option<u64>, NotAnAmount> {
    let cleaned: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let (whole, frac) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !digits(frac) || (whole.is_empty() && frac.is_empty()) || frac.len() > 6 {
        return Err(NotAnAmount);
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| NotAnAmount)?
    };
    let frac_eur: u64 = if frac.is_empty() {
        0
    } else {
        let padded = format!("{frac:0<6}");
        padded.parse().map_err(|_| NotAnAmount)?
    };
    whole
        .checked_mul(M)
        .and_then(|w| w.checked_add(frac_eur))
        .map(Some)
        .ok_or(NotAnAmount)
}

/// Writes euros as millions for an input field: `1500000` → `1,5`.
pub fn format_millions(eur: u64) -> String {
    let whole = eur / M;
    let frac = eur % M;
    if frac == 0 {
        whole.to_string()
    } else {
        let digits = format!("{frac:06}");
        format!("{whole},{}", digits.trim_end_matches('0'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn unknown_amounts_are_excluded_only_by_a_set_bound() {
        assert!(Bounds::default().keeps(None));
        assert!(!Bounds {
            min: Some(1),
            max: None
        }
        .keeps(None));
    }

    #[test]
    fn min_is_inclusive_and_max_exclusive() {
        let b = Bounds {
            min: Some(M),
            max: Some(5 * M),
        };
        assert!(b.keeps(Some(M)));
        assert!(b.keeps(Some(5 * M - 1)));
        assert!(!b.keeps(Some(5 * M)));
        assert!(!b.keeps(Some(M - 1)));
    }

    #[test]
    fn presets_cover_every_amount_exactly_once() {
        for a in [
            0,
            999_999,
            M,
            4_999_999,
            5 * M,
            19_999_999,
            20 * M,
            u64::MAX,
        ] {
            let n = FTAP_PRESETS.iter().filter(|b| b.keeps(Some(a))).count();
            assert_eq!(n, 1, "{a}");
        }
    }

    #[test]
    fn millions_are_read_with_comma_or_point() {
        assert_eq!(parse_millions("1,5"), Ok(Some(1_500_000)));
        assert_eq!(parse_millions(" 24 "), Ok(Some(24 * M)));
        assert_eq!(parse_millions("0.25"), Ok(Some(250_000)));
        assert_eq!(parse_millions(",5"), Ok(Some(500_000)));
        assert_eq!(parse_millions(""), Ok(None));
        for bad in [
            "-1",
            "abc",
            "1,2,3",
            "1e6",
            ".",
            "1,0000001",
            "99999999999999999",
        ] {
            assert_eq!(parse_millions(bad), Err(NotAnAmount), "{bad}");
        }
    }

    #[test]
    fn millions_are_written_back_without_trailing_zeros() {
        assert_eq!(format_millions(1_500_000), "1,5");
        assert_eq!(format_millions(24 * M), "24");
        assert_eq!(format_millions(1_250_000), "1,25");
        assert_eq!(format_millions(1), "0,000001");
    }

    proptest! {
        #[test]
        fn written_millions_read_back(eur in 0u64..1_000_000_000_000) {
            prop_assert_eq!(parse_millions(&format_millions(eur)), Ok(Some(eur)));
        }
    }
}
