//! Number and money formatting in French (default) and English.
//!
//! French follows the usual typography: a narrow no-break space between thousands
//! (`24 300 000 €`), a decimal comma and a no-break space before the unit (`24,3 M€`).

use crate::lang::Lang;

/// Narrow no-break space, the French thousands separator.
const THIN: char = '\u{202f}';
/// No-break space, between a French number and its unit.
const NBSP: char = '\u{a0}';

/// Groups the digits of `n` by three with `sep`.
fn group(n: u64, sep: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A whole number with thousands separators: `1 234` / `1,234`.
pub fn integer(n: u64, lang: Lang) -> String {
    match lang {
        Lang::Fr => group(n, THIN),
        Lang::En => group(n, ','),
    }
}

/// An exact amount in euros: `24 300 000 €` / `€24,300,000`.
pub fn euros(n: u64, lang: Lang) -> String {
    match lang {
        Lang::Fr => format!("{}{NBSP}€", group(n, THIN)),
        Lang::En => format!("€{}", group(n, ',')),
    }
}

/// `value / scale` rounded half-up to `decimals` places, written with `point`, trailing zeros
/// (and a bare point) removed. Integer arithmetic, so `24 300 000` is exactly `24,3`.
fn scaled(value: u64, scale: u64, decimals: u32, point: char) -> String {
    let unit = scale / 10u64.pow(decimals);
    let rounded = rounded_div(value, unit);
    let factor = 10u64.pow(decimals);
    let (whole, mut frac) = (rounded / factor, rounded % factor);
    let mut frac_digits = decimals as usize;
    while frac_digits > 0 && frac % 10 == 0 {
        frac /= 10;
        frac_digits -= 1;
    }
    if frac_digits == 0 {
        whole.to_string()
    } else {
        format!("{whole}{point}{frac:0frac_digits$}")
    }
}

/// `value / unit` rounded half-up, without overflow for any `u64` (so without 128-bit
/// arithmetic, whose division and printing the wasm would have to carry).
fn rounded_div(value: u64, unit: u64) -> u64 {
    let (quotient, rest) = (value / unit, value % unit);
    // (value + unit / 2) / unit, the sum never formed: the rest reaches the half or it does not.
    quotient + u64::from(rest >= unit - unit / 2)
}

/// A rounded amount for key figures: `24,3 M€`, `1,25 M€`, `200 k€` / `€24.3M`, `€200k`.
///
/// Below 10 M€ two decimals are kept so that small projects (1,25 M€) are not misrounded.
pub fn euros_compact(n: u64, lang: Lang) -> String {
    const K: u64 = 1_000;
    const M: u64 = 1_000_000;
    const G: u64 = 1_000_000_000;
    let point = match lang {
        Lang::Fr => ',',
        Lang::En => '.',
    };
    let (number, unit_fr, unit_en) = if n >= G {
        (scaled(n, G, 2, point), "Md€", "bn")
    } else if n >= 10 * M {
        (scaled(n, M, 1, point), "M€", "M")
    } else if n >= M {
        (scaled(n, M, 2, point), "M€", "M")
    } else if n >= K {
        (scaled(n, K, 1, point), "k€", "k")
    } else {
        return euros(n, lang);
    };
    match lang {
        Lang::Fr => format!("{number}{NBSP}{unit_fr}"),
        Lang::En => format!("€{number}{unit_en}"),
    }
}

/// A decimal number with `decimals` digits (rounded half away from zero) and the language's
/// decimal mark: `3,12` / `3.12`. Integer arithmetic: formatting floats would add the
/// standard library's float printing (some 10 kB gzip) to the wasm.
pub fn decimal(value: f64, decimals: usize, lang: Lang) -> String {
    let power = 10u64.pow(decimals as u32);
    let scaled = (value.abs() * power as f64).round() as u64;
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    let (whole, frac) = (scaled / power, scaled % power);
    let point = match lang {
        Lang::Fr => ',',
        Lang::En => '.',
    };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}{point}{frac:0decimals$}")
    }
}

