//! Reading amounts and dates as people type them in spreadsheets, French first.
//!
//! `1 234,56 €`, `1234.56`, `1.234.567,8`, `-12,5`, `2019-03-01`, `01/03/2019`. An empty cell
//! is an unknown value, never zero; a cell that is not empty and cannot be read is a problem
//! the loader reports with its line and column. A lone comma is the decimal mark unless the
//! file's first rows show amounts written the English way ([`Marks`]).

use crate::i18n::Lang;
use crate::model::Date;
use serde::{Deserialize, Serialize};

/// Amounts are kept in cents: sums stay exact, whatever the number of rows.
pub type Cents = i64;

/// The spaces a thousands separator may be written with (space, no-break, narrow no-break).
const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// What a lone comma means in a file's amounts: decided once per file from its first rows,
/// like its encoding and delimiter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
pub enum Marks {
    /// The decimal mark, as in French (`12,5` and `12,500` are twelve euros and a half).
    #[default]
    DecimalComma,
    /// A thousands separator, as in English (`12,500` is twelve thousand five hundred euros):
    /// the file writes other amounts `1,234,567` or `1,234.50`, and none the French way.
    ThousandsComma,
}

impl Marks {
    /// Both readings, in the order an address names them.
    pub const ALL: [Marks; 2] = [Marks::DecimalComma, Marks::ThousandsComma];

    /// How a reader of the page in `lang` writes an amount in a field: « 12,5 » in French,
    /// "12,500" (twelve thousand five hundred) in English.
    pub fn typed_in(lang: Lang) -> Marks {
        match lang {
            Lang::Fr => Marks::DecimalComma,
            Lang::En => Marks::ThousandsComma,
        }
    }

    /// The marks of amounts written as `values`: a thousands comma when some value can only
    /// be read that way (`1,234,567`, `1,234.50`) and none only the French way (`1.234,50`,
    /// `1.234.567`, `12,5`); the decimal comma otherwise.
    pub fn of<'a>(values: impl IntoIterator<Item = &'a str>) -> Marks {
        let (mut english, mut french) = (false, false);
        for value in values {
            let v = value.trim();
            // Only what reads as an amount one way or the other says anything.
            if parse_amount_in(v, Marks::DecimalComma).is_none()
                && parse_amount_in(v, Marks::ThousandsComma).is_none()
            {
                continue;
            }
            match (v.rfind(','), v.rfind('.')) {
                (Some(c), Some(d)) if d > c => english = true,
                (Some(_), Some(_)) => french = true,
                (Some(c), None) if v.matches(',').count() == 1 => {
                    // `12,5` or `12,50` is French; `12,500` is either.
                    let digits = v[c + 1..].bytes().take_while(u8::is_ascii_digit).count();
                    french |= digits != 3;
                }
                (Some(_), None) => english = true,
                (None, Some(_)) if v.matches('.').count() >= 2 => french = true,
                _ => {}
            }
        }
        if english && !french {
            Marks::ThousandsComma
        } else {
            Marks::DecimalComma
        }
    }

    /// Whether the choice changes how any of `values` reads (`12,500`: twelve euros and a
    /// half, or twelve thousand five hundred): only then is it offered to the reader, whose
    /// file may say nothing either way.
    pub fn matters<'a>(values: impl IntoIterator<Item = &'a str>) -> bool {
        values.into_iter().any(|v| {
            parse_amount_in(v, Marks::DecimalComma) != parse_amount_in(v, Marks::ThousandsComma)
        })
    }

    /// The other reading.
    pub fn other(self) -> Marks {
        match self {
            Marks::DecimalComma => Marks::ThousandsComma,
            Marks::ThousandsComma => Marks::DecimalComma,
        }
    }

    /// Name in a view's address (`commas=`), read back by [`crate::url::keyed`].
    pub fn key(self) -> &'static str {
        match self {
            Marks::DecimalComma => "decimal",
            Marks::ThousandsComma => "thousands",
        }
    }
}

/// Reads an amount in euros as cents, rounding beyond the cent half away from zero.
///
/// A lone `,` or `.` is the decimal mark (`1,234` is one euro and 23.4 cents, as in French);
/// when both occur, the last one is; a mark repeated is a thousands separator and must cut the
/// digits in groups of three. A `€`, `EUR` or `euros` around the number is allowed.
pub fn parse_amount(text: &str) -> Option<Cents> {
    parse_amount_in(text, Marks::DecimalComma)
}

/// Reads an amount as [`parse_amount`] does, a lone comma meaning what `marks` says.
pub fn parse_amount_in(text: &str, marks: Marks) -> Option<Cents> {
    // One kind of space from here on: spreadsheets mix them in one number.
    let spaced;
    let text = if text.contains(&SPACES[1..]) {
        spaced = text.replace(&SPACES[1..], " ");
        spaced.as_str()
    } else {
        text
    };
    let text = text.trim();
    let text = strip_currency(text);
    // The typographic minus (U+2212) too: it is how this page writes a negative amount, so a
    // figure copied from it reads back.
    let (negative, text) = if let Some(rest) = text.strip_prefix(['-', '\u{2212}']) {
        (true, rest)
    } else {
        (false, text.strip_prefix('+').unwrap_or(text))
    };
    let text = strip_currency(text.trim_start());
    let last_comma = text.rfind(',');
    let last_dot = text.rfind('.');
    let decimal = match (last_comma, last_dot) {
        (Some(c), Some(d)) => Some(c.max(d)),
        (Some(c), None) if text.matches(',').count() == 1 && marks == Marks::DecimalComma => {
            Some(c)
        }
        (None, Some(d)) if text.matches('.').count() == 1 => Some(d),
        _ => None,
    };
    let (whole, fraction) = match decimal {
        Some(at) => (&text[..at], &text[at + 1..]),
        None => (text, ""),
    };
    let units = whole_euros(whole)?;
    if !fraction.bytes().all(|b| b.is_ascii_digit()) || (decimal.is_some() && fraction.is_empty()) {
        return None;
    }
    let cents = fraction_cents(fraction);
    let magnitude = units.checked_mul(100)?.checked_add(cents)?;
    Some(if negative { -magnitude } else { magnitude })
}

/// Removes a currency sign or word before or after the number.
fn strip_currency(text: &str) -> &str {
    let mut text = text;
    for sign in ["euros", "euro", "EUR", "€"] {
        if let Some(rest) = text.strip_suffix(sign) {
            text = rest.trim_end_matches(SPACES);
        }
        if let Some(rest) = text.strip_prefix(sign) {
            text = rest.trim_start_matches(SPACES);
        }
    }
    text
}

/// The whole part: digits, maybe cut in groups of three by one kind of separator.
fn whole_euros(whole: &str) -> Option<i64> {
    let separator = whole.chars().find(|c| !c.is_ascii_digit());
    let groups: Vec<&str> = match separator {
        None => vec![whole],
        Some(sep) if SPACES.contains(&sep) || matches!(sep, ',' | '.' | '\'') => {
            whole.split(sep).collect()
        }
        Some(_) => return None,
    };
    let grouped = groups.len() > 1;
    let well_cut = groups.iter().enumerate().all(|(i, g)| {
        !g.is_empty()
            && g.bytes().all(|b| b.is_ascii_digit())
            && (!grouped || (i == 0 && g.len() <= 3) || g.len() == 3)
    });
    if !well_cut {
        return None;
    }
    groups.concat().parse().ok()
}

/// Cents from the digits after the decimal mark, rounded half away from zero.
fn fraction_cents(fraction: &str) -> i64 {
    let digit = |i: usize| i64::from(fraction.as_bytes().get(i).map_or(0, |b| b - b'0'));
    digit(0) * 10 + digit(1) + i64::from(digit(2) >= 5)
}

/// Whether a cell is a web address (shown as a link, proposed as the source column).
pub fn is_web_address(text: &str) -> bool {
    text.starts_with("https://") || text.starts_with("http://")
}