/// A percentage of a share (0.54 → `54 %` / `54%`), with `decimals` digits.
pub fn percent(share: f64, decimals: usize, lang: Lang) -> String {
    let number = decimal(share * 100.0, decimals, lang);
    match lang {
        Lang::Fr => format!("{number}{NBSP}%"),
        Lang::En => format!("{number}%"),
    }
}

/// A signed compact amount: `−50 k€`, `57,4 M€` (the minus sign, not a hyphen).
pub fn signed_euros_compact(n: i128, lang: Lang) -> String {
    let magnitude = u64::try_from(n.unsigned_abs()).unwrap_or(u64::MAX);
    let text = euros_compact(magnitude, lang);
    if n < 0 {
        format!("\u{2212}{text}")
    } else {
        text
    }
}

/// An exact amount given in cents, signed: `1 234,56 €`, `−12,50 €` / `€1,234.56`; whole
/// euros are written without decimals (`800 €`).
pub fn cents(c: i64, lang: Lang) -> String {
    let magnitude = c.unsigned_abs();
    let (whole, part) = (magnitude / 100, magnitude % 100);
    let mut text = euros(whole, lang);
    if part != 0 {
        let point = match lang {
            Lang::Fr => ',',
            Lang::En => '.',
        };
        let at = match lang {
            Lang::Fr => text.len() - NBSP.len_utf8() - '€'.len_utf8(),
            Lang::En => text.len(),
        };
        text.insert_str(at, &format!("{point}{part:02}"));
    }
    if c < 0 {
        text.insert(0, '\u{2212}');
    }
    text
}

/// A rounded amount given in cents, signed, for key figures: `24,3 M€`, `−50 k€`.
pub fn cents_compact(c: i64, lang: Lang) -> String {
    let euros = (i128::from(c) + if c < 0 { -50 } else { 50 }) / 100;
    signed_euros_compact(euros, lang)
}

/// What separates a label from its value: `Label : valeur` (no-break space before the colon
/// in French), `Label: value` in English.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "\u{a0}: ",
        Lang::En => ": ",
    }
}

/// A date in the reader's language: `12 novembre 2018` / `12 November 2018`.
pub fn date(d: crate::model::Date, lang: Lang) -> String {
    const FR: [&str; 12] = [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ];
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let month = usize::from(d.month.clamp(1, 12)) - 1;
    match lang {
        Lang::Fr if d.day == 1 => format!("1er {} {}", FR[month], d.year),
        Lang::Fr => format!("{} {} {}", d.day, FR[month], d.year),
        Lang::En => format!("{} {} {}", d.day, EN[month], d.year),
    }
}