/// Reads a date: ISO `2019-03-01` (a time after it is ignored) or French `01/03/2019`.
pub fn parse_date(text: &str) -> Option<Date> {
    let text = text.trim();
    if let Some(iso) = text
        .get(..10)
        .filter(|_| text.as_bytes().get(4) == Some(&b'-'))
    {
        let rest = &text[10..];
        if rest.is_empty() || rest.starts_with(['T', ' ']) {
            return Date::parse_iso(iso);
        }
        return None;
    }
    let mut parts = text.split('/');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || year.len() != 4 || day.len() > 2 || month.len() > 2 {
        return None;
    }
    Date::parse_iso(&format!("{year}-{month:0>2}-{day:0>2}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::url::keyed;

    #[test]
    fn french_and_english_amounts() {
        let cases = [
            ("1234", 123_400),
            ("1 234,56 €", 123_456),
            ("1\u{a0}234\u{202f}567,8", 123_456_780),
            ("1.234.567,89", 123_456_789),
            ("1,234,567.89", 123_456_789),
            ("1234.5", 123_450),
            ("1,5", 150),
            ("1,234", 123),
            ("0,005", 1),
            ("-12,5", -1250),
            ("+3", 300),
            ("€ 12", 1200),
            ("- 12 €", -1200),
            ("\u{2212}25\u{202f}000\u{a0}€", -2_500_000),
            ("12 000 euros", 1_200_000),
            ("450000 EUR", 45_000_000),
            ("1'000", 100_000),
        ];
        for (text, cents) in cases {
            assert_eq!(parse_amount(text), Some(cents), "{text}");
        }
    }

    #[test]
    fn a_file_with_thousands_commas_is_read_the_english_way() {
        let english = ["12,500", "1,234,567", "800", "3,000.50", ""];
        assert_eq!(Marks::of(english), Marks::ThousandsComma);
        assert_eq!(
            parse_amount_in("12,500", Marks::ThousandsComma),
            Some(1_250_000)
        );
        assert_eq!(
            parse_amount_in("1,234,567.8", Marks::ThousandsComma),
            Some(123_456_780)
        );
        assert_eq!(parse_amount_in("12,5", Marks::ThousandsComma), None);
        // French writing, or nothing to tell: the decimal comma.
        for values in [
            &["12,500", "1 234,5"][..],
            &["12,500", "1.234.567"],
            &["1,234,567", "1.234,50"],
            &["12,500", "7"],
            &["1,2,3 rue", "abc"],
            &[],
        ] {
            assert_eq!(
                Marks::of(values.iter().copied()),
                Marks::DecimalComma,
                "{values:?}"
            );
        }
        assert_eq!(parse_amount_in("12,500", Marks::DecimalComma), Some(1250));
        assert_eq!(Marks::typed_in(Lang::En), Marks::ThousandsComma);
        assert_eq!(Marks::typed_in(Lang::Fr), Marks::DecimalComma);
    }

    #[test]
    fn the_choice_is_offered_when_it_changes_a_reading() {
        assert!(Marks::matters(["800", "12,500"]));
        assert!(
            Marks::matters(["12,5"]),
            "one reading fails, the other does not"
        );
        // Repeated commas or a comma before a point read alike either way.
        assert!(!Marks::matters([
            "800",
            "12.5",
            "1,234,567",
            "1,234.50",
            "",
            "abc"
        ]));
        for marks in [Marks::DecimalComma, Marks::ThousandsComma] {
            assert_eq!(keyed(&Marks::ALL, Marks::key, marks.key()), Some(marks));
            assert_eq!(marks.other().other(), marks);
            assert_ne!(marks.other(), marks);
        }
        assert_eq!(keyed(&Marks::ALL, Marks::key, "comma"), None);
    }

    #[test]
    fn what_is_not_an_amount() {
        for text in [
            "",
            " ",
            "abc",
            "12 34",
            "1 2345",
            "1,2,3",
            "1.2.3,4.5",
            "12,",
            ",5",
            "1e6",
            "--1",
            "\u{2212}",
            "-",
            "12 €uros",
            "2019-03-01",
            "99999999999999999999",
            "N/C",
            "=1+2",
            "+33 1 23 45 67 89",
        ] {
            assert_eq!(parse_amount(text), None, "{text:?}");
        }
    }

    #[test]
    fn dates_iso_and_french() {
        let d = |y, m, day| {
            Some(Date {
                year: y,
                month: m,
                day,
            })
        };
        assert_eq!(parse_date("2019-03-01"), d(2019, 3, 1));
        assert_eq!(parse_date("2019-03-01T10:00:00Z"), d(2019, 3, 1));
        assert_eq!(parse_date(" 01/03/2019 "), d(2019, 3, 1));
        assert_eq!(parse_date("1/3/2019"), d(2019, 3, 1));
        for text in [
            "",
            "2019",
            "31/02/2019",
            "2019-13-01",
            "01/03/19",
            "2019-03-01x",
            "1/2/3/2019",
        ] {
            assert_eq!(parse_date(text), None, "{text:?}");
        }
    }
}