/// A coordinate for SVG attributes, to one decimal, without float formatting.
pub fn coord(value: f64) -> String {
    decimal(value, 1, Lang::En)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Replaces the no-break spaces by plain ones so expectations stay readable.
    fn plain(s: String) -> String {
        s.replace([THIN, NBSP], " ")
    }

    #[test]
    fn full_amounts_in_french_and_english() {
        assert_eq!(plain(euros(24_300_000, Lang::Fr)), "24 300 000 €");
        assert_eq!(euros(24_300_000, Lang::En), "€24,300,000");
        assert_eq!(plain(euros(0, Lang::Fr)), "0 €");
        assert_eq!(plain(euros(999, Lang::Fr)), "999 €");
        assert_eq!(plain(euros(1_000, Lang::Fr)), "1 000 €");
    }

    #[test]
    fn french_uses_narrow_and_plain_no_break_spaces() {
        assert_eq!(euros(1_000, Lang::Fr), "1\u{202f}000\u{a0}€");
    }

    proptest::proptest! {
        /// Half-up rounding agrees with the sum formed in 128 bits, up to the largest amount.
        #[test]
        fn rounded_division_never_overflows(value: u64, unit in 1u64..=1_000_000_000) {
            let wide = (u128::from(value) + u128::from(unit) / 2) / u128::from(unit);
            proptest::prop_assert_eq!(u128::from(rounded_div(value, unit)), wide);
        }
    }

    #[test]
    fn compact_amounts() {
        let cases = [
            (24_300_000, "24,3 M€", "€24.3M"),
            (194_800_000, "194,8 M€", "€194.8M"),
            (126_000_000, "126 M€", "€126M"),
            (1_250_000, "1,25 M€", "€1.25M"),
            (1_900_000, "1,9 M€", "€1.9M"),
            (200_000, "200 k€", "€200k"),
            (2_500, "2,5 k€", "€2.5k"),
            (850, "850 €", "€850"),
            (1_100_000_000, "1,1 Md€", "€1.1bn"),
            (9_999_999, "10 M€", "€10M"),
        ];
        for (n, fr, en) in cases {
            assert_eq!(plain(euros_compact(n, Lang::Fr)), fr, "{n}");
            assert_eq!(euros_compact(n, Lang::En), en, "{n}");
        }
    }

    #[test]
    fn decimals_use_the_languages_mark() {
        assert_eq!(decimal(3.1249, 2, Lang::Fr), "3,12");
        assert_eq!(decimal(0.5, 1, Lang::En), "0.5");
        assert_eq!(decimal(24.96, 0, Lang::Fr), "25");
        assert_eq!(decimal(-0.04, 1, Lang::En), "0.0");
        assert_eq!(decimal(-1.25, 1, Lang::En), "-1.3");
        assert_eq!(coord(12.0), "12.0");
    }

    #[test]
    fn percentages_and_signed_amounts_follow_each_language() {
        assert_eq!(plain(percent(0.54, 0, Lang::Fr)), "54 %");
        assert_eq!(percent(1.005, 1, Lang::En), "100.5%");
        assert_eq!(
            plain(signed_euros_compact(-50_000, Lang::Fr)),
            "\u{2212}50 k€"
        );
        assert_eq!(signed_euros_compact(57_400_000, Lang::En), "€57.4M");
        assert_eq!(plain(colon(Lang::Fr).to_owned()), " : ");
        assert_eq!(colon(Lang::En), ": ");
    }

    #[test]
    fn dates_read_in_each_language() {
        let d = crate::model::Date::parse_iso("2018-11-12").unwrap();
        assert_eq!(date(d, Lang::Fr), "12 novembre 2018");
        assert_eq!(date(d, Lang::En), "12 November 2018");
        let first = crate::model::Date::parse_iso("2021-06-01").unwrap();
        assert_eq!(date(first, Lang::Fr), "1er juin 2021");
    }

    #[test]
    fn integers_are_grouped() {
        assert_eq!(plain(integer(1_234_567, Lang::Fr)), "1 234 567");
        assert_eq!(integer(1_234_567, Lang::En), "1,234,567");
        assert_eq!(integer(12, Lang::En), "12");
    }

    #[test]
    fn largest_amount_does_not_overflow() {
        assert!(euros_compact(u64::MAX, Lang::Fr).ends_with("Md€"));
        assert_eq!(euros(u64::MAX, Lang::En), "€18,446,744,073,709,551,615");
    }

    #[test]
    fn cents_exact_and_compact() {
        assert_eq!(cents(123_456, Lang::Fr), format!("1{THIN}234,56{NBSP}€"));
        assert_eq!(cents(123_456, Lang::En), "€1,234.56");
        assert_eq!(cents(80_000, Lang::Fr), format!("800{NBSP}€"));
        assert_eq!(cents(-1_250, Lang::Fr), format!("\u{2212}12,50{NBSP}€"));
        assert_eq!(cents(5, Lang::En), "€0.05");
        assert_eq!(
            cents_compact(2_430_000_000, Lang::Fr),
            format!("24,3{NBSP}M€")
        );
        assert_eq!(
            cents_compact(-5_000_000, Lang::Fr),
            format!("\u{2212}50{NBSP}k€")
        );
        assert!(cents_compact(i64::MIN + 1, Lang::En).starts_with('\u{2212}'));
    }
}
